"""Servers no test HTTP library plays: a host that trickles its headers (raw TCP), and a
forwarding HTTP proxy."""
from __future__ import annotations

import http.client
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit


class Trickler:
    """Answers every connection with a status line and headers one byte every 50 ms (each byte
    well within any read timeout), never finishing them, until the client goes away or `stop()`.

    `in_progress()` says whether a client is being trickled to right now: a test reads it to
    know that a slow fetch has not returned, without any clock."""

    def __init__(self) -> None:
        self._listener = socket.socket()
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(8)
        self._stop = threading.Event()
        self._guard = threading.Lock()
        self._active = 0
        self.served = 0   # connections answered
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def in_progress(self) -> bool:
        with self._guard:
            return self._active > 0

    def stop(self) -> None:
        """Close every connection and refuse new ones (a fetch still waiting then fails at once)."""
        self._stop.set()
        self._listener.close()

    def close(self) -> None:
        self.stop()
        self._thread.join(5)

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            with self._guard:
                self._active += 1
                self.served += 1
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        try:
            with conn:
                conn.recv(4096)
                payload = b"HTTP/1.1 200 OK\r\n" + b"X-Slow: " + b"a" * 100_000
                for byte in payload:
                    if self._stop.wait(0.05):
                        return
                    try:
                        conn.sendall(bytes([byte]))
                    except OSError:  # the client gave up
                        return
        finally:
            with self._guard:
                self._active -= 1


class ForwardingProxy:
    """A small threaded HTTP forward proxy, as a company network mandates: it takes requests in
    absolute form ('GET http://host:port/path', POST too), resolves and fetches them itself, and
    answers with what it got plus a 'Via' header; a CONNECT (HTTPS) is tunnelled to its target
    (or answered 502 when the target cannot be reached: there is no network here). `seen` lists
    every URL it was asked for ('CONNECT host:port' for a tunnel)."""

    VIA = "1.1 natowatch-test-proxy"

    def __init__(self) -> None:
        self.seen: list[str] = []
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):
                self._forward(None)

            def do_POST(self):
                self._forward(self.rfile.read(int(self.headers.get("Content-Length", 0))))

            def _forward(self, body: bytes | None):
                proxy.seen.append(self.path)
                target = urlsplit(self.path)
                passed = {k: v for k, v in self.headers.items()
                          if k.lower() not in ("host", "connection", "proxy-connection", "proxy-authorization")}
                upstream = http.client.HTTPConnection(target.hostname, target.port or 80, timeout=30)
                try:
                    upstream.request(self.command, (target.path or "/") + (f"?{target.query}" if target.query else ""),
                                     body=body, headers={**passed, "Via": proxy.VIA})
                    answer = upstream.getresponse()
                    status, headers, body = answer.status, answer.getheaders(), answer.read()
                except OSError:
                    status, headers, body = 502, [], b"bad gateway"
                finally:
                    upstream.close()
                self.send_response(status)
                for name, value in headers:
                    if name.lower() not in ("transfer-encoding", "connection", "content-length", "server", "date"):
                        self.send_header(name, value)
                self.send_header("Via", proxy.VIA)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_CONNECT(self):
                proxy.seen.append(f"CONNECT {self.path}")
                host, _, port = self.path.rpartition(":")
                try:
                    upstream = socket.create_connection((host, int(port)), timeout=30)
                except (OSError, ValueError):
                    self.send_response(502)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                self.send_response(200, "Connection established")
                self.end_headers()
                back = threading.Thread(target=pipe, args=(upstream, self.connection), daemon=True)
                back.start()
                pipe(self.connection, upstream)
                back.join()
                self.close_connection = True

            def log_message(self, *args):
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


def pipe(source: socket.socket, sink: socket.socket) -> None:
    """Copy bytes one way until either side closes."""
    try:
        while data := source.recv(65536):
            sink.sendall(data)
    except OSError:
        pass
    finally:
        for sock in (source, sink):
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
