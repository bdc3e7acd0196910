#!/usr/bin/env python3
"""Mine how armed actors are named in the SaudiNewsNet corpus.

Why: the actor lexicon (kg/lexicon/data/actors.tsv) must list the names the
news really uses, not names we expect. This script counts the word n-grams
that follow actor head words ("قوات", "تنظيم", "جبهة", ...) and prints the
most frequent candidates, and with ``--check`` it recounts every alias of the
lexicon and verifies its ``corpus:<count>`` source field.

Usage (from the repository root):
    python scripts/mine_actor_names.py [CORPUS_DIR] [--top 40] [--all]
    python scripts/mine_actor_names.py [CORPUS_DIR] --check kg/lexicon/data/actors.tsv

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
from collections import Counter
from pathlib import Path
from typing import Iterable, Iterator

REPO = Path(__file__).resolve().parents[1]
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
    "تلك", "بعد", "قبل", "منذ", "حتي", "خلال", "بين", "عند", "نحو", "كما",
    "امس", "اليوم", "ايضا", "حيث", "بينما", "فيما", "كان", "كانت", "قال",
    "قالت", "انه", "انها", "الا", "اي", "كل", "غير", "عبر", "ضد", "لدي",
}
# Proclitics a word may carry in running text (conjunction + preposition).
PREFIX_RE = r"(?:[وف]?[بكل]?)"
DIACRITICS = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")
WORD = re.compile(r"[\u0621-\u064A]+")


def normalize(text: str) -> str:
    """Arabic normalization shared with the extractor and the gold scorer."""
    text = DIACRITICS.sub("", text)
    text = re.sub("[أإآٱ]", "ا", text)
    text = text.replace("ى", "ي").replace("ة", "ه")
    text = text.replace("ؤ", "و").replace("ئ", "ي")
    return re.sub(r"يه\b", "يا", text)


def read_texts(path: Path) -> Iterator[str]:
    """Yield title + text of each article of a .jsonl or .jsonl.gz file."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                doc = json.loads(line)
                yield f"{doc.get('title', '')}\n{doc.get('text', '')}"


def strip_prefix(word: str, heads: set[str]) -> str | None:
    """Return the head a (possibly proclitic-carrying) word stands for."""
    if word in heads:
        return word
    for cut in (1, 2):
        rest = word[cut:]
        if word[:cut] in {"و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك"} and rest in heads:
            return rest
        if word[:cut + 1] in {"لل", "ولل", "فلل"} and "ال" + word[cut + 1:] in heads:
            return "ال" + word[cut + 1:]
    return None


def count_ngrams(texts: Iterable[str], max_len: int) -> Counter[str]:
    """Count head + up to max_len-1 following words, stopping at function words."""
    heads = {normalize(h) for h in HEADS}
    stop = {normalize(w) for w in STOP}
    counts: Counter[str] = Counter()
    for text in texts:
        for sentence in re.split(r"[.!?؟\n،,؛:«»\"()]", normalize(text)):
            words = WORD.findall(sentence)
            for i, word in enumerate(words):
                head = strip_prefix(word, heads)
                if head is None:
                    continue
                gram = [head]
                for nxt in words[i + 1:i + max_len]:
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
    return [(g, n) for g, n in counts.most_common()
            if longer.get(g, 0) < ratio * n]


def alias_pattern(alias: str) -> re.Pattern[str]:
    """A regex for a normalized alias as a whole-word phrase with proclitics."""
    words = normalize(alias).split()
    body = r"\s+".join(re.escape(w) for w in words)
    if words[0].startswith("ال"):
        rest = r"\s+".join([re.escape(words[0][2:])] + [re.escape(w) for w in words[1:]])
        return re.compile(rf"(?<![\w])(?:{PREFIX_RE}{body}|[وف]?لل{rest})(?![\w])")
    return re.compile(rf"(?<![\w]){PREFIX_RE}{body}(?![\w])")


def check(lexicon: Path, texts: list[str]) -> int:
    """Recount each actor's most frequent alias; report mismatched sources."""
    corpus = "\n".join(normalize(t) for t in texts)
    bad = 0
    with lexicon.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    for row in rows:
        names = [row["label_ar"]] + [a for a in row["aliases_ar"].split("|") if a]
        best = max(((len(alias_pattern(a).findall(corpus)), a) for a in names))
        stated = re.search(r"corpus:(\d+)", row["source"])
        flag = ""
        if stated is None or int(stated.group(1)) != best[0]:
            flag = f"  <- source says {stated.group(1) if stated else 'nothing'}"
            bad += 1
        print(f"{row['id']}\t{best[0]}\t{best[1]}{flag}")
    print(f"{len(rows)} actors, {bad} with a corpus count differing from the source column",
          file=sys.stderr)
    return 1 if bad else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS,
                    help="folder with the SaudiNewsNet jsonl files")
    ap.add_argument("--top", type=int, default=40, help="candidates to print")
    ap.add_argument("--max-len", type=int, default=4, help="longest n-gram in words")
    ap.add_argument("--all", action="store_true",
                    help="also count the 31k-article corpus (slower)")
    ap.add_argument("--check", type=Path, help="verify corpus counts of an actors.tsv")
    args = ap.parse_args(argv)

    syria = list(read_texts(args.corpus / SYRIA_FILE))
    if args.check:
        return check(args.check, syria)
    counts = count_ngrams(syria, args.max_len)
    wide = count_ngrams(read_texts(args.corpus / ALL_FILE), args.max_len) if args.all else None
    print("count_syria\tcount_all\tngram" if wide is not None else "count_syria\tngram")
    shown = [(g, n) for g, n in closed(counts) if " " in g][: args.top]
    for gram, n in shown:
        print(f"{n}\t{wide[gram]}\t{gram}" if wide is not None else f"{n}\t{gram}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
