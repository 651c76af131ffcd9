"""Families of extraction that broke on fresh text (round 20, red20, from redteam19's probes): each fixed as a
lexicon class the mechanism reads, so that a synonym or a paraphrase works too. Invented sentences of both races
(not the probes' words), about half near-misses that must give no event.

- a stance noun whose predicate says it has not arrived or is out of reach (cues.unattained_predicates,
  cues.arriving_verbs after "yet to" / a negation / "never", more unassured_predicates after "never" and an adverb):
  "Backing from Madrid for X is nowhere in sight", "... has yet to emerge", "... never came", "... was never formally
  conveyed"; not when it came or was conveyed;
- a noun of refusing a support noun is one opposition noun (opposition.refusing_nouns: refusal, rejection, denial,
  rebuff, withholding): "met a rejection of backing from Budapest", "Slovakia's rejection of any support for X";
  the support noun inside is no endorsement; a rejection of something else is nothing;
- a refusal as the participle of a second verb phrase ("hosted X while declining to endorse him": the refusal cues
  ending in -ing), not a refusal to comment;
- a rivalry met in the race (candidacy.rivalry_nouns / rivalry_modifiers / rival_nouns): "faces a bruising battle in
  the race for <post> from Y", "In the contest for <post>, X faces a challenger in Y"; not where no race is named
  ("faces mounting pressure from Y over budgets");
- a stance kept or continued (endorsement.keeping_verbs, as giving verbs: "stuck to its endorsement of X") and the
  state's former government's stance as its own (endorsement.predecessor_nouns: "has preserved its predecessor's
  backing for X", "reversed the previous government's support for X", "is reassessing its predecessor's
  endorsement of X"); not its predecessor's other acts;
- a withdrawal noun with a day between it and its "of" ("the withdrawal on Monday of X"), list items with days
  ("of A last spring and B on Tuesday"), one noun for two items with "of" repeated; not a possibility;
- a stance verb's object as the subject of a non-finite clause ("will not back X taking over in October", "opposes X
  becoming <post> next month"): the stance only, no taking of office;
- a report left unconfirmed by what follows a semicolon or a comma (someone unable to confirm it: cues.confirming_verbs;
  the report taken back or down: cues.unconfirmed), and doubting questions that ask for what would make it a fact
  (cues.evidence_nouns: "What is the source?") or whether anyone saw it; not "could not say when";
- fronted clauses that put no condition on the sentence (cues.rhetorical_openings: "In case anyone was wondering,
  ...", "Win or lose, ..."), read as if absent; a real condition stays one;
- a short item (a feed's summary) naming no race whose bid noun is "of" one of the story's candidates is the race's
  ("Poland kept its nomination of X"); "of" anyone else stays another aim.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import CAND as cand, E as endorse, O as oppose, WD as withdraw
from tests.extract.conftest import event_keys

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
NATO_DAY, UN_DAY = dt.date(2024, 4, 12), dt.date(2026, 6, 12)
RUTTE, IOHANNIS, KALLAS, KARINS = "Mark Rutte", "Klaus Iohannis", "Kaja Kallas", "Krisjanis Karins"
GROSSI, BACHELET, GRYNSPAN = "Rafael Grossi", "Michelle Bachelet", "Rebeca Grynspan"

NATO_CASES = [
    # ---- a stance not arrived, out of reach, not made known
    ("Backing from Madrid for Rutte is still nowhere in sight, aides admit.", set()),
    ("Turkish support for Kallas has yet to emerge.", set()),
    ("Slovak backing for Iohannis never came.", set()),
    ("Polish support for Rutte was never formally conveyed to The Hague.", set()),
    ("Support from Madrid for Rutte came on Tuesday.", {endorse(RUTTE, "Spain")}),
    ("Spanish support for Rutte is now a matter of record.", {endorse(RUTTE, "Spain")}),
    # ---- a noun of refusing a support noun
    ("Kallas met a rejection of backing from Budapest.", {oppose(KALLAS, "Hungary")}),
    ("Slovakia's rejection of any support for Iohannis surprised Bucharest.", {oppose(IOHANNIS, "Slovakia")}),
    ("Slovakia's rejection of the spending plan angered Rutte.", set()),
    ("Rutte welcomed the support of Slovakia.", {endorse(RUTTE, "Slovakia")}),
    # ---- a refusal as the second verb phrase's participle
    ("Spain hosted Iohannis while declining to endorse him.", {oppose(IOHANNIS, "Spain")}),
    ("Spain hosted Iohannis while declining to comment on the race.", set()),
    # ---- a rivalry met in the race
    ("Rutte faces a bruising battle in the race for NATO secretary general from Iohannis.", {cand(RUTTE), cand(IOHANNIS)}),
    ("In the contest for NATO secretary general, Kallas faces a challenger in Karins.", {cand(KALLAS), cand(KARINS)}),
    ("Rutte faces mounting pressure from Kallas over defence budgets.", set()),
    ("Kallas faces a challenger in Karins at the Estonian party congress.", set()),
    # ---- a stance kept, the predecessor's stance
    ("Poland has preserved its predecessor's backing for Rutte.", {endorse(RUTTE, "Poland")}),
    ("Poland stuck to its endorsement of Rutte after the election.", {endorse(RUTTE, "Poland")}),
    ("Italy reversed the previous government's support for Iohannis.", {endorse(IOHANNIS, "Italy")}),
    ("Poland preserved its predecessor's ban on imports, Rutte noted.", set()),
    # ---- a withdrawal noun with a day between
    ("After the withdrawal on Monday of Karins, the contest narrowed.", {withdraw(KARINS)}),
    ("The withdrawals of Karins last spring and Kallas on Tuesday narrowed the contest.", {withdraw(KARINS), withdraw(KALLAS)}),
    ("After the withdrawal on Monday of Dutch troops from Iraq, Rutte spoke to reporters.", set()),
    # ---- a non-finite clause after a stance verb's object
    ("Slovakia will not back Iohannis taking over in October.", {oppose(IOHANNIS, "Slovakia")}),
    ("Turkey opposes Kallas becoming secretary general next month.", {oppose(KALLAS, "Turkey")}),
    # ---- a report left unconfirmed, doubting questions
    ("A clip shared on Telegram said Spain backed Iohannis; diplomats were unable to verify it.", set()),
    # (the withdrawal doubted: she stays in the race the report presupposes, as with a denied one)
    ("A message on Facebook said Kallas had quit the race; the post was later deleted.", {cand(KALLAS)}),
    ("Spain backed Iohannis; diplomats could not say when.", {endorse(IOHANNIS, "Spain")}),
    ("Bloggers claim Spain now backs Iohannis. What is the source?", set()),
    ("Bloggers claim Spain now backs Iohannis. Has anybody verified it?", set()),
    ("Spain now backs Iohannis. Where is the summit?", {endorse(IOHANNIS, "Spain")}),
    # ---- fronted clauses that are no condition
    ("In case anyone was wondering, Poland has endorsed Rutte.", {endorse(RUTTE, "Poland")}),
    ("If Poland endorses Rutte, Hungary will follow.", set()),
]

UN_CASES = [
    # ---- a stance not arrived, out of reach, not made known
    ("Brazilian backing for Grynspan remains a distant prospect.", set()),
    ("Peruvian support for Bachelet has not been relayed to Santiago.", set()),
    ("Chinese backing for Grynspan failed to materialize.", set()),
    ("Peru's support for Bachelet was relayed to Santiago on Friday.", {endorse(BACHELET, "Peru")}),
    # ---- a noun of refusing a support noun
    ("Grossi got a denial of support from Beijing.", {oppose(GROSSI, "China")}),
    ("Bachelet suffered a rebuff of endorsement from Washington.", {oppose(BACHELET, "United States")}),
    ("Grossi got a denial of the visa request from Beijing.", set()),
    # ---- a refusal as the second verb phrase's participle
    ("Ecuador received Bachelet in Quito while refusing to back her.", {oppose(BACHELET, "Ecuador")}),
    ("Ecuador received Bachelet in Quito while refusing to discuss the race.", set()),
    # ---- a rivalry met in the race
    ("Grossi faces a fierce duel in the race for UN secretary-general from Grynspan.", {cand(GROSSI), cand(GRYNSPAN)}),
    ("Grynspan faces stiff resistance from Bachelet on trade policy.", set()),
    # ---- a stance kept, the predecessor's stance
    ("Peru honoured its predecessor's nomination of Bachelet.", {endorse(BACHELET, "Peru")}),
    ("Uruguay is reassessing its predecessor's endorsement of Grossi.", {endorse(GROSSI, "Uruguay")}),
    ("Uruguay is reassessing its predecessor's trade deals with Argentina, Grossi said.", set()),
    # ---- a withdrawal noun with a day between, "of" repeated
    ("The withdrawal of Grossi in March and of Bachelet in June narrowed the contest.", {withdraw(GROSSI), withdraw(BACHELET)}),
    ("The withdrawal of Grossi on Monday would reshape the race.", set()),
    # ---- a non-finite clause after a stance verb's object
    ("China cannot accept Bachelet becoming secretary-general on January 1.", {oppose(BACHELET, "China")}),
    # ---- a report left unconfirmed, doubting questions
    ("A tweet said Uruguay backed Grossi; officials in Montevideo could not corroborate the report.", set()),
    ("A tweet said Uruguay backed Grossi, though the tweet was later taken down.", set()),
    ("A tweet said Uruguay backed Grossi, and officials in Montevideo confirmed it.", {endorse(GROSSI, "Uruguay")}),
    # ---- fronted clauses that are no condition
    ("Win or lose, Chile has nominated Bachelet.", {cand(BACHELET), endorse(BACHELET, "Chile")}),
    ("Whether Chile nominates Bachelet is unclear.", set()),
]

# short items (a feed's summary) with a headline that names no race
SHORT_CASES = [
    ("nato", "Warsaw holds firm", "Poland kept its nomination of Rutte.", {endorse(RUTTE, "Poland")}),
    ("nato", "Warsaw holds firm", "Poland kept its nomination of Tusk for the court.", set()),
    ("un", "Lima holds firm", "Peru has retained its nomination of Grynspan.", {endorse(GRYNSPAN, "Peru")}),
    ("un", "Lima holds firm", "Peru has retained its nomination of Castillo.", set()),
]


@pytest.mark.parametrize("text,expected", NATO_CASES)
def test_nato_families(story, text, expected):
    assert event_keys(story, NATO_TITLE, text, NATO_DAY) == expected


@pytest.mark.parametrize("text,expected", UN_CASES)
def test_un_families(un_story, text, expected):
    assert event_keys(un_story, UN_TITLE, text, UN_DAY) == expected


@pytest.mark.parametrize("race,title,text,expected", SHORT_CASES)
def test_short_items(story, un_story, race, title, text, expected):
    assert event_keys(story if race == "nato" else un_story, title, text, NATO_DAY if race == "nato" else UN_DAY) == expected
