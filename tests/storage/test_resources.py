"""Resource errors fail clean (issue 14 row 8): a full disk or a read-only file system under the
SQLite database gives one line and a non-zero exit, and leaves no process behind. The file system
is a real tmpfs of 8 MiB mounted for the test (root only: skipped with the reason elsewhere)."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from natowatch.storage import Store
from sessionkit import run_alone


@pytest.fixture
def small_disk(tmp_path):
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount_point)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {mounted.stderr.strip() or mounted.returncode}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def fill(folder: Path) -> None:
    with open(folder / "filler", "wb", buffering=0) as filler:
        try:
            while True:
                filler.write(b"\0" * 4096)
        except OSError:  # no space left: what the test wants
            pass


def natowatch(repo_root: Path, db_url: str, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NATOWATCH_", "PREFECT_API_URL"))}
    env["NATOWATCH_DATABASE_URL"] = db_url
    return run_alone(*args, cwd=repo_root, env=env)


# Each command that opens the database, the long-running service included; `poll` with a feed
# that nothing answers (the database is opened first, so it is never fetched).
COMMANDS = {"status": ["status"], "dispatch": ["dispatch"], "replay": ["replay"], "serve": ["serve"],
            "poll": ["poll", "--once", "--feeds", "{feeds}"]}


def command_line(name: str, tmp_path: Path) -> list[str]:
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text("feeds:\n  - {name: wire, url: 'http://127.0.0.1:9/wire.xml'}\n")
    return [part.format(feeds=feeds) for part in COMMANDS[name]]


def only_our_line(result: subprocess.CompletedProcess) -> str:
    """The command's own `natowatch:` line, last, and no traceback: Prefect's record of the
    failed run (commands that run a flow) keeps one line (flows/pipelines/prefect_env.py)."""
    assert result.returncode == 1, result.stderr[-3000:]
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    lines = result.stderr.strip().splitlines()
    assert [line for line in lines if line.startswith("natowatch: ")] == lines[-1:], result.stderr[-3000:]
    return lines[-1]


@pytest.mark.parametrize("command", ["status", "dispatch", "poll", "serve"])
def test_a_full_disk_is_one_line_and_no_process_is_left(small_disk, repo_root, tmp_path, command):
    db_url = f"sqlite:///{small_disk / 'natowatch.db'}"
    Store.open(db_url, upgrade=True).close()
    fill(small_disk)
    line = only_our_line(natowatch(repo_root, db_url, *command_line(command, tmp_path)))
    assert line.startswith(f"natowatch: cannot use database {db_url}: only ") and \
        line.endswith("KiB free on its disk (natowatch needs 4 MiB): free some space"), line


@pytest.mark.parametrize("command", ["status", "poll", "replay", "serve"])
def test_a_read_only_file_system_is_one_line_and_no_process_is_left(small_disk, repo_root, tmp_path, command):
    db_url = f"sqlite:///{small_disk / 'natowatch.db'}"
    Store.open(db_url, upgrade=True).close()
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    result = natowatch(repo_root, db_url, *command_line(command, tmp_path))
    line = only_our_line(result)
    assert line == (f"natowatch: cannot use database {db_url}: unable to open database file (its folder "
                    f"{small_disk} is read-only: SQLite writes its journal there, even to read)")
    if command == "status":  # no Prefect run: nothing else is said
        assert result.stderr.strip() == line
