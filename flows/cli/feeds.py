"""`natowatch feeds ...` and `natowatch articles`: managing the feeds, and seeing what was read.

`feeds list|add|remove|import|export` work on the feeds file (flows/reader/feedadmin.py keeps its
comments); `feeds health` reads the polling state from the database; `feeds test` fetches a
feed once and shows what would be stored, storing nothing.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from pathlib import Path
from typing import Optional

import typer

from natowatch.flows.cli.options import (DB_OPTION, EXIT_CONFIG, EXIT_FAILURE, JSON_OPTION, clean_errors, console, echo_json,
                          fail, open_store, plain, settings as load_cli_settings, story_of, warn)

feeds_app = typer.Typer(no_args_is_help=True, help="Manage the feeds: list, add, remove, test, health, OPML.")
FEEDS_FILE_OPTION = typer.Option(None, "--feeds", help="Feeds file (default: settings / NATOWATCH_FEEDS).")
# Items `feeds test` reads in full (their pages fetched and extracted) unless --limit says otherwise.
DEFAULT_TEST_ITEMS = 10


def _feeds_file(feeds: Optional[Path]) -> Path:
    from natowatch.flows.pipelines.poll import feeds_path

    return feeds_path(load_cli_settings(), feeds)


def _edit(action):
    from natowatch.flows.reader.feedadmin import FeedEditError

    try:
        return action()
    except FeedEditError as exc:
        fail(str(exc), EXIT_CONFIG)


def _table(title: str, columns: tuple[str, ...], rows: list[list[str]]) -> None:
    from rich.table import Table

    table = Table(title=title, title_justify="left")
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*[plain(cell) for cell in row])
    console().print(table)


def _when(moment: dt.datetime | None) -> str:
    return f"{moment:%Y-%m-%d %H:%M} UTC" if moment else "-"


@feeds_app.command("list")
def feeds_list(feeds: Optional[Path] = FEEDS_FILE_OPTION, as_json: bool = JSON_OPTION) -> None:
    """The feeds of the feeds file (a bad entry is named on stderr)."""
    from natowatch.flows.reader.feeds import load_feeds

    with clean_errors():
        path = _feeds_file(feeds)
        listed = load_feeds(path) if path.exists() else None
    if listed is None:
        fail(f"{path}: no such feeds file (`natowatch feeds add NAME URL` creates it)", EXIT_CONFIG)
    for problem in listed.problems:
        warn(problem)
    if as_json:
        for feed in listed.feeds:
            echo_json(asdict(feed))
        return
    _table(f"{len(listed.feeds)} feed{'s' if len(listed.feeds) != 1 else ''} in {path}",
           ("name", "url", "every", "reads"),
           [[f.name, f.url, f"{f.interval_minutes:g} min", "page" if f.full_page else "feed text"]
            for f in listed.feeds])


@feeds_app.command("add")
def feeds_add(name: str = typer.Argument(..., help="A unique name (used in logs and the database)."),
              url: str = typer.Argument(..., help="The RSS or Atom URL (http or https)."),
              interval: float = typer.Option(30, "--interval", help="Minutes between polls (at least 1)."),
              feed_text: bool = typer.Option(False, "--feed-text",
                                             help="Use the feed's own text instead of fetching each page."),
              feeds: Optional[Path] = FEEDS_FILE_OPTION) -> None:
    """Add a feed to the feeds file (its comments are kept); `feeds test NAME` tries it."""
    from natowatch.flows.reader.feedadmin import add_feeds
    from natowatch.flows.reader.feeds import Feed

    with clean_errors():
        path = _feeds_file(feeds)
        _edit(lambda: add_feeds(path, [Feed(name.strip(), url.strip(), interval, not feed_text)]))
    typer.echo(f"{path}: added {name.strip()}")


@feeds_app.command("remove")
def feeds_remove(name: str = typer.Argument(..., help="The feed's name."),
                 feeds: Optional[Path] = FEEDS_FILE_OPTION) -> None:
    """Remove a feed from the feeds file (what it brought stays in the database)."""
    from natowatch.flows.reader.feedadmin import remove_feed

    with clean_errors():
        path = _feeds_file(feeds)
        _edit(lambda: remove_feed(path, name))
    typer.echo(f"{path}: removed {name}")


@feeds_app.command("import")
def feeds_import(opml: Path = typer.Argument(..., help="An OPML file (a feed reader's export)."),
                 interval: float = typer.Option(30, "--interval", help="Minutes between polls for the new feeds."),
                 feeds: Optional[Path] = FEEDS_FILE_OPTION) -> None:
    """Add the feeds of an OPML file; those already listed (same URL) are skipped."""
    from natowatch.flows.reader.feedadmin import add_feeds, from_opml, listed_feeds

    def run() -> None:
        result = from_opml(opml, listed_feeds(path), interval)
        for line in result.skipped:
            warn(line)
        if result.added:
            add_feeds(path, list(result.added))
        typer.echo(f"{path}: {len(result.added)} feed{'s' if len(result.added) != 1 else ''} added"
                   + (f" ({', '.join(f.name for f in result.added)})" if result.added else "")
                   + (f", {len(result.skipped)} skipped" if result.skipped else ""))

    with clean_errors():
        path = _feeds_file(feeds)
        _edit(run)


@feeds_app.command("export")
def feeds_export(feeds: Optional[Path] = FEEDS_FILE_OPTION) -> None:
    """Print the feeds as OPML (for a feed reader): `natowatch feeds export > feeds.opml`."""
    from natowatch.flows.reader.feedadmin import listed_feeds, to_opml

    with clean_errors():
        path = _feeds_file(feeds)
        listed = _edit(lambda: listed_feeds(path))
    typer.echo(to_opml(listed), nl=False)


@feeds_app.command("health")
def feeds_health(feeds: Optional[Path] = FEEDS_FILE_OPTION, db: Optional[str] = DB_OPTION,
                 as_json: bool = JSON_OPTION) -> None:
    """Per feed: last poll and its answer, failures in a row and the backoff, the next poll,
    items seen and articles stored (skipped ones apart)."""
    from natowatch.flows.reader.feeds import load_feeds
    from natowatch.flows.reader.schedule import is_disabled

    with clean_errors():
        current = load_cli_settings()
        path = _feeds_file(feeds)
        listed = load_feeds(path).feeds if path.exists() else ()
        with open_store(db or current.database_url) as store:
            states = {feed.name: store.feed_state(feed.name) for feed in listed}
            counts = store.feed_counts()
    rows = []
    for feed in listed:
        state = states[feed.name]
        same = state is not None and state.url == feed.url
        count = counts.get(feed.name)
        rows.append({
            "name": feed.name, "url": feed.url,
            "status": ("disabled" if is_disabled(feed, state) else "never polled" if not same
                       else "failing" if state.consecutive_failures else "ok"),
            "last_polled_at": state.last_polled_at if same else None,
            "last_http_status": state.last_status if same else None,
            "last_success_at": state.last_polled_at if same and not state.consecutive_failures else None,
            "consecutive_failures": state.consecutive_failures if same else 0,
            "next_poll_at": state.next_poll_at if same else None,
            "last_error": state.last_error if same else None,
            "items": count.items if count else 0, "articles": count.articles if count else 0,
            "skipped": count.skipped if count else 0,
        })
    if as_json:
        for row in rows:
            echo_json(row)
        return
    _table(f"{len(rows)} feed{'s' if len(rows) != 1 else ''}: health",
           ("name", "status", "last poll", "failures", "next poll", "items", "articles (skipped)", "last error"),
           [[r["name"], r["status"], f"{_when(r['last_polled_at'])}"
             + (f" (HTTP {r['last_http_status']})" if r["last_http_status"] else ""),
             str(r["consecutive_failures"]), _when(r["next_poll_at"]), str(r["items"]),
             f"{r['articles']} ({r['skipped']})", r["last_error"] or ""] for r in rows])


@feeds_app.command("test")
def feeds_test(feed: str = typer.Argument(..., help="A feed's name in the feeds file, or a feed URL."),
               limit: int = typer.Option(DEFAULT_TEST_ITEMS, "--limit", min=1, help="Items to read in full."),
               feeds: Optional[Path] = FEEDS_FILE_OPTION, as_json: bool = JSON_OPTION) -> None:
    """Fetch a feed once and show what would be stored (articles, relevance, events): nothing is
    stored, no alert is queued."""
    from natowatch.flows.reader.feedtest import FeedTestError, trial

    with clean_errors():
        current = load_cli_settings()
        story = story_of(current)
        try:
            result = trial(feed, _feeds_file(feeds), story, limit, current.polling.host_delay_seconds,
                           current.fetch)
        except FeedTestError as exc:
            fail(str(exc), EXIT_FAILURE if exc.fetch_failed else EXIT_CONFIG)
    if result.warning:
        warn(f"{result.feed.name}: {result.warning}")
    if as_json:
        echo_json({"feed": asdict(result.feed), "title": result.title, "items": result.item_count,
                   "read": [asdict(item) for item in result.items]})
        return
    out = console()
    out.print(plain(f"{result.feed.name} ({result.feed.url}): \"{result.title}\", {result.item_count} items; "
                    f"the first {len(result.items)} read as `poll` would (nothing stored):"))
    for item in result.items:
        verdict = (f"{len(item.events)} event{'s' if len(item.events) != 1 else ''}" if item.relevant
                   else f"skipped: {item.skip_reason}")
        out.print(plain(f"\n{item.title}\n  {item.url} | {item.published or 'no date'} | text from the "
                        f"{item.text_source}, {item.words} words | {verdict}"))
        for event in item.events:
            out.print(plain(f"  - {event}"))
        if item.error:
            out.print(plain(f"  ({item.error})"))


def articles(db: Optional[str] = DB_OPTION,
             skipped: bool = typer.Option(False, "--skipped", help="Only the articles judged not about the story, "
                                          "with the reason."),
             feed: Optional[str] = typer.Option(None, "--feed", help="Only the articles of this feed."),
             limit: int = typer.Option(50, "--limit", min=1, help="At most this many, newest first."),
             as_json: bool = JSON_OPTION) -> None:
    """The articles read, newest first; --skipped: those judged not about the story, and why.

    Each with its outlet, date, feed (or source) and the number of events it gave."""
    with clean_errors():
        current = load_cli_settings()
        with open_store(db or current.database_url) as store:
            found = store.articles(relevant=False if skipped else None, feed_name=feed, limit=limit)
    if as_json:
        for article in found:
            echo_json(asdict(article))
        return
    what = "skipped article" if skipped else "article"
    if not found:
        console().print(f"No {what}s.")
        return
    last = ("why skipped",) if skipped else ("events",)
    _table(f"{len(found)} {what}{'s' if len(found) != 1 else ''}, newest first",
           ("id", "published", "outlet", "title", "from", *last),
           [[str(a.id), a.published.isoformat() if a.published else "-", a.outlet, a.title,
             a.feed_name or a.source, a.skip_reason or "" if skipped else
             (str(a.events) if a.relevant else "skipped: " + (a.skip_reason or "not about the story"))]
            for a in found])
