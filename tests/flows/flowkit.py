"""Helpers for the flows/ tests (a module of its own: `conftest` is ambiguous across test folders)."""
from __future__ import annotations

import datetime as dt
import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from natowatch.extract.model import Event
from natowatch.storage import ArticleRecord, EventView, EvidenceView, Store


class SteppedClock:
    """A clock for Store.clock that moves only when told: backoff, lease and digest windows
    are tested by stepping it, so a loaded machine cannot make them flaky."""

    def __init__(self, start: dt.datetime | None = None):
        self.now = start or dt.datetime.now(dt.timezone.utc)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class HttpReceiver:
    """A JSON webhook endpoint on a fixed port that can go down and come back.

    Set `status` (e.g. 500) to make it answer with an error: those requests are counted in
    `rejected`, not `received`; `status_for(title)`, when set, answers per message instead.
    `tried` holds the title of every request, answered with an error or not. `received_at`
    holds each accepted request's arrival time (time.time())."""

    def __init__(self):
        self.port = free_port()
        self.received: list[dict] = []
        self.received_at: list[float] = []
        self.rejected = 0
        self.status = 200
        self.status_for = None
        self.tried: list[str] = []
        self._server: ThreadingHTTPServer | None = None

    def start(self) -> None:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                length = int(self.headers.get("Content-Length", 0))
                body = self.rfile.read(length)
                title = json.loads(body or b"{}").get("title", "")
                receiver.tried.append(title)
                status = receiver.status_for(title) if receiver.status_for else receiver.status
                if status != 200:
                    receiver.rejected += 1
                    self.send_response(status)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                receiver.received.append({"path": self.path, "body": json.loads(body or b"{}"),
                                          "headers": dict(self.headers)})
                receiver.received_at.append(time.time())
                self.send_response(200)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")  # what a Slack webhook answers

            def log_message(self, *args):
                pass

        ThreadingHTTPServer.allow_reuse_address = True
        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def url(self, path: str = "hook") -> str:
        return f"json://127.0.0.1:{self.port}/{path}"


def make_event(event_type: str, subject: str, actor: str | None = None, evidence: str = "",
               status: str = "confirmed", date: dt.date | None = None) -> Event:
    evidence = evidence or f"{actor or subject} {event_type} sentence."
    return Event(type=event_type, subject=subject, actor=actor, status=status, date=date, evidence=evidence,
                 span=(0, len(evidence)), confidence=0.9, rule="test")


def make_article(url: str, text: str = "", outlet: str = "Test Outlet") -> ArticleRecord:
    return ArticleRecord(url=url, title=f"Title of {url}", text=text or f"Text of {url}",
                         published=dt.date(2024, 3, 5), outlet=outlet, language="en", source="file")


def fill_store(store: Store, story, routes) -> None:
    """Five events from two articles: Rutte (backed by France, opposed by Hungary), Iohannis (withdrew)."""
    store.ingest(story.id, make_article("https://news.example.org/1", outlet="Daily Sabah"), [
        make_event("candidacy", "Mark Rutte", evidence="Mark Rutte is running."),
        make_event("endorsement", "Mark Rutte", "France", "France backs Mark Rutte [strongly]."),
        make_event("opposition", "Mark Rutte", "Hungary", "Hungary cannot support Mark Rutte."),
    ], routes)
    store.ingest(story.id, make_article("https://news.example.org/2"), [
        make_event("candidacy", "Klaus Iohannis", evidence="Klaus Iohannis enters."),
        make_event("withdrawal", "Klaus Iohannis", evidence="Klaus Iohannis withdraws."),
    ], routes)


def invoke(runner, *args):
    """Run a natowatch command in this process; wide columns so tables do not fold names."""
    from natowatch.flows.cli import app

    return runner.invoke(app, list(args), env={"COLUMNS": "250"}, catch_exceptions=False)


HOSTILE = "<!channel> @here <https://evil.example|click> & co <@U024BE7LH> [bold red]boom[/]"
UTC = dt.timezone.utc


def event_view(event_type: str, subject: str = "Mark Rutte", actor: str | None = None, *,
               sentence: str = "Hungary said it cannot support Mark Rutte.", status: str = "confirmed",
               date: dt.date | None = dt.date(2024, 3, 5), url: str = "https://news.example.org/a?x=1&y=2",
               outlet: str = "Daily Sabah") -> EventView:
    now = dt.datetime(2024, 3, 5, 12, tzinfo=UTC)
    evidence = EvidenceView(sentence=sentence, span=(0, len(sentence)), status=status, date=date, rule="r",
                            confidence=0.9, article_id=1, article_title="t", article_outlet=outlet,
                            article_url=url, article_published=dt.date(2024, 3, 5), created_at=now)
    return EventView(id=7, story_id="nato-secretary-general", type=event_type, subject=subject, actor=actor,
                     status=status, date=date, confidence=0.9, created_at=now, evidence=(evidence,), sources=1)


FEED_RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>{base}</link>
<description>news</description><item><guid>hu-1</guid><title>Hungary opposes Rutte</title>
<link>{base}/news/hu-1.html</link><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate></item></channel></rss>"""
FEED_PAGE = """<html><head><title>Hungary opposes Rutte</title></head><body><article><h1>Hungary opposes Rutte</h1>
<p>Hungary will not support Dutch Prime Minister Mark Rutte's bid to become the next NATO Secretary General,
its foreign minister said on Tuesday.</p><p>Mark Rutte is the front-runner to succeed Jens Stoltenberg as
head of the alliance, and most allies back him.</p></article></body></html>"""


def serve_one_item_feed(httpserver, folder: Path, page_handler=None) -> Path:
    """A local RSS feed ('wire') of one item whose page reports Hungary opposing Rutte (or is
    answered by `page_handler`); returns the feeds file listing it."""
    base = httpserver.url_for("").rstrip("/")
    httpserver.expect_request("/feed.xml").respond_with_data(FEED_RSS.format(base=base),
                                                             content_type="application/rss+xml")
    page = httpserver.expect_request("/news/hu-1.html")
    if page_handler is None:
        page.respond_with_data(FEED_PAGE, content_type="text/html")
    else:
        page.respond_with_handler(page_handler)
    feeds = folder / "feeds.yaml"
    feeds.write_text(f"feeds:\n  - {{name: wire, url: '{base}/feed.xml'}}\n", encoding="utf-8")
    return feeds
