"""Candidacy stated by roles and campaigns, and stances by supporter roles (session 27, field27): invented grids in
both races (no corpus sentence), about half of them near-misses that give no event.

- a state in apposition to supporters owned by a pronoun ("Peru, one of her two remaining sponsors, said ...", "Peru,
  his earliest backer, ...") backs the candidate the pronoun stands for; with no owner, a definite supporter role ("Peru,
  the other sponsor, ...") backs the candidate in focus; not supporters of something else ("the main sponsor of the
  resolution"), nor ones that are possible or former;
- a candidate's bid or campaign stated to last or to be of a kind ("his own bid remains alive", "her campaign is the
  most professional of the three", "..., his campaign said"), also in a reported clause ("told reporters that his own
  bid ..."; "his own" is the sentence's subject), not one that ended or is only talked of ("remains a rumour", "is
  over", "a campaign against corruption");
- the owner of a rival's role of the race is in it too ("X's rival candidate, Y", "Y, X's main challenger in the
  race,"); a bare "X's rival, Y" states Y alone, and a rival of another contest nobody.
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import RACE_ARTICLE
from natowatch.extract import extract_events

# (race, candidate, pronoun, other candidate, states)
PEOPLE = {
    "nato": [("Mark Rutte", "his", "Klaus Iohannis", ("Hungary", "Turkey")),
             ("Kaja Kallas", "her", "Mark Rutte", ("Slovakia", "Germany"))],
    "un": [("Michelle Bachelet", "her", "Rafael Grossi", ("Brazil", "Mexico")),
           ("Rafael Grossi", "his", "Rebeca Grynspan", ("Peru", "Chile"))],
}
CELLS = [(race, i) for race in PEOPLE for i in range(2)]


def _events(race: str, text: str, story, un_story) -> set[tuple]:
    title, day = RACE_ARTICLE[race]
    st = story if race == "nato" else un_story
    return {(e.type, e.subject, e.actor if e.type in ("endorsement", "opposition") else None)
            for e in extract_events(title, text, day, st, budget_seconds=None)}


# ---------------------------------------------------------------- supporters in apposition to a state

SUPPORTERS = [
    "{A}, one of {p} sponsors, said on Monday that it would wait.",
    "{A}, one of {p} two remaining sponsors, said on Monday that it would wait.",
    "{A}, {p} earliest backer, said on Monday that it would wait.",
    "{A}, {p} main supporter, said nothing on Monday.",
    "{A}, among {p} staunchest backers, said nothing on Monday.",
    "{A}, the other sponsor, said on Monday that it would wait.",
    "{A}, the only remaining backer, said nothing on Monday.",
]
SUPPORTERS_NEAR = [
    "{A}, one of {p} critics, said on Monday that it would wait.",
    "{A}, one of {p} possible backers, said on Monday that it would wait.",
    "{A}, the main sponsor of the resolution, said nothing on Monday.",
    "{A}, the host, said on Monday that it would wait.",
    "{A}, one of the sponsors of the climate resolution, said nothing on Monday.",
]


@pytest.mark.parametrize("race,i", CELLS)
@pytest.mark.parametrize("form", SUPPORTERS)
def test_supporter_roles_back_the_candidate(story, un_story, race, i, form):
    name, pron, _, states = PEOPLE[race][i]
    text = f"{name} spoke in Geneva on Monday. " + form.format(A=states[0], p=pron)
    assert ("endorsement", name, states[0]) in _events(race, text, story, un_story)


@pytest.mark.parametrize("race,i", CELLS)
@pytest.mark.parametrize("form", SUPPORTERS_NEAR)
def test_supporter_roles_near_misses(story, un_story, race, i, form):
    name, pron, _, states = PEOPLE[race][i]
    text = f"{name} spoke in Geneva on Monday. " + form.format(A=states[0], p=pron)
    assert not {k for k in _events(race, text, story, un_story) if k[0] == "endorsement" and k[2] == states[0]}


@pytest.mark.parametrize("race,i", CELLS)
def test_a_former_sponsor_is_the_earlier_endorsement(story, un_story, race, i):
    """The guide's ended stance: "A, her former sponsor, ..." states the endorsement as it was (nominal27's
    agent nouns of a stance that no longer holds; construction set 18 labels "a former backer of X" so)."""
    name, pron, _, states = PEOPLE[race][i]
    text = f"{name} spoke in Geneva on Monday. {states[0]}, {pron} former sponsor, said nothing on Monday."
    assert ("endorsement", name, states[0]) in _events(race, text, story, un_story)


# ---------------------------------------------------------------- a bid or campaign stated

STATED = [
    "{N}'s bid remains alive.",
    "{N}'s own campaign remained on track in the spring.",
    "{N} told reporters that {p} own bid remains alive.",
    "{N} said {p} own bid was still alive.",
    "{N}'s campaign is the most professional of the three.",
    "{N}'s campaign was a model of discipline.",
    "Support for {N} is being sought across the region, {p} campaign said.",
    "{N}'s campaign insisted that the talks went well.",
]
STATED_NEAR = [
    "{N}'s bid remains a rumour.",
    "{N}'s bid remains hypothetical.",
    "{N}'s campaign is over.",
    "{N} said {p} bid was over.",
    "{N}'s campaign against corruption is the most professional in the region.",
    "{N}'s bid remains unannounced.",
]


@pytest.mark.parametrize("race,i", CELLS)
@pytest.mark.parametrize("form", STATED)
def test_bid_stated(story, un_story, race, i, form):
    name, pron, _, _ = PEOPLE[race][i]
    assert ("candidacy", name, None) in _events(race, form.format(N=name, p=pron), story, un_story)


@pytest.mark.parametrize("race,i", CELLS)
@pytest.mark.parametrize("form", STATED_NEAR)
def test_bid_stated_near_misses(story, un_story, race, i, form):
    name, pron, _, _ = PEOPLE[race][i]
    assert ("candidacy", name, None) not in _events(race, form.format(N=name, p=pron), story, un_story)


@pytest.mark.parametrize("race,i", CELLS)
def test_own_bid_is_the_subjects(story, un_story, race, i):
    # "his own" in a reported clause is the speaker's, not the one named last
    name, pron, other, _ = PEOPLE[race][i]
    subject = "He" if pron == "his" else "She"
    text = f"{name} met {other} on Monday. {subject} told reporters afterwards that {pron} own bid remains alive."
    assert ("candidacy", name, None) in _events(race, text, story, un_story)


# ---------------------------------------------------------------- the owner of a rival's role

RIVALS = [
    "{N}'s rival candidate, {O}, visited the capital on Monday.",
    "{N}'s closest rival in the race, {O}, visited the capital on Monday.",
    "{O}, {N}'s rival candidate, visited the capital on Monday.",
    "{O}, {N}'s main challenger in the race, visited the capital on Monday.",
]
RIVALS_NEAR = [
    "{N}'s old rival in national politics, {O}, visited the capital on Monday.",
    "{N}'s rival for the party leadership, {O}, visited the capital on Monday.",
    "{N}'s possible rival candidate, {O}, visited the capital on Monday.",
]


@pytest.mark.parametrize("race,i", CELLS)
@pytest.mark.parametrize("form", RIVALS)
def test_rival_owner_in_race(story, un_story, race, i, form):
    name, _, other, _ = PEOPLE[race][i]
    found = _events(race, form.format(N=name, O=other), story, un_story)
    assert {("candidacy", name, None), ("candidacy", other, None)} <= found


@pytest.mark.parametrize("race,i", CELLS)
@pytest.mark.parametrize("form", RIVALS_NEAR)
def test_rival_owner_near_misses(story, un_story, race, i, form):
    name, _, other, _ = PEOPLE[race][i]
    assert ("candidacy", name, None) not in _events(race, form.format(N=name, O=other), story, un_story)


@pytest.mark.parametrize("race,i", CELLS)
def test_bare_rival_states_the_rival_alone(story, un_story, race, i):
    name, _, other, _ = PEOPLE[race][i]
    found = _events(race, f"{name}'s rival, {other}, visited the capital on Monday.", story, un_story)
    assert ("candidacy", other, None) in found and ("candidacy", name, None) not in found


# ---------------------------------------------------------------- the order of entry; a field listed with its count

ENTRY = [
    "{N} was the first to declare, in October last year.",
    "{N} was the second to enter the race.",
    "{N}, the first to declare, spoke on Monday.",
    "{N} was the first in, nominated on 8 May by {A}.",
    "{N} was also the first to announce a bid.",
]
ENTRY_NEAR = [
    "{N} was the first to declare support for the reform.",
    "{N} would be the first to declare.",
    "{N} was the first in line for the photo.",
    "{N} was the first to arrive.",
    "{A} was the first to declare.",
]


@pytest.mark.parametrize("race,i", CELLS)
@pytest.mark.parametrize("form", ENTRY)
def test_order_of_entry(story, un_story, race, i, form):
    name, _, _, states = PEOPLE[race][i]
    assert ("candidacy", name, None) in _events(race, form.format(N=name, A=states[0]), story, un_story)


@pytest.mark.parametrize("race,i", CELLS)
@pytest.mark.parametrize("form", ENTRY_NEAR)
def test_order_of_entry_near_misses(story, un_story, race, i, form):
    name, _, _, states = PEOPLE[race][i]
    assert ("candidacy", name, None) not in _events(race, form.format(N=name, A=states[0]), story, un_story)


@pytest.mark.parametrize("race,i", CELLS)
def test_first_in_nominated_by(story, un_story, race, i):
    name, _, _, states = PEOPLE[race][i]
    text = f"{name} was the first in, nominated on 8 May by {states[0]} and {states[1]}."
    assert {("endorsement", name, states[0]), ("endorsement", name, states[1])} <= _events(race, text, story, un_story)


FIELDS = [
    "{X} entered a field that already contained two strong contenders: {N}, a former minister, and {O}.",
    "The field contained two women: {N} and {O}.",
    "The field already included two seasoned diplomats: {N} and {O}.",
    "Three candidates, three days: {N} yesterday, {X} today and {O} tomorrow.",
    "Three candidates, three days: {N} on Monday, {X} on Tuesday, {O} on Wednesday.",
]
FIELDS_NEAR = [
    "The field could contain two strong women: {N} and {O}.",
    "The panel contained two strong women: {N} and {O}.",
    "Three possible candidates, three days: {N} yesterday, {X} today and {O} tomorrow.",
    "Three speakers, three days: {N} yesterday, {X} today and {O} tomorrow.",
]
THIRD = {"nato": "Kaja Kallas", "un": "Rebeca Grynspan"}


def _field_people(race, i):
    name, _, other, _ = PEOPLE[race][i]
    third = next(p for p in (THIRD[race], "Klaus Iohannis", "Michelle Bachelet", "Rafael Grossi", "Mark Rutte")
                 if p not in (name, other) and (race == "un") == (p in ("Michelle Bachelet", "Rafael Grossi", "Rebeca Grynspan")))
    return name, other, third


@pytest.mark.parametrize("race,i", CELLS)
@pytest.mark.parametrize("form", FIELDS)
def test_field_listed(story, un_story, race, i, form):
    name, other, third = _field_people(race, i)
    found = _events(race, form.format(N=name, O=other, X=third), story, un_story)
    assert {("candidacy", name, None), ("candidacy", other, None)} <= found


@pytest.mark.parametrize("race,i", CELLS)
@pytest.mark.parametrize("form", FIELDS_NEAR)
def test_field_listed_near_misses(story, un_story, race, i, form):
    name, other, third = _field_people(race, i)
    found = _events(race, form.format(N=name, O=other, X=third), story, un_story)
    assert not {k for k in found if k[0] == "candidacy"} & {("candidacy", name, None), ("candidacy", other, None)}


# ---------------------------------------------------------------- the papers a state lodges

PAPERS = [
    "{N} spoke on Monday. {A} lodged {p} papers in March.",
    "{N}'s bid was finalised in March, when {A} lodged {p} papers.",
    "{N} spoke on Monday. {A} filed {p} nomination papers on Tuesday.",
    "{A} submitted {N}'s papers in May.",
]
PAPERS_NEAR = [
    "{N} spoke on Monday. {A} published {p} papers on nuclear safety.",
    "{N} spoke on Monday. {A} lodged {p} papers for the Senate race.",
    "{N} spoke on Monday. {A} reviewed {p} papers in March.",
]


PAPER_CASES = [(form, True) for form in PAPERS] + [(form, False) for form in PAPERS_NEAR]


@pytest.mark.parametrize("race,i", CELLS)
@pytest.mark.parametrize("form,lodged", PAPER_CASES)
def test_papers_lodged(story, un_story, race, i, form, lodged):
    # the state that lodges the papers backs the person (a nomination); papers of another matter or race do not
    name, pron, _, states = PEOPLE[race][i]
    found = _events(race, form.format(N=name, p=pron, A=states[0]), story, un_story)
    assert (("endorsement", name, states[0]) in found) == lodged
