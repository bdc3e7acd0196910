"""`kg extract` and `kg evaluate`."""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path

from kg.errors import KGError
from kg.io import parse_date


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("extract", help="extract articles into a Turtle file (touches no store)")
    p.add_argument("files", nargs="+", metavar="FILE", help="UTF-8 plain-text articles, one per file (no '-': standard input is not read)")
    p.add_argument("-o", "--output", required=True, metavar="OUT.ttl", help="Turtle file to write")
    p.add_argument("--published", metavar="YYYY-MM-DD", help="publication date, for relative dates (أمس، الثلاثاء)")
    p.add_argument("--no-ontology", action="store_true", help="leave the ontology terms out")
    p.add_argument("-q", "--quiet", action="store_true", help="no summary")
    p.set_defaults(func=cmd_extract)

    e = sub.add_parser("evaluate", help="score extraction against gold files")
    e.add_argument("gold_dir", metavar="GOLD_DIR", help="folder with entities.json and <article>.jsonl")
    e.add_argument("articles_dir", metavar="ARTICLES_DIR", help="folder with <article>.txt")
    e.add_argument("more", nargs="*", metavar="GOLD_DIR ARTICLES_DIR", help="more pairs, scored together (micro-averaged)")
    e.add_argument("--per-article", action="store_true", help="also print scores per article")
    e.add_argument("--errors", action="store_true", help="list missed and spurious facts")
    e.set_defaults(func=cmd_evaluate)


def write_atomically(data: bytes, out: Path) -> None:
    """Write to a temporary file beside ``out`` and rename: never a half-written output.
    Missing folders of ``out`` are made, like ``mkdir -p``."""
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def cmd_extract(args: argparse.Namespace) -> int:
    from kg.api import extract_files

    published = parse_date(args.published)
    result = extract_files(args.files, published=published, with_ontology=not args.no_ontology)
    for err in result.errors:
        print(f"kg extract: error: {err}", file=sys.stderr)
    if not result.docs:
        return 2
    out = Path(args.output)
    try:
        write_atomically(result.graph.serialize(format="turtle").encode("utf-8"), out)
    except OSError as e:
        raise KGError(f"{out}: cannot write the output ({e.strerror or e.__class__.__name__})") from e
    if not args.quiet:
        print(summary(result, out))
    return 2 if result.errors else 0


def summary(result, out: Path) -> str:
    types = Counter(ev.type for d in result.docs for ev in d.events)
    facts = Counter(f.rel for d in result.docs for f in d.facts if f.source == "text")
    actors = {a for d in result.docs for a in d.actors}
    places = {p for d in result.docs for p in d.places}
    lines = [
        f"wrote {out}: {len(result.graph)} triples from {len(result.docs)} article(s)",
        f"  events: {sum(types.values())} (" + ", ".join(f"{k} {v}" for k, v in sorted(types.items())) + ")",
        "  facts:  " + ", ".join(f"{k} {v}" for k, v in sorted(facts.items())),
        f"  actors: {len(actors)}, places: {len(places)}",
    ]
    return "\n".join(lines)


def cmd_evaluate(args: argparse.Namespace) -> int:
    from kg.evaluate import Report, evaluate_dir, format_report

    dirs = [args.gold_dir, args.articles_dir, *args.more]
    if len(dirs) % 2:
        raise KGError("evaluate takes pairs: GOLD_DIR ARTICLES_DIR [GOLD_DIR ARTICLES_DIR ...]")
    articles = []
    for gold, arts in zip(dirs[::2], dirs[1::2]):
        if not (Path(gold) / "entities.json").is_file():
            raise KGError(f"{gold}: no entities.json (not a gold folder)")
        articles += evaluate_dir(Path(gold), Path(arts)).articles
    report = Report(articles)
    print(format_report(report, per_article=args.per_article, errors=args.errors))
    return 0
