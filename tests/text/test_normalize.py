import pytest

from kg.text.normalize import has_arabic, match_key, normalize, normalize_with_offsets
from kg.text.sentences import split_sentences
from kg.text.tokens import clitic_candidates, tokenize


@pytest.mark.parametrize(
    "a, b",
    [
        ("سوريا", "سورية"),  # taa marbuta / alef spelling of the country
        ("إدلب", "ادلب"),  # hamza on alef
        ("الأمم", "الامم"),
        ("مستشفى", "مستشفي"),  # alef maqsura
        ("مُقاتِلين", "مقاتلين"),  # diacritics
        ("قـــوات", "قوات"),  # tatweel
        ("مؤسسة", "موسسه"),
        ("٤٤", "44"),  # Arabic-Indic digits
    ],
)
def test_spelling_variants_share_a_key(a, b):
    assert match_key(a) == match_key(b)


def test_short_pronoun_words_keep_their_suffix():
    assert match_key("عليه") != match_key("عليا") or match_key("عليه") == "عليه"
    assert match_key("عليه") == "عليه"


def test_offsets_point_into_the_original():
    text = "قُتِلَ سبعةُ مدنيين في إدلب"
    norm, offs = normalize_with_offsets(text)
    assert norm == normalize(text)
    for i, ch in enumerate(norm):
        assert normalize(text[offs[i]]) == ch
    assert offs[-1] == len(text)


@pytest.mark.parametrize(
    "glued, parts",
    [
        ("تسيطرعليه", ["تسيطر", "عليه"]),
        ("الأممالمتحدة", ["الأمم", "المتحدة"]),
        ("وتدوراشتباكات", ["وتدور", "اشتباكات"]),
        ("بشارالأسد", ["بشار", "الأسد"]),
    ],
)
def test_glued_words_are_split_with_offsets(glued, parts):
    text = f"قال {glued} أمس"
    toks = tokenize(text)
    words = [t.text for t in toks]
    assert words[1 : 1 + len(parts)] == parts
    for t in toks:
        assert text[t.start : t.end] == t.text


@pytest.mark.parametrize(
    "word",
    [
        "الكنامات", "الطحطوح", "هرابش", "عكيدات", "كفرنبل", "يزالان", "تزالان",
        "بلودان", "وبلودان",  # a gazetteer name, with or without its clitic
        "رميلان",  # a word of a gazetteer name ("رميلان فوقاني"), not "رمي" + "لان"
        "استهدافهما", "الجريحين", "المختلفتين",  # a known word and a suffix
        "التكفل", "المشيك", "ستطالب",  # the article or a future prefix and one letter are no word
    ],
)
def test_rare_names_are_not_split(word):
    assert [t.text for t in tokenize(word)] == [word]


@pytest.mark.parametrize(
    "token, base",
    [("وبالرقة", "الرقه"), ("للرقة", "الرقه"), ("بمدينة", "مدينه"), ("والرصافة", "الرصافه"),
     ("للبنان", "لبنان"), ("وللجان", "لجان")],  # ل before a word that begins with ل
)
def test_clitics_are_stripped(token, base):
    assert base in [b for _, b in clitic_candidates(match_key(token))]


def test_sentences_keep_offsets_and_do_not_split_decimals():
    text = "سقط 3.5 صاروخ. ثم قتل سبعة مدنيين؟\nوأضاف المرصد"
    sents = split_sentences(text)
    assert [s.text for s in sents] == ["سقط 3.5 صاروخ.", "ثم قتل سبعة مدنيين؟", "وأضاف المرصد"]
    for s in sents:
        assert text[s.start : s.end] == s.text


def test_has_arabic():
    assert has_arabic("قوات النظام", 5)
    assert not has_arabic("Syrian government forces", 1)


def test_presentation_forms_fold_to_letters_with_offsets_kept():
    from kg.doc import Article

    typed = "وأعلنت ﺍﻟﻘﻮﺍﺕ ﺍﻟﻤﻮﺍﻟﻴﺔ للحكومة"  # an outlet's presentation-form letters
    art = Article("x", typed)
    assert art.text == "وأعلنت القوات الموالية للحكومة"
    assert len(art.text) == len(typed)
    assert Article("y", "ﻻ").text == "ﻻ"  # a two-letter ligature stays, so offsets stay true


@pytest.mark.parametrize(
    "text, keys",
    [
        ("ميليشيات الحوثي و صالح", ["ميليشيات", "الحوثي", "وصالح"]),  # a و typed apart is its word's proclitic
        ("الحوثي و «صالح»", ["الحوثي", "و", "«", "صالح", "»"]),  # not before a quote
        ("بين 5 و 10 قتلى", ["بين", "5", "و", "10", "قتلي"]),  # nor before a number
    ],
)
def test_a_detached_conjunction_joins_its_word(text, keys):
    toks = tokenize(text)
    assert [t.key for t in toks] == keys
    joined = next((t for t in toks if t.key == "وصالح"), None)
    if joined is not None:  # offsets still point into the original text, space included
        assert text[joined.start : joined.end] == "و صالح"
