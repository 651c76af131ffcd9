"""Hostile feeds and pages (issue 14, docs/security.md): real local servers on several ports.

The configured feed's server is one port on 127.0.0.1; the 'inside' service an attacker wants
the monitor to read is another port. No limits here allow 127.0.0.1: only the feed's own origin
(and what `fetch.allow_hosts` names) may be on a loopback or private address.
"""
from __future__ import annotations

import gzip
import logging
import socket
import sqlite3
import subprocess
import sys
import zlib
from dataclasses import replace

import pytest
from prefect import flow
from feedpages import article_page, rss
from pytest_httpserver import HTTPServer
from rawservers import Trickler
from werkzeug import Response

from natowatch.flows.reader.feeds import Feed, parse_feed
from natowatch.flows.reader.fetch import FetchLimits, HostPacer, fetch
from natowatch.flows.reader.netguard import non_public_reason
from natowatch.flows.pipelines import prefect_flows
from natowatch.flows.pipelines.feed_ingest import PollContext, process_feed
from natowatch.flows.pipelines.poll import run_cycle
from natowatch.flows.reader.feedfetch import fetch_each, with_origins

from test_poll import T0

# Nothing inside is allowed: the feed's own origin is added per feed by the poller.
# Deadlines a loaded machine's local servers always meet: the deadline tests set their own.
STRICT = FetchLimits(connect_timeout=30.0, read_timeout=30.0, total_timeout=60.0, max_bytes=200_000)
SECRET = "Internal admin page: Germany endorses Mark Rutte for NATO Secretary General, said the chancellor."


@pytest.fixture
def inside():
    """Another local service on its own port (the 'intranet'): must never be read via a feed."""
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    server.expect_request("/secret").respond_with_data(
        article_page("Germany backs Rutte", SECRET * 5, None), content_type="text/html")
    yield server
    server.clear()
    server.stop()


@pytest.fixture
def ctx(store, story):
    return PollContext(store=store, story=story, routes=(), limits=STRICT, pacer=HostPacer(0.0))


def cycle(feeds, ctx, log):
    return run_cycle(feeds, ctx.store, lambda due: fetch_each(due, ctx.limits),
                     lambda feed, state, result: process_feed(feed, state, result, ctx, log, now=T0), log, now=T0)


def table(store, sql: str) -> list[tuple]:
    path = store.url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as connection:
        return connection.execute(sql).fetchall()


# --- row 1: slow headers, total deadline ----------------------------------------------------

@pytest.fixture
def trickle():
    server = Trickler()
    yield server
    server.close()


def test_headers_sent_a_byte_at_a_time_stop_at_the_total_deadline(trickle):
    limits = FetchLimits(read_timeout=5.0, total_timeout=1.0, allow_hosts=("127.0.0.1",))
    result = fetch(f"{trickle.url}/feed.xml", limits=limits)
    assert trickle.served == 1
    assert result.error == "took longer than 1 s in total" and result.transient and result.status is None


def test_a_trickling_feed_does_not_stop_the_other_feeds(trickle, server, ctx, log, seed_articles):
    seed = seed_articles[0]
    server.expect_request("/good.xml").respond_with_data(
        rss([dict(guid="g1", title=seed.title, description=seed.text)]), content_type="application/rss+xml")
    # The good feed is read under the same deadline as the trickling one: 10 s, not less.
    ctx = replace(ctx, limits=replace(STRICT, read_timeout=5.0, total_timeout=10.0))
    reports = {r.feed: r for r in cycle([Feed("slow", f"{trickle.url}/feed.xml"), Feed("good", server.url_for("/good.xml"),
                                                                                    full_page=False)], ctx, log)}
    assert reports["slow"].outcome == "failed" and reports["slow"].error == "took longer than 10 s in total"
    assert reports["good"].outcome == "updated" and reports["good"].new_items == 1
    assert ctx.store.feed_state("slow").consecutive_failures == 1


@pytest.mark.prefect
def test_a_good_feed_is_stored_while_a_trickling_feed_is_still_being_fetched(
        prefect_harness, trickle, server, ctx, log, seed_articles, monkeypatch):
    """The flow's own concurrent fetch: the good feed's article is in the database (read back
    from the store) while the trickling feed's fetch has not returned, far from its deadline;
    only then is the trickling server stopped. Storing after every fetch had returned would
    reach the good feed only after the slow one's deadline (three attempts of 20 s) and fail."""
    seed = seed_articles[0]
    server.expect_request("/good.xml").respond_with_data(
        rss([dict(guid="g1", title=seed.title, description=seed.text)]), content_type="application/rss+xml")
    ctx = replace(ctx, limits=replace(STRICT, read_timeout=5.0, total_timeout=20.0))
    # No pause between the slow feed's retries once its server is gone: the test ends sooner.
    monkeypatch.setattr(prefect_flows, "fetch_feed_task", prefect_flows.fetch_feed_task.with_options(retry_delay_seconds=0))
    while_slow = {}

    def step(feed, state, result):
        report = process_feed(feed, state, result, ctx, log, now=T0)
        if feed.name == "good":
            while_slow.update(slow_in_progress=trickle.in_progress(), seen=ctx.store.seen_items("good"),
                              articles=table(ctx.store, "SELECT title FROM articles"))
            trickle.stop()
        return report

    @flow
    def one_cycle():
        feeds = [Feed("slow", f"{trickle.url}/feed.xml"), Feed("good", server.url_for("/good.xml"), full_page=False)]
        return run_cycle(feeds, ctx.store, lambda due: prefect_flows.fetch_concurrently(due, ctx.limits), step, log, now=T0)

    reports = one_cycle()
    assert while_slow == dict(slow_in_progress=True, seen={"guid:g1"}, articles=[(seed.title,)])
    assert [r.feed for r in reports] == ["good", "slow"]  # in the order their fetches returned
    assert reports[0].new_items == 1
    assert reports[1].outcome == "failed" and reports[1].error.startswith("request failed")
    assert ctx.store.feed_state("slow").consecutive_failures == 1


def test_a_feeds_page_reading_stops_at_its_feed_deadline_and_resumes_next_poll(server, ctx, log, seed_articles):
    """Past fetch.feed_timeout_seconds no new page is read; those items wait for the next poll."""
    items = []
    for seed in seed_articles[:3]:
        path = f"/p/{seed.stem}.html"
        server.expect_request(path).respond_with_data(article_page(seed.title, seed.text, seed.published),
                                                      content_type="text/html")
        items.append(dict(guid=seed.stem, title=seed.title, link=server.url_for(path), description=seed.title))
    server.expect_request("/wire.xml").respond_with_data(rss(items), content_type="application/rss+xml")
    feed = Feed("wire", server.url_for("/wire.xml"))
    out_of_time = replace(ctx, limits=replace(STRICT, feed_timeout=0.0))
    [first] = cycle([feed], out_of_time, log)
    assert (first.new_items, first.error) == (0, "3 item(s) left for the next poll (at most 200 items and 0 s of "
                                                 "page reading per poll)")
    assert ctx.store.feed_state("wire").etag is None  # validators not advanced: the whole feed again
    [second] = run_cycle([feed], ctx.store, lambda due: fetch_each(due, ctx.limits),
                         lambda f, state, result: process_feed(f, state, result, ctx, log, now=T0.replace(hour=13)),
                         log, now=T0.replace(hour=13))
    assert (second.new_items, second.error) == (3, None)


# --- row 2: decoded-size cap across nested encodings ---------------------------------------

def zeros_gzip(size: int) -> bytes:
    """gzip of `size` zero bytes, compressed in pieces (never `size` bytes in memory)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    piece = bytes(1 << 20)
    parts = [compressor.compress(piece) for _ in range(size >> 20)]
    return b"".join(parts) + compressor.flush()


@pytest.fixture(scope="module")
def bombs():
    inner = zeros_gzip(200 << 20)  # 200 MiB of zeros: about 200 KB of gzip
    return {"gzip": inner, "gzip, gzip": gzip.compress(inner, 9)}


# Run in a process of its own so that its peak memory is the fetch's alone (the local server and
# pytest's log capture share this one).
_MEASURE = """
import resource, sys
from natowatch.flows.reader.fetch import FetchLimits, fetch, new_client
limits = FetchLimits(max_bytes=200_000, allow_hosts=("127.0.0.1",))
with new_client(limits) as client:
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    result = fetch(sys.argv[1], limits=limits, client=client)
    grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
print(grown * 1024, result.error)
"""


@pytest.mark.parametrize("encoding", ["gzip", "gzip, gzip"])
def test_gzip_bombs_stop_at_the_cap_without_filling_memory(server, bombs, encoding, repo_root):
    body = bombs[encoding]
    server.expect_request("/bomb.html").respond_with_data(body, content_type="text/html",
                                                          headers={"Content-Encoding": encoding})
    run = subprocess.run([sys.executable, "-c", _MEASURE, server.url_for("/bomb.html")], cwd=repo_root,
                         capture_output=True, text=True, timeout=120)
    grown, error = run.stdout.strip().split(" ", 1)
    assert error == "body is over the 200000-byte cap", run.stderr[-2000:]
    # Decoding the 200 MiB at once (what httpx's own decoders do) grows the process by 200 MiB.
    assert int(grown) < 20 * 1024 * 1024, f"grew {grown} bytes while decoding {len(body)} bytes of {encoding}"
    if encoding == "gzip, gzip":
        assert len(body) < 2000  # the 1.8 KB of the report


def test_encoded_pages_under_the_cap_are_decoded_whole(server, limits):
    text = ("<p>Mark Rutte was appointed NATO Secretary General.</p>" * 500).encode()
    server.expect_request("/two.html").respond_with_data(gzip.compress(zlib.compress(text)), content_type="text/html",
                                                         headers={"Content-Encoding": "deflate, gzip"})
    server.expect_request("/raw.html").respond_with_data(zlib.compress(text)[2:-4], content_type="text/html",
                                                         headers={"Content-Encoding": "deflate"})
    server.expect_request("/br.html").respond_with_data(b"\x00" * 10, headers={"Content-Encoding": "br"})
    server.expect_request("/deep.html").respond_with_data(b"", headers={"Content-Encoding": "gzip, gzip, gzip, gzip"})
    assert fetch(server.url_for("/two.html"), limits=limits).body == text
    assert fetch(server.url_for("/raw.html"), limits=limits).body == text
    assert fetch(server.url_for("/br.html"), limits=limits).error == \
        "unsupported content-encoding 'br' (asked for gzip, deflate)"
    assert fetch(server.url_for("/deep.html"), limits=limits).error == "content-encoding stacked 4 deep (at most 3)"


# --- row 3: no fetching inside ---------------------------------------------------------------

def inside_links(port: int) -> list[str]:
    """Every form of 'this machine' an attacker may write, each to the inside service's port."""
    return [f"http://127.0.0.1:{port}/secret", f"http://localhost:{port}/secret", f"http://LOCALHOST.:{port}/secret",
            f"http://[::1]:{port}/secret", f"http://2130706433:{port}/secret", f"http://0x7f000001:{port}/secret",
            f"http://0177.0.0.1:{port}/secret", f"http://127.1:{port}/secret", f"http://[::ffff:127.0.0.1]:{port}/secret",
            f"http://0.0.0.0:{port}/secret"]


def test_links_to_inside_addresses_are_refused_in_every_form(server, inside, ctx, log, seed_articles, caplog):
    port = inside.port
    server.expect_request("/go").respond_with_response(Response(status=302, headers={
        "Location": f"http://127.0.0.1:{port}/secret"}))
    seed = seed_articles[0]
    server.expect_request("/ok.html").respond_with_data(article_page(seed.title, seed.text, seed.published),
                                                        content_type="text/html")
    links = [*inside_links(port), server.url_for("/go")]
    items = [dict(guid=f"bad{i}", title="Germany backs Rutte", link=link, description="short")
             for i, link in enumerate(links)]
    items.append(dict(guid="good", title=seed.title, link=server.url_for("/ok.html"), description="x"))
    server.expect_request("/wire.xml").respond_with_data(rss(items), content_type="application/rss+xml")
    with caplog.at_level(logging.WARNING, logger=log.name):
        [report] = cycle([Feed("wire", server.url_for("/wire.xml"))], ctx, log)

    assert inside.log == []  # not one request reached the inside service
    assert (report.new_items, report.refused, report.error) == (1, len(links), None)
    refusals = [m for m in caplog.messages if ": skipped: " in m]
    assert len(refusals) == len(links)
    # httpx will not even parse the octal form: skipped as malformed, never connected.
    assert [m for m in refusals if "address, not a configured feed's origin nor in fetch.allow_hosts" not in m] == [
        f"feed wire: item guid:bad6: skipped: malformed URL: Invalid IPv4 address: '0177.0.0.1': "
        f"'http://0177.0.0.1:{port}/secret'"]
    assert f"feed wire: item guid:bad0: skipped: page http://127.0.0.1:{port}/secret: refused: 127.0.0.1 is a " \
           "loopback address, not a configured feed's origin nor in fetch.allow_hosts" in refusals
    assert any(f"2130706433 (127.0.0.1) is a loopback address" in m for m in refusals)
    assert table(ctx.store, "SELECT count(*) FROM feed_items WHERE article_id IS NULL") == [(len(links),)]
    assert table(ctx.store, f"SELECT count(*) FROM articles WHERE url LIKE '%:{port}/%'") == [(0,)]
    assert table(ctx.store, "SELECT count(*) FROM alerts") == [(0,)]


def test_a_dns_name_that_resolves_inside_is_refused(inside, monkeypatch):
    real = socket.getaddrinfo

    def resolver(host, *args, **kwargs):  # the one thing not real here: a public name pointing inside
        return real("127.0.0.1" if host == "news.attacker.example" else host, *args, **kwargs)
    monkeypatch.setattr(socket, "getaddrinfo", resolver)
    result = fetch(f"http://news.attacker.example:{inside.port}/secret", limits=STRICT)
    assert result.refused and result.error == ("refused: news.attacker.example (127.0.0.1) is a loopback address, "
                                               "not a configured feed's origin nor in fetch.allow_hosts")
    assert inside.log == []


@pytest.mark.parametrize("address, kind", [("169.254.169.254", "link-local"), ("10.1.2.3", "private"),
                                           ("192.168.0.1", "private"), ("172.16.5.4", "private"),
                                           ("fe80::1", "link-local"), ("fc00::1", "private"), ("224.0.0.1", "multicast"),
                                           ("::", "unspecified"), ("100.64.0.1", "non-public"),
                                           ("::ffff:10.0.0.1", "private"), ("93.184.216.34", None),
                                           ("2606:4700::1111", None)])
def test_every_non_public_range_is_recognised(address, kind):
    # Checked without connecting: no test sends traffic outside 127.0.0.0/8.
    assert non_public_reason(address) == kind


def test_other_feeds_origins_and_allowed_hosts_may_be_inside(server, inside, ctx, log):
    link = f"http://127.0.0.1:{inside.port}/secret"
    server.expect_request("/wire.xml").respond_with_data(
        rss([dict(guid="a", title="Germany backs Rutte", link=link, description="x")]),
        content_type="application/rss+xml")
    wire = Feed("wire", server.url_for("/wire.xml"))
    # The inside service is the origin of another configured feed: its pages may be read.
    cycle_ctx = ctx.new_cycle(0.0, [wire, Feed("intranet", inside.url_for("/feed.xml"))])
    [report] = cycle([wire], cycle_ctx, log)
    assert (report.new_items, report.refused) == (1, 0) and len(inside.log) == 1
    # fetch.allow_hosts names a host, any port.
    assert fetch(link, limits=replace(STRICT, allow_hosts=("127.0.0.1",))).ok
    assert fetch(link, limits=with_origins(STRICT, [inside.url_for("/x")])).ok
    assert fetch(link.replace("127.0.0.1", "localhost"), limits=with_origins(STRICT, [inside.url_for("/x")])).refused


# --- row 5: bad URLs are per item -------------------------------------------------------------

class RawLocation(Response):
    """A response whose Location goes out as written (werkzeug would tidy or reject a bad one)."""

    def get_wsgi_headers(self, environ):
        return self.headers


def test_malformed_links_and_redirects_to_other_schemes_skip_only_their_item(server, ctx, log, seed_articles,
                                                                           caplog):
    seed = seed_articles[1]
    server.expect_request("/ok.html").respond_with_data(article_page(seed.title, seed.text, seed.published),
                                                        content_type="text/html")
    targets = {"data": "data:text/html,<p>hi</p>", "mailto": "mailto:desk@example.org",
               "js": "javascript:alert(1)", "port": "http://127.0.0.1:99999/x", "ipv6": "http://[::1/x"}
    for name, location in targets.items():
        server.expect_request(f"/to-{name}").respond_with_response(RawLocation(status=302, headers={"Location": location}))
    bad_links = ["http://127.0.0.1:99999/x", "http://[::1/x", "http://["]
    items = [dict(guid=f"bad{i}", title="Rutte", link=link, description="x") for i, link in enumerate(bad_links)]
    items += [dict(guid=f"redirect-{name}", title="Rutte", link=server.url_for(f"/to-{name}"), description="x")
              for name in targets]
    items.append(dict(guid="good", title=seed.title, link=server.url_for("/ok.html"), description="x"))
    server.expect_request("/wire.xml").respond_with_data(rss(items), content_type="application/rss+xml")
    with caplog.at_level(logging.WARNING, logger=log.name):
        [report] = cycle([Feed("wire", server.url_for("/wire.xml"))], ctx, log)
    assert (report.outcome, report.new_items, report.refused, report.error) == ("updated", 1, 8, None)
    assert ctx.store.feed_state("wire").consecutive_failures == 0
    skipped = sorted(m for m in caplog.messages if ": skipped: " in m)
    assert len(skipped) == 8
    assert any("item guid:bad0: skipped: malformed URL: Port out of range" in m for m in skipped)
    assert any("item guid:redirect-js: skipped: page javascript:alert(1): unsupported URL scheme 'javascript'" in m
               for m in skipped)
    assert any("item guid:redirect-ipv6: skipped: page " in m and "malformed redirect location 'http://[::1/x'" in m
               for m in skipped)
    assert any("item guid:redirect-port: skipped: page http://127.0.0.1:99999/x: malformed URL: Port out of range"
               in m for m in skipped)


def test_a_feed_that_redirects_to_another_scheme_fails_and_backs_off(server, ctx, log):
    server.expect_request("/wire.xml").respond_with_response(
        Response(status=301, headers={"Location": "javascript:alert(1)"}))
    [report] = cycle([Feed("wire", server.url_for("/wire.xml"), interval_minutes=10)], ctx, log)
    state = ctx.store.feed_state("wire")
    assert report.outcome == "failed" and report.error.startswith("unsupported URL scheme 'javascript'")
    assert state.consecutive_failures == 1 and state.next_poll_at > T0


# --- rows 9 and 10: what strangers wrote is sanitised and capped --------------------------------

def test_controls_bidi_and_zero_width_are_removed_and_names_still_match(server, ctx, log, story):
    title = "\x1b[2J\x1b]0;pwned\x07News from Ber\u200blin \u202enilreB\u202c"
    text = ("Germany\u200d has endorsed Mark Ru\u200btte as the next NATO Secretary General, "
            "the \x1b[31mchancellor\x1b[0m said on Tuesday.")
    server.expect_request("/wire.xml").respond_with_data(
        rss([dict(guid="z", title=title, description=text)]), content_type="application/rss+xml")
    [report] = cycle([Feed("wire", server.url_for("/wire.xml"), full_page=False)], ctx, log)
    [(stored_title,)] = table(ctx.store, "SELECT title FROM articles")
    assert stored_title == "News from Berlin nilreB"
    assert report.new_events >= 1
    events = ctx.store.events(story.id)
    assert ("endorsement", "Mark Rutte", "Germany") in {(e.type, e.subject, e.actor) for e in events}
    assert "Germany has endorsed Mark Rutte as the next NATO Secretary General, the chancellor said on Tuesday." in {
        e.first_evidence.sentence for e in events}


def test_huge_feeds_titles_and_repeated_guids_are_capped_and_logged(server, ctx, log, caplog):
    items = [dict(guid=f"g{i}", title=f"Item {i}", description=f"Nothing about the race {i}.") for i in range(300)]
    items[0]["title"] = "T" * 1_000_000
    items += [dict(guid="g1", title="again"), dict(guid="g2", title="again")]
    server.expect_request("/big.xml").respond_with_data(rss(items), content_type="application/rss+xml")
    ctx = replace(ctx, limits=replace(STRICT, max_bytes=5_000_000, max_items_per_poll=120, max_title_chars=100))
    feed = Feed("big", server.url_for("/big.xml"), full_page=False)
    with caplog.at_level(logging.WARNING, logger=log.name):
        [report] = cycle([feed], ctx, log)
    assert (report.items, report.new_items) == (300, 120)
    assert report.error == "180 item(s) left for the next poll (at most 120 items and 300 s of page reading per poll)"
    assert "feed big: 2 item(s) listed more than once (guid:g1, guid:g2); kept the first of each" in caplog.messages
    assert max(len(t) for (t,) in table(ctx.store, "SELECT title FROM articles")) == 100
    parsed = parse_feed(rss(items).encode())
    assert len(parsed.items) == 300 and parsed.repeated == ("guid:g1", "guid:g2")


def test_every_limit_is_a_setting_and_a_bad_one_is_named(tmp_path):
    from natowatch.flows.settings import SettingsError, load_settings

    path = tmp_path / "settings.yaml"
    path.write_text("fetch:\n  request_timeout_seconds: 12\n  max_bytes: 1000\n  allow_hosts: [Intranet.Example, '[::1]']\n"
                    "  max_items_per_poll: 7\n  feed_timeout_seconds: 60\n")
    limits = load_settings(path, environ={}).fetch
    assert (limits.total_timeout, limits.max_bytes, limits.max_items_per_poll, limits.feed_timeout) == (12, 1000, 7, 60)
    assert limits.allow_hosts == ("intranet.example", "::1")
    path.write_text("fetch:\n  max_bytes: -1\n")
    with pytest.raises(SettingsError, match=r"settings.yaml: fetch.max_bytes: expected a positive whole number$"):
        load_settings(path, environ={})
    path.write_text("fetch:\n  allow_hosts: ['http://x/']\n")
    with pytest.raises(SettingsError, match=r"fetch.allow_hosts: expected a list of host names or addresses$"):
        load_settings(path, environ={})
