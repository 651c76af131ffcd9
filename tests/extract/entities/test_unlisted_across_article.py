"""Unlisted candidates across a whole article (session 22, disc22): a person the story file does not list, introduced
as a new entrant, then referred to by surname, title, pronoun or in an interview's answers. Each mechanism is tested
with invented names in both races, about half of the cases near-misses that must give no event or fewer:

- an honorific of address before the name ("the Honourable X", "His Excellency X") is no part of it: one person, not
  two names;
- the sex of an unlisted name from a "Her"/"His" opening the next sentence, from a clause set before the name whose
  subject is a pronoun ("Three weeks before she moves, X ..."), and not from a "he" that a known person named by
  surname stands for ("X quit the race. Grossi said he ...");
- a sitting office holder named as the object of a stance of the race ("would support Peru's President X") may be in
  the race; one who only speaks is not;
- a transcript's answers labelled with the interviewee's name ("VIDMAR: ...") are theirs, as "A: ..." are; another
  name's label is not the interviewee's;
- a figure's one digit ends a sentence ("appointed you on November 3. What happens next?"), a list's number does not;
- an object pronoun after a report dated back ("said in June that it would not support her") is whoever was named
  last, not the one still in the race.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import APP as appointed, CAND as cand, E as endorse, O as oppose, TO as takes_office
from tests.extract.conftest import WD as withdrawal
from tests.extract.conftest import event_keys

NATO_DAY, UN_DAY = dt.date(2024, 5, 16), dt.date(2026, 9, 30)
RUTTE, IOHANNIS = "Mark Rutte", "Klaus Iohannis"
GROSSI, BACHELET, GRYNSPAN = "Rafael Grossi", "Michelle Bachelet", "Rebeca Grynspan"
UN_TITLE, NATO_TITLE = "The race for UN Secretary-General", "The race to lead NATO"

UN_ARTICLES = [
    # an honorific before the name: one candidate, named without it
    ("Statement on the candidature of the Hon. Ana Velasquez Roca",
     "The Government of Peru has nominated the Honourable Ana Velasquez Roca for the post of Secretary-General of the "
     "United Nations. Chile endorsed Velasquez on Monday.",
     {cand("Ana Velasquez Roca"), endorse("Ana Velasquez Roca", "Peru"), endorse("Ana Velasquez Roca", "Chile")}),
    ("Statement on the UN race",
     "Guyana has nominated Her Excellency Marisol Quintero for UN secretary-general.",
     {cand("Marisol Quintero"), endorse("Marisol Quintero", "Guyana")}),
    # near-miss: an honourable person who only comments
    ("Statement on the UN race",
     "The Honourable Petra Lindqvist, a former Speaker, said the race for UN secretary-general was wide open.",
     set()),
    # "Her" opening the sentence after the name: she; then "She" is her, not the other candidate
    (UN_TITLE,
     "Bolivia nominated Teresa Mamani Quispe for UN secretary-general in May. Grossi met her in Vienna.\n\n"
     "Mamani, the last to enter in May, has had a strong summer. Her campaign has been energetic. "
     "Grossi spoke in Geneva on Monday. She won the backing of Ecuador on Tuesday.",
     {cand("Teresa Mamani Quispe"), endorse("Teresa Mamani Quispe", "Bolivia"), endorse("Teresa Mamani Quispe", "Ecuador")}),
    # near-miss: "His" after the name makes him "he"; "She" later is not him
    (UN_TITLE,
     "Bolivia nominated Teodoro Mamani for UN secretary-general in May.\n\n"
     "Mamani, the last to enter in May, has had a strong summer. His campaign has been energetic. "
     "Bachelet spoke in Geneva on Monday. She won the backing of Ecuador on Tuesday.",
     {cand("Teodoro Mamani"), endorse("Teodoro Mamani", "Bolivia"), endorse(BACHELET, "Ecuador")}),
    # a sitting office holder as the object of a stance of the race
    (UN_TITLE,
     "Grynspan withdrew on Monday, and Costa Rica said it would support Barbados's Prime Minister Dalia Harewood for UN "
     "secretary-general.",
     {withdrawal(GRYNSPAN), endorse("Dalia Harewood", "Costa Rica")}),
    # near-miss: the sitting office holder only speaks
    (UN_TITLE,
     "Barbados's Prime Minister Dalia Harewood said Costa Rica would support Grynspan for UN secretary-general.",
     {endorse(GRYNSPAN, "Costa Rica")}),
    # a known person by surname before "he": not the unlisted name's pronoun
    (UN_TITLE,
     "Ana Velasquez Roca quit the race for UN secretary-general on Sept. 11.\n\n"
     "Grossi said in Vienna that he was still a candidate.",
     {withdrawal("Ana Velasquez Roca"), cand(GROSSI)}),
    # a report dated back: "her" is whom the article named last, not the one still in the race
    (UN_TITLE,
     "Bachelet withdrew on Tuesday from the race for UN secretary-general; Brazil now backs Dalia Harewood, whom "
     "Barbados nominated in May. Bachelet had led the first poll. The United States said in June that it would not "
     "support her.",
     {withdrawal(BACHELET), endorse("Dalia Harewood", "Brazil"), cand("Dalia Harewood"), endorse("Dalia Harewood", "Barbados"),
      oppose(BACHELET, "United States")}),
]

NATO_ARTICLES = [
    ("Statement on the candidacy of H.E. Tomas Vidmar",
     "The Government of Slovenia has nominated His Excellency Tomas Vidmar for the post of NATO Secretary General. "
     "Croatia endorsed Vidmar on Monday.",
     {cand("Tomas Vidmar"), endorse("Tomas Vidmar", "Slovenia"), endorse("Tomas Vidmar", "Croatia")}),
    # near-miss: an honourable person who only comments
    (NATO_TITLE,
     "The Right Honourable Alan Whitcombe, a former defence secretary, said the race to lead NATO was open.",
     set()),
    # a clause before the name whose subject is a pronoun: she; "She" later is her
    (NATO_TITLE,
     "Before she entered the race to lead NATO, Ilona Varga ran Hungary's central bank. Hungary nominated Varga in "
     "March. Rutte spoke in Brussels. She won the backing of Slovakia on Tuesday.",
     {cand("Ilona Varga"), endorse("Ilona Varga", "Hungary"), endorse("Ilona Varga", "Slovakia")}),
    # near-miss: the sitting office holder only speaks
    (NATO_TITLE,
     "Slovenia's Prime Minister Tomas Vidmar said Croatia would support Rutte as NATO secretary general.",
     {endorse(RUTTE, "Croatia")}),
    (NATO_TITLE,
     "Iohannis quit the race; Slovakia said it would now back Slovenia's Prime Minister Tomas Vidmar for NATO "
     "secretary general.",
     {withdrawal(IOHANNIS), endorse("Tomas Vidmar", "Slovakia")}),
]


def _interview(title: str, lede: str, *paragraphs: str) -> tuple[str, str]:
    return title, "\n\n".join([lede, *paragraphs])


INTERVIEWS = [
    # answers labelled with the interviewee's surname in capitals; an unlisted interviewee; a figure's one digit
    # ends a sentence, so the statement before the question is read
    ("un", _interview('"I never planned this": Dalia Harewood on the UN job',
                      "We met Dalia Harewood in Bridgetown. The interview has been condensed.",
                      "Q: A year ago you were not a candidate. What changed?",
                      "HAREWOOD: Barbados nominated me the following week, and Guyana endorsed me two days later.",
                      "Q: The Security Council recommended you on October 3 and the Assembly appointed you on November 3. "
                      "What happens next?",
                      "HAREWOOD: On January 1 I take office."),
     {cand("Dalia Harewood"), endorse("Dalia Harewood", "Barbados"), endorse("Dalia Harewood", "Guyana"),
      appointed("Dalia Harewood"), takes_office("Dalia Harewood")}),
    # near-miss: the answers labelled with another person's name are not the interviewee's
    ("un", _interview('"A long year": Rebeca Grynspan on the UN race',
                      "We met Rebeca Grynspan in Geneva.",
                      "Q: Who backed you first?",
                      "MORALES: I will not speak for her. Peru backs me, that is all."),
     set()),
    # the surname as written before the colon, NATO
    ("nato", _interview('"No one owns this job": Mark Rutte on NATO',
                        "We met Mark Rutte in The Hague.",
                        "Q: How did it start?",
                        "Rutte: Belgium backed me in February. Spain followed."),
     {endorse(RUTTE, "Belgium")}),
    # near-miss: a list's number opening a line stays one sentence with its item; a question's "you" gives nothing
    ("nato", _interview('"We will see": Mark Rutte on NATO',
                        "We met Mark Rutte in The Hague.",
                        "Q: 1. Does Belgium back you?",
                        "RUTTE: Ask Belgium."),
     set()),
]


# the nomination's shapes a press release or a profile uses, listed and unlisted, and their near-misses
UN_NOMINATIONS = [
    ("The Heads of Government considered the nomination by the Government of Namibia of the Honourable Selma Haufiku "
     "for the post of Secretary-General of the United Nations.",
     {cand("Selma Haufiku"), endorse("Selma Haufiku", "Namibia")}),
    ("Leaders welcomed the nomination by Peru of Rebeca Grynspan for UN secretary-general.",
     {cand(GRYNSPAN), endorse(GRYNSPAN, "Peru")}),
    ("Selma Haufiku, the Namibian nominated by Angola, is the fifth candidate for UN secretary-general.",
     {cand("Selma Haufiku"), endorse("Selma Haufiku", "Angola")}),
    ("Grynspan, the Costa Rican economist nominated by Antigua and Barbuda, was always an outsider in the UN race.",
     {cand(GRYNSPAN), endorse(GRYNSPAN, "Antigua and Barbuda")}),
    # an object "her" before a preposition of time
    ("Grynspan had a strong summer in the race for UN secretary-general, and Peru endorsed her within two days.",
     {cand(GRYNSPAN), endorse(GRYNSPAN, "Peru")}),
    # near-misses: another office after the agent or after the object; the post only in the next clause
    ("Grynspan, the economist nominated by Peru to the board of the World Bank, spoke about the UN race.", set()),
    ("Grynspan met Lidia Ortega, the judge nominated by Peru for the Inter-American Court, in the UN race's margins.", set()),
    ("Namibia nominated Grynspan to the board of the African Development Bank; the UN secretary-general race was not "
     "discussed.", set()),
    ("Namibia nominated Selma Haufiku to the board of the African Development Bank; the UN secretary-general race was "
     "not discussed.", set()),
    ("The nomination by Namibia of Selma Haufiku to the board of the World Bank was welcomed.", set()),
]

NATO_NOMINATIONS = [
    ("The allies welcomed the nomination by the Government of Slovenia of His Excellency Tomas Vidmar for NATO "
     "secretary general.", {cand("Tomas Vidmar"), endorse("Tomas Vidmar", "Slovenia")}),
    ("Tomas Vidmar, the Slovenian put forward by Croatia, is the third candidate for NATO secretary general.",
     {cand("Tomas Vidmar"), endorse("Tomas Vidmar", "Croatia")}),
    # near-misses
    ("Rutte met Anna Berg, the envoy nominated by Sweden to the OSCE, at the NATO summit.", set()),
    ("Slovenia nominated Rutte to head the OSCE; NATO secretary general Stoltenberg welcomed it.", set()),
    ("Slovenia nominated Tomas Vidmar to head the OSCE; NATO secretary general Stoltenberg welcomed it.", set()),
]


# the state the article gives an unlisted name anywhere (not only in a sentence of the race), which "the Barbadian"
# then stands for; a title of office with no article set off after a name is an apposition
STATE_ARTICLES = [
    ("un", "Barbados Prime Minister Dalia Harewood entered the race for UN secretary-general in May. Grynspan withdrew "
           "in August; Costa Rica then swung behind the Barbadian.",
     {cand("Dalia Harewood"), withdrawal(GRYNSPAN), endorse("Dalia Harewood", "Costa Rica")}),
    ("un", "The Heads of Government welcomed the nomination by Barbados of the Honourable Dalia Harewood, S.C., M.P., "
           "Prime Minister of Barbados, for UN secretary-general. Grynspan withdrew in August; Costa Rica then swung "
           "behind the Barbadian.",
     {cand("Dalia Harewood"), endorse("Dalia Harewood", "Barbados"), withdrawal(GRYNSPAN), endorse("Dalia Harewood", "Costa Rica")}),
    # near-miss: of a body, not a state: "the Barbadian" stands for no one
    ("un", "Dalia Harewood of the World Bank entered the race for UN secretary-general in May. Grynspan withdrew in "
           "August; Costa Rica then swung behind the Barbadian.",
     {cand("Dalia Harewood"), withdrawal(GRYNSPAN)}),
    ("nato", "Tomas Vidmar, Prime Minister of Slovenia, entered the race to lead NATO in March. Rutte met him in "
             "Brussels; Croatia then backed the Slovenian.",
     {cand("Tomas Vidmar"), endorse("Tomas Vidmar", "Croatia")}),
    ("nato", "Mark Rutte, Prime Minister of the Netherlands, entered the race to lead NATO in March.", {cand(RUTTE)}),
    # near-miss: of an office, no state
    ("nato", "Tomas Vidmar, the head of the OSCE office, entered the race to lead NATO in March. Croatia then backed "
             "the Slovenian.", {cand("Tomas Vidmar")}),
]


# a long article: a headline's capitalised word before the surname is no first name; a denial told in the pluperfect
# is a past the article goes beyond; an age before the label that gives the state
LONG_ARTICLES = [
    ("un", "Outsider Varga shakes up the race for UN secretary-general",
     "Then came Istvan Varga.\n\nVarga, 58, a former Hungarian foreign minister, had long said he had no interest in "
     "the job. That changed in March, when Hungary formally nominated him.\n\nGrossi remains the front-runner. But "
     "Slovakia endorsed the Hungarian on Friday.",
     {cand("Istvan Varga"), endorse("Istvan Varga", "Hungary"), endorse("Istvan Varga", "Slovakia"), cand(GROSSI)}),
    # near-miss: a denial of now stands (no candidacy), and nothing else is stated
    ("un", "Outsider Varga and the race for UN secretary-general",
     "Istvan Varga, 58, a former Hungarian foreign minister, said on Monday that he had no interest in the job.",
     set()),
    ("nato", "Newcomer Kralj Enters NATO Race",
     "Davor Kralj, 54, a former Croatian defence minister, announced on Thursday that he would seek to succeed Jens "
     "Stoltenberg as NATO secretary general. Slovenia backed the Croatian on Friday.",
     {cand("Davor Kralj"), endorse("Davor Kralj", "Slovenia")}),
    # near-miss: the state's own sitting minister only speaks; the headline word is no person
    ("nato", "Newcomer Kralj Speaks on NATO Race",
     "Croatian Defence Minister Davor Kralj said Slovenia would back Rutte as NATO secretary general.",
     {endorse(RUTTE, "Slovenia")}),
]


@pytest.mark.parametrize("race,title,text,expected", LONG_ARTICLES, ids=[f"long-{i}" for i in range(len(LONG_ARTICLES))])
def test_long_articles(story, un_story, race, title, text, expected):
    if race == "un":
        assert event_keys(un_story, title, text, UN_DAY) == expected
    else:
        assert event_keys(story, title, text, NATO_DAY) == expected


@pytest.mark.parametrize("race,text,expected", STATE_ARTICLES, ids=[f"state-{i}" for i in range(len(STATE_ARTICLES))])
def test_state_anywhere(story, un_story, race, text, expected):
    if race == "un":
        assert event_keys(un_story, UN_TITLE, text, UN_DAY) == expected
    else:
        assert event_keys(story, NATO_TITLE, text, NATO_DAY) == expected


@pytest.mark.parametrize("sentence,expected", UN_NOMINATIONS, ids=[s[:50] for s, _ in UN_NOMINATIONS])
def test_nominations_un(un_story, sentence, expected):
    assert event_keys(un_story, UN_TITLE, sentence, UN_DAY) == expected


@pytest.mark.parametrize("sentence,expected", NATO_NOMINATIONS, ids=[s[:50] for s, _ in NATO_NOMINATIONS])
def test_nominations_nato(story, sentence, expected):
    assert event_keys(story, NATO_TITLE, sentence, NATO_DAY) == expected


@pytest.mark.parametrize("title,text,expected", UN_ARTICLES, ids=[f"un-{i}" for i in range(len(UN_ARTICLES))])
def test_unlisted_un(un_story, title, text, expected):
    assert event_keys(un_story, title, text, UN_DAY) == expected


@pytest.mark.parametrize("title,text,expected", NATO_ARTICLES, ids=[f"nato-{i}" for i in range(len(NATO_ARTICLES))])
def test_unlisted_nato(story, title, text, expected):
    assert event_keys(story, title, text, NATO_DAY) == expected


@pytest.mark.parametrize("race,article,expected", INTERVIEWS, ids=[f"interview-{i}" for i in range(len(INTERVIEWS))])
def test_named_answers(story, un_story, race, article, expected):
    assert event_keys(un_story if race == "un" else story, *article, UN_DAY if race == "un" else NATO_DAY) == expected
