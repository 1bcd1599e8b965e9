"""The bundled samples are examples and tests: each must match its expected result, and every
point needs samples that cover it and samples that do not."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from analyzer import analyze, load_rubric
from analyzer.samples import essay_path

from .conftest import SAMPLES

CASES = [
    (folder.name, json.loads(line))
    for folder in sorted(p for p in SAMPLES.iterdir() if p.is_dir())
    for line in (folder / "expected.jsonl").read_text(encoding="utf-8").splitlines()
    if line.strip()
]
REQUIRED_TAGS = {"negated", "keyword-list", "misspelled", "note-form", "cross-sentence"}


def test_there_are_samples_for_every_bundled_rubric() -> None:
    from analyzer.rubric import bundled_rubrics

    folders = {name for name, _ in CASES}
    assert folders == set(bundled_rubrics())
    assert sum(1 for name, _ in CASES if name == "ussr-britain-france") >= 24
    assert sum(1 for name, _ in CASES if name == "nazi-soviet-pact") >= 16


@pytest.mark.parametrize(("folder", "label"), CASES, ids=[f"{f}/{x['id']}" for f, x in CASES])
def test_sample_matches_expected(nlp, folder: str, label: dict) -> None:
    rubric = load_rubric(label.get("rubric", folder))
    text = essay_path(SAMPLES / folder, label["id"]).read_text(encoding="utf-8")
    analysis = analyze(text, rubric, nlp, label["id"])
    assert analysis.covered_ids == [p.id for p in rubric.points if p.id in label["covered"]]
    assert analysis.mark == label["mark"]


@pytest.mark.parametrize("folder", sorted({f for f, _ in CASES}))
def test_every_point_has_covering_and_missing_samples(folder: str) -> None:
    rubric = load_rubric(folder)
    labels = [label for f, label in CASES if f == folder]
    for point in rubric.points:
        covering = sum(1 for label in labels if point.id in label["covered"])
        assert covering >= 2, f"{point.id}: only {covering} samples cover it"
        assert len(labels) - covering >= 2, f"{point.id}: too few samples miss it"


def test_default_samples_include_the_hard_cases() -> None:
    tags = Counter(
        tag for f, label in CASES if f == "ussr-britain-france" for tag in label.get("tags", [])
    )
    missing = {t for t in REQUIRED_TAGS if tags[t] == 0}
    assert not missing, f"no samples tagged {missing}"
