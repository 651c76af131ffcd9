#!/usr/bin/env python3
"""Run the extractor over a corpus and write `natowatch extract --json` lines.

usage: python tests/corpora/predict.py MANIFEST.json OUT.jsonl [--story STORY.yaml] [--time]

The manifest lists {id, file, title, published}; a file whose first line is
the title has it split off, otherwise the whole file is the text and the
title is left empty (an editor's title is not article text).
"""
from __future__ import annotations

import datetime as dt
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from natowatch.extract import event_to_json, extract_events  # noqa: E402
from natowatch.flows.files.storyfile import load_story  # noqa: E402

STORY = ROOT / "config" / "stories" / "nato-secretary-general.yaml"


def load_corpus(manifest: Path) -> list[dict]:
    """[{id, title, text, published}] of the articles a manifest lists."""
    items = []
    for entry in json.loads(manifest.read_text(encoding="utf-8")):
        path = manifest.parent / entry["file"]
        raw = path.read_text(encoding="utf-8")
        title = (entry.get("title") or "").strip()
        first, _, rest = raw.partition("\n")
        if title and first.strip() == title:
            text = rest.lstrip("\n")
        else:
            title, text = "", raw
        published = dt.date.fromisoformat(entry["published"]) if entry.get("published") else None
        items.append({"id": entry["id"], "file": str(path), "title": title, "text": text, "published": published})
    return items


def predict(manifest: Path, story=None) -> tuple[list[dict], list[float]]:
    """JSON events of every article and the extraction time of each (seconds)."""
    story = story or load_story(STORY)
    rows, times = [], []
    for item in load_corpus(manifest):
        start = time.perf_counter()
        # read whole: a score judges the extractor, not how loaded the machine was (the 2 s budget
        # cut articles on a busy machine and made scores differ between runs)
        events = extract_events(item["title"], item["text"], item["published"], story, budget_seconds=None)
        times.append(time.perf_counter() - start)
        rows += [event_to_json(item["id"], e, story) for e in events]
    return rows, times


def main(argv: list[str]) -> None:
    manifest, out = Path(argv[0]), Path(argv[1])
    story = load_story(argv[argv.index("--story") + 1]) if "--story" in argv else None
    rows, times = predict(manifest, story)
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    if "--time" in argv:
        print(f"{len(times)} articles, median {statistics.median(times) * 1000:.1f} ms, max {max(times) * 1000:.1f} ms")


if __name__ == "__main__":
    main(sys.argv[1:])
