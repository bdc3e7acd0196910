"""The kg viz and kg map pages in headless Chromium, offline: they draw, filter, search and read right.

Needs Debian's /usr/bin/chromium (scripts/install-system-deps.sh, with fonts-noto-core)
and the playwright package; no `playwright install`.
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from kg import network as N
from kg.geomap import map_events, write_map
from kg.viz import write

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
SHOTS = ROOT / "out" / "screenshots"
ARABIC = re.compile("[\u0600-\u06ff]")


@pytest.fixture(scope="module")
def graph():
    from kg.api import extract_graph

    G = N.project(extract_graph(SEEDS))
    return G, N.view(G)


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} not found (install it with scripts/install-system-deps.sh)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture()
def offline_page(browser):
    """A page that may load file:// URLs only; every other request is aborted and recorded."""
    ctx = browser.new_context(viewport={"width": 1400, "height": 900})
    outside: list[str] = []
    errors: list[str] = []

    def route(r):
        if r.request.url.startswith(("file:", "data:")):
            r.continue_()
        else:
            outside.append(r.request.url)
            r.abort()

    ctx.route("**/*", route)
    page = ctx.new_page()
    page.on("pageerror", lambda e: errors.append(str(e)))
    yield page, outside, errors
    ctx.close()


def keep_screenshot(path: Path) -> None:
    if SHOTS.is_dir():
        shutil.copy(path, SHOTS / path.name)


def test_viz_page_renders_offline(graph, offline_page, tmp_path):
    G, V = graph
    page, outside, errors = offline_page
    html = write(V, tmp_path / "graph.html", G)
    page.goto(html.as_uri())
    page.wait_for_function("window.kgReady === true", timeout=60_000)

    # the network drew what the graph holds
    n_nodes, n_edges = page.evaluate("[nodes.length, edges.length]")
    assert (n_nodes, n_edges) == (V.number_of_nodes(), V.number_of_edges())
    assert page.evaluate("Object.keys(network.getPositions()).length") == V.number_of_nodes()
    labels = page.evaluate("nodes.get().map(n => n.label)")
    assert any(ARABIC.search(x) for x in labels)
    assert page.evaluate("getComputedStyle(document.body).fontFamily").startswith('"Noto Sans Arabic"')

    # relation filter: unchecking partOf hides exactly those edges
    n_part = sum(1 for *_, k in V.edges(keys=True) if k == "partOf")
    assert n_part
    page.uncheck("#rel-partOf")
    hidden = page.evaluate("edges.get({filter: e => e.hidden === true}).map(e => e.rel)")
    assert len(hidden) == n_part and set(hidden) == {"partOf"}
    page.check("#rel-partOf")
    assert page.evaluate("edges.get({filter: e => e.hidden === true}).length") == 0

    # search: an actor by another spelling of its name (hamza and taa marbuta folded)
    actor = max(N.nodes_of(V, "actor"), key=V.degree)
    name = V.nodes[actor]["label"]
    typed = name.replace("ة", "ه").replace("أ", "ا").replace("إ", "ا")
    page.fill("#kg-search", typed)
    page.press("#kg-search", "Enter")
    assert actor in page.evaluate("network.getSelectedNodes()")
    assert "found" in page.inner_text("#kg-found")
    shot = tmp_path / "viz-search.png"
    page.screenshot(path=str(shot))
    keep_screenshot(shot)

    # English labels on the toggle, Arabic back again
    edge_label = "edges.get({filter: e => e.rel === 'controls'})[0].label"
    assert page.evaluate(edge_label) == "يسيطر على"          # relation names from the ontology
    page.click("#kg-lang")
    en = V.nodes[actor]["label_en"] or name
    assert page.evaluate("id => nodes.get(id).label", actor) == en
    assert page.evaluate(edge_label) == "controls"
    shot = tmp_path / "viz-english.png"
    page.screenshot(path=str(shot))
    keep_screenshot(shot)
    page.click("#kg-lang")
    assert page.evaluate("id => nodes.get(id).label", actor) == name

    assert outside == [] and errors == []


def test_viz_edge_tooltip(graph, offline_page, tmp_path):
    G, V = graph
    page, outside, errors = offline_page
    page.goto(write(V, tmp_path / "graph.html", G).as_uri())
    page.wait_for_function("window.kgReady === true", timeout=60_000)
    page.fill("#kg-search", "")
    # hover the middle of a straight-ish edge that carries evidence
    point = page.evaluate("""() => {
        const r = document.getElementById('mynetwork').getBoundingClientRect();
        const pairs = {};
        for (const e of edges.get()) { const k = [e.from, e.to].sort().join('|'); pairs[k] = (pairs[k] || 0) + 1; }
        // an edge alone between its two nodes, so the hovered edge is the one picked
        for (const e of edges.get({filter: e => e.rel !== 'partOf' && !e.smooth && pairs[[e.from, e.to].sort().join('|')] === 1})) {
            const p = network.getPositions([e.from, e.to]);
            const d = network.canvasToDOM({x: (p[e.from].x + p[e.to].x) / 2, y: (p[e.from].y + p[e.to].y) / 2});
            const x = d.x + r.left, y = d.y + r.top;
            if (x > r.left + 5 && x < r.right - 5 && y > r.top + 5 && y < r.bottom - 5
                && network.getEdgeAt({x: d.x, y: d.y}) === e.id && network.getNodeAt({x: d.x, y: d.y}) === undefined) {
                return {x: x, y: y, id: e.id};
            }
        }
        return null; }""")
    if point is None:
        pytest.skip("no edge free of overlaps to hover in this layout")
    page.mouse.move(point["x"] - 40, point["y"] - 40)
    page.mouse.move(point["x"], point["y"], steps=8)
    page.wait_for_function("document.getElementById('kg-tip').style.display === 'block'", timeout=5_000)
    tip = page.inner_text("#kg-tip")
    # the tooltip is an edge's own title (vis may pick a neighbouring edge under the cursor)
    titles = page.evaluate("() => edges.get().map(e => e.title.split('\\n')[0])")
    assert tip.split("\n")[0] in titles
    assert ARABIC.search(tip) and ".txt" in tip
    directions = page.evaluate("[...document.querySelectorAll('#kg-tip div')].map(d => getComputedStyle(d).direction)")
    assert "rtl" in directions and "ltr" in directions        # evidence right-to-left, the rest left-to-right
    shot = tmp_path / "viz-tooltip.png"
    page.screenshot(path=str(shot))
    keep_screenshot(shot)
    assert outside == [] and errors == []


def test_map_page_renders_offline(graph, offline_page, tmp_path):
    G, _ = graph
    page, outside, errors = offline_page
    html = write_map(G, tmp_path / "map.html")
    page.goto(html.as_uri())
    page.wait_for_function("window.kgMapReady === true", timeout=30_000)
    placed, _ = map_events(G)
    assert page.locator("circle.ev").count() == len(placed) > 0
    assert page.locator("path.gov").count() == 14
    box = page.locator("#map").bounding_box()
    assert box["width"] > 500 and box["height"] > 400
    first = page.locator("circle.ev").first
    first.click(force=True)
    detail = page.inner_text("#detail")
    assert "place:" in detail and ARABIC.search(detail)
    kind = (first.get_attribute("class") or "").split()[1].removeprefix("t-")
    page.uncheck(f'#legend input[value="{kind}"]')
    assert page.locator(f"circle.ev.t-{kind}").first.is_hidden()
    page.check(f'#legend input[value="{kind}"]')
    shot = tmp_path / "map.png"
    page.screenshot(path=str(shot))
    keep_screenshot(shot)
    assert outside == [] and errors == []
