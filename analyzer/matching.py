"""Match a rubric's evidence patterns against an essay's claims.

Concept terms are compiled once per rubric into lemma sequences indexed by their first
lemma. An essay's tokens are looked up in that index (misspelled words are first read as
the nearest key term), then each evidence pattern is tried on every claim and every pair of
neighbouring claims, with negation checked element by element.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from itertools import pairwise
from typing import NamedTuple

from rapidfuzz import fuzz, process
from spacy.language import Language

from .parse import Parsed, lexicon
from .rubric_schema import ELEMENT_RE, EvidenceSpec, RubricSpec

MIN_FUZZY_LEN = 5
WILDCARD = "*"
WILDCARD_MAX = 3  # a '*' in a term stands for one to three words
CAUSAL = "__causal"


def fact_concept(point_id: str, n: int) -> str:
    """Internal concept name for the terms of a point's n-th fact."""
    return f"__fact:{point_id}:{n}"


def title_concept(point_id: str, n: int) -> str:
    """Internal concept name for the wrong titles of a point's n-th fact."""
    return f"__title:{point_id}:{n}"


class Occurrence(NamedTuple):
    """A concept term found in the essay: token range [start, end)."""

    concept: str
    start: int
    end: int
    fuzzy: bool


@dataclass(frozen=True)
class Element:
    concept: str
    negated: bool
    topic: bool = False  # names what the claim is about: a negated verb does not unsay it


@dataclass(frozen=True)
class Pattern:
    elements: tuple[Element, ...]
    ordered: bool
    within: int | None
    neighbours: bool
    blockers: tuple[str, ...] = ()
    near: int | None = None

    @cached_property
    def concepts(self) -> frozenset[str]:
        """The concepts this pattern needs."""
        return frozenset(e.concept for e in self.elements)


@dataclass(frozen=True)
class Hit:
    """One pattern matched in one window of sentences."""

    sentences: tuple[int, ...]
    occurrences: tuple[Occurrence, ...]

    @property
    def fuzzy(self) -> bool:
        return any(o.fuzzy for o in self.occurrences)


class CompiledRubric:
    """A rubric's concepts and patterns in the form the matcher uses."""

    def __init__(self, rubric: RubricSpec, nlp: Language):
        self.rubric = rubric
        self.index: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
        vocab: set[str] = set()
        concepts = dict(rubric.concepts)
        concepts[CAUSAL] = list(rubric.causal_links)
        for point in rubric.points:
            for n, fact in enumerate(point.facts):
                concepts[fact_concept(point.id, n)] = list(fact.term)
                if fact.wrong_titles:
                    concepts[title_concept(point.id, n)] = list(fact.wrong_titles)
        for concept in concepts:
            for term in expand_terms(concepts, concept):
                for keys in _term_keys(term, nlp):
                    if (keys, concept) not in self.index[keys[0]]:
                        self.index[keys[0]].append((keys, concept))
                    vocab.update(k for k in keys if k.isalpha() and len(k) >= MIN_FUZZY_LEN - 1)
        for entries in self.index.values():
            entries.sort(key=lambda e: -len(e[0]))  # longest term first
        # Terms of two or more plain words, also indexed by their first two words, so a
        # common first word ("the") does not try every term that starts with it.
        self.pairs: dict[tuple[str, str], list[tuple[tuple[str, ...], str]]] = defaultdict(list)
        self.singles: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
        for first, entries in self.index.items():
            for keys, concept in entries:
                if len(keys) > 1 and keys[1] != WILDCARD:
                    self.pairs[(first, keys[1])].append((keys, concept))
                else:
                    self.singles[first].append((keys, concept))
        self.by_letter: dict[str, list[str]] = defaultdict(list)
        for word in sorted(vocab):
            self.by_letter[word[0]].append(word)
        topics = set(rubric.topics)
        self.evidence = {p.id: [_pattern(e, topics) for e in p.evidence] for p in rubric.points}
        self.contradictions = {
            p.id: [_pattern(e, topics) for e in p.contradicted_by] for p in rubric.points
        }
        self._spell_cache: dict[str, str | None] = {}

    def correct(self, word: str) -> str | None:
        """The key term a misspelled word most likely stands for, or None."""
        if word in self._spell_cache:
            return self._spell_cache[word]
        result = None
        candidates = self.by_letter.get(word[0], [])
        if len(word) >= MIN_FUZZY_LEN and candidates:
            cutoff = 80.0 if len(word) <= 6 else 78.0
            best = process.extractOne(word, candidates, scorer=fuzz.ratio, score_cutoff=cutoff)
            if best is not None:
                result = best[0]
        self._spell_cache[word] = result
        return result


def expand_terms(
    concepts: dict[str, list[str]], name: str, seen: frozenset[str] = frozenset()
) -> list[str]:
    """A concept's terms, with '@other' references replaced by the other concept's terms."""
    out: list[str] = []
    for term in concepts.get(name, ()):
        ref = term[1:].strip() if term.startswith("@") else None
        if ref is None:
            out.append(term)
        elif ref not in seen and ref != name:
            out.extend(expand_terms(concepts, ref, seen | {name}))
    return out


def _pattern(spec: EvidenceSpec, topics: set[str]) -> Pattern:
    elements = []
    for raw in spec.all:
        found = ELEMENT_RE.match(raw)
        assert found is not None  # validated when the rubric was loaded
        negated = bool(found.group(1))
        concept = found.group(2)
        elements.append(Element(concept, negated, concept in topics and not negated))
    return Pattern(
        tuple(elements),
        spec.ordered,
        spec.within,
        spec.neighbours,
        tuple(spec.blockers),
        spec.near,
    )


def _term_keys(term: str, nlp: Language) -> list[tuple[str, ...]]:
    """Lemma sequences for a term, as the essay's tokens will be keyed."""
    from .parse import from_doc

    parts = [p.strip() for p in term.split(WILDCARD)]
    keys: list[str] = []
    for n, part in enumerate(parts):
        if n:
            keys.append(WILDCARD)
        if part:
            keys.extend(t.key for t in from_doc(part, nlp(part)).tokens)
    return [tuple(keys)] if keys and keys[0] != WILDCARD else []


def _match_term(keys: list[str], i: int, term: tuple[str, ...], end: int) -> int | None:
    """Where the term ends if it starts at token i (a '*' spans one to three words)."""
    if not term:
        return i
    head, rest = term[0], term[1:]
    if head == WILDCARD:
        for gap in range(1, WILDCARD_MAX + 1):
            if i + gap > end or any(not k.isalnum() for k in keys[i : i + gap]):
                break
            stop = _match_term(keys, i + gap, rest, end)
            if stop is not None:
                return stop
        return None
    if i < end and keys[i] == head:
        return _match_term(keys, i + 1, rest, end)
    return None


def essay_keys(parsed: Parsed, compiled: CompiledRubric) -> tuple[list[str], list[bool]]:
    """Each token's key, with misspelled key terms corrected; and which were corrected."""
    words = lexicon()
    keys: list[str] = []
    fuzzy: list[bool] = []
    for tok in parsed.tokens:
        key = tok.key
        corrected = False
        if not tok.known and key not in compiled.index and tok.text.isalpha():
            guess = compiled.correct(key)
            if guess is not None and key not in words:
                key, corrected = guess, True
        keys.append(key)
        fuzzy.append(corrected)
    return keys, fuzzy


def find_occurrences(
    parsed: Parsed, compiled: CompiledRubric
) -> dict[int, dict[str, list[Occurrence]]]:
    """Concept terms found in each sentence: sentence -> concept -> occurrences."""
    keys, fuzzy = essay_keys(parsed, compiled)
    found: dict[int, dict[str, list[Occurrence]]] = defaultdict(lambda: defaultdict(list))
    pairs, singles = compiled.pairs, compiled.singles
    no_terms: list[tuple[tuple[str, ...], str]] = []
    for s_index, (start, end) in enumerate(parsed.sentences):
        here = found[s_index]
        for i in range(start, end):
            key = keys[i]
            longer = pairs.get((key, keys[i + 1]), no_terms) if i + 1 < end else no_terms
            for candidates in (longer, singles.get(key, no_terms)):
                for term, concept in candidates:
                    if WILDCARD in term:
                        stop = _match_term(keys, i, term, end)
                    else:
                        stop = i + len(term)
                        if stop > end or (stop - i > 2 and tuple(keys[i:stop]) != term):
                            stop = None
                    if stop is not None:
                        here[concept].append(Occurrence(concept, i, stop, any(fuzzy[i:stop])))
    if compiled.rubric.masking:
        _mask(found, set(compiled.rubric.masking))
    return found


def _mask(found: dict[int, dict[str, list[Occurrence]]], masking: set[str]) -> None:
    """Drop terms that lie inside a masking concept's match ('treaty' in 'Treaty of Versailles')."""
    for by_concept in found.values():
        masks = [o for c in masking for o in by_concept.get(c, ())]
        if not masks:
            continue
        for concept, occs in list(by_concept.items()):
            if concept in masking:
                continue
            kept = [
                o
                for o in occs
                if not any(
                    m.start <= o.start and o.end <= m.end and (m.end - m.start) > (o.end - o.start)
                    for m in masks
                )
            ]
            if kept:
                by_concept[concept] = kept
            else:
                del by_concept[concept]


def match_pattern(
    pattern: Pattern,
    window: tuple[int, ...],
    occurrences: dict[int, dict[str, list[Occurrence]]],
    parsed: Parsed,
) -> Hit | None:
    """The first way the pattern's elements can all be found, with the right polarity."""
    options: list[list[Occurrence]] = []
    for element in pattern.elements:
        found = [o for s in window for o in occurrences.get(s, {}).get(element.concept, ())]
        if not found:
            return None
        options.append(found)
    for choice in _assignments(options, pattern.ordered):
        if _fits(pattern, choice, window, occurrences, parsed) and _polarity_ok(
            pattern.elements, choice, parsed
        ):
            return Hit(window, tuple(choice))
    return None


def _fits(
    pattern: Pattern,
    choice: list[Occurrence],
    window: tuple[int, ...],
    occurrences: dict[int, dict[str, list[Occurrence]]],
    parsed: Parsed,
) -> bool:
    """The pattern's constraints on where its elements stand, polarity aside."""
    span = max(o.end for o in choice) - min(o.start for o in choice)
    if pattern.within is not None and span > pattern.within:
        return False
    near_ok = (
        pattern.near is None or len(choice) < 2 or _near(choice[0], choice[1], pattern.near, parsed)
    )
    return (
        near_ok
        and not _overlapping(choice)
        and not (pattern.blockers and _blocked(pattern.blockers, choice, window, occurrences))
        and (len(window) == 1 or _spans_window(choice, window, parsed))
    )


def _assignments(
    options: list[list[Occurrence]], ordered: bool, limit: int = 2000
) -> Iterator[list[Occurrence]]:
    count = 0

    def walk(i: int, chosen: list[Occurrence]) -> Iterator[list[Occurrence]]:
        nonlocal count
        if count > limit:
            return
        if i == len(options):
            count += 1
            yield list(chosen)
            return
        for occ in options[i]:
            if ordered and chosen and occ.start < chosen[-1].end:
                continue
            chosen.append(occ)
            yield from walk(i + 1, chosen)
            chosen.pop()

    yield from walk(0, [])


def _blocked(
    blockers: tuple[str, ...],
    choice: list[Occurrence],
    window: tuple[int, ...],
    occurrences: dict[int, dict[str, list[Occurrence]]],
) -> bool:
    """True when a blocker concept stands between the first and last matched element."""
    first = min(o.start for o in choice)
    last = max(o.end for o in choice)
    taken = [(o.start, o.end) for o in choice]
    for s in window:
        for concept in blockers:
            for occ in occurrences.get(s, {}).get(concept, ()):
                inside = first <= occ.start and occ.end <= last
                overlaps = any(a < occ.end and occ.start < b for a, b in taken)
                if inside and not overlaps:
                    return True
    return False


def _near(a: Occurrence, b: Occurrence, limit: int, parsed: Parsed) -> bool:
    """Two matches in one sentence, at most limit words apart; an aside set off by commas
    between them ('France, despite its army, did nothing') does not count."""
    if parsed.tokens[a.start].sent != parsed.tokens[b.start].sent:
        return False
    first, second = (a, b) if a.start <= b.start else (b, a)
    between = [parsed.tokens[i].text for i in range(first.end, second.start)]
    return len(between) - _aside(between) <= limit


ASIDE_MARKS = {",", "-", "(", ")"}


def _aside(between: list[str]) -> int:
    """Length of one short aside set off by commas, dashes or brackets, else 0."""
    marks = [i for i, text in enumerate(between) if text in ASIDE_MARKS]
    if len(marks) < 2:
        return 0
    inner = between[marks[0] : marks[-1] + 1]
    if len(inner) > 14 or any(t in (":", ";", ".") for t in inner):
        return 0
    return len(inner)


def _spans_window(choice: list[Occurrence], window: tuple[int, ...], parsed: Parsed) -> bool:
    """A claim spread over sentences must draw on each of them."""
    used = {parsed.tokens[o.start].sent for o in choice}
    return all(s in used for s in window)


def _overlapping(choice: list[Occurrence]) -> bool:
    spans = sorted((o.start, o.end) for o in choice)
    return any(b[0] < a[1] and a != b for a, b in pairwise(spans))


def _polarity_ok(elements: tuple[Element, ...], choice: list[Occurrence], parsed: Parsed) -> bool:
    """Negated elements need an odd number of cues; the rest an even number of unused cues."""
    consumed: set[int] = set()
    # a cue that starts inside a matched term belongs to it: "no authority" is a claim, and
    # in "Poland refused to let the Red Army cross" the refusal is the claim, not a negation
    for occ in choice:
        for cue_id, (c_start, _) in enumerate(parsed.cue_spans):
            if occ.start <= c_start < occ.end:
                consumed.add(cue_id)
    for element, occ in zip(elements, choice, strict=True):
        if element.negated:
            cues = set(parsed.negated_by[occ.start]) - consumed
            if len(cues) % 2 == 0:
                return False
            consumed |= cues
    for element, occ in zip(elements, choice, strict=True):
        if not element.negated and not element.topic:
            cues = set(parsed.negated_by[occ.start]) - consumed
            if len(cues) % 2 == 1:
                return False
    return True
