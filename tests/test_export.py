"""kg export: every format parses back to the store's graph (or its named graphs)."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic

from kg.api import extract_graph
from kg.graph.vocab import ONTOLOGY_IRI
from kg.store import build, from_ox, open_store, restore_datatypes

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
PUBLISHED = dt.date(2017, 9, 20)
RDFLIB_FORMAT = {"turtle": "turtle", "nt": "nt", "jsonld": "json-ld"}


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("export") / "kg-store"
    build([str(p) for p in SEEDS], path, published=PUBLISHED, progress=False)
    return path


def export(store: Path, fmt: str, out: Path, *extra: str) -> subprocess.CompletedProcess:
    r = subprocess.run([sys.executable, "-m", "kg.cli", "export", "--format", fmt, "-o", str(out), "--store", str(store),
                        *extra], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    return r


def store_graph(store: Path, graph=None) -> Graph:
    g = Graph()
    with open_store(store) as st:
        for q in st.ox.quads_for_pattern(None, None, None, graph if graph is not None else ox.DefaultGraph()):
            t = restore_datatypes(q.triple)
            g.add((from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)))
    return g


@pytest.mark.parametrize("fmt", ["turtle", "nt", "jsonld"])
def test_triple_formats_round_trip(store, tmp_path, fmt):
    out = tmp_path / f"kg.{fmt}"
    r = export(store, fmt, out)
    back = Graph().parse(out, format=RDFLIB_FORMAT[fmt])
    want = store_graph(store)
    assert f"{len(want)} triples" in r.stdout
    assert isomorphic(back, want)
    assert set(back) == set(want)


@pytest.mark.parametrize("fmt", ["trig", "nquads"])
def test_dataset_formats_keep_named_graphs(store, tmp_path, fmt):
    out = tmp_path / f"kg.{fmt}"
    export(store, fmt, out)
    ds = Dataset().parse(out, format=fmt)
    with open_store(store) as st:
        names = st.named_graphs()
    got = {str(g.identifier) for g in ds.graphs() if len(g)}
    assert got == {g.value for g in names}
    for name in names:
        assert set(ds.graph(URIRef(name.value))) == set(store_graph(store, name)), name.value


def test_no_ontology_equals_kg_extract(store, tmp_path):
    """The store gives back exactly what `kg extract` makes of the same articles (datatypes included)."""
    out = tmp_path / "articles.ttl"
    export(store, "turtle", out, "--no-ontology")
    back = Graph().parse(out, format="turtle")
    want = extract_graph(SEEDS, published=PUBLISHED, with_ontology=False)
    assert set(back) == set(want)
    assert (URIRef(str(ONTOLOGY_IRI)), None, None) not in back


def test_export_to_stdout_and_no_half_files(store, tmp_path):
    r = subprocess.run([sys.executable, "-m", "kg.cli", "export", "--format", "nt", "-o", "-", "--store", str(store)],
                       capture_output=True, timeout=120)
    assert r.returncode == 0 and len(Graph().parse(data=r.stdout.decode(), format="nt")) == len(store_graph(store))
    r = subprocess.run([sys.executable, "-m", "kg.cli", "export", "--format", "nt", "-o", str(tmp_path / "x.nt"),
                        "--store", str(tmp_path / "missing")], capture_output=True, text=True, timeout=60)
    assert r.returncode == 4 and list(tmp_path.iterdir()) == []  # no output, no temporary file, no store created
