"""Runtime settings: config/settings.yaml (or $NATOWATCH_CONFIG) plus environment overrides.

One module per concern: `model` (the frozen dataclasses and defaults), `load` (the file and the
NATOWATCH_* overrides), `alerts` (routes and apprise URLs), `checks` (one value each), `paths`
(the checkout's or the installed config/), `redact` (secrets kept out of logs, errors and
Prefect). A setting that cannot be used raises SettingsError with one line "FILE: KEY: problem";
alert URLs never appear in messages (they carry tokens and passwords).

Hand-written rather than pydantic-settings, measured (benchmarks/libraries.py): importing
pydantic_settings takes about as long again as this whole package with its imports (1235 ms
against 1158 ms, median of 5 fresh processes on the shared development machine), and
`natowatch extract` reads the settings and must stay well under a second; the one-line
"FILE: KEY: problem" messages and `${ENV}` references in routes would be rebuilt on top.
"""
from natowatch.flows.settings.alerts import split_urls
from natowatch.flows.settings.load import DEFAULT_STORY, load_settings
from natowatch.flows.settings.model import (CONSOLE_ROUTE, DEFAULT_BACKGROUND_DAYS, DEFAULT_HOST_DELAY_SECONDS,
                                            DEFAULT_ROUTE_TYPES, ROUTE_TYPES, STORY_ALERT_TYPES, AlertSettings,
                                            ExtractSettings, PollingSettings, Route, Settings, SettingsError,
                                            TimelineSettings)
from natowatch.flows.settings.paths import IN_CHECKOUT, REPO_ROOT, config_dir
from natowatch.flows.settings.redact import DATABASE_ENV, flow_database, quiet_apprise, redact

__all__ = ["load_settings", "Settings", "SettingsError", "Route", "AlertSettings", "PollingSettings", "ExtractSettings",
           "TimelineSettings", "config_dir", "REPO_ROOT", "IN_CHECKOUT", "redact", "quiet_apprise", "flow_database",
           "DATABASE_ENV", "split_urls", "DEFAULT_STORY", "CONSOLE_ROUTE", "DEFAULT_BACKGROUND_DAYS",
           "DEFAULT_HOST_DELAY_SECONDS", "DEFAULT_ROUTE_TYPES", "ROUTE_TYPES", "STORY_ALERT_TYPES"]
