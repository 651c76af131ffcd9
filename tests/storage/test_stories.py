"""Several stories in one database: events, alerts and the tally carry their story's id; a
route that lists stories takes only theirs; one article is stored once for all its stories."""
from __future__ import annotations

from storage import RouteRule

NATO, UN = "nato-secretary-general", "un-secretary-general-2026"
TYPES = frozenset({"candidacy", "endorsement", "opposition"})


def test_a_route_listing_stories_takes_only_their_events(store, make_article, make_event):
    routes = [RouteRule("all", TYPES), RouteRule("un-desk", TYPES, stories=frozenset({UN}))]
    nato = store.ingest(NATO, make_article(1), [make_event()], routes)
    un = store.ingest(UN, make_article(2), [make_event(subject="Rafael Grossi", actor="China")], routes)
    assert (nato.alerts_queued, un.alerts_queued) == (1, 2)
    assert sorted((a.route, a.event.story_id) for a in store.alerts()) == [
        ("all", NATO), ("all", UN), ("un-desk", UN)]
