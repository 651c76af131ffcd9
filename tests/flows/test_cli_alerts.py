"""Structured alerts through the command line, to real local receivers: a JSON webhook checks
the fields, an SMTP server (aiosmtpd) the HTML part; `natowatch alerts test` per route."""
from __future__ import annotations

import json

import pytest

from flowkit import fill_store, invoke
from natowatch.flows.settings import load_settings


def _mail_url(smtp_server) -> str:
    return (f"mailto://127.0.0.1:{smtp_server.port}?from=natowatch@example.org&to=desk@example.org"
            "&mode=insecure")


@pytest.mark.prefect
def test_dispatch_sends_structured_json_and_html_email(prefect_harness, runner, store, story, db_url,
                                                       write_settings, http_receiver, smtp_server):
    write_settings({"alerts": {"routes": [{"name": "hook", "types": ["opposition"], "urls": [http_receiver.url()]},
                                          {"name": "mail", "types": ["opposition"], "urls": [_mail_url(smtp_server)]}]}})
    fill_store(store, story, load_settings().alerts.rules)
    result = invoke(runner, "dispatch", "--db", db_url)
    assert result.exit_code == 0, result.stderr
    [request] = http_receiver.received
    body = request["body"]
    assert {key: body[key] for key in ("story", "type", "subject", "actor", "status", "date", "reported",
                                       "evidence", "sources", "alert_kind")} == {
        "story": "nato-secretary-general", "type": "opposition", "subject": "Mark Rutte", "actor": "Hungary",
        "status": "confirmed", "date": None, "reported": "2024-03-05",
        "evidence": "Hungary cannot support Mark Rutte.", "alert_kind": "event",
        "sources": [{"outlet": "Daily Sabah", "url": "https://news.example.org/1", "published": "2024-03-05"}]}
    [mail] = smtp_server.messages
    assert mail["Subject"] == "[natowatch] Hungary opposes Mark Rutte for NATO Secretary General"
    html = mail.get_body(preferencelist=("html",))
    text = mail.get_body(preferencelist=("plain",))
    assert html.get_content_type() == "text/html" and text.get_content_type() == "text/plain"
    assert "<b>Actor:</b> Hungary" in html.get_content()
    assert '<a href="https://news.example.org/1">Daily Sabah</a>' in html.get_content()
    assert "Actor: Hungary" in text.get_content() and "Hungary cannot support Mark Rutte." in text.get_content()


def test_alerts_test_reports_what_each_url_answered(runner, write_settings, http_receiver, smtp_server):
    write_settings({"alerts": {"routes": [
        {"name": "hook", "urls": [http_receiver.url("natowatch-TOKEN77"), "json://127.0.0.1:1/gone-TOKEN77"]},
        {"name": "mail", "urls": [_mail_url(smtp_server)]}]}})
    result = invoke(runner, "alerts", "test")
    assert result.exit_code == 3
    assert result.stdout.splitlines() == ["route hook: URL 1 (json): ok: HTTP 200: ok",
                                          "route mail: URL 1 (mailto): ok: accepted"]
    [failed] = result.stderr.splitlines()
    assert failed.startswith("route hook: URL 2 (json): FAILED: no answer: ConnectError")
    assert "TOKEN77" not in result.stdout + result.stderr
    [request] = http_receiver.received
    assert (request["body"]["alert_kind"], request["body"]["story"]) == ("test", "nato-secretary-general")
    assert request["body"]["title"] == "natowatch test alert (route hook)"
    [mail] = smtp_server.messages
    assert mail["Subject"] == "[natowatch] natowatch test alert (route mail)"
    assert "<h2>natowatch test alert (route mail)</h2>" in mail.get_body(preferencelist=("html",)).get_content()


def test_alerts_test_one_route_as_json(runner, write_settings, http_receiver):
    write_settings({"alerts": {"routes": [{"name": "hook", "urls": [http_receiver.url()]}, {"name": "screen"}]}})
    result = invoke(runner, "alerts", "test", "--route", "hook", "--json")
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line) for line in result.stdout.splitlines()] == [
        {"route": "hook", "position": 1, "scheme": "json", "ok": True, "answer": "HTTP 200: ok"}]
    console = invoke(runner, "alerts", "test", "--route", "screen", "--json")
    assert json.loads(console.stdout)["answer"] == "printed"
    assert "[screen] natowatch test alert (route screen)" in console.stderr  # stdout stays JSON
    unknown = invoke(runner, "alerts", "test", "--route", "nope")
    assert unknown.exit_code == 2 and "no route named 'nope' (routes: hook, screen)" in unknown.stderr
