"""How `kg viz` copes with a large graph: a synthetic graph of ~5,000 actors and places.

Measures: projecting the RDF graph to networkx, building the view, generating the
page, its size, and the time headless Chromium takes to draw it (until the page's
``window.kgReady``: first frame drawn after layout). Run from the repo root:

    .venv/bin/python benchmarks/bench_viz.py                 # 5,000 nodes, physics auto (off)
    .venv/bin/python benchmarks/bench_viz.py --physics on    # bounded stabilization, then off
    .venv/bin/python benchmarks/bench_viz.py --nodes 1000 --no-browser

The synthetic graph has the shape of ours: a partOf hierarchy (governorates →
districts → villages/neighbourhoods), actors, events of every class with Arabic
evidence sentences, and direct triples with ck:Assertion provenance.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

from rdflib import RDF, RDFS, XSD, Graph, Literal
from rdflib.namespace import PROV

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.graph.vocab import CK, CKR  # noqa: E402
from kg.network import project, view  # noqa: E402
from kg.viz import render  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
EVENTS = [("TerritorialControl", "controls"), ("AirStrike", "attacks"), ("Shelling", "attacks"),
          ("ArmedClash", "clashesWith"), ("Siege", "besieges"), ("Advance", "advancesOn")]
SENTENCE = "سيطرت قوات {a} على قرية {p} بعد اشتباكات عنيفة مع تنظيم {b}، وفق ما أفاد المرصد السوري لحقوق الإنسان."
WORDS = ["الحمدان", "الشيخ", "تل", "عين", "كفر", "دير", "الجديدة", "الكبير", "الشرقية", "الغربية", "النهر", "الجبل"]


def synthetic_graph(n_nodes: int = 5000, seed: int = 1) -> Graph:
    """An RDF graph with ~n_nodes actors and places, all linked (every place is partOf something)."""
    rnd = random.Random(seed)
    g = Graph()
    n_actors = max(10, n_nodes // 25)
    n_places = n_nodes - n_actors
    actors = [CKR[f"actor/a{i}"] for i in range(n_actors)]
    for i, a in enumerate(actors):
        g.add((a, RDF.type, CK.Actor))
        g.add((a, RDFS.label, Literal(f"فصيل {rnd.choice(WORDS)} {i}", lang="ar")))
        g.add((a, RDFS.label, Literal(f"Faction {i}", lang="en")))
    govs = [CKR[f"place/g{i}"] for i in range(14)]
    dists = [CKR[f"place/d{i}"] for i in range(60)]
    places = govs + dists + [CKR[f"place/v{i}"] for i in range(max(0, n_places - 74))]
    for i, p in enumerate(places):
        cls = CK.Governorate if p in govs else CK.District if i < 74 else rnd.choice([CK.Village, CK.Town, CK.Neighbourhood])
        g.add((p, RDF.type, CK.Place))
        g.add((p, RDF.type, cls))
        g.add((p, RDFS.label, Literal(f"{rnd.choice(WORDS)} {rnd.choice(WORDS)} {i}", lang="ar")))
        parent = None if p in govs else rnd.choice(govs) if i < 74 else rnd.choice(dists)
        if parent is not None:
            g.add((p, CK.partOf, parent))
    art = CKR["article/synthetic"]
    g.add((art, RDF.type, CK.Article))
    g.add((art, CK.fileName, Literal("synthetic.txt")))
    for i in range(int(n_nodes * 1.2)):
        cls, rel = rnd.choice(EVENTS)
        a, b = rnd.sample(actors, 2)
        p = rnd.choice(places[14:])
        o = b if rel == "clashesWith" else p
        ev = CKR[f"event/synthetic/{i}-{cls.lower()}"]
        text = SENTENCE.format(a=a.rsplit("/", 1)[-1], p=i, b=b.rsplit("/", 1)[-1])
        g.add((ev, RDF.type, CK[cls]))
        g.add((ev, CK.actor, a))
        g.add((ev, CK.target, o))
        g.add((ev, CK.place, p))
        g.add((ev, CK.date, Literal(f"2017-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}", datatype=XSD.date)))
        if rnd.random() < 0.3:
            g.add((ev, CK.fatalities, Literal(rnd.randint(1, 40), datatype=XSD.nonNegativeInteger)))
        for node in (ev,):
            g.add((node, CK.evidence, Literal(text, lang="ar")))
            g.add((node, CK.article, art))
            g.add((node, CK.charStart, Literal(i * 200, datatype=XSD.nonNegativeInteger)))
        g.add((a, CK[rel], o))
        asr = CKR[f"assertion/synthetic/{i}"]
        g.add((asr, RDF.type, CK.Assertion))
        g.add((asr, RDF.subject, a))
        g.add((asr, RDF.predicate, CK[rel]))
        g.add((asr, RDF.object, o))
        g.add((asr, CK.evidence, Literal(text, lang="ar")))
        g.add((asr, CK.article, art))
        g.add((asr, PROV.wasDerivedFrom, art))
        g.add((asr, CK.charStart, Literal(i * 200, datatype=XSD.nonNegativeInteger)))
    return g


def browser_render(page: Path, timeout_s: float = 300) -> dict:
    """Seconds until the page says it is drawn (window.kgReady), in headless Chromium, offline."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        ctx = browser.new_context(viewport={"width": 1400, "height": 900})
        ctx.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
        pg = ctx.new_page()
        t0 = time.perf_counter()
        pg.goto(page.as_uri())
        t_load = time.perf_counter() - t0
        pg.wait_for_function("window.kgReady === true", timeout=timeout_s * 1000, polling=50)
        t_ready = time.perf_counter() - t0
        # responsiveness after the first draw: a redraw, and a search
        t1 = time.perf_counter()
        pg.evaluate("() => { network.redraw(); }")
        pg.evaluate("() => new Promise(r => requestAnimationFrame(() => r()))")
        t_redraw = time.perf_counter() - t1
        t2 = time.perf_counter()
        found = pg.evaluate("() => kgSearch(nodes.get()[42].label_ar).length")
        t_search = time.perf_counter() - t2
        counts = pg.evaluate("() => [nodes.length, edges.length]")
        browser.close()
    return {"load_s": round(t_load, 2), "ready_s": round(t_ready, 2), "redraw_s": round(t_redraw, 3),
            "search_s": round(t_search, 3), "search_hits": found, "page_nodes": counts[0], "page_edges": counts[1]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--nodes", type=int, default=5000)
    ap.add_argument("--physics", choices=("auto", "on", "off"), default="auto")
    ap.add_argument("--no-browser", action="store_true")
    ap.add_argument("--keep", metavar="OUT.html", help="keep the generated page here")
    args = ap.parse_args(argv)

    fig: dict = {"nodes_requested": args.nodes, "physics": args.physics}
    t = time.perf_counter()
    g = synthetic_graph(args.nodes)
    fig["triples"] = len(g)
    fig["synthesize_s"] = round(time.perf_counter() - t, 2)
    t = time.perf_counter()
    G = project(g)
    fig["project_s"] = round(time.perf_counter() - t, 2)
    t = time.perf_counter()
    V = view(G)
    fig["view_s"] = round(time.perf_counter() - t, 2)
    fig["view_nodes"], fig["view_edges"] = V.number_of_nodes(), V.number_of_edges()
    t = time.perf_counter()
    page = render(V, G, physics={"auto": None, "on": True, "off": False}[args.physics])
    fig["render_html_s"] = round(time.perf_counter() - t, 2)
    data = page.encode("utf-8")
    fig["html_mb"] = round(len(data) / 1e6, 2)
    out = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="kg-bench-")) / "graph.html"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)
    if not args.no_browser:
        if Path(CHROMIUM).exists():
            fig.update(browser_render(out))
        else:
            fig["browser"] = f"skipped: {CHROMIUM} not found"
    print(json.dumps(fig, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
