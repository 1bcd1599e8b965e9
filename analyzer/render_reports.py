"""Renderers for the check and evaluate reports: pure functions to text or JSON."""

from __future__ import annotations

import json
from dataclasses import asdict

import click

from .evaluation import Report
from .samples import SampleResult


def render_check(results: list[SampleResult]) -> str:
    """A line per sample (PASS, or what differed), then a summary line."""
    lines = []
    for r in results:
        if r.passed:
            lines.append(click.style("PASS", fg="green") + f" {r.rubric}/{r.id}")
            continue
        if r.error:
            why = r.error
        else:
            parts = []
            if r.missing:
                parts.append("not found: " + ", ".join(r.missing))
            if r.unexpected:
                parts.append("found but not expected: " + ", ".join(r.unexpected))
            if r.expected_mark is not None and r.expected_mark != r.mark:
                parts.append(f"mark {r.mark}, expected {r.expected_mark}")
            why = "; ".join(parts)
        lines.append(click.style("FAIL", fg="red") + f" {r.rubric}/{r.id}: {why}")
    failed = sum(1 for r in results if not r.passed)
    lines.append(f"{len(results) - failed} passed, {failed} failed")
    return "\n".join(lines) + "\n"


def render_evaluation(report: Report, problems: list[str]) -> str:
    """Per-point precision/recall/F1, overall agreement and every disagreement."""
    lines = [f"Essays evaluated: {report.essays}"]
    if report.missing:
        lines.append(f"Labelled essays with no file: {', '.join(report.missing)}")
    for problem in problems:
        lines.append(f"Unreadable: {problem}")
    lines.append("")
    lines.append(f"{'point':<26}{'prec':>6}{'rec':>6}{'F1':>6}{'TP':>5}{'FP':>5}{'FN':>5}")
    for p in report.points:
        lines.append(
            f"{p.id:<26}{p.precision:>6.2f}{p.recall:>6.2f}{p.f1:>6.2f}{p.tp:>5}{p.fp:>5}{p.fn:>5}"
        )
    lines.append("")
    lines.append(
        f"micro precision {report.micro_precision:.3f}  recall {report.micro_recall:.3f}  "
        f"F1 {report.micro_f1:.3f}"
    )
    lines.append(
        f"mark exact {report.mark_exact:.3f}  within one {report.mark_within_one:.3f}  "
        f"QWK {report.qwk:.3f}"
    )
    if report.disagreements:
        lines.append("")
        lines.append(f"Disagreements ({len(report.disagreements)}):")
        for d in report.disagreements:
            kind = "missed" if d.expected else "false"
            evidence = f' :: "{" ".join(d.evidence.split())[:160]}"' if d.evidence else ""
            lines.append(f"  {d.essay:<14} {d.point:<24} {kind}{evidence}")
    return "\n".join(lines) + "\n"


def render_evaluation_json(report: Report, problems: list[str]) -> str:
    """The evaluation report as one JSON object."""
    data = asdict(report)
    for point, score in zip(data["points"], report.points, strict=True):
        point.update(precision=score.precision, recall=score.recall, f1=score.f1)
    data["unreadable"] = problems
    return json.dumps(data, ensure_ascii=False) + "\n"
