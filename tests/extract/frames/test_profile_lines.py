"""A fact sheet's profile lines under a candidate's heading, session 34 (issue 12): invented names and sentences in
both races, none a corpus sentence.

- a line opening with a nominating participle, its subject the person of the heading above it ("X (S)" / "- X." /
  "X Y (S)" in capitals): a phrasal one too ("Put forward by S."), and a second participle of support coordinated
  after it ("Nominated by S and co-sponsored by T.", "..., co-sponsored by T."): the candidacy, S's backing and T's
  (`frames.focus` focus_bare_nominated, focus_bare_second; `vocab.nominate_phrase_pp`);
- a heading in capitals with the person's state in brackets in any case ("X Y (Ruritania)") opens the person's
  section as one without it does (`strangers.caps_heading_mentions`): "the government nominated her" is about them;
- near misses: a second participle that is no support ("and criticised by T"), a nominator that is no state ("by
  critics"), another post ("as its candidate for the presidency of the General Assembly"), the line with no heading
  above it, a heading in capitals that names no one ("THE FIELD (as of Friday)"), praise only.
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import grid_keys

RACES = {
    # X: a person the story does not list; K: a listed candidate and their state, in capitals on a heading
    "nato": dict(X="Ilze Berzina", S="Latvia", T="Canada", D="Latvian", K="Klaus Iohannis", KS="Romania", KD="Romanian", KP="him"),
    "un": dict(X="Ana Quiroga", S="Peru", T="Chile", D="Peruvian", K="Rebeca Grynspan", KS="Costa Rica", KD="Costa Rican", KP="her"),
}
# (text, the events it states: (type, subject key, actor key))
CASES = [
    ("{X} ({S})\n\nNominated by {S} and co-sponsored by {T}.",
     {("candidacy", "X", None), ("endorsement", "X", "S"), ("endorsement", "X", "T")}),
    ("{X} ({S})\n\nPut forward by {S}.", {("candidacy", "X", None), ("endorsement", "X", "S")}),
    ("{X} ({S})\n\nA former minister. Nominated by {S} in March, co-sponsored by {T}.",
     {("candidacy", "X", None), ("endorsement", "X", "S"), ("endorsement", "X", "T")}),
    ("- {X}.\nPut forward by {S} and backed by {T}.",
     {("candidacy", "X", None), ("endorsement", "X", "S"), ("endorsement", "X", "T")}),
    ("{KU} ({KS})\n\nA former minister. Put forward by {KS} in March.", {("candidacy", "K", None), ("endorsement", "K", "KS")}),
    ("{KU} ({KS})\n\nA former minister. The {KD} government formally nominated {KP} in March.",
     {("candidacy", "K", None), ("endorsement", "K", "KS")}),
    ("{KU} ({KSU})\n\nNominated by {KS} and co-sponsored by {T}.",
     {("candidacy", "K", None), ("endorsement", "K", "KS"), ("endorsement", "K", "T")}),
    # near misses
    ("{X} ({S})\n\nNominated by {S} and criticised by {T}.", None),
    ("{X} ({S})\n\nPut forward by critics as a compromise.", set()),
    ("{X} ({S})\n\nPut forward by {S} as its candidate for the presidency of the General Assembly.", set()),
    ("{X} won an award in {S} last year. Put forward by {S}.", set()),
    ("THE FIELD (as of Friday)\n\nNominated by {S} and co-sponsored by {T}.", set()),
    ("{X} ({S})\n\nPraised by {S} and welcomed by {T}.", set()),
    ("{KU} ({KS})\n\nA former minister. Praised by {T} in March.", set()),
]


def _cases():
    for race, p in RACES.items():
        values = {**p, "KU": p["K"].upper(), "KSU": p["KS"].upper()}
        for text, events in CASES:
            stated = None if events is None else {(t, p[s], p[a] if a else None) for t, s, a in events}
            yield race, text.format(**values), stated


@pytest.mark.parametrize("race,text,stated", list(_cases()), ids=lambda x: x if isinstance(x, str) else None)
def test_profile_line(request, race, text, stated):
    keys = grid_keys(request, race, text)
    if stated is None:      # (no backing by the second participle's state)
        assert not any(k[0] == "endorsement" and k[2] == RACES[race]["T"] for k in keys)
    else:
        assert keys == stated
