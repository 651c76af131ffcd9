"""The pages through the app (no browser): escaping, safe links, headers, errors, alerts and feeds."""
from __future__ import annotations

import datetime as dt
import re

import pytest
from flowkit import make_event

from natowatch.storage import ArticleRecord, FeedState, RouteRule

STORY = "nato-secretary-general"
SCRIPT = "<script>alert('x')</script>"
ROUTES = [RouteRule("console", frozenset({"endorsement", "opposition"}))]
UTC = dt.timezone.utc


@pytest.fixture
def hostile(store, story, app_client):
    """A store whose article and evidence are hostile text, and a client over it."""
    article = ArticleRecord(url="javascript:alert(document.cookie)", title=f"Title {SCRIPT}", text="t",
                            published=dt.date(2024, 3, 5), outlet=f"<b onmouseover=alert(1)>Outlet</b>",
                            language="en", source="feed")
    evidence = f"France backs Mark Rutte {SCRIPT} & \"more\"."
    store.ingest(story.id, article, [make_event("endorsement", "Mark Rutte", "France", evidence)], ROUTES)
    second = ArticleRecord(url="https://news.example.org/a?x=1&y=\"2\"", title="Second", text="u",
                           published=dt.date(2024, 3, 6), outlet="Wire", language="en", source="feed")
    store.ingest(story.id, second, [make_event("endorsement", "Mark Rutte", "France", evidence + " Again.")], ROUTES)
    store.save_feed_state(FeedState(name="wire", url="https://wire.example.org/rss", last_status=503,
                                    consecutive_failures=3, next_poll_at=dt.datetime(2030, 1, 1, tzinfo=UTC),
                                    last_polled_at=dt.datetime(2029, 12, 31, tzinfo=UTC),
                                    last_error=f"HTTP 503 {SCRIPT}"))
    store.record_feed_item("wire", "item-1", None)
    [alert] = store.alerts()
    store.mark_failed(alert.id, f"refused {SCRIPT}", max_attempts=1)
    return app_client(store)


PAGES = ["/stories/{story}/", "/stories/{story}/events", "/stories/{story}/events/1", "/alerts", "/feeds",
         "/stories/{story}/events.atom", "/events.atom"]


@pytest.mark.parametrize("path", PAGES)
def test_text_from_strangers_is_escaped_and_never_a_script_link(hostile, path):
    response = hostile.get(path.format(story=STORY))
    assert response.status_code == 200
    body = response.text
    assert "<script" not in body and "<b onmouseover" not in body
    assert 'href="javascript:' not in body.lower()
    if "feeds" not in path and "alerts" not in path:
        assert "&lt;script&gt;" in body or "&lt;b onmouseover" in body


def test_a_web_link_keeps_its_query_escaped_and_a_script_url_is_text(hostile):
    body = hostile.get(f"/stories/{STORY}/events/1").text
    assert 'href="https://news.example.org/a?x=1&amp;y=&#34;2&#34;"' in body
    assert "javascript:alert(document.cookie)" in body   # shown as text, not linked
    assert re.search(r'<a [^>]*href="javascript', body) is None


def test_alerts_page_shows_dead_alerts_with_their_error(hostile):
    body = hostile.get("/alerts?state=dead").text
    assert "France endorses Mark Rutte for NATO Secretary General" in body
    assert "refused &lt;script&gt;" in body and 'class="alert state-dead"' in body
    assert hostile.get("/alerts?state=pending").text.count('class="alert ') == 0


def test_feeds_page_shows_polls_backoff_items_and_errors(hostile):
    body = hostile.get("/feeds").text
    row = body[body.index('<tr class="feed">'):]
    for shown in ("wire", "2029-12-31 00:00", "503", "2030-01-01 00:00", "HTTP 503 &lt;script&gt;"):
        assert shown in row
    assert re.search(r"<td>1</td><td>0</td>", row)   # one item recorded, no article from it
    assert hostile.get("/api/feeds").json()[0]["consecutive_failures"] == 3


def test_every_page_says_what_it_may_load(client):
    for path in ("/", f"/stories/{STORY}/", "/alerts", "/static/style.css", "/api/stories"):
        headers = client.get(path).headers
        assert "default-src 'self'" in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff"
    page = client.get(f"/stories/{STORY}/").text
    loads = re.findall(r'<link [^>]*href="([^"]+)"', page) + re.findall(r'\bsrc="([^"]+)"', page)
    assert loads and all(url.startswith("http://testserver/") for url in loads)   # no CDN, nothing from elsewhere


def test_no_directory_listing_and_html_errors(client):
    for path in ("/static/", "/static", "/static/../pages.py", "/stories/", "/nothing"):
        assert client.get(path).status_code == 404, path
    missing = client.get("/stories/un-2026/")
    assert missing.status_code == 404 and "no story &#39;un-2026&#39; here" in missing.text
    bad = client.get(f"/stories/{STORY}/events?type=rumour")
    assert bad.status_code == 400 and "type: expected one of" in bad.text
    assert client.get(f"/stories/{STORY}/events/9999").status_code == 404


def test_the_root_opens_the_only_story(client):
    response = client.get("/", follow_redirects=False)
    assert response.status_code == 302 and response.headers["location"].endswith(f"/stories/{STORY}/")


def test_timeline_pages_link_to_each_other_with_the_filters(client):
    first = client.get(f"/stories/{STORY}/events?type=endorsement&limit=2").text
    assert first.count('<li class="event') == 2
    assert 'rel="next" href="?type=endorsement&amp;limit=2&amp;offset=2"' in first
    second = client.get(f"/stories/{STORY}/events?type=endorsement&limit=2&offset=2").text
    assert 'rel="prev" href="?type=endorsement&amp;limit=2"' in second


def test_the_store_behind_the_app_refuses_writes(seeded_store, story):
    from natowatch.storage import StorageError  # noqa: F401  (the refusal is the database's own error)

    with pytest.raises(Exception, match="readonly|read-only|query_only|attempt to write"):
        seeded_store.ingest(story.id, ArticleRecord(url="https://x.example/1", title="t", text="x", published=None,
                                                    outlet="o", language="en", source="file"), [], ROUTES)
