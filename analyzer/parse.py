"""Build the spaCy pipeline once, and parse an essay into tokens, lemmas and sentences."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import spacy
from spacy.attrs import IDX, IS_ALPHA, IS_SPACE, LEMMA, LENGTH, LOWER, SENT_START, SPACY
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from .ingest import normalise
from .negation import negation_scopes

DEFAULT_MODEL = "blank"


class Token(NamedTuple):
    """One token: its text, its lower-cased lemma (the key matched on) and its offsets."""

    text: str
    key: str
    start: int
    end: int
    sent: int  # index of the sentence it belongs to
    known: bool  # an English word (or not alphabetic): never fuzzy-corrected


@dataclass(frozen=True)
class Parsed:
    """An essay after parsing: tokens, sentence spans and negation scopes."""

    text: str
    tokens: tuple[Token, ...]
    sentences: tuple[tuple[int, int], ...]  # token index ranges [start, end)
    negated_by: tuple[tuple[int, ...], ...]  # per token: the negation cues whose scope covers it
    cue_spans: tuple[tuple[int, int], ...]  # token range of each negation cue
    english: bool


@lru_cache(maxsize=1)
def lemma_table() -> dict[str, str]:
    """The English lookup lemma table shipped by spacy-lookups-data."""
    import gzip
    import json
    from importlib.resources import files

    data = files("spacy_lookups_data") / "data" / "en_lemma_lookup.json.gz"
    with gzip.open(str(data), "rt", encoding="utf-8") as handle:
        table: dict[str, str] = json.load(handle)
    return table


@lru_cache(maxsize=1)
def lexicon() -> frozenset[str]:
    """English words known to the lemma table (forms and lemmas), for spelling decisions."""
    table = lemma_table()
    return frozenset(table) | frozenset(table.values()) | frozenset(STOP_WORDS) | common_words()


COMMON_WORDS = Path(__file__).parent / "data" / "common_words.txt"
COMMON_WORD_LOGPROB = -13.5


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Frequent English words ('despite'): never read as a misspelt key term."""
    lines = COMMON_WORDS.read_text(encoding="utf-8").splitlines()
    return frozenset(w for w in lines if w and not w.startswith("#"))


@Language.component("essay_lines")
def _line_breaks(doc: Doc) -> Doc:
    """Sentences as a student writes them: each line break starts one (bullets and notes are
    separate claims), but a list number ("1.") or an abbreviation ("Abyss.,") does not."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text or "\n" in previous.whitespace_:
            token.is_sent_start = True
        elif token.is_sent_start and _not_a_full_stop(doc, token):
            token.is_sent_start = False
    return doc


def _not_a_full_stop(doc: Doc, token: spacy.tokens.Token) -> bool:
    """After "1." at the start of a line, or after a short capitalised abbreviation followed
    by lower case or punctuation ("Manch., Abyss.)"), a full stop does not end a sentence."""
    j = token.i - 1
    while j > 0 and doc[j].text != "." and not doc[j].is_alpha and not doc[j].like_num:
        if "\n" in doc[j].text or "\n" in doc[j].whitespace_:
            return False
        j -= 1
    if doc[j].text != "." or j == 0:
        return False
    word, following = doc[j - 1], doc[j + 1]
    before = doc[word.i - 1] if word.i else None
    at_line_start = before is None or "\n" in before.text or "\n" in before.whitespace_
    if word.like_num and len(word.text) <= 2 and at_line_start:
        return True
    abbreviation = word.is_alpha and len(word.text) <= 6 and word.text[0].isupper()
    return abbreviation and not following.is_space and not following.is_title


# Lookup lemmas that mislead without a tagger: "as" -> "a", "us" -> "we", "'s" -> "have".
KEEP_AS_IS = {"as": "as", "us": "us", "'s": "'s", "’s": "'s", "data": "data", "media": "media"}


@Language.component("essay_lemmas")
def _lower_lemmas(doc: Doc) -> Doc:
    """Lower-cased lookup lemmas ('Were' -> 'be'); "'s" stays "'s" (no tagger to tell)."""
    table = lemma_table()
    for token in doc:
        lower = token.lower_
        token.lemma_ = KEEP_AS_IS.get(lower) or table.get(lower, lower)
    return doc


def build_pipeline(model: str | None = None) -> Language:
    """The pipeline used for every essay: blank English by default, or an installed model."""
    if model in (None, DEFAULT_MODEL):
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        _split_slashes(nlp)
    else:
        try:
            nlp = spacy.load(model, exclude=["ner", "textcat"])
        except OSError as exc:
            raise ValueError(f"spaCy pipeline '{model}' is not installed: {exc}") from None
        if not nlp.has_pipe("parser") and not nlp.has_pipe("senter"):
            nlp.add_pipe("sentencizer")
    nlp.add_pipe("essay_lines", last=True)
    nlp.add_pipe("essay_lemmas", last=True)
    return nlp


def _split_slashes(nlp: Language) -> None:
    """'Cham./Halifax' and 'Br/Fr' are two words each."""
    from spacy.util import compile_infix_regex

    infixes = [*(nlp.Defaults.infixes or ()), r"/"]
    tokenizer: Any = nlp.tokenizer
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def parse(text: str, nlp: Language) -> Parsed:
    """Parse one essay."""
    return from_doc(text, nlp(normalise(text)))


def parse_many(texts: Iterable[str], nlp: Language, batch_size: int = 64) -> Iterator[Parsed]:
    """Parse essays as a stream (nlp.pipe), yielding in order."""
    texts = list(texts) if not isinstance(texts, list) else texts
    docs = nlp.pipe((normalise(t) for t in texts), batch_size=batch_size)
    for text, doc in zip(texts, docs, strict=True):
        yield from_doc(text, doc)


_ATTRS = [LEMMA, LOWER, IDX, LENGTH, IS_SPACE, IS_ALPHA, SENT_START, SPACY]


def from_doc(text: str, doc: Doc) -> Parsed:
    """Turn a spaCy Doc into plain tokens, sentences and negation scopes."""
    words = lexicon()
    strings = doc.vocab.strings
    source = text  # same length as doc.text (normalise maps one character to one)
    rows = doc.to_array(_ATTRS).tolist() if len(doc) else []
    tokens: list[Token] = []
    sentences: list[tuple[int, int]] = []
    first = 0
    for i, (lemma, lower, idx, length, is_space, is_alpha, sent_start, space) in enumerate(rows):
        if sent_start == 1 and i and len(tokens) > first:
            sentences.append((first, len(tokens)))
            first = len(tokens)
        if is_space:
            continue
        word = source[idx : idx + length]
        if word == "-" and not space and i and not rows[i - 1][7] and i < len(rows) - 1:
            continue  # a hyphen inside a word ('Nazi-Soviet') is dropped
        key = strings[lemma]
        known = not is_alpha or strings[lower] in words or key in words
        tokens.append(Token(word, key, idx, idx + length, len(sentences), known))
    if len(tokens) > first:
        sentences.append((first, len(tokens)))
    keys = [t.key for t in tokens]
    proper = [t.text[:1].isupper() for t in tokens]
    negated_by, cue_spans = negation_scopes(keys, sentences, proper)
    return Parsed(
        text=text,
        tokens=tuple(tokens),
        sentences=tuple(sentences),
        negated_by=negated_by,
        cue_spans=cue_spans,
        english=looks_english(tokens, words),
    )


# Frequent function words of other languages written in Latin script (English words left out).
FOREIGN_FUNCTION_WORDS = frozenset(
    # French
    "le la les des est et une du au aux pas que qui dans pour sur avec ce cette il elle ils "
    "nous vous sont mais ou leur lui je tu ne se son sa ses été avait était aussi très "
    # German
    "der die das und ist nicht ein eine mit zu den von dem des sich auf für im sie er es "
    "wir ihr sind war hat wurde auch nach bei aus wie oder aber noch nur über "
    # Spanish / Portuguese / Italian
    "el los las y es una por para con del lo su se al como más pero sus le ya fue era muy "
    "também não uma os um em ao da do dos das na nas foi são il gli della che di per non "
    "sono anche nel alla delle degli questo "
    # Dutch
    "het een van en ik je niet dat zijn op te met voor hij er maar om ook als bij nog wel".split()
)


def looks_english(tokens: list[Token], words: frozenset[str]) -> bool:
    """False only when the text reads as another language (notes and misspellings pass)."""
    alpha = [t.text.lower() for t in tokens if t.text.isalpha()]
    if len(alpha) < 8:
        return True
    english = sum(1 for w in alpha if w in STOP_WORDS) / len(alpha)
    foreign = sum(1 for w in alpha if w in FOREIGN_FUNCTION_WORDS) / len(alpha)
    known = sum(1 for w in alpha if w in words) / len(alpha)
    if foreign >= 0.12 and foreign > english:
        return False
    return known >= 0.25 or english >= 0.05
