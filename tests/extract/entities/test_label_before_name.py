"""Labels before a name with a descriptive noun phrase (session 32, cons32): "nuclear watchdog chief Rafael Grossi",
"UN trade chief Rebeca Grynspan", "the UN nuclear watchdog chief X". A label right before a candidate's name is part of
its mention (descriptors.py): now also one the organisation's name opens ("UN trade chief", with the words up to
a head noun, the body's mention taken into the candidate's) and, with no determiner, one of the candidate's own
roles as the story file lists them ("nuclear watchdog chief", "former human rights chief"). Invented grids (the UN
race, whose candidates head UN bodies; a name no story lists for the body-opened label); near misses: the verb is
no stance or is negated or modal, and a label before someone else's name takes nobody in.
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import grid_keys

LABELLED = [
    ("Argentina nominated nuclear watchdog chief Rafael Grossi.", ("endorsement", "Rafael Grossi", "Argentina")),
    ("Brazil backs UN trade chief Rebeca Grynspan.", ("endorsement", "Rebeca Grynspan", "Brazil")),
    ("Brazil backs the UN trade chief Rebeca Grynspan.", ("endorsement", "Rebeca Grynspan", "Brazil")),
    ("Chile nominated former human rights chief Michelle Bachelet.", ("endorsement", "Michelle Bachelet", "Chile")),
    ("Mexico supports UN human rights chief Michelle Bachelet.", ("endorsement", "Michelle Bachelet", "Mexico")),
    ("Uruguay backs the UN nuclear watchdog chief Rafael Grossi.", ("endorsement", "Rafael Grossi", "Uruguay")),
    ("Costa Rica nominated UN trade chief Elena Varga Soto as its candidate for secretary-general.",
     ("candidacy", "Elena Varga Soto", "Costa Rica")),
    ("Peru endorsed nuclear watchdog chief Rafael Grossi on Monday.", ("endorsement", "Rafael Grossi", "Peru")),
]
NEAR = [
    ("Argentina met nuclear watchdog chief Rafael Grossi.", "Rafael Grossi", "Argentina"),
    ("Brazil told UN trade chief Rebeca Grynspan it had no view.", "Rebeca Grynspan", "Brazil"),
    ("Brazil could back UN trade chief Rebeca Grynspan.", "Rebeca Grynspan", "Brazil"),
    ("Chile has not endorsed former human rights chief Michelle Bachelet.", "Michelle Bachelet", "Chile"),
    ("Uruguay hosted the UN nuclear watchdog chief Rafael Grossi.", "Rafael Grossi", "Uruguay"),
    ("Peru backs the UN trade agenda, nuclear watchdog chief Rafael Grossi said.", "Rafael Grossi", "Peru"),
    ("Mexico thanked UN human rights chief Michelle Bachelet for her report.", "Michelle Bachelet", "Mexico"),
    ("Brazil backs UN reform, trade chief Rebeca Grynspan said.", "Rebeca Grynspan", "Brazil"),
]


@pytest.mark.parametrize("sentence,key", LABELLED, ids=[s[:50] for s, _ in LABELLED])
def test_label_before_name(request, sentence, key):
    keys = grid_keys(request, "un", sentence)
    assert key in keys if key[0] != "candidacy" else key[:2] in {k[:2] for k in keys}


@pytest.mark.parametrize("sentence,person,state", NEAR, ids=[s[:50] for s, _, _ in NEAR])
def test_label_before_name_near_misses(request, sentence, person, state):
    keys = grid_keys(request, "un", sentence)
    assert not any(k[1] == person and k[2] == state for k in keys if k[0] in ("endorsement", "opposition"))


# the body's own verb between its name and a label noun is no part of the label: the body keeps its mention and the
# candidate's mention opens at the label noun's phrase after the verb, not at the body (mentions as the resolver reads
# them)
BODY_VERB = [
    ("The Security Council recommended trade chief Rebeca Grynspan.", "Security Council"),
    ("The Security Council backs trade chief Rebeca Grynspan.", "Security Council"),
    ("The General Assembly appointed human rights chief Michelle Bachelet.", "General Assembly"),
    ("The Security Council chose nuclear watchdog chief Rafael Grossi.", "Security Council"),
    ("The Security Council named trade chief Rebeca Grynspan.", "Security Council"),
]


def _mentions(story, text: str) -> list[tuple[str, str]]:
    from natowatch.extract.discourse import Resolver
    from natowatch.extract.gazetteer import Gazetteer
    from natowatch.extract.text import article_text, fold, split_sentences
    full = article_text("", text)
    readings = Resolver.of(Gazetteer.of(story)).read(full, fold(full), split_sentences(full))
    return [(r.text[m.start:m.end], m.kind) for r in readings for m in r.mentions]


@pytest.mark.parametrize("sentence,body", BODY_VERB, ids=[s[:50] for s, _ in BODY_VERB])
def test_body_verb_is_no_label(un_story, sentence, body):
    spans = [t for t, _ in _mentions(un_story, sentence)]
    assert any(body in t for t in spans)
    assert not any(body in t and "chief" in t for t in spans)
