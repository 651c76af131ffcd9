"""storage/: the schema and every query. Use `Store.open(url)` and the records below."""
from storage.errors import SchemaError, StorageError
from storage.records import (AlertView, ArticleRecord, ChangeView, EventView, EvidenceView, FeedState, IngestResult,
                             RouteRule, Stance, StoryEvents, StoryFacts)
from storage.store import Store

__all__ = [
    "AlertView", "ArticleRecord", "ChangeView", "EventView", "EvidenceView", "FeedState", "IngestResult", "RouteRule",
    "SchemaError", "Stance", "Store", "StorageError", "StoryEvents", "StoryFacts",
]
