"""`natowatch articles [--skipped]` after a real `natowatch replay` of a folder: an article not
about the race is listed with the extractor's reason (what it would have had to name, and the
story's names it did name), in the table and in --json."""
from __future__ import annotations

import json

import pytest

from flowkit import invoke

RACE = ("Hungary will not back Rutte\n\nHungary will not support Dutch Prime Minister Mark Rutte's bid to become "
        "the next NATO Secretary General, its foreign minister said on Tuesday.\n")
DERBY = ("Ajax beat PSV\n\nAjax won the derby 3-1 on Sunday in Amsterdam; Mark Rutte watched from the stands "
         "beside Hungary's Viktor Orban.\n")
REASON = ("names neither the post (NATO Secretary General or an alias) nor the organisation (NATO or an alias); "
          "it names Mark Rutte (candidate), Hungary (member state)")


@pytest.mark.prefect
def test_skipped_articles_say_why_after_a_replay(prefect_harness, runner, tmp_path, write_settings):
    write_settings({})
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "race.txt").write_text(RACE, encoding="utf-8")
    (folder / "derby.txt").write_text(DERBY, encoding="utf-8")
    (folder / "manifest.json").write_text(json.dumps([
        {"id": "race", "file": "race.txt", "published": "2024-03-05", "outlet": "Wire"},
        {"id": "derby", "file": "derby.txt", "published": "2024-03-10", "outlet": "Sport"}]), encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'articles.db'}"
    replayed = invoke(runner, "replay", str(folder), "--db", db)
    assert replayed.exit_code == 0, replayed.stderr
    assert "2 new, 1 not about the story" in replayed.stdout

    skipped = invoke(runner, "articles", "--skipped", "--db", db)
    assert skipped.exit_code == 0, skipped.stderr
    assert "1 skipped article, newest first" in skipped.stdout
    assert "Ajax beat PSV" in skipped.stdout and "Hungary will not back" not in skipped.stdout
    assert " ".join(skipped.stdout.split()).count("it names Mark Rutte (candidate), Hungary (member state)") == 1

    rows = [json.loads(line) for line in invoke(runner, "articles", "--skipped", "--json", "--db", db).stdout.splitlines()]
    assert [(r["title"], r["outlet"], r["relevant"], r["skip_reason"]) for r in rows] == [
        ("Ajax beat PSV", "Sport", False, REASON)]
    every = [json.loads(line) for line in invoke(runner, "articles", "--json", "--db", db).stdout.splitlines()]
    assert [(r["title"], r["skip_reason"], r["events"]) for r in every] == [
        ("Ajax beat PSV", REASON, 0), ("Hungary will not back Rutte", None, 1)]
