"""Helpers for the PostgreSQL end-to-end tests (a module of its own: `conftest` is ambiguous
across test folders)."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import psycopg
from sqlalchemy.engine import make_url

REPO = Path(__file__).resolve().parents[2]
NATOWATCH = Path(sys.executable).with_name("natowatch")


def libpq_url(url: str) -> str:
    """The URL psycopg itself accepts (no SQLAlchemy driver suffix)."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@dataclass(frozen=True)
class PostgresDatabase:
    name: str
    url: str          # postgresql://user:password@host:port/name: natowatch fills in the driver
    password: str     # so tests can check it is never shown (as user:password@)

    @property
    def psycopg_url(self) -> str:
        return self.url.replace("postgresql://", "postgresql+psycopg://", 1)

    def rows(self, sql: str) -> list[tuple]:
        with psycopg.connect(self.url, autocommit=True) as connection:
            return connection.execute(sql).fetchall()

    def scalar(self, sql: str):
        return self.rows(sql)[0][0]


def run_natowatch(*args: str, env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess:
    """One `natowatch` command in a process of its own, from the repository (for `seeds/`)."""
    return subprocess.run([str(NATOWATCH), *args], cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=timeout)


def start_natowatch(*args: str, env: dict[str, str], log: Path) -> subprocess.Popen:
    """Start `natowatch` in the background, in a process group of its own (with the Prefect
    server it starts); stdout and stderr go to `log` (a pipe could fill up)."""
    with log.open("w") as output:
        return subprocess.Popen([str(NATOWATCH), *args], cwd=REPO, env=env, stdout=output,
                                stderr=subprocess.STDOUT, text=True, start_new_session=True)


def stop(process: subprocess.Popen) -> None:
    """Kill a process started by start_natowatch, and its group, if it is still running."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
