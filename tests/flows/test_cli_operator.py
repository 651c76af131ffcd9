"""The operator's commands from cron and scripts, invoked for real: exit codes, --json on every
command that prints results, --version, `alerts retry --db`, `poll --once` sending what it queued."""
from __future__ import annotations

import json

import pytest

from flowkit import fill_store, invoke, serve_one_item_feed
from natowatch.flows.settings import load_settings
from natowatch.storage import Store



def test_version(runner):
    from importlib.metadata import version

    result = invoke(runner, "--version")
    assert result.exit_code == 0 and result.stdout == f"natowatch {version('natowatch')}\n"


def test_status_json_parses(runner, store, story, db_url, write_settings):
    """status --json (the web dashboard's shape, flows/present.py): valid JSON lines naming the story."""
    write_settings({})
    fill_store(store, story, load_settings().alerts.rules)
    result = invoke(runner, "status", "--db", db_url, "--json")
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and "Mark Rutte" in result.stdout and story.id in result.stdout


def test_alerts_retry_takes_db_after_the_subcommand(runner, store, story, db_url, write_settings):
    write_settings({})
    fill_store(store, story, load_settings().alerts.rules)
    [claimed] = store.claim_alerts(1)
    store.mark_failed(claimed.id, "boom", max_attempts=1, backoff_seconds=60)
    result = invoke(runner, "alerts", "retry", "--db", db_url, str(claimed.id))
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("1 alert due now")
    assert {a.state for a in store.alerts()} == {"pending"}


@pytest.mark.prefect
def test_dispatch_exit_code_3_one_line_per_failure_printed_once(prefect_harness, runner, store, story, db_url,
                                                                write_settings, http_receiver, monkeypatch,
                                                                capfd):
    """A failed delivery: exit code 3, one stderr line per alert, and Prefect's logger does not
    repeat them (it writes to the process's real stderr: read at the file descriptor)."""
    write_settings({})
    monkeypatch.setenv("NATOWATCH_ALERT_URLS", http_receiver.url("hook"))
    fill_store(store, story, load_settings().alerts.rules)
    http_receiver.status = 500
    result = invoke(runner, "dispatch", "--db", db_url)
    assert result.exit_code == 3
    everything = result.stderr + capfd.readouterr().err
    ids = sorted(a.id for a in store.alerts())
    for alert_id in ids:
        assert everything.count(f"alert {alert_id} (route default) not delivered") == 1, everything
    assert len(result.stderr.splitlines()) == len(ids)

    as_json = invoke(runner, "dispatch", "--db", db_url, "--json")
    assert as_json.exit_code == 0  # nothing due: the failed alerts back off
    assert json.loads(as_json.stdout) == {"sent": [], "failed": []}

    http_receiver.status = 200
    invoke(runner, "alerts", "retry", "--all", "--db", db_url)
    done = invoke(runner, "dispatch", "--db", db_url, "--json")
    assert done.exit_code == 0, done.stderr
    report = json.loads(done.stdout)
    assert sorted(item["alert_id"] for item in report["sent"]) == ids and report["failed"] == []
    assert {item["route"] for item in report["sent"]} == {"default"}


@pytest.mark.prefect
def test_poll_once_sends_what_it_queued_and_reports_json(prefect_harness, runner, tmp_path, write_settings,
                                                         httpserver, http_receiver, monkeypatch):
    """`poll --once` from cron: the feed's new event is alerted in the same run; --json gives one
    document (feed reports and alerts) on stdout."""
    write_settings({})
    monkeypatch.setenv("NATOWATCH_ALERT_URLS", http_receiver.url("hook"))
    feeds = serve_one_item_feed(httpserver, tmp_path)
    db = f"sqlite:///{tmp_path / 'poll.db'}"
    result = invoke(runner, "poll", "--once", "--json", "--feeds", str(feeds), "--db", db)
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    [feed] = report["feeds"]
    assert (feed["feed"], feed["outcome"], feed["new_items"], feed["alerts_queued"]) == ("wire", "updated", 1, 1)
    assert [item["headline"] for item in report["alerts"]["sent"]] == [
        "Hungary opposes Mark Rutte for NATO Secretary General"]
    assert [r["body"]["title"] for r in http_receiver.received] == [
        "Hungary opposes Mark Rutte for NATO Secretary General"]
    with Store.open(db) as store:
        assert [a.state for a in store.alerts()] == ["sent"]


@pytest.mark.prefect
def test_poll_once_exit_code_3_when_an_alert_is_not_delivered(prefect_harness, runner, tmp_path, write_settings,
                                                              httpserver, http_receiver, monkeypatch):
    write_settings({})
    monkeypatch.setenv("NATOWATCH_ALERT_URLS", http_receiver.url("hook"))
    http_receiver.status = 503
    feeds = serve_one_item_feed(httpserver, tmp_path)
    result = invoke(runner, "poll", "--once", "--feeds", str(feeds), "--db", f"sqlite:///{tmp_path / 'p.db'}")
    assert result.exit_code == 3
    assert result.stdout.splitlines()[-1] == "Alerts sent: 0, not delivered: 1"
    # (the local feed server's own request log also reaches stderr in this process)
    [line] = [line for line in result.stderr.splitlines() if line.startswith("natowatch:")]
    assert line.startswith("natowatch: alert 1 (route default) not delivered, will be retried: URL 1 (json): ")


@pytest.mark.prefect
def test_replay_json_is_one_document(prefect_harness, runner, repo_root, tmp_path, write_settings):
    """Console alerts go to stderr with --json, so stdout parses as one JSON document."""
    write_settings({})
    db = f"sqlite:///{tmp_path / 'replay.db'}"
    result = invoke(runner, "replay", str(repo_root / "seeds"), "--db", db, "--json")
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["articles"] == 5 and report["alerts_queued"] == len(report["alerts"]["sent"]) > 0
    assert {"type", "subject", "actor", "evidence", "url"} <= set(report["new_events"][0])
    assert "[console]" in result.stderr
