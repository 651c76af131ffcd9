"""`natowatch candidates`: the candidates found in articles (not in the story file), and the
operator's decision on each: accept (followed like a listed candidate) or reject (never alerted,
out of the tally). A proposed one (no decision yet) alerts and is followed like an accepted one."""
from __future__ import annotations

from dataclasses import asdict
from typing import List, Optional

import typer

from natowatch.flows.cli.options import (DB_OPTION, EXIT_CONFIG, JSON_OPTION, STORY_OPTION, clean_errors, console,
                                         echo_json, fail, open_store, plain, stories_of)
from natowatch.flows.cli.options import settings as load_cli_settings

# What each decision does, as `candidates --accept/--reject` says it.
_DECIDED = {"accepted": "followed like a listed candidate", "rejected": "never alerted, out of the tally"}


def candidates(db: Optional[str] = DB_OPTION,
               story_choice: Optional[str] = STORY_OPTION,
               accept: Optional[List[str]] = typer.Option(None, "--accept", metavar="NAME",
                                                          help="Accept a found candidate (name or alias; repeatable)."),
               reject: Optional[List[str]] = typer.Option(None, "--reject", metavar="NAME",
                                                          help="Reject a found candidate (name or alias; repeatable)."),
               as_json: bool = JSON_OPTION) -> None:
    """The candidates found in articles whom the story files do not list: proposed (alerted and
    followed until you decide), accepted (followed like a listed one) or rejected (never alerted
    again, their events out of the tally); --accept/--reject decide, then the list is shown."""
    decisions = [(name, "accepted") for name in accept or []] + [(name, "rejected") for name in reject or []]
    both = {n.casefold() for n in accept or []} & {n.casefold() for n in reject or []}
    if both:
        raise typer.BadParameter(f"{sorted(both)[0]!r} is both accepted and rejected", param_hint="--accept/--reject")
    with clean_errors():
        current = load_cli_settings()
        stories = stories_of(current, story_choice)
        ids = [s.id for s in stories]
        with open_store(db or current.database_url) as store:
            done = []
            for name, state in decisions:
                found = [c for c in store.candidates() if c.story_id in ids]
                where = sorted({c.story_id for c in found if c.answers_to(name)})
                if not where:
                    known = ", ".join(f"{c.name} ({c.story_id})" for c in found) or "none yet"
                    fail(f"no candidate found in articles is named {name!r} (found: {known})", EXIT_CONFIG)
                if len(where) > 1:
                    fail(f"{name!r} was found in several stories ({', '.join(where)}): give --story", EXIT_CONFIG)
                done.append(store.decide_candidate(where[0], name, state))
            listed = [c for c in store.candidates() if c.story_id in ids]
    for c in done:
        typer.echo(f"{c.state}: {c.name} ({c.story_id}): {_DECIDED[c.state]}", err=as_json)
    if as_json:
        for c in listed:
            echo_json({"story": c.story_id, **{k: v for k, v in asdict(c).items() if k != "story_id"}})
        return
    if not listed:
        console().print("No candidate found in articles yet.")
        return
    from rich.table import Table

    table = Table(title=f"{len(listed)} candidate{'s' if len(listed) != 1 else ''} found in articles",
                  title_justify="left")
    for column in ("story", "name", "state", "aliases", "first seen"):
        table.add_column(column, overflow="fold")
    for c in listed:
        seen = f"{c.first_article_published.isoformat() if c.first_article_published else '-'} {c.first_article_title}"
        table.add_row(*[plain(cell) for cell in (c.story_id, c.name, c.state, ", ".join(c.aliases), seen)])
    console().print(table)
