"""Polite, bounded HTTP GETs for feeds and the pages they link to (plain functions, no Prefect).

Every fetch has explicit timeouts and a total deadline, a cap on the decoded bytes, a bounded
redirect chain, a clear User-Agent, only http/https and only public addresses unless allowed
(flows/reader/netguard.py); failures come back as a FetchResult with a one-line error instead of an
exception, so one bad source never stops the others. A `refused` result is one the monitor
would not fetch at all (bad URL, scheme or address): the item is skipped, not retried.
"""
from __future__ import annotations

import functools
import ssl
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Callable, Iterator, Sequence, TypeVar
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from natowatch.flows.reader.limits import FetchLimits
from natowatch.flows.reader.netguard import (ACCEPT_ENCODING, AddressRefused, BadEncoding, BodyTooLarge, GuardedBackend,
                            check_target, content_encodings, decoded, proxy_address, request_scope)

__all__ = ["FetchLimits", "FetchResult", "HostPacer", "fetch", "new_client", "scheme_error"]

USER_AGENT = "natowatch/0.1 (+https://github.com/natowatch)"
ALLOWED_SCHEMES = ("http", "https")
MALFORMED = "malformed URL"
FEED_ACCEPT = ("application/rss+xml, application/atom+xml, application/rdf+xml, "
               "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5")
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
_REDIRECT_STATUSES = {301, 302, 303, 307, 308}
# Server trouble worth retrying soon; anything else (404, 410, bad body) will not fix itself.
_TRANSIENT_STATUSES = {408, 425, 429, 500, 502, 503, 504}
TOO_MANY_REQUESTS, SERVICE_UNAVAILABLE = 429, 503
# Hosts whose pages are read at the same time (each host's own pages one after the other).
MAX_PARALLEL_HOSTS = 8

T = TypeVar("T")


@dataclass(frozen=True)
class FetchResult:
    url: str                       # the URL asked for
    status: int | None             # the final HTTP status; None when no response came
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)  # lower-cased names
    final_url: str | None = None   # after redirects
    etag: str | None = None
    modified: str | None = None    # the Last-Modified header, verbatim
    error: str | None = None       # one line; None when the body is usable or the status is 304
    transient: bool = False        # worth retrying soon (timeouts, connection errors, 5xx, 429)
    refused: bool = False          # not fetched on principle: bad URL, scheme or address

    @property
    def ok(self) -> bool:
        return self.error is None and self.status is not None and 200 <= self.status < 300

    @property
    def not_modified(self) -> bool:
        return self.error is None and self.status == 304

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "")

    @property
    def retry_after_seconds(self) -> float | None:
        """The Retry-After header in seconds, when it is given as a number."""
        value = self.headers.get("retry-after", "").strip()
        return float(value) if value.isdigit() else None


def scheme_error(url: str) -> str | None:
    """Why this URL may not be fetched, or None: only http and https with a host and a valid port."""
    try:
        parts = urlsplit(url)
        parts.port  # raises for a port out of range or not a number
        httpx.URL(url)
    except (ValueError, httpx.InvalidURL) as exc:
        return f"{MALFORMED}: {' '.join(str(exc).split())}"
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        shown = parts.scheme or "(none)"
        return f"unsupported URL scheme {shown!r}: only http and https are fetched"
    if not parts.hostname:
        return "URL has no host"
    return None


def host_of(url: str) -> str:
    """The host a request goes to, the unit of politeness (the port does not make another site)."""
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:  # a malformed URL is refused by fetch without a request
        return ""


def asks_to_wait(result: FetchResult) -> bool:
    """A host that said to slow down: 429 Too Many Requests, or 503 with a Retry-After."""
    return result.status == TOO_MANY_REQUESTS or (result.status == SERVICE_UNAVAILABLE
                                                   and "retry-after" in result.headers)


class HostPacer:
    """Politeness towards each host for one poll cycle, shared by every thread of the cycle.

    Requests to one host go one at a time, at least `min_delay` seconds after the previous
    one to that host ended (ended, not started: a slow host is not hit harder). A host that
    asks to wait (see asks_to_wait) is not asked again while this pacer lives: make one per
    cycle. Different hosts do not wait for each other.
    """

    def __init__(self, min_delay: float):
        self.min_delay = min_delay
        self._guard = threading.Lock()
        self._host_locks: dict[str, threading.Lock] = {}
        self._free_at: dict[str, float] = {}       # host -> monotonic time its next request may start
        self._told_to_wait: dict[str, str] = {}    # host -> what it answered

    def fetch(self, url: str, **kwargs) -> FetchResult:
        """fetch(url, **kwargs), paced; a host that asked to wait gets no request (an error result)."""
        if scheme_error(url):
            return fetch(url, **kwargs)  # no request is made: nothing to pace
        host = host_of(url)
        with self._guard:
            host_lock = self._host_locks.setdefault(host, threading.Lock())
        with host_lock:
            if host in self._told_to_wait:
                return FetchResult(url, None, error=f"not fetched: {host} answered {self._told_to_wait[host]} "
                                                    "earlier in this poll")
            pause = self._free_at.get(host, 0.0) - time.monotonic()
            if pause > 0:
                time.sleep(pause)
            try:
                result = fetch(url, **kwargs)
            finally:
                self._free_at[host] = time.monotonic() + self.min_delay
            if asks_to_wait(result):
                retry_after = result.headers.get("retry-after")
                self._told_to_wait[host] = f"HTTP {result.status}" + (f" (Retry-After {retry_after})"
                                                                      if retry_after else "")
            return result

    def map_by_host(self, work: Callable[[T], object], tasks: Sequence[T],
                    url_of: Callable[[T], str | None], ahead: int | None = None,
                    waited: Callable[[float], None] | None = None,
                    idle: Callable[[], None] | None = None) -> Iterator[object]:
        """work(task) for every task, yielded in the tasks' order as soon as each is done, so the
        caller stores one page while the next is read: tasks of different hosts at once (up to
        MAX_PARALLEL_HOSTS), those of one host one after the other. `url_of` gives the URL a task
        will fetch through this pacer (None: it fetches nothing). With `ahead`, a task starts only
        when fewer than `ahead` tasks before it wait for the caller (what is read ahead is held
        in memory), and `waited(seconds)` is told in the task's thread how long it waited; when
        the caller stops early, the tasks not started are dropped. `idle()` is called in the
        caller's thread before it waits for a task not done yet (a poll commits what it stored)."""
        by_host: dict[str, list[int]] = {}
        for index, task in enumerate(tasks):
            url = url_of(task)
            by_host.setdefault(host_of(url) if url else "", []).append(index)
        if not by_host:
            return
        outcomes: list[Future | None] = [Future() for _ in tasks]
        window = threading.Condition()
        taken, stopped = 0, False

        def run(indexes: list[int]) -> None:
            for index in indexes:
                with window:
                    started = time.monotonic()
                    while not stopped and ahead is not None and index >= taken + ahead:
                        window.wait()
                    if stopped:
                        return
                if waited is not None:
                    waited(time.monotonic() - started)
                try:
                    outcomes[index].set_result(work(tasks[index]))
                except BaseException as exc:  # handed to the caller with its task
                    outcomes[index].set_exception(exc)
        with ThreadPoolExecutor(max_workers=min(len(by_host), MAX_PARALLEL_HOSTS),
                                thread_name_prefix="natowatch-host") as pool:
            for indexes in by_host.values():
                pool.submit(run, indexes)
            try:
                for index in range(len(tasks)):
                    if idle is not None and not outcomes[index].done():
                        idle()
                    value = outcomes[index].result()
                    # handed over: what was read (a page, its article) must not wait in memory
                    # for the rest of the tasks
                    outcomes[index] = None
                    with window:
                        taken = index + 1
                        window.notify_all()
                    yield value
            finally:
                with window:
                    stopped = True
                    window.notify_all()


class _Client(httpx.Client):
    """httpx.Client that leaves a redirect's Location alone: fetch() reads and checks it itself,
    while httpx's own reading of it (for Response.next_request, unused here) raises on a
    'javascript:' or malformed location before fetch could say which item it was."""

    def _build_redirect_request(self, request: httpx.Request, response: httpx.Response) -> httpx.Request:
        return request


@functools.cache
def tls_context() -> ssl.SSLContext:
    """The TLS settings of every client of this process: httpx's own default (the certifi CA
    bundle; trust_env=False as the clients have), made once. Each new client made its own,
    ~20-30 ms of CPU reading the bundle, and a poll makes two clients per feed."""
    return httpx.create_ssl_context(trust_env=False)


def new_client(limits: FetchLimits = FetchLimits()) -> httpx.Client:
    """One client per poll cycle: connections are reused across a feed and its pages."""
    timeout = httpx.Timeout(connect=limits.connect_timeout, read=limits.read_timeout,
                            write=limits.read_timeout, pool=limits.connect_timeout)
    # No proxy from the environment: a proxy makes the connections, so only the one the user
    # configured is used, and then the target is checked before each request (fetch below).
    transport = httpx.HTTPTransport(trust_env=False, proxy=limits.proxy, verify=tls_context())
    # httpcore takes its socket layer as a parameter that httpx does not pass on: set it here,
    # so every connection of this client is resolved, checked and bounded by GuardedBackend.
    transport._pool._network_backend = GuardedBackend(proxy_address(limits.proxy))
    # Redirects are followed by hand so every hop is checked and counted.
    return _Client(timeout=timeout, follow_redirects=False, transport=transport, trust_env=False,
                        headers={"User-Agent": USER_AGENT, "Accept-Encoding": ACCEPT_ENCODING})


def fetch(url: str, *, etag: str | None = None, modified: str | None = None,
          limits: FetchLimits = FetchLimits(), client: httpx.Client | None = None,
          accept: str = FEED_ACCEPT, deadline: float | None = None) -> FetchResult:
    """GET `url` within `limits`, conditionally when an ETag or Last-Modified is known.

    `deadline` (time.monotonic()) ends the request earlier than its own total timeout would."""
    if client is None:
        with new_client(limits) as own_client:
            return fetch(url, etag=etag, modified=modified, limits=limits, client=own_client, accept=accept,
                         deadline=deadline)

    headers = {"User-Agent": USER_AGENT, "Accept": accept}
    if etag:
        headers["If-None-Match"] = etag
    if modified:
        headers["If-Modified-Since"] = modified
    own_deadline = time.monotonic() + limits.total_timeout
    deadline = own_deadline if deadline is None else min(deadline, own_deadline)
    current, visited = url, set()
    for _hop in range(limits.max_redirects + 1):
        problem = scheme_error(current)
        if problem:
            return FetchResult(url, None, final_url=current, error=problem, refused=True)
        visited.add(current)
        try:
            with request_scope(limits, deadline):
                if limits.proxy:
                    check_target(current)
                result = _get_once(client, url, current, headers, limits)
        except AddressRefused as exc:
            return FetchResult(url, None, final_url=current, error=str(exc), refused=True)
        except httpcore.ConnectError as exc:  # the target's name, resolved here before asking the proxy
            return FetchResult(url, None, final_url=current, transient=True, error=f"request failed: {exc}")
        except httpx.TimeoutException as exc:
            return FetchResult(url, None, final_url=current, transient=True,
                               error=_timeout_message(exc, limits, deadline))
        except httpx.HTTPError as exc:
            detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            return FetchResult(url, None, final_url=current, transient=True, error=f"request failed: {detail}")
        location = result.headers.get("location")
        if result.status not in _REDIRECT_STATUSES or not location:
            return result
        try:
            current = urljoin(current, location)
        except ValueError:
            return FetchResult(url, result.status, headers=result.headers, final_url=current, refused=True,
                               error=f"malformed redirect location {location[:200]!r}")
        if current in visited:
            return FetchResult(url, result.status, headers=result.headers, final_url=current,
                               error=f"redirect loop: {current} was already visited")
    return FetchResult(url, None, final_url=current, error=f"too many redirects (more than {limits.max_redirects})")


def _get_once(client: httpx.Client, url: str, current: str, headers: dict[str, str],
              limits: FetchLimits) -> FetchResult:
    """One request; the body decoded here (every content-encoding layer, in bounded steps) and
    cut off past the byte cap. The deadline is enforced by the guarded sockets under the client."""
    with client.stream("GET", current, headers=headers) as response:
        response_headers = {k.lower(): v for k, v in response.headers.items()}
        status = response.status_code
        common = dict(headers=response_headers, final_url=str(response.url),
                      etag=response_headers.get("etag"), modified=response_headers.get("last-modified"))
        if status in _REDIRECT_STATUSES or status == 304:
            return FetchResult(url, status, **common)
        if not 200 <= status < 300:
            return FetchResult(url, status, transient=status in _TRANSIENT_STATUSES,
                               error=f"HTTP {status} {response.reason_phrase}".rstrip(), **common)
        declared = response_headers.get("content-length", "")
        encodings = content_encodings(response_headers.get("content-encoding", ""))
        if not encodings and declared.isdigit() and int(declared) > limits.max_bytes:
            return FetchResult(url, status, error=f"body of {int(declared)} bytes is over the "
                                                  f"{limits.max_bytes}-byte cap", **common)
        try:
            # iter_raw: httpx's own decoders would inflate a whole chunk at once, before any cap.
            body = b"".join(decoded(response.iter_raw(), encodings, limits.max_bytes))
        except (BodyTooLarge, BadEncoding) as exc:
            return FetchResult(url, status, error=str(exc), **common)
        return FetchResult(url, status, body=body, **common)


def _timeout_message(exc: httpx.TimeoutException, limits: FetchLimits, deadline: float) -> str:
    if time.monotonic() >= deadline - 0.01:
        return f"took longer than {limits.total_timeout:g} s in total"
    if isinstance(exc, httpx.ConnectTimeout):
        return f"timed out connecting (after {limits.connect_timeout:g} s)"
    if isinstance(exc, httpx.PoolTimeout):
        return "timed out waiting for a connection"
    return f"timed out waiting for data (after {limits.read_timeout:g} s)"
