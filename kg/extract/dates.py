"""When: weekdays, "أمس", months, years, resolved against the publication date."""
from __future__ import annotations

import datetime as dt
import re

from kg.doc import Doc
from kg.lexicon.grammar import words
from kg.lexicon.lexicon import Lexicon
from kg.text.normalize import match_key

_SINCE = words("since")  # "منذ بداية الشهر": a span, not a date

_YEAR = re.compile(r"^(19[5-9]\d|20\d\d)$")


def find_date(tokens, lx: Lexicon, published: dt.date | None) -> tuple[str, str, str] | None:
    """(ISO value, precision, text) of the first time expression of a sentence."""
    i = 0
    while i < len(tokens):
        hit = lx.time_words.longest(tokens, i)
        if not hit:
            i += 1
            continue
        n, _, payloads = hit
        kind, value = payloads[0]
        text = " ".join(t.text for t in tokens[i : i + n])
        prev = tokens[i - 1].key if i > 0 else ""
        if prev in _SINCE:
            i += n
            continue
        if kind == "dayoffset":
            # "ليل أمس الثلاثاء": the weekday only confirms the day
            extra = lx.time_words.longest(tokens, i + n) if i + n < len(tokens) else None
            if extra and extra[2][0][0] == "weekday":
                text += " " + tokens[i + n].text
            if published is None:
                return "", "", text
            return (published + dt.timedelta(days=value)).isoformat(), "Day", text
        if kind == "weekday":
            if published is None:
                return "", "Weekday", text
            back = (published.weekday() - value) % 7
            return (published - dt.timedelta(days=back)).isoformat(), "Day", text
        if kind == "month":
            year = None
            k = i + n
            if k + 1 < len(tokens) and tokens[k].text == "/" and lx.time_words.longest(tokens, k + 1):
                text += "/" + tokens[k + 1].text  # "آذار/مارس": the Levantine and the Egyptian name
                k += 2
            nxt = tokens[k] if k < len(tokens) else None
            if nxt is not None and _YEAR.match(nxt.key):
                year = int(nxt.key)
                text += " " + nxt.text
            elif published is not None:
                year = published.year if value <= published.month else published.year - 1
            if year is None:
                return "", "", text
            return f"{year:04d}-{value:02d}", "Month", text
        i += n
    return None


def attach_dates(doc: Doc, lx: Lexicon) -> Doc:
    for index, tokens in enumerate(doc.tokens):
        evs = [e for e in doc.events if e.sentence == index]
        if not evs:
            continue
        found = find_date(tokens, lx, doc.article.published)
        if not found:
            continue
        value, precision, text = found
        for e in evs:
            e.date, e.date_precision, e.date_text = value, precision, text
    return doc
