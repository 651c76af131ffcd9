"""Prefect defaults for natowatch, set before Prefect is imported (its settings are read then).

Only defaults: a value the user set in the environment always wins. With PREFECT_API_URL
set, Prefect talks to that server; without it, runs start a temporary local server.
"""
from __future__ import annotations

import os

BASE_DEFAULTS = {
    # The temporary server can take longer than Prefect's default wait on a busy machine.
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
}
# The CLI prints its own summary: Prefect's per-run INFO lines would bury it.
QUIET_DEFAULTS = {"PREFECT_LOGGING_LEVEL": "WARNING"}


def set_prefect_defaults(*, quiet: bool = False) -> None:
    for name, value in {**BASE_DEFAULTS, **(QUIET_DEFAULTS if quiet else {})}.items():
        os.environ.setdefault(name, value)
