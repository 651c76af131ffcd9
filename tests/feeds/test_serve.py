"""`natowatch serve` helpers: the schedule interval, the local Prefect server's start and stop, and the
runner process apart that Ctrl-C and SIGTERM are passed on to (tests/flows/test_cli_long_running.py runs
the whole command)."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
from werkzeug import Response

from natowatch.flows.pipelines import serve
from natowatch.flows.pipelines.serve import (ServeError, poll_interval_minutes, prefect_server, run_schedules_apart,
                                             schedules_command, server_command, stop_process, wait_until_healthy)


def test_poll_interval_is_the_shortest_feed_interval(tmp_path):
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text("feeds:\n  - {name: a, url: 'https://a.example/rss', interval: 20}\n"
                     "  - {name: b, url: 'https://b.example/rss', interval: 7.5}\n")
    assert poll_interval_minutes(feeds) == 7.5
    feeds.write_text("feeds: []\n")
    assert poll_interval_minutes(feeds) == 5.0
    assert poll_interval_minutes(tmp_path / "missing.yaml") == 5.0


def test_server_command_runs_this_interpreters_prefect_on_loopback():
    assert server_command("127.0.0.1", 4321) == [
        sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", "4321",
        "--no-background", "--analytics-off"]


def test_wait_until_healthy_polls_until_the_server_answers(server):
    answers = iter([503, 503, 200])
    server.expect_request("/api/health").respond_with_handler(lambda _r: Response("true", status=next(answers)))
    wait_until_healthy(server.url_for("/api"), timeout=10)
    assert len(server.log) == 3


def test_wait_until_healthy_gives_up_after_the_timeout(server):
    server.expect_request("/api/health").respond_with_data("starting", status=503)
    url = server.url_for("/api")
    with pytest.raises(ServeError, match=rf"^the Prefect server at {url} was not healthy after 1 s$"):
        wait_until_healthy(url, timeout=1)


def test_wait_until_healthy_notices_a_server_that_exits(tmp_path):
    process = subprocess.Popen([sys.executable, "-c", "raise SystemExit(3)"])
    process.wait()
    with pytest.raises(ServeError, match="exited with code 3 while starting; see .*server.log"):
        wait_until_healthy("http://127.0.0.1:9/api", timeout=10, process=process, log_file=tmp_path / "server.log")


def test_configured_prefect_api_url_is_used_and_no_server_started(server, monkeypatch, tmp_path):
    server.expect_request("/api/health").respond_with_data("true")
    monkeypatch.setenv("PREFECT_API_URL", server.url_for("/api"))
    with prefect_server(tmp_path) as url:
        assert url == server.url_for("/api")
    assert not (tmp_path / "prefect-server.log").exists()


def _alive(pid: int) -> bool:
    """Running, not a zombie waiting to be reaped."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


def test_stop_process_terminates_the_whole_process_group():
    # A parent that starts a child, as `prefect server start` starts its web server.
    process = subprocess.Popen([sys.executable, "-c",
                                "import subprocess, sys, time; "
                                "child = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)']); "
                                "print(child.pid, flush=True); time.sleep(60)"],
                               stdout=subprocess.PIPE, start_new_session=True)
    child = int(process.stdout.readline())
    assert _alive(child)
    stop_process(process)
    assert process.returncode is not None
    deadline = time.monotonic() + 60   # a loaded machine reaps it late
    while _alive(child) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(child)


@pytest.mark.prefect
def test_local_prefect_server_starts_healthy_and_stops(monkeypatch, tmp_path):
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path / "prefect-home"))
    with prefect_server(tmp_path / "logs") as url:
        assert url.startswith("http://127.0.0.1:") and url.endswith("/api")
        assert httpx.get(f"{url}/health", timeout=30).status_code == 200
        port = int(url.rsplit(":", 1)[1].split("/")[0])
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", port)) != 0  # nothing listens any more
    assert (tmp_path / "logs" / "prefect-server.log").stat().st_size > 0


# A stand-in for the Prefect runner: says it is ready, then writes down the signal that ends it.
FAKE_RUNNER = """import pathlib, signal, sys, time
out = pathlib.Path(sys.argv[1])
def end(signum, _frame):
    out.write_text(signal.Signals(signum).name)
    sys.exit(0)
signal.signal(signal.SIGTERM, end)
signal.signal(signal.SIGINT, end)
out.write_text("ready")
time.sleep(600)
"""


def _fake_runner(monkeypatch, tmp_path) -> Path:
    marker = tmp_path / "runner.txt"
    monkeypatch.setattr(serve, "schedules_command", lambda *_: [sys.executable, "-c", FAKE_RUNNER, str(marker)])
    return marker


def _when_ready(marker: Path, then) -> threading.Thread:
    def wait_then():
        while not (marker.exists() and marker.read_text() == "ready"):
            time.sleep(0.05)
        then()
    thread = threading.Thread(target=wait_then, daemon=True)
    thread.start()
    return thread


def test_the_runner_runs_in_this_interpreter_with_the_feeds_and_interval():
    command = schedules_command(Path("feeds.yaml"), 7.5, None)
    assert command[0] == sys.executable and command[-3:] == ["feeds.yaml", "7.5", ""]


def test_sigterm_is_passed_on_to_the_runner_and_serve_ends_normally(monkeypatch, tmp_path):
    marker = _fake_runner(monkeypatch, tmp_path)
    _when_ready(marker, lambda: os.kill(os.getpid(), signal.SIGTERM))
    run_schedules_apart(tmp_path / "feeds.yaml", 5.0, None)   # returns: no ServeError
    assert marker.read_text() == "SIGTERM"
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL   # given back


class _Stop(Exception):
    pass


class _CtrlC:
    """The CLI's CtrlC as the runner's waiter sees it: a flag, and a check that stops."""

    def __init__(self):
        self.requested = threading.Event()

    def check(self):
        if self.requested.is_set():
            raise _Stop()


def test_ctrl_c_is_passed_on_to_the_runner_alone(monkeypatch, tmp_path):
    marker, ctrl_c = _fake_runner(monkeypatch, tmp_path), _CtrlC()
    _when_ready(marker, ctrl_c.requested.set)
    with pytest.raises(_Stop):
        run_schedules_apart(tmp_path / "feeds.yaml", 5.0, None, ctrl_c)
    assert marker.read_text() == "SIGINT"


def test_a_runner_that_stops_by_itself_is_one_line(monkeypatch):
    monkeypatch.setattr(serve, "schedules_command", lambda *_: [sys.executable, "-c", "raise SystemExit(3)"])
    with pytest.raises(ServeError, match=r"^the Prefect runner stopped \(exit code 3\)$"):
        run_schedules_apart(Path("feeds.yaml"), 5.0, None, _CtrlC())
