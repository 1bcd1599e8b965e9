"""The negation word lists are matched against lemma keys, so every word in them must be
its own lemma: "surprising" in a list would never match, because the key is "surprise"."""

from __future__ import annotations

import pytest

from analyzer import negation_cues
from analyzer.parse import KEEP_AS_IS, lemma_table

# Lists matched against the words as written, not against lemma keys
SURFACE_FORMS = {"IRREGULAR_PAST"}
# "n't" is keyed "not" and "nope"/"yeah" as "no"/"yes": listing both forms does no harm
HARMLESS = {"n't", "nope", "yeah", "lacking", "those"}


def _words(value: object) -> list[str]:
    if isinstance(value, dict):
        return [w for key, inner in value.items() for w in [key, *_words(inner)]]
    if isinstance(value, (tuple, list, set, frozenset)):
        return [w for item in value for w in ([item] if isinstance(item, str) else _words(item))]
    return []


TABLES = [
    name
    for name in dir(negation_cues)
    if name.isupper() and name not in SURFACE_FORMS and _words(getattr(negation_cues, name))
]


@pytest.mark.parametrize("name", TABLES)
def test_cue_words_are_lemma_keys(name: str) -> None:
    table = lemma_table()
    not_keys = {
        w
        for w in _words(getattr(negation_cues, name))
        if w not in HARMLESS and (KEEP_AS_IS.get(w) or table.get(w, w)) != w
    }
    assert not not_keys, f"{name} lists words that are never keys: {sorted(not_keys)}"


def test_the_check_finds_a_word_that_is_not_a_key() -> None:
    assert (KEEP_AS_IS.get("surprising") or lemma_table().get("surprising")) == "surprise"
