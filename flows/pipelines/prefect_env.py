"""Prefect defaults for natowatch, set before Prefect is imported (its settings are read then).

Only defaults: a value the user set in the environment always wins. With PREFECT_API_URL
set, Prefect talks to that server; without it, the one-shot commands run without Prefect
(flows/pipelines/oneshot.py) and `natowatch serve` starts a local server.

Prefect's own database (PREFECT_HOME/prefect.db for a local server) keeps every flow run, task
run and log for ever by default: a server started from here deletes finished flow runs older than
RUN_RETENTION_DAYS with their task runs and logs (its db_vacuum service, hourly), and events after
Prefect's default 7 days.
"""
from __future__ import annotations

import logging
import os

RUN_RETENTION_DAYS = 14
BASE_DEFAULTS = {
    # The temporary server can take longer than Prefect's default wait on a busy machine.
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_SERVER_SERVICES_DB_VACUUM_ENABLED": "events,flow_runs",
    "PREFECT_SERVER_SERVICES_DB_VACUUM_RETENTION_PERIOD": str(RUN_RETENTION_DAYS * 86400),
}
# The CLI prints its own summary: Prefect's per-run INFO lines would bury it.
QUIET_DEFAULTS = {"PREFECT_LOGGING_LEVEL": "WARNING"}
# The loggers Prefect's engine reports a failed task or flow run on, with its traceback.
RUN_LOGGERS = ("prefect.task_runs", "prefect.flow_runs")


class NoStorageTraceback(logging.Filter):
    """A storage error (database gone, disk full, read-only) is one line the CLI prints itself
    (`natowatch: lost the database ...`): Prefect's report of the failed run keeps its line and
    loses the traceback, which says nothing more about a known condition."""

    def filter(self, record: logging.LogRecord) -> bool:
        from natowatch.storage.errors import StorageError

        if record.exc_info and isinstance(record.exc_info[1], StorageError):
            record.exc_info, record.exc_text = None, None
        return True


def set_prefect_defaults(*, quiet: bool = False) -> None:
    for name, value in {**BASE_DEFAULTS, **(QUIET_DEFAULTS if quiet else {})}.items():
        os.environ.setdefault(name, value)
    if quiet:
        for name in RUN_LOGGERS:
            logger = logging.getLogger(name)
            if not any(isinstance(f, NoStorageTraceback) for f in logger.filters):
                logger.addFilter(NoStorageTraceback())
