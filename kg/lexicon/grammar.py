"""Closed-class words the extraction rules look for, by role (data/grammar_words.tsv).

Relative pronouns, prepositions, "القريبة من", "التابع لـ" and the like are knowledge of the
language, so they live in one versioned table rather than scattered through the rules;
each rule asks for its role by name.
"""
from __future__ import annotations

from functools import lru_cache

from kg.lexicon.loader import read_tsv
from kg.text.normalize import match_key


@lru_cache(maxsize=None)
def words(role: str) -> frozenset[str]:
    """The normalized forms of one role (a KeyError for a role the table lacks)."""
    forms = frozenset(match_key(r["form"]) for r in read_tsv("grammar_words.tsv") if r["role"] == role and " " not in r["form"])
    if not forms:
        raise KeyError(f"grammar_words.tsv has no words for role {role!r}")
    return forms


@lru_cache(maxsize=None)
def sequences(role: str) -> tuple[tuple[str, ...], ...]:
    """Multi-word entries of one role, as tuples of normalized words."""
    return tuple(tuple(match_key(w) for w in r["form"].split()) for r in read_tsv("grammar_words.tsv") if r["role"] == role)


@lru_cache(maxsize=None)
def phrases(role: str) -> frozenset[str]:
    """All entries of one role, one word or several, normalized and joined by spaces ("في حال")."""
    return frozenset(" ".join(s) for s in sequences(role))


@lru_cache(maxsize=None)
def raw_forms(role: str) -> frozenset[str]:
    """The forms of one role as written, hamza and all: "إب" (Ibb) is no "آب" (August) or "أب" (father),
    though the three share one normalized key."""
    return frozenset(r["form"] for r in read_tsv("grammar_words.tsv") if r["role"] == role)

