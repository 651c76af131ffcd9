"""Cues (extract/frames/cues.py): the strings a rule's pattern cannot match without. A rule is
skipped on a clause lacking them, so a cue that is wrong loses events silently: every rule is
checked against every clause of the dev and construction sets (a match where the cues say none
can be is a failure), and the reading of patterns on small cases."""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
import yaml

from natowatch.extract.clauses import clause_views
from natowatch.extract.events import read_article
from natowatch.extract.frames import Grammar
from natowatch.extract.frames import cues
from natowatch.extract.frames.cues import CueIndex, cue_sets, normalise
from natowatch.extract.gazetteer import Gazetteer
from natowatch.flows.files.storyfile import load_story
from tests.corpora.predict import load_corpus

CORPORA = Path(__file__).resolve().parents[2] / "corpora"


def sets(pattern: str) -> set[frozenset[str]]:
    return set(cue_sets(re.compile(pattern, re.I)))


@pytest.mark.parametrize("pattern, expected", [
    # an alternation of words: one of them; the entity token after it: required too
    (r"(?<![\w'])(?:backed|backing|back|endorse|endorsed)(?![\w])\s+⟨C\d+⟩", {frozenset({"back", "endorse"}), frozenset({"⟨c"})}),
    # a small character class and an optional piece: every string they can make
    (r"⟨[SO]\d+⟩", {frozenset({"⟨s", "⟨o"})}),
    (r"ab?c", {frozenset({"ac", "abc"})}),
    (r"(?:formally\s+)?backs", {frozenset({"backs"})}),
    # phrases: the most telling word of each branch; and the words they open with
    (r"(?:take\s+office|took\s+up\s+post)", {frozenset({"office", "post"}), frozenset({"take", "took"})}),
    # a repeated piece requires itself once; a piece that may repeat zero times requires nothing
    # (and what it ends with, joined to what follows)
    (r"(?:ab|cd)+ef", {frozenset({"ab", "cd"}), frozenset({"abef", "cdef"})}),
    (r"xy(?:ab){0,2}zw", {frozenset({"xy"}), frozenset({"zw"})}),
    # a branch that can match anything makes the whole alternation require nothing
    (r"(?:hello|\w+)", set()),
    (r"(?:hello|(?:x|y)+)world", {frozenset({"helloworld", "xworld", "yworld"})}),
    # a word split between a literal and an alternation (a trie written out) is read whole
    (r"st(?:and(?:s|ing)?\s+by|ood\s+(?:firmly\s+)?behind)", {frozenset({"stand", "stood"}), frozenset({"and", "behind"}), frozenset({"by", "behind"})}),
    # letters beyond ASCII have case partners lower() does not know: never a cue
    (r"İxyz", {frozenset({"xyz"})}),
])
def test_cue_sets_of_small_patterns(pattern, expected):
    assert sets(pattern) == expected


def test_a_matching_text_always_holds_its_cues():
    for pattern, text in [(r"(?:take\s+office|took\s+up\s+post)", "He TOOK   UP POST"),
                          (r"back(?:s|ed|ing)?\s+⟨C\d+⟩", "they BACKED ⟨C1⟩"),
                          (r"\bbacks\b", "ſo he backſ it"),         # IGNORECASE: the long s is an s
                          (r"\bin\b", "İn"), (r"kind", "\u212aind")]:
        compiled = re.compile(pattern, re.I)
        index = CueIndex([compiled])
        assert compiled.search(text), (pattern, text)
        assert index.needs[0] and index.needs[0] <= index.present(text), (pattern, text)


def test_a_text_without_a_cue_is_not_admitted():
    backs, names = (re.compile(p, re.I) for p in (r"⟨[SO]\d+⟩\s+(?:backs|endorses)\s+⟨C\d+⟩", r"⟨C\d+⟩\s+back"))
    index = CueIndex([backs, names])
    admitted = lambda text: [needs <= index.present(text) for needs in index.needs]    # noqa: E731
    assert admitted("⟨S1⟩ praises ⟨C1⟩") == [False, False]
    assert admitted("⟨P1⟩ backs ⟨C1⟩") == [False, True]
    # "backs" found stands for its prefix "back" too
    assert admitted("⟨O1⟩ and others BACKS ⟨C2⟩") == [True, True]
    assert admitted("⟨O1⟩ endorses ⟨C2⟩") == [True, False]


def _texts():
    for manifest in sorted(CORPORA.glob("*/manifest.json")):
        for item in load_corpus(manifest):
            yield item["title"], item["text"]
    for entry in [e for name in ("constructions", "constructions2")
                  for e in yaml.safe_load((CORPORA / name / "constructions.yaml").read_text(encoding="utf-8"))]:
        yield entry["title"], entry["text"]


def test_no_rule_matches_a_clause_its_cues_rule_out(story):
    grammar = Grammar.of(Gazetteer.of(story))
    assert all(needs for rule, needs in zip(grammar.rules, grammar.cues.needs) if not rule.name.startswith("focus_"))
    clauses = skipped = 0
    missed = []
    for title, text in _texts():
        for reading in read_article(title, text, story):
            for shape in clause_views(reading.text, reading.mentions):
                clauses += 1
                cues = grammar.cues.present(shape.text)
                for rule, needs in zip(grammar.rules, grammar.cues.needs):
                    admitted = needs <= cues
                    skipped += not admitted
                    if not admitted and rule.pattern.search(shape.text):
                        missed.append((rule.name, shape.text))
    assert not missed
    # and the cues do their work: most rules are not tried on most clauses
    assert clauses > 3000 and skipped > 0.8 * clauses * len(grammar.rules)


@pytest.mark.parametrize("story_file", ["nato-secretary-general.yaml", "un-secretary-general-2026.yaml"])
def test_folded_word_lists_read_as_the_whole_pattern(story_file):
    """The lexicon's word alternations, inlined into many rules, are read once each (`_fold`):
    every rule of both stories gets the cue sets that reading its whole pattern gives."""
    story = load_story(CORPORA.parent.parent / "config" / "stories" / story_file)
    grammar = Grammar.of(Gazetteer.of(story))
    folded = 0
    for rule in grammar.rules:
        source, flags = rule.pattern.pattern, rule.pattern.flags
        shell, slots = cues._fold(source, flags)
        folded += len(slots)
        assert cues._read(source, flags) == cues._read_whole(source, flags), rule.name
    assert folded > len(grammar.rules)      # the folding is at work: most rules inline several lists


def test_a_fragment_text_that_is_no_group_is_read_whole(monkeypatch):
    """A fragment's text inside a character class, or after a backslash, is not a group there:
    the pattern is read whole, never with a slot in a class."""
    monkeypatch.setattr(cues, "fragments", lambda: ["(?:ab|cd)"])
    for pattern in (r"[(?:ab|cd)]xyz", r"(x\(?:ab|cd)yz", r"qq(?:ab|cd)xyz"):
        assert cues._read(pattern, re.I) == cues._read_whole(pattern, re.I), pattern
    assert cues._fold(r"qq(?:ab|cd)xyz", re.I)[1]
    assert not cues._fold(r"(x\(?:ab|cd)yz", re.I)[1]
    assert cues._read(r"[(?:ab|cd)]xyz", re.I) == (frozenset({"xyz"}),)


def test_a_text_s_sets_read_by_its_runs_are_those_its_whole_text_holds(story):
    grammar = Grammar.of(Gazetteer.of(story))
    index = grammar.cues
    whole = lambda text: frozenset().union(    # noqa: E731 - the trie tried at every place of the text
        *map(index._fulfils.__getitem__, set(index._finder.findall(normalise(text)))))
    rng = random.Random(4)
    strings = sorted(index._fulfils)
    made = ["".join(rng.choice([*rng.sample(strings, 3), " ", ",", "-", "⟨C1⟩", "x", "'", ".", "ſ", "S"])
                    for _ in range(rng.randint(0, 12))) for _ in range(3000)]
    texts = [*made, *(shape.text for title, text in list(_texts())[:15] for reading in read_article(title, text, story)
                      for shape in clause_views(reading.text, reading.mentions))]
    for text in texts + texts:      # the second time, from the runs' kept sets
        assert index.present(text) == whole(text), text
    assert sum(bool(whole(text)) for text in texts) > 2000


def test_the_patterns_possible_in_a_text_are_those_its_present_sets_admit(story):
    """`possible_in` (the runs' sets kept as ints, with the patterns filed under them) gives what
    `possible(present(text))` gives, on made-up texts and on the clauses of the corpora, read twice (the
    second time from the kept runs), also after the kept runs were cleared."""
    grammar = Grammar.of(Gazetteer.of(story))
    index = grammar.cues
    rng = random.Random(20)
    strings = sorted(index._fulfils)
    made = ["".join(rng.choice([*rng.sample(strings, 4), " ", ",", "⟨C1⟩", "⟨S2⟩", "x", "'", "ſ", "S"])
                    for _ in range(rng.randint(0, 16))) for _ in range(3000)]
    texts = [*made, *(shape.text for title, text in list(_texts())[:25] for reading in read_article(title, text, story)
                      for shape in clause_views(reading.text, reading.mentions))]
    for text in texts + texts:
        assert index.possible_in(text) == index.possible(index.present(text)), text
    index._run_rules.clear()
    assert all(index.possible_in(text) == index.possible(index.present(text)) for text in texts[::7])
    assert sum(len(index.possible_in(text)) > 0 for text in texts) > 1000
    # a pattern that needs nothing is possible in every text, one that needs what no text holds in none
    always = CueIndex([re.compile(r"\w+"), re.compile("zebra crossing", re.I)])
    assert always.possible_in("") == [0] and always.possible_in("a Zebra crossing") == [0, 1]
