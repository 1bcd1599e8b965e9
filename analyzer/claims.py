"""Decide which sentences are the student's own claims (not questions, headings or lists)."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from .parse import Parsed

CLAIM, QUESTION, HEADING, KEYWORDS, PROMPT = "claim", "question", "heading", "keywords", "prompt"
_BULLET = re.compile(r"^\s*(?:[*\-+>•❖]+|\d{1,2}[.)]|[a-z][.)])\s*", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z0-9']+")


def sentence_kinds(parsed: Parsed, question: str) -> list[str]:
    """The kind of each sentence: claim, question, heading, keywords or prompt."""
    kinds = []
    q_norm = _plain(question)
    for start, end in parsed.sentences:
        text = parsed.text[parsed.tokens[start].start : parsed.tokens[end - 1].end]
        kinds.append(_kind(text, q_norm))
    return kinds


def _plain(text: str) -> str:
    return " ".join(w.lower() for w in _WORD.findall(text))


def _kind(text: str, question_plain: str) -> str:
    body = _BULLET.sub("", text).strip()
    plain = _plain(body)
    if not plain:
        return HEADING
    if question_plain and fuzz.ratio(plain, question_plain) >= 85:
        return PROMPT
    if body.endswith("?"):
        return QUESTION
    if _is_keyword_list(body):
        return KEYWORDS
    if body.endswith((":", "-")) or (len(plain.split()) <= 3 and not body.endswith((".", "!"))):
        return HEADING
    return CLAIM


def _is_keyword_list(body: str) -> bool:
    """'Munich, Drax, navy, League' or 'Key words: ...': four or more short items."""
    parts = [p.strip() for p in re.split(r"[,;:/]", body) if p.strip()]
    if len(parts) < 4:
        return False
    short = [p for p in parts if len(_WORD.findall(p)) <= 4]
    return len(short) >= 0.8 * len(parts) and max(len(_WORD.findall(p)) for p in parts) <= 6
