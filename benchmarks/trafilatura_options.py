"""trafilatura's options against the ones extract/html.py uses, on real article texts: every
article of seeds/, tests/corpora/*/articles and ../shared/dev/articles, each put inside the
benchmark's news page (benchmarks/corpus.py: navigation, cookie banner, related links, comments,
scripts), so the true text of every page is known. Run on demand:

    .venv/bin/python -m benchmarks.trafilatura_options [--rounds 3] [--json]

Per option set: the median time per page; and against the current options, the pages whose text
differs, the article paragraphs lost and boilerplate lines kept (against the true text), titles
and dates that differ, and the events that differ (`extract_events` on each text). An option set
"loses nothing" when it loses no paragraph, keeps no boilerplate and changes no title, date or event.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import sys
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a file: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import trafilatura  # noqa: E402

from benchmarks.corpus import TEASER_WORDS, render_page  # noqa: E402
from benchmarks.pipeline import load_average  # noqa: E402
from natowatch.extract import extract_events  # noqa: E402
from natowatch.flows.files.articles import ArticleFileError, list_folder, read_article  # noqa: E402
from natowatch.flows.settings import REPO_ROOT, load_settings  # noqa: E402
from natowatch.flows.files.stories import load_stories  # noqa: E402

FOLDERS = [REPO_ROOT / "seeds", *sorted((REPO_ROOT / "tests" / "corpora").glob("*/articles")),
           REPO_ROOT.parent / "shared" / "dev" / "articles"]
CURRENT = "current (extract/html.py)"
# Each: bare_extraction's keyword arguments. The first is what extract/html.py passes today.
OPTIONS = {
    CURRENT: dict(with_metadata=True, include_comments=False, include_tables=False, favor_precision=True),
    "fast": dict(with_metadata=True, include_comments=False, include_tables=False, favor_precision=True, fast=True),
    "fast, quick date search": dict(with_metadata=True, include_comments=False, include_tables=False,
                                    favor_precision=True, fast=True,
                                    date_extraction_params={"extensive_search": False, "original_date": True}),
    "fast, no metadata": dict(with_metadata=False, include_comments=False, include_tables=False,
                              favor_precision=True, fast=True),
    "no favor_precision": dict(with_metadata=True, include_comments=False, include_tables=False),
    "fast, no favor_precision": dict(with_metadata=True, include_comments=False, include_tables=False, fast=True),
}


def articles() -> list:
    found = []
    for folder in FOLDERS:
        if not folder.is_dir():
            continue
        for path, entry in list_folder(folder).files:
            try:
                found.append(read_article(path, entry))
            except ArticleFileError:
                continue
    return found


def pages(items) -> list[tuple[str, str, list[str], dt.date | None, str]]:
    """(page html, title, true paragraphs, date, url) per article, deterministic."""
    rng = random.Random(15)
    out = []
    for i, article in enumerate(items):
        paragraphs = [p.strip() for p in article.text.split("\n\n") if p.strip()]
        title = article.title or article.headline or f"Article {i}"
        url = f"https://news.example/{i:04d}.html"
        related = [" ".join(rng.sample(TEASER_WORDS, 4)).capitalize() for _ in range(6)]
        out.append((render_page(title, paragraphs, article.published, url, related, rng), title, paragraphs,
                    article.published, url))
    return out


def run(options: dict, page: str, url: str) -> tuple[str, str, dt.date | None]:
    doc = trafilatura.bare_extraction(page, url=url, **options)
    if doc is None:
        return "", "", None
    data = doc if isinstance(doc, dict) else doc.as_dict()
    date = data.get("date")
    try:
        day = dt.date.fromisoformat(str(date)[:10]) if date else None
    except ValueError:
        day = None
    return (data.get("text") or "").strip(), (data.get("title") or "").strip(), day


def fold(text: str) -> str:
    return " ".join(text.split())


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.trafilatura_options",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3, help="timing rounds per option set (median per page)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    stories = load_stories(load_settings(environ={}))
    corpus = pages(articles())
    print(f"{len(corpus)} pages ({', '.join(str(f.relative_to(REPO_ROOT.parent)) for f in FOLDERS if f.is_dir())}); "
          f"load average {load_average()}", flush=True)
    outputs, results = {}, {}
    for name, options in OPTIONS.items():
        times: list[list[float]] = [[] for _ in corpus]
        for _ in range(args.rounds):
            for i, (page, _title, _paragraphs, _day, url) in enumerate(corpus):
                started = time.perf_counter()
                run(options, page, url)
                times[i].append(time.perf_counter() - started)
        outputs[name] = [run(options, page, url) for page, _t, _p, _d, url in corpus]
        results[name] = {"ms_per_page": round(1000 * statistics.median(min(t) for t in times), 2)}
    base = outputs[CURRENT]
    for name, out in outputs.items():
        lost = kept = texts = titles = dates = events = 0
        for (page, title, paragraphs, day, url), (text, got_title, got_day), (base_text, base_title, base_day) in zip(
                corpus, out, base):
            folded = fold(text)
            lost += sum(fold(p) not in folded for p in paragraphs)
            true = {fold(p) for p in paragraphs}
            kept += sum(1 for line in text.splitlines() if fold(line) and fold(line) not in true
                        and not any(fold(line) in t for t in true))
            texts += fold(text) != fold(base_text)
            titles += got_title != base_title
            dates += got_day != base_day
            if fold(text) != fold(base_text) or got_day != base_day:
                for story in stories:
                    mine = {(e.type, e.subject, e.actor, e.status, e.date) for e in
                            extract_events(got_title or title, text, got_day, story)}
                    theirs = {(e.type, e.subject, e.actor, e.status, e.date) for e in
                              extract_events(base_title or title, base_text, base_day, story)}
                    events += len(mine ^ theirs)
        results[name].update(texts_differ=texts, paragraphs_lost=lost, boilerplate_lines=kept, titles_differ=titles,
                             dates_differ=dates, events_differ=events)
    print(f"{'options':28} {'ms/page':>8} {'texts':>6} {'lost':>5} {'boiler':>7} {'titles':>7} {'dates':>6} "
          f"{'events':>7}")
    for name, r in results.items():
        print(f"{name:28} {r['ms_per_page']:8.2f} {r['texts_differ']:6d} {r['paragraphs_lost']:5d} "
              f"{r['boilerplate_lines']:7d} {r['titles_differ']:7d} {r['dates_differ']:6d} {r['events_differ']:7d}")
    print(f"load average after: {load_average()}")
    if args.json:
        print(json.dumps({"pages": len(corpus), **results}))


if __name__ == "__main__":
    main()
