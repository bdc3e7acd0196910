"""Dates resolved against the publication date.

Sentences are real newswire sentences (the seeds, SaudiNewsNet) or close
paraphrases of them; each row names the phenomenon it exercises.
"""
import datetime as dt

import pytest


@pytest.mark.parametrize(
    "text, published, date, precision",
    [
        ("سيطرت قوات النظام ليل أمس على حي العمال في مدينة دير الزور.", dt.date(2017, 9, 20), "2017-09-19", "Day"),
        ("وقصفت قوات النظام حي العمال في مدينة دير الزور أول من أمس.", dt.date(2017, 9, 20), "2017-09-18", "Day"),
        ("وكان 44 مدنيا قتلوا، الثلاثاء، في قصف جوي على معرة النعمان.", dt.date(2016, 4, 20), "2016-04-19", "Day"),
        ("وكان 44 مدنيا قتلوا، الثلاثاء، في قصف جوي على معرة النعمان.", None, "", "Weekday"),
        ("وسيطرت قوات النظام على معبر القدم في آذار/مارس 2015 بعد معارك.", None, "2015-03", "Month"),
    ],
)
def test_dates_resolve_against_publication(extract_text, text, published, date, precision):
    doc = extract_text(text, published)
    evs = [e for e in doc.events]
    assert evs, "no event found"
    assert evs[0].date == date
    assert evs[0].date_precision == precision
