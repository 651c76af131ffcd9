"""storage/: the schema and every query. Use `Store.open(url)` and the records below."""
from natowatch.storage.errors import SchemaError, StorageError
from natowatch.storage.records import (AlertView, ArticleRecord, CandidateView, ChangeView, EventHead, EventView, EvidenceView,
                             FeedState, FeedSummary, FoundCandidate, IngestResult, RouteRule, Stance, StoryEvents,
                             StoryFacts, StorySummary, TimelinePage)
from natowatch.storage.store import Store

__all__ = [
    "AlertView", "ArticleRecord", "CandidateView", "ChangeView", "EventHead", "EventView", "EvidenceView", "FeedState",
    "FeedSummary", "FoundCandidate", "IngestResult", "RouteRule", "SchemaError", "Stance", "Store", "StorageError",
    "StoryEvents", "StoryFacts", "StorySummary", "TimelinePage",
]
