"""Cues: the strings a pattern cannot match without, read from the pattern itself.

A rule's regular expression is scanned over every clause of every sentence that names a
candidate; most clauses hold none of its predicate's words, and the scan is what extraction
costs. `cue_sets(pattern)` walks the parsed expression (the way RE2's and codesearch's
prefilters do) and returns the *cue sets* it implies: any text the pattern matches contains at
least one string of every set (lower-cased). `CueIndex` finds every cue string of a grammar in a
clause in one pass, and a rule is tried only on a clause holding a string of each of its sets.
Nothing is listed by hand: a new rule, or a new word in the lexicon, gets its cues from its
pattern. A pattern that requires nothing recognisable (a set would be too large, or a branch can
match any text) simply has fewer sets, down to none: it then always runs.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from natowatch.extract.compiled import CUE_SETS
from natowatch.extract.lexicon import fragments, trie_pattern

try:                                    # Python >= 3.11
    from re import _constants as C, _parser as P
except ImportError:                     # pragma: no cover - Python 3.10
    import sre_constants as C           # type: ignore[no-redef]
    import sre_parse as P               # type: ignore[no-redef]

# how many strings a set of exact strings may hold before it is given up (cross products grow fast)
_MAX_EXACT = 64
# a character class of up to this many characters is expanded into its strings ("[sd]" -> s, d)
_MAX_CLASS = 4
# how many runs of cue characters (words) a CueIndex keeps the sets of
_MAX_RUNS = 1 << 16
# characters that IGNORECASE matches to an ASCII letter but that str.lower() keeps apart (or,
# for the dotted capital I, lowers to two characters)
_TO_ASCII = str.maketrans({"\u0131": "i", "\u0130": "i", "\u017f": "s", "\u212a": "k"})
_RARE = re.compile("[\u0131\u0130\u017f\u212a]")


def normalise(text: str) -> str:
    """The form of a text that cue strings are looked for in."""
    # translating a whole text costs more than looking for the four characters (seldom there)
    return text.translate(_TO_ASCII).lower() if not text.isascii() and _RARE.search(text) else text.lower()


@dataclass(frozen=True)
class _Info:
    """What every match of a piece of a pattern contains: `exact`, the only strings the piece can
    match (None when unknown or too many); `sets`, sets of strings of which each holds one;
    `heads` and `tails`, strings of which every match opens, and ends, with one ({""}: unknown).
    A trie of words written out (`st(?:and|ood)\\s+by|...`) is read across its pieces: a word
    split between a literal and an alternation is one string ("stand", "stood"), not its tail."""

    exact: frozenset[str] | None
    sets: tuple[frozenset[str], ...] = ()
    heads: frozenset[str] = frozenset({""})
    tails: frozenset[str] = frozenset({""})

    def __post_init__(self) -> None:
        if self.exact is not None:      # a piece of known strings opens and ends with them
            object.__setattr__(self, "heads", self.exact)
            object.__setattr__(self, "tails", self.exact)

    def required(self) -> tuple[frozenset[str], ...]:
        """`sets`, with the exact strings as one more set when none of them is empty."""
        if self.exact and "" not in self.exact:
            return (*self.sets, self.exact)
        return self.sets


_ANYTHING = _Info(None)
_EMPTY = _Info(frozenset({""}))


def _plain(ch: str) -> bool:
    """A character whose case partners str.lower() knows as IGNORECASE does (a letter beyond ASCII
    may have others: it is left out of the strings)."""
    return ch.isascii() or not ch.isalpha()


def _char_class(items, slots: dict[int, _Info]) -> _Info:
    chars = []
    for op, av in items:
        if op is C.LITERAL and av in slots:
            raise _Unfolded     # a fragment's text inside a class: it was no group there
        if op is not C.LITERAL or not _plain(chr(av)):
            return _ANYTHING        # a range, a category, a negation: any of many characters
        chars.append(normalise(chr(av)))
    return _Info(frozenset(chars)) if 0 < len(chars) <= _MAX_CLASS else _ANYTHING


def _wordish(strings: frozenset[str]) -> bool:
    """Strings of the characters cue strings are made of (letters, "-", "’", "⟨"), none empty:
    what a string read across two pieces may be joined from (so a text's cue strings stay
    within its words: see CueIndex)."""
    return all(x and all(ch.isalpha() or ch in "-’⟨" for ch in x) for x in strings)


def _joined(before: frozenset[str], after: frozenset[str]) -> frozenset[str] | None:
    """Each string of `before` followed by each of `after`, when both are known and few."""
    if "" in after or not _wordish(after) or len(before) * len(after) > _MAX_EXACT or not _wordish(before - {""}):
        return None
    return frozenset(a + b for a in before for b in after)


def _concat(parts: list[_Info]) -> _Info:
    whole: frozenset[str] | None = frozenset({""})     # the exact strings of the whole sequence
    run: frozenset[str] = frozenset({""})              # the strings the sequence so far ends with
    heads: frozenset[str] | None = None                # those it opens with, once no longer `whole`
    sets: list[frozenset[str]] = []

    def close(strings: frozenset[str]) -> None:
        if "" not in strings:       # a stretch that may be empty requires nothing
            sets.append(strings)

    after_unknown = False       # whether `run` opens with the tails of an unknown piece
    for part in parts:
        sets += part.sets
        if part.exact is None:      # unknown text: the stretch before it, joined to how it opens, is required
            joined = _joined(run, part.heads)
            close(joined if joined is not None else run)
            if whole is not None:
                heads = _joined(whole, part.heads) or whole
            run, whole = part.tails if _wordish(part.tails) else frozenset({""}), None
            after_unknown = True
            continue
        product = frozenset(a + b for a in run for b in part.exact) if len(run) * len(part.exact) <= _MAX_EXACT else None
        if product is not None and after_unknown and not _wordish(product - {""}):
            # (a word's tail is joined to letters only: "s" and ", " stay apart)
            close(run)
            run, after_unknown = part.exact, False
        elif product is not None:
            run = product
        else:                       # too many combinations: keep each stretch's strings apart
            close(run)
            if whole is not None:
                heads = whole
            run, whole = part.exact, None
        if whole is not None:
            whole = run
    if whole is not None:
        return _Info(whole, tuple(sets))
    close(run)
    return _Info(None, tuple(sets), heads if heads is not None else frozenset({""}), run)


def _limited(strings: frozenset[str], tail: bool) -> frozenset[str]:
    """Strings every match opens (or ends) with, at most _MAX_EXACT of them: those given, else
    their first (last) characters, as many as keep them few ({""}: none)."""
    if "" in strings or len(strings) <= _MAX_EXACT:
        return strings if "" not in strings else frozenset({""})
    for k in range(max(map(len, strings)) - 1, 0, -1):
        cut = frozenset(x[-k:] if tail else x[:k] for x in strings)
        if len(cut) <= _MAX_EXACT:
            return cut
    return frozenset({""})


def _branch(branches: list[_Info]) -> _Info:
    if all(b.exact is not None for b in branches):
        union = frozenset().union(*(b.exact for b in branches))
        if len(union) <= _MAX_EXACT:
            return _Info(union)
    heads = _limited(frozenset().union(*(b.heads for b in branches)), tail=False)
    tails = _limited(frozenset().union(*(b.tails for b in branches)), tail=True)
    # one set that every branch implies: its best set, all of them joined
    picked: set[str] = set()
    for b in branches:
        options = b.required()
        if not options:
            return _Info(None, (), heads, tails)     # this branch can match without any cue
        picked |= _best(options)
    return _Info(None, (frozenset(picked),), heads, tails)


def _repeat(low: int, high: int, body: _Info) -> _Info:
    if body.exact == {""}:
        return _EMPTY
    if low == 0:
        # "x?": the exact strings gain the empty one; "x*" or "x{0,3}" may match anything of x's
        if high == 1 and body.exact is not None and len(body.exact) < _MAX_EXACT:
            return _Info(body.exact | {""})
        return _ANYTHING
    # one match of the body at least, then more of it: what the body requires is required, and a
    # match opens and ends as the body's do
    return _Info(None, body.required(), body.heads, body.tails)


def _walk(parsed, slots: dict[int, _Info]) -> _Info:
    parts = []
    run: list[str] = []                 # consecutive literal characters: one string
    for op, av in parsed:
        if op is C.LITERAL and av in slots:     # a word alternation read beforehand (see _fold)
            if run:
                parts.append(_Info(frozenset({normalise("".join(run))})))
                run = []
            parts.append(slots[av])
            continue
        if op is C.LITERAL and _plain(chr(av)):
            run.append(chr(av))
            continue
        if run:
            parts.append(_Info(frozenset({normalise("".join(run))})))
            run = []
        if op is C.LITERAL:
            parts.append(_ANYTHING)
        elif op is C.IN:
            parts.append(_char_class(av, slots))
        elif op is C.SUBPATTERN:
            parts.append(_walk(av[-1], slots))
        elif op is C.BRANCH:
            parts.append(_branch([_walk(b, slots) for b in av[1]]))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT)):
            low, high, body = av
            inner = _walk(body, slots)
            parts.append(inner if low == high == 1 else _repeat(low, high, inner))
        elif op is getattr(C, "ATOMIC_GROUP", None):
            parts.append(_walk(av, slots))
        elif op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            parts.append(_EMPTY)    # zero-width: consumes nothing, adds nothing to the strings around it
        else:
            parts.append(_ANYTHING)  # any character, a category, a back-reference, a conditional
    if run:
        parts.append(_Info(frozenset({normalise("".join(run))})))
    return parts[0] if len(parts) == 1 else _concat(parts)


def _best(options: tuple[frozenset[str], ...]) -> frozenset[str]:
    """The most telling set: its shortest string the longest (a word, not a letter), then the fewest."""
    return max(options, key=lambda s: (min(map(len, s)), -len(s)))


def _minimal(strings: frozenset[str]) -> frozenset[str]:
    """Drop the strings that contain another of the set: the shorter one is found wherever they are."""
    return frozenset(s for s in strings if not any(o != s and o in s for o in strings))


class _Unfolded(Exception):
    """A fragment's text stood where it was no group: the pattern is read whole instead."""


# slot characters (a private-use plane) stand for the fragments in a pattern being read
_SLOT = 0xF0000
_SLOTS_IN = re.compile("[\U000F0000-\U000FFFFD]")
# an inline verbose flag changes how a fragment's text parses: such a pattern is read whole
_VERBOSE_INLINE = re.compile(r"\(\?[aiLmsu-]*x")
_FRAGMENT_INFO: dict[tuple[str, int], _Info] = {}


def _fold(source: str, flags: int) -> tuple[str, dict[int, _Info]]:
    """`source` with each of the lexicon's word alternations in it (lexicon.fragments) replaced by
    a group holding one slot character, and what each slot stands for. The rules inline the same
    few dozen alternations ~90 times (four fifths of their text); each is parsed and read once.
    The parse is the same tree but for those groups' insides: a group stays a group (never merged
    into a character set or taken out of a branch as a common prefix)."""
    if flags & re.X or _VERBOSE_INLINE.search(source) or _SLOTS_IN.search(source):
        return source, {}
    slots: dict[int, _Info] = {}
    for text in fragments():
        if text not in source or "\\" + text in source:    # absent, or its "(" escaped
            continue
        info = _FRAGMENT_INFO.get((text, flags))
        if info is None:
            if len(_FRAGMENT_INFO) > 4096:
                _FRAGMENT_INFO.clear()
            info = _FRAGMENT_INFO[(text, flags)] = _walk(P.parse(text, flags), {})
        code = _SLOT + len(slots)
        slots[code] = info
        source = source.replace(text, "(?:" + chr(code) + ")")
    return source, slots


def _read(source: str, flags: int) -> tuple[frozenset[str], ...]:
    folded, slots = _fold(source, flags)
    try:
        return _required(_walk(P.parse(folded, flags), slots))
    except (_Unfolded, re.error):     # a fragment's text stood where it was no group
        return _read_whole(source, flags)


def _read_whole(source: str, flags: int) -> tuple[frozenset[str], ...]:
    return _required(_walk(P.parse(source, flags), {}))


def _required(info: _Info) -> tuple[frozenset[str], ...]:
    out = []
    for s in info.required():
        s = _minimal(s)
        if "" in s or min(map(len, s)) < 2 or s in out:
            continue
        out.append(s)
    return tuple(out)


# kept across processes by a caller (extract/compiled.py)
_READ = CUE_SETS


def cue_sets(pattern: re.Pattern | str) -> tuple[frozenset[str], ...]:
    """The sets of strings of which any text `pattern` matches holds one each (lower-cased), the
    least telling ones (a single character) left out. Read once per pattern text: a story with
    other candidates has the same patterns, and reading a parse costs about what compiling does."""
    source = pattern.pattern if isinstance(pattern, re.Pattern) else pattern
    key = (source, pattern.flags if isinstance(pattern, re.Pattern) else 0)
    hit = _READ.get(key)
    if hit is None:
        if len(_READ) > 4096:       # many stories' patterns: start again rather than grow
            _READ.clear()
        hit = _READ[key] = _read(*key)
    return hit


class CueIndex:
    """The cue sets of a list of patterns, looked for in a clause in one pass.

    One expression, shaped as a trie of every cue string, is tried at each position of the
    clause and finds the longest string starting there; the shorter ones starting there are its
    prefixes, so each string found stands for the sets holding it or any of its prefixes.
    `present` gives the numbers of the sets a clause holds, and the i-th pattern can match only
    if `needs[i] <= present(...)`."""

    def __init__(self, patterns: list[re.Pattern]):
        per_pattern = [cue_sets(p) for p in patterns]
        number: dict[frozenset[str], int] = {}
        for sets in per_pattern:
            for s in sets:
                number.setdefault(s, len(number))
        self.needs = [frozenset(number[s] for s in sets) for sets in per_pattern]
        # each pattern filed under one set it needs (the one fewest patterns need), so a clause's
        # patterns are found from its few sets rather than by testing every pattern's needs
        users: dict[int, int] = {}
        for needs in self.needs:
            for n in needs:
                users[n] = users.get(n, 0) + 1
        self._always = tuple(i for i, needs in enumerate(self.needs) if not needs)
        self._filed: dict[int, list[int]] = {}
        for i, needs in enumerate(self.needs):
            if needs:
                self._filed.setdefault(min(needs, key=lambda n: (users[n], n)), []).append(i)
        holding: dict[str, set[int]] = {}
        for s, i in number.items():
            for string in s:
                holding.setdefault(string, set()).add(i)
        self._fulfils = {string: frozenset().union(*(holding.get(string[:k], ()) for k in range(1, len(string) + 1)))
                         for string in holding}
        self._finder = re.compile("(?=(" + trie_pattern(holding, literal=True) + "))") if holding else None
        # No cue string holds a character outside its strings' own (letters, a few marks): a text's
        # strings are those of its runs of these characters, its words mostly. Each run is read by
        # the trie once and its sets kept, since a text's words are mostly ones read before.
        chars = sorted({ch for string in holding for ch in string})
        self._runs = re.compile("[" + "".join(map(re.escape, chars)) + "]+")
        self._run_sets: dict[str, frozenset[int]] = {}
        # for `possible_in`: the sets as the bits of an int (a union of ints costs little, one of sets their size)
        self._needs_masks = [sum(1 << n for n in needs) for needs in self.needs]
        self._run_rules: dict[str, tuple[int, frozenset[int]]] = {}

    def possible(self, present: frozenset[int]) -> list[int]:
        """The numbers of the patterns that can match a text holding the cue sets `present`
        (those `needs[i] <= present`), in pattern order."""
        filed = self._filed
        found = [i for n in present if n in filed for i in filed[n] if self.needs[i] <= present]
        if not found:
            return list(self._always)
        return sorted(found + list(self._always)) if self._always else sorted(found)

    def possible_in(self, text: str) -> list[int]:
        """possible(present(text)), found faster: each run of cue characters is kept with its sets as one
        int and the patterns filed under them, so a text costs a few unions of ints and a check of the
        patterns filed under its sets."""
        known = self._run_rules
        mask, filed = 0, set()
        for run in self._runs.findall(normalise(text)) if self._finder is not None else ():
            got = known.get(run)
            if got is None:
                if len(known) >= _MAX_RUNS:     # a text of many words: start again rather than grow
                    known.clear()
                sets = self._sets_of(run)
                got = known[run] = (sum(1 << n for n in sets), frozenset(i for n in sets for i in self._filed.get(n, ())))
            mask |= got[0]
            filed |= got[1]
        masks = self._needs_masks
        found = [i for i in filed if masks[i] & mask == masks[i]]
        if not found:
            return list(self._always)
        return sorted(found + list(self._always)) if self._always else sorted(found)

    def _sets_of(self, run: str) -> frozenset[int]:
        """The numbers of the cue sets a run of cue characters holds a string of."""
        return frozenset().union(*map(self._fulfils.__getitem__, set(self._finder.findall(run))))

    def present(self, text: str) -> frozenset[int]:
        """The numbers of the cue sets `text` holds a string of."""
        if self._finder is None:
            return frozenset()
        known, found = self._run_sets, set()
        for run in self._runs.findall(normalise(text)):
            sets = known.get(run)
            if sets is None:
                if len(known) >= _MAX_RUNS:     # a text of many words: start again rather than grow
                    known.clear()
                sets = known[run] = self._sets_of(run)
            found |= sets
        return frozenset(found)


class ScanCues:
    """Patterns scanned over whole sentences (not matched at a place), each worth scanning only over a
    sentence holding a string of each of its cue sets: `ruled_out(text)` gives the ids of those of them that
    cannot match `text` (one pass of a CueIndex over it instead of a scan per pattern, most of which find
    nothing; ids, as hashing a compiled pattern hashes its code). A pattern not given here is never ruled out."""

    def __init__(self, patterns: list[re.Pattern]):
        self.patterns = patterns        # (kept alive: their ids stay theirs)
        self._ids = [id(p) for p in patterns]
        self._all = frozenset(self._ids)
        self._index = CueIndex(patterns)

    def ruled_out(self, text: str) -> frozenset[int]:
        ids = self._ids
        return self._all.difference([ids[i] for i in self._index.possible_in(text)])

    def __eq__(self, other: object) -> bool:      # (a copy of a build compares equal to a fresh build's)
        return isinstance(other, ScanCues) and [(p.pattern, p.flags) for p in self.patterns] == [
            (p.pattern, p.flags) for p in other.patterns]

    __hash__ = None     # type: ignore[assignment]
