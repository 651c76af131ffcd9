"""Candidates no story file lists, round 11: forms by which an article names an unlisted candidate
that the reading missed, each tested with invented articles of both races (none from a corpus), at
least half of each group's cases giving none of the mechanism's events:

- a name that opens a sentence with no word of the race ("Mojca Zupan met delegates.", "Greek diplomat
  X chaired ...", "Slovenia's X ...") is whom the first pronoun of the next sentence stands for when that
  one speaks of the race ("Her government nominated her"); the state the first sentence gives the name
  is the one "her government" is; not when another person is named between, nor when the next sentence
  states no candidacy;
- a nominee's demonym set off after or before the name ("X, the Argentine nominee," / "The Argentine
  nominee, X,") is the state that nominated (the guide: nomination = candidacy + endorsement); a
  candidate's demonym ("the Argentine candidate") gives the candidacy alone, and a label for something
  else ("the Argentine nominee for the IAEA board") nothing;
- a candidate noun as a title between the post and the name ("Secretary-general hopeful X", "NATO
  chief candidate X") states the candidacy; not hedged ("possible"), of a past race ("2016 ..."), or
  without the post ("presidential nominee X", "Candidate X");
- a demonym's label set off by commas before or after a name ("The former Latvian foreign minister, X,",
  "X, a Greek diplomat,") gives the person's state, for "the Latvian" and "her government" later; not
  another demonym, nor a label that is someone else's ("a Greek diplomat's daughter");
- a state's nomination as a noun with its demonym ("the Greek nomination of X") as with its name;
- a name after an outlet's noun ("the Spanish daily X") or where a source is named ("in an interview with
  X", "told X") is no person of the race, and "the candidate of" a party or coalition is of another election;
- a label before a name whose noun has a hyphenated prefix ("former vice-president X") is part of the name's
  mention, as "former vice president X" is, and so is a former post of another body ("the former UN
  under-secretary-general X"); a sitting one stays another race's.
"""
from __future__ import annotations

import datetime as dt

import pytest

from natowatch.extract import extract_events
from tests.extract.conftest import CAND as cand, E as endorse

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
# invented people no story file lists
ZUPAN, MARKOU, FERRANTE, RUSU, KALNS, BERZINA = ("Mojca Zupan", "Eleni Markou", "Lucia Ferrante", "Ana Rusu",
                                                 "Peteris Kalns", "Ilze Berzina")
VARGAS, MENSAH = "Elena Vargas Solis", "Kwabena Mensah"
GROSSI = "Rafael Grossi"

BACK_PRONOUNS = [
    ("un", "Slovenia's Mojca Zupan met delegates in New York on Monday. Her government nominated her for "
           "secretary-general in February.", {cand(ZUPAN), endorse(ZUPAN, "Slovenia")}),
    ("un", "Greek diplomat Eleni Markou chaired the session on Monday. Athens nominated her for secretary-general in "
           "February, and Cyprus backs her.", {cand(MARKOU), endorse(MARKOU, "Greece"), endorse(MARKOU, "Cyprus")}),
    ("nato", "Peteris Kalns of Latvia spoke at the Riga conference on Monday. His government has put him forward for NATO "
             "secretary general.", {cand(KALNS), endorse(KALNS, "Latvia")}),
    ("nato", "Ana Rusu addressed the Bucharest forum on Tuesday. Romania put her forward as its candidate for NATO "
             "secretary general.", {cand(RUSU), endorse(RUSU, "Romania")}),
    # another person named between, a next sentence with no candidacy, a name that is no one's subject
    ("un", "Eleni Markou met Rafael Grossi in Athens on Monday. Argentina nominated him for secretary-general in "
           "February.", {cand(GROSSI), endorse(GROSSI, "Argentina")}),
    ("un", "Eleni Markou, a Greek journalist, wrote about the UN on Monday. She said Greece should nominate a candidate "
           "for secretary-general.", set()),
    ("un", "Eleni Markou met delegates in New York on Monday. She said she would not run for secretary-general.", set()),
    ("nato", "Greek diplomat Eleni Markou chaired the meeting on Monday. Greece would nominate her for NATO secretary "
             "general if Rutte withdrew.", set()),
    ("nato", "Peteris Kalns of Latvia spoke at the conference on Monday. His view is that the race for NATO secretary "
             "general is open.", set()),
    ("un", "Slovenia's Mojca Zupan met delegates on Monday. Her government said the race for secretary-general was open.",
     set()),
]

NOMINEE_LABELS = [
    ("un", "Lucia Ferrante, the Argentine nominee, met delegates in New York on Monday.",
     {cand(FERRANTE), endorse(FERRANTE, "Argentina")}),
    ("un", "The Argentine nominee, Lucia Ferrante, met delegates in New York on Monday.",
     {cand(FERRANTE), endorse(FERRANTE, "Argentina")}),
    ("un", "Rafael Grossi, the Argentine nominee, toured Africa on Monday.", {cand(GROSSI), endorse(GROSSI, "Argentina")}),
    ("nato", "Ana Rusu, the Romanian nominee, met allied envoys in Brussels on Monday.",
     {cand(RUSU), endorse(RUSU, "Romania")}),
    # a candidate's demonym is no nomination; a label for something else, or hedged: nothing of it
    ("un", "Lucia Ferrante, the Argentine candidate, met delegates in New York on Monday.", {cand(FERRANTE)}),
    ("un", "Lucia Ferrante, the Argentine nominee for the IAEA board, met delegates in New York on Monday.", set()),
    ("un", "Lucia Ferrante, the Argentine nominee to the IAEA board, met delegates on Monday.", set()),
    ("un", "Lucia Ferrante, the Argentine candidate for the central bank board, met delegates on Monday.", set()),
    ("nato", "Ana Rusu, the possible Romanian nominee, met allied envoys in Brussels on Monday.", set()),
    ("nato", "Ana Rusu, the former Romanian nominee for the EU Commission, met allied envoys on Monday.", set()),
]

TITLES = [
    ("un", "Secretary-general hopeful Lucia Ferrante met delegates in New York on Monday.", {cand(FERRANTE)}),
    ("un", "UN chief hopeful Lucia Ferrante toured the Caribbean this week.", {cand(FERRANTE)}),
    ("un", "Delegates met secretary-general candidate Rafael Grossi on Monday.", {cand(GROSSI)}),
    ("nato", "NATO secretary general candidate Ana Rusu met allied envoys on Monday.", {cand(RUSU)}),
    # hedged, of a past race, or no post before the noun
    ("un", "Possible secretary-general candidate Lucia Ferrante met delegates on Monday.", set()),
    ("un", "The 2016 secretary-general candidate Lucia Ferrante met delegates on Monday.", set()),
    ("un", "Former secretary-general candidate Lucia Ferrante met delegates on Monday.", set()),
    ("nato", "Republican presidential nominee Ana Rusu met allied envoys on Monday.", set()),
    ("nato", "Candidate Ana Rusu met allied envoys in Brussels on Monday.", set()),
    ("un", "Unsuccessful secretary-general candidate Lucia Ferrante met delegates on Monday.", set()),
]
STATE_LABELS = [
    ("nato", "The former Latvian foreign minister, Ilze Berzina, has entered the race for NATO secretary general. On "
             "Monday Estonia said it supports the Latvian.", {cand(BERZINA), endorse(BERZINA, "Estonia")}),
    ("un", "Eleni Markou, the former Greek foreign minister, has entered the race for secretary-general. On Monday, Cyprus "
           "endorsed the Greek.", {cand(MARKOU), endorse(MARKOU, "Cyprus")}),
    ("un", "Eleni Markou, a Greek diplomat, has entered the race for secretary-general. Her government nominated her in "
           "May.", {cand(MARKOU), endorse(MARKOU, "Greece")}),
    # no candidacy stated, another demonym, a label that is not the person's
    ("un", "Eleni Markou, a Greek diplomat, said the race for secretary-general was open. Cyprus backs the Greek.", set()),
    ("nato", "The former Latvian foreign minister, Ilze Berzina, said the race for NATO secretary general was open. "
             "Estonia supports the Latvian.", set()),
    ("nato", "Ilze Berzina, a Latvian historian, has entered the race for NATO secretary general. Estonia supports the "
             "Lithuanian.", {cand(BERZINA)}),
    ("un", "Eleni Markou, a Greek diplomat's daughter, has entered the race for secretary-general. Cyprus endorsed the "
           "Greek.", {cand(MARKOU)}),
]
NOMINAL_AND_SOURCES = [
    ("un", "The Greek nomination of Eleni Markou last month adds a new option.", {cand(MARKOU), endorse(MARKOU, "Greece")}),
    ("un", "The Chilean nomination of Michelle Bachelet in September surprised no one.",
     {cand("Michelle Bachelet"), endorse("Michelle Bachelet", "Chile")}),
    ("un", "Eleni Markou, Greece's former foreign minister, told the Spanish daily Voz Nueva that she wanted to be "
           "secretary-general.", {cand(MARKOU)}),
    ("nato", "Ilze Berzina\nIn an interview with Diena Vakar last month she said she wanted to lead NATO.", {cand(BERZINA)}),
    ("un", "Eleni Markou, the third candidate of the day, took questions from member states in the secretary-general "
           "dialogues.", {cand(MARKOU)}),
    # an expected or another nomination; an outlet or a source is no candidate; a candidate of another election
    ("un", "The Greek nomination of Eleni Markou is expected next month.", set()),
    ("un", "The Greek nomination of Eleni Markou to the Nobel committee surprised no one.", set()),
    ("un", "A columnist told the Spanish daily Voz Nueva that she wanted to be secretary-general.", set()),
    ("nato", "In an interview with Diena Vakar last month she said the race to lead NATO was open.", set()),
    ("un", "Rosa Jara, the candidate of the governing left-wing coalition, lost the runoff in Chile.", set()),
    ("un", "Rosa Jara, the candidate of the opposition alliance, backs Bachelet for secretary-general.", set()),
]
HYPHENATED_LABELS = [
    ("un", "Costa Rica on Tuesday nominated former vice-president Elena Vargas Solis for UN secretary-general. Panama "
           "said it would support her.", {cand(VARGAS), endorse(VARGAS, "Costa Rica"), endorse(VARGAS, "Panama")}),
    ("un", "Chile nominated former vice-president Michelle Bachelet for secretary-general.",
     {cand("Michelle Bachelet"), endorse("Michelle Bachelet", "Chile")}),
    ("nato", "Latvia put forward its ex-deputy-minister Ilze Berzina for NATO secretary general.",
     {cand(BERZINA), endorse(BERZINA, "Latvia")}),
    # the label's person is not nominated, or the office is another's
    ("un", "Costa Rica's former vice-president Elena Vargas Solis said the race for secretary-general was open.", set()),
    ("un", "Costa Rica on Tuesday thanked former vice-president Elena Vargas Solis for her report on the secretary-general "
           "race.", set()),
    ("nato", "Latvia's vice-president Ilze Berzina said Latvia backs Rutte for NATO secretary general.",
     {endorse("Mark Rutte", "Latvia")}),
]
FORMER_POSTS = [
    ("un", "Ghana nominated the former UN under-secretary-general Kwabena Mensah for secretary-general.",
     {cand(MENSAH), endorse(MENSAH, "Ghana")}),
    ("un", "Ghana formally presented the former UN under-secretary-general Kwabena Mensah as its candidate for "
           "secretary-general.", {cand(MENSAH), endorse(MENSAH, "Ghana")}),
    ("nato", "Moldova's neighbour Romania put forward ex-OSCE secretary general Ana Rusu for NATO secretary general.",
     {cand(RUSU), endorse(RUSU, "Romania")}),
    # a sitting post of another body, or a former one with no act of the race
    ("un", "The OSCE secretary general Ana Rusu was the only candidate.", set()),
    ("un", "The former OSCE secretary general Ana Rusu met delegates on Monday to discuss the secretary-general race.",
     set()),
    ("nato", "Romania thanked the former OSCE secretary general Ana Rusu for her report on the NATO race.", set()),
]
CASES = BACK_PRONOUNS + NOMINEE_LABELS + TITLES + STATE_LABELS + NOMINAL_AND_SOURCES + HYPHENATED_LABELS + FORMER_POSTS


def event_keys(story, title: str, text: str, published: dt.date) -> set[tuple]:
    """The article's events as the scorer compares them, the article read whole (no time budget)."""
    return {(e.type, e.subject, e.actor if e.type in ("endorsement", "opposition") else None)
            for e in extract_events(title, text, published, story, budget_seconds=None)}


@pytest.mark.parametrize("race,text,expected", CASES, ids=[c[1][:60] for c in CASES])
def test_strangers11(story, un_story, race, text, expected):
    if race == "nato":
        assert event_keys(story, NATO_TITLE, text, dt.date(2024, 5, 16)) == expected
    else:
        assert event_keys(un_story, UN_TITLE, text, dt.date(2026, 3, 10)) == expected
