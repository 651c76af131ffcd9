"""Session 34's code-health moves that touch what is read (the rest move words from code to the lexicon or code
between modules with the same output), as invented grids, about half near misses:

1. An adverb that denies what follows ("hardly", "scarcely", "barely": the lexicon's `cues.denying_adverbs`, one list
   that `cues.negation` includes) is no adverb of a copula's or a stance's gap: the stance rules' copies of it
   (frames/stance.py) and the resolver's glue between a state and the supporters a pronoun owns
   (`Resolver.agents_glue`, which had no such exclusion: "Hungary is hardly among his backers") read the one list.
2. A candidate right after a verb of support, opposition, nomination or dropping support is that verb's object, not
   the subject of a time clause's gerund after it ("Peru will no longer champion X, one week after taking office"):
   `Grammar.object_position` reads the six verbs frames/office.py had, as written, from the lexicon
   (`takes_office.object_verbs`; the wider reading of every verb of `endorsement.verbs`, `opposition.verbs`,
   `candidacy.nominating_verbs`, `endorsement.dropping_verbs` was a behaviour change, review34 finding 11, and is not
   made). The grid passes with either list (other checks already keep those takings of office away): it holds the form.
"""
from __future__ import annotations

import pytest

from natowatch.extract.discourse import Resolver
from natowatch.extract.gazetteer import Gazetteer
from tests.extract.conftest import grid_keys


# ---- 1. an adverb that denies: one list for the copula's, the standing's and the agents' gaps
DENYING = [
    ("Mark Rutte won the backing of France. Hungary is firmly among his backers.", ("endorsement", "Mark Rutte", "Hungary")),
    ("Mark Rutte won the backing of France. Hungary has long been among his backers.",
     ("endorsement", "Mark Rutte", "Hungary")),
    ("Spain is a staunch supporter of Mark Rutte.", ("endorsement", "Mark Rutte", "Spain")),
    ("Spain is solidly behind Mark Rutte.", ("endorsement", "Mark Rutte", "Spain")),
    ("Spain remains firmly in Mark Rutte's camp.", ("endorsement", "Mark Rutte", "Spain")),
]
DENYING_NEAR = [
    "Mark Rutte won the backing of France. Hungary is hardly among his backers.",
    "Mark Rutte won the backing of France. Hungary has scarcely been one of his supporters.",
    "Spain is hardly a supporter of Mark Rutte.",
    "Spain is scarcely behind Mark Rutte.",
    "Spain is barely in Mark Rutte's camp.",
]
DENYING_CASES = [(s, {k}) for s, k in DENYING] + [(s, set()) for s in DENYING_NEAR]


@pytest.mark.parametrize("sentence,expected", DENYING_CASES, ids=[s[:60] for s, _ in DENYING_CASES])
def test_an_adverb_that_denies_is_no_adverb_of_a_stance(request, sentence, expected):
    """The stances of Spain and Hungary the sentence states (France's, in the first sentence, aside)."""
    found = {k for k in grid_keys(request, "nato", sentence) if k[0] in ("endorsement", "opposition") and k[2] != "France"}
    assert found == expected


# ---- 2. a candidate a verb of the lexicon governs is the main clause's object, not the subject of a time clause's
# gerund after it ("..., one week after taking office": the government took office)
GERUND_OF_MAIN_SUBJECT = [
    "Peru will no longer champion Michelle Bachelet, one week after taking office.",
    "Mexico came out in favour of Rebeca Grynspan, days after taking office.",
    "Argentina will field Rafael Grossi, a week after taking office.",
    "The new government in Lima will veto Rafael Grossi, a month after taking office.",
    "Mexico will ditch Rebeca Grynspan, days after taking office.",
]
# (the candidate is the subject the gerund shares: the taking of office stands)
GERUND_OF_CANDIDATE = [
    ("Guterres handed over to Grossi on 1 January. Grossi visited Kyiv on Monday, days after taking office.",
     "Rafael Grossi"),
    ("Guterres handed over to Grynspan on 1 January. Grynspan flew to Gaza, a week after taking office.",
     "Rebeca Grynspan"),
    ("Guterres handed over to Bachelet on 1 January. Bachelet addressed the Security Council, days after taking office.",
     "Michelle Bachelet"),
    ("Guterres handed over to Grossi on 1 January. Grossi, days after taking office, visited Kyiv.", "Rafael Grossi"),
    ("Guterres handed over to Grynspan on 1 January. Grynspan met envoys in Geneva, a week after taking office.",
     "Rebeca Grynspan"),
]
GERUND_CASES = [(s, set()) for s in GERUND_OF_MAIN_SUBJECT] + [(s, {("takes_office", c, None)})
                                                               for s, c in GERUND_OF_CANDIDATE]


@pytest.mark.parametrize("sentence,expected", GERUND_CASES, ids=[s[:60] for s, _ in GERUND_CASES])
def test_a_verb_of_the_lexicon_keeps_its_object_from_a_gerund(request, sentence, expected):
    """The taking of office the sentence states (none where the candidate is a stance's or a nomination's object)."""
    assert {k for k in grid_keys(request, "un", sentence) if k[0] == "takes_office"} == expected


# review34 finding 12 (mendB): the grid above passes without the glue's exclusion (scope's negation drops those events
# already), so the glue itself is read here: what it takes between a state and the supporters a pronoun owns
GLUE = [
    (" is firmly among ", True),
    (" is now among ", True),
    (" has long been among ", True),
    (" has publicly been one of ", True),
    (" remains solidly among ", True),
    (", ", True),
    # near misses: an adverb that denies (the lexicon's cues.denying_adverbs)
    (" is hardly among ", False),
    (" is barely among ", False),
    (" remains scarcely among ", False),
    (" has hardly been one of ", False),
    (" has scarcely been among ", False),
]


@pytest.mark.parametrize("glue,taken", GLUE, ids=[g for g, _ in GLUE])
def test_the_agents_glue_takes_no_adverb_that_denies(story, glue, taken):
    resolver = Resolver.of(Gazetteer.of(story))
    assert (resolver.agents_glue.fullmatch(glue) is not None) == taken
