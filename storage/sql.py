"""The one dialect-specific statement storage/ needs: INSERT ... ON CONFLICT."""
from __future__ import annotations

import importlib
from functools import lru_cache
from typing import Any, Sequence

from sqlalchemy import Row, Table
from sqlalchemy.orm import Session


def _dml(dialect: str):
    """The dialect's dml module (its INSERT ... ON CONFLICT), imported when a database of that
    kind is first written: importing sqlalchemy.dialects.postgresql loads every PostgreSQL driver
    dialect (asyncpg, pg8000, ...), ~0.05-0.08 s of a one-shot command on SQLite."""
    return importlib.import_module(f"sqlalchemy.dialects.{'sqlite' if dialect == 'sqlite' else 'postgresql'}.dml")


def _insert(session: Session, table: Table):
    return _dml(session.get_bind().dialect.name).insert(table)


# SQLAlchemy 2.0 gives no cache key to its dialects' INSERT ... ON CONFLICT (`inherit_cache =
# False`: their clauses may hold any target or SET), so it compiled such a statement again at
# every execution: a fifth of the poller's CPU, five times per article stored. The statements
# below are the plain "ON CONFLICT DO NOTHING" with no target, and nothing else: their clause has
# no state, so its class is its whole cache key, and the INSERT's key is the standard one
# (table, parameters, RETURNING), which is then complete.

def _insert_new_class(dml):
    """The dialect's (`dml`: its dml module) INSERT ... ON CONFLICT DO NOTHING, with a cache key."""

    class DoNothing(dml.OnConflictDoNothing):
        _traverse_internals = ()  # no target, no WHERE: nothing to tell one from another

        def __init__(self) -> None:
            super().__init__()

    class InsertNew(dml.Insert):
        inherit_cache = True

        def __init__(self, table: Table) -> None:
            super().__init__(table)
            self._post_values_clause = DoNothing()

    return InsertNew


@lru_cache(maxsize=None)
def _insert_new(dialect: str):
    return _insert_new_class(_dml(dialect))


@lru_cache(maxsize=None)
def _insert_new_statement(dialect: str, table: Table, returning: tuple[str, ...] = ("id",)):
    # Built once per table: building a statement per row was a third of the ingest cost.
    insert = _insert_new("sqlite" if dialect == "sqlite" else "postgresql")
    return insert(table).returning(*(table.c[name] for name in returning))


def insert_new(session: Session, table: Table, values: dict[str, Any]) -> int | None:
    """Insert a row unless it would break a unique constraint.

    Returns the new id, or None when the row already existed: "new" is decided by the
    database, so two processes inserting the same row at once cannot both see it as new.
    """
    statement = _insert_new_statement(session.get_bind().dialect.name, table)
    return session.execute(statement, values).scalar_one_or_none()


def insert_new_rows(session: Session, table: Table, rows: Sequence[dict[str, Any]],
                    returning: tuple[str, ...] = ("id",)) -> list[Row]:
    """Insert many rows in one statement, skipping those that would break a unique constraint.

    Returns the `returning` columns of the rows this statement created (in no particular
    order); rows that already existed return nothing. Rows are inserted in the order given,
    so callers that sort them take row locks in the same order as every other writer.
    """
    if not rows:
        return []
    statement = _insert_new_statement(session.get_bind().dialect.name, table, returning)
    # A list of parameter sets becomes one multi-row INSERT ... RETURNING (SQLAlchemy's
    # "insertmanyvalues"): one round trip, not one per row.
    return list(session.execute(statement, list(rows)).all())


def upsert(session: Session, table: Table, values: dict[str, Any], key: list[str]) -> None:
    """Insert a row, or update every other column of the row with the same `key` columns."""
    statement = _insert(session, table).values(**values)
    changes = {name: statement.excluded[name] for name in values if name not in key}
    session.execute(statement.on_conflict_do_update(index_elements=key, set_=changes))
