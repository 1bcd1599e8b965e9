"""Decoding and checking essay input: encodings, BOMs, line ends, typography, bad files."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from analyzer import analyze
from analyzer.ingest import MAX_BYTES, InputError, decode, normalise, read_essay

TEXT = "Stalin was not invited to Munich – he was “ignored”."


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # with BOM
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        TEXT.encode("cp1252"),
    ],
)
def test_supported_encodings_decode_to_the_same_text(data: bytes) -> None:
    assert decode(data) == TEXT


def test_crlf_and_bullets_keep_offsets(nlp, rubric) -> None:
    text = (
        "\ufeffReasons:\r\n\u2022 Munich 1938 \u2013 USSR not invited\r\n"
        "\u2756 Drax, no authority\r\n"
    )
    analysis = analyze(text, rubric, nlp)
    munich = next(p for p in analysis.points if p.id == "munich")
    assert munich.covered
    for point in analysis.points:
        for ev in point.evidence:
            assert text[ev.start : ev.end] == ev.text


def test_normalise_keeps_length() -> None:
    odd = "‘quoted’ “double” – — • ❖ → \u00a0x\u200b"
    assert len(normalise(odd)) == len(odd)
    assert normalise("“a” – b") == '"a" - b'


def test_binary_is_rejected() -> None:
    with pytest.raises(InputError, match="binary"):
        decode(b"PK\x03\x04\x00\x00junk")


def test_unknown_encoding_is_reported_not_guessed() -> None:
    data = bytes(range(0x80, 0x100)) * 4
    with pytest.raises(InputError):
        decode(data)


def test_too_large_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"a " * (MAX_BYTES // 2 + 10))
    with pytest.raises(InputError, match="too large"):
        read_essay(path)


def test_empty_file_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "e.txt"
    path.write_text("\n  \n")
    with pytest.raises(InputError, match="empty essay"):
        read_essay(path)


def test_docx_is_read(tmp_path: Path) -> None:
    from docx import Document

    document = Document()
    document.add_paragraph("Stalin was not invited to the Munich Conference.")
    path = tmp_path / "word.docx"
    document.save(str(path))
    essay = read_essay(path)
    assert essay.id == "word"
    assert "Munich Conference" in essay.text


def test_broken_docx_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "broken.docx"
    path.write_bytes(b"not a zip")
    with pytest.raises(InputError, match="docx"):
        read_essay(path)


def test_common_words_match_the_source() -> None:
    """analyzer/data/common_words.txt is derived from spacy-lookups-data; this regenerates it."""
    import gzip
    import json
    from importlib.resources import files

    from analyzer.parse import COMMON_WORD_LOGPROB, common_words

    source = files("spacy_lookups_data") / "data" / "en_lexeme_prob.json.gz"
    with gzip.open(str(source), "rt", encoding="utf-8") as handle:
        probs = json.load(handle)
    expected = {
        w for w, p in probs.items() if p > COMMON_WORD_LOGPROB and w.isalpha() and w.islower()
    }
    assert common_words() == expected
    assert "despite" in expected and "munick" not in expected
