"""Build the spaCy pipeline once, and parse an essay into tokens, lemmas and sentences."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np
import spacy
from spacy.attrs import IDX, IS_ALPHA, IS_SPACE, LEMMA, LENGTH, LOWER, ORTH, SENT_START, SPACY
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc

from .ingest import normalise
from .negation import negation_scopes

DEFAULT_MODEL = "blank"
_YEAR = re.compile(r"1[89]\d\d|20\d\d")


@dataclass(frozen=True)
class Parsed:
    """An essay after parsing, kept as columns (one entry per token) so that the matcher only
    does Python work where a rubric term or a negation cue occurs.

    Tokens are the essay's words and punctuation, without whitespace tokens and without the
    hyphen inside a word ('Nazi-Soviet' is two tokens, 'nazi' and 'soviet')."""

    text: str
    keys: list[str]  # per token: its lower-cased lemma, the key matched on
    starts: list[int]  # per token: character offsets [start, end) in text
    ends: list[int]
    sent_of: list[int]  # per token: index of its sentence
    sentences: tuple[tuple[int, int], ...]  # token index ranges [start, end)
    unknown: tuple[int, ...]  # alphabetic tokens that are not English words (misspellings?)
    negated_by: dict[int, tuple[int, ...]]  # token -> the negation cues whose scope covers it
    cue_spans: tuple[tuple[int, int], ...]  # token range of each negation cue
    english: bool
    # cues that dismiss what they cover ("... was not the reason", "I disagree") rather than
    # negate it: what they cover can back no claim, negated or not
    dismissals: frozenset[int] = frozenset()
    # sentences read as past counterfactuals ("if Britain had invited him, he would have
    # ..."): the "if" clause is negated (it did not happen) and the "would have" clause is
    # dismissed (it did not follow), so the sentence is a claim, not a hypothetical
    counterfactuals: frozenset[int] = frozenset()
    # questions answered at once ("Was Stalin invited? No."): claims, negated after a "no"
    answered: frozenset[int] = frozenset()

    def word(self, i: int) -> str:
        """The text of token i, as the student wrote it."""
        return self.text[self.starts[i] : self.ends[i]]

    def span(self, start: int, end: int) -> str:
        """The text from token start up to (not including) token end."""
        return self.text[self.starts[start] : self.ends[end - 1]]

    @cached_property
    def cue_starts(self) -> list[int]:
        """Where each negation cue starts (in order: cues are found left to right)."""
        return [start for start, _ in self.cue_spans]

    @cached_property
    def word_count(self) -> int:
        """Tokens that start with a letter or digit."""
        if not self.starts:
            return 0
        codes = np.frombuffer(self.text.encode("utf-32-le"), dtype=np.uint32)
        first = codes[self.starts]
        ascii_alnum = ((first >= 48) & (first <= 57)) | ((first | 32) >= 97) & ((first | 32) <= 122)
        others = [chr(c).isalnum() for c in first[first >= 128].tolist()]
        return int(ascii_alnum.sum()) + sum(others)

    @cached_property
    def years(self) -> dict[int, str]:
        """Tokens that are a year (1800-2099), the whole token: token index -> text."""
        found = {}
        for m in _YEAR.finditer(self.text):
            i = bisect_left(self.starts, m.start())
            if i < len(self.starts) and self.starts[i] == m.start() and self.ends[i] == m.end():
                found[i] = m.group()
        return found


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


# Lookup lemmas that mislead without a tagger: "as" -> "a", "us" -> "we", "'s" -> "have",
# "worse" -> "wrong" (so "Munich was worse" would read as "Munich was wrong"), "does" ->
# "doe" (a deer: "the League does nothing" would not be "do nothing").
KEEP_AS_IS = {
    "does": "do",
    "matter": "matter",  # not "matt"
    "as": "as",
    "us": "us",
    "'s": "'s",
    "’s": "'s",
    "data": "data",
    "media": "media",
    "worse": "bad",
    "worst": "bad",
}


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


_ATTRS = [LEMMA, LOWER, IDX, LENGTH, IS_SPACE, IS_ALPHA, SENT_START, SPACY, ORTH]
_HYPHEN = get_string_id("-")
# hash -> string for keys already seen: hashes are the same in every vocab (they are of the
# string), and a dict lookup is cheaper than the StringStore's
_KEY_TEXT: dict[int, str] = {}


def from_doc(text: str, doc: Doc) -> Parsed:
    """Turn a spaCy Doc into token columns, sentences and negation scopes.

    The columns are built with numpy over Doc.to_array, not a Python loop per token."""
    if not len(doc):
        return _no_tokens(text)
    rows = doc.to_array(_ATTRS)
    lemma, lower, idx, length, is_space, is_alpha, sent_start, space, orth = rows.T
    keep = is_space == 0
    # a hyphen or dash inside a word ('Nazi-Soviet', 'Molotov–Ribbentrop') is dropped: no space
    # either side, not at an end
    hyphens = np.flatnonzero((orth == _HYPHEN) & (space == 0))
    for i in hyphens.tolist():
        if 0 < i < len(doc) - 1 and not space[i - 1]:
            keep[i] = False
    # a sentence starts at each sentence-start token after the first; whitespace and dropped
    # hyphens belong to no sentence, so a sentence of only those is no sentence
    group = np.cumsum(sent_start == 1)[keep]
    if not len(group):
        return _no_tokens(text)
    new = np.flatnonzero(group[1:] != group[:-1]) + 1
    starts = idx[keep]
    start_list, end_list = starts.tolist(), (starts + length[keep]).tolist()
    keys = _key_texts(lemma[keep].tolist(), doc.vocab.strings)
    bounds = _join_answers(keys, [0, *new.tolist(), len(group)])
    sentences = tuple(pairwise(bounds))
    sent_of = np.repeat(np.arange(len(sentences)), np.diff(bounds)).tolist()
    # A lower-cased word is in the lexicon exactly when its lookup lemma (the key) is: the
    # lexicon holds both sides of the lemma table (essay_lemmas sets every lemma from it).
    known = np.array(list(map(lexicon().__contains__, keys)), dtype=bool)
    alpha = is_alpha[keep] == 1
    unknown = np.flatnonzero(alpha & ~known).tolist()
    scopes = negation_scopes(
        keys,
        sentences,
        sent_of,
        _capitalised(text, start_list),
        _lower_word(text, start_list, end_list),
    )
    return Parsed(
        text=text,
        keys=keys,
        starts=start_list,
        ends=end_list,
        sent_of=sent_of,
        sentences=sentences,
        unknown=tuple(unknown),
        negated_by=scopes.negated_by,
        cue_spans=scopes.cue_spans,
        dismissals=scopes.dismissals,
        counterfactuals=scopes.counterfactuals,
        answered=scopes.answered,
        english=looks_english(lower[keep][alpha], known[alpha]),
    )


WH_WORDS = frozenset(("who", "what", "which", "whom"))
ANSWER_MAX = 4  # words in a reply that answers a wh-question at once ("Stalin.", "The USSR.")


def _join_answers(keys: list[str], bounds: list[int]) -> list[int]:
    """A wh-question, or a question of a few words, answered at once by a few words is one
    claim: "Who was not invited? Stalin." and "France's reaction? A shrug." read as one
    sentence (a yes/no question and its "No." stay two: see negation._answer)."""
    joined = [bounds[0]]
    for n in range(1, len(bounds) - 1):
        start, end, after = bounds[n - 1], bounds[n], bounds[n + 1]
        if (
            keys[end - 1] == "?"  # (the cheap test first: most sentences ask nothing)
            and "?" not in keys[end:after]
            and _noun_phrase([k for k in keys[end:after] if k.isalpha()])
            and (
                keys[start] in WH_WORDS or _noun_phrase([k for k in keys[start:end] if k.isalpha()])
            )
        ):
            continue  # (the reply joins the question)
        joined.append(end)
    joined.append(bounds[-1])
    return joined


def _noun_phrase(words: list[str]) -> bool:
    """A few words and no verb: a short question ("France's reaction?") or a reply that
    answers it at once ("A shrug.", "Stalin.")."""
    return 0 < len(words) <= ANSWER_MAX and not any(k in _VERB_KEYS for k in words)


# keys that make a reply a sentence of its own, not an answer ("Who knows? Nobody was asked.")
_VERB_KEYS = frozenset(("be", "have", "do", "not", "no", "nobody", "yes", "can", "will", "would"))


def _no_tokens(text: str) -> Parsed:
    """An essay with no words (empty, or only whitespace): nothing to mark, not foreign."""
    return Parsed(text, [], [], [], [], (), (), {}, (), True)


def _key_texts(hashes: list[int], strings: Any) -> list[str]:
    keys: list[str | None] = list(map(_KEY_TEXT.get, hashes))
    if None in keys:
        for j, key in enumerate(keys):
            if key is None:
                keys[j] = _KEY_TEXT[hashes[j]] = strings[hashes[j]]
    return keys  # type: ignore[return-value]


def _lower_word(text: str, starts: list[int], ends: list[int]) -> Any:
    """Token i as written, lower-cased, reading only the tokens asked about."""
    return lambda i: text[starts[i] : ends[i]].lower()


def _capitalised(text: str, starts: list[int]) -> Any:
    """A test for 'token i starts with a capital' that reads only the tokens asked about."""
    return lambda i: text[starts[i]].isupper()


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


_STOP_HASHES = np.array(sorted({get_string_id(w) for w in STOP_WORDS}), dtype=np.uint64)
_FOREIGN_HASHES = np.array(
    sorted({get_string_id(w) for w in FOREIGN_FUNCTION_WORDS}), dtype=np.uint64
)


def looks_english(lowers: np.ndarray, known: np.ndarray) -> bool:
    """False only when the text reads as another language (notes and misspellings pass).

    lowers: hashes of the lower-cased alphabetic words; known: which are English words."""
    total = len(lowers)
    if total < 8:
        return True
    english = _member(lowers, _STOP_HASHES).sum() / total
    foreign = _member(lowers, _FOREIGN_HASHES).sum() / total
    if foreign >= 0.12 and foreign > english:
        return False
    return bool(known.sum() / total >= 0.25 or english >= 0.05)


def _member(hashes: np.ndarray, table: np.ndarray) -> np.ndarray:
    """Per hash: is it in the (small, sorted) table?"""
    at = np.minimum(np.searchsorted(table, hashes), len(table) - 1)
    found: np.ndarray = table[at] == hashes
    return found
