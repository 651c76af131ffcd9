"""Runtime settings: config/settings.yaml (or $NATOWATCH_CONFIG) plus environment overrides.

Relative paths in a settings file are resolved against the folder of that file; relative
paths given in the environment are resolved against the current directory. A setting that
cannot be used raises SettingsError with one line "FILE: KEY: problem"; alert URLs never
appear in messages (they carry tokens and passwords).

Hand-written rather than pydantic-settings, measured (benchmarks/libraries.py): importing
pydantic_settings takes about as long again as this whole module with its imports (1235 ms
against 1158 ms, median of 5 fresh processes on the shared development machine), and
`natowatch extract` reads the settings and must stay well under a second; the one-line
"FILE: KEY: problem" messages and `${ENV}` references in routes would be rebuilt on top.
"""
from __future__ import annotations

import io
import logging
import math
import os
import re
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Iterator, Mapping
from urllib.parse import parse_qsl, unquote, urlsplit


from natowatch.extract.model import EVENT_TYPES, STATUSES
from natowatch.flows.reader.limits import FetchLimits
from natowatch.flows.files.yamlfile import read_yaml

REPO_ROOT = Path(__file__).resolve().parents[1]
# A checkout (pyproject.toml beside config/) reads its own config/settings.yaml unless told
# otherwise; an installed copy has no settings of its own (`natowatch init DIR` writes some).
IN_CHECKOUT = (REPO_ROOT / "pyproject.toml").is_file() and (REPO_ROOT / "config").is_dir()
DEFAULT_SETTINGS_FILE = REPO_ROOT / "config" / "settings.yaml"


def config_dir() -> Path:
    """config/: the checkout's, or the copy an installed wheel ships as package data
    (natowatch.config: the stories, the states, the lexicon and the files `init` starts from)."""
    if IN_CHECKOUT:
        return REPO_ROOT / "config"
    from importlib.util import find_spec

    # config/ has no __init__.py: importlib.resources.files() would give a MultiplexedPath of
    # this namespace package, the import system's record of its one folder is a plain path.
    spec = find_spec("natowatch.config")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("natowatch is installed without its config/ (package data natowatch.config)")
    return Path(next(iter(spec.submodule_search_locations)))

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

_ENV_REFERENCE = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")
# Apprise URLs may hold commas themselves (mailto://...?to=a@x,b@y): only a comma
# followed by another scheme separates two URLs.
_URL_SEPARATOR = re.compile(r"\s+|,\s*(?=[A-Za-z][A-Za-z0-9+.\-]*://)")
_URL_IN_TEXT = re.compile(r"\b([A-Za-z][A-Za-z0-9+.\-]*)://[^\s'\"<>]+")
_SECRET_ASSIGNMENT = re.compile(
    r"(?i)\b(password|passwd|pass|pwd|token|secret|apikey|api_key|key|webhook)(\s*[=:]\s*)([^\s&,;'\"]+)")
# Pieces of a configured URL shorter than this are left alone by redact(): too common to hide.
_MIN_SECRET_LENGTH = 4
DATABASE_ENV = "NATOWATCH_DATABASE_URL"


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


def redact(text: str, urls: tuple[str, ...] | list[str] = ()) -> str:
    """Text safe for logs: every URL cut down to its scheme, secrets after password=/token=
    hidden, and every user, password, host path part or query value of `urls` (the
    configured apprise URLs) replaced by ***, wherever it appears."""
    for piece in sorted(_secret_pieces(urls), key=len, reverse=True):
        text = text.replace(piece, "***")
    text = _URL_IN_TEXT.sub(lambda m: f"{m.group(1)}://***", text)
    return _SECRET_ASSIGNMENT.sub(lambda m: f"{m.group(1)}{m.group(2)}***", text)


# apprise logs the URLs it loads (a password masked, tokens and hosts not; a URL it cannot load
# in full), and urllib3/requests (httpx/httpcore for JSON webhooks, flows/alerts/payloads.py) log
# request URLs: a webhook's path is often its token.
_CHATTY_LOGGERS = ("apprise", "urllib3", "requests", "httpx", "httpcore")


@contextmanager
def quiet_apprise() -> Iterator[io.StringIO]:
    """While apprise runs, its log records (and those of the HTTP libraries under it) reach no
    handler of the application, whoever attached it: its warnings and errors are collected in
    the yielded buffer instead, for the caller to redact and report."""
    captured = io.StringIO()
    handler = logging.StreamHandler(captured)
    handler.setLevel(logging.WARNING)
    loggers = [logging.getLogger(name) for name in _CHATTY_LOGGERS]
    saved = [(lg.propagate, lg.level, lg.handlers) for lg in loggers]
    for lg in loggers:
        lg.propagate, lg.handlers = False, []
    apprise_logger = loggers[0]
    apprise_logger.handlers = [handler]
    if apprise_logger.getEffectiveLevel() > logging.WARNING:
        apprise_logger.setLevel(logging.WARNING)
    try:
        yield captured
    finally:
        for lg, (propagate, level, handlers) in zip(loggers, saved):
            lg.propagate, lg.level, lg.handlers = propagate, level, handlers


def _secret_pieces(urls) -> set[str]:
    pieces: set[str] = set()
    for url in urls:
        pieces.add(url)
        try:
            parts = urlsplit(url)
            candidates = [parts.username, parts.password, parts.hostname, *parts.path.split("/"),
                          *(value for _, value in parse_qsl(parts.query))]
        except ValueError:
            continue
        for piece in candidates:
            if piece and len(piece) >= _MIN_SECRET_LENGTH:
                pieces.update({piece, unquote(piece)})
    return pieces


@contextmanager
def flow_database(url: str | None) -> Iterator[str | None]:
    """The database argument to give a Prefect flow for `url`.

    Prefect keeps a flow run's parameters in its own database and serves them through its API
    (unauthenticated by default), so a URL with a password is never one: for the time of the
    block it is put in NATOWATCH_DATABASE_URL instead, which the flow reads through its settings
    (in this process, or in a process the block starts), and None is given."""
    if not url or not _has_password(url):
        yield url
        return
    saved = os.environ.get(DATABASE_ENV)
    os.environ[DATABASE_ENV] = url
    try:
        yield None
    finally:
        if saved is None:
            os.environ.pop(DATABASE_ENV, None)
        else:
            os.environ[DATABASE_ENV] = saved


def _has_password(url: str) -> bool:
    try:
        parts = urlsplit(url)
        return bool(parts.password) or any(k.lower() in ("password", "pass", "pwd")
                                           for k, _ in parse_qsl(parts.query))
    except ValueError:  # unreadable: treat it as secret
        return True


def split_urls(value: str) -> tuple[str, ...]:
    """Apprise URLs separated by spaces or commas."""
    return tuple(u for u in _URL_SEPARATOR.split(value.strip()) if u)


def load_settings(path: str | Path | None = None, environ: Mapping[str, str] | None = None) -> Settings:
    """Read the settings file (`path`, else $NATOWATCH_CONFIG, else config/settings.yaml),
    apply the NATOWATCH_* environment overrides and validate everything, alert URLs included."""
    env = os.environ if environ is None else environ
    explicit = path if path is not None else env.get("NATOWATCH_CONFIG") or None
    settings_path = Path(explicit) if explicit else DEFAULT_SETTINGS_FILE
    if explicit or (IN_CHECKOUT and settings_path.exists()):
        data = _read(settings_path)
        source, base = str(settings_path), settings_path.resolve().parent
    else:  # an installed copy and no settings named: defaults only
        data, source, base = {}, "(defaults)", Path.cwd()
    return _build(data, source, base, env)


def _read(path: Path) -> dict:
    data = read_yaml(path, "settings file", SettingsError)
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise SettingsError(f"{path}: (top level): expected a mapping")
    return data


_TOP_KEYS = {"database_url", "data_dir", "story", "stories", "feeds_file", "alerts", "polling", "timeline",
             "fetch", "extract"}
DEFAULT_STORY = "nato-secretary-general"
_TIMELINE_KEYS = {"background_days"}
_EXTRACT_KEYS = {"budget_seconds"}
# fetch.KEY -> (FetchLimits field, kind): every limit on reading strangers' feeds and pages.
_FETCH_KEYS = {"connect_timeout_seconds": ("connect_timeout", float), "read_timeout_seconds": ("read_timeout", float),
               "request_timeout_seconds": ("total_timeout", float), "feed_timeout_seconds": ("feed_timeout", float),
               "max_bytes": ("max_bytes", int), "max_redirects": ("max_redirects", int),
               "max_items_per_poll": ("max_items_per_poll", int), "max_title_chars": ("max_title_chars", int),
               "max_evidence_chars": ("max_evidence_chars", int), "allow_hosts": ("allow_hosts", list),
               "proxy": ("proxy", str)}
_POLLING_KEYS = {"host_delay_seconds"}
_ALERT_KEYS = {"urls", "routes", "max_attempts", "backoff_seconds", "lease_seconds", "revive_hours"}
_ROUTE_KEYS = {"name", "types", "statuses", "urls", "min_sources", "digest_minutes", "updates", "background",
               "background_days", "stories"}


def _unknown_keys(data: Mapping, allowed: set[str], source: str, where: str) -> None:
    for key in data:
        if key not in allowed:
            path = f"{where}.{key}" if where else str(key)
            raise SettingsError(f"{source}: {path}: unknown setting (expected one of: {', '.join(sorted(allowed))})")


def _string(data: Mapping, key: str, source: str, where: str = "") -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise SettingsError(f"{source}: {where}{key}: expected a non-empty string")
    return value.strip()


def _path(value: str, base: Path) -> Path:
    path = Path(value).expanduser()
    return path if path.is_absolute() else (base / path).resolve()


def _sqlite_url_against(url: str, base: Path) -> str:
    """sqlite:///relative.db means relative to `base`; absolute paths and other databases unchanged."""
    match = re.match(r"^(sqlite(?:\+\w+)?):///(?!/)(.+)$", url)
    if not match or match.group(2).startswith(":memory:"):
        return url
    return f"{match.group(1)}:///{_path(match.group(2), base)}"


def _build(data: Mapping[str, Any], source: str, base: Path, env: Mapping[str, str]) -> Settings:
    _unknown_keys(data, _TOP_KEYS, source, "")
    data_dir = _path(_string(data, "data_dir", source) or "data", base)
    if env.get("NATOWATCH_DATA_DIR"):
        data_dir = _path(env["NATOWATCH_DATA_DIR"], Path.cwd())

    database_url = _string(data, "database_url", source)
    database_url = _sqlite_url_against(database_url, base) if database_url else f"sqlite:///{data_dir / 'natowatch.db'}"
    if env.get("NATOWATCH_DATABASE_URL"):
        database_url = env["NATOWATCH_DATABASE_URL"].strip()

    stories = _stories(data, source, base)
    feeds = _string(data, "feeds_file", source)
    feeds_file = _path(feeds, base) if feeds else None
    if env.get("NATOWATCH_FEEDS"):
        feeds_file = _path(env["NATOWATCH_FEEDS"], Path.cwd())

    return Settings(source=source, database_url=database_url, data_dir=data_dir, story=stories[0],
                    feeds_file=feeds_file, alerts=_alerts(data.get("alerts"), source, env),
                    polling=_polling(data.get("polling"), source, env), timeline=_timeline(data.get("timeline"), source),
                    fetch=_fetch(data.get("fetch"), source), extract=_extract(data.get("extract"), source),
                    stories=stories)


def _extract(data: Any, source: str) -> ExtractSettings:
    section = "extract"     # joined below: the test of bare package names reads any quoted extract-dot string as one
    data = _section(data, _EXTRACT_KEYS, source, section)
    budget = data.get("budget_seconds", ExtractSettings.budget_seconds)
    # null: read every article whole, however long it takes
    return ExtractSettings(None if budget is None else _positive(budget, float, source, f"{section}.budget_seconds"))


def _timeline(data: Any, source: str) -> TimelineSettings:
    data = _section(data, _TIMELINE_KEYS, source, "timeline")
    return TimelineSettings(background_days=_days(data.get("background_days", DEFAULT_BACKGROUND_DAYS), source,
                                                  "timeline.background_days"))


def _days(value: Any, source: str, key: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise SettingsError(f"{source}: {key}: expected a whole number of days (0 or more), got {value!r}")
    return value


def _flag(data: Mapping, key: str, source: str, where: str) -> bool:
    value = data.get(key, False)
    if not isinstance(value, bool):
        raise SettingsError(f"{source}: {where}.{key}: expected true or false, got {value!r}")
    return value


def _fetch(data: Any, source: str) -> FetchLimits:
    data = _section(data, set(_FETCH_KEYS), source, "fetch")
    values: dict[str, Any] = {}
    for key, value in data.items():
        field_name, kind = _FETCH_KEYS[key]
        if kind is list:
            hosts = [value] if isinstance(value, str) else value
            if not isinstance(hosts, list) or not all(isinstance(h, str) and h.strip() and "/" not in h
                                                       for h in hosts):
                raise SettingsError(f"{source}: fetch.{key}: expected a list of host names or addresses")
            values[field_name] = tuple(h.strip().lower().strip("[]") for h in hosts)
        elif kind is str:
            values[field_name] = _proxy_url(value, source, f"fetch.{key}")
        else:
            values[field_name] = _positive(value, kind, source, f"fetch.{key}")
    return FetchLimits(**values)


def _proxy_url(value: Any, source: str, where: str) -> str:
    """An http:// or https:// proxy URL with a host (and maybe user:password@ and a port)."""
    problem = "expected an http:// or https:// proxy URL, such as http://proxy.example.org:3128"
    if not isinstance(value, str):
        raise SettingsError(f"{source}: {where}: {problem}")
    try:
        parts = urlsplit(value.strip())
        parts.port  # raises for a bad port
    except ValueError:
        parts = None
    if parts is None or parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise SettingsError(f"{source}: {where}: {problem}")  # not echoed: it may hold a password
    return value.strip()


def _stories(data: Mapping[str, Any], source: str, base: Path) -> tuple[Path, ...]:
    """`stories:` (a list of story files) or the older `story:` (one); not both."""
    if "stories" not in data:
        return (_story_path(_string(data, "story", source) or DEFAULT_STORY, base),)
    if "story" in data:
        raise SettingsError(f"{source}: stories: give `stories` or `story`, not both")
    value = data["stories"]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise SettingsError(f"{source}: stories: expected a non-empty list of story files")
    paths = tuple(_story_path(v.strip(), base) for v in value)
    if len(set(paths)) != len(paths):
        raise SettingsError(f"{source}: stories: a story file is listed twice")
    return paths


def _story_path(value: str, base: Path) -> Path:
    """A story file's path, or the name of a story shipped with natowatch (config/stories/NAME.yaml):
    a starter's settings name them, so they work wherever natowatch is installed."""
    if "/" not in value and "\\" not in value and Path(value).suffix not in (".yaml", ".yml"):
        return config_dir() / "stories" / f"{value}.yaml"
    return _path(value, base)


def _section(data: Any, keys, source: str, name: str) -> Mapping:
    """A settings section: a mapping (absent = empty) of known keys."""
    if data is None:
        data = {}
    if not isinstance(data, Mapping):
        raise SettingsError(f"{source}: {name}: expected a mapping")
    _unknown_keys(data, keys, source, name)
    return data


def _polling(data: Any, source: str, env: Mapping[str, str]) -> PollingSettings:
    data = _section(data, _POLLING_KEYS, source, "polling")
    delay = _seconds(data.get("host_delay_seconds", DEFAULT_HOST_DELAY_SECONDS), source, "polling.host_delay_seconds")
    if env.get("NATOWATCH_HOST_DELAY_SECONDS", "").strip():
        text = env["NATOWATCH_HOST_DELAY_SECONDS"].strip()
        try:
            value: Any = float(text)
        except ValueError:
            value = text
        delay = _seconds(value, "environment", "NATOWATCH_HOST_DELAY_SECONDS")
    return PollingSettings(host_delay_seconds=delay)


def _seconds(value: Any, source: str, key: str) -> float:
    """A number of seconds, 0 allowed (no pause)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value < 0:
        raise SettingsError(f"{source}: {key}: expected a number of seconds (0 or more), got {value!r}")
    return float(value)


def _positive(value: Any, kind: type, source: str, key: str):
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0 or (kind is int and not isinstance(value, int)):
        raise SettingsError(f"{source}: {key}: expected a positive {'whole number' if kind is int else 'number'}")
    return kind(value)


def _alerts(data: Any, source: str, env: Mapping[str, str]) -> AlertSettings:
    data = _section(data, _ALERT_KEYS, source, "alerts")

    if env.get("NATOWATCH_ALERT_URLS", "").strip():
        urls = split_urls(env["NATOWATCH_ALERT_URLS"])
        _check_urls(urls, "environment", "NATOWATCH_ALERT_URLS", "every route")
    else:
        urls = _url_list(data.get("urls"), source, "alerts.urls", env, "every route")

    routes_data = data.get("routes")
    if routes_data is None:
        routes: tuple[Route, ...] = (Route(name="default" if urls else CONSOLE_ROUTE,
                                           types=DEFAULT_ROUTE_TYPES, statuses=None, urls=()),)
    elif not isinstance(routes_data, list) or not routes_data:
        raise SettingsError(f"{source}: alerts.routes: expected a non-empty list of routes")
    else:
        routes = tuple(_route(r, i, source, env) for i, r in enumerate(routes_data))
    names = [r.name for r in routes]
    if len(set(names)) != len(names):
        raise SettingsError(f"{source}: alerts.routes: two routes have the same name")
    # A route without its own URLs uses the global ones (and the console when there are none).
    routes = tuple(r if r.urls else replace(r, urls=urls) for r in routes)

    max_attempts = _positive(data.get("max_attempts", DEFAULT_MAX_ATTEMPTS), int, source, "alerts.max_attempts")
    backoff = _positive(data.get("backoff_seconds", DEFAULT_BACKOFF_SECONDS), float, source, "alerts.backoff_seconds")
    lease = _positive(data.get("lease_seconds", DEFAULT_LEASE_SECONDS), float, source, "alerts.lease_seconds")
    revive = data.get("revive_hours", DEFAULT_REVIVE_HOURS)
    if isinstance(revive, bool) or not isinstance(revive, (int, float)) or not math.isfinite(revive) or revive < 0:
        raise SettingsError(f"{source}: alerts.revive_hours: expected a number of hours (0 or more), got {revive!r}")
    return AlertSettings(urls=urls, routes=routes, max_attempts=max_attempts, backoff_seconds=backoff,
                         lease_seconds=lease, revive_hours=revive)


def _choices(data: Mapping, key: str, allowed: tuple[str, ...], source: str, where: str) -> tuple[str, ...] | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value:
        raise SettingsError(f"{source}: {where}.{key}: expected a non-empty list")
    for item in value:
        if item not in allowed:
            raise SettingsError(f"{source}: {where}.{key}: {item!r} is not one of {', '.join(allowed)}")
    return tuple(value)


def _route(data: Any, index: int, source: str, env: Mapping[str, str]) -> Route:
    where = f"alerts.routes[{index}]"
    if not isinstance(data, Mapping):
        raise SettingsError(f"{source}: {where}: expected a mapping")
    _unknown_keys(data, _ROUTE_KEYS, source, where)
    name = _string(data, "name", source, f"{where}.")
    if name is None:
        raise SettingsError(f"{source}: {where}.name: missing")
    if not re.fullmatch(r"[A-Za-z0-9_.\-]{1,64}", name):
        raise SettingsError(f"{source}: {where}.name: use letters, digits, '-', '_' or '.' (at most 64)")
    digest = data.get("digest_minutes")
    stories = data.get("stories")
    if stories is not None and (not isinstance(stories, list) or not stories
                                or not all(isinstance(v, str) and v.strip() for v in stories)):
        raise SettingsError(f"{source}: {where}.stories: expected a non-empty list of story ids")
    return Route(
        name=name,
        types=_choices(data, "types", ROUTE_TYPES, source, where) or DEFAULT_ROUTE_TYPES,
        statuses=_choices(data, "statuses", STATUSES, source, where),
        urls=_url_list(data.get("urls"), source, f"{where}.urls", env, f"route {name!r}"),
        min_sources=_positive(data.get("min_sources", 1), int, source, f"{where}.min_sources"),
        digest_minutes=None if digest is None else _positive(digest, float, source, f"{where}.digest_minutes"),
        updates=_flag(data, "updates", source, where),
        background=_flag(data, "background", source, where),
        stories=tuple(v.strip() for v in stories) if stories else None,
        background_days=None if data.get("background_days") is None else _days(
            data["background_days"], source, f"{where}.background_days"),
    )


def _url_list(value: Any, source: str, key: str, env: Mapping[str, str], owner: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise SettingsError(f"{source}: {key}: expected a list of apprise URLs")
    urls: list[str] = []
    for i, item in enumerate(value):
        if not isinstance(item, str) or not item.strip():
            raise SettingsError(f"{source}: {key}[{i}]: expected an apprise URL string")
        expanded = _expand(item, source, f"{key}[{i}]", env)
        found = split_urls(expanded)
        _check_urls(found, source, f"{key}[{i}]", owner)
        urls.extend(found)
    return tuple(urls)


def _expand(value: str, source: str, key: str, env: Mapping[str, str]) -> str:
    def lookup(match: re.Match) -> str:
        name = match.group(1)
        if not env.get(name, "").strip():
            raise SettingsError(f"{source}: {key}: environment variable {name} is not set")
        return env[name].strip()
    return _ENV_REFERENCE.sub(lookup, value)


def _check_urls(urls: tuple[str, ...], source: str, key: str, owner: str) -> None:
    import apprise  # only loaded when there are URLs to check

    for i, url in enumerate(urls):
        with quiet_apprise():
            plugin = apprise.Apprise.instantiate(url, suppress_exceptions=True)
        if plugin is None:
            scheme = url.split("://", 1)[0] if "://" in url else "(none)"
            raise SettingsError(f"{source}: {key}: URL {i + 1} for {owner} (scheme {scheme!r}) "
                                "is not an apprise URL apprise can use")
