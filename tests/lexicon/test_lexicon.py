"""The lexicon data files: ids unique across files, parents that exist, every row readable."""
import pytest

from kg.lexicon.loader import PLACE_FILES, read_tsv


def _ids(name):
    return [row["id"] for row in read_tsv(name)]


def test_place_ids_are_unique_across_files():
    ids = [i for name in _PLACE_FILES for i in _ids(name)]
    dupes = sorted({i for i in ids if ids.count(i) > 1}) if len(ids) != len(set(ids)) else []
    assert dupes == []


_PLACE_FILES = ("countries.tsv", *PLACE_FILES)


def test_every_place_parent_exists():
    ids = {i for name in _PLACE_FILES for i in _ids(name)}
    missing = {row["parent"] for name in _PLACE_FILES for row in read_tsv(name) if row["parent"] and row["parent"] not in ids}
    assert missing == set()


def test_iraqi_towns_come_from_geonames_under_a_governorate():
    """scripts/build_iraq_places.py: a GeoNames id and coordinates for every row; the parent an Iraqi governorate."""
    governorates = {r["id"] for r in read_tsv("countries.tsv") if r["kind"] == "governorate" and r["iso2"] == "IQ"}
    rows = read_tsv("places_iraq.tsv")
    assert len(governorates) == 18 and len(rows) > 100
    for r in rows:
        assert r["source"].startswith("geonames:") and r["lat"] and r["lon"]
        assert r["parent"] in governorates | {"iraq"}  # Halabja: an admin1 code with no curated governorate


def test_actor_parents_and_aliases(lexicon):
    for a in lexicon.actors.values():
        assert not a.parent or a.parent in lexicon.actors, a.id
        assert a.label_ar, a.id


@pytest.mark.parametrize("name", ["leaders.tsv", "shared_names.tsv", "named_first_actors.tsv"])
def test_leaders_and_shared_names_point_at_actors(lexicon, name):
    rows = read_tsv(name)
    assert rows
    for row in rows:
        assert row["actor"] in lexicon.actors, row
        assert "country" not in row or row["country"] in lexicon.places, row


@pytest.mark.parametrize("name", ["place_aliases.tsv", "home_only_places.tsv"])
def test_place_lists_point_at_places(lexicon, name):
    rows = read_tsv(name)
    assert rows
    for row in rows:
        assert row["place"] in lexicon.places, row


def test_a_misspelt_direction_gets_its_spelling(lexicon):
    """scripts/build_gazetteer.py: OCHA's "الغارية الغريبة" (Western Ghariyeh) is also found as "الغارية الغربية"."""
    from kg.text.normalize import match_key

    names = {match_key(n) for n in (lexicon.places["western-ghariyeh"].name_ar, *lexicon.places["western-ghariyeh"].alt_ar)}
    assert match_key("الغارية الغربية") in names


@pytest.mark.parametrize(
    "name_ar, name_en, fixed",
    [
        ("الغارية الغريبة", "Western Ghariyeh", "الغارية الغربية"),
        ("الغارية الشرقية", "Eastern Ghariyeh", ""),  # already right
        ("كفريا معرتمصرين", "Kafraya", ""),  # no direction
    ],
)
def test_direction_spelling(name_ar, name_en, fixed):
    import importlib.util
    import sys

    from tests.conftest import ROOT

    spec = importlib.util.spec_from_file_location("build_gazetteer", ROOT / "scripts" / "build_gazetteer.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build_gazetteer", mod)  # its dataclasses look their module up
    spec.loader.exec_module(mod)
    assert mod.direction_spelling(name_ar, name_en) == fixed


def test_grammar_words_are_matched_in_normalized_form():
    from kg.lexicon.grammar import sequences, words
    from kg.text.normalize import match_key

    assert match_key("المحاذية") in words("near")  # a final ية is read as يا: the table is normalized on load
    assert ("التابعه", "ل") in sequences("container_gap")
    with pytest.raises(KeyError):
        words("no-such-role")


@pytest.mark.parametrize("keys, other", [
    (["علي", "عبد", "الله", "صالح"], ["علي", "عبدالله", "صالح"]),  # written apart: joined too
    (["علي", "عبدالله", "صالح"], ["علي", "عبد", "الله", "صالح"]),  # written joined: apart too
    (["عبد", "ربه", "منصور", "هادي"], ["عبدربه", "منصور", "هادي"]),
])
def test_names_with_abd_have_both_spellings(keys, other):
    from kg.lexicon.lexicon import name_variants
    assert name_variants(keys) == [keys, other]


def test_a_name_without_abd_has_one_spelling():
    from kg.lexicon.lexicon import name_variants
    assert name_variants(["دير", "الزور"]) == [["دير", "الزور"]]


def test_a_name_is_found_in_the_spelling_the_lexicon_lacks(lexicon):
    from kg.text.tokens import tokenize
    hit = lexicon.actor_names.longest(tokenize("قوات علي عبد الله صالح"), 0)
    assert hit is not None and hit[0] == 5 and "saleh-forces" in hit[2]
