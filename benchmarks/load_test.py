"""Load test of `kg serve`: throughput and tail latency with 1 and 16 concurrent clients.

    .venv/bin/python benchmarks/load_test.py --store DIR [--clients 1,16] [--duration 15] [--requests 3000]

Starts `kg serve` on a free loopback port against the store, picks parameter
values from the data (the most-controlled place, an actor with clashes, a
governorate, a day), binds every named query with them, and runs two mixes:
"point" (single place / actor queries) and "all" (every named query, the
aggregates included). Each run is bounded by a request count and a time. The
clients are Python threads on the same machine (2 cores here), so they compete
with the server for CPU. Prints figures; asserts nothing.
"""
from __future__ import annotations

import argparse
import http.client
import itertools
import re
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg import query as kq  # noqa: E402

CK = "https://w3id.org/conflict-kg/ontology#"
PRE = f"PREFIX ck: <{CK}> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
POINT = ("who-controls", "control-over-time", "clashes-with", "evidence", "places-in")


def start_server(store: str, max_results: int, timeout: float) -> tuple[subprocess.Popen, str]:
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--store", store, "--port", "0",
                             "--max-results", str(max_results), "--timeout", str(timeout)],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    m = re.search(r"(http://\S+/query)", proc.stdout.readline())
    if not m:
        proc.kill()
        sys.exit("kg serve did not start")
    return proc, m.group(1)


def first(backend: kq.RemoteBackend, sparql: str) -> str:
    rows = backend.run(PRE + sparql).rows
    if not rows:
        sys.exit(f"no value in the store for: {sparql}")
    return str(rows[0][0])


def prepare(url: str) -> dict[str, str]:
    """Every named query bound with values found in the store, as SPARQL text."""
    b = kq.RemoteBackend(url)
    place = first(b, "SELECT ?l WHERE { ?a ck:controls ?p . ?p rdfs:label ?l FILTER(lang(?l) = 'ar') } "
                     "GROUP BY ?l ORDER BY DESC(COUNT(*)) LIMIT 1")
    actor = first(b, "SELECT ?l WHERE { { SELECT ?a (COUNT(*) AS ?n) WHERE { ?a ck:clashesWith ?o } GROUP BY ?a "
                     "ORDER BY DESC(?n) LIMIT 20 } ?a rdfs:label ?l FILTER(lang(?l) = 'ar') } ORDER BY ?n LIMIT 1")
    gov = first(b, "SELECT ?l WHERE { ?g a ck:Governorate ; rdfs:label ?l FILTER(lang(?l) = 'ar') } ORDER BY ?l LIMIT 1")
    day = first(b, "SELECT ?d WHERE { ?e ck:date ?d FILTER(datatype(?d) = <http://www.w3.org/2001/XMLSchema#date>) } LIMIT 1")
    values = {"place": place, "governorate": gov, "actor": actor, "subject": actor, "predicate": "controls",
              "from": day[:8] + "01", "to": day[:8] + "28"}
    resolver = kq.Resolver(b)
    out = {}
    for q in kq.named_queries().values():
        given = {p.name: values[p.name] for p in q.params if p.required or p.name in ("subject", "predicate")}
        out[q.name] = kq.prepare(q, given, resolver)
    return out


def run(url: str, queries: list[str], clients: int, max_requests: int, duration: float) -> dict:
    u = urllib.parse.urlsplit(url)
    lock = threading.Lock()
    latencies: list[float] = []
    errors = [0]
    counter = itertools.count()
    stop_at = time.monotonic() + duration

    def client() -> None:
        conn = http.client.HTTPConnection(u.hostname, u.port, timeout=120)
        while time.monotonic() < stop_at:
            i = next(counter)
            if i >= max_requests:
                break
            body = queries[i % len(queries)].encode()
            t = time.perf_counter()
            try:
                conn.request("POST", u.path, body=body, headers={
                    "Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"})
                resp = conn.getresponse()
                resp.read()
                ok = resp.status == 200
            except (OSError, http.client.HTTPException):
                conn.close()
                conn = http.client.HTTPConnection(u.hostname, u.port, timeout=120)
                ok = False
            dt = time.perf_counter() - t
            with lock:
                if ok:
                    latencies.append(dt)
                else:
                    errors[0] += 1
        conn.close()

    t0 = time.monotonic()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    elapsed = time.monotonic() - t0
    lat = sorted(latencies)
    p99 = lat[min(len(lat) - 1, int(0.99 * len(lat)))] if lat else float("nan")
    return {"requests": len(lat), "errors": errors[0], "qps": len(lat) / elapsed,
            "p50": statistics.median(lat) * 1000 if lat else float("nan"), "p99": p99 * 1000, "seconds": elapsed}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", required=True, help="store folder (e.g. built by bench_store.py --keep DIR)")
    ap.add_argument("--clients", default="1,16", help="concurrency levels (default 1,16)")
    ap.add_argument("--duration", type=float, default=15.0, help="seconds per run at most (default 15)")
    ap.add_argument("--requests", type=int, default=3000, help="requests per run at most (default 3000)")
    ap.add_argument("--max-results", type=int, default=10000, help="kg serve --max-results")
    args = ap.parse_args()

    proc, url = start_server(args.store, args.max_results, 30)
    try:
        queries = prepare(url)
        mixes = {"point": [queries[n] for n in POINT], "all": list(queries.values())}
        print(f"kg serve at {url}; {len(queries)} named queries bound; runs bounded by "
              f"{args.requests} requests or {args.duration:g} s")
        print(f"{'mix':6} {'clients':>7} {'requests':>8} {'errors':>6} {'QPS':>8} {'p50 ms':>8} {'p99 ms':>8}")
        for mix, qs in mixes.items():
            run(url, qs, 1, len(qs), 60)  # warm-up: every query once
            for c in (int(x) for x in args.clients.split(",")):
                r = run(url, qs, c, args.requests, args.duration)
                print(f"{mix:6} {c:>7} {r['requests']:>8} {r['errors']:>6} {r['qps']:>8.1f} {r['p50']:>8.1f} {r['p99']:>8.1f}",
                      flush=True)
    finally:
        proc.terminate()
        proc.wait(10)


if __name__ == "__main__":
    main()
