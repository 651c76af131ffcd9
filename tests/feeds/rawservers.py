"""Raw TCP servers for the tests no HTTP library would play: a host that trickles its headers."""
from __future__ import annotations

import socket
import threading


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
