"""Property tests: no input crashes the analyzer or a renderer; evidence stays in the text."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analyzer import analyze
from analyzer.render import RENDERERS

WORDS = st.sampled_from(
    "Stalin Munich not invited Britain France League failed Drax slow boat pact Hitler "
    "never appeasement Chamberlain hated communism navy Rhineland did nothing . , ; : ? - "
    "\n • -> 1938 n't no without".split(" ")
)
ESSAYS = st.one_of(
    st.lists(WORDS, min_size=1, max_size=60).map(" ".join),
    st.text(min_size=1, max_size=300),
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=ESSAYS)
def test_any_text_is_analysed_and_rendered(nlp, rubric, text: str) -> None:
    if not text.strip():
        return
    analysis = analyze(text, rubric, nlp)
    assert 0 <= analysis.mark <= analysis.max_mark
    for point in analysis.points:
        for ev in point.evidence:
            assert 0 <= ev.start < ev.end <= len(text)
            assert text[ev.start : ev.end] == ev.text
        assert point.covered == bool(point.evidence)
    for render in RENDERERS.values():
        assert isinstance(render(analysis), str)
    json.loads(RENDERERS["json"](analysis))
