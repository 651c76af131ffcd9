"""Mechanisms added in the twentieth round (prec20, issue 12: precision on long pieces: the false events of blind
set 18's analyses, newsletters, live blogs and corrections, and of the other read sets, by mechanism), each tested
with invented sentences of both races (none from a corpus), with cases that must keep their event and near-misses
that must give none:

- a relative clause set off by a comma after a counted group is the group's ("the vote leaves Slovakia at odds with
  most allies, who back Rutte": the allies back him, not Slovakia); the states' own apposition ("Hungary and
  Slovakia, the only allies which backed Iohannis") and a relative clause on the state itself stay its stance;
- a stance told and then contradicted by the article: its state is said to take that stance towards no one (later in the sentence or in the next four) ("The report also said that Peru had endorsed Grossi; Peru has not announced
  its support for any candidate", "Madrid has not said whom it supports", "Turkey has not vetoed anyone"): the
  guide's "reports about an actor's stance that the article itself doubts or denies". Another state's silence, a
  denial of the other stance ("has not vetoed anyone" after "backs Rutte"), "any other candidate" and a silence told
  before the stance ("has not decided. On Monday ... backed") keep it;
- a candidate noun after a party's or a political side's label is another contest's ("X, the Republican candidate",
  "the far-right candidate X"): no candidacy for the post; a state's label ("the Romanian candidate") still is one;
- a case set up to think through states no fact (the guide's hypotheticals): a sentence opened by a supposing verb
  ("Imagine that Turkey blocks Rutte: ...", "Suppose Hungary backs Iohannis.") or a scenario's label ("Scenario two:
  Turkey backs Iohannis", "Worst case: ...", "Option B: ..."); a supposing verb inside a report ("Officials assume
  that ...") and a question after the stance ("Mexico backs Bachelet. What if ...?") leave it;
- a gerund of a time clause ("..., one week after taking office") takes the main clause's subject: a candidate a verb
  or a noun governs before it ("Chile will no longer support the candidacy of former President X, one week after
  taking office") takes no office; the candidate as the subject still does ("X visited Kyiv days after taking office
  as secretary-general");
- another UN post the Assembly fills is another race (the guide): the UN story names the refugee agency's head, so
  "the post" after it is that one ("elected X as the next UN High Commissioner for Refugees. X was nominated for the
  post by ..."), while "the post" after the secretary-generalship stays this race's;
- a nomination whose object is followed by the verb of holding another office is for that office ("Chile nominated X
  to chair a UN panel on water", "Estonia nominated X to chair the EU's foreign affairs council"); "to lead NATO",
  "to lead the alliance", "to become the next secretary-general", "to run for UN secretary-general" stay the post;
- the post's alias of a leading verb and the body's name ("lead the UN", "lead NATO") is another office when a name of
  one or two capitalised words and an office noun follow it ("to lead the UN Development Programme", "to lead NATO
  Maritime Command"), as it already was with a lowercase word ("lead NATO forces");
- an evaluation of the person before the candidate noun is an assessment (the guide's "a viable candidate"): "Scholz
  considered the Dutch prime minister an excellent candidate" (lexicon candidacy.assessing_words); "named X as its
  candidate" stays a nomination;
- the parts of a legal text are no person's name ("Under Article 97 of the Charter, the Secretary-General is appointed
  by the General Assembly ...": no appointment of "Under Article"; lexicon discovery.not_name_words).
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import CAND as cand, E as endorse, O as oppose
from tests.extract.conftest import event_keys

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
NATO_DAY, UN_DAY = dt.date(2024, 5, 16), dt.date(2026, 3, 10)

NATO_CASES = [
    # a counted group's relative clause
    ("The vote leaves Slovakia at odds with most allies, who back Rutte.", set()),
    ("Slovakia is at odds with the other allies, which have backed Rutte since February.", set()),
    ("Slovakia, like most allies, backs Rutte.", {endorse("Mark Rutte", "Slovakia")}),
    ("Hungary and Slovakia, the only allies which backed Iohannis, changed course.",
     {endorse("Klaus Iohannis", "Hungary"), endorse("Klaus Iohannis", "Slovakia")}),
    # a stance the article contradicts after telling it
    ("Some outlets reported that Spain backed Iohannis; Madrid has not said whom it supports.", set()),
    ("A weekly reported that Portugal had endorsed Iohannis. Lisbon has not declared its support for either candidate.",
     set()),
    ("A social media post claims that Turkey has vetoed Rutte. Turkey, however, has not vetoed anyone.", set()),
    ("Turkey backs Rutte. Turkey has not vetoed anyone.", {endorse("Mark Rutte", "Turkey")}),
    ("Spain has not said whom it supports. On Monday Spain backed Rutte.", {endorse("Mark Rutte", "Spain")}),
    ("Some outlets reported that Spain backed Iohannis; Portugal has not said whom it supports.",
     {endorse("Klaus Iohannis", "Spain")}),
    ("Hungary said it cannot support Rutte. Hungary has not announced its support for anyone.",
     {oppose("Mark Rutte", "Hungary")}),
    # another contest's candidate
    ("Rutte is running. Tom Harlan, the Republican candidate, has questioned NATO's value.", {cand("Mark Rutte")}),
    ("Rutte is running. Anna Berg, the centre-right candidate for chancellor, praised the alliance.", {cand("Mark Rutte")}),
    ("Iohannis, the Romanian candidate, visited Vilnius.", {cand("Klaus Iohannis")}),
    ("Rutte is running. Iohannis, the other candidate, visited Vilnius.", {cand("Mark Rutte"), cand("Klaus Iohannis")}),
    # a case set up to think through
    ("Rutte is running. Imagine that Turkey blocks Rutte: the summit would open without a secretary general.",
     {cand("Mark Rutte")}),
    ("Rutte is running. Suppose Hungary backs Iohannis. The allies would need months.", {cand("Mark Rutte")}),
    ("Rutte is running. Scenario one: Hungary keeps its veto and Rutte withdraws. Scenario two: Turkey backs Iohannis.",
     {cand("Mark Rutte")}),
    ("Rutte is running. Worst case: Turkey blocks Rutte until the summit.", {cand("Mark Rutte")}),
    # a belief of people named by no one is an opinion of the stance, not the stance (the guide's speculation and
    # doubted reports; gold blind14 b14u13, blind15 b15u13/b15u16 label none of "diplomats believe S backs X"); what
    # they say stays a report
    ("Officials assume that Turkey backs Rutte.", set()),
    ("Officials say that Turkey backs Rutte.", {endorse("Mark Rutte", "Turkey")}),
    ("Rutte is running. Turkey blocks Rutte, and the summit opens without a secretary general.",
     {cand("Mark Rutte"), oppose("Mark Rutte", "Turkey")}),
    # a time clause's gerund
    ("Slovakia's new government said it backs Iohannis for NATO secretary general, days after taking office.",
     {endorse("Klaus Iohannis", "Slovakia")}),
    ("Rutte took office as NATO secretary general on Tuesday, weeks after winning the backing of all allies.",
     {("takes_office", "Mark Rutte", None)}),
    # a nomination to hold another office
    ("Estonia nominated Kallas to chair the EU's foreign affairs council.", set()),
    ("The Netherlands nominated Rutte to lead the alliance.", {cand("Mark Rutte"), endorse("Mark Rutte", "Netherlands")}),
    ("The Netherlands nominated Rutte to lead NATO.", {cand("Mark Rutte"), endorse("Mark Rutte", "Netherlands")}),
    # the post's alias before another office's name
    ("Norway put forward Ola Berg to lead NATO Maritime Command.", set()),
    ("Norway put forward Ola Berg to lead NATO.", {cand("Ola Berg"), endorse("Ola Berg", "Norway")}),
    # an evaluation is an assessment
    ("Government spokesman Jan Olsen said at the time that Chancellor Olaf Scholz considered the Dutch prime minister an "
     "excellent candidate.", set()),
    ("The Netherlands named Rutte as its candidate.", {cand("Mark Rutte"), endorse("Mark Rutte", "Netherlands")}),
]

UN_CASES = [
    # a counted group's relative clause
    ("The move put Chile at odds with many Latin American states, which support Bachelet.", set()),
    ("Chile, which supports Bachelet, hosted the meeting.", {endorse("Michelle Bachelet", "Chile")}),
    ("Brazil and Mexico, the two states which nominated Bachelet, hosted the meeting.",
     {endorse("Michelle Bachelet", "Brazil"), endorse("Michelle Bachelet", "Mexico"), cand("Michelle Bachelet")}),
    # a stance the article contradicts after telling it
    ("The report also said that Peru had endorsed Grossi; Peru has not announced its support for any candidate.", set()),
    ("Media reports said France had endorsed Grossi. France has not announced its support for any candidate.", set()),
    ("France endorsed Grossi on Monday. Spain has not announced its support for any candidate.",
     {endorse("Rafael Grossi", "France")}),
    ("Argentina backs Grossi and has not announced its support for any other candidate.",
     {endorse("Rafael Grossi", "Argentina")}),
    ("Kenya has not decided. On Monday Kenya backed Grynspan.", {endorse("Rebeca Grynspan", "Kenya")}),
    # another contest's candidate
    ("Grossi is running. Jose Ferrer, the far-right candidate, has criticised Bachelet.", {cand("Rafael Grossi")}),
    ("Grossi is running. Luis Mena, the opposition candidate, said he would review the nomination.", {cand("Rafael Grossi")}),
    ("Grynspan, the Costa Rican candidate, spoke in New York.", {cand("Rebeca Grynspan")}),
    ("Grossi is running. Lia Mora, the Mexican candidate, spoke in New York.", {cand("Rafael Grossi"), cand("Lia Mora")}),
    # a case set up to think through
    ("Grossi is running. Imagine Russia vetoes Grossi in the first colour-coded ballot.", {cand("Rafael Grossi")}),
    ("Option B: Mexico drops Bachelet and backs Grynspan.", set()),
    ("Mexico drops Bachelet and backs Grynspan.",
     {endorse("Rebeca Grynspan", "Mexico"), ("endorsement", "Michelle Bachelet", "Mexico")}),
    ("Mexico backs Bachelet. What if Chile nominates her again?", {endorse("Michelle Bachelet", "Mexico")}),
    # a time clause's gerund
    ("The government of President Luis Mena announced on Wednesday that Peru will no longer support the candidacy of "
     "former President Michelle Bachelet for Secretary-General of the United Nations, one week after taking office.",
     {oppose("Michelle Bachelet", "Peru")}),
    ("Guterres handed over to Grossi on 1 January. Grossi visited Kyiv on Monday, days after taking office as "
     "secretary-general.", {("takes_office", "Rafael Grossi", None)}),
    # another UN post
    ("The UN General Assembly on Thursday elected Ana Ruiz, a former foreign minister of Peru, as the next UN High "
     "Commissioner for Refugees. Ruiz, 61, was nominated for the post by the secretary-general after a selection "
     "process. She will take office on January 1.", set()),
    ("Peru nominated Ana Ruiz, a former foreign minister, for UN secretary-general on Thursday. Ruiz, 61, was nominated "
     "for the post after a long debate in Lima.", {cand("Ana Ruiz"), endorse("Ana Ruiz", "Peru")}),
    # a nomination to hold another office
    ("Chile nominated Michelle Bachelet to chair a UN high-level panel on water, a role she accepted on Friday.", set()),
    ("Chile nominated Michelle Bachelet to become the next secretary-general.",
     {cand("Michelle Bachelet"), endorse("Michelle Bachelet", "Chile")}),
    ("Argentina nominated Grossi to run for UN secretary-general.", {cand("Rafael Grossi"), endorse("Rafael Grossi", "Argentina")}),
    # the post's alias before another office's name
    ("Mexico on Tuesday put forward Lia Mora to lead the UN Development Programme.", set()),
    ("Mexico on Tuesday put forward Lia Mora to lead the UN.", {cand("Lia Mora"), endorse("Lia Mora", "Mexico")}),
    ("Grossi, who has said he wants to lead the UN Security Council reform debate, spoke in Vienna.", set()),
    ("Grossi, who wants to lead the UN, spoke in Vienna.", {cand("Rafael Grossi")}),
    # an evaluation is an assessment
    ("Foreign Minister Luis Mena said that President Ana Torres considered Grossi an excellent candidate.", set()),
    ("Argentina named Grossi as its candidate on Monday.", {cand("Rafael Grossi"), endorse("Rafael Grossi", "Argentina")}),
    # a legal text's parts
    ("Grossi is running. Under Article 97 of the Charter, the Secretary-General is appointed by the General Assembly "
     "upon the recommendation of the Security Council.", {cand("Rafael Grossi")}),
]


@pytest.mark.parametrize("text,expected", NATO_CASES)
def test_nato_precision_round20(story, text, expected):
    assert event_keys(story, NATO_TITLE, text, NATO_DAY) == expected


@pytest.mark.parametrize("text,expected", UN_CASES)
def test_un_precision_round20(un_story, text, expected):
    assert event_keys(un_story, UN_TITLE, text, UN_DAY) == expected
