"""Database URLs, redaction and SQLite connection settings."""
from __future__ import annotations

import pytest
from sqlalchemy import text

from natowatch.storage import StorageError
from natowatch.storage.db import make_engine, normalise_url, redact_text, redact_url


@pytest.mark.parametrize("given, expected", [
    ("postgresql://u:p@db:5432/nw", "postgresql+psycopg://u:p@db:5432/nw"),
    ("postgres://u:p@db/nw", "postgresql+psycopg://u:p@db/nw"),
    ("postgresql+psycopg2://u:p@db/nw", "postgresql+psycopg2://u:p@db/nw"),
    ("postgresql+psycopg://u@db/nw", "postgresql+psycopg://u@db/nw"),
    ("sqlite://", "sqlite://"),
])
def test_normalise_url_picks_psycopg_for_plain_postgresql(given, expected):
    assert normalise_url(given).render_as_string(hide_password=False) == expected


def test_normalise_url_creates_the_sqlite_folder_for_a_relative_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    url = normalise_url("sqlite:///data/deeper/natowatch.db")
    assert url.database == "data/deeper/natowatch.db"
    assert (tmp_path / "data" / "deeper").is_dir()


def test_normalise_url_creates_the_sqlite_folder_for_an_absolute_path(tmp_path):
    normalise_url(f"sqlite:///{tmp_path}/a/b/natowatch.db")
    assert (tmp_path / "a" / "b").is_dir()


def test_an_invalid_url_is_one_line_without_echoing_it():
    with pytest.raises(StorageError) as caught:
        normalise_url("not a url with s3cret")
    assert "s3cret" not in str(caught.value)
    assert "\n" not in str(caught.value)


def test_redact_url_hides_password_and_secret_query_values():
    shown = redact_url("postgresql+psycopg://natowatch:hunter2@db/nw?sslpassword=abc&application_name=x")
    assert "hunter2" not in shown and "abc" not in shown
    assert shown.startswith("postgresql+psycopg://natowatch:***@db/nw")
    assert "application_name=x" in shown


def test_redact_text_replaces_every_url_by_its_scheme():
    error = "slack://T0/B1/secret failed; then mailto://me:pw@mail.example said no"
    assert redact_text(error) == "slack://*** failed; then mailto://*** said no"


def test_sqlite_engine_uses_wal_foreign_keys_and_a_busy_timeout(tmp_path):
    engine = make_engine(normalise_url(f"sqlite:///{tmp_path}/x.db"))
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() >= 1000
    engine.dispose()
