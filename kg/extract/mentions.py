"""Find the spans of a sentence that name actors and places.

Finders are pure functions over a sentence's tokens that yield candidate
mentions; ``find_mentions`` keeps the longest non-overlapping ones. Place
names come from the gazetteer, from a place noun followed by a name
("حي الصناعة", "قريتا السكر ودمان", "أحياء الكنامات والرصافة وحي المطار
القديم"), from compass directions ("شمال غرب سوريا") and from back-references
("المدينة"); actors from the actor lexicon, group head nouns ("فصيل X") and
back-references ("التنظيم", "الأخير").
"""
from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from kg.doc import Mention
from kg.lexicon.grammar import phrases, raw_forms, sequences, words
from kg.lexicon.lexicon import Lexicon, name_variants
from kg.extract.cues import _cue_forms, _relation_cues
from kg.extract.triggers import find_triggers
from kg.lexicon.loader import read_tsv
from kg.text.normalize import match_key, normalize, without_final_marks
from kg.text.tokens import QUOTE_MARKS, Token, clitic_candidates, without_conjunction

# A one-word gazetteer name this common in news is an ordinary word ("الثورة")
# and needs a place noun before it; governorates, cities and countries do not.
COMMON_WORD = 400
_ATTESTED_WORD = 20  # a word the news write this often is a word ("تجمع لنشطاء": ل + a noun, no name)
# An unknown one-word name without ال this frequent is an ordinary word ("بلدات محاصرة").
ORDINARY_WORD = 100
_ALWAYS_KINDS = {"country", "governorate", "city", "region", "river", "sea"}
# Place classes whose name may be a gazetteer settlement (others are facilities
# named after a place: "مطار دير الزور").
_SETTLEMENT_KINDS = {
    "City": {"city", "town", "village"},
    "Town": {"town", "village", "city"},
    "Village": {"village", "town"},
    "Governorate": {"governorate"},
    "Subdistrict": {"subdistrict", "town", "city"},  # "ناحية الصقلاوية", "قضاء حديثة": the unit named after its town
    "District": {"district", "town", "city"},
    "Countryside": {"governorate", "city", "district", "town"},
}
_MAX_NAME = 3
# Endings of indefinite adjectives ("هاماً", "عسكرية", "حيوي", "محاصرتين", "مسلحون"); a common word
# ending otherwise is more likely a name ("تلة عثمان").
_ADJECTIVE_ENDINGS = ("ا", "ه", "ي", "تين", "تان", "يين", "ون")
# Nouns (singular) whose gazetteer names honour a place rather than locate the thing in it.
_NAMED_AFTER = words("named_after")
_PROVINCE_NOUNS = words("province_noun")  # "ولاية أضنة": a foreign province filed under its capital
_TIME_SPANS = words("time_span_noun")  # "قضاء إجازة": a span of time is no place's name
_FORMER_REGIME = words("former_regime")  # "للنظام السابق": a past regime, not the lexicon's "النظام"
_WORD_FIRST_NAMES = words("word_first_name")  # "الثورة": the revolution before Al-Thawrah
_FALL_WORDS = words("fall_word")  # "سقوط X بيد Y": X is a place
_ONE_OF = words("one_of")  # "إحدى الطائرات": one of them, no back-reference
_ORGANISATION_NOUNS = words("organisation_noun")  # "تنظيم القاعدة": the group, not the base
_ORDINALS = words("ordinal")  # "…، والثاني أن": the next point of an argument, not a place
_LOCATIVE_ONLY_NOUNS = words("locative_place_noun")  # "في مقاطعة شينكاي", not "مقاطعة الانتخابات" (a boycott)
_LIST_ONLY_NOUNS = words("list_place_noun")  # "مناطق": names places only before a list ("مناطق الكود والشيخ سالم")
_AREA_TOPICS = words("area_topic")  # "منطقة الاشتباك", "مناطق النفوذ": what the area is of, not its name
_CAPITAL_APPOSITION = words("capital_apposition")  # "زنجبار، عاصمة محافظة أبين": the bare name is a town
_SEAT_NOUNS = words("seat_noun")  # "داماتورو مركز ولاية يوبي": the seat of the province named next
_PRAYER_NOUNS = words("prayer_noun")  # "لصلاة المغرب": the prayer, not Morocco
_CHARGE_NOUNS = words("charge_noun")  # "بتهمة الردة": the charge, not a village
_NUMBERED_PLACE_NOUNS = words("numbered_place_noun")  # "شارع 60": named by a number
_VAGUE_AREA_NOUNS = words("vague_area_noun")  # "منطقة" (and its plural): an actor after it owns the area
_CRAFT_ADJECTIVES = words("craft_adjective")  # "الطائرات الحربية الروسية": the aircraft's kind, then its state


@lru_cache(maxsize=1)
def _directions() -> tuple[dict[tuple[str, ...], tuple[str, str]], int]:
    table: dict[tuple[str, ...], tuple[str, str]] = {}
    for row in read_tsv("directions.tsv"):
        table[tuple(match_key(row["form"]).split())] = (row["code"], row["kind"])
    return table, max(len(k) for k in table)


@lru_cache(maxsize=1)
def place_descriptors() -> frozenset[str]:
    """Adjectives that describe a facility after its name ("العسكرية", "النفطي"), place_descriptors.tsv."""
    return frozenset(match_key(r["form"]) for r in read_tsv("place_descriptors.tsv"))


@lru_cache(maxsize=1)
def _generic_anaphors() -> frozenset[str]:
    return frozenset(match_key(r["form"]) for r in read_tsv("generic_anaphors.tsv"))


def direction_at(tokens: list[Token], i: int, kind: str) -> tuple[str, int] | None:
    """(compass code, tokens used) of a direction word of ``kind`` at ``i``, or None."""
    table, longest = _directions()
    for n in range(longest, 0, -1):
        if i + n > len(tokens):
            continue
        keys = [t.key for t in tokens[i : i + n]]
        for prefix, base in clitic_candidates(keys[0]):
            hit = table.get((base, *keys[1:]))
            if hit and hit[1] == kind and prefix in ("", "و", "ب", "ف", "وب"):
                return hit[0], n
    return None


def _bases(token: Token) -> list[str]:
    return [b for _, b in clitic_candidates(token.key)]


def _is_stop(token: Token, lx: Lexicon) -> bool:
    """True when ``token`` cannot be part of a name."""
    if token.kind != "word":
        return True
    bases = _bases(token)
    bases += [b[: -len(suf)] for b in bases for suf in ("هما", "هم", "ها", "ه") if b.endswith(suf) and len(b) - len(suf) >= 3]
    if any(b in lx.function_words for b in bases):
        return True
    if token.key in lx.numbers or any(b in lx.place_nouns for b in bases):
        return True
    if lx.triggers.longest([token], 0) or lx.time_words.longest([token], 0) or lx.reporting.longest([token], 0):
        return True  # "في جبل صبر قال سكان": a reporting verb ends the name
    return False


_NAME_EPITHETS = words("name_epithet")
_PERSON_NAME = words("person_first_name")  # "علي": a man's name before "بن", also a preposition
_NAME_PARTICLES = words("name_particle")  # "بن", "أبو": inside a person's name a building is named after
_DEMONSTRATIVES = words("demonstrative")  # "تلك القوات": with a demonstrated noun, the forces last called so
_DEMONSTRATED_NOUNS = words("demonstrated_noun")


def _epithet_agrees(token: Token, feminine: bool) -> bool:
    """"ضاحية مصر الجديدة": an epithet that agrees with a settlement's noun makes a new name of a known
    one; "قائد شرطة مدينة الفلوجة الجديد" (a new police chief) does not, and Fallujah stays Fallujah.
    (After "حي" the epithet may agree with the name instead: "حي الشهباء الجديدة".)"""
    return token.key in _NAME_EPITHETS and token.key.endswith("ه") == feminine


_PRONOUN_SUFFIXES = ("هما", "هم", "هن", "ها")


def _possessive_stems(key: str, suffixes: tuple[str, ...]) -> list[str]:
    """A word's stems without one of the pronoun ``suffixes``, ‑ت‑ also read as ‑ة ("عاصمتها" →
    "عاصمت", "عاصمه"); none shorter than three letters."""
    stems = [key[: -len(s)] for s in suffixes if key.endswith(s) and len(key) - len(s) >= 3]
    return stems + [stem[:-1] + "ه" for stem in stems if stem.endswith("ت")]


def _verb_or_possessed(token: Token, lx: Lexicon) -> bool:
    """A verb of a plural subject ("عثروا", "قاموا", "ينتمون") or a word with an attached pronoun ("طولها",
    "مصدرهما", "بأسرها"), told by the corpus counting it (or its stem) as a common word: no word of a
    name ("بجبل صبر عثروا" ends before it; "منطقة طولها 68 ميلا", "أحياء بأكملها" name nothing)."""
    key = token.key
    if len(key) < 5:
        return False
    if key.endswith("وا") or key.startswith(("ي", "ت")) and key.endswith("ون"):  # "ينتمون", "يقاتلون": a present plural
        return lx.word_rank.get(key, 0) >= 20
    if not key.endswith(_PRONOUN_SUFFIXES):
        return False
    return lx.word_rank.get(key, 0) >= 20 or any(  # "لإبعادهم" → "إبعاد"; "علاقتهما" → "علاقة"
        lx.word_rank.get(stem, 0) >= COMMON_WORD for base in _bases(token) for stem in _possessive_stems(base, _PRONOUN_SUFFIXES))


def read_name(tokens: list[Token], j: int, lx: Lexicon, *, allow_direction: bool = True) -> int:
    """End (exclusive) of an unknown name starting at ``j``: up to three words, stopping at
    function words, punctuation, a new conjunct (و…) or a place noun."""
    k = j
    while k < len(tokens) and (k - j < _MAX_NAME or k > j and (tokens[k - 1].key in _NAME_PARTICLES
                                                                                or tokens[k].key in _NAME_PARTICLES)):
        t = tokens[k]
        if k > j and tokens[k - 1].key in _NAME_PARTICLES and t.kind == "word":
            k += 1  # "منطقة أبو دوار", "قرية أم حوش": a particle takes the word after it, whatever it is
            continue
        if k > j and t.key in _PERSON_NAME and k + 1 < len(tokens) and tokens[k + 1].key in _NAME_PARTICLES:
            k += 1  # "مسجد الإمام علي بن أبي طالب": a first name that is also a word, then "بن"
            continue
        if k > j and t.key in _NAME_EPITHETS:
            k += 1  # "منطقة بغداد الجديدة": the epithet ends the name and belongs to it
            break
        if k > j and t.kind == "num" and tokens[k - 1].key.removeprefix("ال") in _UNIT_HEADS:
            k += 1 + (k + 1 < len(tokens) and tokens[k + 1].key in _UNIT_TYPES)  # "معسكر اللواء 17 مشاة"
            break
        if _is_stop(t, lx) or t.key == "و":  # a bare و before a quoted conjunct: 'مستودعات و"نقاطا لوجستية"'
            break
        if k == j and t.key.startswith("و") and len(t.key) >= 4 and not lx.place_names.longest(tokens, k, clitics=False) \
                and lx.word_rank.get(t.key[1:], 0) >= max(ORDINARY_WORD, lx.word_rank.get(t.key, 0)):  # not "مدينة وجدة": a name
            break  # "حصار كامل على مديرية وباتت تسيطر": و and a common word begin a clause, not a name
        if k > j and t.key.startswith("و") and len(t.key) >= 3 and (lx.word_rank.get(t.key[1:], 0) >= lx.word_rank.get(t.key, 0)
                                                                   or t.key.startswith("وال") and len(t.key) > 5):
            break  # "والرصافة", "وحي", "والمعلا": a new conjunct, not part of this name ("وادي" is one word)
        if not allow_direction and direction_at(tokens, k, "adj"):
            break
        if _verb_or_possessed(t, lx):
            break  # "بجبل صبر عثروا على": a verb or a word with its pronoun is no part of the name
        if k > j and t.key[:1] == "ل" and (len(t.key) >= 5 or len(t.key) == 4 and lx.word_rank.get(t.key[1:], 0) >= COMMON_WORD
                                           and lx.word_rank.get(t.key, 0) < lx.word_rank.get(t.key[1:], 0)) \
                and lx.word_rank.get(t.key[1:], 0) >= ORDINARY_WORD \
                and (j == 0 or _place_noun(tokens[j - 1], lx) is not None or not lx.actor_names.longest(tokens, k)):
            break  # "رئيس حي هارفان لوكالة أنباء الأناضول", "منطقة تمركز لوحدات حماية الشعب": a ل-phrase of the
            # sentence begins (an actor's description keeps it: "ميليشيات مناهضة لطالبان")
        if k > j and _in_named_place(tokens, k, lx):
            break  # "حي الخالدية بحلب": the name ends where "in Aleppo" begins
        if k > j and lx.time_words.longest(tokens, k):
            break  # "في قضاء بعاج أول من أمس", "في حي الميدان أمس": a time, not the name
        if k > j and t.key.startswith("ال") and t.key in _nationalities():
            break  # "مدينة سرت الليبية": the adjective says where, it is no part of the name
        if k > j and t.key in place_descriptors():
            break  # "قاعدة العند الجوية": the base is العند whether or not the adjective follows
        if k > j and (whole := lx.place_names.longest(tokens, k, clitics=False)) and whole[0] >= 2 \
                and all(lx.places[p].kind in ("country", "governorate", "region") for p in whole[2]):
            break  # "مدينة مروة أقصى شمال الكاميرون": a province of several words begins
        known = lx.place_names.longest(tokens, j, clitics=False) if k > j else None
        if known and known[0] == k - j and (t.key in place_descriptors() or _indefinite_adjective(t, lx, "sg")
                                             or not t.key.startswith("ال") and lx.word_rank.get(t.key, 0) >= ORDINARY_WORD
                                             and all(lx.places[p].kind in ("city", "governorate", "country") for p in known[2])):
            break  # "قاعدة انجرليك الجوية", "قاعدة إنجيرليك قريبة من", "قرب مطار كابول أرواح خمسة": a known name, then a word of the sentence
        if k > j and t.key[:1] == "ب" and len(t.key) >= 4 and k + 1 < len(tokens) and (after := lx.place_names.longest(tokens, k + 1, clitics=False)) \
                and any(lx.places[p].kind in ("city", "town", "district", "governorate") for p in after[2]):
            break  # "جبل الثعالب بقيفة رداع": "in Qayfa of Rada'" begins
        if k > j and (_prepositional(t, lx) or _place_noun(t, lx) is not None and t.key[:1] in "بو" and len(t.key) == 3):
            break  # "سهل الغاب بقذائف الدبابات", "مسجد الرسول الأعظم بحي …": the name has ended
        k += 1
    return k


@lru_cache(maxsize=1)
def _weapon_words() -> frozenset[str]:
    """First words of weapons.tsv, with and without the article: what "بـ" introduces after a place."""
    words = {match_key(r["form"]).split()[0] for r in read_tsv("weapons.tsv")}
    return frozenset(words | {w[2:] for w in words if w.startswith("ال")} | {"ال" + w for w in words if not w.startswith("ال")})


def _prepositional(token: Token, lx: Lexicon) -> bool:
    """"بقذائف الدبابات", "بالصواريخ", "بمساندة قوات": ب + a weapon or a support cue after a name
    ends it ("كفر بطنا" keeps its بطنا)."""
    key = token.key
    if key.startswith("بال") and len(key) > 5 and (lx.word_rank.get(key[1:], 0) >= ORDINARY_WORD or lx.word_rank.get(key, 0) >= 20):
        return True  # "غويران بالتوازي": ب + a common definite word
    if key.startswith("ب") and len(key) >= 4 and lx.word_rank.get(key[1:], 0) >= COMMON_WORD and lx.word_rank.get(key, 0) >= ORDINARY_WORD:
        return True  # "منطقة الحوبان بهدف قطع": ب + a very common word
    if key.startswith("ب") and len(key) >= 5 and lx.word_rank.get(key[1:], 0) >= ORDINARY_WORD \
            and lx.word_rank.get(key[1:], 0) > 2 * lx.word_rank.get(key, 0):
        return True  # "حي جولة الكهرباء بأسلحة ثقيلة": ب + a common word, far more often written without it
    return len(key) >= 4 and key[0] == "ب" and key[1:] in _weapon_words() or key in _cue_forms("support")


def _in_named_place(tokens: list[Token], k: int, lx: Lexicon) -> bool:
    """Token k is "ب" + a gazetteer place ("بحلب", "بدمشق", "بريف"): a container, not a name word."""
    hit = lx.place_names.longest(tokens, k)
    return bool(hit and hit[1].endswith("ب") and any(
        lx.places[p].kind in ("city", "town", "governorate", "country", "district", "subdistrict") for p in hit[2] if p in lx.places))


def _mention(kind: str, tokens: list[Token], i: int, j: int, text: str, how: str, **kw) -> Mention:
    start, end = tokens[i].start, tokens[j - 1].end
    return Mention(kind, i, j, start, end, text[start:end], how, **kw)


@lru_cache(maxsize=1)
def area_nouns() -> frozenset[str]:
    """Generic area nouns ("مناطق", "مواقع"), area_nouns.tsv."""
    return frozenset(match_key(r["form"]) for r in read_tsv("area_nouns.tsv"))


@lru_cache(maxsize=1)
def _locatives() -> frozenset[str]:
    return frozenset(match_key(r["form"]) for r in read_tsv("locatives.tsv"))


def _place_signal(tokens: list[Token], i: int, n: int, prefix: str, lx: Lexicon) -> bool:
    """Is a bare name at ``i`` read as a place: "في X", "بX", "X وY" in a list of places,
    or "X بريف Y" / "X في محافظة Y" after it?"""
    if prefix.endswith(("ب", "ل")):
        return True
    b = i - 1
    if b >= 0 and (tokens[b].text == "(" or tokens[b].text in QUOTE_MARKS):
        b -= 1  # "على (تل أبيض)", "قصفت الطائرات «بلودان»": the word before the bracket or quote
    before = tokens[b] if b >= 0 else None
    if before is not None and any(c in _FALL_WORDS for _, c in clitic_candidates(before.key)):
        return True  # "بعد سقوط تل أبيض بيد الأكراد": what falls is a place
    if before is not None and any(b in _locatives() for _, b in clitic_candidates(before.key)):
        return True
    if before is not None and any(b in _FRONT_NOUNS for _, b in clitic_candidates(before.key)):
        return True  # "على جبهة الزبداني": the front at a place
    if before is not None and (before.key == "علي" or lx.triggers.longest([before], 0)):
        return True  # the object of "تحاصر", "قصفت", "على"
    if before is not None and prefix.startswith("و") and any(
            (hit := lx.place_names.longest(tokens, s, clitics=True)) and s + hit[0] == i for s in range(max(0, i - 3), i)):
        return True  # "معرة النعمان وكفرنبل", "كريتر وخور مكسر والمعلا": a conjunct after a place that ends right before it
    for k in (i - 1, i - 2):  # "القرية الحدودية تل أبيض": a place noun (and its adjective) in apposition
        if k >= 0 and lx.place_anaphors.longest(tokens, k, clitics=True) and (k == i - 1 or tokens[i - 1].key.startswith("ال")):
            return True
    a = i + n
    if a < len(tokens) and tokens[a].text in QUOTE_MARKS | {")"}:
        a += 1  # "«بلودان» في ريف دمشق"
    if a < len(tokens):
        after = tokens[a]
        if after.key == "في" or any(p.endswith("ب") and b in lx.place_nouns for p, b in clitic_candidates(after.key)):
            return True
        if _capital_apposition_end(tokens, a):
            return True  # "زنجبار، عاصمة محافظة أبين", "دياربكر كبرى مدن جنوب شرق تركيا"
        if after.key.startswith("و") and lx.place_names.longest(tokens, a, clitics=True):
            return True
    return False


def gazetteer_reading_ok(tokens: list[Token], i: int, n: int, prefix: str, kinds: set[str], lx: Lexicon,
                         known: bool = False, ids: tuple[str, ...] = ()) -> bool:
    """Accept a gazetteer match as a place, not an ordinary word ("بشرية", "رامي", "الثورة").

    A proclitic reading must be likelier than the whole word ("ورقة" is paper, not رقة);
    one-word names of villages and towns need a place signal; common words need one even
    for cities. Countries, governorates and named regions always count. ``known``: the
    article has already named this city or town with a signal ("مدينة الزبداني" … "وتحاصر
    قوات النظام الزبداني"), so a name that is no very common word needs none now.
    """
    whole = tokens[i].key
    base = next((b for p, b in clitic_candidates(whole) if p == prefix), whole)
    if n == 1 and lx.place_anaphors.longest(tokens, i):
        return False  # "المدينة" refers back to a city; it is not the village of that name
    spelled = tokens[i].text[len(prefix):] in raw_forms("hamza_name")  # "إب": Ibb, as written
    if n == 1 and base in _WORD_FIRST_NAMES:
        return False  # "بالثورة السورية الكبرى": the revolution; Al-Thawrah is "مدينة الثورة" (a noun place)
    if lx.time_words.longest(tokens, i) and not spelled:
        return False  # "في آذار/مارس" is a month, not the village آذار
    if i > 0 and any(b in _PRAYER_NOUNS for _, b in clitic_candidates(tokens[i - 1].key)):
        return False  # "لصلاة المغرب": the sunset prayer, not Morocco
    if i > 0 and tokens[i - 1].key in _CHARGE_NOUNS:
        return False  # "أعدم خمسة مدنيين بتهمة الردة": a charge, not the village الردة
    if prefix and lx.word_rank.get(whole, 0) >= 20 and lx.word_rank.get(whole, 0) > 2 * lx.word_rank.get(base, 0):
        return False
    if kinds & {"country", "governorate", "region", "river", "sea"}:
        return True
    if prefix.endswith("ك") and not any(b in lx.place_nouns or b in area_nouns() for t in tokens[max(0, i - 2) : i]
                                         for _, b in clitic_candidates(t.key)):
        return False  # "كسبها" (won it), not ك + سبها; but "مناطق سورية كالميادين", "مدن رئيسية كالموصل"
    signal = _place_signal(tokens, i, n, prefix, lx)
    if n > 1:  # "أبو بكر", "نصر الله": names of people made of common words need a signal
        words = [lx.word_rank.get(t.key, 0) for t in tokens[i + 1 : i + n]] + [lx.word_rank.get(base, 0)]
        return min(words) < ORDINARY_WORD or signal
    rank = 0 if spelled else lx.word_rank.get(base, 0)
    if known and kinds & {"city", "town"} and rank < COMMON_WORD and not _adjective_after_noun(tokens, i, lx):
        return True
    strong = prefix.endswith("ب") or (i > 0 and tokens[i - 1].key in ("في", "قرب", "داخل", "بلدتي", "قريتي")) \
        or not prefix and _attack_in_construct(tokens, i, lx)
    if not strong and signal and rank >= ORDINARY_WORD:  # the only case it decides: look the province up then
        strong = _in_named_province(tokens, i + n, ids, lx)
    if "city" in kinds and not prefix and rank >= ORDINARY_WORD and _feminine_adjective_reading(tokens, i, lx):
        return False  # "مسيرة سلمية": peaceful, not the city
    if "city" in kinds:  # a city named like a word ("درعا", "سلمية", "الطبقة") needs a signal too
        return rank < ORDINARY_WORD or (signal and (strong or rank < COMMON_WORD))
    if rank >= COMMON_WORD:
        return False  # "بمسجد", "في الغرب": so common a word needs its place noun ("قرية مسجد")
    return signal and (rank < ORDINARY_WORD or strong)


def _attack_in_construct(tokens: list[Token], i: int, lx: Lexicon) -> bool:
    """An indefinite attack noun right before ``i`` whose genitive the name is: "هجوم سوروتش", "تفجير
    سروج" (the attack of a place; a town the news name this often is no common word for it)."""
    if i == 0 or tokens[i - 1].key.startswith(("ال", "وال")):
        return False
    hit = lx.triggers.longest(tokens, i - 1)
    return bool(hit) and hit[0] == 1 and any(event in ATTACK_EVENTS and frame == "noun" for event, frame, *_ in hit[2])


def _capital_apposition_end(tokens: list[Token], k: int) -> int:
    """Where the place after an apposition at ``k`` begins ("، عاصمة محافظة", "كبرى مدن"), or 0."""
    k += k < len(tokens) and tokens[k].text in ("،", ",")
    if k >= len(tokens) or tokens[k].key not in _CAPITAL_APPOSITION:
        return 0
    k += 1
    return k + 1 if k < len(tokens) and tokens[k].key == "مدن" else k


def _in_named_province(tokens: list[Token], k: int, ids: tuple[str, ...], lx: Lexicon) -> bool:
    """"لودر في أبين", "ولودر بمحافظة أبين": the province named right after holds one of the name's
    gazetteer readings, so the word is that town, however often the news write it. A country is
    too wide a signal ("الثورة في سوريا" is the revolution, though a town of Syria bears the name)."""
    if k >= len(tokens):
        return False
    apposition = _capital_apposition_end(tokens, k)  # "زنجبار، عاصمة محافظة أبين": the province after it
    start = apposition or (k + 1 if tokens[k].key == "في" else k)
    hit = lx.place_names.longest(tokens, start, clitics=start == k)
    if not hit or (start == k and not hit[1].endswith("ب")):
        return False
    provinces = {p for p in hit[2] if p in lx.places and lx.places[p].kind == "governorate"}
    return any(provinces & set(lx.ancestors(p)) for p in ids)


def _feminine_adjective_reading(tokens: list[Token], i: int, lx: Lexicon) -> bool:
    """"مسيرة سلمية", "عملية نوعية": a name in ة right after an indefinite noun in ة (no place noun)
    agrees with it as its adjective."""
    if i == 0 or not without_final_marks(tokens[i].text).endswith("ة") or tokens[i].key.startswith("ال"):
        return False
    before = tokens[i - 1]
    return before.kind == "word" and not before.key.startswith(("ال", "و")) and without_final_marks(before.text).endswith("ة") \
        and _place_noun(before, lx) is None


def _adjective_after_noun(tokens: list[Token], i: int, lx: Lexicon) -> bool:
    """"في الوقت الحاضر": a definite word after a definite common noun reads as its adjective,
    unless that noun ends an actor's name ("قوات النظام الزبداني")."""
    if i == 0 or not tokens[i].key.startswith("ال") or not tokens[i - 1].key.startswith("ال"):
        return False
    if lx.word_rank.get(tokens[i - 1].key, 0) < COMMON_WORD:
        return False
    return not any((hit := lx.actor_names.longest(tokens, s)) and s + hit[0] == i for s in range(max(0, i - 3), i))


def _taa_agrees(last: Token, names) -> bool:
    """match_key makes سورية and سوريا one key; an adjective "روسية" must not become روسيا, so a
    word ending in ة matches only a name that some spelling writes with ة too."""
    if not without_final_marks(last.text).endswith("ة"):
        return True
    return any(n.split()[-1].endswith("ة") for n in names if n)


def _locative_name(tokens: list[Token], i: int, lx: Lexicon) -> tuple[str, str] | None:
    """(place, proclitic) of a name that counts only after a preposition (place_aliases.tsv `after`): "في مالي",
    "وفي مالي", or with ب itself as the preposition, "بمالي"; None elsewhere ("دعم مالي")."""
    key = tokens[i].key
    for prefix in ("", "ب", "وب"):
        if prefix and not key.startswith(prefix) or key[len(prefix):] not in lx.locative_names:
            continue
        place, after = lx.locative_names[key[len(prefix):]]
        if prefix or i > 0 and tokens[i - 1].key.removeprefix("و") in after:
            return place, prefix
    return None


_HAMZA_ON_YA = "\u0626"  # ئ, looked for in raw text and names (match_key writes it ي)


def _hamza_agrees(last: Token, names) -> bool:
    """match_key reads ئ as ي, so "حلفائه" (his allies) would be the town حلفاية: a word whose ئ carries a
    pronoun ("ـائه", "ـائها", "ـائهم") matches only a name that is written with ئ too."""
    word = without_final_marks(last.text)
    if not word.endswith(("ئه", "ئها", "ئهم", "ئهما")):
        return True
    return any(_HAMZA_ON_YA in n.split()[-1] for n in names if n)


def _place_names_of(lx: Lexicon, ids) -> list[str]:
    return [n for p in ids for n in (lx.places[p].name_ar, *lx.places[p].alt_ar)]


def _actor_names_of(lx: Lexicon, ids) -> list[str]:
    return [n for a in ids if a in lx.actors for n in (lx.actors[a].label_ar, *lx.actors[a].aliases_ar)]


def find_lexicon_mentions(tokens: list[Token], text: str, lx: Lexicon, known: frozenset[str] = frozenset()) -> Iterator[Mention]:
    """Actors of the lexicon, gazetteer places, back-references and information sources
    (``known``: gazetteer ids the article has already named as places)."""
    generic = _generic_anaphors()
    for i, tok in enumerate(tokens):
        if tok.kind != "word":
            continue
        hit = lx.actor_names.longest(tokens, i)
        if hit and _taa_agrees(tokens[i + hit[0] - 1], _actor_names_of(lx, hit[2])):
            n, prefix, ids = hit
            if i + n < len(tokens) and " ".join(t.key for t in tokens[i : i + n])[len(prefix) :] in _OCCUPATION_FORCES \
                    and (state := nationality(tokens[i + n].key)) and state not in ids:
                n, ids = n + 1, [state]  # "قوات الاحتلال الأمريكي": the occupier the adjective names, not Israel
            start, prefix = _group_noun_before(tokens, i, prefix, lx)
            yield _mention("actor", tokens, start, i + n, text, "lexicon", ids=tuple(dict.fromkeys(ids)), prefix=prefix)
        hit = lx.place_names.longest(tokens, i)
        if hit and _taa_agrees(tokens[i + hit[0] - 1], _place_names_of(lx, hit[2])) \
                and _hamza_agrees(tokens[i + hit[0] - 1], _place_names_of(lx, hit[2])):
            n, prefix, ids = hit
            kinds = {lx.places[p].kind for p in ids}
            if gazetteer_reading_ok(tokens, i, n, prefix, kinds, lx, known=not known.isdisjoint(ids), ids=ids):
                named = "named" if kinds <= {"river", "sea", "region"} else ""  # "نهر الخابور" is one name
                yield _mention("place", tokens, i, i + n, text, "gazetteer", ids=tuple(dict.fromkeys(ids)), prefix=prefix, cls=named)
        elif (found := _locative_name(tokens, i, lx)) is not None:
            yield _mention("place", tokens, i, i + 1, text, "gazetteer", ids=(found[0],), prefix=found[1])  # "في مالي", "بمالي"
        hit = lx.place_anaphors.longest(tokens, i)
        if hit:
            n, prefix, classes = hit
            group = lx.place_anaphor_actors.get(" ".join(t.key for t in tokens[i : i + n])[len(prefix) :], "")
            if _base_reference(hit) and _named_group(tokens, i):
                if group in lx.actors:  # "«القاعدة»", "عناصر القاعدة": the group
                    yield _mention("actor", tokens, i, i + n, text, "lexicon", ids=(group,), prefix=prefix)
            else:
                m = _mention("place", tokens, i, i + n, text, "anaphor", cls=classes[0], prefix=prefix)
                if group in lx.actors and not _base_described(tokens, i + n, lx):
                    m.fallback = group  # "القاعدة" where the article named no base before: al-Qaeda
                yield m
        hit = lx.sources.longest(tokens, i)
        if hit:
            n, prefix, rows = hit
            yield _mention("actor", tokens, i, i + n, text, "source", ids=(rows[0]["id"],), prefix=prefix)
        hit = lx.actor_anaphors.longest(tokens, i)
        if hit and not (i > 0 and tokens[i - 1].key in _ONE_OF):  # "دمر المتمردون إحدى الطائرات": one plane, not the air force
            n, prefix, ids = hit
            yield _mention("actor", tokens, i, i + n, text, "anaphor", ids=tuple(dict.fromkeys(ids)), prefix=prefix)
        for prefix, base in clitic_candidates(tok.key):
            if base in _DEMONSTRATIVES and i + 1 < len(tokens) and tokens[i + 1].key in _DEMONSTRATED_NOUNS:
                yield _mention("actor", tokens, i, i + 2, text, "anaphor", ids=(), prefix=prefix)  # "تلك القوات"
                break
            if base in generic:
                yield _mention("actor", tokens, i, i + 1, text, "anaphor", ids=(), prefix=prefix)
                break


_NAME_HEADS = words("name_head")


def _group_noun_before(tokens: list[Token], i: int, prefix: str, lx: Lexicon) -> tuple[int, str]:
    """(start, proclitic) of a known name with the generic group noun before it ("وجماعة أحرار الشام",
    "وميليشيا «حزب الله»"): the noun belongs to the name, so a و before it joins the actor to a list."""
    if prefix:
        return i, prefix
    k = i - 1 if i > 0 and tokens[i - 1].text not in QUOTE_MARKS else i - 2
    if k < 0 or lx.actor_names.longest(tokens, k):
        return i, prefix
    found = next((p for p, b in clitic_candidates(tokens[k].key) if b in _NAME_HEADS), None)
    return (k, found) if found is not None else (i, prefix)


_BASE_CLASS = "MilitaryBase"


def _base_reference(hit) -> bool:
    """A back-reference to a military base ("القاعدة"), which is also al-Qaeda's short name or a town's."""
    return hit[2][0] == _BASE_CLASS


def _base_described(tokens: list[Token], k: int, lx: Lexicon) -> bool:
    """"القاعدة الجوية", "القاعدة الأميركية": an adjective after the word makes it a base."""
    return k < len(tokens) and tokens[k].key not in lx.function_words \
        and (tokens[k].key in place_descriptors() or tokens[k].key in _nationalities() or _indefinite_adjective(tokens[k], lx, "sg"))


def _named_group(tokens: list[Token], i: int) -> bool:
    """"«القاعدة»", "لـ«القاعدة»", "تنظيم القاعدة": the word in quotes or after an organisation noun is
    al-Qaeda, not the base named before."""
    quoted = i > 0 and tokens[i - 1].text in QUOTE_MARKS
    # (with its own proclitic: "سيارة تابعة لعناصر القاعدة")
    return quoted or i > 0 and any(b in _ORGANISATION_NOUNS for _, b in clitic_candidates(tokens[i - 1].key))


_TO_PRONOUNS = words("to_pronoun")


_FORCES_NOUNS = words("forces_noun")
_FORCES_ADJECTIVES = words("forces_adjective")
_LEADER_TITLES = words("leader_title")


@lru_cache(maxsize=1)
def _leaders() -> dict[tuple[str, ...], str]:
    """Leaders' names (as match-key tuples) and the actor their men are, leaders.tsv."""
    return {tuple(v): r["actor"] for r in read_tsv("leaders.tsv") for v in name_variants(match_key(r["form"]).split())}


@lru_cache(maxsize=1)
def _longest_leader() -> int:
    return max(map(len, _leaders()))


def _leader_at(tokens: list[Token], k: int, first: str = "") -> tuple[int, str] | None:
    """(length, actor) of the longest leader's name of leaders.tsv at token ``k`` (``first``: the first
    word's key when it is read without its ل, "لهادي" → "هادي")."""
    leaders = _leaders()
    for n in range(min(_longest_leader(), len(tokens) - k), 0, -1):
        key = (first or tokens[k].key, *(x.key for x in tokens[k + 1 : k + n]))
        if key in leaders:
            return n, leaders[key]
    return None


def _name_goes_on(token: Token, lx: Lexicon) -> bool:
    """The word after a leader's name continues a person's name: a family name in ال ("هادي العامري",
    "صالح الصماد") that is no common word, trigger or place (not "لهادي الشرعية", "لهادي دخلت")."""
    if token.kind != "word" or not token.key.startswith("ال") or lx.word_rank.get(token.key, 0) >= COMMON_WORD:
        return False
    return not lx.triggers.longest([token], 0) and not lx.place_names.longest([token], 0)


_PATRON_TYPES = frozenset({"Rebel Groups", "Political Militias", "Identity Militias", "State Forces"})


def _patron_group(tokens: list[Token], k: int, lx: Lexicon) -> tuple[int, str] | None:
    """(end, actor) of a ل-group of the actor lexicon at ``k`` that men may be loyal to: an armed group or
    a state's forces, not a foreign state ("الميليشيات الموالية لإيران" are no Iranian forces)."""
    hit = lx.actor_names.longest(tokens, k)
    if hit is None or not hit[1].endswith("ل"):
        return None
    ids = set(hit[2])
    if len(ids) != 1:
        return None
    actor = ids.pop()
    entry = lx.actors.get(actor)
    return (k + hit[0], actor) if entry is not None and entry.acled_type in _PATRON_TYPES else None


def find_loyal_forces(tokens: list[Token], text: str, lx: Lexicon) -> Iterator[Mention]:
    """"القوات العسكرية الموالية لشرعية الرئيس هادي", "والموالون لصالح": men loyal to a leader of
    leaders.tsv are the leader's actor, past the titles before the name (a loyalty to a state or a
    group is an alliance, read elsewhere)."""
    loyal = _cue_forms("allied_after")
    for t, tok in enumerate(tokens[:-1]):
        prefix, base = next(((p, b) for p, b in clitic_candidates(tok.key) if b in loyal), ("", ""))
        if not base or not tokens[t + 1].key.startswith("ل"):
            continue
        end, k = 0, t + 1
        while k < len(tokens) and k - t <= 8:
            key = tokens[k].key
            if k == t + 1:
                key = "ال" + key[2:] if key.startswith("لل") else key[1:]
            if (hit := _leader_at(tokens, k, key)) is not None:
                end, actor = k + hit[0], hit[1]
            if key not in _LEADER_TITLES and tokens[k].text not in ("،", ","):
                break
            k += 1
        if not end and (group := _patron_group(tokens, t + 1, lx)):
            end, actor = group  # "القوات الموالية للحوثيين": unnamed forces fight for their patron
        elif not end or end < len(tokens) and _name_goes_on(tokens[end], lx):
            continue  # "الموالية لهادي العامري", "للرئيس صالح الصماد": another man of the same first name
        start = None
        for back in range(t - 1, max(t - 4, -1), -1):
            key = tokens[back].key
            if key in _FORCES_NOUNS or any(b in _FORCES_NOUNS for _, b in clitic_candidates(key)):
                start = back
                prefix = next((p for p, b in clitic_candidates(key) if b in _FORCES_NOUNS), "")
                break
            if not (is_definite_nisba(key) or key in _FORCES_ADJECTIVES) or lx.actor_names.longest(tokens, back):
                break  # not past a name: "ميليشيات الحوثي الموالية لصالح" are the Houthis'
        if start is None and base.endswith(("ون", "ين")) and (prefix.startswith("و") or t == 0 or tokens[t - 1].kind == "punct"
                                                            or tokens[t - 1].key in lx.function_words):
            start = t  # "والموالون لصالح", "19 من الموالين لهادي": the participle is the noun
        if start is not None:  # not "المقاومة الشعبية الموالية لهادي": the resistance, loyal to him
            yield _mention("actor", tokens, start, end, text, "lexicon", ids=(actor,), prefix=prefix)


def find_leaders_men(tokens: list[Token], text: str, lx: Lexicon) -> Iterator[Mention]:
    """"ميليشيات علي عبد الله صالح", "قوات المخلوع صالح": a noun of forces in construct with a leader of
    leaders.tsv (past his titles) names the leader's actor, as "الموالية لـ" does."""
    for t, tok in enumerate(tokens[:-1]):
        prefix, base = next(((p, b) for p, b in clitic_candidates(tok.key) if b in _FORCES_NOUNS and not b.startswith("ال")), ("", ""))
        if not base:
            continue
        k = t + 1
        while k < len(tokens) and k - t <= 4 and tokens[k].key in _LEADER_TITLES:
            k += 1  # "ميليشيات المخلوع صالح", "قوات الرئيس السابق علي عبد الله صالح"
        hit = _leader_at(tokens, k) if k < len(tokens) else None
        if hit is None or k + hit[0] < len(tokens) and _name_goes_on(tokens[k + hit[0]], lx):
            continue  # "قوات هادي العامري": another man of the same first name
        if hit[0] == 1 and k == t + 1:
            continue  # a one-word name needs his title ("ميليشيات المخلوع صالح"): "عناصر صالح مسلم" are another man's
        yield _mention("actor", tokens, t, k + hit[0], text, "lexicon", ids=(hit[1],), prefix=prefix)


def find_group_heads(tokens: list[Token], text: str, lx: Lexicon) -> Iterator[Mention]:
    """Unknown armed groups named after a head noun: "فصيل X", "لواء X", "كتائب X".

    Not where the lexicon knows the group ("تنظيم داعش"); the name is at most two words.
    """
    for i, tok in enumerate(tokens):
        if lx.actor_names.longest(tokens, i) or (i + 1 < len(tokens) and lx.actor_names.longest(tokens, i + 1)):
            continue
        for prefix, base in clitic_candidates(tok.key):
            if base in lx.actor_heads:
                n = 1
            elif i + 1 < len(tokens) and f"{base} {tokens[i + 1].key}" in lx.actor_heads:
                n = 2  # "غرفة عمليات حلب"
            else:
                continue
            k = i + n
            while k < len(tokens) and tokens[k].text in QUOTE_MARKS | {"("}:
                k += 1  # كتائب (شهداء الإسلام), لواء "صقور الجبل"
            if base in _FRONT_NOUNS and (_front_line(tokens, i, prefix, lx) or _after_locative(tokens, i, prefix)):
                break  # "جبهة حلب", "في جبهة المخدرة": a front line, not a group ("غرفة عمليات حلب" is one)
            if k > i + n and k < len(tokens) and (lx.actor_names.longest(tokens, k) or lx.actor_anaphors.longest(tokens, k)):
                break  # "تنظيم (داعش)", "تنظيم (القاعدة)": a group the lexicon knows, in brackets
            if k < len(tokens) and tokens[k].key.startswith("ال") and lx.victims.get(tokens[k].key[2:]) in ("fighters", "soldiers"):
                break  # "لتجمع العناصر الإرهابية": a gathering of fighters, no group's name
            if k < len(tokens) and tokens[k].key in _TO_PRONOUNS:
                break  # "لتجمع لهم": a gathering of theirs
            numbered = k < len(tokens) and tokens[k].text.isdigit()  # "الفرقة 16 مشاة", "اللواء 93"
            if k < len(tokens) and (numbered or not _is_stop(tokens[k], lx) and not _adjective(tokens[k], lx)) \
                    and not lx.actor_anaphors.longest(tokens, k) and not tokens[k].key.startswith("لل") \
                    and not (tokens[k].key.startswith("ل") and lx.word_rank.get(tokens[k].key[1:], 0) >= _ATTESTED_WORD):
                # "حرية حركة التنظيم": no group named التنظيم; "تجمع للمتمردين", "تجمع لنشطاء": a gathering, no group's name
                j = k + 1 + (k + 1 < len(tokens) and tokens[k + 1].key in _UNIT_TYPES) if numbered else min(read_name(tokens, k, lx), k + 2)
                country = lx.place_names.longest(tokens, k, clitics=False) if not numbered else None
                if country and all(lx.places[p].kind == "country" for p in country[2]):
                    j = k + country[0]  # "جيش بوروندي اعتقل": the country ends the name, but for its adjectives
                    while j < min(len(tokens), k + country[0] + 2) and tokens[j].key.startswith("ال") \
                            and not lx.time_words.longest(tokens, j) and not lx.place_names.longest(tokens, j):
                        j += 1  # "جيش اليمن الوطني", "جيش العراق الحر"
                second = tokens[k + 1].key[2:] if j == k + 2 and tokens[k + 1].key.startswith("ال") else ""
                if tokens[k].key.startswith("ال") and (second in lx.place_nouns or second in lx.facility_nouns):
                    j = k + 1  # "وجيش الشرعية القصر الرئاسي": a place noun after a definite name word is the object
                if j > k and not _imperfect_verb(tokens[k], lx):  # "تنظيم يضم", "الفرقة تتركز": a verb, no name
                    yield _mention("actor", tokens, i, j, text, "head", name=text[tokens[k].start : tokens[j - 1].end], prefix=prefix)
            break


def _front_line(tokens: list[Token], i: int, prefix: str, lx: Lexicon) -> bool:
    """"جبهة X" at ``i`` is a front line, not a group: no group the lexicon knows starts there, X
    is no word for fighting itself ("جبهة القتال"), and X is a known place or the phrase follows
    a locative ("في جبهة الجفينة", "بجبهة مجزر", "على جبهة")."""
    if lx.actor_names.longest(tokens, i) or i + 1 >= len(tokens) or tokens[i + 1].key in _FRONT_GENERIC:
        return False
    if tokens[i + 1].key in _locatives() or (tokens[i + 1].key.removeprefix("ال"),) in _directions()[0]:
        return False  # "جبهات حول العاصمة", "جبهات الشمال السوري": no front named
    return bool(lx.place_names.longest(tokens, i + 1, clitics=False)) or _after_locative(tokens, i, prefix)


def _after_locative(tokens: list[Token], i: int, prefix: str) -> bool:
    """Token ``i`` follows "في", "على", "قرب" … or carries بـ: where something happens."""
    before = tokens[i - 1].key if i > 0 else ""
    return prefix.endswith("ب") or before in _locatives() or before.removeprefix("و") in _locatives() or before == "علي"  # "وفي جبهة البلق", "وسط"


def _adjective(token: Token, lx: Lexicon) -> bool:
    """A common indefinite adjective ("مشتركة", "عسكرية", "هاماً") is no name."""
    word = normalize(token.text)
    return (not word.startswith("ال") and word.endswith(_ADJECTIVE_ENDINGS)
            and lx.word_rank.get(token.key, 0) >= ORDINARY_WORD)


def _place_noun(token: Token, lx: Lexicon) -> tuple[str, str, str, str, str, bool] | None:
    """(proclitic, number, class, within, singular, definite) when ``token`` is a place noun like حي،
    أحياء، قريتا; definite plurals ("الأحياء") take no name, only an adjective."""
    readings = list(clitic_candidates(token.key))
    if len(token.key) == 3 and token.key[0] in "بلو" and token.key[1:] in _SHORT_PLACE_NOUNS:
        readings.append((token.key[0], token.key[1:]))  # "بحي", "وتل": a two-letter noun keeps its proclitic
    for prefix, base in readings:
        if base in lx.place_nouns:
            return None if _not_place_noun(token) else (prefix, *lx.place_nouns[base], False)
        if base.startswith("ال") and base[2:] in lx.place_nouns and lx.place_nouns[base[2:]][0] != "sg":
            return None if _not_place_noun(token) else (prefix, *lx.place_nouns[base[2:]], True)  # "الأحياء الشرقية"
    return None


def _not_place_noun(token: Token) -> bool:
    """"إحياء لذكرى": as written, a revival, not "أحياء" (neighbourhoods), though both share one key."""
    return without_final_marks(token.text).lstrip("وبلف") in raw_forms("word_not_place_noun")


def closes_bracket(tokens: list[Token], k: int) -> bool:
    """The ")" at ``k`` closes a bracket opened within the three words before it ("منطقة (جورجوري)")."""
    return tokens[k].text == ")" and any(t.text == "(" for t in tokens[max(0, k - 4) : k])


def _name_bracket(tokens: list[Token], j: int) -> bool:
    """An opening bracket at ``j`` that sets off a name of one to three words: "منطقة (جورجوري)",
    "بمقاطعة (هسكه مينه)"; not an aside that begins with a place noun ("(بلدة شيعية في ريف إدلب)")."""
    if tokens[j].text != "(":
        return False
    close = next((k for k in range(j + 1, min(j + 5, len(tokens))) if tokens[k].text == ")"), None)
    return close is not None and close > j + 1 and all(t.kind == "word" for t in tokens[j + 1 : close])


def _read_place_name(tokens: list[Token], j: int, text: str, lx: Lexicon, cls: str, number: str = "sg", feminine: bool = False) -> Mention | None:
    """The name after a place noun: a gazetteer place, a back-reference, or an unknown name.

    Settlements (مدينة، قرية …) prefer the gazetteer; facilities and districts (حي، دوار،
    مطار …) take the longest reading, so "حي المطار القديم" is a name while "مطار
    المدينة" is the airport of the city referred to.
    """
    while j < len(tokens) and (tokens[j].text in QUOTE_MARKS or tokens[j].key in _CALLED or _name_bracket(tokens, j)):
        j += 1  # منطقة "البوابة", "قرية تسمى فوج الميلبية", "منطقة (جورجوري)"
    if j >= len(tokens) or tokens[j].kind != "word":
        return None
    inner = _place_noun(tokens[j], lx) if cls == "Countryside" else None
    if inner is not None and inner[2] in ("City", "Town") and not inner[0] and j + 1 < len(tokens):
        j += 1  # "ريف مدينة الباب": the countryside of the town named after its own noun
    if tokens[j].key in _nationalities() and normalize(tokens[j].text).endswith(("ة", "ه", "ي")):
        return None  # "محافظة تركية حدودية", "معبر تركي": a Turkish province, not one called Turkey
    if lx.actor_names.longest(tokens, j):
        return None  # "قضاء النظام السوري": the regime's judiciary, not a district called النظام
    if tokens[j].key.startswith("لل") and lx.actor_anaphors.longest(tokens, j):
        return None  # "قاعدة للتحالف", "معسكر للجيش": whose base, not a base called التحالف
    if cls == "District" and tokens[j].key in _TIME_SPANS:
        return None  # "لقضاء إجازة نهاية الأسبوع", "قضاء العيد": spending a time, not a district (but "ساحة العيد")
    readings: list[Mention] = []
    hit = lx.place_names.longest(tokens, j, clitics=False)
    if hit:
        n, _, ids = hit
        readings.append(_mention("place", tokens, j, j + n, text, "gazetteer", ids=tuple(dict.fromkeys(ids))))
    hit = lx.place_anaphors.longest(tokens, j, clitics=False)
    if hit and not (_base_reference(hit) and cls != _BASE_CLASS):  # "منطقة القاعدة": a town so named,
        n, _, classes = hit                                         # not the base referred to
        readings.append(_mention("place", tokens, j, j + n, text, "anaphor", cls=classes[0]))
    if len(readings) == 2 and readings[1].j >= readings[0].j and all(lx.places[p].kind == "village" for p in readings[0].ids):
        readings.reverse()  # "ريف المدينة": the city referred to, not a village called المدينة
    if readings and cls in _SETTLEMENT_KINDS:
        end = readings[0].j
        if end < len(tokens) and _epithet_agrees(tokens[end], feminine):
            return _mention("place", tokens, j, end + 1, text, "name")  # "ضاحية مصر الجديدة": Heliopolis, not Egypt
        town = lx.place_names.longest(tokens, end, clitics=False) if end < len(tokens) else None
        if cls == "District" and readings[0].how == "gazetteer" and all(lx.places[p].kind == "village" for p in readings[0].ids) \
                and town is not None and read_name(tokens, j, lx) >= end + town[0]:
            return _mention("place", tokens, j, end + town[0], text, "name")  # "مديرية حزم العدين": a district named after its town
        return readings[0]
    strong = next((r for r in readings if r.how == "anaphor" or any(lx.places[p].kind in _ALWAYS_KINDS for p in r.ids)
                   or cls == "Region" and any(lx.places[p].kind == "town" for p in r.ids)), None)  # "منطقة بيحان": the town
    if not readings and _imperfect_verb(tokens[j], lx):
        return None  # "منطقة ينشط فيها التنظيم": a verb, no name
    if not _is_stop(tokens[j], lx):
        end = read_name(tokens, j, lx, allow_direction=cls not in ("Countryside", "Region", "Neighbourhood"))
        # ordinary words ("معبراً هاماً") or indefinite adjectives ("معبراً حيوياً", "منطقة حدودية آمنة") are no name
        word = normalize(tokens[j].text)
        common = end - j <= 2 and all(_indefinite_adjective(t, lx, number) and not (feminine and _masculine_nisba(t, lx))
                                      for t in tokens[j:end]) \
            or number == "pl" and _indefinite_adjective(tokens[j], lx, number) and not readings  # "أحياء سكنية": described, not named
        if common and number == "du" and not word.endswith(("ين", "ان")):
            common = False  # "حقلي شاعر وجزل": a dual noun names two places; its adjective would be dual too
        if feminine and not common and not readings and _feminine_participle(word) and lx.word_rank.get(tokens[j].key, 0) >= 20:
            common = True  # "منطقة مزدحمة", "منطقة عازلة", "منطقة مأهولة": a participle that agrees with the noun describes it
        if not common and not readings and end - j > 1 and without_final_marks(tokens[j].text).endswith(("ي", "ية")) and len(word) >= 5 \
                and not word.startswith("ال") and lx.word_rank.get(tokens[j].key, 0) >= 20 and not (feminine and word.endswith("ي")) \
                and not tokens[j + 1].key.startswith("ال"):
            common = True  # "شارع تجاري مزدحم", "منطقة جبلية وعرة": a nisba adjective first, then more description
                           # (not a noun in construct: "حي جمعية الزهراء")
        if end > j and not common and (strong is None or end > strong.j):
            return _mention("place", tokens, j, end, text, "name")
    return strong


def is_definite_nisba(key: str) -> bool:
    """"الصحراوية", "الشمالي", "الرئاسي": a definite adjective of relation (a match key: ‑ية is ‑يا),
    not an owner noun ("الشرطة")."""
    return key.startswith("ال") and len(key) > 5 and key.endswith(("يه", "يا", "ي"))


def _feminine_participle(word: str) -> bool:
    """An indefinite feminine participle: مُفعَلة ("مزدحمة", "مأهولة", "محررة") or فاعلة ("عازلة");
    not a name like "زوارة" or a noun like "جزيرة"."""
    if word.startswith("ال") or not word.endswith("ه"):
        return False
    return word.startswith("م") and len(word) >= 5 or len(word) == 5 and word[1] == "ا"


def _masculine_nisba(token: Token, lx: Lexicon) -> bool:
    """A word in ‑ي that cannot describe a feminine noun: after "مدينة" it is a name ("مدينة سيفاري")."""
    return without_final_marks(token.text).endswith("ي") and not _adjective(token, lx)


def _indefinite_adjective(token: Token, lx: Lexicon, number: str) -> bool:
    """A word after a place noun that describes it rather than names it: a common adjective, an
    attested nisba ("حيوياً", "حدودية"), a feminine nisba after a plural ("بلدات علوية"), or a
    comparative ("أوسع")."""
    word, rank = normalize(token.text), lx.word_rank.get(token.key, 0)
    if token.key.startswith("ال") or token.kind != "word":
        return False
    return (_adjective(token, lx) or (token.key.endswith("ي") and rank >= 20)
            or (number != "sg" and _is_feminine_nisba(token)) or (word.endswith("يه") and rank >= 20)
            or (len(word) == 4 and word[0] == "ا" and rank >= ORDINARY_WORD))


def _is_feminine_nisba(token: Token) -> bool:
    """An indefinite adjective in ‑ية/‑يتين agreeing with a plural or dual noun ("علوية", "شيعيتين")."""
    word = normalize(token.text)
    return not word.startswith("ال") and word.endswith(("يه", "يتين", "يتان"))


def _imperfect_verb(token: Token, lx: Lexicon) -> bool:
    """"يتجمع", "تسكنها": a word in ي‑ whose form in ت‑ is attested about as often (or the reverse)
    is a verb. A name has no such twin ("يافع", "يبرود") or towers over it: "ينبع" (Yanbu, 585 in
    the news) against the verb "تنبع" (34)."""
    key = token.key
    twin = {"ي": "ت", "ت": "ي"}.get(key[:1])
    if twin is None or len(key) < 4:
        return False
    seen = lx.word_rank.get(twin + key[1:], 0)
    return seen >= 5 and seen * _TWIN_RATIO >= lx.word_rank.get(key, 0)


def _strict_name(name: Mention, tokens: list[Token], text: str, lx: Lexicon) -> Mention | None:
    """The name after a noun of a building or an estate ("فندق", "مزرعة"), which is as often described
    as named ("فندق فخم", "فندق يتجمع فيه", "مدرسة بنات"): a definite or quoted name stands; an
    indefinite first word needs four letters or more and is no conjunct, owner (لل), plural of
    people, adjective, noun with a possessive, ب + a town or side ("مزرعة برفح", "بفندق وسط مالي");
    verbs are no names after any place noun (see _read_place_name). The name ends before an
    ordinary indefinite word ("مزرعة منصور مركز تجمع"), save the particles of a person's name
    ("مدرسة خالد بن الوليد"), and before a definite nisba ("متحف باردو الوطني")."""
    first = tokens[name.i]
    quoted = name.i > 0 and (tokens[name.i - 1].text in QUOTE_MARKS or tokens[name.i - 1].text == "(")
    if not (first.key.startswith("ال") or quoted):
        word = normalize(first.text)
        if len(word) < 4 or first.key.startswith(("و", "لل")) or first.key in _HUMAN_PLURAL_WORDS \
                or _indefinite_adjective(first, lx, "sg") or _owned_noun(first.key, lx) \
                or _in_named_place(tokens, name.i, lx) or direction_at(tokens, name.i, "noun"):
            return None
    end = name.i + 1
    while end < name.j and not is_definite_nisba(tokens[end].key) and (
            tokens[end].key.startswith("ال") or tokens[end].key in _NAME_PARTICLES
            or lx.word_rank.get(tokens[end].key, 0) < ORDINARY_WORD):
        end += 1
    return name if end == name.j else _mention("place", tokens, name.i, end, text, "name")


def named_with_noun(lx: Lexicon, noun: str, words: list[Token]) -> tuple[int, tuple[str, ...]] | None:
    """A gazetteer name the words make together with a place noun before them ("عمران" →
    "محافظة عمران"): (how many of the words it takes, the place ids), or None."""
    whole = lx.place_names.longest([Token(0, 0, noun, match_key(noun), "word"), *words], 0, clitics=False)
    return (whole[0] - 1, tuple(dict.fromkeys(whole[2]))) if whole and whole[0] >= 2 else None


def _new_conjunct(token: Token, lx: Lexicon) -> bool:
    """A word with و that the news knows better without it ("وأعدم": أعدم), no place and no place noun:
    it begins a new phrase, so it names nothing for the noun before it (but "وادي", "واشنطن")."""
    key = token.key
    return token.kind == "word" and key.startswith("و") and len(key) > 3 and not lx.place_names.longest([token], 0, clitics=False) \
        and _place_noun(token, lx) is None and lx.word_rank.get(key[1:], 0) >= 20 > lx.word_rank.get(key, 0)


def _noun_place(tokens: list[Token], i: int, text: str, lx: Lexicon, cls: str, prefix: str, *, bare: bool = False, within: str = "", noun: str = "", number: str = "sg") -> Mention | None:
    """One place read from the noun at ``i`` and the name after it (``bare``: the name is at ``i``)."""
    feminine = number == "sg" and normalize(noun).endswith("ه")  # "مدينة", "منطقة": a nisba after them ends in ‑ية
    nxt = i if bare else i + 1
    if match_key(noun) in _VAGUE_AREA_NOUNS and nxt < len(tokens) and (lx.actor_anaphors.longest(tokens, nxt) or tokens[nxt].key in _AREA_TOPICS):
        return None  # "مناطق المعارضة", "منطقة الاشتباك": whose or what areas ("جبل الأكراد", "حي الشرطة" are names)
    if not bare and nxt < len(tokens) and tokens[i].key == match_key(noun) + "ا" and tokens[nxt].key.endswith("يا") \
            and not tokens[nxt].key.startswith("ال") and lx.word_rank.get(tokens[nxt].key, 0) >= 20:
        return None  # "دمر انفجار حياً سكنياً", "موقعا عسكريا": an indefinite noun and its adjective, no name
    if not bare and nxt < len(tokens) and tokens[nxt].kind == "num" and match_key(noun) in _NUMBERED_PLACE_NOUNS:
        m = _mention("place", tokens, i, nxt + 1, text, "noun", cls=cls, prefix=prefix, within=within, noun=noun)
        m.name = tokens[nxt].text  # "شارع 60": a street named by its number
        return m
    if not bare and nxt < len(tokens) and _new_conjunct(tokens[nxt], lx):
        return None  # "سيطر على بضع بلدات وأعدم أجانب": a new verb, not the noun's name
    if (bare or number != "sg") and noun and nxt < len(tokens) and tokens[nxt].kind == "word":
        # "محافظتي صعدة وعمران": the second is the gazetteer's "محافظة عمران"; "محافظتي البيضاء وأبين": so is the
        # first ("محافظة البيضاء", though bare "البيضاء" is a Syrian village)
        hit = named_with_noun(lx, noun, tokens[nxt : nxt + 3])
        if hit is not None:
            n, ids = hit
            m = _mention("place", tokens, i, nxt + n, text, "noun", cls=cls, prefix=prefix, within=within, noun=noun)
            m.ids, m.name = ids, " ".join(t.text for t in tokens[nxt : nxt + n])
            return m
    name = _read_place_name(tokens, i if bare else i + 1, text, lx, cls, number, feminine)
    if name is not None and name.how == "name" and match_key(noun) in _STRICT_NAME_NOUNS:
        name = _strict_name(name, tokens, text, lx)
    if name is None:
        return None
    if number == "pl" and name.how not in ("gazetteer", "anaphor") and lx.victims.get(tokens[name.i].key.removeprefix("ال")):
        return None  # "أحياء المدنيين": whose neighbourhoods, not their name (but "مستشفى الأطفال" is one)
    j = name.j
    direction = ""
    if cls in ("Countryside", "Neighbourhood", "Region"):
        d = direction_at(tokens, j, "adj")
        if d:
            direction, n = d
            j += n
    elif cls in ("Town", "Village") and number == "sg" and (d := direction_at(tokens, j, "adj")) and d[1] == 1:
        j += 1  # "بلدة الكرك الشرقي", "قرية الغارية الغربية": the adjective is part of the village's name
    # A descriptive adjective right after the name ("العسكري", "النفطي") is part of the phrase.
    if j < len(tokens) and tokens[j].key in place_descriptors():
        j += 1
    m = _mention("place", tokens, i, j, text, "noun", cls=cls, prefix=prefix, direction=direction, within=within, noun=noun)
    if name.how == "gazetteer":
        kinds = _SETTLEMENT_KINDS.get(cls)
        compatible = tuple(p for p in name.ids if kinds and lx.places[p].kind in kinds)
        if not compatible and cls == "Governorate":  # "محافظة إب": the governorate of the town إب, named after it
            compatible = tuple(dict.fromkeys(p.parent for i in name.ids if (p := lx.places[i]).parent
                                             and lx.places.get(p.parent) is not None and lx.places[p.parent].kind == "governorate"
                                             and match_key(lx.places[p.parent].name_ar).endswith(match_key(name.text))))
        if not compatible and (match_key(noun) in _PROVINCE_NOUNS or cls == "Governorate"):  # "ولاية أضنة", "محافظة
            # شرناق": a foreign province the gazetteer files only under its capital
            compatible = tuple(p for p in name.ids if lx.places[p].kind in ("city", "town") and not lx.places[p].pcode)
        if compatible:
            m.ids = compatible
            m.name = name.text
            if cls == "Countryside" or direction:
                m.of = name
                m.ids = ()
            return m
        if number != "sg" and all(lx.places[p].kind in ("country", "governorate") for p in name.ids):
            return None  # "محافظات العراق", "مدن الأنبار": units of a country or province, no place of their own
        wide = all(lx.places[p].kind in ("governorate", "country", "region") or not lx.places[p].pcode for p in name.ids)
        if noun in _NAMED_AFTER or (cls == "Neighbourhood" and wide and number == "sg"):  # not "أحياء عدن": Aden's
            m.name = name.text
            return m  # "شارع بغداد" in Damascus, "حي صلاح الدين" in Aleppo: named after a place, not in it
        m.of = name  # a facility named after a place: "مطار دير الزور"
    elif name.how == "anaphor":
        m.of = name
    else:
        whole = lx.place_names.longest(tokens, i)  # "مدينة السويس": the gazetteer may hold the noun with the name
        if whole and whole[0] == j - i and not bare:
            m.ids = tuple(dict.fromkeys(whole[2]))
    m.name = name.text
    return m


def _list_goes_on(tokens: list[Token], k: int, lx: Lexicon) -> bool:
    """Another "، و" conjunct the gazetteer knows follows at ``k``: the list is not over."""
    return k + 1 < len(tokens) and tokens[k].text in ("،", ",") and tokens[k + 1].key.startswith("و") \
        and lx.place_names.longest(tokens, k + 1, clitics=True) is not None  # not "، والسكان فروا"


def find_noun_places(tokens: list[Token], text: str, lx: Lexicon) -> Iterator[Mention]:
    """Places introduced by a place noun, with coordination of several names.

    "حي الصناعة"; "قريتا السكر ودمان" (dual: two names); "أحياء الكنامات والرصافة وحي
    المطار القديم" (plural: a list, where a conjunct may bring its own noun).
    """
    group = 0
    for i, tok in enumerate(tokens):
        noun = _place_noun(tok, lx)
        if noun is None:
            continue
        prefix, number, cls, within, singular, definite = noun
        bare_noun = tok.key[len(prefix):]  # without its proclitics: "لمناطق" → "مناطق"
        if match_key(singular) in _FRONT_NOUNS and (not _front_line(tokens, i, prefix, lx) or lx.place_names.longest(tokens, i + 1, clitics=False)):
            continue  # "جبهة ثوار سوريا" is a group; "في جبهة الجفينة" a front line; "جبهة الزبداني" is الزبداني
        if match_key(bare_noun).removeprefix("ال") in _LIST_ONLY_NOUNS and (definite or bare_noun.startswith("ال")):
            continue  # "المناطق الجنوبية", "المناطق التي": no list of names follows
        if (number == "pl" or definite or tokens[i].key.startswith("ال") or bare_noun.startswith("ال")) and i + 1 < len(tokens):
            d = direction_at(tokens, i + 1, "adj")
            if d:  # "الأحياء الشرقية": a side of the city referred to
                yield _mention("place", tokens, i, i + 1 + d[1], text, "direction", direction=d[0], cls="Region", prefix=prefix,
                               within=within, noun=singular)
                continue
        if definite:
            continue  # "التلال المشرفة": an adjective, not a name
        facility = lx.facility_nouns.get(bare_noun)
        if facility is not None and i + 1 < len(tokens) and tokens[i + 1].key in facility[2] \
                and not tokens[i + 1].key.startswith(("ال", "لل")):
            continue  # "معسكر تدريب تابع لحماس": a facility said by what it is, not a camp called تدريب
        if match_key(singular) in _LOCATIVE_ONLY_NOUNS and not (i > 0 and tokens[i - 1].key == "في" and not prefix) \
                and not (i + 1 < len(tokens) and _name_bracket(tokens, i + 1)):
            continue  # "في مقاطعة شينكاي" is a district; "إلى مقاطعة البضائع", "بمقاطعة الانتخابات" a boycott
        whole = lx.place_names.longest(tokens, i)
        if whole and whole[0] >= 2 and cls != "City":
            d = direction_at(tokens, i + whole[0], "adj") if cls == "Countryside" else None
            if d:  # "بريف دمشق الغربي": a side of the governorate called ريف دمشق
                m = _mention("place", tokens, i, i + whole[0] + d[1], text, "noun", cls=cls, prefix=prefix,
                             direction=d[0], within=within, noun=singular)
                m.of = _mention("place", tokens, i, i + whole[0], text, "gazetteer", ids=tuple(whole[2]), prefix=whole[1])
                m.name = m.of.text
                yield m
            continue  # "ريف دمشق" is itself a gazetteer name (the governorate)
        first = _noun_place(tokens, i, text, lx, cls, prefix, within=within, noun=singular, number=number)
        if first is None:
            continue
        if number == "sg":
            yield first
            continue
        group += 1
        first.group = group
        members = [first]
        k = first.j
        while k < len(tokens) and len(members) < 20:
            if tokens[k].text in QUOTE_MARKS and k + 1 < len(tokens) and tokens[k + 1].key.startswith("و"):
                k += 1  # 'قرى "الهديدة" و"الفسلوج"': past the quote that closes a name
            comma_and = number == "pl" and tokens[k].text in ("،", ",") and k + 1 < len(tokens) and tokens[k + 1].kind == "word" \
                and tokens[k + 1].key.startswith("و") and tokens[k + 1].key[1:] not in _ORDINALS \
                and (tokens[k + 1].key.startswith("وال") or lx.place_names.longest(tokens, k + 1, clitics=True)
                     or _list_goes_on(tokens, k + 2, lx))
            if comma_and:  # "قرى الحجاج، والمزرعة والمالحة": a comma before the و of a definite or known conjunct, or
                k += 1     # of any one the list goes on after ("مناطق الفيوش، وصبر، والوهط"); not "مدن البلاد، واضطر الرئيس"
            comma = number == "pl" and tokens[k].text in ("،", ",") and k + 1 < len(tokens) and tokens[k + 1].kind == "word"
            if comma:  # "محافظات دمشق، ريف دمشق، حلب … وإدلب": a list set off by commas
                sub, shift, prefix_k = tokens[k + 1 :], k + 1, ""
            elif tokens[k].key == "و" and k + 1 < len(tokens) and tokens[k + 1].text in QUOTE_MARKS:
                sub, shift, prefix_k = tokens[k + 1 :], k + 1, "و"  # 'و"التومة"': the name in quotes after a bare و
            elif tokens[k].kind == "word" and tokens[k].key.startswith("و") and len(tokens[k].key) > 1:
                # the conjunct without its و, as a token list starting at 0
                rest = without_conjunction(tokens[k])
                sub, shift, prefix_k = [rest, *tokens[k + 1 :]], k, "و"
            else:
                break
            inner = _place_noun(sub[0], lx)
            whole = lx.place_names.longest(sub, 0, clitics=False)
            if inner is not None and whole and whole[0] >= 2:
                inner = None  # "ريف دمشق" in a list of governorates is the governorate's name
            if inner is not None:
                m = _noun_place(sub, 0, text, lx, inner[2], prefix_k, within=inner[3], noun=inner[4])
            else:
                m = _noun_place(sub, 0, text, lx, cls, prefix_k, bare=True, within=within, noun=singular)
            if m is None or (comma and inner is None and not m.ids):
                break  # after a comma only a known place of the list's kind continues it
            for x in (m, m.of):
                if x is not None:
                    x.i += shift
                    x.j += shift
            m.group = group
            members.append(m)
            k = m.j
            if number == "du" and len(members) == 2:
                break
        if match_key(bare_noun) in _LIST_ONLY_NOUNS:
            name_at = next((t for t in range(i + 1, len(tokens)) if tokens[t].text not in QUOTE_MARKS), i + 1)
            rare = all(lx.word_rank.get(match_key(x.name.split()[0]) if x.name else "", 0) < ORDINARY_WORD for x in members)
            if not (len(members) > 1 and name_at < len(tokens) and (tokens[name_at].key.startswith("ال") or rare)):
                continue  # "مناطق يحتلها", "مناطق التوتر": a word this vague names places only in a list ("مناطق الكود والشيخ سالم",
                          # or of names rare in the news: "مناطق كتاف ورحبان")
            for k, m in enumerate(members):  # "مناطق الضالع وردفان ويافع": the places known by those names
                if m.of is not None and m.of.how == "gazetteer":
                    m.of.group, m.of.prefix = m.group, m.prefix if k else prefix
                    members[k] = m.of
        if len(members) > 1 and number == "du":
            # a dual names two places; any trailing adjective belongs to both
            if k < len(tokens) and tokens[k].key in lx.function_words and match_key(tokens[k].text).startswith("ال"):
                members[-1].j = k + 1
        yield from members


_SUPERLATIVES = words("superlative")
_OCCUPATION_FORCES = phrases("occupation_force")  # "قوات الاحتلال": Israel's, unless a nationality follows


def find_facilities(tokens: list[Token], text: str, lx: Lexicon) -> Iterator[Mention]:
    """Facilities named by what they are: "مركزا للشرطة", "قاعدة عسكرية", "سوق مزدحمة"
    (facility_nouns.tsv). The mention spans the noun alone, so an owner after it ("للشرطة")
    stays an actor of its own; the qualifier goes into the label. Only a sentence that reports
    an event (a trigger of triggers.tsv) reads them: a checkpoint set up or a market's prices
    are no part of the conflict graph."""
    found: list[Mention] = []
    for i, tok in enumerate(tokens[:-1]):
        if i > 0 and tokens[i - 1].key in _SUPERLATIVES:
            continue  # "أكبر قاعدة جوية في البلاد": describes a base named elsewhere
        for prefix, base in clitic_candidates(tok.key):
            entry = lx.facility_nouns.get(base)
            if entry is None or tokens[i + 1].key not in entry[2]:
                continue
            cls, singular, _ = entry
            m = _mention("place", tokens, i, i + 1, text, "noun", cls=cls, prefix=prefix, within="city", noun=singular)
            m.name, m.facility = tokens[i + 1].text, True
            found.append(m)
            break
    if found and _reports_event(tokens, lx):
        yield from found


def find_numbered_bases(tokens: list[Token], text: str, lx: Lexicon) -> Iterator[Mention]:
    """"سيطروا على اللواء 15 مشاة", "غارات على مقر اللواء 35 مدرع": a unit named by its number, where
    something is taken or struck (after "على", "في", a base's or positions' noun), is its camp. Elsewhere
    ("قائد اللواء 21", "أفراد اللواء 35") it is the unit and no mention at all."""
    for i, tok in enumerate(tokens[:-1]):
        if tokens[i + 1].kind != "num":
            continue
        prefix, head = next(((p, b) for p, b in clitic_candidates(tok.key) if b.removeprefix("ال") in _UNIT_HEADS and b.startswith("ال")), ("", ""))
        if not head:
            continue
        k = i - 1 - (i > 1 and tokens[i - 1].text in QUOTE_MARKS)  # "على «اللواء 15»"
        before = tokens[k].key.removeprefix("و") if k >= 0 else ""
        if not (before in _BASE_LEADS or before in _POSITION_WORDS):  # not "ما يعرف بالفرقة 30": a group
            continue
        j = i + 2
        while j < len(tokens) and j < i + 4 and tokens[j].key in _UNIT_TYPES:
            j += 1  # "اللواء 55 حرس جمهوري"
        m = _mention("place", tokens, i, j, text, "noun", cls="MilitaryBase", prefix=prefix, within="governorate", noun=head)
        m.name = tokens[i + 1].text  # one camp however its type is written: "اللواء 35" and "اللواء 35 مدرع"
        yield m


def _reports_event(tokens: list[Token], lx: Lexicon) -> bool:
    """The sentence holds a trigger of triggers.tsv: facilities and lists of unknown places are read
    only where it reports an event."""
    return any(lx.triggers.longest(tokens, k) for k in range(len(tokens)))


def find_direction_regions(tokens: list[Token], text: str, lx: Lexicon, places: list[Mention]) -> list[Mention]:
    """Wrap "شمال غرب <place>" into a region mention relative to that place."""
    starts = {m.i: m for m in places}
    out: list[Mention] = []
    for m in places:
        d = direction_at(tokens, m.j, "adj") if m.how == "anaphor" and m.cls not in ("City", "Town", "Village") else None
        if d:  # "المحافظة الشرقية"; not "المدينة الجنوبية": the southern city, an epithet
            out.append(_mention("place", tokens, m.i, m.j + d[1], text, "direction", direction=d[0], cls=m.cls, prefix=m.prefix, of=None))
    for i in range(len(tokens)):
        d = direction_at(tokens, i, "noun")
        if not d:
            continue
        code, n = d
        inner = starts.get(i + n)
        if inner is None:
            continue
        prefix = clitic_candidates(tokens[i].key)[-1][0] if tokens[i].key[0] in "وبف" else ""
        m = _mention("place", tokens, i, inner.j, text, "direction", direction=code, cls="Region", of=inner, prefix=prefix)
        out.append(m)
    return out


def _select(cands: list[Mention]) -> list[Mention]:
    """Longest non-overlapping candidates; on ties, earlier finders win."""
    order = {"noun": 0, "direction": 0, "lexicon": 1, "source": 1, "gazetteer": 2, "head": 3, "anaphor": 4, "name": 5}

    def rank(m: Mention) -> int:
        if m.how == "gazetteer" and m.j - m.i > 1 and m.kind == "place" and m.cls == "named":
            return -1
        return order.get(m.how, 9)

    taken: list[Mention] = []
    used: set[int] = set()
    for m in sorted(cands, key=lambda m: (-(m.j - m.i), rank(m), m.i)):
        span = set(range(m.i, m.j))
        if span & used:
            continue
        taken.append(m)
        used |= span
    return sorted(taken, key=lambda m: m.i)


def _actor_or_place(cands: list[Mention], tokens: list[Token]) -> list[Mention]:
    """A name that is both an actor and a place (روسيا) is a place after a locative word."""
    by_span: dict[tuple[int, int], list[Mention]] = {}
    for m in cands:
        by_span.setdefault((m.i, m.j), []).append(m)
    out = []
    locative = {"في", "الي", "من", "داخل", "شمال", "جنوب", "شرق", "غرب", "وسط"}
    for span, ms in by_span.items():
        kinds = {m.kind for m in ms}
        if kinds == {"actor", "place"}:
            m0 = ms[0]
            before = tokens[m0.i - 1].key if m0.i > 0 else ""
            after_direction = m0.i > 0 and direction_at(tokens, m0.i - 1, "noun") is not None  # "جنوب شرقي تركيا"
            place_reading = m0.prefix.endswith("ب") or before in locative or after_direction
            keep = "place" if place_reading else "actor"
            out.extend(m for m in ms if m.kind == keep)
        else:
            out.extend(ms)
    return out


@lru_cache(maxsize=1)
def _nationalities() -> dict[str, str]:
    return {match_key(r["form"]): r["actor"] for r in read_tsv("nationalities.tsv")}


def nationality_form(key: str) -> str | None:
    """The nationalities.tsv form a nationality adjective is, in any number (None for another word)."""
    nat = _nationalities()
    if key in nat:
        return key
    if key.endswith(("تين", "تان")):  # feminine dual: the feminine singular (‑ية) with ‑تين
        form = match_key(key[:-3] + "ه")
        return form if form in nat else None
    if key.endswith(("ين", "ان", "ون")):  # masculine dual or plural: the masculine singular (‑ي)
        return key[:-2] if key[:-2] in nat else None
    return None


def nationality(key: str) -> str:
    """The state a nationality adjective names, in any number: "أميركية", the dual "أميركيتين"
    ("مروحيتين أميركيتين"), "تركيان", the plural "أمريكيين" ("" when the word is none, or names
    a country the lexicon has no forces of)."""
    form = nationality_form(key)
    return _nationalities()[form] if form is not None else ""


def is_nationality(key: str) -> bool:
    """A nationality adjective of any country, in any number ("أفغاني", "تركيين")."""
    return nationality_form(key) is not None


def attach_nationality(chosen: list[Mention], tokens: list[Token], text: str, lx: Lexicon) -> list[Mention]:
    """"طائرات حربية روسية", "القوات التركية": a force word with a nationality adjective is that
    state; the adjective is not a place or a second actor."""
    states = set(_nationalities().values())
    out: list[Mention] = []
    skip: set[int] = set()
    for k, m in enumerate(chosen):
        if k in skip:
            continue
        if m.kind == "actor" and m.how in ("anaphor", "head") and m.j < len(tokens):
            at = m.j + 1 if tokens[m.j].key in _CRAFT_ADJECTIVES and m.j + 1 < len(tokens) else m.j  # "للطائرات العسكرية الأميركية"
            actor = nationality(tokens[at].key)
            forces = m.how == "head" or any(a in states for a in m.ids)  # "الحركة التونسية" is no state's force
            if actor in lx.actors and forces:
                nm = _mention("actor", tokens, m.i, at + 1, text, "lexicon", ids=(actor,), prefix=m.prefix)
                if k + 1 < len(chosen) and chosen[k + 1].i == at:
                    skip.add(k + 1)  # the adjective read as روسيا or سوريا
                out.append(nm)
                continue
        out.append(m)
    return _attacking_states(out, tokens, text, lx)


ATTACK_EVENTS = ("attack", "airstrike", "shelling", "missile")  # the event types of an attack (events, casualties)


def _attacking_states(chosen: list[Mention], tokens: list[Token], text: str, lx: Lexicon) -> list[Mention]:
    """"الضربات الجوية التركية", "الدبابات التركية", "الغارات الروسية": a nationality adjective
    after an attack noun or a weapon platform names the state that attacks (an actor mention);
    after a munition it names where the munition was made ("صواريخ أمريكية من طراز تاو")."""
    platforms = words("platform")
    taken = {t for m in chosen for t in range(m.i, m.j) if m.kind == "actor"}
    added: list[Mention] = []
    for t in range(1, len(tokens)):
        actor = nationality(tokens[t].key)
        if actor not in lx.actors or t in taken:
            continue
        definite = tokens[t].key.startswith("ال")  # "الغارات التركية"; "غارة أمريكية", "قصف جوي تركي"
        if not definite and lx.place_names.longest(tokens, t, clitics=False):
            continue  # "قصف سوريا": the country shelled, not a Syrian shelling
        for back in (1, 2):  # "الضربات التركية", "الضربات الجوية التركية"
            if t - back < 0:
                break
            head = tokens[t - back]
            if t - back in taken:
                break  # "طائرات النظام السوري": the adjective belongs to a name already read
            hit = lx.triggers.longest([head], 0)
            if head.key[len(hit[1]) if hit else 0 :].startswith("ال") != definite:
                break  # an adjective agrees in definiteness with its noun (past a clitic: "رحبت بالهجمات التركية")
            if hit and hit[2][0][0] in ATTACK_EVENTS or head.key in platforms:
                added.append(_mention("actor", tokens, t, t + 1, text, "lexicon", ids=(actor,)))
                break
    if not added:
        return chosen
    spans = {m.i for m in added}
    kept = [m for m in chosen if not (m.kind == "place" and m.i in spans)]  # "الغارات السورية": not the country
    return sorted(kept + added, key=lambda m: m.i)


def attach_sides(chosen: list[Mention], tokens: list[Token]) -> list[Mention]:
    """"الريف الشرقي لحلب", "الجهة الشمالية من المدينة": a side named with ل/من X is X's side."""
    out: list[Mention] = []
    skip: set[int] = set()
    for k, m in enumerate(chosen):
        if k in skip:
            continue
        if m.how == "direction" and m.of is None and k + 1 < len(chosen):
            n = chosen[k + 1]
            gap = [t.key for t in tokens[m.j : n.i]]
            if n.kind == "place" and (gap == ["من"] or (not gap and n.prefix.endswith("ل"))):
                m.of, m.j, m.end = n, n.j, n.end
                skip.add(k + 1)
        out.append(m)
    return out


_SHORT_PLACE_NOUNS = words("short_place_noun")  # place nouns too short for clitic_candidates to strip a proclitic from
_UNIT_TYPES = words("unit_type")  # "الفرقة 16 مشاة"
_UNIT_HEADS = words("unit_head")  # "اللواء 17": a unit named by its number
_BASE_LEADS = words("base_lead")  # "على اللواء 15", "مقر اللواء 35": the unit's camp follows
_CALLED = words("called")  # "قرية تسمى X": the name follows
_FRONT_NOUNS = words("front_noun")  # "جبهة": a group's head noun, or a front line
_FRONT_GENERIC = words("front_generic")  # "جبهات القتال": the fighting itself, no named front
_FORCE_NOUNS = words("force_noun")


def _counted_people(m: Mention, tokens: list[Token], lx: Lexicon) -> bool:
    """"مقتل 12 سوريا": after a number, "سوريا" counts Syrians (سوريّاً); "مقاتلة سورية": a
    Syrian jet. Neither names the country."""
    if m.kind != "place" or m.how != "gazetteer" or m.i == 0 or m.j - m.i != 1 or m.prefix:
        return False
    prev = tokens[m.i - 1]
    country = any(lx.places[p].kind == "country" for p in m.ids if p in lx.places)
    if country and prev.key in _FORCE_NOUNS and without_final_marks(tokens[m.i].text).endswith("ة"):
        return True
    return country and (prev.kind == "num" or prev.key in lx.numbers) and tokens[m.i].key.endswith("ا")


_ARMED_DOERS = words("armed_doer")
_ARMED_DOERS_OBLIQUE = words("armed_doer_oblique")
_ARMED_GROUPS = frozenset(" ".join(seq) for seq in sequences("armed_group_phrase"))  # "مجموعة مسلحة": unnamed
_ARMED_DOER_CUES = words("armed_doer_cue") | words("armed_doer_cue_oblique")
_ARMED_DOER_CUES_OBLIQUE = words("armed_doer_cue_oblique")
UNIDENTIFIED = "unidentified-armed-group"  # generic_actors.tsv: armed men the text does not name
_AFFILIATION_STEMS = tuple(sorted(words("affiliation_stem")))  # "تابعون", "موالون", "ينتمون"
_OTHERS_WORDS = words("other_adjective")  # "آخرين", "آخرون"
_ARMED_COUNTED = words("armed_counted")  # "31 مسلحا", "200 إرهابي": armed men only after a count
_ARMED_PARTITIVES = words("armed_partitive")  # "العديد من المسلحين", "مجموعة من المسلحين", "عشرات المسلحين"
_ARMED_OBJECT_CUES = words("armed_object_cue")  # "ضد مسلحين", "مع المسلحين", "بين الجيش ومسلحين"
_ARMED_DEFINITE_OBJECTS = words("armed_definite_object")  # "تتعامل مع المسلحين", not "ضد الإرهابيين"
COUNT_WORDS = words("count_word")  # "قتلت X عشرات من Y", "أكثر من 200 إرهابي": words of a count


def _owned_by_named_group(tokens: list[Token], k: int, lx: Lexicon) -> bool:
    """After armed men: a group that owns them ("مسلحون تابعون للحوثيين", "متشددون من تنظيم
    داعش", "مسلحون في التنظيم") or a name that describes them ("مسلحون حوثيون")."""
    if k >= len(tokens) or tokens[k].kind != "word":
        return False
    if tokens[k].key.startswith(_AFFILIATION_STEMS) or lx.actor_names.longest(tokens, k) or _group_adjective(tokens[k].key, lx):
        return True
    if tokens[k - 1].key.removeprefix("و").startswith("ال") and tokens[k].key.startswith("ال") and lx.actor_anaphors.longest(tokens, k, clitics=False):
        return True  # "المسلحين الأكراد": the adjective names their group
    if tokens[k].key in _OTHERS_WORDS and k + 1 < len(tokens):
        k += 1  # "21 مسلحا آخرين من تنظيم داعش"
    if tokens[k].key not in ("من", "في"):
        return False
    for t in range(k + 1, min(k + 4, len(tokens))):
        if lx.actor_names.longest(tokens, t) or lx.actor_anaphors.longest(tokens, t):
            return True
        if not (tokens[t].text in QUOTE_MARKS or tokens[t].text in "(/" or tokens[t].key in _ORGANISATION_NOUNS):
            return False  # past "تنظيم (" of "متشددون من تنظيم (داعش)" only
    return False


def _group_adjective(key: str, lx: Lexicon) -> bool:
    """A relative adjective of a named group in any number and case ("حوثيا", "حوثيين" of
    "الحوثيين"): "60 مسلحا حوثيا" are that group's men."""
    for end in ("يا", "يين", "يون", "يان", "ي"):
        if key.endswith(end) and len(key) > len(end) + 2:
            stem = key[: len(key) - len(end)] + "ي"
            return any(lx.actor_names.single(f"ال{stem}{plural}") for plural in ("ين", "ون"))
    return False


def _armed_men_at(tokens: list[Token], i: int) -> tuple[str, str, int] | None:
    """(proclitic, word, length) of armed men named at token i: "مسلحون", "ومسلحين", "المسلحين",
    "مسلحا" (after a count only: the caller checks) — one word — or "مجموعة مسلحة" (two)."""
    nxt = tokens[i + 1].key if i + 1 < len(tokens) else ""
    for p, b in clitic_candidates(tokens[i].key):
        if p not in ("", "و", "ف"):
            continue
        core = b[2:] if b.startswith("ال") else b
        if core in _ARMED_DOERS or core in _ARMED_DOERS_OBLIQUE or (core == b and core in _ARMED_COUNTED):
            return p, b, 1
        if f"{b} {nxt}" in _ARMED_GROUPS:
            return p, b, 2
    return None


def _armed_object(tokens: list[Token], i: int, prefix: str, base: str, lx: Lexicon, verbs: set[int]) -> bool:
    """Armed men as a side hit or fought: counted right after a verb or noun of attack or killing
    ("قتلت قوات الأمن ستة مسلحين", "يقتل 31 مسلحا", "تصفية العديد من المسلحين", "داهمت مجموعة من
    المسلحين"; not the dead of "أسفر عن مقتل 20 مسلحا", told beside whoever was hit), after a
    preposition of the enemy ("ضد مسلحين", "مع المسلحين") or conjoined to the other side ("بين
    الجيش ومسلحين")."""
    counted = lambda t: t.kind == "num" or t.key in lx.numbers or t.key in _ARMED_PARTITIVES or t.key in COUNT_WORDS
    prev = tokens[i - 1] if i > 0 else None
    if prev is None or prev.kind == "punct":
        return False
    if counted(prev):
        k = i - 1
        while k >= 0 and counted(tokens[k]):
            k -= 1
        for t in range(k, max(-1, k - 6), -1):  # back to the verb past its subject ("قتلت قوات الأمن التونسية ستة مسلحين")
            if tokens[t].kind == "punct":
                return False
            if t in verbs:
                return True
            if any(b in lx.kill_words for _, b in clitic_candidates(tokens[t].key)):
                return False  # "أسفرت عن مقتل 20 مسلحا": the dead
            if tokens[t].key.startswith("و") and len(tokens[t].key) > 3:
                return False  # "أطلقت باتجاه النار وفر عدد من الإرهابيين": another verb's subject
        return False
    if base in _ARMED_COUNTED or base.startswith("ال") and base not in _ARMED_DEFINITE_OBJECTS:
        return False  # "مسلحا" is an adjective or a lone man unless counted; "الحرب ضد الإرهابيين" is no side
    if prev.key == "علي" and i >= 2 and tokens[i - 2].key.endswith("قبض"):
        return False  # "القبض على المهاجمين": an arrest
    if prev.key == "مع" and any(t.key == "ضد" for t in tokens[i + 1 : i + 6]):
        return False  # "قاتل أبناء العشائر مع المسلحين ضد الجيش": alongside them
    if prefix == "" and prev.key in _ARMED_OBJECT_CUES:
        return True
    lead = next((t for t in range(i - 1, max(-1, i - 7), -1) if tokens[t].key in _ARMED_OBJECT_CUES), None)
    if lead is None or prefix != "و":
        return False
    first = tokens[lead + 1] if lead + 1 < i else None  # "لا تميز بين المدنيين والمسلحين": not two sides
    unarmed = lambda key: lx.victims.get(key, "") in ("civilians", "people", "children")
    return first is None or not (unarmed(first.key) or unarmed(first.key.removeprefix("ال")))


def find_unnamed_armed(tokens: list[Token], text: str, lx: Lexicon) -> Iterator[Mention]:
    """Armed men the text does not name, where they act: "هاجم مسلحون القرية", "هجوم شنه
    مسلحون", "إن مسلحين شنوا", "على يد مسلحين". They are the unidentified armed group
    (generic_actors.tsv), as "مسلحون مجهولون" is. Not an adjective ("رجال قبائل مسلحون",
    "يهود متطرفون"), not men a named group owns ("متشددون من تنظيم داعش", "مسلحون تابعون
    للحوثيين"): that group acts."""
    if UNIDENTIFIED not in lx.actors:
        return
    cues = _relation_cues()
    verbs: set[int] | None = None  # where the sentence's triggers start, read once if armed men are named
    for i, tok in enumerate(tokens):
        if tok.kind != "word":
            continue
        found = _armed_men_at(tokens, i)
        if found is None:
            continue
        prefix, base, n = found
        if verbs is None:
            verbs = {tr.i for tr in find_triggers(tokens, lx)}
        prev = tokens[i - 1] if i > 0 else None
        prev_key = prev.key.removeprefix("و") if prev is not None and prev.kind == "word" else ""
        if n == 2:  # "شنته مجموعة مسلحة", "على يد مجموعة مسلحة", "«مجموعة مسلحة هاجمت»", "وهاجمت مجموعة مسلحة";
            opens = i < 2 or tokens[i - 2].kind == "punct" or tokens[i - 2].key in _ARMED_DOER_CUES  # not the object
            doer = prev is None or prev.kind == "punct" or prev_key in _ARMED_DOER_CUES or cues.get(prev_key) == "agent" \
                or (i - 1 in verbs and opens)  # of "قوة للجيش حاصرت مجموعة مسلحة"
        elif base in _ARMED_DOERS_OBLIQUE:
            doer = prev_key in _ARMED_DOER_CUES_OBLIQUE
        else:
            doer = prefix != "" or prev is None or prev.kind == "punct" or prev_key in _ARMED_DOER_CUES \
                or cues.get(prev_key) == "agent" or i - 1 in verbs or bool(lx.time_words.longest(tokens, i - 1))
        if base in _ARMED_COUNTED or base.startswith("ال"):
            doer = False  # a definite doer refers back to a group told before ("بعد سيطرة المسلحين على مدينة عمران")
        hit = False  # armed men hit or fought rather than acting
        if n == 1 and not doer:
            hit = _armed_object(tokens, i, prefix, base, lx, verbs)
        elif n == 2 and not doer:  # "بين قوات موالية للحكومة وجماعات مسلحة", "بين الجيش البوروندي والجماعات المسلحة"
            hit = prefix == "و" and any(t.key == "بين" for t in tokens[max(0, i - 8) : i]) \
                or not base.startswith("ال") and _armed_object(tokens, i, prefix, base, lx, verbs)
        if not (doer or hit) or _owned_by_named_group(tokens, i + n, lx):
            continue
        home = lx.actor_anaphors.longest(tokens, i)
        named = lx.actor_names.longest(tokens, i) or home
        if named and named[0] > n:
            continue  # "المسلحين الأكراد": a name of the lexicon, longer
        if home and home[0] == 1 and n == 1 or hit:  # "مسلحون" in Nigeria is Boko Haram's: the back-reference first
            ids = tuple(dict.fromkeys(home[2])) if home and home[0] == 1 and n == 1 else ()
            m = _mention("actor", tokens, i, i + n, text, "anaphor", ids=ids, prefix=prefix)
            m.fallback, m.sole_group = UNIDENTIFIED, hit
            yield m
        else:
            yield _mention("actor", tokens, i, i + n, text, "lexicon", ids=(UNIDENTIFIED,), prefix=prefix)


# Place classes whose unknown name, once the article has given it with its noun ("بلدة
# فوتوكول"), is read alone elsewhere in the article ("سيطر الجيش على فوتوكول").
_NAMED_ONCE_CLASSES = {"City", "Town", "Village"}


def minted_settlements(mentions: list[list[Mention]], lx: Lexicon) -> dict[tuple[str, ...], Mention]:
    """Unknown settlement names the article introduces with a place noun, keyed by their
    words: one or two words, no ordinary word ("بلدات محاصرة"), no actor's name."""
    out: dict[tuple[str, ...], Mention] = {}
    for ms in mentions:
        for m in ms:
            if m.kind != "place" or m.how != "noun" or m.ids or m.of is not None or m.facility or m.cls not in _NAMED_ONCE_CLASSES:
                continue
            words = tuple(match_key(m.name).split())
            if not 1 <= len(words) <= 2 or lx.word_rank.get(words[0], 0) >= ORDINARY_WORD:
                continue
            out.setdefault(words, m)
    return out


_CAPITAL_NOUNS = words("capital_noun")  # "عاصمة": "في بشكك، عاصمة قرغيزستان"


def find_capitals_named(tokens: list[Token], text: str, lx: Lexicon) -> Iterator[Mention]:
    """"في بشكك، عاصمة قرغيزستان", "في ماناجوا عاصمة نيكاراجوا": a rare name after a preposition of place,
    set beside "عاصمة" and a place, is that place's capital city, though no gazetteer names it."""
    for k, tok in enumerate(tokens):
        if tok.key not in _CAPITAL_NOUNS or k + 1 >= len(tokens):
            continue
        after = tokens[k + 1]
        if not (lx.place_names.longest(tokens, k + 1) or after.key.removeprefix("ال") in lx.place_nouns):
            continue  # "عاصمة قرغيزستان", "عاصمة ولاية تينيسي"
        e = k - 1 - (k > 0 and tokens[k - 1].text in ("،", ","))
        for n in (2, 1):
            s = e - n + 1
            if s < 1 or tokens[s - 1].key not in _NAME_LOCATIVES:
                continue
            names = tokens[s : e + 1]
            if any(_is_stop(t, lx) or lx.word_rank.get(t.key, 0) >= ORDINARY_WORD or lx.place_names.longest([t], 0)
                   or is_nationality(t.key) for t in names):
                continue
            m = _mention("place", tokens, s, e + 1, text, "noun", cls="City", noun="مدينة")
            m.name = text[names[0].start : names[-1].end]
            yield m
            break


def find_named_once(tokens: list[Token], text: str, lx: Lexicon, named: dict[tuple[str, ...], Mention]) -> Iterator[Mention]:
    """Bare mentions of the settlements in ``named`` (see minted_settlements): the same
    noun, class and name, so they resolve to the same place. No ``within``: where the place
    lies is said where the article introduces it, not by the province a later sentence names."""
    for i, tok in enumerate(tokens):
        if tok.kind != "word":
            continue
        hit = next(((prefix, first, len(words)) for prefix, base in clitic_candidates(tok.key) for words, first in named.items()
                    if base == words[0] and tuple(t.key for t in tokens[i + 1 : i + len(words)]) == words[1:]), None)
        if hit is not None:
            prefix, first, n = hit
            m = _mention("place", tokens, i, i + n, text, "noun", cls=first.cls, prefix=prefix, noun=first.noun)
            m.name = first.name
            yield m


def find_mentions(tokens: list[Token], text: str, lx: Lexicon, known: frozenset[str] = frozenset(),
                  named: dict[tuple[str, ...], Mention] | None = None) -> list[Mention]:
    """All actor and place mentions of one sentence, left to right, without overlaps
    (``known`` and ``named``: places the article has already named, see pipeline.mentions)."""
    cands = list(find_unnamed_armed(tokens, text, lx))  # first: over the bare back-reference of the same word
    cands += find_lexicon_mentions(tokens, text, lx, known)
    cands += find_noun_places(tokens, text, lx)
    cands += find_group_heads(tokens, text, lx)
    cands += find_loyal_forces(tokens, text, lx)
    cands += find_leaders_men(tokens, text, lx)
    cands += find_facilities(tokens, text, lx)
    cands += find_numbered_bases(tokens, text, lx)
    cands += find_capitals_named(tokens, text, lx)
    if named:  # last: where a finder above reads the same span, its reading wins
        cands += find_named_once(tokens, text, lx, named)
    cands = [m for m in _actor_or_place(cands, tokens) if not _counted_people(m, tokens, lx) and not _latest(m, tokens)
             and not _former_regime(m, tokens)]
    chosen = _select(cands)
    regions = find_direction_regions(tokens, text, lx, [m for m in chosen if m.kind == "place"])
    if regions:
        chosen = _select(regions + chosen)
    chosen = _without_glosses(attach_partners(attach_sides(attach_nationality(chosen, tokens, text, lx), tokens), tokens, text, lx), tokens)
    chosen = attach_self_names(chosen, tokens)
    chosen = attach_listed_names(_without_partitives(attach_province_conjuncts(chosen, tokens, text, lx), tokens), tokens, text, lx)
    return attach_seized_landmarks(attach_located_names(chosen, tokens, text, lx), tokens, text, lx)


@lru_cache(maxsize=1)
def _province_nouns() -> tuple[str, ...]:
    """Singular nouns of a governorate or province ("محافظة", "ولاية"), place_nouns.tsv."""
    return tuple(dict.fromkeys(r["singular"] for r in read_tsv("place_nouns.tsv") if r["class"] == "Governorate"))


def attach_province_conjuncts(chosen: list[Mention], tokens: list[Token], text: str, lx: Lexicon) -> list[Mention]:
    """"في صعدة وعمران وحجة": after a governorate, a conjunct the gazetteer knows only with its
    noun ("محافظة عمران", since عمران alone is a common word) is that governorate."""
    starts = {m.i for m in chosen}
    added: list[Mention] = []
    for m in chosen:
        if m.kind != "place" or not any(p in lx.places and lx.places[p].kind == "governorate" for p in m.ids):
            continue
        k = m.j
        while k < len(tokens) and k not in starts and tokens[k].kind == "word" and tokens[k].key.startswith("و") and len(tokens[k].key) > 2:
            rest = without_conjunction(tokens[k])
            hit = next((h for noun in _province_nouns() if (h := named_with_noun(lx, noun, [rest])) is not None), None)
            ids = tuple(p for p in hit[1] if lx.places[p].kind == "governorate") if hit else ()
            if not ids:
                break
            added.append(_mention("place", tokens, k, k + 1, text, "gazetteer", ids=ids, prefix="و"))
            k += 1
    return sorted(chosen + added, key=lambda m: m.i) if added else chosen


# Gazetteer kinds and place classes of a local place that a list of unknown names may continue;
# after a settlement or a neighbourhood named with its noun ("حي كلابة والشماسي") the conjunct is one
# too, otherwise it is a place of no known class (ck:Place).
_LISTED_KINDS = {"city", "town", "village", "district", "subdistrict", "neighbourhood"}
_LISTED_SETTLEMENTS = {"City", "Town", "Village", "Neighbourhood"}
_LISTED_CLASSES = _LISTED_SETTLEMENTS | {"District", "Subdistrict", "Region", "MilitaryBase"}
_UNLISTED_PLURALS = words("unlisted_plural")
_RELATIVE_WORDS = words("relative")
_LISTED_GROUP = 500  # coordination groups of this pass (find_noun_places counts from 1, resolve from 900)


def _unheard_name(token: Token, lx: Lexicon) -> bool:
    """An indefinite word the news almost never uses, with no ending of a verb's subject or object or
    of a noun's owner: "وحفطنين", "ومحزف" after a place are places of its list."""
    key = token.key
    if len(key) < 3 or lx.word_rank.get(key, 0) >= 20 or lx.word_rank.get("و" + key, 0) >= 20:
        return False
    return not key.endswith(_VERB_OR_OWNER_ENDINGS)


_VERB_PREPOSITIONS = frozenset({"في", "علي", "الي", "من"})  # after a rare conjunct: a verb's, unless a known place follows
# Endings of a verb's subject or object, or of a noun's owner ("أمطروهم", "تبادلتا", "مينائها"),
# that a name in a list of places does not have.
_VERB_OR_OWNER_ENDINGS = ("وا", "تا", "ها", "هم", "هما", "كم", "نا")


def _verb_with_object(key: str, lx: Lexicon) -> bool:
    """A common verb with the object pronoun ه ("قتلته", "دمروه"; ‑ها/‑هم already end _unheard_name): its
    stem is a word of the news and ends as a verb does (ت, و), since a final ه is also a taa marbuta."""
    stem = key[:-1]
    return key.endswith("ه") and len(stem) >= 3 and stem.endswith(("ت", "و")) and lx.word_rank.get(stem, 0) >= ORDINARY_WORD


def _listed_name_end(tokens: list[Token], k: int, lx: Lexicon) -> int:
    """End of an unknown name conjoined at ``k`` ("والسنافر", "والحوبان", "وحفطنين"), or ``k`` when the
    conjunct is no such name: definite, every word rare in the news (so no noun or adjective of the
    story), none a stop word, at most two words; or one indefinite word the news almost never writes,
    ended where a list's name ends."""
    t = tokens[k]
    if t.kind != "word" or not t.key.startswith("و") or t.key[1:] in _ORDINALS:
        return k
    rest = without_conjunction(t)
    if not t.key.startswith("وال") and not _unheard_name(rest, lx):
        return k  # "ومينائها", "وأمطروهم", "وتبادلتا" are a noun with its owner or a verb
    if not t.key.startswith("وال") and _verb_with_object(rest.key, lx):
        return k  # "بلدة بيت أمر وقتلته": a verb with its object pronoun
    if t.key.startswith("وال") and len(t.key) < 6:
        return k
    if any(lx.word_rank.get(w, 0) >= ORDINARY_WORD for w in (rest.key, rest.key[2:] if rest.key.startswith("ال") else rest.key)) \
            or lx.word_rank.get(t.key, 0) > lx.word_rank.get(rest.key, 0):
        return k  # "والمدنيين", "والتمركز", "والستين": a word of the story, with or without its article
    sub = [rest, *tokens[k + 1 : k + 2]]
    if _is_stop(rest, lx) or lx.actor_names.longest(sub, 0) or lx.actor_anaphors.longest(sub, 0) \
            or lx.place_anaphors.longest(sub, 0) or rest.key in _nationalities() or direction_at(sub, 0, "adj") \
            or rest.key in _UNLISTED_PLURALS or _place_noun(rest, lx) is not None:
        return k  # "والبساتين": land around the place, no place of the list; "والبلدات المحيطة بها": the noun, no name
    end = k + 1
    if not t.key.startswith("وال"):  # one word, ended where a list's name ends ("ومحزف في مأرب", "وحفطنين شمال دهوك")
        if end < len(tokens) and tokens[end].key in _VERB_PREPOSITIONS:
            placed = end + 1 < len(tokens) and (lx.place_names.longest(tokens, end + 1) or _place_noun(tokens[end + 1], lx))
            return end if placed else k  # "وتوغلت في أحيائها": a verb; "ومحزف في مأرب", "وفورو في سهل الغاب"
        clean = _name_ends(tokens, end) or direction_at(tokens, end, "noun") or _in_named_place(tokens, end, lx) \
            or _prepositional(tokens[end], lx)  # "ودوفس بمشاركة طيران التحالف"
        return end if clean else k  # "وعزلت مقاتلي التنظيم": a verb and its object
    if end < len(tokens) and not _is_stop(tokens[end], lx) and not tokens[end].key.startswith("و") \
            and lx.word_rank.get(tokens[end].key, 0) < ORDINARY_WORD and not direction_at(tokens, end, "adj") \
            and not _in_named_place(tokens, end, lx) and tokens[end].key not in _nationalities():
        end += 1
    if end < len(tokens) and tokens[end].key in _RELATIVE_WORDS:
        return k  # "والخنادق التي حفرها": a described noun, not a name of the list
    return end


def attach_listed_names(chosen: list[Mention], tokens: list[Token], text: str, lx: Lexicon) -> list[Mention]:
    """"في الشيخ عثمان والسنافر بعدن", "قاعدة العند واللبوة": a name the lexicons lack, conjoined
    right after a local place (a town, a district, a neighbourhood, an area named with its noun),
    is another place of the same list, of the same kind when the first is a settlement named with
    its noun. Only a word rare in the news qualifies ("والمدنيين" continues the sentence, not the
    list; see _listed_name_end), and only in a sentence that reports an event."""
    starts = {m.i for m in chosen}
    lists: list[tuple[Mention, list[Mention]]] = []
    for m in chosen:
        if not _local_place(m, lx):
            continue  # a country or a province: "سوريا والعراق" needs no help, and its conjuncts are no towns
        cls = m.cls if m.how == "noun" and not m.ids else ""
        members: list[Mention] = []
        k = m.j
        while k < len(tokens) and k not in starts and len(members) < 5:
            end = _listed_name_end(tokens, k, lx)
            if end == k:
                break
            x = _mention("place", tokens, k, end, text, "noun", cls=cls if cls in _LISTED_SETTLEMENTS else "Place",
                         prefix="و", within=m.within if cls in _LISTED_SETTLEMENTS else "")
            x.name = text[tokens[k].start + 1 : tokens[end - 1].end]
            members.append(x)
            k = end
        if members:
            lists.append((m, members))
    if not lists or not _reports_event(tokens, lx):  # checked last: most sentences have no such list
        return chosen
    added: list[Mention] = []
    for n, (m, members) in enumerate(lists):
        m.group = m.group if m.group >= 0 else _LISTED_GROUP + n
        for x in members:
            x.group = m.group
        added += members
    return sorted(chosen + added, key=lambda m: m.i)


# Place classes and gazetteer kinds that can hold an unknown place named just before them.
_HOLDING_KINDS = {"country", "governorate", "region", "city", "town", "district", "subdistrict"}
_HOLDING_CLASSES = {"City", "Town", "Governorate", "District", "Subdistrict", "Region", "Countryside", "Place"}
_NAME_LOCATIVES = words("name_locative")  # "في X بمحافظة Y": what may stand before an unknown place's name
# What may stand between a place and the larger place that holds it ("الرمادي الواقعة غرب
# البلاد", "التابعة لقضاء حديثة"; a camp's description: "مخيم اليرموك للاجئين الفلسطينيين بدمشق");
# an empty gap always is one. Read here and by kg.extract.resolve.
CONTAINER_GAPS = ((),) + sequences("container_gap")
_PLURAL_POSSESSIVES = ("هم", "هما", "كم", "هن")  # "لقائهم": a noun with its owners; ‑نا and ‑ه/‑ها are weighed (_owned_noun)
_OWNED_STEM = 20  # a word in ‑ه whose stem is attested this often is that noun with a possessive
_NO_PLACE_NAMES = words("no_place_name")  # "في المنفى", "في أتون": rare words after "في" that name no place
_STRICT_NAME_NOUNS = words("strict_name_noun")  # "فندق", "مزرعة": described as often as named
_TWIN_RATIO = 4  # a verb's ي‑ and ت‑ forms are within this factor of each other in the news
_HUMAN_PLURAL_WORDS = words("human_plural")  # "مدرسة بنات": whom a building is for
_EQUIPMENT_NOUNS = words("equipment_noun")
_POSITION_WORDS = words("position_word")  # "مواقع", "نقاط": a force's positions, in the place named after "في"
_NAME_BOUNDARIES = words("name_boundary")  # "سيطرت على دينسور بعد معارك": a preposition ends what was taken
_SEIZED_REACH = 3  # words between the verb and "على": its subject ("سيطرت قواتنا على")
_SIBLING_CLASSES = frozenset(_LISTED_CLASSES | {"Landmark"})  # "في الكود ودوفس ومزارع المشور"
_LOCATED_GROUP = 600  # coordination groups of this pass (see _LISTED_GROUP)


def _holds(m: Mention, lx: Lexicon) -> bool:
    """``m`` can contain another place: a side of a place, a province, a city, a district, or the
    city or province referred to ("بالعاصمة", "المحافظة")."""
    if m.kind != "place" or m.facility:
        return False
    if m.how == "direction" or m.how == "anaphor":
        return True
    if m.ids:
        return any(p in lx.places and lx.places[p].kind in _HOLDING_KINDS for p in m.ids)
    return m.how == "noun" and (m.cls in _HOLDING_CLASSES or m.of is not None)


def _locator_at(tokens: list[Token], e: int, starts: dict[int, Mention], lx: Lexicon) -> Mention | None:
    """The container said right after an unknown name ending at ``e``: "بمحافظة إب", "غربي مأرب",
    "في منطقة تمكبتو", "التابعة لمحافظة بنزرت", "عاصمة الولاية". A bare comma or و says nothing."""
    for gap in CONTAINER_GAPS:
        if tuple(t.key for t in tokens[e : e + len(gap)]) != gap or any(w in ("،", ",") for w in gap):
            continue
        nxt = starts.get(e + len(gap))
        if nxt is None or not _holds(nxt, lx) or nxt.prefix.startswith("و"):
            continue
        if gap or nxt.prefix.endswith("ب") or nxt.how == "direction":
            return nxt
    return None


def _local_place(m: Mention, lx: Lexicon, classes: frozenset[str] = frozenset(_LISTED_CLASSES)) -> bool:
    """A town, a village, a district or a spot named with its noun (of ``classes``): a place a list
    of unknown names may belong to (not a country or a province: "سوريا والعراق", "في الكود ومحافظة
    أبين")."""
    if m.kind != "place" or m.facility or m.how not in ("gazetteer", "noun"):
        return False
    if m.how == "noun" and not m.ids:
        return m.cls in classes
    kinds = {lx.places[p].kind for p in m.ids if p in lx.places}
    return bool(kinds) and kinds <= _LISTED_KINDS


def _name_word(token: Token, lx: Lexicon, first: bool) -> bool:
    """A word of a name the lexicons lack: no stop word, actor, nationality or noun of positions
    ("سيطرت طالبان على جيوب في أفغانستان"); the first word is rare in the news, as is its stem
    without a possessive ("اجتماعه" is a meeting's, no place)."""
    if _is_stop(token, lx) or is_nationality(token.key.removeprefix("ال")) or token.key.removeprefix("ال") in lx.facility_nouns \
            or token.key in _NO_PLACE_NAMES or token.key in _cue_forms("position") or is_equipment(token.key) \
            or _common_in_number(token.key, lx) \
            or lx.actor_names.longest([token], 0) \
            or lx.actor_anaphors.longest([token], 0) or direction_at([token], 0, "adj"):
        return False
    if not first:
        return True
    key = token.key
    if token.kind != "word" or len(key) < 3 or key.endswith(_PLURAL_POSSESSIVES):
        return False  # "في لقائهم": a noun with its owners
    if lx.word_rank.get(key, 0) >= (COMMON_WORD if key.startswith("ال") else ORDINARY_WORD) \
            or key.startswith("ال") and lx.word_rank.get(key[2:], 0) >= ORDINARY_WORD:
        return False  # a definite name may be better known ("المخدرة") as long as its bare word is rare
    return not _owned_noun(key, lx)


def _owned_noun(key: str, lx: Lexicon) -> bool:
    """A noun with a possessive ‑ه/‑ها/‑نا whose bare noun is attested: "معاقله", "عاصمتها" (‑ت‑ is ‑ة),
    "مصيرنا"; never a definite word ("المخدرة": its ‑ه is ‑ة)."""
    if key.startswith(("ال", "وال")):
        return False
    return any(lx.word_rank.get(w, 0) >= _OWNED_STEM for w in _possessive_stems(key, ("ها", "ه", "نا")))


def _singulars(key: str) -> set[str]:
    """The singular a dual or plural ending may stand for, in match_key spelling: "دبابتين",
    "عربتي", "آليات" → "دبابه", "عربه", "اليا"; "اقليمين" → "اقليم"."""
    forms = set()
    for ending, stem in (("تين", "ه"), ("تان", "ه"), ("تي", "ه"), ("تا", "ه"), ("ات", "ه"), ("ات", ""), ("ين", ""), ("ان", ""), ("ي", "")):
        if key.endswith(ending) and len(key) - len(ending) >= 2:
            forms.add(key[: -len(ending)] + stem)
    return forms | {f[:-2] + "يا" for f in forms if f.endswith("يه")}  # match_key writes a final ية as يا ("آلية")


def is_equipment(key: str) -> bool:
    """A word for arms or gear in any number ("دبابة", "دبابتين", "عربتي", "آليات"): what a force
    seizes that is no place (grammar_words equipment_noun)."""
    key = key.removeprefix("و")
    forms = {key, key.removeprefix("ال")}  # "آليات" begins as the article does
    return bool((forms | {f for w in forms for f in _singulars(w)}) & _EQUIPMENT_NOUNS)


def _common_in_number(key: str, lx: Lexicon) -> bool:
    """A common noun in the dual or with a construct ‑ي ("بلدتين", "ولايتين", "تلتين", "موقعي",
    "المجلسين"), no name: a feminine dual of a place noun or of an ordinary word, a masculine one (‑ين,
    ‑ي) of a very common word that is no place noun ("سجنان", "عمران" stay names)."""
    key = key.removeprefix("ال")
    for ending in ("تين", "تان", "تي", "تا"):
        stem = key[: -len(ending)]
        singular = {stem + "ه", stem + "ا"} if stem.endswith("ي") else {stem + "ه"}  # "ولايتين": ولاية, match_key "ولايا"
        if key.endswith(ending) and len(stem) >= 2 and any(f in lx.place_nouns or lx.word_rank.get(f, 0) >= ORDINARY_WORD for f in singular):
            return True
    if key.endswith(("ين", "ي")):  # not ‑ان: "عمران" is no dual of عمر
        stem = key[:-1] if key.endswith("ي") else key[:-2]
        return len(stem) >= 3 and lx.word_rank.get(stem, 0) >= COMMON_WORD and stem not in lx.place_nouns  # not "الستين"
    return False


def _seized_at(tokens: list[Token], k: int, lx: Lexicon, nouns: bool = False) -> bool:
    """Token ``k`` follows "على" (or "على مواقع في", "على موقعي") that governs the object of a control or siege
    verb a few words before it ("سيطرت قواتنا على", "فرضت الحصار على"), not of a verb of speech or
    of an attack ("هجوم على" may hit a convoy or a person). With ``nouns``, the noun of control
    too ("السيطرة على"), whose object may be anything held ("السيطرة على الماشية")."""
    on = k - 1
    if tokens[on].key == "في" and on >= 2 and tokens[on - 1].key in _POSITION_WORDS:
        on -= 2  # "سيطرت على مواقع في دوفس والكود": positions in the places taken
    elif tokens[on].key in _POSITION_WORDS and on >= 1:
        on -= 1  # "سيطروا على موقعي الكسارة والمداجن": the positions named
    if tokens[on].key != "علي":
        return False
    for x in range(max(0, on - _SEIZED_REACH), on):
        hit = lx.triggers.longest(tokens, x)
        if hit and hit[2][0][0] in ("control", "siege") and (hit[2][0][1] == "verb" or nouns and hit[2][0][0] == "control"):
            return True
    return False


def _name_ends(tokens: list[Token], e: int) -> bool:
    """The name ends at ``e``: punctuation, the end, a conjunct or a preposition follows."""
    return e >= len(tokens) or tokens[e].kind != "word" or tokens[e].key.startswith("و") or tokens[e].key in _NAME_LOCATIVES \
        or tokens[e].key in _NAME_BOUNDARIES


def _rejoined(tokens: list[Token], i: int) -> tuple[Token, int]:
    """The word at ``i`` as written: a rare name the tokenizer split as two glued words ("دينسور" →
    "دين سور") is one word again (with how many tokens it spans). kg.text.tokens splits such words
    by their halves' counts; here the context says a name stands."""
    a = tokens[i]
    if i + 1 < len(tokens) and a.kind == "word" and tokens[i + 1].kind == "word" and a.end == tokens[i + 1].start:
        text = a.text + tokens[i + 1].text
        return Token(a.start, tokens[i + 1].end, text, match_key(text), "word"), 2
    return a, 1


def _unknown_names(tokens: list[Token], k: int, covered: set[int], lx: Lexicon) -> list[tuple[int, int]]:
    """Spans of unknown names from ``k`` on, joined by و ("الستين والهشمة"); each name up to three
    words, the first rare in the news; a definite common word ends a name ("إذكاء النزاع")."""
    spans: list[tuple[int, int]] = []
    i = k
    while i < len(tokens) and i not in covered and len(spans) < 5:
        t, width = _rejoined(tokens, i)
        if spans:  # a conjunct: its و stripped, a name of its own
            if t.kind != "word" or not t.key.startswith("و") or len(t.key) < 4:
                break
            if not _name_word(without_conjunction(t), lx, True):
                break
        elif not _name_word(t, lx, True):
            break
        e = i + width
        while e < len(tokens) and e - i < _MAX_NAME and e not in covered and not tokens[e].key.startswith(("و", "لل")) \
                and _name_word(tokens[e], lx, False) and not _adjective(tokens[e], lx) \
                and not _feminine_participle(normalize(tokens[e].text)) \
                and not (tokens[e].key.startswith("ال") and lx.word_rank.get(tokens[e].key, 0) >= ORDINARY_WORD):
            e += 1
        spans.append((i, e))
        i = e
    return spans


def _seat_ahead(tokens: list[Token], k: int, covered: set[int], starts: dict[int, Mention], lx: Lexicon) -> int | None:
    """"وطاول آخرها داماتورو مركز ولاية يوبي": a rare one-word name right before "عاصمة" or "مركز"
    and the province it heads is that province's city, whatever word stands before it. Returns
    where the name ends (at the head word), or None."""
    e = k + 1  # one word: "متجها صوب مركز ناحية القيارة" is a phrase, not a name
    if e >= len(tokens) or tokens[e].key not in _CAPITAL_APPOSITION | _SEAT_NOUNS:
        return None
    if tokens[k].key.startswith("و") and (not _name_word(bare := without_conjunction(tokens[k]), lx, True)
                                          or lx.place_names.longest([bare], 0)):
        return None  # "والرمادي مركز المحافظة": a known or common word after و, not a new name
    if any(prefix in ("ل", "لل", "ب", "بال", "ك") and lx.word_rank.get(base, 0) >= ORDINARY_WORD
           for prefix, base in clitic_candidates(tokens[k].key)):
        return None  # "مستودعا للأسلحة مركز ولاية بورنو": a common word behind its preposition
    if _unknown_names(tokens, k, covered, lx)[:1] != [(k, e)] or _locator_at(tokens, e, starts, lx) is None:
        return None
    return e


def _bi_name(tokens: list[Token], k: int, text: str, starts: dict[int, Mention], lx: Lexicon) -> Mention | None:
    """"بالجفينة جنوب غرب مأرب", "بالخنقة بمنطقة عسير": a one-word definite name the lexicons lack,
    glued to "ب" ("in"; the caller checks "بال") and placed at once by a side of a place or by "ب" and a place, is a place there,
    as after "في"."""
    t = tokens[k]
    where = starts.get(k + 1)  # "بالرسو في ميناء عدن": a verbal noun, then where it happens
    if t.kind != "word" or len(t.key) < 6 or where is None \
            or not (where.how == "direction" or where.prefix.endswith("ب")) or _locator_at(tokens, k + 1, starts, lx) is None:
        return None
    bare = Token(t.start + 1, t.end, t.text[1:], t.key[1:], "word")
    if not _name_word(bare, lx, True) or lx.place_names.longest([bare], 0) or bare.key.endswith(("يه", "يا")):
        return None  # "بالنازية", "بالديمقراطية": an abstract noun
    m = _mention("place", tokens, k, k + 1, text, "noun", cls="Place", prefix="ب")
    m.name = t.text[1:]
    return m


def attach_located_names(chosen: list[Mention], tokens: list[Token], text: str, lx: Lexicon) -> list[Mention]:
    """"في سجنان التابعة لمحافظة بنزرت", "في المخدرة غربي مأرب", "في نقيل سمارة بمحافظة إب": a
    name the lexicons lack, after "في" (or "قرب", "داخل" …), placed at once in a province, a city or
    a side of one, is a place there (ck:Place; a capital in apposition, "بولي علم عاصمة الولاية",
    is a city). Names joined by و share the container ("في الستين والهشمة شمالي المحافظة").
    Only in a sentence that reports an event."""
    covered = {k for m in chosen for k in range(m.i, m.j)}
    starts = {m.i: m for m in chosen}
    added: list[Mention] = []
    regroup: list[tuple[Mention, int]] = []
    k = 1
    while k < len(tokens):
        if k in covered:
            k += 1
            continue
        bi = _bi_name(tokens, k, text, starts, lx) if tokens[k].key.startswith("بال") else None
        if bi is not None:  # "على مواقع للحوثيين بالجفينة جنوب غرب مأرب"
            added.append(bi)
            k += 1
            continue
        seized = _seized_at(tokens, k, lx)  # looks up triggers only after "على"
        seat = None if tokens[k - 1].key in _NAME_LOCATIVES or seized else _seat_ahead(tokens, k, covered, starts, lx)
        if tokens[k - 1].key not in _NAME_LOCATIVES and not seized and seat is None:
            k += 1
            continue
        spans = [(k, seat)] if seat is not None else _unknown_names(tokens, k, covered, lx)
        # the name may end early where its container begins: "بولي علم عاصمة الولاية"
        cut = (0, seat) if seat is not None else next(((n, e) for n, (i, j) in enumerate(spans) for e in range(i + 1, j + 1)
                                                       if _locator_at(tokens, e, starts, lx) is not None), None)
        if cut is None and seized:  # "سيطرت قواتنا على دينسور،": what a force takes is a place
            cut = next(((n, spans[n][1]) for n in reversed(range(len(spans))) if _name_ends(tokens, spans[n][1])), None)
        sibling = starts.get(spans[-1][1]) if spans and cut is None else None
        if sibling is not None and _local_place(sibling, lx, _SIBLING_CLASSES) and sibling.prefix.startswith("و"):
            cut = len(spans) - 1, spans[-1][1]  # "في الكود ودوفس ومزارع المشور": a list that ends in a known local place
        else:
            sibling = None
        if cut is None:
            k += 1
            continue
        n, e = cut
        spans = spans[:n] + [(spans[n][0], e)]
        capital = e < len(tokens) and (tokens[e].key in _CAPITAL_APPOSITION or seat is not None) and len(spans) == 1
        group = sibling.group if sibling is not None and sibling.group >= 0 else \
            _LOCATED_GROUP + len(added) if len(spans) > 1 or sibling is not None else -1
        if sibling is not None:
            regroup.append((sibling, group))  # set only once the sentence proves to report an event
        for i, j in spans:
            prefix = "و" if i > k else ""
            m = _mention("place", tokens, i, j, text, "noun", cls="City" if capital else "Place", prefix=prefix)
            m.name = text[tokens[i].start + len(prefix) : tokens[j - 1].end]
            m.group = group
            added.append(m)
        k = e
    if not added or not _reports_event(tokens, lx):
        return chosen
    for sibling, group in regroup:
        sibling.group = group
    return sorted(chosen + added, key=lambda m: m.i)


# Classes a place noun names a landmark of when an adjective of its own follows it ("الملعب الأولمبي",
# "المدينة الرياضية"); an administrative unit or a countryside with an adjective is a side or a kind of it.
_LANDMARK_EXCLUDED = frozenset({"Governorate", "District", "Subdistrict", "Countryside"})
_LANDMARK_ADJECTIVES = words("landmark_adjective")  # "الأولمبي", "الصناعية", "الخضراء"


def attach_seized_landmarks(chosen: list[Mention], tokens: list[Token], text: str, lx: Lexicon) -> list[Mention]:
    """"سيطرت القوات على الملعب الأولمبي", "السيطرة على المدينة الخضراء": what a force takes is a
    place, and a definite place or facility noun with an adjective that names landmarks (grammar_words
    landmark_adjective; not a description, "المدينة الأثرية" is the city named before) names one (ck:
    class of the noun), not the city last named. Only after "على" of a control or siege verb, or of
    the noun of control."""
    starts = {m.i for m in chosen}
    covered = {k for m in chosen if m.how != "anaphor" for k in range(m.i, m.j)}
    added: list[Mention] = []
    dropped: set[int] = set()
    for k in range(1, len(tokens) - 1):
        t = tokens[k]
        if k in covered or not t.key.startswith("ال") or tokens[k + 1].key not in _LANDMARK_ADJECTIVES:
            continue
        noun = lx.place_nouns.get(t.key[2:])
        cls = noun[1] if noun and noun[0] == "sg" else lx.facility_nouns[t.key[2:]][0] if t.key[2:] in lx.facility_nouns else ""
        if not cls or cls in _LANDMARK_EXCLUDED or not _seized_at(tokens, k, lx, nouns=True):
            continue
        e = k + 2
        while e < len(tokens) and e - k <= 2 and tokens[e].key in _LANDMARK_ADJECTIVES:
            e += 1
        if k in starts:
            dropped.add(k)  # "المدينة" read as a back-reference
        m = _mention("place", tokens, k, e, text, "noun", cls=cls if cls != "City" else "Landmark",
                     within=noun[2] if noun else "city", noun=t.text)
        m.name = text[tokens[k].start : tokens[e - 1].end]  # "الملعب الأولمبي": the noun belongs to the name
        added.append(m)
    if not added:
        return chosen
    return sorted([m for m in chosen if m.i not in dropped] + added, key=lambda m: m.i)


@lru_cache(maxsize=1)
def _conjunct_names() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """conjunct_names.tsv: the first conjunct's actor id → (the name after its و, the actor it names)."""
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for r in read_tsv("conjunct_names.tsv"):
        out.setdefault(r["after"], []).append((tuple(match_key(r["form"]).split()), r["actor"]))
    for forms in out.values():
        forms.sort(key=lambda f: -len(f[0]))  # the longest name first: "والمخلوع صالح" before "والمخلوع"
    return out


_ALLY_WORDS = words("with_it")  # "وحليفها", "ومعها": the partner named next acts along


def attach_partners(chosen: list[Mention], tokens: list[Token], text: str, lx: Lexicon) -> list[Mention]:
    """"ميليشيات الحوثي وصالح": a name that stands for an actor only right after another
    (conjunct_names.tsv) becomes that actor's mention."""
    names = _conjunct_names()
    starts = {m.i for m in chosen}
    added: list[Mention] = []
    for m in chosen:
        forms = [f for aid in (m.ids if m.kind == "actor" else ()) for f in names.get(aid, ())]
        k = m.j
        while k < min(m.j + 2, len(tokens)) and is_definite_nisba(tokens[k].key):
            k += 1  # "ميليشيات الحوثي الانقلابية وصالح": past the first conjunct's adjectives
        ally = k < len(tokens) and tokens[k].key in _ALLY_WORDS  # "ميليشيات الحوثي وحليفها المخلوع علي صالح"
        k += ally
        if not forms or k >= len(tokens) or k in starts or not ally and not tokens[k].key.startswith("و"):
            continue
        words = [tokens[k].key if ally else tokens[k].key[1:]] + [t.key for t in tokens[k + 1 : k + 3]]
        hit = next(((form, actor) for form, actor in forms if tuple(words[: len(form)]) == form and actor in lx.actors), None)
        if hit is not None:
            added.append(_mention("actor", tokens, k, k + len(hit[0]), text, "lexicon", ids=(hit[1],), prefix="" if ally else "و"))
    return sorted(chosen + added, key=lambda m: m.i) if added else chosen


def _former_regime(m: Mention, tokens: list[Token]) -> bool:
    """"للنظام السابق": a regime named with "السابق/البائد" is a past one (Saleh's, Gaddafi's), not the
    actor the lexicon gives "النظام" (the Syrian government)."""
    return (m.kind == "actor" and m.j < len(tokens) and tokens[m.j - 1].key.endswith("نظام")  # "النظام", "للنظام"
            and tokens[m.j].key in _FORMER_REGIME)


def _latest(m: Mention, tokens: list[Token]) -> bool:
    """"الهجوم الأخير", "الأسبوع الأخير": after a definite noun the generic back-reference "الأخير"
    (generic_anaphors.tsv) means the latest; it does not refer back ("وقال الأخير", "قوات الأخير")."""
    return (m.kind == "actor" and m.how == "anaphor" and not m.ids and not m.sole_group and m.i > 0
            and tokens[m.i - 1].key.startswith("ال"))  # (not armed men after the other side: "بين الجيش المصري والجماعات المسلحة")


def _without_partitives(chosen: list[Mention], tokens: list[Token]) -> list[Mention]:
    """"مسلحين من داعش": an indefinite back-reference followed by "من" and a named actor counts
    members of that actor; it refers to no one else. A definite one may be the subject of a verb
    whose "من" says from whom ("استردها الثوار من ميليشيات الحوثي")."""
    named = {m.i for m in chosen if m.kind == "actor" and m.how in ("lexicon", "head")}
    return [m for m in chosen if not (m.kind == "actor" and m.how == "anaphor" and m.j < len(tokens)
                                      and not tokens[m.i].key.startswith(("ال", "وال"))
                                      and tokens[m.j].key == "من" and m.j + 1 in named)]


_SELF_NAMING_VERBS = words("self_naming_verb")  # "تطلق على نفسها", "يسمون أنفسهم"
_SELF_PRONOUNS = words("self_pronoun")  # "نفسها", "أنفسهم"
_NAME_WORDS = words("name_word")  # "اسم", "تسمية": before the name itself
_NAMED_GROUP_NOUNS = words("self_named_group_noun")  # "مقاتلون", "مجموعة": who takes the name


def attach_self_names(chosen: list[Mention], tokens: list[Token]) -> list[Mention]:
    """"مقاتلون محليون يطلقون على أنفسهم اسم المقاومة الجنوبية": the group that takes a name is the
    actor it names, so the mention reaches back over the group noun and the naming clause (the
    subject of the verb before them: "واستعاد مقاتلون … معظم مدينة عدن")."""
    for m in chosen:
        if m.kind != "actor" or not m.ids:
            continue
        k = m.i - 1
        while k >= 0 and (tokens[k].text in QUOTE_MARKS or tokens[k].key in _NAME_WORDS):
            k -= 1
        if k < 0 or tokens[k].key not in _SELF_PRONOUNS:
            continue
        k -= 1
        if k >= 0 and tokens[k].key == "علي":
            k -= 1
        if k < 1 or tokens[k].key not in _SELF_NAMING_VERBS:
            continue
        floor = max([k - 7, -1] + [n.j - 1 for n in chosen if n is not m and n.i < k])  # not back past another mention
        group = next((g for g in range(k - 1, floor, -1) if tokens[g].key in _NAMED_GROUP_NOUNS
                      or tokens[g].kind == "punct"), None)
        if group is None or tokens[group].kind == "punct":
            continue
        m.i, m.start, m.prefix = group, tokens[group].start, ""
    return chosen


def _without_glosses(chosen: list[Mention], tokens: list[Token]) -> list[Mention]:
    """"جبهة النصرة (تنظيم القاعدة في بلاد الشام)": an actor in brackets right after another
    glosses it; it is no second side of the fight."""
    out: list[Mention] = []
    for m in chosen:
        gloss = (m.kind == "actor" and m.i > 0 and tokens[m.i - 1].text == "(" and out
                 and out[-1].kind == "actor" and out[-1].j == m.i - 1)
        if not gloss:
            out.append(m)
    return out


def is_partner(first: str, second: str) -> bool:
    """``second`` is an actor named only as a conjunct of ``first`` ("ميليشيات الحوثي وصالح"): conjunct_names.tsv."""
    return any(actor == second for _, actor in _conjunct_names().get(first, ()))

