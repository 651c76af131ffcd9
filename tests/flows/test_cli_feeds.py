"""`natowatch feeds ...` and `natowatch articles`, invoked for real: a feeds file in a temporary
folder, a local feed server (pytest-httpserver), the real poll pipeline into SQLite and PostgreSQL."""
from __future__ import annotations

import json
import logging

import pytest

from backends import any_db_url  # noqa: F401  (a fixture)
from flowkit import FEED_PAGE, invoke
from natowatch.flows.reader.feeds import load_feeds
from natowatch.flows.reader.fetch import FetchLimits
from natowatch.flows.pipelines.feed_ingest import PollContext, process_feed
from natowatch.flows.pipelines.poll import run_cycle
from natowatch.flows.reader.feedfetch import fetch_each
from natowatch.flows.settings import load_settings
from natowatch.storage import Store

COMMENTED = "# my feeds: keep this comment\nfeeds:\n  # the wire\n  - {name: wire, url: 'https://wire.example/rss'}\n"
# One item about the race (its page is read), one not about it (a football result naming a candidate).
TWO_ITEMS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Wire \x1b[31m</title><link>{base}</link>
<description>news</description>
<item><guid>hu-1</guid><title>Hungary opposes Rutte</title><link>{base}/news/hu-1.html</link>
<pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate></item>
<item><guid>ajax</guid><title>Ajax beat PSV</title>
<description>Ajax won the derby 3-1 on Sunday in Amsterdam; Mark Rutte watched from the stands.</description></item>
</channel></rss>"""
OPML = """<?xml version="1.0"?><opml version="1.0"><head><title>reader</title></head><body>
<outline text="News"><outline text="Politico Europe" xmlUrl="https://www.politico.eu/feed/"/>
<outline title="The Wire" xmlUrl="https://wire.example/rss"/><outline text="Local" xmlUrl="file:///etc/passwd"/>
</outline><outline text="DW" xmlUrl="https://rss.dw.com/rdf/rss-en-world"/></body></opml>"""


@pytest.fixture
def feeds_file(tmp_path, write_settings):
    write_settings({})
    path = tmp_path / "feeds.yaml"
    path.write_text(COMMENTED, encoding="utf-8")
    return path


def serve_two_items(httpserver) -> str:
    base = httpserver.url_for("").rstrip("/")
    httpserver.expect_request("/two.xml").respond_with_data(TWO_ITEMS.format(base=base),
                                                            content_type="application/rss+xml")
    httpserver.expect_request("/news/hu-1.html").respond_with_data(FEED_PAGE, content_type="text/html")
    return f"{base}/two.xml"


def test_add_list_remove_keep_the_files_comments(runner, feeds_file):
    added = invoke(runner, "feeds", "add", "local", "https://local.example/feed", "--interval", "10",
                   "--feed-text", "--feeds", str(feeds_file))
    assert added.exit_code == 0, added.stderr
    text = feeds_file.read_text()
    assert "# my feeds: keep this comment" in text and "# the wire" in text
    assert [(f.name, f.interval_minutes, f.full_page) for f in load_feeds(feeds_file).feeds] == [
        ("wire", 30.0, True), ("local", 10.0, False)]
    listed = [json.loads(line) for line in invoke(runner, "feeds", "list", "--json", "--feeds",
                                                  str(feeds_file)).stdout.splitlines()]
    assert [(f["name"], f["url"]) for f in listed] == [("wire", "https://wire.example/rss"),
                                                        ("local", "https://local.example/feed")]
    assert "local.example/feed" in invoke(runner, "feeds", "list", "--feeds", str(feeds_file)).stdout

    duplicate = invoke(runner, "feeds", "add", "wire", "https://other.example/rss", "--feeds", str(feeds_file))
    assert duplicate.exit_code == 2
    assert duplicate.stderr == f"natowatch: {feeds_file}: a feed named 'wire' is already listed\n"
    bad = invoke(runner, "feeds", "add", "ftp", "ftp://files.example/feed", "--feeds", str(feeds_file))
    assert bad.exit_code == 2 and "feeds[2].url: unsupported URL scheme 'ftp'" in bad.stderr
    assert len(load_feeds(feeds_file).feeds) == 2  # a refused feed leaves the file as it was

    removed = invoke(runner, "feeds", "remove", "wire", "--feeds", str(feeds_file))
    assert removed.exit_code == 0
    assert [f.name for f in load_feeds(feeds_file).feeds] == ["local"]
    assert "# my feeds: keep this comment" in feeds_file.read_text()
    missing = invoke(runner, "feeds", "remove", "wire", "--feeds", str(feeds_file))
    assert missing.exit_code == 2 and "no feed named 'wire'" in missing.stderr


def test_opml_import_and_export(runner, feeds_file, tmp_path):
    opml = tmp_path / "reader.opml"
    opml.write_text(OPML, encoding="utf-8")
    result = invoke(runner, "feeds", "import", str(opml), "--feeds", str(feeds_file))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == f"{feeds_file}: 2 feeds added (politico-europe, dw), 2 skipped\n"
    assert sorted(result.stderr.splitlines()) == [f"natowatch: {opml}: outline 3 (The Wire): already listed",
                                                  f"natowatch: {opml}: outline 4 (Local): not an http(s) URL"]
    assert [f.name for f in load_feeds(feeds_file).feeds] == ["wire", "politico-europe", "dw"]

    exported = invoke(runner, "feeds", "export", "--feeds", str(feeds_file))
    assert exported.exit_code == 0
    again = tmp_path / "again.opml"
    again.write_text(exported.stdout, encoding="utf-8")
    fresh = tmp_path / "fresh.yaml"
    assert invoke(runner, "feeds", "import", str(again), "--feeds", str(fresh)).exit_code == 0
    assert load_feeds(fresh).feeds == load_feeds(feeds_file).feeds  # a round trip loses nothing

    broken = tmp_path / "broken.opml"
    broken.write_text("<opml><body><outline", encoding="utf-8")
    result = invoke(runner, "feeds", "import", str(broken), "--feeds", str(feeds_file))
    assert result.exit_code == 2 and result.stderr.startswith(f"natowatch: {broken}: not OPML: ")


def test_feeds_test_shows_what_would_be_stored_and_stores_nothing(runner, feeds_file, httpserver, tmp_path):
    url = serve_two_items(httpserver)
    invoke(runner, "feeds", "add", "two", url, "--feeds", str(feeds_file))
    result = invoke(runner, "feeds", "test", "two", "--feeds", str(feeds_file))
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert out.startswith(f'two ({url}): "Wire", 2 items; the first 2 read as `poll` would (nothing stored):')
    assert "\x1b" not in out  # the feed's control characters never reach the terminal
    assert "text from the page" in out and "opposition: Mark Rutte by Hungary (confirmed, 2024-03-05)" in out
    assert "skipped: names neither the post (NATO Secretary General or an alias)" in out
    assert "it names Mark Rutte (candidate)" in out
    as_json = json.loads(invoke(runner, "feeds", "test", url, "--limit", "1", "--json").stdout)
    assert as_json["items"] == 2 and [item["relevant"] for item in as_json["read"]] == [True]
    assert not (tmp_path / "data").exists()  # no database was even created

    unknown = invoke(runner, "feeds", "test", "nope", "--feeds", str(feeds_file))
    assert unknown.exit_code == 2 and "no feed named 'nope' (names: wire, two)" in unknown.stderr
    httpserver.expect_request("/gone.xml").respond_with_data("", status=404)
    gone = invoke(runner, "feeds", "test", httpserver.url_for("/gone.xml"))
    assert gone.exit_code == 1 and "HTTP 404" in gone.stderr


def test_health_and_skipped_articles_after_a_poll(runner, feeds_file, httpserver, any_db_url, story):
    """The real poll pipeline (without Prefect) stores one article about the race and one not,
    with the reason; `feeds health` and `articles` read them back, on SQLite and PostgreSQL."""
    url = serve_two_items(httpserver)
    httpserver.expect_request("/down.xml").respond_with_data("busy", status=503)
    invoke(runner, "feeds", "add", "two", url, "--feeds", str(feeds_file))
    invoke(runner, "feeds", "add", "down", httpserver.url_for("/down.xml"), "--feeds", str(feeds_file))
    limits = FetchLimits(connect_timeout=30, read_timeout=30, total_timeout=60)  # a loaded machine's local server
    log = logging.getLogger("natowatch.test.cli_feeds")
    with Store.open(any_db_url, upgrade=True) as store:
        ctx = PollContext(store=store, story=story, routes=load_settings().alerts.rules, limits=limits)
        feeds = load_feeds(feeds_file).feeds[1:]
        run_cycle(feeds, store, lambda due: fetch_each(due, limits),
                  lambda feed, state, result: process_feed(feed, state, result, ctx.new_cycle(0), log), log)

    health = {row["name"]: row for row in map(json.loads, invoke(
        runner, "feeds", "health", "--json", "--feeds", str(feeds_file), "--db", any_db_url).stdout.splitlines())}
    assert health["wire"]["status"] == "never polled" and health["wire"]["last_polled_at"] is None
    two = health["two"]
    assert (two["status"], two["last_http_status"], two["items"], two["articles"], two["skipped"]) == (
        "ok", 200, 2, 2, 1)
    assert two["last_success_at"] == two["last_polled_at"] and two["next_poll_at"] > two["last_polled_at"]
    down = health["down"]
    assert (down["status"], down["consecutive_failures"], down["last_success_at"]) == ("failing", 1, None)
    assert "503" in down["last_error"]
    table = invoke(runner, "feeds", "health", "--feeds", str(feeds_file), "--db", any_db_url).stdout
    assert "failing" in table and "2 (1)" in table

    skipped = [json.loads(line) for line in invoke(runner, "articles", "--skipped", "--json",
                                                   "--db", any_db_url).stdout.splitlines()]
    assert [(a["title"], a["feed_name"], a["relevant"]) for a in skipped] == [("Ajax beat PSV", "two", False)]
    assert skipped[0]["skip_reason"] == ("names neither the post (NATO Secretary General or an alias) nor the "
                                         "organisation (NATO or an alias); it names Mark Rutte (candidate)")
    every = [json.loads(line) for line in invoke(runner, "articles", "--json", "--db", any_db_url).stdout.splitlines()]
    assert [(a["title"], a["events"] > 0, a["skip_reason"]) for a in every] == [
        ("Ajax beat PSV", False, skipped[0]["skip_reason"]), ("Hungary opposes Rutte", True, None)]
    text = invoke(runner, "articles", "--skipped", "--db", any_db_url).stdout
    assert "1 skipped article, newest first" in text and "it names Mark Rutte (candidate)" in text
    assert invoke(runner, "articles", "--feed", "down", "--db", any_db_url).stdout == "No articles.\n"
