"""`kg extract` on bad input: one-line error naming the file, non-zero exit, no output left behind."""
import pytest

from kg.cli import main
from tests.conftest import SEEDS

BAD = {
    "empty": b"",
    "binary": b"\x00\x01\x02binary\x00" * 10,
    "latin1": "قوات".encode("utf-8") + b"\xe9\xff\xfe not utf-8",
    "english": b"Syrian government forces took control of the district today, reports said." * 3,
}


@pytest.mark.parametrize("kind", sorted(BAD))
def test_bad_file_alone(tmp_path, capsys, kind):
    bad = tmp_path / f"{kind}.txt"
    bad.write_bytes(BAD[kind])
    out = tmp_path / "out.ttl"
    assert main(["extract", str(bad), "-o", str(out)]) != 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and str(bad) in err[0]
    assert not out.exists()


@pytest.mark.parametrize("kind", sorted(BAD))
def test_bad_file_among_good_ones(tmp_path, capsys, kind):
    bad = tmp_path / f"{kind}.txt"
    bad.write_bytes(BAD[kind])
    out = tmp_path / "out.ttl"
    assert main(["extract", str(SEEDS[0]), str(bad), "-o", str(out), "-q"]) != 0
    assert out.exists() and out.stat().st_size > 1000
    assert str(bad) in capsys.readouterr().err


def test_good_run_exits_zero(tmp_path):
    out = tmp_path / "out.ttl"
    assert main(["extract", *map(str, SEEDS), "-o", str(out), "-q"]) == 0
    assert out.read_text(encoding="utf-8").count("ck:evidence") > 10
