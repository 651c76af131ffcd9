"""Managing the feeds file: add and remove feeds, OPML import and export.

The feeds file is the user's: edits keep its comments and layout (ruamel.yaml round trip),
and every change is checked by reading the result back with natowatch.flows.reader.feeds.load_feeds (the
same validation `poll` applies) before it replaces the file, atomically.
"""
from __future__ import annotations

import os
import re
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from natowatch.flows.reader.feeds import DEFAULT_INTERVAL_MINUTES, Feed, FeedsError, load_feeds

# An OPML file larger than this is refused (a reading list is a few kilobytes).
MAX_OPML_BYTES = 5_000_000
_NAME_CHARS = re.compile(r"[^a-z0-9]+")


class FeedEditError(ValueError):
    """A feed that cannot be added or removed: one line naming the file and the feed."""


@dataclass(frozen=True)
class ImportResult:
    added: tuple[Feed, ...]
    skipped: tuple[str, ...]   # one line per outline not added, and why


def _yaml():
    from ruamel.yaml import YAML

    yaml = YAML()  # round trip: comments and key order survive
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 4096  # never fold a long URL
    return yaml


def _load_document(path: Path):
    yaml = _yaml()
    if not path.exists():
        return yaml, {"feeds": []}
    document = yaml.load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(document, dict):
        raise FeedEditError(f"{path}: (top level): expected a mapping with a 'feeds' list")
    if document.get("feeds") is None:
        document["feeds"] = []
    if not isinstance(document["feeds"], list):
        raise FeedEditError(f"{path}: feeds: expected a list")
    return yaml, document


def _entry(feed: Feed) -> dict:
    entry: dict = {"name": feed.name, "url": feed.url}
    if feed.interval_minutes != DEFAULT_INTERVAL_MINUTES:
        interval = feed.interval_minutes
        entry["interval"] = int(interval) if float(interval).is_integer() else interval
    if not feed.full_page:
        entry["full_page"] = False
    return entry


def _write_checked(path: Path, yaml, document, new_names: set[str]) -> None:
    """Write `document` next to `path`, read it back as `poll` would (the new feeds must be
    read, with no new problem), then replace `path` with it."""
    before = {p.split(": ", 1)[1] for p in load_feeds(path).problems} if path.exists() else set()
    feeds = document["feeds"]
    if hasattr(feeds, "fa"):
        feeds.fa.set_block_style()  # `feeds: []` would otherwise stay one long flow-style line
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            yaml.dump(document, out)
        after = load_feeds(temporary)
        problems = [p.split(": ", 1)[1] for p in after.problems if p.split(": ", 1)[1] not in before]
        missing = new_names - {f.name for f in after.feeds}
        if missing:
            raise FeedEditError(f"{path}: {problems[0] if problems else f'{sorted(missing)[0]!r} would not be read'}")
        if path.exists():
            os.chmod(temporary, path.stat().st_mode & 0o777)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def add_feeds(path: Path, feeds: list[Feed]) -> None:
    """Append feeds to the file; a name or URL already listed is refused."""
    yaml, document = _load_document(path)
    entries = document["feeds"]
    names = {str(e.get("name")) for e in entries if isinstance(e, dict)}
    urls = {str(e.get("url")) for e in entries if isinstance(e, dict)}
    for feed in feeds:
        if feed.name in names:
            raise FeedEditError(f"{path}: a feed named {feed.name!r} is already listed")
        if feed.url in urls:
            raise FeedEditError(f"{path}: {feed.name!r}: the URL is already listed")
        names.add(feed.name)
        urls.add(feed.url)
        entries.append(_entry(feed))
    _write_checked(path, yaml, document, {f.name for f in feeds})


def remove_feed(path: Path, name: str) -> None:
    yaml, document = _load_document(path)
    entries = document["feeds"]
    kept = [e for e in entries if not (isinstance(e, dict) and e.get("name") == name)]
    if len(kept) == len(entries):
        raise FeedEditError(f"{path}: no feed named {name!r}")
    entries[:] = kept
    _write_checked(path, yaml, document, set())


# --- OPML ---------------------------------------------------------------------------------

def to_opml(feeds: tuple[Feed, ...], title: str = "natowatch feeds") -> str:
    """OPML 2.0, one outline per feed (readers import it as subscriptions)."""
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = title
    body = ET.SubElement(root, "body")
    for feed in feeds:
        # The two natowatch* attributes carry what OPML has no word for; readers ignore them.
        ET.SubElement(body, "outline", type="rss", text=feed.name, title=feed.name, xmlUrl=feed.url,
                      natowatchInterval=f"{feed.interval_minutes:g}",
                      natowatchFullPage="true" if feed.full_page else "false")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def from_opml(path: Path, known: tuple[Feed, ...], interval: float = DEFAULT_INTERVAL_MINUTES) -> ImportResult:
    """The feeds of an OPML file (outlines with an xmlUrl, in folders or not) not already known.

    Names come from the outline's title (or text, or the URL's host), made unique."""
    try:
        size = path.stat().st_size
        if size > MAX_OPML_BYTES:
            raise FeedEditError(f"{path}: {size} bytes, more than the {MAX_OPML_BYTES} an OPML file may have")
        root = ET.fromstring(path.read_bytes())
    except OSError as exc:
        raise FeedEditError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except ET.ParseError as exc:
        raise FeedEditError(f"{path}: not OPML: {exc}") from None
    if root.tag != "opml":
        raise FeedEditError(f"{path}: not OPML: the root element is <{root.tag}>")
    names = {f.name for f in known}
    urls = {f.url for f in known}
    added, skipped = [], []
    for position, outline in enumerate(root.iter("outline"), start=1):
        url = (outline.get("xmlUrl") or "").strip()
        label = (outline.get("title") or outline.get("text") or "").strip()
        if not url:
            continue  # a folder
        where = f"{path}: outline {position} ({' '.join(label.split())[:60] or url[:60]})"
        if urlsplit(url).scheme.lower() not in ("http", "https"):
            skipped.append(f"{where}: not an http(s) URL")
            continue
        if url in urls:
            skipped.append(f"{where}: already listed")
            continue
        name = _unique_name(_slug(label) or _slug(urlsplit(url).hostname or "") or "feed", names)
        names.add(name)
        urls.add(url)
        added.append(Feed(name=name, url=url, interval_minutes=_minutes(outline.get("natowatchInterval"), interval),
                          full_page=outline.get("natowatchFullPage", "true").strip().lower() != "false"))
    return ImportResult(tuple(added), tuple(skipped))


def _minutes(text: str | None, default: float) -> float:
    try:
        value = float(text) if text else default
    except ValueError:
        return float(default)
    return value if value >= 1 else float(default)


def _slug(text: str) -> str:
    return _NAME_CHARS.sub("-", text.lower()).strip("-")[:48]


def _unique_name(name: str, taken: set[str]) -> str:
    candidate, number = name, 2
    while candidate in taken:
        candidate, number = f"{name}-{number}", number + 1
    return candidate


def listed_feeds(path: Path) -> tuple[Feed, ...]:
    """The usable feeds of the file (its problems are reported by `poll` and `feeds list`)."""
    try:
        return load_feeds(path).feeds if path.exists() else ()
    except FeedsError as exc:
        raise FeedEditError(str(exc)) from None
