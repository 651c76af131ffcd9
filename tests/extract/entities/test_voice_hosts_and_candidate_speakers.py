"""Voices, round 35 (issue 12): who "we", "our country" and "our Government" are in a state's own posts and in a
transcript whose speaker is a candidate holding their state's office (extract/voice.py, lexicon `voice`).

- An embassy's, a permanent representation's, a consulate's or a high commission's masthead names its own state and
  the host it is in or accredited to ("Embassy of S in T", "Permanent Representation of S to NATO"): the issuer is S,
  never the host T; a masthead naming only a host ("Embassy in T") gives no issuer (its dateline is the host's).
- A masthead line of parts set off by bars is a header however many words it holds ("Embassy of S in T | Monthly
  Bulletin No. 11 | City, date").
- A transcript's label that is a candidate of the story with a government role the story gives them ("PRIME MINISTER
  X:", X a candidate who is S's prime minister) speaks for S (the guide: a candidate acting for their own state);
  not a bare name ("X:"), nor a role the story does not give them ("AMBASSADOR Y:").

Near misses: a host's state, a masthead naming only a host, a news byline with bars, a bare candidate label, an
unheld role, a stance not taken."""
from __future__ import annotations

import datetime as dt
import itertools

import pytest

from tests.extract.conftest import event_keys

RACES = {
    "nato": dict(cand="Mark Rutte", post="NATO Secretary General", state="Poland", capital="Warsaw", host="Norway",
                 hostcap="Oslo", body="NATO", day=dt.date(2024, 6, 20), date="3 June 2024"),
    "un": dict(cand="Rebeca Grynspan", post="Secretary-General of the United Nations", state="Peru", capital="Lima",
               host="Australia", hostcap="Canberra", body="the United Nations", day=dt.date(2026, 6, 20),
               date="3 June 2026"),
}


def _stances(request, race: str, title: str, text: str) -> set[tuple]:
    r = RACES[race]
    story = request.getfixturevalue("story" if race == "nato" else "un_story")
    return {k for k in event_keys(story, title, text, r["day"]) if k[0] in ("endorsement", "opposition")}


MASTHEADS = [
    "Embassy of {state} in {host} | Monthly Bulletin No. 11/2024 | {hostcap}, {date}",
    "Permanent Representation of {state} to {body} | Newsletter No. 27 | Brussels, {date}",
    "Consulate General of {state} in {hostcap}\n{hostcap}, {date}",
    "EMBASSY OF {state} IN {host}\nPress release",
    "High Commission of {state} in {host} | News and events for the community abroad this month | {date}",
]
BODIES = [
    ("Our country has supported the candidacy of {cand} for {post} from the first day.", "endorsement"),
    ("Our Government backs {cand} for the post of {post}.", "endorsement"),
    ("We will not support {cand} for {post}.", "opposition"),
]


@pytest.mark.parametrize("race,masthead,body", [
    (r, m, b) for r, m, b in itertools.product(RACES, MASTHEADS, BODIES)
    if (MASTHEADS.index(m) + BODIES.index(b)) % 2 == 0])
def test_masthead_issuer(request, race, masthead, body):
    r = RACES[race]
    sentence, kind = body
    text = masthead.format(**r) + "\n\n" + sentence.format(**r)
    assert _stances(request, race, "Community bulletin", text) == {(kind, r["cand"], r["state"])}, text


NEAR_MASTHEADS = [
    # only the host named: no issuer, and never the host
    "Embassy in {hostcap} | Monthly Bulletin No. 11 | {hostcap}, {date}\n\nOur Government backs {cand} for the post of {post}.",
    "CONSULATE IN {host}\n{hostcap}, {date}\n\nWe support {cand} for {post}.",
    # a news byline with bars: a journalist's "we"
    "World | Europe | {hostcap}, {date} | By our correspondent in the region\n\nWe think {cand} should get {post}.",
    # the issuer's stance not taken
    "Embassy of {state} in {host} | Monthly Bulletin No. 11 | {hostcap}, {date}\n\nOur Government has not yet decided "
    "whether to back {cand} for {post}.",
    "Permanent Representation of {state} to {body} | Newsletter No. 27 | Brussels, {date}\n\nWe could support {cand} "
    "for {post} if our concerns are met.",
]


@pytest.mark.parametrize("race,text", list(itertools.product(RACES, NEAR_MASTHEADS)))
def test_masthead_near(request, race, text):
    r = RACES[race]
    assert not _stances(request, race, "Community bulletin", text.format(**r)), text


# ---------------------------------------------------------------- a candidate speaking for their own state
TRANSCRIPT = "Transcript of the joint press conference\n"


@pytest.mark.parametrize("turns,expected", [
    ("MODERATOR: Questions.\n\nPRIME MINISTER KALLAS: My government decided this morning to support Mark Rutte for "
     "the post.\n\nMODERATOR: Thank you.", {("endorsement", "Mark Rutte", "Estonia")}),
    ("Q: What about NATO?\n\nPRIME MINISTER KALLAS: We back Mark Rutte as the next NATO Secretary General.\n\n"
     "Q: Thank you.", {("endorsement", "Mark Rutte", "Estonia")}),
    ("MODERATOR: Minister.\n\nFOREIGN MINISTER KARINS: Our government will not support Klaus Iohannis for NATO "
     "Secretary General.\n\nMODERATOR: Thank you.", {("opposition", "Klaus Iohannis", "Latvia")}),
    ("MODERATOR: Questions.\n\nPRIME MINISTER RUTTE: Thank you.\n\nQ: Spain?\n\nPRIME MINISTER KALLAS: We support "
     "Mark Rutte for NATO Secretary General.", {("endorsement", "Mark Rutte", "Estonia")}),
])
def test_candidate_speaker(request, turns, expected):
    assert _stances(request, "nato", TRANSCRIPT.splitlines()[0], turns) == expected, turns


@pytest.mark.parametrize("race,turns", [
    # a bare name: a campaign's "we"
    ("nato", "MODERATOR: Questions.\n\nKALLAS: We support Mark Rutte for NATO Secretary General.\n\nMODERATOR: Thanks."),
    # a role the story does not give the candidate
    ("nato", "MODERATOR: Questions.\n\nAMBASSADOR KALLAS: We support Mark Rutte for NATO Secretary General.\n\n"
             "MODERATOR: Thanks."),
    ("un", "MODERATOR: Questions.\n\nAMBASSADOR GROSSI: We support Rebeca Grynspan for the post of UN "
           "Secretary-General.\n\nMODERATOR: Thanks."),
    # a role no longer held (review35 finding 5)
    ("nato", "MODERATOR: Questions.\n\nFORMER PRIME MINISTER KALLAS: We support Mark Rutte for NATO Secretary General.\n\n"
             "MODERATOR: Thanks."),
    # the candidate's own stance not taken
    ("nato", "MODERATOR: Questions.\n\nPRIME MINISTER KALLAS: My government has not yet decided whether to back Mark "
             "Rutte for NATO Secretary General.\n\nMODERATOR: Thanks."),
    # the candidate's government role, but the "we" of a quotation of another state
    ("nato", "MODERATOR: Questions.\n\nPRIME MINISTER KALLAS: Budapest told me, 'We cannot back Mark Rutte for NATO "
             "Secretary General, whatever happens.'\n\nMODERATOR: Thanks."),
])
def test_candidate_speaker_near(request, race, turns):
    found = _stances(request, race, "Transcript of the press conference", turns)
    assert not {k for k in found if k[2] in ("Estonia", "Argentina")}, (turns, found)
