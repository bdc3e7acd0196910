"""`kg extract` on bad input: one-line error naming the file, non-zero exit, no output left behind."""
import pytest

from rdflib import RDF, Graph, Literal

from kg.cli import main
from kg.graph.vocab import CK
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
    g = Graph().parse(out)
    assert (None, CK.fileName, Literal(SEEDS[0].name)) in g  # the good article is in the output
    assert len(set(g.subjects(RDF.type, CK.TerritorialControl))) >= 2
    assert str(bad) in capsys.readouterr().err


def test_good_run_exits_zero(tmp_path):
    out = tmp_path / "out.ttl"
    assert main(["extract", *map(str, SEEDS), "-o", str(out), "-q"]) == 0
    g = Graph().parse(out)
    assert {str(o) for o in g.objects(None, CK.fileName)} == {p.name for p in SEEDS}
    assert (None, CK.controls, None) in g


def test_same_id_two_texts_is_refused(tmp_path, capsys):
    """Two files with one name in two folders: one article IRI, so the second is refused."""
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    one, two = tmp_path / "a" / "x.txt", tmp_path / "b" / "x.txt"
    one.write_text(SEEDS[0].read_text(encoding="utf-8"), encoding="utf-8")
    two.write_text(SEEDS[1].read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out.ttl"
    assert main(["extract", str(one), str(two), "-o", str(out), "-q"]) != 0
    assert str(two) in capsys.readouterr().err
    assert len(set(Graph().parse(out).objects(None, CK.textSha256))) == 1
