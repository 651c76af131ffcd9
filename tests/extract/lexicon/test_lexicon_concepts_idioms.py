"""Round 14 (idiom14): concepts by breadth, each tested with invented sentences of both races (none from a
corpus), about half of them giving no event:

- stance idioms as one concept with their siblings (config/lexicon/en.yaml): support "stuck its neck out for",
  "went out on a limb for", "nailed its colours to X's mast" (a camp noun), "gave the nod to", "banged the drum
  for"; opposition "gave short shrift to", "turned its back on", "closed the door on", "drew the line at", and
  idioms that wrap the candidate ("gave X short shrift"; "would not touch X with a bargepole", an opposition
  only when refused); their literal readings and other objects give none;
- running idioms whose words name the race themselves (`candidacy.race_phrase_words`: "is in it to win it"),
  others that need the post after them ("staked his claim to the top job"), and a report with a subject of
  its own before them ("X said the team was still in the running") is no candidacy of X;
- a support the candidate "will not get" is the giver's refusal ("Rutte will not get Hungary's vote"); one not
  won, or not yet got, is none;
- a short item naming a candidate only by the story's descriptor ("the Dutch prime minister", "the Chilean",
  "the Dutchman's mast") is read as one naming them; a bare demonym is the state's one candidate, an owned
  role ("its own president") the state's one candidate in that role, named or not;
- a former office ("Argentina's former UN ambassador") does not speak for the state;
- an exception qualified ("with the notable exception of Argentina") is an exception;
- (slice 2) an opposition ended by more of its nouns and verbs ("ended its blockade of", "let go of its
  objections"); support moved by more verbs ("transferred its backing from X to Y", "dropped X in favour of Y",
  both stated, the first as it was); a withdrawal of a nomination considered and the nomination kept ("but
  decided to maintain it"); another post in an aside about the candidate ("X, re-elected to a second term at
  UNCTAD, is running for ...") leaves the sentence in the race.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import CAND as cand, E as endorse, O as oppose
from tests.extract.conftest import event_keys

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
NEUTRAL = "Diplomatic briefing"
RUTTE, IOHANNIS, KALLAS = "Mark Rutte", "Klaus Iohannis", "Kaja Kallas"
GROSSI, BACHELET = "Rafael Grossi", "Michelle Bachelet"
NATO_DAY, UN_DAY = dt.date(2024, 5, 16), dt.date(2026, 6, 12)


def _keys(story, un_story, story_name, title, text):
    chosen, published = (story, NATO_DAY) if story_name == "nato" else (un_story, UN_DAY)
    return event_keys(chosen, title, text, published)


IDIOMS = [
    # support: risking something for the candidate, making their cause one's own
    ("un", "France stuck its neck out for Grossi on Monday.", {endorse(GROSSI, "France")}),
    ("nato", "Italy went out on a limb for Rutte last week.", {endorse(RUTTE, "Italy")}),
    ("nato", "Poland has nailed its colours to the mast of Kallas.", {endorse(KALLAS, "Poland")}),
    ("nato", "Warsaw nailed its colours to Rutte's mast, its foreign minister said.", {endorse(RUTTE, "Poland")}),
    ("un", "Mexico gave the nod to Grossi.", {endorse(GROSSI, "Mexico")}),
    ("un", "Peru banged the drum for Bachelet in New York.", {endorse(BACHELET, "Peru")}),
    # opposition: dismissing or shutting out the candidate
    ("un", "Washington gave short shrift to Bachelet's bid.", {oppose(BACHELET, "United States")}),
    ("nato", "Hungary turned its back on Rutte.", {oppose(RUTTE, "Hungary")}),
    ("un", "Mexico closed the door on Bachelet.", {oppose(BACHELET, "Mexico")}),
    ("un", "Russia drew the line at Grossi.", {oppose(GROSSI, "Russia")}),
    ("un", "Washington gave Bachelet short shrift.", {oppose(BACHELET, "United States")}),
    ("nato", "Ankara would not touch Rutte's candidacy with a barge pole.", {oppose(RUTTE, "Turkey")}),
    ("nato", "Turkey said it would not touch Kallas with a ten-foot pole.", {oppose(KALLAS, "Turkey")}),
    # literal readings, other objects, negated or unsettled idioms: none
    ("nato", "Hungary turned its back on the podium after Rutte spoke.", set()),
    ("nato", "Rutte turned his back on the podium and left.", set()),
    ("nato", "Poland has nailed its colours to the mast.", set()),
    ("nato", "Italy went out on a limb on Rutte's migration plan.", set()),
    ("un", "Mexico closed the door on the talks with Bachelet.", set()),
    ("un", "Mexico has not yet given the nod to Grossi.", set()),
    ("un", "Washington did not give Bachelet short shrift.", set()),
    ("nato", "Ankara touched on Rutte's candidacy in a speech.", set()),
    ("nato", "Turkey would touch Rutte's bid with a bargepole if it could.", set()),
    ("un", "Brazil might stick its neck out for Bachelet.", set()),
    ("un", "Analysts said France could go out on a limb for Grossi.", set()),
]


@pytest.mark.parametrize("story_name,text,expected", IDIOMS, ids=[c[1][:50] for c in IDIOMS])
def test_round14_stance_idioms_and_their_literal_readings(story, un_story, story_name, text, expected):
    title = NATO_TITLE if story_name == "nato" else UN_TITLE
    assert _keys(story, un_story, story_name, title, text) == expected


RUNNING = [
    ("un", "Grossi is in it to win it, his spokesman told reporters.", {cand(GROSSI)}),
    ("un", "Bachelet says she is in this to win.", {cand(BACHELET)}),
    ("nato", "Rutte has staked his claim to the top job.", {cand(RUTTE)}),
    ("nato", "Kallas put her name in the hat for NATO secretary general.", {cand(KALLAS)}),
    ("nato", "Iohannis threw his name into the ring for the post on Monday.", {cand(IOHANNIS)}),
    ("un", "Grossi said he was still in the running.", {cand(GROSSI)}),
    # another contest, another subject, another thing claimed: none
    ("un", "Grossi said the team was in it to win it at the World Cup.", set()),
    ("un", "Grossi said the team was still in the running.", set()),
    ("nato", "Rutte has staked his claim to the farmland.", set()),
    ("nato", "Kallas put her name in the hat for the EU job.", set()),
    ("un", "Bachelet could be in it to win it, analysts said.", set()),
    ("nato", "Rutte said the party was in it to win it.", set()),
]


@pytest.mark.parametrize("story_name,text,expected", RUNNING, ids=[c[1][:50] for c in RUNNING])
def test_round14_running_idioms(story, un_story, story_name, text, expected):
    title = NATO_TITLE if story_name == "nato" else UN_TITLE
    assert _keys(story, un_story, story_name, title, text) == expected


RECEIVED = [
    ("nato", "Budapest has made up its mind: Rutte will not get Hungary's vote.", {oppose(RUTTE, "Hungary")}),
    ("nato", "Rutte will not be getting Hungary's vote.", {oppose(RUTTE, "Hungary")}),
    ("un", "Bachelet won't get the support of Russia, its envoy said.", {oppose(BACHELET, "Russia")}),
    ("un", "Grossi will never have Moscow's backing.", {oppose(GROSSI, "Russia")}),
    ("un", "Grossi got Mexico's vote on Monday.", {endorse(GROSSI, "Mexico")}),
    # not won: the giver did not back him, as "did not back" is (the guide's opposition)
    ("nato", "Rutte did not win Hungary's backing.", {oppose(RUTTE, "Hungary")}),
    ("un", "Bachelet did not secure the support of Russia.", {oppose(BACHELET, "Russia")}),
    # not yet got, under a condition, possible: none
    ("nato", "Rutte has not yet got Hungary's support.", set()),
    ("nato", "Rutte would not get Hungary's vote if he ran again.", set()),
    ("un", "Grossi may not get Moscow's backing.", set()),
]


@pytest.mark.parametrize("story_name,text,expected", RECEIVED, ids=[c[1][:50] for c in RECEIVED])
def test_round14_support_the_candidate_will_not_get(story, un_story, story_name, text, expected):
    title = NATO_TITLE if story_name == "nato" else UN_TITLE
    assert _keys(story, un_story, story_name, title, text) == expected


# items whose title and text name neither the post nor the organisation, the candidate only by descriptor
DESCRIBED = [
    ("nato", "Belgium has thrown its full weight behind the Dutch prime minister, its foreign minister said.",
     {endorse(RUTTE, "Belgium")}),
    ("nato", "Slovakia has lifted its objection to the Dutch prime minister and will now vote for him.",
     {oppose(RUTTE, "Slovakia"), endorse(RUTTE, "Slovakia")}),
    ("un", "The United States no longer objects to the Chilean, a State Department spokesperson said.",
     {oppose(BACHELET, "United States")}),
    ("nato", "Warsaw has nailed its colours to the Dutchman's mast.", {endorse(RUTTE, "Poland")}),
    ("nato", "Romania declined to endorse Rutte while its own president remained in the race.",
     {oppose(RUTTE, "Romania"), cand(IOHANNIS)}),
    # the descriptor of something else, or no event: none
    ("nato", "Belgium has thrown its full weight behind the Dutch prime minister's budget plan.", set()),
    ("nato", "The Dutch prime minister watched the football match in The Hague.", set()),
    ("nato", "Belgium backs the Dutch prime minister on migration.", set()),
    ("nato", "Hungary beat the Dutchman in the chess final.", set()),
    ("un", "The Chilean watched the match in Santiago.", set()),
    ("nato", "The Dutchman won the stage on Monday.", set()),
]


@pytest.mark.parametrize("story_name,text,expected", DESCRIBED, ids=[c[1][:50] for c in DESCRIBED])
def test_round14_short_item_naming_a_candidate_by_descriptor(story, un_story, story_name, text, expected):
    assert _keys(story, un_story, story_name, NEUTRAL, text) == expected


OTHERS = [
    # a former office does not speak for the state
    ("un", "Grossi, Argentina's former UN ambassador, has declared his candidacy.", {cand(GROSSI)}),
    ("nato", "Rutte, Estonia's former ambassador, said he would run for the post.", {cand(RUTTE)}),
    ("un", "Chile's former foreign minister said she backs Grossi.", set()),
    ("nato", "Latvia's former defence minister said he supports Rutte.", set()),
    ("nato", "Latvia's defence minister said he supports Rutte.", {endorse(RUTTE, "Latvia")}),
    # an exception qualified
    ("un", "Latin American governments, with the notable exception of Argentina, have rallied around Bachelet.",
     set()),
    ("nato", "All allies, with the sole exception of Hungary, back Rutte.", set()),
    ("nato", "Every ally with the possible exception of Turkey supports Rutte.", set()),
    ("un", "With the notable exception of Russia, the Council's members welcomed Grossi; Mexico backs him.",
     {endorse(GROSSI, "Mexico")}),
    ("nato", "Spain, with the notable exception of its far right, backs Rutte.", {endorse(RUTTE, "Spain")}),
]


@pytest.mark.parametrize("story_name,text,expected", OTHERS, ids=[c[1][:50] for c in OTHERS])
def test_round14_former_offices_and_qualified_exceptions(story, un_story, story_name, text, expected):
    title = NATO_TITLE if story_name == "nato" else UN_TITLE
    assert _keys(story, un_story, story_name, title, text) == expected


ENDED = [
    # an opposition ended, by a noun or a verb of its concept: the earlier opposition
    ("nato", "Hungary has ended its blockade of Rutte.", {oppose(RUTTE, "Hungary")}),
    ("nato", "Hungary ended its holdout against Rutte on Monday.", {oppose(RUTTE, "Hungary")}),
    ("nato", "Slovakia has let go of its objections to Rutte.", {oppose(RUTTE, "Slovakia")}),
    ("nato", "Turkey shelved its objections to Rutte's candidacy.", {oppose(RUTTE, "Turkey")}),
    # support moved from one candidate to another: both, the first as it was
    ("un", "Mexico has transferred its backing from Bachelet to Grossi.",
     {endorse(BACHELET, "Mexico"), endorse(GROSSI, "Mexico")}),
    ("un", "Mexico has switched its allegiance from Bachelet to Grossi.",
     {endorse(BACHELET, "Mexico"), endorse(GROSSI, "Mexico")}),
    ("un", "Peru dropped Bachelet in favour of Grossi.", {endorse(BACHELET, "Peru"), endorse(GROSSI, "Peru")}),
    ("nato", "Latvia ditched Kallas for Rutte.", {endorse(KALLAS, "Latvia"), endorse(RUTTE, "Latvia")}),
    # a withdrawal considered and the nomination kept
    ("un", "Chile considered withdrawing Bachelet's nomination but in the end decided to maintain it.",
     {cand(BACHELET), endorse(BACHELET, "Chile")}),
    ("un", "Chile weighed dropping Bachelet's nomination but kept it.", {cand(BACHELET), endorse(BACHELET, "Chile")}),
    # none: another blockade, another thing dropped, a switch not made or only possible, the ending kept in doubt
    ("un", "Mexico has ended its blockade of Cuba.", set()),
    ("un", "Mexico dropped Bachelet for her remarks on Venezuela.", set()),
    ("un", "Mexico dropped the tariff in favour of Grossi's plan.", set()),
    ("un", "Mexico could ditch Bachelet for Grossi.", set()),
    ("un", "Chile considered withdrawing Bachelet's nomination.", set()),
    ("un", "Chile considered withdrawing Bachelet's nomination but may keep it.", set()),
    ("nato", "Hungary has softened its stance on Rutte.", set()),
    ("nato", "Hungary may let go of its objections to Rutte.", set()),
]


@pytest.mark.parametrize("story_name,text,expected", ENDED, ids=[c[1][:50] for c in ENDED])
def test_round14_ended_and_switched_stances(story, un_story, story_name, text, expected):
    title = NATO_TITLE if story_name == "nato" else UN_TITLE
    assert _keys(story, un_story, story_name, title, text) == expected


OTHER_POSTS = [
    # another post in an aside about the candidate leaves the sentence in the race
    ("un", "Rebeca Grynspan, re-elected to a second term at UNCTAD, is now running for secretary-general.",
     {cand("Rebeca Grynspan")}),
    ("nato", "Rutte, re-elected as party leader in 2021, is running for the post.", {cand(RUTTE)}),
    ("un", "Grossi, re-elected as IAEA chief in 2023, has declared his candidacy for secretary-general.", {cand(GROSSI)}),
    ("un", "Bachelet, a former UN human rights chief, is running for secretary-general.", {cand(BACHELET)}),
    ("un", "Grossi, Argentina's former UN ambassador, has declared his candidacy.", {cand(GROSSI)}),
    # the other post as what is sought or backed: none
    ("un", "Argentina backs Grossi for a second term at the IAEA.", set()),
    ("nato", "Germany backed Rutte for the EU Council presidency.", set()),
    ("un", "Mexico backed Grynspan's re-election at UNCTAD.", set()),
    ("un", "Grynspan was re-elected to a second term at UNCTAD on Monday.", set()),
    ("un", "Grossi, re-elected to a second term at the IAEA, thanked the board.", set()),
]


@pytest.mark.parametrize("story_name,text,expected", OTHER_POSTS, ids=[c[1][:50] for c in OTHER_POSTS])
def test_round14_another_post_in_an_aside(story, un_story, story_name, text, expected):
    title = NATO_TITLE if story_name == "nato" else UN_TITLE
    assert _keys(story, un_story, story_name, title, text) == expected
