"""Coordination: adjacent mentions of one kind joined into one group.

Mentions joined by commas, "and", "&" or "as well as" form one group ("the US, UK, France and Germany" is one actor
group of four states; "neither A nor B", "Orban and his Slovak counterpart", a series set off by semicolons, a list
of people with an apposition each). `group_mentions` makes the groups that clauses.py's shape replaces by one token
each; `_kept` gives the ranges a view reads between the spans it skips.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from natowatch.extract.mentions import CANDIDATE, OTHER_RACE, POST, STATE, Mention
from natowatch.extract.spans import SPEAKING_AFTER, within


_LIST_GLUE = re.compile(
    r"\s*(?:,\s*(?:and\s+|&\s+|as\s+well\s+as\s+|along\s+with\s+|plus\s+)?|and\s+|&\s+|as\s+well\s+as\s+|"
    r"along\s+with\s+|plus\s+)(?:(?:of|from)\s+)?(?:(?:the|also|then|even)\s+)?"
    # a label left before a name: "Grossi and former Chilean President Michelle Bachelet"
    r"(?:(?:former|ex-|outgoing|incumbent|current|veteran)\s*)?"
    # the kind of the states listed next: "Poland and the Baltic states Estonia, Latvia and Lithuania"
    r"(?:(?<=and\s)(?:the\s+)?(?-i:[A-Z])[\w-]+\s+(?:states|countries|nations|republics)\s+)?"
    # an aside after the conjunction: "Slovakia and, more cautiously, Hungary"
    # (or a longer one, a clause of its own inside: "Hungary and, in a statement that surprised its diplomats, Slovakia")
    r"|\s*,?\s*and\s*,\s*[a-z][^,;:()\"“”\n]{0,100}?,\s*(?:(?:by|from|of)\s+)?(?:the\s+)?"
    # a time between the conjunction and the next name: "Colombia, and a few days later Panama,"
    r"|\s*,?\s*and\s+(?:(?:a\s+)?[\w-]+\s+(?:days?|weeks?|months?)\s+later|soon\s+after(?:wards?)?|shortly\s+after(?:wards?)?|"
    r"later|the\s+(?:next|following)\s+(?:day|week|month)|on\s+(?-i:[A-Z])[a-z]+day)\s*,?\s*(?:the\s+)?", re.I)
# the glue of a series set off by semicolons: an item's aside (an apposition, a relative clause), the ";", "and"
_ITEM_ASIDE = r"(?:\s*,\s*(?:a|an|the|its|his|her|their|who|which|whose|once|now|long|still)\s[^;⟨⟩:()\"“”]{1,100}?)?"
_SEMICOLON_GLUE = re.compile(_ITEM_ASIDE + r"\s*;\s*(?:and\s+)?(?:the\s+)?", re.I)
_SERIES_CLOSE = re.compile(r".*;\s*and\s", re.I | re.S)
_SERIES_ITEM_END = re.compile(_ITEM_ASIDE + r"\s*;", re.I)
# a line's label and its colon, nothing before them: "For: A; B; C", "Backers (on the record): A; B" (the brackets
# blanked): a series set off by semicolons after it needs no closing "and"
_LABEL_OPENED = re.compile(r"\W*(?-i:[A-Z])[\w '’-]{0,40}:\s*(?:the\s+)?")
# (each item after the first ends at a ";", a "." or the clause's end: "Undecided: S; T opposes X" lists S alone, T is
# the next clause's subject)
_LABEL_ITEM_END = re.compile(_ITEM_ASIDE + r"\s*(?:[;.]|$)", re.I)
# an aside between a list's conjunction and its next member
_CONJUNCT_ASIDE = re.compile(r"\band\s*,\s*(?P<inner>[^,;:()\"“”]{2,100}?),")
# "Unlike Hungary, Poland backs him": a list opened by a contrast ends at its comma
# (or a comparison: "In contrast to Hungary, Poland ...", "Compared with X, she ...")
_CONTRAST_OPENING = re.compile(r"\b(?:unlike|rather\s+than|instead\s+of|as\s+opposed\s+to|except(?:\s+for)?|apart\s+from|"
                               r"in\s+contrast\s+(?:to|with)|(?:in\s+comparison|compared)\s+(?:to|with)|contrary\s+to)"
                               r"\s+(?:the\s+)?$", re.I)
# "neither A nor B", "neither A, B nor C": a list of states opened by "neither" (each one's negated stance: scope)
_NOR_GLUE = re.compile(r"\s*,?\s*nor\s+(?:the\s+)?|\s*,\s*(?:the\s+)?", re.I)
_NEITHER_BEFORE = re.compile(r"\b[Nn]either\s+(?:the\s+)?$")
# "Orban and his Slovak counterpart (Robert Fico)": two leaders joined as one list of states; the
# counterpart's label and name are one person
_COUNTERPART_GLUE = re.compile(r"\s+and\s+(?:his|her|their)\s+", re.I)
_COMMA_AND = re.compile(r"\s*,\s*and\s+(?:(?:the|also|then|even)\s+)?", re.I)
# ... and, in a list opened by a colon, one with no "and" after it ("Three are running: A, a former head of UN
# Women and of the rights office, B and C")
_APPOSED_IN_COLON_LIST = re.compile(r"\s*,\s*(?:a|an|the)\s+[^,;:()\"“”]{2,100}?\s*,\s*", re.I)
_POSSESSIVE_AFTER = re.compile(r"['’]s?(?![\w])")
# a lower-case word right after a name: a verb whose subject it may be ("..., a former president, and Grossi said")
_VERB_AFTER = re.compile(r"\s+(?!(?:of|from|and|or|in|at|on|for)\b)(?-i:[a-z])")
# a person's apposition inside a list of people, closed by ", and" ("Grossi, a veteran of arms control and
# non-proliferation talks, and Bachelet"; "Iohannis, who studied physics and taught in Sibiu, and Rutte"): the
# list goes on over it (its own "and" joins nothing)
_APPOSED_MEMBER = re.compile(r"\s*,\s*(?:(?:a|an|the|who|whose)\s+[^,;:()\"“”]{2,100}?|(?-i:[A-Z])[\w-]*['’]s\s+[^,;:()\"“”]{2,60}?)"
                             r"\s*,\s*and\s+(?:(?:the|also|then|even)\s+)?", re.I)
# a person's origin after the name: "Michelle Bachelet of Chile", "X of the Philippines"
ORIGIN_GLUE = re.compile(r"\s+of\s+(?:the\s+)?", re.I)
_LABEL_GLUE = re.compile(r"\s+(?:counterpart|colleague|opposite\s+number)\s+", re.I)
_GROUPABLE = {CANDIDATE, STATE}


@dataclass(frozen=True)
class Group:
    kind: str
    values: tuple[str, ...]
    mentions: tuple[Mention, ...]

    @property
    def start(self) -> int:
        return self.mentions[0].start

    @property
    def end(self) -> int:
        return self.mentions[-1].end

    @property
    def form(self) -> str:
        return self.mentions[0].form


# a comma segment opened by a relative pronoun (read up to the name that ends it)
_RELATIVE_SEGMENT = re.compile(r"\s*(?:who|whom|whose|which)\s[^,;()]*$", re.I)


def group_mentions(text: str, mentions: list[Mention], skip: tuple[tuple[int, int], ...] = ()) -> list[Group]:
    """Join coordinated mentions of one kind; mentions that cannot act are left out. The `skip` spans (insertions)
    are no part of the glue between two mentions ("Turkey, a member since 1952, and Germany" is one list)."""
    usable = [m for m in mentions if m.actor or m.kind in (CANDIDATE, POST, OTHER_RACE)]
    if skip:        # (a mention inside an insertion is no member of a list around it)
        usable = [m for m in usable if not within(m, skip)]
    # an aside after a list's conjunction ("Guatemala and, after a call with Mexico, Barbados"): what it names is no
    # member of a list reaching outside it
    fenced = [x.span("inner") for x in _CONJUNCT_ASIDE.finditer(text)] if "and," in text else ()
    groups: list[list[Mention]] = []
    values: set[str] = set()      # of the last group (a list of states may be long)
    origin = None       # the state just read as the origin of the group's last person
    for m in usable:
        if groups:
            last = groups[-1][-1]
            glue = "".join(text[a:b] for a, b in _kept(last.end, m.start, skip)) if skip else text[last.end:m.start]
            if m.kind == STATE and last.kind == CANDIDATE and last.person and ORIGIN_GLUE.fullmatch(glue):
                origin = m
                continue    # "Michelle Bachelet of Chile": the state says where the person is from
            if origin is not None and m.kind == CANDIDATE and not _POSSESSIVE_AFTER.match(text, m.end):
                # "X of Chile and Y of Peru": the next person after the origin (not "and Y's former deputy")
                glue = text[origin.end:m.start]
            origin = None
            listed = (m.kind == last.kind and m.kind in _GROUPABLE and _LIST_GLUE.fullmatch(glue) is not None
                      and m.value not in values and not (
                          # ", and" after one name opens a clause ("nominated X, and President Y said"): a list of
                          # people has it only after two ("A, B, and C")
                          m.kind == CANDIDATE and len(groups[-1]) == 1 and _COMMA_AND.fullmatch(glue)) and not (
                          glue.strip() == "," and _CONTRAST_OPENING.search(text, max(0, groups[-1][0].start - 30), groups[-1][0].start)))
            listed = listed or m.kind == last.kind == STATE and m.value not in values and _COUNTERPART_GLUE.fullmatch(glue) is not None
            listed = listed or m.kind == last.kind == STATE and m.value not in values and _NOR_GLUE.fullmatch(glue) is not None \
                and _NEITHER_BEFORE.search(text, max(0, groups[-1][0].start - 12), groups[-1][0].start) is not None
            # a list of states after a dash or a colon, its items with asides of their own ("only two of them - A, whose
            # prime minister ..., and B - have said"): an enumeration
            listed = listed or m.kind == last.kind == STATE and m.value not in values and _APPOSED_MEMBER.fullmatch(
                glue) is not None and text[:groups[-1][0].start].rstrip().endswith(("-", ":"))
            # a series set off by semicolons, its items bare or with an aside each, closed by "; and" ("the United States,
            # the largest ally; the United Kingdom; and France, which ..."): an item before the last ends at its ";"
            listed = listed or m.kind == last.kind == STATE and m.value not in values and ";" in glue and (
                _SEMICOLON_GLUE.fullmatch(glue) is not None and (_SERIES_CLOSE.match(glue) is not None or (
                    _SERIES_ITEM_END.match(text, m.end) is not None and _SERIES_CLOSE.match(text, m.end) is not None)
                    or _LABEL_OPENED.fullmatch(text, 0, groups[-1][0].start) is not None
                    and _LABEL_ITEM_END.match(text, m.end) is not None))
            listed = listed or m.kind == last.kind == CANDIDATE and m.value not in values and (
                _APPOSED_MEMBER.fullmatch(glue) is not None or _APPOSED_IN_COLON_LIST.fullmatch(glue) is not None
                and text[:groups[-1][0].start].rstrip().endswith(":")) and not _VERB_AFTER.match(text, m.end)
            repeated = m.kind == last.kind and m.value == last.value and (not glue.strip() or (
                m.kind == STATE and _LABEL_GLUE.fullmatch(glue) is not None))
            # "both" standing for two states: one span, several mentions
            shared = m.kind == last.kind and (m.start, m.end) == (last.start, last.end) and m.value not in values
            if listed and m.kind == CANDIDATE and len(groups[-1]) == 1 and glue.strip() == "," and _RELATIVE_SEGMENT.match(
                    text, text.rfind(",", 0, last.start) + 1, last.start):
                # the comma closes a relative clause the first name ends ("on Budapest, whose government refused to back
                # Rutte, Iohannis said"): no list of two
                listed = False
            if listed and m.kind == CANDIDATE and len(groups[-1]) == 1 and glue.strip() == "," and (
                    SPEAKING_AFTER.match(text, m.end) or _VERB_AFTER.match(text, m.end) and text[:last.start].strip(" \"“'‘")):
                # a bare comma between two names, the second speaking or acting ("Asked about the decision that it will
                # not back Bachelet, Grynspan said ...", "After the withdrawal of Iohannis, Rutte is alone"): the first ends
                # a fronted clause, the second is the next one's subject (a list of two people has "and"; a headline's pair
                # opens its line: "A, B face off for the top job")
                listed = False
            if listed and fenced and any((a <= last.start < b) != (a <= m.start < b) for a, b in fenced) and not any(
                    last.end <= a and b <= m.start for a, b in fenced):
                listed = False
            if listed or repeated or shared:
                groups[-1].append(m)
                values.add(m.value)
                continue
        groups.append([m])
        values = {m.value}
    out = []
    for g in groups:
        values = tuple(dict.fromkeys(m.value for m in g))
        out.append(Group(g[0].kind, values, tuple(g)))
    return out


def _kept(start: int, end: int, skip) -> list[tuple[int, int]]:
    """[start, end) minus the skipped spans (an empty span still splits the range there)."""
    return _Kept(skip).between(start, end)


class _Kept:
    """The ranges a view reads between the skipped spans, asked for in order from the start of the
    sentence (one pass over the sorted spans for the whole view, however many asides it skips)."""

    def __init__(self, skip):
        self.skip = sorted(skip)
        self.next = 0           # the first span not yet passed
        self.reach = -1         # the furthest end of the spans passed

    def between(self, start: int, end: int) -> list[tuple[int, int]]:
        skip, out = self.skip, []
        if not skip:
            return [(start, end)]
        while self.next < len(skip) and skip[self.next][0] < start:     # spans before: only how far they reach
            self.reach = max(self.reach, skip[self.next][1])
            self.next += 1
        cur = max(start, self.reach)
        while self.next < len(skip) and skip[self.next][0] < end:
            s, e = skip[self.next]
            if s > cur:
                out.append((cur, s))
            cur = max(cur, e)
            self.reach = max(self.reach, e)
            self.next += 1
        if cur < end:
            out.append((cur, end))
        return out
