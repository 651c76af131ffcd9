"""The field's libraries against natowatch's hand-written pieces (issue 18, item 9), on demand.

    .venv/bin/python -m benchmarks.libraries

- Links: natowatch.flows.reader.feeds.clean_link against courlan.normalize_url (strict and not) on feed links
  with tracking parameters: what each keeps, and the time per URL.
- Settings: the import cost of natowatch.flows.settings against pydantic_settings, in fresh processes
  (`natowatch extract` loads the settings and must stay well under a second).
- Page dates: trafilatura (which html_to_article uses) takes a page's date from htmldate's
  find_date; compared here on pages with the date in their metadata.
"""
from __future__ import annotations

import statistics
import subprocess
import sys
import time

LINKS = [
    # (link in a feed, what identifies the page)
    ("https://www.Reuters.com/world/europe/hungary-rutte-2024-03-05/?utm_source=rss&utm_medium=feed#comments",
     "https://www.reuters.com/world/europe/hungary-rutte-2024-03-05/"),
    ("https://news.example.org/a?id=42&fbclid=IwAR0abc&ref=homepage", "https://news.example.org/a?id=42"),
    ("https://www.politico.eu/article/nato-rutte/?gclid=abc&page=2", "https://www.politico.eu/article/nato-rutte/?page=2"),
    ("https://example.org/story?mc_cid=1&mc_eid=2&utm_term=x&q=nato", "https://example.org/story?q=nato"),
    ("http://EXAMPLE.org/show?b=2&a=1", "http://example.org/show?b=2&a=1"),
    ("https://example.com/a?at_medium=RSS&at_campaign=KARANGA&id=7", "https://example.com/a?id=7"),
    ("https://example.com/a?ito=1234&smid=tw-share&igshid=xyz", "https://example.com/a"),
]
PAGES = [
    ('<html><head><meta property="article:published_time" content="2024-03-05T10:00:00Z"></head>'
     '<body><article><p>Hungary will not support Mark Rutte.</p></article></body></html>', "2024-03-05"),
    ('<html><head><meta name="date" content="2024-06-20"></head><body><article><h1>Rutte</h1>'
     '<p>Mark Rutte was appointed NATO Secretary General on Wednesday.</p></article></body></html>', "2024-06-20"),
    ('<html><head><script type="application/ld+json">{"@type": "NewsArticle", "datePublished": '
     '"2024-10-01T08:00:00Z"}</script></head><body><article><p>Rutte takes office.</p></article></body></html>',
     "2024-10-01"),
]


def per_call_us(function, items, rounds: int = 500) -> float:
    started = time.perf_counter()
    for _ in range(rounds):
        for item in items:
            function(item)
    return (time.perf_counter() - started) / (rounds * len(items)) * 1e6


def links() -> None:
    from courlan import normalize_url

    from natowatch.flows.reader.feeds import clean_link

    candidates = {"clean_link": clean_link, "courlan strict": lambda u: normalize_url(u, strict=True),
                  "courlan": lambda u: normalize_url(u, strict=False)}
    urls = [link for link, _ in LINKS]
    for name, function in candidates.items():
        right = sum(function(link) == wanted for link, wanted in LINKS)
        print(f"links: {name:15} {right}/{len(LINKS)} as wanted, {per_call_us(function, urls):.1f} us/URL")
        for link, wanted in LINKS:
            if function(link) != wanted:
                print(f"    {link}\n      -> {function(link)} (wanted {wanted})")


def import_ms(module: str, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        done = subprocess.run([sys.executable, "-c", f"import time; t = time.perf_counter(); import {module}; "
                               "print(time.perf_counter() - t)"], capture_output=True, text=True, check=True)
        times.append(float(done.stdout) * 1000)
    return statistics.median(times)


def settings() -> None:
    for module in ("natowatch.flows.settings", "pydantic_settings"):
        print(f"settings: import {module}: {import_ms(module):.0f} ms (median of 5 fresh processes)")


def page_dates() -> None:
    from htmldate import find_date

    from natowatch.extract import html_to_article

    right_htmldate = sum(find_date(html) == wanted for html, wanted in PAGES)
    right_ours = sum(str(html_to_article(html).date) == wanted for html, wanted in PAGES)
    print(f"page dates: htmldate {right_htmldate}/{len(PAGES)}, html_to_article (trafilatura, htmldate inside) "
          f"{right_ours}/{len(PAGES)}")


if __name__ == "__main__":
    links()
    settings()
    page_dates()
