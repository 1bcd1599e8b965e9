"""Batch marking: a stream of essays in; marks.csv, results.jsonl and report.html out.

Essays go through the pipeline in chunks and every output is written as it is produced, so
memory does not grow with the class. Outputs go to temporary files in the output folder and
are renamed into place only when the whole batch has been marked.
"""

from __future__ import annotations

import csv
import dataclasses
import itertools
import multiprocessing
import os
import secrets
import sys
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from spacy.language import Language

from . import render_csv
from .analysis import analyze, analyze_many, compile_rubric
from .models import Analysis, Essay
from .parse import DEFAULT_MODEL, build_pipeline
from .render import render_json
from .render_html import render_index_row, render_section, write_report
from .rubric_schema import RubricSpec
from .scoring import max_mark
from .sources import Item, Skipped

OUTPUTS = ("marks.csv", "results.jsonl", "report.html")
CHUNK = 128  # essays handed to the pipeline (or to a worker process) at a time
# Measured (benchmarks/bench_batch.py --crossover, 2 cores, forked workers): 2 processes
# break even at 50-100 essays, are 1.2-1.4x faster at 100-200 and 1.8-1.9x from 500 on.
PARALLEL_FROM = 100
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


@dataclass
class BatchSummary:
    """What a batch did: counts, class figures, the essays it skipped. Filled in as it runs."""

    out: Path
    rubric: RubricSpec
    notes: tuple[str, ...] = ()
    marked: int = 0
    skipped_count: int = 0
    total_mark: int = 0
    renamed: int = 0  # repeated ids given a " (2)" suffix
    skipped: list[Skipped] = field(default_factory=list)  # the first KEEP_SKIPPED
    covered: list[int] = field(init=False)  # marked essays covering each point
    marks: list[int] = field(init=False)  # marked essays at each mark, 0 .. max_mark

    def __post_init__(self) -> None:
        self.covered = [0] * len(self.rubric.points)
        self.marks = [0] * (max_mark(self.rubric) + 1)

    def add(self, output: EssayOutput) -> None:
        """Count one essay in."""
        if output.mark is None:
            self.skipped_count += 1
            if output.skipped is not None and len(self.skipped) < KEEP_SKIPPED:
                self.skipped.append(output.skipped)
            return
        self.marked += 1
        self.total_mark += output.mark
        self.marks[min(output.mark, len(self.marks) - 1)] += 1
        for i, covered in enumerate(output.covered):
            self.covered[i] += covered

    @property
    def max_mark(self) -> int:
        """The most marks the rubric gives."""
        return len(self.marks) - 1

    @property
    def mean_mark(self) -> float | None:
        """The mean mark of the marked essays (None when none was marked)."""
        return self.total_mark / self.marked if self.marked else None

    @property
    def points(self) -> tuple[PointCount, ...]:
        """How many marked essays covered each point, in rubric order."""
        return tuple(
            PointCount(n, p.id, p.title, p.hint, self.covered[n - 1], self.marked)
            for n, p in enumerate(self.rubric.points, 1)
        )

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
        raise BatchError(
            f"{out}: folder is not empty; use --force to replace {', '.join(OUTPUTS)} in it"
        )


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
    total: int | None = None,
) -> BatchSummary:
    """Mark every item and write the outputs to out.

    jobs > 1 uses that many processes unless total (the number of items, when known) is
    below PARALLEL_FROM; model rebuilds the pipeline in workers that cannot be forked.
    """
    if total is not None and total < PARALLEL_FROM:
        jobs = 1
    check_out(out, force)
    created = not out.exists()
    out.mkdir(parents=True, exist_ok=True)
    summary = BatchSummary(out, rubric, notes)
    files = _Files(out, rubric)
    numbered = _unique_ids(items, summary)
    chunks = iter(lambda: list(itertools.islice(numbered, CHUNK)), [])
    marked: Generator[EssayOutput, None, None] = (
        _in_pool(chunks, rubric, nlp, model, jobs)
        if jobs > 1
        else (output for chunk in chunks for output in mark_chunk(chunk, rubric, nlp))
    )
    try:
        for output in marked:
            files.write(output)
            summary.add(output)
            if progress is not None:
                progress(1)
        if not summary.marked + summary.skipped_count:
            raise BatchError("no essays found in the input")
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
    analyses = _analyses([item for _, item in chunk if isinstance(item, Essay)], rubric, nlp)
    for n, item in chunk:
        result = item if isinstance(item, Skipped) else next(analyses)
        if isinstance(result, Skipped):
            yield _skipped_output(n, result, rubric)
        else:
            yield _analysed_output(n, result, item.source)


def _analyses(
    essays: list[Essay], rubric: RubricSpec, nlp: Language
) -> Iterator[Analysis | Skipped]:
    """The essays analysed as one stream; should the analyzer fail, the rest are analysed one
    by one, so that only the essay it fails on is skipped."""
    done = 0
    try:
        for analysis in analyze_many(((e.id, e.text) for e in essays), rubric, nlp):
            done += 1
            yield analysis
    except Exception:
        for essay in essays[done:]:
            try:
                yield analyze(essay.text, rubric, nlp, essay.id)
            except Exception as exc:
                reason = f"the analyzer failed on it ({type(exc).__name__}: {exc})"
                yield Skipped(essay.id, essay.source, reason)


def _analysed_output(number: int, analysis: Analysis, source: str) -> EssayOutput:
    row = render_csv.marked_row(analysis)
    if analysis.status != render_csv.MARKED:  # not English: analysed, but not marked
        status = row[-1].removeprefix("skipped: ")
        html = render_index_row(number, analysis.id, None, status)
        skipped = Skipped(analysis.id, source, status)
        return EssayOutput(analysis.id, row, render_json(analysis), html, "", skipped=skipped)
    html = render_index_row(number, analysis.id, analysis, render_csv.MARKED)
    section = render_section(number, analysis)
    covered = tuple(p.covered for p in analysis.points)
    return EssayOutput(
        analysis.id, row, render_json(analysis), html, section, analysis.mark, covered
    )


def _skipped_output(number: int, item: Skipped, rubric: RubricSpec) -> EssayOutput:
    row = render_csv.skipped_row(item.id, item.reason, len(rubric.points))
    html = render_index_row(number, item.id, None, item.reason)
    return EssayOutput(item.id, row, "", html, "", skipped=item)


def _unique_ids(items: Iterable[Item], summary: BatchSummary) -> Iterator[tuple[int, Item]]:
    """Number the items; a repeated id gets ' (2)', ' (3)'... so every row can be told apart."""
    seen: set[str] = set()
    for number, item in enumerate(items, 1):
        essay_id, count = item.id, 1
        while essay_id in seen:
            count += 1
            essay_id = f"{item.id} ({count})"
        if count > 1:
            summary.renamed += 1
            item = dataclasses.replace(item, id=essay_id)
        seen.add(essay_id)
        yield number, item


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
) -> Generator[EssayOutput, None, None]:
    """Mark chunks in jobs processes, in order, with at most 2 x jobs chunks in flight."""
    global _WORKER
    # fork shares the loaded pipeline at no cost; elsewhere each worker builds its own.
    method = "fork" if sys.platform.startswith("linux") else "spawn"
    if method == "fork":
        compile_rubric(rubric, nlp)  # once here, not once in every worker
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


# --- output files -----------------------------------------------------------------------


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
