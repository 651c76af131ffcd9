"""Alembic, configured in code: works from an installed package and any working directory.

Alembic is imported only to upgrade or to explain a revision: every command opens a store, and
importing Alembic and loading its scripts cost about half a second of a one-shot command. The
head and the database's revision are read without it (`head_revision`, `current_revision`).

An empty SQLite database (every `replay --fresh`, a first run) gets the head schema from
`migrations/sqlite_head.sql`: the statements a run of every migration leaves in `sqlite_master`,
replayed in their order, so the schema is the migrations' to the letter, not the models' (they
differ in constraint names, server defaults and column order). It is used only while it is at
head; tests/storage/test_migrations.py checks it against a real run of the migrations and
`python -m natowatch.storage.migrate` writes it again after a new migration.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from natowatch.storage.db import WRITE_OPTION

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
SQLITE_HEAD = MIGRATIONS / "sqlite_head.sql"
_SNAPSHOT_REVISION = re.compile(r"^-- revision: (\S+)$", re.M)
# Any constant: the PostgreSQL advisory lock that serialises concurrent upgrades.
_UPGRADE_LOCK = 7_004_221
# The revision lines every script of versions/ starts with (`revision = "0005"`, `down_revision = "0004"`).
_REVISION_LINE = re.compile(r"""^(down_revision|revision)\s*(?::[^=]*)?=\s*(?:None|["']([^"']+)["'])\s*$""", re.M)


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    """The revision no script revises, read from the scripts' revision lines; Alembic decides
    when they do not give exactly one (a merge, a script written another way)."""
    revisions, revised = set(), set()
    for script in (MIGRATIONS / "versions").glob("*.py"):
        found = dict((key, value) for key, value in _REVISION_LINE.findall(script.read_text(encoding="utf-8")))
        if "revision" in found:
            revisions.add(found["revision"])
            revised.add(found.get("down_revision") or None)
    heads = revisions - revised
    if len(heads) == 1:
        return heads.pop()
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at (Alembic's version table); None for an empty database."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        versions = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    if len(versions) > 1:
        raise ValueError(f"the database is at several revisions at once ({', '.join(versions)})")
    return versions[0] if versions else None


def upgrade(engine: Engine) -> None:
    """Run every migration up to head, in one transaction where the database allows it.

    Two processes upgrading at once take turns (SQLite write lock, PostgreSQL advisory
    lock); the second then finds the database at head and does nothing.
    """
    with engine.execution_options(**{WRITE_OPTION: True}).begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _UPGRADE_LOCK})
        if connection.dialect.name == "sqlite" and not sqlite_schema(connection):
            statements = _sqlite_head()
            if statements:      # Alembic and its scripts cost ~0.25 s of CPU; this, a few ms
                for statement in statements:
                    connection.exec_driver_sql(statement)
                connection.execute(text("INSERT INTO alembic_version (version_num) VALUES (:head)"),
                                   {"head": head_revision()})
                return
        from alembic import command

        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def sqlite_schema(connection: Connection) -> list[str]:
    """The statements that made a SQLite database's tables and indexes, in the order they were
    made (SQLite's own indexes for keys and unique constraints come with their tables)."""
    return list(connection.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY rowid").scalars())


def _sqlite_head() -> list[str] | None:
    """The statements of migrations/sqlite_head.sql when it is at head; None otherwise (missing,
    or written before the last migration: Alembic then runs them all)."""
    try:
        snapshot = SQLITE_HEAD.read_text(encoding="utf-8")
    except OSError:
        return None
    revision = _SNAPSHOT_REVISION.search(snapshot)
    if revision is None or revision.group(1) != head_revision():
        return None
    return [statement.strip() for statement in snapshot.split(_SEPARATOR)[1:]]


# between two statements of the snapshot (a statement's own text may hold ";" and blank lines)
_SEPARATOR = "\n-- statement\n"


def write_sqlite_head(path: Path = SQLITE_HEAD) -> None:
    """Run every migration on a new in-memory SQLite database and write the schema they leave."""
    from sqlalchemy import create_engine

    engine = create_engine("sqlite://")
    try:
        with engine.begin() as connection:
            from alembic import command

            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            statements = sqlite_schema(connection)
    finally:
        engine.dispose()
    path.write_text(f"-- The SQLite schema at migration head, as the migrations leave it (storage/migrate.py).\n"
                    f"-- Written by `python -m natowatch.storage.migrate`; do not edit.\n-- revision: {head_revision()}\n"
                    + "".join(_SEPARATOR + statement + "\n" for statement in statements), encoding="utf-8")


if __name__ == "__main__":
    write_sqlite_head()
    print(f"wrote {SQLITE_HEAD}")
