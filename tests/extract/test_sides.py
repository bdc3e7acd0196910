"""kg.extract.sides: who is on whose side."""
from __future__ import annotations

import pytest

from kg.doc import Article, Doc
from kg.extract.sides import allied


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("syrian-government", "hezbollah", True),  # a standing alliance (alliances.tsv), in either order
        ("hezbollah", "syrian-government", True),
        ("air-force-intelligence", "syrian-government", True),  # a branch and its parent (actors.tsv)
        ("national-defence-forces", "syrian-government", True),
        ("isis", "syrian-government", False),
        ("houthis", "saudi-led-coalition", False),
    ],
)
def test_allies_are_stated_standing_or_one_organisation(lexicon, a, b, same):
    assert allied(Doc(article=Article(id="t", text="")), lexicon, a, b) is same
