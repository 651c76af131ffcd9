"""Candidates found in articles whom the story file does not list, and the operator's decision.

Rows are written in the ingest transaction of the article that first states them (proposed);
`natowatch candidates --accept/--reject` decides. A rejected candidate's events are still
stored (a later accept brings them back) but queue no alert and stay out of the tally; the
alerts about them still pending when they are rejected are given up.
"""
from __future__ import annotations

import datetime as dt
from typing import Sequence

from sqlalchemy import Select, select, update
from sqlalchemy.orm import Session

from natowatch.storage.errors import StorageError
from natowatch.storage.models import AlertRow, ArticleRow, CandidateRow, EventRow
from natowatch.storage.alertrows import alert_key, queue_alert
from natowatch.storage.records import CANDIDATE_STATES, CandidateView, FoundCandidate, RouteRule
from natowatch.storage.sql import insert_new_rows


# The event that best tells a new candidate is in the race (an alert's cause), in order.
_STATING = ("candidacy", "withdrawal", "appointment", "takes_office")


def record_found(session: Session, story_id: str, found: Sequence[FoundCandidate], article_id: int,
                 now: dt.datetime) -> set[str]:
    """Record each candidate not known yet as proposed, first seen in `article_id`; returns the names
    recorded here. One already known (whatever its state) keeps its row: a rejected name stays rejected."""
    rows = [dict(story_id=story_id, name=c.name, aliases=list(c.aliases), pronoun=c.pronoun, state="proposed",
                 first_article_id=article_id, created_at=now)
            for c in sorted({c.name: c for c in found}.values(), key=lambda c: c.name)]
    return {row.name for row in insert_new_rows(session, CandidateRow.__table__, rows, returning=("name",))}


def queue_new_candidates(session: Session, story_id: str, names: set[str], rows: Sequence[EventRow],
                         routes: Sequence[RouteRule], now: dt.datetime) -> int:
    """A 'new_candidate' alert per candidate recorded in this transaction, for each route that takes
    the kind (and has no min_sources above 1: a new name is news at once or not at all), caused
    by the event of this article that states them in the race."""
    queued = 0
    for name in sorted(names):
        told = sorted((r for r in rows if r.subject == name and r.retracted_at is None),
                      key=lambda r: (_STATING.index(r.type) if r.type in _STATING else len(_STATING), r.id))
        if not told:
            continue
        cause = told[0]
        queued += sum(queue_alert(session, route, alert_key("candidate", story_id, name), "new_candidate", cause.id,
                                  now, {"subject": name, "event": cause.type})
                      for route in routes if route.min_sources == 1 and route.matches("new_candidate", cause.status)
                      and (route.background or not cause.background))
    return queued


def rejected_names(story_id: str) -> Select:
    """The names rejected in a story, as a subquery for `EventRow.subject.not_in(...)`."""
    return select(CandidateRow.name).where(CandidateRow.story_id == story_id, CandidateRow.state == "rejected")


def candidates(session: Session, story_id: str | None = None, state: str | None = None) -> list[CandidateView]:
    """Found candidates, per story in the order they were found."""
    query = (select(CandidateRow, ArticleRow.title, ArticleRow.url, ArticleRow.published)
             .join(ArticleRow, ArticleRow.id == CandidateRow.first_article_id)
             .order_by(CandidateRow.story_id, CandidateRow.id))
    if story_id is not None:
        query = query.where(CandidateRow.story_id == story_id)
    if state is not None:
        query = query.where(CandidateRow.state == state)
    return [CandidateView(story_id=row.story_id, name=row.name, aliases=tuple(row.aliases or ()), pronoun=row.pronoun,
                          state=row.state, first_article_id=row.first_article_id, first_article_title=title,
                          first_article_url=url, first_article_published=published, created_at=row.created_at,
                          decided_at=row.decided_at)
            for row, title, url, published in session.execute(query)]


def decide(session: Session, story_id: str, name: str, state: str, now: dt.datetime) -> CandidateView:
    """Set a found candidate's state; `name` is its name as written, else its name or an alias in any case."""
    if state not in CANDIDATE_STATES:
        raise StorageError(f"candidate state {state!r} is not one of {', '.join(CANDIDATE_STATES)}")
    found = candidates(session, story_id)
    matches = [c for c in found if c.name == name] or [c for c in found if c.answers_to(name)]
    if not matches:
        known = ", ".join(c.name for c in found) or "none yet"
        raise StorageError(f"story {story_id}: no candidate found in articles is named {name!r} (found: {known})")
    if len(matches) > 1:
        raise StorageError(f"story {story_id}: {name!r} could be any of: {', '.join(c.name for c in matches)}; "
                           "give the full name")
    name = matches[0].name
    session.execute(update(CandidateRow).where(CandidateRow.story_id == story_id, CandidateRow.name == name,
                                               CandidateRow.state != state).values(state=state, decided_at=now))
    if state == "rejected":
        # "never alerts": what is still waiting in the outbox about them is given up (a dead alert
        # stays listed, and `alerts retry` can still send it on purpose)
        events = select(EventRow.id).where(EventRow.story_id == story_id, EventRow.subject == name)
        session.execute(update(AlertRow).where(AlertRow.state == "pending", AlertRow.event_id.in_(events))
                        .values(state="dead", last_error=f"not sent: {name} was rejected as a candidate",
                                updated_at=now))
    [view] = [c for c in candidates(session, story_id) if c.name == name]
    return view
