"""Bad input through the real `kg extract` command: one clear line, non-zero exit, no half output.

Every bad input kind is generated here (nothing binary is committed) and run
alone and next to a good seed article. docs/bad-input.md lists the same table.
"""
from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from kg import io
from kg.cli import main
from kg.graph.ids import article_iri

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_8d6aef08c271a444.txt"
ARABIC = SEED.read_text(encoding="utf-8")
FRENCH = "L'armée syrienne a repris la ville après des combats acharnés, selon l'Observatoire. " * 5
RUSSIAN = "Сирийская армия заняла город после тяжёлых боёв, сообщили в министерстве обороны. " * 5


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def sparse(path: Path, size: int) -> Path:
    with open(path, "wb") as f:
        f.truncate(size)
    return path


def symlink(path: Path, target: Path) -> Path:
    path.symlink_to(target)
    return path


def loop(d: Path) -> Path:
    (d / "loop_b.txt").symlink_to(d / "loop_a.txt")
    return symlink(d / "loop_a.txt", d / "loop_b.txt")


def subdir(d: Path) -> Path:
    (d / "a_folder").mkdir()
    return d / "a_folder"


# kind → (make the bad input in a folder, fragment of the one-line error)
BAD: dict[str, tuple[Callable[[Path], Path], str]] = {
    "empty": (lambda d: write(d / "empty.txt", b""), "empty file"),
    "whitespace only": (lambda d: write(d / "blank.txt", b"  \r\n\t\n"), "empty file"),
    "BOM only": (lambda d: write(d / "bom.txt", codecs.BOM_UTF8), "empty article"),
    "binary (PNG)": (lambda d: write(d / "image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(200)),
                     "binary file (NUL bytes)"),
    "binary without NUL": (lambda d: write(d / "noise.bin", bytes(range(1, 256)) * 8),
                           "not UTF-8 (invalid byte at offset 127) and not recognisably Windows-1256 Arabic"),
    "UTF-16 without BOM": (lambda d: write(d / "u16.txt", ARABIC.encode("utf-16-le")),
                           "UTF-16 without a byte-order mark? save it as UTF-8"),
    "UTF-16 BOM, bad content": (lambda d: write(d / "u16bad.txt", codecs.BOM_UTF16_LE + b"\x00\xd8A\x00"),
                                "not valid UTF-16 (byte 2) despite its byte-order mark"),
    "damaged UTF-8": (lambda d: write(d / "damaged.txt", ARABIC[:100].encode() + b"\xff" + ARABIC[100:].encode()),
                      f"damaged UTF-8 (invalid byte at offset {len(ARABIC[:100].encode())})"),
    "Latin-1 French": (lambda d: write(d / "french.txt", FRENCH.encode("latin-1")),
                       "not recognisably Windows-1256 Arabic; save the article as UTF-8"),
    "KOI8-R Russian": (lambda d: write(d / "russian.txt", RUSSIAN.encode("koi8_r")),
                       "not recognisably Windows-1256 Arabic"),
    "ISO-8859-6 Arabic": (lambda d: write(d / "iso.txt", ARABIC.encode("iso8859_6", "replace")),
                          "not recognisably Windows-1256 Arabic"),
    "no Arabic (English)": (lambda d: write(d / "english.txt", b"Syrian army retakes the town, monitor says. " * 10),
                            "no Arabic text (fewer than 20 Arabic letters)"),
    "too little Arabic": (lambda d: write(d / "little.txt", ("قال المرصد " + "English words " * 30).encode()),
                          "no Arabic text"),
    "HTML, no Arabic": (lambda d: write(d / "page.html", b"<html><body><p>Breaking news in English.</p></body></html>"),
                        "HTML page with no Arabic text"),
    "HTML, no visible text": (lambda d: write(d / "script.html", b"<html><body><script>var a=1;</script></body></html>"),
                              "HTML page with no visible text"),
    "HTML, Arabic only in <head>": (
        lambda d: write(d / "head.html", f"<html><head><title>{ARABIC[:200]}</title></head><body><p>x</p></body></html>".encode()),
        "HTML page with no Arabic text"),
    "JSON Lines file": (lambda d: write(d / "corpus.txt", (json.dumps({"id": "a", "text": ARABIC}) + "\n").encode()),
                        "JSON Lines, not an article text (kg build reads .jsonl files)"),
    "50 MB article": (lambda d: sparse(d / "huge.txt", 50 * 1024 * 1024),
                      "too large (52,428,800 bytes; the limit for one article is 20,971,520 bytes, set by KG_MAX_ARTICLE_BYTES)"),
    "directory": (subdir, "is a directory, not an article file"),
    "missing file": (lambda d: d / "missing.txt", "no such file"),
    "missing folder": (lambda d: d / "nowhere" / "a.txt", "no such file"),
    "path through a file": (lambda d: write(d / "plain.txt", ARABIC.encode()) / "a.txt",
                            "no such file (a parent in the path is not a directory)"),
    "broken symlink": (lambda d: symlink(d / "dangling.txt", d / "gone.txt"), "broken symbolic link"),
    "symlink loop": (loop, "symbolic link loop"),
    "newline in file name": (lambda d: write(d / "two\nlines.txt", b""), "empty file"),
}


def extract(argv: list[str], capsys: pytest.CaptureFixture) -> tuple[int, str, str]:
    code = main(["extract", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def leftovers(folder: Path) -> list[str]:
    """Temporary files a failed or finished write left beside the output."""
    return sorted(p.name for p in folder.glob(".*.ttl.*")) if folder.exists() else []


def check_error_line(err: str, bad: Path, fragment: str) -> None:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"kg extract: error: {io.show(bad, 4096)}: "), lines[0]
    assert fragment in lines[0]


@pytest.mark.parametrize("kind", BAD)
def test_bad_file_alone(kind: str, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    make, fragment = BAD[kind]
    bad = make(tmp_path)
    out = tmp_path / "out" / "graph.ttl"
    code, stdout, err = extract([str(bad), "-o", str(out)], capsys)
    assert code == 2
    check_error_line(err, bad, fragment)
    assert not out.exists()
    assert leftovers(out.parent) == []


@pytest.mark.parametrize("kind", BAD)
def test_bad_file_among_good(kind: str, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    make, fragment = BAD[kind]
    bad = make(tmp_path)
    good = write(tmp_path / "good" / SEED.name, SEED.read_bytes())
    out = tmp_path / "out" / "graph.ttl"
    code, stdout, err = extract([str(good), str(bad), "-q", "-o", str(out)], capsys)
    assert code == 2
    check_error_line(err, bad, fragment)
    g = Graph().parse(out, format="turtle")
    articles = {str(a) for a in g.subjects(predicate=None, object=None) if "/article/" in str(a)}
    assert articles == {str(article_iri(SEED.stem))}
    assert leftovers(out.parent) == []


def test_size_limit_from_environment(tmp_path: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    good = write(tmp_path / SEED.name, SEED.read_bytes())
    monkeypatch.setenv("KG_MAX_ARTICLE_BYTES", "1000")
    code, _, err = extract([str(good), "-o", str(tmp_path / "g.ttl")], capsys)
    assert code == 2
    check_error_line(err, good, "too large (6,044 bytes; the limit for one article is 1,000 bytes")
    monkeypatch.setenv("KG_MAX_ARTICLE_BYTES", "ten")
    code, _, err = extract([str(good), "-o", str(tmp_path / "g.ttl")], capsys)
    assert (code, err.strip()) == (1, "kg extract: error: KG_MAX_ARTICLE_BYTES: not a positive number of bytes: 'ten'")
    assert not (tmp_path / "g.ttl").exists()


def test_bad_published_date(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    code, _, err = extract([str(SEED), "--published", "yesterday", "-o", str(tmp_path / "g.ttl")], capsys)
    assert (code, err.strip()) == (2, "kg extract: error: --published: not a date (YYYY-MM-DD): 'yesterday'")
    assert not (tmp_path / "g.ttl").exists()


def test_permission_denied(tmp_path: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    """Simulated, so it also runs as root (for whom chmod 000 does not deny reading)."""
    secret = write(tmp_path / "secret.txt", SEED.read_bytes())
    real_open = open

    def guarded(file, *args, **kwargs):
        if Path(file) == secret:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(io, "open", guarded, raising=False)
    good = write(tmp_path / "good" / SEED.name, SEED.read_bytes())
    out = tmp_path / "g.ttl"
    code, _, err = extract([str(secret), str(good), "-q", "-o", str(out)], capsys)
    assert code == 2
    check_error_line(err, secret, "permission denied")
    assert out.exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_permission_denied_for_real(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    secret = write(tmp_path / "secret.txt", SEED.read_bytes())
    secret.chmod(0)
    code, _, err = extract([str(secret), "-o", str(tmp_path / "g.ttl")], capsys)
    assert code == 2
    check_error_line(err, secret, "permission denied")


def test_several_bad_files_one_line_each(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    kinds = ["empty", "binary (PNG)", "Latin-1 French", "no Arabic (English)", "directory", "missing file"]
    bad = [BAD[k][0](tmp_path) for k in kinds]
    good = write(tmp_path / "good" / SEED.name, SEED.read_bytes())
    out = tmp_path / "g.ttl"
    code, _, err = extract([*map(str, bad), str(good), "-q", "-o", str(out)], capsys)
    assert code == 2
    assert len(err.splitlines()) == len(kinds)
    for path, line in zip(bad, err.splitlines()):
        assert line.startswith(f"kg extract: error: {path}: ")
    assert out.exists()


# --- the output file is never clobbered or half-written -------------------------------------------
def test_failed_extraction_keeps_existing_output(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    out = write(tmp_path / "graph.ttl", b"# an earlier graph\n")
    bad = BAD["binary (PNG)"][0](tmp_path)
    code, _, _ = extract([str(bad), "-o", str(out)], capsys)
    assert code == 2
    assert out.read_bytes() == b"# an earlier graph\n"


def test_failed_write_keeps_existing_output(tmp_path: Path, capsys: pytest.CaptureFixture,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """kg extract writes a temporary file beside the output and renames it (os.replace)."""
    import kg.commands.extract as cmd

    out = write(tmp_path / "graph.ttl", b"# an earlier graph\n")
    written: list[bytes] = []

    def crash(src, dst):
        written.append(Path(src).read_bytes())
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cmd.os, "replace", crash)
    assert main(["extract", str(SEED), "-q", "-o", str(out)]) != 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "No space left on device" in err[0] and str(out) in err[0]
    assert written and written[0].startswith(b"@prefix")  # the whole graph went to the temporary file
    assert out.read_bytes() == b"# an earlier graph\n"
    assert leftovers(tmp_path) == []


def test_successful_write_replaces_output(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    out = write(tmp_path / "graph.ttl", b"# an earlier graph\n")
    code, _, _ = extract([str(SEED), "-q", "-o", str(out)], capsys)
    assert code == 0
    assert len(Graph().parse(out, format="turtle")) > 100
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("target", ["a directory", "under a file"])
def test_unwritable_output_is_one_line(target: str, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    out = tmp_path if target == "a directory" else write(tmp_path / "f.txt", b"x") / "g.ttl"
    code, _, err = extract([str(SEED), "-q", "-o", str(out)], capsys)
    assert code != 0
    assert len(err.splitlines()) == 1 and str(out) in err


# --- accepted inputs: the same graph whatever the encoding ----------------------------------------
ENCODED = {
    "UTF-8 with BOM": codecs.BOM_UTF8 + ARABIC.encode(),
    "UTF-16-LE with BOM": codecs.BOM_UTF16_LE + ARABIC.encode("utf-16-le"),
    "UTF-16-BE with BOM": codecs.BOM_UTF16_BE + ARABIC.encode("utf-16-be"),
    "UTF-32 with BOM": ARABIC.encode("utf-32"),
    "Windows-1256": ARABIC.encode("cp1256"),
}


@pytest.fixture(scope="module")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> Graph:
    out = tmp_path_factory.mktemp("base") / "g.ttl"
    assert main(["extract", str(SEED), "-q", "--no-ontology", "-o", str(out)]) == 0
    return Graph().parse(out, format="turtle")


@pytest.mark.parametrize("encoding", ENCODED)
def test_accepted_encoding_same_graph(encoding: str, baseline: Graph, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    art = write(tmp_path / SEED.name, ENCODED[encoding])
    out = tmp_path / "g.ttl"
    code, _, err = extract([str(art), "-q", "--no-ontology", "-o", str(out)], capsys)
    assert (code, err) == (0, "")
    assert isomorphic(Graph().parse(out, format="turtle"), baseline)


@pytest.mark.parametrize("encoding", ["utf-8", "cp1256"])
def test_accepted_html_page(encoding: str, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    paras = "".join(f"<p>{p}</p>\n" for p in ARABIC.split("\n") if p.strip())
    page = (f'<!DOCTYPE html><html><head><meta charset="{encoding}"><title>عنوان</title>'
            f"<script>var x = '<p>';</script></head><body><nav>الرئيسية | أخبار</nav>{paras}</body></html>")
    art = write(tmp_path / "page.html", page.encode(encoding))
    out = tmp_path / "g.ttl"
    code, stdout, err = extract([str(art), "-o", str(out)], capsys)
    assert (code, err) == (0, "")
    assert "events: 0 " not in stdout
    g = Graph().parse(out, format="turtle")
    assert any("/event/page/" in str(s) for s in g.subjects())


def test_accepted_mixed_arabic_latin(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    text = "BEIRUT (Reuters) - Syria latest. " + ARABIC + "\n(Reporting by John Doe; Editing by Jane Roe)\n"
    art = write(tmp_path / "mixed.txt", text.encode())
    code, _, err = extract([str(art), "-q", "-o", str(tmp_path / "g.ttl")], capsys)
    assert (code, err) == (0, "")


# --- the real command, in a child process --------------------------------------------------------
def run_kg(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})


def test_real_cli_bad_alone_and_mixed(tmp_path: Path) -> None:
    bad = BAD["binary (PNG)"][0](tmp_path)
    alone = run_kg("extract", str(bad), "-o", "alone.ttl", cwd=tmp_path)
    assert alone.returncode == 2
    assert alone.stderr == f"kg extract: error: {bad}: binary file (NUL bytes), not text\n"
    assert not (tmp_path / "alone.ttl").exists()
    mixed = run_kg("extract", str(SEED), str(bad), "-o", "mixed.ttl", cwd=tmp_path)
    assert mixed.returncode == 2
    assert mixed.stderr == f"kg extract: error: {bad}: binary file (NUL bytes), not text\n"
    assert mixed.stdout.startswith("wrote mixed.ttl")
    assert (tmp_path / "mixed.ttl").stat().st_size > 0


# --- a line of a million characters -----------------------------------------------------------
@pytest.mark.slow
def test_million_character_line_extracts_in_reasonable_time(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    """Sentences of the seed run together on one line: ~7 s for the pipeline when measured."""
    line = (ARABIC.replace("\n", " ") * 400)[:1_000_000]
    art = write(tmp_path / "long.txt", line.encode())
    start = time.perf_counter()
    code, _, err = extract([str(art), "-q", "-o", str(tmp_path / "g.ttl")], capsys)
    assert (code, err) == (0, "")
    assert time.perf_counter() - start < 90


def best_time(fn, *args) -> float:
    times = []
    for _ in range(3):
        start = time.perf_counter()
        fn(*args)
        times.append(time.perf_counter() - start)
    return min(times)


def grows_linearly(fn, make: Callable[[int], str], n: int) -> bool:
    """Four times the input takes well under sixteen times as long (quadratic would)."""
    return best_time(fn, make(4 * n)) < 8 * best_time(fn, make(n)) + 0.05


def test_long_word_tokenizes_in_linear_time() -> None:
    from kg.text.tokens import tokenize
    assert grows_linearly(tokenize, lambda n: "سيطر" * (n // 4), 10_000)


def test_run_of_full_stops_splits_in_linear_time() -> None:
    from kg.text.sentences import split_sentences
    assert grows_linearly(split_sentences, lambda n: "." * n + "x", 2_000)


def test_article_with_a_400_digit_number(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    art = write(tmp_path / "bignum.txt", f"قتل {'9' * 400} مدنيا في قصف على مدينة حلب في شمال سوريا.\n".encode())
    code, _, err = extract([str(art), "-q", "-o", str(tmp_path / "g.ttl")], capsys)
    assert (code, err) == (0, "")


# --- kg build: the same inputs, read by the same kg.io -------------------------------------------
@pytest.mark.parametrize("kind", [k for k in BAD if k != "directory"])  # a folder is a source for kg build
def test_kg_build_skips_bad_file(kind: str, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    pytest.importorskip("kg.store")
    from kg.doc import Article
    from kg.store import open_store

    make, fragment = BAD[kind]
    bad = make(tmp_path)
    store = tmp_path / "store"
    code = main(["build", "--store", str(store), "-q", str(bad), str(SEED)])
    err = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
    assert code == 2
    assert len(err) == 1 and err[0].startswith(f"kg build: error: {io.show(bad, 4096)}: ") and fragment in err[0]
    with open_store(store) as st:
        assert st.stored_sha(article_iri(SEED.stem)) == Article("x", ARABIC).sha256


def test_kg_build_jsonl_bad_records(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    """Every malformed record of tests/test_io.py in one file: one error line each, file:line; good ones stored."""
    pytest.importorskip("kg.store")
    from kg.store import open_store
    from tests.test_io import BAD_RECORDS, rec

    lines = [rec(id="good-1", text=ARABIC)] + [line for line, _ in BAD_RECORDS] + [rec(id="good-2", text=ARABIC + " ")]
    batch = write(tmp_path / "batch.jsonl", ("\n".join(lines) + "\n").encode())
    code = main(["build", "--store", str(tmp_path / "store"), "-q", str(batch)])
    err = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
    assert code == 2
    assert len(err) == len(BAD_RECORDS)
    for n, (line, (_, fragment)) in enumerate(zip(err, BAD_RECORDS), start=2):
        assert line.startswith(f"kg build: error: {batch}:{n}") and fragment in line
    with open_store(tmp_path / "store") as st:
        assert st.stored_sha(article_iri("good-1")) and st.stored_sha(article_iri("good-2"))
