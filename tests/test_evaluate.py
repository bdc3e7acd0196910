"""Scores on the seed gold (CONTRACT.md scoring) and on the development set."""
from pathlib import Path

import pytest

from kg.evaluate import closure, evaluate_dir, gold_norm
from tests.conftest import GOLD, ROOT


@pytest.fixture(scope="module")
def seed_report():
    return evaluate_dir(GOLD, ROOT / "seeds")


def test_seed_micro_f1(seed_report):
    assert seed_report.total().f1 >= 0.9


def test_seed_casualties_all_found_none_false(seed_report):
    cas = seed_report.total("casualties")
    assert cas.recall == 1.0
    assert cas.precision == 1.0


def test_seed_no_duplicate_nodes(seed_report):
    assert seed_report.duplicates == 0


def test_gold_normalization():
    assert gold_norm("قوات سورية الديمقراطية") == gold_norm("قوات سوريه الديمقراطيه")
    assert gold_norm("Deir ez-Zor") == "deir ez zor"


def test_partof_closure():
    assert ("a", "c") in closure({("a", "b"), ("b", "c")})


# Collapse floors (F1, P): well under each batch's score, to catch a breakage, not to tune.
# Batch K reports the Iraqi front, outside the Syrian gazetteer and lexicon (0.31 when written,
# 0.52 in session 4); batch Y the war in Yemen (0.27 when written, session 5); batch W five
# short Syrian and Iraqi wire reports (held out, 0.44 when written, session 7); batch AA
# twelve reports from many fronts, most outside the lexicons (held out, 0.39 when written, session 8);
# batch AB twelve more such reports (held out, 0.30 when written, session 8; both tuning since session 9);
# batches AC and AD twelve reports each from the same fronts (held out, 0.35 and 0.43 when written, session 9;
# tuning since session 10); batches AE and AF twelve more each (held out, 0.59 and 0.37 when written, session 10;
# tuning since session 11); batches AG (Yemen, Iraq) and AH (many fronts) twelve each (held out, 0.58 and 0.55
# when written, session 11; tuning since session 13); batches AI (Yemen) and AJ (many fronts) twelve each (held
# out, 0.65 and 0.51 when written, session 13; tuning since session 15): the default floor; batches AK (Yemen,
# ten reports) and AL (twelve from many fronts, most outside the lexicons) (held out, 0.57 and 0.41 when written,
# session 15); batch AM (five Yemen reports, seven from other fronts) (held out, 0.59 when written, session 16;
# AK, AL and AM tuning since session 20); batches AN (twelve Yemen reports) and AO (seven reports from other fronts,
# five from Yemen) (held out, 0.63 and 0.62 when written, session 20; tuning since session 23): the default floor;
# batches AP (twelve Yemen reports) and AQ (twelve from other fronts, most of them thin) (held out, 0.56 and 0.41
# when written, session 23; tuning since session 26); batches AR (ten Yemen reports) and AS (ten from other fronts,
# several thin) (held out, 0.61 and 0.44 when written, session 26); batches AT (ten Yemen reports, tuning) and AU
# (ten reports from other fronts, most outside the lexicons, tuning) (0.64 and 0.44 when written, session 28);
# batches AV (ten Yemen reports) and AW (ten from other fronts, several thin) (tuning; 0.51 and 0.61 when written,
# session 28): the default floor; batches AX (ten Yemen reports, tuning) and AY (ten reports from other fronts,
# several thin and most outside the lexicons, tuning) (0.65 and 0.33 when written, session 29); batches AZ (ten Yemen
# reports) and BA (ten from other fronts) (tuning; 0.62 and 0.50 when written, session 29); batches BB (ten Yemen
# reports, three thin) and BC (ten from other fronts) (tuning; 0.62 and 0.53 when written, session 29); batch BD
# (eight reports from other fronts, several thin; tuning; 0.35 when written, session 29); batch BE (six reports of
# shootings and bombings outside the wars, thin; tuning; 0.54 when written, session 30).
_COLLAPSE_FLOOR = {"batch_k": (0.35, 0.45), "batch_y": (0.2, 0.35), "batch_w": (0.3, 0.5), "batch_aa": (0.25, 0.5),
                   "batch_ab": (0.2, 0.5), "batch_ac": (0.25, 0.5), "batch_ad": (0.3, 0.5), "batch_ae": (0.45, 0.6),
                   "batch_af": (0.25, 0.5), "batch_al": (0.3, 0.5), "batch_aq": (0.3, 0.5),
                   "batch_as": (0.3, 0.5), "batch_au": (0.3, 0.5), "batch_ay": (0.2, 0.5), "batch_ba": (0.35, 0.5), "batch_bc": (0.35, 0.5), "batch_bd": (0.2, 0.5),
                   "batch_be": (0.35, 0.5)}


@pytest.mark.parametrize("batch", sorted(p.name for p in (ROOT / "tests/data/dev").glob("batch_*") if (p / "entities.json").exists()))
def test_every_dev_batch_is_scored_and_none_collapses(batch):
    """Each batch (tuning or held out) scores every gold article, and no batch falls apart.
    Messages carry scores only: a held-out batch's errors are not to be read."""
    d = ROOT / "tests/data/dev" / batch
    rep = evaluate_dir(d, d / "articles")
    f1_floor, p_floor = _COLLAPSE_FLOOR.get(batch, (0.45, 0.5))
    total = rep.total()
    assert len(rep.articles) == len(list(d.glob("*.jsonl")))
    assert total.f1 >= f1_floor, f"{batch}: F1 {total.f1:.3f} < {f1_floor}"
    assert total.precision >= p_floor, f"{batch}: P {total.precision:.3f} < {p_floor}"


def _report(*batches: str):
    from kg.evaluate import Report

    dev = ROOT / "tests/data/dev"
    return Report([a for b in batches for a in evaluate_dir(dev / b, dev / b / "articles").articles])


def test_dev_set_quality_floor():
    """Quality on the first tuning batches must not regress (figures when written, session 3:
    F1 0.83, P 0.87, casualty R 0.96)."""
    rep = _report("batch_a", "batch_b", "batch_d")
    assert rep.total().f1 >= 0.8
    assert rep.total().precision >= 0.85
    assert rep.total("casualties").recall >= 0.85


def test_syrian_tuning_batches_floor():
    """Syrian tuning batches A–I (71 articles; session 3: F1 0.756, P 0.80, casualty R 0.81;
    session 4: F1 0.774, P 0.818, casualty R 0.83)."""
    rep = _report(*(f"batch_{b}" for b in "abcdefghi"))
    assert rep.total().f1 >= 0.75
    assert rep.total().precision >= 0.80
    assert rep.total("casualties").recall >= 0.80
