"""Read essays from files, bytes or stdin: decode, check and normalise, keeping offsets."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from .models import Essay

MAX_BYTES = 1_000_000

# Same-length replacements, so character offsets into the original text stay valid.
_TRANSLATE = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2033": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2012": "-",
        "\u2212": "-",
        "\u2010": "-",
        "\u2011": "-",
        "\u2022": "*",
        "\u25cf": "*",
        "\u25aa": "*",
        "\u25a0": "*",
        "\u2043": "*",
        "\u2756": "*",
        "\u27a2": "*",
        "\u2192": ">",
        "\u21d2": ">",
        "\u00a0": " ",
        "\u2009": " ",
        "\u200b": " ",
        "\u00ad": " ",
        "\ufeff": " ",
        "\t": " ",
    }
)


_CONTROL = re.compile(r"[\x00-\x09\x0b\x0c\x0e-\x1f]")


class InputError(Exception):
    """An essay that cannot be read or marked; the message is one line for the user."""


def decode(data: bytes, source: str = "input") -> str:
    """Decode essay bytes: UTF-8 (BOM or not), UTF-16 with a BOM, or Windows-1252."""
    if len(data) > MAX_BYTES:
        raise InputError(f"{source}: too large ({len(data):,} bytes; the limit is {MAX_BYTES:,})")
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", source)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", source)
    if b"\x00" in data:
        raise InputError(f"{source}: binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = _strict(data, "cp1252", source)
    if sum(1 for c in text if ord(c) > 127) > max(8, len(text) // 20):
        raise InputError(f"{source}: unknown text encoding (not UTF-8, UTF-16 or Windows-1252)")
    return text


def _strict(data: bytes, encoding: str, source: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(f"{source}: cannot decode as {encoding}: {exc.reason}") from None


def normalise(text: str) -> str:
    """Map smart quotes, dashes, bullets and odd spaces to ASCII, one character for one."""
    # Control characters other than line ends become spaces (same length).
    return _CONTROL.sub(" ", text.translate(_TRANSLATE))


def check_text(text: str, source: str) -> str:
    """Reject text that cannot be an essay; return it unchanged otherwise."""
    if not text.strip():
        raise InputError(f"{source}: empty essay (no text to mark)")
    if text.replace("\r", "").replace("\n", "").isprintable():
        return text
    printable = sum(1 for c in text if c.isprintable() or c in "\r\n")
    if printable < 0.9 * len(text):
        raise InputError(f"{source}: binary or corrupt text")
    return text


def essay_from_bytes(data: bytes, essay_id: str, source: str) -> Essay:
    """Decode and check bytes into an Essay."""
    text = check_text(decode(data, source), source)
    return Essay(id=essay_id, text=text, source=source)


def read_essay(path: Path) -> Essay:
    """Read one essay file (.txt, .md or .docx)."""
    source = str(path)
    try:
        if path.suffix.lower() == ".docx":
            return Essay(id=path.stem, text=check_text(read_docx(path), source), source=source)
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{source}: too large ({size:,} bytes; the limit is {MAX_BYTES:,})")
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{source}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{source}: is a folder, not an essay file") from None
    except PermissionError:
        raise InputError(f"{source}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{source}: cannot read ({exc.strerror or exc})") from None
    return essay_from_bytes(data, path.stem, source)


def read_docx(path: Path) -> str:
    """The paragraphs of a Word document, one per line."""
    import zipfile

    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import XMLSyntaxError

    if path.stat().st_size > 20 * MAX_BYTES:
        raise InputError(f"{path}: too large for a .docx essay")
    try:
        document = Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, XMLSyntaxError):
        raise InputError(f"{path}: not a readable .docx file") from None
    return "\n".join(p.text for p in document.paragraphs)
