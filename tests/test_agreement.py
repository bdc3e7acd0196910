"""The agreement benchmark scores one gold set against another with the extractor's scorer."""
import importlib.util

import pytest

from tests.conftest import ROOT

DEV_F = ROOT / "tests/data/dev/batch_f"
SECOND_F = ROOT / "tests/data/agreement/batch_f2"


@pytest.fixture(scope="module")
def agreement():
    spec = importlib.util.spec_from_file_location("agreement", ROOT / "benchmarks" / "agreement.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.agreement


def test_a_gold_set_agrees_with_itself(agreement):
    rep = agreement(DEV_F, DEV_F)
    assert rep.total().f1 == 1.0
    assert rep.total("casualties").recall == 1.0


def test_two_annotations_agree_but_not_perfectly(agreement):
    rep = agreement(DEV_F, SECOND_F)
    assert 0.5 < rep.total().f1 < 1.0
    assert len(rep.articles) == len(list(DEV_F.glob("*.jsonl")))
