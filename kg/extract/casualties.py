"""Casualty figures: a number, a victim noun, and a word that says they were killed.

Population figures ("200 ألف شخص"), percentages ("70%") and years ("2013")
have no kill word or no victim noun next to them, so they are not read.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from kg.doc import Doc, Event
from kg.extract.numbers import parse_number
from kg.lexicon.lexicon import Lexicon
from kg.text.tokens import clitic_candidates

KILL_WINDOW_BEFORE = 6
KILL_WINDOW_AFTER = 4
_WOUNDED = ("جريح", "جرحي", "مصاب", "مصابين", "اصابه", "بجروح")


@dataclass
class Figure:
    killed: int
    victims: str
    victims_text: str
    i: int
    j: int


def _victim(lx: Lexicon, key: str) -> str:
    for _, base in clitic_candidates(key):
        if base in lx.victims:
            return lx.victims[base]
    return ""


def _has_kill_word(tokens, lo: int, hi: int, lx: Lexicon) -> bool:
    for t in tokens[max(lo, 0) : min(hi, len(tokens))]:
        if any(b in lx.kill_words for _, b in clitic_candidates(t.key)):
            return True
    return False


def find_figures(tokens, lx: Lexicon) -> list[Figure]:
    """Casualty figures of one sentence."""
    out: list[Figure] = []
    i = 0
    while i < len(tokens):
        parsed = parse_number(tokens, i, lx)
        if parsed is None:
            i += 1
            continue
        value, j = parsed
        k = j + 1 if j < len(tokens) and tokens[j].key == "من" else j  # "44 من المدنيين"
        victim = _victim(lx, tokens[k].key) if k < len(tokens) else ""
        if victim and 0 < value < 100000:
            after = {t.key for t in tokens[k + 1 : k + 3]}
            wounded = any(w in after for w in _WOUNDED)
            if not wounded and _has_kill_word(tokens, i - KILL_WINDOW_BEFORE, k + 1 + KILL_WINDOW_AFTER, lx):
                out.append(Figure(value, victim, tokens[k].text, i, k + 1))
        i = max(j, i + 1)
    return out


def attach_casualties(doc: Doc, lx: Lexicon) -> Doc:
    """Put each figure on the sentence's attack event, or on a Killing event of its own."""
    for index, tokens in enumerate(doc.tokens):
        figures = find_figures(tokens, lx)
        if not figures:
            continue
        attacks = [e for e in doc.events if e.sentence == index and e.type in ("attack", "airstrike", "shelling", "missile")]
        place_ms = [m for m in doc.mentions[index] if m.kind == "place" and m.ref]
        places = [m.ref for m in place_ms]
        starts = [m.i for m in place_ms]

        def near(fig: Figure) -> list[str]:
            return [m.ref for m in place_ms[bisect_left(starts, fig.i - 3) : bisect_right(starts, fig.j + 6)]]

        for n, fig in enumerate(figures):
            host = next((e for e in attacks if e.fatalities is None), None) if n == 0 else None
            if host is None:
                tok = tokens[fig.i]
                host = Event("kill", index, tokens[fig.i].text, tok.start, tokens[fig.j - 1].end)
                host.places = list(dict.fromkeys(near(fig) or (attacks[0].places if attacks else places[:1])))
                if attacks:
                    host.actors = list(attacks[0].actors)
                doc.events.append(host)
            host.fatalities = fig.killed
            host.victims = fig.victims
            host.victims_text = fig.victims_text
            for p in near(fig):
                if p not in host.places:
                    host.places.append(p)
    return doc
