"""Worker processes for HTML -> text -> events (flows/pipelines/workers.py): a poll that uses them stores
exactly what a poll in one process stores, also when an article finds a candidate the next ones
follow (flows/pipelines/items.py: settled), and small polls do not start them."""
from __future__ import annotations

from dataclasses import replace

import pytest

from benchmarks.corpus import load_seeds, write_corpus
from benchmarks.servers import corpus_server
from natowatch.flows.candidates import FollowedCandidates
from natowatch.flows.files.storyfile import load_story
from natowatch.flows.pipelines import items as items_module
from natowatch.flows.pipelines import workers as workers_module
from natowatch.flows.pipelines.items import PageJob, read_item, settled
from natowatch.flows.reader.feeds import Feed, FeedItem
from natowatch.flows.reader.fetch import HostPacer
from natowatch.flows.pipelines.feed_ingest import PollContext
from natowatch.flows.pipelines.poll import poll_plain
from natowatch.flows.pipelines.workers import WorkerPlan, Workers
from natowatch.flows.settings import REPO_ROOT
from natowatch.flows.settings import load as settings_load
from natowatch.flows.settings.model import ExtractSettings
from natowatch.storage import RouteRule, Store
from tests.feeds.test_poll import cycle
from tests.feeds.test_poll_candidates import ITEMS, UN, _serve

SEEDS = REPO_ROOT / "seeds"

PAGES = 12


def stored(url: str, story_id: str) -> tuple:
    """Everything a poll leaves that extraction decides: articles, events, evidence."""
    with Store.open(url) as store:
        articles = sorted((a.url, a.title, a.relevant, a.skip_reason) for a in store.articles())
        events = sorted((e.type, e.subject, e.actor, e.status, str(e.date), e.sources,
                         tuple(sorted(v.sentence for v in e.evidence))) for e in store.events(story_id))
    return articles, events


@pytest.fixture
def served_corpus(tmp_path):
    folder = tmp_path / "corpus"
    with corpus_server(folder) as server:
        write_corpus(folder, load_seeds(SEEDS), PAGES, 1, server.base_url)
        feeds = tmp_path / "feeds.yaml"
        feeds.write_text(f"feeds:\n  - {{name: bench-00, url: '{server.base_url}/feeds/feed-00.xml'}}\n",
                         encoding="utf-8")
        yield feeds, server


def test_a_poll_with_worker_processes_stores_what_one_process_stores(served_corpus, tmp_path, monkeypatch, story):
    feeds, server = served_corpus
    monkeypatch.setenv("NATOWATCH_HOST_DELAY_SECONDS", "0")
    monkeypatch.setenv("NATOWATCH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(workers_module, "MIN_ITEMS_PER_WORKER", 1)
    # articles read whole: a time budget cut short by the machine's load would differ from run to run
    monkeypatch.setattr(settings_load, "_extract", lambda data, source: ExtractSettings(None))
    submitted = []
    real_submit = Workers.submit
    monkeypatch.setattr(Workers, "submit", lambda self, job: submitted.append(job) or real_submit(self, job))
    results = {}
    for workers in ("1", "2"):
        monkeypatch.setenv("NATOWATCH_WORKERS", workers)
        url = f"sqlite:///{tmp_path / f'workers-{workers}.db'}"
        [report] = poll_plain(str(feeds), url)
        assert (report.outcome, report.new_items, report.error) == ("updated", PAGES, None)
        results[workers] = stored(url, story.id)
        assert len(submitted) == (0 if workers == "1" else PAGES)
    articles, events = results["1"]
    assert len(articles) == PAGES and events
    assert results["2"] == results["1"]


# Ecuador nominates Lucia Marenco (a name the story file does not list), then states back her:
# read without her followed, their endorsements would be lost.
FOLLOWERS = [(f"f{n}", day, f"{state} backs Marenco", f"{state} said on Tuesday it supports Marenco for the "
              "post of UN Secretary-General.") for n, state in enumerate(("Chile", "Mexico", "Brazil", "Colombia"))
             for day in [ITEMS[1][1]]]


def test_a_candidate_found_mid_poll_is_followed_by_worker_processes_as_by_one_process(
        server, tmp_path, limits, log, monkeypatch):
    story = load_story(REPO_ROOT / "config/stories/un-secretary-general-2026.yaml")
    routes = (RouteRule("all", frozenset({"candidacy", "endorsement"})),)
    url = _serve(server, [*ITEMS, *FOLLOWERS])
    monkeypatch.setattr(workers_module, "MIN_ITEMS_PER_WORKER", 1)
    read_here, reread = [], []
    real_item_events = items_module.item_events
    monkeypatch.setattr(items_module, "item_events", lambda *a: read_here.append(a[1].title) or real_item_events(*a))
    real_submit = Workers.submit
    monkeypatch.setattr(Workers, "submit", lambda self, job: (job.record and reread.append(job.record.title))
                        or real_submit(self, job))
    results = {}
    for workers in (None, WorkerPlan(2, read_item)):
        read_here.clear()   # in one process, every article's events are read here
        database = f"sqlite:///{tmp_path / f'{bool(workers)}.db'}"
        with Store.open(database, upgrade=True) as store:
            ctx = PollContext(store=store, story=story, routes=routes, limits=limits, pacer=HostPacer(0.0),
                              stories=(story,), workers=workers)
            try:
                [report] = cycle([Feed("c", url, 15)], ctx, log)
            finally:
                if workers:
                    workers.close()
            assert (report.new_items, report.error) == (len(ITEMS) + len(FOLLOWERS), None)
            results[bool(workers)] = stored(database, UN), [(c.name, c.state) for c in store.candidates(UN)]
    assert results[True] == results[False]
    (_, events), candidates = results[False]
    assert candidates == [("Lucia Marenco", "proposed")]
    assert {e[2] for e in events if e[1] == "Lucia Marenco"} >= {"Ecuador", "Peru", "Chile", "Brazil"}
    # pages after the first were handed to the workers before she was found: read again, and only those, by
    # a worker (from the article's text, not its page); this process read none (it builds no rules)
    assert reread and set(reread) <= {title for _guid, _day, title, _text in ITEMS[1:] + FOLLOWERS}
    assert not read_here


def test_a_worker_s_result_is_the_poller_s_own_reading():
    """settled: read again with the candidates followed now when they changed since the job was
    made; as it came, its candidates followed from now on, when they did not."""
    story = load_story(REPO_ROOT / "config/stories/un-secretary-general-2026.yaml")
    first, second = [PageJob("c", "http://127.0.0.1/c.xml", FeedItem(key=f"guid:{guid}", link=None, title=title,
                                                                     text=text, published=day), "en", None, None, 500)
                     for guid, day, title, text in ITEMS]
    worker = read_item(second, (story,))   # the job made before the first was stored: Marenco not followed
    assert not any(e.subject == "Lucia Marenco" for part in worker.article.found for e in part.events)
    poller = FollowedCandidates()
    # nothing followed changed: the worker's result as it is, and the candidate it found followed from now on
    assert settled(first, read_item(first, (story,)), (story,), poller) == read_item(first, (story,), FollowedCandidates())
    assert [c.name for _story, found in poller.following() for c in found] == ["Lucia Marenco"]

    one_process = FollowedCandidates()
    read_item(first, (story,), one_process)
    expected = read_item(second, (story,), one_process)
    assert any(e.subject == "Lucia Marenco" and e.actor == "Peru" for part in expected.article.found for e in part.events)
    assert settled(second, worker, (story,), poller) == expected

    # read again by a worker: handed the article's text with the candidates followed now, the same result
    again, handed = FollowedCandidates(), []
    settled(first, read_item(first, (story,)), (story,), again)
    assert settled(second, worker, (story,), again,
                   lambda job: handed.append(job) or read_item(job, (story,))) == expected
    [job] = handed
    assert job.record == worker.article.record and job.following == again.following()
    same = replace(second, following=again.following())
    assert settled(same, read_item(same, (story,)), (story,), again, handed.append) == read_item(same, (story,))
    assert len(handed) == 1   # nothing followed changed since the job was made: not read again


def test_worker_processes_read_the_seeds_as_this_process_does(story, seed_articles):
    """Feed items carrying the seed texts (no page): the same article, events and skip reason."""
    jobs = [PageJob("wire", "http://127.0.0.1/feed.xml", FeedItem(key=f"guid:{a.stem}", link=None, title=a.title,
                                                                   text=a.text, published=a.published),
                    "en", None, None, 500) for a in seed_articles]
    here = [read_item(job, (story,)) for job in jobs]
    with Workers(2, read_item, ((story,),)) as pool:
        there = [future.result() for future in [pool.submit(job) for job in jobs]]
    assert there == here
    assert sum(len(part.events) for result in here for part in result.article.found) > 5


def test_small_polls_stay_in_one_process():
    assert not Workers.wanted(2, 2 * workers_module.MIN_ITEMS_PER_WORKER - 1)
    assert Workers.wanted(2, 2 * workers_module.MIN_ITEMS_PER_WORKER)
    assert not Workers.wanted(1, 10_000)  # workers: 1 means this process


def test_workers_is_a_positive_whole_number(tmp_path):
    from natowatch.flows.settings import SettingsError, load_settings

    settings = tmp_path / "settings.yaml"
    settings.write_text("polling:\n  workers: 3\n", encoding="utf-8")
    assert load_settings(settings, environ={}).polling.workers == 3
    assert load_settings(settings, environ={"NATOWATCH_WORKERS": "1"}).polling.workers == 1
    with pytest.raises(SettingsError, match=r"^environment: NATOWATCH_WORKERS: expected a positive whole number"):
        load_settings(settings, environ={"NATOWATCH_WORKERS": "0"})
    settings.write_text("polling:\n  workers: two\n", encoding="utf-8")
    with pytest.raises(SettingsError, match=r"polling.workers: expected a positive whole number"):
        load_settings(settings, environ={})


def test_a_poll_s_worker_processes_keep_the_compiled_rules_and_read_them_back(tmp_path, repo_root):
    """`natowatch poll --once` with two workers: on an empty data directory they write the rules they
    built (flows/rules_cache.py); the next poll's processes read them and build none, so the file is
    left as it was (a process that built any would write it again: a new file)."""
    import os
    import subprocess

    from sessionkit import NATOWATCH

    pages = 2 * workers_module.MIN_ITEMS_PER_WORKER
    folder, data = tmp_path / "corpus", tmp_path / "data"
    kept = data / "cache" / "compiled-rules.bin"
    with corpus_server(folder) as server:
        write_corpus(folder, load_seeds(SEEDS), pages, 1, server.base_url)
        feeds = tmp_path / "feeds.yaml"
        feeds.write_text(f"feeds:\n  - {{name: bench-00, url: '{server.base_url}/feeds/feed-00.xml'}}\n",
                         encoding="utf-8")
        # No time budget: on a loaded machine an article could run out of its 2 s and say so on
        # stderr, which this test reads for the rules file's warnings.
        settings = tmp_path / "settings.yaml"
        settings.write_text("extract:\n  budget_seconds: null\n", encoding="utf-8")
        env = {k: v for k, v in os.environ.items() if not k.startswith(("NATOWATCH_", "PREFECT_API_URL"))}
        env.update(NATOWATCH_DATA_DIR=str(data), NATOWATCH_WORKERS="2", NATOWATCH_HOST_DELAY_SECONDS="0",
                   NATOWATCH_FEEDS=str(feeds), NATOWATCH_CONFIG=str(settings), NO_PROXY="127.0.0.1,localhost")
        seen = []
        for run in ("empty", "kept"):
            env["NATOWATCH_DATABASE_URL"] = f"sqlite:///{tmp_path / f'{run}.db'}"
            done = subprocess.run([str(NATOWATCH), "poll", "--once", "--no-dispatch"], cwd=repo_root, env=env,
                                  capture_output=True, text=True, timeout=600)
            assert done.returncode == 0 and "natowatch:" not in done.stderr, done.stderr[-3000:]
            assert f"{pages} new" in done.stdout, done.stdout
            seen.append((kept.stat().st_ino, kept.stat().st_mtime_ns))
    assert seen[1] == seen[0]
