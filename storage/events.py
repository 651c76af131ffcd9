"""Articles, events and evidence: ingest an article's events, list them, tally stances."""
from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from typing import Collection, Sequence

from sqlalchemy import distinct, func, select, text, tuple_
from sqlalchemy.orm import Session

from natowatch.extract.model import ACTOR_TYPES, Event, date_iso
from natowatch.storage.errors import StorageError
from natowatch.storage.models import ARTICLE_SOURCES, TEXT_SOURCES, ArticleRow, EventChangeRow, EventRow, EvidenceRow
from natowatch.storage.records import (DEFAULT_BACKGROUND_DAYS, STORY_ALERT_KINDS, ArticleRecord, EventView, FoundCandidate,
                             IngestResult, RouteRule, Stance, StoryFacts)
from natowatch.storage.alertrows import alert_key, queue_alert as _queue
from natowatch.storage.candidates import queue_new_candidates, record_found, rejected_names
from natowatch.storage.sql import insert_new, insert_new_rows
from natowatch.storage.timeline import (apply_report, counted, first_report, first_reported_ended, precision_of,
                                       takes_news)
from natowatch.storage.views import event_views, views_of

STANCE_TYPES = ("endorsement", "opposition")


def normalised_hash(text: str) -> str:
    """sha256 of the text with every run of whitespace made one space."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def content_hash(article: ArticleRecord) -> str:
    # The outlet is part of the identity: the same wire story carried by two outlets is two
    # sources (one evidence row each), while a copy within one outlet is the same article.
    # An article with no text (a feed entry without summary) is identified by its URL,
    # or every empty article would count as a copy of the first.
    body = article.text if article.text.strip() else f"url:{article.url}"
    return normalised_hash(f"{article.outlet or ''}\n{body}")


def actor_key(event: Event) -> str:
    """The actor as part of the event's identity: '' when the type does not compare it."""
    return (event.actor or "") if event.type in ACTOR_TYPES else ""


def _check(article: ArticleRecord) -> None:
    if article.source not in ARTICLE_SOURCES:
        raise StorageError(f"article {article.url}: source {article.source!r} is not one of {', '.join(ARTICLE_SOURCES)}")
    if article.text_source not in TEXT_SOURCES:
        raise StorageError(f"article {article.url}: text_source {article.text_source!r} is not one of "
                           f"{', '.join(TEXT_SOURCES)}")


def _article_id(session: Session, article: ArticleRecord) -> tuple[int, bool]:
    digest = content_hash(article)
    created = insert_new(session, ArticleRow.__table__, dict(
        url=article.url, content_hash=digest, title=article.title, outlet=article.outlet,
        published=article.published, language=article.language, source=article.source,
        feed_name=article.feed_name, text_source=article.text_source, relevant=article.relevant,
        skip_reason=None if article.relevant else article.skip_reason,
    ))
    if created is not None:
        return created, True
    # Same URL first; else the same text under another URL (a syndicated copy).
    existing = session.scalar(select(ArticleRow.id).where(ArticleRow.url == article.url))
    if existing is None:
        existing = session.scalar(select(ArticleRow.id).where(ArticleRow.content_hash == digest))
    return existing, False


def event_key(event: Event) -> tuple[str, str, str]:
    """The event's identity as stored: (type, subject, actor_key)."""
    return (event.type, event.subject, actor_key(event))


def ingest(session: Session, story_id: str, article: ArticleRecord, events: Sequence[Event],
           routes: Sequence[RouteRule], now: dt.datetime, facts: StoryFacts | None = None,
           found: Sequence[FoundCandidate] = (), *, evidence: bool = True) -> IngestResult:
    """Store one article and its events; queue the alerts they cause.

    Runs inside the caller's single transaction, so an alert exists exactly when the rows
    that caused it do. Per route: an event alert when the event's distinct sources reach the
    route's min_sources (1: when the event is new), a stance change alert when that event
    reverses an earlier stance of the same actor, and consensus moments when a stance
    reaching the route's min_sources changes a candidate's count (only with `facts`: the
    store does not know the members).

    A fixed number of statements whatever the number of events: one INSERT ... ON CONFLICT
    DO NOTHING for all events, one SELECT of their rows, one INSERT for all evidence, one
    count of sources. Events are inserted in key order so that concurrent transactions lock
    the same rows in the same order (no deadlocks).

    `found` (candidates the story file does not list) are recorded as proposed, each new one
    announced to the routes taking 'new_candidate'. The events of a candidate the operator
    rejected are stored but queue nothing (storage/candidates.py).
    """
    _check(article)
    derives = any(r.types & set(STORY_ALERT_KINDS) for r in routes)
    # Most routes alert on new events only: corroborating evidence then queues nothing.
    counts_sources = any(r.min_sources > 1 for r in routes)
    if counts_sources or (derives and any(e.type in STANCE_TYPES for e in events)):
        _serialise_story(session, story_id)
    article_id, article_created = _article_id(session, article)
    rejected = set(session.scalars(rejected_names(story_id))) if events else set()
    ordered = sorted(events, key=event_key)
    background_days = facts.background_days if facts is not None else DEFAULT_BACKGROUND_DAYS
    created = {row.id for row in insert_new_rows(session, EventRow.__table__, [dict(
        story_id=story_id, type=event.type, subject=event.subject, actor=event.actor,
        actor_key=actor_key(event), confidence=event.confidence, first_article_id=article_id,
        **first_report(event, article, background_days),
    ) for event in ordered])}
    rows = _event_rows(session, story_id, [event_key(e) for e in ordered])
    queued = queue_new_candidates(session, story_id, record_found(session, story_id, found, article_id, now),
                                  list(rows.values()), routes, now) if found else 0
    # Evidence rows this transaction added, per event (an article may give one event two sentences).
    added = Counter(row.event_id for row in insert_new_rows(session, EvidenceRow.__table__, [dict(
        event_id=rows[event_key(event)].id, article_id=article_id, sentence=event.evidence,
        sentence_hash=normalised_hash(event.evidence), span_start=event.span[0], span_end=event.span[1],
        status=event.status, date=event.date, date_precision=precision_of(event), rule=event.rule,
        confidence=event.confidence,
    ) for event in ordered], returning=("event_id",)))
    sources = _sources(session, list(added), article_id)
    # Per (min_sources, candidate): the last stance event whose sources reached min_sources in
    # this transaction; it caused any consensus moment of the routes with that min_sources.
    stance_moved: dict[tuple[int, str], EventRow] = {}
    told = {event_key(event): event for event in ordered}
    changes: list[str] = []
    for row in rows.values():
        if not added[row.id]:
            continue
        total, from_article = sources[row.id]
        if row.id not in created:
            # A known event told again: more strongly, with its date, as ended, or after a retraction.
            report = told[(row.type, row.subject, row.actor_key)]
            changed, moved, kind = apply_report(session, row, report, article_id, article, total,
                                                () if row.subject in rejected else routes, now,
                                                sentence_hash=normalised_hash(report.evidence))
            queued += changed
            changes += [kind] if kind else []
            if row.subject in rejected:
                continue
            if moved and row.type in STANCE_TYPES and (facts is None or row.actor in facts.members):
                for level in {r.min_sources for r in routes if r.min_sources <= total}:
                    stance_moved[(level, row.subject)] = row
        # Only when every evidence row of this article for the event is new did the count grow.
        if from_article != added[row.id] or not (row.id in created or counts_sources):
            continue
        if row.subject in rejected:
            continue  # not a candidate: stored, never news
        if row.id in created and row.ended_on is not None:
            queued += first_reported_ended(session, row, article_id, total, routes, now)
        if row.retracted_at is not None or row.ended_on is not None:
            continue  # no longer news: its history is told by updates and corrections
        queued += _queue_event_alerts(session, row, total, routes, now, facts)
        if row.type in STANCE_TYPES and (facts is None or row.actor in facts.members):
            stance_moved[(total, row.subject)] = row
    if facts is not None and derives:
        for (min_sources, subject), cause in stance_moved.items():
            level = [r for r in routes if r.min_sources == min_sources]
            if level:
                queued += _queue_consensus_moment(session, story_id, subject, cause, level, now, facts)
    new_rows = [row for row in rows.values() if row.id in created]
    corroborated_rows = [row for row in rows.values() if row.id not in created and added[row.id]]
    views = views_of(session, new_rows + corroborated_rows, {i: total for i, (total, _) in sources.items()},
                     article_id=article_id, with_evidence=evidence)
    return IngestResult(
        article_id=article_id, article_created=article_created,
        new_events=tuple(views[row.id] for row in sorted(new_rows, key=lambda r: r.id)),
        corroborated_events=tuple(views[row.id] for row in sorted(corroborated_rows, key=lambda r: r.id)),
        alerts_queued=queued, changes=tuple(changes),
    )


def _event_rows(session: Session, story_id: str, keys: Sequence[tuple[str, str, str]]) -> dict[tuple, EventRow]:
    """The stored rows of these event keys, in key order (one query)."""
    if not keys:
        return {}
    found = session.scalars(select(EventRow).where(
        EventRow.story_id == story_id,
        tuple_(EventRow.type, EventRow.subject, EventRow.actor_key).in_(sorted(set(keys))))).all()
    by_key = {(row.type, row.subject, row.actor_key): row for row in found}
    return {key: by_key[key] for key in sorted(by_key)}


def _serialise_story(session: Session, story_id: str) -> None:
    """PostgreSQL: one such transaction per story at a time, taken before any row lock.

    Stance changes and consensus are read from the other stances, and a route's min_sources
    from the other transactions' evidence: two transactions adding the last two endorsements
    (or an event's last two sources) side by side would each miss the other's, and the alert
    would never be queued. SQLite writers are serial already (BEGIN IMMEDIATE).
    """
    if session.get_bind().dialect.name == "postgresql":
        digest = hashlib.sha256(f"natowatch-stances:{story_id}".encode("utf-8")).digest()
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"),
                        {"key": int.from_bytes(digest[:8], "big", signed=True)})


def _sources(session: Session, event_ids: Sequence[int], article_id: int) -> dict[int, tuple[int, int]]:
    """Per event: (distinct articles reporting it, evidence rows from `article_id`), one query."""
    if not event_ids:
        return {}
    return {event_id: (total, from_article) for event_id, total, from_article in session.execute(
        select(EvidenceRow.event_id, func.count(distinct(EvidenceRow.article_id)),
               func.count().filter(EvidenceRow.article_id == article_id))
        .where(EvidenceRow.event_id.in_(event_ids)).group_by(EvidenceRow.event_id))}


def _queue_event_alerts(session: Session, row: EventRow, sources: int, routes: Sequence[RouteRule],
                        now: dt.datetime, facts: StoryFacts | None) -> int:
    """The alerts of an event whose distinct sources just became `sources`: for each route whose
    min_sources this reaches, the event itself and, for a reversed stance, the stance change."""
    queued = 0
    change: dict | None = None
    for route in routes:
        if sources != route.min_sources or not takes_news(route, row):
            continue
        if route.matches(row.type, row.status):
            queued += _queue(session, route, alert_key("event", row.id), "event", row.id, now)
        if row.type in STANCE_TYPES and route.matches("stance_change", row.status):
            if change is None:
                change = _stance_change(session, row, facts) or {}
            if change:
                queued += _queue(session, route, alert_key("stance", row.id), "stance_change", row.id, now,
                                 change)
    return queued


def _first_seen(session: Session, row: EventRow) -> dt.date | None:
    """When an event happened: its own date, else the publication date of the article it came from."""
    return row.date or session.scalar(select(ArticleRow.published).where(ArticleRow.id == row.first_article_id))


def _stance_change(session: Session, row: EventRow, facts: StoryFacts | None) -> dict | None:
    """The earlier opposite stance this event reverses, as alert detail; None if it reverses none.

    The opposite stance must have been first seen earlier and in another article (one article
    telling a state's history is not a change), and must not be dated after this one.
    """
    if facts is not None and row.actor not in facts.members:
        return None
    opposite = "opposition" if row.type == "endorsement" else "endorsement"
    before = session.scalar(select(EventRow).where(
        EventRow.story_id == row.story_id, EventRow.type == opposite, EventRow.subject == row.subject,
        EventRow.actor_key == row.actor_key, EventRow.id < row.id, EventRow.retracted_at.is_(None),
        EventRow.first_article_id != row.first_article_id))
    if before is None:
        return None
    then, now = _first_seen(session, before), _first_seen(session, row)
    if then is not None and now is not None and now < then:
        return None
    return {"subject": row.subject, "actor": row.actor, "stance": row.type, "before": before.type,
            "before_date": date_iso(before.date, before.date_precision) if before.date else date_iso(then)}


def _queue_consensus_moment(session: Session, story_id: str, subject: str, cause: EventRow,
                            routes: Sequence[RouteRule], now: dt.datetime, facts: StoryFacts) -> int:
    """After a stance on `subject` reached the min_sources `routes` share: consensus reached, or
    one ally left (when all must agree), counting only stances with that many sources."""
    [min_sources] = {route.min_sources for route in routes}
    voters = facts.voters or facts.members
    stance = tally(session, story_id, None, voters, min_sources=min_sources).get(subject)
    backing = set(stance.backing) if stance else set()
    counts = {"subject": subject, "backing": len(backing), "members": len(voters),
              "required": facts.consensus_required}
    missing = sorted(voters - backing)
    vetoed = facts.vetoes & set(stance.opposing if stance else ())
    if len(backing) >= facts.consensus_required and not vetoed:
        key, detail = alert_key("consensus", story_id, subject), {**counts, "moment": "reached"}
    elif len(missing) == 1 and not facts.vetoes:
        holdout = missing[0]
        key = alert_key("holdout", story_id, subject, holdout)
        detail = {**counts, "moment": "last_holdout", "holdout": holdout,
                  "holdout_opposes": holdout in (stance.opposing if stance else ())}
    else:
        return 0
    return sum(_queue(session, route, key, "consensus", cause.id, now, detail)
               for route in routes if route.matches("consensus", cause.status)
               and takes_news(route, cause))


def story_events(session: Session, story_id: str, *, include_retracted: bool = False,
                 as_of: dt.date | None = None) -> list[EventView]:
    """The story's events in first-seen order: without the retracted ones unless asked, and with
    `as_of`, only those that had happened by that day and not ended before it."""
    query = select(EventRow.id).where(EventRow.story_id == story_id).order_by(EventRow.id)
    if as_of is not None:
        query = counted(query, as_of)
    elif not include_retracted:
        query = query.where(EventRow.retracted_at.is_(None))
    ids = session.scalars(query).all()
    views = event_views(session, ids)
    return [views[i] for i in ids]


def tally(session: Session, story_id: str, as_of_event_id: int | None,
          states: Collection[str] | None, *, min_sources: int = 1, as_of: dt.date | None = None) -> dict[str, Stance]:
    """Per candidate, the actors backing and opposing: the latest stance of each actor wins.

    "Latest" is by when the stance was taken: the event's date, else the day it was first
    reported; when either is unknown or they are equal, the one seen last. So an article that
    reports an older stance late does not override a newer one. Retracted events never count;
    an ended stance counts until it ended; with `as_of` (a day), only what had happened by
    then. A tentative latest stance is listed apart (Stance.tentative_*) and not counted.
    Candidates are the subjects of candidacy, endorsement and opposition events, in order of
    first appearance. With `states` given, only those actors count (an organisation is not a
    state); with `min_sources`, only stances reported by that many distinct articles.
    """
    when = func.coalesce(EventRow.date, EventRow.reported)
    query = (select(EventRow.id, EventRow.type, EventRow.subject, EventRow.actor, EventRow.status, when,
                    EventRow.ended_on)
             .where(EventRow.story_id == story_id, EventRow.type.in_(("candidacy", *STANCE_TYPES)),
                    EventRow.retracted_at.is_(None), EventRow.subject.not_in(rejected_names(story_id)))
             .order_by(EventRow.id))
    if as_of_event_id is not None:
        query = query.where(EventRow.id <= as_of_event_id)
    # As of a day, an event upgraded later is taken as it stood then (its history).
    states_then = _upgrades(session, story_id) if as_of is not None else {}
    corroborated = _corroborated_stances(session, story_id, min_sources) if min_sources > 1 else None
    candidates: dict[str, None] = {}
    latest: dict[tuple[str, str], tuple[str, dt.date | None]] = {}
    for event_id, event_type, subject, actor, status, taken, ended_on in session.execute(query):
        if as_of is not None:
            then = [(s, d) for s, d in states_then.get(event_id, [(status, taken)]) if d is None or d <= as_of]
            if not then:
                continue  # it had not happened yet
            status, taken = then[-1]
        candidates.setdefault(subject)
        if event_type not in STANCE_TYPES or not actor or (states is not None and actor not in states):
            continue
        if ended_on is not None and (as_of is None or ended_on <= as_of):
            continue  # a stance that had ended by then: the candidate stays, the stance does not
        if corroborated is not None and event_id not in corroborated:
            continue
        held = latest.get((subject, actor))
        # Rows come in first-seen order: a later one wins unless both are dated and it is older.
        if held is None or held[1] is None or taken is None or taken >= held[1]:
            latest[(subject, actor)] = ("tentative " if status == "tentative" else "") + event_type, taken

    def actors(candidate: str, stance: str) -> tuple[str, ...]:
        return tuple(sorted(a for (s, a), (t, _) in latest.items() if s == candidate and t == stance))

    return {c: Stance(c, backing=actors(c, "endorsement"), opposing=actors(c, "opposition"),
                      tentative_backing=actors(c, "tentative endorsement"),
                      tentative_opposing=actors(c, "tentative opposition")) for c in candidates}


def _upgrades(session: Session, story_id: str) -> dict[int, list[tuple[str, dt.date | None]]]:
    """Per upgraded event of the story: each (status, day) it had, oldest first (one query)."""
    states: dict[int, list[tuple[str, dt.date | None]]] = {}
    for event_id, reported, status_before, date_before, status_after, date_after in session.execute(
            select(EventChangeRow.event_id, EventRow.reported, EventChangeRow.status_before,
                   EventChangeRow.date_before, EventChangeRow.status_after, EventChangeRow.date_after)
            .join(EventRow, EventRow.id == EventChangeRow.event_id)
            .where(EventRow.story_id == story_id, EventChangeRow.kind == "upgrade").order_by(EventChangeRow.id)):
        states.setdefault(event_id, [(status_before, date_before or reported)])
        states[event_id].append((status_after, date_after or reported))
    return states


def _corroborated_stances(session: Session, story_id: str, min_sources: int) -> set[int]:
    """The ids of the story's stance events reported by at least `min_sources` distinct articles."""
    return set(session.scalars(
        select(EvidenceRow.event_id)
        .join(EventRow, EventRow.id == EvidenceRow.event_id)
        .where(EventRow.story_id == story_id, EventRow.type.in_(STANCE_TYPES))
        .group_by(EvidenceRow.event_id)
        .having(func.count(distinct(EvidenceRow.article_id)) >= min_sources)))
