"""fetch.proxy (docs/security.md): every feed and page request goes through a configured proxy,
and a target inside the monitor's network is still refused unless allowed. A real forwarding
proxy on one 127.0.0.1 port, the feed server on another, the 'inside' service on a third."""
from __future__ import annotations

from dataclasses import replace

import pytest
from feedpages import article_page, rss
from rawservers import ForwardingProxy
from test_hostile import STRICT, cycle, inside, inside_links  # noqa: F401  (inside: a fixture)
from werkzeug import Response

from natowatch.flows.reader.feeds import Feed
from natowatch.flows.reader.fetch import HostPacer, fetch
from natowatch.flows.pipelines.feed_ingest import PollContext
from natowatch.flows.settings import SettingsError, load_settings


@pytest.fixture
def proxy():
    made = ForwardingProxy()
    yield made
    made.close()


@pytest.fixture
def ctx(store, story, proxy):
    """No host allowed inside: the feed's own origin is added per feed by the poller."""
    return PollContext(store=store, story=story, routes=(), limits=replace(STRICT, proxy=proxy.url),
                       pacer=HostPacer(0.0))


def test_a_configured_proxy_carries_the_feed_and_its_pages(server, proxy, ctx, log, seed_articles):
    seed = seed_articles[0]
    server.expect_request("/p/one.html").respond_with_data(article_page(seed.title, seed.text, seed.published),
                                                           content_type="text/html")
    server.expect_request("/wire.xml").respond_with_data(
        rss([dict(guid="one", title=seed.title, link=server.url_for("/p/one.html"), description=seed.title)]),
        content_type="application/rss+xml")
    [report] = cycle([Feed("wire", server.url_for("/wire.xml"))], ctx, log)

    assert (report.outcome, report.new_items, report.refused) == ("updated", 1, 0)
    assert proxy.seen == [server.url_for("/wire.xml"), server.url_for("/p/one.html")]
    # The feed server saw the proxy's requests, not the monitor's.
    assert [request.headers.get("Via") for request, _ in server.log] == [ForwardingProxy.VIA] * 2
    assert ctx.store.seen_items("wire") == {"guid:one"}


def test_through_the_proxy_inside_targets_are_still_refused_unless_allowed(server, inside, proxy, ctx, log):
    port = inside.port
    server.expect_request("/go").respond_with_response(Response(status=302, headers={
        "Location": f"http://127.0.0.1:{port}/secret"}))
    links = [*inside_links(port), server.url_for("/go"), f"{proxy.url}/"]
    items = [dict(guid=f"bad{i}", title="Germany backs Rutte", link=link, description="short")
             for i, link in enumerate(links)]
    server.expect_request("/wire.xml").respond_with_data(rss(items), content_type="application/rss+xml")
    [report] = cycle([Feed("wire", server.url_for("/wire.xml"))], ctx, log)

    assert (report.new_items, report.refused) == (0, len(links))
    assert inside.log == []
    # The proxy was asked for the feed and the redirecting page only: no inside target reached it.
    assert proxy.seen == [server.url_for("/wire.xml"), server.url_for("/go")]

    secret = f"http://127.0.0.1:{port}/secret"
    refused = fetch(secret, limits=ctx.limits)
    assert refused.refused and refused.error == ("refused: 127.0.0.1 is a loopback address, not a configured "
                                                 "feed's origin nor in fetch.allow_hosts")
    # Allowed by fetch.allow_hosts, it goes through the proxy like any other target.
    allowed = fetch(secret, limits=replace(ctx.limits, allow_hosts=("127.0.0.1",)))
    assert allowed.ok and allowed.headers["via"] == ForwardingProxy.VIA and proxy.seen[-1] == secret
    assert len(inside.log) == 1


def test_proxies_from_the_environment_are_not_used(server, proxy, monkeypatch):
    server.expect_request("/feed.xml").respond_with_data(rss([]), content_type="application/rss+xml")
    for name in ("HTTP_PROXY", "http_proxy", "ALL_PROXY"):
        monkeypatch.setenv(name, proxy.url)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    assert fetch(server.url_for("/feed.xml"), limits=replace(STRICT, allow_hosts=("127.0.0.1",))).ok
    assert proxy.seen == []


def test_the_proxy_setting_is_checked_and_a_bad_one_is_named(tmp_path):
    path = tmp_path / "settings.yaml"
    path.write_text("fetch:\n  proxy: 'http://user:pw@proxy.example.org:3128'\n")
    assert load_settings(path, environ={}).fetch.proxy == "http://user:pw@proxy.example.org:3128"
    path.write_text("fetch:\n  max_bytes: 1000\n")
    assert load_settings(path, environ={}).fetch.proxy is None
    for bad in ("socks5://user:secret@proxy:1080", "proxy.example.org:3128", "http://:3128", "http://p:99999", "[1]"):
        path.write_text(f"fetch:\n  proxy: {bad!r}\n")
        with pytest.raises(SettingsError) as caught:
            load_settings(path, environ={})
        assert str(caught.value).endswith("settings.yaml: fetch.proxy: expected an http:// or https:// proxy URL, "
                                          "such as http://proxy.example.org:3128")
        assert "secret" not in str(caught.value)
