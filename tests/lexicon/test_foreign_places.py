"""The foreign GeoNames towns (scripts/build_foreign_places.py): places_turkey/lebanon/jordan/yemen/libya/egypt.tsv."""
import importlib.util
import sys

import pytest

from kg.lexicon.lexicon import PLACE_FILES
from kg.lexicon.loader import read_tsv
from kg.text.normalize import match_key
from tests.conftest import ROOT
from tests.lexicon import extract, place_refs, row_names

# file: (ISO code, country id, fewest rows): the fronts of sessions 5-7, then those of session 8
FOREIGN = {"places_turkey.tsv": ("TR", "turkey", 31), "places_lebanon.tsv": ("LB", "lebanon", 31),
           "places_jordan.tsv": ("JO", "jordan", 31), "places_yemen.tsv": ("YE", "yemen", 31),
           "places_libya.tsv": ("LY", "libya", 31), "places_egypt.tsv": ("EG", "egypt", 31),
           "places_nigeria.tsv": ("NG", "nigeria", 5), "places_cameroon.tsv": ("CM", "cameroon", 5),
           "places_chad.tsv": ("TD", "chad", 5), "places_niger.tsv": ("NE", "niger", 5),
           "places_somalia.tsv": ("SO", "somalia", 5), "places_kenya.tsv": ("KE", "kenya", 5),
           "places_afghanistan.tsv": ("AF", "afghanistan", 5), "places_pakistan.tsv": ("PK", "pakistan", 5),
           "places_mali.tsv": ("ML", "mali", 5), "places_tunisia.tsv": ("TN", "tunisia", 5),
           "places_algeria.tsv": ("DZ", "algeria", 5), "places_ukraine.tsv": ("UA", "ukraine", 5),
           "places_palestine.tsv": ("PS", "palestine", 5), "places_israel.tsv": ("IL", "israel", 5),
           "places_saudi-arabia.tsv": ("SA", "saudi-arabia", 5), "places_india.tsv": ("IN", "india", 5)}


def test_the_files_are_read_as_place_files():
    assert set(FOREIGN) <= set(PLACE_FILES)


@pytest.mark.parametrize("name", sorted(FOREIGN))
def test_every_row_is_a_geonames_place_of_its_country(name, geonames, lexicon):
    """GeoNames id, country and coordinates as GeoNames gives them; the parent the country or in it."""
    iso2, country, fewest = FOREIGN[name]
    rows = read_tsv(name)
    assert len(rows) >= fewest
    for r in rows:
        gid = r["source"].split(";")[0].removeprefix("geonames:")
        city = geonames[gid]
        assert city["countrycode"] == iso2, r["id"]
        assert (float(r["lat"]), float(r["lon"])) == (city["latitude"], city["longitude"]), r["id"]
        assert r["kind"] in ("city", "town") and r["name_ar"], r["id"]
        assert r["parent"] in lexicon.places and country in (r["parent"], *lexicon.ancestors(r["parent"])), r["id"]


def test_place_ids_are_unique_across_all_place_files():
    ids = [r["id"] for f in ("countries.tsv", *PLACE_FILES) for r in read_tsv(f)]
    assert sorted({i for i in ids if ids.count(i) > 1}) == []


def test_no_foreign_row_repeats_a_place_of_countries_tsv():
    """Suruç, Kilis, Gaziantep, Arsal … are curated in countries.tsv: no second node for them."""
    curated = {match_key(n) for r in read_tsv("countries.tsv") if r["kind"] != "governorate" for n in row_names(r)}
    for name in FOREIGN:
        for r in read_tsv(name):
            assert not curated & {match_key(n) for n in row_names(r)}, r["id"]


def test_the_files_are_what_the_builder_makes():
    spec = importlib.util.spec_from_file_location("build_foreign_places", ROOT / "scripts" / "build_foreign_places.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build_foreign_places", mod)
    spec.loader.exec_module(mod)
    for name, (iso2, _, _) in FOREIGN.items():
        assert [dict(r) for r in read_tsv(name)] == mod.foreign_places(iso2), name


@pytest.mark.parametrize(
    "text, place",
    [
        ("وقع هجوم في مدينة جزرة التركية", "cizre-turkey"),  # a corpus spelling GeoNames lacks
        ("قتل جنديان في بلدة سيلوبي قرب الحدود مع العراق", "silopi-turkey"),
        ("انفجرت سيارة في مدينة ديار بكر", "diyarbakir-turkey"),
        ("سقطت قذائف على بلدة الرمثا الأردنية", "ar-ramtha-jordan"),
        ("وقعت اشتباكات في مدينة بعلبك اللبنانية", "baalbek-lebanon"),
    ],
)
def test_a_foreign_town_resolves_to_its_node(text, place):
    assert place in place_refs(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "أعلنت الحكومة السويدية عن مساعدات للاجئين",  # "Swedish", not Samandağ (السويدية)
        "ارتفعت الأسهم في بورصة عمان",  # a stock exchange, not Bursa (بورصة)
        "قصفت قوات النظام قرية الطيبة في ريف درعا",  # a Syrian village, not at-Tayyibah in Jordan
    ],
)
def test_a_homonym_is_not_read_as_a_foreign_town(text):
    foreign = {r["id"] for name in FOREIGN for r in read_tsv(name)}
    assert not foreign & set(place_refs(extract(text)))


def test_countries_tsv_cities_carry_the_coordinates_the_script_gives():
    spec = importlib.util.spec_from_file_location("add_city_coordinates", ROOT / "scripts" / "add_city_coordinates.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.main(["--check"]) == 0


@pytest.mark.parametrize("place, geonames_id", [("mosul", "99072"), ("aden-yemen", "415189"), ("suruc", "300075")])
def test_a_curated_city_has_its_geonames_coordinates(lexicon, geonames, place, geonames_id):
    entry, city = lexicon.places[place], geonames[geonames_id]
    assert (float(entry.lat), float(entry.lon)) == (city["latitude"], city["longitude"])
    assert f"geonames:{geonames_id}" in entry.source


def test_no_two_place_rows_share_an_id():
    """A later file's row would silently replace an earlier one (a countries.tsv town and GeoNames'
    row of the same id: the names of one are lost)."""
    from collections import Counter

    ids = Counter(r["id"] for f in ("countries.tsv", *PLACE_FILES) for r in read_tsv(f))
    assert [i for i, n in ids.items() if n > 1] == []
