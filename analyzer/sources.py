"""Where a class set comes from: a folder, a CSV export, JSON Lines, or JSON Lines on stdin.

Each source is opened eagerly (so a wrong column is a usage error before anything is
written) and then read lazily, one essay at a time, as Essay or Skipped items.
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from .ingest import MAX_BYTES, InputError, check_text, decode, read_essay
from .models import Essay

ESSAY_SUFFIXES = (".txt", ".md", ".docx")
# Documents a teacher may drop in the folder that we cannot read: reported, not ignored.
UNSUPPORTED_SUFFIXES = (".doc", ".pdf", ".odt", ".rtf", ".pages", ".htm", ".html")
CSV_SUFFIXES = (".csv", ".tsv")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
MAX_DOCX_BYTES = 25 * MAX_BYTES  # a Word file may hold pictures; its text is checked separately
# Column names tried in order when --id-column / --text-column are not given (lower case).
ID_COLUMNS = ("email address", "email", "username", "id", "student id", "student", "name")
TEXT_COLUMNS = ("text", "essay", "answer", "response", "response 1", "submission")
GUESS_ROWS = 50  # rows read to guess the essay column of a form export
GUESS_MIN_WORDS = 20  # the guessed column must average at least this many words
SHOW_COLUMN = 50  # characters of each column name shown in an error


@dataclass(frozen=True)
class Skipped:
    """An input that was not marked, and the reason, in one line for a teacher."""

    id: str
    source: str
    reason: str


Item = Essay | Skipped


@dataclass(frozen=True)
class Source:
    """An opened input: a description, the items (read lazily), and their number if known."""

    description: str
    items: Iterable[Item]
    total: int | None = None
    notes: tuple[str, ...] = ()


def skipped(essay_id: str, source: str, error: Exception) -> Skipped:
    """A Skipped item from an InputError, without repeating the source in the reason."""
    return Skipped(essay_id, source, str(error).removeprefix(f"{source}: "))


def open_source(
    ref: str,
    id_column: str | None = None,
    text_column: str | None = None,
    stdin: BinaryIO | None = None,
    exclude: Path | None = None,
) -> Source:
    """Open a folder, a .csv/.tsv file, a .jsonl file, or '-' (JSON Lines on stdin).

    A folder is read without exclude (the output folder, when it lies inside it).
    """
    if ref == "-":
        if stdin is None:
            raise InputError("-: no standard input to read")
        return Source("stdin", _jsonl_items(stdin, "stdin", id_column, text_column))
    path = Path(ref)
    if path.is_dir():
        if id_column or text_column:
            raise InputError("--id-column and --text-column apply to CSV and JSON Lines input")
        return folder_source(path, exclude)
    if not path.exists():
        raise InputError(f"{ref}: no such file or folder")
    suffix = path.suffix.lower()
    if suffix in CSV_SUFFIXES:
        return csv_source(path, id_column, text_column)
    if suffix in JSONL_SUFFIXES:
        return Source(str(path), _jsonl_file(path, id_column, text_column))
    raise InputError(
        f"{ref}: not a folder, a CSV file (.csv, .tsv) or a JSON Lines file (.jsonl, '-')"
    )


# --- folders -------------------------------------------------------------------------------


def folder_source(root: Path, exclude: Path | None = None) -> Source:
    """Every essay file below root (recursive), in path order; ids are relative paths."""
    skip = exclude.resolve() if exclude is not None else None
    paths = sorted(
        p
        for p in root.rglob("*")
        if p.suffix.lower() in ESSAY_SUFFIXES + UNSUPPORTED_SUFFIXES
        and not _hidden(p.relative_to(root))
        and (skip is None or not p.resolve().is_relative_to(skip))
        and p.is_file()
    )
    return Source(str(root), (_read_file(root, p) for p in paths), total=len(paths))


def _hidden(relative: Path) -> bool:
    """Dot files and folders, and Word's '~$' lock files."""
    return any(part.startswith((".", "~$")) for part in relative.parts)


def _read_file(root: Path, path: Path) -> Item:
    essay_id = path.relative_to(root).with_suffix("").as_posix()
    source = str(path)
    suffix = path.suffix.lower()
    if suffix in UNSUPPORTED_SUFFIXES:
        reason = f"{suffix} files cannot be read: save it as .docx or .txt"
        return Skipped(essay_id, source, reason)
    try:
        if suffix == ".docx" and path.stat().st_size > MAX_DOCX_BYTES:
            raise InputError(f"{source}: too large ({path.stat().st_size:,} bytes)")
        essay = read_essay(path)
        size = len(essay.text.encode("utf-8"))
        if size > MAX_BYTES:
            raise InputError(
                f"{source}: too large ({size:,} bytes of text; the limit is {MAX_BYTES:,})"
            )
    except InputError as exc:
        return skipped(essay_id, source, exc)
    except Exception as exc:  # python-docx raises its own errors for files it cannot open
        if suffix != ".docx":
            raise
        return Skipped(essay_id, source, f"not a readable .docx file ({type(exc).__name__})")
    return dataclasses.replace(essay, id=essay_id)


# --- CSV exports (Google Forms, Microsoft Forms, Moodle) -------------------------------------


def csv_source(path: Path, id_column: str | None, text_column: str | None) -> Source:
    """A CSV export: columns found (or guessed) now, rows read as they are needed."""
    encoding = file_encoding(path)
    try:
        with _open_text(path, encoding) as handle:
            delimiter = _delimiter(handle.read(1 << 16))
            handle.seek(0)
            reader = _reader(handle, delimiter)
            header = next(reader, None)
            sample = [row for _, row in zip(range(GUESS_ROWS), reader, strict=False)]
    except (csv.Error, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: unreadable CSV ({exc})") from None
    if not header:
        raise InputError(f"{path}: empty CSV file (no header row)")
    names = [h.strip() for h in header]
    text_at = _text_index(path, names, sample, text_column)
    id_at = _id_index(path, names, id_column, text_at)
    id_note = f"id from {_show(names[id_at])}" if id_at is not None else "ids are row numbers"
    note = f"CSV columns: text from {_show(names[text_at])}, {id_note}"
    items = _csv_items(path, encoding, delimiter, id_at, text_at)
    return Source(str(path), items, notes=(note,))


def file_encoding(path: Path) -> str:
    """UTF-8 (with or without BOM), UTF-16 (with BOM), else Windows-1252; read in blocks."""
    with path.open("rb") as handle:
        head = handle.read(4)
        if head.startswith(codecs.BOM_UTF8):
            return "utf-8-sig"
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16"
        handle.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        try:
            for block in iter(lambda: handle.read(1 << 16), b""):
                decoder.decode(block)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return "cp1252"
    return "utf-8"


def _open_text(path: Path, encoding: str) -> io.TextIOWrapper:
    return path.open(encoding=encoding, newline="")


def _reader(handle: io.TextIOWrapper, delimiter: str) -> Iterator[list[str]]:
    # An essay can exceed the csv module's default field limit of 128 KB.
    csv.field_size_limit(max(csv.field_size_limit(), 4 * MAX_BYTES))
    return csv.reader(handle, delimiter=delimiter)


def _delimiter(head: str) -> str:
    """The delimiter that splits the header row into the most columns (',' on a tie)."""
    best, width = ",", 0
    for candidate in (",", ";", "\t"):
        row = next(csv.reader(io.StringIO(head), delimiter=candidate), [])
        if len(row) > width:
            best, width = candidate, len(row)
    return best


def _find(names: list[str], wanted: str) -> int | None:
    lowered = [n.lower() for n in names]
    return lowered.index(wanted.strip().lower()) if wanted.strip().lower() in lowered else None


def _show(name: str) -> str:
    return repr(name if len(name) <= SHOW_COLUMN else name[: SHOW_COLUMN - 1] + "…")


def _missing_column(path: Path, option: str, wanted: str | None, names: list[str]) -> InputError:
    columns = ", ".join(_show(n) for n in names)
    what = f"no column {wanted!r}" if wanted else "cannot tell which column holds the essays"
    return InputError(f"{path}: {what}; use {option} with one of: {columns}")


def _named_column(path: Path, option: str, names: list[str], wanted: str) -> int:
    """The index of the column the user named, or an error listing the columns."""
    found = _find(names, wanted)
    if found is None:
        raise _missing_column(path, option, wanted, names)
    return found


def _text_index(path: Path, names: list[str], sample: list[list[str]], wanted: str | None) -> int:
    if wanted:
        return _named_column(path, "--text-column", names, wanted)
    for candidate in TEXT_COLUMNS:
        found = _find(names, candidate)
        if found is not None:
            return found

    # A form export names the column after the question: take the one with the most words.
    def mean_words(i: int) -> float:
        return sum(len(r[i].split()) for r in sample if i < len(r)) / max(1, len(sample))

    best = max(range(len(names)), key=mean_words)
    if mean_words(best) < GUESS_MIN_WORDS:
        raise _missing_column(path, "--text-column", None, names)
    return best


def _id_index(path: Path, names: list[str], wanted: str | None, text_at: int) -> int | None:
    if wanted:
        return _named_column(path, "--id-column", names, wanted)
    for candidate in ID_COLUMNS:
        found = _find(names, candidate)
        if found is not None and found != text_at:
            return found
    return None


def _csv_items(
    path: Path, encoding: str, delimiter: str, id_at: int | None, text_at: int
) -> Iterator[Item]:
    with _open_text(path, encoding) as handle:
        reader = _reader(handle, delimiter)
        next(reader, None)
        row_number = 1  # the header is row 1, as in a spreadsheet
        try:
            for row in reader:
                row_number += 1
                if not any(cell.strip() for cell in row):
                    continue
                own_id = row[id_at].strip() if id_at is not None and id_at < len(row) else ""
                essay_id = own_id or f"row-{row_number}"
                cell = row[text_at] if text_at < len(row) else ""
                yield _cell_item(essay_id, cell, f"{path}, row {row_number}", encoding)
        except (csv.Error, UnicodeDecodeError) as exc:
            raise InputError(f"{path}: unreadable CSV after row {row_number} ({exc})") from None


def _cell_item(essay_id: str, cell: str, source: str, encoding: str) -> Item:
    try:
        if encoding == "cp1252":
            # Re-check the cell as ingest would a file: UTF-8 if it is, else strict cp1252.
            cell = decode(cell.encode("cp1252"), source)
        elif len(cell.encode("utf-8")) > MAX_BYTES:
            size = len(cell.encode("utf-8"))
            raise InputError(f"{source}: too large ({size:,} bytes; the limit is {MAX_BYTES:,})")
        return Essay(essay_id, check_text(cell, source), source)
    except InputError as exc:
        return skipped(essay_id, source, exc)


# --- JSON Lines ------------------------------------------------------------------------------


def _jsonl_file(path: Path, id_key: str | None, text_key: str | None) -> Iterator[Item]:
    with path.open("rb") as handle:
        yield from _jsonl_items(handle, str(path), id_key, text_key)


def _jsonl_items(
    stream: BinaryIO, name: str, id_key: str | None, text_key: str | None
) -> Iterator[Item]:
    """One essay per line: {"id": ..., "text": ...}; blank lines are ignored."""
    for number, raw in enumerate(stream, 1):
        if number == 1:
            raw = raw.removeprefix(codecs.BOM_UTF8)
        if raw.strip():
            yield _jsonl_item(
                raw, f"{name}, line {number}", f"line-{number}", id_key or "id", text_key or "text"
            )


def _jsonl_item(raw: bytes, source: str, fallback_id: str, id_key: str, text_key: str) -> Item:
    if len(raw) > 2 * MAX_BYTES:  # JSON escapes may double the size of the text
        return Skipped(fallback_id, source, f"too large ({len(raw):,} bytes)")
    try:
        record = json.loads(raw)
    except ValueError as exc:
        return Skipped(fallback_id, source, f"not valid JSON ({exc})")
    if not isinstance(record, dict):
        return Skipped(fallback_id, source, "not a JSON object with id and text")
    own_id = record.get(id_key)
    essay_id = str(own_id).strip() if own_id not in (None, "") else fallback_id
    text = record.get(text_key)
    if not isinstance(text, str):
        return Skipped(essay_id, source, f"no {text_key!r} string in the record")
    try:
        size = len(text.encode("utf-8"))
    except UnicodeEncodeError:
        return Skipped(essay_id, source, "the text holds invalid characters (lone surrogates)")
    try:
        if size > MAX_BYTES:
            raise InputError(f"{source}: too large ({size:,} bytes; the limit is {MAX_BYTES:,})")
        return Essay(essay_id, check_text(text, source), source)
    except InputError as exc:
        return skipped(essay_id, source, exc)
