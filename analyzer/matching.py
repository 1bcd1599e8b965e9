"""Compile a rubric's concepts and find them in an essay.

Concept terms are compiled once per rubric into lemma sequences indexed by their first
lemma (and first two). An essay's tokens are looked up in that index, misspelled words first
read as the nearest key term; patterns.py then tries each evidence pattern on the claims.
"""

from __future__ import annotations

from collections import defaultdict

from rapidfuzz import fuzz, process
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from .parse import Parsed, lexicon
from .patterns import Element, Occurrence, Pattern
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
        # Plain terms go to spaCy's PhraseMatcher (run over a Doc of the essay's keys);
        # terms with a wildcard are few and are tried in Python where their first word occurs.
        self.vocab = nlp.vocab
        self.phrases = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.wild: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
        plain: dict[str, list[Doc]] = defaultdict(list)
        for first, entries in self.index.items():
            for keys, concept in entries:
                if WILDCARD in keys:
                    self.wild[first].append((keys, concept))
                else:
                    plain[concept].append(Doc(nlp.vocab, words=list(keys)))
        for concept, docs in plain.items():
            self.phrases.add(concept, docs)
        self.concept_of = {nlp.vocab.strings[concept]: concept for concept in plain}
        self.by_letter: dict[str, list[str]] = defaultdict(list)
        for word in sorted(vocab):
            self.by_letter[word[0]].append(word)
        topics = set(rubric.topics)
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
    if not keys:
        return found
    sents = [t.sent for t in parsed.tokens]
    concept_of = compiled.concept_of
    any_fuzzy = any(fuzzy)
    for match_id, start, stop in compiled.phrases(Doc(compiled.vocab, words=keys)):
        sent = sents[start]
        if sents[stop - 1] == sent:  # a term never runs across sentences
            concept = concept_of[match_id]
            corrected = any_fuzzy and any(fuzzy[start:stop])
            found[sent][concept].append(Occurrence(concept, start, stop, corrected))
    if compiled.wild:
        for s_index, (start, end) in enumerate(parsed.sentences):
            for i in range(start, end):
                for term, concept in compiled.wild.get(keys[i], ()):
                    # cheap test first: the word after the first '*' must follow soon
                    anchor = term[term.index(WILDCARD) + 1]
                    if anchor not in keys[i + 2 : i + 2 + WILDCARD_MAX + term.index(WILDCARD)]:
                        continue
                    wild_stop = _match_term(keys, i, term, end)
                    if wild_stop is not None:
                        occ = Occurrence(concept, i, wild_stop, any(fuzzy[i:wild_stop]))
                        found[s_index][concept].append(occ)
    if compiled.rubric.masking:
        _mask(found, set(compiled.rubric.masking))
    return found


def _mask(found: dict[int, dict[str, list[Occurrence]]], masking: set[str]) -> None:
    """Drop terms that lie inside a masking concept's match ('treaty' in 'Treaty of Versailles')."""
    for by_concept in found.values():
        masks = [o for c in masking for o in by_concept.get(c, ()) if o.end - o.start > 1]
        if not masks:
            continue
        inside = {i for m in masks for i in range(m.start, m.end)}
        for concept, occs in list(by_concept.items()):
            if concept in masking or not any(o.start in inside for o in occs):
                continue
            kept = [o for o in occs if o.start not in inside or not _masked(o, masks)]
            if kept:
                by_concept[concept] = kept
            else:
                del by_concept[concept]


def _masked(occ: Occurrence, masks: list[Occurrence]) -> bool:
    return any(
        m.start <= occ.start and occ.end <= m.end and m.end - m.start > occ.end - occ.start
        for m in masks
    )
