"""Development credit (mentioned vs explained) and fact notes."""

from __future__ import annotations

from pathlib import Path

from analyzer import analyze, load_rubric

DEVELOP_RUBRIC = """\
id = "dev-credit"
question = "Why did Stalin distrust the West?"

[concepts]
munich = ["munich", "munich conference"]
not_asked = ["left out", "excluded"]
stalin = ["stalin"]

[[points]]
id = "munich"
title = "Left out of Munich"
claim = "Stalin was left out of Munich."
hint = "Say Stalin was left out of Munich."
develop = "Give the date and say what it made Stalin think."
marks = 1
develop_marks = 1
details = ["stalin"]
evidence = [ { all = ["munich", "not_asked"] } ]

[[points.facts]]
term = ["munich", "munich conference"]
years = [1938]
note = "the Munich Conference was in September 1938"

[[levels]]
min = 0
max = 0
name = "None"

[[levels]]
min = 1
max = 2
name = "Some"
"""


def rubric(tmp_path: Path):
    path = tmp_path / "dev.toml"
    path.write_text(DEVELOP_RUBRIC)
    return load_rubric(path)


def test_mentioned_point_earns_its_mark_and_advice(nlp, tmp_path: Path) -> None:
    analysis = analyze("The USSR was left out of Munich.", rubric(tmp_path), nlp)
    point = analysis.points[0]
    assert point.status == "mentioned"
    assert (point.marks, point.max_marks, analysis.mark, analysis.max_mark) == (1, 2, 1, 2)
    assert point.develop.startswith("Give the date")


def test_explained_point_earns_the_development_mark(nlp, tmp_path: Path) -> None:
    text = (
        "In 1938 the USSR was left out of the Munich Conference, "
        "so Stalin was convinced Britain and France were not his allies."
    )
    analysis = analyze(text, rubric(tmp_path), nlp)
    point = analysis.points[0]
    assert point.status == "explained"
    assert point.marks == 2
    assert point.develop == ""


def test_wrong_year_gets_a_note_but_keeps_the_mark(nlp, tmp_path: Path) -> None:
    analysis = analyze("The USSR was left out of Munich in 1939.", rubric(tmp_path), nlp)
    assert analysis.mark == 1
    (note,) = analysis.fact_notes
    assert (note.term, note.found) == ("Munich", "1939")
    assert "1938" in note.expected


def test_default_rubric_fact_notes(nlp) -> None:
    default = load_rubric()
    text = (
        "Prime Minister Halifax hated communism. Neville Chamberlain, the Prime Minister, and "
        "Lord Halifax, the Foreign Secretary, despised communists. In 1931 Japan invaded "
        "Manchuria and in 1935 Italy invaded Abyssinia. The Munich Conference in 1939 left "
        "Stalin out."
    )
    notes = {(n.term, n.found) for n in analyze(text, default, nlp).fact_notes}
    assert notes == {("Halifax", "Prime Minister"), ("Munich Conference", "1939")}


def test_right_dates_get_no_note(nlp) -> None:
    text = "The Anglo-German Naval Agreement of 1935 let Germany build a navy. Munich in 1938."
    assert analyze(text, load_rubric(), nlp).fact_notes == ()
