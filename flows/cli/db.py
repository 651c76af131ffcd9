"""`natowatch db upgrade`: database maintenance."""
from __future__ import annotations

from typing import Optional

import typer

from natowatch.flows.cli.options import DB_OPTION
from natowatch.flows.cli.options import clean_errors as _clean_errors, open_store as _open_store, settings as _settings

db_app = typer.Typer(no_args_is_help=True, help="Database maintenance.")


@db_app.command("upgrade")
def db_upgrade(db: Optional[str] = DB_OPTION) -> None:
    """Create the schema or bring it to the latest version (Alembic migrations)."""
    with _clean_errors():
        settings = _settings()
        with _open_store(db or settings.database_url, upgrade=True) as store:
            typer.echo(f"database {store.url}: schema is up to date")
