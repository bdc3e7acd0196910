"""Reading the lexicon data files shipped in kg/lexicon/data."""
from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources
from pathlib import Path

DATA = Path(str(resources.files("kg.lexicon") / "data"))


# The place tables: the Syrian gazetteer, then the neighbours' GeoNames towns
# (scripts/build_gazetteer.py, scripts/build_foreign_places.py); countries.tsv is read first.
PLACE_FILES = ("places.tsv", "places_iraq.tsv", "places_turkey.tsv", "places_lebanon.tsv", "places_jordan.tsv",
               "places_yemen.tsv", "places_libya.tsv", "places_egypt.tsv",
               # the other fronts of 2015 (session 8): Lake Chad, Somalia, Afghanistan-Pakistan, the Maghreb and Sahel, Ukraine
               "places_nigeria.tsv", "places_cameroon.tsv", "places_chad.tsv", "places_niger.tsv", "places_somalia.tsv",
               "places_kenya.tsv", "places_afghanistan.tsv", "places_pakistan.tsv", "places_mali.tsv", "places_tunisia.tsv",
               "places_algeria.tsv", "places_ukraine.tsv",
               # session 11: the West Bank and Gaza, Israel, Saudi Arabia's southern border, India
               "places_palestine.tsv", "places_israel.tsv", "places_saudi-arabia.tsv", "places_india.tsv")


@lru_cache(maxsize=None)
def read_tsv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a TSV data file as dicts; lines starting with '#' are comments."""
    with open(DATA / name, encoding="utf-8", newline="") as f:
        lines = (line for line in f if line.strip() and not line.startswith("#"))
        return tuple(
            {k: (v or "").strip() for k, v in row.items() if k is not None}
            for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
        )


def split_list(value: str) -> list[str]:
    """A '|'-separated cell as a list, empty items dropped."""
    return [v.strip() for v in value.split("|") if v.strip()]
