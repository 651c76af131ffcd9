"""Precision on fresh text (session 29, prec29): general causes of false events, each a grid of invented forms in both
races (no corpus sentence), about half near-misses that give no event and as many true forms that keep theirs.

- support sought is not support had: a verb of seeking between "has" and the stance noun ("has sought / courted /
  lobbied for / requested the support of A") leaves the support unmet (endorse_received), while "has won / secured /
  has the support of A" is had;
- a bid's start names one's own campaign only for the post: "since the start of his campaign for prime minister" is a
  campaign for another office (check_possessed_bid reads the bid's aim as check_candidacy does);
- a negative subject negates its clause: "though neither has said she is interested", "none has put her name forward"
  (scope_report's negated report, the cue list's "none"/"nobody"), and a candidate of "neither A nor B" before its own
  predicate ("Neither A nor B has been endorsed by S": no event; "... will be supported by S": a refusal);
- a report denied after its clause, the denial dated ("but S denied the report on Tuesday"), called false in a relative
  clause of a report noun ("..., a report which the ministry dismissed as baseless") or said to remain unconfirmed ("A report
  that S had nominated X remains unconfirmed");
- a forecast in the words of a likelihood ("The likeliest outcome is that S will back X");
- a stance said to hang on a condition after it ("S's support for X is conditional on guarantees", "depends on");
- a candidate label that is the object of a word of topic ("Asked about the candidates, X said ...") is what was asked
  about, not X's label (a list of names in apposition after it still is: "Asked about the two candidates, X and Y, ...");
- a pronoun after a report whose speaker is another state's ("Hungary's prime minister says he is ready to back X") is
  that speaker, not a candidate who acts for their own state.
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import both_races

NATO = dict(c="Mark Rutte", cs="Rutte", c2="Klaus Iohannis", c2s="Iohannis", a="Hungary", b="Turkey", lead="Hungarian",
            office="prime minister", other="the Senate", post="secretary general", his="his", he="he")
UN = dict(c="Rebeca Grynspan", cs="Grynspan", c2="Michelle Bachelet", c2s="Bachelet", a="Brazil", b="Mexico",
          lead="Brazilian", office="president of Costa Rica", other="the Senate", post="secretary-general", his="her",
          he="she")


def _cases(templates):
    """(race, sentence, expected) for each template in both races; `expected` a function of the race's names."""
    out = []
    for race, n in (("nato", NATO), ("un", UN)):
        for text, expected in templates:
            out.append((race, text.format(**n), expected(n)))
    return out


def E(n, subject="c", actor="a"):
    return ("endorsement", n[subject], n[actor])


def O(n, subject="c", actor="a"):
    return ("opposition", n[subject], n[actor])


def CAND(n, subject="c"):
    return ("candidacy", n[subject], None)


NONE = lambda n: set()

# --- support sought is not support had
SOUGHT = [
    ("{c} has sought the support of {a} and {b}.", NONE),
    ("{c} has sought the backing of {a}.", NONE),
    ("{cs} has courted the support of {a}.", NONE),
    ("{cs} has lobbied for the support of {a} for weeks.", NONE),
    ("{cs} has requested the backing of {a} and {b}.", NONE),
    ("{cs} had asked for the endorsement of {a}.", NONE),
    ("{c} has won the support of {a} and {b}.", lambda n: {E(n), E(n, actor="b")}),
    ("{c} has secured the firm backing of {a}.", lambda n: {E(n)}),
    ("{cs} has the support of {a}.", lambda n: {E(n)}),
    ("{cs} has since won the backing of {a}.", lambda n: {E(n)}),
]

# --- one's own campaign for another office
CAMPAIGN = [
    ("Since the start of {his} campaign for {office}, {cs} has visited {a}.", NONE),
    ("Since the launch of {his} bid for {other}, {cs} has travelled widely.", NONE),
    ("Since the start of {his} campaign for the presidency of {a}, {cs} has said little.", NONE),
    ("Since the start of {his} campaign, {cs} has visited {a}.", lambda n: {CAND(n)}),
    ("Since the start of {his} campaign in March, {cs} has visited {a}.", lambda n: {CAND(n)}),
    ("Since the launch of {his} bid for {post}, {cs} has travelled widely.", lambda n: {CAND(n)}),
]

# --- negative subjects
NEGATIVE = [
    ("Diplomats say {c} and {c2} have been mentioned, though neither has said she is interested.", NONE),
    ("Diplomats say {c} and {c2} have been mentioned, though none of them has said he is interested.", NONE),
    ("Some small states have talked up {c}, though none has formally put her name forward.", NONE),
    ("Some small states have talked up {c}, though nobody has formally put her name forward.", NONE),
    ("Neither {cs} nor {c2s} has been endorsed by {a}, which keeps its own counsel.", NONE),
    ("Neither {cs} nor {c2s} has won the backing of {b}.", NONE),
    ("Neither {cs} nor {c2s} will be supported by {a}.", lambda n: {O(n, "c2")}),
    ("{c} has said {he} is interested, and {a} has formally put {his} name forward.",
     lambda n: {CAND(n), E(n)}),
    ("{cs} has been endorsed by {b}, and neither {a} nor the others have objected.", lambda n: {E(n, actor="b")}),
    ("Both {cs} and {c2s} have been endorsed by {a}.", lambda n: {E(n), E(n, "c2")}),
]

# --- a report denied, called false or unconfirmed after its clause
DENIED = [
    ("{a} has backed {cs}, according to the Financial Times, but its foreign ministry denied the report on Tuesday.", NONE),
    ("{a} has backed {cs}, according to Reuters, though officials denied it on Friday.", NONE),
    ("Local media reported that {a} had endorsed {cs}, a report which the ministry dismissed as baseless.", NONE),
    ("A report that {a} had nominated {c} remains unconfirmed.", NONE),
    ("A report that {a} had nominated {c} remained unconfirmed on Monday.", NONE),
    ("{a} has backed {cs}, a decision its foreign ministry called historic.", lambda n: {E(n)}),
    ("{a} has backed {cs}, and the ministry denied on Tuesday that it had wavered.", lambda n: {E(n)}),
    ("{a} backs {cs}, its foreign minister said on Tuesday.", lambda n: {E(n)}),
    ("{a} endorsed {cs} on Monday, a move the opposition called a mistake.", lambda n: {E(n)}),
]

# --- a forecast in the words of a likelihood
FORECAST = [
    ("The likeliest outcome is that {a} will back {cs} before the summer.", NONE),
    ("The most probable outcome is that {a} will back {cs}.", NONE),
    ("The probable result is that {b} endorses {cs} in July.", NONE),
    ("The outcome is clear: {a} has backed {cs}.", lambda n: {E(n)}),
    ("The result is that {a} now backs {cs}.", lambda n: {E(n)}),
]

# --- a stance hung on a condition after it
CONDITIONED = [
    ("{lead} support for {cs} is conditional on guarantees over the budget, officials said.", NONE),
    ("{a}'s support for {cs} depends on guarantees over the budget.", NONE),
    ("{a}'s backing for {cs} remains contingent upon assurances on reform.", NONE),
    ("{a}'s backing for {cs} is firm, its foreign minister said.", lambda n: {E(n)}),
    ("{a}'s support for {cs} is unconditional, its foreign minister said.", lambda n: {E(n)}),
    ("{a} backs {cs}, whose election depends on {b}.", lambda n: {E(n)}),
]

# --- a candidate label that is what was asked about, not an apposition to the name after its comma
ASKED = [
    ("Asked about the candidates, {c} said the race was open.", NONE),
    ("When questioned on the other candidates, {c} said the race was open.", NONE),
    ("Speaking about the rival candidates, {cs} praised them all.", NONE),
    ("The other candidate, {c}, met the envoys on Monday.", lambda n: {CAND(n)}),
    ("Asked about the two candidates, {c} and {c2}, the envoy praised both.", lambda n: {CAND(n), CAND(n, "c2")}),
]

GRID = SOUGHT + CAMPAIGN + NEGATIVE + DENIED + FORECAST + CONDITIONED + ASKED


@pytest.mark.parametrize("race,sentence,expected", _cases(GRID), ids=lambda v: v[:70] if isinstance(v, str) else None)
def test_precision_grid(race_keys, race, sentence, expected):
    assert race_keys(race, sentence) == expected


# --- a pronoun after another state's speaker
SPEAKER_NATO = [
    ("Hungary's prime minister says he is ready to support Mark Rutte; Romania says Klaus Iohannis is not withdrawing.",
     ("endorsement", "Mark Rutte", "Hungary"), ("endorsement", "Mark Rutte", "Romania")),
    ("Klaus Iohannis withdrew on Thursday, and Romania's foreign minister said he backs Mark Rutte.",
     ("endorsement", "Mark Rutte", "Romania"), None),
    ("Klaus Iohannis withdrew on Thursday. He said he now backs Mark Rutte.", ("endorsement", "Mark Rutte", "Romania"), None),
]
SPEAKER_UN = [
    ("Brazil's foreign minister says he is ready to support Rebeca Grynspan; Chile says Michelle Bachelet is not withdrawing.",
     ("endorsement", "Rebeca Grynspan", "Brazil"), ("endorsement", "Rebeca Grynspan", "Chile")),
    ("Rafael Grossi withdrew on Thursday. He said he now backs Rebeca Grynspan.",
     ("endorsement", "Rebeca Grynspan", "Argentina"), None),
]


@both_races([(s, (want, not_want)) for s, want, not_want in SPEAKER_NATO],
            [(s, (want, not_want)) for s, want, not_want in SPEAKER_UN])
def test_speaker_pronoun(race_keys, race, sentence, expected):
    want, not_want = expected
    keys = race_keys(race, sentence)
    assert want in keys
    assert not_want is None or not_want not in keys
