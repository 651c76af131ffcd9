"""flows/reader/feeds.py: the feeds file, and feed bytes -> items (identity, dates, encodings, bad documents)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from natowatch.flows.reader.feeds import (Feed, FeedParseError, FeedsError, clean_link, decode_html, html_fragment_to_text,
                         load_feeds, parse_feed)

REPO = Path(__file__).resolve().parents[2]


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "feeds.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_minimal_form_works_with_defaults(tmp_path):
    path = write(tmp_path, "feeds: [{name: wire, url: 'https://example.org/rss'}]\n")
    assert load_feeds(path).feeds == (Feed("wire", "https://example.org/rss", 30.0, True),)


def test_shipped_feeds_file_loads_cleanly():
    listed = load_feeds(REPO / "config" / "feeds.yaml")
    assert listed.problems == ()


def test_bad_entries_are_named_and_the_others_kept(tmp_path):
    path = write(tmp_path, """
feeds:
  - {name: good, url: 'https://example.org/a.xml', interval: 10, full_page: false}
  - {name: nourl}
  - {name: local, url: 'file:///etc/passwd'}
  - {name: slow, url: 'https://example.org/b.xml', interval: 0}
  - {name: typo, url: 'https://example.org/c.xml', intervall: 5}
  - {name: good, url: 'https://example.org/d.xml'}
  - just a string
""")
    listed = load_feeds(path)
    assert listed.feeds == (Feed("good", "https://example.org/a.xml", 10.0, False),)
    assert listed.problems == (
        f"{path}: feeds[1].url: missing",
        f"{path}: feeds[2].url: unsupported URL scheme 'file': only http and https are fetched",
        f"{path}: feeds[3].interval: expected a number of minutes, at least 1",
        f"{path}: feeds[4].intervall: unknown key (expected full_page, interval, name, url)",
        f"{path}: feeds[5].name: 'good' is already used by another feed",
        f"{path}: feeds[6]: expected a mapping with name and url",
    )


def test_unreadable_feeds_file_is_one_line(tmp_path):
    with pytest.raises(FeedsError, match=r"feeds\.yaml: \(file\): feeds file not found"):
        load_feeds(tmp_path / "feeds.yaml")
    with pytest.raises(FeedsError, match=r"feeds\.yaml: line 2: not valid YAML"):
        load_feeds(write(tmp_path, "feeds:\n\t- name: x\n"))
    with pytest.raises(FeedsError, match=r"feeds\.yaml: feeds: expected a list"):
        load_feeds(write(tmp_path, "feeds: nope\n"))


RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Wire</title>
<item><guid isPermaLink="false">wire-1</guid><title>Rutte backed</title>
  <link>https://news.example/a?utm_source=rss&amp;id=7</link>
  <description>&lt;p&gt;First.&lt;/p&gt;&lt;p&gt;Second &amp;amp; last.&lt;/p&gt;</description>
  <pubDate>Thu, 22 Feb 2024 23:30:00 -0500</pubDate></item>
<item><title>No guid</title><link>https://news.example/b?fbclid=x&amp;ref=rss#top</link>
  <description>Body b</description></item>
<item><title>No link, no date</title><description>Only text</description></item>
<item><title>No guid</title><link>https://news.example/b?fbclid=y</link><description>again</description></item>
</channel></rss>"""


def test_items_get_identity_link_text_and_date():
    parsed = parse_feed(RSS.encode(), content_type="application/rss+xml")
    assert parsed.title == "Wire" and parsed.warning is None
    first, second, third = parsed.items  # the repeated link counts once
    assert first.key == "guid:wire-1"
    assert first.link == "https://news.example/a?id=7"
    assert first.text == "First.\n\nSecond & last."
    assert first.published == dt.date(2024, 2, 23)  # 23:30 at UTC-5 is the next day in UTC
    assert second.key == "link:https://news.example/b" and second.published is None
    assert third.link is None and third.published is None
    assert third.key.startswith("hash:") and third.text == "Only text"


def test_item_without_guid_or_link_keeps_its_key_across_polls():
    again = parse_feed(RSS.encode()).items[2]
    assert again.key == parse_feed(RSS.encode()).items[2].key


def test_clean_link_strips_tracking_only():
    assert clean_link("HTTPS://News.Example/x?utm_medium=a&page=2&gclid=1&mc_cid=3#c") == \
        "https://news.example/x?page=2"


def test_malformed_xml_with_entries_is_used_with_a_warning():
    broken = RSS.replace("</channel></rss>", "<item><title>cut off")
    parsed = parse_feed(broken.encode())
    assert [i.key for i in parsed.items][:2] == ["guid:wire-1", "link:https://news.example/b"]
    assert parsed.warning.startswith("malformed feed, read anyway:") and "\n" not in parsed.warning


def test_html_served_as_a_feed_is_an_error():
    page = b"<!DOCTYPE html><html><head><title>Home</title></head><body><p>Welcome</p></body></html>"
    with pytest.raises(FeedParseError, match="an HTML page, not a feed"):
        parse_feed(page, content_type="text/html; charset=utf-8")


def test_garbage_is_not_a_feed():
    with pytest.raises(FeedParseError, match="^not a feed: "):
        parse_feed(b"\x00\x01 definitely not xml", content_type="application/octet-stream")


LATIN = """<?xml version="1.0" encoding="{enc}"?>
<rss version="2.0"><channel><title>Zeitung</title>
<item><guid>z-1</guid><title>Gespräch in Brüssel</title><description>Der Außenminister sagte: \u201eNein\u201c.</description>
</item></channel></rss>"""


@pytest.mark.parametrize("encoding", ["iso-8859-1", "windows-1252"])
def test_non_utf8_feed_declared_in_xml_is_decoded(encoding):
    text = LATIN.format(enc=encoding)
    if encoding == "iso-8859-1":
        text = text.replace("\u201e", '"').replace("\u201c", '"')  # not in Latin-1
    item = parse_feed(text.encode(encoding), content_type="application/rss+xml").items[0]
    assert item.title == "Gespräch in Brüssel"
    assert item.text.startswith("Der Außenminister sagte:")


def test_non_utf8_feed_declared_in_http_header_is_decoded():
    body = LATIN.format(enc="windows-1252").replace('encoding="windows-1252"', "").encode("windows-1252")
    item = parse_feed(body, content_type="application/rss+xml; charset=windows-1252").items[0]
    assert item.title == "Gespräch in Brüssel" and "\u201eNein\u201c" in item.text


def test_decode_html_follows_header_then_meta_then_utf8():
    word = "Außenminister"
    assert decode_html(word.encode("latin-1"), "text/html; charset=ISO-8859-1") == word
    meta = f'<meta charset="windows-1252"><p>{word}</p>'.encode("windows-1252")
    assert word in decode_html(meta, "text/html")
    assert decode_html(word.encode("utf-8"), "text/html") == word
    assert decode_html(word.encode("windows-1252"), "") == word


def test_fragment_text_drops_scripts_and_keeps_paragraphs():
    assert html_fragment_to_text("<p>One<script>x()</script></p><p>Two&nbsp;three</p>") == "One\n\nTwo three"
