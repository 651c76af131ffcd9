"""Insertions: the spans of a clause that stand between its roles and that a reading of the clause skips.

One detector per kind of insertion, each giving sentence spans (over the folded text with parentheses
blanked, `clean`): appositions and relative clauses after a name (`RELATIVE_AFTER`, `APPOSITION_AFTER`,
used by clauses.clause_views, which also reads each relative clause as a clause of its own), and the
insertions anywhere in the clause (`insertions`): a parenthetical between dashes or in brackets, an
adverbial set off by commas ("Turkey, after weeks of talks, backed X"; "backed, after weeks of talks, X"),
a speech-verb frame ("Turkey, its foreign minister
said, backed X"), a relative clause or apposition after the organisation's members ("NATO allies, who met
in Brussels, appointed X"), and the comma closing a label set before a name ("the Dutch politician, X,
and Y"). A condition, a modal adverbial or a concession is no insertion: it governs the predicate (scope.py
reads it), so no detector takes one ("if", "unless", "in principle", "on condition that", "in return for").
The view of the clause without the insertions is clauses.clause_views' second one. The brackets a sentence's shape
blanks (`blank_parentheses`: "(Reform)") and a dashed aside after a name read as one set off by commas
(`_dashes_as_commas`: "X - the only other candidate - met") are here too.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from natowatch.extract.compiled import built
from natowatch.extract.lexicon import THIRD_PERSON_POSSESSIVES, cardinals
from natowatch.extract.mentions import CANDIDATE, MEMBERS, ORG, POST, STATE, Mention

# ", who declared his interest last autumn," after a name: a clause about that name
RELATIVE_AFTER = re.compile(r",\s*(?P<rel>who|whom|whose|which)\s+(?P<body>[^,;()]{3,160}?)\s*(?P<close>,|;|[.!?]?\s*$)", re.I)
# "the Dutch prime minister who has been running since November": a person's clause needs no comma
PERSON_RELATIVE_AFTER = re.compile(r"\s+(?P<rel>who)\s+(?P<body>[^,;()]{3,160}?)\s*(?P<close>,|;|[.!?]?\s*$)", re.I)
# ", a former defence secretary," / ", the Dutch prime minister," after a name
# (an age may come first: "X, 69, the head of ...,"; "X, 64, president of Romania and a former mayor of ...,")
_APPOSITION = (r",\s*(?:(?:aged\s+)?\d{2,3}\s*,\s*(?=\D))?(?:(?:(?:long|once|itself|still|for\s+(?:long|years|months|weeks|decades))\s+)?"
                               r"(?:a|an|the|its|his|her|their|then|now|" + cardinals(2, 4) + r"|both|all)\s+[^,;()\"]{2,80}?"
                               # a time of what came before: "Turkey, after months of speculation, backed X"
                               r"|(?:after|following|despite|amid|for\s+all)\s+(?:(?!(?:if|unless|when|once)\b)[^,;()\"]){2,60}?"
                               # who governs it: "Argentina's government, under a president who ..., nominated X"
                               r"|under\s+(?:a|an|the|" + THIRD_PERSON_POSSESSIVES + r")\s+[^,;()]{2,80}?"
                               # a participle clause of what it did before: "Mexico, having first nominated X, now backs Y"
                               r"|having\s+(?:(?:\w+ly|first|already|long|once|earlier|since)\s+)?(?-i:[a-z]+)\s+[^,;()\"]{1,80}?"
                               # an age: "Grynspan, 70, will take office"
                               r"|(?:aged\s+)?\d{2,3}"
                               # a participle with its agent: "Bachelet, nominated by Brazil and Mexico, withdrew"
                               r"|(?:(?:\w+ly|also|first|later|since)\s+)?(?:[a-z]+ed|put\s+forward|put\s+up)\s+"
                               r"(?:[\w-]+\s+){0,3}?by\s+[^,;()\"]{1,80}?"
                               # a label owned by a name: "Grossi, Argentina's former UN ambassador, has declared"
                               r"|(?-i:[A-Z])[\w-]*['’]s\s+[^,;()\"]{2,60}?"
                               # a title of office with no article, as a press release writes it: "X, Prime Minister
                               # of Barbados, ...", "X, Former Minister for Foreign Affairs of Ecuador, ..."
                               r"|(?:(?:former|outgoing|acting|current)\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?:(?-i:[A-Z])[\w-]*|for|of\s+the))"
                               r"{0,4}\s+of\s+[^,;()\"]{1,60}?"
                               # or in lower case, with an office's noun before "of": "X, secretary-general of UNCTAD and a
                               # former vice-president of Costa Rica, ...", "X, twice president of Chile, ..."
                               r"|(?:(?:former|outgoing|acting|current|twice|once|now|currently)\s+)?(?:(?-i:[a-z])[\w-]*\s+){0,2}?"
                               r"(?-i:president|vice-president|prime\s+minister|premier|minister|secretary-general|secretary\s+general|"
                               r"director-general|director\s+general|head|chief|chair|chairman|chairwoman|mayor|ambassador|"
                               r"commissioner|governor|envoy|administrator|leader|speaker|deputy)\s+(?:of|to|at|for)\s+[^,;()\"]{1,80}?"
                               # a participle of another office: "Grynspan, re-elected to a second term at UNCTAD, is"
                               r"|(?:re-)?[a-z]+ed\s+(?:to|as|at)\s+[^,;()\"]{1,60}?),")
APPOSITION_AFTER = re.compile(_APPOSITION + r"(?!\s*(?:and|or)\b)", re.I)
# ... and one closed before the next member of a list ("Turkey, a member since 1952, and Germany backed X")
APPOSED_IN_LIST = re.compile(_APPOSITION + r"(?=\s*(?:and|or)\s)", re.I)

# a contrast setting another actor aside between commas: ", not", ", and not", ", rather than"
# (or in time: ", but not yet", ", though not", ", not even"; the lexicon's contrast_phrases read the same after an actor)
CONTRAST_ASIDE = re.compile(r"\s*,\s*(?:(?:and|but|though|although|yet)\s+)?(?:not(?:\s+(?:yet|even))?|rather\s+than|instead\s+of|"
                            r"as\s+opposed\s+to)\s+(?:the\s+)?", re.I)

# a speaker and a reporting verb set off by commas ("X, the ministry claimed, ..."), read as a report, not an apposition
SPEAKER_ASIDE = re.compile(r"\s(?:said|says|claimed|claims|insisted|insists|reported|reports|added|adds|stated|states|"
                            r"noted|notes|told\s+\w+|announced|announces|argued|argues|wrote|writes)\s*,$", re.I)

# a verb of speaking right after a name: "..., Grynspan said", "..., X told reporters", "..., Y later added"
SPEAKING_AFTER = re.compile(r"\s+(?:(?:has|had|also|then|later|again|[a-z]+ly)\s+){0,2}(?:said|says|told|tells|added|adds|"
                            r"replied|replies|answered|answers|insisted|insists|noted|notes|wrote|writes|argued|argues|"
                            r"stressed|stresses|explained|explains|countered|counters|responded|responds)\b")

# a noun phrase after a comma: after a name that closes an aside, the only apposition of that name
NOUN_AFTER_ASIDE = built(r",\s*(?:a|an|the|his|her|its|their)\s", re.I)

# a state's possessive and the lower-case noun it owns ("'s government", "'s new government")
OWNED_NOUN = re.compile(r"['’]s?\s+(?:(?-i:[a-z][\w-]*)\s+)?(?-i:[a-z][\w-]*)(?=\s*,)")

# a sentence adverb set off by commas inside a clause ("Bachelet, meanwhile, is still running", "his bid, for
# now, has stalled"): read without it, as an aside
ADVERB_ASIDE = built(r",\s*(?:meanwhile|in\s+the\s+meantime|however|though|too|also|in\s+turn|for\s+(?:his|her|its|their)\s+"
                           r"part|by\s+contrast|in\s+contrast|for\s+now|so\s+far|nonetheless|nevertheless|likewise|"
                           r"similarly|still|instead|at\s+least\s+for\s+now),(?!\s*(?:and|or|but)\b)", re.I)


# a parenthetical between two dashes (folded: any dash is "-"), spaced apart from the words around it
_DASHED = re.compile(r"\s-{1,2}\s(?P<inner>[^-;:()\"“”]{2,100}?)\s-{1,2}(?=\s)")
# the aside of a dashed list's last item, up to the closing dash
_DASHED_TAIL = re.compile(r",\s*[^,;:()\"“”]{2,100}$")
# what governs the predicate, never an insertion: a condition, a modal or conceded adverbial
_GOVERNING = (r"(?:if|unless|once|when|whether|provided|as\s+long\s+as|so\s+long\s+as|on\s+condition|in\s+case|"
              r"in\s+the\s+event|in\s+the\s+end|in\s+time|in\s+principle|without|in\s+theory|in\s+that\s+case|in\s+exchange|in\s+return|"
              r"under\s+(?:certain|some|those|these|such)\s+conditions|at\s+least|for\s+now|not|never|only)\b")
# an adverbial phrase set off by commas anywhere in the clause: a preposition and a few words with no verb of a
# clause of their own ("that", "which", "who")
_COMMA_ADVERBIAL = built(r",\s*(?!" + _GOVERNING + r")(?P<inner>(?:after|following|before|despite|amid|during|over|"
                              r"in|on|at|since|with|through|within|"
                              r"(?:this|last)\s+(?:week|month|year))\b(?:(?!\b(?:that|which|who|whom|if|unless)\b)[^,;:()\"“”]){1,60}?),", re.I)
# a speech-verb frame of the actor's own voice set off by commas ("its foreign minister said", "a spokesman
# told reporters", "officials said"): an outlet or a named source is not one (a report keeps its attribution)
_SPEECH_FRAME = re.compile(r",\s*(?:(?:its|his|her|their|a|an|the)\s+)?(?:(?-i:[a-z])[\w-]*\s+){0,3}?"
                           r"(?:said|says|told\s+(?:reporters|journalists|lawmakers|parliament)|added|confirmed|"
                           r"stressed|insisted),", re.I)


_RELATIVE_NEXT = re.compile(r"\s*(?:who|whom|whose|which)\b", re.I)
# an aside between a list's conjunction and its next member, naming someone ("Panama, Guatemala and, after <X>'s exit
# in August, Barbados"): the list goes on over it
_CONJUNCT_ASIDE = re.compile(r"\band\s*(?P<aside>,\s*[^,;:()\"“”]{2,100}?,)\s*(?:the\s+)?")
_BEFORE_CONJUNCTION = re.compile(r"\s*,?\s*")


def insertions(clean: str, parentheses: list[tuple[int, int]], groups) -> list[tuple[int, int]]:
    """The spans of `clean` a reading of the clause skips (see the module's doc); `parentheses` the spans of the
    asides in brackets, `groups` the clause's coordinated mentions (clauses.Group) in order."""
    out = [(a - 1 if a and clean[a - 1] == " " else a, b) for a, b in parentheses]
    if " -" in clean:
        # (not a list set off by dashes after the words it names, "The Nordic allies - A, B and C - backed X": the
        # list is who they are; an aside of its last item there is one: "- A, B and C, the last of which ... -")
        starts = [g.start for g in groups]
        for m in _DASHED.finditer(clean):
            i = bisect_left(starts, m.start("inner"))
            g = groups[i] if i < len(groups) and starts[i] == m.start("inner") else None
            if g is None or g.kind not in (STATE, CANDIDATE) or len(g.mentions) < 2:
                out.append((m.start(), m.end()))
            elif (tail := _DASHED_TAIL.match(clean, g.end, m.end("inner"))) is not None:
                out.append(tail.span())
    if ", " in clean and "and," in clean:
        out += _conjunct_asides(clean, groups)
    if "," in clean:
        # (an adverbial or a speaker naming an actor may be a clause's subject: ", after Hungary's X, who had opposed
        # him, came round to backing him"; one closed before a relative clause goes on past its comma)
        starts = [g.start for g in groups]
        out += [m.span() for found in (_COMMA_ADVERBIAL, _SPEECH_FRAME) for m in found.finditer(clean)
                if bisect_left(starts, m.start()) == bisect_left(starts, m.end()) and not _RELATIVE_NEXT.match(clean, m.end())]
        for g in groups:
            if g.kind in (ORG, MEMBERS):
                found = RELATIVE_AFTER.match(clean, g.end) or APPOSITION_AFTER.match(clean, g.end)
                if found and found.group().endswith(","):
                    out.append((g.end, found.end()))
            elif g.kind in (CANDIDATE, STATE) and clean.startswith(",", g.end):
                if "," in clean[g.start:g.end]:
                    out.append((g.end, g.end + 1))      # "the Dutch politician, X," read as one mention: its closing comma
                elif (found := APPOSED_IN_LIST.match(clean, g.end)) and (k := bisect_left(starts, found.end())) < len(
                        groups) and (g.kind == STATE or not clean.startswith(",", groups[k].end)):
                    out.append((g.end, found.end()))   # (a list of people whose last member has an aside of its
                    # own is an enumeration: "two candidates: A, the head of X, and B, the head of Y, who has ..."; a
                    # list of states is one of actors: "Hungary, a member since 1999, and Slovakia, a member since 2004,")
    return out


def _conjunct_asides(clean: str, groups) -> list[tuple[int, int]]:
    """The asides naming someone between a list's conjunction and its next member of the same kind (people or states)."""
    out = []
    starts, ends = [g.start for g in groups], [g.end for g in groups]
    for m in _CONJUNCT_ASIDE.finditer(clean):
        a, b = m.span("aside")
        i, k = bisect_right(ends, m.start()) - 1, bisect_left(starts, m.end())
        if i < 0 or k >= len(groups) or starts[k] != m.end() or k - i < 2:
            continue    # (no name inside: the list's glue reads it)
        before, after = groups[i], groups[k]
        if before.kind == after.kind and before.kind in (STATE, CANDIDATE) and _BEFORE_CONJUNCTION.fullmatch(
                clean, before.end, m.start()) and all(a <= g.start and g.end <= b for g in groups[i + 1:k]):
            out.append((a, b))
    return out


# a speaker named in a frame set off by commas, with the words of when and where it was said ("Spain intends,
# Prime Minister X confirmed during a visit to <capital> on Wednesday, to vote for Y"): a report's frame, whoever speaks
_NAMED_SPEECH_FRAME = re.compile(r",\s*(?!(?:which|who|whom|whose|that|and|but|or|while|if|as|when)\b)(?:(?:its|his|her|their|a|an|the)\s+)?(?:[\w'’.-]+\s+){0,6}?(?:said|says|confirmed|"
                                 r"confirms|told\s+[^,;:()\"“”]{1,40}?|stressed|insisted|added|announced|stated|declared|explained|"
                                 r"wrote)(?:\s+(?:on|in|at|during|after|before|this|last|from)\b[^,;:()\"“”]{1,60}?)?,", re.I)
# a noun phrase or participle phrase in apposition to the subject ("Guyana, a founding member of <bloc>, has signed on
# to ...", "Finland, a neighbour of <state>, backed X", "Guyana, breaking ranks with a <bloc> that had preferred
# silence, declared for X"): it says what the subject is or does beside the clause, its states do not act
_APPOSED_INSERTION = re.compile(r",\s*(?:(?:a|an|the|one|long|once|itself|now|still|then)\s+|(?-i:[a-z]+ing)\s+(?!(?:that|to)\b))"
                                r"[^,;:()\"“”]{2,100}?,", re.I)
# what makes the states of an insertion act with the subject: "Germany, with France, ...", "following Brazil's lead",
# "in a joint letter with", "together with", "as did Chile", "like Peru"
_CO_ACTING = re.compile(r"^,\s*(?:with|following|like|unlike|along|alongside|as\s+did|as\s+has|together)\b|"
                        r"\b(?:joint|jointly|together|alongside|along\s+with|in\s+tandem|in\s+concert|as\s+did|as\s+have|as\s+has)\b",
                        re.I)
# the clause's own words between its subject and an insertion: a few lower-case words of its predicate ("is prepared",
# "intends", "stands ready"), no mark of another clause
_SUBJECT_TO_INSERTION = re.compile(r"(?:\s+(?!(?:that|which|who|whom|whose|and|but|or|while)\b)(?-i:[a-z][\w'’-]*)){0,4}\s*", re.I)
# what follows the insertion: the predicate goes on ("backed X", "is ready to", "to back X")
_PREDICATE_AFTER = re.compile(r"\s+(?-i:[a-z])")
# a state opening a clause of its own inside the insertion ("after Brazil withdrew its support"): a verb after it
_STATE_CLAUSE = re.compile(r"\s+(?:(?:had|has|have|was|were|is|are|did|would|will|could|then|also|first)\s+)?"
                           r"(?-i:[a-z]+(?:ed|s))\b(?<!\bwas)(?<!\bhas)(?<!\bis)")


def subject_insertions(clean: str, groups) -> tuple[tuple[int, int], ...]:
    """Insertions holding states that stand between a clause's state subject and its predicate, read by no view:
    "Germany, after a call between <Germany's leader> and <Brazil's leader>, stands ready to support X", "Slovakia
    is prepared, after talks with <capital>, to back X", "Spain intends, <its minister> confirmed during a visit to
    <capital>, to vote for X": the actor is the clause's subject, never a state inside the insertion. Not an insertion
    of states acting with the subject ("with", "following", "jointly", "as did"), one naming a candidate (its stance
    or bid may be told there) nor one where a state opens a clause of its own ("after Brazil withdrew ...")."""
    if "," not in clean or not groups:
        return ()
    found = [m for rx in (_COMMA_ADVERBIAL, _NAMED_SPEECH_FRAME, _APPOSED_INSERTION) for m in rx.finditer(clean)]
    if not found:
        return ()
    starts = [g.start for g in groups]
    out: list[tuple[int, int]] = []
    for m in sorted(found, key=lambda m: m.start()):
        a, b = m.span()
        inside = groups[bisect_left(starts, a):bisect_left(starts, b)]
        speech = m.re is _NAMED_SPEECH_FRAME
        if any(g.start < a < g.end for g in groups):
            continue    # ("Turkey, Hungary said, ...": a list across the insertion's comma is read as it was)
        if not (inside or speech) or any(g.kind == CANDIDATE for g in inside) or any(g.end > b for g in inside):
            continue
        if not all(g.kind in (STATE, ORG) for g in inside) or _CO_ACTING.search(m.group()) or _RELATIVE_NEXT.match(clean, b):
            continue
        if not speech and any(_STATE_CLAUSE.match(clean, g.end) for g in inside):
            continue
        if not _PREDICATE_AFTER.match(clean, b):
            continue
        # the subject: the last state group before, opening its clause, with only predicate words (and the
        # insertions found already) between it and this one
        k = bisect_left(starts, a) - 1
        while k >= 0 and any(x <= groups[k].start < y for x, y in out):
            k -= 1      # (a group inside an insertion found already is none of the clause's)
        if k < 0 or groups[k].kind not in (STATE, ORG) or not opens_clause(clean, groups[k].start):
            continue
        between = "".join(clean[x:y] for x, y in _outside(groups[k].end, a, out))
        if not _SUBJECT_TO_INSERTION.fullmatch(between.replace(",", " ")):
            continue
        out.append((a, b))
    return tuple(out)


def _outside(start: int, end: int, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """[start, end) minus the sorted `spans`."""
    out, cur = [], start
    for a, b in spans:
        if b <= cur or a >= end:
            continue
        if a > cur:
            out.append((cur, a))
        cur = max(cur, b)
    if cur < end:
        out.append((cur, end))
    return out


def contrasted(clean: str, heads, mentions: list[Mention]) -> tuple[tuple[int, int], ...]:
    """The spans of the states a contrast sets aside between commas after a state: ", not Sweden," after "Norway",
    also one the gazetteer reads as excepted (", but not Portugal,")."""
    out = []
    for g, h in zip(heads, heads[1:]):
        if g.kind == h.kind == STATE and CONTRAST_ASIDE.fullmatch(clean, g.end, h.start) and clean.startswith(",", h.end):
            out.append((g.end, h.end + 1))
    if "but" in clean:
        states = [g for g in heads if g.kind == STATE]
        ends = [g.end for g in states]
        for m in mentions:
            if m.kind == STATE and m.form == "excepted" and (i := bisect_left(ends, m.start)) and clean.startswith(",", m.end) \
                    and CONTRAST_ASIDE.fullmatch(clean, states[i - 1].end, m.start):
                out.append((states[i - 1].end, m.end + 1))
    return tuple(out)


# what may stand between a clause's start and its subject: a conjunction, a determiner, a title or label in capitals
_SUBJECT_OPENING = re.compile(r"(?:^|[,;]\s*)(?:(?:the|a|an|and|but|while|both|(?-i:[A-Z])[\w.'’-]*)\s+)*$", re.I)


def opens_clause(text: str, at: int) -> bool:
    """The group at `at` is the first of its clause: nothing but an opening before it."""
    return _SUBJECT_OPENING.search(text, max(0, at - 80), at) is not None


def within(m: Mention, spans: tuple[tuple[int, int], ...]) -> bool:
    """`m` lies inside one of the sorted `spans` (the last starting at or before it can hold it: as they may nest,
    the furthest reach of those before it is asked)."""
    i = bisect_right(spans, (m.start, float("inf")))
    return i > 0 and max(e for _, e in spans[:i]) >= m.end


# ---- the brackets a sentence's shape blanks (clauses._Grouped), and a dashed aside read as commas
_PARENTHESIS = re.compile(r"\([^()]*\)")


def blank_parentheses(text: str) -> str:
    """Replace "(Reform)" by spaces of the same length; offsets stay valid. A sentence that is
    wholly in parentheses (an editor's note: "(Hungary backed him in June.)") is no aside of
    anything: only its two marks are blanked."""
    return _PARENTHESIS.sub(lambda m: " " * len(m.group()) if not _whole(text, m) else " " + m.group()[1:-1] + " ", text)


def _aside_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _PARENTHESIS.finditer(text) if not _whole(text, m)]


def _whole(text: str, m: re.Match) -> bool:
    """The parenthesis holds the whole sentence: nothing but blanks before it, a full stop at most after."""
    return not text[:m.start()].strip() and not text[m.end():].strip(" .!?\n")


# an aside between two spaced dashes right after a name, holding no comma and naming no one (but the post) unless it
# is a relative clause ("X - the only other candidate - met", "S - which nominated X in May - met"): set off as by commas
_RELATIVE_OPENER = re.compile(r"(?:who|whom|whose|which)\s")
_DASHED_ASIDE = re.compile(r"(?P<open>\s-{1,2}\s)(?P<inner>(?-i:[a-z])[^-,;:()\"“”⟨⟩\n]{1,100}?)(?P<close>\s-{1,2})(?=\s)")


def _dashes_as_commas(clean: str, mentions: list[Mention]) -> str:
    """`clean` with the dashes of each aside of `_DASHED_ASIDE` right after a mention read as commas (offsets kept:
    "X - the only other candidate - met" -> "X,  the only other candidate,  met"), so that every reader of an
    apposition or a relative clause set off by commas reads it (the guide's "X - a candidate herself - said")."""
    ends = {m.end for m in mentions}
    out, pos = [], 0
    for d in _DASHED_ASIDE.finditer(clean):
        if d.start() not in ends or not _RELATIVE_OPENER.match(d.group("inner")) and any(
                d.start("inner") <= m.start < d.end("inner") and m.kind != POST for m in mentions):
            continue
        out += [clean[pos:d.start()], ",".ljust(len(d.group("open"))), d.group("inner"), ",".ljust(len(d.group("close")))]
        pos = d.end()
    return "".join(out) + clean[pos:] if out else clean
