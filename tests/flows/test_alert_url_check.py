"""Alert URLs checked when the settings load, here or in a child process (flows/alerts/usable.py):
the same answers and the same one-line error either way, no secret shown, and a long-lived
process keeps apprise's plugins out of its memory."""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest
import yaml

from natowatch.flows.alerts import usable as usable_module
from natowatch.flows.settings import SettingsError, load_settings

GOOD = ("json://127.0.0.1:9/alerts", "jsons://hooks.example.org/abc", "mailto://desk:pw@mail.example.org")
# An unknown scheme, no scheme, and known schemes whose required parts are missing.
BAD = ("bogusscheme://user:hunter2secret@example.org/TOKEN123456", "no-scheme-at-all", "slack://", "tgram://")


@pytest.fixture(autouse=True)
def nothing_known(monkeypatch):
    monkeypatch.setattr(usable_module, "_usable", set())


def write(tmp_path, data) -> str:
    path = tmp_path / "settings.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return str(path)


def test_the_child_answers_as_this_process_does():
    urls = [*GOOD, *BAD]
    assert usable_module._ask_child(urls) == usable_module._check_here(urls) == {
        **{url: True for url in GOOD}, **{url: False for url in BAD}}


def test_urls_reach_the_child_on_stdin_never_on_its_command_line(monkeypatch):
    seen = []
    real_run = subprocess.run

    def spy(args, **kwargs):
        seen.append((args, kwargs.get("input")))
        return real_run(args, **kwargs)

    monkeypatch.setattr(usable_module.subprocess, "run", spy)
    assert usable_module._ask_child([BAD[0]]) == {BAD[0]: False}
    (args, given), = seen
    assert not any("hunter2secret" in word for word in args)
    assert "hunter2secret" in given


@pytest.mark.parametrize("broken", ["/nonexistent/python", ""])
def test_a_child_that_cannot_answer_leaves_the_check_to_this_process(monkeypatch, broken):
    monkeypatch.setattr(usable_module.sys, "executable", broken)
    assert usable_module._ask_child([GOOD[0]]) is None
    assert usable_module.usable([GOOD[0], BAD[2]], apart=True) == {GOOD[0]: True, BAD[2]: False}


def test_a_url_found_usable_is_not_checked_again(monkeypatch):
    asked = []
    monkeypatch.setattr(usable_module, "_check_here", lambda urls: asked.append(list(urls)) or {u: True for u in urls})
    usable_module.usable([GOOD[0], GOOD[1]])
    usable_module.usable([GOOD[1], GOOD[0], GOOD[2]])
    assert asked == [[GOOD[0], GOOD[1]], [GOOD[2]]]


def test_an_unusable_url_is_checked_again(monkeypatch):
    asked = []
    monkeypatch.setattr(usable_module, "_check_here", lambda urls: asked.append(list(urls)) or {u: False for u in urls})
    for _ in range(2):
        assert usable_module.usable([BAD[2]]) == {BAD[2]: False}
    assert asked == [[BAD[2]], [BAD[2]]]


@pytest.mark.parametrize("apart", [False, True])
def test_the_first_bad_url_is_named_by_its_setting_either_way(tmp_path, apart):
    path = write(tmp_path, {"alerts": {"urls": [GOOD[0]], "routes": [
        {"name": "ops", "urls": [f"{GOOD[1]} {GOOD[2]}"]},
        {"name": "desk", "urls": [GOOD[0], f"{GOOD[2]},{BAD[0]}"]},
        {"name": "late", "urls": [BAD[2]]}]}})
    with pytest.raises(SettingsError) as error:
        load_settings(path, environ={}, urls_apart=apart)
    text = str(error.value)
    assert text == (f"{path}: alerts.routes[1].urls[1]: URL 2 for route 'desk' (scheme 'bogusscheme') "
                    "is not an apprise URL apprise can use")
    assert "hunter2secret" not in text and "TOKEN123456" not in text and "example.org" not in text


@pytest.mark.parametrize("apart", [False, True])
def test_good_urls_load_either_way(tmp_path, apart):
    path = write(tmp_path, {"alerts": {"routes": [{"name": "ops", "urls": list(GOOD)}]}})
    assert load_settings(path, environ={}, urls_apart=apart).alerts.routes[0].urls == GOOD


# A fresh interpreter, where nothing has loaded apprise yet (this test process may have).
LOAD = textwrap.dedent("""
    import json, sys
    from natowatch.flows.settings import SettingsError, load_settings
    try:
        load_settings(sys.argv[1], environ={"NATOWATCH_ALERT_URLS": sys.stdin.read()}, urls_apart=sys.argv[2] == "apart")
        error = None
    except SettingsError as exc:
        error = str(exc)
    print(json.dumps({"error": error, "apprise_loaded": "apprise" in sys.modules}))
""")


def load_in_new_process(tmp_path, urls: str, how: str) -> dict:
    path = write(tmp_path, {})
    done = subprocess.run([sys.executable, "-c", LOAD, path, how], input=urls, capture_output=True, text=True,
                          timeout=120, check=True)
    assert "hunter2secret" not in done.stderr
    return json.loads(done.stdout)


@pytest.mark.parametrize("urls, error", [
    (f"{GOOD[0]} {GOOD[2]}", None),
    (f"{GOOD[0]},{BAD[0]}", "environment: NATOWATCH_ALERT_URLS: URL 2 for every route (scheme 'bogusscheme') "
                            "is not an apprise URL apprise can use"),
])
def test_a_long_lived_process_checks_without_loading_apprise(tmp_path, urls, error):
    assert load_in_new_process(tmp_path, urls, "apart") == {"error": error, "apprise_loaded": False}
    assert load_in_new_process(tmp_path, urls, "here") == {"error": error, "apprise_loaded": True}
