"""Alerts beyond "a new event": min_sources, stance changes, consensus moments, per-URL
delivery marks and digest claims, on SQLite and PostgreSQL."""
from __future__ import annotations

import datetime as dt
import threading

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from natowatch.storage import RouteRule, Store, StoryFacts
from natowatch.storage.db import normalise_url
from natowatch.storage.migrate import alembic_config
from natowatch.storage.outbox import url_hash

STORY = "nato-sg"
STANCES = frozenset({"endorsement", "opposition"})
EVERY_KIND = frozenset({"endorsement", "opposition", "stance_change", "consensus"})
THREE = StoryFacts(members=frozenset({"Hungary", "Netherlands", "Romania"}), consensus_required=3)


def later(**delta) -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc) + dt.timedelta(**delta)


def kinds(store) -> list[tuple[str, str]]:
    return sorted((a.route, a.kind) for a in store.alerts())


def test_min_sources_queues_when_the_nth_distinct_article_reports_the_event(store, make_article, make_event):
    routes = [RouteRule("at-once", STANCES), RouteRule("two", STANCES, min_sources=2)]
    first = store.ingest(STORY, make_article(1), [make_event(actor="France")], routes)
    assert first.alerts_queued == 1 and kinds(store) == [("at-once", "event")]
    # More evidence from the same article is not a second source.
    again = store.ingest(STORY, make_article(1, text="Changed body."),
                         [make_event(actor="France", evidence="Paris backs Rutte, it said.")], routes)
    assert again.article_id == first.article_id and again.alerts_queued == 0
    second = store.ingest(STORY, make_article(2), [make_event(actor="France", evidence="France is for Rutte.")],
                          routes)
    assert second.alerts_queued == 1  # queued by the ingest that added the second source
    assert kinds(store) == [("at-once", "event"), ("two", "event")]
    [two] = [a for a in store.alerts() if a.route == "two"]
    assert two.key == f"event:{first.new_events[0].id}" and two.event.sources == 2
    assert store.ingest(STORY, make_article(3), [make_event(actor="France", evidence="Yes, France.")],
                        routes).alerts_queued == 0


def test_a_reversed_stance_is_one_alert_naming_the_earlier_date(store, make_article, make_event):
    routes = [RouteRule("desk", EVERY_KIND)]
    store.ingest(STORY, make_article(1, published=dt.date(2024, 3, 6)),
                 [make_event("opposition", actor="Hungary", date=None)], routes, THREE)
    result = store.ingest(STORY, make_article(2, published=dt.date(2024, 6, 18)),
                          [make_event("endorsement", actor="Hungary", date=None)], routes, THREE)
    assert result.alerts_queued == 2  # the endorsement, and the stance change, in the same transaction
    [change] = [a for a in store.alerts() if a.kind == "stance_change"]
    endorsement = result.new_events[0]
    assert change.key == f"stance:{endorsement.id}" and change.event.id == endorsement.id
    assert change.detail == {"subject": "Mark Rutte", "actor": "Hungary", "stance": "endorsement",
                             "before": "opposition", "before_date": "2024-03-06"}
    again = store.ingest(STORY, make_article(3), [make_event("endorsement", actor="Hungary", evidence="Again.")],
                         routes, THREE)
    assert again.alerts_queued == 0


def test_backing_then_opposing_is_a_change_too(store, make_article, make_event):
    routes = [RouteRule("desk", frozenset({"stance_change"}))]
    store.ingest(STORY, make_article(1), [make_event("endorsement", actor="Romania")], routes)
    store.ingest(STORY, make_article(2), [make_event("opposition", actor="Romania")], routes)
    [change] = store.alerts()
    assert (change.detail["stance"], change.detail["before"], change.detail["before_date"]) == (
        "opposition", "endorsement", "2024-03-02")


def test_no_stance_change_from_one_article_or_from_older_news(store, make_article, make_event):
    routes = [RouteRule("desk", frozenset({"stance_change"}))]
    # One article telling both stances is history, not a change.
    store.ingest(STORY, make_article(1), [make_event("opposition", actor="Hungary"),
                                          make_event("endorsement", actor="Hungary")], routes)
    # The "new" stance is dated before the one already known: old news arriving late.
    store.ingest(STORY, make_article(2), [make_event("opposition", actor="Turkey", date=dt.date(2024, 6, 1))],
                 routes)
    store.ingest(STORY, make_article(3), [make_event("endorsement", actor="Turkey", date=dt.date(2024, 3, 1))],
                 routes)
    assert store.alerts() == []


def test_with_story_facts_only_member_states_change_stance(store, make_article, make_event):
    routes = [RouteRule("desk", frozenset({"stance_change"}))]
    store.ingest(STORY, make_article(1), [make_event("opposition", actor="NATO")], routes, THREE)
    store.ingest(STORY, make_article(2), [make_event("endorsement", actor="NATO")], routes, THREE)
    assert store.alerts() == []


def test_route_statuses_apply_to_the_event_that_caused_a_story_alert(store, make_article, make_event):
    routes = [RouteRule("confirmed-only", frozenset({"stance_change"}), frozenset({"confirmed"}))]
    store.ingest(STORY, make_article(1), [make_event("opposition", actor="Hungary")], routes)
    store.ingest(STORY, make_article(2), [make_event("endorsement", actor="Hungary", status="tentative")], routes)
    assert store.alerts() == []


def test_one_ally_short_then_consensus_each_alert_once(store, make_article, make_event):
    routes = [RouteRule("desk", EVERY_KIND), RouteRule("events-only", STANCES)]
    store.ingest(STORY, make_article(1), [make_event(actor="Netherlands")], routes, THREE)
    assert [a.kind for a in store.alerts()] == ["event", "event"]
    store.ingest(STORY, make_article(2), [make_event(actor="Hungary")], routes, THREE)
    [holdout] = [a for a in store.alerts() if a.kind == "consensus"]
    assert holdout.route == "desk" and holdout.key == f"holdout:{STORY}:Mark Rutte:Romania"
    assert holdout.detail == {"subject": "Mark Rutte", "backing": 2, "members": 3, "required": 3,
                              "moment": "last_holdout", "holdout": "Romania", "holdout_opposes": False}
    result = store.ingest(STORY, make_article(3), [make_event(actor="Romania")], routes, THREE)
    assert result.alerts_queued == 3  # two event alerts and the consensus
    reached = [a for a in store.alerts() if a.kind == "consensus" and a.detail["moment"] == "reached"]
    assert [(a.key, a.event.actor, a.detail["backing"]) for a in reached] == [
        (f"consensus:{STORY}:Mark Rutte", "Romania", 3)]
    # The same stances again, from new articles: nothing new.
    for n, state in enumerate(["Netherlands", "Hungary", "Romania"], start=4):
        assert store.ingest(STORY, make_article(n), [make_event(actor=state, evidence=f"{state} again.")],
                            routes, THREE).alerts_queued == 0


def test_the_last_holdout_may_be_an_opponent(store, make_article, make_event):
    routes = [RouteRule("desk", frozenset({"consensus"}))]
    store.ingest(STORY, make_article(1), [make_event("opposition", actor="Hungary"),
                                          make_event(actor="Netherlands"), make_event(actor="Romania")],
                 routes, THREE)
    [holdout] = store.alerts()
    assert (holdout.detail["holdout"], holdout.detail["holdout_opposes"]) == ("Hungary", True)


def test_without_story_facts_there_are_no_consensus_moments(store, make_article, make_event):
    routes = [RouteRule("desk", frozenset({"consensus"}))]
    for n, state in enumerate(sorted(THREE.members), start=1):
        store.ingest(STORY, make_article(n), [make_event(actor=state)], routes)
    assert store.alerts() == []


@pytest.mark.parametrize("min_sources", [1, 2])
def test_concurrent_last_endorsements_still_reach_consensus_once(store, database_url, make_article, make_event,
                                                                 min_sources):
    """Two transactions each adding one of the last two endorsements (or, for a route with
    min_sources=2, their second sources): one of them must see the other's (PostgreSQL
    serialises stance ingests per story; SQLite writers are serial)."""
    facts = StoryFacts(members=frozenset({"A", "B", "C", "D"}), consensus_required=4)
    routes = [RouteRule("desk", frozenset({"consensus"}), min_sources=min_sources)]
    for round_ in range(3):
        subject = f"Candidate {round_}"
        # Every state one source short, but for A and B.
        earlier = [{"A", "B"}] if min_sources == 1 else [{"A", "B", "C", "D"}, {"A", "B"}]
        for n, states in enumerate(earlier):
            store.ingest(STORY, make_article(100 + 10 * round_ + n),
                         [make_event(subject=subject, actor=state) for state in sorted(states)], routes, facts)
        start = threading.Barrier(2)
        errors: list[BaseException] = []

        def add(state: str, n: int) -> None:
            try:
                with Store.open(database_url) as own:
                    start.wait()
                    own.ingest(STORY, make_article(n), [make_event(subject=subject, actor=state)], routes, facts)
            except BaseException as exc:  # reported below: a thread's exception is otherwise lost
                errors.append(exc)

        threads = [threading.Thread(target=add, args=(state, 200 + 10 * round_ + i))
                   for i, state in enumerate("CD")]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert not errors
        reached = [a for a in store.alerts() if a.event.subject == subject and a.detail["moment"] == "reached"]
        assert len(reached) == 1, subject


def test_a_min_sources_route_counts_only_stances_with_that_many_sources_toward_consensus(
        store, make_article, make_event):
    routes = [RouteRule("at-once", frozenset({"consensus"})), RouteRule("two", frozenset({"consensus"}), min_sources=2)]

    def report(n: int, state: str, type_: str = "endorsement") -> None:
        store.ingest(STORY, make_article(n), [make_event(type_, actor=state, evidence=f"{state} {type_} {n}.")],
                     routes, THREE)

    def moments(route: str) -> list[tuple[str, int]]:
        return [(a.detail["moment"], a.detail["backing"]) for a in store.alerts() if a.route == route]

    for n, state in enumerate(["Netherlands", "Hungary", "Romania"], start=1):
        report(n, state)
    assert moments("at-once") == [("last_holdout", 2), ("reached", 3)]
    assert moments("two") == []  # every stance has one source
    report(4, "Netherlands")
    report(5, "Hungary")  # two states with two sources each: Romania is the last holdout for "two"
    [holdout] = [a for a in store.alerts() if a.route == "two"]
    assert (holdout.detail["holdout"], holdout.event.actor) == ("Romania", "Hungary")
    # A newer opposition from one article does not outweigh Hungary's corroborated endorsement.
    store.ingest(STORY, make_article(6), [make_event("opposition", actor="Hungary", date=dt.date(2024, 6, 1))],
                 routes, THREE)
    report(7, "Romania")
    assert moments("two") == [("last_holdout", 2), ("reached", 3)]
    [reached] = [a for a in store.alerts() if a.route == "two" and a.detail["moment"] == "reached"]
    assert (reached.event.actor, reached.event.sources) == ("Romania", 2)
    # Its second source brings the (newer) opposition into the count of "two": Hungary holds out.
    report(8, "Hungary", "opposition")
    assert moments("two") == [("last_holdout", 2), ("reached", 3), ("last_holdout", 2)]
    last = store.alerts()[-1]
    assert (last.route, last.detail["holdout"], last.detail["holdout_opposes"]) == ("two", "Hungary", True)


def test_delivered_urls_are_recorded_once_as_hashes(store, make_article, make_event):
    store.ingest(STORY, make_article(1), [make_event(actor="France"), make_event(actor="Italy")],
                 [RouteRule("desk", STANCES)])
    ids = [a.id for a in store.claim_alerts(10)]
    secret_url = "json://user:secretpass@127.0.0.1:9/hook"
    store.mark_delivered(ids, secret_url)
    store.mark_delivered(ids[:1], secret_url)
    store.mark_delivered(ids[:1], "json://127.0.0.1:9/other")
    marks = {a.id: a.delivered_urls for a in store.alerts()}
    assert marks == {ids[0]: (url_hash(secret_url), url_hash("json://127.0.0.1:9/other")),
                     ids[1]: (url_hash(secret_url),)}
    with store._engine.connect() as connection:
        stored = connection.execute(text("SELECT delivered_urls, last_error FROM alerts")).all()
    assert "secretpass" not in repr(stored)


def test_a_digest_route_is_claimed_whole_once_its_oldest_alert_has_waited(store, make_article, make_event):
    routes = [RouteRule("digest", STANCES), RouteRule("single", STANCES)]
    store.ingest(STORY, make_article(1), [make_event(actor=s) for s in ("France", "Italy", "Spain")], routes)
    windows = {"digest": 600}
    now = [a.route for a in store.claim_alerts(10, digest_seconds=windows)]
    assert now == ["single"] * 3
    assert store.claim_alerts(10, now=later(minutes=9), lease_seconds=3600, digest_seconds=windows) == []
    # The window is over: every due alert of the route comes, even beyond the limit.
    digest = store.claim_alerts(1, now=later(minutes=11), lease_seconds=3600, digest_seconds=windows)
    assert [a.route for a in digest] == ["digest"] * 3
    store.mark_all_sent([a.id for a in digest])
    assert {a.state for a in store.alerts() if a.route == "digest"} == {"sent"}


def test_a_failed_digest_fails_together(store, make_article, make_event):
    store.ingest(STORY, make_article(1), [make_event(actor=s) for s in ("France", "Italy")],
                 [RouteRule("digest", STANCES)])
    claimed = store.claim_alerts(10, now=later(minutes=2), digest_seconds={"digest": 60})
    failed = store.mark_all_failed([a.id for a in claimed], "URL 1 (json): HTTP 500", backoff_seconds=30)
    assert [(a.state, a.attempts, a.last_error) for a in failed] == [("pending", 1, "URL 1 (json): HTTP 500")] * 2


def test_upgrading_a_0001_database_keeps_its_alerts_as_event_alerts(database_url):
    engine = create_engine(normalise_url(database_url))
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.execute(text(
            "INSERT INTO articles (url, content_hash, title, outlet, language, source, text_source, relevant, "
            "created_at) VALUES ('u', 'h', 't', 'o', 'en', 'seed', 'file', true, CURRENT_TIMESTAMP)"))
        connection.execute(text(
            "INSERT INTO events (story_id, type, subject, actor_key, status, confidence, first_article_id, "
            "created_at) VALUES ('s', 'appointment', 'Mark Rutte', '', 'confirmed', 0.9, 1, CURRENT_TIMESTAMP)"))
        connection.execute(text(
            "INSERT INTO alerts (route, key, event_id, state, attempts, next_attempt_at, created_at, updated_at) "
            "VALUES ('console', 'event:1', 1, 'pending', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))
    engine.dispose()
    with Store.open(database_url, upgrade=True) as store:
        [alert] = store.alerts()
    assert (alert.kind, alert.detail, alert.delivered_urls, alert.event.subject) == ("event", {}, (), "Mark Rutte")


@pytest.mark.parametrize("bad", ["stance", "nonsense"])
def test_the_schema_refuses_an_unknown_alert_kind(store, make_article, make_event, bad):
    from sqlalchemy.exc import IntegrityError

    store.ingest(STORY, make_article(1), [make_event()], [RouteRule("desk", STANCES)])
    with pytest.raises(IntegrityError), store._engine.begin() as connection:
        connection.execute(text("UPDATE alerts SET kind = :kind"), {"kind": bad})


def test_concurrent_last_sources_of_an_event_queue_its_alert_once(store, database_url, make_article, make_event):
    """Two transactions each adding one of the last sources a min_sources route waits for: one
    of them must count the other's evidence (PostgreSQL serialises them per story)."""
    routes = [RouteRule("sure", frozenset({"candidacy"}), min_sources=3)]
    for round_ in range(3):
        subject = f"Candidate {round_}"
        store.ingest(STORY, make_article(300 + 10 * round_), [make_event("candidacy", subject, None)], routes)
        start = threading.Barrier(2)
        errors: list[BaseException] = []

        def add(n: int) -> None:
            try:
                with Store.open(database_url) as own:
                    start.wait()
                    own.ingest(STORY, make_article(n), [make_event("candidacy", subject, None)], routes)
            except BaseException as exc:  # reported below: a thread's exception is otherwise lost
                errors.append(exc)

        threads = [threading.Thread(target=add, args=(400 + 10 * round_ + i,)) for i in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert not errors
        assert len([a for a in store.alerts() if a.event.subject == subject]) == 1, subject
