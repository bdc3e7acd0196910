"""Tests of kg.extract, one module per stage (mentions, resolve, events, clashes, casualties, ...)."""


def facts(doc, rel=None):
    """The (subject, relation, object) triples a Doc states from its text, optionally of one relation."""
    return {(f.s, f.rel, f.o) for f in doc.facts if f.source == "text" and (rel is None or f.rel == rel)}


def place_texts(doc):
    """The surface text of every place mention of a Doc."""
    return [m.text for ms in doc.mentions for m in ms if m.kind == "place"]

