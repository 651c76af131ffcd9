"""Entity mentions in one sentence: candidates, member states, NATO, the post.

Names are matched case-sensitively on folded text (diacritics stripped), so
"Szijjarto" and "Szijjártó" are one person and the pronoun "us" is not the
"US". A state can be named by its name, alias, capital, a person speaking for
it ("Orban"), a demonym with a government noun ("the Hungarian foreign
minister") or a possessive with one ("Hungary's foreign minister"). A state
name that only modifies something else ("NATO's eastern flank", "US-led",
"The American Conservative", "talks in Budapest") is kept with actor=False.
"""
from __future__ import annotations

import copy
import heapq
import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import cached_property

from natowatch.extract.compiled import pattern as compiled_pattern
from natowatch.extract.lexicon import (Lexicon, bounded, built_once, phrase_pattern, trie_pattern, verb_forms,
                                       word_trie_pattern)
from natowatch.extract.story import Story
from natowatch.extract.text import fold

# kinds
CANDIDATE, STATE, ORG, MEMBERS, POST, OTHER_RACE = "C", "S", "O", "M", "P", "X"

# a demonym used as a noun: "the French", followed by a list, a verb or the clause's end
# what other_post ends with: most sentences have none, and need no scan for it
_POST_NOUNS = ("post", "job", "role", "position", "seat", "race", "contest", "election")
_POST_NOUN = re.compile(r"(?<![\w-])(?:" + "|".join(_POST_NOUNS) + r")(?![\w-])", re.I)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
# demonyms that as a noun after "the" are the people ("the French", "the Dutch", "the Chinese", "the Swiss");
# the others are one person ("the Bulgarian", "the Latvian")
_MASS_DEMONYM = re.compile(r"(?:sh|nch|tch|ese|ss)$")   # "the French", "the Dutch"; "the Czech" is one person
_FORMER_AFTER = re.compile(r"\s*(?:former|ex-|onetime|one-time|erstwhile)\s*", re.I)
# "the former Lithuanian defence minister", "the former two-term Chilean president": who held the office
FORMER_BEFORE = re.compile(r"\b(?:former|ex-|onetime|one-time|erstwhile)\s*(?:[\w-]+\s+)?$", re.I)
# one descriptive word before an office ("Hungary's nationalist prime minister", "the Dutch caretaker prime
# minister"), not a word that makes it someone else's or no longer held
_DESCRIPTIVE_WORD = (r"(?!(?:former|ex|onetime|one-time|erstwhile|late|next|future|then|opposition|shadow)\b)"
                     r"[a-z][\w-]*\s+")
# (or a time or place: "endorsed the Uruguayan at a summit", "the Bulgarian on Monday")
_NOUN_USE_AFTER = re.compile(r"\s*(?:[,.;:)]|$|(?:and|or|have|has|had|are|were|all|also|both|too|then|who|which|"
                             r"declared|backed|back|backs|support|supported|supports|agreed|said|say|says|is|was|will|"
                             r"would|told|tells|met|at|on|during|after|before|since|last|earlier|came|won|got|gained|"
                             r"received|secured|ran|stood|took|gave|went|remains|remained|trailed|topped|led)\b)", re.I)
# "leading NATO members" is an aggregate; "said leading NATO would be an honour" is the verb
_LEADING_VERB = re.compile(r"leading\s", re.I)
_OF_THE_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$")
# "the Prime Minister of " before "Romania Ciuca": where the title began (its first word may be long)
_ROLE_OF_LEAD = re.compile(r"(?:\b(?:the|a)\s+)?[A-Z][\w-]*(?:\s+(?:of|for|[A-Z][\w-]*)){0,5}\s+of\s+(?:the\s+)?$")
_POSSESSIVE = re.compile(r"['’]s?(?=\s)")
# demonyms coordinated before one plural head ("the Czech and Slovak prime ministers"): the others up to the head
_SHARED_HEAD = re.compile(r"(?:\s*,\s*(?-i:[A-Z])[\w-]+)*\s*,?\s+and\s+(?-i:[A-Z])[\w-]+(?=\s)")
_MEMBERS_AFTER = re.compile(r"\s*(?:members?|member[- ]states?|countries|nations|states|allies|powers|capitals|"
                            r"governments|partners)\b", re.I)
_DASH_SPACE = re.compile(r"-\s")
# a leader's name before the body they head: "the Biden administration", "the Scholz government"
_LED_BODY_AFTER = re.compile(r"\s+(?:administration|government|cabinet)\b", re.I)
_DATELINE_AFTER = re.compile(r",\s*\w+\s+\d")    # "Ankara, March 3"
_GROUP_NOUN_AFTER = re.compile(r"\s*(?:['’]s\s+)?(?:[\w-]+\s+)?(?:members?|member[- ]states?|countries|nations|states|"
                               r"allies|powers|governments|capitals|partners)\b", re.I)


@dataclass(frozen=True)
class Mention:
    """A mention at [start, end) of the sentence text.

    kind: C candidate, S member state, O the organisation, M its members as a
    group (actor only of an appointment), P the post, X another race.
    form: how it was named (name, demonym, capital, person, possessive,
    descriptor, pronoun, anaphor, speaker, reference, title).
    """

    start: int
    end: int
    kind: str
    value: str
    form: str = "name"
    actor: bool = True
    person: bool = False
    role: str = ""      # a named person's role ("foreign minister"), from the story


_PLURAL_MEMBER_WORDS = re.compile(
    r"(?:members?|member[- ]states?|member[- ]countries|countries|nations|states|allies|governments|capitals|leaders)$",
    re.I)


# "Neither Germany nor France has backed Kallas": neither acts
# the rest of a list of states after its first name, each maybe with an intensifier ("the Netherlands itself")
_SOLE_LIST = (r"(?:\s+(?:itself|themselves))?(?:\s*(?:,|\band\b|\bor\b)\s*(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w-]*)*"
              r"(?:\s+(?:itself|themselves))?)*")
_SOLE_LIST_RX = re.compile(_SOLE_LIST)
_RELATIVE_OPENING = re.compile(r"\s*,\s*(?:which|that|who)\b", re.I)
_NEITHER_NOR = re.compile(r"\b(?:[Nn]either|nor)\s+(?:the\s+)?$")

_MEMBERS_AFTER_POSSESSIVE = re.compile(
    r"\s*(?:(?:\d+|thirty-\w+|all|fellow|other)\s+)*(?:members?|member[- ]states|member[- ]countries|allies|countries|"
    r"nations|ambassadors|envoys|leaders|governments)\b", re.I)
_ORG_JOB = re.compile(r"(?:['’]s)?\s+(?:(?:top|most\s+senior|highest|civilian|political|leading)\s+){0,2}"
                      r"(?:post|job|role|position)\b", re.I)


class Gazetteer:
    """Compiled name lookups of one story (built once, see `Gazetteer.of`)."""

    _cache: dict[int, tuple[Story, "Gazetteer"]] = {}
    _equal: dict[tuple[str, tuple], "Gazetteer"] = {}

    @classmethod
    def of(cls, story: Story) -> "Gazetteer":
        return built_once(cls._cache, story, cls._equal_or_new)

    @classmethod
    def _equal_or_new(cls, story: Story) -> "Gazetteer":
        """A story equal to one seen before as another object (the same candidates added again,
        as a followed one is each time the set changes back) shares its gazetteer, and so its
        grammar and resolver."""
        key = (story.id, story.candidates)
        hit = cls._equal.get(key)
        # the same lexicon object too: a story loaded again from its file (equal, with its own lexicon
        # data) would hand on a Lexicon, and so a Grammar, other than the one its stories share
        if hit is not None and hit.story == story and hit.story.lexicon is story.lexicon:
            return hit
        base = cls._base_of(story)
        if len(cls._equal) > 32:
            # the gazetteers built anew stay (a few: the stories as loaded): the rest are extended from
            # them in ~1 ms, where one built anew costs ~50 ms and ~1 MB
            anew = [k for k, g in cls._equal.items() if g.extended_from is None]
            for k in list(cls._equal) if len(anew) > 8 else set(cls._equal) - set(anew):
                del cls._equal[k]
        built = cls._equal[key] = cls(story) if base is None else base._extended(story)
        return built

    @classmethod
    def _base_of(cls, story: Story) -> "Gazetteer | None":
        """A gazetteer built for this story less the candidates added last (the story file's, or
        with fewer followed ones): the one with the most of them."""
        bases = [g for g in cls._equal.values() if g.story.id == story.id and g.story.lexicon is story.lexicon
                 and len(g.story.candidates) < len(story.candidates)
                 and story.candidates[:len(g.story.candidates)] == g.story.candidates]
        for g in sorted(bases, key=lambda g: len(g.story.candidates), reverse=True):
            if replace(story, candidates=g.story.candidates) == g.story:
                return g
        return None

    def _extended(self, story: Story) -> "Gazetteer":
        """This gazetteer with the candidates `story` adds to its own: a copy sharing every compiled
        pattern but the names' (~1 ms; building the names' trie again costs 30-50 ms). The added
        names get a small pattern of their own, read with the big one as one pattern of both
        (see _leftmost_longest), and a name they share with a state is theirs, as in __init__,
        where candidates come first."""
        built = copy.copy(self)
        built.story = story
        built.extended_from = self
        built.exact = dict(self.exact)
        added = set(self._added_keys)
        for c in story.candidates[len(self.story.candidates):]:
            for name in (c.name, *c.aliases):
                key = fold(name).strip()
                held = built.exact.get(key)
                if key and key not in added and (held is None or held[0] != CANDIDATE):
                    built.exact[key] = (CANDIDATE, c.name, "name", True, "")
                    added.add(key)
        built._added_keys = frozenset(added)
        new = [k for k in added if k not in self._own_keys]
        built._exact_added = re.compile(word_trie_pattern(new)) if new else None
        built.states_with_candidates = _states_with_candidates(story)
        return built

    def __init__(self, story: Story):
        self.story = story
        self.lexicon = lex = Lexicon.of(story)
        exact: dict[str, tuple] = {}    # folded text -> (kind, value, form, person, role)
        loose: dict[str, tuple] = {}    # lower-case folded text -> ...

        def add(table, text, kind, value, form, person=False, role=""):
            key = fold(text).strip()
            if key and key not in table:
                table[key] = (kind, value, form, person, role)

        for c in story.candidates:
            for name in (c.name, *c.aliases):
                add(exact, name, CANDIDATE, c.name, "name", True)
        # observer states (the Holy See, Palestine) speak in a race like members: they can be actors
        for m in (*story.members, *story.observers):
            for name in (m.name, *m.aliases):
                add(exact, name, STATE, m.name, "name")
                if name.startswith("the "):
                    add(exact, "The " + name[4:], STATE, m.name, "name")
            for name in m.demonyms:
                add(exact, name, STATE, m.name, "demonym")
                if name.endswith("an"):     # "the Americans", "the Germans": the state's people, as its government
                    add(exact, name + "s", STATE, m.name, "demonym-plural")
                add(exact, name + "man", STATE, m.name, "demonym-person")
                add(exact, name + "woman", STATE, m.name, "demonym-person")
                if name.endswith("s") and not name.endswith("ss") and name[:-1] not in m.demonyms:
                    add(exact, name[:-1], STATE, m.name, "demonym-person")   # "Poles": "the Pole" is one person
            for name in m.capitals:
                add(exact, name, STATE, m.name, "capital")
            for p in m.people:
                for name in (p.name, *p.aliases):
                    add(exact, name, STATE, m.name, "person", True, p.role.lower())
        # a person by their office's title and surname ("President Chaves"), also where the story leaves out the
        # bare surname as a common word or name: the title says which bearer of it is meant
        titles = set(lex.words("title_words"))
        for m in (*story.members, *story.observers):
            for p in m.people:
                role, parts = p.role.lower(), p.name.split()
                if role in titles and len(parts) > 1:
                    add(exact, f"{role.title()} {parts[-1]}", STATE, m.name, "person", True, role)
        org = story.organisation
        for name in (org.name, *org.aliases, org.deciding_body, *org.deciding_body_aliases):
            if not name:
                continue
            kind = MEMBERS if _PLURAL_MEMBER_WORDS.search(name) else ORG
            add(exact, name, kind, org.name, "name")
            if name[:1].islower():
                add(exact, name[0].upper() + name[1:], kind, org.name, "name")
        forms = lex.mapping("takes_office", "succession_forms")
        post_verbs = set(lex.words("post_verbs"))
        for name in (story.post.name, *story.post.aliases):
            add(loose, name.lower(), POST, story.post.name, "name")
            verb, _, rest = name.partition(" ")
            if rest and verb.lower() in post_verbs:     # "leading NATO", "running the UN"
                add(loose, f"{verb_forms(verb.lower())[-1]} {rest}".lower(), POST, story.post.name, "name")
            for form in forms.get(verb.lower(), []) if rest else []:
                # "succeed Stoltenberg" -> "succeeded Stoltenberg": the candidate took the post
                add(loose, f"{form} {rest}".lower(), POST, story.post.name, "succession")
        # "succeed (Mr) Stoltenberg" from the incumbent's names, whatever aliases the story lists
        for holder in story.incumbent:
            for title in ("", *(h + " " for h in lex.words("honorifics"))):
                for verb, past in forms.items():
                    add(loose, f"{verb} {title}{holder}".lower(), POST, story.post.name, "name")
                    for form in past:
                        add(loose, f"{form} {title}{holder}".lower(), POST, story.post.name, "succession")
        for name in lex.words("post_references"):
            add(loose, name.lower(), POST, story.post.name, "reference")
        for name in (*story.other_races, *lex.words("other_term_phrases")):
            add(loose, name.lower(), OTHER_RACE, name, "name")
        # the holder's own term is the post's, no other race: "Guterres's second term ends on December 31"
        self.term_phrases = frozenset(w.lower() for w in lex.words("other_term_phrases"))
        self.holder_before = compiled_pattern(
            r"(?<![\w])" + phrase_pattern([fold(h) for h in story.incumbent]) + r"(?:['’]s?|\s*,?\s+whose)\s+(?:[\w-]+\s+)?$",
            re.I) if story.incumbent else None
        # an alias ending in the holder's name ("succeeding Antonio Guterres"): "of Portugal" after it is where the
        # holder is from, no other body's post
        self.holder_ending = compiled_pattern(
            r"(?<![\w])" + phrase_pattern([fold(h) for h in story.incumbent]) + r"$", re.I) if story.incumbent else None

        self.exact, self.loose = exact, loose
        # names are case-sensitive ("US" is not "us"), posts and races are not; the two name patterns are
        # compiled here, not kept (extract/compiled.py): they change with the candidates an article adds
        self.exact_names = re.compile(word_trie_pattern(exact))
        self._own_keys = frozenset(exact)       # the names exact_names matches
        self.extended_from: Gazetteer | None = None        # the gazetteer _extended copied
        self._added_keys: frozenset[str] = frozenset()     # names of candidates added by _extended
        self._exact_added: re.Pattern | None = None         # the pattern of those exact_names lacks
        self.loose_names = re.compile(r"(?<![\w])" + trie_pattern(loose) + r"(?![\w])", re.I)
        # "Hungary's nationalist prime minister": one descriptive word may come before the office
        self.government_nouns = compiled_pattern(r"\s*(?:" + _DESCRIPTIVE_WORD + r")?(?:" + phrase_pattern(lex.words("government_nouns"))
                                           + r")(?![\w])", re.I)
        # "Turkish resistance", "Hungary's backing", "Argentina's nominee": the state acts, the noun is the trigger
        self.stance_nouns = compiled_pattern(r"\s*[\"“‘']?(?:" + phrase_pattern(lex.words("stance_adjectives")) + r"\s+){0,2}(?:"
                                       + phrase_pattern(lex.words("endorsement", "nouns") + lex.words("opposition", "refusal_nouns")
                                                      + lex.words("candidacy", "nomination_nouns") + ["nominee"]
                                                      + lex.words("endorsement", "decision_nouns"))
                                       + r"(?![\w])|"
                                       + lex.opposition_nouns() + ")", re.I)
        # "the Uruguayan candidacy", "the Dutch bid": the bid of that state's candidate
        self.bid_nouns = compiled_pattern(r"\s+" + bounded(lex.words("bid_object_nouns") + lex.words("candidacy", "bid_nouns")), re.I)
        # "the Dutch caretaker prime minister": one descriptive word may come before the office, as above
        self.camp_after = compiled_pattern(r"\s*(?:[\w-]+\s+)?(?:" + phrase_pattern(lex.words("camp_words")) + r")\s+(?:[\w-]+\s+)?(?:"
                                           + phrase_pattern(lex.words("camp_nouns")) + r")(?![\w])", re.I)
        # a state's name inside a body's name: "the Progressive Slovakia party", "the Communist Party of Turkey"
        heads = bounded(lex.words("body_name_heads"))
        self.body_name_after = compiled_pattern(r"\s+(?:(?-i:[A-Z])[\w'’-]*\s+){0,2}" + heads + r"(?![\w-])", re.I)
        self.body_name_before = compiled_pattern(r"(?<![\w-])(?=(?-i:[A-Z]))" + heads + r"\s+of\s+(?:the\s+)?$", re.I)
        self.person_nouns = compiled_pattern(r"\s*(?:" + _DESCRIPTIVE_WORD + r")??(?:" + phrase_pattern(lex.words("person_nouns"))
                                       + r")(?![\w])", re.I)
        # "Secretary General of the Organization for Security and Co-operation in Europe": the bare
        # title of another body; "of NATO" or "of the North Atlantic Council" stays the post
        own = [n for n in (org.name, *org.aliases, org.deciding_body, *org.deciding_body_aliases) if n]
        self.other_body_after = compiled_pattern(
            r"\s+(?:of|at)\s+(?:the\s+)?(?!(?:" + phrase_pattern(own) + r")(?![\w])(?!\s+[A-Z]))[A-Z][\w'’-]*")
        # "lead the alliance's budget committee", "head of NATO's mission": the body's name in the post's
        # alias owns another office
        self.org_ending = compiled_pattern(r"(?:" + phrase_pattern(own) + r")$", re.I)
        # "head the UN nuclear watchdog", "lead NATO forces": a verb's alias ending in the body's name, with a
        # noun after it, is another office ("succeed Stoltenberg later this year" is the post)
        self.verb_alias = compiled_pattern(r"(?:" + phrase_pattern(lex.words("post_verbs")) + r")\s", re.I)
        self.noun_after = compiled_pattern(r"\s+(?:(?-i:[a-z][\w-]*)\s+)?" + phrase_pattern(lex.words("other_office_nouns"))
                                     + r"(?![\w-])", re.I)
        # "the Vienna post", "the IAEA job", "the Dutch election": a post or vote named after another place or body
        # (read back from the noun: _POST_NOUN finds it, this pattern the words before it)
        self.other_post = compiled_pattern(
            r"(?<![\w'’])the\s+(?P<what>(?:(?!(?:" + phrase_pattern(own + list(story.post.aliases)) + r")(?![\w]))"
            r"(?-i:[A-Z])[\w'’.-]*\s+){1,3})$", re.I)
        self.title_gap = compiled_pattern(
            r"(?:\s|['’]s?|\bof\b|,(?=\s*$)|" + bounded(lex.words("title_words")) + r")*", re.I)
        self.title_word = compiled_pattern(bounded(lex.words("title_words")), re.I)
        self.quantifier_before = compiled_pattern(r"(?:" + bounded(lex.words("cues", "quantifiers")) + r")\s+(?:the\s+)?$", re.I)
        # "every member of the alliance", "nine of the 15 members of the Security Council": some of the
        # organisation's members, counted, are no actor
        counted = (r"\b(?:every|each|any|none|no|(?:" + bounded(lex.words("cues", "quantifiers")) + r")|\w+\s+of\s+the\s+\d+|"
                   r"\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)\s+")
        # (an adjective may come between: "two permanent members of the Security Council")
        self.counted_members_before = compiled_pattern(
            counted + r"(?:(?:[\w-]+\s+)?(?:member|members|countries|states|capitals|governments|allies|nations|partners)\s+"
            # (not a figure and "the": "on October 20 the Assembly", "in 2016 the Council" are a date before the body)
            r"(?:of|in|within|across)\s+(?:the\s+)?|(?!(?<=\d\s)the\s)(?-i:[a-z])[\w-]*\s+)?$", re.I)
        # "all allies except Hungary (and Turkey)": the states excepted do not act
        # ("but" after a whole, and a place of it: "everyone in the alliance but", "all the Latin American
        # governments but"; not "all allies back him but")
        universal = (r"(?<![\w'])(?:" + phrase_pattern(lex.words("cues", "universal_pronouns")) + "|(?:"
                     + phrase_pattern(lex.words("cues", "universal_quantifiers")) + r")\s+(?:the\s+)?(?:other\s+)?"
                     r"(?:[\w-]+\s+){0,2}?(?:" + phrase_pattern(lex.words("cues", "group_nouns")) + r"))"
                     r"(?:\s+(?:in|of|on|at|across|within|around)\s+(?:the\s+)?[\w-]+(?:\s+(?-i:[A-Z])[\w-]*){0,2}){0,2}"
                     r"\s+but(?![\w])")
        self.exception_cue = compiled_pattern("(?i:" + bounded(lex.words("cues", "exceptions")) + "|" + universal + ")")
        self.sole_exception = compiled_pattern(
            r"(?<![\w'])(?:" + phrase_pattern(lex.words("cues", "negative_pronouns")) + "|(?:"
            + phrase_pattern(lex.words("cues", "negative_quantifiers")) + r")\s+(?:other\s+)?(?:[\w-]+\s+){0,2}?(?:"
            + phrase_pattern(lex.words("cues", "group_nouns")) + r"))(?:\s+(?:in|of)\s+(?:the\s+)?[\w-]+){0,2}\s*,?\s*$", re.I)
        # ... or after it, the exception fronted: "Apart from Slovakia, (which backed him until May,) no ally
        # expressed support for him"
        # (a state named with an intensifier: "Apart from the Netherlands itself, no government ...")
        self.sole_after = compiled_pattern(
            _SOLE_LIST + r"(?:\s*,\s*(?:which|that|who)\b[^,;:]{1,120})?\s*,\s*(?:" + phrase_pattern(lex.words("cues", "negative_pronouns"))
            + "|(?:" + phrase_pattern(lex.words("cues", "negative_quantifiers")) + r")\s+(?:other\s+)?(?:[\w-]+\s+){0,2}?(?:"
            + phrase_pattern(lex.words("cues", "group_nouns")) + r"))(?![\w-])", re.I)
        self.clause_opening = compiled_pattern(r"(?:^|[,;:(]|\bbut\b)\W*$", re.I)
        # an exception opening the sentence, right before the first state it leaves out
        self.fronted_exception = compiled_pattern(r"\W*(?:" + phrase_pattern(lex.words("cues", "exceptions"))
                                                  + r")\s+((?:the\s+)?)(?=[A-Z])", re.I)
        # (the words of the longest cue: a universal's whole, six, its places, ten, and "but")
        self.exception_words = max([len(w.split()) for w in lex.words("cues", "exceptions")] + [17]) + 1
        self.exception_before = compiled_pattern(
            self.exception_cue.pattern + r"\s+(?:(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w-]*)*\s*(?:,|\band\b|\bor\b)\s*)*"
            r"(?:the\s+)?$")
        # "all allies, Hungary (and Slovakia) excepted, back him": the cue after the states left out
        self.exception_after = compiled_pattern(
            r"(?:\s*(?:,|\band\b|\bor\b)\s*(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w-]*)*)*\s+(?i:"
            + bounded(lex.words("cues", "exceptions_after")) + r")\s*(?=[,;:)\u2013\u2014-]|$)")
        # "the government in Budapest", "officials in Washington": the state acting
        self.government_in = compiled_pattern(r"(?:\b(?:the|its|their)\s+)?(?:" + phrase_pattern(lex.words("seat_nouns"))
                                        + r")\s+in\s+$", re.I)
        # "chief of the military alliance", "the new head of NATO": the post
        self.post_head_before = compiled_pattern(r"(?:\b(?:the|its|their|new|next|incoming|future)\s+)*(?:"
                                           + phrase_pattern(lex.words("post_head_nouns")) + r")\s+of\s+$", re.I)
        self.location_before = compiled_pattern(
            r"(?:\b(?:in|at|near|into|to|outside|around|across|visit\s+to|trip\s+to|talks\s+in|summit\s+in)\s+)$", re.I)
        self.states_with_candidates = _states_with_candidates(story)
        self.roles_by_state = {m.name: {p.role.lower() for p in m.people} for m in (*story.members, *story.observers)}
        # "Latin America", "New Mexico": a word before the name that makes it another place (data: not_after)
        self.other_place = {m.name: compiled_pattern(r"(?<![\w-])(?:" + "|".join(map(re.escape, m.not_after)) + r")[\s-]+$")
                            for m in (*story.members, *story.observers) if m.not_after}

    # ------------------------------------------------------------------ raw names
    def lookup(self, text: str):
        """(kind, value, form, person, role) of a name as written, or None."""
        text = " ".join(text.split())
        return self.exact.get(text) or self.loose.get(text.lower())

    def mentions(self, text: str) -> list[Mention]:
        """All mentions in one sentence (folded text), left to right, appositions merged."""
        return self.mentions_until(text)[0]

    def mentions_until(self, text: str, stop: Callable[[], bool] | None = None) -> tuple[list[Mention], int]:
        """`mentions(text)`, and how much of the text they are of: all of it, or, when `stop()` says
        so before a name is read (the time budget; asked per name), up to that name."""
        raw: list[Mention] = []
        for m in self.find_names(text):
            hit = self.lookup(m.group())
            if hit is None:
                continue
            kind, value, form, person, role = hit
            if kind == OTHER_RACE and self.holder_before and value.lower() in self.term_phrases and \
                    self.holder_before.search(text, max(0, m.start() - 60), m.start()):
                continue
            if kind == STATE and value in self.other_place and form != "person" and \
                    self.other_place[value].search(text, max(0, m.start() - 40), m.start()):
                continue
            raw.append(Mention(m.start(), m.end(), kind, value, form, True, person, role))
        if not raw:     # most sentences of a long text name no one: nothing to classify or merge
            return raw, len(text)
        words = WordsBefore(text)
        cut = len(text)
        if stop is None:
            classified = [self._classify(text, m, words) for m in raw]
        else:
            classified = []
            for m in raw:
                if stop():
                    cut = m.start
                    break
                classified.append(self._classify(text, m, words))
        found = self._absorb_titles(text, classified, words)
        if cut < len(text):     # (a name read may have taken in words up to the cut)
            found = [m for m in found if m.end <= cut]
        other = []
        for noun in _POST_NOUN.finditer(text, 0, cut) if _may_name_post(text) else ():
            o = self.other_post.search(text, max(0, noun.start() - 60), noun.start())
            if o and not any(m.start < noun.end() and o.start() < m.end for m in found):
                other.append(Mention(o.start(), noun.end(), OTHER_RACE, text[o.start():noun.end()], "name", False))
        return (sorted(found + other, key=lambda m: m.start) if other else found), cut

    def sole_fronted(self, text: str, mentions: list[Mention]) -> tuple[tuple[int, int, int], ...]:
        """The states of an exception fronted before a negative whole, which are then the only ones acting
        ("Apart from Poland (and Spain), no ally has backed Rutte": Poland has): (where the states start,
        where their list ends, where the whole ends), read as "Poland (and Spain) has backed Rutte"."""
        cue = self.fronted_exception.match(text)
        first = next((m for m in mentions if m.kind == STATE), None) if cue else None
        if first is None or not cue.start(1) <= first.start <= cue.end() or not first.actor:
            return ()
        whole = self.sole_after.match(text, first.end)
        listed = _SOLE_LIST_RX.match(text, first.end).end()
        if whole is None or _RELATIVE_OPENING.match(text, listed):
            return ()   # ("Apart from Slovakia, which has yet to decide, no ally ...": its own clause tells its stance)
        return ((first.start, listed, whole.end()),)

    def find_names(self, text: str) -> list[re.Match]:
        """Matches of both name patterns, longest first where they overlap."""
        exact = list(self._exact_matches(text))
        loose = list(self.loose_names.finditer(text))
        # one pattern's matches never overlap one another: with the other's absent, they are all kept
        # (the merge below costs more than the scans on a sentence)
        if not loose:
            return exact
        return list(self._merged(iter(exact), iter(loose)))

    def iter_names(self, text: str) -> Iterator[re.Match]:
        """find_names, read as far as the caller asks: each match is given once no later one can
        displace it, so a caller looking for one name in a text of megabytes reads to it only."""
        return self._merged(self._exact_matches(text), self.loose_names.finditer(text))

    def _exact_matches(self, text: str) -> Iterator[re.Match]:
        """The names pattern's matches; with candidates added to a shared build, those of the one
        pattern of every name (see `_extended`)."""
        added = None if self._exact_added is None else self._exact_added.search(text)
        if added is None:       # no added name in the text (most sentences): the big pattern's matches
            return self.exact_names.finditer(text)
        return _leftmost_longest(text, self.exact_names, self._exact_added, added)

    @staticmethod
    def _merged(exact: Iterator[re.Match], loose: Iterator[re.Match]) -> Iterator[re.Match]:
        # each pattern's matches come in order and never overlap: merged, they come as sorted by start
        # (then longest, then exact before loose on a tie)
        found = heapq.merge(exact, loose, key=lambda m: (m.start(), -m.end()))
        kept = None
        for m in found:
            if kept is not None and m.start() < kept.end():
                if m.end() - m.start() > kept.end() - kept.start():
                    kept = m
                continue
            if kept is not None:
                yield kept
            kept = m
        if kept is not None:
            yield kept

    def _classify(self, text: str, m: Mention, words: "WordsBefore") -> Mention:
        """Decide whether a state or organisation mention can be an actor."""
        # patterns match at the mention's end and search the words just before its start,
        # on `text` itself: slicing it at every mention would cost the sentence's length each time
        after = m.end
        if m.kind == POST and m.form != "reference" and (self.other_body_after.match(text, after) and not (
                self.holder_ending and self.holder_ending.search(text, m.start, m.end)) or (
                _POSSESSIVE.match(text, after) and self.org_ending.search(text, m.start, m.end)) or (
                self.verb_alias.match(text, m.start) and self.org_ending.search(text, m.start, m.end)
                and self.noun_after.match(text, after))):
            return replace(m, kind=OTHER_RACE, value=text[m.start:m.end], actor=False)
        if m.kind not in (STATE, ORG, MEMBERS):     # a candidate, the post, another race: as found
            return m
        possessive = _POSSESSIVE.match(text, after)
        rest = possessive.end() if possessive else after
        # an exception's list may be long: it is searched from the sentence's first exception word on,
        # or from the last place before the name that no list can hold (see WordsBefore.list_start)
        cue = words.first(self.exception_cue)
        start = words.list_start(cue, m.start, self.exception_words) if cue < m.start else cue
        if cue < m.start and self.exception_before.search(text, start, m.start) \
                and not self.sole_exception.search(text, max(0, cue - 60), cue) \
                and not (self.clause_opening.search(text, max(0, cue - 12), cue) and self.sole_after.match(text, m.end)) \
                or _NEITHER_NOR.search(text, max(0, m.start - 12), m.start) or self.exception_after.match(text, m.end):
            return replace(m, actor=False, form="excepted")
        if m.kind == STATE and _OF_THE_BEFORE.search(text, max(0, m.start - 8), m.start):
            counted = self.counted_members_before.search(text, max(0, m.start - 60), m.start)
            if counted and counted.group().rstrip().lower().endswith(("of", "the")):
                return replace(m, actor=False, form="aggregate")    # "every member of the African Union": not the body
        if m.kind == STATE and m.form in ("name", "capital") and (
                self.body_name_after.match(text, after) or words.search(self.body_name_before, m.start)):
            return replace(m, actor=False, form="modifier")     # "the Communist Party of Turkey": a body's name
        if m.kind == ORG:
            head = words.search(self.post_head_before, m.start)
            if head:
                return replace(m, kind=POST, value=self.story.post.name, start=head.start(), form="name")
            job = _ORG_JOB.match(text, after)
            if job:     # "the NATO post", "the alliance's top job"
                return replace(m, kind=POST, value=self.story.post.name, end=job.end(), form="name")
        if m.kind in (ORG, MEMBERS):
            counted = self.counted_members_before.search(text, max(0, m.start - 60), m.start)
            said = text[m.start:m.end].lower()
            if counted and (counted.group().rstrip().lower().endswith(("of", "the", "in", "within", "across"))
                            or said.startswith("member") or said.endswith(("member", "members"))):
                return replace(m, actor=False, form="aggregate")
            quantifier = words.search(self.quantifier_before, m.start)
            if quantifier and not (m.kind == ORG and _LEADING_VERB.match(quantifier.group())
                                   and not _GROUP_NOUN_AFTER.match(text, after)):
                return replace(m, actor=False, form="aggregate")
            body = _MEMBERS_AFTER_POSSESSIVE.match(text, rest) if possessive else None
            if body:    # "the alliance's 32 members", "NATO's ambassadors": the members acting together
                return replace(m, kind=MEMBERS, end=body.end(), form="members")
            # the nouns after the name are matched only where they decide (most names are followed by none)
            if possessive and not (self.government_nouns.match(text, rest) or self.stance_nouns.match(text, rest)):
                return replace(m, actor=False, form="possessive")
            members = _MEMBERS_AFTER.match(text, after)
            if m.kind == ORG and members:
                return replace(m, kind=MEMBERS, end=members.end(), form="members")
            return m
        if text.startswith("-", after) and not _DASH_SPACE.match(text, after):      # "US-led"
            return replace(m, actor=False, form="modifier")
        if m.form == "demonym" and not possessive and self._shares_head(text, after):
            return m    # "the Czech and Slovak prime ministers": each state's own, as "Slovak prime ministers"
        if m.form == "demonym-person":
            return replace(m, form="descriptor", actor=False)
        if m.form == "demonym" and not _MASS_DEMONYM.search(text, m.start, m.end) and words.search(
                _THE_BEFORE, m.start) and _NOUN_USE_AFTER.match(text, after):
            return replace(m, form="descriptor", actor=False)   # "the Bulgarian said": one person, as "the Dutchman"
        if m.form == "demonym-plural" or (m.form == "demonym" and words.search(_THE_BEFORE, m.start)
                                          and _NOUN_USE_AFTER.match(text, after)):
            if words.search(self.quantifier_before, m.start):
                return replace(m, actor=False, form="aggregate")    # "most Americans": people, not the state
            return replace(m, form="demonym-plural")    # "the French and the Germans declared for him"
        if (m.form == "demonym" or possessive) and self.camp_after.match(text, rest):
            return replace(m, actor=False, form="modifier")     # "Colombian opposition senator X": not Colombia
        if m.form == "demonym" or possessive:
            role = self.person_nouns.match(text, rest)
            if role is None and possessive and m.value in self.states_with_candidates:
                # "Uruguay's former foreign minister": not the sitting one, maybe the state's candidate
                former = _FORMER_AFTER.match(text, rest)
                role = former and self.person_nouns.match(text, former.end())
            government = self.government_nouns.match(text, rest)
            if role and m.form != "person" and m.value in self.states_with_candidates:
                # "the Romanian president": the candidate or the state, decided with the article
                end = max(role.end(), government.end() if government else 0)
                return replace(m, end=end, form="role")
            if government and m.form == "demonym":
                if words.search(FORMER_BEFORE, m.start):
                    return replace(m, end=government.end(), actor=False, form="descriptor")   # no longer speaks for it
                return replace(m, end=government.end())
            if government or self.stance_nouns.match(text, rest):
                return replace(m, form="possessive" if possessive else m.form)
            # ("the Chilean bid", and the person's "the Chilean's bid")
            if role and m.form == "demonym" or m.form == "demonym" and m.value in self.states_with_candidates \
                    and (self.bid_nouns.match(text, after) or possessive and self.bid_nouns.match(text, rest)
                         and words.search(_THE_BEFORE, m.start)):
                return replace(m, form="descriptor", actor=False)
            # "The American Conservative", "NATO's eastern flank", "Hungarian personnel"
            return replace(m, actor=False, form="modifier")
        if m.form == "person" and not possessive and (body := _LED_BODY_AFTER.match(text, after)):
            return replace(m, end=body.end())   # the state, its name ending after the body (lists go on after it)
        if m.form == "name" and self.government_nouns.match(text, after) and words.search(FORMER_BEFORE, m.start):
            return replace(m, actor=False, form="descriptor")   # "former US ambassador X": no longer speaks for it
        if m.form in ("capital", "name"):
            government = words.search(self.government_in, m.start)
            if government:
                return replace(m, start=government.start(), form="capital" if m.form == "capital" else "possessive")
        if m.form == "capital":
            if words.search(self.location_before, m.start) or (words.first_word >= m.start
                                                                and _DATELINE_AFTER.match(text, after)):
                return replace(m, actor=False, form="location")
        if words.search(self.quantifier_before, m.start):
            return replace(m, actor=False, form="aggregate")
        return m

    def person_by_demonym(self, text: str, start: int, end: int, form: str) -> bool:
        """The demonym text[start:end] names one person: "Dutchman", "the Romanian said", "the Dutch prime
        minister" (not "the Dutch", the people, nor "Romanian troops")."""
        if form == "demonym-person":
            return True
        return form == "demonym" and (self.person_nouns.match(text, end) is not None or (
            _THE_BEFORE.search(text, max(0, start - 4), start) is not None and not _MASS_DEMONYM.search(text, start, end)
            and _NOUN_USE_AFTER.match(text, end) is not None))

    def _shares_head(self, text: str, after: int) -> bool:
        """A demonym ending at `after` is coordinated with others before one plural office or body
        ("Czech and Slovak prime ministers", "the French, German and Italian governments")."""
        shared = _SHARED_HEAD.match(text, after)
        head = shared and self.government_nouns.match(text, shared.end())
        return bool(head) and head.group().endswith("s")

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


def _may_name_post(text: str) -> bool:
    """Whether `text` may hold a post noun: most sentences hold none of the words, and looking for
    them costs a fifth of scanning the pattern. (IGNORECASE matches a few letters beyond ASCII to
    theirs, so a text that is not all ASCII is scanned.)"""
    if not text.isascii():
        return True
    low = text.lower()
    return any(word in low for word in _POST_NOUNS)


def _states_with_candidates(story: Story) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for c in story.candidates:
        if c.state:
            out[c.state] = out.get(c.state, ()) + (c.name,)
    return out


def _leftmost_longest(text: str, first: re.Pattern, second: re.Pattern,
                      second_first: re.Match | None = None) -> Iterator[re.Match]:
    """The matches of two name patterns (a trie of names between word boundaries each), as one
    pattern of all their names would give them: from where the last ended, the leftmost match, and
    of two starting there the longer. (`second_first`: second.search(text), when the caller has it.)"""
    a, b = first.search(text), second_first or second.search(text)
    while a is not None or b is not None:
        m = a if b is None or (a is not None and (a.start(), -a.end()) <= (b.start(), -b.end())) else b
        yield m
        end = m.end()
        if a is not None and a.start() < end:
            a = first.search(text, end)
        if b is not None and b.start() < end:
            b = second.search(text, end)


# a lower-case word that a list of names after an exception word cannot hold (see WordsBefore.list_start)
_LIST_BREAK = re.compile(r"(?<=[\s,])(?!(?:the|and|or)\b)[a-z]")


class WordsBefore:
    """A sentence and its reverse, to search the words just before a position without reading
    (or copying) the whole sentence before it: the cost of a mention is its neighbourhood's."""

    _reach: dict[tuple[int, bool], re.Pattern] = {}

    def __init__(self, text: str):
        self.text = text
        self.first_word = len(text) - len(text.lstrip())      # where the first non-space character is
        self._first: dict[re.Pattern, int] = {}

    @cached_property
    def backwards(self) -> str:
        """The sentence reversed, made when first searched (a sentence naming only candidates never is)."""
        return self.text[::-1]

    def search(self, pattern: re.Pattern, end: int, whole: bool = False) -> re.Match | None:
        """`pattern.search(text[:end])` for a pattern ending in $ that spans a few words (or a chain
        of words repeated: "the new next head of"): searched over the last words before `end`,
        over twice as many while the match found starts where those words do (it may go on before).
        A word is read up to 64 characters back, or whole with `whole` (a pattern whose first
        word may be longer)."""
        count = 8
        while True:
            at = len(self.text) - end
            start = end - (self._words(count, whole).match(self.backwards, at).end() - at)
            found = pattern.search(self.text, start, end)
            if found is None or found.start() > start or start == 0:
                return found
            count *= 2

    def first(self, pattern: re.Pattern) -> int:
        """Where `pattern` first matches in the sentence (its length + 1 if nowhere), found once."""
        if pattern not in self._first:
            found = pattern.search(self.text)
            self._first[pattern] = found.start() if found else len(self.text) + 1
        return self._first[pattern]

    @cached_property
    def _list_breaks(self) -> list[int]:
        return [b.start() for b in _LIST_BREAK.finditer(self.text)]

    def list_start(self, cue: int, end: int, words: int) -> int:
        """Where a list of names after an exception word ("except Hungary, Slovakia and ") that ends
        at `end` can start, `cue` (the first exception word) or later. Such a list holds capitalised
        words, commas, "and", "or" and "the" only: past the last lower-case word before `end`, its
        exception word ends there at the earliest, and so starts at most `words` words before it
        (searched from `cue` for each name, a sentence of megabytes cost its length per name)."""
        breaks = self._list_breaks
        i = bisect_left(breaks, end) - 1
        if i < 0 or breaks[i] <= cue:
            return cue
        at = len(self.text) - breaks[i]
        start = breaks[i] - (self._words(words, True).match(self.backwards, at).end() - at)
        return max(cue, start)

    @classmethod
    def _words(cls, count: int, whole: bool) -> re.Pattern:
        key = (count, whole)
        if key not in cls._reach:
            cls._reach[key] = re.compile(r"(?:\s*\S" + ("+" if whole else "{1,64}") + "){0,%d}" % count)
        return cls._reach[key]
