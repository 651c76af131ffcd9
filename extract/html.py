"""HTML page -> headline, main text and date (trafilatura), no network."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Page:
    title: str
    text: str
    date: dt.date | None


def _parse_date(value) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def html_to_article(html: str, url: str | None = None) -> Page:
    """Extract the article from an HTML string; boilerplate (menus, footers) is dropped.

    A page with no extractable text gives a Page with empty text.
    """
    import trafilatura   # slow to import (~1 s); only HTML input needs it

    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False,
        favor_precision=True,
    )
    if doc is None:
        return Page(title="", text="", date=None)
    data = doc if isinstance(doc, dict) else doc.as_dict()
    return Page(
        title=(data.get("title") or "").strip(),
        text=(data.get("text") or "").strip(),
        date=_parse_date(data.get("date")),
    )
