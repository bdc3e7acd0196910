"""An interactive, offline HTML page of a graph view (kg.network.view), drawn with pyvis.

Why the post-processing: pyvis 0.3.2 renders with no network only with
``cdn_resources="in_line"``, and even then links two bootstrap files from a CDN;
they are dropped, and the page gets its own small controls (node search, relation
checkboxes, Arabic/English labels, evidence tooltips) in plain inline JS over the
``nodes``/``edges``/``network`` objects pyvis defines. Node and edge lists are filled
directly (pyvis's add_node/from_nx grow quadratically). The browser shapes the Arabic.

    html = render(view(project(graph)))
    write(view(project(graph)), "graph.html")
"""
from __future__ import annotations

import html as htmlmod
import json
import math
import re
import zlib
from pathlib import Path

import networkx as nx

from kg.errors import KGError
from kg.graph.vocab import CKR
from kg.network import RELATIONS, SYMMETRIC, casualties, term
from kg.text.normalize import match_key

FONT = '"Noto Sans Arabic", "Noto Naskh Arabic", "Noto Sans", "DejaVu Sans", sans-serif'
LARGE = 1500          # above this many nodes: no physics, no edge labels
MAX_SUPPORTS = 5      # evidence sentences shown per edge tooltip

REL_STYLE = {  # colour, dashed
    "controls": ("#1f77b4", False), "attacks": ("#d62728", False), "clashesWith": ("#ff7f0e", False),
    "besieges": ("#9467bd", False), "advancesOn": ("#2ca02c", False), "alliedWith": ("#17becf", False),
    "partOf": ("#9a9a9a", True),
}
# Node look by class: (shape, colour, legend group)
ADMIN, SETTLEMENT, AREA, SITE = "admin area", "settlement", "area", "site"
PLACE_STYLE = {
    "Country": ("square", "#4d4d4d", ADMIN), "Governorate": ("square", "#6b6ecf", ADMIN),
    "District": ("square", "#8c8fe0", ADMIN), "Subdistrict": ("square", "#aeb0ec", ADMIN),
    "City": ("dot", "#2b8cbe", SETTLEMENT), "Town": ("dot", "#4eb3d3", SETTLEMENT),
    "Village": ("dot", "#7bccc4", SETTLEMENT), "Neighbourhood": ("dot", "#a8ddb5", AREA),
    "Region": ("dot", "#c7e9c0", AREA), "Countryside": ("dot", "#c7e9c0", AREA),
}
SITE_STYLE = ("triangle", "#fdae6b", SITE)      # airports, oil fields, crossings, landmarks…
PLAIN_STYLE = ("dot", "#bdbdbd", AREA)          # a place of no known class
ACTOR_STYLE = ("diamond", "#e6550d", "actor")
_EXTERNAL = re.compile(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//|@import|url\(\s*["']?\s*(?:https?:)?//""", re.I)


def node_style(d: dict) -> tuple[str, str, str]:
    """(vis shape, colour, legend group) of a node, by kind and place class."""
    if d.get("kind") == "actor":
        return ACTOR_STYLE
    cls = d.get("cls") or "Place"
    return PLACE_STYLE.get(cls, PLAIN_STYLE if cls == "Place" else SITE_STYLE)


def _node_title(n: str, d: dict, degree: int, dead: int) -> str:
    lines = [d["label"]]
    if d.get("label_en"):
        lines.append(d["label_en"])
    kind = "actor" if d.get("kind") == "actor" else term(d.get("cls", "Place"))
    extra = [kind] + ([d["actor_type"]] if d.get("actor_type") else []) + ([d["pcode"]] if d.get("pcode") else [])
    lines.append(" · ".join(extra))
    alts = [a for a in d.get("alt_labels", ()) if a not in (d["label"], d.get("label_en"))]
    if alts:
        lines.append("أسماء أخرى: " + "، ".join(alts[:8]) + (" …" if len(alts) > 8 else ""))
    lines.append(f"{degree} relation(s)" + (f" · {dead} reported killed" if dead else ""))
    lines.append(n.removeprefix(str(CKR)))
    return "\n".join(lines)


def _edge_title(V: nx.MultiDiGraph, u: str, v: str, rel: str, supports: list[dict]) -> str:
    lines = [f"{term(rel)} · {term(rel, 'ar')}",
             f"from: {V.nodes[u]['label']}", f"to: {V.nodes[v]['label']}"]
    if not supports:
        lines.append("(no evidence recorded)")
    for s in supports[:MAX_SUPPORTS]:
        head = [s["event_type"] and term(s["event_type"]) or ("gazetteer" if s["source"] else "statement"),
                s["date"] or "undated"]
        if s["fatalities"]:
            head.append(f"{s['fatalities']} killed")
        lines.append("▸ " + " · ".join(head))
        if s["evidence"]:
            lines.append(s["evidence"])
        src = s["article"] + (f" (source: {s['source']})" if s["source"] else "")
        if src.strip():
            lines.append("article: " + src.strip())
    if len(supports) > MAX_SUPPORTS:
        lines.append(f"… and {len(supports) - MAX_SUPPORTS} more report(s)")
    return "\n".join(lines)


def _search_key(d: dict) -> str:
    names = [d.get("label") or "", d.get("label_en") or "", *d.get("alt_labels", ())]
    return "\n".join(dict.fromkeys(match_key(x).casefold() for x in names if x))


def page_data(V: nx.MultiDiGraph, G: nx.MultiDiGraph | None = None, *, size_by: str = "degree",
              edge_labels: bool | None = None) -> tuple[list[dict], list[dict]]:
    """The vis-network node and edge records of a view (what the page's DataSets hold)."""
    if size_by not in ("degree", "casualties"):
        raise KGError(f"--size must be degree or casualties, not {size_by!r}")
    large = V.number_of_nodes() > LARGE
    if edge_labels is None:
        edge_labels = V.number_of_edges() <= 300
    positions = tree_layout(V) if large else {}
    nodes = []
    for n, d in V.nodes(data=True):
        shape, colour, _ = node_style(d)
        deg = V.degree(n)
        dead = casualties(G, n) if G is not None and n in G else 0
        weight = dead if size_by == "casualties" else deg
        size = min(10 + 4 * math.sqrt(weight), 48) if not large else min(6 + 2 * math.sqrt(weight), 30)
        rec = {"id": n, "label": d["label"], "label_ar": d["label"], "label_en": d.get("label_en") or "",
               "kind": d.get("kind"), "cls": d.get("cls"), "shape": shape, "color": colour,
               "size": round(size, 1), "title": _node_title(n, d, deg, dead), "search": _search_key(d)}
        if d.get("kind") == "actor" and not large:
            rec["font"] = {"size": 17, "color": "#7f2704"}
        if n in positions:
            rec["x"], rec["y"] = round(positions[n][0], 1), round(positions[n][1], 1)
        nodes.append(rec)
    edges = []
    parallel: dict[frozenset, int] = {}
    for i, (u, v, rel, d) in enumerate(V.edges(keys=True, data=True)):
        colour, dashed = REL_STYLE.get(rel, ("#777777", False))
        sup = d.get("supports", [])
        e = {"id": f"e{i}", "from": u, "to": v, "rel": rel, "color": colour, "dashes": dashed,
             "width": round(1 + min(len(sup), 6) * 0.5, 1),
             "arrows": "" if rel in SYMMETRIC else "to",
             "title": _edge_title(V, u, v, rel, sup)}
        pair = frozenset((u, v))
        k = parallel[pair] = parallel.get(pair, -1) + 1
        if k and not large:  # several relations between two nodes: bend them apart
            e["smooth"] = {"enabled": True, "type": "curvedCW" if k % 2 else "curvedCCW",
                           "roundness": 0.2 * ((k + 1) // 2)}
        if edge_labels and rel != "partOf":
            e["label"] = e["label_ar"] = term(rel, "ar")
            e["label_en"] = term(rel)
        edges.append(e)
    return nodes, edges


def tree_layout(V: nx.MultiDiGraph, spacing: float = 22.0) -> dict[str, tuple[float, float]]:
    """Positions for a large view, computed in linear time (the browser's physics does not
    settle at thousands of nodes): every place in a disc around the place it is partOf,
    discs sized by how many places they hold; each actor at the mean position of the places
    and actors it has relations with."""
    parent: dict[str, str] = {}
    for u, v, k in sorted(V.edges(keys=True)):
        if k == "partOf" and u not in parent and u != v:
            parent[u] = v
    for n in list(parent):  # break partOf cycles
        seen, cur = {n}, parent.get(n)
        while cur is not None and cur in parent:
            if cur in seen:
                del parent[cur]
                break
            seen.add(cur)
            cur = parent.get(cur)
    places = sorted(n for n, k in V.nodes(data="kind") if k != "actor")
    children: dict[str | None, list[str]] = {}
    for n in places:
        children.setdefault(parent.get(n), []).append(n)
    radius: dict[str | None, float] = {}
    ring: dict[str | None, float] = {}
    order: list[str | None] = []
    stack: list[str | None] = [None]
    while stack:  # pre-order; reversed it is a post-order for the radii
        n = stack.pop()
        order.append(n)
        stack.extend(children.get(n, ()))
    for n in reversed(order):
        kids = children.get(n, [])
        if not kids:
            radius[n] = ring[n] = spacing / 2
            continue
        r = max(sum(2 * radius[c] for c in kids) / (2 * math.pi), spacing)
        ring[n] = r
        radius[n] = r + max(radius[c] for c in kids)
    pos: dict[str, tuple[float, float]] = {}
    todo: list[tuple[str | None, float, float]] = [(None, 0.0, 0.0)]
    while todo:
        n, x, y = todo.pop()
        if n is not None:
            pos[n] = (x, y)
        kids = sorted(children.get(n, []), key=lambda c: -radius[c])
        total = sum(radius[c] for c in kids) or 1.0
        angle = 0.0
        for c in kids:
            share = 2 * math.pi * radius[c] / total
            a = angle + share / 2
            r = ring[n] if len(kids) > 1 else 0.0 if n is None else ring[n]
            todo.append((c, x + r * math.cos(a), y + r * math.sin(a)))
            angle += share
    outer = radius.get(None, spacing) + 4 * spacing
    actors = sorted(n for n, k in V.nodes(data="kind") if k == "actor")
    for rounds in range(2):  # actors tied only to actors get placed in the second round
        for i, a in enumerate(actors):
            if a in pos:
                continue
            near = [pos[m] for m in set(V.predecessors(a)) | set(V.successors(a)) if m in pos]
            if near or rounds == 1:
                if near:
                    x = sum(p[0] for p in near) / len(near)
                    y = sum(p[1] for p in near) / len(near)
                else:
                    x, y = outer * math.cos(i), outer * math.sin(i)
                jitter = (zlib.crc32(a.encode()) % 1000) / 1000 * 2 * math.pi
                pos[a] = (x + spacing * math.cos(jitter), y + spacing * math.sin(jitter))
    return pos


def vis_options(n_nodes: int, physics: bool | None = None) -> dict:
    """vis-network options: bounded stabilization then physics off; no physics for large graphs."""
    large = n_nodes > LARGE
    if physics is None:
        physics = not large
    return {
        "nodes": {"font": {"face": FONT, "size": 15 if not large else 11, "strokeWidth": 4, "strokeColor": "#ffffff"},
                  "borderWidth": 1},
        "edges": {"smooth": False if large else {"enabled": True, "type": "continuous", "roundness": 0.3},
                  "font": {"face": FONT, "size": 9, "align": "middle", "strokeWidth": 3, "color": "#555555"},
                  "arrows": {"to": {"enabled": False, "scaleFactor": 0.5}},
                  "selectionWidth": 2, "hoverWidth": 1},
        "physics": {"enabled": physics, "solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": -70, "springLength": 110,
                                         "springConstant": 0.05, "avoidOverlap": 0.3},
                    "stabilization": {"enabled": physics, "iterations": 300 if n_nodes <= 500 else 150,
                                      "updateInterval": 25, "fit": True},
                    "minVelocity": 1.5, "timestep": 0.5},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": large,
                        "hideEdgesOnZoom": large, "multiselect": True},
        "layout": {"improvedLayout": n_nodes <= 150, "randomSeed": 7},
    }


def render(V: nx.MultiDiGraph, G: nx.MultiDiGraph | None = None, *, title: str = "conflict-kg",
           size_by: str = "degree", physics: bool | None = None, edge_labels: bool | None = None) -> str:
    """The whole page as a string: pyvis network plus controls, no outside resource."""
    from pyvis.network import Network

    nodes, edges = page_data(V, G, size_by=size_by, edge_labels=edge_labels)
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line", heading="")
    net.nodes, net.edges = nodes, edges
    net.options = vis_options(len(nodes), physics)
    page = _offline(net.generate_html())
    rels = {}
    for e in edges:
        rels[e["rel"]] = rels.get(e["rel"], 0) + 1
    page = page.replace("<head>", f"<head>\n<meta name=\"viewport\" content=\"width=device-width\">\n"
                                  f"<title>{htmlmod.escape(title)}</title>", 1)
    page = page.replace("</head>", f"<style>{_CSS}</style>\n</head>", 1)
    page = page.replace("<body>", "<body>\n" + _controls(V, nodes, edges, rels, title), 1)
    config = {"relations": list(rels), "physics": bool(net.options["physics"]["enabled"])}
    page = page.replace("</body>", f"<script>var kgConfig = {_js_json(config)};\n{_JS}</script>\n</body>", 1)
    bad = external_refs(page)
    if bad:
        raise KGError(f"page would load outside resources: {bad[:3]}")
    return page


def write(V: nx.MultiDiGraph, path: str | Path, G: nx.MultiDiGraph | None = None, **kw) -> Path:
    """Write the page as UTF-8 (pyvis's own write_html does not set the encoding)."""
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render(V, G, **kw), encoding="utf-8")
    return out


def external_refs(page: str) -> list[str]:
    """src/href/url()/@import pointing outside the page (data: URIs and JS string data are fine)."""
    return [m.group(0) for m in _EXTERNAL.finditer(page)]


def _offline(page: str) -> str:
    """Drop pyvis's CDN links (bootstrap) and its empty heading."""
    page = re.sub(r"<link\b[^>]*\bhref\s*=\s*[\"']https?://[^>]*>\s*", "", page, flags=re.I)
    page = re.sub(r"<script\b[^>]*\bsrc\s*=\s*[\"']https?://[^>]*>\s*</script>\s*", "", page, flags=re.I)
    page = re.sub(r"<center>\s*<h1>\s*</h1>\s*</center>\s*", "", page)
    page = page.replace("<html>", '<html lang="en">', 1)
    if '<meta charset="utf-8">' not in page:
        page = page.replace("<head>", '<head>\n<meta charset="utf-8">', 1)
    return page


def _js_json(value) -> str:
    return json.dumps(value, ensure_ascii=False).replace("</", "<\\/")


def _controls(V: nx.MultiDiGraph, nodes: list[dict], edges: list[dict], rels: dict[str, int], title: str) -> str:
    boxes = []
    for rel in RELATIONS:
        if rel not in rels:
            continue
        colour, dashed = REL_STYLE.get(rel, ("#777", False))
        boxes.append(
            f'<label class="kg-rel" title="{htmlmod.escape(term(rel, "ar"))}">'
            f'<input type="checkbox" id="rel-{rel}" value="{rel}" checked>'
            f'<span class="kg-swatch" style="border-top:3px {"dashed" if dashed else "solid"} {colour}"></span>'
            f'{htmlmod.escape(term(rel))} <span class="kg-n">{rels[rel]}</span></label>')
    seen: dict[str, dict[tuple[str, str], int]] = {}
    for n in nodes:  # each group drawn with its most frequent shape and colour
        shape, colour, group = node_style(V.nodes[n["id"]])
        counts = seen.setdefault(group, {})
        counts[(shape, colour)] = counts.get((shape, colour), 0) + 1
    groups = {g: max(c, key=c.get) for g, c in seen.items()}
    legend = "".join(f'<span class="kg-leg"><span class="kg-shape kg-{shape}" style="background:{colour}"></span>'
                     f'{htmlmod.escape(group)}</span>' for group, (shape, colour) in groups.items())
    mode = "physics: stabilizing…" if len(nodes) <= LARGE else "physics off (large graph)"
    return f"""<div id="kg-bar">
  <strong class="kg-title">{htmlmod.escape(title)}</strong>
  <span class="kg-search"><input id="kg-search" type="search" placeholder="search a node / ابحث" autocomplete="off">
  <span id="kg-found"></span></span>
  <span id="kg-relations">{''.join(boxes)}</span>
  <button id="kg-lang" type="button">English labels</button>
  <span id="kg-legend">{legend}</span>
  <span id="kg-info"><span id="kg-count">{len(nodes)} nodes · {len(edges)} edges</span> · <span id="kg-status">{mode}</span></span>
</div>
<div id="kg-tip" role="tooltip"></div>
"""


_CSS = f"""
html, body {{ margin: 0; height: 100%; font-family: {FONT}; font-size: 14px; }}
body {{ display: flex; flex-direction: column; }}
body > .card {{ flex: 1 1 auto; min-height: 0; position: relative; }}
#mynetwork {{ position: absolute !important; inset: 0; width: 100% !important; height: 100% !important;
              float: none !important; border: 0 !important; }}
#kg-bar {{ display: flex; flex-wrap: wrap; gap: 6px 14px; align-items: center; padding: 6px 10px;
          border-bottom: 1px solid #ddd; background: #fafafa; }}
#kg-bar .kg-title {{ font-size: 15px; }}
#kg-search {{ width: 16em; padding: 3px 6px; font: inherit; }}
#kg-found {{ color: #555; margin-inline-start: 4px; }}
.kg-rel {{ margin-inline-end: 8px; white-space: nowrap; cursor: pointer; }}
.kg-swatch {{ display: inline-block; width: 18px; margin: 0 4px 3px 2px; vertical-align: middle; }}
.kg-n, #kg-info {{ color: #666; font-size: 12px; }}
.kg-leg {{ margin-inline-end: 10px; white-space: nowrap; font-size: 12px; }}
.kg-shape {{ display: inline-block; width: 10px; height: 10px; margin-inline-end: 4px; vertical-align: middle; }}
.kg-dot {{ border-radius: 50%; }} .kg-diamond {{ transform: rotate(45deg) scale(.85); }}
.kg-triangle {{ clip-path: polygon(50% 0, 100% 100%, 0 100%); }}
#kg-lang {{ font: inherit; padding: 2px 8px; }}
div.vis-tooltip {{ display: none !important; }}
#kg-tip {{ position: fixed; display: none; z-index: 20; max-width: 34em; padding: 6px 9px; pointer-events: none;
          background: #fffef6; border: 1px solid #999; border-radius: 4px; box-shadow: 2px 2px 8px rgba(0,0,0,.2);
          font-size: 13px; line-height: 1.5; }}
#kg-tip div {{ unicode-bidi: plaintext; }}
#kg-tip div:first-child {{ font-weight: bold; }}
#kg-tip div:dir(rtl) {{ font-family: "Noto Naskh Arabic", {FONT}; font-size: 14px; }}
#kg-tip .kg-ev {{ color: #555; margin-top: 4px; }}
"""

_JS = r"""
(function () {
  var canvasDir = function (lang) {
    var c = document.querySelector('#mynetwork canvas');
    if (c) { c.dir = lang === 'ar' ? 'rtl' : 'ltr'; }
  };
  // --- readiness: bounded stabilization, then physics off (stays responsive) ---
  var status = document.getElementById('kg-status');
  window.kgReady = false;
  var markReady = function (msg) {
    network.once('afterDrawing', function () { window.kgReady = true; });
    network.redraw();
    if (msg) { status.textContent = msg; }
  };
  if (kgConfig.physics) {
    network.once('stabilizationIterationsDone', function () {
      network.setOptions({ physics: { enabled: false } });
      markReady('layout done (physics off)');
    });
  } else {
    markReady(null);
  }
  canvasDir('ar');

  // --- relation filter: one checkbox per relation ---
  var byRel = {};
  edges.forEach(function (e) { (byRel[e.rel] = byRel[e.rel] || []).push(e.id); });
  document.querySelectorAll('#kg-relations input').forEach(function (cb) {
    cb.addEventListener('change', function () {
      var ids = byRel[cb.value] || [];
      edges.update(ids.map(function (id) { return { id: id, hidden: !cb.checked }; }));
    });
  });

  // --- node search (Arabic folded like kg.text.normalize.match_key) ---
  var fold = function (s) {
    s = s.normalize('NFKC')
      .replace(/[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
      .replace(/[أإآٱٲٳ]/g, 'ا').replace(/[ىیې]/g, 'ي').replace(/[ةۀە]/g, 'ه')
      .replace(/ؤ/g, 'و').replace(/ئ/g, 'ي').replace(/[کڪگ]/g, 'ك');
    s = s.split(/\s+/).filter(Boolean).join(' ');
    return s.replace(/(?<=[\p{L}\p{N}_]{3})يه(?![\p{L}\p{N}_])/gu, 'يا').toLowerCase();
  };
  var found = document.getElementById('kg-found');
  var search = function (q) {
    q = fold(q || '');
    if (!q) { network.unselectAll(); found.textContent = ''; return []; }
    var ids = nodes.getIds({ filter: function (n) { return n.search.indexOf(q) >= 0; } });
    found.textContent = ids.length ? ids.length + ' found' : 'not found';
    network.selectNodes(ids, true);
    if (ids.length === 1) {
      network.focus(ids[0], { scale: 1.2, animation: false });
    } else if (ids.length) {
      network.fit({ nodes: ids, animation: false });
    }
    return ids;
  };
  window.kgSearch = search;
  var box = document.getElementById('kg-search');
  var timer = null;
  box.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(function () { search(box.value); }, 250); });
  box.addEventListener('keydown', function (ev) {
    if (ev.key === 'Enter') { clearTimeout(timer); search(box.value); }
    if (ev.key === 'Escape') { box.value = ''; search(''); }
  });

  // --- Arabic / English labels ---
  var lang = 'ar';
  var button = document.getElementById('kg-lang');
  button.addEventListener('click', function () {
    lang = lang === 'ar' ? 'en' : 'ar';
    var pick = function (x) { return { id: x.id, label: lang === 'en' ? (x.label_en || x.label_ar) : x.label_ar }; };
    nodes.update(nodes.get({ fields: ['id', 'label_ar', 'label_en'] }).map(pick));
    edges.update(edges.get({ fields: ['id', 'label_ar', 'label_en'], filter: function (e) { return e.label_ar; } }).map(pick));
    canvasDir(lang);
    button.textContent = lang === 'ar' ? 'English labels' : 'تسميات عربية';
    window.kgLang = lang;
  });
  window.kgLang = lang;

  // --- tooltips: each line its own direction (Arabic evidence right-to-left) ---
  var tip = document.getElementById('kg-tip');
  var mouse = { x: 0, y: 0 };
  document.getElementById('mynetwork').addEventListener('mousemove', function (ev) { mouse.x = ev.clientX; mouse.y = ev.clientY; });
  var showTip = function (text) {
    tip.textContent = '';
    String(text || '').split('\n').forEach(function (line, i) {
      var div = document.createElement('div');
      div.dir = 'auto';
      if (i > 0 && /^[\u0600-\u06ff«"]/.test(line)) { div.className = 'kg-ev'; }
      div.textContent = line;
      tip.appendChild(div);
    });
    tip.style.display = 'block';
    var w = tip.offsetWidth, h = tip.offsetHeight;
    tip.style.left = Math.max(4, Math.min(mouse.x + 14, window.innerWidth - w - 8)) + 'px';
    tip.style.top = Math.max(4, Math.min(mouse.y + 14, window.innerHeight - h - 8)) + 'px';
  };
  network.on('showPopup', function (id) {
    var item = edges.get(id) || nodes.get(id);
    if (item) { showTip(item.title); }
  });
  network.on('hidePopup', function () { tip.style.display = 'none'; });
  network.on('dragStart', function () { tip.style.display = 'none'; });
})();
"""
