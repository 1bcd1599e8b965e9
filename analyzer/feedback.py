"""Feedback beyond coverage: is a point explained or only mentioned; wrong facts."""

from __future__ import annotations

from .matching import CAUSAL, CompiledRubric, fact_concept, title_concept
from .models import FactNote
from .parse import Parsed
from .patterns import Found, Hit, Occurrence
from .rubric_schema import PointSpec, RubricSpec

YEAR_REACH = 8  # tokens either side of a term where a year is taken to date it
TITLE_REACH = 4


def develop_status(
    point: PointSpec, hits: list[Hit], parsed: Parsed, kinds: list[str], occurrences: Found
) -> str:
    """'explained' when a hit (or the sentence after it) links to the outcome with a detail."""
    for hit in hits:
        window = set(hit.sentences)
        after = hit.sentences[-1] + 1
        if after < len(kinds) and kinds[after] == "claim":
            window.add(after)
        found = {c for s in window for c in occurrences.get(s, {})}
        has_link = CAUSAL in found
        has_detail = any(d in found for d in point.details) or _has_year(parsed, window)
        if has_link and has_detail:
            return "explained"
    return "mentioned"


def _has_year(parsed: Parsed, window: set[int]) -> bool:
    years = parsed.years
    return any(parsed.sent_of[i] in window for i in years)


def fact_notes(
    rubric: RubricSpec, compiled: CompiledRubric, parsed: Parsed, occurrences: Found
) -> tuple[FactNote, ...]:
    """Notes for terms the essay dates or titles wrongly (they never change the mark)."""
    notes: list[FactNote] = []
    # terms whose facts carry years compete for a nearby year; names with titles do not
    dated = compiled.dated_facts
    seen: set[tuple[str, str]] = set()
    for point in rubric.points:
        for n, fact in enumerate(point.facts):
            concept = fact_concept(point.id, n)
            for s_index, terms in occurrences.items():
                if concept not in terms:
                    continue
                s_start, s_end = parsed.sentences[s_index]
                others = [
                    o
                    for c in (terms.keys() & dated if fact.years else ())
                    if c != concept
                    for o in terms.get(c)
                ]
                for occ in terms.get(concept):
                    found = _wrong_year(parsed, occ, others, s_start, s_end, fact.years)
                    if found is None and fact.wrong_titles:
                        titles = terms.get(title_concept(point.id, n))
                        near = [t for t in titles if _titles(parsed, t, occ)]
                        if near:
                            t = near[0]
                            found = parsed.span(t.start, t.end)
                    if found is None:
                        continue
                    term = parsed.span(occ.start, occ.end)
                    if (term.lower(), found) in seen:
                        continue
                    seen.add((term.lower(), found))
                    start, end = parsed.starts[s_start], parsed.ends[s_end - 1]
                    expected = fact.note or (fact.title or ", ".join(str(y) for y in fact.years))
                    notes.append(
                        FactNote(
                            point.id, term, found, expected, parsed.text[start:end], start, end
                        )
                    )
    return tuple(notes)


# Words that may stand between a name and its title: "Halifax, the British Prime Minister".
_APPOSITION = {
    ",",
    "the",
    "british",
    "be",
    "a",
    "as",
    "then",
    "who",
    "of",
    "britain",
    "'s",
    "lord",
    "sir",
    "mr",
    "neville",
}


def _titles(parsed: Parsed, title: Occurrence, term: Occurrence) -> bool:
    """True when the title names the term: 'Prime Minister Halifax', 'Halifax, the PM'."""
    if title.end <= term.start:
        between = range(title.end, term.start)
    elif term.end <= title.start:
        between = range(term.end, title.start)
    else:
        return False
    keys = [parsed.keys[i] for i in between]
    return len(keys) <= TITLE_REACH and all(k in _APPOSITION for k in keys)


def _wrong_year(
    parsed: Parsed,
    occ: Occurrence,
    others: list[Occurrence],
    s_start: int,
    s_end: int,
    years: list[int],
) -> str | None:
    """The year nearest the term (and nearer it than any other fact term), if it is wrong."""
    if not years:
        return None

    def distance(i: int, o: Occurrence) -> int:
        return 0 if o.start <= i < o.end else min(abs(i - o.start), abs(i - (o.end - 1)))

    best: tuple[int, str] | None = None
    low, high = max(s_start, occ.start - YEAR_REACH), min(s_end, occ.end + YEAR_REACH)
    for i, text in parsed.years.items():
        if not low <= i < high:
            continue
        mine = distance(i, occ)
        if any(distance(i, o) < mine for o in others):
            continue
        if best is None or mine < best[0]:
            best = (mine, text)
    if best is None or int(best[1]) in years:
        return None
    return best[1]
