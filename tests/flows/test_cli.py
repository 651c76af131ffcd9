"""The `natowatch` commands that do not start Prefect, invoked for real (CliRunner or a process)."""
from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
from flowkit import fill_store, invoke
from natowatch.extract import article_text
from natowatch.extract.model import EVENT_TYPES
from natowatch.flows.files.articles import manifest_entry_for, read_article
from natowatch.flows.settings import load_settings

SEEDS = ("000_0c3fa61ec35526cc", "001_f45f5ef3a6881a2d", "002_bbb002d8aafd2be4", "003_2f614e97bf582ec3",
         "004_e6e052abecc23e78")
CONTRACT_KEYS = {"article", "type", "subject", "actor", "position", "status", "date", "evidence"}


@pytest.fixture
def filled_db(store, story, db_url, write_settings):
    """A store holding a few events, queued for the console route."""
    write_settings({})
    fill_store(store, story, load_settings().alerts.rules)
    return db_url


def test_extract_json_on_the_seeds_without_prefect(repo_root):
    """The fixed contract read by the outside evaluation, in a fresh process: Prefect never loads."""
    files = [f"seeds/{stem}.txt" for stem in SEEDS]
    script = ("import sys\nfrom natowatch.flows.cli import app\ncode = 0\ntry:\n    app()\nexcept SystemExit as exc:\n"
              "    code = exc.code\nloaded = sorted({m.split('.')[0] for m in sys.modules} & {'prefect', 'sqlalchemy'})\n"
              "print('LOADED', loaded, file=sys.stderr)\nsys.exit(code)\n")
    done = subprocess.run([sys.executable, "-c", script, "extract", "--json", *files], cwd=repo_root,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "LOADED []" in done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert lines, "the seeds hold events"
    for line in lines:
        assert CONTRACT_KEYS <= set(line)
        assert line["article"] in files and line["type"] in EVENT_TYPES
        assert line["position"] == "NATO Secretary General"
        path = repo_root / line["article"]
        article = read_article(path, manifest_entry_for(path))
        start, end = line["span"]
        assert " ".join(article_text(article.headline, article.text)[start:end].split()) == " ".join(
            line["evidence"].split())
    assert {line["article"] for line in lines} >= {files[1], files[3]}


def test_extract_text_and_explain(runner, repo_root, monkeypatch):
    monkeypatch.chdir(repo_root)
    result = invoke(runner, "extract", "--explain", "seeds/003_2f614e97bf582ec3.txt")
    assert result.exit_code == 0
    assert result.stdout.startswith("seeds/003_2f614e97bf582ec3.txt (published 2024-09-30): ")
    assert "takes_office: Mark Rutte" in result.stdout


def test_extract_html_file_and_published_option(runner, tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Hungary opposes Rutte</title></head><body><article><h1>Hungary opposes Rutte</h1>"
        "<p>Hungary will not support Dutch Prime Minister Mark Rutte's bid to become the next NATO Secretary "
        "General, its foreign minister said on Tuesday.</p>"
        "<p>Mark Rutte is the front-runner to succeed Jens Stoltenberg as head of the alliance.</p>"
        "</article></body></html>", encoding="utf-8")
    result = invoke(runner, "extract", "--json", "--published", "2024-03-05", str(page))
    assert result.exit_code == 0, result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert any(e["type"] == "opposition" and e["actor"] == "Hungary" for e in events), events


def test_extract_names_a_bad_file_and_goes_on(runner, repo_root, tmp_path):
    good = str(repo_root / "seeds" / "003_2f614e97bf582ec3.txt")
    result = invoke(runner, "extract", "--json", str(tmp_path / "missing.txt"), good)
    assert result.exit_code == 0
    assert result.stderr.strip().splitlines() == [f"natowatch: {tmp_path / 'missing.txt'}: cannot read: "
                                                  "No such file or directory"]
    assert result.stdout.strip()
    assert invoke(runner, "extract", str(tmp_path / "missing.txt")).exit_code == 1


def test_extract_rejects_a_bad_date(runner, repo_root):
    result = invoke(runner, "extract", "--published", "5 March", str(repo_root / "seeds" / "000_0c3fa61ec35526cc.txt"))
    assert result.exit_code == 2 and "is not a date (YYYY-MM-DD)" in result.stderr


def test_bad_settings_file_is_one_line_and_exit_2(runner, tmp_path, monkeypatch):
    bad = tmp_path / "settings.yaml"
    bad.write_text("alerts:\n  max_attempts: -1\n", encoding="utf-8")
    monkeypatch.setenv("NATOWATCH_CONFIG", str(bad))
    for command in (["events"], ["status"], ["alerts"], ["dispatch"], ["db", "upgrade"], ["replay"],
                    ["extract", str(bad)]):
        result = invoke(runner, *command)
        assert result.exit_code == 2, command
        assert result.stderr == f"natowatch: {bad}: alerts.max_attempts: expected a positive whole number\n"


def test_bad_story_file_is_one_line_and_exit_2(runner, tmp_path, write_settings):
    story = tmp_path / "story.yaml"
    story.write_text("id: x\npost: {name: P}\n", encoding="utf-8")
    write_settings({"story": str(story)})
    result = invoke(runner, "status")
    assert result.exit_code == 2
    assert result.stderr == f"natowatch: {story}: organisation: missing\n"


def test_db_upgrade_then_empty_listings(runner, db_url, write_settings):
    write_settings({})
    result = invoke(runner, "events", "--db", db_url)
    assert result.exit_code == 2 and "run `natowatch db upgrade`" in result.stderr
    result = invoke(runner, "db", "upgrade", "--db", db_url)
    assert result.exit_code == 0 and result.stdout.endswith("schema is up to date\n")
    assert invoke(runner, "events", "--db", db_url).stdout == "No events.\n"
    assert invoke(runner, "alerts", "--db", db_url, "--json").stdout == ""


def test_events_lists_and_prints_json(runner, filled_db):
    result = invoke(runner, "events", "--db", filled_db)
    assert result.exit_code == 0
    assert "5 events" in result.stdout and "France backs" not in result.stdout
    assert "Hungary" in result.stdout and "Daily Sabah" in result.stdout
    lines = [json.loads(line) for line in invoke(runner, "events", "--db", filled_db, "--json").stdout.splitlines()]
    assert [(e["type"], e["subject"], e["actor"]) for e in lines] == [
        ("candidacy", "Mark Rutte", None), ("endorsement", "Mark Rutte", "France"),
        ("opposition", "Mark Rutte", "Hungary"), ("candidacy", "Klaus Iohannis", None),
        ("withdrawal", "Klaus Iohannis", None)]
    assert lines[1]["evidence"] == "France backs Mark Rutte [strongly]." and lines[1]["sources"] == 1


def test_alerts_listing_state_filter_and_retry(runner, filled_db, store):
    result = invoke(runner, "alerts", "--db", filled_db)
    assert result.exit_code == 0 and "3 alerts" in result.stdout
    assert "Hungary opposes Mark Rutte for NATO Secretary General" in result.stdout
    rows = [json.loads(line) for line in invoke(runner, "alerts", "--db", filled_db, "--json").stdout.splitlines()]
    assert [(r["route"], r["state"]) for r in rows] == [("console", "pending")] * 3
    assert invoke(runner, "alerts", "--db", filled_db, "--state", "sent", "--json").stdout == ""
    assert invoke(runner, "alerts", "--db", filled_db, "--state", "lost").exit_code == 2

    [claimed] = store.claim_alerts(1)
    store.mark_failed(claimed.id, "boom", max_attempts=1, backoff_seconds=60)
    dead = [json.loads(line) for line in
            invoke(runner, "alerts", "--db", filled_db, "--state", "dead", "--json").stdout.splitlines()]
    assert [(d["id"], d["last_error"]) for d in dead] == [(claimed.id, "boom")]

    assert invoke(runner, "alerts", "--db", filled_db, "retry").exit_code == 2
    result = invoke(runner, "alerts", "--db", filled_db, "retry", str(claimed.id))
    assert result.exit_code == 0 and result.stdout.startswith("1 alert due now")
    assert invoke(runner, "alerts", "--db", filled_db, "retry", "--all").stdout.startswith("0 alerts due now")
    assert {a.state for a in store.alerts()} == {"pending"}


def test_status_shows_backing_opposing_and_missing(runner, filled_db, story):
    result = invoke(runner, "status", "--db", filled_db)
    assert result.exit_code == 0
    out = result.stdout
    total = len(story.members)
    assert f"consensus needs {story.consensus_required} of {total} allies" in out
    assert f"Mark Rutte: 1 of {total} back" in out
    assert "backing:  France" in out and "opposing: Hungary" in out
    assert f"missing for consensus ({story.consensus_required - 1}): Albania" in out
    assert re.search(rf"Klaus Iohannis \(withdrew \d{{4}}-\d\d-\d\d\): 0 of {total} back", out)
