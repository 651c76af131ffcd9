"""Sentence-level cases: one sentence (under a neutral race headline) -> the set of
(type, subject, actor) it states. Most are paraphrases written for these tests,
not article text; about half must give no event at all."""
from __future__ import annotations

import datetime as dt

import pytest

from natowatch.extract import extract_events
from tests.extract.conftest import APP, CAND, E, O, PUBLISHED, RACE_TITLE, TO, WD

R, I, K = "Mark Rutte", "Klaus Iohannis", "Kaja Kallas"
KA, W, RI = "Krisjanis Karins", "Ben Wallace", "Edgars Rinkevics"
F, VDL = "Mette Frederiksen", "Ursula von der Leyen"


ENDORSEMENTS = [
    ("Germany backs Mark Rutte to become the next NATO secretary general.", {E(R, "Germany")}),
    ("Poland and Italy have endorsed Rutte's bid to lead the alliance.", {E(R, "Poland"), E(R, "Italy")}),
    ("Spain, Portugal, Belgium and Denmark said on Monday they would support Rutte.",
     {E(R, "Spain"), E(R, "Portugal"), E(R, "Belgium"), E(R, "Denmark")}),
    ("Rutte's bid is supported by Canada and Spain.", {E(R, "Canada"), E(R, "Spain")}),
    ("Rutte has won the backing of Washington and London.", {E(R, "United States"), E(R, "United Kingdom")}),
    ("Declarations of support for Rutte came from the United States and Britain.",
     {E(R, "United States"), E(R, "United Kingdom")}),
    ("Canada joined the United States in backing Rutte.", {E(R, "Canada"), E(R, "United States")}),
    ("Britain threw its weight behind Mark Rutte's bid on Thursday.", {E(R, "United Kingdom")}),
    # the ended stance is the earlier opposition, and the text says it now supports (the guide)
    ("Turkey has dropped its objections and now supports Rutte.", {E(R, "Turkey"), O(R, "Turkey")}),
    ("Slovak Prime Minister Robert Fico said Bratislava would back Rutte.", {E(R, "Slovakia")}),
    ("Orban said Hungary was ready to support Rutte.", {E(R, "Hungary")}),
    ("“We support Mark Rutte,” French foreign minister Stéphane Séjourné told reporters.", {E(R, "France")}),
    ("Italian Prime Minister Giorgia Meloni announced her support for Rutte's candidacy.", {E(R, "Italy")}),
    ("Rutte has secured the support of Poland.", {E(R, "Poland")}),
    ("US support for Rutte was confirmed on Wednesday.", {E(R, "United States")}),
    ("Kallas has the backing of Latvia and Lithuania.", {E(K, "Latvia"), E(K, "Lithuania")}),
    ("Mark Rutte gets US, UK backing to lead NATO", {E(R, "United States"), E(R, "United Kingdom")}),
    ("Rutte now enjoys strong backing from Sweden, Finland and Denmark.",
     {E(R, "Sweden"), E(R, "Finland"), E(R, "Denmark")}),
    ("The Czech government endorsed Mark Rutte for the top NATO job.", {E(R, "Czech Republic")}),
    ("Greece is backing Iohannis, its foreign minister said.", {E(I, "Greece")}),
    ("Croatia pledged its support to Klaus Iohannis.", {E(I, "Croatia")}),
    ("Bulgarian President Rumen Radev voiced support for the Romanian candidate Klaus Iohannis.",
     {E(I, "Bulgaria")}),
    ("Berlin and Paris have thrown their weight behind Rutte.", {E(R, "Germany"), E(R, "France")}),
    ("Rutte was endorsed by Luxembourg and Slovenia on Friday.", {E(R, "Luxembourg"), E(R, "Slovenia")}),
    ("With backing from Washington and Berlin, Rutte is now the clear favourite.",
     {E(R, "United States"), E(R, "Germany")}),
    ("Montenegro is leaning towards supporting Rutte's candidacy.", {E(R, "Montenegro")}),
    ("According to Reuters, Albania also supports the candidacy of Mark Rutte.", {E(R, "Albania")}),
    ("Rutte quickly won the support of Iceland, Norway and Canada.",
     {E(R, "Iceland"), E(R, "Norway"), E(R, "Canada")}),
    ("Iohannis can count on Romania, whose government formally backs his candidacy.", {E(I, "Romania")}),
    ("Estonia is prepared to endorse Rutte as the next secretary general.", {E(R, "Estonia")}),
    ("Romania's Supreme Council of National Defence said it would back Rutte.", {E(R, "Romania")}),
    ("The Bulgarian foreign ministry said it backs Iohannis for NATO chief.", {E(I, "Bulgaria")}),
    ("Slovakia's President Peter Pellegrini said on Tuesday that his country would back Rutte.",
     {E(R, "Slovakia")}),
]

CANDIDACIES_STATED = [
    # the bid named as a thing that exists, in the article's own voice (the guide's "his bid was finalised")
    ("Rutte's candidacy rattled some allies.", {CAND(R)}),
    ("Karins's bid was finalised last month.", {CAND(KA)}),
    ("The last obstacle was Iohannis, whose unexpected candidacy worried allies.", {CAND(I)}),
    ("Kallas was long seen as a contender, but her candidacy faltered in the spring.", {CAND(K)}),
    # the bid as the object of a stance or of a withdrawal gives that event alone
    ("Rutte's bid is supported by Canada and Spain.", {E(R, "Canada"), E(R, "Spain")}),
    ("Rutte's bid won the endorsement of Germany.", {E(R, "Germany")}),
    ("Kallas's bid was rumoured for weeks.", set()),
    ("Iohannis's candidacy has been withdrawn.", set()),
    ("Kallas's bid, analysts say, was mooted in Tallinn.", set()),
    ("Kallas's possible candidacy worried Paris.", set()),
    ("A bid by Kallas was floated in Tallinn.", set()),
]

OPPOSITIONS = [
    # an ended stance states the earlier refusal (the guide), with status `ended` (test_ended_stances.py)
    ("Turkey dropped its opposition to Rutte's candidacy in April.", {O(R, "Turkey")}),
    ("Hungary lifted its objections to Rutte.", {O(R, "Hungary")}),
    ("Slovakia eased its resistance to Rutte's bid.", {O(R, "Slovakia")}),
    ("Hungary opposes Rutte's candidacy.", {O(R, "Hungary")}),
    ("Turkey blocked Rutte's bid for months.", {O(R, "Turkey")}),
    ("Slovakia will not support Rutte, Fico said.", {O(R, "Slovakia")}),
    ("Hungarian Foreign Minister Peter Szijjarto said his government could not support Rutte.", {O(R, "Hungary")}),
    ("Ankara objected to Rutte's candidacy.", {O(R, "Turkey")}),
    ("Rutte faced resistance from Hungary and Slovakia.", {O(R, "Hungary"), O(R, "Slovakia")}),
    ("Budapest refused to back Rutte's bid.", {O(R, "Hungary")}),
    ("The critics of Rutte's candidacy, led by Hungary, softened their tone.", {O(R, "Hungary")}),
    ("Romania vetoed Rutte's nomination at the council.", {O(R, "Romania")}),
    ("Hungary did not back his candidacy.", set()),   # no candidate named before "his": nothing to resolve
    ("Poland rejected the candidacy of Klaus Iohannis for NATO secretary general.", {O(I, "Poland")}),
]

CANDIDACIES = [
    ("Kallas announced her candidacy for NATO secretary general on Monday.", {CAND(K)}),
    ("Latvian Foreign Minister Krisjanis Karins is running for NATO chief.", {CAND(KA)}),
    ("Iohannis entered the race to succeed Jens Stoltenberg.", {CAND(I)}),
    ("Ben Wallace is also a candidate for the NATO top job.", {CAND(W)}),
    ("Mette Frederiksen has expressed interest in the post of NATO secretary general.", {CAND(F)}),
    ("Rutte threw his hat into the ring for the top NATO job.", {CAND(R)}),
    ("Romania nominated Iohannis for the post of NATO secretary general.", {CAND(I), E(I, "Romania")}),
    ("Other contenders for the job include Kaja Kallas and Krisjanis Karins.", {CAND(K), CAND(KA)}),
    ("Rinkevics said he would like to lead NATO.", {CAND(RI)}),
    ("Iohannis confirmed his bid to lead the alliance.", {CAND(I)}),
    ("Kallas and Karins are both vying for the post of NATO secretary general.", {CAND(K), CAND(KA)}),
    ("Wallace has made no secret of wanting the NATO top job.", {CAND(W)}),
    ("Klaus Iohannis launched his bid for NATO chief in March.", {CAND(I)}),
    ("Rutte remains the only contender for the post of NATO secretary general.", {CAND(R)}),
    ("Kaja Kallas is seeking to replace Stoltenberg as head of NATO.", {CAND(K)}),
    ("Karins said he would run for NATO secretary general.", {CAND(KA)}),
]

WITHDRAWALS = [
    ("Iohannis pulled out of the race on Thursday.", {WD(I)}),
    ("Klaus Iohannis has dropped his bid to become NATO chief.", {WD(I)}),
    ("Kallas withdrew her candidacy for NATO secretary general.", {WD(K)}),
    ("Karins quit the race for NATO secretary general.", {WD(KA)}),
    ("Wallace bowed out of the contest to succeed Stoltenberg.", {WD(W)}),
    ("Iohannis abandoned his NATO bid after talks with allies.", {WD(I)}),
]

APPOINTMENTS = [
    ("NATO allies appointed Mark Rutte as the next secretary general on Wednesday.", {APP(R)}),
    ("Rutte was named NATO's next secretary general by the North Atlantic Council.", {APP(R)}),
    ("The North Atlantic Council chose Rutte as secretary general.", {APP(R)}),
    ("Mark Rutte was formally appointed NATO chief by allied ambassadors.", {APP(R)}),
    ("Rutte was selected as the new NATO secretary general.", {APP(R)}),
]

TAKES_OFFICE = [
    ("Mark Rutte took office as NATO secretary general on October 1.", {TO(R)}),
    ("Rutte took over from Jens Stoltenberg as head of NATO on Tuesday.", {TO(R)}),
    ("Rutte became NATO's 14th secretary general.", {TO(R)}),
    ("Rutte will take office as NATO chief on October 1.", {TO(R)}),
    ("Rutte formally assumed his post as alliance chief.", {TO(R)}),
    ("Rutte succeeded Jens Stoltenberg as NATO chief on October 1.", {TO(R)}),
    ("Rutte, who replaced Stoltenberg on Tuesday, said he would strengthen the alliance.", {TO(R)}),
    ("Mark Rutte has succeeded Stoltenberg at the helm of the alliance.", {TO(R)}),
    ("Mark Rutte took the helm of NATO on Tuesday.", {TO(R)}),
    ("Rutte took charge of the alliance on October 1.", {TO(R)}),
    ("Mark Rutte takes over as NATO secretary general", {TO(R)}),
]

MIXED = [
    ("Romania now backs Rutte after Iohannis quit the race.", {E(R, "Romania"), WD(I)}),
    # "lifted its veto": the earlier opposition, ended (the guide)
    ("Hungary lifted its veto after Rutte pledged to respect its opt-out, and Slovakia backed him too.",
     {E(R, "Slovakia"), O(R, "Hungary")}),
]

NO_EVENT = [
    # conditions and hypotheticals
    "Hungary could back Rutte if he apologises.",
    "If Turkey backs Rutte, the decision could come in June.",
    "Slovakia would support Rutte provided he keeps Ukraine out of NATO.",
    "We cannot support a secretary general who wanted to bring Hungary to its knees, Szijjarto said.",
    "It would be strange if the candidacy of such a person was supported by the Hungarian government.",
    "Britain would back Rutte, a diplomat speculated.",
    # predictions and expectations
    "Rutte is likely to be selected as the next NATO chief.",
    "Rutte is expected to be appointed NATO secretary general next week.",
    "Rutte is set to become the next secretary general of NATO later this year.",
    "Rutte will become the next NATO chief, analysts predict.",
    "Stubb said Rutte is likely to be chosen as NATO chief.",
    "Supporters of Rutte insist that he becomes the next NATO chief.",
    "Analysts say Germany may come to support Rutte.",
    "The decision on the next secretary general should be finalised by July.",
    "Rutte is expected to be formally nominated by the 32 NATO nations and take over on October 1.",
    "Iohannis may pull out of the race by early June.",
    "Iohannis may quit the race for NATO secretary general.",
    "Iohannis agreed with allies to quit the race by June.",
    "Kallas is likely to run for the top post in the alliance.",
    "Rutte's appointment will come at a delicate time for the alliance.",
    "Rutte needs Hungary to support him.",
    "Rutte would need the support of all 32 allies.",
    "NATO officials expect Rutte to continue Stoltenberg's priorities.",
    "Rutte will succeed Jens Stoltenberg, whose term ends in October.",
    "Rutte is expected to succeed Stoltenberg in October.",
    # negations that are not refusals
    "Romania stopped short of endorsing Rutte on Monday.",
    "Paris has yet to give its blessing to Rutte's bid.",
    "Rutte is widely considered the front-runner for NATO chief.",
    "Hungary did not rule out backing Rutte.",
    "Every ally except Hungary has declared for Rutte.",
    "Slovakia has yet to come out in favour of Rutte.",
    "Hungary has not announced its support for Rutte.",
    "NATO ambassadors have not yet officially endorsed Rutte.",
    "Germany has yet to endorse Rutte's candidacy.",
    "Kallas said she was not interested in the NATO job.",
    "Wallace ruled out running for NATO chief.",
    "Iohannis was not nominated by Romania.",
    "Iohannis is under no pressure to abandon his NATO bid.",
    "Romania has not formally backed Rutte so far.",
    # aggregates with no named actor
    "Most allies support Rutte's bid.",
    "Two-thirds of NATO members back Rutte.",
    "Some Eastern European countries still do not fully support Rutte.",
    "A number of Western countries support Rutte.",
    "Rutte has the support of NATO members.",
    "Rutte has secured the support of a majority of the bloc's member states.",
    "Several members of the alliance hope Kallas will lead NATO.",
    "Rutte has secured the support of several European capitals.",
    # commentators, outlets and doubted reports
    "The American Conservative argued that Rutte is the most convenient choice.",
    "Politico commentators think Rutte will win the race.",
    "Hungary denied reports that it would back Rutte.",
    "Frederiksen denied she was a candidate for NATO chief.",
    "The endorsement ends months of speculation that countries on the eastern flank did not support Rutte.",
    "According to the expert, Rutte is the clear favourite in this race.",
    # other races and other posts
    "Kallas was chosen as the EU foreign policy chief.",
    "Germany backs von der Leyen for a second term as Commission president.",
    "Lithuania supports Kallas as EU foreign policy chief.",
    "Rutte was appointed prime minister in 2010.",
    "Rutte first took office in 2010.",
    "Rutte took charge of the Dutch government in 2010.",
    "Dick Schoof took over from Rutte as Dutch prime minister.",
    "Rutte was a candidate for prime minister in 2010.",
    "Rutte has never been a candidate for UN secretary-general.",
    "Stoltenberg will become Norway's finance minister.",
    "Stoltenberg's term as NATO chief was extended until October 2024.",
    "Stoltenberg took office as NATO secretary general in 2014.",
    "Romania backs Iohannis for a second term as president.",
    "France supports Rutte's plan for a new Dutch coalition.",
    # support for something that is not a candidate's bid
    "Rutte also backed US and UK strikes on the Houthis.",
    "Rutte supports Ukraine's bid to join NATO.",
    "Germany supports Ukraine's membership of NATO.",
    "The Netherlands supports more military aid to Kyiv, Rutte said.",
    "Turkey supported Sweden's bid to join NATO.",
    "Hungary backs Rutte's proposal on the EU budget.",
    "Rutte pledged support to a deal between Hungary and the NATO secretary general.",
    "Rutte confirmed that he fully supports the deal with Hungary.",
    "Certain NATO members, particularly Hungary, opposed the bloc's stance on the war.",
    "NATO's eastern flank countries did not support Rutte.",
    "Hungarian troops will not take part in NATO's mission in Ukraine.",
    # no stance at all
    "Orban met Rutte in Brussels on Monday.",
    "Rutte refused to say whether he is still running.",
    "Hungary refused to comment on Rutte's candidacy.",
    "The White House declined to say whether it supports Rutte.",
    "Erdogan said Turkey is considering whether to support Rutte.",
    "Zakharova said nothing would change with the new secretary general.",
    "It is unclear whether Kallas will run for NATO secretary general.",
    "The Dutchman would be a strong candidate, diplomats say.",
    "Stoltenberg called Rutte a capable leader.",
    "The race to succeed Stoltenberg has been slow.",
    "The handover took place on Tuesday at NATO headquarters.",
    "Kallas' bid for the post has not yet been commented on by her party.",
    "The US has twice approached Rutte with an offer to take on the role.",
    "Pulling out of the race before the summit is believed to give the president goodwill.",
    "There is no such pressure regarding the withdrawal of candidacy.",
    "Rutte is in a strong position to become the next leader of NATO.",
    "Rutte will officially resign as prime minister when the new government is sworn in.",
    "Stoltenberg confirmed he will step down in October.",
    "Germany needs to decide whether it will back the Dutch candidate.",
    "To be elected, Rutte would need the support of all 31 members.",
    "Hungary has the power to veto Rutte's appointment.",
    "No Hungarian personnel will take part in NATO activities in Ukraine, Orban said.",
    "Budapest wants assurances before it supports Rutte.",
]

# Unseen phrasing: asides, possessive backers, "as did" lists, delayed refusals, idioms of a bid,
# taking the post from the incumbent. Paraphrases written for these tests.
UNSEEN = [
    # an aside between the candidate and the verb is skipped ...
    ("Rutte, who declared his interest last autumn, has secured the endorsement of Washington and Paris.",
     {CAND(R), E(R, "United States"), E(R, "France")}),
    ("Iohannis, who had long coveted the post, won the support of Poland and Bulgaria.",
     {E(I, "Poland"), E(I, "Bulgaria")}),
    ("Rutte, a former Dutch prime minister, has gained the backing of Canada.", {E(R, "Canada")}),
    ("Hungary, the last holdout, finally endorsed Rutte.", {E(R, "Hungary")}),
    # ... and read as a clause about its name
    ("Kallas, who entered the race in May, met Biden in Washington.", {CAND(K)}),
    ("Karins, who announced his candidacy last week, spoke in Riga.", {CAND(KA)}),
    ("The summit heard from Iohannis, who has thrown his hat into the ring for NATO chief.", {CAND(I)}),
    ("Rutte thanked Orban, whose government eventually backed him.", {E(R, "Hungary")}),
    ("Rutte met Fico, whose cabinet later endorsed him.", {E(R, "Slovakia")}),
    # a possessive backer
    ("Rutte won Hungary's backing.", {E(R, "Hungary")}),
    ("Iohannis secured Bulgaria's support on Monday.", {E(I, "Bulgaria")}),
    ("Rutte gained Turkey's endorsement after talks.", {E(R, "Turkey")}),
    ("Erdogan has thrown his weight behind the Dutch prime minister's bid to lead NATO.", {E(R, "Turkey")}),
    # "as did" lists share the stance
    ("Macron threw his weight behind Rutte in February, as did Biden, Scholz and Sunak.",
     {E(R, "France"), E(R, "United States"), E(R, "Germany"), E(R, "United Kingdom")}),
    ("Biden threw his weight behind Rutte, as did Sunak and Scholz.",
     {E(R, "United States"), E(R, "United Kingdom"), E(R, "Germany")}),
    ("Germany backed Rutte on Monday, as have Italy and Spain.", {E(R, "Germany"), E(R, "Italy"), E(R, "Spain")}),
    ("Macron backed Rutte, as did Iohannis.", {E(R, "France")}),
    # refusals: delayed infinitive, stated negation, overcome and withheld support
    ("Hungary refused for months to back Rutte.", {O(R, "Hungary")}),
    ("Turkey declined on Monday to back Rutte.", {O(R, "Turkey")}),
    ("Hungary refused until June to endorse Rutte.", {O(R, "Hungary")}),
    ("US officials have made clear they are not supporting Wallace.", {O(W, "United States")}),
    ("Budapest has made clear that it is not backing Rutte.", {O(R, "Hungary")}),
    ("Rutte had to overcome the resistance of Hungary's Viktor Orban.", {O(R, "Hungary")}),
    ("Rutte needed to overcome objections from Turkey.", {O(R, "Turkey")}),
    ("Rutte managed to overcome the opposition of Slovakia.", {O(R, "Slovakia")}),
    ("Ankara had withheld its support for Rutte for weeks.", {O(R, "Turkey")}),
    ("Hungary withheld its backing from Rutte.", {O(R, "Hungary")}),
    ("Slovakia is withholding its support for Rutte.", {O(R, "Slovakia")}),
    # idioms of a bid
    ("Mark Rutte is running to become NATO Secretary General.", {CAND(R)}),
    ("Karins campaigned openly for the position.", {CAND(KA)}),
    ("Rutte has put his name forward.", {CAND(R)}),
    ("Kallas said she would be honoured to serve as NATO secretary general.", {CAND(K)}),
    ("Iohannis said he would like the job.", {CAND(I)}),
    ("Iohannis withdrew, which left Rutte as the sole contender for NATO chief.", {WD(I), CAND(R)}),
    ("Iohannis quit on Friday, leaving Rutte as the only candidate.", {WD(I), CAND(R)}),
    ("Kallas has thrown her hat into the ring for NATO chief.", {CAND(K)}),
    ("Rinkevics said he would be honoured to serve.", {CAND(RI)}),
    ("Rutte said he would be proud to lead.", {CAND(R)}),
    ("Mark Rutte and Klaus Iohannis want the NATO job.", {CAND(R), CAND(I)}),
    ("Rutte had to win over Slovakia's Robert Fico, whose government eventually endorsed him.", {E(R, "Slovakia")}),
    ("Rutte had to win over Orban, whose cabinet finally backed him in June.", {E(R, "Hungary")}),
    ("Kallas first expressed her interest in the NATO post in 2023.", {CAND(K)}),
    ("Karins has signalled his interest in the NATO job.", {CAND(KA)}),
    ("Latvian Prime Minister Krisjanis Karins has also signalled interest, officials said.", {CAND(KA)}),
    ("Wallace has expressed interest.", {CAND(W)}),
    ("Iohannis, who is still formally in the race, met Biden.", {CAND(I)}),
    ("Kallas remains in the race for now.", {CAND(K)}),
    # appointment by the members as a body
    ("Rutte was chosen by the alliance's 32 members.", {APP(R)}),
    ("Rutte was appointed by NATO's member states on Wednesday.", {APP(R)}),
    ("NATO's 32 allies chose Rutte as secretary general.", {APP(R)}),
    # the post taken, also from the incumbent
    ("Rutte will take up his post on October 1.", {TO(R)}),
    ("Rutte will take over from Jens Stoltenberg on October 1.", {TO(R)}),
    ("Rutte took over from Stoltenberg on Tuesday.", {TO(R)}),
    ("Rutte assumed the post on Tuesday.", {TO(R)}),
    # a stance noun about the one candidate of the sentence
    ("Hungary's endorsement last week removed the last hurdle for Rutte.", {E(R, "Hungary")}),
    ("Slovakia's backing cleared the way for Rutte on Monday.", {E(R, "Slovakia")}),
    ("The blessing of Turkey, confirmed on Friday, sealed the race for Rutte.", {E(R, "Turkey")}),
    # a goal, not the post taken
    ("Germany endorsed Rutte to become NATO's next secretary-general on Thursday.", {E(R, "Germany")}),
]

UNSEEN_NO_EVENT = [
    "Rutte needed to persuade Orban, whose government might back him.",
    "Kallas expressed her interest in the EU foreign policy chief job.",
    "Kallas expressed interest in buying more tanks.",
    "Wallace has expressed no interest.",
    "Rinkevics said he would be honoured to serve his country.",
    "Rutte and Iohannis want the NATO chief to visit Kyiv.",
    "Hungary's backing for Ukraine irritated Rutte.",
    "Rutte criticised Hungary's opposition to sanctions.",
    "Rutte is still seeking Turkey's backing.",
    "Rutte is still awaiting the backing of Turkey.",
    "Hungary's support would be decisive for Rutte.",
    "Rutte has not yet received Hungary's backing.",
    "Without Hungary's backing, Rutte cannot win.",
    "If Hungary's backing comes, Rutte will win.",
    "Iohannis quit, leaving Rutte as the favourite of the markets.",
    "The deal left Rutte as a candidate for nothing.",
    "Orban, whose government has yet to back Rutte, met Fico.",
    "France backed Rutte's plan, as did Germany.",
    "Rutte won Hungary's backing on the migration pact.",
    "Turkey, which may still back Rutte, met Iohannis.",
    "Rutte, who backed Ukraine's bid, met Orban.",
    "Wallace, who ruled out running for NATO chief, spoke in London.",
    "Rutte met Fico, whose government may back him.",
    "Rutte won Hungary's backing for the EU budget.",
    "Hungary refused for months to comment on Rutte's bid.",
    "Germany made clear it has not decided whether to back Rutte.",
    "Macron could back Rutte, as could Scholz.",
    "Rutte had to overcome doubts about his age.",
    "Hungary withheld its support for the sanctions package, Rutte said.",
    "Rutte met the alliance's 32 members in Brussels.",
    "Rutte is running to become prime minister again.",
    "Rutte campaigned openly for the new Dutch coalition.",
    "Rutte would like the NATO secretary general to visit.",
    "Kallas said she would be honoured to meet the NATO secretary general.",
    "Rutte will take up his post as Dutch envoy on Monday.",
    "Rutte assumed the role of Dutch envoy on Tuesday.",
    "Rutte was a candidate in 2010 for prime minister.",
    "Dick Schoof took over from Rutte as Dutch prime minister on Tuesday.",
    # views and denials are not candidacies
    "Rutte had been seen as the front-runner for NATO chief.",
    "Kallas is widely tipped as the frontrunner for NATO chief.",
    "Danish Prime Minister Mette Frederiksen said she was not a candidate for the NATO job.",
    "Wallace is not a candidate for the post of NATO secretary general.",
    "Kallas said she is no longer a contender for NATO chief.",
]

CASES = [(s, e) for s, e in ENDORSEMENTS + CANDIDACIES_STATED + OPPOSITIONS + CANDIDACIES + WITHDRAWALS + APPOINTMENTS + TAKES_OFFICE
         + MIXED + UNSEEN] + [(s, set()) for s in NO_EVENT + UNSEEN_NO_EVENT]


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:60] for c in CASES])
def test_sentence(triples, sentence, expected):
    assert triples(sentence) == expected


def test_at_least_150_cases_and_half_negative():
    negatives = sum(1 for _, e in CASES if not e)
    assert len(CASES) >= 150 and negatives * 2 >= len(CASES)


# A descriptor or pronoun stands for a candidate named earlier in the article.
IN_CONTEXT = [
    ("Mark Rutte wants to lead NATO. The Dutchman has won the backing of Paris.", {E(R, "France"), CAND(R)}),
    ("Klaus Iohannis is in the race. The Romanian president announced in March that he would run for NATO chief.",
     {CAND(I)}),
    ("Mark Rutte is the frontrunner for NATO chief. Hungary publicly refused to support the candidacy of the Dutch "
     "politician.", {CAND(R), O(R, "Hungary")}),
    ("Ben Wallace wanted the NATO top job. NATO members considered him, but the US did not back his candidacy.",
     {CAND(W), O(W, "United States")}),
    ("Iohannis dropped out. Romania's top defence body said the country would back Rutte.", {WD(I), E(R, "Romania")}),
    ("Klaus Iohannis left the race. Romania's Security Council said that the country was supporting Rutte.",
     {WD(I), E(R, "Romania")}),
    ("Hungary's foreign minister said his country cannot support the bid of Mark Rutte to become NATO chief.",
     {O(R, "Hungary")}),
    ("“Of course, we support Mark Rutte's candidacy for the post of NATO Secretary General,” said Attal.",
     {E(R, "France")}),
    ("Klaus Iohannis wants the NATO top job. “We support Romania,” Bulgaria's foreign minister said.",
     {CAND(I), E(I, "Bulgaria")}),
    ("“I decided to enter the competition for NATO SG position,” Iohannis said.", {CAND(I)}),
    ("“We certainly cannot support the election of a person as NATO secretary general who wanted to bring Hungary "
     "to its knees,” Szijjarto said.", set()),
]


# The candidate in focus: a stance with a named state and no candidate named is about the candidate of
# the last sentences (or the article's main one); a role noun stands for the candidate holding it;
# a denial by the person cancels their candidacy in the article.
IN_CONTEXT += [
    ("Mark Rutte wants the NATO job. The backing of France and Germany, which officials confirmed on Monday, "
     "was decisive.", {CAND(R), E(R, "France"), E(R, "Germany")}),
    ("Mark Rutte wants the NATO job. Ankara had withheld its support for weeks.", {CAND(R), O(R, "Turkey")}),
    ("Mark Rutte wants the NATO job. Hungary's endorsement last week removed the last hurdle.",
     {CAND(R), E(R, "Hungary")}),
    ("Iohannis wants the NATO job. Bulgaria gave its blessing on Friday.", {CAND(I), E(I, "Bulgaria")}),
    ("Mark Rutte wants the NATO job. Hungary's support for Ukraine is weak.", {CAND(R)}),
    ("Mark Rutte wants the NATO job. Winning the backing of Hungary is crucial.", {CAND(R)}),
    # an ended stance with its object left out is on the candidate in focus (the guide: "lifted its veto")
    ("Mark Rutte wants the NATO job. Turkey dropped its objections in April.", {CAND(R), O(R, "Turkey")}),
    ("Mark Rutte wants the NATO job. Turkey dropped its objections to Sweden's membership in April.", {CAND(R)}),
    ("Mark Rutte wants the NATO job. Turkey's backing for Sweden's NATO bid came late.", {CAND(R)}),
    ("Mark Rutte wants the NATO job. Most allies back him. Slovakia could give its support later.", {CAND(R)}),
    ("Rutte and Iohannis are candidates for NATO chief. Hungary's backing came on Monday.", {CAND(R), CAND(I)}),
    ("Klaus Iohannis wants the job. Hungary backed the president's bid.", {CAND(I), E(I, "Hungary")}),
    ("Klaus Iohannis is popular. The head of state announced his bid for NATO chief on Monday.", {CAND(I)}),
    ("Mark Rutte wants the job. Hungary said it backs the prime minister.", {CAND(R), E(R, "Hungary")}),
    ("Klaus Iohannis is popular. Biden met him. The president backed Rutte.", set()),
    ("Klaus Iohannis is popular. The president, Joe Biden, backed him.", {E(I, "United States")}),
    ("Romania is backing its own president, Klaus Iohannis.", {E(I, "Romania")}),
    ("Latvia nominated its foreign minister, Krisjanis Karins, for NATO chief.", {CAND(KA), E(KA, "Latvia")}),
    ("Hungary backs its own leader, Orban, and opposes Rutte.", {O(R, "Hungary")}),
    ("Frederiksen is a candidate for NATO chief. Danish Prime Minister Mette Frederiksen said she was not a "
     "candidate for the NATO job.", set()),
    ("“I am not a candidate,” Kallas said of the NATO job. Kallas has expressed interest in the post of NATO "
     "secretary general.", set()),
    ("Rutte is running for NATO chief. Kallas said she is not running.", {CAND(R)}),
]


@pytest.mark.parametrize("text,expected", IN_CONTEXT, ids=[t[:50] for t, _ in IN_CONTEXT])
def test_in_context(triples, text, expected):
    assert triples(text) == expected


def test_unrelated_article_gives_nothing(triples):
    text = ("Dutch coalition talks dragged on for months. Rutte backed the new cabinet and said he would support "
            "Schoof as prime minister.")
    assert triples(text, title="Dutch cabinet sworn in") == set()


# Patterns missed on a second blind held-out set, each with paraphrases and a near miss.
# 1. an adverb or quote marks between the negation and the verb still make a refusal
# 2. honorifics and titles before the candidate's surname
# 3. "candidate" as a label on the person; 4. "the only candidate in the running"
# 8. a capital as the reported subject with "as well"/"too"
SECOND_HELDOUT = [
    ('Hungarian Foreign Minister Peter Szijjarto said his government "will certainly not support" Rutte.',
     {O(R, "Hungary")}),
    ("Turkey will definitely not back Rutte.", {O(R, "Turkey")}),
    ("Hungary would never support Rutte for NATO chief.", {O(R, "Hungary")}),
    ("Hungary said it would absolutely never back Mr Rutte.", {O(R, "Hungary")}),
    ("Turkey will probably not back Rutte.", set()),
    ("Hungary has backed Mr Rutte's candidacy.", {E(R, "Hungary")}),
    ("Germany supports Mr. Rutte.", {E(R, "Germany")}),
    ("Latvia supports Ms Kallas.", {E(K, "Latvia")}),
    ("Bulgaria backs President Iohannis.", {E(I, "Bulgaria")}),
    ("Germany supports Prime Minister Rutte.", {E(R, "Germany")}),
    ("Hungary has not yet backed Mr Rutte.", set()),
    ("The Dutch candidate, Mark Rutte, met Erdogan on Monday.", {CAND(R)}),
    ("Mark Rutte, candidate for the post of NATO Secretary General, visited Ankara.", {CAND(R)}),
    ("Rutte, a candidate for NATO secretary general, met Orban.", {CAND(R)}),
    ("Mark Rutte is the Dutch candidate.", {CAND(R)}),
    ("Rutte, a possible candidate for NATO secretary general, met Orban.", set()),
    ("Potential candidates such as Rutte were discussed.", set()),
    ("Rutte was floated as a candidate.", set()),
    ("Bulgaria voiced support for the Romanian candidate Klaus Iohannis.", {E(I, "Bulgaria")}),
    ("Iohannis's withdrawal leaves Rutte as the only candidate in the running.", {WD(I), CAND(R)}),
    ("Iohannis quit the race, leaving Rutte as the sole contender left in the race.", {WD(I), CAND(R)}),
    ("This leaves Rutte as the only candidate for the post.", {CAND(R)}),
    ("Rutte is the only candidate for the Dutch cabinet.", set()),
    ("Slovakia's President Peter Pellegrini said Bratislava would back Rutte as well.", {E(R, "Slovakia")}),
    ("Portugal will back Rutte too, its prime minister said.", {E(R, "Portugal")}),
    ("Latvia also said Riga would support Kallas as well.", {E(K, "Latvia")}),
    ("Slovakia said Bratislava could back Rutte as well.", set()),
]


@pytest.mark.parametrize("sentence,expected", SECOND_HELDOUT, ids=[c[0][:60] for c in SECOND_HELDOUT])
def test_second_heldout_patterns(triples, sentence, expected):
    assert triples(sentence) == expected


# 7. backing by a titled leader; 9. support without an object, for the candidate in focus
RACE_LEAD = "Mark Rutte is the front-runner to become NATO secretary general. "
FOCUS_SUPPORT = [
    ("Rutte has the backing of Prime Minister Rishi Sunak, who raised his candidacy with Biden.",
     {E(R, "United Kingdom")}),
    (RACE_LEAD + "The US, the UK, France and Germany all declared support in February.",
     {CAND(R), E(R, "United States"), E(R, "United Kingdom"), E(R, "France"), E(R, "Germany")}),
    (RACE_LEAD + "Hungary and Slovakia had come on board in the days before.",
     {CAND(R), E(R, "Hungary"), E(R, "Slovakia")}),
    (RACE_LEAD + "Poland fell in line behind him on Monday.", {CAND(R), E(R, "Poland")}),
    (RACE_LEAD + "Turkey swung behind Rutte in April.", {CAND(R), E(R, "Turkey")}),
    (RACE_LEAD + "Slovakia signed up to his bid on Friday.", {CAND(R), E(R, "Slovakia")}),
    (RACE_LEAD + "Romania could swing behind him later.", {CAND(R)}),
    (RACE_LEAD + "Hungary might come on board if its demands are met.", {CAND(R)}),
    (RACE_LEAD + "Canada declared support for Ukraine.", {CAND(R)}),
]


@pytest.mark.parametrize("text,expected", FOCUS_SUPPORT, ids=[t[-50:] for t, _ in FOCUS_SUPPORT])
def test_focus_support_idioms(triples, text, expected):
    assert triples(text, title="Rutte closes in on NATO secretary general post") == expected


# Attribution to unnamed sources or media makes a stance "reported"; the actor speaking to the media does not.
REPORTED_STATUS = [
    ("Germany backs Rutte for NATO chief, diplomats said.", "reported"),
    ("Diplomats said on Monday that Hungary would support Rutte.", "reported"),
    ("Turkey supports Rutte, citing Reuters.", "reported"),
    ("Poland backs Rutte, according to sources.", "reported"),
    ("Sources told the newspaper that Italy would back Rutte.", "reported"),
    ("Spain is backing Rutte, one diplomat said.", "reported"),
    ("Rutte told Reuters he would run for NATO chief.", "confirmed"),
    ("Germany backs Rutte, its foreign minister told Reuters.", "confirmed"),
]


@pytest.mark.parametrize("sentence,status", REPORTED_STATUS, ids=[s[:60] for s, _ in REPORTED_STATUS])
def test_status_of_attributed_stance(story, sentence, status):
    events = extract_events(RACE_TITLE, sentence, PUBLISHED, story)
    assert events and {e.status for e in events} == {status}


def test_headline_attributed_to_sources_is_reported(story):
    events = extract_events("Germany to back Rutte for NATO chief, sources say", "Rutte wants the NATO job.",
                            PUBLISHED, story)
    assert {(e.type, e.actor, e.status) for e in events if e.type == "endorsement"} == {
        ("endorsement", "Germany", "reported")}


# A takeover scheduled as fact ("is to", "is set to" with a named day; "is due to", "is scheduled to" alone)
# is takes_office; a prediction or a possibility is not. Future weekdays resolve forward.
SCHEDULED_TAKEOVER = [
    ("Rutte is to take office as NATO chief on October 1.", {TO(R)}),
    ("Rutte is set to take over as NATO chief on October 1.", {TO(R)}),
    ("Rutte is due to take up the post of NATO secretary general.", {TO(R)}),
    ("Rutte is scheduled to take over from Stoltenberg as NATO chief.", {TO(R)}),
    ("Rutte is set to take over as NATO chief.", set()),
    ("Rutte is expected to take office as NATO chief on October 1.", set()),
    ("Rutte could take office as NATO chief on October 1.", set()),
    ("Rutte was due to take office as NATO chief on October 1.", set()),
]


@pytest.mark.parametrize("sentence,expected", SCHEDULED_TAKEOVER, ids=[s[:60] for s, _ in SCHEDULED_TAKEOVER])
def test_scheduled_takeover(triples, sentence, expected):
    assert triples(sentence) == expected


@pytest.mark.parametrize("sentence,day", [
    ("Rutte will take office as NATO chief on Tuesday.", 25),
    ("Rutte is due to take office as NATO chief on Monday.", 24),
    ("Rutte will take office as NATO chief on Thursday.", 20),
    ("Rutte took office as NATO chief on Tuesday.", 18),
    ("Rutte took office as NATO chief this morning.", 20),
])
def test_takeover_day_follows_tense(story, sentence, day):
    events = extract_events(RACE_TITLE, sentence, PUBLISHED, story)
    assert [(e.type, e.date) for e in events] == [("takes_office", PUBLISHED.replace(day=day))]


# Ellipsis after a stance: the state named with "as ... did" or "and so did" takes the same stance.
ELLIPTIC_BACKING = [
    ("France backed Rutte, as Germany did.", {E(R, "France"), E(R, "Germany")}),
    ("France backed Rutte in February, as Germany also did.", {E(R, "France"), E(R, "Germany")}),
    ("France backed Rutte, and so did Germany.", {E(R, "France"), E(R, "Germany")}),
    ("Spain supports Rutte and so does Portugal.", {E(R, "Spain"), E(R, "Portugal")}),
    ("France backed Rutte, as Germany said.", {E(R, "France")}),
    ("France backed Rutte, as Germany did not.", {E(R, "France")}),
]


@pytest.mark.parametrize("sentence,expected", ELLIPTIC_BACKING, ids=[s[:60] for s, _ in ELLIPTIC_BACKING])
def test_elliptic_backing(triples, sentence, expected):
    assert triples(sentence) == expected


# A candidate of the story praising the post as a job shows interest; a verdict on the job by nobody in the
# race, or a negative one, does not.
PRAISING_THE_JOB = [
    ("Ben Wallace said running the alliance would be a good job.", {CAND(W)}),
    ('Ben Wallace said the top job would be "fantastic".', {CAND(W)}),
    ("Kallas told reporters that the NATO job would be a real privilege.", {CAND(K)}),
    ("Ben Wallace said he would love the job.", {CAND(W)}),
    ("The job would be a poisoned chalice for anyone, Wallace said.", set()),
    ("Ben Wallace said the job would be no great honour.", set()),
    ("Biden said running the alliance would be a good job.", set()),
    ("Ben Wallace said NATO would be a great partner.", set()),
    ("Ben Wallace said leading NATO would be a great honour.", {CAND(W)}),
    ('"The job would be fantastic," Wallace said of the NATO post.', {CAND(W)}),
    ('"Leading the alliance would be a privilege," Kallas told the paper.', {CAND(K)}),
    ('"The job would not be good for me," Wallace said.', set()),
    ('"The job would be fantastic," Wallace might have said.', set()),
    ('"The job would be fantastic," Biden said of the NATO post.', set()),
    ("Leading NATO members back Rutte.", set()),
]


@pytest.mark.parametrize("sentence,expected", PRAISING_THE_JOB, ids=[s[:60] for s, _ in PRAISING_THE_JOB])
def test_praising_the_job(triples, sentence, expected):
    assert triples(sentence) == expected


# The alliance choosing, named as the actor, in an article about the race; an approval of "his appointment".
ACTIVE_APPOINTMENT = [
    ("The allies formally picked Rutte on Wednesday.", {APP(R)}),
    ("NATO appointed Rutte on Wednesday.", {APP(R)}),
    ("NATO's 32 members on Wednesday formally chose Mark Rutte to succeed Stoltenberg.", {APP(R)}),
    ("The North Atlantic Council selected Rutte as the alliance's next leader.", {APP(R)}),
    ("NATO named Rutte its next chief on Wednesday.", {APP(R)}),
    ("NATO ambassadors formally approved Rutte's appointment on Wednesday.", {APP(R)}),
    ("Allied ambassadors rubber-stamped Rutte's appointment in Brussels.", {APP(R)}),
    ("The North Atlantic Council confirmed the appointment of Mark Rutte on Wednesday.", {APP(R)}),
    ("NATO allies are expected to appoint Rutte next week.", set()),
    ("NATO allies could pick Rutte as soon as next week.", set()),
    ("NATO ambassadors have yet to approve Rutte's appointment.", set()),
    ("The alliance picked Rutte's plan for Ukraine aid.", set()),
    ("NATO named Rutte's deputy on Wednesday.", set()),
    ("Hungary approved Rutte's appointment.", set()),
]


@pytest.mark.parametrize("sentence,expected", ACTIVE_APPOINTMENT, ids=[s[:60] for s, _ in ACTIVE_APPOINTMENT])
def test_active_appointment(triples, sentence, expected):
    assert triples(sentence) == expected


# The incumbent, named, passing the post on; a future handover needs a named day (the guide's scheduled form).
HANDOVER = [
    ("Stoltenberg handed over to Rutte on October 1.", {TO(R)}),
    ("Stoltenberg handed the reins to Rutte on Tuesday.", {TO(R)}),
    ("Jens Stoltenberg, the outgoing NATO chief, made way for Mark Rutte on Tuesday.", {TO(R)}),
    ("Stoltenberg will hand over to Rutte on October 1.", {TO(R)}),
    ("Stoltenberg is expected to hand over to Rutte in the autumn.", set()),
    ("Stoltenberg handed over a letter to Rutte on Tuesday.", set()),
    ("Biden handed the reins to Rutte on Tuesday.", set()),
]


@pytest.mark.parametrize("sentence,expected", HANDOVER, ids=[s[:60] for s, _ in HANDOVER])
def test_handover(triples, sentence, expected):
    assert triples(sentence) == expected


# "X followed suit": the one stance of the sentences just before, taken by another state.
FOLLOWED_SUIT = [
    ("The United States backed Mark Rutte on Tuesday. Britain followed suit.", {E(R, "United States"), E(R, "United Kingdom")}),
    ("Germany and France backed Rutte last year. On Wednesday, Turkey joined them.",
     {E(R, "Germany"), E(R, "France"), E(R, "Turkey")}),
    ("Hungary refused to back Rutte. Slovakia did the same on Friday.", {O(R, "Hungary"), O(R, "Slovakia")}),
    ("The United States backed Mark Rutte. Britain is expected to follow suit.", {E(R, "United States")}),
    ("The United States backed Mark Rutte. Britain has not followed suit.", {E(R, "United States")}),
    ("The United States backed Mark Rutte and Hungary opposed him. Britain followed suit.",
     {E(R, "United States"), O(R, "Hungary")}),
    ("France raised its defence budget to 2% of GDP. Britain followed suit.", set()),
    ("The United States backed Mark Rutte. Britain followed suit on defence spending.", {E(R, "United States")}),
    # (three sentences back past two that told nothing: follow27)
    ("The United States backed Mark Rutte. Rutte thanked Washington. Officials met. Britain followed suit.",
     {E(R, "United States"), E(R, "United Kingdom")}),
    ("The United States backed Mark Rutte. Rutte thanked Washington. Officials met. Talks went on. Britain followed suit.",
     {E(R, "United States")}),
]


@pytest.mark.parametrize("text,expected", FOLLOWED_SUIT, ids=[t[-50:] for t, _ in FOLLOWED_SUIT])
def test_followed_suit(triples, text, expected):
    assert triples(text) == expected


# Adjectives between a state's possessive and its stance ("Germany's strong backing").
STANCE_ADJECTIVES = [
    ("Rutte won Germany's strong backing.", {E(R, "Germany")}),
    ('Rutte visited Berlin. "He has our full support," Scholz told reporters.', {E(R, "Germany")}),
    ("Turkey's stiff opposition to Rutte's bid delayed the decision.", {O(R, "Turkey")}),
    ("Rutte still needs Hungary's crucial backing.", set()),
]


@pytest.mark.parametrize("sentence,expected", STANCE_ADJECTIVES, ids=[s[:60] for s, _ in STANCE_ADJECTIVES])
def test_stance_adjectives(triples, sentence, expected):
    assert triples(sentence) == expected


# Refusals in reported speech, forecasts by commentators, stances with the object left out, bare verbs
# with a named day, questions and denied reports.
REPORTED_AND_ELLIPTIC = [
    ("Orban said Hungary would not support Rutte's candidacy.", {O(R, "Hungary")}),
    ("Hungary would not support Rutte unless he apologised.", set()),
    ("Analysts said Hungary would not support Rutte.", set()),
    ("Analysts said Hungary will back Rutte.", set()),
    ("Rutte's bid has been backed by Washington, while Budapest remains opposed.",
     {E(R, "United States"), O(R, "Hungary")}),
    ("Rutte has broad support. Hungary is no longer opposed.", set()),
    ("Rutte has broad support. Hungary is opposed to more aid for Ukraine.", set()),
    ("NATO ambassadors agreed on Wednesday to appoint Rutte as the next secretary general.", {APP(R)}),
    ("Rutte, who was appointed on June 26, took office on Tuesday.", {APP(R), TO(R)}),
    ("Iohannis, who entered the race in March, withdrew on Thursday.", {CAND(I), WD(I)}),
    ("Rutte took office in 2010.", set()),
    ("Rutte was appointed prime minister in 2010.", set()),
    ("Romania withdrew its ambassador on Thursday.", set()),
    ("US support for Rutte was confirmed on Wednesday.", {E(R, "United States")}),
    ("Will Turkey back Rutte?", set()),
    ("Turkey backed Rutte. What happens next?", {E(R, "Turkey")}),
    ("Frederiksen has denied reports that she wants to run NATO.", set()),
    ("Reports that Turkey had backed Iohannis were false, officials in Ankara said.", set()),
]


@pytest.mark.parametrize("sentence,expected", REPORTED_AND_ELLIPTIC, ids=[s[:60] for s, _ in REPORTED_AND_ELLIPTIC])
def test_reported_and_elliptic(triples, sentence, expected):
    assert triples(sentence) == expected


def test_a_date_across_a_comma_is_another_clause(story):
    events = extract_events(RACE_TITLE, "Rutte, who was appointed on June 26, took office on Tuesday.",
                            dt.date(2024, 10, 3), story)
    assert {(e.type, e.date) for e in events} == {("appointment", dt.date(2024, 6, 26)),
                                                  ("takes_office", dt.date(2024, 10, 1))}


# Patterns a third blind corpus showed missing, written anew: "and of", stepping back, "assume his
# functions", the nominal candidacy announced, and a takeover still to come after "after"/"when".
THIRD_HELDOUT_PATTERNS = [
    ("Rutte obtained the support of Hungary and of Slovakia.", {E(R, "Hungary"), E(R, "Slovakia")}),
    ("Iohannis said he was stepping back from the process.", {WD(I)}),
    ("Rutte was appointed on Wednesday. He will assume his functions on 1 October.", {APP(R), TO(R)}),
    ("The candidacy of Iohannis was announced in March.", {CAND(I)}),
    ("The candidacy of Iohannis was never announced.", set()),
    ("The candidacy of Iohannis is expected to be announced next week.", set()),
    ("Hungary will not lift its veto, also not after Rutte becomes secretary general.", set()),
    ("After Rutte took office on October 1, he visited Kyiv.", {TO(R)}),
    ("The White House backed Rutte. Within days, London and Paris had lined up behind him as well.",
     {E(R, "United States"), E(R, "United Kingdom"), E(R, "France")}),
    ("Hungary backed Rutte in June. Turkey followed in April.", {E(R, "Hungary"), E(R, "Turkey")}),
    ("Hungary backed Rutte in June. Turkey followed the talks closely.", {E(R, "Hungary")}),
    ("The Biden administration backs Rutte. Britain and France follow the same week, giving the Dutchman a lead.",
     {E(R, "United States"), E(R, "United Kingdom"), E(R, "France")}),
    ("The United States backed Rutte. Britain followed suit, unlike Iohannis.", {E(R, "United States")}),
    ("Rutte met Orban. On Tuesday Hungary came on board, after a promise that it will not have to take part.",
     {E(R, "Hungary")}),
    ("Since March, the Romanian president Klaus Iohannis is also in the running.", {CAND(I)}),
    ("Iohannis is no longer in the running.", {WD(I)}),
    ("Kallas is in the running for EU foreign policy chief.", set()),
    ("Rutte leads. The North Atlantic Council appointed the outgoing Dutch premier as the alliance's 14th secretary general.",
     {APP(R)}),
    ("Rutte has the backing of the United States, and Turkey gave its consent in April.",
     {E(R, "United States"), E(R, "Turkey")}),
    ("Rutte still needs Turkey's consent.", set()),
    # of two candidates just named, a stance without a candidate is about the one the article is about
    # (a candidate who "won over" a state has its backing: round 14)
    ("Rutte met Orban. Rutte won over Ankara. Rutte became the sole contender when Iohannis pulled out. "
     "Hungary and Slovakia had come on board in the days before.",
     {WD(I), CAND(R), E(R, "Turkey"), E(R, "Hungary"), E(R, "Slovakia")}),
]


@pytest.mark.parametrize("text,expected", THIRD_HELDOUT_PATTERNS, ids=[t[:60] for t, _ in THIRD_HELDOUT_PATTERNS])
def test_third_heldout_patterns(triples, text, expected):
    assert triples(text) == expected


# Headline English: no articles, no auxiliaries, "to" for a schedule.
HEADLINES = [
    ("Iohannis enters race for NATO chief", {CAND(I)}),
    ("Romania's Iohannis joins race to lead NATO", {CAND(I)}),
    ("Iohannis may enter race for NATO chief", set()),
    ("Dutch PM Mark Rutte confirmed as next NATO secretary general", {APP(R)}),
    ("Rutte formally named NATO's next secretary general", {APP(R)}),
    ("Rutte confirmed he would leave Dutch politics", set()),
    ("Rutte likely to be named NATO chief next week", set()),
    ("Orban backs Rutte for NATO after getting opt-out from Ukraine aid", {E(R, "Hungary")}),
    ("Rutte to take over NATO on October 1", {TO(R)}),
    ("Rutte hopes to take over NATO on October 1", set()),
]


@pytest.mark.parametrize("title,expected", HEADLINES, ids=[t for t, _ in HEADLINES])
def test_headlines(triples, title, expected):
    assert triples("The race to lead NATO goes on.", title=title) == expected


# A state taking back its candidate's bid, and the second verb of a shared subject.
WITHDRAWN_BY_STATE = [
    ("Romania's Supreme Defence Council decided to withdraw Iohannis's candidacy and back Rutte.",
     {WD(I), E(R, "Romania")}),
    ("Romania withdrew the candidacy of Klaus Iohannis on Thursday.", {WD(I)}),
    ("Romania may withdraw Iohannis's candidacy.", set()),
    ("Romania refused to withdraw Iohannis's candidacy.", set()),
    ("Rutte was the only candidate left after Iohannis's withdrawal on Thursday.", {WD(I), CAND(R)}),
    ("Iohannis's withdrawal of Romanian troops from Kosovo was criticised.", set()),
    ("Hungary criticised Rutte and backed Iohannis.", {E(I, "Hungary")}),
    ("Germany met Rutte and Iohannis and backs neither.", set()),
]


@pytest.mark.parametrize("sentence,expected", WITHDRAWN_BY_STATE, ids=[s[:60] for s, _ in WITHDRAWN_BY_STATE])
def test_withdrawn_by_state(triples, sentence, expected):
    assert triples(sentence) == expected


# Patterns a fourth blind corpus showed missing, written anew.
FOURTH_HELDOUT_PATTERNS = [
    ("Rutte toured Europe. Washington, London and Paris all came out in support of him last month.",
     {E(R, "United States"), E(R, "United Kingdom"), E(R, "France")}),
    ("Rutte's bid was earlier endorsed by the US, the UK and France.",
     {E(R, "United States"), E(R, "United Kingdom"), E(R, "France")}),
    ("NATO's North Atlantic Council on Wednesday formally appointed Mark Rutte as the military alliance's next "
     "secretary general.", {APP(R)}),
    ("Rutte gained. Hungary and Slovakia, two countries that had not previously declared support for him, "
     "announced on Tuesday that they would back his bid.", {E(R, "Hungary"), E(R, "Slovakia")}),
    ("Hungary's nationalist prime minister backs Rutte.", {E(R, "Hungary")}),
    ("Hungary's former prime minister backs Rutte.", set()),
    ("Hungary's opposition leader backs Rutte.", set()),
    ("Hungary refused to back Rutte. The US threw its weight behind the Dutchman in February, with France "
     "following suit.", {O(R, "Hungary"), E(R, "United States"), E(R, "France")}),
    ("The race ended when Klaus Iohannis, the Romanian president and Rutte's only rival, abandoned his candidacy.",
     {WD(I)}),
    ("That leaves Romanian President Klaus Iohannis, the only other declared candidate.", {CAND(I)}),
    ("Kallas, a possible candidate, has not commented.", set()),
    ("Kallas, a former candidate for EU foreign policy chief, spoke.", set()),
]


@pytest.mark.parametrize("text,expected", FOURTH_HELDOUT_PATTERNS, ids=[t[:60] for t, _ in FOURTH_HELDOUT_PATTERNS])
def test_fourth_heldout_patterns(triples, text, expected):
    assert triples(text) == expected


# "he" right after a reporting verb is who said it: the first person of that clause, outside its asides.
REPORTING_SUBJECT = [
    ("Orban met Rutte in Brussels and said he would back him.", {E(R, "Hungary")}),
    ("Hungary's Viktor Orban, after a meeting with Rutte in Brussels, said he was ready to back him.",
     {E(R, "Hungary")}),
    ("Rutte is on course to lead NATO after Hungary's Viktor Orban said on Tuesday that he would back him.",
     {E(R, "Hungary")}),
    ("Kallas met Rutte and said she was interested in the NATO job.", {CAND(K)}),
    ("Rutte met Orban and said he was confident.", set()),
    # "his country" is the country of the person "his" stands for, unless the sentence names one
    ("The Netherlands backs Rutte. Iohannis entered the race in March. He bowed out last week, and his country "
     "then said it would support the Dutchman.", {E(R, "Netherlands"), CAND(I), WD(I), E(R, "Romania")}),
    ("Hungary's foreign minister said his country cannot support Rutte's bid.", {O(R, "Hungary")}),
]


@pytest.mark.parametrize("sentence,expected", REPORTING_SUBJECT, ids=[s[:60] for s, _ in REPORTING_SUBJECT])
def test_reporting_subject(triples, sentence, expected):
    assert triples(sentence) == expected


# Patterns a fifth blind corpus (official statements, transcripts, round-ups) showed missing.
FIFTH_HELDOUT_PATTERNS = [
    ("Rutte toured. Washington, London and Paris all came out for Rutte last month.",
     {E(R, "United States"), E(R, "United Kingdom"), E(R, "France")}),
    ("Rutte toured. The Americans, the British and the Germans all declared for him in February.",
     {E(R, "United States"), E(R, "United Kingdom"), E(R, "Germany")}),
    ("The French president backed Rutte.", {E(R, "France")}),
    ("Rutte spoke to Americans in a town hall.", set()),
    ("Germany publicly backed Rutte in February, alongside the United States and France.",
     {E(R, "Germany"), E(R, "United States"), E(R, "France")}),
    ("The same council decided that Bucharest would back Rutte.", {E(R, "Romania")}),
    ("Rutte gained. The Turkish nod came at the end of April.", {E(R, "Turkey")}),
    ("The Netherlands backed U.S. and U.K. strikes on Houthi targets.", set()),
    ("Rutte will take up his functions as Secretary General on 1 October 2024.", {TO(R)}),
    ("Rutte was appointed on Wednesday. He will replace Jens Stoltenberg on 1 October.", {APP(R), TO(R)}),
    ("Rutte hopes to succeed Stoltenberg on October 1.", set()),
    ("Rutte will succeed Stoltenberg.", set()),
]


@pytest.mark.parametrize("text,expected", FIFTH_HELDOUT_PATTERNS, ids=[t[:60] for t, _ in FIFTH_HELDOUT_PATTERNS])
def test_fifth_heldout_patterns(triples, text, expected):
    assert triples(text) == expected
