"""Module-level patterns of the extractor compiled tuned (extract/compiled.built: the opening characters
given to `re`'s search) match exactly as `re.compile` of the same text does, on the sentences and clauses
of the corpora: the same matches, groups and spans, searched or matched from any place."""
from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import natowatch.extract as extract
from natowatch.extract.clauses import clause_views
from natowatch.extract.events import read_article
from tests.extract.frames.test_cues import _texts
from tests.extract.speed.test_tuned import _same


def _module_patterns() -> list[tuple[set[str], re.Pattern]]:
    """Each pattern held at a module's top level, with its names there ("module._NAME", one per module
    holding it: imported names too)."""
    found: dict[int, tuple[set[str], re.Pattern]] = {}
    for info in pkgutil.walk_packages(extract.__path__, extract.__name__ + "."):
        module = importlib.import_module(info.name)
        for name, value in sorted(vars(module).items()):
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                found.setdefault(id(value), (set(), value))[0].add(f"{info.name.rsplit('.', 1)[-1]}.{name}")
    return list(found.values())


@pytest.fixture(scope="module")
def texts(story) -> list[str]:
    out = []
    for title, text in list(_texts())[::12]:
        for reading in read_article(title, text, story):
            out += [reading.text, *(shape.text for shape in clause_views(reading.text, reading.mentions))]
    return out


# the ones compiled tuned because the reading searches them in every sentence or clause
TUNED = ("events._NEGATING", "strangers._OTHER_PERSON", "strangers._COURTESY", "dates._STRETCH_END",
         "clauses._FRAGMENT_QUOTE", "spans.ADVERB_ASIDE", "spans.NOUN_AFTER_ASIDE", "gazetteer._POST_NOUN",
         # session 22 (perf22): the rest that the reading of 1 MB spends >= 1 ms on untuned (call replay)
         "scope_bounds._CLAUSE_BREAK", "scope_bounds._COORDINATION", "discover._NAME", "discover._PERSON_NAMED",
         "discover._PRONOUN_AFTER", "discourse_forms._CLAUSE_OPENER", "spans._COMMA_ADVERBIAL", "scope._OWN_STATEMENT",
         "scope._QUOTE_MARK", "mention_forms._OF_THE_BEFORE", "mention_forms._NEITHER_NOR", "dates._OCCASION",
         "scope_negation._NEGATION_ADVERB", "candidacy_forms._LABEL")


def test_the_tuned_module_patterns_are_there():
    tuned = {name for held, pattern in _module_patterns() for name in held
             if re.compile(pattern.pattern, pattern.flags) is not pattern}
    assert set(TUNED) <= tuned


def test_module_patterns_match_as_re_compiles_them(texts):
    assert len(texts) > 300
    for _, pattern in _module_patterns():
        if re.compile(pattern.pattern, pattern.flags) is not pattern:     # (not re's own, from its cache)
            _same(pattern.pattern, pattern.flags, texts)
