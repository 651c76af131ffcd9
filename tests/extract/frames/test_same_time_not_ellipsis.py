""""The same" of a time is no stance repeated (prec39, issue 12), invented grids in both races, about half near
misses.

"Iohannis withdrew, and the defence council said the same day that Romania would back Rutte": "said the same" followed
by a time noun ("day", "week", "afternoon") says when, and the clause after it says what; it repeats no stance told
before (`following._SAME_TIME` in check_followed). "Slovakia said the same on Friday", "did the same that week" still
repeat the stance before.
"""
from __future__ import annotations

from tests.extract.conftest import both_races

NATO = [
    ("Hungary opposes Rutte. Slovakia said the same day that it backs Rutte.",
     {("opposition", "Mark Rutte", "Hungary"), ("endorsement", "Mark Rutte", "Slovakia")}),
    ("Hungary opposes Rutte. Slovakia said the same week that it would consider its position.",
     {("opposition", "Mark Rutte", "Hungary")}),
    ("Hungary opposes Rutte. Slovakia announced the same afternoon that its cabinet would meet.",
     {("opposition", "Mark Rutte", "Hungary")}),
    ("Hungary backs Rutte. Slovakia said the same on Friday.",
     {("endorsement", "Mark Rutte", "Hungary"), ("endorsement", "Mark Rutte", "Slovakia")}),
    ("Hungary backs Rutte. Slovakia did the same.",
     {("endorsement", "Mark Rutte", "Hungary"), ("endorsement", "Mark Rutte", "Slovakia")}),
    ("Hungary backs Rutte. Slovakia did the same that week.",
     {("endorsement", "Mark Rutte", "Hungary"), ("endorsement", "Mark Rutte", "Slovakia")}),
]
UN = [
    ("Russia opposes Bachelet. China said the same day that it would study the candidates.",
     {("opposition", "Michelle Bachelet", "Russia")}),
    ("Russia opposes Bachelet. Peru said the same morning that it backs Bachelet.",
     {("opposition", "Michelle Bachelet", "Russia"), ("endorsement", "Michelle Bachelet", "Peru")}),
    ("Brazil backs Bachelet. Mexico said the same on Monday.",
     {("endorsement", "Michelle Bachelet", "Brazil"), ("endorsement", "Michelle Bachelet", "Mexico")}),
    ("Brazil backs Bachelet. Mexico did the same.",
     {("endorsement", "Michelle Bachelet", "Brazil"), ("endorsement", "Michelle Bachelet", "Mexico")}),
]


@both_races(NATO, UN)
def test_same_time_not_ellipsis(race_keys, race, sentence, expected):
    assert race_keys(race, sentence) == expected
