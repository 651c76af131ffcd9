"""Reading the stored articles back: the `natowatch articles` listing and per-feed counts."""
from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from natowatch.storage.models import ArticleRow, EvidenceRow, FeedItemRow, FeedRow
from natowatch.storage.records import ArticleView, FeedCounts


def articles(session: Session, *, relevant: bool | None = None, feed_name: str | None = None,
             limit: int | None = None) -> list[ArticleView]:
    """Newest first; with the number of events each gave evidence for."""
    events = (select(EvidenceRow.article_id, func.count(func.distinct(EvidenceRow.event_id)).label("n"))
              .group_by(EvidenceRow.article_id).subquery())
    query = (select(ArticleRow, func.coalesce(events.c.n, 0))
             .outerjoin(events, events.c.article_id == ArticleRow.id)
             .order_by(ArticleRow.id.desc()))
    if relevant is not None:
        query = query.where(ArticleRow.relevant == relevant)
    if feed_name is not None:
        query = query.where(ArticleRow.feed_name == feed_name)
    if limit is not None:
        query = query.limit(limit)
    return [ArticleView(id=row.id, url=row.url, title=row.title, outlet=row.outlet, published=row.published,
                        source=row.source, feed_name=row.feed_name, text_source=row.text_source,
                        relevant=row.relevant, skip_reason=row.skip_reason, created_at=row.created_at,
                        events=count)
            for row, count in session.execute(query)]


def feed_counts(session: Session) -> dict[str, FeedCounts]:
    """Per feed name: items recorded, articles stored from them, and of those the skipped ones."""
    rows = session.execute(
        select(FeedRow.name, func.count(FeedItemRow.id), func.count(ArticleRow.id),
               func.count(ArticleRow.id).filter(ArticleRow.relevant.is_(False)))
        .join(FeedItemRow, FeedItemRow.feed_id == FeedRow.id)
        .outerjoin(ArticleRow, ArticleRow.id == FeedItemRow.article_id)
        .group_by(FeedRow.name))
    return {name: FeedCounts(items, stored, skipped) for name, items, stored, skipped in rows}
