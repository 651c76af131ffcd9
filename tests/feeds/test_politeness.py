"""Per-host politeness of a poll cycle's page fetches, against the real local HTTP server.

The server is reached under two host names (127.0.0.1 and localhost) so one server plays
two sites. Spacing is asserted from the server's own arrival times, and only as a lower
bound: a loaded machine may be slower, never faster.
"""
from __future__ import annotations

import logging
import threading
import time

import pytest
from feedpages import article_page, rss
from werkzeug import Request, Response

from natowatch.flows.reader.feeds import Feed
from natowatch.flows.reader.fetch import HostPacer
from natowatch.flows.pipelines.feed_ingest import PollContext, process_feed
from natowatch.flows.pipelines.poll import run_cycle
from natowatch.flows.reader.feedfetch import fetch_each
from natowatch.flows.settings import SettingsError, load_settings

DELAY = 0.2
HOSTS = ("127.0.0.1", "localhost")


class Site:
    """Seed articles served as pages on both host names, recording when each request arrived."""

    def __init__(self, server, seed_articles):
        self.server = server
        self.pages = {f"/news/{seed.stem}.html": seed for seed in seed_articles}
        self.arrivals: list[tuple[str, str, float]] = []   # (host, path, monotonic time)
        self.answers: dict[tuple[str, str], Response] = {}  # (host, path) -> a canned answer instead
        self.before_answer = lambda host, path: None
        for path in self.pages:
            server.expect_request(path).respond_with_handler(self.page)

    def page(self, request: Request) -> Response:
        host = request.host.split(":")[0]
        self.arrivals.append((host, request.path, time.monotonic()))
        self.before_answer(host, request.path)
        if (host, request.path) in self.answers:
            return self.answers[(host, request.path)]
        seed = self.pages[request.path]
        return Response(article_page(seed.title, seed.text, seed.published), content_type="text/html")

    def link(self, host: str, path: str) -> str:
        return self.server.url_for(path).replace("127.0.0.1", host)

    def feed_items(self) -> list[dict]:
        """Every page on both hosts, the hosts interleaved as in an aggregator's feed."""
        return [dict(guid=f"{host}{path}", title=seed.title, link=self.link(host, path),
                     description=seed.text.split("\n")[0], published=seed.published)
                for path, seed in self.pages.items() for host in HOSTS]

    def requested(self, host: str) -> list[str]:
        return [path for h, path, _ in self.arrivals if h == host]


@pytest.fixture
def site(server, seed_articles):
    return Site(server, seed_articles[:3])


@pytest.fixture
def ctx(store, story, limits):
    # The shared limits' read timeout is well above any wait in these handlers: a slow answer is
    # not a failure here.
    return PollContext(store=store, story=story, routes=(), limits=limits,
                       feeds_file="feeds.yaml", pacer=HostPacer(DELAY))


def poll(server, site, ctx, log) -> None:
    server.expect_request("/agg.xml").respond_with_data(rss(site.feed_items()), content_type="application/rss+xml")
    feeds = [Feed("aggregator", server.url_for("/agg.xml"))]
    [report] = run_cycle(feeds, ctx.store, lambda due: fetch_each(due, ctx.limits),
                         lambda feed, state, result: process_feed(feed, state, result, ctx, log), log)
    assert (report.outcome, report.new_items) == ("updated", len(site.feed_items())), report


def test_pages_of_one_host_are_spaced_and_other_hosts_are_read_meanwhile(server, site, ctx, log):
    other_host_asked = threading.Event()
    first_page_saw_other_host: list[bool] = []

    def hold_first_page_until_the_other_host_is_asked(host, path):
        if host == "localhost":
            other_host_asked.set()
        elif not first_page_saw_other_host:
            # Read one host after the other, the other host would only be asked after this returns.
            first_page_saw_other_host.append(other_host_asked.wait(timeout=60))
    site.before_answer = hold_first_page_until_the_other_host_is_asked

    poll(server, site, ctx, log)

    assert first_page_saw_other_host == [True]
    for host in HOSTS:
        times = [at for h, _, at in site.arrivals if h == host]
        assert len(times) == len(site.pages)
        gaps = [later - earlier for earlier, later in zip(times, times[1:])]
        print(f"\n{host}: gaps between page requests {[round(g, 3) for g in gaps]} (delay {DELAY} s)")
        assert min(gaps) >= DELAY


@pytest.mark.parametrize("answer", [
    Response("slow down", status=429, headers={"Retry-After": "120"}),
    Response("slow down", status=429),
    Response("maintenance", status=503, headers={"Retry-After": "120"}),
], ids=["429-retry-after", "429", "503-retry-after"])
def test_a_host_that_asks_to_wait_is_not_asked_again_this_cycle(server, site, ctx, log, caplog, answer):
    first_page = next(iter(site.pages))
    site.answers[("127.0.0.1", first_page)] = answer

    with caplog.at_level(logging.WARNING, logger=log.name):
        poll(server, site, ctx, log)

    assert site.requested("127.0.0.1") == [first_page]
    assert site.requested("localhost") == list(site.pages)
    told = f"HTTP {answer.status_code}" + (" (Retry-After 120)" if "Retry-After" in answer.headers else "")
    skipped = [m for m in caplog.messages if "earlier in this poll" in m]
    assert skipped == [f"feed aggregator: page {site.link('127.0.0.1', path)}: not fetched: 127.0.0.1 answered "
                       f"{told} earlier in this poll; using the feed's text" for path in list(site.pages)[1:]]

    # The next cycle has a new pacer: the host is asked again (a second feed listing the same items).
    site.answers.clear()
    next_cycle = ctx.new_cycle(DELAY)
    run_cycle([Feed("aggregator-mirror", server.url_for("/agg.xml"))], ctx.store,
              lambda due: fetch_each(due, ctx.limits),
              lambda feed, state, result: process_feed(feed, state, result, next_cycle, log), log)
    assert site.requested("127.0.0.1") == [first_page, *site.pages]


def test_a_503_without_retry_after_is_one_page_failing_not_the_host(server, site, ctx, log):
    first_page = next(iter(site.pages))
    site.answers[("127.0.0.1", first_page)] = Response("oops", status=503)
    poll(server, site, ctx, log)
    assert site.requested("127.0.0.1") == list(site.pages)


# --- the setting -------------------------------------------------------------------------------

def test_host_delay_setting_from_the_file_and_the_environment(tmp_path):
    settings_file = tmp_path / "settings.yaml"
    settings_file.write_text("polling:\n  host_delay_seconds: 2.5\n")
    assert load_settings(settings_file, environ={}).polling.host_delay_seconds == 2.5
    assert load_settings(settings_file, environ={"NATOWATCH_HOST_DELAY_SECONDS": "0"}).polling.host_delay_seconds == 0
    settings_file.write_text("data_dir: data\n")
    assert load_settings(settings_file, environ={}).polling.host_delay_seconds == 1.0


@pytest.mark.parametrize("value", ["-1", "soon", "true", ".nan", "{seconds: 1}"])
def test_bad_host_delay_in_the_file_is_one_line_naming_it(tmp_path, value):
    settings_file = tmp_path / "settings.yaml"
    settings_file.write_text(f"polling:\n  host_delay_seconds: {value}\n")
    with pytest.raises(SettingsError) as error:
        load_settings(settings_file, environ={})
    message = str(error.value)
    assert message.startswith(f"{settings_file}: polling.host_delay_seconds: expected a number of seconds")
    assert "\n" not in message


def test_bad_host_delay_in_the_environment_names_the_variable(tmp_path):
    settings_file = tmp_path / "settings.yaml"
    settings_file.write_text("polling:\n  host_delay_seconds: 1\n")
    with pytest.raises(SettingsError, match=r"^environment: NATOWATCH_HOST_DELAY_SECONDS: expected a number"):
        load_settings(settings_file, environ={"NATOWATCH_HOST_DELAY_SECONDS": "-0.5"})


def test_unknown_polling_key_is_named(tmp_path):
    settings_file = tmp_path / "settings.yaml"
    settings_file.write_text("polling:\n  host_delay: 1\n")
    with pytest.raises(SettingsError, match=r": polling\.host_delay: unknown setting"):
        load_settings(settings_file, environ={})
