"""Messages made to deceive or only said to go round online (prec41, issue 12), invented grids in both races, half
standing twins: "An AI-generated video shows S's prime minister endorsing X", "a deepfake video of ...", "A fabricated
letter shows ...", "A screenshot circulating on Telegram shows ...", "The report that S backed X was a hoax", a
"Satire:" label, words falsely attributed to a speaker (cues.doubt, false_words, claim_labels): no fact stated. The same message not called fake stands.
"""
from __future__ import annotations

from tests.extract.conftest import both_races

NATO = [
    ("A screenshot circulating on Telegram shows Hungary endorsing Rutte.", set()),
    ("A screenshot shows Hungary's foreign minister endorsing Rutte in a letter to the allies.",
     {("endorsement", "Mark Rutte", "Hungary")}),
    ("A fabricated letter shows Hungary backing Rutte.", set()),
    ("A letter shows Hungary backing Rutte.", {("endorsement", "Mark Rutte", "Hungary")}),
    ("Satire: Hungary endorses Rutte.", set()),
    ("Update: Hungary endorses Rutte.", {("endorsement", "Mark Rutte", "Hungary")}),
    ("The quote, falsely attributed to Orban, says Hungary backs Rutte.", set()),
    ("The quote, attributed to Orban by his office, says Hungary backs Rutte.", {("endorsement", "Mark Rutte", "Hungary")}),
]
UN = [
    ("An AI-generated video shows Spain's prime minister endorsing Grynspan.", set()),
    ("A video shows Spain's prime minister endorsing Grynspan.", {("endorsement", "Rebeca Grynspan", "Spain")}),
    ("A deepfake video of Spain's prime minister endorsing Grynspan spread on TikTok.", set()),
    ("The report that Spain backed Grynspan was a hoax.", set()),
    ("The report that Spain backed Grynspan was accurate.", {("endorsement", "Rebeca Grynspan", "Spain")}),
    ("A manipulated image shows Chile's president withdrawing Bachelet.", set()),
    ("An image shows Chile's president announcing that Chile withdraws Bachelet.",
     {("withdrawal", "Michelle Bachelet", None)}),
    ("A post wrongly attributed to the Spanish government said Spain backs Grynspan.", set()),
    ("A post by the Spanish government said Spain backs Grynspan.", {("endorsement", "Rebeca Grynspan", "Spain")}),
]


@both_races(NATO, UN)
def test_fake_and_circulating_messages(race_keys, race, sentence, expected):
    assert race_keys(race, sentence) == expected
