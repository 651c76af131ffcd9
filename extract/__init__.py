"""Pure extraction: HTML -> text -> sentences -> events. No I/O here."""
from natowatch.extract.events import extract_events, is_about_story
from natowatch.extract.html import Page, html_to_article
from natowatch.extract.relevance import Relevance, judge_relevance
from natowatch.extract.report import event_to_json, explain
from natowatch.extract.text import article_text

__all__ = ["extract_events", "article_text", "html_to_article", "Page", "is_about_story", "event_to_json", "explain",
           "judge_relevance", "Relevance"]
