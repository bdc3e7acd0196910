"""Store benchmark: ingest rate, size on disk, and named-query latency at ~1M triples.

    .venv/bin/python benchmarks/bench_store.py [--triples 1000000] [--keep DIR] [--no-rdflib]

Generates a synthetic graph shaped like ours (articles as named graphs; events
with ck:actor/target/place/date/fatalities and an @ar evidence sentence;
assertions; actors and places with @ar/@en labels and altLabels; a
country → governorate → district → subdistrict → village/neighbourhood
ck:partOf hierarchy), writes it through the same path as `kg build` for new
articles (kg.store.BatchWriter: atomic bulk batches of N-Quads text on a writer
thread, named graphs plus the merged default graph) and, for comparison, through
the previous path and Oxigraph's own file loader, then times every named query
(warm, median of N) on the on-disk store and on rdflib's in-memory Graph.
Prints figures; asserts nothing.
"""
from __future__ import annotations

import argparse
import gc
import hashlib
import random
import shutil
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg import query as kq  # noqa: E402
from kg.graph.build import ontology_graph  # noqa: E402
from kg.graph.vocab import ONTOLOGY_IRI  # noqa: E402
from kg.store import BATCH_QUADS, BatchWriter, GraphStore, from_ox, open_store, ox_triples  # noqa: E402

CK = "https://w3id.org/conflict-kg/ontology#"
CKR = "https://w3id.org/conflict-kg/resource/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
XSD = "http://www.w3.org/2001/XMLSchema#"
PROV = "http://www.w3.org/ns/prov#"
DCT = "http://purl.org/dc/terms/"
LETTERS = "ابتثجحخدرزسشصطعغفقكلمنهوي"
EVENTS = [("TerritorialControl", "controls"), ("AirStrike", "attacks"), ("Shelling", "attacks"),
          ("MissileStrike", "attacks"), ("ArmedClash", "clashesWith"), ("Siege", "besieges"),
          ("Advance", "advancesOn"), ("Killing", None)]
TARGETS = {"single place": 10, "single actor": 10, "aggregate": 300, "partOf+": 300, "date range": 300}
CATEGORY = {
    "who-controls": "single place", "control-over-time": "partOf+", "clashes-with": "single actor",
    "evidence": "single actor", "attacks-in-governorate": "partOf+", "places-in": "partOf+",
    "casualties-by-actor": "aggregate", "casualties-by-place": "aggregate",
    "casualties-by-governorate": "aggregate", "events-between": "date range",
}


def N(x: str) -> ox.NamedNode:
    return ox.NamedNode(x)


def L(v, lang=None, dt=None) -> ox.Literal:
    if lang:
        return ox.Literal(v, language=lang)
    return ox.Literal(str(v), datatype=N(XSD + dt)) if dt else ox.Literal(str(v))


TYPE, LABEL, ALT, PART = N(RDF + "type"), N(RDFS + "label"), N(SKOS + "altLabel"), N(CK + "partOf")


class Synth:
    """A reproducible synthetic corpus, article by article."""

    def __init__(self, seed: int = 42):
        self.rng = random.Random(seed)
        self.places: dict[str, dict] = {}
        self.actors: list[dict] = []
        self._hierarchy()
        for i in range(400):
            name = self.word(2)
            self.actors.append({"iri": N(f"{CKR}actor/a{i}"), "ar": f"قوات {name}", "en": f"Force {i}",
                                "alt": [f"ميليشيا {name}", f"كتائب {name}"]})
        self.leaves = [p for p in self.places.values() if p["kind"] in ("Village", "Neighbourhood")]

    def word(self, n: int = 1) -> str:
        return " ".join("".join(self.rng.choice(LETTERS) for _ in range(self.rng.randint(3, 6))) for _ in range(n))

    def _place(self, pid: str, kind: str, ar: str, en: str, parent: str | None) -> None:
        self.places[pid] = {"iri": N(f"{CKR}place/{pid}"), "kind": kind, "ar": ar, "en": en, "parent": parent,
                            "alt": [ar.replace("ة", "ه")] if "ة" in ar else [ar.split(" ", 1)[-1]]}

    def _hierarchy(self) -> None:
        self._place("syria", "Country", "سوريا", "Syria", None)
        for g in range(14):
            gid = f"gov{g}"
            self._place(gid, "Governorate", f"محافظة {self.word()}", f"Governorate {g}", "syria")
            for d in range(5):
                did = f"{gid}-d{d}"
                self._place(did, "District", f"منطقة {self.word()}", f"District {g}.{d}", gid)
                for s in range(4):
                    sid = f"{did}-s{s}"
                    self._place(sid, "Subdistrict", f"ناحية {self.word()}", f"Subdistrict {g}.{d}.{s}", did)
                    for v in range(18):
                        self._place(f"{sid}-v{v}", "Village", f"قرية {self.word()}", "", sid)
                    self._place(f"{sid}-c", "City", f"مدينة {self.word()}", f"Town {g}.{d}.{s}", sid)
                    for n in range(6):
                        self._place(f"{sid}-c-n{n}", "Neighbourhood", f"حي {self.word()}", "", f"{sid}-c")

    def describe_place(self, p: dict) -> list[ox.Triple]:
        t = [ox.Triple(p["iri"], TYPE, N(CK + "Place")), ox.Triple(p["iri"], TYPE, N(CK + p["kind"])),
             ox.Triple(p["iri"], LABEL, L(p["ar"], "ar"))]
        if p["en"]:
            t.append(ox.Triple(p["iri"], LABEL, L(p["en"], "en")))
        t += [ox.Triple(p["iri"], ALT, L(a, "ar")) for a in p["alt"]]
        t.append(ox.Triple(p["iri"], N(CK + "source"), L("ocha-cod")))
        if p["parent"]:
            t.append(ox.Triple(p["iri"], PART, self.places[p["parent"]]["iri"]))
        return t

    def describe_actor(self, a: dict) -> list[ox.Triple]:
        return [ox.Triple(a["iri"], TYPE, N(CK + "Actor")), ox.Triple(a["iri"], LABEL, L(a["ar"], "ar")),
                ox.Triple(a["iri"], LABEL, L(a["en"], "en")), ox.Triple(a["iri"], N(CK + "actorType"), L("Rebel Groups"))
                ] + [ox.Triple(a["iri"], ALT, L(x, "ar")) for x in a["alt"]]

    def article(self, i: int, events: int = 20) -> tuple[ox.NamedNode, list[ox.Triple]]:
        rng = self.rng
        art = N(f"{CKR}article/syn-{i:06d}")
        day = 1 + i % 1800  # articles spread over five years
        year, doy = 2015 + day // 365, day % 365
        month, dom = 1 + doy // 31 % 12, 1 + doy % 28
        issued = f"{year}-{month:02d}-{dom:02d}"
        text_sha = hashlib.sha256(str(i).encode()).hexdigest()
        out = [ox.Triple(art, TYPE, N(CK + "Article")), ox.Triple(art, N(CK + "fileName"), L(f"syn-{i}.txt")),
               ox.Triple(art, N(DCT + "identifier"), L(f"syn-{i}")), ox.Triple(art, N(CK + "textSha256"), L(text_sha)),
               ox.Triple(art, N(DCT + "issued"), L(issued, dt="date"))]
        used_actors, used_places = set(), set()
        pos = 0
        for e in range(events):
            cls, rel = rng.choice(EVENTS)
            actor = self.actors[min(int(rng.paretovariate(1.2)) - 1, len(self.actors) - 1)]
            place = self.leaves[min(int(rng.paretovariate(0.6)) - 1, len(self.leaves) - 1)] if rng.random() < .3 \
                else rng.choice(self.leaves)
            sentence = " ".join(self.word() for _ in range(rng.randint(12, 25)))
            start, end = pos, pos + len(sentence)
            pos = end + 1
            ev = N(f"{CKR}event/syn-{i:06d}/{start}-{cls.lower()}")
            out += [ox.Triple(ev, TYPE, N(CK + cls)), ox.Triple(ev, N(CK + "actor"), actor["iri"]),
                    ox.Triple(ev, N(CK + "place"), place["iri"]),
                    ox.Triple(ev, N(CK + "evidence"), L(sentence, "ar")),
                    ox.Triple(ev, N(CK + "charStart"), L(start, dt="nonNegativeInteger")),
                    ox.Triple(ev, N(CK + "charEnd"), L(end, dt="nonNegativeInteger")),
                    ox.Triple(ev, N(PROV + "wasDerivedFrom"), art), ox.Triple(ev, N(CK + "article"), art),
                    ox.Triple(ev, N(CK + "trigger"), L(self.word(), "ar")),
                    ox.Triple(ev, N(CK + "confidence"), L("0.9", dt="decimal"))]
            if rng.random() < .8:
                out += [ox.Triple(ev, N(CK + "date"), L(f"{year}-{month:02d}-{max(1, dom - rng.randint(0, 1)):02d}", dt="date")),
                        ox.Triple(ev, N(CK + "datePrecision"), N(CK + "Day"))]
            else:
                out += [ox.Triple(ev, N(CK + "date"), L(f"{year}-{month:02d}", dt="gYearMonth")),
                        ox.Triple(ev, N(CK + "datePrecision"), N(CK + "Month"))]
            if cls != "TerritorialControl" and rng.random() < .5:
                out += [ox.Triple(ev, N(CK + "fatalities"), L(rng.randint(1, 60), dt="nonNegativeInteger")),
                        ox.Triple(ev, N(CK + "victims"), L("civilians", "en")),
                        ox.Triple(ev, N(CK + "victims"), L("مدنيين", "ar"))]
            used_actors.add(actor["iri"].value)
            used_places.add(place["iri"].value)
            obj = place["iri"]
            if rel == "clashesWith":
                other = rng.choice(self.actors)
                out.append(ox.Triple(ev, N(CK + "target"), other["iri"]))
                used_actors.add(other["iri"].value)
                obj = other["iri"]
            if rel:
                out.append(ox.Triple(actor["iri"], N(CK + rel), obj))
                asr = N(f"{CKR}assertion/syn-{i:06d}/{e}")
                out += [ox.Triple(asr, TYPE, N(CK + "Assertion")), ox.Triple(asr, N(RDF + "subject"), actor["iri"]),
                        ox.Triple(asr, N(RDF + "predicate"), N(CK + rel)), ox.Triple(asr, N(RDF + "object"), obj),
                        ox.Triple(asr, N(CK + "evidence"), L(sentence, "ar")),
                        ox.Triple(asr, N(CK + "charStart"), L(start, dt="nonNegativeInteger")),
                        ox.Triple(asr, N(CK + "charEnd"), L(end, dt="nonNegativeInteger")),
                        ox.Triple(asr, N(PROV + "wasDerivedFrom"), art), ox.Triple(asr, N(CK + "article"), art)]
        by_iri = {p["iri"].value: p for p in self.leaves}
        chain = set()
        for iri in used_places:
            p = by_iri[iri]
            while p is not None:
                chain.add(p["iri"].value)
                p = self.places.get(p["parent"]) if p["parent"] else None
        all_places = {p["iri"].value: p for p in self.places.values()}
        for iri in sorted(chain):
            out += self.describe_place(all_places[iri])
        for a in self.actors:
            if a["iri"].value in used_actors:
                out += self.describe_actor(a)
        return art, out


def du(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def timed(fn, runs: int, budget: float = 60.0) -> float:
    """Median wall time of ``fn`` in ms after one warm-up run; a run over 5 s is itself the figure."""
    t = time.perf_counter()
    fn()
    first = time.perf_counter() - t
    if first > 5:
        return first * 1000
    runs = max(1, min(runs, int(budget / max(first, 1e-6))))
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def legacy_ingest(path: Path, corpus: list[tuple[ox.NamedNode, list[ox.Triple]]]) -> float:
    """The write path before N-Quads batches (for comparison): a Python Quad per quad, bulk_extend, no overlap."""
    st = ox.Store(str(path))
    t = time.perf_counter()
    pending, n = [], 0
    for i, (g, triples) in enumerate(corpus):
        pending.append((g, triples))
        n += 2 * len(triples)
        if n >= BATCH_QUADS or i == len(corpus) - 1:
            quads = [ox.Quad(t.subject, t.predicate, t.object, g) for g, triples in pending for t in triples]
            merged = {t for _, triples in pending for t in triples}
            quads += [ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in merged]
            st.bulk_extend(quads)
            pending, n = [], 0
    st.flush()
    elapsed = time.perf_counter() - t
    del st
    shutil.rmtree(path, ignore_errors=True)
    return elapsed


def pick_params(st: GraphStore, synth: Synth) -> dict[str, dict[str, str]]:
    """Parameters: places and actors at the 95th percentile of activity (busy, not the busiest), a governorate, a month.

    The "@busiest" variants ask about the place the most ck:controls facts point
    at and about the actor of the most events (a0, in over half of all events).
    """
    by_place = [r["p"] for r in st.query(
        f"SELECT ?p (COUNT(*) AS ?n) WHERE {{ ?a <{CK}controls> ?p }} GROUP BY ?p ORDER BY DESC(?n) ?p")]
    places = {p["iri"]: p for p in synth.places.values()}
    busy, busiest = places[by_place[len(by_place) // 20]], places[by_place[0]]
    counts = {r["a"].value: int(r["n"].value) for r in st.query(
        f"SELECT ?a (COUNT(*) AS ?n) WHERE {{ ?e <{CK}actor> ?a }} GROUP BY ?a")}
    ranked = sorted(synth.actors, key=lambda a: -counts.get(a["iri"].value, 0))
    actor, top_actor = ranked[len(ranked) // 20], ranked[0]
    day = next(iter(st.query(f"SELECT ?d WHERE {{ ?e <{CK}date> ?d FILTER(datatype(?d) = <{XSD}date>) }} LIMIT 1")))["d"].value
    return {
        "who-controls": {"place": busy["ar"]},
        "who-controls@busiest": {"place": busiest["ar"]},
        "control-over-time": {"place": busy["ar"]},
        "control-over-time@busiest": {"place": busiest["ar"]},
        "clashes-with": {"actor": actor["ar"]},
        "clashes-with@busiest": {"actor": top_actor["ar"]},
        "evidence": {"subject": actor["ar"], "predicate": "controls"},
        "evidence@busiest": {"subject": top_actor["ar"], "predicate": "controls"},
        "attacks-in-governorate": {"governorate": synth.places["gov3"]["ar"]},
        "places-in": {"place": synth.places[busy["parent"]]["ar"]},
        "casualties-by-actor": {},
        "casualties-by-place": {},
        "casualties-by-governorate": {},
        "events-between": {"from": day[:8] + "01", "to": day[:8] + "28"},
    }


class Timeout(Exception):
    pass


def capped(fn, seconds: int):
    """Run ``fn`` (pure Python, e.g. rdflib) for at most ``seconds``; None when it ran out of time."""
    def alarm(signum, frame):
        raise Timeout

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(seconds)
    try:
        return fn()
    except Timeout:
        return None
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--triples", type=int, default=1_000_000, help="distinct triples to generate (default 1M)")
    ap.add_argument("--runs", type=int, default=20, help="timed runs per query on Oxigraph (median)")
    ap.add_argument("--rdflib-runs", type=int, default=3, help="timed runs per query on rdflib (median)")
    ap.add_argument("--rdflib-cap", type=int, default=60, help="seconds after which an rdflib run is stopped")
    ap.add_argument("--no-rdflib", action="store_true", help="skip the rdflib comparison")
    ap.add_argument("--no-legacy", action="store_true", help="skip the previous ingest path (for comparison)")
    ap.add_argument("--keep", metavar="DIR", help="build the store here and keep it (for benchmarks/load_test.py)")
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    try:
        run(args, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def run(args: argparse.Namespace, tmp: Path) -> None:
    path = Path(args.keep) if args.keep else tmp / "store"
    if path.exists():
        shutil.rmtree(path)
    synth = Synth()

    print(f"generating ~{args.triples:,} distinct triples …", flush=True)
    corpus: list[tuple[ox.NamedNode, list[ox.Triple]]] = []
    seen_entities: set[ox.Triple] = set()
    distinct = quads = 0
    t = time.perf_counter()
    while distinct < args.triples:
        g, triples = synth.article(len(corpus))
        for tr in triples:  # entity descriptions repeat across articles; everything else is new
            if tr.subject.value.startswith((CKR + "place/", CKR + "actor/")):
                if tr not in seen_entities:
                    seen_entities.add(tr)
                    distinct += 1
            else:
                distinct += 1
        quads += len(triples)
        corpus.append((g, triples))
    gen_s = time.perf_counter() - t
    articles = len(corpus)

    # the kg build path for new articles: N-Quads text, bulk_load on a writer thread, atomic batches
    with open_store(path, write=True, purpose="bench") as st:
        st.write_graph(ONTOLOGY_IRI, ox_triples(ontology_graph()))
        t = time.perf_counter()
        writer = BatchWriter(st)
        for g, triples in corpus:
            writer.add(g, triples)
        writer.close()
        st.ox.flush()
        write_s = time.perf_counter() - t
        merged = sum(1 for _ in st.ox.quads_for_pattern(None, None, None, ox.DefaultGraph()))
        size_before = du(path)
        t = time.perf_counter()
        st.ox.optimize()
        optimize_s = time.perf_counter() - t
        size_after = du(path)
    print(f"  {articles:,} articles, {quads:,} triples in named graphs, {merged:,} distinct triples in the merged default graph")
    print(f"  generation {gen_s:.1f} s (not counted; all articles are in memory before the clock starts)")
    print(f"  ingest, kg build path for new articles (N-Quads text bulk-loaded on writer threads, atomic batches of "
          f"{BATCH_QUADS:,} quads, named + merge): {write_s:.1f} s = {quads / write_s:,.0f} named-graph triples/s, "
          f"{merged / write_s:,.0f} distinct triples/s")
    if not args.no_legacy:
        legacy_s = legacy_ingest(tmp / "legacy", corpus)
        print(f"  ingest, previous path (Python Quad objects, bulk_extend holding the GIL, same batches): {legacy_s:.1f} s = "
              f"{quads / legacy_s:,.0f} named-graph triples/s, {merged / legacy_s:,.0f} distinct triples/s")
    sample = corpus[:100]
    with open_store(tmp / "tx", write=True, purpose="bench") as tx:  # the per-article transaction, for comparison
        n = sum(len(t) for _, t in sample)
        t = time.perf_counter()
        for g, triples in sample:
            tx.write_graph(g, triples)
        tx_s = time.perf_counter() - t
    print(f"  ingest, one transaction per article (Store.extend, {len(sample)} articles, the path of a changed article): "
          f"{n / tx_s:,.0f} named-graph triples/s")
    nq = tmp / "all.nq"
    with open_store(path, purpose="bench") as st:
        st.ox.dump(str(nq), format=ox.RdfFormat.N_QUADS)
    raw = ox.Store(str(tmp / "raw"))
    t = time.perf_counter()
    raw.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
    raw.flush()
    raw_s = time.perf_counter() - t
    del raw
    nq.unlink()
    shutil.rmtree(tmp / "raw", ignore_errors=True)
    print(f"  ingest, Store.bulk_load of the finished store's {quads + merged:,} quads from one N-Quads file (Oxigraph's "
          f"loader alone, no Python; not atomic): {raw_s:.1f} s = {(quads + merged) / raw_s:,.0f} quads/s = "
          f"{quads / raw_s:,.0f} named-graph triples/s, {merged / raw_s:,.0f} distinct triples/s")
    print(f"  size on disk: {size_before / 2**20:,.0f} MiB; after optimize ({optimize_s:.1f} s): {size_after / 2**20:,.0f} MiB "
          f"({size_after / merged:,.0f} bytes per distinct triple, named graphs and merge included)")

    del corpus, seen_entities, sample  # fewer live objects: Python's GC then costs less while timing
    gc.collect()
    gc.freeze()
    with open_store(path, purpose="bench") as st:
        backend = kq.LocalBackend(st)
        params = pick_params(st, synth)
        resolver = kq.Resolver(backend)
        t = time.perf_counter()
        resolver.index("place"), resolver.index("actor"), resolver.index("entity")
        resolve_s = time.perf_counter() - t
        print(f"\nname resolution: label index of places and actors built once per process in {resolve_s * 1000:,.0f} ms "
              f"({sum(len(v) for v in resolver._index.values()):,} keys)")
        prepared = {name: kq.prepare(kq.named_queries()[name.split("@")[0]], values, resolver)
                    for name, values in params.items()}
        ox_ms, rows = {}, {}
        print(f"\nwarm latency on the on-disk store, median of {args.runs} runs")
        for name, sparql in prepared.items():
            ox_ms[name] = timed(lambda s=sparql: backend.run(s), args.runs)
            rows[name] = len(backend.run(sparql).rows)
            kind = CATEGORY[name.split("@")[0]]
            ok = "ok" if ox_ms[name] < TARGETS[kind] else "MISSED"
            print(f"  {name:27} {kind:13} {rows[name]:>6} rows {ox_ms[name]:>9.1f} ms   target < {TARGETS[kind]} ms {ok}",
                  flush=True)
        triples = None
        if not args.no_rdflib:
            from rdflib import Dataset

            # the same dataset: the merged default graph plus the named graphs (who-controls reads GRAPH ?article)
            print("loading the store into rdflib's in-memory Dataset (merged default graph and named graphs) …", flush=True)
            t = time.perf_counter()
            rg = Dataset()
            contexts = {}

            def context(g):
                if isinstance(g, ox.DefaultGraph):
                    return rg.default_graph
                if g.value not in contexts:
                    contexts[g.value] = rg.graph(from_ox(g))
                return contexts[g.value]

            rg.addN((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object), context(q.graph_name)) for q in st.ox)
            triples = len(rg.default_graph)
            print(f"  {triples:,} triples in the default graph, {len(contexts):,} named graphs, "
                  f"in {time.perf_counter() - t:.1f} s", flush=True)

    rd_ms: dict[str, float | None] = {}
    if triples:
        print(f"rdflib's SPARQL engine on the in-memory Dataset (a run is stopped after {args.rdflib_cap} s)")
        for name, sparql in prepared.items():
            t = time.perf_counter()
            got = capped(lambda s=sparql: list(rg.query(s)), args.rdflib_cap)
            first_s = time.perf_counter() - t
            if got is None:
                rd_ms[name] = None
            elif first_s > 5:
                rd_ms[name] = first_s * 1000
            else:
                rd_ms[name] = timed(lambda s=sparql: list(rg.query(s)), args.rdflib_runs, budget=60)
            shown = f"{rd_ms[name]:,.0f} ms" if rd_ms[name] else f"> {args.rdflib_cap} s"
            print(f"  {name}: {shown}", flush=True)
            if got is not None and len(got) != rows[name]:
                print(f"  note: {name}: rdflib {len(got)} rows, Oxigraph {rows[name]}")

    print(f"\nwarm latency, median (Oxigraph on disk: {args.runs} runs; rdflib in memory: up to {args.rdflib_runs}, "
          f"one when a run takes over 5 s)")
    print(f"{'query':27} {'kind':13} {'rows':>6} {'oxigraph ms':>12} {'rdflib ms':>11} {'ratio':>7}  target")
    for name in prepared:
        kind = CATEGORY[name.split("@")[0]]
        ok = "ok" if ox_ms[name] < TARGETS[kind] else "MISSED"
        if name in rd_ms:
            r = rd_ms[name]
            shown, ratio = (f"{r:,.0f}", f"{r / ox_ms[name]:,.0f}x") if r else (f"> {args.rdflib_cap * 1000:,}", "-")
        else:
            shown, ratio = "-", "-"
        print(f"{name:27} {kind:13} {rows[name]:>6} {ox_ms[name]:>12.1f} {shown:>11} {ratio:>7}"
              f"  < {TARGETS[kind]} ms {ok}")
    if args.keep:
        print(f"\nstore kept at {path}")


if __name__ == "__main__":
    main()
