"""Who a pronoun opening a sentence, or right after a reporting verb, stands for when the subject before it is a group
or a seat of government (the resolver's subject chains, discourse.Resolver mixes them in):

- "It" opening a sentence after one whose subject is an organisation, a state or a state's seat of government ("Hungary's
  new government met X. It backs him"), "They" or "its members" after an organisation;
- "They" opening a sentence after one whose subject is a list of states or their leaders ("A and B issued a statement.
  They said they back X", "The prime ministers of A and B met. Afterwards they ...") is each state of the list;
- "they" right after the reporting verb of a list of candidates that is its subject ("A and B both said they are
  running") is each candidate.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from natowatch.extract.clauses import group_mentions
from natowatch.extract.spans import _RELATIVE_OPENER
from natowatch.extract.compiled import pattern as compiled_pattern
from natowatch.extract.discourse_forms import _FINITE, _ORG_OPENER, _ORG_SUBJECT_BEFORE
from natowatch.extract.lexicon import Lexicon, bounded
from natowatch.extract.mentions import CANDIDATE, MEMBERS, ORG, STATE, Mention

if TYPE_CHECKING:
    from natowatch.extract.discourse import Reading
    from natowatch.extract.salience import Salience

# the topic of a sentence opening with a list of states (Salience.org_topic): whom a "They" opening the next stands for
_STATE_LIST = "state list"


class SubjectChains:
    """The resolver's reading of a pronoun after a subject that is a group or a seat of government."""

    def _subject_chain_patterns(self, lex: Lexicon, verbs: str) -> None:
        """The patterns of the chains, from the lexicon; `verbs`: the reporting, speaker and telling verbs' pattern."""
        # a state's seat of government as a sentence's subject ("Hungary's new government", "The Slovak cabinet"): what
        # an "It" opening the next sentence stands for, as for the state named alone (_org_opened)
        # (the seat noun ends the subject: a verb of its own follows, perhaps after an -ly adverb, or an aside; not a
        # noun it modifies: "Hungary's government newspaper X interviewed Y", "Slovakia's government coalition met")
        seats = [w for w in lex.words("seat_nouns") if not w.endswith("s")]
        # (an -ed word only before an object's determiner or pronoun, a preposition, a capital or a stop: "government
        # welcomed him", not a participle before its noun, "Hungary's government controlled media interviewed X")
        ed_verb = (r"(?=\s*(?:[,.;:!?()\"“”—–]|$)|\s+(?:(?-i:[A-Z])|" + bounded(lex.words("verb_object_openers")) + r"))")
        # (the irregular pasts not in -ed: "Hungary's government met X"; "controlled" is an -ed word as above)
        pasts = sorted({forms[0] for forms in (lex.data.get("irregular_verbs") or {}).values()
                        if forms and not forms[0].endswith("ed")})
        self.seat_verb_after = compiled_pattern(r"(?:\s*[,;(—–]|\s+(?:(?-i:[a-z]+ly)\s+)?(?:" + _FINITE
                                                + r"|(?-i:[a-z]+ed)\b" + ed_verb + "|" + bounded(pasts) + r"))", re.I)
        self.seat_subject = compiled_pattern(r"(?:['’]s?)?\s+(?:" + bounded(lex.words("state_anaphora_modifiers"))
                                             + r"\s+)?" + bounded(seats) + r"(?![\w'’-])(?=" + self.seat_verb_after.pattern + ")",
                                             re.I)
        self.seat_ends = compiled_pattern(r"(?<![\w'’-])" + bounded(seats) + r"$", re.I)
        # the people or organs of a list of states opening a sentence ("The prime ministers of Belgium and Luxembourg
        # held talks"): the list is the subject
        self.organs_of = compiled_pattern(r"\W*the\s+(?:" + bounded([w for w in lex.words("government_nouns")
                                                                   if w.endswith("s")]) + r")\s+of\s+(?:the\s+)?", re.I)
        # the words before a list of candidates that opens its sentence (_list_before): the first name's own label,
        # which the gazetteer mostly takes into the mention ("Estonian Prime Minister A", "Estonia's A"), or the words
        # of a title it leaves ("Former Estonian Prime Minister A"); not another word that makes the name an object or
        # an exception ("Unlike A (party), B and C said they ...", "Besides A", "Without A")
        self.opening_label = compiled_pattern(r"\W*(?:(?:" + bounded(lex.words("title_words") + lex.words("cues", "former_adjectives"))
                                              + r")\.?\s+)*", re.I)
        # between two names of one list: a comma, perhaps after a bracket ("A (party), B"); not a bracket that says
        # something of the name, a negation, a relative clause or a finite verb ("A (not a candidate), B", "A (who
        # has ruled it out), B")
        said = r"(?<![\w'’])(?:" + lex.alt("cues", "negation") + "|" + _RELATIVE_OPENER.pattern + "|" + _FINITE + ")"
        self.list_glue = compiled_pattern(r"\s*(?:\((?![^()]*?" + said + r")[^()]{0,40}\)\s*)?,\s*", re.I)
        # "A and B (both) said they are running": "they" right after the reporting verb of a list of candidates that is
        # its subject is each of them (_candidates_they)
        # (the lexicon's cues.told_they_fillers in their order, each space any blank)
        fillers = "|".join(re.sub(r"\s+", r"\\s+", w.strip()) for w in lex.words("cues", "told_they_fillers"))
        self.told_they = compiled_pattern(r"\s*,?\s*(?:(?:" + fillers + r"|"
                                          r"(?-i:[a-z]+ly))\s+){0,3}" + verbs + r"(?:\s+(?:on|last|this)\s+[\w-]+(?=\s+that\b))?\s+(?:that\s+)?(?:(?:both|all)\s+)?"
                                          r"(?P<they>they)(?![\w'’])", re.I)

    def _org_opened(self, r: Reading, items: list[Mention], salience: "Salience") -> list[Mention]:
        """"The North Atlantic Council met on Wednesday. Its members formally chose X": a sentence opening with
        "It", "They" or "its members" goes on about the organisation (or its body) the sentence before opened
        with as its subject, "It" also about a state that did so; a sentence opening so is remembered for the next."""
        topic, salience.org_topic = salience.org_topic, None
        # (a list of states opening the sentence as its subject, for "They": "Costa Rica and Panama met. They said they
        # back X", "The leaders of A and B held talks. They ...")
        listed = self._states_opening(r, items)
        if listed:
            salience.org_topic = (_STATE_LIST, listed, salience.sentence)
            return items
        # (a state too, for "It" alone: "Hungary met on Wednesday. It backs X"; not a possessive or a modifier, but
        # the state's seat of government named so: "Hungary's government met X. It backs him")
        if items and (items[0].kind in (ORG, MEMBERS) or items[0].kind == STATE and items[0].actor and (
                items[0].form in ("name", "capital") or self._seat_named(r.text, items[0]))) \
                and _ORG_SUBJECT_BEFORE.fullmatch(r.text, 0, items[0].start):
            salience.org_topic = (items[0].kind, items[0].value, salience.sentence)
            return items
        if topic is None or topic[2] != salience.sentence - 1:
            return items
        opener = _ORG_OPENER.match(r.text)
        if opener is None or any(m.start < opener.end() for m in items):
            return items
        if topic[0] == _STATE_LIST:
            if opener.group("they") is None or opener.group("they").lower() != "they":
                return items
            salience.org_topic = topic[:2] + (salience.sentence,)
            at = opener.start("they")
            return [*(Mention(at, at + 4, STATE, v, "anaphor", True, False) for v in topic[1]), *items]
        if topic[0] == STATE and not opener.group("it"):
            return items
        kind = topic[0] if topic[0] == STATE else ORG if opener.group("it") else MEMBERS
        word = opener.group("it") or opener.group("they")
        at = opener.start("it") if opener.group("it") else opener.start("they")
        salience.org_topic = (topic[0], topic[1], salience.sentence)     # "It met. It chose X": still the body
        return [Mention(at, at + len(word), kind, topic[1], "anaphor", True, False), *items]

    def _candidates_they(self, r: Reading, items: list[Mention]) -> list[Mention]:
        """"Rafael Grossi and Rebeca Grynspan both confirmed they are running": "they" right after the reporting verb
        whose subject is a list of candidates is each of them (no other mention between)."""
        people = [m for m in items if m.kind == CANDIDATE and m.person]
        if len(people) < 2:
            return items
        for g in group_mentions(r.text, [m for m in items if m.kind == CANDIDATE]):
            if len(g.values) < 2:
                continue
            told = self.told_they.match(r.text, g.end)
            if told is None or any(g.end <= m.start < told.end() for m in items):
                continue
            at = told.start("they")
            return sorted([*items, *(Mention(at, at + 4, CANDIDATE, v, "pronoun", True, True)
                                     for v in self._list_before(r.text, items, g.start) + list(g.values))],
                          key=lambda m: m.start)
        return items

    def _list_before(self, text: str, items: list[Mention], start: int) -> list[str]:
        """The candidates of the same list before a mention group that a bracket after a name cut off ("A (party),
        B and C said they ...": A), nearest last; none past anything but a comma and a bracket."""
        found: list[str] = []
        for m in reversed([m for m in items if m.kind == CANDIDATE and m.end <= start]):
            if not self.list_glue.fullmatch(text, m.end, start):
                break
            found.insert(0, m.value)
            start = m.start
        # the list opens the sentence, perhaps after the first name's label ("Former Estonian Prime Minister A (party),
        # B and C said they"): not "Asked about A (67), B and C said they"
        return found if self.opening_label.fullmatch(text, 0, start) else []

    def _seat_named(self, text: str, m: Mention) -> bool:
        """The state mention `m` names its seat of government ("Hungary's new government", "the Slovak cabinet")."""
        if m.form == "possessive":
            return self.seat_subject.match(text, m.end) is not None
        return m.form == "demonym" and self.seat_ends.search(text, m.start, m.end) is not None \
            and self.seat_verb_after.match(text, m.end) is not None

    def _states_opening(self, r: Reading, items: list[Mention]) -> tuple[str, ...]:
        """The states of a list that opens the sentence as its subject ("Costa Rica and Panama issued a statement", "The
        prime ministers of Belgium and Luxembourg met"), with nothing but an article or their organs' noun before it."""
        if len(items) < 2 or items[0].kind != STATE or items[1].kind != STATE or not items[0].actor or \
                items[0].form not in ("name", "capital"):
            return ()
        if not (_ORG_SUBJECT_BEFORE.fullmatch(r.text, 0, items[0].start) or self.organs_of.fullmatch(r.text, 0, items[0].start)):
            return ()
        groups = group_mentions(r.text, [m for m in items if m.kind == STATE])
        first = groups[0] if groups else None
        return tuple(first.values) if first is not None and len(first.values) > 1 and first.start == items[0].start else ()
