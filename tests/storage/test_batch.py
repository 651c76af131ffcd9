"""Articles stored in groups (Store.batch, storage/batch.py): one commit for several articles, a
savepoint each; nothing counts before the group commits, and a process killed with a group open
loses only what was never accepted."""
from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from natowatch.storage import RouteRule, StorageError, Store, StoryEvents
from natowatch.storage.errors import BatchNotStored
from natowatch.storage.models import AlertRow, ArticleRow, EventRow, EvidenceRow, FeedItemRow

STORY = "nato-secretary-general"
ROUTES = [RouteRule("all", frozenset({"candidacy", "endorsement", "opposition"}))]
CHILD = Path(__file__).with_name("batch_child.py")


def _found(*events):
    return [StoryEvents(STORY, tuple(events))]


def _counts(store: Store) -> dict[str, int]:
    with store._engine.connect() as connection:
        return {model.__tablename__: connection.execute(select(func.count()).select_from(model)).scalar_one()
                for model in (ArticleRow, EventRow, EvidenceRow, AlertRow, FeedItemRow)}


def _workload(make_article, make_event):
    """Six articles whose events overlap (new, then corroborated), every one a feed item."""
    states = ("France", "Germany", "Hungary")
    return [(make_article(n), _found(make_event(actor=states[n % 3]), make_event("candidacy", actor=None)),
             ("wire", f"item-{n}")) for n in range(1, 7)]


def test_a_group_stores_what_one_transaction_per_article_stores(store, make_database_url, make_article, make_event):
    work = _workload(make_article, make_event)
    with Store.open(make_database_url(), upgrade=True) as alone:
        alone.save_feed_state(_feed_state())
        expected = [alone.ingest_stories(article, found, ROUTES, feed_item=item) for article, found, item in work]
        expected_counts = _counts(alone)
    store.save_feed_state(_feed_state())
    commits = []
    event.listen(store._engine, "commit", lambda _connection: commits.append(1))
    with store.batch(max_items=10) as batch:
        for n, (article, found, item) in enumerate(work):
            batch.ingest_stories(article, found, ROUTES, feed_item=item, tag=n)
        assert batch.committed() == [] and len(batch) == 6  # nothing counts before the commit
    assert len(commits) == 1  # one transaction for the six
    done = batch.committed()
    assert [tag for tag, _ in done] == list(range(6))
    assert [_summary(result) for _, result in done] == [_summary(result) for result in expected]
    assert _counts(store) == expected_counts
    assert batch.committed() == []  # handed out once


def _summary(result):
    return (result.article_created, [(e.type, e.actor) for e in result.new_events],
            [(e.type, e.actor, e.sources) for e in result.corroborated_events], result.alerts_queued,
            result.feed_item_created)


def _feed_state():
    from natowatch.storage import FeedState

    return FeedState(name="wire", url="https://wire.example/feed.xml")


def test_an_exception_leaving_the_group_stores_none_of_it(store, make_article, make_event):
    with pytest.raises(KeyboardInterrupt):
        with store.batch() as batch:
            batch.ingest_stories(make_article(1), _found(make_event()), ROUTES, tag=1)
            raise KeyboardInterrupt
    assert batch.committed() == [] and _counts(store)["articles"] == 0


def test_a_failing_article_is_rolled_back_alone_and_the_group_goes_on(store, make_article, make_event):
    with store.batch(max_items=10) as batch:
        batch.ingest_stories(make_article(1), _found(make_event()), ROUTES, tag=1)
        with pytest.raises(StorageError, match="source 'nowhere'"):
            batch.ingest_stories(make_article(2, source="nowhere"), _found(make_event(actor="Italy")), ROUTES, tag=2)
        # The articles before it were committed first, then it was tried again alone (and failed again).
        assert [tag for tag, _ in batch.committed()] == [1]
        batch.ingest_stories(make_article(3), _found(make_event(actor="Spain")), ROUTES, tag=3)
    assert [tag for tag, _ in batch.committed()] == [3]
    assert sorted(e.actor for e in store.events(STORY)) == ["France", "Spain"]


def test_a_failed_commit_names_every_article_of_the_group(store, make_article, make_event):
    store.save_feed_state(_feed_state())
    batch = store.batch(max_items=10)
    batch.record_feed_item("wire", "item-1", None, tag="a")
    batch.ingest_stories(make_article(2), _found(make_event()), ROUTES, feed_item=("wire", "item-2"), tag="b")
    # The database refuses the commit (as a full disk or a broken connection would): a failure
    # of the database itself, which cannot be caused from here without breaking the test's own.
    connection = batch._connection
    connection.commit = lambda: (_ for _ in ()).throw(RuntimeError("disk I/O error"))
    with pytest.raises(BatchNotStored, match="disk I/O error") as raised:
        batch.commit()
    assert raised.value.tags == ("a", "b") and batch.committed() == []
    with store._engine.connect() as other:  # the transaction is gone with its connection
        assert other.execute(select(func.count()).select_from(ArticleRow)).scalar_one() == 0


def test_a_group_is_one_article_on_postgresql_unless_asked(store, backend, make_article, make_event):
    """On PostgreSQL an article waiting for a row lock would keep the group's earlier articles
    uncommitted while it waits (storage/batch.py): a poll's groups are one article there."""
    batch = store.batch()
    batch.ingest_stories(make_article(1), _found(make_event()), ROUTES)
    assert batch.due() is (backend == "postgresql")
    batch.commit()


def test_a_group_is_due_when_full_or_old(store, make_article, make_event):
    now = [100.0]
    batch = store.batch(max_items=3, max_seconds=2.0, clock=lambda: now[0])
    assert not batch.due()  # empty: nothing to commit
    batch.ingest_stories(make_article(1), _found(make_event()), ROUTES)
    assert not batch.due()
    now[0] += 2.0
    assert batch.due()
    batch.commit()
    for n in range(2, 5):
        assert not batch.due()
        batch.ingest_stories(make_article(n), _found(make_event()), ROUTES)
    assert batch.due()
    batch.commit()
    assert len(batch.committed()) == 4


def test_a_process_killed_with_a_group_open_loses_only_what_was_never_accepted(tmp_path):
    """A real SQLite file; the child commits one group of three articles, stores three more in
    an open group and is killed (SIGKILL) before committing them; then a new process stores all
    six again, as the next poll would."""
    url = f"sqlite:///{tmp_path / 'natowatch.db'}"
    killed = subprocess.run([sys.executable, str(CHILD), url, "kill-after-3"], capture_output=True, text=True,
                            timeout=300)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    accepted = [json.loads(line) for line in killed.stdout.splitlines()]
    assert [a["tag"] for a in accepted] == [0, 1, 2]  # the committed group, and nothing else
    with Store.open(url) as store:
        assert [a.url for a in store.articles()] == [f"https://news.example/{n}" for n in (3, 2, 1)]
        assert store.seen_items("wire") == {"item-1", "item-2", "item-3"}
        assert len(store.alerts()) == sum(a["alerts"] for a in accepted)
    again = subprocess.run([sys.executable, str(CHILD), url, "all"], capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    restarted = [json.loads(line) for line in again.stdout.splitlines()]
    # The three accepted before the crash are known; the three lost are stored now, once.
    assert [(a["tag"], a["created"], a["item_created"]) for a in restarted] == [
        (0, False, False), (1, False, False), (2, False, False), (3, True, True), (4, True, True), (5, True, True)]
    with Store.open(url) as store:
        assert store.seen_items("wire") == {f"item-{n}" for n in range(1, 7)}
        assert len(store.articles()) == 6
        assert len(store.alerts()) == sum(a["alerts"] for a in accepted + restarted)
        assert len({(a.event.id, a.route) for a in store.alerts()}) == len(store.alerts())


def test_views_without_evidence_count_the_same(store, make_article, make_event):
    """A poll only counts the events an article brought: it asks for views without evidence."""
    store.ingest_stories(make_article(1), _found(make_event()), ROUTES)
    found = _found(make_event(), make_event(actor="Italy"))
    shown = store.ingest_stories(make_article(2), found, ROUTES)
    counted = store.ingest_stories(make_article(3), found, ROUTES, evidence=False)
    assert [e.actor for e in shown.new_events] == ["Italy"] and shown.new_events[0].evidence
    assert [(e.actor, e.sources) for e in counted.corroborated_events] == [("France", 3), ("Italy", 2)]
    assert all(e.evidence == () for e in counted.corroborated_events)
    assert counted.alerts_queued == 0 and len(store.event(counted.corroborated_events[0].id).evidence) == 3
