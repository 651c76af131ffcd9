"""Round 20 (art20): mechanisms behind read sets 16-18's misses, invented sentences of both races, about half
near-misses that must give no event:

- a month abbreviated with its day, as wire copy writes it ("pulled out on Sept. 1"), is a date after a leaving
  verb, not another matter it left ("called it quits on the talks");
- "tomorrow" after a verb of taking office is its schedule, as "today" and "on Tuesday" are;
- "gave up" with a date alone (or a season: "last summer", "in the spring") leaves the race, as "stepped aside
  last week" does; not with an object ("gave up the premiership this spring", "gave up smoking") nor in a
  relative clause of background;
- the organisation's possessive before its race ("NATO's succession race") names the post, as "the NATO race"
  does: an article naming it so is about the race even when other races are named as often;
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import CAND as cand, E, TO, WD as withdraw
from tests.extract.conftest import event_keys

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
RUTTE, IOHANNIS, WALLACE, KARINS = "Mark Rutte", "Klaus Iohannis", "Ben Wallace", "Krisjanis Karins"
GROSSI, BACHELET, GRYNSPAN = "Rafael Grossi", "Michelle Bachelet", "Rebeca Grynspan"
NATO_DAY, UN_DAY = dt.date(2024, 6, 28), dt.date(2026, 10, 20)

NATO = [
    # abbreviated months
    ("Iohannis pulled out on Jun. 20, clearing the way for Rutte.", {withdraw(IOHANNIS)}),
    ("Iohannis pulled out on the talks with Bucharest's unions.", set()),
    # tomorrow
    ("Rutte takes over tomorrow, and Stoltenberg will hand him the gavel.", {TO(RUTTE)}),
    ("Rutte takes over the chairmanship of the party tomorrow.", set()),
    # gave up with a date alone
    ("Wallace gave up in July.", {withdraw(WALLACE)}),
    ("Wallace wanted the job but gave up last summer, and has since left government.", {
        cand(WALLACE), withdraw(WALLACE)}),
    ("Wallace gave up smoking last summer.", set()),
    ("Karins gave up the Latvian premiership this spring.", set()),
    ("Karins, who gave up last summer, spoke in Riga.", set()),
    ("Wallace gave up in July after the scandal at home.", set()),
]

UN = [
    # (the backing lost is an ended stance: the earlier one, as the guide reads "dropped its support")
    ("Bachelet pulled out on Sept. 1 after losing the backing of Russia.", {withdraw(BACHELET), E(BACHELET, "Russia")}),
    ("Grynspan withdrew on Oct. 9, after the sixth straw poll.", {withdraw(GRYNSPAN)}),
    ("Grynspan pulled out on Sept. 1.", {withdraw(GRYNSPAN)}),
    ("Grynspan pulled out on the deal with the donors.", set()),
    ("Grossi takes over tomorrow, the Council said.", {TO(GROSSI)}),
    ("Grossi gave up his seat on the board in the spring.", set()),
    ("Grynspan gave up in the autumn of 2026.", {withdraw(GRYNSPAN)}),
]

# the organisation's race named in the article (not its headline) as often as other races are
ARTICLES = [
    ("nato", "Live: EU leaders haggle over top jobs",
     "EU leaders are finalising the EU top jobs, and NATO's succession race may be nearing its end.\n\n"
     "Orban is ready to back Rutte's bid to become NATO secretary general. Iohannis, who entered the race in March, "
     "is the last obstacle.\n\nVon der Leyen is expected to get a second term.", {cand(IOHANNIS), E(RUTTE, "Hungary")}),
    ("nato", "Live: EU leaders haggle over top jobs",
     "EU leaders are finalising the EU top jobs, and NATO's race to rearm goes on.\n\n"
     "Orban is ready to back Rutte's bid to become NATO secretary general. Iohannis, who entered the race in March, "
     "is the last obstacle.\n\nVon der Leyen is expected to get a second term.", {E(RUTTE, "Hungary")}),
]


@pytest.mark.parametrize("text,expected", NATO, ids=[c[0][:60] for c in NATO])
def test_round20_nato(story, text, expected):
    assert event_keys(story, NATO_TITLE, text, NATO_DAY) == expected


@pytest.mark.parametrize("text,expected", UN, ids=[c[0][:60] for c in UN])
def test_round20_un(un_story, text, expected):
    assert event_keys(un_story, UN_TITLE, text, UN_DAY) == expected


@pytest.mark.parametrize("race,title,text,expected", ARTICLES, ids=[f"{c[0]}-{c[1][:40]}-{i}" for i, c in enumerate(ARTICLES)])
def test_round20_articles(story, un_story, race, title, text, expected):
    day = NATO_DAY if race == "nato" else UN_DAY
    assert event_keys(story if race == "nato" else un_story, title, text, day) == expected
