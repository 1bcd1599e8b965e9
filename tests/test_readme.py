"""The README is tested: its commands run, every command and JSON field is documented."""

from __future__ import annotations

import re
import shlex

from click.testing import CliRunner

from analyzer.cli import main
from analyzer.render import to_dict

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```sh\n(.*?)```", README, re.S)


def quick_start() -> tuple[str, str]:
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    install_run, tests = re.findall(r"```sh\n(.*?)\n```", section, re.S)
    return install_run.strip(), tests.strip()


def test_quick_start_has_two_commands_and_ci_runs_the_test_one() -> None:
    install_run, tests = quick_start()
    assert "pip install ." in install_run and "essay-feedback mark" in install_run
    assert "pytest" in tests
    assert tests in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_quick_start_mark_command_works() -> None:
    install_run, _ = quick_start()
    mark = install_run.split("&&")[-1].strip()
    args = shlex.split(mark)[1:]  # drop the executable
    assert args[0] == "mark"
    assert (ROOT / args[1]).exists()
    result = CliRunner().invoke(main, ["mark", str(ROOT / args[1])])
    assert result.exit_code == 0
    assert "Mark: 8/8" in result.output


def test_every_command_is_documented() -> None:
    names = set(main.commands)
    rubric_group = main.commands["rubric"]
    names |= {f"rubric {n}" for n in rubric_group.commands}  # type: ignore[attr-defined]
    for name in names:
        assert f"essay-feedback {name}" in README or f"`rubric {name.split()[-1]}" in README, name
        command = main.commands.get(name) or rubric_group.commands[name.split()[-1]]  # type: ignore[attr-defined]
        assert command.help, f"{name} has no help text"


def test_every_json_field_is_documented(nlp, rubric) -> None:
    from analyzer import analyze

    record = to_dict(analyze("Stalin was not invited to Munich.", rubric, nlp))
    for key in record:
        assert f"`{key}`" in README, key
    for key in record["points"][0]:
        assert f"`{key}`" in README, key


def test_rubric_format_doc_example_is_a_valid_rubric(tmp_path, nlp) -> None:
    from analyzer import analyze, load_rubric

    doc = (ROOT / "docs" / "rubric-format.md").read_text(encoding="utf-8")
    assert "docs/rubric-format.md" in README
    example = re.findall(r"```toml\n(.*?)```", doc, re.S)[0]
    path = tmp_path / "example.toml"
    path.write_text(example, encoding="utf-8")
    rubric = load_rubric(path)
    text = "The alliance system dragged the great powers in, so it became a world war."
    analysis = analyze(text, rubric, nlp)
    assert analysis.covered_ids == ["alliances"]
