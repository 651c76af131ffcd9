"""html_to_article on a realistic page with boilerplate around the article."""
from __future__ import annotations

import datetime as dt

from natowatch.extract import html_to_article

PAGE = """<!DOCTYPE html><html lang="en"><head>
<meta charset="utf-8"><title>Hungary drops objection to Rutte | Example News</title>
<meta property="og:title" content="Hungary drops objection to Rutte as NATO chief">
<meta property="article:published_time" content="2024-06-18T09:30:00+00:00">
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/subscribe">Subscribe now</a></li></ul></nav></header>
<aside class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</aside>
<main><article>
<h1>Hungary drops objection to Rutte as NATO chief</h1>
<p class="byline">By A. Reporter, 18 June 2024</p>
<p>Hungarian Prime Minister Viktor Orban said on Tuesday that Hungary is ready to support Mark Rutte as the next
NATO secretary general, after the Dutch leader promised that Hungary would not have to take part in Ukraine missions.</p>
<p>Slovakia said it would also back the Dutch prime minister, leaving Romania's president as the only rival in the
race to succeed Jens Stoltenberg, whose term ends on October 1.</p>
<p>Diplomats expect the alliance to confirm the appointment before the Washington summit in July.</p>
</article></main>
<aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Ten things to know about the weather</a></li>
<li><a href="/b">Football results</a></li></ul></aside>
<footer><p>© 2024 Example News. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
</body></html>"""


def test_article_text_title_and_date_without_boilerplate():
    page = html_to_article(PAGE, url="https://news.example.com/world/hungary-rutte")
    assert "Hungary drops objection to Rutte" in page.title
    assert "ready to support Mark Rutte" in page.text
    assert "only rival" in page.text
    for boilerplate in ("cookies", "Football results", "All rights reserved", "Subscribe now"):
        assert boilerplate not in page.text
    assert page.date == dt.date(2024, 6, 18)


def test_empty_page_gives_empty_text():
    page = html_to_article("<html><body></body></html>")
    assert page.text == "" and page.date is None
