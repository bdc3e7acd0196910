"""Shared fixtures: the seed articles, their extraction and graph, the lexicon."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
GOLD = ROOT / "tests" / "data" / "gold"


@pytest.fixture(scope="session")
def lexicon():
    from kg.lexicon.lexicon import load_lexicon

    return load_lexicon()


@pytest.fixture(scope="session")
def seed_docs():
    from kg.api import extract, read_article

    return {p.stem: extract(read_article(p)) for p in SEEDS}


@pytest.fixture(scope="session")
def seed_graph():
    from kg.api import extract_graph

    return extract_graph(SEEDS)


@pytest.fixture
def extract_text():
    """Extract one Arabic text (an article of one or a few sentences) into a Doc."""
    from kg.api import extract
    from kg.doc import Article

    def run(text: str, published=None):
        return extract(Article(id="t", text=text, published=published))

    return run


@pytest.fixture
def small_ttl(tmp_path):
    """A small hand-written graph (tests/test_network.py SMALL_TTL) as a Turtle file."""
    from tests.test_network import SMALL_TTL

    p = tmp_path / "small.ttl"
    p.write_text(SMALL_TTL, encoding="utf-8")
    return p
