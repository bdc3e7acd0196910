"""The extraction pipeline: named stages over one Doc, in the order data flows.

text → sentences → tokens → mentions → entities → events → casualties →
place holders → idle sides → dates → attribution. Each stage is a plain function ``(doc, lexicon) -> doc``
so it can be run, tested and replaced alone.
"""
from __future__ import annotations

from collections.abc import Callable

from kg.doc import Article, Doc
from kg.extract.attribution import attach_attribution
from kg.extract.casualties import attach_casualties
from kg.extract.dates import attach_dates
from kg.extract.events import attach_place_holders, attach_weapons, find_events
from kg.extract.mentions import find_mentions, minted_settlements
from kg.extract.resolve import resolve, without_idle_sides
from kg.lexicon.lexicon import Lexicon, load_lexicon
from kg.text.sentences import split_sentences
from kg.text.normalize import match_key
from kg.text.tokens import clitic_candidates, tokenize

Stage = Callable[[Doc, Lexicon], Doc]


def split(doc: Doc, lx: Lexicon) -> Doc:
    """Sentences and their tokens, with offsets into the article."""
    doc.sentences = split_sentences(doc.article.text)
    doc.tokens = [tokenize(s.text, s.start) for s in doc.sentences]
    return doc


def mentions(doc: Doc, lx: Lexicon) -> Doc:
    """Actor and place mentions of every sentence. A city or town the article names with a
    place signal ("مدينة الزبداني"), or a settlement the gazetteer lacks that it introduces with
    its noun ("بلدة فوتوكول"), is then read without one elsewhere in it ("وتحاصر قوات النظام
    الزبداني", "سيطر الجيش على فوتوكول"): a second pass over the sentences that name it."""
    doc.mentions = [find_mentions(toks, doc.article.text, lx) for toks in doc.tokens]
    known = frozenset(p for ms in doc.mentions for m in ms if m.kind == "place" and m.how in ("gazetteer", "noun")
                      for p in m.ids if p in lx.places and lx.places[p].kind in ("city", "town"))
    named = minted_settlements(doc.mentions, lx)
    if known or named:
        firsts = {match_key(n).split()[0] for p in known for n in (lx.places[p].name_ar, *lx.places[p].alt_ar) if n.strip()}
        firsts |= {words[0] for words in named}
        for k, toks in enumerate(doc.tokens):
            if any(b in firsts for t in toks for _, b in clitic_candidates(t.key)):
                doc.mentions[k] = find_mentions(toks, doc.article.text, lx, known, named)
    return doc


STAGES: list[tuple[str, Stage]] = [
    ("split", split),
    ("mentions", mentions),
    ("resolve", resolve),
    ("events", find_events),
    ("weapons", attach_weapons),
    ("casualties", attach_casualties),
    ("place holders", attach_place_holders),
    ("idle sides", without_idle_sides),
    ("dates", attach_dates),
    ("attribution", attach_attribution),
]


def run(article: Article, lexicon: Lexicon | None = None, stages: list[tuple[str, Stage]] | None = None) -> Doc:
    """Run the stages over one article and return its Doc."""
    lx = lexicon or load_lexicon()
    doc = Doc(article)
    for _, stage in stages or STAGES:
        doc = stage(doc, lx)
    return doc
