"""Rich output shared by the commands: the timeline table of events (`replay`, `events`)."""
from __future__ import annotations

from natowatch.extract.model import date_text, timeline_order
from natowatch.flows.cli.options import plain as _plain


def event_notes(event) -> str:
    """What the timeline says of an event besides its facts: background, ended, retracted."""
    notes = []
    if event.background:
        notes.append("background")
    if event.ended_on:
        notes.append(f"ended {date_text(event.ended_on, event.ended_precision)}")
    if event.retracted_at:
        notes.append(f"retracted: {event.retracted_why}")
    return "; ".join(notes)


def event_row(event) -> list[str]:
    evidence = event.first_evidence
    reported = event.reported or evidence.article_published
    date = date_text(event.date, event.date_precision) if event.date else (f"{reported.isoformat()}*" if reported else "-")
    return [str(event.id), date, reported.isoformat() if reported else "-", event.type, event.subject,
            event.actor or "-", event.status, evidence.article_outlet, event_notes(event)]


def print_timeline(console, events, what: str = "new event") -> None:
    """Events in timeline order (when they happened; unknown dates where they were first seen)."""
    from rich.table import Table

    if not events:
        console.print(f"No {what}s.")
        return
    table = Table(title=f"{len(events)} {what}{'s' if len(events) != 1 else ''}", title_justify="left")
    for column in ("id", "date", "reported", "type", "subject", "actor", "status", "outlet", "note"):
        table.add_column(column, overflow="fold", no_wrap=column in ("id", "date", "reported", "type", "status"))
    for event in sorted(events, key=timeline_order):
        table.add_row(*[_plain(cell) for cell in event_row(event)])
    console.print(table)
    if any(e.date is None for e in events):
        console.print("* no date in the text: the day it was first reported", style="dim")
