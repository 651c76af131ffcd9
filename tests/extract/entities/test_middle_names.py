"""A listed candidate named with a middle name the story does not list (extract/middle_names.py): the candidate's own
first name, one or two capitalised names, then the surname the story lists ("Klaus Werner Iohannis" for "Klaus
Iohannis", "Michelle Jeria Bachelet" for "Michelle Bachelet") is that candidate. Another first name ("Anna
Iohannis"), a title between ("Michelle President Bachelet"), lower-case words ("Michelle and Anna Bachelet") or the
candidate's relative ("Klaus Werner Iohannis's brother") give none."""
from __future__ import annotations

import pytest

from tests.extract.conftest import CAND, E, O

# (race, first name, middle names, surname, listed name, state)
PEOPLE = [
    ("nato", "Klaus", "Werner", "Iohannis", "Klaus Iohannis", "Poland"),
    ("nato", "Kaja", "Anna Maria", "Kallas", "Kaja Kallas", "Denmark"),
    ("nato", "Mark", "Willem", "Rutte", "Mark Rutte", "Spain"),
    ("un", "Michelle", "Jeria", "Bachelet", "Michelle Bachelet", "Peru"),
    ("un", "Rebeca", "Nora", "Grynspan", "Rebeca Grynspan", "Ecuador"),
    ("un", "Rafael", "Mariano Luis", "Grossi", "Rafael Grossi", "Ghana"),
]
POST = {"nato": "NATO Secretary General", "un": "UN Secretary-General"}

FORMS = [
    ("{S} backs {name} for {post}.", lambda c, s: {E(c, s)}),
    ("{S} will not support {name} for {post}.", lambda c, s: {O(c, s)}),
    ("{name} announced on Monday that {pr} is running for {post}.", lambda c, s: {CAND(c)}),
    ("{S} on Monday formally endorsed the candidacy of {name} for {post}.", lambda c, s: {E(c, s)}),
]
NEAR = [
    "{S} backs {other} {surname} for {post}.",
    "{S} backs {first} and {other} {surname} for {post}.",
    "{S} backs {name}'s brother for {post}.",
    "{S} has not yet decided whether to back {name} for {post}.",
]
PRONOUN = {"Klaus": "he", "Kaja": "she", "Mark": "he", "Michelle": "she", "Rebeca": "she", "Rafael": "he"}


def _fill(template, first, middle, surname, s, race):
    return template.format(S=s, name=f"{first} {middle} {surname}", first=first, surname=surname, other="Anna"
                           if first != "Anna" else "Ines", post=POST[race], pr=PRONOUN[first])


@pytest.mark.parametrize("race,first,middle,surname,listed,s", PEOPLE)
@pytest.mark.parametrize("template,expected", FORMS)
def test_middle_name_is_the_candidate(race_keys, race, first, middle, surname, listed, s, template, expected):
    text = _fill(template, first, middle, surname, s, race)
    assert race_keys(race, text) == expected(listed, s), text


@pytest.mark.parametrize("race,first,middle,surname,listed,s", PEOPLE)
@pytest.mark.parametrize("template", NEAR)
def test_middle_name_near_miss(race_keys, race, first, middle, surname, listed, s, template):
    text = _fill(template, first, middle, surname, s, race)
    assert race_keys(race, text) == set(), text


# a middle initial or a surname's lower-case particle between the first name and the surname
MARKED = [
    ("nato", "Klaus", "W.", "Iohannis", "Klaus Iohannis", "Poland"),
    ("nato", "Mark", "van", "Rutte", "Mark Rutte", "Spain"),
    ("nato", "Kaja", "A. von der", "Kallas", "Kaja Kallas", "Denmark"),
    ("un", "Michelle", "de la", "Bachelet", "Michelle Bachelet", "Peru"),
    ("un", "Rebeca", "B.", "Grynspan", "Rebeca Grynspan", "Ecuador"),
    ("un", "Rafael", "J. di", "Grossi", "Rafael Grossi", "Ghana"),
]
NEAR_MARKED = NEAR + [
    "{S} backs {other} {middle} {surname} for {post}.",
    "{S} backs {first} President {middle} {surname} for {post}.",
]


def _fill_marked(template, first, middle, surname, s, race):
    return template.format(S=s, name=f"{first} {middle} {surname}", first=first, middle=middle, surname=surname,
                           other="Anna" if first != "Anna" else "Ines", post=POST[race], pr=PRONOUN[first])


@pytest.mark.parametrize("race,first,middle,surname,listed,s", MARKED)
@pytest.mark.parametrize("template,expected", FORMS)
def test_initial_or_particle_is_the_candidate(race_keys, race, first, middle, surname, listed, s, template, expected):
    text = _fill_marked(template, first, middle, surname, s, race)
    assert race_keys(race, text) == expected(listed, s), text


@pytest.mark.parametrize("race,first,middle,surname,listed,s", MARKED)
@pytest.mark.parametrize("template", NEAR_MARKED)
def test_initial_or_particle_near_miss(race_keys, race, first, middle, surname, listed, s, template):
    text = _fill_marked(template, first, middle, surname, s, race)
    assert race_keys(race, text) == set(), text
