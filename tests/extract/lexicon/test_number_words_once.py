"""The numbers written out, once (code health of session 39, tidy39; issue 12): the cardinal and ordinal words are
one list each in extract/lexicon.py (CARDINAL_WORDS, ORDINAL_WORDS), which every pattern counting with them reads by
its range (`cardinals(2, 10)`, `ordinals(1, 5)`, `Lexicon.numbers`); the lexicon file no longer holds a copy, and no
other module spells a run of them out.

The grid holds the forms that read a count, in both races, each with a near miss (a modal, a guess, a denial): a
time counted after the predicate ("three weeks later", "for two months", "two days apart", "within two weeks of
each other"), a counted field before its colon, a counted anaphor ("All three"), a counted apposition ("all three
veto holders", "one of the three candidates"), a following state after a counted time, an ordinal of a time ("for
the second time") and a hypothetical label with its number ("Scenario two:").
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from natowatch.extract import lexicon
from natowatch.extract.lexicon import CARDINAL_WORDS, ORDINAL_WORDS, cardinals, ordinals
from tests.extract.conftest import LEXICON_FILE, grid_keys

EXTRACT = Path(lexicon.__file__).resolve().parent


def test_the_ranges_read_the_one_list():
    assert cardinals(2, 4) == "two|three|four"
    assert cardinals(1, 10).split("|") == list(CARDINAL_WORDS[:10])
    assert ordinals(1, 5) == "first|second|third|fourth|fifth"
    assert len(CARDINAL_WORDS) == len(set(CARDINAL_WORDS)) and len(ORDINAL_WORDS) == len(set(ORDINAL_WORDS))
    lex = lexicon.Lexicon(yaml.safe_load(LEXICON_FILE.read_text(encoding="utf-8")), "en")
    assert all(re.fullmatch(lex.numbers(2, 10), w, re.I) for w in CARDINAL_WORDS[1:10])
    assert not re.fullmatch(lex.numbers(2, 10), "one", re.I) and not re.fullmatch(lex.numbers(2, 10), "eleven", re.I)


def test_no_second_copy_of_the_number_words():
    """No module but the lexicon's spells out two number words in a row of an alternation ("two|three"), and the
    lexicon file keeps no list of them."""
    word = "(?:%s)" % "|".join(CARDINAL_WORDS + ORDINAL_WORDS)
    run = re.compile(r"(?<![\w-])%s\|%s(?![\w-])" % (word, word))
    copies = [f"{path.relative_to(EXTRACT)}:{n}" for path in sorted(EXTRACT.rglob("*.py")) if path.name != "lexicon.py"
              for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
              if not line.lstrip().startswith("#") and run.search(line)]
    assert copies == []
    assert "number_words" not in yaml.safe_load(LEXICON_FILE.read_text(encoding="utf-8"))


RACES = {
    "nato": dict(S="Hungary", T="Spain", U="Italy", Y="Mark Rutte", X="Klaus Iohannis", XS="Iohannis", Z="Kaja Kallas",
                 ZS="Kallas"),
    "un": dict(S="Chile", T="Peru", U="Mexico", Y="Rebeca Grynspan", X="Michelle Bachelet", XS="Bachelet",
               Z="Rafael Grossi", ZS="Grossi"),
}
# (sentence, the events it states: (type, role letter of the subject, role letter of the actor or None))
CASES = [
    ("{XS} withdrew from the race three weeks later.", {("withdrawal", "X", None)}),
    ("{S} has backed {Y} for two months.", {("endorsement", "Y", "S")}),
    ("{XS} and {ZS} quit the race two days apart.", {("withdrawal", "X", None), ("withdrawal", "Z", None)}),
    ("{S} nominated {X} and {T} {Z} within two weeks of each other.",
     {("candidacy", "X", None), ("candidacy", "Z", None), ("endorsement", "X", "S"), ("endorsement", "Z", "T")}),
    ("Three candidates remain in the race: {X}, {Y} and {Z}.",
     {("candidacy", "X", None), ("candidacy", "Y", None), ("candidacy", "Z", None)}),
    ("{S}, {T} and {U} met on Monday. All three endorsed {Y} on Tuesday.",
     {("endorsement", "Y", "S"), ("endorsement", "Y", "T"), ("endorsement", "Y", "U")}),
    ("{S}, {T} and {U}, all three veto holders, backed {Y}.",
     {("endorsement", "Y", "S"), ("endorsement", "Y", "T"), ("endorsement", "Y", "U")}),
    ("{Y}, one of the three candidates, spoke on Monday.", {("candidacy", "Y", None)}),
    ("France backed {Y}. Two days later, {T} followed suit.", {("endorsement", "Y", "T")}),
    ("{XS} declared a candidacy for the second time.", {("candidacy", "X", None)}),
    ("{S} endorsed {Y} four days ago.", {("endorsement", "Y", "S")}),
    # near misses: a modal, a guess, a negation, a denial, a label setting up a case
    ("{XS} may withdraw from the race three weeks later.", set()),
    ("{S} has weighed backing {Y} for two months.", set()),
    ("{XS} and {ZS} may quit the race two days apart.", set()),
    ("{S} might nominate {X} and {T} {Z} within two weeks of each other.", set()),
    ("Three candidates are expected: {X}, {Y} and {Z}.", set()),
    ("{S}, {T} and {U} met on Monday. All three may endorse {Y} on Tuesday.", set()),
    ("{S}, {T} and {U}, all three veto holders, may back {Y}.", set()),
    ("{Y}, one of the three possible candidates, spoke on Monday.", set()),
    ("France backed {Y}. Two days later, {T} may follow suit.", set()),
    ("{XS} may declare a candidacy for the second time.", set()),
    ("{S} has not endorsed {Y} for two months.", set()),
    ("Scenario two: {S} backs {Y}.", set()),
]
GRID = [(race, s, expected) for race in RACES for s, expected in CASES]


@pytest.mark.parametrize("race,sentence,expected", GRID, ids=[f"{r}|{s[:60]}" for r, s, _ in GRID])
def test_a_counted_form_in_both_races(request, race, sentence, expected):
    names = RACES[race]
    found = {k for k in grid_keys(request, race, sentence.format(**names)) if k[2] != "France"}
    assert found == {(t, names[subj], names[actor] if actor else None) for t, subj, actor in expected}
