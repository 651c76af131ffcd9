"""The settings as the application reads them: frozen dataclasses and their defaults."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from natowatch.extract.model import EVENT_TYPES
from natowatch.flows.reader.limits import FetchLimits

# Story-level alerts a route can ask for besides event types (natowatch.storage.records.STORY_ALERT_KINDS;
# not imported from there: storage loads SQLAlchemy, which `natowatch extract` must not).
STORY_ALERT_TYPES = ("stance_change", "consensus", "new_candidate")
ROUTE_TYPES = (*EVENT_TYPES, *STORY_ALERT_TYPES)
DEFAULT_ROUTE_TYPES = ("endorsement", "opposition", "appointment", "takes_office", "withdrawal",
                       *STORY_ALERT_TYPES)
DEFAULT_MAX_ATTEMPTS = 5
DEFAULT_BACKOFF_SECONDS = 60.0
# How long a dispatcher may hold claimed alerts before another may take them (it died); it
# renews its claim before each send.
DEFAULT_LEASE_SECONDS = 300.0
# Alerts that died while their route failed are revived when it delivers again, up to this age.
DEFAULT_REVIVE_HOURS = 24.0
DEFAULT_BACKGROUND_DAYS = 14
# Pause between two page requests to one host within a poll cycle.
DEFAULT_HOST_DELAY_SECONDS = 1.0
# The route a single default route gets when no alert URL is configured anywhere.
CONSOLE_ROUTE = "console"


class SettingsError(ValueError):
    """A settings file or variable that cannot be used: 'FILE: KEY: problem'."""


@dataclass(frozen=True)
class Route:
    """Which events go where. No URLs means the console.

    `min_sources`: an event alerts once that many distinct articles report it.
    `digest_minutes`: alerts wait until the oldest has waited this long, then go as one message.
    """

    name: str
    types: tuple[str, ...]
    statuses: tuple[str, ...] | None
    urls: tuple[str, ...]
    min_sources: int = 1
    digest_minutes: float | None = None
    updates: bool = False      # also an alert when a stronger later report changes an event it had
    background: bool = False   # also background events (first reported long after they happened)
    # Story ids whose alerts this route takes (None: every story's).
    stories: tuple[str, ...] | None = None
    # The route's own background threshold in days (None: timeline.background_days).
    background_days: int | None = None

    @property
    def rule(self):
        """The storage.RouteRule that queues alerts for this route."""
        from natowatch.storage.records import RouteRule  # storage pulls in SQLAlchemy: not for `natowatch extract`

        return RouteRule(self.name, frozenset(self.types), frozenset(self.statuses) if self.statuses else None,
                         self.min_sources, updates=self.updates, background=self.background,
                         stories=frozenset(self.stories) if self.stories else None,
                         background_days=self.background_days)


@dataclass(frozen=True)
class AlertSettings:
    urls: tuple[str, ...]
    routes: tuple[Route, ...]
    max_attempts: int
    backoff_seconds: float
    lease_seconds: float = DEFAULT_LEASE_SECONDS
    revive_hours: float = DEFAULT_REVIVE_HOURS   # 0: never revive
    proxy: str | None = None   # `alerts.proxy`: a proxy URL or 'direct' (see Settings.alert_proxy)

    def route(self, name: str) -> Route | None:
        return next((r for r in self.routes if r.name == name), None)

    @property
    def rules(self) -> tuple:
        return tuple(r.rule for r in self.routes)

    @property
    def all_urls(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(self.urls + tuple(u for r in self.routes for u in r.urls)))

    @property
    def digest_seconds(self) -> dict[str, float]:
        """Route name -> digest window, for Store.claim_alerts."""
        return {r.name: r.digest_minutes * 60 for r in self.routes if r.digest_minutes}


@dataclass(frozen=True)
class TimelineSettings:
    # An event dated more than this many days before the article that first reports it is
    # background (natowatch.storage.records.DEFAULT_BACKGROUND_DAYS; not imported: see STORY_ALERT_TYPES).
    background_days: int = DEFAULT_BACKGROUND_DAYS


@dataclass(frozen=True)
class ExtractSettings:
    # Seconds an article's extraction may take (natowatch.extract.events.DEFAULT_BUDGET_SECONDS, not
    # imported: see STORY_ALERT_TYPES); past them the events of the part read are kept, and poll and
    # replay warn naming the article. None: no limit.
    budget_seconds: float | None = 2.0


@dataclass(frozen=True)
class PollingSettings:
    host_delay_seconds: float = DEFAULT_HOST_DELAY_SECONDS
    # Processes that turn pages into text and events during a poll (1: the poller's own process).
    workers: int = field(default_factory=lambda: os.cpu_count() or 1)


@dataclass(frozen=True)
class Settings:
    source: str  # the settings file read, or "(defaults)"
    database_url: str
    data_dir: Path
    story: Path  # the first of `stories`
    feeds_file: Path | None
    alerts: AlertSettings
    polling: PollingSettings = PollingSettings()
    timeline: TimelineSettings = TimelineSettings()
    fetch: FetchLimits = FetchLimits()
    extract: ExtractSettings = ExtractSettings()
    # Every story followed (`stories:`, or the one `story:`); each article is matched against each.
    stories: tuple[Path, ...] = ()

    @property
    def alert_proxy(self) -> str | None:
        """What alert deliveries go through: `alerts.proxy`, else `fetch.proxy` (flows/alerts/proxy.py)."""
        return self.alerts.proxy or self.fetch.proxy
