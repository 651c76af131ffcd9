"""Round 16 (un16): the mechanisms behind the UN race's misses of blind set 14, each tested with invented
sentences of both races (none from a corpus), about half of them cases that give no or fewer events:

- a figure before "the" and a body is a date, not a count of its members ("On 14 October the Assembly
  appointed X", "In 2024 the Council appointed X");
- an alias of the post ending in the holder's name keeps the holder's origin after it ("succeed Antonio
  Guterres of Portugal" is the post, not another body's);
- an age in apposition after a name ("Grossi, 65, withdrew") and a "whom" clause ("X, whom Argentina had
  nominated, pulled out") are asides: the verb after them is the name's;
- "quit" with only a date or a reason after it leaves the race in an article about it; an intention or a
  threat of leaving ("threatened to quit", "vowed to pull out", "was prepared to drop out") is no withdrawal;
- a negated future that waits for a day ("will not take over until 1 January") schedules taking office then;
- a counted field said to be something, then listed after a colon ("The three remaining contenders are all
  former ministers: A, B and C"; "Three hopefuls, each a ..., stood: ..."; "Of the four people still in the
  running, two are ...: A and B"); not one counted as leaving or assessed, nor people counted elsewhere;
- a roster ranked item by item ("A first, B a distant second and C third");
- a counted candidate noun with where it is, in apposition ("her two rivals in the contest, A and B,");
- a person chosen "to chair" or "to head" an office that is not the post ("was named on Tuesday to chair a
  new advisory board") is no appointment; "to lead NATO" is.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import APP, CAND as cand, E as endorse, TO, WD
from tests.extract.conftest import event_keys

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
RUTTE, IOHANNIS, KALLAS = "Mark Rutte", "Klaus Iohannis", "Kaja Kallas"
GROSSI, BACHELET, GRYNSPAN = "Rafael Grossi", "Michelle Bachelet", "Rebeca Grynspan"
NATO_DAY, UN_DAY = dt.date(2024, 5, 16), dt.date(2026, 9, 20)

NATO = [
    # a date before the body
    ("In 2024 the North Atlantic Council appointed Rutte.", {APP(RUTTE)}),
    # the holder's origin
    ("Rutte takes over from Jens Stoltenberg of Norway on 1 October.", {TO(RUTTE)}),
    # asides before the verb
    ("Rutte, 57, will take office on 1 October.", {TO(RUTTE)}),
    ("Iohannis, whom Hungary had backed, dropped out of the race in June.", {
        endorse(IOHANNIS, "Hungary"), WD(IOHANNIS)}),
    # leaving, and only meaning to
    ("Iohannis quit last week.", {WD(IOHANNIS)}),
    ("Iohannis quit, citing his duties at home.", set()),
    ("Hungary backed Rutte when Iohannis quit.", {endorse(RUTTE, "Hungary"), WD(IOHANNIS)}),
    ("Iohannis vowed to pull out of the race.", set()),
    ("Iohannis was prepared to drop out of the race.", set()),
    # a deferred start
    ("Rutte won't take up the post until 1 October.", {TO(RUTTE)}),
    ("Rutte will not take office.", set()),
    # a counted field, then its members
    ("Three hopefuls, each a head of government, stood: Rutte, Iohannis and Kallas.", {
        cand(RUTTE), cand(IOHANNIS), cand(KALLAS)}),
    ("Of the four people still in the running, two are former presidents: Iohannis and Rutte.", {
        cand(IOHANNIS), cand(RUTTE)}),
    ("Of the ten people in the room, two were ministers: Rutte and Iohannis.", set()),
    # a counted candidate noun and where, in apposition
    ("The candidates for the NATO post, Rutte and Iohannis, met on Monday.", {cand(RUTTE), cand(IOHANNIS)}),
    ("His two friends in the cabinet, Rutte and Iohannis, met on Monday.", set()),
    # chosen for another office
    ("Rutte was appointed on Wednesday to lead NATO.", {APP(RUTTE)}),
    ("Rutte was named on Wednesday to chair a new Dutch commission on housing.", set()),
]

UN = [
    # a date before the body
    ("On 14 October the General Assembly appointed Grynspan.", {APP(GRYNSPAN)}),
    ("On 14 October the General Assembly debated climate finance with Grynspan.", set()),
    # the holder's origin
    ("Grynspan will succeed Antonio Guterres of Portugal on 1 January.", {TO(GRYNSPAN)}),
    ("Grossi met Antonio Guterres of Portugal on Monday.", set()),
    # asides before the verb
    ("Grossi, 65, withdrew on Friday.", {WD(GROSSI)}),
    ("Grossi, 65, spoke on Friday.", set()),
    ("Grossi, whom Argentina had nominated, pulled out of the race on Friday.", {
        cand(GROSSI), endorse(GROSSI, "Argentina"), WD(GROSSI)}),
    ("Grossi, whom Bachelet met in Geneva, spoke on Friday.", set()),
    # leaving, and only meaning to
    ("Grossi quit on Thursday after the poll.", {WD(GROSSI)}),
    ("Grossi quit the agency's board on Thursday.", set()),
    ("Grossi threatened to quit after the poll.", set()),
    # a deferred start
    ("Grynspan does not formally take over until 1 January.", {TO(GRYNSPAN)}),
    ("Grynspan will not take over until the assembly confirms her.", set()),
    # a counted field, then its members
    ("The three remaining contenders are all former ministers: Grossi, Bachelet and Grynspan.", {
        cand(GROSSI), cand(BACHELET), cand(GRYNSPAN)}),
    # (no candidacy from the list; the withdrawals it states are events by the guide: round 19's subject-after view)
    ("Two candidates have since pulled out: Grossi and Bachelet.", {WD(GROSSI), WD(BACHELET)}),
    ("Two possible candidates are from Chile: Bachelet and Grynspan.", set()),
    ("Of the three people in the race, two have since withdrawn: Grossi and Bachelet.", {WD(GROSSI), WD(BACHELET)}),
    # ranked item by item
    ("The poll ranked the three candidates: Grynspan first, Grossi a distant second and Bachelet third.", {
        cand(GRYNSPAN), cand(GROSSI), cand(BACHELET)}),
    ("Grynspan first met Grossi and Bachelet in Geneva.", set()),
    # a counted candidate noun and where, in apposition
    ("Her two rivals in the contest, Grossi and Bachelet, spoke first.", {cand(GROSSI), cand(BACHELET)}),
    ("The possible rivals in the race, Grossi and Bachelet, have not declared.", set()),
    # chosen for another office
    ("Bachelet was named on Tuesday to head a new panel on water.", set()),
    ("Grossi was appointed on Tuesday to chair the nuclear security summit.", set()),
]


@pytest.mark.parametrize("text,expected", NATO, ids=[c[0] for c in NATO])
def test_nato_round16(story, text, expected):
    assert event_keys(story, NATO_TITLE, text, NATO_DAY) == expected


@pytest.mark.parametrize("text,expected", UN, ids=[c[0] for c in UN])
def test_un_round16(un_story, text, expected):
    assert event_keys(un_story, UN_TITLE, text, UN_DAY) == expected
