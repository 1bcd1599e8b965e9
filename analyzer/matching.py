"""Compile a rubric's concepts and find them in an essay.

Concept terms are compiled once per rubric into a trie of lemma sequences. The essay's keys
are walked through it from each token whose key starts a term (misspelled words first read
as the nearest key term), giving each sentence its Terms; patterns.py then tries each
evidence pattern on the claims.
"""

from __future__ import annotations

from collections import defaultdict
from functools import partial
from typing import Any

from rapidfuzz import fuzz, process
from spacy.language import Language

from .parse import Parsed, lemma_table
from .patterns import MAX_SPAN, Element, Found, Occurrence, Pattern, Terms
from .rubric_schema import ELEMENT_RE, EvidenceSpec, RubricSpec

MIN_FUZZY_LEN = 5
WILDCARD = "*"
WILDCARD_MAX = 3  # a '*' in a term stands for one to three words
CAUSAL = "__causal"
END = ""  # trie key under which the concepts of the terms ending there are kept


def fact_concept(point_id: str, n: int) -> str:
    """Internal concept name for the terms of a point's n-th fact."""
    return f"__fact:{point_id}:{n}"


def title_concept(point_id: str, n: int) -> str:
    """Internal concept name for the wrong titles of a point's n-th fact."""
    return f"__title:{point_id}:{n}"


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
        # Plain terms go into a trie of keys; terms with a wildcard are few and are tried
        # where their first word occurs. The essay is walked once, from each token whose key
        # starts some term.
        nested: dict[str, Any] = {}
        self.wild: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
        for first, entries in self.index.items():
            for keys, concept in entries:
                if WILDCARD in keys:
                    self.wild[first].append((keys, concept))
                    continue
                node: dict[str, Any] = nested
                for key in keys:
                    node = node.setdefault(key, {})
                node[END] = node.get(END, frozenset()) | {concept}
        self.trie: Trie = _trie(nested)
        self.masking = frozenset(rubric.masking)
        # A misspelling is compared with the key terms and their inflected forms ("alowed"
        # is nearer "allowed" than "allow"); a form stands for its lemma.
        self.lemma_of = {w: w for w in vocab}
        for form, lemma in lemma_table().items():
            if lemma in vocab and len(form) >= MIN_FUZZY_LEN - 1 and form.isalpha():
                self.lemma_of.setdefault(form, lemma)
        self.by_letter: dict[str, list[str]] = defaultdict(list)
        for word in sorted(self.lemma_of):
            self.by_letter[word[0]].append(word)
        self.topics = topics = frozenset(rubric.topics)
        self.evidence = {p.id: [_pattern(e, topics) for e in p.evidence] for p in rubric.points}
        self.contradictions = {
            p.id: [_pattern(e, topics) for e in p.contradicted_by] for p in rubric.points
        }
        self._spell_cache: dict[str, str | None] = {}
        # facts that carry years: their terms compete for a nearby year in fact notes
        self.dated_facts = frozenset(
            fact_concept(p.id, n) for p in rubric.points for n, f in enumerate(p.facts) if f.years
        )

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
                result = self.lemma_of[best[0]]
        self._spell_cache[word] = result
        return result


# key -> (the concepts of the terms that end with this key, or None; the trie for the keys
# that may follow, or None)
Trie = dict[str, tuple[frozenset[str] | None, "Trie | None"]]


def _trie(nested: dict[str, Any]) -> Trie:
    """Nested dicts (END marking where terms end) as a Trie."""
    return {
        key: (child.get(END), _trie(child) if set(child) - {END} else None)
        for key, child in nested.items()
        if key != END
    }


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


def _pattern(spec: EvidenceSpec, topics: frozenset[str]) -> Pattern:
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
        MAX_SPAN if spec.within is None else spec.within,
        spec.neighbours,
        tuple(spec.blockers),
        spec.near,
        tuple(spec.context),
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
            keys.extend(from_doc(part, nlp(part)).keys)
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


def essay_keys(parsed: Parsed, compiled: CompiledRubric) -> tuple[list[str], set[int]]:
    """Each token's key, with misspelled key terms corrected; and which tokens were corrected.

    Only parsed.unknown is looked at: alphabetic tokens whose key is not an English word."""
    keys = parsed.keys
    fuzzy: set[int] = set()
    for i in parsed.unknown:
        key = keys[i]
        if key not in compiled.index and parsed.word(i).isalpha():
            guess = compiled.correct(key)
            if guess is not None:
                if not fuzzy:
                    keys = list(keys)
                keys[i] = guess
                fuzzy.add(i)
    return keys, fuzzy


def find_occurrences(parsed: Parsed, compiled: CompiledRubric) -> Found:
    """The rubric terms found in each sentence (sentence -> Terms), in the order they start
    (a shorter term before a longer one at the same start; wildcard terms last)."""
    keys, fuzzy = essay_keys(parsed, compiled)
    terms: dict[int, list[tuple[Occurrence, frozenset[str]]]] = {}
    sentences, sent_of = parsed.sentences, parsed.sent_of
    trie, wild = compiled.trie, compiled.wild
    new = _new_occurrence
    current, end = -1, 0
    found: list[tuple[Occurrence, frozenset[str]]] = []
    for i, (concepts, node) in [(i, n) for i, n in enumerate(map(trie.get, keys)) if n]:
        if sent_of[i] != current:  # heads come in order, so one sentence after another
            current = sent_of[i]
            found = terms[current] = []
            end = sentences[current][1]  # a term never runs across sentences
        if concepts:
            found.append((new((i, i + 1, i in fuzzy)), concepts))
        j = i + 1
        while node is not None and j < end and (step := node.get(keys[j])) is not None:
            j += 1
            concepts, node = step
            if concepts:
                found.append(
                    (new((i, j, bool(fuzzy) and not fuzzy.isdisjoint(range(i, j)))), concepts)
                )
    for i in [i for i, key in enumerate(keys) if key in wild]:
        s_index = sent_of[i]
        end = sentences[s_index][1]
        for term, concept in wild[keys[i]]:
            # cheap test first: the word after the first '*' must follow soon
            anchor = term[term.index(WILDCARD) + 1]
            if anchor not in keys[i + 2 : i + 2 + WILDCARD_MAX + term.index(WILDCARD)]:
                continue
            stop = _match_term(keys, i, term, end)
            if stop is not None:
                occ = Occurrence(i, stop, not fuzzy.isdisjoint(range(i, stop)))
                terms.setdefault(s_index, []).append((occ, frozenset((concept,))))
    if compiled.masking:
        for found in terms.values():
            _mask(found, compiled.masking)
    return {s: Terms(found) for s, found in terms.items() if found}


# Occurrence(start, end, fuzzy), without the Python-level __new__ of a NamedTuple
_new_occurrence = partial(tuple.__new__, Occurrence)


def _mask(terms: list[tuple[Occurrence, frozenset[str]]], masking: frozenset[str]) -> None:
    """A term inside a longer term of a masking concept ('treaty' in 'Treaty of Versailles')
    stands only for the masking concepts it belongs to, if any."""
    masks = [o for o, cs in terms if o.end - o.start > 1 and not masking.isdisjoint(cs)]
    if not masks:
        return
    for n in range(len(terms) - 1, -1, -1):
        occ, concepts = terms[n]
        if concepts <= masking or not _masked(occ, masks):
            continue
        if kept := concepts & masking:
            terms[n] = (occ, kept)
        else:
            del terms[n]


def _masked(occ: Occurrence, masks: list[Occurrence]) -> bool:
    return any(
        m.start <= occ.start and occ.end <= m.end and m.end - m.start > occ.end - occ.start
        for m in masks
    )
