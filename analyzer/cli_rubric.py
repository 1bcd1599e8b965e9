"""`essay-feedback rubric ...`: validate, schema, list and show rubrics."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .cli import EXIT_ERROR, user_errors
from .rubric_tools import describe, list_bundled, schema_json, validate


@click.group("rubric")
def rubric() -> None:
    """Write and check rubrics: validate, schema, list, show."""


@rubric.command("validate")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--samples",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
    help="Folder of samples with expected.jsonl for this rubric.",
)
def validate_cmd(files: tuple[Path, ...], samples: Path | None) -> None:
    """Check rubric files strictly; list every problem; exit 2 if any is invalid."""
    failed = False
    for path in files:
        result = validate(path, samples)
        for problem in result.errors:
            click.echo(f"error: {problem}", err=True)
        for problem in result.warnings:
            click.echo(f"warning: {problem}", err=True)
        state = "invalid" if result.errors else "valid"
        click.echo(
            f"{path}: {state} ({len(result.errors)} errors, {len(result.warnings)} warnings)"
        )
        failed = failed or bool(result.errors)
    if failed:
        sys.exit(EXIT_ERROR)


@rubric.command("schema")
def schema_cmd() -> None:
    """Print the JSON Schema of the rubric format (for editors)."""
    click.echo(schema_json(), nl=False)


@rubric.command("list")
def list_cmd() -> None:
    """List the bundled rubrics."""
    for item in list_bundled():
        click.echo(f"{item.id:<24} {item.points} points, max {item.max_mark}  {item.question}")


@rubric.command("show")
@click.argument("ref", metavar="ID|PATH")
@user_errors
def show_cmd(ref: str) -> None:
    """Show a rubric readably: points, claims, hints, evidence and levels."""
    click.echo(describe(ref), nl=False)
