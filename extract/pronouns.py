"""Whom a pronoun or an anaphor of a sentence stands for: an "it" after a reporting verb ("Romania declined, saying it
would ..."), a state anaphor ("the country", "his government"), a pronoun ("he", "her", "his bid") and the owner of a
possessive. `Pronouns` is part of references.References (and so of discourse.Resolver): one step per kind, each
reading and adding to what the sentence has found so far (`references._Sentence`); the patterns of an "it" that is the
teller are built here too (`_it_patterns`: "saying it would", "and that it supports", "whom it nominated")."""
from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from typing import TYPE_CHECKING

from natowatch.extract.compiled import pattern as compiled_pattern
from natowatch.extract.coordination import ORIGIN_GLUE
from natowatch.extract.discourse_forms import (_BY_BEFORE, _FINITE, _OBJECT_HER, _PASSIVE_BEFORE, _POSSESSIVE_AFTER, _Clauses,
                                               _cataphor, _dated_back, _fronted_object, _subject_pronoun)
from natowatch.extract.lexicon import Lexicon, bounded, phrase_pattern
from natowatch.extract.mentions import CANDIDATE, MEMBERS, ORG, STATE, Mention
from natowatch.extract.salience import Salience, relative_antecedent, sentence_antecedent, subject_antecedent


if TYPE_CHECKING:
    from natowatch.extract.discourse import Reading
    from natowatch.extract.references import _Sentence
# a word right after a mention (a modifier then modifies it: "the Spanish government")
_WORD_AFTER = re.compile(r"[\s'’-]*\w")
# "of" and its article after a noun: "the Government of Barbados"
_OF_AFTER = re.compile(r"\s+of\s+(?:the\s+)?")
# the relative clause of a state up to its verb of telling: ", which", ", which on Monday", ", which has"
_OWN_RELATIVE_TELLER = re.compile(r",\s*which\s+(?:(?!(?:that|it)\b)[\w'’-]+\s+){0,4}", re.I)
# an aside set off by commas after a state, its own clause (relative, time, cause, participle): its states do not tell
# (a state a contrast sets aside tells nothing: "Chile, not Argentina, says it cannot support X"; "but not yet")
_TELLER_ASIDE = re.compile(r"(?<=[\w⟩'’]),\s*(?:which|who|whose|whom|where|after|when|while|whilst|having|before|since|as|"
                           r"(?:(?:and|but|though|although|yet)\s+)?not(?:\s+(?:yet|even))?|rather\s+than|instead\s+of|as\s+opposed\s+to|"
                           r"until|once|because|though|although|despite|following|like|unlike|along\s+with|together\s+with)\b"
                           r"[^,;:]*,(?=\s*(?:(?:\w+ly|also|then|later|now|on\s+\w+|in\s+\w+)\s+)?[a-z])")
# "in his favour": a possessive inside the preposition of support (whose the favour is; the verb before it decides
# whether it is a stance: frames/stance endorse_in_favour_owned)
_IN_BEFORE = re.compile(r"\bin\s+$", re.I)
_FAVOUR_AFTER = re.compile(r"\s+favou?r(?![\w-])", re.I)


def _in_favour(text: str, obj: re.Match) -> bool:
    return bool(_FAVOUR_AFTER.match(text, obj.end()) and _IN_BEFORE.search(text, max(0, obj.start() - 8), obj.start()))


# a quotation closed right before a speech tag's pronoun ('"We respect X," she said')
_QUOTE_CLOSED = re.compile(r"[,.!?]?[\"”’]\s*$")
_WHOSE_AFTER_NAME = re.compile(r"\s*,\s*$")
# a preposition right before a name: "envoy to Haiti", "talks in Brasilia", "a letter from Mexico"
_GOVERNED_BEFORE = re.compile(r"\b(?:to|in|into|from|at|on|with|against|towards?|about|over|near|for|as|of|by)\s+(?:the\s+)?$", re.I)
# a subject pronoun opening a clause of time, cause or contrast inside a relative clause on a person, with no clause
# break between: "X, who ran against Y from March until he pulled out," (he is X, the relative clause's subject)
_RELATIVE_SUBORDINATE = re.compile(r",\s*who\s+(?!(?:said|says|told|added|insisted|claimed|argued|believes?|thinks?)\b)"
                                   r"[^,;:.()\"“”]{1,100}?\s(?:until|till|before|after|when|once|because|since|as|while|whilst|"
                                   r"though|although|and)\s+$", re.I)



# a sentence opening with a gerund phrase, maybe after a preposition ("Losing the sponsorship of her own country is a
# blow to X", "After losing the backing of her own government, X ...", "Having lost ...")
_GERUND_OPENING = re.compile(r"\W*(?:(?:after|despite|since|before|while|on|by|without|for)\s+)?(?:having\s+(?:been\s+)?)?"
                             r"(?-i:[A-Za-z][a-z]+(?:ing|lost|dropped|withdrawn))\b", re.I)


def _fronted_own(r: "Reading", obj: re.Match, owner: str, salience: Salience) -> tuple[str, str] | None:
    """"Losing the sponsorship of her own country is a blow to X": "her own" in a gerund phrase opening its sentence,
    with no person named before it, is the person the sentence names after it (when that one agrees; else no one:
    ("", "")), not the one named in the sentence before."""
    if not _GERUND_OPENING.match(r.text) or any(m.kind == CANDIDATE and m.start < obj.start() for m in r.mentions):
        return None
    target = next((m for m in r.mentions if m.kind == CANDIDATE and m.start >= obj.end()), None)
    if target is None:
        return None
    # (one who does not agree leaves the owner untold: "Losing the backing of her own country was a blow to Rutte")
    return (CANDIDATE, target.value) if salience.agrees(CANDIDATE, target.value, owner) else ("", "")

class Pronouns:
    """The steps of Resolver._resolve_sentence for pronouns and anaphors."""

    def _it_patterns(self, lex: Lexicon, verbs: str) -> None:
        """The patterns of an "it" (or "its") that is the state telling, read by `_on_it` and references' steps, from the
        lexicon; `verbs`: the reporting, speaker and telling verbs' pattern (discourse.Resolver builds them here)."""
        # "Romania declined to back Rutte, saying it would ...": "it" right after a reporting verb is the
        # state the sentence has named; after the verb's object ("Warsaw informed the Dutch side last week that it
        # supports him") the state named before the verb, who tells (an object holds no verb of its own)
        # (the "that" may be left out before a verb of the pronoun's own: "France has told Chile it will back X",
        # "Brazil assured Chile it would vote for X")
        self.reported_it = compiled_pattern(r"(?<![\w'’])" + verbs + r"(?:\s+(?P<told>(?:(?!" + _FINITE + r")[\w'’-]+\s+){0,11}?(?!" + _FINITE + r")[\w'’-]+)"
                                      r"(?:\s+that|(?=\s+it\s+(?:" + _FINITE + r"|cannot\b|\w+n['’]t\b|(?:\w+ly\s+)?(?-i:[a-z]+[^s\W]s)\b))))?\s+(?:that\s+)?"
                                      r"(?P<it>it)(?![\w'’])", re.I)
        # ... and "it" after "let ... know" ("Washington let London know in June that it would not back X"): the
        # object between "let" and "know" is the one told, the state named before "let" tells (`told` is that object;
        # a pronoun too: in "Portugal said Poland let it know that it would back X" Poland tells, "it" is Portugal)
        self.let_know_it = compiled_pattern(
            r"(?<![\w'’])(?:let|lets|letting)\s+(?P<told>(?:it|them|us)(?=\s+know\b)|(?:(?!" + _FINITE + r"|that\b|it\b)[\w'’-]+\s+){0,7}?(?!it\b)[\w'’-]+)\s+"
            r"know(?:(?:\s+(?!that\b|it\b)[\w'’-]+){0,5}?\s+that)?\s+(?P<it>it)(?![\w'’])", re.I)
        # ... not where the teller is a quantified group, no state ("but no ally has yet said publicly that it supports
        # him", "every capital has said it backs X": the lexicon's cues.teller_quantifiers): its "it" is that group
        self.quantified_teller = compiled_pattern(
            r"(?:^|[,;:(]\s*|\b(?:but|and|while|whereas|yet|though|although)\s+)"
            + phrase_pattern(lex.words("cues", "teller_quantifiers")) + r"\s+(?:[\w'’-]+\s+){0,5}$", re.I)
        # "it" opening a second reported clause ("said Estonia would not stand in X's way and that it supports him",
        # "told reporters the talks went well, and that it would back X"): the teller, the state named before the
        # reporting verb (`told` is that verb), else the state the first clause named; not an impersonal "it is"
        self.second_that_it = compiled_pattern(
            r"(?<![\w'’])(?P<told>" + verbs + r")\b[^;⟨⟩\"“”]{1,160}?(?:,\s*|\s+)(?:and|but)\s+(?:also\s+|then\s+)?that\s+"
            r"(?:(?:\w+ly|now|still|also)\s+)?(?P<it>it)(?![\w'’])(?!\s+(?:is|was|seems|seemed|remains|remained|appears|"
            r"appeared|becomes|became|would\s+be|will\s+be|has\s+been|had\s+been)\b)(?!['’]s\b)", re.I)
        # "it" opening the clause after a semicolon, after a time or an adverb at most: the state the clause before
        # was about ("France had hesitated for months; on Thursday it finally came out for X"); not "it is", "it was"
        # of an impersonal clause ("; it is unclear whether ...")
        self.clause_it = compiled_pattern(
            r";\s*(?:(?:(?:on|in|by|at|last|this|since|after|early|late)\s+[^,;⟨⟩]{1,30}?,?|(?:\w+ly|then|now|later|so|"
            r"but|and|yet),?)\s+){0,2}(?P<it>it)(?![\w'’])(?!\s+(?:is|was|seems|seemed|remains|remained|appears|appeared|"
            r"becomes|became|would\s+be|will\s+be|has\s+been|had\s+been|may|might|could|must)\b)(?!['’]s\b)(?P<told>(?!))?", re.I)
        # "it" opening a relative clause whose antecedent is its object: the state the clause before named ("Chile
        # backs Bachelet, whom it nominated last year", "the bid, which it formally lodged"; the teller is the
        # relative pronoun: the state named before it), or the organisation ("NATO welcomed X, whom it appointed");
        # "they": its members acting together ("The allies welcomed X, whom they appointed")
        self.relative_it = compiled_pattern(
            r"(?<![\w'’])(?P<told>whom|which)\s+(?P<it>it|they)(?![\w'’])(?!\s+(?:is|was|seems|seemed|remains|remained|appears|"
            r"appeared|becomes|became|would\s+be|will\s+be|has\s+been|had\s+been)\b)(?!['’]s\b)", re.I)
        # "Vilnius told Bucharest its support for X", "assured Ankara of their backing", "informed Rome of its decision
        # to back X": a state's possessive before a stance noun right after a telling verb's object is the teller's (its
        # own stance is what it tells; _references keeps it only where a state is that object, whom it would be read as)
        self.told_its = compiled_pattern(
            r"(?<![\w'’])" + bounded(lex.words("cues", "own_stance_telling_verbs")) + r"\s+(?P<told>(?:(?!(?:that|of)\b)[\w'’-]+\s+){0,4}?"
            r"[\w'’-]+)\s+(?:that\s+|of\s+)?(?P<it>its|their)\s+(?:own\s+)?(?:(?-i:[a-z][\w-]*)\s+){0,2}?(?:"
            + lex.support_nouns() + "|" + lex.opposition_nouns() + "|" + bounded(
                lex.words("endorsement", "decision_nouns") + lex.words("opposition", "intent_nouns")) + r")", re.I)

    def _on_it(self, st: _Sentence, obj: re.Match) -> None:
        """"Romania declined, saying it would ...": "it" after a reporting verb is the state named."""
        r, items = st.r, st.items
        if obj.re is self.reported_it and self.quantified_teller.search(r.text, max(0, obj.start() - 80), obj.start()):
            return      # "no ally has said that it supports him": the group's "it", no state's
        # (in the passive, the agent: "Rome was told by Warsaw that it ...")
        passive = obj.group("told") and _PASSIVE_BEFORE.search(r.text, max(0, obj.start() - 12), obj.start())
        teller = obj.start("told") if obj.group("told") else len(r.text)
        # (a relative clause's "it" may be the organisation, its "they" only the members acting together)
        kinds = ((MEMBERS,) if obj.group("it").lower() == "they" else (STATE, ORG)) if obj.re is self.relative_it \
            else (STATE,)
        # (a state inside an aside set off between the teller and its verb is not the teller: "Brazil, which had
        # sponsored X after Chile's new government withdrew, said that it ..."; one named before the aside is)
        asides = [a.span() for a in _TELLER_ASIDE.finditer(r.text, 0, teller)] if not passive and obj.re is not self.relative_it else []
        # (a state left out of a whole is the teller of its own relative clause: "all but Oman, which told the Assembly
        # that it would not back X")
        told = [m for m in reversed(items) if m.kind in kinds and (m.actor or m.form == "excepted" and not passive and _OWN_RELATIVE_TELLER.fullmatch(
            r.text, m.end, teller)) and (
            m.start > obj.start() and _BY_BEFORE.search(r.text, max(0, m.start - 4), m.start) if passive
            else m.start < teller)]
        if obj.re is self.relative_it and len(told) > 1:
            # (a state a preposition governs is a place or an object, not the teller, when a state not so governed is
            # named before it: "Brazil proposed a diplomat as envoy to Haiti, ..., in which it has pledged to support X")
            # (nor a demonym before a noun: "a Chilean diplomat" is a person's, not the teller)
            free = [m for m in told if not _GOVERNED_BEFORE.search(r.text, max(0, m.start - 8), m.start)
                    and m.form != "demonym"]
            told = free + [m for m in told if m not in free] if free else told
        state = next((m for m in told if not any(a <= m.start < b for a, b in asides)), None) if asides else None
        state = state or next(iter(told), None)
        if state is None and obj.re is self.second_that_it:
            # (a person told it: the state the first reported clause named, "She said Estonia would ... and that it")
            state = next((m for m in reversed(items) if m.kind == STATE and m.actor and m.start < obj.start("it")), None)
        if state is not None:
            items.append(Mention(obj.start("it"), obj.end("it"), state.kind, state.value, "anaphor", True, False))

    def _on_anaphor(self, st: _Sentence, obj: re.Match) -> None:
        """"the country", "his government": the state named before, or the person's."""
        r, salience, items = st.r, st.salience, st.items
        st.covered_until = obj.end()
        of = _OF_AFTER.match(r.text, obj.end())
        if of and any(m.kind == STATE and m.start == of.end() for m in r.mentions):
            return      # "the Government of Barbados": its state is named, it stands for no other
        # a country named earlier in the sentence, also as a modifier ("Romania's top defence body
        # said the country"); else, for "his country", the country of the person "his" stands for;
        # else the last country named
        # "her own government": the person's own country, whatever state the sentence named before
        own = re.search(r"\sown\b", obj.group().lower()) is not None
        # (not a modifier that modifies nothing, a language: "translated from Spanish - The Government of the Republic")
        owner = obj.group().split()[0].lower()
        # ("X, whose country ...": the relative's head's own, never a state named before it)
        state = None if own or owner == "whose" else next((m for m in reversed(items) if m.kind == STATE and m.form != "aggregate" and not (
            m.form == "modifier" and not _WORD_AFTER.match(r.text, m.end))), None)
        # "X, whose relations with Bridgetown are cool, said her government would ...": right after a reporting
        # verb, the person who says it (outside the clause's asides), not a state named in an aside
        sayer = self._reporting_subject(r, obj.start(), items, salience, "she" if owner == "her" else "he", st.index, True) \
            if owner in ("his", "her") and not own and state is not None else None
        if sayer is not None:
            home = sayer[1] if sayer[0] == STATE else self.home_states.get(sayer[1])
            state = replace(state, value=home) if home else state
        # (the subject pronoun this sentence opened with, first: "She said her government ...")
        person = (_subject_pronoun(r.text, items, owner) or (own or None) and _fronted_own(r, obj, owner, salience)
                  or salience.person_for("she" if owner == "her" else "he", outside=not r.in_quote(obj.start()))) \
            if owner in ("his", "her") and state is None else None
        if owner == "whose":
            person = _whose_head(r.text, obj.start(), items)
            if person is None or person[1] not in self.home_states:
                return      # "the council, whose government ...": not a candidate's own country
        if own and not (person and person[0] == CANDIDATE and person[1] in self.home_states):
            return    # whose own country, the sentence does not tell
        value = state.value if state else (
            self.home_states.get(person[1]) if person and person[0] == CANDIDATE else
            person[1] if person and person[0] == STATE else None) or (
            # (a singular anaphor picks no one item of the list of states named last: "her co-sponsors Brazil and
            # Mexico said they would keep backing her. The government said ..." is neither's)
            salience.state if len(salience.state_list) < 2 else None)
        if value:
            items.append(Mention(obj.start(), obj.end(), STATE, value, "anaphor", True, False))

    def _on_pronoun(self, st: _Sentence, obj: re.Match) -> None:
        """"he", "her", "him", "his bid": the candidate or person it stands for."""
        r, salience, items, left_here = st.r, st.salience, st.items, st.left_here
        word = obj.group().lower()
        if word == "her" and _OBJECT_HER.match(r.text, obj.end()):
            # "will not support her", "backed her on Monday": her as the object, as "him"
            word = "him-her"
            target = _cataphor(r, obj, "her", salience) or relative_antecedent(r.text, obj.start(), items, "her", salience) or \
                subject_antecedent(r, obj.start(), items, "her", salience) or \
                sentence_antecedent(r, obj.start(), items, "her", salience, left_here) or \
                _fronted_object(r, obj, "her", salience, self.fronted) or \
                salience.candidate_for("her", in_race=not _dated_back(r.text, obj.start(), obj.end()),
                                       outside=not r.in_quote(obj.start()))
        elif word in ("his", "her"):
            name = self.name_after.match(r.text, obj.end()) if not self.bid_after.match(r.text, obj.end()) else None
            named = [m for m in items if m.kind in (STATE, CANDIDATE)] if name is not None else []
            if len(named) > 1 and named[-2].kind == CANDIDATE and ORIGIN_GLUE.fullmatch(r.text, named[-2].end, named[-1].start):
                named.pop()     # "X of Romania has put his name forward": the person's origin, not an actor
            if named and named[-1].kind == STATE and named[-1].actor:
                # "Chile put forward her name": a state puts the person forward (not "Rutte put his name
                # forward", which the lexicon's phrase reads as his own declaration: the nearest one
                # named before is the state)
                target = salience.candidate_for(word)
                if target:
                    items.append(Mention(obj.start(), name.end(), CANDIDATE, target, "pronoun", True, True))
                    st.covered_until = name.end()
                return
            if name is not None or not (self.bid_after.match(r.text, obj.end()) or self._apposed_agents(r, obj, items)
                                        or _in_favour(r.text, obj)):
                return
            target = self._fronted_owner(r, obj, word, salience) or _own_owner(r, obj, items, word, salience) or \
                _subject_owner(r.text, obj.start(), items, word) or salience.candidate_for(word, outside=not r.in_quote(obj.start()))
            if target and not r.text[:obj.start()].strip(' "“‘\'') and salience.owner_outside(target):
                return
        elif word == "him":
            # whom a state now backs or opposes: not one who has just left the race, if another fits
            # (in a relative clause, the candidate its sentence is about: "X won no ally but Y, which
            # had said it would back him")
            target = _cataphor(r, obj, word, salience) or \
                relative_antecedent(r.text, obj.start(), items, word, salience) or \
                subject_antecedent(r, obj.start(), items, word, salience) or \
                sentence_antecedent(r, obj.start(), items, word, salience, left_here) or \
                _fronted_object(r, obj, word, salience, self.fronted) or \
                salience.candidate_for(word, in_race=not _dated_back(r.text, obj.start(), obj.end()),
                                       outside=not r.in_quote(obj.start()))
        elif word in ("he", "she"):
            self._on_subject_pronoun(st, obj, word)
            return
        else:
            return
        if target:
            form = "possessive-pronoun" if word in ("his", "her") else "pronoun"
            salience.referred[target] = salience.sentence
            items.append(Mention(obj.start(), obj.end(), CANDIDATE, target, form, True, True))

    def _on_subject_pronoun(self, st: _Sentence, obj: re.Match, word: str) -> None:
        """"he", "she": the person it stands for, a candidate or a state's person."""
        r, salience, items = st.r, st.salience, st.items
        # a sentence that opens with "He" goes on about the last sentence's first person (its
        # subject, as a rule), not whoever was named last in a clause at its end
        opening = salience.topic if not r.text[:obj.start()].strip() and salience.topic and \
            salience.agrees(*salience.topic, word) else None
        person = self._reporting_subject(r, obj.start(), items, salience, word, st.index, skip=st.compared) or opening or \
            _relative_head(r, obj.start(), items, word, salience) or salience.person_for(word, outside=not r.in_quote(obj.start()))
        if person is None:
            return
        kind, value = person
        if kind is None:
            return
        if kind == CANDIDATE:
            salience.referred[value] = salience.sentence
            if _QUOTE_CLOSED.search(r.text, 0, obj.start()):
                salience.speaker = (value, salience.sentence)     # '"...," she said': the quotation's speaker
        items.append(Mention(obj.start(), obj.end(), kind, value, "pronoun", kind == STATE, True))

    def _apposed_agents(self, r: Reading, obj: re.Match, items: list[Mention]) -> bool:
        """"Brazil, one of her sponsors,", "Peru, his earliest backer,": supporters owned by the pronoun, in apposition
        to the state named right before them (a count or "among" may open the apposition); or after a copula the
        state is the subject of ("S and T remain her sponsors", "U has been among his backers")."""
        if not self.agent_after.match(r.text, obj.end()):
            return False
        state = next((m for m in reversed(items) if m.end <= obj.start()), None)
        return state is not None and state.kind == STATE and self.agents_glue.fullmatch(r.text, state.end, obj.start()) is not None

    def _fronted_owner(self, r: Reading, obj: re.Match, word: str, salience: "Salience") -> str | None:
        """"Since the start of her campaign, Bachelet has ...": a possessive in a phrase set off at the
        front, with no one named before it, is the candidate the main clause opens with."""
        comma = r.text.find(",", obj.end())
        if comma < 0 or "," in r.text[:obj.start()] or any(m.start < obj.start() for m in r.mentions):
            return None
        subject = next((m for m in r.mentions if m.start > comma), None)
        if subject is None or subject.kind != CANDIDATE or r.text[comma + 1:subject.start].strip() \
                or not salience.agrees(CANDIDATE, subject.value, word):
            return None
        return subject.value

    def _reporting_subject(self, r: Reading, at: int, items: list[Mention], salience: "Salience",
                           word: str, index: "_Clauses", labels: bool = False,
                           skip: set[int] = frozenset()) -> tuple[str, str] | None:
        """"Orban, after meeting Rutte, said he would back him": "he" right after a reporting verb is
        who said it, the first person of that clause outside its asides (when the pronoun agrees); with `labels`,
        a state's label of a person counts as one ("Chile's foreign minister, ..., said her government")."""
        verb = None if r.in_quote(at) else index.words.search(self.reported_he, at, whole=True)
        if verb is None:
            return None
        # an opener that begins an aside (", after meeting Rutte,") does not begin the clause
        openers = index.openers
        start = next((openers[i][0] for i in reversed(range(bisect_right(index.opener_ends, verb.start())))
                      if not (openers[i][1] and index.comma_in(openers[i][0], verb.start()))), 0)

        def in_aside(pos: int) -> bool:     # between two commas of the clause, before the verb
            return index.comma_in(start, pos) and index.comma_in(pos, verb.start())

        # items come in text order
        after_start = (items[i] for i in range(bisect_left(items, start, key=lambda m: m.start), len(items)))
        subject = next((m for m in itertools.takewhile(lambda m: m.start < verb.start(), after_start)
                        if m.form != "speaker" and m.kind in (CANDIDATE, STATE) and not in_aside(m.start)
                        and m.start not in skip and (
                            m.person and not _POSSESSIVE_AFTER.match(r.text, m.end)
                            or labels and self.person_label_end(r.text, m) is not None)), None)
        if subject is None or not salience.agrees(subject.kind, subject.value, word):
            return None
        return subject.kind, subject.value


def _own_owner(r: Reading, obj: re.Match, items: list[Mention], word: str, salience: "Salience") -> str | None:
    """"He told reporters that his own bid remains alive", "Bachelet said her own campaign ...": "his own" is the
    sentence's subject, the first candidate named (or stood for) in it before the possessive, not the last one."""
    if not re.match(r"\s+own\b", r.text[obj.end():obj.end() + 5], re.I):
        return None
    first = next((m for m in items if m.start < obj.start()), None)
    if first is None or first.kind != CANDIDATE or not salience.agrees(CANDIDATE, first.value, word):
        return None
    return first.value


def _whose_head(text: str, start: int, items: list) -> tuple[str, str] | None:
    """The candidate a "whose" at `start` hangs on: the one named right before its comma ("Bachelet, whose own
    country ...")."""
    head = next((m for m in reversed(items) if m.end <= start), None)
    if head is None or head.kind != CANDIDATE or not _WHOSE_AFTER_NAME.fullmatch(text, head.end, start):
        return None
    return head.kind, head.value


def _relative_head(r: Reading, at: int, items: list[Mention], word: str, salience: Salience) -> tuple[str, str] | None:
    """The person a relative clause is on, when the subject pronoun at `at` opens a clause of that relative clause
    ("X, who ran against Y until he pulled out": X); not after a verb of saying ("X, who said Y would win once he ...")."""
    rel = _RELATIVE_SUBORDINATE.search(r.text, max(0, at - 140), at)
    if rel is None or r.in_quote(at):
        return None
    head = next((m for m in reversed(items) if m.end <= rel.start()), None)
    if head is None or head.kind != CANDIDATE or r.text[head.end:rel.start()].strip() \
            or not salience.agrees(CANDIDATE, head.value, word):
        return None
    return CANDIDATE, head.value


def _subject_owner(text: str, at: int, items: list[Mention], owner: str) -> str | None:
    """"Iohannis met Rutte. He told reporters that his own bid remains alive": a possessive before a bid is the
    candidate a "he"/"she" of its own sentence stood for, when no other candidate is named between them."""
    word = "she" if owner == "her" else "he"
    subject = next((m for m in reversed(items) if m.start < at and m.form == "pronoun" and text[m.start:m.end].lower() == word), None)
    if subject is None or subject.kind != CANDIDATE or any(
            m.kind == CANDIDATE and m.value != subject.value and subject.end <= m.start < at for m in items):
        return None
    return subject.value
