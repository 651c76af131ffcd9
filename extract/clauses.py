"""The abstract shape of a sentence that rules match on, and its clause views.

Adjacent mentions of one kind joined by commas, "and", "&" or "as well as"
form one group ("the US, UK, France and Germany" is one actor group of four
states: coordination.py). The shape is the sentence with each group replaced by a token
"⟨S3⟩" (kind letter, group index), so rules read "⟨C0⟩ has strong backing
from ⟨S1⟩" whatever the names were. Parenthetical asides are blanked.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import cached_property, partial
from itertools import accumulate

from natowatch.extract.compiled import built
from natowatch.extract.coordination import _GROUPABLE, Group, _Kept, _kept, group_mentions
from natowatch.extract.lexicon import cardinals, ordinals
from natowatch.extract.mentions import CANDIDATE, STATE, Mention
from natowatch.extract.spans import (
    ADVERB_ASIDE, APPOSITION_AFTER, NOUN_AFTER_ASIDE, OWNED_NOUN, PERSON_RELATIVE_AFTER, RELATIVE_AFTER,
    SPEAKER_ASIDE, _aside_spans, _dashes_as_commas, blank_parentheses, contrasted, insertions, opens_clause,
    subject_insertions)


# the last of a list set off as an aside ("Italy and Spain, as well as Portugal,"; "Colombia, and a week later Panama,")
_ASIDE_MEMBER = re.compile(r"\s*,\s*(?:as\s+well\s+as|along\s+with|and\s+(?!(?:the|also|then|even)\b)[a-z][^,]*)\s+", re.I)
# an aside that is a participle with its agent: ", nominated by", ", backed since May by", ", put forward in June by"
_AGENT_ASIDE = re.compile(r"\s*,\s*(?:(?:\w+ly|also|first|later|since|jointly)\s+)?(?-i:[a-z]{3,}(?:ed|en|wn)|(?:put|set|brought)\s+(?:forward|up))\s+"
                          r"(?:[\w-]+\s+){0,3}?by\s", re.I)
# the preposition of a stance's givers before a list of states
_GIVERS_BEFORE = re.compile(r"\b(?:by|of|from)\s+(?:the\s+)?$", re.I)
_APPOSED_PARENTHESIS = re.compile(r"\(\s*(?:a|an|the|its|his|her|their)\s", re.I)
# a few words quoted inside a clause ('Brasilia "remains fully behind" Bachelet', "its 'full support'"): the
# marks are read as blanks (a quotation of its own, at the sentence start or after a colon, keeps them)
_FRAGMENT_QUOTE = built(r"(?<=[\w,]\s)[\"“‘'](?P<inner>[^\"“”‘’'\n:]{1,60}?)[\"”’'](?=[\s,.;])")
_QUOTE_CHARS = frozenset("\"“‘'")
_TOKEN = re.compile(r"⟨[A-Z](\d+)⟩")


@dataclass(frozen=True)
class Shape:
    """The tokenised sentence and the way back to sentence offsets."""

    text: str
    groups: list[Group]
    pieces: list[tuple[int, int, int, int]]   # (shape start, shape end, sentence start, sentence end)
    holes: tuple[tuple[int, int], ...] = ()     # sentence spans read but telling nothing of the clause's event
    # the inserts inside its predicates that the view leaves out (extract/inserts.py): still the clause's (a time
    # there dates its event)
    inserts: frozenset[tuple[int, int]] = frozenset()

    def to_sentence(self, start: int, end: int) -> tuple[int, int]:
        """Map a shape span back to the sentence text."""
        s = e = None
        # pieces tile the shape in order, so one piece holds `start` and one `end`
        i = bisect_right(self._piece_starts, start) - 1
        if i >= 0 and start < self.pieces[i][1]:
            ss, se, os_, oe = self.pieces[i]
            s = os_ if self._is_token(i) else os_ + (start - ss)
        i = bisect_left(self._piece_ends, end)
        if i < len(self.pieces) and self.pieces[i][0] < end:
            ss, se, os_, oe = self.pieces[i]
            e = oe if self._is_token(i) else os_ + (end - ss)
        return (s if s is not None else 0, e if e is not None else self.pieces[-1][3] if self.pieces else 0)

    def _is_token(self, i: int) -> bool:
        ss, se, os_, oe = self.pieces[i]
        return (se - ss) != (oe - os_) or self.text.startswith("⟨", ss, se)

    @cached_property
    def _piece_starts(self) -> list[int]:
        return [p[0] for p in self.pieces]

    @cached_property
    def _piece_ends(self) -> list[int]:
        return [p[1] for p in self.pieces]

    @cached_property
    def covered(self) -> list[tuple[int, int]]:
        """The sentence spans the view reads, merged and in order (a relative clause read alone
        covers only itself); kept, since every event read from the view asks."""
        spans: list[tuple[int, int]] = []
        for _, _, start, end in sorted(self.pieces, key=lambda p: p[2]):     # (a view may reorder them)
            if spans and (start <= spans[-1][1] or (spans[-1][1], start) in self.inserts):
                spans[-1] = (spans[-1][0], max(spans[-1][1], end))
            else:
                spans.append((start, end))
        # (an apposition in brackets dates no event of the clause: "Turkey (a member since 1952) backed X")
        return [kept for a, b in spans for kept in _kept(a, b, self.holes)] if self.holes else spans

    @cached_property
    def candidates(self) -> set[str]:
        """The candidates the shape names (asked once per rule: kept)."""
        return {v for g in self.groups if g.kind == CANDIDATE for v in g.values}

    def group_at(self, shape_start: int) -> Group:
        return self.groups[int(_TOKEN.match(self.text, shape_start).group(1))]


@dataclass(frozen=True)
class _Grouped:
    """What every view of one sentence shares: the text with asides blanked, the spans of the
    asides, and the coordinated groups of its mentions (found once, not once per view)."""

    clean: str
    parentheses: list[tuple[int, int]]
    groups: list[Group]
    starts: list[int]
    holes: tuple[tuple[int, int], ...] = ()     # the appositions in brackets (Shape.holes)
    inner_skips: bool = False   # lists may hold skipped spans between their members (see without)

    @classmethod
    def of(cls, text: str, mentions: list[Mention]) -> "_Grouped":
        # most sentences have no aside in parentheses: nothing to blank or look up
        clean = blank_parentheses(text) if "(" in text else text
        clean = _FRAGMENT_QUOTE.sub(lambda q: " " + q.group("inner") + " ", clean) if _QUOTE_CHARS & set(clean) else clean
        clean = _dashes_as_commas(clean, mentions) if " -" in clean else clean
        groups = group_mentions(clean, mentions)
        parentheses = _aside_spans(text) if "(" in text else []
        holes = tuple(p for p in parentheses if _APPOSED_PARENTHESIS.match(text, p[0]))
        return cls(clean, parentheses, groups, [g.start for g in groups], holes)

    def without(self, mentions: list[Mention], skip: list[tuple[int, int]]) -> "_Grouped":
        """The same sentence with the `skip` spans read as absent from the glue of its lists."""
        skip = tuple(sorted(skip))
        groups = []
        for g in group_mentions(self.clean, mentions, skip):
            if len(g.mentions) > 1 and (not opens_clause(self.clean, g.start) and not (
                    g.kind == STATE and _GIVERS_BEFORE.search(self.clean, max(0, g.start - 12), g.start)) or
                    # a member's own participle with its agent ("A, nominated by S, ...; and B of T, nominated by U"):
                    # the names are items each with its own aside, and what follows the last is its own
                    g.kind == CANDIDATE and any(g.start < a < g.end and _AGENT_ASIDE.match(self.clean, a)
                                                for a, _ in skip)) and any(
                    g.start < a < g.end for a, _ in skip):
                # a list across an insertion is one of subjects ("A, a member, and B backed X"), never of objects
                # ("Estonia endorsed Kallas, a former premier, and Rutte thanked it"): there, the sentence's own
                # (states after "by", "of" or "from" are the givers of a stance: "backed by Hungary, a long-time
                # member, and Slovakia", "the backing of Hungary, which ..., and Slovakia")
                groups += self.groups[bisect_left(self.starts, g.start):bisect_left(self.starts, g.end)]
            else:
                groups.append(g)
        return replace(self, groups=groups, starts=[g.start for g in groups], inner_skips=True)

    def kept(self, text: str, skip: tuple[tuple[int, int], ...]) -> list[Group]:
        """The groups a view keeps: outside the asides and the skipped spans. Only a group starting
        in a span the view reads can be one, so a view of a few words of a long sentence looks only
        at the groups there."""
        if not skip:
            candidates = self.groups
        else:
            candidates = [self.groups[i] for a, b in _kept(0, len(text), skip)
                          for i in range(bisect_left(self.starts, a), bisect_left(self.starts, b))]
        # a group overlaps a skipped span when one starting before its end reaches past its start
        ordered = sorted(skip)
        starts, reach = [s for s, _ in ordered], list(accumulate((e for _, e in ordered), max))
        return [g for g in candidates if not _inside_parenthesis(self.parentheses, g) and not any(
                (i := bisect_left(starts, m.end)) and reach[i - 1] > m.start for m in (g.mentions if self.inner_skips else [g]))]


def build_shape(text: str, mentions: list[Mention], skip: tuple[tuple[int, int], ...] = (),
                grouped: _Grouped | None = None, inserts: tuple[tuple[int, int], ...] = ()) -> Shape:
    """Tokenise `text` (a sentence, folded) with its resolved mentions; `skip` spans are left out, and the
    `inserts` inside its predicates (extract/inserts.py). `grouped` is `_Grouped.of(text, mentions)` when the
    caller has it already."""
    grouped = grouped or _Grouped.of(text, mentions)
    skip = (*skip, *inserts) if inserts else skip
    clean = grouped.clean
    groups = grouped.kept(text, skip)
    out, pieces = [], []
    length = 0
    kept = _Kept(skip)

    def emit(start: int, end: int) -> None:
        nonlocal length
        for a, b in kept.between(start, end):
            out.append(clean[a:b])
            pieces.append((length, length + b - a, a, b))
            length += b - a

    pos = 0
    for i, g in enumerate(groups):
        if g.start < pos:
            continue
        emit(pos, g.start)
        token = f"⟨{g.kind}{i}⟩"
        out.append(token)
        pieces.append((length, length + len(token), g.start, g.end))
        length += len(token)
        pos = g.end
    emit(pos, len(text))
    return Shape("".join(out), groups, pieces, grouped.holes, frozenset(inserts))


# the pronoun of a relative clause coordinated with the one before it: "which refuse to back X and which have declared
# for Y", "who entered in March but who has since withdrawn"
_SECOND_RELATIVE = re.compile(r"\s+(?:and|but)\s+(?:(?:also|then|later)\s+)?(?:which|who)\s", re.I)


def clause_views(text: str, mentions: list[Mention], unread: tuple[tuple[int, int], ...] = (),
                 sole: tuple[tuple[int, int, int], ...] = (), inserts=None) -> list[Shape]:
    """The sentence's shape, then the same sentence without each aside set off by commas after a
    name ("Rutte, who ..., has secured" -> "Rutte has secured"), then each relative clause read
    as a clause about its name ("Iohannis, who entered the race" -> "Iohannis entered the race").
    No view reads the `unread` spans (clauses of another race, the organisation's name before its race).
    Each of `sole` (Gazetteer.sole_fronted: states excepted before a negative whole, "Apart from Poland, no
    ally has backed Rutte") is read as the main clause of those states ("Poland has backed Rutte").
    No view reads the inserts inside a predicate that `inserts` (an InsertReader, extract/inserts.py) finds."""
    grouped = _Grouped.of(text, mentions)
    clean = grouped.clean
    inner = inserts.spans(clean, mentions) if inserts is not None else ()
    shape_of = partial(build_shape, inserts=inner) if inner else build_shape
    heads = [g for g in grouped.groups if g.kind in (CANDIDATE, STATE) and not any(a <= g.start < b for a, b in unread)]
    # "It is Norway, not Sweden, that backs X", "Chile, and not Peru, nominated her", "Spain, but not Portugal, backs X":
    # the actor set aside by a contrast is read in no view; the clause is the first one's
    unread = unread + contrasted(clean, heads, mentions)
    # "Germany, after a call between <its leader> and <Brazil's>, stands ready to back X": the insertion's states are
    # no actor of the clause (spans.subject_insertions)
    unread = unread + subject_insertions(clean, grouped.groups)
    views = [shape_of(text, mentions, unread, grouped=grouped)]
    asides: list[tuple[int, int]] = []
    for g in heads:
        rel = RELATIVE_AFTER.match(clean, g.end) or g.kind == CANDIDATE and PERSON_RELATIVE_AFTER.match(clean, g.end)
        if rel:
            if rel.group("close").startswith((",", ";")):
                asides.append((g.end, rel.end()))
            body_end = rel.end("body")
            # (a name the clause ends in, its apposition after a comma: "which declared for Romania's president, Klaus
            # Iohannis," reads the whole name)
            body_end = next((x.end for x in mentions if x.start < body_end < x.end), body_end)
            if rel.group("rel").lower() == "whom":
                continue    # "Bachelet, whom Washington refused to back, withdrew": the clause is another's
            # "whose" stays: "Russia, whose votes matter" is no "Russia votes"
            cut = rel.start("rel") - 1 if rel.group("rel").lower() == "whose" else rel.start("body") - 1
            skip = ((0, g.start), (g.end, cut), (body_end, len(text)), *unread)
            if own_of_last(clean, g, rel.group("rel"), rel.group("body")):
                # "Hungary and Slovakia, which is backing X": the clause of the last member alone
                skip = ((0, g.mentions[-1].start), *skip[1:])
                views.append(shape_of(text, mentions, skip, grouped.without(mentions, [skip[0]])))
                continue
            views.append(shape_of(text, mentions, skip, grouped))
            # a second relative clause coordinated with the first: "Hungary and Slovakia, which refuse to back X and
            # which have both declared for Y," (read alone too, about the same name)
            second = _SECOND_RELATIVE.search(clean, rel.start("body"), body_end)
            if second and rel.group("rel").lower() != "whose":
                views.append(shape_of(text, mentions, (skip[0], (g.end, second.end() - 1), *skip[2:]), grouped))
            continue
        if not NOUN_AFTER_ASIDE.match(clean, g.end) and any(a < g.start and g.end == b - 1 for a, b in asides):
            # the name closing an aside ("Brazil, which had backed X, switched to Y", "..., now backs Y"): the comma
            # after it closes the aside, and what follows is the main clause, not an apposition of the name (a
            # noun phrase still is one: "Peru, which nominated X, a former minister, ...")
            continue
        # (after the state's possessed noun too: "Argentina's government, under a president who ..., nominated X")
        owned = OWNED_NOUN.match(clean, g.end) if g.kind == STATE else None
        app = APPOSITION_AFTER.match(clean, g.end) or owned and APPOSITION_AFTER.match(clean, owned.end())
        if app and SPEAKER_ASIDE.search(clean, g.end, app.end()):
            app = None      # "X, the Costa Rican ministry claimed, ...": who says it, not an apposition of the name
        if app:
            asides.append((g.end, app.end()))
        elif g.kind == CANDIDATE and (owned := OWNED_NOUN.match(clean, g.end)) and _AGENT_ASIDE.match(clean, owned.end()) and (
                app := APPOSITION_AFTER.match(clean, owned.end())):
            # a participle with its agent after the candidate's own noun ("X's candidacy, championed since January by
            # S, was endorsed on Friday by T"): the noun's aside, read without it
            asides.append((owned.end(), app.end()))
        elif len(g.mentions) > 1 and clean.startswith(",", g.end) and _ASIDE_MEMBER.fullmatch(
                clean, g.mentions[-2].end, g.mentions[-1].start):
            asides.append((g.end, g.end + 1))   # "Italy and Spain, as well as Portugal, for their support": its close
    for m in mentions:
        # "apart from Hungary, which refuses to back him, ...": a state left out of the main clause is the
        # subject of its own relative clause, read alone with the state acting
        rel = RELATIVE_AFTER.match(clean, m.end) if m.kind == STATE and m.form == "excepted" else None
        if rel and rel.group("rel").lower() in ("which", "who", "whose") and not any(a <= m.start < b for a, b in unread):
            acting = [replace(x, actor=True, form="name") if x is m else x for x in mentions]
            # ("nor Russia, whose opposition to X decided it": "whose" stays, as in a head's own clause above)
            cut = rel.start("rel") - 1 if rel.group("rel").lower() == "whose" else rel.start("body") - 1
            views.append(shape_of(text, acting, ((0, m.start), (m.end, cut), (rel.end("body"), len(text)), *unread)))
    for start, listed, whole in sole:
        views.append(shape_of(text, mentions, ((0, start), (listed, whole), *unread), grouped))
    views += _bracketed_participle_views(text, mentions, grouped, unread, shape_of)
    views += _subject_after_views(text, grouped, unread, mentions)
    if "," in clean:
        asides += [a.span() for a in ADVERB_ASIDE.finditer(clean) if not any(s <= a.start() < e for s, e in asides)]
    asides += insertions(clean, grouped.parentheses, grouped.groups)
    if asides:
        views.insert(1, shape_of(text, mentions, (*asides, *unread), grouped.without(mentions, asides)))
    return views


# a participle opening an aside in brackets ("(nominated by Brazil and Mexico", "(first put forward by Peru", "(backed
# since May by"): a lower-case word of a past participle's ending, or an irregular one before its particle or "by"; or
# a relative pronoun
_BRACKETED_PARTICIPLE = re.compile(r"\(\s*(?:(?:\w+ly|first|jointly|since|later|then|also|now|long)\s+)?"
                                   r"(?-i:[a-z]{3,}(?:ed|en|wn)|(?:put|set|brought)\s+(?:forward|up)|[a-z]{3,}(?=\s+by\s))\b|"
                                   # (or a relative clause: "(whom Hungary still opposes)", "(who has Peru's backing)")
                                   r"\(\s*(?:who|whom|whose)\s")


def _bracketed_participle_views(text: str, mentions: list[Mention], grouped: "_Grouped", unread, shape_of) -> list[Shape]:
    """A participle aside in brackets right after a candidate's name ("Bachelet (nominated by Brazil and Mexico after
    ...), Grynspan (Costa Rica) ...", "X (backed by Peru) leads"), read alone as the same aside set off by commas about
    the name ("Bachelet, nominated by Brazil and Mexico after ...,"): the frames of a participle after a name read it
    there. The brackets are blanked in every other view."""
    views = []
    for a, b in grouped.parentheses:
        if not _BRACKETED_PARTICIPLE.match(text, a):
            continue
        i = bisect_right(grouped.starts, a) - 1
        g = grouped.groups[i] if i >= 0 else None
        if g is None or g.kind != CANDIDATE or g.end > a or text[g.end:a].strip() or ":" in text[:g.start]:
            continue    # (an item of a labelled list, "Names in the mix: X (nominated by A)": the roster's glosses)
        # (the comma set against the name, as a writer puts it: "X (nominated" -> "X, nominated"; offsets kept)
        opening = ", " if a and text[a - 1] == " " else ","
        commas = text[:a + 1 - len(opening)] + opening + text[a + 1:b - 1] + "," + text[b:]
        # (the words before the name stay: a roster's label is read by the frames, "The possible contenders are: X (...)")
        views.append(shape_of(commas, mentions, ((b, len(text)), *unread)))
    return views


# a relative clause's verb in the singular ("which is backing", "who has had", "which now backs"): after a list, it
# is the last member's own
_SINGULAR_VERB = re.compile(r"(?:(?:\w+ly|now|also|still|already|itself|himself|herself|alone)\s+)*(?:is|was|has|does|"
                            r"(?:is|was|has|does)n['’]t|(?!(?:is|was|has|does|as|us|its|this|thus|towards?|always|perhaps|"
                            r"less|across|unless|whereas)\b)[a-z]{2,}[^s\W']s)\b", re.I)
# the noun after "whose", in the singular, and its verb: "whose president nominated", "whose foreign minister has"
_OWNED_SINGULAR = re.compile(r"(?:(?:new|former|own|current|then|outgoing|foreign|prime|vice|deputy)\s+)*(?:president|"
                             r"prime\s+minister|premier|chancellor|government|minister|king|leader|cabinet|ambassador|"
                             r"administration|parliament|envoy|delegation|foreign\s+ministry)\s+(?!and\b)", re.I)
# a member's own aside inside a list ("A of S, who has topped every poll, and B"): a list of items each with its own
_MEMBER_ASIDE = re.compile(r",\s*(?:who|which|whose)\s", re.I)


def own_of_last(clean: str, g: Group, rel: str, body: str) -> bool:
    """Whether the relative clause (`rel` its pronoun, `body` what follows it) after a list of several is about its
    last member alone: its verb is singular ("Hungary and Slovakia, which is backing X"), or an earlier member has an
    aside of its own ("A, who leads, and B, who has had the backing of S")."""
    if len(g.mentions) < 2:
        return False
    if any(_MEMBER_ASIDE.search(clean, a.end, b.start) for a, b in zip(g.mentions, g.mentions[1:])):
        return True
    if rel.lower() == "whose":
        # "Mexico and Costa Rica, whose president nominated X": a singular noun owned is the last member's
        return _OWNED_SINGULAR.match(body) is not None
    return _SINGULAR_VERB.match(body) is not None


# a bare count standing for the names a colon or a dash lists after the clause ("Two have withdrawn from the race: A
# and B", "Only two are still campaigning: A and B", "Three allies have backed X: A, B and C", "Three names are in the
# running - A, B and C"), after an opening adverbial
_COUNT_SUBJECT = re.compile(r"^\W*(?:[^,:;\"“”]{1,40},\s+)?(?:(?:only|just|all|the)\s+)?(?:" + cardinals(2, 10) + r"|"
                            r"both)(?:\s+(?:other|more|remaining|further))?(?:\s+(?:[\w-]+\s+)?(?:states|countries|allies|"
                            r"governments|members|nations|capitals|candidates|contenders|people|women|men|others))?"
                            r"(?P<pred>\s+(?!of\b)(?:(?!\s[-–—]\s)[^:;\"“”]){3,120}?)\s*(?::|\s[-–—])\s*", re.I)
# a predicate fronted before its copula and the names that are its subject ("Running to succeed X are A and B",
# "Among the states backing X are A, B and C", "Also competing for the post is A")
# (or a place of support or its refusal, or a rank among those who took a stance: "Firmly behind him stand A and B",
# "Against his bid are A and B", "Still opposed to X is A", "First to endorse X was A", "The last to back X was A",
# "Squarely in her corner are A and B")
_FRONTED_PREDICATE = re.compile(r"^\W*(?P<front>(?:(?:also|now|still)\s+[a-z]{2,}ing|among|(?-i:[A-Z])[a-z]+ing|"
                                r"(?:(?:also|now|still|firmly|squarely|solidly|likewise|equally|openly)\s+)?"
                                r"(?:behind|against|opposed\s+to|in(?=\s+(?:his|her|[\w'’]+['’]s?)\s+(?:own\s+)?(?:corner|camp)\b))|"
                                r"(?:the\s+)?(?:" + ordinals(1, 3) + r"|last|latest|next)\s+(?:[a-z]+\s+)?to)\b[^,;:\"“”]{3,120}?"
                                # (an adverb or a source set off after it: "Supporting X, meanwhile, is S", "Also
                                # backing X, diplomats said, is S")
                                r"(?:\s*,\s*(?:meanwhile|too|also|in\s+turn|for\s+(?:now|the\s+moment)|so\s+far|to\s+date|"
                                r"(?:[a-z]+\s+){1,3}?(?:said|say|says|reported|report|reports))\s*,)?)"
                                # (not denied after it: "The first to back him was not S", "Also backing X is not S")
                                r"\s+(?P<cop>are|were|is|was|stands?|stood|remains?|remained)\s+(?!(?:not|never|no\s+longer)\b)", re.I)
# a gerund after a preposition of time or concession, its subject the clause's ("After backing X for months, S ...",
# "Despite being opposed by S, X ..."; not "before", which tells what had not happened yet, nor "without")
_GERUND_TAIL = r"\s+(?:\w+ly\s+)?(?:being\s+[a-z]{3,}(?:ed|en|wn)|(?!being\b)[a-z]{3,}ing)"
_GERUND = r"(?:[Aa]fter|[Uu]pon|[Ss]ince|[Ww]hile|[Dd]espite)" + _GERUND_TAIL
# a participial clause opening the sentence before the name of its subject, a person ("Backed by Brazil, Bachelet
# ...", "Having withdrawn in June, X ...", "Nominated by Peru for the post, X ..."): read as an apposition after the
# name ("X, backed by Brazil, ..."), as the frames read it there. The opening word is a past participle (-ed, -en,
# -wn) or "having"; not a name (a group may not start the clause) nor a word of another kind ending so ("Even",
# "Often", "Seven"); or any word before "by" and its agent
_PARTICIPIAL_OPENING = re.compile(r"^\W*(?P<front>(?!(?:Even|Often|Seven|Eleven|Then|When|Indeed|Instead)\b)"
                                  r"(?:(?:[A-Z]\w+ly\s+)?(?:Having|having)\s+(?:been\s+)?[a-z]{3,}|"
                                  r"(?:[A-Z]\w+ly\s+[a-z]+|[A-Z][a-z]{2,})(?:ed|en|wn)|"
                                  # an irregular one before its agent: "Put forward by Peru", "Won over by Rome"
                                  r"[A-Z][a-z]+(?:\s+(?:forward|up|out|over|back|down|off))?(?=\s+by\s)|"
                                  + _GERUND + r")\b[^,;:\"“”]{0,120}?),\s+")
_BEFORE_NAME = re.compile(r"(?:[Tt]he\s+)?")
# a participle set off at the sentence's end, after its main clause: ", having earlier backed X.", ", after losing S's
# support."
_TRAILING_PARTICIPLE = re.compile(r",\s+(?P<front>(?:(?:\w+ly|earlier|first|once|previously)\s+)?(?:having\s+(?:\w+ly\s+|earlier\s+|"
                                  r"first\s+|once\s+|previously\s+)?(?:been\s+)?[a-z]{3,}|"
                                  r"(?:after|upon|since|while|despite)" + _GERUND_TAIL + r")\b"
                                  r"[^,;:\"“”()]{0,120}?)\s*[.!?]?\s*$")
# what may open the sentence before the name of its subject: a capitalised label ("President X said ...")
_OPENING_LABEL = re.compile(r"\W*(?:(?:[Tt]he\s+)?(?-i:[A-Z])[\w'’.-]*\s+){0,4}")
# a predicate that only passes on or weighs what is said of them: "Two men are said to be vying for the post: A and B"
_HEARSAY = re.compile(r"\b(?:said|thought|believed|reported|rumou?red|expected|tipped|seen|understood)\s+(?:to|as)\b", re.I)
# what may stand between the clause and its list of names: a determiner and a few words of label
_BEFORE_LISTED = re.compile(r"(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,4}?", re.I)
_CLOSE = re.compile(r"\s*[.!?]?\s*$")


def _subject_after_views(text: str, grouped: _Grouped, unread, mentions: list[Mention] = ()) -> list[Shape]:
    """A clause whose subject is named after its predicate, read in the usual order: a bare count whose names a
    colon lists ("Two have withdrawn from the race: A and B" -> "A and B have withdrawn from the race"), a fronted
    predicate before its copula ("Running to succeed X are A and B" -> "A and B are running to succeed X"). The
    names must be one list of people or states that ends the sentence."""
    clean = grouped.clean
    opening = _PARTICIPIAL_OPENING.match(clean)
    if opening and not any(a < opening.end() and b > opening.start("front") for a, b in unread):
        i = bisect_left(grouped.starts, opening.end())
        g = grouped.groups[i] if i < len(grouped.groups) else None
        # (a state's speaker by a title: "Having backed X, Prime Minister Y said ...")
        if g is not None and g.kind in _GROUPABLE and (_BEFORE_NAME.fullmatch(clean, opening.end(), g.start) or g.kind == STATE
                                                       and _OPENING_LABEL.fullmatch(clean, opening.end(), g.start)) \
                and opening.start("front") not in grouped.starts:
            comma = opening.end("front")
            # the participle read with its subject alone ("Having backed X in March, S now backs Y" -> "S, having
            # backed X in March"; "After winning S's backing, X pressed on" -> "X, after winning S's backing"): the
            # main clause is read in the sentence's own view
            gerund = re.match(_GERUND, clean[opening.start("front"):])
            # (a gerund read as the adverbial it is, not set off: "X after winning S's backing"; a state the gerund's
            # phrase names acts in it, though the main clause reads it as an aside: "After winning the backing of S, X
            # pressed on", not "Under pressure from S, T backed X")
            front = opening.span("front")
            own = grouped
            if gerund and any(m.form == "aside" and front[0] <= m.start < front[1] for m in mentions):
                own = _Grouped.of(text, [replace(m, actor=True, form="name") if m.form == "aside" and front[0] <= m.start
                                         < front[1] else m for m in mentions])
            views = [_ordered(clean, own, [(g.start, g.end), (opening.end() - 1 if gerund else comma, opening.end()),
                                           front], lower=opening.start("front"))]
            if g.kind == CANDIDATE and not gerund:
                views.append(_ordered(clean, grouped, [(g.start, g.end), (comma, opening.end()), opening.span("front"),
                                                       (comma, comma + 1), (g.end, len(clean))], lower=opening.start("front")))
            return views
    trailing = _TRAILING_PARTICIPLE.search(clean)
    if trailing and grouped.groups and not any(a < trailing.end() and b > trailing.start("front") for a, b in unread):
        g = grouped.groups[0]
        if g.kind in _GROUPABLE and _OPENING_LABEL.fullmatch(clean, 0, g.start) and g.end < trailing.start():
            # the participle closing the sentence, its subject the one opening it ("S said it would back Y, having
            # earlier backed X" -> "S, having earlier backed X")
            return [_ordered(clean, grouped, [(g.start, g.end), (trailing.start(), trailing.start("front")),
                                              trailing.span("front")])]
    if ":" in clean or " -" in clean or "–" in clean or "—" in clean:
        found = _COUNT_SUBJECT.match(clean)
        found = found if found and not _HEARSAY.search(found.group("pred")) else None
        listed = found and _listed_to_end(clean, grouped, found.end())
        if listed and not any(a < found.end() and b > found.start("pred") for a, b in unread):
            return [_ordered(clean, grouped, [(listed.start, listed.end), found.span("pred"), (listed.end, len(clean))])]
    found = _FRONTED_PREDICATE.match(clean)
    found = found if found and not _HEARSAY.search(found.group("front")) else None
    listed = found and _listed_to_end(clean, grouped, found.end())
    if listed and not any(a < found.end() and b > found.start("front") for a, b in unread):
        cop = (found.start("cop") - 1, found.end("cop"))
        return [_ordered(clean, grouped, [(listed.start, listed.end), cop, (cop[0], cop[0] + 1), found.span("front"),
                                          (listed.end, len(clean))], lower=found.start("front"))]
    return []


def _listed_to_end(clean: str, grouped: _Grouped, at: int) -> Group | None:
    """The one group of people or states that runs from a few words after `at` to the sentence's end."""
    i = bisect_left(grouped.starts, at)
    if i != len(grouped.groups) - 1:
        return None
    g = grouped.groups[i]
    if g.kind not in _GROUPABLE or not _BEFORE_LISTED.fullmatch(clean, at, g.start) or not _CLOSE.fullmatch(clean, g.end):
        return None
    return g


def _ordered(clean: str, grouped: _Grouped, spans: list[tuple[int, int]], lower: int = -1) -> Shape:
    """A view of `spans` of the sentence in the order given (each with the groups wholly inside it); the letter at
    sentence offset `lower` is read in lower case (a capital opening a fronted predicate)."""
    out, pieces, groups = [], [], []
    length = 0

    def emit(a: int, b: int) -> None:
        nonlocal length
        if a < b:
            piece = clean[a:b]
            if a <= lower < b:
                piece = piece[:lower - a] + piece[lower - a].lower() + piece[lower - a + 1:]
            out.append(piece)
            pieces.append((length, length + b - a, a, b))
            length += b - a

    for a, b in spans:
        pos = a
        for g in grouped.groups[bisect_left(grouped.starts, a):]:
            if g.start >= b:
                break
            if g.end > b or _inside_parenthesis(grouped.parentheses, g):
                continue
            emit(pos, g.start)
            token = f"⟨{g.kind}{len(groups)}⟩"
            groups.append(g)
            out.append(token)
            pieces.append((length, length + len(token), g.start, g.end))
            length += len(token)
            pos = g.end
        emit(pos, b)
    return Shape("".join(out), groups, pieces, grouped.holes)


def _inside_parenthesis(parentheses: list[tuple[int, int]], g: Group) -> bool:
    """`parentheses`: the spans of _PARENTHESIS in the text (they never overlap: only the last one
    that starts at or before the group can hold it)."""
    i = bisect_right(parentheses, (g.start, float("inf"))) - 1
    return i >= 0 and g.end <= parentheses[i][1]
