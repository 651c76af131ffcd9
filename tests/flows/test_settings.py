"""flows/settings/: the real settings file, overrides from the environment, one-line errors."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from natowatch.flows.settings import (CONSOLE_ROUTE, DEFAULT_ROUTE_TYPES, SettingsError, load_settings, redact,
                            split_urls)

SLACK_URL = "slack://TOKENAAAA/TOKENBBBB/TOKENCCCCsecret/#news"


def write(tmp_path: Path, data) -> Path:
    path = tmp_path / "settings.yaml"
    path.write_text(data if isinstance(data, str) else yaml.safe_dump(data), encoding="utf-8")
    return path


def test_repository_settings_file_loads_with_console_default(repo_root):
    settings = load_settings(repo_root / "config" / "settings.yaml", environ={})
    assert settings.database_url == f"sqlite:///{repo_root / 'data' / 'natowatch.db'}"
    assert settings.data_dir == repo_root / "data"
    assert settings.story == repo_root / "config" / "stories" / "nato-secretary-general.yaml"
    assert settings.story.is_file()
    [route] = settings.alerts.routes
    assert (route.name, route.types, route.statuses, route.urls) == (CONSOLE_ROUTE, DEFAULT_ROUTE_TYPES, None, ())
    assert "candidacy" not in route.types
    assert settings.alerts.max_attempts == 5 and settings.alerts.backoff_seconds == 60


def test_relative_paths_resolve_against_the_settings_folder(tmp_path):
    path = write(tmp_path, {"data_dir": "state", "story": "s.yaml", "database_url": "sqlite:///db/x.db",
                            "feeds_file": "feeds.yaml"})
    settings = load_settings(path, environ={})
    assert settings.data_dir == tmp_path / "state"
    assert settings.story == tmp_path / "s.yaml"
    assert settings.feeds_file == tmp_path / "feeds.yaml"
    assert settings.database_url == f"sqlite:///{tmp_path / 'db' / 'x.db'}"


def test_default_database_lives_in_the_data_dir(tmp_path):
    settings = load_settings(write(tmp_path, {"data_dir": str(tmp_path / "d")}), environ={})
    assert settings.database_url == f"sqlite:///{tmp_path / 'd' / 'natowatch.db'}"


def test_environment_overrides(tmp_path, http_receiver):
    path = write(tmp_path, {"database_url": "sqlite:///a.db", "alerts": {"urls": ["json://127.0.0.1:1/file"]}})
    env = {
        "NATOWATCH_DATABASE_URL": "postgresql://u:pw@db.example.org/natowatch",
        "NATOWATCH_ALERT_URLS": f"{http_receiver.url('a')} , {http_receiver.url('b')}",
        "NATOWATCH_DATA_DIR": str(tmp_path / "elsewhere"),
        "NATOWATCH_FEEDS": str(tmp_path / "f.yaml"),
    }
    settings = load_settings(path, environ=env)
    assert settings.database_url == "postgresql://u:pw@db.example.org/natowatch"
    assert settings.alerts.urls == (http_receiver.url("a"), http_receiver.url("b"))
    assert settings.alerts.routes[0].name == "default"
    assert settings.alerts.routes[0].urls == settings.alerts.urls
    assert settings.data_dir == tmp_path / "elsewhere"
    assert settings.feeds_file == tmp_path / "f.yaml"


def test_natowatch_config_names_the_file(tmp_path):
    path = write(tmp_path, {"alerts": {"max_attempts": 2}})
    assert load_settings(environ={"NATOWATCH_CONFIG": str(path)}).alerts.max_attempts == 2
    with pytest.raises(SettingsError, match=r"^/nope/settings.yaml: \(file\): settings file not found$"):
        load_settings(environ={"NATOWATCH_CONFIG": "/nope/settings.yaml"})


def test_routes_with_env_references_statuses_and_global_fallback(tmp_path):
    path = write(tmp_path, {"alerts": {
        "urls": ["json://127.0.0.1:9/all"],
        "routes": [
            {"name": "slack", "types": ["endorsement", "opposition"], "statuses": ["confirmed"],
             "urls": ["${MY_SLACK}"]},
            {"name": "decisions", "types": ["appointment"]},
        ],
        "backoff_seconds": 0.5,
    }})
    settings = load_settings(path, environ={"MY_SLACK": SLACK_URL})
    slack, decisions = settings.alerts.routes
    assert slack.urls == (SLACK_URL,) and slack.statuses == ("confirmed",)
    assert decisions.urls == ("json://127.0.0.1:9/all",) and decisions.types == ("appointment",)
    assert slack.rule.matches("endorsement", "confirmed") and not slack.rule.matches("endorsement", "reported")
    assert settings.alerts.backoff_seconds == 0.5
    assert settings.alerts.route("decisions") is decisions and settings.alerts.route("gone") is None


def test_split_urls_keeps_commas_inside_a_url():
    mail = "mailto://u:p@h.example.org?to=a@x.org,b@y.org"
    assert split_urls(f"{mail}, json://h/x  json://h/y") == (mail, "json://h/x", "json://h/y")


@pytest.mark.parametrize("data, message", [
    ("a: [b", r": line \d+: not valid YAML$"),
    ("- 1\n", r": \(top level\): expected a mapping$"),
    ({"databse_url": "x"}, r": databse_url: unknown setting \(expected one of: .*\)$"),
    ({"alerts": {"max_attempts": 0}}, r": alerts.max_attempts: expected a positive whole number$"),
    ({"alerts": {"backoff_seconds": "soon"}}, r": alerts.backoff_seconds: expected a positive number$"),
    ({"alerts": {"routes": []}}, r": alerts.routes: expected a non-empty list of routes$"),
    ({"alerts": {"routes": [{"types": ["endorsement"]}]}}, r": alerts.routes\[0\].name: missing$"),
    ({"alerts": {"routes": [{"name": "x", "types": ["endorse"]}]}},
     r": alerts.routes\[0\].types: 'endorse' is not one of candidacy, .*$"),
    ({"alerts": {"routes": [{"name": "x", "statuses": ["sure"]}]}}, r": alerts.routes\[0\].statuses: 'sure' is not"),
    ({"alerts": {"routes": [{"name": "x"}, {"name": "x"}]}}, r": alerts.routes: two routes have the same name$"),
    ({"alerts": {"routes": [{"name": "x", "digest": 5}]}}, r": alerts.routes\[0\].digest: unknown setting"),
    ({"alerts": {"routes": [{"name": "x", "min_sources": 0}]}},
     r": alerts.routes\[0\].min_sources: expected a positive whole number$"),
    ({"alerts": {"routes": [{"name": "x", "digest_minutes": "hourly"}]}},
     r": alerts.routes\[0\].digest_minutes: expected a positive number$"),
    ({"alerts": {"lease_seconds": -1}}, r": alerts.lease_seconds: expected a positive number$"),
    ({"alerts": {"urls": ["${NOT_SET_ANYWHERE}"]}},
     r": alerts.urls\[0\]: environment variable NOT_SET_ANYWHERE is not set$"),
    ({"story": ""}, r": story: expected a non-empty string$"),
    ({"alerts": {"routes": [{"name": "x", "updates": "yes"}]}},
     r": alerts.routes\[0\].updates: expected true or false, got 'yes'$"),
    ({"alerts": {"routes": [{"name": "x", "background": 1}]}},
     r": alerts.routes\[0\].background: expected true or false, got 1$"),
    ({"timeline": {"background_days": -1}}, r": timeline.background_days: expected a whole number of days"),
    ({"timeline": {"background_days": 2.5}}, r": timeline.background_days: expected a whole number of days"),
    ({"timeline": {"background": 3}}, r": timeline.background: unknown setting"),
    ({"alerts": {"routes": [{"name": "x", "background_days": -3}]}},
     r": alerts.routes\[0\].background_days: expected a whole number of days \(0 or more\), got -3$"),
    ({"alerts": {"routes": [{"name": "x", "background_days": "60"}]}},
     r": alerts.routes\[0\].background_days: expected a whole number of days"),
])
def test_bad_settings_give_one_line_naming_file_and_key(tmp_path, data, message):
    path = write(tmp_path, data)
    with pytest.raises(SettingsError) as error:
        load_settings(path, environ={})
    text = str(error.value)
    assert "\n" not in text
    assert text.startswith(f"{path}: ")
    assert __import__("re").search(message, text), text


def test_unparseable_apprise_url_names_the_route_not_the_url(tmp_path):
    secret = "bogusscheme://user:hunter2secret@example.org/TOKEN123456"
    path = write(tmp_path, {"alerts": {"routes": [{"name": "ops", "urls": [secret]}]}})
    with pytest.raises(SettingsError) as error:
        load_settings(path, environ={})
    text = str(error.value)
    assert "route 'ops'" in text and "alerts.routes[0].urls[0]" in text
    assert "hunter2secret" not in text and "TOKEN123456" not in text and "example.org" not in text


def test_unparseable_url_in_environment_is_redacted():
    with pytest.raises(SettingsError) as error:
        load_settings(Path("/nonexistent-but-explicit.yaml") if False else None,
                      environ={"NATOWATCH_ALERT_URLS": "slack://"})
    assert str(error.value).startswith("environment: NATOWATCH_ALERT_URLS: URL 1 for every route")


def test_redact_hides_urls_and_their_parts():
    text = (f"failed to post to {SLACK_URL}: token TOKENCCCCsecret rejected; "
            "mailto://bob:pa55word@mail.example.org?to=x@y.org password=pa55word")
    shown = redact(text, [SLACK_URL, "mailto://bob:pa55word@mail.example.org?to=x@y.org"])
    for secret in ("TOKENAAAA", "TOKENCCCCsecret", "pa55word", "mail.example.org"):
        assert secret not in shown
    assert shown.startswith("failed to post to ***: token *** rejected;")
    assert redact("see slack://A/B/C now") == "see slack://*** now"
    assert redact("password: abc123 and token=xyz789") == "password: *** and token=***"


def test_route_min_sources_digest_and_story_level_types(tmp_path):
    path = write(tmp_path, {"alerts": {"lease_seconds": 30, "routes": [
        {"name": "sure", "types": ["opposition", "stance_change", "consensus"], "min_sources": 2},
        {"name": "daily", "digest_minutes": 1440},
    ]}})
    settings = load_settings(path, environ={})
    sure, daily = settings.alerts.routes
    assert sure.rule.min_sources == 2 and sure.rule.matches("stance_change", "reported")
    assert (daily.min_sources, daily.types) == (1, DEFAULT_ROUTE_TYPES)
    assert {"stance_change", "consensus"} <= set(DEFAULT_ROUTE_TYPES)
    assert settings.alerts.digest_seconds == {"daily": 1440 * 60}
    assert settings.alerts.lease_seconds == 30


def test_route_updates_background_and_the_background_threshold(tmp_path):
    path = write(tmp_path, {"timeline": {"background_days": 30}, "alerts": {"routes": [
        {"name": "desk", "updates": True, "background": True}, {"name": "plain"}]}})
    settings = load_settings(path, environ={})
    desk, plain = (route.rule for route in settings.alerts.routes)
    assert (desk.updates, desk.background, plain.updates, plain.background) == (True, True, False, False)
    assert settings.timeline.background_days == 30
    assert load_settings(write(tmp_path, {}), environ={}).timeline.background_days == 14
    assert plain.background_days is None
    own = load_settings(write(tmp_path, {"alerts": {"routes": [{"name": "recent", "background_days": 0}]}}),
                        environ={})
    assert own.alerts.routes[0].rule.background_days == 0


def test_extract_budget_from_the_settings_file(tmp_path):
    from natowatch.extract.events import DEFAULT_BUDGET_SECONDS
    assert load_settings(write(tmp_path, {}), environ={}).extract.budget_seconds == DEFAULT_BUDGET_SECONDS
    assert load_settings(write(tmp_path, {"extract": {"budget_seconds": 0.5}}), environ={}).extract.budget_seconds == 0.5
    # null: every article is read whole
    assert load_settings(write(tmp_path, {"extract": {"budget_seconds": None}}), environ={}).extract.budget_seconds is None
    for bad in (0, -1, "fast", True):
        with pytest.raises(SettingsError, match=r": extract.budget_seconds: expected a positive number"):
            load_settings(write(tmp_path, {"extract": {"budget_seconds": bad}}), environ={})
    with pytest.raises(SettingsError, match=r"extract"):
        load_settings(write(tmp_path, {"extract": {"budget": 1}}), environ={})
