"""A candidacy stated by a role of the race, a verb of entering used alone, or a label as a clause's subject (session
25, refs25), tested as a grid of invented forms in both races (no corpus sentence), about half near-misses.

- a verb of entering with nothing after it but when (`candidacy.dated_entering_verbs`: "entered in the autumn",
  "X, who entered in March, ...", "declared last year and ...", "entered in May with a promise of reform"), and the
  race's place as a verbless aside ("X, in the race since the autumn, ..."); not with an object ("entered parliament"),
  a report ("declared on Monday that ..."), a modal or a comma that does not close a relative clause;
- a role of the race in apposition owned by a person ("X, his only declared rival,", "X, Y's one remaining
  challenger,", "X, her rival for the post,"; not a bare "his rival"), or counted from one before a colon ("One declared rival: X"); not an assessed role ("potential",
  "most likely", "to watch"), a bond of another time or place ("his old rival in national politics"), a stance word
  ("his favourite candidate");
- a candidate label as a clause's subject after its opener ("..., noting that the Dutch candidate had called",
  "while the Chilean candidate kept quiet"); not hedged, for another post, or under a condition.
"""
from __future__ import annotations

import datetime as dt

import pytest

from natowatch.extract import extract_events

NATO = dict(post="NATO secretary general", day=dt.date(2024, 5, 16), full=("Mark Rutte", "Klaus Iohannis", "Kaja Kallas"),
            short=("Rutte", "Iohannis", "Kallas"), pos=("his", "his", "her"), demonyms=("Dutch", "Romanian", "Estonian"),
            actors=("Hungary", "Slovakia", "Turkey"))
UN = dict(post="UN secretary-general", day=dt.date(2026, 9, 30), full=("Rafael Grossi", "Michelle Bachelet", "Rebeca Grynspan"),
          short=("Grossi", "Bachelet", "Grynspan"), pos=("his", "her", "her"), demonyms=("Argentine", "Chilean", "Costa Rican"),
          actors=("Russia", "Brazil", "Mexico"))
RACES = {"nato": NATO, "un": UN}
OPENING = "{C0} leads the race for {P}. "

# ---- the person C1 is stated in the race
ENTRY = [
    "{N1} entered in the autumn.",
    "Mr {N1} entered in the autumn with a promise of reform.",
    "{C1}, who entered in March, spoke to reporters on Monday.",
    "{C1}, who declared last year, spoke to reporters on Monday.",
    "{N1} declared in the spring and has toured the capitals since.",
    "{N1} entered in early May, and {S0} noticed.",
    "{C1}, in the race since the autumn, spoke to reporters on Monday.",
]
ENTRY_NEAR = [
    "{N1} entered parliament in 2010.",
    "{N1} entered politics in March.",
    "{N1} declared on Monday that the vote was unfair.",
    "{N1} declared in May, in a speech, that reform was needed.",
    "{N1} could have entered in March.",
    "{N1} has not entered in March.",
    "{C1}, who declared in March that the vote was unfair, spoke to reporters.",
]
ROLES = [
    "{C1}, {pos0} only declared rival, spoke to reporters on Monday.",
    "{C1}, {N0}'s only declared rival, spoke to reporters on Monday.",
    "{C1}, {pos0} one remaining challenger, spoke to reporters on Monday.",
    "{C1}, {pos0} only rival for the post, spoke to reporters on Monday.",
    "One declared rival: {C1}, who entered in March.",
    "One declared rival: {C1}.",
]
ROLES_NEAR = [
    "{C1}, {pos0} old rival in national politics, spoke to reporters on Monday.",
    "{C1}, {pos0} potential rival, spoke to reporters on Monday.",
    "{C1}, {N0}'s most likely rival, spoke to reporters on Monday.",
    "{C1}, {pos0} favourite candidate, spoke to reporters on Monday.",
    "{C1}, {pos0} predecessor, spoke to reporters on Monday.",
    "{C1}, {pos0} rival, spoke to reporters on Monday.",       # a bare owned rival may be one of anything
    "One rival to watch: {C1}.",
    "One possible rival: {C1}.",
    "One candidate stands out: {C1}.",
]
# (the label stands for a person the article has named: "{C1} met farmers on Sunday." states nothing of the race)
NAMED = "{C1} met farmers on Sunday. "
LABELS = [
    NAMED + "{S0} said that the {D1} candidate had called on Monday.",
    NAMED + "{S0} complained, while the {D1} candidate kept quiet.",
    NAMED + "{S0} was silent; the {D1} candidate spoke for an hour.",
]
LABELS_NEAR = [
    NAMED + "{S0} said that the possible {D1} candidate had called on Monday.",
    NAMED + "{S0} said that the {D1} candidate for the board had called on Monday.",
    NAMED + "If the {D1} candidate wins, {S0} will object.",
    NAMED + "{S0} said that the {D1} team had called on Monday.",
]


def _fill(r: dict, text: str) -> str:
    return (OPENING + text).format(
        P=r["post"], C0=r["full"][0], C1=r["full"][1], N0=r["short"][0], N1=r["short"][1], pos0=r["pos"][0],
        D1=r["demonyms"][1], S0=r["actors"][0])


def _candidacies(story, r: dict, text: str) -> set[str]:
    return {e.subject for e in extract_events("", text, r["day"], story) if e.type == "candidacy"}


@pytest.fixture(scope="module")
def stories(story, un_story):
    return {"nato": story, "un": un_story}


def _cells(forms):
    return [(race, form) for race in RACES for form in forms]


@pytest.mark.parametrize("race,form", _cells(ENTRY + ROLES + LABELS), ids=[f"{r}-{f[:40]}" for r, f in _cells(ENTRY + ROLES + LABELS)])
def test_role_or_entry_states_the_candidacy(stories, race, form):
    r = RACES[race]
    assert r["full"][1] in _candidacies(stories[race], r, _fill(r, form))


NEAR = ENTRY_NEAR + ROLES_NEAR + LABELS_NEAR


@pytest.mark.parametrize("race,form", _cells(NEAR), ids=[f"{r}-{f[:40]}" for r, f in _cells(NEAR)])
def test_role_or_entry_near_misses(stories, race, form):
    r = RACES[race]
    assert r["full"][1] not in _candidacies(stories[race], r, _fill(r, form))


@pytest.mark.parametrize("race", RACES)
def test_an_inserted_time_changes_nothing(stories, race):
    r = RACES[race]
    plain = _candidacies(stories[race], r, _fill(r, "{C1}, {pos0} only declared rival, spoke to reporters."))
    inserted = _candidacies(stories[race], r, _fill(r, "On Monday {C1}, {pos0} only declared rival, spoke to reporters."))
    assert r["full"][1] in plain and plain == inserted


# ---- a definite count of the race's people told of those named before (all three named are in the race)
SETTING = "{C0} and {C1} spoke on Monday about the race for {P}. {C2} spoke on Tuesday. "
COUNTED = [
    "All three candidates said they would stay in the race.",
    "All three declared candidates have now addressed the assembly.",
    "On Tuesday all three hopefuls answered questions from the floor.",
    "The three contenders met the press afterwards.",
    "Diplomats said the three candidates had each done well.",
]
COUNTED_NEAR = [
    "All four candidates said they would stay in the race.",        # not their number
    "All three possible candidates said they would stay in the race.",
    "All three candidates for the board presidency spoke afterwards.",
    "If all three candidates stay in, the vote will be close.",
    "All three candidates withdrew on Friday.",
    "All three could be strong candidates.",
    '"We will discuss it with all three candidates," a minister said.',    # a speaker's count
]


def _fill_set(r: dict, text: str) -> str:
    return (SETTING + text).format(P=r["post"], C0=r["full"][0], C1=r["full"][1], C2=r["full"][2])


@pytest.mark.parametrize("race,form", _cells(COUNTED), ids=[f"{r}-{f[:40]}" for r, f in _cells(COUNTED)])
def test_count_of_those_named_before(stories, race, form):
    r = RACES[race]
    assert _candidacies(stories[race], r, _fill_set(r, form)) == set(r["full"])


@pytest.mark.parametrize("race,form", _cells(COUNTED_NEAR), ids=[f"{r}-{f[:40]}" for r, f in _cells(COUNTED_NEAR)])
def test_count_of_those_named_before_near_misses(stories, race, form):
    r = RACES[race]
    assert not _candidacies(stories[race], r, _fill_set(r, form))


@pytest.mark.parametrize("race", RACES)
def test_both_and_the_others(stories, race):
    r = RACES[race]
    two = "{C0} and {C1} spoke on Monday about the race for {P}. Both candidates said they would stay in the race."
    assert _candidacies(stories[race], r, two.format(P=r["post"], C0=r["full"][0], C1=r["full"][1])) == set(r["full"][:2])
    others = SETTING + "{C2} praised the two other candidates."
    assert _candidacies(stories[race], r, _fill_set(r, others)) == set(r["full"][:2])


# ---- the incumbent's successor by the incumbent's full name is the post (story files' post aliases)
SUCCESSOR = {
    "nato": ("NATO ambassadors met in Brussels on Wednesday. They agreed unanimously to appoint Mark Rutte as Jens "
             "Stoltenberg's successor.", "Mark Rutte"),
    "un": ("The General Assembly met in New York on Wednesday. It appointed Rebeca Grynspan as António Guterres's "
           "successor.", "Rebeca Grynspan"),
}
SUCCESSOR_NEAR = {
    "nato": "NATO ambassadors met in Brussels on Wednesday. They praised Jens Stoltenberg's successor at the bank.",
    "un": "The General Assembly met in New York on Wednesday. It praised António Guterres's successor in Lisbon.",
}


@pytest.mark.parametrize("race", RACES)
def test_successor_by_full_name_is_the_post(stories, race):
    text, person = SUCCESSOR[race]
    got = {(e.type, e.subject) for e in extract_events("", text, RACES[race]["day"], stories[race])}
    assert ("appointment", person) in got
    assert not [e for e in extract_events("", SUCCESSOR_NEAR[race], RACES[race]["day"], stories[race])
                if e.type == "appointment"]


@pytest.mark.parametrize("race", RACES)
def test_a_count_with_its_own_list_is_not_those_named_before(stories, race):
    r = RACES[race]
    text = ("{C0} and {C2} spoke on Monday about the race for {P}. Q: The two candidates, {C0} and {C1}, are both from "
            "one region.").format(P=r["post"], C0=r["full"][0], C1=r["full"][1], C2=r["full"][2])
    assert r["full"][2] not in _candidacies(stories[race], r, text)
