"""An organisation that takes sides called by its head word or by a body named as its part (session 25, refs25):
"The Caribbean Community met ... The Community endorsed X", "The Conference of Heads of Government of the Caribbean
Community met ... The Conference endorsed X", "S's ambassador reaffirmed the Community's support for X". Invented
grids; about half near-misses: a head word with no organisation named before, the race's own bodies ("the Council",
"the Assembly"), a body of a state, lower case ("the community"), a head word named too long before.
"""
from __future__ import annotations

import datetime as dt

import pytest

from natowatch.extract import extract_events

DAY = dt.date(2026, 9, 30)
PEOPLE = ("Rebeca Grynspan", "Michelle Bachelet")
ORGS = [
    # (how the organisation is named, the head word or body that stands for it, the value)
    ("The Caribbean Community", "The Community", "CARICOM"),
    ("The African Union", "The Union", "African Union"),
    ("The Conference of Heads of Government of the Caribbean Community", "The Conference", "CARICOM"),
    ("The Summit of the African Union", "The Summit", "African Union"),
    ("The League of Arab States", "The League", "Arab League"),
]
FORMS = [
    "{named} met on Friday to discuss the race for UN secretary-general. {head} endorsed {C}.",
    "{named} met on Friday to discuss the race for UN secretary-general. On Saturday {head_l} formally backed {C}.",
    "{named} met on Friday to discuss the race for UN secretary-general. Jamaica's ambassador reaffirmed {head_l}'s support for {C}.",
]
NEAR = [
    # no organisation named before
    "Leaders met on Friday to discuss the race for UN secretary-general. The Community endorsed {C}.",
    # the race's own bodies are never another organisation's
    "The Council of the European Union met on Friday to discuss the race for UN secretary-general. The Council endorsed {C}.",
    "The Assembly of the African Union met on Friday to discuss the race for UN secretary-general. The Assembly endorsed {C}.",
    # lower case: a community of people
    "The Caribbean Community met on Friday to discuss the race for UN secretary-general. The community of diplomats praised {C}.",
    # named too long before
    "The Caribbean Community met on Friday. " + "Delegates spoke. " * 12 + "The race for UN secretary-general goes on. The Community endorsed {C}.",
]


@pytest.mark.parametrize("named,head,value", ORGS, ids=[o[1] for o in ORGS])
@pytest.mark.parametrize("form", FORMS, ids=[f[-40:] for f in FORMS])
@pytest.mark.parametrize("person", PEOPLE)
def test_head_word_or_body_is_the_organisation(un_story, named, head, value, form, person):
    text = form.format(named=named, head=head, head_l=head[0].lower() + head[1:], C=person)
    got = {(e.type, e.subject, e.actor) for e in extract_events("", text, DAY, un_story)}
    assert ("endorsement", person, value) in got


@pytest.mark.parametrize("form", NEAR, ids=[f[-50:] for f in NEAR])
@pytest.mark.parametrize("person", PEOPLE)
def test_head_word_or_body_near_misses(un_story, form, person):
    got = {(e.type, e.subject, e.actor) for e in extract_events("", form.format(C=person), DAY, un_story)
           if e.type == "endorsement"}
    assert not got


@pytest.mark.parametrize("form", ["The alliance's Council met on Friday about the NATO secretary general race. The Council endorsed Mark Rutte.",
                                  "The Community endorsed Mark Rutte for NATO secretary general."])
def test_nato_story_has_no_such_organisation(story, form):
    assert not [e for e in extract_events("", form, dt.date(2024, 5, 16), story) if e.type == "endorsement"]


@pytest.mark.parametrize("person", PEOPLE)
def test_an_unregistered_head_word_leaves_the_state_anaphor(un_story, person):
    # "The Government" is no organisation's word here: it is still the state just named (state_anaphora)
    text = ("The Caribbean Community met on Friday to discuss the race for UN secretary-general. Chile spoke on "
            "Monday. The Government backs {C}.").format(C=person)
    got = {(e.type, e.subject, e.actor) for e in extract_events("", text, DAY, un_story)}
    assert ("endorsement", person, "Chile") in got
