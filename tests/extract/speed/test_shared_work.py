"""Work the extractor shares or leaves undone, with the answers of the work it replaces: one grammar
for every candidate set of a story, one gazetteer for equal stories, names and sentences found only
as far as they are read, date patterns scanned only in sentences holding their words."""
from __future__ import annotations

import random
import re
from dataclasses import replace
from pathlib import Path

from natowatch.extract import dates
from natowatch.extract.discover import _sentences
from natowatch.extract.provisional import with_candidates
from natowatch.extract.frames import Grammar
from natowatch.extract.gazetteer import Gazetteer
from natowatch.extract.story import Candidate
from natowatch.extract.text import ABBREVIATIONS, fold, iter_sentences, split_sentences
from natowatch.flows.pipelines.replay import read_and_extract
from tests.extract.conftest import PUBLISHED

ROOT = Path(__file__).resolve().parents[3]


def test_stories_differing_in_candidates_share_one_grammar(story):
    proposed = with_candidates(story, {"Anna Smith": "she"})
    followed = replace(story, candidates=story.candidates + (Candidate(name="Peter Bator", pronoun="he"),))
    grammar = Grammar.of(Gazetteer.of(story))
    assert Grammar.of(Gazetteer.of(proposed)) is grammar and Grammar.of(Gazetteer.of(followed)) is grammar
    # the gazetteer does hold the candidates: it is built for each set
    assert Gazetteer.of(proposed) is not Gazetteer.of(story)
    assert Gazetteer.of(proposed).lookup("Anna Smith")[1] == "Anna Smith"
    # another story object with the same candidates (built again by another path) shares the gazetteer
    again = replace(story, candidates=tuple(followed.candidates))
    assert again is not followed and Gazetteer.of(again) is Gazetteer.of(followed)
    # one with other aliases does not
    other = replace(story, candidates=story.candidates + (Candidate(name="Peter Bator", aliases=("Bator",)),))
    assert Gazetteer.of(other) is not Gazetteer.of(followed)


def test_a_replay_builds_one_grammar_per_lexicon(story, monkeypatch):
    built = []
    init = Grammar.__init__
    monkeypatch.setattr(Grammar, "__init__", lambda self, *a: built.append(1) or init(self, *a))
    monkeypatch.setattr(Grammar, "_cache", {})
    monkeypatch.setattr(Grammar, "_of_lexicon", {})
    # as in a fresh process: no gazetteer of an equal story loaded by an earlier test (with its own
    # lexicon object) to share
    monkeypatch.setattr(Gazetteer, "_cache", {})
    monkeypatch.setattr(Gazetteer, "_equal", {})
    batch = read_and_extract(ROOT / "seeds", story, budget_seconds=None)
    # the seed articles propose names the story does not list (a new candidate set in each)
    assert len(batch.articles) == 5 and len(built) == 1


def _old_find_names(gazetteer: Gazetteer, text: str) -> list[re.Match]:
    found = sorted([*gazetteer.exact_names.finditer(text), *gazetteer.loose_names.finditer(text)],
                   key=lambda m: (m.start(), -m.end()))
    out: list[re.Match] = []
    for m in found:
        if out and m.start() < out[-1].end():
            if m.end() - m.start() > out[-1].end() - out[-1].start():
                out[-1] = m
            continue
        out.append(m)
    return out


def _texts():
    """Every corpus article, and random splices of names, post names and words around them."""
    for path in sorted(ROOT.glob("tests/corpora/*/articles/*")) + sorted(ROOT.glob("seeds/*.txt")):
        yield path.read_text(encoding="utf-8")
    words = ["NATO", "secretary general", "Secretary General", "the secretary", "general", "Mark Rutte", "Rutte",
             "Mark", "the Netherlands", "Netherlands", "Dutch", "Dutchman", "New", "York", "Latin America", "America",
             "U.S.", "US", "us", "Hungary's", "the alliance", "top job", "succeed Stoltenberg", ".", ",", "\n", "'",
             "\"", "«", "»", "‘", "’", "Mr.", "Dr.", "Tuesday", "on 3 May", "May", "March 4", "marched", "today",
             "2024-05-01", "last year", "in June", "yesterday", "this morning", "mid-July", "He", "she said"]
    rng = random.Random(12)
    for _ in range(300):
        yield "".join(rng.choice(words) + rng.choice(["", " ", " ", ". ", "-"]) for _ in range(rng.randint(0, 40)))


def _names_spliced(gazetteer: Gazetteer):
    """Texts of the story's names and their words run together, so that names of both patterns overlap."""
    names = sorted(gazetteer.exact) + sorted(gazetteer.loose)
    pieces = names + [w for name in names for w in name.split()]
    rng = random.Random(7)
    for _ in range(2000):
        yield "".join(rng.choice(pieces) + rng.choice([" ", " ", "", ", "]) for _ in range(rng.randint(1, 12)))


def test_names_as_far_as_read_are_the_names_found_at_once(story):
    gazetteer = Gazetteer.of(story)
    displaced = 0
    for text in [*_texts(), *_names_spliced(gazetteer)]:
        folded = fold(text)
        old = _old_find_names(gazetteer, folded)
        assert [m.span() for m in gazetteer.find_names(folded)] == [m.span() for m in old]
        displaced += len(old) < len(list(gazetteer.exact_names.finditer(folded))) + len(list(
            gazetteer.loose_names.finditer(folded)))
    assert displaced > 50       # overlapping names of the two patterns were compared


def test_sentences_as_far_as_read_are_those_split_at_once():
    for text in _texts():
        pieces = list(_sentences(text))
        assert [piece for _, piece in pieces] == _split_at_stops(text)
        assert all(text.startswith(piece, at) for at, piece in pieces)
        assert list(iter_sentences(text, 20)) == split_sentences(text, 20)


def _split_at_stops(text: str) -> list[str]:
    """The text split after each stop and at each line break, except where a stop ends an abbreviation
    written in lower or title case within a line ("Dr. Ekow Boateng", not "broadcaster DR.")."""
    word_before = re.compile(r"(?<![\w'’.])([\w'’]+)\.$")
    pieces, start = [], 0
    for gap in re.finditer(r"(?<=[.!?])\s+|\n+", text):
        before = word_before.search(text, max(0, gap.start() - 12), gap.start())
        if "\n" not in gap.group() and before and before.group(1).lower() in ABBREVIATIONS \
                and not before.group(1).isupper():
            continue
        pieces.append(text[start:gap.start()])
        start = gap.end()
    return pieces + [text[start:]]


def _old_find_dates(text, published):
    found, spans = [], []
    for kind, pattern in dates._PATTERNS:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in spans):
                continue
            found.append(dates.mention(kind, m, published))
            spans.append(m.span())
    return tuple(sorted(found, key=lambda d: d.start))


def test_date_patterns_skipped_for_lack_of_their_words_would_have_found_nothing():
    skipped = 0
    for text in _texts():
        for sentence in split_sentences(text):
            assert dates.find_dates(sentence.text, PUBLISHED) == _old_find_dates(sentence.text, PUBLISHED)
            present = dates._CUES.present(sentence.text)
            skipped += sum(not needs <= present for needs in dates._CUES.needs)
    assert skipped > 1000       # the check did skip scans


def test_folding_the_runs_of_other_characters_is_folding_every_character():
    from natowatch.extract.text import _FOLD_TABLE
    rng = random.Random(3)
    alphabet = "aZ 09.,'\"\n-" + "éèçÅøßıİłŁđĐ‘’“”„«»–—\u00a0\u2009\u202fſK한中\u0301\u2212"
    for text in [*_texts(), *("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80))) for _ in range(500))]:
        assert fold(text) == text.translate(_FOLD_TABLE)


def test_a_story_loaded_again_keeps_its_stories_on_one_grammar():
    """An equal story loaded again from its file (its own lexicon data) does not lend its gazetteer,
    whose grammar would differ from the one its proposed-candidate stories get."""
    from natowatch.extract.provisional import with_candidates as proposed_with
    from natowatch.flows.files.storyfile import load_story

    path = ROOT / "config" / "stories" / "nato-secretary-general.yaml"
    Gazetteer.of(load_story(path))
    again = load_story(path)
    grammar = Grammar.of(Gazetteer.of(again))
    assert Grammar.of(Gazetteer.of(proposed_with(again, {"Anna Smith": "she"}))) is grammar


def test_gazetteers_of_proposed_names_share_the_lexicon_patterns(story):
    one = Gazetteer(with_candidates(story, {"Anna Smith": "she"}))
    other = Gazetteer(with_candidates(story, {"Peter Bator": "he"}))
    # built anew each, yet one compiled pattern of each lexicon pattern while both are alive
    assert one.stance_nouns is other.stance_nouns and one.title_gap is other.title_gap
    # the names' own patterns are theirs
    assert one.exact_names is not other.exact_names and one.exact_names.pattern != other.exact_names.pattern


def test_many_candidate_sets_later_a_new_one_is_still_extended_from_the_story_s(story, monkeypatch):
    monkeypatch.setattr(Gazetteer, "_cache", {})
    monkeypatch.setattr(Gazetteer, "_equal", {})
    base = Gazetteer.of(story)
    # more sets than the cache keeps, as a poll worker reads articles proposing names of their own
    for i in range(40):
        Gazetteer.of(with_candidates(story, {f"Anna Smith{chr(97 + i % 26)}{i}": "she"}))
    later = Gazetteer.of(with_candidates(story, {"Peter Bator": "he"}))
    assert later.extended_from is base
    assert later.lookup("Peter Bator")[1] == "Peter Bator" and later.lookup("Anna Smitha0") is None
