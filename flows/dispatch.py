"""Send queued alerts: claim from the outbox, render, deliver per route, record the outcome."""
from __future__ import annotations

from dataclasses import dataclass, field

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from extract.story import Story
from flows.alerts import DeliveryError, deliver, render
from flows.settings import Settings, load_settings, redact
from flows.storyfile import load_story
from storage import AlertView, Store


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


def send_claimed(store: Store, alerts: list[AlertView], settings: Settings, story: Story,
                 console=None) -> DispatchSummary:
    """Deliver claimed alerts one by one and mark each sent or failed (with backoff)."""
    sent, failed = [], []
    members = [m.name for m in story.members]
    for alert in alerts:
        route = settings.alerts.route(alert.route)
        try:
            if route is None:
                raise DeliveryError(f"route {alert.route!r} is not in the settings any more")
            if alert.event is None:
                raise DeliveryError(f"alert {alert.key!r} has no event to announce")
            message = render(alert.event, story, store.tally(story.id, alert.event.id, states=members))
            target = deliver(route.urls, message, route=route.name, console=console)
        except DeliveryError as exc:
            after = store.mark_failed(alert.id, str(exc), max_attempts=settings.alerts.max_attempts,
                                      backoff_seconds=settings.alerts.backoff_seconds)
            failed.append(FailedAlert(alert.id, alert.route, after.last_error or "", after.state))
            continue
        store.mark_sent(alert.id)
        sent.append(SentAlert(alert.id, alert.route, message.headline, target))
    return DispatchSummary(claimed=len(alerts), sent=tuple(sent), failed=tuple(failed))


def dispatch_pass(store: Store, settings: Settings, story: Story, limit: int = 100, console=None) -> DispatchSummary:
    """One pass over the due alerts, without Prefect (the flow below wraps this)."""
    return send_claimed(store, store.claim_alerts(limit), settings, story, console)


@task(retries=2, retry_delay_seconds=2, cache_policy=NO_CACHE)
def claim_due_alerts(store: Store, limit: int) -> list[AlertView]:
    return store.claim_alerts(limit)


@task(cache_policy=NO_CACHE)
def send_alerts(store: Store, alerts: list[AlertView], settings: Settings, story: Story) -> DispatchSummary:
    # No task retries: a failed delivery is retried through the outbox's backoff instead.
    return send_claimed(store, alerts, settings, story)


@flow(name="dispatch-alerts")
def dispatch_alerts(database_url: str | None = None, limit: int = 100) -> DispatchSummary:
    """Claim up to `limit` due alerts, deliver each to its route's URLs (the console when
    a route has none) and mark it sent, or failed with a backoff."""
    logger = get_run_logger()
    settings = load_settings()
    story = load_story(settings.story)
    with Store.open(database_url or settings.database_url) as store:
        alerts = claim_due_alerts(store, limit)
        summary = send_alerts(store, alerts, settings, story) if alerts else DispatchSummary()
    for item in summary.failed:
        logger.warning("alert %s (route %s) not delivered, now %s: %s",
                       item.alert_id, item.route, item.state, redact(item.error, settings.alerts.all_urls))
    logger.info("alerts: %d claimed, %d sent, %d failed", summary.claimed, len(summary.sent), len(summary.failed))
    return summary
