"""marks.csv rows: one per essay, ready to paste into a gradebook."""

from __future__ import annotations

from .models import Analysis
from .rubric_schema import RubricSpec

MARKED = "marked"
# A spreadsheet runs a cell starting with one of these as a formula (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def header(rubric: RubricSpec) -> list[str]:
    """The column names: id, mark, max_mark, level, one per rubric point, status."""
    return ["id", "mark", "max_mark", "level", *(p.id for p in rubric.points), "status"]


def marked_row(analysis: Analysis) -> list[str]:
    """The row for an analysed essay; an essay that was not marked gets a skipped row."""
    if analysis.status != MARKED:
        reason = "not English" if analysis.status == "not-english" else analysis.status
        return skipped_row(analysis.id, reason, len(analysis.points))
    return [
        safe_cell(analysis.id),
        str(analysis.mark),
        str(analysis.max_mark),
        safe_cell(analysis.level),
        *("1" if p.covered else "0" for p in analysis.points),
        MARKED,
    ]


def skipped_row(essay_id: str, reason: str, points: int) -> list[str]:
    """The row for an essay that was not marked: blank marks (not 0) and the reason."""
    return [safe_cell(essay_id), "", "", "", *([""] * points), safe_cell(f"skipped: {reason}")]


def safe_cell(value: str) -> str:
    """A text cell a spreadsheet will not run as a formula; one line."""
    flat = " ".join(value.split())
    return "'" + flat if flat.startswith(_FORMULA_START) else flat
