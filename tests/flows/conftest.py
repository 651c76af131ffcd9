"""Fixtures for flows/: real local receivers (HTTP, SMTP), settings files, stores."""
from __future__ import annotations

import email
from email import policy
from pathlib import Path

import pytest
import yaml

from flowkit import HttpReceiver, free_port
from natowatch.storage import Store


@pytest.fixture
def http_receiver():
    receiver = HttpReceiver()
    receiver.start()
    yield receiver
    receiver.stop()


class _Mailbox:
    def __init__(self):
        self.messages: list[email.message.EmailMessage] = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(email.message_from_bytes(envelope.content, policy=policy.default))
        return "250 OK"


@pytest.fixture
def smtp_server():
    """A real SMTP server (aiosmtpd) on localhost; `.messages` holds what it received."""
    from aiosmtpd.controller import Controller

    mailbox = _Mailbox()
    controller = Controller(mailbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    mailbox.port = controller.port
    yield mailbox
    controller.stop()


@pytest.fixture
def write_settings(tmp_path, monkeypatch):
    """Write a settings file (a mapping) in tmp_path and point NATOWATCH_CONFIG at it."""

    def write(data: dict) -> Path:
        story = {} if "stories" in data else {
            "story": str(Path(__file__).resolve().parents[2] / "config/stories/nato-secretary-general.yaml")}
        data = {**story, "data_dir": str(tmp_path / "data"), **data}
        path = tmp_path / "settings.yaml"
        path.write_text(yaml.safe_dump(data), encoding="utf-8")
        monkeypatch.setenv("NATOWATCH_CONFIG", str(path))
        return path

    return write


@pytest.fixture
def db_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'natowatch.db'}"


@pytest.fixture
def store(db_url):
    with Store.open(db_url, upgrade=True) as opened:
        yield opened


@pytest.fixture
def runner():
    from typer.testing import CliRunner

    return CliRunner()
