"""Precision on fresh text, session 31 (prec31, issue 12): invented grids in both races (forms x inserts x near-misses),
none a corpus sentence. Each family was read from the false events of blind29b-c and construction set 21 (read sets
this session) and the known false forms on main.

- an event named as the object of hearsay ("rumours of a withdrawal by X", "talk of S's backing for Y") is no fact
  (cues.hearsay_nouns, scope.hearsay_of); a stance noun only talked of or mooted, or whose second predicate says it
  never came ("... has been talked about for weeks but has not materialised"), is unsettled;
- an ended stance takes the doubt every stance takes: only a denial keeps the stance its possessive presupposes
  ("S denied that it had dropped its support"), a doubt of the whole report does not ("Unfounded rumours claim S has
  withdrawn its support for X");
- a wager on the clause ("I'd put money on S coming round", "I would bet on S backing X") or the clause called a guess
  after it ("..., but that's a bet, not a fact"): a forecast (scope_report.wager_lead, called_guess);
- a stance told as fact or by sources stands though its holder has not said so publicly ("..., though S has not said
  so in public": the guide's "stated as fact" and "reported"; the holder's silence denies nothing);
- the presenter of another person's bid ("X presented the candidacy of Y", "announced Y's bid") is no candidate; a bid
  told only as withdrawn ("decided to withdraw her candidacy, communicated to the Council") gives the withdrawal alone;
- "the candidate who can unite ...", "the candidate best placed to win" after a verb of calling is an assessment;
- two names joined by a bare comma, the second speaking ("Asked about ... Bachelet, Grynspan said"), are no list;
- a group's members with an adverb of how many act ("EU members mostly favour X") are an aggregate, not the body;
- a relative clause's "it" is the state the sentence opened with, not one a preposition governs ("envoy to T") or a
  demonym before a noun ("a Chilean diplomat").
"""
from __future__ import annotations

import itertools

import pytest

RACES = {
    "nato": dict(C="Mark Rutte", c="Rutte", pos="his", S="Hungary", Sc="Budapest", Sdem="Hungarian", Y="Klaus Iohannis",
                 Ypos="his", y="Iohannis", Yoff="Romania's president", T="Georgia", dem="Polish", org="NATO members", body="the Council"),
    "un": dict(C="Rebeca Grynspan", c="Grynspan", pos="her", S="Brazil", Sc="Brasilia", Sdem="Brazilian", Y="Michelle Bachelet",
               Ypos="her", y="Bachelet", Yoff="Chile's former president", T="Haiti", dem="Chilean", org="EU members", body="the Security Council"),
}
ORG = {"nato": "NATO", "un": "European Union"}


def _grid(families):
    return [(r, t.format(**p), s) for (r, p), (none, kept) in itertools.product(RACES.items(), families)
            for forms, s in ((none, False), (kept, True)) for t in forms]


# ---------------------------------------------------------------- hearsay, and a stance noun only talked of

HEARSAY = ["Rumours of an endorsement of {C} by {S} were dismissed as invented.",
           "There was talk in {Sc} of {S}'s backing for {C}.",
           "Speculation about {S}'s support for {C} grew on Tuesday.",
           "Unfounded rumours claim {S} has withdrawn its support for {C}.",
           "Unfounded rumours claim {S}, once again, has withdrawn its support for {C}.",
           "Rumours that {S} had dropped its backing for {C} spread on Tuesday.",
           "{S}'s endorsement of {C} has been talked about for weeks but has not materialised.",
           "A {Sdem} endorsement of {C} was talked about for weeks, but never came.",
           "{S}'s backing for {C} was mooted in March."]
STATED = ["Amid rumours of a reshuffle, {S} backed {C}.",
          "{S} denied that it had withdrawn its support for {C}.",
          "{S}'s support for {C} was announced in March and has never wavered.",
          "{S}'s endorsement of {C} came on Monday and was welcomed by the candidate.",
          "Despite talk of a split, {S} has thrown its weight behind {C}."]


# ---------------------------------------------------------------- a stance its holder has not stated publicly

# (told as fact or by sources, the stance stands: the guide's "stated as fact" and "reported"; the holder's silence
# denies nothing)
SAID = ["{S}, we are told, is also behind {C}, though {Sc} has not said so in public.",
        "{S} backs {C}, though it has never said as much.",
        "{S} is said to favour {C}, but {Sc} has not said so.",
        "{S} is also behind {C}, and {Sc} has said so in public.",
        "{S} backs {C}, though it has not said when it will announce it.",
        # (others not saying so leave the clause standing)
        "{S} said in March that it backs {C}, and diplomats say more allies are in {pos} camp, though most have not said so."]


# ---------------------------------------------------------------- a wager, a guess

WAGERED = ["I'd put money on {S} coming round to {C} eventually, but that's a bet.",
           "I would bet good money on {Sc} backing {c}.",
           "{S} backs {C}, but that's only a guess.",
           "{S} has come round to {C}; that is my hunch, not a fact.",
           "We'd wager {S} backs {C} by June."]
NOT_WAGERED = ["{S} backs {C}, and that is a fact.", "{S} backs {C}, officials said, but that was a gamble that paid off.",
               "{S} bet on {C} early and backed {c} in March.", "{S} backs {C}; that is the assessment of its ministry."]


@pytest.mark.parametrize("race,text,stated", _grid([(HEARSAY, STATED), ([], SAID), (WAGERED, NOT_WAGERED)]))
def test_stance_told_as_hearsay_or_unsaid(race_keys, race, text, stated):
    p = RACES[race]
    keys = race_keys(race, text)
    assert (("endorsement", p["C"], p["S"]) in keys) is stated
    assert ("opposition", p["C"], p["S"]) not in keys


WITHDRAWAL_HEARSAY = ["Rumours of a withdrawal by {C} were dismissed by {pos} team as invented.",
                      "There is talk of a withdrawal by {C} before the vote.",
                      "Speculation about {c}'s withdrawal from the race grew on Tuesday."]
WITHDRAWAL_TOLD = ["{C} withdrew from the race on Tuesday.", "The withdrawal of {C} from the race was announced on Tuesday.",
                   "Amid talk of a deal, {C} withdrew from the race."]


@pytest.mark.parametrize("race,text,stated", _grid([(WITHDRAWAL_HEARSAY, WITHDRAWAL_TOLD)]))
def test_withdrawal_told_as_hearsay(race_keys, race, text, stated):
    p = RACES[race]
    assert (("withdrawal", p["C"], None) in race_keys(race, text)) is stated


# ---------------------------------------------------------------- another person's bid; a bid only withdrawn

PRESENTED = ["{Y} presented the candidacy of {C} on Monday.", "{Y}, {Yoff}, presented the candidacy of {C}.", "{Y} formally presented the candidacy of {C}.",
             "{Y} announced {C}'s bid on Monday.", "{Y}, a former rival, presented the bid of {C} to {body}."]
OWN = ["{Y} presented {Ypos} candidacy on Monday.", "{Y} formally announced {Ypos} bid for the post.",
       "{Y} announced {Ypos} own candidacy on Monday."]


@pytest.mark.parametrize("race,text,stated", _grid([(PRESENTED, OWN)]))
def test_presenter_of_another_bid(race_keys, race, text, stated):
    p = RACES[race]
    assert (("candidacy", p["Y"], None) in race_keys(race, text)) is stated


WITHDRAWN_BID = ["The decision of {C} to withdraw {pos} candidacy, communicated on Thursday to {body}, was expected.",
                 "{C} decided to withdraw {pos} candidacy, communicated on Thursday to {body}.",
                 "{C} chose to drop {pos} bid, submitted in March."]
LODGED_BID = ["{C}'s candidacy, communicated on Thursday to {body}, was welcomed.",
              "{C}'s candidacy was submitted on Thursday to {body}.",
              "{C}'s bid, submitted in March, was welcomed."]


@pytest.mark.parametrize("race,text,stated", _grid([(WITHDRAWN_BID, LODGED_BID)]))
def test_bid_told_only_as_withdrawn(race_keys, race, text, stated):
    p = RACES[race]
    assert (("candidacy", p["C"], None) in race_keys(race, text)) is stated


# ---------------------------------------------------------------- "the candidate who can ..." is an assessment

ASSESSED = ["The prime minister of {S} called {C} \"the candidate who can unite North and South\".",
            "The prime minister of {S} called {C} the candidate best placed to win.",
            "The prime minister of {S} called {C} the candidate most likely to succeed.",
            "{Sc} sees {C} as the candidate that could bridge the divide."]
NAMED = ["{S} named {C} as the candidate who will carry its hopes.", "{S} named {C} its candidate on Monday."]


@pytest.mark.parametrize("race,text,stated", _grid([(ASSESSED, NAMED)]))
def test_candidate_who_can_is_assessed(race_keys, race, text, stated):
    p = RACES[race]
    assert (("candidacy", p["C"], None) in race_keys(race, text)) is stated


# ---------------------------------------------------------------- a bare comma before a speaker

SPEAKER_AFTER = ["Asked about {S}'s decision that it will not support {y}, {c} said it was not for one candidate to comment.",
                 "Asked whether {S} would back {y}, {c} said that was for {Sc} to decide.",
                 "On {S}'s refusal to back {y}, {c} told reporters it was not her business."]


@pytest.mark.parametrize("race,text", [(r, t.format(**p)) for (r, p), t in itertools.product(RACES.items(), SPEAKER_AFTER)])
def test_speaker_after_bare_comma_is_no_list(race_keys, race, text):
    p = RACES[race]
    keys = race_keys(race, text)
    assert not {k for k in keys if k[1] == p["C"]}


LISTED_PAIR = ["{S} will not support {y}, {c} and the others.", "{S} backs {y} and {c}."]


@pytest.mark.parametrize("race,text", [(r, t.format(**p)) for (r, p), t in itertools.product(RACES.items(), LISTED_PAIR)])
def test_listed_pair_kept(race_keys, race, text):
    p = RACES[race]
    keys = race_keys(race, text)
    assert {k[1] for k in keys if k[0] in ("endorsement", "opposition") and k[2] == p["S"]} >= {p["Y"], p["C"]}


# ---------------------------------------------------------------- most of a group's members

SOME_MEMBERS = ["{org} mostly favour {C}.", "{org} largely back {C}, diplomats say.", "{org}, by and large, support {C}.",
                "{org} overwhelmingly favour {C}."]
# the group named alone still acts (its members acting together, where the story reads them so); the state excepted
# after it acts on its own
EXCEPTED = ["{org} mostly favour {C}, with the exception of {S}, which has told partners it opposes {pos} candidacy."]


@pytest.mark.parametrize("race,text", [(r, t.format(**p)) for (r, p), t in itertools.product(RACES.items(), SOME_MEMBERS + EXCEPTED)])
def test_members_mostly_are_an_aggregate(race_keys, race, text):
    p = RACES[race]
    keys = race_keys(race, text)
    assert not {k for k in keys if k[2] == ORG[race] or k[0] == "appointment"}


@pytest.mark.parametrize("race", RACES)
def test_state_excepted_from_members_acts(race_keys, race):
    p = RACES[race]
    assert ("opposition", p["C"], p["S"]) in race_keys(race, EXCEPTED[0].format(**p))


# ---------------------------------------------------------------- a relative clause's "it"

RELATIVE_IT = ["{S} proposed a {dem} diplomat as envoy to {T}, a role distinct from the race, in which it has pledged "
               "to support {C}.",
               "{S} sent a {dem} diplomat to {T} for the talks, in which it has pledged to support {C}.",
               "{S} welcomed {C}, whom it has backed since March."]


@pytest.mark.parametrize("race,text", [(r, t.format(**p)) for (r, p), t in itertools.product(RACES.items(), RELATIVE_IT)])
def test_relative_it_is_the_opening_state(race_keys, race, text):
    p = RACES[race]
    keys = race_keys(race, text)
    assert ("endorsement", p["C"], p["S"]) in keys
    assert not {k for k in keys if k[0] == "endorsement" and k[2] != p["S"]}
