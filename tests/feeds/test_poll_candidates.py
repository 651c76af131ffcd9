"""Polling follows the candidates found in articles: a name one item states in the race is stored
as proposed and followed in the next items (of this poll and of later ones); a name the operator
rejected alerts nothing. Invented articles, a real local HTTP server, SQLite and PostgreSQL."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from feedpages import article_page, rss

from natowatch.flows.reader.feeds import Feed
from natowatch.flows.reader.fetch import HostPacer
from natowatch.flows.pipelines.feed_ingest import PollContext
from natowatch.flows.files.storyfile import load_story
from natowatch.storage import RouteRule, Store
from tests.feeds.test_poll import T0, cycle, serve_feed
from tests.flows.backends import any_db_url  # noqa: F401  (fixture)

ROOT = Path(__file__).resolve().parents[2]
UN = "un-secretary-general-2026"
ITEMS = [
    ("p1", dt.date(2026, 2, 2), "Ecuador nominates Lucia Marenco for UN Secretary-General",
     "Ecuador on Monday formally nominated Lucia Marenco, its former foreign minister, as a candidate for UN "
     "Secretary-General."),
    ("p2", dt.date(2026, 2, 3), "Peru backs Marenco in race for UN chief",
     # by surname alone: only a reader that follows her since the first article finds her here
     "Peru said on Tuesday it supports Marenco for the post of UN Secretary-General."),
]
LATER = ("p3", dt.date(2026, 3, 2), "Uruguay backs Marenco",
         "Uruguay said on Monday it supports Lucia Marenco for UN Secretary-General.")


def _serve(server, items) -> str:
    entries = []
    for guid, day, title, text in items:
        page = f"/c/{guid}.html"
        server.expect_request(page).respond_with_data(article_page(title, text, day),
                                                      content_type="text/html; charset=utf-8")
        entries.append(dict(guid=guid, title=title, link=server.url_for(page), description=text, published=day))
    return serve_feed(server, "/c.xml", rss(entries))


def test_a_found_candidate_is_followed_by_later_items_and_a_rejected_one_alerts_nothing(
        server, any_db_url, limits, log):  # noqa: F811
    story = load_story(ROOT / "config/stories/un-secretary-general-2026.yaml")
    routes = (RouteRule("all", frozenset({"candidacy", "endorsement"})),)
    with Store.open(any_db_url, upgrade=True) as store:
        ctx = PollContext(store=store, story=story, routes=routes, limits=limits, pacer=HostPacer(0.0),
                          stories=(story,))
        cycle([Feed("c", _serve(server, ITEMS), 15)], ctx, log)
        assert {(e.type, e.actor) for e in store.events(UN) if e.subject == "Lucia Marenco"} == {
            ("candidacy", "Ecuador"), ("endorsement", "Ecuador"), ("endorsement", "Peru")}
        assert [(c.name, c.state) for c in store.candidates(UN)] == [("Lucia Marenco", "proposed")]
        store.decide_candidate(UN, "Marenco", "rejected")
        alerts = len(store.alerts())

        server.clear()
        [report] = cycle([Feed("c", _serve(server, [*ITEMS, LATER]), 15)], ctx, log, now=T0.replace(hour=13))
        assert report.new_items == 1 and report.alerts_queued == 0 and len(store.alerts()) == alerts
        # a rejected name is no longer handed to the extractor: an article that does not state her
        # in the race again says nothing of her
        assert ("endorsement", "Uruguay") not in {(e.type, e.actor) for e in store.events(UN)}
        assert "Lucia Marenco" not in store.tally(UN)
