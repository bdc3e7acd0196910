"""Tokenization with character offsets, clitic candidates, and repair of glued words.

Arabic newswire glues words by typo ("تسيطرعليه", "الأممالمتحدة") and
attaches clitics (و، ف، ب، ل، ك، ال) to names. Tokens keep their offsets
into the original text so every mention can be traced back.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.lexicon.loader import PLACE_FILES, read_tsv
from kg.text.normalize import match_key, normalize_with_offsets

_TOKEN = re.compile(
    r"(?P<num>\d+(?:[.,٫٬]\d+)*%?|[٠-٩۰-۹]+(?:[.,٫٬][٠-٩۰-۹]+)*%?)"
    r"|(?P<word>(?:[^\W\d_]|[\u0610-\u061a\u064b-\u065f\u0670\u0640\u06d6-\u06ed])+)"  # letters: "و62" is و + 62
    r"|(?P<punct>[^\w\s])"
)
# Word counts below which a long word may be a typo of two glued words, and
# above which each half must be attested to accept the split.
_RARE = 3
_KNOWN = 40
_MIN_GLUED = 6
# Quotation marks around names and words ("«داعش»", "“جيش الفتح”"): skipped where a name or a noun is sought.
QUOTE_MARKS = frozenset({'"', "'", "«", "»", "“", "”", "‘", "’", "„"})
_MAX_GLUED = 32  # longer "words" are not two glued words (and would make splitting quadratic)


@dataclass(frozen=True, slots=True)
class Token:
    """A word, number or punctuation mark of the original text."""

    start: int
    end: int
    text: str
    key: str  # match_key of the text (normalized, for lexicon look-up)
    kind: str  # "word" | "num" | "punct"


@lru_cache(maxsize=1)
def word_counts() -> dict[str, int]:
    """Normalized word frequencies from SaudiNewsNet (see lexicon/data/README.md)."""
    return {row["word"]: int(row["count"]) for row in read_tsv("wordfreq_ar.tsv")}


@lru_cache(maxsize=1)
def known_names() -> frozenset[str]:
    """Every word of the lexicon's place and actor names ("بلودان", "تلبيسة", the "رميلان" of "رميلان
    فوقاني"): never two glued words, however rare in the news (common ones, "في" of a name, are never
    split anyway)."""
    names: set[str] = set()
    tables = [(name, ("name_ar", "alt_ar")) for name in ("countries.tsv", *PLACE_FILES)] + [("actors.tsv", ("label_ar", "aliases_ar"))]
    for table, cols in tables:
        for row in read_tsv(table):
            for col in cols:
                for name in (row.get(col) or "").split("|"):
                    names.update(match_key(name).split())
    return frozenset(names)


def split_glued(word: str) -> int | None:
    """Where to split a word made of two glued words (normalized index), or None.

    A split is accepted only for a rare word whose two halves are both common
    words, choosing the split whose rarer half is most common.
    """
    counts = word_counts()
    if not _MIN_GLUED <= len(word) <= _MAX_GLUED or counts.get(word, 0) >= _RARE:
        return None
    if any(counts.get(b, 0) >= _RARE for p, b in clitic_candidates(word) if p):
        return None  # "وقريتي" is و + a known word, not two glued words
    names = known_names()
    if any(b in names for _, b in clitic_candidates(match_key(word))):
        return None  # "بلودان" is a town, not "بلو" + "دان"
    if _inflected(word, counts):
        return None  # "استهدافهما", "الجريحين": a known word with a suffix, not two words
    best, best_score = None, 0
    for i in range(2, len(word) - 2):  # a right half of two letters is a suffix ("يزالان"), not a word
        left, right = word[:i], word[i:]
        if left in _PREFIX_STRINGS or left.startswith(("ال", "وال")) and len(left) <= len("وال") + 1 - (not left.startswith("و")):
            continue  # "ال|تكفل", "الم|شيك", "ست|طالب": a prefix and one letter are no word
        score = min(counts.get(left, 0), counts.get(right, 0))
        if score >= _KNOWN and score > best_score:
            best, best_score = i, score
    return best


_PREFIX_STRINGS = frozenset({"ال", "وال", "بال", "فال", "كال", "لل", "ست", "سي", "سن", "سا"})
_SUFFIXES = ("هما", "هم", "ها", "ه", "كم", "نا", "تين", "تان", "ين", "ان", "ات", "ون", "يين", "يون", "يه", "يا")


def _inflected(word: str, counts: dict[str, int]) -> bool:
    """A known word plus a suffix (pronoun, dual, plural, nisba): "معاقله", "المختلفتين"."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)]
            for stem in (base, base + "ه"):
                if counts.get(stem, 0) >= _RARE or any(counts.get(b, 0) >= _RARE for p, b in clitic_candidates(stem) if p):
                    return True
    return False


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Tokens of ``text``; ``offset`` is added to every position (for sentences)."""
    tokens: list[Token] = []
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "punct"
        start, end = m.start(), m.end()
        surface = m.group()
        if kind == "word":
            if surface.replace("_", "") == "":
                continue
            norm, offs = normalize_with_offsets(surface)
            if not norm:
                continue
            cut = split_glued(norm)
            if cut is not None:
                mid = offs[cut]
                for a, b in ((0, mid), (mid, len(surface))):
                    part = surface[a:b]
                    tokens.append(Token(offset + start + a, offset + start + b, part, match_key(part), "word"))
                continue
        tokens.append(Token(offset + start, offset + end, surface, match_key(surface), kind))
    return _with_detached_conjunctions(tokens, text, offset)


def _with_detached_conjunctions(tokens: list[Token], text: str, offset: int) -> list[Token]:
    """"ميليشيات الحوثي و صالح": a و typed apart from its word (2,658 times in saudinewsnet-all) is
    that word's proclitic, as if written "وصالح"; before a quote, a number or a new line it stays apart."""
    if not any(t.key == "و" for t in tokens):
        return tokens
    out: list[Token] = []
    k = 0
    while k < len(tokens):
        t = tokens[k]
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if t.key == "و" and nxt is not None and nxt.kind == "word" and text[t.end - offset : nxt.start - offset].strip(" ") == "" \
                and nxt.start > t.end:
            out.append(Token(t.start, nxt.end, t.text + nxt.text, "و" + nxt.key, "word"))
            k += 2
            continue
        out.append(t)
        k += 1
    return out


def without_conjunction(token: Token) -> Token:
    """The word of ``token`` without its leading و ("والرصافة" → "الرصافة"), offsets kept."""
    return Token(token.start + 1, token.end, token.text[1:], token.key[1:], "word")


# Proclitics, longest first: conjunction, then preposition, then article rules.
_CONJ = ("و", "ف")
_PREP = ("ب", "ل", "ك")


@lru_cache(maxsize=200_000)
def clitic_candidates(key: str) -> tuple[tuple[str, str], ...]:
    """(prefix, base) readings of a normalized word: itself and with proclitics removed.

    "وبالرقه" → [("", "وبالرقه"), ("و", "بالرقه"), ("وب", "الرقه")];
    "للرقه" → [("", "للرقه"), ("ل", "الرقه"), ("ل", "لرقه")] (the last for "للبنان"). Bases shorter than two
    letters are dropped.
    """
    out = [("", key)]
    rest, pre = key, ""
    if len(rest) > 2 and rest[0] in _CONJ:
        pre, rest = rest[0], rest[1:]
        out.append((pre, rest))
    if len(rest) > 3 and rest[0] in _PREP:
        p = rest[0]
        if p == "ل" and rest.startswith("لل"):
            out.append((pre + p, "ا" + rest[1:]))
            if len(rest) > 4:  # "للبنان", "للجان": ل before a word that begins with ل (not "للحج": for the Hajj, not Lahij)
                out.append((pre + p, rest[1:]))
        else:
            out.append((pre + p, rest[1:]))
    # match_key rewrote a final يه to يا on the whole word; key the stripped base afresh
    out = [(p, match_key(b[:-2] + "يه") if p and b.endswith("يا") else b) for p, b in out]
    return tuple((p, b) for p, b in out if len(b) >= 2)
