"""`natowatch serve`: the poll flow on the feeds' interval and alert dispatch every minute.

Schedules need a real Prefect server (the ephemeral one runs no scheduler). With
PREFECT_API_URL set, that server is used; without it, a local `prefect server start`
is run as a child on 127.0.0.1 and a free port, and stopped when serve stops.
"""
from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import os
import signal
import socket
import subprocess
import sys
import threading
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


def _stamp() -> str:
    return f"{dt.datetime.now(dt.timezone.utc):%H:%M:%S}"


def print_cycle(reports) -> None:
    """One line per polled feed, with the time (UTC)."""
    from natowatch.flows.pipelines.poll import summary_lines

    for line in summary_lines(reports):
        print(f"{_stamp()} {line}", flush=True)


def report_poll(_flow, _flow_run, state) -> None:
    """A scheduled poll run's completion hook: its lines on serve's output. The runs execute in
    the runner's child processes, which write to serve's stdout; Prefect's own logging is at
    WARNING, so without this serve would say nothing after its first poll."""
    print_cycle(state.result())


def report_dispatch(_flow, _flow_run, state) -> None:
    """A dispatch run's completion hook: a line when it sent (or failed to send) something;
    each failure is already logged by the flow, with its route and error."""
    summary = state.result()
    if summary.sent or summary.failed:
        print(f"{_stamp()} Alerts sent: {len(summary.sent)}"
              + (f", not delivered: {len(summary.failed)}" if summary.failed else ""), flush=True)


def serve_flows(feeds_file: Path, database_url: str | None, log_dir: Path, echo=print, ctrl_c=None) -> None:
    """Poll once now, then run poll_feeds and dispatch_alerts on their schedules until Ctrl-C.

    `ctrl_c` (the CLI's CtrlC) is told apart from the work: its first Ctrl-C lets the running
    flows finish, its second (Interrupted) stops everything at once."""
    minutes = poll_interval_minutes(feeds_file)
    # SIGTERM before the schedules run (docker stop, systemd) ends serve through its `finally`s,
    # so that the Prefect server it started is stopped too (run_schedules_apart passes it on).
    previous = signal.signal(signal.SIGTERM, _exit_on_sigterm)
    try:
        _serve(feeds_file, minutes, database_url, log_dir, echo, ctrl_c)
    finally:
        signal.signal(signal.SIGTERM, previous)


def _exit_on_sigterm(_signum, _frame) -> None:
    raise SystemExit(0)


def _serve(feeds_file: Path, minutes: float, database_url: str | None, log_dir: Path, echo, ctrl_c) -> None:
    from natowatch.flows.settings import flow_database, load_settings
    from natowatch.storage import Store

    # A database that cannot be used (unreachable, full disk, read-only, schema behind) is one
    # line before any Prefect server starts: failing inside the first poll instead, Prefect's
    # background log and event workers would still be sending to the stopped server at exit.
    Store.open(database_url or load_settings().database_url, upgrade=True).close()

    # A database URL with a password goes to the flows through the environment, not as a
    # deployment parameter that the Prefect server would store and serve.
    with prefect_server(log_dir) as url, flow_database(database_url) as database_url:
        echo(f"Prefect server: {url.removesuffix('/api')}")
        # Imported once PREFECT_API_URL is set: Prefect reads its settings when first used.
        from prefect.settings import PREFECT_API_URL, temporary_settings

        from natowatch.flows.pipelines.prefect_flows import poll_feeds

        if ctrl_c is not None:
            ctrl_c.check()   # Ctrl-C while the server was starting
        with temporary_settings(updates={PREFECT_API_URL: url}):
            echo(f"Polling the feeds of {feeds_file}: first poll now, then every {minutes:g} min (each feed "
                 f"when it is due); alerts sent every {DISPATCH_SECONDS} s. Ctrl-C stops.")
            # A schedule's first run can be a whole interval away: the first poll happens now,
            # in the foreground (its alerts go with the first dispatch run).
            print_cycle(poll_feeds(feeds_file=str(feeds_file), database_url=database_url, once=True))
        if ctrl_c is not None:
            ctrl_c.check()
        run_schedules_apart(feeds_file, minutes, database_url, ctrl_c)


def schedules_command(feeds_file: Path, minutes: float, database_url: str | None) -> list[str]:
    # SIGINT is taken first thing: before the runner runs, it is remembered, not a traceback.
    return [sys.executable, "-c", "import signal, sys, threading; stop = threading.Event(); "
            "signal.signal(signal.SIGINT, lambda *_: stop.set()); "
            "from natowatch.flows.pipelines.serve import run_schedules; run_schedules(*sys.argv[1:], stop=stop)",
            str(feeds_file), f"{minutes:g}", database_url or ""]


def run_schedules_apart(feeds_file: Path, minutes: float, database_url: str | None, ctrl_c=None) -> None:
    """The Prefect runner in a process and session of its own, until it ends or Ctrl-C.

    A terminal's Ctrl-C goes to its whole foreground process group: the runner's flow-run
    processes would each die with Prefect's "Crash detected!" and a traceback. Apart, only this
    process hears it: the first Ctrl-C is passed on to the runner alone, which stops scheduling
    and lets the runs in progress finish; a second kills the runner and its runs at once (an item
    is marked seen only once stored: the next poll reads what they had not stored).
    SIGTERM (docker stop, systemd) is passed on too: the runner shuts down, and so does serve."""
    terminated, runner = [], None

    def pass_sigterm_on(_signum, _frame) -> None:
        terminated.append(True)
        if runner is not None:
            os.kill(runner.pid, signal.SIGTERM)

    previous = signal.signal(signal.SIGTERM, pass_sigterm_on)
    runner = subprocess.Popen(schedules_command(feeds_file, minutes, database_url), stdin=subprocess.DEVNULL,
                              start_new_session=True)
    if terminated:   # SIGTERM came while it was being started
        os.kill(runner.pid, signal.SIGTERM)
    try:
        while ctrl_c is not None and runner.poll() is None and not ctrl_c.requested.wait(1.0):
            pass
        if runner.poll() is None and ctrl_c is not None:
            os.kill(runner.pid, signal.SIGINT)
        runner.wait()   # a second Ctrl-C raises here
    finally:
        signal.signal(signal.SIGTERM, previous)
        if runner.poll() is None:
            os.killpg(runner.pid, signal.SIGKILL)
            runner.wait()
    if ctrl_c is not None:
        ctrl_c.check()
    if not terminated:
        raise ServeError(f"the Prefect runner stopped (exit code {runner.returncode})")


def run_schedules(feeds_file: str, minutes: str, database_url: str, stop: threading.Event | None = None) -> None:
    """The runner's process: poll_feeds every `minutes` and dispatch_alerts every minute, each
    run in a child process, until SIGINT (then the runs in progress finish first); `stop` is set
    by its SIGINT handler."""
    if stop is None:
        stop = threading.Event()
        signal.signal(signal.SIGINT, lambda _signum, _frame: stop.set())
    from prefect.runner import Runner

    from natowatch.flows.pipelines.prefect_flows import dispatch_alerts, poll_feeds

    # Flows added to the runner (not deployments it would load from their entrypoint) keep
    # their completion hooks: each scheduled run reports on serve's output.
    runner = Runner(pause_on_shutdown=True)
    runner.add_flow(poll_feeds.with_options(on_completion=[report_poll]), name="natowatch-poll",
                    interval=dt.timedelta(minutes=float(minutes)),
                    parameters={"feeds_file": feeds_file, "database_url": database_url or None, "once": True})
    runner.add_flow(dispatch_alerts.with_options(on_completion=[report_dispatch]), name="natowatch-dispatch",
                    interval=dt.timedelta(seconds=DISPATCH_SECONDS), parameters={"database_url": database_url or None})
    print(f"{_stamp()} scheduled: a poll every {float(minutes):g} min, alerts every {DISPATCH_SECONDS} s", flush=True)
    asyncio.run(serve_until(runner, stop))


async def serve_until(runner, stop: threading.Event, poll_seconds: float = 0.5) -> None:
    """`runner.start()` until `stop` is set (SIGINT: serve passes its first Ctrl-C on), then: no
    new run starts, the runs in progress finish (stored and reported), and only then does the
    runner stop.

    Not Prefect's own way: SIGINT in `asyncio.run` cancels `start()`, and the runner's shutdown
    then cancels the task group of its runs, kills the processes of the runs it still tracks (its
    process manager's exit) and sends nothing more for a run cancelled while it was starting.
    Here the runner is stopped as if it had finished: its scheduling loop is cancelled, nothing else."""
    serving = asyncio.ensure_future(runner.start())
    try:
        while not serving.done() and not stop.is_set():
            await asyncio.wait({serving}, timeout=poll_seconds)
        if not serving.done():
            await _finish_runs_in_progress(runner, serving, poll_seconds)
        if not serving.cancelled():
            await serving
    finally:
        if not serving.done():   # this coroutine was cancelled
            serving.cancel()


async def _finish_runs_in_progress(runner, serving: asyncio.Future, poll_seconds: float) -> None:
    if not runner.started:   # SIGINT while the runner was starting: no run is in progress yet
        serving.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await serving
        return
    # Prefect 3.8's runner has no public "drain": the poller's stopping flag keeps it from
    # submitting runs, and a run is in its set from submission until its process has exited
    # and its state is settled (ScheduledRunPoller._submit_run).
    poller = runner._scheduled_run_poller
    runner.stopping = poller.stopping = True
    while not serving.done() and (poller._submitting_flow_run_ids or runner._process_manager.flow_run_ids()):
        await asyncio.sleep(poll_seconds)
    runner._loops_task_group.cancel_scope.cancel()   # start() returns; the runner's exit pauses the schedules


def serve_from_settings(feeds_file: str | Path | None = None, database_url: str | None = None, echo=print,
                        ctrl_c=None) -> None:
    """`natowatch serve`: the feeds file and database from the settings unless given."""
    from natowatch.flows.pipelines.poll import feeds_path
    from natowatch.flows.settings import load_settings

    settings = load_settings()
    serve_flows(feeds_path(settings, feeds_file), database_url or settings.database_url, settings.data_dir, echo,
                ctrl_c)
