"""The rubric file format, as pydantic models: strict, every field typed and documented."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, field_validator

ID_PATTERN = r"^[a-z][a-z0-9_\-]*$"
ELEMENT_RE = re.compile(r"^(not\s+)?([a-z][a-z0-9_]*)$")


class Strict(BaseModel):
    """Base model: unknown keys rejected, values frozen, strings stripped."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class EvidenceSpec(Strict):
    """One way of stating a claim: concepts that must all appear in one claim."""

    all: Annotated[
        list[str],
        Field(
            min_length=1,
            description=(
                "Concept names that must all appear in the claim. Prefix a name with 'not ' "
                "when it must be negated ('not invite' matches 'was not invited')."
            ),
        ),
    ]
    ordered: bool = Field(
        False, description="The concepts must appear in this order (who does what to whom)."
    )
    within: int | None = Field(
        None,
        ge=1,
        description=(
            "At most this many words from the first concept to the last (40 when not given)."
        ),
    )
    context: list[str] = Field(
        default_factory=list,
        description=(
            "Concepts that must also appear somewhere in the claim, free of the order and "
            "distance rules (the antecedent of 'they', say)."
        ),
    )
    near: int | None = Field(
        None,
        ge=0,
        description=(
            "At most this many words between the first two concepts (an actor and what "
            "it did), however far the rest of the claim reaches."
        ),
    )
    neighbours: bool = Field(
        True, description="The claim may be spread over two neighbouring sentences."
    )
    blockers: list[str] = Field(
        default_factory=list,
        description=(
            "Concepts that must not stand between the first and last matched concept "
            "(another actor between subject and verb means someone else does it)."
        ),
    )

    @field_validator("all")
    @classmethod
    def _elements_well_formed(cls, value: list[str]) -> list[str]:
        bad = [v for v in value if not ELEMENT_RE.match(v)]
        if bad:
            raise ValueError(
                f"elements must be a concept name, optionally prefixed by 'not ': got {bad}"
            )
        return value


class FactSpec(Strict):
    """A fact about a term, used to flag a wrong year or title in the essay."""

    term: Annotated[list[str], Field(min_length=1, description="Ways of writing the term.")]
    years: list[int] = Field(
        default_factory=list, description="Years that are right for the term (any of them)."
    )
    title: str | None = Field(None, description="The right title or role, e.g. 'Prime Minister'.")
    wrong_titles: list[str] = Field(
        default_factory=list,
        description="Titles that would be wrong for this term (checked near the term).",
    )
    note: str = Field("", description="What to tell the student, e.g. 'signed in June 1935'.")


class PointSpec(Strict):
    """One rubric point: a claim the essay should make."""

    id: str = Field(pattern=ID_PATTERN, description="Stable id used in outputs and labels.")
    title: str = Field(min_length=1)
    claim: str = Field(min_length=1, description="The core claim, as a teacher would state it.")
    hint: str = Field(min_length=1, description="What to tell a student who missed the point.")
    marks: int = Field(1, ge=0, description="Marks for making the point.")
    evidence: Annotated[list[EvidenceSpec], Field(min_length=1)]
    contradicted_by: list[EvidenceSpec] = Field(
        default_factory=list,
        description="Statements that contradict the claim; the point is then not credited.",
    )
    develop_marks: int = Field(
        0, ge=0, description="Extra marks when the point is explained, not just mentioned."
    )
    details: list[str] = Field(
        default_factory=list,
        description="Concepts that count as a specific detail (a date, name or number).",
    )
    develop: str = Field("", description="How to develop the point once it is mentioned.")
    facts: list[FactSpec] = Field(default_factory=list)


class LevelSpec(Strict):
    """A band of marks with a name and a descriptor."""

    min: int = Field(ge=0)
    max: int = Field(ge=0)
    name: str = Field(min_length=1)
    descriptor: str = ""


class RubricSpec(Strict):
    """A whole rubric: the question, shared concepts, points and level bands."""

    schema_version: int = Field(1, ge=1, le=1)
    id: str = Field(pattern=ID_PATTERN)
    question: str = Field(min_length=1)
    language: str = Field("en", pattern=r"^en$", description="Only English is supported.")
    concepts: dict[str, Annotated[list[str], Field(min_length=1)]] = Field(
        description="Named synonym sets: each a list of words or phrases, matched on lemmas."
    )
    masking: list[str] = Field(
        default_factory=list,
        description=(
            "Concepts whose matches hide other concepts' terms inside them "
            "('Treaty of Versailles' hides 'treaty')."
        ),
    )
    topics: list[str] = Field(
        default_factory=list,
        description=(
            "Concepts that name what a claim is about (Munich, the League): a negation of the "
            "verb ('Stalin did not go to Munich') does not unsay them."
        ),
    )
    causal_links: list[str] = Field(
        default_factory=lambda: [
            "because",
            "so",
            "therefore",
            "this meant",
            "which meant",
            "as a result",
            "this made",
            "this showed",
            "which showed",
            "this convinced",
            "led to",
            "this worried",
        ],
        description="Words that link a claim to the question's outcome (development credit).",
    )
    points: Annotated[list[PointSpec], Field(min_length=1)]
    levels: Annotated[list[LevelSpec], Field(min_length=1)]

    @field_validator("concepts")
    @classmethod
    def _concept_names(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        bad = [k for k in value if not re.match(r"^[a-z][a-z0-9_]*$", k)]
        if bad:
            raise ValueError(f"concept names must be lower-case words with '_': got {bad}")
        return value
