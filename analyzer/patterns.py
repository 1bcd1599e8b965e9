"""Try one evidence pattern on a window of sentences: placement, actors and negation.

A pattern names concepts that must all be found in a claim (one sentence, or two
neighbouring ones); its constraints say in what order, how close, with nobody else between,
and with which polarity: a plain concept must not be negated, a "not X" concept must be.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import pairwise, product
from typing import NamedTuple

from .parse import Parsed


class Occurrence(NamedTuple):
    """A term found in the essay: token range [start, end). One term may stand for several
    concepts; they share its Occurrence."""

    start: int
    end: int
    fuzzy: bool


class Terms:
    """The rubric terms found in one sentence, each with the concepts it stands for.

    Reads like a dict of concept -> occurrences (in the order the terms start); a concept's
    list is only built when it is first asked for, since most are never asked for."""

    __slots__ = ("_lists", "concepts", "terms")

    def __init__(self, terms: list[tuple[Occurrence, frozenset[str]]]):
        self.terms = terms
        self.concepts: frozenset[str] = frozenset().union(*[cs for _, cs in terms])
        self._lists: dict[str, list[Occurrence]] = {}

    def get(self, concept: str, default: Sequence[Occurrence] = ()) -> Sequence[Occurrence]:
        """The occurrences of a concept, or default when it is not found here."""
        found = self._lists.get(concept)
        if found is None:
            if concept not in self.concepts:
                return default
            found = self._lists[concept] = [occ for occ, cs in self.terms if concept in cs]
        return found

    def __contains__(self, concept: object) -> bool:
        return concept in self.concepts

    def __iter__(self) -> Iterator[str]:
        return iter(self.concepts)

    def keys(self) -> frozenset[str]:
        """The concepts found in the sentence."""
        return self.concepts


# sentence index -> the terms found in it
Found = dict[int, Terms]


@dataclass(frozen=True)
class Element:
    """One concept of a pattern, and whether it must be negated."""

    concept: str
    negated: bool
    topic: bool = False  # names what the claim is about: a negated verb does not unsay it


# A pattern without `within` still ends within this many words: in an answer written as one
# long sentence, "France let Hitler ..." and a "Rhineland" thirty words on are two claims.
MAX_SPAN = 40


@dataclass(frozen=True)
class Pattern:
    """An evidence item from the rubric, compiled."""

    elements: tuple[Element, ...]
    ordered: bool
    within: int  # (MAX_SPAN when the rubric gives none)
    neighbours: bool
    blockers: tuple[str, ...] = ()
    near: int | None = None
    context: tuple[str, ...] = ()

    @cached_property
    def concepts(self) -> frozenset[str]:
        """The concepts this pattern needs."""
        return frozenset(e.concept for e in self.elements) | frozenset(self.context)


@dataclass(frozen=True)
class Hit:
    """One pattern matched in one window of sentences."""

    sentences: tuple[int, ...]
    occurrences: tuple[Occurrence, ...]

    @property
    def fuzzy(self) -> bool:
        """True when a misspelling was read as a key term."""
        return any(o.fuzzy for o in self.occurrences)


def match_pattern(
    pattern: Pattern,
    window: tuple[int, ...],
    occurrences: Found,
    parsed: Parsed,
) -> Hit | None:
    """The first way the pattern's elements can all be found, with the right polarity."""
    if len(window) == 1:
        terms = occurrences.get(window[0])
        if terms is None or not pattern.concepts <= terms.concepts:
            return None
        context = set(window) if pattern.context else set()
        options = [terms.get(element.concept) for element in pattern.elements]
    else:
        present = [occurrences.get(s) or _NONE for s in window]
        context = {
            s for s, t in zip(window, present, strict=True) for c in pattern.context if c in t
        }
        if not all(any(c in t for t in present) for c in pattern.context):
            return None
        options = [[o for t in present for o in t.get(e.concept)] for e in pattern.elements]
        if not all(options):
            return None
    for choice in _assignments(options, pattern.ordered):
        if _fits(pattern, choice, window, occurrences, parsed, context) and _polarity_ok(
            pattern.elements, choice, parsed
        ):
            return Hit(window, choice)
    return None


_NONE = Terms([])


def _fits(
    pattern: Pattern,
    choice: tuple[Occurrence, ...],
    window: tuple[int, ...],
    occurrences: Found,
    parsed: Parsed,
    context: set[int],
) -> bool:
    """The pattern's constraints on where its elements stand, polarity aside (cheap ones
    first)."""
    within = pattern.within
    first, last = min(o.start for o in choice), max(o.end for o in choice)
    if last - first > within and (
        last - first - _bracketed(parsed.keys, first, last) - _skipped(window, parsed) > within
    ):
        return False  # (asides do not count: "Britain (in June 1935) signed"; nor do the
        # sentences between a topic and its claim)
    return (
        not _overlapping(choice)
        and (
            pattern.near is None
            or len(choice) < 2
            or _near(choice[0], choice[1], pattern.near, parsed)
        )
        and not (
            pattern.blockers and _blocked(pattern.blockers, choice, window, occurrences, parsed)
        )
        and (len(window) == 1 or _spans_window(choice, window, parsed, context))
    )


def _skipped(window: tuple[int, ...], parsed: Parsed) -> int:
    """Tokens of the sentences between a window's sentences (a topic and a later claim)."""
    if len(window) < 2 or window[-1] - window[0] < 2:
        return 0
    return parsed.sentences[window[-1]][0] - parsed.sentences[window[0] + 1][0]


def _assignments(
    options: Sequence[Sequence[Occurrence]], ordered: bool, limit: int = 2000
) -> Iterator[tuple[Occurrence, ...]]:
    """Every choice of one occurrence per element (in order, when ordered), first to last."""
    count = 0
    for choice in product(*options):
        if ordered and any(b.start < a.end for a, b in pairwise(choice)):
            continue
        yield choice
        count += 1
        if count > limit:
            return


def _blocked(
    blockers: tuple[str, ...],
    choice: tuple[Occurrence, ...],
    window: tuple[int, ...],
    occurrences: Found,
    parsed: Parsed,
) -> bool:
    """True when a blocker concept stands between the first and last matched element (as an
    actor: not as the object of a preposition)."""
    first = min(o.start for o in choice)
    last = max(o.end for o in choice)
    taken = [(o.start, o.end) for o in choice]
    for s in window:
        terms = occurrences.get(s) or _NONE
        for concept in blockers:
            for occ in terms.get(concept):
                inside = first <= occ.start and occ.end <= last
                overlaps = any(a < occ.end and occ.start < b for a, b in taken)
                if (
                    inside
                    and not overlaps
                    and not _object_of_preposition(parsed, occ)
                    and not _in_brackets(parsed.keys, first, occ.start)
                ):
                    return True
    return False


def _bracketed(keys: list[str], start: int, end: int) -> int:
    """How many of the tokens from start to end stand inside brackets or between a pair of
    dashes (the marks too): an aside does not make a claim longer."""
    inside: set[int] = set()
    depth = 0
    for i in range(start, end):
        if keys[i] == "(":
            depth += 1
        if depth:
            inside.add(i)
        if keys[i] == ")" and depth:
            depth -= 1
    dashes = [i for i in range(start, end) if keys[i] == "-"]
    for left, right in zip(dashes[::2], dashes[1::2], strict=False):
        inside.update(range(left, right + 1))
    return len(inside)


def _in_brackets(keys: list[str], start: int, at: int) -> bool:
    """True when token `at` stands inside brackets opened after `start`: "(and without
    telling France)" names no actor of the claim around it."""
    depth = 0
    for key in keys[start:at]:
        depth += (key == "(") - (key == ")" and depth > 0)
    return depth > 0


# "Stalin gave up on Britain and signed": after one of these, a name is no verb's subject.
# ("of" is left out: in "scared of Hitler" the name is what the claim is about.)
PREPOSITIONS = {
    "on",
    "with",
    "to",
    "about",
    "from",
    "against",
    "for",
    "at",
    "toward",
    "towards",
    "into",
    "over",
    "upon",
}


def _object_of_preposition(parsed: Parsed, occ: Occurrence) -> bool:
    """True when the match follows a preposition ('on Britain', 'with the West'), also as the
    second of two names ('on Britain and France')."""
    keys, sent = parsed.keys, parsed.sent_of[occ.start]
    i = occ.start - 1
    if i >= 0 and keys[i] == "the":
        i -= 1
    if i >= 1 and keys[i] in ("and", "or") and parsed.word(i - 1)[:1].isupper():
        i -= 2  # over "Britain and"
        if i >= 0 and keys[i] == "the":
            i -= 1
    return i >= 0 and parsed.sent_of[i] == sent and keys[i] in PREPOSITIONS


def _near(a: Occurrence, b: Occurrence, limit: int, parsed: Parsed) -> bool:
    """Two matches in one sentence, at most limit words apart; an aside set off by commas
    between them ('France, despite its army, did nothing') does not count."""
    if parsed.sent_of[a.start] != parsed.sent_of[b.start]:
        return False
    first, second = (a, b) if a.start <= b.start else (b, a)
    gap = second.start - first.end
    if gap > limit + MAX_ASIDE:
        return False  # even without its longest aside, too far apart
    if gap <= limit and "," not in parsed.keys[first.end : second.start]:
        return True  # close, and no comma to close a clause
    between = [parsed.word(i) for i in range(first.end, second.start)]
    closes_clause = not CLAUSE_MARKS.isdisjoint(between) and between[0] not in CLAUSE_MARKS
    if first is a and closes_clause and _in_relative_clause(parsed, a):
        return False  # "the League, which Britain and France led, did nothing": not their act
    if first is a and between[0] == "," and _agent_of_aside(parsed, a):
        return False  # "the League, dominated by Britain and France, failed": not their act
    # (an aside right after the actor, "the USSR, an ally of Prague, was not invited", is fine)
    return len(between) - _aside(between) <= limit


RELATIVE = {"which", "who", "whom", "whose", "that"}


def _in_relative_clause(parsed: Parsed, occ: Occurrence) -> bool:
    """True when the match sits in a relative clause opened since the last comma."""
    i = occ.start - 1
    sent = parsed.sent_of[occ.start]
    while i >= 0 and parsed.sent_of[i] == sent and parsed.word(i) != ",":
        if parsed.keys[i] in RELATIVE:
            return True
        i -= 1
    return False


def _agent_of_aside(parsed: Parsed, occ: Occurrence, reach: int = 6) -> bool:
    """True when the match is the agent of a participle set off by a comma just before it:
    ', dominated by Britain and France,' describes what came before the comma."""
    i = occ.start - 1
    sent = parsed.sent_of[occ.start]
    while i >= max(0, occ.start - reach) and parsed.sent_of[i] == sent:
        if parsed.keys[i] == ",":
            opener = parsed.word(i + 1).lower()
            participle = opener.endswith(("ed", "en")) or opener in ("led", "run", "backed")
            return participle and "by" in parsed.keys[i + 1 : occ.start]
        i -= 1
    return False


ASIDE_MARKS = {",", "-", "–", "—", "(", ")"}  # (words as written: dashes are not normalised)
CLAUSE_MARKS = frozenset((",", "–", "—"))  # what closes a relative clause before its verb
MAX_ASIDE = 24


def _aside(between: list[str]) -> int:
    """Length of one short aside set off by commas, dashes or brackets, else 0."""
    marks = [i for i, text in enumerate(between) if text in ASIDE_MARKS]
    if len(marks) < 2:
        return 0
    inner = between[marks[0] : marks[-1] + 1]
    if len(inner) > MAX_ASIDE or any(t in (":", ";", ".") for t in inner):
        return 0
    return len(inner)


def _spans_window(
    choice: tuple[Occurrence, ...], window: tuple[int, ...], parsed: Parsed, context: set[int]
) -> bool:
    """A claim spread over sentences must draw on each of them (context counts)."""
    used = {parsed.sent_of[o.start] for o in choice} | context
    return all(s in used for s in window)


def _overlapping(choice: tuple[Occurrence, ...]) -> bool:
    spans = sorted((o.start, o.end) for o in choice)
    return any(b[0] < a[1] and a != b for a, b in pairwise(spans))


def _polarity_ok(
    elements: tuple[Element, ...], choice: tuple[Occurrence, ...], parsed: Parsed
) -> bool:
    """Negated elements need an odd number of cues; the rest an even number of unused cues."""
    negated_by = parsed.negated_by
    if not any(e.negated for e in elements) and all(o.start not in negated_by for o in choice):
        return True  # nothing negated, nothing needs to be
    consumed: set[int] = set()
    # a cue that starts inside a matched term belongs to it: "no authority" is a claim, and
    # in "Poland refused to let the Red Army cross" the refusal is the claim, not a negation
    cue_starts = parsed.cue_starts
    for occ in choice:
        consumed.update(range(bisect_left(cue_starts, occ.start), bisect_left(cue_starts, occ.end)))
    dismissals = parsed.dismissals - consumed
    for element, occ in zip(elements, choice, strict=True):
        # dismissed ("... but that was not the reason"): no claim either way; but what the
        # correction that follows is about may come from the sentence it corrects ("France
        # stood up to Hitler in the Rhineland. Actually that's wrong, France did nothing")
        dismissed = dismissals.intersection(negated_by.get(occ.start, ()))
        if dismissed and not (element.topic and _corrected_before(parsed, dismissed, occ)):
            return False
    for element, occ in zip(elements, choice, strict=True):
        if element.negated:
            cues = set(parsed.negated_by.get(occ.start, ())) - consumed
            if len(cues) % 2 == 0:
                return False
            consumed |= cues
    for element, occ in zip(elements, choice, strict=True):
        if element.negated:
            continue
        cues = set(parsed.negated_by.get(occ.start, ())) - consumed
        if not element.topic and len(cues) % 2 == 1:
            return False
        if element.topic and any(_denies(parsed, cue, occ) for cue in cues):
            return False  # "it was Italy, not France, that signed": France is denied
    return True


def _corrected_before(parsed: Parsed, cues: frozenset[int], occ: Occurrence) -> bool:
    """The dismissing cues all stand in a later sentence than the term: the term is in a
    sentence that a correction takes back."""
    sentence = parsed.sent_of[occ.start]
    return all(parsed.sent_of[parsed.cue_spans[c][0]] > sentence for c in cues)


def _denies(parsed: Parsed, cue: int, occ: Occurrence) -> bool:
    """True when the cue is a bare 'not' right before the term ('not France')."""
    start, end = parsed.cue_spans[cue]
    return end == occ.start and end - start == 1 and parsed.keys[start] == "not"
