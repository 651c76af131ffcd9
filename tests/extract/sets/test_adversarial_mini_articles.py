"""Adversarial mini-articles for the extractor, written from the annotation guide.

Each case is a 1-3 sentence article with a publication date and the exact set
of (type, subject, actor) a human labeller would give it; some cases also pin
the status or the resolved date. About half must yield events phrased the many
ways news English phrases them; the other half must yield nothing (conditions,
predictions, questions, aggregates, commentators, denials, doubted rumours,
backing for a policy, other races). A failing case is a gap in the extractor:
do not soften the expectation to make it pass.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pytest

from natowatch.extract import extract_events
from tests.extract.conftest import APP as appoint, CAND as cand, E as endorse, O as oppose, TO as takes, WD as withdraw

TITLE = "The race for NATO secretary general"
THURSDAY = dt.date(2024, 6, 20)

RUTTE, IOHANNIS, KALLAS = "Mark Rutte", "Klaus Iohannis", "Kaja Kallas"
KARINS, WALLACE = "Krisjanis Karins", "Ben Wallace"
US, UK = "United States", "United Kingdom"


@dataclass(frozen=True)
class Case:
    text: str
    expected: frozenset
    published: dt.date = THURSDAY
    # key -> {"status": str, "date": date, "month": (year, month)} for the cases about them
    attrs: dict = field(default_factory=dict)


def case(id_, text, *triples, published=THURSDAY, attrs=None):
    return pytest.param(Case(text, frozenset(triples), published, attrs or {}), id=id_)


EVENT_CASES = [
    # --- endorsement: nominalisations and passives
    case("nominal-won-endorsement-of", "Rutte's candidacy won the endorsement of Germany on Wednesday.",
         endorse(RUTTE, "Germany"), attrs={endorse(RUTTE, "Germany"): {"date": dt.date(2024, 6, 19)}}),
    case("nominal-nod-from-capital", "Rutte secured a nod from Ankara after weeks of quiet talks.",
         endorse(RUTTE, "Turkey")),
    case("possessive-capital-support-for", "Washington's support for Rutte has never wavered since February.",
         endorse(RUTTE, US)),
    case("passive-backed-by-list", "Rutte is backed by the United States, Britain, France and Germany.",
         endorse(RUTTE, US), endorse(RUTTE, UK), endorse(RUTTE, "France"), endorse(RUTTE, "Germany")),
    case("enjoys-backing-including", "Rutte enjoys the backing of the bulk of the alliance, including the United States and Britain.",
         endorse(RUTTE, US), endorse(RUTTE, UK)),
    case("demonym-administration", "The American administration endorsed Rutte for the post of NATO secretary general.",
         endorse(RUTTE, US)),
    case("weight-behind-outgoing-premier", "Orban threw his weight behind the outgoing Dutch prime minister.",
         endorse(RUTTE, "Hungary")),
    case("role-dutch-premier-backing", "The Dutch premier has the backing of Poland in his bid to lead NATO.",
         endorse(RUTTE, "Poland")),
    case("minister-speaks-for-state", "Spain also supports Rutte's bid, Albares said on Monday.",
         endorse(RUTTE, "Spain"), attrs={endorse(RUTTE, "Spain"): {"date": dt.date(2024, 6, 17)}}),
    # --- endorsement: stance carried to the next sentence
    case("followed-suit", "Britain, France and Germany have backed Rutte. Italy followed suit on Tuesday.",
         endorse(RUTTE, UK), endorse(RUTTE, "France"), endorse(RUTTE, "Germany"), endorse(RUTTE, "Italy"),
         attrs={endorse(RUTTE, "Italy"): {"date": dt.date(2024, 6, 18)}}),
    case("joined-them", "Hungary said on Tuesday it would back Rutte. Slovakia joined them a day later.",
         endorse(RUTTE, "Hungary"), endorse(RUTTE, "Slovakia"),
         attrs={endorse(RUTTE, "Hungary"): {"date": dt.date(2024, 6, 18)}}),
    case("pronoun-him-next-sentence", "Rutte picked up fresh endorsements on Friday. Canada and Denmark both declared their support for him.",
         endorse(RUTTE, "Canada"), endorse(RUTTE, "Denmark")),
    # --- endorsement: speakers after quotes
    case("quote-speaker-named-subject", "'Mark Rutte has our full support,' Scholz told reporters.",
         endorse(RUTTE, "Germany")),
    case("quote-speaker-pronoun", "Rutte met the German chancellor in Berlin on Monday. 'He has our full support,' Scholz told reporters.",
         endorse(RUTTE, "Germany")),
    case("quote-said-capital-spokesman", "'We will vote for Rutte,' a spokesman for the Elysee said.",
         endorse(RUTTE, "France")),
    # --- endorsement: status
    case("tentative-leaning", "Slovakia is leaning towards supporting Rutte, Fico said.",
         endorse(RUTTE, "Slovakia"), attrs={endorse(RUTTE, "Slovakia"): {"status": "tentative"}}),
    case("tentative-willing", "Ankara is willing to back Rutte, Fidan said after meeting his Dutch counterpart.",
         endorse(RUTTE, "Turkey"), attrs={endorse(RUTTE, "Turkey"): {"status": "tentative"}}),
    case("reported-reuters", "Hungary will back Rutte, Reuters reported, citing two diplomats.",
         endorse(RUTTE, "Hungary"), attrs={endorse(RUTTE, "Hungary"): {"status": "reported"}}),
    case("reported-media", "Romania has decided to support Rutte, Romanian media reported on Wednesday.",
         endorse(RUTTE, "Romania"), attrs={endorse(RUTTE, "Romania"): {"status": "reported"}}),
    # --- opposition
    case("refused-to-support", "Hungary publicly refused to support Rutte's bid.",
         oppose(RUTTE, "Hungary")),
    case("quote-cannot-support", "'We certainly cannot support him,' Szijjarto said of Rutte.",
         oppose(RUTTE, "Hungary")),
    case("withheld-support", "Turkey has withheld its support for Rutte, officials in Ankara said.",
         oppose(RUTTE, "Turkey")),
    case("vowed-to-block", "Orban vowed to block Rutte's appointment.",
         oppose(RUTTE, "Hungary")),
    case("did-not-back-candidacy", "Romania did not back Rutte's candidacy, Ciolacu said.",
         oppose(RUTTE, "Romania")),
    # --- candidacy: interest and nomination
    case("interested-in-the-job", "Asked about the NATO post, Rutte said he would be interested in the job.",
         cand(RUTTE)),
    case("hat-into-ring", "Iohannis threw his hat into the ring for NATO's top job on Tuesday.",
         cand(IOHANNIS), published=dt.date(2024, 3, 14),
         attrs={cand(IOHANNIS): {"date": dt.date(2024, 3, 12)}}),
    case("put-herself-forward", "Kallas has put herself forward as a candidate to lead NATO.",
         cand(KALLAS)),
    case("made-interest-known", "Karins made his interest in the post of NATO secretary general known in March.",
         cand(KARINS)),
    case("succeed-mr-incumbent", "Wallace says he is keen to succeed Mr Stoltenberg.", cand(WALLACE)),
    case("no-secret-of-ambition", "Kallas has made no secret of her ambition to lead NATO.", cand(KALLAS)),
    case("has-been-in-this-race", "Iohannis has been in this race for NATO secretary general since March.", cand(IOHANNIS)),
    # a stance with its object left out is about the candidate in focus; "the other country" is a state
    case("signed-off-focus", "Rutte flew to Ankara on Monday. Turkey signed off on Wednesday.", endorse(RUTTE, "Turkey")),
    case("other-country-green-light", "Rutte spoke to Erdogan again. What about Hungary? The other country that "
         "hesitated gave the green light on Wednesday.", endorse(RUTTE, "Hungary")),
    # a sentence opening with "He" goes on about the last sentence's subject, not its last-named man
    case("he-is-the-last-subject", "Rutte flew to Oslo on Monday for talks with his predecessor, Jens Stoltenberg, "
         "whose term was extended twice. He is the only candidate for NATO secretary general.", cand(RUTTE)),
    # "him" that a state backs is not the candidate who has just left the race
    case("him-not-the-one-who-quit", "Rutte's path was cleared when Iohannis quit the race for NATO secretary general "
         "and Hungary said it would back him.", endorse(RUTTE, "Hungary"), withdraw(IOHANNIS)),
    # plural anaphora: the two states named last, listed or in two clauses of one sentence
    case("both-after-list", "Hungary and Slovakia met in Bratislava. Both endorsed Rutte for NATO secretary general on Monday.",
         endorse(RUTTE, "Hungary"), endorse(RUTTE, "Slovakia")),
    case("the-two-after-clauses", "Hungary had held out for months, and Romania had its own candidate. The two governments "
         "have since backed Rutte.", endorse(RUTTE, "Hungary"), endorse(RUTTE, "Romania")),
    # an epithet in a subject slot stands for the person named just before
    case("epithet-age", "Rutte spoke on Monday. The 57-year-old is running for NATO secretary general.", cand(RUTTE)),
    case("epithet-profession", "Karins arrived in Riga. The veteran politician has entered the race for NATO's top job.",
         cand(KARINS)),
    # the guide: a state nominating a person = candidacy + endorsement by that state
    case("state-nominated", "Romania nominated Iohannis for the post of NATO secretary general.",
         cand(IOHANNIS), endorse(IOHANNIS, "Romania")),
    case("government-put-forward", "The Latvian government put forward Karins as a candidate for NATO secretary general.",
         cand(KARINS), endorse(KARINS, "Latvia")),
    case("vying-for", "Wallace is vying for the job of NATO chief.",
         cand(WALLACE), published=dt.date(2023, 6, 1)),
    case("confirmed-candidacy", "Iohannis confirmed his candidacy for the top job at NATO.",
         cand(IOHANNIS), published=dt.date(2024, 3, 14)),
    case("role-also-in-running", "The Romanian president is also in the running to succeed Stoltenberg.",
         cand(IOHANNIS), published=dt.date(2024, 3, 14)),
    # --- withdrawal
    case("bowed-out", "Iohannis bowed out of the race on Thursday.",
         withdraw(IOHANNIS), attrs={withdraw(IOHANNIS): {"date": THURSDAY}}),
    case("role-dropped-out", "The Romanian president has dropped out of the contest to lead NATO.",
         withdraw(IOHANNIS)),
    case("withdrew-candidacy-clearing-way", "Iohannis withdrew his candidacy, clearing the way for Rutte.",
         withdraw(IOHANNIS)),
    # "last month" dates it to the month, not to a made-up day
    case("abandoned-bid-last-month", "Wallace abandoned his bid for the NATO post last month.",
         withdraw(WALLACE), published=dt.date(2023, 9, 15),
         attrs={withdraw(WALLACE): {"date": dt.date(2023, 8, 1), "precision": "month"}}),
    case("pulled-out-office-said", "Iohannis has pulled out of the race for NATO secretary general, his office said.",
         withdraw(IOHANNIS)),
    case("withdrawal-plus-endorsement", "Romania's top defence council decided to back Rutte after Iohannis quit the race.",
         withdraw(IOHANNIS), endorse(RUTTE, "Romania")),
    # --- appointment
    case("nato-named", "NATO named Rutte as its next secretary general on Wednesday.",
         appoint(RUTTE), published=dt.date(2024, 6, 27),
         attrs={appoint(RUTTE): {"date": dt.date(2024, 6, 26)}}),
    case("allies-formally-picked", "Allies formally picked Rutte to lead the alliance.",
         appoint(RUTTE), published=dt.date(2024, 6, 27)),
    case("council-selected-on-date", "The North Atlantic Council selected Mark Rutte as the next NATO Secretary General on 26 June.",
         appoint(RUTTE), published=dt.date(2024, 6, 28),
         attrs={appoint(RUTTE): {"date": dt.date(2024, 6, 26), "status": "confirmed", "actor": "NATO"}}),
    case("passive-appointed-by-members", "Rutte was appointed NATO secretary general by the alliance's 32 members.",
         appoint(RUTTE), published=dt.date(2024, 6, 27)),
    case("ambassadors-confirmed-appointment", "NATO ambassadors confirmed Rutte's appointment at a meeting in Brussels.",
         appoint(RUTTE), published=dt.date(2024, 6, 27)),
    # --- takes_office
    case("took-the-helm", "Rutte took the helm of NATO on Tuesday.",
         takes(RUTTE), published=dt.date(2024, 10, 3),
         attrs={takes(RUTTE): {"date": dt.date(2024, 10, 1)}}),
    case("succeeded-stoltenberg", "Rutte succeeded Stoltenberg as NATO chief on 1 October.",
         takes(RUTTE), published=dt.date(2024, 10, 2),
         attrs={takes(RUTTE): {"date": dt.date(2024, 10, 1)}}),
    case("handed-over-to", "Stoltenberg handed over to Rutte at a ceremony in Brussels.",
         takes(RUTTE), published=dt.date(2024, 10, 1)),
    case("scheduled-as-fact", "Rutte will take office as NATO secretary general on 1 October.",
         takes(RUTTE), published=dt.date(2024, 6, 27),
         attrs={takes(RUTTE): {"date": dt.date(2024, 10, 1)}}),
    case("role-took-over-from", "The former Dutch premier took over from Stoltenberg on Tuesday.",
         takes(RUTTE), published=dt.date(2024, 10, 2),
         attrs={takes(RUTTE): {"date": dt.date(2024, 10, 1)}}),
]

NO_EVENT_CASES = [
    # --- negations that are not a refusal
    case("not-officially-endorsed", "NATO ambassadors have not officially endorsed Rutte yet."),
    case("not-announced-support", "Hungary has not announced its support for Rutte."),
    case("not-blocked", "Turkish officials had reservations about Rutte, but Ankara has not blocked him."),
    case("not-decided-to-run", "Iohannis has not decided whether to run for NATO chief.", published=dt.date(2024, 2, 1)),
    # --- conditions and hypotheticals
    case("could-back-if", "Hungary could back Rutte if he apologises for his past remarks."),
    case("only-if-guarantees", "Orban says he can support Rutte only if he gets guarantees on Ukraine."),
    case("if-turkey-backs", "If Turkey backs Rutte, the path to his appointment will be clear."),
    case("cannot-support-a-sg-who", "Budapest said it cannot support a secretary general who wants to drag Hungary into the war."),
    # --- predictions and expectations
    case("poised-to-become", "Rutte is poised to become NATO's next secretary general."),
    case("expected-to-be-appointed", "Rutte is expected to be appointed at the summit in Washington."),
    case("likely-to-be-selected", "Rutte is likely to be selected by NATO allies within weeks."),
    case("could-become", "Rutte could become the next NATO chief."),
    case("decision-by-july", "The decision should be finalised by July, diplomats in Brussels said."),
    case("handover-no-name", "Stoltenberg will hand over to his successor in October."),
    # --- questions
    case("question-will-back", "Will Turkey back Rutte?"),
    case("question-oppose", "Does Orban oppose Rutte's bid?"),
    case("question-running", "Is Kallas running for NATO secretary general?"),
    case("question-who-succeeds", "Who will succeed Stoltenberg?"),
    # --- aggregates with no named actor
    case("aggregate-most-allies", "Most allies support Rutte."),
    case("aggregate-some-eastern", "Some Eastern European countries backed Iohannis."),
    case("aggregate-two-thirds-members", "Two-thirds of NATO members support Rutte, diplomats said."),
    case("aggregate-several-capitals", "Several capitals have quietly backed Kallas."),
    # --- commentators, journalists, think tanks
    case("commentator-analyst", "Rutte is the obvious choice for the alliance, argued one former NATO official turned analyst."),
    case("columnists-urged-the-hague", "Columnists in The Hague urged the government to support Rutte."),
    case("newspaper-dutch-demonym", "The Dutch newspaper De Telegraaf backed Rutte's bid in an editorial."),
    case("think-tank-polish-demonym", "A Polish think tank supported Kallas for the NATO post."),
    case("editorial-board", "The Financial Times editorial board endorsed Rutte."),
    # --- denials by the person
    case("denial-not-a-candidate", "'I am not a candidate,' Kallas told reporters.", published=dt.date(2023, 6, 1)),
    case("denial-not-running", "Wallace said he was not running for the job of NATO chief.", published=dt.date(2023, 4, 1)),
    case("denial-of-reports", "Frederiksen has denied reports that she wants to run NATO.", published=dt.date(2023, 6, 1)),
    case("denial-not-interested", "Rutte has repeatedly said he is not interested in an international job.", published=dt.date(2022, 12, 1)),
    # --- rumours the article doubts or denies
    case("rumour-false", "Reports that Turkey had backed Iohannis were false, officials in Ankara said."),
    case("rumour-unfounded", "Claims that Karins was seeking the NATO post turned out to be unfounded."),
    # --- backing a policy, not a bid
    case("policy-houthi-strikes", "Rutte backed US strikes on the Houthis."),
    case("policy-sweden-membership", "Stoltenberg backed Sweden's membership of the alliance."),
    case("policy-ukraine-bid", "Rutte supports Ukraine's bid to join NATO."),
    case("policy-rutte-call", "Orban backed Rutte's call for more defence spending."),
    case("policy-netherlands-ukraine", "The Netherlands backed Ukraine's bid for membership."),
    case("policy-blocked-aid", "Hungary blocked EU aid for Ukraine, Rutte complained."),
    case("praise-is-not-backing", "Biden praised Rutte's leadership on Ukraine."),
    case("talks-are-not-backing", "Sunak discussed the NATO succession with Rutte by phone."),
    # --- other races and other jobs
    case("other-race-commission", "Scholz endorsed von der Leyen for a second term as Commission president."),
    case("other-race-osce", "Romania nominated a candidate for the post of OSCE Secretary General."),
    case("other-race-eu-diplomat", "EU leaders picked Kallas as the EU's top diplomat on Thursday."),
    case("other-race-dutch-pm", "The Dutch parliament backed Dick Schoof as the next Dutch prime minister."),
    case("left-dutch-politics", "Rutte withdrew from Dutch politics after his coalition collapsed.", published=dt.date(2023, 7, 11)),
    case("stepped-down-as-pm", "Rutte stepped down as Dutch prime minister on Tuesday.", published=dt.date(2024, 7, 3)),
    case("coalition-won-backing", "Rutte's coalition government won the backing of parliament.", published=dt.date(2022, 1, 15)),
    case("stoltenberg-extended", "Stoltenberg's term has been extended four times."),
    # an epithet in a subject slot is the person just named, not anyone else
    case("state-noun-is-a-verb", "Rutte flew to Paris on Monday. France votes on Sunday in a snap election."),
    case("green-light-to-something-else", "Rutte flew to Ankara on Monday. Turkey gave the green light to a gas deal "
         "on Wednesday."),
    case("both-before-a-noun", "Hungary and Slovakia met in Bratislava. Both candidates for NATO secretary general were "
         "discussed, and Rutte was praised."),
    case("epithet-after-stranger", "Kallas spoke to a Finnish diplomat. The veteran diplomat is running for the post of "
         "NATO secretary general, she said."),
]


def as_key(event):
    """The triple the guide compares: the actor counts only for endorsement and opposition."""
    return (event.type, event.subject, event.actor if event.type in ("endorsement", "opposition") else None)


@pytest.mark.parametrize("c", EVENT_CASES + NO_EVENT_CASES)
def test_exact_events(story, c: Case):
    events = {as_key(e): e for e in extract_events(TITLE, c.text, c.published, story)}
    found = set(events)
    assert found == c.expected, f"{c.text!r}: missing {sorted(c.expected - found)}, extra {sorted(found - c.expected)}"
    for key, wanted in c.attrs.items():
        event = events[key]
        got = {"status": event.status, "date": event.date, "actor": event.actor, "precision": event.precision,
               "month": (event.date.year, event.date.month) if event.date else None}
        assert {name: got[name] for name in wanted} == wanted, f"{c.text!r}: {key}"
