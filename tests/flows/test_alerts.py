"""flows/alerts/messages.py rendering: headlines, the tally line, Slack escaping of hostile text, email."""
from __future__ import annotations

import io

import pytest
from rich.console import Console

from flowkit import HOSTILE, event_view
from natowatch.flows.alerts.messages import email_subject, headline, plain_text, print_to_console, render, slack_text, tally_line
from natowatch.storage import Stance

@pytest.mark.parametrize("event_type, actor, expected", [
    ("endorsement", "Hungary", "Hungary endorses Mark Rutte for NATO Secretary General"),
    ("opposition", "Hungary", "Hungary opposes Mark Rutte for NATO Secretary General"),
    ("appointment", None, "Mark Rutte appointed NATO Secretary General"),
    ("takes_office", None, "Mark Rutte takes office as NATO Secretary General"),
    ("candidacy", None, "Mark Rutte enters the race for NATO Secretary General"),
])
def test_headline_per_type(story, event_type, actor, expected):
    assert render(event_view(event_type, actor=actor), story, {}).headline == expected


def test_withdrawal_headline(story):
    event = event_view("withdrawal", "Klaus Iohannis")
    assert render(event, story, {}).headline == "Klaus Iohannis withdraws from the race for NATO Secretary General"


def test_tally_line_counts_and_names_missing(story):
    members = [m.name for m in story.members]
    backing = tuple(m for m in members if m not in ("Romania", "Hungary"))
    line = tally_line("Mark Rutte", Stance("Mark Rutte", backing=backing, opposing=("Hungary",)), story)
    # A state opposing is named once, as opposing, not also as missing.
    assert line == f"{len(backing)} of {len(members)} allies back Mark Rutte; opposed by: Hungary; missing: Romania"


def test_tally_line_marks_tentative_stances_apart_and_does_not_count_them(story):
    members = [m.name for m in story.members]
    backing = tuple(m for m in members if m not in ("Romania", "Hungary", "Slovakia"))
    stance = Stance("Mark Rutte", backing=backing, opposing=(), tentative_backing=("Hungary",),
                    tentative_opposing=("Slovakia",))
    assert tally_line("Mark Rutte", stance, story) == (
        f"{len(backing)} of {len(members)} allies back Mark Rutte (tentative: Hungary); "
        "tentatively opposed by: Slovakia; missing: Romania")


def test_tally_line_shortens_a_long_missing_list(story):
    line = tally_line("Klaus Iohannis", None, story)
    assert line.startswith(f"0 of {len(story.members)} allies back Klaus Iohannis; missing: ")
    assert line.endswith(f"and {len(story.members) - 10} more")


def test_tally_line_at_consensus(story):
    everyone = tuple(m.name for m in story.members)
    assert tally_line("Mark Rutte", Stance("Mark Rutte", everyone, ()), story).endswith("; consensus reached")


def test_render_uses_the_tally_of_the_subject(story):
    tally = {"Mark Rutte": Stance("Mark Rutte", backing=("France", "Germany"), opposing=("Hungary",))}
    message = render(event_view("opposition", actor="Hungary"), story, tally)
    assert message.tally.startswith(f"2 of {len(story.members)} allies back Mark Rutte; opposed by: Hungary")
    assert message.link == "https://news.example.org/a?x=1&y=2"
    assert message.outlet == "Daily Sabah" and message.status == "confirmed"


def test_seed_articles_have_a_reference_but_no_link(story):
    message = render(event_view("endorsement", actor="France", url="seed:001_f45f5ef3a6881a2d"), story, {})
    assert message.link is None and message.source_ref == "seed:001_f45f5ef3a6881a2d"
    assert "seed:001_f45f5ef3a6881a2d" in plain_text(message)


def test_slack_text_escapes_hostile_article_text(story):
    message = render(event_view("endorsement", actor="France", sentence=HOSTILE, outlet="<!everyone> News"),
                     story, {})
    text = slack_text(message)
    # The only markup left is our own link to the article.
    assert text.count("<") == 1 and text.count(">") == 1
    assert "<https://news.example.org/a?x=1&amp;y=2|&lt;!everyone&gt; News>" in text
    assert "&lt;!channel&gt;" in text and "&lt;https://evil.example|click&gt;" in text
    assert "&lt;@\u200bU024BE7LH&gt;" in text
    assert "@\u200bhere" in text and "@here" not in text
    assert "&amp; co" in text and " & " not in text


def test_slack_names_escape_too(story):
    text = slack_text(render(event_view("endorsement", actor="Bosnia & <Herzegovina>"), story, {}))
    assert text.splitlines()[:2] == ["Bosnia &amp; &lt;Herzegovina&gt; endorses Mark Rutte for NATO Secretary General",
                                     "Candidate: Mark Rutte | Actor: Bosnia &amp; &lt;Herzegovina&gt;"]


def test_email_subject_and_plain_body(story):
    message = render(event_view("opposition", actor="Hungary", status="reported", sentence=HOSTILE), story,
                     {"Mark Rutte": Stance("Mark Rutte", ("France",), ("Hungary",))})
    assert email_subject(message) == "[natowatch] Hungary opposes Mark Rutte for NATO Secretary General (reported)"
    body = plain_text(message)
    assert body.splitlines() == [
        "Status: reported, 2024-03-05",
        f"Evidence: \"{HOSTILE}\"",
        "Source: Daily Sabah (https://news.example.org/a?x=1&y=2)",
        f"Tally: {message.tally}",
    ]
    confirmed = render(event_view("appointment"), story, {})
    assert email_subject(confirmed) == "[natowatch] Mark Rutte appointed NATO Secretary General"


def test_console_shows_markup_in_article_text_literally(story):
    buffer = io.StringIO()
    message = render(event_view("endorsement", actor="France", sentence=HOSTILE, date=None), story, {})
    print_to_console(message, "console", Console(file=buffer, width=300, color_system=None))
    shown = buffer.getvalue()
    assert "[console] France endorses Mark Rutte for NATO Secretary General" in shown
    assert "[bold red]boom[/]" in shown and "confirmed, date not given" in shown


def test_headline_without_actor():
    assert headline(event_type="endorsement", subject="Mark Rutte", post="P") == "A member state endorses Mark Rutte for P"
