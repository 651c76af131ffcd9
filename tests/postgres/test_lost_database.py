"""Issue 14 row 8: the database connection lost in the middle of a run gives one line and exit
code 1, leaves no process behind, and loses nothing: what was not stored is read again next time.

On the real PostgreSQL server, two ways: the server goes away (reached through a local TCP
forwarder that the test cuts, then brings back on the same port, as a restart looks to a client),
and the poller's connection is killed with pg_terminate_backend from a second connection in the
middle of its transaction (what a server restart or an administrator does to each connection)."""
from __future__ import annotations

import datetime as dt
import socket
import threading

import psycopg
from feedpages import rss
from pgkit import REPO, run_natowatch, serve_seed_feed
from rawservers import pipe
from sessionkit import run_alone
from sqlalchemy.engine import make_url
from werkzeug import Response


class TcpForwarder:
    """127.0.0.1:<port> -> the database server. `cut()` drops every connection and stops
    listening, as a database host that goes away does; `resume()` listens on the same port again."""

    def __init__(self, host: str, port: int):
        self._target = (host, port)
        self._sockets: list[socket.socket] = []
        self._guard = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._start()

    def _start(self) -> None:
        threading.Thread(target=self._accept, args=(self._listener,), daemon=True).start()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(self._target)
            with self._guard:
                self._sockets += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=pipe, args=(a, b), daemon=True).start()

    def cut(self) -> None:
        # shutdown first: a close alone leaves the thread blocked in accept() accepting.
        self._listener.shutdown(socket.SHUT_RDWR)
        self._listener.close()
        with self._guard:
            sockets, self._sockets = self._sockets, []
        for sock in sockets:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            sock.close()

    def resume(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", self.port))
        self._start()


def lost_run_checks(result, database, port: int) -> None:
    """One `natowatch:` line naming the database (password hidden), exit code 1, no traceback."""
    assert result.returncode == 1, result.stderr[-3000:]
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    [line] = [line for line in result.stderr.splitlines() if line.startswith("natowatch: ")]
    assert line.startswith(f"natowatch: lost the database postgresql+psycopg://natowatch:***@127.0.0.1:{port}/"), line
    assert line.endswith("what was not stored is read again on the next poll"), line
    assert f":{database.password}@" not in result.stderr + result.stdout


def test_a_database_gone_during_a_poll_is_one_line_and_a_failure_and_nothing_is_lost(
        postgres_database, cli_env, feed_server, tmp_path):
    """`natowatch poll --once` through the forwarder, cut when the feed is fetched (the poller
    has locked the feed and read its state by then). Back on the same port, the next poll
    stores everything: what was not stored was not recorded as seen either."""
    feeds_file = tmp_path / "feeds.yaml"
    server = make_url(postgres_database.url)
    forwarder = TcpForwarder(server.host, server.port or 5432)
    items: list[dict] = []

    def feed_then_cut(request):
        forwarder.cut()
        return Response(rss(items), content_type="application/rss+xml")
    feed_server.expect_oneshot_request("/wire.xml").respond_with_handler(feed_then_cut)  # before serve_seed_feed's own
    items += serve_seed_feed(feed_server, feeds_file)
    env = {**cli_env, "NATOWATCH_DATABASE_URL": server.set(port=forwarder.port).render_as_string(hide_password=False)}
    assert run_natowatch("db", "upgrade", env=env).returncode == 0

    lost = run_alone("poll", "--once", "--feeds", str(feeds_file), cwd=REPO, env=env)
    lost_run_checks(lost, postgres_database, forwarder.port)
    assert lost.stdout.startswith("wire: not stored, read again next poll: lost the database postgresql+psycopg://")
    assert postgres_database.scalar("SELECT count(*) FROM feed_items") == 0

    forwarder.resume()
    again = run_alone("poll", "--once", "--no-dispatch", "--feeds", str(feeds_file), cwd=REPO, env=env)
    assert again.returncode == 0, again.stderr[-3000:]
    assert postgres_database.scalar("SELECT count(*) FROM feed_items") == len(items)
    assert postgres_database.scalar("SELECT count(*) FROM articles") == len(items)


def test_a_connection_killed_in_the_middle_of_storing_is_one_line_and_a_failure_and_nothing_is_lost(
        postgres_database, cli_env, feed_server, tmp_path):
    """When the feed is fetched, a second connection locks feed_items; the poller's transaction
    waits on that lock, and the test terminates that backend (pg_terminate_backend) while it
    waits, then lets go. The next poll stores everything."""
    feeds_file = tmp_path / "feeds.yaml"
    items: list[dict] = []
    killed: list[int] = []
    done = threading.Event()
    blocker = psycopg.connect(postgres_database.url)
    env = {**cli_env, "NATOWATCH_DATABASE_URL": postgres_database.url}

    def kill_the_storing_backend() -> None:
        with psycopg.connect(postgres_database.url, autocommit=True) as watcher:
            while not killed and not done.wait(0.05):  # until the poller waits for the lock
                waiting = watcher.execute(
                    "SELECT l.pid FROM pg_locks l JOIN pg_class c ON c.oid = l.relation "
                    "WHERE c.relname = 'feed_items' AND NOT l.granted").fetchall()
                for (pid,) in waiting:
                    assert watcher.execute("SELECT pg_terminate_backend(%s)", (pid,)).fetchone()[0]
                    killed.append(pid)
        blocker.rollback()

    def feed_then_lock(request):
        blocker.execute("LOCK TABLE feed_items IN ACCESS EXCLUSIVE MODE")
        threading.Thread(target=kill_the_storing_backend, daemon=True).start()
        return Response(rss(items), content_type="application/rss+xml")
    feed_server.expect_oneshot_request("/wire.xml").respond_with_handler(feed_then_lock)
    items += serve_seed_feed(feed_server, feeds_file)
    assert run_natowatch("db", "upgrade", env=env).returncode == 0

    try:
        lost = run_alone("poll", "--once", "--feeds", str(feeds_file), cwd=REPO, env=env)
    finally:
        done.set()
        blocker.close()
    assert len(killed) == 1
    lost_run_checks(lost, postgres_database, make_url(postgres_database.url).port or 5432)
    assert "terminating connection due to administrator command" in lost.stderr
    assert postgres_database.scalar("SELECT count(*) FROM feed_items") == 0

    again = run_alone("poll", "--once", "--no-dispatch", "--feeds", str(feeds_file), cwd=REPO, env=env)
    assert again.returncode == 0, again.stderr[-3000:]
    assert postgres_database.scalar("SELECT count(*) FROM feed_items") == len(items)


def test_a_database_gone_while_alerts_are_sent_is_one_line_and_a_failure_and_no_alert_is_lost(
        postgres_database, cli_env, feed_server, alert_receiver, tmp_path, monkeypatch):
    """`natowatch dispatch` through the forwarder, cut while the receiver takes the first alert
    (delivered, but its delivery cannot be recorded). Every alert it claimed stays claimed in
    the outbox: none is marked sent or dead, and once the lease has run out a dispatcher sends
    them all (the first one a second time: delivery is at least once)."""
    feeds_file = tmp_path / "feeds.yaml"
    server = make_url(postgres_database.url)
    forwarder = TcpForwarder(server.host, server.port or 5432)
    serve_seed_feed(feed_server, feeds_file)
    env = {**cli_env, "NATOWATCH_ALERT_URLS": alert_receiver.url(),
           "NATOWATCH_DATABASE_URL": server.set(port=forwarder.port).render_as_string(hide_password=False)}
    assert run_natowatch("db", "upgrade", env=env).returncode == 0
    queued = run_alone("poll", "--once", "--no-dispatch", "--feeds", str(feeds_file), cwd=REPO, env=env)
    assert queued.returncode == 0, queued.stderr[-3000:]
    alerts = postgres_database.scalar("SELECT count(*) FROM alerts")
    assert alerts > 2

    def cut_at_the_first(title: str) -> int:
        if len(alert_receiver.tried) == 1:
            forwarder.cut()
        return 200
    alert_receiver.status_for = cut_at_the_first
    lost = run_alone("dispatch", cwd=REPO, env=env)
    assert lost.returncode == 1, lost.stderr[-3000:]
    assert "Traceback" not in lost.stderr, lost.stderr[-3000:]
    [line] = [line for line in lost.stderr.splitlines() if line.startswith("natowatch: ")]
    assert line.startswith(f"natowatch: lost the database postgresql+psycopg://natowatch:***@127.0.0.1:{forwarder.port}/")
    assert len(alert_receiver.received) == 1
    assert postgres_database.rows("SELECT DISTINCT state FROM alerts") == [("sending",)]

    from natowatch.flows.pipelines.dispatch import dispatch_pass
    from natowatch.flows.settings import load_settings
    from natowatch.flows.files.stories import load_stories
    from natowatch.storage import Store
    from natowatch.storage.models import utcnow

    monkeypatch.setenv("NATOWATCH_ALERT_URLS", alert_receiver.url())
    settings = load_settings()
    after_the_lease = dt.timedelta(seconds=settings.alerts.lease_seconds + 1)
    with Store.open(postgres_database.url) as store:
        store.clock = lambda: utcnow() + after_the_lease
        summary = dispatch_pass(store, settings, load_stories(settings)[0])
    assert len(summary.sent) == alerts and not summary.failed
    received = [post["body"]["title"] for post in alert_receiver.received]
    assert len(received) == alerts + 1 and received[0] in received[1:]
    assert postgres_database.rows("SELECT DISTINCT state FROM alerts") == [("sent",)]
