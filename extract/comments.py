"""A reader comment section closing a plain-text article: its lines are what readers wrote, no source. The article is
read up to the section's heading, a line of its own ("Comments", "Readers' comments (12)", "34 comments", "Join the
conversation:"; the lexicon's cues.comment_headings), and a line labelled as a reader's comment ("Comment by Peter
K.: ...") is blanked: a reader's words are no stance of a state however they are worded."""
from __future__ import annotations

import re

from natowatch.extract.compiled import pattern as compiled_pattern
from natowatch.extract.lexicon import Lexicon
from natowatch.extract.story import Story

_PATTERNS: dict[int, re.Pattern] = {}
# a reader's comment or reply as a line of its own, by its label ("Comment by Peter K.: ...", "Reply from anna_v: ...")
_COMMENT_LINE = re.compile(r"^[ \t]*(?:comment|reply)\s+(?:by|from)\s+[^:\n]{1,40}:[^\n]*$", re.I | re.M)


def _heading(story: Story) -> re.Pattern:
    lex = Lexicon.of(story)
    found = _PATTERNS.get(id(lex))
    if found is None:
        # the heading alone on its line, with a count before or after it and a colon: "Comments (12)", "34 comments"
        found = _PATTERNS[id(lex)] = compiled_pattern(
            r"^[ \t]*(?:\d[\d,]*\s+)?" + lex.alt("cues", "comment_headings")
            + r"[ \t]*(?:\(\d[\d,]*\))?[ \t]*:?[ \t]*$",
            re.I | re.M)
    return found


def comments_closed(text: str, story: Story) -> str:
    """`text` with its comment section (from a heading line after the first paragraph to the end) blanked, its
    length kept so that offsets stay the same."""
    text = _COMMENT_LINE.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text)
    first_break = text.find("\n\n")
    if first_break < 0:
        return text
    heading = _heading(story).search(text, first_break)
    if heading is None:
        return text
    return text[:heading.start()] + re.sub(r"[^\n]", " ", text[heading.start():])
