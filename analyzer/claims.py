"""Decide which sentences are the student's own claims (not questions, headings or lists)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from spacy.lang.en.stop_words import STOP_WORDS

from .parse import Parsed
from .patterns import Terms

CLAIM, QUESTION, HEADING, KEYWORDS, PROMPT = "claim", "question", "heading", "keywords", "prompt"
HYPOTHETICAL = "hypothetical"
# "If Britain had made a naval deal, Stalin would have been alarmed": nothing is claimed.
_HYPOTHETICAL = re.compile(
    r"^(suppose|imagine|supposing)\b.*\b(would|might|could)\b"
    r"|\b(would|might|could) have\b.*\bif\b.*\bhad\b"
    r"|\bif\b.*\bhad\b.*\b(would|might|could) have\b"
)
_WHY_WOULD = re.compile(r"\bwhy (would|should|could)\b")
_BULLET = re.compile(r"^\s*(?:[*\-+>|=•❖]+|\d{1,2}[.)]|[a-z][.)])\s*", re.IGNORECASE)
# "Is it any wonder that Stalin ...?" asserts what it asks.
_RHETORICAL = re.compile(
    r"^(?:(?:so|and|but|then|really|honestly) )?(is|was) it (any|little|a|at all)? ?"
    r"(surprise|wonder|surprising)"
)
# "Fr did nothing -> would they help USSR?": a note that ends in a question still claims.
_NOTE_ARROW = re.compile(r"(->|=>|→)")
_WORD = re.compile(r"[A-Za-z0-9']+")
# A yes/no question opens with one of these (after "and", "so", "firstly"...).
_QUESTION_OPENERS = frozenset(
    "whether if is are was were am do does did "
    "can could would will should shall may might must has have had isn't aren't wasn't "
    "weren't don't doesn't didn't can't couldn't wouldn't won't shouldn't hasn't haven't "
    "hadn't".split()
)
_LEADING = frozenset(
    "and but so then yet or well now therefore thus also firstly secondly thirdly fourthly "
    "fifthly finally lastly next besides moreover furthermore however first second third".split()
)


TOPIC_REACH = 3  # sentences after a paragraph's topic that may draw on it
TOPIC_MAX_TOKENS = 12


@dataclass(frozen=True)
class Layout:
    """What each sentence is (claim, question...) and how it is written (prose or notes)."""

    kinds: list[str]
    styles: list[str]
    paragraphs: frozenset[int] = frozenset()  # sentences that open a paragraph (after a blank line)
    # sentences that define a word ("Appeasement is when you give in to a bully"), each with
    # the token where the definition starts ("when"): a term named there is not claimed
    # unless the sentence links it to something else
    definitions: Mapping[int, int] = field(default_factory=dict)
    # sentences that name a paragraph's topic in prose ("Then there was Munich.", "Another
    # factor was the navy."): the claims right after them may draw on it
    topics: frozenset[int] = frozenset()

    def windows_with_concepts(
        self, neighbours: bool, occurrences: Mapping[int, Terms]
    ) -> list[tuple[tuple[int, ...], frozenset[str]]]:
        """Each window with the concepts found in it (windows without any are left out)."""
        out = []
        for window in self.windows(neighbours):
            found = [occurrences[s].concepts for s in window if s in occurrences]
            present = found[0] if len(found) == 1 else frozenset().union(*found)
            if present:
                out.append((window, present))
        return out

    def windows(self, neighbours: bool) -> Iterator[tuple[int, ...]]:
        """Single claims, or (with neighbours) pairs of sentences that may form one claim."""
        if not neighbours:
            yield from ((i,) for i, kind in enumerate(self.kinds) if kind == CLAIM)
            return
        for i in range(len(self.kinds) - 1):
            if i + 1 not in self.paragraphs and pairable(self.kinds, self.styles, i):
                yield (i, i + 1)
            if i in self.topics:
                yield from self._topic_windows(i)

    def _topic_windows(self, i: int) -> Iterator[tuple[int, ...]]:
        """A paragraph's topic ("Then there was Munich.") with each of the claims that follow
        it closely ("Britain and France met Hitler there. Stalin was left out.")."""
        for j in range(i + 1, min(len(self.kinds), i + 1 + TOPIC_REACH)):
            if j in self.paragraphs or self.kinds[j] != CLAIM:
                return
            if j > i + 1:
                yield (i, j)


def layout(parsed: Parsed, question: str) -> Layout:
    """Classify every sentence of a parsed essay."""
    styles = line_styles(parsed)
    return Layout(
        _titles(parsed, sentence_kinds(parsed, question), styles),
        styles,
        paragraph_starts(parsed),
        definitions(parsed),
        topic_sentences(parsed),
    )


def _titles(parsed: Parsed, kinds: list[str], styles: list[str]) -> list[str]:
    """A line of a name or two over a paragraph of prose ("The Drax Mission") is its title:
    it heads the paragraph and claims nothing by itself."""
    for n in range(len(kinds) - 1):
        if (
            kinds[n] == CLAIM
            and styles[n] == NOTE
            and styles[n + 1] == PROSE
            and _bare(parsed.span(*parsed.sentences[n]))
        ):
            kinds[n] = HEADING
    return kinds


def topic_sentences(parsed: Parsed) -> frozenset[int]:
    """Sentences that only name a topic: 'Then there was Munich.', 'Another factor was the
    navy.', 'The third reason was the British leaders.'"""
    found = set()
    for n, (start, end) in enumerate(parsed.sentences):
        if end - start > TOPIC_MAX_TOKENS or parsed.keys[end - 1] not in (".", "!"):
            continue  # (a cheap test first: short, and prose)
        text = parsed.span(start, end)
        plain = _plain(text)
        opening = _THERE_WAS.match(plain) or _TOPIC.match(plain)
        if (opening and _bare(plain[opening.end() :])) or ("," not in text and _scene(plain)):
            found.add(n)
    return frozenset(found)


# "In 1938 there was a conference in Munich.", "The Munich Conference happened in 1938.": an
# event set up for the sentences after it to explain
_DATE = r"(?:in |on |by )?(?:\d{1,2} )?(?:[a-z]+ )?\d{4}"
_SCENE = re.compile(
    r"^(?:" + _DATE + r" )?(?:(?:then|and|also|next) )*there (?:was|were) (?P<a>.+?)"
    r"(?: " + _DATE + r")?$"
    r"|^(?:" + _DATE + r" )?(?P<b>.+?) (?:happened|took place|was held)(?: " + _DATE + r")?$"
)


def _scene(plain: str) -> bool:
    """'In 1938 there was a conference in Munich about Czechoslovakia.': an event, named
    with a few words and no verb (a list of events has commas, which the caller rules out)."""
    scene = _SCENE.match(plain)
    if scene is None:
        return False
    words = (scene.group("a") or scene.group("b")).split()
    return len(words) <= 6 and not _says_something(words)


# "Appeasement is when ...", "Appeasement basically means ...", "A pact is where ...",
# "Appeasement is a policy where ...", "It comes from the word appease, which means ..."
_DEFINITION = re.compile(
    r"^(?:[\w'-]+ ){1,3}(?:(?:is|was)(?: basically| simply| just)? (?:when|where)"
    r"|(?:is|was)(?: basically| simply| just)? (?:a|an|the) (?:policy|word|term|idea) "
    r"(?:when|where|in which|that means|which means)"
    r"|(?:basically |simply )?(?:means|meant))\b"
    r"|.*\b(?:word|term) [\w'-]+,? (?:which|that) means\b"
)


def definitions(parsed: Parsed) -> dict[int, int]:
    """The sentences that define a word, each with the token where its definition starts."""
    keys = parsed.keys
    found = {}
    for n, (start, end) in enumerate(parsed.sentences):
        # (a cheap test first: "when", "where" or "mean" among the first words)
        at = next((i for i in range(start, min(start + 8, end)) if keys[i] in _DEFINING), None)
        if at is not None and _DEFINITION.match(_plain(_BULLET.sub("", parsed.span(start, end)))):
            found[n] = at
    return found


_DEFINING = frozenset(("when", "where", "mean"))


def paragraph_starts(parsed: Parsed) -> frozenset[int]:
    """The sentences after a blank line: a claim does not run on into a new paragraph."""
    text = parsed.text
    return frozenset(
        n
        for n in range(1, len(parsed.sentences))
        if _BLANK_LINE.search(
            text, parsed.ends[parsed.sentences[n - 1][1] - 1], parsed.starts[parsed.sentences[n][0]]
        )
    )


_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")


def sentence_kinds(parsed: Parsed, question: str) -> list[str]:
    """The kind of each sentence: claim, question, heading, keywords or prompt."""
    kinds = []
    q_norm = _plain(question)
    bare = []
    for n, (start, end) in enumerate(parsed.sentences):
        text = parsed.span(start, end)
        kinds.append(_kind(text, q_norm, n in parsed.counterfactuals, n in parsed.answered))
        bare.append(_bare(text))
    for n in range(len(bare) - 2, -1, -1):  # (backwards: bare[n - 1] is still as found)
        # "- Munich 1938. Stalin wasn't asked to come.": a name alone in its line but for
        # what explains it heads a claim, and is no item of a list (as in "Munich. Drax.")
        if (
            bare[n]
            and not bare[n + 1]
            and _same_line(parsed, n)
            and not (n and bare[n - 1] and _same_line(parsed, n - 1))
        ):
            bare[n] = False
    for n in range(len(kinds) - 1):
        # a quotation the student goes on to explain is theirs: 'The source says "appeasement
        # allowed Germany to rearm". This means Hitler was getting stronger ...'
        if kinds[n] == PROMPT and _EXPLAINS.match(_plain(parsed.span(*parsed.sentences[n + 1]))):
            kinds[n] = CLAIM
    for n, kind in _task_lines(parsed):
        kinds[n] = kind
    # "Munich. Drax. The navy. Appeasement.": a list written with full stops
    run = 0
    for i in range(len(kinds) + 1):
        if i < len(kinds) and bare[i]:
            run += 1
            continue
        if run >= KEYWORD_RUN:
            kinds[i - run : i] = [KEYWORDS] * run
        elif run:  # "Point: Appeasement.", "Munich.": a name alone heads what follows
            for j in range(i - run, i):
                if kinds[j] == CLAIM and _one_name(parsed.span(*parsed.sentences[j])):
                    kinds[j] = HEADING
        run = 0
    return kinds


def _same_line(parsed: Parsed, n: int) -> bool:
    """Does sentence n + 1 start in the line where sentence n ends?"""
    end, after = parsed.sentences[n][1], parsed.sentences[n + 1][0]
    return "\n" not in parsed.text[parsed.ends[end - 1] : parsed.starts[after]]


_EXPLAINS = re.compile(
    r"^(?:so |i think )?(?:this|that|it|which) (?:means|meant|shows|showed|suggests|suggested"
    r"|proves|proved|tells us|told)\b"
)
# The task copied in, with its label ("Q: Why did ... (Think about: ...) [8 marks]"), or the
# task's hints ("(Think about: the League, Munich ...)"): every sentence of it is the prompt.
_TASK_LINE = re.compile(
    r"(?:(?:teacher'?s?|exam|essay|the|my|our)\s+)?(?:q|question|task|title|prompt)\s*\d*\s*[:.)]",
    re.IGNORECASE,
)
# "A." or "Answer:" after a question in the same line: what follows is the student's answer
_ANSWER = r"(?:a|ans|answer)\s*[:.)]\s"
_ANSWER_LABEL = re.compile(_ANSWER, re.IGNORECASE)
_INLINE_ANSWER = re.compile(r"\?\s+" + _ANSWER, re.IGNORECASE)
# words that open a task's hint; the cheap test in _may_hold_task looks for them too
_TASK_WORDS = (
    "think about",
    "consider",
    "hint",
    "remember",
    "you should",
    "you could",
    "you may",
    "you might",
)
_TASK_HINT = re.compile(
    r"[(\[]\s*(?:" + "|".join(_TASK_WORDS) + r")\b"
    r"|(?:think about|consider|hints?"
    r"|you (?:may|could|might|should) (?:use|mention|include|write about))\s*:",
    re.IGNORECASE,
)


def _may_hold_task(text: str) -> bool:
    """A cheap test for _task_lines: a task word, or a line opening with a task label."""
    lowered = text.lower()
    return any(w in lowered for w in _TASK_WORDS) or any(
        _TASK_LINE.match(line) for line in text.split("\n")
    )


def _task_lines(parsed: Parsed) -> Iterator[tuple[int, str]]:
    """The sentences of a task line ('Q: ...', 'Question 2: ...') or of a task's hints, as
    the prompt; a short question that is answered ('Q. Munich? A. Not invited.') heads its
    answer."""
    text = parsed.text
    if not _may_hold_task(text):
        return
    hint_until = -1  # a hint in brackets runs on to its closing bracket
    answered = -1  # the start of a line whose question is answered in it
    for n, (start, end) in enumerate(parsed.sentences):
        a = parsed.starts[start]
        line = text.rfind("\n", 0, a) + 1
        if _ANSWER_LABEL.match(text, a) or _INLINE_ANSWER.search(text, a, parsed.ends[end - 1]):
            answered = line  # the answer, and what follows in its line, is the student's
        if (line != answered and _TASK_LINE.match(text, line)) or a < hint_until:
            yield n, HEADING if _heads_answer(parsed, n) else PROMPT
            continue
        hint = _TASK_HINT.match(text, a)
        if hint:
            if text[a] in "([":
                close = text.find(")" if text[a] == "(" else "]", a)
                hint_until = close if close >= 0 else len(text)
            yield n, PROMPT


def _heads_answer(parsed: Parsed, n: int) -> bool:
    """A short question ('Q. Munich?') answered by the next sentence ('A. Not invited.')."""
    if n + 1 >= len(parsed.sentences) or parsed.sentences[n][1] - parsed.sentences[n][0] > 8:
        return False
    return _ANSWER_LABEL.match(parsed.text, parsed.starts[parsed.sentences[n + 1][0]]) is not None


KEYWORD_RUN = 3  # bare names in a row that make a list
_NEGATIONS = {"no", "not", "never", "nobody", "without", "nothing"}  # "Stalin no invite" claims


def _one_name(text: str) -> bool:
    """'Appeasement.', 'Point: Munich.': one word after any label."""
    body = _BULLET.sub("", text)
    label = _LABEL.match(body)
    words = _WORD.findall(body[label.end() :] if label else body)
    return len([w for w in words if not w.isdigit()]) == 1  # "Drax 1939."


_LABEL = re.compile(r"^[^:]{1,25}:\s*")


def _says_something(words: list[str]) -> bool:
    """A verb ('was', 'let') or a denial ('no Stalin') among lower-cased words: a statement,
    not a name."""
    return any(w in _NEGATIONS or _verb_like(w) for w in words)


def _verb_like(word: str) -> bool:
    """A lower-cased word that makes a phrase a statement: 'was', 'let', 'loathed'."""
    return (
        word in _CLAUSE_WORDS
        or (len(word) > 4 and word.endswith("ed"))
        or word.endswith(("n't", "n’t"))  # "it didn't work, for example in Abyssinia"
    )


def _bare(text: str) -> bool:
    """One or two names and no verb: 'Drax.', 'the navy.', 'leeg of nashuns.'"""
    if text.count(" ") > 5:
        return False  # (a cheap test first: a sentence of more than six words)
    words = _plain(_BULLET.sub("", text)).split()
    content = [w for w in words if w not in STOP_WORDS]
    return 0 < len(content) <= 2 and len(words) <= 4 and not _says_something(words)


PROSE, NOTE, INTRO = "prose", "note", "intro"


def line_styles(parsed: Parsed) -> list[str]:
    """For each sentence: prose; a note-form line (a bullet, or a line with no full stop);
    or an intro line, a note ending in ':' or '-' (or a question the next line answers)
    that introduces the next line."""
    text = parsed.text
    out = []
    for n, (start, end) in enumerate(parsed.sentences):
        a, b = parsed.starts[start], parsed.ends[end - 1]
        while a and text[a - 1] in " \t":
            a -= 1
        while b < len(text) and text[b] in " \t":
            b += 1
        whole = (not a or text[a - 1] == "\n") and (b == len(text) or text[b] in "\r\n")
        a, b = parsed.starts[start], parsed.ends[end - 1]
        body = text[a:b]
        if not whole or (not _BULLET.match(body) and body.endswith((".", "!", "?"))):
            out.append(PROSE)
        else:
            intro = body.endswith((":", "-", ">")) or (
                body.endswith("?") and _heads_answer(parsed, n)  # "Q. Munich?" / "A. ..."
            )
            out.append(INTRO if intro else NOTE)
    return out


def pairable(kinds: list[str], styles: list[str], i: int) -> bool:
    """May sentences i and i + 1 be read as one claim? A claim or a heading ('Munich:', 'Then
    there was Munich.') and the claim after it. A note-form line (a bullet) is its own item,
    unless an intro line ('Munich:') heads it; an intro line does not follow a note."""
    if kinds[i + 1] != CLAIM:
        return False
    if kinds[i] not in (CLAIM, HEADING):
        return False
    if styles[i + 1] == NOTE:
        return styles[i] == INTRO
    return styles[i + 1] == PROSE or styles[i] != NOTE


def _plain(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def _kind(
    text: str, question_plain: str, counterfactual: bool = False, answered: bool = False
) -> str:
    """What a sentence is; a counterfactual (negated by the parser) is no hypothetical, and
    a question answered at once ("Was he invited? No.") is a claim."""
    body = _BULLET.sub("", text).strip()
    plain = _plain(body)
    if not plain:
        return HEADING
    if question_plain and fuzz.ratio(plain, question_plain) >= 85:
        return PROMPT
    if (
        body.rstrip("([ ").endswith("?")  # (a bracket opened after it: "What is X? (ask sir)")
        and not answered
        and not _RHETORICAL.match(plain)
        and not _NOTE_ARROW.search(body)
        and _asks(plain)
    ):
        return QUESTION
    if _mostly_quoted(body) and not _ENDORSED.match(plain) and not _woven(body):
        return PROMPT
    if (
        not counterfactual
        and _modal(plain)
        and _HYPOTHETICAL.search(plain)
        and not _WHY_WOULD.search(plain)
    ):
        return HYPOTHETICAL
    if _is_keyword_list(body) or _is_listed_reasons(body) or _names_only(body):
        return KEYWORDS
    if _there_was_a_list(plain, body) or _OUT_OF_TIME.match(plain):
        return KEYWORDS  # "5) Appeasement - ran out of time": named, not explained
    if _THERE_WAS.match(plain) and _bare(_THERE_WAS.sub("", plain)):
        return HEADING  # "Then there was Munich." names what the next sentence explains
    if body.endswith((":", "-")) or (len(plain.split()) <= 2 and not body.endswith((".", "!"))):
        return HEADING
    return CLAIM


# A quotation of the prompt or source ("The task sheet says: '...'") is not the student's claim.
_QUOTED = re.compile(r"[\"“”]([^\"“”]{25,})[\"“”]|(?<!\w)'([^']{25,})'(?!\w)")
# "Reasons include Munich, Drax and the naval agreement": names listed, no claim made.
_LIST_NOUN = r"(?:reasons?|factors?|causes?|examples?|things|points|anger)"
_LISTED = re.compile(
    r"^(?:[\w'-]+ ){0,10}?" + _LIST_NOUN + r"\b"
    r"(?: [\w'-]+){0,12}?,?"  # a comma only before the marker: "reasons, such as"
    r" (?:(?:include|includes|included|including|were|are|was|like|such as)\b|[:-])"
    r" (.+)$"
)
# "These were the League, the Rhineland, Munich and Drax." (the reasons just announced)
_THESE_WERE = re.compile(r"^(?:these|those) (?:were|are|include|included) (.+)$")
# "... did not trust Britain and France because of Munich, Drax, the navy and the League"
_BECAUSE_OF = re.compile(r"^(?:[\w'-]+ ){0,14}?because of (.+)$")


_CLAUSE_WORDS = {
    "that",
    "because",
    "was",
    "were",
    "is",
    "are",
    "did",
    "does",
    "do",
    "nothing",
    "never",
    "had",
    "has",
    "have",
    "let",
    "letting",
    "gave",
    "made",
    "signed",
    "failed",
    "hated",
    "not",
    "so",
    "which",
    "who",
}


def _modal(plain: str) -> bool:
    """A cheap test that a hypothetical is possible: it needs 'would', 'might' or 'could'."""
    return "would" in plain or "could" in plain or "might" in plain


_OUT_OF_TIME = re.compile(
    r"^(?:\d+ )?(?:[\w'-]+ ){1,4}(?:i )?(?:ran out of time|run out of time|out of time"
    r"|no time left|no time to (?:explain|write|finish)|not enough time|didn'?t have time"
    r"|don'?t have time)\b"
)
_THERE_WAS_LIST = re.compile(
    r"^(?:[\w'-]+,? ){0,5}?there (?:was|were|is|are)(?: also)? (.+)$", re.I
)
# "Another factor was the navy.", "The third reason was the British leaders.": a paragraph's
# topic, which the sentences after it explain
_TOPIC = re.compile(
    r"^(?:(?:and|also|then|next|finally|lastly) )*(?:another|one|a further|the (?:first|second"
    r"|third|fourth|fifth|next|final|last|main|biggest|most important)) (?:reason|factor|cause"
    r"|problem) (?:was|is)(?: also)? "
)
_THERE_WAS = re.compile(r"^(?:(?:then|and|also|next) )*there (?:was|were|is|are)(?: also)? ")


# "As the historian X observes, '...'": a quotation the student takes as their own
_ENDORSED = re.compile(
    r"^as (?:[\w']+ ){1,5}(?:observes|observed|argues|argued|notes|noted|says|said|writes|wrote"
    r"|puts it|points out|pointed out|shows|showed|explains|explained)\b"
)


def _there_was_a_list(plain: str, body: str) -> bool:
    """'In the 1930s there was the League, Manchuria, Abyssinia, Munich and appeasement.'"""
    listed = _THERE_WAS_LIST.match(body) if "there" in plain else None
    return listed is not None and _is_keyword_list(listed.group(1))


def _names_only(body: str) -> bool:
    """'Drax, appeasement.': names in a list, with nothing said about them."""
    if body.count(" ") > 7 or ("," not in body and ";" not in body):
        return False  # (a cheap test first)
    parts = [p for p in re.split(r"[,;]", body.rstrip(".")) if p.strip()]
    return len(parts) >= 2 and all(_bare(p) for p in parts)


def _asks(plain: str) -> bool:
    """True when the sentence asks whether its claim is so: a yes/no question ("Did Britain
    want Germany strong?"), "what if", or a short "What is appeasement?". Any other question
    opening "why", "how" or "what" takes its content as given ("How could Stalin trust a
    France that had sat on its hands?"), and a statement may end in a question ("It didn't
    stop Japan, so how will it stop Hitler?")."""
    words = plain.split()
    for n, word in enumerate(words):
        if word not in _LEADING:
            return (
                word in _QUESTION_OPENERS
                or words[n : n + 2] == ["what", "if"]
                or _asks_what_it_is(words[n:])
            )
    return True


def _asks_what_it_is(words: list[str]) -> bool:
    """'What is appeasement?', 'Who was Chamberlain?': a short question for a definition."""
    return len(words) <= 6 and words[0] in ("what", "who") and words[1:2] in _IS_WAS


_IS_WAS = (["is"], ["was"], ["are"], ["were"])


def _mostly_quoted(body: str) -> bool:
    if '"' not in body and "\u201c" not in body and "\u201d" not in body and body.count("'") < 2:
        return False  # (a cheap test first: no quotation marks)
    quoted = sum(len(m.group(0)) for m in _QUOTED.finditer(body))
    return quoted >= 0.5 * len(body)


def _woven(body: str) -> bool:
    """Quoted words woven into the student's own sentence ('France "did sign an agreement"
    but "did not act"'), not a quotation introduced as such ('The task sheet says: "..."',
    'According to the source, "..."', 'And "..."')."""
    first = _QUOTED.search(body)
    before = body[: first.start()].strip().lower() if first else ""
    words = _WORD.findall(before)
    return (
        any(w not in _LEADING for w in words)
        and not _INTRODUCED.search(before)
        and _SOURCE_WORDS.isdisjoint(words)
    )


# what introduces a quotation: "The source says:", "as Chamberlain wrote,", "Question:"
_INTRODUCED = re.compile(
    r"(?:\b(?:say|says|said|state|states|stated|write|writes|wrote|read|reads|argue|argues"
    r"|argued|ask|asks|asked|claim|claims|claimed|put it|puts it|as follows)(?: that| to)?"
    r"|[:\-–—])[,:]?$"
)
_SOURCE_WORDS = frozenset(
    "source sources quote quotes quotation extract passage document question task sheet "
    "teacher textbook book according prompt".split()
)
_LIST_NOUNS = re.compile(r"\b" + _LIST_NOUN + r"\b")  # the cheap test for _LISTED


_LEAD_IN = re.compile(r"^(?:[\w'-]+ ){0,4}?(?:like|such as|including) ")


def _is_listed_reasons(body: str) -> bool:
    """'Other reasons include Munich and Drax.', '... because of Munich, Drax and the navy.':
    names listed as reasons (two or more after a list noun, three or more after
    'because of'), with no verb among them."""
    lowered = " ".join(body.lower().rstrip(".!").split())
    found = None
    if _LIST_NOUNS.search(lowered):  # (a cheap test first: _LISTED needs one of these words)
        found, fewest = _LISTED.match(lowered), 2
    if not found and "because of" in lowered:
        found, fewest = _BECAUSE_OF.match(lowered), 3
    if not found and lowered.startswith(("these ", "those ")):
        found, fewest = _THESE_WERE.match(lowered), 3
    if not found:
        return False
    rest = found.group(1).split(" but ")[0]  # "..., appeasement and Drax but I have no time"
    rest = _LEAD_IN.sub("", rest)  # "because of lots of things like Munich, ..."
    listed = rest.split(" which ")[0]  # "Munich and appeasement which made him angry"
    if " and " in listed:  # (a list, not "appeasement, the policy which let Hitler ...")
        rest = listed
    if any(_verb_like(w) for w in rest.split()):
        return False  # "reasons were that Britain let Hitler rearm ...": a claim
    items = [i for i in re.split(r",? and |, ", rest) if i.strip()]
    return len(items) >= fewest and all(len(i.split()) <= 4 for i in items)


def _is_keyword_list(body: str) -> bool:
    """'Munich, Drax, navy, League' or 'Key words: ...': four or more items of a few words
    (the last may follow 'and': 'Munich, Drax, the navy and the League')."""
    if body.count(",") + body.count(";") < 2:
        return False  # (a cheap test first: four items need three separators)
    label = re.match(r"^[^:]{1,40}:\s*", body)
    if label and len(_WORD.findall(label.group(0))) <= 6:
        body = body[label.end() :]
    parts = [p.strip() for p in re.split(r"[,;]", body.rstrip(".")) if p.strip()]
    words = [w.lower() for w in _WORD.findall(body)]
    function_words = sum(1 for w in words if w in STOP_WORDS and w not in _LIST_GLUE)
    if len(parts) == 3 and " and " in parts[-1] and not function_words:
        parts[-1:] = [p for p in parts[-1].split(" and ", 1) if p.strip()]  # names only
    if len(parts) < 4:
        return False
    if _says_something(words):
        return False  # a verb ("loathed", "was") or a denial ("no Stalin"): a claim, not a list
    sizes = [len(_WORD.findall(p)) for p in parts]
    return (
        sum(1 for n in sizes if n <= 4) >= 0.8 * len(parts)
        and max(sizes) <= 5
        and function_words / max(1, len(words)) < 0.3
    )


_LIST_GLUE = {"the", "a", "an", "and"}  # words a list of names holds without being a sentence
