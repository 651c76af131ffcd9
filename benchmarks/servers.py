"""Local HTTP servers for the benchmark (127.0.0.1 only, each in a thread):
a static server for the corpus pages and feeds, and a receiver for apprise json:// alerts."""
from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

CONTENT_TYPES = {".html": "text/html; charset=utf-8", ".xml": "application/rss+xml; charset=utf-8"}


class RequestLog:
    """When the first request arrived and the last response was sent, and how many there were."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.first: float | None = None
        self.last: float | None = None
        self.count = 0
        self.by_suffix: dict[str, int] = {}

    def started(self) -> None:
        with self._lock:
            if self.first is None:
                self.first = time.perf_counter()

    def finished(self, suffix: str) -> None:
        with self._lock:
            self.last = time.perf_counter()
            self.count += 1
            self.by_suffix[suffix] = self.by_suffix.get(suffix, 0) + 1

    def reset(self) -> None:
        with self._lock:
            self.first = self.last = None
            self.count = 0
            self.by_suffix = {}

    @property
    def window_seconds(self) -> float | None:
        return None if self.first is None or self.last is None else self.last - self.first


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, handler, root: Path | None = None) -> None:
        super().__init__(("127.0.0.1", 0), handler)
        self.root = root.resolve() if root else None
        self.requests = RequestLog()
        self.received: list[bytes] = []
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.shutdown()
        self.server_close()
        self._thread.join(timeout=5)


class _QuietHandler(BaseHTTPRequestHandler):
    # Keep-alive, as real sites allow: the poller's client reuses its connection.
    protocol_version = "HTTP/1.1"
    # TCP_NODELAY: with Nagle's algorithm on, the body written after the headers waits for the
    # client's delayed ACK (~40 ms on Linux), so every page request measured the ACK timer.
    disable_nagle_algorithm = True

    def log_message(self, format, *args) -> None:  # noqa: A002 - the base class's name
        pass

    def _reply(self, status: int, body: bytes, content_type: str = "text/plain") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class _StaticHandler(_QuietHandler):
    def do_GET(self) -> None:
        server: _Server = self.server  # type: ignore[assignment]
        server.requests.started()
        path = (server.root / self.path.split("?", 1)[0].lstrip("/")).resolve()
        if server.root not in path.parents or not path.is_file():
            self._reply(404, b"not found")
            return
        self._reply(200, path.read_bytes(), CONTENT_TYPES.get(path.suffix, "application/octet-stream"))
        server.requests.finished(path.suffix)


class _AlertHandler(_QuietHandler):
    def do_POST(self) -> None:
        server: _Server = self.server  # type: ignore[assignment]
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        server.received.append(body)
        self._reply(200, b"{}", "application/json")


def corpus_server(root: Path) -> _Server:
    """Serves the files under `root` (pages and feeds); `requests` times the traffic."""
    return _Server(_StaticHandler, root)


def alert_receiver() -> _Server:
    """Accepts apprise json:// posts; `received` holds their bodies."""
    return _Server(_AlertHandler)
