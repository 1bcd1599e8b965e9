"""The checks behind rubric validation: each problem with its file, line, point and field."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .rubric_schema import ELEMENT_RE, RubricSpec


@dataclass(frozen=True)
class Problem:
    """One thing wrong (or likely wrong) with a rubric file."""

    file: str
    line: int | None
    point: str | None
    field: str
    message: str
    code: str = "E100"

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        point = f" point '{self.point}'" if self.point else ""
        return f"{where}:{point} {self.field}: {self.message} [{self.code}]"


def semantic_problems(spec: RubricSpec, name: str, locator: Locator) -> list[Problem]:
    """Checks pydantic cannot express: references, duplicates, bands, likely mistakes."""
    out: list[Problem] = []
    seen: set[str] = set()
    for index, point in enumerate(spec.points):
        line = locator.point_line(index)
        if point.id in seen:
            out.append(Problem(name, line, point.id, "id", "duplicate point id", "E201"))
        seen.add(point.id)
        for field in ("evidence", "contradicted_by"):
            for item in getattr(point, field):
                for element in item.all:
                    match = ELEMENT_RE.match(element)
                    concept = match.group(2) if match else element
                    if concept not in spec.concepts:
                        out.append(
                            Problem(
                                name,
                                locator.field_line(index, concept) or line,
                                point.id,
                                field,
                                f"unknown concept '{concept}' (define it under [concepts])",
                                "E202",
                            )
                        )
            for item in getattr(point, field):
                for concept in [*item.blockers, *item.context]:
                    if concept not in spec.concepts:
                        out.append(
                            Problem(
                                name,
                                line,
                                point.id,
                                f"{field}.blockers",
                                f"unknown concept '{concept}'",
                                "E202",
                            )
                        )
        for n, fact in enumerate(point.facts):
            for term in fact.term:
                if term.startswith("@") and term[1:].strip() not in spec.concepts:
                    out.append(
                        Problem(
                            name,
                            line,
                            point.id,
                            f"facts.{n}.term",
                            f"reference {term!r} names no concept",
                            "E204",
                        )
                    )
        for concept in point.details:
            if concept not in spec.concepts:
                out.append(
                    Problem(name, line, point.id, "details", f"unknown concept '{concept}'", "E202")
                )
    for field in ("masking", "topics"):
        for concept in getattr(spec, field):
            if concept not in spec.concepts:
                out.append(
                    Problem(
                        name,
                        locator.key_line(field),
                        None,
                        field,
                        f"unknown concept '{concept}'",
                        "E202",
                    )
                )
    for concept, terms in spec.concepts.items():
        for term in terms:
            out.extend(
                Problem(name, locator.concept_line(concept), None, f"concepts.{concept}", msg, code)
                for msg, code in _term_problems(term, spec)
            )
    out.extend(_band_problems(spec, name, locator))
    out.extend(_overlap_warnings(spec, name, locator))
    return out


def _term_problems(term: str, spec: RubricSpec) -> list[tuple[str, str]]:
    """What is wrong with one concept term, as (message, code) pairs."""
    out = []
    words = term.split()
    if words and "*" in (words[0], words[-1]):
        out.append((f"term {term!r} may not start or end with the wildcard '*'", "E205"))
    if term.startswith("@") and term[1:].strip() not in spec.concepts:
        out.append((f"reference {term!r} names no concept", "E204"))
    if not term.strip():
        out.append((f"empty term {term!r}", "E203"))
    return out


def _band_problems(spec: RubricSpec, name: str, locator: Locator) -> list[Problem]:
    """Level bands must start at 0, leave no gaps, not overlap and end at the maximum."""
    found: list[tuple[str, str]] = []
    total = sum(p.marks + p.develop_marks for p in spec.points)
    bands = sorted(spec.levels, key=lambda b: b.min)
    found += [(f"band '{b.name}' has min > max", "E301") for b in bands if b.min > b.max]
    expected = 0
    for band in bands:
        if band.min > expected:
            found.append((f"no band covers marks {expected}-{band.min - 1}", "E302"))
        elif band.min < expected:
            found.append((f"band '{band.name}' overlaps the band below it at {band.min}", "E303"))
        expected = max(expected, band.max + 1)
    if expected - 1 != total:
        found.append(
            (f"bands end at {expected - 1} but the points' marks add up to {total}", "E304")
        )
    line = locator.key_line("levels")
    return [Problem(name, line, None, "levels", message, code) for message, code in found]


def _overlap_warnings(spec: RubricSpec, name: str, locator: Locator) -> list[Problem]:
    """A term written twice in one concept is a likely slip (concepts may share terms)."""
    out: list[Problem] = []
    for concept, terms in spec.concepts.items():
        seen: set[str] = set()
        for term in terms:
            key = " ".join(term.lower().split())
            if key in seen:
                out.append(
                    Problem(
                        name,
                        locator.concept_line(concept),
                        None,
                        f"concepts.{concept}",
                        f"term {term!r} is listed twice",
                        "W401",
                    )
                )
            seen.add(key)
    return out


def from_pydantic(name: str, locator: Locator, err: Any) -> Problem:
    """A pydantic validation error as a Problem with point id and line."""
    loc = tuple(err.get("loc", ()))
    point_id = None
    line = None
    field_path = ".".join(str(x) for x in loc) or "rubric"
    if len(loc) >= 2 and loc[0] == "points" and isinstance(loc[1], int):
        point_id = locator.point_id(loc[1]) or f"#{loc[1] + 1}"
        field_path = ".".join(str(x) for x in loc[2:]) or "point"
        line = locator.field_line(loc[1], str(loc[2])) if len(loc) > 2 else None
        line = line or locator.point_line(loc[1])
    elif loc:
        line = locator.key_line(str(loc[-1] if loc[0] == "concepts" else loc[0]))
    message, code = err.get("msg", "invalid"), "E101"
    if err.get("type") == "extra_forbidden":
        message, code = "unknown key (not part of the rubric format)", "E102"
    elif err.get("type") == "missing":
        message, code = "missing required field", "E103"
    return Problem(name, line, point_id, field_path, message, code)


def toml_error_line(message: str) -> int | None:
    """The line number in a tomllib error message."""
    found = re.search(r"line (\d+)", message)
    return int(found.group(1)) if found else None


class Locator:
    """Finds the line of a point or a key in TOML text (tomllib keeps no positions)."""

    def __init__(self, text: str, data: dict[str, Any]):
        self.lines = text.splitlines()
        self.data = data
        self.point_starts = [
            i + 1 for i, line in enumerate(self.lines) if re.match(r"\s*\[\[points\]\]", line)
        ]

    def point_id(self, index: int) -> str | None:
        """The id of the index-th point, as written."""
        points = self.data.get("points")
        if isinstance(points, list) and index < len(points) and isinstance(points[index], dict):
            value = points[index].get("id")
            return str(value) if value is not None else None
        return None

    def point_line(self, index: int) -> int | None:
        """The line of the index-th [[points]] header."""
        return self.point_starts[index] if index < len(self.point_starts) else None

    def field_line(self, index: int, key: str) -> int | None:
        """The line where a key appears inside the index-th point."""
        start = self.point_line(index)
        if start is None:
            return None
        end = self.point_starts[index + 1] if index + 1 < len(self.point_starts) else None
        stop = (end - 1) if end else len(self.lines)
        for number in range(start, stop):
            if re.search(rf"(^|[\s\"']){re.escape(key)}\b", self.lines[number]):
                return number + 1
        return None

    def key_line(self, key: str) -> int | None:
        """The first line that starts with the key."""
        for number, line in enumerate(self.lines):
            if re.match(rf"\s*(\[+)?{re.escape(key)}\b", line):
                return number + 1
        return None

    def concept_line(self, concept: str) -> int | None:
        """The line defining a concept."""
        return self.key_line(concept)
