"""The poll_feeds flow and its fetch task under Prefect (few tests: Prefect starts slowly; the logic is
tested without Prefect in test_poll.py)."""
from __future__ import annotations

import time

import pytest
from feedpages import article_page, rss
from prefect import flow

from natowatch.flows.reader.feeds import Feed
from natowatch.flows.reader.feedfetch import FETCH_RETRIES
from natowatch.flows.pipelines.prefect_flows import fetch_feed_task, poll_feeds
from natowatch.storage import Store


@pytest.mark.prefect
def test_poll_feeds_flow_stores_new_items_then_sees_nothing_new(prefect_harness, server, seed_articles, tmp_path):
    items = []
    for seed in seed_articles:
        path = f"/news/{seed.stem}.html"
        server.expect_request(path).respond_with_data(article_page(seed.title, seed.text, seed.published),
                                                      content_type="text/html")
        items.append(dict(guid=seed.stem, title=seed.title, link=server.url_for(path), published=seed.published))
    server.expect_request("/wire.xml").respond_with_data(rss(items), content_type="application/rss+xml")
    server.expect_request("/missing.xml").respond_with_data("", status=404)
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text(f"feeds:\n  - {{name: wire, url: '{server.url_for('/wire.xml')}'}}\n"
                     f"  - {{name: missing, url: '{server.url_for('/missing.xml')}'}}\n"
                     "  - {name: broken}\n")
    database = f"sqlite:///{tmp_path / 'natowatch.db'}"

    started = time.perf_counter()
    reports = {r.feed: r for r in poll_feeds(feeds_file=str(feeds), database_url=database, once=True)}
    print(f"\npoll_feeds flow over the {len(items)}-page local feed: {time.perf_counter() - started:.2f} s")

    assert (reports["wire"].outcome, reports["wire"].new_items) == ("updated", len(items))
    assert reports["missing"].outcome == "failed"
    with Store.open(database) as store:
        assert store.feed_state("wire").last_status == 200
        assert store.feed_state("missing").consecutive_failures == 1
    # Not due yet: a second run polls nothing.
    assert poll_feeds(feeds_file=str(feeds), database_url=database, once=True) == []


@pytest.mark.prefect
def test_fetch_task_retries_transient_errors_then_returns_the_failure(prefect_harness, server, limits):
    server.expect_request("/busy.xml").respond_with_data("try later", status=503)
    quick_retries = fetch_feed_task.with_options(retry_delay_seconds=0)

    @flow
    def fetch_once():
        return quick_retries(Feed("busy", server.url_for("/busy.xml")), None, limits)

    result = fetch_once()
    assert (result.status, result.error, result.transient) == (503, "HTTP 503 SERVICE UNAVAILABLE", True)
    assert len(server.log) == 1 + FETCH_RETRIES
