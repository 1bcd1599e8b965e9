"""The command line: parse options, call one core function, pick a renderer, set the exit code."""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from . import __version__
from .analysis import analyze
from .evaluation import LabelError
from .ingest import InputError, essay_from_bytes, read_essay
from .models import Essay
from .parse import DEFAULT_MODEL, build_pipeline
from .render import RENDERERS
from .render_reports import render_check, render_evaluation, render_evaluation_json
from .rubric import DEFAULT_RUBRIC, RubricError, load_rubric
from .samples import check_samples, evaluate_folder

EXIT_OK, EXIT_FAILED, EXIT_ERROR, EXIT_SKIPPED = 0, 1, 2, 3
F = TypeVar("F", bound=Callable[..., Any])


class UserError(click.ClickException):
    """A usage, input or rubric error: one line on stderr, exit 2, no traceback."""

    exit_code = EXIT_ERROR

    def show(self, file: Any = None) -> None:
        click.echo(f"error: {self.format_message()}", err=True)


def user_errors(func: F) -> F:
    """Turn the core's user-facing exceptions into one-line errors with exit code 2."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except RubricError as exc:
            raise UserError(exc.first_line()) from None
        except (InputError, LabelError, ValueError) as exc:
            raise UserError(str(exc)) from None

    return wrapper  # type: ignore[return-value]


rubric_option = click.option(
    "--rubric",
    "rubric_ref",
    default=None,
    metavar="ID|PATH",
    help=f"A bundled rubric id or a rubric file (default: {DEFAULT_RUBRIC}).",
)
model_option = click.option(
    "--model",
    default=DEFAULT_MODEL,
    show_default=True,
    help="spaCy pipeline: 'blank' (built in) or the name of an installed trained pipeline.",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="essay-feedback")
def main() -> None:
    """Feedback on essay answers against a marking rubric, offline."""


@main.command()
@click.argument("files", nargs=-1, type=click.Path(path_type=Path, allow_dash=True))
@rubric_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(sorted(RENDERERS)),
    default="text",
    show_default=True,
    help="text for a reader, json for one JSON object per essay per line, or markdown.",
)
@model_option
@user_errors
def mark(files: tuple[Path, ...], rubric_ref: str | None, fmt: str, model: str) -> None:
    """Mark essays (FILE ..., or stdin when given '-' or nothing) and report on each."""
    rubric = load_rubric(rubric_ref)
    nlp = build_pipeline(model)
    render = RENDERERS[fmt]
    failures = 0
    for item in _read_inputs(files):
        if isinstance(item, InputError):
            click.echo(f"error: {item}", err=True)
            failures += 1
            continue
        analysis = analyze(item.text, rubric, nlp, item.id)
        click.echo(render(analysis), nl=False)
        if analysis.status != "marked":
            click.echo(f"error: {item.source}: not marked ({analysis.status})", err=True)
            failures += 1
    if failures:
        sys.exit(EXIT_ERROR)


def _read_inputs(files: tuple[Path, ...]) -> list[Essay | InputError]:
    items: list[Essay | InputError] = []
    for path in files or (Path("-"),):
        try:
            if str(path) == "-":
                stream = getattr(sys.stdin, "buffer", None)
                data = stream.read() if stream else sys.stdin.read().encode("utf-8")
                items.append(essay_from_bytes(data, "stdin", "stdin"))
            else:
                items.append(read_essay(path))
        except InputError as exc:
            items.append(exc)
    return items


@main.command()
@click.argument("folder", type=click.Path(exists=True, path_type=Path))
@rubric_option
@model_option
@user_errors
def check(folder: Path, rubric_ref: str | None, model: str) -> None:
    """Check sample essays in FOLDER against their expected.jsonl; exit 1 if any differ."""
    results = check_samples(folder, build_pipeline(model), rubric_ref)
    if not results:
        raise UserError(f"{folder}: no expected.jsonl with samples found")
    click.echo(render_check(results), nl=False)
    if not all(r.passed for r in results):
        sys.exit(EXIT_FAILED)


@main.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--labels",
    "labels_path",
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="JSON Lines file: {id, covered, mark} per essay.",
)
@rubric_option
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@click.option(
    "--fail-under",
    type=float,
    default=None,
    metavar="F1",
    help="Exit 1 when micro-F1 is below this (for CI).",
)
@model_option
@user_errors
def evaluate(
    folder: Path,
    labels_path: Path,
    rubric_ref: str | None,
    fmt: str,
    fail_under: float | None,
    model: str,
) -> None:
    """Score the analyzer against marked essays: per-point F1, mark agreement, kappa."""
    rubric = load_rubric(rubric_ref)
    report, problems = evaluate_folder(labels_path, folder, rubric, build_pipeline(model))
    render = render_evaluation_json if fmt == "json" else render_evaluation
    click.echo(render(report, problems), nl=False)
    if fail_under is not None and report.micro_f1 < fail_under:
        click.echo(f"micro-F1 {report.micro_f1:.3f} is below {fail_under}", err=True)
        sys.exit(EXIT_FAILED)


def _register() -> None:
    from .cli_batch import batch
    from .cli_rubric import rubric

    main.add_command(batch)
    main.add_command(rubric)


_register()
