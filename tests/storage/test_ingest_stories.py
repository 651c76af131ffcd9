"""Several stories in one database: events, alerts and the tally carry their story's id; a
route that lists stories takes only theirs; one article is stored once for all its stories."""
from __future__ import annotations

from natowatch.storage import RouteRule

NATO, UN = "nato-secretary-general", "un-secretary-general-2026"
TYPES = frozenset({"candidacy", "endorsement", "opposition"})


def test_a_route_listing_stories_takes_only_their_events(store, make_article, make_event):
    routes = [RouteRule("all", TYPES), RouteRule("un-desk", TYPES, stories=frozenset({UN}))]
    nato = store.ingest(NATO, make_article(1), [make_event()], routes)
    un = store.ingest(UN, make_article(2), [make_event(subject="Rafael Grossi", actor="China")], routes)
    assert (nato.alerts_queued, un.alerts_queued) == (1, 2)
    assert sorted((a.route, a.event.story_id) for a in store.alerts()) == [
        ("all", NATO), ("all", UN), ("un-desk", UN)]


def _story(story_id, *events):
    from natowatch.storage import StoryEvents

    return StoryEvents(story_id, tuple(events))


def test_one_article_stored_once_with_events_for_each_story(store, make_article, make_event):
    routes = [RouteRule("all", TYPES)]
    found = [_story(NATO, make_event()), _story(UN, make_event(subject="Rafael Grossi", actor="France"),
                                                make_event("candidacy", subject="Rafael Grossi", actor=None))]
    first = store.ingest_stories(make_article(1), found, routes)
    assert first.article_created and first.alerts_queued == 3
    assert sorted((e.story_id, e.type, e.subject) for e in first.new_events) == [
        (NATO, "endorsement", "Mark Rutte"), (UN, "candidacy", "Rafael Grossi"), (UN, "endorsement", "Rafael Grossi")]
    assert {e.first_evidence.article_id for e in first.new_events} == {first.article_id}
    again = store.ingest_stories(make_article(1), found, routes)
    assert (again.article_created, again.new_events, again.corroborated_events, again.alerts_queued) == (
        False, (), (), 0)
    assert [e.subject for e in store.events(NATO)] == ["Mark Rutte"]
    assert [a.story_id for a in store.alerts(story_id=UN)] == [UN, UN]
    assert [a.event.subject for a in store.alerts(story_id=NATO)] == ["Mark Rutte"]
    assert set(store.tally(UN)) == {"Rafael Grossi"} and set(store.tally(NATO)) == {"Mark Rutte"}


def test_an_event_is_unique_per_story(store, make_article, make_event):
    """The same (type, subject, actor) in two stories is two events, each news once."""
    result = store.ingest_stories(make_article(1), [_story(NATO, make_event()), _story(UN, make_event())],
                                  [RouteRule("all", TYPES)])
    assert sorted(e.story_id for e in result.new_events) == [NATO, UN] and result.alerts_queued == 2


def test_an_article_about_no_story_is_stored_as_read(store, make_article):
    result = store.ingest_stories(make_article(1, relevant=False), [], [RouteRule("all", TYPES)],
                                  feed_item=None)
    assert result.article_created and result.new_events == () and result.alerts_queued == 0
    assert store.ingest_stories(make_article(1, relevant=False), [], []).article_created is False


def test_security_council_consensus_needs_nine_votes_and_no_permanent_member_against(
        store, make_article, make_event):
    from natowatch.storage import StoryEvents, StoryFacts

    council = ["China", "France", "Russia", "United Kingdom", "United States", "Denmark", "Greece", "Pakistan",
               "Panama", "Somalia", "Bahrain", "Colombia", "Latvia", "Liberia", "Democratic Republic of the Congo"]
    facts = StoryFacts(members=frozenset([*council, "Brazil", "Chile"]), consensus_required=9,
                       voters=frozenset(council), vetoes=frozenset(council[:5]))
    routes = [RouteRule("all", frozenset({*TYPES, "consensus"}))]

    def back(n, actor, type="endorsement"):
        return store.ingest_stories(make_article(n), [StoryEvents(UN, (make_event(type, subject="Rafael Grossi",
                                                                                 actor=actor),), facts)], routes)
    back(1, "Russia", "opposition")
    for n, state in enumerate(["Brazil", "Chile", "China", "France", "United Kingdom", *council[5:12]], start=2):
        back(n, state)   # 10 Council votes, but Russia (permanent) opposes: no consensus moment
    assert [a.detail for a in store.alerts() if a.kind == "consensus"] == []
    back(20, "Russia")   # Russia comes round: 11 votes, no permanent member against
    [moment] = [a for a in store.alerts() if a.kind == "consensus"]
    assert (moment.detail["moment"], moment.detail["backing"], moment.detail["members"]) == ("reached", 11, 15)
    assert moment.story_id == UN


def test_the_migration_gives_existing_alerts_their_story(database_url):
    """A database at 0002 (events with a story, alerts without) moves forward: each alert takes
    the story of its event; `alerts --story` then finds it."""
    from alembic import command
    from sqlalchemy import create_engine, text

    from natowatch.storage import Store
    from natowatch.storage.db import normalise_url
    from natowatch.storage.migrate import alembic_config

    engine = create_engine(normalise_url(database_url))
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
        now = "2024-06-01 12:00:00+00:00"
        connection.execute(text(
            "INSERT INTO articles (id, url, content_hash, title, outlet, published, language, source, feed_name, "
            "text_source, relevant, created_at) VALUES (1, 'u', 'h', 't', 'o', NULL, 'en', 'seed', NULL, 'file', "
            f"TRUE, '{now}')"))
        connection.execute(text(
            "INSERT INTO events (id, story_id, type, subject, actor, actor_key, status, date, confidence, "
            f"first_article_id, created_at) VALUES (1, '{UN}', 'endorsement', 'Rafael Grossi', 'France', 'France', "
            f"'confirmed', NULL, 0.9, 1, '{now}')"))
        connection.execute(text(
            "INSERT INTO alerts (id, route, key, kind, event_id, detail, delivered_urls, state, attempts, last_error, "
            f"next_attempt_at, claimed_at, sent_at, created_at, updated_at) VALUES (1, 'all', 'event:1', 'event', 1, "
            f"NULL, '', 'sent', 1, NULL, '{now}', NULL, '{now}', '{now}', '{now}')"))
    engine.dispose()
    with Store.open(database_url, upgrade=True) as store:
        [alert] = store.alerts(story_id=UN)
        assert (alert.story_id, alert.event.subject) == (UN, "Rafael Grossi")
        assert store.alerts(story_id=NATO) == []
