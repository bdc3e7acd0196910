"""Events from trigger words, with their arguments attached by frame.

Each trigger of lexicon/data/triggers.tsv names a frame that says where its
arguments stand in Arabic: a verb's subject follows it (VSO) or precedes it
(SVO); a noun takes its agent from "نفذه X", a genitive or a possessive
pronoun; "تحت سيطرة X" has the place before and the holder after; a relative
clause ("الذي تسيطر عليه X") takes its object from the antecedent.
Triggers are found in kg/extract/triggers.py; finding events (``find_events``) is kept apart
from writing facts (``event_facts``).
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from functools import cached_property, lru_cache
from typing import TypeAlias

from kg.doc import Doc, Event, Mention
from kg.extract.attribution import reports_through
from kg.extract.casualties import _LOSS_ADJECTIVES, _OTHERS, _has_kill_word, across_border, host_end, is_state_force
from kg.extract.clashes import ClashFrames
from kg.extract.cues import SUCCESS_REACH, WINDOW, _cue_forms, _observers, _relation_cues, in_support_phrase
from kg.extract.mentions import ATTACK_EVENTS, COUNT_WORDS, UNIDENTIFIED, area_nouns, direction_at, is_definite_nisba, is_equipment, is_partner
from kg.extract.resolve import RANK, _OBJECT_FIRST, _actor_countries, place_class
from kg.extract.sides import allied
from kg.extract.triggers import _ACTIVE_KILL, _BETWEEN_ANTECEDENT, _CLAIMED_KILLINGS, _INFLICT_VERBS, _LOSS_NOUNS, Trigger, _announced, _cue_kinds, _future, _suffixed_trigger, agent_marker_after, by_hands, denied_before, find_triggers, launch_verb_before, operation_prefix, performing_verb_before, place_noun, resulted_in, succeeded_before, success_verb_before
from kg.lexicon.grammar import phrases, sequences, words
from kg.lexicon.lexicon import Lexicon
from kg.lexicon.loader import read_tsv
from kg.text.normalize import match_key, without_final_marks
from kg.text.tokens import QUOTE_MARKS, Token, clitic_candidates

_PUNCT_BREAK = {"؛", ";", ".", "؟", "?", "!", ":"}
_PREVENT_VERBS = words("prevent_verb")  # "منع", "لمنعهم", "يمنع", "منعت": preventing
_PREVENTION_WORDS = words("prevention")  # "فشل الجيش في منع داعش من السيطرة": what failed is the prevention
_RELATIVE = words("relative")
_APPOSITION_HEADS = words("apposition_head")
_LAUNCHED_IT = words("launched_it")  # relation_cues agent "أطلقها": read only right after the noun's relative
_PERPETRATORS = words("perpetrator_noun")  # "منفذ التفجير … ينتمي إلى X"
_BELONG = words("belong_verb")
_BLAME = words("blame_word")  # relation_cues attributed: the blamed after "على"
_AMONG = words("among_word")  # "بينها أربع غارات قرب الموصل": some of the attacks told
_PAST_ADJECTIVES = words("past_adjective")  # "يوم الجمعة الماضي"
_QUOTE_CHARS = QUOTE_MARKS | {"(", ")"}
_PREPOSITIONS = words("preposition")
_OUTSKIRTS = words("outskirts")  # "في محيط X", "في أطراف X": around X, not in it
_STATIONED_VERBS = words("stationed_verb")  # "تتمركز فيها X": X is where the attack hit
_ROAD_NOUNS = words("road_noun")  # "الطريق بين مثلث العند ولحج": a road between two places holds neither
_INSTRUMENT_WORDS = words("instrument_word")  # "مستخدما طائرات …": what the doer used
_REPORTING_PARTICIPLES = words("reporting_participle")  # "مشيرة إلى أنها": the reporting subject speaks of itself
_PART_CLASSES = frozenset({"District", "Neighbourhood"})  # place classes whose plural, held "في X", is a part of X held
_APPOSITION_OPENERS = words("apposition_opener")  # "، آخر مدينة", "، ثاني أكبر مدينة": a description of the place before
_PART_PRONOUN = words("part_pronoun")  # "على مساحات واسعة منها"
_OBJ_PRONOUN = words("object_pronoun")
_REMNANTS = words("remnant_noun")  # "من بقايا المتمردين": the loser's remnants
_POSITIONS = _cue_forms("position") - words("aim_noun")  # "على مواقعها": the positions of the pronoun's referent
_PLACE_OBJECT = words("place_object_noun")  # "بعد تمكن المقاومة تحريرها": the pronoun is the place taken
_CLAUSE_OPENERS = words("condemn_clause_break")  # "وأدانت X التدخل وقالت إن …": a clause the condemnation does not govern
_CRIME_NOUNS = words("crime_noun")  # "أدانت X الجريمة التي استهدفت": the crime condemned is an attack
_CONDEMN_WORDS = words("condemn_word")  # "أدانت X التفجير": X condemns the attack, it did not make it
_RESPONSE_WORDS = words("response_word")  # "ردا على الهجوم": the attack answered, not made
_DISTANCE_UNITS = words("distance_unit")
_THAT_PRONOUN = words("that_pronoun")  # "قالت إنها سيطرت": the reporter is who acted
_THAT = _THAT_PRONOUN | words("that")  # "قال إن", "أفاد بأن": what follows is reported
_POSSESSIVE = ("ها", "ه", "هم", "هما")
_LED_BY = words("led_by")
_PERPETRATORS = words("perpetrator_noun")  # "منفذ حادثة تفجير": the doer, unnamed
_EVENT_FRAME_NOUNS = words("event_frame_noun")  # "منفذ حادثة تفجير": the noun that frames the event
_ALSO_JOINS = words("also_join")  # "… في شمالي سورية وكذلك حزب العمال في شمالي العراق": a second object
_INTENSITY_WORDS = words("intensity_adjective")  # "غارات مكثفة للتحالف": how strong, then whose
_RESUME_VERBS = words("resume_verb")  # "وعاد طيران التحالف لشن غارات": done, no purpose
_CONSEQUENCE = words("consequence_opener")
_PLATFORMS = words("platform")  # aircraft, tanks, forces: what may do what a later verb tells
_VICTORY_NOUNS = words("victory_noun")  # "مكاسب الانتصار في عدن": the liberation its sentence tells is won
_SINGULAR_RELATIVE = ("التي", "الذي")  # feminine, masculine
_EVENT_RELATION = {
    "control": "controls", "attack": "attacks", "airstrike": "attacks", "shelling": "attacks",
    "missile": "attacks", "siege": "besieges", "advance": "advancesOn",
}


_PERFECT_PARTICLES = words("perfect_particle")  # "قد قتلت": the subject stands before the particle
_DISASTERS = words("natural_disaster")  # "الفيضانات التي ضربت": no attack
_RANKING = words("superlative") | words("last_of")  # "من أبرز المناطق", "من آخر المناطق"
_OTHER_AREA_WORDS = words("other_area_word")  # "ومناطق أخرى من X"
_AREA_WORDS = area_nouns()  # "مناطق", "أراضي": what part of a country is held
_HELD_WORDS = words("held")  # "على أجزاء واسعة من X"
_PARTS = words("part_noun")  # "وأجزاء من منطقة الرضمة": a conjunct that holds part of a place
_EXPANSE_WORDS = words("expanse")  # "مناطق واسعة", "مساحات": land, not settlements ("عدة قرى")
_ALLIED = words("allied_participle")  # "المتحالفة مع إيران": the ally is not what a relative after it describes
_VAST_WORDS = words("vast")  # "واسعة", "معظم": a large part, not "مناطق في" (some areas)
_COUNTRY_PARTS = words("country_part") | _EXPANSE_WORDS | _AREA_WORDS  # "على أجزاء من سوريا": a part, not the country
_LINKS_TO = words("links_to")  # "طريقين يصلان لمدينتي عدن والحوطة": what holds the road holds not the cities
_LINKING = words("linking")  # "الطريق الواصل بين حلب ودمشق": the road, not the cities
_NEAR = words("near") | _LINKING  # "القريبة من X"
_ONE_OF = words("one_of")  # "أحد الأحياء التي": one of a group
_EXPECT = words("expect")  # "توقع أن", "حذر من أن": what is expected or feared
_DEMONSTRATIVE_WORDS = words("demonstrative")  # "ردا على ذلك"
_APPROXIMATION_WORDS = frozenset(w for seq in sequences("about") for w in seq)  # "أكثر من 20 غارة"
_OPPOSED_TO = words("opposed_to")  # "القوات المناهضة للحوثيين"
_AFFILIATION = words("affiliation")  # "X التابع لـY": X acts
_DROP_VERBS = words("drop_verb")
_AIM_NOUNS = words("aim_noun")
_PURPOSE_LIGHT = words("purpose_light")
_ASIDE_PRONOUNS = words("aside_pronoun")
_FORMER = words("former")  # "معقل المعارضة السابق": held once
_STILL = words("still")  # "كانت لا تزال": held until then
_BROKEN_PLURALS = words("broken_plural")
_HOLDING = words("holding")  # "تحرير X من (سيطرة|قبضة|مسلحي) Y"
_FORCE_NOUNS = words("force_noun")  # "قوات" before a force's name that does not include it
_INTENT_REACH = 14  # "تسعى القوات اليمنية الموالية لحكومة الرئيس عبد ربه منصور هادي إلى إحكام سيطرتها": past a long subject
_DENIAL = words("denial")  # "نفت X أنها قتلت": a denied act
_FAR_INTENT = words("far_intent")  # unambiguous intent verbs, read up to _INTENT_REACH words back
_CAPTURES = words("capture")  # "عملية نوعية من توقيف أمير التنظيم": an arrest
_ARRESTS = words("arrest_word")  # "اعتقلت 851 شخصا من خلال عملياتها": what the operations did
_CLAUSE_TURNS = words("toll_boundary") | {"حين"}  # "في حين", "بينما": another clause begins
_OPERATION_NOUNS = words("operation_noun") | words("clause_noun")  # "عملياتها", "حملة"
_STATIONED = words("stationed")  # "قناصة النظام المتمركزين في قلعة حلب": where the agent stands
_FRONTED_IN = words("fronted_in")  # "ففي محافظة صعدة …، شنت": where the clause after it happened
_AGAINST = words("against")  # "هجماتها على كينيا": what follows is hit
_GAINERS = words("gainer")  # "خسر X المدينة لصالح Y", "فقدانها السيطرة على تدمر أمام داعش": Y won
_CONTROL_NOUNS = words("control_noun")  # what a loser lost, before the place
_MASCULINE_HEADS = words("masculine_head")  # "حزب", "تنظيم", "الجيش": no subject of a feminine verb
_HOLD_NOUNS = words("hold_noun")  # "من سيطرة الحوثيين": the hold a place was taken out of
_SINCE_UNITS = words("since_unit")  # "بعد يومين من سيطرة X": how long since
_LOST_IF_CONTROL = words("lost_if_control")  # "فقد الحوثيون السيطرة": a loss only before a control noun
_AIM_AFTER = words("aim_after")  # "استعادة X من Y يبقى هدفا": still an aim
_AIM_AHEAD = words("aim_ahead")  # "تقترب القوات من تحرير": still ahead
_AIM_SUBORDINATORS = words("aim_subordinator")  # "حتى يتم تحرير", "أن يتم تحرير": still ahead
_CLAUSE_VERBS = _cue_forms("clause")  # "، وتمكن الثوار": a clause with a subject of its own
_BACKGROUND = words("background")  # "بعد التفجير": an event noun in the background of another clause
_ALSO = words("also")  # "كما استهدفت …": the sentence goes on with the last one's doer
_PERSON_TITLES = words("person_title")  # "الرئيس", "قيادي": one man, not a force
_CONDITIONS = phrases("condition")  # "في حال", "إذا"
_CONCESSIVE = words("concessive")  # "إذا كانت … قد", "إذا ما", "في حالة من": no condition
_CLAUSE_BREAKS = phrases("clause_break")  # a condition ends
_WITH_IT = words("with_it")  # "X ومعها Y": Y acts along with X
_SAME_DOER = words("same_doer")  # "…، كما نفذت سبع ضربات": the clause goes on with the last attack's doer
_ORIGIN_WORDS = words("origin_word")  # "انطلاقا من قاعدة انجرليك": where the raids start
_AIM_VERBS = words("aim_verb")  # "وجهوا ضربات قاسية للمتمردين": the ل-phrase is hit
_LAUNCHERS = words("light_verb") | words("launch_verb") | _AIM_VERBS  # "نفذ مقاتلو المقاومة عمليات", "نصبوا كمينا": the subject does it
_CLAUSE_ADVERBS = words("clause_adverb")  # "بدورها", "أيضا": no subject, the clause's doer is elsewhere
_TIME_NOUNS = words("time_noun")
_LIGHT_VERBS = words("light_verb")  # "وشن 6 غارات": the verb's subject is the raids' doer
_CONTROL_LIGHT_VERBS = words("control_light_verb")  # "بسطت القوات سيطرتها عليها": the verb of a control noun
_INDEFINITE_GROUPS = words("indefinite_group")  # "سيطرت جماعة منافسة على": an unknown agent
_POSSESSOR_REACH = 3  # "بسطت جماعة مسلحة مجهولة سيطرتها": the group, then up to two words describing it
_FOCUS_VERBS = words("focus_verb")  # "قصف أحياء … تركز على حيي X وY": where it fell most
_FOCUS_PREPOSITIONS = words("focus_preposition")  # "تركزت حول الحسكة"
_EMPHASIS = words("emphasis")  # "في المدينة ذاتها غرب اليمن"
_UNIT_NOUNS = words("unit_noun")  # "ووحدات من الجيش": units of the force named after them
_LOCATIVE_PARTICIPLES = words("locative_participle")  # "أريحا الواقعة بمحافظة إدلب والتي …": Ariha
_THEIR = words("their")  # "في هجوم لهم": the event's own doer
_HEADING = words("heading_word")  # "أثناء توجهها إلى X", "في طريقها إلى X": not where the force was hit
_PLACE_CONTINUATIONS = words("place_continuation")  # "…، وقرب الحديثة وكركوك": more places of the same strikes
_PLACE_APPOSITIONS = words("place_apposition")  # "منها", "أبرزها": the places an unnamed plural object stands for
_PLURAL_OWNERS = ("هم", "ها", "هما")  # "لدى محاولتهم اقتحام": a noun whose owner is the actor just named
_PLURAL_APPOSITIONS = words("plural_apposition")  # "وهي مناطق …": the same, before a plural place noun only
_UNDER_EVENTS = (*ATTACK_EVENTS, "siege")  # "تحت الحصار", "تحت القصف": undergone, not done
_SUPPORT_FOR = words("support_for")  # "غارات مساندة للمقاومة": the ل-actor after it is helped, no doer
_TO_PRONOUNS = words("to_pronoun")  # "الموالين لها": the actor before is the patron
_SUBJECT_TRAILERS = words("craft_adjective") | {"في"}  # "طائرات تركية مقاتلة هاجمت", "X في مأرب قصفت"
_OBLIQUE_LEADS = words("oblique_lead")  # "على X", "ضد X": X is an object
_UNNAMED_AGENTS = words("unnamed_agent")  # "عندما هاجم شخص مصنعا": someone, not an earlier actor
_IN_IT = words("in_it_pronoun")  # "ونفذوا فيهما هجمات": the place named before; "هجوما شاركت فيه X"
_COMPARED = words("comparison_lead")  # "على غرار الهجوم": an attack named to compare, not this one's doer's
_CLAIMED_IT = words("claimed_it")  # "وتبناه تنظيم داعش": claims the attack named before
_PERFORMED_IT = words("performed_it_pronoun")  # "الضربات التي تقوم بها المقاومة": who performs the noun
_SUPPORTERS = words("supporters")  # "هجمات على أنصار X": civilians who back X, not X
_SINGULAR_PRONOUNS = words("singular_object_pronoun")  # "سيطرة X عليه": one place, not a pair
_WITNESS_VERBS = words("witness_verb")  # "شهدت مدينة X غارات"
_ANNOUNCE = words("announce_verb")  # "أعلن X السيطرة على": X did it
_CLAIM_NOUNS = words("claim_noun")  # "أعلن X مسؤوليته عن الهجوم"
_CLAIM_VERBS = words("claim_verb")  # "وتبنت حركة طالبان الهجوم"
_REMAIN_TO = words("remain_to")  # "ليتبقى له"
_AMBUSH_NOUNS = words("ambush_noun")  # "نصبوا كمينا لقوات X": X is ambushed
_SET_STEMS = tuple(words("set_stem"))  # "نصبت", "نصبوه", "ينصب": the verb of setting an ambush, any person
_RECEIVE_VERBS = words("receive_verb")  # "تلقت ضربات": underwent them
_SPOKESMEN = words("spokesman")  # "المتحدث باسم X": X reports
_TOOK_PART = words("took_part_verb")  # "شاركوا في عملية تحرير X": the operation took place
_COUNTED_FROM = words("counted_from")  # "بعد وقت قصير من نجاح X": an event a time is counted from
_SEQUENCE_WORDS = words("sequence_word")  # "، بعد الغارات": an event before or after this one, with its own objects
_BEGIN_VERBS = words("begin_verb")  # "أنها بدأت في شن غارات": the pronoun's referent began them
_LIGHT_NOUNS = words("light_noun")  # "أعلن الجيش شن ضربات": the announcer carried them out
_LAUNCHING = _LIGHT_NOUNS | _LAUNCHERS | _BEGIN_VERBS  # "أنها بدأت في شن", "إنه قام بتنفيذ": words that launch a noun
_STRIKING_FORCES = words("striking_force")  # "غارة جوية لقوات الحلف": the forces' owner carries it out
_PERCENT = frozenset({match_key("المائة"), match_key("المئة")})  # "90 في المائة", "سبعين في المئة": no locative في


def _agrees(pronoun: str, verb: str) -> bool:
    """Does a verb agree with the that-pronoun before it ("أنها تستهدف", "أنهم قصفوا")? "أنه
    قصفت قوات النظام" does not: the pronoun is the impersonal one and the subject follows."""
    verb = verb.removeprefix("و").removeprefix("ف")
    feminine = verb.startswith("ت") or verb.endswith("ت")
    if pronoun.endswith("هم"):
        return verb.endswith(("وا", "ون"))
    return feminine if pronoun.endswith("ها") else not feminine


def _bracketed_aside(gap: list) -> bool:
    """"(جنوب حمص)،": a bracket that closes, then a comma, between two conjuncts."""
    texts = [t.text for t in gap]
    return len(texts) >= 3 and texts[0] == "(" and ")" in texts and texts[-1] in ("،", ",") and texts.index(")") == len(texts) - 2

def is_feminine(name: str) -> bool:
    """Grammatical gender of an actor name, from its head word: "قوات …", "جبهة …", "الفصائل"
    take a feminine pronoun (ها); "تنظيم …", "جيش …", "النظام" a masculine one (ه)."""
    words = match_key(name).split()
    if not words:
        return False
    head = words[0]
    for pre in ("وال", "بال", "لل", "ال", "و", "ب", "ل"):
        if head.startswith(pre) and len(head) - len(pre) >= 3:
            head = head[len(pre) :]
            break
    return head.endswith(("ه", "ات")) or head in _BROKEN_PLURALS


Read: TypeAlias = tuple[Mention | None, list[Mention]] | None  # a frame's (agent, objects), or None: no event
_FRAME_READERS = {  # frames whose arguments stand in their own places; the rest read like verbs and nouns
    "under": "read_under", "passive": "read_passive", "taken_by": "read_taken_by", "participle": "read_participle",
    "kill": "read_kill", "expel": "read_expel", "remain": "read_remain", "detonate": "read_detonate",
}


def _in_area_phrase(key: str) -> bool:
    """A word of "ومناطق أخرى من", "وعدة مواقع في": what a list says before the place that holds it."""
    return key.removeprefix("و") in _AREA_WORDS or key in _OTHER_AREA_WORDS


def _rank(doc: Doc, lx: Lexicon, place_id: str) -> float:
    """How large a place is (resolve.RANK): a governorate outranks a district, a district a village."""
    return RANK.get(place_class(doc, lx, place_id), 0)


class SentenceEvents(ClashFrames):
    """Finds the events of one resolved sentence."""

    def __init__(self, doc: Doc, index: int, lx: Lexicon, topic: list[tuple[str, str]]) -> None:
        self.doc, self.index, self.lx = doc, index, lx
        self.tokens = doc.tokens[index]
        self.mentions = [m for m in doc.mentions[index] if m.ref and not self._is_reporter(m, lx) and not self._opposed(m)
                         and not self._leader_of_previous(m, doc.mentions[index])]
        self.topic = topic  # (actor, event type) of earlier events' subjects (discourse)
        # indexes that keep argument search linear in long sentences
        self.starts = [m.i for m in self.mentions]
        self.breaks = [0]
        clause = _cue_forms("clause")
        for t in self.tokens:
            self.breaks.append(self.breaks[-1] + (t.key in _PUNCT_BREAK or t.key in clause))
        self.groups: dict[int, list[Mention]] = {}
        for m in self.mentions:
            if m.group >= 0:
                self.groups.setdefault(m.group, []).append(m)
        self.first_actor = next((m for m in self.mentions if m.kind == "actor" and m.how != "source"), None)
        self.last_subject: Mention | None = None
        self.built: list[Event] = []  # this sentence's events so far
        self.unasserted: list[Trigger] = []  # this sentence's triggers dropped as not asserted
        self.verb_triggered: set[int] = set()  # trigger starts of the events built from a verb

    def _opposed(self, m: Mention) -> bool:
        """"القوات المناهضة للحوثيين": the actor after an adjective of enmity and ل is whom others
        oppose, neither the agent nor the target of the sentence's events."""
        k = m.i - 1 if m.prefix.endswith("ل") else m.i - 2 if m.i >= 2 and self.tokens[m.i - 1].key == "ل" else -1
        return m.kind == "actor" and k >= 0 and self.tokens[k].key in _OPPOSED_TO

    def resumed_relative(self, k: int, r: int) -> bool:
        """A relative with و at ``r`` that takes up the noun ending at ``k`` past its time and place ("الهجوم
        الانتحاري في 20 يوليو في سوروتش (جنوب تركيا) والذي قام به تنظيم داعش"): no other noun of an event
        and no clause between them."""
        tokens = self.tokens
        if not (k < r <= k + 14) or not tokens[r].key.startswith("و"):
            return False
        placed = {x for m in self._window(k, r) if m.kind == "place" for x in range(m.i, m.j)}
        while k < r and k not in placed and tokens[k].key.startswith("ال"):
            k += 1  # the noun's adjectives ("الانتحاري")
        return all(t in placed or tokens[t].kind in ("num", "punct") and tokens[t].text not in ("،", ",", ".", "؛")
                   or tokens[t].key in ("في", "يوم") or self.lx.time_words.longest(tokens, t) for t in range(k, r))

    def _leader_of_previous(self, m: Mention, mentions: list[Mention]) -> bool:
        """"الائتلاف الدولي الذي تقوده واشنطن", "التحالف بقيادة السعودية": the leader named in an actor's
        description is part of that name, no participant of the sentence's events (but "الحملة التي
        تقودها السعودية": who leads a campaign wages it)."""
        tokens = self.tokens
        if m.kind != "actor" or m.i == 0 or tokens[m.i - 1].key not in _LED_BY:
            return False
        end = m.i - 2 if m.i > 1 and tokens[m.i - 2].key in _RELATIVE else m.i - 1
        return any(x.kind == "actor" and x.ref and x.j == end for x in mentions)  # (an unresolved "الائتلاف": the leader stands for it)

    def spoken_for(self, m: Mention) -> bool:
        """A spokesman's body that reports what the "أن" clause after it tells: "قال المتحدث باسم X إن",
        "المتحدث الأمني بوزارة الداخلية X صرح بأن" (past "باسم", the spokesman's adjectives and the body's own
        nouns); not one that announces its own act ("وأعلن الناطق باسم المقاومة تحرير مدينة زنجبار",
        "وتبنى المتحدث باسم طالبان الاعتداء")."""
        spokesman = False
        for k in range(m.i - 1, max(-1, m.i - 6), -1):
            key = self.tokens[k].key.removeprefix("و")
            if key in _SPOKESMEN:
                spokesman = True
                break
            if self.tokens[k].kind != "word" or not (key == "باسم" or key.startswith(("ال", "ب"))):
                return False
        if not spokesman:
            return False
        told = next((t for t in range(m.j, min(m.j + 10, len(self.tokens)))
                     if self.tokens[t].key in _THAT or self.lx.triggers.longest(self.tokens, t)), None)
        return told is not None and self.tokens[told].key in _THAT and self.tokens[told - 1].key not in ("بعد", "قبل")
        # (not "بعد أن رصدت تحركاته": a time clause)

    def _is_reporter(self, m: Mention, lx: Lexicon) -> bool:
        """An actor right after a reporting verb ("أفاد المرصد") reports; it does not act.
        So does one between a reporting verb and "أن/إنه" ("وأعلن المقاتلون الأكراد والمرصد أن")."""
        if m.kind != "actor":
            return False
        then = [t.key for t in self.tokens[m.j : m.j + 5]]
        if then[:1] and then[0] in _RELATIVE and m.j + 1 < len(self.tokens) and lx.triggers.longest(self.tokens, m.j + 1):
            return False  # "وقالت قوة الاتحاد الأفريقي التي تقاتل حركة الشباب": it acts in its relative clause
        if self.announces_own_act(m):
            return False  # "أعلن جهاز مكافحة الإرهاب عن تطويق الجامعة", "أعلن التنظيم مسؤوليته عن الهجوم"
        if any(k in _THAT_PRONOUN for k in then):
            return False  # "قالت قوات سوريا الديمقراطية (من جانبها) إنها سيطرت": the reporter is who acted
        own = next((k for k in range(m.j, min(m.j + 16, len(self.tokens)))
                    if self.tokens[k].key.endswith(_POSSESSIVE) and _suffixed_trigger(self.tokens[k], lx)
                    or self.tokens[k].key in _THAT or self.tokens[k].key in _PUNCT_BREAK), None)
        if own is not None and self.tokens[own].key in _THAT and own + 1 < len(self.tokens) \
                and self.tokens[own + 1].key.endswith(_POSSESSIVE) and _suffixed_trigger(self.tokens[own + 1], lx) \
                and not any(x.kind == "actor" and x.how != "source" and x.j <= m.i for x in self.doc.mentions[self.index]):
            own += 1  # "وقالت تركيا إن غاراتها تستهدف": its own raids open the clause it reports (not "بدأت روسيا
            # حملتها، وقالت المعارضة إن غاراتها": the pronoun is the actor named before)
        if own is not None and self.tokens[own].key.endswith(_POSSESSIVE) and self.tokens[own].key not in _THAT_PRONOUN:
            return False  # "أعلنت القوات الكردية … سيطرتها على": it announces its own act
        if self.spoken_for(m):
            return True  # "المتحدث الأمني بوزارة الداخلية السعودية صرح بأن التفجير": the ministry reports it
        if any(k in ("ان", "بان") for k in then):
            for k in range(max(0, m.i - 8), m.i):
                if lx.reporting.longest(self.tokens, k) and not any(find_triggers(self.tokens[k + 1 : m.i], lx)):
                    return True  # not "وأكدت القوة التي تقاتل حركة الشباب … أن": the object of the clause's verb
        for k in range(max(0, m.i - 3), min(m.j + 2, len(self.tokens))):
            hit = lx.reporting.longest(self.tokens, k)
            if not hit:
                continue
            if not reports_through(hit, self.tokens, m):
                continue
            reach = 3 if "prep" in hit[2] else 1  # "بحسب حصيلة جديدة للمرصد"
            after = k < m.i and k + hit[0] >= m.i - reach and not any(t.key in _THAT for t in self.tokens[k + hit[0] : m.i])
            before = "verb" in hit[2] and 0 <= k - m.j <= 1 and all(t.kind == "word" for t in self.tokens[m.j : k])
            if after or before:
                return True
        return False

    def announces_own_act(self, m: Mention) -> bool:
        """"أعلن X (مسؤوليته)? (عن)? <event noun>", "X أعلنت (في يناير)? تحرير": X announces what
        it did itself."""
        end = m.j + 1 if m.j < len(self.tokens) and self.tokens[m.j].text in QUOTE_MARKS else m.j  # «حركة الشباب»
        start = m.i - 1 if m.i > 0 and self.tokens[m.i - 1].text in QUOTE_MARKS else m.i
        verb = end + 1 if end < len(self.tokens) and self.tokens[end].key == "قد" else end  # "المقاومة قد أعلنت"
        if verb < len(self.tokens) and self.tokens[verb].key.removeprefix("و") in _ANNOUNCE:  # SVO
            k = verb + 1
            while k < min(verb + 4, len(self.tokens)) and (self.tokens[k].key == "في" or self.lx.time_words.longest(self.tokens, k)):
                k += 1  # "اعلنت في يناير تحرير"
        elif start == 0 or self.tokens[start - 1].key.removeprefix("و") not in _ANNOUNCE and not (
                start > 1 and self.lx.victims.get(self.tokens[start - 1].key) == "fighters"
                and self.tokens[start - 2].key.removeprefix("و") in _ANNOUNCE):  # "أعلن متمردو حركة طالبان"
            return False
        else:
            k = end
            place = self.lx.place_names.longest(self.tokens, k + 1) if k + 1 < len(self.tokens) and self.tokens[k].key == "في" else None
            if place:  # "أعلن تنظيم الدولة في العراق تفجير الملعب": past where the group is
                k += 1 + place[0]
        if k + 1 < len(self.tokens) and is_definite_nisba(self.tokens[k].key) and self.tokens[k + 1].key in _CLAIM_NOUNS:
            k += 1  # "أعلن تنظيم «داعش» الإرهابي مسؤوليته"
        if k < len(self.tokens) and self.tokens[k].key in _CLAIM_NOUNS | _CLAIM_VERBS:
            k += 1  # "مسؤوليته", "تبنيه قتل شرطيين"
        if k < len(self.tokens) and self.tokens[k].key == "عن":
            k += 1
        if k < len(self.tokens) and self.tokens[k].text in QUOTE_MARKS:
            k += 1  # "أعلنت «تحرير» محافظة ديالى"
        if k < len(self.tokens) and (self.tokens[k].key in _LIGHT_NOUNS or operation_prefix(self.tokens[k]) == "" and self.claimed_operation(k)):
            k += 1  # "وأعلن الجيش شن ضربات جوية على قرية بيتا", "أعلن داعش مسؤوليته عن عملية التفجير"
        if k < len(self.tokens) and self.tokens[k].key in _CLAIMED_KILLINGS:
            return True  # "أعلن متمردو حركة الشباب مسؤوليتهم عن قتل نائب"
        hit = self.lx.triggers.longest(self.tokens, k) if k < len(self.tokens) else None
        return bool(hit) and hit[2][0][1] != "verb"

    def claimed_operation(self, k: int) -> bool:
        """"مسؤوليته عن عملية التفجير": an operation noun before a definite attack noun, the act claimed (not
        "أعلنت المقاومة عن عملية تحرير مدينة تعز": an operation announced, not yet done)."""
        hit = self.lx.triggers.longest(self.tokens, k + 1) if k + 1 < len(self.tokens) else None
        return bool(hit) and self.tokens[k + 1].key.startswith("ال") and hit[2][0][0] in ATTACK_EVENTS

    # --- helpers ------------------------------------------------------------------
    def _aside_length(self, lo: int, hi: int) -> int:
        """Tokens of a bracketed aside that opens in [lo, hi) ("(جنوب اليمن)"), brackets included."""
        start = next((t for t in range(lo, min(hi, len(self.tokens))) if self.tokens[t].text == "("), None)
        end = next((t for t in range(start + 1, min(start + 8, len(self.tokens))) if self.tokens[t].text == ")"), None) if start is not None else None
        return end - start + 1 if end is not None else 0

    def _break_between(self, a: int, b: int) -> bool:
        a, b = max(a, 0), min(b, len(self.tokens))
        return a < b and self.breaks[b] - self.breaks[a] > 0

    def _window(self, lo: int, hi: int) -> list[Mention]:
        """Mentions starting in tokens [lo, hi)."""
        return self.mentions[bisect_left(self.starts, lo) : bisect_left(self.starts, hi)]

    def actors_after(self, k: int, limit: int = WINDOW) -> list[Mention]:
        return [m for m in self._window(k, k + limit) if m.kind == "actor" and m.how != "source" and not self._break_between(k, m.i)]

    def first_after(self, k: int, kinds=("actor", "place"), limit: int = WINDOW, skip: Mention | None = None) -> Mention | None:
        for m in self._window(k, k + limit):
            if m is skip or m.kind not in kinds or m.how == "source":
                continue
            if not self._break_between(k, m.i):
                return m
        return None

    def last_before(self, k: int, kinds=("actor",), limit: int = WINDOW) -> Mention | None:
        """The nearest mention before ``k``; for actors, the head of a coordination
        ("قوات النظام والمليشيات الموالية لها") or of a support phrase ("مدعومة بمليشيات")."""
        best = None
        for m in self._window(k - limit - 12, k):
            if m.kind in kinds and m.how != "source" and k - limit <= m.j <= k and not self._break_between(m.j, k):
                if m.kind == "actor" and self._supporter(m) and not self.acts_in_own_clause(m, k):
                    continue  # "بغطاء من طيران التحالف": helps the agent, is not it
                best = m
        while best is not None and best.kind == "actor":
            prev = self._previous_actor(best) or self._member_head(best)
            if prev is None:
                break
            best = prev
        return best

    def extent(self, k: int) -> list[Mention]:
        """Places a capture reaches through or includes: "على تل القرقور مروراً بقرية القرقور ووصولاً
        إلى قرية المشيك", "على مناطق واسعة في الأنبار بينها مدن رئيسية مثل الرمادي والفلوجة"."""
        out: list[Mention] = []
        while True:
            cues = [t for t in range(k, min(k + 6, len(self.tokens)))
                    if "extent" in _cue_kinds(self.tokens, t, t + 1, self.lx) and not self._break_between(k, t)
                    and not any(find_triggers(self.tokens[k:t], self.lx))]  # (not "على صنعاء وقصفوا مدنا عدة بما في ذلك تعز")
            # "بينها مدن رئيسية مثل الرمادي": the cue a place follows
            place = next((p for t in cues if (p := self.first_after(t + 1, ("place",), 3)) is not None), None)
            if place is None:
                return out
            out += self.group_of(place)
            k = out[-1].j

    def _supporter(self, m: Mention) -> bool:
        return in_support_phrase(self.tokens, m.i)

    def acts_in_own_clause(self, m: Mention, k: int) -> bool:
        """A supporter whose own relative clause holds the trigger at k does that act: "بغطاء جوي من طيران
        التحالف الدولي الذي شن عدة غارات"."""
        return m.j < len(self.tokens) and self.tokens[m.j].key in _RELATIVE and k - m.j <= 3

    def _member_head(self, m: Mention) -> Mention | None:
        """The group whose members m is listed among ("غرفة عمليات حلب التي تضم … أبرزها حركة
        نور الدين الزنكي"): the group, not its members, is who acts."""
        cues = _relation_cues()
        for t in range(m.i - 1, max(-1, m.i - 8), -1):
            if self.tokens[t].key in _PUNCT_BREAK or (self.tokens[t].kind == "punct" and self.tokens[t].text in ",،"):
                return None
            if cues.get(self.tokens[t].key) == "member":
                return next((x for x in reversed(self._window(t - 5, t)) if x.kind == "actor" and x.how != "source"
                             and t - 3 <= x.j <= t), None)
        return None

    def _previous_actor(self, m: Mention) -> Mention | None:
        """The actor m is coordinated with or supports, if m is a second conjunct."""
        cues = _relation_cues()
        prev = next((x for x in reversed(self._window(m.i - 14, m.i)) if x.kind == "actor" and x.j <= m.i), None)
        if prev is None:
            return None
        gap = [t.key for t in self.tokens[prev.j : m.i] if not (t.kind == "punct" and t.text in _QUOTE_CHARS)]
        if (not gap and m.prefix.startswith("و")) or gap == ["و"]:  # "وحزب الله", "و(أجناد الشام)"
            return prev
        if gap and all(cues.get(g) == "allied_by" for g in gap) and len(gap) == 1:
            return prev
        return None

    def pronoun_referent(self, k: int, feminine: bool, plural: bool = False) -> str:
        """The nearest actor before ``k`` whose name agrees with the pronoun (ه / ها; هم fits a group of
        either gender: "تقدم المقاومة وسيطرتهم"), passing over one governed by a preposition ("دفعت
        القوات النظامية … القتال مع فصائل المعارضة … الخاضعتين لسيطرتها": the forces)."""
        if plural:  # "سيطرتهم": people, so the side named after a plural of fighters ("13 عنصرا من تنظيم داعش")
            for m in reversed(self._window(k - 40, k)):
                if m.kind == "actor" and m.j <= k and m.i >= 2 and self.tokens[m.i - 1].key == "من" \
                        and self.lx.victims.get(self.tokens[m.i - 2].key) in ("fighters", "soldiers"):
                    return m.ref
        for m in reversed(self._window(k - 40, k)):
            governed = m.i > 0 and (self.tokens[m.i - 1].key in _PREPOSITIONS or self.tokens[m.i - 1].key in _LED_BY) \
                or m.prefix.endswith(("ل", "ب"))  # (nor the leader of the one before: "التحالف بقيادة السعودية")
            if m.kind == "actor" and m.how != "source" and m.j <= k and (plural or self.feminine_actor(m) == feminine) \
                    and not governed and not self._in_closed_aside(m, k):
                return m.ref
        return self.clause_subject(k) or self.previous_subject(k, feminine, plural)

    def previous_subject(self, k: int, feminine: bool, plural: bool) -> str:
        """The pronoun's actor when its word opens the sentence: the first actor of the sentence before
        that agrees with it and follows no preposition ("أعلنت تركيا الحرب على داعش. لكن هجماتها على
        مواقع داعش": Turkey's attacks; not "تابع خلفان هجومه": a man this sentence names)."""
        if self.index == 0 or any(t.kind != "punct" and t.key not in self.lx.function_words for t in self.tokens[:k]):
            return ""
        tokens = self.doc.tokens[self.index - 1]
        for m in self.doc.mentions[self.index - 1]:
            governed = m.i > 0 and (tokens[m.i - 1].key in _PREPOSITIONS or tokens[m.i - 1].key in _LED_BY) or m.prefix.endswith(("ل", "ب"))
            reporting = any(self.lx.reporting.longest(tokens, k) for k in range(max(0, m.i - 2), m.i)) \
                and any(t.key in _THAT for t in tokens[m.j : m.j + 3])  # "قالت وزارة الخارجية إن" (not "أعلنت تركيا الحرب")
            if m.kind == "actor" and m.ref and m.how != "source" and not governed and not reporting:
                agrees = self.plural_of_men(m) if plural else self.feminine_actor(m, tokens) == feminine
                return m.ref if agrees else ""
        return ""

    def feminine_actor(self, m: Mention, tokens: list | None = None) -> bool:
        """An actor takes ها when its head word is feminine ("قوات", "الجبهة") or when it is a country
        by name alone ("وقالت تركيا إن غاراتها"): countries are feminine whatever their ending."""
        tokens = self.tokens if tokens is None else tokens
        if is_feminine(m.text):
            return True
        if m.j - m.i == 1 and is_definite_nisba(tokens[m.i].key):
            return False  # "الحدود اليمنية – السعودية": a name that is also an adjective is left to its form
        hit = self.lx.place_names.longest(tokens, m.i)
        return bool(hit) and hit[0] == m.j - m.i and all(place_kind(self.doc, self.lx, p) == "country" for p in hit[2])

    def governed(self, m: Mention) -> bool:
        """m follows a preposition ("مع لبنان"): a complement, not what a clause is about."""
        return m.i > 0 and self.tokens[m.i - 1].key in _PREPOSITIONS or m.prefix.endswith("ل")

    def apposition_head(self, k: int) -> tuple[Mention | None, int]:
        """The place an apposition "X، آخر مدينة …", "عدن، ثاني أكبر مدينة يمنية بعد العاصمة صنعاء،"
        describes, when the clause before ``k`` is one, and where the apposition starts (-1: none)."""
        for t in range(k - 1, max(0, k - 14), -1):
            if self._break_between(t, k):
                return None, -1
            if self.tokens[t].key in _APPOSITION_OPENERS and t > 1 and self.tokens[t - 1].text in ("،", ","):
                prev = self.last_before(t - 1, ("place",), 1)
                return (self.head_place(prev), t) if prev is not None else (None, -1)
        return None, -1

    def _unquoted(self, k: int) -> int:
        """The last token at or before k that is no quote mark or bracket (-1 if none)."""
        return next((t for t in range(k, -1, -1) if self.tokens[t].text not in _QUOTE_CHARS), -1)

    def counted_victims(self, m: Mention) -> bool:
        """m names the side of a casualty figure: "18 من عناصر X", "ثلاثة جنود X"."""
        k = m.i - 1
        partitive = k >= 0 and self.tokens[k].key in ("من", "في")  # "15 جندياً على الأقل في الجيش المصري"
        if partitive:
            k -= 1
        if k >= 2 and self.tokens[k].key == "الاقل" and self.tokens[k - 1].key == "علي":
            k -= 2  # "مقتل 2927 على الأقل من تنظيم داعش"
        k = self._unquoted(k)
        noun = self._unquoted(k - 1)
        adjective = k > 0 and self.tokens[k].kind == "word" and not self.tokens[k].key.startswith("ال") \
            and self.tokens[k].key.endswith(("ين", "ون")) and not self.lx.victims.get(self.tokens[k].key)
        if partitive and adjective and noun >= 0 and self.lx.victims.get(self.tokens[noun].key):
            k = noun  # "ثلاثة قياديين «بارزين» من تنظيم داعش": the counted noun before its plural adjective
        if k < 0 or not self.lx.victims.get(self.tokens[k].key) and self.tokens[k].kind != "num" and self.tokens[k].key not in self.lx.numbers:
            return False  # "18 من عناصر X", "اربعة حوثيين"
        return any(t.kind == "num" or t.key in self.lx.numbers for t in self.tokens[max(0, k - 3) : k + 1])

    def intended(self, tr: Trigger, near: set[str]) -> bool:
        """Only intended or attempted: an intent word just before the trigger, or earlier in its
        clause with no other event between ("حاول المتطرفون في طرابلس … السيطرة", not "يحاول
        التنظيم اقتحام المدينة وسط قصف …"); a threat only before a ب-noun ("تهدد باقتحام")."""
        if "intent" in near or "threat" in near and tr.prefix.endswith("ب"):
            return True
        return self.intent_cue(tr) is not None

    def has_word(self, k: int, forms: frozenset[str]) -> bool:
        """Token k is one of ``forms``, with or without its proclitics."""
        return any(b in forms for _, b in clitic_candidates(self.tokens[k].key))

    def condemned_antecedent(self, tr: Trigger) -> bool:
        """A verb in a relative clause whose antecedent is an attack noun that a condemnation governs
        ("إدانتها واستنكارها الشديدين للتفجير الذي استهدف")."""
        k = tr.i - 1
        if tr.frame != "verb" or k < 1 or self.tokens[k].key not in _RELATIVE:
            return False
        noun = k - 1
        while noun > 0 and is_definite_nisba(self.tokens[noun].key):
            noun -= 1  # "الجريمة الإرهابية التي استهدفت"
        hit = self.lx.triggers.longest(self.tokens, noun)
        if not (hit and hit[2][0][0] in ATTACK_EVENTS or self.has_word(noun, _CRIME_NOUNS)):
            return False
        return self.condemned_before(noun)

    def condemned_before(self, k: int) -> bool:
        """A condemnation governs the attack noun at ``k``: a condemning word a few words before it, with
        no other event or light verb between ("أدان سفير الولايات المتحدة … بأشد العبارات التفجير")."""
        condemn = None
        for t in range(k - 1, max(-1, k - 15), -1):
            if self.tokens[t].text in ("،", ",") and k - t <= 2:
                continue  # "أدان الملك عبدالله الثاني ملك المملكة الأردنية الهاشمية، حادث التفجير": past a long subject
            if self.tokens[t].text in ("،", ",") or self.tokens[t].key.removeprefix("و") in _CLAUSE_OPENERS:
                return False  # "أدان المجلس قرار الحكومة، مشيرا إلى أن قوات النظام صعدت الهجمات": a clause of its own
            if self.has_word(t, _CONDEMN_WORDS):
                condemn = t
                break
        if condemn is None or any(self.has_word(t, _LAUNCHERS) for t in range(condemn + 1, k)):
            return False
        between = list(find_triggers(self.tokens[condemn + 1 : k], self.lx))
        if between and self.tokens[k].key.startswith("و"):
            # "أدان العمل الإرهابي الذي استهدف أمن المملكة … والتفجيرات التي استهدفت مسجد": condemned too, past a
            # relative clause about the first thing condemned
            return all(x.frame != "verb" or self.tokens[condemn + x.i].key in _RELATIVE for x in between)
        return not between

    def responded_to(self, tr: Trigger) -> bool:
        """"رد هؤلاء على هجوم", "ردا على العملية الانتحارية": the attack noun is what a response answers."""
        k = tr.i - 1
        if k < 1 or self.tokens[k].key != "علي":
            return False
        return any(self.has_word(x, _RESPONSE_WORDS) for x in range(max(0, k - 3), k))

    def shares_unasserted(self, tr: Trigger) -> bool:
        """"الهدف هو التقدم نحو حوطة وتطويق الحوثيين في قاعدة العند": a verbal noun joined by و to an
        aim, a plan, a denied act or a purpose ("لطرد X") of its clause is no more asserted than it."""
        if tr.frame != "noun" or not tr.prefix.startswith("و"):
            return False
        if any(0 <= tr.i - d.j <= 8 and not any(t.kind == "punct" for t in self.tokens[d.j : tr.i]) for d in self.unasserted):
            return True
        for k in range(tr.i - 1, max(-1, tr.i - 9), -1):  # "لطرد الانقلابيين الحوثيين والسيطرة على المجمع": a purpose's
            if self.tokens[k].kind == "punct":
                return False
            hit = self.lx.triggers.longest(self.tokens, k)
            if hit:
                return hit[1] == "ل" and hit[2][0][1] != "verb"
        return False

    def expected(self, tr: Trigger) -> bool:
        """The trigger stands in the "أن" clause of a verb of expecting or fearing ("وتوقع أن يشن تنظيم
        داعش هجوما", "وحذر من أن تقتحم القوات المدينة"), in its own clause."""
        for k in range(tr.i - 1, self.clause_start(tr.i, 10) - 1, -1):
            if self.tokens[k].key in _RELATIVE or "cause" in self.token_cues[k]:
                return False  # "وتوقع أن يرتفع عدد القتلى جراء الغارات التي شنتها": the raids happened
            if self.tokens[k].key in _THAT:
                head = k - 2 if k > 1 and self.tokens[k - 1].key == "من" else k - 1
                return head >= 0 and self.tokens[head].key.removeprefix("و") in _EXPECT
        return False

    def joined_after_comma(self, tr: Trigger) -> int | None:
        """Where a verbal noun joined by "، و" stands, the trigger itself or the noun that governs it
        ("، واستعادة السيطرة على", "، واستكمال سيطرتها على"): it shares its clause's head."""
        at = tr.i if tr.prefix.startswith("و") else tr.i - 1
        if tr.frame != "noun" or at < 2 or not self.tokens[at].key.startswith("و") or self.tokens[at - 1].text not in ("،", ","):
            return None
        return at

    def coordinated_with_intent(self, tr: Trigger) -> bool:
        """"تسعى المقاومة إلى حسم المعركة، واستكمال سيطرتها على المدينة", "على وشك تحقيق الحسم في لحج،
        واستعادة السيطرة على قاعدة العند": a verbal noun joined by "، و" to what an intent word governs."""
        at = self.joined_after_comma(tr)
        if at is None:
            return False
        lo = self.clause_start(at - 1, _INTENT_REACH)
        apposed = None
        while lo > 1 and self.apposed_place(lo, at - 1):  # "في محافظة لحج، جنوب البلاد، واستعادة": past the apposition
            apposed, lo = lo, self.clause_start(lo - 2, _INTENT_REACH)
        cue = next((k for k in range(at - 2, lo - 1, -1)
                    if "intent" in self.token_cues[k] or self.tokens[k].key.removeprefix("و") in _FAR_INTENT), None)
        if cue is None or any(t.frame == "verb" for t in find_triggers(self.tokens[cue + 1 : at - 1], self.lx)):
            return False
        # past an apposition, only an intent of the main clause ("على وشك تحقيق الحسم في لحج، جنوب البلاد"; not
        # "القوات التي تسعى لتحرير الأنبار في دخول مدينة تكريت، شمال بغداد، واستعادة": a relative clause's)
        return apposed is None or not (cue > 0 and self.tokens[cue - 1].key in _RELATIVE)

    def apposed_place(self, lo: int, hi: int) -> bool:
        """Tokens lo..hi (a span between commas) are one place mention: an apposition ("، جنوب البلاد،")."""
        return any(m.kind == "place" and m.i == lo and m.j >= hi for m in self.mentions)

    def intent_cue(self, tr: Trigger) -> int | None:
        """Where an intent word earlier in the trigger's clause stands, with no other event between."""
        near_start = self.clause_start(tr.i)
        # far back, only a verb's complement: "تسعى … إلى إحكام سيطرتها" (not "كانوا يحاولون العبور … قرب مدينة أكدة
        # الخاضعة لسيطرة المعارضة")
        governed = tr.prefix.endswith(("ل", "ب")) or any(t.key == "الي" for t in self.tokens[max(0, tr.i - 2) : tr.i])
        far_start = self.clause_start(tr.i, _INTENT_REACH) if governed else near_start
        stop = next((k for k in range(tr.i - 1, far_start - 1, -1) if self.tokens[k].key in _RELATIVE or self.tokens[k].key in _THAT), far_start - 1)
        cue = next((k for k in range(tr.i - 1, stop, -1)  # not past "التي تتعرض للقصف" or "أن"
                    if (k >= near_start and "intent" in self.token_cues[k]) or self.tokens[k].key.removeprefix("و") in _FAR_INTENT), None)
        if cue is None:
            return None
        background = any(t.key in _BACKGROUND or t.key in _SEQUENCE_WORDS for t in self.tokens[cue + 1 : tr.i])
        between = [t for t in find_triggers(self.tokens[cue + 1 : tr.i], self.lx)
                   if not (t.event == tr.event == "control" and t.j == tr.i - cue - 1 and not background)]
        # "إلى استعادة السيطرة": one act of control (not "تحاول القوات بعد استعادة السيطرة على تدمر التقدم": done before)
        return cue if not between else None

    def intent_subject(self, tr: Trigger) -> str:
        """Who intends: the actor right before the intent word ("لكن رجال المقاومة يحاولون السيطرة") or
        right after it ("تسعى القوات اليمنية إلى إحكام سيطرتها")."""
        cue = self.intent_cue(tr)
        if cue is None:
            return ""
        m = next((m for m in self._window(cue - 4, cue) if m.kind == "actor" and m.j == cue), None) \
            or next((m for m in self._window(cue + 1, cue + 2) if m.kind == "actor" and m.i == cue + 1), None)
        return m.ref if m is not None else ""

    def clause_start(self, i: int, reach: int = 7) -> int:
        """Where the clause of token ``i`` begins: the punctuation before it, at most ``reach`` tokens back."""
        lo = i
        while lo > 0 and i - lo < reach and not (self.tokens[lo - 1].kind == "punct" and self.tokens[lo - 1].text not in _QUOTE_CHARS):
            lo -= 1
        return lo

    def failed(self, tr: Trigger) -> bool:
        """A failure verb earlier in the clause whose في/عن/من governs the control noun ("أخفق الحوثيون
        في السيطرة على المدينة", "عجز التنظيم عن السيطرة عليها"): no control. Not another failure
        ("بعد فشل المفاوضات سيطر الحوثيون"), nor a failed prevention ("فشل الجيش في منع داعش من السيطرة")."""
        tokens = self.tokens
        if tr.frame != "noun" or tr.i == 0 or tokens[tr.i - 1].key not in ("في", "عن", "من"):
            return False
        cue = next((k for k in range(tr.i - 2, self.clause_start(tr.i) - 1, -1) if "failure" in self.token_cues[k]), None)
        return cue is not None and not any(b in _PREVENTION_WORDS for t in tokens[cue + 1 : tr.i] for _, b in clitic_candidates(t.key))

    def prevented(self, tr: Trigger) -> bool:
        """The event is what someone prevents or means to prevent: "من" before it, a verb or noun of
        preventing ("منع", "لمنعهم", "يمنع") at most four words before that; not a failed prevention
        ("فشل الجيش في منع داعش من السيطرة": it happened)."""
        tokens = self.tokens
        if tr.i < 2 or tokens[tr.i - 1].key != "من":
            return False
        stop = next((k for k in range(tr.i - 2, max(-1, tr.i - 7), -1)
                     if any(b in _PREVENT_VERBS for _, b in clitic_candidates(tokens[k].key))), None)
        if stop is None or any(tokens[t].kind == "punct" for t in range(stop, tr.i)):
            return False
        return not self.negated_before(stop)  # (not "لم تنجح القوات في منع داعش من السيطرة", "عدم منع الجيش داعش من")

    def resumed(self, k: int) -> bool:
        """A verb of going back or hastening stands earlier in the clause of the ل-noun at ``k`` ("وعاد طيران
        التحالف لشن غارات"): what follows is done, not aimed at."""
        for t in range(k - 1, max(-1, k - 6), -1):
            if self.tokens[t].kind == "punct":
                return False
            if self.tokens[t].key.removeprefix("و").removeprefix("ف") in _RESUME_VERBS:
                return True
        return False

    def freed_from(self, tr: Trigger) -> bool:
        """A control noun after "من" that a liberation earlier in its clause takes the place out of
        ("تحرير أكثر من 50% من أحياء الرمادي من سيطرة داعش"): the genitive is who held it, not who holds it."""
        if tr.frame != "noun" or tr.i == 0 or self.tokens[tr.i - 1].key != "من" \
                or any(t.key == "علي" for t in self.tokens[tr.j : tr.j + 4]):
            return False  # (not "أسفرت عملية تحرير المدينة عن سيطرة القوات العراقية على حي التأميم": a capture)
        holder = tr.j < len(self.tokens) and self.tokens[tr.j].key not in _PREPOSITIONS and any(
            m.kind == "actor" for m in self._window(tr.j, tr.j + 2))  # "من سيطرة (حركة) الحوثيين", "مسلحي داعش"
        if not holder:
            return False  # "تمكنت المقاومة من السيطرة على مدينة لودر": a capture, no holder in the genitive
        for k in range(tr.i - 2, max(-1, tr.i - 15), -1):
            if self.tokens[k].key in _PUNCT_BREAK or self.tokens[k].text in ("،", ","):
                return False  # (a per cent sign is no clause break: "50 %من أحياء الرمادي")
            if "liberate" in self.token_cues[k]:
                return True
        return False

    @cached_property
    def token_cues(self) -> list[set[str]]:
        """The cue kinds each token starts (cues.tsv), looked up once for the whole-sentence scans."""
        cues = [_cue_kinds(self.tokens, k, k + 1, self.lx) for k in range(len(self.tokens))]
        for k, t in enumerate(self.tokens):  # "فقد" is also "فَقَد" (so, already): a loss only of "السيطرة" right after
            if t.key not in _LOST_IF_CONTROL:
                continue
            noun = next((x for x in range(k + 1, min(k + 5, len(self.tokens))) if self.tokens[x].key in _CONTROL_NOUNS), None)
            if noun is not None and self.tokens[noun].key.startswith("ال") \
                    and all(any(m.i <= x < m.j for m in self.mentions if m.kind == "actor") for x in range(k + 1, noun)):
                cues[k] = cues[k] | {"lose"}  # "فقد الحوثيون السيطرة على المدينة لصالح المقاومة" (not "فقد بسطت
                # القوات سيطرتها", "فقد تمكنت المقاومة من السيطرة": the particle before a verb)
        return cues

    def lost_to(self) -> None:
        """"خسر التنظيم مدينة عين العرب لصالح وحدات حماية الشعب": the winner holds the place."""
        tokens = self.tokens
        for k in range(len(tokens)):
            if "lose" not in self.token_cues[k] or self.loss_denied(k):
                continue
            lost_control = any(t.key in _CONTROL_NOUNS for t in tokens[k + 1 : k + 5])
            gain = next((t for t in range(k + 1, min(k + 16, len(tokens)))
                         if tokens[t].key == "لصالح" or tokens[t].key in _GAINERS and lost_control), None)
            if gain is None or self._break_between(k, gain):
                continue  # ("فقدوا حياتهم في دوما أمام قصف": lives, no control, lost)
            winner = self.first_after(gain + 1, ("actor", "place"), 2)
            reach = k + 5 + (3 if lost_control else 0)  # "فقدانها السيطرة على مدينة تدمر"
            places = [m for m in self._window(k + 1, min(gain, reach)) if m.kind == "place"]  # the lost place is the object
            if winner is None or winner.kind != "actor" or not places:
                continue
            for x in self.group_of(places[0]):
                self.doc.add_fact(winner.ref, "controls", x.ref, self.index, o_place=True)

    def loss_denied(self, k: int) -> bool:
        """"نفى الجيش فقدانه السيطرة", "حذر من فقدان السيطرة": no loss happened."""
        lo = max(0, k - 4)
        return any(t.key.removeprefix("و") in _DENIAL for t in self.tokens[lo:k]) \
            or bool(_cue_kinds(self.tokens, lo, k, self.lx) & {"intent", "hypothetical", "negation"})

    def held_before_liberation(self) -> None:
        """"تحرير الأنبار من قبضة تنظيم داعش", "عملية استعادتها من التنظيم": whether or not the
        liberation happened, the text says who holds the place now: controls(Y, X)."""
        tokens = self.tokens
        for k in range(len(tokens)):
            if "liberate" not in self.token_cues[k] or any(m.i <= k < m.j for m in self.mentions):
                continue  # "هيئة تحرير الشام": a name, not a liberation
            if succeeded_before(tokens, k, self.lx) or _announced(tokens, k, self.lx) \
                    or any(t.key in _BACKGROUND for t in tokens[max(0, k - 3) : k]) or self.finite_verb_at(k):
                continue  # "تمكنت القوات من تحرير X من قبضة Y", "أعلنت تحرير X من Y", "بعد أيام من تحريرها من
                # المتمردين", "حررت المقاومة X من Y": done, so Y no longer holds X
            if not self.liberation_ahead(k):
                continue  # "مشاعركم حيال تحرير عدن من الحوثيين", "شاركوا في تحرير المحافظة": told as done
            suffixed = without_final_marks(tokens[k].text).endswith(("ها", "ه", "هما"))  # not the ة of "استعادة"
            place = None if suffixed else self.first_after(k + 1, ("place", "actor"), 1)  # "تحرير الأنبار", "تحرير مدينة الرمادي"
            if place is None and suffixed:  # "استعادتها من التنظيم": the place named before
                place = self.last_before(k, ("place",), 12)
                place = self.head_place(place) if place is not None else None  # "محافظة الأنبار بغرب العراق"
            if place is None or place.kind != "place" or self.is_country(place) or self.liberation_won(k, place):
                continue  # "واستعادة اليمن من قبضة الحوثيين": the state restored, no place held
            group = self.group_of(place) if not suffixed else [place]
            start = max(m.j for m in group) if not suffixed else k + 1
            m = next((t for t in range(start, min(start + 6, len(tokens))) if tokens[t].key == "من"), None)
            if m is None or self._break_between(k, m):
                continue
            holder = self.first_after(m + 1, ("actor", "place"), 4)
            if holder is None or holder.kind != "actor" or holder.how == "source":
                continue
            between = {t.key for t in tokens[m + 1 : holder.i]}
            if between - _HOLDING:
                continue  # "تحرير X من الألغام", "طرد X من المدينة": not a holder
            for x in group:
                self.doc.add_fact(holder.ref, "controls", x.ref, self.index, o_place=True)

    def liberation_won(self, k: int, place: Mention) -> bool:
        """A victory the sentence names wins the liberation at ``k``: one in the liberated place after it ("عملية
        «السهم الذهبي» لتحرير مدينة عدن من المليشيات …، مشيراً إلى … مكاسب الانتصار في عدن"), or one a liberation
        follows after "بعد" ("بعد الانتصارات التي حققتها المقاومة وتحرير مدينة عدن"); not victories elsewhere
        that only prepare it ("استمدت روحها من الانتصارات …، وهي تحضر لمعركة تحرير تعز")."""
        for t in range(len(self.tokens)):
            if not self.has_word(t, _VICTORY_NOUNS):
                continue
            if t > k and any(m.kind == "place" and m.ref == place.ref for m in self._window(t + 1, t + 4)):
                return True
            if k - 15 <= t < k and any(x.key.removeprefix("و") in _BACKGROUND for x in self.tokens[max(0, t - 2) : t]):
                return True  # ("بعد الانتصارات التي حققتها المقاومة بالتنسيق مع قوات التحالف، لتحرير عدن": achieved)
        return False

    def liberation_ahead(self, k: int) -> bool:
        """The liberation noun at ``k`` is still an aim: a purpose ("لتحرير", "لاقتحام المدينة وتحريرها"),
        an operation or plan ("عملية استعادة", "الخطة لتحرير"), or what someone tries ("يحاول الجيش استعادتها")."""
        tokens = self.tokens
        took_part = k > 1 and any(tokens[t].key.removeprefix("و") in _TOOK_PART and not self._break_between(t, k)
                                  for t in range(max(0, k - 10), k - 1))
        if tokens[k].key[:1] == "ل" or k > 0 and tokens[k - 1].key.removeprefix("و") in _AIM_NOUNS and not took_part:
            return True  # (not "شاركوا في عملية تحرير المحافظة من قبضة الحوثيين": an operation they took part in, done)
        if any(tokens[t].key[:1] == "ل" and (self.lx.triggers.longest(tokens, t) or tokens[t].key[1:] in _AIM_NOUNS
                                             or tokens[k].key[:1] == "و" and len(tokens[t].key) > 3 and not self._window(t, t + 1)
                                             and not (tokens[t].key.startswith("لل") and any(m.kind == "actor" for m in self._window(t + 1, k))))
               for t in range(max(0, k - 5), k)):  # (not "للجهود الملموسة للتحالف العربي وتحرير مدينة عدن": whose, no purpose)
            return True  # "لاقتحام المدينة وتحريرها", "تحضيرا لعملية دخولها وتحريرها", "لدعم المقاومة وتحرير المدينة"
        if self.aim_follows(k + 1, 10):
            return True  # "استعادة داريا من جبهة النصرة يبقى هدفا للنظام", "تحرير صنعاء … يعد من أولويات القوات"
        if any(tokens[t].key in _AIM_AHEAD for t in range(max(0, k - 4), k)) \
                or k > 1 and tokens[k - 1].key == "يتم" and tokens[k - 2].key in _AIM_SUBORDINATORS:
            return True  # "تقترب القوات العراقية من تحرير", "حتى يتم تحرير مدينة تعز", "أن تحرير الموصل … بات قريبا"
        lo = max(0, k - 8)
        return bool(_cue_kinds(tokens, lo, k, self.lx) & {"intent", "hypothetical"}) and not self._break_between(lo, k)

    def aim_follows(self, lo: int, reach: int) -> bool:
        """An aim word ("هدفا", "أولويات") follows within ``reach`` words in the same clause: not past a
        relative ("معسكر العند الذي كان هدفا لغارات التحالف" describes the camp)."""
        for t in range(lo, min(lo + reach, len(self.tokens))):
            if self.tokens[t].key in _RELATIVE or self._break_between(lo, t):
                return False
            if self.tokens[t].key in _AIM_AFTER:
                return True
        return False

    def is_country(self, m: Mention) -> bool:
        return bool(m.ids) and all(p in self.lx.places and self.lx.places[p].kind == "country" for p in m.ids)

    def finite_verb_at(self, k: int) -> bool:
        """The word at ``k`` is a control verb with no ل/ب before it ("حررت", "استعادت"), not its noun."""
        hit = self.lx.triggers.longest(self.tokens, k)
        return bool(hit) and hit[2][0][1] == "verb" and not hit[1].endswith(("ل", "ب"))

    def direct_object(self, targets: list[Mention]) -> list[Mention]:
        """"قصفت قوات المعارضة في ريف حلب قريتي نبل والزهراء": a place after "في" that a bare
        place follows is where the subject is; the bare place is what the verb hits."""
        if not targets or targets[0].kind != "place":
            return targets
        first = targets[0]
        located = first.i > 0 and self.tokens[first.i - 1].key == "في" or first.prefix.endswith("ب")
        if not located:
            return targets
        end = self.group_of(first)[-1].j
        while end < len(self.tokens) and (hit := self.lx.time_words.longest(self.tokens, end)) is not None:
            end += hit[0]  # "اقتحمت المقاومة الشعبية في اليمن اليوم قاعدة العند": past a time
        nxt = self.first_after(end, ("place", "actor"), 1)
        if nxt is None or nxt.kind != "place" or nxt.prefix or nxt.how == "direction":
            return targets
        return self.group_of(nxt)

    def partners(self, m: Mention) -> list[Mention]:
        """"تحاصرها الحركة مع فصائل جيش الفتح": the actor "مع" joins to the agent acts with it."""
        k = m.j
        if k >= len(self.tokens) or self.tokens[k].key != "مع":
            return []
        nxt = self.first_after(k + 1, ("actor", "place"), 2)
        return self.coordinated(nxt) if nxt is not None and nxt.kind == "actor" else []

    def _in_closed_aside(self, m: Mention, k: int) -> bool:
        """m stands in an aside that closes before ``k``: "جيش الفتح -المؤلف من فصائل معارضة
        لنظام الأسد- عن سيطرته": the pronoun is Jaysh al-Fath's, not the regime's."""
        dash = ("-", "–", "—")
        opened = sum(t.text in dash for t in self.tokens[: m.i]) % 2 == 1  # m stands inside a dash aside …
        closed = any(t.text in dash for t in self.tokens[m.j : k])  # … that closes before k
        between = [t.text for t in self.tokens[m.j : k]]
        return opened and closed or between.count(")") > between.count("(")

    def _previous_any_actor(self, m: Mention) -> Mention | None:
        return next((x for x in reversed(self._window(m.i - 40, m.i)) if x.kind == "actor" and x.how != "source"), None)

    def _members_of(self, key: str) -> bool:
        """"ومقاتلو", "وعناصر": a conjoined noun for a group's fighters, whose genitive is the group."""
        return key.startswith("و") and (self.lx.victims.get(key[1:]) in ("fighters", "soldiers") or key[1:] in _UNIT_NOUNS)

    def coordinated(self, m: Mention) -> list[Mention]:
        """m and the actors joined to it by و ("قوات النظام وحزب الله", "الجيش و«المقاومة
        اللبنانية»"); allies attached by "مدعومة بـ" or "الموالين لها" are not included."""
        out = [m]
        k = bisect_left(self.starts, m.i) + 1
        while k < len(self.mentions):
            nxt = self.mentions[k]
            gap = [t for t in self.tokens[out[-1].j : nxt.i]]
            adjectives = 0
            while adjectives < len(gap) < 4 and is_definite_nisba(gap[adjectives].key):
                adjectives += 1
            if adjectives and (gap[adjectives:] and gap[adjectives].key in _WITH_IT or not gap[adjectives:] and is_partner(out[-1].ref, nxt.ref)):
                gap = gap[adjectives:]  # "ميليشيات الحوثي الانقلابية وحليفها المخلوع", "الانقلابية وصالح": past the first's adjective
                # (not "تجمعات الحوثيين الرئيسية والمقاومة تهاجم", "تنظيم داعش الإرهابي والجيش الحر": two sides)
            joined = nxt.prefix.startswith("و") and all(t.kind == "punct" and t.text in _QUOTE_CHARS for t in gap)
            joined = joined or ([t.key for t in gap if t.kind == "word"] == ["و"] and all(t.kind != "punct" or t.text in _QUOTE_CHARS for t in gap))
            led = out[-1].i > 0 and self.tokens[out[-1].i - 1].key in _LED_BY  # "التحالف بقيادة السعودية وقوات الجيش": not the leader's
            joined = joined or len(gap) == 1 and (self._members_of(gap[0].key) or not led and gap[0].key.startswith("و") and gap[0].key[1:] in _FORCE_NOUNS)
            # "القوات الحكومية ومقاتلو حزب الله", "المقاومة وقوات الجيش"
            joined = joined or len(gap) == 2 and (self._members_of(gap[0].key) or gap[0].key in _WITH_IT) and gap[1].key == "من"
            # "ومسلحين من قوات صالح", "وحلفاؤه من قوات صالح"
            joined = joined or len(gap) == 1 and gap[0].key in _WITH_IT  # "القوات الموالية لهادي ومعها المقاومة الشعبية"
            if nxt.kind != "actor" or not joined:
                break
            if self._supporters_of_previous(nxt):
                break  # "والمسلحين الموالين لها": supporters, not a second agent
            out.append(nxt)
            k += 1
        return out

    def conjuncts_of(self, m: Mention) -> list[Mention]:
        """The actors coordinated with m, from whichever conjunct ("الجيش الوطني والمقاومة الشعبية")."""
        k = bisect_left(self.starts, m.i)
        head = m
        while k > 0 and self.mentions[k - 1].kind == "actor" and head in self.coordinated(self.mentions[k - 1]):
            k -= 1
            head = self.mentions[k]
        return self.coordinated(head)

    def located_conjuncts(self, m: Mention) -> list[Mention]:
        """The actors before a و-actor ``m`` past their place ("المقاومة الشعبية في محافظة لحج وقوات
        الجيش"): X in P and m, both subjects."""
        k = bisect_left(self.starts, m.i)
        if k < 2 or not m.prefix.startswith("و") or self.mentions[k - 1].kind != "place":
            return []
        place = self.group_of(self.mentions[k - 1])[0]
        k = bisect_left(self.starts, place.i)
        if k < 1 or self.group_of(place)[-1].j != m.i:
            return []
        before = self.mentions[k - 1]
        at = place.i - 1 if place.i > 0 and self.tokens[place.i - 1].key == "في" else place.i if place.prefix.endswith("ب") else -1
        if before.kind != "actor" or before.j != at:
            return []
        head = self.conjuncts_of(before)
        opens = head[0].i == 0 or self.tokens[head[0].i - 1].kind == "punct" or self.tokens[head[0].i - 1].key in _THAT
        return head if opens else []  # the subject of a clause "إن X في P وY سيطرت" (not "وتراجعت X في P وY تسيطر")

    def _supporters_of_previous(self, m: Mention) -> bool:
        """"والمسلحين الموالين لها": loyal to the actor before (a pronoun, or no patron named);
        "والقوات الموالية لصالح" names its own patron and is a second agent."""
        tokens = self.tokens
        for t in range(m.i, min(m.j + 1, len(tokens))):
            if _relation_cues().get(tokens[t].key) == "allied_after":
                return t + 1 >= len(tokens) or tokens[t + 1].key in _TO_PRONOUNS or not tokens[t + 1].key.startswith("ل")
        return False

    def held_object(self, start: int, place: Mention) -> bool:
        """Is ``place`` what a control trigger ending at ``start`` holds? Not when the words before
        it make it only a landmark ("المناطق القريبة من الرمادي"), the location of a non-place
        object ("مخزون القمح في محافظتي نينوى"), or when the verb's object is a pronoun for an
        unnamed place ("قريتين تسيطر عليهما القوات الكردية في شمال سوريا")."""
        toks = [t for t in self.tokens[start : place.i] if not (t.kind == "punct" and t.text in _QUOTE_CHARS)]
        gap = [t.key for t in toks]
        if any(k in _NEAR for k in gap) or (gap[:1] and gap[0] in _OBJ_PRONOUN):
            return False
        if any(gap[n : n + 3] == ["بما", "في", "ذلك"] for n in range(len(gap) - 2)) and not any(find_triggers(toks, self.lx)):
            return True  # "على محافظات عدة بما في ذلك العاصمة صنعاء": one of those held (not "وقصفوا مدنا عدة بما في ذلك")
        at = next((n for n, k in enumerate(gap) if k == "في" and not set(gap[n + 1 : n + 2]) & _PERCENT), None)  # not "في المائة"
        if any(g == "بين" and any(self._land_noun(x) for x in gap[max(0, n - 3) : n])
               for n, g in enumerate(gap[:at] if at is not None else gap)):
            return False  # "على مواقع استراتيجية بين ميناء المخاء وعاصمة المحافظة": between them, neither held
            # (not "بعد اشتباكات عنيفة بين الطرفين على مدينة جسر الشغور")
        if at is None:
            return True
        if gap[at + 1 : at + 2] and gap[at + 1] in _OUTSKIRTS:
            return False  # "على خمسة مواقع للحوثيين في محيط قاعدة العند": positions around the base, not the base
        if place.how == "direction" and at > 0 and not (all(t.key in _HELD_WORDS or t.key in _EXPANSE_WORDS for t in toks[:at])
                                                       and any(t.key in _VAST_WORDS for t in toks[:at])):
            return False  # "السيطرة على عدة قرى في شمال غرب سوريا": unnamed villages, not the region
            # (but "على مناطق واسعة في جنوب الصومال" holds a part of the region)
        inside = {t.key for m in self._window(start, place.i) if m.kind == "actor" for t in self.tokens[m.i : m.j]}
        return all(t.key in _HELD_WORDS or t.key in _AREA_WORDS or t.key in inside or t.kind == "num" or t.key in self.lx.numbers
                   or self._counted_parts(t) or self.lx.time_words.longest([t], 0) for t in toks[:at])  # "منذ صباح أمس في مدينة درعا"

    def _land_noun(self, key: str) -> bool:
        """"المناطق", "والقرى", "الطريق": a noun for land, a place or a road (a clitic or the article allowed)."""
        return any(k in _AREA_WORDS or k in self.lx.place_nouns or k in _ROAD_NOUNS
                   for _, b in clitic_candidates(key) for k in (b, b.removeprefix("ال")))

    def _counted_parts(self, t) -> bool:
        """"على 6 مديريات في إب", "على أحياء في الزبداني": districts or quarters of X are a part of X
        held (not "عشر قرى في جنوب اليمن": villages are places of their own)."""
        entry = self.lx.place_nouns.get(t.key)
        return entry is not None and entry[0] in ("pl", "du") and entry[1] in _PART_CLASSES

    def landmark_owner(self, m: Mention) -> Mention:
        """"معضمية الشام القريبة من داريا": a place named only as a landmark of the one before
        it is not what a later pronoun refers to."""
        k = m.i - 1
        near = k >= 1 and self.tokens[k].key == "من" and self.tokens[k - 1].key in _NEAR or k >= 0 and self.tokens[k].key in _NEAR
        if near:
            prev = self.last_before(k - 1 if self.tokens[k].key == "من" else k, ("place",), 4)
            return prev if prev is not None else m
        return m

    def head_agent(self, m: Mention | None, k: int) -> Mention | None:
        """The agent an actor named before ``k`` stands for: past a describing aside, from the body
        to its unit, to the first of its conjuncts."""
        return self.chain_head(self.affiliate(self.outside_aside(m, k))) if m is not None else None

    def outside_aside(self, m: Mention, k: int) -> Mention:
        """"شنت الجبهة -وهي جناح تنظيم القاعدة- هجوما": an actor inside an aside that closes
        before ``k`` describes the one before it, which is who acts."""
        if not self._in_closed_aside(m, k):
            return m
        opener = next((t for t in range(m.i - 1, max(-1, m.i - 10), -1) if self.tokens[t].text in ("-", "–", "—", "(")), None)
        if opener is None or self.tokens[opener].text == "(" and self.tokens[opener + 1].key not in _ASIDE_PRONOUNS:
            return m  # "يعرف باسم (جيش الفتح)": a bracketed name, not a description
        prev = next((x for x in reversed(self._window(m.i - 12, m.i)) if x.kind == "actor" and not self._in_closed_aside(x, k)), None)
        return prev if prev is not None else m

    def affiliate(self, m: Mention) -> Mention:
        """"لواء اليرموك التابع للجيش السوري الحر": the unit named before "التابع لـ", not the
        body it belongs to, is who acts."""
        if m.i > 0 and m.prefix.endswith("ل") and self.tokens[m.i - 1].key in _AFFILIATION:
            unit = next((x for x in reversed(self._window(m.i - 8, m.i - 1)) if x.kind == "actor" and x.j == m.i - 1), None)
            if unit is not None:
                return unit
        return m

    def chain_head(self, m: Mention) -> Mention:
        """The first of the actors coordinated with m before it ("القوات الحكومية ومقاتلو حزب الله
        هجمات": the agent found last is the last conjunct)."""
        k = bisect_left(self.starts, m.i)
        for prev in self.mentions[max(0, k - 4) : k]:
            if prev.kind == "actor" and m in self.coordinated(prev):
                return prev
        return m

    def clause_subject(self, k: int) -> str:
        """The actor a pronoun refers to: the first actor of the sentence before ``k``, else the topic."""
        m = self.first_actor
        if m is not None and m.j <= k and self._supporter(m):
            return ""  # "تمكنت القوات الموالية للرئيس المنفي بدعم من طائرات التحالف من استعادة": a helper, not who
            # acts; and the unnamed doer is no topic either
        if m is not None and m.j <= k and not (m.i > 0 and self.tokens[m.i - 1].key == "ضد") and not self.owner_after_noun(m):
            return m.ref  # not "تقدماً ضد المتطرفين، وفرض حصار": who is fought is no subject; nor an owner
            # ("اقتحام المربع الأمني لمليشيا الحوثي …، كما سيطرت")
        return self.topic_actor()

    def owner_after_noun(self, m: Mention) -> bool:
        """A ل-actor that owns the noun before it ("المربع الأمني لمليشيا الحوثي"): no clause subject
        (but "القوات الموالية لحكومة هادي" names the forces' side)."""
        return m.prefix.endswith("ل") and not (m.i > 0 and _relation_cues().get(self.tokens[m.i - 1].key) == "allied_after")

    def group_of(self, m: Mention) -> list[Mention]:
        """m and the places coordinated with it ("الكنامات والرصافة وحي المطار القديم")."""
        if m.kind != "place":
            return [m]
        out = list(self.groups.get(m.group, [m])) if m.group >= 0 else [m]
        k = bisect_left(self.starts, out[0].i)
        while k > 0:  # "بلدة صلنفة وقرية البسيط الخاضعتين": the conjuncts before m
            prev = self.mentions[k - 1]
            if prev.kind != "place" or self.tokens[prev.j : out[0].i] or not out[0].prefix.startswith("و"):
                break
            out.insert(0, prev)
            k -= 1
        k = bisect_left(self.starts, out[-1].i)  # then the places joined to the list by و
        while k + 1 < len(self.mentions):
            nxt = self.mentions[k + 1]
            gap = [t for t in self.tokens[out[-1].j + out[-1].facility : nxt.i]  # past a facility's qualifier: "القصر الرئاسي، و…"
                   if not (t.kind == "punct" and t.text in QUOTE_MARKS)]  # and quotes: "مديرية «كتاف» ومديرية «ساقين»"
            unknown = len(gap) == 1 and gap[0].kind == "word" and (gap[0].key.startswith("و") and len(gap[0].key) > 3
                                                                 or is_definite_nisba(gap[0].key))  # "محافظة الأنبار الصحراوية ومدينة الفلوجة"
            comma = [t.text for t in gap] in (["،"], [","]) or _bracketed_aside(gap)  # "على القصر الرئاسي، وقيادة المنطقة", "القصير (جنوب حمص)، ومدينة حمص"
            part = 1 <= len(gap) <= 3 and not nxt.prefix and gap[0].key.startswith("و") and gap[0].key[1:] in _PARTS \
                and all(t.key in _HELD_WORDS for t in gap[1:])  # "على منطقتي السدة وحزم العديد وأجزاء من منطقة الرضمة"
            if nxt.kind == "place" and part:
                out.append(nxt)
                k += 1
            elif nxt.kind == "place" and (not gap or unknown or comma) and nxt.prefix.startswith("و"):  # "في صنعاء وحجة ومأرب": past a name not known
                out.append(nxt)
                k += 1
            elif (after := self.past_apposition(out[-1].j)) is not None:
                out += after  # "على عدن، كبرى مدن الجنوب، ومحافظات لحج", "على عاصمة المحافظة، زنجبار، ومدينة لودر"
                k = bisect_left(self.starts, after[-1].i)
            elif (resumed := self.past_container(out[-1], k + 1)) is not None:
                out.append(self.mentions[resumed])  # "مديرية كتاف بمحافظة صعدة، ومديرية ميدي": the container is no item
                k = resumed
            else:
                break
        return out

    def past_container(self, last: Mention, c: int) -> int | None:
        """The list goes on past the place that holds its last item ("مديرية كتاف بمحافظة صعدة، ومديرية
        ميدي بمحافظة حجة", "مواقع في عمران شمال العاصمة صنعاء وذمار"): the index of the و-place after the
        container, unless that place ranks with the container and so joins it ("في بلدة X بمحافظتي …")."""
        if c + 1 >= len(self.mentions):
            return None
        cont, nxt = self.mentions[c], self.mentions[c + 1]
        if cont.kind != "place" or nxt.kind != "place" or not nxt.prefix.startswith("و"):
            return None
        gap = [t.key for t in self.tokens[last.j + last.facility : cont.i] if t.text not in QUOTE_MARKS]
        held = not gap and (cont.prefix == "ب" or cont.how == "direction") \
            or gap[-1:] in (["في"], ["من"]) and all(_in_area_phrase(t) for t in gap[:-1])  # "كتاف ورحبان ومناطق أخرى من محافظة صعده"
        between = [t for t in self.tokens[cont.j : nxt.i] if t.text not in QUOTE_MARKS]
        if not held or not (not between or [t.text for t in between] in (["،"], [","])):
            return None
        after = self.tokens[nxt.j] if nxt.j < len(self.tokens) else None
        if after is not None and after.kind == "word" and not after.key.startswith(("و", "ب")) and after.key != "في":
            return None  # "بمحافظة صنعاء، ومدينة تعز شهدت اشتباكات": a new clause, not the list going on
        if cont.how != "direction" and _rank(self.doc, self.lx, nxt.ref) >= _rank(self.doc, self.lx, cont.ref):
            return None  # "في محافظتي صعدة وحجة": the و-place is a second container
        if not between and not nxt.noun:
            return None  # "بلدة كفرنبودة بريف حماة وإدلب": a bare name right after the container joins it
        return c + 1

    def past_apposition(self, j: int) -> list[Mention] | None:
        """The و-place after an apposition set off by commas right after a listed place ("عدن، كبرى مدن
        الجنوب، ومحافظات لحج"): at most five words naming no actor, with no trigger and no relative, that
        rank or locate the place (grammar_words apposition_head, or a direction), or its name alone (then
        listed too: "عاصمة المحافظة، زنجبار، ومدينة لودر")."""
        tokens = self.tokens
        if j >= len(tokens) or tokens[j].text not in ("،", ","):
            return None
        close = next((t for t in range(j + 2, min(j + 7, len(tokens))) if tokens[t].kind == "punct"), None)
        if close is None or tokens[close].text not in ("،", ",") or close + 1 >= len(tokens):
            return None
        inside = tokens[j + 1 : close]
        name = [m for m in self.mentions if m.i == j + 1 and m.j == close and m.kind == "place" and m.how == "gazetteer"]
        if inside[0].key not in _APPOSITION_HEADS and not name and not any(m.how == "direction" and m.i == j + 1 for m in self.mentions):
            return None  # "عدن، كبرى مدن الجنوب،", "حلب، شمال سوريا،", "عاصمة المحافظة، زنجبار،"; not "بالمدينة، شملت أحياء التحرير،"
        if any(t.kind != "word" or t.key in _RELATIVE or self.lx.triggers.longest(tokens, j + 1 + n) for n, t in enumerate(inside)) \
                or any(m.kind == "actor" for m in self._window(j + 1, close)):
            return None
        after = next((m for m in self.mentions if m.i == close + 1 and m.kind == "place" and tokens[m.i].key.startswith("و")), None)
        return [*name, after] if after is not None else None

    def launching_pronoun(self, k: int) -> int | None:
        """Where "أنها/إنه" stands before an attack noun at ``k`` past the words that launch it ("أنها بدأت في
        شن غارات", "إنه قام بتنفيذ هجمات"): the pronoun's referent carried it out."""
        t = k - 1
        while t >= max(0, k - 5):
            key = self.tokens[t].key
            if key in _THAT_PRONOUN:
                return t if t < k - 1 else None
            if key != "في" and key not in _LAUNCHING and not any(b in _LAUNCHING for _, b in clitic_candidates(key)):
                return None
            t -= 1
        return None

    def victims_force(self, m: Mention) -> bool:
        """m names the force of counted victims right before it ("18 مجندا بالشرطة"): whose men were hit, no doer."""
        return self.chain_head(m).prefix.endswith("ب") and m.i > 0 and self.lx.victims.get(self.tokens[m.i - 1].key) in ("soldiers", "fighters")

    def only_objects_between(self, start: int, end: int, loose: int = 2) -> bool:
        """Between an event noun and its agent marker stand its objects and places, with at most ``loose``
        other words ("تمركزات"), not a clause of their own."""
        covered = {t for m in self._window(start, end) for t in range(m.i, m.j)}
        other = [t for t in range(start, end) if t not in covered and self.tokens[t].kind == "word"
                 and self.tokens[t].key not in self.lx.function_words and not self.lx.time_words.longest(self.tokens, t)]
        return len(other) <= loose

    def agent_after(self, k: int) -> Mention | None:
        """"قصف ... نفذه الجيش الروسي": the actor after an agent cue near the trigger."""
        cues = _relation_cues()
        for t in range(k, len(self.tokens)):
            key = self.tokens[t].key
            if t >= k + 2 * WINDOW and key.removeprefix("و") not in _CLAIMED_IT:
                continue  # farther on, only a claim of the nearest attack noun ("وتبناه التنظيم كذلك")
            kind = cues.get(key) or cues.get(key.removeprefix("و"))  # "وتبناه تنظيم داعش"
            if kind == "perform":  # "الضربات التي تقوم بها المقاومة": performs the noun the relative describes, right
                # after it (not "تعطيل الجهود التي تقوم بها المقاومة" after "القصف على مدينة عدن")
                resumed = self.resumed_relative(k, t - 1)
                kind = "agent" if t > 0 and self.tokens[t - 1].key in _RELATIVE and (k <= t - 1 <= k + 2 or resumed) \
                    and t + 1 < len(self.tokens) and self.tokens[t + 1].key in _PERFORMED_IT else None
                if kind and resumed and (acts := [m for m in self._window(t + 2, t + 6) if m.kind == "actor"]):
                    return acts[0]  # past the noun's time and place: farther than the window
            if kind == "participated":  # "هجوما كبيرا شاركت فيه قوات نخبة": took part in the attack just named,
                in_it = t + 1 < len(self.tokens) and self.tokens[t + 1].key in _IN_IT  # not "شاركت في برنامج" or
                kind = "agent" if in_it and any(self._attack_noun_at(x) for x in (t - 1, t - 2) if x >= 0) else None  # "مؤتمر شاركت فيه"
            if kind == "attributed" and (t < k + WINDOW or not self._break_between(k, t)) \
                    and not any((h := self.lx.triggers.longest(self.tokens, x)) and h[2][0][0] in ATTACK_EVENTS
                                and h[2][0][1] not in ("verb", "kill") for x in range(k, t)):  # the nearest attack noun's
                # ("قتل ضابطي شرطة … انتقاما لتفجير انتحاري ألقي باللوم فيه على تنظيم الدولة": the bombing's, not the killing's)
                # "نسبته السلطات التركية إلى تنظيم داعش": X after إلى; "هجوم انتحاري في 20 يوليو في سوروتش (جنوب تركيا) نسب إلى داعش"
                return self.attributed_to(t)
            if kind == "agent" and key.removeprefix("و") in _LAUNCHED_IT:
                # "العملية التي أطلقها التحالف ضد التنظيم": only for the noun the relative describes, the actor right after
                # (not "وتبنى داعش الهجوم …، منذ الحملة التي أطلقها الجيش", not "العملية التي أطلقتها ضد داعش")
                if not (k <= t <= k + 2 or k <= t - 1 <= k + 2 and self.tokens[t - 1].key in _RELATIVE):
                    continue  # (right after an indefinite noun too: "سقوط قذيفة أطلقتها الفصائل على بلدة حضر")
                if any(x.key in ("علي", "ضد") or self._window(x_i, x_i + 1) for x_i, x in enumerate(self.tokens[k:t], k)):
                    continue  # the relative describes the noun itself, not its object ("هجوما على القوات التي تقودها السعودية")
                after = next((m for m in self._window(t + 1, t + 3) if m.kind == "actor" and m.how != "source"), None)
                return after if after is not None and after.i <= t + 2 and self.tokens[after.i - 1].key not in ("ضد", "علي") else None
            comma = self.tokens[t - 1].text in ("،", ",") and key.startswith("و")  # "…، وتبناه التنظيم كذلك": still the clause's
            far_claim = kind == "agent" and key.removeprefix("و") in _CLAIMED_IT and not self._break_between(k, t - comma) \
                and not any(self._attack_noun_at(x) for x in range(k, t)) \
                and self.tokens[t - 1].key not in _RELATIVE  # "في هجوم شنه طالب تونسي مسلح في مدينة سوسة السياحية (وسط شرق)
            # وتبناه تنظيم داعش": the pronoun is the nearest attack's, however far in the clause (not "الاستراتيجية التي تبنتها
            # المملكة": adopted)
            if kind == "agent" and (t < k + WINDOW or far_claim) or kind == "origin" and not self._break_between(k, t):
                set_for = _sets(key)  # "نصبته لهم القوات": ل- is the ambushed
                if set_for and t + 1 < len(self.tokens) and self.tokens[t + 1].key.startswith("ل") and len(self.tokens[t + 1].key) > 3:
                    continue  # "كمين نصبوه لمجموعة من عساكر الجيش": the ambushed follow, not who set it ("لهم" does not end the search)
                acts = [m for m in self._window(t + 1, t + 9) if m.kind == "actor" and not (set_for and m.prefix.endswith("ل"))]
                if acts:
                    return acts[0]
        return None

    def witness_place(self, k: int) -> list[Mention]:
        """"شهدت مدينة X غارات": the place that saw the event noun at ``k`` is where it struck."""
        for t in range(k - 1, max(-1, k - 8), -1):
            if self._break_between(t, k):
                return []
            if self.tokens[t].key in _WITNESS_VERBS or self.tokens[t].key.removeprefix("و") in _WITNESS_VERBS:  # ("واجهت")
                places = [m for m in self._window(t + 1, k) if m.kind == "place"]
                if not places and not [m for m in self._window(t + 1, k) if m.kind == "actor"] \
                        and not self.tokens[k].key.startswith(("ب", "ل")):  # (not "دمشق شهدت مظاهرات تنديدا بالهجمات")
                    # "كينيا شهدت … هجمات نفذتها حركة الشباب": the place the verb follows is its subject
                    places = [m for m in self._window(t - 3, t) if m.kind == "place" and m.j == t]
                return self.group_of(self.head_place(places[0])) if places else []
        return []

    def object_first(self, tr: Trigger, genitive: Mention) -> bool:
        """A verbal noun whose genitive is its object ("استهداف تنظيم داعش في الرقة") unless an
        object follows it, which makes the genitive the agent ("استهداف قوات النظام للمدنيين",
        "استهداف قوات الأسد قرية المكرمية")."""
        if not any(b in _OBJECT_FIRST for _, b in clitic_candidates(self.tokens[tr.i].key)):
            return False
        end = self.coordinated(genitive)[-1].j  # "استهداف الميليشيات المتمردة وقوات المخلوع صالح لهم"
        after = self.tokens[end : end + 3]
        if any(t.key[:1] == "ل" and t.key not in ("لدي", "لكن") and len(t.key) > 2 for t in after):
            return False
        nxt = self.first_after(end, ("place", "actor"), 1)
        return nxt is None or nxt.i != end or bool(nxt.prefix)

    def agents_home(self, agent: Mention, place: Mention) -> bool:
        """``place`` is the country an event's doer is in ("قصف المتمردين في اليمن لمناطق …"): "في"
        right after the doer and a ل-object after the country (not "هجمات لبوكو حرام في الكاميرون
        ونيجيريا التي …": where the attacks were)."""
        if not (place.i == agent.j + 1 and self.tokens[agent.j].key == "في" and self.is_country(place)):
            return False
        end = self.group_of(place)[-1].j
        if end >= len(self.tokens) or not self.tokens[end].key.startswith("ل"):
            return False
        # "لمناطق", "لمواقع", "لمدينة عدن", "للحوثيين"; not "لليوم الخامس", "لتشمل", "لأكثر من"
        return place_noun(self.tokens[end], self.lx) or self.tokens[end].key[1:] in _cue_forms("position") \
            or any(m.i == end and m.prefix.endswith("ل") for m in self.mentions)

    def striker_of(self, m: Mention, upto: int, event: str) -> Mention | None:
        """The agent of an earlier attack of this sentence that hit ``m`` as its object (after
        "على", "ضد" or a positions noun): the next agentless attack noun is still that agent's; the
        subject of a fight verb against ``m`` makes the next agentless capture (not an attack, which
        is as likely the foe's: "تتصدى لعناصر داعش وسط هجمات انتحارية")."""
        lead = self.tokens[m.i - 1].key if m.i > 0 else ""
        verb = next((e for e in self.built if m.i > 0 and e.trigger_end == self.tokens[m.i - 1].end and e.type in ATTACK_EVENTS
                     and m.ref in e.targets and e.actors), None)
        if verb is not None:  # "ضربات تستهدف المقاتلين الأكراد … منذ بداية الضربات": the object of the verb just before
            return next((a for a in self.mentions if a.ref == verb.actors[0] and a.i < m.i), None)
        for ev in reversed(self.built):  # "القوات تتصدى لجيوب الحوثيين في التواهي وتمت السيطرة على": the subject's
            if event == "control" and ev.type == "clash" and ev.trigger_start in self.verb_triggered and m.ref in ev.targets and ev.actors \
                    and ev.trigger_end <= self.tokens[m.i].start \
                    and not any(t.key.endswith(_PLURAL_OWNERS) for t in self.tokens[m.j : upto]):  # "لدى محاولتهم": m's own act
                subject = next((a for a in self.mentions if a.ref == ev.actors[0] and self.tokens[a.j - 1].end <= ev.trigger_start), None)
                if subject is not None:
                    return subject
        end = self.tokens[upto].start if upto < len(self.tokens) else self.tokens[-1].end
        owner = lead in _AFFILIATION and m.prefix.endswith("ل") and not any(  # "قصفوا أهدافا تابعة لتنظيم الدولة … في 23
            self.tokens[m.j - 1].end <= e.trigger_start < end for e in self.built)  # غارة"; not past its own "بعد أن ألقت"
        if not (lead in ("علي", "ضد") or lead in _cue_forms("position") or lead in _IN_IT or owner):
            return None  # the object of that attack, not a subject named after "وشن"
        for ev in reversed(self.built):
            if ev.type in ATTACK_EVENTS and m.ref in ev.targets and ev.actors:
                return next((a for a in self.mentions if a.ref == ev.actors[0] and a.i < m.i), None)
        return None

    def carried_agents(self, tr: Trigger) -> list[str]:
        """The doer of an attack its sentence names no actor for, from the sentences before."""
        if any(m.kind == "actor" and m.i < tr.i for m in self.mentions):
            return []
        return self.carried_attackers(tr) or self.carried_strikers(tr) or self.recalled_attack(tr)

    def carried_attackers(self, tr: Trigger) -> list[str]:
        """A sentence that opens with an attack ("كما استهدفت تجمعات…", "وشن 6 غارات على…")
        goes on with the previous sentence's attacker."""
        opener = self.tokens[0].key
        if not (opener.startswith("و") or opener in _ALSO) or tr.i > 2 and not self.only_adverbials(1, tr.i):
            return []
        if self.unresolved_subject(tr.j):
            return []
        if tr.frame == "verb" and tr.j < len(self.tokens) and self.lx.triggers.longest(self.tokens, tr.j):
            return []  # "واستهدف الهجوم السيطرة على …": the verb's subject is an event noun
        if tr.frame != "verb" and not any(self.tokens[k].key.removeprefix("و") in _LIGHT_VERBS for k in range(tr.i)):
            return []  # "كما أسفرت الغارات عن …": a noun with no doer of its own; "وشن 6 غارات" has one
        last = self.attacks_before()
        return list(last[-1].actors) if last else []

    def only_adverbials(self, lo: int, hi: int) -> bool:
        """Tokens [lo, hi) hold only a light verb, times and adverbs ("وشنت أمس السبت هجوما",
        "كما نفذت بدورها غارات"): no subject of the clause is named there."""
        for k in range(lo, hi):
            key = self.tokens[k].key.removeprefix("و")
            if not (key in _LIGHT_VERBS or key in _CLAUSE_ADVERBS or key.removeprefix("ال") in _TIME_NOUNS
                    or self.lx.time_words.longest(self.tokens, k)):
                return False
        return True

    def attacks_before(self) -> list[Event]:
        """The attacks of the sentence before that have a doer."""
        return [e for e in self.doc.events if e.sentence == self.index - 1 and e.type in ATTACK_EVENTS and e.actors]

    def recalled_attack(self, tr: Trigger) -> list[str]:
        """"… بشن حملة قصف عشوائي على الأحياء السكنية. حيث استهدف القصف أحياء X": an attack noun, the
        subject of the attack verb that opens the sentence, names the attack of the sentence before,
        and its doer (not "ووقع الهجوم الانتحاري في X" told in passing)."""
        if tr.frame != "noun" or not 1 <= tr.i <= 2 or self.unresolved_subject(tr.j):
            return []
        verb = self.lx.triggers.longest(self.tokens, tr.i - 1)
        if not verb or verb[2][0][0] not in ATTACK_EVENTS or tr.i == 2 and self.tokens[0].key not in _ALSO:
            return []
        last = self.attacks_before()
        if not last or last[-1].type not in (tr.event, "attack"):
            return []  # "وقصفت المدفعية التركية مواقع …. واستهدف الهجوم الانتحاري": another attack
        return list(last[-1].actors)

    def carried_strikers(self, tr: Trigger) -> list[str]:
        """Air raids a sentence names without a doer ("وجرت الضربات الأخرى قرب كركوك", "إن غارات
        العراق شملت خمس غارات قرب الموصل") are flown by the air force of the article's last raids
        one or two sentences before: a report of strikes names their doer once."""
        if tr.event != "airstrike" or tr.frame == "verb" or self.unresolved_subject(tr.j):
            return []
        last = [e for e in self.doc.events if self.index - 2 <= e.sentence < self.index and e.type == "airstrike" and e.actors]
        flyers = [a for a in last[-1].actors if self.flies(a)] if last else []
        return flyers if last and len(flyers) == len(last[-1].actors) else []

    def flies(self, aid: str) -> bool:
        """Only a state, its forces or a coalition of states flies air raids (not "ضربة دمرت مصنعا
        لداعش" read once with ISIS as the doer)."""
        entry = self.lx.actors.get(aid)
        return is_state_force(aid, self.lx) or entry is not None and entry.acled_type == "External/Other Forces"

    def positions_owner(self, m: Mention) -> bool:
        """m owns the positions named right before it ("جيوب الحوثيين", "مواقع التنظيم")."""
        return m.i > 0 and not m.prefix and self.tokens[m.i - 1].key.removeprefix("و") in _cue_forms("position")

    def supporting(self, m: Mention) -> bool:
        """m is named as the support of another actor ("مدعومة بالطائرات الأميركية")."""
        cues = _relation_cues()
        return any(cues.get(self.tokens[k].key) == "allied_by" for k in range(max(0, m.i - 2), m.i))

    def attributed_to(self, t: int) -> Mention | None:
        """The actor after "إلى" that an attribution word at ``t`` names ("نسب الهجوم إلى X"; after
        "على" for blame: "هجمات يلقى باللوم فيها على X"), or a لـ-actor ("ونسب للمتطرفين")."""
        if denied_before(self.tokens, t, 3):
            return None  # "ورفض المسؤول إلقاء اللوم على داعش": a blame refused
        marked = next((m for m in self._window(t + 1, t + 8) if m.kind == "actor" and m.prefix.endswith("ل")), None)
        to_words = ("الي", "لي", "علي") if self.tokens[t].key in _BLAME else ("الي", "لي")  # "يلقى باللوم فيها على X"
        to = next((u for u in range(t + 1, min(t + 8, len(self.tokens))) if self.tokens[u].key in to_words), None)
        if marked is not None and (to is None or marked.i < to):
            return marked
        acts = [m for m in self._window(to + 1, to + 5) if m.kind == "actor"] if to is not None else []
        return acts[0] if acts else None

    def head_place(self, m: Mention) -> Mention:
        """The head of "حي المغاير في حلب القديمة", "أريحا بمحافظة إدلب": a relative clause
        after them is about the first place, not its container."""
        k = bisect_left(self.starts, m.i)
        while k > 0:
            prev = self.mentions[k - 1]
            if prev.kind != "place":
                break
            gap = [t.key for t in self.tokens[prev.j + prev.facility : self.mentions[k].i]]  # "المجمع الحكومي في X": past the qualifier
            while gap and gap[0] in _EMPHASIS:
                gap = gap[1:]  # "في المدينة ذاتها غرب اليمن": the same city
            side = not gap and self.mentions[k].how == "direction"  # "مدينة منبج شمال حلب التي …": Manbij
            located = bool(gap) and gap[0] in _LOCATIVE_PARTICIPLES and (  # "أريحا الواقعة بمحافظة إدلب"
                gap[1:] in (["في"], ["ل"]) or not gap[1:] and self.mentions[k].prefix[-1:] in ("ب", "ل")
                or not gap[1:] and self.mentions[k].how == "direction")  # "الرمادي الواقعة غرب بغداد"
            outer = gap != ["من"] or self._may_contain(self.mentions[k])  # "نازحي الزبداني من بلودان": a town holds no city
            if outer and (gap in (["في"], ["من"]) or (not gap and self.mentions[k].prefix.endswith("ب")) or side or located):
                k -= 1  # "مدينة داريا بالغوطة الغربية من ريف دمشق، تعرضت": Darayya
                continue
            break
        return self.mentions[k]

    def _may_contain(self, m: Mention) -> bool:
        """A place that can hold another named before it with "من": a country, province, district,
        countryside or region ("داريا … من ريف دمشق"), not a town or a village."""
        if m.how != "gazetteer":
            return m.cls not in ("City", "Town", "Village", "Neighbourhood")
        return any(self.lx.places[p].kind not in ("city", "town", "village", "neighbourhood") for p in m.ids if p in self.lx.places)

    def agent_by(self, k: int) -> Mention | None:
        """The agent of a passive: the actor after "من قبل" or "من" right after ``k``, or after
        a few describing words ("لهجوم واسع من قوات النظام", "بشتى القذائف من قبل")."""
        j = k
        for t in range(k, min(k + 5, len(self.tokens))):
            tok = self.tokens[t]
            if tok.key == "من" and (t - k <= 2 or t + 1 < len(self.tokens) and self.tokens[t + 1].key == "قبل"):
                j = t
                break
            if tok.kind != "word" or self._window(t, t + 1) or any(find_triggers(self.tokens[t : t + 1], self.lx)):
                break
        if j < len(self.tokens) and self.tokens[j].key == "من":
            j += 1
            if j < len(self.tokens) and self.tokens[j].key == "قبل":
                j += 1
            acts = self.actors_after(j, 2)
            return acts[0] if acts else None
        return None

    def passive_cue_before(self, k: int) -> int:
        """Position of a passive verb ("تعرضت") earlier in the clause, at most 15 tokens before ``k``
        (0 if none): "تعرضت بعد منتصف ليل الأحد مناطق في مدينة داريا … لقصف"."""
        cues = _relation_cues()
        for t in range(k - 1, max(-1, k - 16), -1):
            if self._break_between(t, k):
                break
            if self.tokens[t].key.startswith("ل") and any(find_triggers(self.tokens[t : t + 1], self.lx)):
                break  # "تعرضت مورك لقصف … للسيطرة على البلدة": the cue was the first noun's
            if any(cues.get(b) == "passive" for _, b in clitic_candidates(self.tokens[t].key)):
                return t + 1
        return 0

    def received(self, tr: Trigger) -> bool:
        """The attack noun is the object of a verb of receiving, right after it or after its subject
        ("التي تلقت ضربات موجعة", "تلقى الحوثيون ضربات"): its subject underwent the attack."""
        cue = self.passive_cue_before(tr.i)
        if not cue or self.tokens[cue - 1].key.removeprefix("و") not in _RECEIVE_VERBS:
            return False
        subject = next(iter(self._window(cue, cue + 1)), None)
        return tr.i == cue or subject is not None and subject.j == tr.i

    def topic_actor(self) -> str:
        return self.topic[-1][0] if self.topic else ""

    def ground_topic_actor(self) -> str:
        """The last subject of an event fought on the ground: a clash's unnamed side is not the air
        force that struck in the sentences before ("غارات التحالف … وتشهد المدينة مواجهات عنيفة")."""
        return next((a for a, kind in reversed(self.topic) if kind not in ("airstrike", "missile")), "")

    # --- frames ---------------------------------------------------------------------
    def subject(self, tr: Trigger) -> Mention | None:
        """The actor of a verb by word order (``subject_by_order``); a present plural ("يقصفون") takes only a
        plural of men as its subject ("والحوثيون يقصفون"; not "الحلف الأطلسي … وبدأوا يستهدفون")."""
        m = self.subject_by_order(tr)
        suffixed = self.tokens[tr.j - 1].key.endswith("ون") and not self.lx.triggers.longest(self.tokens, tr.i)  # not a listed "يسيطرون"
        return None if m is not None and suffixed and not self.plural_of_men(m) else m

    def feminine_past(self, tr: Trigger) -> bool:
        """A one-word past verb in the feminine singular ("استهدفت", "قصفت"): its subject is no masculine
        noun ("حزب", "تنظيم", "الجيش"), so such an actor right after it is its object."""
        return tr.frame == "verb" and tr.j == tr.i + 1 and self.tokens[tr.i].key.endswith("ت") \
            and not self.tokens[tr.i].key.removeprefix("و").startswith(("ت", "ي"))

    def plural_of_men(self, m: Mention) -> bool:
        """The actor is named by a plural of men ("الحوثيون", "المسلحين", "عناصر الميليشيات"): it takes "قصفوا", "يقصفون"."""
        head = match_key(m.text).split()[0]
        return head.endswith(("ون", "ين")) or self.lx.victims.get(head) in ("fighters", "soldiers")

    def subject_by_order(self, tr: Trigger) -> Mention | None:
        """The actor of a verb: right after it (VSO), or before it in the clause (SVO);
        a verb joined by و to an earlier one ("وسيطرت") shares that verb's subject (a verb whose
        subject is an attack noun is read by ``read_default`` through ``noun_subject``)."""
        ante = self.relative_antecedent(tr)
        bare_verb = not self.tokens[tr.j - 1].key.endswith(_POSSESSIVE) \
            and not (tr.j < len(self.tokens) and (self.tokens[tr.j].key in _OBJ_PRONOUN or self.tokens[tr.j].key in _PART_PRONOUN))
        if ante is not None and bare_verb:
            return ante  # "التحالف الدولي الذي يقصف التنظيم": the antecedent acts; what follows is hit
        after = self.first_after(tr.j, ("actor", "place"), 3)
        if after is not None and after.kind == "actor" and self.tokens[tr.j - 1].key.endswith("ون"):
            after = None  # "المقاومون يقصفون الحوثيين": a plural verb's subject stands before it; the actor after is hit
        if ante is None and bare_verb and tr.event in ATTACK_EVENTS and tr.i > 1 and self.tokens[tr.i - 1].key in _RELATIVE \
                and after is not None and after.kind == "actor" \
                and (after.i == tr.j or after.i == tr.j + 1 and (self.tokens[tr.j].key in _FORCE_NOUNS
                                                             or self.lx.victims.get(self.tokens[tr.j].key) in ("fighters", "soldiers"))):
            # (not "في الوقت الذي تقصف فيه الطائرات الروسية مواقع المعارضة": VSO past a resumptive pronoun)
            return None  # "العمليات العسكرية التي استهدفت الحوثيين", "طلعاتها التي تستهدف عناصر القاعدة": the
            # antecedent, no actor, did it; the actor after the verb is what was hit
        position = after is not None and any(t.key in _cue_forms("position") for t in self.tokens[tr.j : after.i])
        plural_verb = self.tokens[tr.j - 1].key.endswith("وا")  # "X وحلفاؤها استهدفوا مسلحي داعش": SVO, agreeing
        owned = after is not None and after.i > tr.j and self.tokens[after.i - 1].key[:1] == "ل" \
            and self.lx.victims.get(self.tokens[after.i - 1].key[1:]) in ("fighters", "soldiers")  # "قصف رتلا لمسلحي داعش"
        pronoun_subject = tr.i > 0 and self.tokens[tr.i - 1].key in _THAT_PRONOUN \
            and _agrees(self.tokens[tr.i - 1].key, self.tokens[tr.j - 1].key)  # "مشيرة إلى أنها تستهدف ناشطين من حزب العمال"
        # "حررتها من الميليشيات": a preposition right after the verb governs the actor (the loser), which is
        # no subject; "سيطرت قوات من الجيش الوطني" is the army's forces
        governed = after is not None and self.tokens[tr.j].key in _PREPOSITIONS and (after.i == tr.j + 1 or after.i == tr.j + 2
                   and (self.lx.victims.get(self.tokens[tr.j + 1].key) in ("fighters", "soldiers")
                        or self.tokens[tr.j + 1].key in _REMNANTS))  # "طهرت من مسلحي داعش", "من بقايا المتمردين"
        disagrees = after is not None and after.kind == "actor" and self.feminine_past(tr) \
            and match_key(after.text).split()[0].removeprefix("و") in _MASCULINE_HEADS \
            and all(t.key.startswith("ب") for t in self.tokens[tr.j : after.i])
        # ("واستهدفت بالأساس حزب العمال": the object; not "هاجمت عناصر حزب الاتحاد", "قصفت مدفعية الجيش": its units)
        if after is not None and after.kind == "actor" and after.i > tr.j and self.lx.victims.get(self.tokens[tr.j].key) == "civilians" \
                and not self.tokens[tr.j].key.endswith("ين") and not pronoun_subject and self.last_before(tr.i, ("actor",), 6) is None:
            return None  # "هاجم الأهالي مندوبي التمرد": the residents, no armed actor, did it; the actor after was hit
        if after is not None and after.kind == "actor" and not position and not plural_verb and not owned and not pronoun_subject \
                and not after.prefix.endswith(("ل", "ب")) and not governed and not disagrees:
            # "قصفت مواقع قوات النظام": the target; "دمرت ثلاث دبابات لقوات النظام": the owner
            return self.fronted_subject(tr) or after
        if pronoun_subject:  # "غير أنها ضربت متمردي حزب العمال": the pronoun's referent, not the actor just before
            return self.that_pronoun_subject(tr)
        if self.unresolved_subject(tr.j) or self.unnamed_subject_before(tr.i):
            return None  # "التي يسيطر عليها التنظيم" with no antecedent, "وكان متطرفون فتحوا": an unknown agent, not an earlier actor
        if tr.i > 1 and self.tokens[tr.i - 1].key in _RELATIVE:
            ante = self.relative_antecedent(tr)
            if ante is not None:  # "وتنظيم داعش الذي يسيطر على المدينة": the antecedent, not its coordination
                return ante
            before = self.last_before(tr.i - 1, ("actor", "place"), 1)
            if before is None and tr.event == "control" and (after is None or after.kind != "actor"):
                return None  # "المشاعر … التي تسيطر على معظم المقاتلين": the antecedent is no actor or place
        if tr.prefix.startswith("و") and self.last_subject is not None:
            return self.new_clause_subject(self.last_subject.j, tr.i) or self.last_subject
        if self.last_subject is not None and self.after_that(tr.i) and self.verb_agrees(self.last_subject, tr) \
                and not any(self.has_word(k, _PLATFORMS) for k in range(self.last_subject.j, tr.i)):
            # "سيطرت المقاومة على لودر …، بعد أن سيطرت على زنجبار", "ودمر طيران التحالف عربة … بعد أن قصف موقع":
            # the clause's subject (not "استهدفت المعارضة مروحية … بعد أن ألقت براميل": the helicopter dropped them)
            return self.last_subject
        if tr.prefix.startswith("و") and self.first_actor is not None and self.first_actor.i <= 2 < tr.i:
            # "وحققت X مكاسب على حساب Y … وسيطرت على": X's verbs share X; but a reporter's verbs do not: "ولفتت
            # قيادات المقاومة إلى أن القوات الموالية لهادي دخلت …، وسيطرت" (the subject after "أن")
            that = next((t for t in range(tr.i - 1, self.first_actor.j - 1, -1) if self.tokens[t].key == "ان"), None)
            reported = next((m for m in self._window(that + 1, that + 3) if m.kind == "actor" and m.how != "source"), None) \
                if that is not None else None
            return reported or self.first_actor
        before = self.last_before(tr.i, ("actor",), 8)
        while before is not None and before.sole_group:  # "قتلت 23 إرهابيا ودمرت 12 وكرا": the men killed are no later verb's subject
            before = self.last_before(before.i, ("actor",), 8)
        if before is None and self.first_actor is not None and self.first_actor.j <= tr.i and not self.first_actor.prefix.endswith("ل") \
                and not self._supporter(self.first_actor) and not (tr.event in ATTACK_EVENTS and self.victims_force(self.first_actor)):
            return self.first_actor  # "الطيران نفذ … غارة …، حيث قصف بلدات …" (not an owner: "اقتحام المربع الأمني
            # لمليشيا الحوثي …، كما سيطرت على"; not a supporter: "مقاتلين من الجنوب المدعومين بضربات جوية ينفذها
            # التحالف … سيطروا على مدينة الحوطة")
        # "قتل اربعة حوثيين في هجوم … استهدف منزل قيادي": the dead did not strike (but "نحو مئة مقاتل من
        # حركة طالبان هاجموا", with no kill word by them, counts the attackers)
        if before is not None and tr.event in ATTACK_EVENTS and self.counted_victims(before) \
                and _has_kill_word(self.tokens, before.i - 4, before.j + 2, self.lx):
            return None
        if before is not None and tr.event in ATTACK_EVENTS and before.i > 0 and (self.tokens[before.i - 1].key == "مع" or before.prefix.endswith("ل")
                                                                              and self.tokens[before.i - 1].key in _SUPPORT_FOR):
            # ("غارات مساندة للمقاومة الشعبية … استهدفت تجمعات للحوثيين": the supported side, too)
            # "الضربات الجوية للتحالف تجري بالتنسيق مع قوات المقاومة … تستهدف": the partner is no subject; the strikes' doer is
            earlier = next((e for e in reversed(self.built) if e.type in ATTACK_EVENTS and e.actors), None)
            doer = next((m for m in reversed(self._window(0, before.i)) if m.kind == "actor" and m.ref == earlier.actors[0]), None) \
                if earlier is not None else None
            if doer is not None:
                return doer
        if before is not None and tr.event in ATTACK_EVENTS and self.victims_force(before):
            return None  # "اصيب 18 مجندا بالشرطة في انفجار عبوة ناسفة استهدفت حافلة": the victims' force, no subject
        if before is not None and self.oblique(before) and not (tr.i > 0 and self.tokens[tr.i - 1].key in _RELATIVE):
            # "وتنتصر المقاومة على الحوثيين وقوات صالح … كما حررت عدن": the side beaten is no subject
            return next((m for m in reversed(self._window(0, before.i)) if m.kind == "actor" and m.how != "source"
                         and not self.oblique(m)), None)
        return self.head_agent(before, tr.i)

    def verb_agrees(self, m: Mention, tr: Trigger) -> bool:
        """A past verb agrees with the actor m as its subject: "سيطرت" with a feminine name, "سيطر" with a
        masculine one, "سيطروا" with a plural of men ("الحوثيون"), not "شنت طائرات التحالف … بعد أن قصفوا"."""
        verb = self.tokens[tr.j - 1].key.removeprefix("و").removeprefix("ف")
        if verb.endswith("وا"):
            return self.plural_of_men(m)
        return verb.endswith("ت") == self.feminine_actor(m)

    def after_that(self, i: int) -> bool:
        """"بعد أن", "قبل أن", "بعدما" stand right before the verb at ``i``: a time clause whose verb,
        with no subject of its own, shares the subject of the clause it hangs on."""
        keys = [t.key for t in self.tokens[max(0, i - 2) : i]]
        return keys[-2:] in (["بعد", "ان"], ["قبل", "ان"]) or keys[-1:] in (["بعدما"], ["قبلما"])

    def new_clause_subject(self, lo: int, hi: int) -> Mention | None:
        """The subject of a clause opened between ``lo`` and ``hi`` by a comma and a clause verb ("شن النظام
        غارة، وتمكن الثوار من …، واقتحموا": the rebels stormed, not the regime; not "، وأجبروا قوات هادي",
        whose actor is an object)."""
        hit = set()
        for e in self.built:
            hit.update(e.targets)
        for m in reversed(self._window(lo, hi)):
            if m.kind == "actor" and m.how != "source" and not m.prefix and m.i >= 2 and m.ref not in hit \
                    and self.tokens[m.i - 1].key in _CLAUSE_VERBS and self.tokens[m.i - 2].kind == "punct":
                return m
        return None

    def oblique(self, m: Mention) -> bool:
        """An actor (or the first of its conjuncts) after "على", "ضد", "عن": "تنتصر المقاومة على
        الحوثيين وقوات صالح"; an object, never a later verb's subject (a ل-actor may be an agent:
        "كمينين للمقاومة استهدفا")."""
        head = self.chain_head(m)
        return head.i > 0 and self.tokens[head.i - 1].key in _OBLIQUE_LEADS

    def fronted_subject(self, tr: Trigger) -> Mention | None:
        """"الجيش العراقي استهدف تنظيم داعش في الرمادي": an actor that opens the clause before the
        verb is its subject (SVO), and the actor after the verb is what it hits; not when the verb
        carries an object pronoun ("داعش قصفته الطائرات": the object comes first)."""
        if self.tokens[tr.j - 1].key.endswith(_POSSESSIVE):
            return None
        last = next((m for m in reversed(self._window(tr.i - 10, tr.i)) if m.kind == "actor" and m.j <= tr.i), None)
        if last is None or last.how == "source" or self._break_between(last.j, tr.i):
            return None
        placed = self._place_tokens(last.j, tr.i)
        if tr.i - last.j > 6 or not all(t in placed or self.tokens[t].key in _SUBJECT_TRAILERS or self.lx.time_words.longest(self.tokens, t)
                                        for t in range(last.j, tr.i)):
            return None  # only where or when it acted may stand between ("طائرات التحالف في مأرب قصفت")
        head = self.last_before(tr.i, ("actor",), 10)
        if head is None or self.governed(head) or head.how == "source":
            return None
        k = head.i - 1
        if k >= 0 and self.tokens[k].kind == "word" and self.tokens[k].key not in _THAT and self.tokens[k].key != "و" \
                and not self._window(k, k + 1) and not any(find_triggers(self.tokens[k : k + 1], self.lx)):
            k -= 1  # a head noun of the subject: "دبابات المقاومة", "طائرات التحالف"
        opens = k < 0 or self.tokens[k].key in _THAT or self.tokens[k].key == "و" \
            or self.tokens[k].kind == "punct" and self.tokens[k].text in ",،"
        return head if opens else None

    def relative_antecedent(self, tr: Trigger) -> Mention | None:
        """The actor a relative pronoun before the verb stands for ("التحالف الذي يقصف")."""
        if tr.i < 2 or self.tokens[tr.i - 1].key not in _RELATIVE:
            return None
        named = {k for x in self._window(tr.i - 8, tr.i) for k in range(x.i, x.j)}
        adjective = lambda n, t: t.key.startswith("ال") and n not in named and not self.lx.triggers.longest(self.tokens, n)
        gap_ok = lambda m: all(t.kind == "punct" and (t.text in _QUOTE_CHARS or t.text in ("،", ",") and n == tr.i - 2)
                               or is_definite_nisba(t.key) or adjective(n, t) for n, t in enumerate(self.tokens[m.j : tr.i - 1], m.j))
        # "التحالف الغربي العربي الذي يستهدف «داعش»", "وحدات حماية الشعب الكردية، التي تقاتل تنظيم داعش",
        # "ميليشيات «فجر ليبيا» المتطرفة، التي تسيطر على العاصمة"
        ante = next((m for m in self._window(tr.i - 8, tr.i) if m.kind == "actor" and m.j <= tr.i - 1 and gap_ok(m)), None)
        return self.allied_with(ante, self.tokens[tr.i - 1].key.removeprefix("و")) or ante if ante is not None else None

    def allied_with(self, m: Mention, relative: str) -> Mention | None:
        """The group an ally ``m`` is named for ("جماعة الحوثي المتحالفة مع إيران التي"), when the group is an
        actor right before the participle and the relative after the ally agrees with the group."""
        k = m.i - 1 if m.prefix.endswith("ل") else m.i - 2 if m.i >= 2 and self.tokens[m.i - 1].key in ("مع", "من") else -1
        if k < 1 or self.tokens[k].key not in _ALLIED:
            return None
        participle = without_final_marks(self.tokens[k].text)
        if not (relative == "التي" and participle.endswith("ة") or relative == "الذين" and participle.endswith(("ين", "ون"))):
            return None  # the relative agrees with the group, not the ally ("المدعومة من التحالف الذي يقصف": the coalition)
        return next((x for x in self._window(k - 6, k) if x.kind == "actor" and x.j == k), None)

    def described_place(self, m: Mention, i: int) -> Mention:
        """The place a feminine relative or participle before ``i`` describes: the city of "شمال غربي مدينة
        دونيتسك الواقعة تحت سيطرتهم" (a side is masculine), the place before a bracketed gloss ("بمدينة
        الحديدة (غرب اليمن)، التي تسيطر عليها")."""
        k = m.j
        while k < i and self.tokens[k].kind == "punct":
            k += 1  # "شمالي مدينة ماريوبول، التي"
        first = self.tokens[k].key.removeprefix("و") if k < i else ""
        feminine = first == "التي" or first.endswith("ه") and first.startswith("ال")
        if m.i > 0 and self.tokens[m.i - 1].text == "(" and m.j < len(self.tokens) and self.tokens[m.j].text == ")":
            outer = next((x for x in self.mentions if x.kind == "place" and x.j == m.i - 1 and x.ref), None)
            return outer if outer is not None else m
        if m.how == "direction" and m.of is not None and m.of.ref and feminine:
            return m.of
        return m

    def relative_place(self, tr: Trigger, ante: Mention) -> Mention | None:
        """The place a relative clause is about: the head of "X في Y" before it ("حي المغاير في حلب
        القديمة الذي"), unless a singular pronoun agrees in gender only with the container ("حي
        الروضة في مدينة تعز التي يسيطر عليها": Taiz); none when neither agrees and both have a noun
        ("المجمع الحكومي في ذات المدينة، والذي يسيطر عليه": an unnamed building). Places named by a
        feminine noun, or by their name alone (towns, countries), are feminine."""
        head = self.head_place(ante)
        rel = self.tokens[tr.i - 1].key.removeprefix("و")
        if rel not in _SINGULAR_RELATIVE:
            return head
        feminine = rel == _SINGULAR_RELATIVE[0]
        if self._feminine_place(head) == feminine:
            return head
        if self._feminine_place(ante) == feminine:
            return ante
        pronoun = self.tokens[tr.j].key if tr.j < len(self.tokens) and self.tokens[tr.j].key in _OBJ_PRONOUN else ""
        if pronoun and pronoun.endswith(("ها", "هما")) != feminine:
            return head  # "والسجن المركزي التي تسيطر عليه": the relative's gender a slip, the pronoun's right
        if any(t.key in _ONE_OF for t in self.tokens[ante.j : tr.i]):
            return head  # "حي الشرف هو أحد الأحياء المقدسية التي سيطر عليها": one of those the clause is about
        if not feminine and all((m.noun or m.how == "anaphor") and self._feminine_place(m) for m in (head, ante)):
            return None  # "المجمع الحكومي في ذات المدينة، والذي": a masculine thing no mention names
        return head

    def locative(self, m: Mention) -> bool:
        """A place named as where a thing was ("خطف المسلحون طائرة في مطار عدن، ثم حررها الجيش": the plane
        is freed, not the airport taken): "في"/"بـ" right after an indefinite noun."""
        head = self.head_place(m)
        k = head.i - (0 if head.prefix.endswith("ب") else 1)
        if k < 1 or not (head.prefix.endswith("ب") or self.tokens[k].key == "في"):
            return False
        before = self.tokens[k - 1]
        return before.kind == "word" and not before.key.startswith("ال") and before.key not in self.lx.function_words \
            and not any(x.i <= k - 1 < x.j for x in self.mentions)

    def _feminine_place(self, m: Mention) -> bool:
        noun = match_key(m.noun) if m.noun else (self.tokens[m.i].key.removeprefix("ال") if m.how == "anaphor" else "")
        plural = (self.lx.place_nouns.get(noun) or ("",))[0] == "pl"  # "الأحياء المقدسية التي": plurals of things are feminine
        return not noun or noun.endswith(("ه", "يا")) or plural  # (match_key writes ‑ية as ‑يا: "مديريا")

    def noun_subject(self, tr: Trigger) -> Event | None:
        """The attack noun just before an attack verb that is its subject ("تفجير انتحاري استهدف",
        "حملات استهدفت", "الهجمات التي تستهدف"): the verb is a clause on the noun and acts
        through the noun's agent, not through an actor named before (the noun's own event;
        None when the verb has a subject of its own or an object pronoun: "قذيفة أطلقتها الفصائل")."""
        if tr.event not in ATTACK_EVENTS or tr.frame != "verb" or self.tokens[tr.j - 1].key.endswith(_POSSESSIVE):
            return None
        k, reach = tr.i - 1, 3
        while k > max(-1, tr.i - 6 - (reach - 3)):
            tok = self.tokens[k]
            if (k == tr.i - 1 or reach > 3) and (tok.key.removeprefix("ال") in _TIME_NOUNS or tok.key in _PAST_ADJECTIVES
                                                 or self.lx.time_words.longest(self.tokens, k, clitics=False)):
                k, reach = k - 1, reach + 1  # "29 ضربة جوية يوم أمس استهدفت": past the day, right before the verb
                continue
            if reach > 3 and not self._attack_noun_at(k, after_bi=True) and tok.key not in self.lx.trigger_modifiers:
                return None  # "هجوم وقع يوم الجمعة الماضي فجرت فتاة": a clause of its own before the day
            owner = next((m for m in self._window(k - 10, k + 1) if m.i <= k < m.j), None)
            if owner is not None and owner.kind == "actor" and owner.i > 0 and self._attack_noun_at(owner.i - 1) \
                    and not tr.prefix.startswith("و"):  # not "ضربات طيران التحالف وقصف المقاومة": a second noun
                k = owner.i - 1  # "الغارات التركية استهدفت", "غارات التحالف استهدفت": the noun its owner follows
                continue
            if tok.kind == "punct" or owner is not None or k < tr.i - reach:
                return None
            if self._attack_noun_at(k, after_bi=True):  # "بقصف جوي استهدف أوكارهم": after ب even a verb's form is the noun
                return next((e for e in self.built if e.trigger_start == tok.start), Event("attack", self.index, tok.text, tok.start, tok.end))
            k -= 1
        return None

    def noun_owner(self, k: int) -> Mention | None:
        """The actor that owns the attack noun at ``k`` right after it, past an adjective or two: "غارات التحالف",
        "ضربات جوية للتحالف الدولي", "الغارات التركية"; None when the noun has no owner named."""
        for t in range(k + 1, min(k + 4, len(self.tokens))):
            m = next(iter(self._window(t, t + 1)), None)
            if m is not None:
                return m if m.kind == "actor" and m.prefix in ("", "ل") else None
            key = self.tokens[t].key
            if key not in self.lx.trigger_modifiers and key not in _INTENSITY_WORDS:
                return None  # only a kind or a strength passes ("جوية", "مكثفة"), not an object ("ضربات جوية موقعا للقوات")
        return None

    def _attack_noun_at(self, k: int, after_bi: bool = False) -> bool:
        """An attack noun starts at k ("غارات", or with its owner's pronoun: "غاراتها"); ``after_bi``:
        also a verb's form after ب ("بقصف")."""
        hit = self.lx.triggers.longest(self.tokens, k)
        if not hit and self.tokens[k].key.endswith(_POSSESSIVE):
            hit = _suffixed_trigger(self.tokens[k], self.lx, prefixes=("و",))
        if not hit or hit[2][0][0] not in ATTACK_EVENTS:
            return False
        return hit[2][0][1] != "verb" and not hit[1] or after_bi and hit[1] in ("ب", "وب")

    def unnamed_subject_before(self, i: int) -> bool:
        """"وكان متطرفون فتحوا النار": an unnamed agent stands right before the verb (SVO)."""
        k = i - 1
        return k >= 0 and self.tokens[k].key in _UNNAMED_AGENTS and not any(m.i <= k < m.j for m in self.mentions)

    def indefinite_group(self, k: int) -> bool:
        """"جماعة منافسة", "مجموعة ضباط": an indefinite group named by no actor mention, with a word
        of its own after it; not the partitive "مجموعة من مسلحي التنظيم" (some of a named actor)."""
        toks = self.tokens
        if k + 1 >= len(toks) or toks[k].key.removeprefix("و") not in _INDEFINITE_GROUPS or any(m.i <= k < m.j for m in self.mentions):
            return False
        nxt = toks[k + 1]
        return nxt.kind == "word" and not nxt.key.startswith("ال") and nxt.key not in self.lx.function_words  # not "من"

    def unnamed_possessor(self, i: int) -> bool:
        """"بسطت جماعة منافسة سيطرتها": an indefinite group standing before a possessed noun, past at
        most two words of description, owns its pronoun, not the last actor named."""
        return any(self.indefinite_group(k) for k in range(max(0, i - _POSSESSOR_REACH), i))

    def unresolved_subject(self, k: int) -> bool:
        """An actor mention that resolved to nothing, or an unnamed agent ("هاجم شخص", "فجر
        انتحاري", "سيطرت جماعة منافسة"), stands right after the verb (past an object pronoun)."""
        while k < len(self.tokens) and self.tokens[k].key in _OBJ_PRONOUN:
            k += 1
        if k < len(self.tokens) and self.tokens[k].key in _UNNAMED_AGENTS and not any(m.i == k for m in self.mentions):
            return True
        if self.indefinite_group(k):
            return True
        return any(m.i == k and m.kind == "actor" and not m.ref for m in self.doc.mentions[self.index])

    def passive_after_place(self, tr: Trigger) -> bool:
        """An attack verb right after "التي" whose antecedent is a place and that no actor follows
        is read as passive ("التي دمرت في معارك", "التي قصفت أمس")."""
        if tr.event == "control" or tr.i < 1 or self.tokens[tr.i - 1].key not in _RELATIVE:
            return False
        ante = next((m for m in reversed(self._window(tr.i - 8, tr.i)) if m.j <= tr.i - 1), None)
        after = self.first_after(tr.j, ("actor", "place"), 2)
        return ante is not None and ante.kind == "place" and (after is None or after.kind != "actor")

    def that_pronoun_subject(self, tr: Trigger) -> Mention | None:
        """The actor "أنها/إنه" right before a verb stands for ("قالت المقاومة إنها قتلت …"); after a
        reporting participle ("أعلنت المقاومة … خالية من قوى التمرد الحوثي، مشيرة إلى أنها استعادت"),
        the subject of the verb the participle goes with."""
        key = self.tokens[tr.i - 1].key
        k = tr.i - 2
        if k >= 0 and self.tokens[k].key == "الي":
            k -= 1
        if k >= 0 and self.tokens[k].key in _REPORTING_PARTICIPLES and not key.endswith("هم"):
            feminine = key.endswith("ها")
            first = next((m for m in self.doc.mentions[self.index] if m.kind == "actor" and m.ref and m.j <= k), None)
            # (the reporter too, whom the sentence's own mentions leave out) — only the subject of the opening verb
            # ("أعلنت المقاومة"), not one in a phrase ("مصدر في الجيش"), an agency, or past a clause of its own
            # ("قال مصدر إن الحوثيين قصفوا …، مشيرا إلى أنهم")
            if first is not None and first.i <= 2 and first.how != "source" and not self.governed(first) \
                    and not (first.i > 0 and self.tokens[first.i - 1].key in ("في", "باسم")) \
                    and self.feminine_actor(first) == feminine \
                    and not any(x.key in _THAT for x in self.tokens[first.j : k]):
                return first
        speaker = self.speaker_of(tr.i - 1)
        if speaker is not None and (self.feminine_actor(speaker) == key.endswith("ها") or key.endswith("هم")):
            return speaker  # "وقالت وحدات حماية الشعب، التي تقاتل تنظيم داعش، إنها سيطرت": past the aside
        ref = self.pronoun_referent(tr.i - 1, feminine=key.endswith("ها"), plural=key.endswith("هم"))
        return next((m for m in reversed(self._window(0, tr.i)) if m.kind == "actor" and m.ref == ref), None)

    def speaker_of(self, k: int) -> Mention | None:
        """The subject of the reporting verb whose "إنه/إنها" stands at ``k``: the actor right after a
        reporting verb that opens the sentence ("وقالت X، التي …، إنها"), with no other "أن" between."""
        for r in range(0, min(3, k)):
            hit = self.lx.reporting.longest(self.tokens, r)
            if hit and "verb" in hit[2]:
                first = next((m for m in self.doc.mentions[self.index] if m.kind == "actor" and m.ref and m.how != "source"
                              and r + hit[0] <= m.i <= r + hit[0] + 1), None)
                if first is None or any(x.key in _THAT for x in self.tokens[first.j : k]):
                    return None
                return first
        return None

    def killing(self, tr: Trigger) -> tuple[Mention | None, list[Mention]]:
        """"قتلت فصائل المعارضة 15 عنصراً من التنظيم", "كبدت الفرقة الذهبية تنظيم داعش خسائر":
        a named killer of a named side attacks it. Without the victims' side after the verb the
        verb is read as passive ("عناصر من حزب الله قتلوا في …") and gives nothing."""
        tokens = self.tokens
        quote = lambda t: t.kind == "punct" and t.text in _QUOTE_CHARS
        after = self.first_after(tr.j, ("actor", "place"), 2)
        inflict = tokens[tr.i].key.lstrip("و").startswith("كبد") or tokens[tr.i].key.removeprefix("و") in _INFLICT_VERBS
        if inflict:  # "أوقعت القوات خسائر فادحة في صفوف الحوثيين", "والتنظيم ألحق خسائر بالقوات"
            doer = after if after is not None and after.kind == "actor" and after.i == tr.j else None
            before = self.last_before(tr.i, ("actor",), 3)
            if doer is None and before is not None and before.j == tr.i and not self.oblique(before) \
                    and (before.i == 0 or self.tokens[before.i - 1].kind == "punct" or self.tokens[before.i - 1].key in _THAT
                         or before.prefix.startswith("و") and before.i - len(before.prefix) <= 1):
                doer = before  # "والقوات السعودية أوقعت خسائر": the clause's subject right before (not "قصفوا القاعدة، ما أوقع")
            side = self.losses_side(self.coordinated(doer)[-1].j if doer is not None and doer is after else tr.j)
            if doer is not None and side is not None and side.ref != doer.ref:
                return (doer if doer is after else self.chain_head(doer)), self.coordinated(side)
        if inflict and after is not None and after.kind == "actor":  # "كبدت (X) تنظيم داعش خسائر"
            objs = [m for m in self._window(self.coordinated(after)[-1].j, tr.j + 8) if m.kind == "actor"]
            if objs and all(quote(t) for t in tokens[self.coordinated(after)[-1].j : objs[0].i]):
                return after, [objs[0]]
            before = self.last_before(tr.i, ("actor",), 3)
            return (self.chain_head(before), [after]) if before is not None and after.i == tr.j else (None, [])
        if after is not None and after.kind == "actor" and not after.prefix \
                and all(quote(t) or t.key in _FORCE_NOUNS for t in tokens[tr.j : after.i]):
            actor, start = after, self.coordinated(after)[-1].j  # VSO; "قتلت قوات الجيش العراقي …": past the force noun
        elif tr.i > 0 and tokens[tr.i - 1].key in _THAT_PRONOUN and _agrees(tokens[tr.i - 1].key, tokens[tr.j - 1].key) \
                and tokens[tr.i].key.removeprefix("و") not in _ACTIVE_KILL and (reporter := self.that_pronoun_subject(tr)) is not None:
            # (not "إنه قتل 20 عنصرا": the impersonal passive)
            if any(t.key.removeprefix("و") in _DENIAL for t in tokens[max(0, tr.i - 10) : tr.i]):
                return None, []  # "ونفت وحدات حماية الشعب أنها قتلت عناصر من الجيش الحر": denied
            actor, start = reporter, tr.j  # "قالت المقاومة إنها قتلت 223 عنصرا من …"
        else:
            before = self.last_before(tr.i, ("actor",), 3)
            past = not tokens[tr.i].key.removeprefix("و").startswith(("ي", "ت", "ن"))  # "قد قتل", not "قد يقتل" (may kill)
            if before is None or self.counted_victims(before) \
                    or not all(quote(t) or t.key in _PERFECT_PARTICLES and past for t in tokens[before.j : tr.i]):
                return None, []  # (past "قد": "وكانت قوات الأمن الروسية قد قتلت ثلاثة مسلحين")
            if (self.oblique(before) or before.prefix.endswith(("ل", "ب"))) and tokens[tr.i].key.startswith("و"):
                return None, []  # "استهدفت إحداها تجمعا للحوثيين وقتلت ستة من المسلحين": the last verb's object, not this one's subject
            actor, start = self.chain_head(before), tr.j
        side = self.first_after(start, ("actor", "place"), 10)  # (past a named man: "أبو قتادة المغربي و21 مسلحا من")
        if side is None or side.kind != "actor":
            return None, []
        gap = [t for t in tokens[start : side.i] if not quote(t)]
        count = lambda t: t.key in COUNT_WORDS or t.kind == "num" or t.key in self.lx.numbers or t.key in self.lx.victims \
            or t.key in _OTHERS  # "21 مسلحا آخرين من تنظيم داعش"
        joined = next((x for x in range(1, min(len(gap) - 1, 5)) if gap[x].key == "و" and count(gap[x + 1])), None)
        if joined is not None and not any(t.kind == "punct" for t in gap[:joined]):
            gap = gap[joined + 1 :]  # "قتلت أبو قتادة المغربي و21 مسلحا آخرين من تنظيم داعش": a named man, then the count
        counted = [t for t in gap if count(t)]
        armed = UNIDENTIFIED in (*side.ids, side.fallback)  # "قتلت قوات الأمن ستة مسلحين": the men are the side
        if armed and len(counted) == len(gap):
            return actor, [side]
        if not gap or len(counted) < len(gap) or not (gap[-1].key == "من" or gap[-1].key in self.lx.victims):
            return None, []
        return actor, [side]

    def losses_side(self, k: int) -> Mention | None:
        """The side whose losses a loss noun at ``k`` counts, past the losses' adjectives: "خسائر فادحة
        في صفوف X", "خسائر مادية وبشرية وسط X", "خسائر كبيرة بـX"; None when no such side is named."""
        tokens = self.tokens
        if k >= len(tokens) or tokens[k].key not in _LOSS_NOUNS:
            return None
        a = k + 1
        while a < min(k + 5, len(tokens)) and tokens[a].key.removeprefix("و") in _LOSS_ADJECTIVES:
            a += 1
        ranks = a + 1 < len(tokens) and tokens[a].key == "في" and tokens[a + 1].key == "صفوف" or a < len(tokens) and tokens[a].key == "وسط"
        a += (2 if tokens[a].key == "في" else 1) if ranks else 0
        side = next((m for m in self._window(a, a + 1) if m.kind == "actor"), None)
        return side if side is not None and (ranks or side.prefix.endswith("ب")) else None

    def expulsion(self, tr: Trigger) -> tuple[Mention | None, list[Mention]]:
        """"الوحدات الكردية التي طردت تنظيم داعش من مدينة كوباني": the expeller holds the place
        after "من"; the actor right after the verb is the one expelled unless a second follows it."""
        tokens = self.tokens
        if tr.i > 0 and tokens[tr.i - 1].key in _RELATIVE and tr.j < len(tokens) and tokens[tr.j].key in ("منها", "منه"):
            # "عين العرب (كوباني) التي طردت منها القوات الكردية مقاتلي التنظيم": the antecedent, and the first actor after
            place = self.last_before(tr.i - 1, ("place",), 5)
            named = [m for m in self._window(tr.j + 1, tr.j + 10) if m.kind == "actor" and m.how != "source"]
            expeller = named[0] if named and named[0].i <= tr.j + 2 else None
            clause = self.tokens[tr.j : next((x for x in range(tr.j, len(self.tokens)) if self.tokens[x].kind == "punct"), len(self.tokens))]
            if any(by_hands(a, b) for a, b in zip(clause, clause[1:])):
                return None, []  # "التي طردت منها القوات العراقية على يد تنظيم داعش": passive, the forces expelled
            end = self.coordinated(expeller)[-1].j if expeller is not None else 0
            expelled = expeller is not None and any(m.i <= end + 5 and not any(t.kind == "punct" for t in self.tokens[end : m.i]
                                                                               if t.text not in QUOTE_MARKS) for m in named[1:])
            # (two sides named, past a time: "طردت منها القوات الكردية في نهاية يونيو مقاتلي داعش"; not the passive
            # "التي طرد منها التنظيم": the group expelled, by no one named)
            return (expeller, self.group_of(place)) if place is not None and expelled else (None, [])
        frm = next((t for t in range(tr.j, min(tr.j + WINDOW + self._aside_length(tr.j, tr.j + WINDOW), len(tokens)))
                    if tokens[t].key == "من"), None)  # "طردت المقاومة في تعز (جنوب اليمن) الحوثيين من": past the aside
        if frm is None or self._break_between(tr.i, frm):
            return None, []
        place = self.first_after(frm + 1, ("place", "actor"), 3)
        if place is None or place.kind != "place":
            return None, []
        after = [m for m in self._window(tr.j, frm) if m.kind == "actor"]
        if after and after[-1] not in self.coordinated(after[0]):
            return after[0], self.group_of(place)  # "طردت الوحدات الكردية التنظيم من المدينة"
        expelled = self.coordinated(after[0]) if after else []
        by = self.hands_after(self.group_of(place)[-1].j)
        if by is not None and by not in expelled:
            return by, self.group_of(place)  # "فصائل طردت من ريف إدلب على يد جبهة النصرة": the passive's agent
        if tr.i > 1 and tokens[tr.i - 1].key in _RELATIVE:
            ante = self.last_before(tr.i - 1, ("actor",), 4)
        else:
            ante = self.last_before(tr.i, ("actor",), 8) or (self.first_actor if self.first_actor is not None and self.first_actor.j <= tr.i else None)
        if ante is None or ante in expelled:
            return None, []
        return self.chain_head(ante), self.group_of(place)

    def hands_after(self, k: int) -> Mention | None:
        """The agent named by "على يد X", "على أيدي X" or "من قبل X" right after ``k`` (past at most
        two words of time or manner, never past punctuation)."""
        for t in range(k, min(k + 3, len(self.tokens) - 1)):
            a, b = self.tokens[t], self.tokens[t + 1]
            if by_hands(a, b):
                return next((m for m in self._window(t + 2, t + 4) if m.kind == "actor" and m.how != "source"), None)
            if a.kind != "word" or self._window(t, t + 1):
                return None
        return None

    def succeeding_subject(self, tr: Trigger) -> Mention | None:
        """Who managed the event: the nearest actor before the noun; but past a long aside ("وتمكنت قوات
        سوريا الديمقراطية، بعد أسابيع من المعارك مع عناصر تنظيم داعش، من طرد التنظيم") the first actor
        after the success verb, not one inside the aside."""
        verb = success_verb_before(self.tokens, tr.i, self.lx)
        if verb is not None and tr.i - verb > SUCCESS_REACH:
            return self.manager_after(verb, tr.i)
        if verb is not None and any(t.text in ("،", ",") for t in self.tokens[verb + 1 : tr.i]):
            # past a comma, the subject after the verb if any: "وتمكن الثوار، بعد معارك مع قوات النظام، من السيطرة"
            # (not "قوات الجهاز تمكنت فجر اليوم (أمس)، من تحرير": before it)
            return self.manager_after(verb, tr.i) or self.last_before(tr.i, ("actor",), SUCCESS_REACH + 3)
        return self.last_before(tr.i, ("actor",), SUCCESS_REACH + 3)

    def manager_after(self, verb: int, k: int) -> Mention | None:
        """The first actor after a success verb, before the event noun at k, that does not only support."""
        return next((m for m in self._window(verb + 1, k) if m.kind == "actor" and m.how != "source" and not self._supporter(m)), None)

    def noun_agent(self, tr: Trigger, modifiers_end: int) -> Mention | None:
        """Who carried out a nominal event: "نفذه X", "لطائرات تابعة للنظام", "غارات التحالف"."""
        agent = self.agent_after(tr.j)
        if agent is not None:
            return agent
        by = agent_marker_after(self.tokens, tr.j, self.lx) if tr.event in ATTACK_EVENTS else None
        if by is not None and self.only_objects_between(tr.j, by):
            # "استهداف تمركزات لقوات النظام في بلدة مورك من قبل مقاتلي الفصائل": past the object and its place (not
            # "تفجيرات بالي كانت سببًا في تأسيس أكبر قاعدة بيانات … من قبل الحكومة الأسترالية": another clause's agent)
            agent = self.first_after(by + 2, ("actor",), 3)
            if agent is not None:
                return agent
        pronoun = self.launching_pronoun(tr.i)
        if pronoun is not None:  # "أبلغت تركيا الأمم المتحدة أنها بدأت في شن غارات جوية ضد تنظيم داعش"
            doer = self.that_pronoun_subject(Trigger(pronoun + 1, pronoun + 2, tr.event, "verb", ""))
            if doer is not None:
                return doer
        last = self.built[-1] if self.built else None
        right_after = last is not None and last.actors and tr.i > 0 and self.tokens[tr.i - 1].end == last.trigger_end
        if right_after and (last.type == tr.event == "control" or last.type in ATTACK_EVENTS and tr.event in ATTACK_EVENTS
                            and last.trigger_start in self.verb_triggered):  # (not "هجماتهم بغارات الطيران": a noun's means)
            # "أنها استعادت السيطرة على", "واستهدف القصف أيضا موقعا": the verb's subject (the noun is its object or subject)
            return next((m for m in self.doc.mentions[self.index] if m.kind == "actor" and m.ref == last.actors[0]), None)
        verb = self.instrument_of_verb(tr)  # "استهدفت بأكثر من 20 غارة الميليشيات": the verb's subject
        doer = next((m for m in reversed(self._window(0, tr.i)) if m.kind == "actor" and m.ref == verb.actors[0]), None) if verb else None
        if doer is not None:
            return doer
        for t in range(tr.i - 1, max(-1, tr.i - 6), -1):
            if self._break_between(t, tr.i) or self.tokens[t].kind != "word":
                break
            if _relation_cues().get(self.tokens[t].key.removeprefix("و")) == "attributed" \
                    and (tr.event in ATTACK_EVENTS or self.tokens[t].key.removeprefix("و") not in _BLAME):
                # "ونسب الهجوم إلى حزب العمال", "ونسب رئيس الوزراء الهجوم على سوروتش إلى داعش": X, no target
                # (a blame only for an attack: not "ألقت تركيا باللوم على الولايات المتحدة في تقدم المقاتلين")
                return self.attributed_to(t)
        member = self.perpetrators_group(tr)
        if member is not None:
            return member
        performer = self.performer(tr) or self.launcher(tr)
        if performer is not None:
            return performer
        if tr.j < len(self.tokens) and self.tokens[tr.j].key in _THEIR and self.built and self.built[-1].actors:
            # "فجروا دبابة للحوثيين في هجوم لهم": "لهم" is the doer of the clause's event, not the owner just named;
            # not past a comma or a subject of its own ("وتكبدت قوات صالح خسائر في هجوم لها")
            doer = self.built[-1].actors[0]
            done = next((k for k, t in enumerate(self.tokens) if t.start >= self.built[-1].trigger_end), tr.i)
            subjects = [m for m in self._window(done, tr.i) if m.kind == "actor" and m.ref != doer and not m.prefix.endswith("ل")
                        and not m.prefix.startswith("و")
                        and not (m.i > 0 and self.tokens[m.i - 1].key in ("من", "علي", "ضد"))]
            if not self._break_between(done, tr.i) and not subjects:
                return next((m for m in reversed(self._window(0, tr.i)) if m.ref == doer), None)
        nxt = None if self.set_for(tr) else self.first_after(modifiers_end, ("actor", "place"), 6)  # "نصبوا كمينا لدورية من X": X is ambushed
        flier = nxt is not None and _relation_cues().get(self.tokens[nxt.i].key.removeprefix("لل").removeprefix("ل").removeprefix("ال")) == "aircraft"
        crosses = nxt is not None and any(t.key in ("علي", "ضد") or t.key == "في" and not (flier and self.time_at(x + 1))
                                          or t.key in _cue_forms("position") or is_equipment(t.key)
                                          for x, t in enumerate(self.tokens[modifiers_end : nxt.i], modifiers_end))
        # ("مواقع للجهاديين", "عربة تابعة لهم": the target; not past "في نهاية الأسبوع": when)
        aimed = any(self.aim_verb_at(x) for x in range(max(0, tr.i - 2), tr.i))
        crosses = crosses or aimed and nxt is not None and nxt.prefix.endswith("ل")  # "وجهوا ضربات قاسية للمتمردين"
        if nxt is not None and not crosses and nxt.i > modifiers_end \
                and any(x.frame == "verb" for x in find_triggers(self.tokens[modifiers_end : nxt.i], self.lx)):
            crosses = True  # "إن الضربات استهدفت مبنى ونقاط تفتيش لداعش": the owner of what the next verb hit
        if nxt is not None and nxt.kind == "actor" and not crosses:
            between = [t for t in self.tokens[modifiers_end : nxt.i] if t.text not in _QUOTE_CHARS]  # "سيطرة «داعش»"
            if len(between) >= 3 and any(t.key.startswith("و") and len(t.key) > 3 and not self.lx.triggers.longest(between, x)
                                         for x, t in enumerate(between[:-1])):
                return None  # "فرض إجراءات الحصار وقطع طرق الإمدادات لداعش": the owner of another conjunct's noun (not
                # "الهجوم الجبان والغادر لتنظيم داعش": an adjective; nor "الهجمات والاعتداءات المتكررة من قبل": both its)
            # "سيطرة مقاتلي الفصائل": fighters of X are X
            adjacent = not between or (len(between) == 1 and (self.lx.victims.get(between[0].key) in ("fighters", "soldiers")
                                                               or between[0].key in _FORCE_NOUNS))  # "سيطرة قوات الحكومة"
            by = nxt.i - 1
            if by > 0 and _relation_cues().get(self.tokens[by].key) == "aircraft" and not nxt.prefix:
                by -= 1  # "غارات جوية مكثفة من طيران نظام الأسد"
            elif by > 0 and self.tokens[by - 1].key == "قبل" and self.lx.victims.get(self.tokens[by].key) in ("fighters", "soldiers"):
                by -= 1  # "هجوم واسع من قبل مسلحي تنظيم داعش": by the group's fighters
            liberating = "liberate" in _cue_kinds(self.tokens, tr.i, tr.j, self.lx)  # "استعادة داريا من الثوار": the holder
            ranks = by > 0 and self.lx.victims.get(self.tokens[by - 1].key.removeprefix("ل")) in ("fighters", "soldiers", "people")
            partitive = self.tokens[by].key == "من" and ranks  # "تطويق لعناصر من الحوثيين": some of them, not by them
            lam = by >= 0 and self.tokens[by].key == "ل" or by > 0 and self.tokens[by].text in _QUOTE_CHARS and self.tokens[by - 1].key == "ل"
            marked = nxt.prefix.endswith("ل") or lam or self.tokens[by].key in ("من", "قبل") and not (liberating and self.tokens[by].key == "من") \
                and not partitive  # "الهجوم الأخير لـ«داعش»": a detached ل marks the owner too
            before_key = self.tokens[nxt.i - 1].key if nxt.i > 0 else ""
            if before_key[:1] == "ل" and (_relation_cues().get(before_key[1:]) == "aircraft"
                                           or before_key[1:] in _STRIKING_FORCES and tr.event in ("airstrike", "shelling", "missile")):
                marked = True  # "في غارات لطيران التحالف", "غارة جوية لقوات الحلف" (but "كمين لقوات X" is set for them)
            after_end = self.coordinated(nxt)[-1].j
            if before_key[:1] == "ل" and self.lx.victims.get(before_key[1:]) in ("fighters", "soldiers") \
                    and after_end < len(self.tokens) and self.tokens[after_end].key in ("علي", "ضد"):
                marked = True  # "في هجوم انتحاري لمتمردي حزب العمال الكردستاني على مركز للدرك": their attack on it
            if before_key[:1] == "ب" and _relation_cues().get(before_key[1:]) == "aircraft" and tr.event in ATTACK_EVENTS:
                marked = True  # "في هجوم بطائرة أميركية بلا طيار": the aircraft's state struck
            if adjacent and not marked and self.object_first(tr, nxt):
                adjacent = False  # "استهداف تنظيم داعش في الرقة": the genitive is the target
            besieger = tr.event == "siege" and adjacent and nxt.j < len(self.tokens) and self.tokens[nxt.j].key[:1] == "ل" \
                and self.first_after(nxt.j, ("place", "actor"), 1) is not None  # "حصار الحوثيين للمدينة": X besieges
            if besieger:
                return nxt
            if (marked or (adjacent and tr.event != "siege")) and not self.counted_victims(nxt):  # "حصار التنظيم": the besieged
                return nxt  # not "الغارات عن مقتل 2076 مقاتلًا من فصائل المعارضة": the dead
        if tr.event != "control" and tr.i > 0 and self.tokens[tr.i - 1].key in _BACKGROUND \
                and not any(_relation_cues().get(t.key) == "agent" for t in self.tokens[tr.j : tr.j + 3]):
            return None  # "تحقق السلطات التركية في … بعد التفجير الانتحاري": not the investigators' attack ("إثر هجوم شنوه" is)
        if self.also_event(tr) is not None:
            return None  # "…، كما نفذت سبع ضربات قرب الحسكة": the last attack's doer (build), not the actor it hit
        if self.condemned_before(tr.i):
            return None  # "أدانت الحكومة الأردنية التفجير الذي استهدف مسجدا", "ندد المسؤولون بالتفجير": who condemns did not
            # do it (but "وأدانت تركيا التفجير وشنت طائراتها غارات" strikes)
        at = self.joined_after_comma(tr)
        verb = success_verb_before(self.tokens, at, self.lx) if at is not None else None
        if verb is not None and (manager := self.manager_after(verb, at)) is not None:
            return manager  # "تمكنت المقاومة من طرد الحوثيين من لحج، واستعادة السيطرة على العند": who managed both
        if tr.i > 0 and self.tokens[tr.i - 1].key in _PERPETRATORS or tr.i > 1 and self.tokens[tr.i - 2].key in _PERPETRATORS \
                and self.tokens[tr.i - 1].key in _EVENT_FRAME_NOUNS:
            return None  # "كشفت السلطات عن هوية منفذ حادثة تفجير", "منفذي الهجوم": the unnamed perpetrator's (not "المنفذ": a crossing)
        if any(t.key in _COMPARED for t in self.tokens[max(0, tr.i - 2) : tr.i]):
            return None  # "وتبناه تنظيم داعش، على غرار الهجوم الذي استهدف متحف باردو": another attack, compared
        if "suspect" in _cue_kinds(self.tokens, tr.i - 4, tr.i, self.lx):
            return None  # "اعتقلت الشرطة شخصا يشتبه بتورطه في تفجير سوروتش": the police did not bomb
        before = self.last_before(tr.i, ("actor",), 8)
        if before is not None and any(t.key in _CONSEQUENCE for t in self.tokens[before.j : tr.i]):
            return None  # "من قبل الميليشيات، مما يوحي بدء عمليات مقاومة ضد الحوثيين": a new clause, no agent named
        while before is not None and (self.supporting(before) or self.positions_owner(before)):
            # "بدأت القوات العراقية، مدعومة بالطائرات الأميركية، هجوما"; "واصلت قوات الجيش تطهير جيوب الحوثيين … بعد
            # السيطرة على قاعدة العند": whose positions are cleared does not take the base
            before = self.last_before(before.i, ("actor",), 8)
        if before is not None and self.counted_victims(before):
            return None  # "بمقتل 18 من عناصر البيشمركة بقصف …": the dead are not who shelled
        if before is not None and (striker := self.striker_of(before, tr.i, tr.event)) is not None:
            return striker  # "قصفت القوات مواقع يتحصن فيها داعش …، وأن عمليات القصف استهدفت": still the forces
        foe = self.fought_with(before) if before is not None else None
        if foe is not None:  # "حققوا تقدما … خلال المعارك مع قوات الأسد ووحدات الحماية، وتمكنوا من استعادة": not the foe
            return self.first_actor if self.first_actor is not None and self.first_actor.i < foe.i else None
        if before is not None and self._aimed_at(before):
            # "نفذت قوات التحالف ضد تنظيم داعش تسع ضربات": the actor right before "ضد" strikes;
            campaigner = next((m for m in self._window(before.i - 8, before.i) if m.kind == "actor" and m.j == before.i - 1
                               and m.how != "source" and m.i > 0 and self.tokens[m.i - 1].key.removeprefix("و") in _LIGHT_VERBS), None)
            if campaigner is not None:
                return self.chain_head(campaigner)
            # "حملة ضد التنظيم … بموجة من الضربات على الرقة": the campaigner strikes, not its target;
            # "تقدماً ضد المتطرفين، وفرض حصار": with no campaigner named, no agent
            return next((m for m in self.mentions if m.kind == "actor" and m.ref == self.topic_actor()), None)
        return self.head_agent(before, tr.i)

    def instrument_of_verb(self, tr: Trigger) -> Event | None:
        """"استهدفت بأكثر من 20 غارة الميليشيات": the attack noun in a ب-phrase right after this sentence's
        last attack verb is how that verb's subject struck; the actor after the noun is the verb's object."""
        last = self.built[-1] if self.built else None
        if last is None or tr.frame != "noun" or last.type not in ATTACK_EVENTS or not last.actors:
            return None
        after = next((k for k in range(max(0, tr.i - 4), tr.i + 1)  # the first token past the verb, at most 4 before
                      if self.tokens[k].start >= last.trigger_end and (k == 0 or self.tokens[k - 1].start < last.trigger_end)), None)
        if after is None or not self.tokens[after].key.startswith("ب"):
            return None
        words = [self.tokens[after].key[1:], *(t.key for t in self.tokens[after + 1 : tr.i])] if after < tr.i else []
        filler = all(w in _APPROXIMATION_WORDS or w in self.lx.numbers or w.isdigit() for w in words)
        return last if filler and last.trigger_start in self.verb_triggered else None

    def from_origin(self, m: Mention) -> bool:
        """m is where the attackers came from: "انطلاقا من معقلهم في محافظة صعدة", "القادمين من لحج"."""
        for k in range(m.i - 1, max(0, m.i - 5), -1):
            key = self.tokens[k].key
            if key in ("علي", "ضد", "الي") or self.tokens[k].kind == "punct" or any(x.i <= k < x.j + x.facility for x in self._window(k - 8, k + 1)):
                return False  # ("انطلاقا من مطار حماة العسكري بلدة كفرزيتا": the town is hit)
            if key == "من" and k > 0 and self.tokens[k - 1].key.removeprefix("و") in _ORIGIN_WORDS:
                gap = self.tokens[k + 1 : m.i]  # "قدموا من معقلهم في محافظة صعدة"; not "قدموا من البحر فندقا في سوسة"
                return not gap or len(gap) <= 2 and gap[-1].key == "في" or len(gap) == 1 and m.prefix.endswith("ب")
        return False

    def answered(self, m: Mention, after: int) -> bool:
        """m, after the trigger ending at ``after``, is what the attack answered: "نفذ ردا على مجزرة
        سوروتش"; not what follows "ردا على ذلك" or the answered attack noun ("ردا على الهجوم مواقع X")."""
        for k in range(m.i - 1, max(after, m.i - 4), -1):
            key = self.tokens[k].key
            if self.tokens[k].kind == "punct" or key in _DEMONSTRATIVE_WORDS or key in _cue_forms("position") \
                    or k < m.i - 1 and any(find_triggers(self.tokens[k : k + 1], self.lx)):
                return False
            if key == "علي" and k > 0 and self.tokens[k - 1].key.removeprefix("و") in _RESPONSE_WORDS:
                return True
        return False

    def time_at(self, k: int) -> bool:
        """A time noun stands at k: "في نهاية الأسبوع", "في وقت سابق"."""
        return k < len(self.tokens) and self.tokens[k].key.removeprefix("ال") in _TIME_NOUNS

    def aim_verb_at(self, k: int) -> bool:
        """"وجهوا/ووجهت/توجيه" at ``k`` aims an attack noun at the ل-phrase after it (not the noun
        "في وجه هجوم": facing it)."""
        key = self.tokens[k].key
        return (key in _AIM_VERBS or key.removeprefix("و") in _AIM_VERBS) and not (k > 0 and self.tokens[k - 1].key == "في")

    def _governed_between(self, lo: int, hi: int) -> bool:
        """A clause of its own or a ب-noun stands in tokens [lo, hi): "حذرت الحكومة من أن الحركة … ونفذت",
        "تتهم الحكومة الحركة بتجنيد الأطفال وشن هجمات": the light verb after it is not the subject's."""
        covered = {x for m in self._window(lo - 10, hi) for x in range(m.i, m.j)}
        return any(t.key in _THAT or t.key.startswith("ب") and k not in covered for k, t in enumerate(self.tokens[lo:hi], lo))

    def _aimed_at(self, m: Mention) -> bool:
        """m is what an earlier campaign was aimed at: "ضد التنظيم", "ضد «داعش»"."""
        k = m.i - 1
        while k > 0 and self.tokens[k].text in _QUOTE_CHARS:
            k -= 1
        return k >= 0 and self.tokens[k].key == "ضد"

    def set_for(self, tr: Trigger) -> bool:
        """"نصبت X كمينا لـY", "كمين محكم نصبوه للانقلابيين": an ambush with a verb of setting, whose
        ل-phrase is the target."""
        if not any(b in _AMBUSH_NOUNS for _, b in clitic_candidates(self.tokens[tr.i].key)):
            return False
        return any(_sets(self.tokens[t].key) for t in range(max(0, tr.i - 4), min(tr.j + 3, len(self.tokens))) if not tr.i <= t < tr.j)

    def also_event(self, tr: Trigger) -> Event | None:
        """"…، كما نفذت سبع ضربات", "…، وشنت أمس هجوما": an attack after "كما" or a comma and a light
        verb with no actor named since then is done by the doer of this sentence's last attack (the
        last one that has a doer)."""
        k = next((t for t in range(tr.i - 1, max(-1, tr.i - 4), -1) if self.tokens[t].key in _SAME_DOER), None)
        if k is None and (v := launch_verb_before(self.tokens, tr.i, _LAUNCHERS)) is not None and v > 0 \
                and self.tokens[v - 1].key in _SAME_DOER:
            k = v - 1  # "…، حيث شنت أكثر من 12 غارة على منطقة الحسيني": the verb's subject is the last attack's doer
        if k is None:
            k = next((t for t in range(tr.i - 1, max(0, tr.i - 5), -1) if self.tokens[t - 1].kind == "punct"
                      and self.tokens[t].key.startswith("و") and self.only_adverbials(t, tr.i)), None)  # "…، وشنت أمس هجوما"
        if k is None or k == 0 or tr.event not in ATTACK_EVENTS or any(m.kind == "actor" for m in self._window(k, tr.i)):
            return None
        attacks = [e for e in self.built if e.type in ATTACK_EVENTS]
        last = next((e for e in reversed(attacks) if e.actors), attacks[-1] if attacks else None)
        if last is not None and any(e.actors and set(e.actors) != set(last.actors) for e in self.built if e.trigger_start > last.trigger_start):
            return None  # "شن النظام غارة، وتمكن الثوار من تحرير …، واقتحموا حاجزي …": another subject came between
        return last

    def fought_with(self, m: Mention) -> Mention | None:
        """The head of "المعارك مع X وY" when ``m`` is one of its sides after مع: the foe, not a doer."""
        head = self.chain_head(m)
        k = head.i
        if k >= 2 and self.tokens[k - 1].key == "مع" and any(  # "المعارك (الحالية) مع X", not "الحملة الأميركية مع تركيا"
                t >= 0 and (hit := self.lx.triggers.longest(self.tokens, t)) and hit[2][0][0] == "clash" for t in (k - 2, k - 3)):
            return head
        return None

    def objects(self, start: int, skip: Mention | None, want=("place", "actor")) -> list[Mention]:
        """The object(s) after a trigger: a place (with its coordination) or an actor target."""
        m = self.first_after(start, want, WINDOW, skip=skip)
        if m is not None and skip is not None and m.kind == "actor" and m.ref == skip.ref and m.i == skip.j:
            # "قصفت الفصائل المقاتلة المعارضة بلدتي الفوعة": an adjective that names the subject again
            after = self.first_after(m.j, want, WINDOW - (m.j - start), skip=skip)
            if after is not None and after.kind == "actor" and after.i == m.j and after.prefix.endswith("ل"):
                after = self.first_after(self.coordinated(after)[-1].j, want, WINDOW, skip=skip)  # "المعارضة للنظام السوري"
            m = after
        cues = _relation_cues()
        while m is not None and m.kind == "actor" and m.i > 0 and (cues.get(self.tokens[m.i - 1].key) == "member"
                                                                  or cues.get(self.tokens[m.i - 1].key.removeprefix("و")) == "allied_by"
                                                                  or m.prefix.startswith("و") and self._supporters_of_previous(m)
                                                                  or self.affiliate(m) is not m):
            # "التابع للمعارضة": the body the agent belongs to is no target; "تقودها السعودية وتدعمها الولايات المتحدة",
            # "من قوات نظام بشار الأسد والميليشيات الموالية لها": an ally
            # "أمطرت فصائل معارضة، بينها جبهة النصرة، أربع بلدات": a member of the agent, not the target
            end = self.coordinated(m)[-1].j
            m = self.first_after(end, want, WINDOW - (end - start), skip=skip)
        if m is None or self.next_event_between(start, m.i):
            return []
        if self.clause_after_comma(start, m.i):
            return []  # "مسؤولية شن الهجوم، وبعد إقدام عناصر حزب العمال": a clause of its own
        if m.kind == "actor" and self.speaker_of_next_clause(m):
            return []  # "بشن هجمات بغاز الكلور، لكن موسكو تؤكد": the next clause's speaker
        if m.kind == "actor" and skip is not None and m.ref == skip.ref and (owners := self.positions_of(m.j, m.j + 2)):
            return owners  # "قصفت الطائرات التابعة للتحالف مواقع للحوثيين": the agent named again, then what it hit
        out = self.group_of(m) if m.kind == "place" else self.coordinated(m)  # "مواقع داعش وحزب العمال": both targets
        if m.kind == "place" and "actor" in want:
            out += self.against(out[-1].j) or self.positions_of(start, start + WINDOW)
        return out

    def speaker_of_next_clause(self, m: Mention) -> bool:
        """An actor past a comma or "لكن" with a verb of saying right after it ("، لكن موسكو تؤكد",
        "، وموسكو تقول"): the subject of a clause of its own, not an object."""
        end = self.coordinated(m)[-1].j
        hit = self.lx.reporting.longest(self.tokens, end) if end < len(self.tokens) else None
        said = hit is not None and hit[2][0] == "verb"  # (not "بحسب المرصد", "وفق ما أفاد": a source of this clause)
        before = self.tokens[m.i - 1] if m.i > 0 else None
        return said and before is not None and (before.text in ("،", ",") or before.key in _CLAUSE_BREAKS)

    def clause_after_comma(self, lo: int, hi: int) -> bool:
        """A comma and a و-word that names nothing stand in [lo, hi) right after a noun trigger's end
        ("الهجوم، وبعد إقدام"): what follows opens a clause, not the noun's object (a verb's object may stand
        past an aside: "وقصفت طائرات التحالف، وبعد منتصف الليل، مواقع")."""
        if lo == 0 or self.lx.triggers.longest(self.tokens, lo - 1) is None or lo >= len(self.tokens) or self.tokens[lo].text not in ("،", ","):
            return False
        k = lo + 1
        return k < hi and self.tokens[k].key.startswith("و") and not self._window(k, k + 1) \
            and not self.lx.triggers.longest(self.tokens, k)

    def next_event_between(self, lo: int, hi: int) -> bool:
        """A comma and a و-trigger stand in [lo, hi): "تحرير عدد من الحواجز، واقتحموا حاجزي X": what
        follows is the next verb's object, not this trigger's."""
        for k in range(lo, min(hi - 1, len(self.tokens) - 1)):
            if self.tokens[k].text in ("،", ",") and self.tokens[k + 1].key.startswith("و"):
                hit = self.lx.triggers.longest(self.tokens, k + 1)
                if hit and hit[2][0][1] == "verb":  # not a listed noun: "بالقصف المدفعي، والغارات الجوية، أحياء"
                    return True
            if self.tokens[k].text in ("،", ",") and self.tokens[k + 1].key.removeprefix("و") in _SEQUENCE_WORDS \
                    and k + 2 < hi and self.lx.triggers.longest(self.tokens, k + 2):
                return True  # "في هجوم لحزب العمال، بعد الغارات الجوية التركية على قواعد للمتمردين": the other event's
        return False

    def performer(self, tr: Trigger) -> Mention | None:
        """"قامت مقاتلات من سلاح الجو التركي بقصف …": the subject of قام before a ب-noun acts."""
        t = performing_verb_before(self.tokens, tr.i, tr.prefix, lambda k: self._break_between(k, tr.i), bare=False)
        if t is None:  # ("قامت ثلاث مقاتلات اف-16 من سلاح الجو التركي بقصف")
            return None
        acts = [m for m in self._window(t + 1, tr.i) if m.kind == "actor" and m.how != "source"]
        if acts and any(self.lx.triggers.longest(self.tokens, x) for x in range(t + 1, acts[0].i)):
            return None  # "خطة بدأت بقصف داعش … وتتابع بقصف جبهة النصرة": the object of another event, no subject
        return acts[0] if acts else None

    def launcher(self, tr: Trigger) -> Mention | None:
        """"نفذ مقاتلو المقاومة والجيش الوطني عمليات تمشيط لنقاط التفتيش التابعة للحوثيين": the subject
        between a launch verb and its event noun launched it (not the owner of what it hit)."""
        t = launch_verb_before(self.tokens, tr.i, _LAUNCHERS)
        if t is None or self._break_between(t, tr.i):
            return None
        if any(m.kind == "actor" and m.i == tr.j for m in self.mentions):
            return None  # "شنت طائرات التحالف غارة أمريكية": the adjective names the doer
        acts = [m for m in self._window(t + 1, tr.i) if m.kind == "actor" and m.how != "source"]
        if not acts and self.tokens[t].key.startswith("و") and self.last_subject is not None and self.last_subject.j <= t:
            return self.last_subject  # "واستولى التنظيم على بلدات … وشن هجمات على سفارات": the verbs share a subject
        first = self.first_actor
        if tr.i == t + 1 and self.tokens[t].key.startswith("و") and first is not None and self.clause_subject(t) == first.ref \
                and not any(find_triggers(self.tokens[: first.i], self.lx)) and not self._governed_between(first.j, t):
            # "إن القوات العراقية قطعت طرق إمداد داعش، وفرضت طوقا على الرمادي": the sentence's subject, named before
            # any event, does what its second verb does with no subject of its own; "الائتلاف الذي تقوده السعودية
            # ويشن عمليات": in a relative clause, its antecedent
            rel = next((k for k in range(t - 1, first.j - 1, -1) if self.tokens[k].key in _RELATIVE), None)
            return first if rel is None else next((m for m in self._window(rel - 8, rel) if m.kind == "actor" and m.j == rel), None)
        return acts[0] if acts and acts[0].i == t + 1 else None

    def positions_of(self, lo: int, hi: int) -> list[Mention]:
        """"قصفت الفصائل في حلب مواقع للجيش النظامي وحزب الله": the actor whose positions are hit."""
        for t in range(lo, min(hi, len(self.tokens) - 1)):
            if self.tokens[t].key in _cue_forms("position"):
                m = self.first_after(t + 1, ("actor", "place"), 2)
                if m is not None and m.kind == "actor" and (m.prefix.endswith("ل") or self.tokens[m.i - 1].key == "ل"):
                    return self.coordinated(m)
        return []

    def further_objects(self, k: int, holders: bool = True) -> list[Mention]:
        """"غارات على قرية X التي …، وعلى قرية Y": a second object under the same verb (and, unless
        taking places alone, "…، ومواقع لداعش في سوريا": an actor whose positions were hit)."""
        for t in range(k, min(k + 20, len(self.tokens))):
            relative = t > 0 and self.tokens[t - 1].key in _RELATIVE  # "التي تسيطر عليها" describes the object
            if self._break_between(k, t) or (not relative and any(find_triggers(self.tokens[t : t + 1], self.lx))):
                return []
            conj = next((m for m in self.mentions if m.i == t and m.kind == "actor" and m.prefix in ("ول", "و")), None)
            if conj is not None and t > k and (conj.prefix == "ول" or self.located_between(k, t)):
                # "غارات على مواقع لداعش في سوريا ولحزب العمال في شمال العراق", "ضد داعش في سوريا وحزب العمال في العراق"
                return [conj] + self.further_objects(conj.j, holders)
            key = self.tokens[t].key
            also = next((m for m in self._window(t + 1, t + 2) if m.kind == "actor" and not m.prefix), None) \
                if key in _ALSO_JOINS and (t == k or self.located_between(k, t)) else None  # right after the last
            # object (or its place: "مقاتلي داعش في شمالي سورية وكذلك حزب العمال"), not anywhere on
            if also is not None and self.located_after(also):  # "مستهدفة مقاتلي داعش في شمالي سورية وكذلك حزب العمال
                # الكردستاني في شمالي العراق": a target in a place of its own (not "… وكذلك الولايات المتحدة": a second subject)
                return [also] + self.located_after(also) + self.further_objects(also.j, holders)
            fighters = next((m for m in self._window(t + 1, t + 2) if m.kind == "actor" and not m.prefix), None) \
                if key.startswith("و") and self.lx.victims.get(key[1:]) == "fighters" and key.endswith("ي") \
                and self.located_between(k, t) else None  # (not "ومسلحو القاعدة يسيطرون": a new clause's subject)
            if fighters is not None:  # "مواقع تنظيم داعش في سوريا ومتمردي حزب العمال الكردستاني في شمال العراق"
                return [fighters] + self.located_after(fighters) + self.further_objects(fighters.j, holders)
            if key.startswith("و") and (key[1:] in self.lx.numbers or self.tokens[t].kind == "num"):
                m = self.first_after(t + 1, ("place",), 3)  # "خمس غارات قرب الموصل وثلاث قرب الرمادي": the raids elided
                if m is not None:
                    return self.group_of(m) + self.further_objects(self.group_of(m)[-1].j, holders)
            focus = self.focused(t)
            if focus is not None:  # "أحياء في الفلوجة تركز على حيي X وY"
                return focus
            if key in _PLACE_APPOSITIONS or key in _PLURAL_APPOSITIONS and self.plural_place_noun(t + 1):
                m = self.first_after(t + 1, ("place",), 1)  # "على مناطق كثيرة في الرمادي وهي مناطق البو ذياب والتأميم"
                if m is not None and m.i == t + 1:  # (not "وهي مدينة ساحلية": what the place is)
                    return self.group_of(m) + self.further_objects(self.group_of(m)[-1].j, holders)
            holder = self.conjoined_holder(t, members=t == k or self.located_between(k, t)) if holders else []
            if holder:  # "مواقع لحزب العمال في شمال العراق، وبعض مواقع تنظيم داعش في شمال سوريا"
                return holder + self.further_objects(holder[-1].j, holders)
            if key.startswith("و") and key[1:] in _cue_forms("position") and t + 1 < len(self.tokens) \
                    and self.tokens[t + 1].key == "في":  # "مواقع للحوثيين في مديرية احرب ومواقع في مديرية حرض"
                m = self.first_after(t + 2, ("place",), 2)
                return self.group_of(m) + self.further_objects(self.group_of(m)[-1].j, holders) if m is not None else []
            if key == "وفي" and (m := self.first_after(t + 1, ("place",), 2)) is not None and self._list_ends(self.group_of(m)[-1].j):
                # "مواقع في مديرية حرض بمحافظة حجة وفي مديريتي رازح وكتاف": the same strikes, nothing done there of its own
                return self.group_of(m) + self.further_objects(self.group_of(m)[-1].j, holders)
            if key in _PLACE_CONTINUATIONS:  # "مواقع في الحسكة والرقة في سوريا، وقرب الحديثة وكركوك في العراق"
                m = self.first_after(t + 1, ("place",), 3)
                if m is not None and any(find_triggers(self.tokens[t + 1 : m.i], self.lx)):
                    return []  # "سيطروا على عمران، إضافة إلى قصفهم مدينة تعز": another event's place
                return self.group_of(m) + self.further_objects(self.group_of(m)[-1].j, holders) if m is not None else []
            if self.tokens[t].key in ("وعلي", "والي", "وضد"):  # "على الحزب في شمال العراق وعلى متشددي داعش في سوريا"
                m = self.first_after(t + 1, ("place", "actor") if key != "والي" else ("place",), 3)
                if m is not None and m.kind == "actor" and m.i > t + 1 and self.lx.victims.get(self.tokens[t + 1].key) != "fighters":
                    return []  # "وعلى الحدود السعودية": a place described by an actor's adjective, not the actor
                return self.group_of(m) + self.further_objects(self.group_of(m)[-1].j, holders) if m is not None else []
        return []

    def conjoined_holder(self, t: int, members: bool = False) -> list[Mention]:
        """"…، ومواقع لتنظيم داعش في شمال سوريا", "وبعض مواقع داعش", "وجهاديين من تنظيم داعش" (``members``:
        right after the last object): a further object named by the actor whose positions or fighters they are,
        and by where they stand."""
        key = self.tokens[t].key
        at = t + 2 if key == "وبعض" else t + 1
        noun = self.tokens[at - 1].key if key == "وبعض" else key[1:] if key.startswith("و") else ""
        members = members and self._members_of(key) and at + 1 < len(self.tokens) and self.tokens[at].key == "من"
        if members:  # "ناشطين من حزب العمال في شمال العراق وجهاديين من تنظيم داعش": fighters of a further target, right
            # after the last object or its place (not "لإطلاق قادة الإخوان وقادة من حزب الله": a clause on)
            at += 1
        elif noun not in _cue_forms("position") or at >= len(self.tokens):
            return []
        m = self.first_after(at, ("actor", "place"), 2)
        if m is None or m.kind != "actor" or not (m.i == at or not members and (self.tokens[m.i - 1].key == "ل" and m.i == at + 1
                                                                              or m.prefix.endswith("ل"))):
            return []
        holders = self.coordinated(m)
        placed = holders + self.located_after(holders[-1])
        end = placed[-1].j
        if any(self.finite_verb_at(x) or any(find_triggers(self.tokens[x : x + 1], self.lx)) for x in range(end, min(end + 2, len(self.tokens)))):
            return []  # "، ومواقع المعارضة في اللطامنة ردت بقصف مماثل": the subject of a clause of its own
        return placed

    def located_after(self, m: Mention) -> list[Mention]:
        """The places right after "في" that follows m: "مواقع لداعش في شمال سوريا"."""
        if m.j < len(self.tokens) and self.tokens[m.j].key == "في" and (p := self.first_after(m.j + 1, ("place",), 1)) is not None:
            return self.group_of(p)
        return []

    def _list_ends(self, k: int) -> bool:
        """Nothing but the end, punctuation, another "وفي" or a place follows ``k``: "وفي مديريتي رازح وكتاف."
        continues a list of places; "وفي عدن عاد الهدوء" fronts a clause of its own."""
        at = k + 1 if k < len(self.tokens) and self.tokens[k].key == "في" else k  # "وفي الحوطة في محافظة لحج"
        return k >= len(self.tokens) or self.tokens[k].kind == "punct" or self.tokens[k].key == "وفي" \
            or any(m.kind == "place" for m in self._window(at, at + 1))

    def plural_place_noun(self, k: int) -> bool:
        """A plural place noun at ``k`` ("مناطق", "قرى")."""
        noun = self.lx.place_nouns.get(self.tokens[k].key) if k < len(self.tokens) else None
        return noun is not None and noun[0] == "pl"

    def located_between(self, k: int, t: int) -> bool:
        """Only where the last object is stands in tokens [k, t): "داعش في سوريا وحزب العمال"."""
        placed = self._place_tokens(k, t)
        return t > k and self.tokens[k].key == "في" and all(x in placed or self.tokens[x].key == "في" for x in range(k, t))

    def _place_tokens(self, lo: int, hi: int) -> set[int]:
        """Token positions in [lo, hi) that belong to a place mention."""
        return {x for m in self._window(lo - 10, hi) if m.kind == "place" for x in range(max(m.i, lo), min(m.j, hi))}

    def focus_objects(self, k: int) -> list[Mention]:
        """"الغارات الجوية التي جرت في سوريا تركزت حول الحسكة وحلب": a raid with no object of its
        own hit the places its focus verb names."""
        for t in range(k, min(k + 10, len(self.tokens))):
            if self._break_between(k, t):
                return []
            focus = self.focused(t)
            if focus is not None:
                return focus
        return []

    def focused(self, t: int) -> list[Mention] | None:
        """The places a focus verb at ``t`` names ("تركزت حول X وY", "تركز على حيي X وY"); None
        when no focus verb and its preposition stand at ``t``."""
        if t + 1 >= len(self.tokens) or self.tokens[t].key.removeprefix("و") not in _FOCUS_VERBS \
                or self.tokens[t + 1].key not in _FOCUS_PREPOSITIONS:
            return None
        m = self.first_after(t + 2, ("place",), 3)
        return self.group_of(m) if m is not None else []

    def against(self, k: int) -> list[Mention]:
        """"غاراته في شمال سوريا ضد المتشددين": the actor a strike on a place is aimed at."""
        for t in range(k, min(k + 4, len(self.tokens))):
            if self.tokens[t].key == "ضد":  # "ضد المتشددين", "ضد أهداف تابعة لتنظيم داعش"
                m = self.first_after(t + 1, ("actor", "place"), 3)
                return self.coordinated(m) if m is not None and m.kind == "actor" else []
        return []

    def place_after(self, k: int, limit: int = 5) -> Mention | None:
        return self.first_after(k, ("place",), limit)

    def _modifiers(self, tr: Trigger) -> tuple[str, int]:
        """Refine an attack's type from the words after it ("قصف جوي", "بصواريخ")."""
        event, k = tr.event, tr.j
        while k < len(self.tokens) and k < tr.j + 2:
            refined = self.lx.trigger_modifiers.get(self.tokens[k].key)
            if refined is None:
                break
            if refined and event in ("attack", "shelling", "airstrike", "missile"):
                event = refined  # (an empty event only passes: "الضربات العسكرية التركية")
            k += 1
        return event, k

    @cached_property
    def condition_end(self) -> int:
        """Where the condition the sentence opens with ends ("وفي حال صدرت الأوامر سيتحرك الجيش … وفرض
        حصار عليها": the whole clause), or 0: at the first comma or clause word ("في حين", "حيث", "لكن");
        not a concession ("إذا كانت … قد", "إذا ما استثنينا") nor "في حالة من الذعر"."""
        keys = [t.key.removeprefix("و") for t in self.tokens[:3]]
        n = 2 if " ".join(keys[:2]) in _CONDITIONS else 1 if keys[:1] and keys[0] in _CONDITIONS else 0
        if not n or n < len(keys) and keys[n] in _CONCESSIVE:
            return 0
        return next((k for k in range(n, len(self.tokens)) if self.tokens[k].kind == "punct" or self.tokens[k].key in _CLAUSE_BREAKS
                     or " ".join(t.key for t in self.tokens[k : k + 2]) in _CLAUSE_BREAKS), len(self.tokens))

    def not_asserted(self, tr: Trigger, cues: set[str]) -> bool:
        """The trigger is negated, hypothetical, intended, future or a purpose: it states no event."""
        tokens, lx = self.tokens, self.lx
        if "negation" in cues or "hypothetical" in _cue_kinds(tokens, tr.i - 1, tr.i, lx):
            return True  # "لم تسيطر", "ستقوم بصد أي هجوم"
        if tr.i < self.condition_end:
            return True  # "وفي حال صدرت الأوامر سيتحرك الجيش … وفرض حصار عليها": all of it only if
        if tr.event in ("control", "attack", "siege", "shelling", "airstrike", "missile", "clash", "advance") and self.intended(tr, cues):
            return True  # "يسعى للسيطرة", "حاول المتطرفون في طرابلس ومصراتة السيطرة على", "تهدد باقتحام"
        if self.expected(tr):
            return True  # "وتوقع أن يشن تنظيم داعش هجوما على إيلات": expected, not done
        if tr.event in ("control", "siege", "advance") and self.coordinated_with_intent(tr):
            return True  # "تسعى المقاومة إلى حسم المعركة، واستكمال سيطرتها على المدينة"
        if tr.event in ("control", "siege", "advance") and self.failed(tr):
            return True  # "أخفق الحوثيون في السيطرة على المدينة": a failed capture (a failed attack is still one)
        if self.prevented(tr):
            return True  # "ستتوسع لمنع النظام من السيطرة على الزبداني", "لمنع قوات النظام من قصف المدينة": to be stopped
        if tr.event == "control" and self.freed_from(tr):
            return True  # "تم تحرير أحياء الرمادي من سيطرة داعش": a hold ended (held_before_liberation: one that lasts)
        if tr.frame == "verb" and tr.i > 1 and tokens[tr.i - 1].key in _THAT_PRONOUN \
                and any(t.key.removeprefix("و") in _DENIAL for t in tokens[max(0, tr.i - 5) : tr.i - 1]):
            return True  # "ونفى الحوثيون أنهم يقصفون الأحياء السكنية": denied
        if "task" in _cue_kinds(tokens, tr.i - 3, tr.i, lx):
            return True  # "الذي كان مكلفا عملية استعادة السيطرة", "الموفد المكلف التصدي لداعش": charged with, not done
        if "purpose" in _cue_kinds(tokens, tr.i - 3, tr.i, lx):
            return True  # "من أجل السيطرة على أكبر قاعدة جوية", "الهدف هو التقدم نحو حوتة"
        if "hypothetical" in _cue_kinds(tokens, tr.j, tr.j + 2, lx):
            return True  # "هجوم تركي محتمل"
        if tr.event in ATTACK_EVENTS and "suspect" in _cue_kinds(tokens, tr.j, tr.j + 3, lx):
            return True  # "حملة استهدفت أفرادا يشتبه في انتمائهم": arrests
        if tr.event == "attack" and tr.frame == "noun" and any(
                tokens[x - 1].key in ("من", "عن") and tokens[x].key in _CAPTURES for x in range(tr.j + 1, min(tr.j + 5, len(tokens)))):
            return True  # "في عملية نوعية من توقيف أمير التنظيم", "عملية أسفرت عن القبض على خلية": an arrest (not "كمين وأسر 119")
        if tr.event in ATTACK_EVENTS and self.arrests_through(tr):
            return True  # "اعتقلت 851 شخصا مشتبها به، من خلال عملياتها ضد داعش": the operations are arrests
        if tr.event == "clash" and tr.frame == "noun" and "non_military" in _cue_kinds(tokens, tr.j, tr.j + 2, lx):
            return True  # "المعركة الدبلوماسية", "مناوشات كلامية"
        if tr.event in ATTACK_EVENTS and self.struck_by_nature(tr):
            return True  # "الفيضانات التي ضربت ألبانيا", "ضرب زلزال قوي جنوب تركيا": no one attacked
        if _future(tokens, tr, lx):
            return True  # "معركة شاملة ضد التنظيم ستنطلق قريباً", "سيشن هجوماً": not yet
        if tr.event == "control" and tr.frame == "noun" and tr.i > 0 and tokens[tr.i - 1].key in _AIM_NOUNS:
            return True  # "معركة استعادة الرمادي": an aim
        if tr.event == "control" and tr.frame == "noun" and tr.i > 0 and tokens[tr.i - 1].key[:1] == "ل" \
                and tokens[tr.i - 1].key[1:] in _PURPOSE_LIGHT:
            return True  # "عمليات لاستعادة السيطرة على المحافظة": a purpose
        light = tr.i - 1 - (tr.i > 1 and tokens[tr.i - 1].text in _QUOTE_CHARS)  # "لتنفيذ «هجمات إرهابية»"
        if tr.event in ATTACK_EVENTS and tr.frame == "noun" and light >= 0 and tokens[light].key[:1] == "ل" \
                and tokens[light].key[1:] in _LIGHT_NOUNS and not self.resumed(light):
            return True  # "العودة لتنفيذ هجمات إرهابية ضد السلطات", "لشن هجوم على": a purpose
        lost = next((k for k in range(max(0, tr.i - 4), tr.i) if "lose" in self.token_cues[k]), None)
        if tr.event == "control" and tr.frame == "noun" and lost is not None and not self.loss_denied(lost) \
                and not self._break_between(lost, tr.i):
            return True  # "فقدت قوات النظام السيطرة على تدمر", "فقدانها السيطرة على": held no more (the winner: lost_to)
        if tr.event == "control" and tr.frame == "noun" and self.aim_follows(tr.j, 8):
            return True  # "استعادة داريا من جبهة النصرة يبقى هدفا للنظام": an aim
        if tr.event == "control" and tr.frame == "noun" and "aim" in cues:
            return True  # "استهدف الهجوم السيطرة على عاصمة المحافظة": an aim
        was = tr.i > 0 and tokens[tr.i - 1].key in ("كان", "كانت", "كانوا")
        if tr.event == "control" and tr.frame == "verb" and was:
            return True  # "التي كانت تسيطر على تلة عثمان", "كان سيطر عليه المتشددون": held once, not now
        plural = tokens[tr.i].key.endswith("ات") or tokens[tr.i].key.endswith("معارك")  # "مسرحاً لاشتباكات": no purpose
        if tr.prefix.endswith("ل") and tr.frame == "noun" and not plural and not self.passive_cue_before(tr.i) \
                and "foil" not in cues and not resulted_in(tokens, tr.i, tr.prefix):
            # "تصدت القوات لهجوم": repelled, so made; "أدى لاستعادة": led to it, so done
            return True  # "للسيطرة على": purpose, not an event
        if tokens[tr.i].key.removeprefix("و") in _DROP_VERBS and any(t.key == "القبض" for t in tokens[tr.j : tr.j + 3]):
            return True  # "ألقت الشرطة القبض على خلية بحوزتها متفجرات": an arrest
        launch = tr.event == "missile" and tr.frame == "verb" or tokens[tr.i].key.removeprefix("و") in _DROP_VERBS
        if launch and "projectile" not in _cue_kinds(tokens, tr.i - 3, tr.j + 8, lx):
            return True  # "أطلقت الفصائل معركة": a launch that fires nothing ("قذيفة أطلقتها X") is no attack
        return False

    def arrests_through(self, tr: Trigger) -> bool:
        """An operation or campaign noun ("عملياتها", "حملة"), or the verb it is the subject of ("في عمليات
        استهدفت"), whose clause tells an arrest before it: the operations arrested people ("اعتقلت 851 شخصا
        … من خلال عملياتها ضد", "وألقت فرق الأمن القبض على 1500 مشتبه به، في عمليات استهدفت")."""
        operation = lambda k: operation_prefix(self.tokens[k], _OPERATION_NOUNS) is not None
        at = tr.i if operation(tr.i) else tr.i - 1 if tr.frame == "verb" and tr.i > 0 and operation(tr.i - 1) else None
        if at is None:
            return False
        if any(b in self.lx.kill_words for t in self.tokens[tr.j :] for _, b in clitic_candidates(t.key)):
            return False  # "اعتقل 30 مشتبها به خلال عملياته ضد حزب العمال، وقتل 40 مسلحا": they fought too
        for k in range(at - 1, max(-1, at - 15), -1):
            if self._break_between(k, at) or self.lx.triggers.longest(self.tokens, k) or self.tokens[k].key in _CLAUSE_TURNS:
                return False  # (not "اعتقلت الشرطة 20 شخصا، في حين واصل الجيش عملياته ضد حزب العمال": another clause)
            if self.tokens[k].key.removeprefix("و") in _ARRESTS:
                return True
        return False

    def taken_from_control(self, tr: Trigger) -> bool:
        """"تحرير عدن، كبرى مدن الجنوب، من سيطرة الحوثيين", "لتحريره من سيطرتهم": a control noun
        in construct after "من" is the control a place was taken out of, not one held now (unlike the
        definite "تمكنوا من السيطرة على")."""
        return tr.frame == "noun" and tr.event == "control" and tr.i > 0 and self.tokens[tr.i - 1].key == "من" \
            and not tr.prefix and self.tokens[tr.i].key in _HOLD_NOUNS \
            and not (tr.i > 1 and self.tokens[tr.i - 2].key in _SINCE_UNITS)
        # (not "تمكنوا من استعادة المدينة": a success; not "بعد يومين من سيطرة تنظيم داعش على الرمادي": a time since)

    def build(self, tr: Trigger) -> Event | None:
        """One event from one trigger: drop what is not asserted, read the frame's agent and
        objects, then widen both (coordination, partners, extent, the place of a target)."""
        if tr.frame == "destroy":
            return self.destroyed(tr)
        tokens, lx = self.tokens, self.lx
        cues = _cue_kinds(tokens, tr.i - 4, tr.i, lx)
        if self.not_asserted(tr, cues) or self.shares_unasserted(tr) or self.taken_from_control(tr):
            self.unasserted.append(tr)
            return None
        event_type, mod_end = self._modifiers(tr)
        trig_text = self.doc.article.text[tokens[tr.i].start : tokens[tr.j - 1].end]
        ev = Event(event_type, self.index, trig_text, tokens[tr.i].start, tokens[tr.j - 1].end)
        if tr.event == "siege" and ("lift" in _cue_kinds(tokens, tr.i - 2, tr.i, lx) or self.lifter_before(tr)):
            return self.lifted_siege(tr, ev)
        if tr.event == "advance" and "movement" in _cue_kinds(tokens, tr.j, tr.j + 2, lx):
            mod_end = tr.j + 1
        to = tr.i > 0 and self.tokens[tr.i - 1].key == "الي"  # "تعرضت البلدة إلى هجوم": as "لهجوم"
        if tr.frame == "noun" and (tr.prefix.endswith("ل") or to or self.received(tr)) and self.passive_cue_before(tr.i - to):
            read = self.read_exposed(tr, ev, mod_end)
        elif tr.frame == "noun" and tr.event == "control" and tr.i > 0 and tokens[tr.i - 1].key == "تحت" \
                and without_final_marks(tokens[tr.j - 1].text).endswith(_POSSESSIVE):
            tr = replace(tr, i=tr.i - 1, frame="under")  # "دونيتسك، الواقعة تحت سيطرتهم": as "تحت سيطرة X", the holder a pronoun
            read = self.read_under(tr, ev, mod_end)
        elif tr.frame == "noun" and tr.event in _UNDER_EVENTS and tr.i > 0 and tokens[tr.i - 1].key == "تحت" \
                or tr.frame == "undergone":  # (or "تخضع لحصار", triggers.find_triggers)
            tr = replace(tr, frame="undergone")  # no clause subject stands in for its doer
            read = self.read_undergone(tr, mod_end)
        elif tr.frame in _FRAME_READERS:
            read = getattr(self, _FRAME_READERS[tr.frame])(tr, ev, mod_end)
        elif tr.event == "clash":
            return self.clash(tr, ev)
        else:
            read = self.read_default(tr, ev, event_type, mod_end)
        if read is None:
            return None
        actor, targets = read
        if actor is not None and actor.i < tr.i and self.condemned_antecedent(tr):
            actor = None  # "أعربت قطر عن إدانتها للتفجير الذي استهدف مسجدا": who condemns did not strike
        responded = tr.frame == "noun" and self.responded_to(tr)
        if responded and actor is not None and actor.i < tr.i:
            actor = None  # "أثناء رد قوات الأمن على هجوم ضد مركز للشرطة": who answers the attack did not make it
        if actor is None and not ev.actors and tr.frame == "noun" and targets and targets[-1].kind == "place":
            end = targets[-1].j  # "احتلال مدينة تدمر من قبل تنظيم داعش": the agent after the object
            if [t.key for t in tokens[end : end + 2]] == ["من", "قبل"]:
                by = self.first_after(end + 2, ("actor", "place"), 3)
                actor = by if by is not None and by.kind == "actor" else None
        also = self.also_event(tr) if actor is None and not ev.actors and event_type in ATTACK_EVENTS and not responded else None
        if also is not None:
            ev.actors.extend(also.actors)  # "…، كما نفذت سبع ضربات": the doer of the sentence's last attack, even unnamed here
        elif actor is None and not ev.actors and event_type in ATTACK_EVENTS and not self.unnamed_subject_before(tr.i):
            ev.actors.extend(self.carried_agents(tr))  # "… كما استهدفت تجمعات للمليشيات": the last attacker
        self.add_agents(tr, ev, event_type, actor)
        if event_type in ATTACK_EVENTS and tr.frame == "noun":
            targets = targets + [m for m in self.focus_objects(tr.j) if m not in targets]
        self.add_targets(tr, ev, event_type, targets)
        if not ev.actors and not ev.targets:
            return None
        return ev

    def destroyed(self, tr: Trigger) -> Event | None:
        """"دمرت الفصائل دبابة لقوات النظام": a verb whose target is only the owner."""
        ev = self.build(replace(tr, frame="verb"))
        if ev is None or not ev.actors:
            return None  # "دمرت دبابتان في ريف حماة": passive, no attacker named
        if not any(t in self.doc.actors for t in ev.targets):
            # "دمر التنظيم معبد بل في تدمر": not an attack on Tadmur; but "دمرت الطائرات مخزنا لأسلحة
            # داعش في قرية X": where the owner's goods stood was struck
            ev.targets = [t for t in ev.targets if t not in ev.places]
            ev.places = []
        return ev if ev.targets else None

    def object_first_stem(self, tr: Trigger) -> bool:
        """A verbal noun whose genitive is its object ("استهداف", "مهاجمة") carries a pronoun that is its
        object: no object of its own follows, only an instrument or a place after ب ("في استهدافهم بكمائن
        بقيفة رداع"; not "بعد استهدافه تجمعا في سوروتش", "استهدافها بالبراميل لمناطق": the pronoun struck)."""
        key = self.tokens[tr.j - 1].key.removeprefix("و").removeprefix("ب").removeprefix("ل")
        if not any(key.startswith(stem) and len(key) > len(stem) for stem in _OBJECT_FIRST):
            return False
        for t in range(tr.j, min(tr.j + 6, len(self.tokens))):
            tok = self.tokens[t]
            if tok.kind == "punct" or self.lx.triggers.longest(self.tokens, t) or tok.key == "من":
                return True
            if tok.key.startswith("ل") or any(m.i == t and not m.prefix.endswith("ب") for m in self.mentions):
                return False
            after_bi = t > tr.j and self.tokens[t - 1].key.startswith("ب")  # "بقيفة رداع": the ب-phrase's genitive
            if not tok.key.startswith("ب") and not after_bi and not any(m.i < t < m.j for m in self.mentions):
                return False  # "استهدافه تجمعا": an object of its own
        return True

    def success_place_pronoun(self, tr: Trigger) -> bool:
        """"بعد تمكن المقاومة تحريرها": after a verb of success, whose subject took the place, the
        pronoun of a noun of taking a place is that place."""
        return tr.frame == "success" and any(
            b.startswith(stem) and len(b) > len(stem) for _, b in clitic_candidates(self.tokens[tr.j - 1].key) for stem in _PLACE_OBJECT)

    def reported_after(self, ante: Mention, tr: Trigger) -> bool:
        """A success noun's pronoun does not reach back past "إن/أن" of a report to where it was said ("وقال
        مسؤول في الرياض إن المقاومة تمكنت من تحريرها"); "بعد أن" is a time clause, not a report."""
        return tr.frame == "success" and any(
            self.tokens[k].key in _THAT and self.tokens[k - 1].key not in ("بعد", "قبل") for k in range(ante.j, tr.i))

    def success_subject_start(self, tr: Trigger, actor: Mention | None) -> int:
        """Where the place a success noun's pronoun names must end: before its subject ("بعد إعلان
        الحكومة في الرياض «تحريرها»": not the city it spoke in), else before the noun."""
        return actor.i if tr.frame == "success" and actor is not None and actor.i < tr.i else tr.i

    def _possessive(self, tr: Trigger) -> str:
        """The pronoun ending of a noun trigger ("سيطرتها", "حصاره"), or ""."""
        last = without_final_marks(self.tokens[tr.j - 1].text)
        return last if tr.frame == "noun" and any(last.endswith(s) for s in _POSSESSIVE) else ""

    def read_under(self, tr: Trigger, ev: Event, mod_end: int) -> Read:
        """"X تحت سيطرة Y", "X الخاضعة لسيطرة Y", "معقله": the place before, the holder after."""
        tokens = self.tokens
        actor: Mention | None = None
        targets: list[Mention] = []
        own = without_final_marks(tokens[tr.i].text).endswith(("ه", "ها", "هم")) and not self.lx.triggers.longest(tokens, tr.i)
        last = without_final_marks(tokens[tr.j - 1].text)
        under_pronoun = tr.j - tr.i > 1 and last.endswith(_POSSESSIVE)  # "الواقعة تحت سيطرتهم"
        acts = self.actors_after(tr.j, 6) if not (own or under_pronoun) else []  # "معقله": the holder is the pronoun, not a later actor
        if under_pronoun:
            ref = self.pronoun_referent(tr.j - 1, feminine=last.endswith(("ها", "هما")), plural=last.endswith("هم"))
            if ref and any(m.ref == ref and m.j <= tr.i for m in self.mentions):
                ev.actors.append(ref)
        actor = acts[0] if acts else None
        if actor is None and own:  # "مدينة الرقة التي تعد معقله الرئيسي": the pronoun's referent holds it
            ref = self.pronoun_referent(tr.i, feminine=without_final_marks(tokens[tr.i].text).endswith("ها"))
            if ref and any(m.ref == ref and m.j <= tr.i for m in self.mentions):  # named before it
                ev.actors.append(ref)
        was = tr.i - 1
        while was > 0 and tokens[was].key in _STILL:
            was -= 1  # "التي كانت لا تزال تحت سيطرة"
        if (actor is not None or under_pronoun) and tr.i > 0 and tokens[was].key in _FORMER \
                or actor is not None and any(t.key in _FORMER for t in tokens[actor.j : actor.j + 2]):
            return None  # "معقل المعارضة السابق", "التي كانت معقلا للقاعدة": held once
        h = tr.j
        if h < len(tokens) and tokens[h].key == "منذ":  # "الخاضعة منذ أكثر من عام لسيطرته": past the span
            h = next((t for t in range(h + 1, min(h + 6, len(tokens))) if tokens[t].key[:1] == "ل" and _suffixed_trigger(tokens[t], self.lx, ("ل",))), h)
        held = without_final_marks(tokens[h].text) if h < len(tokens) else ""
        if actor is None and held.endswith(_POSSESSIVE) and _suffixed_trigger(tokens[h], self.lx, ("ل", "و")):
            # "صلنفة والبسيط الخاضعتين لسيطرتها": the holder is the pronoun's referent
            ref = self.pronoun_referent(tr.i, feminine=held.endswith(("ها", "هما")), plural=held.endswith("هم"))
            if ref:
                ev.actors.append(ref)
        k = tr.i - 1
        named = self._place_tokens(tr.i - 12, tr.i)  # "حي الشهباء الجديدة الخاضع": the epithet is the name's
        while k >= 0 and k not in named and (tokens[k].key in _BETWEEN_ANTECEDENT or tokens[k].key in self.lx.function_words and tokens[k].key.startswith("ال")
                                             or tokens[k].text == ")" or self._date_word(k)
                                             or tokens[k].text in ("،", ",") and tokens[k + 1].key in _BETWEEN_ANTECEDENT):  # "دونيتسك، الواقعة"
            if tokens[k].text == ")":  # "مدينة القرداحة (مسقط رأس الأسد) الخاضعة لسيطرة النظام": past the aside
                k = next((t for t in range(k - 1, max(-1, k - 12), -1) if tokens[t].text == "("), k)
            k -= 1  # "الواقعة تحت سيطرة", "اللذين ما يزالان تحت سيطرة"
        area = k >= 0 and any(b in _AREA_WORDS or b[2:] in _AREA_WORDS for _, b in clitic_candidates(tokens[k].key))
        before = None if area else self.last_before(k + 1, ("place",), 2)
        inside = self.first_after(tr.j, ("place",), actor.i - tr.j) if actor is not None and actor.i > tr.j else None
        apposed, opener = self.apposition_head(tr.i)
        if inside is not None:  # "تخضع مدينة درعا جزئيا لسيطرة المعارضة"
            targets = self.group_of(inside)
        elif apposed is not None and (before is None or self.governed(before)
                                      or before.i > opener and not any(x.text in ("،", ",") for x in tokens[opener : before.i])):
            targets = self.group_of(apposed)  # "الزبداني، آخر مدينة في المنطقة الحدودية مع لبنان لا تزال بيد المعارضة"
        elif before is not None:
            targets = self.group_of(self.described_place(self.head_place(before), tr.i))
        elif actor is not None and (subject := self.coordinated_place_subject(tr.i)) is not None:
            targets = self.group_of(subject)  # "أن مدينة عدن أصبحت آمنة … وتقع تحت سيطرة المقاومة": the clause's place
        elif actor is not None:
            after = self.place_after(actor.j, 5)
            targets = [after] if after else []
        return actor, targets

    def coordinated_place_subject(self, i: int) -> Mention | None:
        """The place that opens the clause ("أن مدينة عدن أصبحت آمنة … وتقع تحت سيطرة"), when a و-verb of being
        ("وتقع", "وباتت") stands right before ``i`` with no place of its own."""
        if i == 0 or not self.tokens[i - 1].key.startswith("و") or self.tokens[i - 1].key[1:] not in _BETWEEN_ANTECEDENT:
            return None
        start = next((t + 1 for t in range(i - 2, max(-1, i - 16), -1) if self.tokens[t].key in _THAT), None)
        if start is None:
            return None
        place = next((m for m in self._window(start, i) if m.kind == "place"), None)
        return self.head_place(place) if place is not None and place.i == start and not self._break_between(start, i) else None

    def _date_word(self, k: int) -> bool:
        """A word of a date between a place and what is said of it ("سقطت قاعدة العند في اذار/مارس
        بأيدي الحوثيين"): a month or time word, the slash between two month names, or the "في"
        before them."""
        tokens, times = self.tokens, self.lx.time_words
        if times.longest(tokens, k) or tokens[k].text == "/" and k > 0 and times.longest(tokens, k - 1):
            return True
        return tokens[k].key == "في" and k + 1 < len(tokens) and bool(times.longest(tokens, k + 1))

    def read_passive(self, tr: Trigger, ev: Event, mod_end: int) -> Read:
        """"بلدتي نبل والزهراء المحاصرتين من قبل جبهة النصرة": no besieger named, no fact (GUIDELINE)."""
        actor = self.agent_by(tr.j)
        if actor is None:
            return None
        before = self.last_before(tr.i, ("place",), 3)
        return actor, self.group_of(before) if before is not None else []

    def read_taken_by(self, tr: Trigger, ev: Event, mod_end: int) -> Read:
        """"بعد تحرير محافظات عدن ولحج من قبل المقاومة", "بعد استعادته من قبل المقاومة": the agent after
        "من قبل"; the object between, or the place named before that the noun's pronoun stands for."""
        by = agent_marker_after(self.tokens, tr.j, self.lx)
        actor = self.first_after(by + 2, ("actor",), 3) if by is not None else None
        last = without_final_marks(self.tokens[tr.j - 1].text)
        if actor is None or last.endswith("هم"):
            return None  # "المختطفين جرى تحريرهم في مدينة درنة من قبل": people freed, no place taken
        if last.endswith(("ها", "ه", "هما")) \
                and not [m for m in self._window(tr.j, by) if m.kind == "place"]:  # (past "من الحوثيين": whom it was taken from)
            ante = self.last_before(tr.i, ("place",), 15)
            feminine = last.endswith(("ها", "هما"))
            if ante is None or self.locative(ante) or self._feminine_place(self.head_place(ante)) != feminine:
                return None  # "أفرج عن الصحفي المختطف في مدينة حلب بعد تحريره": the pronoun is the journalist
            return actor, self.group_of(self.head_place(self.landmark_owner(ante)))
        return actor, [m for m in self.object_targets(tr, "control", mod_end, None, False) if m.i < by]

    def read_exposed(self, tr: Trigger, ev: Event, mod_end: int) -> Read:
        """"تعرضت مناطق في مدينة داريا لقصف من قبل قوات النظام": the exposed place before the noun."""
        actor = self.agent_by(mod_end)
        if actor is None:  # "تعرض بلدة الزبداني لهجوم القوات النظامية": the genitive is the agent
            nxt = self.first_after(mod_end, ("actor", "place"), 1)
            actor = nxt if nxt is not None and nxt.kind == "actor" and nxt.i == mod_end else None
        if actor is None:  # "تعرض أقصى شمال البلاد لاعتداءات شنتها بوكو حرام"
            actor = self.agent_after(mod_end)
        k = self.passive_cue_before(tr.i)
        first = self.first_after(k, ("place", "actor"), tr.i - k)
        if first is None and k > 1 and self.tokens[k - 2].key in _RELATIVE:  # "فلول العصابات الحوثية التي تلقت ضربات",
            first = self.last_before(k - 2, ("place", "actor"), 4)  # "البلدة التي تعرضت لقصف": the antecedent, right
            first = first if first is not None and first.j >= k - 3 else None  # before it (not "الحوثيون الدعم للقبائل التي")
            first = self.head_place(first) if first is not None and first.kind == "place" else first
        if first is None:  # "داريا تتعرض لحصار من قبل النظام": the target is the verb's subject
            first = self.last_before(k - 1, ("place",), 3)
            first = self.head_place(first) if first is not None else None
        doer = actor.ref if actor is not None else ""
        if first is None:  # "أن الحوثيين وأنصار صالح تلقوا ضربات نوعية من الجيش": an actor subject right before the verb
            subject = next((m for m in self._window(k - 12, k - 1) if m.kind == "actor" and m.j == k - 1), None)
            if subject is not None and subject.ref != doer:
                return actor, [m for m in self.conjuncts_of(subject) if m.ref != doer] + self.where_undergone(tr, actor)
        if first is not None and first.kind == "actor":  # "تعرض الحوثيون لغارات من طيران التحالف في صعدة": where, too
            return actor, self.group_of(first) + self.where_undergone(tr, actor)
        return actor, self.group_of(first) if first is not None else []

    def where_undergone(self, tr: Trigger, actor: Mention | None) -> list[Mention]:
        """The place an actor underwent an attack in, named after the noun and its doer in the clause, after
        في/ب ("تلقت قوات النظام ضربات من جبهة النصرة في ريف إدلب")."""
        start = self.coordinated(actor)[-1].j if actor is not None and actor.i >= tr.j else tr.j
        for m in self._window(start, start + 6):
            if self._break_between(tr.j, m.i) or m.kind == "actor":
                return []
            if m.kind == "place" and (m.prefix.endswith("ب") or m.i > 0 and self.tokens[m.i - 1].key == "في"):
                return self.group_of(self.head_place(m))
        return []

    def read_undergone(self, tr: Trigger, mod_end: int) -> Read:
        """"معسكر لبوزه … يقع تحت الحصار", "تقبع بلدة الهامة … تحت الحصار الذي يفرضه النظام": the
        clause's first place undergoes it; the doer only when named after it ("من قبل X", "الذي يفرضه X",
        or its genitive: "تحت حصار قوات النظام")."""
        places = [m for m in self._window(tr.i - 25, tr.i) if m.kind == "place" and not self._break_between(m.i, tr.i)]
        rel = next((t for t in range(tr.i - 1, max(-1, tr.i - 4), -1) if self.tokens[t].key in _RELATIVE), None)
        held = [m for m in places if rel is not None and rel - 3 <= m.j <= rel]
        if held:  # "القاعدة العسكرية التي تخضع لحصار": the place the relative describes
            places = held[-1:]
        actor = self.agent_by(mod_end)
        if actor is None and tr.event == "siege":  # "تحت حصار قوات النظام", "لحصار خانق تفرضه قوات النظام"
            actor = next((m for m in self.mentions if m.kind == "actor" and m.i == mod_end), None) or self.agent_after(mod_end)
        rel = next((t for t in range(mod_end, min(mod_end + 3, len(self.tokens))) if self.tokens[t].key in _RELATIVE), None)
        if actor is None and rel is not None:  # "الحصار الخانق الذي يفرضه النظام عليها"
            actor = self.first_after(rel + 1, ("actor",), 3)
        return actor, self.group_of(places[0]) if places else []

    def read_participle(self, tr: Trigger, ev: Event, mod_end: int) -> Read:
        """"قوات النظام المحاصرة للزبداني": the actor before, the place after."""
        return self.last_before(tr.i, ("actor",), 4), self.objects(tr.j, None, ("place",))

    def read_kill(self, tr: Trigger, ev: Event, mod_end: int) -> Read:
        actor, targets = self.killing(tr)
        return (actor, targets) if actor is not None and targets else None

    def read_expel(self, tr: Trigger, ev: Event, mod_end: int) -> Read:
        actor, targets = self.expulsion(tr)
        return (actor, targets) if targets else None

    def read_remain(self, tr: Trigger, ev: Event, mod_end: int) -> Read:
        """"ليتبقى له X": what remains to the pronoun's referent is X; "تبقى معركة النفوذ" or
        "ما تبقى من" without a لـ-pronoun says nothing of who holds what."""
        if tr.j >= len(self.tokens) or self.tokens[tr.j].key not in _REMAIN_TO:
            return None
        subj = self.clause_subject(tr.i)
        if subj:
            ev.actors.append(subj)
        return None, self.objects(tr.j, None, ("place",))

    def read_detonate(self, tr: Trigger, ev: Event, mod_end: int) -> Read:
        """"فجر مسلحون عبوة ناسفة": the bomber is named right after the verb or not at all ("فجر
        انتحاري نفسه", "الانتحاري الذي فجر نفسه", "أشارت السلطات إلى أنه فجر نفسه": no doer named);
        what it hit is read as a verb's object."""
        read = self.read_default(replace(tr, frame="verb"), ev, "attack", mod_end)
        if read is None:
            return None
        ev.actors.clear()
        doer = next((m for m in self.mentions if m.kind == "actor" and m.how != "source" and tr.j <= m.i <= tr.j + 1), None)
        return doer, [t for t in read[1] if t is not doer]

    def read_default(self, tr: Trigger, ev: Event, event_type: str, mod_end: int) -> Read:
        """Verbs, nouns and success frames: the agent by word order, the object after the
        trigger, or the antecedent of a relative clause or object pronoun."""
        tokens, lx = self.tokens, self.lx
        actor: Mention | None = None
        targets: list[Mention] = []
        possessive = bool(self._possessive(tr))
        owner: Mention | None = None  # the owner of an attack noun that is a verb's subject ("واستهدفت غارات التحالف")
        passive: Mention | None = None  # the agent after "من قبل" of a noun whose suffix is its object
        suffixed = tr.frame == "verb" and tokens[tr.j - 1].key.endswith(("ها", "ه", "هما", "هم"))  # "التي يحاصرها حزب الله"
        relative = tr.i > 0 and tokens[tr.i - 1].key in _RELATIVE and (suffixed or tr.j < len(tokens) and tokens[tr.j].key in _OBJ_PRONOUN)
        if tr.i > 0 and tokens[tr.i - 1].key in _RELATIVE and not relative and tr.frame == "verb":
            # "الأنبار التي يسيطر التنظيم على مساحات واسعة منها": the pronoun after the subject is the antecedent
            pron = next((t for t in range(tr.j, min(tr.j + 8, len(tokens))) if tokens[t].key in _OBJ_PRONOUN | _PART_PRONOUN), None)
            relative = pron is not None and not [m for m in self._window(tr.j, pron) if m.kind == "place"]
        foiled = tr.frame == "noun" and "foil" in _cue_kinds(tokens, tr.i - 6, tr.i, lx)
        if foiled:  # "إحباط الجيش هجوما للمسلحين": only an attacker marked after the noun
            actor = self.foiled_attacker(tr, mod_end)
            guard = self.defender(tr) if actor is not None else None
            if guard is not None and (actor.ref == guard.ref or allied(self.doc, lx, actor.ref, guard.ref)):
                # "صد الجيش الوطني … هجوما لمتمردي الجيش السابق وميليشيا الحوثي": not the defender's own side
                actor = next((m for m in self.coordinated(actor)[1:] if m.ref != guard.ref and not allied(self.doc, lx, m.ref, guard.ref)), None)
        elif tr.frame == "verb":
            if self.passive_after_place(tr):
                return None  # "مدينة كوباني … التي دمرت في معارك": the place was destroyed
            if tr.event in ATTACK_EVENTS and tr.i > 0 and tokens[tr.i - 1].key in _FORMER \
                    and "foil" in _cue_kinds(tokens, max(0, tr.i - 12), tr.i - 1, lx):
                return None  # "إحباط تنفيذ 7 عمليات انتحارية كانت تستهدف عددا من المساجد": foiled, it never struck
            noun = self.noun_subject(tr)  # "تفجير استهدف تجمعاً", "الهجمات التي تستهدف قوات الأمن": the noun is the subject
            noun_after = tr.event in ATTACK_EVENTS and tr.j < len(tokens) and self._attack_noun_at(tr.j)
            actor = self.subject(tr) if noun is None and not noun_after else None  # "استهدفت ضربات جوية موقعا": the
            # strikes are the subject (VSO); who made them is, joined by و, the last subject ("واستهدف الطيران مواقع …، واستهدف
            # القصف أيضا موقعا للحوثيين"), else the doer of the sentence's last attack, else the last attacker's (build)
            owner = self.noun_owner(tr.j) if noun_after else None  # "واستهدفت غارات التحالف مواقعهم": the strikes' own
            if owner is not None:
                actor = owner
            elif noun_after:  # "فيما استهدفت غارة ثالثة دبابة": the same doer as the sentence's attacks before
                earlier = next((e for e in reversed(self.built) if e.type in ATTACK_EVENTS and e.actors), None)
                actor = self.last_subject if tr.prefix.startswith("و") and self.last_subject is not None else \
                    next((m for m in reversed(self._window(0, tr.i)) if m.kind == "actor" and m.ref == earlier.actors[0]), None) \
                    if earlier is not None else None
            if noun is not None:  # "شنت قوات النظام غارات استهدفت بلدة X": the raids' agent
                ev.actors.extend(noun.actors)
        elif tr.frame == "success":  # "تمكن الأكراد من طرد التنظيم": the succeeding subject; the genitive is the loser
            actor = self.succeeding_subject(tr)
        else:
            # "سيطرة جماعة منافسة على": an unnamed genitive is the agent, no actor named before
            unnamed = event_type == "control" and self.indefinite_group(tr.j)
            actor = None if possessive or unnamed else self.noun_agent(tr, mod_end)
            by = [t.key for t in tokens[tr.j : tr.j + 2]] == ["من", "قبل"]
            passive = self.agent_by(tr.j) if possessive and by and event_type != "control" else None
            if passive is not None:  # "بعد استهدافها من قبل مقاتلات التحالف": the suffix is what was hit
                actor = passive
            similar = "similar" in _cue_kinds(tokens, tr.j, tr.j + 2, lx)
            earlier = next((e for e in reversed(self.built) if e.actors and e.type != "control"), None)
            if similar and earlier is not None and actor is None:  # "بالإضافة إلى قصف مماثل على قرية X": the same attacker
                ev.actors.extend(earlier.actors)
            elif earlier is not None and earlier.type in ATTACK_EVENTS and self.listed_among(tr.i) \
                    and not any(m.kind == "actor" and tr.j <= m.i <= mod_end + 1 for m in self.mentions):  # not "غارات روسية"
                actor = None  # "إن الغارات كانت ضد أهداف للمتطرفين …، بينها أربع غارات قرب الموصل": some of those
                ev.actors.extend(earlier.actors)
            user = _weapon_user(tokens, tr.j, mod_end + 3)
            if user and not possessive and (actor is None or actor.i < tr.i and not is_state_force(actor.ref, lx)):
                actor = None  # "تزامناً مع قصف بالبراميل": only the air force drops barrels, not the rebels named before
                ev.actors.append(user)
        if event_type == "control" and (one_of := self.one_of_the_places(tr)) is not None:
            return actor, self.group_of(one_of)  # "بلدتا الفوعة وكفريا من آخر المناطق التي ما زالت قوات النظام تسيطر عليها"
        if (relative or suffixed) and self.unnamed_antecedent(tr.i - 1):
            # "إلى مناطق تسيطر عليها القوات الكردية", "والقرى التي قصفتها": no place named, unless one
            # follows the holder ("المناطق التي يسيطر عليها داعش في محافظة الأنبار")
            return actor, self.place_after_holder(tr, actor) if event_type == "control" and relative else []
        ante = self.last_before(tr.i - 1, ("place",), 4) if relative else None
        if relative and ante is None and event_type == "control" and (held := self.held_before_holder(tr)) is not None:
            ante = held  # "ناحية كبيسة … ضد مسلحي داعش الذين يسيطرون عليها": the place before the holders
        object_pronoun = (suffixed or passive is not None or self.success_place_pronoun(tr)) and not relative \
            and tokens[tr.j - 1].key.endswith(("ها", "هما")) \
            and not lx.triggers.longest(tokens, tr.i)  # "حيث قصفتها بمدافع الهاون", "واستعادها الجيش": the place named before
        from_it = relative and tr.j < len(tokens) and tokens[tr.j].key in _PART_PRONOUN  # "مدينة الفيصل التي قصفت منها المليشيات المدينة"
        if relative and (ante is not None or not suffixed) and not from_it:  # "القذائف التي أطلقتها الفصائل على X": no place before
            about = self.relative_place(tr, ante) if ante else None
            targets = self.group_of(self.described_place(about, tr.i)) if about else []
        elif object_pronoun and (ante := self.last_before(self.success_subject_start(tr, actor), ("place",), 15)) is not None \
                and not (event_type == "control" and self.locative(ante)) and not self.reported_after(ante, tr):
            targets = self.group_of(self.head_place(self.landmark_owner(ante)))
        else:
            targets = self.object_targets(tr, event_type, mod_end, actor, relative and suffixed)
        if owner is not None:
            targets = [t for t in targets if t.ref != owner.ref]  # "واستهدفت غارات التحالف مواقع الحوثيين": the owner strikes
        if passive is not None:  # "استهدافه من قبل قوات الاحتلال …، مشيرة إلى أنه نقل إلى مستشفى": not past the clause
            targets = [t for t in targets if t.i < tr.i or not any(x.text in ("،", ",") or x.key in _STATIONED for x in tokens[tr.j : t.i])]
        defender = self.defender(tr) if foiled else None
        if defender is not None and defender not in targets:
            targets = targets + [defender]  # "أحبطت المقاومة هجوما شنه الحوثيون": the attack was on the defenders
        if event_type in ATTACK_EVENTS:
            targets = targets + [m for m in self.stationed_in_target(tr, targets) if m not in targets and m is not actor]
            targets = [m for m in targets if m.i < tr.j or not self.beyond_clause_or_instrument(tr.j, m)]
            owned = self.owner_of_positions(tr, mod_end, actor)
            if owned is not None and all(t.ref != owned.ref for t in targets):
                targets = targets + [owned]
        return actor, targets

    def owner_of_positions(self, tr: Trigger, mod_end: int, actor: Mention | None) -> Mention | None:
        """"غارات لقوات التحالف على مواقعها", "صد هجوما لداعش على مواقعها": positions named by a pronoun
        right after an attack (past على/ضد) are the pronoun's referent's, which was hit (not the attacker)."""
        k = self.coordinated(actor)[-1].j if actor is not None and mod_end <= actor.i <= mod_end + 1 else mod_end  # past "لقوات X"
        k += k < len(self.tokens) and self.tokens[k].key in ("علي", "ضد")
        if k >= len(self.tokens):
            return None
        key = self.tokens[k].key
        suffix = next((s for s in ("هما", "هم", "ها", "ه") if key.endswith(s) and key[: -len(s)] in _POSITIONS), "")
        if not suffix:
            return None
        ref = self.pronoun_referent(tr.i, feminine=suffix in ("ها", "هما"), plural=suffix == "هم")
        if not ref or actor is not None and (ref == actor.ref or allied(self.doc, self.lx, actor.ref, ref)):
            return None
        # named in the sentence, not as a complement ("محادثات مع الحكومة الأفغانية، كما أنها تواجه هجمات … على مواقعها")
        return next((m for m in reversed(self._window(0, tr.i)) if m.kind == "actor" and m.ref == ref and not self.governed(m)), None)

    def perpetrators_group(self, tr: Trigger) -> Mention | None:
        """"منفذ التفجير الانتحاري في سروج ينتمي إلى تنظيم داعش": the group its perpetrator belongs to did it."""
        if tr.i == 0 or self.tokens[tr.i - 1].key.removeprefix("و") not in _PERPETRATORS:
            return None
        for t in range(tr.j, min(tr.j + 10, len(self.tokens) - 1)):
            if self.tokens[t].kind == "punct":
                return None
            if self.tokens[t].key in _BELONG and self.tokens[t + 1].key == "الي":
                return next((m for m in self._window(t + 2, t + 6) if m.kind == "actor" and m.how != "source"), None)  # "إلى خلية تابعة لتنظيم داعش"
        return None

    def listed_among(self, i: int) -> bool:
        """"بينها أربع غارات", "منها غارتان": the attack noun at ``i`` counts some of those told before."""
        k = i - 1
        if k >= 0 and (self.tokens[k].kind == "num" or self.tokens[k].key in self.lx.numbers):
            k -= 1  # the count
        return k >= 0 and self.tokens[k].key in _AMONG

    def beyond_clause_or_instrument(self, k: int, m: Mention) -> bool:
        """An actor after an attack is no target when a reported clause opens first ("حيث حصلت الغارة،
        إن مروحيتين أميركيتين هاجمتا": who attacked, in the quote) or when it is what the doer used
        ("نفذ 9 غارات مستخدما طائرات مقاتلة وطائرات بدون طيار")."""
        if m.kind != "actor":
            return False
        between = self.tokens[k : m.i]
        if any(x.key in _THAT and n > 0 and between[n - 1].kind == "punct" for n, x in enumerate(between)):
            return True
        head = self.tokens[m.i].key.removeprefix("و")
        aircraft = _relation_cues().get(head) == "aircraft" or _relation_cues().get(head.removeprefix("ال")) == "aircraft"
        return aircraft and any(b in _INSTRUMENT_WORDS for x in self.tokens[max(k, m.i - 3) : m.i] for _, b in clitic_candidates(x.key))
        # (only aircraft are what a doer "uses"; "قصف الجيش مستخدما المدفعية مسلحي جبهة النصرة": the militants were hit)

    def stationed_in_target(self, tr: Trigger, targets: list[Mention]) -> list[Mention]:
        """"قصف مناطق في لحج تتمركز فيها مليشيات الحوثيين", "مواقع يتحصن فيها مسلحو داعش": the actor
        stationed where the attack hit is hit too (its verb and "فيها" right after the object)."""
        end = max((m.j for m in targets), default=tr.j)
        for k in range(end, min(end + 6, len(self.tokens) - 2)):
            if self.tokens[k].kind == "punct" or k > end and any(find_triggers(self.tokens[k : k + 1], self.lx)):
                return []
            if self.tokens[k].key in _STATIONED_VERBS and self.tokens[k + 1].key in _IN_IT:
                m = self.first_after(k + 2, ("actor", "place"), 2)
                return self.coordinated(m) if m is not None and m.kind == "actor" else []
        return []

    def foiled_attacker(self, tr: Trigger, mod_end: int) -> Mention | None:
        """Who made a repelled attack: "هجوما شنه الحوثيون", "هجوم لمسلحي داعش", "هجمات للحوثيين"
        (never the defender, the subject of the repelling verb)."""
        by = self.agent_after(tr.j)
        if by is not None:
            return by
        nxt = self.first_after(mod_end, ("actor", "place"), 3)
        if nxt is None or nxt.kind != "actor":
            return None
        before = self.tokens[nxt.i - 1].key if nxt.i > mod_end else ""
        fighters = before[:1] == "ل" and self.lx.victims.get(before[1:]) in ("fighters", "soldiers")  # "لمسلحي داعش"
        return nxt if nxt.prefix.endswith("ل") or before == "من" or fighters else None

    def defender(self, tr: Trigger) -> Mention | None:
        """The subject of the repelling verb before an attack noun: "أحبطت المقاومة امس هجوما",
        "تمكنت قوات البيشمركة من صد هجوم", "قوات الجيش تصدت لهجوم"."""
        foil = next((k for k in range(tr.i - 1, max(-1, tr.i - 7), -1) if "foil" in _cue_kinds(self.tokens, k, k + 1, self.lx)), None)
        if foil is None:
            return None
        after = [m for m in self._window(foil + 1, tr.i) if m.kind == "actor"]
        if after:
            return after[0]  # VSO: "أحبطت المقاومة امس هجوما"
        before = self.last_before(foil, ("actor",), 8)
        return before if before is not None and before.how != "source" and not self._break_between(before.i, foil) else None

    def place_after_holder(self, tr: Trigger, actor: Mention | None) -> list[Mention]:
        """"المناطق التي يسيطر عليها داعش في محافظة الأنبار": the areas lie in the place named right
        after their holder, which therefore holds part of it."""
        if actor is None or actor.i < tr.j:
            return []
        end = self.coordinated(actor)[-1].j
        nxt = self.first_after(end, ("place",), 2)
        if nxt is None or not (nxt.prefix.endswith("ب") or self.tokens[nxt.i - 1].key == "في" and nxt.i - 1 >= end):
            return []
        return self.group_of(self.head_place(nxt))

    def struck_by_nature(self, tr: Trigger) -> bool:
        """A strike verb whose subject is a flood, a storm or a quake: right after it ("ضرب زلزال"), or the
        noun its relative clause hangs on ("الفيضانات التي ضربت ألبانيا")."""
        tokens = self.tokens
        after = tokens[tr.j].key if tr.j < len(tokens) else ""
        before = tokens[tr.i - 2].key if tr.i > 1 and tokens[tr.i - 1].key in _RELATIVE else ""
        return any(b in _DISASTERS for key in (after, before) for _, b in clitic_candidates(key) if key)

    def one_of_the_places(self, tr: Trigger) -> Mention | None:
        """"مدينة الرقة من أبرز المناطق التي يسيطر عليها التنظيم", "بلدتا الفوعة وكفريا من آخر المناطق التي ما
        زالت قوات النظام تسيطر عليها": the places named before "من" are among those the clause says are held."""
        tokens = self.tokens
        if tr.j >= len(tokens) or tokens[tr.j].key not in _OBJ_PRONOUN:
            return None
        rel = next((k for k in range(tr.i - 1, max(-1, tr.i - 8), -1) if tokens[k].key in _RELATIVE), None)
        if rel is None or rel < 3 or not self._land_noun(tokens[rel - 1].key) or not tokens[rel - 1].key.startswith("ال"):
            return None
        of = rel - 2 - (tokens[rel - 2].key in _RANKING)  # "من آخر المناطق", "من أبرز المدن"
        if of < 1 or tokens[of].key != "من":
            return None
        return next((m for m in self.mentions if m.kind == "place" and m.j == of), None)

    def held_before_holder(self, tr: Trigger) -> Mention | None:
        """The place a relative clause on an actor refers back to with "عليها": "ناحية كبيسة …
        انتفاضة ضد مسلحي داعش الذين يسيطرون عليها" (the fighters hold Kubaisa)."""
        holder = self.relative_antecedent(tr)
        if holder is None or tr.j >= len(self.tokens) or self.tokens[tr.j].key not in _OBJ_PRONOUN:
            return None
        place = self.last_before(holder.i, ("place",), 15)
        if place is not None and place.how == "direction" and place.i >= 2 and self.tokens[place.i - 1].key in _DISTANCE_UNITS:
            place = self.last_before(place.i - 2, ("place",), 4) or place  # "ناحية كبيسة، 70 كلم غرب الرمادي": the town, not its bearing
        return place

    def unnamed_antecedent(self, k: int) -> bool:
        """The relative clause after token ``k`` hangs on a bare place noun that names no place
        ("قرب قرى يسيطر عليها", "والقرى التي يسيطر عليها"): an earlier place is not its antecedent."""
        if k >= 0 and self.tokens[k].key in _RELATIVE:
            k -= 1
        if k < 0 or any(m.i <= k < m.j for m in self.mentions if m.kind == "place"):
            return False
        return self._land_noun(self.tokens[k].key)

    def event_after_from(self, lo: int, hi: int) -> bool:
        """"من" then an event or success noun between ``lo`` and ``hi`` ("بعد وقت قصير من نجاح قوات …",
        "بعد ساعات من سيطرة …"): another event the time is counted from."""
        first = self.tokens[lo] if lo < len(self.tokens) else None
        if first is not None and (first.key in _THAT or first.key in _COUNTED_FROM or self.lx.triggers.longest(self.tokens, lo)):
            return True  # "قبل أن تدرس تركيا", "قبل دخول الفلوجة": an event right after the word
        for t in range(lo, min(hi, len(self.tokens) - 1)):
            nxt = self.tokens[t + 1]
            if self.tokens[t].key == "من" and (nxt.key in _COUNTED_FROM or self.lx.triggers.longest(self.tokens, t + 1)):
                return True
        return False

    def negated_before(self, k: int, reach: int = 8) -> bool:
        """A negation or a failure earlier in the clause of token ``k`` ("لم تتمكن من", "فشلت في")."""
        lo = self.clause_start(k, reach)
        return bool(_cue_kinds(self.tokens, lo, k, self.lx) & {"negation", "failure"})

    def governed_noun(self, tr: Trigger) -> bool:
        """"استعادت القوات الموالية لهادي السيطرة عليها", "أحكمت القوات سيطرتها عليها": a noun trigger
        that is the object of its subject's verb, the subject (and its conjuncts) right before it; or one
        joined by و to an advance on a place just told ("نجح الجيش في التقدم إلى جبهة جبل الوعش
        والسيطرة عليها")."""
        if tr.frame != "noun":
            return False
        last = self.built[-1] if self.built else None
        if tr.prefix.startswith("و") and last is not None and (last.type == "advance" or last.type in ATTACK_EVENTS) and last.places \
                and last.trigger_end <= self.tokens[tr.i].start:
            adv = next((k for k, x in enumerate(self.tokens) if x.start == last.trigger_start), None)
            # (or an assault that happened: "تمكنت المقاومة من اقتحام مدينة الحوطة والسيطرة عليها", "قامت باقتحام القاعدة
            # والسيطرة عليها"; not "فشلت قوات النظام في اقتحام مدينة الزبداني والسيطرة عليها", "أمر باقتحام …")
            assault = adv is not None and last.type in ATTACK_EVENTS and (
                succeeded_before(self.tokens, adv, self.lx) and not self.negated_before(adv)
                or self.tokens[adv].key.startswith("ب") and performing_verb_before(self.tokens, adv, "ب") is not None)
            if adv is not None and adv > 0 and (last.type == "advance" and self.tokens[adv - 1].key in ("في", "من") or assault) \
                    and not any(x.kind == "punct" for x in self.tokens[adv : tr.i]):
                return True  # (not "وتقدمت القوات نحو الرمادي، والسيطرة عليها مسألة وقت": a new clause)
        subject = next((m for m in self._window(tr.i - 12, tr.i) if m.kind == "actor" and m.j == tr.i), None)
        head = self.conjuncts_of(subject)[0] if subject is not None else None
        if head is None or head.i == 0:
            return False
        verb = self.tokens[head.i - 1].key.removeprefix("و").removeprefix("ف")
        return self.finite_verb_at(head.i - 1) or verb in _CONTROL_LIGHT_VERBS

    def object_targets(self, tr: Trigger, event_type: str, mod_end: int, actor: Mention | None, relative_pronoun: bool) -> list[Mention]:
        """The objects after a verb or noun trigger (and the place of an actor object)."""
        tokens, lx = self.tokens, self.lx
        want = ("place",) if event_type in ("control", "advance") else ("place", "actor")
        by_at = next((t for t in range(actor.i - 2, max(tr.j, actor.i - 5) - 1, -1) if by_hands(tokens[t], tokens[t + 1])), None) \
            if actor is not None and actor.i >= tr.j + 2 else None  # "من قبل (عدد من) X": a passive's agent; its objects come first
        passive_agent = by_at is not None and tr.frame == "noun" and bool(self._window(mod_end, by_at))
        later = actor is not None and actor.i >= tr.j and not [m for m in self._window(mod_end, actor.i) if m.kind == "place"] \
            and not passive_agent  # "استهداف تمركزات لقوات النظام من قبل الفصائل"
        start = max(mod_end, self.coordinated(actor)[-1].j) if later else mod_end  # "… على X، مصدرها مواقع Y": X is still the object
        if later and start < len(tokens) and tokens[start].key in _LED_BY:  # "غارات التحالف بقيادة واشنطن ضد تنظيم داعش"
            leader = self.first_after(start + 1, ("actor", "place"), 1)  # the doer's leader, not its target
            if leader is not None:
                start = self.coordinated(leader)[-1].j
        loyal = start < len(tokens) and (_relation_cues().get(tokens[start].key) == "allied_after" or start > 0
                                         and _relation_cues().get(tokens[start - 1].key) == "allied_after")
        if later and loyal:
            patron = self.first_after(start if tokens[start].key.startswith("ل") else start + 1, ("actor",), 1)  # "قصفت الميليشيات الموالية لإيران بلدة": whom they serve, no target
            if patron is not None:
                start = self.coordinated(patron)[-1].j
        if start < len(tokens) and tokens[start].text == "(":  # "هاجمت عناصر حزب الاتحاد الديمقراطي (أكراد سوريا) مقاتلي داعش"
            start = next((t + 1 for t in range(start + 1, min(start + 8, len(tokens))) if tokens[t].text == ")"), start)
        pronoun = next((t for t in range(start, min(start + 6, len(tokens))) if tokens[t].key in _OBJ_PRONOUN), None)
        if pronoun is not None and any(find_triggers(tokens[start:pronoun], lx)):
            pronoun = None  # "قصفت قرية تسيطر عليها القوات الكردية": the pronoun is the next verb's
        governed = pronoun is not None and event_type == "control" and not later and self.governed_noun(tr)
        held_pronoun = tr.frame == "noun" and (later or governed)  # "بعد سيطرة تنظيم داعش عليها"; not "وتعد السيطرة عليه أمرا حيويا"
        if pronoun is not None and (event_type != "control" or held_pronoun) and not self._window(start, pronoun):
            # "تشديد الحصار عليها", "الحصار الذي تفرضه قوات النظام عليه": the place named before
            ante = self.last_before(tr.i, ("place",), 15)
            if ante is not None and governed and self._feminine_place(ante) != tokens[pronoun].key.endswith(("ها", "هما")):
                ante = None  # "في مدينة حلب إن الطريق … استعاد الجيش السيطرة عليه": the road, no place named
            targets = self.group_of(self.head_place(ante)) if ante else []
            if len(targets) > 1 and self.tokens[pronoun].key in _SINGULAR_PRONOUNS:
                # "سد كوكب يقع بين بلدتي نافعة وعين ذكر … بعد سيطرة جيش الفتح عليه": not the pair
                single = [m for m in self._window(tr.i - 15, targets[0].i) if m.kind == "place" and len(self.group_of(m)) == 1]
                targets = [self.head_place(single[-1])] if single else []
        else:
            if (tr.frame == "noun" or event_type in ATTACK_EVENTS and later) and start < len(tokens) and tokens[start].key == "من":
                # (a verb too: "انطلق قصف المدفعية التركية من مدينة جزرة": where the guns fired from)
                origin = self.first_after(start + 1, ("place", "actor"), 2)
                if origin is not None and origin.kind == "place" and (tr.frame == "noun" or origin.i == start + 1):  # "طلعات جوية من قاعدة انجيرليك": whence, not where
                    start = self.group_of(origin)[-1].j
            ala = next((t for t in range(start, min(start + WINDOW + 6, len(tokens))) if tokens[t].key == "علي"), None)
            if event_type == "control" and tr.frame == "verb" and later and ala is not None and ala >= start + WINDOW // 2 \
                    and not self._break_between(start, ala) and not [m for m in self._window(start, ala) if m.kind == "place"] \
                    and not any(tokens[t].key in _RELATIVE or self.lx.triggers.longest(tokens, t) for t in range(start, ala)):
                # "سيطرت فصائل المعارضة المنضوية في غرفة عمليات جيش الفتح، أمس، على قرية القرقور": past the subject's modifiers
                start, ala = ala + 1, None
            targets = self.objects(start, actor, want)
            if targets and tr.frame == "noun" and (not later or actor.i == mod_end) and start + 1 < len(tokens) \
                    and tokens[start].key in _SEQUENCE_WORDS - {"منذ"} and self.event_after_from(start + 1, targets[0].i):
                targets = []  # "ويأتي القصف الحوثي بعد وقت قصير من نجاح قوات المقاومة": what came before, not what was hit
                # (not "قصف الطائرات بعد منتصف الليل مناطق في …", "الغارات التركية بعد مقتل مواطنين في قرية زاركلي")
            if actor is not None and targets and self.agents_home(actor, targets[0]):
                # "قصف المتمردين في اليمن لمناطق سكنية في مدينة عدن": where the doer is, then its ل-object
                targets = self.objects(self.group_of(targets[0])[-1].j, actor, want)
            if tr.frame == "verb":
                targets = self.direct_object(targets)
            if relative_pronoun and targets and not any(t.key in ("علي", "ضد") for t in tokens[start : targets[0].i]):
                targets = []  # "المنطقة التي ضربتها الطائرات … من قاعدة انجيرليك": the pronoun was the target
            ala = ala if ala is not None and ala < start + 10 else None
            if event_type == "control" and targets and ala is not None and targets[0].i < ala and tr.frame == "verb" \
                    and not any(self.lx.triggers.longest(tokens, x) for x in range(targets[0].j, ala)):
                # "سيطرت القوات … في محافظتي الضالع وعدن على مثلث العند": the actor's own place is not held (not
                # "استعادت المقاومة القصر الرئاسي في عدن، وأحكمت سيطرتها على حي التواهي": that على is the next clause's)
                start, targets = ala + 1, self.direct_object(self.objects(ala + 1, actor, want))
            if event_type == "control" and targets and (not self.held_object(start, targets[0])
                                                        or any(t.key in _LINKING | _LINKS_TO for t in tokens[start : targets[0].i])):
                # ("طريقين حيويين يصلان لمدينتي عدن والحوطة": the roads are held, not the cities)
                targets = []  # "سيطر على مخزون القمح في نينوى", "المناطق القريبة من الرمادي"
            if event_type in ATTACK_EVENTS and targets and targets[0].kind == "place" \
                    and any(t.key in _LINKING for t in tokens[start : targets[0].i]):
                targets = []  # "قصف الطريق الدولي الواصل بين حلب ودمشق": a landmark of the places, not them
            if event_type == "control" and tr.frame == "verb" and mod_end < len(tokens) and tokens[mod_end].key in _OBJ_PRONOUN:
                ante = None if self.unnamed_antecedent(tr.i - 1) else self.last_before(tr.i, ("place",), 3)
                targets = self.group_of(self.head_place(ante)) if ante is not None else []  # "قريتين تسيطر عليهما": unnamed
        if actor is not None and targets and targets[0].kind == "actor" and targets[0].i < actor.i and not passive_agent:
            targets = []
        if by_at is not None:  # "اقتحام المسجد الأقصى من قبل عدد من المستوطنين ووزير الزراعة الإسرائيلي": past the agent,
            # only what a preposition brings ("من قبل الفصائل على مناطق سيطرة قوات النظام", "من قبل داعش في ريف حمص")
            targets = [t for t in targets if t.j <= by_at or t.kind == "place" or t.prefix[-1:] in ("ب", "ل")
                       or any(x.key in ("علي", "ضد", "في", "الي") or x.key[:1] == "ل" and len(x.key) > 3
                              for x in tokens[max(by_at, t.i - 4) : t.i])]  # ("من قبل الفصائل لمواقع النظام")
        if event_type in ATTACK_EVENTS:
            targets = [t for t in targets if not self.answered(t, tr.j)]  # "هجوم الحزب الذي نفذ ردا على مجزرة سوروتش"
        if targets and targets[0].kind == "place" and self.from_origin(targets[0]) and event_type in ATTACK_EVENTS:
            end = self.group_of(targets[0])[-1].j  # "القادمين من لحج مواقع الحوثيين": past whence, in the clause
            targets = [t for t in self.objects(end, actor, want) if not any(x.kind == "punct" or x.key in ("نحو", "الي") for x in tokens[end : t.i])
                       and "movement" not in _cue_kinds(tokens, end, t.i, lx) and not (t.kind == "place" and self.from_origin(t))]
            # (not where they were heading: "لتعزيزات قادمة من المحافظات الشمالية نحو المحافظات الجنوبية")
        targets = [t for t in targets if not (t.kind == "actor" and t.i > 0 and (tokens[t.i - 1].key in _SUPPORTERS
                                                                              or tokens[t.i - 1].key.removeprefix("ل") in _SUPPORT_FOR))]
        # "على أنصار حزب العمال"; the side helped is not hit: "غارات إسنادا لقوات النظام", "الضربات لمساندة القطعات"
        if not targets and tr.frame == "noun" and event_type in ATTACK_EVENTS:
            targets = self.witness_place(tr.i)  # "شهدت مدينة دوما غارات مكثفة"
        if not targets and tr.frame == "noun" and event_type in ATTACK_EVENTS and tr.i > 0 and tokens[tr.i - 1].key in _IN_IT:
            ante = self.last_before(tr.i - 1, ("place",), 12)  # "تسللوا إلى مدينتي عين العرب وتل أبيض ونفذوا فيهما هجمات"
            targets = self.group_of(self.head_place(ante)) if ante is not None else []
        if not targets and "cause" in _cue_kinds(tokens, tr.i - 1, tr.i, lx):
            ante = self.last_before(tr.i, ("place",), 10)  # "قتل ثلاثة في مدينة عربين نتيجة قصف"
            targets = self.group_of(self.head_place(ante)) if ante else []
        if targets:  # "على قرية X …، وعلى قرية Y", "على مواقع لداعش في سوريا ولحزب العمال"
            more = self.further_objects(targets[-1].j, holders=event_type not in ("control", "advance"))
            if more and targets[-1].kind == "actor":  # "مواقع لحزب العمال في شمال العراق، وبعض مواقع داعش": where the first were
                targets = targets + self.located_after(targets[-1])
            targets = targets + more
        return targets

    def add_agents(self, tr: Trigger, ev: Event, event_type: str, actor: Mention | None) -> None:
        """The agent with its conjuncts and partners; else a possessive pronoun's or the clause's subject."""
        tokens = self.tokens
        last = self._possessive(tr)
        if actor is not None:
            k = actor.i - 1
            while k >= 0 and tokens[k].kind == "punct" and tokens[k].text in _QUOTE_CHARS:
                k -= 1
            sides = k >= 0 and tokens[k].key == "بين"  # "بين «X» وY": Y is the other side, not a co-agent
            # "وتمكنت المقاومة وقوات الجيش من تحرير": the nearest actor before a success noun may be the last conjunct
            group = self.conjuncts_of(actor) if tr.frame == "success" else self.coordinated(actor)
            if actor.j <= tr.i and tr.frame in ("verb", "success"):
                group = self.located_conjuncts(group[0]) + group  # "المقاومة الشعبية في محافظة لحج وقوات الجيش سيطرت"
            ev.actors.extend(m.ref for m in (group if not sides else [actor]) if m.ref not in ev.actors)
            ev.actors.extend(m.ref for m in self.partners(self.coordinated(actor)[-1]) if m.ref not in ev.actors)
            launched = tr.frame == "noun" and actor.j <= tr.i and launch_verb_before(tokens, tr.i, _LAUNCHERS) is not None
            if tr.frame == "verb" or launched:  # "شن طيران الجيش غارات": the light verb's subject, for the verbs after it
                self.last_subject = actor
        elif last and event_type in ("control", "siege", "advance", "attack", "shelling", "airstrike", "missile") \
                and not self.object_first_stem(tr):  # "في استهدافهم بكمائن": the pronoun was hit, it did not strike
            subj = self.pronoun_referent(tr.i, feminine=last.endswith(("ها", "هما")), plural=last.endswith("هم")) \
                if not self.unnamed_possessor(tr.i) else ""  # "سيطرتها", "حصاره"; not "بسطت جماعة منافسة سيطرتها"
            if subj:
                ev.actors.append(subj)
            m = next((m for m in reversed(self._window(tr.i - 40, tr.i)) if m.ref == subj), None) if subj else None
            group = self.conjuncts_of(m) if m is not None else []  # "أحكم الجيش الوطني والمقاومة الشعبية سيطرتهم": all
            together = any(self.tokens[x.i - 1].key in _WITH_IT for x in group[1:])  # "X ومعها Y هجماتها": both
            if (last.endswith(("هم", "هما")) or together) and len(group) > 1 and group[-1].j >= tr.i - 2:
                ev.actors.extend(x.ref for x in group if x.ref not in ev.actors)  # the conjuncts right before the noun
        elif not ev.actors and tr.frame in ("verb", "noun", "success") and event_type in ("control", "siege", "advance") \
                and not (tr.i > 0 and tokens[tr.i - 1].key in _RELATIVE) \
                and not (tr.frame != "success" and self.indefinite_group(tr.j)):
            # "العصابات التكفيرية التي تحتل الزبداني", "سيطرت جماعة منافسة على": no actor named
            subj = self.clause_subject(tr.i)  # "تمكنت من حصار التنظيم"
            if subj:
                ev.actors.append(subj)

    def besieged_person(self, tr: Trigger) -> bool:
        """The object of a siege is one man ("الرئيس هادي", "قيادي حوثي"): right after the trigger, after
        "على", or after the verb's subject (not "حصارا على المدنيين والمحافظ في تعز": a list)."""
        subject = next((m for m in self.mentions if m.kind == "actor" and m.i == tr.j), None)
        heads = {tr.j, subject.j if subject is not None else tr.j}
        heads |= {k + 1 for k in range(tr.j, min(tr.j + 3, len(self.tokens))) if self.tokens[k].key == "علي"}
        return any(k < len(self.tokens) and any(b in _PERSON_TITLES for _, b in clitic_candidates(self.tokens[k].key)) for k in heads)

    def title_country(self, m: Mention) -> bool:
        """A ل-country that completes a man's title ("منزل الرئيس الشرعي لليمن"): whose president, not
        the place struck."""
        if not m.prefix.endswith("ل") or not (self.is_country(m) or m.cls == "Country"):
            return False
        return any(b in _PERSON_TITLES for t in self.tokens[max(0, m.i - 3) : m.i] for _, b in clitic_candidates(t.key))

    def add_targets(self, tr: Trigger, ev: Event, event_type: str, targets: list[Mention]) -> None:
        """The objects (and, for control, the places they include); an attacked actor's place."""
        if event_type == "siege" and self.besieged_person(tr):  # "حاصر الحوثيون الرئيس هادي في صنعاء": the man,
            targets = [m for m in targets if not (m.kind == "place" and m.i > 0 and self.tokens[m.i - 1].key == "في")]  # not the city
        if event_type == "control" and targets:
            start = max(targets[-1].j, tr.j)
            part = next((t + 1 for t in range(tr.j, min(tr.j + 8, len(self.tokens))) if self.tokens[t].key in _PART_PRONOUN), 0)
            targets = targets + self.extent(max(start, part))  # "التي يسيطر التنظيم على مساحات منها، لا سيما X"
            if any(t.key in _COUNTRY_PARTS for t in self.tokens[tr.j : targets[0].i]):
                targets = [m for m in targets if not (m.kind == "place" and (self.is_country(m) or m.cls == "Country"))]
                # "يسيطر على مناطق واسعة في سوريا والعراق" (areas of the countries, not the countries), "بما فيها صنعاء"
        targets = [m for m in targets if not self.title_country(m)]
        for t in targets:
            if t.ref in ev.actors or t.ref in ev.targets:
                continue
            ev.targets.append(t.ref)
            if t.kind == "place":
                ev.places.append(t.ref)
        hit_actors = [t for t in targets if t.kind == "actor" and t.ref not in ev.actors]
        if event_type != "control" and tr.frame not in ("kill", "success") and hit_actors:
            loc = self.place_after(hit_actors[-1].j, 6)
            later = [t for t in targets if t.i > hit_actors[-1].i]
            if loc is not None and (later and loc.i >= later[0].i or self.elsewhere(hit_actors[-1].j, loc.i)):
                loc = None  # "على داعش، وقرب كركوك": the place is an object of its own
            if loc is not None and any(t.key in _LINKING for t in self.tokens[hit_actors[-1].j : loc.i]):
                loc = None  # "مواقع الحوثيين في المناطق الواصلة بين لحج وعدن": between the places, not in them
            if loc is not None and loc.i > 1 and self.tokens[loc.i - 1].key == "من" and self.tokens[loc.i - 2].key in _ORIGIN_WORDS:
                loc = None  # "هجمات على تنظيم داعش انطلاقا من قاعدة انجرليك": whence, not where
            for place in self.group_of(loc) if loc is not None else []:
                ev.places.append(place.ref)
                if event_type != "advance":
                    ev.targets.append(place.ref)  # "حصاره على الأحياء ... في المدينة", "على مواقع التنظيم في X"
        if event_type in ATTACK_EVENTS and not ev.places and (fronted := self.fronted_place(tr)) is not None:
            ev.places.append(fronted.ref)  # "وفي مأرب، شن طيران التحالف غارات على مواقع للحوثيين": there
            ev.targets.append(fronted.ref)

    def elsewhere(self, lo: int, hi: int) -> bool:
        """Tokens [lo, hi) between a hit actor and a place say it was not hit there: another attack or
        taking ("… الحوثيين في هجماتهم على X", "ضد الحوثيين اسهمت في استعادة عدن"), or where it was heading
        ("تعزيزات للحوثيين أثناء توجهها إلى منطقة بيحان")."""
        return any(t.key in _HEADING for t in self.tokens[lo:hi]) or any(
            x.event in ATTACK_EVENTS or x.event == "control" and x.frame == "noun" for x in find_triggers(self.tokens[lo:hi], self.lx))

    def fronted_place(self, tr: Trigger) -> Mention | None:
        """"وفي محافظة صعدة، شنت مقاتلات التحالف 44 غارة": a place set before the clause with "في"
        and a comma, or right before its verb ("وفي مأرب قصفت"), says where everything after it happened."""
        first = next((m for m in self.mentions if m.kind == "place"), None)
        if first is None or first.i > 2 or first.j > tr.i:
            return None
        k = first.j
        while k < tr.i:  # past the places and sides that stand between ("جنوب غربي المحافظة")
            side = direction_at(self.tokens, k, "noun")
            place = next((m for m in self.mentions if m.kind == "place" and m.i == k), None)
            anaphor = self.lx.place_anaphors.longest(self.tokens, k)
            step = side[1] if side else place.j - k if place else anaphor[0] if anaphor else 0
            if not step:
                break
            k += step
        if k == tr.i and first.i > 0 and self.tokens[first.i - 1].key in _FRONTED_IN:
            return first  # "وفي مأرب قصفت …", "وفي جبهة البلق جنوب غربي المحافظة استهدفت …": the verb right after
        comma = next((k for k in range(first.j, tr.i) if self.tokens[k].text in ("،", ",")), None)
        if comma is None or any(m.kind == "place" and first.j <= m.i < comma for m in self.mentions):
            return None  # "وفي محافظة صعدة التي تعد معقل الحوثيين، شنت …": a clause on it may stand before the comma
        return first if first.i > 0 and self.tokens[first.i - 1].key in _FRONTED_IN else None  # "وفي X،", "أما في X،"

    def lifter_before(self, tr: Trigger) -> bool:
        """"وأنهت قوات الشرعية حصارا … على عدن": a lifting verb, then its subject, then the siege."""
        subject = self.last_before(tr.i, ("actor",), 1)
        if subject is None or subject.i < 1:
            return False
        return "lift" in _cue_kinds(self.tokens, subject.i - 1, subject.i, self.lx)

    def lifted_siege(self, tr: Trigger, ev: Event) -> Event | None:
        """"فك الحصار الذي تفرضه قوات النظام على داريا": whoever lifts a siege does not lay it;
        only a besieger named by an agent cue makes a siege."""
        actor = self.agent_after(tr.j)
        if actor is None:
            return None
        ev.actors.append(actor.ref)
        for t in self.objects(actor.j, actor, ("place",)):
            ev.targets.append(t.ref)
            ev.places.append(t.ref)
        return ev if ev.targets else None

    def events(self) -> list[Event]:
        out = []
        for tr in find_triggers(self.tokens, self.lx):
            ev = self.build(tr)
            if ev is None and tr.event in ("control", "attack") and tr.frame == "noun" and (subj := self.intent_subject(tr)):
                self.topic.append((subj, tr.event))  # "لكن رجال المقاومة يحاولون السيطرة …. حيث تمكنوا من السيطرة":
                # who tried is who the next sentence's pronoun means
            if ev is not None:
                out.append(ev)
                self.built.append(ev)
                if tr.frame == "verb":
                    self.verb_triggered.add(ev.trigger_start)
                if ev.actors:
                    self.topic.append((ev.actors[0], ev.type))
        return out

    def alliances(self) -> None:
        """"المسلحين الموالين لها", "مدعومة بمليشيات": ck:alliedWith."""
        cues = _relation_cues()
        acts = [m for m in self.mentions if m.kind == "actor" and m.how != "source"]
        for m in acts:
            inside = next((t for t in range(m.i + 1, m.j) if cues.get(self.tokens[t].key) == "allied_after"), None)
            if inside is not None and m.j - 1 > inside and self.tokens[m.j - 1].key in _TO_PRONOUNS:
                prev = self._previous_any_actor(m)  # a lexicon name that says it: "المسلحين الموالين لها"
                if prev is not None:
                    self.doc.add_fact(m.ref, "alliedWith", prev.ref, self.index)
                continue
            k = m.j
            if k >= len(self.tokens):
                continue
            kind = cues.get(self.tokens[k].key)
            if kind not in ("allied_after", "allied_by"):
                continue
            nxt = self.actors_after(k + 1, 2)
            if nxt:
                other = nxt[0].ref
            elif kind == "allied_after" and k + 1 < len(self.tokens) and self.tokens[k + 1].key in _TO_PRONOUNS:
                prev = self._previous_any_actor(m)
                other = prev.ref if prev else ""
            else:
                continue
            if kind == "allied_by":  # "قوات النظام مدعومة بميليشيا الدفاع الوطني": the actor before the cue is the one backed
                if other != m.ref:
                    self.doc.add_fact(m.ref, "alliedWith", other, self.index)
                    self.doc.add_fact(other, "alliedWith", m.ref, self.index)
                continue
            patron_next = not nxt or nxt[0].i == k + 1  # "الموالي لهم", "الموالي لجماعة الحوثي"
            if m.how == "anaphor" and other != m.ref and patron_next:
                self.forget(m)  # "ومسلحي أنصار الله والجيش الموالي لهم": an army loyal to another is not the state's own
                continue
            self.doc.add_fact(m.ref, "alliedWith", other, self.index)

    def forget(self, m: Mention) -> None:
        """Unresolve a mention this sentence has shown to be read wrongly; it takes no part in events."""
        m.ref = ""
        self.mentions = [x for x in self.mentions if x is not m]
        self.starts = [x.i for x in self.mentions]
        if self.first_actor is m:
            self.first_actor = next((x for x in self.mentions if x.kind == "actor" and x.how != "source"), None)


def _sets(key: str) -> bool:
    """A form of the verb of setting an ambush ("ونصبت", "نصبوه", "ينصب")."""
    return key.removeprefix("و").startswith(_SET_STEMS)


def find_events(doc: Doc, lx: Lexicon) -> Doc:
    """Add the events of every sentence and their direct facts to ``doc``."""
    topic: list[tuple[str, str]] = []
    for index in range(len(doc.sentences)):
        se = SentenceEvents(doc, index, lx, topic)
        se.alliances()
        se.held_before_liberation()
        se.lost_to()
        doc.events.extend(drop_allies(doc, lx, se.events()))
    claimed_attacks(doc, doc.events)
    facility_owners(doc, lx, doc.events)
    without_places_across_borders(doc, lx, doc.events)
    without_unnamed_beside_named(doc, doc.events)
    for ev in doc.events:
        event_facts(doc, ev, lx)
    return doc


def without_unnamed_beside_named(doc: Doc, events: list[Event]) -> None:
    """"الغارات التركية على مواقع للتنظيم … إلى مقتل تسعة متطرفين مسلحين": armed men an attack
    hit beside a named side are that side's men, not a group of their own."""
    for ev in events:
        if ev.type != "clash" and UNIDENTIFIED in ev.targets and any(t in doc.actors for t in ev.targets if t != UNIDENTIFIED):
            ev.targets = [t for t in ev.targets if t != UNIDENTIFIED]


def _people_from(tokens: list[Token], m: Mention, lx: Lexicon) -> bool:
    """``m`` (or the list it ends) says where people come from: "سائحين من اليابان وبولندا", "مواطنين من مصر"."""
    k = m.i
    while k > 1 and tokens[k - 1].key != "من" and (tokens[k].key.startswith("و") and tokens[k - 1].kind == "word"):
        k -= 1  # back along the list: "من اليابان وبولندا"
    return k >= 2 and tokens[k - 1].key == "من" and any(b in lx.victims for _, b in clitic_candidates(tokens[k - 2].key))


def without_places_across_borders(doc: Doc, lx: Lexicon, events: list[Event]) -> None:
    """"كمين نصبه مسلحون قرب نامبالا قرب الحدود مع موريتانيا": the country across the border is
    neither where the event happened nor what it hit, unless the sentence names it otherwise too; nor is
    the country people come from ("أمطرا بالرصاص سائحين من اليابان وبولندا في متحف باردو")."""
    across: dict[int, set[str]] = {}  # sentence → places named only across a border, read once per sentence
    for ev in events:
        if ev.sentence not in across:
            beyond: set[str] = set()
            here: set[str] = set()
            for m in doc.mentions[ev.sentence]:
                if m.kind == "place" and m.ref:
                    tokens = doc.tokens[ev.sentence]
                    (beyond if across_border(tokens, m.i) or _people_from(tokens, m, lx) else here).add(m.ref)
            across[ev.sentence] = beyond - here
        beyond = across[ev.sentence]
        if beyond:
            ev.places = [p for p in ev.places if p not in beyond]
            ev.targets = [t for t in ev.targets if t not in beyond]


def facility_owners(doc: Doc, lx: Lexicon, events: list[Event]) -> None:
    """"استهدف نقطة تفتيش تابعة للحوثيين في مديرية رداع": the place that holds an attacked facility
    is attacked too, and so is whoever holds the facility, named after it with ل or ب past its
    qualifier or "تابعة"/"خاصة"."""
    holder = _text_holders(doc, lx)
    for ev in events:
        if ev.type not in ATTACK_EVENTS:
            continue
        tokens, ms = doc.tokens[ev.sentence], doc.mentions[ev.sentence]
        for m in ms:
            if not (m.facility and m.ref in ev.targets):
                continue
            k = m.j
            while k < min(m.j + 3, len(tokens)) and not any(x.i == k for x in ms):
                k += 1  # past "تفتيش", "تابعة"
            owner = next((x for x in ms if x.i == k and x.kind == "actor" and x.ref and x.prefix.endswith(("ل", "ب"))), None)
            if owner is not None and owner.ref not in ev.targets and owner.ref not in ev.actors:
                ev.targets.append(owner.ref)
            town = holder.get(m.ref, "")
            if town and town not in ev.targets:
                ev.targets.append(town)
                if town not in ev.places:
                    ev.places.append(town)


def _claims(doc: Doc, ev: Event) -> bool:
    """A claim of responsibility or an attribution stands before the attack noun ("وتبنت حركة طالبان
    الهجوم", "أعلن التنظيم مسؤوليته عن التفجير", "ونسب الوزير الهجوم إلى داعش"), which is then the
    attack told before."""
    before = [t for t in doc.tokens[ev.sentence] if t.end <= ev.trigger_start]
    cues = _relation_cues()
    return any(base in _CLAIM_VERBS or t.key in _CLAIM_NOUNS or cues.get(base) == "attributed"  # "ونسب الهجوم إلى X"
               for t in before for _, base in clitic_candidates(t.key))


def _denied(doc: Doc, ev: Event) -> bool:
    """A denial in the five words before the attack noun: "ونفت حركة طالبان مسؤوليتها عن الهجوم"."""
    before = [t for t in doc.tokens[ev.sentence] if t.end <= ev.trigger_start]
    return denied_before(before, len(before), 5)


def claimed_attacks(doc: Doc, events: list[Event]) -> None:
    """"قتل 20 في تفجير استهدف سوقا في قندوز. وتبنت حركة طالبان الهجوم": a claim with no target
    of its own names the doer of the last attack without one, told at most six sentences before;
    the claimed attack hit what that one hit."""
    for ev in events:
        if ev.type not in ATTACK_EVENTS or not ev.actors or ev.targets or not _claims(doc, ev) or _denied(doc, ev):
            continue
        if not match_key(ev.trigger).removeprefix("و").startswith("ال"):
            continue  # "تبنى الحزب هجوما بسيارة مفخخة …": a new attack, told in full where it is named
        earlier = [e for e in events if e.type in ATTACK_EVENTS and e.places and set(e.actors) <= {UNIDENTIFIED}
                   and (ev.sentence - 6 <= e.sentence < ev.sentence or e.sentence == ev.sentence and e.trigger_start < ev.trigger_start)]
        # (or earlier in its own sentence: "استهدفت قنبلة مركبة للدرك …، وتبنى حزب العمال الكردستاني الهجوم")
        if earlier:
            ev.places = list(earlier[-1].places)
            same = earlier[-1].sentence == ev.sentence  # the side hit too, when told in the same sentence
            ev.targets = [t for t in earlier[-1].targets if t in ev.places or same and t in doc.actors]
            if earlier[-1].actors:  # "فتح مسلحان النار على القنصلية … ونسب الهجوم إلى حزب العمال": the gunmen are named now
                earlier[-1].actors = list(ev.actors)


def drop_allies(doc: Doc, lx: Lexicon, events: list[Event]) -> list[Event]:
    """An actor's allies are not its targets or its enemies in a clash; a whole country is
    not "controlled", "advanced on" or "attacked" as a place in a report about a front."""
    out = []
    observers = _observers()
    for ev in events:
        ev.actors = [a for a in ev.actors if a not in observers]  # monitors and envoys report, they do not fight
        if ev.type == "clash":
            ev.targets = [t for t in ev.targets if t not in observers]
        if ev.type != "clash":  # "غارات في سوريا والعراق": a country is where, not what, is hit
            ev.targets = [t for t in ev.targets if place_kind(doc, lx, t) != "country" or t in doc.actors
                          or _struck_country(doc, ev, t) or _held_part_of_country(doc, ev, t)]
        if not (ev.type == "clash" and _allies_fought(doc, ev)):
            ev.targets = [t for t in ev.targets if not any(allied(doc, lx, a, t) for a in ev.actors)]
        if ev.actors or ev.targets:
            if ev.type == "clash" and not ev.targets:
                continue
            out.append(ev)
    return out


def _allies_fought(doc: Doc, ev: Event) -> bool:
    """"اندلعت اشتباكات بين مسلحي الحوثيين من جهة وقوات صالح من جهة أخرى": allies both named after
    "بين" as the sides of a fight did fight; not "بين ميليشيات الحوثي وصالح", one name of the pair
    whose other side the sentence leaves out."""
    tokens = doc.tokens[ev.sentence]
    end = host_end(ev, tokens)
    b = next((k for k in range(end, min(end + 14, len(tokens))) if tokens[k].key == "بين"), None)
    if b is None:
        return False
    stop = next((k for k in range(b, len(tokens)) if tokens[k].kind == "punct" and tokens[k].text not in QUOTE_MARKS), len(tokens))
    after = [m for m in doc.mentions[ev.sentence] if m.kind == "actor" and b < m.i < stop]
    if not after or after[0].i > b + 2:
        return False  # "بين الطرفين منذ زحف الحوثيين وقوات صالح": the sides are named elsewhere
    named = {m.ref for m in after}
    if named != set(ev.actors) | set(ev.targets):
        return False  # "بين رجال المقاومة وقوات الجيش وبقايا القناصة التابعين للميليشيات": a third party is the foe
    second = [m for m in after if m.ref in ev.targets]
    # each of the other side a conjunct of its own name ("وقوات صالح"), not "مدعومة بقوات الدفاع الوطني"
    return set(ev.actors) <= named and bool(second) and all(
        m.j - m.i > 1 and (m.prefix.startswith("و") or tokens[m.i - 1].key.startswith("و")) for m in second)


def _struck_country(doc: Doc, ev: Event, pid: str) -> bool:
    """"وضاعفت حركة الشباب هجماتها على كينيا": an attack "on" or "against" a country, named right
    after the trigger (past an adjective or two), hits it."""
    if ev.type not in ATTACK_EVENTS:
        return False
    tokens = doc.tokens[ev.sentence]
    end = host_end(ev, tokens)
    return any(m.ref == pid and m.kind == "place" and end < m.i <= end + 3 and tokens[m.i - 1].key in _AGAINST
               for m in doc.mentions[ev.sentence])


def _held_part_of_country(doc: Doc, ev: Event, pid: str) -> bool:
    """"وسيطر تنظيم داعش على مساحات كبيرة من سورية والعراق": control of large parts "of" a country
    named right after the extent words holds part of it (not "غارات في سوريا")."""
    if ev.type != "control":
        return False
    tokens = doc.tokens[ev.sentence]
    end = host_end(ev, tokens)
    places = [m for m in doc.mentions[ev.sentence] if m.kind == "place"]
    for n, m in enumerate(places):
        if m.ref != pid or m.how == "anaphor":
            continue  # "على أجزاء كبيرة من البلاد": which country "البلاد" is may be wrong; a name is not
        while n > 0 and m.prefix.startswith("و") and places[n - 1].j == m.i:
            n, m = n - 1, places[n - 1]  # "من سورية والعراق": the list's first country
        on = next((k for k in range(m.i - 1, max(end, m.i - 6) - 1, -1) if tokens[k].key == "علي"), None)
        if on is not None and m.i - on >= 3 and tokens[m.i - 1].key in ("من", "في") \
                and all(t.key in _HELD_WORDS or t.key in _AREA_WORDS for t in tokens[on + 1 : m.i - 1]):  # "على مناطق واسعة في اليمن"
            return True
    return False


def place_kind(doc: Doc, lx: Lexicon, pid: str) -> str:
    p = doc.places.get(pid) or lx.places.get(pid)
    return p.kind if p else ""


def event_facts(doc: Doc, ev: Event, lx: Lexicon) -> None:
    """The direct triples an event states."""
    if ev.type == "clash":
        for a in ev.actors:
            for b in ev.targets:
                doc.add_fact(a, "clashesWith", b, ev.sentence)
        return
    rel = _EVENT_RELATION.get(ev.type)
    if rel is None:
        return
    # an attack with no target named struck where it happened: "شنت حركة الشباب هجمات أخرى في كينيا",
    # "تنفذ ضربات في أفغانستان" (the most precise place, first)
    targets = ev.targets or (ev.places[:1] if rel == "attacks" and _struck_where_it_happened(doc, ev, lx) else [])
    for a in ev.actors:
        for t in targets:
            if rel in ("controls", "advancesOn") and t not in doc.places:
                continue
            doc.add_fact(a, rel, t, ev.sentence, o_place=t in ev.places)


_UNASSERTED_ATTACK_CUES = words("unasserted_attack_cue")  # "هدد بشن هجمات في", "قد يشن", "دعا إلى وقف الغارات في"


def _struck_where_it_happened(doc: Doc, ev: Event, lx: Lexicon) -> bool:
    """An attack with no target, told as done (not threatened, possible, called off or denied: no cue of
    that kind in the six words before it), took place in its first place; not a country whose own
    forces made it ("شنت الطائرات السورية غارات في سوريا" says nothing new)."""
    tokens = doc.tokens[ev.sentence]
    i = next((k for k, t in enumerate(tokens) if t.start == ev.trigger_start), None)
    if i is None or not ev.places:
        return False
    before = tokens[max(0, i - 6) : i]
    if any(b in _UNASSERTED_ATTACK_CUES for t in before for _, b in clitic_candidates(t.key)) \
            or _cue_kinds(tokens, i - 6, i, lx) & {"intent", "negation", "purpose", "threat"} \
            or "hypothetical" in _cue_kinds(tokens, i - 2, i, lx):  # "أي هجوم" right before it (not "أي حتى ما قبل الهجوم")
        return False
    place = ev.places[0]
    return not (place in lx.places and lx.places[place].kind == "country"
                and any(is_state_force(a, lx) and _actor_countries().get(a) == place for a in ev.actors))


@lru_cache(maxsize=1)
def _weapon_forms() -> list[tuple[str, ...]]:
    forms = [tuple(match_key(r["form"]).split()) for r in read_tsv("weapons.tsv")]
    return sorted(forms, key=len, reverse=True)


@lru_cache(maxsize=1)
def _weapon_events() -> dict[tuple[str, ...], str]:
    return {tuple(match_key(r["form"]).split()): r["event"] for r in read_tsv("weapons.tsv") if r["event"]}


@lru_cache(maxsize=1)
def _weapon_users() -> dict[tuple[str, ...], str]:
    return {tuple(match_key(r["form"]).split()): r["user"] for r in read_tsv("weapons.tsv") if r.get("user")}


def _weapon_user(tokens: list[Token], lo: int, hi: int) -> str:
    """The force a weapon named in tokens[lo:hi] implies ("بالبراميل": the Syrian air force), or ""."""
    users = _weapon_users()
    for i in range(lo, min(hi, len(tokens))):
        firsts = {b for _, b in clitic_candidates(tokens[i].key)}
        for form, user in users.items():
            if form[0] in firsts and tuple(t.key for t in tokens[i + 1 : i + len(form)]) == form[1:]:
                return user
    return ""


def _text_holders(doc: Doc, lx: Lexicon) -> dict[str, str]:
    """The place the text puts each place the gazetteer lacks in or beside (its first partOf or
    sideOf fact): a facility's town, a neighbourhood's city, the city of "غرب الرمادي"."""
    holder: dict[str, str] = {}
    for f in doc.facts:
        if f.rel in ("partOf", "sideOf") and f.source == "text" and f.s not in lx.places and f.s in doc.places:
            holder.setdefault(f.s, f.o)
    return holder


def attach_place_holders(doc: Doc, lx: Lexicon) -> Doc:
    """An event at a place the gazetteer lacks (a facility, a neighbourhood, "غرب الرمادي")
    took place in the place the text puts it in or beside too: such a place has no
    coordinates of its own, and a casualty count names the town."""
    holder = _text_holders(doc, lx)
    for ev in doc.events:
        for p in list(ev.places):
            if p in holder and holder[p] not in ev.places:
                ev.places.append(holder[p])
    return doc


def attach_weapons(doc: Doc, lx: Lexicon) -> Doc:
    """ck:weapon of attack events: the first weapon phrase of their sentence, as written."""
    forms = _weapon_forms()
    for ev in doc.events:
        if ev.type not in ("attack", "airstrike", "shelling", "missile") or ev.weapon:
            continue
        tokens = doc.tokens[ev.sentence]
        for i, tok in enumerate(tokens):
            firsts = {b for _, b in clitic_candidates(tok.key)}
            hit = next((f for f in forms if f[0] in firsts and tuple(t.key for t in tokens[i + 1 : i + len(f)]) == f[1:]), None)
            if hit:
                start = tok.start + (len(tok.text) - len(tok.text.lstrip("وبلف")) if tok.key not in {hit[0]} else 0)
                ev.weapon = doc.article.text[start : tokens[i + len(hit) - 1].end]
                refined = _weapon_events().get(hit)
                if refined and ev.type in ("attack", "shelling") and refined != "shelling":
                    ev.type = refined  # "قصف لطائرات حربية" is an air strike
                break
    return doc
