"""The JSON API: the pages' data in the CLI's --json shapes (flows/present.py), paginated.

`GET /api/stories/<id>/events` lists events in the order `natowatch events --json` prints them
(the order they became news) unless `order=newest`; `next` is the URL of the following page.
"""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Request

from natowatch.flows.present import alert_json, event_json, evidence_json, status_json, status_out
from natowatch.flows.web.app import web_of
from natowatch.flows.web.pages import TimelineQuery, alerts_context, event_context

router = APIRouter(prefix="/api", tags=["api"])

ORDERS = ("seen", "newest")


def _absolute(request: Request, route: str, **params: str) -> str:
    return str(request.url_for(route, **params))


@router.get("/stories", summary="The stories followed, with their event counts")
def stories(request: Request) -> list[dict[str, Any]]:
    web = web_of(request)
    known = {summary.story_id: summary for summary in web.store.stories()}
    out = []
    for story in web.stories.values():
        summary = known.get(story.id)
        out.append({
            "id": story.id, "title": story.title, "post": story.post.name,
            "events": summary.events if summary else 0,
            "last_event_at": summary.last_event_at.isoformat() if summary and summary.last_event_at else None,
            "links": {"dashboard": _absolute(request, "dashboard", story_id=story.id),
                      "events": _absolute(request, "api_events", story_id=story.id),
                      "status": _absolute(request, "api_status", story_id=story.id),
                      "atom": _absolute(request, "story_atom", story_id=story.id)},
        })
    return out


@router.get("/stories/{story_id}/events", name="api_events",
            summary="The story's events (filters: type, candidate, state, status; limit, offset, order)")
def events(request: Request, story_id: str, order: str = "seen") -> dict[str, Any]:
    web = web_of(request)
    story = web.story(story_id)
    if order not in ORDERS:
        raise HTTPException(400, f"order: expected one of {', '.join(ORDERS)}")
    query = TimelineQuery.from_params(request.query_params)
    page = query.page(web.store, story.id, order)
    following = page.offset + page.limit
    next_url = None
    if following < page.total:
        next_url = str(request.url.include_query_params(offset=following, limit=page.limit))
    return {"story": story.id, "total": page.total, "offset": page.offset, "limit": page.limit,
            "events": [event_json(e) for e in page.events], "next": next_url}


@router.get("/stories/{story_id}/events/{event_id}", summary="One event with every source's evidence")
def event(request: Request, story_id: str, event_id: int) -> dict[str, Any]:
    web = web_of(request)
    context = event_context(web, web.story(story_id), event_id)
    return {**event_json(context.row.event), "all_evidence": evidence_json(context.row.event),
            "page": _absolute(request, "event", story_id=story_id, event_id=str(event_id))}


@router.get("/stories/{story_id}/status", name="api_status",
            summary="Per candidate: status, states backing and opposing, missing for consensus")
def status(request: Request, story_id: str) -> dict[str, Any]:
    web = web_of(request)
    story = web.story(story_id)
    tally = web.store.tally(story.id, states=[m.name for m in story.members])
    found = web.store.candidates(story.id)
    return status_json(story, status_out(story, tally, web.store.event_heads(story.id), found), found=found)


@router.get("/alerts", summary="The alert outbox, newest first (state: pending, sending, sent, dead)")
def alerts(request: Request, state: str | None = None) -> list[dict[str, Any]]:
    context = alerts_context(web_of(request), state or None)
    return [alert_json(alert, headline) for alert, headline in context.alerts]


@router.get("/feeds", summary="The polled feeds: last poll, status, backoff, items, errors")
def feeds(request: Request) -> list[dict[str, Any]]:
    def iso(value):
        return value.isoformat() if value is not None else None

    return [{"name": f.state.name, "url": f.state.url, "last_status": f.state.last_status,
             "last_polled_at": iso(f.state.last_polled_at), "next_poll_at": iso(f.state.next_poll_at),
             "consecutive_failures": f.state.consecutive_failures, "last_error": f.state.last_error,
             "items": f.items, "articles": f.articles}
            for f in web_of(request).store.feeds()]

