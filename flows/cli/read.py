"""`natowatch events` (and its corrections), `status` and `web`: reading the store."""
from __future__ import annotations

import json
from typing import Optional

import typer

from natowatch.extract.model import date_text
from natowatch.flows.cli.options import DB_OPTION, EXIT_FAILURE, STORY_OPTION
from natowatch.flows.cli.options import clean_errors as _clean_errors, console as _console, fail as _fail
from natowatch.flows.cli.options import open_store as _open_store, plain as _plain, settings as _settings
from natowatch.flows.cli.options import stories_of as _stories
from natowatch.flows.cli.options import day_option, one_line as _one_line
from natowatch.flows.cli.output import event_notes as _event_notes, print_timeline as _print_timeline

events_app = typer.Typer(invoke_without_command=True,
                         help="The story's events; `events retract|restore|show ID` corrects and explains them.")


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
    day = day_option(as_of, "--as-of")
    with _clean_errors():
        settings = _settings()
        stories = _stories(settings, story_choice)
        with _open_store(db or settings.database_url) as store:
            found = {story.id: store.events(story.id, include_retracted=everything, as_of=day) for story in stories}
    if as_json:
        from natowatch.flows.present import event_json

        for event in (e for story in stories for e in found[story.id]):
            typer.echo(json.dumps(event_json(event), ensure_ascii=False))
        return
    for story in stories:
        if len(stories) > 1:
            _console().print(_plain(f"\n{story.title} ({story.id})"))
        _print_timeline(_console(), found[story.id], "event")


def _iso(value) -> Optional[str]:
    return value.isoformat() if value else None


def _event_headline(event, settings, stories) -> str:
    """The event told in its own story's words; if that story is not configured, said so."""
    from natowatch.flows.alerts.messages import headline
    from natowatch.flows.files.stories import not_configured, story_of_id

    story = story_of_id(settings, stories, event.story_id)
    if story is None:
        return f"{headline(event, post='the post')} ({not_configured(event.story_id)})"
    return headline(event, post=story.post.name)


def _correct(ctx: typer.Context, done: str, what: str, change) -> None:
    """Run a correction (`change(store, settings)` -> (event, alerts queued)) and say what it did."""
    with _clean_errors():
        settings = _settings()
        stories = _stories(settings, None)
        with _open_store((ctx.obj or {}).get("db") or settings.database_url) as store:
            event, queued = change(store, settings)
    typer.echo(f"{done} event {event.id}: {_one_line(_event_headline(event, settings, stories))}")
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
        stories = _stories(settings, None)
        with _open_store((ctx.obj or {}).get("db") or settings.database_url) as store:
            event = store.event(event_id)
    out = _console()
    actor = f" by {event.actor}" if event.actor else ""
    out.print(_plain(f"event {event.id}: {event.type} {event.subject}{actor}, {event.status}"))
    out.print(_plain(f"  {_event_headline(event, settings, stories)} [{event.story_id}]"))
    happened = date_text(event.date, event.date_precision) or "date not given"
    out.print(_plain(f"  happened: {happened}; first reported: {_iso(event.reported) or '-'}"
                     + (f"; {_event_notes(event)}" if _event_notes(event) else "")))
    for evidence in event.evidence:
        out.print(_plain(f"  [{evidence.status}, {date_text(evidence.date, evidence.date_precision) or 'no date'}] {evidence.article_outlet} "
                         f"{_iso(evidence.article_published) or ''}: \"{_one_line(evidence.sentence)}\""))
    for change in event.history:
        what = {"upgrade": f"{change.status_before}, {date_text(change.date_before, change.precision_before) or 'no date'}"
                           f" -> {change.status_after}, "
                           f"{date_text(change.date_after, change.precision_after) or 'no date'}",
                "ended": f"ended {date_text(change.date_after, change.precision_after) or ''}"}.get(change.kind, change.why or "")
        out.print(_plain(f"  {change.created_at:%Y-%m-%d %H:%M} {change.kind}: {what}"))


def status(db: Optional[str] = DB_OPTION,
           as_of: Optional[str] = typer.Option(None, "--as-of", metavar="YYYY-MM-DD",
                                               help="The tally as it stood that day."),
           story_choice: Optional[str] = STORY_OPTION,
           as_json: bool = typer.Option(False, "--json", help="One JSON object per story: its candidates.")) -> None:
    """Per candidate of each story (or of --story): the states backing and opposing (tentative
    ones apart), and what consensus still needs (under the Security Council rule, the Council's
    votes with its permanent members apart); a candidate appointed or in office is shown as decided.

    --json: one object per story and candidate, and line."""
    from natowatch.flows.cli.statusview import status_lines, status_states

    day = day_option(as_of, "--as-of")
    with _clean_errors():
        settings = _settings()
        stories = _stories(settings, story_choice)
        with _open_store(db or settings.database_url) as store:
            found = [(story, store.tally(story.id, states=status_states(story), as_of=day),
                      store.events(story.id, as_of=day), store.candidates(story.id)) for story in stories]
            dead = store.alerts("dead", story_choice and stories[0].id)
    if as_json:
        from natowatch.flows.present import status_json, status_out

        for story, tally, events, people in found:
            typer.echo(json.dumps(status_json(story, status_out(story, tally, events, people), as_of=day,
                                              found=people), ensure_ascii=False))
        return
    out = _console()
    for i, (story, tally, events, people) in enumerate(found):
        for line in ([""] if i else []) + status_lines(story, tally, events, day, people):
            out.print(_plain(line))
    if dead:
        unreachable = sum(a.failure == "unreachable" for a in dead)
        out.print(f"\nAlerts not delivered: {len(dead)} dead ({unreachable} unreachable: sent again when their "
                  f"route answers, within alerts.revive_hours; {len(dead) - unreachable} rejected): "
                  "natowatch alerts --state dead")


def web(db: Optional[str] = DB_OPTION,
        host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (another than 127.0.0.1 "
                                                             "exposes the dashboard to the network)."),
        port: int = typer.Option(8000, "--port", min=0, max=65535, help="Port to listen on (0: any free port).")) -> None:
    """Serve the read-only dashboard, Atom feeds and JSON API until Ctrl-C.

    Prints the address to open. The database is opened read-only.
    """
    with _clean_errors():
        settings = _settings(long_lived=True)
        stories = _stories(settings, None)
        from natowatch.flows.web import WebError, serve

        store = _open_store(db or settings.database_url, read_only=True)
        try:
            serve(store, stories, host=host, port=port, echo=typer.echo)
        except WebError as exc:
            _fail(str(exc), EXIT_FAILURE)
        except KeyboardInterrupt:
            raise typer.Exit(130) from None
        finally:
            store.close()
