"""Sentence splitting with spans, folding, quotes, the article string."""
from __future__ import annotations

import pytest

from natowatch.extract import article_text
from natowatch.extract.text import fold, quote_spans, split_sentences


def test_article_text_puts_the_headline_first():
    assert article_text("Headline", "Body.") == "Headline\n\nBody."
    assert article_text("", "Body.") == "Body."


def test_fold_keeps_length_and_strips_diacritics():
    for raw in ["Péter Szijjártó", "Krišjānis Kariņš", "Recep Tayyip Erdoğan", "“quoted” – ’s", "İbrahim Kalın"]:
        folded = fold(raw)
        assert len(folded) == len(raw)
        assert folded.isascii()
    assert fold("Szijjártó’s") == "Szijjarto's"


def test_sentences_have_exact_spans():
    text = article_text("Rutte wins backing", "Germany backs Rutte. Mr. Orban met U.S. officials in Brussels on Monday! "
                                              "He said: “We will see.”\nA new line starts here")
    sentences = split_sentences(text, len("Rutte wins backing"))
    assert [s.text for s in sentences] == [
        "Rutte wins backing", "Germany backs Rutte.",
        "Mr. Orban met U.S. officials in Brussels on Monday!", "He said: “We will see.”", "A new line starts here"]
    for s in sentences:
        assert text[s.start:s.end] == s.text
    assert [s.is_title for s in sentences] == [True, False, False, False, False]


@pytest.mark.parametrize("text,count", [
    ("President Joseph R. Biden backs Rutte. Britain too.", 2),
    ("On Jan. 5 the talks began. They ended.", 2),
    ("It costs 2.5 billion. Really.", 2),
    ("• Bullet one\n• Bullet two", 2),
])
def test_abbreviations_initials_and_numbers_do_not_split(text, count):
    assert len(split_sentences(text)) == count


def test_quote_spans_pair_curly_and_straight_quotes():
    text = 'He said “we support Rutte” and "they agree". Then “an open quote'
    spans = [text[s:e] for s, e in quote_spans(text)]
    assert spans == ["“we support Rutte”", '"they agree"', "“an open quote"]
