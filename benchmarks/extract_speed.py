"""What the extractor alone costs: per article of the dev set, and on texts of 1 MB and 5 MB.

    .venv/bin/python -m benchmarks.extract_speed               # dev set, 1 MB and 5 MB
    .venv/bin/python -m benchmarks.extract_speed --sizes 1     # dev set and 1 MB only
    .venv/bin/python -m benchmarks.extract_speed --json        # last line is JSON for scripts
    .venv/bin/python -m benchmarks.extract_speed --sizes 1 2 4 # is the cost linear? (CPU s per MB flat)

The dev set is every article of ../shared/dev/articles and tests/corpora/*/articles (each
file once by name, the shared copy first). Per article: is_about_story + extract_events, the
best of --rounds runs (the others are the machine's noise); reading files is not timed. The
large texts are the dev articles' bodies one after another until the size is reached, read
without a time budget (the whole text) and with the default one (see natowatch.extract.events);
the first size also in shapes with no sentence end, with the default budget, which must hold
whatever the shape: one sentence (every sentence end a comma), no punctuation at all, one giant
list of names, one giant quotation, tokens of 50,000 characters.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a file: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.floor import STORY_FILE  # noqa: E402
from natowatch.extract import is_about_story  # noqa: E402
from natowatch.extract.events import DEFAULT_BUDGET_SECONDS, extract_article  # noqa: E402
from natowatch.flows.files.articles import ArticleFile, manifest_entry_for, read_article  # noqa: E402
from natowatch.flows.settings import REPO_ROOT  # noqa: E402
from natowatch.flows.files.storyfile import load_story  # noqa: E402

DEV_FOLDERS = [REPO_ROOT.parent / "shared" / "dev" / "articles", *sorted((REPO_ROOT / "tests" / "corpora").glob("*/articles"))]
TARGET_MEDIAN_MS = 15
TARGET_5MB_SECONDS = 10
TITLE = "The race for NATO secretary general"


def dev_articles() -> list[ArticleFile]:
    seen: set[str] = set()
    out = []
    for folder in DEV_FOLDERS:
        for path in sorted(folder.glob("*")) if folder.is_dir() else []:
            if path.name in seen or path.suffix not in (".txt", ".html", ".htm"):
                continue
            seen.add(path.name)
            out.append(read_article(path, manifest_entry_for(path)))
    return out


def per_article_ms(articles: list[ArticleFile], story, rounds: int) -> tuple[list[float], list[float], list[float]]:
    """The best of `rounds` runs of each article, in ms of wall and of CPU time (a first run per
    article warms caches), and the CPU time of that first run: what an article read once costs,
    the names it proposes read into the story's patterns included."""
    wall, cpu, first = [], [], []
    for a in articles:
        best, best_cpu = float("inf"), float("inf")
        for k in range(rounds + 1):
            started, cpu_started = time.perf_counter(), time.process_time()
            if is_about_story(a.headline, a.text, story):
                extract_article(a.headline, a.text, a.published, story, budget_seconds=None)
            if k == 0:
                first.append(1000 * (time.process_time() - cpu_started))
                continue
            best = min(best, time.perf_counter() - started)
            best_cpu = min(best_cpu, time.process_time() - cpu_started)
        wall.append(1000 * best)
        cpu.append(1000 * best_cpu)
    return wall, cpu, first


def large_text(articles: list[ArticleFile], size: int) -> str:
    bodies = [a.text.strip() for a in articles if a.text.strip()]
    parts, length, i = [], 0, 0
    while length < size:
        parts.append(bodies[i % len(bodies)])
        length += len(parts[-1]) + 2
        i += 1
    return "\n\n".join(parts)[:size]


def one_sentence(text: str) -> str:
    """The text as one sentence: each line break and sentence end a comma (the budget must cut
    inside a sentence too)."""
    return re.sub(r"[.!?…]*[\"'”’)\]]*\s*\n+\s*|[.!?…]+(?=[\"'”’)\]]*\s)", ", ", text)


def shapes(text: str) -> dict[str, str]:
    """The text in shapes that have no sentence end, so that the budget must cut inside a sentence."""
    sentence = one_sentence(text)
    people = ["Mark Rutte", "Klaus Iohannis", "Hungary", "Turkey", "the Netherlands", "Romania", "Slovakia"]
    return {
        "as one sentence": sentence,
        "with no punctuation": re.sub(r"[^\w\s]+", " ", text).replace("\n", " "),
        "as one list of names": (TITLE + ": " + ", ".join(people[i % len(people)] for i in range(len(text) // 10)))[:len(text)],
        "as one quotation": TITLE + ': "' + sentence + '"',
        "as tokens of 50,000 characters": " ".join(sentence[i:i + 50_000].replace(" ", "")
                                                   for i in range(0, len(sentence), 50_000)),
    }


def time_large(text: str, story, budget: float | None) -> dict:
    """Wall and CPU seconds (the CPU time is the figure to compare on a machine others load)."""
    started, cpu = time.perf_counter(), time.process_time()
    result = extract_article(TITLE, text, None, story, budget_seconds=budget)
    return {"seconds": round(time.perf_counter() - started, 2), "cpu_seconds": round(time.process_time() - cpu, 2),
            "events": len(result.events), "truncated": result.truncated}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="runs per dev article, the best kept (default 3)")
    parser.add_argument("--sizes", type=float, nargs="*", default=[1, 5], help="large texts in MB (default 1 5)")
    parser.add_argument("--json", action="store_true", help="also print the figures as one JSON line")
    args = parser.parse_args(argv)
    story = load_story(STORY_FILE)
    articles = dev_articles()
    extract_article(TITLE, "NATO", None, story)     # builds the story's patterns once (~0.1 s)
    wall, cpu, first = per_article_ms(articles, story, args.rounds)
    times = sorted(wall)
    median, median_cpu, median_first = statistics.median(times), statistics.median(cpu), statistics.median(first)
    p99 = times[min(len(times) - 1, round(0.99 * (len(times) - 1)))]
    figures = {"articles": len(articles), "median_ms": round(median, 1), "median_cpu_ms": round(median_cpu, 1),
               "first_run_median_cpu_ms": round(median_first, 1),
               "p99_ms": round(p99, 1), "max_ms": round(times[-1], 1), "load": os.getloadavg()[0], "large": {}}
    # on a machine others load, the CPU time is the figure to compare
    print(f"dev set: {len(articles)} articles, best of {args.rounds} runs each: median {median:.1f} ms "
          f"(target <= {TARGET_MEDIAN_MS}: {'ok' if median <= TARGET_MEDIAN_MS else 'MISSED'}; CPU {median_cpu:.1f} ms; "
          f"first run CPU {median_first:.1f} ms), "
          f"p99 {p99:.1f} ms, max {times[-1]:.1f} ms; load average {os.getloadavg()[0]:.1f}")
    for mb in args.sizes:
        text = large_text(articles, int(mb * 1_000_000))
        whole = time_large(text, story, None)
        budgeted = time_large(text, story, DEFAULT_BUDGET_SECONDS)
        figures["large"][f"{mb:g}MB"] = {"whole": whole, "budget": budgeted}
        target = f" (target < {TARGET_5MB_SECONDS} s: {'ok' if whole['seconds'] < TARGET_5MB_SECONDS else 'MISSED'})" \
            if mb == 5 else ""
        # linear cost: the CPU seconds per MB stay flat from size to size
        print(f"{mb:g} MB: whole text {whole['seconds']} s ({whole['cpu_seconds']} s CPU, "
              f"{whole['cpu_seconds'] / mb:.2f} s CPU per MB), {whole['events']} events{target}; with the default "
              f"{DEFAULT_BUDGET_SECONDS:g} s budget {budgeted['seconds']} s, {budgeted['events']} events"
              f"{', truncated' if budgeted['truncated'] else ''}; load average {os.getloadavg()[0]:.1f}")
    for mb in args.sizes[:1]:
        for shape, text in shapes(large_text(articles, int(mb * 1_000_000))).items():
            budgeted = time_large(text, story, DEFAULT_BUDGET_SECONDS)
            figures["large"][f"{mb:g}MB {shape}"] = {"budget": budgeted}
            print(f"{mb:g} MB {shape}, with the default {DEFAULT_BUDGET_SECONDS:g} s budget: {budgeted['seconds']} s "
                  f"({budgeted['cpu_seconds']} s CPU), {budgeted['events']} events"
                  f"{', truncated' if budgeted['truncated'] else ''}; load average {os.getloadavg()[0]:.1f}")
    if args.json:
        print(json.dumps(figures))


if __name__ == "__main__":
    main()
