"""The auxiliaries once (extract/lexicon.py: MODAL_AUXILIARIES, DO_FORMS, HAVE_FORMS, BE_FORMS, FINITE_AUXILIARIES,
and `auxiliaries(without=...)` for a pattern that takes only some of them), code health of session 38 (tidy38; issue
12): the forms that read a part of the list, in both races, invented sentences, half near misses.

- an auxiliary standing for the stance before ("...; so does T", "So does T.", "..., and neither shall T": the
  ellipsis and focus frames, stance_checks' echo), not a modal of what may or ought to be ("so might T", "and so
  must T", "Neither may T.": those parts are left out of the list a form reads, or its scope reads their doubt);
- a list opened by "neither" before an auxiliary is each state's negated stance ("Neither S nor T will support Y"),
  a modal after it none ("Neither S nor T may support Y");
- "the <demonym> state" before an auxiliary is the state ("The Hungarian state has backed Y").
"""
from __future__ import annotations

import pytest

from natowatch.extract.lexicon import FINITE_AUXILIARIES, MODAL_AUXILIARIES, auxiliaries
from tests.extract.conftest import grid_keys

RACES = {
    "nato": dict(S="Hungary", SD="Hungarian", T="Turkey", U="Slovakia", Y="Mark Rutte"),
    "un": dict(S="Chile", SD="Chilean", T="Mexico", U="Brazil", Y="Michelle Bachelet"),
}
# (sentence, (kind, state) it must state, [(kind, state) it must not]); every event is of Y
CASES = [
    ("{S} backs {Y}; so does {T}.", ("endorsement", "T"), []),
    ("{S} backs {Y}. So does {T}.", ("endorsement", "T"), []),
    ("{S} will not back {Y}, and neither shall {T}.", ("opposition", "T"), []),
    ("{S} backed {Y}, and so shall {U}.", ("endorsement", "U"), []),
    ("Neither {S} nor {T} will support {Y}.", ("opposition", "T"), []),
    ("The {SD} state has backed {Y}.", ("endorsement", "S"), []),
    # near misses: a modal of what may or ought to be
    ("{S} backs {Y}, and so must {T}.", None, [("endorsement", "T")]),
    ("{S} backs {Y}; so might {T}.", None, [("endorsement", "T")]),
    ("{S} backs {Y}. So might {T}.", None, [("endorsement", "T")]),
    ("{S} will not back {Y}. Neither may {T}.", None, [("opposition", "T")]),
    ("Neither {S} nor {T} may support {Y}.", None, [("opposition", "S"), ("opposition", "T")]),
    ("Neither {S} nor {T} should support {Y}.", None, [("opposition", "S"), ("opposition", "T")]),
]


def _cases():
    for race, p in RACES.items():
        for text, wanted, unwanted in CASES:
            yield race, text.format(**p), wanted, unwanted


@pytest.mark.parametrize("race,text,wanted,unwanted", list(_cases()), ids=lambda x: x if isinstance(x, str) else None)
def test_auxiliary_parts_of_echoes(request, race, text, wanted, unwanted):
    p = RACES[race]
    keys = {k[:3] for k in grid_keys(request, race, text)}
    if wanted:
        assert (wanted[0], p["Y"], p[wanted[1]]) in keys, keys
    for kind, who in unwanted:
        assert (kind, p["Y"], p[who]) not in keys, keys


def test_the_parts_make_the_one_list():
    words = FINITE_AUXILIARIES.split("|")
    assert len(words) == len(set(words)) and set(MODAL_AUXILIARIES.split("|")) <= set(words)
    assert auxiliaries() == FINITE_AUXILIARIES
    assert auxiliaries(without=("must", "may")).split("|") == [w for w in words if w not in ("must", "may")]
