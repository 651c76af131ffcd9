"""The one dialect-specific statement storage/ needs: INSERT ... ON CONFLICT."""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from sqlalchemy import Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session


def _insert(session: Session, table: Table):
    dialect = session.get_bind().dialect.name
    return (sqlite.insert if dialect == "sqlite" else postgresql.insert)(table)


@lru_cache(maxsize=None)
def _insert_new_statement(dialect: str, table: Table):
    # Built once per table: building a statement per row was a third of the ingest cost.
    insert = sqlite.insert if dialect == "sqlite" else postgresql.insert
    return insert(table).on_conflict_do_nothing().returning(table.c.id)


def insert_new(session: Session, table: Table, values: dict[str, Any]) -> int | None:
    """Insert a row unless it would break a unique constraint.

    Returns the new id, or None when the row already existed: "new" is decided by the
    database, so two processes inserting the same row at once cannot both see it as new.
    """
    statement = _insert_new_statement(session.get_bind().dialect.name, table)
    return session.execute(statement, values).scalar_one_or_none()


def upsert(session: Session, table: Table, values: dict[str, Any], key: list[str]) -> None:
    """Insert a row, or update every other column of the row with the same `key` columns."""
    statement = _insert(session, table).values(**values)
    changes = {name: statement.excluded[name] for name in values if name not in key}
    session.execute(statement.on_conflict_do_update(index_elements=key, set_=changes))
