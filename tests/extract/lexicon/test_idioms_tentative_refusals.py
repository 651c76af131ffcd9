"""Idioms, tentative stances and refusals by decision (session 26, idioms26), tested as grids of invented sentences in
both races (no corpus sentence), about half of them near-misses that must give no event.

- a lexicon entry may end in a slot, "@name", read as each phrase of the lexicon's `slots.name` (extract/lexicon.py):
  an idiom of effort or of standing is written once and read before every preposition of support ("went the extra
  mile for / behind / on behalf of X", "planted its flag alongside X", "put its shoulder to the wheel for X"), in
  every form of its verb and with any possessive, its inserts left out as for any multiword phrase ("planted its flag
  firmly alongside"); the phrasal nominating verb "put @forward" reads the object between ("put X's name on the
  table", "put her name in the hat");
- giving verbs that fix a stance noun ("nailed down / locked in / firmed up / sealed its support for X");
- the headline's assent, "says yes to X" (the sibling of "says no to");
- the verbs of leaning, inflected (cues.tentative_verbs: "is inclining towards X", "tilts toward Y"), "is minded to": a
  tentative endorsement; "is open to supporting X" stays a modality (round 15);
- a decision not to act, inflected (opposition.refusing_verbs: "decided not to support X", "chose not to back X",
  "opted against backing X"): an opposition; "has not decided whether to support X" is none;
- the person ending their own bid by an idiom ("called time on his bid", "drew a line under her candidacy").
"""
from __future__ import annotations

import datetime as dt

import pytest

from natowatch.extract import extract_events
from natowatch.extract.lexicon import Lexicon, expand
from natowatch.extract.story import StoryError
from tests.extract.conftest import CAND, E, O, WD

RACES = {
    "nato": dict(title="The race to lead NATO", day=dt.date(2024, 5, 16), actors=("Hungary", "Turkey"),
                 people=(("Mark Rutte", "his"), ("Kaja Kallas", "her")), other="Ukraine"),
    "un": dict(title="The race for UN Secretary-General", day=dt.date(2026, 9, 30), actors=("Brazil", "Mexico"),
               people=(("Rebeca Grynspan", "her"), ("Rafael Grossi", "his")), other="the refugees"),
}

# idioms of effort or standing, in some form of their verb, before the slot
EFFORT = ["has gone the extra mile", "put its shoulder to the wheel", "has planted its flag", "pulled out all the stops",
          "is moving heaven and earth", "went out on a limb", "has been banging the drum", "stuck its neck out"]
PREPOSITIONS = ["for", "behind", "alongside", "on behalf of", "in support of"]
# material a reporter sets inside the idiom or before its object
INSERTS = [("has planted its flag", "has planted its flag firmly"), ("went out on a limb", "went out on a limb last week"),
           ("has gone the extra mile", "has, as expected, gone the extra mile")]


def _run(story, race, sentence):
    r = RACES[race]
    return extract_events(r["title"], sentence, r["day"], story)


def _keys(events):
    return {(e.type, e.subject, e.actor if e.type in ("endorsement", "opposition") else None) for e in events}


def _fill(race, form, a=0, p=0):
    """The form with the race's actor `a` and person `p` (actor, name, surname, pos, other, other_name)."""
    r = RACES[race]
    (name, pos), (other_name, _) = r["people"][p], r["people"][1 - p]
    return form.format(actor=r["actors"][a], name=name, surname=name.split()[-1], pos=pos, other=r["other"],
                       other_name=other_name), r["actors"][a], name


def _case(stories, race, form, a=0, p=0):
    """(keys of the one-sentence article, actor, name)."""
    sentence, actor, name = _fill(race, form, a, p)
    return _keys(_run(stories[race], race, sentence)), actor, name


def _stances(keys):
    return {k for k in keys if k[0] in ("endorsement", "opposition")}


@pytest.fixture(scope="module")
def stories(story, un_story):
    return {"nato": story, "un": un_story}


# ---------------------------------------------------------------- the slot, in the lexicon

def test_slot_expands_each_filler():
    slots = {"for": ["for", "on behalf of"]}
    forms = expand("go the extra mile @for", "verb", {"go": ["went", "gone"]}, slots)
    assert "went the extra mile on behalf of" in forms and "going the extra mile for" in forms
    with pytest.raises(StoryError):
        expand("go the extra mile @missing", "verb", {}, slots)


def test_included_list_is_read_where_it_is_written(lexicon_mapping):
    data = {"a": {"verbs": ["back", "<b.verbs"]}, "b": {"verbs": ["lean towards"]}, "c": {"verbs": ["<c.verbs"]}}
    lex = Lexicon(data)
    assert "leaning towards" in lex.words("a", "verbs") and "leant towards" not in lex.words("a", "verbs")
    with pytest.raises(StoryError):
        lex.words("c", "verbs")
    real = Lexicon(lexicon_mapping)
    assert set(real.words("cues", "tentative_verbs")) <= set(real.words("endorsement", "verbs"))


def test_slot_alternation_matches_what_its_forms_match(lexicon_mapping):
    import re
    lex = Lexicon(lexicon_mapping)
    alt = re.compile(lex.alt("endorsement", "verbs"), re.I)
    for form in lex.words("endorsement", "verbs"):
        assert alt.fullmatch(form), form
    assert not alt.fullmatch("went the extra mile to")


# ---------------------------------------------------------------- idioms x prepositions x races

@pytest.mark.parametrize("race", ["nato", "un"])
@pytest.mark.parametrize("idiom", EFFORT)
@pytest.mark.parametrize("prep", PREPOSITIONS)
def test_effort_idiom_before_any_preposition(stories, race, idiom, prep):
    keys, actor, name = _case(stories, race, "{actor} " + f"{idiom} {prep}" + " {name}.")
    assert E(name, actor) in keys


@pytest.mark.parametrize("race", ["nato", "un"])
@pytest.mark.parametrize("plain,inserted", INSERTS)
def test_effort_idiom_with_insert(stories, race, plain, inserted):
    keys, actor, name = _case(stories, race, "{actor} " + inserted + " alongside {name}.", a=1, p=1)
    assert E(name, actor) in keys


# near-misses: no candidate as the object, the idiom said of no one, hedged, negated, or an idiom of no stance
NEAR_EFFORT = [
    "{actor} went the extra mile for {other} at the summit.",
    "{actor} has planted its flag in the capital, {name} said.",
    "{actor} could put its shoulder to the wheel for {name} if the talks succeed.",
    "{actor} has not gone the extra mile for {name}.",
    "{actor} pulled out all the stops for the summit, which {name} attended.",
    "{actor} kept its powder dry on {name}.",
    "{actor} sat on the fence over {name}'s bid.",
    "{actor} kept its cards close to its chest on {name}.",
    "{actor} is biding its time on {name}.",
    "{name} went the extra mile for {actor}.",
]


@pytest.mark.parametrize("race", ["nato", "un"])
@pytest.mark.parametrize("form", NEAR_EFFORT)
def test_effort_near_misses(stories, race, form):
    keys, _, _ = _case(stories, race, form)
    assert not _stances(keys), keys


# ---------------------------------------------------------------- fixing a stance noun, assent, nomination

FIXING = ["has nailed down its support for", "locked in its backing for", "has firmed up its support for",
          "sealed its endorsement of", "has cemented its support for"]


@pytest.mark.parametrize("race", ["nato", "un"])
@pytest.mark.parametrize("form", FIXING)
def test_fixing_a_stance_noun(stories, race, form):
    keys, actor, name = _case(stories, race, "{actor} " + form + " {name}, its foreign minister said.", p=1)
    assert E(name, actor) in keys


@pytest.mark.parametrize("race", ["nato", "un"])
@pytest.mark.parametrize("form,expected", [
    ("{actor} says yes to {surname}", "E"),
    ("{actor} has said yes to {name}.", "E"),
    ("{actor} says yes to talks with {name}", None),
    ("{actor} has sealed a gas deal with {other}.", None),
])
def test_assent_and_fixing_near_misses(stories, race, form, expected):
    keys, actor, name = _case(stories, race, form, a=1)
    assert _stances(keys) == ({E(name, actor)} if expected else set()), keys


NOMINATING = [("{actor} has put {name}'s name on the table.", True), ("{actor} put {name}'s name in the hat last week.", True),
              ("{actor} has put its name to {name}'s nomination papers.", True),
              ("{actor} co-signed {name}'s nomination letter.", True),
              ("{actor} put the proposal on the table, {name} said.", False),
              ("{actor} put its name to the statement, which {name} welcomed.", False),
              ("{actor} has not put {name}'s name on the table.", False)]


@pytest.mark.parametrize("race", ["nato", "un"])
@pytest.mark.parametrize("form,nominated", NOMINATING)
def test_nominating_idioms(stories, race, form, nominated):
    keys, actor, name = _case(stories, race, form)
    if nominated:
        assert {CAND(name), E(name, actor)} <= keys
    else:
        assert E(name, actor) not in keys and CAND(name) not in keys


# ---------------------------------------------------------------- tentative stances

TENTATIVE = ["is inclining towards {name}", "inclines toward {name}", "is tilting towards {name}",
             "is minded to support {name}", "is leaning towards {name}",
             "has been gravitating towards {name}", "is edging towards {name}", "looks favourably on {name}'s candidacy",
             "is well disposed towards {name}",
             # (open to a stance is willing to take it, the guide's "willing to": scope27)
             "is open to supporting {name}", "is open to the idea of supporting {name}"]
NOT_TENTATIVE = ["would be open to backing {name} if {other_name} withdrew",
                 "is inclining towards a veto of {name}'s rival", "is not minded to weigh in on {name}",
                 "is sympathetic to {name}'s concerns about the budget", "looks kindly on the summit {name} hosted",
                 "is edging towards a deal, {name} said", "is not sympathetic to {name}",
                 # a feeling commits to nothing (round 30: the construction sets' gold)
                 "is sympathetic to {name}'s bid", "has warmed to {name}"]


@pytest.mark.parametrize("race", ["nato", "un"])
@pytest.mark.parametrize("form", TENTATIVE)
def test_tentative_stances(stories, race, form):
    sentence, actor, name = _fill(race, "{actor} " + form + ", a senior official said on Tuesday.", a=1, p=1)
    found = [e for e in _run(stories[race], race, sentence) if e.type == "endorsement"]
    assert [(e.subject, e.actor, e.status) for e in found] == [(name, actor, "tentative")]


@pytest.mark.parametrize("race", ["nato", "un"])
@pytest.mark.parametrize("form", NOT_TENTATIVE)
def test_tentative_near_misses(stories, race, form):
    keys, _, _ = _case(stories, race, "{actor} " + form + ".", a=1, p=1)
    assert not _stances(keys), keys


# ---------------------------------------------------------------- refusals by decision

REFUSALS = ["had decided not to support {name}", "has chosen not to back {name}", "opted not to endorse {name}",
            "has made up its mind not to back {name}",
            "has decided against backing {name}", "declined to back {name} for the post",
            "took the decision not to support {name}"]
NOT_REFUSALS = ["has not decided whether to support {name}", "has decided not to decide on {name} yet",
                "has yet to decide whether to back {name}", "decided not to attend the dinner {name} hosted"]


@pytest.mark.parametrize("race", ["nato", "un"])
@pytest.mark.parametrize("form", REFUSALS)
@pytest.mark.parametrize("lead", ["{actor} ", "Officials said {actor} "])
def test_refusal_by_decision(stories, race, form, lead):
    keys, actor, name = _case(stories, race, lead + form + ".")
    assert O(name, actor) in keys and E(name, actor) not in keys


@pytest.mark.parametrize("race", ["nato", "un"])
@pytest.mark.parametrize("form", NOT_REFUSALS)
def test_refusal_near_misses(stories, race, form):
    keys, _, _ = _case(stories, race, "{actor} " + form + ".")
    assert not _stances(keys), keys


# ---------------------------------------------------------------- ending one's own bid

ENDING = [("{name} has called time on {pos} bid.", True), ("{name} drew a line under {pos} candidacy on Friday.", True),
          ("{name} has called off {pos} campaign for the post.", True), ("{name} called time on the meeting.", False),
          ("{name} has called off {pos} visit to the capital.", False), ("{name} drew a line under the dispute.", False)]


@pytest.mark.parametrize("race", ["nato", "un"])
@pytest.mark.parametrize("form,ends", ENDING)
def test_ending_own_bid(stories, race, form, ends):
    keys, _, name = _case(stories, race, form)
    assert (WD(name) in keys) is ends, keys


# ---------------------------------------------------------------- what a state puts behind a candidate (slot inside)

STANCE_FORMS = [
    ("{actor} has put its full diplomatic muscle behind {name}.", "E"),
    ("{actor} threw its considerable political weight behind {name}.", "E"),
    ("{actor} lent its clout to {name}'s bid.", "E"),
    ("{actor} has thrown its lot in with {name}.", "E"),
    ("{actor} has declared itself for {name}.", "E"),
    ("{actor} pronounced itself in favour of {name} on Monday.", "E"),
    ("{actor} has gone on record in support of {name}.", "E"),
    ("{actor} has signed up behind {name}.", "E"),
    ("{actor} gave {name} a ringing endorsement.", "E"),
    ("{actor} handed {name} its vote.", "E"),
    ("{actor} has dug its heels in against {name}.", "O"),
    ("{actor} put its foot down against {name}.", "O"),
    ("{actor} has slapped a veto on {name}'s candidacy.", "O"),
    ("{actor} imposed a veto on {name}.", "O"),
    ("{actor} lodged an objection to {name}.", "O"),
    ("{actor} has set itself against {name}.", "O"),
    ("{actor} has thrown its weight against {name}.", "O"),
    ("{actor} put its foot down on defence spending, {name} said.", None),
    ("{actor} has lent its name to the appeal, {name} said.", None),
    ("{actor} lodged a complaint about {name}.", None),
    ("{actor} threw its weight around, {name} said.", None),
    ("{actor} has declared itself neutral on {name}.", None),
    ("{actor} has gone on record about {name}'s age.", None),
    ("{actor} has thrown its weight behind the reform {name} proposed.", None),
    ("{actor} would put its full weight behind {name} if {other_name} withdrew.", None),
]


# ---------------------------------------------------------------- a switch as the second verb

SWITCHES = [
    ("{actor} had been among {other_name}'s early supporters but has since moved over to {name}.", "E"),
    ("{actor} backed {other_name} but has since switched to {name}.", "E"),
    ("{actor} backed {other_name} and has now swung over to {name}.", "E"),
    ("{actor} backed {other_name} but will not switch to {name}.", None),
    ("{actor} backed {other_name} but could switch to {name}.", None),
    ("{actor} backed {other_name} and moved to {name}'s home town.", None),
]


@pytest.mark.parametrize("race", ["nato", "un"])
@pytest.mark.parametrize("form,expected", STANCE_FORMS + SWITCHES)
def test_stance_idioms_and_switches(stories, race, form, expected):
    keys, actor, name = _case(stories, race, form, a=1, p=1)
    wanted = {"E": {E(name, actor)}, "O": {O(name, actor)}, None: set()}[expected]
    assert {k for k in _stances(keys) if k[1] == name} == wanted, keys
