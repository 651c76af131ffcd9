"""flows/reader/fetch.py against a real local HTTP server: every bad answer is one line, never a crash."""
from __future__ import annotations

import time
from dataclasses import replace

from werkzeug import Response

from natowatch.flows.reader.fetch import USER_AGENT, fetch


def test_plain_get_sends_user_agent_and_returns_validators(server, limits):
    server.expect_request("/feed.xml", headers={"User-Agent": USER_AGENT}).respond_with_data(
        "<rss/>", headers={"ETag": '"v1"', "Last-Modified": "Wed, 01 May 2024 10:00:00 GMT"},
        content_type="application/rss+xml")
    result = fetch(server.url_for("/feed.xml"), limits=limits)
    assert result.ok and result.status == 200 and result.body == b"<rss/>"
    assert (result.etag, result.modified) == ('"v1"', "Wed, 01 May 2024 10:00:00 GMT")
    assert result.content_type == "application/rss+xml"


def test_conditional_get_gets_304(server, limits):
    server.expect_request("/feed.xml", headers={"If-None-Match": '"v1"',
                                                "If-Modified-Since": "Wed, 01 May 2024 10:00:00 GMT"}
                          ).respond_with_data("", status=304)
    result = fetch(server.url_for("/feed.xml"), etag='"v1"', modified="Wed, 01 May 2024 10:00:00 GMT",
                   limits=limits)
    assert result.not_modified and not result.ok and result.error is None and result.body == b""


def test_404_and_410_are_errors_that_will_not_fix_themselves(server, limits):
    server.expect_request("/missing").respond_with_data("no", status=404)
    server.expect_request("/gone").respond_with_data("gone", status=410)
    missing = fetch(server.url_for("/missing"), limits=limits)
    gone = fetch(server.url_for("/gone"), limits=limits)
    assert (missing.status, missing.error, missing.transient) == (404, "HTTP 404 NOT FOUND", False)
    assert (gone.status, gone.transient) == (410, False) and gone.error.startswith("HTTP 410")


def test_500_and_429_are_transient_and_keep_retry_after(server, limits):
    server.expect_request("/broken").respond_with_data("oops", status=500)
    server.expect_request("/busy").respond_with_data("slow down", status=429, headers={"Retry-After": "120"})
    broken = fetch(server.url_for("/broken"), limits=limits)
    busy = fetch(server.url_for("/busy"), limits=limits)
    assert broken.transient and broken.error.startswith("HTTP 500")
    assert busy.transient and busy.retry_after_seconds == 120


def test_hanging_server_times_out_on_the_read_timeout(silent_url, limits):
    # The server never answers: that the fetch returns at all is the client giving up.
    short = replace(limits, read_timeout=2.0)
    result = fetch(f"{silent_url}/hang", limits=short)
    assert result.status is None and result.transient
    assert result.error == "timed out waiting for data (after 2 s)"


def test_body_over_the_cap_is_refused_by_length_and_by_streaming(server, limits):
    big = b"x" * (limits.max_bytes + 1)
    server.expect_request("/declared").respond_with_data(big)
    # A generator body has no Content-Length: the cap must hold while streaming.
    server.expect_request("/streamed").respond_with_response(
        Response((big[i:i + 50_000] for i in range(0, len(big), 50_000))))
    declared = fetch(server.url_for("/declared"), limits=limits)
    streamed = fetch(server.url_for("/streamed"), limits=limits)
    assert declared.error == f"body of {len(big)} bytes is over the {limits.max_bytes}-byte cap"
    assert streamed.error == f"body is over the {limits.max_bytes}-byte cap"
    assert declared.body == streamed.body == b""


def test_redirects_are_followed_up_to_the_limit(server, limits):
    server.expect_request("/old").respond_with_data("", status=301, headers={"Location": "/new"})
    server.expect_request("/new").respond_with_data("here")
    result = fetch(server.url_for("/old"), limits=limits)
    assert result.ok and result.body == b"here" and result.final_url == server.url_for("/new")

    for hop in range(limits.max_redirects + 1):
        server.expect_request(f"/hop{hop}").respond_with_data("", status=302,
                                                              headers={"Location": f"/hop{hop + 1}"})
    too_many = fetch(server.url_for("/hop0"), limits=limits)
    assert too_many.error == f"too many redirects (more than {limits.max_redirects})"


def test_redirect_loop_is_named(server, limits):
    server.expect_request("/a").respond_with_data("", status=302, headers={"Location": "/b"})
    server.expect_request("/b").respond_with_data("", status=302, headers={"Location": "/a"})
    result = fetch(server.url_for("/a"), limits=limits)
    assert result.error == f"redirect loop: {server.url_for('/a')} was already visited"


def test_only_http_and_https_schemes_are_fetched(server, limits, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("do not read")
    for url in (secret.as_uri(), "ftp://example.org/feed.xml"):
        result = fetch(url, limits=limits)
        assert result.status is None and result.body == b""
        assert result.error.startswith("unsupported URL scheme") and "only http and https" in result.error
    # A redirect to another scheme is refused the same way.
    server.expect_request("/to-file").respond_with_data("", status=302, headers={"Location": secret.as_uri()})
    hop = fetch(server.url_for("/to-file"), limits=limits)
    assert hop.error == "unsupported URL scheme 'file': only http and https are fetched"


def test_connection_refused_is_one_transient_line(limits):
    result = fetch("http://127.0.0.1:9/feed.xml", limits=limits)
    assert result.transient and result.error.startswith("request failed:") and "\n" not in result.error


def test_a_kept_alive_connection_serves_a_request_after_the_first_one_s_deadline(tmp_path, monkeypatch, limits):
    """Each request on a reused connection has its own deadline, not the one of the request that
    opened the connection (a poll reads pages minutes apart when the storing sets the pace)."""
    from types import SimpleNamespace

    from benchmarks.servers import corpus_server
    from natowatch.flows.reader import fetch as fetch_module, netguard
    from natowatch.flows.reader.fetch import new_client

    (tmp_path / "page.html").write_text("<p>one page</p>", encoding="utf-8")
    later = [0.0]
    clock = SimpleNamespace(monotonic=lambda: time.monotonic() + later[0], sleep=time.sleep)
    monkeypatch.setattr(netguard, "time", clock)
    monkeypatch.setattr(fetch_module, "time", clock)
    with corpus_server(tmp_path) as server, new_client(limits) as client:
        first = fetch(f"{server.base_url}/page.html", limits=limits, client=client)
        later[0] = 2 * limits.total_timeout  # the first request's deadline is long past
        second = fetch(f"{server.base_url}/page.html", limits=limits, client=client)
        # the server's handler counts a request after it has sent the response: wait for its count,
        # not for time (a loaded machine let the client read the body before the handler counted)
        waited = time.monotonic() + 60
        while server.requests.count < 2 and time.monotonic() < waited:
            time.sleep(0.01)
        assert server.requests.count == 2
    assert first.ok and (second.ok, second.error, second.body) == (True, None, b"<p>one page</p>")


def test_clients_share_one_tls_context_that_still_verifies_certificates(limits):
    """Reading the CA bundle cost each new client ~30 ms of CPU, two per feed in a poll: the
    context is made once, with httpx's own defaults (certificates and host names checked)."""
    import ssl

    from natowatch.flows.reader.fetch import new_client

    with new_client(limits) as first, new_client(limits) as second:
        contexts = [client._transport._pool._ssl_context for client in (first, second)]
    assert contexts[0] is contexts[1]
    assert contexts[0].verify_mode == ssl.CERT_REQUIRED and contexts[0].check_hostname
    assert contexts[0].get_ca_certs()  # the CA bundle is loaded
