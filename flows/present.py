"""One output shape per record, shared by the CLI's --json, the web API, the Atom feed and the pages.

Plain dicts of JSON types, built from storage's frozen records and the story: no I/O, no
database, no HTML (the templates escape). `natowatch events --json` and
`GET /api/stories/<id>/events` print exactly `event_json` of the same events; the pages and the
Atom feed show an event as its `EventRow` (headline, when, articles).
"""
from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any, Iterable, Mapping, Sequence

from natowatch.extract.model import ACTOR_TYPES, date_iso, date_text, precision
from natowatch.extract.story import Story
from natowatch.flows.alerts.messages import headline
from natowatch.storage.records import AlertView, CandidateView, EventHead, EventView, Stance

# The outcome an event gives its subject; later outcomes override earlier ones in this order.
OUTCOMES = {"withdrawal": "withdrew", "appointment": "appointed", "takes_office": "took office"}
# Every status a candidate can have on the dashboard: listed in the story file and no outcome yet
# is running; seen in the news but not listed is discovered.
CANDIDATE_STATUSES = ("running", "discovered", *OUTCOMES.values())
DECIDED = ("appointed", "took office")
# Event ids in Atom are derived from this namespace and the event's identity (not its row id),
# so the same event keeps its id in another database.
_EVENT_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "natowatch:event")


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def web_link(url: str) -> str | None:
    """The URL when a browser may follow it (http/https), else None: a stored URL comes from
    strangers, and `javascript:` or `data:` must never become a link; seeds are 'seed:<name>'."""
    return url if url.lower().startswith(("http://", "https://")) else None


def event_json(event: EventView) -> dict[str, Any]:
    """An event as `natowatch events --json` prints it (one line each), first evidence first."""
    evidence = event.first_evidence
    return {
        "id": event.id, "story": event.story_id, "type": event.type, "subject": event.subject,
        "actor": event.actor, "status": event.status, "date": date_iso(event.date, event.date_precision),
        "date_precision": precision(event.date, event.date_precision), "confidence": event.confidence,
        "sources": event.sources, "evidence": evidence.sentence, "outlet": evidence.article_outlet,
        "url": evidence.article_url, "published": _iso(evidence.article_published), "reported": _iso(event.reported),
        "background": event.background, "ended_on": date_iso(event.ended_on, event.ended_precision),
        "retracted": event.retracted_at is not None, "retracted_why": event.retracted_why,
    }


def evidence_json(event: EventView) -> list[dict[str, Any]]:
    """Every source's evidence of an event, oldest first (the API's event detail)."""
    return [{"sentence": e.sentence, "status": e.status, "date": date_iso(e.date, e.date_precision),
             "date_precision": precision(e.date, e.date_precision), "rule": e.rule,
             "confidence": e.confidence, "article": {"title": e.article_title, "outlet": e.article_outlet,
                                                     "url": e.article_url, "published": _iso(e.article_published)}}
            for e in event.evidence]


def articles(event: EventView) -> list[tuple[str, str, str | None]]:
    """The distinct articles reporting an event, oldest evidence first: (outlet, title, web link)."""
    seen: dict[int, tuple[str, str, str | None]] = {}
    for e in event.evidence:
        seen.setdefault(e.article_id, (e.article_outlet, e.article_title, web_link(e.article_url)))
    return list(seen.values())


@dataclass(frozen=True)
class EventRow:
    """An event as a person reads it: a timeline line of the pages, an entry of the Atom feed."""

    event: EventView
    headline: str
    when: dt.date | None          # its date, else its first article's publication
    dated: bool                   # False: `when` is the publication date
    when_text: str | None         # `when` for people, to its precision: 2024-06-18, June 2024, 2024
    articles: list[tuple[str, str, str | None]]


def event_row(event: EventView, story: Story) -> EventRow:
    first = event.first_evidence
    when = event.date or event.reported or first.article_published
    return EventRow(event=event, headline=headline(event, post=story.post.name),
                    when=when, dated=event.date is not None,
                    when_text=date_text(event.date, event.date_precision) if event.date else date_text(when),
                    articles=articles(event))


def event_uuid(event: EventView) -> str:
    """A stable id for feeds: the event's identity as stored (story, type, subject, and the
    actor where it is part of the identity), the same in every database."""
    actor = (event.actor or "") if event.type in ACTOR_TYPES else ""
    return f"urn:uuid:{uuid.uuid5(_EVENT_NAMESPACE, '|'.join((event.story_id, event.type, event.subject, actor)))}"


def alert_json(alert: AlertView, headline: str) -> dict[str, Any]:
    """An outbox row as `natowatch alerts --json` prints it; `headline` is natowatch.flows.alerts.messages.alert_headline."""
    return {
        "id": alert.id, "story": alert.story_id, "route": alert.route, "kind": alert.kind, "state": alert.state,
        "attempts": alert.attempts,
        "headline": headline, "event_id": alert.event.id if alert.event else None,
        "last_error": alert.last_error, "next_attempt_at": _iso(alert.next_attempt_at),
        "sent_at": _iso(alert.sent_at), "failure": alert.failure, "revivals": alert.revivals,
    }


def alert_state_text(alert: AlertView) -> str:
    """'dead (unreachable)', 'pending (revived 1x)': the state, and why an alert failed or came back."""
    notes = [alert.failure] if alert.failure and alert.state != "sent" else []
    notes += [f"revived {alert.revivals}x"] if alert.revivals else []
    return alert.state + (f" ({', '.join(notes)})" if notes else "")


@dataclass(frozen=True)
class CandidateOut:
    """One candidate's line of the status: where the member states stand and what is missing."""

    name: str
    status: str
    backing: tuple[str, ...]
    opposing: tuple[str, ...]
    missing: tuple[str, ...]       # members not backing (yet)
    members: int
    required: int
    # Only reported as tentative ("ready to support"): shown apart, never counted.
    tentative_backing: tuple[str, ...] = ()
    tentative_opposing: tuple[str, ...] = ()
    # Found in articles, not in the story file: 'proposed' or 'accepted' (None: listed).
    found: str | None = None

    @property
    def decided(self) -> bool:
        """Appointed or in office: the race for the post is over, no one is missing any more."""
        return self.status in DECIDED

    @property
    def still_needed(self) -> int:
        return 0 if self.decided else max(self.required - len(self.backing), 0)

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "status": self.status, "decided": self.decided, "backing": list(self.backing),
                "opposing": list(self.opposing), "tentative_backing": list(self.tentative_backing),
                "tentative_opposing": list(self.tentative_opposing), "missing": list(self.missing),
                "backing_count": len(self.backing), "members": self.members, "required": self.required,
                "still_needed": self.still_needed, "found": self.found}


def candidate_statuses(story: Story, heads: Iterable[EventHead | EventView],
                       found: Sequence[CandidateView] = ()) -> dict[str, str]:
    """Per candidate, listed ones first: running, withdrew, appointed, took office (the
    strongest outcome reported wins: an appointment after a withdrawal is news, not noise),
    or discovered (in the news, not in the story file). Candidates the operator rejected
    (`found` in state rejected) are left out."""
    statuses = {c.name: "running" for c in story.candidates}
    rejected = {c.name for c in found if c.state == "rejected"}
    rank = list(OUTCOMES)
    best: dict[str, int] = {}
    for head in heads:
        if head.subject in rejected:
            continue
        statuses.setdefault(head.subject, "discovered")
        if head.type in OUTCOMES and rank.index(head.type) >= best.get(head.subject, -1):
            best[head.subject] = rank.index(head.type)
            statuses[head.subject] = OUTCOMES[head.type]
    return statuses


def status_out(story: Story, tally: Mapping[str, Stance], heads: Sequence[EventHead | EventView],
               found: Sequence[CandidateView] = ()) -> list[CandidateOut]:
    """Every candidate (tallied, listed or in the news, not rejected): the decided one first, then
    the front-runners. `found`: the story's candidates found in articles (Store.candidates)."""
    statuses = candidate_statuses(story, heads, found)
    decisions = {c.name: c.state for c in found}
    members = [m.name for m in story.members]
    names = list(dict.fromkeys([*tally, *statuses]))
    names.sort(key=lambda name: (statuses.get(name) not in DECIDED, -len(tally[name].backing) if name in tally else 0))
    out = []
    for name in names:
        stance = tally.get(name)
        backing, opposing = (stance.backing, stance.opposing) if stance else ((), ())
        out.append(CandidateOut(name=name, status=statuses.get(name, "running"), backing=backing, opposing=opposing,
                                missing=tuple(sorted(m for m in members if m not in backing)),
                                members=len(members), required=story.consensus_required,
                                tentative_backing=stance.tentative_backing if stance else (),
                                tentative_opposing=stance.tentative_opposing if stance else (),
                                found=decisions.get(name)))
    return out


def found_json(candidate: CandidateView) -> dict[str, Any]:
    """A candidate found in articles: its name, aliases, the operator's decision, where it was first seen."""
    return {"name": candidate.name, "aliases": list(candidate.aliases), "state": candidate.state,
            "first_article": {"title": candidate.first_article_title, "url": candidate.first_article_url,
                              "published": _iso(candidate.first_article_published)},
            "found_at": _iso(candidate.created_at), "decided_at": _iso(candidate.decided_at)}


def status_json(story: Story, candidates: Sequence[CandidateOut], *, as_of: dt.date | None = None,
                found: Sequence[CandidateView] = ()) -> dict[str, Any]:
    """The story's status as `natowatch status --json` prints it (as of a day when given), with
    every candidate found in articles under `found` (rejected ones too)."""
    return {"story": story.id, "title": story.title, "post": story.post.name, "as_of": _iso(as_of),
            "members": len(story.members), "required": story.consensus_required,
            "candidates": [c.to_json() for c in candidates], "found": [found_json(c) for c in found]}


def marked_parts(sentence: str, marks: Iterable[tuple[int, int]]) -> list[tuple[str, bool]]:
    """The sentence cut into (text, matched) runs from non-overlapping mark spans, the way
    `extract --explain` brackets them: templates wrap matched runs in <mark>, escaping both."""
    parts, pos = [], 0
    for start, end in sorted(marks):
        if start < pos or end > len(sentence):
            continue
        if start > pos:
            parts.append((sentence[pos:start], False))
        parts.append((sentence[start:end], True))
        pos = end
    if pos < len(sentence):
        parts.append((sentence[pos:], False))
    return parts
