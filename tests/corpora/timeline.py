#!/usr/bin/env python3
"""Score a replayed timeline against a corpus's gold labels at story level.

usage: python tests/corpora/timeline.py CORPUS_FOLDER [--story STORY_FILE] [--db URL] [--verbose]

The folder (tests/corpora/dev: the 32 dev articles) holds manifest.json (id, file, published, ...) and gold.json (per article, its
events). The articles are replayed in publication order through the real replay path
(read, extract, store; no Prefect, no alert sent) into a fresh SQLite file (or --db), and the
story's timeline is compared with the gold events of the whole corpus, each once:

- found: the share of distinct gold events the timeline holds (key as score.py compares:
  type, the subject's surname, and the actor for endorsement and opposition);
- on the first day: the share of gold events the timeline first reported on (or before) the
  earliest publication day of the articles gold labels them in;
- precision: the share of the timeline's distinct events that gold holds.
"""
from __future__ import annotations

import datetime as dt
import importlib.util
import json
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def _score_module():
    """tests/corpora/dev/score.py: its key() is how gold and predictions are compared."""
    spec = importlib.util.spec_from_file_location("corpus_score", ROOT / "tests" / "corpora" / "dev" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass(frozen=True)
class TimelineScore:
    gold: int            # distinct gold events of the corpus
    found: int           # of them, in the timeline
    on_first_day: int    # of them, first reported by the day gold first has them
    timeline: int        # distinct events of the timeline
    correct: int         # of them, in gold
    missed: tuple = ()   # gold keys not found
    late: tuple = ()     # (key, gold day, reported day)
    extra: tuple = ()    # timeline keys gold does not hold

    @property
    def found_share(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def first_day_share(self) -> float:
        return self.on_first_day / self.gold if self.gold else 0.0

    @property
    def precision(self) -> float:
        return self.correct / self.timeline if self.timeline else 0.0

    def line(self) -> str:
        return (f"found {self.found}/{self.gold} = {self.found_share:.3f}; on the first day "
                f"{self.on_first_day}/{self.gold} = {self.first_day_share:.3f}; precision "
                f"{self.correct}/{self.timeline} = {self.precision:.3f}")


def gold_first_days(folder: Path) -> dict[tuple, dt.date | None]:
    """Each distinct gold event of the corpus and the first day an article gold labels it in was published."""
    key = _score_module().key
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    published = {entry["id"]: dt.date.fromisoformat(entry["published"]) if entry.get("published") else None
                 for entry in json.loads((folder / "manifest.json").read_text(encoding="utf-8"))}
    first: dict[tuple, dt.date | None] = {}
    for article, events in gold.items():
        day = published.get(article)
        for event in events:
            k = key(event)
            if k not in first or (day is not None and (first[k] is None or day < first[k])):
                first[k] = day
    return first


def score(events, first_days: dict[tuple, dt.date | None]) -> TimelineScore:
    """Compare timeline events (storage EventViews) with the gold events and their first days."""
    key = _score_module().key
    reported: dict[tuple, dt.date | None] = {}
    for event in events:
        k = key({"type": event.type, "subject": event.subject, "actor": event.actor})
        day = event.reported
        if k not in reported or (day is not None and (reported[k] is None or day < reported[k])):
            reported[k] = day
    found = [k for k in first_days if k in reported]
    late = tuple((k, first_days[k], reported[k]) for k in found
                 if first_days[k] is not None and (reported[k] is None or reported[k] > first_days[k]))
    return TimelineScore(
        gold=len(first_days), found=len(found), on_first_day=len(found) - len(late), timeline=len(reported),
        correct=sum(1 for k in reported if k in first_days), late=late,
        missed=tuple(k for k in first_days if k not in reported),
        extra=tuple(k for k in reported if k not in first_days))


NATO_STORY = ROOT / "config" / "stories" / "nato-secretary-general.yaml"


def replay_and_score(folder: Path, database_url: str, story_file: Path = NATO_STORY) -> TimelineScore:
    """Replay the corpus into an empty database through the replay flow's steps, then score it."""
    from natowatch.flows.pipelines.replay import read_and_extract, store_batch
    from natowatch.flows.files.storyfile import load_story
    from natowatch.storage import Store

    story = load_story(story_file)
    batch = read_and_extract(folder, story)
    if batch.problems:
        raise SystemExit("\n".join(batch.problems))
    with Store.open(database_url, upgrade=True) as store:
        store_batch(store, batch, (), str(folder))
        return score(store.events(story.id), gold_first_days(folder))


def main(argv: list[str]) -> None:
    folder = Path(argv[0])
    verbose = "--verbose" in argv
    with tempfile.TemporaryDirectory() as tmp:
        url = argv[argv.index("--db") + 1] if "--db" in argv else f"sqlite:///{tmp}/timeline.db"
        story = Path(argv[argv.index("--story") + 1]) if "--story" in argv else NATO_STORY
        result = replay_and_score(folder, url, story)
    if verbose:
        for k in result.missed:
            print("MISSED", k)
        for k, gold_day, day in result.late:
            print("LATE", k, f"gold {gold_day}, reported {day}")
        for k in result.extra:
            print("EXTRA", k)
    print(result.line())


if __name__ == "__main__":
    main(sys.argv[1:])
