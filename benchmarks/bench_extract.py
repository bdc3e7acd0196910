"""Articles per second and peak memory of `kg extract` over many articles.

    python benchmarks/bench_extract.py [CORPUS.jsonl] [--limit N]

Default corpus: ../shared/data/corpus/saudinewsnet-syria.jsonl (developer machines);
falls back to the dev-set and seed articles inside the repo.
"""
from __future__ import annotations

import argparse
import resource
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def articles(corpus: Path | None, limit: int):
    from kg.api import read_article
    from kg.io import read_jsonl

    n = 0
    if corpus and corpus.exists():
        for a in read_jsonl(corpus):
            if isinstance(a, Exception):
                continue
            yield a
            n += 1
            if n >= limit:
                return
    else:
        for p in sorted(ROOT.glob("tests/data/dev/*/articles/*.txt")) + sorted(ROOT.glob("seeds/*.txt")):
            yield read_article(p)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared/data/corpus/saudinewsnet-syria.jsonl"))
    ap.add_argument("--limit", type=int, default=10**9)
    args = ap.parse_args()
    from kg.api import extract
    from kg.graph.build import doc_graph
    from kg.lexicon.lexicon import load_lexicon

    t0 = time.perf_counter()
    load_lexicon()
    t_lex = time.perf_counter() - t0
    events, actors, places, chars, triples, n = Counter(), Counter(), Counter(), 0, 0, 0
    t0 = time.perf_counter()
    for a in articles(Path(args.corpus), args.limit):
        doc = extract(a)
        triples += len(doc_graph(doc))
        n += 1
        chars += len(a.text)
        events.update(e.type for e in doc.events)
        for e in doc.events:
            actors.update(e.actors)
            places.update(e.places)
    dt = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"lexicon load: {t_lex:.2f} s")
    print(f"articles: {n}, characters: {chars}, triples: {triples}")
    print(f"time: {dt:.1f} s, articles/s: {n / dt:.1f}, chars/s: {chars / dt:,.0f}")
    print(f"peak RSS: {peak:.0f} MiB")
    print("events by type: " + ", ".join(f"{k} {v}" for k, v in events.most_common()))
    print("top actors: " + ", ".join(f"{k} {v}" for k, v in actors.most_common(30)))
    print("top places: " + ", ".join(f"{k} {v}" for k, v in places.most_common(30)))


if __name__ == "__main__":
    main()
