"""Accuracy guards: the analyzer against labelled essays it was not written from.

tests/data/labelled/ holds essays written blind, after the rubric was drafted, by writers
who saw only rubric-spec.md (the figures in the README and issue notes come from them).
The thresholds sit a little below today's figures, so a change that loses accuracy fails.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer import load_rubric
from analyzer.samples import evaluate_folder

from .conftest import ROOT

LABELLED = ROOT / "tests" / "data" / "labelled"
DEV = ROOT.parent / "shared" / "essays" / "dev"
SETS = {
    "blind": ("ussr-britain-france", 0.97),
    "blind2": ("ussr-britain-france", 0.97),
    "blind3": ("ussr-britain-france", 0.97),
    "blind4": ("ussr-britain-france", 0.95),
    "blind5": ("ussr-britain-france", 0.94),
    "blind6": ("ussr-britain-france", 0.94),
    "blind7": ("ussr-britain-france", 0.90),
    "blind8": ("ussr-britain-france", 0.97),
    "blind9": ("ussr-britain-france", 0.92),
    "blind10": ("ussr-britain-france", 0.96),
    "blind11": ("ussr-britain-france", 0.95),
    "blind12": ("ussr-britain-france", 0.95),
    "blind13": ("ussr-britain-france", 0.95),
    "blind14": ("ussr-britain-france", 0.96),
    "blind15": ("ussr-britain-france", 0.96),
    "blind16": ("ussr-britain-france", 0.96),
    "blind17": ("ussr-britain-france", 0.95),
    "blind18": ("ussr-britain-france", 0.95),
    "blind19": ("ussr-britain-france", 0.93),
    "blind20": ("ussr-britain-france", 0.97),
    "blind21": ("ussr-britain-france", 0.94),
    "blind22": ("ussr-britain-france", 0.95),
    "blind23": ("ussr-britain-france", 0.93),
    "blind24": ("ussr-britain-france", 0.96),
    "blind25": ("ussr-britain-france", 0.95),
    "blind26": ("ussr-britain-france", 0.97),
    "blind27": ("ussr-britain-france", 0.97),
    "blind28": ("ussr-britain-france", 0.97),
    "blind29": ("ussr-britain-france", 0.96),
    "blind30": ("ussr-britain-france", 0.93),
    "blind31": ("ussr-britain-france", 0.97),
    "blind32": ("ussr-britain-france", 0.93),
    "blind33": ("ussr-britain-france", 0.96),
    "blind34": ("ussr-britain-france", 0.97),
    "blind35": ("ussr-britain-france", 0.97),
    "blind36": ("ussr-britain-france", 0.96),
    "blind37": ("ussr-britain-france", 0.98),
    "blind38": ("ussr-britain-france", 0.97),
    "blind39": ("ussr-britain-france", 0.97),
    "blind40": ("ussr-britain-france", 0.97),
    "blind41": ("ussr-britain-france", 0.98),
    "blind42": ("ussr-britain-france", 0.96),
    "blind43": ("ussr-britain-france", 0.98),
    "blind44": ("ussr-britain-france", 0.98),
    "blind45": ("ussr-britain-france", 0.98),
    "blind46": ("ussr-britain-france", 0.97),
    "blind47": ("ussr-britain-france", 0.97),
    "blind48": ("ussr-britain-france", 0.97),
    "blind49": ("ussr-britain-france", 0.98),
    "blind50": ("ussr-britain-france", 0.98),
    "blind51": ("ussr-britain-france", 0.96),
    "blind52": ("ussr-britain-france", 0.94),
    "blind53": ("ussr-britain-france", 0.98),
    "blind54": ("ussr-britain-france", 0.97),
    "blind55": ("ussr-britain-france", 0.95),
    "blind56": ("ussr-britain-france", 0.98),
    "blind57": ("ussr-britain-france", 0.97),
    "blind58": ("ussr-britain-france", 0.99),
    "blind59": ("ussr-britain-france", 0.98),
    "blind60": ("ussr-britain-france", 0.96),
    "blind61": ("ussr-britain-france", 0.94),
    "blind62": ("ussr-britain-france", 0.97),
    "blind_nsp": ("nazi-soviet-pact", 0.95),
}


@pytest.mark.parametrize("name", sorted(SETS))
def test_labelled_set_accuracy(nlp, name: str) -> None:
    rubric_id, floor = SETS[name]
    folder = LABELLED / name
    report, problems = evaluate_folder(folder / "labels.jsonl", folder, load_rubric(rubric_id), nlp)
    assert not problems and not report.missing
    assert report.essays >= 30
    assert report.micro_f1 >= floor, f"{name}: micro-F1 {report.micro_f1:.3f} < {floor}"
    assert report.mark_within_one >= 0.9


def test_development_set_meets_the_bar(nlp) -> None:
    if not (DEV / "labels.jsonl").exists():
        pytest.skip("../shared/essays/dev is not beside this checkout")
    report, _ = evaluate_folder(DEV / "labels.jsonl", DEV, load_rubric(), nlp)
    assert report.micro_f1 >= 0.95
    assert min(p.f1 for p in report.points) >= 0.90
    assert report.mark_exact >= 0.75
    assert report.mark_within_one >= 0.95


def test_labelled_sets_are_complete() -> None:
    for name in SETS:
        folder: Path = LABELLED / name
        ids = {p.stem for p in folder.glob("*.txt")}
        lines = (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines()
        assert len(ids) == len([x for x in lines if x.strip()])
