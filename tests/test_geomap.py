"""kg.geomap: events on the offline SVG map of the governorates."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Graph

from kg import geomap
from kg import network as N
from kg.cli import main
from kg.viz import external_refs
from tests.test_network import SMALL_TTL

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
CKR = "https://w3id.org/conflict-kg/resource/"


@pytest.fixture(scope="module")
def small() -> nx.MultiDiGraph:
    return N.project(Graph().parse(data=SMALL_TTL, format="turtle"))


def svg_of(page: str) -> ET.Element:
    m = re.search(r"<svg\b.*?</svg>", page, re.S)
    assert m
    return ET.fromstring(m.group(0))


def test_governorates_base_layer():
    feats = geomap.governorates()["features"]
    assert len(feats) == 14
    assert {f["properties"]["pcode"] for f in feats} == {f"SY{i:02d}" for i in range(1, 15)}
    assert all(f["properties"]["name_ar"] and f["properties"]["name_en"] for f in feats)


def test_projection_keeps_syria_inside():
    proj = geomap.projection_for(geomap.governorates()["features"])
    x, y = proj.xy(36.29, 33.51)                       # Damascus
    assert 0 < x < geomap.WIDTH and 0 < y < proj.height
    x2, _ = proj.xy(40.14, 35.33)                      # Deir ez-Zor is east of Damascus
    _, y3 = proj.xy(37.14, 36.20)                      # Aleppo is north of Damascus
    assert x2 > x and y3 < y


def test_locate_exact_and_by_ancestor(small):
    lat, lon, at, exact = geomap.locate(small, CKR + "place/dz")
    assert (round(lat, 2), round(lon, 2), exact) == (35.33, 40.14, True)
    lat, lon, at, exact = geomap.locate(small, CKR + "place/dz/ummal")   # no coordinates of its own
    assert at == CKR + "place/dz" and exact is False
    assert geomap.locate(small, CKR + "place/far") is None


def test_map_events(small):
    placed, unplaced = geomap.map_events(small)
    assert len(placed) == 6 and [u["event"] for u in unplaced] == [CKR + "event/a1/600-attack"]
    strike = next(e for e in placed if e["type"] == "AirStrike")
    assert strike["located_at"] == "مدينة دير الزور" and not strike["exact"]
    assert strike["fatalities"] == 12 and strike["evidence"].startswith("قتل 12")


def test_render_map(small):
    page = geomap.render_map(small)
    assert '<meta charset="utf-8">' in page and "Noto Naskh Arabic" in page
    assert external_refs(page) == [] and "http://" not in page and "https://" not in page.replace(CKR, "")
    svg = svg_of(page)
    paths = [e for e in svg.iter("path") if e.get("class") == "gov"]
    assert len(paths) == 14
    marks = [e for e in svg.iter("circle") if "ev" in (e.get("class") or "").split()]
    assert len(marks) == 6
    strike = next(m for m in marks if "t-AirStrike" in m.get("class"))
    tip = strike.find("title").text
    assert "Air strike" in tip and "2017-09-01" in tip and "12 killed" in tip and "حي العمال" in tip
    assert "approx" in strike.get("class")
    assert 'value="AirStrike"' in page                  # legend checkbox per event type
    assert "1 event(s) with no place that has coordinates" in page


def test_markers_at_one_place_do_not_overlap(small):
    svg = svg_of(geomap.render_map(small))
    centres = [(c.get("cx"), c.get("cy")) for c in svg.iter("circle")]
    assert len(centres) == len(set(centres))


def test_render_seed_map():
    from kg.api import extract_graph

    G = N.project(extract_graph(SEEDS))
    page = geomap.render_map(G)
    assert external_refs(page) == []
    assert len([c for c in svg_of(page).iter("circle")]) >= 1


def test_cli_map(tmp_path, capsys):
    ttl = tmp_path / "small.ttl"
    ttl.write_text(SMALL_TTL, encoding="utf-8")
    out = tmp_path / "map.html"
    assert main(["map", str(ttl), "-o", str(out), "--type", "Attack"]) == 0
    assert "2 events, 1 markers, 1 without coordinates" in capsys.readouterr().out
    marks = [c for c in svg_of(out.read_text(encoding="utf-8")).iter("circle")]
    assert len(marks) == 1
