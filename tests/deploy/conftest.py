"""Deployment files read as data: no Docker engine runs here, so the tests check what
compose, the Dockerfile and prefect.yaml say, and that everything they name exists."""
from __future__ import annotations

import pytest
import yaml

from deployfiles import REPO, Instruction, parse_dockerfile


@pytest.fixture(scope="session")
def compose() -> dict:
    return yaml.safe_load((REPO / "docker-compose.yml").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def dockerfile() -> list[Instruction]:
    return parse_dockerfile((REPO / "Dockerfile").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def prefect_project() -> dict:
    return yaml.safe_load((REPO / "prefect.yaml").read_text(encoding="utf-8"))
