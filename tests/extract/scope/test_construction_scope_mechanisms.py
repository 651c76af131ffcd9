"""Scope mechanisms of the twenty-second round (cons22, issue 12: construction set 13's weak classes and redteam21's
failure families, each built in its general form), tested with invented sentences of both races (none from a corpus
or a probe), with cases that keep their event and near-misses that must give none:

- an auxiliary set off before a speaker's aside that holds the agent is the predicate's own: "Poland will not,
  Duda said, back X" is Poland's refusal, not its support (scope._AUX_BEFORE_ASIDE, Scope.reported_aside); a modal
  there stays a modal ("may, ... said, back X");
- a comparison's standard is a clause of its own: "Never had Peru been prouder than when it nominated X" states the
  nomination (the fronted negator governs the comparison, not the "than when" clause); a negation inside the
  standard still binds its own verb;
- a leaving of the race refused or ruled out keeps the candidate in it with no object named ("will not drop out
  before the vote", "has ruled out withdrawing", "has no plans to quit"), in an article of the race; a threatened or
  conditional leaving gives nothing;
- a refusal to drop a candidate keeps the support ("will never abandon X", "refused to drop X in favour of Y"); a
  drop not yet made gives nothing;
- a stance noun said to be missing, lacking or absent is not given ("formal backing from A and B is still missing");
- a report the clause is set against ("despite reports it favours X", "contrary to claims that Y backs X") is
  doubted; a report set off before a clause of fact ("Despite the reports, Y backs X") is not;
- "it" after a verb of telling someone is the teller whatever the verb and the tense ("has reassured Latvia it
  backs X", "warned Chile it would not back X", "notified Peru it supports X": cues.telling_verbs); a verb of
  persuading leaves "it" to the one persuaded;
- a report retracted with other nouns and verbs ("the dispatch was subsequently withdrawn", "that statement was
  later rescinded", "an earlier article claiming that ... was retracted"); an amended announcement stays;
- a report doubted by a question of other words ("But what proof is there?", "Did anyone witness such a
  promise?") or left unconfirmed ("a claim the government never confirmed", "never once confirmed the report");
- an exceptive object names the one backed: "backs none other than X", "supports no candidate other than X", "has
  backed nobody but X" (frames.vocab manner slot); "none of the candidates but X says ..." and "has not backed anyone
  other than X" stay none;
- the end of a range of members ("from the Baltic states to Bulgaria") is no actor alone: the states between act;
- a stance said to stop short of the act after it ("has warmed to her, officials say, without yet committing its
  vote", "without giving him its formal backing"); "without hesitation", "without giving reasons" keep it;
- an interviewer's flat line that the answer doubts states nothing ("Ankara opposes you." / "I have heard nothing
  of the kind."; "Q: ..." / "Name: I cannot tell you if those reports are correct."); one the answer takes up stays.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import CAND as cand, E as endorse, O as oppose
from tests.extract.conftest import event_keys

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
NATO_DAY, UN_DAY = dt.date(2024, 5, 16), dt.date(2026, 3, 10)

NATO_CASES = [
    # an auxiliary before a speaker's aside
    ("Poland will not, Duda said on Friday, back Mark Rutte.", {oppose("Mark Rutte", "Poland")}),
    ("Greece cannot, its prime minister Kyriakos Mitsotakis told reporters, give its support to Klaus Iohannis.",
     {oppose("Klaus Iohannis", "Greece")}),
    ("Greece will, Mitsotakis said, back Mark Rutte.", {endorse("Mark Rutte", "Greece")}),
    ("Greece may, Mitsotakis said, back Mark Rutte.", set()),
    ("Greece would, Mitsotakis said, back Mark Rutte if the summit agreed.", set()),
    # a comparison's standard
    ("Never had Norway been prouder than when it backed Mark Rutte.", {endorse("Mark Rutte", "Norway")}),
    ("Seldom, Norwegian diplomats said, had Oslo felt more relieved than when it endorsed Mark Rutte.",
     {endorse("Mark Rutte", "Norway")}),
    ("Never had Norway been angrier than when it would not back Mark Rutte.", {oppose("Mark Rutte", "Norway")}),
    ("Never has Norway backed Mark Rutte.", set()),
    # a leaving of the race refused
    ("Klaus Iohannis will not drop out before the vote, his office said.", {cand("Klaus Iohannis")}),
    ("Iohannis has ruled out withdrawing.", {cand("Klaus Iohannis")}),
    ("Iohannis has threatened to drop out.", set()),
    ("Kallas, the Estonian premier, has not ruled herself out.", set()),
    ("If Iohannis does not drop out, Rutte will win easily.", set()),
    ("Iohannis did not step down as president.", set()),
    # a refusal to drop a candidate
    ("Latvia would never desert Mark Rutte.", {endorse("Mark Rutte", "Latvia")}),
    ("Latvia has not yet dropped Klaus Iohannis.", set()),
    ("Latvia did not abandon Klaus Iohannis.", set()),
    ("Latvia could drop Klaus Iohannis.", set()),
    # a stance noun missing
    ("Rutte leads, but formal backing from Slovakia and Hungary is still missing.", set()),
    ("Support for Rutte from Bulgaria remains absent.", set()),
    ("Rutte won backing from Bulgaria, missing only Hungary.", {endorse("Mark Rutte", "Bulgaria")}),
    # telling verbs
    ("Poland has reassured Latvia it backs Mark Rutte fully.", {endorse("Mark Rutte", "Poland")}),
    ("Turkey has told Romania it cannot support Klaus Iohannis.", {oppose("Klaus Iohannis", "Turkey")}),
    ("Denmark convinced Norway it should back Mark Rutte.", set()),
    # a retracted or doubted report
    ("Belgium has endorsed Kaja Kallas, a news agency reported; the dispatch was subsequently withdrawn.", set()),
    ("Belgium backs Rutte, its ministry said; an earlier article claiming that Brussels favoured Kallas was retracted.",
     {endorse("Mark Rutte", "Belgium")}),
    ("Croatia now supports Mark Rutte, a blogger claimed. But what proof is there?", set()),
    ("Croatia will back Kaja Kallas, according to Estonian media, although Zagreb never once confirmed the report.", set()),
    ("Croatia will back Kaja Kallas, according to Estonian media, and Zagreb confirmed the report.",
     {endorse("Kaja Kallas", "Croatia")}),
]

UN_CASES = [
    # an auxiliary before a speaker's aside
    ("Ghana will not, its foreign minister said, back Michelle Bachelet.", {oppose("Michelle Bachelet", "Ghana")}),
    ("Kenya won't, Ruto told reporters on Monday, support Rafael Grossi.", {oppose("Rafael Grossi", "Kenya")}),
    ("Kenya will, Ruto said, support Rafael Grossi.", {endorse("Rafael Grossi", "Kenya")}),
    ("Kenya could, Ruto said, support Rafael Grossi.", set()),
    # a comparison's standard
    ("Never had Peru been prouder than when it nominated Rebeca Grynspan.",
     {cand("Rebeca Grynspan"), endorse("Rebeca Grynspan", "Peru")}),
    ("Rarely has a decision pleased Uruguay more than when it endorsed Michelle Bachelet.",
     {endorse("Michelle Bachelet", "Uruguay")}),
    ("Never has Peru nominated Rebeca Grynspan.", set()),
    # a leaving of the race refused
    ("Rafael Grossi has no plans to quit the race.", {cand("Rafael Grossi")}),
    ("Grossi will not pull out, Argentina said.", {cand("Rafael Grossi")}),
    ("Grossi would not drop out unless Argentina asked him to.", set()),
    ("Grossi is ready to pull out.", set()),
    # a refusal to drop a candidate
    ("Panama will never abandon Rebeca Grynspan.", {endorse("Rebeca Grynspan", "Panama")}),
    ("Ecuador refused to drop Rebeca Grynspan in favour of Michelle Bachelet.", {endorse("Rebeca Grynspan", "Ecuador")}),
    ("If Panama does not abandon Rebeca Grynspan, Chile will.", set()),
    # a report the clause is set against
    ("No choice has been made by the Polish government, a spokesman said, despite reports it favours Grossi.", set()),
    ("Contrary to claims in the press that Brazil backs Grossi, Brasilia has made no choice.", set()),
    ("Despite the reports, Brazil backs Rafael Grossi.", {endorse("Rafael Grossi", "Brazil")}),
    # telling verbs
    ("Russia warned Argentina it would not back Rafael Grossi.", {oppose("Rafael Grossi", "Russia")}),
    ("Brazil has notified Peru it supports Michelle Bachelet.", {endorse("Michelle Bachelet", "Brazil")}),
    ("Brazil persuaded Peru it should back Michelle Bachelet.", set()),
    # a retracted or doubted report
    ("Jamaica threw its support behind Rebeca Grynspan, the government said; that statement was later rescinded.", set()),
    ("Argentina nominated Rafael Grossi, the ministry announced; the announcement was amended later to add a date.",
     {cand("Rafael Grossi"), endorse("Rafael Grossi", "Argentina")}),
    ("Bolivia is backing Rafael Grossi, a rival campaign alleged. Did anyone witness such a promise?", set()),
    ("Paraguay had told Peru that it would support Rebeca Grynspan, a claim the government in Asuncion never confirmed.",
     set()),
]

SLICE2_NATO = [
    ("Slovakia backs none other than Mark Rutte.", {endorse("Mark Rutte", "Slovakia")}),
    ("Slovakia has backed nobody but Mark Rutte.", {endorse("Mark Rutte", "Slovakia")}),
    ("Slovakia opposes none other than Klaus Iohannis.", {oppose("Klaus Iohannis", "Slovakia")}),
    ("Slovakia has not backed anyone other than Mark Rutte.", set()),
    ("Slovakia has backed nobody, but Mark Rutte hopes for its support.", set()),
    ("Allies from Estonia to Bulgaria have endorsed Mark Rutte.", set()),
    ("Much of the southern flank, from Portugal to Greece, has rallied behind Mark Rutte.", set()),
    ("In a switch from Kallas to Rutte, Estonia endorsed Mark Rutte.", {endorse("Mark Rutte", "Estonia")}),
    ("Canada has warmed to Rutte, officials say, without yet committing its vote.", set()),
    ("Canada backed Mark Rutte without hesitation.", {endorse("Mark Rutte", "Canada")}),
    ("Canada backed Mark Rutte, without giving reasons.", {endorse("Mark Rutte", "Canada")}),
]

SLICE2_UN = [
    ("Chile will support no candidate except Michelle Bachelet.", {endorse("Michelle Bachelet", "Chile")}),
    ("Peru supports no candidate other than Rebeca Grynspan.", {endorse("Rebeca Grynspan", "Peru")}),
    ("Chile has endorsed none of the candidates but Bachelet says she is hopeful.", {cand("Michelle Bachelet")}),
    ("Countries from Mexico to Chile have endorsed Michelle Bachelet.", set()),
    # a fronted emphatic negation of other words, with an inverted aside
    ("Not under any circumstances, said Egypt's foreign minister, will Egypt vote for Rebeca Grynspan.",
     {oppose("Rebeca Grynspan", "Egypt")}),
    ("Under no condition, the envoy said, would Kenya back Rafael Grossi.", {oppose("Rafael Grossi", "Kenya")}),
    ("For no reason other than loyalty, Kenya backs Rafael Grossi.", {endorse("Rafael Grossi", "Kenya")}),
    ("Peru has praised Grossi without giving him its formal backing.", set()),
    ("Brazil backed Rafael Grossi without committing to a second round.", {endorse("Rafael Grossi", "Brazil")}),
]

INTERVIEWS = [
    # a flat line of the interviewer the answer doubts
    ("nato", '"Steady as ever": an interview with Mark Rutte',
     "Prime Minister, are you worried?\n\nNot at all.\n\nOrban has vowed to block you.\n\nI am not sure he ever said that.\n\n"
     "Does Ankara back you?\n\nAsk Ankara.", set()),
    ("nato", '"Still here": an interview with Kaja Kallas',
     "Are you in the race?\n\nYes, I am a candidate.\n\nMadrid prefers Rutte.\n\nI have not heard that.\n\n"
     "Will you withdraw?\n\nNo.", {cand("Kaja Kallas")}),
    ("un", "'Every vote counts': Rafael Grossi on the race",
     "Director General, when will you decide?\n\nI already have. I am a candidate for secretary-general.\n\n"
     "Egypt supports you.\n\nI have heard nothing of the kind.\n\nAnd Kenya?\n\nNairobi will choose.", {cand("Rafael Grossi")}),
    # ... one the answer takes up stays
    ("un", "'Every vote counts': Rafael Grossi on the race",
     "Director General, when will you decide?\n\nI already have. I am a candidate for secretary-general.\n\n"
     "Egypt supports you.\n\nYes, and I am grateful to Cairo.\n\nAnd Kenya?\n\nNairobi will choose.",
     {cand("Rafael Grossi"), endorse("Rafael Grossi", "Egypt")}),
    # a labelled transcript
    ("un", "Grossi on Cairo", "Q: There are reports that Egypt now supports you.\nGrossi: I cannot tell you if those "
     "reports are correct.", set()),
    ("un", "Grossi on Cairo", "Q: There are reports that Egypt now supports you.\nGrossi: Yes, and I thank Cairo.",
     {endorse("Rafael Grossi", "Egypt")}),
]


@pytest.mark.parametrize("text,expected", NATO_CASES)
def test_nato_constructions_round22(story, text, expected):
    assert event_keys(story, NATO_TITLE, text, NATO_DAY) == expected


@pytest.mark.parametrize("text,expected", UN_CASES)
def test_un_constructions_round22(un_story, text, expected):
    assert event_keys(un_story, UN_TITLE, text, UN_DAY) == expected


@pytest.mark.parametrize("text,expected", SLICE2_NATO)
def test_nato_exceptions_round22(story, text, expected):
    assert event_keys(story, NATO_TITLE, text, NATO_DAY) == expected


@pytest.mark.parametrize("text,expected", SLICE2_UN)
def test_un_exceptions_round22(un_story, text, expected):
    assert event_keys(un_story, UN_TITLE, text, UN_DAY) == expected


@pytest.mark.parametrize("race,title,text,expected", INTERVIEWS)
def test_interview_premises_round22(story, un_story, race, title, text, expected):
    assert event_keys(story if race == "nato" else un_story, title, text, NATO_DAY if race == "nato" else UN_DAY) == expected
