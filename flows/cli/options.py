"""What every `natowatch` command shares: exit codes, clean one-line errors, settings, the
story, consoles, stores, and the options that repeat (--db, --json).

Each command group has its own module in flows/cli/ (run, read, alerts, feeds, db); this is
what they share, so that none imports another's.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import re
import sys
from contextlib import contextmanager
from typing import Any, Iterator, Optional

import typer

from natowatch.flows.settings import Settings, SettingsError, load_settings

# Exit codes (README "Exit codes"): a cron job or a script can tell them apart.
EXIT_OK = 0
EXIT_FAILURE = 1       # a failure at run time (database unreachable, Prefect server, no file readable)
EXIT_CONFIG = 2        # a settings, story, feeds file or option the user must fix
EXIT_UNDELIVERED = 3   # the run worked but some alert could not be delivered (it stays in the outbox)
EXIT_INTERRUPTED = 130  # Ctrl-C

DB_OPTION = typer.Option(None, "--db", help="Database URL (default: settings / NATOWATCH_DATABASE_URL).")
JSON_OPTION = typer.Option(False, "--json", help="Machine-readable output (JSON) instead of text.")
# Width for tables when the output is a file or pipe and COLUMNS is not set (rich would use 80).
PIPE_WIDTH = 140


def fail(message: str, code: int) -> None:
    typer.echo(f"natowatch: {message}", err=True)
    raise typer.Exit(code)


def warn(message: str) -> None:
    """One line on stderr, the run goes on."""
    typer.echo(f"natowatch: {message}", err=True)


@contextmanager
def clean_errors() -> Iterator[None]:
    """Known errors become one line on stderr and an exit code, never a traceback."""
    from natowatch.extract.story import StoryError

    try:
        yield
    except (SettingsError, StoryError) as exc:
        fail(str(exc), EXIT_CONFIG)
    except Exception as exc:
        # modules not loaded cannot have raised their errors (importing the article files' module
        # loads the whole extractor, which `dispatch` and `status` never use)
        articles = sys.modules.get("natowatch.flows.files.articles")
        if articles is not None and isinstance(exc, articles.ArticleFileError):
            fail(str(exc), EXIT_CONFIG)
        feeds = sys.modules.get("natowatch.flows.reader.feeds")
        if feeds is not None and isinstance(exc, feeds.FeedsError):
            fail(str(exc), EXIT_CONFIG)
        storage_errors = sys.modules.get("natowatch.storage.errors")
        if storage_errors is None or not isinstance(exc, storage_errors.StorageError):
            raise
        fail(str(exc), EXIT_CONFIG if isinstance(exc, storage_errors.SchemaError) else EXIT_FAILURE)


def settings(*, long_lived: bool = False) -> Settings:
    """`long_lived` (poll, serve, web): the alert URLs are checked in a child process, so that
    apprise's plugins stay out of this one (flows/alerts/usable.py)."""
    return load_settings(urls_apart=long_lived)


STORY_OPTION = typer.Option(None, "--story", metavar="ID|PATH",
                            help="Only this story: an id of the settings' stories or a story file (default: all).")


def stories_of(current: Settings, choice: Optional[str]):
    """The stories a command works on: every story of the settings, or the one --story names."""
    from natowatch.flows.files.stories import select_stories

    return select_stories(current, choice)


def day_option(value: Optional[str], option: str | None = None) -> Optional[dt.date]:
    """A YYYY-MM-DD option's date (None when not given); a bad one is a usage error naming it."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)", param_hint=option) from None


def one_line(text: str) -> str:
    return " ".join(str(text).split())


def story_of(current: Settings):
    """The first story of the settings (the one a test message or a feed trial is shaped for)."""
    from natowatch.flows.files.stories import select_stories

    return select_stories(current, None)[0]


def console(stderr: bool = False):
    from rich.console import Console

    made = Console(stderr=stderr, highlight=False, soft_wrap=True)
    if not made.is_terminal and "COLUMNS" not in os.environ:
        made.width = PIPE_WIDTH
    return made


def open_store(url: str, *, upgrade: bool = False, read_only: bool = False):
    from natowatch.storage import Store

    return Store.open(url, upgrade=upgrade, read_only=read_only)


# Control characters (an ANSI escape in a feed title) would drive the terminal: never printed.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def plain(text: str):
    """Text shown as is: article text may hold [brackets] rich would read as markup, and
    control characters are dropped."""
    from rich.text import Text

    return Text(_CONTROL.sub("", text))


def echo_json(value: Any) -> None:
    """One JSON document on one line (listings print one per item: JSON lines)."""
    typer.echo(json.dumps(value, ensure_ascii=False, default=_json_default))


def _json_default(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")
