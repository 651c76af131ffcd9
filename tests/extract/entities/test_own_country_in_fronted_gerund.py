""""Her own country" in a gerund phrase opening its sentence (prec39, issue 12), invented grids in both races, about
half near misses.

"Losing the sponsorship of her own country is seen as a blow to X", "After losing the backing of her own government,
X stayed in": "his/her own" in a gerund phrase that opens the sentence, with no person named before it, is the person
the sentence names after it (when the pronoun agrees), not the one named in the sentence before
(`pronouns._fronted_own`). The ended stance keeps its earlier endorsement (the guide; read sets label "lost the
sponsorship of her own country" so). With no agreeing person after it, or with one named before it, nothing changes.
"""
from __future__ import annotations

from tests.extract.conftest import both_races

NATO = [
    ("Iohannis is in the race. Losing the backing of her own country was a blow to Kallas.",
     {("candidacy", "Klaus Iohannis", None), ("endorsement", "Kaja Kallas", "Estonia")}),
    ("Kallas is in the race. After losing the support of his own government, Iohannis stayed in the race.",
     {("candidacy", "Kaja Kallas", None), ("candidacy", "Klaus Iohannis", None),
      ("endorsement", "Klaus Iohannis", "Romania")}),
    ("Kallas is in the race. Losing the backing of her own country was a blow to Rutte.",
     {("candidacy", "Kaja Kallas", None)}),
    ("Kallas is in the race. Her own country backs her.",
     {("candidacy", "Kaja Kallas", None), ("endorsement", "Kaja Kallas", "Estonia")}),
    ("Iohannis is in the race. Having visited Washington, Rutte met allies.",
     {("candidacy", "Klaus Iohannis", None)}),
]
UN = [
    ("Grynspan is in the race. Losing the sponsorship of her own country is seen as a heavy blow to Bachelet.",
     {("candidacy", "Rebeca Grynspan", None), ("endorsement", "Michelle Bachelet", "Chile")}),
    ("Grynspan is in the race. After losing the backing of her own government, Bachelet stayed in the race.",
     {("candidacy", "Rebeca Grynspan", None), ("candidacy", "Michelle Bachelet", None),
      ("endorsement", "Michelle Bachelet", "Chile")}),
    ("Grynspan is in the race. Losing the sponsorship of her own country was a blow to Grossi.",
     {("candidacy", "Rebeca Grynspan", None)}),
    ("Grynspan is in the race. Her own country backs her.",
     {("candidacy", "Rebeca Grynspan", None), ("endorsement", "Rebeca Grynspan", "Costa Rica")}),
    ("Grossi is in the race. Having lost the support of his own country, he stayed on.",
     {("candidacy", "Rafael Grossi", None), ("endorsement", "Rafael Grossi", "Argentina")}),
]


@both_races(NATO, UN)
def test_own_country_in_fronted_gerund(race_keys, race, sentence, expected):
    assert race_keys(race, sentence) == expected
