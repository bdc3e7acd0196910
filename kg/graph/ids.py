"""Minting resource IRIs: one function, readable ASCII slugs, stable across runs.

The same actor or place gets the same IRI from every article; an event's IRI
comes from its article and its position, so re-ingesting never duplicates.
"""
from __future__ import annotations

import re

from rdflib import URIRef

from kg.graph.vocab import CKR
from kg.text.normalize import normalize

# A readable transliteration (close to common English spellings of Syrian names).
_TRANSLIT = {
    "ا": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d",
    "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t",
    "ظ": "z", "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m",
    "ن": "n", "ه": "a", "و": "w", "ي": "y", "ء": "", "پ": "p", "چ": "ch", "ڤ": "v",
}
_SAFE = re.compile(r"[^a-z0-9]+")


def transliterate(text: str) -> str:
    """ASCII rendering of Arabic text for IRIs ("حي الصناعة" → "hy-al-snaa")."""
    out = []
    for word in normalize(text).split():
        if word.startswith("ال") and len(word) > 3:
            out.append("al-" + "".join(_TRANSLIT.get(c, c) for c in word[2:]))
        else:
            out.append("".join(_TRANSLIT.get(c, c) for c in word))
    return " ".join(out)


_ALEFS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا"})
_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u0640]")
_EXACT = {**_TRANSLIT, "ة": "a", "ه": "h", "ى": "a", "ؤ": "w", "ئ": "y"}


def canonical_name(text: str) -> str:
    """The label of a place the gazetteer lacks: as written, without diacritics or tatweel and
    with one alef for أ إ آ ("التأميم" and "التاميم" are one label)."""
    return " ".join(_MARKS.sub("", text).translate(_ALEFS).split())


def name_slug(label: str) -> str:
    """Slug that tells apart exactly the labels canonical_name tells apart (ة, ه and ى differ),
    so one id never carries two labels."""
    out = []
    for word in canonical_name(label).split():
        body = word[2:] if word.startswith("ال") and len(word) > 3 else word
        t = "".join(_EXACT.get(c, c) for c in body)
        out.append(f"al-{t}" if body is not word else t)
    return _SAFE.sub("-", " ".join(out).lower()).strip("-") or "x"


def slug(text: str) -> str:
    """Lowercase ASCII slug: letters, digits and single hyphens."""
    s = _SAFE.sub("-", transliterate(text).lower()).strip("-")
    return s or "x"


def actor_iri(actor_id: str) -> URIRef:
    return CKR[f"actor/{actor_id}"]


def place_iri(place_id: str) -> URIRef:
    return CKR[f"place/{place_id}"]


def article_iri(article_id: str) -> URIRef:
    return CKR[f"article/{slug_id(article_id)}"]


def event_iri(article_id: str, start: int, event_type: str, n: int = 0) -> URIRef:
    suffix = f"-{n}" if n else ""
    return CKR[f"event/{slug_id(article_id)}/{start}-{event_type}{suffix}"]


def assertion_iri(article_id: str, key: str) -> URIRef:
    return CKR[f"assertion/{slug_id(article_id)}/{key}"]


def slug_id(identifier: str) -> str:
    """An article id made safe for an IRI path segment, kept readable: ASCII kept,
    Arabic transliterated ("حلب 1" → "hlb-1"), so different names stay different."""
    parts = re.split(r"([A-Za-z0-9._-]+)", identifier)
    out = []
    for i, part in enumerate(parts):
        if i % 2:
            out.append(part)
        elif part.strip():
            out.append(slug(part))
    s = re.sub(r"-{2,}", "-", "-".join(p for p in out if p)).strip("-")
    return s or "x"
