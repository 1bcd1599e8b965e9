"""Every command, format and exit code, through click's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from analyzer.cli import main

from .conftest import SAMPLES

GOOD = (
    "Britain and France did not invite Stalin to the Munich Conference in 1938. "
    "So Stalin signed the Nazi-Soviet Pact with Hitler."
)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def essay(tmp_path: Path) -> Path:
    path = tmp_path / "my_essay.txt"
    path.write_text(GOOD, encoding="utf-8")
    return path


def test_mark_text_shows_mark_evidence_and_hints(runner: CliRunner, essay: Path) -> None:
    result = runner.invoke(main, ["mark", str(essay)])
    assert result.exit_code == 0, result.output
    assert "Mark: 2/8" in result.output
    assert "Level 1 (limited)" in result.output
    assert "did not invite Stalin" in result.output  # quoted evidence
    assert "Hint:" in result.output
    assert "\x1b[" not in result.output  # no colour when not on a terminal


def test_mark_json_is_one_documented_object_per_line(runner: CliRunner, essay: Path) -> None:
    result = runner.invoke(main, ["mark", "--format", "json", str(essay), str(essay)])
    assert result.exit_code == 0
    lines = result.output.strip().splitlines()
    assert len(lines) == 2
    record = json.loads(lines[0])
    for key in ("schema_version", "id", "rubric", "mark", "max_mark", "level", "points"):
        assert key in record
    assert record["id"] == "my_essay"
    assert record["rubric"] == "ussr-britain-france"
    assert [p["id"] for p in record["points"]][:2] == ["league", "france_pact"]
    munich = next(p for p in record["points"] if p["id"] == "munich")
    assert munich["covered"] is True
    evidence = munich["evidence"][0]
    assert GOOD[evidence["start"] : evidence["end"]] == evidence["text"]
    assert set(munich) >= {"id", "title", "covered", "evidence", "hint"}


def test_mark_markdown(runner: CliRunner, essay: Path) -> None:
    result = runner.invoke(main, ["mark", "--format", "markdown", str(essay)])
    assert result.exit_code == 0
    assert result.output.startswith("## my_essay")
    assert "| The USSR was left out of Munich | yes | 1/1 |" in result.output


@pytest.mark.parametrize("args", [["mark"], ["mark", "-"]])
def test_mark_reads_stdin(runner: CliRunner, args: list[str]) -> None:
    result = runner.invoke(main, [*args, "--format", "json"], input=GOOD)
    assert result.exit_code == 0
    assert json.loads(result.output)["id"] == "stdin"


def test_python_dash_m_entry_point_exists() -> None:
    import importlib.util

    assert importlib.util.find_spec("analyzer.__main__") is not None


def test_mark_with_second_rubric(runner: CliRunner) -> None:
    essay = SAMPLES / "nazi-soviet-pact" / "full-marks.txt"
    result = runner.invoke(main, ["mark", "--rubric", "nazi-soviet-pact", str(essay)])
    assert result.exit_code == 0
    assert "Mark: 7/7" in result.output


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "empty essay"), (b"   \n\t ", "empty essay"), (b"\x00\x01\x02binary", "binary")],
)
def test_bad_input_is_one_line_exit_2(
    runner: CliRunner, tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = runner.invoke(main, ["mark", str(path)])
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


def test_missing_file_names_the_file(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["mark", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2
    assert "nope.txt: no such file" in result.output


def test_unreadable_file_does_not_stop_the_others(
    runner: CliRunner, tmp_path: Path, essay: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = runner.invoke(main, ["mark", "--format", "json", str(empty), str(essay)])
    assert result.exit_code == 2
    records = [json.loads(x) for x in result.output.splitlines() if x.startswith("{")]
    assert [r["id"] for r in records] == ["my_essay"]


def test_non_english_is_reported_not_scored(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "fr.txt"
    path.write_text(
        "Staline ne faisait pas confiance à la Grande-Bretagne et à la France parce que la "
        "Société des Nations avait échoué et il a signé le pacte avec Hitler.",
        encoding="utf-8",
    )
    result = runner.invoke(main, ["mark", "--format", "json", str(path)])
    assert result.exit_code == 2
    record = json.loads(result.output.splitlines()[0])
    assert record["status"] == "not-english"
    assert record["mark"] == 0
    assert record["warnings"]


def test_broken_rubric_is_one_line_naming_file_point_and_field(
    runner: CliRunner, tmp_path: Path, essay: Path
) -> None:
    rubric = tmp_path / "r.toml"
    rubric.write_text(
        'id = "r"\nquestion = "Q"\n[concepts]\na = ["x"]\n[[points]]\nid = "p1"\n'
        'title = "T"\nclaim = "C"\nevidence = [{ all = ["a"] }]\n'
        '[[levels]]\nmin = 0\nmax = 1\nname = "L"\n'
    )
    result = runner.invoke(main, ["mark", "--rubric", str(rubric), str(essay)])
    assert result.exit_code == 2
    line = result.output.strip()
    assert "\n" not in line
    assert str(rubric) in line and "point 'p1'" in line and "hint" in line


def test_unknown_rubric_id(runner: CliRunner, essay: Path) -> None:
    result = runner.invoke(main, ["mark", "--rubric", "no-such-rubric", str(essay)])
    assert result.exit_code == 2
    assert "no such file or bundled rubric id" in result.output


def test_check_passes_on_bundled_samples(runner: CliRunner) -> None:
    result = runner.invoke(main, ["check", str(SAMPLES)])
    assert result.exit_code == 0, result.output
    assert "0 failed" in result.output
    assert result.output.count("PASS") >= 50


def test_check_fails_with_exit_1_and_says_what_differed(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "expected.jsonl").write_text(
        json.dumps({"id": "a", "covered": ["league", "munich"], "mark": 2}) + "\n"
    )
    result = runner.invoke(main, ["check", str(tmp_path)])
    assert result.exit_code == 1
    assert "FAIL" in result.output
    assert "not found: league" in result.output
    assert "found but not expected: significance" in result.output


def test_check_without_samples_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["check", str(tmp_path)])
    assert result.exit_code == 2


def test_evaluate_reports_metrics_and_disagreements(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "b.txt").write_text("Stalin did not like them.")
    labels = tmp_path / "labels.jsonl"
    labels.write_text(
        json.dumps({"id": "a", "covered": ["munich", "significance"], "mark": 2})
        + "\n"
        + json.dumps({"id": "b", "covered": ["league"], "mark": 1})
        + "\n"
    )
    result = runner.invoke(main, ["evaluate", "--labels", str(labels), str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "micro precision 1.000  recall 0.667" in result.output
    assert "mark exact 0.500" in result.output
    assert "b              league" in result.output
    as_json = runner.invoke(
        main, ["evaluate", "--labels", str(labels), "--format", "json", str(tmp_path)]
    )
    data = json.loads(as_json.output)
    assert data["essays"] == 2
    assert {p["id"]: p["recall"] for p in data["points"]}["league"] == 0.0
    failing = runner.invoke(
        main, ["evaluate", "--labels", str(labels), "--fail-under", "0.9", str(tmp_path)]
    )
    assert failing.exit_code == 1


def test_evaluate_bad_labels_file(runner: CliRunner, tmp_path: Path) -> None:
    labels = tmp_path / "labels.jsonl"
    labels.write_text("not json\n")
    result = runner.invoke(main, ["evaluate", "--labels", str(labels), str(tmp_path)])
    assert result.exit_code == 2
    assert "labels.jsonl:1" in result.output


def test_every_command_has_help(runner: CliRunner) -> None:
    for args in (["mark"], ["check"], ["evaluate"], ["rubric"], ["rubric", "validate"]):
        result = runner.invoke(main, [*args, "--help"])
        assert result.exit_code == 0
        assert "Usage:" in result.output


def test_every_command_works_with_the_second_rubric(runner: CliRunner, tmp_path: Path) -> None:
    folder = SAMPLES / "nazi-soviet-pact"
    args = ["--rubric", "nazi-soviet-pact"]
    checked = runner.invoke(main, ["check", *args, str(folder)])
    assert checked.exit_code == 0 and "20 passed, 0 failed" in checked.output
    evaluated = runner.invoke(
        main, ["evaluate", *args, "--labels", str(folder / "expected.jsonl"), str(folder)]
    )
    assert evaluated.exit_code == 0
    assert "two_fronts" in evaluated.output and "F1 1.000" in evaluated.output
    out = tmp_path / "out"
    batched = runner.invoke(main, ["batch", *args, str(folder), "--out", str(out)])
    assert batched.exit_code == 0, batched.output
    header = (out / "marks.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert "distrust_west" in header and "capitalist_war" in header
    shown = runner.invoke(main, ["rubric", "show", "nazi-soviet-pact"])
    assert "Avoiding a war on two fronts [two_fronts]" in shown.output
