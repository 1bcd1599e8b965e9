"""Score the analyzer against essays a teacher has marked: per-point F1, agreement, kappa."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .models import Analysis


@dataclass(frozen=True)
class Label:
    """A teacher's marking of one essay."""

    id: str
    covered: frozenset[str]
    mark: int | None
    notes: str = ""
    rubric: str | None = None


@dataclass(frozen=True)
class PointScore:
    """Agreement on one point: true/false positives and negatives."""

    id: str
    tp: int
    fp: int
    fn: int
    tn: int

    @property
    def precision(self) -> float:
        """Share of the found points that were labelled."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Share of the labelled points that were found."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class Disagreement:
    """One essay and point where the analyzer and the labels differ."""

    essay: str
    point: str
    expected: bool
    found: bool
    evidence: str


@dataclass(frozen=True)
class Report:
    """How far the analyzer agrees with the labels."""

    essays: int
    points: tuple[PointScore, ...]
    micro_precision: float
    micro_recall: float
    micro_f1: float
    mark_exact: float
    mark_within_one: float
    qwk: float
    disagreements: tuple[Disagreement, ...] = field(default=())
    missing: tuple[str, ...] = ()  # labelled essays with no file


class LabelError(ValueError):
    """A labels file that cannot be read."""


def read_labels(path: Path) -> list[Label]:
    """Read a JSON Lines labels file ({id, covered, mark, ...} per line)."""
    labels = []
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except OSError as exc:
        raise LabelError(f"{path}: cannot read ({exc.strerror or exc})") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            labels.append(
                Label(
                    id=str(row["id"]),
                    covered=frozenset(row.get("covered", [])),
                    mark=row.get("mark"),
                    notes=row.get("notes", ""),
                    rubric=row.get("rubric"),
                )
            )
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise LabelError(f"{path}:{number}: not a label line ({exc})") from None
    return labels


def evaluate(
    pairs: Iterable[tuple[Label, Analysis]],
    point_ids: list[str],
    max_mark: int,
    missing: Iterable[str] = (),
) -> Report:
    """Compare analyses with labels, point by point and mark by mark."""
    pairs = list(pairs)
    counts = {p: [0, 0, 0, 0] for p in point_ids}
    disagreements = []
    marks: list[tuple[int, int]] = []
    for label, analysis in pairs:
        found = set(analysis.covered_ids)
        for point in analysis.points:
            expected = point.id in label.covered
            got = point.id in found
            index = {(True, True): 0, (False, True): 1, (True, False): 2, (False, False): 3}
            counts[point.id][index[(expected, got)]] += 1
            if expected != got:
                text = (
                    point.evidence[0].text
                    if point.evidence
                    else (point.contradiction.text if point.contradiction else "")
                )
                disagreements.append(Disagreement(label.id, point.id, expected, got, text))
        expected_mark = label.mark if label.mark is not None else len(label.covered)
        marks.append((expected_mark, analysis.mark))
    scores = tuple(PointScore(p, *counts[p]) for p in point_ids)
    tp = sum(s.tp for s in scores)
    fp = sum(s.fp for s in scores)
    fn = sum(s.fn for s in scores)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    n = len(marks) or 1
    return Report(
        essays=len(pairs),
        points=scores,
        micro_precision=precision,
        micro_recall=recall,
        micro_f1=f1,
        mark_exact=sum(1 for a, b in marks if a == b) / n,
        mark_within_one=sum(1 for a, b in marks if abs(a - b) <= 1) / n,
        qwk=quadratic_weighted_kappa(marks, max_mark),
        disagreements=tuple(disagreements),
        missing=tuple(missing),
    )


def quadratic_weighted_kappa(pairs: list[tuple[int, int]], max_mark: int) -> float:
    """Cohen's kappa with quadratic weights between two raters' marks on 0..max_mark."""
    if not pairs:
        return 0.0
    k = max(max_mark, *(max(a, b) for a, b in pairs)) + 1
    observed = [[0.0] * k for _ in range(k)]
    for a, b in pairs:
        observed[a][b] += 1
    n = len(pairs)
    row = [sum(observed[i]) for i in range(k)]
    col = [sum(observed[i][j] for i in range(k)) for j in range(k)]
    num = den = 0.0
    for i in range(k):
        for j in range(k):
            weight = (i - j) ** 2 / (k - 1) ** 2 if k > 1 else 0.0
            num += weight * observed[i][j]
            den += weight * row[i] * col[j] / n
    return 1.0 - num / den if den else 1.0
