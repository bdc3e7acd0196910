"""Tests of kg.lexicon and its data files; helpers shared by the per-front test modules."""
from kg.doc import Article, Doc
from kg.pipeline import run


def extract(text: str) -> Doc:
    """The pipeline's Doc of one test sentence."""
    return run(Article("t", text))


def place_refs(doc: Doc) -> list[str]:
    return [m.ref for ms in doc.mentions for m in ms if m.kind == "place" and m.ref]


def actor_refs(doc: Doc) -> list[str]:
    return [m.ref for ms in doc.mentions for m in ms if m.kind == "actor" and m.ref]


def row_names(row: dict) -> list[str]:
    """A place row's Arabic names: its label and its alternatives."""
    return [n for n in (row["name_ar"], *row["alt_ar"].split("|")) if n]


def assert_town_and_chain(lexicon, text: str, place: str, chain: list[str]) -> None:
    """The sentence resolves the town to its node, and the gazetteer files it under ``chain``."""
    doc = extract(text)
    assert place in place_refs(doc), doc.mentions
    assert lexicon.ancestors(place) == chain
