"""The floor: what extraction alone costs over the corpus pages, in one process, with no
database, no HTTP and no Prefect. Run by pipeline.py as a child process (so its peak
memory is its own): `python -m benchmarks.floor CORPUS_FOLDER`; prints one JSON line.
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

STORY_FILE = REPO_ROOT / "config" / "stories" / "nato-secretary-general.yaml"


def measure_floor(folder: Path) -> dict:
    """Seconds spent in html_to_article, and in is_about_story + extract_events, over every page
    (reading the files is not counted)."""
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
    if len(sys.argv) != 2:
        raise SystemExit("usage: python -m benchmarks.floor CORPUS_FOLDER")
    print(json.dumps(measure_floor(Path(sys.argv[1]))))
