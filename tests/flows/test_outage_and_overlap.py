"""Alerts survive long outages and overlapping dispatchers (issue 14 rows 6 and 7): real local
webhook receivers (one that is down, nothing listening on its port, then up), real SQLite and
PostgreSQL stores, an injected clock for leases, backoffs and ages."""
from __future__ import annotations

import json
import threading
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from backends import any_db_url  # noqa: F401  (fixture: SQLite and PostgreSQL)

from flowkit import HttpReceiver, SteppedClock, free_port, invoke, make_article, make_event
from natowatch.flows.alerts.messages import is_unreachable
from natowatch.flows.pipelines.dispatch import dispatch_pass
from natowatch.flows.settings import load_settings
from natowatch.storage import Store
from natowatch.storage.outbox import MAX_REVIVALS

STATES = ["France", "Germany", "Italy", "Spain", "Poland", "Norway"]


class SlowReceiver:
    """A JSON webhook on 127.0.0.1 where each accepted message 'takes' `seconds_per_send` on the
    injected clock, and whose `during(n)` hook runs while the n-th message is being received (a
    second dispatcher waking up in the middle of the first one's batch)."""

    def __init__(self, clock: SteppedClock, seconds_per_send: float):
        self.clock, self.seconds_per_send = clock, seconds_per_send
        self.titles: list[str] = []
        self.hooks: dict[int, callable] = {}
        self.up = True
        self.port = free_port()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
                if not receiver.up:
                    self.send_response(503)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                receiver.titles.append(body["title"])
                receiver.clock.advance(receiver.seconds_per_send)
                hook = receiver.hooks.pop(len(receiver.titles), None)
                if hook:
                    hook()
                self.send_response(200)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, *args):
                pass
        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def url(self) -> str:
        return f"json://127.0.0.1:{self.port}/hook"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver():
    made = []

    def make(clock, seconds_per_send=0.0):
        made.append(SlowReceiver(clock, seconds_per_send))
        return made[-1]
    yield make
    for r in made:
        r.close()


def queue(store, story, settings, states, url):
    events = [make_event("endorsement", "Mark Rutte", state, f"{state} backs Mark Rutte.") for state in states]
    return store.ingest(story.id, make_article(url), events, settings.alerts.rules).alerts_queued


@contextmanager
def two_dispatchers(db_url: str, clock: SteppedClock):
    """Two stores on one database, as two dispatcher processes have, on one injected clock."""
    with Store.open(db_url, upgrade=True) as first, Store.open(db_url) as second:
        first.clock = second.clock = clock
        yield first, second


def test_a_batch_longer_than_the_lease_is_not_sent_twice_by_a_second_dispatcher(
        any_db_url, story, write_settings, receiver):
    """Each send takes 200 s of a 300 s lease; a second dispatcher runs while the first is on its
    third send. Without renewal it would take over the first one's remaining claims."""
    clock = SteppedClock()
    hook = receiver(clock, seconds_per_send=200)
    write_settings({"alerts": {"urls": [hook.url()], "lease_seconds": 300}})
    settings = load_settings()
    with two_dispatchers(any_db_url, clock) as (first, second):
        assert queue(first, story, settings, STATES, "https://news.example.org/six") == 6
        overlap = {}
        hook.hooks[3] = lambda: overlap.setdefault("summary", dispatch_pass(second, settings, story))
        summary = dispatch_pass(first, settings, story)

        assert (summary.claimed, len(summary.sent), summary.lost) == (6, 6, ())
        assert overlap["summary"].claimed == 0
        assert sorted(hook.titles) == sorted(f"{s} endorses Mark Rutte for NATO Secretary General" for s in STATES)
        assert {a.state for a in first.alerts()} == {"sent"}


def test_a_dispatcher_whose_lease_ran_out_leaves_what_another_took_over(
        any_db_url, story, write_settings, receiver):
    """A dispatcher that stalls past its lease between two sends (400 s without renewing) finds its
    remaining claims taken over by a second dispatcher; it sends none of them again."""
    clock = SteppedClock()
    hook = receiver(clock, seconds_per_send=0)
    write_settings({"alerts": {"urls": [hook.url()], "lease_seconds": 300}})
    settings = load_settings()
    with two_dispatchers(any_db_url, clock) as (first, second):
        queue(first, story, settings, STATES[:3], "https://news.example.org/three")
        taken, renew = {}, first.renew_claims

        def stalled_renewal(*args, **kwargs):
            if len(hook.titles) == 1 and not taken:  # after the first send, before the second
                clock.advance(400)
                taken["summary"] = dispatch_pass(second, settings, story)
            return renew(*args, **kwargs)
        first.renew_claims = stalled_renewal
        summary = dispatch_pass(first, settings, story)

        assert len(summary.sent) == 1 and len(summary.lost) == 2
        assert len(taken["summary"].sent) == 2
        assert len(hook.titles) == 3 == len(set(hook.titles))
        assert {a.state for a in first.alerts()} == {"sent"}


def test_alerts_that_died_in_an_outage_are_revived_when_the_route_works_again(
        any_db_url, story, write_settings, receiver):
    clock = SteppedClock()
    hook = receiver(clock)
    write_settings({"alerts": {"urls": [hook.url()], "max_attempts": 2, "backoff_seconds": 60, "revive_hours": 24}})
    settings = load_settings()
    with Store.open(any_db_url, upgrade=True) as store:
        store.clock = clock
        queue(store, story, settings, STATES[:1], "https://news.example.org/old")  # dies, then too old to revive
        hook.up = False
        dispatch_pass(store, settings, story)
        clock.advance(61)
        dispatch_pass(store, settings, story)
        clock.advance(25 * 3600)
        queue(store, story, settings, STATES[1:3], "https://news.example.org/outage")  # the ~15 min outage
        dispatch_pass(store, settings, story)
        clock.advance(61)
        summary = dispatch_pass(store, settings, story)
        assert {f.state for f in summary.failed} == {"dead"}
        assert [a.state for a in store.alerts()] == ["dead", "dead", "dead"]

        hook.up = True
        clock.advance(15 * 60)
        queue(store, story, settings, STATES[3:4], "https://news.example.org/back")
        summary = dispatch_pass(store, settings, story)
        assert (len(summary.sent), summary.revived) == (1, 2)
        revived = [a for a in store.alerts() if a.state == "pending"]
        assert [(a.attempts, a.last_error.startswith("URL 1 (json)")) for a in revived] == [(0, True), (0, True)]
        summary = dispatch_pass(store, settings, story)
        assert len(summary.sent) == 2
        assert [a.state for a in store.alerts()] == ["dead", "sent", "sent", "sent"]
        assert sorted(hook.titles) == sorted(f"{s} endorses Mark Rutte for NATO Secretary General"
                                             for s in STATES[1:4])
        # Later successes do not revive the old one, nor anything that died before them.
        queue(store, story, settings, STATES[4:5], "https://news.example.org/later")
        assert dispatch_pass(store, settings, story).revived == 0


def headline(state: str) -> str:
    return f"{state} endorses Mark Rutte for NATO Secretary General"


@pytest.fixture
def down_receiver():
    """A webhook receiver on a port where nothing listens yet (connection refused): `start()` it."""
    receiver = HttpReceiver()
    yield receiver
    receiver.stop()


def test_alerts_that_died_while_the_receiver_was_down_are_sent_when_it_is_back_without_new_news(
        any_db_url, story, write_settings, down_receiver, runner):
    """No new alert comes after the outage: a probe (one dead alert, once its probe time has come)
    finds the receiver back, and that delivery revives the rest. Each alert arrives once."""
    clock = SteppedClock()
    write_settings({"alerts": {"urls": [down_receiver.url()], "max_attempts": 2, "backoff_seconds": 60,
                               "revive_hours": 24}})
    settings = load_settings()
    with Store.open(any_db_url, upgrade=True) as store:
        store.clock = clock
        queue(store, story, settings, STATES[:2], "https://news.example.org/outage")
        dispatch_pass(store, settings, story)
        clock.advance(61)
        assert {f.state for f in dispatch_pass(store, settings, story).failed} == {"dead"}
        dead = store.alerts()
        assert [(a.state, a.failure) for a in dead] == [("dead", "unreachable")] * 2
        assert all(a.last_error.startswith("URL 1 (json): no answer: ConnectError") for a in dead)
        # What the operator sees: why each one is dead, and that it will come back.
        listing = invoke(runner, "alerts", "--db", any_db_url)
        assert listing.exit_code == 0 and listing.stdout.count("dead (unreachable)") == 2
        rows = [json.loads(line) for line in invoke(runner, "alerts", "--db", any_db_url, "--json").stdout.splitlines()]
        assert [(r["state"], r["failure"], r["revivals"]) for r in rows] == [("dead", "unreachable", 0)] * 2
        assert ("Alerts not delivered: 2 dead (2 unreachable: sent again when their route answers, within "
                "alerts.revive_hours; 0 rejected)") in invoke(runner, "status", "--db", any_db_url).stdout

        down_receiver.start()
        # Not yet: the first probe comes where the backoff would have gone next (60 s * 2**2).
        assert dispatch_pass(store, settings, story).claimed == 0
        clock.advance(240)
        summary = dispatch_pass(store, settings, story)
        assert (summary.claimed, len(summary.sent), summary.revived) == (1, 1, 1)
        assert len(dispatch_pass(store, settings, story).sent) == 1
        assert sorted(down_receiver.tried) == sorted(headline(s) for s in STATES[:2])
        assert [(a.state, a.failure, a.revivals) for a in store.alerts()] == [("sent", None, 0), ("sent", None, 1)]
        assert "Alerts not delivered" not in invoke(runner, "status", "--db", any_db_url).stdout


def test_a_rejected_alert_is_never_resent_and_one_that_always_fails_comes_back_a_bounded_number_of_times(
        any_db_url, story, write_settings, http_receiver):
    """The receiver rejects one message (HTTP 400) and answers 503 to another every time, and
    accepts the rest; new news keeps the route delivering."""
    rejected, failing = headline("Germany"), headline("France")
    http_receiver.status_for = lambda title: {rejected: 400, failing: 503}.get(title, 200)
    clock = SteppedClock()
    write_settings({"alerts": {"urls": [http_receiver.url()], "max_attempts": 2, "backoff_seconds": 60,
                               "revive_hours": 24}})
    settings = load_settings()
    with Store.open(any_db_url, upgrade=True) as store:
        store.clock = clock
        queue(store, story, settings, ["France", "Germany"], "https://news.example.org/first")
        for state in [*STATES[2:], "Denmark", "Greece", "Latvia"]:
            queue(store, story, settings, [state], f"https://news.example.org/{state}")
            for _ in range(4):
                dispatch_pass(store, settings, story)
                clock.advance(61)
        clock.advance(3 * 3600)  # long after: no probe, no revival is left
        for _ in range(3):
            dispatch_pass(store, settings, story)
            clock.advance(3600)

        by_state = {a.event.actor: a for a in store.alerts()}
        assert (by_state["Germany"].state, by_state["Germany"].failure, by_state["Germany"].revivals) == (
            "dead", "rejected", 0)
        assert (by_state["France"].state, by_state["France"].failure, by_state["France"].revivals) == (
            "dead", "unreachable", MAX_REVIVALS)
        assert http_receiver.tried.count(rejected) == 2
        assert http_receiver.tried.count(failing) == 2 * (1 + MAX_REVIVALS)
        assert all(a.state == "sent" for s, a in by_state.items() if s not in ("France", "Germany"))


@pytest.mark.parametrize("answer, unreachable", [
    ("no answer: ConnectError: [Errno 111] Connection refused", True),
    ("no answer: ReadTimeout: timed out", True),
    ("HTTP 503: try later", True), ("HTTP 500", True), ("HTTP 429", True), ("HTTP 408", True),
    ("HTTP 400: invalid payload, timeout field missing", False), ("HTTP 404", False), ("HTTP 403: forbidden", False),
    ("A Connection error occurred posting to Slack.", True),
    ("Failed to send to Slack: Service Unavailable - error=503.", True),
    ("Failed to send to Slack: Bad Request - error=400.", False),
    ('Connection error while submitting email to "127.0.0.1"', True),
    ('Sending email to "desk@example.org" failed.', False),
    ("not a usable apprise URL", False),
])
def test_an_outage_is_told_apart_from_a_rejection(answer, unreachable):
    assert is_unreachable(answer) is unreachable
