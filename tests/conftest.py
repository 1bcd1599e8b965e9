"""Shared fixtures: one pipeline and the bundled rubrics, built once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from analyzer import build_pipeline, load_rubric
from analyzer.rubric_schema import RubricSpec

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
DEFAULT_POINTS = [
    "league",
    "france_pact",
    "naval",
    "appeasement",
    "anti_communist_leaders",
    "munich",
    "drax_mission",
    "significance",
]


@pytest.fixture(scope="session")
def nlp() -> Language:
    return build_pipeline()


@pytest.fixture(scope="session")
def rubric() -> RubricSpec:
    return load_rubric()


@pytest.fixture
def covered(nlp: Language, rubric: RubricSpec):
    """covered(text) -> the ids of the points the default rubric finds in text."""

    def run(text: str) -> set[str]:
        from analyzer import analyze

        return set(analyze(text, rubric, nlp).covered_ids)

    return run
