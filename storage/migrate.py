"""Alembic, configured in code: works from an installed package and any working directory.

Alembic is imported only to upgrade or to explain a revision: every command opens a store, and
importing Alembic and loading its scripts cost about half a second of a one-shot command. The
head and the database's revision are read without it (`head_revision`, `current_revision`).
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from natowatch.storage.db import WRITE_OPTION

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
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
    from alembic import command

    config = alembic_config()
    with engine.execution_options(**{WRITE_OPTION: True}).begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _UPGRADE_LOCK})
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
