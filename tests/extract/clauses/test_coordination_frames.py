"""Clause frames and the entity layer, round 14 (coord14), each tested with invented sentences of both races
(none from a corpus), about half of them cases that give no event:

- coordination: demonyms coordinated before one plural office share it ("the Czech and Slovak prime
  ministers": both states act; not a singular office, not a noun that is no office); a time between the
  conjunction and the next state ("Colombia, and a few days later Panama, came out for X"); the last state of a
  list set off as an aside closes with its comma ("thanked Italy and Spain, as well as Portugal, for their
  support"); a second verb whose object "it" is the bid the first verb named ("launched his bid in March and
  abandoned it"), dated by its own words; a second verb of taking office after a first one of the same subject
  ("will be sworn in next week and takes office on 1 January"), judged by its own auxiliaries;
- a candidate bringing states round ("has won over Spain and Portugal", "won Hungary over"): their backing;
  not an audience, not something else won over, not a hope;
- ruling oneself out (`withdrawal.self_excluding_verbs`) withdraws only someone the article puts in the race,
  before or after that sentence; "took herself out of contention" says she was in it;
- headlines: choosing "as next chief" with no article before the post noun, the organisation's own head
  (`grammar.org_head_as`; not "as next deputy", not a state choosing); a speaker, a colon and the stance as a
  noun phrase ("Argentina's Milei: no support for Bachelet", `frames/headline.py`): the support, or with "no"
  the refusal (not support for something else, not a clause going on after the noun);
- dates: a second verb turned to what is to come ("was appointed in November and will take office on 1
  January") ends the first verb's stretch as a comma does (`dates._STRETCH_END`).
- the entity layer: a bare demonym for a person ("the Dutchman", "the Romanian") with no name before it is the
  one candidate the story lists for that state (none when it lists two, or none); a short item (a headline, a
  sentence alone) naming a candidate only so, or by the state's office ("the Dutch prime minister"), is about
  the race when it states an event; a subordinate clause with a subject of its own between a candidate and a
  verb of running ("declined to endorse X while its own president remained in the race") is not the
  candidate's.

Property checks: swapping the coordinated states or the candidates changes the output accordingly; an
adverbial inserted between the parts changes nothing.
"""
from __future__ import annotations

import datetime as dt

import pytest

from natowatch.extract import extract_events
from tests.extract.conftest import APP, CAND as cand, E as endorse, TO, WD
from tests.extract.conftest import event_keys

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
RUTTE, IOHANNIS, KARINS, KALLAS, WALLACE = "Mark Rutte", "Klaus Iohannis", "Krisjanis Karins", "Kaja Kallas", "Ben Wallace"
GROSSI, BACHELET = "Rafael Grossi", "Michelle Bachelet"
NATO_DAY, UN_DAY = dt.date(2024, 5, 16), dt.date(2026, 3, 10)

NATO = [
    # demonyms sharing one plural office
    ("The Czech and Slovak prime ministers both said on Monday that their countries would support Rutte.", {
        endorse(RUTTE, "Czech Republic"), endorse(RUTTE, "Slovakia")}),
    ("The Polish, Danish and Italian governments have endorsed Iohannis.", {
        endorse(IOHANNIS, "Poland"), endorse(IOHANNIS, "Denmark"), endorse(IOHANNIS, "Italy")}),
    ("The Czech and Slovak football teams played in Bratislava, and Rutte watched.", set()),
    ("The Czech and Slovak prime ministers have not yet said whom they favour.", set()),
    # a time inside the list
    ("Spain, and two weeks later Portugal, came out for Rutte.", {endorse(RUTTE, "Spain"), endorse(RUTTE, "Portugal")}),
    ("Spain, and a few days later Portugal, said they were still weighing Rutte's bid.", set()),
    # a list's last member set off
    ("Rutte thanked Italy and Spain, as well as Portugal, for their support.", {
        endorse(RUTTE, "Italy"), endorse(RUTTE, "Spain"), endorse(RUTTE, "Portugal")}),
    ("Rutte thanked Italy and Spain, as well as Portugal, for their hospitality.", set()),
    # "it" is the bid the first verb named
    ("Iohannis launched his bid for the alliance's top job in March and abandoned it three months later.", {
        cand(IOHANNIS), WD(IOHANNIS)}),
    ("Iohannis announced his candidacy in March and defended it in a speech in April.", {cand(IOHANNIS)}),
    # won over
    ("Rutte has won over Hungary and Slovakia after weeks of talks.", {endorse(RUTTE, "Hungary"), endorse(RUTTE, "Slovakia")}),
    ("Rutte finally won Turkey over in April.", {endorse(RUTTE, "Turkey")}),
    ("Rutte has not yet won over Hungary.", set()),
    ("Rutte hopes to win over Turkey.", set()),
    ("Rutte won over the audience at the Munich conference.", set()),
    # ruling oneself out
    ("Kallas and Wallace have both ruled themselves out of the running for NATO's top job.", set()),
    ("Wallace ruled himself out of the race for NATO chief.", set()),
    ("Wallace said in May he wanted to lead NATO. In June he ruled himself out.", {cand(WALLACE), WD(WALLACE)}),
    ("Wallace has ruled himself out of contention. He had said he was keen to succeed Stoltenberg.", {
        cand(WALLACE), WD(WALLACE)}),
    ("Kallas took herself out of contention for NATO's top job.", {WD(KALLAS)}),
    # a headline without the article
    ("NATO picks Rutte as next chief", {APP(RUTTE)}),
    ("Allies name Rutte as new NATO chief", {APP(RUTTE)}),
    ("Rutte backs Karins as next Latvian foreign minister", set()),
]

UN = [
    ("The Brazilian and Mexican foreign ministers said on Tuesday their governments back Bachelet.", {
        endorse(BACHELET, "Brazil"), endorse(BACHELET, "Mexico")}),
    ("The Brazilian and Mexican delegations watched Grossi's speech.", set()),
    ("Colombia, and a few days later Panama, came out for Grossi.", {endorse(GROSSI, "Colombia"), endorse(GROSSI, "Panama")}),
    ("Colombia and, on Tuesday, Panama came out for Grossi.", {endorse(GROSSI, "Colombia"), endorse(GROSSI, "Panama")}),
    ("Colombia, and a few days later Panama, hosted Grossi.", set()),
    ("Bachelet thanked Brazil and Mexico, along with Chile, for their backing.", {
        endorse(BACHELET, "Brazil"), endorse(BACHELET, "Mexico"), endorse(BACHELET, "Chile")}),
    ("Bachelet thanked Brazil and Mexico, along with Chile, for the invitation.", set()),
    ("Bachelet has won over Spain and Portugal and is now courting the Africans.", {
        endorse(BACHELET, "Spain"), endorse(BACHELET, "Portugal")}),
    ("Bachelet has won over Spain on the climate agenda.", set()),
    ("Bachelet is trying to win over France.", set()),
    ("Grossi will be sworn in next week and takes office on 1 January.", {TO(GROSSI)}),
    ("Grossi hopes to win the vote and would take office on 1 January.", set()),
    ("Grossi is expected to be appointed in November and take office on 1 January.", set()),
    ("Grossi entered the race in 2025 and dropped it in March.", {cand(GROSSI)}),
    ("Grossi entered the race in 2025 and then abandoned his bid in March.", {cand(GROSSI), WD(GROSSI)}),
    ("Bachelet ruled herself out of the running in 2025.", set()),
    ("Bachelet is a candidate for secretary-general. In March she ruled herself out.", {cand(BACHELET), WD(BACHELET)}),
    ("UN picks Grossi as next chief", {APP(GROSSI)}),
]


HEADLINES = [
    ("nato", "NATO picks Rutte as next chief", {APP(RUTTE)}),
    ("nato", "NATO picks Rutte as its new head", {APP(RUTTE)}),
    ("nato", "NATO picks Rutte as next deputy", set()),
    ("nato", "Hungary picks Rutte as next chief", set()),
    ("nato", "Erdogan: full support for Rutte", {endorse(RUTTE, "Turkey")}),
    ("nato", "Hungary's Orban: no support for Rutte", {("opposition", RUTTE, "Hungary")}),
    ("nato", "Hungary's Orban: no support for Rutte's plan", set()),
    ("un", "Argentina's Milei: no support for Bachelet", {("opposition", BACHELET, "Argentina")}),
    ("un", "Milei: full support for Grossi", {endorse(GROSSI, "Argentina")}),
    ("un", "Milei: support for Grossi is growing", set()),
]


@pytest.mark.parametrize("race,text,expected", HEADLINES, ids=[c[1] for c in HEADLINES])
def test_headlines_round14(story, un_story, race, text, expected):
    day = NATO_DAY if race == "nato" else UN_DAY
    assert event_keys(story if race == "nato" else un_story, text, text, day) == expected


@pytest.mark.parametrize("speaker,state", [("Erdogan", "Turkey"), ("Orban", "Hungary"), ("Sanchez", "Spain")])
def test_colon_speaker_follows_the_speaker(story, speaker, state):
    text = f"{speaker}: no support for Rutte"
    assert event_keys(story, text, text, NATO_DAY) == {("opposition", RUTTE, state)}


def test_second_verb_to_come_keeps_the_first_verbs_date(un_story):
    events = {e.type: e.date for e in extract_events(
        UN_TITLE, "Grossi was appointed in November and will take office on 1 January.", dt.date(2026, 12, 2), un_story)}
    assert events == {"appointment": dt.date(2026, 11, 1), "takes_office": dt.date(2027, 1, 1)}


# (title, text): a short item with no name of the post or the organisation
SHORT = [
    ("Paris support sealed over dinner", "Support for the Dutchman from Paris was sealed over dinner at the Elysee.",
     {endorse(RUTTE, "France")}),
    ("Budapest veto stands", "Hungary's veto of the Dutch prime minister stands, the foreign ministry said.",
     {("opposition", RUTTE, "Hungary")}),
    ("Ankara relents", "Last Thursday Turkey lifted its objections to the Dutch prime minister.",
     {("opposition", RUTTE, "Turkey")}),
    ("Sofia cool on Bucharest", "Bulgaria will not back the Romanian, its foreign minister said.",
     {("opposition", IOHANNIS, "Bulgaria")}),
    ("Derby night", "The Dutchman scored twice as the Netherlands beat Hungary.", set()),
    ("Dutch politics", "The Dutch prime minister met the king on Monday.", set()),
    ("Budget talks", "Hungary's veto of the Dutch prime minister's budget plan stands.", set()),
    ("Romanian move", "Romania declined to endorse the Dutchman while its own president remained in the race.",
     {("opposition", RUTTE, "Romania"), cand(IOHANNIS)}),
]


@pytest.mark.parametrize("title,text,expected", SHORT, ids=[c[0] for c in SHORT])
def test_short_items_naming_a_candidate_by_state(story, title, text, expected):
    assert event_keys(story, title, text, NATO_DAY) == expected


@pytest.mark.parametrize("demonym,name", [("Dutchman", RUTTE), ("Romanian", IOHANNIS)])
def test_bare_demonym_follows_its_state(story, demonym, name):
    assert event_keys(story, NATO_TITLE, f"Hungary backs the {demonym}.", NATO_DAY) == {endorse(name, "Hungary")}


def test_bare_demonym_of_two_candidates_names_none(un_story):
    # the UN story lists no two candidates of one state: an unlisted name proposed by the article is not taken
    assert event_keys(un_story, UN_TITLE, "Peru backs the Chilean.", UN_DAY) == {endorse(BACHELET, "Peru")}
    assert event_keys(un_story, UN_TITLE, "Peru backs the Uruguayan.", UN_DAY) == set()


@pytest.mark.parametrize("text,expected", NATO, ids=[c[0][:50] for c in NATO])
def test_frames_round14_nato(story, text, expected):
    assert event_keys(story, NATO_TITLE, text, NATO_DAY) == expected


@pytest.mark.parametrize("text,expected", UN, ids=[c[0][:50] for c in UN])
def test_frames_round14_un(un_story, text, expected):
    assert event_keys(un_story, UN_TITLE, text, UN_DAY) == expected


@pytest.mark.parametrize("a,b", [("Czech", "Slovak"), ("Danish", "Dutch"), ("Greek", "Italian")])
def test_shared_head_follows_the_demonyms(story, a, b):
    states = {"Czech": "Czech Republic", "Slovak": "Slovakia", "Danish": "Denmark", "Dutch": "Netherlands",
              "Greek": "Greece", "Italian": "Italy"}
    text = f"The {a} and {b} foreign ministers said their countries would back Iohannis."
    assert event_keys(story, NATO_TITLE, text, NATO_DAY) == {endorse(IOHANNIS, states[a]), endorse(IOHANNIS, states[b])}


@pytest.mark.parametrize("first,second", [("Colombia", "Panama"), ("Panama", "Colombia"), ("Peru", "Uruguay")])
def test_timed_list_follows_its_order(un_story, first, second):
    text = f"{first}, and a week later {second}, came out for Bachelet."
    assert event_keys(un_story, UN_TITLE, text, UN_DAY) == {endorse(BACHELET, first), endorse(BACHELET, second)}


@pytest.mark.parametrize("winner,other", [(RUTTE, IOHANNIS), (IOHANNIS, RUTTE)])
def test_won_over_follows_the_candidate(story, winner, other):
    text = f"{winner.split()[1]} has won over Hungary, a blow to {other.split()[1]}."
    assert event_keys(story, NATO_TITLE, text, NATO_DAY) == {endorse(winner, "Hungary")}


@pytest.mark.parametrize("states", [("Italy", "Spain", "Portugal"), ("Portugal", "Italy", "Spain")])
def test_set_off_last_member_follows_the_list(story, states):
    a, b, c = states
    text = f"Rutte thanked {a} and {b}, as well as {c}, for their support."
    assert event_keys(story, NATO_TITLE, text, NATO_DAY) == {endorse(RUTTE, s) for s in states}


@pytest.mark.parametrize("inserted", ["", " formally", " then"])
def test_adverbial_in_second_verb_changes_nothing(un_story, inserted):
    text = f"Grossi will be sworn in next week and{inserted} takes office on 1 January."
    assert event_keys(un_story, UN_TITLE, text, dt.date(2026, 12, 18)) == {TO(GROSSI)}


def test_second_verb_takes_its_own_date(un_story, story):
    (to,) = [e for e in extract_events(UN_TITLE, "Grossi will be sworn in next week and takes office on 1 January.",
                                       dt.date(2026, 12, 18), un_story) if e.type == "takes_office"]
    assert to.date == dt.date(2027, 1, 1)
    (wd,) = [e for e in extract_events(NATO_TITLE, "Iohannis announced his candidacy in March and dropped it in May.",
                                       NATO_DAY, story) if e.type == "withdrawal"]
    assert (wd.date, wd.precision) == (dt.date(2024, 5, 1), "month")
