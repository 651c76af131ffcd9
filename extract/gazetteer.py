"""Entity mentions in one sentence: candidates, member states, NATO, the post.

Names are matched case-sensitively on folded text (diacritics stripped), so
"Szijjarto" and "Szijjártó" are one person and the pronoun "us" is not the
"US". A state can be named by its name, alias, capital, a person speaking for
it ("Orban"), a demonym with a government noun ("the Hungarian foreign
minister") or a possessive with one ("Hungary's foreign minister"). A state
name that only modifies something else ("NATO's eastern flank", "US-led",
"The American Conservative", "talks in Budapest") is kept with actor=False
(mention_forms.py decides how each name found is used; mentions.py holds the `Mention`).
"""
from __future__ import annotations

import copy
import heapq
import re
from collections.abc import Callable, Iterator
from dataclasses import replace

from natowatch.extract.compiled import built, pattern as compiled_pattern
from natowatch.extract.lexicon import Lexicon, built_once, phrase_pattern, trie_pattern, verb_forms, word_trie_pattern
from natowatch.extract.mention_forms import MentionForms
from natowatch.extract.middle_names import first_names as middle_first_names, widened
from natowatch.extract.mentions import CANDIDATE, MEMBERS, ORG, OTHER_RACE, POST, STATE, Mention, WordsBefore
from natowatch.extract.message_post import message_post_patterns, names_message
from natowatch.extract.story import Story
from natowatch.extract.text import fold

# what other_post ends with: most sentences have none, and need no scan for it
_POST_NOUNS = ("post", "job", "role", "position", "seat", "race", "contest", "election")
_POST_NOUN = built(r"(?<![\w-])(?:" + "|".join(_POST_NOUNS) + r")(?![\w-])", re.I)
_PLURAL_MEMBER_WORDS = re.compile(
    r"(?:members?|member[- ]states?|member[- ]countries|countries|nations|states|allies|governments|capitals|leaders)$",
    re.I)


class Gazetteer(MentionForms):
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
        built.middle_names = middle_first_names(story.candidates)
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
            # (the organisation's own name is itself, whatever word ends it: "the United Nations" are no members)
            own = name.lower().removeprefix("the ") == org.name.lower()
            kind = MEMBERS if _PLURAL_MEMBER_WORDS.search(name) and not own else ORG
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
        # "What the post says: ...", "The post claims ...": a message, not the job (extract/message_post.py)
        self.message_post = message_post_patterns(lex)
        for name in (*story.other_races, *lex.words("other_term_phrases")):
            add(loose, name.lower(), OTHER_RACE, name, "name")
        # the holder's own term is the post's, no other race: "Guterres's second term ends on December 31", "Guterres of
        # Portugal, whose second term ends" (an origin between the name and "whose")
        self.term_phrases = frozenset(w.lower() for w in lex.words("other_term_phrases"))
        # "Italy took the same position", "adopted a similar position": a stance taken again, no post (the verbs of
        # the lexicon's sameness nouns, frames/ellipsis.py)
        self.stance_taken_before = compiled_pattern(
            r"(?<![\w-])" + lex.alt("ellipsis", "same_noun_verbs") + r"\s+(?:(?:\w+ly|also|now|then)\s+)?$", re.I)
        self.holder_before = compiled_pattern(
            r"(?<![\w])" + phrase_pattern([fold(h) for h in story.incumbent])
            + r"(?:['’]s?|(?:\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s*,?\s+whose)\s+(?:[\w-]+\s+)?$",
            re.I) if story.incumbent else None
        # the same term named before its holder: "when the second mandate of the Portuguese Antonio Guterres ends"
        self.holder_after = compiled_pattern(
            r"^\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?" + phrase_pattern([fold(h) for h in story.incumbent])
            + r"(?![\w])", re.I) if story.incumbent else None

        self.exact, self.loose = exact, loose
        self.middle_names = middle_first_names(story.candidates)
        self.not_middle_words = frozenset(w.lower() for phrase in (
            lex.words("title_words") + lex.words("government_nouns") + lex.words("person_nouns")) for w in phrase.split())
        # names are case-sensitive ("US" is not "us"), posts and races are not; the two name patterns are
        # compiled here, not kept (extract/compiled.py): they change with the candidates an article adds
        self.exact_names = re.compile(word_trie_pattern(exact))
        self._own_keys = frozenset(exact)       # the names exact_names matches
        self.extended_from: Gazetteer | None = None        # the gazetteer _extended copied
        self._added_keys: frozenset[str] = frozenset()     # names of candidates added by _extended
        self._exact_added: re.Pattern | None = None         # the pattern of those exact_names lacks
        # (tuned, extract/tuned.py: re alone would try it at every character of every sentence)
        self.loose_names = built(r"(?<![\w])" + trie_pattern(loose) + r"(?![\w])", re.I)
        own = [n for n in (org.name, *org.aliases, org.deciding_body, *org.deciding_body_aliases) if n]
        self._form_patterns(lex, story, own)
        # "the Vienna post", "the IAEA job", "the Dutch election": a post or vote named after another place or body
        # (read back from the noun: _POST_NOUN finds it, this pattern the words before it)
        self.other_post = compiled_pattern(
            r"(?<![\w'’])the\s+(?P<what>(?:(?!(?:" + phrase_pattern(own + list(story.post.aliases)) + r")(?![\w]))"
            r"(?-i:[A-Z])[\w'’.-]*\s+){1,3})$", re.I)
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
                    (self.holder_before.search(text, max(0, m.start() - 60), m.start())
                     or self.holder_after.match(text[m.end():m.end() + 80])):
                continue
            if kind == POST and form == "reference" and m.group().lower().startswith("the same") and \
                    self.stance_taken_before.search(text, max(0, m.start() - 40), m.start()):
                continue
            if kind == POST and form == "reference" and names_message(text, m.start(), m.end(), *self.message_post):
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
        if self.middle_names:   # "Mia Amor Mottley" for a listed "Mia Mottley" (extract/middle_names.py)
            found = widened(text, found, self.middle_names, self.not_middle_words)
        if cut < len(text):     # (a name read may have taken in words up to the cut)
            found = [m for m in found if m.end <= cut]
        other = []
        for noun in _POST_NOUN.finditer(text, 0, cut) if _may_name_post(text) else ():
            o = self.other_post.search(text, max(0, noun.start() - 60), noun.start())
            if o and not any(m.start < noun.end() and o.start() < m.end for m in found):
                other.append(Mention(o.start(), noun.end(), OTHER_RACE, text[o.start():noun.end()], "name", False))
        return (sorted(found + other, key=lambda m: m.start) if other else found), cut

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
