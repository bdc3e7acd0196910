"""kg push: the seeds store into a real Oxigraph server by Graph Store Protocol; same answers there."""
from __future__ import annotations

import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from kg import query as kq
from kg.errors import StoreError
from kg.serve import free_port, oxigraph_binary
from kg.store import build, open_store

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
ARGS = {
    "who-controls": {"place": "مدينة دير الزور"},
    "attacks-in-governorate": {"governorate": "محافظة إدلب"},
    "control-over-time": {"place": "مدينة دير الزور"},
    "casualties-by-actor": {},
    "casualties-by-place": {},
    "casualties-by-governorate": {},
    "clashes-with": {"actor": "داعش"},
    "evidence": {"subject": "قوات النظام", "predicate": "controls"},
    "events-between": {"from": "2017-09-01", "to": "2017-09-30"},
    "places-in": {"place": "محافظة دير الزور"},
}

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    import datetime as dt

    path = tmp_path_factory.mktemp("push") / "kg-store"
    build([str(p) for p in SEEDS], path, published=dt.date(2017, 9, 20), progress=False)
    return path


@pytest.fixture
def oxigraph(tmp_path):
    """A plain `oxigraph serve` (read-write, no union default graph) on a free loopback port."""
    port = free_port()
    proc = subprocess.Popen([oxigraph_binary(), "serve", "--location", str(tmp_path / "remote"),
                             "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=1).read()
            break
        except OSError:
            time.sleep(0.05)
    yield base
    proc.terminate()
    proc.wait(10)


def push(store: Path, base: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", "push", "--endpoint", f"{base}/store", "--store", str(store)],
                          capture_output=True, text=True, timeout=120)


def test_assumed_parameters_cover_every_named_query():
    assert set(ARGS) == set(kq.named_queries())


def test_push_gives_same_answers(store, oxigraph):
    r = push(store, oxigraph)
    assert r.returncode == 0, r.stderr
    assert "pushed 4 named graphs" in r.stdout
    remote = kq.RemoteBackend(f"{oxigraph}/query")
    with open_store(store) as st:
        local = kq.LocalBackend(st)
        for name, values in ARGS.items():
            want = kq.run_named(local, name, values)
            got = kq.run_named(remote, name, values)
            assert got.vars == want.vars, name
            assert got.rows == want.rows, name
            assert want.rows or name == "casualties-by-governorate", name


def test_push_is_idempotent_and_keeps_graphs(store, oxigraph):
    count = ("SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }")
    remote = kq.RemoteBackend(f"{oxigraph}/query")
    assert push(store, oxigraph).returncode == 0
    first = remote.run(count).rows
    assert push(store, oxigraph).returncode == 0
    assert remote.run(count).rows == first
    with open_store(store) as st:
        local = kq.LocalBackend(st)
        assert local.run(count).rows == first
        names = {g.value for g in st.named_graphs()}
    got = remote.run("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").rows
    assert {str(r[0]) for r in got} == names


def test_push_to_nowhere(store):
    port = free_port()
    r = push(store, f"http://127.0.0.1:{port}")
    assert r.returncode == StoreError.exit_code and "cannot reach" in r.stderr and r.stderr.count("\n") == 1
