"""flows/files/articles.py: manifests, publication order, titles, HTML detection."""
from __future__ import annotations

import datetime as dt
import json
import os

import pytest

from tests.extract.speed.test_budget import Jumping

from natowatch.flows.files.articles import (ArticleFileError, events_or_warn, list_folder, looks_like_html, manifest_entry_for,
                            read_article, split_title)


def test_seed_folder_is_listed_in_publication_order(repo_root):
    listing = list_folder(repo_root / "seeds")
    assert not listing.problems
    dates = [entry.published for _, entry in listing.files]
    assert dates == sorted(dates) and len(dates) == 5
    assert listing.files[0][0].name == "002_bbb002d8aafd2be4.txt"  # 2024-01-19


def test_seed_article_reads_with_manifest_data(repo_root):
    path = repo_root / "seeds" / "003_2f614e97bf582ec3.txt"
    article = read_article(path, manifest_entry_for(path))
    assert article.title == "Rutte will become new NATO Secretary General tomorrow: His main mission revealed"
    assert article.text.startswith("On Tuesday, October 1")
    assert (article.published, article.outlet, article.language) == (dt.date(2024, 9, 30), "RBC-Ukraine", "en")
    assert article.url == "seed:003_2f614e97bf582ec3"


def test_editor_title_keeps_the_whole_text(repo_root):
    path = repo_root / "seeds" / "001_f45f5ef3a6881a2d.txt"
    article = read_article(path, manifest_entry_for(path))
    assert article.title.startswith("Western backing for Rutte")
    assert article.headline == ""  # never read for events
    assert article.text == path.read_text(encoding="utf-8")


def test_published_option_wins_over_manifest(repo_root):
    path = repo_root / "seeds" / "003_2f614e97bf582ec3.txt"
    assert read_article(path, manifest_entry_for(path), dt.date(2020, 1, 1)).published == dt.date(2020, 1, 1)


def test_manifest_one_folder_up_matches_by_stem(tmp_path):
    (tmp_path / "articles").mkdir()
    path = tmp_path / "articles" / "h02.txt"
    path.write_text("A title\n\nBody.", encoding="utf-8")
    (tmp_path / "manifest.json").write_text(json.dumps(
        [{"id": "h02", "file": "elsewhere/h02.txt", "url": "https://www.example.org/x", "published": "2023-05-18"}]))
    article = read_article(path, manifest_entry_for(path))
    assert (article.title, article.text) == ("A title", "Body.")
    assert article.published == dt.date(2023, 5, 18)
    assert (article.url, article.outlet) == ("https://www.example.org/x", "example.org")


def test_folder_without_manifest_orders_by_mtime(tmp_path):
    for name, when in (("b.txt", 1_700_000_000), ("a.txt", 1_700_200_000), ("c.html", 1_600_000_000)):
        (tmp_path / name).write_text("T\n\nx", encoding="utf-8")
        os.utime(tmp_path / name, (when, when))
    (tmp_path / "notes.json").write_text("{}")
    assert [p.name for p, _ in list_folder(tmp_path).files] == ["c.html", "b.txt", "a.txt"]


def test_missing_manifest_file_is_one_problem_line(tmp_path):
    (tmp_path / "manifest.json").write_text(json.dumps([{"file": "gone.txt"}, {"file": "here.txt"}]))
    (tmp_path / "here.txt").write_text("T\n\nx", encoding="utf-8")
    listing = list_folder(tmp_path)
    assert [p.name for p, _ in listing.files] == ["here.txt"]
    assert listing.problems == (f"{tmp_path / 'gone.txt'}: listed in manifest.json but not found",)


def test_bad_manifest_date_names_the_entry(tmp_path):
    (tmp_path / "manifest.json").write_text(json.dumps([{"file": "a.txt", "published": "May 2024"}]))
    with pytest.raises(ArticleFileError, match=r"manifest.json: \[0\].published: expected YYYY-MM-DD"):
        list_folder(tmp_path)


def test_unreadable_and_empty_files(tmp_path):
    with pytest.raises(ArticleFileError, match=r"missing.txt: cannot read"):
        read_article(tmp_path / "missing.txt")
    (tmp_path / "empty.txt").write_text("  \n")
    with pytest.raises(ArticleFileError, match=r"empty.txt: empty file$"):
        read_article(tmp_path / "empty.txt")


def test_split_title():
    assert split_title("Title\n\nBody", None) == ("Title", "Body")
    assert split_title("Title\n\nBody", "Title") == ("Title", "Body")
    # A manifest title the file does not carry is an editor's: not text to read events from.
    assert split_title("Other\n\nBody", "Title") == ("", "Other\n\nBody")


def test_html_sniffing(tmp_path):
    assert looks_like_html(tmp_path / "a.htm", "")
    assert looks_like_html(tmp_path / "a.txt", "  <!DOCTYPE html><html>")
    assert not looks_like_html(tmp_path / "a.txt", "NATO <b>is</b> an alliance")


def test_an_extraction_out_of_time_keeps_its_events_and_warns_once_naming_the_article(story):
    warnings: list[str] = []
    text = "Germany backs Mark Rutte. Poland backs Mark Rutte. Italy backs Mark Rutte."
    # a clock that is never the wall clock: read once before each sentence and once before each rule
    # match (two a sentence) by the rules last (after the reading's own readings), it jumps an hour
    # before Poland's
    whole = Jumping()
    events_or_warn("a", "The race for NATO secretary general", text, None, story, warnings.append, budget_seconds=2.5,
                   clock=whole)
    assert warnings == []
    events = events_or_warn("feed x: item https://example.org/a\x1b[2J", "The race for NATO secretary general", text,
                            None, story, warnings.append, budget_seconds=2.5, clock=Jumping(whole.reads - 6))
    assert [(e.subject, e.actor) for e in events] == [("Mark Rutte", "Germany")]
    assert warnings == ["feed x: item https://example.org/a: extraction stopped at its time budget (2.5 s): "
                        "the rest of the article was not read"]


def test_an_extraction_in_time_says_nothing(story):
    warnings: list[str] = []
    events = events_or_warn("a.txt", "The race for NATO secretary general", "Germany backs Mark Rutte.", None, story,
                            warnings.append)
    assert [(e.subject, e.actor) for e in events] == [("Mark Rutte", "Germany")] and warnings == []
