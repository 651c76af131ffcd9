"""Set 19's misses, by mechanism (session 21, art21), each tested with invented articles of both races (none
from a corpus), about half of them near-misses that must give no event or fewer:

- an interview whose headline opens with the interviewee's words and names them after the colon ('"I will
  listen": Kaja Kallas on ...', "'...': an interview with X"), or whose lede says so ("This interview with X
  was recorded ..."): the answers' "I", "me", "my" (or a minister's "we") are the interviewee, the questions'
  "you" too;
- the interviewer's lines that ask nothing ("Estonia backed you in March.") are questions where every line
  ending with a question mark is one of every second line from the first question (else, an answer in two
  paragraphs, the marks alone tell); a premise the answer doubts ("I do not know if they were true") states
  nothing;
- rivals faced with nothing after them ("X now faces Y and Z."), the race said to be between candidates ("the race
  is now between X, who ..., and Y"), the people counted in the race before a list set off by semicolons ("Three
  people are now formally in the race: A; B of X, ...; and C"): all are in the race;
- a party's or a side's candidate ("Labour's candidate, X", "the left's candidate, X") is another election's, never
  proposed;
- the supporters of a bid in an absolute phrase after it ("announced her nomination, with A and B as co-sponsors")
  back its candidate;
- a subject pronoun left unresolved before a leaving verb is who left, not the candidate named before it
  ("supported you after she withdrew").
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import CAND as cand, E as endorse, O as oppose, WD as withdrawal
from tests.extract.conftest import event_keys

NATO_DAY, UN_DAY = dt.date(2024, 5, 16), dt.date(2026, 9, 30)
RUTTE, IOHANNIS, KALLAS = "Mark Rutte", "Klaus Iohannis", "Kaja Kallas"
GROSSI, BACHELET, GRYNSPAN = "Rafael Grossi", "Michelle Bachelet", "Rebeca Grynspan"


def _interview(title: str, lede: str, *paragraphs: str) -> tuple[str, str]:
    return title, "\n\n".join([lede, *paragraphs])


NATO_INTERVIEWS = [
    # the headline's quotation, a colon, then the name; an interviewer's line that asks nothing speaks to "you"
    (_interview('"I will listen first": Kaja Kallas on the eve of the summit',
                "We met the Estonian prime minister in Tallinn on Monday about the race to lead NATO.",
                "Prime minister, how are you feeling?", "Tired, but ready.",
                "It has been a long spring. Estonia and Latvia backed you in March.",
                "Yes. Greece told me in May that it would back me. I am grateful.",
                "And Portugal?", "Portugal supported my candidacy from the start."),
     {endorse(KALLAS, "Estonia"), endorse(KALLAS, "Latvia"), endorse(KALLAS, "Greece"),
      endorse(KALLAS, "Portugal")}),
    # an interview noun after the colon; the names swapped
    (_interview("'No one owns this job': an interview with Mark Rutte",
                "The Dutch prime minister spoke to us in The Hague about the race to lead NATO.",
                "When did you decide?", "Last autumn.",
                "Belgium and Spain backed you in February.",
                "They did, and Denmark told me in April that it supports my bid.",
                "Will you serve two terms?", "Ask me later."),
     {endorse(RUTTE, "Belgium"), endorse(RUTTE, "Spain"), endorse(RUTTE, "Denmark")}),
    # a minister interviewed: the answers' "we" is the state
    (_interview("'We have a voice': interview with Slovak Foreign Minister Juraj Blanar",
                "This conversation about the race to lead NATO took place in Bratislava on Tuesday.",
                "Where does Slovakia stand on the race?", "We support Mr Iohannis.",
                "Ms Kallas has the support of Estonia and Latvia.",
                "At this stage we will not support Ms Kallas.",
                "Would you change your mind?", "If the situation changes, we will see."),
     {endorse(IOHANNIS, "Slovakia"), endorse(KALLAS, "Estonia"), endorse(KALLAS, "Latvia"), oppose(KALLAS, "Slovakia")}),
    # near-miss: the headline's colon is followed by no name ("the race"): "you" and "I" are nobody
    (_interview('"I will listen first": the race to lead NATO and its favourite',
                "We met one of the candidates in Tallinn on Monday about the race to lead NATO.",
                "How are you feeling?", "Tired, but ready.",
                "Estonia and Latvia backed you in March.", "Yes. Greece told me in May that it would back me.",
                "And Portugal?", "Portugal supported my candidacy from the start."),
     set()),
    # near-miss: a premise the answer doubts states nothing
    (_interview('"I will listen first": Kaja Kallas on the eve of the summit',
                "We met the Estonian prime minister in Tallinn on Monday about the race to lead NATO.",
                "How are you feeling?", "Tired, but ready.",
                "There were reports that Greece was leaning towards you.",
                "I read them. I do not know if they were true.",
                "And Portugal?", "Ask Lisbon."),
     set()),
    # near-miss: a headline quotation whose name is not right after the colon ("talks with X") sets out no interview
    (_interview('"I will listen first": talks with Kaja Kallas in Tallinn',
                "We met her on Monday to talk about the race to lead NATO.",
                "How are you feeling?", "Tired, but ready.",
                "Estonia and Latvia backed you in March.", "Greece told me in May that it would back me.",
                "And Portugal?", "Portugal supported my candidacy."),
     set()),
]

UN_INTERVIEWS = [
    (_interview('"I never planned this": an interview with Rafael Grossi',
                "The Argentine diplomat spoke to us in Vienna about the race for UN secretary-general.",
                "When did you decide to run?", "Last year. Argentina nominated me in November, and I was a candidate.",
                "Paraguay and Uruguay supported you in March. Did you ask them?",
                "I did not ask. I thanked them.",
                "Will you serve two terms?", "One day at a time."),
     {cand(GROSSI), endorse(GROSSI, "Argentina"), endorse(GROSSI, "Paraguay"), endorse(GROSSI, "Uruguay")}),
    # the lede says whom the article interviews; the headline names nobody
    (_interview("On the road to New York",
                "This interview with Michelle Bachelet was recorded in Santiago on Friday, on the race for UN secretary-general.",
                "Who has backed you so far?", "Brazil and Mexico nominated me with Chile.",
                "Colombia backed you in June.", "It did, and I am grateful.",
                "Will you win?", "We will see."),
     {cand(BACHELET), endorse(BACHELET, "Brazil"), endorse(BACHELET, "Mexico"), endorse(BACHELET, "Colombia")}),
    # a leaving verb after "she": the pronoun's, not the interviewee's
    (_interview('"I never planned this": an interview with Rebeca Grynspan',
                "The Costa Rican economist spoke to us in Geneva about the race for UN secretary-general.",
                "When did you decide to run?", "Last year.",
                "Peru and Bolivia supported you after she withdrew. Did you ask them?",
                "I did not ask.",
                "Will you serve two terms?", "One day at a time."),
     {endorse(GRYNSPAN, "Peru"), endorse(GRYNSPAN, "Bolivia")}),
    # near-miss: a lede's interview with no person ("with a senior diplomat") sets out none
    (_interview("On the road to New York",
                "This interview with a senior diplomat was recorded in Santiago on Friday, on the race for UN secretary-general.",
                "Who has backed you so far?", "Brazil and Mexico nominated me.",
                "Colombia backed you in June.", "It did.",
                "Will you win?", "We will see."),
     set()),
    # near-miss: the premise doubted ("That is not true.")
    (_interview('"I never planned this": an interview with Rafael Grossi',
                "The Argentine diplomat spoke to us in Vienna about the race for UN secretary-general.",
                "When did you decide to run?", "Last year.",
                "Some say Peru backs you.", "That is not true. Peru has not decided.",
                "Will you serve two terms?", "One day at a time."),
     set()),
    # an answer in two paragraphs: the marks alone tell; its second paragraph is still the interviewee's
    (_interview('"I never planned this": an interview with Rafael Grossi',
                "The Argentine diplomat spoke to us in Vienna about the race for UN secretary-general.",
                "When did you decide to run?", "Last year, after long talks.",
                "Peru told me in March that it supports my candidacy.",
                "Who else?", "Ask them."),
     {endorse(GROSSI, "Peru")}),
]


@pytest.mark.parametrize("article,expected", NATO_INTERVIEWS, ids=[f"{a[0][:40]}-{i}" for i, (a, _) in enumerate(NATO_INTERVIEWS)])
def test_interview_nato(story, article, expected):
    assert event_keys(story, *article, NATO_DAY) == expected


@pytest.mark.parametrize("article,expected", UN_INTERVIEWS, ids=[f"{a[0][:40]}-{i}" for i, (a, _) in enumerate(UN_INTERVIEWS)])
def test_interview_un(un_story, article, expected):
    assert event_keys(un_story, *article, UN_DAY) == expected


NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"

NATO_SENTENCES = [
    # rivals faced with nothing after them: both in the race (in an article about it)
    ("Kallas now faces Rutte and Iohannis.", {cand(KALLAS), cand(RUTTE), cand(IOHANNIS)}),
    ("Rutte now faces Iohannis of Romania.", {cand(RUTTE), cand(IOHANNIS)}),
    # near-misses: an occasion or a matter after the rival, a possessive, a modal
    ("Rutte faced Iohannis at the summit in Vilnius.", set()),
    ("Rutte faces Iohannis over the budget.", set()),
    ("Rutte could face Iohannis.", set()),
    ("Kallas stood aside, clearing the way for Rutte to face Iohannis.", {withdrawal(KALLAS)}),
    # the race said to be between them (a relative clause after each name changes nothing)
    ("The race is now between Rutte, who leads the count, and Iohannis, who has few backers.", {cand(RUTTE), cand(IOHANNIS)}),
    ("It has become a two-way contest between Kallas and Rutte.", {cand(KALLAS), cand(RUTTE)}),
    # near-misses: no race before "between", a hypothetical race
    ("The gap between Rutte and Iohannis is wide.", set()),
    ("A race between Rutte and Kallas would be close.", set()),
    # another election's candidate labelled by a party: never proposed ("Labour's candidate, X")
    ("Labour's candidate, Tomas Brelling, has struggled in the by-election, and NATO was not discussed.", set()),
    ("The Conservative candidate, Peter Hallam, has made housing the centre of his campaign.", set()),
]

UN_SENTENCES = [
    ("Grynspan now faces Grossi and Bachelet.", {cand(GRYNSPAN), cand(GROSSI), cand(BACHELET)}),
    ("Bachelet faces Grossi in a televised debate on Monday.", set()),
    ("The race she leaves behind is now between Grynspan, who has led both polls, and Grossi.", {cand(GRYNSPAN), cand(GROSSI)}),
    ("The rivalry between Grossi and Grynspan goes back years.", set()),
    # the people counted in the race, then a list set off by semicolons
    ("Three people are now formally in the race: Bachelet; Grynspan of Costa Rica, the head of UNCTAD, nominated in "
     "October; and Grossi of Argentina, nominated last month.", {cand(BACHELET), cand(GRYNSPAN), cand(GROSSI)}),
    ("Three people may yet enter the race: Bachelet; Grynspan, the head of UNCTAD; and Grossi.", set()),
    # the supporters of a bid as an absolute phrase after it ("with A and B as co-sponsors")
    ("Bachelet is running. Boric announced her nomination at the palace, with Brazil and Mexico as co-sponsors.",
     {cand(BACHELET), endorse(BACHELET, "Chile"), endorse(BACHELET, "Brazil"), endorse(BACHELET, "Mexico")}),
    ("Grossi entered the race in May, with Peru and Chile as his main backers.",
     {cand(GROSSI), endorse(GROSSI, "Peru"), endorse(GROSSI, "Chile")}),
    # near-misses: not a supporter's noun, a hedged one, a supporter of something else
    ("Bachelet met Lula in Brasilia on Monday, with Brazil as the host.", set()),
    ("Grynspan met Arce in La Paz, with Bolivia as a possible sponsor.", set()),
    ("Grossi spoke at the forum, with Peru as a co-sponsor of the resolution.", set()),
    # another election's candidate
    ("Kast won the run-off, defeating the left's candidate, Marta Oyarzun, and the UN race was not discussed.", set()),
    ("The Republican candidate, Dale Forsberg, criticised the UN secretary-general.", set()),
]


@pytest.mark.parametrize("sentence,expected", NATO_SENTENCES, ids=[s[:50] for s, _ in NATO_SENTENCES])
def test_race_forms_nato(story, sentence, expected):
    assert event_keys(story, NATO_TITLE, sentence, NATO_DAY) == expected


@pytest.mark.parametrize("sentence,expected", UN_SENTENCES, ids=[s[:50] for s, _ in UN_SENTENCES])
def test_race_forms_un(un_story, sentence, expected):
    assert event_keys(un_story, UN_TITLE, sentence, UN_DAY) == expected
