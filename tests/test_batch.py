"""The batch command: every input kind, every output file, bad essays, --force, exit codes."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from spacy.language import Language

import analyzer.batch as batch_module
import analyzer.batch_work as batch_work
from analyzer.batch import BatchError, run_batch
from analyzer.cli import main
from analyzer.cli_batch import batch
from analyzer.ingest import MAX_BYTES
from analyzer.models import Essay
from analyzer.rubric_schema import RubricSpec
from analyzer.sources import Item, Skipped

from .conftest import DEFAULT_POINTS

LEAGUE = "The League of Nations failed to stop Japan in Manchuria, so Stalin lost faith in it."
TWO = (
    "In 1935 Britain signed the Anglo-German Naval Agreement, which let Hitler build a bigger "
    "navy. Stalin was not invited to the Munich Conference in 1938."
)
NONE = "I like turtles and sunny days at the beach with my friends."
GERMAN = (
    "Der Völkerbund war schwach und Stalin hatte kein Vertrauen in Großbritannien und "
    "Frankreich, weil sie ihn nicht nach München eingeladen hatten."
)
POINTS = DEFAULT_POINTS


def run(*args: str | Path, stdin: bytes | None = None) -> Result:
    return CliRunner().invoke(batch, [str(a) for a in args], input=stdin)


def marks(out: Path) -> list[dict[str, str]]:
    with (out / "marks.csv").open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def results(out: Path) -> list[dict]:
    lines = (out / "results.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


@pytest.fixture
def essays(tmp_path: Path) -> Path:
    folder = tmp_path / "essays"
    (folder / "set2").mkdir(parents=True)
    (folder / "ann.txt").write_text(LEAGUE, encoding="utf-8")
    (folder / "ben.md").write_text(TWO, encoding="utf-8")
    (folder / "set2" / "cat.txt").write_text(NONE, encoding="utf-8")
    return folder


def test_folder_writes_the_three_outputs(essays: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run(essays, "--out", out)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["marks.csv", "report.html", "results.jsonl"]
    rows = marks(out)
    assert list(rows[0]) == ["id", "mark", "max_mark", "level", *POINTS, "status"]
    assert [(r["id"], r["mark"], r["max_mark"], r["status"]) for r in rows] == [
        ("ann", "1", "8", "marked"),
        ("ben", "2", "8", "marked"),
        ("set2/cat", "0", "8", "marked"),
    ]
    assert rows[0]["league"] == "1" and rows[0]["naval"] == "0"
    assert (rows[1]["naval"], rows[1]["munich"]) == ("1", "1")
    assert rows[0]["level"] == "Level 1 (limited)"
    assert (out / "marks.csv").read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8
    assert "Marked 3 of 3 essays; 0 skipped." in result.stdout
    assert "Mean mark: 1.0/8" in result.stdout
    assert "Most missed points:" in result.stdout
    assert result.stderr == ""  # no progress bar when stderr is not a terminal


def test_results_are_the_objects_mark_prints(essays: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run(essays, "--out", out).exit_code == 0
    marked = CliRunner().invoke(main, ["mark", "--format", "json", str(essays / "ben.md")])
    assert results(out)[1] == json.loads(marked.stdout)
    assert [r["id"] for r in results(out)] == ["ann", "ben", "set2/cat"]


def test_csv_input(tmp_path: Path) -> None:
    path = tmp_path / "form.csv"
    path.write_text(
        f'Timestamp,Email Address,Essay\n1,a@s.org,"{LEAGUE}"\n2,b@s.org,"{TWO}"\n',
        encoding="utf-8",
    )
    result = run(path, "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert [(r["id"], r["mark"]) for r in marks(tmp_path / "out")] == [
        ("a@s.org", "1"),
        ("b@s.org", "2"),
    ]
    assert "text from 'Essay', id from 'Email Address'" in result.stdout


def test_csv_column_options_and_missing_column(tmp_path: Path) -> None:
    path = tmp_path / "form.csv"
    path.write_text(f'Who,Q1\nann,"{LEAGUE}"\n', encoding="utf-8")
    ok = run(path, "--out", tmp_path / "out", "--id-column", "who", "--text-column", "q1")
    assert ok.exit_code == 0 and marks(tmp_path / "out")[0]["id"] == "ann"
    bad = run(path, "--out", tmp_path / "out2", "--text-column", "Essay")
    assert bad.exit_code == 2
    assert "no column 'Essay'" in bad.stderr and "'Who', 'Q1'" in bad.stderr
    assert not (tmp_path / "out2").exists()


def test_jsonl_file_and_stdin(tmp_path: Path) -> None:
    lines = "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in (("a", LEAGUE), ("b", TWO)))
    path = tmp_path / "essays.jsonl"
    path.write_text(lines, encoding="utf-8")
    from_file = run(path, "--out", tmp_path / "f")
    from_stdin = run("-", "--out", tmp_path / "s", stdin=lines.encode("utf-8"))
    assert from_file.exit_code == from_stdin.exit_code == 0
    assert marks(tmp_path / "f") == marks(tmp_path / "s")
    assert [r["mark"] for r in marks(tmp_path / "s")] == ["1", "2"]


def test_bad_essays_are_listed_and_the_rest_marked(essays: Path, tmp_path: Path) -> None:
    (essays / "empty.txt").write_text("\n  \n", encoding="utf-8")
    (essays / "binary.txt").write_bytes(b"\x00\xff\x00" * 100)
    (essays / "huge.txt").write_bytes(b"Stalin " * (MAX_BYTES // 7 + 1))
    (essays / "german.txt").write_text(GERMAN, encoding="utf-8")
    (essays / "broken.docx").write_bytes(b"not a word file")
    out = tmp_path / "out"
    result = run(essays, "--out", out)
    assert result.exit_code == 3, result.output
    status = {r["id"]: r["status"] for r in marks(out)}
    assert status["ann"] == status["ben"] == status["set2/cat"] == "marked"
    assert status["empty"].startswith("skipped: empty essay")
    assert status["binary"] == "skipped: binary file, not text"
    assert status["huge"].startswith("skipped: too large")
    assert status["german"] == "skipped: not English"
    assert status["broken"].startswith("skipped: not a readable .docx file")
    skipped_row = next(r for r in marks(out) if r["id"] == "huge")
    assert skipped_row["mark"] == skipped_row["league"] == ""  # blank, not a zero
    assert "Marked 3 of 8 essays; 5 skipped." in result.stdout
    for name in ("empty.txt", "binary.txt", "huge.txt", "german.txt", "broken.docx"):
        assert str(essays / name) in result.stdout
    assert "german.txt: not English" in result.stdout
    assert {r["id"]: r["status"] for r in results(out)}["german"] == "not-english"


def test_existing_output_folder_needs_force(essays: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "marks.csv").write_text("old", encoding="utf-8")
    (out / "mine.txt").write_text("keep me", encoding="utf-8")
    refused = run(essays, "--out", out)
    assert refused.exit_code == 2
    assert "not empty" in refused.stderr and "--force" in refused.stderr
    assert (out / "marks.csv").read_text(encoding="utf-8") == "old"
    forced = run(essays, "--out", out, "--force")
    assert forced.exit_code == 0
    assert len(marks(out)) == 3
    assert (out / "mine.txt").read_text(encoding="utf-8") == "keep me"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing-folder"], "no such file or folder"),
        (["empty-folder"], "no essays found"),
        (["essays", "--jobs", "0"], "--jobs"),
        (["essays", "--rubric", "no-such-rubric"], "no such file or bundled rubric"),
        (["out-is-a-file"], "is a file"),
    ],
)
def test_usage_errors_exit_2(essays: Path, tmp_path: Path, args: list[str], message: str) -> None:
    (tmp_path / "empty-folder").mkdir()
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    out = tmp_path / ("a-file" if args[0] == "out-is-a-file" else "out")
    source = "essays" if args[0] == "out-is-a-file" else args[0]
    result = run(tmp_path / source, *args[1:], "--out", out)
    assert result.exit_code == 2
    assert message in result.output
    assert not (tmp_path / "out").exists()


def test_a_crash_leaves_the_old_outputs_and_no_temporary_files(
    essays: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    assert run(essays, "--out", out).exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    (essays / "dan.txt").write_text(LEAGUE, encoding="utf-8")

    def crash(*args: object) -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr(batch_work, "render_section", crash)
    result = run(essays, "--out", out, "--force")
    assert result.exit_code != 0
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_duplicate_ids_and_formula_like_ids(tmp_path: Path) -> None:
    lines = [
        {"id": "sam", "text": LEAGUE},
        {"id": "sam", "text": TWO},
        {"id": '=HYPERLINK("x")', "text": NONE},
    ]
    path = tmp_path / "e.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    result = run(path, "--out", tmp_path / "out")
    assert [r["id"] for r in marks(tmp_path / "out")] == ["sam", "sam (2)", '\'=HYPERLINK("x")']
    assert "1 repeated ids were given a suffix" in result.stdout


def generate(count: int, pulled: list[int]) -> Iterator[Item]:
    for n in range(count):
        pulled.append(n)
        if n % 7 == 3:
            yield Skipped(f"s{n}", f"s{n}.txt", "empty essay (no text to mark)")
        else:
            yield Essay(f"s{n}", (LEAGUE, TWO, NONE)[n % 3])


def test_essays_stream_through_in_chunks(
    rubric: RubricSpec, nlp: Language, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(batch_module, "CHUNK", 4)
    pulled: list[int] = []
    pulled_at_first_output: list[int] = []

    def progress(count: int) -> None:
        if not pulled_at_first_output:
            pulled_at_first_output.append(len(pulled))

    summary = run_batch(generate(30, pulled), rubric, nlp, tmp_path / "out", progress=progress)
    assert pulled_at_first_output == [4]  # one chunk read before the first essay was written
    assert (summary.marked, summary.skipped_count) == (26, 4)
    assert [r["id"] for r in marks(tmp_path / "out")] == [f"s{n}" for n in range(30)]


def test_jobs_give_the_same_outputs(
    rubric: RubricSpec, nlp: Language, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(batch_module, "CHUNK", 3)
    run_batch(generate(20, []), rubric, nlp, tmp_path / "one")
    run_batch(generate(20, []), rubric, nlp, tmp_path / "two", jobs=2)
    for name in ("marks.csv", "results.jsonl", "report.html"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()


def test_jobs_option_on_the_command(essays: Path, tmp_path: Path) -> None:
    result = run(essays, "--out", tmp_path / "out", "--jobs", "2")
    assert result.exit_code == 0, result.output
    assert [r["mark"] for r in marks(tmp_path / "out")] == ["1", "2", "0"]


def test_interrupted_run_batch_cleans_up(rubric: RubricSpec, nlp: Language, tmp_path: Path) -> None:
    def interrupted() -> Iterator[Item]:
        yield Essay("a", LEAGUE)
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_batch(interrupted(), rubric, nlp, tmp_path / "out")
    assert not (tmp_path / "out").exists()
    with pytest.raises(BatchError, match="no essays"):
        run_batch(iter([]), rubric, nlp, tmp_path / "out")
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(BatchError, match="not a folder"):
        run_batch(iter([Essay("a", LEAGUE)]), rubric, nlp, tmp_path / "file")


def test_summary_figures(rubric: RubricSpec, nlp: Language, tmp_path: Path) -> None:
    summary = run_batch(generate(6, []), rubric, nlp, tmp_path / "out")
    # s0 LEAGUE (1), s1 TWO (2), s2 NONE (0), s3 skipped, s4 TWO (2), s5 NONE (0)
    assert (summary.marked, summary.skipped_count, summary.mean_mark) == (5, 1, 1.0)
    assert summary.marks[:3] == [2, 1, 2]
    covered = {p.id: p.covered for p in summary.points}
    assert (covered["league"], covered["naval"], covered["munich"]) == (1, 2, 2)
    assert summary.most_missed[0].missed == 5
    assert [s.id for s in summary.skipped] == ["s3"]


def test_an_output_folder_inside_the_input_is_not_read(essays: Path) -> None:
    out = essays / "results"
    assert run(essays, "--out", out).exit_code == 0
    again = run(essays, "--out", out, "--force")
    assert again.exit_code == 0, again.output
    assert [r["id"] for r in marks(out)] == ["ann", "ben", "set2/cat"]


def test_small_batches_are_marked_in_one_process(
    rubric: RubricSpec, nlp: Language, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_pool(*args: object) -> None:
        raise AssertionError("worker processes were started for five essays")

    monkeypatch.setattr(batch_module, "in_pool", no_pool)
    summary = run_batch(generate(5, []), rubric, nlp, tmp_path / "out", jobs=2, total=5)
    assert summary.marked + summary.skipped_count == 5


def test_an_analyzer_failure_skips_only_that_essay(
    essays: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import analyzer.analysis as analysis_module

    real = analysis_module.analyze_parsed

    def fragile(parsed: Any, *args: Any, **kwargs: Any) -> Any:
        if "BOOM" in parsed.text:
            raise RuntimeError("boom")
        return real(parsed, *args, **kwargs)

    monkeypatch.setattr(analysis_module, "analyze_parsed", fragile)
    (essays / "bad.txt").write_text("BOOM. " + LEAGUE, encoding="utf-8")
    result = run(essays, "--out", tmp_path / "out")
    assert result.exit_code == 3, result.output
    status = {r["id"]: r["status"] for r in marks(tmp_path / "out")}
    assert status.pop("bad") == "skipped: the analyzer failed on it (RuntimeError: boom)"
    assert set(status.values()) == {"marked"} and len(status) == 3
