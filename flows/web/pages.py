"""The HTML pages: each builds a context dataclass (shared with its JSON in api.py) and renders
one template. Filters arrive as query strings and are checked here: an unknown value is a 400
naming the parameter, never an SQL or template error.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import RedirectResponse

from natowatch.extract import extract_events
from natowatch.extract.model import EVENT_TYPES, STATUSES
from natowatch.extract.story import Story
from natowatch.flows.alerts.messages import alert_headline
from natowatch.flows.present import CandidateOut, EventRow, event_row, marked_parts, status_out, web_link
from natowatch.flows.web.app import Web, web_of
from natowatch.flows.web.chart import Chart, backing_chart
from natowatch.storage import AlertView, EventView, EvidenceView, FeedSummary, StorageError, Store, StorySummary, TimelinePage

router = APIRouter(include_in_schema=False)

DEFAULT_PAGE, MAX_PAGE = 100, 1000
RECENT = 10
ALERT_STATES = ("pending", "sending", "sent", "dead")
# Evidence sentences re-read by the extractor to mark their matched parts, per event page.
MAX_EXPLAINED = 100


@dataclass(frozen=True)
class TimelineQuery:
    """The timeline's filters (None: any) and page. `candidate` is the subject, `state` the actor."""

    type: str | None = None
    candidate: str | None = None
    state: str | None = None
    status: str | None = None
    limit: int = DEFAULT_PAGE
    offset: int = 0

    @classmethod
    def from_params(cls, params: Mapping[str, str], *, default_limit: int = DEFAULT_PAGE) -> "TimelineQuery":
        values = {name: (params.get(name) or "").strip() or None for name in ("type", "candidate", "state", "status")}
        for name, allowed in (("type", EVENT_TYPES), ("status", STATUSES)):
            if values[name] is not None and values[name] not in allowed:
                raise HTTPException(400, f"{name}: expected one of {', '.join(allowed)}")
        limit = _whole(params, "limit", default_limit, 1, MAX_PAGE)
        return cls(**values, limit=limit, offset=_whole(params, "offset", 0, 0, None))

    def page(self, store: Store, story_id: str, order: str) -> TimelinePage:
        return store.timeline(story_id, type=self.type, subject=self.candidate, actor=self.state, status=self.status,
                              order=order, limit=self.limit, offset=self.offset)

    def params(self, **changes: Any) -> str:
        """The query string of this query with `changes` (defaults left out)."""
        values = {"type": self.type, "candidate": self.candidate, "state": self.state, "status": self.status,
                  "limit": self.limit if self.limit != DEFAULT_PAGE else None, "offset": self.offset or None}
        values.update(changes)
        return urlencode({k: v for k, v in values.items() if v is not None})


def _whole(params: Mapping[str, str], name: str, default: int, low: int, high: int | None) -> int:
    raw = params.get(name)
    if raw in (None, ""):
        return default
    if not raw.isdigit() or int(raw) < low or (high is not None and int(raw) > high):
        raise HTTPException(400, f"{name}: expected a whole number from {low}" + (f" to {high}" if high else ""))
    return int(raw)


@dataclass(frozen=True)
class DashboardContext:
    story: Story
    candidates: list[CandidateOut]
    chart: Chart | None
    recent: list[EventRow]
    events: int
    states: int                   # member states with a stance on someone


def dashboard_context(web: Web, story: Story) -> DashboardContext:
    members = [m.name for m in story.members]
    heads = web.store.event_heads(story.id)
    found = web.store.candidates(story.id)
    candidates = status_out(story, web.store.tally(story.id, states=members), heads, found)
    recent = web.store.timeline(story.id, order="newest", limit=RECENT)
    rejected = {c.name for c in found if c.state == "rejected"}    # out of the tally, so out of its chart
    return DashboardContext(
        story=story, candidates=candidates,
        chart=backing_chart([h for h in heads if h.subject not in rejected], set(members), story.consensus_required,
                            [c.name for c in candidates]),
        recent=[event_row(e, story) for e in recent.events], events=len(heads),
        states=len({h.actor for h in heads if h.type in ("endorsement", "opposition") and h.actor in members}))


@dataclass(frozen=True)
class TimelineContext:
    story: Story
    query: TimelineQuery
    page: TimelinePage
    rows: list[EventRow]
    candidates: list[str]         # choices of the candidate filter
    states: list[str]
    types: tuple[str, ...] = EVENT_TYPES
    statuses: tuple[str, ...] = STATUSES

    @property
    def next_offset(self) -> int | None:
        following = self.page.offset + self.page.limit
        return following if following < self.page.total else None

    @property
    def previous_offset(self) -> int | None:
        return max(self.page.offset - self.page.limit, 0) if self.page.offset else None


def timeline_context(web: Web, story: Story, query: TimelineQuery) -> TimelineContext:
    page = query.page(web.store, story.id, "newest")
    heads = web.store.event_heads(story.id)
    candidates = list(dict.fromkeys([*(c.name for c in story.candidates), *(h.subject for h in heads)]))
    actors = {h.actor for h in heads if h.actor}
    states = [m.name for m in story.members] + sorted(actors - {m.name for m in story.members})
    return TimelineContext(story=story, query=query, page=page, rows=[event_row(e, story) for e in page.events],
                           candidates=candidates, states=states)


@dataclass(frozen=True)
class Explained:
    evidence: EvidenceView
    parts: list[tuple[str, bool]]
    marked: bool                  # the extractor found the event in the sentence alone
    link: str | None


@dataclass(frozen=True)
class EventContext:
    story: Story
    row: EventRow
    evidence: list[Explained]


def explain_evidence(event: EventView, evidence: EvidenceView, story: Story) -> list[tuple[str, bool]] | None:
    """The sentence cut into matched and plain runs, as `extract --explain` marks them: the
    extractor reads the stored sentence again under its article's title (articles' full text is
    not stored). None when that does not give the event (it needed an earlier sentence, a
    pronoun's antecedent for instance)."""
    sentence = evidence.sentence
    for found in extract_events(evidence.article_title, sentence, evidence.article_published, story):
        if (found.type, found.subject) != (event.type, event.subject):
            continue
        if event.actor and found.actor != event.actor:
            continue
        start = sentence.find(found.evidence)
        if start < 0:
            continue
        return marked_parts(sentence, [(start + a, start + b) for a, b in found.marks])
    return None


def event_context(web: Web, story: Story, event_id: int) -> EventContext:
    try:
        event = web.store.event(event_id)
    except StorageError:
        event = None
    if event is None or event.story_id != story.id:
        raise HTTPException(404, f"no event {event_id} in {story.id}")
    explained = []
    for index, evidence in enumerate(event.evidence):
        parts = explain_evidence(event, evidence, story) if index < MAX_EXPLAINED else None
        explained.append(Explained(evidence=evidence, parts=parts or [(evidence.sentence, False)],
                                   marked=parts is not None, link=web_link(evidence.article_url)))
    return EventContext(story=story, row=event_row(event, story), evidence=explained)


@dataclass(frozen=True)
class AlertsContext:
    state: str | None
    alerts: list[tuple[AlertView, str]]   # with its headline
    states: tuple[str, ...] = ALERT_STATES


def alerts_context(web: Web, state: str | None) -> AlertsContext:
    if state is not None and state not in ALERT_STATES:
        raise HTTPException(400, f"state: expected one of {', '.join(ALERT_STATES)}")
    default = next(iter(web.stories.values()))
    rows = []
    for alert in reversed(web.store.alerts(state)):   # newest first
        story = web.stories.get(alert.event.story_id, default) if alert.event else default
        rows.append((alert, alert_headline(alert, story)))
    return AlertsContext(state=state, alerts=rows)


@dataclass(frozen=True)
class FeedsContext:
    feeds: list[FeedSummary]


@dataclass(frozen=True)
class IndexContext:
    stories: list[tuple[Story, StorySummary | None]]


def index_context(web: Web) -> IndexContext:
    known = {summary.story_id: summary for summary in web.store.stories()}
    return IndexContext(stories=[(story, known.get(story.id)) for story in web.stories.values()])


@router.get("/")
def index(request: Request):
    web = web_of(request)
    if len(web.stories) == 1:
        return RedirectResponse(request.url_for("dashboard", story_id=next(iter(web.stories))), status_code=302)
    return web.render(request, "index.html", index_context(web))


@router.get("/stories/{story_id}/", name="dashboard")
def dashboard(request: Request, story_id: str):
    web = web_of(request)
    return web.render(request, "dashboard.html", dashboard_context(web, web.story(story_id)))


@router.get("/stories/{story_id}/events", name="timeline")
def timeline(request: Request, story_id: str):
    web = web_of(request)
    story = web.story(story_id)
    return web.render(request, "timeline.html", timeline_context(web, story, TimelineQuery.from_params(request.query_params)))


@router.get("/stories/{story_id}/events/{event_id:int}", name="event")
def event_page(request: Request, story_id: str, event_id: int):
    web = web_of(request)
    return web.render(request, "event.html", event_context(web, web.story(story_id), event_id))


@router.get("/alerts", name="alerts")
def alerts_page(request: Request, state: str | None = None):
    web = web_of(request)
    return web.render(request, "alerts.html", alerts_context(web, state or None))


@router.get("/feeds", name="feeds")
def feeds_page(request: Request):
    web = web_of(request)
    return web.render(request, "feeds.html", FeedsContext(feeds=web.store.feeds()))
