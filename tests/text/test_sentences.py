"""Sentence splitting of real newswire."""
from kg.text.sentences import split_sentences


def test_a_full_stop_glued_to_the_next_sentence_ends_it():
    assert [s.text for s in split_sentences("قصف التحالف.وفرض الجيش حصارا. نقلت د.ب.أ الخبر.")] == [
        "قصف التحالف.", "وفرض الجيش حصارا.", "نقلت د.ب.أ الخبر."]
