"""The schema comes from the Alembic migrations, and an old schema is refused."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
from contextlib import contextmanager

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from natowatch.storage import SchemaError, Store, StorageError
from natowatch.storage.db import normalise_url
from natowatch.storage import migrate
from natowatch.storage.migrate import head_revision
from natowatch.storage.models import Base

TABLES = {"articles", "events", "event_changes", "evidence", "alerts", "feeds", "feed_items", "candidates", "alembic_version"}


def test_upgrade_creates_every_table_on_an_empty_database(database_url):
    with Store.open(database_url, upgrade=True) as store:
        tables = set(inspect(store._engine).get_table_names())
    assert tables == TABLES


def test_migration_builds_exactly_the_models_schema(store):
    with store._engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def _sqlite_schema_by_alembic(tmp_path, monkeypatch) -> list[str]:
    """The schema a run of every migration leaves in a new SQLite file (the snapshot set aside)."""
    with monkeypatch.context() as patched:
        patched.setattr(migrate, "SQLITE_HEAD", tmp_path / "no-snapshot.sql")
        with Store.open(f"sqlite:///{tmp_path / 'by-alembic.db'}", upgrade=True) as store, store._engine.connect() as connection:
            return migrate.sqlite_schema(connection)


def test_the_sqlite_snapshot_is_the_schema_the_migrations_leave(tmp_path, monkeypatch):
    """migrations/sqlite_head.sql, which a new SQLite database gets instead of running Alembic, holds
    to the letter what the migrations leave, and is at head: after a new migration run
    `python -m natowatch.storage.migrate` to write it again."""
    assert migrate._sqlite_head() is not None, "sqlite_head.sql is not at head: run `python -m natowatch.storage.migrate`"
    assert _clauses(migrate._sqlite_head()) == _clauses(_sqlite_schema_by_alembic(tmp_path, monkeypatch))


def _clauses(statements: list[str]) -> list[tuple[str, list[str]]]:
    """The statements in any order, each its first line and its other lines in any order: Alembic's
    batch copies of a SQLite table (a migration that alters it) list its constraints, and remake
    its indexes, in no fixed order from run to run."""
    return sorted((lines[0], sorted(line.strip().rstrip(",").strip() for line in lines[1:]))
                  for lines in (statement.splitlines() for statement in statements))


def test_an_empty_sqlite_database_gets_the_migrations_schema_without_alembic(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    script = (f"import sys; from natowatch.storage import Store; Store.open({url!r}, upgrade=True).close(); "
              "print('alembic' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "False", done.stderr
    with Store.open(url) as store, store._engine.connect() as connection:     # at head: no SchemaError
        assert migrate.sqlite_schema(connection) == migrate._sqlite_head()
        assert _clauses(migrate._sqlite_head()) == _clauses(_sqlite_schema_by_alembic(tmp_path, monkeypatch))
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all() == [head_revision()]


def test_a_snapshot_behind_head_is_not_used(tmp_path, monkeypatch):
    """A snapshot written before the last migration: Alembic runs every migration instead."""
    stale = tmp_path / "stale.sql"
    stale.write_text(migrate.SQLITE_HEAD.read_text(encoding="utf-8").replace(f"-- revision: {head_revision()}",
                                                                              "-- revision: 0001"), encoding="utf-8")
    monkeypatch.setattr(migrate, "SQLITE_HEAD", stale)
    assert migrate._sqlite_head() is None
    with Store.open(f"sqlite:///{tmp_path / 'a.db'}", upgrade=True) as store:
        assert set(inspect(store._engine).get_table_names()) == TABLES


def test_upgrading_twice_is_a_no_op(database_url):
    Store.open(database_url, upgrade=True).close()
    with Store.open(database_url, upgrade=True) as store:
        assert store.events("any") == []


def test_an_empty_database_is_refused_without_upgrade(database_url):
    with pytest.raises(SchemaError) as caught:
        Store.open(database_url)
    message = str(caught.value)
    assert f"is at revision none (empty), code needs {head_revision()}: run `natowatch db upgrade`" in message
    assert "\n" not in message
    assert "natowatch:natowatch@" not in message  # the test server's password is redacted


def test_a_schema_behind_head_is_refused_naming_both_revisions(database_url):
    Store.open(database_url, upgrade=True).close()
    engine = create_engine(normalise_url(database_url))
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'ffff'"))
    engine.dispose()
    with pytest.raises(SchemaError, match=f"at revision ffff, which this code does not know.*needs {head_revision()}"):
        Store.open(database_url)


def test_migrations_run_from_any_working_directory(database_url, tmp_path):
    script = f"from natowatch.storage import Store; Store.open({database_url!r}, upgrade=True).close(); print('ok')"
    done = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "ok", done.stderr
    Store.open(database_url).close()


def test_an_unreachable_postgres_is_one_line_with_the_password_redacted():
    with pytest.raises(StorageError) as caught:
        Store.open("postgresql://natowatch:s3cret@127.0.0.1:1/natowatch?connect_timeout=2")
    message = str(caught.value)
    assert message.startswith("cannot use database postgresql+psycopg://natowatch:***@127.0.0.1:1/natowatch")
    assert "s3cret" not in message and "\n" not in message


def test_an_unsupported_database_is_refused():
    with pytest.raises(StorageError, match="only SQLite and PostgreSQL are supported"):
        Store.open("mysql://u:p@localhost/nw")


@contextmanager
def _database_at(database_url: str, revision: str):
    """A connection to the database migrated only up to `revision`, holding one article."""
    from alembic import command

    from natowatch.storage.migrate import alembic_config

    engine = create_engine(normalise_url(database_url))
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
        connection.execute(text(
            "INSERT INTO articles (url, content_hash, title, outlet, published, language, source, text_source, "
            "relevant, created_at) VALUES ('u', 'h', 't', 'o', '2024-06-26', 'en', 'seed', 'file', true, "
            "CURRENT_TIMESTAMP)"))
        yield connection
    engine.dispose()


def test_upgrading_a_0002_database_dates_its_events_reported_by_their_first_article(database_url):
    with _database_at(database_url, "0002") as connection:
        connection.execute(text(
            "INSERT INTO events (story_id, type, subject, actor_key, status, confidence, first_article_id, "
            "created_at) VALUES ('s', 'appointment', 'Mark Rutte', '', 'confirmed', 0.9, 1, CURRENT_TIMESTAMP)"))
    with Store.open(database_url, upgrade=True) as store:
        [event] = store.events("s")
        assert (event.reported, event.background, event.retracted_at, event.history) == (
            dt.date(2024, 6, 26), False, None, ())
        assert store.tally("s") == {}


def test_upgrading_to_0008_makes_every_stored_date_a_day(database_url):
    with _database_at(database_url, "0007") as connection:
        for subject, date in (("Mark Rutte", "'2024-06-26'"), ("Klaus Iohannis", "NULL")):
            connection.execute(text(
                "INSERT INTO events (story_id, type, subject, actor_key, status, date, confidence, first_article_id, "
                f"created_at, background) VALUES ('s', 'candidacy', '{subject}', '', 'confirmed', {date}, 0.9, 1, "
                "CURRENT_TIMESTAMP, false)"))
            connection.execute(text(
                "INSERT INTO evidence (event_id, article_id, sentence, sentence_hash, span_start, span_end, status, "
                f"date, rule, confidence, created_at) SELECT id, 1, '{subject}.', '{subject}', 0, 1, 'confirmed', "
                f"{date}, 'r', 0.9, CURRENT_TIMESTAMP FROM events WHERE subject = '{subject}'"))
    with Store.open(database_url, upgrade=True) as store:
        events = {e.subject: e for e in store.events("s")}
        assert [(e.date, e.date_precision, e.evidence[0].date_precision) for e in events.values()] == [
            (dt.date(2024, 6, 26), "day", "day"), (None, None, None)]
