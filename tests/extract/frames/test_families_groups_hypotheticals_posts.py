"""Mechanisms added in the twenty-first round (red21, issue 12: redteam20's failure families, each a lexicon class or
a check read by construction, not by the commit's wording), tested with invented sentences of both races (none from a
corpus or a probe), with cases that must keep their event and near-misses that must give none:

- a relative clause set off by a comma after a share of a group is the group's, whatever the share's determiner or
  size ("the vast majority of allies, who ...", "a handful of its neighbours, which ...": lexicon
  cues.relative_group_quantifiers, cues.group_nouns); the state's own relative clause keeps its stance;
- a case set up to think through: a supposing verb after an exhortation ("Let us imagine that ...", "Let's suppose
  ...") or before what it sets up ("Picture the following: ...") (cues.supposing_openers, cues.supposed_objects), and
  a scenario's label with whose case it is ("Worst case for X: ..."); "Let us be clear: ..." and "Best of all for X,
  ..." state facts;
- a stance the article contradicts, told with a denying object instead of a negation ("has so far backed no one",
  "has vetoed nobody": cues.negative_objects) or with a stance noun without a determiner ("has not announced support
  for any candidate"); another state's silence and "no candidate other than X" keep it;
- the race's organisation led is the post: "to lead the North Atlantic Alliance", "to lead the United Nations" (its
  name, not only the alias of the post); an office of it ("to head NATO's maritime command", "to lead the United
  Nations Development Programme") stays another;
- a nomination to a seat in another body, with no verb of holding it: "nominated X to the board of a fund", "to a
  commission of the European Parliament" (lexicon other_office_nouns); "to the post of secretary general" stays
  the post;
- the race left as the role held in it: any leaving verb before "as a candidate / a contender" ("stood aside as a
  contender for secretary general", "pulled out as a contender"), not for another contest ("for the Chilean Senate");
- a vote against the candidate themself, with no ballot named, stated as what the actor will do in an article about
  the race ("will vote against X"); "cast its vote against X" as "cast its vote for X" is (lexicon
  opposition.verbs); a past vote with no ballot named ("voted against X in the European Parliament") and a vote on a
  nomination to another body stay none;
- a stance noun not reached yet: "Poland's votes at the summit are not yet decided" (cues.unassured_predicates);
- a dated leaving followed by its reason or time after a comma (", citing a lack of support among allies", ", a week
  before the Council voted") or by who told it (", his aides said"), and "gave up on Friday" (a date, not what was
  given up); an office given up "in March, citing his health" stays none;
- an office quit or vacated for the act the infinitive names ("quit her parliamentary seat to run for secretary
  general", "vacated her seat on the board to campaign for ..."; cues.office_leaving_verbs); "to spend time with
  her family" names no race;
- a stance noun after a verb of courting it is sought, not given ("to court Polish support", "solicited Brazil's
  support": lexicon endorsement.unmet_words); "won Polish support" is given.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import CAND as cand, E as endorse, O as oppose, WD as withdrawn
from tests.extract.conftest import event_keys

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
NATO_DAY, UN_DAY = dt.date(2024, 5, 16), dt.date(2026, 3, 10)

NATO_CASES = [
    # a share of a group's relative clause
    ("The vote leaves Portugal isolated from the vast majority of allies, who back Rutte.", set()),
    ("Greece split with a handful of its neighbours, which have come out for Iohannis.", set()),
    ("Portugal, which backs Rutte, differs from the majority of allies on spending.", {endorse("Mark Rutte", "Portugal")}),
    # a case set up to think through
    ("Let's suppose Hungary vetoes Rutte. The summit would collapse.", set()),
    ("Now imagine the following: Turkey blocks Rutte.", set()),
    ("Worst case for Iohannis: Poland backs Rutte.", set()),
    ("Let us be clear: Hungary backs Rutte.", {endorse("Mark Rutte", "Hungary")}),
    # a stance contradicted with a denying object
    ("A tabloid said that Greece backed Rutte. Greece has so far backed no one, its foreign ministry said.", set()),
    ("Rumours had it that Portugal opposed Rutte. Portugal has vetoed nobody.", set()),
    ("Greece backs Rutte. Portugal has backed no one so far.", {endorse("Mark Rutte", "Greece")}),
    ("Reports said Greece backed Rutte. Greece has endorsed no candidate other than Rutte.",
     {endorse("Mark Rutte", "Greece")}),
    # the race's organisation led
    ("Estonia put Kallas forward to lead the North Atlantic Alliance.",
     {cand("Kaja Kallas"), endorse("Kaja Kallas", "Estonia")}),
    ("Estonia nominated Kallas to head NATO's maritime command.", set()),
    # a seat in another body
    ("Latvia nominated Karins to the board of a Baltic energy fund.", set()),
    ("Estonia nominated Kallas to a commission of the European Parliament.", set()),
    ("Latvia nominated Karins to the post of secretary general.",
     {cand("Krisjanis Karins"), endorse("Krisjanis Karins", "Latvia")}),
    # the race left as the role held in it
    ("Karins stood aside as a contender for secretary general on Monday.", {withdrawn("Krisjanis Karins")}),
    ("Wallace withdrew as a candidate for the party leadership.", set()),
    # a vote against the candidate
    ("Greece will vote against Iohannis, its prime minister said.", {oppose("Klaus Iohannis", "Greece")}),
    ("Poland cast its vote against Iohannis in the second round of voting.", {oppose("Klaus Iohannis", "Poland")}),
    ("Greece voted against Kallas in the European Parliament.", set()),
    ("Greece voted against Kallas's nomination as EU foreign policy chief.", set()),
    ("Iohannis is running. Poland's votes at the summit are not yet decided.", {cand("Klaus Iohannis")}),
    # a dated leaving and what follows the date
    ("Iohannis gave up in March, citing a lack of support among allies.", {withdrawn("Klaus Iohannis")}),
    ("Karins gave up over the winter, his aides said.", {withdrawn("Krisjanis Karins")}),
    ("Iohannis gave up the presidency in March, citing his health.", set()),
    # an office quit for the race
    ("Kallas quit her parliamentary seat to run for secretary general.", {cand("Kaja Kallas")}),
    ("Kallas quit her parliamentary seat to spend time with her family.", set()),
    # support courted
    ("Iohannis travelled to Warsaw to court Polish support.", set()),
    ("Iohannis won Polish support in Warsaw.", {endorse("Klaus Iohannis", "Poland")}),
]

UN_CASES = [
    ("Peru sits apart from the bulk of Latin American governments, which support Bachelet.", set()),
    ("Peru backs Bachelet, unlike the majority of its neighbours, which have not declared.",
     {endorse("Michelle Bachelet", "Peru")}),
    ("Let us imagine that Russia vetoes Grossi.", set()),
    ("Picture the following: China blocks Bachelet at the Council.", set()),
    ("Best case for Grynspan: Mexico and Peru endorse her.", set()),
    ("Let me be frank: Mexico backs Grynspan.", {endorse("Rebeca Grynspan", "Mexico")}),
    ("Best of all for Grynspan, Mexico endorsed her on Monday.", {endorse("Rebeca Grynspan", "Mexico")}),
    ("A blog claimed Peru had endorsed Grossi. Peru has not announced support for any candidate.", set()),
    ("A blog claimed Peru had endorsed Grossi. Peru has backed nobody yet.", set()),
    ("Peru endorsed Grossi. Colombia has backed nobody yet.", {endorse("Rafael Grossi", "Peru")}),
    ("Chile nominated Bachelet to lead the United Nations.",
     {cand("Michelle Bachelet"), endorse("Michelle Bachelet", "Chile")}),
    ("Chile nominated Bachelet to lead the United Nations Development Programme.", set()),
    ("Costa Rica nominated Grynspan to the board of the World Food Programme.", set()),
    ("Costa Rica nominated Grynspan to succeed Antonio Guterres.",
     {cand("Rebeca Grynspan"), endorse("Rebeca Grynspan", "Costa Rica")}),
    ("Grossi pulled out as a contender for secretary-general last week.", {withdrawn("Rafael Grossi")}),
    ("Bachelet withdrew as a candidate for the Chilean Senate.", set()),
    ("Russia will vote against Grossi, its envoy said.", {oppose("Rafael Grossi", "Russia")}),
    ("China cast its vote against Grynspan in the first straw poll.", {oppose("Rebeca Grynspan", "China")}),
    ("Grossi is running. France's votes at the Council are not yet decided.", {cand("Rafael Grossi")}),
    ("Grossi gave up on Friday after the third straw poll.", {withdrawn("Rafael Grossi")}),
    ("Grynspan gave up in February, a week before the Council voted.", {withdrawn("Rebeca Grynspan")}),
    ("Bachelet vacated her seat on the board to campaign for secretary-general.", {cand("Michelle Bachelet")}),
    ("Bachelet gave up her seat on the board in January to care for her mother.", set()),
    ("Grossi flew to Brasilia to woo Brazilian backing.", set()),
    ("Grossi solicited Brazil's support at a dinner.", set()),
    ("Grossi won Brazil's backing in Brasilia.", {endorse("Rafael Grossi", "Brazil")}),
]


@pytest.mark.parametrize("text,expected", NATO_CASES)
def test_nato_families_round21(story, text, expected):
    assert event_keys(story, NATO_TITLE, text, NATO_DAY) == expected


@pytest.mark.parametrize("text,expected", UN_CASES)
def test_un_families_round21(un_story, text, expected):
    assert event_keys(un_story, UN_TITLE, text, UN_DAY) == expected
