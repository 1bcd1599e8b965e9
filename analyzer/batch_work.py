"""Marking a batch's essays a chunk at a time: analysis through nlp.pipe and each essay's
share of every output, in this process or in worker processes."""

from __future__ import annotations

import multiprocessing
import sys
from collections import deque
from collections.abc import Generator, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass

from spacy.language import Language

from . import render_csv
from .analysis import analyze, analyze_many, compile_rubric
from .models import Analysis, Essay
from .parse import build_pipeline
from .render import render_json
from .render_html import render_index_row, render_section
from .rubric_schema import RubricSpec
from .sources import Item, Skipped


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


_WORKER: tuple[RubricSpec, Language] | None = None


def _init_worker(rubric: RubricSpec, model: str) -> None:
    global _WORKER
    if _WORKER is None:  # a forked worker has inherited the parent's pipeline already
        _WORKER = (rubric, build_pipeline(model))


def _work(chunk: list[tuple[int, Item]]) -> list[EssayOutput]:
    assert _WORKER is not None, "worker not initialised"
    rubric, nlp = _WORKER
    return list(mark_chunk(chunk, rubric, nlp))


def in_pool(
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
