"""Vocabulary breadth of the stances, by concept (issue 12, design item 1): for support and opposition, the
predicates, idioms, nominal and multiword forms English-language journalists use (wire, broadsheet, regional,
non-native English, diplomatic communiqués), each in an invented sentence of one of the two races, and the
same words in their other senses, which give no event (about half of the cases). The list comes from the
language, not from a corpus: no sentence is an article's own.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import E as endorse, O as oppose
from tests.extract.conftest import event_keys

NATO_TITLE, UN_TITLE = "The race for NATO secretary general", "The race for UN Secretary-General"
RUTTE, IOHANNIS, KALLAS = "Mark Rutte", "Klaus Iohannis", "Kaja Kallas"
GROSSI, BACHELET = "Rafael Grossi", "Michelle Bachelet"

# (race, text, expected)
SUPPORT = [
    ("nato", "Poland stood by Rutte throughout the spring.", {endorse(RUTTE, "Poland")}),
    ("nato", "Spain stands squarely behind Rutte.", {endorse(RUTTE, "Spain")}),
    ("nato", "Latvia rallied behind Kallas on Monday.", {endorse(KALLAS, "Latvia")}),
    ("nato", "Canada has got behind Rutte.", {endorse(RUTTE, "Canada")}),
    ("nato", "Italy has championed Iohannis since March.", {endorse(IOHANNIS, "Italy")}),
    ("nato", "Germany vouched for Rutte at the meeting of ambassadors.", {endorse(RUTTE, "Germany")}),
    ("un", "Colombia will accompany the candidacy of Bachelet, its foreign ministry said.", {endorse(BACHELET, "Colombia")}),
    ("un", "Argentina reaffirmed its full confidence in Grossi.", {endorse(GROSSI, "Argentina")}),
    ("un", "Brazil voiced support for Bachelet on Tuesday.", {endorse(BACHELET, "Brazil")}),
    ("un", "Mexico pledged its vote to Bachelet.", {endorse(BACHELET, "Mexico")}),
    ("nato", "Norway came out for Rutte in February.", {endorse(RUTTE, "Norway")}),
    ("nato", "Denmark lined up behind Rutte.", {endorse(RUTTE, "Denmark")}),
    ("un", "France is in Grossi's corner.", {endorse(GROSSI, "France")}),
    ("nato", "Belgium lent its weight to Rutte's bid.", {endorse(RUTTE, "Belgium")}),
    ("nato", "Washington gave its blessing to Rutte.", {endorse(RUTTE, "United States")}),
    ("nato", "Portugal signed on to Iohannis's candidacy.", {endorse(IOHANNIS, "Portugal")}),
    ("un", "Panama supports with enthusiasm the candidacy of Bachelet.", {endorse(BACHELET, "Panama")}),
    ("un", "Peru supports with conviction the candidacy of Grossi.", {endorse(GROSSI, "Peru")}),
    ("nato", "Britain threw its considerable weight behind Rutte.", {endorse(RUTTE, "United Kingdom")}),
    ("un", "Uruguay extended its support to Bachelet.", {endorse(BACHELET, "Uruguay")}),
    ("nato", "Canada is firmly behind Rutte.", {endorse(RUTTE, "Canada")}),
    ("nato", "Spain is in favour of Rutte, its foreign minister said.", {endorse(RUTTE, "Spain")}),
    ("nato", "Paris gave the nod to Rutte last week.", {endorse(RUTTE, "France")}),
    ("nato", "Greece sided with Rutte.", {endorse(RUTTE, "Greece")}),
    ("nato", "Latvia has cast its lot with Kallas.", {endorse(KALLAS, "Latvia")}),
    ("nato", "Italy put its full support behind Rutte.", {endorse(RUTTE, "Italy")}),
    ("nato", "Finland is rooting for Kallas.", {endorse(KALLAS, "Finland")}),
    ("nato", "Berlin weighed in behind Rutte.", {endorse(RUTTE, "Germany")}),
    ("nato", "Italy declared itself in favour of Rutte.", {endorse(RUTTE, "Italy")}),
    ("un", "Ecuador pronounced itself in favour of the candidacy of Grossi.", {endorse(GROSSI, "Ecuador")}),
    ("nato", "Canada is supportive of Rutte.", {endorse(RUTTE, "Canada")}),
    ("nato", "Poland stands four-square behind Rutte.", {endorse(RUTTE, "Poland")}),
    ("un", "Brazil is on Bachelet's side.", {endorse(BACHELET, "Brazil")}),
    ("nato", "Washington stands shoulder to shoulder with Rutte.", {endorse(RUTTE, "United States")}),
    ("nato", "Britain is batting for Rutte.", {endorse(RUTTE, "United Kingdom")}),
    ("nato", "Denmark spoke up for Rutte at the dinner.", {endorse(RUTTE, "Denmark")}),
    ("nato", "Ankara gave Rutte the thumbs-up on Friday.", {endorse(RUTTE, "Turkey")}),
    ("nato", "Iceland has signed up to Rutte's candidacy.", {endorse(RUTTE, "Iceland")}),
    ("un", "Chile welcomed and supports the candidacy of Bachelet.", {endorse(BACHELET, "Chile")}),
    ("un", "Ghana has been on Grossi's side from the start.", {endorse(GROSSI, "Ghana")}),
    ("un", "Spain expressed its support for the candidature of Bachelet.", {endorse(BACHELET, "Spain")}),
    ("un", "Mexico is solidly behind Bachelet.", {endorse(BACHELET, "Mexico")}),
    ("un", "Italy gave its backing to Grossi.", {endorse(GROSSI, "Italy")}),
    ("un", "Kenya has thrown its support behind Grossi.", {endorse(GROSSI, "Kenya")}),
    ("un", "Japan is a firm supporter of Grossi.", {endorse(GROSSI, "Japan")}),
    ("nato", "Estonia came out strongly in favour of Rutte.", {endorse(RUTTE, "Estonia")}),
    ("un", "Argentina reiterates its unwavering support to the candidacy of Grossi.", {endorse(GROSSI, "Argentina")}),
    ("un", "Paraguay has aligned itself with Grossi.", {endorse(GROSSI, "Paraguay")}),
    ("nato", "Croatia has come down on the side of Rutte.", {endorse(RUTTE, "Croatia")}),
    ("un", "Chile lends its full support to Bachelet.", {endorse(BACHELET, "Chile")}),
    # the same words in their other senses
    ("nato", "Poland stood by the statement it made on Ukraine, Rutte said.", set()),
    ("nato", "Spain stands behind its troops in Latvia, Kallas said.", set()),
    ("nato", "Italy is a champion of free trade, Rutte told reporters.", set()),
    ("nato", "Germany vouched for the safety of the pipeline, Rutte said.", set()),
    ("un", "Colombia will accompany the delegation of Bachelet to the summit.", set()),
    ("un", "Argentina reaffirmed its full confidence in the peace process, Grossi said.", set()),
    ("nato", "Belgium lent its weight to the sanctions package, Rutte said.", set()),
    ("nato", "Washington gave its blessing to the arms sale, Rutte said.", set()),
    ("nato", "Portugal signed on to the climate pledge, Kallas said.", set()),
    ("un", "Panama supports with enthusiasm the new climate fund, Bachelet said.", set()),
    ("nato", "Canada is firmly behind schedule on defence spending, Rutte said.", set()),
    ("nato", "Spain is in favour of higher defence spending, Rutte said.", set()),
    ("nato", "Greece sided with Cyprus in the dispute, Rutte said.", set()),
    ("nato", "Finland is rooting for its ice hockey team, Kallas said.", set()),
    ("nato", "Canada is supportive of Ukraine's reforms, Rutte said.", set()),
    ("nato", "Washington stands shoulder to shoulder with Kyiv, Rutte said.", set()),
    ("nato", "Denmark spoke up for the Kurds at the dinner, Rutte said.", set()),
    ("nato", "Ankara gave the thumbs-up to the fighter jet deal, Rutte said.", set()),
    ("un", "Ghana is on the side of the protesters, Grossi said.", set()),
    ("nato", "Britain threw its considerable weight behind the Ukraine fund, Rutte said.", set()),
    ("un", "Paraguay has aligned itself with the Mercosur position, Grossi said.", set()),
    ("nato", "Croatia has come down on the side of caution, Rutte said.", set()),
    ("nato", "Norway could come out for Rutte if he pledges more on the Arctic.", set()),
    ("nato", "Most allies are firmly behind Rutte.", set()),
    ("nato", "Spain has not yet come out in favour of Rutte.", set()),
    ("un", "Brazil might lend its full support to Bachelet later this year.", set()),
    ("un", "Analysts say Mexico is solidly behind Bachelet.", set()),
    ("nato", "Hungary is not in Rutte's corner.", set()),
]

OPPOSE = [
    ("un", "Washington has ruled out Bachelet.", {oppose(BACHELET, "United States")}),
    ("nato", "Hungary will not back Rutte.", {oppose(RUTTE, "Hungary")}),
    ("nato", "Hungary cannot support the election of Rutte.", {oppose(RUTTE, "Hungary")}),
    ("nato", "Turkey stood in the way of Rutte for months.", {oppose(RUTTE, "Turkey")}),
    ("nato", "Hungary dug in its heels against Rutte.", {oppose(RUTTE, "Hungary")}),
    ("un", "Russia torpedoed Bachelet's bid.", {oppose(BACHELET, "Russia")}),
    ("nato", "Hungary withheld its consent from Rutte.", {oppose(RUTTE, "Hungary")}),
    ("nato", "Turkey put a hold on Rutte's appointment.", {oppose(RUTTE, "Turkey")}),
    ("un", "Russia vetoed Bachelet.", {oppose(BACHELET, "Russia")}),
    ("nato", "Hungary blocked Rutte.", {oppose(RUTTE, "Hungary")}),
    ("un", "China scuppered Bachelet's candidacy.", {oppose(BACHELET, "China")}),
    ("un", "Russia sank Bachelet's bid in the third round.", {oppose(BACHELET, "Russia")}),
    ("nato", "Hungary derailed Rutte's bid in April.", {oppose(RUTTE, "Hungary")}),
    ("nato", "Turkey thwarted Kallas's candidacy.", {oppose(KALLAS, "Turkey")}),
    ("un", "Washington nixed Bachelet.", {oppose(BACHELET, "United States")}),
    ("un", "Moscow shot down Bachelet's candidacy.", {oppose(BACHELET, "Russia")}),
    ("un", "China killed off Bachelet's bid.", {oppose(BACHELET, "China")}),
    ("nato", "Hungary frustrated Rutte's bid for months.", {oppose(RUTTE, "Hungary")}),
    ("nato", "Hungary balked at Rutte.", {oppose(RUTTE, "Hungary")}),
    ("nato", "Slovakia baulked at Rutte's candidacy.", {oppose(RUTTE, "Slovakia")}),
    ("nato", "Hungary stonewalled Rutte's candidacy.", {oppose(RUTTE, "Hungary")}),
    ("nato", "Hungary is dead set against Rutte.", {oppose(RUTTE, "Hungary")}),
    ("nato", "Hungary is firmly against Rutte.", {oppose(RUTTE, "Hungary")}),
    ("nato", "Hungary is opposed to Rutte.", {oppose(RUTTE, "Hungary")}),
    ("un", "Russia voted against Bachelet in the second round.", {oppose(BACHELET, "Russia")}),
    ("un", "Russia voted against Bachelet's nomination, Grossi said of the vote in Santiago.", set()),
    ("un", "China cast a veto against Bachelet.", {oppose(BACHELET, "China")}),
    ("un", "Russia wielded its veto against Bachelet.", {oppose(BACHELET, "Russia")}),
    ("nato", "Turkey turned down Kallas's candidacy.", {oppose(KALLAS, "Turkey")}),
    ("nato", "Hungary put obstacles in the way of Rutte.", {oppose(RUTTE, "Hungary")}),
    ("nato", "Hungary is hostile to Rutte.", {oppose(RUTTE, "Hungary")}),
    ("nato", "Hungary will fight Rutte's candidacy.", {oppose(RUTTE, "Hungary")}),
    ("nato", "Hungary pushed back against Rutte's candidacy.", {oppose(RUTTE, "Hungary")}),
    ("nato", "Hungary blackballed Rutte.", {oppose(RUTTE, "Hungary")}),
    ("nato", "Hungary refused its support to Rutte.", {oppose(RUTTE, "Hungary")}),
    ("nato", "Hungary denied its support to Rutte.", {oppose(RUTTE, "Hungary")}),
    ("nato", "Hungary made its opposition to Rutte known.", {oppose(RUTTE, "Hungary")}),
    ("nato", "Hungary set its face against Rutte.", {oppose(RUTTE, "Hungary")}),
    ("nato", "Hungary held out against Rutte until June.", {oppose(RUTTE, "Hungary")}),
    ("un", "Russia objected to Bachelet.", {oppose(BACHELET, "Russia")}),
    ("un", "China refuses to countenance Bachelet.", {oppose(BACHELET, "China")}),
    ("un", "Iran will not support Grossi for any post.", {oppose(GROSSI, "Iran")}),
    ("un", "Iran declined to endorse Grossi.", {oppose(GROSSI, "Iran")}),
    ("nato", "Hungary will not give its consent to Rutte.", {oppose(RUTTE, "Hungary")}),
    ("un", "Russia stood firm against Bachelet.", {oppose(BACHELET, "Russia")}),
    ("un", "Russia threw its veto against Bachelet.", {oppose(BACHELET, "Russia")}),
    ("nato", "Hungary is the main obstacle to Rutte.", {oppose(RUTTE, "Hungary")}),
    ("nato", "Hungary stands against Rutte.", {oppose(RUTTE, "Hungary")}),
    ("un", "Russia said it would veto Bachelet.", {oppose(BACHELET, "Russia")}),
    # the same words in their other senses
    ("un", "Washington has ruled out a ceasefire, Bachelet said.", set()),
    ("nato", "Turkey stood in the way of the Swedish accession, Rutte said.", set()),
    ("nato", "Hungary dug in its heels against the migration pact, Rutte said.", set()),
    ("un", "Russia torpedoed the peace talks, Bachelet said.", set()),
    ("nato", "Turkey put a hold on the fighter jet sale, Rutte said.", set()),
    ("un", "China scuppered the climate deal, Bachelet said.", set()),
    ("un", "Russia sank a Ukrainian ship, Bachelet said.", set()),
    ("nato", "Hungary derailed the sanctions package, Rutte said.", set()),
    ("un", "Moscow shot down a drone over the Black Sea, Bachelet said.", set()),
    ("nato", "Hungary balked at the cost, Rutte said.", set()),
    ("nato", "Hungary is dead set against sanctions on Russia, Rutte said.", set()),
    ("nato", "Hungary is opposed to the migration pact, Rutte said.", set()),
    ("un", "Russia voted against the resolution, Bachelet said.", set()),
    ("un", "China cast a veto against the Syria resolution, Bachelet said.", set()),
    ("nato", "Turkey turned down the invitation, Rutte said.", set()),
    ("nato", "Hungary is hostile to migrants, Rutte said.", set()),
    ("nato", "Hungary will fight the new sanctions, Rutte said.", set()),
    ("nato", "Hungary pushed back against the criticism, Rutte said.", set()),
    ("nato", "Hungary refused its support to the Ukraine fund, Rutte said.", set()),
    ("un", "Russia has written off the debt of Cuba, Bachelet said.", set()),
    ("nato", "Hungary stands against illegal migration, Rutte said.", set()),
    ("nato", "Hungary could block Rutte if he does not apologise.", set()),
    ("nato", "Hungary has not yet backed Rutte.", set()),
    ("un", "Russia might veto Bachelet, analysts say.", set()),
    ("nato", "Most allies are against Kallas.", set()),
    ("nato", "Hungary stopped short of blocking Rutte.", set()),
    ("un", "Russia is not opposed to Bachelet.", set()),
    ("nato", "Kallas denied that Turkey opposes her.", set()),
    ("nato", "Hungary killed off the proposal, Rutte said.", set()),
    ("nato", "Hungary held out against the migration pact, Rutte said.", set()),
]

CASES = {"support": SUPPORT, "oppose": OPPOSE}


def _run(story, un_story, race, text):
    if race == "un":
        return event_keys(un_story, UN_TITLE, text, dt.date(2026, 3, 10))
    return event_keys(story, NATO_TITLE, text, dt.date(2024, 5, 16))


@pytest.mark.parametrize("concept,race,text,expected", [(c, *case) for c, cases in CASES.items() for case in cases],
                         ids=[f"{c}:{case[1][:50]}" for c, cases in CASES.items() for case in cases])
def test_stance_vocabulary(story, un_story, concept, race, text, expected):
    assert _run(story, un_story, race, text) == expected
