"""Families of extraction that broke on fresh text (round 19, red19, second slice): invented sentences of both
races, about half near-misses that must give no event.

- a candidate's own effort as a clause's subject with a receiving verb that receives no support ("X's campaign
  for ⟨the post⟩ gained momentum"; "gained the backing of A" stays A's endorsement alone);
- a counted candidate noun with words of what they are between ("both remaining contenders A and B", "the two
  women candidates A and B"; not "possible" or "rumoured" ones);
- "declare for ⟨the post⟩" is a running verb (not "declared for X", a person: support);
- the ones a withdrawal leaves in the race ("..., leaving A and B in the race", "leaving X alone in the field"), one
  alone there ("X is now alone in the race"); not "leaving A in charge of", nor a conditional;
- what a person did as one of the race ("spoke in Vilnius as a candidate for ⟨the post⟩"; not "was seen as",
  "touted as", "regarded as").
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import CAND as cand, E as endorse, WD as withdraw
from tests.extract.conftest import event_keys

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
NATO_DAY, UN_DAY = dt.date(2024, 4, 12), dt.date(2026, 6, 12)
RUTTE, IOHANNIS, KALLAS, KARINS = "Mark Rutte", "Klaus Iohannis", "Kaja Kallas", "Krisjanis Karins"
GROSSI, BACHELET, GRYNSPAN = "Rafael Grossi", "Michelle Bachelet", "Rebeca Grynspan"

NATO_CASES = [
    ("Kallas's bid for NATO's top job gained ground in the Baltics.", {cand(KALLAS)}),
    ("Kallas's bid gained the support of Latvia.", {endorse(KALLAS, "Latvia")}),
    ("Kallas's bid to host the summit gained traction.", set()),
    ("Both remaining contenders Rutte and Iohannis met the ambassadors on Friday.", {cand(RUTTE), cand(IOHANNIS)}),
    ("Kallas declared for the post of NATO secretary general in March.", {cand(KALLAS)}),
    ("Kallas declared for the leadership of her party.", set()),
    ("Kallas spoke in Vilnius as a candidate for NATO secretary general.", {cand(KALLAS)}),
    ("Rutte is widely regarded as a candidate for NATO secretary general.", set()),
    ("Kallas, who was once talked about as a contender for the NATO job, flew to Brussels.", set()),
    ("If Kallas quits, it would leave Rutte alone in the race.", set()),
    ("Rutte is now alone in his office.", set()),
]

UN_CASES = [
    ("Grossi's campaign for secretary-general gained momentum in May.", {cand(GROSSI)}),
    ("Grossi's campaign against smuggling gained momentum.", set()),
    ("The two women candidates Bachelet and Grynspan spoke at the forum.", {cand(BACHELET), cand(GRYNSPAN)}),
    ("Both rumoured candidates Bachelet and Grynspan spoke at the forum.", set()),
    ("Grossi has declared for secretary-general.", {cand(GROSSI)}),
    ("Bachelet withdrew, leaving Grossi and Grynspan in the race.", {withdraw(BACHELET), cand(GROSSI), cand(GRYNSPAN)}),
    ("Grossi is now alone in the race.", {cand(GROSSI)}),
    ("Bachelet withdrew, leaving Grossi and Grynspan in charge of the panel.", {withdraw(BACHELET)}),
    ("Grossi, touted as a candidate for secretary-general, visited Lima.", set()),
    ("Grynspan's exit would leave Bachelet alone in the race.", set()),
]


@pytest.mark.parametrize("text,expected", NATO_CASES)
def test_nato_families(story, text, expected):
    assert event_keys(story, NATO_TITLE, text, NATO_DAY) == expected


@pytest.mark.parametrize("text,expected", UN_CASES)
def test_un_families(un_story, text, expected):
    assert event_keys(un_story, UN_TITLE, text, UN_DAY) == expected
