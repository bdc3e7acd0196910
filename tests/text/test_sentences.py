"""Sentence splitting of real newswire."""
import pytest

from kg.text.sentences import split_sentences


def test_a_full_stop_glued_to_the_next_sentence_ends_it():
    assert [s.text for s in split_sentences("قصف التحالف.وفرض الجيش حصارا. نقلت د.ب.أ الخبر.")] == [
        "قصف التحالف.", "وفرض الجيش حصارا.", "نقلت د.ب.أ الخبر."]



@pytest.mark.parametrize("text, sentences", [
    # a headline or dateline on its own line is a sentence of its own
    ("عين اليوم – جدة\nقتل 28 مدنيا في قصف جوي.", ["عين اليوم – جدة", "قتل 28 مدنيا في قصف جوي."]),
    ("مقتل ثمانية في حلب\nقتل ثمانية أشخاص.", ["مقتل ثمانية في حلب", "قتل ثمانية أشخاص."]),
    # a line that ends with a comma is a wrapped sentence that goes on
    ("باستخدام القواعد الجوية التركية،\nولاسيما قاعدة انجرليك.", ["باستخدام القواعد الجوية التركية،\nولاسيما قاعدة انجرليك."]),
    ("قصفت الطائرات المدينة, \n\nوقتل ثمانية أشخاص.", ["قصفت الطائرات المدينة, \n\nوقتل ثمانية أشخاص."]),
])
def test_line_breaks(text, sentences):
    assert [s.text for s in split_sentences(text)] == sentences
