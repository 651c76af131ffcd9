"""A masthead in capitals naming its host before its own state, session 36 (mend36, review35 finding 10, issue 12):
"EMBASSY IN OSLO OF THE REPUBLIC OF POLAND" is Poland's embassy in Oslo. Titled for the gazetteer the line reads "In
Oslo Of The Republic Of Poland", and the host's run of capitalised words after "in" took the state as the host, so the
masthead had no issuer. "Of" now ends the host's words unless a designation holds it ("IN THE REPUBLIC OF T", "IN THE
KINGDOM OF T": T is still the host). Near misses: a masthead naming only its host (no issuer, never the host), a stance
not taken, a condition."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import event_keys

RACES = {
    "nato": dict(cand="Mark Rutte", post="NATO Secretary General", state="Poland", host="NORWAY", hostcap="OSLO",
                 hostdes="KINGDOM", day=dt.date(2024, 6, 20)),
    "un": dict(cand="Rebeca Grynspan", post="Secretary-General of the United Nations", state="Peru", host="AUSTRALIA",
               hostcap="CANBERRA", hostdes="COMMONWEALTH", day=dt.date(2026, 6, 20)),
}
BODY = "\nPress release\n\nOur Government backs {cand} for the post of {post}."
ISSUED = [
    "EMBASSY IN {hostcap} OF THE REPUBLIC OF {STATE}",
    "EMBASSY IN {hostcap} OF {STATE}",
    "CONSULATE GENERAL IN {hostcap} OF THE REPUBLIC OF {STATE}",
    "EMBASSY OF {STATE} IN THE {hostdes} OF {host}",
    "EMBASSY OF THE REPUBLIC OF {STATE} IN {hostcap}",
]
NOT_ISSUED = [
    # only the host named: no issuer, and never the host
    "EMBASSY IN THE {hostdes} OF {host}",
    "EMBASSY IN {hostcap}",
    # the issuer's stance not taken, or a condition
    "EMBASSY IN {hostcap} OF THE REPUBLIC OF {STATE}\nPress release\n\nOur Government has not yet decided whether to back "
    "{cand} for the post of {post}.",
    "EMBASSY IN {hostcap} OF {STATE}\nPress release\n\nOur Government could back {cand} for the post of {post} if its "
    "concerns are met.",
    "CONSULATE GENERAL IN {hostcap} OF THE REPUBLIC OF {STATE}\nPress release\n\nOur Government has not announced its "
    "support for {cand} for the post of {post}.",
]


def _stances(request, race: str, text: str) -> set[tuple]:
    r = RACES[race]
    story = request.getfixturevalue("story" if race == "nato" else "un_story")
    return {k for k in event_keys(story, "Community bulletin", text, r["day"]) if k[0] in ("endorsement", "opposition")}


@pytest.mark.parametrize("race,head", [(r, h) for r in RACES for h in ISSUED])
def test_masthead_host_before_state(request, race, head):
    r = RACES[race]
    text = (head + BODY).format(STATE=r["state"].upper(), **r)
    assert _stances(request, race, text) == {("endorsement", r["cand"], r["state"])}, text


@pytest.mark.parametrize("race,head", [(r, h) for r in RACES for h in NOT_ISSUED])
def test_masthead_host_before_state_near(request, race, head):
    r = RACES[race]
    text = (head if "\n" in head else head + BODY).format(STATE=r["state"].upper(), **r)
    assert not _stances(request, race, text), text
