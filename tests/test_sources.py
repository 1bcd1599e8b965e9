"""Batch inputs: folders, CSV exports, JSON Lines and stdin, with every bad case reported."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from docx import Document

from analyzer.ingest import MAX_BYTES, InputError
from analyzer.models import Essay
from analyzer.sources import Skipped, open_source

ESSAY = "The League of Nations failed to stop Japan in Manchuria, so Stalin lost faith in it."
QUESTION = "Why did the USSR not trust Britain and France by 1939?"


def items(ref: str | Path, **kwargs) -> list[Essay | Skipped]:
    return list(open_source(str(ref), **kwargs).items)


def by_id(found: list[Essay | Skipped]) -> dict[str, Essay | Skipped]:
    return {item.id: item for item in found}


def write_docx(path: Path, *paragraphs: str) -> None:
    document = Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    document.save(str(path))


# --- folders ---------------------------------------------------------------------------------


def test_folder_is_read_recursively_with_relative_ids(tmp_path: Path) -> None:
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "a.txt").write_text(ESSAY, encoding="utf-8")
    (tmp_path / "sub" / "b.md").write_text("# Answer\n\n" + ESSAY, encoding="utf-8")
    write_docx(tmp_path / "sub" / "deeper" / "c.docx", "First paragraph.", ESSAY)
    (tmp_path / ".hidden.txt").write_text(ESSAY, encoding="utf-8")
    (tmp_path / "sub" / "~$c.docx").write_bytes(b"lock")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG")
    source = open_source(str(tmp_path))
    found = list(source.items)
    assert [i.id for i in found] == ["a", "sub/b", "sub/deeper/c"]
    assert source.total == 3
    assert all(isinstance(i, Essay) for i in found)
    docx = by_id(found)["sub/deeper/c"]
    assert isinstance(docx, Essay) and docx.text == "First paragraph.\n" + ESSAY


def test_documents_we_cannot_read_are_reported_not_ignored(tmp_path: Path) -> None:
    (tmp_path / "smith.pdf").write_bytes(b"%PDF-1.4")
    (found,) = items(tmp_path)
    assert isinstance(found, Skipped) and found.id == "smith"
    assert ".pdf" in found.reason and ".docx" in found.reason


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_text_encodings_are_read_correctly(tmp_path: Path, encoding: str) -> None:
    text = "Stalin’s “naïve” allies — Britain and France — failed him in 1938."
    (tmp_path / "e.txt").write_bytes(text.encode(encoding))
    (found,) = items(tmp_path)
    assert isinstance(found, Essay) and found.text == text


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"  \n\n ", "empty"),
        ("binary.txt", b"\x00\x01\x02binary\x00" * 40, "binary"),
        ("big.txt", b"word " * (MAX_BYTES // 5 + 1), "too large"),
        ("broken.docx", b"this is not a zip file", "not a readable .docx"),
        ("shiftjis.txt", ("日本語の作文です。" * 30).encode("shift_jis"), "cp1252"),
        ("koi8.txt", ("Сталин не доверял Британии и Франции. " * 10).encode("koi8_r"), "encoding"),
    ],
)
def test_bad_files_become_skipped_items(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    (tmp_path / name).write_bytes(data)
    (tmp_path / "good.txt").write_text(ESSAY, encoding="utf-8")
    found = by_id(items(tmp_path))
    bad = found[Path(name).stem]
    assert isinstance(bad, Skipped) and reason in bad.reason
    assert not bad.reason.startswith(str(tmp_path))  # the source is not repeated in the reason
    assert isinstance(found["good"], Essay)


# --- CSV ------------------------------------------------------------------------------------


def test_google_forms_export_guesses_the_question_column(tmp_path: Path) -> None:
    path = tmp_path / "form.csv"
    path.write_text(
        f'Timestamp,Email Address,Name,"{QUESTION}"\n'
        f'2024/03/01 10:00:00,a@school.org,Ann,"{ESSAY} It was weak and did nothing."\n'
        f'2024/03/01 10:05:00,b@school.org,Ben,"Britain, France and the League\nall failed '
        f'Stalin, who wanted allies against Hitler and got none of them in the end at all."\n',
        encoding="utf-8",
    )
    source = open_source(str(path))
    found = list(source.items)
    assert [i.id for i in found] == ["a@school.org", "b@school.org"]
    assert isinstance(found[1], Essay) and "\nall failed" in found[1].text
    assert "text from 'Why did the USSR" in source.notes[0]
    assert "id from 'Email Address'" in source.notes[0]


def test_microsoft_forms_export_with_named_columns(tmp_path: Path) -> None:
    path = tmp_path / "ms.csv"
    path.write_text(
        "ID,Start time,Completion time,Email,Name,Question 1\n"
        f'1,1/3/24 10:00,1/3/24 10:40,x@s.org,Xia,"{ESSAY}"\n',
        encoding="utf-8-sig",
    )
    (found,) = items(path, id_column="name", text_column="QUESTION 1")
    assert found == Essay("Xia", ESSAY, f"{path}, row 2")


def test_moodle_export_with_semicolons_in_windows_1252(tmp_path: Path) -> None:
    path = tmp_path / "moodle.csv"
    text = "Stalin’s allies failed — the League did nothing in Manchuria."
    export = f'Surname;First name;Email address;State;Response 1\nDoe;Jo;j@s.org;Done;"{text}"\n'
    path.write_bytes(export.encode("cp1252"))
    (found,) = items(path)
    assert isinstance(found, Essay) and found.id == "j@s.org" and found.text == text


def test_utf16_tab_separated_export(tmp_path: Path) -> None:
    path = tmp_path / "excel.tsv"
    path.write_text(f"id\ttext\ns1\t{ESSAY}\n", encoding="utf-16")
    (found,) = items(path)
    assert isinstance(found, Essay) and (found.id, found.text) == ("s1", ESSAY)


def test_csv_rows_without_ids_blank_rows_and_empty_answers(tmp_path: Path) -> None:
    path = tmp_path / "plain.csv"
    big = "word " * 40_000  # over the csv module's default 128 KB field limit
    path.write_text(f'essay,comment\n"{ESSAY}",x\n,,\n"",late\n"{big}",\n', encoding="utf-8")
    found = items(path)
    assert [i.id for i in found] == ["row-2", "row-4", "row-5"]
    assert isinstance(found[0], Essay)
    assert isinstance(found[1], Skipped) and "empty" in found[1].reason
    assert isinstance(found[2], Essay) and len(found[2].text) == len(big)


def test_missing_csv_column_lists_the_columns(tmp_path: Path) -> None:
    path = tmp_path / "form.csv"
    path.write_text(f"Timestamp,Email,Answer\n1,a@s.org,{ESSAY}\n", encoding="utf-8")
    with pytest.raises(InputError) as error:
        open_source(str(path), text_column="Essay")
    message = str(error.value)
    assert "no column 'Essay'" in message and "--text-column" in message
    assert "'Timestamp', 'Email', 'Answer'" in message
    with pytest.raises(InputError, match="--id-column"):
        open_source(str(path), id_column="Student")


def test_csv_with_no_essay_like_column_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "marks.csv"
    path.write_text("Name,Score\nAnn,4\nBen,5\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"cannot tell which column holds the essays.*'Score'"):
        open_source(str(path))


# --- JSON Lines and stdin --------------------------------------------------------------------


def test_jsonl_records_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "essays.jsonl"
    lines = [
        json.dumps({"id": "s1", "text": ESSAY}),
        "",
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"id": 7, "body": ESSAY}),
        json.dumps({"text": ESSAY}),
        json.dumps({"id": "s9", "text": "   "}),
    ]
    path.write_bytes(b"\xef\xbb\xbf" + "\n".join(lines).encode("utf-8"))
    found = items(path)
    assert [i.id for i in found] == ["s1", "line-3", "line-4", "7", "line-6", "s9"]
    kinds = [type(i).__name__ for i in found]
    assert kinds == ["Essay", "Skipped", "Skipped", "Skipped", "Essay", "Skipped"]
    reasons = [i.reason for i in found if isinstance(i, Skipped)]
    assert "not valid JSON" in reasons[0] and "not a JSON object" in reasons[1]
    assert "no 'text' string" in reasons[2] and "empty" in reasons[3]


def test_jsonl_keys_can_be_chosen(tmp_path: Path) -> None:
    path = tmp_path / "essays.ndjson"
    path.write_text(json.dumps({"student": "s1", "answer": ESSAY}) + "\n", encoding="utf-8")
    (found,) = items(path, id_column="student", text_column="answer")
    assert isinstance(found, Essay) and found.id == "s1"


def test_stdin_is_json_lines() -> None:
    data = (json.dumps({"id": "a", "text": ESSAY}) + "\n").encode("utf-8")
    source = open_source("-", stdin=io.BytesIO(data))
    (found,) = list(source.items)
    assert isinstance(found, Essay) and found.id == "a" and found.source == "stdin, line 1"


@pytest.mark.parametrize(
    ("name", "kwargs", "message"),
    [
        ("nothing-here", {}, "no such file or folder"),
        ("essay.pdf", {}, "not a folder, a CSV file"),
        ("folder", {"text_column": "x"}, "apply to CSV and JSON Lines"),
    ],
)
def test_unusable_inputs_are_input_errors(
    tmp_path: Path, name: str, kwargs: dict, message: str
) -> None:
    (tmp_path / "essay.pdf").write_bytes(b"%PDF")
    (tmp_path / "folder").mkdir()
    with pytest.raises(InputError, match=message):
        open_source(str(tmp_path / name), **kwargs)
