"""Replay, poll and dispatch for the command line: Prefect flow runs when a Prefect server is
configured, the same steps without Prefect otherwise.

A command run from a shell or cron should wait for its work, not for the orchestrator. Without
PREFECT_API_URL, every Prefect flow run starts a temporary Prefect server (a process of ~200 MB)
and importing Prefect alone costs over a second: 9-30 s per `natowatch dispatch` with nothing to
send (benchmarks/README.md). So:

- a Prefect server configured (PREFECT_API_URL in the environment or in Prefect's active profile,
  or Prefect already loaded in this process with an API URL, as under `serve` or a test
  harness): the flows of flows/pipelines/prefect_flows.py run there, with their run history, retries and logs;
- none: the plain steps run in this process (retries of feed fetches included), Prefect is not
  imported, nothing is recorded in Prefect and nothing is written under PREFECT_HOME.

Warnings of the plain steps go to stderr as `natowatch: ...` lines (the `natowatch` logger).
"""
from __future__ import annotations

import logging
import os
import sys
import tomllib
from pathlib import Path

from natowatch.flows.settings import flow_database

LOGGER = "natowatch"


def prefect_api_url() -> str | None:
    """The Prefect server the commands report to, or None when none is configured."""
    if "prefect.settings" in sys.modules:  # loaded here already: ask Prefect (temporary settings count)
        from prefect.settings import get_current_settings

        return get_current_settings().api.url or None
    configured = os.environ.get("PREFECT_API_URL", "").strip()
    return configured or _profile_api_url()


def _profile_api_url() -> str | None:
    """PREFECT_API_URL of Prefect's active profile (`prefect config set PREFECT_API_URL=...`
    writes it to $PREFECT_HOME/profiles.toml), read without importing Prefect."""
    home = Path(os.environ.get("PREFECT_HOME") or "~/.prefect").expanduser()
    path = Path(os.environ.get("PREFECT_PROFILES_PATH") or home / "profiles.toml").expanduser()
    try:
        profiles = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    active = os.environ.get("PREFECT_PROFILE") or profiles.get("active")
    profile = profiles.get("profiles", {}).get(active, {}) if isinstance(active, str) else {}
    value = profile.get("PREFECT_API_URL") if isinstance(profile, dict) else None
    return value.strip() if isinstance(value, str) and value.strip() else None


class _Stderr(logging.StreamHandler):
    """Writes to the sys.stderr of the moment (a test runner swaps it per command)."""

    @property
    def stream(self):
        return sys.stderr

    @stream.setter
    def stream(self, _value) -> None:
        pass


def plain_logger() -> logging.Logger:
    """The `natowatch` logger, its warnings on stderr as one `natowatch: ...` line each."""
    logger = logging.getLogger(LOGGER)
    if not any(isinstance(h, _Stderr) for h in logger.handlers):
        handler = _Stderr()
        handler.setFormatter(logging.Formatter("natowatch: %(message)s"))
        handler.setLevel(logging.WARNING)
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
    return logger


def replay(path: str, database_url: str | None, fresh: bool):
    if prefect_api_url():
        from natowatch.flows.pipelines.prefect_flows import replay as replay_flow

        with flow_database(database_url) as database:
            return replay_flow(path=path, database_url=database, fresh=fresh)
    from natowatch.flows.pipelines.replay import replay_folder

    return replay_folder(path, database_url, fresh, plain_logger().getChild("replay"))


def poll_once(feeds_file: str, database_url: str | None):
    if prefect_api_url():
        from natowatch.flows.pipelines.prefect_flows import poll_feeds

        with flow_database(database_url) as database:
            return poll_feeds(feeds_file=feeds_file, database_url=database, once=True)
    from natowatch.flows.pipelines.poll import poll_plain

    return poll_plain(feeds_file, database_url, once=True, log=plain_logger().getChild("poll"))


def dispatch(database_url: str | None, limit: int, log_failures: bool = True):
    if prefect_api_url():
        from natowatch.flows.pipelines.prefect_flows import dispatch_alerts

        with flow_database(database_url) as database:
            return dispatch_alerts(database_url=database, limit=limit, log_failures=log_failures)
    from natowatch.flows.pipelines.dispatch import dispatch_plain

    return dispatch_plain(database_url, limit, log_failures, log=plain_logger().getChild("dispatch"))
