"""People the story does not know, named in an article: a pronoun after them is not a candidate.

"Secretary General Jens Stoltenberg", "Zakharova said", "Ms Ama Owusu", and an explainer's heading
that is only a name ("Kwabena Asante-Mensah (Ghana)": what follows is about that person).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable

from natowatch.extract.compiled import built
from natowatch.extract.mentions import CANDIDATE, STATE
from natowatch.extract.lexicon import trie_pattern

if TYPE_CHECKING:
    from natowatch.extract.discourse import Reading
    from natowatch.extract.mentions import Mention

# "Jens Stoltenberg", "Maria Zakharova said": a capitalised full name
_OTHER_PERSON = built(
    r"(?<![\w#])(?P<name>[A-Z][a-z'’]+(?:\s+[A-Z][a-z'’-]+){0,2})(?P<lead>(?=,?\s+(?:said|says|told|added|wrote|who)\b))?")
# a name standing alone as a heading, its state after it: "Kwabena Asante-Mensah (Ghana)"
# (after a short label and a colon: "The outsider: Tomas Vaitkunas"; after a list's bullet: "- Ana Ruiz.")
_BULLET = r"\s*(?:[-*•–]\s+)?"      # a list's bullet opening a line: "- ", "• "
_HEADING_NAME = re.compile(_BULLET + r"(?:(?:The|An?)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?\s*:\s*)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})\s*"
                           # its state in brackets or after a comma: "Desmond Alleyne (Barbados)", "Lucia Ferro, Uruguay."
                           # (and the age after it: "Desmond Alleyne (Barbados), 61")
                           r"(?:\([^()]*\)|,\s*(?:the\s+)?[A-Z][\w'’-]+(?:\s+(?:and\s+)?[A-Z][\w'’-]+){0,3})?(?:,\s*\d{2,3})?\s*[.:]?\s*")
_TITLE_BEFORE = re.compile(r"(?:President|Minister|Chancellor|spokes(?:man|woman|person)|Secretary(?:[- ]General)?|"
                           r"Mr|Mrs|Ms|Dr|diplomat|analyst|expert|professor|chief|head|director)\.?$")
_NOT_NAMES = frozenset("The A An This That It He She They We I But And Officials Sources Critics Analysts Diplomats".split())
# a name after a courtesy title: someone the story does not know, of known sex ("Ms Ama Owusu", "Mr Obi")
_COURTESY = built(r"\b(?:(?P<he>Mr)|(?P<she>Mrs|Ms|Miss))\.?\s+(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2})"
                  r"(?![\w'’-])")


def other_people(readings: list[Reading], masked: list[str], headings: list[re.Match | None],
                 genders: dict[str, str], label_end: Callable[[str, Mention], int | None] | None = None) -> re.Pattern | None:
    """Names of people the story does not know ("Secretary General Jens Stoltenberg",
    "Zakharova said", a heading's name, "Ms Ama Owusu", a name beside a state's label of a person
    whose end `label_end` finds for a mention: "Colombia's foreign minister, Laura Sarabia"): "he" after
    them is not a candidate. `masked`: each reading's text with its mentions masked; `headings`: its
    heading name, if it is one; `genders` gets the surname -> "he" / "she" of those named with a
    courtesy title."""
    names: set[str] = set()
    for r, text, heading in zip(readings, masked, headings):
        if label_end is not None:
            for m in r.mentions:
                end = label_end(r.text, m)
                beside = None if end is None else (
                    _NAME_AFTER_LABEL.match(text, end) or _NAME_BEFORE_LABEL.search(text, max(0, m.start - 50), m.start))
                if beside and beside.group("name").split()[0] not in _NOT_NAMES:
                    names.update((beside.group("name"), beside.group("name").split()[-1]))
        if heading:
            names.update((heading.group("name"), heading.group("name").split()[-1]))
        if "M" in text:
            for m in _COURTESY.finditer(text):
                surname = m.group("name").split()[-1]
                names.update((m.group("name"), surname))
                genders[surname] = "he" if m.group("he") else "she"
        for m in _OTHER_PERSON.finditer(text):
            name = m.group("name")
            if (m.group("lead") is not None or (" " in name and _after_title(r, m.start("name")))) \
                    and name.split()[0] not in _NOT_NAMES:
                names.add(name)
                names.add(name.split()[-1])
    return re.compile(r"(?<![\w])" + trie_pattern(names, literal=True) + r"(?![\w])") if names else None


# a full name right after a state's label of a person, or right before one with a comma between
_NAME_AFTER_LABEL = re.compile(r",?\s+(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})(?![\w'’-])")
_NAME_BEFORE_LABEL = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}),\s+(?:the\s+)?$")


def _after_title(r: Reading, start: int) -> bool:
    end = start     # of the text before the name, trailing spaces left out
    while end and r.text[end - 1].isspace():
        end -= 1
    # the longest title ("Secretary-General.") is 18 characters: no need to search further back
    return any(m.end == end and m.kind == "P" for m in r.mentions) or bool(
        _TITLE_BEFORE.search(r.text, max(0, end - 20), end))


def masked_text(r: Reading) -> str:
    """The reading's text with its mentions blanked out as '#'."""
    chars = list(r.text)
    for m in r.mentions:
        chars[m.start:m.end] = "#" * (m.end - m.start)
    return "".join(chars)


def heading_name(masked: str) -> re.Match | None:
    """A sentence that is only a name the story does not know, its state after it: a heading."""
    heading = _HEADING_NAME.fullmatch(masked)
    return heading if heading and heading.group("name").split()[0] not in _NOT_NAMES else None


# what may follow the name on an explainer's heading line: its state, its age
_HEADING_REST = re.compile(r"\s*(?:\([^()]{0,40}\))?\s*(?:,\s*\d{2,3})?\s*[.:]?\s*")


# a section heading set in capitals, a few words with no lower-case letter ("X", "X Y (S)")
# (its bracket in any case: "X Y (Ruritania)", "THE FIELD (as of Friday)")
_CAPS_HEADING = re.compile(r"\s*(?=[^a-z(]*[A-Z][^a-z(]*[A-Z])[A-Z][A-Z'’-]*(?:\s+[A-Z][A-Z'’-]*){0,3}\s*(?:\([^()]{0,40}\))?\s*[.:]?\s*")


def is_caps_heading(sentence: str) -> bool:
    """A line that is a short heading in capitals ("X", "THE FIELD (4)", "BY THE NUMBERS")."""
    return _CAPS_HEADING.fullmatch(sentence) is not None


def caps_heading_mentions(sentence: str, mentions_of: Callable[[str], list["Mention"]]) -> list["Mention"]:
    """A heading line in capitals that is a candidate's name ("X", "X-Y"): the candidate's mention,
    read from the line with its words' capitals as a name's (offsets kept); [] for any other line, and for one
    naming anyone or anything but one candidate ("THE CANDIDATES", "BY THE NUMBERS", "S")."""
    if not is_caps_heading(sentence):
        return []
    titled = sentence.title()
    if len(titled) != len(sentence):
        return []
    found = mentions_of(titled)
    people = [m for m in found if m.kind == CANDIDATE]
    # (the candidate's state in brackets after the name is read too: "X Y (Ruritania)")
    if len(people) != 1 or not _HEADING_REST.fullmatch(titled, people[0].end) or titled[:people[0].start].strip() \
            or any(m.kind != STATE or m.start < people[0].end for m in found if m is not people[0]):
        return []
    return found


_BULLET_ONLY = re.compile(_BULLET)


def candidate_heading(r: "Reading") -> str | None:
    """The candidate a heading line names alone: "Rafael Grossi (Argentina), 64", "- Rafael Grossi."."""
    people = [m for m in r.mentions if m.kind == CANDIDATE]
    # (after a list's bullet too: "- Rafael Grossi. Nominated by Argentina.")
    if len(people) == 1 and _BULLET_ONLY.fullmatch(r.text, 0, people[0].start) and _HEADING_REST.fullmatch(r.text, people[0].end):
        return people[0].value
    return None
