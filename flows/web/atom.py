"""Atom feeds (RFC 4287) of events: one entry per event, the latest news first.

An entry's id is the event's identity (natowatch.flows.present.event_uuid), so it survives a new
database; `updated` is when natowatch learned of the event, `published` the day it happened
(or its first article's publication day). Each article reporting it is a `related` link (web
links only). The XML comes from an autoescaped template: text from strangers cannot add markup.
"""
from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from fastapi import APIRouter, Request
from fastapi.responses import Response

from natowatch.extract.story import Story
from natowatch.flows.present import EventRow, event_row, event_uuid
from natowatch.flows.web.app import Web, web_of

router = APIRouter(include_in_schema=False)

# Entries per feed: the latest news; a reader that polls now and then misses nothing older.
FEED_ENTRIES = 200
ATOM_TYPE = "application/atom+xml; charset=utf-8"


@dataclass(frozen=True)
class Entry:
    id: str
    row: EventRow
    story: Story
    updated: str
    published: str | None
    link: str


@dataclass(frozen=True)
class FeedContext:
    id: str
    title: str
    self_link: str
    alternate: str
    updated: str
    entries: list[Entry]


def _stamp(value: dt.datetime) -> str:
    return value.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _published(event, row) -> str | None:
    """Atom's `published` is a moment: the event's day, or, for a month or a year ("in June"), the
    day the news first told it (not the first of the month as if it were the day)."""
    day = row.when if event.date is None or event.date_precision in (None, "day") else (
        event.reported or event.first_evidence.article_published)
    return f"{day.isoformat()}T00:00:00Z" if day else None


def _entries(web: Web, request: Request, story: Story) -> list[Entry]:
    entries = []
    prefix = f"{request.url_for('timeline', story_id=story.id)}/"
    for event in web.store.timeline(story.id, order="latest_seen", limit=FEED_ENTRIES).events:
        row = event_row(event, story)
        entries.append(Entry(
            id=event_uuid(event), row=row, story=story, updated=_stamp(event.created_at),
            published=_published(event, row),
            link=f"{prefix}{event.id}"))
    return entries


def _feed(request: Request, feed_id: str, title: str, alternate: str, entries: list[Entry]) -> Response:
    entries.sort(key=lambda entry: entry.updated, reverse=True)
    entries = entries[:FEED_ENTRIES]
    # An empty feed is still valid Atom: its `updated` is the epoch, it has changed never.
    updated = entries[0].updated if entries else "1970-01-01T00:00:00Z"
    context = FeedContext(id=feed_id, title=title, self_link=str(request.url), alternate=alternate,
                          updated=updated, entries=entries)
    return web_of(request).render(request, "events.atom", context, media_type=ATOM_TYPE)


def _feed_id(name: str) -> str:
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'natowatch:feed:{name}')}"


@router.get("/stories/{story_id}/events.atom", name="story_atom")
def story_feed(request: Request, story_id: str) -> Response:
    web = web_of(request)
    story = web.story(story_id)
    return _feed(request, _feed_id(story.id), f"natowatch: {story.title}",
                 str(request.url_for("timeline", story_id=story.id)), _entries(web, request, story))


@router.get("/events.atom", name="all_atom")
def all_feed(request: Request) -> Response:
    web = web_of(request)
    entries = [entry for story in web.stories.values() for entry in _entries(web, request, story)]
    return _feed(request, _feed_id("*"), "natowatch: every story", str(request.url_for("index")), entries)
