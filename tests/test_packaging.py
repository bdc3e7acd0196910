"""The wheel carries what the package reads at run time (ontology, lexicons, named queries)."""
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_holds_the_data_the_code_reads(tmp_path):
    r = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp_path), str(ROOT)],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]
    wheel = next(tmp_path.glob("conflict_kg-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in ("kg/ontology/conflict.ttl", "kg/ontology/shapes.ttl", "kg/lexicon/data/places.tsv",
                   "kg/lexicon/data/actors.tsv", "kg/lexicon/data/triggers.tsv", "kg/queries/who-controls.rq"):
        assert needed in names, needed
