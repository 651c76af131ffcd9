"""The speaker's own voice (issue 12): a speaking candidate's "I am in the race" and a decision to stand with nothing
after ("has decided to stand"); a state's speaker's "my country" / "my government" in a quotation is that state; one
line of a panel or transcript labelled with a speaker who stands for a state ("SZIJJARTO: ...", "A SMITH (Hungarian
ambassador): ...") gives that line's first person the state, as a transcript of several labels does. A grid, about
half near misses giving no event."""
from __future__ import annotations

import pytest

from tests.extract.conftest import CAND, E, O, grid_keys

PEOPLE = [("un", "Rebeca Grynspan"), ("un", "Rafael Grossi"), ("nato", "Mark Rutte"), ("nato", "Klaus Iohannis")]
POST = {"un": "The UN secretary-general selection is open.", "nato": "The race for NATO secretary general is open."}

STATED = [
    '{post} "I am in the race," {full} said.',
    '{post} "I\'m in this race to win," {full} told reporters.',
    '{post} "I am still in the race," said {full}.',
    '{post} {full} has decided to stand.',
    '{post} "I have decided to stand," {full} said on Monday.',
    '{post} {full} has agreed to stand, an aide said.',
    '{post} "My candidacy is official," {full} said.',
    '{post} "My bid is now formally registered," {full} said.',
]
NEAR = [
    '{post} "I am not in the race," {full} said.',
    '{post} "I am in the race for the presidency of the bank," {full} said.',
    '{post} {full} has decided to stand down from the board.',
    '{post} {full} has decided not to stand.',
    '{post} {full} has decided to stand by her statement.',
    '{post} {full} may have decided to stand.',
    '{post} "My candidacy? Not yet," {full} said.',
    '{post} "My candidacy is a rumour," {full} said.',
]


@pytest.mark.parametrize("race,full", PEOPLE)
@pytest.mark.parametrize("template", STATED)
def test_own_voice_states_candidacy(request, race, full, template):
    text = template.format(post=POST[race], full=full)
    assert grid_keys(request, race, text) == {CAND(full)}, text


@pytest.mark.parametrize("race,full", PEOPLE)
@pytest.mark.parametrize("template", NEAR)
def test_own_voice_near_miss(request, race, full, template):
    text = template.format(post=POST[race], full=full)
    assert CAND(full) not in grid_keys(request, race, text), text


INTRO = "A transcript of the panel on the next NATO secretary general.\n"
# (text, expected): the nato race, Peter Szijjarto is Hungary's listed foreign minister
SPEAKERS = [
    ('"My country supports Rutte," Peter Szijjarto said.', {E("Mark Rutte", "Hungary")}),
    ('Peter Szijjarto spoke on Monday. "My government will not back Rutte," he said.', {O("Mark Rutte", "Hungary")}),
    ('"My government backs Rutte," the Slovak ambassador said.', {E("Mark Rutte", "Slovakia")}),
    (INTRO + "SZIJJARTO: Our government backs Rutte.", {E("Mark Rutte", "Hungary")}),
    (INTRO + "ANNA SMITH (Hungarian ambassador): My country supports Rutte.", {E("Mark Rutte", "Hungary")}),
    (INTRO + "TOM JONES (ambassador of Slovakia): We back Rutte.", {E("Mark Rutte", "Slovakia")}),
    (INTRO + "SZIJJARTO (Hungary): We cannot support Rutte.", {O("Mark Rutte", "Hungary")}),
    # near misses
    ('"My country has not decided on Rutte," Peter Szijjarto said.', set()),
    ('"My government is studying the candidates," Peter Szijjarto said.', set()),
    (INTRO + "SMITH: We have not decided.", set()),
    (INTRO + "SZIJJARTO: We have not decided on Rutte.", set()),
    (INTRO + "MODERATOR: Our panel backs Rutte.", set()),
    (INTRO + "HUNGARY: We back Rutte.", set()),
    (INTRO + "Background: We back Rutte.", set()),
    (INTRO + "SZIJJARTO: We will see.\nWe back Rutte, the analysts said.", set()),
]


@pytest.mark.parametrize("text,expected", SPEAKERS)
def test_speaker_state_first_person(request, text, expected):
    assert grid_keys(request, "nato", text) == expected, text


# a nomination naming its state in the role it gives, whoever acts; an approval of a nomination by the state's organ
NOMINATIONS = [
    ("The cabinet approved the nomination of {full} as {state}'s candidate.", True),
    ("{full} was formally confirmed as {state}'s official candidate.", True),
    ("The government submitted the candidacy of {full} as {state}'s candidate.", True),
    ("{state}'s cabinet signed off on {surname}'s nomination.", True),
    ("The cabinet did not approve the nomination of {full} as {state}'s candidate.", False),
    ("The cabinet may approve the nomination of {full} as {state}'s candidate.", False),
    ("{full} was seen as {state}'s candidate.", False),
    ("The cabinet has yet to approve the nomination of {full} as {state}'s candidate.", False),
    ("On Monday the cabinet approved the nomination of {full} as {state}'s official candidate.", True),
    ("{full} was not confirmed as {state}'s candidate.", False),
    ("{full} has yet to be confirmed as {state}'s candidate.", False),
    ("The cabinet never approved the nomination of {full} as {state}'s candidate.", False),
    ("The cabinet approved the nomination of {full} as {state}'s ambassador.", False),
]
# (the state's own candidate, a state with no candidate of its own, a state with another candidate listed)
NOMINEES = [("un", "Rafael Grossi", "Grossi", "Argentina"), ("un", "Rebeca Grynspan", "Grynspan", "Costa Rica"),
            ("un", "Michelle Bachelet", "Bachelet", "Mexico"), ("un", "Rafael Grossi", "Grossi", "Costa Rica"),
            ("nato", "Klaus Iohannis", "Iohannis", "Romania"), ("nato", "Mark Rutte", "Rutte", "Poland")]


@pytest.mark.parametrize("race,full,surname,state", NOMINEES)
@pytest.mark.parametrize("template,stated", NOMINATIONS)
def test_nomination_as_states_candidate(request, race, full, surname, state, template, stated):
    text = POST[race] + " " + template.format(full=full, surname=surname, state=state)
    expected = {CAND(full), E(full, state)} if stated else set()
    assert grid_keys(request, race, text) == expected, text
