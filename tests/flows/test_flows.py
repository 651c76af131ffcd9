"""The Prefect flows for real (one temporary Prefect server per session): replay and dispatch,
through the CLI and called directly."""
from __future__ import annotations

import json
import os

import pytest

from flowkit import fill_store, invoke, serve_one_item_feed
from natowatch.extract.model import ACTOR_TYPES
from natowatch.flows.settings import DEFAULT_ROUTE_TYPES, load_settings
from natowatch.storage import StorageError, Store


def gold_alert_keys(repo_root) -> list[tuple]:
    """One alert per distinct routed gold event of the seeds (the same event in two articles alerts once)."""
    gold = json.loads((repo_root / "tests" / "gold" / "seeds.json").read_text(encoding="utf-8"))
    keys = {(e["type"], e["subject"], e["actor"] if e["type"] in ACTOR_TYPES else None)
            for events in gold.values() for e in events if e["type"] in DEFAULT_ROUTE_TYPES}
    return sorted(keys, key=str)


def alert_keys(alerts) -> list[tuple]:
    """The event alerts' event keys (story-level alerts are checked on their own)."""
    return sorted(((a.event.type, a.event.subject, a.event.actor if a.event.type in ACTOR_TYPES else None)
                   for a in alerts if a.kind == "event"), key=str)


@pytest.mark.prefect
def test_replay_of_the_seeds_alerts_once_per_gold_event(prefect_harness, runner, repo_root, tmp_path,
                                                        write_settings):
    write_settings({})
    db = f"sqlite:///{tmp_path / 'replay.db'}"
    first = invoke(runner, "replay", str(repo_root / "seeds"), "--db", db, "--fresh")
    assert first.exit_code == 0, first.stderr
    expected = gold_alert_keys(repo_root)
    with Store.open(db) as store:
        alerts = store.alerts()
        upgrades = sum(c.kind == "upgrade" for story in store.stories() for e in store.events(story.story_id)
                       for c in store.event(e.id).history)
    assert alert_keys(alerts) == expected
    # Hungary opposed Rutte in March and leaned towards him in May: one stance change alert.
    [change] = [a for a in alerts if a.kind != "event"]
    assert (change.kind, change.detail["actor"], change.detail["before_date"]) == ("stance_change", "Hungary",
                                                                                   "2024-03-06")
    assert {a.state for a in alerts} == {"sent"} and {a.route for a in alerts} == {"console"}
    assert f"Alerts queued: {len(expected) + 1}" in first.stdout
    assert f"Alerts sent: {len(expected) + 1}" in first.stdout
    assert "Replayed 5 articles" in first.stdout and "new event" in first.stdout
    assert f"Upgraded by a later report: {upgrades} (stronger or dated); stances ended: 0." in first.stdout
    assert "Hungary endorses Mark Rutte for NATO Secretary General" in first.stdout  # the console alert

    second = invoke(runner, "replay", str(repo_root / "seeds"), "--db", db)
    assert second.exit_code == 0, second.stderr
    assert "No new events." in second.stdout
    assert "Upgraded by a later report: 0 (stronger or dated)" in second.stdout
    assert "Alerts queued: 0" in second.stdout and "Alerts sent: 0" in second.stdout
    with Store.open(db) as store:
        assert len(store.alerts()) == len(expected) + 1


@pytest.mark.prefect
def test_replay_flow_reports_unrelated_and_missing_files(prefect_harness, tmp_path, write_settings):
    from natowatch.flows.pipelines.prefect_flows import replay

    write_settings({})
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "match.txt").write_text("Ajax beat PSV\n\nAjax won the derby 3-1 on Sunday in Amsterdam.\n",
                                      encoding="utf-8")
    (folder / "rutte.txt").write_text(
        "Hungary backs Rutte\n\nHungary said on Tuesday it would support Mark Rutte's bid to become the next "
        "NATO Secretary General.\n", encoding="utf-8")
    (folder / "manifest.json").write_text(json.dumps([
        {"file": "rutte.txt", "published": "2024-06-18", "url": "https://news.example.org/rutte", "outlet": "X"},
        {"file": "gone.txt", "published": "2024-06-19"},
    ]))
    db = f"sqlite:///{tmp_path / 'flow.db'}"
    summary = replay(path=str(folder), database_url=db)
    assert summary.articles == 2 and summary.new_articles == 2 and summary.unrelated == 1
    assert summary.problems == (f"{folder / 'gone.txt'}: listed in manifest.json but not found",)
    assert [(e.type, e.actor) for e in summary.new_events] == [("endorsement", "Hungary")]
    assert summary.alerts_queued == 1
    again = replay(path=str(folder), database_url=db)
    assert (again.new_articles, again.new_events, again.alerts_queued) == (0, (), 0)


@pytest.mark.prefect
def test_dispatch_command_posts_to_the_configured_url(prefect_harness, runner, store, story, db_url,
                                                      write_settings, http_receiver, monkeypatch):
    write_settings({})
    monkeypatch.setenv("NATOWATCH_ALERT_URLS", http_receiver.url("natowatch"))
    fill_store(store, story, load_settings().alerts.rules)
    result = invoke(runner, "dispatch", "--db", db_url)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "Alerts sent: 3\n"
    assert sorted(r["body"]["title"] for r in http_receiver.received) == [
        "France endorses Mark Rutte for NATO Secretary General",
        "Hungary opposes Mark Rutte for NATO Secretary General",
        "Klaus Iohannis withdraws from the race for NATO Secretary General"]
    assert invoke(runner, "dispatch", "--db", db_url).stdout == "Alerts sent: 0\n"


@pytest.mark.prefect
def test_dispatch_command_reports_a_failure_redacted(prefect_harness, runner, store, story, db_url,
                                                     write_settings, http_receiver, monkeypatch):
    write_settings({})
    url = http_receiver.url("hook-TOKEN4242")
    monkeypatch.setenv("NATOWATCH_ALERT_URLS", url)
    fill_store(store, story, load_settings().alerts.rules)
    http_receiver.stop()
    result = invoke(runner, "dispatch", "--db", db_url)
    assert result.exit_code == 3
    assert result.stdout == "Alerts sent: 0, not delivered: 3\n"
    lines = result.stderr.splitlines()
    assert len(lines) == 3 and all(" not delivered, will be retried: URL 1 (json): " in line for line in lines)
    assert "TOKEN4242" not in result.stdout + result.stderr and str(http_receiver.port) not in result.stdout


def test_fresh_only_deletes_sqlite(tmp_path):
    from natowatch.flows.pipelines.replay import remove_sqlite_database

    path = tmp_path / "x.db"
    path.write_text("")
    (tmp_path / "x.db-wal").write_text("")
    assert remove_sqlite_database(f"sqlite:///{path}") is True
    assert not path.exists() and not (tmp_path / "x.db-wal").exists()
    assert remove_sqlite_database(f"sqlite:///{path}") is False
    with pytest.raises(StorageError, match="--fresh only deletes SQLite databases"):
        remove_sqlite_database("postgresql://u:p@localhost/db")


def test_prefect_defaults_never_override_the_user(monkeypatch):
    from natowatch.flows.pipelines.prefect_env import set_prefect_defaults

    monkeypatch.setenv("PREFECT_LOGGING_LEVEL", "DEBUG")
    monkeypatch.delenv("PREFECT_SERVER_ANALYTICS_ENABLED", raising=False)
    set_prefect_defaults(quiet=True)
    assert os.environ["PREFECT_LOGGING_LEVEL"] == "DEBUG"
    assert os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] == "false"


@pytest.mark.prefect
def test_poll_once_command_reads_a_local_feed(prefect_harness, runner, tmp_path, write_settings, httpserver):
    write_settings({})
    feeds = serve_one_item_feed(httpserver, tmp_path)
    db = f"sqlite:///{tmp_path / 'poll.db'}"
    result = invoke(runner, "poll", "--once", "--no-dispatch", "--feeds", str(feeds), "--db", db)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("wire: 1 items, 1 new (0 not about the story), ")
    assert result.stdout.endswith(", 1 alerts queued\n")
    with Store.open(db) as store:
        assert [(a.event.type, a.event.actor, a.state) for a in store.alerts()] == [("opposition", "Hungary",
                                                                                      "pending")]
    result = invoke(runner, "poll", "--once", "--feeds", str(feeds), "--db", db)
    assert result.stdout.startswith("No feed was due.\n")
    # Without --no-dispatch, what is queued is sent (to the console here).
    assert "[console] Hungary opposes Mark Rutte" in result.stdout and result.stdout.endswith("Alerts sent: 1\n")


def test_serve_with_an_unreachable_prefect_server_is_one_line(runner, write_settings, monkeypatch):
    from flowkit import free_port

    write_settings({})
    url = f"http://127.0.0.1:{free_port()}/api"
    monkeypatch.setenv("PREFECT_API_URL", url)
    result = invoke(runner, "serve")
    assert result.exit_code == 1
    assert result.stderr == f"natowatch: the Prefect server at {url} was not healthy after 10 s\n"
