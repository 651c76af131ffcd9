"""Reports nothing vouches for: the clause is told by a document or message the sentence says is unverified, by
a post its author took down, or is what the sentence says there is no evidence of.

- "The letter has not been authenticated, but it says Spain backs X", "The memo, which could not be verified, says
  ..." (the lexicon's cues.telling_documents and message_nouns; its cues.unvouched_participles)
- "The minister wrote on X that Spain supports her, but later deleted the post", "..., then removed it hours later"
  (the lexicon's cues.retracting_verbs; not "..., and the ministry confirmed it on Monday")
- "There is no evidence Spain backed X", "No evidence has emerged that ...", "Nothing suggests Hungary has dropped
  its objection" (the lexicon's cues.evidence_lacking_nouns and evidence_verbs; not "There is evidence Spain backed
  X")
"""
from __future__ import annotations

import re

from natowatch.extract.compiled import pattern as compiled_pattern
from natowatch.extract.lexicon import Lexicon, bounded

# what tells a clause: the document itself ("it says", "the letter states") or its reading ("according to it")
_TELLING = (r"(?:says|said|states|stated|reads|read|shows|showed|claims|claimed|suggests|suggested|indicates|indicated|"
            r"asserts|asserted|reports|reported|alleges|alleged)")


class Unvouched:
    """The patterns of a report nothing vouches for, read on the words before the clause (`before`: the lead and
    the clause's own words before its actor, mentions as X) and after it (`after`, mentions as X)."""

    def __init__(self, lex: Lexicon):
        texts = lex.words("cues", "telling_documents") + lex.words("cues", "message_nouns")
        doc = bounded(texts + [f"{n}s" for n in texts])
        unvouched = lex.alt("cues", "unvouched_participles")
        # the document said unverified, then telling the clause: "The letter has not been authenticated, but it
        # says", "The memo could not be independently verified; it states that", "The memo, which has not been
        # verified, says" (its own noun or "it" telling; the clause right after)
        said_not = (r"(?:(?:has|have|had)\s+(?:not|never)\s+(?:yet\s+)?been|(?:could|can|did)\s*(?:not|n['’]t)\s+(?:yet\s+)?be|"
                    r"(?:was|were|is|are)\s+(?:not|never)|(?:was|were|is|are)\s+yet\s+to\s+be|remains|remained)\s+"
                    r"(?:(?:independently|officially|formally|publicly)\s+)?" + unvouched)
        self.unvouched_lead = compiled_pattern(
            r"\b" + doc + r"(?:\s*,\s*(?:which|that)\s+|\s+)" + said_not + r"\b[^.;]{0,20}?(?:[,;]\s*(?:(?:but|yet|though|and)\s+)?"
            r"(?:it|they|the\s+(?:[\w-]+\s+)?" + doc + r")\s+|,\s*)" + _TELLING + r"(?:\s+that)?\s*$", re.I)
        # the clause's author taking the post down after it: "..., but later deleted the post", "..., then removed it
        # hours later", "..., before deleting the tweet" (not someone confirming it: that is scope._confirmed; "the post"
        # may be X, read as the race's post)
        taken = bounded(lex.pasts("cues", "retracting_verbs"))
        taking = bounded(lex.words("cues", "retracting_verbs"))
        self.taken_down_after = compiled_pattern(
            r"^[^;.]*?,\s*(?:(?:but|and|then|only\s+to)\s+)(?:(?:later|since|subsequently|quickly|swiftly|soon|then|"
            r"hastily|\w+ly)\s+){0,2}(?:" + taken + r"|" + r"(?:has|had)\s+(?:since\s+)?" + taken + r")\s+"
            r"(?:it|them|X|(?:the|his|her|its|their|that|this)\s+(?:[\w-]+\s+)?" + doc + r")(?![\w-])"
            r"|^[^;.]*?,?\s+before\s+" + taking + r"\s+(?:it|them|X|(?:the|his|her|its|their|that|this)\s+(?:[\w-]+\s+)?"
            + doc + r")(?![\w-])", re.I)
        # ... or the message the clause was told in, taken down later: "..., the minister wrote in a post that was later
        # removed", "said ... in a post she later deleted"
        self.told_in_taken_down = compiled_pattern(
            r"^[^;.]*?\b(?:in|on|via)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+)?" + doc + r"\s+(?:(?:that|which)\s+)?"
            r"(?:(?:he|she|it|they|X)\s+)?(?:(?:was|were|has\s+been|had\s+been|has|had)\s+)?(?:later|since|subsequently|"
            r"quickly|swiftly|soon)\s+" + bounded(lex.phrase_participles("cues", "retracting_verbs") + lex.pasts("cues", "retracting_verbs")),
            re.I)
        # ... or named before the clause as taken down, the speaker then told: "In a since-deleted post, the minister
        # said ..." (a speaker's own statement otherwise keeps its clause from the doubt before it; an aside "The
        # minister's post, since taken down, said ..." is left out of one of the clause's views, so not read yet)
        gone = bounded(lex.phrase_participles("cues", "retracting_verbs"))
        self.taken_down_told_in = compiled_pattern(
            r"\b(?:in|on|via)\s+(?:a|an|the|his|her|its|their|X['’]s?)\s+(?:(?:since|later|subsequently)[-\s]+)?" + gone
            + r"\s+(?:[\w-]+\s+)?(?:" + doc + r"|X\b)|(?:\b" + doc + r"|\bX)\s*,\s*(?:(?:since|later|subsequently|now)\s+)(?:been\s+)?" + gone
            + r"\s*,", re.I)
        # ... or before the message's own participle clause: "S's foreign ministry deletes post backing X", "deleted a
        # tweet endorsing X" (the clause is what the deleted message said)
        self.taken_down_before = compiled_pattern(
            r"\b" + bounded(lex.words("cues", "retracting_verbs")) + r"\s+(?:(?:a|an|the|its|his|her|their|this|that)\s+)?"
            r"(?:[\w-]+\s+)?" + doc + r"\s*$", re.I)
        # no evidence of the clause, right before it: "There is no evidence (that)", "little evidence that", "No
        # evidence has emerged that", "Nothing suggests (that)", "There is nothing to suggest (that)"
        nouns = bounded(lex.words("cues", "evidence_lacking_nouns") + [f"{n}s" for n in lex.words("cues", "evidence_lacking_nouns")])
        verbs = lex.alt("cues", "evidence_verbs")
        self.no_evidence_lead = compiled_pattern(
            r"(?:^|[\s,;:(])(?:no|little|scant|scarcely\s+any|hardly\s+any|not\s+(?:any|much|a\s+shred\s+of|the\s+slightest))\s+"
            r"(?:(?:real|hard|firm|clear|public|credible|concrete|solid|such|further|independent)\s+)?" + nouns
            + r"(?:\s+(?:has|have|had)\s+(?:yet\s+|so\s+far\s+)?(?:emerged|surfaced|been\s+(?:found|produced|offered|presented|"
            r"given|provided)))?(?:\s+(?:yet|so\s+far|to\s+date|whatsoever|at\s+all))?(?:\s+that)?\s*$"
            # (what it is not in may be named: "Nothing in the piece says ...", "nothing in the letter indicates that")
            r"|(?:^|[\s,;:(])nothing\s+(?:(?:in|from)\s+(?:the|this|that|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+)?"
            r"(?:(?:yet|so\s+far|publicly|officially|\w+ly)\s+)?(?:(?:has|had)\s+)?" + verbs
            + r"(?:\s+that)?\s*$"
            r"|(?:^|[\s,;:(])(?:there\s+(?:is|was|has\s+been)\s+)?nothing\s+to\s+" + verbs + r"(?:\s+that)?\s*$", re.I)

        # a speaker said to have told nothing of it: "said nothing about backing him", "wrote not a word on ..."
        self.untold_lead = compiled_pattern(
            r"\b(?:said|says|say|saying|wrote|writes|mentioned|mentions|revealed|reveals|disclosed|discloses|offered|"
            r"offers|gave\s+away|let\s+slip)\s+(?:(?:absolutely|little\s+or)\s+)?(?:nothing|little|not\s+a\s+(?:single\s+)?word)\s+"
            r"(?:(?:publicly|officially|yet|so\s+far)\s+)?(?:about|on|of|regarding|concerning|as\s+to)\s*$", re.I)
        # the clause called false by someone after it, named back as a pronoun: "...; the ministry called this 'an
        # invention'", "..., which Ankara dismissed as fake news" is scope_doubt's (the lexicon's calling_as_verbs,
        # "as" after the pronoun, and false_words)
        calling = []
        for verb in lex.words("cues", "calling_as_verbs"):
            head, _, tail = verb.partition(" ")
            calling.append(re.escape(head) + r"\s+(?:this|that|it|them|these|those)" + (r"\s+" + re.escape(tail) if tail else ""))
        self.called_false_after = compiled_pattern(
            r"^[^.]*?[,;–—]\s*(?:(?:but|and|though|while)\s+)?(?:[^\s,;.]+\s+){0,6}?(?:(?:has|have|had)\s+)?"
            r"(?:(?:later|since|quickly|promptly|swiftly|publicly|\w+ly)\s+)?(?:" + "|".join(calling) + r")\s+[\"“‘']?"
            r"(?:(?:a|an|pure|complete|total|utter|simply|just|mere)\s+){0,2}[\"“‘']?(?:" + lex.alt("cues", "false_words") + r")",
            re.I)
        # a fact-check's rating labelling the claim in the same sentence: "UNCONFIRMED - 'Turkey has blocked X.'",
        # "Unverified: S backs X" (the lexicon's verdict_words; not "CONFIRMED - ...")
        self.rated_lead = compiled_pattern(
            r"^\W*(?:(?:(?:our|the)\s+)?(?:verdict|rating|ruling)\s*(?::|-|–|—)\s*)?[\"“‘']?(?:" + lex.alt("cues", "verdict_words")
            + r")[\"”’']?\s*(?::|\s[-–—]|–|—)", re.I)

    def doubted(self, before: str, after: str, gap: str = "") -> bool:
        """The clause told by an unverified document, taken down by its author, said to have no evidence, told
        nothing of by its speaker (before its predicate: `gap`, the words between its actor and predicate), called
        false after it or rated by a verdict label before it."""
        before = " ".join(before.split())
        lead = " ".join(f"{before} {gap}".split())     # (the words before the predicate, its own gap included)
        return bool(self.unvouched_lead.search(before) or self.no_evidence_lead.search(before)
                    or self.untold_lead.search(lead) or self.rated_lead.match(before)
                    or self.taken_down_before.search(lead)
                    or self.taken_down_told_in.search(before)
                    or self.taken_down_after.match(after) or self.told_in_taken_down.match(after) or self.called_false_after.match(after))

