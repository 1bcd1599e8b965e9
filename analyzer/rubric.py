"""Load, locate and validate rubric files: every problem reported at once, with its place."""

from __future__ import annotations

import tomllib
from pathlib import Path

from pydantic import ValidationError

from .rubric_checks import Locator, Problem, from_pydantic, semantic_problems, toml_error_line
from .rubric_schema import RubricSpec

DEFAULT_RUBRIC = "ussr-britain-france"
Rubric = RubricSpec


class RubricError(Exception):
    """A rubric that cannot be used; carries every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("; ".join(str(p) for p in problems))

    def first_line(self) -> str:
        """One line for a CLI message: the first problem and how many more."""
        more = len(self.problems) - 1
        return str(self.problems[0]) + (f" (and {more} more problem(s))" if more else "")


def bundled_dir() -> Path:
    """The folder holding the bundled rubrics, installed or in a source checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "rubrics", here.parent / "rubric"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("the bundled rubric folder is missing from this installation")


def bundled_rubrics() -> dict[str, Path]:
    """Bundled rubric ids mapped to their files."""
    return {p.stem: p for p in sorted(bundled_dir().glob("*.toml"))}


def resolve(ref: str | Path | None) -> Path:
    """Turn a bundled rubric id or a path into a file path."""
    if ref is None:
        ref = DEFAULT_RUBRIC
    path = Path(ref)
    if path.suffix == ".toml" or path.exists():
        return path
    known = bundled_rubrics()
    if str(ref) in known:
        return known[str(ref)]
    raise RubricError(
        [
            Problem(
                str(ref),
                None,
                None,
                "rubric",
                f"no such file or bundled rubric id (bundled: {', '.join(known)})",
                "E001",
            )
        ]
    )


def load_rubric(ref: str | Path | None = None) -> RubricSpec:
    """Load and validate a rubric by bundled id or path; raise RubricError listing all problems."""
    path = resolve(ref)
    spec, problems = check_file(path)
    errors = [p for p in problems if p.code.startswith("E")]
    if errors or spec is None:
        raise RubricError(errors)
    return spec


def check_file(path: Path) -> tuple[RubricSpec | None, list[Problem]]:
    """Validate a rubric file; return the rubric (if usable) and every problem and warning."""
    name = str(path)
    try:
        raw_text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return None, [Problem(name, None, None, "file", "not found", "E001")]
    except (OSError, UnicodeDecodeError) as exc:
        return None, [Problem(name, None, None, "file", f"cannot read: {exc}", "E002")]
    try:
        data = tomllib.loads(raw_text)
    except tomllib.TOMLDecodeError as exc:
        line = toml_error_line(str(exc))
        return None, [Problem(name, line, None, "syntax", f"not valid TOML: {exc}", "E003")]
    locator = Locator(raw_text, data)
    try:
        spec = RubricSpec.model_validate(data)
    except ValidationError as exc:
        return None, [from_pydantic(name, locator, err) for err in exc.errors()]
    problems = semantic_problems(spec, name, locator)
    return spec, problems
