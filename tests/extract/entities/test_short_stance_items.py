"""A short item that names no race at all and tells a state's stance on someone the story does not list, session 35
(cons35, issue 12): "Jamaica threw its weight behind Mia Mottley", "Russia will not back X, its envoy said", "Bolivia has
ended its backing for X". As a short bid item already was (race_article._short_bid_item), it is read as the race's: its
names are proposed and the stance states its name in the race. Not a stance with an aim of its own ("for a second term",
"as chair of", "in the election"), on a thing the name owns ("X's climate plan"), on a state's sitting office holder
("Prime Minister X"), under a modal or not yet taken, nor by a commentator. Invented, half near misses."""
from __future__ import annotations

import pytest

from tests.extract.conftest import event_keys
import datetime as dt

CASES = [
    ("Jamaica threw its weight behind Tanya Whitfield.", {("endorsement", "Tanya Whitfield", "Jamaica")}),
    ("Ghana endorses Kofi Mensah-Bonsu, its foreign minister said on Monday.", {("endorsement", "Kofi Mensah-Bonsu", "Ghana")}),
    ("Russia will not back Ilse Vandermeer, its envoy told journalists.", {("opposition", "Ilse Vandermeer", "Russia")}),
    ("Serbia declined to back Goran Petrovic, a former minister of its own.", {("opposition", "Goran Petrovic", "Serbia")}),
    ("Peru and Colombia have endorsed Lucia Arancibia.", {("endorsement", "Lucia Arancibia", "Peru"),
                                                          ("endorsement", "Lucia Arancibia", "Colombia")}),
    ("Bolivia has ended its backing for Tomas Quispe, La Paz said.", {("endorsement", "Tomas Quispe", "Bolivia")}),
    # near misses: no event
    ("Jamaica endorses Tanya Whitfield for a second term as prime minister.", set()),
    ("Jamaica backs Tanya Whitfield in the Barbados election.", set()),
    ("Jamaica backs Tanya Whitfield's climate plan.", set()),
    ("Jamaica backs Prime Minister Andrew Holness.", set()),
    ("Jamaica could back Tanya Whitfield.", set()),
    ("Jamaica has yet to endorse Tanya Whitfield.", set()),
    ("Analysts back Tanya Whitfield.", set()),
    ("Jamaica endorses Tanya Whitfield as chair of the regional bloc.", set()),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_short_stance_item(un_story, text, expected):
    keys = event_keys(un_story, "News", text, dt.date(2026, 3, 2))
    assert {k for k in keys if k[0] in ("endorsement", "opposition")} == expected
    assert not {k for k in keys if k[0] == "candidacy"}


@pytest.mark.parametrize("text,expected", [
    ("Poland threw its weight behind Tomasz Wierzbicki.", {("endorsement", "Tomasz Wierzbicki", "Poland")}),
    ("Poland backs Tomasz Wierzbicki for a second term as mayor.", set()),
    ("Poland might back Tomasz Wierzbicki.", set()),
])
def test_short_stance_item_nato(story, text, expected):
    keys = event_keys(story, "News", text, dt.date(2024, 3, 2))
    assert {k for k in keys if k[0] in ("endorsement", "opposition")} == expected
