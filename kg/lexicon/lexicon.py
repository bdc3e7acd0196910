"""All lexicons, loaded once from kg/lexicon/data into look-up structures.

The code here is general: every name, trigger and cue lives in a data file.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from kg.lexicon.grammar import words
from kg.lexicon.loader import PLACE_FILES, read_tsv, split_list
from kg.text.normalize import match_key
from kg.text.tokens import Token, clitic_candidates


@dataclass(frozen=True)
class ActorEntry:
    """An actor of the lexicon (or one the grammar found in a text)."""

    id: str
    label_ar: str
    label_en: str = ""
    acled_type: str = ""
    parent: str = ""
    aliases_ar: tuple[str, ...] = ()
    aliases_en: tuple[str, ...] = ()
    anaphors: tuple[str, ...] = ()
    source: str = ""


@dataclass(frozen=True)
class PlaceEntry:
    """A place of the gazetteer (or one the grammar found in a text)."""

    id: str
    kind: str  # country, governorate, district, subdistrict, city, town, village, neighbourhood, ...
    name_ar: str
    name_en: str = ""
    alt_ar: tuple[str, ...] = ()
    alt_en: tuple[str, ...] = ()
    parent: str = ""
    pcode: str = ""
    lat: str = ""
    lon: str = ""
    source: str = ""


_BRANCH_ADJECTIVES = words("branch_adjective")  # "القوات البرية السعودية": an arm of a force inside its name
_QUOTES = {'"', "«", "»", "“", "”", "'"}


def name_variants(keys: list[str]) -> list[list[str]]:
    """A name's keys and their other spelling of "عبد": joined or apart ("علي عبد الله صالح",
    "علي عبدالله صالح"; "عبد ربه", "عبدربه"), as the news write both."""
    if not keys:
        return []
    joined: list[str] = []
    for k in keys:
        if joined and joined[-1] == "عبد":
            joined[-1] += k
        else:
            joined.append(k)
    apart = [x for k in keys for x in (("عبد", k[3:]) if k.startswith("عبدال") and len(k) > 5 else (k,))]
    return [v for n, v in enumerate((keys, joined, apart)) if v not in (keys, joined, apart)[:n]]


class NameTrie:
    """Multi-word names keyed by token match keys; finds the longest name at a position."""

    def __init__(self) -> None:
        self._root: dict[str, Any] = {}

    def add(self, name: str, payload: Any) -> None:
        for keys in name_variants(match_key(name).split()):
            node = self._root
            for k in keys:
                node = node.setdefault(k, {})
            node.setdefault(None, []).append(payload)  # type: ignore[call-overload]

    def single(self, key: str) -> list[Any]:
        """Payloads of the one-word name ``key`` (a match key), [] if none."""
        node = self._root.get(key)
        return list(node.get(None, ())) if node else []

    def longest(self, tokens: list[Token], i: int, *, clitics: bool = True) -> tuple[int, str, list[Any]] | None:
        """(length in tokens, proclitic stripped from the first token, payloads) or None."""
        best: tuple[int, str, list[Any]] | None = None
        firsts = clitic_candidates(tokens[i].key) if clitics else [("", tokens[i].key)]
        for prefix, base in firsts:
            node = self._root.get(base)
            j = i + 1
            while node is not None:
                if None in node and (best is None or j - i > best[0]):
                    best = (j - i, prefix, node[None])
                while j < len(tokens) and tokens[j].text in _QUOTES and j + 1 < len(tokens) and tokens[j + 1].key in node:
                    j += 1  # a quote inside a name: ميليشيا «الدفاع الوطني»
                if j + 1 < len(tokens) and tokens[j].key in _BRANCH_ADJECTIVES and tokens[j].key not in node \
                        and tokens[j + 1].key in node:
                    j += 1  # an arm of a force named inside its name: "القوات البرية السعودية"
                if j >= len(tokens) or tokens[j].kind == "punct":
                    break  # a name may hold a number ("الفرقة 30"), never other punctuation
                node = node.get(tokens[j].key)
                j += 1
        return best


def _entries(rows, cls, list_fields):
    out = []
    for r in rows:
        kw = {k: r.get(k, "") for k in cls.__dataclass_fields__}
        for f in list_fields:
            kw[f] = tuple(split_list(kw[f]))
        out.append(cls(**kw))
    return out


@dataclass
class Lexicon:
    """Every table the extractor reads, indexed for look-up."""

    actors: dict[str, ActorEntry] = field(default_factory=dict)
    places: dict[str, PlaceEntry] = field(default_factory=dict)
    actor_names: NameTrie = field(default_factory=NameTrie)
    place_names: NameTrie = field(default_factory=NameTrie)
    locative_names: dict[str, tuple[str, frozenset[str]]] = field(default_factory=dict)  # key → (place, words it must follow)
    place_nouns: dict[str, tuple[str, str, str, str]] = field(default_factory=dict)  # key → (number, class, within, singular)
    facility_nouns: dict[str, tuple[str, str, frozenset[str]]] = field(default_factory=dict)  # key → (class, singular, qualifiers)
    place_anaphors: NameTrie = field(default_factory=NameTrie)  # payload: class
    place_anaphor_actors: dict[str, str] = field(default_factory=dict)  # key → the actor it names when no place
    actor_anaphors: NameTrie = field(default_factory=NameTrie)  # payload: actor id
    actor_heads: dict[str, str] = field(default_factory=dict)  # key → acled type
    triggers: NameTrie = field(default_factory=NameTrie)  # payload: (event, frame)
    trigger_modifiers: dict[str, str] = field(default_factory=dict)
    cues: NameTrie = field(default_factory=NameTrie)  # payload: kind
    reporting: NameTrie = field(default_factory=NameTrie)
    sources: NameTrie = field(default_factory=NameTrie)  # payload: row
    numbers: dict[str, tuple[int, str]] = field(default_factory=dict)
    victims: dict[str, str] = field(default_factory=dict)
    victim_counts: dict[str, int] = field(default_factory=dict)  # singular 1, dual 2
    victim_sides: dict[str, str] = field(default_factory=dict)  # "حوثيا" → houthis: the side a noun names its dead by
    kill_words: set[str] = field(default_factory=set)
    time_words: NameTrie = field(default_factory=NameTrie)  # payload: (kind, value)
    function_words: set[str] = field(default_factory=set)
    word_rank: dict[str, int] = field(default_factory=dict)
    children: dict[str, list[str]] = field(default_factory=dict)  # place id → child ids

    def ancestors(self, place_id: str) -> list[str]:
        """Parent chain of a gazetteer place, nearest first."""
        out: list[str] = []
        seen = {place_id}
        cur = self.places.get(place_id)
        while cur is not None and cur.parent and cur.parent not in seen:
            out.append(cur.parent)
            seen.add(cur.parent)
            cur = self.places.get(cur.parent)
        return out


def _optional(name: str) -> tuple[dict[str, str], ...]:
    try:
        return read_tsv(name)
    except FileNotFoundError:
        return ()


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Build the lexicon from the data files (once per process)."""
    lx = Lexicon()
    for a in _entries(_optional("actors.tsv"), ActorEntry, ("aliases_ar", "aliases_en", "anaphors")):
        lx.actors[a.id] = a
        for name in (a.label_ar, *a.aliases_ar):
            lx.actor_names.add(name, a.id)
        for ana in a.anaphors:
            lx.actor_anaphors.add(ana, a.id)
    for row in _optional("generic_actors.tsv"):
        if row["id"] not in lx.actors:
            lx.actors[row["id"]] = ActorEntry(row["id"], row["label_ar"], row["label_en"], row["acled_type"], source=row["source"])
        lx.actor_names.add(row["form"], row["id"])
    for name in ("countries.tsv", "world_countries.tsv"):  # the curated countries, then the rest of the world's
        for p in _entries(_optional(name), PlaceEntry, ("alt_ar", "alt_en")):
            lx.places[p.id] = p
    for name in PLACE_FILES:
        for p in _entries(_optional(name), PlaceEntry, ("alt_ar", "alt_en")):
            lx.places[p.id] = p
    for row in _optional("place_aliases.tsv"):
        if row["place"] in lx.places and row.get("after"):  # "في مالي": a name only after a preposition
            lx.locative_names[match_key(row["form"])] = (row["place"], frozenset(match_key(a) for a in row["after"].split("|")))
        elif row["place"] in lx.places:
            lx.place_names.add(row["form"], row["place"])
    for p in lx.places.values():
        for name in (p.name_ar, *p.alt_ar):
            lx.place_names.add(name, p.id)
        if p.parent:
            lx.children.setdefault(p.parent, []).append(p.id)
    for row in read_tsv("place_nouns.tsv"):
        lx.place_nouns[match_key(row["form"])] = (row["number"], row["class"], row["within"], row["singular"])
    for row in read_tsv("facility_nouns.tsv"):
        qualifiers = frozenset(match_key(q) for q in row["qualifiers"].split("|"))
        lx.facility_nouns[match_key(row["form"])] = (row["class"], row["singular"], qualifiers)
    for row in read_tsv("place_anaphors.tsv"):
        lx.place_anaphors.add(row["form"], row["class"])
        if row.get("actor"):
            lx.place_anaphor_actors[match_key(row["form"])] = row["actor"]
    for row in read_tsv("actor_heads.tsv"):
        lx.actor_heads[match_key(row["form"])] = row["acled_type"]
    for row in read_tsv("triggers.tsv"):
        lx.triggers.add(row["form"], (row["event"], row["frame"]))
    for row in read_tsv("trigger_modifiers.tsv"):
        lx.trigger_modifiers[match_key(row["form"])] = row["event"]
    for row in read_tsv("cues.tsv"):
        lx.cues.add(row["form"], row["kind"])
    for row in read_tsv("reporting.tsv"):
        lx.reporting.add(row["form"], row["kind"])
    for row in read_tsv("sources.tsv"):
        lx.sources.add(row["form"], row)
    for row in read_tsv("numbers_ar.tsv"):
        key = match_key(row["form"])
        lx.numbers[key] = (int(row["value"]), row["kind"])
        joined = match_key("و" + row["form"])
        if joined[1:] != key:  # "ومائة" keys as "ومايا" (a long word's يه → يا), "مائة" as "مايه": the joined form counts too
            lx.numbers.setdefault(joined, (int(row["value"]), row["kind"]))
    for row in read_tsv("victims.tsv"):
        lx.victims[match_key(row["form"])] = row["category"]
        if row.get("count"):
            lx.victim_counts[match_key(row["form"])] = int(row["count"])
        if row.get("side"):
            lx.victim_sides[match_key(row["form"])] = row["side"]
    lx.kill_words = {match_key(r["form"]) for r in read_tsv("kill_words.tsv")}
    for row in read_tsv("time_words.tsv"):
        lx.time_words.add(row["form"], (row["kind"], int(row["value"])))
    lx.function_words = {match_key(r["form"]) for r in read_tsv("function_words.tsv")}
    for row in read_tsv("wordfreq_ar.tsv"):  # keyed like tokens (match_key), so ‑ية words are found
        key = match_key(row["word"])
        lx.word_rank[key] = lx.word_rank.get(key, 0) + int(row["count"])
    return lx
