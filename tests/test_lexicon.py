"""The lexicon data files: ids unique across files, parents that exist, every row readable."""
from kg.lexicon.loader import read_tsv


def _ids(name):
    return [row["id"] for row in read_tsv(name)]


def test_place_ids_are_unique_across_files():
    ids = _ids("countries.tsv") + _ids("places.tsv")
    dupes = sorted({i for i in ids if ids.count(i) > 1}) if len(ids) != len(set(ids)) else []
    assert dupes == []


def test_every_place_parent_exists():
    ids = set(_ids("countries.tsv") + _ids("places.tsv"))
    missing = {row["parent"] for name in ("countries.tsv", "places.tsv") for row in read_tsv(name) if row["parent"] and row["parent"] not in ids}
    assert missing == set()


def test_actor_parents_and_aliases(lexicon):
    for a in lexicon.actors.values():
        assert not a.parent or a.parent in lexicon.actors, a.id
        assert a.label_ar, a.id


def test_place_aliases_point_at_places(lexicon):
    for row in read_tsv("place_aliases.tsv"):
        assert row["place"] in lexicon.places
