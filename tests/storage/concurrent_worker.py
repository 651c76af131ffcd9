"""A separate process for the concurrency tests: `python concurrent_worker.py MODE URL GO_FILE SEED`.

It waits until GO_FILE exists (so every worker starts at the same moment), then either
ingests the shared workload in its own shuffled order (MODE ingest; MODE batch: the even SEEDs
in groups of four articles, Store.batch) or claims alerts until none are due (MODE claim), and
prints what it did as JSON.
"""
from __future__ import annotations

import datetime as dt
import json
import random
import sys
import time
from pathlib import Path

from natowatch.extract.model import Event
from natowatch.storage import ArticleRecord, RouteRule, Store, StoryEvents

STORY = "nato-sg"
ROUTES = [RouteRule("console", frozenset({"candidacy", "endorsement", "opposition"})),
          RouteRule("slack", frozenset({"endorsement"}), frozenset({"confirmed"}))]
STATES = ("France", "Germany", "Hungary", "Turkey", "Slovakia", "Italy")


def _event(type_: str, subject: str, actor: str | None, sentence: str, status: str = "confirmed") -> Event:
    return Event(type=type_, subject=subject, actor=actor, status=status, date=None, evidence=sentence,
                 span=(0, len(sentence)), confidence=0.8, rule=f"{type_}-rule")


def workload(articles: int = 24) -> list[tuple[ArticleRecord, list[Event]]]:
    """Articles whose events overlap heavily; every sixth is a copy of the one before under another URL."""
    items = []
    for n in range(articles):
        body = n - 1 if n % 6 == 5 else n
        state, other = STATES[body % 6], STATES[(body + 1) % 6]
        events = [
            _event("candidacy", "Mark Rutte", None, f"Rutte is a candidate (article {body})."),
            _event("endorsement", "Mark Rutte", state, f"{state} backs Rutte (article {body}).",
                   "confirmed" if body % 2 else "reported"),
            _event("opposition", "Klaus Iohannis", other, f"{other} will not back Iohannis (article {body})."),
        ]
        article = ArticleRecord(url=f"https://news.example/{n}", title=f"Article {body}", text=f"Text of article {body}.",
                                published=dt.date(2024, 3, 1), outlet="Example", language="en", source="seed")
        items.append((article, events))
    return items


def _wait_for(go_file: Path) -> None:
    deadline = time.monotonic() + 120
    while not go_file.exists():
        if time.monotonic() > deadline:
            raise SystemExit(f"{go_file} never appeared")
        time.sleep(0.005)


def _all_hold_a_claim(go_file: Path, seed: str, workers: int) -> None:
    """Each claimer says it holds its first batch, then waits for the others to hold theirs: they
    overlap whatever the machine's scheduling (under load one process once claimed all 120 alerts
    before the others had woken)."""
    go_file.with_name(f"{go_file.name}-holds-{seed}").touch()
    deadline = time.monotonic() + 120
    while len(list(go_file.parent.glob(f"{go_file.name}-holds-*"))) < workers:
        if time.monotonic() > deadline:
            raise SystemExit("the other claimers never held a claim")
        time.sleep(0.005)


def main(mode: str, url: str, go_file: str, seed: str, workers: str) -> None:
    store = Store.open(url)
    print(json.dumps({"ready": True}), flush=True)
    _wait_for(Path(go_file))
    if mode in ("ingest", "batch"):
        items = workload()
        random.Random(int(seed)).shuffle(items)
        report = {"new_event_ids": [], "alerts_queued": 0, "articles_created": 0}

        def add(result) -> None:
            report["new_event_ids"] += [e.id for e in result.new_events]
            report["alerts_queued"] += result.alerts_queued
            report["articles_created"] += result.article_created
        if mode == "batch" and int(seed) % 2 == 0:  # groups of four articles beside single transactions
            with store.batch(max_items=4) as batch:
                for article, events in items:
                    batch.ingest_stories(article, [StoryEvents(STORY, tuple(events))], ROUTES)
                    if batch.due():
                        batch.commit()
                    for _tag, result in batch.committed():
                        add(result)
            for _tag, result in batch.committed():
                add(result)
        else:
            for article, events in items:
                add(store.ingest(STORY, article, events, ROUTES))
    else:
        claimed: list[int] = []
        batch = store.claim_alerts(3)
        _all_hold_a_claim(Path(go_file), seed, int(workers))
        while batch:
            claimed += [a.id for a in batch]
            for alert in batch:
                store.mark_sent(alert.id)
            batch = store.claim_alerts(3)
        report = {"claimed": claimed}
    store.close()
    print(json.dumps(report), flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:])
