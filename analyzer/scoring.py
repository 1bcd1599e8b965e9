"""Turn point results into a mark and a level, by the rubric's scheme."""

from __future__ import annotations

from .models import Analysis, FactNote, PointResult, Sentence
from .rubric_schema import RubricSpec


def max_mark(rubric: RubricSpec) -> int:
    """The most marks the rubric can give."""
    return sum(p.marks + p.develop_marks for p in rubric.points)


def level_for(rubric: RubricSpec, mark: int) -> tuple[str, str]:
    """The level band (name, descriptor) a mark falls in."""
    for band in rubric.levels:
        if band.min <= mark <= band.max:
            return band.name, band.descriptor
    return "", ""


def score(
    rubric: RubricSpec,
    essay_id: str,
    text: str,
    points: tuple[PointResult, ...],
    sentences: tuple[Sentence, ...],
    unmatched: tuple[Sentence, ...],
    word_count: int,
    status: str = "marked",
    warnings: tuple[str, ...] = (),
    fact_notes: tuple[FactNote, ...] = (),
) -> Analysis:
    """Assemble the Analysis: mark, maximum and level from the covered points."""
    mark = sum(p.marks for p in points)
    level, descriptor = level_for(rubric, mark)
    return Analysis(
        id=essay_id,
        rubric_id=rubric.id,
        question=rubric.question,
        text=text,
        points=points,
        mark=mark,
        max_mark=max_mark(rubric),
        level=level,
        level_descriptor=descriptor,
        unmatched=unmatched,
        sentences=sentences,
        warnings=warnings,
        fact_notes=fact_notes,
        status=status,
        word_count=word_count,
    )
