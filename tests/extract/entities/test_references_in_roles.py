"""References filling stance and appointment roles (round 23, issue 12 item 4). A candidate called by the first
name alone after the article named them in full ("backed Mark from the beginning"); a relative clause's "it" or
"they" as the organisation or its members ("NATO welcomed X, whom it appointed"); an object pronoun the
sentence says it meant after it ("would back him, referring to X", "put her forward: X, ..."). Both races,
invented sentences, about half near-misses that must give no event (another person of that first name, a first
name before any full name, a calendar word, a relative clause of another act or of a prediction, a reference to a
possessive's thing)."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import APP as A
from tests.extract.conftest import CAND as C
from tests.extract.conftest import WD as W
from tests.extract.conftest import E, O, event_keys

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
NATO_DAY, UN_DAY = dt.date(2024, 4, 12), dt.date(2026, 6, 12)


CASES = [
    # ---- a first name alone, after the full name
    ("nato", 'Mark Rutte flew to Tallinn. The prime minister said Estonia had "backed Mark from the beginning".',
     {E("Mark Rutte", "Estonia")}),
    ("nato", "Mark Rutte met allies on Monday. Denmark was among the first to back Mark.", {E("Mark Rutte", "Denmark")}),
    ("nato", "Klaus Iohannis spoke in Bucharest. Slovakia says it will keep supporting Klaus.",
     {E("Klaus Iohannis", "Slovakia")}),
    ("nato", "Klaus Iohannis spoke in Bucharest. Then Klaus pulled out of the race on Thursday.", {W("Klaus Iohannis")}),
    ("un", "Michelle Bachelet spoke in Santiago. Mexico will continue to support Michelle until the end, its "
           "president said.", {E("Michelle Bachelet", "Mexico")}),
    ("un", 'Rafael Grossi left on Friday. "The day after Rafael withdrew, we called him," a diplomat said.',
     {W("Rafael Grossi")}),
    ("un", "Rebeca Grynspan was in Panama. Uruguay has said it backs Rebeca.", {E("Rebeca Grynspan", "Uruguay")}),
    ("un", "Rafael Grossi toured the region. Paraguay said on Monday that it would not back Rafael.",
     {O("Rafael Grossi", "Paraguay")}),
    # near-misses: another person of that first name; the first name before any full name; a name part of
    # another full name; a month; no stance
    ("nato", "Mark Rutte won. Mark Brzezinski, the envoy, said Poland had backed Mark from the beginning.", set()),
    ("nato", 'Estonia had "backed Mark from the beginning", the prime minister said.', set()),
    ("nato", "Mark Rutte arrived. Poland's envoy Mark Brzezinski said the allies were happy.", set()),
    ("un", "Michelle Bachelet spoke. Michelle Obama said the United States would back Michelle.", set()),
    ("un", "Rebeca Grynspan spoke on Monday. Uruguay will decide in May.", set()),
    ("un", "Michelle Bachelet spoke on Monday. Chile praised Michelle for her work.", set()),
    ("nato", "Mark Rutte spoke. St Mark's Square in Venice hosted the Italian minister.", set()),
    # ---- a relative clause's "it" is the organisation, its "they" the members
    ("nato", "NATO welcomed Mark Rutte, whom it appointed on Wednesday.", {A("Mark Rutte")}),
    ("nato", "The alliance welcomed Mark Rutte, whom it had chosen as its next secretary general.", {A("Mark Rutte")}),
    ("nato", "The allies thanked Mark Rutte, whom they appointed in June, for his patience.", {A("Mark Rutte")}),
    ("nato", "Hungary welcomed Mark Rutte, whom it backed on Wednesday.", {E("Mark Rutte", "Hungary")}),
    # near-misses: a prediction, another act, a state's own relative clause, not yet done
    ("nato", "NATO welcomed Mark Rutte, whom it is expected to appoint next week.", set()),
    ("nato", "NATO welcomed Mark Rutte, whom it had invited to the summit.", set()),
    ("nato", "The allies thanked Mark Rutte, whom they had invited to the summit.", set()),
    ("nato", "NATO praised Mark Rutte, whom it has not yet appointed.", set()),
    ("un", "The Security Council heard Michelle Bachelet, whom it questioned for three hours.", set()),
    # ---- the person an object pronoun meant, named after it
    ("nato", "Kaja Kallas was asked whether she wanted the job. She said no, and that Estonia would back him, "
             "referring to Rutte.", {E("Mark Rutte", "Estonia")}),
    ("un", "Gabriel Boric spoke on Monday. He said that Chile had decided to put her forward: Michelle Bachelet, "
           "the country's former president.", {C("Michelle Bachelet"), E("Michelle Bachelet", "Chile")}),
    ("un", "The minister said Panama would back her, in a clear reference to Grynspan.", {E("Rebeca Grynspan", "Panama")}),
    ("nato", "Latvia will not back him - meaning Iohannis - the minister said.", {O("Klaus Iohannis", "Latvia")}),
    # near-misses: a reference to a possessive's thing; a colon opening another clause; a pronoun of the other sex
    ("nato", "Hungary said it would never back him, a reference to Rutte's remarks in 2021.", set()),
    ("un", "The minister said Chile would study it: a decision welcomed by Michelle Bachelet.", set()),
    ("un", "The minister said Panama would back him, in a clear reference to Grynspan.", set()),
    ("nato", "Estonia would back him if he asked, said Kaja Kallas, referring to Rutte.", set()),
    # ---- a sentence opening with "It", "They" or "Its members" after one whose subject was the organisation, its
    # body (or, for "It", a state)
    ("nato", "The North Atlantic Council met on Wednesday. It formally appointed Mark Rutte.", {A("Mark Rutte")}),
    ("nato", "The North Atlantic Council met behind closed doors. Its members formally chose Mark Rutte.", {A("Mark Rutte")}),
    ("nato", "NATO's ambassadors met on Wednesday. They formally appointed Mark Rutte.", {A("Mark Rutte")}),
    ("un", "The Security Council met on Monday. Its 15 members formally recommended Michelle Bachelet.",
     {A("Michelle Bachelet")}),
    ("un", "Chile hosted the meeting on Monday. On Tuesday, it formally nominated Michelle Bachelet.",
     {C("Michelle Bachelet"), E("Michelle Bachelet", "Chile")}),
    ("nato", "Latvia met on Wednesday. It backs Mark Rutte.", {E("Mark Rutte", "Latvia")}),
    # near-misses: a prediction, another act, an impersonal "It", a possessive's person, no group for a state's
    # "They", a subject that was no organisation
    ("nato", "The North Atlantic Council met on Wednesday. It is expected to appoint Mark Rutte.", set()),
    ("nato", "The North Atlantic Council met on Wednesday. Its members discussed Mark Rutte.", set()),
    ("nato", "The North Atlantic Council met on Wednesday. Its members will appoint Mark Rutte next week.", set()),
    ("nato", "Hungary met on Wednesday. It is clear that Rutte will win.", set()),
    ("nato", "Hungary's prime minister met on Wednesday. It backs Mark Rutte.", set()),
    ("nato", "Hungary met on Wednesday. They back Mark Rutte.", set()),
    ("un", "The meeting ended on Monday. It formally recommended Michelle Bachelet.", set()),
]


@pytest.mark.parametrize("race,text,expected", CASES, ids=[c[1][:70] for c in CASES])
def test_reference_roles(request, race, text, expected):
    story = request.getfixturevalue("story" if race == "nato" else "un_story")
    title, day = (NATO_TITLE, NATO_DAY) if race == "nato" else (UN_TITLE, UN_DAY)
    assert event_keys(story, title, text, day) == expected, text
