"""The dashboard as a person sees it: `natowatch web` on the seeds, driven by headless Chromium."""
from __future__ import annotations

from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.browser

STORY = "nato-secretary-general"


def only_this_server(page, web_server) -> None:
    """Nothing was loaded from anywhere but the app itself (no CDN, no font, no tracker)."""
    ours = urlsplit(web_server.url).netloc
    assert {urlsplit(url).netloc for url in page.requested} == {ours}, page.requested
    assert page.console_errors == []


def test_the_address_opens_the_dashboard_with_candidates_and_tally(page, web_server):
    page.goto(web_server.url)
    assert page.url == f"{web_server.url}stories/{STORY}/"
    assert page.locator("h1").inner_text() == "NATO Secretary General 2024"
    rutte = page.locator("tr.candidate[data-candidate='Mark Rutte']")
    assert "took office" in rutte.locator(".cstatus").inner_text()
    assert "6 of 32" in rutte.inner_text()
    for state in ("France", "Germany", "United Kingdom", "United States", "Slovakia", "Hungary"):
        assert state in rutte.locator(".names").first.inner_text()
    # The chart is drawn on the server: one line per candidate with backers, and the consensus line.
    assert page.locator("svg.chart polyline.series").count() == 1
    assert page.locator("svg.chart line.threshold").count() == 1
    assert page.locator("ol.timeline li.event").count() == 10
    # The CSS was applied (served by the app): the header bar has its dark background.
    assert page.locator("header.top").evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(20, 33, 61)"
    only_this_server(page, web_server)


def test_a_filter_narrows_the_timeline(page, web_server):
    page.goto(f"{web_server.url}stories/{STORY}/events")
    everything = page.locator("li.event").count()
    assert everything == 17
    page.select_option("select[name=type]", "opposition")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**type=opposition**")
    kinds = page.locator("li.event .type").all_inner_texts()
    assert kinds and set(kinds) == {"opposition"} and len(kinds) < everything
    assert "3 events" in page.locator("p.count").inner_text()
    # Filters combine, and the form keeps what was chosen.
    page.select_option("select[name=candidate]", "Mark Rutte")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**candidate=Mark+Rutte**")
    assert page.locator("li.event .headline").all_inner_texts() == [
        "Hungary opposes Mark Rutte for NATO Secretary General"]
    assert page.locator("select[name=type]").input_value() == "opposition"
    only_this_server(page, web_server)


def test_an_event_page_shows_its_evidence_with_the_matched_parts_marked(page, web_server):
    page.goto(f"{web_server.url}stories/{STORY}/events?type=opposition&candidate=Mark+Rutte")
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
