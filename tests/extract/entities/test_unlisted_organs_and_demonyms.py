"""Organisations as actors and unlisted candidates, session 27 (discover27). Each mechanism is tested with invented
articles of both races (no corpus sentence), about half of the cases near-misses that must give none of its events:

- an organisation's organ named with it ("The Heads of Government of the Caribbean Community met ...", "the AU
  Conference of Heads of State and Government", "CARICOM's Heads of Government") stands for the organisation when the
  article names the organ alone later ("The Heads of Government agreed to endorse X", "Heads of Government endorsed
  X", "the Conference of Heads of Government \"endorsed the candidature of X\""): a name of several words anywhere in
  the article, a single head word ("the Conference") within a few sentences, as before; never an office's title ("the
  President of the Community" is a person), an organ of an organisation the story does not list, nor one never named
  with its organisation;
- a demonym after "the" right before a verb of the race in the past ("the Chilean pulled out", "since the Barbadian
  withdrew", "the Romanian entered the race") is one person, the candidate of that state (listed, or named by the
  article with that state; a demonym of two words too: "the Costa Rican"); one for no candidate, or for two, stands for
  no one, and a leaving verb after a subordinator with a subject of its own ("Grossi gained after the Panamanian
  withdrew") is never the main clause's subject's.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import CAND as cand, E as endorse
from tests.extract.conftest import event_keys

NATO_DAY, UN_DAY = dt.date(2024, 5, 16), dt.date(2026, 3, 2)
UN_TITLE, NATO_TITLE = "Regional week: the region and the UN race", "Regional week: the region and NATO"
QUINTERO, GRYNSPAN, RUTTE = "Rosa Quintero", "Rebeca Grynspan", "Mark Rutte"

# an unlisted candidate of the UN race, nominated first
NOMINATED = "Panama nominated Rosa Quintero for UN secretary-general in January."
# other news between the organ's naming and its act (a newsletter's sections)
FILLER = ("\n\nHAITI. The transition council's mandate ends in February. It has not ended. Elections are not expected "
          "this year. The police mission is still short of money. Officials say deportations will continue.\n\n"
          "MARKETS. The stock exchange rose 1.8 per cent on the week. The energy index fell. Tourist arrivals were up "
          "9 per cent in January. Cruise lines welcomed the truce. Airlines did not.\n\n")

# (how the article names the organ with its organisation, how it names the organ alone later)
ORGANS = [
    ("The Heads of Government of the Caribbean Community met in Basseterre on Friday.", "The Heads of Government",
     "CARICOM"),
    ("The 50th meeting of the CARICOM Conference of Heads of Government closed in Basseterre on Friday.",
     "the Conference of Heads of Government", "CARICOM"),
    ("CARICOM's Heads of Government met in Basseterre on Friday.", "Heads of Government", "CARICOM"),
    ("The Summit of Heads of State and Government of the African Union met in Addis Ababa on Sunday.",
     "The Summit of Heads of State and Government", "African Union"),
    ("Leaders gathered for the African Union Conference of Heads of State and Government on Sunday.",
     "the Conference of Heads of State and Government", "African Union"),
]
ACTS = [
    "{ref} endorsed the candidature of {name}.",
    "{ref} unanimously agreed to endorse the candidature of {name}.",
    "In the final communique, {ref} \"endorsed the candidature of {name} for the post of Secretary-General\".",
    "{ref}, meeting in special session, backed {name}'s bid on Saturday.",
]


def _cases():
    for intro, ref, org in ORGANS:
        for act in ACTS:
            for between in (" ", FILLER):
                for name in (QUINTERO, GRYNSPAN):
                    said = act.format(ref=ref, name=name)
                    said = said[0].upper() + said[1:]
                    nominated = NOMINATED + " " if name == QUINTERO else ""
                    expected = {cand(QUINTERO), endorse(QUINTERO, "Panama")} if name == QUINTERO else set()
                    yield nominated + intro + between + said, expected | {endorse(name, org)}


@pytest.mark.parametrize("text,expected", list(_cases()))
def test_an_organs_act_is_its_organisations(un_story, text, expected):
    assert event_keys(un_story, UN_TITLE, text, UN_DAY) == expected


NEAR_MISSES_UN = [
    # the organ never named with its organisation
    NOMINATED + " The Heads of Government endorsed the candidature of Rosa Quintero.",
    # an organisation the story does not list
    NOMINATED + " The Heads of Government of the Pacific Islands Forum met in Suva. The Heads of Government endorsed "
                "the candidature of Rosa Quintero.",
    # an office's title: a person, not the organisation
    NOMINATED + " The President of the Caribbean Community met reporters in Basseterre. The President endorsed the "
                "candidature of Rosa Quintero.",
    NOMINATED + " The Secretary-General of the Caribbean Community met reporters in Basseterre. The Secretary-General "
                "endorsed the candidature of Rosa Quintero.",
    # no stance, or one only expected or considered
    NOMINATED + " The Heads of Government of the Caribbean Community met on Friday. The Heads of Government agreed to "
                "study a regional airline.",
    NOMINATED + " The Heads of Government of the Caribbean Community met on Friday. The Heads of Government are "
                "expected to endorse the candidature of Rosa Quintero next month.",
    NOMINATED + " The CARICOM Conference of Heads of Government met on Friday." + FILLER
    + "The Conference of Heads of Government will discuss the candidature of Rosa Quintero in July.",
    # another post: a seat, not the secretary-general's
    NOMINATED + " The Heads of Government of the Caribbean Community met on Friday. Heads of Government also agreed to "
                "support the candidature of Jamaica for a non-permanent seat on the Security Council.",
]


@pytest.mark.parametrize("text", NEAR_MISSES_UN)
def test_no_organ_no_organisation(un_story, text):
    assert event_keys(un_story, UN_TITLE, text, UN_DAY) == {cand(QUINTERO), endorse(QUINTERO, "Panama")}


NATO_CASES = [
    # the NATO story lists no organisation that takes sides: an organ of another names no actor
    ("The Heads of Government of the European Union met in Brussels on Friday. The Heads of Government endorsed Mark "
     "Rutte.", set()),
    ("The EU Conference of Heads of Government closed on Friday." + FILLER + "The Conference of Heads of Government "
     "backed Mark Rutte's bid for NATO secretary general.", set()),
    ("The Heads of Government endorsed Mark Rutte for NATO secretary general.", set()),
    # a state's own act beside it is still read
    ("The Heads of Government of the European Union met in Brussels on Friday. Germany endorsed Mark Rutte for NATO "
     "secretary general.", {endorse(RUTTE, "Germany")}),
]


@pytest.mark.parametrize("text,expected", NATO_CASES)
def test_nato_organs_of_no_listed_organisation(story, text, expected):
    assert event_keys(story, NATO_TITLE, text, NATO_DAY) == expected


# ---------------------------------------------------------------- a demonym for one person, before a verb of the race
# - a demonym after "the" right before a verb of the race in the past ("the Chilean pulled out", "since the Barbadian
# withdrew", "the Romanian entered the race") is one person, as "the Bulgarian said" was: the candidate of that state
# (listed, or named by the article with that state); a demonym of two words too ("the Costa Rican withdrew"). One whom
# the article names no candidate for, or two, stands for no one, and a verb after a subordinator ("after", "since",
# "when") with such a subject of its own ("Grossi gained after the Panamanian withdrew") is never the main clause's
# subject's; a demonym of a people ("the French") and a noun after the demonym ("the Chilean bid", "the Chilean
# government") are not a person.

SLOVAK = "Tomas Varga"
LEAVING = ["withdrew in June", "pulled out of the race", "dropped out of the contest on Monday", "quit the race last week",
           "bowed out in June"]
# (race, what the article says first, the demonym, whom it stands for, another candidate)
DEMONYMS = [
    ("un", "", "the Chilean", "Michelle Bachelet", "Rafael Grossi"),
    ("un", "", "the Costa Rican", "Rebeca Grynspan", "Rafael Grossi"),
    ("un", NOMINATED + " ", "the Panamanian", QUINTERO, "Rafael Grossi"),
    ("nato", "", "the Romanian", "Klaus Iohannis", RUTTE),
    ("nato", "Slovakia nominated Tomas Varga for NATO secretary general in March. ", "the Slovak", SLOVAK, RUTTE),
]
SHAPES = ["{other} has gained ground since {subj} {verb}.", "{Subj} {verb}.", "Diplomats said {subj} {verb}."]
RACE_TITLES = {"un": ("The race for UN Secretary-General", UN_DAY), "nato": ("The race to lead NATO", NATO_DAY)}


def _first(race, before, person):
    if person == QUINTERO:
        return {cand(QUINTERO), endorse(QUINTERO, "Panama")}
    if person == SLOVAK:
        return {cand(SLOVAK), endorse(SLOVAK, "Slovakia")}
    return set()


def _demonym_cases():
    for race, before, subj, person, other in DEMONYMS:
        for verb in LEAVING:
            for shape in SHAPES:
                text = before + shape.format(other=other.split()[-1], subj=subj, Subj=subj[0].upper() + subj[1:], verb=verb)
                yield race, text, _first(race, before, person) | {("withdrawal", person, None)}


@pytest.mark.parametrize("race,text,expected", list(_demonym_cases()))
def test_a_demonym_before_a_verb_of_the_race_is_the_candidate(story, un_story, race, text, expected):
    title, day = RACE_TITLES[race]
    assert event_keys(un_story if race == "un" else story, title, text, day) == expected


DEMONYM_NEAR_MISSES = [
    # no candidate of that state, or two: no one, and not the other candidate either
    ("un", "Grossi has gained ground since the Panamanian withdrew in June.", set()),
    ("un", "Grossi gained after the Panamanian pulled out of the race.", set()),
    ("nato", "Rutte has gained ground since the Bulgarian withdrew in June.", set()),
    ("nato", "Rutte gained after the Latvian pulled out of the race.", set()),
    ("nato", "Rutte gained when a Romanian dropped out of the contest.", set()),
    # a people, a bid, a government: no person
    ("un", "Grossi gained after the French pulled out of the talks in June.", set()),
    ("nato", "Rutte gained after the Dutch pulled out of the talks in June.", set()),
    ("un", "Grossi has gained since the Chilean government pulled out of the talks.", set()),
    # another verb than one of the race
    ("nato", "The Romanian entered the room and sat down.", set()),
    ("un", "The Chilean travelled to New York in June.", set()),
]


@pytest.mark.parametrize("race,text,expected", DEMONYM_NEAR_MISSES)
def test_a_demonym_that_is_no_candidate(story, un_story, race, text, expected):
    title, day = RACE_TITLES[race]
    assert event_keys(un_story if race == "un" else story, title, text, day) == expected


ENTERING = [
    ("nato", "Rutte's lead narrowed after the Romanian entered the race in March.", {cand("Klaus Iohannis")}),
    ("un", "Grossi's lead narrowed after the Costa Rican joined the race in September.", {cand("Rebeca Grynspan")}),
    ("un", NOMINATED + " Grossi's lead narrowed after the Panamanian entered the race.",
     {cand(QUINTERO), endorse(QUINTERO, "Panama")}),
    ("un", "Grossi's lead narrowed after the Panamanian entered the race.", set()),
]


@pytest.mark.parametrize("race,text,expected", ENTERING)
def test_a_demonym_entering_the_race(story, un_story, race, text, expected):
    title, day = RACE_TITLES[race]
    assert event_keys(un_story if race == "un" else story, title, text, day) == expected
