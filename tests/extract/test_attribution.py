"""Who reports a fact: sources, hedges and claims.

Sentences are real newswire sentences (the seeds, SaudiNewsNet) or close
paraphrases of them; each row names the phenomenon it exercises.
"""
import pytest

from tests.extract import facts


def test_reporter_and_hedge(extract_text):
    doc = extract_text("وكان المرصد السوري لحقوق الإنسان أفاد عن قصف جوي عنيف نفذته على الأرجح طائرات تابعة للنظام السوري على سوقين في معرة النعمان.")
    ev = next(e for e in doc.events if e.type == "airstrike")
    assert ev.actors == ["syrian-government"]
    assert "syrian-observatory-for-human-rights" in ev.reported_by
    assert ev.hedges and ev.confidence < 0.9


def test_local_sources_report(extract_text):
    doc = extract_text("وذكرت مصادر محلية أن قوات النظام سيطرت على دوار غسان عبود في مدينة دير الزور.")
    ev = next(e for e in doc.events if e.type == "control")
    assert ev.reported_by == ["local-sources"]


def test_reporters_before_that_do_not_act(extract_text):
    doc = extract_text("وأعلن المقاتلون الأكراد والمرصد السوري لحقوق الإنسان أن الدبابات التركية قصفت قرية في ريف حلب.")
    assert not [e for e in doc.events if "syrian-observatory-for-human-rights" in e.actors]


def test_the_reporter_who_says_it_did_it_acts(extract_text):
    doc = extract_text("وقالت قوات سورية الديمقراطية إنها سيطرت على قرية جديد عكيدات.")
    assert ("syrian-democratic-forces", "controls", "jdid-ekeidat") in facts(doc)


@pytest.mark.parametrize(
    "text, reporter",
    [
        ("ولا يعلن المتمردون عادة مسؤوليتهم عن الهجمات التي تودي بحياة مدنيين وإن كانوا مسؤولين عن معظم حوادث العنف التي استهدفت "
         "هؤلاء، كما تقول بعثة الأمم المتحدة في أفغانستان.", "united-nations"),
        ("وسيطر تنظيم داعش على قرية في ريف حلب، كما يقول المرصد السوري لحقوق الإنسان.", "syrian-observatory-for-human-rights"),
    ],
)
def test_an_imperfect_reporting_verb_reports(extract_text, text, reporter):
    """"كما تقول بعثة الأمم المتحدة": the mission reports the attacks, it is not their target (session 11)."""
    doc = extract_text(text)
    assert any(reporter in e.reported_by for e in doc.events)
    assert not [f for f in facts(doc) if reporter in f]
