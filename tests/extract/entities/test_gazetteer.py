"""Entity mentions: who a name, demonym, capital, person or descriptor stands for."""
from __future__ import annotations

import pytest

from natowatch.extract.events import read_article
from natowatch.extract.gazetteer import Gazetteer
from natowatch.extract.text import fold


def mentions(story, sentence):
    text = fold(sentence)
    return [(text[m.start:m.end], m.kind, m.value, m.actor) for m in Gazetteer.of(story).mentions(text)]


@pytest.mark.parametrize("sentence,expected", [
    ("Szijjártó said so", [("Szijjarto", "S", "Hungary", True)]),
    ("Szijjarto said so", [("Szijjarto", "S", "Hungary", True)]),
    # (the article is the mention's: "..., and the Czech government confirmed" has no new subject in its gap)
    ("the Hungarian foreign minister said", [("the Hungarian foreign minister", "S", "Hungary", True)]),
    ("Hungary's foreign minister said", [("Hungary", "S", "Hungary", True)]),
    ("officials in Budapest said", [("Budapest", "S", "Hungary", False)]),
    ("Budapest backs him", [("Budapest", "S", "Hungary", True)]),
    ("NATO's eastern flank", [("NATO", "O", "NATO", False)]),
    ("the US-led military bloc", [("US", "S", "United States", False)]),
    ("The American Conservative magazine", [("American", "S", "United States", False)]),
    ("Dutch Prime Minister Mark Rutte", [("Dutch Prime Minister Mark Rutte", "C", "Mark Rutte", True)]),
    ("Latvia's Minister of Foreign Affairs Krišjanis Karinš",
     [("Latvia's Minister of Foreign Affairs Krisjanis Karins", "C", "Krisjanis Karins", True)]),
    ("US President Joe Biden", [("US President Joe Biden", "S", "United States", True)]),
    ("most NATO countries", [("NATO countries", "M", "NATO", False)]),
    ("NATO Secretary General", [("NATO Secretary General", "P", "NATO Secretary General", True)]),
    ("the UN secretary-general", [("UN secretary-general", "X", "UN secretary-general", True)]),
])
def test_names_resolve(story, sentence, expected):
    found = [m for m in mentions(story, sentence) if m[0] != "the"]
    assert [(t.strip(), k, v, a) for t, k, v, a in found] == expected


def test_us_pronoun_is_not_the_united_states(story):
    assert mentions(story, "let us see") == []


def _resolved(story, text):
    return [(r.text[m.start:m.end], m.kind, m.value, m.form) for r in read_article("", text, story) for m in r.mentions]


def test_descriptor_is_the_candidate_named_in_the_article(mini_story):
    found = _resolved(mini_story, "Klaus Iohannis is running. The Romanian president said so.")
    assert ("Romanian president", "C", "Klaus Iohannis", "descriptor") in found


def test_descriptor_is_the_state_when_another_person_holds_the_role(mini_story):
    found = _resolved(mini_story, "Marcel Ciolacu met Rutte. The Romanian prime minister said so.")
    assert ("Romanian prime minister", "S", "Romania", "demonym") in found


def test_pronoun_and_anaphor(mini_story):
    found = _resolved(mini_story, "Hungary's foreign minister said his country cannot support his bid. Rutte spoke.")
    kinds = [(t, k, v) for t, k, v, _ in found]
    assert ("his country", "S", "Hungary") in kinds
    assert ("his", "C", "Mark Rutte") not in kinds   # no candidate named before this "his"
    found = _resolved(mini_story, "Rutte wants the job. Orban said he cannot support his bid.")
    assert ("he", "S", "Hungary", "pronoun") in found
    assert ("his", "C", "Mark Rutte", "possessive-pronoun") in found


def test_quoted_we_is_the_speakers_state(mini_story):
    found = _resolved(mini_story, "“We back Mark Rutte,” Szijjarto said.")
    assert ("We", "S", "Hungary", "speaker") in found


def test_he_after_an_unknown_person_is_nobody(mini_story):
    found = _resolved(mini_story, "Rutte wants the job. Secretary General Jens Stoltenberg said he is leaving.")
    assert not any(t == "he" for t, *_ in found)
