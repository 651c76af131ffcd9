"""Precision on fresh text, session 32 (prec32, issue 12): invented grids in both races (forms x near-misses), none a
corpus sentence. Each family was read from the false events of the read sets (blind30a-c, constructions22) and the
known false forms on main.

- a refusing verb negated refuses nothing ("did not refuse to back X", "has never declined to support her": no stance
  is told; scope_negation's non_refusal);
- a stance kept hidden, with no object ("have so far kept their preferences private", "keeps its choice under wraps":
  the lexicon's endorsement.concealed_states) is a stance on nobody the text names, not on the candidate in focus;
- a gerund with the candidate as its object ("I'd put my money on S backing X") is the verb's clause, read with the
  verb's scope (a wager), not a possessive stance noun of the candidate in focus;
- "it" reported by a quantified group ("but no ally has said that it supports X") is that group's, not a state's named
  before (references._QUANTIFIED_TELLER).
"""
from __future__ import annotations

import pytest

RACES = {
    "nato": dict(C="Mark Rutte", c="Rutte", pos="his", S="Hungary", Sc="Budapest", T="Poland", Tc="Warsaw", y="Iohannis"),
    "un": dict(C="Rebeca Grynspan", c="Grynspan", pos="her", S="Brazil", Sc="Brasilia", T="Mexico", Tc="Mexico City",
               y="Bachelet"),
}


def _stances_of(race_keys, race, text, actor):
    """(opposed, endorsed): whether the text tells the opposition of the race's state `actor` to its C, and its
    endorsement of C."""
    p = RACES[race]
    keys = race_keys(race, text)
    return ("opposition", p["C"], p[actor]) in keys, ("endorsement", p["C"], p[actor]) in keys


# ---------------------------------------------------------------- a refusing verb negated

UNREFUSED = ["{S} did not refuse to back {C}.",
             "{S} never refused to back {C}, its minister said.",
             "{S} has not declined to support {C}.",
             "{S} didn't refuse to endorse {C} on Monday.",
             "{Sc} did not, in the end, refuse to back {C}.",
             "{S} has never once declined to support {C}."]
REFUSED = ["{S} refused to back {C}.", "{S} did not back {C}.", "{S} declined to support {C} on Monday.",
           "{S} refused outright to endorse {C}.", "{Sc} has refused to back {C}, its minister said."]


# ---------------------------------------------------------------- a stance kept hidden

HIDDEN = ["{S} backs {C}. {T} and {Tc}'s neighbours have so far kept their preferences private.",
          "{S} backs {C}. {T} has kept its preference secret.",
          "{S} backs {C}. {T} keeps its choice under wraps.",
          "{S} backs {C}. {T}, which hosted {c} in May, has kept its preference to itself.",
          "{S} backs {C}. {T} has so far kept its vote confidential."]
KEPT = ["{S} backs {C}. {T} has kept its support.", "{S} backs {C}. {T} has kept its nomination, officials said.",
        "{S} backs {C}. {T} maintained its support on Monday."]


# ---------------------------------------------------------------- a gerund under a wager

WAGERED = ["I'd put my money on {S} backing {C}.", "I'd put money on {S} backing {C} in the end.",
           "I would put my money on {Sc} backing {c}.", "We'd bet on {S} backing {C}."]
TOLD = ["{S}'s backing of {C} was announced on Monday.", "{S} is backing {C}.", "{S} announced on Monday it is backing {C}.",
        "{S}'s backing for {C} came in March."]


# ---------------------------------------------------------------- "it" of a quantified teller

GROUP_IT = ["{S} speaks warmly of {c}, but no ally has said that it supports {C}.",
            "{S} speaks warmly of {c}, but no country has yet said publicly that it backs {C}.",
            "{Sc} likes {c}; no government says it backs {C}.",
            "Officials in {Sc} praise {c} in private, but none of the allies has said it supports {C}.",
            "{S} praised {c}, but not a single capital has said that it will back {C}."]
STATE_IT = ["{S} speaks warmly of {c} and has said that it supports {C}.",
            "{S} speaks warmly of {c}, and on Monday it said that it backs {C}.",
            "Officials in {Sc} praise {c}, and {S} has said it supports {C}.",
            "{S}, with no fanfare, said it backs {C}.",
            "{S} said on Monday that it supports {C}."]



def _cases(none, kept, actor, told):
    """(race, text, actor, (opposed, endorsed)) for each form in each race: `told(False)` for a near miss."""
    return [(race, t.format(**p), actor, told(stated)) for race, p in RACES.items()
            for forms, stated in ((none, False), (kept, True)) for t in forms]


STANCE_CASES = (_cases(UNREFUSED, REFUSED, "S", lambda refused: (refused, False))
                + _cases(HIDDEN, KEPT, "T", lambda kept: (False, kept))
                + _cases(WAGERED, TOLD, "S", lambda told: (False, told))
                + _cases(GROUP_IT, STATE_IT, "S", lambda told: (False, told)))


@pytest.mark.parametrize("race,text,actor,expected", STANCE_CASES)
def test_stance_near_misses(race_keys, race, text, actor, expected):
    """The near misses tell no stance of the actor on C (or not the one a near form tells); the kept forms do."""
    assert _stances_of(race_keys, race, text, actor) == expected

# ---------------------------------------------------------------- a poll told as the circumstance of a withdrawal

UN = RACES["un"]
LEFT_AFTER_POLL = ["{Y} withdrew after trailing in the straw polls.",
                   "{Y} pulled out after the second straw poll on 11 August, when she again drew more discourage votes than encourage.",
                   "{Z} pulled out in June, and {Y} in September, after finishing last in the second straw poll.",
                   "{Y} has withdrawn from the race, her government said on Wednesday, after she finished last in the first two straw polls.",
                   "{Y} quit the race following the third straw poll, in which she received six discourage votes.",
                   "{Y}, who withdrew after finishing last in the straw poll, thanked her sponsors."]
POLLED = ["{Y} finished last in the straw poll and withdrew a week later.",
          "{Y} topped the second straw poll on Monday.",
          "{Z} withdrew after {Y} topped the straw poll.",
          "{Z} withdrew on Monday, and {Y} topped the straw poll.",
          "{Z} withdrew, and {Y}, after topping the straw poll, became the favourite.",
          # the withdrawal told in an aside, or by another named last before the verb (review, round 32)
          "{Y}, who pulled out of a debate after falling ill, topped the straw poll.",
          "{Y}, who withdrew from the trade talks after a row with Geneva, topped the second straw poll.",
          "{Y}, whose rival {Z} withdrew after the first round, topped the straw poll."]


@pytest.mark.parametrize("text,stated", [(t.format(Y="Michelle Bachelet", Z="Maria Fernanda Espinosa"), s)
                                         for forms, s in ((LEFT_AFTER_POLL, False), (POLLED, True)) for t in forms])
def test_poll_told_as_circumstance_of_withdrawal(race_keys, text, stated):
    keys = race_keys("un", text)
    assert (("candidacy", "Michelle Bachelet", None) in keys) is stated
    assert ("candidacy", "Maria Fernanda Espinosa", None) not in keys


# ---------------------------------------------------------------- "the President of Romania": a state's office before its name

OFFICE_OF = {
    "nato": dict(C="Mark Rutte", Y="Klaus Iohannis", off="The President of Romania", he="he", other="The President of Hungary",
             envoy="The Ambassador of Romania"),
    "un": dict(C="Rebeca Grynspan", Y="Michelle Bachelet", off="The former President of Chile", he="she",
               other="The President of Brazil", envoy="The Ambassador of Chile"),
}
OFFICE_LEAVES = ["{C} is the favourite. {off} has informed the members that {he} is withdrawing from the race.",
                 "{C} is the favourite. {off} said that {he} is withdrawing from the race.",
                 "{C} is the favourite. {off} announced on Monday that {he} is pulling out of the race."]
OFFICE_ELSE = ["{C} is the favourite. {other} said that {he} is withdrawing from the talks.",
               # (review 33, finding 13: near misses with the trigger, not without it)
               "{C} is the favourite. {envoy} said {he} is withdrawing from the talks.",
               "{C} is the favourite. {off} said the mission is withdrawing from the region."]


@pytest.mark.parametrize("race,text,leaves", [(r, t.format(**p), s) for r, p in OFFICE_OF.items()
                                               for forms, s in ((OFFICE_LEAVES, True), (OFFICE_ELSE, False)) for t in forms])
def test_office_of_state_is_its_candidate(race_keys, race, text, leaves):
    p = OFFICE_OF[race]
    keys = race_keys(race, text)
    assert ("withdrawal", p["C"], None) not in keys
    assert (("withdrawal", p["Y"], None) in keys) is leaves
