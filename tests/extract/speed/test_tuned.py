"""Patterns compiled tuned (extract/tuned.py) match exactly as `re` compiles them: the same matches,
groups and spans, searched from any place; and the tuning is there (the opening characters a search
skips to)."""
from __future__ import annotations

import random
import re
import sys
import unicodedata
from re import _compiler, _constants as C, _parser as P

import pytest

from natowatch.extract import tuned
from natowatch.extract.clauses import clause_views
from natowatch.extract.compiled import built, pattern as compiled_pattern
from natowatch.extract.events import read_article
from natowatch.extract.frames import Grammar
from natowatch.extract.gazetteer import Gazetteer
from tests.extract.frames.test_cues import _texts


def _found(pattern: re.Pattern, text: str) -> list:
    return [(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(text)]


def _same(text_of_pattern: str, flags: int, texts) -> None:
    plain, fast = re.compile(text_of_pattern, flags), built(text_of_pattern, flags)
    for text in texts:
        assert _found(fast, text) == _found(plain, text), (text_of_pattern, text)
        for start in range(0, len(text) + 1, max(1, len(text) // 9)):
            for method in ("search", "match"):
                a, b = getattr(fast, method)(text, start), getattr(plain, method)(text, start)
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (text_of_pattern, text, start)


def _opening_charset(pattern: re.Pattern, tune: bool = True) -> bool:
    """Whether `re` is told which characters a match can open with (a prefix or a set)."""
    code = _code_of(pattern, tune)
    return code[0] == C.INFO and code[2] & (C.SRE_INFO_PREFIX | C.SRE_INFO_CHARSET) != 0


def _code_of(pattern: re.Pattern, tune: bool = True) -> list[int]:
    parsed = P.parse(pattern.pattern, pattern.flags)
    return tuned.compile_tuned(parsed, pattern.flags) if tune else _compiler._code(parsed, pattern.flags)


def test_the_case_table_is_re_s():
    """Every character that IGNORECASE matches to an ASCII character is ASCII or one of the four
    known to `tuned`, and no character beyond ASCII of the caseless kinds matches another one."""
    everything = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    to_ascii = {m.group() for m in re.finditer(r"[\x00-\x7f]", everything, re.I)}
    assert {c for c in to_ascii if ord(c) > 127} == set(tuned._RARE_CASES)
    for c in map(chr, range(128)):
        expected = {x for x in to_ascii if re.fullmatch(re.escape(c), x, re.I)}
        assert {chr(x) for x in tuned._cases(ord(c), re.I | re.U)} == expected, c
    caseless = [chr(c) for c in range(128, sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF
                and unicodedata.category(chr(c)) in tuned._CASELESS]
    matched = {m.group() for m in re.finditer("[" + "".join(map(re.escape, caseless)) + "]", everything, re.I)}
    assert matched == set(caseless)


@pytest.mark.parametrize("text, flags", [
    # alternatives sharing their first characters, some prefixes of others: order kept among them
    (r"(?:ab|a|abc|b|ba|x(?P<g>y)?)", 0),
    (r"(?:make\s+no\s+secret|made\s+no|makes?\s+(?:\w+ly\s+)?clear|mark|m)", re.I),
    # an alternative that opens with no plain character keeps its place between the others
    (r"(?:ka|\w+ly|kb|k|.)", re.I),
    (r"(?:s|ſt|st|S|i|İx|ıy|k|\u212a)(?:\w)?", re.I),
    # opening with a lookbehind, a word boundary, an optional piece
    (r"(?<![\w-])(?P<trig>back(?:s|ed|ing)?|endorse[sd]?|support)\b", re.I),
    (r"\b(?:(?P<agent>⟨S\d+⟩)['’]s?\s+)?(?<![\w'])(?:nominee|pick)s?", re.I),
    (r"(?=\w)(?<!x)(?:[a-c]|Z)+", re.I),
    # anchored: tried at the start only, left as it is
    (r"^\W*(?:since|after)\s+\w+", re.I),
    # case-sensitive inside a case-insensitive pattern
    (r"(?<!\w)(?:(?-i:A)bc|abd|(?-i:[a-z])x)", re.I),
])
def test_small_patterns_match_as_re_compiles_them(text, flags):
    alphabet = "abcdkmnosxyABKSZ ſİı\u212a⟨⟩S1'’-_\t"
    rng = random.Random(text)
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(400)]
    texts += ["we back him", "ENDORSES", "makes openly clear", "⟨S1⟩'s nominee", "İx ıy ſt \u212a"]
    _same(text, flags, texts)


def _random_pattern(rng: random.Random, depth: int = 0) -> str:
    """A small pattern of literals, classes, alternations, repeats and assertions."""
    pieces = []
    for _ in range(rng.randint(1, 3)):
        kind = rng.random()
        if kind < 0.35 or depth > 2:
            pieces.append(rng.choice(["a", "b", "ab", "k", "s", "A", "ſ", "İ", "⟨", "-", "\\s", "\\w", "[ab]", "[^a]", "."]))
        elif kind < 0.65:
            pieces.append("(?:" + "|".join(_random_pattern(rng, depth + 1) for _ in range(rng.randint(2, 5))) + ")")
        elif kind < 0.8:
            pieces.append("(?:" + _random_pattern(rng, depth + 1) + ")" + rng.choice(["?", "*", "+", "{0,2}?", "{1,3}"]))
        elif kind < 0.9:
            pieces.append(rng.choice(["(?<![\\w-])", "(?<!a)", "\\b", "(?=a|b)", "(?!k)"]))
        else:
            pieces.append("(" + _random_pattern(rng, depth + 1) + ")")
    return "".join(pieces)


def test_random_patterns_match_as_re_compiles_them():
    rng = random.Random(14)
    alphabet = "aabbkkssAKS ſİı\u212a⟨-x"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14))) for _ in range(60)]
    for _ in range(600):
        text = _random_pattern(rng)
        _same(text, rng.choice([0, re.I]), texts)


def test_the_rules_match_as_re_compiles_them_on_clauses(story):
    """Every rule of the grammar, tuned, finds in the clauses of the corpora and construction sets
    what `re`'s compilation of it finds."""
    grammar = Grammar.of(Gazetteer.of(story))
    clauses = []
    for title, text in list(_texts())[::15]:
        for reading in read_article(title, text, story):
            clauses += [reading.text, *(shape.text for shape in clause_views(reading.text, reading.mentions))]
    assert len(clauses) > 300
    # and tuned, those opening with a lookbehind tell `re` where a match can open
    behind = [r.pattern for r in grammar.rules if r.pattern.pattern.startswith("(?<!")][:4]
    assert behind and all(_opening_charset(p) and not _opening_charset(p, tune=False) for p in behind)
    for rule in grammar.rules:
        plain = re.compile(rule.pattern.pattern, rule.pattern.flags)
        for text in clauses:
            assert _found(rule.pattern, text) == _found(plain, text), (rule.name, text)


def test_a_pattern_opening_with_a_lookbehind_is_searched_from_its_opening_characters():
    behind = compiled_pattern(r"(?<![\w-])(?:backs|endorses)\s+⟨C\d+⟩", re.I)
    assert _opening_charset(behind)
    assert not _opening_charset(behind, tune=False)     # `re` alone does not look past it
    # nothing to tell: a pattern that can open with any character, or match the empty string
    assert not _opening_charset(built(r"(?<![\w-])\w+ly", re.I))
    assert not _opening_charset(built(r"(?<![\w-])(?:backs)?", re.I))


def test_an_alternation_of_phrases_shares_its_first_characters():
    """"makes no secret|made no|makes clear|talks": one branch for "ma", one for "talks"."""
    text = r"(?:makes\s+no\s+secret|made\s+no|makes\s+clear|talks)"
    code = _code_of(re.compile(text, re.I))
    plain = re.compile(text, re.I)
    branches = [i for i, op in enumerate(code) if op == C.BRANCH]
    assert branches
    # the top alternation has two branches ("ma...", "talks"), each opening with a set of cases
    opening, at = [], branches[0] + 1        # each alternative: its length, then its code
    while code[at]:
        opening.append(code[at + 1:at + 3])
        at += code[at]
    assert opening == [[C.LITERAL_UNI_IGNORE, ord("m")], [C.LITERAL_UNI_IGNORE, ord("t")]]
    assert _found(built(text, re.I), "He MAKES no secret; made no; makes clear; Talks") == \
        _found(plain, "He MAKES no secret; made no; makes clear; Talks")
