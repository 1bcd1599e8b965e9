"""Batch marking: a stream of essays in; marks.csv, results.jsonl and report.html out.

Essays go through the pipeline in chunks and every output is written as it is produced, so
memory does not grow with the class. Outputs go to temporary files in the output folder and
are renamed into place only when the whole batch has been marked.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from .batch_files import OUTPUTS, OutputFiles
from .batch_work import EssayOutput, in_pool, mark_chunk
from .parse import DEFAULT_MODEL
from .rubric_schema import RubricSpec
from .scoring import max_mark
from .sources import Item, Skipped

__all__ = ["OUTPUTS", "BatchError", "BatchSummary", "check_out", "run_batch"]

CHUNK = 128  # essays handed to the pipeline (or to a worker process) at a time
# Measured (benchmarks/bench_batch.py --crossover, 2 cores, forked workers): 2 processes
# are slower up to 100 essays, 1.3x faster at 200, 1.6x at 500 and 1.7-1.9x from 1,000 on.
PARALLEL_FROM = 200
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
    files = OutputFiles(out, rubric)
    numbered = _unique_ids(items, summary)
    chunks = iter(lambda: list(itertools.islice(numbered, CHUNK)), [])
    marked: Generator[EssayOutput, None, None] = (
        in_pool(chunks, rubric, nlp, model, jobs)
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
