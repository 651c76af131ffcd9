"""The data extract/ produces: plain, frozen dataclasses with no I/O."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

EVENT_TYPES = ("candidacy", "endorsement", "opposition", "withdrawal", "appointment", "takes_office")
# Only these compare the actor: every other type is the same event whoever the actor is.
ACTOR_TYPES = frozenset({"endorsement", "opposition"})
STATUSES = ("confirmed", "reported", "tentative")
# A stance's status when the article says it ended ("dropped its objections"): its date is when it ended.
ENDED = "ended"


@dataclass(frozen=True)
class Event:
    """One event read from one article.

    `span` is the evidence sentence's (start, end) in the article text the
    extractor was given; `marks` are (start, end) spans *within the evidence*
    of the parts the rule matched (trigger, subject, actor), for --explain.
    """

    type: str
    subject: str
    actor: str | None
    status: str
    date: dt.date | None
    evidence: str
    span: tuple[int, int]
    confidence: float
    rule: str
    marks: tuple[tuple[int, int], ...] = field(default=())
    # the frame, for --explain: (role, text) of each filled role, and the scope checks of its predicate
    roles: tuple[tuple[str, str], ...] = field(default=(), compare=False)
    scope: str = field(default="", compare=False)

    @property
    def key(self) -> tuple[str, str, str | None]:
        """The identity of the event across sentences and articles."""
        return (self.type, self.subject, self.actor if self.type in ACTOR_TYPES else None)
