"""Precision on fresh text, session 30 (prec30, issue 12): invented grids in both races (forms x inserts x near-misses),
none a corpus sentence. Each family was read from the false events of the construction sets and blind28a-d.

- a feeling towards a candidate commits to nothing ("has warmed to X", "is sympathetic to X"): no verb of leaning (the
  lexicon's cues.tentative_verbs no longer hold them; the construction sets' gold says so four times);
- a guess put forward about what another will do ("some suggest that S will now swing behind X") is a forecast
  (cues.belief_verbs);
- a stance noun a negated copula says is not to come or not taken up ("... is not on the agenda of its summit", "...
  is not on the cards") or said to be only on a meeting's agenda: unsettled (cues.unassured_predicates and
  unsettled_predicates, the list that was a regex in frames/stance_checks.py);
- a report called false or unconfirmed by its own adjective before what it tells ("An unconfirmed report claims S has
  ..."): doubted (scope_doubt.wrong_report);
- a state's office set off after a candidate's name as the subject of a declaring verb ("X, T's prime minister,
  declared her candidacy"): the person's own bid, no state's nomination (candidacy_checks._apposed_office);
- a subject pronoun opening a clause inside a relative clause on a person is that person ("X, who ran against Y until
  he pulled out": X's withdrawal, not Y's; references._relative_head);
- a counted field of another, earlier contest lists no one in the race ("ran against two rivals in the 2014 election:
  A and B"; candidacy_roles._PAST_CONTEST);
- an infinitive split by an -ly adverb keeps its scope ("the way is clear for the allies to formally name X": no
  appointment; scope._SPLIT_INFINITIVE);
- a word of certainty, speed or size before a stance noun ("S's unambiguous / immediate / enormous backing for X") blocks
  nothing: stance_adjectives include inserts.weighing_adjectives, one list.
"""
from __future__ import annotations

import itertools

import pytest

RACES = {
    "nato": dict(C="Mark Rutte", c="Rutte", S="Hungary", Sc="Budapest", body="the 32 allies", Y="Klaus Iohannis", YS="Romania",
                 Yoff="Romania's president", Yoff2="the president of Romania", Ypos="his", post="NATO secretary general"),
    "un": dict(C="Rebeca Grynspan", c="Grynspan", S="Brazil", Sc="Brasilia", body="the General Assembly", Y="Mia Mottley", YS="Barbados",
               Yoff="Barbados's prime minister", Yoff2="the prime minister of Barbados", Ypos="her",
               post="UN secretary-general"),
}


# ---------------------------------------------------------------- a feeling is no stance

FEELINGS = ["{S} has warmed to {C}.", "{Sc} warmed to {c} over the summer.", "{S} has been warming to {C}, officials say.",
            "{S} is sympathetic to {C}.", "{Sc}, diplomats say, is sympathetic to {c}'s bid.",
            "{S} has not endorsed anyone; diplomats say it is sympathetic to {C}.",
            "{S} warmed to {C} after the summit in June."]
# leaning and readiness stay tentative stances (the guide)
LEANINGS = ["{S} is leaning towards {C}.", "{Sc} has been leaning toward {c}, officials say.",
            "{S} is inclined to back {C}.", "{S} is well disposed towards {C}.", "{S} looks favourably on {c}'s candidacy."]


# ---------------------------------------------------------------- a guess put forward is a forecast

GUESSED = ["Some in {Sc} suggest that {S} will now swing behind {C}.", "Diplomats suggest {S} will back {C} in the end.",
           "Officials in {Sc} suggested that {S} would throw its weight behind {c}."]
TOLD = ["Officials in {Sc} said that {S} will back {C}.", "{S} will back {C}, officials in {Sc} said.",
        "Some in {Sc} suggest that {S} backed {C} last week."]


# ---------------------------------------------------------------- a stance noun not to come

UNSETTLED = ["An endorsement of {C} by {S} is not on the agenda of the summit.",
             "An endorsement of {C} by {S} is on the agenda of Thursday's meeting.",
             "{S}'s support for {C} is not on the cards.", "{S}'s support for {C}, officials admit, is not on the table.",
             "A {S} endorsement of {C} isn't happening.", "{S}'s backing for {C} is not expected before June."]
SETTLED = ["An endorsement of {C} by {S} came on Tuesday.", "{S}'s support for {C} is not in question.",
           "{S}'s backing for {C} was never in doubt.", "{S}'s support for {C} was announced on Tuesday."]


# ---------------------------------------------------------------- a report its own adjective doubts

DOUBTED = ["An unconfirmed report claims {S} has swung behind {C}.",
           "An unverified media report said on Tuesday that {S} had thrown its weight behind {C}.",
           "Unconfirmed reports in the press say {S} backs {C}.", "A baseless claim that {S} backs {C} spread online.",
           "{S} backs {C}, an unconfirmed report claimed on Tuesday."]
REPORTED = ["A report in the press claims {S} has swung behind {C}.", "An early report said {S} had thrown its weight behind {C}.",
            "{S} backs {C}, a report in the press claimed on Tuesday.", "A detailed report says {S} backs {C}."]


# ---------------------------------------------------------------- an infinitive split by an -ly adverb

# the infinitive's scope is read across the adverb: what may now happen ("the way is clear for the allies to formally
# name X") or what is wished stays no event; a verb that asserts the act ("decided to formally back") keeps it
SPLIT_OPEN = ["The way now appears clear for {body} to formally name {c}, possibly as early as next week.",
              "The way is now clear for {body} to formally appoint {C}.", "{S} wants to formally back {C}.",
              "The deal allows {S} to publicly back {C}."]
SPLIT_DONE = ["{S} decided to formally back {C}.", "{S} voted on Tuesday to formally back {C}.",
              "{S} is ready to formally back {C}."]


# ---------------------------------------------------------------- how firm, plain, soon or big a stance is

# a word of certainty, speed or size between the state's possessive and its stance noun blocks nothing (stance_adjectives
# now include inserts.weighing_adjectives, one list); a hedge there still does
SURE = ["{S}'s unambiguous backing for {C} surprised no one.", "{S}'s immediate support for {C} was welcomed.",
        "{S}'s enormous backing for {C} came on Tuesday.", "{C} won {S}'s prompt support on Monday."]
HEDGED = ["{S}'s possible backing for {C} is being discussed.", "{S}'s rumoured support for {C} was denied.",
          "{S}'s hoped-for backing for {C} never came.", "{S}'s unambiguous backing for {Y} surprised no one."]


# each family's forms that give no endorsement of C by S, and those that keep it
FAMILIES = [(FEELINGS, LEANINGS), (GUESSED, TOLD), (UNSETTLED, SETTLED), (DOUBTED, REPORTED), (SPLIT_OPEN, SPLIT_DONE),
            (HEDGED, SURE)]


@pytest.mark.parametrize("race,text,stated", [(r, t.format(**p), s) for (r, p), (none, kept) in itertools.product(
    RACES.items(), FAMILIES) for forms, s in ((none, False), (kept, True)) for t in forms])
def test_endorsement_families(race_keys, race, text, stated):
    p = RACES[race]
    keys = race_keys(race, text)
    assert not {k for k in keys if k[0] == "appointment"}
    assert (("endorsement", p["C"], p["S"]) in keys) is stated


# ---------------------------------------------------------------- the candidate's own office declares no nomination

OWN_BID = ["{Y}, {Yoff}, declared {Ypos} candidacy on Monday.", "{Y}, {Yoff2}, announced {Ypos} candidacy on Monday.",
           "{Y}, {Yoff}, formally submitted {Ypos} candidacy on Monday.",
           "{Y}, {Yoff}, on Monday announced {Ypos} bid for the post."]
# a state nominating stays a nomination: the candidacy and the state's backing
NOMINATED = ["{YS} formally submitted the candidacy of {Y} on Monday.", "{YS} presented {Y}'s candidacy on Monday.",
             "{YS}'s government submitted the candidacy of {Y} on Monday."]


@pytest.mark.parametrize("race,text,nominated", [(r, t.format(**p), s) for (r, p), (forms, s) in itertools.product(
    RACES.items(), ((OWN_BID, False), (NOMINATED, True))) for t in forms])
def test_own_office_declares_no_nomination(race_keys, race, text, nominated):
    p = RACES[race]
    keys = race_keys(race, text)
    assert ("candidacy", p["Y"], None) in keys
    assert (("endorsement", p["Y"], p["YS"]) in keys) is nominated


# ---------------------------------------------------------------- a relative clause's own subject pronoun

# "X, who ran against Y from March until he pulled out,": the pronoun opening a clause inside the relative clause on X
# is X (when it agrees), not the last one named
RELATIVE = {
    "nato": dict(X="Klaus Iohannis", Y="Mark Rutte", x="he", other="Kaja Kallas", o="she"),
    "un": dict(X="Rebeca Grynspan", Y="Rafael Grossi", x="she", other="Rafael Grossi", o="he"),
}
LEAVING = ["{X}, who ran against {Y} from March until {x} pulled out, praised the process.",
           "{X}, who campaigned against {Y} for months before {x} withdrew, praised the process.",
           "{X}, who stood against {Y} for the post until {x} pulled out in June, praised the process."]
# the pronoun that agrees only with the other person, or one after a verb of saying, is not the relative's head
OTHERS_LEAVING = ["{X}, who ran against {other} from March until {o} pulled out, praised the process."]


@pytest.mark.parametrize("race,text", [(r, t.format(**p)) for (r, p), t in itertools.product(RELATIVE.items(), LEAVING)])
def test_relative_subject_pronoun(race_keys, race, text):
    p = RELATIVE[race]
    keys = race_keys(race, text)
    assert ("withdrawal", p["X"], None) in keys
    assert ("withdrawal", p["Y"], None) not in keys


@pytest.mark.parametrize("race,text", [(r, t.format(**p)) for (r, p), t in itertools.product(RELATIVE.items(), OTHERS_LEAVING)])
def test_relative_pronoun_of_another(race_keys, race, text):
    p = RELATIVE[race]
    keys = race_keys(race, text)
    assert ("withdrawal", p["X"], None) not in keys


# ---------------------------------------------------------------- a counted field of another, earlier contest

PAST_FIELDS = ["{c} ran against two rivals in the 2014 election: {A} and {B}.",
               "{c} faced two rivals at the last election: {A} and {B}.",
               "{c} beat two rivals in the previous race: {A} and {B}.",
               "{c} faced two rivals in the mayoral race: {A} and {B}."]
RACE_FIELDS = ["{c} faces two rivals for the post: {A} and {B}.", "{c} ran against two rivals in the race: {A} and {B}.",
               "{c} faces two rivals in the {year} race: {A} and {B}."]
FIELD = {"nato": dict(c="Rutte", A="Klaus Iohannis", B="Kaja Kallas", year="2024"),
         "un": dict(c="Grossi", A="Michelle Bachelet", B="Rebeca Grynspan", year="2026")}


@pytest.mark.parametrize("race,text,stated", [(r, t.format(**p), s) for (r, p), (forms, s) in itertools.product(
    FIELD.items(), ((PAST_FIELDS, False), (RACE_FIELDS, True))) for t in forms])
def test_counted_field_of_another_contest(race_keys, race, text, stated):
    p = FIELD[race]
    keys = race_keys(race, text)
    assert (("candidacy", p["A"], None) in keys) is stated
    assert (("candidacy", p["B"], None) in keys) is stated
