"""replay and poll share one ingest path (flows/ingest.py): the same articles, given once as files
to `natowatch replay` and once as items of a feed on a local HTTP server to `natowatch poll
--once`, leave the same articles, events, evidence, found candidates and alerts in two databases.

The articles: the seeds, the invented corpus of both races (one of them about neither) and two
invented UN articles where a candidate the story file does not list is found, then followed.
Each file holds exactly the text the feed item carries, so the two paths read the same input."""
from __future__ import annotations

import dataclasses
import datetime as dt
import html
import json
import sys
from pathlib import Path

from natowatch.flows.files.articles import list_folder, outlet_of, read_article
from natowatch.flows.reader.feeds import html_fragment_to_text
from natowatch.storage import Store
from tests.flows.test_oneshot import no_server_env, run_cli

sys.path.append(str(Path(__file__).resolve().parents[1] / "feeds"))
from feedpages import rss  # noqa: E402  (tests/feeds)

ROOT = Path(__file__).resolve().parents[2]
STORIES = [str(ROOT / "config/stories/nato-secretary-general.yaml"),
           str(ROOT / "config/stories/un-secretary-general-2026.yaml")]
NATO, UN = "nato-secretary-general", "un-secretary-general-2026"
# Ecuador nominates Lucia Marenco, whom the UN story file does not list; Peru then backs her by
# surname alone, which only a reader following her since the first article finds.
FOUND = [("found-1", "Ecuador nominates Lucia Marenco for UN Secretary-General",
          "Ecuador on Monday formally nominated Lucia Marenco, its former foreign minister, as a candidate for UN "
          "Secretary-General.", dt.date(2026, 2, 2)),
         ("found-2", "Peru backs Marenco in race for UN chief",
          "Peru said on Tuesday it supports Marenco for the post of UN Secretary-General.", dt.date(2026, 2, 3))]
# What is the database's own, not the article's: when a row was written, and how the article came in.
NOT_COMPARED = {"created_at", "updated_at", "decided_at", "next_attempt_at", "claimed_at", "sent_at",
                "source", "feed_name", "text_source"}


def articles() -> list[tuple[str, str, str, dt.date]]:
    """(id, title, text, published) in publication order, the text as a feed item's
    paragraphs come out of the feed (one line each)."""
    found = []
    for folder in (ROOT / "seeds", ROOT / "tests/corpora/un-invented"):
        for path, entry in list_folder(folder).files:
            article = read_article(path, entry)
            fragment = "".join(f"<p>{html.escape(p)}</p>" for p in article.text.split("\n\n"))
            found.append((f"{folder.name}-{path.stem}", article.title, html_fragment_to_text(fragment),
                          article.published))
    return sorted(found + FOUND, key=lambda a: (a[3], a[0]))


def plain(value):
    """A record read back as plain data, without what only says when or how it was stored."""
    if dataclasses.is_dataclass(value):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value) if f.name not in NOT_COMPARED}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


def stored(url: str) -> dict:
    with Store.open(url) as store:
        return {"articles": plain(store.articles()), "events": plain(store.events(NATO) + store.events(UN)),
                "candidates": plain(store.candidates()), "alerts": plain(store.alerts())}


def test_replay_and_poll_store_the_same_for_the_same_articles(repo_root, tmp_path, httpserver):
    corpus = articles()
    folder = tmp_path / "articles"
    folder.mkdir()
    manifest, items = [], []
    for article_id, title, text, published in corpus:
        url = httpserver.url_for(f"/news/{article_id}")
        (folder / f"{article_id}.txt").write_text(f"{title}\n\n{text}", encoding="utf-8")
        manifest.append({"id": article_id, "file": f"{article_id}.txt", "title": title, "url": url,
                         "outlet": outlet_of(url), "published": published.isoformat(), "language": "en"})
        items.append({"guid": article_id, "title": title, "link": url, "description": text, "published": published})
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    httpserver.expect_request("/feed.xml").respond_with_data(rss(items), content_type="application/rss+xml")
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text(f"feeds:\n  - {{name: wire, url: '{httpserver.url_for('/feed.xml')}', full_page: false}}\n",
                     encoding="utf-8")
    settings = tmp_path / "settings.yaml"
    settings.write_text(json.dumps({"stories": STORIES, "data_dir": str(tmp_path / "data")}), encoding="utf-8")
    env = no_server_env(tmp_path, NATOWATCH_CONFIG=str(settings))
    replayed, polled = f"sqlite:///{tmp_path / 'replayed.db'}", f"sqlite:///{tmp_path / 'polled.db'}"

    replay = run_cli(env, repo_root, "replay", str(folder), "--db", replayed)
    assert replay.returncode == 0, replay.stderr
    assert f"Replayed {len(corpus)} articles" in replay.stdout
    poll = run_cli(env, repo_root, "poll", "--once", "--feeds", str(feeds), "--db", polled)
    assert poll.returncode == 0, poll.stderr
    assert f"wire: {len(corpus)} items, {len(corpus)} new (1 not about the story)" in poll.stdout

    by_replay, by_poll = stored(replayed), stored(polled)
    # what the comparison covers: both races, a skipped article with its reason, a candidate found
    # in one article and followed in the next, alerts sent
    assert {e["story_id"] for e in by_replay["events"]} == {NATO, UN}
    assert [a["skip_reason"] is not None for a in by_replay["articles"]].count(True) == 1
    assert ("Lucia Marenco", "Peru") in {(e["subject"], e["actor"]) for e in by_replay["events"]}
    assert "Lucia Marenco" in [c["name"] for c in by_replay["candidates"]]
    assert by_replay["alerts"] and {a["state"] for a in by_replay["alerts"]} == {"sent"}
    for part in by_replay:
        assert by_poll[part] == by_replay[part], part
