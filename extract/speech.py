"""Who speaks in a quotation, and in a transcript's answers: a quotation's "we" is the speaker's
state when the speaker stands for one ('"We back him," Szijjarto said'), its "I" the speaking
candidate, and its "he" the candidate spoken of ('..., Orban said of Rutte'); the answers of a
transcript ("Q: ... / A: ...") are the interviewee's.

The readings of `discourse` come in with their mentions resolved; this adds the speakers' ones.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from natowatch.extract.compiled import pattern as compiled_pattern
from natowatch.extract.mentions import CANDIDATE, ORG, POST, STATE, Mention
from natowatch.extract.reading_index import ReadingIndex, is_candidate, is_state_person
from natowatch.extract.lexicon import BE_FORMS, bounded, built_once, Lexicon

if TYPE_CHECKING:
    from natowatch.extract.discourse import Reading

# he, she, him, his, her, himself, herself: no word (or "x'") before, none after, no "'s" after
PRONOUN = re.compile(r"[HhSs](?<!\w[HhSs])(?<!\w['’][HhSs])(?:(?<=[Hh])(?:e|im|is|er|imself|erself)|(?<=[Ss])he)"
                      r"(?!\w)(?!['’]s\b)")

# "my name": the person (not "names", not "name as")
_NAME_AFTER = re.compile(r"\s+name(?![\w-])(?!\s+as\b)")
# a transcript's lines: "Q: ...", "Question: ..."; "A: ...", "Answer: ..."
_QUESTION_LINE = re.compile(r"^[ \t]*(?:Q|Question)[ \t]*[:.)][ \t]+(?P<asked>[^\n]*)", re.M)
# the interviewee in a question: "Prague nominated you in January", "your bid"
_DOUBTED_PREMISE = re.compile(r"\s*(?:is|was)\s+(?:that|it|this)\s+(?:true|right|so|correct)\b|\s*(?:right|true|correct)\?", re.I)
# an answer opening (in its first two sentences) with a doubt of what the question told: "I read them. I do not know
# if they were true.", "That is not true.", "I cannot confirm that.", "I am not sure he ever said that.", "Beijing has
# never told me that.", "I have heard nothing of the kind.", "I cannot tell you if those reports are correct."
_NOT = r"(?:\s+(?:not|never)|n['’]t)(?:\s+(?:ever|once|really|actually))?"
# what "I doubt" doubts when it doubts the line: the line itself ("I doubt it", "I doubt that very much", "I doubt that
# is true"), a report of it ("I doubt those reports") or whether it holds; not a clause of its own ("I doubt that
# anyone is surprised", "I doubt anybody minds": the doubt is of that clause, the line stands)
_DOUBTED_OBJECT = (r"(?:(?:it|this|that|those|these|them|so)(?=\s*(?:[.,;:!?\n]|$|(?:very\s+much|much|strongly|a\s+lot)\b|(?:is|was|are|were)"
                   r"\s+(?:(?:really|actually|entirely|quite|at\s+all)\s+)?(?:true|so|correct|right|accurate|the\s+case)\b))"
                   r"|(?:those|these|the|such|any|that|this|their|his|her)\s+(?:[\w-]+\s+)?(?:reports?|claims?|stor(?:y|ies)|"
                   r"rumou?rs?|accounts?|assertions?|allegations?)\b|whether\b|if\b|(?:very\s+)?much\b)")
_DOUBTED_ANSWER = re.compile(
    r"(?:[^.?!\n]*[.?!]\s+)?[^.?!\n]*?(?<![\w'’])(?:"
    r"(?:do|did|does)" + _NOT + r"\s+know\s+(?:if|whether|that|about|of)\b"
    r"|(?:is|was|are|were)" + _NOT + r"\s+(?:true|correct|accurate|so|right)\b"
    r"|(?:cannot|can|could)" + _NOT + r"\s+(?:confirm|say|tell\s+(?:you\s+)?(?:if|whether))\b|cannot\s+(?:confirm|say|tell\s+(?:you\s+)?(?:if|whether))\b"
    r"|(?:am|" + BE_FORMS + r"|['’]m)" + _NOT + r"\s+(?:sure|certain|aware)\b"
    r"|(?:have|has|had|did|do)" + _NOT + r"\s+(?:heard|hear|seen|see)\s+(?:that|this|it|so|of|any|anything|such)\b"
    r"|(?:have|has|had|['’]ve)\s+(?:heard|seen)\s+(?:nothing|no\s+such)\b|\bnever\s+heard\b"
    r"|(?:have|has|had|did)" + _NOT + r"\s+(?:told|tell|said|say|informed|inform)\s+(?:me|us)\b|\bnever\s+(?:told|informed)\s+(?:me|us)\b"
    r"|(?:nobody|no\s+one)\s+(?:has\s+)?(?:told|said|informed)\s+(?:me|us)\b"
    r"|\bnothing\s+of\s+the\s+(?:kind|sort)\b|\bnews\s+to\s+me\b|\bI\s+(?:(?:very\s+much|rather|really|seriously|strongly)\s+)?doubt\s+"
    + _DOUBTED_OBJECT + ")", re.I)
# the label of a reply line: "A:", "Answer:", "Grossi:", "Mr Grossi:"
_REPLY_LABEL = re.compile(r"[ \t]*(?:A|Answer|[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2})[ \t]*:[ \t]*")
# the rest of a question, to its question mark: "... you, doesn't it?" (not "... you on May 3. What next?")
_ASKED = re.compile(r"[^.!?\n]*\?")
_SECOND_PERSON = re.compile(r"(?<!\w)(?:[Yy]ou|[Yy]our)(?!\w)(?!['’])")
_LINE = re.compile(r"[^\n]*\S[^\n]*")
# (or labelled with the interviewee's name: "MOTTLEY: ...", "Karins: ...", "Mia Mottley: ...")
_ANSWER_LINE = re.compile(r"^[ \t]*(?:(?:A|Answer)[ \t]*[:.)]|(?P<label>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})[ \t]*:)"
                          r"[ \t]+(?P<said>[^\n]+)", re.M)


class Speech:
    """The speaker patterns of one lexicon (built once per lexicon)."""

    _cache: dict[int, tuple[Lexicon, "Speech"]] = {}

    @classmethod
    def of(cls, lex: Lexicon) -> "Speech":
        return built_once(cls._cache, lex, cls)

    def __init__(self, lex: Lexicon):
        # the lexicon's first person, each word as written or with a capital, those of first_person_one_case only as
        # written ("us": "US" is the United States; "I"); a quotation mark may open right before ("'We back him'"), a
        # contraction may follow ("we'll")
        one_case = set(lex.words("first_person_one_case"))

        def person(words: list[str]) -> re.Pattern:
            forms = "|".join(w if w in one_case else f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in words)
            return compiled_pattern(r"(?<!\w)(?<!\w['’])(?:" + forms + r")(?!\w)(?!['’]s\b)")
        self.first_person_plural = person(lex.words("first_person_plural"))
        self.first_person_singular = person(lex.words("first_person_singular"))
        # a candidate's "us" and "our bid": the speaking candidate's campaign, that is the candidate ("Spain was with us
        # from the beginning", "the friends who stood with us", "our campaign"; "we" may be a government or a team that
        # acts, and stays unread)
        self.candidate_plural = compiled_pattern(
            r"(?<!\w)(?<!\w['’])(?:us(?!\w)(?!['’]s\b)|[Oo]ur(?=\s+(?:own\s+)?" + bounded(
                lex.words("candidacy", "kept_bid_nouns") + ["campaign", "campaigns"]) + r"(?![\w-])))")
        # "my campaign", "my own bid": the candidate's bid, a mention as "her bid" is (not "my name", "my hat")
        self.bid_after = compiled_pattern(r"\s+(?:own\s+)?" + bounded(
            lex.words("candidacy", "bid_nouns") + ["campaign", "campaigns"]) + r"(?![\w-])", re.I)
        verbs = bounded(lex.words("cues", "reporting_verbs") + lex.words("cues", "speaker_verbs"))
        # (an attribution's verb is in lower case: "the United States" holds no "states")
        lower_verbs = "(?-i:" + verbs + ")"
        self.attribution_after = compiled_pattern(
            r"^\s*[,.!?]?\s*-?\s*(?:(?P<verb_first>" + lower_verbs + r")\s+(?P<after>.{1,80}?)(?:[,.;]|$)"
            r"|(?P<before>.{1,80}?)\s+" + lower_verbs + r")", re.I)
        self.said_of = compiled_pattern(r"^\s*[,.!?]?\s*-?\s*(?:[^\"“”.;]{1,60}?\s+)?" + verbs
                                  + r"\s+of\s+(?P<about>[^\s,.;]+(?:\s+[^\s,.;]+)?)", re.I)
        # the words quoted after a thanks are the thanker's ("thanked Brazil for standing by her 'when my own
        # country did not'"), as after a report
        self.reporting_verb = compiled_pattern(bounded(lex.words("cues", "reporting_verbs") + lex.words("cues", "speaker_verbs")
                                                 + lex.words("endorsement", "thanking_verbs")) + r"\b", re.I)
        # "Waltz was blunt. 'That's a no from us.'": the subject of the sentence right before, which tells how they spoke
        self.manner_before = compiled_pattern(r"(?:^|[.!?]\s+)(?P<before>[^\"“”.!?]{1,100}?)\s+" + lex.alt("cues", "speaking_manners")
                                              + r"\s*[.:]\s*$", re.I)
        self.attribution_before = compiled_pattern(
            r"(?P<before>[^\"“”.]{1,100}?)\s+" + verbs + r"(?:\s[^\"“”:]{0,60})?[:,]\s*$", re.I)
        # "Lithuania's foreign minister": the state's person
        self.person_of = compiled_pattern(r"['’]s?\s+(?:\w+\s+)?" + bounded(lex.words("government_nouns") + lex.words("person_nouns")),
                                    re.I)
        self.role_subject = compiled_pattern(
            r"(?:the|a|an)\s+(?:\w+\s+)?" + bounded(lex.words("government_nouns") + lex.words("person_nouns")), re.I)
        self.pronoun = PRONOUN
        self.own_state = compiled_pattern(r"(?<![\w'’])" + bounded(lex.words("first_person_state")), re.I)
        self.our_candidate = compiled_pattern(r"(?<![\w'’])[Oo]ur\s+(?:own\s+)?" + bounded(
            [w for w in lex.words("candidacy", "candidate_nouns") if not w.endswith("s")]) + r"(?![\w-])")
        interview = bounded(lex.words("cues", "interview_nouns"))
        self.interview_lead = compiled_pattern(r"\s*" + interview + r"\s*(?::|\bwith\b)\s*", re.I)
        # a headline opening with the interviewee's words, then a colon and whom they are of, as such or after an
        # interview noun ('"We have a voice": interview with X', '"I never thought ...": an interview with X')
        self.quoted_lead = compiled_pattern(r"\s*[\"“‘'«][^\n]+?[\"”’'»]\s*:\s*(?:(?:an?|our|the)\s+)?"
                                            r"(?:" + interview + r"\s*(?::|\bwith\b)\s*)?", re.I)
        # a lede that says what the article is: "This interview with X was recorded ...", "In this interview, X ..."
        self.lede_interview = compiled_pattern(r"(?<![\w'’])(?:this|the\s+following|our)\s+" + interview
                                               + r"\s+with\s+", re.I)

    def read(self, text: str, folded: str, quotes: list[tuple[int, int]], readings: list[Reading],
             homes: dict[str, str] | None = None) -> None:
        """Add the speakers' mentions to `readings` (`quotes`: quote_spans of `text`, `folded` its
        folded form; `homes`: each candidate's own state, what "my country" is in their speech)."""
        self._speakers(quotes, folded, readings, homes or {})
        self._answers(text, readings, homes or {})

    def _answers(self, text: str, readings: list[Reading], homes: dict[str, str]) -> None:
        """A transcript's answers ("Q: ... / A: We nominated her ...") are spoken by the person the
        article interviews: the first state's person or candidate named before the first question."""
        first_question = _QUESTION_LINE.search(text)
        if first_question is None:
            self._unlabelled(text, readings, homes)
            return
        found = next(((r, m) for r in itertools.takewhile(lambda r: r.sentence.start < first_question.start(), readings)
                      for m in r.mentions if is_state_person(m) or m.kind == CANDIDATE and m.person or (
                          m.kind == STATE and m.actor and self.person_of.match(r.text, m.end))), None)
        if found is None:
            return
        speaker = found[1]
        # the lines labelled "A:", or with a name of the interviewee's (as the article writes it, or the candidate's
        # own): another's label is another speaker's
        names = {w.lower() for w in (found[0].text[speaker.start:speaker.end] + " " + speaker.value).split()}
        answers = [(m.start("said"), m.end("said")) for m in _ANSWER_LINE.finditer(text, first_question.start())
                   if m.group("label") is None or m.group("label").split()[-1].lower().strip("'’") in names]
        by_offset = ReadingIndex(readings, homes)
        for qs, qe in answers:
            self._speak(qs, qe, speaker, None, by_offset, readings)
        for q in _QUESTION_LINE.finditer(text):
            reply = _LINE.search(text, q.end())
            label = _REPLY_LABEL.match(text, reply.start(), reply.end()) if reply else None
            if reply and _DOUBTED_ANSWER.match(text, label.end() if label else reply.start(), reply.end()):
                _unsaid(q.start("asked"), q.end("asked"), by_offset, readings)     # a premise the answer doubts
            elif speaker.kind == CANDIDATE:
                # the questions speak to the candidate: "Barbados nominated you in January"
                self._address(q.start("asked"), q.end("asked"), speaker, by_offset, readings)

    def _unlabelled(self, text: str, readings: list[Reading], homes: dict[str, str]) -> None:
        """An interview set out without labels: the headline names whom it interviews ("X: 'I am ...'",
        "Interview: X"), the paragraphs that end with a question mark are the interviewer's (at least two, one
        of them speaking to "you") and those after the first of them the interviewee's answers. An article
        whose headline names nobody so gives nothing for "you" or "I"."""
        title_end = text.find("\n")
        if not readings or title_end < 0:
            return
        speaker = self._interviewee(text[:title_end], [m for r in readings if r.sentence.start < title_end
                                                       for m in r.mentions if r.sentence.start + m.start < title_end],
                                    readings[0].sentence.start) or self._lede_interviewee(text, title_end, readings)
        if speaker is None:
            return
        lines = [(m.start(), m.end(), m.group().rstrip().endswith(("?", '?"', "?”")))
                 for m in _LINE.finditer(text, title_end)]
        asked = [(s, e) for s, e, question in lines if question]
        if len(asked) < 2 or not any(_SECOND_PERSON.search(text, s, e) for s, e in asked):
            return
        lines = _alternating(lines)
        by_offset = ReadingIndex(readings, homes)
        for k, (s, e, question) in enumerate(lines):
            if s < asked[0][0]:
                continue    # the introduction before the first question is the reporter's
            if question and k + 1 < len(lines) and _DOUBTED_ANSWER.match(text, lines[k + 1][0], lines[k + 1][1]):
                # a premise the answer doubts states nothing ("There were reports that X backs you." / "I do not know
                # if they were true."; "Paris prefers Rutte." / "I have not heard that.")
                _unsaid(s, e, by_offset, readings)
            elif question and speaker.kind == CANDIDATE:
                self._address(s, e, speaker, by_offset, readings)
            elif not question:
                self._speak(s, e, speaker, None, by_offset, readings)

    def _interviewee(self, title: str, mentions: list[Mention], offset: int) -> Mention | None:
        """The candidate or state's person a headline names as interviewed: its name before a colon at its
        opening, or after an opening interview noun's colon or "with", or after the colon that follows an opening
        quotation (their words: '"We have a voice": X on ...', '"...": an interview with X')."""
        lead = self.interview_lead.match(title) or self.quoted_lead.match(title)
        at = lead.end() if lead else len(title) - len(title.lstrip())
        first = _interviewed_at(mentions, at, offset)
        if first is None:
            return None
        return first if lead or re.match(r"\s*:", title[offset + first.end:]) else None

    def _lede_interviewee(self, text: str, title_end: int, readings: list[Reading]) -> Mention | None:
        """The person the first paragraph says the article interviews ("This interview with X was recorded in
        ...")."""
        lede = _LINE.search(text, title_end)
        said = self.lede_interview.search(text, lede.start(), lede.end()) if lede else None
        if said is None:
            return None
        return next((found for r in readings if r.sentence.start <= said.end() < r.sentence.end
                     for found in [_interviewed_at(r.mentions, said.end(), r.sentence.start)]), None)

    def _address(self, qs: int, qe: int, addressee: Mention, by_offset: ReadingIndex, readings: list[Reading]) -> None:
        """"you" and "your" in the question at [qs, qe) are the candidate interviewed."""
        for i in by_offset.overlapping(qs, qe):
            r, start, end = readings[i], by_offset.starts[i], by_offset.ends[i]
            lo, hi = max(qs, start) - start, min(qe, end) - start
            if _DOUBTED_PREMISE.match(r.text, hi) or \
                    _DOUBTED_PREMISE.match(readings[i + 1].text if i + 1 < len(readings) else ""):
                continue    # a premise it doubts ("Is that true?")
            taken = [(m.start, m.end) for m in r.mentions]
            # (not in a question: "Guyana backs you, doesn't it?"; a statement before it in the same reading is
            # read: "The Council recommended you on October 13. What happens next?")
            added = [Mention(lo + m.start(), lo + m.end(), CANDIDATE, addressee.value, "speaker", True, True)
                     for m in _SECOND_PERSON.finditer(r.text[lo:hi]) if not _ASKED.match(r.text, lo + m.end())]
            added = [a for a in added if all(a.end <= s or a.start >= e for s, e in taken)]
            if added:
                # "Peru supported you after she withdrew": beside "you", "she" is another, the candidate last named
                # before (or nobody)
                own = [m for m in r.mentions if m.form in ("pronoun", "possessive-pronoun") and m.kind == CANDIDATE
                       and m.value == addressee.value and lo <= m.start < hi]
                other = by_offset.last_other(addressee.value, start + own[0].start) if own else None
                kept = [m for m in r.mentions if m not in own] + ([replace(m, value=other.value) for m in own] if other else [])
                r.mentions = sorted(kept + added, key=lambda m: m.start)
                by_offset.changed(i)

    def _speakers(self, spans: list[tuple[int, int]], folded: str, readings: list[Reading], homes: dict[str, str]) -> None:
        """Add the speaker's state (or the speaking candidate) for first-person words in quotations
        (`spans`: quote_spans of the text)."""
        if not spans:
            return
        by_offset = ReadingIndex(readings, homes)
        last: tuple[int, Mention] | None = None       # the end of the last quotation whose speaker was found, and who
        for qs, qe in spans:
            if folded[max(qs, qe - 3):qe].rstrip("\"”’'»").endswith("."):
                # 'X said: "We will not back him." Slovakia said ...': a stop inside ends the speech,
                # so the words after it are the next sentence's, not the attribution
                speaker = self._speaker_before(folded, qs, by_offset) or self._speaker_after(folded, qe, by_offset)
            else:
                speaker = self._speaker_after(folded, qe, by_offset) or self._speaker_before(folded, qs, by_offset)
            if speaker is None and last is not None and _GOES_ON.fullmatch(folded, last[0], qs):
                # '"I am stepping aside," X said in a video. "I thank Brazil, who nominated me."': a quotation
                # opening the next sentence of the paragraph, with no speaker of its own, goes on with the last one
                speaker = last[1]
            last = (qe, speaker) if speaker is not None else None
            about = self._spoken_of(folded, qe, by_offset)
            if speaker is not None or about is not None:
                self._speak(qs, qe, speaker, about, by_offset, readings)

    def _speak(self, qs: int, qe: int, speaker: Mention | None, about: Mention | None, by_offset: ReadingIndex,
               readings: list[Reading]) -> None:
        """The first person of the speech at [qs, qe) is the speaker's state (or the speaking
        candidate); its third person the candidate spoken of, when the attribution says so."""
        for i in by_offset.overlapping(qs, qe):
            r, start, end = readings[i], by_offset.starts[i], by_offset.ends[i]
            lo, hi = max(qs, start) - start, min(qe, end) - start
            chunk = r.text[lo:hi]
            added, before = [], r.mentions
            if speaker is not None and speaker.kind == CANDIDATE and speaker.value in by_offset.homes:
                # "when my own country did not": the speaking candidate's own state, which acts
                added += [Mention(lo + m.start(), lo + m.end(), STATE, by_offset.homes[speaker.value], "speaker", True, False)
                          for m in self.own_state.finditer(chunk)]
            elif speaker is not None and speaker.kind == STATE:
                # '"My country supports him," the minister said': a state's speaker's own country is that state
                added += [Mention(lo + m.start(), lo + m.end(), STATE, speaker.value, "speaker", True, False)
                          for m in self.own_state.finditer(chunk)]
            own = [c for c, home in by_offset.homes.items() if speaker is not None and home == speaker.value]
            if speaker is not None and speaker.kind == STATE and len(own) == 1:
                # "all the countries that supported our candidate": the speaking state's one candidate
                added += [Mention(lo + m.start(), lo + m.end(), CANDIDATE, own[0], "descriptor", True, True)
                          for m in self.our_candidate.finditer(chunk) if not _for_another_post(r, lo + m.end())]
            if speaker is not None:
                pattern = self.first_person_plural if speaker.kind == STATE else self.first_person_singular
                # "told us", "asked us": the object case never acts
                # ("put my name forward": the name is the speaking candidate's, as "her name")
                for m in pattern.finditer(chunk):
                    if any(a.start <= lo + m.start() < a.end for a in added) or (
                            speaker.kind == CANDIDATE and not self.bid_after.match(chunk, m.end())
                            and _own_possessive(m, lo, r.mentions + added, speaker)):
                        continue
                    added.append(Mention(lo + m.start(), lo + (named.end() if m.group().lower() == "my" and (
                                             named := _NAME_AFTER.match(chunk, m.end())) else m.end()),
                                         speaker.kind, speaker.value, "speaker",
                                         m.group().lower() not in ("us", "me"), speaker.kind == CANDIDATE))
                if speaker.kind == CANDIDATE:
                    added += [Mention(lo + m.start(), lo + m.end(), CANDIDATE, speaker.value, "speaker", False, True)
                              for m in self.candidate_plural.finditer(chunk)
                              if not any(a.start <= lo + m.start() < a.end for a in added)]
            if about is not None:   # '"We cannot support him," Szijjarto said of Rutte'
                added += self._pronouns_as(chunk, lo, about.value)
            elif speaker is not None and speaker.kind == CANDIDATE:
                # '"She is the candidate of Costa Rica," Fernandez said': a quotation's third person is not its
                # speaker (who says "I") but another, the candidate last named before it
                own = [m for m in r.mentions if m.form in ("pronoun", "possessive-pronoun") and m.kind == CANDIDATE
                       and m.value == speaker.value and lo <= m.start < hi]
                if own:
                    r.mentions = [m for m in r.mentions if m not in own]
                    other = by_offset.last_other(speaker.value, start + own[0].start)
                    added += [replace(m, value=other.value) for m in own] if other is not None else []
            elif speaker is not None and speaker.kind == STATE:
                # '"He has our support," Scholz said': "he" is not the speaker but the candidate last named
                last = by_offset.last(is_candidate, qs)
                if last is not None:
                    r.mentions = [m for m in r.mentions if not (
                        m.form == "pronoun" and m.kind == STATE and m.value == speaker.value and lo <= m.start < hi)]
                    added += self._pronouns_as(chunk, lo, last.value)
            if added:
                taken = [(m.start, m.end) for m in r.mentions]
                added = [a for a in added if all(a.end <= s or a.start >= e for s, e in taken)]
                r.mentions = sorted(r.mentions + added, key=lambda m: m.start)
            if r.mentions is not before:    # (a sentence of many quotations has its mentions read again only then)
                by_offset.changed(i)

    def _speaker_after(self, folded: str, qe: int, by_offset) -> Mention | None:
        tail = _line_after(folded, qe, 120)
        m = self.attribution_after.match(tail)
        if not m:
            return None
        part = "after" if m.group("verb_first") else "before"
        s, e = m.span(part)
        found = by_offset.mentions_in(qe + s, qe + e)
        speaker = next((x for x in found if (x.kind == STATE and x.actor) or (x.kind == CANDIDATE and x.person)), None)
        if speaker is None and self.role_subject.search(m.group(part)):
            speaker = by_offset.last(is_state_person, qe)
        return speaker

    def _pronouns_as(self, chunk: str, offset: int, candidate: str) -> list[Mention]:
        """The third-person pronouns of a quotation, read as the candidate spoken of."""
        return [Mention(offset + p.start(), offset + p.end(), CANDIDATE, candidate,
                        "possessive-pronoun" if p.group().lower() in ("his", "her") else "pronoun", True, True)
                for p in self.pronoun.finditer(chunk)]

    def _spoken_of(self, folded: str, qe: int, by_offset) -> Mention | None:
        """The candidate a quotation is about when the attribution says so ("..., Orban said of Rutte")."""
        m = self.said_of.match(_line_after(folded, qe, 120))
        if not m:
            return None
        found = by_offset.mentions_in(qe + m.start("about"), qe + m.end("about"))
        return next((x for x in found if x.kind == CANDIDATE and x.person), None)

    def _speaker_before(self, folded: str, qs: int, by_offset) -> Mention | None:
        line_start = max(folded.rfind("\n", 0, qs) + 1, qs - 160)
        head = folded[line_start:qs]
        if re.search(r"[:,]\s*$", head):
            m = self.attribution_before.search(head)
            # (or a thanks whose object the quotation goes on about: 'She thanked the Government of Barbados,
            # "which put my name forward"')
            span = m.span("before") if m else self._reporter_before(head)
        elif (manner := self.manner_before.search(head)) is not None:
            span = manner.span("before")
        else:   # a few words quoted inside a report are the reporter's: 'Milei said Grossi "has our full support"'
            span = self._reporter_before(head)
        if span is None:
            return None
        found = by_offset.mentions_in(line_start + span[0], line_start + span[1])
        speaker = next((x for x in reversed(found) if (x.kind == STATE and x.actor) or (x.kind == CANDIDATE and x.person)), None)
        if speaker is None and self.role_subject.search(head, span[0], span[1]):
            speaker = by_offset.last(is_state_person, qs)
        return speaker

    def _reporter_before(self, head: str) -> tuple[int, int] | None:
        """Where the subject of the last reporting verb of `head` is, when the quotation that follows
        `head` is inside what it reports (no stop, colon or quotation mark between)."""
        start = max(head.rfind(c) for c in '."“”') + 1
        verb = None
        for verb in self.reporting_verb.finditer(head, start):
            pass
        if verb is None or not head[verb.end():].endswith((" ", "\t")) or re.search(r"[:\"“”]", head[verb.end():]) \
                or not head[start:verb.start()].strip():
            return None
        return max(start, verb.start() - 100), verb.start()


def _interviewed_at(mentions: list[Mention], at: int, offset: int) -> Mention | None:
    """The candidate or state's person whose mention (offsets from `offset`) opens at `at`."""
    first = next((m for m in mentions if offset + m.start >= at), None)
    if first is None or offset + first.start != at or not (first.kind == CANDIDATE and first.person
                                                            or is_state_person(first)):
        return None
    return first


def _alternating(lines: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """The paragraphs of a transcript (start, end, a question?) from its first question on, with the
    interviewer's lines that ask nothing ("You had a rival, X.") marked as questions: where every line
    ending with a question mark is one of every second line from the first, those lines are the
    interviewer's; a last line is left an answer (a long answer's second paragraph, not the interviewer's)."""
    first = next(k for k, (_, _, question) in enumerate(lines) if question)
    rest = lines[first:]
    if any(question and k % 2 for k, (_, _, question) in enumerate(rest)):
        return lines    # an answer in two paragraphs, or one that asks: the marks alone tell
    return lines[:first] + [(s, e, question or (k % 2 == 0 and k + 1 < len(rest)))
                            for k, (s, e, question) in enumerate(rest)]


def _line_after(text: str, start: int, limit: int) -> str:
    """At most `limit` characters of text from `start` to the end of its line."""
    line_end = text.find("\n", start, start + limit)
    return text[start: line_end if line_end >= 0 else start + limit]


def _own_possessive(m: re.Match, lo: int, mentions: list[Mention], speaker: Mention) -> bool:
    """A speaking candidate's "my" after their own "I" (not before a bid noun) is their own, as "her" after the
    candidate's name ("I have put my name forward", "I have thrown my hat into the ring": the possessive slot of the
    lexicon's idiom, not a second person that others put forward): no mention, as pronouns.py leaves "Rutte put his name
    forward"; after a state it is the object of the state's act ("Brazil put my name forward")."""
    if m.group().lower() != "my":
        return False
    at = lo + m.start()
    before = [x for x in mentions if x.end <= at]
    last = max(before, key=lambda x: x.end, default=None)
    return last is not None and last.form == "speaker" and last.kind == CANDIDATE and last.value == speaker.value \
        and last.actor


# between a quotation whose speaker was found and the next one that goes on with it: the first one's attribution
# (or nothing) and the stop that ends its sentence, within the paragraph ('"...," X said in a video. "...')
_GOES_ON = re.compile(r"(?:[,.!?]?[ \t]*[^\"“”\n.!?]{0,120}?)?[.!?]?[ \t]*(?<=[.!?\"”’'][ \t])[ \t]*")

# "our candidate for the IAEA board chair": a purpose after the noun that names neither the post nor its body
_FOR_AFTER = re.compile(r"\s+(?:for|to|at)\s+")


def _for_another_post(r: Reading, end: int) -> bool:
    """Does a "for ..." after "our candidate" (ending at `end`) name something other than the race's post?"""
    after = _FOR_AFTER.match(r.text, end)
    return after is not None and not any(m.kind in (POST, ORG) and after.end() <= m.start <= after.end() + 12
                                         for m in r.mentions)


def _unsaid(start: int, end: int, by_offset: ReadingIndex, readings: list[Reading]) -> None:
    """The interviewer's statements in [start, end) that the answer doubts state nothing: their mentions go (a
    question states nothing anyway)."""
    for i in by_offset.overlapping(start, end):
        if not readings[i].text.rstrip().endswith("?"):
            readings[i].mentions = []
