"""Resource errors fail clean (issue 14 row 8): a full disk or a read-only file system under the
SQLite database gives one line and a non-zero exit, and leaves no process behind. The file system
is a real tmpfs of 8 MiB mounted for the test (root only: skipped with the reason elsewhere)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from natowatch.storage import Store


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


def processes_in_session(session_id: int) -> list[str]:
    """Command lines of the live processes whose session is `session_id`."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            fields = stat[stat.rindex(")") + 2:].split()
            if int(fields[3]) == session_id and fields[0] != "Z":
                found.append((entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace"))
        except (OSError, ValueError, IndexError):
            continue
    return found


def natowatch(repo_root: Path, db_url: str, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NATOWATCH_", "PREFECT_API_URL"))}
    env["NATOWATCH_DATABASE_URL"] = db_url
    process = subprocess.Popen([str(Path(sys.executable).with_name("natowatch")), *args], cwd=repo_root, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        out, err = process.communicate(timeout=600)
    finally:
        left = processes_in_session(process.pid)
    assert left == [], f"left running after natowatch {' '.join(args)}: {left}"
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


@pytest.mark.parametrize("command", [["status"], ["dispatch"]])
def test_a_full_disk_is_one_line_and_no_process_is_left(small_disk, repo_root, command):
    db_url = f"sqlite:///{small_disk / 'natowatch.db'}"
    Store.open(db_url, upgrade=True).close()
    fill(small_disk)
    result = natowatch(repo_root, db_url, *command)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert lines[-1].startswith(f"natowatch: cannot use database {db_url}: only ") and \
        lines[-1].endswith("KiB free on its disk (natowatch needs 4 MiB): free some space"), result.stderr[-3000:]


def test_a_read_only_file_system_is_one_line(small_disk, repo_root):
    db_url = f"sqlite:///{small_disk / 'natowatch.db'}"
    Store.open(db_url, upgrade=True).close()
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    result = natowatch(repo_root, db_url, "status")
    assert result.returncode == 1
    assert result.stderr.startswith(f"natowatch: cannot use database {db_url}: "), result.stderr[-3000:]
    assert len(result.stderr.strip().splitlines()) == 1
