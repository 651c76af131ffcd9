"""A synthetic news corpus for the benchmark: N distinct article pages and the RSS feeds
that list them, written to a folder.

Every page is a recombination of the seed articles' paragraphs (so the extractor finds
real events in it) inside the boilerplate a news site wraps around an article: head
metadata, styles and scripts, a navigation bar, a cookie banner, share buttons, related
links, reader comments and a footer. Pages are 30-80 KB, as news pages are. Each page
has its own paragraph order and a unique reference line, so no two share a content hash.
Generation is deterministic for a given (n, feeds, base_url).
"""
from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import html
import json
import random
from dataclasses import dataclass
from pathlib import Path

from natowatch.flows.files.articles import list_folder, read_article

MIN_PAGE_BYTES = 30_000
MAX_PAGE_BYTES = 80_000
MANIFEST = "corpus.json"
SECTIONS = ("World", "Europe", "Politics", "Defence", "Security", "Business", "Opinion", "Video",
            "Podcasts", "Newsletters", "Analysis", "Live")
# Reader comments and teasers say nothing the extractor looks for: they are noise it must skip.
COMMENT_WORDS = ("honestly", "article", "great", "read", "thanks", "agree", "sources", "weather", "coffee",
                 "football", "recipe", "traffic", "holiday", "garden", "music", "prices", "train", "late",
                 "again", "morning", "interesting", "link", "photo", "subscribe", "app", "broken")
TEASER_WORDS = ("markets", "rally", "storm", "season", "festival", "energy", "prices", "climate", "talks",
                "budget", "elections", "tech", "startup", "museum", "travel", "review", "interview", "health")


@dataclass(frozen=True)
class SeedArticle:
    title: str
    paragraphs: tuple[str, ...]
    published: dt.date | None


@dataclass(frozen=True)
class CorpusArticle:
    index: int
    feed: int
    url: str
    path: str          # relative to the corpus folder
    title: str
    published: str | None


def load_seeds(folder: Path) -> list[SeedArticle]:
    """The seed articles read the way `natowatch replay` reads them (manifest titles, dates)."""
    seeds = []
    for path, entry in list_folder(folder).files:
        article = read_article(path, entry)
        paragraphs = tuple(p.strip() for p in article.text.split("\n\n") if p.strip())
        seeds.append(SeedArticle(article.title, paragraphs, article.published))
    if not seeds:
        raise SystemExit(f"benchmark: {folder}: no seed articles found")
    return seeds


def article_paragraphs(index: int, seeds: list[SeedArticle], rng: random.Random) -> tuple[SeedArticle, list[str]]:
    """One seed's paragraphs in a new order (lead kept first), a few borrowed from another
    seed, and a unique reference line."""
    primary = seeds[index % len(seeds)]
    lead, rest = primary.paragraphs[0], list(primary.paragraphs[1:])
    rng.shuffle(rest)
    others = [s for s in seeds if s is not primary] or [primary]
    donor = rng.choice(others)
    borrowed = rng.sample(donor.paragraphs, k=min(len(donor.paragraphs), rng.randint(1, 3)))
    body = [lead] + rest
    for paragraph in borrowed:
        body.insert(rng.randint(1, len(body)), paragraph)
    body.append(f"Reference {index:06d}-{hashlib.sha256(str(index).encode()).hexdigest()[:12]}.")
    return primary, body


def _words(rng: random.Random, vocabulary: tuple[str, ...], count: int) -> str:
    return " ".join(rng.choice(vocabulary) for _ in range(count))


def _filler_script(rng: random.Random, size: int) -> str:
    """Minified-looking configuration and tracking code: bulk the extractor must skip."""
    parts, total = [], 0
    while total < size:
        key = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(8))
        values = ",".join(f'"{k}":{rng.randint(0, 99999)}' for k in ("w", "h", "t", "v", "r"))
        chunk = (f'window.__{key}=window.__{key}||{{{values}}};'
                 f'(function(d,s){{var e=d.createElement(s);e.async=1;e.src="/static/js/{key}.js";'
                 f'd.head.appendChild(e)}})(document,"script");')
        parts.append(chunk)
        total += len(chunk)
    return "".join(parts)


def _styles(rng: random.Random) -> str:
    rules = []
    for i in range(rng.randint(60, 120)):
        rules.append(f".c-{i}{{margin:{rng.randint(0, 24)}px {rng.randint(0, 24)}px;"
                     f"color:#{rng.randint(0, 0xFFFFFF):06x};font-size:{rng.randint(11, 22)}px}}")
    return "".join(rules)


def render_page(title: str, paragraphs: list[str], published: dt.date | None, url: str,
                related: list[str], rng: random.Random) -> str:
    """The article inside a news site's page, padded with scripts to a size of 30-80 KB."""
    esc = html.escape
    target = rng.randint(MIN_PAGE_BYTES, MAX_PAGE_BYTES)
    day = published.isoformat() if published else ""
    nav = "".join(f'<li><a href="/section/{s.lower()}">{s}</a></li>' for s in SECTIONS)
    nav += "".join(f'<li><a href="/topic/{w}">{w.title()}</a></li>' for w in rng.sample(TEASER_WORDS, 10))
    teasers = "".join(
        f'<li class="teaser"><a href="/story/{rng.randint(10**6, 10**7)}.html">{esc(headline)}</a>'
        f'<p>{_words(rng, TEASER_WORDS, 14)}.</p></li>' for headline in related)
    comments = "".join(
        f'<li class="comment"><span class="author">reader{rng.randint(1, 9999)}</span>'
        f'<time>{rng.randint(1, 23)} hours ago</time><p>{_words(rng, COMMENT_WORDS, rng.randint(8, 30)).capitalize()}.</p>'
        f'<button>Reply</button><button>Like</button></li>' for _ in range(rng.randint(5, 15)))
    body = "".join(f"<p>{esc(p)}</p>" for p in paragraphs)
    json_ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                          "datePublished": day, "url": url})
    head = (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)} | Example News</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta property="og:title" content="{esc(title)}"><meta property="og:type" content="article">'
            f'<meta property="og:url" content="{esc(url)}">'
            f'<meta property="article:published_time" content="{day}">'
            f'<link rel="canonical" href="{esc(url)}"><style>{_styles(rng)}</style>'
            f'<script type="application/ld+json">{json_ld}</script>')
    page = (
        f'<body><div id="cookie-banner" class="consent"><p>We use cookies and similar technologies to improve '
        f'your experience, measure audiences and show you personalised content.</p>'
        f'<button>Accept all</button><button>Manage settings</button></div>'
        f'<header><a class="logo" href="/">Example News</a><nav><ul>{nav}</ul></nav>'
        f'<form action="/search"><input name="q" placeholder="Search"></form></header>'
        f'<main><article><h1>{esc(title)}</h1><div class="byline">By Staff Writer, '
        f'<time datetime="{day}">{day}</time></div>'
        f'<div class="share"><a href="#">Share</a><a href="#">Post</a><a href="#">Email</a></div>'
        f'<div class="article-body">{body}</div></article>'
        f'<aside class="related"><h2>Related stories</h2><ul>{teasers}</ul></aside>'
        f'<section class="comments"><h2>Comments</h2><ul>{comments}</ul></section></main>'
        f'<footer><ul><li><a href="/about">About us</a></li><li><a href="/privacy">Privacy</a></li>'
        f'<li><a href="/terms">Terms</a></li><li><a href="/contact">Contact</a></li></ul>'
        f'<p>&copy; Example News</p></footer>')
    closing = "</body></html>"
    padding = max(0, target - len((head + page + closing).encode("utf-8")) - len("</head><script></script>"))
    return f"{head}<script>{_filler_script(rng, padding)}</script></head>{page}{closing}"


def render_feed(name: str, base_url: str, articles: list[CorpusArticle], summaries: dict[int, str]) -> str:
    items = []
    for article in articles:
        published = ""
        if article.published:
            day = dt.datetime.fromisoformat(article.published).replace(hour=12, tzinfo=dt.timezone.utc)
            published = f"<pubDate>{email.utils.format_datetime(day)}</pubDate>"
        items.append(f"<item><title>{html.escape(article.title)}</title><link>{html.escape(article.url)}</link>"
                     f'<guid isPermaLink="false">bench-{article.index:06d}</guid>{published}'
                     f"<description>{html.escape(summaries[article.index])}</description></item>")
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{name}</title>'
            f"<link>{base_url}/</link><description>Benchmark feed {name}</description><language>en</language>"
            f"{''.join(items)}</channel></rss>")


def feed_path(feed: int) -> str:
    return f"feeds/feed-{feed:02d}.xml"


def write_corpus(folder: Path, seeds: list[SeedArticle], n: int, feeds: int, base_url: str) -> list[CorpusArticle]:
    """Write n pages and `feeds` RSS feeds (article i is listed in feed i % feeds) under folder,
    and corpus.json listing the articles."""
    base_url = base_url.rstrip("/")
    headlines = [s.title for s in seeds]
    articles, summaries = [], {}
    for index in range(n):
        rng = random.Random(index)
        seed, paragraphs = article_paragraphs(index, seeds, rng)
        feed = index % feeds
        path = f"pages/feed-{feed:02d}/article-{index:06d}.html"
        url = f"{base_url}/{path}"
        related = [h for h in headlines if h != seed.title] + [_words(rng, TEASER_WORDS, 6).capitalize()
                                                               for _ in range(rng.randint(8, 16))]
        page = render_page(seed.title, paragraphs, seed.published, url, related, rng)
        target = folder / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page, encoding="utf-8")
        article = CorpusArticle(index, feed, url, path, seed.title,
                                seed.published.isoformat() if seed.published else None)
        articles.append(article)
        summaries[index] = paragraphs[0][:300]
    for feed in range(feeds):
        listed = [a for a in articles if a.feed == feed]
        target = folder / feed_path(feed)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(render_feed(f"bench-{feed:02d}", base_url, listed, summaries), encoding="utf-8")
    (folder / MANIFEST).write_text(json.dumps([a.__dict__ for a in articles]), encoding="utf-8")
    return articles


def read_corpus(folder: Path) -> list[CorpusArticle]:
    return [CorpusArticle(**entry) for entry in json.loads((folder / MANIFEST).read_text(encoding="utf-8"))]
