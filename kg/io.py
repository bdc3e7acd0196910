"""Reading articles from files and JSONL records, refusing what is not an Arabic article.

Every refusal is an InputError whose message names the input and says what is
wrong, in one line.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

from kg.doc import Article
from kg.errors import InputError
from kg.text.normalize import has_arabic

MAX_BYTES = 20 * 1024 * 1024  # one article; larger files are refused, not truncated
MIN_ARABIC_LETTERS = 20


def decode(data: bytes, name: str) -> str:
    """Text of ``data``: UTF-8 (with or without BOM), else a clear error."""
    if not data.strip():
        raise InputError(f"{name}: empty file")
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: binary file (NUL bytes), not UTF-8 text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(f"{name}: not valid UTF-8 (byte {e.start}); save the article as UTF-8") from e


def check_text(text: str, name: str) -> str:
    """``text`` if it is an Arabic article, else an InputError."""
    if not text.strip():
        raise InputError(f"{name}: empty article")
    if not has_arabic(text, MIN_ARABIC_LETTERS):
        raise InputError(f"{name}: no Arabic text (fewer than {MIN_ARABIC_LETTERS} Arabic letters)")
    return text


def parse_date(value: str | None, name: str = "--published") -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError as e:
        raise InputError(f"{name}: not a date (YYYY-MM-DD): {value!r}") from e


def read_article(path: str | Path, published: dt.date | None = None) -> Article:
    """One article from a UTF-8 text file; its id is the file name without extension."""
    p = Path(path)
    name = str(path)
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{name}: {size} bytes is over the {MAX_BYTES}-byte limit for one article")
        data = p.read_bytes()
    except IsADirectoryError as e:
        raise InputError(f"{name}: is a directory, not an article file") from e
    except FileNotFoundError as e:
        raise InputError(f"{name}: no such file") from e
    except PermissionError as e:
        raise InputError(f"{name}: permission denied") from e
    text = check_text(decode(data, name), name)
    return Article(id=p.stem, text=text, published=published, source=p.name)


def read_jsonl(path: str | Path) -> Iterator[Article | InputError]:
    """Articles of a JSONL file of {"id", "text", "published", "source", "url"} records.

    Bad records are yielded as InputError (naming file and line) so a batch goes on.
    """
    name = str(path)
    with open(path, "rb") as f:
        for lineno, raw in enumerate(f, 1):
            where = f"{name}:{lineno}"
            if not raw.strip():
                continue
            try:
                rec = json.loads(raw.decode("utf-8-sig"))
            except (UnicodeDecodeError, json.JSONDecodeError) as e:
                yield InputError(f"{where}: not a JSON record ({e.__class__.__name__})")
                continue
            if not isinstance(rec, dict) or not isinstance(rec.get("text"), str) or not rec.get("id"):
                yield InputError(f"{where}: record needs string fields 'id' and 'text'")
                continue
            try:
                text = check_text(rec["text"], f"{where} ({rec['id']})")
                published = parse_date(rec.get("published") or rec.get("date"), f"{where} published")
            except InputError as e:
                yield e
                continue
            yield Article(id=str(rec["id"]), text=text, published=published,
                          source=str(rec.get("source", "")), url=str(rec.get("url", "")), title=str(rec.get("title", "")))
