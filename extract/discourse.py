"""Mentions across the sentences of one article: who "he", "his bid", "the
country", "the Dutchman", "the Romanian president" and a quoted "we" are.

Resolution is by recency (salience.py): the last candidate named for "his bid"
and "him", the last person named outside quotations for "he said", the last
state named for "the country". Who speaks in a quotation, and so who its "we"
is, is speech.py's.
"""
from __future__ import annotations

import copy
import itertools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Callable, Iterable

from natowatch.extract.clauses import group_mentions
from natowatch.extract.compiled import pattern as compiled_pattern
from natowatch.extract.dates import MONTH_NAMES, WEEKDAY_NAMES
from natowatch.extract.descriptors import INDEFINITE_BEFORE, Descriptors, offices_named
from natowatch.extract.gazetteer import CANDIDATE, ORG, OTHER_RACE, POST, STATE, Gazetteer, Mention, WordsBefore
from natowatch.extract.lexicon import Lexicon, bounded, built_once, phrase_pattern
from natowatch.extract.nationals import Nationals
from natowatch.extract.salience import Salience, relative_antecedent, sentence_antecedent, subject_antecedent
from natowatch.extract.speech import PRONOUN, Speech
from natowatch.extract.stateforms import RECENT_SENTENCES, StateForms
from natowatch.extract.strangers import candidate_heading, heading_name, masked_text, other_people
from natowatch.extract.text import LONGEST_SENTENCE, Sentence, quote_spans


# where the clause of a reporting verb begins: "..., after Orban said he ..."
_CLAUSE_OPENER = re.compile(r"[;:]|\b(?:after|when|because|since|while|although|though|but|before|once|until|"
                            r"whereas|as|whose)\b", re.I)


@dataclass
class Reading:
    """One sentence with its resolved mentions (offsets relative to the sentence)."""

    sentence: Sentence
    text: str                      # folded sentence text
    mentions: list[Mention]
    quotes: list[tuple[int, int]] = field(default_factory=list)

    def in_quote(self, pos: int) -> bool:
        # quotations never overlap and come in text order (see quote_spans)
        i = bisect_right(self.quotes, (pos, float("inf"))) - 1
        return i >= 0 and pos < self.quotes[i][1]


# the kinds of mention a candidate's role may hold
_INSIDE_ROLES = (POST, ORG, OTHER_RACE)


def _holds_only(x: re.Match, inner: list[tuple[int, int]], taken: list[tuple[int, int]]) -> bool:
    """The match overlaps only mentions of `inner`, each inside it."""
    inside = [(a, b) for a, b in taken if a < x.end() and b > x.start()]
    return bool(inside) and all(span in inner and x.start() <= span[0] and span[1] <= x.end() for span in inside)


class Resolver(Descriptors):
    """Compiled pronoun and speaker patterns of one story."""

    _cache: dict[int, tuple[Gazetteer, "Resolver"]] = {}

    @classmethod
    def of(cls, gazetteer: Gazetteer) -> "Resolver":
        return built_once(cls._cache, gazetteer, cls._for)

    @classmethod
    def _for(cls, gazetteer: Gazetteer) -> "Resolver":
        """A gazetteer extended with candidates (see Gazetteer._extended) gets a copy of its base's
        resolver with the candidates' parts read again (~0.1 ms; building one costs ~12 ms): the
        patterns depend on the lexicon only."""
        base = gazetteer.extended_from
        if base is None:
            return cls(gazetteer)
        built = copy.copy(cls.of(base))
        built._read_candidates(gazetteer)
        return built

    def __init__(self, gazetteer: Gazetteer):
        # the offices of the story's people, once: a copy for an article's proposed names keeps them
        self._people_offices = offices_named(gazetteer.lexicon, [p.role for m in (*gazetteer.story.members,
                                                                               *gazetteer.story.observers)
                                                                   for p in m.people])
        self._read_candidates(gazetteer)
        lex = gazetteer.lexicon
        self.nationals = Nationals.of(lex)
        # a phrase fronted before the main clause: an exception (the lexicon's), a contrast or a time
        # ("Apart from Chile, ...", "Unlike Spain, ...", "Before ...")
        self.fronted = compiled_pattern(r"\s*(?:" + phrase_pattern(lex.words("cues", "exceptions"))
                                        + r"|unlike|like|since|before|after|once|although|though|despite|until)\b", re.I)
        bid_nouns = lex.words("bid_object_nouns") + lex.words("candidacy", "bid_nouns")
        # (the organisation's name may qualify the bid: "her UN campaign", "his NATO bid")
        org = gazetteer.story.organisation
        org_names = [n for n in (org.name, *org.aliases) if n]
        self.bid_after = compiled_pattern(r"\s+(?:(?:own|official|formal|surprise|failed|ongoing|new|first|"
                                          + "|".join(re.escape(n) for n in org_names) + r")\s+)*"
                                          + bounded(bid_nouns), re.I)
        # (each scan opens with a character class and checks what comes before it after that
        # character, so `re` skips to the possible first characters: a pattern opening with a
        # lookbehind is tried at every position of every sentence)
        self.pronoun = PRONOUN
        self.state_anaphor = compiled_pattern(bounded(_modified_anaphora(lex)), re.I)
        self.state_forms = StateForms.of(gazetteer.story)      # "the Baltic state", "the island nation"
        verbs = bounded(lex.words("cues", "reporting_verbs") + lex.words("cues", "speaker_verbs"))
        # "Romania declined to back Rutte, saying it would ...": "it" right after a reporting verb is the
        # state the sentence has named; after the verb's object ("Warsaw informed the Dutch side last week that it
        # supports him") the state named before the verb, who tells (an object holds no verb of its own)
        self.reported_it = compiled_pattern(r"(?<![\w'’])" + verbs + r"(?:\s+(?P<told>(?:(?!" + _FINITE + r")[\w'’-]+\s+){0,11}?(?!" + _FINITE + r")[\w'’-]+)\s+that)?\s+(?:that\s+)?"
                                      r"(?P<it>it)(?![\w'’])", re.I)
        # "it" opening the clause after a semicolon, after a time or an adverb at most: the state the clause before
        # was about ("France had hesitated for months; on Thursday it finally came out for X"); not "it is", "it was"
        # of an impersonal clause ("; it is unclear whether ...")
        self.clause_it = compiled_pattern(
            r";\s*(?:(?:(?:on|in|by|at|last|this|since|after|early|late)\s+[^,;⟨⟩]{1,30}?,?|(?:\w+ly|then|now|later|so|"
            r"but|and|yet),?)\s+){0,2}(?P<it>it)(?![\w'’])(?!\s+(?:is|was|seems|seemed|remains|remained|appears|appeared|"
            r"becomes|became|would\s+be|will\s+be|has\s+been|had\s+been|may|might|could|must)\b)(?!['’]s\b)(?P<told>(?!))?", re.I)
        # a reporting verb right before the pronoun: "said he", "told reporters that she"
        self.reported_he = compiled_pattern(verbs + r"(?:\s+(?!that\b)[\w⟨⟩'’-]+){0,3}?\s+(?:that\s+)?$", re.I)
        # "the 57-year-old", "the veteran diplomat": a person named just before, when that is a candidate
        self.epithet = compiled_pattern(
            r"[Tt](?<![\w'’][Tt])he\s+(?:\d{2}-year-old(?:\s+(?:[\w-]+\s+)?" + bounded(lex.words("epithet_nouns")) + r")?"
            r"|(?:[\w-]+\s+){0,2}" + bounded(lex.words("epithet_nouns")) + r")(?![\w-])(?!\s+(?:of|who|whom)\b)"
            r"(?!,?\s+(?-i:[A-Z]))")
        # a definite descriptor opening a sentence, a person noun its head ("The former deputy foreign minister",
        # "The former prime minister and foreign minister"), not before a name or "of"
        person = bounded(lex.words("person_nouns"))
        self.section_opener = compiled_pattern(
            r"^\W*[Tt]he\s+(?:(?-i:[a-z][\w-]*)\s+){0,3}?" + person + r"(?:\s+and\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}?" + person
            + r")?(?![\w-])(?!\s+(?:of|who|whom)\b)(?!,?\s+(?-i:[A-Z]))")
        self.left_race = compiled_pattern(r"\s+(?:(?:has|had|have|then|also|finally|eventually|abruptly|suddenly)\s+)?"
                                    + bounded(lex.words("withdrawal", "verbs")), re.I)
        self.candidate_noun = compiled_pattern(bounded(lex.words("candidacy", "candidate_nouns")), re.I)
        # (not before a name: "its former foreign minister Tomasz Wierzbicki" is the label of that name)
        self._descriptor_patterns(lex)
        self.former_of_state = compiled_pattern(r"(?<![\w'’])(?:its|their)\s+(?:own\s+)?(?:former|ex-)\s*(?:[\w-]+\s+){0,2}?"
                                          + bounded(lex.words("person_nouns")) + r"(?![\w-])(?!,?\s+(?-i:[A-Z]))", re.I)
        # "Romania remained behind its candidate": the one candidate of the state just named (not a label
        # before a name: "backed its candidate, Evelyn Matthei,")
        # "Argentina's candidacy", "Argentina's own candidate" (no name after it, no other aim)
        self.state_bid = compiled_pattern(r"['’]s?\s+(?:own\s+|official\s+|formal\s+)?(?:(?P<person>" + bounded(
            lex.words("candidacy", "candidate_nouns")) + r")|" + bounded(lex.words("candidacy", "bid_nouns"))
            + r")(?![\w-])(?!,?\s+(?-i:[A-Z]))(?!\s+(?:to|of|at|in|for)\b)", re.I)
        self.state_candidate = compiled_pattern(r"(?<![\w'’])(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+)?"
                                          + bounded(lex.words("candidacy", "candidate_nouns")) + r"(?![\w-])(?!,?\s+(?-i:[A-Z]))", re.I)
        self.nominating_before = compiled_pattern(lex.alt("candidacy", "nominating_verbs") + r"\s+$", re.I)
        # "Ghana proposed the veteran UN under-secretary-general for the post": a definite
        # descriptor a state nominates, no name after it, is the person just named whose state that is
        self.nominated_descriptor = compiled_pattern(
            lex.alt("candidacy", "nominating_verbs") + r"\s+(?:(?-i:[a-z]+ly)\s+)?(?P<d>(?-i:the)\s+(?:[\w-]+\s+){0,3}?"
            + bounded(lex.words("person_nouns") + lex.words("epithet_nouns")) + r")(?![\w-])(?!\s+of\b)(?!,?\s+(?-i:[A-Z]))",
            re.I)
        self.person_tail = compiled_pattern(bounded(lex.words("epithet_nouns") + lex.words("person_nouns")) + r"$", re.I)
        # a state's possessive before a person noun: "Colombia's foreign minister", "Peru's new envoy"
        self.possessed_person = compiled_pattern(r"['’]s?\s+(?:[\w-]+\s+){0,2}?" + bounded(lex.words("person_nouns")), re.I)
        # a bare "both" / "the two" only before a verb ("Both endorsed", "the two have since backed"),
        # not before a noun ("both candidates")
        plural = lex.words("plural_state_anaphora")
        bare = [w for w in plural if w.split()[-1] in ("both", "two", "pair")]
        self.plural_anaphor = compiled_pattern(
            r"(?<![\w'’])(?:" + bounded([w for w in plural if w not in bare]) + r"|" + bounded(bare)
            + r"(?=\s+(?:have|has|had|are|were|will|would|did|do|does|can|could|also|now|then|later|since|finally|"
            r"eventually|quickly|subsequently|soon|too|[a-z]+ed)\b))(?![\w-])", re.I)
        # "an economist": someone the story does not know, whom a later "the economist" is
        self.indefinite_epithet = compiled_pattern(
            r"[Aa](?<![\w'’][Aa])n?\s+(?:[\w-]+\s+){0,2}" + bounded(lex.words("epithet_nouns")) + r"(?![\w-])")

    def _read_candidates(self, gazetteer: Gazetteer) -> None:
        """What depends on the story's candidates rather than its lexicon."""
        self.gaz = gazetteer
        candidates = gazetteer.story.candidates
        # "the president", "the outgoing prime minister": a candidate who holds the role
        self.roles = {c.name: c.roles for c in candidates}
        self.pronouns = {c.name: c.pronoun for c in candidates if c.pronoun}
        self.home_states = {c.name: c.state for c in candidates if c.state}
        self.provisional = {c.name for c in candidates if c.provisional}
        # a name the article proposes with no pronoun seen: "him" or "her" may be them, a subject "he" or
        # "she" not (it is as often someone else the article goes on about)
        self.unsexed = frozenset(c.name for c in candidates if c.provisional and not c.pronoun)
        role_words = sorted({r for c in candidates for r in c.roles})
        # the person nouns that name an office someone in the story holds ("ambassador", "president"):
        # "Argentina's ambassador" is not Argentina's candidate unless the candidate holds that office
        self.office_nouns = self._people_offices | offices_named(gazetteer.lexicon, role_words)
        # (or a state's person named just before with that role: "Sunak raised it ... the prime minister backs X")
        bare_words = sorted(set(role_words) | {p.role.lower() for m in (*gazetteer.story.members, *gazetteer.story.observers)
                                               for p in m.people if p.role})
        self.bare_role = re.compile(
            r"(?<![\w'’])[Tt]he\s+(?:(?:outgoing|incumbent|current|caretaker|sitting|long-serving|veteran)\s+)*"
            r"(?P<role>" + phrase_pattern(bare_words) + r")(?![\w-])(?!\s+of\b)(?!,?\s+(?-i:[A-Z]))", re.I) if bare_words else None
        # "Romania stands by its own president", "Chile backs its former president": the candidate of the state
        # just named who holds that role (not a label before a name: "its president, Klaus Iohannis,")
        self.owned_role = re.compile(
            r"(?<![\w'’])(?:its|their)\s+(?:own\s+)?(?:(?:outgoing|incumbent|current|sitting)\s+)?"
            r"(?P<role>" + phrase_pattern(role_words) + r")(?![\w-])(?!\s+of\b)(?!,?\s+(?-i:[A-Z]))", re.I) if role_words else None

    # ---------------------------------------------------------------- article
    def read(self, text: str, folded: str, sentences: Iterable[Sentence],
             stop: Callable[[], bool] | None = None) -> list[Reading]:
        """The sentences with their resolved mentions; when `stop()` says so (the time budget), the
        sentences before that point only (`sentences` may be lazy: those after are not split)."""
        gaz = self.gaz
        readings = []
        end = len(text)     # of the text whose quotations are read
        for s in sentences:
            if stop is not None and stop():
                # a quotation never runs across a line: the lines read hold all of theirs (of a line
                # of megabytes, read in pieces, the piece after the last one read is enough)
                last = readings[-1].sentence.end if readings else 0
                end = text.find("\n", last, last + LONGEST_SENTENCE) if readings else 0
                end = min(len(text), last + LONGEST_SENTENCE) if end < 0 else end
                break
            sentence = folded[s.start:s.end]
            mentions, cut = gaz.mentions_until(sentence, stop)
            if cut < len(sentence):     # the budget ran out inside a long sentence: the part read is kept
                end = s.start + cut
                if sentence[:cut].strip():
                    s = replace(s, end=end, text=s.text[:cut])
                    readings.append(Reading(s, sentence[:cut], self._labelled(sentence[:cut], mentions)))
                break
            readings.append(Reading(s, sentence, self._labelled(sentence, mentions)))
        quotes = quote_spans(text if end == len(text) else text[:end])
        quote_ends = [qe for _, qe in quotes]       # in text order, as the quotations never overlap
        for r in readings:
            first = bisect_right(quote_ends, r.sentence.start)
            last = bisect_left(quotes, (r.sentence.end,), first)
            r.quotes = [(max(qs, r.sentence.start) - r.sentence.start, min(qe, r.sentence.end) - r.sentence.start)
                        for qs, qe in quotes[first:last]]
        named = {m.value for r in readings for m in r.mentions if m.kind == CANDIDATE}
        # roles held by a person of a state named so far ("prime minister" of Romania: Ciuca): a descriptor is
        # read with what came before it ("the Dutch prime minister" before "the new Schoof cabinet" is named)
        people_roles: set = set()
        masked = [masked_text(r) for r in readings]
        headings = [heading_name(text) for text in masked]
        genders: dict[str, str] = {}
        others = other_people(readings, masked, headings, genders, self.person_label_end)
        salience = Salience(self.roles, self.pronouns, self.unsexed)
        after_heading = False       # the sentence before was a heading line, of a name known or not
        for r, heading in zip(readings, headings):
            if heading:
                salience.new_section()      # "Kwabena Asante-Mensah (Ghana)": what follows is about that person
            salience.next_sentence()
            people_roles.update((m.value, m.role) for m in r.mentions if m.role)
            r.mentions = self._resolve_sentence(r, named, people_roles, salience, others, genders, after_heading)
            after_heading = bool(heading) or candidate_heading(r) is not None
        Speech.of(self.gaz.lexicon).read(text if end == len(text) else text[:end], folded, quotes, readings, self.home_states)
        return readings

    def _office_holder(self, descriptor: str, named: set[str]) -> str | None:
        """The one candidate of the article whose listed roles hold the descriptor's office as written ("the
        ex-president": the one with "former president"), or None."""
        words = _EX.sub("former ", re.sub(r"^\W*the\s+", "", descriptor, flags=re.I).lower())
        fit = [c for c in named if words in self.roles.get(c, ())]
        return fit[0] if len(fit) == 1 else None

    def _state_bid(self, m: Mention, text: str, named: set[str]) -> Mention:
        """"Uruguay supports Argentina's candidacy": the bid of the one candidate named whose state that is
        (the candidate's own possessive then, as in "Grossi's candidacy"); "Argentina's candidate" is that
        candidate. Not a bid for another aim ("Romania's bid to host the summit")."""
        owned = self.state_bid.match(text, m.end)
        if owned is None:
            return m
        own = [c for c in self.gaz.states_with_candidates.get(m.value, ()) if c in named]
        if len(own) != 1:
            return m
        end = owned.end() if owned.group("person") else m.end
        return replace(m, end=end, kind=CANDIDATE, value=own[0], form="descriptor", actor=True, person=True)

    def person_label_end(self, text: str, m: Mention) -> int | None:
        """Where a state's label of a person that the state mention `m` opens ends ("Colombian Foreign
        Minister", "Colombia's foreign minister"); None when `m` is no such label."""
        if m.kind != STATE or m.person:
            return None
        if self.person_tail.search(text, m.start, m.end):
            return m.end
        owned = self.possessed_person.match(text, m.end) if m.form == "possessive" else None
        return owned.end() if owned else None

    # ---------------------------------------------------------------- sentence
    def _resolve_sentence(self, r: Reading, named: set[str], people_roles, salience: "Salience",
                          others: re.Pattern | None = None, genders: dict[str, str] | None = None,
                          after_heading: bool = False) -> list[Mention]:
        items: list[Mention] = []
        taken = sorted((m.start, m.end) for m in r.mentions)
        reach = []      # the furthest end among the mentions taken so far, in start order
        for _, b in taken:
            reach.append(max(b, reach[-1]) if reach else b)

        def free(s: int, e: int) -> bool:     # overlaps no mention: none starting before e ends after s
            i = bisect_left(taken, (e,))
            return i == 0 or reach[i - 1] <= s

        pronouns = [p for p in self.pronoun.finditer(r.text) if free(p.start(), p.end())]
        anaphors = [a for a in self.state_anaphor.finditer(r.text) if free(a.start(), a.end())]
        if " own" in r.text:
            anaphors += [a for a in _OWN_AFTER_EXCEPTION.finditer(r.text) if free(a.start(), a.end())]
        kinds = [x for x in self.state_forms.find(r.text) if free(x.start(), x.end())]
        # not after a negated report ("Hungary never said it would block him": the negation is the report's)
        its = [x for x in self.reported_it.finditer(r.text) if free(x.start("it"), x.end("it"))
               and not _NEGATED_BEFORE.search(r.text, max(0, x.start() - 20), x.start())] if _IT.search(r.text) else []
        if ";" in r.text and _IT.search(r.text):
            reported = {x.start("it") for x in its}
            its += [x for x in self.clause_it.finditer(r.text) if free(x.start("it"), x.end("it")) and x.start("it") not in reported]
        strangers = [o for o in others.finditer(r.text) if free(o.start(), o.end())] if others else []
        strangers += [o for o in self.indefinite_epithet.finditer(r.text) if free(o.start(), o.end())]
        # a role may hold a name of the post or of a body ("the head of the UN nuclear watchdog", "the former UN
        # human rights chief"): the longer mention wins
        inner = [(m.start, m.end) for m in r.mentions if m.kind in _INSIDE_ROLES]
        roles = [x for x in self.bare_role.finditer(r.text) if free(x.start(), x.end()) or _holds_only(
            x, inner, taken)] if self.bare_role else []
        plurals = [x for x in self.plural_anaphor.finditer(r.text)
                   if free(x.start(), x.end()) and _SUBJECT_SLOT.search(r.text, 0, x.start())]
        epithets = [x for x in self.epithet.finditer(r.text)
                    if free(x.start(), x.end()) and _SUBJECT_SLOT.search(r.text, 0, x.start())]
        # "Ana Duarte (Portugal). The former deputy foreign minister put herself forward": a sentence opening a
        # heading's section with a definite descriptor is about the heading's person (when the offices fit)
        if after_heading:
            epithets += [x for x in self.section_opener.finditer(r.text) if free(x.start(), x.end())]
        # "Warsaw nominated its former foreign minister": the person the section is about
        if "ormer" in r.text or "x-" in r.text:     # "former", "Former", "ex-": most sentences have none
            epithets += [x for x in self.former_of_state.finditer(r.text)
                         if free(x.start(), x.end()) and self.nominating_before.search(r.text, max(0, x.start() - 40), x.start())]
        # (not a predicate: "presented Grossi as its candidate")
        owned = [x for x in self.state_candidate.finditer(r.text) if free(x.start(), x.end())
                 and not _AS_BEFORE.search(r.text, max(0, x.start() - 4), x.start())] \
            if "candidate" in r.text or "nominee" in r.text else []
        if self.owned_role and (" its " in r.text or " their " in r.text):
            owned += [x for x in self.owned_role.finditer(r.text) if free(x.start(), x.end())]
        # (a body or another post's title inside may be part of it: "the former UN under-secretary-general")
        nominated = [x for x in self.nominated_descriptor.finditer(r.text) if not any(
            m.kind in (STATE, CANDIDATE, POST) and m.start < x.end("d") and m.end > x.start("d") for m in r.mentions)]
        events = sorted([(m.start, "m", m) for m in r.mentions] + [(x.start(), "r", x) for x in roles]
                        + [(x.start("d"), "d", x) for x in nominated]
                        + [(p.start(), "p", p) for p in pronouns] + [(x.start(), "e", x) for x in epithets]
                        + [(x.start(), "g", x) for x in plurals]
                        + [(a.start(), "a", a) for a in anaphors] + [(x.start("it"), "i", x) for x in its]
                        + [(x.start(), "k", x) for x in kinds] + [(x.start(), "c", x) for x in owned]
                        + [(o.start(), "o", o) for o in strangers], key=lambda t: t[0])
        covered_until = swallowed_until = role_until = -1
        first: tuple[str | None, str] | None = None        # the sentence's first person, outside quotations
        label: tuple[str, int] | None = None    # the last state's label of a person ("Colombian Foreign Minister"), its end
        stranger: tuple[str, int, bool] | None = None   # the last unlisted person's name, its end, whether first
        index = _Clauses(r.text)
        left_here: set[str] = set()     # the candidates this sentence says left the race
        for _, what, obj in events:
            if what == "m":
                if obj.start < swallowed_until or obj.kind in _INSIDE_ROLES and obj.start < role_until:
                    continue        # a body named in a candidate's second role: "and UN human rights chief"
                if self._national_demonym(obj, r, salience):
                    salience.see_stranger(r.in_quote(obj.start))
                    continue
                m = self._resolve_descriptor(obj, r.text, named, people_roles, salience)
                if m is not None and m.kind == CANDIDATE and m.form == "descriptor":
                    m = self._with_second_role(m, r)
                    swallowed_until = m.end
                elif m is not None and m.kind == STATE and m.form in ("possessive", "modifier"):
                    m = self._state_bid(m, r.text, named)
                if m is None and INDEFINITE_BEFORE.search(r.text, max(0, obj.start - 30), obj.start):
                    salience.see_stranger(r.in_quote(obj.start))    # "a former Chilean president said she ..."
                if m is not None:
                    items.append(m)
                    salience.see(m, r.in_quote(m.start))
                    if first is None and m.person and m.kind in (CANDIDATE, STATE) and not r.in_quote(m.start):
                        first = (m.kind, m.value)
                if m is not None and m.kind == CANDIDATE and self.left_race.match(r.text, m.end):
                    salience.left.add(m.value)      # "Iohannis quit the contest"
                    left_here.add(m.value)
                label_end = self.person_label_end(r.text, m) if m is not None else None
                if label_end is not None:
                    if label_end == m.end:      # (not "served as Slovenia's president": a predicate)
                        salience.see_person_of(m, r.in_quote(m.start))    # "a Finnish diplomat": a person of Finland
                    label = (m.value, label_end)
                    if stranger and _LABEL_AFTER.fullmatch(r.text, stranger[1], m.start):
                        _label(salience, stranger[0], m.value)      # "Laura Sarabia, Colombia's foreign minister,"
                        if first == (None, "") and stranger[2]:
                            first = (STATE, m.value)     # the sentence's subject, whom an opening "She" goes on about
                elif m is not None and m.value in self.gaz.states_with_candidates and (
                        national := self.nationals.labelled(r.text, m, r.mentions)):
                    # (only a state with candidates: a bare demonym may stand for one of them)
                    salience.see_national(m.value, national.start("name"), r.in_quote(national.start("name")))
                continue
            if obj.start() < covered_until:
                continue
            if what == "o":
                name = obj.group()
                if label is not None and _LABEL_BEFORE.fullmatch(r.text, label[1], obj.start()):
                    _label(salience, name, label[0])     # "Colombian Foreign Minister Laura Sarabia"
                state = salience.labelled.get(name)
                if state is not None:
                    # (the person acts for the state: "Sarabia said her country would back X")
                    m = Mention(obj.start(), obj.end(), STATE, state, "person", True, True)
                    items.append(m)
                    salience.see(m, r.in_quote(m.start))
                    if first is None and not r.in_quote(m.start) and not _POSSESSIVE_AFTER.match(r.text, m.end):
                        first = (STATE, state)      # (not "Schialer's rival, Ana Cruz, said she ...")
                    continue
                stranger = (name, obj.end(), first is None and not r.in_quote(obj.start()))
                # "Ms Ama Owusu": not whom a later "her" stands for, when that could be a name of unknown sex
                salience.see_stranger(r.in_quote(obj.start()), (genders or {}).get(obj.group().split()[-1]))
                if not r.in_quote(obj.start()) and first is None:
                    first = (None, "")
                continue
            if what == "r":
                covered_until = obj.end()
                holder = salience.role_holders.get(obj.group("role").lower())
                if holder:
                    role_until = obj.end()
                    m = Mention(obj.start(), obj.end(), CANDIDATE, holder, "descriptor", True, True)
                    items.append(m)
                    salience.see(m, r.in_quote(m.start))
                elif state := salience.state_role_holder(obj.group("role").lower()):
                    # "Sunak raised it at lunch ... the prime minister was backing X": the state of that person
                    role_until = obj.end()
                    m = Mention(obj.start(), obj.end(), STATE, state, "anaphor", True, True)
                    items.append(m)
                    salience.see(m, r.in_quote(m.start))
                continue
            if what == "g":
                covered_until = obj.end()
                # "Both endorsed Rutte": each state of the last group of states named
                items += [Mention(obj.start(), obj.end(), STATE, v, "anaphor", True, False) for v in salience.state_group]
                continue
            if what == "e":
                covered_until = obj.end()
                holder = salience.last_person
                if obj.re is self.section_opener and holder and not self._may_hold(holder[1], obj.group().lower()):
                    continue        # "Ana Duarte (Portugal). The former central bank governor ...": offices she never held
                if holder and holder[0] == CANDIDATE:
                    m = Mention(obj.start(), obj.end(), CANDIDATE, self._office_holder(obj.group(), named) or holder[1],
                                "descriptor", True, True)
                    items.append(m)
                    salience.see(m, r.in_quote(m.start))
                continue
            if what == "d":
                holder = salience.last_person
                nominator = next((m for m in reversed(items) if m.kind == STATE and m.actor), None)
                value = holder[1] if holder and holder[0] == CANDIDATE else None
                if value is None and nominator:
                    # someone else named last ("told President X. Chile nominated the ex-president"): the one
                    # candidate of the article whose roles the descriptor names, if from that state
                    value = self._office_holder(obj.group("d"), named)
                if value and nominator and self.home_states.get(value) == nominator.value:
                    covered_until = swallowed_until = obj.end("d")
                    m = Mention(obj.start("d"), obj.end("d"), CANDIDATE, value, "descriptor", True, True)
                    items.append(m)
                    salience.see(m, r.in_quote(m.start))
                continue
            if what == "k":
                covered_until = obj.end()
                # "the Baltic state": the one state of that kind named just before
                value = salience.recent_state(self.state_forms.of_kind(obj), RECENT_SENTENCES)
                if value:
                    m = Mention(obj.start(), obj.end(), STATE, value, "anaphor", True, False)
                    items.append(m)
                    salience.see(m, r.in_quote(m.start))
                continue
            if what == "c":
                covered_until = obj.end()
                state = next((m for m in reversed(items) if m.kind == STATE and m.actor), None)
                own = [c for c in self.gaz.states_with_candidates.get(state.value, ()) if c in named] if state else []
                if "role" in obj.groupdict():
                    held = lambda c: obj.group("role").lower() in (x.lower() for x in self.roles.get(c, ()))
                    # with the name left out ("declined to back X while its own president was in the race"): the
                    # state's one candidate in that office, as for "the Romanian president"
                    own = [c for c in own if held(c)] or [
                        c for c in self.gaz.states_with_candidates.get(state.value, ()) if held(c)] if state else []
                if len(own) == 1:
                    m = Mention(obj.start(), obj.end(), CANDIDATE, own[0], "descriptor", True, True)
                    items.append(m)
                    salience.see(m, r.in_quote(m.start))
                continue
            if what == "i":
                # (in the passive, the agent: "Rome was told by Warsaw that it ...")
                passive = obj.group("told") and _PASSIVE_BEFORE.search(r.text, max(0, obj.start() - 12), obj.start())
                teller = obj.start("told") if obj.group("told") else len(r.text)
                state = next((m for m in reversed(items) if m.kind == STATE and m.actor and (
                    m.start > obj.start() and _BY_BEFORE.search(r.text, max(0, m.start - 4), m.start) if passive
                    else m.start < teller)), None)
                if state is not None:
                    items.append(Mention(obj.start("it"), obj.end("it"), STATE, state.value, "anaphor", True, False))
                continue
            if what == "a":
                covered_until = obj.end()
                # a country named earlier in the sentence, also as a modifier ("Romania's top defence body
                # said the country"); else, for "his country", the country of the person "his" stands for;
                # else the last country named
                # "her own government": the person's own country, whatever state the sentence named before
                own = re.search(r"\sown\b", obj.group().lower()) is not None
                state = None if own else next((m for m in reversed(items) if m.kind == STATE and m.form != "aggregate"), None)
                owner = obj.group().split()[0].lower()
                # (the subject pronoun this sentence opened with, first: "She said her government ...")
                person = (_subject_pronoun(r.text, items, owner) or salience.person_for(
                    "she" if owner == "her" else "he", outside=not r.in_quote(obj.start()))) \
                    if owner in ("his", "her") and state is None else None
                if own and not (person and person[0] == CANDIDATE and person[1] in self.home_states):
                    continue    # whose own country, the sentence does not tell
                value = state.value if state else (
                    self.home_states.get(person[1]) if person and person[0] == CANDIDATE else
                    person[1] if person and person[0] == STATE else None) or salience.state
                if value:
                    items.append(Mention(obj.start(), obj.end(), STATE, value, "anaphor", True, False))
                continue
            word = obj.group().lower()
            if word == "her" and _OBJECT_HER.match(r.text, obj.end()):
                # "will not support her", "backed her on Monday": her as the object, as "him"
                word = "him-her"
                target = relative_antecedent(r.text, obj.start(), items, "her", salience) or \
                    subject_antecedent(r, obj.start(), items, "her", salience) or \
                    sentence_antecedent(r, obj.start(), items, "her", salience, left_here) or \
                    _fronted_object(r, obj, "her", salience, self.fronted) or \
                    salience.candidate_for("her", in_race=not _dated_back(r.text, obj.start(), obj.end()))
            elif word in ("his", "her"):
                name = _NAME_AFTER.match(r.text, obj.end()) if not self.bid_after.match(r.text, obj.end()) else None
                if name is not None and next((m.kind == STATE and m.actor for m in reversed(items)
                                              if m.kind in (STATE, CANDIDATE)), False):
                    # "Chile put forward her name": a state puts the person forward (not "Rutte put his name
                    # forward", which the lexicon's phrase reads as his own declaration: the nearest one
                    # named before is the state)
                    target = salience.candidate_for(word)
                    if target:
                        items.append(Mention(obj.start(), name.end(), CANDIDATE, target, "pronoun", True, True))
                        covered_until = name.end()
                    continue
                if name is not None or not self.bid_after.match(r.text, obj.end()):
                    continue
                target = self._fronted_owner(r, obj, word, salience) or salience.candidate_for(word)
                if target and not r.text[:obj.start()].strip(' "“‘\'') and salience.owner_outside(target):
                    continue
            elif word == "him":
                # whom a state now backs or opposes: not one who has just left the race, if another fits
                # (in a relative clause, the candidate its sentence is about: "X won no ally but Y, which
                # had said it would back him")
                target = relative_antecedent(r.text, obj.start(), items, word, salience) or \
                    subject_antecedent(r, obj.start(), items, word, salience) or \
                    sentence_antecedent(r, obj.start(), items, word, salience, left_here) or \
                    _fronted_object(r, obj, word, salience, self.fronted) or \
                    salience.candidate_for(word, in_race=not _dated_back(r.text, obj.start(), obj.end()))
            elif word in ("he", "she"):
                # a sentence that opens with "He" goes on about the last sentence's first person (its
                # subject, as a rule), not whoever was named last in a clause at its end
                opening = salience.topic if not r.text[:obj.start()].strip() and salience.topic and \
                    salience.agrees(*salience.topic, word) else None
                person = self._reporting_subject(r, obj.start(), items, salience, word, index) or opening or \
                    salience.person_for(word, outside=not r.in_quote(obj.start()))
                if person is None:
                    continue
                kind, value = person
                if kind is None:
                    continue
                if kind == CANDIDATE:
                    salience.referred[value] = salience.sentence
                items.append(Mention(obj.start(), obj.end(), kind, value, "pronoun", kind == STATE, True))
                continue
            else:
                continue
            if target:
                form = "possessive-pronoun" if word in ("his", "her") else "pronoun"
                salience.referred[target] = salience.sentence
                items.append(Mention(obj.start(), obj.end(), CANDIDATE, target, form, True, True))
        items.sort(key=lambda m: m.start)
        if self.referring.search(r.text):
            items = self._referred(r.text, items)
        if first is not None:
            salience.topic = first if first[0] is not None else None
            salience.topic_outside = salience.sentence if first[0] != CANDIDATE else None
        actors = [m for m in items if m.kind == STATE and m.actor]
        if len(actors) < 2:     # no list and no two states (most sentences): the group stays
            return items
        listed = [g.values for g in group_mentions(r.text, actors) if len(g.values) > 1]
        distinct = tuple(dict.fromkeys(m.value for m in actors))
        # a list ("Hungary and Slovakia"), else the two states of a sentence ("Hungary ..., and Slovenia ...")
        if listed or len(distinct) == 2:
            salience.state_group = listed[-1] if listed else distinct
        return items

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
                           word: str, index: "_Clauses") -> tuple[str, str] | None:
        """"Orban, after meeting Rutte, said he would back him": "he" right after a reporting verb is
        who said it, the first person of that clause outside its asides (when the pronoun agrees)."""
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
                        if m.person and m.form != "speaker" and m.kind in (CANDIDATE, STATE)
                        and not in_aside(m.start) and not _POSSESSIVE_AFTER.match(r.text, m.end)), None)
        if subject is None or not salience.agrees(subject.kind, subject.value, word):
            return None
        return subject.kind, subject.value


def _fronted_object(r: Reading, obj: re.Match, word: str, salience: "Salience", fronted: re.Pattern) -> str | None:
    """"Apart from Chile, which nominated her, only Spain has backed Bachelet": an object pronoun in a phrase
    `fronted` before the main clause, with no candidate named before it, stands for the first candidate the
    main clause names (when it agrees)."""
    if not fronted.match(r.text) or any(m.kind == CANDIDATE and m.start < obj.start() for m in r.mentions):
        return None
    comma = r.text.find(",", obj.end())
    target = next((m for m in r.mentions if m.kind == CANDIDATE and m.start > comma), None) if comma > 0 else None
    return target.value if target is not None and salience.agrees(CANDIDATE, target.value, word) else None


# "his own" standing alone after an exception ("no ally other than his own"): his own country
_OWN_AFTER_EXCEPTION = re.compile(r"(?:(?<=than\s)|(?<=except\s)|(?<=besides\s)|(?<=from\s))(?:[Hh]is|[Hh]er)\s+own"
                                  r"(?![\w'’-])(?!\s+[a-z])")
# "her name": the person (not "names", not "name as")
_NAME_AFTER = re.compile(r"\s+name(?![\w-])")
# the "it" a reported_it match ends with: a sentence without one (most) is not searched for the verbs
# before it (the verbs' pattern is tried at every position)
_IT = re.compile(r"\sit(?![\w'’])", re.I)
_FINITE = r"(?:had|has|have|was|were|is|are|would|will|did|does|do|could|should|might|may|must|can)\b"
# between a state's label of a person and the name ("Colombian Foreign Minister Laura Sarabia", "Colombia's
# foreign minister, Laura Sarabia"), and between the name and a label after it ("Laura Sarabia, Colombia's ...")
_LABEL_BEFORE = re.compile(r",?\s*")
_POSSESSIVE_AFTER = re.compile(r"['’]s?(?![\w])")
_LABEL_AFTER = re.compile(r",\s*(?:the\s+)?")


def _dated_back(text: str, start: int, end: int) -> bool:
    """The act on the object pronoun at `start`-`end` is told of a time before the article's now: dated back
    after it ("a year ago"), or in the pluperfect before it ("Russia had said it could not support her")."""
    return _DATED_BACK.match(text, end) is not None or (
        "had" in text and _PLUPERFECT_BEFORE.search(text, max(0, start - 120), start) is not None)


def _subject_pronoun(text: str, items: list[Mention], owner: str) -> tuple[str, str] | None:
    """The person a "he"/"she" read before in the sentence stands for, when "his"/"her" `owner` agrees."""
    word = "she" if owner == "her" else "he"
    return next(((m.kind, m.value) for m in reversed(items) if m.form == "pronoun" and m.kind in (CANDIDATE, STATE)
                 and text[m.start:m.end].lower() == word), None)


def _label(salience: Salience, name: str, state: str) -> None:
    salience.labelled[name] = state
    if " " in name:
        salience.labelled.setdefault(name.split()[-1], state)


_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are)\s+$", re.I)
_BY_BEFORE = re.compile(r"\bby\s+$", re.I)
# a stance told in the pluperfect before an object pronoun ("Russia had said in June that it could not support
# her"): it was taken before any withdrawal the article has told since, so the pronoun may be one who has left
_PLUPERFECT_BEFORE = re.compile(r"\bhad\s+(?!to\b)[^.;:!?]{0,80}$", re.I)
_NEGATED_BEFORE = re.compile(r"\b(?:not|never|n['’]t)\s+(?:\w+\s+)?$", re.I)
_AS_BEFORE = re.compile(r"\bas\s+$", re.I)
# "her" standing alone, not before a noun: the end, a stop, a preposition, a conjunction, an adverb, an
# auxiliary, a time ("nominated her last year") or a verb's particle ("put her forward") follows
_OBJECT_HER = re.compile(r"\s*(?:$|[,.;:!?)\"”’']|(?:for|as|in|on|at|to|and|but|or|over|after|before|since|because|when|"
                         r"while|with|from|again|too|either|now|yet|anymore|then|if|unless|until|by|under|against|without|despite|forward(?!-)|together|jointly|alongside|"
                         r"whatsoever|at\s+all|\w+ly|was|were|is|are|has|had|will|would|could|should|might|must|yesterday|today|once|twice|"
                         # "nominated her earlier this year", "backed her days later" (not "her earlier bid")
                         r"(?:earlier|later)(?=\s+(?:this|that|last|next|in|on)\b|\s*(?:[,.;]|$))|"
                         r"(?:a|one|two|three|four|several|a\s+few|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:ago|later)|"
                         r"(?:last|this|next)\s+(?:year|month|week|spring|summer|autumn|fall|winter|"
                         rf"{MONTH_NAMES}|{WEEKDAY_NAMES}))\b)", re.I)


# an act dated back from the article's time ("nominated her a year ago", "backed him last year"): it may be of one
# who has left the race since, so no candidate still in it is preferred
_DATED_BACK = re.compile(r"\s*(?:(?:a|one|two|three|four|several|a\s+few|\d+)\s+(?:days?|weeks?|months?|years?)\s+ago|"
                         r"last\s+year|in\s+\d{4})\b", re.I)


class _Clauses:
    """The clause openers, commas and words of one sentence, found once (when a pronoun asks)."""

    def __init__(self, text: str):
        self.text = text

    @cached_property
    def words(self) -> WordsBefore:
        return WordsBefore(self.text)

    @cached_property
    def openers(self) -> list[tuple[int, bool]]:
        """(end, whether a comma comes right before it) of each clause opener, in text order."""
        out = []
        for b in _CLAUSE_OPENER.finditer(self.text):
            before = b.start()
            while before and self.text[before - 1].isspace():
                before -= 1
            out.append((b.end(), before > 0 and self.text[before - 1] == ","))
        return out

    @cached_property
    def opener_ends(self) -> list[int]:
        return [end for end, _ in self.openers]

    @cached_property
    def commas(self) -> list[int]:
        return [m.start() for m in re.finditer(",", self.text)]

    def comma_in(self, start: int, end: int) -> bool:
        """Is there a comma in text[start:end]?"""
        i = bisect_left(self.commas, start)
        return i < len(self.commas) and self.commas[i] < end


# "ex-" written for "former" before an office
_EX = re.compile(r"\bex-\s*")


# where a clause's subject starts: an epithet there is the person just named ("..., and the economist said")
# (after a time opening the sentence too: "On Wednesday the 57-year-old was appointed")
_SUBJECT_SLOT = re.compile(r"(?:^\W*|[,;:]\s*|\b(?:and|but|while|when|as|after|since|because|although|though|that)\s+|"
                           r"^\W*(?:On|In|Last|This|Earlier|Later|By)\s+(?:(?:the|early|late|mid)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|"
                           r"Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|"
                           r"December|week|month|year|spring|summer|autumn|winter|\d{1,4})(?:\s+\d{1,4})?\s+)$")


def _modified_anaphora(lex: Lexicon) -> list[str]:
    """The state anaphora, and those naming a government or a cabinet with a word before its noun ("his
    caretaker government", "the outgoing cabinet"): the same state."""
    phrases = lex.words("state_anaphora")
    heads = ("government", "cabinet", "administration")
    return phrases + [" ".join(p.split()[:-1] + [mod, p.split()[-1]]) for p in phrases if p.split()[-1] in heads
                      for mod in lex.words("state_anaphora_modifiers")]
