"""`natowatch web` and `natowatch status --json`, invoked for real."""
from __future__ import annotations

import json
import socket
import urllib.request

import pytest
from flowkit import invoke

from webkit import WebServer


def test_web_serves_the_seeds_on_127_0_0_1_and_stops_on_ctrl_c(seeded_url):
    server = WebServer(seeded_url)
    try:
        assert server.url.startswith("http://127.0.0.1:")
        assert "NATO Secretary General 2024 from sqlite:///" in server.lines[0]
        with urllib.request.urlopen(server.url, timeout=30) as response:
            assert response.status == 200 and b"Mark Rutte" in response.read()
        with urllib.request.urlopen(f"{server.url}api/stories", timeout=30) as response:
            assert json.load(response)[0]["events"] > 10
    finally:
        code = server.stop()
    assert code == 130 and "Traceback" not in server.stderr   # the shell's code for Ctrl-C, no noise


def test_web_on_a_taken_port_is_one_line_and_exit_1(runner, seeded_url, write_settings):
    write_settings({})
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        result = invoke(runner, "web", "--db", seeded_url, "--port", str(port))
    assert result.exit_code == 1
    assert result.stderr == f"natowatch: cannot listen on 127.0.0.1 port {port}: Address already in use\n"


def test_web_refuses_a_database_behind_the_code(runner, tmp_path, write_settings):
    write_settings({})
    result = invoke(runner, "web", "--db", f"sqlite:///{tmp_path / 'empty.db'}", "--port", "0")
    assert result.exit_code == 2 and "run `natowatch db upgrade`" in result.stderr


def test_status_json_and_text_agree(runner, seeded_url, write_settings):
    write_settings({})
    body = json.loads(invoke(runner, "status", "--db", seeded_url, "--json").stdout)
    assert (body["story"], body["members"], body["required"]) == ("nato-secretary-general", 32, 32)
    text = invoke(runner, "status", "--db", seeded_url).stdout
    for candidate in body["candidates"]:
        [line] = [line for line in text.splitlines() if line.startswith(candidate["name"])]
        verdict = "decided, " if candidate["decided"] else ""
        assert line.endswith(f": {verdict}{candidate['backing_count']} of 32 back")
    rutte = body["candidates"][0]
    assert (rutte["name"], rutte["status"], rutte["decided"], rutte["still_needed"]) == ("Mark Rutte", "took office", True, 0)


@pytest.mark.parametrize("command", [["web", "--help"], ["status", "--help"]])
def test_help(runner, command):
    result = invoke(runner, *command)
    assert result.exit_code == 0 and "--db" in result.stdout
