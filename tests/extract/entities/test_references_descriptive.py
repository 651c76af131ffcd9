"""References to a candidate that are not the candidate's name (round 24, issue 12): a noun phrase that describes
the candidate in focus ("a man who once said ...", "the woman the Council picked", "a fellow Caribbean woman"), read
as that candidate only when one candidate named just before fits its noun (man, woman), its demonym or its region,
and only with a relative clause of a fact (not a profile: "a man who can unite the alliance"); and "his/her
government" after a reporting verb as the state of the person who says it, not a state named in an aside. A grid:
several predicates x several descriptions x both races, about half near-misses that must give no event (a profile,
another sex, another nationality, two candidates who fit, none named before)."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import APP as A
from tests.extract.conftest import E, O, event_keys

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
NATO_DAY, UN_DAY = dt.date(2024, 4, 12), dt.date(2026, 6, 12)

# the candidate in focus, named in the sentence before: (race, opening sentence, candidate, the candidate's sex)
FOCUS = [
    ("nato", "Mark Rutte spent the week in Brussels.", "Mark Rutte", "man"),
    ("nato", "Klaus Iohannis toured the Baltic states on Monday.", "Klaus Iohannis", "man"),
    ("un", "Rebeca Grynspan spoke in Geneva on Monday.", "Rebeca Grynspan", "woman"),
    ("un", "Michelle Bachelet was in Santiago this week.", "Michelle Bachelet", "woman"),
    ("un", "Rafael Grossi flew to Vienna on Monday.", "Rafael Grossi", "man"),
]
# the acting state of each race, and a state of the other side for a second clause
ACTOR = {"nato": ("Hungary", "Budapest"), "un": ("Paraguay", "Asuncion")}

# a description of a fact (relative clause or "whom" left out), each with a predicate: (template, kind)
# {d} is the noun phrase's head ("man" / "woman"), {s} the actor's name, {c} its capital
DESCRIBED = [
    ("{c} would not back a {d} who once said the agency was a waste of money.", "opposition"),
    ("{s} said it could not support a {d} who had wanted to cut its aid.", "opposition"),
    ("{s} will back the {d} who led the talks on the grain deal.", "endorsement"),
    ("{s} has endorsed a {d} who spent a decade at the helm of a government.", "endorsement"),
    ("{s} now backs the {d} whom its neighbours opposed last year.", "endorsement"),
]
# near-misses: a profile anyone may fit, no stance, a general wish
PROFILE = [
    "{s} said a {d} who can unite the members would be welcome.",
    "{s} will back a {d} who would put small states first.",
    "{s} wants a {d} who can talk to everyone.",
    "The {d} who chairs the committee met {s}'s envoy.",
]


def _expected(kind, candidate, actor):
    return {E(candidate, actor)} if kind == "endorsement" else {O(candidate, actor)}


def _other(sex):
    return "woman" if sex == "man" else "man"


GRID = []
for race, opening, candidate, sex in FOCUS:
    state, capital = ACTOR[race]
    for template, kind in DESCRIBED:
        text = template.format(d=sex, s=state, c=capital)
        GRID.append((race, f"{opening} {text}", _expected(kind, candidate, state)))
        # near-miss: the other sex (no candidate in focus fits)
        GRID.append((race, f"{opening} {template.format(d=_other(sex), s=state, c=capital)}", set()))
    for template in PROFILE:
        GRID.append((race, f"{opening} {template.format(d=sex, s=state, c=capital)}", set()))
    # near-miss: no candidate named before
    GRID.append((race, DESCRIBED[0][0].format(d=sex, s=state, c=capital), set()))

# two candidates of that sex named just before: whom it means, the text does not say
GRID += [
    ("nato", "Mark Rutte and Klaus Iohannis met in Brussels. Hungary would not back a man who once called for sanctions.", set()),
    ("un", "Rebeca Grynspan and Michelle Bachelet spoke on Monday. Paraguay will back the woman who led the talks.", set()),
    # ... unless the demonym says which
    ("nato", "Mark Rutte and Klaus Iohannis met in Brussels. Hungary would not back a Dutch statesman who once called for "
             "sanctions.", {O("Mark Rutte", "Hungary")}),
    ("un", "Rebeca Grynspan and Michelle Bachelet spoke on Monday. Paraguay will back the Chilean woman who led the talks.",
     {E("Michelle Bachelet", "Paraguay")}),
    ("un", "Rebeca Grynspan spoke on Monday. Paraguay will back the Chilean woman who led the talks.", set()),
    # a region as a state's kind: "a fellow Caribbean woman", "a fellow Latin American"
    ("un", "Michelle Bachelet spoke in Santiago. Argentina said it would support a fellow Latin American woman.",
     {E("Michelle Bachelet", "Argentina")}),
    ("un", "Michelle Bachelet spoke in Santiago. Jamaica said it would support a fellow Caribbean woman.", set()),
    # named too long ago (more than three sentences before)
    ("nato", "Mark Rutte spent the week in Brussels. The summit opened. The talks went on. Ministers met. Leaders ate. "
             "Hungary would not back a man who once called for sanctions.", set()),
    # the organisation acting in a clause left without "whom"
    ("nato", "Mark Rutte spent the week in Brussels. He attended the summit as the man the allies appointed last month.",
     {A("Mark Rutte")}),
    ("nato", "Mark Rutte spent the week in Brussels. He attended the summit as the man whom the allies appointed last month.",
     {A("Mark Rutte")}),
    ("nato", "Mark Rutte spent the week in Brussels. He met the man the allies had invited to the summit.", set()),
    ("un", "Rebeca Grynspan spoke on Monday. Panama backs the woman Costa Rica nominated in January.",
     {("candidacy", "Rebeca Grynspan", None), E("Rebeca Grynspan", "Costa Rica"), E("Rebeca Grynspan", "Panama")}),
    ("un", "Rebeca Grynspan spoke on Monday. Panama backs the woman Costa Rica will nominate.", set()),
    # a time closing the clause left without "whom", the noun after it a secondary predicate ("called ... a friend"):
    # the time is no insert between the verb and an object
    ("nato", "Mark Rutte spoke in Brussels on Monday. Kyiv called the man the allies appointed in June a steady hand.",
     {A("Mark Rutte")}),
    ("nato", "Mark Rutte spoke in Brussels on Monday. Warsaw thinks the man the allies appointed last week an able chief.",
     {A("Mark Rutte")}),
    ("un", "Rebeca Grynspan spoke on Monday. Lima called the woman Costa Rica nominated in January an inspired choice.",
     {("candidacy", "Rebeca Grynspan", None), E("Rebeca Grynspan", "Costa Rica")}),
    ("nato", "Mark Rutte spoke in Brussels on Monday. Kyiv called the man the allies invited in June a steady hand.",
     set()),
]

# "his/her government" after a reporting verb: the state of the person who says it, not one named in an aside
GOVERNMENT = [
    ("un", "Trinidad and Tobago's Prime Minister Ana Persad-Lee, whose relations with Bridgetown have not always been "
           "warm, said her government would support Grynspan.", {E("Rebeca Grynspan", "Trinidad and Tobago")}),
    ("un", "Uruguay's foreign minister, after talks in Buenos Aires, said his government would back Grynspan.",
     {E("Rebeca Grynspan", "Uruguay")}),
    ("nato", "Hungary's foreign minister, after a call with the Dutch, said his government would back Iohannis.",
     {E("Klaus Iohannis", "Hungary")}),
    ("nato", "Hungary's foreign minister, after talks in The Hague, said his government would back Iohannis.",
     {E("Klaus Iohannis", "Hungary")}),
    # near-misses: no stance; the government's own act of another kind
    ("nato", "Hungary's foreign minister, after talks in The Hague, said his government would study the matter.", set()),
    ("un", "Uruguay's foreign minister, after talks in Buenos Aires, said his government had hosted Grynspan.", set()),
]

CASES = GRID + GOVERNMENT


@pytest.mark.parametrize("race,text,expected", CASES, ids=[f"{c[0]}-{i}-{c[1][-60:]}" for i, c in enumerate(CASES)])
def test_references_round24(request, race, text, expected):
    story = request.getfixturevalue("story" if race == "nato" else "un_story")
    title, day = (NATO_TITLE, NATO_DAY) if race == "nato" else (UN_TITLE, UN_DAY)
    assert event_keys(story, title, text, day) == expected, text


# ---- first person in a candidate's own quoted words
# a quotation that opens the next sentence of the paragraph with no speaker of its own goes on with the last one; a
# thanks whose object the quotation goes on about ('She thanked X, "which put my name forward"'); "my name" as "her name"
SPEAKERS = [("nato", "Mark Rutte", "Rutte", "Netherlands", "Romania"),
            ("un", "Michelle Bachelet", "Bachelet", "Chile", "Brazil"),
            ("un", "Rafael Grossi", "Grossi", "Argentina", "Paraguay")]
FIRST_PERSON = []
for race, full, surname, home, other in SPEAKERS:
    nominated = {("candidacy", full, None), E(full, other)}
    FIRST_PERSON += [
        (race, f'"I have decided to go on," {surname} said in a short video. "I thank {other}, which nominated me and '
               f'stood by me."', nominated),
        (race, f'{surname} said: "I have decided to go on." "I thank {other}, which nominated me."', nominated),
        (race, f'"{other} put my name forward in February," {full} said.', nominated),
        (race, f'{full} spoke on Monday. He thanked, by name, the government of {other}, "which put my name forward in '
               f'February".' if race != "un" or surname == "Grossi" else
               f'{full} spoke on Monday. She thanked, by name, the government of {other}, "which put my name forward in '
               f'February".', nominated),
        (race, f'{full} spoke on Monday. {"He" if race == "nato" or surname == "Grossi" else "She"} thanked the government '
               f'of {other}, "which nominated me".', nominated),
        # near-misses: another sentence between; a new paragraph; another speaker; a name that is not a person's
        (race, f'"I have decided to go on," {surname} said. Then the crowd cheered. "I thank {other}, which nominated me."',
         set()),
        (race, f'"I have decided to go on," {surname} said.\n\n"I thank {other}, which nominated me."', set()),
        (race, f'"I have decided to go on," {surname} said. A diplomat said: "I thank {other}, which nominated me."', set()),
        (race, f'"{other} put my name on the list of speakers," {full} said.', set()),
    ]


# ---- a name the story does not list, of unknown sex, stated in the race only through "her" or "him": the pronoun is
# the candidate the article goes on about, not the name in passing; the sex of a name learned from a quotation opening
# the next sentence ('"...," she tells the hall') or from a live blog's entry ("12:15 - X is on.")
UNSEXED = [
    ("un", "Rebeca Grynspan was vice-president under Jose Maria Fuentes in the 1990s. Each post taught her something "
           "that she used later. When President Rodrigo Chaves put her name forward in September, few diplomats ranked "
           "her first.", {("candidacy", "Rebeca Grynspan", None), E("Rebeca Grynspan", "Costa Rica")}),
    ("nato", "Mark Rutte served as prime minister under Queen Beatrix Oranje-Nassau. He learned a lot from it. The "
             "caretaker Dutch cabinet put his name forward in November.",
     {("candidacy", "Mark Rutte", None), E("Mark Rutte", "Netherlands")}),
    ("un", "Five candidates spoke this week: Rebeca Grynspan, Rafael Grossi, Michelle Bachelet, Amina Odhiambo and Leila "
           "Haddad.\n\n12:15 - Odhiambo is on, and is not using notes. \"I did not come here to manage decline,\" she "
           "tells the hall. The Kenyan delegation, which nominated her in February, is in the front row.",
     {("candidacy", "Amina Odhiambo", None), E("Amina Odhiambo", "Kenya"), ("candidacy", "Rebeca Grynspan", None),
      ("candidacy", "Rafael Grossi", None), ("candidacy", "Michelle Bachelet", None), ("candidacy", "Leila Haddad", None)}),
]


@pytest.mark.parametrize("race,text,expected", FIRST_PERSON + UNSEXED,
                         ids=[f"{c[0]}-{i}-{c[1][-60:]}" for i, c in enumerate(FIRST_PERSON + UNSEXED)])
def test_first_person_and_unsexed_round24(request, race, text, expected):
    story = request.getfixturevalue("story" if race == "nato" else "un_story")
    title, day = (NATO_TITLE, NATO_DAY) if race == "nato" else (UN_TITLE, UN_DAY)
    assert event_keys(story, title, text, day) == expected, text
