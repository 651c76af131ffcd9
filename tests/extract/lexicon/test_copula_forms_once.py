"""The copula once (code health of session 39, tidy39; issue 12): the finite forms of "be" (lexicon.BE_FORMS) and the
copula a standing is told with, be or remain (lexicon.COPULA_FORMS, "is|are|was|were|remains?|remained"), are read by
the rules that wrote them out (the stance rules' camp, supporter, "among" and "willing" forms, the focus and ellipsis
copulas, the resolver's glue between a state and the backers a pronoun owns, scope's auxiliaries); a rule taking more
of them ("stays", "became", "stood") names those after the shared part.

The grid holds the copula forms in both races, half near misses (an assessing passive, a denying adverb, a modal,
another matter, a guess).
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from natowatch.extract import lexicon
from natowatch.extract.lexicon import BE_FORMS, COPULA_FORMS
from tests.extract.conftest import grid_keys

EXTRACT = Path(lexicon.__file__).resolve().parent


def test_the_copula_is_the_be_forms_and_remain():
    assert BE_FORMS == "is|are|was|were"
    assert all(re.fullmatch(COPULA_FORMS, w) for w in ("is", "are", "was", "were", "remain", "remains", "remained"))
    assert not any(re.fullmatch(COPULA_FORMS, w) for w in ("be", "been", "stays", "became"))


def test_no_module_spells_the_copula_out():
    """No module but the lexicon's writes "is|are|was|were" in that order inside an alternation."""
    run = re.compile(r"(?:[(:|]|r?\")is\|are\|was\|were[|)]")
    copies = [f"{path.relative_to(EXTRACT)}:{n}" for path in sorted(EXTRACT.rglob("*.py")) if path.name != "lexicon.py"
              for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
              if not line.lstrip().startswith("#") and run.search(line)]
    assert copies == []


RACES = {
    "nato": dict(S="Hungary", T="Spain", Y="Mark Rutte", PR="his"),
    "un": dict(S="Chile", T="Peru", Y="Rebeca Grynspan", PR="her"),
}
# (sentence, the states whose endorsement of Y it states)
CASES = [
    ("{S} is firmly behind {Y}.", {"S"}),
    ("{S} remains firmly behind {Y}.", {"S"}),
    ("{S} and {T} were firmly in {Y}'s camp.", {"S", "T"}),
    ("{S} remained a staunch supporter of {Y}.", {"S"}),
    ("{S} was among {Y}'s earliest backers.", {"S"}),
    ("{Y} won the backing of France. {S} remains one of {PR} backers.", {"S"}),
    ("{S} was willing to back {Y}.", {"S"}),
    ("{S} became a supporter of {Y}.", {"S"}),
    # near misses
    ("{S} is seen as firmly behind {Y}.", set()),
    ("{S} is hardly behind {Y}.", set()),
    ("{S} may remain firmly behind {Y}.", set()),
    ("{S} and {T} could be in {Y}'s camp.", set()),
    ("{S} remained a staunch critic of the summit.", set()),
    ("{S} was among the critics of the summit.", set()),
    ("{Y} won the backing of France. {S} remains one of {PR} possible backers.", set()),
    ("{S} became a supporter of the reform.", set()),
]
GRID = [(race, s, expected) for race in RACES for s, expected in CASES]


@pytest.mark.parametrize("race,sentence,expected", GRID, ids=[f"{r}|{s[:60]}" for r, s, _ in GRID])
def test_a_copula_form_in_both_races(request, race, sentence, expected):
    names = RACES[race]
    found = {k for k in grid_keys(request, race, sentence.format(**names))
             if k[0] in ("endorsement", "opposition") and k[2] != "France"}
    assert found == {("endorsement", names["Y"], names[s]) for s in expected}
