"""Events and alerts of a story the settings no longer follow are told in that story's own words
(its file found beside the followed ones by its id), or said plainly to have no story configured:
never in the words of the first story of the settings."""
from __future__ import annotations

import datetime as dt

from flowkit import invoke

from natowatch.storage import ArticleRecord, RouteRule, Store, StoryEvents
from natowatch.extract.model import Event
from tests.flows.backends import any_db_url  # noqa: F401  (fixture)

UN, OLD = "un-secretary-general-2026", "old-race"


def _event(subject: str, actor: str) -> Event:
    sentence = f"{actor} backs {subject}."
    return Event(type="endorsement", subject=subject, actor=actor, status="confirmed", date=None, evidence=sentence,
                 span=(0, len(sentence)), confidence=0.9, rule="test")


def _fill(url: str) -> dict[str, int]:
    article = ArticleRecord(url="https://news.example/1", title="One", text="Body.", published=dt.date(2026, 2, 1),
                            outlet="Example", language="en", source="seed")
    with Store.open(url, upgrade=True) as store:
        result = store.ingest_stories(article, [StoryEvents(UN, (_event("Rafael Grossi", "France"),)),
                                                StoryEvents(OLD, (_event("Jane Roe", "Peru"),))],
                                      [RouteRule("everything", frozenset({"endorsement"}))])
        return {e.story_id: e.id for e in result.new_events}


def test_events_show_and_alerts_use_the_events_own_story(any_db_url, runner, write_settings):  # noqa: F811
    write_settings({})   # follows the NATO story only
    ids = _fill(any_db_url)
    un = invoke(runner, "events", "--db", any_db_url, "show", str(ids[UN]))
    assert un.exit_code == 0, un.output
    assert f"  France endorses Rafael Grossi for UN Secretary-General [{UN}]" in un.stdout
    old = invoke(runner, "events", "--db", any_db_url, "show", str(ids[OLD]))
    assert ("  Peru endorses Jane Roe for the post (story 'old-race' is not in the settings (stories:)) [old-race]"
            in old.stdout)
    assert "NATO" not in un.stdout + old.stdout

    listing = invoke(runner, "alerts", "--db", any_db_url, "--json").stdout
    assert "France endorses Rafael Grossi for UN Secretary-General" in listing
    assert f"event:{ids[OLD]} (story 'old-race' is not in the settings (stories:))" in listing
    assert "NATO" not in listing

    retracted = invoke(runner, "events", "--db", any_db_url, "retract", str(ids[UN]), "--why", "test")
    assert retracted.stdout.startswith(f"retracted event {ids[UN]}: France endorses Rafael Grossi for UN "
                                       "Secretary-General")


def test_an_alert_of_a_story_not_configured_is_not_sent_in_another_storys_words(any_db_url, runner,  # noqa: F811
                                                                                 write_settings):
    write_settings({"alerts": {"routes": [{"name": "everything"}]}})
    _fill(any_db_url)
    sent = invoke(runner, "dispatch", "--db", any_db_url)
    assert sent.exit_code == 3, sent.stderr
    assert "France endorses Rafael Grossi for UN Secretary-General" in sent.stdout, sent.stderr
    assert "Jane Roe" not in sent.stdout and "NATO" not in sent.stdout
    assert ("not delivered, will be retried: story 'old-race' is not in the settings (stories:): add its story "
            "file to send this alert") in sent.stderr
