"""Two races followed at once: the NATO story and the UN Secretary-General story in one
settings file, replayed over a small invented corpus (tests/corpora/un-invented/) whose
article u04 concerns both races. A second replay adds nothing."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from flowkit import invoke

from natowatch.flows.pipelines.replay import read_and_extract, store_batch
from natowatch.flows.settings import load_settings
from natowatch.flows.files.stories import load_stories
from natowatch.storage import Store
from tests.flows.backends import any_db_url  # noqa: F401  (fixture)

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "corpora" / "un-invented"
NATO, UN = "nato-secretary-general", "un-secretary-general-2026"
STORIES = [str(ROOT / "config/stories/nato-secretary-general.yaml"),
           str(ROOT / "config/stories/un-secretary-general-2026.yaml")]
# What the corpus states plainly (the extractor may find more, never fewer of these).
EXPECTED = {(UN, "endorsement", "Michelle Bachelet", "China"), (UN, "opposition", "Michelle Bachelet", "Russia"),
            (UN, "endorsement", "Rafael Grossi", "France"), (UN, "endorsement", "Michelle Bachelet", "Brazil"),
            (UN, "candidacy", "Rafael Grossi", None), (NATO, "endorsement", "Mark Rutte", "Hungary")}


def keys(events) -> set[tuple]:
    return {(e.story_id, e.type, e.subject, e.actor) for e in events}


def test_replay_of_both_races_on_sqlite_and_postgresql(any_db_url, write_settings):  # noqa: F811
    write_settings({"stories": STORIES, "alerts": {"routes": [
        {"name": "everything"}, {"name": "un-desk", "stories": [UN]}]}})
    settings = load_settings()
    batch = read_and_extract(CORPUS, load_stories(settings))
    with Store.open(any_db_url, upgrade=True) as store:
        first = store_batch(store, batch, settings.alerts.rules, "un-invented")
        assert (first.articles, first.new_articles, first.unrelated) == (5, 5, 1)
        assert EXPECTED <= keys(first.new_events)
        both = [e for e in first.new_events if e.first_evidence.article_title == "Two races, two endorsements"]
        assert {e.story_id for e in both} == {NATO, UN}
        assert len({e.first_evidence.article_id for e in both}) == 1   # one article, stored once

        again = store_batch(store, batch, settings.alerts.rules, "un-invented")
        assert (again.new_articles, again.new_events, again.alerts_queued) == (0, (), 0)

        alerts = store.alerts()
        assert {a.story_id for a in alerts if a.route == "un-desk"} == {UN}
        assert {a.story_id for a in alerts if a.route == "everything"} == {NATO, UN}
        assert all(a.story_id == a.event.story_id for a in alerts)
        assert [a.story_id for a in store.alerts(story_id=NATO)] == [NATO]
        assert {e.story_id for e in store.events(UN)} == {UN}


@pytest.mark.prefect
def test_replay_command_then_status_events_and_alerts_per_story(prefect_harness, runner, tmp_path,
                                                                 write_settings):
    write_settings({"stories": STORIES})
    db = f"sqlite:///{tmp_path / 'both.db'}"
    first = invoke(runner, "replay", str(CORPUS), "--db", db)
    assert first.exit_code == 0, first.stderr
    assert "Replayed 5 articles" in first.stdout and "1 not about the story" in first.stdout
    assert "China endorses Michelle Bachelet for UN Secretary-General" in first.stdout   # a console alert
    assert "Hungary endorses Mark Rutte for NATO Secretary General" in first.stdout
    second = invoke(runner, "replay", str(CORPUS), "--db", db)
    assert "No new events." in second.stdout and "Alerts queued: 0" in second.stdout

    status = invoke(runner, "status", "--db", db, "--story", UN).stdout
    assert status.startswith("UN Secretary-General 2026: the Security Council decides with 9 of its 15 votes "
                             "and no permanent member against.")
    assert "  permanent members: China backs, France -, Russia opposes, United Kingdom -, United States -" in status
    assert "  blocked: Russia opposes (a permanent member)" in status
    assert "Rafael Grossi: " in status and "NATO" not in status
    both = invoke(runner, "status", "--db", db).stdout
    assert "consensus needs 32 of 32 allies" in both and "Security Council decides" in both

    lines = [json.loads(x) for x in invoke(runner, "events", "--db", db, "--json", "--story", UN).stdout.splitlines()]
    assert lines and {x["story"] for x in lines} == {UN}
    everything = [json.loads(x) for x in invoke(runner, "events", "--db", db, "--json").stdout.splitlines()]
    assert {x["story"] for x in everything} == {NATO, UN}
    alerts = [json.loads(x) for x in invoke(runner, "alerts", "--db", db, "--json", "--story", NATO).stdout.splitlines()]
    assert [(a["story"], a["headline"]) for a in alerts] == [
        (NATO, "Hungary endorses Mark Rutte for NATO Secretary General")]
    table = invoke(runner, "alerts", "--db", db).stdout
    assert UN in table and NATO in table   # a story column when several are followed
    # The article about neither race says why, story by story.
    skipped = [json.loads(x) for x in invoke(runner, "articles", "--skipped", "--json", "--db", db).stdout.splitlines()]
    assert [(a["title"], a["skip_reason"]) for a in skipped] == [("Football club signs new coach", (
        f"{NATO}: names neither the post (NATO Secretary General or an alias) nor the organisation (NATO or an "
        f"alias); {UN}: names neither the post (UN Secretary-General or an alias) nor the organisation "
        "(United Nations or an alias)"))]
