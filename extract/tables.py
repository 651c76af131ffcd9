"""Semi-structured text read by its header: tables, headed lists and labelled lines.

A writer sets the race out in lines that are no prose: a table whose header row names what its columns hold
("Candidate | Nominated by | Status", then "X | A, B | declared"; the cells parted by bars, tabs or runs of spaces,
a markdown table's |---| row skipped), a heading over list items ("Endorsements:" then "* X: A, B"; "Opposed:" then
"- A (X)"; "Declared candidates:" then "- X (A)"; "Withdrawn:" then "- X") and a line that labels its own parts
("Backers of X: A, B and C", "X: A, B (backing); C (against)", "Who backs whom: X - A, B; Y - C").

Each cell or item takes the role its label names, and the label's words are the lexicon's (the support,
opposition, nominating, withdrawal and appointment lemmas, nouns and sheet labels): a nominating column is a
candidacy and an endorsement by each state in it (the guide: nomination = candidacy + endorsement). A status cell
that is wholly a status word ("declared", "withdrawn", "out", "appointed") states it of the row's candidate. A label
that names no role ("Candidate | Country | Age", "Status"), a hedged or negated one ("Possible candidates",
"Undecided"), and a cell or item holding other words than the names and list glue (a sentence, "leaning?", "none")
give nothing.

The events are read from the readings (sentences with resolved mentions) directly: the evidence is the row's or the
item's own line, its offsets the sentence's, so nothing is rewritten. One pass over the lines: linear in the text.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Iterator, Sequence

from natowatch.extract.calendar_names import MONTH_FORMS
from natowatch.extract.dates import date_near
from natowatch.extract.discourse import Reading
from natowatch.extract.gazetteer import Gazetteer
from natowatch.extract.lexicon import FINITE_AUXILIARIES, Lexicon, built_once, phrase_pattern
from natowatch.extract.mentions import CANDIDATE, OTHER_RACE, STATE, Mention
from natowatch.extract.model import Event
from natowatch.extract.strangers import candidate_heading

ENDORSE, OPPOSE, NOMINATE, CANDIDACY, WITHDRAW, APPOINT = (
    "endorsement", "opposition", "nomination", "candidacy", "withdrawal", "appointment")
_STANCES = (ENDORSE, OPPOSE, NOMINATE)

# a list item's bullet
_BULLET = re.compile(r"^\s*(?:[-*•–·+>]+|\d{1,2}[.)]|[a-z][.)])\s+")
_BULLET_CHARACTERS = "-*•–·+>.)0123456789"
# a markdown table's alignment row, a rule of dashes
_RULE_ROW = re.compile(r"^[\s|:+=_-]*$")
# what may stand between two lines of one block: blank lines, rule rows, the next item's bullet
_BETWEEN = re.compile(r"^[\s|:+=_*•·>–-]*(?:\d{1,2}[.)]|[a-z][.)])?\s*$")
# the words that only glue a list or a label together
_GLUE = frozenset("""and & plus the also both all so far since as of from by to who whom which what whose with
    respectively each its their""".split())
_MONTHS = frozenset(f.rstrip(".") for forms in MONTH_FORMS for f in forms)
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
# a state in brackets right after a candidate: the candidate's own country ("X (A): B, C"), not an actor
_OWN_BRACKET = re.compile(r"\s*\(\s*$")
# a line opening with a short label and its colon ("Born: 1955", "Backed by: A"): a fact sheet's line
_LABELLED = re.compile(r"^\W*[^\W\d][^:;,.]{0,30}:\s")
_DASH = re.compile(r"\s[-–—]+\s")
# a finite auxiliary: a clause, no description ("X has withdrawn")
_FINITE = frozenset(FINITE_AUXILIARIES.split("|"))
# the longest line read as a row, an item or a labelled line (what is longer is prose; the work per line stays bounded)
_LONGEST_LINE = 400
_SEPARATORS = (re.compile(r"\s*\|\s*"), re.compile(r"\s*\t\s*"), re.compile(r" {2,}"))


@dataclass(frozen=True)
class _Labels:
    """The lexicon's words read as labels: which role a label names, and which words deny or hedge one."""

    roles: tuple[tuple[str, re.Pattern], ...]
    sheet: tuple[tuple[str, re.Pattern], ...]       # a whole label of the sheet lists ("For", "In favour")
    candidate: re.Pattern                            # the candidate nouns ("Candidate", "Nominee")
    field: re.Pattern                                # the nouns of those in the race ("candidates", "nominees")
    status: tuple[tuple[str, re.Pattern], ...]       # a whole cell that states a status ("declared", "out")
    doubt: re.Pattern                                # negation, hedges, modality: no role
    tentative: re.Pattern
    # the words a label of a stance may hold besides its role's and the list glue: "Among those backing X:", "Opposed
    # to her bid:", "His backers to date:" (the candidate's bid nouns, the lexicon's candidacy.demonym_bid_nouns; not "Among those weighing
    # support:")
    label_glue: frozenset[str] = frozenset()

    @classmethod
    def of(cls, lex: Lexicon) -> "_Labels":
        return built_once(_LABELS, lex, cls._build)

    @classmethod
    def _build(cls, lex: Lexicon) -> "_Labels":
        def rx(*alts: str) -> re.Pattern:
            return re.compile("|".join(f"(?:{a})" for a in alts if a), re.I)

        def forms(words: list[str], pattern: str) -> str:
            return phrase_pattern([w for w in words if re.search(pattern, w.split()[0])])

        nominating = lex.phrase_participles("candidacy", "nominating_verbs") + [
            w for w in lex.words("candidacy", "nominating_verbs") if w.split()[0].endswith("ing")]
        # (the past of a one-word lemma, "withdrew", not the first word of a phrase's, "backed" of "back out", "put" of
        # "put an end to": those made "Backed by" / "Put forward by" headers a withdrawal label too, two roles = none)
        one_word = {w for w in lex.words("withdrawal", "verbs") if " " not in w}
        leaving = (lex.phrase_participles("withdrawal", "verbs")
                   + [w for w in lex.pasts("withdrawal", "verbs") if w in one_word]
                   + lex.words("withdrawal", "status_words"))
        # (appointing words that also name a candidate or declare a bid, "named", "confirmed", are no status)
        naming = set(lex.participles("candidacy", "naming_verbs") + lex.participles("candidacy", "declaring_verbs"))
        appointed = [w for w in lex.participles("appointment", "verbs") if w not in naming]
        bounded = lambda words: r"(?<![\w-])(?:" + phrase_pattern(words) + r")(?![\w-])"   # noqa: E731
        roles = (
            (OPPOSE, rx(lex.alt("opposition", "verbs"), lex.alt("opposition", "nouns"),
                        lex.alt("ellipsis", "refusing_groups"))),
            (NOMINATE, rx(bounded(nominating), lex.alt("candidacy", "nomination_nouns"))),
            (WITHDRAW, rx(bounded(leaving), lex.alt("withdrawal", "nouns"))),
            (ENDORSE, rx(lex.alt("endorsement", "verbs"), lex.alt("endorsement", "nouns"),
                         lex.alt("endorsement", "agent_nouns"), lex.alt("ellipsis", "supporting_groups"))),
            (APPOINT, rx(bounded(appointed))),
        )
        sheet = ((ENDORSE, re.compile(lex.alt("endorsement", "sheet_labels"), re.I)),
                 (OPPOSE, re.compile(lex.alt("opposition", "sheet_labels"), re.I)))
        race = lex.alt("candidacy", "race_nouns")
        status = (
            (CANDIDACY, rx(bounded(lex.words("candidacy", "status_words") + lex.participles("candidacy", "nominating_verbs")),
                           r"in\s+the\s+" + race)),
            (WITHDRAW, rx(bounded(leaving))),
            (APPOINT, rx(bounded(appointed))),
        )
        doubt = rx(lex.alt("candidacy", "hedging_words"), lex.alt("candidacy", "assessing_words"),
                   lex.alt("endorsement", "sheet_unconfirmed"), lex.alt("cues", "modality"), lex.alt("cues", "negation"),
                   r"(?<![\w-])(?:not|no|non|none|never|neither|nor|yet|n/a)(?![\w-])|n['’]t\b|\?",
                   r"(?<![\w-])un(?!ited|der)[a-z]{4,}")
        tentative = rx(lex.alt("cues", "tentative_verbs"), lex.alt("cues", "tentative"), r"\btentative(?:ly)?\b")
        return cls(roles, sheet, re.compile(lex.alt("candidacy", "candidate_nouns"), re.I),
                   re.compile(lex.alt("candidacy", "counted_field_heads"), re.I), status, doubt, tentative,
                   frozenset({"among", "those", "now", "date", "thus", "currently", "already"}
                             | {w.lower() for w in lex.words("candidacy", "demonym_bid_nouns")}))

    def role(self, label: str) -> str | None:
        """The one role a label names (None: none, two, or one denied or hedged)."""
        label = label.strip(" \t*#_:.-()[]")
        if not label or self.doubt.search(label):
            return None
        for role, pattern in self.sheet:
            if pattern.fullmatch(label):
                return role
        found = {role for role, pattern in self.roles if pattern.search(label)}
        return found.pop() if len(found) == 1 else None

    def label_role(self, label: str) -> str | None:
        """The role of a label set inside a line ("Backers of X", "Who backs whom", "(against)"): as `role`, where the
        label's words are the role's and list glue only ("Two candidates are left" is a clause, no label)."""
        role = self.role(label)
        if role is None:
            # (a sheet's whole label with the bid it is on: "Against his bid", "For her candidacy")
            bare = " ".join(w for w in label.split() if w.lower().strip(".:") not in self.label_glue)
            role = self.role(bare) if bare != label.strip() else None
        if role is None:
            return None
        patterns = [p for r, p in self.sheet + self.roles if r == role]
        for pattern in patterns:
            label = pattern.sub(" ", label)
        return role if all(w.lower().strip(".") in _GLUE or w.lower().strip(".") in self.label_glue
                           for w in _WORD.findall(label)) else None

    def list_role(self, label: str) -> str | None:
        """A label over candidates named in the race in the article's voice ("Declared candidates", "The candidates",
        "In the race"): a candidacy; not a hedged or assessing one ("Possible candidates", "Front-runners")."""
        label = label.strip(" \t*#_:.-()[]")
        if not label or self.doubt.search(label) or not self.field.search(label) and self.status_of(label) != CANDIDACY:
            return None
        leftover = [w for w in _WORD.findall(self.field.sub(" ", label).lower()) if w not in _GLUE]
        return None if any(self.status_of(w) != CANDIDACY for w in leftover) else CANDIDACY

    def status_of(self, cell: str) -> str | None:
        """The status a whole cell states ("declared", "withdrew 3 May", "out"), or None."""
        core = _DATE_TAIL.sub("", cell).strip(" \t*_.;,-")
        if not core or self.doubt.search(cell):
            return None
        for kind, pattern in self.status:
            if pattern.fullmatch(core):
                return kind
        return None


_LABELS: dict = {}
_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))
# a date after a status word, or in brackets: "withdrew 3 May 2024", "declared (March 2026)", "since 12 March"
_DATE_TAIL = re.compile(rf"(?:\s*[(,]?\s*(?:on|in|since)?\s*(?:\d{{1,2}}\s+)?(?:{_MONTH_ALT})\.?(?:\s+\d{{1,2}})?,?(?:\s+\d{{4}})?\s*\)?"
                        rf"|\s*[(,]?\s*\d{{4}}(?:-\d\d(?:-\d\d)?)?\s*\)?|\s*[(,]?\s*\d{{1,2}}[./]\d{{1,2}}(?:[./]\d{{2,4}})?\s*\)?)\s*$",
                        re.I)


@dataclass
class _Part:
    """A span of a line with its mentions: the candidates, the acting states."""

    start: int
    end: int
    candidates: list[Mention]
    states: list[Mention]


def table_events(full: str, readings: Sequence[Reading], published: dt.date | None, gazetteer: Gazetteer) -> list[Event]:
    """The events the article's tables, headed lists and labelled lines state (see the module's doc)."""
    labels = _Labels.of(gazetteer.lexicon)
    story = gazetteer.story
    out: list[Event] = []
    i, n = 0, len(readings)
    carry: tuple[str, ...] = ()
    while i < n:
        r = readings[i]
        whole = _whole_line(full, r)
        header = _header(r, labels) if whole else None
        if header is not None:
            sep, roles, texts = header
            j = i + 1
            while j < n and _next_line(full, readings[j - 1], readings[j]):
                cells = _cells(readings[j].text, sep)
                if cells is None or len(cells) != len(roles):
                    break
                out += _row(readings[j], cells, roles, texts, labels, published, story)
                j += 1
            i = j
            continue
        heading = _heading(r, labels) if whole else None
        if heading is not None:
            j = i + 1
            while j < n and _next_line(full, readings[j - 1], readings[j]) and _heading(readings[j], labels) is None:
                found = _line(readings[j], heading, labels, published, story, item=True)
                if found is None:
                    break
                out += found
                j += 1
            i = j
            continue
        # (a labelled sentence naming no candidate goes on with the one before it on its line, "For X: A, B. Against:
        # C.", or with the candidate whose heading line the labelled lines follow, "X (S)" / "Backed by: A, B")
        carried = carry if not any(m.kind == CANDIDATE for m in r.mentions) and (
            readings[i - 1].sentence.paragraph == r.sentence.paragraph or whole) else ()
        found = _line(r, None, labels, published, story, item=False, carried=carried) or []
        out += found
        subjects = {e.subject for e in found}
        heading_of = candidate_heading(r) if whole else None
        carry = (heading_of,) if heading_of else tuple(subjects) if len(subjects) == 1 else carried if (
            found or whole and _LABELLED.match(r.text)) else ()
        i += 1
    return out


def _whole_line(full: str, r: Reading) -> bool:
    """The sentence is a line of its own: only spaces between it and the line's ends (read over those spaces alone, so
    a line of many sentences costs no more than its length)."""
    a, b = r.sentence.start, r.sentence.end
    while a > 0 and full[a - 1] in " \t":
        a -= 1
    # (a list item's bullet, left out of its sentence: "* X: A, B", "1. X")
    bullet = a
    while bullet > max(0, a - 4) and full[bullet - 1] in _BULLET_CHARACTERS:
        bullet -= 1
    if bullet < a and (bullet == 0 or full[bullet - 1] in "\n \t"):
        a = bullet
        while a > 0 and full[a - 1] in " \t":
            a -= 1
    while b < len(full) and full[b] in " \t\r":
        b += 1
    return (a == 0 or full[a - 1] == "\n") and (b == len(full) or full[b] == "\n")


def _next_line(full: str, before: Reading, after: Reading) -> bool:
    """`after` is the line right after `before` (blank lines and a table's rule rows between), and a whole line."""
    between = full[before.sentence.end:after.sentence.start]
    return "\n" in between and all(_BETWEEN.match(line) for line in between.split("\n")) and _whole_line(full, after)


def _cells(text: str, sep: re.Pattern) -> list[tuple[int, int]] | None:
    """The cells of a row as spans, or None when `sep` parts no two."""
    spans, at = [], 0
    for m in sep.finditer(text):
        spans.append((at, m.start()))
        at = m.end()
    spans.append((at, len(text)))
    if sep.pattern.startswith(r"\s*\|"):    # a markdown row's outer bars
        spans = [s for k, s in enumerate(spans) if not (k in (0, len(spans) - 1) and not text[s[0]:s[1]].strip())]
    return spans if len(spans) >= 2 else None


def _header(r: Reading, labels: _Labels) -> tuple[re.Pattern, list[str | None], list[str]] | None:
    """A header row: its separator, each column's role (None: none; "key": the candidate's column) and label."""
    if len(r.text) > _LONGEST_LINE or any(m.kind in (CANDIDATE, STATE, OTHER_RACE) for m in r.mentions):
        return None
    for sep in _SEPARATORS:
        cells = _cells(r.text, sep)
        if cells is None:
            continue
        texts = [r.text[a:b].strip() for a, b in cells]
        if any(len(t) > 40 or t.endswith(".") for t in texts):
            return None
        roles: list[str | None] = []
        for t in texts:
            role = labels.role(t)
            roles.append(role if role is not None else "key" if labels.candidate.search(t) else None)
        if any(role in _STANCES for role in roles) or "key" in roles:
            return sep, roles, texts
        return None
    return None


def _row(r: Reading, cells: list[tuple[int, int]], roles: list[str | None], texts: list[str], labels: _Labels,
         published: dt.date | None, story) -> list[Event]:
    """A table row's events: the row's key (its candidates, else its states) and each role column's cell."""
    if any(m.kind == OTHER_RACE for m in r.mentions) or len(r.text) > _LONGEST_LINE:
        return []
    parts = [_part(r, a, b) for a, b in cells]
    keys = [p for p, role in zip(parts, roles) if role not in _STANCES]
    candidates = [m for p in keys for m in p.candidates]
    states = [m for p in keys for m in p.states] if not candidates else []
    if len({m.value for m in candidates}) > 1:
        return []
    out: list[Event] = []
    for p, role, label in zip(parts, roles, texts):
        if role in _STANCES:
            if not _list_like(r, p, labels):
                continue
            if candidates:
                out += _stances(r, role, label, candidates, p.states, p, labels, published, story)
            elif states and p.candidates:
                out += _stances(r, role, label, p.candidates, states, p, labels, published, story)
        elif candidates and not p.candidates and not p.states:
            status = labels.status_of(r.text[p.start:p.end])
            if status is not None:
                out += _status(r, status, label, [m.value for m in candidates], candidates, p, published, story)
    return out


def _heading(r: Reading, labels: _Labels) -> str | None:
    """The role of a heading line over list items ("Endorsements:", "Who backs whom", "Declared candidates:")."""
    if r.sentence.is_title or len(r.text) > 80 or any(m.kind in (CANDIDATE, STATE, OTHER_RACE) for m in r.mentions):
        return None
    text = r.text.strip().strip("#*_ ").strip()
    if not text or len(text.split()) > 8 or text.endswith((".", "?", "!")) or _BULLET.match(r.text):
        return None
    text = text.rstrip(":").strip("*_ ")
    role = labels.role(text) or labels.list_role(text)
    return role


def _line(r: Reading, role: str | None, labels: _Labels, published: dt.date | None, story, item: bool,
          carried: tuple[str, ...] = ()) -> list[Event] | None:
    """A list item under a heading of `role` (None where it is no item: the list ends), or a line labelling its own
    parts (`item` False: [] where it is none). `carried`: the candidate of the labelled sentence just before on the same
    line ("For X: A, B. Against: C.")."""
    if any(m.kind == OTHER_RACE for m in r.mentions) or len(r.text) > _LONGEST_LINE:
        return None if item else []
    text = r.text
    bullet = _BULLET.match(text)
    start = bullet.end() if bullet else len(text) - len(text.lstrip())
    colon = _top_level(text, ":", start)
    if colon is None and not item:
        return []
    out: list[Event] = []
    key_end = colon if colon is not None else start
    key = _part(r, start, key_end)
    key_label = _label_words(text, start, key_end, r.mentions)
    loose = False
    if colon is not None and key_label:
        own = labels.label_role(" ".join(key_label)) or labels.list_role(" ".join(key_label))
        if own is None and (len(key_label) > 3 or labels.doubt.search(text[start:key_end])):
            return None if item else []
        # (a short label naming no role, "Status: X - declared; Y - out", leaves each group its status word only: not
        # a role of its own words, "Names in the mix: X (nominated by S)" lists a field, no nomination)
        role, loose = own, own is None
    groups = _split(text, colon + 1 if colon is not None else start, len(text), ";")
    for a, b in groups:
        group_key, sub_role = key, None
        sub = _top_level(text, ":", a, b)
        sub = (sub, sub + 1) if sub is not None else _spaced_dash(text, a, b)
        if sub is not None:
            head = _part(r, a, sub[0])
            words = _label_words(text, a, sub[0], r.mentions)
            if words:
                # ("opposed by: A", "backers of X: A, B")
                sub_role = labels.label_role(" ".join(words))
                if sub_role is None:
                    if item:
                        return None
                    continue
            if head.candidates or head.states:
                group_key = head
            a = sub[1]
        part = _part(r, a, b)
        subjects = [m.value for m in group_key.candidates] or (list(carried) if not part.candidates else [])
        status = labels.status_of(text[a:b]) if not part.candidates and not part.states else None
        if status is not None and len(set(subjects)) == 1:
            out += _status(r, status, "", subjects[:1], group_key.candidates[:1], part, published, story)
            continue
        if loose:
            if item:
                return None
            continue
        # (the group's own label: "A, B (backing)", "backed by A and B", else the sub-key's, the heading's or the line's)
        own = _label_words(text, a, b, r.mentions)
        group_role = _bracket_role(text, a, b, labels) or (labels.label_role(" ".join(own)) if own else None) \
            or sub_role or role
        if group_role == NOMINATE and not part.states and not group_key.states:
            group_role = CANDIDACY      # ("Nominated:" over "- X (A)": the person in the race; the nominator unsaid)
        if group_role in (CANDIDACY, WITHDRAW, APPOINT):
            named = group_key.candidates if group_key is not key and group_key.candidates else part.candidates
            if labels.doubt.search(text[a:b]) or not named or (named is part.candidates and named[0].start > a + 3) or (
                    not _described(r, part, labels)):
                if item:
                    return None
                continue
            listed = named if _list_like(r, part, labels) and named is part.candidates else named[:1]
            for m in listed:
                out += _status(r, group_role, "", [m.value], [m], part, published, story)
            continue
        if group_role not in _STANCES or not _list_like(r, part, labels):
            if item:
                return None
            continue
        states = part.states or (group_key.states if part.candidates else [])
        candidates = part.candidates or group_key.candidates
        if not candidates and carried and states:
            out += _stances(r, group_role, "", [], states, part, labels, published, story, carried)
            continue
        if len({m.value for m in candidates}) > 1 and len({m.value for m in states}) > 1:
            continue
        out += _stances(r, group_role, "", candidates, states, part, labels, published, story)
    return out


def _described(r: Reading, p: _Part, labels: _Labels) -> bool:
    """A candidacy or withdrawal item's words beside its names describe the person ("(Argentina), head of the IAEA"),
    they are no clause ("has withdrawn his bid"): no finite auxiliary, a dozen words at most."""
    words = [w.lower() for w in _label_words(r.text, p.start, p.end, r.mentions)]
    return len(words) <= 12 and not any(w in _FINITE for w in words)


def _top_level(text: str, char: str, start: int, end: int | None = None) -> int | None:
    """Where `char` first stands outside brackets in text[start:end], or None."""
    depth = 0
    for k in range(start, len(text) if end is None else end):
        c = text[k]
        if c in "([":
            depth += 1
        elif c in ")]":
            depth = max(0, depth - 1)
        elif c == char and depth == 0:
            return k
    return None


def _spaced_dash(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where a dash with spaces round it parts a key from its value ("X - A, B"), and where its value starts."""
    m = _DASH.search(text, start, end)
    return (m.start(), m.end()) if m else None


def _split(text: str, start: int, end: int, char: str) -> list[tuple[int, int]]:
    spans, at = [], start
    while (k := _top_level(text, char, at, end)) is not None:
        spans.append((at, k))
        at = k + 1
    spans.append((at, end))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _part(r: Reading, start: int, end: int) -> _Part:
    inside = [m for m in r.mentions if m.start >= start and m.end <= end]
    candidates = [m for m in inside if m.kind == CANDIDATE]
    # (a state in brackets right after a candidate is the candidate's own: "X (A)")
    states = [m for m in inside if m.kind == STATE and m.actor and not any(
        c.end <= m.start and _OWN_BRACKET.fullmatch(r.text[c.end:m.start]) for c in candidates)]
    return _Part(start, end, candidates, states)


def _label_words(text: str, start: int, end: int, mentions: list[Mention]) -> list[str]:
    """The words of text[start:end] that are neither a mention nor list glue."""
    chars = list(text[start:end])
    for m in mentions:
        if m.start >= start and m.end <= end:
            chars[m.start - start:m.end - start] = " " * (m.end - m.start)
    return [w for w in _WORD.findall("".join(chars)) if w.lower().strip(".") not in _GLUE and not re.fullmatch(r"['’]s", w)]


def _bracket_role(text: str, start: int, end: int, labels: _Labels) -> str | None:
    """The role a bracketed label of a group names: "A, B (backing)", "C (against)"."""
    found = {labels.label_role(m.group(1)) for m in re.finditer(r"\(([^()]{1,30})\)", text[start:end])} - {None}
    return found.pop() if len(found) == 1 else None


def _list_like(r: Reading, p: _Part, labels: _Labels, key_end: int | None = None) -> bool:
    """A cell or group holds names and list glue only (and label words, dates, a tentative word in brackets)."""
    for w in _label_words(r.text, p.start, p.end, r.mentions):
        low = w.lower().strip(".")
        if low in _MONTHS or labels.tentative.fullmatch(low) or labels.role(low) is not None:
            continue
        return False
    return not labels.doubt.search(_blank(r, p))


def _blank(r: Reading, p: _Part) -> str:
    chars = list(r.text[p.start:p.end])
    for m in r.mentions:
        if m.start >= p.start and m.end <= p.end:
            chars[m.start - p.start:m.end - p.start] = " " * (m.end - m.start)
    return "".join(chars)


def _stances(r: Reading, role: str, label: str, candidates: list[Mention], states: list[Mention], p: _Part,
             labels: _Labels, published, story, carried: tuple[str, ...] = ()) -> Iterator[Event]:
    """Each state's stance of `role` on each candidate (or on the candidate `carried` from the sentence before)."""
    named = {m.value: m for m in reversed(candidates)} if candidates else dict.fromkeys(carried)
    if not named or not states:
        return
    status = "tentative" if labels.tentative.search(_blank(r, p)) else "confirmed"
    types = ("candidacy", "endorsement") if role == NOMINATE else (role,)
    for c, cm in named.items():
        for s, sm in {m.value: m for m in reversed(states)}.items():
            for kind in types:
                yield _event(r, kind, c, s if kind != "candidacy" or role == NOMINATE else None,
                             status if kind != "candidacy" else "confirmed", label, cm, sm, p, published, f"table_{role}")


def _status(r: Reading, status: str, label: str, subjects: list[str], mentions: list[Mention], p: _Part, published,
            story) -> list[Event]:
    actor = story.organisation.name if status == APPOINT else None
    return [_event(r, status, subjects[0], actor, "confirmed", label, mentions[0] if mentions else None, None, p, published,
                   f"table_{status}")] if subjects else []


def _event(r: Reading, kind: str, subject: str, actor: str | None, status: str, label: str, subject_at: Mention | None,
           actor_at: Mention | None, p: _Part, published, rule: str) -> Event:
    mention, date = date_near(r.text, p.start, published, within=[(p.start, p.end)])
    marked = [m for m in (subject_at, actor_at) if m is not None]
    roles = [("candidate", r.text[subject_at.start:subject_at.end] if subject_at is not None else subject)]
    if label:
        roles.append(("predicate", label))
    if actor_at is not None:
        roles.append(("actor", r.text[actor_at.start:actor_at.end]))
    return Event(type=kind, subject=subject, actor=actor, status=status, date=date, evidence=r.sentence.text,
                 span=(r.sentence.start, r.sentence.end), confidence=0.6, rule=rule,
                 marks=tuple(sorted((m.start, m.end) for m in marked)), roles=tuple(roles),
                 precision=mention.precision if date is not None else None)
