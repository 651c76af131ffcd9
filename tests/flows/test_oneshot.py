"""One-shot commands (replay, poll --once, dispatch): without a Prefect server configured they run
in process without Prefect; with one they are Prefect flow runs recorded there (flows/pipelines/oneshot.py)."""
from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from flowkit import invoke
from natowatch.flows.reader.feeds import Feed
from natowatch.flows.reader.fetch import FetchLimits
from natowatch.flows.reader import feedfetch
from natowatch.storage import Store

RSS = ("<rss version='2.0'><channel><title>wire</title><item><title>Hungary backs Rutte</title>"
       "<guid>wire-1</guid><description>Hungary said on Tuesday it would support Mark Rutte as the next NATO "
       "Secretary General.</description></item></channel></rss>")
# Runs the command line and says which of Prefect and Alembic it loaded (Alembic: only to upgrade).
SCRIPT = ("import sys\nfrom natowatch.flows.cli import app\ncode = 0\ntry:\n    app()\nexcept SystemExit as exc:\n"
          "    code = exc.code\nloaded = sorted({m.split('.')[0] for m in sys.modules} & {'prefect'})\n"
          "print('LOADED', loaded, file=sys.stderr)\nsys.exit(code)\n")


def no_server_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """A fresh PREFECT_HOME that is never created, no PREFECT_API_URL, a database of the test's own."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_API_URL", "PREFECT_PROFILE"))}
    env.update(PREFECT_HOME=str(tmp_path / "prefect-home"), NATOWATCH_DATABASE_URL=f"sqlite:///{tmp_path / 'n.db'}",
               NATOWATCH_DATA_DIR=str(tmp_path / "data"), NO_PROXY="127.0.0.1,localhost", **extra)
    return env


def run_cli(env: dict[str, str], cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", SCRIPT, *args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=300)


def test_one_shot_commands_without_a_prefect_server_run_without_prefect(repo_root, tmp_path, httpserver):
    httpserver.expect_request("/feed.xml").respond_with_data(RSS, content_type="application/rss+xml")
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text(f"feeds:\n  - {{name: wire, url: '{httpserver.url_for('/feed.xml')}', full_page: false}}\n",
                     encoding="utf-8")
    env = no_server_env(tmp_path)

    replay = run_cli(env, repo_root, "replay", "seeds")
    assert replay.returncode == 0, replay.stderr
    assert "Replayed 5 articles" in replay.stdout and "Alerts sent: " in replay.stdout
    assert "LOADED []" in replay.stderr
    polled = run_cli(env, repo_root, "poll", "--once", "--feeds", str(feeds))
    assert polled.returncode == 0, polled.stderr
    assert "wire: 1 items, 1 new (0 not about the story)" in polled.stdout and "LOADED []" in polled.stderr
    dispatched = run_cli(env, repo_root, "dispatch")
    assert dispatched.returncode == 0, dispatched.stderr
    assert "Alerts sent: 0" in dispatched.stdout and "LOADED []" in dispatched.stderr

    assert not (tmp_path / "prefect-home").exists()  # no temporary server, no prefect.db
    with Store.open(env["NATOWATCH_DATABASE_URL"]) as store:
        assert store.item_seen("wire", "guid:wire-1")
        assert store.alerts() and {a.state for a in store.alerts()} == {"sent"}


def test_a_problem_of_a_plain_run_is_one_line_on_stderr(repo_root, tmp_path):
    """The plain steps log through the `natowatch` logger: warnings reach stderr, INFO does not."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "manifest.json").write_text('[{"file": "gone.txt"}]', encoding="utf-8")
    done = run_cli(no_server_env(tmp_path), repo_root, "replay", str(folder))
    assert done.returncode == 0, done.stderr
    assert f"natowatch: {folder / 'gone.txt'}: listed in manifest.json but not found" in done.stderr
    assert "replayed 0 articles" not in done.stderr  # the INFO line stays quiet


@pytest.mark.parametrize("where", ["environment", "profile", "none"])
def test_a_configured_prefect_server_is_found_without_loading_prefect(tmp_path, where):
    home = tmp_path / "prefect-home"
    home.mkdir()
    env = no_server_env(tmp_path)
    if where == "environment":
        env["PREFECT_API_URL"] = "http://127.0.0.1:4299/api"
    if where == "profile":  # what `prefect config set PREFECT_API_URL=...` writes
        (home / "profiles.toml").write_text('active = "local"\n\n[profiles.local]\n'
                                            'PREFECT_API_URL = "http://127.0.0.1:4200/api"\n', encoding="utf-8")
    script = "import sys\nfrom natowatch.flows.pipelines.oneshot import prefect_api_url\nprint(prefect_api_url(), 'prefect' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60,
                          cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr
    expected = {"environment": "http://127.0.0.1:4299/api", "profile": "http://127.0.0.1:4200/api", "none": "None"}
    assert done.stdout.split() == [expected[where], "False"]


@pytest.mark.prefect
def test_one_shot_commands_on_a_configured_server_are_recorded_flow_runs(prefect_harness, runner, repo_root,
                                                                        tmp_path, write_settings):
    from prefect.client.orchestration import get_client

    write_settings({})
    db = f"sqlite:///{tmp_path / 'n.db'}"
    with get_client(sync_client=True) as client:
        before = {run.id for run in client.read_flow_runs()}
    for args in (["replay", str(repo_root / "seeds")], ["dispatch"]):
        result = invoke(runner, *args, "--db", db)
        assert result.exit_code == 0, result.stderr
    with get_client(sync_client=True) as client:
        runs = [run for run in client.read_flow_runs() if run.id not in before]
        names = sorted(client.read_flow(run.flow_id).name for run in runs)
    assert names == ["dispatch-alerts", "dispatch-alerts", "replay"]  # replay sends its alerts too
    assert {run.state_type.value for run in runs} == {"COMPLETED"}


def test_a_plain_poll_retries_a_feed_that_fails_for_a_moment(httpserver, monkeypatch, caplog):
    """What the Prefect task's retries do for a timeout or 5xx, the plain poll does itself."""
    monkeypatch.setattr(feedfetch, "FETCH_RETRY_DELAYS", [0, 0])
    httpserver.expect_ordered_request("/feed.xml").respond_with_data("busy", status=503)
    httpserver.expect_ordered_request("/feed.xml").respond_with_data(RSS, content_type="application/rss+xml")
    feed = Feed(name="wire", url=httpserver.url_for("/feed.xml"))
    with caplog.at_level(logging.WARNING, logger="natowatch"):
        [(index, result)] = feedfetch.fetch_with_retries([(feed, None)], FetchLimits(),
                                                         logging.getLogger("natowatch.poll"))
    assert index == 0 and result.ok and b"Hungary backs Rutte" in result.body
    assert len(httpserver.log) == 2
    assert [r.getMessage() for r in caplog.records] == ["feed wire: HTTP 503 SERVICE UNAVAILABLE (will retry)"]


def test_the_prefect_server_started_here_prunes_old_runs(tmp_path):
    """The retention defaults are names Prefect reads (a typo would be ignored silently)."""
    script = ("from natowatch.flows.pipelines.prefect_env import set_prefect_defaults\nset_prefect_defaults()\n"
              "from prefect.settings import get_current_settings\n"
              "vacuum = get_current_settings().server.services.db_vacuum\n"
              "print(sorted(vacuum.enabled_vacuum_types), vacuum.retention_period.days)")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_SERVER_SERVICES_DB_VACUUM")}
    done = subprocess.run([sys.executable, "-c", script], env={**env, "PREFECT_HOME": str(tmp_path)},
                          capture_output=True, text=True, timeout=120, cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["['events',", "'flow_runs',", "'orphans']", "14"]
