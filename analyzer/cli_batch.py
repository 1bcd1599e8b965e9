"""The `batch` command: options in, analyzer.batch.run_batch, a summary out, an exit code."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from .batch import OUTPUTS, BatchError, BatchSummary, check_out, run_batch
from .cli import EXIT_OK, EXIT_SKIPPED, UserError, model_option, rubric_option, user_errors
from .parse import build_pipeline
from .rubric import load_rubric
from .sources import open_source

FEW = 10  # no progress bar for this many essays or fewer
SHOW_SKIPPED = 10


@click.command("batch")
@click.argument("source", metavar="INPUT")
@click.option(
    "--out",
    "out",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder to write marks.csv, results.jsonl and report.html to.",
)
@click.option(
    "--id-column",
    default=None,
    metavar="NAME",
    help="CSV column or JSON key holding the student's id "
    "(default: email, id, username or name; else the row number).",
)
@click.option(
    "--text-column",
    default=None,
    metavar="NAME",
    help="CSV column or JSON key holding the essay (default: text, essay, answer "
    "or response; else the column with the longest answers).",
)
@rubric_option
@model_option
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Processes to mark with; used from 100 essays up (fewer are faster in one).",
)
@click.option("--force", is_flag=True, help="Replace the outputs in a non-empty --out folder.")
@user_errors
def batch(
    source: str,
    out: Path,
    id_column: str | None,
    text_column: str | None,
    rubric_ref: str | None,
    model: str,
    jobs: int,
    force: bool,
) -> None:
    """Mark a class set and write marks.csv, results.jsonl and report.html to --out.

    INPUT is a folder of .txt, .md and .docx essays (read recursively), a CSV export
    (Google Forms, Microsoft Forms, Moodle), a JSON Lines file of {"id", "text"} records,
    or '-' for JSON Lines on stdin. Exit 0 when every essay was marked, 3 when some were
    skipped (they are listed, with the reason, in marks.csv), 2 on a usage error.
    """
    try:
        check_out(out, force)
        rubric = load_rubric(rubric_ref)
        stdin = sys.stdin.buffer if source == "-" else None
        opened = open_source(source, id_column, text_column, stdin, exclude=out)
        nlp = build_pipeline(model)
        with progress_bar(opened.total) as advance:
            summary = run_batch(
                opened.items,
                rubric,
                nlp,
                out,
                force=force,
                jobs=jobs,
                model=model,
                progress=advance,
                notes=opened.notes,
                total=opened.total,
            )
    except BatchError as exc:
        raise UserError(str(exc)) from None
    click.echo(render_summary(summary), nl=False)
    sys.exit(EXIT_SKIPPED if summary.skipped_count else EXIT_OK)


def render_summary(summary: BatchSummary) -> str:
    """The few lines a teacher reads on the terminal after a batch."""
    total = summary.marked + summary.skipped_count
    lines = [
        f"Marked {summary.marked:,} of {total:,} essays; {summary.skipped_count:,} skipped.",
        f"Wrote {', '.join(str(summary.out / name) for name in OUTPUTS)}",
    ]
    if summary.mean_mark is not None:
        lines.append(f"Mean mark: {summary.mean_mark:.1f}/{summary.max_mark}")
    if summary.most_missed:
        lines.append("Most missed points:")
        lines += [
            f"  {p.title}: missed by {p.missed:,} of {p.marked:,}" for p in summary.most_missed
        ]
    if summary.skipped:
        lines.append("Skipped:")
        lines += [f"  {s.source or s.id}: {s.reason}" for s in summary.skipped[:SHOW_SKIPPED]]
        if summary.skipped_count > SHOW_SKIPPED:
            more = summary.skipped_count - SHOW_SKIPPED
            lines.append(f"  ... and {more:,} more (see marks.csv)")
    if summary.renamed:
        lines.append(f"{summary.renamed:,} repeated ids were given a suffix such as ' (2)'.")
    return "\n".join([*lines, *summary.notes]) + "\n"


@contextmanager
def progress_bar(total: int | None) -> Iterator[Any]:
    """A progress callback for stderr: drawn only on a terminal and for more than FEW essays."""
    console = Console(stderr=True)
    if not console.is_terminal or (total is not None and total <= FEW):
        yield None
        return
    bar = _Bar(console, total)
    try:
        yield bar.advance
    finally:
        bar.stop()


class _Bar:
    """A rich progress bar started after FEW essays; refreshed by hand, so no thread runs
    (worker processes are forked while it is on screen)."""

    def __init__(self, console: Console, total: int | None):
        self.progress = Progress(
            TextColumn("Marking"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=console,
            transient=True,
            auto_refresh=False,
            redirect_stdout=False,
            redirect_stderr=False,
        )
        self.total = total
        self.done = 0
        self.task: Any = None
        self.drawn = 0.0

    def advance(self, count: int) -> None:
        self.done += count
        if self.task is None and self.done > FEW:
            self.progress.start()
            self.task = self.progress.add_task("marking", total=self.total)
        if self.task is not None and time.monotonic() - self.drawn > 0.1:
            self.progress.update(self.task, completed=self.done)
            self.progress.refresh()
            self.drawn = time.monotonic()

    def stop(self) -> None:
        if self.task is not None:
            self.progress.stop()
