"""Events on an offline map of Syria: one self-contained HTML page with an inline SVG.

Why SVG and not Leaflet/folium: no tile server is reachable, and the base layer
we ship is just the 14 governorate outlines (kg/lexicon/data/governorates.geojson,
OCHA CODs); an equirectangular projection drawn as SVG needs no library, works
offline, and scales. An event is drawn at its place's geo:lat/geo:long, or at the
nearest place it is partOf that has coordinates (marked as approximate).

    html = render_map(project(graph))
"""
from __future__ import annotations

import html as htmlmod
import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import networkx as nx

from kg.lexicon.loader import DATA
from kg.network import ancestors, event_actors, event_places, event_targets, nodes_of, term

GOVERNORATES = DATA / "governorates.geojson"
WIDTH = 1000                # SVG user units across the map
MARGIN = 0.15               # degrees around the governorates' bounding box
EVENT_COLOUR = {
    "TerritorialControl": "#1f77b4", "Advance": "#2ca02c", "ArmedClash": "#9467bd", "Siege": "#8c564b",
    "Attack": "#e7298a", "AirStrike": "#d62728", "Shelling": "#ff7f0e", "MissileStrike": "#b8860b",
    "Killing": "#222222",
}
OTHER_COLOUR = "#17becf"
FONT = '"Noto Sans Arabic", "Noto Naskh Arabic", "Noto Sans", "DejaVu Sans", sans-serif'


@lru_cache(maxsize=1)
def governorates() -> dict:
    """The governorate outlines (GeoJSON FeatureCollection) shipped with the lexicon."""
    return json.loads(GOVERNORATES.read_text(encoding="utf-8"))


def _rings(geometry: dict) -> list[list[list[float]]]:
    if geometry["type"] == "Polygon":
        return list(geometry["coordinates"])
    if geometry["type"] == "MultiPolygon":
        return [ring for poly in geometry["coordinates"] for ring in poly]
    return []


@dataclass
class Projection:
    """Equirectangular projection of a lon/lat box onto an SVG of width WIDTH (x scaled by cos(mid-latitude))."""

    lon0: float
    lat0: float
    lon1: float
    lat1: float
    k: float = field(init=False)
    height: float = field(init=False)

    def __post_init__(self) -> None:
        self.kx = math.cos(math.radians((self.lat0 + self.lat1) / 2))
        self.k = WIDTH / ((self.lon1 - self.lon0) * self.kx)
        self.height = (self.lat1 - self.lat0) * self.k

    def xy(self, lon: float, lat: float) -> tuple[float, float]:
        return (lon - self.lon0) * self.kx * self.k, (self.lat1 - lat) * self.k

    def contains(self, lon: float, lat: float) -> bool:
        return self.lon0 <= lon <= self.lon1 and self.lat0 <= lat <= self.lat1


def projection_for(features: list[dict]) -> Projection:
    pts = [pt for f in features for ring in _rings(f["geometry"]) for pt in ring]
    lons, lats = [p[0] for p in pts], [p[1] for p in pts]
    return Projection(min(lons) - MARGIN, min(lats) - MARGIN, max(lons) + MARGIN, max(lats) + MARGIN)


def _centroid(ring: list[list[float]]) -> tuple[float, float, float]:
    """Area-weighted centroid (lon, lat) and absolute area of a ring."""
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        c = x0 * y1 - x1 * y0
        a += c
        cx += (x0 + x1) * c
        cy += (y0 + y1) * c
    if abs(a) < 1e-12:
        return ring[0][0], ring[0][1], 0.0
    return cx / (3 * a), cy / (3 * a), abs(a) / 2


def locate(G: nx.MultiDiGraph, place: str) -> tuple[float, float, str, bool] | None:
    """(lat, lon, the place whose coordinates are used, exact?) for a place, via partOf if needed."""
    for i, p in enumerate([place, *ancestors(G, place)]):
        d = G.nodes[p]
        if "lat" in d and "lon" in d:
            return d["lat"], d["lon"], p, i == 0
    return None


def _specific(G: nx.MultiDiGraph, places: list[str]) -> list[str]:
    """Drop places that another place of the list lies in (keep حي صلاح الدين, not حلب)."""
    ups = {a for p in places for a in ancestors(G, p)}
    return [p for p in places if p not in ups]


def map_events(G: nx.MultiDiGraph, events: list[str] | None = None) -> tuple[list[dict], list[dict]]:
    """Events with a position (one record per distinct position) and those with none."""
    placed, unplaced = [], []
    for ev in sorted(events if events is not None else nodes_of(G, "event")):
        d = G.nodes[ev]
        info = {"event": ev, "type": d["cls"], "date": d.get("date") or "", "fatalities": d.get("fatalities"),
                "evidence": d.get("evidence") or "", "article": d.get("article") or "",
                "actors": [G.nodes[a]["label"] for a in event_actors(G, ev)],
                "targets": [G.nodes[t]["label"] for t in event_targets(G, ev)],
                "places": [G.nodes[p]["label"] for p in event_places(G, ev)]}
        seen = set()
        for p in _specific(G, event_places(G, ev)):
            loc = locate(G, p)
            if loc is None or loc[2] in seen:
                continue
            seen.add(loc[2])
            placed.append({**info, "lat": loc[0], "lon": loc[1], "place": G.nodes[p]["label"],
                           "located_at": G.nodes[loc[2]]["label"], "exact": loc[3]})
        if not seen:
            unplaced.append(info)
    return placed, unplaced


def _tooltip(e: dict) -> str:
    head = [f"{term(e['type'])} · {term(e['type'], 'ar')}", e["date"] or "undated"]
    if e["fatalities"]:
        head.append(f"{e['fatalities']} killed")
    lines = [" · ".join(head)]
    if e["actors"]:
        lines.append("actor: " + "، ".join(e["actors"]))
    if e["targets"]:
        lines.append("target: " + "، ".join(e["targets"]))
    where = e["place"] + ("" if e["exact"] else f" (≈ {e['located_at']})")
    lines.append("place: " + where)
    if e["evidence"]:
        lines.append(e["evidence"])
    if e["article"]:
        lines.append("article: " + e["article"])
    return "\n".join(lines)


def render_map(G: nx.MultiDiGraph, events: list[str] | None = None, *, title: str = "conflict-kg: events") -> str:
    """The page: governorates as the base layer, events as coloured markers with tooltips."""
    feats = governorates()["features"]
    proj = projection_for(feats)
    placed, unplaced = map_events(G, events)
    outside = [e for e in placed if not proj.contains(e["lon"], e["lat"])]
    placed = [e for e in placed if proj.contains(e["lon"], e["lat"])]
    esc = htmlmod.escape

    shapes, labels = [], []
    for f in feats:
        rings = _rings(f["geometry"])
        d = " ".join("M" + " L".join("{:.1f},{:.1f}".format(*proj.xy(lon, lat)) for lon, lat in ring) + " Z"
                     for ring in rings)
        props = f["properties"]
        shapes.append(f'<path class="gov" d="{d}"><title>{esc(props["name_ar"])} · {esc(props["name_en"])}'
                      f' ({esc(props["pcode"])})</title></path>')
        lon, lat, _ = max((_centroid(r) for r in rings), key=lambda c: c[2])
        x, y = proj.xy(lon, lat)
        labels.append(f'<text class="govname" x="{x:.1f}" y="{y:.1f}">{esc(props["name_ar"])}</text>')

    # Markers at one point are spread on a small spiral so each can be pointed at.
    by_point: dict[tuple[float, float], int] = {}
    marks = []
    counts: dict[str, int] = {}
    for i, e in enumerate(placed):
        x, y = proj.xy(e["lon"], e["lat"])
        n = by_point.get((round(x, 1), round(y, 1)), 0)
        by_point[(round(x, 1), round(y, 1))] = n + 1
        if n:
            ang, rad = n * 2.39996, 7 * math.sqrt(n)
            x, y = x + rad * math.cos(ang), y + rad * math.sin(ang)
        r = 5 + min(math.sqrt(e["fatalities"] or 0), 9)
        colour = EVENT_COLOUR.get(e["type"], OTHER_COLOUR)
        counts[e["type"]] = counts.get(e["type"], 0) + 1
        cls = "ev t-" + e["type"] + ("" if e["exact"] else " approx")
        marks.append(f'<circle class="{cls}" data-i="{i}" cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{colour}">'
                     f'<title>{esc(_tooltip(e))}</title></circle>')
    legend = "".join(
        f'<label><input type="checkbox" value="{esc(t)}" checked><span class="sw" style="background:'
        f'{EVENT_COLOUR.get(t, OTHER_COLOUR)}"></span>{esc(term(t))} <span class="n">({c})</span>'
        f' <bdi class="n" lang="ar" dir="rtl">{esc(term(t, "ar"))}</bdi></label>'
        for t, c in sorted(counts.items(), key=lambda kv: -kv[1]))
    notes = [f"{len(placed)} event marker(s) on the map"]
    if unplaced:
        notes.append(f"{len(unplaced)} event(s) with no place that has coordinates (not drawn)")
    if outside:
        notes.append(f"{len(outside)} event(s) located outside the map (not drawn)")
    data = json.dumps([{**{k: e[k] for k in ("date", "fatalities", "evidence", "article", "actors",
                                           "targets", "place", "located_at", "exact")},
                        "type": f"{term(e['type'])} · {term(e['type'], 'ar')}"} for e in placed],
                      ensure_ascii=False).replace("</", "<\\/")
    svg = (f'<svg id="map" viewBox="0 0 {WIDTH} {proj.height:.0f}" '
           f'role="img" aria-label="map of events">\n<g id="base">{"".join(shapes)}</g>\n'
           f'<g id="names">{"".join(labels)}</g>\n<g id="events">{"".join(marks)}</g>\n</svg>')
    return _PAGE.format(title=esc(title), font=FONT, svg=svg, legend=legend,
                        notes="".join(f"<li>{esc(n)}</li>" for n in notes), data=data)


def write_map(G: nx.MultiDiGraph, path: str | Path, events: list[str] | None = None, **kw) -> Path:
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_map(G, events, **kw), encoding="utf-8")
    return out


_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>{title}</title>
<style>
html, body {{ margin: 0; height: 100%; font-family: {font}; font-size: 14px; }}
body {{ display: flex; }}
#mapbox {{ flex: 1 1 auto; min-width: 0; background: #eef3f7; cursor: grab; }}
#map {{ width: 100%; height: 100%; display: block; }}
#panel {{ width: 340px; flex: none; overflow-y: auto; border-left: 1px solid #ccc; padding: 8px 12px; background: #fafafa; }}
.gov {{ fill: #fbfbf4; stroke: #8a8a8a; stroke-width: 1; vector-effect: non-scaling-stroke; }}
.gov:hover {{ fill: #f3f0dc; }}
.govname {{ font-size: 15px; fill: #7a7a7a; text-anchor: middle; pointer-events: none; direction: rtl; }}
.ev {{ stroke: #222; stroke-width: 0.8; fill-opacity: .85; cursor: pointer; vector-effect: non-scaling-stroke; }}
.ev.approx {{ stroke-dasharray: 2 2; fill-opacity: .45; }}
.ev.sel {{ stroke-width: 3; }}
#legend label {{ display: block; cursor: pointer; }}
.sw {{ display: inline-block; width: 11px; height: 11px; border-radius: 50%; margin: 0 6px; vertical-align: middle; }}
.n, #notes {{ color: #666; font-size: 12px; }}
#detail div {{ unicode-bidi: plaintext; margin: 2px 0; }}
#detail .evidence {{ font-family: "Noto Naskh Arabic", {font}; font-size: 15px; line-height: 1.7; }}
h1 {{ font-size: 16px; margin: 4px 0 8px; }} h2 {{ font-size: 14px; margin: 12px 0 4px; }}
</style>
</head>
<body>
<div id="mapbox">{svg}</div>
<div id="panel">
<h1>{title}</h1>
<h2>Event types</h2>
<div id="legend">{legend}</div>
<ul id="notes">{notes}</ul>
<p class="n">Dashed, paler markers: the place has no coordinates; drawn at the place it is part of.
Size: reported fatalities. Wheel to zoom, drag to pan.</p>
<h2>Event</h2>
<div id="detail"><span class="n">click a marker</span></div>
</div>
<script>
(function () {{
  var EVENTS = {data};
  var svg = document.getElementById('map');
  document.querySelectorAll('#legend input').forEach(function (cb) {{
    cb.addEventListener('change', function () {{
      document.querySelectorAll('.ev.t-' + cb.value).forEach(function (c) {{ c.style.display = cb.checked ? '' : 'none'; }});
    }});
  }});
  var detail = document.getElementById('detail');
  var line = function (text, cls) {{
    var d = document.createElement('div'); d.dir = 'auto'; d.textContent = text;
    if (cls) {{ d.className = cls; }} detail.appendChild(d);
  }};
  svg.addEventListener('click', function (ev) {{
    var c = ev.target.closest('.ev'); if (!c) {{ return; }}
    document.querySelectorAll('.ev.sel').forEach(function (x) {{ x.classList.remove('sel'); }});
    c.classList.add('sel');
    var e = EVENTS[+c.dataset.i]; detail.textContent = '';
    line(e.type + ' · ' + (e.date || 'undated') + (e.fatalities ? ' · ' + e.fatalities + ' killed' : ''));
    if (e.actors.length) {{ line('actor: ' + e.actors.join('، ')); }}
    if (e.targets.length) {{ line('target: ' + e.targets.join('، ')); }}
    line('place: ' + e.place + (e.exact ? '' : ' (≈ ' + e.located_at + ')'));
    if (e.evidence) {{ line(e.evidence, 'evidence'); }}
    if (e.article) {{ line('article: ' + e.article, 'n'); }}
  }});
  // zoom and pan by changing the viewBox
  var vb = svg.viewBox.baseVal, drag = null;
  svg.addEventListener('wheel', function (ev) {{
    ev.preventDefault();
    var r = svg.getBoundingClientRect(), f = ev.deltaY > 0 ? 1.2 : 1 / 1.2;
    var px = vb.x + (ev.clientX - r.left) / r.width * vb.width, py = vb.y + (ev.clientY - r.top) / r.height * vb.height;
    vb.x = px - (px - vb.x) * f; vb.y = py - (py - vb.y) * f; vb.width *= f; vb.height *= f;
  }}, {{ passive: false }});
  svg.addEventListener('mousedown', function (ev) {{ drag = {{ x: ev.clientX, y: ev.clientY }}; }});
  window.addEventListener('mouseup', function () {{ drag = null; }});
  window.addEventListener('mousemove', function (ev) {{
    if (!drag) {{ return; }}
    var r = svg.getBoundingClientRect(), s = Math.max(vb.width / r.width, vb.height / r.height);
    vb.x -= (ev.clientX - drag.x) * s; vb.y -= (ev.clientY - drag.y) * s; drag = {{ x: ev.clientX, y: ev.clientY }};
  }});
  window.kgMapReady = true;
}})();
</script>
</body>
</html>
"""
