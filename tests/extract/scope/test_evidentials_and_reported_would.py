"""Mechanisms added in the seventh round, each tested with invented sentences of both races (none
from a corpus), each with cases that must give an event and cases that must not:

- an evidential infinitive ("is understood to back", "is said to oppose") reports a stance;
- "would" reported by a clause after it ("Turkey would back Rutte, Erdogan's office said") is the
  stance stated, as "said Turkey would back Rutte" is; a commentator's "would" stays a forecast;
- a candidate's own campaign as the subject of a clause is the candidacy (the guide: "since the
  start of her campaign"); a campaign about something else is not;
- "no longer in the running / in contention / a candidate" is a withdrawal;
- a transcript's question ("Q: Will Hungary back Rutte?") asks, it does not state;
- a candidate as the object of a stance ("pledged its backing to Rutte in the race") is not said
  to be running by that sentence;
- a nomination participle set off after the name ("Bachelet, nominated by Chile and Brazil, ...").
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import CAND as cand, E as endorse, O as oppose, WD as withdraw
from tests.extract.conftest import event_keys

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
RUTTE, IOHANNIS, KALLAS = "Mark Rutte", "Klaus Iohannis", "Kaja Kallas"
GROSSI, BACHELET = "Rafael Grossi", "Michelle Bachelet"


def _keys(story, title: str, text: str, published=dt.date(2024, 5, 16)) -> set[tuple]:
    return event_keys(story, title, text, published)


NATO = [
    # an evidential infinitive reports the stance
    ("Paris is understood to support Rutte for the top NATO job.", {endorse(RUTTE, "France")}),
    ("Ankara is said to oppose Rutte, according to two diplomats.", {oppose(RUTTE, "Turkey")}),
    ("Slovakia is known to favour Iohannis for secretary general.", {endorse(IOHANNIS, "Slovakia")}),
    # ... a prediction or a wish is not one
    ("Paris is expected to support Rutte for the top NATO job.", set()),
    ("Paris is unlikely to support Rutte for the top NATO job.", set()),
    # "would" reported by the clause after it
    ("Turkey would back Rutte for NATO secretary general, Erdogan's office said on Friday.", {endorse(RUTTE, "Turkey")}),
    ("Estonia would instead support Mark Rutte as NATO chief, Kallas added.", {endorse(RUTTE, "Estonia")}),
    ("Hungary would never support Rutte for secretary general, Orban told reporters.", {oppose(RUTTE, "Hungary")}),
    # ... not a commentator's forecast, and not under a condition
    ("Turkey would back Rutte for NATO secretary general, analysts said.", set()),
    ("Turkey would back Rutte for NATO secretary general if he won over Orban, officials said.", set()),
    ("Turkey would probably back Rutte for NATO secretary general, one analyst wrote.", set()),
    # a candidate's campaign as a clause's subject
    ("Rutte's campaign for the NATO post began in earnest last autumn.", {cand(RUTTE)}),
    ("The Dutchman met Erdogan. Rutte's campaign gathered pace in March.", {cand(RUTTE)}),
    ("Iohannis's campaign for a second presidential term was not an issue for NATO.", set()),
    ("Rutte's campaign against the far right was years ago, a NATO diplomat said.", set()),
    ("Rutte's election campaign in 2021 is not relevant for NATO.", set()),
    # no longer in the race
    ("Kallas said on Monday that she was no longer in the running for NATO secretary general.", {withdraw(KALLAS)}),
    ("Iohannis is no longer in contention for the NATO job.", {withdraw(IOHANNIS)}),
    ("Iohannis is still in contention for the NATO job.", {cand(IOHANNIS)}),
    ("Kallas was never in the running for NATO secretary general.", set()),
    # a transcript's question asks
    ("Q: Will Lithuania support Iohannis for NATO secretary general?", set()),
    ("Interviewer: Does Hungary back Rutte for NATO chief?", set()),
    ("A: Lithuania supports Rutte for NATO secretary general.", {endorse(RUTTE, "Lithuania")}),
    # the object of a stance is not said to be running by it
    ("Britain pledged its backing to Rutte in the race for NATO secretary general.", {endorse(RUTTE, "United Kingdom")}),
    ("Rutte is in the race for NATO secretary general, and Britain backs him.", {cand(RUTTE), endorse(RUTTE, "United Kingdom")}),
]

UN = [
    ("Washington is understood to oppose Bachelet's bid for secretary-general.", {oppose(BACHELET, "United States")}),
    ("Madrid is reported to back Grossi for UN secretary-general.", {endorse(GROSSI, "Spain")}),
    ("Madrid is likely to back Grossi for UN secretary-general.", set()),
    ("Mexico would back Bachelet for secretary-general, the foreign ministry said in a statement.",
     {endorse(BACHELET, "Mexico")}),
    ("Mexico would back Bachelet for secretary-general, diplomats predicted.", set()),
    ("Bachelet's campaign for secretary-general has struggled since the summer.", {cand(BACHELET)}),
    ("Grossi's campaign to curb nuclear smuggling won praise at the UN.", set()),
    ("Bachelet told El Pais she was no longer a candidate for UN secretary-general.", {withdraw(BACHELET)}),
    ("Q: Is Chile still backing Bachelet for secretary-general?", set()),
    ("Bachelet, nominated by Chile, Brazil and Mexico, is the front-runner for secretary-general.",
     {cand(BACHELET), endorse(BACHELET, "Chile"), endorse(BACHELET, "Brazil"), endorse(BACHELET, "Mexico")}),
    ("Grossi, put forward by Argentina last year, leads the race for UN secretary-general.",
     {cand(GROSSI), endorse(GROSSI, "Argentina")}),
    ("Bachelet, criticised by Argentina, met Grossi at the UN.", set()),
]


# stances that were not given; assessments; plural demonyms; verbs of regional English; agents after an aside
ROUND5B_NATO = [
    ("Hungary withheld its support for Rutte in the NATO race.", {oppose(RUTTE, "Hungary")}),
    ("Rutte lacked the support of Hungary in the NATO race.", set()),
    ("Rutte still lacks Hungary's backing for NATO secretary general.", set()),
    ("Hungary gave its support for Rutte in the NATO race.", {endorse(RUTTE, "Hungary")}),
    ("Rutte is the strongest candidate for NATO secretary general.", set()),
    ("Iohannis is a strong candidate for NATO secretary general, Romanian media say.", set()),
    ("Rutte is a declared candidate for NATO secretary general.", {cand(RUTTE)}),
    ("Most Americans back Rutte for NATO chief, a poll found.", set()),
    ("The Americans and the Germans have all committed to Rutte for NATO secretary general.",
     {endorse(RUTTE, "United States"), endorse(RUTTE, "Germany")}),
    ("Rutte has committed to reforms at NATO.", set()),
    ("Rutte, backed by the Netherlands and, since January, by Italy, leads the NATO race.",
     {endorse(RUTTE, "Netherlands"), endorse(RUTTE, "Italy")}),
    ("Rutte, backed by the Netherlands and, to a lesser degree, Italy, leads the NATO race.",
     {endorse(RUTTE, "Netherlands"), endorse(RUTTE, "Italy")}),
]

ROUND5B_UN = [
    ("Uruguay postulates Lucia Marandet as candidate for UN secretary-general.",
     {cand("Lucia Marandet"), endorse("Lucia Marandet", "Uruguay")}),
    ("The government of Chile promotes Bachelet for UN secretary-general.", {endorse(BACHELET, "Chile")}),
    ("The Mexican government has committed to Bachelet for secretary-general.", {endorse(BACHELET, "Mexico")}),
    ("Chile promotes human rights at the UN, Bachelet said.", set()),
    ("Grossi lacked the backing of Russia in the race for UN secretary-general.", set()),
]


# entities and frames read from the misses of blind set 5 (each with invented sentences of its own)
ROUND5C_NATO = [
    # a former minister does not speak for the state
    ("Vaitkus, the former Lithuanian defence minister, said that he personally backs Rutte for NATO chief.", set()),
    ("The Lithuanian defence minister said that Lithuania backs Rutte for NATO chief.", {endorse(RUTTE, "Lithuania")}),
    # a support noun after a determiner is no verb: "citing the support Rutte had gathered"
    ("Kallas, citing the support Rutte had gathered, met Orban in the NATO race.", set()),
    ("Kallas backed Rutte for NATO chief, citing the support he had gathered.", {endorse(RUTTE, "Estonia")}),
    # "he" and "she" are never the object of a stance verb
    ("Allies, whose backing he will need, meet in June, Rutte said of the NATO race.", set()),
    # ", and" joins two names into a list only after a list of two
    ("Rutte met Iohannis, and Kallas said she backs Rutte for NATO chief.", {endorse(RUTTE, "Estonia")}),
    ("Rutte, Iohannis, and Kallas are candidates for NATO secretary general.", {cand(RUTTE), cand(IOHANNIS), cand(KALLAS)}),
    # a relative's noun is the head's: "whose votes matter" is no stance
    ("Rutte leads the NATO race. Hungary and Slovakia, whose votes matter, have kept their counsel.", set()),
    # a bare withdrawal dated by a month; a clause after ", and" that follows the post
    ("Ben Wallace wanted the NATO post. He withdrew in June of that year.", {cand("Ben Wallace"), withdraw("Ben Wallace")}),
    ("Ben Wallace wanted the NATO post. He withdrew in protest from the cabinet.", {cand("Ben Wallace")}),
    ("The defence secretary Ben Wallace said he wants the NATO job, and Downing Street backs him.",
     {cand("Ben Wallace"), endorse("Ben Wallace", "United Kingdom")}),
    # lexicon
    ("Rutte, who has been campaigning to succeed Jens Stoltenberg since October, met Orban.", {cand(RUTTE)}),
    ("Rutte has been campaigning to change NATO's defence spending rules since October.", set()),
    ("Denkov said his country stands with Rutte for NATO secretary general.", {endorse(RUTTE, "Bulgaria")}),
    ("Wallace, who had openly lobbied for the NATO job, met Austin.", {cand("Ben Wallace")}),
    ("Karins told journalists that he is interested about the NATO post.", {cand("Krisjanis Karins")}),
    ("Karins said that he is not anymore in the race for NATO secretary general.", {withdraw("Krisjanis Karins")}),
    ("Iohannis said on Friday that he was withdrawing from the race for NATO chief.", {withdraw(IOHANNIS)}),
    ("Poland backed Rutte for NATO chief, and Spain has done the same.", {endorse(RUTTE, "Poland"), endorse(RUTTE, "Spain")}),
    ("Rutte, who has the United States firmly behind him, leads the NATO race.", {endorse(RUTTE, "United States")}),
    ("Rutte, with the United States behind the plan, met Orban in the NATO race.", set()),
    ("Rutte leads the NATO race. Romania's president is Iohannis, whom Bucharest nominated earlier this month.",
     {cand(IOHANNIS), endorse(IOHANNIS, "Romania")}),
]

ROUND5C_UN = [
    ("Grossi, who is backed by his native Argentina, leads the race for secretary-general.",
     {endorse(GROSSI, "Argentina")}),
    ("Bachelet ran for UN secretary-general. Her candidacy, backed to the end by Brazil and Mexico, was the strongest.",
     {cand(BACHELET), endorse(BACHELET, "Brazil"), endorse(BACHELET, "Mexico")}),
    ("Grossi leads the race. Argentina's government supports his aspiration to lead the UN.", {endorse(GROSSI, "Argentina")}),
    ("Grossi, in Vienna, is running a disciplined campaign for UN secretary-general.", {cand(GROSSI)}),
    ("Grossi is running the IAEA with a firm hand, diplomats at the UN say.", set()),
    ("The OAS secretary general, Albert Ramdin, was the only candidate after Ruben Lezcano withdrew from the race.", set()),
    # ", and" after one name opens a clause: the name after it is not nominated too
    ("Ghana nominated its former finance minister Ekow Mensah-Bonsu for secretary-general, and Kenyan President "
     "William Ruto welcomed the nomination.", {cand("Ekow Mensah-Bonsu"), endorse("Ekow Mensah-Bonsu", "Ghana")}),
    ("Ghana nominated Ekow Mensah-Bonsu, Ama Owusu, and Kofi Boateng for the post of secretary-general.",
     {cand("Ekow Mensah-Bonsu"), endorse("Ekow Mensah-Bonsu", "Ghana"), cand("Ama Owusu"), endorse("Ama Owusu", "Ghana"),
      cand("Kofi Boateng"), endorse("Kofi Boateng", "Ghana")}),
    ("Paraguay's foreign minister, Ruben Ramirez, said Paraguay backs Grossi for secretary-general.",
     {endorse(GROSSI, "Paraguay")}),
    ("Former Kenyan President Uhuru Kenyatta is a candidate for UN secretary-general.", {cand("Uhuru Kenyatta")}),
    # an explainer's heading names the person "its former foreign minister" is, after a nominating verb
    ("The race has four names.\nTeresa Villagran (Uruguay)\nMontevideo put forward its former foreign minister on "
     "December 10.\nAnton Stavrev (Bulgaria)\nBulgaria's government nominated its former foreign minister in November.",
     {cand("Teresa Villagran"), endorse("Teresa Villagran", "Uruguay"), cand("Anton Stavrev"),
      endorse("Anton Stavrev", "Bulgaria")}),
    ("Grossi leads the race. Bulgaria sent its former foreign minister to the talks on Monday.", set()),
    # the state an article gives an unlisted candidate makes "the <demonym> candidate" that person
    ("Uruguay postulates Teresa Villagran of Uruguay as candidate for UN secretary-general. Bolivia gave its "
     "support to the Uruguayan candidate the same day.",
     {cand("Teresa Villagran"), endorse("Teresa Villagran", "Uruguay"), endorse("Teresa Villagran", "Bolivia")}),
    # a nominating state need not be the person's own: "Peru's president" is not the person Peru proposes
    ("Peru's president said his administration would formally propose Lorena Aldecoa for UN secretary-general. "
     "The Peruvian candidate thanked Lima.", {cand("Lorena Aldecoa"), endorse("Lorena Aldecoa", "Peru")}),
    ("Bulgaria's Anton Stavrev is a candidate for UN secretary-general. Romania backs the Bulgarian candidate.",
     {cand("Anton Stavrev"), endorse("Anton Stavrev", "Romania")}),
    ("Anton Stavrev is a candidate for UN secretary-general. Romania backs the Bulgarian candidate.",
     {cand("Anton Stavrev")}),
    ("Costa Rica nominated Lorena Aldecoa for UN secretary-general.",
     {cand("Lorena Aldecoa"), endorse("Lorena Aldecoa", "Costa Rica")}),
    # a candidate's campaign run; not one about another aim
    ("Rafael Grossi, the nuclear watchdog chief, is running a disciplined campaign from Vienna and New York.", {cand(GROSSI)}),
    ("Bachelet ran a campaign for reform of the Chilean pension system.", set()),
    ("Grossi ran a campaign against nuclear smuggling at the UN.", set()),
    # a participle aside with its agent, then the clause's own verb
    ("- Michelle Bachelet, nominated by Brazil and Mexico, withdrew on Monday after the vote.",
     {cand(BACHELET), endorse(BACHELET, "Brazil"), endorse(BACHELET, "Mexico"), withdraw(BACHELET)}),
    # a government named by its leader acts for the state; a government that turned against a candidate
    ("Grossi entered the race with the support of the government of Javier Milei, for UN secretary-general.",
     {cand(GROSSI), endorse(GROSSI, "Argentina")}),
    ("Bachelet ran for secretary-general, but in March her own government turned against her.",
     {cand(BACHELET), oppose(BACHELET, "Chile")}),
    ("Grossi turned against the budget plan of the UN secretary-general.", set()),
    # a colon lists the candidates; not those only assessed
    ("Two candidates are in the race for secretary-general: Rafael Grossi and Michelle Bachelet.",
     {cand(GROSSI), cand(BACHELET)}),
    ("Candidates tipped for secretary-general: Rafael Grossi and Michelle Bachelet.", set()),
    ("Possible candidates for secretary-general: Rafael Grossi and Michelle Bachelet.", set()),
    # a few words quoted inside a clause are read as its words; their "our" is the reporter's
    ("Brasilia 'remains fully behind' Bachelet in the race for secretary-general.", {endorse(BACHELET, "Brazil")}),
    ('Chile\'s "support" for Bachelet as secretary-general is firm.', {endorse(BACHELET, "Chile")}),
    ('Milei told reporters that Grossi "has our full support" for UN secretary-general.', {endorse(GROSSI, "Argentina")}),
    ('Brasilia "could back" Bachelet for secretary-general, officials hinted.', set()),
    ('"We will see," Milei said of Grossi\'s bid for UN secretary-general.', set()),
    # a post named after another place or body is another race
    ("Grossi leads the UN race. Two candidates were nominated for the Vienna post: Laura Hietala, nominated by Finland, "
     "and Marcos Teixeira, put forward by Brazil.", set()),
    ("Grossi, nominated by Argentina, is a candidate for the UN post.", {cand(GROSSI), endorse(GROSSI, "Argentina")}),
]


ALL_NATO, ALL_UN = NATO + ROUND5B_NATO + ROUND5C_NATO, UN + ROUND5B_UN + ROUND5C_UN


@pytest.mark.parametrize("text,expected", ALL_NATO, ids=[c[0][:50] for c in ALL_NATO])
def test_round5_nato(story, text, expected):
    assert _keys(story, NATO_TITLE, text) == expected


@pytest.mark.parametrize("text,expected", ALL_UN, ids=[c[0][:50] for c in ALL_UN])
def test_round5_un(un_story, text, expected):
    assert _keys(un_story, UN_TITLE, text, dt.date(2026, 3, 10)) == expected


# a transcript's answers are spoken by the person interviewed (named before the first question)
TRANSCRIPTS = [
    ("nato", "Lithuania's foreign minister spoke to us in Vilnius about the race to lead NATO.\n"
             "Q: Will Lithuania support Klaus Iohannis for NATO secretary general?\n"
             "A: No. We will not support his bid.\n", {oppose(IOHANNIS, "Lithuania")}),
    ("nato", "Lithuania's foreign minister spoke to us in Vilnius about the race to lead NATO.\n"
             "Q: Will Lithuania support Klaus Iohannis for NATO secretary general?\n"
             "A: That is for the government to decide.\n", set()),
    # not a transcript: no question line, so "we" stays nobody's
    ("nato", "Lithuania's foreign minister spoke to us in Vilnius about the race to lead NATO.\n"
             "A: We will not support his bid, said a man in the street about Iohannis.\n", set()),
    ("un", "Argentina's foreign minister spoke to us in Buenos Aires.\n"
           "Q: Why did Argentina nominate Rafael Grossi for UN secretary-general?\n"
           "A: Because he knows the Security Council. Our support is total.\n",
     {cand(GROSSI), endorse(GROSSI, "Argentina")}),
    # "us" is told, it does not act
    ("nato", "Romania's foreign minister spoke to us in Bucharest about the race to lead NATO.\n"
             "Q: Did Bulgaria back him?\n"
             "A: Bulgaria told us in April that it would not support a second candidate, and it did not back Iohannis.\n",
     {oppose(IOHANNIS, "Bulgaria")}),
    ("un", "Argentina's foreign minister spoke to us in Buenos Aires.\n"
           "Q: Will Chile back Bachelet for UN secretary-general to the end?\n"
           "A: You would have to ask Santiago.\n", set()),
    ("un", "Rafael Grossi spoke to us in Vienna about the race for UN secretary-general.\n"
           "Q: Are you a candidate?\n"
           "A: Yes. I am running for secretary-general, and Argentina nominated me.\n",
     {cand(GROSSI), endorse(GROSSI, "Argentina")}),
]


@pytest.mark.parametrize("race,text,expected", TRANSCRIPTS, ids=[c[1].split("\n")[1][:50] for c in TRANSCRIPTS])
def test_round5_transcripts(story, un_story, race, text, expected):
    if race == "nato":
        assert _keys(story, "Q&A: " + NATO_TITLE, text) == expected
    else:
        assert _keys(un_story, "Q&A: " + UN_TITLE, text, dt.date(2026, 3, 10)) == expected
