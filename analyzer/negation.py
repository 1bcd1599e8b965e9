"""English negation: which tokens each negation cue covers.

A cue ("not", "never", "refused to", "without"...) covers the next few content words of its
clause; a sentence-level cue ("it is not true that") covers the rest of the sentence; a
dismissal ("... was not the reason") covers what came before it; a past counterfactual
("if Britain had invited him, he would have ...") negates its "if" clause and dismisses its
"would have" clause. A token covered by an odd number of cues is negated, so a double
negative restores the claim.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import Any, NamedTuple

from spacy.lang.en.stop_words import STOP_WORDS

from .negation_cues import (
    AFTER_COMMA_CUES,
    ATTRIBUTION_ADVERBS,
    ATTRIBUTION_EXAMPLES,
    ATTRIBUTION_HOLDERS,
    ATTRIBUTION_MAX_ADVERBS,
    ATTRIBUTION_MAX_EXAMPLE,
    ATTRIBUTION_STARTS,
    ATTRIBUTION_VERBS,
    BACKWARD_CUES,
    BOUNDARIES,
    CLAIM_WORDS,
    CLAUSE_BREAKS,
    CORRECTION_REACH,
    CUE_ADVERBS,
    CUE_ASIDES,
    DEED_JUDGEMENTS,
    DOUBT_CLAUSE_MODALS,
    DOUBT_CLAUSE_OPENERS,
    DOUBT_REACH,
    FILLERS,
    FORWARD_CUES,
    INVERSION_OPENERS,
    IRREGULAR_PAST,
    IS_AFTER,
    MAX_ATTRIBUTION,
    MODALS,
    NEUTRAL_CUES,
    NO_ANSWERS,
    NOT_CUES_AFTER,
    NOT_DOUBTING,
    PERFECT_SKIPS,
    PHRASE_CUES,
    PRONOUN_SUBJECT,
    RANKING_FILLERS,
    RANKING_WORDS,
    REBUTTALS,
    REJECTION_CUES,
    SENTENCE_CUES,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    WINDOW,
    YES_ANSWERS,
)


class Scopes(NamedTuple):
    """What negation_scopes finds in an essay."""

    negated_by: dict[int, tuple[int, ...]]  # token -> the cues whose scope covers it
    cue_spans: tuple[tuple[int, int], ...]  # token range of each cue
    dismissals: frozenset[int]  # cues that dismiss what they cover
    counterfactuals: frozenset[int]  # sentences read as past counterfactuals ("if ... had")
    answered: frozenset[int]  # questions answered "Yes." or "No." right after


def negation_scopes(
    keys: list[str],
    sentences: Sequence[tuple[int, int]],
    sent_of: Sequence[int],
    proper: Callable[[int], bool] = lambda i: False,
    word: Callable[[int], str] | None = None,
) -> Scopes:
    """The cues covering each token (only tokens some cue covers), and each cue's token span.

    Only tokens whose key can start a cue are looked at; proper(i) tells whether token i is
    capitalised, so "not Britain and France" reads as one phrase; word(i) is token i as
    written, lower-cased (it tells "had" from "has": without it no counterfactual is read)."""
    covered: dict[int, list[int]] = {}
    cues: list[tuple[int, int]] = []
    dismissals: set[int] = set()  # cues that dismiss a claim rather than negate it
    dismissing: set[int] = set()  # sentences holding a dismissal
    resume = 0  # the tokens of a cue are not read again as the start of another
    for i in [i for i, key in enumerate(keys) if key in CUE_INDEX]:
        if i < resume:
            continue
        s_index = sent_of[i]
        s_start, s_end = sentences[s_index]
        found = _cue_at(keys, i, s_end)
        if found is None:
            continue
        kind, length = found
        if keys[i] in AFTER_COMMA_CUES and keys[i - 1 : i] != [","]:
            continue  # "much less" is "let alone" only after a comma, not "much less keen"
        if keys[i] == "nor" and "neither" in keys[s_start:i]:
            continue  # "neither Britain nor France invited him": one negation, not two
        if keys[i] == "doubt" and not _doubts(keys, i, s_end):
            continue  # "no doubt", "Excluded, doubted and disdained, Stalin ..."
        if kind == "forward" and keys[i] in ("not", "n't") and _cleft(keys, i, s_end):
            kind = "sentence"  # "it was not Britain that let Germany ...": a cleft
        if kind in ("backward", "rejection") and keys[i + length : i + length + 1] == ["that"]:
            kind = "sentence"  # "I don't agree that Britain wasn't serious": what follows
        if kind == "rejection" and _judges_a_deed(keys, s_start, i, i + length, s_end):
            resume = i + length
            continue  # "Appeasement was wrong", "Britain was wrong to sign it": no denial
        cue_id = len(cues)
        cues.append((i, i + length))
        if kind == "sentence":
            targets = _to_clause_end(keys, i + length, s_end)
        elif kind == "phrase":
            targets = _to_phrase_end(keys, i + length, s_end)
        elif kind in ("backward", "rejection"):
            dismissing.add(s_index)
            dismissals.add(cue_id)
            targets = list(_dismissed(keys, sentences, s_index, i, dismissing))
            if kind == "backward":
                # "... so that wasn't a reason" does not turn a negated claim back into a
                # claim; "I disagree" rejects whatever was said, negated or not
                targets = [t for t in targets if t not in covered]
        elif kind == "neutral":
            targets = []
        else:
            targets = _forward(keys, proper, i + length, s_end)
            if not any(keys[t].isalnum() for t in targets):  # "..., but Stalin was not."
                targets = _elliptical(keys, s_start, i) or targets
        for t in targets:
            covered.setdefault(t, []).append(cue_id)
        resume = i + length
    counterfactuals = set()
    if word is not None:
        marked = [(sent_of[i], key) for i, key in enumerate(keys) if key in _CONDITIONAL_WORDS]
        for s_index in sorted({n for n, key in marked if key != "if"}):
            found_should = _should_then_would(keys, *sentences[s_index])
            if found_should is not None:  # "Britain should have invited him, then he would
                dismissals.add(len(cues))  # have trusted them": what would have followed
                _add_cue(covered, cues, *found_should)  # claims nothing
        conditional = {n for n, key in marked if key == "if"}
        conditional.update(
            n for n, (start, end) in enumerate(sentences) if _inverted(keys, word, start, end) >= 0
        )
        for s_index in sorted(conditional):
            found_cf = _counterfactual(keys, word, *sentences[s_index])
            if found_cf is not None:
                counterfactuals.add(s_index)
                cue, condition, consequence = found_cf
                _add_cue(covered, cues, cue, condition)  # what did not happen: negated
                dismissals.add(len(cues))
                _add_cue(covered, cues, cue, consequence)  # what would have followed: no claim
    answered = set()
    for s_index in range(len(sentences) - 1):
        reply = _answer(keys, sentences[s_index], sentences[s_index + 1])
        if reply is not None:
            answered.add(s_index)
            if reply == "no":  # "Was Stalin invited to Munich? No.": he was not
                s_start, s_end = sentences[s_index]
                _add_cue(covered, cues, sentences[s_index + 1][0], list(range(s_start, s_end)))
    for n in range(1, len(sentences)):
        if _rebuttal(keys, *sentences[n]):  # "They say France betrayed the USSR. Rubbish."
            dismissals.add(len(cues))
            _add_cue(covered, cues, sentences[n][0], list(range(*sentences[n - 1])))
    for n, (s_start, s_end) in enumerate(sentences):
        if keys[s_start] not in ATTRIBUTION_STARTS:
            continue
        next_end = sentences[n + 1][1] if n + 1 < len(sentences) else s_end
        denied = _attributed_then_denied(keys, s_start, s_end, next_end, cues)
        if denied is not None:
            but, said = denied
            dismissals.add(len(cues))
            # (not what is negated already: a second cue would undo that negation)
            _add_cue(covered, cues, but, [t for t in said if t not in covered])
    return Scopes(
        {t: tuple(c) for t, c in covered.items()},
        tuple(cues),
        frozenset(dismissals),
        frozenset(counterfactuals),
        frozenset(answered),
    )


def _rebuttal(keys: list[str], start: int, end: int) -> bool:
    """A sentence that only rejects the one before: 'Rubbish.', 'Again, wrong.', 'Not true.'"""
    if end - start > 6:
        return False
    return tuple(k for k in keys[start:end] if k.isalpha()) in REBUTTALS


def _answer(keys: list[str], question: tuple[int, int], reply: tuple[int, int]) -> str | None:
    """'yes' or 'no' when the sentence `question` ends in '?' and `reply` opens with a bare
    yes or no ('No.', 'No, nobody even sent him an invitation.', 'Of course not.')."""
    if keys[question[1] - 1] != "?":
        return None
    words: list[str] = []
    for key in keys[reply[0] : reply[1]]:
        if not key.isalpha():
            break
        words.append(key)
    for kind, forms in (("no", NO_ANSWERS), ("yes", YES_ANSWERS)):
        if tuple(words) in forms:
            return kind
    return None


def _add_cue(
    covered: dict[int, list[int]], cues: list[tuple[int, int]], at: int, targets: list[int]
) -> None:
    """Record a one-token cue at `at` covering `targets`."""
    for t in targets:
        covered.setdefault(t, []).append(len(cues))
    cues.append((at, at + 1))


def _attributed_then_denied(
    keys: list[str], s_start: int, s_end: int, next_end: int, cues: list[tuple[int, int]]
) -> tuple[int, range] | None:
    """'People say Britain helped Germany build a navy, but Britain never made any such deal':
    what others say, then a negated 'but' clause (or 'but actually', 'but in fact'), is
    denied (the 'but' is the cue). The 'but' may open the next sentence ("Some people think
    X. But actually ..."); the sentence it opens ends at next_end."""
    length = _attribution(keys[s_start : s_start + MAX_ATTRIBUTION])
    if not length:
        return None
    said = s_start + length + (keys[s_start + length : s_start + length + 1] == ["that"])
    but = next((i for i in range(said, s_end) if keys[i] in _BUT), None)
    same_sentence = but is not None
    if but is None:
        if s_end == next_end or keys[s_end] not in _BUT:
            return None
        but, s_end, said_end = s_end, next_end, s_end
    else:
        said_end = but
    # "but actually ...", "but in fact ...", "but I think it was actually Japan ..." (not
    # "but I think it actually mattered": a correction names what it was)
    corrects = any(
        (keys[j] == "actually" or keys[j : j + 2] == ["in", "fact"])
        and (j == but + 1 or keys[j - 1] == "be")
        for j in range(but + 1, min(s_end, but + 1 + CORRECTION_REACH))
    )
    if not corrects:
        if not any(but < start < s_end and not _ranks(keys, end, s_end) for start, end in cues):
            return None
        # "Some say X. But they were not the only ones." denies nothing: a denial in the next
        # sentence must speak of what was said
        if not same_sentence and _content(keys, said, said_end).isdisjoint(
            _content(keys, but, s_end)
        ):
            return None
    return but, range(said, said_end)


def _ranks(keys: list[str], after: int, end: int) -> bool:
    """The negation ending at `after` ranks a claim ("not so important", "not the main
    reason"): it does not deny it."""
    while after < end and keys[after] in RANKING_FILLERS:
        after += 1
    return after < end and keys[after] in RANKING_WORDS


def _content(keys: list[str], start: int, end: int) -> set[str]:
    return {k for k in keys[start:end] if k.isalpha() and k not in STOP_WORDS}


_BUT = ("but", "however", "yet")


def _attribution(opening: list[str]) -> int:
    """The length of a sentence's opening that says who says what follows ("Some historians
    have also argued", "My textbook says", "It is often claimed"), or 0."""
    for holder in ATTRIBUTION_HOLDERS:
        if tuple(opening[: len(holder)]) != holder:
            continue
        at = _after_examples(opening, len(holder))
        first_adverb = at
        while (
            at < first_adverb + ATTRIBUTION_MAX_ADVERBS
            and opening[at : at + 1]
            and opening[at] in ATTRIBUTION_ADVERBS
        ):
            at += 1
        for verb in ATTRIBUTION_VERBS:
            if tuple(opening[at : at + len(verb)]) == verb:
                return at + len(verb)
    return 0


def _after_examples(opening: list[str], at: int) -> int:
    """Where the words after a holder go on once its examples are skipped ("like A.J.P.
    Taylor", ", such as Roberts,"): at the first adverb or saying verb after "like", "such"
    or a comma, if one comes soon; else `at` itself."""
    if opening[at : at + 1] and opening[at] in ATTRIBUTION_EXAMPLES:
        for j in range(at + 1, min(len(opening), at + ATTRIBUTION_MAX_EXAMPLE)):
            if opening[j] in ATTRIBUTION_ADVERBS or any(
                tuple(opening[j : j + len(verb)]) == verb for verb in ATTRIBUTION_VERBS
            ):
                return j
    return at


def _counterfactual(
    keys: list[str], word: Callable[[int], str], s_start: int, s_end: int
) -> tuple[int, list[int], list[int]] | None:
    """'If Britain had invited Stalin to Munich, he would have trusted them': a past
    counterfactual says that its 'if' clause did not happen, so that clause is negated (an
    inner negation turns it back: 'if Britain had not signed the naval deal' says that it
    did), and its 'would have' clause is what did not follow, so that claims nothing.
    Returns the 'if' (the cue), the 'if' clauses and the 'would have' clause."""
    modal = _modal_perfect(keys, s_start, s_end)
    if modal is None:
        return None
    cue, clauses = -1, []
    inverted = _inverted(keys, word, s_start, s_end)
    for f in range(s_start, s_end):
        if keys[f] != "if" and f != inverted:
            continue
        clause = _to_clause_end(keys, f + 1, s_end, SUBORDINATORS)
        if modal in clause:
            clause = clause[: clause.index(modal)]
        if _past_perfect(keys, word, clause) or _simple_past(keys, word, clause):
            cue = f if cue < 0 else cue
            clauses += clause
    if cue < 0:
        return None
    main = _to_clause_end(keys, modal, s_end, SUBORDINATORS)
    return cue, sorted(set(clauses)), [t for t in main if t not in clauses and keys[t] != "if"]


_CONDITIONAL_WORDS = frozenset(("if", "should", "ought"))


def _doubts(keys: list[str], i: int, end: int) -> bool:
    """'doubted that ...', 'doubted France would keep its promise': the verb with a clause."""
    if i > 0 and keys[i - 1] in NOT_DOUBTING:
        return False
    if keys[i + 1 : i + 2] and keys[i + 1] in DOUBT_CLAUSE_OPENERS:
        return True
    for key in keys[i + 1 : min(end, i + 1 + DOUBT_REACH)]:
        if key in CLAUSE_BREAKS:
            return False
        if key in DOUBT_CLAUSE_MODALS:
            return True
    return False


_CONTRASTS = frozenset(("but", "whereas", "while"))


def _elliptical(keys: list[str], s_start: int, i: int) -> list[int]:
    """'Hitler and Mussolini were invited, but Stalin was not': a 'was not' that ends its
    clause negates the clause before the 'but' (for its new subject; what the claim is
    about is a topic and is not unsaid). Returns that clause, or []. Only after 'be': in
    "Britain signed the naval deal, but France did not" the claim is Britain's, and stands."""
    if i - 1 <= s_start or keys[i - 1] != "be":
        return []
    if keys[i + 1 : i + 2] not in ([], ["."], [","], [";"], ["!"], [")"]):
        return []  # "but this is not so important": not an ellipsis
    but = next(
        (b for b in range(i - 2, max(s_start, i - 7) - 1, -1) if keys[b] in _CONTRASTS), None
    )
    if but is None:
        return []
    start = but
    while start > s_start and (keys[start - 1] == "," or keys[start - 1] not in CLAUSE_BREAKS):
        start -= 1
    return list(range(start, but))


def _should_then_would(keys: list[str], s_start: int, s_end: int) -> tuple[int, list[int]] | None:
    """'Britain should have invited Stalin, then he would have felt included': what should
    have happened did not (a negation cue says so), and what would have followed claims
    nothing. Returns where the 'would have' starts and its clause."""
    should = _modal_perfect(keys, s_start, s_end, ("should", "ought"))
    if should is None:
        return None
    would = _modal_perfect(keys, should + 2, s_end, MODALS - {"should"})
    if would is None:
        return None
    return would, _to_clause_end(keys, would, s_end, SUBORDINATORS)


def _inverted(keys: list[str], word: Callable[[int], str], s_start: int, s_end: int) -> int:
    """Where an inverted 'if' clause opens the sentence ("Had Britain sent a minister, ..."),
    or -1."""
    opening = s_start + (keys[s_start] in INVERSION_OPENERS and s_start + 1 < s_end)
    return opening if keys[opening] == "have" and word(opening) == "had" else -1


def _modal_perfect(
    keys: list[str], s_start: int, s_end: int, modals: Collection[str] = MODALS
) -> int | None:
    """Where 'would have', 'might (not) have', 'could never have' starts, if anywhere."""
    for m in range(s_start, s_end):
        if keys[m] in modals:
            j = m + 1 + (keys[m] == "ought" and keys[m + 1 : m + 2] == ["to"])
            while j < s_end and keys[j] in PERFECT_SKIPS:
                j += 1
            if j < s_end and keys[j] == "have":
                return m
    return None


def _past_perfect(keys: list[str], word: Callable[[int], str], clause: list[int]) -> bool:
    """'(if) Britain had invited', 'had not been', 'had really bothered': 'had' and then a
    participle (an inflected word), not 'had a pact'."""
    for n, t in enumerate(clause):
        if word(t) != "had":
            continue
        following = [u for u in clause[n + 1 :] if keys[u] not in PERFECT_SKIPS]
        if following and word(following[0]) != keys[following[0]]:
            return True
    return False


def _simple_past(keys: list[str], word: Callable[[int], str], clause: list[int]) -> bool:
    """'(if) they really wanted an alliance, they would have sent ...': a past verb, no
    modal, in the 'if' clause of a 'would have' sentence is as counterfactual as 'had'."""
    if any(keys[t] in MODALS or keys[t] == "will" for t in clause):
        return False  # "if France would not defend its own border, ...": it did not
    for t in clause:
        form = word(t)
        if form in IRREGULAR_PAST or (form.endswith("ed") and form != keys[t]):
            return True
    return False


CLEFT_REACH = 6  # "it was not Britain and France that ...": the "that" comes soon


def _cleft(keys: list[str], i: int, end: int) -> bool:
    """'it was not X that ...' (a cleft), not 'it was not asked' (a passive)."""
    if keys[i - 2 : i] != ["it", "be"]:
        return False
    return any(k in ("that", "who", "which") for k in keys[i + 2 : min(end, i + 2 + CLEFT_REACH)])


def _judges_a_deed(keys: list[str], s_start: int, cue: int, cue_end: int, s_end: int) -> bool:
    """'wrong' and 'mistaken' judge what was done, not what was said, unless they are said of
    a claim ('This is wrong', 'The idea that ... is wrong', 'Historians who say ... are
    wrong'): 'Britain was wrong to sign it', 'Appeasement was wrong' deny nothing."""
    if keys[cue_end - 1] not in DEED_JUDGEMENTS:
        return False
    if cue_end < s_end and keys[cue_end] == "to":
        return True
    clause = _clause_start(keys, s_start, cue)
    subject = keys[clause:cue]
    return not all(k in PRONOUN_SUBJECT for k in subject) and CLAIM_WORDS.isdisjoint(subject)


def _clause_start(keys: list[str], s_start: int, at: int) -> int:
    """Where the clause holding token `at` starts: after the last clause break before it."""
    while at > s_start and keys[at - 1] not in CLAUSE_BREAKS:
        at -= 1
    return at


def _dismissed(
    keys: list[str],
    sentences: Sequence[tuple[int, int]],
    s_index: int,
    cue: int,
    dismissing: set[int],
) -> range:
    """What a dismissal ('... was not the reason') dismisses: its own clause, or, when that
    clause is only 'this' or 'that', the clause or sentence before it."""
    s_start, _ = sentences[s_index]
    clause = _clause_start(keys, s_start, cue)
    if not all(k in PRONOUN_SUBJECT for k in keys[clause:cue]):
        return range(clause, cue)
    if clause > s_start and not all(k in PRONOUN_SUBJECT for k in keys[s_start:clause]):
        return range(s_start, clause)  # ("Actually, that's wrong": the sentence before)
    if s_index and s_index - 1 not in dismissing:
        return range(*sentences[s_index - 1])
    return range(0)


def _cue_trie() -> dict[str, Any]:
    """Every cue in a trie of keys; a node's END entry lists the kinds of cue ending there
    (in the order: sentence, backward, rejection, neutral, phrase, forward)."""
    trie: dict[str, Any] = {}
    for kind, cues in (
        ("sentence", SENTENCE_CUES),
        ("backward", BACKWARD_CUES),
        ("rejection", REJECTION_CUES),
        ("neutral", NEUTRAL_CUES),
        ("phrase", PHRASE_CUES),
        ("forward", FORWARD_CUES),
    ):
        for cue in cues:
            # "that's not true": the lemma of "'s" is kept as "'s" (it may be a possessive)
            variants = [cue, ("'s", *cue[1:])] if cue[0] == "be" else [cue]
            for variant in variants:
                node = trie
                for key in variant:
                    node = node.setdefault(key, {})
                if kind not in node.setdefault(END, []):
                    node[END].append(kind)
    return trie


END = ""
CUE_TRIE = _cue_trie()
CUE_INDEX = frozenset(CUE_TRIE)  # the keys a cue can start with


def _cue_at(keys: list[str], i: int, end: int) -> tuple[str, int] | None:
    """The longest cue starting at token i, as (kind, length)."""
    if keys[i] == "'s" and (i == 0 or keys[i - 1] not in IS_AFTER):
        return None  # "Stalin's worst fears": a possessive, not "is"
    found: list[tuple[int, list[str]]] = []
    node: dict[str, Any] | None = CUE_TRIE
    j = i
    while j < end and node is not None:
        if j > i and keys[j] == ",":
            j += _aside(keys, j, end)  # "This is, I think, mistaken."
        # "that's not really true": an adverb inside a cue that the cue does not spell out
        while j > i and j < end - 1 and keys[j] in CUE_ADVERBS and keys[j] not in node:
            j += 1
        node = node.get(keys[j]) if j < end else None
        if node is None:
            break
        j += 1
        if END in node:
            found.append((j - i, node[END]))
    for length, kinds in reversed(found):
        for kind in kinds:
            if kind == "forward":
                after = i + length + (keys[i + length : i + length + 1] == ["a"])
                following = keys[after] if after < end else ""
                if following in NOT_CUES_AFTER.get(keys[i + length - 1], ()):
                    continue
            return kind, length
    return None


def _aside(keys: list[str], comma: int, end: int) -> int:
    """The length of an aside between commas inside a cue (", I think,"), or 0."""
    for aside in CUE_ASIDES:
        close = comma + len(aside) + 1
        if close < end and keys[close] == "," and tuple(keys[comma + 1 : close]) == aside:
            return close + 1 - comma
    return 0


def _to_phrase_end(keys: list[str], start: int, end: int) -> list[int]:
    """Tokens from start to the next punctuation or clause word."""
    out: list[int] = []
    for t in range(start, end):
        if keys[t] in BOUNDARIES and keys[t] not in SUBJECT_PRONOUNS:
            break
        out.append(t)
    return out


def _to_clause_end(
    keys: list[str], start: int, end: int, also: frozenset[str] | set[str] = frozenset()
) -> list[int]:
    """Tokens from start to the end of the clause (commas do not end it; words in `also` do)."""
    out: list[int] = []
    for t in range(start, end):
        if (keys[t] in CLAUSE_BREAKS and keys[t] != ",") or keys[t] in also:
            break
        out.append(t)
    return out


def _forward(keys: list[str], proper: Callable[[int], bool], start: int, end: int) -> list[int]:
    out: list[int] = []
    content = 0
    for t in range(start, end):
        key = keys[t]
        # "not weak and stopped": a new verb after "and" is not negated; a name is.
        new_conjunct = key == "and" and content and not (t + 1 < end and proper(t + 1))
        # a pronoun starts a new clause ("did not trust them he signed"), unless it is the
        # subject of the negated verb ("nor was he consulted")
        new_subject = key in SUBJECT_PRONOUNS and content
        if key in _OR_OPENERS and content and keys[t + 1 : t + 2] == ["or"]:
            return out + _forward(keys, proper, t + 2, end)  # "not invited (or consulted"
        if (key in BOUNDARIES and key not in SUBJECT_PRONOUNS) or new_conjunct or new_subject:
            break
        out.append(t)
        if key not in FILLERS and not key.isdigit():
            content += 1
            if content >= WINDOW:
                return out + _or_conjunct(keys, proper, t + 1, end)
    return out


_OR_OPENERS = frozenset((",", "("))  # marks after which an "or" carries a negation on


OR_REACH = 6  # words after a full scope in which an "or" may still come


def _or_conjunct(keys: list[str], proper: Callable[[int], bool], start: int, end: int) -> list[int]:
    """'did not invite Stalin to the conference or even consult him': the negation carries
    over 'or' to the next few words of the same clause."""
    for t in range(start, min(end, start + OR_REACH)):
        if keys[t] in BOUNDARIES and keys[t] not in SUBJECT_PRONOUNS:
            return []
        if keys[t] == "or":
            return _forward(keys, proper, t + 1, end)
    return []
