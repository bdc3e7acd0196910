"""kg.viz: the offline pyvis page (static checks; tests/test_browser.py renders it)."""
from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Graph

from kg import network as N
from kg import viz
from kg.cli import main
from tests.test_network import SMALL_TTL

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def _bench():
    spec = importlib.util.spec_from_file_location("bench_viz", ROOT / "benchmarks" / "bench_viz.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def seeds() -> tuple[nx.MultiDiGraph, nx.MultiDiGraph]:
    from kg.api import extract_graph

    G = N.project(extract_graph(SEEDS))
    return G, N.view(G)


@pytest.fixture(scope="module")
def page(seeds) -> str:
    G, V = seeds
    return viz.render(V, G)


def dataset(page: str, name: str) -> list[dict]:
    """The JSON a vis DataSet is built from in the page (as pyvis writes it)."""
    m = re.search(name + r" = new vis\.DataSet\((\[.*?\])\);\n", page, re.S)
    assert m, f"no {name} DataSet in the page"
    return json.loads(m.group(1))


def test_page_is_offline(page):
    assert viz.external_refs(page) == []
    # nothing fetched from outside: no http(s) in src/href attributes, no CDN, no bootstrap
    assert not re.search(r"""(src|href)\s*=\s*["']?https?://""", page, re.I)
    assert "cdn" not in " ".join(re.findall(r"<(?:link|script)\b[^>]*>", page)).lower()
    assert "bootstrap" not in page
    assert "vis.Network" in page and "vis-network" in page      # the library is inline


def test_page_encoding_and_fonts(page):
    assert '<meta charset="utf-8">' in page
    assert "Noto Sans Arabic" in page and "Noto Naskh Arabic" in page


def test_page_controls(page, seeds):
    _, V = seeds
    assert 'id="kg-search"' in page and 'id="kg-lang"' in page
    rels = {k for *_, k in V.edges(keys=True)}
    for rel in rels:
        assert f'id="rel-{rel}"' in page
    for rel in set(N.RELATIONS) - rels:
        assert f'id="rel-{rel}"' not in page
    assert "stabilizationIterationsDone" in page and "physics: { enabled: false }" in page


def test_page_data_matches_view(page, seeds):
    _, V = seeds
    nodes, edges = dataset(page, "nodes"), dataset(page, "edges")
    assert {n["id"] for n in nodes} == set(V)
    assert len(edges) == V.number_of_edges()
    assert all(re.search("[\u0600-\u06ff]", n["label"]) for n in nodes)      # Arabic labels
    assert all(n["label_ar"] == V.nodes[n["id"]]["label"] for n in nodes)
    actors = [n for n in nodes if n["kind"] == "actor"]
    assert actors and all(n["shape"] == "diamond" for n in actors)
    assert {e["rel"] for e in edges} <= set(N.RELATIONS)
    assert all(e["color"] == viz.REL_STYLE[e["rel"]][0] for e in edges)


def test_every_edge_has_a_tooltip_with_evidence(seeds):
    G, V = seeds
    _, edges = viz.page_data(V, G)
    for e in edges:
        sup = V.edges[e["from"], e["to"], e["rel"]]["supports"]
        assert e["title"].startswith(viz.term(e["rel"]))
        if sup:
            assert sup[0]["evidence"] in e["title"] or not sup[0]["evidence"]
            assert sup[0]["article"] in e["title"]
    text = [e["title"] for e in edges if e["rel"] != "partOf"]
    assert any(re.search(r"\d{4}|undated", t) for t in text)
    assert all(re.search("[\u0600-\u06ff]", t) for t in text)    # the Arabic sentence


def test_tooltip_fields():
    g = Graph().parse(data=SMALL_TTL, format="turtle")
    G = N.project(g)
    V = N.view(G)
    _, edges = viz.page_data(V, G)
    strike = next(e for e in edges if e["rel"] == "attacks" and e["to"].endswith("ummal"))
    assert "Air strike" in strike["title"] and "2017-09-01" in strike["title"]
    assert "12 killed" in strike["title"] and "a1.txt" in strike["title"]
    assert "قتل 12 مدنيا" in strike["title"]


def test_size_by_casualties(seeds):
    G, V = seeds
    nodes, _ = viz.page_data(V, G, size_by="casualties")
    dead = {n["id"]: N.casualties(G, n["id"]) for n in nodes}
    top = max(nodes, key=lambda n: n["size"])
    assert dead[top["id"]] == max(dead.values())
    with pytest.raises(Exception, match="degree or casualties"):
        viz.page_data(V, G, size_by="weight")


def test_labels_cannot_break_out_of_the_script():
    G = nx.MultiDiGraph()
    evil = "</script><script>alert(1)</script>"
    G.add_node("a", kind="actor", label=evil, label_en="", alt_labels=[], cls="Actor")
    G.add_node("b", kind="place", label="حلب", label_en="Aleppo", alt_labels=[], cls="City")
    G.add_edge("a", "b", key="attacks", kind="relation", rel="attacks",
               supports=[{"evidence": evil, "article": "x.txt", "source": "", "event": None,
                          "event_type": None, "date": None, "fatalities": None}])
    page = viz.render(G)
    assert evil not in page


def test_write_is_utf8(tmp_path, seeds):
    G, V = seeds
    out = viz.write(V, tmp_path / "sub" / "g.html", G)
    text = out.read_bytes().decode("utf-8")
    assert "vis.DataSet" in text


def test_large_graph_has_positions_and_no_physics():
    bench = _bench()
    G = N.project(bench.synthetic_graph(viz.LARGE + 200))
    V = N.view(G)
    assert V.number_of_nodes() > viz.LARGE
    nodes, edges = viz.page_data(V, G)
    assert all("x" in n and "y" in n for n in nodes)
    assert not any("label" in e for e in edges)                   # no edge labels at scale
    opts = viz.vis_options(len(nodes))
    assert opts["physics"]["enabled"] is False and opts["edges"]["smooth"] is False
    assert viz.tree_layout(V) == viz.tree_layout(V)               # deterministic
    # places sit near the place they are part of
    pos = viz.tree_layout(V)
    child, parent = next((u, v) for u, v, k in V.edges(keys=True) if k == "partOf")
    far = max(abs(a - b) for p in pos.values() for a, b in zip(p, pos[child]))
    near = max(abs(a - b) for a, b in zip(pos[child], pos[parent]))
    assert near < far


def test_small_graph_uses_bounded_physics():
    opts = viz.vis_options(50)
    assert opts["physics"]["enabled"] is True
    assert 0 < opts["physics"]["stabilization"]["iterations"] <= 1000


# --- command line ---------------------------------------------------------

def test_cli_viz(small_ttl, tmp_path, capsys):
    out = tmp_path / "g.html"
    assert main(["viz", str(small_ttl), "-o", str(out)]) == 0
    assert "nodes" in capsys.readouterr().out
    nodes = dataset(out.read_text(encoding="utf-8"), "nodes")
    assert len(nodes) == 9                                        # every linked actor and place


@pytest.mark.parametrize("args, expect", [
    (["--actor", "داعش"], {"actor/isis", "actor/gov", "place/dz"}),
    (["--place", "مدينة دير الزور", "--hops", "0"], {"place/dz", "place/dz/ummal"}),
    (["--type", "AirStrike"], {"actor/gov", "place/dz/ummal", "place/dz", "place/gov-dz"}),
    (["--since", "2017-09-03"], {"actor/gov", "place/dz", "place/gov-dz"}),
    (["--type", "controls", "--type", "partOf"], {"actor/isis", "actor/gov", "place/dz", "place/gov-dz",
                                                  "place/dz/ummal", "place/village"}),
])
def test_cli_viz_filters(small_ttl, tmp_path, args, expect):
    out = tmp_path / "g.html"
    assert main(["viz", str(small_ttl), "-o", str(out), *args]) == 0
    ids = {n["id"].split("/resource/")[1] for n in dataset(out.read_text(encoding="utf-8"), "nodes")}
    assert ids == expect


def test_cli_viz_errors(small_ttl, tmp_path, capsys):
    out = tmp_path / "g.html"
    assert main(["viz", str(small_ttl), "-o", str(out), "--since", "last week"]) == 2
    assert main(["viz", str(small_ttl), "-o", str(out), "--actor", "لا أحد"]) == 1
    assert main(["viz", str(small_ttl), "-o", str(out), "--since", "2030"]) == 1   # nothing left
    err = capsys.readouterr().err
    assert "--since" in err and "no actor named" in err and "nothing to draw" in err
    assert not out.exists()
