"""SIGKILL during `kg build`: nothing stored is lost, no article is half there, a rebuild ends as a clean build.

~60 articles are made from the seeds and the dev articles (each text under a
few names). A build is killed at several points (with the default batch of new articles,
1 s, and with 0.1 s batches so that kills land among many commits); after every kill each
article graph in the store must equal that article's graph in a clean build,
and building again must give exactly the clean build's quads.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.store import open_store

ROOT = Path(__file__).resolve().parents[1]
TEXTS = sorted((ROOT / "seeds").glob("*.txt")) + sorted(ROOT.glob("tests/data/dev/*/articles/*.txt"))
N = 60

pytestmark = pytest.mark.slow


def make_articles(folder: Path) -> None:
    folder.mkdir()
    for i in range(N):
        src = TEXTS[i % len(TEXTS)]
        (folder / f"{i:03d}_{src.stem}.txt").write_bytes(src.read_bytes())


def start_build(src: Path, store: Path, batch_seconds: str = "1.0") -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(src), "--store", str(store), "-q"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env=dict(os.environ, KG_BATCH_SECONDS=batch_seconds))


def graphs(store: Path) -> dict[str, set]:
    with open_store(store) as st:
        return {g.value: {(str(t.subject), str(t.predicate), str(t.object)) for t in st.graph_triples(g)}
                for g in st.named_graphs()}


@pytest.mark.parametrize("batch_seconds", ["1.0", "0.1"])
def test_sigkill_during_build(tmp_path, batch_seconds):
    assert len(TEXTS) >= 10
    src = tmp_path / "articles"
    make_articles(src)
    t0 = time.monotonic()
    clean = start_build(src, tmp_path / "clean")
    assert clean.wait(300) == 0, clean.stderr.read()
    full = time.monotonic() - t0
    clean_graphs = graphs(tmp_path / "clean")
    with open_store(tmp_path / "clean") as st:
        clean_quads = st.quads()
    assert len(clean_graphs) == N + 2  # the articles, the ontology and the gazetteer

    store = tmp_path / "killed"
    # the brief's fixed points, plus fractions of this machine's build time
    delays = sorted({0.5, 1.0, 2.0} | {round(full * f, 2) for f in (0.2, 0.4, 0.6, 0.8)})
    stored_after_kill = []
    for delay in delays:
        proc = start_build(src, store, batch_seconds)
        time.sleep(delay)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait(30)
        if not (store / "CURRENT").exists():
            stored_after_kill.append(0)
            continue
        got = graphs(store)
        stored_after_kill.append(len(got))
        for name, triples in got.items():  # each graph present is whole: never half an article
            assert triples == clean_graphs[name], f"graph {name} differs after a kill at {delay} s"
        with open_store(store) as st:  # and the merged default graph is exactly the merge of what is there
            import pyoxigraph as ox

            merged = set()
            for g in st.named_graphs():
                merged |= st.graph_triples(g)
            assert st.graph_triples(ox.DefaultGraph()) == merged
    print(f"\nbatches of {batch_seconds} s: clean build {full:.2f} s; kills at {delays} s left {stored_after_kill} of {N + 2} graphs")
    # kills landed mid-build at least once (neither before the first article nor after the last)
    assert any(0 < n < N + 2 for n in stored_after_kill), (delays, stored_after_kill, full)
    assert stored_after_kill == sorted(stored_after_kill)  # nothing already stored was lost

    final = start_build(src, store)
    assert final.wait(300) == 0, final.stderr.read()
    with open_store(store) as st:
        assert st.quads() == clean_quads
