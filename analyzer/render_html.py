"""The class report: one self-contained HTML page, rendered by jinja2 with autoescape on.

Essay sections and index rows are rendered one essay at a time (so a batch can write them to
a temporary file as it goes); the page is then streamed around them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import IO, TYPE_CHECKING, Any

from jinja2 import Environment, PackageLoader, StrictUndefined, Template

from .models import Analysis

if TYPE_CHECKING:
    from .batch import BatchSummary

TEMPLATE = "report.html.j2"
COLOURS = 10  # highlight colours in the stylesheet, c0 .. c9
READ_BLOCK = 1 << 16


@dataclass(frozen=True)
class Segment:
    """A run of essay text, and the numbers of the points whose evidence it is (if any)."""

    text: str
    points: tuple[int, ...] = ()


@lru_cache(maxsize=1)
def template() -> Template:
    """The report template, loaded from the installed package (autoescape on)."""
    env = Environment(
        loader=PackageLoader("analyzer", "templates"),
        autoescape=True,  # the file ends in .j2, so select_autoescape would not switch it on
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["colours"] = COLOURS
    return env.get_template(TEMPLATE)


def highlight(text: str, spans: Iterable[tuple[int, int, int]]) -> list[Segment]:
    """Cut text into plain and highlighted runs from (start, end, point) spans.

    Overlapping spans are merged into one run that names every point it shows, so no
    highlight is nested in another.
    """
    runs: list[tuple[int, int, set[int]]] = []
    for start, end, point in sorted(spans):
        start, end = max(0, start), min(len(text), end)
        if end <= start:
            continue
        if runs and start < runs[-1][1]:
            last_start, last_end, points = runs[-1]
            runs[-1] = (last_start, max(last_end, end), points | {point})
        else:
            runs.append((start, end, {point}))
    segments: list[Segment] = []
    position = 0
    for start, end, points in runs:
        if start > position:
            segments.append(Segment(text[position:start]))
        segments.append(Segment(text[start:end], tuple(sorted(points))))
        position = end
    if position < len(text):
        segments.append(Segment(text[position:]))
    return segments


def essay_view(number: int, analysis: Analysis) -> dict[str, Any]:
    """What the page shows of one essay: highlighted text, covered and missing points."""
    numbered = list(enumerate(analysis.points, 1))
    spans = [(e.start, e.end, n) for n, p in numbered if p.covered for e in p.evidence]
    return {
        "n": number,
        "analysis": analysis,
        "segments": highlight(analysis.text, spans),
        "covered": [(n, p) for n, p in numbered if p.covered],
        "missing": [(n, p) for n, p in numbered if not p.covered],
        "titles": {n: p.title for n, p in numbered},
    }


def render_section(number: int, analysis: Analysis) -> str:
    """The HTML section for one marked essay."""
    return template().render(part="section", essay=essay_view(number, analysis))


def render_index_row(number: int, essay_id: str, analysis: Analysis | None, status: str) -> str:
    """One row of the report's list of essays (linked when the essay has a section)."""
    return template().render(part="row", n=number, id=essay_id, analysis=analysis, status=status)


def write_report(handle: IO[str], summary: BatchSummary, rows: IO[str], sections: IO[str]) -> None:
    """Stream the whole page to handle, copying in pre-rendered rows and sections."""
    page = template().generate(
        part="page", summary=summary, rows=_blocks(rows), sections=_blocks(sections)
    )
    for piece in page:
        handle.write(piece)


def _blocks(handle: IO[str]) -> Iterator[str]:
    """Already-rendered HTML, read back in blocks (the template marks them | safe: they
    were escaped when they were rendered)."""
    handle.seek(0)
    yield from iter(lambda: handle.read(READ_BLOCK), "")
