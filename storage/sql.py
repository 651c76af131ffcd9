"""The one dialect-specific statement storage/ needs: INSERT ... ON CONFLICT."""
from __future__ import annotations

from typing import Any

from sqlalchemy import Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session


def _insert(session: Session, table: Table):
    dialect = session.get_bind().dialect.name
    return (sqlite.insert if dialect == "sqlite" else postgresql.insert)(table)


def insert_new(session: Session, table: Table, values: dict[str, Any]) -> int | None:
    """Insert a row unless it would break a unique constraint.

    Returns the new id, or None when the row already existed: "new" is decided by the
    database, so two processes inserting the same row at once cannot both see it as new.
    """
    statement = _insert(session, table).values(**values).on_conflict_do_nothing().returning(table.c.id)
    return session.execute(statement).scalar_one_or_none()


def upsert(session: Session, table: Table, values: dict[str, Any], key: list[str]) -> None:
    """Insert a row, or update every other column of the row with the same `key` columns."""
    statement = _insert(session, table).values(**values)
    changes = {name: statement.excluded[name] for name in values if name not in key}
    session.execute(statement.on_conflict_do_update(index_elements=key, set_=changes))
