"""Nominations in the forms a race decided by member states is written in (the UN race's story file):
a state nominates (candidacy + endorsement by that state, the guide), several states nominate
together, the nomination is a noun ("formalised the nomination of"), a passive with its agent, an
infinitive after a performative ("has the honour to propose"). Invented sentences, one per form."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from natowatch.extract import extract_events
from natowatch.flows.files.storyfile import load_story

UN = Path(__file__).resolve().parents[2] / "config" / "stories" / "un-secretary-general-2026.yaml"
TITLE = "The race for UN Secretary-General"
PUBLISHED = dt.date(2025, 11, 27)


@pytest.fixture(scope="module")
def un_story():
    return load_story(UN)


def _found(story, text: str) -> set[tuple]:
    out = set()
    for e in extract_events(TITLE, text, PUBLISHED, story):
        out.add((e.type, e.subject, e.actor) if e.type in ("endorsement", "opposition") else (e.type, e.subject))
    return out


def _nomination(person: str, *states: str) -> set[tuple]:
    return {("candidacy", person)} | {("endorsement", person, s) for s in states}


NOMINATIONS = [
    # an infinitive after a performative or a decision states the act
    ("Uruguay has the honour to put forward Rebeca Grynspan as its candidate for UN Secretary-General.",
     _nomination("Rebeca Grynspan", "Uruguay")),
    ("Peru is pleased to propose Michelle Bachelet for the post of Secretary-General of the United Nations.",
     _nomination("Michelle Bachelet", "Peru")),
    ("The Kingdom of Spain is proud to nominate Rafael Grossi as the next UN chief.",
     _nomination("Rafael Grossi", "Spain")),
    # several states nominating together: listed, or one "together with" / "jointly with" the others
    ("Guatemala, together with Honduras, nominated Rebeca Grynspan for UN Secretary-General.",
     _nomination("Rebeca Grynspan", "Guatemala", "Honduras")),
    ("Colombia proposed Michelle Bachelet for UN Secretary-General jointly with Ecuador and Peru.",
     _nomination("Michelle Bachelet", "Colombia", "Ecuador", "Peru")),
    ("Rafael Grossi was nominated for UN Secretary-General by Paraguay jointly with Bolivia.",
     _nomination("Rafael Grossi", "Paraguay", "Bolivia")),
    # the nomination as a noun, handled by a state
    ("Ecuador co-sponsored the nomination of Michelle Bachelet as UN Secretary-General.",
     _nomination("Michelle Bachelet", "Ecuador")),
    ("The nomination of Rebeca Grynspan for UN Secretary-General was lodged by Panama and Costa Rica.",
     _nomination("Rebeca Grynspan", "Panama", "Costa Rica")),
    ("The candidacy of Rafael Grossi will be presented jointly with Uruguay and Paraguay, the Argentine "
     "foreign minister said.", {("candidacy", "Rafael Grossi"), ("endorsement", "Rafael Grossi", "Uruguay"),
                                ("endorsement", "Rafael Grossi", "Paraguay")}),
]

NOT_NOMINATIONS = [
    # an infinitive that only names a wish, a plan of others or a condition is no act
    "Peru is expected to propose Michelle Bachelet for UN Secretary-General.",
    "Peru would be happy to propose Michelle Bachelet for UN Secretary-General if Chile withdrew her.",
    "Analysts urged Uruguay to put forward Rebeca Grynspan for UN Secretary-General.",
    # "together with" a person is not a co-nominating state
    "Rebeca Grynspan met the Chilean president together with Michelle Bachelet in New York.",
]


@pytest.mark.parametrize("text,expected", NOMINATIONS, ids=[t[:48] for t, _ in NOMINATIONS])
def test_nomination_forms(un_story, text, expected):
    assert _found(un_story, text) == expected


@pytest.mark.parametrize("text", NOT_NOMINATIONS, ids=[t[:48] for t in NOT_NOMINATIONS])
def test_no_nomination(un_story, text):
    assert not {k for k in _found(un_story, text) if k[0] in ("candidacy", "endorsement")}
