"""Rubric loading and validation: every mistake reported with file, line, point and field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from analyzer.cli import main
from analyzer.rubric import RubricError, bundled_rubrics, load_rubric
from analyzer.rubric_tools import schema_json, validate

from .conftest import DEFAULT_POINTS

VALID = """\
schema_version = 1
id = "tiny"
question = "Why?"

[concepts]
thing = ["thing"]
fail = ["fail"]

[[points]]
id = "p1"
title = "The thing failed"
claim = "The thing failed."
hint = "Say the thing failed."
evidence = [ { all = ["thing", "fail"] } ]

[[levels]]
min = 0
max = 0
name = "None"

[[levels]]
min = 1
max = 1
name = "Some"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "rubric.toml"
    path.write_text(text, encoding="utf-8")
    return path


def messages(path: Path) -> list[str]:
    return [str(p) for p in validate(path).errors]


def test_valid_rubric_loads(tmp_path: Path) -> None:
    spec = load_rubric(write(tmp_path, VALID))
    assert spec.id == "tiny"
    assert [p.id for p in spec.points] == ["p1"]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            ('question = "Why?"', 'question = "Why?"\ncolour = "red"'),
            ":4: colour: unknown key (not part of the rubric format) [E102]",
        ),
        (
            ('hint = "Say the thing failed."\n', ""),
            ":9: point 'p1' hint: missing required field [E103]",
        ),
        (
            ('["thing", "fail"] }', '["thing", "fial"] }'),
            ":14: point 'p1' evidence: unknown concept 'fial' (define it under [concepts]) [E202]",
        ),
        (
            ('fail = ["fail"]', "fail = []"),
            ":7: concepts.fail: List should have at least 1 item after validation, not 0 [E101]",
        ),
        (
            ('fail = ["fail"]', 'fail = ["@missing"]'),
            ":7: concepts.fail: reference '@missing' names no concept [E204]",
        ),
        (("min = 1\nmax = 1", "min = 2\nmax = 2"), "levels: no band covers marks 1-1 [E302]"),
        (
            ("min = 1\nmax = 1", "min = 0\nmax = 1"),
            "levels: band 'Some' overlaps the band below it at 0 [E303]",
        ),
        (
            ("min = 1\nmax = 1", "min = 1\nmax = 3"),
            "levels: bands end at 3 but the points' marks add up to 1 [E304]",
        ),
        (
            ('all = ["thing", "fail"] }', 'all = ["thing", "fail"], ordred = true }'),
            ":14: point 'p1' evidence.0.ordred: unknown key (not part of the rubric format) [E102]",
        ),
        (('id = "p1"', 'id = "P 1"'), "point 'P 1' id: String should match pattern"),
    ],
)
def test_each_mistake_gets_a_precise_message(
    tmp_path: Path, change: tuple[str, str], expected: str
) -> None:
    assert change[0] in VALID
    path = write(tmp_path, VALID.replace(change[0], change[1], 1))
    found = messages(path)
    assert any(expected in m for m in found), found
    assert all(m.startswith(str(path)) for m in found)


def test_duplicate_point_ids(tmp_path: Path) -> None:
    block = VALID[VALID.index("[[points]]") : VALID.index("[[levels]]")]
    text = VALID.replace(block, block + block.replace('title = "The', 'title = "A'))
    text = text.replace("min = 1\nmax = 1", "min = 1\nmax = 2")
    found = messages(write(tmp_path, text))
    assert any("point 'p1' id: duplicate point id [E201]" in m for m in found)


def test_all_problems_are_listed_at_once(tmp_path: Path) -> None:
    text = VALID.replace('question = "Why?"', 'colour = "red"').replace("fail = [", "bad = [")
    errors = validate(write(tmp_path, text)).errors
    assert len(errors) >= 2


def test_toml_syntax_error_has_a_line(tmp_path: Path) -> None:
    found = messages(write(tmp_path, VALID.replace('id = "tiny"', 'id = "tiny')))
    assert found and ":2:" in found[0] and "[E003]" in found[0]


def test_load_raises_with_every_problem(tmp_path: Path) -> None:
    with pytest.raises(RubricError) as info:
        load_rubric(write(tmp_path, VALID.replace('question = "Why?"', "")))
    assert "question" in info.value.first_line()


def test_warnings_duplicate_terms_and_shared_evidence(tmp_path: Path) -> None:
    text = VALID.replace('thing = ["thing"]', 'thing = ["thing", "Thing"]')
    block = VALID[VALID.index("[[points]]") : VALID.index("[[levels]]")]
    text = text.replace(block, block + block.replace('id = "p1"', 'id = "p2"'))
    text = text.replace("min = 1\nmax = 1", "min = 1\nmax = 2")
    result = validate(write(tmp_path, text))
    assert not result.errors
    codes = {w.code for w in result.warnings}
    assert {"W401", "W402", "W410"} <= codes


def test_point_without_covering_sample_is_warned(tmp_path: Path) -> None:
    samples = tmp_path / "samples"
    samples.mkdir()
    (samples / "expected.jsonl").write_text(json.dumps({"id": "a", "covered": []}) + "\n")
    result = validate(write(tmp_path, VALID), samples)
    assert any(w.code == "W412" and w.point == "p1" for w in result.warnings)


def test_bundled_rubrics_are_valid_and_have_samples() -> None:
    assert set(bundled_rubrics()) >= {"ussr-britain-france", "nazi-soviet-pact"}
    for path in bundled_rubrics().values():
        result = validate(path)
        assert not result.errors, result.errors
        assert not result.warnings, result.warnings


def test_default_rubric_has_the_spec_points() -> None:
    spec = load_rubric()
    assert [p.id for p in spec.points] == DEFAULT_POINTS
    assert sum(p.marks for p in spec.points) == 8
    assert [(b.min, b.max) for b in spec.levels] == [(0, 0), (1, 2), (3, 5), (6, 8)]


def test_schema_validates_both_bundled_rubrics() -> None:
    import tomllib

    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(schema_json())
    for path in bundled_rubrics().values():
        jsonschema.validate(tomllib.loads(path.read_text()), schema)


def test_rubric_commands() -> None:
    runner = CliRunner()
    listed = runner.invoke(main, ["rubric", "list"])
    assert listed.exit_code == 0
    assert "ussr-britain-france" in listed.output and "nazi-soviet-pact" in listed.output
    shown = runner.invoke(main, ["rubric", "show", "ussr-britain-france"])
    assert shown.exit_code == 0 and "The USSR was left out of Munich [munich]" in shown.output
    schema = runner.invoke(main, ["rubric", "schema"])
    assert json.loads(schema.output)["title"] == "essay-feedback rubric"
    valid = runner.invoke(main, ["rubric", "validate", *map(str, bundled_rubrics().values())])
    assert valid.exit_code == 0 and "valid (0 errors" in valid.output


def test_rubric_validate_exit_2_when_invalid(tmp_path: Path) -> None:
    path = write(tmp_path, VALID.replace('hint = "Say the thing failed."\n', ""))
    result = CliRunner().invoke(main, ["rubric", "validate", str(path)])
    assert result.exit_code == 2
    assert "missing required field" in result.output
