"""A candidate called by the first name alone after the article has named them in full ("Estonia had
"backed Mark from the beginning"", "The day after Rafael withdrew"): a mention of that candidate.

Only a first name no one else in the article or the story shares (another candidate, a state's listed
person, any other "Mark Somebody" the article writes), after the full name, standing alone (no capitalised
word next to it: "Mark Brzezinski" is someone else), and never a month or a weekday ("May")."""
from __future__ import annotations

import re
from bisect import insort
from typing import TYPE_CHECKING

from natowatch.extract.compiled import built
from natowatch.extract.calendar_names import MONTH_NAMES, WEEKDAY_NAMES
from natowatch.extract.mentions import CANDIDATE, Mention
from natowatch.extract.text import fold

if TYPE_CHECKING:
    from natowatch.extract.discourse import Reading
    from natowatch.extract.story import Story

# a first name worth reading: a capitalised word of three letters or more, no calendar word
_FIRST = built(r"(?!(?:" + MONTH_NAMES + "|" + WEEKDAY_NAMES + r")\b)[A-Z][a-z'’-]{2,}")
# a capitalised word right before or after a first name makes it part of another name (or a title before it)
_CAPITAL_AFTER = re.compile(r"[ \t]+(?:[A-Z]|[a-z]{1,3}\s+[A-Z])")
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w'’.-]*[ \t]+$")
_POSSESSIVE = re.compile(r"['’]s?(?![\w])")

_cache: dict[int, tuple["Story", dict[str, str]]] = {}


def first_names(story: "Story") -> dict[str, str]:
    """{first name: candidate} of the story's candidates whose first name no other candidate and no listed
    person of a state shares (folded, as the text is read)."""
    hit = _cache.get(id(story))
    if hit is not None and hit[0] is story:
        return hit[1]
    owners: dict[str, set[str]] = {}

    def own(full: str, value: str) -> None:
        words = fold(full).split()
        if len(words) >= 2 and _FIRST.fullmatch(words[0]):
            owners.setdefault(words[0], set()).add(value)

    for c in story.candidates:
        for full in (c.name, *c.aliases):
            own(full, c.name)
    for member in (*story.members, *story.observers):
        for p in member.people:
            for full in (p.name, *p.aliases):
                own(full, "")       # a state's person: the name is ambiguous
    table = {first: next(iter(values)) for first, values in owners.items() if len(values) == 1 and "" not in values}
    _cache[id(story)] = (story, table)
    return table


def add_first_names(readings: list["Reading"], story: "Story") -> None:
    """Add to the readings' mentions each candidate's first name standing alone after their full name."""
    table = first_names(story)
    if not table:
        return
    firsts = {value: re.compile(r"(?<![\w'’-])(?:" + "|".join(re.escape(n) for n, v in table.items() if v == value)
                                + r")(?![\w'’-])") for value in set(table.values())}
    pattern = re.compile(r"(?<![\w'’-])(?:" + "|".join(re.escape(n) for n in table) + r")(?![\w'’-])")
    # each first name the article gives another surname ("Mark Brzezinski") or writes before any full name of the
    # candidate's: a name the article does not use for the candidate alone
    seen: set[str] = set()          # candidates named in full so far
    spoiled: set[str] = set()
    found: list[tuple["Reading", re.Match, str]] = []
    # (a sentence holding none of the first names anywhere, most of them: one scan, not one per name)
    anywhere = re.compile("|".join(re.escape(n) for n in table))
    for r in readings:
        if anywhere.search(r.text) is None:
            continue
        full_here = {m.value for m in r.mentions if m.kind == CANDIDATE and m.value in firsts
                     and firsts[m.value].search(r.text, m.start, m.end)}
        for x in pattern.finditer(r.text):
            value = table[x.group()]
            inside = any(m.start <= x.start() < m.end for m in r.mentions)
            if inside:
                continue
            if _CAPITAL_AFTER.match(r.text, x.end()):
                spoiled.add(x.group())      # another person of that first name
                continue
            before = _CAPITAL_BEFORE.search(r.text, max(0, x.start() - 40), x.start())
            if before and not _sentence_start(r.text, before.start()):
                continue        # "President Mark ...", "St Mark" (not "Then Mark said")
            if value in seen or any(m.value == value and m.end <= x.start() for m in r.mentions if m.kind == CANDIDATE
                                    and value in full_here):
                found.append((r, x, value))
        seen |= full_here
    for r, x, value in found:
        if x.group() in spoiled:
            continue
        insort(r.mentions, Mention(x.start(), x.end(), CANDIDATE, value, "name", True, True), key=lambda m: m.start)


def _sentence_start(text: str, at: int) -> bool:
    return not text[:at].strip(" \t\"“‘'(-—")
