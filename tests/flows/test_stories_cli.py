"""Several stories: `stories:` in the settings, `--story ID|PATH`, and the `story` field
of every `natowatch extract --json` line."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from flowkit import invoke

from natowatch.flows.settings import SettingsError, load_settings
from natowatch.flows.files.stories import load_stories

ROOT = Path(__file__).resolve().parents[2]
NATO = ROOT / "config" / "stories" / "nato-secretary-general.yaml"
UN = ROOT / "config" / "stories" / "un-secretary-general-2026.yaml"
UN_ID, NATO_ID = "un-secretary-general-2026", "nato-secretary-general"
UN_ARTICLE = ("Brazil backs Bachelet for UN Secretary-General\n\nBrazil said on Monday it supports Michelle "
              "Bachelet as the next UN Secretary-General. Russia said it would not support Bachelet for the "
              "post of UN chief.\n")
NATO_ARTICLE = "Hungary backs Rutte\n\nHungary said on Tuesday it backs Mark Rutte as the next NATO secretary general.\n"


@pytest.fixture
def articles(tmp_path):
    (tmp_path / "un.txt").write_text(UN_ARTICLE, encoding="utf-8")
    (tmp_path / "nato.txt").write_text(NATO_ARTICLE, encoding="utf-8")
    return tmp_path / "un.txt", tmp_path / "nato.txt"


def _lines(result) -> list[dict]:
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_each_article_is_matched_against_each_story(runner, write_settings, articles):
    write_settings({"stories": [str(NATO), str(UN)]})
    lines = _lines(invoke(runner, "extract", "--json", "--published", "2025-11-10", *map(str, articles)))
    found = {(Path(x["article"]).stem, x["story"], x["type"], x["subject"], x["actor"]) for x in lines}
    assert found == {("un", UN_ID, "endorsement", "Michelle Bachelet", "Brazil"),
                     ("un", UN_ID, "opposition", "Michelle Bachelet", "Russia"),
                     ("nato", NATO_ID, "endorsement", "Mark Rutte", "Hungary")}
    assert {x["position"] for x in lines if x["story"] == UN_ID} == {"UN Secretary-General"}


@pytest.mark.parametrize("choice", [UN_ID, str(UN)])
def test_story_by_id_or_path(runner, write_settings, articles, choice):
    write_settings({})   # the settings follow NATO only: the UN story is found beside it, or by path
    lines = _lines(invoke(runner, "extract", "--json", "--story", choice, "--published", "2025-11-10",
                          *map(str, articles)))
    assert {x["story"] for x in lines} == {UN_ID} and len(lines) == 2


def test_one_story_of_several(runner, write_settings, articles):
    write_settings({"stories": [str(NATO), str(UN)]})
    lines = _lines(invoke(runner, "extract", "--json", "--story", NATO_ID, *map(str, articles)))
    assert [(x["story"], x["actor"]) for x in lines] == [(NATO_ID, "Hungary")]


def test_text_output_names_the_story_when_there_are_several(runner, write_settings, articles):
    write_settings({"stories": [str(NATO), str(UN)]})
    result = invoke(runner, "extract", "--published", "2025-11-10", str(articles[0]))
    assert f"un.txt (published 2025-11-10, {NATO_ID}: not about it): 0 events" in result.stdout
    assert f"un.txt (published 2025-11-10, {UN_ID}): 2 events" in result.stdout


def test_an_unknown_story_is_one_line(runner, write_settings, articles):
    write_settings({})
    result = invoke(runner, "extract", "--story", "no-such-race", str(articles[1]))
    assert result.exit_code == 2
    assert result.stderr == (f"natowatch: --story: 'no-such-race' is neither a story of the settings ({NATO_ID}) "
                             "nor a story file\n")


def _settings(tmp_path, data) -> Path:
    path = tmp_path / "settings.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


def test_stories_setting_and_the_older_story_setting(tmp_path):
    both = load_settings(_settings(tmp_path, {"stories": [str(NATO), str(UN)]}), environ={})
    assert both.stories == (NATO, UN) and both.story == NATO
    assert [s.id for s in load_stories(both)] == [NATO_ID, UN_ID]
    one = load_settings(_settings(tmp_path, {"story": str(UN)}), environ={})
    assert one.stories == (UN,) and [s.id for s in load_stories(one)] == [UN_ID]


@pytest.mark.parametrize("data, message", [
    ({"stories": [], }, r"settings.yaml: stories: expected a non-empty list of story files$"),
    ({"stories": "x.yaml"}, r"settings.yaml: stories: expected a non-empty list of story files$"),
    ({"stories": ["a.yaml"], "story": "a.yaml"}, r"settings.yaml: stories: give `stories` or `story`, not both$"),
    ({"stories": ["a.yaml", "./a.yaml"]}, r"settings.yaml: stories: a story file is listed twice$"),
    ({"alerts": {"routes": [{"name": "r", "stories": "un"}]}},
     r"settings.yaml: alerts.routes\[0\].stories: expected a non-empty list of story ids$"),
])
def test_bad_stories_settings_are_one_line(tmp_path, data, message):
    with pytest.raises(SettingsError, match=message):
        load_settings(_settings(tmp_path, data), environ={})


def test_stories_are_checked_against_each_other_and_the_routes(tmp_path):
    same_id = load_settings(_settings(tmp_path, {"stories": [str(NATO), str(tmp_path / "copy.yaml")]}), environ={})
    (tmp_path / "copy.yaml").write_text(NATO.read_text(encoding="utf-8").replace(
        "../lexicon/en.yaml", str(ROOT / "config/lexicon/en.yaml")).replace("../states.yaml", str(ROOT / "config/states.yaml")),
        encoding="utf-8")
    with pytest.raises(SettingsError, match=f"stories: two story files have the id '{NATO_ID}'$"):
        load_stories(same_id)
    unknown = load_settings(_settings(tmp_path, {"stories": [str(NATO)],
                                                 "alerts": {"routes": [{"name": "r", "stories": [UN_ID]}]}}),
                            environ={})
    with pytest.raises(SettingsError, match=rf"alerts.routes\[0\].stories: '{UN_ID}' is not the id of a story "
                                            rf"of the settings \({NATO_ID}\)$"):
        load_stories(unknown)
