"""A separate process for test_batch.py: `python batch_child.py URL MODE`.

Stores six feed items' articles in groups (Store.batch) on the database at URL and prints one
JSON line per article once its group has committed. MODE `kill-after-3`: commits the first
three, stores the other three in an open group, then kills itself (SIGKILL: no clean-up of any
kind, as a power cut or the OOM killer would); `all`: stores the six and commits.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import signal
import sys

from natowatch.extract.model import Event
from natowatch.storage import ArticleRecord, FeedState, RouteRule, Store, StoryEvents

STORY = "nato-secretary-general"
ROUTES = [RouteRule("all", frozenset({"candidacy", "endorsement", "opposition"}))]
STATES = ("France", "Germany", "Hungary")


def _event(type_: str, actor: str | None) -> Event:
    sentence = f"{actor or 'Someone'} {type_} Mark Rutte."
    return Event(type=type_, subject="Mark Rutte", actor=actor, status="confirmed", date=None, evidence=sentence,
                 span=(0, len(sentence)), confidence=0.9, rule=f"{type_}-rule")


def _work(n: int):
    article = ArticleRecord(url=f"https://news.example/{n}", title=f"Article {n}", text=f"Body of article {n}.",
                            published=dt.date(2024, 3, n), outlet="Example News", language="en", source="feed",
                            feed_name="wire", text_source="feed")
    return article, [StoryEvents(STORY, (_event("endorsement", STATES[n % 3]), _event("candidacy", None)))]


def _report(batch) -> None:
    for tag, result in batch.committed():
        print(json.dumps({"tag": tag, "created": result.article_created, "item_created": result.feed_item_created,
                          "alerts": result.alerts_queued}), flush=True)


def main(url: str, mode: str) -> None:
    with Store.open(url, upgrade=True) as store:
        store.save_feed_state(FeedState(name="wire", url="https://wire.example/feed.xml"))
        with store.batch() as batch:
            for tag, n in enumerate(range(1, 7)):
                if mode == "kill-after-3" and tag == 3:
                    batch.commit()
                    _report(batch)
                article, found = _work(n)
                batch.ingest_stories(article, found, ROUTES, feed_item=("wire", f"item-{n}"), tag=tag)
            if mode == "kill-after-3":
                os.kill(os.getpid(), signal.SIGKILL)
        _report(batch)


if __name__ == "__main__":
    main(*sys.argv[1:])
