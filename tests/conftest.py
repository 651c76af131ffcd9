"""Shared by every test folder: a clean environment, the repository's paths, the real story."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
# pytest puts tests/ on sys.path for this file; tests/storage and tests/flows would then
# shadow the storage and flows packages. The repository itself must come first.
sys.path.insert(0, str(REPO_ROOT))

from flows.prefect_env import set_prefect_defaults  # noqa: E402

# The developer's own settings must not leak into tests: a real alert URL would get alerts.
for _name in ("NATOWATCH_CONFIG", "NATOWATCH_DATABASE_URL", "NATOWATCH_ALERT_URLS", "NATOWATCH_FEEDS",
              "NATOWATCH_DATA_DIR"):
    os.environ.pop(_name, None)
# Before any test module imports Prefect.
set_prefect_defaults(quiet=True)


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def story():
    from flows.storyfile import load_story

    return load_story(REPO_ROOT / "config" / "stories" / "nato-secretary-general.yaml")


@pytest.fixture(scope="session")
def prefect_harness():
    """One temporary Prefect server for the whole session (~10 s to start): use it only in
    tests marked `prefect`."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=90):
        yield
