"""A generic reference to the post ("the post", lexicon post_references) that names a message, not the job: a
social-media or blog post told as what says something ("What the post says: S endorsed X.", "The post claims ...",
"the post, which claims ...", "the post went viral", "the post has since been deleted", "according to the post").

Only a reference whose noun is also a message noun (cues.message_nouns: "post") is read so; "the job says" is no
message, and "the post reports to the Council" (the job's line of report) or "the post goes to X" stay the job.
"""
from __future__ import annotations

import re

from natowatch.extract.compiled import pattern as compiled_pattern
from natowatch.extract.lexicon import Lexicon


def message_post_patterns(lex: Lexicon) -> tuple[frozenset[str], re.Pattern, re.Pattern]:
    """(the message nouns, the words after a reference that make it a message, the words before that do)."""
    nouns = frozenset(n.lower() for n in lex.words("cues", "message_nouns"))
    saying = lex.alt("cues", "wrong_report_verbs")        # says, claims, suggests, alleges, states, writes ...
    taken = lex.alt("cues", "retracting_verbs")           # deleted, removed, taken down ...
    after = compiled_pattern(
        r"\s*(?:,\s*which\s+|\s+(?:also|itself|falsely|wrongly|clearly|apparently|allegedly|purportedly|further)\s+)?"
        r"(?:(?!reports?\s+to\b)(?:" + saying + r")\b|(?:shows?|showed|shown|reads?|purports?|purported|depicts?|depicted)\b|"
        r"went\s+viral|goes\s+viral|['’]s\s+(?:claim|author|text|message|wording)\b|"
        r"(?:(?:was|were|is|has|had|have)\s+(?:(?:since|later|quickly|widely|also|then|now|been)\s+){0,3})"
        r"(?:shared|viewed|reposted|retweeted|liked|circulated|circulating|" + taken + r")\b|"
        r"(?:circulating|circulated)\b)", re.I)
    before = compiled_pattern(r"(?:\bwhat|\baccording\s+to|\bas)\s+$", re.I)
    return nouns, after, before


def names_message(text: str, start: int, end: int, nouns: frozenset[str], after: re.Pattern, before: re.Pattern) -> bool:
    """The reference text[start:end] ("the post") is a message: its noun is a message noun and the words after it
    say it tells or was shared ("the post says"), or the words before it read it as a source ("What the post says",
    "according to the post")."""
    noun = text[start:end].rsplit(None, 1)[-1].lower()
    if noun not in nouns:
        return False
    return bool(after.match(text, end) or before.search(text, max(0, start - 16), start))
