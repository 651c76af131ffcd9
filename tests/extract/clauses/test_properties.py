"""Property tests: the actors of a coordination do not depend on its order; the
subject follows the candidate named."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

STATES = ["Germany", "France", "Poland", "Italy", "Spain", "Canada", "Norway", "Denmark", "Belgium", "Portugal",
          "Greece", "Croatia", "Sweden", "Finland", "the United States", "Britain"]
CANONICAL = {"the United States": "United States", "Britain": "United Kingdom"}
CANDIDATES = ["Mark Rutte", "Klaus Iohannis", "Kaja Kallas", "Krisjanis Karins", "Edgars Rinkevics", "Ben Wallace"]
FRAMES = [
    "{candidate} has won the support of {states}.",
    "{states} back {candidate} for NATO secretary general.",
    "{candidate}'s bid to lead NATO is backed by {states}.",
    "{candidate} has strong backing from {states}.",
]


def coordinate(names):
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(STATES), min_size=1, max_size=5, unique=True), st.randoms(use_true_random=False),
       st.sampled_from(FRAMES))
def test_shuffling_a_coordination_keeps_the_actors(triples, states, rnd, frame):
    shuffled = list(states)
    rnd.shuffle(shuffled)
    first = triples(frame.format(candidate="Mark Rutte", states=coordinate(states)))
    second = triples(frame.format(candidate="Mark Rutte", states=coordinate(shuffled)))
    expected = {("endorsement", "Mark Rutte", CANONICAL.get(s, s)) for s in states}
    assert first == second == expected


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(CANDIDATES), st.sampled_from(FRAMES), st.sampled_from(STATES))
def test_swapping_the_candidate_changes_the_subject(triples, candidate, frame, state):
    found = triples(frame.format(candidate=candidate, states=state))
    assert found == {("endorsement", candidate, CANONICAL.get(state, state))}


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(CANDIDATES), st.sampled_from([
    "{c} announced {p} candidacy for NATO secretary general.",
    "{c} has withdrawn from the race for NATO secretary general.",
    "{c} was appointed NATO secretary general by the North Atlantic Council.",
    "{c} took office as NATO secretary general on Tuesday.",
]))
def test_swapping_the_candidate_in_other_event_types(triples, candidate, frame):
    pronoun = "her" if candidate == "Kaja Kallas" else "his"
    found = triples(frame.format(c=candidate, p=pronoun))
    assert len(found) == 1 and next(iter(found))[1] == candidate
