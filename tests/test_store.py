"""kg build and the on-disk store: layout, idempotence, replacement of changed articles, bad input, locks."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.errors import StoreError
from kg.graph.ids import article_iri
from kg.graph.vocab import CK, CKR, GAZETTEER_GRAPH_IRI, ONTOLOGY_IRI
from kg.store import build, open_store

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
PUBLISHED = "2017-09-20"


def kg(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, cwd=cwd, timeout=120)


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("store") / "kg-store"
    r = kg("build", *map(str, SEEDS), "--store", str(path), "--published", PUBLISHED)
    assert r.returncode == 0, r.stderr
    return path


def quads(path: Path) -> set:
    with open_store(path) as st:
        return st.quads()


def test_build_summary(seed_store, tmp_path):
    r = kg("build", str(ROOT / "seeds"), "--store", str(tmp_path / "s"))
    assert r.returncode == 0, r.stderr
    assert "articles: new 2, changed 0, unchanged 0, failed 0" in r.stdout
    assert "events written:" in r.stdout and "control" in r.stdout
    assert "new actors:" in r.stdout and "new places:" in r.stdout


def test_layout_named_graph_per_article(seed_store):
    with open_store(seed_store) as st:
        names = {g.value for g in st.named_graphs()}
        assert names == {str(ONTOLOGY_IRI), str(GAZETTEER_GRAPH_IRI)} | {str(article_iri(p.stem)) for p in SEEDS}
        for p in SEEDS:
            g = article_iri(p.stem)
            import hashlib

            assert st.stored_sha(g) == hashlib.sha256(p.read_text(encoding="utf-8").encode()).hexdigest()
        # the default graph is the merge of the named graphs, nothing more or less
        merged = set()
        for g in st.named_graphs():
            merged |= st.graph_triples(g)
        assert st.graph_triples(ox.DefaultGraph()) == merged


def test_shared_triples_counted_once(seed_store):
    """Both seeds state ISIS's label; a query sees it once (pyoxigraph's union default graph would say twice)."""
    label = ox.Triple(ox.NamedNode(str(CKR["actor/isis"])), ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
                      ox.Literal("تنظيم داعش", language="ar"))
    with open_store(seed_store) as st:
        holders = [g for g in st.article_graphs() if label in st.graph_triples(g)]
        assert len(holders) == 2
        rows = list(st.query("SELECT ?l WHERE { <https://w3id.org/conflict-kg/resource/actor/isis> "
                             "<http://www.w3.org/2000/01/rdf-schema#label> ?l FILTER(lang(?l) = 'ar') }"))
        assert len(rows) == 1


def test_rebuild_is_idempotent(seed_store):
    before = quads(seed_store)
    r = kg("build", *map(str, SEEDS), "--store", str(seed_store), "--published", PUBLISHED)
    assert r.returncode == 0, r.stderr
    assert "new 0, changed 0, unchanged 2, failed 0" in r.stdout
    r = kg("build", *map(str, SEEDS), "--store", str(seed_store), "--published", PUBLISHED, "--force")
    assert "new 0, changed 0, unchanged 2, failed 0" in r.stdout  # re-extracted, found identical
    assert quads(seed_store) == before


def test_new_publication_date_is_a_change(tmp_path):
    """The date anchors "أمس الثلاثاء": the same text published another day is re-extracted."""
    import datetime as dt

    build([str(SEEDS[1])], tmp_path / "s", published=dt.date(2017, 9, 20), progress=False)
    assert build([str(SEEDS[1])], tmp_path / "s", published=dt.date(2017, 9, 20), progress=False).unchanged == 1
    report = build([str(SEEDS[1])], tmp_path / "s", published=dt.date(2017, 9, 27), progress=False)
    assert report.changed == 1
    with open_store(tmp_path / "s") as st:
        days = {r["d"].value for r in st.query(f"SELECT ?d WHERE {{ ?e <{CK.date}> ?d }}")}
    assert "2017-09-26" in days and "2017-09-19" not in days


def test_changed_article_replaces_only_its_graph(tmp_path):
    src = tmp_path / "articles"
    src.mkdir()
    for p in SEEDS:
        shutil.copy(p, src / p.name)
    build([str(src)], tmp_path / "s", progress=False)
    changed, other = src / SEEDS[1].name, article_iri(SEEDS[0].stem)
    with open_store(tmp_path / "s") as st:
        other_before = st.graph_triples(other)
    # drop the second half of the article: its events and places there must go
    lines = changed.read_text(encoding="utf-8").splitlines()
    changed.write_text("\n".join(lines[: len(lines) // 2]) + "\n", encoding="utf-8")
    report = build([str(src)], tmp_path / "s", progress=False)
    assert (report.new, report.changed, report.unchanged) == (0, 1, 1)
    with open_store(tmp_path / "s") as st:
        assert st.graph_triples(other) == other_before
    build([str(src)], tmp_path / "clean", progress=False)
    assert quads(tmp_path / "s") == quads(tmp_path / "clean")


def test_bad_articles_reported_and_skipped(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SEEDS[0], src / "good.txt")
    (src / "empty.txt").write_text("", encoding="utf-8")
    (src / "binary.txt").write_bytes(b"\x00\x01\x02 binary")
    (src / "english.txt").write_text("No Arabic here at all, only English words in this file.", encoding="utf-8")
    text = SEEDS[1].read_text(encoding="utf-8")
    records = [{"id": "rec-1", "text": text, "published": PUBLISHED, "source": "test", "url": "http://example.org/1"},
               {"id": "rec-2", "text": ""}, "not an object"]
    (tmp_path / "batch.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n{broken\n",
                                          encoding="utf-8")
    r = kg("build", str(src), str(tmp_path / "batch.jsonl"), str(tmp_path / "missing.txt"), "--store", str(tmp_path / "s"))
    assert r.returncode == 2
    errors = [line for line in r.stderr.splitlines() if line.startswith("kg build: error:")]
    assert len(errors) == 7, r.stderr  # empty, binary, english, rec-2, not an object, broken JSON, missing file
    assert any("empty.txt" in e for e in errors) and any("batch.jsonl:4" in e for e in errors)
    assert "new 2, changed 0, unchanged 0, failed 7" in r.stdout
    with open_store(tmp_path / "s") as st:
        assert {g.value for g in st.article_graphs()} == {str(article_iri("good")), str(article_iri("rec-1"))}
        issued = list(st.query("PREFIX dcterms: <http://purl.org/dc/terms/> SELECT ?d WHERE { "
                               f"<{article_iri('rec-1')}> dcterms:issued ?d }}"))
        assert [s["d"].value for s in issued] == [PUBLISHED]


def test_same_id_with_other_text_fails(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    shutil.copy(SEEDS[0], a / "x.txt")
    shutil.copy(SEEDS[1], b / "x.txt")
    r = kg("build", str(a), str(b), "--store", str(tmp_path / "s"))
    assert r.returncode == 2
    assert "already read from" in r.stderr


def test_second_writer_gets_store_error(seed_store):
    with open_store(seed_store, write=True, purpose="test writer"):
        r = kg("build", str(SEEDS[0]), "--store", str(seed_store))
        assert r.returncode == StoreError.exit_code
        assert r.stderr.count("\n") == 1 and "in use by test writer" in r.stderr
        r = kg("query", "ASK { ?s ?p ?o }", "--store", str(seed_store))
        assert r.returncode == StoreError.exit_code and "in use" in r.stderr
        r = kg("serve", "--store", str(seed_store), "--port", "0")
        assert r.returncode == StoreError.exit_code and "in use" in r.stderr
    with open_store(seed_store):  # readers share
        with open_store(seed_store) as st:
            assert st.stored_sha(article_iri(SEEDS[0].stem))


def test_missing_or_foreign_store(tmp_path):
    r = kg("query", "ASK {}", "--store", str(tmp_path / "nothing"))
    assert r.returncode == StoreError.exit_code and "no store here" in r.stderr
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "notes.txt").write_text("x")
    with pytest.raises(StoreError, match="not empty"):
        with open_store(tmp_path / "docs", write=True):
            pass


def test_default_store_from_environment(tmp_path):
    import os

    env = dict(os.environ, KG_STORE=str(tmp_path / "env-store"))
    r = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(SEEDS[0]), "-q"], capture_output=True, text=True,
                       env=env, cwd=tmp_path, timeout=120)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "env-store" / "CURRENT").exists()


def test_integer_subtypes_folded_and_restored(seed_store):
    """Oxigraph keeps xsd:nonNegativeInteger as xsd:integer; export gives the ontology's type back."""
    from kg.store import restore_datatypes

    with open_store(seed_store) as st:
        q = next(iter(st.ox.quads_for_pattern(None, ox.NamedNode(str(CK.fatalities)), None, ox.DefaultGraph())))
        assert q.object.datatype.value.endswith("#integer")
        assert restore_datatypes(q).object.datatype.value.endswith("#nonNegativeInteger")


def test_reindex_rebuilds_merge(tmp_path):
    build([str(SEEDS[0])], tmp_path / "s", progress=False)
    before = quads(tmp_path / "s")
    with open_store(tmp_path / "s", write=True) as st:
        st.ox.remove_graph(ox.DefaultGraph())
        st.ox.add(ox.Quad(ox.NamedNode("http://example.org/stray"), ox.NamedNode("http://example.org/p"),
                          ox.Literal("x")))
    r = kg("build", "--reindex", "--store", str(tmp_path / "s"))
    assert r.returncode == 0, r.stderr
    assert quads(tmp_path / "s") == before


def test_one_arabic_label_per_node_across_articles(tmp_path):
    """Two articles spell one village two ways (كفريا / كفرية): one node, one rdfs:label@ar."""
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("وقصفت قوات النظام قرية كفريا في ريف إدلب بالمدفعية الثقيلة صباح اليوم.", encoding="utf-8")
    b.write_text("وسيطرت فصائل المعارضة على قرية كفرية في ريف إدلب بعد معارك عنيفة.", encoding="utf-8")
    store = tmp_path / "s"
    build([str(a), str(b)], store, progress=False)
    with open_store(store) as st:
        rows = st.query(
            'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?s (COUNT(DISTINCT ?l) AS ?n) '
            'WHERE { ?s rdfs:label ?l FILTER(lang(?l) = "ar") } GROUP BY ?s HAVING(COUNT(DISTINCT ?l) > 1)')
        assert list(rows) == []


def _graph(i: int, shared: int) -> tuple[ox.NamedNode, list[ox.Triple]]:
    """A small article graph: its own event triple plus ``shared`` triples every graph repeats (labels)."""
    g = ox.NamedNode(f"{CKR}article/t{i}")
    own = [ox.Triple(ox.NamedNode(f"{CKR}event/t{i}"), ox.NamedNode(str(CK.place)), ox.NamedNode(f"{CKR}place/p"))]
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    return g, own + [ox.Triple(ox.NamedNode(f"{CKR}place/p{k}"), label, ox.Literal(f"مكان {k}", language="ar"))
                     for k in range(shared)]


@pytest.mark.parametrize("writers", [1, 2])
def test_batch_writer_merge_across_batches(tmp_path, writers):
    """Tiny batches on writer threads: graphs whole, the default graph exactly the merge, shared triples once."""
    from kg.store import BatchWriter

    committed = []
    with open_store(tmp_path / "s", write=True) as st:
        w = BatchWriter(st, done=committed.extend, batch_quads=20, batch_seconds=60, writers=writers)
        graphs = [_graph(i, 5) for i in range(40)]
        for i, (g, triples) in enumerate(graphs):
            w.add(g, triples, payload=i)
        w.close()
        assert sorted(committed) == list(range(40))
        for g, triples in graphs:
            assert st.graph_triples(g) == set(triples)
        merged = set().union(*(set(t) for _, t in graphs))
        assert st.graph_triples(ox.DefaultGraph()) == merged
        assert len(w.in_default) == 5  # the shared labels, remembered once committed
        # a removal after the batches: the merge keeps what other graphs still state
        w.in_default.clear()
        assert st.remove_graph(graphs[0][0])
        assert st.graph_triples(ox.DefaultGraph()) == merged - {graphs[0][1][0]}


def test_a_new_store_appears_whole(tmp_path):
    """A store is created beside its folder and moved in, CURRENT last: a reader never finds a CURRENT whose
    column families are missing (what a build killed while creating the store in place left behind), and
    what a killed creation left beside is cleared by the next writer."""
    left = tmp_path / ".store.new-999999"
    left.mkdir()
    (left / "junk").write_text("x")
    with open_store(tmp_path / "store", write=True) as st:
        assert st.quads() == set()
    assert (tmp_path / "store" / "CURRENT").exists()
    assert not list(tmp_path.glob(".store.new-*"))
    with open_store(tmp_path / "store") as st:
        assert list(st.named_graphs()) == []
