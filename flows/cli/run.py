"""`natowatch extract`, `replay`, `dispatch`, `poll` and `serve`: the commands that read articles
and send alerts.

Heavy imports (Prefect, SQLAlchemy, trafilatura) happen inside the commands that need them, so
`natowatch extract` stays quick and never starts Prefect.
"""
from __future__ import annotations

import datetime as dt
import json
import sys
from contextlib import nullcontext, redirect_stdout
from dataclasses import asdict
from pathlib import Path
from typing import List, Optional

import typer

from natowatch.flows.cli.options import (DB_OPTION, EXIT_CONFIG, EXIT_FAILURE, EXIT_INTERRUPTED, EXIT_UNDELIVERED,
                                         JSON_OPTION, STORY_OPTION, echo_json, warn)
from natowatch.flows.cli.options import clean_errors as _clean_errors, console as _console, fail as _fail
from natowatch.flows.cli.options import open_store as _open_store, settings as _settings
from natowatch.flows.cli.options import stories_of as _stories
from natowatch.extract.model import date_text
from natowatch.flows.cli.options import day_option
from natowatch.flows.cli.output import print_timeline as _print_timeline
from natowatch.flows.settings import REPO_ROOT

# A replay claims alerts in batches of this size until none are left.
DISPATCH_BATCH = 100


def extract(
    files: List[Path] = typer.Argument(..., help="Article files: plain text (first line = title) or HTML."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per event and line (a fixed contract)."),
    published: Optional[str] = typer.Option(None, "--published", metavar="YYYY-MM-DD",
                                            help="Publication date, for relative dates ('on Tuesday')."),
    explain: bool = typer.Option(False, "--explain", help="Show the matched parts and the rule of each event."),
    story_choice: Optional[str] = STORY_OPTION,
) -> None:
    """Extract events from article files with the extractor alone: no database, no Prefect.

    The publication date is --published, else the file's entry in a manifest.json next to
    it (or one folder up), else unknown. Each article is matched against each story (the
    settings' stories, or --story); articles not about a story give no events for it.
    A file that cannot be read is named on stderr and skipped; the exit code is 1 only
    when no file could be read.
    """
    from natowatch.extract import event_to_json, is_about_story
    from natowatch.flows.files.articles import ArticleFileError, events_or_warn, manifest_entry_for, read_article

    day = day_option(published)
    with _clean_errors():
        stories = _stories(_settings(), story_choice)
    read_ok = 0
    for path in files:
        try:
            article = read_article(path, manifest_entry_for(path) if path.is_file() else None, day)
        except ArticleFileError as exc:
            typer.echo(f"natowatch: {exc}", err=True)
            continue
        read_ok += 1
        for story in stories:
            relevant = is_about_story(article.headline, article.text, story)
            events = events_or_warn(str(path), article.headline, article.text, article.published, story,
                                    lambda line: typer.echo(f"natowatch: {line}", err=True)) if relevant else []
            if as_json:
                for event in events:
                    typer.echo(json.dumps(event_to_json(str(path), event, story), ensure_ascii=False))
                continue
            _print_extracted(path, article, story if len(stories) > 1 else None, relevant, events, explain)
    if files and read_ok == 0:
        raise typer.Exit(EXIT_FAILURE)


def _print_extracted(path: Path, article, story, relevant: bool, events, explain: bool) -> None:
    """One article's events for one story (named when several are followed), as text."""
    from natowatch.extract import explain as explain_event

    when = article.published.isoformat() if article.published else "unknown"
    note = ("" if relevant else ", not about the story") if story is None else \
        f", {story.id}" + ("" if relevant else ": not about it")
    typer.echo(f"{path} (published {when}{note}): {len(events)} event{'s' if len(events) != 1 else ''}")
    for event in events:
        actor = f" by {event.actor}" if event.actor else ""
        date = date_text(event.date, event.precision) if event.date else "no date"
        typer.echo(f"  {event.type}: {event.subject}{actor} [{event.status}, {date}]")
        typer.echo(f"    \"{' '.join(event.evidence.split())}\"")
        if explain:
            typer.echo("    " + explain_event(event).replace("\n", "\n    "))


def _default_seeds() -> Path:
    local = Path("seeds")
    return local if local.is_dir() or not (REPO_ROOT / "seeds").is_dir() else REPO_ROOT / "seeds"


def _run_dispatch(url: str) -> tuple[list, list]:
    """Dispatch runs until nothing due is left: (alerts sent, failures)."""
    from natowatch.flows.pipelines import oneshot

    sent, failures = [], []
    while True:
        # The command prints each failure once itself: the dispatch must not log them too.
        summary = oneshot.dispatch(url, DISPATCH_BATCH, log_failures=False)
        sent.extend(summary.sent)
        failures.extend(summary.failed)
        if summary.claimed < DISPATCH_BATCH:
            return sent, failures


def _dispatch_and_report(url: str, out, as_json: bool) -> dict:
    """Send what is due; print the count (text) and one stderr line per alert not delivered.

    With --json, console alerts go to stderr so that stdout stays one JSON document."""
    with redirect_stdout(sys.stderr) if as_json else nullcontext():
        sent, failures = _run_dispatch(url)
    for item in failures:
        retry = "given up (dead)" if item.state == "dead" else "will be retried"
        warn(f"alert {item.alert_id} (route {item.route}) not delivered, {retry}: {item.error}")
    if not as_json:
        out.print(f"Alerts sent: {len(sent)}" + (f", not delivered: {len(failures)}" if failures else ""))
    return {"sent": [asdict(item) for item in sent], "failed": [asdict(item) for item in failures]}


def _exit_for(dispatched: dict | None) -> None:
    if dispatched and dispatched["failed"]:
        raise typer.Exit(EXIT_UNDELIVERED)


def replay(
    path: Optional[Path] = typer.Argument(None, help="Folder of articles (default: seeds/)."),
    db: Optional[str] = DB_OPTION,
    fresh: bool = typer.Option(False, "--fresh", help="Delete the SQLite database first."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Replay a folder of articles in publication order, then send the new alerts.

    Prints the timeline of new events and the alerts sent. Articles already stored add
    nothing: a second replay sends no alert. Exit code 3 when an alert could not be delivered.
    """
    folder = path or _default_seeds()
    out, progress = _console(), _console(stderr=True)
    with _clean_errors():
        settings = _settings()
        _stories(settings, None)
        if not folder.is_dir():
            _fail(f"{folder}: not a folder", EXIT_CONFIG)
        url = db or settings.database_url
        from natowatch.flows.pipelines import oneshot

        with progress.status(f"Replaying {folder} ..."):
            summary = oneshot.replay(str(folder.resolve()), url, fresh)
        for problem in summary.problems:
            warn(problem)
        if not as_json:
            out.print(f"Replayed {summary.articles} articles from {folder} into {summary.database}: "
                      f"{summary.new_articles} new, {summary.unrelated} not about the story; "
                      f"{summary.corroborated} known events seen again.", markup=False)
            out.print(f"Upgraded by a later report: {summary.upgraded} (stronger or dated); "
                      f"stances ended: {summary.ended}.", markup=False)
            _print_timeline(out, summary.new_events)
            out.print(f"Alerts queued: {summary.alerts_queued}")
        # No spinner here: console alerts print on stdout while it would spin on stderr.
        dispatched = _dispatch_and_report(url, out, as_json)
    if as_json:
        from natowatch.flows.present import event_json

        echo_json({"folder": str(folder), "database": summary.database, "articles": summary.articles,
                   "new_articles": summary.new_articles, "unrelated": summary.unrelated,
                   "corroborated": summary.corroborated, "upgraded": summary.upgraded, "ended": summary.ended,
                   "alerts_queued": summary.alerts_queued,
                   "new_events": [event_json(e) for e in summary.new_events],
                   "problems": list(summary.problems), "alerts": dispatched})
    _exit_for(dispatched)


def dispatch(db: Optional[str] = DB_OPTION, as_json: bool = JSON_OPTION) -> None:
    """Send the alerts that are due, and show what happened.

    Exit code 3 when some alert could not be delivered (one line each on stderr)."""
    out = _console()
    with _clean_errors():
        settings = _settings()
        _stories(settings, None)
        dispatched = _dispatch_and_report(db or settings.database_url, out, as_json)
    if as_json:
        echo_json(dispatched)
    _exit_for(dispatched)


FEEDS_OPTION = typer.Option(None, "--feeds", help="Feeds file (default: settings / NATOWATCH_FEEDS).")


def poll(once: bool = typer.Option(False, "--once", help="One cycle over the due feeds, send the alerts, exit."),
         no_dispatch: bool = typer.Option(False, "--no-dispatch",
                                          help="Only queue the alerts (`dispatch` or `serve` sends them)."),
         feeds: Optional[Path] = FEEDS_OPTION, db: Optional[str] = DB_OPTION, as_json: bool = JSON_OPTION) -> None:
    """Poll the RSS/Atom feeds for new articles and send their alerts.

    --once: one cycle, then exit (for cron); without it, keep polling until Ctrl-C.
    One line per polled feed. Exit code 3 when some alert could not be delivered.
    """
    from natowatch.flows.cli.interrupt import CtrlC, Interrupted

    with _clean_errors():
        settings = _settings(long_lived=True)
        _stories(settings, None)
        from natowatch.flows.pipelines import oneshot
        from natowatch.flows.pipelines.feed_ingest import NOT_STORED
        from natowatch.flows.pipelines.poll import feeds_path, summary_lines
        from natowatch.storage.errors import DatabaseLost

        url = db or settings.database_url
        path = feeds_path(settings, feeds)
        try:
            with CtrlC(warn) as ctrl_c:
                if not once:
                    _poll_forever(path, url, ctrl_c, dispatch=not no_dispatch)
                reports = oneshot.poll_once(str(path), url)
                ctrl_c.check()
                if not as_json:
                    for line in summary_lines(reports):
                        typer.echo(line)
                lost = next((r for r in reports if r.outcome == NOT_STORED), None)
                if lost is not None:  # one line and exit code 1, as when the database is gone at the start
                    raise DatabaseLost(f"{lost.error}; what was not stored is read again on the next poll")
                dispatched = None if no_dispatch else _dispatch_and_report(url, _console(), as_json)
        except Interrupted:
            warn("stopped (Ctrl-C)")
            raise typer.Exit(EXIT_INTERRUPTED) from None
    if as_json:
        echo_json({"feeds": [asdict(r) for r in reports], "alerts": dispatched})
    _exit_for(dispatched)


def _poll_forever(path: Path, url: str, ctrl_c, *, dispatch: bool) -> None:
    """`poll` without --once: a cycle now, then one whenever a feed is due, each a flow run when
    a Prefect server is configured; one line per polled feed per cycle. Ends with Interrupted (Ctrl-C)."""
    from natowatch.flows.reader.feeds import FeedsError, load_feeds
    from natowatch.flows.pipelines import oneshot
    from natowatch.flows.pipelines.poll import summary_lines
    from natowatch.flows.reader.schedule import now_utc, seconds_until_next_poll

    typer.echo(f"Polling the feeds of {path}: first poll now, then each feed when it is due; alerts "
               + ("sent after each poll" if dispatch else "only queued (--no-dispatch)") + ". Ctrl-C stops.")
    while True:
        reports = oneshot.poll_once(str(path), url)
        stamp = f"{now_utc():%H:%M:%S}"
        for line in summary_lines(reports):
            typer.echo(f"{stamp} {line}")
        if dispatch:
            _dispatch_and_report(url, _console(), False)
        ctrl_c.check()
        try:
            listed = load_feeds(path).feeds
        except FeedsError:
            listed = ()  # the next cycle reports the file's problem
        with _open_store(url) as store:
            wait = seconds_until_next_poll(listed, store, now_utc())
        typer.echo(f"next poll at {now_utc() + dt.timedelta(seconds=wait):%H:%M:%S} UTC")
        ctrl_c.wait(wait)


def serve(feeds: Optional[Path] = FEEDS_OPTION, db: Optional[str] = DB_OPTION) -> None:
    """Poll the feeds on their schedule and send alerts every minute, until Ctrl-C.

    Polls once at start, then prints one line per polled feed for every scheduled poll. Uses the
    Prefect server at PREFECT_API_URL, or starts a local one. The first Ctrl-C lets the runs in
    progress finish, a second stops at once.
    """
    from natowatch.flows.cli.interrupt import CtrlC, Interrupted

    with _clean_errors():
        settings = _settings(long_lived=True)
        _stories(settings, None)
        from natowatch.flows.pipelines.serve import ServeError, serve_from_settings

        try:
            with CtrlC(warn) as ctrl_c:
                serve_from_settings(feeds, db, echo=typer.echo, ctrl_c=ctrl_c)
        except ServeError as exc:
            _fail(str(exc), EXIT_FAILURE)
        except Interrupted:
            warn("stopped (Ctrl-C)")
            raise typer.Exit(EXIT_INTERRUPTED) from None
