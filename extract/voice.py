"""Whose voice a text is when its sentences do not say: the state of a document's author or of a
transcript speaker, carried to the first person and to the state's bare organs in its scope.

- A document a state's organ issues (its header names the organ: "MINISTRY OF FOREIGN AFFAIRS OF
  ROMANIA", "Permanent Mission of Ghana to the United Nations", "Press release - Government of Peru";
  or its title is a release whose issuer or subject is one state: "Statement by the Ministry of
  Foreign Affairs of Latvia on ...", "Press release: Romania presents ...") speaks for that state
  outside quotations: its "we", "our", "us" and its bare organs ("the Government", "this Government",
  "the Ministry", "this country") are the state. An organ the header names with no state takes the
  state of a line naming the state alone ("REPUBLIC OF GHANA") or of the header's dateline ("Santiago,
  26 March 2026"). A joint release ("JOINT COMMUNIQUE") has no one author.
- A transcript (two lines or more opening with a speaker's label: "THE MINISTER OF FOREIGN AFFAIRS (Mr
  X):", "Mr Y (Hungary):", "SZIJJARTO:", "SENATOR Z:") is read turn by turn, each to the next label: a
  turn's first person is the state its label speaks for (a state named in it, a person of a state, or a
  role of a government when the record is of a state's chamber or organ: "SENATE OF THE REPUBLIC OF
  CHILE"); a chair's, a member of parliament's, a host's or a correspondent's first person is nobody's.
  The bare organs in a transcript of a state's chamber are that state's whoever says them.
- A journalist's "we" is no state's: an article with no such header and no such labels gets nothing here.

Only words no reading before took are given a state, except a bare organ the recency of the sentences
before gave another state (in a state's own document its "the Government" is its own). The words are
the lexicon's `voice` lists."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from natowatch.extract.compiled import pattern as compiled_pattern
from natowatch.extract.calendar_names import MONTH_NAMES
from natowatch.extract.lexicon import bounded, built_once, phrase_pattern
from natowatch.extract.mentions import CANDIDATE, STATE, Mention

if TYPE_CHECKING:
    from natowatch.extract.discourse import Reading
    from natowatch.extract.gazetteer import Gazetteer

# the parts of a header line: split at a sentence end, a colon, a comma, a dash or a bar between words
_SEGMENT_END = re.compile(r"[.:;,](?=\s|$)|\s[-|/]\s|\(|\)")
# a line opening with what may be a speaker's label: a capitalised word and up to seven more, a bracket in it, then
# a colon (Voice._label tells which are)
_LABEL = re.compile(r"^[ \t]*(?P<label>[A-Z][\w.'’-]*(?:[ \t]+[\w.'’-]+){0,7}(?:[ \t]*\([^()\n]{1,60}\))?)[ \t]*:[ \t]+(?=\S)",
                    re.M)
_BRACKET = re.compile(r"\([^()]*\)")
# a header line is short (a lede's first sentence is not); of a long line only its opening may hold a part in capitals
_HEADER_WORDS = 12
_HEAD_CHARS = 400


def _in_capitals(part: str) -> bool:
    letters = [c for c in part if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) > 0.7 * len(letters)


def _titled(part: str, connectors: frozenset[str] = frozenset()) -> str:
    """A part in capitals with its words' capitals as a name's ("REPUBLIC OF GHANA" -> "Republic of Ghana"), so the
    gazetteer reads its names, the longest winning ("EMBASSY IN PORT OF SPAIN" -> "... Port of Spain", a capital, not
    Spain); any other as it is. A name's `connectors` inside it stay lower-case ("of", "and"; "the" only after
    another: "Kingdom of the Netherlands", while "IN THE HAGUE" keeps "The Hague")."""
    if not _in_capitals(part):
        return part
    titled = part.title()
    if len(titled) != len(part):
        return part
    if not connectors:
        return titled
    words = re.split(r"(\s+)", titled)     # words at the even places, the spaces between them at the odd
    for i in range(2, len(words) - 1, 2):
        low = words[i].lower()
        if low in connectors and (low != "the" or words[i - 2].lower() in connectors):
            words[i] = low
    return "".join(words)


_WORD = re.compile(r"[A-Za-z][\w'’-]*")


class Voice:
    """The voice patterns of one story's gazetteer (built once per gazetteer)."""

    _cache: dict[int, tuple["Gazetteer", "Voice"]] = {}

    @classmethod
    def of(cls, gazetteer: "Gazetteer") -> "Voice":
        return built_once(cls._cache, gazetteer, cls)

    def __init__(self, gazetteer: "Gazetteer"):
        self.gaz = gazetteer
        lex = gazetteer.lexicon
        issuers = lex.words("voice", "issuers")
        releases = lex.words("voice", "releases")
        # a header part that is a state's organ, a state's name or demonym may stand before it ("Romanian
        # Ministry of Foreign Affairs", "Ghana's Permanent Mission"), its state and more capitalised words after
        # ("of Foreign Affairs and Regional Integration", "of Ghana to the United Nations"); not a clause ("The
        # Ministry of Foreign Affairs of Hungary said ...": a lower-case word after it)
        tail = r"(?:\s+(?:of|for|to|and|the|in|at|&|(?-i:[A-Z])[\w'’.-]*))*"
        before = r"\W*(?:the\s+)?(?:(?-i:[A-Z])[\w'’.-]*\s+){0,3}?"
        self.issuer = compiled_pattern(before + bounded(issuers) + tail + r"\W*", re.I)
        self.chamber = compiled_pattern(before + bounded(lex.words("voice", "chambers")) + tail + r"\W*", re.I)
        # a title opening with a release noun, then its issuer or what it tells ("Press release: Romania presents
        # ...", "Statement by the Ministry of ... on ...", "Communique of the Ministry of Foreign Affairs on ...")
        self.release_title = compiled_pattern(r"\W*(?:(?:an?|the)\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+)?" + bounded(releases)
                                              + r"(?P<rest>.*)$", re.I)
        self.release_word = compiled_pattern(bounded(releases), re.I)
        self.joint = compiled_pattern(bounded(lex.words("voice", "joint_releases")), re.I)
        # a credit or source line ("Photo: Ministry of ...", "Source: Permanent Mission of ..."): no issuer
        self.credit = compiled_pattern(r"\W*" + bounded(lex.words("voice", "credit_labels")) + r"\s*:", re.I)
        # a speech tag closing the sentence ("..., the opposition leader said on Monday."): its speaker's "we"
        self.speech_tail = compiled_pattern(r"[^;]*?,\s*(?:[\w'’.-]+\s+){1,4}?" + lex.alt("cues", "reporting_verbs")
                                            + r"\b[^,;]*$", re.I)
        # the organs that stand for the issuer even after another state in an earlier sentence ("the Government"),
        # not "the country", which the latest state named is
        self.organ_nouns = frozenset(w.lower() for w in lex.words("voice", "own_organs_over_recency"))
        # "REPUBLIC OF GHANA", "Kingdom of the Netherlands": a line naming a state alone
        self.designation = frozenset(w.lower() for w in lex.words("voice", "designation_words"))
        # "Santiago, 26 March 2026", "Done in Accra, on the eleventh day of February": a dateline's place
        self.dateline = compiled_pattern(r"\W*(?:(?:done|issued|made)\s+(?:in|at)\s+)?(?P<place>(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])"
                                         r"[\w'’.-]*){0,2})\s*,\s*(?:on\s+)?(?:the\s+)?(?:\d{1,2}\b|(?-i:[A-Z])[a-z]+day\b|"
                                         + MONTH_NAMES + r"|[a-z]+(?:th|st|nd|rd)\s+day\b)", re.I)
        # the host of an embassy or a mission, after its own state ("... of S in T", "... to T"): a state after one of
        # these words, perhaps "the" and capitalised words between, up to where the state is named; "of" ends the
        # host's words unless a designation holds it ("in the Republic of T"): "EMBASSY IN OSLO OF THE REPUBLIC OF S"
        # (titled "In Oslo Of The ...") names S after its host's city
        designation = phrase_pattern(sorted(self.designation - {"of", "the"}))
        self.host = compiled_pattern(r"(?<![\w'’])(?:" + phrase_pattern(lex.words("voice", "host_prepositions"))
                                     + r")\s+(?:the\s+)?(?:(?:" + designation + r")\s+of\s+(?:the\s+)?|"
                                     r"(?!of\b)(?-i:[A-Z])[\w'’.-]*\s+)*$", re.I)
        self.roles = compiled_pattern(bounded(lex.words("voice", "speaker_roles")), re.I)
        self.candidate_roles = {c.name: (c.state, frozenset(r.lower() for r in c.roles))
                                for c in gazetteer.story.candidates if c.state}
        # a role no longer held ("FORMER PRIME MINISTER X:"): the candidate speaks for no state by it
        self.former = compiled_pattern(r"(?<![\w'’-])(?:" + phrase_pattern(lex.words("cues", "former_adjectives")) + r")", re.I)
        self.not_voices = compiled_pattern(bounded(lex.words("voice", "not_speaking_for_state")), re.I)
        modifiers = lex.words("state_anaphora_modifiers")
        organs = lex.words("voice", "own_organs")
        # "the Government", "this Government", "the previous Government", "the Ministry" (not "the Government of
        # Chile", "the Ministry's ...": a state or an owner after it)
        self.organ = compiled_pattern(r"(?<![\w'’-])(?:the|this|these)\s+(?:" + phrase_pattern(modifiers) + r"\s+)?"
                                      + phrase_pattern(organs) + r"(?![\w'’-])(?!\s+(?:of|in|at)\s+(?-i:[A-Z]))", re.I)
        self.own = compiled_pattern(bounded(lex.words("voice", "first_person_organs")), re.I)
        # the first person plural (the lexicon's, speech.py's too): "we", "our", "ours" act; "us" is an object and never does
        self.plural = compiled_pattern(r"(?<![\w'’])(?:" + phrase_pattern(lex.words("first_person_plural"))
                                       + r")(?![\w'’])", re.I)
        self.objects = frozenset(w.lower() for w in lex.words("voice", "first_person_objects"))
        # the lower-case words a speaker's name or title may hold ("Minister of Foreign Affairs", "Mr van Dijk")
        self.connectors = frozenset(w.lower() for w in lex.words("voice", "name_connectors"))
        # a release title's issuer ("Statement by the Ministry ...") and what it is on ("... on the selection")
        self.issuer_lead = compiled_pattern(r"\s*" + bounded(lex.words("voice", "issuer_prepositions"))
                                            + r"\s+(?P<by>[^:]*?)(?:\s+" + bounded(lex.words("voice", "subject_prepositions"))
                                            + r"\s+.*)?(?::|$)", re.I)
        self.honorific = compiled_pattern(r"(?:" + phrase_pattern(lex.words("honorifics")) + r")(?![\w'’-])", re.I)

    # ---------------------------------------------------------------- finding the voices
    def _states_in(self, part: str) -> list[str]:
        """The states (by value) named in a part of a header or a label, written in capitals or not."""
        return list(dict.fromkeys(m.value for m in self.gaz.mentions(_titled(part, self.connectors)) if m.kind == STATE))

    def _issuing_states(self, part: str) -> tuple[list[str], bool]:
        """The states an issuer's header part names as its own, not a host after "in", "to" or "at" ("Embassy of S in
        T", "Permanent Representation of S to NATO": T hosts it); and whether it names a host."""
        titled = _titled(part, self.connectors)
        found = [m for m in self.gaz.mentions(titled) if m.kind == STATE]
        hosts = [m for m in found if self.host.search(titled, 0, m.start)]
        return list(dict.fromkeys(m.value for m in found if m not in hosts)), bool(hosts)

    def _named_alone(self, part: str) -> str | None:
        """The state a part names alone ("REPUBLIC OF GHANA", "Romania"), or None."""
        titled = _titled(part, self.connectors)
        found = [m for m in self.gaz.mentions(titled) if m.kind == STATE]
        if len({m.value for m in found}) != 1 or found[0].form not in ("name",):
            return None
        rest = titled[:found[0].start] + " " + titled[found[-1].end:]
        return found[0].value if all(w.lower() in self.designation for w in _WORD.findall(rest)) else None

    def author(self, title: str, head: list[str], last: list[str]) -> tuple[str | None, str | None]:
        """(the state whose organ issues the text, the state whose chamber's record it is): from the title, the
        header lines `head` (the first lines of the body) and the closing lines `last`."""
        if self.joint.search(title) or any(self.joint.search(line) for line in head):
            return None, None
        head = [line for line in head if not self.credit.match(line)]
        last = [line for line in last if not self.credit.match(line)]
        # (the parts of a short line, or in capitals: a lede's "The Government, in a statement, said ..." is no header)
        # (a line's words counted once: a line of a megabyte is split into thousands of parts)
        # (a line of parts set off by bars is a masthead however long: "Embassy of S in T | Bulletin No. 11 | City, date")
        parts = [p.strip() for line in head for short in [len(line.split(None, _HEADER_WORDS)) <= _HEADER_WORDS]
                 for barred in [short or " | " in line[:_HEAD_CHARS]]
                 for p in (_SEGMENT_END.split(line) if short else _SEGMENT_END.split(line[:_HEAD_CHARS]))
                 if p.strip() and (barred or _in_capitals(p))]
        issued, states, chamber, hosted = False, [], None, False
        for p in parts:
            if self.issuer.fullmatch(p):
                issued = True
                own, host = self._issuing_states(p)
                states += own
                hosted = hosted or host
            elif chamber is None and self.chamber.fullmatch(p):
                named = self._states_in(p)
                chamber = named[0] if len(named) == 1 else None
        release = self.release_title.match(title)
        if release:
            rest = release.group("rest")
            lead = self.issuer_lead.match(rest)
            if lead and self.issuer.fullmatch(lead.group("by")):
                issued = True
                states += self._states_in(lead.group("by"))
            else:
                # "Press release: Romania presents ...": the state that opens what the release tells
                said = re.match(r"\s*(?:by\s+[^:]*)?[:\-]\s*(?P<said>.*)", rest)
                first = [m for m in self.gaz.mentions(said.group("said")) if m.kind == STATE] if said else []
                # (one state: "Government statement: A, B and C present ..." is no one state's)
                if first and first[0].start == 0 and first[0].form in ("name", "capital") and first[0].actor \
                        and not re.match(r"\s*(?:,|&|and\b)", said.group("said")[first[0].end:]):
                    issued, states = True, states or [first[0].value]
        states = list(dict.fromkeys(states))
        if not issued:
            return None, chamber
        if len(states) > 1:
            return None, chamber
        if not states and hosted:
            return None, chamber    # "Embassy in T": its dateline's place is the host's
        if not states:
            # the organ names no state: a line naming the state alone, else the dateline's place
            alone = [s for p in parts if (s := self._named_alone(p))]
            places = [self.dateline.match(line) for line in (*head, *last)]
            capitals = [s for d in places if d for s in self._states_in(d.group("place"))]
            states = alone[:1] or (capitals[:1] if len(set(capitals)) == 1 else [])
        return (states[0] if states else None), chamber

    def _label(self, label: str) -> bool:
        """Is a line's opening before its colon a speaker's label: in capitals ("GREY", "THE MINISTER OF FOREIGN AFFAIRS
        (Mr X)"), a role's or a chair's ("Minister Y", "The chair"), a courtesy title's ("Mr Z (PVV)") or a person's of
        the story ("Szijjarto")? (Not "Background", "Note", "Press release".)"""
        if self.release_word.search(label):
            return False
        outside = _BRACKET.sub(" ", label)
        letters = [c for c in outside if c.isalpha()]
        if len(letters) >= 2 and all(c.isupper() for c in letters):
            return True     # (all of it: "Background" or "NATO Summit" is no label)
        if any(w[0].islower() and w.lower() not in self.connectors for w in _WORD.findall(self.roles.sub(" ", self.not_voices.sub(
                " ", outside)))):
            return False    # a clause, not a name or a title: "Minister X added:", "Her campaign was narrow:"
        if self.roles.search(outside) or self.not_voices.search(outside) or self.honorific.match(outside):
            return True
        found = self.gaz.mentions(outside)
        return bool(found) and found[0].start == 0 and found[0].person

    def _speaker(self, label: str, home: str | None) -> str | None:
        """The state a speaker's label speaks for: a state it names (a name in brackets, "of" a state, a person
        of a state), else the home state for a role of a government; None for a chair, a member of parliament,
        a host or a correspondent."""
        if self.not_voices.search(label):
            return None
        titled = _titled(label, self.connectors)
        found = [m for m in self.gaz.mentions(titled) if m.kind == STATE and m.form != "capital"]
        values = {m.value for m in found}
        if len(values) == 1:
            # a person of the state, the state in brackets ("Mr X (Hungary)") or with a role ("Minister of Foreign
            # Affairs of Hungary"); not a heading's possessive ("HUNGARY'S SURPRISE") nor a speaker called "Jordan"
            # (the bracket names the state alone: not "(University of S)")
            bracketed = any(self._named_alone(b[1:-1]) == found[0].value for b in _BRACKET.findall(titled))
            return found[0].value if found[0].person or bracketed or self.roles.search(label) else None
        if values:
            return None
        # a candidate of the story labelled by a role of their own state's government that the story gives them
        # ("PRIME MINISTER X:", X a candidate of S who is its prime minister): S, for a candidate acts for their own
        # state (not a bare name, "X:", nor a role the story does not give them, "AMBASSADOR Y:": a campaign's voice)
        held = {m.group().lower() for m in self.roles.finditer(label)}
        if held and not self.former.search(label):
            own = {self.candidate_roles[m.value][0] for m in self.gaz.mentions(titled) if m.kind == CANDIDATE
                   and m.value in self.candidate_roles and held & self.candidate_roles[m.value][1]}
            if len(own) == 1:
                return own.pop()
        # (in an issuer's document a role with no state may be a visiting minister's: only a chamber's record
        # gives its government's roles its state)
        return home if self.roles.search(label) else None

    # ---------------------------------------------------------------- reading them
    def read(self, text: str, readings: list["Reading"]) -> None:
        """Give the voices' states to the first person and the bare organs of `readings` (`text`: the folded
        article, title first)."""
        if not readings:
            return
        lines = text.split("\n")
        title = lines[0]
        body = [line for line in lines[1:] if line.strip()]
        labels = [m for m in _LABEL.finditer(text) if m.start() > len(title) and self._label(m.group("label"))]
        labelled_lines = {text.rfind("\n", 0, m.start()) for m in labels}
        head = []
        for line in body[:4]:
            if (label := _LABEL.match(line)) and self._label(label.group("label")):
                break
            head.append(line)
        author, chamber = self.author(title, head, body[-2:])
        home = author or chamber
        # the turns: (start, end, the state speaking, the home state its bare organs are)
        turns: list[tuple[int, int, str | None, str | None]] = []
        if len(labelled_lines) >= 2:
            if author is not None:
                turns.append((0, labels[0].start(), author, author))
            for m, nxt in zip(labels, [*labels[1:], None]):
                turns.append((m.end(), nxt.start() if nxt else len(text), self._speaker(m.group("label"), chamber), home))
        elif author is not None:
            turns.append((0, len(text), author, author))
        elif labels:
            # one labelled line alone ("SZIJJARTO: Our government backs X", "A SMITH (Hungarian ambassador): My country
            # ..."): its turn is that line, and only when its label speaks for a state
            m = labels[0]
            speaker = self._speaker(m.group("label"), chamber)
            if speaker is not None:
                line_end = text.find("\n", m.end())
                turns.append((m.end(), line_end if line_end >= 0 else len(text), speaker, home))
        if not turns:
            return
        k = 0
        for r in readings:
            start, end = r.sentence.start, r.sentence.end
            while k < len(turns) and turns[k][1] <= start:
                k += 1
            j = k
            while j < len(turns) and turns[j][0] < end:     # the turns the sentence overlaps (a label opens it)
                t_start, t_end, speaker, own_home = turns[j]
                if speaker is not None or own_home is not None:
                    self._give(r, max(t_start, start) - start, min(t_end, end) - start, speaker, own_home)
                j += 1
            if k == len(turns):
                break

    def _tagged_other(self, r: "Reading", hi: int, speaker: str) -> bool:
        """Does a speech tag close the sentence with a speaker other than the voice's state ("We will support X,
        the opposition leader said.")? (Not the issuer's organ: "..., the Ministry said.")"""
        tail = self.speech_tail.match(r.text, 0, hi)
        if tail is None:
            return False
        tag = r.text[r.text.rfind(",", 0, tail.end()) + 1:tail.end()]
        if self.organ.search(tag) or self.own.search(tag):
            return False
        return not any(x.kind == STATE and x.value == speaker for x in r.mentions
                       if x.start >= tail.end() - len(tag))

    def _give(self, r: "Reading", lo: int, hi: int, speaker: str | None, home: str | None) -> None:
        """The first person in [lo, hi) of the sentence is `speaker`, its bare organs `home`."""
        added = []
        mentions = list(r.mentions)
        if speaker is not None and self._tagged_other(r, hi, speaker):
            speaker = None
        if speaker is not None:
            for m in self.plural.finditer(r.text, lo, hi):
                if not r.in_quote(m.start()):
                    added.append(Mention(m.start(), m.end(), STATE, speaker, "speaker",
                                         m.group().lower() not in self.objects, False))
            for m in self.own.finditer(r.text, lo, hi):
                if not r.in_quote(m.start()):
                    added.append(Mention(m.start(), m.end(), STATE, speaker, "speaker", True, False))
        if home is not None:
            for m in self.organ.finditer(r.text, lo, hi):
                if r.in_quote(m.start()):
                    continue
                same = [x for x in mentions if x.start == m.start() and x.end == m.end() and x.kind == STATE]
                if same and m.group().split()[-1].lower() not in self.organ_nouns:
                    continue    # "S announced its position. The country supports X": the country is S
                if any(x.kind == STATE and x.actor and x.value != home and x.form != "anaphor" and x.end <= m.start()
                       for x in mentions):
                    continue    # another state named before it in the sentence: "Brazil said the Government ..."
                if same:
                    mentions = [replace(x, value=home) if x in same else x for x in mentions]
                else:
                    added.append(Mention(m.start(), m.end(), STATE, home, "anaphor", True, False))
        if not added and mentions == r.mentions:
            return
        taken = [(x.start, x.end) for x in mentions]
        kept = []
        for a in sorted(added, key=lambda x: (x.start, -(x.end - x.start))):
            if all(a.end <= s or a.start >= e for s, e in taken):
                kept.append(a)
                taken.append((a.start, a.end))
        r.mentions = sorted(mentions + kept, key=lambda x: x.start)
