"""The floor: what extraction alone costs over the corpus pages, in one process, with no
database, no HTTP and no Prefect. Run by pipeline.py as a child process (so its peak
memory is its own): `python -m benchmarks.floor CORPUS_FOLDER [DATA_DIR]`; prints one JSON line.
With DATA_DIR, the extractor's compiled rules kept there are loaded first (flows/rules_cache.py),
as the poll's processes load them; `python -m benchmarks.floor --warm DATA_DIR` only builds the
rules and keeps them there.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a file: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpus import read_corpus  # noqa: E402
from natowatch.extract import extract_events, html_to_article, is_about_story  # noqa: E402
from natowatch.flows.settings import REPO_ROOT  # noqa: E402
from natowatch.flows.files.storyfile import load_story  # noqa: E402
from natowatch.flows.rules_cache import RulesCache  # noqa: E402

STORY_FILE = REPO_ROOT / "config" / "stories" / "nato-secretary-general.yaml"


def warm(data_dir: Path) -> None:
    """Build the story's rules (one sentence about the race) and keep them in `data_dir`."""
    cache = RulesCache(data_dir)
    cache.load()
    extract_events("NATO", "Mark Rutte is a candidate for NATO Secretary General.", None, load_story(STORY_FILE))
    cache.save()


def measure_floor(folder: Path, data_dir: Path | None = None) -> dict:
    """Seconds spent in html_to_article, and in is_about_story + extract_events, over every page
    (reading the files is not counted)."""
    if data_dir is not None:
        RulesCache(data_dir).load()
    story = load_story(STORY_FILE)
    html_seconds = events_seconds = 0.0
    events = relevant = empty = 0
    articles = read_corpus(folder)
    for article in articles:
        page_html = (folder / article.path).read_bytes().decode("utf-8")
        started = time.perf_counter()
        page = html_to_article(page_html, article.url)
        parsed = time.perf_counter()
        about = is_about_story(article.title, page.text, story)
        found = extract_events(article.title, page.text, page.date, story) if about else []
        events_seconds += time.perf_counter() - parsed
        html_seconds += parsed - started
        empty += not page.text.strip()
        relevant += about
        events += len(found)
    return {"articles": len(articles), "seconds": html_seconds + events_seconds, "html_seconds": html_seconds,
            "events_seconds": events_seconds, "relevant": relevant, "events": events, "empty_pages": empty}


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--warm":
        warm(Path(sys.argv[2]))
    elif len(sys.argv) in (2, 3):
        print(json.dumps(measure_floor(*map(Path, sys.argv[1:]))))
    else:
        raise SystemExit("usage: python -m benchmarks.floor CORPUS_FOLDER [DATA_DIR] | --warm DATA_DIR")
