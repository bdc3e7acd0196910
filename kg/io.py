"""Reading articles from files and JSONL records, refusing what is not an Arabic article.

Input is where a batch meets the world: files that are empty, binary, in another
encoding, HTML pages, huge, missing or unreadable. Every refusal is an InputError
whose message names the input and says what is wrong, in one line (see
docs/bad-input.md for the full table).

Accepted: UTF-8 with or without BOM; UTF-16 or UTF-32 with BOM; Windows-1256
(cp1256) when the bytes are not UTF-8 and decode to text that is plainly Arabic;
HTML pages, whose visible text becomes the article (scripts, styles and <head>
left out, one line per paragraph or heading).
Character offsets in the graph point into that decoded (and, for HTML, extracted) text.
"""
from __future__ import annotations

import codecs
import datetime as dt
import errno
import json
import os
import re
import stat
from collections.abc import Iterator
from functools import lru_cache
from html import unescape
from pathlib import Path

from kg.doc import Article
from kg.errors import InputError, KGError
from kg.text.normalize import has_arabic

MAX_BYTES = 20 * 1024 * 1024  # one article or JSONL record; larger ones are refused, not truncated
MAX_BYTES_ENV = "KG_MAX_ARTICLE_BYTES"  # overrides MAX_BYTES
MIN_ARABIC_LETTERS = 20

# Windows-1256 is accepted only when the decoded text is plainly Arabic (measured
# in docs/bad-input.md): enough Arabic letters among the letters; almost no word
# mixing Arabic and Latin letters (Latin-1, Russian cp1251, Hebrew or ISO-8859-6
# bytes read as cp1256 give such words); Arabic's most common letters ل م ن و ي
# frequent (KOI8-R Russian read as cp1256 gives Arabic letters but never these);
# hardly any control characters.
CP1256_MIN_ARABIC_SHARE = 0.3  # of all letters
CP1256_MAX_MIXED_WORDS = 0.02  # of words with letters
CP1256_COMMON_LETTERS = frozenset("لمنوي")
CP1256_MIN_COMMON_SHARE = 0.1  # of Arabic letters: ≥ 0.19 in 80-character news openings, ≤ 0.05 for KOI8
CP1256_MAX_CONTROLS = 0.005  # of characters (SaudiNewsNet has articles with 0.13% Ctrl-Z); random bytes 12%
CP1256_SAMPLE_CHARS = 100_000

_BOMS = (  # UTF-32 first: its little-endian BOM starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)
_ARABIC_LETTER = re.compile("[\u0621-\u064a\u066e-\u06d3\u06d5\u06fa-\u06fc\u0750-\u077f\u08a0-\u08c9\ufb50-\ufdfb\ufe70-\ufefc]")
_LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]")
_WORD = re.compile(r"\w+")
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_HTML_TAG = re.compile(r"<(?:!doctype\s+html|(?:html|head|body|p|div|br|article|span|meta)[\s>/])", re.I)


def show(value: object, limit: int = 80) -> str:
    """``value`` fit for a one-line message: control characters escaped, long values cut."""
    s = _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape", "backslashreplace").decode("ascii"), str(value))
    return s if len(s) <= limit else s[: limit - 1] + "…"


def max_bytes() -> int:
    """The size limit for one article: $KG_MAX_ARTICLE_BYTES if set, else MAX_BYTES."""
    raw = os.environ.get(MAX_BYTES_ENV, "").strip()
    if not raw:
        return MAX_BYTES
    try:
        value = int(raw)
    except ValueError:
        value = 0
    if value <= 0:
        raise KGError(f"{MAX_BYTES_ENV}: not a positive number of bytes: {show(raw)!r}")
    return value


# --- reading bytes ------------------------------------------------------------------------
def _os_error(e: OSError, path: str | Path, name: str) -> InputError:
    """One line for why the file cannot be opened or read."""
    if e.errno == errno.ENOENT:
        if os.path.islink(path):
            return InputError(f"{name}: broken symbolic link (its target does not exist)")
        return InputError(f"{name}: no such file")
    if e.errno in (errno.EACCES, errno.EPERM):
        return InputError(f"{name}: permission denied")
    if e.errno == errno.EISDIR:
        return InputError(f"{name}: is a directory, not an article file")
    if e.errno == errno.ELOOP:
        return InputError(f"{name}: symbolic link loop")
    if e.errno == errno.ENOTDIR:
        return InputError(f"{name}: no such file (a parent in the path is not a directory)")
    if e.errno == errno.ENAMETOOLONG:
        return InputError(f"{name}: file name too long")
    return InputError(f"{name}: cannot read ({show(e.strerror or e)})")


def _too_large(name: str, size: str, limit: int) -> InputError:
    return InputError(f"{name}: too large ({size} bytes; the limit for one article is {limit:,} bytes,"
                      f" set by {MAX_BYTES_ENV})")


def read_bytes(path: str | Path, name: str, limit: int) -> bytes:
    """The bytes of a file, refused before reading when it is over ``limit``."""
    try:
        st = os.stat(path)
        if stat.S_ISDIR(st.st_mode):
            raise InputError(f"{name}: is a directory, not an article file")
        if stat.S_ISREG(st.st_mode) and st.st_size > limit:
            raise _too_large(name, f"{st.st_size:,}", limit)
        with open(path, "rb") as f:
            data = f.read(limit + 1)  # bounded: devices and pipes have no size to check first
    except OSError as e:
        raise _os_error(e, path, name) from e
    if len(data) > limit:
        raise _too_large(name, f"more than {limit:,}", limit)
    return data


# --- bytes to text ------------------------------------------------------------------------
def decode(data: bytes, name: str) -> str:
    """Text of ``data`` in one of the accepted encodings, else a clear error."""
    if not data.strip():
        raise InputError(f"{name}: empty file")
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as e:
                raise InputError(f"{name}: not valid {label} (byte {e.start}) despite its byte-order mark") from e
            if "\x00" in text:
                raise InputError(f"{name}: binary file (NUL characters), not text")
            return text.removeprefix("\ufeff")
    if b"\x00" in data:
        hint = "; UTF-16 without a byte-order mark? save it as UTF-8" if _utf16_without_bom(data) else ""
        raise InputError(f"{name}: binary file (NUL bytes), not text{hint}")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        bad = e.start
    if _damaged_utf8(data):
        raise InputError(f"{name}: damaged UTF-8 (invalid byte at offset {bad}); save the article as UTF-8 again")
    text = data.decode("cp1256")  # every byte is defined in cp1256
    if looks_cp1256_arabic(text):
        return text
    raise InputError(f"{name}: not UTF-8 (invalid byte at offset {bad}) and not recognisably Windows-1256 Arabic;"
                     " save the article as UTF-8")


def _damaged_utf8(data: bytes) -> bool:
    """UTF-8 Arabic with a few bad bytes (not another encoding, whose bytes are mostly invalid UTF-8)."""
    text = data.decode("utf-8", "replace")
    arabic = len(_ARABIC_LETTER.findall(text))
    return arabic >= MIN_ARABIC_LETTERS and 10 * text.count("\ufffd") <= arabic


def _utf16_without_bom(data: bytes) -> bool:
    """NUL bytes only at even or only at odd offsets: UTF-16 text of ASCII spaces and digits."""
    head = data[:8192]
    nul_even = head[0::2].count(0)
    nul_odd = head[1::2].count(0)
    return (nul_even == 0) != (nul_odd == 0)


def looks_cp1256_arabic(text: str) -> bool:
    """True when bytes read as Windows-1256 gave plainly Arabic text, not another encoding's letters."""
    sample = text[:CP1256_SAMPLE_CHARS]
    if looks_html(sample):
        sample = html_text(sample)
    if len(_CONTROL.findall(sample)) > CP1256_MAX_CONTROLS * len(sample):
        return False
    arabic = _ARABIC_LETTER.findall(sample)
    latin = len(_LATIN_LETTER.findall(sample))
    if len(arabic) < MIN_ARABIC_LETTERS or len(arabic) < CP1256_MIN_ARABIC_SHARE * (len(arabic) + latin):
        return False
    if sum(ch in CP1256_COMMON_LETTERS for ch in arabic) < CP1256_MIN_COMMON_SHARE * len(arabic):
        return False
    words = mixed = 0
    for w in _WORD.findall(sample):
        has_ar = _ARABIC_LETTER.search(w) is not None
        has_lat = _LATIN_LETTER.search(w) is not None
        words += has_ar or has_lat
        mixed += has_ar and has_lat
    return mixed <= CP1256_MAX_MIXED_WORDS * words


# --- HTML -------------------------------------------------------------------------------
def looks_html(text: str) -> bool:
    """True for an HTML page or fragment (a <html>, <body>, <p>, <div> … tag)."""
    return _HTML_TAG.search(text) is not None


_TAG_NAME = re.compile(r"</?([A-Za-z][A-Za-z0-9:-]*)")
_SPACES = re.compile(r"\s+")
# Elements whose content a browser does not show, and block elements that start a line.
_HIDDEN = {"script", "style", "title", "noscript", "template", "svg", "iframe", "object", "textarea"}
_BLOCKS = {"p", "div", "br", "li", "ul", "ol", "tr", "td", "th", "table", "h1", "h2", "h3", "h4", "h5", "h6",
           "article", "section", "header", "footer", "nav", "aside", "blockquote", "pre", "figcaption",
           "main", "hr", "dd", "dt", "body", "html", "title"}


@lru_cache(maxsize=None)
def _closing(tag: str) -> re.Pattern[str]:
    return re.compile(f"</{tag}", re.I)


def html_text(html: str) -> str:
    """The visible text of an HTML page, one line per block (paragraph, heading, list item).

    A single forward scan, so linear however broken the markup: the stdlib
    html.parser of Python 3.11.7 took 5.7 s on 30 kB of "<a " and raised
    AssertionError on "<![" (CPython gh-135462), so it is not used on input.
    """
    out: list[str] = []
    in_head = False  # text of <head> is not shown; a <head> never closed ends at the first block
    i, n = 0, len(html)
    while i < n:
        lt = html.find("<", i)
        text = html[i:] if lt < 0 else html[i:lt]
        if not in_head:
            out.append(_SPACES.sub(" ", text))
        if lt < 0:
            break
        if html.startswith("<!--", lt):
            end = html.find("-->", lt + 4)
            i = n if end < 0 else end + 3
            continue
        m = _TAG_NAME.match(html, lt)
        if m is None:
            if html.startswith(("<!", "<?"), lt):  # doctype, CDATA, processing instruction
                end = html.find(">", lt)
                i = n if end < 0 else end + 1
            else:  # a "<" that starts no tag is text
                out.append("" if in_head else "<")
                i = lt + 1
            continue
        gt = html.find(">", m.end())
        if gt < 0:  # a tag cut off at the end of the page
            break
        name, closing = m.group(1).lower(), html[lt + 1] == "/"
        i = gt + 1
        if name == "head":
            in_head = not closing
        elif name in _BLOCKS:
            in_head = in_head and name == "title"
            out.append("\n")
        if name in _HIDDEN and not closing and html[gt - 1] != "/":
            end = _closing(name).search(html, i)
            i = n if end is None else end.start()
    lines = (" ".join(line.split()) for line in unescape("".join(out)).split("\n"))
    return "\n".join(line for line in lines if line)


# --- checks -------------------------------------------------------------------------------
def check_text(text: str, name: str) -> str:
    """``text`` if it is an Arabic article, else an InputError."""
    if not text.strip():
        raise InputError(f"{name}: empty article")
    if "\x00" in text:
        raise InputError(f"{name}: binary data (NUL characters), not text")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as e:
        raise InputError(f"{name}: invalid character {show(text[e.start])} at {e.start} (an unpaired surrogate)") from e
    if not has_arabic(text, MIN_ARABIC_LETTERS):
        raise InputError(f"{name}: no Arabic text (fewer than {MIN_ARABIC_LETTERS} Arabic letters)")
    return text


def article_text(text: str, name: str) -> str:
    """The article in ``text``: the visible text of an HTML page, checked to be Arabic."""
    if looks_html(text):
        visible = html_text(text)
        if not visible.strip():
            raise InputError(f"{name}: HTML page with no visible text")
        if not has_arabic(visible, MIN_ARABIC_LETTERS):
            raise InputError(f"{name}: HTML page with no Arabic text (fewer than {MIN_ARABIC_LETTERS}"
                             " Arabic letters in its visible text)")
        text = visible
    return check_text(text, name)


def parse_date(value: object, name: str = "--published") -> dt.date | None:
    """A date from "YYYY-MM-DD…" (a timestamp's date part is enough); None when empty."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InputError(f"{name}: not a date string (YYYY-MM-DD): {show(json.dumps(value))}")
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError as e:
        raise InputError(f"{name}: not a date (YYYY-MM-DD): {show(repr(value))}") from e


# --- articles -----------------------------------------------------------------------------
def read_article(path: str | Path, published: dt.date | None = None, *, limit: int | None = None) -> Article:
    """One article from a text or HTML file; its id is the file name without extension."""
    p = Path(path)
    name = show(path, 4096)
    data = read_bytes(p, name, limit or max_bytes())
    text = decode(data, name)
    if _looks_jsonl(text):
        raise InputError(f"{name}: JSON Lines, not an article text (kg build reads .jsonl files)")
    text = article_text(text, name)
    return Article(id=p.stem, text=text, published=published, source=p.name)


def _looks_jsonl(text: str) -> bool:
    """True when the first line is a JSON object with a "text" field: a corpus file, not one article."""
    first = text.lstrip()[:1_000_000].split("\n", 1)[0]
    if not first.startswith("{"):
        return False
    try:
        rec = json.loads(first)
    except (ValueError, RecursionError):
        return False
    return isinstance(rec, dict) and "text" in rec


_OPTIONAL = ("title", "source", "url")


def read_jsonl(path: str | Path, *, limit: int | None = None) -> Iterator[Article | InputError]:
    """Articles of a JSONL file of {"id", "text", "published", "source", "url", "title"} records.

    Never raises for bad input: a bad record is yielded as an InputError naming
    file:line, and the next record is read; a file that cannot be read at all
    (missing, directory, binary, UTF-16) is one InputError naming the file.
    """
    name = show(path, 4096)
    limit = limit or max_bytes()
    try:
        if os.path.isdir(path):
            raise InputError(f"{name}: is a directory, not a JSONL file")
        f = open(path, "rb")
    except InputError as e:
        yield e
        return
    except OSError as e:
        yield _os_error(e, path, name)
        return
    with f:
        try:
            head = f.peek(8192)[:8192]
        except OSError as e:
            yield _os_error(e, path, name)
            return
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            yield InputError(f"{name}: UTF-16 file; JSON Lines must be UTF-8")
            return
        if b"\x00" in head:
            yield InputError(f"{name}: binary file (NUL bytes), not JSON Lines")
            return
        lineno = 0
        while True:
            try:
                raw = f.readline(limit + 1)
            except OSError as e:
                yield _os_error(e, path, name)
                return
            if not raw:
                return
            lineno += 1
            where = f"{name}:{lineno}"
            if len(raw) > limit and not raw.endswith(b"\n"):
                while (rest := f.readline(1 << 20)) and not rest.endswith(b"\n"):
                    pass
                yield InputError(f"{where}: record too large (more than {limit:,} bytes;"
                                 f" the limit is set by {MAX_BYTES_ENV})")
                continue
            if not raw.strip():
                continue
            try:
                yield record_article(raw, where, first=lineno == 1)
            except InputError as e:
                yield e


def record_article(raw: bytes, where: str, first: bool = False) -> Article:
    """The article of one JSONL line, or an InputError saying which field is wrong."""
    try:
        line = raw.decode("utf-8-sig" if first else "utf-8")
    except UnicodeDecodeError as e:
        raise InputError(f"{where}: not UTF-8 (invalid byte at offset {e.start} of the line)") from e
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as e:
        raise InputError(f"{where}: not valid JSON ({e.msg} at column {e.colno})") from e
    except RecursionError as e:
        raise InputError(f"{where}: not valid JSON (nested too deeply)") from e
    except ValueError as e:  # e.g. an integer of more than 4,300 digits
        raise InputError(f"{where}: not valid JSON ({show(e)})") from e
    if not isinstance(rec, dict):
        raise InputError(f"{where}: a JSON {_json_type(rec)}, not a record (object)")
    rid = rec.get("id")
    if rid is None or rid == "":
        raise InputError(f"{where}: record has no 'id'")
    if isinstance(rid, bool) or not isinstance(rid, (str, int)):
        raise InputError(f"{where}: field 'id' must be a string or an integer, not {_json_type(rid)}")
    who = f"{where} ({show(rid, 60)})"
    text = rec.get("text")
    if text is None:
        raise InputError(f"{who}: record has no 'text'")
    if not isinstance(text, str):
        raise InputError(f"{who}: field 'text' must be a string, not {_json_type(text)}")
    for key in _OPTIONAL:
        if rec.get(key) is not None and not isinstance(rec[key], str):
            raise InputError(f"{who}: field '{key}' must be a string, not {_json_type(rec[key])}")
    key = "published" if rec.get("published") not in (None, "") else "date"
    published = parse_date(rec.get(key), f"{who}: field '{key}'")
    return Article(id=str(rid), text=article_text(text, who), published=published,
                   source=rec.get("source") or "", url=rec.get("url") or "", title=rec.get("title") or "")


def _json_type(value: object) -> str:
    """The JSON name of a Python value's type, for messages."""
    return {bool: "boolean", int: "number", float: "number", str: "string", list: "array",
            dict: "object", type(None): "null"}.get(type(value), type(value).__name__)
