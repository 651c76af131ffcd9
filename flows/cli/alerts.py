"""`natowatch alerts` (the outbox), `alerts retry` and `alerts test`."""
from __future__ import annotations

import json
import sys
from contextlib import nullcontext, redirect_stdout
from dataclasses import asdict
from typing import List, Optional

import typer

from natowatch.flows.cli.options import DB_OPTION, EXIT_CONFIG, EXIT_UNDELIVERED, JSON_OPTION, STORY_OPTION, echo_json
from natowatch.flows.cli.options import clean_errors as _clean_errors, console as _console, fail as _fail
from natowatch.flows.cli.options import open_store as _open_store, plain as _plain, settings as _settings
from natowatch.flows.cli.options import stories_of as _stories

alerts_app = typer.Typer(invoke_without_command=True, help="List alerts (the outbox); `alerts retry` re-queues them.")

ALERT_STATES = ("pending", "sending", "sent", "dead")


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
    from natowatch.flows.files.stories import not_configured, story_of_id

    own = {story_id: story_of_id(settings, stories, story_id) for story_id in {a.story_id for a in found}}

    def _alert_headline(alert) -> str:
        from natowatch.flows.alerts.messages import alert_headline

        story = own[alert.story_id]
        return alert_headline(alert, story) if story else f"{alert.key} ({not_configured(alert.story_id)})"
    if as_json:
        from natowatch.flows.present import alert_json

        for alert in found:
            typer.echo(json.dumps(alert_json(alert, _alert_headline(alert)), ensure_ascii=False))
        return
    from rich.table import Table

    from natowatch.flows.present import alert_state_text

    table = Table(title=f"{len(found)} alert{'s' if len(found) != 1 else ''}", title_justify="left")
    several = len(stories) > 1
    for column in ("id", *(("story",) if several else ()), "route", "state", "attempts", "headline", "last error"):
        table.add_column(column, overflow="fold")
    for alert in found:
        table.add_row(*[_plain(cell) for cell in (str(alert.id), *((alert.story_id,) if several else ()), alert.route,
                                                  alert_state_text(alert), str(alert.attempts),
                                                  _alert_headline(alert), alert.last_error or "")])
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
    from natowatch.flows.alerts.messages import probe_message, probe_route

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
    with redirect_stdout(sys.stderr) if as_json else nullcontext():
        for each in routes:
            answers.extend(probe_route(each.name, each.urls, probe_message(story, each.name),
                                       proxy=settings.alert_proxy))
    for answer in answers:
        if as_json:
            echo_json(asdict(answer))
            continue
        where = "console" if not answer.position else f"URL {answer.position} ({answer.scheme})"
        line = f"route {answer.route}: {where}: {'ok' if answer.ok else 'FAILED'}: {answer.answer}"
        typer.echo(line, err=not answer.ok)
    if not all(answer.ok for answer in answers):
        raise typer.Exit(EXIT_UNDELIVERED)
