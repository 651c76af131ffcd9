"""Mechanisms added in the tenth round, each tested with invented sentences of both races (none
from a corpus), each with cases that must give an event and cases that must not:

- a hyphenated adverb between a refusal and its infinitive ("refused point-blank to back") keeps the
  refusal (it was read as support);
- a stance whose trigger is the second alternative of its rule ("is firmly against X") is judged
  (it raised an error);
- a bare "withdrew" leaves the race before "the same day" as before any date; "step aside" / "stand
  aside" need the race as object (they are also said of leaving an office: second reading);
- an interest made known by any verb of the lexicon's `interest_verbs`, with or without a possessive
  ("has spoken of her interest in the post");
- a state presenting or backing someone "as its candidate" names the candidacy itself, not another role;
- verbs of assent ("accept", "tolerate") give an opposition when refused ("cannot accept Grossi") and
  nothing when granted;
- a stance as an absolute phrase ("..., with Washington firmly against her");
- the race's field lists its members with a verb or a colon ("a field that also includes X"), not
  "experts in the field, including X"; a modal before a list of candidates ("the candidates could
  include") lists no one;
- a nomination "jointly by" its states; a state's act "on behalf of" / "on X's behalf" a candidate
  (the one addressed may stand between: "lobbied Biden on her behalf"); an act not done is no refusal;
- a state joining "as a co-sponsor" supports the candidate named, or the one in focus;
- withdrawals listed by their people ("two withdrawals, by X in August and Y last month"); the month
  May is no modal after a noun;
- keeping one's bid going ("remained fully committed to her campaign", "pressed on with his bid"),
  not someone else's nor a campaign against something;
- a participle trailing a clause about the candidate's place in the race ("Bachelet is still in the
  race, sponsored by Brazil and Mexico and, since August, by Ecuador"), not one after another object
  ("criticised the plan, backed by Brazil, to ...");
- "in a joint nomination with" names co-nominating states; a field named after a candidate noun
  ("a contender in a field that also includes X") lists its members even when the noun is assessed;
- a state's act "on his behalf" is for the candidate in focus, not "on his behalf about Ukraine";
- "whose candidacy had rattled allies": "had" as an auxiliary is no receiving verb;
- "its candidate" is the one candidate of the state just named ("Romania remained alone behind its
  candidate"), not a predicate ("presented Grossi as its candidate");
- a demonym followed by a verb in the past is a person ("backing for the Argentine came early");
- giving verbs of renewal ("reaffirmed its support"); "take up his position" is taking office, not "at
  the IAEA"; a field "led by" its candidates; "are all running"; a label left before a coordinated
  name ("Grossi and former Chilean President Michelle Bachelet");
- "her" before an auxiliary is the object ("the decision to nominate her was welcomed"); a giver's own
  state owns the support given ("pledged his country's support");
- precision: "but" after an aggregate is an exception ("all allies but Hungary have endorsed him");
  what nearly happened has not ("has all but secured the post", "almost backed"); a relative clause on a
  noun after the person is the noun's ("appointed Rutte, a choice that ended a campaign"); a list cue
  after another coordinated noun is that noun's ("the front-runner, and names such as X"); actors given
  as alternatives act on nothing ("a veto from Moscow or Beijing"); a second reader's false events (the
  "second reading" cases) give none;
- "is running with the backing of"; a government "approved the nomination of X as the Czech
  candidate"; a state announcing or submitting "his candidacy" (a pronoun with no apostrophe);
- a modal binds to its own verb like a negation ("wanted the job but ruled himself out in June");
- "as early as February" is a time, not a role; "ruled himself out" ends a candidacy and denies none,
  and a denial about another contest ("will not stand at the next election") denies none in the race;
- the later items of a list of candidates set off by semicolons ("The four candidates are X of
  Argentina, the head of ...; former President Y, ...; and Z"), not of a hedged list;
- "its candidate" as a label names the state that put the person forward ("Argentina said Grossi was
  its candidate");
- "switched its support to X";
- a vote among the candidates ranks them, so each it ranks is in the race ("came out ahead in the first
  straw poll", "trailed with five encourage votes"), not someone who did something before it, nor a
  vote to come;
- a second participle sharing a passive's subject and auxiliary ("was nominated by Argentina in January
  and endorsed by Chile and Uruguay");
- an explainer's section with no subject after its heading ("Rafael Grossi (Argentina): nominated in
  January; endorsed by Chile and Uruguay"): the clauses after the colon are the heading's.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import CAND as cand, E as endorse, O as oppose, WD as withdraw
from tests.extract.conftest import event_keys

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
RUTTE, IOHANNIS, KALLAS = "Mark Rutte", "Klaus Iohannis", "Kaja Kallas"
GROSSI, BACHELET = "Rafael Grossi", "Michelle Bachelet"

NATO = [
    # a hyphenated adverb keeps the refusal
    ("Mark Rutte wants the job. Hungary's government refused point-blank to support him.", {
        cand(RUTTE), oppose(RUTTE, "Hungary")}),
    ("Hungary refused flat-out, for months, to back Rutte.", {oppose(RUTTE, "Hungary")}),
    ("Slovakia's president declined, well-meaning as ever, to endorse Iohannis.", {oppose(IOHANNIS, "Slovakia")}),
    # the rule's second trigger is judged
    ("Washington is firmly against Iohannis.", {oppose(IOHANNIS, "United States")}),
    ("Paris was not against Iohannis.", set()),
    # leaving with no object: a bare "withdrew" before a date; not "stepped aside", also said of an office
    ("Klaus Iohannis was running for NATO secretary general. He withdrew the same day.", {
        cand(IOHANNIS), withdraw(IOHANNIS)}),
    ("Klaus Iohannis was running for NATO secretary general. He stepped aside on Friday after his coalition "
     "collapsed.", {cand(IOHANNIS)}),
    ("Ben Wallace wanted the NATO job. Wallace stepped aside last year as defence secretary.", {cand("Ben Wallace")}),
    ("Mark Rutte is the front-runner. Rutte stood aside on Monday while Biden spoke.", {cand(RUTTE)}),
    ("Iohannis stepped aside from the NATO race on Thursday.", {withdraw(IOHANNIS)}),
    # an interest made known
    ("Kallas has spoken of her interest in the post.", {cand(KALLAS)}),
    ("Kallas, who had talked about her interest in the job, was silent on Monday.", {cand(KALLAS)}),
    ("Iohannis reiterated his interest in leading NATO.", {cand(IOHANNIS)}),
    ("Kallas showed no interest in the job.", set()),
    ("Analysts have spoken of Estonia's interest in the post.", set()),
    ("Kallas spoke of her interest in cyber defence.", set()),
    # on his behalf, for the candidate in focus
    ("Ben Wallace wants to be NATO secretary general. Rishi Sunak had lobbied Joe Biden on his behalf.", {
        cand("Ben Wallace"), endorse("Ben Wallace", "United Kingdom")}),
    ("Ben Wallace wants to be NATO secretary general. Sunak spoke to Biden on his behalf about Ukraine.", {
        cand("Ben Wallace")}),
    ("Ben Wallace wants to be NATO secretary general. Sunak did not lobby Biden on his behalf.", {
        cand("Ben Wallace")}),
    # whose candidacy
    ("Klaus Iohannis, whose March candidacy had rattled allies, met Biden.", {cand(IOHANNIS)}),
    ("Iohannis's bid had the backing of Hungary.", {endorse(IOHANNIS, "Hungary")}),
    ("Iohannis's bid had been withdrawn.", set()),
    # its candidate
    ("Klaus Iohannis is a candidate. Romania remained alone behind its candidate.", {
        cand(IOHANNIS), endorse(IOHANNIS, "Romania")}),
    ("Klaus Iohannis is a candidate. Hungary said it would back its own candidate.", {cand(IOHANNIS)}),
    ("Mark Rutte is a candidate. Romania stood behind its candidate, Klaus Iohannis.", {
        cand(RUTTE), cand(IOHANNIS), endorse(IOHANNIS, "Romania")}),
    # precision
    ("All allies but Hungary, Slovakia and Romania have now endorsed the Dutchman, diplomats say.", set()),
    ("All allies but Hungary have now endorsed Rutte.", set()),
    ("Poland backed Rutte, but Hungary opposed him.", {endorse(RUTTE, "Poland"), oppose(RUTTE, "Hungary")}),
    ("Rutte has all but secured the post.", set()),
    ("Rutte has nearly secured the post.", set()),
    ("Hungary almost backed Rutte.", set()),
    ("Hungary backed Rutte nearly a year ago.", {endorse(RUTTE, "Hungary")}),
    ("The allies appointed Mark Rutte as their next secretary general, a choice that ended a months-long campaign.",
     {("appointment", RUTTE, None)}),
    ("Iohannis ended his campaign in June.", {withdraw(IOHANNIS)}),
    ("Rutte is widely seen as the front-runner, diplomats say, and names such as Latvia's Krisjanis Karins "
     "have also been mentioned.", set()),
    ("Hungary or Slovakia vetoed Rutte.", set()),
    ("Hungary and Slovakia vetoed Rutte.", {oppose(RUTTE, "Hungary"), oppose(RUTTE, "Slovakia")}),
    # a modal binds to its own verb; time, not a role; ruling oneself out
    ("Ben Wallace is a candidate. The former British defence secretary wanted the job but ruled himself out in June.",
     {cand("Ben Wallace"), withdraw("Ben Wallace")}),
    ("Hungary would back Rutte and oppose Iohannis.", set()),
    ("Mark Rutte is a candidate. Estonia said it was ready to support him as early as February.", {
        cand(RUTTE), ("endorsement", RUTTE, "Estonia")}),
    ("Estonia backed Rutte as head of the IAEA.", set()),
    ("Ben Wallace said he wanted to lead the alliance. In June he ruled himself out.", {
        cand("Ben Wallace"), withdraw("Ben Wallace")}),
    ("Ben Wallace wants to lead the alliance. Wallace, 53, has said he will not stand at the next general election.",
     {cand("Ben Wallace")}),
    ("Ben Wallace wants to lead the alliance. Wallace said he will not stand.", set()),
    ("Mark Rutte spoke on Monday. The Dutch cabinet formally submitted his candidacy in November.", {
        cand(RUTTE), endorse(RUTTE, "Netherlands")}),
    ("Rutte's path to the post was cleared on Monday.", set()),
    # second reading (false events found by a second reader, each now none)
    ("Poland lobbied the other members but Hungary blocked Rutte.", {oppose(RUTTE, "Hungary")}),
    ("Rutte has the support of most countries but Hungary refuses to back him.", {oppose(RUTTE, "Hungary")}),
    ("The withdrawal by Dutch troops from Uruzgan, ordered by Rutte in 2010, angered Washington.", set()),
    ("The summit's line-up included Rutte, Biden and Erdogan.", set()),
    ("The playing field was levelled by Rutte.", set()),
    ("The Dutch foreign minister confirmed Turkey's backing for Rutte on Monday.", {endorse(RUTTE, "Turkey")}),
    ("Hungary opposes Rutte's path on Ukraine aid.", set()),
    ("Mark Rutte pursued his interest in Formula One.", set()),
    ("Rutte pressed ahead with the application of sanctions.", set()),
    ("Rutte spoke about their interest in the post.", set()),
    ("Turkey virtually endorsed Rutte in a video call.", {endorse(RUTTE, "Turkey")}),
    # a modal before the list
    ("The candidates could include Kallas and Iohannis.", set()),
    ("The field includes Rutte and Iohannis.", {cand(RUTTE), cand(IOHANNIS)}),
]

UN = [
    # presented as its candidate
    ("Argentina will formally present Grossi as its candidate.", {cand(GROSSI), endorse(GROSSI, "Argentina")}),
    ("Chile presented Bachelet as the country's candidate on Monday.", {cand(BACHELET), endorse(BACHELET, "Chile")}),
    ("Argentina nominated Grossi as its candidate for the IAEA board.", set()),
    ("Argentina nominated Grossi as its ambassador.", set()),
    ("Brazil backs Bachelet as its candidate.", {endorse(BACHELET, "Brazil")}),
    ("Lavrov said Moscow cannot support Grossi as a candidate.", {oppose(GROSSI, "Russia")}),
    # refused assent
    ('Lavrov said Moscow "cannot accept" Grossi as a candidate.', {oppose(GROSSI, "Russia")}),
    ("Washington refused to accept Bachelet.", {oppose(BACHELET, "United States")}),
    ("China will not tolerate Bachelet.", {oppose(BACHELET, "China")}),
    ("Russia accepted Grossi.", set()),
    ("Russia has not accepted Grossi's nomination yet.", set()),
    ("Russia would accept Grossi if he promised reforms.", set()),
    # an absolute phrase
    ("Bachelet remains in the race, with Washington firmly against her.", {
        cand(BACHELET), oppose(BACHELET, "United States")}),
    ("Grossi stayed in the race, with Russia still opposed to him.", {cand(GROSSI), oppose(GROSSI, "Russia")}),
    ("Bachelet met Blinken, with Washington against a second term for Guterres.", set()),
    ("Grossi travelled to Geneva with Russia's envoy.", set()),
    # the field
    ("Grossi is up against a field that also includes former Chilean president Michelle Bachelet.", {
        cand(BACHELET)}),
    ("The field for secretary-general: Grossi and Bachelet.", {cand(GROSSI), cand(BACHELET)}),
    ("Experts in the field, including Grossi, met in Vienna.", set()),
    ("Experts in the field of nuclear safety, including Grossi, met in Vienna.", set()),
    ("The field could include Bachelet.", set()),
    ("The possible field includes Bachelet.", set()),
    # jointly by; on behalf of
    ("The Council received the nomination of Bachelet jointly by Chile and Brazil.", {
        cand(BACHELET), endorse(BACHELET, "Chile"), endorse(BACHELET, "Brazil")}),
    ("Lula lobbied Biden on Bachelet's behalf.", {endorse(BACHELET, "Brazil")}),
    ("Milei campaigned hard on behalf of Grossi.", {endorse(GROSSI, "Argentina")}),
    ("Lula met Biden on Bachelet's birthday.", set()),
    ("Chile did not lobby on Bachelet's behalf.", set()),
    ("Protesters marched on behalf of Bachelet.", set()),
    # joining as a co-sponsor
    ("Bachelet was nominated by Chile, with Brazil joining as a co-sponsor a month later.", {
        cand(BACHELET), endorse(BACHELET, "Chile"), endorse(BACHELET, "Brazil")}),
    ("Brazil joined as a co-sponsor of Bachelet's bid.", {endorse(BACHELET, "Brazil")}),
    ("Michelle Bachelet is running for secretary-general. Peru joined as a member of the Security Council.", {
        cand(BACHELET)}),
    ("Michelle Bachelet is running for secretary-general. Peru may join as a co-sponsor.", {cand(BACHELET)}),
    # withdrawals listed
    ("The race has seen two withdrawals, by Chile's Michelle Bachelet in May and Argentina's Rafael Grossi last week.",
     {withdraw(BACHELET), withdraw(GROSSI)}),
    ("The withdrawal by Grossi surprised diplomats.", {withdraw(GROSSI)}),
    ("There were withdrawals by Grossi's allies and Bachelet's rivals.", set()),
    ("A withdrawal by Grossi would help Bachelet.", set()),
    ("Bachelet's withdrawal may come soon.", set()),
    # keeping the bid going
    ("Bachelet remained fully committed to her campaign.", {cand(BACHELET)}),
    ("Grossi pressed on with his bid despite Russian objections.", {cand(GROSSI)}),
    ("Bachelet remained committed to her campaign against poverty.", set()),
    ("Grossi pressed on with Bachelet's campaign.", set()),
    ("Grossi continued his work at the IAEA.", set()),
    # a trailing participle
    ("Michelle Bachelet is still in the race, sponsored by Brazil and Mexico and, since August, by Ecuador.", {
        cand(BACHELET), endorse(BACHELET, "Brazil"), endorse(BACHELET, "Mexico"), endorse(BACHELET, "Ecuador")}),
    ("Bachelet entered the race in March, nominated by Chile.", {cand(BACHELET), endorse(BACHELET, "Chile")}),
    ("Grossi is a candidate for secretary-general, backed by Argentina.", {cand(GROSSI), endorse(GROSSI, "Argentina")}),
    ("Bachelet criticised the plan, backed by Brazil, to expand the council.", set()),
    ("Bachelet is in the race, not backed by Brazil.", {cand(BACHELET)}),
    # a joint nomination; a field after an assessed noun
    ("Boric confirms that Chile will nominate Bachelet, in a joint nomination with Brazil and Mexico.", {
        cand(BACHELET), endorse(BACHELET, "Chile"), endorse(BACHELET, "Brazil"), endorse(BACHELET, "Mexico")}),
    ("The vote makes Grossi a more serious contender in a field that also includes Michelle Bachelet.", {
        cand(BACHELET)}),
    # a demonym before a verb in the past
    ("Rafael Grossi is a candidate. Hungary's backing for the Argentine came early.", {
        cand(GROSSI), endorse(GROSSI, "Hungary")}),
    ("Rafael Grossi is a candidate. The Argentine delegation arrived.", {cand(GROSSI)}),
    # renewal, taking up a position, a field led by, all running, a label in a list
    ("Michelle Bachelet is a candidate. Spain has reaffirmed its support.", {cand(BACHELET), endorse(BACHELET, "Spain")}),
    ("Spain renewed its backing for Bachelet on Monday.", {endorse(BACHELET, "Spain")}),
    ("Grossi will take up his position on 1 January.", {("takes_office", GROSSI, None)}),
    ("Grossi will take up his position at the IAEA on 1 January.", set()),
    ("Lupu joins a field led by IAEA chief Rafael Grossi and former Chilean President Michelle Bachelet.", {
        cand(GROSSI), cand(BACHELET)}),
    ("A delegation led by Grossi met the candidates.", set()),
    ("Bachelet and Grossi are all running.", {cand(BACHELET), cand(GROSSI)}),
    # her before an auxiliary; his country's support
    ("Michelle Bachelet is a candidate. Chile's decision to nominate her was welcomed.", {
        cand(BACHELET), endorse(BACHELET, "Chile")}),
    ("Michelle Bachelet is a candidate. To back her would be a mistake, Brazil said.", {cand(BACHELET)}),
    ("Michelle Bachelet is a candidate. Peru's president pledged his country's support in a statement.", {
        cand(BACHELET), endorse(BACHELET, "Peru")}),
    ("Michelle Bachelet is a candidate. Peru's president pledged his support for the reform.", {cand(BACHELET)}),
    ("Michelle Bachelet is a candidate. Her real problem is elsewhere: a veto from Moscow or Beijing.", {
        cand(BACHELET)}),
    ("The main rival is Michelle Bachelet, who is running with the backing of Chile, Brazil and Mexico.", {
        cand(BACHELET), endorse(BACHELET, "Chile"), endorse(BACHELET, "Brazil"), endorse(BACHELET, "Mexico")}),
    ("The government of Gabriel Boric on Wednesday approved the nomination of Michelle Bachelet as the Chilean "
     "candidate.", {cand(BACHELET), endorse(BACHELET, "Chile")}),
    ("Bachelet approved the plan.", set()),
    # semicolon lists
    ("The four candidates are Rafael Grossi of Argentina, the head of the agency; former Chilean President "
     "Michelle Bachelet, a former human rights chief; and others.", {cand(GROSSI), cand(BACHELET)}),
    ("The possible candidates are Rafael Grossi of Argentina, the head of the agency; and Michelle Bachelet.", set()),
    ("The agenda: Grossi met the press; Bachelet met donors.", set()),
    # its candidate
    ("Argentina said Grossi was its candidate.", {cand(GROSSI), endorse(GROSSI, "Argentina")}),
    ("Argentina said Grossi was not its candidate.", set()),
    ("Albania also switched its support to Grossi.", {endorse(GROSSI, "Albania")}),
    ("Albania switched its support for the reform.", set()),
    # straw polls
    ("Rafael Grossi and Michelle Bachelet came out ahead on Tuesday in the first informal straw poll.", {
        cand(GROSSI), cand(BACHELET)}),
    ("Bachelet trailed with five encourage votes.", {cand(BACHELET)}),
    ("Grossi topped the second straw poll with 11 encourage votes.", {cand(GROSSI)}),
    ("Grossi received the ambassadors before the straw poll.", set()),
    ("Grossi could top the straw poll next week.", set()),
    ("Grossi led the IAEA through a vote on Iran.", set()),
    # a heading's subjectless section
    ("Rafael Grossi (Argentina): nominated in January; endorsed by Chile and Uruguay.", {
        cand(GROSSI), endorse(GROSSI, "Chile"), endorse(GROSSI, "Uruguay")}),
    ("Michelle Bachelet (Chile): nominated by Chile in March; backed by Brazil.", {
        cand(BACHELET), endorse(BACHELET, "Chile"), endorse(BACHELET, "Brazil")}),
    ("Rafael Grossi: nominated to head the IAEA in 2019.", set()),
    ("Rafael Grossi: not nominated yet.", set()),
    # a second participle of the passive
    ("Grossi was nominated by Argentina in January and endorsed by Chile and Uruguay.", {
        cand(GROSSI), endorse(GROSSI, "Argentina"), endorse(GROSSI, "Chile"), endorse(GROSSI, "Uruguay")}),
    ("Bachelet was backed by Brazil and later endorsed by Mexico.", {endorse(BACHELET, "Brazil"), endorse(BACHELET, "Mexico")}),
    ("Grossi was nominated by Argentina and criticised by Russia.", {cand(GROSSI), endorse(GROSSI, "Argentina")}),
    ("Grossi was nominated by Argentina and the plan was endorsed by Chile.", {cand(GROSSI), endorse(GROSSI, "Argentina")}),
    # second reading
    ("The withdrawal by Russian forces from the plant was welcomed by Grossi.", set()),
    ("Rafael Grossi is a candidate. Brazil supported the Argentine armed forces.", {cand(GROSSI)}),
    ("Argentina nominated Grossi as its candidate in the 2019 IAEA race.", set()),
    ("Brazil backs Bachelet as Grossi's deputy.", set()),
    ("Grossi is a candidate for the IAEA board, backed by Argentina.", set()),
    ("Argentina's foreign minister spoke on Grossi's behalf at the IAEA board meeting.", set()),
    ("Grossi will continue his application of safeguards in Iran.", set()),
    ("Grossi continued his campaign of inspections in Iran.", set()),
    ("Brazil approved Bachelet's bid to host the climate summit.", set()),
    ("Diplomats discussing candidates mention two names: Grossi, who heads the IAEA; and Bachelet, a former "
     "president.", set()),
]


@pytest.mark.parametrize("text,expected", NATO, ids=[c[0][:50] for c in NATO])
def test_round8_nato(story, text, expected):
    assert event_keys(story, NATO_TITLE, text, dt.date(2024, 5, 16)) == expected


@pytest.mark.parametrize("text,expected", UN, ids=[c[0][:50] for c in UN])
def test_round8_un(un_story, text, expected):
    assert event_keys(un_story, UN_TITLE, text, dt.date(2026, 3, 10)) == expected

