"""A stance given or told to someone named between the verb and the possessive ("announced to the Secretariat its
support for X", "informed the Council of its support for X", "notified the President of the Assembly of their backing
for X", "reiterated to Poland its opposition to X"), as official releases and notes verbales write them: the stance is
the subject's, whoever the one told is (frames.stance endorse_told_own, oppose_told_own). A state told is not the
owner of the possessive after it ("reiterated to Chile its support for X" gave Chile the backing).

Near misses: telling not done ("did not inform the Council of its support": no refusal), a telling in doubt ("may
inform"), a stance on something else, the one told's stance told by its own name ("informed the Council of Chile's
support" is Chile's), a "that" clause about a stance under review.
"""
from __future__ import annotations

from tests.extract.conftest import E, O, both_races

BACHELET, GROSSI, RUTTE = "Michelle Bachelet", "Rafael Grossi", "Mark Rutte"

UN = [
    ("Mexico informed the Secretariat of its support for Bachelet.", {E(BACHELET, "Mexico")}),
    ("The Permanent Mission of Peru notified the President of the General Assembly of its backing for Grossi.",
     {E(GROSSI, "Peru")}),
    ("Mexico reiterated to Chile its support for Bachelet.", {E(BACHELET, "Mexico")}),
    ("Uruguay announced to the Secretariat its support for Grossi.", {E(GROSSI, "Uruguay")}),
    ("Brazil conveyed to the Council its support for Bachelet.", {E(BACHELET, "Brazil")}),
    # near misses
    ("Mexico did not inform the Secretariat of its support for Bachelet.", set()),
    ("Mexico may inform the Council of its support for Bachelet next week.", set()),
    ("Mexico informed the Council of its support for reform of the selection.", set()),
    ("Mexico informed the Council of Chile's support for Bachelet.", {E(BACHELET, "Chile")}),
    ("Mexico informed the Council that its support for Bachelet was under review.", set()),
    # (after "to" a second verb, not a recipient; a possessive of the one told before the giver's own)
    ("Mexico pledged to withhold its support for Bachelet.", {O(BACHELET, "Mexico")}),
    ("Mexico pledged to Chile to consider its support for Bachelet.", set()),
    ("Mexico offered to reconsider its support for Bachelet.", set()),
    ("Mexico reiterated to Chile's delegation its support for Bachelet.", {E(BACHELET, "Mexico")}),
]

NATO = [
    ("Poland informed the North Atlantic Council of its support for Rutte.", {E(RUTTE, "Poland")}),
    ("Hungary reiterated to Poland its opposition to Rutte.", {O(RUTTE, "Hungary")}),
    ("Hungary informed the allies of its objection to Rutte.", {O(RUTTE, "Hungary")}),
    # near misses
    ("Hungary did not inform Poland of its opposition to Rutte.", set()),
    ("Hungary told Poland of its opposition to the plan, not to Rutte.", set()),
    ("Poland informed the allies of its support for a larger budget.", set()),
]


@both_races(NATO, UN)
def test_stance_told_to_recipient(race_keys, race, sentence, expected):
    assert race_keys(race, sentence) == expected
