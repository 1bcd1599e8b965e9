"""Batch marking: a stream of essays in; marks.csv, results.jsonl and report.html out.

Essays go through the pipeline in chunks and every output is written as it is produced, so
memory does not grow with the class. Outputs go to temporary files in the output folder and
are renamed into place only when the whole batch has been marked.
"""

from __future__ import annotations

import csv
import dataclasses
import multiprocessing
import os
import secrets
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from spacy.language import Language

from . import render_csv
from .analysis import analyze_many
from .models import Analysis, Essay
from .parse import DEFAULT_MODEL, build_pipeline
from .render import render_json
from .render_html import render_index_row, render_section, write_report
from .rubric_schema import RubricSpec
from .scoring import max_mark
from .sources import Item, Skipped

OUTPUTS = ("marks.csv", "results.jsonl", "report.html")
CHUNK = 128  # essays handed to the pipeline (or to a worker process) at a time
KEEP_SKIPPED = 50  # skipped essays listed in the summary; marks.csv lists them all
MOST_MISSED = 3


class BatchError(Exception):
    """A batch that cannot start or finish; the message is one line for the user."""


@dataclass(frozen=True)
class PointCount:
    """How many marked essays covered one rubric point."""

    number: int
    id: str
    title: str
    hint: str
    covered: int
    marked: int

    @property
    def missed(self) -> int:
        """Marked essays that did not cover the point."""
        return self.marked - self.covered

    @property
    def share(self) -> float:
        """The fraction of marked essays that covered the point."""
        return self.covered / self.marked if self.marked else 0.0


@dataclass(frozen=True)
class BatchSummary:
    """What a batch did: counts, class figures, and the essays it skipped."""

    out: Path
    rubric_id: str
    question: str
    max_mark: int
    marked: int
    skipped_count: int
    skipped: tuple[Skipped, ...]  # the first KEEP_SKIPPED
    mean_mark: float | None
    points: tuple[PointCount, ...]
    marks: tuple[int, ...]  # essays at each mark, 0 .. max_mark
    renamed: int = 0  # duplicate ids given a " (2)" suffix
    notes: tuple[str, ...] = ()

    @property
    def most_missed(self) -> tuple[PointCount, ...]:
        """The points most often missed (only points someone missed), most missed first."""
        ranked = sorted((p for p in self.points if p.missed), key=lambda p: -p.missed)
        return tuple(ranked[:MOST_MISSED])


@dataclass(frozen=True)
class EssayOutput:
    """One essay's share of every output, already rendered (a worker process can do it)."""

    id: str
    csv_row: list[str]
    json_line: str
    row_html: str
    section_html: str
    mark: int | None = None  # None when the essay was not marked
    covered: tuple[bool, ...] = ()
    skipped: Skipped | None = None


def check_out(out: Path, force: bool) -> None:
    """Refuse an output path that is a file, or a non-empty folder unless force is set."""
    if out.exists() and not out.is_dir():
        raise BatchError(f"{out}: exists and is not a folder")
    if out.is_dir() and not force and any(out.iterdir()):
        raise BatchError(f"{out}: folder is not empty; use --force to replace "
                         f"{', '.join(OUTPUTS)} in it")


def run_batch(
    items: Iterable[Item],
    rubric: RubricSpec,
    nlp: Language,
    out: Path,
    *,
    force: bool = False,
    jobs: int = 1,
    model: str = DEFAULT_MODEL,
    progress: Callable[[int], None] | None = None,
    notes: tuple[str, ...] = (),
) -> BatchSummary:
    """Mark every item and write the outputs to out; model rebuilds nlp in spawned workers."""
    check_out(out, force)
    created = not out.exists()
    out.mkdir(parents=True, exist_ok=True)
    tally = _Tally(rubric)
    files = _Files(out, rubric)
    chunks = _chunks(_unique_ids(items, tally), CHUNK)
    marked = _in_pool(chunks, rubric, nlp, model, jobs) if jobs > 1 else (
        output for chunk in chunks for output in mark_chunk(chunk, rubric, nlp)
    )
    try:
        for output in marked:
            files.write(output)
            tally.add(output)
            if progress is not None:
                progress(1)
        if not tally.seen:
            raise BatchError("no essays found in the input")
        summary = tally.summary(out, notes)
        files.commit(summary)
    except BaseException:
        marked.close()  # stop worker processes now, not when the traceback is collected
        files.discard()
        if created and not any(out.iterdir()):
            out.rmdir()
        raise
    return summary


def mark_chunk(
    chunk: list[tuple[int, Item]], rubric: RubricSpec, nlp: Language
) -> Iterator[EssayOutput]:
    """Analyse the essays of a chunk through nlp.pipe and render each item's outputs."""
    essays = [(n, item) for n, item in chunk if isinstance(item, Essay)]
    analyses = analyze_many(((e.id, e.text) for _, e in essays), rubric, nlp)
    sources = {n: e.source for n, e in essays}
    for n, item in chunk:
        if isinstance(item, Skipped):
            yield _skipped_output(n, item, rubric)
        else:
            yield _analysed_output(n, next(analyses), sources[n])


def _analysed_output(number: int, analysis: Analysis, source: str) -> EssayOutput:
    row = render_csv.marked_row(analysis)
    if analysis.status != render_csv.MARKED:
        status = row[-1].removeprefix("skipped: ")
        return EssayOutput(
            analysis.id, row, render_json(analysis),
            render_index_row(number, analysis.id, None, status), "",
            skipped=Skipped(analysis.id, source, status),
        )
    return EssayOutput(
        analysis.id, row, render_json(analysis),
        render_index_row(number, analysis.id, analysis, render_csv.MARKED),
        render_section(number, analysis), analysis.mark,
        tuple(p.covered for p in analysis.points),
    )


def _skipped_output(number: int, item: Skipped, rubric: RubricSpec) -> EssayOutput:
    row = render_csv.skipped_row(item.id, item.reason, len(rubric.points))
    html = render_index_row(number, item.id, None, item.reason)
    return EssayOutput(item.id, row, "", html, "", skipped=item)


def _unique_ids(items: Iterable[Item], tally: _Tally) -> Iterator[tuple[int, Item]]:
    """Number the items; a repeated id gets ' (2)', ' (3)'... so every row can be told apart."""
    seen: set[str] = set()
    for number, item in enumerate(items, 1):
        essay_id, count = item.id, 1
        while essay_id in seen:
            count += 1
            essay_id = f"{item.id} ({count})"
        if count > 1:
            tally.renamed += 1
            item = dataclasses.replace(item, id=essay_id)
        seen.add(essay_id)
        yield number, item


def _chunks(pairs: Iterator[tuple[int, Item]], size: int) -> Iterator[list[tuple[int, Item]]]:
    chunk: list[tuple[int, Item]] = []
    for pair in pairs:
        chunk.append(pair)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# --- worker processes ------------------------------------------------------------------------

_WORKER: tuple[RubricSpec, Language] | None = None


def _init_worker(rubric: RubricSpec, model: str) -> None:
    global _WORKER
    if _WORKER is None:  # a forked worker has inherited the parent's pipeline already
        _WORKER = (rubric, build_pipeline(model))


def _work(chunk: list[tuple[int, Item]]) -> list[EssayOutput]:
    assert _WORKER is not None, "worker not initialised"
    rubric, nlp = _WORKER
    return list(mark_chunk(chunk, rubric, nlp))


def _in_pool(
    chunks: Iterator[list[tuple[int, Item]]],
    rubric: RubricSpec,
    nlp: Language,
    model: str,
    jobs: int,
) -> Iterator[EssayOutput]:
    """Mark chunks in jobs processes, in order, with at most 2 x jobs chunks in flight."""
    global _WORKER
    # fork shares the loaded pipeline at no cost; elsewhere each worker builds its own.
    method = "fork" if sys.platform.startswith("linux") else "spawn"
    if method == "fork":
        _WORKER = (rubric, nlp)
    context = multiprocessing.get_context(method)
    pool = ProcessPoolExecutor(jobs, context, initializer=_init_worker, initargs=(rubric, model))
    pending: deque[Future[list[EssayOutput]]] = deque()
    try:
        for chunk in chunks:
            pending.append(pool.submit(_work, chunk))
            while len(pending) > 2 * jobs:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        _WORKER = None


# --- tallies and files -----------------------------------------------------------------------


class _Tally:
    """Running class figures: only counts are kept, never the essays."""

    def __init__(self, rubric: RubricSpec):
        self.rubric = rubric
        self.covered = [0] * len(rubric.points)
        self.marks = [0] * (max_mark(rubric) + 1)
        self.seen = self.marked = self.total_mark = self.skipped_count = self.renamed = 0
        self.skipped: list[Skipped] = []

    def add(self, output: EssayOutput) -> None:
        self.seen += 1
        if output.skipped is not None or output.mark is None:
            self.skipped_count += 1
            if output.skipped is not None and len(self.skipped) < KEEP_SKIPPED:
                self.skipped.append(output.skipped)
            return
        self.marked += 1
        self.total_mark += output.mark
        self.marks[min(output.mark, len(self.marks) - 1)] += 1
        for i, covered in enumerate(output.covered):
            self.covered[i] += covered

    def summary(self, out: Path, notes: tuple[str, ...]) -> BatchSummary:
        points = tuple(
            PointCount(n, p.id, p.title, p.hint, self.covered[n - 1], self.marked)
            for n, p in enumerate(self.rubric.points, 1)
        )
        return BatchSummary(
            out, self.rubric.id, self.rubric.question, max_mark(self.rubric), self.marked,
            self.skipped_count, tuple(self.skipped),
            self.total_mark / self.marked if self.marked else None,
            points, tuple(self.marks), self.renamed, notes,
        )


class _Files:
    """The outputs, written to temporary files beside them and renamed into place at the end."""

    def __init__(self, out: Path, rubric: RubricSpec):
        self.out = out
        self.temps: dict[str, tuple[Path, IO[str]]] = {}
        self.marks = self._open("marks.csv", encoding="utf-8-sig")  # Excel reads UTF-8 then
        self.results = self._open("results.jsonl")
        self.rows = self._open("rows.html")
        self.sections = self._open("sections.html")
        self.csv = csv.writer(self.marks)
        self.csv.writerow(render_csv.header(rubric))

    def _open(self, name: str, encoding: str = "utf-8") -> IO[str]:
        path = self.out / f".{name}.{os.getpid()}-{secrets.token_hex(4)}.tmp"
        handle = path.open("x+", encoding=encoding, newline="")
        self.temps[name] = (path, handle)
        return handle

    def write(self, output: EssayOutput) -> None:
        self.csv.writerow(output.csv_row)
        if output.json_line:
            self.results.write(output.json_line + "\n")
        self.rows.write(output.row_html)
        self.sections.write(output.section_html)

    def commit(self, summary: BatchSummary) -> None:
        """Write the page, make every file durable, then rename each into place."""
        report = self._open("report.html")
        write_report(report, summary, self.rows, self.sections)
        for name in OUTPUTS:
            handle = self.temps[name][1]
            handle.flush()
            os.fsync(handle.fileno())
            handle.close()
        for name in OUTPUTS:
            os.replace(self.temps.pop(name)[0], self.out / name)
        self.discard()

    def discard(self) -> None:
        """Close and delete whatever temporary files are left."""
        for path, handle in self.temps.values():
            handle.close()
            path.unlink(missing_ok=True)
        self.temps.clear()


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
        lines += [f"  {p.title}: missed by {p.missed:,} of {p.marked:,}"
                  for p in summary.most_missed]
    if summary.skipped:
        lines.append("Skipped:")
        lines += [f"  {s.source or s.id}: {s.reason}" for s in summary.skipped[:10]]
        if summary.skipped_count > 10:
            lines.append(f"  ... and {summary.skipped_count - 10:,} more (see marks.csv)")
    if summary.renamed:
        lines.append(f"{summary.renamed:,} repeated ids were given a suffix such as ' (2)'.")
    lines += list(summary.notes)
    return "\n".join(lines) + "\n"
