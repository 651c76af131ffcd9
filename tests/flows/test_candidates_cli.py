"""Candidates the story file does not list, across articles: found in one article (stored as
proposed), followed by the later ones, shown by `status` and `natowatch candidates`, accepted
or rejected there. Invented articles, on SQLite and PostgreSQL."""
from __future__ import annotations

import json
from pathlib import Path

from flowkit import invoke

from natowatch.flows.pipelines.replay import read_and_extract, store_batch
from natowatch.flows.settings import load_settings
from natowatch.flows.files.stories import load_stories
from natowatch.storage import Store
from tests.flows.backends import any_db_url  # noqa: F401  (fixture)

ROOT = Path(__file__).resolve().parents[2]
UN = "un-secretary-general-2026"
NATO = "nato-secretary-general"
STORIES = [str(ROOT / "config/stories/nato-secretary-general.yaml"),
           str(ROOT / "config/stories/un-secretary-general-2026.yaml")]
# Lucia Marenco is invented; only the first article states that she is in the race.
ARTICLES = {
    "c1": ("2026-02-02", "Ecuador nominates Lucia Marenco for UN Secretary-General\n\nEcuador on Monday formally "
                         "nominated Lucia Marenco, its former foreign minister, as a candidate for UN "
                         "Secretary-General. She joins Rafael Grossi and Michelle Bachelet in the race.\n"),
    "c2": ("2026-02-03", "Peru backs Marenco in race for UN chief\n\nPeru said on Tuesday it supports Lucia Marenco "
                         "for the post of UN Secretary-General.\n"),
    "c3": ("2026-02-04", "Bolivia backs Marenco for the UN's top job\n\nBolivia on Wednesday endorsed Marenco as the "
                         "next UN Secretary-General.\n"),
}
LATER = ("2026-03-02", "Uruguay backs Marenco\n\nUruguay said on Monday it supports Lucia Marenco for UN "
                       "Secretary-General.\n")


def _corpus(folder: Path, articles: dict) -> Path:
    folder.mkdir()
    manifest = []
    for name, (day, text) in articles.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        manifest.append({"id": name, "file": f"{name}.txt", "published": day, "outlet": "Invented Wire"})
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return folder


def _replay(url: str, folder: Path):
    settings = load_settings()
    with Store.open(url, upgrade=True) as store:
        batch = read_and_extract(folder, load_stories(settings), tuple(store.candidates()))
        return store_batch(store, batch, settings.alerts.rules, str(folder))


def _marenco(events) -> set[tuple]:
    return {(e.type, e.actor) for e in events if e.subject == "Lucia Marenco"}


def test_a_found_candidate_is_followed_shown_and_decided(any_db_url, runner, tmp_path, write_settings):  # noqa: F811
    write_settings({"stories": STORIES})
    first = _replay(any_db_url, _corpus(tmp_path / "first", ARTICLES))
    # found in c1, followed in c2 and c3 (which never say she is a candidate)
    assert _marenco(first.new_events) == {("candidacy", "Ecuador"), ("endorsement", "Ecuador"),
                                          ("endorsement", "Peru"), ("endorsement", "Bolivia")}
    assert {e.story_id for e in first.new_events if e.subject == "Lucia Marenco"} == {UN}

    # the default route takes 'new_candidate': she is announced once, as found in c1
    alerts = invoke(runner, "alerts", "--db", any_db_url, "--story", UN).stdout
    assert alerts.count("New candidate for UN Secretary-General: Lucia Marenco (not in the story file") == 1

    listed = invoke(runner, "candidates", "--db", any_db_url)
    assert listed.exit_code == 0, listed.output
    assert "Lucia Marenco" in listed.stdout and "proposed" in listed.stdout and "Marenco" in listed.stdout
    [line] = [json.loads(x) for x in invoke(runner, "candidates", "--db", any_db_url, "--json").stdout.splitlines()]
    assert (line["story"], line["name"], line["aliases"], line["pronoun"], line["state"]) == (
        UN, "Lucia Marenco", ["Marenco"], "she", "proposed")   # the pronoun opening the next sentence
    assert line["first_article_title"].startswith("Ecuador nominates Lucia Marenco")

    status = invoke(runner, "status", "--db", any_db_url, "--story", UN).stdout
    assert "Lucia Marenco (found in articles, proposed): 0 of 15 Security Council members back (3 states in all)" \
        in status
    assert "  Lucia Marenco: proposed; first seen 2026-02-02 in \"Ecuador nominates Lucia Marenco" in status
    [un] = [json.loads(x) for x in invoke(runner, "status", "--db", any_db_url, "--json", "--story", UN).stdout.splitlines()]
    [marenco] = [c for c in un["candidates"] if c["name"] == "Lucia Marenco"]
    assert (marenco["status"], marenco["found"], marenco["backing"]) == (
        "discovered", "proposed", ["Bolivia", "Ecuador", "Peru"])
    assert [(f["name"], f["state"]) for f in un["found"]] == [("Lucia Marenco", "proposed")]

    # rejected: out of the tally and the status, and a later article alerts nothing about her
    rejected = invoke(runner, "candidates", "--db", any_db_url, "--reject", "marenco")
    assert rejected.exit_code == 0, rejected.output
    assert rejected.stdout.startswith(f"rejected: Lucia Marenco ({UN}): never alerted, out of the tally")
    later = _replay(any_db_url, _corpus(tmp_path / "later", {"c4": LATER}))
    assert later.alerts_queued == 0
    with Store.open(any_db_url) as store:
        assert "Lucia Marenco" not in store.tally(UN)
    status = invoke(runner, "status", "--db", any_db_url, "--story", UN).stdout
    assert "Lucia Marenco (" not in status and "  Lucia Marenco: rejected; first seen" in status

    # accepted: back in the tally with every stance stored meanwhile
    accepted = invoke(runner, "candidates", "--db", any_db_url, "--accept", "Lucia Marenco", "--story", UN)
    assert accepted.exit_code == 0 and "accepted: Lucia Marenco" in accepted.stdout
    with Store.open(any_db_url) as store:
        assert store.tally(UN)["Lucia Marenco"].backing == ("Bolivia", "Ecuador", "Peru")


def test_unknown_or_ambiguous_names_are_one_clear_line(any_db_url, runner, tmp_path, write_settings):  # noqa: F811
    write_settings({"stories": STORIES})
    invoke(runner, "db", "upgrade", "--db", any_db_url)
    empty = invoke(runner, "candidates", "--db", any_db_url)
    assert empty.exit_code == 0 and "No candidate found in articles yet." in empty.stdout
    unknown = invoke(runner, "candidates", "--db", any_db_url, "--accept", "Nobody")
    assert unknown.exit_code == 2
    assert unknown.stderr == "natowatch: no candidate found in articles is named 'Nobody' (found: none yet)\n"
    both = invoke(runner, "candidates", "--db", any_db_url, "--accept", "X", "--reject", "x")
    assert both.exit_code == 2 and "both accepted and rejected" in both.stderr


def test_a_candidate_removed_from_the_story_is_followed_across_the_dev_set(story):
    """Iohannis taken out of the NATO story file: found where an article states him in the race,
    then followed by the later articles (10 of his 14 dev events when measured, against 8-9 read
    article by article), and nothing said of him that the gold does not say."""
    import dataclasses

    dev = ROOT / "tests" / "corpora" / "dev"
    without = dataclasses.replace(story, candidates=tuple(c for c in story.candidates if c.name != "Klaus Iohannis"))

    def key(article: str, event) -> tuple:
        return article, event.type, event.actor if event.type in ("endorsement", "opposition") else None
    gold = {key(a, type("E", (), e)) for a, evs in json.loads((dev / "gold.json").read_text()).items()
            for e in evs if e["subject"] == "Klaus Iohannis"}
    batch = read_and_extract(dev, (without,))
    found = {key(x.article.path.stem, e) for x in batch.articles for part in x.read.found for e in part.events
             if e.subject == "Klaus Iohannis"}
    assert len(gold & found) >= 10 and not found - gold, (sorted(gold - found), sorted(found - gold))
    assert [f.name for x in batch.articles for part in x.read.found for f in part.found][0] == "Klaus Iohannis"
