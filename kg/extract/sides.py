"""Who is on whose side: an actor's allies are not its targets."""
from __future__ import annotations

from functools import lru_cache

from kg.doc import Doc
from kg.lexicon.lexicon import Lexicon
from kg.lexicon.loader import read_tsv


def allied(doc: Doc, lx: Lexicon, a: str, b: str) -> bool:
    """Same side: stated allies, standing alliances (alliances.tsv), or one organisation part
    of the other (lexicon parents)."""
    if any(f.rel == "alliedWith" and {f.s, f.o} == {a, b} for f in doc.facts) or frozenset((a, b)) in _alliances():
        return True
    for x, y in ((a, b), (b, a)):
        seen, cur = set(), lx.actors.get(x)
        while cur is not None and cur.parent and cur.parent not in seen:
            if cur.parent == y:
                return True
            seen.add(cur.parent)
            cur = lx.actors.get(cur.parent)
    return False


@lru_cache(maxsize=1)
def _alliances() -> frozenset[frozenset[str]]:
    return frozenset(frozenset((r["a"], r["b"])) for r in read_tsv("alliances.tsv"))
