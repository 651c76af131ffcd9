"""A candidacy stated by a role of the race or by membership of it (session 22, race22), each form tested with
invented sentences of both races (none from a corpus), about half near-misses that must give no candidacy:

- a role noun predicated of the person with adverbials between that state nothing of their own ("X is so far the
  only other declared contender", "X became in January the second entrant", "X remains, for now, a candidate"),
  the rival of a candidate ("X remains at this stage the sole rival to Y": X; Y's bid is only implied there);
- a role noun set beside the name ("His only rival, X,", "Y's only challenger, X,": X, unless X's withdrawal is
  told there, the guide's withdrawal alone; Y's own bid is not stated there, as set 12's gold reads it);
- the race's people counted, their predicate, then listed after a colon or a dash ("Four candidates have been
  formally presented and will each appear ...: A, B and C", "the two men left standing in the race - A and B -",
  "the field of three - A, B and C -", "Among the declared contenders: A and B"), items set off by an adverbial
  ("A and, since last week, President B");
- those a person joins in the race ("X joins A of S, B of T and C in the race"), a contest named by its size with
  its members ("a three-way contest with A and B"), rivals faced ("now faces only X");
- a campaign or an entry into the race as a thing that happened ("X's campaign has gone quiet", "X, whose campaign
  has taken her to 40 capitals", "X's late entry into the race"), staying in the race by any of its nouns ("was
  staying in the contest");
- a nomination the clause's person stands by or keeps ("X was presented in September in a joint nomination by A, B
  and C", "X retains the nomination of A and B"): the guide's nomination = candidacy + backing;
- near-misses: assessed or hedged roles ("the most likely contender", "a possible rival", "seen as"), modals
  ("could be a rival", "would join X in the race if"), negations, roles of another contest, counts with no names,
  counted people whose predicate only foresees or ends their bid ("expected to enter", "have since dropped out").
Only candidacy events are compared (the sentences may state other events).
"""
from __future__ import annotations

import datetime as dt

import pytest

from natowatch.extract import extract_events

NATO_DAY, UN_DAY = dt.date(2024, 5, 16), dt.date(2026, 9, 30)
NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
RUTTE, IOHANNIS, KALLAS, WALLACE, KARINS = "Mark Rutte", "Klaus Iohannis", "Kaja Kallas", "Ben Wallace", "Krisjanis Karins"
GROSSI, BACHELET, GRYNSPAN = "Rafael Grossi", "Michelle Bachelet", "Rebeca Grynspan"
OKONKWO = "Amara Okonkwo"   # no candidate of the story file: discovered where a rule states the candidacy


def _candidacies(story, title: str, text: str, day: dt.date) -> set[str]:
    return {e.subject for e in extract_events(title, text, day, story) if e.type == "candidacy"}


NATO_CASES = [
    ('Karins retains the nomination of Latvia.', {KARINS}),
    ('There are two candidates, namely Rutte and Iohannis.', {IOHANNIS, RUTTE}),
    ('Rutte has been since November the frontrunner.', {RUTTE}),
    # a nomination the clause's person stands by, or keeps: "was presented in a joint nomination by A and B"
    ('Iohannis was presented in March in a formal nomination by Romania.', {IOHANNIS}),
    ('Karins, a former prime minister of Latvia, stays in the race with the nomination of Latvia.', {KARINS}),
    ('Rutte could run with the nomination of the Netherlands.', set()),
    ('Kallas was named in a nomination by Estonia for the EU foreign policy post.', set()),
    ('Klaus Iohannis is by now the only remaining challenger.', {IOHANNIS}),
    ('Iohannis remains at this stage the sole rival to Rutte.', {IOHANNIS}),
    ('Kallas was until last week the third contender.', {KALLAS}),
    ('Iohannis is not a candidate.', set()),
    ('Iohannis could be a rival to Rutte.', set()),
    ('Kallas would be a strong contender.', set()),
    ("His only rival, Romania's President Klaus Iohannis, spoke in Bucharest.", {IOHANNIS}),
    ('Kallas, the latest entrant, spoke on Monday.', {KALLAS}),
    ("Rutte's only challenger, Klaus Iohannis, met the press.", {IOHANNIS}),
    ('Slovakia backed a rival, Klaus Iohannis.', set()),
    ('The presumed frontrunner, Mark Rutte, spoke.', set()),
    ('There are now two candidates in the race: Mark Rutte and, since last week, President Klaus Iohannis of Romania.', {IOHANNIS, RUTTE}),
    ('Two men remain in the contest after weeks of talks: Rutte and Iohannis.', {IOHANNIS, RUTTE}),
    ('The two men left standing in the race - Mark Rutte and the Romanian president, Klaus Iohannis - will both address allied ambassadors next week.', {IOHANNIS, RUTTE}),
    ('Two candidates have since dropped out: Kallas and Wallace.', set()),
    ('The entry of Iohannis into the race sets up a two-way race with Mark Rutte.', {IOHANNIS, RUTTE}),
    ('Iohannis enters a field in which Rutte is so far the only declared contender.', {RUTTE}),
    ('Rutte now faces only Iohannis.', {IOHANNIS, RUTTE}),
    ('Rutte faces only Iohannis at the dinner.', set()),
    ('Klaus Iohannis, whose late entry into the race in March took diplomats by surprise, has failed to win backing.', {IOHANNIS}),
    ("Kallas's campaign for the post began in March.", {KALLAS}),
    ("Rutte's election campaign in 2021 was long.", set()),
    ('A Kallas campaign would be short.', set()),
    ('Klaus Iohannis insisted on Tuesday that he was staying in the contest.', {IOHANNIS}),
    ('Iohannis is, as of this week, the second entrant.', {IOHANNIS}),
    ('Rutte is, according to diplomats, the clear frontrunner.', set()),
    ('Kallas is no longer a contender.', set()),
    ('Iohannis would be the only rival to Rutte.', set()),
    ('Two candidates could still emerge: Kallas and Wallace.', set()),
    ('Three candidates were floated in the press last year: Kallas, Wallace and Rutte.', set()),
    ('Kallas joined Rutte in the race for the EU post.', set()),
    ("Rutte's campaign has gathered pace since March.", {RUTTE}),
    ("Rutte's campaign has yet to begin.", set()),
    ('Rutte and Iohannis are so far the only two contenders.', {IOHANNIS, RUTTE}),
    ('The race to succeed Stoltenberg has two entrants, Rutte and Iohannis.', {IOHANNIS, RUTTE}),
    ('Two candidates were rejected by the party in 2019: Rutte and Kallas.', set()),
    ("Kallas is the third woman to lead Estonia's government.", set()),
]

UN_CASES = [
    ('Of the three people in the race, two have since withdrawn: Grossi and Bachelet.', set()),
    ('Grynspan enters a field in which Bachelet, who is so far the only other declared contender, leads.', {BACHELET}),
    ('Bachelet and Grynspan are, for now, the only declared contenders.', {BACHELET, GRYNSPAN}),
    # a nomination the clause's person stands by, or keeps: "was presented in a joint nomination by A and B"
    ('Michelle Bachelet, twice president of Chile and a former UN official, was presented in September in a joint nomination by Chile, Brazil and Mexico.', {BACHELET}),
    ('Bachelet, a former president of Chile, was honoured in a nomination by Chile for the Nobel Peace Prize.', set()),
    ('Bachelet would keep the nomination of Brazil if she stayed in the race.', set()),
    ('Bachelet retains the nomination of Brazil and Mexico but is widely regarded as unelectable.', {BACHELET}),
    ('Grossi criticised Bachelet in the nomination of Chile.', set()),
    ('Michelle Bachelet is so far the only other declared contender.', {BACHELET}),
    ('Rafael Grossi is, for now, the only declared candidate.', {GROSSI}),
    ('Grynspan became in January the second declared entrant.', {GRYNSPAN}),
    ('Bachelet is at present the only nominee from South America.', {BACHELET}),
    ('Bachelet is so far the most likely contender.', set()),
    ('Grossi is seen as the only serious contender.', set()),
    ('Grynspan is so far a possible candidate.', set()),
    ('The only other contender, Rebeca Grynspan, met ambassadors.', {GRYNSPAN}),
    ('Grossi, the third candidate, addressed the Assembly.', {GROSSI}),
    ("Her main challenger, Argentina's Rafael Grossi, visited Beijing.", {GROSSI}),
    ('A possible rival, Rebeca Grynspan, has said nothing.', set()),
    ('Her rival in the Costa Rican election, Rebeca Grynspan, spoke.', set()),
    ('Four candidates have been formally presented and will each appear for a three-hour session over the next two days: Michelle Bachelet, Rebeca Grynspan and Rafael Grossi.', {BACHELET, GROSSI, GRYNSPAN}),
    ('Three contenders were formally registered by the deadline on Friday: Bachelet, Grynspan and Grossi.', {BACHELET, GROSSI, GRYNSPAN}),
    ('The two women left standing in the race - Michelle Bachelet and Rebeca Grynspan - will both address the Assembly.', {BACHELET, GRYNSPAN}),
    ('Three candidates are expected to enter in the coming weeks: Bachelet, Grynspan and Grossi.', set()),
    ('Three names could be presented by June: Bachelet, Grynspan and Grossi.', set()),
    ('Four candidates have been formally presented.', set()),
    ('Grynspan joins Michelle Bachelet of Chile and Rafael Grossi of Argentina in the race.', {BACHELET, GROSSI, GRYNSPAN}),
    ('Espinosa joins Michelle Bachelet of Chile, Rebeca Grynspan of Costa Rica and Rafael Grossi of Argentina in the race.', {BACHELET, GROSSI, GRYNSPAN}),
    ("Argentina nominated Rafael Grossi, setting up a three-way contest with Chile's Michelle Bachelet and Costa Rica's Rebeca Grynspan.", {BACHELET, GROSSI, GRYNSPAN}),
    ('Bachelet joined Grossi at a forum in Geneva.', set()),
    ('A three-way contest with Bachelet and Grynspan is possible if Argentina nominates Grossi.', set()),
    ("Grynspan now faces only Argentina's Rafael Grossi.", {GROSSI, GRYNSPAN}),
    ("Rebeca Grynspan's campaign has gone quiet.", {GRYNSPAN}),
    ("Bachelet's campaign had struggled since the summer.", {BACHELET}),
    ('Michelle Bachelet, whose campaign has taken her to 40 capitals since September, spoke on Monday.', {BACHELET}),
    ("Bachelet's campaign against torture won her a prize.", set()),
    ("Grossi's campaign to inspect the plant stalled.", set()),
    ('Grossi said he was staying in the race until the end.', {GROSSI}),
    ('Grossi said he was staying in Vienna until the end.', set()),
    ('Grynspan remains, at least for now, a candidate.', {GRYNSPAN}),
    ('Bachelet is probably the only serious contender.', set()),
    ('Grossi remains for many diplomats the obvious candidate.', set()),
    ('Bachelet, the lone South American contender, spoke in Santiago.', {BACHELET}),
    ("Grossi's sole remaining rival, Rebeca Grynspan of Costa Rica, met the press.", {GRYNSPAN}),
    ("Bachelet's rival, Rebeca Grynspan, withdrew from the race on Monday.", set()),
    ('Five contenders will appear before the Assembly next week: Bachelet, Grynspan and Grossi.', set()),
    ('Two candidates have so far been officially nominated by their governments: Bachelet and Grynspan.', {BACHELET, GRYNSPAN}),
    ('Two people are still in the running after the poll - Grossi and Grynspan - and both will stay.', {GROSSI, GRYNSPAN}),
    ('Grossi joined Bachelet and Grynspan in the race in November.', {BACHELET, GROSSI, GRYNSPAN}),
    ('Bachelet would join Grossi in the race if Chile nominated her.', set()),
    ('Her nomination set up a four-way race between Grossi, Bachelet and Grynspan.', {BACHELET, GROSSI, GRYNSPAN}),
    ('Diplomats expect a two-way contest with Grossi and Bachelet.', set()),
    ('The likely three-way contest with Grossi and Grynspan worries Chile.', set()),
    ("Grynspan's entry into the race surprised Chile.", {GRYNSPAN}),
    ("Grynspan's possible entry into the race worries Chile.", set()),
    ("Bachelet's entry into the race would split the Latin American vote.", set()),
    ('Grossi remained in the contest despite the poll.', {GROSSI}),
    ('Grossi remained in the hospital until Friday.', set()),
    ('Grossi now faces just Bachelet.', {BACHELET, GROSSI}),
    ('Grossi now faces only questions over the plant.', set()),
    ('Grossi faces only Bachelet at the dinner on Friday.', set()),
    ('Amara Okonkwo of Nigeria is so far the only other declared contender.', {OKONKWO}),
    ("Her only rival, Nigeria's Amara Okonkwo, spoke in Abuja.", {OKONKWO}),
    ('Three candidates have been formally presented and will each appear next week: Michelle Bachelet, Rebeca Grynspan and Amara Okonkwo.', {BACHELET, GRYNSPAN, OKONKWO}),
    ('Amara Okonkwo joins Michelle Bachelet of Chile and Rafael Grossi of Argentina in the race.', {BACHELET, GROSSI, OKONKWO}),
    ('Amara Okonkwo, a possible contender, spoke in Abuja.', set()),
    ('The field of three - Bachelet, Grynspan and Grossi - meets the Council on Monday.', {BACHELET, GROSSI, GRYNSPAN}),
    ('Bachelet, Grynspan and Grossi are the three declared candidates.', {BACHELET, GROSSI, GRYNSPAN}),
    ('Bachelet became the fourth entrant when Chile nominated her.', {BACHELET}),
    ("Grossi's rivals, Bachelet and Grynspan, spoke after him.", {BACHELET, GRYNSPAN}),
    ('Among the declared contenders: Bachelet and Grynspan.', {BACHELET, GRYNSPAN}),
    ('The contest now has three entrants: Bachelet, Grynspan and Grossi.', {BACHELET, GROSSI, GRYNSPAN}),
    ('With Bachelet and Grynspan also running, Grossi faces a hard fight.', {BACHELET, GRYNSPAN}),
    ('The other declared contenders, Bachelet and Grynspan, spoke on Monday.', {BACHELET, GRYNSPAN}),
    ('Grynspan, a contender since October, addressed the Assembly.', {GRYNSPAN}),
    ('Grynspan, a contender for the IAEA post, addressed the Assembly.', set()),
    ('Grynspan, long seen as a contender, addressed the Assembly.', set()),
    ('Three possible contenders: Bachelet, Grynspan and Grossi.', set()),
    ('Potential rivals include Bachelet and Grynspan.', set()),
    ('Grossi is the only Argentine to head the IAEA.', set()),
    ('Bachelet remains the favourite.', set()),
    ('Bachelet remains the frontrunner, according to diplomats.', {BACHELET}),
]

@pytest.mark.parametrize("sentence,expected", NATO_CASES, ids=[s[:60] for s, _ in NATO_CASES])
def test_race_roles_nato(story, sentence, expected):
    assert _candidacies(story, NATO_TITLE, sentence, NATO_DAY) == expected


@pytest.mark.parametrize("sentence,expected", UN_CASES, ids=[s[:60] for s, _ in UN_CASES])
def test_race_roles_un(un_story, sentence, expected):
    assert _candidacies(un_story, UN_TITLE, sentence, UN_DAY) == expected
