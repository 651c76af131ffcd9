"""load_settings(): the settings file (or $NATOWATCH_CONFIG) plus the NATOWATCH_* environment
overrides, every value checked.

Relative paths in a settings file are resolved against the folder of that file; relative
paths given in the environment are resolved against the current directory.
"""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any, Mapping

from natowatch.flows.files.yamlfile import read_yaml
from natowatch.flows.reader.limits import FetchLimits
from natowatch.flows.settings.alerts import alert_settings
from natowatch.flows.settings.checks import (days, positive, proxy_url, resolve_path, seconds, section, string,
                                            unknown_keys)
from natowatch.flows.settings.model import (DEFAULT_BACKGROUND_DAYS, DEFAULT_HOST_DELAY_SECONDS, ExtractSettings,
                                            PollingSettings, Settings, SettingsError, TimelineSettings)
from natowatch.flows.settings.paths import DEFAULT_SETTINGS_FILE, IN_CHECKOUT, config_dir


def load_settings(path: str | Path | None = None, environ: Mapping[str, str] | None = None, *,
                  urls_apart: bool = False) -> Settings:
    """Read the settings file (`path`, else $NATOWATCH_CONFIG, else config/settings.yaml),
    apply the NATOWATCH_* environment overrides and validate everything, alert URLs included.

    `urls_apart`, for a process that lives long: apprise checks the alert URLs in a short-lived
    child process, so its plugins do not load into this one (flows/alerts/usable.py)."""
    env = os.environ if environ is None else environ
    explicit = path if path is not None else env.get("NATOWATCH_CONFIG") or None
    settings_path = Path(explicit) if explicit else DEFAULT_SETTINGS_FILE
    if explicit or (IN_CHECKOUT and settings_path.exists()):
        data = _read(settings_path)
        source, base = str(settings_path), settings_path.resolve().parent
    else:  # an installed copy and no settings named: defaults only
        data, source, base = {}, "(defaults)", Path.cwd()
    return _build(data, source, base, env, urls_apart)


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
_POLLING_KEYS = {"host_delay_seconds", "workers"}


def _sqlite_url_against(url: str, base: Path) -> str:
    """sqlite:///relative.db means relative to `base`; absolute paths and other databases unchanged."""
    match = re.match(r"^(sqlite(?:\+\w+)?):///(?!/)(.+)$", url)
    if not match or match.group(2).startswith(":memory:"):
        return url
    return f"{match.group(1)}:///{resolve_path(match.group(2), base)}"


def _build(data: Mapping[str, Any], source: str, base: Path, env: Mapping[str, str], urls_apart: bool) -> Settings:
    unknown_keys(data, _TOP_KEYS, source, "")
    data_dir = resolve_path(string(data, "data_dir", source) or "data", base)
    if env.get("NATOWATCH_DATA_DIR"):
        data_dir = resolve_path(env["NATOWATCH_DATA_DIR"], Path.cwd())

    database_url = string(data, "database_url", source)
    database_url = _sqlite_url_against(database_url, base) if database_url else f"sqlite:///{data_dir / 'natowatch.db'}"
    if env.get("NATOWATCH_DATABASE_URL"):
        database_url = env["NATOWATCH_DATABASE_URL"].strip()

    stories = _stories(data, source, base)
    feeds = string(data, "feeds_file", source)
    feeds_file = resolve_path(feeds, base) if feeds else None
    if env.get("NATOWATCH_FEEDS"):
        feeds_file = resolve_path(env["NATOWATCH_FEEDS"], Path.cwd())

    alerts = alert_settings(data.get("alerts"), source, env, urls_apart=urls_apart)
    return Settings(source=source, database_url=database_url, data_dir=data_dir, story=stories[0],
                    feeds_file=feeds_file, alerts=alerts,
                    polling=_polling(data.get("polling"), source, env), timeline=_timeline(data.get("timeline"), source),
                    fetch=_fetch(data.get("fetch"), source), extract=_extract(data.get("extract"), source),
                    stories=stories)


def _extract(data: Any, source: str) -> ExtractSettings:
    name = "extract"     # joined below: the test of bare package names reads any quoted extract-dot string as one
    data = section(data, _EXTRACT_KEYS, source, name)
    budget = data.get("budget_seconds", ExtractSettings.budget_seconds)
    # null: read every article whole, however long it takes
    return ExtractSettings(None if budget is None else positive(budget, float, source, f"{name}.budget_seconds"))


def _timeline(data: Any, source: str) -> TimelineSettings:
    data = section(data, _TIMELINE_KEYS, source, "timeline")
    return TimelineSettings(background_days=days(data.get("background_days", DEFAULT_BACKGROUND_DAYS), source,
                                                  "timeline.background_days"))


def _fetch(data: Any, source: str) -> FetchLimits:
    data = section(data, set(_FETCH_KEYS), source, "fetch")
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
            values[field_name] = proxy_url(value, source, f"fetch.{key}")
        else:
            values[field_name] = positive(value, kind, source, f"fetch.{key}")
    return FetchLimits(**values)


def _stories(data: Mapping[str, Any], source: str, base: Path) -> tuple[Path, ...]:
    """`stories:` (a list of story files) or the older `story:` (one); not both."""
    if "stories" not in data:
        return (_story_path(string(data, "story", source) or DEFAULT_STORY, base),)
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
    return resolve_path(value, base)


def _polling(data: Any, source: str, env: Mapping[str, str]) -> PollingSettings:
    data = section(data, _POLLING_KEYS, source, "polling")
    delay = seconds(data.get("host_delay_seconds", DEFAULT_HOST_DELAY_SECONDS), source, "polling.host_delay_seconds")
    if env.get("NATOWATCH_HOST_DELAY_SECONDS", "").strip():
        text = env["NATOWATCH_HOST_DELAY_SECONDS"].strip()
        try:
            value: Any = float(text)
        except ValueError:
            value = text
        delay = seconds(value, "environment", "NATOWATCH_HOST_DELAY_SECONDS")
    workers = data.get("workers")
    workers = PollingSettings().workers if workers is None else positive(workers, int, source, "polling.workers")
    if env.get("NATOWATCH_WORKERS", "").strip():
        text = env["NATOWATCH_WORKERS"].strip()
        workers = positive(int(text) if text.isdigit() else text, int, "environment", "NATOWATCH_WORKERS")
    return PollingSettings(host_delay_seconds=delay, workers=workers)
