"""The proxy alert deliveries go through: `alerts.proxy`, else `fetch.proxy` (a machine whose
only way out is a proxy needs it for both); `alerts.proxy: direct` sends them straight even when
feeds go through a proxy; with neither set, the HTTP libraries' defaults (the environment's
HTTP(S)_PROXY and NO_PROXY), as before.

It covers every delivery made over HTTP: our own JSON POSTs (httpx, flows/alerts/payloads.py)
and apprise's channels (Slack, Discord, SendGrid, ntfy, ...), which call `requests` with no way
to pass a proxy. SMTP (mailto://) is not HTTP: an HTTP proxy cannot carry it.
"""
from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, Iterator

DIRECT = "direct"

# The proxy of the delivery this thread is making (None: none is being made through one).
_current: ContextVar[str | None] = ContextVar("natowatch_alert_proxy", default=None)
_installed = False


def httpx_options(proxy: str | None) -> dict[str, Any]:
    """httpx.Client options for deliveries through `proxy`."""
    if proxy is None:
        return {}
    if proxy == DIRECT:
        return {"trust_env": False}
    return {"proxy": proxy, "trust_env": False}


@contextmanager
def requests_through(proxy: str | None) -> Iterator[None]:
    """While in the block, every `requests` call this thread makes (apprise's) goes through
    `proxy` (or straight, for DIRECT); other threads are not affected."""
    if proxy is None:
        yield
        return
    _install()
    token = _current.set(proxy)
    try:
        yield
    finally:
        _current.reset(token)


def _install() -> None:
    """Wrap requests' Session.request once: an explicit `proxies` argument wins over the
    environment in requests, and a None value means no proxy for that scheme."""
    global _installed
    if _installed:
        return
    from requests.sessions import Session

    original = Session.request

    def request(self, method, url, *args, **kwargs):
        proxy = _current.get()
        if proxy is not None:
            target = None if proxy == DIRECT else proxy
            kwargs["proxies"] = {"http": target, "https": target, "all": target}
        return original(self, method, url, *args, **kwargs)

    Session.request = request
    _installed = True
