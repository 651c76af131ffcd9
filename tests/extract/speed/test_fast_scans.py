"""Patterns rewritten so that `re` can skip to where a match may start, and gazetteers extended
rather than built again: each gives what the form it replaces gave."""
from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import replace
from pathlib import Path

from natowatch.extract import discourse_forms, discover, events, gazetteer, scope_negation, sentence_events, speech, text as text_module
from natowatch.extract.dates import find_dates
from natowatch.extract.discourse import Resolver
from natowatch.extract.provisional import with_candidates
from natowatch.extract.gazetteer import Gazetteer, _leftmost_longest
from natowatch.extract.lexicon import Lexicon, bounded, trie_pattern, word_trie_pattern
from natowatch.extract.scope import Scope
from natowatch.extract.story import Candidate
from natowatch.extract.text import fold, split_sentences

ROOT = Path(__file__).resolve().parents[3]

# the forms replaced: each opened with a lookbehind, so `re` tried them at every position
_OLD_BOUNDARY = re.compile(r"(?<![.!?…])[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9ÀÁÂÄÅÇÉÈÊËÍÎÓÔÖØŠŽČĽŁŚŻÜ])")
_OLD_QUOTE = re.compile(r"“[^”\n]*”?|\"[^\"\n]*\"?|«[^»\n]*»?|„[^“”\n]*[“”]?|‘(?:[^’\n]|’(?=\w))*’?|"
                        r"(?<![\w'])'(?=\w)(?:[^'\n]|'(?=\w))*'(?!\w)")
_OLD_NAME = re.compile(r"(?<![\w'’.-])(?:[A-Z][\w'’-]*[a-z][\w'’-]*\s+){1,6}[A-Z][\w'’-]*[a-z][\w'’-]*(?![\w'’-])")

_OLD_PRONOUN = re.compile(r"(?<!\w)(?<!\w['’])(?:[Hh]e|[Ss]he|[Hh]im|[Hh]is|[Hh]er|[Hh]imself|[Hh]erself)(?!\w)(?!['’]s\b)")


def _articles() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("tests/corpora/*/articles/*"))
            + sorted(ROOT.glob("seeds/*.txt"))]


def _random(alphabet: str, count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(count)]


def _spans(pattern: re.Pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_sentence_quote_and_name_patterns_match_as_their_old_forms():
    marks = _random(".!?…\"'”’)] \n\tAaZ0É“‘([-w,é«»„", 20000, 1)
    capitals = _random("AbZa '’.-\nxY-é", 20000, 2)
    for text in [*_articles(), *marks, *capitals]:
        assert _spans(text_module._BOUNDARY, text) == _spans(_OLD_BOUNDARY, text)
        assert _spans(text_module._QUOTE, text) == _spans(_OLD_QUOTE, text)
        assert _spans(discover._NAME, text) == _spans(_OLD_NAME, text)
        # searched from inside the text too: what comes before the start is still read
        for start in range(0, min(len(text), 12)):
            for new, old in ((text_module._BOUNDARY, _OLD_BOUNDARY), (text_module._QUOTE, _OLD_QUOTE)):
                a, b = new.search(text, start), old.search(text, start)
                assert (a and a.span()) == (b and b.span())


def test_a_word_trie_matches_as_a_trie_between_lookarounds():
    rng = random.Random(5)
    compared = 0
    for _ in range(3000):
        keys = {"".join(rng.choice("AaB. -'U") for _ in range(rng.randint(1, 5))).strip() for _ in range(rng.randint(1, 6))}
        keys.discard("")
        if not keys:
            continue
        new, old = re.compile(word_trie_pattern(keys)), re.compile(r"(?<![\w])" + trie_pattern(keys) + r"(?![\w])")
        for text in _random("AaB. -'Ux\n", 20, rng.random()):
            assert _spans(new, text) == _spans(old, text)
            compared += bool(_spans(old, text))
    assert compared > 1000


def _stories(story):
    """Stories with candidates added to the story file's: names that collide with a state's, a
    listed person's or another candidate's, names inside longer ones, and a set added to a set."""
    state = story.members[0]
    person = next(p for m in story.members for p in m.people)
    listed = story.candidates[0]
    followed = replace(story, candidates=story.candidates + (
        Candidate(name=f"{listed.name.split()[-1]} Junior", aliases=(state.name,)),
        Candidate(name="Anna Smith", aliases=("Smith", person.name), state=state.name, pronoun="she")))
    proposed = with_candidates(story, {"Peter Bator": "he", f"{listed.name} Bator": "", listed.name.split()[-1] + " Smith": "he"})
    both = with_candidates(followed, {"Peter Bator": "he", "Anna Smith Jones": "she", "Smith": ""})
    return [followed, proposed, both]


def test_a_gazetteer_extended_with_candidates_reads_as_one_built_for_them(story, monkeypatch):
    # no gazetteer of these candidate sets built by an earlier test
    monkeypatch.setattr(Gazetteer, "_cache", {})
    monkeypatch.setattr(Gazetteer, "_equal", {})
    base = Gazetteer.of(story)
    texts = [fold(t) for t in _articles()]
    for extended_story in _stories(story):
        extended = Gazetteer.of(extended_story)
        assert extended._exact_added is not None and extended.exact_names is base.exact_names
        fresh = Gazetteer(extended_story)
        assert extended.exact == fresh.exact and extended.states_with_candidates == fresh.states_with_candidates
        names = sorted(fresh.exact) + sorted(fresh.loose)
        pieces = names + [w for name in names for w in name.split()]
        rng = random.Random(9)
        spliced = ["".join(rng.choice(pieces) + rng.choice([" ", " ", "", ", ", "'s "]) for _ in range(rng.randint(1, 12)))
                   for _ in range(2000)]
        for text in texts + spliced:
            assert [m.span() for m in extended.find_names(text)] == [m.span() for m in fresh.find_names(text)]
            assert extended.mentions(text) == fresh.mentions(text)
            assert [m.span() for m in extended.iter_names(text)] == [m.span() for m in fresh.find_names(text)]


def test_two_name_patterns_read_as_one_pattern_of_all_their_names():
    rng = random.Random(11)
    for _ in range(2000):
        keys = list({"".join(rng.choice("AaB -") for _ in range(rng.randint(1, 4))).strip() for _ in range(6)} - {""})
        cut = rng.randint(0, len(keys))
        first, second = keys[:cut] or ["Zz"], keys[cut:] or ["Zy"]
        one = re.compile(word_trie_pattern(first + second))
        for text in _random("AaB -x", 10, rng.random()):
            assert [m.span() for m in _leftmost_longest(text, re.compile(word_trie_pattern(first)),
                                                        re.compile(word_trie_pattern(second)))] == _spans(one, text)


def test_pronoun_and_epithet_patterns_match_as_their_old_forms(story):
    resolver = Resolver.of(Gazetteer.of(story))
    lead = "(?<![\\w'’])"
    # the old forms: the lookbehind first, then the article's capital or small letter
    old_epithet = re.compile(lead + resolver.epithet.pattern.replace("[Tt](?<![\\w'’][Tt])", "[Tt]", 1))
    old_indefinite = re.compile(lead + resolver.indefinite_epithet.pattern.replace("[Aa](?<![\\w'’][Aa])", "[Aa]", 1))
    assert old_epithet.pattern != lead + resolver.epithet.pattern
    assert old_indefinite.pattern != lead + resolver.indefinite_epithet.pattern
    pronouns = _random("HhSsEeIiMmRrFfL'’ -_x\n", 20000, 3)
    words = _random("heTtAan' ’-x", 20000, 4)
    rng = random.Random(6)
    pieces = ["the ", "The ", "a ", "an ", "An ", "xthe ", "'the ", "’a ", "-the ", "diplomat", "veteran ", "57-year-old ",
              "economist ", "of ", ", Smith", "who", " ", ""]
    epithets = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(5000)]
    compared = 0
    for text in [*_articles(), *pronouns, *words, *epithets]:
        assert _spans(speech.PRONOUN, text) == _spans(_OLD_PRONOUN, text)
        assert _spans(resolver.epithet, text) == _spans(old_epithet, text)
        assert _spans(resolver.indefinite_epithet, text) == _spans(old_indefinite, text)
        compared += bool(_spans(old_epithet, text)) + bool(_spans(old_indefinite, text))
    assert compared > 1000


def test_a_resolver_of_an_extended_gazetteer_reads_as_one_built_for_it(story, monkeypatch):
    monkeypatch.setattr(Gazetteer, "_cache", {})
    monkeypatch.setattr(Gazetteer, "_equal", {})
    monkeypatch.setattr(Resolver, "_cache", {})
    base = Resolver.of(Gazetteer.of(story))
    texts = _articles()
    for extended_story in _stories(story):
        gazetteer = Gazetteer.of(extended_story)
        assert gazetteer.extended_from is not None
        extended, fresh = Resolver.of(gazetteer), Resolver(gazetteer)
        assert extended is not base and extended.gaz is gazetteer and base.gaz is not gazetteer
        # every part equal to a fresh build's: its candidates' parts read again, the others shared
        assert vars(extended).keys() == vars(fresh).keys()
        for name, value in vars(fresh).items():
            held = getattr(extended, name)
            assert (held.pattern, held.flags) == (value.pattern, value.flags) if isinstance(value, re.Pattern) else held == value
        assert extended.roles != base.roles or extended.pronouns != base.pronouns
        for text in texts:
            full = fold(text)
            read = [(r.text, r.mentions) for r in extended.read(text, full, split_sentences(text))]
            assert read == [(r.text, r.mentions) for r in fresh.read(text, full, split_sentences(text))]


def test_a_sentence_without_a_spoken_it_has_no_reported_it(story):
    resolver = Resolver.of(Gazetteer.of(story))
    rng = random.Random(8)
    pieces = ["said ", "says", "told ", "that ", "it", "It", "IT", "İt", " ", "\n", "'", "’", "s", "x", "Said it"]
    texts = [*_articles(), *("".join(rng.choice(pieces) for _ in range(rng.randint(1, 10))) for _ in range(20000))]
    found = 0
    for text in texts:
        for sentence in text.splitlines():
            if resolver.reported_it.search(sentence):
                found += 1
                assert discourse_forms._IT.search(sentence)
    assert found > 1000


def test_a_sentence_s_dates_are_found_only_when_asked(story, monkeypatch):
    asked = []
    monkeypatch.setattr(sentence_events, "find_dates", lambda text, published: asked.append(text) or find_dates(text, published))
    text = ("Mark Rutte met reporters in Brussels. Rutte spoke about Ukraine on Monday. "
            "On Tuesday, October 1, Mark Rutte will officially take office as NATO secretary general. "
            "Hungary backed Rutte in June.")
    found = events.extract_events("NATO secretary general", text, dt.date(2024, 9, 25), story, budget_seconds=None)
    # the two sentences with an event found their dates (the day of the handover, the month of the
    # endorsement); the two before it, read by the rules with no event, never looked
    assert {(e.type, e.date, e.precision) for e in found} >= {("takes_office", dt.date(2024, 10, 1), "day"),
                                                               ("endorsement", dt.date(2024, 6, 1), "month")}
    assert [a for a in asked if "Monday" in a or "reporters" in a] == []
    assert any("October 1" in a for a in asked)


def test_clause_bounds_kept_for_the_last_text_are_those_found_afresh(story):
    scope = Scope.of(Lexicon.of(story))
    fresh = Scope(Lexicon.of(story))
    texts = [line for a in _articles()[:40] for line in a.splitlines() if line.strip()]
    # asked in turn of two texts (the kept answers are replaced with their text), twice each
    for one, other in zip(texts, texts[1:]):
        for text in (one, other, one):
            for at in range(0, len(text) + 1, 7):
                fresh._bounds = (None, {})      # nothing kept: found afresh
                assert scope.clause_left(text, at) == fresh.clause_left(text, at)
                fresh._bounds = (None, {})
                assert scope.clause_right(text, at) == fresh.clause_right(text, at)


def test_a_text_the_word_checks_turn_away_holds_no_match():
    rng = random.Random(11)
    pieces = ["post", "Job", "ROLE", "poſition", "seat", "race", "contest", "electıon", "refus", "REFUSED",
              "declİned", "declin", "for", "months", "to", " ", "-", "x", "s", "\u212a", "ed", "ing"]
    made = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 10))) for _ in range(30000)]
    turned = 0
    for text in [*(line for a in _articles() for line in a.splitlines()), *made]:
        if not gazetteer._may_name_post(text):
            turned += 1
            assert gazetteer._POST_NOUN.search(text) is None, text
        assert scope_negation._refusal_delay_removed(text) == scope_negation._REFUSAL_DELAY.sub(r"\1 to", text), text
    assert turned > 5000
