"""The limits every read of a stranger's feed or page obeys (plain data: settings build it, fetch and
poll obey it). docs/security.md lists each one with its setting."""
from __future__ import annotations

from dataclasses import dataclass

MIB = 1024 * 1024


@dataclass(frozen=True)
class FetchLimits:
    connect_timeout: float = 10.0
    # Between two reads of one response; a server trickling a byte at a time is stopped by the
    # total below, not by this.
    read_timeout: float = 20.0
    # One request from connecting to the last byte, redirects included.
    total_timeout: float = 30.0
    # Decoded bytes (after every content-encoding layer), as Miniflux.
    max_bytes: int = 15 * MIB
    max_redirects: int = 5
    # Reading one feed's pages in one poll; the items left are read on the next poll.
    feed_timeout: float = 300.0
    # Hosts (any port) that may be fetched although they resolve to a loopback, private,
    # link-local or otherwise non-public address: `fetch.allow_hosts`.
    allow_hosts: tuple[str, ...] = ()
    # Origins ('scheme://host:port') of the configured feeds, whatever their address.
    allow_origins: tuple[str, ...] = ()
    # An http(s) proxy every feed and page request goes through (`fetch.proxy`, for networks
    # that mandate one); None: direct connections. Proxies from the environment are never used.
    proxy: str | None = None
    # New items read from one feed in one poll; the rest wait for the next poll.
    max_items_per_poll: int = 200
    max_title_chars: int = 500
    # An event's evidence sentence as stored and sent.
    max_evidence_chars: int = 2000
