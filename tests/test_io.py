"""Unit tests of kg.io: decoding, checks, HTML text, reading files and JSONL records."""
from __future__ import annotations

import codecs
import json
import os
import time
from pathlib import Path

import pytest

from kg import io
from kg.doc import Article
from kg.errors import InputError, KGError

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_8d6aef08c271a444.txt"
ARABIC = SEED.read_text(encoding="utf-8")
SHORT_AR = "سيطر تنظيم داعش على أحد أحياء مدينة دير الزور في شرق سوريا."


def one_line(e: InputError) -> str:
    msg = str(e)
    assert "\n" not in msg and "\r" not in msg
    return msg


# --- decode: accepted encodings -------------------------------------------------------------
@pytest.mark.parametrize("encoding,data", [
    ("utf-8", ARABIC.encode("utf-8")),
    ("utf-8 with BOM", codecs.BOM_UTF8 + ARABIC.encode("utf-8")),
    ("utf-16-le with BOM", codecs.BOM_UTF16_LE + ARABIC.encode("utf-16-le")),
    ("utf-16-be with BOM", codecs.BOM_UTF16_BE + ARABIC.encode("utf-16-be")),
    ("utf-32 with BOM", ARABIC.encode("utf-32")),
    ("cp1256", ARABIC.encode("cp1256")),
])
def test_decode_accepts(encoding: str, data: bytes) -> None:
    assert io.decode(data, "a.txt") == ARABIC


def test_decode_cp1256_crlf_and_english_words() -> None:
    text = SHORT_AR + "\r\n" + "(Reuters) قال المرصد السوري لحقوق الإنسان إن الطائرات قصفت مدينة حلب.\r\n"
    assert io.decode(text.encode("cp1256"), "a.txt") == text


def test_decode_cp1256_html_page() -> None:
    page = f"<html><head><meta charset=windows-1256><title>t</title></head><body><p>{ARABIC}</p></body></html>"
    assert io.decode(page.encode("cp1256"), "a.html") == page


# --- decode: refusals -----------------------------------------------------------------------
RUSSIAN = "Сирийская армия заняла город после тяжёлых боёв, сообщили в министерстве обороны. " * 3
FRENCH = "L'armée syrienne a repris la ville après des combats acharnés, selon l'Observatoire. " * 3


@pytest.mark.parametrize("data,fragment", [
    (b"", "empty file"),
    (b" \n\t\r\n", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    (ARABIC.encode("utf-16-le"), "UTF-16 without a byte-order mark"),
    (codecs.BOM_UTF16_LE + b"\x00\xd8A\x00", "not valid UTF-16"),
    (codecs.BOM_UTF8 + b"\xff\xfe abc", "not valid UTF-8"),
    (codecs.BOM_UTF16_LE + "نص\x00نص".encode("utf-16-le"), "binary file"),
    (ARABIC[:300].encode() + b"\xff" + ARABIC[300:].encode(), f"damaged UTF-8 (invalid byte at offset {len(ARABIC[:300].encode())})"),
    ((SHORT_AR * 3 + "ب").encode()[:-1], "damaged UTF-8"),  # cut inside the last character
    (FRENCH.encode("latin-1"), "not recognisably Windows-1256 Arabic"),
    (RUSSIAN.encode("cp1251"), "not recognisably Windows-1256 Arabic"),
    (RUSSIAN.encode("koi8_r"), "not recognisably Windows-1256 Arabic"),
    (ARABIC.encode("iso8859_6", "replace"), "not recognisably Windows-1256 Arabic"),
    (bytes(range(1, 256)) * 4, "not recognisably Windows-1256 Arabic"),
])
def test_decode_refuses(data: bytes, fragment: str) -> None:
    with pytest.raises(InputError) as e:
        io.decode(data, "bad.txt")
    msg = one_line(e.value)
    assert msg.startswith("bad.txt: ")
    assert fragment in msg


def test_cp1256_detection_no_false_positive_on_random_bytes() -> None:
    """Random NUL-free bytes never pass as cp1256 Arabic (docs/bad-input.md has the full measurement)."""
    import random
    rng = random.Random(1256)
    for size in (100, 1000, 5000):
        for _ in range(50):
            data = bytes(rng.randrange(1, 256) for _ in range(size))
            assert not io.looks_cp1256_arabic(data.decode("cp1256"))
            high = bytes(rng.randrange(0x80, 0x100) for _ in range(size))
            assert not io.looks_cp1256_arabic(high.decode("cp1256"))


# --- check_text -----------------------------------------------------------------------------
@pytest.mark.parametrize("text,fragment", [
    ("", "empty article"),
    ("  \n ", "empty article"),
    ("English only, no Arabic at all. " * 20, "no Arabic text"),
    ("مرحبا " + "English " * 50, "no Arabic text"),  # 5 Arabic letters
    (ARABIC[:200] + "\x00", "NUL"),
    (ARABIC[:200] + "\ud800", "unpaired surrogate"),
])
def test_check_text_refuses(text: str, fragment: str) -> None:
    with pytest.raises(InputError) as e:
        io.check_text(text, "a.txt")
    assert fragment in one_line(e.value)


def test_check_text_accepts_mixed_arabic_latin() -> None:
    text = "The Syrian Observatory for Human Rights (SOHR) said: " * 5 + SHORT_AR
    assert io.check_text(text, "a.txt") == text


# --- HTML -----------------------------------------------------------------------------------
def test_html_text_keeps_visible_text_one_line_per_block() -> None:
    page = ("<!DOCTYPE html><html><head><title>عنوان الصفحة</title><style>p {color: red}</style>"
            "<script>var s = '<p>مخفي</p>';</script></head><body><h1>خبر عاجل</h1>"
            "<p>سيطر تنظيم\n   داعش &amp; حلفاؤه</p><!-- تعليق --><p>قتل 7 &lt;مدنيين&gt;<br>في حلب</p></body></html>")
    assert io.html_text(page) == "خبر عاجل\nسيطر تنظيم داعش & حلفاؤه\nقتل 7 <مدنيين>\nفي حلب"


def test_html_head_never_closed() -> None:
    assert io.html_text("<head><meta charset=utf-8><p>نص المقال") == "نص المقال"


@pytest.mark.parametrize("text", ["<p>نص</p>", "<HTML>", "<!doctype html>", "<div class=x>", "<br/>"])
def test_looks_html(text: str) -> None:
    assert io.looks_html(text)


@pytest.mark.parametrize("text", [SHORT_AR, "a < b > c", "x<y", "<pre-war> period", "قال <المرصد>"])
def test_not_html(text: str) -> None:
    assert not io.looks_html(text)


@pytest.mark.parametrize("unit", ["<!--", "<", "<a ", "</", "<![", "&#", "<script>", "<head>", "<p ", "<!doctype "])
def test_html_text_linear_on_broken_markup(unit: str) -> None:
    """Broken markup cannot make extraction quadratic (stdlib html.parser took 5.7 s on 30 kB of "<a ")."""
    start = time.perf_counter()
    io.html_text(unit * 200_000)
    io.looks_html(unit * 200_000)
    assert time.perf_counter() - start < 2.0


def test_article_text_of_html_page() -> None:
    page = f"<html><body><p>{SHORT_AR}</p><p>{SHORT_AR}</p></body></html>"
    assert io.article_text(page, "a.html") == f"{SHORT_AR}\n{SHORT_AR}"


@pytest.mark.parametrize("page,fragment", [
    ("<html><body><script>var x = 1;</script></body></html>", "HTML page with no visible text"),
    ("<html><body><p>" + "Breaking news in English. " * 10 + "</p></body></html>", "HTML page with no Arabic text"),
    ("<html><head><title>" + SHORT_AR * 3 + "</title></head><body><p>Hello</p></body></html>", "no Arabic text"),
])
def test_article_text_refuses_html(page: str, fragment: str) -> None:
    with pytest.raises(InputError) as e:
        io.article_text(page, "a.html")
    assert fragment in one_line(e.value)


# --- read_bytes / read_article ----------------------------------------------------------------
def test_read_article_utf8(tmp_path: Path) -> None:
    p = tmp_path / "art_1.txt"
    p.write_text(ARABIC, encoding="utf-8")
    a = io.read_article(p)
    assert (a.id, a.text, a.source) == ("art_1", ARABIC, "art_1.txt")


def test_read_article_refuses_large_file_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = tmp_path / "huge.txt"
    with open(p, "wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse: no 50 MB written
    monkeypatch.setattr(io, "open", lambda *a, **k: pytest.fail("the file was opened"), raising=False)
    with pytest.raises(InputError) as e:
        io.read_article(p)
    assert "too large (52,428,800 bytes; the limit for one article is 20,971,520 bytes" in one_line(e.value)


def test_size_limit_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = tmp_path / "a.txt"
    p.write_text(ARABIC, encoding="utf-8")
    monkeypatch.setenv(io.MAX_BYTES_ENV, "1000")
    with pytest.raises(InputError, match="limit for one article is 1,000 bytes"):
        io.read_article(p)
    assert io.read_article(p, limit=10_000).text == ARABIC
    monkeypatch.setenv(io.MAX_BYTES_ENV, "lots")
    with pytest.raises(KGError, match="KG_MAX_ARTICLE_BYTES: not a positive number"):
        io.read_article(p)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_device_without_size_is_read_bounded() -> None:
    with pytest.raises(InputError, match="too large \\(more than 1,000 bytes"):
        io.read_article("/dev/zero", limit=1000)


def test_read_article_million_character_line(tmp_path: Path) -> None:
    line = (ARABIC.replace("\n", " ") * 400)[:1_000_000]
    p = tmp_path / "long.txt"
    p.write_text(line, encoding="utf-8")
    assert io.read_article(p).text == line


@pytest.mark.parametrize("make,fragment", [
    (lambda d: d, "is a directory"),
    (lambda d: d / "missing.txt", "no such file"),
    (lambda d: d / "missing" / "a.txt", "no such file"),
])
def test_read_article_os_errors(tmp_path: Path, make, fragment: str) -> None:
    with pytest.raises(InputError) as e:
        io.read_article(make(tmp_path))
    assert fragment in one_line(e.value)


def test_read_article_symlinks(tmp_path: Path) -> None:
    (tmp_path / "loop_a").symlink_to(tmp_path / "loop_b")
    (tmp_path / "loop_b").symlink_to(tmp_path / "loop_a")
    (tmp_path / "dangling").symlink_to(tmp_path / "nowhere.txt")
    with pytest.raises(InputError, match="symbolic link loop"):
        io.read_article(tmp_path / "loop_a")
    with pytest.raises(InputError, match="broken symbolic link"):
        io.read_article(tmp_path / "dangling")


def test_read_article_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = tmp_path / "secret.txt"
    p.write_text(ARABIC, encoding="utf-8")

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(p))

    monkeypatch.setattr(io, "open", denied, raising=False)  # works as root too
    with pytest.raises(InputError, match="secret.txt: permission denied"):
        io.read_article(p)


def test_file_name_with_newline_stays_one_line(tmp_path: Path) -> None:
    p = tmp_path / "bad\nname.txt"
    p.write_bytes(b"")
    with pytest.raises(InputError) as e:
        io.read_article(p)
    assert "bad\\nname.txt: empty file" in one_line(e.value)


@pytest.mark.parametrize("value,expected", [("a\nb", "a\\nb"), ("x" * 100, "x" * 79 + "…"), ("\u2028", "\\u2028")])
def test_show(value: str, expected: str) -> None:
    assert io.show(value) == expected


# --- read_jsonl ------------------------------------------------------------------------------
def rec(**fields) -> str:
    return json.dumps(fields, ensure_ascii=False)


GOOD = rec(id="a1", text=ARABIC, published="2015-07-22", source="snn", url="http://x", title="عنوان")

BAD_RECORDS = [
    ("{not json", "not valid JSON (Expecting property name enclosed in double quotes at column 2)"),
    ('{"id": "a2", "text": "نص"', "not valid JSON"),
    ("[1, 2]", "a JSON array, not a record"),
    ('"just a string"', "a JSON string, not a record"),
    ("null", "a JSON null, not a record"),
    (rec(text=ARABIC), "record has no 'id'"),
    (rec(id="", text=ARABIC), "record has no 'id'"),
    (rec(id=["x"], text=ARABIC), "field 'id' must be a string or an integer, not array"),
    (rec(id=True, text=ARABIC), "field 'id' must be a string or an integer, not boolean"),
    (rec(id="a3"), "(a3): record has no 'text'"),
    (rec(id="a4", text=42), "(a4): field 'text' must be a string, not number"),
    (rec(id="a5", text=["نص"]), "field 'text' must be a string, not array"),
    (rec(id="a6", text="Only English text here, nothing else. " * 5), "(a6): no Arabic text"),
    (rec(id="a7", text=""), "(a7): empty article"),
    (rec(id="a8", text=ARABIC, published="yesterday"), "(a8): field 'published': not a date (YYYY-MM-DD): 'yesterday'"),
    (rec(id="a9", text=ARABIC, published=2015), "field 'published': not a date string (YYYY-MM-DD): 2015"),
    (rec(id="a10", text=ARABIC, title=["t"]), "field 'title' must be a string, not array"),
    (rec(id="a11", text=ARABIC, url={"u": 1}), "field 'url' must be a string, not object"),
    (rec(id="a12\nx", text="abc"), "(a12\\nx): no Arabic text"),
    ('{"id": "a13", "text": "\\ud800' + "نص" * 20 + '"}', "unpaired surrogate"),
    ('{"id": "a14", "text": "\\u0000' + "نص" * 20 + '"}', "NUL"),
    ("[" * 100_000, "nested too deeply"),
    ('{"id": 1, "text": "x", "n": ' + "9" * 5000 + "}", "not valid JSON"),
]


@pytest.mark.parametrize("line,fragment", BAD_RECORDS, ids=[f[:30] for _, f in BAD_RECORDS])
def test_read_jsonl_bad_record_then_rest_goes_on(tmp_path: Path, line: str, fragment: str) -> None:
    p = tmp_path / "batch.jsonl"
    p.write_text(GOOD + "\n" + line + "\n\n" + GOOD.replace('"a1"', '"a99"') + "\n", encoding="utf-8")
    out = list(io.read_jsonl(p))
    assert [type(x) for x in out] == [Article, InputError, Article]
    msg = one_line(out[1])
    assert msg.startswith(f"{p}:2")
    assert fragment in msg
    assert out[2].id == "a99"


def test_read_jsonl_fields(tmp_path: Path) -> None:
    p = tmp_path / "b.jsonl"
    p.write_bytes(codecs.BOM_UTF8 + (GOOD + "\n" + rec(id=7, text=ARABIC, date="2015-07-23 10:00:00") + "\r\n").encode())
    a, b = io.read_jsonl(p)
    assert (a.id, a.published.isoformat(), a.source, a.url, a.title) == ("a1", "2015-07-22", "snn", "http://x", "عنوان")
    assert (b.id, b.published.isoformat(), b.source) == ("7", "2015-07-23", "")


def test_read_jsonl_html_record(tmp_path: Path) -> None:
    p = tmp_path / "b.jsonl"
    p.write_text(rec(id="h", text=f"<p>{SHORT_AR}</p><p>{SHORT_AR}</p>") + "\n", encoding="utf-8")
    [a] = io.read_jsonl(p)
    assert a.text == f"{SHORT_AR}\n{SHORT_AR}"


def test_read_jsonl_undecodable_line(tmp_path: Path) -> None:
    p = tmp_path / "b.jsonl"
    p.write_bytes(GOOD.encode() + b"\n" + rec(id="c", text=SHORT_AR).encode("cp1256") + b"\n" + GOOD.encode() + b"\n")
    out = list(io.read_jsonl(p))
    assert [type(x) for x in out] == [Article, InputError, Article]
    assert "b.jsonl:2: not UTF-8" in str(out[1])


def test_read_jsonl_record_too_large(tmp_path: Path) -> None:
    p = tmp_path / "b.jsonl"
    big = rec(id="big", text=ARABIC * 10)
    p.write_text(GOOD + "\n" + big + "\n" + GOOD + "\n", encoding="utf-8")
    out = list(io.read_jsonl(p, limit=len(GOOD.encode()) + 10))
    assert [type(x) for x in out] == [Article, InputError, Article]
    assert "b.jsonl:2: record too large" in one_line(out[1])


@pytest.mark.parametrize("make,fragment", [
    (lambda d: d, "is a directory"),
    (lambda d: d / "missing.jsonl", "no such file"),
    (lambda d: (d / "u16.jsonl", (d / "u16.jsonl").write_bytes(GOOD.encode("utf-16")))[0], "UTF-16 file"),
    (lambda d: (d / "bin.jsonl", (d / "bin.jsonl").write_bytes(b"\x1f\x8b\x08\x00" + os.urandom(100)))[0], "binary file"),
])
def test_read_jsonl_whole_file_errors_are_yielded(tmp_path: Path, make, fragment: str) -> None:
    out = list(io.read_jsonl(make(tmp_path)))
    assert len(out) == 1 and isinstance(out[0], InputError)
    assert fragment in one_line(out[0])


def test_read_jsonl_empty_file(tmp_path: Path) -> None:
    p = tmp_path / "e.jsonl"
    p.write_text("\n\n", encoding="utf-8")
    assert list(io.read_jsonl(p)) == []


def test_parse_date() -> None:
    assert io.parse_date("2015-07-22T10:00:00Z").isoformat() == "2015-07-22"
    assert io.parse_date("") is None and io.parse_date(None) is None
    with pytest.raises(InputError, match="--published: not a date"):
        io.parse_date("22/07/2015")


def test_read_article_refuses_json_lines(tmp_path: Path) -> None:
    p = tmp_path / "corpus.txt"
    p.write_text(GOOD + "\n" + GOOD + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="JSON Lines, not an article text"):
        io.read_article(p)


def test_article_starting_with_a_brace_is_an_article(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("{عاجل} " + ARABIC, encoding="utf-8")
    assert io.read_article(p).text.startswith("{عاجل}")
