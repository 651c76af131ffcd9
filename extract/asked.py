"""A question reported with its answer in one sentence: "Asked whether S would back X, the minister said it would" /
"said yes" / "replied that it would" tells what was asked ("S will back X, the minister said"); "... said it would not"
/ "said no" tells its refusal ("S won't back X"). The sentence is read again with the question's opening and the answer's
words blanked and its modal made the answer's (the same length, so the mentions' offsets hold). Near misses stay
questions (no event): an answer that only hedges or declines ("said it was too early", "would not say", "said it
might"), a question of what could or might be ("Asked whether S could back X, he said it could": a possibility), an
answer that does not take up the question's auxiliary ("Asked whether S would back X, she said it had" ). Pure."""
from __future__ import annotations

import re

from natowatch.extract.lexicon import Lexicon, bounded, built_once

_CACHE: dict = {}
# the answer's subject: the state or its government, or the person speaking for it
_ANSWERER = r"(?:it|they|he|she|we|(?:his|her|its|their|the)\s+(?:government|country|administration))"


def _build(lex: Lexicon) -> re.Pattern:
    # (the words of saying yes: the affirmations any reply shares and those of an answer)
    yes = bounded(lex.words("cues", "affirmations") + lex.words("cues", "affirmative_answers"))
    return re.compile(
        # "Asked whether", "When asked if", "Asked by reporters on Monday whether"
        r"^(?P<open>\W*(?:when\s+|and\s+)?asked\s+(?:(?:by\s+|on\s+|again\s+|directly\s+|repeatedly\s+|later\s+)[^,;?]{0,40}?)?"
        r"(?:whether|if)\s+)"
        # the question's clause, its auxiliary the first one (a modal of possibility is no question of a stance)
        r"(?P<clause>(?:(?!\b(?:could|might|may|should|must|can|not|never)\b|n['’]t\b)[^,;?\"“”])+?)"
        # its speaker and verb of answering
        r",\s+(?P<speaker>[^,;?\"“”]{1,60}?)\s+(?:said|says|replied|replies|answered|answers|responded|responds)"
        r"(?P<answer>\s*:?\s*[\"“]?\s*(?:(?P<yes>" + yes + r")(?:,?\s+(?:it|they|we)\s+(?:would|will))?"
        r"|(?P<no>no)|(?:that\s+)?" + _ANSWERER + r"\s+(?:(?P<aux>would|will|did|does|do|was|were|is|are|had|has|have)"
        r"(?P<neg>\s+not|n['’]t)?)))"
        r"[\"”]?(?=\s*(?:[.!;]|$))", re.I)


def asked_answered(text: str, lex: Lexicon) -> str | None:
    """The sentence with the question it reports told as its answer gives it (see the module's doc), or None where it
    reports none answered so."""
    if "sk" not in text[:30]:       # (cheap: "Asked" opens it)
        return None
    m = built_once(_CACHE, lex, _build).match(text)
    if m is None:
        return None
    clause = m.group("clause")
    modal = re.search(r"\b(would|will)\b", clause, re.I)
    negative = bool(m.group("no") or m.group("neg"))
    aux = (m.group("aux") or "").lower()
    if modal is None and (negative or aux in ("would", "will")):
        return None     # "Asked whether S backs X, he said it would not": another question than the one answered
    if modal is not None and aux and aux not in ("would", "will"):
        return None     # "Asked whether S would back X, she said it had"
    if negative and (modal is None or modal.group(1).lower() != "would"):
        return None     # (only "would" turns into "won't" in the same length)
    chars = list(text)
    for k in range(m.start("open"), m.end("open")):
        chars[k] = " "
    for k in range(m.start("answer"), m.end()):
        chars[k] = " "
    if modal is not None:
        at = m.start("clause") + modal.start(1)
        word = "won't" if negative else ("will " if modal.group(1).lower() == "would" else modal.group(1))
        chars[at:at + len(modal.group(1))] = list(word)
    return "".join(chars)
