"""Voices, round 33 (issue 12): the state of a document's issuer or of a transcript's speaker, carried to the first
person and to the state's bare organs that no sentence names (extract/voice.py, lexicon `voice`).

- A document a state's organ issues (a header naming the organ and its state, "MINISTRY OF FOREIGN AFFAIRS OF S",
  "Permanent Mission of S to the United Nations", "Press release - Government of S"; an organ with no state and a
  line naming the state alone or a dateline with its capital; a release title whose issuer or subject is the state)
  speaks for the state outside quotations: its "we", "our country", "the Government", "this Government", "the
  previous Government" are the state.
- A transcript is read turn by turn: the first person of a label naming a state ("Mr X (S):"), a person of a state
  ("SZIJJARTO:") or a government's role in a record of a state's chamber ("THE MINISTER OF FOREIGN AFFAIRS (Mr X):"
  under "SENATE OF THE REPUBLIC OF S") is the state.
- Near misses: a journalist's or a host's "we", a senator's, a party's or a correspondent's, a joint release's, an
  organisation's release, a quotation of another state inside a release, a stance not taken, a chamber's record
  naming no state.

Grids: forms x bodies x both races; about half give no event."""
from __future__ import annotations

import datetime as dt
import itertools

import pytest

from tests.extract.conftest import event_keys

RACES = {
    "nato": dict(cand="Mark Rutte", post="NATO Secretary General", state="Hungary", caps="HUNGARY", capital="Budapest",
                 other="Slovakia", person="SZIJJARTO", day=dt.date(2024, 6, 20), org="North Atlantic Council",
                 date="18 June 2024"),
    "un": dict(cand="Rebeca Grynspan", post="Secretary-General of the United Nations", state="Chile", caps="CHILE",
               capital="Santiago", other="Argentina", person="KAST", day=dt.date(2026, 6, 20), org="General Assembly",
               date="18 June 2026"),
}


def _keys(request, race: str, title: str, text: str) -> set[tuple]:
    r = RACES[race]
    story = request.getfixturevalue("story" if race == "nato" else "un_story")
    return {k for k in event_keys(story, title, text, r["day"]) if k[0] in ("endorsement", "opposition", "candidacy")}


def E(r, actor=None):
    return ("endorsement", r["cand"], actor or r["state"])


def O(r, actor=None):
    return ("opposition", r["cand"], actor or r["state"])


# ---------------------------------------------------------------- a state's document
HEADERS = [
    # (title, header lines)
    ("Press release on the selection of the {post}", "MINISTRY OF FOREIGN AFFAIRS OF {caps}\nPress Office\n{capital}, {date}"),
    ("Statement on the selection", "Permanent Mission of {state} to the United Nations\n{date}"),
    ("Statement on the selection", "Press release - Government of {state}"),
    ("Communique of the Ministry of Foreign Affairs on the selection", "{capital}, {date}."),
    ("Statement by the Ministry of Foreign Affairs of {state} on the selection of the {post}", "{date}"),
    ("Press release: {state} sets out its position on the selection", "{capital}, {date}"),
    ("Press release", "MINISTRY OF FOREIGN AFFAIRS\nREPUBLIC OF {caps}"),
]
BODIES = [
    ("After consultations with our partners, we will support the candidacy of {cand} for the post.", E),
    ("The Government has decided to back {cand} for the post of {post}.", E),
    ("This Government will not support {cand} in the selection for {post}.", O),
    ("Our country stands firmly behind {cand} in the race for {post}.", E),
    ("{other} informed us on Monday of its position. The Government fully supports {cand} for the post of {post}.", E),
]


@pytest.mark.parametrize("race,header,body", [
    (r, h, b) for r, h, b in itertools.product(RACES, HEADERS, BODIES)
    if (HEADERS.index(h) + BODIES.index(b)) % 3 == 0 or (r == "nato" and BODIES.index(b) in (0, 2))])
def test_issuer_voice(request, race, header, body):
    r = RACES[race]
    title, lines = (x.format(**r) for x in header)
    sentence, event = body
    text = lines + "\n\n" + sentence.format(**r)
    assert _keys(request, race, title, text) == {event(r)}, (title, text)


NEAR_DOCUMENTS = [
    # a news article: the journalist's "we", and a government no sentence names
    ("Analysis: the race for {post}", "By our diplomatic correspondent\n\nWe support {cand}, and so should you."),
    ("The race for {post}", "In a statement, the Government has decided to back {cand} for the post of {post}."),
    ("Opinion: the race for {post}", "We think {cand} would do well. Our country, as readers know, has no vote."),
    # a joint release: no one state's "we"
    ("Joint statement on the selection of the {post}", "JOINT COMMUNIQUE\n{capital}, {date}\n\nWe support {cand} for the post."),
    # an organisation's release: no state
    ("Press release: {org} meets on the selection of the {post}", "We support {cand} for the post."),
    # the issuer's stance not taken, or a condition
    ("Press release on the selection of the {post}", "MINISTRY OF FOREIGN AFFAIRS OF {caps}\n\nWe have not yet taken a decision on {cand}."),
    ("Press release on the selection of the {post}", "MINISTRY OF FOREIGN AFFAIRS OF {caps}\n\nWe could support {cand} if our concerns are met."),
    # the issuer's organ named in a clause of the lede is no header
    ("The race for {post}", "The Ministry of Foreign Affairs of {state} said on Monday it was consulting allies.\n\n"
                            "We support {cand}, a columnist wrote."),
]


@pytest.mark.parametrize("race,doc", list(itertools.product(RACES, NEAR_DOCUMENTS)))
def test_issuer_voice_near(request, race, doc):
    assert not _stances(request, race, doc), doc


def _stances(request, race: str, doc: tuple[str, str]) -> set[tuple]:
    """The endorsements and oppositions of a (title, text) grid case."""
    r = RACES[race]
    title, text = (x.format(**r) for x in doc)
    return {k for k in _keys(request, race, title, text) if k[0] != "candidacy"}


def test_quoted_other_state_in_release(request):
    """A quotation of another state inside a release is that state's voice, not the issuer's."""
    for race, r in RACES.items():
        title = "Press release on the selection of the {post}".format(**r)
        text = ("MINISTRY OF FOREIGN AFFAIRS OF {caps}\n\n"
                "'We cannot support {cand},' the foreign minister of {other} told the Minister on Tuesday.").format(**r)
        assert _keys(request, race, title, text) == {O(r, r["other"])}, text


# ---------------------------------------------------------------- transcripts
RECORD = "SENATE OF THE REPUBLIC OF {caps}. Committee on Foreign Relations. Session of Tuesday {date}.\n\n"
TURNS = [
    # (the turns, the expected events)
    ("THE CHAIR (Senator Soto): The Minister has the floor.\n\nTHE MINISTER OF FOREIGN AFFAIRS (Mr Vidal): "
     "Thank you. We will not support {cand} for {post}.", lambda r: {O(r)}),
    ("THE CHAIR (Senator Soto): Minister.\n\nTHE MINISTER OF FOREIGN AFFAIRS (Mr Vidal): As senators know, the previous "
     "Government nominated {cand} for {post}.", lambda r: {E(r), ("candidacy", r["cand"], None)}),
    ("THE CHAIR: Minister.\n\nMinister Vidal: Thank you. My government supports {cand} for the post of {post}.",
     lambda r: {E(r)}),
]


@pytest.mark.parametrize("race,turns", list(itertools.product(RACES, TURNS)))
def test_chamber_turns(request, race, turns):
    r = RACES[race]
    text, expected = turns
    assert _keys(request, race, "Committee hearing on the {post}".format(**r),
                 (RECORD + text).format(**r)) == expected(r), text


LABELLED = [
    "PRESENTER: Welcome.\n\nMr Novak ({state}): We support {cand} for {post}.\n\nPRESENTER: Thank you.",
    "Q: Will you back {cand}?\n\n{person}: We support {cand} for the post of {post}.",
]


@pytest.mark.parametrize("race,text", list(itertools.product(RACES, LABELLED)))
def test_labelled_speaker(request, race, text):
    r = RACES[race]
    assert _keys(request, race, "Transcript: the race for {post}".format(**r), text.format(**r)) == {E(r)}, text


NEAR_TURNS = [
    # a senator, a party member, a host, a correspondent: no state
    RECORD + "THE CHAIR: Senator Rojas.\n\nSENATOR ROJAS: We support {cand} for {post}.\n\nTHE CHAIR: Thank you.",
    RECORD + "THE CHAIR: Mr Dekker.\n\nMr Dekker (PVV): My group does not support {cand} for {post}.\n\nTHE CHAIR: Noted.",
    "HOST (ANNA): Welcome back. We back {cand}, frankly, for {post}.\n\nTOM: We support {cand} too.",
    "ANCHOR: Good evening.\n\nCORRESPONDENT ({capital}): We support {cand} here, viewers tell me, for {post}.",
    # a chamber naming no state: its minister speaks for none we know
    "HOUSE OF REPRESENTATIVES. Plenary sitting.\n\nTHE CHAIR: Minister.\n\nTHE MINISTER: We will not support {cand} for {post}.",
    # the minister's stance not taken
    RECORD + "THE CHAIR: Minister.\n\nTHE MINISTER OF FOREIGN AFFAIRS (Mr Vidal): We are assessing the field; we have "
             "not endorsed {cand}.",
]


@pytest.mark.parametrize("race,text", list(itertools.product(RACES, NEAR_TURNS)))
def test_turns_near(request, race, text):
    r = RACES[race]
    assert not {k for k in _keys(request, race, "Transcript: the race for {post}".format(**r), text.format(**r))
                if k[0] != "candidacy"}, text


# ---------------------------------------------------------------- review mends (findings 1-5)
NEAR_REVIEW = [
    # 1. a credit or source line names no issuer
    ("The race for {post}", "Source: Permanent Mission of {state} to the United Nations\n\nWe support {cand} for the post, "
                            "the newspaper's editors write."),
    ("The race for {post}", "Photo: Ministry of Foreign Affairs of {state}\n\n{other} said on Monday it would decide later. "
                            "The Government fully supports {cand} for {post}, an adviser said."),
    ("The race for {post}", "Credit: Government of {state}\n\nWe back {cand} for the post of {post}."),
    ("The selection of the {post}", "Image courtesy: Embassy of {state}\n\nOur country stands behind {cand}, readers say."),
    # 2. a speech tag naming another speaker
    ("Press release on the selection of the {post}", "MINISTRY OF FOREIGN AFFAIRS OF {caps}\n\nWe will support {cand} for "
                                                      "the post, the opposition leader said on Monday."),
    ("Statement on the selection", "Permanent Mission of {state} to the United Nations\n\nWe back {cand} for {post}, "
                                   "a columnist wrote on Tuesday."),
    # 4. a state inside a bracket that names more than the state
    ("Transcript: the race for {post}", "HOST: Welcome.\n\nPROFESSOR DIAZ (University of {state}): We support {cand} for "
                                        "{post}.\n\nHOST: Thank you."),
    ("Transcript: the race for {post}", "HOST: Welcome.\n\nDR ROSS (Institute of {state} Studies): We back {cand} for "
                                        "the post of {post}.\n\nHOST: Thanks."),
    # 5. a role with no state in an issuer's document (a visiting minister)
    ("Joint press conference of the foreign ministers", "MINISTRY OF FOREIGN AFFAIRS OF {caps}\n\nMODERATOR: Minister "
                                                        "Ramos.\n\nMINISTER RAMOS: Thank you. We support {cand} for {post}."),
    ("Press conference with the visiting foreign minister", "MINISTRY OF FOREIGN AFFAIRS OF {caps}\n\nMODERATOR: "
                                                            "Welcome.\n\nFOREIGN MINISTER ORTIZ: We back {cand} for {post}."),
]


@pytest.mark.parametrize("race,doc", list(itertools.product(RACES, NEAR_REVIEW)))
def test_review_near(request, race, doc):
    assert not {k for k in _stances(request, race, doc) if k[2] == RACES[race]["state"]}, doc


def test_country_after_other_state(request):
    """3. "S announced its position. The country supports X": the country is the state just named, not the issuer."""
    for race, r in RACES.items():
        title = "Press release on the selection of the {post}".format(**r)
        for body in ("{other} announced on Monday its position on the selection. The country fully supports {cand} for "
                     "the post of {post}.",
                     "{other} set out its view on Tuesday. The country backs {cand} for {post}."):
            text = ("MINISTRY OF FOREIGN AFFAIRS OF {caps}\n\n" + body).format(**r)
            assert E(r) not in _keys(request, race, title, text), text


REVIEW_KEPT = [
    # the issuer's own tag keeps its voice; an issuer's own government turn in its chamber record stays
    ("MINISTRY OF FOREIGN AFFAIRS OF {caps}\n\nWe will support {cand} for the post of {post}, the Ministry said on Monday.", E),
    ("Permanent Mission of {state} to the United Nations\n\n{other} informed us of its position. The Government "
     "supports {cand} for the post of {post}.", E),
]


@pytest.mark.parametrize("race,body", list(itertools.product(RACES, REVIEW_KEPT)))
def test_review_kept(request, race, body):
    r = RACES[race]
    text, event = body
    assert event(r) in _keys(request, race, "Statement on the selection", text.format(**r)), text
