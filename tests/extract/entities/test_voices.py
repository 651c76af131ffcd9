"""Who speaks and who is meant, and stances that changed (session 13), each mechanism tested with invented
sentences of both races (none from a corpus or a construction set), about half of them giving no event:

- an interview set out without labels: the headline names whom it interviews ("X: '...'", "Interview: X"),
  the paragraphs ending with a question mark are the interviewer's (their "you" the interviewee, unless the
  sentence asks or its premise is doubted) and the paragraphs after the first question the answers (their
  "I", "my" the interviewee); a headline naming nobody so, or a single question, resolves nothing;
- a state taking back its nomination ("withdrew its nomination of X") is its backing, ended, not the
  candidate's withdrawal;
- an object pronoun is the candidate its sentence opens with ("X thanked A for standing by her"), even one
  who has left the race, when no other candidate comes between;
- support refused "for any post" (in the organisation) is refused for this one; "any other post" is not;
- "did the same" after the follower's own stance in a relative clause ("Peru, which had backed X, said it
  would do the same") repeats the stance of the sentence before, not its own;
- "it" after a reporting verb's object ("Warsaw informed the Dutch side that it supports X") is the state
  that tells, not the one told;
- a second verb of one report keeps its "would" as the report's ("said it will not block consensus and
  would back X");
- "a man who ..." is the candidate the reporter says it refers to ("..., referring to X's remarks"), when
  one candidate is named there;
- a stance contrasted with an actor whose verb phrase is left out ("standing by her 'when my own country
  did not'") is that actor's refusal; "my country" in a candidate's words is the candidate's own state,
  "our candidate" in a state's words its one candidate, and words quoted after a thanks are the thanker's;
  the supporters a thanks singles out ("..., singling out A and B") support the candidate;
- "the same support was expressed by X": the stance before, taken by X (a noun of support repeats only
  support).
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import CAND as cand, E as endorse, O as oppose, WD as withdrawal
from tests.extract.conftest import event_keys

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
NATO_DAY, UN_DAY = dt.date(2024, 5, 16), dt.date(2026, 3, 10)
RUTTE, IOHANNIS, KALLAS = "Mark Rutte", "Klaus Iohannis", "Kaja Kallas"
GROSSI, BACHELET = "Rafael Grossi", "Michelle Bachelet"


def _interview(title: str, lede: str, *pairs: tuple[str, str]) -> tuple[str, str]:
    """A title and a body of paragraphs: the lede, then each question and its answer."""
    return title, "\n\n".join([lede] + [p for pair in pairs for p in pair])


KALLAS_TALKS = _interview(
    'Kaja Kallas: "NATO must be ready for anything"',
    "The Estonian prime minister spoke to us in Tallinn about her bid to lead the alliance.",
    ("You have toured a dozen capitals this spring. What have you learned?",
     "That allies want a secretary general who listens. Everyone says so."),
    ("Estonia nominated you in March. Lithuania announced on Monday that it backs you. Who else supports you?",
     "Portugal told me last week that it supports my candidacy, and I am grateful."),
    ("Will Greece back you?",
     "Ask Athens. I have had good talks there."),
    ("Some say Turkey has told you it will not support you. Is that true?",
     "Nobody has told me that."),
)

NATO_INTERVIEWS = [
    (KALLAS_TALKS, {cand(KALLAS), endorse(KALLAS, "Estonia"), endorse(KALLAS, "Lithuania"),
                    endorse(KALLAS, "Portugal")}),
    # the same questions with the names swapped: the events follow the names
    (_interview('Mark Rutte: "NATO must be ready for anything"',
                "The Dutch prime minister spoke to us in The Hague about his bid to lead the alliance.",
                ("You have toured a dozen capitals this spring. What have you learned?",
                 "That allies want a secretary general who listens."),
                ("The Netherlands nominated you in March. Belgium announced on Monday that it backs you. Who else?",
                 "Spain told me last week that it supports my candidacy.")),
     {cand(RUTTE), endorse(RUTTE, "Netherlands"), endorse(RUTTE, "Belgium"), endorse(RUTTE, "Spain")}),
    # an interview noun before the colon names the interviewee too; a parenthetical changes nothing
    (_interview("Interview: Kaja Kallas on the race to lead NATO",
                "We met the Estonian prime minister in Brussels.",
                ("Estonia (which has never held the post) nominated you in March. How did that feel?",
                 "It was a great honour."),
                ("Are you worried about Turkey?", "No.")),
     {cand(KALLAS), endorse(KALLAS, "Estonia")}),
    # the headline names no interviewee: "you" and "I" stand for nobody
    (_interview("The NATO race: a conversation with a frontrunner",
                "We spoke to one of the candidates in Brussels.",
                ("Estonia nominated you in March. How did that feel?", "Lithuania told me that it supports my bid."),
                ("Are you worried about Turkey?", "No.")), set()),
    # a headline that names the person elsewhere than at its opening sets out no interview
    (_interview("Talking defence with Kaja Kallas: the race to lead NATO",
                "We met her in Brussels.",
                ("Estonia nominated you in March. How did that feel?", "Lithuania told me that it supports my bid."),
                ("Are you worried about Turkey?", "No.")), set()),
    # questions that never speak to "you" set out no interview: "my" is nobody's
    (_interview('Kaja Kallas: "NATO must be ready"',
                "The Estonian prime minister spoke in Tallinn about the race to lead NATO.",
                ("What should NATO do first?", "Lithuania told me that it supports my candidacy."),
                ("Is the alliance ready?", "Not yet.")), set()),
    # a single question paragraph is no transcript
    (_interview('Kaja Kallas: "NATO must be ready"',
                "The Estonian prime minister spoke in Tallinn.",
                ("Estonia nominated you in March, didn't it?", "Lithuania told me that it supports my bid.")), set()),
    # the interviewer's questions state nothing, nor a premise the question doubts
    (_interview('Kaja Kallas: "NATO must be ready"',
                "The Estonian prime minister spoke in Tallinn.",
                ("Will Lithuania back you?", "Ask Vilnius."),
                ("Reports say Greece backs you. Is that true?", "Ask Athens.")), set()),
]

UN_INTERVIEWS = [
    (_interview('Michelle Bachelet: "The UN needs a listener"',
                "The former Chilean president spoke to us in Geneva about her campaign for UN Secretary-General.",
                ("Brazil and Mexico nominated you in June. Why them?",
                 "They asked me first. Colombia has told me that it supports my candidacy."),
                ("Do you expect Washington to block you?", "I expect to be heard.")),
     {cand(BACHELET), endorse(BACHELET, "Brazil"), endorse(BACHELET, "Mexico"), endorse(BACHELET, "Colombia")}),
    (_interview('Rafael Grossi: "The IAEA taught me patience"',
                "The Argentine diplomat spoke to us in Vienna about his bid for UN Secretary-General.",
                ("Argentina nominated you in November. Why now?", "Because the world is dangerous."),
                ("Will China back you?", "That is for Beijing to say.")),
     {cand(GROSSI), endorse(GROSSI, "Argentina")}),
    (_interview("A diplomat's view of the race for UN Secretary-General",
                "A veteran ambassador spoke to us in New York about the race for UN Secretary-General.",
                ("Argentina nominated you in November. Why now?", "Chile told me it backs my candidacy."),
                ("Will China back you?", "That is for Beijing to say.")), set()),
]


@pytest.mark.parametrize("article,expected", NATO_INTERVIEWS, ids=[a[0][:50] for a, _ in NATO_INTERVIEWS])
def test_unlabelled_interview_nato(story, article, expected):
    assert event_keys(story, *article, NATO_DAY) == expected


@pytest.mark.parametrize("article,expected", UN_INTERVIEWS, ids=[a[0][:50] for a, _ in UN_INTERVIEWS])
def test_unlabelled_interview_un(un_story, article, expected):
    assert event_keys(un_story, *article, UN_DAY) == expected


NATO = [
    # a nomination taken back
    ("Romania has withdrawn its nomination of Iohannis.", {endorse(IOHANNIS, "Romania")}),
    ("Estonia withdrew its nomination of Kallas on Monday, but she stays in the race.", {
        endorse(KALLAS, "Estonia"), cand(KALLAS)}),
    # (a nomination kept is the nomination: the guide's candidacy + backing; race23)
    ("Estonia will not withdraw its nomination of Kallas, its prime minister said.", {endorse(KALLAS, "Estonia"),
                                                                                       cand(KALLAS)}),
    ("Estonia will not withdraw its support for Kallas.", {endorse(KALLAS, "Estonia")}),
    ("Turkey will not lift its veto on Kallas.", {oppose(KALLAS, "Turkey")}),
    ("Romania might withdraw its nomination of Iohannis if the polls stay bad.", set()),
    ("Romania withdrew Iohannis's candidacy on Monday.", {withdrawal(IOHANNIS)}),
    # an object pronoun and the sentence's subject
    ("Iohannis withdrew on Monday. Rutte thanked Poland and Spain for standing by him.", {
        withdrawal(IOHANNIS), endorse(RUTTE, "Poland"), endorse(RUTTE, "Spain")}),
    ("Rutte withdrew on Monday. Iohannis spoke in Bucharest. Rutte thanked Spain for standing by him.", {
        withdrawal(RUTTE), endorse(RUTTE, "Spain")}),
    ("Rutte withdrew on Monday. Iohannis thanked Spain for its hospitality.", {withdrawal(RUTTE)}),
    ("Rutte withdrew on Monday. Iohannis thanked Spain for the dinner it gave for him.", {withdrawal(RUTTE)}),
    # ellipsis past the follower's own stance
    ("Latvia backed Kallas on Monday. Lithuania, which had backed Karins, said it would do the same.", {
        endorse(KALLAS, "Latvia"), endorse(KALLAS, "Lithuania"), endorse("Krisjanis Karins", "Lithuania")}),
    ("Latvia backed Kallas on Monday. Lithuania, which had backed Karins, said it would host the summit.", {
        endorse(KALLAS, "Latvia"), endorse("Krisjanis Karins", "Lithuania")}),
    ("Latvia backed Kallas, and Lithuania, which hosts the summit, did the same.", {
        endorse(KALLAS, "Latvia"), endorse(KALLAS, "Lithuania")}),
    ("Latvia backed Kallas on Monday. Lithuania, which had backed Karins, did not say whether it would do the same.", {
        endorse(KALLAS, "Latvia"), endorse("Krisjanis Karins", "Lithuania")}),
    # a second verb of the same report keeps the report's "would"
    ("Orban said that Budapest will not block consensus and would back Rutte.", {endorse(RUTTE, "Hungary")}),
    ("Hungary will not block consensus and would back Rutte.", set()),
    ("Analysts said Hungary will not block consensus and would back Rutte.", set()),
    # the reporter says whom "a man who" stands for
    ("Szijjarto said Budapest cannot support the election of a man who had insulted Hungary, referring to Rutte's "
     "remarks.", {oppose(RUTTE, "Hungary")}),
    ("Szijjarto said Budapest cannot support the election of a man who insulted Hungary.", set()),
    ("Szijjarto said Budapest cannot support a man who had insulted Hungary, referring to Rutte or Iohannis.", set()),
    ("Szijjarto said Budapest could support a man who had insulted Hungary, in an apparent reference to Rutte, "
     "if he apologised.", set()),
    # "it" after the object of a reporting verb
    ("Warsaw informed the Dutch side last week that it supports Rutte.", {endorse(RUTTE, "Poland")}),
    ("Budapest told Bratislava on Monday that it would not back Rutte.", {oppose(RUTTE, "Hungary")}),
    ("Hungary said Slovakia had decided that it would back Rutte.", {endorse(RUTTE, "Slovakia")}),
    ("Warsaw asked the Dutch side whether it could support Rutte.", set()),
    ("Warsaw informed the Dutch side last week that it would host the summit.", set()),
    ("Budapest told Bratislava that it had not decided whether to back Rutte.", set()),
    # nothing to contrast, or another matter
    ("Rutte thanked Spain for its hospitality when Portugal did not offer any.", set()),
    ("Rutte thanked Spain for standing by him if Portugal did not.", set()),
]

UN = [
    ("Chile has withdrawn its nomination of Bachelet.", {endorse(BACHELET, "Chile")}),
    ("Argentina has not withdrawn its nomination of Grossi, despite the reports.", {endorse(GROSSI, "Argentina"),
                                                                                     cand(GROSSI)}),
    ("Chile may withdraw its nomination of Bachelet after the election.", set()),
    ("Chile has withdrawn its nomination of Bachelet for the OAS secretary general post.", set()),
    ("Iran will not support Grossi for any post in the Iranian government.", set()),
    # any post
    ("Iran will not support Grossi for any post in the United Nations system.", {oppose(GROSSI, "Iran")}),
    ('"The Islamic Republic of Iran will not support Mr. Grossi for any post," the foreign minister wrote.', {
        oppose(GROSSI, "Iran")}),
    ("Iran will not support Grossi for any other post in the United Nations system.", set()),
    ("Iran will not support Grossi for any post at the IAEA.", set()),
    ("Iran would support Grossi for any post in the UN system if he apologised.", set()),
    # the sentence's subject, who has left the race
    ("Grossi withdrew on Friday. Bachelet withdrew on Monday. Bachelet thanked Brazil for standing by her.", {
        withdrawal(GROSSI), withdrawal(BACHELET), endorse(BACHELET, "Brazil")}),
    ("Bachelet withdrew on Monday. Bachelet thanked Brazil for its hospitality.", {withdrawal(BACHELET)}),
    # a stance contrasted with the speaker's own country, its verb phrase left out
    ('Bachelet thanked Brazil and Mexico for standing by her "when my own country did not".', {
        endorse(BACHELET, "Brazil"), endorse(BACHELET, "Mexico"), oppose(BACHELET, "Chile")}),
    ('Grossi thanked Italy for standing by him "when my own country did not".', {
        endorse(GROSSI, "Italy"), oppose(GROSSI, "Argentina")}),
    ("Grossi thanked Italy for standing by him when Peru did not.", {endorse(GROSSI, "Italy"), oppose(GROSSI, "Peru")}),
    ('Bachelet thanked Brazil for standing by her "when my own country did".', {endorse(BACHELET, "Brazil")}),
    ("Bachelet said Brazil would stand by her if Chile did not.", set()),
    ('Bachelet thanked Brazil for its hospitality "when my own country did not" offer any.', set()),
    ('"Peru stood by me when my own country did not," a former minister said of Bachelet.', set()),
    # a state's "our candidate" in its words, and the supporters a thanks singles out
    ('Argentina\'s foreign ministry thanked "all the countries that supported our candidate", singling out Spain and '
     'Italy.', {endorse(GROSSI, "Spain"), endorse(GROSSI, "Italy")}),
    ('Chile\'s foreign ministry thanked "all the countries that supported our candidate", singling out Spain and '
     'the United States.', {endorse(BACHELET, "Spain"), endorse(BACHELET, "United States")}),
    ('Peru\'s foreign ministry thanked "all the countries that supported our candidate", singling out Spain.', set()),
    ('Argentina\'s foreign ministry thanked "all the countries that criticised our candidate", singling out Spain.',
     set()),
    ("Argentina wrote to all the countries that might support Grossi, singling out Spain.", set()),
    # "this candidacy": the one in focus
    ('Bachelet is running. "Chile will not support this candidacy," the statement said.', {
        cand(BACHELET), oppose(BACHELET, "Chile")}),
    ('Bachelet is running. "Chile will support this candidacy if she wins the first poll," the statement said.', {
        cand(BACHELET)}),
    # "the same support" given by another actor: the stance before, of the noun's kind
    ("Chile backs Bachelet. The same support was expressed by Peru.", {endorse(BACHELET, "Chile"), endorse(BACHELET, "Peru")}),
    ("China opposes Bachelet. The same support was expressed by Peru.", {oppose(BACHELET, "China")}),
    ("Chile backs Bachelet. The same support was not expressed by Peru.", {endorse(BACHELET, "Chile")}),
    ("Chile backs Bachelet. The same concern was expressed by Peru.", {endorse(BACHELET, "Chile")}),
    # manner phrases between a support verb and its object
    ("Lima supports with conviction Grossi.", {endorse(GROSSI, "Peru")}),
    ("Lima supports with conviction the fight against hunger, Grossi said.", set()),
    # ellipsis past the follower's own stance
    ("Ecuador backed Grossi on Monday. Peru, which had backed Bachelet, said it would do the same.", {
        endorse(GROSSI, "Ecuador"), endorse(GROSSI, "Peru"), endorse(BACHELET, "Peru")}),
    ("Ecuador backed Grossi on Monday. Peru, which had backed Bachelet, said it would host the talks.", {
        endorse(GROSSI, "Ecuador"), endorse(BACHELET, "Peru")}),
]


@pytest.mark.parametrize("text,expected", NATO, ids=[c[0][:60] for c in NATO])
def test_voices_nato(story, text, expected):
    assert event_keys(story, NATO_TITLE, text, NATO_DAY) == expected


@pytest.mark.parametrize("text,expected", UN, ids=[c[0][:60] for c in UN])
def test_voices_un(un_story, text, expected):
    assert event_keys(un_story, UN_TITLE, text, UN_DAY) == expected
