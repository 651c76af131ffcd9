"""Who an article has just named, while it is read left to right: the referents a pronoun, a
role noun or "the country" may stand for (salience by recency), kept per section of the article; and
the antecedents a sentence itself gives an object pronoun before recency is asked (its relative
clause's head, its opening subject).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterable

from natowatch.extract.mentions import CANDIDATE, STATE, Mention

if TYPE_CHECKING:
    from natowatch.extract.discourse import Reading


# how many sentences back a bare role noun ("the prime minister") reaches for a state's person holding that role
ROLE_REACH = 2


class Salience:
    """The most recent referents while reading an article left to right."""

    def __init__(self, roles_of: dict[str, tuple[str, ...]] | None = None,
                 pronouns: dict[str, str] | None = None, unsexed: frozenset[str] = frozenset()):
        self.roles_of = roles_of or {}
        self.pronouns = pronouns or {}              # candidate -> "he" / "she", where the story says
        self.unsexed = unsexed                      # candidates "him" and "her" may be, "he" and "she" not
        self.role_holders: dict[str, str] = {}      # role -> the candidate last named who holds it
        # role -> the state whose person of that role ("Sunak", prime minister) was named last and the sentence,
        # or None as the state when two states' holders of it were named within the reach of a bare role noun
        self.state_role_holders: dict[str, tuple[str | None, int]] = {}
        # the candidates named, the last named last (a dict: moving one to the end costs the same however many),
        # each with where: (sentence, offset)
        self.candidates: dict[str, tuple[int, int]] = {}
        # the last person named whom "he" / "she" can stand for, anywhere (False) or outside quotations (True)
        self.people: dict[tuple[bool, str], tuple[str | None, str]] = {}
        self.state: str | None = None
        self.topic: tuple[str, str] | None = None   # the first person of the last sentence that named one
        # the sentence whose first person was someone not in the race (a state's person, a stranger), if the last
        # sentence that named a person was one
        self.topic_outside: int | None = None
        self.referred: dict[str, int] = {}          # candidate -> the last sentence a pronoun stood for them
        self.left: set[str] = set()                 # candidates the article has said left the race
        self.state_group: tuple[str, ...] = ()      # the last states named together ("Hungary and Slovakia")
        # the list of states the last state named ended ("her co-sponsors Brazil and Mexico"), until another is named:
        # "the government" after it is none of them
        self.state_list: tuple[str, ...] = ()
        # the lists of states named lately, each with its sentence ("Washington, Paris, London and Berlin ... The four
        # capitals"), the last last
        self.state_lists: list[tuple[tuple[str, ...], int]] = []
        # the lists of two or more states or candidates the last sentence that named one held (kind, values, sentence), in
        # text order: what "the latter", "the former" stand for in the sentence after it
        self.item_lists: list[tuple[str, tuple[str, ...], int]] = []
        self.last_person: tuple[str | None, str] | None = None     # whoever was named last, outside quotations
        # the candidate a speech tag's pronoun right after a quotation stood for, and its sentence ('"...," she said')
        self.speaker: tuple[str, int] | None = None
        self.sentence = 0                           # the number of the sentence being read
        # names of unknown sex a stranger of that sex was named after ("X entered the race. Ms Owusu met him.
        # Kenya backs her": not X), until named again
        self.shadowed: dict[str, set[str]] = {"he": set(), "she": set()}
        self.states_seen: dict[str, int] = {}       # state -> the last sentence that named it acting
        # the head word of an organisation's name or of a body named as its part ("the Caribbean Community", "The
        # Conference of Heads of Government of the Caribbean Community"), lower-cased -> (the organisation, the sentence
        # that named it): "The Conference endorsed X", "the Community's support" stand for it
        self.bodies: dict[str, tuple[str, int]] = {}
        # the organisation or its body as the subject a sentence opened with, and that sentence: "The North Atlantic
        # Council met on Wednesday. Its members formally chose X" (kind, value, sentence)
        self.org_topic: tuple[str, str, int] | None = None
        # people the story does not list, named with their state's label ("Colombian Foreign Minister Laura
        # Sarabia", "Laura Sarabia, Colombia's foreign minister,"): their name and surname -> that state
        self.labelled: dict[str, str] = {}
        # people the story does not list, named with a state's demonym and no office ("Romanian tennis player
        # Ion Popescu"): state -> where the last was named (sentence, offset)
        self.nationals: dict[str, tuple[int, int]] = {}

    def next_sentence(self) -> None:
        self.sentence += 1

    def listed_states(self, values: tuple[str, ...]) -> None:
        self.state_lists = [*self.state_lists[-4:], (values, self.sentence)]

    def counted_list(self, n: int, sentences: int) -> tuple[str, ...]:
        """The states of the last list of `n` named in this sentence or the `sentences` before it (none when
        the last list of states named since is of another size: "A, B and C ... D and E ... the three" is no one)."""
        for values, at in reversed(self.state_lists):
            if at < self.sentence - sentences:
                break
            if len(values) == n:
                return values
        return ()

    def recent_state(self, among: frozenset[str], sentences: int) -> str | None:
        """The one state of `among` named in this sentence or the `sentences` before it; None when
        none was, or more than one."""
        recent = [s for s, at in self.states_seen.items() if at >= self.sentence - sentences and s in among]
        return recent[0] if len(recent) == 1 else None

    def state_role_holder(self, role: str) -> str | None:
        """The state whose person holding `role` was named in this sentence or the ROLE_REACH before it, when
        one state's was (the prime minister: Sunak's United Kingdom)."""
        held = self.state_role_holders.get(role)
        return held[0] if held is not None and held[1] >= self.sentence - ROLE_REACH else None

    def new_section(self) -> None:
        """A heading names someone else: no pronoun reaches back past it."""
        self.candidates.clear()
        self.nationals.clear()
        self.people.clear()
        self.speaker = None
        self.topic = self.last_person = None

    @property
    def candidate(self) -> str | None:
        return next(reversed(self.candidates)) if self.candidates else None

    def owner_outside(self, candidate: str) -> bool:
        """"Kast, who leads the polls, criticised her. His campaign declined to comment": a possessive opening a
        sentence goes on about the last sentence's subject; when that was someone not in the race and `candidate`
        was last named before that sentence and is of unknown sex (a proposed name: nothing ties the pronoun to
        them), the possessive is not the candidate's."""
        if candidate not in self.unsexed:
            return False
        last = max(self.candidates.get(candidate, (self.sentence, 0))[0], self.referred.get(candidate, -1))
        return self.topic_outside == self.sentence - 1 and last < self.sentence - 1

    def agrees(self, kind: str | None, value: str, word: str) -> bool:
        """"he" is not a candidate the story calls "she" (and the reverse); others may be anyone."""
        gender = "she" if word in ("she", "her", "herself") else "he"
        if kind == CANDIDATE and value in self.unsexed:
            return word not in ("he", "she")
        return kind != CANDIDATE or self.pronouns.get(value, gender) == gender

    def candidate_for(self, word: str, in_race: bool = False, outside: bool = False) -> str | None:
        """The last candidate named whom `word` ("his", "her", "him") can stand for; `in_race`: one
        still in the race when there is one; `outside` (the word is outside quotations): the candidate last named
        outside them when one was named only inside a quotation since and that one spoke it ('"We respect X," she
        said. S and T, her sponsors, ...': the speaker, not whom the quotation named; not after a quotation others
        spoke)."""
        last = self._candidate_for(word, in_race)
        if outside and last is not None and self.speaker is not None:
            person = self.people.get((True, "she" if word in ("she", "her", "herself") else "he"))
            if person is not None and person[0] == CANDIDATE and person[1] != last and person[1] in self.candidates \
                    and person[1] == self.speaker[0] and self.speaker[1] >= self.candidates[last][0] \
                    and not (in_race and person[1] in self.left):
                return person[1]
        return last

    def _candidate_for(self, word: str, in_race: bool = False) -> str | None:
        shadowed = self.shadowed["she" if word in ("she", "her", "herself") else "he"]
        first = None    # the last that fits, in the race or not: read back only as far as the answer
        for c in reversed(self.candidates):
            if self.agrees(CANDIDATE, c, word) and c not in shadowed:
                if not in_race or c not in self.left:
                    return c
                first = c if first is None else first
        return first

    def person_for(self, word: str, outside: bool) -> tuple[str | None, str] | None:
        """The last person named (outside quotations when `outside`) whom "he"/"she" can stand for;
        (None, "") when that is someone the story does not know."""
        return self.people.get((outside, "she" if word in ("she", "her", "herself") else "he"))

    def see(self, m: Mention, quoted: bool) -> None:
        if m.kind == CANDIDATE:
            for role in self.roles_of.get(m.value, ()):
                self.role_holders[role] = m.value
                # (a candidate holding it, named within reach, leaves a later bare role noun unresolved as a state's)
                self.state_role_holders[role] = (None, self.sentence)
        elif m.kind == STATE and m.person and m.role:
            self.role_holders.pop(m.role, None)     # another president was named since
            held = self.state_role_holders.get(m.role)
            other = held is not None and held[0] != m.value and held[1] >= self.sentence - ROLE_REACH
            self.state_role_holders[m.role] = (None if other else m.value, self.sentence)
        if m.kind == CANDIDATE:
            for shadowed in self.shadowed.values():
                shadowed.discard(m.value)
            self.candidates.pop(m.value, None)
            self.candidates[m.value] = (self.sentence, m.start)
        if m.person and m.kind in (CANDIDATE, STATE) and m.form != "speaker":
            self._see_person(m.kind, m.value, quoted)
        if m.kind == STATE and m.actor:
            if m.value not in self.state_list:
                self.state_list = ()
            self.state = m.value
            self.states_seen[m.value] = self.sentence

    def see_compared(self, m: Mention, quoted: bool) -> None:
        """A candidate named in a comparison before a clause ("Unlike X, she ...", "As with X, her ..."): named, but
        whoever "he", "she" and "her" stood for before stays whom they stand for."""
        people, last_person, last = dict(self.people), self.last_person, self.candidate
        self.see(m, quoted)
        self.people, self.last_person = people, last_person
        if last is not None and last != m.value:
            self.candidates[last] = self.candidates.pop(last)      # (the one named before stays the last)

    def see_partner(self, m: Mention, quoted: bool) -> None:
        """A candidate named as whom someone met ("after meeting X, he ...", "said after talks with X that she ..."): the
        last candidate named (an object "him" may be X), but whoever "he" and "she" stood for before stays whom they
        stand for (the one who met X)."""
        people, last_person = dict(self.people), self.last_person
        self.see(m, quoted)
        self.people, self.last_person = people, last_person

    def keep_subject(self, candidate: str) -> None:
        """`candidate` is again the last named (outside quotations too) whom the pronouns of their sex stand for: a list of
        others was named after them in their own sentence (Resolver._subject_over_list)."""
        if candidate in self.candidates:
            self.candidates[candidate] = self.candidates.pop(candidate)
        for outside in (False, True):
            for word in ("he", "she"):
                if self.agrees(CANDIDATE, candidate, word) and candidate not in self.unsexed:
                    self.people[outside, word] = (CANDIDATE, candidate)
        self.topic = (CANDIDATE, candidate)

    def see_national(self, state: str, at: int, quoted: bool) -> None:
        """A person of `state` the story does not list, named with its demonym at offset `at`."""
        self.nationals[state] = (self.sentence, at)
        self.see_stranger(quoted)

    def national_after(self, state: str, candidates: Iterable[str]) -> bool:
        """A person of `state` the story does not list was named after each of `candidates` (its candidates)."""
        at = self.nationals.get(state)
        return at is not None and all(self.candidates.get(c, (-1, -1)) < at for c in candidates)

    def see_person_of(self, m: Mention, quoted: bool) -> None:
        """A person of a state named only by a descriptor ("a Finnish diplomat")."""
        self._see_person(m.kind, m.value, quoted)

    def see_stranger(self, quoted: bool, sex: str | None = None) -> None:
        """A person the story does not know: "he" now refers to nobody we can name; with `sex`
        ("he" / "she"), neither do that sex's pronouns among the names of unknown sex named before."""
        self._see_person(None, "", quoted)
        if sex:
            self.shadowed[sex].update(c for c in self.candidates if c in self.unsexed)

    def _see_person(self, kind: str | None, value: str, quoted: bool) -> None:
        if not quoted:
            self.last_person = (kind, value)
        for outside in (False, True) if not quoted else (False,):
            for word in ("he", "she"):
                if self.agrees(kind, value, word):
                    self.people[outside, word] = (kind, value)


# a relative clause's opening ("Slovakia, which had said ..."): its "him" may be the sentence's candidate
_RELATIVE = re.compile(r",\s+(?:which|who|whose)\s+[^,;:.]*$", re.I)


def subject_antecedent(r: "Reading", at: int, items: list[Mention], word: str, salience: Salience) -> str | None:
    """"Bachelet thanked Brazil for standing by her": an object pronoun is the candidate the sentence opens
    with (after a fronted phrase at most), when it agrees and no other candidate comes between, even one
    who has left the race (whom the last candidates named would otherwise pass over)."""
    first = items[0] if items else None
    if first is None or first.kind != CANDIDATE or r.in_quote(first.start) or r.in_quote(at) or \
            r.text[:first.start].strip(" \t\"“") and not r.text[:first.start].rstrip().endswith(",") or \
            re.match(r"['’]", r.text[first.end:]) or not salience.agrees(CANDIDATE, first.value, word):
        return None
    if any(m.kind == CANDIDATE and m.value != first.value for m in items if m.start < at):
        return None
    return first.value


def relative_antecedent(text: str, at: int, items: list[Mention], word: str, salience: Salience) -> str | None:
    """The candidate named before a relative clause that holds the pronoun at `at`, when one agrees."""
    clause = _RELATIVE.search(text, max(0, at - 120), at)
    if clause is None:
        return None
    return next((m.value for m in reversed(items) if m.kind == CANDIDATE and m.start < clause.start()
                 and salience.agrees(CANDIDATE, m.value, word)), None)


def sentence_antecedent(r: "Reading", at: int, items: list[Mention], word: str, salience: Salience,
                        left_here: set[str]) -> str | None:
    """"Brazil had nominated Bachelet, before Chile said it would no longer support her": an object pronoun
    is the one candidate its own sentence named before it, when that one agrees, even one who has left the
    race since (the sentence tells of a time before that); not one this sentence says left ("when X quit
    the contest and Hungary said it would back him" is whoever stays)."""
    named = {m.value for m in items if m.kind == CANDIDATE and m.start < at and not r.in_quote(m.start)}
    if named & left_here:
        return None
    if len(named) != 1 or r.in_quote(at) or any(m.kind == CANDIDATE and m.start < at and r.in_quote(m.start) for m in items):
        return None
    value = named.pop()
    return value if salience.agrees(CANDIDATE, value, word) else None

