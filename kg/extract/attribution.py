"""On whose word: reporting phrases ("وفق ما أفاد المرصد") and hedges ("على الأرجح")."""
from __future__ import annotations

from bisect import bisect_left

from kg.doc import Doc
from kg.lexicon.lexicon import Lexicon

REPORTER_WINDOW = 4


def reports_through(hit, tokens, m) -> bool:
    """A reporting hit can make ``m`` its source: a "from" verb only with "عن" after the
    source ("نقلت وكالة رويترز عن مصادر", not "نقلت القوات دبابات")."""
    return "from" not in hit[2] or any(t.key == "عن" for t in tokens[m.j : m.j + 3])


def find_reporters(doc: Doc, index: int, lx: Lexicon) -> list[str]:
    tokens = doc.tokens[index]
    every = [m for m in doc.mentions[index] if m.kind == "actor" and m.ref]
    starts = [m.i for m in every]
    out: list[str] = []
    for k in range(len(tokens)):
        hit = lx.reporting.longest(tokens, k)
        if not hit:
            continue
        end = k + hit[0]
        actors = every[bisect_left(starts, k - 12) : bisect_left(starts, end + REPORTER_WINDOW)]
        for m in actors:  # "أفاد المرصد" or "وكان المرصد ... أفاد"
            after = end <= m.i < end + REPORTER_WINDOW
            before = "verb" in hit[2] and 0 <= k - m.j <= 1 and all(t.kind == "word" for t in tokens[m.j : k])
            if (after or before) and reports_through(hit, tokens, m) and m.ref not in out:
                out.append(m.ref)
                break
    return out


def find_hedges(doc: Doc, index: int, lx: Lexicon) -> list[str]:
    tokens = doc.tokens[index]
    out: list[str] = []
    k = 0
    while k < len(tokens):
        hit = lx.cues.longest(tokens, k)
        if hit and "hedge" in hit[2]:
            out.append(doc.article.text[tokens[k].start : tokens[k + hit[0] - 1].end])
            k += hit[0]
        else:
            k += 1
    for m in doc.mentions[index]:
        if m.how == "source" and m.ref in ("activists", "eyewitnesses") and m.text not in out:
            out.append(m.text)
    return out


def attach_attribution(doc: Doc, lx: Lexicon) -> Doc:
    for index in range(len(doc.sentences)):
        evs = [e for e in doc.events if e.sentence == index]
        if not evs:
            continue
        reporters = find_reporters(doc, index, lx)
        hedges = find_hedges(doc, index, lx)
        for e in evs:
            e.reported_by = [r for r in reporters if r not in e.actors]
            e.hedges = hedges
    return doc
