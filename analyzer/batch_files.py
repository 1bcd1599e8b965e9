"""A batch's output files, written as the essays are marked and renamed into place at the end
(a crash or Ctrl-C leaves the old file or the new one, never half a file)."""

from __future__ import annotations

import csv
import os
import secrets
from pathlib import Path
from typing import IO, TYPE_CHECKING

from . import render_csv
from .batch_work import EssayOutput
from .render_html import write_report
from .rubric_schema import RubricSpec

if TYPE_CHECKING:
    from .batch import BatchSummary

OUTPUTS = ("marks.csv", "results.jsonl", "report.html")


class OutputFiles:
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
