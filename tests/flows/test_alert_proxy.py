"""Alert deliveries through a proxy (docs/security.md, 'Alerts behind a proxy'): `alerts.proxy`,
else `fetch.proxy`, carries every delivery made over HTTP, our JSON webhooks (httpx) and
apprise's own channels (requests) alike; `direct` sends straight. A real forwarding proxy on one
127.0.0.1 port (tests/feeds/rawservers.py), the receivers on others."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from flowkit import event_view, make_article, make_event
from natowatch.flows.alerts.messages import DeliveryError, deliver, render
from natowatch.flows.pipelines.dispatch import dispatch_pass
from natowatch.flows.settings import SettingsError, load_settings

sys.path.append(str(Path(__file__).resolve().parents[1] / "feeds"))
from rawservers import ForwardingProxy  # noqa: E402
from test_proxy import proxy  # noqa: E402,F401  (a fixture)

PROXY_VARIABLES = ("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy")


@pytest.fixture
def no_environment_proxy(monkeypatch):
    for name in (*PROXY_VARIABLES, "NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


@pytest.fixture
def form_receiver():
    """A real local web server taking apprise's form:// posts (apprise sends them with requests)."""
    server = HTTPServer(host="127.0.0.1", port=0)
    server.start()
    server.expect_request("/hook", method="POST").respond_with_data("ok")
    yield server
    server.clear()
    server.stop()


@pytest.fixture
def message(story):
    return render(event_view("opposition", actor="Hungary"), story, {})


def form_url(server: HTTPServer) -> str:
    return f"form://127.0.0.1:{server.port}/hook"


def test_a_json_webhook_goes_through_the_proxy(http_receiver, proxy, message, no_environment_proxy):
    assert deliver([http_receiver.url("hook")], message, proxy=proxy.url) == "1 URL"
    assert proxy.seen == [f"http://127.0.0.1:{http_receiver.port}/hook"]
    [request] = http_receiver.received
    assert request["headers"]["Via"] == ForwardingProxy.VIA
    assert request["body"]["title"] == "Hungary opposes Mark Rutte for NATO Secretary General"


def test_an_apprise_channel_goes_through_the_proxy(form_receiver, proxy, message, no_environment_proxy):
    """apprise's plugins call requests with no proxy argument: the delivery's thread hands it one."""
    assert deliver([form_url(form_receiver)], message, proxy=proxy.url) == "1 URL"
    assert proxy.seen == [f"http://127.0.0.1:{form_receiver.port}/hook"]
    [(request, _)] = form_receiver.log
    assert request.headers["Via"] == ForwardingProxy.VIA
    assert request.form["title"] == "Hungary opposes Mark Rutte for NATO Secretary General"
    # Outside a delivery, requests is left as it was: no proxy.
    import requests
    assert requests.post(f"http://127.0.0.1:{form_receiver.port}/hook", data={"x": "1"}).ok
    assert len(proxy.seen) == 1 and "Via" not in form_receiver.log[-1][0].headers


def test_slack_asks_the_proxy_for_a_tunnel_to_its_host(proxy, message, no_environment_proxy):
    """Slack's host cannot be reached from here: what matters is that the delivery asked the
    proxy for it (CONNECT hooks.slack.com:443) instead of connecting by itself."""
    with pytest.raises(DeliveryError) as failed:
        deliver(["slack://T1JJ3T3L2/A1BRTD4JD/TIiajkdnlazkcOXrIdevi7FQ"], message, proxy=proxy.url)
    assert proxy.seen == ["CONNECT hooks.slack.com:443"]
    assert str(failed.value).startswith("URL 1 (slack): ")


def test_an_environment_proxy_is_used_only_when_the_settings_name_none(http_receiver, form_receiver, proxy,
                                                                       message, no_environment_proxy):
    """Nothing configured: the HTTP libraries' defaults (HTTP_PROXY and NO_PROXY), as before.
    A configured proxy wins over the environment's, and `direct` ignores the environment's."""
    environment_proxy = ForwardingProxy()
    try:
        for name in PROXY_VARIABLES:
            no_environment_proxy.setenv(name, environment_proxy.url)
        deliver([http_receiver.url("hook"), form_url(form_receiver)], message)
        assert len(environment_proxy.seen) == 2 and proxy.seen == []

        deliver([http_receiver.url("hook"), form_url(form_receiver)], message, proxy=proxy.url)
        assert len(environment_proxy.seen) == 2 and len(proxy.seen) == 2

        deliver([http_receiver.url("hook"), form_url(form_receiver)], message, proxy="direct")
        assert len(environment_proxy.seen) == 2 and len(proxy.seen) == 2
        assert len(http_receiver.received) == len(form_receiver.log) == 3
        assert "Via" not in http_receiver.received[-1]["headers"] and "Via" not in form_receiver.log[-1][0].headers
    finally:
        environment_proxy.close()


def test_dispatch_sends_through_alerts_proxy_else_fetch_proxy(store, story, write_settings, http_receiver, proxy,
                                                              no_environment_proxy):
    write_settings({"alerts": {"urls": [http_receiver.url("hook")]}, "fetch": {"proxy": proxy.url}})
    settings = load_settings()
    assert settings.alert_proxy == proxy.url
    events = [make_event("opposition", "Mark Rutte", "Hungary", "Hungary cannot support Mark Rutte's bid.")]
    store.ingest(story.id, make_article("https://news.example.org/hungary"), events, settings.alerts.rules)
    summary = dispatch_pass(store, settings, story)
    assert len(summary.sent) == 1 and proxy.seen == [f"http://127.0.0.1:{http_receiver.port}/hook"]

    write_settings({"alerts": {"urls": [http_receiver.url("hook")], "proxy": "direct"},
                    "fetch": {"proxy": proxy.url}})
    assert load_settings().alert_proxy == "direct"


@pytest.mark.parametrize("value", ["ftp://proxy.example.org", "proxy.example.org:3128", 3128, "http://:80",
                                   "http://user:pw@proxy.example.org:99999"])
def test_a_bad_alerts_proxy_is_one_line_naming_the_setting(write_settings, value):
    path = write_settings({"alerts": {"proxy": value}})
    with pytest.raises(SettingsError) as error:
        load_settings()
    assert str(error.value) == (f"{path}: alerts.proxy: expected an http:// or https:// proxy URL, "
                                "such as http://proxy.example.org:3128, or direct")
    assert "pw" not in str(error.value)
