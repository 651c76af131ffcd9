"""What keeps a stranger's server from hanging, exhausting or reaching inside the monitor.

- Reach: a connection goes only to public addresses, checked on every address the host name
  resolves to, at connect time (so a redirect, a numeric form such as 2130706433 or a DNS name
  that resolves to 127.0.0.1 are all caught, and the socket connects to the very address that
  was checked: no second lookup to rebind). A configured feed's own origin and the hosts of
  `fetch.allow_hosts` are exempt. Through a configured proxy (`fetch.proxy`) the connection
  goes to the proxy, and the target's name is resolved and checked before each request
  (check_target); the proxy's own lookup is then out of reach (docs/security.md).
- Time: each read waits at most the read timeout and never past the request's total deadline,
  so a server that sends its headers one byte at a time is cut off like any other.
- Size: content-encoding is undone here, layer by layer and a bounded piece at a time, so a
  gzip bomb (or gzip inside gzip) stops at the cap instead of filling memory.
"""
from __future__ import annotations

import contextvars
import ipaddress
import socket
import time
import zlib
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterable, Iterator
from urllib.parse import urlsplit

import httpcore
from httpcore._backends.sync import SyncBackend

from natowatch.flows.reader.limits import FetchLimits

DEFAULT_PORTS = {"http": 80, "https": 443}
# Encodings undone here; a server sending another one (br, zstd) was not asked for it.
ACCEPT_ENCODING = "gzip, deflate"
MAX_ENCODING_LAYERS = 3
# Output of one decompression step: memory stays near this per layer however the input expands.
DECODE_STEP = 64 * 1024


class AddressRefused(Exception):
    """A connection to a non-public address that no setting allows (one line)."""


class BodyTooLarge(Exception):
    """The decoded body passed the byte cap (one line)."""


class BadEncoding(Exception):
    """A content-encoding that is unknown, stacked too deep or corrupt (one line)."""


def origin_of(url: str) -> str | None:
    """'scheme://host:port' with the default port filled in; None for a URL without a host."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port or DEFAULT_PORTS.get(parts.scheme.lower())
    except ValueError:
        return None
    if not parts.hostname or port is None:
        return None
    return f"{parts.scheme.lower()}://{_bare(parts.hostname)}:{port}"


def proxy_address(proxy: str | None) -> tuple[str, int] | None:
    """(host, port) a proxy URL connects to; None for no proxy."""
    if not proxy:
        return None
    parts = urlsplit(proxy)
    return _bare(parts.hostname or ""), parts.port or DEFAULT_PORTS[parts.scheme.lower()]


def _bare(host: str) -> str:
    return host.lower().rstrip(".").strip("[]")


def non_public_reason(address: str) -> str | None:
    """Why an IP address is not a public one ('loopback', 'private', ...), or None."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    mapped = getattr(ip, "ipv4_mapped", None)
    if mapped is not None:
        ip = mapped
    if ip.is_global and not ip.is_multicast:
        return None
    for kind in ("loopback", "link_local", "multicast", "unspecified", "private", "reserved"):
        if getattr(ip, f"is_{kind}"):
            return kind.replace("_", "-")
    return "non-public"


@dataclass(frozen=True)
class _Scope:
    deadline: float          # time.monotonic() after which no read or connect may wait
    total_timeout: float
    allowed: frozenset[tuple[str, int | None]]   # (host, port); port None = any

    def remaining(self, timeout: float | None) -> float:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise httpcore.ReadTimeout(f"took longer than {self.total_timeout:g} s in total")
        return left if timeout is None else min(timeout, left)

    def may_reach_inside(self, host: str, port: int) -> bool:
        host = _bare(host)
        return (host, port) in self.allowed or (host, None) in self.allowed


_scope: contextvars.ContextVar[_Scope | None] = contextvars.ContextVar("natowatch_fetch_scope", default=None)


@contextmanager
def request_scope(limits: FetchLimits, deadline: float) -> Iterator[None]:
    """Every connection and read made in this block by a guarded client obeys `limits` and `deadline`."""
    allowed: set[tuple[str, int | None]] = {(_bare(h), None) for h in limits.allow_hosts}
    for origin in limits.allow_origins:
        scheme_host, _, port = origin.rpartition(":")
        allowed.add((_bare(scheme_host.split("://", 1)[1]), int(port)))
    token = _scope.set(_Scope(deadline, limits.total_timeout, frozenset(allowed)))
    try:
        yield
    finally:
        _scope.reset(token)


def _current() -> _Scope:
    # A guarded client used outside request_scope still refuses inside addresses.
    return _scope.get() or _Scope(time.monotonic() + FetchLimits().total_timeout, FetchLimits().total_timeout,
                                  frozenset())


class _DeadlineStream(httpcore.NetworkStream):
    """A socket stream whose every wait is cut to what is left of the request's deadline: the
    request being made (a kept-alive connection serves several, each with its own deadline),
    else the one that opened the connection."""

    def __init__(self, inner: httpcore.NetworkStream, scope: _Scope):
        self._inner, self._scope = inner, scope

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, (_scope.get() or self._scope).remaining(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, (_scope.get() or self._scope).remaining(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context, server_hostname=None, timeout=None) -> httpcore.NetworkStream:
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, self._scope.remaining(timeout)),
                               self._scope)

    def get_extra_info(self, info: str):
        return self._inner.get_extra_info(info)


def checked_addresses(host: str, port: int) -> list[tuple]:
    """getaddrinfo(host, port), every address checked against the current request's scope:
    AddressRefused for a non-public one the scope does not allow, ConnectError when the name
    does not resolve."""
    scope = _current()
    try:
        # 'localhost.' is 'localhost' (the resolver may not know the rooted form).
        infos = socket.getaddrinfo(host.rstrip(".") or host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from exc
    if not scope.may_reach_inside(host, port):
        for info in infos:
            reason = non_public_reason(info[4][0])
            if reason:
                shown = host if host == info[4][0] else f"{host} ({info[4][0]})"
                article = "an" if reason[0] in "aeiou" else "a"
                raise AddressRefused(f"refused: {shown} is {article} {reason} address, not a configured feed's "
                                     "origin nor in fetch.allow_hosts")
    return infos


def check_target(url: str) -> None:
    """Through a proxy (fetch.proxy) the connection goes to the proxy, which resolves the target
    itself: the target's name is resolved and checked here first, like a direct connection's.
    What that does and does not guarantee: docs/security.md."""
    parts = urlsplit(url)
    checked_addresses(parts.hostname or "", parts.port or DEFAULT_PORTS[parts.scheme.lower()])


class GuardedBackend(SyncBackend):
    """httpcore's socket backend, resolving and checking the address itself before connecting.

    `proxy`: (host, port) of the configured proxy, the one place a proxied client connects to;
    trusted like the settings that name it, whatever its address."""

    def __init__(self, proxy: tuple[str, int] | None = None):
        self._proxy = proxy

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options=None) -> httpcore.NetworkStream:
        scope = _current()
        timeout = scope.remaining(timeout)
        if self._proxy is not None and (_bare(host), port) == self._proxy:
            try:
                infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
            except (socket.gaierror, UnicodeError) as exc:
                raise httpcore.ConnectError(f"cannot resolve the proxy {host}: {exc}") from exc
        else:
            infos = checked_addresses(host, port)
        last: OSError | None = None
        for family, kind, proto, _name, address in infos:
            sock = socket.socket(family, kind, proto)
            try:
                sock.settimeout(timeout)
                sock.connect(address)  # the address checked above, not a new lookup
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            except socket.timeout as exc:
                sock.close()
                raise httpcore.ConnectTimeout(str(exc) or "timed out") from exc
            except OSError as exc:
                sock.close()
                last = exc
                continue
            return _DeadlineStream(httpcore._backends.sync.SyncStream(sock), scope)
        raise httpcore.ConnectError(str(last) if last else f"no address for {host}")


# --- decoding -------------------------------------------------------------------------------

def content_encodings(header: str) -> list[str]:
    """The layers of a Content-Encoding header, outermost last (as applied), identity dropped."""
    layers = [part.strip().lower() for part in header.split(",") if part.strip()]
    return [layer for layer in layers if layer != "identity"]


def decoded(raw: Iterable[bytes], encodings: list[str], max_bytes: int) -> Iterator[bytes]:
    """The body with every content-encoding undone, a bounded piece at a time; BodyTooLarge as
    soon as any layer's output passes `max_bytes`."""
    if len(encodings) > MAX_ENCODING_LAYERS:
        raise BadEncoding(f"content-encoding stacked {len(encodings)} deep (at most {MAX_ENCODING_LAYERS})")
    stream: Iterable[bytes] = raw
    for encoding in reversed(encodings):  # the last applied is undone first
        if encoding in ("gzip", "x-gzip"):
            stream = _inflate(stream, 16 + zlib.MAX_WBITS, encoding)
        elif encoding == "deflate":
            stream = _inflate(stream, None, encoding)
        else:
            raise BadEncoding(f"unsupported content-encoding {encoding!r} (asked for {ACCEPT_ENCODING})")
        stream = _capped(stream, max_bytes)
    return iter(_capped(stream, max_bytes))


def _capped(chunks: Iterable[bytes], max_bytes: int) -> Iterator[bytes]:
    size = 0
    for chunk in chunks:
        size += len(chunk)
        if size > max_bytes:
            raise BodyTooLarge(f"body is over the {max_bytes}-byte cap")
        yield chunk


def _inflate(chunks: Iterable[bytes], wbits: int | None, name: str) -> Iterator[bytes]:
    """zlib in bounded steps; gzip members one after the other; deflate with or without its
    zlib header (servers send both)."""
    decoder = None
    for chunk in chunks:
        data = chunk
        while data:
            if decoder is None:
                decoder = zlib.decompressobj(wbits if wbits is not None else _deflate_wbits(data))
            try:
                out = decoder.decompress(data, DECODE_STEP)
            except zlib.error as exc:
                raise BadEncoding(f"corrupt {name} body: {exc}") from exc
            if out:
                yield out
            if decoder.eof:
                # Another gzip member may follow; anything else after the end is padding.
                data = decoder.unused_data if decoder.unused_data.startswith(b"\x1f\x8b") else b""
                decoder = None
            else:
                data = decoder.unconsumed_tail
                if not data and len(out) == DECODE_STEP:  # output may still be pending
                    yield from _drain(decoder)
    if decoder is not None:
        yield from _drain(decoder)
        tail = decoder.flush()
        if tail:
            yield tail


def _drain(decoder) -> Iterator[bytes]:
    while True:
        out = decoder.decompress(b"", DECODE_STEP)
        if not out:
            return
        yield out


def _deflate_wbits(first: bytes) -> int:
    # A zlib header's first byte is 0x?8 and the two bytes form a multiple of 31.
    if len(first) >= 2 and first[0] & 0x0F == 8 and ((first[0] << 8) | first[1]) % 31 == 0:
        return zlib.MAX_WBITS
    return -zlib.MAX_WBITS
