"""Sentence splitting that keeps offsets into the article."""
from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence ends at . ! ? ؟ … before a space, a quote, or a glued "و"/"ف" that opens the next
# sentence ("التحالف.وفرض"; not "د.ب.أ", not the decimal point of "3.5"; but "عام 2013. وتفاقم"
# ends), or at a line break, unless the line ends with a comma: a wrapped sentence goes on there, while
# a headline or dateline never ends with one. Possessive quantifiers keep a long run of dots linear.
_END = re.compile(r"(?<![.!?؟…])(?:(?<!\d)[.!?؟…]++|(?<=\d)[.!?؟…]++(?=\s)|[.!?؟…]{2,}+)(?=[\s\"'»”)]|$|[وف][\u0621-\u064a])[\"'»”)]*|(?<![\n،,])(?<![،,][ \t])\n+")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: its text and where it stands in the article."""

    index: int
    start: int
    end: int
    text: str


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text``, stripped of surrounding white space, offsets kept."""
    out: list[Sentence] = []
    pos = 0
    for m in _END.finditer(text):
        _add(out, text, pos, m.end())
        pos = m.end()
    _add(out, text, pos, len(text))
    return out


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped or not any(ch.isalnum() for ch in stripped):
        return
    lead = len(chunk) - len(chunk.lstrip())
    s = start + lead
    out.append(Sentence(len(out), s, s + len(stripped), stripped))
