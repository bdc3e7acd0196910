"""Numbers written in digits or in Arabic words ("44", "سبعة", "خمسة وعشرون", "ثلاثة آلاف")."""
from __future__ import annotations

from kg.lexicon.lexicon import Lexicon
from kg.text.tokens import Token


def parse_number(tokens: list[Token], i: int, lx: Lexicon) -> tuple[int, int] | None:
    """(value, end token) of a number starting at token ``i``, or None."""
    if i >= len(tokens):
        return None
    t = tokens[i]
    if t.kind == "num":
        digits = t.key.rstrip("%").replace(",", "").replace("٬", "")
        whole = digits.split(".")[0]
        if t.key.endswith("%") or not whole.isascii() or not whole.isdigit() or len(whole) > 4000:
            return None
        value = int(whole)
        j = i + 1
        if j < len(tokens) and tokens[j].key in lx.numbers and lx.numbers[tokens[j].key][1] == "scale":
            scale = lx.numbers[tokens[j].key][0]
            value *= scale
            j += 1
            if j + 1 < len(tokens) and tokens[j].key == "و" and tokens[j + 1].kind == "num":
                rest = parse_number(tokens, j + 1, lx)  # "240 ألفا و381": 240,381
                if rest is not None and rest[0] < scale:
                    value, j = value + rest[0], rest[1]
        return value, j
    total, current, j = 0, 0, i
    while j < len(tokens):
        key = tokens[j].key
        if key.startswith("و") and key[1:] in lx.numbers:  # "خمسة وعشرون", "وخمسة شهداء"
            key = key[1:]
        if key not in lx.numbers:
            break
        value, kind = lx.numbers[key]
        if kind == "scale":
            total += max(current, 1) * value
            current = 0
        elif kind == "unit" and current and current < 10 and value == 10:
            current += 10  # "ثلاثة عشر"
        else:
            current += value
        j += 1
    if j == i:
        return None
    return total + current, j
