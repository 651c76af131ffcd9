"""Polling without Prefect: a real local HTTP server, a real SQLite store, the real extractor.

The cycle is run through run_cycle with the plain fetch/process functions, the same ones
the Prefect flow wraps as tasks.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
import logging
import sqlite3
import threading
import time

import pytest
from feedpages import article_page, rss
from werkzeug import Request, Response

from natowatch.extract import extract_events
from natowatch.extract.model import ACTOR_TYPES
from natowatch.flows.reader.feeds import Feed
from natowatch.flows.reader.fetch import HostPacer
from natowatch.flows.pipelines.feed_ingest import FeedReport, PollContext, process_feed
from natowatch.flows.pipelines.poll import run_cycle, summary_lines
from natowatch.flows.reader.feedfetch import fetch_each
from natowatch.flows.reader.schedule import DUE_SLACK
from natowatch.storage import Store

T0 = dt.datetime(2024, 6, 1, 12, 0, tzinfo=dt.timezone.utc)


def keys_of(events) -> set[tuple]:
    return {(e.type, e.subject, e.actor if e.type in ACTOR_TYPES else None) for e in events}


def stored_keys_by_article(store, story) -> dict[str, set[tuple]]:
    """Event keys per article URL, from the evidence rows."""
    by_url: dict[str, set[tuple]] = {}
    for event in store.events(story.id):
        for evidence in event.evidence:
            by_url.setdefault(evidence.article_url, set()).add(
                (event.type, event.subject, event.actor if event.type in ACTOR_TYPES else None))
    return by_url


def articles_table(store_path) -> list[sqlite3.Row]:
    with sqlite3.connect(store_path) as connection:
        connection.row_factory = sqlite3.Row
        return connection.execute("SELECT * FROM articles ORDER BY id").fetchall()


def cycle(feeds, ctx, log, now=T0) -> list[FeedReport]:
    return run_cycle(feeds, ctx.store, lambda due: fetch_each(due, ctx.limits),
                     lambda feed, state, result: process_feed(feed, state, result, ctx, log, now=now), log, now=now)


def serve_feed(server, path: str, body: str, *, etag: str | None = None, content_type="application/rss+xml"):
    """A feed handler that honours If-None-Match, like real servers do."""
    def handler(request: Request) -> Response:
        if etag and request.headers.get("If-None-Match") == etag:
            return Response(status=304, headers={"ETag": etag})
        headers = {"ETag": etag} if etag else {}
        return Response(body, content_type=content_type, headers=headers)
    server.expect_request(path).respond_with_handler(handler)
    return server.url_for(path)


def serve_seed_pages(server, seed_articles, host="127.0.0.1") -> list[dict]:
    items = []
    for seed in seed_articles:
        path = f"/news/{seed.stem}.html"
        server.expect_request(path).respond_with_data(article_page(seed.title, seed.text, seed.published),
                                                      content_type="text/html; charset=utf-8")
        link = server.url_for(path).replace("127.0.0.1", host) + "?utm_source=rss&utm_medium=feed"
        items.append(dict(guid=f"seed-{seed.stem}", title=seed.title, link=link,
                          description=seed.text.split("\n")[0], published=seed.published))
    return items


@pytest.fixture
def ctx(store, story, limits):
    # No pause between pages here: test_politeness.py tests the pacing.
    return PollContext(store=store, story=story, routes=(), limits=limits, feeds_file="feeds.yaml",
                       pacer=HostPacer(0.0))


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "natowatch.db"


def test_feed_of_seed_pages_yields_the_seed_events(server, ctx, log, story, seed_articles, db_path):
    url = serve_feed(server, "/wire.xml", rss(serve_seed_pages(server, seed_articles)), etag='"w1"')
    started = time.perf_counter()
    [report] = cycle([Feed("wire", url, 15)], ctx, log)
    elapsed = time.perf_counter() - started
    print(f"\none poll cycle over the {len(seed_articles)}-page local feed: {elapsed:.2f} s")

    assert (report.outcome, report.items, report.new_items, report.skipped) == ("updated", 5, 5, 0)
    by_url = stored_keys_by_article(ctx.store, story)
    for seed in seed_articles:
        expected = keys_of(extract_events(seed.title, seed.text, seed.published, story))
        page_url = server.url_for(f"/news/{seed.stem}.html")
        assert by_url.get(page_url, set()) == expected, seed.stem
    assert sum(len(keys) for keys in by_url.values()) >= len(seed_articles)  # the seeds do hold events
    rows = articles_table(db_path)
    assert {r["text_source"] for r in rows} == {"page"} and {r["source"] for r in rows} == {"feed"}
    assert all("?" not in r["url"] for r in rows)  # tracking parameters stripped


def test_second_poll_is_conditional_and_304_adds_nothing(server, ctx, log, story, seed_articles, db_path):
    url = serve_feed(server, "/wire.xml", rss(serve_seed_pages(server, seed_articles[:2])), etag='"w1"')
    feed = Feed("wire", url, 15)
    cycle([feed], ctx, log)
    events_before, articles_before = len(ctx.store.events(story.id)), len(articles_table(db_path))
    requests_before = len(server.log)

    [report] = cycle([feed], ctx, log, now=T0 + dt.timedelta(minutes=16))

    assert report.outcome == "not_modified"
    feed_requests = [req for req, _ in server.log[requests_before:]]
    assert [r.path for r in feed_requests] == ["/wire.xml"]  # no page fetched again
    assert feed_requests[0].headers.get("If-None-Match") == '"w1"'
    assert (len(ctx.store.events(story.id)), len(articles_table(db_path))) == (events_before, articles_before)
    state = ctx.store.feed_state("wire")
    assert (state.last_status, state.etag, state.consecutive_failures) == (304, '"w1"', 0)


def test_a_feed_is_not_polled_before_it_is_due(server, ctx, log, seed_articles):
    url = serve_feed(server, "/wire.xml", rss([]))
    feed = Feed("wire", url, 15)
    cycle([feed], ctx, log)
    assert cycle([feed], ctx, log, now=T0 + dt.timedelta(minutes=14)) == []
    assert len(server.log) == 1


def test_failing_feed_backs_off_and_recovers(server, ctx, log, seed_articles):
    state = {"healthy": False}

    def flaky(_request):
        if state["healthy"]:
            return Response(rss(serve_seed_pages(server, seed_articles[:1])), content_type="application/rss+xml")
        return Response("database down", status=500)
    server.expect_request("/flaky.xml").respond_with_handler(flaky)
    feed = Feed("flaky", server.url_for("/flaky.xml"), interval_minutes=10)

    now, waits = T0, []
    for failure in (1, 2, 3):
        [report] = cycle([feed], ctx, log, now=now)
        saved = ctx.store.feed_state("flaky")
        assert report.outcome == "failed" and saved.consecutive_failures == failure
        assert saved.last_error == "HTTP 500 INTERNAL SERVER ERROR"
        waits.append(saved.next_poll_at - now)
        assert cycle([feed], ctx, log, now=saved.next_poll_at - DUE_SLACK - dt.timedelta(seconds=1)) == []
        now = saved.next_poll_at
    assert waits == [dt.timedelta(minutes=20), dt.timedelta(minutes=40), dt.timedelta(minutes=80)]

    state["healthy"] = True
    [report] = cycle([feed], ctx, log, now=now)
    saved = ctx.store.feed_state("flaky")
    assert (report.outcome, report.new_items) == ("updated", 1)
    assert (saved.consecutive_failures, saved.last_error) == (0, None)
    assert saved.next_poll_at - now == dt.timedelta(minutes=10)


def test_backoff_is_capped_at_six_hours(server, ctx, log):
    server.expect_request("/down.xml").respond_with_data("", status=503)
    feed = Feed("down", server.url_for("/down.xml"), interval_minutes=60)
    now = T0
    for _ in range(5):
        cycle([feed], ctx, log, now=now)
        now = ctx.store.feed_state("down").next_poll_at
    saved = ctx.store.feed_state("down")
    assert saved.consecutive_failures == 5
    assert saved.next_poll_at - saved.last_polled_at == dt.timedelta(hours=6)


def test_retry_after_is_honoured(server, ctx, log):
    server.expect_request("/busy.xml").respond_with_data("", status=429, headers={"Retry-After": "7200"})
    cycle([Feed("busy", server.url_for("/busy.xml"), 5)], ctx, log)
    assert ctx.store.feed_state("busy").next_poll_at - T0 == dt.timedelta(hours=2)


def test_one_bad_feed_never_stops_the_others(server, silent_url, ctx, log, seed_articles, caplog):
    # The read timeout is what this test is about (the other feeds share it: 5 s, not less).
    ctx = replace(ctx, limits=replace(ctx.limits, read_timeout=5.0))
    server.expect_request("/missing.xml").respond_with_data("not here", status=404)
    server.expect_request("/page.xml").respond_with_data(
        "<!DOCTYPE html><html><body><h1>Our homepage</h1></body></html>", content_type="text/html")
    good = serve_feed(server, "/good.xml", rss(serve_seed_pages(server, seed_articles[:1])))
    feeds = [Feed("hang", f"{silent_url}/hang.xml"), Feed("missing", server.url_for("/missing.xml")),
             Feed("homepage", server.url_for("/page.xml")), Feed("good", good)]

    with caplog.at_level(logging.WARNING, logger=log.name):
        reports = {r.feed: r for r in cycle(feeds, ctx, log)}

    assert reports["good"].outcome == "updated" and reports["good"].new_items == 1
    assert reports["hang"].error == "timed out waiting for data (after 5 s)"
    assert reports["missing"].error == "HTTP 404 NOT FOUND"
    assert reports["homepage"].error == "an HTML page, not a feed (check the feed URL)"
    lines = [r.getMessage() for r in caplog.records]
    for name in ("hang", "missing", "homepage"):
        [line] = [m for m in lines if m.startswith(f"feed {name}:")]
        assert "failure 1 in a row" in line and "\n" not in line


def test_gone_feed_is_disabled_until_its_url_changes(server, ctx, log, caplog):
    server.expect_request("/gone.xml").respond_with_data("", status=410)
    url = server.url_for("/gone.xml")
    with caplog.at_level(logging.WARNING, logger=log.name):
        [report] = cycle([Feed("old", url)], ctx, log)
    assert report.outcome == "gone"
    assert caplog.messages == ["feed old: feed gone (HTTP 410): disabled; change its url in feeds.yaml "
                               "to poll it again"]

    later = T0 + dt.timedelta(days=2)
    [again] = cycle([Feed("old", url)], ctx, log, now=later)
    assert again.outcome == "disabled" and len(server.log) == 1  # not fetched again

    moved = serve_feed(server, "/new.xml", rss([]))
    [revived] = cycle([Feed("old", moved)], ctx, log, now=later)
    assert revived.outcome == "updated" and ctx.store.feed_state("old").last_status == 200


def test_body_over_the_cap_and_redirect_loop_fail_the_feed(server, ctx, log, limits):
    server.expect_request("/huge.xml").respond_with_data("<rss>" + "x" * limits.max_bytes + "</rss>")
    server.expect_request("/loop.xml").respond_with_data("", status=302, headers={"Location": "/loop2.xml"})
    server.expect_request("/loop2.xml").respond_with_data("", status=302, headers={"Location": "/loop.xml"})
    reports = {r.feed: r for r in cycle([Feed("huge", server.url_for("/huge.xml")),
                                         Feed("loop", server.url_for("/loop.xml"))], ctx, log)}
    assert "over the 200000-byte cap" in reports["huge"].error
    assert reports["loop"].error.startswith("redirect loop:")
    assert ctx.store.feed_state("loop").consecutive_failures == 1


def test_malformed_feed_with_entries_is_used_with_a_warning(server, ctx, log, seed_articles, caplog):
    body = rss(serve_seed_pages(server, seed_articles[:1])).replace("</channel></rss>", "<item><title>cut")
    url = serve_feed(server, "/broken.xml", body)
    with caplog.at_level(logging.WARNING, logger=log.name):
        [report] = cycle([Feed("broken", url)], ctx, log)
    assert report.outcome == "updated" and report.new_items >= 1
    assert any(m.startswith("feed broken: malformed feed, read anyway:") for m in caplog.messages)


def test_non_utf8_feed_is_decoded_into_the_stored_text(server, ctx, log, story, db_path):
    text = ("Der niederländische Ministerpräsident Mark Rutte bewirbt sich um den Posten des "
            "NATO-Generalsekretärs, sagte sein Büro in Den Haag.")
    body = rss([dict(guid="z1", title="Rutte will NATO-Generalsekretär werden", description=text,
                     published=dt.date(2023, 10, 20))], encoding="iso-8859-1", language="de")
    server.expect_request("/latin.xml").respond_with_data(body.encode("iso-8859-1"),
                                                          content_type="application/rss+xml")
    [report] = cycle([Feed("zeitung", server.url_for("/latin.xml"), full_page=False)], ctx, log)
    assert report.new_items == 1
    [row] = articles_table(db_path)
    assert row["title"] == "Rutte will NATO-Generalsekretär werden"
    assert (row["language"], row["text_source"], row["published"]) == ("de", "feed", "2023-10-20")


def test_items_without_link_or_date_and_pages_without_text_use_the_feed_text(
        server, ctx, log, story, db_path, caplog):
    server.expect_request("/empty.html").respond_with_data(
        "<!DOCTYPE html><html><body><nav><a href='/'>Home</a></nav></body></html>", content_type="text/html")
    items = [
        dict(guid="no-link", title="Hungary will not back Rutte for NATO Secretary General",
             description="Hungary said it would not back Mark Rutte to become NATO Secretary General."),
        dict(guid="empty-page", title="Romania puts Iohannis forward", link=server.url_for("/empty.html"),
             description="Romania has put forward President Klaus Iohannis as a candidate for NATO "
                         "Secretary General.", published=dt.date(2024, 3, 12)),
        dict(guid="ftp-link", title="Rutte takes office", link="ftp://files.example.org/rutte.txt",
             description="Mark Rutte took office as NATO Secretary General on 1 October."),
    ]
    url = serve_feed(server, "/mixed.xml", rss(items))
    with caplog.at_level(logging.WARNING, logger=log.name):
        [report] = cycle([Feed("mixed", url)], ctx, log)

    assert report.new_items == 3
    rows = {r["title"]: r for r in articles_table(db_path)}
    assert {r["text_source"] for r in rows.values()} == {"feed"}
    assert rows["Hungary will not back Rutte for NATO Secretary General"]["published"] is None
    assert rows["Romania puts Iohannis forward"]["url"] == server.url_for("/empty.html")
    assert caplog.messages == [f"feed mixed: page {server.url_for('/empty.html')}: no article text found; "
                               "using the feed's text"]


def test_page_that_fails_falls_back_to_the_feed_text(server, ctx, log, db_path, caplog):
    server.expect_request("/gone.html").respond_with_data("", status=404)
    items = [dict(guid="g", title="Rutte backed by Germany", link=server.url_for("/gone.html"),
                  description="Germany backs Mark Rutte to become NATO Secretary General.")]
    url = serve_feed(server, "/f.xml", rss(items))
    with caplog.at_level(logging.WARNING, logger=log.name):
        [report] = cycle([Feed("f", url)], ctx, log)
    assert report.new_items == 1 and articles_table(db_path)[0]["text_source"] == "feed"
    assert caplog.messages == [f"feed f: page {server.url_for('/gone.html')}: HTTP 404 NOT FOUND; "
                               "using the feed's text"]


def test_unrelated_articles_are_stored_as_skipped(server, ctx, log, story, db_path):
    items = [dict(guid="football", title="Cup final ends in a draw",
                  description="The cup final ended in a draw after extra time; a replay is set for May.")]
    [report] = cycle([Feed("sport", serve_feed(server, "/sport.xml", rss(items)), full_page=False)], ctx, log)
    assert (report.new_items, report.skipped, report.new_events) == (1, 1, 0)
    assert [bool(r["relevant"]) for r in articles_table(db_path)] == [False]
    assert ctx.store.events(story.id) == []


def test_items_are_stored_once_across_polls_even_when_the_etag_changes(server, ctx, log, seed_articles, db_path):
    items = serve_seed_pages(server, seed_articles[:2])
    server.expect_request("/wire.xml").respond_with_data(rss(items), content_type="application/rss+xml")
    feed = Feed("wire", server.url_for("/wire.xml"), 5)
    cycle([feed], ctx, log)
    [second] = cycle([feed], ctx, log, now=T0 + dt.timedelta(minutes=6))
    assert (second.items, second.new_items) == (2, 0)
    assert len(articles_table(db_path)) == 2


def test_wire_story_from_two_outlets_gives_events_once_with_evidence_from_each(
        server, ctx, log, story, seed_articles):
    seed = seed_articles[1]
    first = serve_feed(server, "/a.xml", rss(serve_seed_pages(server, [seed], host="127.0.0.1")))
    second = serve_feed(server, "/b.xml", rss(serve_seed_pages(server, [seed], host="localhost")))
    reports = cycle([Feed("outlet-a", first), Feed("outlet-b", second)], ctx, log)

    assert [r.new_items for r in reports] == [1, 1]
    assert reports[0].new_events > 0 and reports[1].new_events == 0
    events = ctx.store.events(story.id)
    assert len(events) == reports[0].new_events
    for event in events:
        outlets = {e.article_outlet for e in event.evidence}
        assert outlets == {"127.0.0.1", "localhost"}, event


def test_summary_lines_say_what_happened_per_feed():
    when = dt.datetime(2024, 6, 1, 12, 30, tzinfo=dt.timezone.utc)
    assert summary_lines([]) == ["No feed was due."]
    assert summary_lines([
        FeedReport("wire", "updated", items=5, new_items=2, skipped=1, new_events=3, corroborated=1, alerts_queued=3,
                   next_poll_at=when),
        FeedReport("dw", "not_modified", next_poll_at=when),
        FeedReport("nato", "failed", error="HTTP 404 NOT FOUND", next_poll_at=when),
    ]) == [
        "wire: 5 items, 2 new (1 not about the story), 3 new events, 1 corroborated, 3 alerts queued",
        "dw: not modified (next poll 2024-06-01 12:30 UTC)",
        "nato: failed: HTTP 404 NOT FOUND (next poll 2024-06-01 12:30 UTC)",
    ]


def test_a_crashed_fetch_stays_with_its_feed(server, ctx, log, seed_articles):
    good = serve_feed(server, "/good.xml", rss(serve_seed_pages(server, seed_articles[:1])))
    feeds = [Feed("crashing", "https://crash.example/rss"), Feed("good", good)]

    def fetch_many(due):
        # What the flow's concurrent fetch hands back when a task run itself crashed.
        return [(0, RuntimeError("worker lost")), *((1, r) for _, r in fetch_each(due[1:], ctx.limits))]

    reports = {r.feed: r for r in run_cycle(feeds, ctx.store, fetch_many,
                                            lambda f, s, r: process_feed(f, s, r, ctx, log, now=T0), log, now=T0)}
    assert (reports["crashing"].outcome, reports["crashing"].error) == ("failed", "worker lost")
    assert reports["good"].new_items == 1


def test_two_pollers_racing_on_one_database_count_each_new_item_once(
        server, store, story, limits, log, seed_articles, db_path):
    """Both pollers read the feed's seen items before either stores one (the first page waits
    for both pollers to ask for it), so both try every item; the reports must still add up.

    They process the feed without its lock (run_cycle would make one of them skip it), as a
    poller whose lock connection was lost would: storage alone keeps every item once."""
    pages = {f"/news/{seed.stem}.html": seed for seed in seed_articles}
    first_page = next(iter(pages))
    both_pollers_asked = threading.Barrier(2, timeout=60)

    def page(request: Request) -> Response:
        if request.path == first_page:
            try:
                both_pollers_asked.wait()
            except threading.BrokenBarrierError:
                pass  # no race then: the counts below show it
        seed = pages[request.path]
        return Response(article_page(seed.title, seed.text, seed.published), content_type="text/html")
    for path in pages:
        server.expect_request(path).respond_with_handler(page)
    items = [dict(guid=seed.stem, title=seed.title, link=server.url_for(path), published=seed.published)
             for path, seed in pages.items()]
    feed = Feed("wire", serve_feed(server, "/wire.xml", rss(items)), 15)

    reports: list[FeedReport] = []

    def poller():
        with Store.open(f"sqlite:///{db_path}") as own_store:  # its own connections, like another process
            ctx = PollContext(store=own_store, story=story, routes=(), limits=limits, pacer=HostPacer(0.0))
            [(_, result)] = fetch_each([(feed, None)], limits)
            reports.append(process_feed(feed, None, result, ctx, log, now=T0))
    threads = [threading.Thread(target=poller) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert [r.outcome for r in reports] == ["updated", "updated"]
    assert [req.path for req, _ in server.log].count(first_page) == 2  # both pollers tried every item
    assert sum(r.new_items for r in reports) == len(items)
    assert sum(r.new_events for r in reports) == len(store.events(story.id)) > 0
    assert len(store.seen_items("wire")) == len(items)
    assert len(articles_table(db_path)) == len(items)


def test_a_feed_another_poller_is_polling_is_skipped_as_busy(
        server, store, story, limits, log, seed_articles, db_path):
    """The first poller is held after taking the feed (before fetching it): the second one
    neither fetches the feed nor stores anything, and says why; the first then stores it all."""
    feed = Feed("wire", serve_feed(server, "/wire.xml", rss(serve_seed_pages(server, seed_articles))), 15)
    took_the_feed, release = threading.Event(), threading.Event()

    def held_fetch(due):
        took_the_feed.set()
        release.wait(timeout=30)
        return fetch_each(due, limits)

    def poll(fetch_many) -> list[FeedReport]:
        with Store.open(f"sqlite:///{db_path}") as own_store:  # its own connections, like another process
            ctx = PollContext(store=own_store, story=story, routes=(), limits=limits, pacer=HostPacer(0.0))
            return run_cycle([feed], own_store, fetch_many,
                             lambda f, state, result: process_feed(f, state, result, ctx, log, now=T0), log, now=T0)
    first: list[FeedReport] = []
    holder = threading.Thread(target=lambda: first.extend(poll(held_fetch)))
    holder.start()
    try:
        assert took_the_feed.wait(timeout=30)
        second = poll(lambda due: fetch_each(due, limits))
    finally:
        release.set()
        holder.join()

    assert [(r.outcome, r.error) for r in second] == [("busy", "being polled by another poller")]
    assert summary_lines(second) == ["wire: busy: being polled by another poller"]
    assert [req.path for req, _ in server.log].count("/wire.xml") == 1
    assert [(r.outcome, r.new_items) for r in first] == [("updated", len(seed_articles))]
    assert len(articles_table(db_path)) == len(seed_articles)
