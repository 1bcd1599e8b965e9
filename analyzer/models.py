"""Plain frozen data passed between the stages: parse -> match -> score -> feedback -> render."""

from __future__ import annotations

from dataclasses import dataclass, field

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Evidence:
    """A passage of the essay that states a point's claim."""

    text: str
    start: int  # character offset into Analysis.text
    end: int
    matched: tuple[str, ...] = ()  # the essay's words that matched, one per evidence element
    fuzzy: bool = False  # a misspelling was read as a key term
    sentences: int = 1  # 1, or 2 when the claim is spread over two neighbouring sentences


@dataclass(frozen=True)
class FactNote:
    """A wrong date or title the essay attaches to a term the rubric knows."""

    point_id: str
    term: str
    found: str
    expected: str
    text: str  # the sentence it was found in
    start: int
    end: int


@dataclass(frozen=True)
class PointResult:
    """Whether one rubric point is covered, and why."""

    id: str
    title: str
    covered: bool
    marks: int  # marks awarded for this point
    max_marks: int
    evidence: tuple[Evidence, ...] = ()
    confidence: float = 0.0
    hint: str = ""
    status: str = "missing"  # missing | mentioned | explained | contradicted
    contradiction: Evidence | None = None
    develop: str = ""  # how to develop a point that is only mentioned


@dataclass(frozen=True)
class Sentence:
    """One sentence of the essay, and whether it is a claim the student makes."""

    text: str
    start: int
    end: int
    kind: str = "claim"  # claim | question | heading | keywords | prompt


@dataclass(frozen=True)
class Analysis:
    """Everything the analyzer found in one essay; every renderer reads only this."""

    id: str
    rubric_id: str
    question: str
    text: str
    points: tuple[PointResult, ...]
    mark: int
    max_mark: int
    level: str
    level_descriptor: str = ""
    unmatched: tuple[Sentence, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    warnings: tuple[str, ...] = ()
    fact_notes: tuple[FactNote, ...] = ()
    status: str = "marked"  # marked | not-english
    word_count: int = 0
    schema_version: int = SCHEMA_VERSION

    @property
    def covered_ids(self) -> list[str]:
        """Ids of the covered points, in rubric order."""
        return [p.id for p in self.points if p.covered]


@dataclass(frozen=True)
class Essay:
    """An essay as read from a file, a CSV row or stdin."""

    id: str
    text: str
    source: str = ""  # file path or description, for messages
    meta: dict[str, str] = field(default_factory=dict)
