"""Word lists whose phrases may take an -ly adverb between their words (lexicon.phrase_pattern with
`adverbs`) are written as a trie, as plain lists are: the same matches, in the same order, as the
flat alternation of every phrase, longest first. That holds because no word after a phrase's first
is itself an -ly word (the adverb slot then never reads a word another phrase needs); a list with
such a word keeps the flat form."""
from __future__ import annotations

import re
import sys

import pytest

from natowatch.extract.lexicon import _ADVERB_GLUE, Lexicon, bounded, phrase_pattern
from natowatch.extract.text import fold
from natowatch.flows.files.storyfile import load_story
from natowatch.flows.settings import REPO_ROOT

GLUE = _ADVERB_GLUE     # the slot between a phrase's words (an -ly adverb, or a day: "came down on Monday on")


def flat(phrases: list[str]) -> str:
    """The flat alternation, longest phrase first (the form a list with an -ly word keeps)."""
    uniq = sorted({fold(p).strip() for p in phrases if p.strip()}, key=lambda p: (-len(p), p))
    return "(?:" + "|".join(GLUE.join(re.escape(w) for w in p.split()) for p in uniq) + ")"


PHRASES = ["come out for", "come out", "came out in favour of", "came out in support of", "spoke out against",
           "speak out against", "threw its weight behind", "threw their weight behind", "throw one's weight behind",
           "stood by", "stood behind", "stand by", "lined up behind", "lined up", "put its name to", "rallied behind",
           "rallied around", "backed away from", "back"]

TEXTS = [
    "Poland came out strongly in favour of Rutte on Monday.",
    "Poland came out in support of the Dutchman, and spoke out firmly against Iohannis.",
    "Hungary has come out for the Romanian, then come out openly against him.",
    "Spain threw its considerable weight behind Rutte.",         # no -ly word: no match of the long phrase
    "Spain threw its weight squarely behind Rutte; Italy threw their weight quietly behind Iohannis.",
    "The Baltic states lined up behind Kallas, while others only lined up.",
    "Turkey stood firmly by its veto and quietly stood behind the Romanian.",
    "Canada backed quietly away from the Dutchman, then rallied publicly around him.",
    "Sweden came out, reportedly, for Rutte.",                   # a comma is no adverb
    "France came out early for Rutte and came out fully in favour of him.",
    "Berlin came outfor nobody; Rome spoke out-against the plan.",
    "Nobody came out in favourof anyone, and no one put their name to the bid.",
    "Oslo put its name formally to the nomination of Rutte.",
    "The allies came   out\n\tfor Rutte.",
]


@pytest.mark.parametrize("tail", ["", r"\s+(?P<obj>[A-Z]\w+)", r"(?P<rest>[^.;]{0,20}?)\b(?:Rutte|him)\b"])
def test_the_trie_matches_what_the_flat_alternation_matches_in_the_same_order(tail):
    tried = re.compile(bounded(PHRASES, adverbs=True) + tail, re.I)
    reference = re.compile(r"(?<![\w'])" + flat(PHRASES) + r"(?![\w])" + tail, re.I)
    assert "|" in phrase_pattern(PHRASES, adverbs=True) and flat(PHRASES) != phrase_pattern(PHRASES, adverbs=True)
    for text in TEXTS:
        got = [(m.span(), m.groupdict()) for m in tried.finditer(text)]
        assert got == [(m.span(), m.groupdict()) for m in reference.finditer(text)], text
    assert any(tried.search(text) for text in TEXTS) and not tried.search("Rome spoke out-against the plan.")


def test_a_list_with_an_ly_word_after_the_first_keeps_the_flat_alternation():
    phrases = ["not formally a candidate", "not a candidate", "came out early for"]
    assert phrase_pattern(phrases, adverbs=True) == flat(phrases)
    # the slot and a listed -ly word read the same word: the trie could pick another phrase first
    assert phrase_pattern(["come out for", "come out publicly"], adverbs=True) == flat(["come out for", "come out publicly"])


def test_the_stance_verbs_compile_to_less_code_as_a_trie():
    lex = Lexicon.of(load_story(REPO_ROOT / "config" / "stories" / "nato-secretary-general.yaml"))
    phrases = [p for p in lex.words("endorsement", "verbs") if len(p.split()) > 1]
    assert len(phrases) > 100
    trie = re.compile(phrase_pattern(phrases, adverbs=True), re.I)
    assert sys.getsizeof(trie) < 0.8 * sys.getsizeof(re.compile(flat(phrases), re.I))
