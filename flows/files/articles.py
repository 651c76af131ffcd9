"""Article files on disk (text or HTML) and the manifest that describes them.

Shared by `natowatch extract` (no database, no Prefect: keep imports light) and the
replay flow, so both read a file the same way.

A manifest (manifest.json or manifest.yaml) is a list of entries, or {"articles": [...]},
each with `file` (relative to the manifest) and optionally id, title, outlet, published
(YYYY-MM-DD), url, language.
"""
from __future__ import annotations

import datetime as dt
import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable
from urllib.parse import urlsplit

import yaml

from natowatch.extract.events import DEFAULT_BUDGET_SECONDS, extract_article
from natowatch.extract.model import Event
from natowatch.extract.sanitize import sanitize_line
from natowatch.extract.story import Story

MANIFEST_NAMES = ("manifest.json", "manifest.yaml", "manifest.yml")
ARTICLE_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")
# How much of a file to look at when deciding whether it is HTML.
_SNIFF_BYTES = 1024


class ArticleFileError(ValueError):
    """A file or manifest that cannot be used: one line naming it."""


@dataclass(frozen=True)
class ManifestEntry:
    path: Path  # absolute
    id: str
    title: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    url: str | None = None
    language: str | None = None


@dataclass(frozen=True)
class ArticleFile:
    """An article read from disk, ready for the extractor and the store."""

    path: Path
    title: str        # for display: the manifest's title first
    headline: str     # the title the article itself carries ('' if none): what the extractor reads
    text: str
    published: dt.date | None
    url: str          # the manifest's URL, or 'seed:<file stem>' (stable across machines)
    outlet: str
    language: str
    is_html: bool


def find_manifest(folder: Path) -> Path | None:
    return next((folder / name for name in MANIFEST_NAMES if (folder / name).is_file()), None)


def load_manifest(path: Path) -> list[ManifestEntry]:
    """Parse a manifest; raises ArticleFileError naming the file and the bad entry."""
    try:
        raw = path.read_text(encoding="utf-8")
        data = json.loads(raw) if path.suffix == ".json" else yaml.safe_load(raw)
    except OSError as exc:
        raise ArticleFileError(f"{path}: cannot read: {exc.strerror}") from None
    except (ValueError, yaml.YAMLError):
        raise ArticleFileError(f"{path}: (file): not valid {'JSON' if path.suffix == '.json' else 'YAML'}") from None
    if isinstance(data, dict):
        data = data.get("articles")
    if not isinstance(data, list):
        raise ArticleFileError(f"{path}: (top level): expected a list of articles")
    return [_entry(item, i, path) for i, item in enumerate(data)]


def _entry(item: Any, index: int, manifest: Path) -> ManifestEntry:
    where = f"{manifest}: [{index}]"
    if not isinstance(item, dict) or not isinstance(item.get("file"), str) or not item["file"].strip():
        raise ArticleFileError(f"{where}.file: missing")
    path = (manifest.parent / item["file"]).resolve()
    published = item.get("published")
    if isinstance(published, str) and published.strip():
        try:
            published = dt.date.fromisoformat(published.strip()[:10])
        except ValueError:
            raise ArticleFileError(f"{where}.published: expected YYYY-MM-DD, got {published!r}") from None
    elif isinstance(published, dt.datetime):
        published = published.date()
    elif not isinstance(published, dt.date):
        published = None

    def text(key: str) -> str | None:
        value = item.get(key)
        return value.strip() if isinstance(value, str) and value.strip() else None

    return ManifestEntry(path=path, id=text("id") or path.stem, title=text("title"), outlet=text("outlet"),
                         published=published, url=text("url"), language=text("language"))


def manifest_entry_for(path: Path) -> ManifestEntry | None:
    """The manifest entry describing `path`, from a manifest in its folder or the folder above
    (matched by resolved file, then file name, then id == file stem). A broken manifest is
    treated as absent here: the article can still be read without it."""
    path = path.resolve()
    for folder in (path.parent, path.parent.parent):
        manifest = find_manifest(folder)
        if manifest is None:
            continue
        try:
            entries = load_manifest(manifest)
        except ArticleFileError:
            continue
        for matches in (lambda e: e.path == path, lambda e: e.path.name == path.name, lambda e: e.id == path.stem):
            entry = next((e for e in entries if matches(e)), None)
            if entry is not None:
                return entry
    return None


def looks_like_html(path: Path, head: str) -> bool:
    if path.suffix.lower() in HTML_SUFFIXES:
        return True
    start = head[:_SNIFF_BYTES].lstrip().lower()
    return start.startswith(("<!doctype html", "<html")) or ("<body" in start and "</" in start)


def split_title(content: str, known_title: str | None) -> tuple[str, str]:
    """(headline, text) of a plain-text article.

    With a known title (the manifest's): the file's first line is the headline when it is
    that title; otherwise the file has no headline of its own (an editor's title is not
    article text and must not be read for events). Without one: the first line is the headline.
    """
    stripped = content.lstrip("\ufeff")
    first, _, rest = stripped.lstrip().partition("\n")
    if known_title is not None:
        if first.strip() == known_title:
            return known_title, rest.lstrip("\n")
        return "", stripped
    return first.strip(), rest.lstrip("\n")


def outlet_of(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


def read_article(path: Path, entry: ManifestEntry | None = None, published: dt.date | None = None) -> ArticleFile:
    """Read one article file (HTML goes through extract.html_to_article).

    `published` wins over the manifest's date; an HTML page's own date is the fallback.
    Raises ArticleFileError with one line naming the file.
    """
    try:
        content = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise ArticleFileError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if not content.strip():
        raise ArticleFileError(f"{path}: empty file")
    entry_url = entry.url if entry else None
    is_html = looks_like_html(path, content)
    if is_html:
        from natowatch.extract import html_to_article  # trafilatura is slow to import: only for HTML

        page = html_to_article(content, entry_url)
        headline = page.title or ""
        title = (entry.title if entry and entry.title else None) or headline
        text, page_date = page.text, page.date
        if not text.strip():
            raise ArticleFileError(f"{path}: no article text found in the HTML")
    else:
        headline, text = split_title(content, entry.title if entry else None)
        title = (entry.title if entry and entry.title else None) or headline
        page_date = None
    return ArticleFile(
        path=path,
        title=title,
        headline=headline,
        text=text,
        published=published or (entry.published if entry else None) or page_date,
        url=entry_url or f"seed:{path.stem}",
        outlet=(entry.outlet if entry else None) or outlet_of(entry_url) or "unknown",
        language=(entry.language if entry else None) or "en",
        is_html=is_html,
    )


@dataclass(frozen=True)
class FolderListing:
    files: tuple[tuple[Path, ManifestEntry | None], ...]  # in publication order
    problems: tuple[str, ...]                             # one line per file left out


def list_folder(folder: Path) -> FolderListing:
    """The articles of a folder in publication order: the manifest's entries first by their
    `published` date, files without one by modification date; ties by file name."""
    if not folder.is_dir():
        raise ArticleFileError(f"{folder}: not a folder")
    problems: list[str] = []
    entries: list[ManifestEntry] = []
    manifest = find_manifest(folder)
    if manifest is not None:
        for entry in load_manifest(manifest):
            if entry.path.is_file():
                entries.append(entry)
            else:
                problems.append(f"{entry.path}: listed in {manifest.name} but not found")
    described = {e.path for e in entries}
    items: list[tuple[Path, ManifestEntry | None]] = [(e.path, e) for e in entries]
    items += [(p.resolve(), None) for p in sorted(folder.iterdir())
              if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES and p.resolve() not in described]

    def order(item: tuple[Path, ManifestEntry | None]):
        path, entry = item
        day = entry.published if entry and entry.published else dt.date.fromtimestamp(path.stat().st_mtime)
        return day, path.name

    return FolderListing(files=tuple(sorted(items, key=order)), problems=tuple(problems))


def events_or_warn(name: str, title: str, text: str, published: dt.date | None, story: Story,
                   warn: Callable[[str], None], *, budget_seconds: float | None = DEFAULT_BUDGET_SECONDS,
                   clock: Callable[[], float] = time.monotonic) -> list[Event]:
    """The article's events (natowatch.extract.events.extract_article); when its time budget runs out before
    the end, the events of the part read are kept and `warn` gets one line naming the article."""
    result = extract_article(title, text, published, story, budget_seconds=budget_seconds, clock=clock)
    if result.truncated:
        warn(truncated_line(name, budget_seconds))
    return result.events


def truncated_line(name: str, budget_seconds: float | None) -> str:
    """The warning for an article whose extraction stopped at its time budget, naming it."""
    return (f"{sanitize_line(name, 300)}: extraction stopped at its time budget ({budget_seconds or 0:g} s): "
            "the rest of the article was not read")
