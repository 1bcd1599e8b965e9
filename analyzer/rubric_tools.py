"""Rubric authoring helpers: validation report with warnings, schema, listing, display."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from .evaluation import LabelError, read_labels
from .rubric import Problem, bundled_rubrics, check_file, load_rubric, resolve
from .rubric_schema import RubricSpec
from .samples import EXPECTED
from .scoring import max_mark


@dataclass(frozen=True)
class Validation:
    """Everything found wrong (errors) or suspicious (warnings) in one rubric file."""

    file: str
    errors: tuple[Problem, ...]
    warnings: tuple[Problem, ...]


def validate(path: Path, samples: Path | None = None) -> Validation:
    """Validate a rubric file strictly, and warn about likely mistakes."""
    spec, problems = check_file(path)
    errors = tuple(p for p in problems if p.code.startswith("E"))
    warnings = [p for p in problems if p.code.startswith("W")]
    if spec is not None and not errors:
        warnings.extend(_shared_evidence(spec, str(path)))
        warnings.extend(_sample_warnings(spec, path, samples))
    return Validation(str(path), errors, tuple(warnings))


def _shared_evidence(spec: RubricSpec, name: str) -> list[Problem]:
    seen: dict[tuple[str, ...], str] = {}
    out = []
    for point in spec.points:
        for item in point.evidence:
            key = tuple(sorted(item.all))
            other = seen.get(key)
            if other and other != point.id:
                out.append(
                    Problem(
                        name,
                        None,
                        point.id,
                        "evidence",
                        f"evidence {item.all} is also evidence for point '{other}'",
                        "W402",
                    )
                )
            seen.setdefault(key, point.id)
    return out


def samples_folder(spec: RubricSpec, path: Path, samples: Path | None) -> Path | None:
    """Where a rubric's samples are: --samples, else samples/<id> beside the rubric folder."""
    if samples is not None:
        return samples
    for root in (path.resolve().parent.parent, Path.cwd()):
        candidate = root / "samples" / spec.id
        if (candidate / EXPECTED).exists():
            return candidate
    return None


def _sample_warnings(spec: RubricSpec, path: Path, samples: Path | None) -> list[Problem]:
    folder = samples_folder(spec, path, samples)
    name = str(path)
    if folder is None:
        return [
            Problem(
                name,
                None,
                None,
                "samples",
                "no samples found for this rubric (pass --samples DIR)",
                "W410",
            )
        ]
    try:
        labels = read_labels(folder / EXPECTED)
    except LabelError as exc:
        return [Problem(name, None, None, "samples", str(exc), "W411")]
    out = []
    for point in spec.points:
        covering = sum(1 for label in labels if point.id in label.covered)
        if covering in (0, len(labels)):
            verb, code = ("covers", "W412") if covering == 0 else ("misses", "W413")
            message = f"no sample in {folder} {verb} this point"
            out.append(Problem(name, None, point.id, "samples", message, code))
    return out


def schema_json() -> str:
    """The JSON Schema of the rubric format."""
    schema = RubricSpec.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "essay-feedback rubric"
    return json.dumps(schema, indent=2) + "\n"


@dataclass(frozen=True)
class RubricSummary:
    """One bundled rubric, in a line."""

    id: str
    question: str
    points: int
    max_mark: int
    path: str


def list_bundled() -> list[RubricSummary]:
    """The bundled rubrics, each summarised."""
    out = []
    for rubric_id, path in bundled_rubrics().items():
        spec = load_rubric(path)
        out.append(
            RubricSummary(rubric_id, spec.question, len(spec.points), max_mark(spec), str(path))
        )
    return out


def describe(ref: str) -> str:
    """A readable description of a rubric (bundled id or path)."""
    path = resolve(ref)
    spec = load_rubric(path)
    lines = [f"{spec.id}: {spec.question}", f"file: {path}", f"max mark: {max_mark(spec)}", ""]
    for n, point in enumerate(spec.points, 1):
        marks = f"{point.marks} mark{'s' if point.marks != 1 else ''}"
        if point.develop_marks:
            marks += f" + {point.develop_marks} for explaining it"
        lines.append(f"{n}. {point.title} [{point.id}] ({marks})")
        lines.append(f"   claim: {' '.join(point.claim.split())}")
        lines.append(f"   hint:  {' '.join(point.hint.split())}")
        for item in point.evidence:
            extras = [k for k in ("ordered",) if getattr(item, k)]
            if item.within:
                extras.append(f"within {item.within}")
            if item.near is not None:
                extras.append(f"near {item.near}")
            extra = f" ({', '.join(extras)})" if extras else ""
            lines.append(f"   evidence: {' + '.join(item.all)}{extra}")
        for item in point.contradicted_by:
            lines.append(f"   contradicted by: {' + '.join(item.all)}")
        lines.append("")
    lines.append("levels:")
    for band in spec.levels:
        lines.append(
            f"   {band.min}-{band.max}: {band.name}"
            + (f": {band.descriptor}" if band.descriptor else "")
        )
    return "\n".join(lines) + "\n"
