"""Arabic orthographic normalization that remembers where every character came from.

Newswire spells one word many ways (hamza seats, taa marbuta, alef maqsura,
diacritics, tatweel). Matching is done on a normalized form, but every fact
must point at the original text, so normalization keeps an offset map.
"""
from __future__ import annotations

import re
import unicodedata

# Harakat, Quranic marks, superscript alef: dropped.
_DROP = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_LETTERS = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي",
    "ة": "ه", "ۀ": "ه", "ە": "ه",
    "ؤ": "و", "ئ": "ي",
    "ک": "ك", "ڪ": "ك", "گ": "ك",
    "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4",
    "٥": "5", "٦": "6", "٧": "7", "٨": "8", "٩": "9",
    "۰": "0", "۱": "1", "۲": "2", "۳": "3", "۴": "4",
    "۵": "5", "۶": "6", "۷": "7", "۸": "8", "۹": "9",
    "٫": ".", "٬": ",",
})
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_FINAL_YEH = re.compile(r"(?<=\w{3})يه\b")


def _fold_char(ch: str) -> str:
    """One character to its normalized form ('' when it is dropped)."""
    if _DROP.match(ch):
        return ""
    if "\ufb50" <= ch <= "\ufeff":  # presentation forms: back to base letters, then fold those
        base = unicodedata.normalize("NFKC", ch)
        if base != ch:
            return "".join(_fold_char(c) for c in base)
    return ch.translate(_LETTERS)


def fold_presentation_forms(text: str) -> str:
    """Arabic presentation forms (U+FB50–U+FEFF, typed by some outlets: "ﺍﻟﻘﻮﺍﺕ") back to base
    letters, one character for one so offsets into the text stay true; ligatures that stand for
    two letters ("ﻻ") are left to ``normalize``."""
    if not any("\ufb50" <= ch <= "\ufeff" for ch in text):
        return text
    return "".join(_base_letter(ch) if "\ufb50" <= ch <= "\ufeff" else ch for ch in text)


def _base_letter(ch: str) -> str:
    base = unicodedata.normalize("NFKC", ch)
    return base if len(base) == 1 else ch


def normalize(text: str) -> str:
    """The normalized form of ``text``: same letters for the same word however it is spelled."""
    return "".join(_fold_char(ch) for ch in text)


def normalize_with_offsets(text: str) -> tuple[str, list[int]]:
    """Normalize ``text`` and return, for every normalized character, its index in ``text``.

    A final sentinel entry maps the end of the normalized string to ``len(text)``,
    so a normalized span ``[i, j)`` maps back to ``[offsets[i], offsets[j])``.
    """
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        folded = _fold_char(ch)
        for c in folded:
            out.append(c)
            offsets.append(i)
    offsets.append(len(text))
    return "".join(out), offsets


def match_key(text: str) -> str:
    """Key under which names are looked up: normalized, spaces collapsed, final يه→يا.

    The last rule makes سورية and سوريا one key (after ة→ه they differ only there);
    it is applied to lexicon and text alike, so it can only merge, never miss.
    Words under five letters (عليه، فيه) keep their pronoun suffix.
    """
    key = " ".join(normalize(text).split())
    return _FINAL_YEH.sub("يا", key)


def without_final_marks(text: str) -> str:
    """A word as written, without diacritics or tatweel ("سيطرتَها" → "سيطرتها"), so its
    ending (ة، ها، ه) can be read; unlike normalize, ة stays ة."""
    return _DROP.sub("", text)


def has_arabic(text: str, minimum: int = 1) -> bool:
    """True when ``text`` holds at least ``minimum`` Arabic letters."""
    count = 0
    for _ in _ARABIC.finditer(text):
        count += 1
        if count >= minimum:
            return True
    return False
