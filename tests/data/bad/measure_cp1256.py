"""Measure kg.io's Windows-1256 detection: accepted real cp1256 Arabic, refused everything else.

Developer-only (not a test): reads the SaudiNewsNet corpus from ../shared/data and
translated message catalogs (*.mo) from /usr/share/locale, encodes them in the
legacy encodings their languages used, and counts what kg.io.decode accepts as
cp1256. Results are recorded in docs/bad-input.md.

    .venv/bin/python tests/data/bad/measure_cp1256.py
"""
from __future__ import annotations

import gettext
import glob
import json
import os
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

from kg.errors import InputError
from kg.io import decode

CORPUS = Path(__file__).resolve().parents[4] / "shared/data/corpus/saudinewsnet-syria.jsonl"
# language of a catalog → legacy encodings its text was commonly saved in
LEGACY = {
    "fr": ["latin-1", "cp1252"], "de": ["latin-1", "cp1252"], "es": ["latin-1", "cp1252"],
    "it": ["latin-1"], "pt_BR": ["latin-1"], "sv": ["latin-1"], "da": ["latin-1"], "fi": ["latin-1"],
    "nl": ["latin-1"], "ca": ["latin-1"], "pl": ["cp1250", "iso8859_2"], "cs": ["cp1250"],
    "hu": ["cp1250"], "tr": ["cp1254"], "ru": ["cp1251", "koi8_r"], "uk": ["cp1251", "koi8_u"],
    "bg": ["cp1251"], "el": ["cp1253", "iso8859_7"], "he": ["cp1255", "iso8859_8"],
    "zh_CN": ["gbk"], "zh_TW": ["big5"], "ja": ["shift_jis", "euc_jp"], "ko": ["euc_kr"],
    "vi": ["cp1258"], "th": ["cp874"], "lt": ["cp1257"], "fa": ["cp1256"], "ar": ["cp1256"],
}


def outcome(data: bytes) -> str:
    """What decode makes of the bytes: utf-8, cp1256 (accepted) or the refusal kind."""
    try:
        text = decode(data, "x")
    except InputError as e:
        msg = str(e)
        return "refused:" + ("binary" if "binary" in msg else "damaged-utf8" if "damaged" in msg
                             else "empty" if "empty" in msg else "not-cp1256")
    try:
        data.decode("utf-8-sig")
        return "utf-8"
    except UnicodeDecodeError:
        return "cp1256" if text == data.decode("cp1256") else "other"


def catalogs() -> dict[str, list[str]]:
    """Translated strings of every message catalog, by language."""
    out: dict[str, list[str]] = defaultdict(list)
    for mo in glob.glob("/usr/share/locale/*/LC_MESSAGES/*.mo"):
        lang = mo.split("/")[4]
        if lang not in LEGACY:
            continue
        try:
            with open(mo, "rb") as f:
                cat = gettext.GNUTranslations(f)._catalog
        except Exception:
            continue
        text = "\n".join(v for k, v in cat.items() if k and isinstance(v, str))
        if len(text) >= 300:
            out[lang].append(text[:20000])
    return out


def table(title: str, rows: dict[str, Counter]) -> None:
    print(f"\n{title}")
    for key, c in sorted(rows.items()):
        n = sum(c.values())
        print(f"  {key:28} n={n:5}  cp1256-accepted={c['cp1256']:4}  " + ", ".join(f"{k}={v}" for k, v in sorted(c.items()) if k != "cp1256"))


def main() -> int:
    rng = random.Random(1256)
    articles = [json.loads(line)["text"] for line in open(CORPUS, encoding="utf-8")]

    pos: dict[str, Counter] = defaultdict(Counter)
    for t in articles:
        for label, sample in (("full article", t), ("first 200 chars", t[:200]), ("first 80 chars", t[:80]),
                              ("as HTML page", f"<html><head><title>x</title></head><body><p>{t}</p></body></html>"),
                              ("mixed 50% English", t[:300] + " " + "The Syrian Observatory for Human Rights said. " * 6), ("mixed 70% English", t[:200] + " " + "The Syrian Observatory for Human Rights said. " * 10)):
            pos[label][outcome(sample.encode("cp1256", "replace"))] += 1
    table("Arabic articles saved as cp1256 (should be accepted)", pos)

    neg: dict[str, Counter] = defaultdict(Counter)
    for t in articles:
        for enc in ("iso8859_6", "cp720", "mac_arabic"):
            neg[f"Arabic in {enc}"][outcome(t.encode(enc, "replace"))] += 1
        b = bytearray(t.encode("utf-8"))
        b[rng.randrange(len(b))] = 0xFF
        neg["UTF-8 with one byte damaged"][outcome(bytes(b))] += 1
        u = t.encode("utf-8")
        cut = next((k for k in range(min(len(u) - 1, 1000), len(u)) if 0x80 <= u[k] < 0xC0), None)
        if cut is not None:
            neg["UTF-8 cut mid-character"][outcome(u[:cut])] += 1
    for lang, texts in catalogs().items():
        for enc in LEGACY[lang]:
            for t in texts:
                data = t.encode(enc, "ignore")
                neg[f"{lang} in {enc}"][outcome(data)] += 1
    for size in (100, 1000, 10000):
        for _ in range(300):
            raw = os.urandom(size)
            neg[f"random {size} B"][outcome(raw)] += 1
            neg[f"random {size} B, NULs removed"][outcome(raw.replace(b"\0", b""))] += 1
            neg[f"random high bytes {size} B"][outcome(bytes(rng.randrange(0x80, 0x100) for _ in range(size)))] += 1
    for path in sorted(glob.glob("/usr/bin/*"))[:300] + glob.glob("/usr/share/**/*.gz", recursive=True)[:300] \
            + glob.glob("/usr/share/**/*.png", recursive=True)[:300]:
        try:
            data = Path(path).read_bytes()[:20000]
        except OSError:
            continue
        kind = "gzip" if path.endswith(".gz") else "png" if path.endswith(".png") else "executable"
        neg[f"{kind} files"][outcome(data)] += 1
        neg[f"{kind} files, NULs removed"][outcome(data.replace(b"\0", b""))] += 1
    table("Not cp1256 Arabic (should be refused, or read as UTF-8)", neg)
    return 0


if __name__ == "__main__":
    sys.exit(main())
