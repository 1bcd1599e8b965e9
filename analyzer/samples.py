"""Labelled essay folders: check samples against expected results, evaluate against labels."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language

from .analysis import analyze
from .evaluation import Label, Report, evaluate, read_labels
from .ingest import InputError, read_essay
from .rubric import bundled_rubrics, load_rubric
from .rubric_schema import RubricSpec
from .scoring import max_mark

EXPECTED = "expected.jsonl"
ESSAY_SUFFIXES = (".txt", ".md", ".docx")


@dataclass(frozen=True)
class SampleResult:
    """One sample essay checked against its expected result."""

    id: str
    rubric: str
    passed: bool
    missing: tuple[str, ...] = ()  # expected to be covered, but not found
    unexpected: tuple[str, ...] = ()  # found, but not expected
    expected_mark: int | None = None
    mark: int | None = None
    error: str = ""


def essay_path(folder: Path, essay_id: str) -> Path:
    """The essay file for an id: <id>.txt, .md or .docx in the folder."""
    for suffix in ESSAY_SUFFIXES:
        candidate = folder / f"{essay_id}{suffix}"
        if candidate.exists():
            return candidate
    return folder / f"{essay_id}.txt"


def expectation_files(root: Path) -> list[Path]:
    """Every expected.jsonl at or below root."""
    if root.is_file():
        return [root]
    return sorted(root.rglob(EXPECTED))


def rubric_for(label: Label, folder: Path, default: str | Path | None) -> str | Path | None:
    """A label's own rubric, else --rubric, else a bundled rubric named like the folder."""
    if label.rubric:
        return label.rubric
    if default is not None:
        return default
    if folder.name in bundled_rubrics():
        return folder.name
    return None


def check_samples(
    root: Path, nlp: Language, rubric: str | Path | None = None
) -> list[SampleResult]:
    """Analyse every sample below root and compare with its expected result."""
    results: list[SampleResult] = []
    cache: dict[str, RubricSpec] = {}
    for path in expectation_files(root):
        folder = path.parent
        for label in read_labels(path):
            ref = rubric_for(label, folder, rubric)
            key = str(ref)
            if key not in cache:
                cache[key] = load_rubric(ref)
            spec = cache[key]
            results.append(_check_one(label, folder, spec, nlp))
    return results


def _check_one(label: Label, folder: Path, spec: RubricSpec, nlp: Language) -> SampleResult:
    try:
        essay = read_essay(essay_path(folder, label.id))
    except InputError as exc:
        return SampleResult(label.id, spec.id, False, error=str(exc))
    analysis = analyze(essay.text, spec, nlp, essay.id)
    found = set(analysis.covered_ids)
    missing = tuple(p.id for p in spec.points if p.id in label.covered and p.id not in found)
    unexpected = tuple(p.id for p in spec.points if p.id in found and p.id not in label.covered)
    mark_ok = label.mark is None or label.mark == analysis.mark
    return SampleResult(
        label.id,
        spec.id,
        not missing and not unexpected and mark_ok,
        missing,
        unexpected,
        label.mark,
        analysis.mark,
    )


def evaluate_folder(
    labels_path: Path, folder: Path, spec: RubricSpec, nlp: Language
) -> tuple[Report, list[str]]:
    """Analyse each labelled essay in folder and score agreement; also list unreadable ones."""
    pairs = []
    problems = []
    missing = []
    for label in read_labels(labels_path):
        path = essay_path(folder, label.id)
        if not path.exists():
            missing.append(label.id)
            continue
        try:
            essay = read_essay(path)
        except InputError as exc:
            problems.append(str(exc))
            continue
        pairs.append((label, analyze(essay.text, spec, nlp, essay.id)))
    report = evaluate(pairs, [p.id for p in spec.points], max_mark(spec), missing)
    return report, problems
