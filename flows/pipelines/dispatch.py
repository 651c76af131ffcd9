"""Send queued alerts: claim from the outbox, render, deliver per route, record the outcome.

Delivery is at least once: each URL that accepts an alert is recorded at once and skipped
on a retry, so a duplicate reaches a receiver only when the process dies after the receiver
accepted and before that record, or when one single send outlasts the lease. The claim is
renewed before each send, so a long batch keeps its alerts and a second dispatcher running
at the same time takes only alerts nobody holds.

Outages heal (storage/outbox.py): an alert that died because no receiver of its route
answered is revived when the route delivers again, and while the route has nothing else to
send one such alert is tried again every probe interval, so a receiver that is back is found
without waiting for new news; only within alerts.revive_hours, and a rejected message never.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Callable, Mapping

from natowatch.extract.story import Story
from natowatch.flows.alerts.messages import DeliveryError, deliver, render_alert
from natowatch.flows.settings import Settings, load_settings, redact
from natowatch.flows.files.stories import load_stories, not_configured, story_of_id
from natowatch.storage import AlertView, Store
from natowatch.storage.outbox import url_hash


# The longest wait between two tries of a route that is down (see probe_seconds).
MAX_PROBE_SECONDS = 3600.0


@dataclass(frozen=True)
class SentAlert:
    alert_id: int
    route: str
    headline: str
    target: str  # 'console' or 'N URL(s)'


@dataclass(frozen=True)
class FailedAlert:
    alert_id: int
    route: str
    error: str   # redacted
    state: str   # 'pending' (will be retried) or 'dead'


@dataclass(frozen=True)
class DispatchSummary:
    claimed: int = 0
    sent: tuple[SentAlert, ...] = field(default=())
    failed: tuple[FailedAlert, ...] = field(default=())
    lost: tuple[int, ...] = field(default=())  # claimed, but taken over by another dispatcher (not sent here)
    revived: int = 0                            # dead alerts made due again: their route delivers again


def _tally(store: Store, story: Story, alert: AlertView, members: list[str]):
    """The tally as of the alert's event (render_alert refuses an alert without one)."""
    return store.tally(story.id, alert.event.id, states=members) if alert.event else None


def _batches(alerts: list[AlertView], settings: Settings) -> list[list[AlertView]]:
    """One batch per alert; a digest route's claimed alerts make a single batch (one message)."""
    digests: dict[str, list[AlertView]] = {}
    batches: list[list[AlertView]] = []
    for alert in alerts:
        route = settings.alerts.route(alert.route)
        if route is not None and route.digest_minutes:
            if alert.route not in digests:
                digests[alert.route] = []
                batches.append(digests[alert.route])
            digests[alert.route].append(alert)
        else:
            batches.append([alert])
    return batches


def send_claimed(store: Store, alerts: list[AlertView], settings: Settings, story: Story,
                 console=None, log: logging.Logger | logging.LoggerAdapter | None = None,
                 stories: Mapping[str, Story] | None = None) -> DispatchSummary:
    """Deliver claimed alerts (a digest route's together) and mark them sent or failed (with backoff).

    Each alert is told in the words of its own story (`stories` by id, or a story file of that id
    beside them; `story` when no `stories` are given); an alert whose story is not configured fails.
    A URL that accepted an alert is recorded at once; a retry goes only to the URLs that did not.
    Before each send the claim on every alert not yet done is renewed; one that another
    dispatcher took over meanwhile (this one's lease ran out) is left to it.
    """
    log = log or logging.getLogger("natowatch.dispatch")
    sent, failed, lost, revived = [], [], [], 0
    held = {a.id for a in alerts}
    token = alerts[0].claimed_at if alerts else None

    def render_one(alert: AlertView):
        own = story if stories is None else story_of_id(settings, list(stories.values()), alert.story_id)
        if own is None:  # never told in another story's words: it waits (backoff) for its story to come back
            raise DeliveryError(f"{not_configured(alert.story_id)}: add its story file to send this alert")
        return render_alert(alert, own, _tally(store, own, alert, [m.name for m in own.members]))

    for batch in _batches(alerts, settings):
        now = store.clock()
        still = store.renew_claims(sorted(held), token, now)
        token = now
        lost += sorted(held - still)
        held = still
        batch = [a for a in batch if a.id in held]
        if not batch:
            continue
        route = settings.alerts.route(batch[0].route)
        ids = [a.id for a in batch]
        held -= set(ids)

        def needs(url: str, batch=batch) -> list[int]:
            mark = url_hash(url)
            return [i for i, alert in enumerate(batch) if mark not in alert.delivered_urls]

        def on_delivered(url: str, indexes, batch=batch) -> None:
            store.mark_delivered([batch[i].id for i in indexes], url)

        try:
            if route is None:
                raise DeliveryError(f"route {batch[0].route!r} is not in the settings any more")
            messages = [render_one(a) for a in batch]
            target = deliver(route.urls, messages, route=route.name, console=console, needs=needs,
                             on_delivered=on_delivered, proxy=settings.alert_proxy)
        except DeliveryError as exc:
            for after in store.mark_all_failed(ids, str(exc), max_attempts=settings.alerts.max_attempts,
                                               backoff_seconds=settings.alerts.backoff_seconds,
                                               unreachable=exc.unreachable, probe_seconds=probe_seconds(settings)):
                failed.append(FailedAlert(after.id, after.route, after.last_error or "", after.state))
            continue
        store.mark_all_sent(ids)
        sent.extend(SentAlert(a.id, a.route, m.headline, target) for a, m in zip(batch, messages))
        if settings.alerts.revive_hours:
            count = store.revive_dead(route.name, settings.alerts.revive_hours * 3600)
            if count:
                log.warning("route %s delivers again: %d alert(s) that died while it was unreachable are due again",
                            route.name, count)
            revived += count
    if lost:
        log.warning("alert(s) %s: claimed by another dispatcher after this one's lease ran out; left to it",
                    ", ".join(map(str, lost)))
    return DispatchSummary(claimed=len(alerts), sent=tuple(sent), failed=tuple(failed), lost=tuple(lost),
                           revived=revived)


def dispatch_pass(store: Store, settings: Settings, story: Story, limit: int = 100, console=None,
                  log: logging.Logger | logging.LoggerAdapter | None = None,
                  stories: Mapping[str, Story] | None = None) -> DispatchSummary:
    """One pass over the due alerts, without Prefect."""
    return send_claimed(store, claim(store, settings, limit), settings, story, console, log, stories)


def probe_seconds(settings: Settings) -> float:
    """How long after dying unreachable (or after a failed probe) an alert is tried again: where
    its backoff would have gone next, at most an hour."""
    return min(settings.alerts.backoff_seconds * 2 ** settings.alerts.max_attempts, MAX_PROBE_SECONDS)


def claim(store: Store, settings: Settings, limit: int) -> list[AlertView]:
    """Claim due alerts (and claims older than the lease); digest routes' alerts come once
    their oldest has waited the window. First, a quiet route's alert that died unreachable is
    made due when its probe time has come."""
    if settings.alerts.revive_hours:
        store.probe_dead(settings.alerts.revive_hours * 3600, settings.alerts.max_attempts)
    return store.claim_alerts(limit, lease_seconds=settings.alerts.lease_seconds,
                              digest_seconds=settings.alerts.digest_seconds)


# Claim due alerts from a store; send claimed alerts (store, alerts, settings, story, stories by id).
ClaimStep = Callable[[Store, Settings, int], "list[AlertView]"]
SendStep = Callable[[Store, "list[AlertView]", Settings, Story, "Mapping[str, Story]"], DispatchSummary]


def dispatch_due(database_url: str | None, limit: int, log: logging.Logger | logging.LoggerAdapter,
                 claim_step: ClaimStep, send_step: SendStep, *, log_failures: bool = True) -> DispatchSummary:
    """Claim up to `limit` due alerts, deliver each to its route's URLs (the console when a route
    has none) and mark it sent, or failed with a backoff. The Prefect flow passes its tasks as
    the steps; `dispatch_plain` passes plain functions.

    `log_failures=False` when the caller reports the failures itself (the CLI prints one line
    each: logged as well, every failure would show twice)."""
    settings = load_settings()
    stories = load_stories(settings)
    by_id = {s.id: s for s in stories}
    with Store.open(database_url or settings.database_url) as store:
        alerts = claim_step(store, settings, limit)
        summary = send_step(store, alerts, settings, stories[0], by_id) if alerts else DispatchSummary()
    for item in summary.failed if log_failures else ():
        log.warning("alert %s (route %s) not delivered, now %s: %s",
                    item.alert_id, item.route, item.state, redact(item.error, settings.alerts.all_urls))
    log.info("alerts: %d claimed, %d sent, %d failed", summary.claimed, len(summary.sent), len(summary.failed))
    return summary


def dispatch_plain(database_url: str | None = None, limit: int = 100, log_failures: bool = True,
                   log: logging.Logger | logging.LoggerAdapter | None = None) -> DispatchSummary:
    """One dispatch without Prefect (no flow run recorded, no Prefect server): `natowatch
    dispatch` when no Prefect server is configured (flows/pipelines/oneshot.py)."""
    log = log or logging.getLogger("natowatch.dispatch")

    def send(store: Store, alerts: list[AlertView], settings: Settings, story: Story,
             stories: Mapping[str, Story]) -> DispatchSummary:
        return send_claimed(store, alerts, settings, story, log=log, stories=stories)
    return dispatch_due(database_url, limit, log, claim, send, log_failures=log_failures)
