"""Discourse, round 29 (issue 12): a stance whose object is told elsewhere in the discourse.

- A verb of joining with nothing after it but a time takes the candidate of the support told just before ("Italy and
  Canada have joined", "two days later Poland signed up": lexicon `ellipsis.joining_verbs`); "joined NATO in 2004",
  "signed up to the pact", "joined as an observer" have an object of their own, and after a refusal it says nothing.
- A refusal with its object left out repeats a refusal told before ("Slovakia also balked": `ellipsis.refusing_verbs`,
  rule `ellipsis_refused`); after a support it says nothing.
- Joining a group of those who took a stance ("Rome joined the holdouts", "Vienna joined the backers") is the group's
  stance on the candidate of the stance before (`ellipsis.group_joining_verbs`, `supporting_groups`,
  `refusing_groups`, rule `ellipsis_group`); the group's own object after it ("the opponents of the reform") is none.
- "said no" with nothing after it but a time is the refusal of the candidate in focus (`opposition.intransitive_verbs`,
  beside "said yes"): "Budapest has said no"; "said no to the plan", "has not said no" none.
- Being with a candidate over the whole race is support ("Spain was with her from the beginning": rule
  `endorse_with_lasting`, lexicon `endorsement.lasting_times`); "was with her in Geneva", "throughout the visit" none.
- A candidate's own "us" and "our bid" in their quotation are the candidate (speech.py `candidate_plural`): "Spain
  stood with us", "Panama, which was with us from the start"; a state's speaker's "us" stays the state.

Grids: forms x times/inserts x both races; about half are near-misses that give no new event."""
from __future__ import annotations

import itertools

import pytest

from tests.extract.conftest import E, O, grid_keys as _keys, stances as _stances


RACES = {
    "nato": dict(cand="Mark Rutte", rival="Klaus Iohannis", first="Germany", s1="Italy", s2="Canada", capital="Warsaw",
                 cap_state="Poland", refuser="Hungary", pron="him", home_minister="the Dutch foreign minister"),
    "un": dict(cand="Rebeca Grynspan", rival="Rafael Grossi", first="Spain", s1="Panama", s2="Uruguay", capital="Lima",
               cap_state="Peru", refuser="Russia", pron="her", home_minister="the Costa Rican foreign minister"),
}


# ---------------------------------------------------------------- joining with the object left out
SUPPORTS = ["{first} backs {cand}.", "{first} declared its support for {cand} on Monday.",
            "{cand} already has {first} behind {pron}."]
JOINED = [("{s1} and {s2} have joined.", ("s1", "s2")), ("{s1} joined on Tuesday.", ("s1",)),
          ("Two days later {capital} signed up.", ("cap_state",)), ("{s1}, its neighbour, joined too.", ("s1",)),
          ("{s1} signed up the same evening, diplomats said.", ("s1",)), ("{s1} joined the backers in May.", ("s1",))]


@pytest.mark.parametrize("race,support,joined", [
    (r, s, j) for r, s, j in itertools.product(RACES, SUPPORTS, JOINED)
    if (SUPPORTS.index(s) + JOINED.index(j)) % 2 == 0 or r == "un"])
def test_joined_support(request, race, support, joined):
    r = RACES[race]
    form, actors = joined
    text = support.format(**r) + " " + form.format(**r)
    assert _stances(_keys(request, race, text)) == {E(r["cand"], r["first"])} | {E(r["cand"], r[a]) for a in actors}, text


JOINED_NEAR = [
    # an object of its own after the verb
    "{s1} joined the government in May.", "{s1} joined NATO in 2004.", "{s1} signed up to the trade pact on Tuesday.",
    "{s1} joined as an observer.", "{s1} joined the talks on Tuesday.", "{s1} signed up for the summit.",
    # not stated
    "{s1} has not joined.", "{s1} may join later.", "If {s1} joins, others will follow.",
]


@pytest.mark.parametrize("race,near", list(itertools.product(RACES, JOINED_NEAR)))
def test_joined_near_misses(request, race, near):
    r = RACES[race]
    text = f"{r['first']} backs {r['cand']}. " + near.format(**r)
    assert _stances(_keys(request, race, text)) == {E(r["cand"], r["first"])}, text


@pytest.mark.parametrize("race", RACES)
def test_joined_needs_one_support_before(request, race):
    r = RACES[race]
    # after a refusal: joined what, the text does not say
    text = f"{r['refuser']} refused to back {r['cand']}. {r['s1']} and {r['s2']} have joined."
    assert _stances(_keys(request, race, text)) == {O(r["cand"], r["refuser"])}, text
    # two candidates in focus: nothing
    text = f"{r['first']} backs {r['cand']} and {r['rival']}. {r['s1']} joined on Tuesday."
    assert not {k for k in _stances(_keys(request, race, text)) if k[2] == r["s1"]}, text


# ---------------------------------------------------------------- a refusal with its object left out
REFUSALS = ["{refuser} refused to back {cand}.", "{refuser} said it would not support {cand}."]
REFUSED = [("{s1} also balked.", "s1"), ("{capital} balked on Friday.", "cap_state"),
           ("{s1} joined the holdouts.", "s1"), ("Two days later {capital} joined the other holdouts.", "cap_state"),
           ("{s1} swelled the ranks of the objectors.", None), ("{s1} joined the opponents in May.", "s1")]


@pytest.mark.parametrize("race,refusal,refused", list(itertools.product(RACES, REFUSALS, REFUSED)))
def test_refused_elided(request, race, refusal, refused):
    r = RACES[race]
    form, actor = refused
    text = refusal.format(**r) + " " + form.format(**r)
    expected = {O(r["cand"], r["refuser"])} | ({O(r["cand"], r[actor])} if actor else set())
    assert _stances(_keys(request, race, text)) == expected, text


REFUSED_NEAR = [
    # after a support, "balked" says not at what
    ("{first} backs {cand}. {s1} balked.", "first"),
    # an object of its own
    ("{refuser} refused to back {cand}. {s1} balked at the cost of the mission.", "refuser"),
    ("{refuser} refused to back {cand}. {s1} joined the opponents of the reform.", "refuser"),
    ("{refuser} refused to back {cand}. {s1} joined the holdouts on the trade deal.", "refuser"),
    # not stated
    ("{refuser} refused to back {cand}. {s1} may balk too.", "refuser"),
    ("{refuser} refused to back {cand}. {s1} did not join the holdouts.", "refuser"),
]


@pytest.mark.parametrize("race,near", list(itertools.product(RACES, REFUSED_NEAR)))
def test_refused_near_misses(request, race, near):
    r = RACES[race]
    text, first = near
    kind = E if first == "first" else O
    assert _stances(_keys(request, race, text.format(**r))) == {kind(r["cand"], r[first])}, text.format(**r)


# ---------------------------------------------------------------- being with a candidate over the whole race
WITH = ["{s1} was with {cand} from the beginning.", "{s1} has been with {cand} all along.",
        "{s1}, a neighbour, remained with {cand} until the end.", "{s1} was always with {cand} from day one.",
        "{s1} was with {cand}, from the start."]
WITH_NEAR = ["{s1} was with {cand} in Geneva.", "{s1} was with {cand} on trade from the start.",
             "The minister of {s1} was with {cand} throughout the visit.", "{s1} was not with {cand} from the beginning.",
             "{s1} may be with {cand} until the end.", "{s1} was with {cand} at the start of the meeting."]


# ---------------------------------------------------------------- the candidate's own "us"
OWN = ['"{s1} stood with us," {cand} said.', '"{s1} backed us early," {cand} said on Monday.',
       '"{s1} was with us from the beginning," {cand} told reporters.',
       '{cand} thanked "{s1}, which was with us from the start".',
       '"Our campaign has had the support of {s1} since May," {cand} said.']
OWN_NEAR = ['"{s1} stood with us," {home_minister} said.', '"{s1} told us it would decide later," {cand} said.',
            '"{s1} supports us on trade," {cand} said.', '"{s1} may back us," {cand} said.',
            '"{s1} was with us in Geneva," {cand} said.', '"{s1} has not backed us yet," {cand} said.']


@pytest.mark.parametrize("race,form,gives", [(r, f, True) for r, f in itertools.product(RACES, WITH + OWN)] +
                         [(r, f, False) for r, f in itertools.product(RACES, WITH_NEAR + OWN_NEAR)])
def test_with_and_own_us(request, race, form, gives):
    """Being with a candidate over the race, and a candidate's own "us": the state's support, or none."""
    r = RACES[race]
    text = form.format(**r)
    assert (E(r["cand"], r["s1"]) in _stances(_keys(request, race, text))) == gives, text


# ---------------------------------------------------------------- "said no", the refusal of the candidate in focus
SAID_NO = [("{capital} has said no.", True), ("{capital} said no until June.", True), ("{s1}, its neighbour, said no.", True),
           ("{capital} said no to the plan.", False), ("{capital} has not said no.", False), ("{capital} may say no.", False),
           ("{capital} said no decision had been taken.", False), ("Asked about the budget, {capital} said no.", False)]


@pytest.mark.parametrize("race,form,gives", [(r, f, g) for r, (f, g) in itertools.product(RACES, SAID_NO)])
def test_said_no(request, race, form, gives):
    r = RACES[race]
    actor = r["s1"] if form.startswith("{s1}") else r["cap_state"]
    text = f"{r['cand']} is the favourite. " + form.format(**r)
    assert (O(r["cand"], actor) in _stances(_keys(request, race, text))) == gives, text
