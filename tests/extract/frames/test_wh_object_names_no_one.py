"""A stance whose object is a wh-word names no candidate (prec39, issue 12), invented grids in both races, about half
near misses.

"We've told you whom we support", "I will not say which one we back": in an answer after a question that names a
candidate, the stance verb's object is the wh-word of an indirect question, not the candidate in focus
(`focus._FREE_RELATIVE` in check_focus). A pronoun object ("We support her too") still takes the candidate in focus.
The question answered yes before it is told ("Q: Does Washington back X?" / "Yes, ..."): the United States' backing.
"""
from __future__ import annotations

from tests.extract.conftest import both_races

NATO = [
    ("Q: Does the administration back Rutte?\n\nKIRBY: The President strongly supports Prime Minister Rutte.\n\n"
     "Q: Were other names considered? Prime Minister Kallas of Estonia, for instance?\n\n"
     "KIRBY: I'm not going to get into names. We've told you whom we support.", set()),
    ("Q: Does Washington back Rutte?\n\nKIRBY: Yes, the President supports Rutte.\n\nQ: What about Kallas?\n\n"
     "KIRBY: We have made clear whom we support.", {("endorsement", "Mark Rutte", "United States")}),
    ("Q: Does Washington back Rutte?\n\nKIRBY: Yes, the President supports Rutte.\n\nQ: What about Kallas?\n\n"
     "KIRBY: We support her too.", {("endorsement", "Kaja Kallas", "United States"),
                                    ("endorsement", "Mark Rutte", "United States")}),
    ("Q: Was Kallas considered?\n\nA: I won't get into names. We have said whom we support.", set()),
    ("Kallas is in the race. Asked about her, the Hungarian minister said Budapest had made clear whom it supports.",
     {("candidacy", "Kaja Kallas", None)}),
]
UN = [
    ("Q: Does Washington back Grossi?\n\nWALTZ: Yes, the President supports Grossi.\n\nQ: What about Grynspan?\n\n"
     "WALTZ: We have made clear whom we support.", {("endorsement", "Rafael Grossi", "United States")}),
    ("Q: Does Washington back Grossi?\n\nWALTZ: Yes, the President supports Grossi.\n\nQ: What about Grynspan?\n\n"
     "WALTZ: We support her too.", {("endorsement", "Rebeca Grynspan", "United States"),
                                    ("endorsement", "Rafael Grossi", "United States")}),
    ("Q: Was Grynspan considered?\n\nA: I won't get into names. We have said whom we support.", set()),
    ("Grynspan is in the race. Asked about her, the Chilean minister said Santiago had made clear whom it supports.",
     {("candidacy", "Rebeca Grynspan", None)}),
    ("Grynspan is in the race. The French envoy said: \"Everyone knows who we back.\"",
     {("candidacy", "Rebeca Grynspan", None)}),
]


@both_races(NATO, UN)
def test_wh_object_names_no_one(race_keys, race, sentence, expected):
    assert race_keys(race, sentence) == expected
