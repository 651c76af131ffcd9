"""Feeds as data (config/feeds.yaml) and feed documents as items (feedparser over fetched bytes).

No network here: flows/reader/fetch.py gets the bytes, this module reads them.
"""
from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from natowatch.extract.sanitize import sanitize_line, sanitize_text
from natowatch.flows.files.yamlfile import read_yaml

DEFAULT_INTERVAL_MINUTES = 30
# Past these a key or link is not a real one, and would not fit a PostgreSQL index entry.
MAX_KEY_CHARS = 512
MAX_LINK_CHARS = 2048
_FEED_KEYS = {"name", "url", "interval", "full_page"}


class FeedsError(ValueError):
    """The feeds file as a whole cannot be read: 'FILE: KEY: problem'."""


class FeedParseError(ValueError):
    """A fetched document that is not a feed (HTML page, garbage): one line."""


@dataclass(frozen=True)
class Feed:
    name: str
    url: str
    interval_minutes: float = DEFAULT_INTERVAL_MINUTES
    full_page: bool = True   # fetch the linked page; False: use the feed's own content


@dataclass(frozen=True)
class FeedList:
    feeds: tuple[Feed, ...]
    problems: tuple[str, ...]  # one line per rejected entry: 'FILE: feeds[i].KEY: problem'


def load_feeds(path: str | Path) -> FeedList:
    """Read a feeds file; bad entries are reported in `problems` and the others kept."""
    path = Path(path)
    data = read_yaml(path, "feeds file", FeedsError)
    if data is None:
        return FeedList((), ())
    if not isinstance(data, dict) or "feeds" not in data:
        raise FeedsError(f"{path}: (top level): expected a mapping with a 'feeds' list")
    entries = data["feeds"] or []
    if not isinstance(entries, list):
        raise FeedsError(f"{path}: feeds: expected a list")
    feeds, problems, names = [], [], set()
    for i, entry in enumerate(entries):
        try:
            feed = _feed_from_entry(entry, f"feeds[{i}]")
        except ValueError as exc:
            problems.append(f"{path}: {exc}")
            continue
        if feed.name in names:
            problems.append(f"{path}: feeds[{i}].name: {feed.name!r} is already used by another feed")
            continue
        names.add(feed.name)
        feeds.append(feed)
    return FeedList(tuple(feeds), tuple(problems))


def _feed_from_entry(entry: Any, where: str) -> Feed:
    if not isinstance(entry, dict):
        raise ValueError(f"{where}: expected a mapping with name and url")
    unknown = sorted(set(entry) - _FEED_KEYS)
    if unknown:
        raise ValueError(f"{where}.{unknown[0]}: unknown key (expected {', '.join(sorted(_FEED_KEYS))})")
    name, url = entry.get("name"), entry.get("url")
    if not isinstance(name, str) or not name.strip():
        raise ValueError(f"{where}.name: missing")
    if not isinstance(url, str) or not url.strip():
        raise ValueError(f"{where}.url: missing")
    from natowatch.flows.reader.fetch import scheme_error

    problem = scheme_error(url.strip())
    if problem:
        raise ValueError(f"{where}.url: {problem}")
    interval = entry.get("interval", DEFAULT_INTERVAL_MINUTES)
    if isinstance(interval, bool) or not isinstance(interval, (int, float)) or interval < 1:
        raise ValueError(f"{where}.interval: expected a number of minutes, at least 1")
    full_page = entry.get("full_page", True)
    if not isinstance(full_page, bool):
        raise ValueError(f"{where}.full_page: expected true or false")
    return Feed(name=name.strip(), url=url.strip(), interval_minutes=float(interval), full_page=full_page)


# --- feed documents ---------------------------------------------------------------------

@dataclass(frozen=True)
class FeedItem:
    key: str                  # identity across polls: 'guid:...', 'link:...' or 'hash:...'
    link: str | None          # http(s) link with tracking parameters removed
    title: str
    text: str                 # the entry's own content (or summary) as plain text
    published: dt.date | None
    link_problem: str | None = None   # the entry's link cannot be fetched: why (the item is skipped)


@dataclass(frozen=True)
class ParsedFeed:
    title: str
    items: tuple[FeedItem, ...]
    language: str | None = None  # two-letter code from the feed's language, when it gives one
    warning: str | None = None   # malformed but usable: why
    repeated: tuple[str, ...] = ()   # keys listed more than once (only the first entry is kept)


def parse_feed(body: bytes, *, content_type: str = "") -> ParsedFeed:
    """Read RSS/Atom bytes (encoding from the HTTP header or the XML declaration)."""
    # Imported here: a poll's worker processes use this module's FeedItem and clean_link only,
    # and feedparser and httpx (scheme_error) would cost each of them ~8 and ~14 MB.
    import feedparser

    headers = {"content-type": content_type} if content_type else {}
    parsed = feedparser.parse(body, response_headers=headers)
    if not parsed.entries and (not parsed.version or _looks_like_html(body, content_type)):
        if _looks_like_html(body, content_type):
            raise FeedParseError("an HTML page, not a feed (check the feed URL)")
        reason = _one_line(parsed.get("bozo_exception")) or "no RSS or Atom found"
        raise FeedParseError(f"not a feed: {reason}")
    warning = None
    if parsed.bozo and not isinstance(parsed.get("bozo_exception"), feedparser.CharacterEncodingOverride):
        warning = f"malformed feed, read anyway: {_one_line(parsed.get('bozo_exception'))}"
    items, keys, repeated = [], set(), []
    for entry in parsed.entries:
        item = _item(entry)
        if item.key in keys:  # a feed listing an item twice still gives it once
            repeated.append(item.key)
        else:
            keys.add(item.key)
            items.append(item)
    language = (parsed.feed.get("language") or "").strip().lower()[:2] or None
    return ParsedFeed(title=_clean(parsed.feed.get("title", "")), items=tuple(items), language=language,
                      warning=warning, repeated=tuple(dict.fromkeys(repeated)))


def _item(entry: Any) -> FeedItem:
    from natowatch.flows.reader.fetch import MALFORMED, scheme_error

    raw_link = (entry.get("link") or "").strip()
    problem = scheme_error(raw_link) if raw_link else None
    link = clean_link(raw_link) if raw_link and not problem else None
    # A link to another scheme (ftp:) leaves the feed's own text; one that cannot even be read
    # (a malformed or absurdly long URL) is a broken or hostile item: skipped.
    if raw_link and not problem and len(raw_link) > MAX_LINK_CHARS:
        problem, link = f"link longer than {MAX_LINK_CHARS} characters", None
    elif problem and not problem.startswith(MALFORMED):
        problem = None
    title = _clean(html_fragment_to_text(entry.get("title", "")))
    content = entry.get("content") or []
    body_html = max((c.get("value", "") for c in content), key=len, default="") or entry.get("summary", "")
    text = html_fragment_to_text(body_html)
    return FeedItem(key=item_key(entry.get("id"), link or raw_link or None, title, text), link=link, title=title,
                    text=text, published=_entry_date(entry),
                    link_problem=f"{problem}: {sanitize_line(raw_link, 200)!r}" if problem else None)


def item_key(guid: str | None, link: str | None, title: str, text: str) -> str:
    """guid, else the cleaned link, else a hash of what the entry says; a key too long for a
    database index is kept as its hash."""
    if guid and guid.strip():
        return _short_key("guid", guid.strip())
    if link:
        return _short_key("link", link)
    digest = hashlib.sha256(f"{title}\n{text}".encode("utf-8")).hexdigest()
    return f"hash:{digest}"


def _short_key(kind: str, value: str) -> str:
    if len(value) <= MAX_KEY_CHARS:
        return f"{kind}:{value}"
    return f"{kind}-sha256:{hashlib.sha256(value.encode('utf-8', 'surrogatepass')).hexdigest()}"


def _entry_date(entry: Any) -> dt.date | None:
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    if not stamp:
        return None
    return dt.datetime.fromtimestamp(calendar.timegm(stamp), dt.timezone.utc).date()


# Query parameters that track the reader, not name the page.
_TRACKING_PREFIXES = ("utm_", "mc_", "pk_", "_hs")
_TRACKING_NAMES = {"fbclid", "gclid", "dclid", "gclsrc", "msclkid", "yclid", "igshid", "twclid",
                   "ref", "ref_src", "ref_url", "referrer", "cmpid", "ocid", "smid", "smtyp",
                   "at_medium", "at_campaign", "_ga", "_gl", "spm", "guccounter", "wt_mc", "ito"}


def clean_link(url: str) -> str:
    """The link without tracking parameters or fragment; scheme and host lower-cased.

    Hand-written rather than courlan.normalize_url, measured (benchmarks/libraries.py, 7 feed
    links): strict mode drops query parameters that name the page (`?q=`, `?a=1&b=2`: two
    pages would become one item), the default mode keeps fragments and trackers (`ito`,
    `smid`); this gets 7/7, courlan 5/7 and 4/7, at 45 against 122 us per URL. The link is
    also an item's identity ('link:...'), so a change here re-reads every such item once."""
    parts = urlsplit(url.strip())
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not (k.lower() in _TRACKING_NAMES or k.lower().startswith(_TRACKING_PREFIXES))]
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/",
                       urlencode(query, doseq=True), ""))


# --- text from HTML bits ----------------------------------------------------------------

_BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
               "blockquote", "section", "article", "tr", "table", "figure", "figcaption", "pre"}
_SKIPPED_TAGS = {"script", "style", "noscript", "template"}


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIPPED_TAGS:
            self.skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in _SKIPPED_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def html_fragment_to_text(fragment: str) -> str:
    """Plain text of a feed entry's HTML: paragraphs kept, tags and scripts dropped."""
    if "<" not in fragment and "&" not in fragment:
        return sanitize_text(fragment).strip()
    collector = _TextCollector()
    collector.feed(fragment)
    collector.close()
    paragraphs = (_clean(p) for p in sanitize_text("".join(collector.parts)).split("\n\n"))
    return "\n\n".join(p for p in paragraphs if p)


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)


def decode_html(body: bytes, content_type: str = "") -> str:
    """Page bytes as text: HTTP charset, else <meta charset>, else UTF-8, else windows-1252."""
    candidates = []
    match = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_\-:.]+)", content_type, re.I)
    if match:
        candidates.append(match.group(1))
    if body.startswith(b"\xef\xbb\xbf"):
        candidates.append("utf-8-sig")
    meta = _META_CHARSET.search(body[:4096])
    if meta:
        candidates.append(meta.group(1).decode("ascii"))
    for encoding in candidates + ["utf-8"]:
        try:
            return body.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    # windows-1252 is what mislabelled Western pages nearly always are.
    return body.decode("windows-1252", errors="replace")


def _looks_like_html(body: bytes, content_type: str) -> bool:
    head = body[:1024].lstrip().lower()
    return "html" in content_type.lower() or head.startswith((b"<!doctype html", b"<html"))


def _clean(text: str) -> str:
    """One line of a stranger's text, safe to store and show (see extract/sanitize.py)."""
    return sanitize_line(text)


def _one_line(exc: Any) -> str:
    return _clean(str(exc)) if exc else ""
