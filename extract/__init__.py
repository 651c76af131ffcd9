"""Pure extraction: HTML -> text -> sentences -> events. No I/O here.

The names below are imported on first use (PEP 562): a command that only needs the event model or
the story (`natowatch dispatch`, `status`) does not load the whole extractor (~0.1 s)."""
from importlib import import_module

_HOME = {"extract_events": "events", "is_about_story": "events", "html_to_article": "html", "Page": "html",
         "judge_relevance": "relevance", "Relevance": "relevance", "event_to_json": "report", "explain": "report",
         "article_text": "text"}

__all__ = ["extract_events", "article_text", "html_to_article", "Page", "is_about_story", "event_to_json", "explain",
           "judge_relevance", "Relevance"]


def __getattr__(name: str):
    if name not in _HOME:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{_HOME[name]}"), name)
    globals()[name] = value
    return value
