"""The analyzer's core: essay text + rubric -> Analysis (plain data, no I/O)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache

from spacy.language import Language

from . import claims
from .feedback import develop_status, fact_notes
from .matching import CompiledRubric, find_occurrences
from .models import Analysis, Evidence, PointResult, Sentence
from .parse import Parsed, build_pipeline, parse, parse_many
from .patterns import Found, Hit, Pattern, match_pattern
from .rubric_schema import PointSpec, RubricSpec
from .scoring import score

MAX_EVIDENCE = 3
# Candidate windows (one sentence, or two) with the concepts found in each, by "neighbours".
Windows = dict[bool, list[tuple[tuple[int, ...], frozenset[str]]]]


@lru_cache(maxsize=1)
def default_pipeline() -> Language:
    """The default pipeline, built once per process."""
    return build_pipeline()


# Keeps the rubric and pipeline alive with their compiled form, so an id is never reused.
_compiled: dict[tuple[int, int], tuple[RubricSpec, Language, CompiledRubric]] = {}


def compile_rubric(rubric: RubricSpec, nlp: Language) -> CompiledRubric:
    """A rubric compiled for a pipeline, cached for the life of both."""
    key = (id(rubric), id(nlp))
    if key not in _compiled:
        _compiled[key] = (rubric, nlp, CompiledRubric(rubric, nlp))
    return _compiled[key][2]


def analyze(
    text: str, rubric: RubricSpec, nlp: Language | None = None, essay_id: str = "essay"
) -> Analysis:
    """Analyse one essay against a rubric."""
    nlp = nlp or default_pipeline()
    return analyze_parsed(parse(text, nlp), rubric, compile_rubric(rubric, nlp), essay_id)


def analyze_many(
    items: Iterable[tuple[str, str]], rubric: RubricSpec, nlp: Language | None = None
) -> Iterator[Analysis]:
    """Analyse (id, text) pairs as a stream through nlp.pipe."""
    nlp = nlp or default_pipeline()
    compiled = compile_rubric(rubric, nlp)
    pairs = list(items)
    for (essay_id, _), parsed in zip(pairs, parse_many([t for _, t in pairs], nlp), strict=True):
        yield analyze_parsed(parsed, rubric, compiled, essay_id)


def analyze_parsed(
    parsed: Parsed, rubric: RubricSpec, compiled: CompiledRubric, essay_id: str
) -> Analysis:
    """Match, score and give feedback on a parsed essay."""
    layout = claims.layout(parsed, rubric.question)
    kinds = layout.kinds
    sentences = tuple(
        Sentence(*_span_text(parsed, (i,)), kind=kinds[i]) for i in range(len(parsed.sentences))
    )
    words = parsed.word_count
    if not parsed.english:
        points = tuple(_missing(p) for p in rubric.points)
        return score(
            rubric,
            essay_id,
            parsed.text,
            points,
            sentences,
            (),
            words,
            status="not-english",
            warnings=("The essay does not look like English, so it was not marked.",),
        )
    occurrences = find_occurrences(parsed, compiled)
    windows = {nb: layout.windows_with_concepts(nb, occurrences) for nb in (False, True)}
    found = frozenset().union(*(t.concepts for t in occurrences.values()))
    definitions = _bare_definitions(parsed, layout.definitions, occurrences, compiled.topics)
    results = []
    used: set[int] = set()
    for point in rubric.points:
        result, hits = _point_result(
            point, compiled, parsed, windows, occurrences, found, definitions, layout.kinds
        )
        results.append(result)
        for hit in hits:
            used.update(hit.sentences)
    unmatched = tuple(
        s for i, s in enumerate(sentences) if s.kind == claims.CLAIM and i not in used
    )
    notes = fact_notes(rubric, compiled, parsed, occurrences)
    return score(
        rubric, essay_id, parsed.text, tuple(results), sentences, unmatched, words, fact_notes=notes
    )


PRONOUNS = frozenset("he she it they him her them his its their we us our you your i me my".split())


def _bare_definitions(
    parsed: Parsed, definitions: Mapping[int, int], occurrences: Found, topics: frozenset[str]
) -> frozenset[int]:
    """The definitions that name no topic in what they say a word means: "Appeasement is a
    policy where you give in to a bully" claims nothing, "Appeasement is a policy where
    Britain gave Hitler what he wanted" does (a name: not "he")."""
    bare = set()
    for n, at in definitions.items():
        terms = occurrences.get(n)
        if terms is None or not any(
            occ.start >= at and parsed.keys[occ.start] not in PRONOUNS
            for concept in topics & terms.concepts
            for occ in terms.get(concept)
        ):
            bare.add(n)
    return frozenset(bare)


def _point_result(
    point: PointSpec,
    compiled: CompiledRubric,
    parsed: Parsed,
    windows: Windows,
    occurrences: Found,
    found: frozenset[str],
    definitions: frozenset[int],
    kinds: list[str],
) -> tuple[PointResult, list[Hit]]:
    hits = _find_hits(
        compiled.evidence[point.id], parsed, windows, occurrences, MAX_EVIDENCE, found, definitions
    )
    against = _find_hits(compiled.contradictions[point.id], parsed, windows, occurrences, 1, found)
    if against:
        contradiction = _evidence(parsed, against[0])
        return _missing(point, status="contradicted", contradiction=contradiction), []
    if not hits:
        return _missing(point), []
    evidence = tuple(_evidence(parsed, h) for h in hits)
    status = develop_status(point, hits, parsed, kinds, occurrences)
    marks = point.marks + (point.develop_marks if status == "explained" else 0)
    confidence = max(_confidence(h) for h in hits)
    return (
        PointResult(
            id=point.id,
            title=point.title,
            covered=True,
            marks=marks,
            max_marks=point.marks + point.develop_marks,
            evidence=evidence,
            confidence=confidence,
            hint=point.hint,
            status=status,
            develop=point.develop if status == "mentioned" else "",
        ),
        hits,
    )


def _missing(
    point: PointSpec, status: str = "missing", contradiction: Evidence | None = None
) -> PointResult:
    return PointResult(
        id=point.id,
        title=point.title,
        covered=False,
        marks=0,
        max_marks=point.marks + point.develop_marks,
        hint=point.hint,
        status=status,
        contradiction=contradiction,
    )


def _find_hits(
    patterns: list[Pattern],
    parsed: Parsed,
    windows: Windows,
    occurrences: Found,
    limit: int,
    found: frozenset[str],
    definitions: frozenset[int] = frozenset(),
) -> list[Hit]:
    """Up to limit hits, in sentence order: single claims first, then pairs of sentences.
    found: every concept found in the essay (a pattern needing another cannot match);
    definitions: sentences that define a word, where a term alone claims nothing."""
    hits: list[Hit] = []
    covered: set[int] = set()
    for neighbours in (False, True):
        for pattern in patterns:
            concepts = pattern.concepts
            if (neighbours and not pattern.neighbours) or not concepts <= found:
                continue
            # cheap pre-check: every concept must occur somewhere in the window
            for window in [w for w, present in windows[neighbours] if concepts <= present]:
                if not covered.isdisjoint(window):
                    continue
                if len(pattern.elements) == 1 and definitions.issuperset(window):
                    continue  # "Appeasement is when you give in to a bully": no claim
                hit = match_pattern(pattern, window, occurrences, parsed)
                if hit is not None:
                    hits.append(hit)
                    covered.update(window)
                    if len(hits) >= limit:
                        return sorted(hits, key=lambda h: h.sentences)
        if hits:
            break
    return sorted(hits, key=lambda h: h.sentences)


def _span_text(parsed: Parsed, window: tuple[int, ...]) -> tuple[str, int, int]:
    start = parsed.starts[parsed.sentences[window[0]][0]]
    end = parsed.ends[parsed.sentences[window[-1]][1] - 1]
    return parsed.text[start:end], start, end


def _evidence(parsed: Parsed, hit: Hit) -> Evidence:
    text, start, end = _span_text(parsed, hit.sentences)
    matched = tuple(parsed.span(o.start, o.end) for o in hit.occurrences)
    return Evidence(text, start, end, matched, hit.fuzzy, len(hit.sentences))


def _confidence(hit: Hit) -> float:
    value = 0.95
    if hit.fuzzy:
        value -= 0.15
    if len(hit.sentences) > 1:
        value -= 0.2
    return round(value, 2)
