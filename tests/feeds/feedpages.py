"""Web pages and RSS documents for the feed tests, built the way real sites serve them."""
from __future__ import annotations

import datetime as dt
import html
from email.utils import format_datetime


def article_page(title: str, text: str, published: dt.date | None, *, outlet: str = "The Daily Alliance") -> str:
    """A news page as sites serve them: the article wrapped in navigation, a cookie banner,
    related links and reader comments, which extraction must drop."""
    paragraphs = "\n".join(f"<p>{html.escape(p.strip())}</p>" for p in text.split("\n") if p.strip())
    date = f'<time datetime="{published.isoformat()}">{published:%d %B %Y}</time>' if published else ""
    meta_date = f'<meta property="article:published_time" content="{published.isoformat()}">' if published else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)} | {outlet}</title>
<meta property="og:title" content="{html.escape(title)}">{meta_date}</head>
<body>
<div id="cookie-banner" class="cookie-consent"><p>We use cookies to improve your experience and to show
you personalised advertising. By continuing to browse you accept our cookie policy.</p>
<button>Accept all</button><button>Manage preferences</button></div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/opinion">Opinion</a></li></ul></nav></header>
<main><article>
<h1>{html.escape(title)}</h1>
<div class="byline">By Staff Reporter {date}</div>
{paragraphs}
</article>
<aside class="related"><h2>Related stories</h2><ul>
<li><a href="/world/1">Markets steady as investors await central bank decision</a></li>
<li><a href="/world/2">Heatwave warnings issued across southern regions</a></li>
<li><a href="/world/3">Ten recipes for a quick weeknight dinner</a></li></ul></aside>
<section class="comments"><h2>Comments (2)</h2>
<div class="comment"><p>Great article, thanks for sharing!</p></div>
<div class="comment"><p>I disagree with most of this, the author is biased.</p></div></section>
</main>
<footer><p>&copy; 2024 {outlet}. All rights reserved.</p><a href="/privacy">Privacy</a>
<a href="/terms">Terms of use</a></footer>
</body></html>"""


def rss(items: list[dict], *, title: str = "Test wire", encoding: str = "utf-8", language: str = "en") -> str:
    """An RSS 2.0 document; each item may have guid, title, link, description, published."""
    parts = []
    for item in items:
        fields = []
        if "guid" in item:
            fields.append(f"<guid isPermaLink=\"false\">{html.escape(item['guid'])}</guid>")
        if "title" in item:
            fields.append(f"<title>{html.escape(item['title'])}</title>")
        if "link" in item:
            fields.append(f"<link>{html.escape(item['link'])}</link>")
        if "description" in item:
            fields.append(f"<description>{html.escape(item['description'])}</description>")
        if item.get("published"):
            stamp = dt.datetime.combine(item["published"], dt.time(9, 0), dt.timezone.utc)
            fields.append(f"<pubDate>{format_datetime(stamp)}</pubDate>")
        parts.append("<item>" + "".join(fields) + "</item>")
    return (f'<?xml version="1.0" encoding="{encoding}"?>\n<rss version="2.0"><channel>'
            f"<title>{html.escape(title)}</title><link>https://example.org/</link><language>{language}</language>"
            + "".join(parts) + "</channel></rss>")
