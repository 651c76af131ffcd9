"""The resolver's sentence scans tried only where the sentence holds their cues (frames/cues.ScanCues):
a scan ruled out finds nothing, and a reading with the cues is the reading without them."""
from __future__ import annotations

import random
import re
from pathlib import Path

from natowatch.extract.discourse import Resolver
from natowatch.extract.frames import cues
from natowatch.extract.frames.cues import ScanCues
from natowatch.extract.gazetteer import Gazetteer
from natowatch.extract.text import fold, split_sentences

ROOT = Path(__file__).resolve().parents[3]


def _articles() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("tests/corpora/*/articles/*"))[::3]]


def _invented(seed: int, count: int) -> list[str]:
    # words the scans look for, their near forms and the mention tokens, in any order
    words = ["the", "The", "its", "their", "own", "former", "ex-", "candidate", "nominee", "backs", "opposes", "it",
             "It", "said", "that", "they", "he", "she", "her", "his", "both", "all", "three", "capitals", "a", "an",
             "economist", "veteran", "diplomat", "nominated", "latter", "last", "council", "Council", "of", "and",
             "⟨S1⟩", "⟨C2⟩", "⟨P3⟩", ",", ";", "backed", "the candidate", "İt", "HE", "Former"]
    rng = random.Random(seed)
    return [" ".join(rng.choice(words) for _ in range(rng.randint(1, 14))) for _ in range(count)]


def _resolvers(story, un_story):
    return [Resolver.of(Gazetteer.of(story)), Resolver.of(Gazetteer.of(un_story))]


def test_a_scan_ruled_out_finds_nothing(story, un_story):
    for resolver in _resolvers(story, un_story):
        guard = resolver.scan_cues
        assert len(guard.patterns) >= 15
        texts = [s.text for a in _articles() for s in split_sentences(fold(a))] + _invented(31, 4000)
        ruled = 0
        for text in texts:
            out = guard.ruled_out(text)
            for p in guard.patterns:
                if id(p) in out:
                    ruled += 1
                    assert p.search(text) is None, (p.pattern[:80], text)
        assert ruled > len(texts)      # most scans of most sentences are ruled out


def test_a_reading_with_the_cues_is_the_reading_without_them(story, un_story, monkeypatch):
    texts = _articles()[:40] + [". ".join(_invented(k, 6)) + "." for k in range(40)]
    for resolver in _resolvers(story, un_story):
        guarded = [[(r.text, r.mentions) for r in resolver.read(t, fold(t), split_sentences(t))] for t in texts]
        with monkeypatch.context() as m:
            m.setattr(ScanCues, "ruled_out", lambda self, text: frozenset())
            plain = [[(r.text, r.mentions) for r in resolver.read(t, fold(t), split_sentences(t))] for t in texts]
        assert guarded == plain


def test_a_pattern_not_given_is_never_ruled_out():
    given = re.compile(r"\bcandidate\b", re.I)
    other = re.compile(r"\bcandidate\b(?#another)", re.I)      # as telling, but not given
    guard = ScanCues([given])
    assert id(given) in guard.ruled_out("no such word here")
    assert id(other) not in guard.ruled_out("no such word here")
    assert id(given) not in guard.ruled_out("the Candidate")
    assert guard == ScanCues([re.compile(r"\bcandidate\b", re.I)]) and guard != ScanCues([other])
    assert cues.cue_sets(given)
