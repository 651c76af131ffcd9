"""Second round of reports nothing vouches for (prec42, issue 12; extract/scope_unvouched.py): a speaker said to have
told nothing of the stance ("said nothing about backing him", "wrote not a word on supporting X"), the clause called
false after it by a pronoun naming it back ("...; the ministry called this 'an invention'", "dismissed it as fake
news": cues.calling_as_verbs, false_words), a rating labelling the claim in the same sentence ("UNCONFIRMED -
'Turkey has blocked X.'", "Unverified: ...": cues.verdict_words), and a document that only purports to tell it ("The
letter purports to inform the allies that ..."). Invented grids in both races, half near misses that stand: the
speaker said something, nothing about another matter before a fact, a pronoun called something that is no falsity,
a true label, a letter sent to inform.
"""
from __future__ import annotations

from tests.extract.conftest import both_races

NATO = [
    ("Mark Rutte is running. The Hungarian minister said nothing about supporting Mark Rutte.", set()),
    ("Mark Rutte is running. The Hungarian minister said a lot about supporting Mark Rutte.",
     {("endorsement", "Mark Rutte", "Hungary")}),
    ("The minister, asked about Latvia, said nothing about the date; Latvia backs Mark Rutte.",
     {("endorsement", "Mark Rutte", "Latvia")}),
    ("The same article claimed that Latvia backed Mark Rutte; the Latvian foreign ministry called this \"an invention\".",
     set()),
    ("The same article claimed that Latvia backed Mark Rutte; the Latvian foreign ministry called this \"a great step\".",
     {("endorsement", "Mark Rutte", "Latvia")}),
    ("UNCONFIRMED - \"Turkey has blocked Mark Rutte.\"", set()),
    ("CONFIRMED - Turkey has blocked Mark Rutte.", {("opposition", "Mark Rutte", "Turkey")}),
    ("The letter purports to inform the allies that Latvia backs Mark Rutte.", set()),
    ("The letter was sent to inform the allies that Latvia backs Mark Rutte.", {("endorsement", "Mark Rutte", "Latvia")}),
]
UN = [
    ("Rebeca Grynspan is running. The Spanish minister said nothing about backing her.", set()),
    ("Rebeca Grynspan is running. The Spanish minister spoke warmly about backing her.",
     {("endorsement", "Rebeca Grynspan", "Spain")}),
    ("The Chilean envoy wrote not a word on supporting Michelle Bachelet.", set()),
    ("The Chilean envoy wrote not a word on the vote, and Chile backs Michelle Bachelet.",
     {("endorsement", "Michelle Bachelet", "Chile")}),
    ("A blog claimed that Peru backed Michelle Bachelet; the ministry dismissed it as fake news.", set()),
    ("A blog claimed that Peru backed Michelle Bachelet; the ministry described it as welcome news.",
     {("endorsement", "Michelle Bachelet", "Peru")}),
    ("Unverified: Russia has vetoed Rebeca Grynspan.", set()),
    ("Verified: Russia has vetoed Rebeca Grynspan.", {("opposition", "Rebeca Grynspan", "Russia")}),
    ("The document purported to show that Chile had withdrawn its support for Michelle Bachelet.", set()),
    ("The document, published by the ministry, showed that Chile had endorsed Michelle Bachelet.",
     {("endorsement", "Michelle Bachelet", "Chile")}),
]


@both_races(NATO, UN)
def test_untold_called_false_rated(race_keys, race, sentence, expected):
    assert {k for k in race_keys(race, sentence) if k[0] in ("endorsement", "opposition")} == expected
