"""Decide which entity every mention is: one real-world entity, one id.

Walks the article in order, keeping what was named last (the discourse), so
back-references ("التنظيم", "المدينة", "الأخير") resolve to what they mean,
ambiguous gazetteer names resolve by the places named around them (or stay
unresolved), and places the gazetteer lacks get ids from their container
("deir-ez-zor-city/al-sinaa"). Adds ck:partOf facts the text states.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from kg.doc import Doc, Mention
from kg.extract.cues import in_support_phrase
from kg.extract.mentions import CONTAINER_GAPS, _place_noun, nationality_form, closes_bracket, direction_at, is_definite_nisba, place_descriptors
from kg.graph.ids import canonical_name, name_slug, slug
from kg.lexicon.grammar import sequences, words
from kg.lexicon.lexicon import ActorEntry, Lexicon, PlaceEntry
from kg.lexicon.loader import PLACE_FILES, read_tsv
from kg.text.normalize import match_key
from kg.text.tokens import QUOTE_MARKS, Token, clitic_candidates

# Gazetteer kinds as ontology classes, and how large each class is (for partOf).
KIND_CLASS = {
    "country": "Country", "governorate": "Governorate", "district": "District",
    "subdistrict": "Subdistrict", "city": "City", "town": "Town", "village": "Village",
    "region": "Region", "river": "Landmark", "sea": "Landmark",
}
RANK = {
    "Neighbourhood": 1, "Roundabout": 1, "Airport": 1, "OilField": 1, "Crossing": 1,
    "Checkpoint": 1, "Landmark": 0.5, "MilitaryBase": 1, "Village": 2, "Town": 3, "City": 4,
    "Subdistrict": 5, "District": 6, "Countryside": 6, "Region": 6, "Governorate": 7, "Country": 9,
}
# Places whose names repeat from city to city ("حي الميدان"): their id includes the city.
CITY_SCOPED = {"Neighbourhood", "Roundabout", "Checkpoint"}
# Classes that lie inside a city unless the text says otherwise.
IN_CITY = {"Neighbourhood", "Roundabout", "Airport", "Checkpoint", "Crossing", "MilitaryBase"}
# Preference among gazetteer readings of a bare name ("دير الزور"): the city.
KIND_PREFERENCE = ["country", "city", "governorate", "region", "river", "sea", "town", "district", "subdistrict", "village"]
SALIENCE_DECAY = 0.7  # per sentence: how fast an earlier city stops being "المدينة"
_DEMONSTRATIVES = words("demonstrative")  # "هذا الجيش": the named army just mentioned
_CONDEMN_WORDS = words("condemn_word")  # "أدانت المملكة الهجوم": a condemner, not a witness
_CLOSING_QUOTES = frozenset({"»", "”", "’"})  # "قرية «الخربة» في": the quote closes the name
_LINKS = words("links_to")  # "يربط X بـY": X with Y, not X in Y (not "المؤدي إلى مدينة زنجبار بأبين")
_CLAUSE_OPENERS = words("clause_opener")
_PLACED_IN = words("placed_in")  # "مركز للشرطة في X", "… بمدينة X": the text says where
_GOVERNING = words("preposition") | words("governs_actor")  # before an actor that is no subject
_ARMED_GROUP_TYPES = frozenset({"Rebel Groups", "Political Militias", "Identity Militias"})  # ACLED: armed groups outside a state's forces
_COUNTRY_PARTS = words("country_part_noun")  # "المحافظات الجنوبية": a side of the country
_LAND_FACILITIES = words("land_facility")  # "ميناء جيهان التركي": in that country, whoever runs it
_OBJECT_FIRST = words("object_first_noun")  # "مهاجمة X": X is hit
_BEARING_NOUNS = words("bearing_noun")  # "من الجهة الجنوبية": a side named as a bearing


_DIVISION_CLASSES = frozenset({"Governorate", "District", "Subdistrict"})  # "محافظة X" of province X is X
_PROVINCE_NOUNS = words("province_noun")  # a noun that names a division ("إقليم ننغرهار", "ولاية أضنة"), unlike جبل, وادي


@lru_cache(maxsize=1)
def _countrysides() -> dict[str, str]:
    return {r["place"]: r["governorate"] for r in read_tsv("countrysides.tsv")}


@lru_cache(maxsize=1)
def _singular_nouns() -> dict[str, str]:
    """Class → its singular place noun, for labels ("حي", "دوار")."""
    out: dict[str, str] = {}
    for row in read_tsv("place_nouns.tsv"):
        if row["number"] == "sg":
            out.setdefault(row["class"], row["form"])
    return out


@lru_cache(maxsize=1)
def _direction_labels() -> dict[str, tuple[str, str]]:
    return {row["code"]: (row["label_ar"], row["label_en"]) for row in read_tsv("directions.tsv")}


@lru_cache(maxsize=1)
def _side_adjectives() -> dict[str, str]:
    """Direction code → its masculine adjective ("الشمالي الشرقي"), which names a side of a
    countryside ("ريف حلب الشمالي الشرقي")."""
    out: dict[str, str] = {}
    for row in read_tsv("directions.tsv"):
        if row["kind"] == "adj" and not row["form"].endswith("ه"):
            out.setdefault(row["code"], row["form"])
    return out


@lru_cache(maxsize=1)
def _source_labels() -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for row in read_tsv("sources.tsv"):
        out.setdefault(row["id"], (row["form"], row["label_en"]))
    return out


@dataclass
class Discourse:
    """What the article has named so far."""

    last_place: dict[str, str] = field(default_factory=dict)  # class → id
    city_mentions: Counter = field(default_factory=Counter)  # city id → times named, fading by sentence
    history: dict[str, list[str]] = field(default_factory=dict)  # class → ids, latest last
    actors: list[str] = field(default_factory=list)  # actor ids in order of mention
    by_head: dict[str, str] = field(default_factory=dict)  # head noun of a name ("منظمه") → the last actor so named
    said_head: dict[str, str] = field(default_factory=dict)  # head noun of any actor mention ("قوات") → the last actor so called
    country: str = "syria"
    country_places: Counter = field(default_factory=Counter)  # country id → places of it named so far


def place_class(doc: Doc, lx: Lexicon, place_id: str) -> str:
    p = doc.places.get(place_id) or lx.places.get(place_id)
    if p is None:
        return ""
    return KIND_CLASS.get(p.kind, p.kind)


_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u0640]")


def plain(text: str) -> str:
    """A name as written, without diacritics and tatweel: one label for "السُّمّاق" and "السماق"."""
    return " ".join(_MARKS.sub("", text).split())


def _strip_prefix(m: Mention) -> str:
    return m.text[len(m.prefix) :] if m.prefix and match_key(m.text).startswith(m.prefix) else m.text


class Resolver:
    """Resolves the mentions of one document, sentence by sentence."""

    def __init__(self, doc: Doc, lx: Lexicon) -> None:
        self.doc, self.lx = doc, lx
        self.state = Discourse()
        self._countries = {p for p, e in lx.places.items() if e.kind == "country"}
        self.state.country = self._first_country() or self.state.country
        self.article_places = self._unambiguous_places()
        self.minted_names = self._minted_names()
        self.topic_city = ""
        self.sentence_backrefs: set[int] = set()
        self.sentence = 0  # the sentence being resolved (resolve_sentence sets it)

    # --- places -------------------------------------------------------------------
    def _minted_names(self) -> dict[str, set[tuple[str, ...]]]:
        """The unknown names each place noun takes anywhere in the article ("قاعدة" → العند)."""
        out: dict[str, set[tuple[str, ...]]] = {}
        for ms in self.doc.mentions:
            for m in ms:
                if m.kind == "place" and m.how == "noun" and m.name and not m.ids:
                    out.setdefault(match_key(m.noun), set()).add(tuple(match_key(m.name).split()))
        return out

    def _first_country(self) -> str:
        """What "البلاد" means in a headline or lead that names its country only later ("الجيش البوروندي
        يقتل 31 مسلحا … شمال البلاد", then "بوروندي"): the country of the first sentence that names one, by
        an unambiguous place or a nationality ("البوروندي"), most often there; not a destination ("إلى لبنان")."""
        adjectives = _adjective_countries()
        for ms, toks in zip(self.doc.mentions, self.doc.tokens):
            counts: Counter = Counter()
            for m in ms:
                if m.kind == "place" and m.how in ("gazetteer", "noun") and m.ids \
                        and not (m.i > 0 and toks[m.i - 1].key == "الي"):
                    found = {self.country_of(p) for p in m.ids}
                    if len(found) == 1 and "" not in found:
                        counts[found.pop()] += 1
            for tok in toks:
                if tok.key in adjectives and adjectives[tok.key] in self.lx.places:
                    counts[adjectives[tok.key]] += 1
            if counts:
                return max(counts, key=lambda c: (counts[c], -list(counts).index(c)))
        return ""

    def known_short_name(self, m: Mention) -> str:
        """"قاعدة العند" named alone elsewhere in the article: in "قاعدة العند خطوة هامة" or
        "لقاعدة العند كانت" the name ran on into the sentence; a definite word after it
        ("حي الشهباء الجديدة") may be the name's own and is kept."""
        words = match_key(m.name).split()
        known = self.minted_names.get(match_key(m.noun), set())
        short = min((n for n in known if 0 < len(n) < len(words) and tuple(words[: len(n)]) == n), key=len, default=None)
        if short is None or words[len(short)].startswith("ال"):
            return m.name
        return " ".join(m.name.split()[: len(short)])

    def _unambiguous_places(self) -> set[str]:
        """Gazetteer places named unambiguously anywhere in the article, with their ancestors."""
        out: set[str] = set()
        for ms in self.doc.mentions:
            for m in ms:
                if m.kind == "place" and len(m.ids) == 1:
                    out.add(m.ids[0])
                    out.update(self.lx.ancestors(m.ids[0]))
        return out

    def choose_gazetteer(self, ids: tuple[str, ...]) -> str:
        """One id among gazetteer readings, by context; '' when it stays ambiguous."""
        ids = self.in_articles_country(ids)
        if len(ids) <= 1:
            return ids[0] if ids else ""
        context = self.article_places - self._countries
        near = [p for p in ids if (set(self.lx.ancestors(p)) & context) or p in context]
        if near and all(self.lx.places[p].kind == "governorate" for p in near):
            # "صنعاء" after "محافظة صنعاء": the city of that name is as near as its governorate (Sanaa city lies
            # in Amanat al-Asimah, not in Sanaa governorate), and a bare name is most often the city
            near += [p for p in ids if self.lx.places[p].kind == "city" and p not in near]
        if len(near) > 1:
            near = self._in_storys_country(near, context)
        pool = near or list(ids)
        kinds = Counter(self.lx.places[p].kind for p in pool)
        for kind in KIND_PREFERENCE:
            if kinds.get(kind):
                cands = [p for p in pool if self.lx.places[p].kind == kind]
                if len(cands) > 1 and near:  # two villages of one governorate: the one nearer the others
                    closeness = {p: self._closeness(p, context) for p in cands}
                    best = min(closeness.values())
                    cands = [p for p in cands if closeness[p] == best]
                if len(cands) > 1:
                    cands = self._in_actors_country(cands)
                return cands[0] if len(cands) == 1 else ""  # homonyms the context cannot tell apart
        return ""

    def _in_actors_country(self, cands: list[str]) -> list[str]:
        """Homonyms of two countries that no place named tells apart ("سنجار": a town of Idlib and
        one of Nineveh): the one in the country whose forces the article has named most
        ("الطائرات العراقية", "البيشمركة"); unchanged on a tie or with no such actor."""
        named = list(self.state.actors) + [i for m in self.doc.mentions[self.sentence] if m.kind == "actor" for i in m.ids[:1]]
        support = Counter(c for c in map(self._actor_country, named) if c)
        by_country = {p: support.get(self.country_of(p), 0) for p in cands}
        best = max(by_country.values())
        top = [p for p in cands if by_country[p] == best]
        return top if best > 0 else cands

    def _in_storys_country(self, near: list[str], context: set[str]) -> list[str]:
        """Homonyms of two countries equally near the places named ("قطاع رفح على الحدود مع قطاع
        غزة" in a story of Sinai: Egypt's Rafah and Gaza's both sit under a place named): the one in
        a country the sentence names, else in the country the story is about. A nearer reading
        still wins (Anbar named: Iraq's Ramadi)."""
        closeness = {p: self._closeness(p, context) for p in near}
        tied = [p for p in near if closeness[p] == min(closeness.values())]
        if len(tied) < 2 or len({self.country_of(p) for p in tied}) < 2:
            return near
        named = {m.ids[0] for m in self.doc.mentions[self.sentence]
                 if m.kind == "place" and len(m.ids) == 1 and m.ids[0] in self._countries}
        return ([p for p in tied if self.country_of(p) in named]
                or [p for p in tied if self.country_of(p) == self.state.country] or near)

    def in_articles_country(self, ids: tuple[str, ...]) -> tuple[str, ...]:
        """In an article about another country's war (two of its places named already), a Syrian
        village or town read by its bare name is a homonym ("البيضاء" in Yemen is not the Syrian
        village), unless the article has named a place around it."""
        country = self.state.country
        if country == "syria" or self.state.country_places.get(country, 0) < 2:
            return ids  # the common case, checked before any work
        context = self.article_places - self._countries

        def foreign(p: str) -> bool:
            return (self.lx.places[p].kind in ("village", "town", "subdistrict") and self.country_of(p) == "syria" != country
                    and not set(self.lx.ancestors(p)) & context)
        return tuple(p for p in ids if not foreign(p))

    def _closeness(self, pid: str, context: set[str]) -> int:
        """How far up its parent chain a place meets the article's other places (0 = its parent)."""
        if pid in context:
            return -1
        chain = self.lx.ancestors(pid)
        return next((k for k, a in enumerate(chain) if a in context), len(chain))

    def _register_gazetteer(self, pid: str, surface: str) -> None:
        self.doc.places[pid] = self.lx.places[pid]
        self._alt(pid, surface)
        cls = KIND_CLASS.get(self.lx.places[pid].kind, "Landmark")
        self.remember(cls, pid)
        if cls in ("City", "Town"):
            self.state.city_mentions[pid] += 1
        country = self.country_of(pid)
        if country:  # "البلاد": the country most of the places named so far lie in (a tie keeps the earlier one)
            self.count_country(country)

    def condemned_here(self) -> bool:
        """The sentence condemns an attack ("أدانت المملكة الهجوم الذي استهدف مركزا للشرطة")."""
        return any(b in _CONDEMN_WORDS for t in self.doc.tokens[self.sentence] for _, b in clitic_candidates(t.key))

    def story_country(self) -> str:
        """The story's country when a place or nationality of the text names it (not the default)."""
        country = self.state.country
        return country if self.state.country_places.get(country) or self._first_country() == country else ""

    def count_country(self, country: str) -> None:
        """One more sign the story is about ``country``; the story's country is the one with most."""
        counts = self.state.country_places
        counts[country] += 1
        if counts[country] > counts.get(self.state.country, 0):
            self.state.country = country

    def count_home_country(self, aid: str) -> None:
        """A front's own state named by name ("تركيا", "الجيش العراقي") says which country the story is
        about, as one of its places would ("البلاد" in a story of Turkey's politics is Turkey)."""
        country = _actor_countries().get(aid, "")
        if country in _front_countries():
            self.count_country(country)

    def remember(self, cls: str, pid: str) -> None:
        self.state.last_place[cls] = pid
        hist = self.state.history.setdefault(cls, [])
        if pid in hist:
            hist.remove(pid)
        hist.append(pid)

    def last_two(self, cls: str) -> list[str]:
        """The two places of a class named last ("البلدتين", "القريتين")."""
        return self.state.history.get(cls, [])[-2:]

    def _alt(self, entity_id: str, surface: str) -> None:
        self.doc.alt_labels.setdefault(entity_id, set()).add(plain(surface))

    def _bare_name(self, pid: str) -> str:
        p = self.doc.places.get(pid) or self.lx.places.get(pid)
        return p.name_ar if p else pid

    def _new_place(self, pid: str, cls: str, label: str, parent: str, label_en: str = "") -> str:
        for variant in (pid + "y", pid[:-1] if pid.endswith("y") else ""):
            if variant and variant in self.doc.places and self.doc.places[variant].source == "text":
                return variant
        if pid not in self.doc.places:
            self.doc.places[pid] = PlaceEntry(pid, cls, label, label_en, parent=parent, source="text")
        return pid

    def last_city(self) -> str:
        """The city named last (what a neighbourhood without a named city lies in)."""
        for cls in ("City", "Town", "Governorate"):
            if cls in self.state.last_place:
                return self.state.last_place[cls]
        return ""

    def last_governorate(self) -> str:
        """The governorate of the city named last, else the governorate named last."""
        city = self.last_city()
        for anc in self.lx.ancestors(city) if city in self.lx.places else []:
            if self.lx.places[anc].kind == "governorate":
                return anc
        return self.state.last_place.get("Governorate", "")

    def salient_city(self) -> str:
        """The city "المدينة" means: the one the article names most, the latest on a tie."""
        counts = self.state.city_mentions
        if counts:
            top = max(counts.values())
            recent = self.state.last_place.get("City") or self.state.last_place.get("Town")
            if recent and counts.get(recent) == top:
                return recent
            return max(counts, key=lambda p: (counts[p], -list(counts).index(p)))
        return self.state.last_place.get("Governorate", "")

    def anaphor_place(self, cls: str, count: bool = True) -> str:
        if cls == "Country":  # "البلاد": the country of the places named so far, a node of this article
            if self.state.country in self.lx.places:
                self.doc.use_place(self.lx.places[self.state.country])
            return self.state.country
        if cls == "Capital":
            return self._capital(self.state.country) if count else ""
        if cls == "City":
            pid = self.topic_city or self.salient_city()
            if pid and count:
                self.state.city_mentions[pid] += 1
            return pid
        return self.state.last_place.get(cls, "")

    def _capital(self, country: str) -> str:
        """The capital "العاصمة" refers to (capitals.tsv), when the gazetteer holds it."""
        capital = _capitals().get(country, "")
        if capital not in self.lx.places:
            return ""
        self._register_gazetteer(capital, self.lx.places[capital].name_ar)
        return capital

    def resolve_place(self, m: Mention, container: str = "", *, itself: bool = False, beside: bool = False) -> str:
        """Entity id of a place mention ('' when unresolved), in ``container`` when the text names one.

        ``itself``: a side that serves as a container is its place ("X في شرق سوريا");
        ``beside``: the place lies some way from the place its direction names, not in it.
        """
        surface = _strip_prefix(m)
        if m.how == "gazetteer":
            ids = tuple(p for p in self.in_named_country(m, m.ids) if p not in _home_only() or self.in_home_story(p))
            held = next((x for x in self.doc.mentions[self.sentence] if x.kind == "place" and x.j == m.i), None)
            if held is not None and held.cls in ("District", "Subdistrict"):  # "مديرية سنحان بصنعاء": the governorate
                ids = tuple(p for p in ids if self.lx.places[p].kind == "governorate") or ids
            pid = self.choose_gazetteer(ids)
            if pid:
                self._register_gazetteer(pid, surface)
            return pid
        if m.how == "anaphor":
            pid = self.anaphor_place(m.cls)
            toks = self.doc.tokens[self.sentence]
            named = _adjective_countries().get(toks[m.j].key) if m.cls == "Capital" and m.j < len(toks) else None
            if named:  # "العاصمة التركية أنقرة": that country's capital, not the article's
                pid = self._capital(named)
            elif m.cls == "Capital":  # "العاصمة عدن": the city named right after, whatever the capital is
                after = next((x for x in self.doc.mentions[self.sentence] if x.kind == "place" and x.i == m.j and not x.prefix), None)
                named_city = self.peek_place(after) if after is not None else ""
                if named_city and place_class(self.doc, self.lx, named_city) in ("City", "Town"):
                    pid = named_city
                elif named_city in self.lx.places and self.lx.places[named_city].kind == "country":
                    pid = self._capital(named_city) or pid  # "بالعاصمة تونس": Tunis, named like its country
            if pid:
                cls = place_class(self.doc, self.lx, pid)
                if cls:
                    self.state.last_place[cls] = pid  # "في المدينة" makes that city the latest
            return pid
        if m.how == "direction":
            if m.of is not None:
                base = self.resolve_place(m.of)
            elif m.cls == "Countryside":
                base = self.last_governorate()  # "الريف الجنوبي": the governorate's countryside
            elif match_key(m.noun) in _COUNTRY_PARTS and self.state.country:
                base = self.state.country  # "المحافظات الجنوبية", "المدن الشمالية": of the country, not of the last city
                return self.side_of(base, m.direction, surface, urban=True)  # "عدن والمحافظات الجنوبية": a side still
            else:
                base = self.last_city()
            if m.of is not None:
                m.of.ref = base
            if not base:
                return ""
            if m.cls == "Countryside" and base in _countrysides():
                base = _countrysides()[base]  # "الريف الغربي للعاصمة دمشق": west Rif Dimashq
                self.doc.use_place(self.lx.places[base])
            if m.prefix.startswith("و") or itself:
                return base  # "وسط وغرب المدينة", "X في شرق سوريا": the place itself
            if m.cls == "Countryside" and m.of is not None:  # "الريف الشمالي الشرقي لحلب": the whole phrase names it
                whole = self.doc.article.text[m.start : m.end]
                surface = whole[len(m.prefix) :] if m.prefix and match_key(whole).startswith(m.prefix) else whole
            # "الأحياء الغربية (من حلب)": a side of the city; "شمال حلب": a side of the area around it
            return self.side_of(base, m.direction, surface, urban=m.cls == "Region" and (m.of is None or m.within == "city"),
                                countryside=m.cls == "Countryside")
        if m.how == "noun":
            return self.resolve_noun_place(m, surface, container, beside)
        return ""

    def side_of(self, base: str, direction: str, surface: str, urban: bool = False, countryside: bool = False) -> str:
        """The region on one side of a place ("شمال غرب سوريا", "الريف الشرقي").

        Outside a city ("شرق دير الزور", "ريف دير الزور الشمالي") the side of a governorate
        capital is the governorate's; "الأحياء الشرقية" (``urban``) stay in the city, and so does a
        side of a national capital ("شرق بغداد": beside the city, as the news and the gold read it, even
        for a town named with it, "الطارمية شمال بغداد").
        """
        if not urban and base not in _capitals().values():
            base = self.same_name_governorate(base)
        ar, en = _direction_labels()[direction]
        base_entry = self.doc.places.get(base) or self.lx.places.get(base)
        label = f"{ar} {self._bare_name(base)}"
        label_en = f"{en} {base_entry.name_en}" if base_entry and base_entry.name_en else ""
        pid = self._new_place(f"{base}/{direction}", "Region", label, base, label_en)
        self._alt(pid, surface)
        if countryside and direction in _side_adjectives():  # read as "الريف الغربي للعاصمة": also "ريف دمشق الغربي"
            name = self._bare_name(base).removeprefix(_singular_nouns()["Governorate"] + " ")  # "محافظة مأرب" → "مأرب"
            self._alt(pid, f"{name if match_key(name).startswith('ريف') else 'ريف ' + name} {_side_adjectives()[direction]}")
        # "الأحياء الشرقية" lie in the city; "شرق الموصل", "شمال غرب سوريا" are a side of it
        inside = urban or base_entry is not None and base_entry.kind == "country"  # "شمال العراق" lies in Iraq
        self.doc.add_fact(pid, "partOf" if inside else "sideOf", base, self.sentence)
        return pid

    def named_country(self, m: Mention) -> str:
        """The country a nationality adjective right after a place names ("قرية الحضر السورية")."""
        toks = self.doc.tokens[self.sentence]
        return _adjective_countries().get(toks[m.j].key, "") if m.j < len(toks) else ""

    def _actor_country(self, aid: str) -> str:
        """The country whose war an actor (or the state force it belongs to) fights in, or ''."""
        seen = set()
        while aid and aid not in seen:
            seen.add(aid)
            if aid in _actor_countries():
                return _actor_countries()[aid]
            entry = self.lx.actors.get(aid)
            aid = entry.parent if entry is not None else ""
        return ""

    def country_of(self, pid: str) -> str:
        """The country a place lies in (itself for a country), '' when the lexicon does not say."""
        if pid in self._countries:
            return pid
        return next((a for a in self.lx.ancestors(pid) if a in self._countries), "") if pid in self.lx.places else ""

    def readings_in_container(self, m: Mention, nxt: Mention) -> str:
        """Gazetteer readings of ``m`` that lie outside the country of the container named right
        after it are dropped ("الزعفرانية بجنوب بغداد" is no Syrian village of that name); when none
        is left the place becomes one of its own in that container, whose id is returned."""
        target = nxt.of if nxt.how == "direction" and nxt.of is not None else nxt
        if not target.ids:  # "جنوبي البلاد", "في المدينة": a back-reference may be wrong about the country
            return ""
        y = self.peek_place(target)
        country = self.country_of(y) if y else ""
        homes = {p: self.country_of(p) for p in m.ids}
        if not country or any(h == country for h in homes.values()) and all(homes.values()):
            m.ids = self.readings_in(m.ids, country) if country else m.ids
            return ""
        if not all(homes.values()) or any(self.lx.places[p].kind not in _HOMONYM_KINDS for p in m.ids):
            return ""  # a country, a province or a city is never a namesake of some other place
        m.cls = m.cls or KIND_CLASS.get(self.lx.places[m.ids[0]].kind, "Village")
        m.how, m.ids, m.name = "noun", (), m.name or _strip_prefix(m)
        return y

    def in_named_country(self, m: Mention, ids: tuple[str, ...]) -> tuple[str, ...]:
        """The gazetteer readings of a place that lie in the country its adjective names."""
        country = self.named_country(m)
        return self.readings_in(ids, country) if country else ids

    def readings_in(self, ids: tuple[str, ...], country: str) -> tuple[str, ...]:
        """The gazetteer readings that are ``country`` or lie in it."""
        return tuple(p for p in ids if country == p or country in self.lx.ancestors(p))

    def same_name_governorate(self, pid: str) -> str:
        """The governorate a city shares its name with ("دير الزور"), else the city itself."""
        p = self.lx.places.get(pid)
        if p is None or p.kind not in ("city", "town"):
            return pid
        for anc in self.lx.ancestors(pid):
            a = self.lx.places.get(anc)
            if a is not None and a.kind == "governorate":
                if match_key(a.name_ar) == match_key(p.name_ar):
                    self.doc.use_place(a)
                    return anc
                break
        return pid

    def resolve_noun_place(self, m: Mention, surface: str, container: str, beside: bool = False) -> str:
        if m.ids:  # a settlement of the gazetteer ("مدينة حلب")
            ids = self.in_named_country(m, m.ids)
            pid = self.choose_gazetteer(ids) if ids else ""
            if pid:
                self._register_gazetteer(pid, surface)
                if m.cls in _SETTLEMENT_CLASSES and m.cls != KIND_CLASS.get(self.lx.places[pid].kind):
                    self.remember(m.cls, pid)  # "بلدتي الفوعة وكفريا": OCHA's villages, "البلدتين" after
                if m.name:
                    self._alt(pid, m.name)
                return pid
            if not ids:  # "قرية الحضر السورية": not Iraq's al-Hadar; a place of its own, in Syria
                container = container or self.named_country(m)
        of = self.resolve_place(m.of) if m.of is not None else ""
        if m.of is not None:
            m.of.ref = of
            if not of and not (m.cls == "Region" and m.name):
                return ""  # "مطار X" with X a homonym ruled out: no airport of its own; "منطقة X" is still an area
        if m.cls == "Countryside":
            if not of:
                return ""
            if m.direction:
                return self.side_of(of, m.direction, surface, countryside=True)
            gov = self.same_name_governorate(of)
            if gov != of or place_class(self.doc, self.lx, gov) == "Governorate":
                # "ريف حلب": the governorate outside its capital, a part of the governorate
                if m.of is not None:
                    m.of.ref = gov  # the city's name here names the governorate
                pid = self._new_place(f"{gov}/countryside", "Countryside", f"ريف {self._bare_name(gov)}", gov)
                self._alt(pid, surface)
                self.doc.add_fact(pid, "partOf", gov, -1, "gazetteer")
                return pid
            pid = self._new_place(f"{of}/countryside", "Countryside", f"ريف {self._bare_name(of)}", of)
            self._alt(pid, surface)
            self.doc.add_fact(pid, "sideOf", of, self.sentence)  # "ريف معرة النعمان": around the town
            gov = next((a for a in self.lx.ancestors(of) if self.lx.places[a].kind == "governorate"), "")
            if gov:
                self.doc.use_place(self.lx.places[gov])
                self.doc.add_fact(pid, "partOf", gov, -1, "gazetteer")
            return pid
        if m.direction and of:
            return self.side_of(of, m.direction, surface, urban=m.cls == "Neighbourhood")
        return self.mint_place(m, surface, of, container, beside)

    def mint_place(self, m: Mention, surface: str, of: str, container: str, beside: bool = False) -> str:
        """A place the gazetteer lacks, named from its noun and name.

        Its id depends only on what names it: the noun and the name ("airport-al-thla"),
        under its city for a district or a roundabout, whose names repeat from city to
        city ("damascus-city/al-mydan"); its container is a partOf fact, not part of the
        id, so the same place named in two articles is one node. The label is the name as
        written, without diacritics.
        """
        noun = m.noun or _singular_nouns().get(m.cls, "")
        name = canonical_name(self.known_short_name(m)) if not of else self._bare_name(of)
        generic = m.cls == "Neighbourhood" or match_key(noun) in (match_key("منطقة"), match_key("ناحية")) \
            or bool(of) and (m.cls in _DIVISION_CLASSES or match_key(noun) in _PROVINCE_NOUNS) \
            and place_class(self.doc, self.lx, of) in _DIVISION_CLASSES
        # "أحياء حمص", "إقليم ننغرهار"; not "سهل الزبداني", "وادي حضرموت", "جرود القلمون"
        if of and generic and match_key(name) == match_key(self._bare_name(of)):
            if not self.foreign_namesake(of):
                return of  # "منطقة حلب": the area named after a place is that place
            of = ""  # "مأرب … في منطقة الفاو": an area of this war's country, not Iraq's al-Faw
        if of and m.cls in ("Village", "Town", "City") and self._plural_noun(m):
            return of  # "مدن المحافظة", "بلدات ريف إدلب": the towns of a place, no town of that name
        named = name if not noun or match_key(name).split()[:1] == [match_key(noun)] else f"{noun} {name}"  # "الملعب الأولمبي"
        label = name if m.cls in ("Village", "Town", "City") else named
        around = m.cls == "Region" and of and place_class(self.doc, self.lx, of) in ("City", "Town", "Village")
        parent = container if around else of or container  # "سهل الزبداني" lies around the town, not in it
        if m.cls in ("Governorate", "District") and of and parent == of and place_class(self.doc, self.lx, of) in ("City", "Town", "Village"):
            # "محافظة شرناق", "مديرية نعمان": the division holds its namesake town, it does not lie in it
            parent = next((a for a in self.lx.ancestors(of) if a in self._countries), "") if m.cls == "Governorate" else ""
        if not parent and m.within == "city" and not beside:  # "منطقة البوعيثة شمال الرمادي": not in the city
            parent = self.sentence_city(m)
        if not parent and m.within == "governorate":
            parent = self.sentence_governorate(m)
        key = name_slug(name) if m.cls in ("Village", "Town", "City", "Neighbourhood") else name_slug(named)
        described = bool(noun) and named == name  # "المنطقة الصناعية": a noun and its adjective, said of many cities
        if (m.cls in CITY_SCOPED or described) and parent:
            city = next((a for a in [parent, *self.lx.ancestors(parent)] if place_class(self.doc, self.lx, a) in ("City", "Town")), parent)
            pid = f"{city}/{key}"  # "حي المغاير في حلب القديمة": still Aleppo's al-Maghayer
        elif key in self.lx.places:
            pid = f"{key}-{slug(noun) or 'text'}"  # never the id of another, gazetteer place
        else:
            pid = key
        pid = self._new_place(pid, m.cls, label, parent)
        self._alt(pid, surface)
        if m.name and m.of is None and m.cls not in ("Village", "Town", "City"):
            self._alt(pid, m.name)
        if parent:
            if parent in self.lx.places:
                self.doc.use_place(self.lx.places[parent])  # "محافظة جدة": a country no mention named is still a node
            self.doc.add_fact(pid, "partOf", parent, self.sentence)
        self.remember(m.cls, pid)
        return pid

    def in_home_story(self, pid: str) -> bool:
        """A place of home_only_places.tsv is read in a story of its own country: the article's, or one
        its sentence names a place of."""
        home = self.country_of(pid)
        return home == self.state.country or any(self.country_of(q) == home for _, q in self.sentence_places if q != pid)

    def foreign_namesake(self, pid: str) -> bool:
        """A town of a country the article never names, while this sentence's other places lie in
        another ("تمكنت المقاومة في محافظة مأرب من السيطرة على مواقع في منطقة الفاو"), or, when it names
        no other, while the article's own places do."""
        p = self.lx.places.get(pid)
        if p is None or p.kind not in ("city", "town", "village"):
            return False
        home = self.country_of(pid)
        here = {self.country_of(q) for _, q in self.sentence_places if q in self.lx.places and q != pid}
        if not here and self.state.country and self.state.country_places.get(self.state.country, 0) >= 2:
            here = {self.state.country}  # "وشن طيران التحالف غارتين في منطقة الفاو" in an article about Yemen
        if any(frozenset((home, c)) in _neighbours() for c in here):
            return False  # "من مدينة الرقة إلى منطقة الموصل": a town over the border is that town
        named = any(m.kind == "place" and len(m.ids) == 1 and m.ids[0] != pid and home in (m.ids[0], *self.lx.ancestors(m.ids[0]))
                    for ms in self.doc.mentions for m in ms)
        return bool(here) and home not in here and not named

    def _plural_noun(self, m: Mention) -> bool:
        """``m`` opens with a plural place noun ("مدن المحافظة", "بلدات ريف إدلب")."""
        noun = _place_noun(self.doc.tokens[self.sentence][m.i], self.lx)
        return noun is not None and noun[1] == "pl"

    def placed_elsewhere(self, m: Mention) -> bool:
        """"مركز للشرطة في بولي علم" with بولي علم unknown: the text puts the facility in a place
        the gazetteer lacks, so the sentence's other city is no container for it."""
        toks = self.doc.tokens[self.sentence]
        for t in toks[m.j : m.j + 4]:
            if t.key in _PLACED_IN:
                return True
            if t.kind == "punct":
                break
        return False

    def mint_facility(self, m: Mention, surface: str, container: str) -> str:
        """"مركز للشرطة في بولي علم": a facility named by what it is, under the place the text
        puts it in (the container named after it, else the sentence's city). Such names repeat
        everywhere: in a sentence that names no place, its node bears the article's city or country
        ("هاجم حزب العمال مركزا للشرطة" in a story of Istanbul) but lies in no place; in a story
        that names none, in a sentence that names places of other countries only ("وفي سوريا، قصفت طائرات
        روسية قاعدة عسكرية" in a story of Taiz) or one that condemns an attack (a dateline's city is not
        where it struck), no node."""
        parent = container or ("" if self.placed_elsewhere(m) else self.sentence_city(m))
        scope = parent or ("" if self.placed_elsewhere(m) or self.condemned_here() else self.salient_city() or self.story_country())
        countries = {self.country_of(pid) for _, pid in self.sentence_places} - {""}
        if not parent and scope and countries and self.country_of(scope) not in countries:
            scope = ""  # "وفي سوريا، قصفت طائرات روسية قاعدة عسكرية" in a story of Taiz: not the story's base
        if not scope:
            return ""
        qualifier = canonical_name(m.name)
        other = "ال" + qualifier[2:] if qualifier.startswith("لل") else "لل" + qualifier[2:] if qualifier.startswith("ال") else ""
        if not (other and match_key(other) in self.lx.facility_nouns.get(match_key(m.noun), ("", "", frozenset()))[2]):
            other = ""  # "قاعدة للجيش" has no attested "قاعدة الجيش"; "قاعدة العسكرية" is no owner at all
        # one node whichever way the owner is said ("مركز للشرطة", "مركز الشرطة"): the label takes لل;
        # a definite adjective makes the noun definite too ("السوق المركزية", "القصر الرئاسي")
        noun = f"ال{m.noun}" if is_definite_nisba(match_key(qualifier)) else m.noun
        label = f"{noun} {other if other.startswith('لل') else qualifier}"
        home = next((a for a in [scope, *self.lx.ancestors(scope)] if place_class(self.doc, self.lx, a) in ("City", "Town")), scope)
        pid = self._new_place(f"{home}/{name_slug(label)}", m.cls, label, parent)
        self._alt(pid, f"{surface} {qualifier}")  # "مركزا للشرطة", "معسكرات للجيش"
        if other:
            self._alt(pid, f"{m.noun} {qualifier if other.startswith('لل') else other}")  # "مركز الشرطة"
        self._alt(pid, f"ال{m.noun}")  # how the text refers back to it: "المركز", "السوق"
        if parent:
            self.doc.add_fact(pid, "partOf", parent, self.sentence)
        return pid

    # --- actors -------------------------------------------------------------------
    def resolve_actor(self, m: Mention) -> str:
        surface = _strip_prefix(m)
        if m.how == "lexicon":
            aid = self.shared_name(m) or m.ids[0]
            self.doc.actors[aid] = self.lx.actors[aid]
            self.count_home_country(aid)
        elif m.how == "source":
            aid = m.ids[0]
            label_ar, label_en = _source_labels().get(aid, (surface, ""))
            self.doc.actors[aid] = ActorEntry(aid, label_ar, label_en, "Information source", source="sources.tsv")
            self._alt(aid, surface)
            return aid  # sources are not discourse antecedents
        elif m.how == "head":
            surface = " ".join(re.sub(r"[\"«»“”‘’'()]", " ", surface).split())  # كتائب (شهداء الإسلام)
            aid = slug(surface)
            if aid not in self.doc.actors:
                head_words = match_key(surface).split()
                acled = self.lx.actor_heads.get(" ".join(head_words[:2])) or self.lx.actor_heads.get(head_words[0], "")
                self.doc.actors[aid] = ActorEntry(aid, surface, "", acled, source="text")
        elif m.how == "anaphor" and m.sole_group:  # "قتلت قوات الأمن 23 إرهابيا": the group the article fights
            aid = (self.antecedent(m.ids) if m.ids else "") or self.national(m.ids) or self.sole_armed_group(m) or m.fallback
            if aid not in self.lx.actors:
                return ""
            self.doc.actors[aid] = self.lx.actors[aid]
        elif m.how == "anaphor":
            toks = self.doc.tokens[self.sentence]
            named = _adjective_countries().get(toks[m.j].key, "") if m.j < len(toks) else ""
            if named and not any(_actor_countries().get(a) == named for a in m.ids):
                return ""  # "الحكومة الإثيوبية": a state the lexicon has no forces of, not the last one named
            aid = self.demonstrated(m) or self.antecedent(m.ids) or self.reporting_state(m) or self.national(m.ids) or self.same_head(m)
            toks = self.doc.tokens[self.sentence]
            hit = m.i > 0 and (toks[m.i - 1].key in ("ضد", "علي") or any(b in _OBJECT_FIRST for _, b in clitic_candidates(toks[m.i - 1].key)))
            if not aid and hit and (shared := self.shared_name(m)):  # "بدأت في مهاجمة مقاتلين أكراد في شمال العراق":
                aid = shared  # whom an attack hit, with no antecedent, is told by where they are (not a subject: "وسيطر
                self.doc.actors[aid] = self.lx.actors[aid]  # مقاتلون أكراد على مخمور" after the Peshmerga are theirs)
            if not aid and len(m.ids) == 1 and self.at_home(m, m.ids[0]):
                aid = m.ids[0]  # "النظام" with no antecedent: the one actor it names in this lexicon
                self.doc.actors[aid] = self.lx.actors[aid]
            if not aid and m.fallback in self.lx.actors:
                aid = m.fallback  # "هاجم مسلحون" outside the lands of the movements it can name
                self.doc.actors[aid] = self.lx.actors[aid]
            if not aid:
                return ""
        else:
            return ""
        self._alt(aid, surface)
        self.state.actors.append(aid)
        helper = in_support_phrase(self.doc.tokens[self.sentence], m.i)  # "وبدعم من قوات التحالف"
        if (m.ids or m.how != "anaphor") and not helper:  # not "الأخير", "تلك القوات" themselves
            self.state.said_head[match_key(surface).split()[0].removeprefix("ال")] = aid
        if m.how == "lexicon":  # a known group, not a name the grammar minted
            self.state.by_head[match_key(surface).split()[0].removeprefix("ال")] = aid
        return aid

    def sole_armed_group(self, m: Mention) -> str:
        """The one armed group outside any state's forces that the article has named before these armed men
        ("مقتل العشرات من عناصر تنظيم داعش … قتلت 23 إرهابيا": ISIS); '' when there are none or several
        (a Yemeni story names the Houthis and the Resistance: "قتلت المقاومة 28 مسلحا" stays unnamed)."""
        toks = self.doc.tokens[self.sentence]
        last = next((x for x in reversed(self.doc.mentions[self.sentence]) if x.kind == "actor" and x.ref and x.i < m.i), None)
        before = {last.ref} if last is not None and not last.prefix and not (last.i > 0 and toks[last.i - 1].key in _GOVERNING) else set()
        # (the subject right before them: "الثوار حاصروا مجموعة من المسلحين" are not the resistance)
        groups = {a for a in self.state.actors if a in self.lx.actors and a != m.fallback and a not in before
                  and self.lx.actors[a].acled_type in _ARMED_GROUP_TYPES}
        if len(groups) != 1:
            return ""
        group = groups.pop()
        others = [x for x in self.doc.mentions[self.sentence] if x.kind == "actor" and x.how == "anaphor" and x.ids
                  and not x.ref and x is not m and group not in x.ids]
        return "" if others else group  # "قتل ثلاثة مسلحون أكراد … بين قوات الأمن التركية والمسلحين": those men, not ISIS

    def shared_name(self, m: Mention) -> str:
        """The actor a name two actors share stands for (shared_names.tsv): by the country of the first place
        named after it in its clause where it is or acts, after في/على/ب ("قصف المقاتلين الأكراد في شمال
        العراق": the PKK; "سيطر المقاتلون الأكراد على بلدة تل أبيض": the YPG); not a place a source speaks
        from or people fled to; with none, by the country of the article's war. '' otherwise: the name as
        actors.tsv has it."""
        readings = _shared_names().get(match_key(_strip_prefix(m)))
        if not readings:
            return ""
        toks = self.doc.tokens[self.sentence]
        if m.j < len(toks) and (said := self.named_nationality(toks[m.j].key)) in readings:
            return readings[said]  # "المقاتلون الأكراد السوريون": the Syrians, the YPG
        for p in self.doc.mentions[self.sentence]:
            if p.kind != "place" or p.i < m.j:
                continue
            if any(t.kind == "punct" for t in toks[m.j : p.i]):
                break  # past the clause
            ids = p.ids or (p.of.ids if p.of is not None else ())  # "في شمال العراق": the side's base
            where = p.prefix.endswith("ب") or p.i > 0 and toks[p.i - 1].key in ("في", "علي")
            if ids and where:  # (a name of places in two countries, "سنجار", tells none)
                countries = {self.country_of(i) for i in ids}
                return readings.get(countries.pop(), "") if len(countries) == 1 else ""
        country = self.state.country  # none placed in the clause: the war the article is about ("حملة ضد داعش والمقاتلين
        by_article = _shared_names(by_article=True).get(match_key(_strip_prefix(m)), {})  # الأكراد" in Turkey; not Iraq's)
        return by_article.get(country, "") if country and self.state.country_places.get(country, 0) >= 2 else ""

    @staticmethod
    def named_nationality(key: str) -> str:
        """The country a definite nationality adjective names in any number ("السورية", "السوريون",
        "السوريين"), or ''."""
        countries = _adjective_countries()
        return countries.get(key) or countries.get(nationality_form(key) or "", "")

    def reporting_state(self, m: Mention) -> str:
        """"كما قال الجيش" after "الجيش الأمريكي": the subject of a reporting verb named by the head
        noun of a state's forces named before is those forces, before the army of the country the
        sentence is about (not "وفي العراق، استعاد الجيش السيطرة …")."""
        toks = self.doc.tokens[self.sentence]
        hit = self.lx.reporting.longest(toks, m.i - 1) if m.i > 0 else None
        said = hit is not None and hit[0] == 1 or m.i > 0 and any(b in _STATEMENTS for _, b in clitic_candidates(toks[m.i - 1].key))
        return self.same_head(m, states_only=True) if said else ""  # "قال الجيش", "ووفقا لبيان الجيش"

    def same_head(self, m: Mention, states_only: bool = False) -> str:
        """"المنظمة" after "منظمة بي كا كا": a bare head noun names the last actor whose name
        began with it, before any default of the lexicon (``states_only``: a state's forces)."""
        keys = match_key(_strip_prefix(m)).split()
        if len(keys) != 1 or not keys[0].startswith("ال"):
            return ""
        aid = self.state.by_head.get(keys[0].removeprefix("ال"), "")
        if states_only and not (aid in self.lx.actors and (self.lx.actors[aid].acled_type == "State Forces"
                                                         or aid in self.lx.places and self.lx.places[aid].kind == "country")):
            return ""
        if aid and aid in self.lx.actors:
            self.doc.use_actor(self.lx.actors[aid])
        return aid

    def demonstrated(self, m: Mention) -> str:
        """"هذا الجيش", "هذه الجبهة": the latest actor whose own name has that head noun
        (جيش الفتح), not the default referent of the bare noun (the Syrian army)."""
        tokens = self.doc.tokens[self.sentence]
        if m.j - m.i == 2 and not m.ids and tokens[m.i].key[len(m.prefix) :] in _DEMONSTRATIVES:  # "فهذه القوات"
            # "تلك القوات" (grammar_words demonstrated_noun): the latest actor the text called by that head noun
            # ("القوات الموالية للشرعية"), else (the caller's fallback) the last actor named
            return self.state.said_head.get(tokens[m.i + 1].key.removeprefix("ال"), "")
        if m.i == 0 or tokens[m.i - 1].key not in _DEMONSTRATIVES:
            return ""
        head = match_key(_strip_prefix(m)).split()[0].removeprefix("ال")
        for aid in reversed(self.state.actors):
            entry = self.doc.actors.get(aid)
            names = [entry.label_ar] if entry else []  # its own name, not an alias like "جيش النظام"
            if any(match_key(n).split()[0].removeprefix("ال") == head for n in names if n.strip()):
                return aid  # "جيش الفتح" for "هذا الجيش", "الجبهة الشامية" for "هذه الجبهة"
        return ""

    def at_home(self, m: Mention, aid: str) -> bool:
        """A state's forces named without their state ("الطيران", "الجيش النظامي") are that state's
        only where the text is about its country: the adjective after the noun ("الجيش الأفغاني")
        or else the article's country; an article on Libya or Afghanistan is not Syria's war."""
        home = _actor_countries().get(aid, "")
        toks = self.doc.tokens[self.sentence]
        named = _adjective_countries().get(toks[m.j].key, "") if m.j < len(toks) else ""
        if named:
            return not home or home == named
        # the sentence's own country counts as in national(): "تمكنت قوات الجيش الوطني من تحرير محافظة ابين"
        wheres = {w for w in (self.sentence_country(), self.state.country) if w}
        return not home or not wheres or home in wheres

    def national(self, ids: tuple[str, ...]) -> str:
        """"القوات الحكومية" with no antecedent: the forces of the country the article's places lie
        in (nationalities.tsv pairs a state's forces with its country)."""
        if len(ids) < 2:
            return ""
        aid = ""
        here = self.sentence_country()
        # the sentence's country first, then the article's ("السعودية" named in a Yemeni article);
        # the article's is only the default (Syria) until a place has been named, and a sentence on
        # Iran ("معسكرات للجيش في محافظة مريوان (غرب إيران)") does not fall back to it
        countries = (here, self.state.country) if self.state.country_places or not here else (here,)
        for country in dict.fromkeys(countries):
            aid = aid or next((a for a in ids if country and _actor_countries().get(a) == country), "")
        if not aid:  # "التحالف" outside Yemen: the one candidate that belongs to no country's war
            rest = [a for a in ids if not _actor_countries().get(a)]
            aid = rest[0] if len(rest) == 1 else ""
            if aid in _named_first() and aid not in self.state.actors:
                aid = ""  # "المتمردون سيطروا على بلدة مورك": no PKK before it is named
            foreign = any(c and c not in _HOME_WARS for c in (self.sentence_country(), self.state.country))
            if aid and foreign and self.lx.actors[aid].acled_type != "External/Other Forces":
                aid = ""  # "المتشددين" in an article on India: not the Islamic State by default
        if aid:
            self.doc.actors[aid] = self.lx.actors[aid]
        return aid

    def sentence_country(self) -> str:
        """The country this sentence's own places or nationality adjectives point to ("مقر الشرطة
        في مدينة سرت الليبية": Libya, whose forces the lexicon may not have), else the home of a
        one-country actor it names."""
        toks = self.doc.tokens[self.sentence]
        named = [c for t in toks if (c := _adjective_countries().get(t.key))]
        for _, pid in self.sentence_places:
            if pid in self.lx.places:
                chain = [pid, *self.lx.ancestors(pid)]
                named += [a for a in chain if self.lx.places.get(a) and self.lx.places[a].kind == "country"]
        named += [c for m in self.doc.mentions[self.sentence] if m.kind == "actor" and m.how == "lexicon" and len(m.ids) == 1
                  and (c := _actor_countries().get(m.ids[0]))]  # "ووحدات من الجيش مدعومة بحكومة اليمن": Yemen's
        return named[0] if named else ""

    def antecedent(self, ids: tuple[str, ...]) -> str:
        """The most recent actor among ``ids`` (any actor when ``ids`` is empty)."""
        for aid in reversed(self.state.actors):
            if not ids or aid in ids:
                return aid
        return ""

    # --- sentences ------------------------------------------------------------------
    def explicit_container(self, ms: list[Mention], k: int) -> tuple[int, str] | None:
        """A place right after mention k (through "في", "ب" or a comma) that contains it."""
        m = ms[k]
        toks = self.doc.tokens[self.sentence]
        last = k
        while last + 1 < len(ms) and ms[last + 1].group == m.group and m.group >= 0:
            last += 1
        if last + 1 >= len(ms):
            return None
        nxt = ms[last + 1]
        gap_start = ms[last].j
        if m.facility and nxt.kind == "actor" and nxt.i <= m.j + 2 and last + 2 < len(ms):
            last, nxt = last + 1, ms[last + 2]  # "مركز للشرطة في بولي علم": past the owner
            gap_start = ms[last].j
        elif m.facility and last == k:
            gap_start = m.j + 1  # "قاعدة عسكرية في ولاية لامو": past the qualifier
        if nxt.kind == "actor":
            return self._container_after_clause(ms, last)
        if nxt.kind != "place":
            return None
        gap = [t.key for t in toks[gap_start : nxt.i]]
        if gap[:1] and (closes_bracket(toks, gap_start) or gap[0] in _CLOSING_QUOTES):
            gap = gap[1:]  # "منطقة (جورجوري) بمقاطعة (هسكه مينه)": the bracket closes the name
        if gap[:1] and gap[0] in _adjective_countries() and m.how == "noun" and m.cls not in _SETTLEMENT_CLASSES:
            gap = gap[1:]  # "قاعدة حميميم الجوية الروسية في اللاذقية": the operator's adjective, then where it lies
        while gap and gap[0] in place_descriptors() and (len(gap) > 1 and m.how == "noun" and m.cls not in _SETTLEMENT_CLASSES
                                                         or nxt.how == "direction"):
            gap = gap[1:]  # "قاعدة العند العسكرية الاستراتيجية في محافظة لحج": what the base is, then where;
            # "ولاية قندوز المضطربة شمال افغانستان": what a settlement is, then the side of the country it lies in
        if gap[:1] == ["("] and gap[-1:] == ["في"] and 3 <= len(gap) <= 4 and self.lx.place_nouns.get(gap[1]):
            gap = ["في"]  # "الفوعة (بلدة شيعية في ريف إدلب)": the aside says what and where it is
        if gap[:1] == ["("] and ")" in gap and gap[-1:] == ["في"] and gap.index(")") <= 4:
            gap = gap[gap.index(")") + 1 :]  # "تابع لحركة المقاومة الإسلامية (حماس) في قطاع غزة": past the gloss
        if gap == ["("]:
            gap = ["في"]  # "قرية قسطون (ريف حماة)": the bracket says where it is
        elif gap in (["-"], ["–"]) and nxt.how == "direction":
            gap = []  # "مدينة درنة - شرقي البلاد", "بمحافظة إب -وسط اليمن-": a dash sets off where it lies
        elif gap[:1] in (["("], ["-"], ["–"]) and gap[1:]:
            gap = gap[1:]  # "الفوعة وكفريا (في إدلب)", "تل أبيض -التي تقع في الريف الشمالي لمحافظة الرقة-"
        if tuple(gap) not in CONTAINER_GAPS and not (gap == [] and nxt.prefix.endswith("ب")):
            return None
        if gap == [] and any(t.key in _LINKS for t in toks[max(0, m.i - 2) : m.i]) and nxt.how != "direction" \
                and nxt.cls != "Countryside" and not any(t.key == "مع" for t in toks[nxt.j : nxt.j + 4]):
            return None  # "الطريق الذي يربط عدن بمحافظة لحج المجاورة": the road joins Aden with Lahij, not in it
            # (but "يربط بلدة نبل بريف حلب الشمالي مع مدينة حلب": in the countryside, joined with the city)
        centre = nxt.how == "direction" and toks[nxt.i].key.startswith("وسط")  # "وسط اليمن": its و is the word's
        if gap in ([], ["،"], [","]) and nxt.prefix.startswith("و") and not centre:
            return None  # "ولاية هكاري، وولاية ديار بكر", "شمال مالي وشمال نيجيريا": a conjunct, not a container
        if gap == [] and not nxt.prefix.endswith("ب") and nxt.how != "direction":
            return None
        return last + 1, nxt.how

    def _container_after_clause(self, ms: list[Mention], last: int) -> tuple[int, str] | None:
        """"قرية الإمام التي يسيطر عليها تنظيم داعش في ريف حلب", "تل الشيخ حسين الخاضع لسيطرة
        النظام في ريف درعا": a short clause on who holds the place stands before its container."""
        toks = self.doc.tokens[self.sentence]
        start = ms[last].j
        if start >= len(toks) or toks[start].key not in _CLAUSE_OPENERS or last + 2 >= len(ms):
            return None
        actor, n = ms[last + 1], last + 2
        while n < len(ms) and ms[n].kind == "actor" and ms[n].prefix.startswith("و") and ms[n].i == ms[n - 1].j:
            n += 1  # "الموالي لصالح والحوثيين": the owners, however many
        if n >= len(ms):
            return None
        nxt = ms[n]
        if nxt.kind != "place" or actor.i - start > 4:
            return None
        gap = [t.key for t in toks[ms[n - 1].j : nxt.i]]
        if gap == ["في"] or (not gap and nxt.prefix.endswith("ب")):
            return n, nxt.how
        return None

    def resolve_sentence(self, index: int) -> None:
        self.sentence = index
        for pid in self.state.city_mentions:  # salience fades: a city named ten sentences ago yields to one named just now
            self.state.city_mentions[pid] *= SALIENCE_DECAY
        self.topic_city = ""  # "وفي الزبداني … على المدينة": the city this sentence is about
        ms = self.doc.mentions[index]
        self.sentence_places = [(m.i, pid) for m in ms if m.kind == "place" for pid in [self.peek_place(m)] if pid]
        # a back-reference ("غرب المدينة") is peeked before this sentence's own places are known: it
        # stands for the city named before ("عتق"), a fallback when the sentence names no city itself
        self.sentence_backrefs = {m.i for m in ms if m.kind == "place" and _refers_back(m)}
        # each place's explicit container, once: resolving a place changes no container read here
        conts = {k: self.explicit_container(ms, k) for k, m in enumerate(ms)
                 if m.kind == "place" and m.how in ("noun", "gazetteer", "direction")}
        as_container = set()
        for k, cont in conts.items():
            if cont is not None and ms[cont[0]].how == "direction" and ms[cont[0]].of is not None \
                    and ms[cont[0]].cls != "Countryside":  # "في الريف الجنوبي للمحافظة": that countryside, not the province
                base = ms[cont[0]].of
                country = place_class(self.doc, self.lx, self.peek_place(base)) == "Country"
                if self.side_contains(ms[k], base) and not country:
                    as_container.add(cont[0])  # a country's side stays a region: "شمال غرب سوريا"
        self.owned_aircraft(ms)
        facilities = []
        for k, m in enumerate(ms):
            if m.kind == "place" and m.how == "anaphor" and m.fallback and not self.anaphor_place(m.cls, count=False):
                m.kind, m.how, m.ids = "actor", "lexicon", (m.fallback,)  # "القاعدة" with no base named before: al-Qaeda
            if m.kind == "actor":
                m.ref = self.resolve_actor(m)
                continue
            if m.facility:
                facilities.append(k)  # after the places that may hold them
                continue
            if k in as_container:
                m.ref = self.resolve_place(m, itself=True)
                continue
            container, beside = "", False
            cont = conts.get(k) if m.how in ("noun", "gazetteer") else None
            if cont is not None and m.ids and m.cls != "Countryside":  # "الزعفرانية بجنوب بغداد": not Homs's
                container = self.readings_in_container(m, ms[cont[0]])
            if cont is None and m.how == "noun" and not m.ids and (self.at_distance(ms, k) or self.near_after(ms, k)):
                beside = True  # "منطقة الثرثار 35 كلم شمال شرق الفلوجة", "… القريبتين من الرمادي": some way from the town
            if cont is not None and m.how == "noun" and not m.ids:
                nxt = ms[cont[0]]
                target = nxt.of if nxt.how == "direction" and nxt.of is not None else nxt
                beside = nxt.how == "direction" and nxt.of is not None and not self.side_contains(m, nxt.of)
                beside = beside and not self.region_within(m, nxt)
                if beside:  # "تل معاز شرقي قرية شقا", "منطقة البوعيثة شمال الرمادي": beside the place, not in it
                    target = None
                    wider = self.explicit_container(ms, cont[0])  # "… شمال مدينة حماة في ريف حماة الشمالي": in that
                    wide = ms[wider[0]] if wider is not None else None
                    if wide is not None and (wide.cls in _WIDE_CLASSES or place_class(self.doc, self.lx, self.peek_place(wide)) in _WIDE_CLASSES):
                        target, beside = wide, False  # "منطقة مكيشيفة شمال مدينة سامراء في محافظة صلاح الدين": in the province
                cid = self.peek_place(target) if target is not None else ""
                if cid and RANK.get(place_class(self.doc, self.lx, cid), 0) > RANK.get(m.cls, 0):
                    container = cid
            m.ref = self.resolve_place(m, container, beside=beside)
            if not self.topic_city and m.how in ("gazetteer", "noun") and place_class(self.doc, self.lx, m.ref) in ("City", "Town"):
                self.topic_city = m.ref
            elif not self.topic_city and m.how == "direction" and m.of is not None and m.of.how != "anaphor":
                base = m.of.ref or self.peek_place(m.of)  # "جنوبي مدينة الحسكة": the sentence is about al-Hasakeh
                if base and place_class(self.doc, self.lx, base) in ("City", "Town"):
                    self.topic_city = base
        for k in facilities:
            cont = conts.get(k)  # "مركز للشرطة في بولي علم", "قاعدة جوية شرق حلب": the side as it is
            ms[k].ref = self.mint_facility(ms[k], _strip_prefix(ms[k]), ms[cont[0]].ref if cont is not None else "")
        self.add_dual_referents(ms)
        self.part_of_from_text(ms)
        self.part_of_country(ms)

    def owned_aircraft(self, ms: list[Mention]) -> None:
        """"طائرات حربية تابعة للائتلاف": a generic force word names the actor it belongs to,
        not the one it names by default."""
        toks = self.doc.tokens[self.sentence]
        for m, nxt in zip(ms, ms[1:]):
            if m.kind != "actor" or m.how != "anaphor" or nxt.kind != "actor" or nxt.how not in ("lexicon", "anaphor"):
                continue
            if m.j < len(toks) and toks[m.j].key in _AFFILIATION and nxt.i == m.j + 1 and nxt.prefix.endswith("ل"):
                m.how, m.ids = "lexicon", nxt.ids

    def add_dual_referents(self, ms: list[Mention]) -> None:
        """"قصفت القريتين": a dual back-reference names the last two places of its class."""
        for k in range(len(ms) - 1, -1, -1):
            m = ms[k]
            if m.kind != "place" or m.how != "anaphor" or not _is_dual(m.text):
                continue
            pair = self.last_two(m.cls)
            if len(pair) < 2:
                continue
            m.ref, m.group = pair[0], 900 + k
            twin = Mention(m.kind, m.i, m.j, m.start, m.end, m.text, m.how, cls=m.cls, prefix=m.prefix, ref=pair[1], group=m.group)
            ms.insert(k + 1, twin)

    def peek_place(self, m: Mention) -> str:
        """Resolve a place mention ahead of its turn (for containers), without side effects on order."""
        if m.how == "gazetteer":
            pid = self.choose_gazetteer(m.ids)
            if pid:
                self.doc.use_place(self.lx.places[pid])
            return pid
        if m.how == "noun" and m.ids:
            pid = self.choose_gazetteer(m.ids)
            if pid:
                self.doc.use_place(self.lx.places[pid])
            return pid
        if m.how == "anaphor":
            return self.anaphor_place(m.cls, count=False)
        if m.how == "direction" and m.of is not None:
            return self.peek_place(m.of)  # "جنوب دمشق" names Damascus too
        return ""

    def sentence_city(self, m: Mention) -> str:
        """The city or town this sentence names nearest to ``m`` (what a neighbourhood,
        roundabout or airport without a named container lies in); '' when it names none."""
        resolved = [(x.i, x.ref) for x in self.doc.mentions[self.sentence] if x.kind == "place" and x.how == "anaphor" and x.ref]
        named = [(i, pid) for i, pid in self.sentence_places if i not in self.sentence_backrefs]
        for cands in (named + resolved, self.sentence_places + resolved):  # "ففي مدينة تعز … غرب المدينة": Taiz
            best, dist = "", 10**9
            for i, pid in cands:  # "داخل العاصمة، لا سيما في أحياء جوبر": the capital
                d = m.i - i if i < m.i else 2 * (i - m.i)  # a city named before is likelier than one named after
                if place_class(self.doc, self.lx, pid) in ("City", "Town") and d < dist:
                    best, dist = pid, d
            if best:
                return best
        return ""

    def sentence_governorate(self, m: Mention) -> str:
        """The governorate this sentence names (what a village without a named container lies in)."""
        for _, pid in self.sentence_places:
            if place_class(self.doc, self.lx, pid) == "Governorate":
                return pid
        return ""

    def side_contains(self, m: Mention, base: Mention) -> bool:
        """"X في شرق Y" puts X in Y when Y is a governorate or larger ("مدينة دير الزور في شرق
        سوريا") or X is a district of a city; a village "جنوب مدينة X" lies beside the city."""
        y = self.peek_place(base)
        big = RANK.get(place_class(self.doc, self.lx, y), 0) >= RANK["Governorate"]
        x_cls = m.cls if m.how == "noun" and not m.ids else place_class(self.doc, self.lx, self.peek_place(m))
        return big or x_cls in IN_CITY

    def part_of_from_text(self, ms: list[Mention]) -> None:
        """"X في Y", "X بريف Y", "X في شرق Y", "X، جنوب Y" → partOf(X, Y) when Y is larger."""
        for k, m in enumerate(ms):
            if m.kind != "place" or not m.ref:
                continue
            cont = self.explicit_container(ms, k)
            if cont is None:
                continue
            nxt = ms[cont[0]]
            target = nxt
            if nxt.how == "direction" and nxt.cls == "Countryside" and nxt.ref:
                pass  # "الهامة في الريف الشرقي لدمشق": in that countryside
            elif nxt.how == "direction" and nxt.of is not None and nxt.of.ref and (self.side_contains(m, nxt.of) or self.inner_side(nxt)):
                target = nxt.of  # "مدينة دير الزور في شرق سوريا": in Syria; "جامعة الأنبار في جنوب مدينة الرمادي": in Ramadi
            elif nxt.how == "direction":
                continue
            y = target.ref or (nxt.ref if target is nxt else "")
            if not y:
                continue
            members = [x for x in ms[k : cont[0]] if x.kind == "place" and x.ref and (x is m or (m.group >= 0 and x.group == m.group))]
            members += self.conjuncts_before(ms, k)
            members = [x.of if self.inner_side(x) else x for x in members]
            for x in members:
                x_cls = place_class(self.doc, self.lx, x.ref)
                y_x = self.same_name_governorate(y) if x_cls in ("Village", "Town") else y  # "نبل والزهراء في حلب"
                y_cls = place_class(self.doc, self.lx, y_x)
                y_rank = RANK.get(y_cls, 0)
                if target is nxt and nxt.how == "noun" and y_x == y and RANK.get(nxt.cls, 0) > y_rank:
                    y_rank = RANK[nxt.cls]  # "بلدة موجرين بمديرية مشرعة", "لقضاء الكرمة": the district the text names, not the town
                if target.cls == "Countryside" and y_x == y:
                    y_rank = max(y_rank, RANK["Countryside"] + 0.5)  # "جبل الزاوية بريف إدلب": a named area in it
                elif x_cls == "Region" and y_cls == "District":
                    y_rank += 0.5  # "منطقة القنذع بمديرية نعمان": the text puts the area in the district
                elif x_cls == "Region" and target is nxt and y_x == y and y_cls in ("City", "Town") and self.area_in_city(x, nxt):
                    y_rank = RANK["Region"] + 0.5  # "جبل يسوف في مدينة لودر": the text says the city holds it
                home = self.country_of(x.ref) if x.ref in self.lx.places else ""
                if home and self.country_of(y_x) not in ("", home):
                    continue  # "مدينة شقرة ولودر في أبين": a Syrian village's reading cannot lie in Abyan
                if y_rank > RANK.get(x_cls, 0):
                    self.doc.add_fact(x.ref, "partOf", y_x, self.sentence)

    def area_in_city(self, x: Mention, city: Mention) -> bool:
        """An area the text names with its noun ("جبل يسوف", "منطقة المطوع"), not the gazetteer's, put
        in a city: "في مدينة لودر", or a bare name that is no province's too ("في زنجبار"; not "في
        دمشق", nor "جبل العرب (السويداء)", which holds the city)."""
        return x.how == "noun" and x.ref not in self.lx.places and (city.how == "noun" or self.same_name_governorate(city.ref) == city.ref)

    def inner_side(self, m: Mention) -> bool:
        """"الجهة الغربية من مدينة تلبيسة بريف حمص", "في جنوب الحسكة": a side inside a named place, so
        the container after it holds the place itself; not "شمال الفلوجة" (beside it)."""
        if m.how != "direction" or m.cls == "Countryside" or m.of is None or not m.of.ref:
            return False
        toks = self.doc.tokens[self.sentence]
        return toks[m.i].key.startswith("ال") or m.i > 0 and toks[m.i - 1].key == "في"

    def at_distance(self, ms: list[Mention], k: int) -> bool:
        """"X، 70 كلم غرب الرمادي": a distance, then a direction mention, right after ms[k]."""
        toks = self.doc.tokens[self.sentence]
        t = ms[k].j
        while t < len(toks) and toks[t].text in ("،", ",", "(", "/"):
            t += 1
        if t + 1 >= len(toks) or toks[t].kind != "num" or toks[t + 1].key not in _DISTANCE_UNITS:
            return False
        nxt = next((x for x in ms[k + 1 :] if x.i >= t + 2), None)
        return nxt is not None and nxt.how == "direction" and nxt.i <= t + 3

    def near_after(self, ms: list[Mention], k: int) -> bool:
        """"منطقة البوعيثة وجزيرة الانبار القريبتين من الرمادي", "على بعد 5 كلم من": a word of nearness
        within a few words after ms[k] (and its conjuncts), so the place lies beside the next."""
        toks = self.doc.tokens[self.sentence]
        if ms[k].cls == "Neighbourhood":
            return False  # "حي جوبر القريب من وسط مدينة دمشق": a district near the centre is in the city
        last = k
        while last + 1 < len(ms) and ms[k].group >= 0 and ms[last + 1].group == ms[k].group:
            last += 1
        for t in range(ms[last].j, min(ms[last].j + 4, len(toks))):  # past a conjunct the text does not know as a place
            if toks[t].kind == "punct" or toks[t].key in ("في", "الي"):
                return False
            if toks[t].key in _NEAR_WORDS or t + 1 < len(toks) and (toks[t].key, toks[t + 1].key) in _NEAR_PHRASES:
                if any(x.key in _CENTRE_WORDS for x in toks[t + 1 : t + 4]):
                    return False  # "منطقة الملعب القريبة من وسط مدينة الرمادي": near its centre, in the city
                near = next((x for x in ms[last + 1 :] if x.i > t and x.kind == "place"), None)  # near a town, not
                return near is not None and near.i <= t + 6 and (near.cls in ("City", "Town") or place_class(
                    self.doc, self.lx, self.peek_place(near)) in ("City", "Town"))  # "المطلة على منطقة صينة" in Taiz
        return False

    def region_within(self, m: Mention, side: Mention) -> bool:
        """An area ("منطقة X") is in the city its direction names when the direction is its
        centre ("منطقة البلد وسط الزبداني"), comes after "في" ("في جنوب الحسكة"), or the city is
        a capital whose areas are districts ("منطقة الحسينية، شمالي بغداد"); otherwise it lies
        beside the city ("منطقة البوعيثة شمال الرمادي")."""
        if m.cls != "Region":
            return False
        toks = self.doc.tokens[self.sentence]
        if side.direction == "center" or any(t.key == "في" for t in toks[m.j : side.i]) or side.prefix.endswith("ب"):
            return True
        base = self.peek_place(side.of) if side.of is not None else ""
        return base in _capitals().values()

    def part_of_country(self, ms: list[Mention]) -> None:
        """"مدينة دير الزور السورية", "بلدة تل أبيض الحدودية السورية", "كوباني (عين العرب)
        السورية": a nationality adjective after a place puts the place in that country."""
        toks = self.doc.tokens[self.sentence]
        countries = _adjective_countries()
        for m in ms:
            if m.kind != "place" or not m.ref:
                continue
            own = countries.get(toks[m.j - 1].key) if m.how == "anaphor" and m.cls == "Capital" else None
            if own and own != m.ref and own in self.lx.places:  # "العاصمة السورية": the capital in its country
                self.doc.use_place(self.lx.places[own])
                self.doc.add_fact(m.ref, "partOf", own, self.sentence)
                continue
            k = m.j
            if k < len(toks) and toks[k].text == "(":  # past an aside: "(عين العرب)"
                k = next((t + 1 for t in range(k, min(k + 6, len(toks))) if toks[t].text == ")"), k)
            while k < len(toks) and toks[k].text in QUOTE_MARKS:
                k += 1
            for _ in range(2):  # "الحدودية السورية", "الكردية السورية": other adjectives first
                if k < len(toks) and toks[k].key.startswith("ال") and toks[k].key.endswith("يا") and toks[k].key not in countries:
                    k += 1
            country = countries.get(toks[k].key) if k < len(toks) else None
            named = m.of if m.how == "direction" and m.of is not None else m  # "شرق قاعدة حميميم الروسية": the base's operator
            facility = named.how == "noun" and named.cls not in _SETTLEMENT_CLASSES and match_key(named.noun) not in _LAND_FACILITIES
            # "قاعدة حميميم الروسية", "مبنى القنصلية الأميركية": the operator, not the land; "ميناء جيهان التركي" is the land's
            place = m.of.ref if m.how == "direction" and m.of is not None and m.of.ref else m.ref
            # ("جنوب مدينة الرقة السورية": the city the side is named from)
            elsewhere = {a for a in self.lx.ancestors(place) if self.lx.places[a].kind == "country"} - {country} if place in self.lx.places else set()
            if country and country != place and country in self.lx.places and not facility and not elsewhere:
                self.doc.use_place(self.lx.places[country])
                self.doc.add_fact(place, "partOf", country, self.sentence)

    def conjuncts_before(self, ms: list[Mention], k: int) -> list[Mention]:
        """Places joined to ms[k] by و before it ("مدينة تلبيسة وقرى الحولة … في ريف حمص"):
        the container after a list holds every member."""
        toks = self.doc.tokens[self.sentence]
        out: list[Mention] = []
        first = k
        while first > 0 and ms[first].group >= 0 and ms[first - 1].group == ms[first].group:
            first -= 1  # the head of m's own noun group
        cur = ms[first]
        for prev in reversed(ms[:first]):
            if prev.kind != "place" or not prev.ref or not cur.prefix.startswith("و") or toks[prev.j : cur.i]:
                break
            out.append(prev)
            cur = prev
        return out


def _refers_back(m: Mention) -> bool:
    """A back-reference to a place ("المدينة"), or a side of one ("غرب المدينة")."""
    return m.how == "anaphor" or m.how == "direction" and m.of is not None and m.of.how == "anaphor"


@lru_cache(maxsize=1)
def _front_countries() -> frozenset[str]:
    """The countries whose towns the gazetteer holds (places_<country>.tsv, places.tsv for Syria)."""
    return frozenset({"syria"} | {f.removeprefix("places_").removesuffix(".tsv") for f in PLACE_FILES if f != "places.tsv"})


@lru_cache(maxsize=1)
def _named_first() -> frozenset[str]:
    """Actors a shared anaphor names by default only once named (named_first_actors.tsv)."""
    return frozenset(r["actor"] for r in read_tsv("named_first_actors.tsv"))


@lru_cache(maxsize=1)
def _home_only() -> frozenset[str]:
    """Places read only in a story of their own country (home_only_places.tsv)."""
    return frozenset(r["place"] for r in read_tsv("home_only_places.tsv"))


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Country id → the capital "العاصمة" refers to (capitals.tsv)."""
    return {r["country"]: r["capital"] for r in read_tsv("capitals.tsv")}


@lru_cache(maxsize=2)
def _shared_names(by_article: bool = False) -> dict[str, dict[str, str]]:
    """Names two actors share → {country: actor} (shared_names.tsv); ``by_article``: only the readings that
    hold in an article about that country's war when no place is named (column article)."""
    out: dict[str, dict[str, str]] = {}
    for r in read_tsv("shared_names.tsv"):
        if not by_article or r.get("article") == "yes":
            out.setdefault(match_key(r["form"]), {})[r["country"]] = r["actor"]
    return out


@lru_cache(maxsize=1)
def _actor_countries() -> dict[str, str]:
    """A state's forces and the country they belong to ("syrian-government" → syria), and the
    actors of one country's war (actor_homes.tsv: the Saudi-led coalition → yemen)."""
    out = {r["actor"]: r["country"] for r in read_tsv("nationalities.tsv") if r.get("country") and r["actor"]}
    out.update({r["actor"]: r["country"] for r in read_tsv("actor_homes.tsv")})
    return out


@lru_cache(maxsize=1)
def _adjective_countries() -> dict[str, str]:
    """Definite nationality adjectives and the country they name ("السورية" → syria)."""
    return {match_key(r["form"]): r["country"] for r in read_tsv("nationalities.tsv") if r.get("country") and r["form"].startswith("ال")}


_DISTANCE_UNITS = words("distance_unit")
_NEAR_WORDS = words("near")  # "القريبة من"
_NEAR_PHRASES = sequences("near")  # "على بعد", "على مسافة"
_CENTRE_WORDS = words("centre_word")  # "القريبة من وسط المدينة"
_AFFILIATION = words("affiliation")  # "طائرات حربية تابعة للائتلاف"
_SETTLEMENT_CLASSES = {"City", "Town", "Village", "Neighbourhood", "Region", "Governorate", "District", "Subdistrict", "Countryside"}
_WIDE_CLASSES = {"Countryside", "Governorate", "District", "Subdistrict"}  # what holds a place "north of a town in X"


@lru_cache(maxsize=1)
def _neighbours() -> frozenset[frozenset[str]]:
    """Pairs of countries that share a land border (neighbours.tsv)."""
    return frozenset(frozenset((r["country"], r["neighbour"])) for r in read_tsv("neighbours.tsv"))


_STATEMENTS = words("statement_noun")  # "لبيان الجيش": the army speaks
_HOME_WARS = {"syria", "iraq", "libya"}  # where a generic word may default to a group of no country's war (the Islamic State)
_HOMONYM_KINDS = {"village", "town", "neighbourhood"}  # kinds whose names repeat from country to country


def _is_dual(surface: str) -> bool:
    key = match_key(surface)
    return key.endswith(("تين", "تان", "يين"))


def resolve(doc: Doc, lx: Lexicon) -> Doc:
    """Assign entity ids to every mention of ``doc`` and add the partOf facts."""
    r = Resolver(doc, lx)
    for index in range(len(doc.sentences)):
        r.resolve_sentence(index)
    gazetteer_part_of(doc, lx)
    return doc


def _bearing(m: Mention, tokens: list[Token]) -> bool:
    """A side named as a bearing of something else: a compass noun before its place ("X جنوب مدينة
    الرمادي", "3 كلم جنوب"), or "من الجهة الجنوبية"; not a region something is in ("في شمال سوريا",
    "بجنوب اليمن"), a side's name ("القلمون الشرقي", "الأحياء الشرقية") or a centre ("وسط")."""
    if m.how != "direction" or m.direction == "center":
        return False
    if m.prefix.endswith("ب") or m.i > 0 and tokens[m.i - 1].key == "في":
        return False
    first = tokens[m.i].key
    return direction_at(tokens, m.i, "noun") is not None or any(b in _BEARING_NOUNS for _, b in clitic_candidates(first))


def without_idle_sides(doc: Doc, lx: Lexicon) -> Doc:
    """A side named only as a bearing of another place ("3 كلم جنوب مدينة الرمادي", "مديرية أرحب
    شمال العاصمة صنعاء", "من الجهة الجنوبية") says where that place lies, not that a region "south
    of Ramadi" exists: when no event happens there and nothing lies in it, it keeps no
    containment facts (and so no node)."""
    bearings: set[str] = set()
    named: set[str] = set()
    for tokens, ms in zip(doc.tokens, doc.mentions):
        for m in ms:
            if m.kind == "place" and m.ref:
                (bearings if _bearing(m, tokens) else named).add(m.ref)
    idle = bearings - named
    if not idle:
        return doc
    idle -= {p for ev in doc.events for p in (*ev.places, *ev.targets)}
    idle -= {f.o for f in doc.facts} | {f.s for f in doc.facts if f.rel not in ("partOf", "sideOf")}
    doc.facts = [f for f in doc.facts if not (f.s in idle and f.rel in ("partOf", "sideOf"))]
    return doc


def gazetteer_part_of(doc: Doc, lx: Lexicon) -> None:
    """partOf from the gazetteer between places one sentence names: each named place in the
    nearest place above it named beside it ("نبل والزهراء … وفي محافظة حلب"). Places named
    sentences apart are not said to be in each other (GUIDELINE: mere mention side by side);
    the full hierarchy is reference data (kg.graph.build.gazetteer_graph), kept out of each
    article's graph."""
    for ms in doc.mentions:
        named = {m.ref for m in ms if m.kind == "place" and m.ref}
        named |= {m.of.ref for m in ms if m.of is not None and m.of.ref}
        for pid in sorted(named):
            if pid not in lx.places:
                continue
            for anc in lx.ancestors(pid):
                if lx.places[anc].kind == "country":
                    break
                if anc in named:
                    doc.use_place(lx.places[anc])
                    doc.add_fact(pid, "partOf", anc, -1, "gazetteer")
                    break
