"""An object pronoun after a withdrawal, session 36 (un36, issue 12). After "X withdrew", "Chile said it would now back
her" is about whoever is still in the race; a stance dated back before the withdrawal is about the one named last, even
the one who left: a month or a season at the verb of deciding ("Chile refused in March to back her", "in March
declined to support her", "decided last month not to back her"), after the pronoun in a past clause ("refused to back
her in March"), or a change of government after it ("once the new president took office"). Not a future or a modal
with a month ("will back her in October", "could back her in October"), not a decision still to come, not a
commentator. Invented, both races; half near misses (no event of the one who left)."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import event_keys

UN = "Rebeca Grynspan leads the race. Michelle Bachelet withdrew on Friday. "
NATO = "Mark Rutte leads the race. Klaus Iohannis withdrew on Tuesday. "
LEFT_UN = ("Michelle Bachelet", "Chile")
STAYING_UN = ("Rebeca Grynspan", "Chile")

CASES = [
    ("un", "Chile refused in March to back her.", {("opposition",) + LEFT_UN}),
    ("un", "Chile refused to back her in March.", {("opposition",) + LEFT_UN}),
    ("un", "Chile in March declined to support her.", {("opposition",) + LEFT_UN}),
    ("un", "Santiago refused to back her once the new president took office.", {("opposition",) + LEFT_UN}),
    ("un", "Chile decided last month not to back her.", {("opposition",) + LEFT_UN}),
    ("nato", "Hungary refused in March to back him.", {("opposition", "Klaus Iohannis", "Hungary")}),
    # near misses: nothing on the one who left
    ("un", "Chile said it would now back her.", {("endorsement",) + STAYING_UN}),
    ("un", "Chile will back her in October.", {("endorsement",) + STAYING_UN}),
    ("un", "Chile backs her, its president said on Monday.", {("endorsement",) + STAYING_UN}),
    ("nato", "Hungary will back him in October.", {("endorsement", "Mark Rutte", "Hungary")}),
    ("un", "Chile will decide in October whether to back her.", set()),
    ("un", "Chile could back her in October.", set()),
    ("un", "Chile is expected to back her in October.", set()),
    ("un", "Analysts refused in March to back her.", set()),
    ("un", "Chile refused in March to say whether it would back her.", set()),
]


@pytest.mark.parametrize("race,text,expected", CASES, ids=[f"{c[0]}-{c[1][:45]}" for c in CASES])
def test_dated_back_object_pronoun(un_story, story, race, text, expected):
    chosen, lead = (un_story, UN) if race == "un" else (story, NATO)
    title = "The race for UN Secretary-General" if race == "un" else "The race to lead NATO"
    keys = event_keys(chosen, title, lead + text, dt.date(2026, 9, 7))
    assert {k for k in keys if k[0] in ("endorsement", "opposition")} == expected
