"""kg.network: the actor/place/event projection, its measures, filters and Gephi export."""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Graph

from kg import network as N
from kg.cli import main
from kg.errors import KGError

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
CKR = "https://w3id.org/conflict-kg/resource/"

# A small graph in the shape kg extract writes: three actors, a partOf chain
# governorate > city > neighbourhood (+ a village), control changing hands,
# an air strike, a clash, and assertions tying direct triples to sentences.
SMALL_TTL = """
@prefix ck: <https://w3id.org/conflict-kg/ontology#> .
@prefix ckr: <https://w3id.org/conflict-kg/resource/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix geo: <http://www.w3.org/2003/01/geo/wgs84_pos#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

ckr:actor\\/isis a ck:Actor ; rdfs:label "تنظيم الدولة"@ar , "Islamic State"@en ; skos:altLabel "داعش"@ar .
ckr:actor\\/gov a ck:Actor ; rdfs:label "قوات النظام"@ar , "Syrian government"@en .
ckr:actor\\/sdf a ck:Actor ; rdfs:label "قوات سوريا الديمقراطية"@ar , "SDF"@en ; skos:altLabel "قسد"@ar .
ckr:actor\\/far a ck:Actor ; rdfs:label "فصيل بعيد"@ar .
ckr:place\\/gov-dz a ck:Place , ck:Governorate ; rdfs:label "محافظة دير الزور"@ar , "Deir-ez-Zor Governorate"@en ;
    geo:lat 35.13 ; geo:long 40.32 ; ck:pcode "SY09" .
ckr:place\\/dz a ck:Place , ck:City ; rdfs:label "مدينة دير الزور"@ar , "Deir-ez-Zor city"@en ;
    geo:lat 35.33 ; geo:long 40.14 ; ck:partOf ckr:place\\/gov-dz .
ckr:place\\/dz\\/ummal a ck:Place , ck:Neighbourhood ; rdfs:label "حي العمال"@ar ; ck:partOf ckr:place\\/dz .
ckr:place\\/village a ck:Place , ck:Village ; rdfs:label "قرية الصالحية"@ar ; ck:partOf ckr:place\\/gov-dz .
ckr:place\\/far a ck:Place , ck:Village ; rdfs:label "قرية بعيدة"@ar .
ckr:article\\/a1 a ck:Article ; ck:fileName "a1.txt" .

ckr:event\\/a1\\/0-control a ck:TerritorialControl ; ck:actor ckr:actor\\/isis ; ck:place ckr:place\\/dz ;
    ck:target ckr:place\\/dz ; ck:date "2017-01"^^xsd:gYearMonth ; ck:article ckr:article\\/a1 ;
    ck:charStart 0 ; ck:evidence "سيطر تنظيم الدولة على مدينة دير الزور."@ar .
ckr:event\\/a1\\/100-control a ck:TerritorialControl ; ck:actor ckr:actor\\/gov ; ck:place ckr:place\\/dz ;
    ck:target ckr:place\\/dz ; ck:date "2017-09-05"^^xsd:date ; ck:article ckr:article\\/a1 ;
    ck:charStart 100 ; ck:evidence "استعادت قوات النظام مدينة دير الزور."@ar .
ckr:event\\/a1\\/200-control a ck:TerritorialControl ; ck:actor ckr:actor\\/isis ; ck:place ckr:place\\/dz ;
    ck:date "2017-11-02"^^xsd:date ; ck:article ckr:article\\/a1 ; ck:charStart 200 ;
    ck:evidence "عاد التنظيم إلى المدينة."@ar .
ckr:event\\/a1\\/300-airstrike a ck:AirStrike ; ck:actor ckr:actor\\/gov ; ck:place ckr:place\\/dz\\/ummal ;
    ck:target ckr:place\\/dz\\/ummal ; ck:fatalities "12"^^xsd:nonNegativeInteger ; ck:date "2017-09-01"^^xsd:date ;
    ck:article ckr:article\\/a1 ; ck:charStart 300 ; ck:evidence "قتل 12 مدنيا في غارة على حي العمال."@ar .
ckr:event\\/a1\\/400-clash a ck:ArmedClash ; ck:actor ckr:actor\\/isis , ckr:actor\\/gov ; ck:place ckr:place\\/dz ;
    ck:article ckr:article\\/a1 ; ck:charStart 400 ; ck:evidence "اشتباكات بين التنظيم وقوات النظام."@ar .
ckr:event\\/a1\\/500-clash a ck:ArmedClash ; ck:actor ckr:actor\\/gov , ckr:actor\\/sdf ; ck:place ckr:place\\/village ;
    ck:article ckr:article\\/a1 ; ck:charStart 500 ; ck:date "2016"^^xsd:gYear ; ck:evidence "معارك بين قسد والنظام."@ar .
ckr:event\\/a1\\/600-attack a ck:Attack ; ck:actor ckr:actor\\/far ; ck:target ckr:place\\/far ;
    ck:article ckr:article\\/a1 ; ck:charStart 600 ; ck:evidence "هجوم على قرية بعيدة."@ar .

ckr:actor\\/isis ck:controls ckr:place\\/dz ; ck:clashesWith ckr:actor\\/gov .
ckr:actor\\/gov ck:controls ckr:place\\/dz ; ck:attacks ckr:place\\/dz\\/ummal ; ck:clashesWith ckr:actor\\/isis ;
    ck:clashesWith ckr:actor\\/sdf .
ckr:actor\\/far ck:attacks ckr:place\\/far .

ckr:assertion\\/1 a ck:Assertion ; rdf:subject ckr:actor\\/isis ; rdf:predicate ck:controls ; rdf:object ckr:place\\/dz ;
    ck:article ckr:article\\/a1 ; prov:wasDerivedFrom ckr:article\\/a1 ; ck:charStart 0 ;
    ck:evidence "سيطر تنظيم الدولة على مدينة دير الزور."@ar .
ckr:assertion\\/2 a ck:Assertion ; rdf:subject ckr:actor\\/gov ; rdf:predicate ck:controls ; rdf:object ckr:place\\/dz ;
    ck:article ckr:article\\/a1 ; prov:wasDerivedFrom ckr:article\\/a1 ; ck:charStart 100 ;
    ck:evidence "استعادت قوات النظام مدينة دير الزور."@ar .
ckr:assertion\\/3 a ck:Assertion ; rdf:subject ckr:actor\\/gov ; rdf:predicate ck:attacks ; rdf:object ckr:place\\/dz\\/ummal ;
    ck:article ckr:article\\/a1 ; prov:wasDerivedFrom ckr:article\\/a1 ; ck:charStart 300 ;
    ck:evidence "قتل 12 مدنيا في غارة على حي العمال."@ar .
ckr:assertion\\/4 a ck:Assertion ; rdf:subject ckr:actor\\/isis ; rdf:predicate ck:clashesWith ; rdf:object ckr:actor\\/gov ;
    ck:article ckr:article\\/a1 ; prov:wasDerivedFrom ckr:article\\/a1 ; ck:charStart 400 ;
    ck:evidence "اشتباكات بين التنظيم وقوات النظام."@ar .
ckr:assertion\\/5 a ck:Assertion ; rdf:subject ckr:place\\/dz ; rdf:predicate ck:partOf ; rdf:object ckr:place\\/gov-dz ;
    ck:article ckr:article\\/a1 ; prov:wasDerivedFrom ckr:dataset\\/ocha-cod .
"""


@pytest.fixture(scope="module")
def small() -> nx.MultiDiGraph:
    return N.project(Graph().parse(data=SMALL_TTL, format="turtle"))


@pytest.fixture(scope="module")
def seeds() -> nx.MultiDiGraph:
    from kg.api import extract_graph

    return N.project(extract_graph(SEEDS))


def r(path: str) -> str:
    return CKR + path


# --- projection -----------------------------------------------------------

def test_projection_has_only_actors_places_events(small):
    kinds = {d["kind"] for _, d in small.nodes(data=True)}
    assert kinds == {"actor", "place", "event"}
    assert len(N.nodes_of(small, "actor")) == 4
    assert len(N.nodes_of(small, "place")) == 5
    assert len(N.nodes_of(small, "event")) == 7


def test_projection_node_attributes(small):
    dz = small.nodes[r("place/dz")]
    assert (dz["label"], dz["label_en"], dz["cls"]) == ("مدينة دير الزور", "Deir-ez-Zor city", "City")
    assert dz["lat"] == pytest.approx(35.33)
    isis = small.nodes[r("actor/isis")]
    assert isis["alt_labels"] == ["داعش"]
    strike = small.nodes[r("event/a1/300-airstrike")]
    assert (strike["cls"], strike["fatalities"], strike["date"], strike["article"]) == ("AirStrike", 12, "2017-09-01", "a1.txt")


def test_relation_edges_carry_evidence_and_event(small):
    sup = small.edges[r("actor/gov"), r("place/dz/ummal"), "attacks"]["supports"]
    assert len(sup) == 1
    assert sup[0]["event_type"] == "AirStrike"          # joined through the sentence (Attack subclass)
    assert sup[0]["fatalities"] == 12 and sup[0]["date"] == "2017-09-01"
    assert sup[0]["evidence"].startswith("قتل 12") and sup[0]["article"] == "a1.txt"
    part = small.edges[r("place/dz"), r("place/gov-dz"), "partOf"]["supports"]
    assert part[0]["source"] == "ocha-cod" and part[0]["event"] is None


def test_relation_without_assertion_has_empty_supports(small):
    assert small.edges[r("actor/far"), r("place/far"), "attacks"]["supports"] == []


def test_seed_projection(seeds):
    actors = N.nodes_of(seeds, "actor")
    assert actors and all(any("\u0600" <= c <= "\u06ff" for c in seeds.nodes[a]["label"]) for a in actors)
    assert N.nodes_of(seeds, "event")
    rel_edges = [d for *_, d in seeds.edges(data=True) if d.get("kind") == "relation"]
    assert rel_edges and all(isinstance(d["supports"], list) for d in rel_edges)
    # no literal became a node
    assert all(n.startswith(CKR) for n in seeds)
    json.dumps(N.summary(seeds), ensure_ascii=False)


def test_projection_without_ontology_still_knows_event_classes():
    from kg.api import extract_graph

    G = N.project(extract_graph(SEEDS, with_ontology=False))
    assert "Attack" in N.class_chain(G, "AirStrike")


# --- measures -------------------------------------------------------------

def test_control_changes(small):
    rows = {row["place"]: row for row in N.control_changes(small)}
    dz = rows[r("place/dz")]
    assert dz["controllers"] == ["تنظيم الدولة", "قوات النظام"]
    assert dz["n_controllers"] == 2
    assert dz["changes"] == 2                           # isis (2017-01) → gov (2017-09) → isis (2017-11)
    assert [t["date"] for t in dz["timeline"]] == ["2017-01", "2017-09-05", "2017-11-02"]


def test_most_attacked_places(small):
    rows = {row["place"]: row for row in N.most_attacked_places(small, top=None)}
    ummal = rows[r("place/dz/ummal")]
    assert (ummal["attacks"], ummal["fatalities"], ummal["attackers"]) == (1, 12, ["قوات النظام"])
    assert rows[r("place/dz")]["with_parts"] == 1       # the strike on its neighbourhood rolls up
    assert rows[r("place/dz")]["attacks"] == 0
    assert rows[r("place/gov-dz")]["with_parts"] == 1
    assert N.most_attacked_places(small, top=1)[0]["place"] == r("place/dz/ummal")


def test_actor_centrality(small):
    rows = {row["actor"]: row for row in N.actor_centrality(small)}
    assert set(rows) == {r("actor/isis"), r("actor/gov"), r("actor/sdf")}   # far has no actor adversary
    gov = rows[r("actor/gov")]
    assert gov["degree"] == 2 and gov["betweenness"] == pytest.approx(1.0)  # isis – gov – sdf
    assert rows[r("actor/isis")]["betweenness"] == 0
    assert N.actor_centrality(small)[0]["actor"] == r("actor/gov")


def test_conflict_network_weights(small):
    C = N.conflict_network(small)
    assert C[r("actor/isis")][r("actor/gov")]["weight"] == 3    # two clashesWith triples + one clash event


def test_fronts(small):
    fronts = N.fronts(small)
    assert len(fronts) == 2
    big, far = fronts
    assert set(big["actor_ids"]) == {r("actor/isis"), r("actor/gov"), r("actor/sdf")}
    assert r("place/dz/ummal") in big["place_ids"]
    assert far["actor_ids"] == [r("actor/far")] and far["place_ids"] == [r("place/far")]


def test_casualties(small):
    assert N.casualties(small, r("place/dz/ummal")) == 12
    assert N.casualties(small, r("actor/gov")) == 12
    assert N.casualties(small, r("actor/isis")) == 0


# --- names, dates, views --------------------------------------------------

@pytest.mark.parametrize("name, expected", [
    ("داعش", "actor/isis"),                   # altLabel
    ("تنظيم الدوله", "actor/isis"),           # ة/ه folded
    ("islamic state", "actor/isis"),          # English, any case
    ("actor/sdf", "actor/sdf"),               # IRI path
    ("قسد", "actor/sdf"),
])
def test_find_nodes(small, name, expected):
    assert N.find_nodes(small, name, "actor") == [r(expected)]


def test_find_nodes_unknown(small):
    with pytest.raises(KGError, match="no actor named"):
        N.find_nodes(small, "لا أحد", "actor")


@pytest.mark.parametrize("date, since, until, inside", [
    ("2017-09-05", "2017-09-01", None, True),
    ("2017-09-05", None, "2017-09-04", False),
    ("2017-01", "2017-01-15", "2017-01-20", True),   # a month overlaps the range
    ("2016", "2017", None, False),
    (None, "2017", None, False),                     # undated is out once a bound is set
    (None, None, None, True),
])
def test_in_range(date, since, until, inside):
    assert N.in_range(date, since, until) is inside


def test_view_default_drops_events_and_isolates(small):
    V = N.view(small)
    assert {d["kind"] for _, d in V.nodes(data=True)} == {"actor", "place"}
    assert all(V.degree(n) for n in V)
    assert all(k in N.RELATIONS for *_, k in V.edges(keys=True))


def test_view_merges_symmetric_relations(small):
    V = N.view(small)
    clashes = [(u, v) for u, v, k in V.edges(keys=True) if k == "clashesWith"]
    assert len(clashes) == 2                           # isis–gov once (stated both ways), gov–sdf


def test_view_actor_ego(small):
    V = N.view(small, actor="داعش")
    assert set(V) == {r("actor/isis"), r("actor/gov"), r("place/dz")}
    V2 = N.view(small, actor="داعش", hops=2)
    assert {r("actor/sdf"), r("place/dz/ummal")} <= set(V2)


def test_view_place_includes_parts(small):
    V = N.view(small, place="مدينة دير الزور", hops=0)
    assert set(V) == {r("place/dz"), r("place/dz/ummal")}
    V1 = N.view(small, place="مدينة دير الزور")
    assert {r("actor/gov"), r("actor/isis")} <= set(V1) and r("actor/far") not in V1


def test_view_type_relation_and_event_class(small):
    V = N.view(small, types=["attacks"])
    assert {k for *_, k in V.edges(keys=True)} == {"attacks", "partOf"}
    # partOf only as context, on the way up from attacked places
    assert {(u, v) for u, v, k in V.edges(keys=True) if k == "partOf"} == {
        (r("place/dz/ummal"), r("place/dz")), (r("place/dz"), r("place/gov-dz"))}
    V = N.view(small, types=["partOf"])
    assert {k for *_, k in V.edges(keys=True)} == {"partOf"} and r("place/village") in V
    V = N.view(small, types=["AirStrike"])
    assert [(u, v, k) for u, v, k in V.edges(keys=True) if k != "partOf"] == [(r("actor/gov"), r("place/dz/ummal"), "attacks")]
    V = N.view(small, types=["Attack"])                # superclass takes the air strike too
    assert (r("actor/gov"), r("place/dz/ummal"), "attacks") in V.edges(keys=True)
    with pytest.raises(KGError, match="unknown --type"):
        N.view(small, types=["bombs"])


def test_view_dates(small):
    V = N.view(small, since="2017-09-01", until="2017-09-30")
    rels = sorted((u, k) for u, v, k in V.edges(keys=True) if k != "partOf")
    assert rels == [(r("actor/gov"), "attacks"), (r("actor/gov"), "controls")]
    # partOf kept only on the way up from places still in play
    parts = {(u, v) for u, v, k in V.edges(keys=True) if k == "partOf"}
    assert (r("place/dz/ummal"), r("place/dz")) in parts
    assert all(u != r("place/village") for u, _ in parts)


def test_select_events(small):
    evs = N.select_events(small, types=["Attack"])
    assert set(evs) == {r("event/a1/300-airstrike"), r("event/a1/600-attack")}
    assert N.select_events(small, actor="قسد") == [r("event/a1/500-clash")]
    assert set(N.select_events(small, place="قرية الصالحية")) == {r("event/a1/500-clash")}
    assert N.select_events(small, since="2017-11-01") == [r("event/a1/200-control")]


# --- export ---------------------------------------------------------------

def test_graphml_and_gexf_round_trip(small, tmp_path):
    N.write_graphml(small, tmp_path / "g.graphml")
    N.write_gexf(small, tmp_path / "g.gexf")
    H = nx.read_graphml(tmp_path / "g.graphml")
    assert H.number_of_nodes() == small.number_of_nodes()
    assert H.number_of_edges() == small.number_of_edges()
    for _, d in H.nodes(data=True):
        assert all(isinstance(v, (str, int, float)) for v in d.values())
    assert H.nodes[r("event/a1/300-airstrike")]["fatalities"] == 12
    assert H.nodes[r("actor/isis")]["label"] == "تنظيم الدولة"
    edge = next(d for u, v, d in H.edges(data=True) if d.get("rel") == "attacks" and u == r("actor/gov"))
    assert "حي العمال" in edge["evidence"] and edge["n_evidence"] == 1
    X = nx.read_gexf(tmp_path / "g.gexf")
    assert X.number_of_nodes() == small.number_of_nodes()


# --- command line ---------------------------------------------------------

def test_cli_stats_json(small_ttl, tmp_path, capsys):
    out = tmp_path / "g.graphml"
    assert main(["stats", str(small_ttl), "--format", "json", "--graphml", str(out), "--gexf", str(tmp_path / "g.gexf")]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["nodes"] == {"actor": 4, "place": 5, "event": 7}
    assert data["control_changes"][0]["changes"] == 2
    assert out.exists() and (tmp_path / "g.gexf").exists()


def test_cli_stats_table(small_ttl, capsys):
    assert main(["stats", str(small_ttl)]) == 0
    text = capsys.readouterr().out
    for heading in ("Actor centrality", "Most attacked places", "Control over time", "Fronts"):
        assert heading in text
    assert "قوات النظام" in text


def test_cli_bad_inputs(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KG_STORE", raising=False)
    assert main(["stats"]) != 0                           # no FILE and no store here
    assert main(["stats", str(tmp_path / "missing.ttl")]) == 2
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    assert main(["stats", str(bad)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert all(line.startswith("kg stats: error:") for line in err) and len(err) == 3


def test_stats_from_store(tmp_path, capsys):
    store = pytest.importorskip("kg.store")
    if not hasattr(store, "build"):
        pytest.skip("kg.store has no build()")
    store.build([str(p) for p in SEEDS], tmp_path / "store")
    capsys.readouterr()
    assert main(["stats", "--store", str(tmp_path / "store"), "--format", "json"]) == 0
    from_store = json.loads(capsys.readouterr().out)
    from kg.api import extract_graph

    direct = N.summary(N.project(extract_graph(SEEDS)))
    assert from_store["nodes"] == direct["nodes"]
    assert from_store["events"] == direct["events"]
