"""Candidates found in articles (not in the story file): recorded once per story in the
ingest transaction, decided by the operator; a rejected one never alerts and is out of the tally."""
from __future__ import annotations

import pytest

from natowatch.storage import FoundCandidate, RouteRule, StorageError, StoryEvents, StoryFacts

UN = "un-secretary-general-2026"
TYPES = frozenset({"candidacy", "endorsement", "opposition", "stance_change", "consensus"})
ALDECOA = FoundCandidate("Lorena Aldecoa", ("Aldecoa",), "she")


def _ingest(store, make_article, n, *events, found=(), routes=None, facts=None):
    return store.ingest_stories(make_article(n), [StoryEvents(UN, tuple(events), facts, tuple(found))],
                                routes if routes is not None else [RouteRule("all", TYPES)])


def test_a_found_candidate_is_recorded_once_as_proposed_with_its_first_article(store, make_article, make_event):
    candidacy = make_event("candidacy", subject="Lorena Aldecoa", actor=None)
    first = _ingest(store, make_article, 1, candidacy, found=[ALDECOA])
    _ingest(store, make_article, 2, candidacy, found=[FoundCandidate("Lorena Aldecoa", ("Aldecoa",), "she")])
    [found] = store.candidates()
    assert (found.story_id, found.name, found.aliases, found.pronoun, found.state) == (
        UN, "Lorena Aldecoa", ("Aldecoa",), "she", "proposed")
    assert found.first_article_id == first.article_id and found.first_article_title == "Article 1"
    assert found.decided_at is None
    # a proposed candidate alerts like a listed one: the candidacy is news
    assert [a.event.subject for a in store.alerts()] == ["Lorena Aldecoa"]
    # the same name in another story is another candidate
    store.ingest_stories(make_article(3), [StoryEvents("other", (candidacy,), None, (ALDECOA,))], [])
    assert [(c.story_id, c.name) for c in store.candidates()] == [("other", "Lorena Aldecoa"), (UN, "Lorena Aldecoa")]
    assert [c.story_id for c in store.candidates(UN)] == [UN]


def test_accept_and_reject_by_name_or_alias(store, make_article, make_event):
    _ingest(store, make_article, 1, make_event("candidacy", subject="Lorena Aldecoa", actor=None), found=[ALDECOA])
    store.clock = lambda: __import__("datetime").datetime(2026, 3, 1, tzinfo=__import__("datetime").timezone.utc)
    accepted = store.decide_candidate(UN, "aldecoa", "accepted")
    assert (accepted.name, accepted.state, accepted.decided_at.day) == ("Lorena Aldecoa", "accepted", 1)
    assert store.decide_candidate(UN, "Lorena Aldecoa", "rejected").state == "rejected"
    assert [c.name for c in store.candidates(state="rejected")] == ["Lorena Aldecoa"]
    with pytest.raises(StorageError, match="no candidate found in articles is named 'Bachelet'.*Lorena Aldecoa"):
        store.decide_candidate(UN, "Bachelet", "accepted")
    with pytest.raises(StorageError, match="not one of"):
        store.decide_candidate(UN, "Aldecoa", "maybe")


def test_an_alias_two_candidates_share_is_refused(store, make_article, make_event):
    _ingest(store, make_article, 1, found=[FoundCandidate("Ana Lopez", ("Lopez",)), FoundCandidate("Juan Lopez", ("Lopez",))])
    with pytest.raises(StorageError, match="could be any of: Ana Lopez, Juan Lopez"):
        store.decide_candidate(UN, "Lopez", "rejected")


def test_a_rejected_candidate_never_alerts_and_stays_out_of_the_tally(store, make_article, make_event):
    facts = StoryFacts(members=frozenset({"France", "Chile", "Peru"}), consensus_required=2)
    routes = [RouteRule("all", TYPES, updates=True)]
    _ingest(store, make_article, 1, make_event("candidacy", subject="Den Haag", actor=None),
            make_event(subject="Den Haag", actor="France", status="tentative"),
            found=[FoundCandidate("Den Haag", ("Haag",))], routes=routes, facts=facts)
    assert set(store.tally(UN)) == {"Den Haag"}
    store.decide_candidate(UN, "Den Haag", "rejected")
    before = len(store.alerts())
    # later articles: new events, a stronger report of a known one, a stance change, consensus
    _ingest(store, make_article, 2, make_event(subject="Den Haag", actor="France"),
            make_event(subject="Den Haag", actor="Chile"), make_event(type="opposition", subject="Den Haag", actor="Peru"),
            found=[FoundCandidate("Den Haag", ("Haag",))], routes=routes, facts=facts)
    _ingest(store, make_article, 3, make_event(subject="Den Haag", actor="Peru"), routes=routes, facts=facts)
    assert len(store.alerts()) == before
    assert store.tally(UN) == {}
    assert [c.state for c in store.candidates()] == ["rejected"]   # found again, still rejected
    # events are kept: accepting the name brings them into the tally (no alert for the past)
    store.decide_candidate(UN, "Den Haag", "accepted")
    assert store.tally(UN)["Den Haag"].backing == ("Chile", "France", "Peru")
    assert len(store.alerts()) == before


def test_rejecting_gives_up_the_alerts_still_pending_about_them(store, make_article, make_event):
    _ingest(store, make_article, 1, make_event("candidacy", subject="Den Haag", actor=None),
            make_event(subject="Rafael Grossi", actor="France"), found=[FoundCandidate("Den Haag", ("Haag",))])
    store.decide_candidate(UN, "Den Haag", "rejected")
    assert sorted((a.event.subject, a.state) for a in store.alerts()) == [("Den Haag", "dead"), ("Rafael Grossi", "pending")]
    [dead] = store.alerts(state="dead")
    assert dead.last_error == "not sent: Den Haag was rejected as a candidate"


def test_a_new_candidate_is_announced_once_to_the_routes_that_take_the_kind(store, make_article, make_event):
    routes = [RouteRule("desk", frozenset({"new_candidate"})), RouteRule("events", frozenset({"candidacy"})),
              RouteRule("careful", frozenset({"new_candidate"}), min_sources=2)]
    first = _ingest(store, make_article, 1, make_event(subject="Lucia Marenco", actor="Peru"),
                    make_event("candidacy", subject="Lucia Marenco", actor="Ecuador"),
                    found=[FoundCandidate("Lucia Marenco", ("Marenco",))], routes=routes)
    _ingest(store, make_article, 2, make_event("candidacy", subject="Lucia Marenco", actor="Ecuador"),
            found=[FoundCandidate("Lucia Marenco", ("Marenco",))], routes=routes)
    assert sorted((a.route, a.kind) for a in store.alerts()) == [("desk", "new_candidate"), ("events", "event")]
    [news] = [a for a in store.alerts() if a.kind == "new_candidate"]
    assert (news.key, news.detail, news.event.type, news.story_id) == (
        f"candidate:{UN}:Lucia Marenco", {"subject": "Lucia Marenco", "event": "candidacy"}, "candidacy", UN)
    assert first.alerts_queued == 2
