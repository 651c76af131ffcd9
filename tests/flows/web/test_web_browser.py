"""The dashboard as a person sees it: `natowatch web` on the seeds, driven by headless Chromium."""
from __future__ import annotations

import json
import urllib.request
from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.browser

STORY = "nato-secretary-general"


def api(web_server, path: str):
    """What the API says, to compare the page with (the seeds' events follow the extractor)."""
    with urllib.request.urlopen(f"{web_server.url}api/stories/{STORY}/{path}", timeout=30) as response:
        return json.load(response)


def only_this_server(page, web_server) -> None:
    """Nothing was loaded from anywhere but the app itself (no CDN, no font, no tracker)."""
    ours = urlsplit(web_server.url).netloc
    assert {urlsplit(url).netloc for url in page.requested} == {ours}, page.requested
    assert page.console_errors == []


def test_the_address_opens_the_dashboard_with_candidates_and_tally(page, web_server):
    page.goto(web_server.url)
    assert page.url == f"{web_server.url}stories/{STORY}/"
    assert page.locator("h1").inner_text() == "NATO Secretary General 2024"
    status = {c["name"]: c for c in api(web_server, "status")["candidates"]}
    assert page.locator("tr.candidate").count() == len(status)
    rutte = page.locator("tr.candidate[data-candidate='Mark Rutte']")
    assert "took office" in rutte.locator(".cstatus").inner_text()
    assert f"{status['Mark Rutte']['backing_count']} of 32" in rutte.inner_text()
    for state in ("France", "Germany", "United Kingdom", "United States", "Slovakia", "Hungary"):
        assert state in rutte.locator(".names").first.inner_text()
    # The chart is drawn on the server: one line per candidate with backers, and the consensus line.
    lines = page.locator("svg.chart polyline.series")
    assert lines.count() >= 1 and "Mark Rutte" in lines.first.text_content()
    assert page.locator("svg.chart line.threshold").count() == 1
    assert page.locator("ol.timeline li.event").count() == min(10, api(web_server, "events")["total"])
    # The CSS was applied (served by the app): the header bar has its dark background.
    assert page.locator("header.top").evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(20, 33, 61)"
    only_this_server(page, web_server)


def test_a_filter_narrows_the_timeline(page, web_server):
    page.goto(f"{web_server.url}stories/{STORY}/events")
    everything = page.locator("li.event").count()
    assert everything == api(web_server, "events")["total"]
    page.select_option("select[name=type]", "opposition")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**type=opposition**")
    kinds = page.locator("li.event .type").all_inner_texts()
    assert kinds and set(kinds) == {"opposition"} and len(kinds) < everything
    oppositions = api(web_server, "events?type=opposition")["total"]
    assert f"{oppositions} event" in page.locator("p.count").inner_text()
    # Filters combine, and the form keeps what was chosen.
    page.select_option("select[name=candidate]", "Mark Rutte")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**candidate=Mark+Rutte**")
    expected = api(web_server, "events?type=opposition&candidate=Mark+Rutte")["events"]
    assert page.locator("li.event .headline").all_inner_texts() == [
        f"{e['actor']} opposes Mark Rutte for NATO Secretary General" for e in expected]
    assert "Hungary" in [e["actor"] for e in expected]
    assert page.locator("select[name=type]").input_value() == "opposition"
    only_this_server(page, web_server)


def test_an_event_page_shows_its_evidence_with_the_matched_parts_marked(page, web_server):
    page.goto(f"{web_server.url}stories/{STORY}/events?type=opposition&candidate=Mark+Rutte&state=Hungary")
    page.click("li.event a.headline")
    page.wait_for_url("**/events/*")
    assert page.locator("h1").inner_text() == "Hungary opposes Mark Rutte for NATO Secretary General"
    evidence = page.locator("li.source blockquote.evidence").first
    assert "Hungary" in evidence.inner_text()
    marked = page.locator("li.source mark").all_inner_texts()
    assert marked, "the extractor's matched parts are marked"
    assert all(part in evidence.inner_text() for part in marked)
    assert "rule" in page.locator("li.source .meta").first.inner_text()
    only_this_server(page, web_server)


def test_alerts_and_feeds_pages_render(page, web_server):
    page.goto(f"{web_server.url}alerts")
    assert page.locator("tr.alert").count() > 0
    page.click("nav.states >> text=dead")
    page.wait_for_url("**state=dead")
    assert "No alerts in state dead" in page.locator("table.alerts").inner_text()
    page.goto(f"{web_server.url}feeds")
    assert "No feed polled yet" in page.locator("table.feeds").inner_text()
    only_this_server(page, web_server)
