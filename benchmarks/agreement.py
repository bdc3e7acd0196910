"""Inter-annotator agreement: score one gold directory against another with `kg evaluate`'s scorer.

The second annotator's required facts are turned into a graph (one node per entity key,
labelled with all its names) and scored exactly as the extractor's graph is, in both
directions. The F1 two careful annotators reach is the ceiling an extractor can be held to.

    python benchmarks/agreement.py tests/data/dev/batch_f tests/data/agreement/batch_f2
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import SKOS

from kg.evaluate import RELATIONS, Report, load_gold, score_article
from kg.graph.vocab import CK

_NS = "urn:agreement:"


def gold_graph(entities: dict, facts: list[dict]) -> Graph:
    """The graph an 'extractor' that outputs exactly these required facts would write."""
    g = Graph()
    keys = {x for f in facts for x in (f.get("s"), f.get("o"), *f.get("places", [])) if x}
    for k in keys:
        e = entities.get(k)
        if e is None:
            continue
        node = URIRef(_NS + k)
        g.add((node, RDF.type, CK.Actor if e["kind"] == "actor" else CK.Place))
        names = e["names"]
        if names:
            g.add((node, RDFS.label, Literal(names[0])))
        for n in names[1:]:
            g.add((node, SKOS.altLabel, Literal(n)))
    for i, f in enumerate(facts):
        if not f.get("required"):
            continue
        if f["rel"] in RELATIONS:
            g.add((URIRef(_NS + f["s"]), CK[f["rel"]], URIRef(_NS + f["o"])))
        elif f["rel"] == "casualties":
            ev = URIRef(f"{_NS}event/{i}")
            g.add((ev, CK.fatalities, Literal(int(f["killed"]))))
            g.add((ev, CK.victims, Literal(f["victims"], lang="en")))
            for p in f.get("places", []):
                g.add((ev, CK.place, URIRef(_NS + p)))
    return g


def agreement(reference: Path, other: Path) -> Report:
    """Score ``other``'s required facts against ``reference``'s gold, article by article."""
    ref_entities, ref_gold = load_gold(reference)
    oth_entities, oth_gold = load_gold(other)
    return Report([score_article(gold_graph(oth_entities, oth_gold.get(article, [])), ref_entities, gold, article)
                   for article, gold in sorted(ref_gold.items())])


def line(name: str, rep: Report) -> str:
    t, c = rep.total(), rep.total("casualties")
    return (f"{name:<28} P {t.precision:.3f}  R {t.recall:.3f}  F1 {t.f1:.3f}  ({t.pred} facts vs {t.required} required)"
            f"  casualties P {c.precision:.2f} R {c.recall:.2f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("first", type=Path)
    ap.add_argument("second", type=Path)
    args = ap.parse_args(argv)
    ab, ba = agreement(args.first, args.second), agreement(args.second, args.first)
    print(line("second scored against first", ab))
    print(line("first scored against second", ba))
    for rel in RELATIONS:
        a, b = ab.total(rel), ba.total(rel)
        print(f"  {rel:<12} F1 {a.f1:.3f} / {b.f1:.3f}")
    print(f"mean micro F1 {(ab.total().f1 + ba.total().f1) / 2:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
