"""One poll with two stories followed: each article is stored once, with events for each story
it concerns; a second poll adds nothing. On SQLite and PostgreSQL, a real local HTTP server."""
from __future__ import annotations

from pathlib import Path

from feedpages import article_page, rss

from natowatch.flows.files.articles import list_folder, read_article
from natowatch.flows.reader.feeds import Feed
from natowatch.flows.reader.fetch import HostPacer
from natowatch.flows.pipelines.feed_ingest import PollContext
from natowatch.flows.files.storyfile import load_story
from natowatch.storage import Store
from tests.feeds.test_poll import T0, cycle, serve_feed
from tests.flows.backends import any_db_url  # noqa: F401  (fixture)

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "corpora" / "un-invented"
NATO, UN = "nato-secretary-general", "un-secretary-general-2026"


def test_one_poll_stores_each_article_once_with_events_for_each_story(server, any_db_url, limits, log):  # noqa: F811
    stories = (load_story(ROOT / "config/stories/nato-secretary-general.yaml"),
               load_story(ROOT / "config/stories/un-secretary-general-2026.yaml"))
    items = []
    for path, entry in list_folder(CORPUS).files:
        article = read_article(path, entry)
        page = f"/un/{path.stem}.html"
        server.expect_request(page).respond_with_data(article_page(article.title, article.text, article.published),
                                                      content_type="text/html; charset=utf-8")
        items.append(dict(guid=path.stem, title=article.title, link=server.url_for(page),
                          description=article.text.split("\n")[0], published=article.published))
    url = serve_feed(server, "/both.xml", rss(items))
    with Store.open(any_db_url, upgrade=True) as store:
        ctx = PollContext(store=store, story=stories[0], routes=(), limits=limits, pacer=HostPacer(0.0),
                          stories=stories)
        [report] = cycle([Feed("both", url, 15)], ctx, log)
        assert (report.items, report.new_items, report.skipped) == (5, 5, 1)
        by_story = {s.id: store.events(s.id) for s in stories}
        both = server.url_for("/un/u04.html")
        assert [(e.type, e.subject, e.actor) for e in by_story[NATO]] == [("endorsement", "Mark Rutte", "Hungary")]
        assert by_story[NATO][0].first_evidence.article_url == both
        assert ("endorsement", "Michelle Bachelet", "Brazil", both) in {
            (e.type, e.subject, e.actor, e.first_evidence.article_url) for e in by_story[UN]}
        article_ids = {ev.article_id for events in by_story.values() for e in events for ev in e.evidence
                       if ev.article_url == both}
        assert len(article_ids) == 1
        assert report.new_events == sum(len(events) for events in by_story.values())

        [again] = cycle([Feed("both", url, 15)], ctx, log, now=T0.replace(hour=13))
        assert (again.new_items, again.new_events) == (0, 0)
