"""Checks of one settings value each: a wrong value raises SettingsError with one line
"FILE: KEY: problem"."""
from __future__ import annotations

import math
from pathlib import Path
from typing import Any, Mapping
from urllib.parse import urlsplit

from natowatch.flows.settings.model import SettingsError


def unknown_keys(data: Mapping, allowed: set[str], source: str, where: str) -> None:
    for key in data:
        if key not in allowed:
            path = f"{where}.{key}" if where else str(key)
            raise SettingsError(f"{source}: {path}: unknown setting (expected one of: {', '.join(sorted(allowed))})")


def section(data: Any, keys, source: str, name: str) -> Mapping:
    """A settings section: a mapping (absent = empty) of known keys."""
    if data is None:
        data = {}
    if not isinstance(data, Mapping):
        raise SettingsError(f"{source}: {name}: expected a mapping")
    unknown_keys(data, keys, source, name)
    return data


def string(data: Mapping, key: str, source: str, where: str = "") -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise SettingsError(f"{source}: {where}{key}: expected a non-empty string")
    return value.strip()


def resolve_path(value: str, base: Path) -> Path:
    """`value` (~ expanded) against `base` when it is relative."""
    given = Path(value).expanduser()
    return given if given.is_absolute() else (base / given).resolve()


def positive(value: Any, kind: type, source: str, key: str):
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0 or (kind is int and not isinstance(value, int)):
        raise SettingsError(f"{source}: {key}: expected a positive {'whole number' if kind is int else 'number'}")
    return kind(value)


def seconds(value: Any, source: str, key: str) -> float:
    """A number of seconds, 0 allowed (no pause)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value < 0:
        raise SettingsError(f"{source}: {key}: expected a number of seconds (0 or more), got {value!r}")
    return float(value)


def days(value: Any, source: str, key: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise SettingsError(f"{source}: {key}: expected a whole number of days (0 or more), got {value!r}")
    return value


def flag(data: Mapping, key: str, source: str, where: str) -> bool:
    value = data.get(key, False)
    if not isinstance(value, bool):
        raise SettingsError(f"{source}: {where}.{key}: expected true or false, got {value!r}")
    return value


def proxy_url(value: Any, source: str, where: str) -> str:
    """An http:// or https:// proxy URL with a host (and maybe user:password@ and a port)."""
    problem = "expected an http:// or https:// proxy URL, such as http://proxy.example.org:3128" + \
        (", or direct" if where == "alerts.proxy" else "")
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
