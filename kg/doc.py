"""The objects that flow through the pipeline: an article and what is found in it.

Like spaCy's Doc, one ``Doc`` passes through the stages (sentences → mentions →
entities → events → facts); each stage adds its layer and keeps offsets into
the original text so every fact can be traced to its words.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

from kg.lexicon.lexicon import ActorEntry, PlaceEntry
from kg.text.normalize import fold_presentation_forms
from kg.text.sentences import Sentence
from kg.text.tokens import Token


@dataclass(frozen=True)
class Article:
    """One news article: its id (file stem or record id) and text."""

    id: str
    text: str
    published: dt.date | None = None
    source: str = ""  # file name or record source
    url: str = ""
    title: str = ""

    def __post_init__(self) -> None:
        # the words of an outlet that types presentation forms read like anyone else's
        object.__setattr__(self, "text", fold_presentation_forms(self.text))

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass
class Mention:
    """A span of a sentence that names (or refers back to) an actor or a place."""

    kind: str  # "actor" | "place"
    i: int  # first token (index in the sentence's tokens)
    j: int  # one past the last token
    start: int  # character offsets in the article
    end: int
    text: str
    how: str  # lexicon | gazetteer | noun | anaphor | direction | head | source
    ids: tuple[str, ...] = ()  # candidate entity ids (lexicon or gazetteer)
    cls: str = ""  # place class (ck: local name) for places read from a noun
    within: str = ""  # where such a place lies when no container is named: "city", "governorate" or ""
    noun: str = ""  # the place noun, singular ("حقل" of "حقلي التنك والعمر"), for labels and ids
    name: str = ""  # the name part of a noun-headed place ("الصناعة" of "حي الصناعة")
    direction: str = ""  # compass code of a direction region
    of: "Mention | None" = None  # the place a direction region or noun phrase is relative to
    prefix: str = ""  # proclitic on the first token (و، ب، ل …)
    ref: str = ""  # resolved entity id
    group: int = -1  # coordination group: mentions of one list share it
    facility: bool = False  # a facility named by what it is ("مركز للشرطة"): a place only where the text puts it
    fallback: str = ""  # the actor a back-reference names when it refers to none ("مسلحون": an unidentified group)
    sole_group: bool = False  # armed men hit or fought ("قتلت 23 إرهابيا"): the one armed group the article named, if only one

    def __repr__(self) -> str:  # short, for debugging and test output
        return f"<{self.kind}:{self.how} {self.text!r} → {self.ref or self.ids}>"


@dataclass
class Event:
    """One reported event of one sentence."""

    type: str  # control | attack | airstrike | shelling | missile | clash | siege | advance | kill
    sentence: int
    trigger: str
    trigger_start: int
    trigger_end: int
    actors: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)  # actor or place ids
    places: list[str] = field(default_factory=list)
    fatalities: int | None = None
    victims: str = ""  # category: civilians | fighters | soldiers | children | people
    victims_text: str = ""
    date: str = ""  # ISO date, year-month or year
    date_precision: str = ""  # Day | Weekday | Month | Year
    date_text: str = ""
    weapon: str = ""
    reported_by: list[str] = field(default_factory=list)
    hedges: list[str] = field(default_factory=list)

    @property
    def confidence(self) -> float:
        return 0.6 if self.hedges else 0.9


@dataclass(frozen=True)
class Fact:
    """A direct triple (ck:controls, ck:partOf …) with the sentence that states it."""

    s: str
    rel: str
    o: str
    sentence: int  # -1 for facts from the gazetteer
    source: str = "text"
    o_place: bool | None = None  # object is a place (None: decided by the relation)


@dataclass
class Doc:
    """An article with every layer the pipeline adds."""

    article: Article
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[list[Token]] = field(default_factory=list)
    mentions: list[list[Mention]] = field(default_factory=list)
    actors: dict[str, ActorEntry] = field(default_factory=dict)
    places: dict[str, PlaceEntry] = field(default_factory=dict)
    alt_labels: dict[str, set[str]] = field(default_factory=dict)  # entity id → names seen
    events: list[Event] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)

    def use_actor(self, entry: ActorEntry) -> None:
        """Make a lexicon actor one of the article's, though no mention names it ("قتل جندي عراقي"
        names the Iraqi government by an adjective): the graph types and labels only these."""
        self.actors.setdefault(entry.id, entry)

    def use_place(self, entry: PlaceEntry) -> None:
        """Make a gazetteer place one of the article's, though no mention names it (the country
        "البلاد" stands for, the province that holds a named town): the graph types and labels only these."""
        self.places.setdefault(entry.id, entry)

    def add_fact(self, s: str, rel: str, o: str, sentence: int, source: str = "text", o_place: bool | None = None) -> None:
        if s and o and s != o:
            f = Fact(s, rel, o, sentence, source, o_place)
            if f not in self.facts:
                self.facts.append(f)
