"""The database password never reaches Prefect (issue 14 row 4): the CLI runs replay, poll and
dispatch on PostgreSQL with a password in --db, and neither the Prefect API (flow runs, task
runs, logs) nor the Prefect server's database file holds it afterwards."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from flowkit import invoke

pytestmark = [pytest.mark.prefect, pytest.mark.postgres]


def password_marker(url: str) -> str:
    """The part of the URL that carries the password ('user:password@host')."""
    parsed = make_url(url)
    assert parsed.password, "the test needs a URL with a password"
    return f"{parsed.username}:{parsed.password}@{parsed.host}"


def prefect_database_bytes() -> bytes:
    from prefect.settings import PREFECT_SERVER_DATABASE_CONNECTION_URL

    path = Path(PREFECT_SERVER_DATABASE_CONNECTION_URL.value().split(":///", 1)[1])
    return b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists())


def test_flows_run_from_the_cli_keep_the_database_password_out_of_prefect(
        prefect_harness, runner, new_postgres_schema, write_settings, repo_root, tmp_path, httpserver):
    from prefect.client.orchestration import get_client

    database = new_postgres_schema()
    marker = password_marker(database)
    write_settings({})
    feeds = tmp_path / "feeds.yaml"
    httpserver.expect_request("/feed.xml").respond_with_data("<rss version='2.0'><channel><title>t</title>"
                                                             "</channel></rss>", content_type="application/rss+xml")
    feeds.write_text(f"feeds:\n  - {{name: wire, url: '{httpserver.url_for('/feed.xml')}'}}\n", encoding="utf-8")
    with get_client(sync_client=True) as client:
        runs_before = {run.id for run in client.read_flow_runs()}

    for args in (["db", "upgrade"], ["replay", str(repo_root / "seeds")], ["poll", "--once", "--feeds", str(feeds)],
                 ["dispatch"]):
        result = invoke(runner, *args, "--db", database)
        assert result.exit_code == 0, (args, result.stderr)
        assert marker not in result.stdout + result.stderr
    assert "NATOWATCH_DATABASE_URL" not in os.environ  # the CLI's own handover is undone afterwards

    with get_client(sync_client=True) as client:
        runs = [run for run in client.read_flow_runs() if run.id not in runs_before]
        flows = {client.read_flow(run.flow_id).name for run in runs}
        seen = "".join(run.model_dump_json() for run in runs)
        seen += "".join(task.model_dump_json() for task in client.read_task_runs())
        seen += "".join(log.model_dump_json() for log in client.read_logs())
    assert flows == {"replay", "poll_feeds", "dispatch-alerts"}  # replay dispatches too
    assert [run.parameters.get("database_url") for run in runs] == [None] * len(runs)
    assert marker not in seen
    assert marker.encode() not in prefect_database_bytes()
