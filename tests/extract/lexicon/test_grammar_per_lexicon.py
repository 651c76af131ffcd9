"""One grammar build per lexicon: stories of one lexicon file share a Lexicon and the rules built
from it, and each story's grammar holds exactly the patterns a build for its incumbent alone
compiles (the incumbent's names are the only part of a story the rules read)."""
from __future__ import annotations

import copy
from dataclasses import replace

from natowatch.extract.frames import Grammar
from natowatch.extract.frames.vocab import Vocab
from natowatch.extract.frames.cues import CueIndex
from natowatch.extract.frames.grammar import FAMILIES
from natowatch.extract.gazetteer import Gazetteer
from natowatch.extract.lexicon import Lexicon, bounded


def _alone(lex: Lexicon, incumbent: tuple[str, ...]) -> list:
    """The rules as a build for this incumbent alone makes them (the grammar's rules before sharing)."""
    vocab = Vocab(lex, incumbent)
    return [rule for family in FAMILIES for rule in family.rules(vocab)]


def _fresh(monkeypatch) -> list:
    """Empty the extractor's caches (as in a new process); the list counts grammar builds."""
    built: list[int] = []
    init = Grammar.__init__
    monkeypatch.setattr(Grammar, "__init__", lambda self, *a: built.append(1) or init(self, *a))
    for cls, names in ((Grammar, ("_cache", "_of_lexicon")), (Gazetteer, ("_cache", "_equal")),
                       (Lexicon, ("_cache",))):
        for name in names:
            monkeypatch.setattr(cls, name, {})
    monkeypatch.setattr(Lexicon, "_read", [])
    return built


def test_two_stories_of_one_lexicon_file_share_one_build(story, un_story, monkeypatch):
    built = _fresh(monkeypatch)
    # each story file parsed its lexicon file: equal data, two objects
    assert story.lexicon == un_story.lexicon and story.lexicon is not un_story.lexicon
    nato, un = Grammar.of(Gazetteer.of(story)), Grammar.of(Gazetteer.of(un_story))
    assert len(built) == 1
    assert Gazetteer.of(story).lexicon is Gazetteer.of(un_story).lexicon
    assert nato is not un and nato.scope is un.scope and nato.focus_rules == un.focus_rules
    different = [(a.name, b.name) for a, b in zip(nato.rules, un.rules) if a.pattern is not b.pattern]
    assert different == [("takes_office_handed_over", "takes_office_handed_over")]
    handed_over = [next(r for r in g.rules if r.name == "takes_office_handed_over") for g in (nato, un)]
    assert "Stoltenberg" in handed_over[0].pattern.pattern and "Guterres" in handed_over[1].pattern.pattern
    # (read after "took over", "takes over")
    assert nato.from_incumbent.search(" from outgoing Jens Stoltenberg")
    assert un.from_incumbent.search(" from Guterres") and not un.from_incumbent.search(" from Stoltenberg")
    # asked again: the same grammars, nothing built
    assert Grammar.of(Gazetteer.of(story)) is nato and Grammar.of(Gazetteer.of(un_story)) is un
    assert len(built) == 1


def test_each_grammar_has_the_patterns_of_its_incumbent_alone(story, un_story, mini_story):
    assert mini_story.incumbent == ()
    for s in (story, un_story, mini_story):
        grammar = Grammar.of(Gazetteer.of(s))
        alone = _alone(Gazetteer.of(s).lexicon, s.incumbent)
        assert [r.name for r in grammar.rules] == [r.name for r in alone]
        for shared, own in zip(grammar.rules, alone):
            # a compiled pattern equals another of the same text, flags and code
            assert shared.pattern == own.pattern, shared.name
            assert replace(shared, pattern=own.pattern) == own and shared.needs_actor == own.needs_actor
        assert grammar.cues.needs == CueIndex([r.pattern for r in alone]).needs
    # the incumbent's names are in the hand-over pattern, as a build for it alone has them
    handed_over = next(r for r in Grammar.of(Gazetteer.of(story)).rules if r.name == "takes_office_handed_over")
    assert bounded(story.incumbent) in handed_over.pattern.pattern
    assert Grammar.of(Gazetteer.of(mini_story)).from_incumbent.pattern == "(?!)"


def test_lexicon_shared_by_equal_data_only(story, monkeypatch):
    _fresh(monkeypatch)
    again = replace(story, lexicon=copy.deepcopy(dict(story.lexicon)))
    assert Lexicon.of(again) is Lexicon.of(story)
    other_data = copy.deepcopy(dict(story.lexicon))
    other_data["comitative_phrases"] = [*other_data["comitative_phrases"], "hand in hand with"]
    other = replace(story, lexicon=other_data)
    assert Lexicon.of(other) is not Lexicon.of(story)
    assert Grammar.of(Gazetteer.of(other)) is not Grammar.of(Gazetteer.of(story))
    assert "hand" in Grammar.of(Gazetteer.of(other)).comitative.pattern
