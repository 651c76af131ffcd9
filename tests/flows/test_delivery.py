"""Delivery through apprise to real local receivers, and the outbox cycle around it (no Prefect)."""
from __future__ import annotations

import io

import pytest
import requests
from rich.console import Console

from flowkit import HOSTILE, SteppedClock, event_view, make_article, make_event
from natowatch.flows.alerts.messages import DeliveryError, deliver, email_subject, plain_text, render, slack_text
from natowatch.flows.pipelines.dispatch import dispatch_pass
from natowatch.flows.settings import load_settings


@pytest.fixture
def message(story):
    return render(event_view("opposition", actor="Hungary", sentence=HOSTILE), story, {})


def test_json_webhook_receives_the_alert_fields(http_receiver, message):
    """A JSON webhook gets the alert as data: the fields a receiver filters on, the evidence and
    every source, besides the title and text other channels get."""
    assert deliver([http_receiver.url("hook")], message) == "1 URL"
    [request] = http_receiver.received
    body = request["body"]
    assert request["path"] == "/hook"
    assert body["title"] == "Hungary opposes Mark Rutte for NATO Secretary General"
    assert body["message"] == plain_text(message)
    assert {key: body[key] for key in ("story", "type", "subject", "actor", "status", "date", "reported",
                                       "alert_kind")} == {
        "story": "nato-secretary-general", "type": "opposition", "subject": "Mark Rutte", "actor": "Hungary",
        "status": "confirmed", "date": "2024-03-05", "reported": "2024-03-05", "alert_kind": "event"}
    assert body["evidence"] == HOSTILE  # data, as the article wrote it: the receiver escapes it
    assert body["sources"] == [{"outlet": "Daily Sabah", "url": "https://news.example.org/a?x=1&y=2",
                                "published": "2024-03-05"}]


def test_json_webhook_url_options_still_apply(http_receiver, message):
    """apprise's URL syntax keeps working: `+Header` adds a header, `:key=` drops a field."""
    deliver([http_receiver.url("hook") + "?+X-Desk=nato&:message="], message)
    [request] = http_receiver.received
    assert request["headers"]["X-Desk"] == "nato"
    assert "message" not in request["body"] and request["body"]["type"] == "opposition"


def test_email_has_an_html_part_beside_the_text_part(smtp_server, message):
    url = f"mailto://127.0.0.1:{smtp_server.port}?from=natowatch@example.org&to=desk@example.org&mode=insecure"
    deliver([url], message)
    [mail] = smtp_server.messages
    assert mail["Subject"] == email_subject(message)
    assert mail["To"] == "desk@example.org"
    assert mail.get_content_type() == "multipart/alternative"
    text = mail.get_body(preferencelist=("plain",)).get_content()
    for line in ("Hungary opposes Mark Rutte for NATO Secretary General", "Candidate: Mark Rutte",
                 "Actor: Hungary", "Status: confirmed, 2024-03-05", HOSTILE,
                 "Source: Daily Sabah (https://news.example.org/a?x=1&y=2)"):
        assert line in text
    page = mail.get_body(preferencelist=("html",)).get_content()
    assert mail.get_body(preferencelist=("html",)).get_content_type() == "text/html"
    assert "<h2>Hungary opposes Mark Rutte for NATO Secretary General</h2>" in page
    assert '<a href="https://news.example.org/a?x=1&amp;y=2">Daily Sabah</a>' in page
    # The article's text is escaped: its tags and links are shown, never made live.
    assert "&lt;!channel&gt;" in page and "<https://evil.example|click>" not in page
    assert "evil.example" not in page.replace("&lt;https://evil.example|click&gt;", "")


def test_slack_gets_a_formatted_message_with_escaped_text(http_receiver, message, monkeypatch):
    """Slack cannot run here: its webhook request is sent to the local receiver instead."""
    import apprise.plugins.slack as slack_plugin

    real_request = requests.request

    def to_receiver(method, url, **kwargs):
        assert url.startswith("https://hooks.slack.com/services/")
        kwargs.pop("verify", None)
        return real_request(method, f"http://127.0.0.1:{http_receiver.port}/slack", **kwargs)

    monkeypatch.setattr(slack_plugin.requests, "request", to_receiver)
    deliver(["slack://TAAAAAAAA/BBBBBBBBB/CCCCCCCCCCCCCCCCCCCCCCCC/#news"], message)
    [request] = http_receiver.received
    [attachment] = request["body"]["attachments"]
    assert attachment["text"] == slack_text(message)
    lines = attachment["text"].splitlines()
    assert lines[:2] == ["Hungary opposes Mark Rutte for NATO Secretary General", "Candidate: Mark Rutte | Actor: Hungary"]
    assert lines[3].startswith("\u201c&lt;!channel&gt; @\u200bhere")
    assert lines[4] == "Source: <https://news.example.org/a?x=1&amp;y=2|Daily Sabah>"
    assert "<!channel>" not in attachment["text"] and "@here" not in attachment["text"]


def test_without_urls_the_console_gets_it(message):
    buffer = io.StringIO()
    assert deliver([], message, route="console", console=Console(file=buffer, width=200)) == "console"
    assert "Hungary opposes Mark Rutte" in buffer.getvalue()


def test_failed_delivery_raises_a_redacted_error(http_receiver, message):
    url = http_receiver.url("hook-with-TOKEN9876")
    http_receiver.stop()
    with pytest.raises(DeliveryError) as error:
        deliver([url], message)
    text = str(error.value)
    assert text.startswith("URL 1 (json): ")
    assert "TOKEN9876" not in text and str(http_receiver.port) not in text


def _settings(write_settings, urls, **alerts):
    write_settings({"alerts": {"urls": urls, **alerts}})
    return load_settings()


def _queue(store, story, settings, url="https://news.example.org/hungary"):
    events = [make_event("opposition", "Mark Rutte", "Hungary", "Hungary cannot support Mark Rutte's bid."),
              make_event("endorsement", "Mark Rutte", "France", "France backs Mark Rutte."),
              make_event("candidacy", "Mark Rutte", None, "Mark Rutte is running.")]
    return store.ingest(story.id, make_article(url), events, settings.alerts.rules)


def test_receiver_down_then_back_delivers_exactly_once(store, story, write_settings, http_receiver):
    store.clock = clock = SteppedClock()
    settings = _settings(write_settings, [http_receiver.url("secret-path-XYZ")], backoff_seconds=60)
    assert _queue(store, story, settings).alerts_queued == 2  # candidacy is not routed by default
    http_receiver.stop()

    summary = dispatch_pass(store, settings, story)
    assert (summary.claimed, len(summary.sent), len(summary.failed)) == (2, 0, 2)
    for alert in store.alerts():
        assert (alert.state, alert.attempts) == ("pending", 1)
        assert alert.last_error.startswith("URL 1 (json): ")
        assert "secret-path-XYZ" not in alert.last_error and str(http_receiver.port) not in alert.last_error
    assert dispatch_pass(store, settings, story).claimed == 0  # backing off

    http_receiver.start()
    clock.advance(61)
    summary = dispatch_pass(store, settings, story)
    assert len(summary.sent) == 2 and not summary.failed
    assert dispatch_pass(store, settings, story).claimed == 0
    assert [a.state for a in store.alerts()] == ["sent", "sent"]
    titles = sorted(r["body"]["title"] for r in http_receiver.received)
    assert titles == ["France endorses Mark Rutte for NATO Secretary General",
                      "Hungary opposes Mark Rutte for NATO Secretary General"]
    france = next(r for r in http_receiver.received if r["body"]["title"].startswith("France"))
    assert f"2 of {len(story.members)} allies back Mark Rutte" not in france["body"]["message"]
    assert f"1 of {len(story.members)} allies back Mark Rutte" in france["body"]["message"]


def test_alert_dies_after_max_attempts(store, story, write_settings, http_receiver):
    store.clock = clock = SteppedClock()
    settings = _settings(write_settings, [http_receiver.url()], backoff_seconds=60, max_attempts=2)
    _queue(store, story, settings)
    http_receiver.stop()
    dispatch_pass(store, settings, story)
    clock.advance(61)
    summary = dispatch_pass(store, settings, story)
    assert {f.state for f in summary.failed} == {"dead"}
    assert {(a.state, a.attempts) for a in store.alerts()} == {("dead", 2)}


def test_a_route_removed_from_the_settings_fails_with_its_name(store, story, write_settings, tmp_path):
    old = _settings(write_settings, [], routes=[{"name": "ops", "types": ["opposition"]}])
    _queue(store, story, old)
    new = _settings(write_settings, [], routes=[{"name": "desk", "types": ["opposition"]}])
    summary = dispatch_pass(store, new, story)
    [failed] = summary.failed
    assert failed.route == "ops" and "route 'ops' is not in the settings" in failed.error


def test_console_route_counts_as_sent(store, story, write_settings):
    settings = _settings(write_settings, [])
    _queue(store, story, settings)
    buffer = io.StringIO()
    summary = dispatch_pass(store, settings, story, console=Console(file=buffer, width=200))
    assert [s.target for s in summary.sent] == ["console", "console"]
    assert {s.route for s in summary.sent} == {"console"}
    assert "Hungary opposes Mark Rutte" in buffer.getvalue()
