"""A database fixture for the flows/ tests that must hold on SQLite and on PostgreSQL.

Import `any_db_url` into a test module to use it. PostgreSQL gets a fresh schema per test
(tests/conftest.py `new_postgres_schema`): skipped with the reason locally when no server
answers, failed under CI.
"""
from __future__ import annotations

import pytest


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_db_url(request, tmp_path):
    """An empty database URL: a SQLite file, or a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'natowatch.db'}"
    return request.getfixturevalue("new_postgres_schema")()
