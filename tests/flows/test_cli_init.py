"""`natowatch init DIR`: the starter settings.yaml and feeds.yaml load with the real loaders and
the commands run on them; stories named in settings are the ones shipped with natowatch."""
from __future__ import annotations

from flowkit import invoke
from natowatch.flows.reader.feeds import load_feeds
from natowatch.flows.settings import config_dir, load_settings


def test_init_writes_a_starter_the_commands_run_on(runner, tmp_path, monkeypatch, repo_root):
    folder = tmp_path / "watch"
    result = invoke(runner, "init", str(folder))
    assert result.exit_code == 0, result.output
    assert f"wrote {folder / 'settings.yaml'} and {folder / 'feeds.yaml'}" in result.stdout

    settings = load_settings(folder / "settings.yaml", environ={})
    assert settings.data_dir == folder / "data"
    assert settings.database_url == f"sqlite:///{folder / 'data' / 'natowatch.db'}"
    assert settings.feeds_file == folder / "feeds.yaml"
    assert settings.stories == (config_dir() / "stories" / "nato-secretary-general.yaml",)
    assert load_feeds(settings.feeds_file).feeds == ()
    # The shipped files' comments come along: every key is explained.
    text = (folder / "settings.yaml").read_text(encoding="utf-8")
    assert "# Environment overrides" in text and "NATOWATCH_ALERT_URLS" in text
    assert "# Each feed:" in (folder / "feeds.yaml").read_text(encoding="utf-8")

    monkeypatch.setenv("NATOWATCH_CONFIG", str(folder / "settings.yaml"))
    monkeypatch.chdir(tmp_path)
    added = invoke(runner, "feeds", "add", "nato", "https://www.nato.int/rss.xml")
    assert added.exit_code == 0, added.output
    assert [feed.name for feed in load_feeds(folder / "feeds.yaml").feeds] == ["nato"]
    extracted = invoke(runner, "extract", str(repo_root / "seeds" / "003_2f614e97bf582ec3.txt"))
    assert extracted.exit_code == 0, extracted.output
    assert "takes_office: Mark Rutte" in extracted.stdout
    upgraded = invoke(runner, "db", "upgrade")
    assert upgraded.exit_code == 0, upgraded.output
    assert (folder / "data" / "natowatch.db").is_file()


def test_init_keeps_existing_files_unless_forced(runner, tmp_path):
    (tmp_path / "settings.yaml").write_text("data_dir: mine\n", encoding="utf-8")
    refused = invoke(runner, "init", str(tmp_path))
    assert refused.exit_code == 2
    assert refused.stderr.strip() == f"natowatch: {tmp_path / 'settings.yaml'}: already exists (--force overwrites it)"
    assert (tmp_path / "settings.yaml").read_text(encoding="utf-8") == "data_dir: mine\n"
    assert not (tmp_path / "feeds.yaml").exists()
    forced = invoke(runner, "init", "--force", str(tmp_path))
    assert forced.exit_code == 0, forced.output
    assert load_settings(tmp_path / "settings.yaml", environ={}).data_dir == tmp_path / "data"


def test_a_story_named_in_settings_is_one_shipped_with_natowatch(tmp_path):
    path = tmp_path / "settings.yaml"
    path.write_text("stories: [nato-secretary-general, un-secretary-general-2026, ./mine.yaml]\n", encoding="utf-8")
    stories = load_settings(path, environ={}).stories
    assert stories == (config_dir() / "stories" / "nato-secretary-general.yaml",
                       config_dir() / "stories" / "un-secretary-general-2026.yaml", tmp_path / "mine.yaml")
    assert all(story.is_file() for story in stories[:2])
