"""The timeline over time, on real replays (article files -> extractor -> store -> dispatch to a
local webhook), on SQLite and PostgreSQL: upgrades by stronger later reports, background
history, the tally as of a day with tentative stances apart and decided candidates, ended
stances, and corrections (retract, restore, not coming back from the same sources)."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from backends import any_db_url  # noqa: F401  (a fixture)
from flowkit import invoke
from natowatch.flows.pipelines.dispatch import dispatch_pass
from natowatch.flows.pipelines.replay import read_and_extract, store_batch
from natowatch.flows.settings import load_settings
from natowatch.storage import Store

HUNGARY_MAY = ("Hungary ready to support Rutte for NATO top job",
               "Hungary is ready to support Dutch Prime Minister Mark Rutte's bid to become NATO Secretary "
               "General, Foreign Minister Peter Szijjarto said on Saturday.")
HUNGARY_JUNE = ("Hungary backs Rutte as next NATO chief",
                "Hungarian Prime Minister Viktor Orban confirmed on Tuesday that Hungary will support Mark Rutte "
                "as NATO Secretary General.")
LOOKING_BACK = ("The long road to NATO's top job",
                "Ben Wallace withdrew from the race for NATO Secretary General on 22 June 2023. Romania endorsed "
                "Klaus Iohannis for NATO Secretary General on 12 March 2024.")
APPOINTED = ("Rutte appointed NATO Secretary General",
             "NATO allies appointed Mark Rutte as NATO Secretary General on Wednesday. "
             "He will take office on 1 October.")
FRANCE = ("France backs Rutte for NATO", "France endorsed Mark Rutte for NATO Secretary General on Monday.")
PARIS = ("Paris supports Dutch PM for alliance post",
         "France has endorsed Mark Rutte to lead NATO as its next Secretary General, the Elysee said on Wednesday.")


@pytest.fixture
def store(any_db_url):
    with Store.open(any_db_url, upgrade=True) as opened:
        yield opened


def folder(tmp_path: Path, name: str, *articles: tuple[str, tuple[str, str], str, str]) -> Path:
    """A folder of article files with its manifest: (id, (headline, body), published, outlet)."""
    path = tmp_path / name
    path.mkdir()
    manifest = []
    for article_id, (headline, body), published, outlet in articles:
        (path / f"{article_id}.txt").write_text(f"{headline}\n\n{body}\n", encoding="utf-8")
        manifest.append({"id": article_id, "file": f"{article_id}.txt", "published": published, "outlet": outlet,
                         "url": f"https://{outlet.lower().replace(' ', '-')}.example/{article_id}"})
    (path / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return path


def replay(store, story, settings, path: Path):
    """The replay flow's own two steps (without Prefect), then one dispatch pass."""
    batch = read_and_extract(path, story, background_days=settings.timeline.background_days)
    summary = store_batch(store, batch, settings.alerts.rules, str(path))
    dispatch_pass(store, settings, story)
    return summary


def configure(write_settings, routes: list[dict], **top) -> object:
    write_settings({"alerts": {"routes": routes}, **top})
    return load_settings()


def titles(receiver, route: str | None = None) -> list[str]:
    return [r["body"]["title"] for r in receiver.received if route is None or r["path"] == f"/{route}"]


def store_url(store) -> str:
    return store._engine.url.render_as_string(hide_password=False)


def the_event(store, story, event_type: str, actor: str | None = None):
    [found] = [e for e in store.events(story.id, include_retracted=True)
               if e.type == event_type and (actor is None or e.actor == actor)]
    return store.event(found.id)


def test_a_stronger_later_report_upgrades_the_event_and_tells_routes_that_ask(
        store, story, tmp_path, write_settings, http_receiver):
    settings = configure(write_settings, [
        {"name": "news", "types": ["endorsement"], "updates": True, "urls": [http_receiver.url("news")]},
        {"name": "plain", "types": ["endorsement"], "urls": [http_receiver.url("plain")]},
        {"name": "confirmed", "types": ["endorsement"], "statuses": ["confirmed"],
         "urls": [http_receiver.url("confirmed")]}])
    replay(store, story, settings, folder(tmp_path, "may", ("a1", HUNGARY_MAY, "2024-05-18", "Wire A")))
    before = the_event(store, story, "endorsement", "Hungary")
    assert (before.status, before.date) == ("tentative", dt.date(2024, 5, 18))
    assert store.tally(story.id)["Mark Rutte"].tentative_backing == ("Hungary",)

    replay(store, story, settings, folder(tmp_path, "june", ("a2", HUNGARY_JUNE, "2024-06-18", "Wire B")))
    after = the_event(store, story, "endorsement", "Hungary")
    assert after.id == before.id and (after.status, after.date, after.reported) == (
        "confirmed", dt.date(2024, 6, 18), dt.date(2024, 5, 18))
    [change] = after.history
    assert (change.kind, change.status_before, change.date_before, change.status_after, change.date_after) == (
        "upgrade", "tentative", dt.date(2024, 5, 18), "confirmed", dt.date(2024, 6, 18))
    assert titles(http_receiver, "news") == [
        "Hungary endorses Mark Rutte for NATO Secretary General",
        "Hungary now confirms its backing of Mark Rutte (was: tentative, 2024-05-18)"]
    assert titles(http_receiver, "plain") == ["Hungary endorses Mark Rutte for NATO Secretary General"]
    # A route that takes confirmed stances only hears of it when it becomes confirmed.
    assert titles(http_receiver, "confirmed") == ["Hungary endorses Mark Rutte for NATO Secretary General"]
    stance = store.tally(story.id)["Mark Rutte"]
    assert (stance.backing, stance.tentative_backing) == (("Hungary",), ())
    # The same reports again change nothing and send nothing.
    received = len(http_receiver.received)
    replay(store, story, settings, tmp_path / "june")
    assert len(http_receiver.received) == received and len(store.event(after.id).history) == 1


KARINS_INTEREST = ("Karins eyes NATO job",
                   "Krisjanis Karins has expressed interest in becoming NATO Secretary General but has not been "
                   "officially nominated, Latvian media said on 2 April.")
KARINS_BID = ("Latvia's Karins enters NATO race",
              "Krisjanis Karins announced his candidacy for NATO Secretary General on 9 April.")


def test_an_interest_is_tentative_and_a_later_declaration_upgrades_it(store, story, tmp_path, write_settings,
                                                                      http_receiver):
    settings = configure(write_settings, [
        {"name": "news", "types": ["candidacy"], "updates": True, "urls": [http_receiver.url("news")]},
        {"name": "declared", "types": ["candidacy"], "statuses": ["confirmed"],
         "urls": [http_receiver.url("declared")]}])
    replay(store, story, settings, folder(tmp_path, "april", ("k1", KARINS_INTEREST, "2024-04-03", "Wire K")))
    interest = the_event(store, story, "candidacy")
    assert (interest.subject, interest.status, interest.date) == ("Krisjanis Karins", "tentative", dt.date(2024, 4, 2))
    replay(store, story, settings, folder(tmp_path, "bid", ("k2", KARINS_BID, "2024-04-10", "Wire L")))
    bid = the_event(store, story, "candidacy")
    assert (bid.id, bid.status, bid.date) == (interest.id, "confirmed", dt.date(2024, 4, 9))
    assert [(c.kind, c.status_before, c.status_after) for c in bid.history] == [("upgrade", "tentative", "confirmed")]
    assert titles(http_receiver, "news") == [
        "Krisjanis Karins enters the race for NATO Secretary General",
        "Krisjanis Karins enters the race for NATO Secretary General: now confirmed, 2024-04-09 "
        "(was: tentative, 2024-04-02)"]
    # A route for declared bids hears of it once it is declared.
    assert titles(http_receiver, "declared") == ["Krisjanis Karins enters the race for NATO Secretary General"]


HUNGARY_WEDNESDAY = ("Hungary will back Rutte for NATO post",
                     "Hungary will back Mark Rutte as NATO Secretary General, Prime Minister Viktor Orban said on "
                     "Wednesday.")
HUNGARY_TUESDAY = ("Budapest lines up behind Rutte",
                   "Hungary announced on Tuesday that it would back Mark Rutte for NATO Secretary General.")
HUNGARY_RETRO = ("Looking back at the race for NATO's top job",
                 "Hungary backed Mark Rutte for NATO Secretary General on 26 June, a week before the summit.")


def test_an_equal_later_report_moves_the_date_only_to_a_day_before_the_first_report(
        store, story, tmp_path, write_settings, http_receiver):
    """docs/alerts.md, "Dates": the rule measured on the corpora replayed in publication order."""
    settings = configure(write_settings, [
        {"name": "news", "types": ["endorsement"], "updates": True, "urls": [http_receiver.url()]}])
    replay(store, story, settings, folder(tmp_path, "wed", ("h1", HUNGARY_WEDNESDAY, "2024-06-19", "Wire H")))
    first = the_event(store, story, "endorsement", "Hungary")
    assert (first.status, first.date, first.reported) == ("confirmed", dt.date(2024, 6, 19), dt.date(2024, 6, 19))
    # A retrospective's 26 June is after Hungary's backing was first reported: another day's, ignored.
    summary = replay(store, story, settings, folder(tmp_path, "oct", ("h3", HUNGARY_RETRO, "2024-10-01", "Wire J")))
    assert the_event(store, story, "endorsement", "Hungary").date == dt.date(2024, 6, 19) and summary.upgraded == 0
    # An equally strong report naming the Tuesday before: the date moves and the route is told.
    summary = replay(store, story, settings, folder(tmp_path, "thu", ("h2", HUNGARY_TUESDAY, "2024-06-20", "Wire I")))
    after = the_event(store, story, "endorsement", "Hungary")
    assert (after.status, after.date, summary.upgraded) == ("confirmed", dt.date(2024, 6, 18), 1)
    assert titles(http_receiver) == [
        "Hungary endorses Mark Rutte for NATO Secretary General",
        "Hungary endorses Mark Rutte for NATO Secretary General: dated 2024-06-18 (was: 2024-06-19)"]


def test_history_in_a_later_article_is_background_alerted_only_to_routes_that_ask(
        store, story, tmp_path, write_settings, http_receiver, runner):
    settings = configure(write_settings, [
        {"name": "news", "types": ["withdrawal", "endorsement"], "urls": [http_receiver.url("news")]},
        {"name": "archive", "types": ["withdrawal", "endorsement"], "background": True,
         "urls": [http_receiver.url("archive")]}])
    replay(store, story, settings, folder(tmp_path, "march", ("a3", LOOKING_BACK, "2024-03-20", "Wire C")))
    wallace = the_event(store, story, "withdrawal")
    assert (wallace.date, wallace.reported, wallace.background) == (dt.date(2023, 6, 22), dt.date(2024, 3, 20), True)
    romania = the_event(store, story, "endorsement", "Romania")
    assert (romania.date, romania.background) == (dt.date(2024, 3, 12), False)  # 8 days: still news
    assert titles(http_receiver, "news") == ["Romania endorses Klaus Iohannis for NATO Secretary General"]
    assert sorted(titles(http_receiver, "archive")) == [
        "Background: Ben Wallace withdraws from the race for NATO Secretary General",
        "Romania endorses Klaus Iohannis for NATO Secretary General"]
    [body] = [r["body"]["message"] for r in http_receiver.received if "Wallace" in r["body"]["title"]]
    assert "confirmed, 2023-06-22 (background: first reported 2024-03-20)" in body
    # The timeline shows it at its own date, before everything else, marked.
    out = invoke(runner, "events", "--db", store_url(store)).stdout
    rows = [line for line in out.splitlines() if "Wallace" in line or "Iohannis" in line]
    assert "2023-06-22" in rows[0] and "background" in rows[0] and "2024-03-12" in rows[1]


def test_the_background_threshold_is_a_setting(store, story, tmp_path, write_settings, http_receiver):
    settings = configure(write_settings, [{"name": "news", "types": ["withdrawal"], "urls": [http_receiver.url()]}],
                         timeline={"background_days": 400})
    replay(store, story, settings, folder(tmp_path, "march", ("a3", LOOKING_BACK, "2024-03-20", "Wire C")))
    assert not the_event(store, story, "withdrawal").background
    assert titles(http_receiver) == ["Ben Wallace withdraws from the race for NATO Secretary General"]


def test_a_route_may_set_its_own_background_threshold(store, story, tmp_path, write_settings, http_receiver):
    """Wallace withdrew 272 days before the article, Romania endorsed Iohannis 8 days before it."""
    types = ["withdrawal", "endorsement"]
    settings = configure(write_settings, [
        {"name": "story", "types": types, "urls": [http_receiver.url("story")]},
        {"name": "fresh", "types": types, "background_days": 3, "urls": [http_receiver.url("fresh")]},
        {"name": "year", "types": types, "background_days": 365, "urls": [http_receiver.url("year")]}])
    replay(store, story, settings, folder(tmp_path, "march", ("a3", LOOKING_BACK, "2024-03-20", "Wire C")))
    romania = "Romania endorses Klaus Iohannis for NATO Secretary General"
    wallace = "Ben Wallace withdraws from the race for NATO Secretary General"
    assert titles(http_receiver, "story") == [romania]      # the story's threshold, 14 days
    assert titles(http_receiver, "fresh") == []
    assert sorted(titles(http_receiver, "year")) == ["Background: " + wallace, romania]
    # The timeline itself marks background by the story's threshold.
    assert the_event(store, story, "withdrawal").background and not the_event(store, story, "endorsement",
                                                                               "Romania").background


def test_status_as_of_a_day_tentative_apart_and_a_decided_candidate(store, story, tmp_path, write_settings, runner):
    settings = configure(write_settings, [{"name": "news"}])
    replay(store, story, settings, folder(
        tmp_path, "race", ("a0", FRANCE, "2024-02-19", "Wire F"), ("a1", HUNGARY_MAY, "2024-05-18", "Wire A"),
        ("a2", HUNGARY_JUNE, "2024-06-18", "Wire B"), ("a4", APPOINTED, "2024-06-26", "Wire D")))
    url, total = store_url(store), len(story.members)

    def block(out: str, name: str) -> str:
        return out.split(f"\n{name}")[1].split("\n\n")[0]

    march = invoke(runner, "status", "--db", url, "--as-of", "2024-03-01").stdout
    assert "as of 2024-03-01" in march and "backing:  France" in block(march, "Mark Rutte")
    may = block(invoke(runner, "status", "--db", url, "--as-of", "2024-05-31").stdout, "Mark Rutte")
    # Hungary's tentative May stance: marked apart, not counted, not "missing" either.
    assert may.startswith(f": 1 of {total} back") and "tentative, not counted: Hungary (backing)" in may
    assert "missing for consensus" in may and "Hungary" not in may.split("missing for consensus")[1]
    now = invoke(runner, "status", "--db", url).stdout
    rutte = block(now, "Mark Rutte")
    assert rutte.startswith(f" (appointed 2024-06-26; took office 2024-10-01): decided, 2 of {total} back")
    assert "backing:  France, Hungary" in rutte and "missing" not in rutte and "tentative" not in rutte
    # Before the appointment the race was open: the same candidate is not decided then.
    june = invoke(runner, "status", "--db", url, "--as-of", "2024-06-20").stdout
    assert "decided" not in june and f"Mark Rutte: 2 of {total} back" in june
    assert invoke(runner, "status", "--db", url, "--as-of", "June").exit_code == 2


TURKEY_MARCH = ("Ankara objects to Rutte for NATO post",
                "Turkey opposes Mark Rutte for NATO Secretary General, a Turkish official told reporters on 4 March.")
TURKEY_MAY = ("Ankara relents in NATO race",
              "Turkey dropped its objections to Mark Rutte's bid for NATO Secretary General on Monday, clearing one "
              "of the last hurdles.")
SLOVAKIA_MAY = ("Bratislava changes course on NATO chief",
                "Slovakia no longer opposes Mark Rutte as NATO Secretary General, its foreign minister said on "
                "2 May.")


def test_an_ended_stance_read_from_an_article_closes_the_earlier_one(
        store, story, tmp_path, write_settings, http_receiver, runner):
    settings = configure(write_settings, [
        {"name": "news", "types": ["opposition"], "updates": True, "urls": [http_receiver.url("news")]},
        {"name": "plain", "types": ["opposition"], "urls": [http_receiver.url("plain")]}])
    replay(store, story, settings, folder(tmp_path, "march", ("t1", TURKEY_MARCH, "2024-03-05", "Wire T")))
    may = folder(tmp_path, "may", ("t2", TURKEY_MAY, "2024-05-01", "Wire U"))
    # The extractor says it ended, and when: the Monday before 1 May 2024.
    out = invoke(runner, "extract", str(may / "t2.txt"), "--published", "2024-05-01", "--json").stdout
    [told] = [json.loads(line) for line in out.splitlines()]
    assert (told["type"], told["actor"], told["status"], told["date"]) == (
        "opposition", "Turkey", "ended", "2024-04-29")
    replay(store, story, settings, may)
    turkey = the_event(store, story, "opposition", "Turkey")
    assert (turkey.date, turkey.ended_on) == (dt.date(2024, 3, 4), dt.date(2024, 4, 29))
    [change] = turkey.history
    assert (change.kind, change.date_after) == ("ended", dt.date(2024, 4, 29))
    assert titles(http_receiver, "news") == [
        "Turkey opposes Mark Rutte for NATO Secretary General",
        "Turkey no longer opposes Mark Rutte for NATO Secretary General (ended 2024-04-29)"]
    assert titles(http_receiver, "plain") == ["Turkey opposes Mark Rutte for NATO Secretary General"]
    assert store.tally(story.id, as_of=dt.date(2024, 4, 1))["Mark Rutte"].opposing == ("Turkey",)
    assert store.tally(story.id, as_of=dt.date(2024, 5, 1))["Mark Rutte"].opposing == ()
    url = store_url(store)
    assert "opposing: Turkey" in invoke(runner, "status", "--db", url, "--as-of", "2024-04-01").stdout
    assert "opposing: -" in invoke(runner, "status", "--db", url).stdout
    [row] = [line for line in invoke(runner, "events", "--db", url).stdout.splitlines() if "Turkey" in line]
    assert "ended 2024-04-29" in row
    # The same report again changes nothing and sends nothing.
    received = len(http_receiver.received)
    replay(store, story, settings, folder(tmp_path, "again", ("t3", TURKEY_MAY, "2024-05-02", "Wire V")))
    assert len(http_receiver.received) == received and len(store.event(turkey.id).history) == 1


def test_a_stance_first_heard_of_as_ended_is_told_as_ended(store, story, tmp_path, write_settings, http_receiver,
                                                           runner):
    settings = configure(write_settings, [{"name": "news", "types": ["opposition"], "urls": [http_receiver.url()]}])
    replay(store, story, settings, folder(tmp_path, "may", ("s1", SLOVAKIA_MAY, "2024-05-03", "Wire S")))
    slovakia = the_event(store, story, "opposition", "Slovakia")
    assert (slovakia.date, slovakia.reported, slovakia.ended_on) == (None, dt.date(2024, 5, 3), dt.date(2024, 5, 2))
    assert [(c.kind, c.date_after) for c in slovakia.history] == [("ended", dt.date(2024, 5, 2))]
    # Told as what it is now (a stance it no longer holds), never as "Slovakia opposes".
    assert titles(http_receiver) == [
        "Slovakia no longer opposes Mark Rutte for NATO Secretary General (ended 2024-05-02)"]
    assert store.tally(story.id)["Mark Rutte"].opposing == ()
    assert "opposing: -" in invoke(runner, "status", "--db", store_url(store)).stdout


def test_a_retracted_event_is_corrected_where_it_was_received_and_does_not_come_back(
        store, story, tmp_path, write_settings, http_receiver, runner):
    settings = configure(write_settings, [
        {"name": "desk", "types": ["endorsement"], "urls": [http_receiver.url("desk")]},
        {"name": "later", "types": ["endorsement"], "urls": [http_receiver.url("later")]}])
    first = folder(tmp_path, "first", ("a0", FRANCE, "2024-02-19", "Wire F"))
    summary = store_batch(store, read_and_extract(first, story), settings.alerts.rules, str(first))
    [france] = summary.new_events
    # 'desk' receives the alert; 'later' has not been sent it yet when the retraction comes.
    for alert in store.claim_alerts(10):
        if alert.route == "desk":
            store.mark_sent(alert.id)
        else:
            store.mark_failed(alert.id, "down")
    url = store_url(store)

    result = invoke(runner, "events", "--db", url, "retract", str(france.id), "--why", "misread: it was Finland")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        f"retracted event {france.id}: France endorses Mark Rutte for NATO Secretary General",
        "1 correction queued: run `natowatch dispatch` to send."]
    store.retry_alerts()
    dispatch_pass(store, settings, story)
    assert titles(http_receiver) == [
        'Correction: "France endorses Mark Rutte for NATO Secretary General" was retracted: misread: it was Finland']
    assert [r["path"] for r in http_receiver.received] == ["/desk"]  # 'later' never had it: nothing to correct
    assert "Mark Rutte" not in store.tally(story.id)  # France's backing was all there was of him
    assert "France" not in invoke(runner, "events", "--db", url).stdout
    assert "retracted: misread" in invoke(runner, "events", "--db", url, "--all").stdout
    assert invoke(runner, "events", "--db", url, "retract", str(france.id), "--why", "again").exit_code == 1

    # The same source again, and a copy from the same outlet: it stays retracted, nothing is sent.
    replay(store, story, settings, first)
    replay(store, story, settings, folder(tmp_path, "copy", ("a0-copy", FRANCE, "2024-02-20", "Wire F")))
    assert the_event(store, story, "endorsement", "France").retracted_at is not None
    assert len(http_receiver.received) == 1

    result = invoke(runner, "events", "--db", url, "restore", str(france.id))
    assert result.exit_code == 0 and "2 alerts queued" in result.stdout
    dispatch_pass(store, settings, story)
    assert titles(http_receiver, "desk")[-1] == (
        "Restored: France endorses Mark Rutte for NATO Secretary General (its retraction is withdrawn)")
    assert titles(http_receiver, "later") == ["France endorses Mark Rutte for NATO Secretary General"]
    assert store.tally(story.id)["Mark Rutte"].backing == ("France",)
    kinds = [c.kind for c in the_event(store, story, "endorsement", "France").history]
    assert kinds == ["retracted", "restored"]
    shown = invoke(runner, "events", "--db", url, "show", str(france.id)).stdout
    assert "retracted: misread: it was Finland" in shown and "restored" in shown


def test_a_retracted_event_reported_by_another_outlet_comes_back(store, story, tmp_path, write_settings,
                                                                  http_receiver):
    settings = configure(write_settings, [{"name": "desk", "types": ["endorsement"], "urls": [http_receiver.url()]}])
    replay(store, story, settings, folder(tmp_path, "first", ("a0", FRANCE, "2024-02-19", "Wire F")))
    france = the_event(store, story, "endorsement", "France")
    store.retract(france.id, "looked wrong")
    dispatch_pass(store, settings, story)
    # The same wire text carried by another outlet is the same source: still retracted.
    replay(store, story, settings, folder(tmp_path, "wire", ("c0", FRANCE, "2024-02-20", "Copy Wire")))
    assert the_event(store, story, "endorsement", "France").retracted_at is not None
    assert len(http_receiver.received) == 2
    replay(store, story, settings, folder(tmp_path, "other", ("b0", PARIS, "2024-02-21", "Other Wire")))
    assert the_event(store, story, "endorsement", "France").retracted_at is None
    assert titles(http_receiver)[1:] == [
        'Correction: "France endorses Mark Rutte for NATO Secretary General" was retracted: looked wrong',
        "Reported again by Other Wire after its retraction: France endorses Mark Rutte for NATO Secretary General"]
    with pytest.raises(Exception, match="is not retracted"):
        store.restore(france.id, settings.alerts.rules)
