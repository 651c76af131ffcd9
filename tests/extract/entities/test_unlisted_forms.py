"""Candidates no story file lists, round 10: forms by which an article names an unlisted candidate
that the reading missed, each tested with invented articles of both races (none from a corpus), at
least half of each group's cases giving none of the mechanism's events:

- a demonym with a noun of what a person is, not of an office ("the Panamanian economist", "the
  Lithuanian diplomat"), stands for the unlisted candidate of that state named before; an office
  ("the Panamanian president") or an indefinite one ("a Panamanian economist") does not;
- "her" before a verb's particle ("Panama put her forward") is the object, as "him" is; not "her
  forward-looking views";
- a candidate label set off before a name, with a title ("Barbados's candidate for secretary-general,
  Ambassador X,", "the Barbadian candidate, Ambassador X,"), gives the state and makes the titled name
  no sitting office holder; a sitting office set off the same way ("Barbados's ambassador to the UN,
  X,") states nothing;
- a nomination in the passive with no agent ("X was nominated in January", "was put forward for the
  post") is a candidacy; not one to another post, for an award, or one only expected, denied or negated;
- a candidate label set off after the name ("X, Slovenia's candidate for the post,") and a heading's
  state after a comma ("Janez Kos, Slovenia.") give the name its state; a sitting office does not;
- the pronoun that stands for an unlisted name: the one opening the sentence after a sentence the name
  opens ("X ran the central bank. On Monday she said she was running"; the name is proposed there too),
  not when another person is named between;
- a courtesy title's stop ends no sentence for discovery ("presented Dr. X as its candidate": the
  nominating state is X's), and a heading's name whose section opens with a state's candidate label
  ("Ekow Boateng. / Ghana's candidate is ...") is of that state; a sitting office there is not.
"""
from __future__ import annotations

import datetime as dt

import pytest

from natowatch.extract import extract_events
from tests.extract.conftest import CAND as cand, E as endorse

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
# invented people no story file lists
LINDO, VAICIULIS, KALNINA, CARROW = "Rebeca Lindo", "Tomas Vaiciulis", "Ilze Kalnina", "Desmond Carrow"
BOATENG, KOS = "Ekow Boateng", "Janez Kos"
GROSSI, BACHELET, RUTTE = "Rafael Grossi", "Michelle Bachelet", "Mark Rutte"

EPITHETS = [
    ("un", "Panama nominated Rebeca Lindo for secretary-general in June. Jamaica said on Monday it backs the "
           "Panamanian economist.", {cand(LINDO), endorse(LINDO, "Panama"), endorse(LINDO, "Jamaica")}),
    ("nato", "Lithuania nominated Tomas Vaiciulis for NATO secretary general on Monday. Latvia quickly endorsed the "
             "Lithuanian diplomat.", {cand(VAICIULIS), endorse(VAICIULIS, "Lithuania"), endorse(VAICIULIS, "Latvia")}),
    ("un", "Candidates for secretary-general\n\nRebeca Lindo (Panama). The Panamanian economist was nominated by Panama "
           "in June.", {cand(LINDO), endorse(LINDO, "Panama")}),
    ("nato", "Who will lead NATO?\n\nIlze Kalnina (Latvia). The Latvian politician was nominated by Latvia for secretary "
             "general in March. Estonia backs her.", {cand(KALNINA), endorse(KALNINA, "Latvia"), endorse(KALNINA, "Estonia")}),
    # an office, someone new, another state's diplomat, a name never in the race: none of the descriptor's events
    ("un", "Panama nominated Rebeca Lindo for secretary-general in June. Jamaica said it backs the Panamanian "
           "president's reform plan.", {cand(LINDO), endorse(LINDO, "Panama")}),
    ("un", "Panama nominated Rebeca Lindo for secretary-general in June. A Panamanian economist said Jamaica backs the "
           "plan.", {cand(LINDO), endorse(LINDO, "Panama")}),
    ("nato", "Lithuania nominated Tomas Vaiciulis for NATO secretary general on Monday. Latvia praised the Estonian "
             "diplomat.", {cand(VAICIULIS), endorse(VAICIULIS, "Lithuania")}),
    ("un", "Rebeca Lindo of Panama said the race for secretary-general was open. Jamaica backs the Panamanian "
           "economist's reform plan.", set()),
    ("nato", "Ilze Kalnina, a Latvian analyst, said the race for NATO secretary general was open. Estonia invited the "
             "Latvian politician to a conference.", set()),
]

PARTICLE = [
    ("un", "Candidates for secretary-general\n\nRebeca Lindo (Panama). The economist was the first to enter. Panama put "
           "her forward in June.", {cand(LINDO), endorse(LINDO, "Panama")}),
    ("nato", "Who will lead NATO?\n\nIlze Kalnina (Latvia). Riga put her forward for secretary general in March.",
     {cand(KALNINA), endorse(KALNINA, "Latvia")}),
    ("un", "Candidates for secretary-general\n\nRebeca Lindo (Panama). The economist is a commentator. Panama praised her "
           "forward-looking views on the race.", set()),
    ("nato", "Who will lead NATO?\n\nIlze Kalnina, a Latvian analyst, said the race for secretary general was open. Riga "
             "sent her forward to the talks as an observer.", set()),
]

LABELS = [
    ("un", "Barbados's candidate for secretary-general, Ambassador Desmond Carrow, met delegates in New York on Monday.",
     {cand(CARROW), endorse(CARROW, "Barbados")}),
    ("nato", "Latvia's candidate for NATO secretary general, Ambassador Ilze Kalnina, met allied envoys on Monday.",
     {cand(KALNINA), endorse(KALNINA, "Latvia")}),
    ("un", "The Barbadian candidate, Ambassador Desmond Carrow, met delegates on Monday to discuss his bid for "
           "secretary-general. Jamaica backs the Barbadian.", {cand(CARROW), endorse(CARROW, "Jamaica")}),
    # a sitting office set off by commas, or a label of another kind: no candidate
    ("un", "Barbados's ambassador to the UN, Desmond Carrow, said the race for secretary-general was open.", set()),
    ("nato", "Latvia's foreign minister, Ilze Kalnina, said the race for NATO secretary general was wide open.", set()),
    ("un", "The Barbadian ambassador, Desmond Carrow, met the candidates for secretary-general on Monday.", set()),
]

NOMINATED = [
    ("un", "Rafael Grossi was nominated for secretary-general in January.", {cand(GROSSI)}),
    ("nato", "The race is on.\n\nMark Rutte was formally nominated in February.", {cand(RUTTE)}),
    ("un", "Who is running?\n\nEkow Boateng (Ghana). The Ghanaian economist was formally nominated in January.",
     {cand(BOATENG)}),
    ("nato", "The NATO race\n\nJanez Kos, Slovenia. The former Slovenian president was put forward in March.", {cand(KOS)}),
    ("un", "Bachelet, who was put forward for the post in September, met delegates.", {cand(BACHELET)}),
    # negated, possible, expected, conditional, denied, another post, an award: no candidacy
    ("un", "Rafael Grossi was not nominated in January.", set()),
    ("un", "Rafael Grossi could be nominated in the spring.", set()),
    ("un", "Rafael Grossi is expected to be nominated in the spring.", set()),
    ("un", "If Rafael Grossi is nominated, Chile will object.", set()),
    ("un", "Ghana's government denied reports that Ekow Boateng had been nominated for secretary-general.", set()),
    ("un", "The race for secretary-general is open. Rafael Grossi was nominated in 2009 to lead the IAEA.", set()),
    ("nato", "The race for NATO secretary general is open. Mark Rutte was nominated in 2010 as prime minister.", set()),
    ("un", "The race for secretary-general is open. Ekow Boateng was nominated last year for a Nobel prize.", set()),
]

APPOSITIONS = [
    ("nato", "Janez Kos, Slovenia's candidate for NATO secretary general, met Stoltenberg on Monday. Croatia backs the "
             "Slovenian.", {cand(KOS), endorse(KOS, "Slovenia"), endorse(KOS, "Croatia")}),
    ("un", "Ekow Boateng, Ghana's candidate for secretary-general, addressed the General Assembly. Kenya backs the "
           "Ghanaian economist.", {cand(BOATENG), endorse(BOATENG, "Ghana"), endorse(BOATENG, "Kenya")}),
    ("nato", "Janez Kos, Slovenia's ambassador to NATO, said the race for secretary general was open. Croatia backs the "
             "Slovenian.", set()),
    ("un", "Ekow Boateng, Ghana's finance minister, met the candidates for secretary-general on Monday.", set()),
    ("nato", "The NATO race\n\nJanez Kos, Slovenia. The Slovenian analyst says the race is open.", set()),
]

PRONOUNS = [
    ("nato", "Interview: 'I want the NATO job' - Janez Kos\n\nJanez Kos served as Slovenia's president for five years. "
             "Last week he confirmed that he wants to succeed Stoltenberg as NATO secretary general.", {cand(KOS)}),
    ("un", "A new name in the UN race\n\nEkow Boateng ran Ghana's central bank for a decade. On Monday she said she was "
           "running for UN secretary-general.", {cand(BOATENG)}),
    # another person named between: the pronoun is not the unlisted name's
    ("un", "A new name in the UN race\n\nEkow Boateng met Ana Ortega on Monday. She said the race for secretary-general "
           "was open. Ghana nominated Boateng for secretary-general on Tuesday. Kenya backs him.",
     {cand(BOATENG), endorse(BOATENG, "Ghana"), endorse(BOATENG, "Kenya")}),
    ("nato", "The NATO race\n\nJanez Kos met Ms Ana Novak on Monday. She said the race for NATO secretary general was "
             "open.", set()),
    ("nato", "The NATO race\n\nJanez Kos is a Slovenian historian. He said on Monday that Rutte wants to be NATO secretary "
             "general.", {cand(RUTTE)}),
]
TITLES_AND_SECTIONS = [
    ("un", "Ghana has officially presented Dr. Ekow Boateng as its candidate for secretary-general. Kenya backs the "
           "Ghanaian candidate.", {cand(BOATENG), endorse(BOATENG, "Ghana"), endorse(BOATENG, "Kenya")}),
    ("nato", "Slovenia put forward Dr. Janez Kos for NATO secretary general on Monday. Croatia said it would support the "
             "Slovenian.", {cand(KOS), endorse(KOS, "Slovenia"), endorse(KOS, "Croatia")}),
    ("un", "Ghana's foreign minister met Dr. Ekow Boateng, an analyst, to discuss the race for secretary-general. Kenya "
           "praised the Ghanaian economist.", set()),
    ("nato", "Slovenia's defence minister thanked Prof. Janez Kos for his report on the NATO secretary general race.",
     set()),
    ("un", "The candidates for secretary-general\n\nEkow Boateng.\nGhana's candidate is steady in second place. He is "
           "backed by the African Union.", {cand(BOATENG), endorse(BOATENG, "Ghana"), endorse(BOATENG, "African Union")}),
    ("nato", "The contenders for NATO secretary general\n\nJanez Kos\nThe Slovenian candidate has won support in the "
             "Balkans. Croatia backs him.", {cand(KOS), endorse(KOS, "Croatia")}),
    ("un", "The candidates for secretary-general\n\nEkow Boateng.\nGhana's ambassador says the race is open. He expects a "
           "long contest.", set()),
    ("nato", "The contenders for NATO secretary general\n\nJanez Kos\nSlovenia's president says the race is open. Croatia "
             "backs him.", set()),
]
CASES = EPITHETS + PARTICLE + LABELS + NOMINATED + APPOSITIONS + PRONOUNS + TITLES_AND_SECTIONS


def event_keys(story, title: str, text: str, published: dt.date) -> set[tuple]:
    """The article's events as the scorer compares them, the article read whole (no time budget)."""
    return {(e.type, e.subject, e.actor if e.type in ("endorsement", "opposition") else None)
            for e in extract_events(title, text, published, story, budget_seconds=None)}


@pytest.mark.parametrize("race,text,expected", CASES, ids=[c[1][:60] for c in CASES])
def test_unlisted_round10(story, un_story, race, text, expected):
    if race == "nato":
        assert event_keys(story, NATO_TITLE, text, dt.date(2024, 5, 16)) == expected
    else:
        assert event_keys(un_story, UN_TITLE, text, dt.date(2026, 3, 10)) == expected
