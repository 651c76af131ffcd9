"""A listed candidate named with a middle name the story does not list: "Mia Amor Mottley" for "Mia Mottley",
"Michelle Jeria Bachelet" for "Michelle Bachelet", with a middle initial ("Klaus W. Iohannis") or a surname's particle
("Michelle de la Bachelet", "Mark van Rutte"). The gazetteer finds the surname alone (an alias); the candidate's
own first name with one or two capitalised names between it and the surname makes the whole run that candidate's
name, so that what governs the name reaches it ("Chile backs Michelle Jeria Bachelet"). Another first name
("Jane Bachelet"), a title or a known name between them, or lower-case words ("Michelle and Jane Bachelet") widen
nothing."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from natowatch.extract.mentions import CANDIDATE, Mention
from natowatch.extract.text import fold

# the first name, then one or two capitalised middle names or initials and a lower-case particle of a surname, at least
# one of them, right before the surname: "Mia Amor ", "Klaus W. ", "Michelle de la ", "Ana Maria del ", "Ana von der "
_PARTICLE = r"(?:(?:de|del|della|di|da|do|dos|du|van|von)(?:\s+(?:der|den|la|las|los|le))?\s+)"
_BEFORE = re.compile(r"(?<![\w'’.-])(?P<first>[A-Z][\w'’-]+)\s+(?P<middle>(?:(?:[A-Z][a-z][\w'’-]*|[A-Z]\.)\s+){1,2}"
                     rf"{_PARTICLE}?|{_PARTICLE})$")
_REACH = 60


def first_names(candidates) -> dict[str, tuple[str, str]]:
    """{candidate: (first name, surname)}, folded, of the candidates named by two words or more."""
    table = {}
    for c in candidates:
        words = fold(c.name).split()
        if len(words) >= 2:
            table[c.name] = (words[0], words[-1])
    return table


def widened(text: str, found: Sequence[Mention], names: dict[str, tuple[str, str]],
            not_names: frozenset[str] = frozenset()) -> list[Mention]:
    """`found` with each candidate's surname preceded by their first name and middle names taking those in."""
    out: list[Mention] = []
    for m in found:
        pair = names.get(m.value) if m.kind == CANDIDATE and m.form == "name" else None
        if pair is not None and text[m.start:m.end] == pair[1]:
            b = _BEFORE.search(text, max(0, m.start - _REACH), m.start)
            if b is not None and b.group("first") == pair[0] and \
                    not any(w.lower() in not_names for w in b.group("middle").split()) and \
                    not any(o.end > b.start() for o in out):
                m = replace(m, start=b.start())
        out.append(m)
    return out
