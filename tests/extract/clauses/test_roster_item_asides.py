"""A roster's last item after "and" and an aside set off by commas, session 34 (issue 12): invented names and
sentences in both races, none a corpus sentence.

- "...; Y, the Argentine; and, since last month, Z, ...": the aside only dates the item ("since last month", "as of
  March", "from May") or says how ("most recently", "quietly"), so Z is a later item of the list
  (`frames.field` candidacy_listed_item, `_time_aside`), listed or not;
- near misses: an aside of speech or belief ("some diplomats believe", "analysts think"), a condition ("if S
  nominates her"), a hedge ("possibly", "reportedly"), a hedged roster, another body's roster: no candidacy of Z.
"""
from __future__ import annotations

import itertools

import pytest

from tests.extract.conftest import grid_keys

ROSTER = "The other candidates for {P} are {C}, whose bid was launched in {K}; {Y}, the {YD}; and, {ASIDE}, {Z}, {ZL}."
# (the aside, whether the last item is a candidate)
ASIDES = [
    ("since last month", True),
    ("as of March", True),
    ("since the spring", True),
    ("most recently", True),
    ("quietly", True),
    # near misses: speech, belief, condition, hedge
    ("some diplomats believe", False),
    ("analysts think", False),
    ("if {S} nominates her", False),
    ("reportedly", False),
    ("possibly", False),
    ("her allies hope", False),
]
RACES = {
    "nato": dict(P="NATO secretary general", C="Mark Rutte", K="The Hague", Y="Klaus Iohannis", YD="Romanian president",
                 Z="Ilze Berzina", ZL="a former Latvian diplomat", S="Latvia"),
    "un": dict(P="UN secretary-general", C="Michelle Bachelet", K="Santiago", Y="Rafael Grossi", YD="Argentine",
               Z="Ana Quiroga", ZL="a former Peruvian diplomat", S="Peru"),
}


def _cases():
    for (race, p), (aside, named) in itertools.product(RACES.items(), ASIDES):
        yield race, ROSTER.format(**{**p, "ASIDE": aside.format(**p)}), named
    for race, p in RACES.items():
        # near misses: a hedged roster, one of another body, even with a time aside
        for opener in ("The possible candidates for {P} are", "The three candidates the panel shortlisted for its chair are"):
            text = ROSTER.replace("The other candidates for {P} are", opener).format(**{**p, "ASIDE": "since last month"})
            yield race, text, False


@pytest.mark.parametrize("race,text,named", list(_cases()), ids=lambda x: x if isinstance(x, str) else None)
def test_roster_item_after_aside(request, race, text, named):
    cands = {k[1] for k in grid_keys(request, race, text) if k[0] == "candidacy"}
    assert (RACES[race]["Z"] in cands) == named
    if named:
        assert {RACES[race]["C"], RACES[race]["Y"]} <= cands


# review34 findings 3 and 5 (mendB): only the lexicon's manner adverbs (inserts.aside_adverbs) leave Z an item, any
# other -ly adverb is a hedge's ("presumably", "arguably"); and a hedge phrase a clause view leaves out ("in some eyes",
# "at best") is read by the older roster rule (candidacy_listed) as by the item rule: no candidacy of Z
FIELD = "The four candidates are {C} of {CS}, the {CD}; {Y}, the {YD}; and, {ASIDE}, {Z} of {ZS}."
FIELD_ASIDES = [
    ("formally", True),
    ("belatedly", True),
    ("most recently", True),
    ("since last month", True),
    ("as of March", True),
    # near misses: a hedge's adverb or phrase
    ("presumably", False),
    ("theoretically", False),
    ("arguably", False),
    ("conceivably", False),
    ("in some eyes", False),
    ("at best", False),
    ("at a stretch", False),
    ("in all likelihood", False),
    ("on paper", False),
]
FIELD_RACES = {
    "nato": dict(C="Mark Rutte", CS="the Netherlands", CD="Dutch prime minister", Y="Klaus Iohannis",
                 YD="Romanian president", Z="Ilze Berzina", ZS="Latvia"),
    "un": dict(C="Rafael Grossi", CS="Argentina", CD="head of the IAEA", Y="Rebeca Grynspan",
               YD="Costa Rican economist", Z="Michelle Bachelet", ZS="Chile"),
}


@pytest.mark.parametrize("race,aside,named", [(r, a, n) for r in FIELD_RACES for a, n in FIELD_ASIDES])
def test_field_item_after_hedge(request, race, aside, named):
    p = FIELD_RACES[race]
    cands = {k[1] for k in grid_keys(request, race, FIELD.format(**p, ASIDE=aside)) if k[0] == "candidacy"}
    assert (p["Z"] in cands) == named
    assert {p["C"], p["Y"]} <= cands
