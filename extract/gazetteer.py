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

import re
from dataclasses import dataclass, replace

from extract.lexicon import Lexicon, bounded, built_once, phrase_pattern, trie_pattern
from extract.story import Story
from extract.text import fold

# kinds
CANDIDATE, STATE, ORG, MEMBERS, POST, OTHER_RACE = "C", "S", "O", "M", "P", "X"

# a demonym used as a noun: "the French", followed by a list, a verb or the clause's end
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_NOUN_USE_AFTER = re.compile(r"\s*(?:[,.;:)]|$|(?:and|or|have|has|had|are|were|all|also|both|too|then|who|which|"
                             r"declared|backed|back|backs|support|supported|supports|agreed|said|say|says)\b)", re.I)
# "leading NATO members" is an aggregate; "said leading NATO would be an honour" is the verb
_LEADING_VERB = re.compile(r"leading\s", re.I)
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


_MEMBERS_AFTER_POSSESSIVE = re.compile(
    r"\s*(?:(?:\d+|thirty-\w+|all|fellow|other)\s+)*(?:members?|member[- ]states|member[- ]countries|allies|countries|"
    r"nations|ambassadors|envoys|leaders|governments)\b", re.I)
_ORG_JOB = re.compile(r"(?:['’]s)?\s+(?:(?:top|most\s+senior|highest|civilian|political|leading)\s+){0,2}"
                      r"(?:post|job|role|position)\b", re.I)


class Gazetteer:
    """Compiled name lookups of one story (built once, see `Gazetteer.of`)."""

    _cache: dict[int, tuple[Story, "Gazetteer"]] = {}

    @classmethod
    def of(cls, story: Story) -> "Gazetteer":
        return built_once(cls._cache, story, cls)

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
        for m in story.members:
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
            for name in m.capitals:
                add(exact, name, STATE, m.name, "capital")
            for p in m.people:
                for name in (p.name, *p.aliases):
                    add(exact, name, STATE, m.name, "person", True, p.role.lower())
        org = story.organisation
        for name in (org.name, *org.aliases, org.deciding_body, *org.deciding_body_aliases):
            if not name:
                continue
            kind = MEMBERS if _PLURAL_MEMBER_WORDS.search(name) else ORG
            add(exact, name, kind, org.name, "name")
            if name[:1].islower():
                add(exact, name[0].upper() + name[1:], kind, org.name, "name")
        forms = lex.mapping("takes_office", "succession_forms")
        for name in (story.post.name, *story.post.aliases):
            add(loose, name.lower(), POST, story.post.name, "name")
            verb, _, rest = name.partition(" ")
            for form in forms.get(verb.lower(), []) if rest else []:
                # "succeed Stoltenberg" -> "succeeded Stoltenberg": the candidate took the post
                add(loose, f"{form} {rest}".lower(), POST, story.post.name, "succession")
        for name in lex.words("post_references"):
            add(loose, name.lower(), POST, story.post.name, "reference")
        for name in story.other_races:
            add(loose, name.lower(), OTHER_RACE, name, "name")

        self.exact, self.loose = exact, loose
        # names are case-sensitive ("US" is not "us"), posts and races are not
        self.exact_names = re.compile(r"(?<![\w])" + trie_pattern(exact) + r"(?![\w])")
        self.loose_names = re.compile(r"(?<![\w])" + trie_pattern(loose) + r"(?![\w])", re.I)
        # "Hungary's nationalist prime minister": one descriptive word may come before the office
        self.government_nouns = re.compile(r"\s*(?:(?!(?:former|ex|late|next|future|then|opposition|shadow)\b)"
                                           r"[a-z][\w-]*\s+)?(?:" + phrase_pattern(lex.words("government_nouns"))
                                           + r")(?![\w])", re.I)
        # "Turkish resistance", "Hungary's backing": the state acts, the noun is the trigger
        self.stance_nouns = re.compile(r"\s*(?:" + phrase_pattern(lex.words("stance_adjectives")) + r"\s+){0,2}(?:"
                                       + phrase_pattern(lex.words("endorsement", "nouns")) + r"(?![\w])|"
                                       + lex.opposition_nouns() + ")", re.I)
        self.person_nouns = re.compile(r"\s*(?:" + phrase_pattern(lex.words("person_nouns")) + r")(?![\w])", re.I)
        self.title_gap = re.compile(
            r"(?:\s|['’]s?|\bof\b|,(?=\s*$)|" + bounded(lex.words("title_words")) + r")*", re.I)
        self.title_word = re.compile(bounded(lex.words("title_words")), re.I)
        self.quantifier_before = re.compile(r"(?:" + bounded(lex.words("cues", "quantifiers")) + r")\s+(?:the\s+)?$", re.I)
        # "all allies except Hungary (and Turkey)": the states excepted do not act
        self.exception_before = re.compile(
            bounded(lex.words("cues", "exceptions")) + r"\s+(?:(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w-]*)*\s*(?:,|\band\b|\bor\b)\s*)*"
            r"(?:the\s+)?$")
        # "the government in Budapest", "officials in Washington": the state acting
        self.government_in = re.compile(r"(?:\b(?:the|its|their)\s+)?(?:" + phrase_pattern(lex.words("seat_nouns"))
                                        + r")\s+in\s+$", re.I)
        # "chief of the military alliance", "the new head of NATO": the post
        self.post_head_before = re.compile(r"(?:\b(?:the|its|their|new|next|incoming|future)\s+)*(?:"
                                           + phrase_pattern(lex.words("post_head_nouns")) + r")\s+of\s+$", re.I)
        self.location_before = re.compile(
            r"(?:\b(?:in|at|near|into|to|outside|around|across|visit\s+to|trip\s+to|talks\s+in|summit\s+in)\s+)$", re.I)
        self.states_with_candidates: dict[str, tuple[str, ...]] = {}
        for c in story.candidates:
            if c.state:
                self.states_with_candidates.setdefault(c.state, ())
                self.states_with_candidates[c.state] += (c.name,)
        self.roles_by_state = {m.name: {p.role.lower() for p in m.people} for m in story.members}

    # ------------------------------------------------------------------ raw names
    def lookup(self, text: str):
        """(kind, value, form, person, role) of a name as written, or None."""
        text = " ".join(text.split())
        return self.exact.get(text) or self.loose.get(text.lower())

    def mentions(self, text: str) -> list[Mention]:
        """All mentions in one sentence (folded text), left to right, appositions merged."""
        raw: list[Mention] = []
        for m in self.find_names(text):
            hit = self.lookup(m.group())
            if hit is None:
                continue
            kind, value, form, person, role = hit
            raw.append(Mention(m.start(), m.end(), kind, value, form, True, person, role))
        return self._absorb_titles(text, [self._classify(text, m) for m in raw])

    def find_names(self, text: str) -> list[re.Match]:
        """Matches of both name patterns, longest first where they overlap."""
        found = sorted([*self.exact_names.finditer(text), *self.loose_names.finditer(text)],
                       key=lambda m: (m.start(), -m.end()))
        out: list[re.Match] = []
        for m in found:
            if out and m.start() < out[-1].end():
                if m.end() - m.start() > out[-1].end() - out[-1].start():
                    out[-1] = m
                continue
            out.append(m)
        return out

    def _classify(self, text: str, m: Mention) -> Mention:
        """Decide whether a state or organisation mention can be an actor."""
        after = text[m.end:]
        before = text[:m.start]
        possessive = re.match(r"['’]s?(?=\s)", after)
        rest = after[possessive.end():] if possessive else after
        government = self.government_nouns.match(rest)
        stance = self.stance_nouns.match(rest)
        if m.kind in (STATE, ORG, MEMBERS) and self.exception_before.search(before):
            return replace(m, actor=False, form="excepted")
        if m.kind == ORG:
            head = self.post_head_before.search(before)
            if head:
                return replace(m, kind=POST, value=self.story.post.name, start=head.start(), form="name")
            job = _ORG_JOB.match(after)
            if job:     # "the NATO post", "the alliance's top job"
                return replace(m, kind=POST, value=self.story.post.name, end=m.end + job.end(), form="name")
        if m.kind in (ORG, MEMBERS):
            quantifier = self.quantifier_before.search(before)
            if quantifier and not (m.kind == ORG and _LEADING_VERB.match(quantifier.group())
                                   and not _GROUP_NOUN_AFTER.match(after)):
                return replace(m, actor=False, form="aggregate")
            body = _MEMBERS_AFTER_POSSESSIVE.match(rest) if possessive else None
            if body:    # "the alliance's 32 members", "NATO's ambassadors": the members acting together
                return replace(m, kind=MEMBERS, end=m.end + possessive.end() + body.end(), form="members")
            if possessive and not (government or stance):
                return replace(m, actor=False, form="possessive")
            members = re.match(r"\s*(?:members?|member[- ]states?|countries|nations|states|allies)\b", after, re.I)
            if m.kind == ORG and members:
                return replace(m, kind=MEMBERS, end=m.end + members.end(), form="members")
            return m
        if m.kind != STATE:
            return m
        if after.startswith("-") and not re.match(r"-\s", after):      # "US-led"
            return replace(m, actor=False, form="modifier")
        if m.form == "demonym-person":
            return replace(m, form="descriptor", actor=False)
        if m.form == "demonym-plural" or (m.form == "demonym" and _THE_BEFORE.search(before)
                                          and _NOUN_USE_AFTER.match(after)):
            return replace(m, form="demonym-plural")    # "the French and the Germans declared for him"
        role = self.person_nouns.match(rest)
        if m.form == "demonym" or possessive:
            if role and m.form != "person" and m.value in self.states_with_candidates:
                # "the Romanian president": the candidate or the state, decided with the article
                end = max(role.end(), government.end() if government else 0)
                return replace(m, end=m.end + (len(after) - len(rest)) + end, form="role")
            if government and m.form == "demonym":
                return replace(m, end=m.end + government.end())
            if government or stance:
                return replace(m, form="possessive" if possessive else m.form)
            if role and m.form == "demonym":
                return replace(m, form="descriptor", actor=False)
            # "The American Conservative", "NATO's eastern flank", "Hungarian personnel"
            return replace(m, actor=False, form="modifier")
        if m.form in ("capital", "name"):
            government = self.government_in.search(before)
            if government:
                return replace(m, start=government.start(), form="capital" if m.form == "capital" else "possessive")
        if m.form == "capital":
            if self.location_before.search(before) or (not before.strip() and re.match(r",\s*\w+\s+\d", after)):
                return replace(m, actor=False, form="location")
        if self.quantifier_before.search(before):
            return replace(m, actor=False, form="aggregate")
        return m

    def _absorb_titles(self, text: str, found: list[Mention]) -> list[Mention]:
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
                before_prev = text[:prev.start]
                role_of = (prev.form == "name" and not gap.strip()
                           and re.search(r"\bof\s+(?:the\s+)?$", before_prev) is not None)
                if not (fits and (titled or role_of or "'" in gap or "’" in gap)):
                    break
                if m.kind == STATE and m.value != prev.value:
                    break
                out.pop()
                start = prev.start
                if role_of:
                    lead = re.search(r"(?:\b(?:the|a)\s+)?[A-Z][\w-]*(?:\s+(?:of|for|[A-Z][\w-]*)){0,5}\s+of\s+(?:the\s+)?$",
                                     before_prev)
                    if lead and self.government_nouns.search(lead.group()):
                        start = lead.start()
                m = replace(m, start=start, actor=True if m.kind == STATE else m.actor, role=m.role or prev.role)
            out.append(m)
        return out
