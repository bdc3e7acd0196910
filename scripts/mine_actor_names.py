#!/usr/bin/env python3
"""Mine how armed actors are named in the SaudiNewsNet corpus.

Why: the actor lexicon (kg/lexicon/data/actors.tsv) must list the names the
news really uses, not names we expect. This script counts the word n-grams
that follow actor head words ("قوات", "تنظيم", "جبهة", ...) and prints the
most frequent candidates. With ``--check`` it validates actors.tsv (header,
id slugs, ACLED types, parents, no name shared by two actors, no anaphor that
is also a name) and recounts every Arabic name to verify the ``corpus:<count>``
of the source column; ``--update`` rewrites those counts instead.

Text is normalized with the extractor's own match key (kg.text.normalize) and
split into words; a name matches a run of words, its first word possibly
carrying a proclitic (و ف ب ل ك, and لل for ال). Quotation marks inside a name
are ignored; punctuation that ends a clause (. ، ؛ : ( ) …) ends a name.

Usage (from the repository root):
    python scripts/mine_actor_names.py [CORPUS_DIR] [--top 40] [--all]
    python scripts/mine_actor_names.py [CORPUS_DIR] --check kg/lexicon/data/actors.tsv [--aliases]
    python scripts/mine_actor_names.py [CORPUS_DIR] --update kg/lexicon/data/actors.tsv

CORPUS_DIR holds saudinewsnet-syria.jsonl (and saudinewsnet-all.jsonl.gz);
it defaults to ../shared/data/corpus next to the repository.
The corpus is CC BY-NC-SA 4.0: only counts are kept in the project.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterable, Iterator

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from kg.text.normalize import match_key  # noqa: E402  (one normalization for lexicon and text)

DEFAULT_CORPUS = REPO.parent / "shared" / "data" / "corpus"
SYRIA_FILE = "saudinewsnet-syria.jsonl"
ALL_FILE = "saudinewsnet-all.jsonl.gz"

# Head words after which actor names follow (written before normalization).
HEADS = [
    "قوات", "القوات", "تنظيم", "جبهة", "حزب", "جيش", "الجيش", "فصائل",
    "الفصائل", "وحدات", "حركة", "لواء", "كتائب", "ميليشيات", "مليشيات",
    "الميليشيات", "المليشيات", "ميليشيا", "مليشيا", "المرصد", "الائتلاف",
    "التحالف", "وزارة", "الهيئة", "هيئة", "المعارضة", "النظام", "مجلس",
    "الحرس", "المبعوث", "المفوضية", "لجان", "الشبكة", "فيلق", "سلاح",
    "المخابرات", "الدولة", "الطيران", "الطائرات", "طائرات",
]
# Words that end a name: an n-gram is not extended over them.
STOP = {
    "في", "من", "الى", "على", "عن", "مع", "ان", "الذي", "التي", "الذين",
    "و", "او", "ثم", "قد", "لا", "لم", "لن", "ما", "هذا", "هذه", "ذلك",
    "تلك", "بعد", "قبل", "منذ", "حتى", "خلال", "بين", "عند", "نحو", "كما",
    "امس", "اليوم", "ايضا", "حيث", "بينما", "فيما", "كان", "كانت", "قال",
    "قالت", "انه", "انها", "الا", "اي", "كل", "غير", "عبر", "ضد", "لدى",
}
PROCLITICS = ("وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك")
LAM_LAM = ("ولل", "فلل", "لل")  # ل + ال written لل: للنظام = ل + النظام
WORD = re.compile(r"[\u0621-\u064A0-9]+")
BREAK = re.compile(r"[.!?؟\n،,؛:()\[\]]")

ACLED_TYPES = {
    "State Forces", "Rebel Groups", "Political Militias", "Identity Militias",
    "Rioters", "Protesters", "Civilians", "External/Other Forces",
}
COLUMNS = ["id", "label_ar", "label_en", "acled_type", "parent",
           "aliases_ar", "aliases_en", "anaphors", "source"]
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def read_texts(path: Path) -> Iterator[str]:
    """Yield title + text of each article of a .jsonl or .jsonl.gz file."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                doc = json.loads(line)
                yield f"{doc.get('title', '')}\n{doc.get('text', '')}"


def words(phrase: str) -> list[str]:
    """The normalized words of a name or of one clause."""
    return WORD.findall(match_key(phrase))


def clauses(text: str) -> Iterator[list[str]]:
    """Normalized words of each stretch of text between clause punctuation."""
    for line in text.split("\n"):
        for chunk in BREAK.split(line):
            ws = words(chunk)
            if ws:
                yield ws


def bases(word: str) -> set[str]:
    """The word and what it is without a proclitic (وقوات → قوات, للنظام → النظام)."""
    out = {word}
    for p in PROCLITICS:
        if word.startswith(p) and len(word) - len(p) >= 2:
            out.add(word[len(p):])
    for p in LAM_LAM:
        if word.startswith(p) and len(word) - len(p) >= 2:
            out.add("ال" + word[len(p):])
    return out


def count_ngrams(texts: Iterable[str], max_len: int) -> Counter[str]:
    """Count head + up to max_len-1 following words, stopping at function words."""
    heads = {match_key(h) for h in HEADS}
    stop = {match_key(w) for w in STOP}
    counts: Counter[str] = Counter()
    for text in texts:
        for ws in clauses(text):
            for i, word in enumerate(ws):
                for head in bases(word) & heads:
                    gram = [head]
                    for nxt in ws[i + 1:i + max_len]:
                        if nxt in stop:
                            break
                        gram.append(nxt)
                        counts[" ".join(gram)] += 1
    return counts


def closed(counts: Counter[str], ratio: float = 0.8) -> list[tuple[str, int]]:
    """Drop n-grams that are mostly a prefix of one longer n-gram."""
    longer: dict[str, int] = {}
    for gram, n in counts.items():
        parent = gram.rsplit(" ", 1)[0]
        if parent != gram:
            longer[parent] = max(longer.get(parent, 0), n)
    return [(g, n) for g, n in counts.most_common() if longer.get(g, 0) < ratio * n]


class NameCounter:
    """Counts occurrences of multi-word names in a corpus, through an index of first words."""

    def __init__(self, texts: Iterable[str]) -> None:
        self.tokens: list[str] = []
        self.index: dict[str, list[int]] = defaultdict(list)
        for text in texts:
            for ws in clauses(text):
                for w in ws:
                    for b in bases(w):
                        self.index[b].append(len(self.tokens))
                    self.tokens.append(w)
                self.tokens.append("")  # clause boundary

    def count(self, name: str) -> int:
        """Occurrences of ``name`` as a whole run of words."""
        ws = words(name)
        if not ws:
            return 0
        n = len(ws)
        return sum(1 for i in self.index.get(ws[0], ())
                   if self.tokens[i + 1:i + n] == ws[1:])


def split(cell: str) -> list[str]:
    """Split a '|'-separated cell, dropping empty items."""
    return [x.strip() for x in cell.split("|") if x.strip()]


def structure_errors(rows: list[dict[str, str]]) -> list[str]:
    """Schema problems: bad ids, types, parents, shared names, anaphors that are names."""
    errors: list[str] = []
    ids = [r["id"] for r in rows]
    owner: dict[str, str] = {}
    for r in rows:
        rid = r["id"]
        if not SLUG.match(rid) or ids.count(rid) > 1:
            errors.append(f"{rid}: id not a unique ASCII slug")
        if r["acled_type"] not in ACLED_TYPES:
            errors.append(f"{rid}: unknown acled_type {r['acled_type']!r}")
        if r["parent"] and r["parent"] not in ids:
            errors.append(f"{rid}: parent {r['parent']!r} is not an actor id")
        for name in [r["label_ar"]] + split(r["aliases_ar"]):
            key = match_key(name)
            if key in owner:
                errors.append(f"{rid}: name {name!r} also listed for {owner[key]}")
            owner[key] = rid
    for r in rows:
        for ana in split(r["anaphors"]):
            if match_key(ana) in owner:
                errors.append(f"{r['id']}: anaphor {ana!r} is a name of {owner[match_key(ana)]}")
    return errors


def read_lexicon(path: Path) -> list[dict[str, str]]:
    """Rows of actors.tsv; raises ValueError on a wrong header."""
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        if reader.fieldnames != COLUMNS:
            raise ValueError(f"{path}: header is {reader.fieldnames}, expected {COLUMNS}")
        return list(reader)


def best_name(row: dict[str, str], counter: NameCounter) -> tuple[int, str, list[tuple[int, str]]]:
    """(count, name) of the row's most frequent Arabic name, and every name's count."""
    counts = [(counter.count(a), a) for a in [row["label_ar"]] + split(row["aliases_ar"])]
    n, name = max(counts, key=lambda c: c[0])
    return n, name, counts


def check(lexicon: Path, counter: NameCounter, show_aliases: bool) -> int:
    """Validate actors.tsv and recount each actor's most frequent name."""
    rows = read_lexicon(lexicon)
    errors = structure_errors(rows)
    for row in rows:
        n, name, counts = best_name(row, counter)
        stated = re.search(r"corpus:(\d+)", row["source"])
        if stated is None or int(stated.group(1)) != n:
            errors.append(f"{row['id']}: corpus count is {n}, source says "
                          f"{stated.group(1) if stated else 'nothing'}")
        print(f"{row['id']}\t{n}\t{name}")
        if show_aliases:
            for c, alias in sorted(counts, key=lambda c: -c[0]):
                print(f"\t\t{c}\t{alias}")
    for error in errors:
        print(error, file=sys.stderr)
    print(f"{len(rows)} actors, {len(errors)} problems", file=sys.stderr)
    return 1 if errors else 0


def update(lexicon: Path, counter: NameCounter) -> int:
    """Rewrite the corpus:<count> part of every source cell in place."""
    rows = read_lexicon(lexicon)
    for row in rows:
        n = best_name(row, counter)[0]
        parts = [p for p in row["source"].split(";") if p and not p.startswith("corpus:")]
        row["source"] = ";".join(parts + [f"corpus:{n}"])
    with lexicon.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, COLUMNS, delimiter="\t", lineterminator="\n",
                                quoting=csv.QUOTE_NONE)
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} actors recounted", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS,
                    help="folder with the SaudiNewsNet jsonl files")
    ap.add_argument("--top", type=int, default=40, help="candidates to print")
    ap.add_argument("--max-len", type=int, default=4, help="longest n-gram in words")
    ap.add_argument("--all", action="store_true",
                    help="also count in the 31k-article corpus (slower)")
    ap.add_argument("--check", type=Path, help="validate an actors.tsv and its corpus counts")
    ap.add_argument("--aliases", action="store_true", help="with --check: count every name")
    ap.add_argument("--update", type=Path, help="rewrite the corpus counts of an actors.tsv")
    args = ap.parse_args(argv)

    syria = read_texts(args.corpus / SYRIA_FILE)
    if args.check or args.update:
        counter = NameCounter(syria)
        return check(args.check, counter, args.aliases) if args.check else update(args.update, counter)
    counts = count_ngrams(syria, args.max_len)
    wide = count_ngrams(read_texts(args.corpus / ALL_FILE), args.max_len) if args.all else None
    print("count_syria\tcount_all\tngram" if wide is not None else "count_syria\tngram")
    shown = [(g, n) for g, n in closed(counts) if " " in g][: args.top]
    for gram, n in shown:
        print(f"{n}\t{wide[gram]}\t{gram}" if wide is not None else f"{n}\t{gram}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
