"""Descriptors of a candidate: a label before a name ("the former minister of foreign affairs Anton
Stavrev"), "the Dutch prime minister", "the Bulgarian", "Uruguay's former foreign minister", "the
former Chilean president and UN human rights chief" — whom they stand for, if anyone.

`Descriptors` is part of discourse.Resolver (its lexicon patterns built with the resolver's, its
candidates' parts read by Resolver._read_candidates).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Iterable

from natowatch.extract.compiled import pattern as compiled_pattern
from natowatch.extract.mention_forms import FORMER, FORMER_BEFORE
from natowatch.extract.mentions import CANDIDATE, ORG, OTHER_RACE, STATE, Mention
from natowatch.extract.lexicon import Lexicon, bounded

if TYPE_CHECKING:
    from natowatch.extract.discourse import Reading
    from natowatch.extract.salience import Salience

# a lower-case word that may modify a noun in a label ("former", "two-term", "finance"): no function word
_MODIFIER = r"(?!(?:of|for|to|by|with|from|in|on|at|and|or|the|an?|who|which|that|as)\b)(?-i:[a-z0-9][\w-]*)"
# "a", "an" and up to two words before a descriptor ("a former", "an experienced")
INDEFINITE_BEFORE = re.compile(r"(?<![\w'’])[Aa]n?\s+(?:[\w-]+\s+){0,2}$")
# a role the story gives a candidate that they no longer hold ("former president")
_FORMER_ROLE = re.compile(rf"{FORMER}\b")


# the determiner before a demonym that opens a label ("the Chilean ex-president X")
_DETERMINER_BEFORE = re.compile(r"(?<![\w'’])(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+$")


def _verb_words(node, key: str = ""):
    """The words of the lexicon's lists under a key ending in "verbs"."""
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _verb_words(v, str(k))
    elif isinstance(node, list) and key.endswith("verbs"):
        yield from (w for w in node if isinstance(w, str))


class _Opened:
    """A label found after a demonym, opened by the determiner before the demonym."""

    def __init__(self, start: int, label: re.Match | None = None):
        self._start, self._label = start, label     # (no label match: a label with no comma after it)

    def start(self) -> int:
        return self._start

    def group(self, name):
        return self._label.group(name) if self._label is not None else None


class Descriptors:
    """Reading descriptors: the patterns of one lexicon, and the candidates' parts the resolver reads
    (gaz, roles, provisional, office_nouns, candidate_noun)."""

    def _descriptor_patterns(self, lex: Lexicon) -> None:
        # a label right before a candidate's name is part of its mention: "the former minister of foreign
        # affairs Anton Stavrev", "its former finance minister Ekow Mensah-Bonsu", "the veteran diplomat, X,"
        # (lower-case words only: a capitalised one is another name, a state's or a body's, or a title the
        # gazetteer reads with the name)
        # (a candidate noun is no label: "the fourth candidate, X" states the candidacy)
        stated = set(lex.words("candidacy", "candidate_nouns"))
        label_nouns = [w for w in lex.words("person_nouns") + lex.words("government_nouns") + lex.words("epithet_nouns")
                       if w not in stated]
        self.label_before = compiled_pattern(
            r"(?<![\w'’-])(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:" + _MODIFIER + r"\s+){0,3}?"
            r"|(?i:former|ex-|onetime|erstwhile)\s*(?:" + _MODIFIER + r"\s+){0,2}?)?"
            # (a prefix joined by a hyphen: "former vice-president X", "ex-deputy-minister X")
            + r"(?:(?:(?-i:[a-z]+)-)?" + bounded(label_nouns)
            # (or a body's acronym before a head noun: "UNCTAD head X", "IAEA chief X", "the UN trade chief X")
            # (a capitalised title after the acronym too: "IAEA Director General X")
            + r"|(?-i:[A-Z]{2,}[a-z]?)\s+(?:" + _MODIFIER + r"\s+){0,2}?(?i:" + bounded(lex.words("post_head_nouns") + label_nouns) + r"))"
            + r"(?:\s+(?:of|for)\s+(?:the\s+)?(?:(?-i:[a-z][\w-]*)\s*){1,3})?"
            r"(?P<comma>\s*,)?\s+$")
        # the lexicon's verbs of one word and the irregular past forms (the resolver's past_forms, discourse.py): a word
        # between a body's name and a label noun that is one is the body's verb, no modifier ("The Security Council
        # recommended trade chief X")
        irregular = lex.data.get("irregular_verbs") or {}
        self.verbs = set(irregular) | {w.lower().lstrip("=") for w in _verb_words(lex.data) if " " not in w}
        # what comes before a sitting post's label that makes it the person's (_former_posts): a list's separator, or
        # a word a noun phrase follows as an object (a verb of a stance, of a nomination or of a field, a preposition),
        # not one of becoming ("named", "as", "elected"): the lexicon's sitting_label_verbs and sitting_label_words
        self.sitting_label_after = compiled_pattern(
            r"(?:[,:;]|(?<![\w'’-])(?:" + lex.alt("sitting_label_verbs") + "|" + lex.alt("sitting_label_words") + r"))\s*$", re.I)
        # ... the same words after a demonym, or none when the name's own mention opens with its title
        self.label_after_demonym = compiled_pattern(
            # (and a head of something: "the Argentine nuclear chief X")
            r"\s+(?:(?:" + _MODIFIER + r"\s+){0,2}?(?:(?-i:[a-z]+)-)?" + bounded(
                label_nouns + [w for w in lex.words("post_head_nouns") if " " not in w and "-" not in w])
            + r"(?P<comma>)\s+)?")
        # a noun of what a person is, not of an office ("the Costa Rican economist", "the Barbadian
        # diplomat"): such a descriptor may stand for a name the article proposed ("Peru's president" may not)
        # other words for an office ("top diplomat" for "foreign minister"), read as the office
        equivalents = lex.mapping("office_equivalents")
        self.office_equivalent = {w.lower(): office for office, ws in equivalents.items() for w in ws}
        self.office_equivalents = re.compile(bounded(sorted(self.office_equivalent)) + r"(?![\w-])", re.I) \
            if self.office_equivalent else None
        titles = set(lex.words("title_words"))
        self.epithet_tail = compiled_pattern(r"(?<![\w-])" + bounded([w for w in lex.words("epithet_nouns")
                                                                if " " not in w and w not in titles]) + r"$")
        # the reporter saying whom words are about ("..., referring to Rutte's criticism"), and the indefinite
        # person ("a man who") they then stand for
        self.referring = re.compile(r",\s*" + bounded(lex.words("referring_phrases")) + r"\s+(?:the\s+)?", re.I)
        self.indefinite_person = re.compile(r"(?<![\w'’])" + bounded(lex.words("indefinite_people")) + r"(?=\s+who\b)", re.I)
        # the second role of a descriptor: "the former Chilean president and UN human rights chief"
        self.second_role = compiled_pattern(r"\s+and\s+(?:(?:former|ex-)\s*)?(?:[\w'’-]+\s+){0,4}?"
                                      + bounded(lex.words("person_nouns") + lex.words("post_head_nouns")) + r"(?![\w-])", re.I)

    def _referred(self, text: str, items: list[Mention]) -> list[Mention]:
        """"cannot support the election of a man who had ..., referring to Rutte's criticism": an indefinite
        person before the reporter's "referring to" a candidate is that candidate (only one named there)."""
        said = [(x, next((m for m in items if m.start == x.end() and m.kind == CANDIDATE), None))
                for x in self.referring.finditer(text)]
        whom = {m.value for _, m in said if m is not None}
        if len(whom) != 1 or any(m is None or re.match(r"(?:['’]s?)?\s*(?:,|or|and)\s", text[m.end:]) for _, m in said):
            return items
        value, end = whom.pop(), said[0][0].start()
        taken = [(m.start, m.end) for m in items]
        added = [Mention(x.start(), x.end(), CANDIDATE, value, "descriptor", True, True)
                 for x in self.indefinite_person.finditer(text, 0, end)
                 if all(x.end() <= s or x.start() >= e for s, e in taken)]
        return sorted(items + added, key=lambda m: m.start) if added else items

    def _labelled(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """Each candidate's name with the label right before it, when one is ("the former minister of
        foreign affairs Anton Stavrev"): a frame then reads one mention, and no role noun of the label
        stands for someone else ("its former foreign minister" is no earlier person). A label set off by
        commas ("the former minister, Anton Stavrev,") takes the comma after the name too."""
        out = mentions
        absorbed: list[int] = []     # the bodies' mentions a label took in
        for i, m in enumerate(mentions):
            if m.kind != CANDIDATE or m.form != "name" or m.start == 0:
                continue
            if i and mentions[i - 1].kind == OTHER_RACE:
                continue        # "the former UN under-secretary-general X": read by _former_posts
            floor = mentions[i - 1].end if i else 0
            label = self.label_before.search(text, max(floor, m.start - 90), m.start)
            if i and mentions[i - 1].kind == STATE and mentions[i - 1].form == "modifier":
                # a demonym set in the label ("the Chilean ex-president X", "the Argentine nuclear chief X"): the
                # label after it is the name's, the determiner before the demonym opens both
                demonym = mentions[i - 1]
                after = self.label_after_demonym.fullmatch(text, demonym.end, m.start)
                opening = after and _DETERMINER_BEFORE.search(text, max(0, demonym.start - 8), demonym.start)
                label = _Opened(opening.start(), after) if opening else label
            if label is None and i and mentions[i - 1].kind == ORG:
                # a body named in the label ("UN trade chief X", "the UN nuclear watchdog chief X"): the words from
                # the body's name to the name are the label's, the determiner before the body opens it
                body = mentions[i - 1]
                after = self.label_after_demonym.fullmatch(text, body.end, m.start)
                if after and after.group().strip() and not any(self._verb_like(w) for w in after.group().split()[:-1]):
                    # (not the body's own verb: "The Security Council recommended trade chief X")
                    opening = _DETERMINER_BEFORE.search(text, max(0, body.start - 8), body.start)
                    label = _Opened(opening.start() if opening else body.start, after)
                    absorbed.append(i - 1)
            if label is None:
                # one of the candidate's own roles as the story lists them, with no determiner ("nuclear watchdog
                # chief X", "UNCTAD head X")
                label = self._own_role_before(text, m, floor)
            if label is None:
                continue
            end = m.end
            if label.group("comma"):
                after = re.match(r"\s*,", text[m.end:])
                if after is None:
                    continue        # "the economist, Rutte": a list, not a label
                end = m.end + after.end()
            out = out if out is not mentions else list(mentions)
            out[i] = replace(m, start=label.start(), end=end)
        if absorbed:
            out = [x for k, x in enumerate(out) if k not in absorbed]
        return _former_posts(text, out, self.sitting_label_after)

    def _verb_like(self, word: str) -> bool:
        """A word of a label's gap read as a verb: a past in -ed or an irregular one, or a listed verb's -s form."""
        word = word.lower()
        return word.endswith("ed") or word in self.past_forms or word.endswith("s") and (
            word[:-1] in self.verbs or word.endswith("es") and word[:-2] in self.verbs)

    def _own_role_before(self, text: str, m: Mention, floor: int) -> "_Opened | None":
        """The one of the candidate's listed roles written right before their name ("nuclear watchdog chief X"),
        with "the" or "former" before it where written, as a label opened where it starts; None when none is."""
        before = text[max(floor, m.start - 80):m.start].lower()
        for role in sorted(self.roles.get(m.value, ()), key=len, reverse=True):
            role = role.lower()
            if before.endswith(role + " ") and not re.match(r"[\w'’-]", before[-len(role) - 2:-len(role) - 1] or " "):
                start = m.start - len(role) - 1
                opening = _DETERMINER_BEFORE.search(text, max(0, start - 8), start)
                return _Opened(opening.start() if opening else start)
        return None

    def _with_second_role(self, m: Mention, r: Reading) -> Mention:
        """A candidate's descriptor with the role coordinated after it ("the former Chilean president and
        UN human rights chief"), when that names no state or person."""
        second = self.second_role.match(r.text, m.end)
        if second is None or any(x.kind in (STATE, CANDIDATE) and x.start < second.end() and x.end > m.end
                                 for x in r.mentions):
            return m
        return replace(m, end=second.end())

    def _resolve_descriptor(self, m: Mention, text: str, named: set[str], people_roles,
                            salience: "Salience") -> Mention | None:
        """"the Dutch prime minister" is the Dutch candidate when the article names him and
        no other Dutch prime minister; otherwise the state itself."""
        if m.kind != STATE or m.form not in ("role", "descriptor"):
            return m
        words = re.sub(r"\bpm\b", "prime minister", text[m.start:m.end].lower())
        if INDEFINITE_BEFORE.search(text, max(0, m.start - 30), m.start):
            # "a former Estonian diplomat", "an Estonian official": someone new, never a candidate named before
            return replace(m, form="demonym", actor=True, person=True) if m.form == "role" and not (
                FORMER_BEFORE.search(text, max(0, m.start - 25), m.start) or "former" in words) else None
        # a candidate the story does not list has no office known: "Peru's president" is not the person Peru
        # nominated, "the Peruvian candidate" is
        # "the former Dutch prime minister": not whoever holds the office now
        former = FORMER_BEFORE.search(text, max(0, m.start - 25), m.start) or "former" in words
        # ... and a former office, or a bare demonym ("the Bulgarian", "the Pole"), may be such a candidate
        own = [c for c in self.gaz.states_with_candidates.get(m.value, ()) if c in named
               and (c not in self.provisional or self.candidate_noun.search(words) or former or " " not in words
                    or self.epithet_tail.search(words))
               and self._may_hold(c, words, sitting=not former)]
        held = not former and any(state == m.value and role in words for state, role in people_roles)
        if not own and m.form == "descriptor" and words.replace(" ", "").isalpha() and not held \
                and (not self.gaz.bid_nouns.match(text, m.end) or self.gaz.demonym_bid_after.match(text, m.end)):
            # "the Dutchman", "the Latvian" with no name before: the one candidate the story lists for that state
            # (and "the Romanian bid", "the Dutch candidacy": that candidate's; not "the Romanian ambition", "the
            # Dutch bid to host the summit")
            own = [c for c in self.gaz.states_with_candidates.get(m.value, ()) if c not in self.provisional][:2]
            own = own if len(own) == 1 else []
        if not own and m.form == "role" and not held:
            # "the Dutch prime minister's bid", "the former Chilean president", "Latvia's top diplomat" with the name
            # left out: the one listed candidate in that office (a former one only after "former"); "the Costa Rican
            # economist": the one listed candidate of that state, as "the Dutchman"
            listed = [c for c in self.gaz.states_with_candidates.get(m.value, ()) if c not in self.provisional]
            offices = self._offices_read(words)      # (only here: "the outgoing Dutch premier" is no "prime minister" named)
            own = [c for c in listed if any(_holds(self._offices_read(role.lower()), offices, former) for role in self.roles.get(c, ()))][:2]
            if not own and self.epithet_tail.search(words) and not _restricted(text, m.end):
                # (not with a restrictive relative clause right after it: "the Chilean woman who led the talks" is
                # someone the clause picks out, not one named before; "The Costa Rican economist, who ..." may be)
                own = listed[:2]
            own = own if len(own) == 1 else []
        if len(own) > 1 and self.gaz.bid_nouns.match(text, m.end):
            return None     # "the Argentine nomination" with two Argentine candidates named: whose, it does not say
        if own and not held:
            recent = [c for c in salience.candidates if c in own]
            name = recent[-1] if recent else (own[0] if len(own) == 1 else None)
            if name:
                return replace(m, kind=CANDIDATE, value=name, form="descriptor", actor=True, person=True)
        if m.form == "role":
            # "Argentina's former UN ambassador" no longer speaks for Argentina (as "a former Estonian diplomat")
            return None if former else replace(m, form="demonym", actor=True, person=True)
        return None

    def _offices_read(self, words: str) -> str:
        """`words` with each other word for an office read as that office ("top diplomat": "foreign minister")."""
        if self.office_equivalents is None:
            return words
        return self.office_equivalents.sub(lambda x: self.office_equivalent[x.group().lower()], words)

    def _national_demonym(self, m: Mention, r: "Reading", salience: "Salience") -> bool:
        """A bare demonym ("the Romanian", "the Dutchman") standing for a person of a state with candidates
        whom the story does not list: one named with that demonym after each of the state's candidates
        ("Romanian tennis player Ion Popescu won. The Romanian said ..."), or one whose relative clause names
        an office none of them holds ("the Dutchman who chairs the Eurogroup")."""
        if m.kind != STATE or m.form != "descriptor" or not r.text[m.start:m.end].isalpha():
            return False
        candidates = self.gaz.states_with_candidates.get(m.value, ())
        return bool(candidates) and (salience.national_after(m.value, candidates) or self.nationals.other_office(
            r.text, m, r.mentions, lambda words: any(self._may_hold(c, words) for c in candidates),
            [role for c in candidates for role in self.roles.get(c, ())]))

    def _may_hold(self, candidate: str, words: str, sitting: bool = False) -> bool:
        """A descriptor may name the candidate unless it names an office the candidate does not hold
        (a story that lists no offices of the candidate leaves it open); a `sitting` one (no "former"
        in it or before it: "Chile's president") is not an office the candidate held once ("former president")."""
        if self.candidate_noun.search(words) or not self.roles.get(candidate):
            return True
        found = [w for w in self.office_nouns if re.search(r"\b" + re.escape(w) + r"\b", words)]
        held = [w for w in found if not any(w != o and w in o for o in found)]    # "foreign minister", not "minister"
        roles = [r.lower() for r in self.roles.get(candidate, ())]
        roles = [r for r in roles if not (sitting and _FORMER_ROLE.match(r))]
        return not held or any(re.search(r"(?<![\w-])" + re.escape(w) + r"\b", r) for w in held for r in roles)


# a restrictive relative clause right after a label, no comma between ("the Chilean woman who led the talks")
_RESTRICTIVE_AFTER = re.compile(r"\s+(?:who|whom|whose|that)\b", re.I)


def _restricted(text: str, end: int) -> bool:
    """A label at `end` of `text` goes on with a restrictive relative clause: it picks out someone by it."""
    return _RESTRICTIVE_AFTER.match(text, end) is not None


def _holds(role: str, words: str, former: bool) -> bool:
    """A descriptor's `words` name the story's `role` of a candidate: its office is in them, and a former role only
    after "former" ("the former Chilean president" holds "former president"; "Chile's president" does not)."""
    lead = _FORMER_ROLE.match(role)
    if lead and not former:
        return False
    office = role[lead.end():].strip() if lead else role
    return bool(office) and re.search(r"(?<![\w-])" + re.escape(office) + r"(?![\w-])", words) is not None


def _former_posts(text: str, mentions: list[Mention], sitting_label_after: re.Pattern) -> list[Mention]:
    """A candidate's name with a former post of another body right before it ("the former UN
    under-secretary-general X", "ex-OSCE secretary general X"): one mention of the candidate, whom a frame
    then reads after the verb ("nominated the former ... X"). A sitting one ("the OSCE secretary general X")
    stays another race's."""
    out: list[Mention] = []
    for m in mentions:
        post = out[-1] if out and m.kind == CANDIDATE and m.form == "name" else None
        if post is None or post.kind != OTHER_RACE or text[post.end:m.start].strip():
            out.append(m)
            continue
        body = out[-2] if len(out) > 1 and out[-2].kind == ORG and not text[out[-2].end:post.start].strip() else None
        start = body.start if body else post.start
        former = FORMER_BEFORE.search(text, max(0, start - 25), start)
        if former is None:
            # a sitting one set in the sentence as the person's label, not as its subject nor as a post the person
            # goes to: an item of a list, a verb's or a preposition's object ("a field that includes A, UNCTAD
            # Secretary-General B", "S backs the OSCE secretary general X"; not "The OSCE secretary general X
            # was the only candidate", "was named OSCE secretary general X")
            lead = _LEAD_BEFORE.search(text, max(0, start - 6), start)
            opened = lead.start() if lead else start
            if not sitting_label_after.search(text, max(0, opened - 40), opened):
                out.append(m)
                continue
            del out[-2 if body else -1:]
            out.append(replace(m, start=opened))
            continue
        del out[-2 if body else -1:]
        lead = _LEAD_BEFORE.search(text, max(0, former.start() - 6), former.start())
        out.append(replace(m, start=lead.start() if lead else former.start()))
    return out


# "the" before a former post's label
_LEAD_BEFORE = re.compile(r"(?<![\w'’])[Tt]he\s+$")


def offices_named(lex, roles: Iterable[str]) -> frozenset[str]:
    """The lexicon's person nouns that some of `roles` name ("ambassador" of "ambassador to the UN")."""
    text = " | ".join(r.lower() for r in roles)
    return frozenset(w for w in lex.words("person_nouns") if re.search(r"\b" + re.escape(w) + r"\b", text))
