"""Candidacy stated as a fact of the race (session 23, race23): the general forms of what set 19, 20 and 21 each
missed, tested with invented sentences of both races (none from a corpus), about half near-misses that must give no
candidacy:

- the race's people counted, what they did or where they stand, then listed after a colon, a dash or "namely", with
  the post or a body of the race named before the list ("Three candidates have been formally nominated and will
  address ⟨the Assembly⟩: A, B and C", "the three declared candidates to succeed ⟨the incumbent⟩ - A, B and C -",
  "Two people are running for the post, namely A and B"); not a count of possible, likeliest or would-be candidates,
  nor of candidates for another post ("Three candidates for the Council presidency: A, B and C");
- a role noun with an adverbial of the race's start ("was, from the outset, the first declared candidate to succeed
  X");
- what the person is, said of their place in the race ("the only former head of state in the race", "the only
  African still in the running");
- a refused or ruled-out leaving with a day or a manner between the refusal and its verb, and verbs that may also
  leave an office when nothing else is named as left ("refused on Tuesday to step aside", "has no intention of
  quitting", "declined again to pull out"): the candidate is in the race; not "has no intention of quitting
  politics", "refused to step aside as head of the agency".
- a name apposed before a candidate's rival ("X, Y's only rival for the post,": X, and Y too since session 27),
  not a rival of another contest, a former or a hoped-for one;
- the race's people leaving it, then listed ("One by one her rivals fell away: A of S after the first straw poll, B
  in mid-September and finally C"): each a candidacy and a withdrawal; not rivals who only could leave;
- the one whose entry sets up a contest named by its size ("X's entry sets up a two-way contest with Y": X too), an
  entry told before its person ("Since his entry into the race last October, X has ..."), rivals faced after a
  rival's withdrawal ("X faces only Y after Z's withdrawal").
Only candidacy and withdrawal events are compared (the sentences may state other events).
"""
from __future__ import annotations

import datetime as dt

import pytest

from natowatch.extract import extract_events

NATO_DAY, UN_DAY = dt.date(2024, 5, 16), dt.date(2026, 9, 30)
NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
RUTTE, IOHANNIS, KALLAS, WALLACE, KARINS = "Mark Rutte", "Klaus Iohannis", "Kaja Kallas", "Ben Wallace", "Krisjanis Karins"
GROSSI, BACHELET, GRYNSPAN = "Rafael Grossi", "Michelle Bachelet", "Rebeca Grynspan"


def _events(story, title: str, text: str, day: dt.date) -> set[tuple[str, str]]:
    return {(e.type, e.subject) for e in extract_events(title, text, day, story) if e.type in ("candidacy", "withdrawal")}


def c(*names: str) -> set[tuple[str, str]]:
    return {("candidacy", n) for n in names}


NATO_CASES = [
    # counted people, then the list in any punctuation, the post or a body of the race named before it
    # (the exit of Wallace is his withdrawal, stated as fact: lexicon withdrawal.nouns, scope25)
    ("The exit of Wallace leaves two contenders: Rutte and Romania's Klaus Iohannis.", c(RUTTE, IOHANNIS) | {("withdrawal", WALLACE)}),
    ("Ambassadors will hear the two declared candidates to succeed Jens Stoltenberg — Rutte and Iohannis — next week.",
     c(RUTTE, IOHANNIS)),
    ("Two people are running for the post, namely Rutte and Iohannis.", c(RUTTE, IOHANNIS)),
    ("Three women are vying for the top job: Kallas, a Danish minister and a Croatian diplomat.", c(KALLAS)),
    ("Two candidates have been formally put forward and will meet the North Atlantic Council: Rutte and Iohannis.",
     c(RUTTE, IOHANNIS)),
    ("Two would-be candidates: Rutte and Kallas.", set()),
    ("The candidates who might enter later - Kallas and Wallace - are waiting.", set()),
    ("The two likeliest contenders to succeed Stoltenberg - Rutte and Kallas - met in Brussels.", set()),
    ("Two candidates for the European Commission presidency: Rutte and Kallas.", set()),
    ("Two people are running the ministry, namely Rutte and Kallas.", set()),
    ("Two candidates could still enter the race: Kallas and Wallace.", set()),
    # a role with an adverbial of the race's start, an infinitive after it
    ("Rutte was, from the outset, the first declared candidate to succeed Stoltenberg.", c(RUTTE)),
    ("Iohannis has been since the start the only other declared candidate.", c(IOHANNIS)),
    ("Kallas would be the first woman to succeed Stoltenberg.", set()),
    ("Rutte was, from the outset, the likeliest candidate to succeed Stoltenberg.", set()),
    # what the person is, in the race
    ("Iohannis is the only sitting president in the running.", c(IOHANNIS)),
    ("Kallas is the only woman left in the race.", c(KALLAS)),
    ("Rutte is the only former prime minister still in contention.", c(RUTTE)),
    ("Iohannis is the only sitting president in the region.", set()),
    ("Kallas would be the only woman in the race.", set()),
    ("Rutte is not the only former prime minister in the cabinet.", set()),
    # a refused leaving: a day or a manner between, a verb that may also leave an office
    ("Iohannis has no intention of quitting.", c(IOHANNIS)),
    ("Kallas refused on Monday to step aside.", c(KALLAS)),
    ("Iohannis declined again to pull out of the race.", c(IOHANNIS)),
    ("Iohannis refused flatly to quit before the summit.", c(IOHANNIS)),
    ("Iohannis has no intention of quitting his post as president.", set()),
    ("Rutte has no intention of quitting politics.", set()),
    ("Kallas refused on Monday to step aside as prime minister.", set()),
    ("Iohannis threatened on Monday to quit.", set()),
    # a name apposed before a candidate's rival
    # (a rival of the race states its owner's bid too, as construction sets 17 and 18 label it: field27)
    ("Romanian President Klaus Iohannis, Rutte's only rival for the post, spoke in Bucharest.", c(IOHANNIS, RUTTE)),
    ("Klaus Iohannis, Rutte's only challenger, met the press.", c(IOHANNIS)),
    ("Kallas, Rutte's rival in the 2010 election, spoke.", set()),
    ("Iohannis, who could become Rutte's main rival, spoke.", set()),
    ("Kallas, Rutte's former rival, spoke.", set()),
    # the race's people leaving, listed
    ("One by one his rivals dropped out: Kallas in March, Wallace in April and finally Iohannis.",
     c(KALLAS, WALLACE, IOHANNIS) | {("withdrawal", n) for n in (KALLAS, WALLACE, IOHANNIS)}),
    ("His rivals could still drop out: Kallas and Wallace.", set()),
    ("Rutte's would-be rivals fell away: Kallas and Wallace.", set()),
    # the one whose entry set up a sized contest; an entry told before its person; rivals faced after a withdrawal
    ("Iohannis's entry sets up a two-way contest with Rutte.", c(IOHANNIS, RUTTE)),
    ("Iohannis's entry would set up a two-way contest with Rutte.", set()),
    ("Since his entry into the race last October, Iohannis has visited ten capitals.", c(IOHANNIS)),
    ("Since his entry into politics, Iohannis has visited ten capitals.", set()),
    ("Rutte now faces only Iohannis, now that Kallas has pulled out.", c(RUTTE, IOHANNIS) | {("withdrawal", KALLAS)}),
    ("Rutte faces only Iohannis after the summit.", set()),
    ("His rivals dropped out one after another: Kallas in March; Wallace, who had never formally declared, in April; "
     "and finally Iohannis.", c(KALLAS, WALLACE, IOHANNIS) | {("withdrawal", n) for n in (KALLAS, WALLACE, IOHANNIS)}),
    ("Rutte's campaign now needs Turkey's support.", c(RUTTE)),
    ("Rutte's campaign would need Turkey's support.", set()),
]

UN_CASES = [
    ("The withdrawal leaves three candidates: Grossi, Chile's Michelle Bachelet and Rebeca Grynspan.",
     c(GROSSI, BACHELET, GRYNSPAN)),
    ("Diplomats met the three declared candidates to succeed Antonio Guterres - Bachelet, Grynspan and Grossi - on Monday.",
     c(GROSSI, BACHELET, GRYNSPAN)),
    ("Three candidates have been formally nominated and will address the General Assembly: Grossi, Bachelet and Grynspan.",
     c(GROSSI, BACHELET, GRYNSPAN)),
    ("That leaves just two hopefuls in the race: Bachelet and Grossi.", c(BACHELET, GROSSI)),
    ("Three people are competing for the post of secretary-general, namely Grossi, Bachelet and Grynspan.",
     c(GROSSI, BACHELET, GRYNSPAN)),
    ("The three possible candidates to succeed Antonio Guterres - Bachelet, Grynspan and Grossi - have not yet declared.",
     set()),
    ("Three candidates could enter the race: Grossi, Bachelet and Grynspan.", set()),
    ("Three names are being floated: Grossi, Bachelet and Grynspan.", set()),
    ("Three candidates for the Council presidency: Grossi, Bachelet and Grynspan.", set()),
    ("Two candidates to head the IAEA board - Grossi and Bachelet - spoke.", set()),
    ("The three likelier contenders - Grossi, Bachelet and Grynspan - spoke.", set()),
    ("Grynspan became in March the second declared candidate to succeed Guterres.", c(GRYNSPAN)),
    ("Bachelet is the only former head of state in the race.", c(BACHELET)),
    ("Grossi is the only African in the race.", c(GROSSI)),
    ("Grynspan is the only economist still in the running.", c(GRYNSPAN)),
    ("Bachelet is the only former head of state in the room.", set()),
    ("Grossi would be the only diplomat in the race.", set()),
    ("Bachelet was the first woman to lead Chile.", set()),
    ("Grossi is the first Argentine to head the IAEA.", set()),
    ("Grossi refused on Tuesday to step aside.", c(GROSSI)),
    ("Bachelet has no intention of quitting before the vote.", c(BACHELET)),
    ("Grynspan refused last week to give up despite the veto.", c(GRYNSPAN)),
    ("Grossi refused to step aside as head of the IAEA.", set()),
    ("Bachelet has no intention of quitting her foundation.", set()),
    ("Grynspan is ready to step aside.", set()),
    ("Grossi never gave up, and in July Spain endorsed him.", set()),
    ("Bachelet says she will not quit.", c(BACHELET)),
    ("Rebeca Grynspan, Bachelet's main rival for the job, visited Beijing.", c(GRYNSPAN, BACHELET)),
    ("Grossi, Bachelet's closest rival in the race, flew to Moscow.", c(GROSSI, BACHELET)),
    ("Grynspan, Bachelet's old rival for the Costa Rican vice-presidency, spoke.", set()),
    ("One by one her rivals fell away: Grossi of Argentina after the first straw poll, Grynspan in mid-September and "
     "finally Amara Okonkwo.", c(GROSSI, GRYNSPAN, "Amara Okonkwo")
     | {("withdrawal", n) for n in (GROSSI, GRYNSPAN, "Amara Okonkwo")}),
    ("Her rivals withdrew in turn — Grossi, then Grynspan.", c(GROSSI, GRYNSPAN) | {("withdrawal", GROSSI), ("withdrawal", GRYNSPAN)}),
    ("Her rivals in the Chilean election fell away: Grossi and Grynspan.", set()),
    ("Bachelet's entry created a three-way race with Grossi and Grynspan.", c(BACHELET, GROSSI, GRYNSPAN)),
    ("Grynspan's late announcement on Monday turned the race into a three-way contest with Grossi and Bachelet.",
     c(BACHELET, GROSSI, GRYNSPAN)),
    ("Bachelet's possible entry could create a three-way race with Grossi and Grynspan.", set()),
    ("Since her surprise entry into the contest, Grynspan has won two endorsements.", c(GRYNSPAN)),
    ("Since her possible entry into the race, Grynspan has been silent.", set()),
    ("Rafael Grossi faces only Michelle Bachelet after Grynspan's withdrawal.", c(GROSSI, BACHELET) | {("withdrawal", GRYNSPAN)}),
    ("Grossi faces only Bachelet following the sudden withdrawal of Grynspan.", c(GROSSI, BACHELET) | {("withdrawal", GRYNSPAN)}),
    ("Grossi faces Bachelet after the withdrawal of troops.", set()),
    # (slice 3) a list of leavers set off by semicolons, asides on its items; a campaign that has or lacks something now;
    # a campaign run with more words before it
    ("One by one her rivals fell away: Grossi of Argentina after the first straw poll in July; Grynspan of Costa Rica "
     "in mid-September; and finally Amara Okonkwo, who withdrew on October 6.",
     c(GROSSI, GRYNSPAN, "Amara Okonkwo") | {("withdrawal", n) for n in (GROSSI, GRYNSPAN, "Amara Okonkwo")}),
    ("Grynspan's campaign still lacks Mexico's backing.", c(GRYNSPAN)),
    ("Grynspan's campaign now relies on Latin American votes.", c(GRYNSPAN)),
    ("A Bachelet campaign would need Brazil's backing.", set()),
    ("Bachelet's campaign against torture still needs funds.", set()),
    ("Grossi, the Argentine who ran a determined but lonely campaign from March, bowed out.",
     c(GROSSI) | {("withdrawal", GROSSI)}),
    ("Grossi ran a long and costly campaign against the reactor's closure.", set()),
]


@pytest.mark.parametrize("sentence,expected", NATO_CASES, ids=[s[:60] for s, _ in NATO_CASES])
def test_race_facts_nato(story, sentence, expected):
    assert _events(story, NATO_TITLE, sentence, NATO_DAY) == expected


@pytest.mark.parametrize("sentence,expected", UN_CASES, ids=[s[:60] for s, _ in UN_CASES])
def test_race_facts_un(un_story, sentence, expected):
    assert _events(un_story, UN_TITLE, sentence, UN_DAY) == expected


# a nomination kept against a leaving verb is the nomination (the guide: candidacy + backing); a support kept is the
# backing alone; an intent denied keeps it as "not" does
KEPT_CASES = [
    ("u", "Chile has not withdrawn its nomination of Bachelet.",
     {("candidacy", BACHELET, "Chile"), ("endorsement", BACHELET, "Chile")}),
    ("u", "Chile has no intention of withdrawing its nomination of Bachelet.",
     {("candidacy", BACHELET, "Chile"), ("endorsement", BACHELET, "Chile")}),
    ("u", "Chile did not withdraw its support for Bachelet.", {("endorsement", BACHELET, "Chile")}),
    ("n", "Romania will not withdraw its nomination of Iohannis.",
     {("candidacy", IOHANNIS, "Romania"), ("endorsement", IOHANNIS, "Romania")}),
    ("n", "Romania has no intention of withdrawing its support for Iohannis.", {("endorsement", IOHANNIS, "Romania")}),
]


@pytest.mark.parametrize("race,sentence,expected", KEPT_CASES, ids=[s[:60] for _, s, _ in KEPT_CASES])
def test_kept_nomination(story, un_story, race, sentence, expected):
    st, title, day = (story, NATO_TITLE, NATO_DAY) if race == "n" else (un_story, UN_TITLE, UN_DAY)
    got = {(e.type, e.subject, e.actor) for e in extract_events(title, sentence, day, st)}
    assert got == expected
