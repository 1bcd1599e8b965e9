"""Renderers: pure functions from an Analysis to text, JSON, Markdown or a CSV row."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import click

from .models import Analysis, Evidence, PointResult

TICK, CROSS, BANG = "✓", "✗", "!"


def to_dict(analysis: Analysis) -> dict[str, Any]:
    """The documented JSON object for one essay (see README, 'JSON output')."""
    return {
        "schema_version": analysis.schema_version,
        "id": analysis.id,
        "rubric": analysis.rubric_id,
        "status": analysis.status,
        "mark": analysis.mark,
        "max_mark": analysis.max_mark,
        "level": analysis.level,
        "level_descriptor": analysis.level_descriptor,
        "word_count": analysis.word_count,
        "points": [_point_dict(p) for p in analysis.points],
        "unmatched": [{"text": s.text, "start": s.start, "end": s.end} for s in analysis.unmatched],
        "fact_notes": [
            {
                "point": n.point_id,
                "term": n.term,
                "found": n.found,
                "expected": n.expected,
                "text": n.text,
                "start": n.start,
                "end": n.end,
            }
            for n in analysis.fact_notes
        ],
        "warnings": list(analysis.warnings),
    }


def _evidence_dict(e: Evidence) -> dict[str, Any]:
    return {
        "text": e.text,
        "start": e.start,
        "end": e.end,
        "matched": list(e.matched),
        "sentences": e.sentences,
        "fuzzy": e.fuzzy,
    }


def _point_dict(p: PointResult) -> dict[str, Any]:
    return {
        "id": p.id,
        "title": p.title,
        "covered": p.covered,
        "status": p.status,
        "marks": p.marks,
        "max_marks": p.max_marks,
        "confidence": p.confidence,
        "evidence": [_evidence_dict(e) for e in p.evidence],
        "hint": p.hint,
        "develop": p.develop,
        "contradiction": _evidence_dict(p.contradiction) if p.contradiction else None,
    }


def render_json(analysis: Analysis) -> str:
    """One line of JSON (a JSON Lines record)."""
    return json.dumps(to_dict(analysis), ensure_ascii=False)


def _quote(text: str, width: int = 240) -> str:
    flat = " ".join(text.split())
    return f'"{flat if len(flat) <= width else flat[: width - 1] + "…"}"'


def render_text(analysis: Analysis) -> str:
    """A report a student reads: mark, covered points with evidence, missing points with hints.

    Styled with ANSI colour; click.echo strips it when the output is not a terminal.
    """
    out = [
        click.style(f"{analysis.id}: {analysis.question}", bold=True),
        click.style(
            f"Mark: {analysis.mark}/{analysis.max_mark}  {analysis.level}", bold=True, fg="cyan"
        ),
    ]
    for warning in analysis.warnings:
        out.append(click.style(f"{BANG} {warning}", fg="yellow"))
    covered = [p for p in analysis.points if p.covered]
    missing = [p for p in analysis.points if not p.covered]
    if analysis.status == "marked":
        out.append("")
        out.append(click.style(f"Covered ({len(covered)}/{len(analysis.points)})", bold=True))
        for p in covered:
            out.append(click.style(f"  {TICK} {p.title}", fg="green") + _marks(p))
            for e in p.evidence[:2]:
                out.append(f"      {_quote(e.text)}")
            if p.develop:
                out.append(click.style(f"      To develop it: {p.develop}", fg="blue"))
        out.append("")
        out.append(click.style(f"Missing ({len(missing)})", bold=True))
        for p in missing:
            out.append(click.style(f"  {CROSS} {p.title}", fg="red"))
            if p.contradiction:
                out.append(
                    click.style("      Not credited: the essay contradicts it: ", fg="yellow")
                    + _quote(p.contradiction.text)
                )
            out.append(f"      Hint: {p.hint}")
    if analysis.fact_notes:
        out.append("")
        out.append(click.style("Check your facts", bold=True))
        for n in analysis.fact_notes:
            out.append(f'  {BANG} "{n.term}" with {n.found}: {n.expected}.')
    return "\n".join(out) + "\n"


def _marks(p: PointResult) -> str:
    label = " (explained)" if p.status == "explained" else ""
    return f"  [{p.marks}/{p.max_marks}]{label}"


def render_markdown(analysis: Analysis) -> str:
    """The same report as Markdown, for pasting into a learning platform."""
    out = [
        f"## {analysis.id}: {analysis.question}",
        "",
        f"**Mark:** {analysis.mark}/{analysis.max_mark} ({analysis.level})",
        "",
    ]
    for warning in analysis.warnings:
        out += [f"> **Warning:** {warning}", ""]
    if analysis.status == "marked":
        out += ["| Point | Covered | Marks | Evidence or hint |", "|---|---|---|---|"]
        for p in analysis.points:
            if p.covered:
                detail = _md_cell(p.evidence[0].text) if p.evidence else ""
            elif p.contradiction:
                detail = f"Contradicted: {_md_cell(p.contradiction.text)}"
            else:
                detail = f"Hint: {_md_cell(p.hint)}"
            mark = "yes" if p.covered else "no"
            out.append(f"| {_md_cell(p.title)} | {mark} | {p.marks}/{p.max_marks} | {detail} |")
        develop = [p for p in analysis.points if p.develop]
        if develop:
            out += ["", "### How to develop your points", ""]
            out += [f"- **{p.title}:** {p.develop}" for p in develop]
    if analysis.fact_notes:
        out += ["", "### Check your facts", ""]
        out += [f'- "{n.term}" with {n.found}: {n.expected}.' for n in analysis.fact_notes]
    return "\n".join(out) + "\n"


def _md_cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


RENDERERS: dict[str, Callable[[Analysis], str]] = {
    "text": render_text,
    "json": lambda a: render_json(a) + "\n",
    "markdown": render_markdown,
}
