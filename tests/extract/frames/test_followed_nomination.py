"""A state following a nomination its own sentence told (session 36, cons36): "Chile nominated X, and Brazil and
Mexico followed suit days later", "A nominated X on Monday; B did the same a week later": the follower backs the
candidate (frames/ellipsis.py `ellipsis_followed_nomination`, read after the candidacy family, which finds the
nomination's backing; the stance family's "followed suit" is read before it and saw no stance then). Invented grids
in both races; near misses: the follower's clause is negated or modal, it follows on another matter ("on trade"),
the sentence told a declaration and no nomination, or the follower's own clause names another candidate.
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import grid_keys, stances

RACE = {"nato": ("Netherlands", "Spain", "Portugal", "Mark Rutte", "Klaus Iohannis"),
        "un": ("Chile", "Brazil", "Mexico", "Michelle Bachelet", "Rebeca Grynspan")}

FOLLOWED = [
    "{s} nominated {A}, and {t} followed suit.",
    "{s} nominated {A}, and {t} and {u} followed suit days later.",
    "{s} nominated {A} on Monday, and {t} followed suit on Wednesday.",
    "{s} nominated {A} on Monday; {t} did the same a week later.",
    "{s} formally nominated {A}, and {t}, after some hesitation, followed suit.",
]
NEAR = [
    "{s} nominated {A}, but {t} did not follow suit.",
    "{s} nominated {A}, and {t} may follow suit.",
    "{s} nominated {A}, and {t} followed suit on trade.",
    "{A} declared the candidacy, and {t} followed suit.",
    "{s} nominated {A}, and {t} followed suit by nominating {B}.",
]


def _keys(request, race, form):
    s, t, u, A, B = RACE[race]
    return stances(grid_keys(request, race, form.format(s=s, t=t, u=u, A=A, B=B)))


@pytest.mark.parametrize("race", RACE)
@pytest.mark.parametrize("form", FOLLOWED)
def test_a_follower_of_a_nomination_backs_the_nominee(request, race, form):
    s, t, u, A, _ = RACE[race]
    keys = _keys(request, race, form)
    assert ("endorsement", A, s) in keys and ("endorsement", A, t) in keys
    assert ("endorsement", A, u) in keys or "{u}" not in form


@pytest.mark.parametrize("race", RACE)
@pytest.mark.parametrize("form", NEAR)
def test_near_misses_give_the_follower_no_backing_of_the_nominee(request, race, form):
    _, t, _, A, _ = RACE[race]
    assert ("endorsement", A, t) not in _keys(request, race, form)
