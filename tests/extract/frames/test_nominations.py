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

UN = Path(__file__).resolve().parents[3] / "config" / "stories" / "un-secretary-general-2026.yaml"
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
    ("Uruguay has the honour to put forward Lorena Aldecoa as its candidate for UN Secretary-General.",
     _nomination("Lorena Aldecoa", "Uruguay")),
    ("Peru is pleased to propose Michelle Bachelet for the post of Secretary-General of the United Nations.",
     _nomination("Michelle Bachelet", "Peru")),
    ("The Kingdom of Spain is proud to nominate Rafael Grossi as the next UN chief.",
     _nomination("Rafael Grossi", "Spain")),
    # a leader reporting what "his administration" will do speaks for his state
    ("Peru's president said on Monday that his administration would formally propose Lorena Aldecoa for UN "
     "Secretary-General.", _nomination("Lorena Aldecoa", "Peru")),
    # several states nominating together: listed, or one "together with" / "jointly with" the others
    ("Guatemala, together with Honduras, nominated Lorena Aldecoa for UN Secretary-General.",
     _nomination("Lorena Aldecoa", "Guatemala", "Honduras")),
    ("Colombia proposed Michelle Bachelet for UN Secretary-General jointly with Ecuador and Peru.",
     _nomination("Michelle Bachelet", "Colombia", "Ecuador", "Peru")),
    ("Rafael Grossi was nominated for UN Secretary-General by Paraguay jointly with Bolivia.",
     _nomination("Rafael Grossi", "Paraguay", "Bolivia")),
    # the nomination as a noun, handled by a state
    ("Ecuador co-sponsored the nomination of Michelle Bachelet as UN Secretary-General.",
     _nomination("Michelle Bachelet", "Ecuador")),
    ("The nomination of Lorena Aldecoa for UN Secretary-General was lodged by Panama and Costa Rica.",
     _nomination("Lorena Aldecoa", "Panama", "Costa Rica")),
    # the bid owned by the person, handled by the state; a participle set off after the bid
    ("Bolivia formally submitted Grossi's candidacy for UN Secretary-General on Tuesday.",
     _nomination("Rafael Grossi", "Bolivia")),
    ("The nomination of Lorena Aldecoa, lodged by Panama and Guatemala, was circulated to member states as a "
     "candidacy for UN Secretary-General.", _nomination("Lorena Aldecoa", "Panama", "Guatemala")),
    # states joining another state's nomination, and a verb that says it
    ("Peru and Ecuador joined Colombia in nominating Michelle Bachelet for UN Secretary-General.",
     _nomination("Michelle Bachelet", "Colombia", "Peru", "Ecuador")),
    ("Uruguay and Paraguay co-nominated Rafael Grossi for UN Secretary-General.",
     _nomination("Rafael Grossi", "Uruguay", "Paraguay")),
    # the Argentine foreign minister speaks for Argentina (not for Grossi, who holds no such office),
    # which presents the candidacy with the two others
    ("The candidacy of Rafael Grossi will be presented jointly with Uruguay and Paraguay, the Argentine "
     "foreign minister said.", {("candidacy", "Rafael Grossi"), ("endorsement", "Rafael Grossi", "Uruguay"),
                                ("endorsement", "Rafael Grossi", "Paraguay"),
                                ("endorsement", "Rafael Grossi", "Argentina")}),
]

# the Council recommends (a tentative appointment, the rule for this race), the Assembly appoints;
# a state taking its nomination back is its backing ended, not the candidate's withdrawal (she may stay in)
def test_the_council_recommends_and_the_assembly_appoints(un_story):
    recommended = extract_events(TITLE, "The Security Council recommended Rafael Grossi to the General Assembly as the "
                                 "next Secretary-General.", PUBLISHED, un_story)
    assert [(e.type, e.subject, e.status) for e in recommended] == [("appointment", "Rafael Grossi", "tentative")]
    appointed = extract_events(TITLE, "The General Assembly appointed Rafael Grossi as Secretary-General of the United "
                               "Nations.", PUBLISHED, un_story)
    assert [(e.type, e.subject, e.status) for e in appointed] == [("appointment", "Rafael Grossi", "confirmed")]


def test_a_state_withdrawing_its_nomination(un_story):
    assert _found(un_story, "Chile withdrew its nomination of Michelle Bachelet for UN Secretary-General.") == {
        ("endorsement", "Michelle Bachelet", "Chile")}


def test_a_campaign_for_the_post_is_a_candidacy(un_story):
    assert _found(un_story, "Rafael Grossi launched his campaign for UN Secretary-General in Buenos Aires.") == {
        ("candidacy", "Rafael Grossi")}
    assert _found(un_story, "Rafael Grossi launched a campaign against nuclear smuggling in Vienna.") == set()


def test_a_body_inside_a_relative_clause_is_not_the_actor(un_story):
    assert _found(un_story, "Greece, which holds a seat on the Security Council this year, supports Rafael Grossi "
                  "for UN Secretary-General.") == {("endorsement", "Rafael Grossi", "Greece")}


NOT_NOMINATIONS = [
    # an infinitive that only names a wish, a plan of others or a condition is no act
    "Peru is expected to propose Michelle Bachelet for UN Secretary-General.",
    "Peru would be happy to propose Michelle Bachelet for UN Secretary-General if Chile withdrew her.",
    "Analysts urged Uruguay to put forward Lorena Aldecoa for UN Secretary-General.",
    # "together with" a person is not a co-nominating state
    "Lorena Aldecoa met the Chilean president together with Michelle Bachelet in New York.",
]


@pytest.mark.parametrize("text,expected", NOMINATIONS, ids=[t[:48] for t, _ in NOMINATIONS])
def test_nomination_forms(un_story, text, expected):
    assert _found(un_story, text) == expected


@pytest.mark.parametrize("text", NOT_NOMINATIONS, ids=[t[:48] for t in NOT_NOMINATIONS])
def test_no_nomination(un_story, text):
    assert not {k for k in _found(un_story, text) if k[0] in ("candidacy", "endorsement")}
