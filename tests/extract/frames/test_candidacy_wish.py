"""Candidacy by the person's own wish, readiness or intent (session 23, want23; frames/wish.py), each form tested
with invented sentences of both races (none from a corpus), about half near-misses that must give no candidacy:

- a wish, readiness or intent before a verb of the race with no object, reported or not ("has said openly that he
  wants to run", "is ready to stand", "told reporters she hopes to run", "would like to be considered for the post");
- the same before taking the post ("intends to become the next ⟨P⟩", "would like to lead the alliance");
- the post as what the person wants ("would love the top job") or in a clause on the post ("the job was one she
  would like", "the post, which she has long wanted,");
- near-misses: others' view of the wish ("is thought to want", "is said to want to run", "is widely seen as
  wanting", the writer's "covets"), denial and negation ("does not want to run", "never wanted to run"), a wish for someone else ("Estonia
  wants X to run", "would like to see a woman in the job", "wants the job to go to"), another act ("wants to run the
  agency", "is ready to stand firm", "ready to stand down"), another race, a report's own subject ("X said the
  government is ready to ..."), conditions and questions.
Only candidacy events are compared.
"""
from __future__ import annotations

import datetime as dt

import pytest

from natowatch.extract import extract_events

NATO_DAY, UN_DAY = dt.date(2024, 5, 16), dt.date(2026, 9, 30)
NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
RUTTE, IOHANNIS, KALLAS, WALLACE = "Mark Rutte", "Klaus Iohannis", "Kaja Kallas", "Ben Wallace"
GROSSI, BACHELET, GRYNSPAN = "Rafael Grossi", "Michelle Bachelet", "Rebeca Grynspan"
OKONKWO = "Amara Okonkwo"   # no candidate of the story file: discovered where a rule states the candidacy


def _candidacies(story, title: str, text: str, day: dt.date) -> set[str]:
    return {e.subject for e in extract_events(title, text, day, story) if e.type == "candidacy"}


NATO_CASES = [
    # a wish or readiness before a race verb with no object
    ("Kallas wants to run.", {KALLAS}),
    ("Kallas has said openly that she would like to stand.", {KALLAS}),
    ("Wallace told a radio station on Sunday that he was keen to run for the post.", {WALLACE}),
    ("Iohannis has said more than once that he is prepared to compete.", {IOHANNIS}),
    ("Wallace, the defence secretary, has made clear he intends to throw his hat into the ring.", {WALLACE}),
    ("Kallas would like to be considered for the job, she said.", {KALLAS}),
    # ... or before taking the post
    ("Iohannis hopes to become the next NATO secretary general.", {IOHANNIS}),
    ("In an interview, Kallas said she would love to lead the alliance.", {KALLAS}),
    # the post as what the person wants
    ("Wallace would love the top job at NATO, he told the BBC.", {WALLACE}),
    ("The NATO job is one Iohannis would like, his spokesman said.", {IOHANNIS}),
    ("The post of secretary general, which Kallas has long wanted, falls vacant in October.", {KALLAS}),
    # near-misses
    ("Kallas is thought to want the job.", set()),
    ("Wallace is said to want to run.", set()),
    ("Iohannis is widely seen as wanting to run.", set()),
    ("Kallas does not want to run.", set()),
    ("Wallace never wanted to run.", set()),
    ("Estonia wants Kallas to run.", set()),
    ("Kallas would like to see a woman in the job.", set()),
    ("Kallas would like the job to go to a woman.", set()),
    ("Kallas would like to see the war end.", set()),
    ("Wallace wants to run the alliance's cyber defence centre.", set()),
    ("Iohannis is ready to stand firm against Moscow.", set()),
    ("Iohannis said the government was ready to stand by its troops.", set()),
    ("Wallace would run if the allies asked him.", set()),
    ("Would Kallas want to run?", set()),
    ("Kallas wants to run for the presidency of the European Commission.", set()),
]

UN_CASES = [
    ("Grossi has said repeatedly that he wants to run.", {GROSSI}),
    ("Grynspan is ready to stand, her office said on Monday.", {GRYNSPAN}),
    ("Bachelet said in a television interview that she was willing to be a candidate.", {BACHELET}),
    ("Grossi has for the first time said publicly that he would like to put his name forward.", {GROSSI}),
    ("Grynspan intends to succeed Antonio Guterres as UN secretary-general.", {GRYNSPAN}),
    ("Bachelet is determined to enter the race this year.", {BACHELET}),
    ("Amara Okonkwo, a Nigerian diplomat, has said openly that she wants to run.", {OKONKWO}),
    ("Grossi covets the secretary-general post.", set()),
    ("The secretary-general post, which Grynspan has long wanted, falls vacant in December.", {GRYNSPAN}),
    # near-misses
    ("Grynspan is believed to want to run.", set()),
    ("Grossi said the agency wanted to run more inspections in Iran.", set()),
    ("Costa Rica would like Grynspan to run.", set()),
    ("Chile hopes Bachelet will run.", set()),
    ("Bachelet hopes to run the Santiago marathon in April.", set()),
    ("Bachelet wants to be a candidate for the Chilean Senate.", set()),
    ("Bachelet is ready to stand down.", set()),
    ("Grynspan has no interest in the job.", set()),
    ("Grossi said he was not ready to run.", set()),
    ("Grynspan told a newspaper she was ready to stand if Costa Rica nominated her.", set()),
]


@pytest.mark.parametrize("sentence,expected", NATO_CASES, ids=[s[:60] for s, _ in NATO_CASES])
def test_wished_candidacy_nato(story, sentence, expected):
    assert _candidacies(story, NATO_TITLE, sentence, NATO_DAY) == expected


@pytest.mark.parametrize("sentence,expected", UN_CASES, ids=[s[:60] for s, _ in UN_CASES])
def test_wished_candidacy_un(un_story, sentence, expected):
    assert _candidacies(un_story, UN_TITLE, sentence, UN_DAY) == expected


def test_wished_candidacy_is_tentative(story):
    """A wish is not yet a declared bid: tentative, so that a later declaration upgrades it."""
    events = [e for e in extract_events(NATO_TITLE, "Kallas has said openly that she wants to run.", NATO_DAY, story)
              if e.type == "candidacy"]
    assert [e.status for e in events] == ["tentative"]


# ---- stance modality read across an insertion (spans.subject_insertions; scope's tentative cue reads adverbs)
# The actor is the clause's subject: an adverbial set off by commas or a named speaker's frame between the subject
# (or its modal verb) and the predicate is read by no view, so a state inside it acts in none ("Germany, after a
# call between <its leader> and <Brazil's>, stands ready to back X": Germany only). States that act with the
# subject ("with", "following", "in a joint statement with", "as did") and a state opening a clause of its own inside
# ("after Hungary withdrew its objections") are read as before.

def _stances(story, title: str, text: str, day: dt.date) -> set[tuple[str, str, str, str]]:
    return {(e.type, e.subject, e.actor, e.status) for e in extract_events(title, text, day, story)
            if e.type in ("endorsement", "opposition")}


T = "tentative"
INSERTION_NATO = [
    ("Poland is prepared, after talks with The Hague, to back Rutte.", {("endorsement", RUTTE, "Poland", T)}),
    ("Spain intends, Prime Minister Pedro Sanchez confirmed during a visit to Berlin on Tuesday, to vote for Rutte.",
     {("endorsement", RUTTE, "Spain", T)}),
    ("Italy, after a call between its prime minister and President Biden, stands ready to support Rutte.",
     {("endorsement", RUTTE, "Italy", T)}),
    ("Greece, during a visit by the Romanian president, said it was willing to back Iohannis.",
     {("endorsement", IOHANNIS, "Greece", T)}),
    ("Denmark, after consultations with Norway and Sweden, is leaning strongly towards Rutte.",
     {("endorsement", RUTTE, "Denmark", T)}),
    ("Portugal is now firmly prepared to back Rutte.", {("endorsement", RUTTE, "Portugal", T)}),
    ("Hungary will not, after talks with Turkey, back Rutte.", {("opposition", RUTTE, "Hungary", "confirmed")}),
    # near-misses: the insertion's states acting with the subject, or in a clause of their own; conditions
    ("Germany, along with France, backed Rutte.",
     {("endorsement", RUTTE, "Germany", "confirmed"), ("endorsement", RUTTE, "France", "confirmed")}),
    ("Germany, following France, backed Rutte.",
     {("endorsement", RUTTE, "Germany", "confirmed"), ("endorsement", RUTTE, "France", "confirmed")}),
    ("Belgium, after talks with Hungary, could back Rutte if the Dutch government agrees.", set()),
    ("Croatia, despite pressure from Washington, has not yet decided whether to back Rutte.", set()),
]
INSERTION_UN = [
    ("Germany, after a call between Chancellor Friedrich Merz and President Lula, stands ready to support Bachelet.",
     {("endorsement", BACHELET, "Germany", T)}),
    ("Peru is ready, after consultations with Chile and Colombia, to back Grynspan.", {("endorsement", GRYNSPAN, "Peru", T)}),
    ("Kenya intends, its foreign minister told a news agency after meeting the Nigerian president, to vote for Grossi.",
     {("endorsement", GROSSI, "Kenya", T)}),
    ("Brazil, despite pressure from Washington, still intends to back Bachelet.", {("endorsement", BACHELET, "Brazil", T)}),
    ("Spain, after France's decision, is willing to back Grossi.", {("endorsement", GROSSI, "Spain", T)}),
    # near-misses
    ("Brazil, despite pressure from Washington, could back Bachelet if she commits to reform.", set()),
    ("Mexico, Claudia Sheinbaum said at her morning press conference, is inclined to support Grynspan should Bachelet falter.",
     set()),
    ("Argentina, after talks with Chile, has yet to endorse Grynspan.", set()),
]


@pytest.mark.parametrize("sentence,expected", INSERTION_NATO, ids=[s[:60] for s, _ in INSERTION_NATO])
def test_stance_across_insertion_nato(story, sentence, expected):
    assert _stances(story, NATO_TITLE, sentence, NATO_DAY) == expected


@pytest.mark.parametrize("sentence,expected", INSERTION_UN, ids=[s[:60] for s, _ in INSERTION_UN])
def test_stance_across_insertion_un(un_story, sentence, expected):
    assert _stances(un_story, UN_TITLE, sentence, UN_DAY) == expected
