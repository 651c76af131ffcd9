"""Alerts end to end without Prefect, on SQLite and PostgreSQL: ingest -> outbox -> dispatch_pass
-> real receivers (a local JSON webhook, a local SMTP server).

Stance changes, consensus moments, digests, min_sources, receivers that are down or failing,
a URL that failed while another took the alert, a dispatcher killed between claim and mark,
a replay run twice, and no secret in any log, stored error or CLI output.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import os
import signal
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from backends import any_db_url  # noqa: F401  (a fixture)
from flowkit import SteppedClock, invoke, make_article, make_event
from natowatch.extract.story import build_story
from natowatch.flows.alerts.messages import story_facts
from natowatch.flows.pipelines.dispatch import dispatch_pass
from natowatch.flows.settings import load_settings
from natowatch.storage import Store

REPO_ROOT = Path(__file__).resolve().parents[2]
POST = "NATO Secretary General"


@pytest.fixture
def db_url(any_db_url):
    """The conftest's `store` on SQLite and on PostgreSQL."""
    return any_db_url


@pytest.fixture
def mini_story():
    """Three allies, all needed: consensus within reach of a test."""
    return build_story({
        "id": "mini-race", "title": "A three-member race",
        "post": {"name": POST}, "organisation": {"name": "NATO"},
        "consensus": {"rule": "unanimity", "required": 3},
        "candidates": [{"name": "Mark Rutte", "state": "Netherlands"}],
        "members": [{"name": "Netherlands"}, {"name": "Hungary"}, {"name": "Romania"}],
    }, {}, "mini-race.yaml")


def mail_url(smtp_server, to: str = "desk@example.org") -> str:
    return f"mailto://127.0.0.1:{smtp_server.port}?from=natowatch@example.org&to={to}&mode=insecure"


def settings_with(write_settings, routes: list[dict], **alerts):
    write_settings({"alerts": {"routes": routes, **alerts}})
    return load_settings()


def ingest(store, story, settings, n: int, events, published=dt.date(2024, 3, 5)):
    article = make_article(f"https://news.example.org/{n}", text=f"Article {n}.")
    article = article.__class__(**{**article.__dict__, "published": published})
    return store.ingest(story.id, article, events, settings.alerts.rules, story_facts(story))


def titles(receiver) -> list[str]:
    return [r["body"]["title"] for r in receiver.received]


def test_a_stance_change_reaches_the_webhook_and_the_mailbox(store, story, write_settings, http_receiver,
                                                            smtp_server):
    settings = settings_with(write_settings, [
        {"name": "desk", "types": ["stance_change"], "urls": [http_receiver.url("desk")]},
        {"name": "mail", "types": ["stance_change", "opposition"], "urls": [mail_url(smtp_server)]},
    ])
    ingest(store, story, settings, 1, [make_event("opposition", "Mark Rutte", "Hungary")],
           published=dt.date(2024, 3, 7))
    ingest(store, story, settings, 2, [make_event("endorsement", "Mark Rutte", "Hungary",
                                                  "Hungary will now support Mark Rutte.")],
           published=dt.date(2024, 6, 18))
    summary = dispatch_pass(store, settings, story)
    assert (len(summary.sent), summary.failed) == (3, ())
    headline = f"Hungary now backs Mark Rutte for {POST}; it opposed the bid on 2024-03-07"
    assert titles(http_receiver) == [headline]
    assert "Evidence: \"Hungary will now support Mark Rutte.\"" in http_receiver.received[0]["body"]["message"]
    subjects = sorted(m["Subject"] for m in smtp_server.messages)
    assert subjects == sorted([f"[natowatch] Hungary opposes Mark Rutte for {POST}", f"[natowatch] {headline}"])
    assert dispatch_pass(store, settings, story).claimed == 0


def test_consensus_moments_of_a_three_member_story(store, mini_story, write_settings, http_receiver):
    settings = settings_with(write_settings, [{"name": "desk", "types": ["consensus"],
                                               "urls": [http_receiver.url()]}])
    for n, state in enumerate(["Netherlands", "Hungary", "Romania"], start=1):
        ingest(store, mini_story, settings, n, [make_event("endorsement", "Mark Rutte", state)])
        dispatch_pass(store, settings, mini_story)
    assert titles(http_receiver) == [f"Romania is the last ally not backing Mark Rutte for {POST}",
                                     f"Mark Rutte has the backing of all 3 allies for {POST}"]
    assert "Tally: 3 of 3 allies back Mark Rutte; consensus reached" in http_receiver.received[1]["body"]["message"]
    # The same stances reported again change nothing.
    ingest(store, mini_story, settings, 9, [make_event("endorsement", "Mark Rutte", "Romania", "Again.")])
    assert dispatch_pass(store, settings, mini_story).claimed == 0 and len(http_receiver.received) == 2


def test_a_digest_route_sends_its_alerts_as_one_message(store, story, write_settings, http_receiver,
                                                       smtp_server):
    store.clock = clock = SteppedClock()
    settings = settings_with(write_settings, [
        {"name": "digest", "types": ["endorsement"], "digest_minutes": 10, "urls": [http_receiver.url()]},
        {"name": "mail-digest", "types": ["endorsement"], "digest_minutes": 10, "urls": [mail_url(smtp_server)]},
    ])
    ingest(store, story, settings, 1, [make_event("endorsement", "Mark Rutte", s) for s in ("France", "Italy")])
    clock.advance(300)
    ingest(store, story, settings, 2, [make_event("endorsement", "Mark Rutte", "Spain")])
    clock.advance(299)
    assert dispatch_pass(store, settings, story).claimed == 0  # the oldest has waited 9:59 of 10 minutes
    clock.advance(1)
    summary = dispatch_pass(store, settings, story)
    assert (summary.claimed, len(summary.sent)) == (6, 6)
    [request] = http_receiver.received
    assert request["body"]["title"] == f"3 alerts: France endorses Mark Rutte for {POST} and 2 more"
    for state in ("France", "Italy", "Spain"):
        assert f"{state} endorses Mark Rutte for {POST}\nStatus: confirmed" in request["body"]["message"]
    [mail] = smtp_server.messages
    assert mail["Subject"] == f"[natowatch] 3 alerts: France endorses Mark Rutte for {POST} and 2 more"
    assert {a.state for a in store.alerts()} == {"sent"}
    assert len({a.sent_at for a in store.alerts() if a.route == "digest"}) == 1  # marked sent together


def test_min_sources_waits_for_a_second_article(store, story, write_settings, http_receiver):
    settings = settings_with(write_settings, [{"name": "sure", "types": ["opposition"], "min_sources": 2,
                                               "urls": [http_receiver.url()]}])
    hungary = make_event("opposition", "Mark Rutte", "Hungary", "Hungary will not back Mark Rutte.")
    ingest(store, story, settings, 1, [hungary])
    assert dispatch_pass(store, settings, story).claimed == 0
    ingest(store, story, settings, 2, [make_event("opposition", "Mark Rutte", "Hungary", "Budapest says no.")])
    dispatch_pass(store, settings, story)
    ingest(store, story, settings, 3, [make_event("opposition", "Mark Rutte", "Hungary", "Still no.")])
    dispatch_pass(store, settings, story)
    assert titles(http_receiver) == [f"Hungary opposes Mark Rutte for {POST}"]


def test_refused_then_http_500_then_back_delivers_exactly_once(store, story, write_settings, http_receiver):
    settings = settings_with(write_settings, [{"name": "desk", "types": ["opposition", "stance_change"],
                                               "urls": [http_receiver.url()]}], backoff_seconds=60)
    store.clock = clock = SteppedClock()
    ingest(store, story, settings, 1, [make_event("opposition", "Mark Rutte", "Hungary")])
    http_receiver.stop()
    refused = dispatch_pass(store, settings, story)
    assert [(f.state, f.error.startswith("URL 1 (json): ")) for f in refused.failed] == [("pending", True)]
    clock.advance(60)
    http_receiver.status = 500
    http_receiver.start()
    failing = dispatch_pass(store, settings, story)
    assert [f.state for f in failing.failed] == ["pending"] and http_receiver.rejected >= 1
    [alert] = store.alerts()
    assert (alert.state, alert.attempts) == ("pending", 2)
    clock.advance(119)
    assert dispatch_pass(store, settings, story).claimed == 0  # backing off: 120 s after the 2nd attempt
    clock.advance(1)
    http_receiver.status = 200
    assert len(dispatch_pass(store, settings, story).sent) == 1
    clock.advance(3600)
    assert dispatch_pass(store, settings, story).claimed == 0
    assert titles(http_receiver) == [f"Hungary opposes Mark Rutte for {POST}"]
    assert [a.state for a in store.alerts()] == ["sent"]


def test_a_failed_url_is_retried_alone(store, story, write_settings, http_receiver):
    from flowkit import HttpReceiver

    down = HttpReceiver()
    settings = settings_with(write_settings, [{"name": "both", "types": ["opposition"],
                                               "urls": [http_receiver.url("up"), down.url("down")]}],
                             backoff_seconds=60)
    store.clock = clock = SteppedClock()
    ingest(store, story, settings, 1, [make_event("opposition", "Mark Rutte", "Hungary")])
    [failed] = dispatch_pass(store, settings, story).failed
    assert failed.error.startswith("URL 2 (json): ") and "URL 1" not in failed.error
    assert len(http_receiver.received) == 1
    down.start()
    try:
        clock.advance(60)
        assert len(dispatch_pass(store, settings, story).sent) == 1
        assert len(http_receiver.received) == 1 and len(down.received) == 1  # URL 1 did not get it twice
    finally:
        down.stop()
    [alert] = store.alerts()
    assert alert.state == "sent" and len(alert.delivered_urls) == 2


CLAIM_AND_HANG = """
import json, sys, time
from natowatch.flows.pipelines.dispatch import claim
from natowatch.flows.settings import load_settings
from natowatch.storage import Store

store = Store.open(sys.argv[1])
print(json.dumps([a.id for a in claim(store, load_settings(), 100)]), flush=True)
time.sleep(600)  # killed here: between claiming and marking
"""


def test_a_dispatcher_killed_after_claiming_loses_no_alert(store, any_db_url, story, write_settings,
                                                          http_receiver):
    settings = settings_with(write_settings, [{"name": "desk", "types": ["opposition", "endorsement"],
                                               "urls": [http_receiver.url()]}], lease_seconds=60)
    # The killed worker claims on the real clock; this side steps past its lease.
    store.clock = clock = SteppedClock()
    ingest(store, story, settings, 1, [make_event("opposition", "Mark Rutte", "Hungary"),
                                       make_event("endorsement", "Mark Rutte", "France")])
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    worker = subprocess.Popen([sys.executable, "-c", CLAIM_AND_HANG, any_db_url], cwd=REPO_ROOT, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        claimed = json.loads(worker.stdout.readline() or "null")
        assert claimed is not None, worker.stderr.read()
    finally:
        worker.send_signal(signal.SIGKILL)
        worker.wait(30)
    assert len(claimed) == 2 and {a.state for a in store.alerts()} == {"sending"}
    assert dispatch_pass(store, settings, story).claimed == 0  # the lease still holds
    clock.advance(600)
    summary = dispatch_pass(store, settings, story)
    assert sorted(s.alert_id for s in summary.sent) == sorted(claimed)
    assert sorted(titles(http_receiver)) == [f"France endorses Mark Rutte for {POST}",
                                             f"Hungary opposes Mark Rutte for {POST}"]


def test_replaying_the_seeds_twice_sends_nothing_new(store, story, write_settings, http_receiver):
    from natowatch.flows.pipelines.replay import read_and_extract, store_batch

    settings = settings_with(write_settings, [{"name": "desk", "urls": [http_receiver.url()]}])
    batch = read_and_extract(REPO_ROOT / "seeds", story)
    first = store_batch(store, batch, settings.alerts.rules, "seeds")
    sent = len(dispatch_pass(store, settings, story).sent)
    assert sent == first.alerts_queued == len(http_receiver.received) > 0
    assert len(set(titles(http_receiver))) == len(http_receiver.received)  # no duplicates
    assert any(t.startswith("Hungary now backs Mark Rutte") for t in titles(http_receiver))
    again = store_batch(store, batch, settings.alerts.rules, "seeds")
    assert (again.new_events, again.alerts_queued) == ((), 0)
    assert dispatch_pass(store, settings, story).claimed == 0 and len(http_receiver.received) == sent


@contextmanager
def every_log_record():
    """Every record at DEBUG and above, from the root logger and from handlers attached directly
    to the loggers that could carry URLs (apprise, urllib3, requests, prefect)."""
    records: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record):
            records.append(self.format(record))

    handler = Keep(level=logging.DEBUG)
    loggers = [logging.getLogger(n) for n in ("", "apprise", "urllib3", "requests", "prefect")]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.addHandler(handler)
        lg.setLevel(logging.DEBUG)
    try:
        yield records
    finally:
        for lg, level in zip(loggers, levels):
            lg.removeHandler(handler)
            lg.setLevel(level)


SECRET = "secretpass"


def test_no_secret_in_logs_stored_errors_or_cli_output(store, any_db_url, story, write_settings, runner):
    urls = [f"json://user:{SECRET}@127.0.0.1:1/x",
            f"mailto://user:{SECRET}@127.0.0.1:1?to=desk@example.org&from=natowatch@example.org"]
    with every_log_record() as records:
        settings = settings_with(write_settings, [{"name": "desk", "types": ["opposition"], "urls": urls}])
        ingest(store, story, settings, 1, [make_event("opposition", "Mark Rutte", "Hungary")])
        summary = dispatch_pass(store, settings, story)
    [failed] = summary.failed
    assert failed.error.startswith("URL 1 (json): ") and "URL 2 (mailto): " in failed.error
    listing = invoke(runner, "alerts", "--db", any_db_url)
    as_json = invoke(runner, "alerts", "--json", "--db", any_db_url)
    assert "URL 1 (json)" in as_json.stdout
    shown = [*records, failed.error, *(a.last_error for a in store.alerts()), listing.stdout, listing.stderr,
             as_json.stdout, as_json.stderr]
    assert any("Connection" in line for line in shown)
    assert not [line for line in shown if SECRET in line]


@pytest.mark.prefect
def test_no_secret_in_the_dispatch_command_output(prefect_harness, store, any_db_url, story, write_settings,
                                                  runner, capfd):
    urls = [f"json://user:{SECRET}@127.0.0.1:1/x",
            f"mailto://user:{SECRET}@127.0.0.1:1?to=desk@example.org&from=natowatch@example.org"]
    settings = settings_with(write_settings, [{"name": "desk", "types": ["opposition"], "urls": urls}])
    ingest(store, story, settings, 1, [make_event("opposition", "Mark Rutte", "Hungary")])
    with every_log_record() as records:
        result = invoke(runner, "dispatch", "--db", any_db_url)
    assert result.exit_code == 3 and result.stdout == "Alerts sent: 0, not delivered: 1\n"
    assert "alert 1 (route desk) not delivered" in result.stderr
    printed = capfd.readouterr()
    assert SECRET not in result.stdout + result.stderr + printed.out + printed.err + "\n".join(records)
