"""'they' after a list of candidates opening with a bracketed name, session 35 (mend35, review34 final finding 1;
issue 12): invented grids in both races, half near misses, none a corpus sentence.

"D (party), A and B said they are running" gives D a candidacy too (subject_chains._list_before), when the list opens
the sentence after the first name's own label at most ("Estonian Prime Minister D", "Estonia's D", "Former prime
minister D") and the bracket only labels the name. Another word before it makes D an object or an exception ("Unlike
D (party), A and B said they ...", "Besides D", "Without D"), and a bracket that says something of D (a negation, a
relative clause) is no label: D gets nothing, A and B keep theirs.
"""
from __future__ import annotations

import pytest

RACES = {
    "nato": dict(A="Mark Rutte", B="Klaus Iohannis", D="Kaja Kallas", L="Estonian Prime Minister", Lp="Estonia's"),
    "un": dict(A="Rebeca Grynspan", B="Rafael Grossi", D="Michelle Bachelet", L="Chilean former president", Lp="Chile's"),
}

LABELLED = [
    "{L} {D} (Reform), {A} and {B} said they would be interested in the job.",
    "{Lp} {D} (independent), {A} and {B} confirmed that they are running.",
    "Former prime minister {D} (67), {A} and {B} said they are running.",
    "\"{D} (Reform), {A} and {B} said they would be interested in the job.\"",
    "{D} (Socialist), {A} and {B} have said they want the job.",
]
NOT_LABELLED = [
    "Unlike {D} (Reform), {A} and {B} said they would be interested in the job.",
    "Besides {D} (Reform), {A} and {B} said they would be interested in the job.",
    "Except {D} (Reform), {A} and {B} said they would be interested in the job.",
    "Without {D} (Reform), {A} and {B} said they would be interested in the job.",
    "Beyond {D} (67), {A} and {B} said they are running.",
    "{D} (not a candidate), {A} and {B} said they would be interested in the job.",
    "{D} (who has ruled it out), {A} and {B} said they would be interested in the job.",
    "{D} (no longer in the race), {A} and {B} said they are running.",
]


@pytest.mark.parametrize("race,form,stated", [(r, f, s) for r in RACES for forms, s in ((LABELLED, True),
                                                                                       (NOT_LABELLED, False))
                                              for f in forms])
def test_list_opening_with_a_label_or_a_bracket(race_keys, race, form, stated):
    p = RACES[race]
    keys = race_keys(race, form.format(**p))
    assert [("candidacy", p[c], None) in keys for c in ("D", "A", "B")] == [stated, True, True], keys
