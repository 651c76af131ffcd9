"""Two gazetteer fixes, with invented sentences: observer states (the Holy See, Palestine) act in
a race like members, and a word before a state's name that makes another place ("Latin America",
"New Mexico", data: `not_after` in config/states.yaml) keeps the state out."""
from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest

from natowatch.extract import extract_events
from natowatch.extract.gazetteer import Gazetteer
from natowatch.extract.mentions import STATE
from natowatch.extract.story import StoryError
from natowatch.flows.files.storyfile import load_story

ROOT = Path(__file__).resolve().parents[3]
DAY = dt.date(2026, 4, 6)


@pytest.fixture(scope="module")
def un():
    return load_story(ROOT / "config" / "stories" / "un-secretary-general-2026.yaml")


def _found(text: str, story) -> set[tuple]:
    return {(e.type, e.subject, e.actor) for e in extract_events("", text, DAY, story)}


def _states(text: str, story) -> list[tuple[str, bool]]:
    return [(m.value, m.actor) for m in Gazetteer.of(story).mentions(text) if m.kind == STATE]


@pytest.mark.parametrize("text, expected", [
    ("The Holy See let it be known on Friday that it supports Michelle Bachelet for UN Secretary-General.",
     {("endorsement", "Michelle Bachelet", "Holy See")}),
    ("The Vatican backs Rafael Grossi as the next UN Secretary-General, a spokesman said.",
     {("endorsement", "Rafael Grossi", "Holy See")}),
    ("Palestine nominated Rafael Grossi for UN Secretary-General on Thursday.",
     {("candidacy", "Rafael Grossi", "Palestine"), ("endorsement", "Rafael Grossi", "Palestine")}),
])
def test_observer_states_are_actors(un, text, expected):
    assert _found(text, un) == expected


def test_a_story_without_observers_still_ignores_them(story):
    """The NATO story lists no observers: the Holy See is no actor there."""
    assert _found("The Holy See said it supports Mark Rutte as NATO secretary general.", story) == set()


@pytest.mark.parametrize("text", [
    "Governments across Latin America said on Monday they support Michelle Bachelet for UN Secretary-General.",
    "Several Central American governments endorsed Rafael Grossi for UN Secretary-General this week.",
    "South American diplomats back Michelle Bachelet for UN Secretary-General.",
    "Most of North America's press now backs Rafael Grossi for UN Secretary-General.",
    "A Latin-American bloc backs Michelle Bachelet for UN Secretary-General.",
])
def test_a_region_named_after_a_state_is_not_the_state(un, text):
    assert not any(actor == "United States" for _, _, actor in _found(text, un))
    assert "United States" not in [value for value, _ in _states(text, un)]


@pytest.mark.parametrize("text, state", [
    ("America backs Rafael Grossi for UN Secretary-General, the State Department said.", "United States"),
    ("The American government endorsed Michelle Bachelet for UN Secretary-General.", "United States"),
    ("Mexico backs Michelle Bachelet for UN Secretary-General.", "Mexico"),
])
def test_the_state_itself_is_still_found(un, text, state):
    assert state in {actor for _, _, actor in _found(text, un)}


def test_other_places_from_the_data(un):
    assert _states("New Mexico and Northern Ireland sent observers; Mexico and Ireland did too.", un) == [
        ("Mexico", True), ("Ireland", True)]
    assert [v for v, _ in _states("Latin America and the United States", un)] == ["United States"]


def test_not_after_in_the_states_file_and_a_member_entry(tmp_path):
    (tmp_path / "states.yaml").write_text(textwrap.dedent("""\
    states:
      - {name: Ruritania, aliases: [], demonyms: [Ruritanian], capitals: [], not_after: [Greater]}
      - {name: Elbonia, aliases: [], demonyms: [], capitals: []}
    """), encoding="utf-8")
    story_file = tmp_path / "story.yaml"
    lexicon = ROOT / "config" / "lexicon" / "en.yaml"
    story_file.write_text(textwrap.dedent(f"""\
    id: test
    post: {{name: Grand Vizier}}
    organisation: {{name: League}}
    consensus: {{required: 2}}
    candidates: [{{name: Jan Novak}}]
    lexicon: {lexicon}
    states: states.yaml
    members: [{{name: Ruritania}}, {{name: Elbonia, not_after: [Lower]}}]
    """), encoding="utf-8")
    story = load_story(story_file)
    assert story.member("Ruritania").not_after == ("Greater",) and story.member("Elbonia").not_after == ("Lower",)
    assert _states("Greater Ruritania, Ruritania, Lower Elbonia and Elbonia", story) == [
        ("Ruritania", True), ("Elbonia", True)]
    story_file.write_text(story_file.read_text().replace("not_after: [Lower]", "not_after: Lower"))
    with pytest.raises(StoryError, match=r"story.yaml: members\[1\].not_after: expected a list of non-empty strings"):
        load_story(story_file)
