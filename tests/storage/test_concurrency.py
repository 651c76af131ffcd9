"""Several real processes on one database: no duplicate events, evidence or alerts,
and no alert claimed twice."""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from natowatch.storage import Store
from natowatch.storage.models import AlertRow, ArticleRow, EventRow, EvidenceRow

WORKER = Path(__file__).with_name("concurrent_worker.py")
PROCESSES = 4
_spec = importlib.util.spec_from_file_location("concurrent_worker", WORKER)
concurrent_worker = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(concurrent_worker)


def run_workers(mode: str, url: str, tmp_path: Path) -> list[dict]:
    """Start the workers, wait until every one is connected, then release them at once."""
    go_file = tmp_path / f"go-{mode}"
    workers = [subprocess.Popen([sys.executable, str(WORKER), mode, url, str(go_file), str(seed), str(PROCESSES)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for seed in range(PROCESSES)]
    for worker in workers:
        assert json.loads(worker.stdout.readline() or "{}").get("ready"), worker.stderr.read()
    go_file.touch()
    reports = []
    for worker in workers:
        out, err = worker.communicate(timeout=120)
        assert worker.returncode == 0, err
        reports.append(json.loads(out))
    return reports


def counts(store: Store) -> dict[str, int]:
    with store._engine.connect() as connection:
        return {model.__tablename__: connection.execute(select(func.count()).select_from(model)).scalar_one()
                for model in (ArticleRow, EventRow, EvidenceRow, AlertRow)}


@pytest.mark.parametrize("mode", ["ingest", "batch"])
def test_processes_ingesting_the_same_articles_create_no_duplicates(store, make_database_url, tmp_path, mode):
    """MODE batch: two processes store in groups (one transaction for several articles' locks)
    while two store one article per transaction; on PostgreSQL a deadlock between them must
    cost a retry, not an article."""
    with Store.open(make_database_url(), upgrade=True) as sequential:
        for article, events in concurrent_worker.workload():
            sequential.ingest(concurrent_worker.STORY, article, events, concurrent_worker.ROUTES)
        expected = counts(sequential)

    reports = run_workers(mode, store_url(store), tmp_path)

    assert counts(store) == expected
    new_ids = [i for r in reports for i in r["new_event_ids"]]
    assert len(new_ids) == len(set(new_ids)) == expected["events"]  # each event was new to exactly one process
    assert sum(r["alerts_queued"] for r in reports) == expected["alerts"]
    assert sum(r["articles_created"] for r in reports) == expected["articles"]


def test_processes_claiming_alerts_never_get_the_same_one(store, make_article, make_event, tmp_path):
    events = [make_event(actor=f"State {n}") for n in range(60)]
    store.ingest("nato-sg", make_article(1), events, concurrent_worker.ROUTES)

    reports = run_workers("claim", store_url(store), tmp_path)

    claimed = Counter(i for r in reports for i in r["claimed"])
    assert sorted(claimed) == [a.id for a in store.alerts()] and len(claimed) == 120
    assert max(claimed.values()) == 1
    assert all(r["claimed"] for r in reports)  # each held a batch while the others held theirs
    assert {a.state for a in store.alerts()} == {"sent"}


def store_url(store: Store) -> str:
    return store._engine.url.render_as_string(hide_password=False)
