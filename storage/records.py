"""What goes in and comes out of storage.Store: frozen dataclasses, no database types."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Mapping

if TYPE_CHECKING:
    from natowatch.extract.model import Event

# What an outbox row announces: one event, or a story-level moment derived from the events.
# A route asks for the story-level kinds by listing them among its types.
# 'new_candidate': a candidate the story file does not list, found in an article for the first time.
STORY_ALERT_KINDS = ("stance_change", "consensus", "new_candidate")
# 'update': a stronger later report changed an event a route already had (routes with updates);
# 'correction': an event a route received was retracted, restored, or reported again after that.
ALERT_KINDS = ("event", *STORY_ALERT_KINDS, "update", "correction")
# A candidate found in articles (not in the story file): proposed until the operator decides.
CANDIDATE_STATES = ("proposed", "accepted", "rejected")
# What can happen to an event after it became news (its history, natowatch.storage.models.EventChangeRow).
CHANGE_KINDS = ("upgrade", "ended", "retracted", "restored", "reinstated")
# How strongly an event is told: a later report that is stronger upgrades it.
STATUS_RANK = {"tentative": 0, "reported": 1, "confirmed": 2}
# What an extractor's event may say instead of a status: the stance it names has ended.
ENDED = "ended"
DEFAULT_BACKGROUND_DAYS = 14


@dataclass(frozen=True)
class ArticleRecord:
    """An article to ingest. `source` is 'seed', 'file' or 'feed'; `text_source` is where the
    text came from: 'file', 'page' (fetched and extracted) or 'feed' (the entry's summary)."""

    url: str
    title: str
    text: str
    published: dt.date | None
    outlet: str
    language: str
    source: str
    feed_name: str | None = None
    text_source: str = "file"
    relevant: bool = True
    skip_reason: str | None = None   # why it is not about the story (relevant=False)


@dataclass(frozen=True)
class RouteRule:
    """Send events of these types (and, when given, only these statuses and stories) to route
    `name`, once `min_sources` distinct articles report them. `types` may also name the story-level
    kinds ('stance_change', 'consensus', 'new_candidate'); `statuses` then apply to the event that
    caused them."""

    name: str
    types: frozenset[str]
    statuses: frozenset[str] | None = None
    min_sources: int = 1
    # Also alert when a stronger later report changes an event this route already had.
    updates: bool = False
    # Also alert on background: events first reported long after they happened.
    background: bool = False
    # The story ids whose alerts the route takes; None: every story's.
    stories: frozenset[str] | None = None
    # The route's own background threshold in days (None: the story's, timeline.background_days).
    background_days: int | None = None

    def matches(self, event_type: str, status: str) -> bool:
        return event_type in self.types and (self.statuses is None or status in self.statuses)

    def takes_news(self, happened: dt.date | None, reported: dt.date | None, background: bool) -> bool:
        """Whether the route takes an event that happened on `happened` and was first reported on
        `reported`, `background` by the story's threshold: news always; background only with
        `background`; the route's own `background_days`, when set, decides instead of the story's."""
        if self.background:
            return True
        if self.background_days is None:
            return not background
        return not (happened and reported and (reported - happened).days > self.background_days)

    def takes(self, story_id: str) -> bool:
        return self.stories is None or story_id in self.stories


@dataclass(frozen=True)
class StoryFacts:
    """What ingest must know of the story to derive story-level alerts: the member states
    (only they count as allies) and how many must back a candidate for consensus."""

    members: frozenset[str]
    consensus_required: int
    # An event dated more than this many days before the article that first reports it is
    # background: kept in the timeline at its own date, alerted only to routes that ask for it.
    background_days: int = DEFAULT_BACKGROUND_DAYS
    # Security Council rule: the states whose votes count (default: the members), and those any
    # one of which blocks by opposing (the permanent members); no "last holdout" moment then.
    voters: frozenset[str] | None = None
    vetoes: frozenset[str] = frozenset()


@dataclass(frozen=True)
class EvidenceView:
    """One sentence an event was read from, with the article it came from."""

    sentence: str
    span: tuple[int, int]
    status: str
    date: dt.date | None
    rule: str
    confidence: float
    article_id: int
    article_title: str
    article_outlet: str
    article_url: str
    article_published: dt.date | None
    created_at: dt.datetime
    date_precision: str | None = None      # of `date`: 'day', 'month' or 'year'


@dataclass(frozen=True)
class ChangeView:
    """One entry of an event's history (see natowatch.storage.records.CHANGE_KINDS)."""

    kind: str
    status_before: str | None
    status_after: str | None
    date_before: dt.date | None
    date_after: dt.date | None
    why: str | None
    article_id: int | None
    created_at: dt.datetime
    precision_before: str | None = None    # of date_before / date_after: 'day', 'month' or 'year'
    precision_after: str | None = None


@dataclass(frozen=True)
class EventFields:
    """What every stored event read back has (the fields EventView and EventHead share, in
    this order: both are also built from a row by position)."""

    id: int
    story_id: str
    type: str
    subject: str
    actor: str | None
    status: str
    date: dt.date | None   # when it happened, when known


@dataclass(frozen=True)
class EventView(EventFields):
    """A stored event. `evidence` is oldest first (evidence[0] made it news);
    `sources` is the number of distinct articles that report it."""

    confidence: float
    created_at: dt.datetime
    evidence: tuple[EvidenceView, ...]
    sources: int
    reported: dt.date | None = None        # when the news first told it (`date`: when it happened)
    background: bool = False               # happened well before it was first reported
    ended_on: dt.date | None = None        # a stance that ended then
    retracted_at: dt.datetime | None = None
    retracted_why: str | None = None
    history: tuple[ChangeView, ...] = ()   # oldest first; filled by Store.event(id)
    date_precision: str | None = None      # of `date`: 'day', 'month' ("in June") or 'year'
    ended_precision: str | None = None     # of `ended_on`

    @property
    def first_evidence(self) -> EvidenceView:
        return self.evidence[0]

    @property
    def when(self) -> dt.date | None:
        """When it happened as far as is known: its date, else when it was first reported."""
        return self.date or self.reported


@dataclass(frozen=True)
class AlertView:
    """An outbox row and the event it announces. For a story-level alert (`kind`
    'stance_change' or 'consensus') `event` is the event that caused it and `detail` holds
    what the message needs (see storage/events.py). `delivered_urls` are hashes of the URLs
    that already accepted it (natowatch.storage.outbox.url_hash), so a retry skips them."""

    id: int
    route: str
    key: str
    kind: str
    state: str
    attempts: int
    last_error: str | None
    next_attempt_at: dt.datetime
    claimed_at: dt.datetime | None
    sent_at: dt.datetime | None
    created_at: dt.datetime
    updated_at: dt.datetime
    event: EventView | None
    detail: Mapping[str, Any] = field(default_factory=dict)
    delivered_urls: tuple[str, ...] = ()
    story_id: str = ""
    failure: str | None = None   # 'unreachable' or 'rejected': how the last delivery failed
    revivals: int = 0            # times an outage's end made it due again after it died


@dataclass(frozen=True)
class Stance:
    """Where the states stand on one candidate: sorted state names. `backing` and `opposing`
    hold confirmed and reported stances; tentative ones are listed apart."""

    candidate: str
    backing: tuple[str, ...]
    opposing: tuple[str, ...]
    # Stances only reported as tentative ("ready to support"): marked apart, never counted.
    tentative_backing: tuple[str, ...] = ()
    tentative_opposing: tuple[str, ...] = ()


@dataclass(frozen=True)
class IngestResult:
    article_id: int
    article_created: bool
    new_events: tuple[EventView, ...]
    corroborated_events: tuple[EventView, ...]  # already known, new evidence from this article
    alerts_queued: int                          # every kind: event and story-level alerts
    # What this article changed in known events, one kind per event changed (CHANGE_KINDS:
    # 'upgrade' stronger or dated, 'ended', 'reinstated').
    changes: tuple[str, ...] = ()
    feed_item_created: bool = False             # ingest(feed_item=...) recorded the item (no one else had)


@dataclass(frozen=True)
class FoundCandidate:
    """A person an article states to be in the race whom the story file does not list."""

    name: str
    aliases: tuple[str, ...] = ()
    pronoun: str | None = None      # "he", "she", or None when the article gave none


@dataclass(frozen=True)
class CandidateView:
    """A found candidate as stored (Store.candidates): `state` is one of CANDIDATE_STATES."""

    story_id: str
    name: str
    aliases: tuple[str, ...]
    pronoun: str | None
    state: str
    first_article_id: int
    first_article_title: str
    first_article_url: str
    first_article_published: dt.date | None
    created_at: dt.datetime
    decided_at: dt.datetime | None

    def answers_to(self, name: str) -> bool:
        """Is `name` (as an operator types it: any case, spaces) this candidate's name or an alias?"""
        wanted = " ".join(name.split()).casefold()
        return wanted in {self.name.casefold(), *(a.casefold() for a in self.aliases)}


@dataclass(frozen=True)
class StoryEvents:
    """One story's events in an article (Store.ingest_stories), the story's facts, and the
    candidates the article states whom the story file does not list (recorded as proposed)."""

    story_id: str
    events: tuple[Event, ...]
    facts: StoryFacts | None = None
    found: tuple[FoundCandidate, ...] = ()


@dataclass(frozen=True)
class FeedState:
    """Per-feed polling state: conditional-GET validators, failures and the next poll time."""

    name: str
    url: str
    etag: str | None = None
    modified: str | None = None
    last_status: int | None = None
    consecutive_failures: int = 0
    next_poll_at: dt.datetime | None = None
    last_polled_at: dt.datetime | None = None
    last_error: str | None = None


@dataclass(frozen=True)
class EventHead(EventFields):
    """An event without its evidence, for summaries and charts. `taken` is when it happened
    as far as natowatch knows: its own date, else the publication date of the article that
    first reported it (None when neither is known)."""

    taken: dt.date | None
    created_at: dt.datetime
    date_precision: str | None = None      # of `date`


@dataclass(frozen=True)
class TimelinePage:
    """One page of a story's events that match a filter; `total` counts every match."""

    events: tuple[EventView, ...]
    total: int
    offset: int
    limit: int


@dataclass(frozen=True)
class StorySummary:
    """A story as the database knows it: how many events, and when the last became news."""

    story_id: str
    events: int
    last_event_at: dt.datetime | None


@dataclass(frozen=True)
class FeedSummary:
    """A feed's polling state with the number of items recorded and of articles stored from them."""

    state: FeedState
    items: int
    articles: int


@dataclass(frozen=True)
class ArticleView:
    """A stored article as `natowatch articles` lists it (its text is not kept, only its hash)."""

    id: int
    url: str
    title: str
    outlet: str
    published: dt.date | None
    source: str
    feed_name: str | None
    text_source: str
    relevant: bool
    skip_reason: str | None
    created_at: dt.datetime
    events: int          # events this article gave evidence for


@dataclass(frozen=True)
class FeedCounts:
    """What a feed brought: items recorded, articles stored from them, of those skipped."""

    items: int = 0
    articles: int = 0
    skipped: int = 0
