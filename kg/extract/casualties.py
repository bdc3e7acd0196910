"""Casualty figures: a number, a victim noun, and a word that says they were killed.

Population figures ("200 ألف شخص"), percentages ("70%") and years ("2013")
have no kill word or no victim noun next to them, so they are not read.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from kg.doc import Doc, Event, Mention
from kg.extract.mentions import ATTACK_EVENTS, UNIDENTIFIED, is_nationality, nationality
from kg.extract.numbers import parse_number
from kg.extract.sides import allied
from kg.extract.triggers import _ACTIVE_KILL, _ANNOUNCE, _CLAIMS, _LOSS_NOUNS, HANDS, denied_before
from kg.lexicon.grammar import sequences, words
from kg.lexicon.lexicon import Lexicon
from kg.lexicon.loader import read_tsv
from kg.text.tokens import QUOTE_MARKS, clitic_candidates

KILL_WINDOW_BEFORE = 10
_AT_LEAST = words("at_least")  # "على الأقل" between a number and its noun
_BREAKDOWN = words("breakdown")  # "13 قتيلا هم …": the parts of the toll follow
_RATE_WORDS = words("rate_word")  # "بمعدل سبعة قتلى في الشهر": a rate, not a toll
_PERCENT_NOUNS = words("percent_noun")  # "23 في المائة": a share, not a toll
_VAGUE_PLURALS = words("vague_plural")  # a plural scale word with no number before it
_BETWEEN_KILL_AND_VICTIM = words("between_kill_and_victim")
_ELIMINATE = words("eliminate_noun")  # "القضاء على": killing, only with its على
KILL_WINDOW_AFTER = 4
_WOUNDED = tuple(r["form"] for r in read_tsv("wounded_words.tsv"))
_ABOUT = tuple(sorted(sequences("about"), key=len, reverse=True))  # "أكثر من 30", "نحو 30"


@dataclass
class Figure:
    killed: int
    victims: str
    victims_text: str
    i: int
    j: int
    sides: tuple[str, ...] = ()  # the actors the victims belonged to, when named ("18 من عناصر البيشمركة")


def _victim(lx: Lexicon, key: str) -> str:
    for _, base in clitic_candidates(key):
        if base in lx.victims:
            return lx.victims[base]
    for suffix in ("هم", "ها", "ه"):  # "ثلاثة من أطفالها": the noun with a possessive
        if key.endswith(suffix) and key[: -len(suffix)] in lx.victims and len(key) - len(suffix) >= 4:
            return lx.victims[key[: -len(suffix)]]
    if key.endswith("يا") and key[:-1] in lx.victims and len(key) >= 6:
        return lx.victims[key[:-1]]  # "من مرافقيه": its ‑يه is keyed ‑يا, like ‑ية
    if is_nationality(key):
        return "people"  # "قرابة ألف أفغاني قتلوا", "مقتل 12 سوريا": people of that country
    return ""


def _human_plural(tokens, k: int, lx: Lexicon) -> bool:
    """A plural of people at ``k``, the lexicon's or not: a broken plural of people (grammar_words.tsv,
    human_plural: "الطلبة", "رفاقهم", "أبنائها"), a plural of a nisba ("القرويين") or of a participle
    ("المشجعين"), or the construct of an attested plural before its genitive ("مقاتلي التنظيم");
    not "الآليات", "البساتين", "السجون", "مباني الحي"."""
    genitive = k + 1 < len(tokens) and tokens[k + 1].kind == "word" and tokens[k + 1].key not in lx.function_words
    for _, base in clitic_candidates(tokens[k].key):
        base = base.removeprefix("ال")
        for suffix in ("هما", "هم", "ها", "ه", ""):
            if suffix and not base.endswith(suffix):
                continue
            stem = base[: len(base) - len(suffix)]
            if len(stem) < 3:
                continue
            forms = {stem, stem[:-1] + "ء"} if suffix and stem.endswith("ي") else {stem}  # "أبنائها": أبناء
            if forms & _HUMAN_PLURALS or stem.endswith(("يين", "يون")) and stem not in _NOT_PEOPLE:
                return True  # "الطلبة", "القرويين": a broken plural of people, a plural of a nisba
            if stem.startswith("م") and stem.endswith(("ين", "ون")) and stem not in _NOT_PEOPLE:
                return True  # "المشجعين", "موظفين": a plural participle, someone who does something
            if not suffix and genitive and stem.endswith("ي") and lx.word_rank.get(stem + "ن", 0) > 0:
                return True  # "مقاتلي التنظيم": the construct of an attested plural
    return False


def _has_kill_word(tokens, lo: int, hi: int, lx: Lexicon) -> bool:
    for k in range(max(lo, 0), min(hi, len(tokens))):
        if any(b in lx.kill_words for _, b in clitic_candidates(tokens[k].key)):
            return True
        if k + 1 < len(tokens) and tokens[k + 1].key == "علي" and any(b in _ELIMINATE for _, b in clitic_candidates(tokens[k].key)):
            return True  # "تمكنت من القضاء على 10 إرهابيين" (not "القضاء العراقي": the judiciary)
    return False


def _after_bodies(tokens, i: int) -> bool:
    """"تناثر جثث 16 إرهابيا", "عثرت على جثتي عنصرين": the bodies of the figure at ``i`` are its dead."""
    return i > 0 and tokens[i - 1].key in _BODY_NOUNS


def _is_kill_word(token, lx: Lexicon) -> bool:
    return any(b in lx.kill_words for _, b in clitic_candidates(token.key))


def _armed(m, lx: Lexicon) -> str:
    """The victims' category for an armed actor's dead: soldiers of a state's forces, else fighters."""
    return "soldiers" if is_state_force(m.ref, lx) else "fighters"


def _next_word(tokens, k: int) -> int:
    """The first token at or after ``k`` that is no quote mark or opening bracket ("(داعش)", "«بوكو حرام»")."""
    while k < len(tokens) and tokens[k].text in QUOTE_MARKS | {"("}:
        k += 1
    return k


def _is_death_noun(token, lx: Lexicon) -> bool:
    """"مصرعهم", "حتفهم": a kill word that names the death of several, whose figure stands right before
    it ("لقي نحو 37 مصرعهم")."""
    return token.key.endswith(("هم", "هما")) and _is_kill_word(token, lx)


def _is_number_token(token, lx: Lexicon) -> bool:
    """Digits, or a number word with or without its و ("عشرة", "وعشرة")."""
    return token.kind == "num" or token.key in lx.numbers or (token.key.startswith("و") and token.key[1:] in lx.numbers)


def _past_approximation(tokens, k: int) -> int:
    """The token after the words of approximation at k ("أكثر من", "ما لا يقل عن", "نحو"), else k."""
    keys = [t.key for t in tokens[k : k + 4]]
    return k + next((len(s) for s in _ABOUT if tuple(keys[: len(s)]) == s), 0)


def _approximation_start(tokens, i: int) -> int:
    """Where the words of approximation that end right before token i begin, else i."""
    return next((i - len(s) for s in _ABOUT if i >= len(s) and tuple(t.key for t in tokens[i - len(s) : i]) == s), i)


def _wounded_near(tokens, lo: int, hi: int, lx: Lexicon) -> bool:
    """A wounded word ("جرح", "أصيب") just before a figure, not one with a number of its own
    ("ثلاثة شهداء وعشرة جرحى، وخمسة شهداء") nor one a kill word follows ("وإصابة العشرات ومقتل 4");
    after another figure, only a new clause's "وجرح"/"وأصيب" ("قتل 16 وجرح أكثر من 30")."""
    for k in range(max(lo, 0), hi):
        if any(b.startswith(_WOUNDED) for _, b in clitic_candidates(tokens[k].key)) \
                and not any(_is_kill_word(t, lx) for t in tokens[k + 1 : hi]):
            if k == hi - 1 or not (k > 0 and _is_number_token(tokens[k - 1], lx)) or tokens[k].key.startswith("و"):
                return True  # "مقتل 29 وجرح 15", "قتل 16 وجرح أكثر من 30": a new clause's word, the figure's
    return False


def is_state_force(actor_id: str, lx: Lexicon) -> bool:
    """A state's forces (their dead are "soldiers"): ACLED State Forces, a state, or a unit of one
    that is not itself a militia."""
    seen = set()
    while actor_id and actor_id not in seen:
        seen.add(actor_id)
        a = lx.actors.get(actor_id)
        if a is None:
            return False
        if a.acled_type == "State Forces" or lx.places.get(actor_id) and lx.places[actor_id].kind == "country" \
                or actor_id in _nationality_actors():  # "القوات المسلحة الإماراتية": a state's own forces
            return True
        if a.acled_type.endswith("Militias"):
            return False  # a militia under a state (the PMF, the NDF) fights as "fighters", not "soldiers"
        actor_id = a.parent
    return False


_BOTH_SIDES = words("both_sides")
_OTHERS = words("other_adjective")
_FORMER = words("former") | words("defector")  # "قيادي سابق/منشق من X": no longer X's
_CAPTURE = words("capture")  # "أسرت 70 متمردا": prisoners, not the dead
_ASIDE = words("aside")  # "بينهم", "منهم": who the victims were, before the kill word
_COMMAS = ("،", ",")
_LATE_KILL_VERBS = words("late_kill_verb")  # "قتلوا", "لقوا": a plural verb whose subject is the figure far before it
LATE_PREDICATE_REACH = 16  # words between a figure and its plural kill verb, past a relative clause or a list
_THAT = words("that")  # "وقال إن": a new clause, with a subject of its own
_TIME_NOUNS = words("time_noun")  # "الأسبوع", "الشهر": a time after a verb, no object of it
_BODY_NOUNS = words("body_noun")  # "جثث 16 إرهابيا": the bodies of the figure right after
_TWO_AFTER = words("two_after")  # "مسلحين اثنين": the number after its noun
_ALL_OF_THEM = words("all_of_them")
_VAGUE_COUNTS = words("vague_count")  # "وإصابة العشرات من X"
_HUMAN_PLURALS = words("human_plural")
_GROUP_NOUNS = words("group_noun")  # "جماعة", "حزب": a group whose members "N من" counts
_KILLED_BY_NOUNS = words("killed_by_noun")  # "عدد ضحايا داعش": killed by ISIS, not its own dead
_COUNT_NOUNS = words("count_noun")  # "عدد القتلى", "العدد الإجمالي للقتلى", "حصيلة القتلى"
_COUNT_ADJECTIVES = words("count_adjective")  # "الإجمالي", "الكلي"
_RELATIVE_PRONOUNS = words("relative")
_TOLL_BOUNDARIES = words("toll_boundary")  # "بينما", "فيما": a toll noun before them is another clause's
_HOUR_NOUNS = words("hour_noun")  # "الساعة 3 فجرا": a time of day, not a figure
_NOT_PEOPLE = words("not_people_plural")  # "الملايين", "البساتين": plurals in -ين that count no one
_DURATION_UNITS = words("duration_unit")  # "خلال الـ 48 ساعة": hours, not the dead
_FORCE_NOUNS = words("force_noun")  # "من قوات الجيش اليمني": the side's own noun before its name
_MEMBER_NOUNS = words("member_noun")  # "منسوبي", "أفراد": members of a force, not its fighters ("مقاتلي")


class FigureFinder:
    """Casualty figures of one sentence: a number (or a singular/dual victim noun), a victim
    noun or "من" + an actor, and a kill word nearby."""

    def __init__(self, tokens, actors, lx: Lexicon, named=()) -> None:
        self.tokens, self.lx = tokens, lx
        self.actor_at = {m.i: m for m in actors}
        self.named = {k for m in named for k in range(m.i, m.j)}  # words of every actor mention, resolved or not

    def side_of(self, k: int, default: str) -> str:
        """"عنصرا من قوات النظام", "عنصرا لقوات النظام" → soldiers; "مقاتلا من المعارضة" →
        fighters; "من البيشمركة" (a force noun) → soldiers; "أشخاص من سكان الحي" → civilians. Only
        what "من"/"لـ" attaches."""
        tokens = self.tokens
        k = self.past_others(k)
        while k < len(tokens) and (tokens[k].text in QUOTE_MARKS or tokens[k].key in _AT_LEAST):
            k += 1  # "خمسة من أعضاء «بوكو حرام»", "27 شخصا على الأقل من سكان الحي"
        if k >= len(tokens):
            return default
        if tokens[k].key == "من":
            k += 1
            if default == "people" and k + 1 < len(tokens) and is_nationality(tokens[k].key) \
                    and _victim(self.lx, tokens[k + 1].key) == "civilians":
                return "civilians"  # "844 قتيلا من العراقيين المدنيين"
            if default == "people" and k < len(tokens) and k not in self.actor_at and _victim(self.lx, tokens[k].key) == "civilians" \
                    and not (k + 1 < len(tokens) and tokens[k + 1].key.startswith("و") and len(tokens[k + 1].key) > 3):
                return "civilians"  # "27 شخصا من سكان الحي"; not "50 شخصا من المدنيين ورجال الأمن"
            other = next((t.key[1:] for t in tokens[k + 2 : k + 4] if t.key.startswith("و")), "")  # past an adjective: "البواسل"
            mixed = bool(other) and bool(_victim(self.lx, other) or _victim(self.lx, other.removeprefix("ال")))
            if k + 1 < len(tokens) and _victim(self.lx, tokens[k].key) == "people" and k not in self.actor_at and not mixed:
                # (not "37 شهيدا من رجال الأمن والمواطنين": a mixed toll)
                if k + 1 in self.actor_at:
                    return _armed(self.actor_at[k + 1], self.lx)  # "5 أشخاص من رجال الشرطة": men of a named side
                if _victim(self.lx, tokens[k + 1].key) == "soldiers":
                    return "soldiers"  # "5 شهداء من رجال الأمن": men of a state force
            if k < len(tokens) and _victim(self.lx, tokens[k].key) in ("soldiers", "fighters") and k not in self.actor_at:
                noun = _victim(self.lx, tokens[k].key)
                if noun == "soldiers":
                    return "soldiers"
                k += 1  # "من عناصر تنظيم داعش": the side follows the noun
                if k < len(tokens) and k not in self.actor_at and tokens[k - 1].key in _MEMBER_NOUNS \
                        and tokens[k].key.removeprefix("ال") in _FORCE_NOUNS and not any(x in self.named for x in range(k, k + 4)):
                    return "soldiers"  # "10 افراد من منسوبي القوات", "من منسوبي قوات الطوارئ": a state's unit
                if k < len(tokens) and k not in self.actor_at and _victim(self.lx, tokens[k].key) == "soldiers":
                    return "soldiers"  # "من عناصر الأمن"
                if k not in self.actor_at:
                    return "fighters"  # "أربعة قتلى من الميليشيا", "خمسة من المسلحين": fighters of no named side
        elif tokens[k].key == "في" and default in ("fighters", "soldiers") and k + 1 in self.actor_at:
            return _armed(self.actor_at[k + 1], self.lx)  # "17 عنصرًا في قوات الأمن التركية": members of a named side
        elif not tokens[k].key.startswith("ل") and k not in self.actor_at:  # "عناصر البيشمركة": the genitive is the side
            noun = _victim(self.lx, tokens[k].key)
            if default == "fighters" and tokens[k].key.removeprefix("ال") in _FORCE_NOUNS and k + 1 < len(tokens) and k > 0 \
                    and tokens[k - 1].key in _MEMBER_NOUNS and not any(x in self.named for x in range(k, k + 4)):
                return "soldiers"  # "عشرة من منسوبي قوات الطوارئ الخاصة": a force no lexicon names is a state's unit
            if noun == "fighters" and k + 1 in self.actor_at:  # "قتلى أفراد قوات الأمن التركية": members of a named side
                return _armed(self.actor_at[k + 1], self.lx)
            return "soldiers" if noun == "soldiers" else default  # "رجال الأمن"
        m = self.actor_at.get(k)
        if m is not None:
            return _armed(m, self.lx)
        return default

    def owner_before(self, i: int) -> Mention | None:
        """The antecedent of the relative clause the figure at ``i`` stands in: whose men "من أفرادها"
        are ("قوات الأمن التركية التي قتل نحو عشرين من أفرادها"; not the killer of "بقتل 12 من عناصرها")."""
        rel = next((t for t in range(i - 1, max(-1, i - 5), -1) if self.tokens[t].key in _RELATIVE_PRONOUNS | _THAT), None)
        # (or of the reporting verb before "إن": "وقالت الشرطة إن خمسة من أفرادها قتلوا")
        if rel is None:  # "أعلنت القوات المسلحة الإماراتية استشهاد أحد عناصرها": who announces its own dead
            verb = next((t for t in range(i - 1, max(-1, i - 10), -1) if self.tokens[t].key.removeprefix("و") in _ANNOUNCE), None)
            owner = self.actor_at.get(verb + 1) if verb is not None else None
            if owner is None or owner.j > i - 1 or any(owner.j <= a < i for a in self.actor_at):
                return None  # (not "أعلن الجيش مقتل أحد قادة الحوثيين و12 من عناصرهم": theirs)
            return owner
        return next((self.actor_at[a] for a in range(rel - 1, max(-1, rel - 6), -1) if a in self.actor_at), None)

    def past_others(self, k: int) -> int:
        """Past "آخرين" ("ثلاثة عناصر آخرين من قوات النظام"): the side still follows."""
        return k + 1 if k < len(self.tokens) and self.tokens[k].key in _OTHERS else k

    def side_refs(self, k: int) -> tuple[str, ...]:
        """The actors named at ``k`` as the victims' side: "من (عناصر)? X", a genitive "عناصر X"
        and the names joined to it by و ("9 من ميليشيات الحوثي وقوات صالح"), or a nationality
        adjective ("جنديان تركيان")."""
        tokens = self.tokens
        k = self.past_others(k)
        if k < len(tokens) and tokens[k].key == "من":
            k += 1
            if k < len(tokens) and k not in self.actor_at and (_victim(self.lx, tokens[k].key) or tokens[k].key in _FORCE_NOUNS):
                k += 1  # "من عناصر تنظيم داعش", "من قوات الجيش اليمني"
            while k < len(tokens) and (tokens[k].text in QUOTE_MARKS or tokens[k].text == "("):
                k += 1  # "من تنظيم (داعش)"
        if k < len(tokens) and k in self.actor_at:  # named, not a back-reference ("من التنظيم")
            out: list[str] = []
            m = self.actor_at[k]
            while m is not None and m.how in ("lexicon", "head") and m.ref:
                out.append(m.ref)
                m = self.actor_at.get(m.j)
                if m is not None and not m.prefix.startswith("و"):
                    break
            return tuple(dict.fromkeys(out))
        if k >= len(tokens):
            return ()
        side = nationality(tokens[k].key)  # "جنديان تركيان"; "مقاتلين أفغان" came from a country, they are not its forces
        return (side,) if side and k > 0 and _victim(self.lx, tokens[k - 1].key) != "fighters" else ()

    def figures(self) -> list[Figure]:
        tokens, lx = self.tokens, self.lx
        out: list[Figure] = []
        counted = ""  # the victim noun of the last figure read, dead or not ("أسرت 70 متمردا وقتلت 10 آخرين")
        i = 0
        while i < len(tokens):
            parsed = parse_number(tokens, i, lx)
            if parsed is None and (inside := self.bracketed(i)) is not None:
                i, parsed = i + 1, inside  # "استشهاد (15) وإصابة (33)", "(15) خمسة عشر شهيدا"
            if parsed is None:
                second = self.conjunct_victim(i) if out and i == out[-1].j and tokens[i].key.startswith("و") else None
                if out and i == out[-1].j and tokens[i].key.startswith("و") and (second is None or self.one_count(out[-1].killed, second, out[-1].victims)):
                    i += 1  # "ثمانية آلاف رجل وصبي لقوا حتفهم", "ألفي مهاجر ولاجئ": the figure's own second noun
                    continue
                fig = self.countless(i)
                more = self.conjunct_victim(fig.j) if fig else None  # "مقتل امرأتين وصبي", "قتل ضابط وجندي"
                out += [f for f in (fig, more) if f]
                i = more.j if more else i + 1
                continue
            value, j = parsed
            if tokens[i].key in _VAGUE_PLURALS:
                i = j
                continue  # "آلاف القتلى": thousands, not a figure
            if self.date_or_duration(i, j) or self.rate_or_superseded(i, j):
                i = j
                continue  # "منذ 20 يوليو", "سبتمبر 2001", "خلال الـ 48 ساعة": a date or a span, not a figure
            while j < len(tokens) and (tokens[j].text in QUOTE_MARKS or tokens[j].key in _AT_LEAST):
                j += 1  # "241 «إرهابيا»", "37 على الأقل من مسلحي …"
            k = j + 1 if j < len(tokens) and tokens[j].key == "من" else j  # "44 من المدنيين"
            if j + 1 < len(tokens) and tokens[j].key == "ما" and tokens[j + 1].key == "بين" or j < len(tokens) and tokens[j].key == "مابين":
                k = j + 1 + (tokens[j].key == "ما")  # "(37) ما بين رجال أمن ومواطنين": the kinds it counts
            victim = _victim(lx, tokens[k].key) if k < len(tokens) else ""
            mixed = victim and k > j and k + 1 < len(tokens) and tokens[k + 1].key.startswith("و") \
                and (other := _victim(lx, tokens[k + 1].key[1:])) not in ("", victim) and tokens[k + 1].key[1:] not in lx.victim_counts
            if not mixed and victim == "people" and k > j and k + 2 < len(tokens) and _victim(lx, tokens[k + 1].key) == "soldiers" \
                    and tokens[k + 2].key.startswith("و") \
                    and (other := _victim(lx, tokens[k + 2].key[1:]) or _victim(lx, tokens[k + 2].key[1:].removeprefix("ال"))) not in ("", "soldiers") \
                    and k + 1 not in self.actor_at and tokens[k + 2].key[1:] not in lx.victim_counts:  # ("ومواطن": one more)
                mixed = True  # "37 من رجال الأمن والمواطنين": men of a force and citizens (not "من رجال الأمن والجيش")
            if mixed:  # "22 من المدنيين والمقاتلين": a mixed toll (not "8 من المدنيين وعنصرين من الشرطة": two figures)
                victim = "civilians" if {victim, other} == {"civilians", "children"} else "people"
            end = min(k + 1, len(tokens))  # a toll may end the sentence ("… إلى 38")
            if self.captured(i):
                counted = victim or counted
                i = max(j, i + 1)
                continue  # "أسرت 70 متمردا": prisoners
            if not victim and j < len(tokens) and tokens[j].key in _OTHERS and i > 0 and _is_kill_word(tokens[i - 1], lx) \
                    and (counted or tokens[j].key.endswith("ون")):
                victim, end = counted or "people", j + 1  # "وقتلت 10 آخرين": more of the kind just counted; a passive's
                # subject of no kind counted is people ("قتل سبعة آخرون وأصيب 25"; not "فيقتلون ستة آخرين": the earlier dead's)
            if not victim and j < len(tokens) and tokens[j].key == "منهم":  # "قتل 29 منهم"
                earlier = [m for i0, m in self.actor_at.items() if i0 < i]
                if earlier:
                    m = max(earlier, key=lambda x: x.i)
                    victim, end = _armed(m, lx), j + 1
                    if victim == "soldiers" and len(earlier) == 1 and any(
                            b in _KILLING_VERBS for t in tokens[m.j : i] for _, b in clitic_candidates(t.key)):
                        # "أغارت القوات العراقية على مجموعة من العناصر الإرهابية وتمكنت من قتل خمسة منهم": the
                        # state's foes (the only actor named is the killer; not "هاجم داعش قوات البشمركة وقتل 12 منهم")
                        victim = "fighters"
            one_of = tokens[i].key in ("احد", "احدي")  # "مقتل أحد المقاومة", "أحد رجال المقاومة": one of them
            noun_at = i - 2 if i > 1 and nationality(tokens[i - 1].key) else i - 1  # "عسكريين تركيين اثنين"
            if not victim and tokens[i].key in _TWO_AFTER and noun_at >= 0 and _victim(lx, tokens[noun_at].key):
                victim = _victim(lx, tokens[noun_at].key)  # "قتلت الشرطة مسلحين اثنين"
                victim = self.side_of(j, victim) if j < len(tokens) and tokens[j].key == "من" else victim
            elif victim in ("", "people") and (k > j or one_of) and k in self.actor_at:  # "21 من حزب الله", "10 من رجال المقاومة الشعبية"
                m = self.actor_at[k]
                victim, end = _armed(m, lx), m.j
            elif victim == "fighters" and (k > j or one_of) and tokens[k].key.endswith(("ها", "هم")) and tokens[k].key not in lx.victims \
                    and (owner := self.owner_before(i)) is not None:
                victim = _armed(owner, lx)  # "قوات الأمن التركية التي قتل نحو عشرين من أفرادها": the owner's men
            elif victim in ("fighters", "soldiers", "people") and not mixed:
                victim = self.side_of(k + 1, victim)
            elif not victim and k > j:  # "مقتل 25 من الطلبة", "خمسة من أعضاء «بوكو حرام»": some of a group
                victim, end = self.partitive(k)
            counted = victim or counted
            if not victim:
                victim, end = self.toll_count(i, j, end)  # "ارتفع عدد قتلى النظام إلى 18", "إلى 25 عدد مقاتلي النصرة الذين"
            if not victim:
                victim = self.toll_noun(i, j)  # "قتل 5 وجرح 10"
            if victim == "people" and not mixed and k == j:  # "مقتل 29 وجرح 15 من مسلحي التنظيم": the side named after the wounded
                # (not "وثلاثة من العاملين وإصابة ٧ من رجال الأمن": the figure named its own)
                victim = self.shared_side(j) or self.shared_side(end) or victim  # "13 قتيلا وإصابة 23 آخرين من الميليشيات"
            if victim == "people" and not mixed:  # "تسعة قتلى سقطوا من صفوف مقاتلي التنظيم", "18 قتيلاً جميعهم مدنيون"
                victim = self.ranks_side(end) or self.ranks_side(j) or self.toll_side(i) or self.described_after(end) or victim
                # (ranks named right after a bare number: "مقتل سبعة بصفوف الحوثيين")
            opened = i > 0 and tokens[i - 1].text == "("  # "جريحا من الأبرياء بينهم (35)": the bracket adds no distance
            if victim and 0 < value < 10_000_000 and not _wounded_near(tokens, _approximation_start(tokens, i) - 4 - opened, i, lx):
                after = {t.key for t in tokens[end : end + 2]} if not self.next_figure_at(end) else set()
                wounded = any(w in after for w in _WOUNDED)  # "5 أشخاص جرحى", not "ثلاثة شهداء وعشرة جرحى"
                reach = self.past_aside(end) + KILL_WINDOW_AFTER
                if end + 1 < len(tokens) and tokens[end].key == "و" and self.next_figure_at(end + 1):
                    reach += KILL_WINDOW_AFTER + 4  # "25 حوثيا و10 من رجال المقاومة سقطوا قتلى": one kill word for both
                if not wounded and (_after_bodies(tokens, i) or _has_kill_word(tokens, i - KILL_WINDOW_BEFORE, reach, lx) or self.late_predicate(reach)
                                    or self.in_breakdown(out, i)):
                    fig = Figure(value, victim, tokens[k].text if k < len(tokens) else "", i, end)  # a toll at the sentence's end
                    fig.sides = self.victims_sides(k, end) if victim in ("fighters", "soldiers") else ()
                    out.append(fig)
                    more = self.conjunct_victim(end)
                    if more is not None and self.one_count(value, more, victim):
                        more = None
                    if more is not None:  # "قتل ثلاثة مدنيين وجندي أوكراني": one soldier more
                        out.append(more)
                    if any(t.key in _ASIDE for t in tokens[end : reach - KILL_WINDOW_AFTER]):
                        j = reach - KILL_WINDOW_AFTER  # "ثلاثة جنود أتراك بينهما اثنان من الشرطة": the aside counts no one new
            i = max(j, i + 1)
        return out

    def in_breakdown(self, out: list[Figure], i: int) -> bool:
        """The و-number at ``i`` is a later part of a toll's breakdown after "هم" ("13 قتيلا هم أربعة جنود …
        وخمسة متعاقدين … وأربعة إرهابيين"): its kill word is the total's, however far back."""
        tokens = self.tokens
        if not tokens[i].key.startswith("و") or not out:
            return False
        total = next((f for f in out if f.j < len(tokens) and tokens[f.j].key in _BREAKDOWN), None)
        return total is not None and not any(t.key in (".", "؛") for t in tokens[total.j : i])

    @staticmethod
    def one_count(value: int, more: Figure, victims: str) -> bool:
        """A singular noun of the same kind after a figure of a hundred or more ("ألفي مهاجر ولاجئ") is counted
        in it; after a smaller one it is one more ("20 جنديا وضابط", "22 جنديا ومدنيا واحدا")."""
        return value >= 100 and more.victims == victims

    def bracketed(self, k: int) -> tuple[int, int] | None:
        """(value, end) of a number in brackets opening at ``k``, past the closing bracket and the same
        number spelt out after it ("(15) خمسة عشر"); None when no bracketed number stands there."""
        tokens = self.tokens
        inner = parse_number(tokens, k + 1, self.lx) if k + 1 < len(tokens) and tokens[k].text == "(" else None
        if inner is None or inner[1] >= len(tokens) or tokens[inner[1]].text != ")":
            return None
        value, j = inner[0], inner[1] + 1
        spelt = parse_number(tokens, j, self.lx) if j < len(tokens) else None
        return value, spelt[1] if spelt is not None and spelt[0] == value else j

    def late_predicate(self, k: int) -> bool:
        """"ستة مقاتلين في المعارضة السورية الذين تلقوا تدريبات على يد الجيش الأمريكي قتلوا": the
        figure is the subject of a plural kill verb past a relative clause or a list of sides. Not
        past a comma (but for an aside), another figure or a new clause ("وقال إن"), nor when the verb
        has an object of its own ("الجنود الذين قتلوا المتظاهرين": they killed)."""
        tokens, lx = self.tokens, self.lx
        t = k
        while t < min(k + LATE_PREDICATE_REACH, len(tokens)):
            tok = tokens[t]
            if tok.text in _COMMAS and self.aside_at(t + 1):  # "خمسة عناصر من تنظيم القاعدة، من بينهم قيادي، قتلوا"
                t = next((x for x in range(t + 2, min(t + 10, len(tokens))) if tokens[x].text in _COMMAS), t + 10) + 1
                continue
            verb_next = t + 1 < len(tokens) and tokens[t + 1].key in _LATE_KILL_VERBS  # "وثمانية من مقاتلي داعش، قتلوا"
            if tok.kind == "punct" and tok.text not in QUOTE_MARKS and not verb_next or _is_number_token(tok, lx) \
                    or tok.key in _THAT or lx.reporting.longest(tokens, t):
                return False
            if tok.key in _LATE_KILL_VERBS:
                return not self.has_verb_object(t + 1)
            t += 1
        return False

    def aside_at(self, k: int) -> bool:
        """"بينهم", "من بينهم" at ``k``: an aside on who the victims were."""
        tokens = self.tokens
        return k < len(tokens) and (tokens[k].key in _ASIDE or tokens[k].key in ("من", "ومن") and k + 1 < len(tokens) and tokens[k + 1].key in _ASIDE)

    def has_verb_object(self, k: int) -> bool:
        """The word at ``k``, right after a verb, is its object: not the end, punctuation, a function
        word, a death noun ("لقوا مصرعهم"), a new conjunct, a time ("الأسبوع الماضي") or a
        prepositional phrase ("بغارة")."""
        tokens, lx = self.tokens, self.lx
        if k >= len(tokens):
            return False
        nxt = tokens[k]
        return not (nxt.kind == "punct" or nxt.key in lx.function_words or _is_death_noun(nxt, lx) or nxt.key.startswith("و")
                    or lx.time_words.longest(tokens, k) or nxt.key.removeprefix("ال") in _TIME_NOUNS
                    or nxt.key.startswith(("ب", "ف")) and not _victim(lx, nxt.key))

    def victims_sides(self, k: int, end: int) -> tuple[str, ...]:
        """The actors whose dead the figure whose noun is at ``k`` counts: named after the noun ("من
        عناصر X", "جنود أتراك"), by the noun itself ("11 حوثيا") or in an aside on who they were ("20
        متمردا بينهم قيادي من ميليشيات الحوثي"); "في صفوف X" is read by ranks_hit."""
        named = self.side_refs(k if k in self.actor_at else k + 1)
        if named or k >= len(self.tokens):
            return named
        own = next((self.lx.victim_sides[b] for _, b in clitic_candidates(self.tokens[k].key) if b in self.lx.victim_sides), "")
        return (own,) if own else self.aside_sides(end)

    def aside_sides(self, k: int) -> tuple[str, ...]:
        """"بينهم قيادي من ميليشيات الحوثي": the side an aside after the figure names, within a few words."""
        tokens = self.tokens
        if k >= len(tokens) or tokens[k].key not in _ASIDE:
            return ()
        for t in range(k + 1, min(k + 5, len(tokens))):
            if tokens[t].key in _FORMER:
                return ()  # "بينهم قيادي سابق من الجيش الحر": a side he left
            if tokens[t].key == "من" and t > k + 1:
                return self.side_refs(t)
            if tokens[t].kind != "word":
                break
        return ()

    def conjunct_victim(self, k: int) -> Figure | None:
        """A singular or dual victim noun joined by و right after a figure ("10 مدنيين وجندي من تشاد"):
        as many dead as the noun says, of its own kind."""
        if k >= len(self.tokens) or not self.tokens[k].key.startswith("و"):
            return None
        base = self.tokens[k].key[1:]
        one = k + 1 < len(self.tokens) and self.lx.numbers.get(self.tokens[k + 1].key, (0, ""))[0] == 1
        count = self.lx.victim_counts.get(base)
        if not count and base in self.lx.victims and one:
            count = 1  # "22 جنديا ومدنيا واحدا": the number word after its noun
        if count == 1 and not one and k > 0 and self.tokens[k - 1].key in _SINGULAR_COUNTED and _is_number_token(self.tokens[k - 2], self.lx):
            return None  # "ثمانية آلاف رجل وصبي": one noun of the figure ("men and boys"), not one boy more
        return self.noun_figure(k, base, count) if count else None

    def shared_side(self, j: int) -> str:
        """"مقتل 29 وجرح 15 من مسلحي التنظيم": a bare figure followed by "وجرح/وإصابة N من X"
        shares X's side."""
        tokens = self.tokens
        if j + 1 >= len(tokens) or not tokens[j].key.startswith("و") or not tokens[j].key[1:].startswith(_WOUNDED):
            return ""
        start = _past_approximation(tokens, j + 1)  # "قتل 16 وجرح أكثر من 30 من الثوار"
        parsed = parse_number(tokens, start, self.lx)
        if parsed is None:
            parsed = self.bracketed(start)  # "استشهاد (15) وإصابة (33) من منسوبي قوات الطوارئ"
        if parsed is None and tokens[start].key in _VAGUE_COUNTS:
            parsed = (0, j + 2)  # "مقتل 58 وإصابة العشرات من أفراد الجيش"
        if parsed is None:
            return ""
        side = self.side_of(parsed[1], "")
        return side if side in ("fighters", "soldiers", "civilians") else ""

    def ranks_side(self, k: int) -> str:
        """The victims named by "في/من صفوف X" or "وسط X" just after a generic figure: X's fighters or
        soldiers, or civilians and children ("في صفوف المدنيين")."""
        tokens = self.tokens
        # "20 قتيلاً وعدد غير معروف من الجرحى في صفوف X": the wounded stand between, and share X
        shared = any(t.key.removeprefix("و").removeprefix("ال").startswith(_WOUNDED) for t in tokens[k : k + 5])
        for t in range(k, min(k + (10 if shared else 6), len(tokens) - 1)):
            if tokens[t].key in ("صفوف", "جانب") and tokens[t - 1].key in ("من", "في", "بين") or tokens[t].key in ("وسط", "بصفوف"):
                # "16 قتيلا و70 جريحا وسط المتمردين": among them (not "وسط المدينة": no victims named)
                nxt = tokens[t + 1]
                noun = _victim(self.lx, nxt.key)
                if noun in ("civilians", "children"):
                    return noun  # "32 قتيلا في صفوف ناشطين أكراد", "سقوط قتلى في صفوف المدنيين"
                if noun in ("fighters", "soldiers"):  # "صفوف مقاتلي تنظيم داعش", "صفوف عناصر قوات النظام"
                    m = self.actor_at.get(t + 2)
                    return "soldiers" if noun == "soldiers" or (m is not None and is_state_force(m.ref, self.lx)) else "fighters"
                m = self.actor_at.get(t + 1)
                if m is not None:
                    return _armed(m, self.lx)
            if tokens[t].key == "بين" and _victim(self.lx, tokens[t + 1].key) in ("civilians", "children"):
                return _victim(self.lx, tokens[t + 1].key)  # "حصيلة القتلى بين المدنيين بلغت 17"
        return ""

    def toll_side(self, i: int) -> str:
        """"حصيلة القتلى في صفوف مقاتلي المعارضة في سوريا بلغت 42 ألفا و384 شخصا": the side
        of a toll named before its figure."""
        tokens = self.tokens
        if i == 0 or tokens[i - 1].key not in ("بلغت", "بلغ", "الي"):
            return ""  # the figure must be the toll's own: "… بلغت 42 ألفا", "… إلى 20"
        toll = next((t for t in range(i - 1, max(-1, i - 13), -1) if tokens[t].key in _COUNT_NOUNS), None)
        if toll is None or toll + 1 < len(tokens) and tokens[toll + 1].key == "من":
            return ""  # "عدد من القتلى": a number of, no toll
        if any(t.key in (".", "؛", "،") or _is_kill_word(t, self.lx)
               or _is_number_token(t, self.lx) and not self.date_or_duration(x, x + 1)
               for x, t in enumerate(tokens[toll + 2 : i - 1], toll + 2)):
            return ""  # another clause or figure stands between ("منذ 20 يوليو" is a date)
        side = self.ranks_side(toll) or self.toll_victims(toll)[0]  # "عدد قتلى أفراد قوات الأمن التركية … إلى 21"
        return side if side and side != "people" else ""

    def toll_victims(self, a: int) -> tuple[str, int]:
        """(victims, where their noun stands) after a count noun at ``a``: the victim noun past the
        count's adjectives ("العدد الإجمالي للقتلى"), of the side named after it ("عدد قتلى النظام
        السوري"; "عدد ضحايا داعش" are ISIS's victims, not its dead); "" when no victim noun follows."""
        tokens = self.tokens
        b = a + 1
        while b < len(tokens) and tokens[b].key in _COUNT_ADJECTIVES:
            b += 1
        victim = _victim(self.lx, tokens[b].key) if b < len(tokens) else ""
        joined = b + 2 < len(tokens) and tokens[b + 2].key.startswith("و") and _victim(self.lx, tokens[b + 2].key[1:])  # "المدنيين والجنود"
        if victim == "people" and b + 1 < len(tokens) and _victim(self.lx, tokens[b + 1].key) in ("civilians", "children") and not joined:
            return _victim(self.lx, tokens[b + 1].key), b  # "عدد القتلى المدنيين بلغ 844 شخصا": the dead named by their kind
        if victim == "people" and tokens[b].key not in _KILLED_BY_NOUNS:
            victim = self.side_of(b + 1, victim)
        return victim, b

    def described_after(self, k: int) -> str:
        """Who a generic figure's victims were, said a few words on: "من الجانبين" (fighters of
        both sides), "جميعهم مدنيون" (all civilians)."""
        tokens = self.tokens
        another = False  # past another figure, "of both sides" is that figure's; "all of them" is still everyone's
        for t in range(k, min(k + 8, len(tokens))):
            if tokens[t].key in (".", "؛"):
                break
            another = another or t > k and self.next_figure_at(t)
            if tokens[t].key in _BOTH_SIDES and t > 0 and tokens[t - 1].key in ("من", "بين") and not another:
                return "fighters"
            if t == k and tokens[t].key == "من" and t + 1 < len(tokens) and _victim(self.lx, tokens[t + 1].key) == "civilians":
                return "civilians"  # "ستة قتلى من السكان المحليين", "شخصين من سكان مدينة الفلوجة"
            if tokens[t].key in _ALL_OF_THEM and t + 1 < len(tokens):
                noun = _victim(self.lx, tokens[t + 1].key)
                if noun and noun != "people":
                    return noun
        return ""

    def past_aside(self, k: int) -> int:
        """Where the words after a figure resume past an aside on who the victims were
        ("ثمانية عناصر من حزب الله بينهم علويون من جبل محسن … قتلوا", "ثلاثة مدنيين، بينهم طفلة، قتلوا")."""
        tokens = self.tokens
        if k in self.actor_at and self.actor_at[k].j < len(tokens) and tokens[self.actor_at[k].j].key == "من":
            k = self.actor_at[k].j  # "خمسة مسلحين حوثيين من محافظة عمران لقوا مصرعهم": past the side's adjective
        if k < len(tokens) and tokens[k].key.endswith(("يا", "يين", "يون")) and k not in self.actor_at \
                and k + 1 < len(tokens) and tokens[k + 1].key == "من":
            k += 1  # "390 مقاتلا كرديا من حزب العمال قتلوا": past the nisba adjective
        elif k < len(tokens) and k not in self.actor_at and nationality(tokens[k].key):
            k += 1  # "ثلاثة جنود أتراك بينهما …": past the nationality
        while k < len(tokens) and tokens[k].key in _AT_LEAST:
            k += 1  # "12 مدنيا على الأقل من أهالي البلدة قتلوا"
        if k < len(tokens) and tokens[k].key == "من" and k + 1 in self.actor_at:
            k = self.actor_at[k + 1].j  # their side first: "عناصر من حزب الله"
        elif k < len(tokens) and tokens[k].key == "من" and not self.aside_at(k):  # "من أهالي البلدة": whose they were
            t = k + 1
            while t < min(k + 4, len(tokens)) and tokens[t].kind == "word" and not _is_kill_word(tokens[t], self.lx) \
                    and not _is_number_token(tokens[t], self.lx):
                t += 1
            k = t
        j = k + 1 if k < len(tokens) and tokens[k].kind == "punct" else k
        if self.aside_at(j) and tokens[j].key not in _ASIDE:
            j += 1  # "ستة أشخاص، من بينهم انتحاري لقوا حتفهم"
        if j >= len(tokens) or tokens[j].key not in _ASIDE:
            return k
        for t in range(j + 1, min(j + 8, len(tokens))):
            if tokens[t].kind == "punct":
                return t + 1
        return min(j + 8, len(tokens))

    def partitive(self, k: int) -> tuple[str, int]:
        """(victims, end) of "N من <noun>" whose noun the lexicon lacks ("الطلبة", "مزارعي البطيخ",
        "القرويين"): people, or the members of the actor named right after the noun ("خمسة من أعضاء
        «بوكو حرام»"). Nothing when the noun is no word of people: a number, a time, a place."""
        tokens, lx = self.tokens, self.lx
        t = tokens[k] if k < len(tokens) else None
        if t is None or t.kind != "word" or t.key in lx.function_words or _is_number_token(t, lx) \
                or lx.time_words.longest(tokens, k) or _is_kill_word(t, lx) or lx.place_names.longest(tokens, k) \
                or any(b in lx.place_nouns for _, b in clitic_candidates(t.key)):
            return "", k
        m = None  # the group the noun is of, in the genitive: "أعضاء «بوكو حرام»", "كبار قادة تنظيم داعش"; not "في الجامعة"
        start = _next_word(tokens, k + 1)
        for a in range(start, min(start + 3, len(tokens))):
            if a in self.actor_at:
                m = self.actor_at[a]
                break
            if tokens[a].text not in QUOTE_MARKS | {"("} and (tokens[a].kind != "word" or tokens[a].key in lx.function_words):
                break
        group = t.key in lx.actor_heads or t.key in _GROUP_NOUNS  # "903 من جماعة حزب الله", "3042 من تنظيم (داعش)"
        if not (group and m is not None and m.i == start) and not _human_plural(tokens, k, lx):
            return "", k  # "5 من مواقع داعش", "20 من مباني الحي", "30 من البساتين": not people
        return (_armed(m, lx), m.j) if m is not None else ("people", k + 1)

    def date_or_duration(self, i: int, j: int) -> bool:
        """The number at [i, j) is a day of a month ("20 يوليو"), the year after one ("سبتمبر 2001"),
        or a span of time ("48 ساعة", grammar_words.tsv duration_unit)."""
        tokens, lx = self.tokens, self.lx

        def month_at(k: int) -> bool:
            hit = lx.time_words.longest(tokens, k) if 0 <= k < len(tokens) else None
            return hit is not None and hit[2][0][0] == "month"
        year = tokens[i].kind == "num" and tokens[i].key.isdigit() and 1900 <= int(tokens[i].key) <= 2100
        clock = i > 0 and tokens[i - 1].key.removeprefix("في").removeprefix("ب") in _HOUR_NOUNS  # "في الساعة 3 فجرا"
        dated = year and i > 0 and any(b.removeprefix("ال") in _TIME_NOUNS or b in ("منذ", "حتي") for _, b in clitic_candidates(tokens[i - 1].key))
        # "منذ بداية 2015", "خلال الفترة نفسها من سنة 2014": a year
        return month_at(j) or year and month_at(i - 1) or dated or clock or j < len(tokens) and tokens[j].key in _DURATION_UNITS

    def rate_or_superseded(self, i: int, j: int) -> bool:
        """The number at [i, j) is a rate ("بمعدل سبعة قتلى في الشهر"), a share ("23 في المائة") or the earlier count a rise
        replaces ("ارتفع عدد القتلى من 75 قتيلا إلى 126 قتيلا": only the 126 is the toll)."""
        tokens = self.tokens
        if i > 0 and tokens[i - 1].key in _RATE_WORDS:
            return True
        if any(tokens[t].key in _PERCENT_NOUNS and (t == j or tokens[t - 1].key == "في") for t in range(j, min(j + 2, len(tokens)))):
            return True  # "23 في المائة", "23 بالمائة": a share
        if i == 0 or tokens[i - 1].key != "من" or _approximation_start(tokens, i) != i:
            return False  # (not "أكثر من 20")
        return any(tokens[t].key == "الي" and self.next_figure_at(t + 1) for t in range(j, min(j + 3, len(tokens) - 1)))

    def toll_count(self, i: int, j: int, end: int) -> tuple[str, int]:
        """(victims, end) of a figure given as "the number of" its victims, just before it ("ارتفع عدد
        القتلى إلى 20", "العدد الإجمالي للقتلى إلى 3216") or after it ("ارتفع إلى 25 عدد مقاتلي
        النصرة الذين لقوا مصرعهم"): the victim noun, of the side named after it ("عدد قتلى النظام");
        the figure's words run to the end of the noun phrase and its relative clause, where the
        kill word may stand. ("", end) when there is no such noun."""
        tokens, lx = self.tokens, self.lx
        if j < len(tokens) and tokens[j].key.startswith(_WOUNDED):
            return "", end  # "عدد قتلى … 18 قتيلا وأكثر من 70 جريحا": the wounded have a number of their own
        for a in [*self._toll_reach(i), j]:  # "عدد قتلى قوات الأمن التركية منذ 20 يوليو الماضي إلى 21"
            if a >= len(tokens) or tokens[a].key not in _COUNT_NOUNS:
                continue
            victim, b = self.toll_victims(a)
            if not victim:
                continue
            if a < j:
                return victim, end
            stop = b + 1
            while stop < min(b + 5, len(tokens)) and tokens[stop].kind == "word" and tokens[stop].key not in lx.function_words:
                stop += 1  # "مقاتلي جبهة النصرة"
            if stop < len(tokens) and tokens[stop].key in _RELATIVE_PRONOUNS:
                stop = min(stop + 5, len(tokens))  # "الذين لقوا مصرعهم", "الذين وثق المرصد مقتلهم"
            return victim, stop
        return "", end

    def captured(self, i: int) -> bool:
        """A verb of capture governs the figure at ``i``: right before it or past its subject ("أسرت 70
        متمردا", "واعتقل الجيش 12 من الطلاب"), with no kill word between ("أسرت 70 متمردا وقتلت 10
        آخرين": the ten were killed)."""
        i = _approximation_start(self.tokens, i)  # "أنقذ خفر السواحل أكثر من 400": past "أكثر من"
        for a in range(i - 1, max(-1, i - 5), -1):
            if _is_kill_word(self.tokens[a], self.lx):
                return False
            if any(b in _CAPTURE for _, b in clitic_candidates(self.tokens[a].key)):
                return True
        return False

    def _toll_reach(self, i: int) -> list[int]:
        """The tokens before the figure at ``i`` that may hold its count noun, nearest first: back to a
        punctuation mark, an earlier number that is no date, or a word with و ("وعدد الجرحى إلى 30",
        "بينما نفذ الجيش 15 غارة": another clause), at most ten."""
        tokens, out = self.tokens, []
        for a in range(i - 1, max(-1, i - 11), -1):
            t = tokens[a]
            if t.kind == "punct" and t.text not in QUOTE_MARKS or t.key.startswith("و") or t.key in _TOLL_BOUNDARIES:
                break
            if _is_number_token(t, self.lx) and not self.date_or_duration(a, a + 1):
                break
            out.append(a)
        return out

    def toll_noun(self, i: int, j: int) -> str:
        """The victims of a figure at [i, j) named around it rather than after it: a bare figure
        right before its death noun ("لقي نحو 37 مصرعهم") or right after a kill verb and before و or
        a preposition ("قتل 5 وجرح 10")."""
        tokens, lx = self.tokens, self.lx
        if j < len(tokens) and _is_death_noun(tokens[j], lx) and tokens[i].key not in ("واحد", "واحده"):  # not "عائلة واحدة"
            return "people"  # "لقي نحو 37 مصرعهم": the figure, then the death it met
        before = i - 1 if i > 1 and (tokens[i - 1].text in QUOTE_MARKS or tokens[i - 1].text == "(") else i  # "نتج عنه «استشهاد» 15 وإصابة 33", "استشهاد (15)"
        if before > 0 and _is_kill_word(tokens[before - 1], lx) and j < len(tokens):
            nxt = tokens[j]
            ranks = nxt.key in ("بصفوف", "وسط") or nxt.key == "بين" and j + 1 < len(tokens) and tokens[j + 1].key == "صفوف"
            if nxt.kind == "punct" or nxt.key in ("في", "خلال", "جراء", "اثر", "بعد") or (nxt.key.startswith("و") and not _victim(lx, nxt.key)) \
                    or ranks:  # "بمقتل سبعة بين صفوف القوات الموالية لهادي", "مقتل سبعة بصفوف الحوثيين": whose ranks ranks_side reads
                return "people"
        return ""

    def next_figure_at(self, k: int) -> bool:
        """A number (or و + number) starts at ``k``: what follows belongs to it."""
        if k >= len(self.tokens):
            return False
        return _is_number_token(self.tokens[k], self.lx)

    def killed_around(self, k: int) -> bool:
        """A kill word just before the victim noun at ``k``, past its killer or "فيه"
        ("قتل حزب العمال الكردستاني ضابطي شرطة", "قتل فيه ضابط"), or just after it, past
        its side ("عنصرين من وحدات الحماية قضوا")."""
        tokens, j = self.tokens, k - 1
        while j >= 0 and k - j <= 6:
            if _is_kill_word(tokens[j], self.lx):
                return True
            inside = j in self.named  # "قتل المتمردون جنديين": past the killer, named or not
            killers = tokens[j].key.endswith("ون") and _victim(self.lx, tokens[j].key) == "fighters"  # "وقتل مقاتلون جنديين"
            if not (inside or killers or tokens[j].key in _BETWEEN_KILL_AND_VICTIM):
                break
            j -= 1
        j = k + 1
        if j < len(tokens) and j not in self.actor_at and nationality(tokens[j].key):
            j += 1  # "جنديين ليبيين قتلا": past the nationality
        if j < len(tokens) and tokens[j].key == "من":  # the side, however named, then the kill word
            m = self.actor_at.get(j + 1)
            reach = range(m.j, m.j + 1) if m is not None else range(j + 2, j + 5)
            return any(t < len(tokens) and _is_kill_word(tokens[t], self.lx) for t in reach)
        return j < len(tokens) and _is_kill_word(tokens[j], self.lx)

    def countless(self, k: int) -> Figure | None:
        """"بمقتل شخص", "مقتل عنصرين": a kill word, then a singular or dual victim noun;
        a noun that itself says killed ("شهيدين", "قتيلان") needs no kill word."""
        tokens, lx = self.tokens, self.lx
        if k > 0 and parse_number(tokens, k - 1, lx) is not None:
            return None  # "3 شهداء" is read with its number
        if k > 0 and tokens[k - 1].key == "بين":
            return None  # "سقط 20 بين قتيل وجريح": dead and wounded together, no count of the dead
        for _, base in clitic_candidates(tokens[k].key):
            count = lx.victim_counts.get(base)
            killed = base in lx.kill_words or _after_bodies(tokens, k) or self.killed_around(k)
            if count and killed:
                if count == 1 and not base.startswith("ال") and self.kills_someone(k + 1):
                    return None  # "وقتل مسلح 38 سائحا", "قتل مسلح في لافاييت شخصين": the gunman killed them
                return self.noun_figure(k, base, count)
        base = tokens[k].key
        if k > 0 and tokens[k - 1].key == "ان" and base.endswith("ا") and lx.victim_counts.get(base[:-1]) == 1 \
                and k + 1 < len(tokens) and _is_kill_word(tokens[k + 1], lx) and not self.has_object(k + 2):
            return self.noun_figure(k, base, 1)  # "أن جنديا قتل": one, the subject of a passive kill verb after أن
        return None

    def kills_someone(self, k: int) -> bool:
        """After a kill verb and a singular noun, an object follows within a few words of the same
        clause (past an adjective or "في X"): the noun was the killer."""
        tokens = self.tokens
        if k < 2 or tokens[k - 2].key.removeprefix("و") not in _ACTIVE_KILL:  # "قتل مسلح 38 سائحا"
            return False
        for t in range(k, min(k + 2, len(tokens))):  # right after the noun or its adjective, before any preposition
            if tokens[t].kind == "punct" or tokens[t].key.startswith("و") or tokens[t].key in self.lx.function_words:
                return False
            parsed = parse_number(tokens, t, self.lx)
            if parsed is not None:
                return parsed[1] < len(tokens) and bool(_victim(self.lx, tokens[parsed[1]].key))  # "38 سائحا", not "3 هجمات"
            if self.lx.victim_counts.get(tokens[t].key, 0) > 1:
                return True  # "شخصين"
        return False

    def has_object(self, k: int) -> bool:
        """A kill verb before ``k`` has an object there: a number, a victim noun or an actor
        ("أن مسلحا قتل خمسة أشخاص": the gunman killed, he was not killed)."""
        tokens = self.tokens
        return k < len(tokens) and (parse_number(tokens, k, self.lx) is not None or bool(_victim(self.lx, tokens[k].key))
                                    or k in self.named)

    def noun_figure(self, k: int, base: str, count: int) -> Figure:
        """The dead a singular or dual victim noun at ``k`` counts, of its kind and side."""
        victim = self.side_of(k + 1, self.lx.victims[base])
        ranks = self.ranks_side(k + 1) if victim == "people" else ""  # "قتيلين وثلاثة جرحى في صفوف القوات المسلحة"
        adjacent = any(t.key in ("صفوف", "بصفوف") for t in self.tokens[k + 1 : k + 3])  # "قتيل في صفوف الحوثيين في المعارك"
        if ranks and (adjacent or not any(self.lx.triggers.longest(self.tokens, x) for x in range(k + 1, min(k + 7, len(self.tokens))))):
            victim = ranks  # not "شخصان في هجوم شنه منشقون من صفوف الجيش": the attackers' ranks
        sides = self.side_refs(k + 1) if victim in ("fighters", "soldiers") else ()
        return Figure(count, victim, self.tokens[k].text, k, k + 1, sides)


def find_figures(tokens, lx: Lexicon, actors=()) -> list[Figure]:
    """Casualty figures of one sentence (``actors``: its actor mentions; the resolved ones give sides)."""
    return _summed(tokens, FigureFinder(tokens, [m for m in actors if m.ref], lx, actors).figures())


def _summed(tokens, figures: list[Figure]) -> list[Figure]:
    """"قتل ضابط وثلاثة جنود", "مقتل ضابط ومجند": a single victim and more of the same kind joined
    by و are one toll, their sum (not "قتل ثلاثة مدنيين وجندي": two kinds, two figures)."""
    out: list[Figure] = []
    for fig in figures:
        prev = out[-1] if out else None
        joined = prev is not None and prev.killed == 1 and (fig.i == prev.j and tokens[fig.i].key.startswith("و")
                                                            or fig.i == prev.j + 1 and tokens[prev.j].key == "و") \
            and prev.victims == fig.victims and fig.victims in ("soldiers", "fighters", "civilians")
        if joined:
            out[-1] = Figure(prev.killed + fig.killed, prev.victims, prev.victims_text, prev.i, fig.j,
                             tuple(dict.fromkeys(prev.sides + fig.sides)))
        else:
            out.append(fig)
    return out


def _cumulative(tokens, fig: Figure, lx: Lexicon) -> bool:
    """"تسبب منذ منتصف مارس بمقتل أكثر من 240 ألف شخص": a toll over time, no one event's dead."""
    for k in range(max(0, fig.i - 8), min(len(tokens), fig.j + 6)):
        hit = lx.cues.longest(tokens, k)
        if hit and "cumulative" in hit[2]:
            return True
    return False


_CAUSE_WORDS = words("cause_word")  # "قتل 9 في/جراء/إثر هجوم": the attack is the figure's cause
_RESULT = words("result")  # "هاجم X بلدة Y مما أدى إلى مقتل 13": that attack's dead
_BORDER_NOUNS = words("border_noun")  # "الحدود مع X": X lies across it


def across_border(tokens, i: int) -> bool:
    """"قرب الحدود مع سوريا": the country across the border is no place of what happened here."""
    return i >= 2 and tokens[i - 1].key == "مع" and tokens[i - 2].key in _BORDER_NOUNS


def _victims_country(tokens, m, lx: Lexicon) -> bool:
    """"مقتل 10 مدنيين وجندي من تشاد المجاورة": the country after a victim's "من" is where the soldier
    came from, not where he died."""
    place = lx.places.get(m.ref)
    return place is not None and place.kind == "country" and m.i >= 2 and tokens[m.i - 1].key == "من" \
        and bool(_victim(lx, tokens[m.i - 2].key))


def _cause_after(tokens, fig: Figure, attacks: list[Event]) -> Event | None:
    """The attack a figure is the toll of when its trigger follows the figure as its cause: "قتل
    9 من الحوثيين في هجوم للمقاومة", "مقتل 12 عنصرا جراء غارة للتحالف" (within eight words)."""
    for ev in attacks:
        k = host_start(ev, tokens)
        if ev.fatalities is None and fig.j <= k <= fig.j + 8 and k > 0 \
                and _told_as_cause(tokens, k):
            return ev
    return None


_LOSS_ADJECTIVES = words("loss_adjective")


def ranks_hit(finder: FigureFinder) -> list[tuple[int, str]]:
    """(where, side) for each side in whose ranks dead or losses are counted: "سقوط قتلى وجرحى في
    صفوف الميليشيا الحوثية", "أوقع خسائر مادية وبشرية في صفوف الحوثيين وقوات صالح". Not a member
    fighting in them ("شاب يقاتل في صفوف X"), nor losses denied ("دون وقوع خسائر في صفوف X")."""
    tokens, lx, out = finder.tokens, finder.lx, []
    for t in range(2, len(tokens)):
        if tokens[t].key != "صفوف" or tokens[t - 1].key not in ("في", "من"):
            continue
        loss = _loss_word_before(tokens, t - 2, lx)
        if loss is None:
            continue
        if any(hit is not None and "negation" in hit[2] for hit in (lx.cues.longest(tokens, k) for k in range(max(0, loss - 4), loss))):
            continue
        m = next((finder.actor_at[a] for a in (t + 1, t + 2) if a in finder.actor_at), None)
        while m is not None:  # "في صفوف الحوثيين وقوات صالح": every side joined by و
            out.append((t, m.ref))
            m = finder.actor_at.get(m.j)
            m = m if m is not None and m.prefix.startswith("و") else None
    return out


def _loss_word_before(tokens, k: int, lx: Lexicon) -> int | None:
    """Where the kill or loss word stands that ends at ``k``, past the words that describe the
    losses ("قتلى وجرحى", "خسائر مادية وبشرية", "قتل 20 مسلحا"); None when another word comes first."""
    for a in range(k, max(-1, k - 6), -1):
        if _is_kill_word(tokens[a], lx) or tokens[a].key in _LOSS_NOUNS:
            return a
        if not (tokens[a].key.removeprefix("و") in _LOSS_ADJECTIVES or _wounded_word(tokens[a].key)
                or _victim(lx, tokens[a].key) or _is_number_token(tokens[a], lx)):
            return None
    return None


def _wounded_word(key: str) -> bool:
    """"جرحى", "وجرحى", "والمصابين": a word for the wounded."""
    return key.removeprefix("و").removeprefix("ال").startswith(_WOUNDED)


def _cause_of_losses(tokens, t: int, attacks: list[Event]) -> Event | None:
    """"قتلى في صفوف X في كمين للمقاومة": the attack told as the cause just after the ranks."""
    for ev in attacks:
        k = host_start(ev, tokens)
        if ev.actors and t < k <= t + 10 and _told_as_cause(tokens, k):
            return ev
    return None


def _hedged(tokens, a: int, b: int, lx: Lexicon) -> bool:
    """"استهدفت الفصائل تمركزات للنظام، وأنباء عن خسائر في صفوف …": a rumour of losses is no
    statement of whom the attack hit."""
    return any(hit is not None and "hedge" in hit[2] for hit in (lx.cues.longest(tokens, k) for k in range(a, b)))


def _told_as_cause(tokens, k: int) -> bool:
    """The attack noun at ``k`` is told as a cause: "في/جراء/إثر هجوم", "بغارة"."""
    return tokens[k - 1].key in _CAUSE_WORDS or tokens[k].key.startswith(("ب", "وب"))


def host_start(ev: Event, tokens) -> int:
    """Token index of an event's trigger."""
    return next((k for k, t in enumerate(tokens) if t.end > ev.trigger_start), len(tokens))


def host_end(ev: Event, tokens) -> int:
    """Token index just after an event's trigger."""
    return next((k + 1 for k, t in enumerate(tokens) if t.end >= ev.trigger_end), len(tokens))


_BORDER_WORDS = words("border_word")


def _across_border_of(tokens, m) -> bool:
    """"سروج التركية المجاورة للحدود مع سوريا وأوقع ثلاثين قتيلا": the country over the border is a
    landmark, not where they died."""
    return m.i >= 2 and tokens[m.i - 1].key == "مع" and tokens[m.i - 2].key in _BORDER_WORDS  # not "حرس الحدود بمحافظة شرورة"


def _origin_of(tokens, fig: Figure, m) -> bool:
    """"خمسة مسلحين حوثيين من محافظة عمران لقوا مصرعهم": a place after "من" right behind the victims
    says where they came from, not where they died."""
    return not m.prefix and m.i > 0 and tokens[m.i - 1].key == "من" and fig.j <= m.i - 1 <= fig.j + 1


def _killer_named(tokens, fig: Figure, mentions: list[Mention], stop: int, lx: Lexicon) -> list[str]:
    """"على يد X", "على أيدي X وY" after a figure, in its clause (before the next figure), past only
    its kill words, places and function words: X killed them."""
    if any(b in _EXECUTIONS for t in tokens[max(0, fig.i - 3) : fig.i] for _, b in clitic_candidates(t.key)):
        return []  # "أعدم 20 شخصا على يد تنظيم داعش": executed, not killed in an attack
    inside = {x for m in mentions for x in range(m.i, m.j)}
    for t in range(fig.j, min(fig.j + 15, stop - 2, len(tokens) - 2)):
        if tokens[t].kind == "punct" and tokens[t].text not in QUOTE_MARKS:
            return []
        if tokens[t].key == "علي" and tokens[t + 1].key in HANDS:
            first = next((m for m in mentions if m.kind == "actor" and m.ref and m.i == t + 2), None)
            if first is None:
                return []
            out, end = [first.ref], first.j
            for m in mentions:  # "على أيدي الثوار والجيش الموالي للشرعية": both
                if m.kind == "actor" and m.ref and m.i == end and m.prefix.startswith("و"):
                    out.append(m.ref)
                    end = m.j
            return list(dict.fromkeys(out))
        tok = tokens[t]
        if tok.kind == "word" and t not in inside and not (_is_kill_word(tok, lx) or _is_death_noun(tok, lx) or tok.key in lx.function_words
                                                          or tok.key in _RELATIVE_PRONOUNS or lx.time_words.longest(tokens, t)):
            return []  # "مقاتلين … تدربوا على يد الجيش الأمريكي": the hands are of another verb
    return []


def _claimed_after(tokens, fig: Figure, mentions: list[Mention], lx: Lexicon) -> list[str]:
    """"قتل شرطيان تركيان بالرصاص في جيلان بينار، وتبنى حزب العمال الكردستاني العملية": a claim later in
    the sentence, of "the operation/attack", by a named actor, not denied: the claimer killed them."""
    for t in range(fig.j, len(tokens) - 2):
        if not any(b in _CLAIMS for _, b in clitic_candidates(tokens[t].key)):
            continue
        if denied_before(tokens, t, 3):
            return []
        actor = next((m for m in mentions if m.kind == "actor" and m.ref and t < m.i <= t + 2), None)
        if actor is None:
            return []
        after = actor.j + 1 if actor.j < len(tokens) and tokens[actor.j].key in _CLAIMS else actor.j  # "مسؤوليته"
        if after < len(tokens) and tokens[after].key == "عن":
            after += 1
        nxt = tokens[after] if after < len(tokens) else None
        hit = lx.triggers.longest(tokens, after) if nxt is not None else None
        if nxt is not None and (nxt.key in _CLAIMED_NOUNS or hit and hit[2][0][0] in ATTACK_EVENTS):
            return [actor.ref]
        return []
    return []


def hit_side(doc: Doc, lx: Lexicon, attack: Event, side: str, index: int) -> None:
    """The side whose dead an attack caused is its target, unless the attackers are its allies."""
    if side in lx.actors:
        doc.use_actor(lx.actors[side])  # "جندي عراقي": a nationality adjective names it, no mention
    if side in attack.actors + attack.targets or side not in doc.actors or any(allied(doc, lx, a, side) for a in attack.actors):
        return
    if side == UNIDENTIFIED:
        return  # "الغارات التركية على مواقع للتنظيم … إلى مقتل تسعة متطرفين مسلحين": the dead are whoever was hit, not a side of their own
    attack.targets.append(side)
    for a in attack.actors:
        doc.add_fact(a, "attacks", side, index, o_place=False)


def _soldiers_state(doc: Doc, lx: Lexicon, attack: Event) -> str:
    """The state whose soldiers or police an attack killed when the text names no side for them: the
    forces of the one country its places lie in (nationalities.tsv), unless the attackers are those forces
    or the sentence names another side the dead may belong to."""
    countries = {c for p in attack.places if (c := _country_of(doc, lx, p))}
    if len(countries) != 1 or next(iter(countries)) in _RIVAL_ARMIES:
        return ""  # (Libya: two armies, the text names neither)
    state = _state_forces().get(next(iter(countries)), "")
    if state not in lx.actors or state in attack.actors:
        return ""
    if any(m.kind == "actor" and m.ref and m.ref not in (*attack.actors, state) and m.how != "source" for m in doc.mentions[attack.sentence]):
        return ""  # "جنود تابعين للواء التاسع", "وقالت أنقرة … في شمال العراق": a side the sentence names may be theirs
    tokens = doc.tokens[attack.sentence]
    if any(m.kind == "place" and any(tokens[t].key.startswith("ل") and (lx.actor_names.longest(tokens, t) or lx.actor_anaphors.longest(tokens, t))
                                     for t in range(m.i + 1, m.j)) for m in doc.mentions[attack.sentence]):
        return ""  # "على معسكر لقوات التحالف": a place named after its holder (not "شرق تركيا")
    return state


def _country_of(doc: Doc, lx: Lexicon, pid: str) -> str:
    """The country a place lies in, up its parent chain (the text's places and the gazetteer's)."""
    seen: set[str] = set()
    while pid and pid not in seen:
        seen.add(pid)
        p = doc.places.get(pid) or lx.places.get(pid)
        if p is None:
            return ""
        if p.kind == "country":
            return pid
        pid = p.parent
    return ""


@lru_cache(maxsize=1)
def _state_forces() -> dict[str, str]:
    """Each country's own forces: the actor of its first nationality adjective (nationalities.tsv)."""
    out: dict[str, str] = {}
    for r in read_tsv("nationalities.tsv"):
        if r.get("country") and r["actor"]:
            out.setdefault(r["country"], r["actor"])
    return out


@lru_cache(maxsize=1)
def _nationality_actors() -> frozenset[str]:
    """The states a nationality adjective names (nationalities.tsv), whether or not the gazetteer has the country."""
    return frozenset(r["actor"] for r in read_tsv("nationalities.tsv") if r["actor"])


_RIVAL_ARMIES = words("rival_armies_country")  # countries whose soldiers, unnamed, belong to no one state force
_NEUTRAL_TOLL = words("neutral_toll_noun")
_CLAIMED_NOUNS = words("claimed_noun")  # what is claimed: "وتبنى X العملية"
_SINGULAR_COUNTED = words("singular_counted")  # a figure's singular noun that a conjunct may share ("ثمانية آلاف رجل وصبي")
_EXECUTIONS = words("execution_word")  # "أعدم", "إعدام": not killed in an attack
_HOLD_WORDS = words("hold_word")
_KILLING_VERBS = words("killing_verb")  # "وتمكنت من قتل خمسة منهم", "وقتلت 21 منهم": the subject killed (not "مقتل")


def _held_or_run(tokens, m: Mention) -> bool:
    """The actor is named as who holds or runs a place ("تسيطر عليها المعارضة", "مناطق سيطرة المعارضة",
    "مستشفى تديره المعارضة"), not as what was hit."""
    return any(any(b in _HOLD_WORDS for _, b in clitic_candidates(t.key)) for t in tokens[max(0, m.i - 3) : m.i])


def _men_of_target(doc: Doc, lx: Lexicon, attack: Event, attacks: list[Event], tokens, fig: Figure) -> str:
    """The dead of an attack on an armed side, counted by a bare number or a neutral noun, are that
    side's men ("هجوم على نقطة تفتيش تابعة للحوثيين، ما أسفر عن مقتل أربعة": four Houthi fighters);
    not "شخصا" (persons), not dead described further ("8 قتلى من عائلة واحدة", "ثمانية قتلى بينهم
    ثلاثة عسكريين"), nor the dead of an attack on a place or a country: the targets of the attack told last before them."""
    if fig.victims != "people" or attack.type == "kill":
        return ""
    k = next((x for x in range(fig.i, min(fig.j + 2, len(tokens))) if tokens[x].text == fig.victims_text), None)
    if k is not None and (_victim(lx, tokens[k].key) and not any(b in _NEUTRAL_TOLL for _, b in clitic_candidates(tokens[k].key))
                          or tokens[k - 1].key == "من"):  # "مقتل 25 من الطلبة": some of a group the text names
        return ""
    after = k + 1 if k is not None and _victim(lx, tokens[k].key) else fig.j
    if after < len(tokens) and (tokens[after].key in _ASIDE | {"من", "هم"}):
        return ""
    start = tokens[fig.i].start
    told = sorted((e for e in attacks if e.trigger_start < start and e.targets), key=lambda e: -e.trigger_start)
    if not told or attack.trigger_start > start:
        return ""
    last = told[0]  # the attack told last before the figure, whose targets it names
    if last is not attack and set(last.targets) != set(attack.targets):
        return ""  # the figure's own attack is not the one told last before it
    first = next((m for m in doc.mentions[attack.sentence] if m.start >= attack.trigger_end and m.ref in last.targets), None)
    if first is None or first.kind != "actor" or _held_or_run(tokens, first):
        return ""  # "غارة على حفل زفاف في قرية يسيطر عليها الحوثيون": a place was hit, not the side that holds it
    side = first.ref if first.ref in lx.actors and not (first.ref in lx.places and lx.places[first.ref].kind == "country") else ""
    return ("soldiers" if is_state_force(side, lx) else "fighters") if side else ""


def attach_ranks(doc: Doc, lx: Lexicon, index: int, finder: FigureFinder, attacks: list[Event], clashes: list[int]) -> None:
    """Each side whose ranks losses are counted in (ranks_hit) was hit by the attack told as their
    cause, else by the one told last before them; not past a rumour, not with a fight told between
    or just after, and not as a further side of an attack that already hit one."""
    tokens = finder.tokens
    struck = {id(e): [x for x in e.targets if x in doc.actors] for e in attacks}  # the actors each attack hit as told
    for t, side in ranks_hit(finder):
        told = [e for e in attacks if e.actors and host_start(e, tokens) < t]
        hit = _cause_of_losses(tokens, t, attacks) or (max(told, key=lambda e: host_start(e, tokens)) if told else None)
        if hit is None or any(host_start(hit, tokens) < c < t or t < c <= t + 8 for c in clashes) \
                or _hedged(tokens, host_start(hit, tokens), t, lx):
            continue  # "…، وسط معلومات عن خسائر في صفوف …", "قتلى في صفوف X خلال معارك مع Y": not the attack's
        if struck[id(hit)] and side not in struck[id(hit)]:
            continue  # "شن جيش الفتح هجوما على مواقع النظام، وسقط قتلى في صفوف أحرار الشام": maybe its own side
        hit_side(doc, lx, hit, side, index)  # "قصفوا القاعدة، ما أوقع خسائر في صفوف الحوثيين": the side hit


def attach_casualties(doc: Doc, lx: Lexicon) -> Doc:
    """Put each figure on the sentence's attack event, or on a Killing event of its own."""
    for index, tokens in enumerate(doc.tokens):
        actor_ms = [m for m in doc.mentions[index] if m.kind == "actor"]
        figures = find_figures(tokens, lx, actor_ms)
        attacks = [e for e in doc.events if e.sentence == index and e.type in ATTACK_EVENTS]
        clashes = [host_start(e, tokens) for e in doc.events if e.sentence == index and e.type == "clash"]
        attach_ranks(doc, lx, index, FigureFinder(tokens, [m for m in actor_ms if m.ref], lx, actor_ms), attacks, clashes)
        if not figures:
            continue

        def fought(fig: Figure) -> bool:
            """The dead of a fight told before them ("أسفرت الاشتباكات عن مقتل …") or just after them
            ("قتل أربعة … في اشتباكات مع …") are either side's; a fight told later is another clause's."""
            return any(k < fig.i or k - fig.j <= KILL_WINDOW_AFTER for k in clashes)

        place_ms = [m for m in doc.mentions[index] if m.kind == "place" and m.ref and not across_border(tokens, m.i)
                    and not _victims_country(tokens, m, lx)]
        places = [m.ref for m in place_ms]
        starts = [m.i for m in place_ms]

        def near(fig: Figure) -> list[str]:
            out = [m.ref for m in place_ms[bisect_left(starts, fig.i - 6) : bisect_right(starts, fig.j + 6)]
                   if not _origin_of(tokens, fig, m) and not _across_border_of(tokens, m)]
            stop = next((f.i for f in figures if f.i > fig.i), len(tokens))  # not past the next figure
            kill = next((k for k in range(fig.j, min(fig.j + 14, stop)) if _is_kill_word(tokens[k], lx)), None)
            if kill is not None:  # "ثمانية عناصر … بينهم علويون من طرابلس قُتلوا … على أطراف الزبداني"
                out += [m.ref for m in place_ms[bisect_left(starts, kill) : bisect_right(starts, min(kill + 10, stop - 1))]]
            return list(dict.fromkeys(out))

        def sole_place(fig: Figure) -> list[str]:
            """"قتل 40 شخصًا … في اشتباكات عنيفة يخوضها … مسلحون من قبيلتي التبو والطوارق في جنوب شرق ليبيا": with
            no place near the figure and no attack to take one from, the one place the sentence names after it."""
            after = [m for m in place_ms if m.i >= fig.j and not _origin_of(tokens, fig, m) and not _across_border_of(tokens, m)
                     and (m.prefix.endswith("ب") or tokens[m.i - 1].key == "في")  # where: "في X", "بX"
                     and not any(t.kind == "punct" for t in tokens[fig.j : m.i])]  # in the figure's clause
            return [after[0].ref] if len(place_ms) == 1 and after and not _cumulative(tokens, fig, lx) else []

        for n, fig in enumerate(figures):
            cumulative = _cumulative(tokens, fig, lx)
            host = next((e for e in attacks if e.fatalities is None), None) if n == 0 and not cumulative else None
            cause = _cause_after(tokens, fig, attacks) if not cumulative else None
            if cause is not None:  # "قصفت الطائرات …، بينما قتل 9 من الحوثيين في هجوم للمقاومة": the attack told with the figure
                host = cause
            caused = host is not None and host_end(host, tokens) <= fig.i and any(t.key in _RESULT for t in tokens[max(0, fig.i - 5) : fig.i])
            if host is not None and near(fig) and not set(near(fig)) & set(host.places) and not caused and cause is None:
                host = None  # the figure is about a place of its own ("في مدينة الزبداني ما أدى لمقتل عنصر")
            if host is None:
                tok = tokens[fig.i]
                host = Event("kill", index, tokens[fig.i].text, tok.start, tokens[fig.j - 1].end)
                nearest = min(attacks, key=lambda e: abs(e.trigger_start - tokens[fig.i].start)) if attacks else None
                host.places = list(dict.fromkeys(near(fig) or (nearest.places if nearest else []) or sole_place(fig)))
                if nearest is not None and not cumulative:
                    host.actors = list(nearest.actors)  # the attack told closest to the figure
                doc.events.append(host)
            killer = _killer_named(tokens, fig, doc.mentions[index], next((f.i for f in figures if f.i > fig.i), len(tokens)), lx) \
                or _claimed_after(tokens, fig, doc.mentions[index], lx)
            if host.type == "kill" and killer:  # "لقوا حتفهم … على أيدي الثوار والجيش": who killed them attacked
                host.type, host.actors = "attack", killer
                for a in killer if host.places and fig.victims not in ("fighters", "soldiers") and not fig.sides else ():
                    doc.add_fact(a, "attacks", host.places[0], index, o_place=True)  # where, with no side named
            for side in fig.sides if host.type != "kill" and host.actors and not fought(fig) else ():
                hit_side(doc, lx, host, side, index)  # "قتل جندي عراقي في قصف شنه داعش": the soldiers' side was hit
            state = _soldiers_state(doc, lx, host) if fig.victims == "soldiers" and not fig.sides and host.type != "kill" \
                and host.actors and not fought(fig) and not any(t in doc.actors for t in host.targets) else ""
            if state:  # "وتبنت الحركة قتل شرطيين في مدينة جيلان بينار": the police of the state where it happened
                hit_side(doc, lx, host, state, index)
            host.fatalities = fig.killed
            host.victims = _men_of_target(doc, lx, host, attacks, tokens, fig) or fig.victims
            host.victims_text = fig.victims_text
            for p in near(fig):
                if p not in host.places:
                    host.places.append(p)
            where = [m for m in place_ms if fig.j <= m.i < host_start(host, tokens) and (m.prefix.endswith("ب") or tokens[m.i - 1].key == "في")
                     and not any(t.kind == "punct" for t in tokens[fig.j : m.i])]  # "مقتل 32 شخصا في مدينة سروج في تفجير"
            if host.type != "kill" and host.actors and not host.targets and where and not cumulative \
                    and fig.victims not in ("fighters", "soldiers") and not fig.sides:
                host.targets.append(where[0].ref)  # the town where they died was hit (not "قال المرصد في لندن إن 40 مدنيا قتلوا")
                for a in host.actors:
                    doc.add_fact(a, "attacks", where[0].ref, index, o_place=True)
    return doc
