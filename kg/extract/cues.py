"""Relation cues and observers shared by the event frames (data: relation_cues.tsv, observers.tsv)."""
from __future__ import annotations

from functools import lru_cache

from kg.lexicon.grammar import words
from kg.lexicon.loader import read_tsv
from kg.text.normalize import match_key

WINDOW = 10  # tokens an argument may stand from its trigger
SUCCESS_REACH = 9  # "تمكنت فجر اليوم (أمس)، من تحرير": tokens a success verb may stand before its noun


@lru_cache(maxsize=1)
def _relation_cues() -> dict[str, str]:
    return {match_key(r["form"]): r["kind"] for r in read_tsv("relation_cues.tsv")}


@lru_cache(maxsize=None)
def _cue_forms(kind: str) -> frozenset[str]:
    """The relation cues of one kind ("clause", "position", "perform")."""
    return frozenset(form for form, k in _relation_cues().items() if k == kind)


@lru_cache(maxsize=1)
def _observers() -> frozenset[str]:
    """Actors that report or negotiate and never fight (observers.tsv)."""
    return frozenset(r["id"] for r in read_tsv("observers.tsv"))


_SUPPORT_WORDS = words("support_words")  # "جوي كثيف من طيران": what a support phrase is of


def in_support_phrase(tokens, i: int) -> bool:
    """The mention starting at token i stands in a support phrase ("بالتعاون مع X", "بغطاء من X",
    "وبدعم من طيران X"): X helps whoever acts, is not it."""
    if any(_relation_cues().get(t.key) == "support" for t in tokens[max(0, i - 3) : i]):
        return True
    for t in reversed(tokens[max(0, i - 6) : i]):  # "بغطاء جوي كثيف من طيران التحالف": past what the support is
        if _relation_cues().get(t.key) in ("support", "allied_by"):  # "مدعومة بضربات جوية من التحالف"
            return True
        if t.key not in _SUPPORT_WORDS:
            return False  # "بإسناد من طيران التحالف تمكنت المقاومة": a verb, and its subject acts
    return False
