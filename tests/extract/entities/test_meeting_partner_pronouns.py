"""Pronouns, round 35 (issue 12): a candidate named as whom someone met, in a phrase of time ("after meeting X",
"after a meeting with X", "following talks with X", "before his call with X"), is not whom the clause's "he" or "she"
stands for: that is the one who met them ("Orban said after meeting Rutte in Brussels that he was ready to support the
Dutchman": Hungary's stance). The candidate is still the last one named, so an object "him"/"her" may be them
(extract/discourse.py met_before, salience.see_partner, lexicon cues.meeting_*).

Near misses: the same phrases with a stance not taken, a condition, a modal, a decision deferred; a meeting named
without a time phrase ("the meeting with X was long") changes nothing."""
from __future__ import annotations

from tests.extract.conftest import E, both_races

RUTTE, KALLAS = "Mark Rutte", "Kaja Kallas"
GROSSI, GRYNSPAN = "Rafael Grossi", "Rebeca Grynspan"

NATO_CASES = [
    ("Viktor Orban said after meeting Mark Rutte in Brussels that he was ready to support the Dutchman.",
     {E(RUTTE, "Hungary")}),
    ("Recep Tayyip Erdogan said after talks with Rutte on Friday that he would back the Dutch premier.",
     {E(RUTTE, "Turkey")}),
    ("Orban gave way last week: on Tuesday, after a meeting with Rutte in Brussels, he said he would support him.",
     {E(RUTTE, "Hungary")}),
    ("Olaf Scholz said following a phone call with Kaja Kallas that he would back her for the post.",
     {E(KALLAS, "Germany")}),
    ("After his dinner with Rutte, Viktor Orban told reporters that he now supports the Dutchman.",
     {E(RUTTE, "Hungary")}),
    # near misses
    ("Viktor Orban said after meeting Mark Rutte in Brussels that he had not yet decided whether to back him.", set()),
    ("Recep Tayyip Erdogan said after talks with Rutte that he could back him if his concerns were met.", set()),
    ("Olaf Scholz said after a meeting with Kaja Kallas that he expected a decision on the post in July.", set()),
    ("After meeting Mark Rutte, Viktor Orban said he would not decide before the summit in July.", set()),
    ("The meeting with Kallas was long, and Scholz said afterwards that the German position had not changed.", set()),
]

UN_CASES = [
    ("Giorgia Meloni said after meeting Rebeca Grynspan in Rome that she was ready to support the Costa Rican.",
     {E(GRYNSPAN, "Italy")}),
    ("Emmanuel Macron said after talks with Grossi on Friday that he would back the Argentine diplomat.",
     {E(GROSSI, "France")}),
    ("Macron gave way last week: on Tuesday, after a meeting with Grossi in Paris, he said he would support him.",
     {E(GROSSI, "France")}),
    ("Giorgia Meloni said following a phone call with Rebeca Grynspan that she would back her for the post.",
     {E(GRYNSPAN, "Italy")}),
    ("After her lunch with Grynspan, Giorgia Meloni told reporters that she now supports the Costa Rican.",
     {E(GRYNSPAN, "Italy")}),
    # near misses
    ("Giorgia Meloni said after meeting Rebeca Grynspan that she had not yet decided whether to back her.", set()),
    ("Emmanuel Macron said after talks with Grossi that he might back him one day if the field narrowed.", set()),
    ("Emmanuel Macron said after a meeting with Rafael Grossi that he expected the Council to decide in July.", set()),
    ("After meeting Rebeca Grynspan, Giorgia Meloni said she would not decide before the autumn.", set()),
    ("The meeting with Grossi was long, and Macron said afterwards that the French position had not changed.", set()),
]


@both_races(NATO_CASES, UN_CASES)
def test_meeting_partner(race_keys, race, sentence, expected):
    assert race_keys(race, sentence) == expected
