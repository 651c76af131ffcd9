"""`alerts:` in the settings: the global URLs, the routes, retries; URLs from the environment
(NATOWATCH_ALERT_URLS, `${VAR}` references), checked by apprise (flows/alerts/usable.py) and
never echoed in errors."""
from __future__ import annotations

import math
import re
from dataclasses import replace
from typing import Any, Mapping

from natowatch.extract.model import STATUSES
from natowatch.flows.alerts.usable import usable
from natowatch.flows.settings.checks import days, flag, positive, proxy_url, section, string, unknown_keys
from natowatch.flows.settings.model import (CONSOLE_ROUTE, DEFAULT_BACKOFF_SECONDS, DEFAULT_LEASE_SECONDS,
                                            DEFAULT_MAX_ATTEMPTS, DEFAULT_REVIVE_HOURS, DEFAULT_ROUTE_TYPES,
                                            ROUTE_TYPES, AlertSettings, Route, SettingsError)

_ENV_REFERENCE = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")
# Apprise URLs may hold commas themselves (mailto://...?to=a@x,b@y): only a comma
# followed by another scheme separates two URLs.
_URL_SEPARATOR = re.compile(r"\s+|,\s*(?=[A-Za-z][A-Za-z0-9+.\-]*://)")
_ALERT_KEYS = {"urls", "routes", "max_attempts", "backoff_seconds", "lease_seconds", "revive_hours", "proxy"}
_ROUTE_KEYS = {"name", "types", "statuses", "urls", "min_sources", "digest_minutes", "updates", "background",
               "background_days", "stories"}


def split_urls(value: str) -> tuple[str, ...]:
    """Apprise URLs separated by spaces or commas."""
    return tuple(u for u in _URL_SEPARATOR.split(value.strip()) if u)


# URLs to check, with where each group was set: (urls, source, key, owner).
_Found = list[tuple[tuple[str, ...], str, str, str]]


def alert_settings(data: Any, source: str, env: Mapping[str, str], *, urls_apart: bool = False) -> AlertSettings:
    """`urls_apart`: apprise checks the URLs in a child process (flows/alerts/usable.py)."""
    data = section(data, _ALERT_KEYS, source, "alerts")

    found: _Found = []
    if env.get("NATOWATCH_ALERT_URLS", "").strip():
        urls = split_urls(env["NATOWATCH_ALERT_URLS"])
        found.append((urls, "environment", "NATOWATCH_ALERT_URLS", "every route"))
    else:
        urls = _url_list(data.get("urls"), source, "alerts.urls", env, "every route", found)

    routes_data = data.get("routes")
    if routes_data is None:
        routes: tuple[Route, ...] = (Route(name="default" if urls else CONSOLE_ROUTE,
                                           types=DEFAULT_ROUTE_TYPES, statuses=None, urls=()),)
    elif not isinstance(routes_data, list) or not routes_data:
        raise SettingsError(f"{source}: alerts.routes: expected a non-empty list of routes")
    else:
        routes = tuple(_route(r, i, source, env, found) for i, r in enumerate(routes_data))
    names = [r.name for r in routes]
    if len(set(names)) != len(names):
        raise SettingsError(f"{source}: alerts.routes: two routes have the same name")
    _check_urls(found, urls_apart)
    # A route without its own URLs uses the global ones (and the console when there are none).
    routes = tuple(r if r.urls else replace(r, urls=urls) for r in routes)

    max_attempts = positive(data.get("max_attempts", DEFAULT_MAX_ATTEMPTS), int, source, "alerts.max_attempts")
    backoff = positive(data.get("backoff_seconds", DEFAULT_BACKOFF_SECONDS), float, source, "alerts.backoff_seconds")
    lease = positive(data.get("lease_seconds", DEFAULT_LEASE_SECONDS), float, source, "alerts.lease_seconds")
    revive = data.get("revive_hours", DEFAULT_REVIVE_HOURS)
    if isinstance(revive, bool) or not isinstance(revive, (int, float)) or not math.isfinite(revive) or revive < 0:
        raise SettingsError(f"{source}: alerts.revive_hours: expected a number of hours (0 or more), got {revive!r}")
    proxy = data.get("proxy")
    if proxy is not None and proxy != "direct":
        proxy = proxy_url(proxy, source, "alerts.proxy")
    return AlertSettings(urls=urls, routes=routes, max_attempts=max_attempts, backoff_seconds=backoff,
                         lease_seconds=lease, revive_hours=revive, proxy=proxy)


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


def _route(data: Any, index: int, source: str, env: Mapping[str, str], found: _Found) -> Route:
    where = f"alerts.routes[{index}]"
    if not isinstance(data, Mapping):
        raise SettingsError(f"{source}: {where}: expected a mapping")
    unknown_keys(data, _ROUTE_KEYS, source, where)
    name = string(data, "name", source, f"{where}.")
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
        urls=_url_list(data.get("urls"), source, f"{where}.urls", env, f"route {name!r}", found),
        min_sources=positive(data.get("min_sources", 1), int, source, f"{where}.min_sources"),
        digest_minutes=None if digest is None else positive(digest, float, source, f"{where}.digest_minutes"),
        updates=flag(data, "updates", source, where),
        background=flag(data, "background", source, where),
        stories=tuple(v.strip() for v in stories) if stories else None,
        background_days=None if data.get("background_days") is None else days(
            data["background_days"], source, f"{where}.background_days"),
    )


def _url_list(value: Any, source: str, key: str, env: Mapping[str, str], owner: str,
              found: _Found) -> tuple[str, ...]:
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
        listed = split_urls(expanded)
        found.append((listed, source, f"{key}[{i}]", owner))
        urls.extend(listed)
    return tuple(urls)


def _expand(value: str, source: str, key: str, env: Mapping[str, str]) -> str:
    def lookup(match: re.Match) -> str:
        name = match.group(1)
        if not env.get(name, "").strip():
            raise SettingsError(f"{source}: {key}: environment variable {name} is not set")
        return env[name].strip()
    return _ENV_REFERENCE.sub(lookup, value)


def _check_urls(found: _Found, apart: bool) -> None:
    """All URLs in one question to apprise (one child process at most); the first unusable one
    is reported by where it was set."""
    answers = usable([url for urls, *_ in found for url in urls], apart=apart)
    for urls, source, key, owner in found:
        for i, url in enumerate(urls):
            if not answers[url]:
                scheme = url.split("://", 1)[0] if "://" in url else "(none)"
                raise SettingsError(f"{source}: {key}: URL {i + 1} for {owner} (scheme {scheme!r}) "
                                    "is not an apprise URL apprise can use")
