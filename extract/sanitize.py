"""Text written by strangers, made safe to read, match and show (pure: str in, str out).

Unicode is normalised (NFC) so that one name has one spelling; control characters (ANSI escape
sequences start with one), bidirectional overrides and isolates, and zero-width characters are
removed: they can repaint a terminal, reverse what a chat message appears to say, or split a
name ('Ru\u200btte') so that no rule matches it.
"""
from __future__ import annotations

import re
import unicodedata

# C0 and C1 controls except tab and newline, DEL; bidi embeddings, overrides, isolates and marks;
# zero-width space/joiners, word joiner, invisible operators, BOM; soft hyphen, Mongolian vowel
# separator and the interlinear annotation marks, which are invisible too.
_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f"
    "\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u061c\ufeff\u00ad\u180e\ufff9-\ufffb]")
# An ANSI/VT escape sequence: removed whole, not just its ESC, so no '[31m' is left in the text.
_ESCAPE_SEQUENCE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[@-Z\\-_])")


def sanitize_text(text: str) -> str:
    """`text` in NFC without escape sequences, control, bidi-control or zero-width characters
    (tabs and newlines kept)."""
    text = _ESCAPE_SEQUENCE.sub("", text)
    text = unicodedata.normalize("NFC", text)
    return _UNSAFE.sub("", text)


def sanitize_line(text: str, max_chars: int | None = None) -> str:
    """A one-line field (a title, a name): sanitised, whitespace collapsed, cut to `max_chars`
    with an ellipsis."""
    line = " ".join(sanitize_text(text).split())
    if max_chars is not None and len(line) > max_chars:
        line = line[:max_chars - 1].rstrip() + "\u2026"
    return line
