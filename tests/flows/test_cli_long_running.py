"""`natowatch poll` (without --once) and `natowatch serve` in a real process: each says what it does,
polls at once, prints one line per feed per cycle, and stops on Ctrl-C (SIGINT) without a traceback."""
from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import time
import threading
from pathlib import Path

import httpx
import pytest
from werkzeug import Response

from flowkit import FEED_PAGE, FEED_RSS, serve_one_item_feed

# Generous: the child starts its own temporary Prefect server on a shared, loaded machine.
START_SECONDS = 240
# A page the test holds until it releases it: on a loaded machine that may take longer than the default
# read deadline (20 s), which would end the read before the test releases the page.
HELD_PAGE_SETTINGS = {"fetch": {"read_timeout_seconds": 2 * START_SECONDS, "request_timeout_seconds": 2 * START_SECONDS}}


def _start(tmp_path, feeds, *args):
    db = f"sqlite:///{tmp_path / 'loop.db'}"
    # The installed command, as an operator runs it.
    command = str(Path(sys.executable).with_name("natowatch"))
    return subprocess.Popen([command, "poll", "--feeds", str(feeds), "--db", db, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "COLUMNS": "200"})


def _lines(stream) -> "queue.Queue[str | None]":
    """The stream's lines as they come, then None at its end."""
    lines: queue.Queue[str | None] = queue.Queue()

    def read() -> None:
        for line in stream:
            lines.put(line)
        lines.put(None)

    threading.Thread(target=read, daemon=True).start()
    return lines


def _until(lines: "queue.Queue[str | None]", wanted: str, seen: list[str]) -> None:
    while True:
        try:
            line = lines.get(timeout=START_SECONDS)
        except queue.Empty:
            raise AssertionError(f"{wanted!r} never came; the output so far: {seen}") from None
        if line is None:
            raise AssertionError(f"{wanted!r} never came: the output ended; so far: {seen}")
        seen.append(line)
        if wanted in line:
            return


def _rest(lines: "queue.Queue[str | None]", wait: float = START_SECONDS) -> list[str]:
    """The lines still to come, up to the stream's end (or `wait` seconds of silence)."""
    rest = []
    try:
        while (line := lines.get(timeout=wait)) is not None:
            rest.append(line)
    except queue.Empty:
        rest.append(f"(nothing more for {wait:g} s)\n")
    return rest


@pytest.mark.prefect
def test_poll_loop_says_what_it_does_and_stops_on_ctrl_c(tmp_path, write_settings, httpserver):
    write_settings({})
    feeds = serve_one_item_feed(httpserver, tmp_path)
    process = _start(tmp_path, feeds)
    try:
        out, seen = _lines(process.stdout), []
        _until(out, "next poll at", seen)
        assert seen[0].startswith(f"Polling the feeds of {feeds}: first poll now")
        assert any(" wire: 1 items, 1 new " in line for line in seen)
        assert any(line.startswith("Alerts sent: 1") for line in seen)
        process.send_signal(signal.SIGINT)  # while it waits for the next poll: stops at once
        assert process.wait(timeout=START_SECONDS) == 130
    finally:
        process.kill()
    errors = process.stderr.read()
    assert "Traceback" not in errors and "Crash detected" not in errors
    assert errors.strip().endswith("natowatch: stopped (Ctrl-C)")


@pytest.mark.prefect
def test_ctrl_c_during_a_cycle_lets_it_finish(tmp_path, write_settings, httpserver):
    """The first Ctrl-C while a page is being read: the cycle finishes (the article is stored),
    then the command stops, with no traceback and no Prefect crash report."""
    write_settings(HELD_PAGE_SETTINGS)
    arrived, release = threading.Event(), threading.Event()

    def slow_page(_request):
        arrived.set()
        release.wait(START_SECONDS)
        return Response(FEED_PAGE, content_type="text/html")

    feeds = serve_one_item_feed(httpserver, tmp_path, slow_page)
    process = _start(tmp_path, feeds, "--no-dispatch")
    try:
        assert arrived.wait(START_SECONDS), "the page was never requested"
        process.send_signal(signal.SIGINT)
        errors_so_far = _lines(process.stderr)
        _until(errors_so_far, "stopping once this cycle is done", [])
        release.set()
        assert process.wait(timeout=START_SECONDS) == 130
    finally:
        release.set()
        process.kill()
    out = process.stdout.read()
    assert " wire: 1 items, 1 new " in out  # the cycle finished and was reported
    rest = "".join(_rest(errors_so_far))
    assert "Traceback" not in rest and "Crash detected" not in rest and "stopped (Ctrl-C)" in rest


def _start_serve(tmp_path, feeds):
    """`natowatch serve` in its own session, as a terminal starts it: Ctrl-C is then sent to the
    whole process group (serve and any flow run in progress), as the terminal would."""
    command = str(Path(sys.executable).with_name("natowatch"))
    env = {key: value for key, value in os.environ.items() if key != "PREFECT_API_URL"}
    env.update(COLUMNS="200", PREFECT_HOME=str(tmp_path / "prefect-home"))   # its own local server
    return subprocess.Popen([command, "serve", "--feeds", str(feeds), "--db", f"sqlite:///{tmp_path / 'serve.db'}"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                            start_new_session=True)


def _run_deployment(api: str, name: str) -> None:
    """A run of a served deployment now (the runner picks it up as it would a scheduled one)."""
    deployment = httpx.get(f"{api}/deployments/name/{name}", timeout=30).raise_for_status().json()
    # Prefect's server answers 503 while its SQLite database is busy with the runner: ask again
    for _ in range(START_SECONDS):
        answer = httpx.post(f"{api}/deployments/{deployment['id']}/create_flow_run", json={}, timeout=30)
        if answer.status_code != 503:
            break
        time.sleep(1)
    answer.raise_for_status()


def _serve_state(api: str, errors: "queue.Queue[str]", said: list[str], tmp_path: Path) -> str:
    """What a failure needs to be understood: serve's error output, its flow runs' states, the
    end of its Prefect server's log."""
    said += _rest(errors, wait=5)   # serve is still running: what it said until now
    try:
        runs = httpx.post(f"{api}/flow_runs/filter", json={}, timeout=30).raise_for_status().json()
        states = [(run["name"], run["state_name"], run["state"] and run["state"]["message"]) for run in runs]
    except httpx.HTTPError as error:
        states = [f"the Prefect server did not answer: {error!r}"]
    log = tmp_path / "data" / "prefect-server.log"
    tail = log.read_text(errors="replace").splitlines()[-40:] if log.exists() else ["(no server log)"]
    return ("serve's errors: " + "".join(said) + f"\nflow runs: {states}\nserver log:\n" + "\n".join(tail))


@pytest.mark.prefect
def test_serve_prints_each_cycle_and_stops_on_ctrl_c(tmp_path, write_settings, httpserver):
    """serve: what it does, the first poll at once, then one line per feed for every poll run of
    its schedule (not only the first), the alerts sent; Ctrl-C in the terminal (SIGINT to the
    whole process group) while a scheduled poll reads a page lets that poll finish, then serve
    stops (exit 130) with no traceback and no Prefect crash report, its Prefect server gone."""
    write_settings(HELD_PAGE_SETTINGS)
    feeds = serve_one_item_feed(httpserver, tmp_path)
    arrived, release = threading.Event(), threading.Event()

    def slow_page(_request):
        arrived.set()
        release.wait(START_SECONDS)
        return Response(FEED_PAGE, content_type="text/html")

    base = httpserver.url_for("").rstrip("/")
    httpserver.expect_request("/slow.xml").respond_with_data(
        FEED_RSS.format(base=base).replace("hu-1", "slow-1"), content_type="application/rss+xml")
    httpserver.expect_request("/news/slow-1.html").respond_with_handler(slow_page)
    process = _start_serve(tmp_path, feeds)
    try:
        out, errors, seen, said = _lines(process.stdout), _lines(process.stderr), [], []
        _until(out, "Prefect server: http://127.0.0.1:", seen)
        api = seen[-1].split("Prefect server: ", 1)[1].strip() + "/api"
        _until(out, " wire: 1 items, 1 new ", seen)
        assert any(line.startswith(f"Polling the feeds of {feeds}: first poll now") for line in seen)
        _until(out, " scheduled: a poll every 30 min, alerts every 60 s", seen)
        _run_deployment(api, "dispatch-alerts/natowatch-dispatch")
        _until(out, " Alerts sent: 1", seen)
        assert any("[console] Hungary opposes Mark Rutte" in line for line in seen)

        # A feed added to the file is polled by the next scheduled run, which says so.
        with feeds.open("a", encoding="utf-8") as listing:
            listing.write(f"  - {{name: slow, url: '{base}/slow.xml'}}\n")
        _run_deployment(api, "poll_feeds/natowatch-poll")
        assert arrived.wait(START_SECONDS), "the slow page was never requested"
        os.killpg(process.pid, signal.SIGINT)   # Ctrl-C in the terminal
        _until(errors, "stopping once this cycle is done", said)
        release.set()
        try:
            _until(out, " slow: 1 items, 1 new ", seen)   # the scheduled run finished and reported
        except AssertionError as error:
            raise AssertionError(f"{error}\n{_serve_state(api, errors, said, tmp_path)}") from None
        assert process.wait(timeout=START_SECONDS) == 130
    finally:
        release.set()
        if process.poll() is None:   # failed above: SIGTERM stops its runner and Prefect server too
            process.terminate()
            try:
                process.wait(timeout=120)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
    said += _rest(errors)
    assert not any("Traceback" in line or "Crash detected" in line for line in said), said
    assert said[-1].strip() == "natowatch: stopped (Ctrl-C)", said
    with pytest.raises(httpx.TransportError):
        httpx.get(f"{api}/health", timeout=5)
