"""The class report: escaped student text, nothing loaded from outside, highlights, printing."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from importlib.resources import files
from pathlib import Path

import pytest
from spacy.language import Language

from analyzer import analyze
from analyzer.batch import run_batch
from analyzer.models import Essay
from analyzer.render_html import Segment, highlight, render_section
from analyzer.rubric_schema import RubricSpec
from analyzer.sources import Item, Skipped

LEAGUE = "The League of Nations failed to stop Japan in Manchuria, so Stalin lost faith in it."
NAVAL = "In 1935 Britain signed the Anglo-German Naval Agreement, which let Hitler build a navy."
HOSTILE = (
    '<script>alert("owned")</script> '
    + LEAGUE
    + ' <img src="http://evil.example/x.png" onerror="alert(1)"> <style>@import url(x.css)</style>'
    + "\n<a href='https://evil.example'>click</a> & <b>bold</b>"
)


class Tags(HTMLParser):
    """Every start tag with its attributes, and the text of every <style> element."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.styles: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.styles.append(data)


def parse(page: str) -> Tags:
    tags = Tags()
    tags.feed(page)
    return tags


@pytest.fixture
def report(rubric: RubricSpec, nlp: Language, tmp_path: Path) -> str:
    items: list[Item] = [
        Essay("hostile <b>id</b>", HOSTILE),
        Essay("plain", LEAGUE + " " + NAVAL),
        Skipped("late & <i>empty</i>", "late.txt", "empty essay (no text to mark)"),
    ]
    run_batch(iter(items), rubric, nlp, tmp_path / "out")
    return (tmp_path / "out" / "report.html").read_text(encoding="utf-8")


def test_student_text_is_escaped(report: str) -> None:
    assert "&lt;script&gt;alert(&#34;owned&#34;)&lt;/script&gt;" in report
    assert "&lt;img src=&#34;http://evil.example/x.png&#34;" in report
    assert "hostile &lt;b&gt;id&lt;/b&gt;" in report
    assert "late &amp; &lt;i&gt;empty&lt;/i&gt;" in report
    tags = parse(report)
    names = [t for t, _ in tags.tags]
    assert "script" not in names and "img" not in names and "i" not in names
    assert names.count("style") == 1  # the page's own stylesheet only
    assert "b" not in names


def test_the_page_references_nothing_outside_itself(report: str) -> None:
    tags = parse(report)
    for tag, attrs in tags.tags:
        assert tag not in {"script", "link", "img", "iframe", "object", "embed", "base"}
        assert "src" not in attrs and "srcset" not in attrs
        assert not any(name.startswith("on") for name in attrs)  # no event handlers
        href = attrs.get("href")
        assert href is None or href.startswith("#"), href
        assert "url(" not in (attrs.get("style") or "")
    stylesheet = "".join(tags.styles)
    assert stylesheet and "url(" not in stylesheet and "@import" not in stylesheet
    assert "@font-face" not in stylesheet
    # Before the essays (the page's own head, styles and summary) there is no address at all.
    own = report.split('<section class="essay"')[0]
    assert "http:" not in own and "https:" not in own and "//" not in own


def test_a_page_of_plain_essays_holds_no_address(
    rubric: RubricSpec, nlp: Language, tmp_path: Path
) -> None:
    run_batch(iter([Essay("a", LEAGUE), Essay("b", NAVAL)]), rubric, nlp, tmp_path / "out")
    page = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert not re.search(r"https?:|url\(|@import|src=", page)


def test_evidence_is_highlighted_per_point(rubric: RubricSpec, nlp: Language) -> None:
    analysis = analyze(LEAGUE + " " + NAVAL, rubric, nlp, "plain")
    section = render_section(1, analysis)
    assert re.search(
        r'<mark class="c0" title="1\. The League of Nations had failed">'
        r"The League of Nations failed.*?</mark><sup class=\"tag\">1</sup>",
        section,
    )
    assert re.search(
        r'<mark class="c2" title="3\. The Anglo-German Naval Agreement">'
        r"In 1935 Britain.*?</mark><sup class=\"tag\">3</sup>",
        section,
    )
    assert "Missing (6)" in section and "Covered (2/8)" in section
    assert analysis.points[5].hint.replace("'", "&#39;") in section  # the Munich hint


def test_overlapping_evidence_is_merged() -> None:
    text = "abcdefghijkl"
    segments = highlight(text, [(2, 6, 1), (4, 8, 3), (4, 5, 1), (10, 11, 2), (11, 30, 4)])
    assert segments == [
        Segment("ab"),
        Segment("cdefgh", (1, 3)),
        Segment("ij"),
        Segment("k", (2,)),
        Segment("l", (4,)),
    ]
    assert "".join(s.text for s in segments) == text
    assert highlight(text, []) == [Segment(text)]


def test_class_summary_and_print_layout(report: str) -> None:
    assert "<strong>2</strong> essays marked" in report
    assert "<strong>1</strong> skipped" in report
    assert "Skipped: empty essay (no text to mark)" in report
    coverage = re.search(
        r"The League of Nations had failed</td>.*?<td class=\"num\">(.*?)</td>", report, re.S
    )
    assert coverage and coverage.group(1) == "2 (100%)"
    assert re.search(r"Points the class most often missed</h3>\s*<ol", report)
    assert report.count('<section class="essay"') == 2
    print_css = report.split("@media print")[1]
    assert "break-before: page" in print_css


def test_template_ships_inside_the_package() -> None:
    template = files("analyzer") / "templates" / "report.html.j2"
    assert template.is_file()
