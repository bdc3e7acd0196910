"""Trigger words of a sentence: the words that say an event happened, with their frame.

Triggers come from lexicon/data/triggers.tsv (a leading و/ف is allowed; ل marks purpose);
a form that is both verb and noun ("قصف") reads as a noun after a preposition. A future verb
that governs a trigger ("ستقصف", "سيشن هجوماً") and the cue words around it
(lexicon/data/cues.tsv) are read here too, so the event stage can tell stated events
from intended ones.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from kg.extract.cues import SUCCESS_REACH, _cue_forms
from kg.lexicon.grammar import words
from kg.lexicon.lexicon import Lexicon
from kg.text.normalize import without_final_marks
from kg.text.tokens import QUOTE_MARKS, Token, clitic_candidates, known_names, word_counts

_RELATIVE = words("relative")
_INFLICT_VERBS = words("inflict_verb")  # "أوقعت X خسائر في صفوف Y": a trigger only before a loss noun
_LOSS_NOUNS = words("loss_noun")
_GOVERNING_PREPOSITIONS = words("governing_preposition")  # what a verb governs its noun by
_FUTURE_JOIN = words("future_join")  # "ستشارك في عمليات"
_STRIKES = frozenset({"attack", "shelling", "airstrike", "missile"})  # mentions.ATTACK_EVENTS (mentions imports this module)
_FUTURE_LIGHT = words("future_light_verb")
_FUTURE_CONTROL_LIGHT = words("future_control_light")  # "وسيبسط المقاومون سيطرتهم": a holding ahead
_FUTURE_PREDICATE = words("future_predicate")  # "السيطرة على X سيعني", "ستكون": what taking X would be or bring
_NOUN_CONTEXT = words("noun_context")
_CLAUSE_NOUNS = words("clause_noun")  # nouns of noun_context that an unmarked verb may describe
_AIM_NOUNS = words("aim_noun")  # "أعلن بدء عملية تحرير": an aim between the announcement and the noun
_ANNOUNCE = words("announce_verb")  # "أعلنت المقاومة تحرير X": done
_RESULTED = words("result")  # "أدى لاستعادة", "أسفر عن": led to it, so it happened
_BACKGROUND = words("background")  # "بعد استرداد المقاومة لمدينة الحوطة": done before what the sentence tells
_OPERATION_NOUNS = words("operation_noun")  # "عمليات لاسترداد المدينة": an attack on the place to retake
_LAUNCH_VERBS = words("launch_verb")  # "شنت قوات الأمن الأفغانية عملية عسكرية", "يكثفون عملياتهم"
_CLAIMS = words("claim_verb") | words("claim_noun")  # "تبنت X قتل شرطيين", "مسؤوليتهم عن قتل نائب"
_STRIKE_IDIOMS = words("strike_idiom")  # "ضرب طوقا", "ضرب حصارا", "ضرب موعدا": not a strike
_DENY = words("deny_word")  # "نفى X تبنيه", "رفض إلقاء اللوم على X"
_CLAIMED_KILLINGS = words("claimed_killing")  # "قتل", "اغتيال": an attack once claimed
_EXCHANGE = words("exchange_verb")  # "تبادلت X وY إطلاق النار", "تبادلت X إطلاق النيران مع Y"
_FIRING = words("firing_noun")
_BEGIN_VERBS = words("begin_verb")  # "بدأت تركيا في مهاجمة": the subject does what it began
_DEGREE_WORDS = words("degree_word")  # "الأكثر استهدافا": a degree, not an event
_STOPPED = words("stop_word")  # "وقف الحملة", "قبل الحملة": an attack noun stopped or still to come
_CEASE = words("cease_word") | _STOPPED  # "وقف إطلاق النار", "بعد إطلاق النار": no fire exchanged
_OPEN_FIRE = words("open_fire_verb")  # "فتحت قوات النظام نيران رشاشاتها على X"
_DETONATE = words("detonate_verb")  # "فجر": a bombing only with a charge after it (_detonates)
_CHARGES = words("charge")  # what is detonated: "نفسه", "عبوة", "حزاما ناسفا"
_FIRE_NOUNS = words("fire_noun")
_FIRED_NOUNS = words("fired_noun")  # "إطلاق القذائف على": shells fired at a target
_BETWEEN_ANTECEDENT = words("between_antecedent")  # "اللذين ما يزالان تحت سيطرة"
_HANDS_LEAD = words("hands_lead")  # "باتت بأيدي X", "سقوط X في أيدي Y": a holding
_ABSTRACT_ENEMIES = words("abstract_enemy")  # "الحرب على الإرهاب": an idea, not a side
_AIMED_AT = words("aimed_at")  # "على", "باتجاه": whom a firing is aimed at
_LAUNCHERS = words("launcher_noun")  # "منصات إطلاق الصواريخ": the launchers, where they stand
_KILLED_ON_SUCCESS = _CLAIMED_KILLINGS | words("killed_on_success")  # "تمكنت القوات من قتل/تصفية …": an attack
_ACTIVE_KILL = words("active_kill_verb")  # "قتل الجيش التركي 12 مسلحا": a verb as well as a noun
HANDS = words("hands_noun")  # "على يد X", "على أيدي X": the doer
_CRIME_TRIGGERS = words("crime_trigger")  # "الجريمة التي نفذها X": an attack when its doer is named
_CRIME_ADJECTIVES = words("crime_adjective")
_PERPETRATED = words("perpetrated_pronoun_verb")  # "نفذها", "ارتكبها": the noun before is what was done
_UNDERTAKE = words("undertake_verb")  # "أقدمت X على مهاجمة": X did it
_COMPLETED = words("completed_passive")  # "تم تحرير X من قبل Y": done, its doer named after


@dataclass
class Trigger:
    i: int
    j: int
    event: str
    frame: str
    prefix: str


_SUFFIXES = ("هما", "هم", "ها", "تا", "وا", "ون", "ه", "ا")  # "ون": a present plural ("يقصفون المدنيين")


def _suffixed_trigger(token: Token, lx: Lexicon, prefixes=("و", "ف", "ب", "وب")):
    """A one-word trigger with a suffix: "استهدافها", "أطلقتها", "استهدفا", "سيطرا"
    (``prefixes``: the proclitics allowed; ل marks purpose, so it is not one by default)."""
    for prefix, base in clitic_candidates(token.key):
        if prefix and prefix not in prefixes:
            continue
        for suf in _SUFFIXES:
            if suf == "ه" and without_final_marks(token.text).endswith("ة"):
                continue  # "ضربات قاتلة": a taa marbuta, no pronoun ("قاتله": fought him)
            if base.endswith(suf) and len(base) - len(suf) >= 3:
                stem = base[: -len(suf)]
                for form in (stem, stem[:-1] + "ه") if stem.endswith("ت") and suf[0] == "ه" else (stem,):
                    hit = lx.triggers.longest([Token(0, 0, "", form, "word")], 0, clitics=False)  # "محاصرته": محاصرة
                    if hit and hit[0] == 1 and (suf != "ون" or hit[2][0][0] in _STRIKES and hit[2][0][1] == "verb"):
                        return 1, prefix, hit[2]  # ("يقصفون" strikes; "يحاصرون في", "يخضعون ل" are as often passive)
    return None


def find_triggers(tokens: list[Token], lx: Lexicon) -> Iterator[Trigger]:
    """Trigger words of a sentence (a leading و/ف is allowed; ل marks purpose).

    A form that is both verb and noun ("قصف") is a noun after a preposition or
    with a ب/ل prefix ("في قصف", "بقصف").
    """
    i = 0
    taken = -1  # where the last taking told as done ended ("بعد سيطرة المقاومة على لحج وتحرير عدن": the second is done too)
    while i < len(tokens):
        hit = lx.triggers.longest(tokens, i) or _suffixed_trigger(tokens[i], lx)
        if hit:
            n, prefix, payloads = hit
            event, frame = payloads[0]
            prev = tokens[i - 1].key if i > 0 else ""
            verbal = tokens[i].key.startswith(("ي", "ت")) or tokens[i].key.startswith("است") and tokens[i].key.endswith("ت")
            clause_on_noun = prev in _CLAUSE_NOUNS and not prefix and verbal \
                and not any(p[1] != "verb" for p in payloads)  # "حملة تستهدف ناشطين", "عملية استهدفت": a verb on the noun
            # (not "عملية استعادتها": the noun with its pronoun)
            if frame == "verb" and (prefix.endswith(("ب", "ل")) or prev in _NOUN_CONTEXT and not clause_on_noun):
                frame = "noun"
            if event in _STRIKES and frame != "verb" and i > 0 and tokens[i - 1].key in _DEGREE_WORDS:
                i += n  # "شباب المملكة الأكثر استهدافًا": how much a kind is targeted, no attack
                continue
            if i + n < len(tokens) and tokens[i + n].key in _STRIKE_IDIOMS and tokens[i].key.endswith("ضرب"):
                i += n  # "تمكنت قوات الأمن من ضرب طوق أمني": to set a cordon, not to strike
                continue
            if event == "control" and frame in ("success", "noun") and "ل" not in prefix \
                    and (_after_it(tokens, i) or _completed_before(tokens, i) or i > 1 and operation_prefix(tokens[i - 1]) == "" and _after_it(tokens, i - 1)) \
                    and agent_marker_after(tokens, i + n, lx) is not None \
                    and not succeeded_before(tokens, i, lx):
                yield Trigger(i, i + n, event, "taken_by", prefix)  # "بعد استعادته الأسبوع الماضي من قبل المقاومة"
                i += n
                continue
            if event == "control" and frame in ("success", "noun", "verb") and _completed_before(tokens, i) \
                    and i > 1 and tokens[i - 2].key in _RELATIVE:
                i += n  # "عدن … التي تم استعادتها مؤخرا": a passive relative, no holder named (but "وتمت السيطرة
                continue  # على منطقة جولدمور" goes on with the clause's subject)
            if frame == "success":  # "تمكنوا من تحرير X" is control; "عملية تحرير X" is not (yet)
                done = succeeded_before(tokens, i, lx)  # "تمكن المقاتلون الأكراد من طرد"
                if not done and (not prefix and _after_it(tokens, i) or resulted_in(tokens, i, prefix)) \
                        and _doer_then_place(tokens, i + n, lx):
                    done, frame = True, "noun"  # "بعد استرداد المقاومة لمدينة الحوطة": the genitive did it
                if not done and prefix == "و" and 0 <= taken < i and i - taken <= 8 \
                        and not any(t.kind == "punct" for t in tokens[taken:i]) and i + n < len(tokens) \
                        and (place_noun(tokens[i + n], lx) or lx.place_names.longest(tokens, i + n)):
                    done, frame = True, "noun"  # "بعد السيطرة الكاملة للمقاومة على محافظة الضالع ولحج وتحرير مدينة أبين"
                if not done and not (_announced(tokens, i, lx) and "ل" not in prefix):  # not "لتحرير": a purpose
                    i += n
                    continue
            if frame == "kill" and tokens[i].key.removeprefix("و") in _INFLICT_VERBS \
                    and not any(t.key in _LOSS_NOUNS for t in tokens[i + n : i + n + 6]):
                i += n  # "وأوقع 32 قتيلا ونسب إلى التنظيم": the toll of an attack named before, no new one
                continue
            if frame == "hands":  # "باتت بأيدي المقاومة", "سقوط تدمر في أيدي داعش": held, after a copula or a fall
                if not _held_in_hands(tokens, i, lx):
                    i += n
                    continue
                frame = "under"
            if frame == "performed" and not _performed(tokens, i, prefix, lx):
                i += n  # "يخططون لمهاجمة جنود", "اختار أن يستهل الجلسة بمهاجمة سلطته"
                continue
            if frame == "performed":
                frame = "noun"
            siege = _siege_undergone(tokens, i + n, lx) if frame == "under" and event == "control" else None
            if siege is not None:  # "القاعدة التي تخضع لحصار من قبل المقاومة", "تخضع مدينة مضايا لحصار تفرضه قوات النظام":
                yield Trigger(siege, siege + 1, "siege", "undergone", "ل")  # under siege, not under control
                i = siege + 1
                continue
            if frame == "between":  # "المعركة التي دارت بين X وY"; not "لإدارة المعركة"
                if not any(t.key == "بين" for t in tokens[i + n : i + n + 5]):
                    i += n
                    continue
                frame = "noun"
            if frame == "campaign":  # "حملة جوية ضد التنظيم" is an attack; "حملة اعتقالات" is not
                window = next((k for k in range(i + n, min(i + n + 8, len(tokens))) if tokens[k].kind == "punct"), i + n + 8)
                civil = "non_military" in _cue_kinds(tokens, i + n, window, lx)  # "حملة إعلامية ضد تركيا", "حملة على مواقع التواصل"
                aimed = any(t.key in ("ضد", "علي") for t in tokens[i + n : window])  # "حملة قوات النظام وحزب الله على المدينة"
                if event == "clash":
                    aimed = _war_aimed(tokens, i + n, window)
                if tokens[i + n - 1].key in _FIRE_NOUNS | _FIRED_NOUNS:  # "إطلاق النار على دورية": at whom, right after the fire
                    reach = 1 if tokens[i + n - 1].key in _FIRE_NOUNS else 4  # "إطلاق قذائف الهاون والصواريخ على"
                    span = tokens[i + n : min(i + n + reach, window)]
                    span = span[: next((k for k, t in enumerate(span) if t.key in _RELATIVE), len(span))]  # not "التي يستخدمها المتمردون على"
                    aimed = any(t.key in _AIMED_AT for t in span) \
                        and not any(exchanges_fire(tokens, x) is not None for x in range(max(0, i - 10), i))
                    if tokens[i + n - 1].key in _FIRED_NOUNS and (
                            i > 0 and any(b in _LAUNCHERS for _, b in clitic_candidates(tokens[i - 1].key))
                            or _cue_kinds(tokens, i - 4, i, lx) & {"threat", "intent"} or denied_before(tokens, i, 5)):
                        aimed = False  # "منصات إطلاق صواريخ على الحدود", "هدد بإطلاق", "نفى إطلاق": nothing fired at anyone
                    # (not "وتبادل الحوثيون والمقاومة إطلاق النار على أطراف المدينة": an exchange, read as a clash)
                retaking = _retaking(tokens, i + n, window, lx) and not _purpose_verb_before(tokens, i)
                ceased = i > 0 and (tokens[i - 1].key in _STOPPED or tokens[i - 1].key in _CEASE and tokens[i + n - 1].key in _FIRE_NOUNS | _FIRED_NOUNS)
                # "وقف إطلاق النار على جميع الجبهات": a ceasefire; "بعد إطلاق النار": after the firing (not "بعد الحملة
                # التي أطلقتها تركيا ضد حزب العمال": a campaign that came before)
                launched = event != "clash" and _launched(tokens, i)  # a war is read only where it is aimed at a side
                if civil or ceased or not (aimed or retaking or launched):  # "عملية عسكرية لاستعادة جامعة الأنبار"
                    i += n
                    continue
                frame = "noun"
            if event in _STRIKES and frame == "noun" and "non_military" in _cue_kinds(tokens, i + n, i + n + 1, lx):
                i += n  # "تكثيف الهجوم الإعلامي على البحرين": words, not arms
                continue
            yield Trigger(i, i + n, event, frame, prefix)
            if event == "control" and frame in ("noun", "verb", "success") and "ل" not in prefix:
                taken = i + n
            i += n
        elif any(b in _CRIME_TRIGGERS for _, b in clitic_candidates(tokens[i].key)) and _perpetrated_after(tokens, i + 1):
            yield Trigger(i, i + 1, "attack", "noun", "")  # "وأدان الجريمة التي نفذها تنظيم داعش في مسجد"
            i += 1
        elif tokens[i].key in _CLAIMED_KILLINGS and _claimed(tokens, i):
            yield Trigger(i, i + 1, "attack", "noun", "")  # "وتبنت الحركة قتل شرطيين في جيلان بينار"
            i += 1
        elif exchanges_fire(tokens, i) is not None:
            yield Trigger(i, i + 1, "clash", "exchange", "")  # "تبادلت القوات الهندية والباكستانية إطلاق النار"
            i += 1
        elif _opens_fire(tokens, i):
            yield Trigger(i, i + 1, "attack", "verb", "")  # "فتحت قوات النظام نيران رشاشاتها الثقيلة على مناطق في X"
            i += 1
        elif _detonates(tokens, i):
            yield Trigger(i, i + 1, "attack", "detonate", "")  # "فجر انتحاري نفسه داخل مسجد", "فجر مسلحون عبوة ناسفة"
            i += 1
        elif tokens[i].key in _KILLED_ON_SUCCESS and i > 0 and tokens[i - 1].key == "من" and succeeded_before(tokens, i, lx):
            yield Trigger(i, i + 1, "attack", "success", "")  # "تمكنت الفرقة السابعة من قتل قيادي في تنظيم داعش"
            i += 1
        elif tokens[i].key.removeprefix("و") in _ACTIVE_KILL:
            yield Trigger(i, i + 1, "attack", "kill", "و" if tokens[i].key.startswith("و") else "")  # "قتل الجيش التركي 12 مسلحا"
            i += 1  # (the reader wants the killer next to it and the side after: a passive "قتل 5 جنود" gives nothing)
        else:
            operation = operation_prefix(tokens[i])
            if operation is not None and not _purpose_verb_before(tokens, i) and (
                    _retaking(tokens, i + 1, i + 4, lx) or _fought_operation(tokens, i, lx)):
                yield Trigger(i, i + 1, "attack", "noun", operation)  # "لعمليات لاسترداد المدينة"
            i += 1


def _siege_undergone(tokens: list[Token], k: int, lx: Lexicon) -> int | None:
    """After "تخضع/الخاضعة", the first noun with ل in the clause ("لحصار", "للحصار"), if it is a
    siege: what the place is subjected to."""
    for t in range(k, min(k + 5, len(tokens))):
        if tokens[t].kind == "punct":
            return None
        hit = lx.triggers.longest(tokens, t) if tokens[t].key.startswith("ل") else None
        if hit is not None and hit[1].startswith("ل"):
            return t if hit[2][0][0] == "siege" else None
    return None


def success_verb_before(tokens: list[Token], i: int, lx: Lexicon) -> int | None:
    """The success verb ("تمكن", "استطاع") that governs the event noun at i, the nearest first. Its
    complement "من" right before the noun lets the verb stand further back, past a long subject and
    asides: "وتمكنت قوات الجيش الوطني والمقاومة الشعبية اليمنية، بدعم من قوات التحالف، أمس، من تحرير"."""
    reach = 2 * SUCCESS_REACH if i > 0 and tokens[i - 1].key == "من" else SUCCESS_REACH
    return next((k for k in range(i - 1, max(-1, i - reach - 1), -1) if "success" in _cue_kinds(tokens, k, k + 1, lx)), None)


def succeeded_before(tokens: list[Token], i: int, lx: Lexicon) -> bool:
    """A success verb governs the event noun at i ("تمكنوا من تحرير")."""
    return success_verb_before(tokens, i, lx) is not None


def _held_in_hands(tokens: list[Token], i: int, lx: Lexicon) -> bool:
    """A copula, a fall or a liberation ("باتت", "لا تزال", "سقوط", "تحرير") at most eleven words before
    "بيد/في أيدي" at ``i``, with no punctuation between: the place between is held by the actor after
    (not "قتل بيد", "بيد أن", nor with a killing in the clause: "ما أدى إلى مقتل مدنيين في حلب بيد داعش")."""
    lead = False
    for k in range(i - 1, max(-1, i - 12), -1):
        if tokens[k].kind == "punct" and tokens[k].text not in ("/", *QUOTE_MARKS):  # "في اذار/مارس"
            break
        bases = [b for _, b in clitic_candidates(tokens[k].key)]
        if any(b in _HANDS_LEAD or b in _BETWEEN_ANTECEDENT for b in bases):
            lead = True  # "وتقع مدينة الرمادي في قبضة", "سقوط تل أبيض بيد"
        elif any(b in lx.kill_words for b in bases):
            return False  # by whose hand they died
    return lead


def _performed(tokens: list[Token], i: int, prefix: str, lx: Lexicon) -> bool:
    """"قامت الميليشيا بمهاجمة مواقع المقاومة", "استطاع الحوثيون اجتياح نصف مديريات عدن": a noun
    that is an event only as what a subject did or managed to do (not a plan, a call or a speech)."""
    if succeeded_before(tokens, i, lx):
        return True
    return performing_verb_before(tokens, i, prefix) is not None



def _war_aimed(tokens: list[Token], start: int, end: int) -> bool:
    """A war is fought against a side named right after its "ضد/على": "في حربها ضد جماعة الشباب",
    "حربا على الإرهاب» ضد حزب العمال"; not a war on an idea whose "ضد" belongs to a later
    noun ("حربا على الإرهاب … تشمل توجيه ضربات ضد داعش")."""
    k = next((k for k in range(start, min(end, len(tokens))) if tokens[k].key in ("ضد", "علي")), None)
    if k is None:
        return False
    if k + 1 < len(tokens) and tokens[k + 1].key.removeprefix("ال") in _ABSTRACT_ENEMIES:
        return any(t.key == "ضد" for t in tokens[k + 2 : k + 4])  # past a closing quote: "«حربا على الإرهاب» ضد"
    return True

def performing_verb_before(tokens: list[Token], i: int, prefix: str, ends: Callable[[int], bool] | None = None,
                           bare: bool = True) -> int | None:
    """The verb of doing or beginning whose subject does the noun at ``i``: "قامت X بقصف", "بدأت
    X بقصف", "بدأت في مهاجمة", "بدأت X مهاجمة" (a beginning with no preposition at most four words
    back, and only where ``bare``: a noun that is an event only so); not past a token where ``ends``
    (by default any punctuation: "اف-16" is no break for a caller that knows clauses)."""
    if not prefix and i > 1 and tokens[i - 1].key == "علي":  # "أقدمت الميليشيات على مهاجمة منازل المواطنين"
        for k in range(i - 2, max(-1, i - 8), -1):
            if ends(k) if ends is not None else tokens[k].kind == "punct":
                return None
            if tokens[k].key == "علي":
                return None  # "وأقدم التحالف على الرد على هجمات الحوثيين": only the first على's noun is what was done
            if any(base in _UNDERTAKE for _, base in clitic_candidates(tokens[k].key)):
                return k
        return None
    into = not prefix and i > 0 and tokens[i - 1].key == "في"
    bare = bare and not prefix and not into  # "بدأت أنقرة مهاجمة تنظيم الدولة": begun, its subject between, no preposition
    if not prefix.endswith("ب") and not into and not bare:
        return None  # (not "بدأ الحوثيون الانسحاب إثر غارات التحالف": a noun of its own)
    for k in range(i - 1 - into, max(-1, i - (5 if bare else 14)), -1):
        if ends(k) if ends is not None else tokens[k].kind == "punct":
            return None
        bases = [base for _, base in clitic_candidates(tokens[k].key)]
        if not (into or bare) and any(base in _cue_forms("perform") for base in bases) or any(base in _BEGIN_VERBS for base in bases):
            return k
    return None


def _detonates(tokens: list[Token], i: int) -> bool:
    """"فجّر" (also "dawn", "فجر الأحد") is a bombing when a charge or "نفسه" follows within three
    words: "فجر انتحاري نفسه", "فجر مسلحون عبوة ناسفة", "وفجر انتحاري حزاما ناسفا"."""
    if not any(b in _DETONATE for _, b in clitic_candidates(tokens[i].key)):
        return False
    return any(b in _CHARGES for t in tokens[i + 1 : i + 4] for _, b in clitic_candidates(t.key))


def _opens_fire(tokens: list[Token], i: int) -> bool:
    """"فتح/فتحت/فتحوا" + "النار/نيران" (past the subject and a time) + "على" a few words on: opening
    fire on someone ("فتح تحقيقا في إطلاق النار" has no "على")."""
    if not any(b in _OPEN_FIRE for _, b in clitic_candidates(tokens[i].key)):
        return False
    fire = next((k for k in range(i + 1, min(i + 9, len(tokens))) if tokens[k].key in _FIRE_NOUNS), None)
    return fire is not None and any(t.key == "علي" for t in tokens[fire + 1 : fire + 5])


def exchanges_fire(tokens: list[Token], i: int) -> int | None:
    """Where the firing noun of "تبادلت X (مع Y) إطلاق النار" stands, when a verb of exchanging at ``i``
    has one within ten words of its clause ("تبادلوا الاتهامات" has none)."""
    if not any(f in tokens[i].key for f in _EXCHANGE) or not any(b in _EXCHANGE for _, b in clitic_candidates(tokens[i].key)):
        return None
    for k in range(i + 1, min(i + 11, len(tokens))):
        if tokens[k].kind == "punct" and tokens[k].text not in ("«", "»", '"'):
            return None
        if tokens[k].key in _FIRING and k + 1 < len(tokens) and tokens[k + 1].key in _FIRE_NOUNS:
            return None if tokens[k - 1].key in _CEASE else k  # "الاتهامات بانتهاك وقف إطلاق النار": a ceasefire
    return None


def _claimed(tokens: list[Token], i: int) -> bool:
    """A claim of responsibility governs the word at ``i``: "وتبنت الحركة (الكردية الأربعاء) قتل",
    "أعلنوا مسؤوليتهم عن قتل" (a claim verb at most six words back, or a claim noun and عن)."""
    reach = 4 if i > 1 and tokens[i - 1].key == "عن" else 6  # "مسؤوليتهم عن": the claim noun just before
    claim = next((k for k in range(i - 1, max(-1, i - reach - 1), -1) if any(b in _CLAIMS for _, b in clitic_candidates(tokens[k].key))), None)
    return claim is not None and not denied_before(tokens, claim, 4)  # (not "ونفى حزب العمال الكردستاني تبنيه قتل شرطيين")


def denied_before(tokens: list[Token], k: int, reach: int) -> bool:
    """A word of denial or refusal among the ``reach`` words before ``k``: "ونفى X تبنيه", "ورفض المسؤول
    إلقاء اللوم على داعش", "ونفت حركة طالبان مسؤوليتها عن الهجوم"."""
    return any(b in _DENY for t in tokens[max(0, k - reach) : k] for _, b in clitic_candidates(t.key))


def operation_prefix(token: Token, nouns: frozenset[str] = _OPERATION_NOUNS) -> str | None:
    """The proclitics of an operation noun ("لعمليات": "ل", "عملياتهم": ""), or None for another word."""
    for prefix, base in clitic_candidates(token.key):
        base = base.removeprefix("ال")
        if base in nouns or any(base.endswith(s) and base[: -len(s)] in nouns for s in ("ها", "هم", "هما")) \
                or base.endswith("ه") and base[:-1] == "عمليات":  # "عملياته" (not "عمليه", the noun itself)
            return prefix
    return None


def launch_verb_before(tokens: list[Token], i: int, verbs: frozenset[str] = _LAUNCH_VERBS) -> int | None:
    """Where a launch verb that governs the noun at ``i`` stands: "شن الجيش التشادي عملية", "نفذ حزب الله
    خلال شهري مايو ويونيو عمليات" (at most seven words back, past its subject and a time, with no
    punctuation between); None when there is none."""
    for k in range(i - 1, max(-1, i - 8), -1):
        if tokens[k].kind == "punct":
            return None
        if any(base in verbs for prefix, base in clitic_candidates(tokens[k].key) if prefix in ("", "و", "ف")):
            return k
    return None


def _launched(tokens: list[Token], i: int) -> bool:
    return launch_verb_before(tokens, i) is not None


def _fought_operation(tokens: list[Token], i: int, lx: Lexicon) -> bool:
    """A bare operation noun is fought: against someone ("عمليات التحالف الدولي ضد داعش") or
    launched ("شنت قوات الأمن عملية في فارياب"); not a civil operation ("عمليات الإغاثة",
    "عملية جراحية", cues non_military) nor one carried out only in a claim of capability."""
    window = next((k for k in range(i + 1, min(i + 9, len(tokens))) if tokens[k].kind == "punct"), min(i + 9, len(tokens)))
    if "non_military" in _cue_kinds(tokens, i + 1, min(i + 3, window), lx):
        return False
    return any(t.key == "ضد" for t in tokens[i + 1 : window]) or _launched(tokens, i)


def _retaking(tokens: list[Token], lo: int, hi: int, lx: Lexicon) -> bool:
    """A purpose noun of taking control in [lo, hi): "لاستعادة", "لتحرير", "للسيطرة على"; the
    operation it ends is fought against the place's holder, so it is an attack on the place."""
    for k in range(lo, min(hi, len(tokens))):
        if tokens[k].kind == "punct":
            return False
        hit = lx.triggers.longest(tokens, k)
        if hit and hit[1].endswith("ل") and hit[2][0][0] == "control":
            return True
        if k == lo and hit and not hit[1] and hit[2][0] == ("control", "success"):
            return True  # "عملية تحرير مدينة الرمادي": the operation's own name says what it retakes
    return False


def _purpose_verb_before(tokens: list[Token], i: int) -> bool:
    """"ليشاركوا في العمليات العسكرية لتحرير مدنهم", "ليكونوا عماد حملة …": the operation is
    itself only a purpose (ل before an attested imperfect verb, at most three words back)."""
    for k in range(i - 1, max(-1, i - 4), -1):
        key = tokens[k].key
        if tokens[k].kind == "punct":
            return False
        if len(key) >= 5 and key[0] == "ل" and key[1] in "يتن" and word_counts().get(key[1:], 0) >= 20:
            return True
    return False


def _after_it(tokens: list[Token], i: int) -> bool:
    """"بعد/عقب/إثر تحرير X": a liberation the sentence dates other things by has happened; not
    "ما بعد تحرير X" (the time after a liberation still to come). Read only with its doer named
    right after it ("بعد استرداد المقاومة لمدينة الحوطة"): a bare "بعد تحرير عدن" says no one's."""
    anniversary = i > 2 and tokens[i - 1].key == "علي" and any(t.key.removeprefix("ب") == "مرور" for t in tokens[max(0, i - 5) : i - 2])
    # "بمناسبة مرور عام (كامل) على احتلال": an anniversary of what happened
    return anniversary or i > 0 and tokens[i - 1].key.removeprefix("و") in _BACKGROUND and not (i > 1 and tokens[i - 2].key == "ما")


def resulted_in(tokens: list[Token], i: int, prefix: str) -> bool:
    """"أدى لاستعادة قوات التحالف مدينة عدن", "أدت إلى تحرير": what something led to has happened."""
    if prefix.removeprefix("و") == "ل":
        return i > 0 and tokens[i - 1].key.removeprefix("و") in _RESULTED
    return not prefix and i > 1 and tokens[i - 1].key in ("الي", "لي") and tokens[i - 2].key.removeprefix("و") in _RESULTED


def _perpetrated_after(tokens: list[Token], k: int) -> bool:
    """"الجريمة (الإرهابية) التي نفذها X": a relative whose verb did the noun before it, past its adjectives."""
    while k < len(tokens) and tokens[k].key in _CRIME_ADJECTIVES:
        k += 1  # "الجريمة الإرهابية" (not "العملية الإنسانية")
    return k + 1 < len(tokens) and tokens[k].key in _RELATIVE and tokens[k + 1].key in _PERPETRATED


def _completed_before(tokens: list[Token], i: int) -> bool:
    """"تم تحرير", "وتمت استعادة": a passive of completion right before the noun (not "سيتم": ahead)."""
    return i > 0 and tokens[i - 1].key.removeprefix("و").removeprefix("قد") in _COMPLETED


def by_hands(a: Token, b: Token) -> bool:
    """Two words that mark a passive's agent after them: "على يد", "على أيدي", "من قبل"."""
    return a.key == "علي" and b.key in HANDS or a.key == "من" and b.key == "قبل"


def agent_marker_after(tokens: list[Token], k: int, lx: Lexicon, reach: int = 12) -> int | None:
    """Where "من قبل" / "على يد" stands after an event noun, within its clause: past its object and
    a time ("تحرير محافظات عدن ولحج والضالع وأبين من قبل المقاومة", "استعادته الأسبوع الماضي من قبل"),
    not past punctuation or another event word."""
    for t in range(k, min(k + reach, len(tokens) - 1)):
        if by_hands(tokens[t], tokens[t + 1]):
            return t
        if tokens[t].kind == "punct" and tokens[t].text not in QUOTE_MARKS or lx.triggers.longest(tokens, t) or tokens[t].key in _RELATIVE:
            return None  # (not "زيارة محافظة عدن بعد تحريرها والوقوف على حجم الدمار الذي لحق بها … من قبل تلك الميليشيات")
    return None


def _doer_then_place(tokens: list[Token], k: int, lx: Lexicon) -> bool:
    """An actor's name at ``k``, then the place: "استرداد المقاومة لمدينة الحوطة" (not "طرد تنظيم داعش
    من مدينة الرمادي", where the genitive is the one driven out, nor "طرد داعش للمسيحيين من المدينة")."""
    hit = lx.actor_names.longest(tokens, k) if k < len(tokens) else None
    hit = hit or (lx.actor_anaphors.longest(tokens, k) if k < len(tokens) else None)
    end = k + hit[0] if hit else k
    if hit and end + 2 < len(tokens) and tokens[end].text in (",", "،"):  # "إثر تحرير المقاومة، أمس، مديرية عتمة"
        span = lx.time_words.longest(tokens, end + 1)
        if span and end + 1 + span[0] < len(tokens) and tokens[end + 1 + span[0]].text in (",", "،"):
            end += span[0] + 2
    if not hit or end >= len(tokens):
        return False
    # a place, with ل or without: "لمدينة الحوطة", "للمدينة", "مدينة عدن", "للعاصمة"; not "للمسيحيين"
    return place_noun(tokens[end], lx) or bool(lx.place_names.longest(tokens, end)) or bool(lx.place_anaphors.longest(tokens, end))


def place_noun(token: Token, lx: Lexicon) -> bool:
    """A place noun, bare or after ل: "مدينة", "لمناطق", "للمدينة" (not "لليوم")."""
    return any(base in lx.place_nouns for prefix, base in clitic_candidates(token.key) if prefix in ("", "ل"))


def _announced(tokens: list[Token], i: int, lx: Lexicon) -> bool:
    """"أعلنت المقاومة (عن) تحرير محافظة الضالع": an announced liberation is done; not when an
    aim or an intent stands between ("أعلن بدء عملية تحرير الموصل", "أعلنت عزمها تحرير")."""
    for k in range(i - 1, max(-1, i - 7), -1):
        if tokens[k].key.removeprefix("و") in _ANNOUNCE:
            return True
        if tokens[k].kind == "punct" and tokens[k].text in QUOTE_MARKS:
            continue  # "اعلنت في يناير «تحرير» محافظة ديالى"
        if tokens[k].kind != "word" or tokens[k].key.removeprefix("ال") in _AIM_NOUNS \
                or _cue_kinds(tokens, k, k + 1, lx) & {"intent", "purpose", "hypothetical", "aim"}:
            return False
    return False


def _is_future_verb(token: Token) -> bool:
    """"ستنطلق", "سيشن": the future prefix سـ on an attested imperfect verb (not "سيطرة", "سيارة")."""
    key = token.key.removeprefix("و").removeprefix("ف")
    return (len(key) >= 4 and key[0] == "س" and key[1] in "تين" and word_counts().get(key[1:], 0) >= 20
            and not key.endswith("ه") and key not in known_names())  # "سيدة" is a lady, "سنجار" a town


def _future(tokens: list[Token], tr: Trigger, lx: Lexicon) -> bool:
    """A future verb governs the trigger: the trigger itself ("ستقصف"), the word right before
    it ("ستسيطر قوات …", "سيشن هجوماً"), or a future light verb a few words before or after
    a noun ("سيشن قريبًا … «معركة شاملة»", "معركة شاملة … ستنطلق"); not a future verb of
    another event ("سيحقق في الغارة"). A word the trigger lexicon lists as it stands is no
    future form: its س is the root's ("سيطرا" is "they two took", not a future of "يطرأ")."""
    future = lambda t: _is_future_verb(t) and not lx.triggers.longest([t], 0)
    if future(tokens[tr.i]) or tr.i > 0 and future(tokens[tr.i - 1]):
        return True
    joins = tr.i > 1 and tokens[tr.i - 1].key in _GOVERNING_PREPOSITIONS and _is_future_verb(tokens[tr.i - 2]) \
        and tokens[tr.i - 2].key.removeprefix("و").removeprefix("ف")[1:] in _FUTURE_JOIN
    if joins and not (any(t.key in _RELATIVE for t in tokens[tr.j : tr.j + 3]) and any(t.key in _cue_forms("agent") for t in tokens[tr.j : tr.j + 4])):
        return True  # "ستركز على الغارات", "ستشارك في عمليات" (not "سيحقق في الغارة", nor "ستنضم إلى الغارات التي تشنها X")
    stem = lambda t: t.key.removeprefix("و").removeprefix("ف")
    light = lambda t: stem(t)[:1] == "س" and stem(t)[1:] in _FUTURE_LIGHT  # a listed verb needs no corpus count ("وسنشن")
    near = range(next((t + 1 for t in range(tr.i - 1, max(-1, tr.i - 6), -1) if tokens[t].kind == "punct"), max(0, tr.i - 5)), tr.i)
    bare = lambda a, b: not any(x.key in _GOVERNING_PREPOSITIONS or x.key in ("بعد", "قبل", "منذ", "علي", "في")
                                or x.key.endswith(("ها", "هم")) for x in tokens[a:b])  # only the subject between
    if tr.event == "control" and tr.frame == "noun" and any(stem(tokens[t])[:1] == "س" and stem(tokens[t])[1:] in _FUTURE_CONTROL_LIGHT
                                                            and bare(t + 1, tr.i) for t in near):  # (not "ستحكم قبضتها على عدن بعد سيطرتها")
        return True  # "وسيبسط المقاومون سيطرتهم": the future of a verb whose object is the control noun (no corpus count needed)
    # (not past a relative right before the trigger: "ستفرض حظرا على الحوثيين الذين يسيطرون على صنعاء")
    back_to = tr.i - 2 if tr.i > 0 and tokens[tr.i - 1].key in _RELATIVE else max(-1, tr.i - 9)
    for t in range(tr.i - 2, back_to, -1):
        if tokens[t].kind == "punct" and tokens[t].text not in QUOTE_MARKS or tokens[t].key in _RELATIVE:
            break
        if light(tokens[t]):
            return True
    after = tokens[tr.j : tr.j + 4]
    stop = next((n for n, t in enumerate(after) if t.kind == "punct" or t.key in _RELATIVE), len(after))
    if any(light(t) for t in after[:stop]):
        return True
    # "والسيطرة على مديرية يريم سيعني قطع الإمداد": a bare noun (no doer named) as the subject of a future
    # predicate is a supposition (not "سيطرة التنظيم على المدينة ستنتهي": a holding that is)
    predicate = lambda t: _is_future_verb(t) and t.key.removeprefix("و").removeprefix("ف")[1:] in _FUTURE_PREDICATE
    after = tokens[tr.j : tr.j + 6]
    stop = next((n for n, t in enumerate(after) if t.kind == "punct" or t.key in _RELATIVE), len(after))
    bare = tokens[tr.i].key.startswith(("ال", "وال"))  # "السيطرة على", not "سيطرته على": a holding that is
    return tr.frame == "noun" and bare and after[:1] != [] and after[0].key == "علي" and any(predicate(t) for t in after[:stop])


def _cue_kinds(tokens: list[Token], lo: int, hi: int, lx: Lexicon) -> set[str]:
    kinds: set[str] = set()
    for k in range(max(lo, 0), min(hi, len(tokens))):
        hit = lx.cues.longest(tokens, k)
        if hit:
            kinds.update(hit[2])
    return kinds
