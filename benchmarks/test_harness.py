"""Checks of the benchmark harness itself (fast; not in the project's test suite, which is
tests/): `.venv/bin/pytest benchmarks/test_harness.py`."""
from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import httpx
import pytest

from benchmarks.corpus import (MAX_PAGE_BYTES, MIN_PAGE_BYTES, feed_path, load_seeds, read_corpus,
                               write_corpus)
from benchmarks.children import ChildRun, tree_rss_bytes
from benchmarks.pipeline import Measurement, child_env, run_child, scale_figures, scale_line
from benchmarks.servers import alert_receiver, corpus_server
from natowatch.extract import html_to_article, is_about_story
from natowatch.flows.reader.feeds import parse_feed
from natowatch.flows.pipelines.feed_ingest import FeedReport
from natowatch.flows.pipelines.poll import summary_lines
from natowatch.flows.settings import REPO_ROOT
from natowatch.flows.files.storyfile import load_story

ARTICLES, FEEDS = 12, 3


@pytest.fixture(scope="module")
def story():
    return load_story(REPO_ROOT / "config" / "stories" / "nato-secretary-general.yaml")


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    with corpus_server(folder) as server:
        articles = write_corpus(folder, load_seeds(REPO_ROOT / "seeds"), ARTICLES, FEEDS, server.base_url)
        yield server, folder, articles


def test_pages_are_news_sized_distinct_articles_about_the_story(served, story):
    _server, folder, articles = served
    assert read_corpus(folder) == articles
    hashes = set()
    for article in articles:
        page_html = (folder / article.path).read_text(encoding="utf-8")
        assert MIN_PAGE_BYTES <= len(page_html.encode("utf-8")) <= MAX_PAGE_BYTES + 1000
        page = html_to_article(page_html, article.url)
        assert f"Reference {article.index:06d}-" in page.text
        assert "cookies" not in page.text and "Related stories" not in page.text  # boilerplate dropped
        assert is_about_story(article.title, page.text, story)
        hashes.add(hashlib.sha256(" ".join(page.text.split()).encode()).hexdigest())
    assert len(hashes) == ARTICLES


def test_feeds_list_every_page_once_and_the_server_serves_them(served):
    server, _folder, articles = served
    links = []
    with httpx.Client() as client:
        for feed in range(FEEDS):
            response = client.get(f"{server.base_url}/{feed_path(feed)}")
            parsed = parse_feed(response.content, content_type=response.headers["content-type"])
            assert parsed.warning is None
            links += [item.link for item in parsed.items]
        assert sorted(links) == sorted(a.url for a in articles)
        page = client.get(articles[0].url)
        assert (page.status_code, page.headers["content-type"]) == (200, "text/html; charset=utf-8")
        assert client.get(f"{server.base_url}/../../etc/passwd").status_code == 404
    assert server.requests.by_suffix == {".xml": FEEDS, ".html": 1}
    assert server.requests.window_seconds > 0


def test_alert_receiver_keeps_what_is_posted():
    with alert_receiver() as receiver:
        httpx.post(f"{receiver.base_url}/alerts", content=b'{"title": "t"}')
    assert receiver.received == [b'{"title": "t"}']


def test_child_peak_memory_is_the_child_s_own():
    run = run_child([sys.executable, "-c", "import time; b = bytearray(150 * 2**20); b[::4096] = b'x' * len(b[::4096]); time.sleep(0.5)"],
                    child_env(), cwd=Path.cwd())
    assert run.returncode == 0
    assert 150 <= run.maxrss_mb < 250
    assert run.tree_peak_mb >= 150
    assert tree_rss_bytes(999_999_999) == 0  # no such process


def test_child_env_drops_the_caller_s_natowatch_settings(monkeypatch):
    monkeypatch.setenv("NATOWATCH_ALERT_URLS", "slack://secret")
    env = child_env(NATOWATCH_FEEDS="/tmp/feeds.yaml")
    assert "NATOWATCH_ALERT_URLS" not in env and env["NATOWATCH_FEEDS"] == "/tmp/feeds.yaml"
    assert "127.0.0.1" in env["NO_PROXY"]


def test_poll_totals_are_read_from_the_poll_s_own_summary():
    lines = summary_lines([FeedReport("a", "updated", items=5, new_items=5, skipped=1, new_events=3, corroborated=7,
                                      alerts_queued=2),
                           FeedReport("b", "updated", items=4, new_items=4, new_events=1, corroborated=2,
                                      alerts_queued=1)])
    run = ChildRun(1.0, 0, "\n".join(lines), "", 0.0, 0.0)
    measurement = Measurement(9, "sqlite", {"seconds": 1.0}, run, 3.0, run, 0, "0.50 0.40 0.30")
    assert measurement.poll_counts == {"new_items": 9, "new_events": 4, "corroborated": 9, "alerts_queued": 3}
    assert measurement.ratio == pytest.approx(3.0)


def test_scale_figures_are_per_article_at_each_size_and_their_ratio():
    def measured(n: int, poll_seconds: float, cpu_seconds: float, floor_seconds: float, load: str) -> Measurement:
        run = ChildRun(poll_seconds + 2.0, 0, "", "", 90.0, 280.0, cpu_seconds)
        floor_run = ChildRun(floor_seconds, 0, "", "", 70.0, 70.0, floor_seconds)
        return Measurement(n, "sqlite", {"seconds": floor_seconds}, floor_run, poll_seconds, run, 0, load)

    base, scaled = measured(1000, 50.0, 40.0, 60.0, "4.00 4.00 4.00"), measured(5000, 275.0, 190.0, 300.0, "6.00 5.00 4.00")
    figures = scale_figures(base, scaled)
    assert figures["wall_ms_per_article"] == {"base": 50.0, "scaled": 55.0, "ratio": 1.1}
    assert figures["cpu_ms_per_article"] == {"base": 40.0, "scaled": 38.0, "ratio": 0.95}
    assert figures["floor_wall_ms_per_article"] == {"base": 60.0, "scaled": 60.0, "ratio": 1.0}
    assert figures["load_average"] == ["4.00 4.00 4.00", "6.00 5.00 4.00"]
    line = scale_line(base, scaled)
    assert "50.0 -> 55.0 ms wall, ratio 1.100 (+10.0%; target within 10%: ok)" in line
    assert "MISSED" not in line.split("peak RSS")[0]
    assert "MISSED" in scale_line(base, measured(5000, 276.0, 190.0, 300.0, "6.00 5.00 4.00"))
