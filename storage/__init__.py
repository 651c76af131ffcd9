"""storage/: the schema and every query. Use `Store.open(url)` and the records below."""
from natowatch.storage.errors import SchemaError, StorageError
from natowatch.storage.records import (AlertView, ArticleRecord, CandidateView, ChangeView, EventHead, EventView, EvidenceView,
                             FeedState, FeedSummary, FoundCandidate, IngestResult, RouteRule, Stance, StoryEvents,
                             StoryFacts, StorySummary, TimelinePage)


def __getattr__(name: str):
    # Store (SQLAlchemy, ~30 MB) on first use: a poll's worker processes need only the records.
    if name == "Store":
        from natowatch.storage.store import Store

        return Store
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = [
    "AlertView", "ArticleRecord", "CandidateView", "ChangeView", "EventHead", "EventView", "EvidenceView", "FeedState",
    "FeedSummary", "FoundCandidate", "IngestResult", "RouteRule", "SchemaError", "Stance", "Store", "StorageError",
    "StoryEvents", "StoryFacts", "StorySummary", "TimelinePage",
]
