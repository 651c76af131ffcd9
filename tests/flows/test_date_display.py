"""Dates shown to their precision wherever natowatch shows a date, on a real replay (article
files -> extractor -> store -> dispatch to a local webhook), on SQLite and PostgreSQL: the events
table, `events --json`, one event's detail, and the alerts' text and fields ("April 2024", "2023",
never the first day as if it were the day)."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from backends import any_db_url  # noqa: F401  (a fixture)
from flowkit import invoke
from natowatch.storage import Store
from test_timeline import configure, folder, replay, store_url, the_event, titles

TURKEY_APRIL = ("Turkey backs Rutte", "Turkey backed Mark Rutte for NATO Secretary General in April, officials said.")
WALLACE_2023 = ("Wallace eyed NATO job", "Ben Wallace announced his bid for NATO Secretary General last year.")
FRANCE_DAY = ("France backs Rutte", "France endorsed Mark Rutte for NATO Secretary General on Monday.")


@pytest.fixture
def store(any_db_url):  # noqa: F811
    with Store.open(any_db_url, upgrade=True) as opened:
        yield opened


@pytest.fixture
def replayed(store, story, tmp_path, write_settings, http_receiver):
    settings = configure(write_settings, [{"name": "all", "types": ["endorsement", "candidacy"], "background": True,
                                           "urls": [http_receiver.url("all")]}])
    replay(store, story, settings, folder(tmp_path, "dated", ("t1", TURKEY_APRIL, "2024-05-03", "Wire T"),
                                          ("w1", WALLACE_2023, "2024-02-01", "Wire W"),
                                          ("f1", FRANCE_DAY, "2024-05-08", "Wire F")))
    return store


def test_the_store_holds_each_date_with_its_precision(replayed, story):
    turkey, wallace, france = (the_event(replayed, story, "endorsement", "Turkey"),
                               the_event(replayed, story, "candidacy"), the_event(replayed, story, "endorsement", "France"))
    assert (turkey.date, turkey.date_precision, turkey.reported) == (dt.date(2024, 4, 1), "month", dt.date(2024, 5, 3))
    assert (wallace.date, wallace.date_precision) == (dt.date(2023, 1, 1), "year")
    assert (france.date, france.date_precision) == (dt.date(2024, 5, 6), "day")


def test_events_table_json_and_detail_show_the_precision(replayed, story, runner):
    url = store_url(replayed)
    table = invoke(runner, "events", "--db", url).stdout
    assert "April 2024" in table and "2024-05-06" in table and "2024-04-01" not in table
    rows = {(e["type"], e["actor"]): e for e in map(json.loads, invoke(runner, "events", "--db", url, "--json")
                                                     .stdout.splitlines())}
    assert (rows[("endorsement", "Turkey")]["date"], rows[("endorsement", "Turkey")]["date_precision"],
            rows[("endorsement", "Turkey")]["reported"]) == ("2024-04", "month", "2024-05-03")
    assert (rows[("candidacy", None)]["date"], rows[("candidacy", None)]["date_precision"]) == ("2023", "year")
    assert (rows[("endorsement", "France")]["date"], rows[("endorsement", "France")]["date_precision"]) == (
        "2024-05-06", "day")
    # the timeline is in order of when things happened: the year, then the month, then the day
    lines = [line for line in table.splitlines() if "Wire" in line]
    assert [("Wire W" in l, "Wire T" in l, "Wire F" in l).index(True) for l in lines] == [0, 1, 2]
    turkey = the_event(replayed, story, "endorsement", "Turkey")
    detail = invoke(runner, "events", "--db", url, "show", str(turkey.id)).stdout
    assert "happened: April 2024; first reported: 2024-05-03" in detail
    assert f"[{turkey.status}, April 2024] Wire T" in detail


def test_alerts_say_the_month_and_carry_it_as_data(replayed, http_receiver):
    bodies = {r["body"]["title"]: r["body"] for r in http_receiver.received}
    [turkey] = [b for t, b in bodies.items() if t.startswith("Turkey")]
    assert "April 2024" in turkey["message"] and "2024-04-01" not in turkey["message"]
    assert (turkey["date"], turkey["date_precision"], turkey["reported"]) == ("2024-04", "month", "2024-05-03")
    [wallace] = [b for t, b in bodies.items() if t.startswith("Background: Ben Wallace")]
    assert ", 2023 (background: first reported 2024-02-01)" in wallace["message"]
    assert len(titles(http_receiver, "all")) == 3
