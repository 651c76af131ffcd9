"""`natowatch serve`: the poll flow on the feeds' interval and alert dispatch every minute.

Schedules need a real Prefect server (the ephemeral one runs no scheduler). With
PREFECT_API_URL set, that server is used; without it, a local `prefect server start`
is run as a child on 127.0.0.1 and a free port, and stopped when serve stops.
"""
from __future__ import annotations

import datetime as dt
import os
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import httpx

from natowatch.flows.reader.feeds import FeedsError, load_feeds

DEFAULT_POLL_MINUTES = 5.0
DISPATCH_SECONDS = 60
SERVER_HOST = "127.0.0.1"
SERVER_START_TIMEOUT = 90.0
_STOP_GRACE_SECONDS = 10.0


class ServeError(RuntimeError):
    """The Prefect server could not be started or reached: one line."""


def poll_interval_minutes(feeds_file: Path) -> float:
    """The shortest feed interval (each feed is then polled when it is due); 5 min without feeds."""
    try:
        feeds = load_feeds(feeds_file).feeds
    except FeedsError:
        feeds = ()  # the poll flow reports the file's problem on every run
    return min((f.interval_minutes for f in feeds), default=DEFAULT_POLL_MINUTES)


def free_port(host: str = SERVER_HOST) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def server_command(host: str, port: int) -> list[str]:
    """`prefect server start` from this interpreter's environment, in the foreground."""
    return [sys.executable, "-m", "prefect", "server", "start", "--host", host, "--port", str(port),
            "--no-background", "--analytics-off"]


def api_url(host: str, port: int) -> str:
    return f"http://{host}:{port}/api"


def wait_until_healthy(url: str, timeout: float, process: subprocess.Popen | None = None,
                       log_file: Path | None = None) -> None:
    """Poll {url}/health until it answers 200; fail early if the server process exits."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise ServeError(f"the Prefect server exited with code {process.returncode} while starting"
                             + (f"; see {log_file}" if log_file else ""))
        try:
            if httpx.get(f"{url}/health", timeout=2.0).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise ServeError(f"the Prefect server at {url} was not healthy after {timeout:g} s"
                     + (f"; see {log_file}" if log_file else ""))


def stop_process(process: subprocess.Popen) -> None:
    """Terminate the server and the workers it started (its own process group), then reap it."""
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=_STOP_GRACE_SECONDS)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    except ProcessLookupError:
        process.wait()


@contextmanager
def prefect_server(log_dir: Path, timeout: float = SERVER_START_TIMEOUT) -> Iterator[str]:
    """The Prefect API URL to use: PREFECT_API_URL when set, else a local server started here."""
    configured = os.environ.get("PREFECT_API_URL", "").strip()
    if configured:
        wait_until_healthy(configured, timeout=10.0)
        yield configured
        return
    port = free_port()
    url = api_url(SERVER_HOST, port)
    log_dir.mkdir(parents=True, exist_ok=True)
    log_file = log_dir / "prefect-server.log"
    with open(log_file, "ab") as output:
        # Its own session: Ctrl-C in the terminal reaches us, and we stop the server in order.
        process = subprocess.Popen(server_command(SERVER_HOST, port), stdout=output, stderr=subprocess.STDOUT,
                                   stdin=subprocess.DEVNULL, start_new_session=True,
                                   env={**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false"})
    try:
        wait_until_healthy(url, timeout, process, log_file)
        os.environ["PREFECT_API_URL"] = url
        yield url
    finally:
        os.environ.pop("PREFECT_API_URL", None)
        stop_process(process)


def serve_flows(feeds_file: Path, database_url: str | None, log_dir: Path, echo=print) -> None:
    """Run poll_feeds and dispatch_alerts on their schedules until Ctrl-C."""
    from natowatch.flows.settings import flow_database

    minutes = poll_interval_minutes(feeds_file)
    # A database URL with a password goes to the flows through the environment, not as a
    # deployment parameter that the Prefect server would store and serve.
    with prefect_server(log_dir) as url, flow_database(database_url) as database_url:
        echo(f"Prefect server: {url.removesuffix('/api')} (poll every {minutes:g} min, alerts every "
             f"{DISPATCH_SECONDS} s; Ctrl-C stops)")
        # Imported once PREFECT_API_URL is set: Prefect reads its settings when first used.
        from prefect import serve
        from prefect.settings import PREFECT_API_URL, temporary_settings

        from natowatch.flows.pipelines.dispatch import dispatch_alerts
        from natowatch.flows.pipelines.poll import poll_feeds, summary_lines

        with temporary_settings(updates={PREFECT_API_URL: url}):
            # A schedule's first run can be a whole interval away: the first poll happens now,
            # in the foreground, one line per feed (its alerts go with the first dispatch run).
            echo(f"First poll of {feeds_file}:")
            for line in summary_lines(poll_feeds(feeds_file=str(feeds_file), database_url=database_url, once=True)):
                echo(f"  {line}")
            poll = poll_feeds.to_deployment(
                name="natowatch-poll", interval=dt.timedelta(minutes=minutes),
                parameters={"feeds_file": str(feeds_file), "database_url": database_url, "once": True})
            dispatch = dispatch_alerts.to_deployment(
                name="natowatch-dispatch", interval=dt.timedelta(seconds=DISPATCH_SECONDS),
                parameters={"database_url": database_url})
            # Returns on Ctrl-C (Prefect pauses the deployments); the server stops on the way out.
            serve(poll, dispatch, print_starting_message=False)


def serve_from_settings(feeds_file: str | Path | None = None, database_url: str | None = None, echo=print) -> None:
    """`natowatch serve`: the feeds file and database from the settings unless given."""
    from natowatch.flows.pipelines.poll import feeds_path
    from natowatch.flows.settings import load_settings

    settings = load_settings()
    serve_flows(feeds_path(settings, feeds_file), database_url or settings.database_url, settings.data_dir, echo)
