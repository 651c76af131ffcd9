"""The `natowatch` commands on PostgreSQL, end to end: upgrade, replay, read; and refusals."""
from __future__ import annotations

import json

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine
from typer.testing import CliRunner

from pgkit import REPO, run_natowatch
from natowatch.storage.db import normalise_url
from natowatch.storage.migrate import alembic_config, head_revision

SEEDS = str(REPO / "seeds")
# Fields that differ between two correct runs: the time of day, and event ids (a PostgreSQL
# sequence also advances on INSERT ... ON CONFLICT DO NOTHING, so its ids have gaps).
RUN_SPECIFIC = {"events": ("id",), "alerts": ("event_id", "next_attempt_at", "sent_at")}


def natowatch(*args: str, **env: str):
    """The real command line, in this process (wide columns: tables do not fold names)."""
    from natowatch.flows.cli import app

    return CliRunner().invoke(app, list(args), env={"COLUMNS": "250", **env}, catch_exceptions=False)


def read_commands(*db: str, **env: str) -> dict[str, str]:
    """What the reading commands print: events and the outbox in order (fields of RUN_SPECIFIC
    left out), and the status."""
    outputs = {}
    for name, args in {"events": ("events", "--json"), "status": ("status",), "alerts": ("alerts", "--json")}.items():
        result = natowatch(*args, *db, **env)
        assert result.exit_code == 0, result.output
        outputs[name] = result.stdout
    for name, left_out in RUN_SPECIFIC.items():
        outputs[name] = [{k: v for k, v in json.loads(line).items() if k not in left_out}
                         for line in outputs[name].splitlines()]
    return outputs


@pytest.fixture(scope="module")
def sqlite_reference(prefect_harness, tmp_path_factory) -> dict[str, str]:
    """The seeds replayed into SQLite: what PostgreSQL must show too."""
    url = f"sqlite:///{tmp_path_factory.mktemp('reference') / 'natowatch.db'}"
    result = natowatch("replay", SEEDS, "--db", url)
    assert result.exit_code == 0, result.output
    return read_commands("--db", url)


@pytest.mark.postgres
@pytest.mark.prefect
@pytest.mark.parametrize("given", ["--db postgresql://", "NATOWATCH_DATABASE_URL=postgresql+psycopg://"])
def test_upgrade_replay_and_read_on_postgres_match_sqlite(given, postgres_database, sqlite_reference, tmp_path):
    url = postgres_database.url if given.startswith("--db") else postgres_database.psycopg_url
    db, env = (("--db", url), {}) if given.startswith("--db") else ((), {"NATOWATCH_DATABASE_URL": url})
    env["NATOWATCH_DATA_DIR"] = str(tmp_path)

    upgraded = natowatch("db", "upgrade", *db, **env)
    assert upgraded.exit_code == 0, upgraded.output
    assert upgraded.stdout.strip() == (f"database postgresql+psycopg://natowatch:***@{url.split('@')[1]}: "
                                       "schema is up to date")
    replayed = natowatch("replay", SEEDS, *db, **env)
    assert replayed.exit_code == 0, replayed.output
    assert f"into postgresql+psycopg://natowatch:***@{url.split('@')[1]}:" in replayed.stdout
    assert f":{postgres_database.password}@" not in replayed.output

    assert read_commands(*db, **env) == sqlite_reference
    assert {a["state"] for a in sqlite_reference["alerts"]} == {"sent"}

    again = natowatch("replay", SEEDS, *db, **env)
    assert again.exit_code == 0, again.output
    assert "No new events." in again.stdout and "Alerts queued: 0" in again.stdout
    assert read_commands(*db, **env) == sqlite_reference


@pytest.mark.postgres
@pytest.mark.parametrize("scheme", ["postgresql", "postgres", "postgresql+psycopg"])
def test_db_upgrade_accepts_each_form_of_postgres_url(scheme, postgres_database, cli_env):
    url = postgres_database.url.replace("postgresql://", f"{scheme}://", 1)

    done = run_natowatch("db", "upgrade", "--db", url, env=cli_env)

    assert done.returncode == 0, done.stderr
    assert done.stdout == f"database postgresql+psycopg://natowatch:***@{url.split('@')[1]}: schema is up to date\n"
    assert postgres_database.scalar("SELECT version_num FROM alembic_version") == head_revision()


def _revision_before_head() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_revision(head_revision()).down_revision


def _migrate_to(url: str, revision: str) -> None:
    engine = create_engine(normalise_url(url))
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    engine.dispose()


@pytest.mark.postgres
@pytest.mark.parametrize("schema", ["empty", "behind"])
@pytest.mark.parametrize("reader", ["events", "status", "alerts"])
def test_reading_commands_refuse_a_schema_not_at_head(reader, schema, postgres_database):
    if schema == "behind":
        _migrate_to(postgres_database.url, _revision_before_head())
    at = "none (empty)" if schema == "empty" else _revision_before_head()

    refused = natowatch(reader, "--db", postgres_database.url)

    assert refused.exit_code == 2
    assert refused.stdout == ""
    assert refused.stderr == (f"natowatch: database postgresql+psycopg://natowatch:***@"
                              f"{postgres_database.url.split('@')[1]} is at revision {at}, code needs "
                              f"{head_revision()}: run `natowatch db upgrade`\n")


@pytest.mark.postgres
def test_upgrade_brings_a_behind_schema_to_head_keeping_it_usable(postgres_database):
    _migrate_to(postgres_database.url, _revision_before_head())

    assert natowatch("db", "upgrade", "--db", postgres_database.url).exit_code == 0

    assert postgres_database.scalar("SELECT version_num FROM alembic_version") == head_revision()
    listed = natowatch("events", "--db", postgres_database.url)
    assert (listed.exit_code, listed.stdout) == (0, "No events.\n")


def test_an_unreachable_server_is_one_line_without_the_password():
    url = "postgresql://natowatch:not-a-real-secret@127.0.0.1:1/natowatch"

    refused = natowatch("events", "--db", url)

    assert refused.exit_code == 1
    assert refused.stderr.startswith("natowatch: cannot use database postgresql+psycopg://natowatch:***@127.0.0.1:1/")
    assert refused.stderr.count("\n") == 1 and "not-a-real-secret" not in refused.output
