"""`natowatch`: a thin command line over extract/, storage/ and the Prefect flows.

Heavy imports (Prefect, SQLAlchemy, trafilatura) happen inside the commands that need
them, so `natowatch extract` stays quick and never starts Prefect.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import sys
from contextlib import redirect_stdout
from dataclasses import asdict
from pathlib import Path
from typing import List, Optional

import typer

from flows.prefect_env import set_prefect_defaults

set_prefect_defaults(quiet=True)

from flows.clikit import (DB_OPTION, EXIT_CONFIG, EXIT_FAILURE, EXIT_INTERRUPTED, EXIT_UNDELIVERED,  # noqa: E402
                          JSON_OPTION, echo_json, warn)
from flows.clikit import clean_errors as _clean_errors, console as _console, fail as _fail  # noqa: E402
from flows.clikit import open_store as _open_store, plain as _plain, settings as _settings  # noqa: E402
from flows.clikit import story_of as _story  # noqa: E402
from flows.settings import REPO_ROOT, flow_database  # noqa: E402

app = typer.Typer(name="natowatch", no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
                  help="Watch the race for NATO Secretary General in the news: events, tally, alerts.")
alerts_app = typer.Typer(invoke_without_command=True, help="List alerts (the outbox); `alerts retry` re-queues them.")
db_app = typer.Typer(no_args_is_help=True, help="Database maintenance.")
events_app = typer.Typer(invoke_without_command=True,
                         help="The story's events; `events retract|restore|show ID` corrects and explains them.")
app.add_typer(alerts_app, name="alerts")
app.add_typer(events_app, name="events")
app.add_typer(db_app, name="db")

ALERT_STATES = ("pending", "sending", "sent", "dead")
# A replay claims alerts in batches of this size until none are left.
DISPATCH_BATCH = 100


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            typer.echo(f"natowatch {version('natowatch')}")
        except PackageNotFoundError:  # run from a checkout that was never installed
            typer.echo("natowatch (not installed)")
        raise typer.Exit(0)


@app.callback()
def main(_version_flag: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                            help="Print the version and exit.")) -> None:
    """Watch the race for NATO Secretary General in the news: events, tally, alerts.

    Exit codes: 0 done; 1 a failure at run time; 2 a settings, story, feeds file or option
    to fix; 3 some alert could not be delivered (it stays queued: `natowatch alerts`); 130 Ctrl-C.
    """


STORY_OPTION = typer.Option(None, "--story", metavar="ID|PATH",
                            help="Only this story: an id of the settings' stories or a story file (default: all).")


def _stories(settings: Settings, choice: Optional[str]):
    from flows.stories import select_stories

    return select_stories(settings, choice)


# Width for tables when the output is a file or pipe and COLUMNS is not set (rich would use 80).
PIPE_WIDTH = 140


def _console(stderr: bool = False):
    from rich.console import Console

    console = Console(stderr=stderr, highlight=False, soft_wrap=True)
    if not console.is_terminal and "COLUMNS" not in os.environ:
        console.width = PIPE_WIDTH
    return console


def _open_store(url: str, *, upgrade: bool = False, read_only: bool = False):
    from storage import Store

    return Store.open(url, upgrade=upgrade, read_only=read_only)


# --- extract --------------------------------------------------------------------------------

def _published_option(value: Optional[str]) -> Optional[dt.date]:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None


@app.command()
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
    from extract import event_to_json, is_about_story
    from flows.articles import ArticleFileError, events_or_warn, manifest_entry_for, read_article

    day = _published_option(published)
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
    from extract import explain as explain_event

    when = article.published.isoformat() if article.published else "unknown"
    note = ("" if relevant else ", not about the story") if story is None else \
        f", {story.id}" + ("" if relevant else ": not about it")
    typer.echo(f"{path} (published {when}{note}): {len(events)} event{'s' if len(events) != 1 else ''}")
    for event in events:
        actor = f" by {event.actor}" if event.actor else ""
        date = event.date.isoformat() if event.date else "no date"
        typer.echo(f"  {event.type}: {event.subject}{actor} [{event.status}, {date}]")
        typer.echo(f"    \"{' '.join(event.evidence.split())}\"")
        if explain:
            typer.echo("    " + explain_event(event).replace("\n", "\n    "))


# --- replay and dispatch --------------------------------------------------------------------

def _default_seeds() -> Path:
    local = Path("seeds")
    return local if local.is_dir() or not (REPO_ROOT / "seeds").is_dir() else REPO_ROOT / "seeds"


def _event_notes(event) -> str:
    """What the timeline says of an event besides its facts: background, ended, retracted."""
    notes = []
    if event.background:
        notes.append("background")
    if event.ended_on:
        notes.append(f"ended {event.ended_on.isoformat()}")
    if event.retracted_at:
        notes.append(f"retracted: {event.retracted_why}")
    return "; ".join(notes)


def _event_row(event) -> list[str]:
    evidence = event.first_evidence
    reported = event.reported or evidence.article_published
    date = event.date.isoformat() if event.date else (f"{reported.isoformat()}*" if reported else "-")
    return [str(event.id), date, reported.isoformat() if reported else "-", event.type, event.subject,
            event.actor or "-", event.status, evidence.article_outlet, _event_notes(event)]


def _print_timeline(console, events, what: str = "new event") -> None:
    """Events in timeline order (when they happened; unknown dates where they were first seen)."""
    from rich.table import Table

    if not events:
        console.print(f"No {what}s.")
        return
    table = Table(title=f"{len(events)} {what}{'s' if len(events) != 1 else ''}", title_justify="left")
    for column in ("id", "date", "reported", "type", "subject", "actor", "status", "outlet", "note"):
        table.add_column(column, overflow="fold", no_wrap=column in ("id", "date", "reported", "type", "status"))
    for event in sorted(events, key=lambda e: (e.when or dt.date.max, e.id)):
        table.add_row(*[_plain(cell) for cell in _event_row(event)])
    console.print(table)
    if any(e.date is None for e in events):
        console.print("* no date in the text: the day it was first reported", style="dim")


def _run_dispatch(url: str) -> tuple[list, list]:
    """Dispatch runs until nothing due is left: (alerts sent, failures)."""
    from flows.dispatch import dispatch_alerts

    sent, failures = [], []
    while True:
        # The command prints each failure once itself: the flow must not log them too.
        with flow_database(url) as database:
            summary = dispatch_alerts(database_url=database, limit=DISPATCH_BATCH, log_failures=False)
        sent.extend(summary.sent)
        failures.extend(summary.failed)
        if summary.claimed < DISPATCH_BATCH:
            return sent, failures


def _dispatch_and_report(url: str, out, as_json: bool) -> dict:
    """Send what is due; print the count (text) and one stderr line per alert not delivered.

    With --json, console alerts go to stderr so that stdout stays one JSON document."""
    with redirect_stdout(sys.stderr) if as_json else _nothing():
        sent, failures = _run_dispatch(url)
    for item in failures:
        retry = "given up (dead)" if item.state == "dead" else "will be retried"
        warn(f"alert {item.alert_id} (route {item.route}) not delivered, {retry}: {item.error}")
    if not as_json:
        out.print(f"Alerts sent: {len(sent)}" + (f", not delivered: {len(failures)}" if failures else ""))
    return {"sent": [asdict(item) for item in sent], "failed": [asdict(item) for item in failures]}


class _nothing:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False


def _exit_for(dispatched: dict | None) -> None:
    if dispatched and dispatched["failed"]:
        raise typer.Exit(EXIT_UNDELIVERED)


@app.command()
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
        from flows.replay import replay as replay_flow

        with progress.status(f"Replaying {folder} (Prefect starts first) ..."):
            with flow_database(url) as database:
                summary = replay_flow(path=str(folder.resolve()), database_url=database, fresh=fresh)
        for problem in summary.problems:
            warn(problem)
        if not as_json:
            out.print(f"Replayed {summary.articles} articles from {folder} into {summary.database}: "
                      f"{summary.new_articles} new, {summary.unrelated} not about the story; "
                      f"{summary.corroborated} known events seen again.", markup=False)
            _print_timeline(out, summary.new_events)
            out.print(f"Alerts queued: {summary.alerts_queued}")
        # No spinner here: console alerts print on stdout while it would spin on stderr.
        dispatched = _dispatch_and_report(url, out, as_json)
    if as_json:
        from flows.present import event_json

        echo_json({"folder": str(folder), "database": summary.database, "articles": summary.articles,
                   "new_articles": summary.new_articles, "unrelated": summary.unrelated,
                   "corroborated": summary.corroborated, "alerts_queued": summary.alerts_queued,
                   "new_events": [event_json(e) for e in summary.new_events],
                   "problems": list(summary.problems), "alerts": dispatched})
    _exit_for(dispatched)


@app.command()
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


@app.command()
def poll(once: bool = typer.Option(False, "--once", help="One cycle over the due feeds, send the alerts, exit."),
         no_dispatch: bool = typer.Option(False, "--no-dispatch",
                                          help="Only queue the alerts (`dispatch` or `serve` sends them)."),
         feeds: Optional[Path] = FEEDS_OPTION, db: Optional[str] = DB_OPTION, as_json: bool = JSON_OPTION) -> None:
    """Poll the RSS/Atom feeds for new articles and send their alerts.

    --once: one cycle, then exit (for cron); without it, keep polling until Ctrl-C.
    One line per polled feed. Exit code 3 when some alert could not be delivered.
    """
    from flows.interrupt import CtrlC, Interrupted

    with _clean_errors():
        settings = _settings()
        _stories(settings, None)
        from flows.poll import feeds_path, poll_feeds, summary_lines

        url = db or settings.database_url
        path = feeds_path(settings, feeds)
        try:
            with CtrlC(warn) as ctrl_c:
                if not once:
                    _poll_forever(path, url, ctrl_c, dispatch=not no_dispatch)
                with flow_database(url) as database:
                    reports = poll_feeds(feeds_file=str(path), database_url=database, once=True)
                ctrl_c.check()
                if not as_json:
                    for line in summary_lines(reports):
                        typer.echo(line)
                dispatched = None if no_dispatch else _dispatch_and_report(url, _console(), as_json)
        except Interrupted:
            warn("stopped (Ctrl-C)")
            raise typer.Exit(EXIT_INTERRUPTED) from None
    if as_json:
        echo_json({"feeds": [asdict(r) for r in reports], "alerts": dispatched})
    _exit_for(dispatched)


def _poll_forever(path: Path, url: str, ctrl_c, *, dispatch: bool) -> None:
    """`poll` without --once: a cycle now, then one whenever a feed is due, each a flow run;
    one line per polled feed per cycle. Ends with Interrupted (Ctrl-C)."""
    from flows.feeds import FeedsError, load_feeds
    from flows.poll import now_utc, poll_feeds, seconds_until_next_poll, summary_lines

    typer.echo(f"Polling the feeds of {path}: first poll now, then each feed when it is due; alerts "
               + ("sent after each poll" if dispatch else "only queued (--no-dispatch)") + ". Ctrl-C stops.")
    while True:
        with flow_database(url) as database:
            reports = poll_feeds(feeds_file=str(path), database_url=database, once=True)
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


@app.command()
def serve(feeds: Optional[Path] = FEEDS_OPTION, db: Optional[str] = DB_OPTION) -> None:
    """Poll the feeds on their schedule and send alerts every minute, until Ctrl-C.

    Uses the Prefect server at PREFECT_API_URL, or starts a local one.
    """
    with _clean_errors():
        settings = _settings()
        _stories(settings, None)
        from flows.serve import ServeError, serve_from_settings

        try:
            serve_from_settings(feeds, db, echo=typer.echo)
        except ServeError as exc:
            _fail(str(exc), EXIT_FAILURE)
        except KeyboardInterrupt:
            raise typer.Exit(EXIT_INTERRUPTED) from None


# --- reading the store ----------------------------------------------------------------------

def _day_option(value: Optional[str], option: str) -> Optional[dt.date]:
    try:
        return _published_option(value)
    except typer.BadParameter as exc:
        raise typer.BadParameter(str(exc), param_hint=option) from None


@events_app.callback()
def events(ctx: typer.Context, db: Optional[str] = DB_OPTION,
           as_json: bool = typer.Option(False, "--json", help="One JSON object per event and line."),
           everything: bool = typer.Option(False, "--all", help="Retracted events too (marked)."),
           as_of: Optional[str] = typer.Option(None, "--as-of", metavar="YYYY-MM-DD",
                                               help="Only what had happened by that day."),
           story_choice: Optional[str] = STORY_OPTION) -> None:
    """Each story's timeline (or that of --story): events by when they happened, with the day
    they were first reported."""
    ctx.obj = {"db": db}
    if ctx.invoked_subcommand is not None:
        return
    day = _day_option(as_of, "--as-of")
    with _clean_errors():
        settings = _settings()
        stories = _stories(settings, story_choice)
        with _open_store(db or settings.database_url) as store:
            found = {story.id: store.events(story.id, include_retracted=everything, as_of=day) for story in stories}
    if as_json:
        from flows.present import event_json

        for event in (e for story in stories for e in found[story.id]):
            typer.echo(json.dumps(event_json(event), ensure_ascii=False))
        return
    for story in stories:
        if len(stories) > 1:
            _console().print(_plain(f"\n{story.title} ({story.id})"))
        _print_timeline(_console(), found[story.id], "event")


def _iso(value) -> Optional[str]:
    return value.isoformat() if value else None


def _correct(ctx: typer.Context, done: str, what: str, change) -> None:
    """Run a correction (`change(store, settings)` -> (event, alerts queued)) and say what it did."""
    from flows.alerts import headline

    with _clean_errors():
        settings = _settings()
        stories = _stories(settings, None)
        with _open_store((ctx.obj or {}).get("db") or settings.database_url) as store:
            event, queued = change(store, settings)
    story = next((s for s in stories if s.id == event.story_id), stories[0])
    typer.echo(f"{done} event {event.id}: {_one_line(headline(event, post=story.post.name))}")
    typer.echo(f"{queued} {what}{'s' if queued != 1 else ''} queued: run `natowatch dispatch` to send.")


@events_app.command("retract")
def events_retract(ctx: typer.Context, event_id: int = typer.Argument(..., metavar="ID"),
                   why: str = typer.Option(..., "--why", help="Why the event is wrong (sent with the correction).")) -> None:
    """Take a wrong event out of the tally and the timeline (kept in its history). Every route that
    received it gets a correction; its own sources cannot bring it back. `dispatch` sends them."""
    _correct(ctx, "retracted", "correction", lambda store, settings: store.retract(event_id, why))


@events_app.command("restore")
def events_restore(ctx: typer.Context, event_id: int = typer.Argument(..., metavar="ID")) -> None:
    """Undo a retraction: the event counts again; routes that got the correction are told."""
    _correct(ctx, "restored", "alert", lambda store, settings: store.restore(event_id, settings.alerts.rules))


@events_app.command("show")
def events_show(ctx: typer.Context, event_id: int = typer.Argument(..., metavar="ID")) -> None:
    """One event: its dates, its sources and its history (upgrades, end, retractions)."""
    with _clean_errors():
        settings = _settings()
        _stories(settings, None)
        with _open_store((ctx.obj or {}).get("db") or settings.database_url) as store:
            event = store.event(event_id)
    out = _console()
    actor = f" by {event.actor}" if event.actor else ""
    out.print(_plain(f"event {event.id}: {event.type} {event.subject}{actor}, {event.status}"))
    out.print(_plain(f"  happened: {_iso(event.date) or 'date not given'}; first reported: {_iso(event.reported) or '-'}"
                     + (f"; {_event_notes(event)}" if _event_notes(event) else "")))
    for evidence in event.evidence:
        out.print(_plain(f"  [{evidence.status}, {_iso(evidence.date) or 'no date'}] {evidence.article_outlet} "
                         f"{_iso(evidence.article_published) or ''}: \"{_one_line(evidence.sentence)}\""))
    for change in event.history:
        what = {"upgrade": f"{change.status_before}, {_iso(change.date_before) or 'no date'} -> "
                           f"{change.status_after}, {_iso(change.date_after) or 'no date'}",
                "ended": f"ended {_iso(change.date_after) or ''}"}.get(change.kind, change.why or "")
        out.print(_plain(f"  {change.created_at:%Y-%m-%d %H:%M} {change.kind}: {what}"))


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _alert_headline(alert, story) -> str:
    from flows.alerts import alert_headline

    return alert_headline(alert, story)


@alerts_app.callback()
def alerts(ctx: typer.Context, db: Optional[str] = DB_OPTION,
           state: Optional[str] = typer.Option(None, "--state", help=f"Only this state: {', '.join(ALERT_STATES)}."),
           as_json: bool = typer.Option(False, "--json", help="One JSON object per alert and line."),
           story_choice: Optional[str] = STORY_OPTION) -> None:
    """List alerts (the outbox), oldest first: every story's, or those of --story."""
    ctx.obj = {"db": db}
    if ctx.invoked_subcommand is not None:
        return
    if state is not None and state not in ALERT_STATES:
        raise typer.BadParameter(f"{state!r} is not one of {', '.join(ALERT_STATES)}", param_hint="--state")
    with _clean_errors():
        settings = _settings()
        stories = _stories(settings, story_choice)
        with _open_store(db or settings.database_url) as store:
            found = store.alerts(state, story_choice and stories[0].id)
    by_id = {story.id: story for story in stories}

    def story_of(alert):
        return by_id.get(alert.story_id, stories[0])
    if as_json:
        from flows.present import alert_json

        for alert in found:
            typer.echo(json.dumps(alert_json(alert, _alert_headline(alert, story_of(alert))), ensure_ascii=False))
        return
    from rich.table import Table

    table = Table(title=f"{len(found)} alert{'s' if len(found) != 1 else ''}", title_justify="left")
    several = len(stories) > 1
    for column in ("id", *(("story",) if several else ()), "route", "state", "attempts", "headline", "last error"):
        table.add_column(column, overflow="fold")
    for alert in found:
        table.add_row(*[_plain(cell) for cell in (str(alert.id), *((alert.story_id,) if several else ()), alert.route,
                                                  alert.state, str(alert.attempts),
                                                  _alert_headline(alert, story_of(alert)), alert.last_error or "")])
    _console().print(table)


@alerts_app.command("retry")
def alerts_retry(ctx: typer.Context,
                 ids: Optional[List[int]] = typer.Argument(None, help="Alert ids to send again."),
                 all_: bool = typer.Option(False, "--all", help="Every dead or waiting alert."),
                 db: Optional[str] = DB_OPTION) -> None:
    """Make dead alerts (and alerts waiting for their backoff) due now; `dispatch` sends them."""
    if bool(ids) == all_:
        raise typer.BadParameter("give alert ids or --all (not both)")
    # --db works after `retry` like on every command, and before it (`alerts --db URL retry`).
    db = db or (ctx.obj or {}).get("db")
    with _clean_errors():
        settings = _settings()
        with _open_store(db or settings.database_url) as store:
            count = store.retry_alerts(None if all_ else ids)
    typer.echo(f"{count} alert{'s' if count != 1 else ''} due now: run `natowatch dispatch` to send.")


@alerts_app.command("test")
def alerts_test(route: Optional[str] = typer.Option(None, "--route", help="Only this route (default: every route)."),
                as_json: bool = JSON_OPTION) -> None:
    """Send a test message through each route's URLs and show what each URL answered.

    Exit code 3 when a URL did not accept it; the outbox is not touched."""
    from flows.alerts import probe_message, probe_route

    with _clean_errors():
        settings = _settings()
        story = _stories(settings, None)[0]
    routes = settings.alerts.routes
    if route is not None:
        routes = tuple(r for r in routes if r.name == route)
        if not routes:
            _fail(f"{settings.source}: alerts.routes: no route named {route!r} (routes: "
                  f"{', '.join(r.name for r in settings.alerts.routes)})", EXIT_CONFIG)
    answers = []
    # With --json, a console route's test message goes to stderr: stdout stays JSON.
    with redirect_stdout(sys.stderr) if as_json else _nothing():
        for each in routes:
            answers.extend(probe_route(each.name, each.urls, probe_message(story, each.name)))
    for answer in answers:
        if as_json:
            echo_json(asdict(answer))
            continue
        where = "console" if not answer.position else f"URL {answer.position} ({answer.scheme})"
        line = f"route {answer.route}: {where}: {'ok' if answer.ok else 'FAILED'}: {answer.answer}"
        typer.echo(line, err=not answer.ok)
    if not all(answer.ok for answer in answers):
        raise typer.Exit(EXIT_UNDELIVERED)


@app.command()
def status(db: Optional[str] = DB_OPTION,
           as_of: Optional[str] = typer.Option(None, "--as-of", metavar="YYYY-MM-DD",
                                               help="The tally as it stood that day."),
           story_choice: Optional[str] = STORY_OPTION,
           as_json: bool = typer.Option(False, "--json", help="One JSON object per story: its candidates.")) -> None:
    """Per candidate of each story (or of --story): the states backing and opposing (tentative
    ones apart), and what consensus still needs (under the Security Council rule, the Council's
    votes with its permanent members apart); a candidate appointed or in office is shown as decided.

    --json: one object per story and candidate, and line."""
    from flows.statusview import status_lines, status_states

    day = _day_option(as_of, "--as-of")
    with _clean_errors():
        settings = _settings()
        stories = _stories(settings, story_choice)
        with _open_store(db or settings.database_url) as store:
            found = [(story, store.tally(story.id, states=status_states(story), as_of=day),
                      store.events(story.id, as_of=day)) for story in stories]
    if as_json:
        from flows.present import status_json, status_out

        for story, tally, events in found:
            typer.echo(json.dumps(status_json(story, status_out(story, tally, events), as_of=day), ensure_ascii=False))
        return
    out = _console()
    for i, (story, tally, events) in enumerate(found):
        for line in ([""] if i else []) + status_lines(story, tally, events, day):
            out.print(_plain(line))


@app.command()
def web(db: Optional[str] = DB_OPTION,
        host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (another than 127.0.0.1 "
                                                             "exposes the dashboard to the network)."),
        port: int = typer.Option(8000, "--port", min=0, max=65535, help="Port to listen on (0: any free port).")) -> None:
    """Serve the read-only dashboard, Atom feeds and JSON API until Ctrl-C.

    Prints the address to open. The database is opened read-only.
    """
    with _clean_errors():
        settings = _settings()
        stories = _stories(settings, None)
        from flows.web import WebError, serve

        store = _open_store(db or settings.database_url, read_only=True)
        try:
            serve(store, stories, host=host, port=port, echo=typer.echo)
        except WebError as exc:
            _fail(str(exc), EXIT_FAILURE)
        except KeyboardInterrupt:
            raise typer.Exit(130) from None
        finally:
            store.close()


from flows.cli_feeds import articles, feeds_app  # noqa: E402  (they use flows.clikit, not this module)

app.add_typer(feeds_app, name="feeds")
app.command()(articles)


@db_app.command("upgrade")
def db_upgrade(db: Optional[str] = DB_OPTION) -> None:
    """Create the schema or bring it to the latest version (Alembic migrations)."""
    with _clean_errors():
        settings = _settings()
        with _open_store(db or settings.database_url, upgrade=True) as store:
            typer.echo(f"database {store.url}: schema is up to date")
