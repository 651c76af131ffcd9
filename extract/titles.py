"""Titles merged with the name they precede: "Dutch Prime Minister Mark Rutte" one candidate mention, "US President
Joe Biden" one state mention, "the Prime Minister of Romania Ciuca" from the title's start, and "the candidate of
Costa Rica, X" the name's (its label and state are no mention of their own). `TitleMerging` is MentionForms' base
(extract/mention_forms.py builds the patterns it reads: title_word, title_gap, candidate_of_lead, government_nouns).
Split out of mention_forms.py.
"""
from __future__ import annotations

import re
from dataclasses import replace

from natowatch.extract.compiled import built
from natowatch.extract.mentions import CANDIDATE, STATE, Mention, WordsBefore
from natowatch.extract.spans import SPEAKING_AFTER

_OF_THE_BEFORE = built(r"\bof\s+(?:the\s+)?$")
# "the Prime Minister of " before "Romania Ciuca": where the title began (its first word may be long)
_ROLE_OF_LEAD = re.compile(r"(?:\b(?:the|a)\s+)?[A-Z][\w-]*(?:\s+(?:of|for|[A-Z][\w-]*)){0,5}\s+of\s+(?:the\s+)?$")
_COMMA_GAP = re.compile(r"\s*,\s+")


class TitleMerging:
    """The merging of a title or a label with the name after it, over the mentions a sentence's names gave."""

    def _absorb_titles(self, text: str, found: list[Mention], words: "WordsBefore") -> list[Mention]:
        """Merge "Dutch Prime Minister Mark Rutte" into one candidate mention and
        "US President Joe Biden" into one state mention."""
        out: list[Mention] = []
        for m in found:
            while out:
                prev = out[-1]
                gap = text[prev.end:m.start]
                if prev.kind != STATE or m.kind not in (CANDIDATE, STATE):
                    break
                titled = bool(self.title_word.search(gap)) or prev.form in ("demonym", "possessive", "role") or (
                    prev.form == "modifier" and m.kind == CANDIDATE and not gap.strip())   # "Dutch Mark Rutte"
                fits = self.title_gap.fullmatch(gap) is not None
                role_of = (prev.form == "name" and not gap.strip()
                           and words.search(_OF_THE_BEFORE, prev.start) is not None)
                # (not when the name speaks next: "Asked about the candidate of Chile, X said ..." ends a fronted clause)
                label_of = (m.kind == CANDIDATE and prev.form == "name" and _COMMA_GAP.fullmatch(gap) is not None
                            and not SPEAKING_AFTER.match(text, m.end)
                            and words.search(self.candidate_of_lead, prev.start) or None)
                if label_of is not None:
                    out.pop()       # "the candidate of Costa Rica, X": the label and its state are the name's
                    m = replace(m, start=label_of.start())
                    break
                if not (fits and (titled or role_of or "'" in gap or "’" in gap)):
                    break
                if m.kind == STATE and m.value != prev.value:
                    break
                out.pop()
                start = prev.start
                if role_of:
                    lead = words.search(_ROLE_OF_LEAD, prev.start, whole=True)
                    if lead and self.government_nouns.search(lead.group()):
                        start = lead.start()
                m = replace(m, start=start, actor=True if m.kind == STATE else m.actor, role=m.role or prev.role)
            out.append(m)
        return out
