"""Arabic words the rules compare tokens with must be written in normalized form.

Token keys are ``match_key`` forms (ة→ه, ى→ي, أإآ→ا, a final ية read as يا), so a literal such
as "بداية" or "ناحيه" in ``key == …`` or ``key in (…)`` would silently never match.
"""
import ast
import re
from pathlib import Path

import pytest

from kg.text.normalize import match_key

ROOT = Path(__file__).resolve().parents[2]
ARABIC = re.compile(r"[\u0600-\u06ff]")


def _compared_literals(tree: ast.AST):
    for node in ast.walk(tree):
        if not isinstance(node, ast.Compare) or not any(isinstance(op, (ast.In, ast.NotIn, ast.Eq, ast.NotEq)) for op in node.ops):
            continue
        for side in [node.left, *node.comparators]:
            elts = side.elts if isinstance(side, (ast.Tuple, ast.List, ast.Set)) else [side]
            for e in elts:
                if isinstance(e, ast.Constant) and isinstance(e.value, str) and ARABIC.search(e.value) and " " not in e.value:
                    yield node.lineno, e.value


@pytest.mark.parametrize("path", sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "kg").rglob("*.py")))
def test_compared_arabic_literals_are_normalized(path):
    tree = ast.parse((ROOT / path).read_text(encoding="utf-8"))
    bad = [(line, word) for line, word in _compared_literals(tree) if match_key(word) != word]
    assert not bad, f"{path}: literals that never equal a token key: {bad}"
