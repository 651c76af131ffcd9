"""The rules' patterns, compiled for `re`'s matcher to try fewer places, matching exactly as written.

`re` tries a pattern at a place only if the first character there can open a match, when it
knows which can: it reads them from a literal or a character class at the very start of the
pattern. It does not look past a lookbehind, a lookahead or a word boundary, nor inside a
case-insensitive word, so most of the rules' patterns (`(?<![\\w-])(?:back|endorse...)...`) are
tried at every character of every clause. And an alternation of many phrases (a lexicon's
multiword forms, `makes\\s+no\\s+secret...|made\\s+no...`) is tried phrase by phrase wherever its
first word could start.

`compile_tuned(parsed, flags)` returns the code `re` would compile from the parsed pattern with:
- the characters that can open a match, read past zero-width assertions, given to the search
  (`re`'s own "charset" prefix: the first character filters, the whole pattern then runs as
  before from that place);
- in an alternation, neighbouring alternatives that open with the same character share one branch
  for it (a trie); alternatives opening with different characters cannot both match at one place,
  so only their order among each other changes, never the order of two that could both match.
Each step keeps what matches and in which order alternatives are tried where it matters: the
same matches, groups and spans as the pattern compiled by `re` (tests/extract/speed/test_tuned.py
compares both on the rules' patterns and texts). A pattern these steps do not apply to keeps
`re`'s code.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from re import _compiler, _constants as C, _parser as P

# the characters outside ASCII that IGNORECASE matches to an ASCII letter ("İ" to i, "ſ" to s,
# the Kelvin sign to k, "ı" to i): `re`'s case table, checked by tests/extract/speed/test_tuned.py
_RARE_CASES = "\u0130\u0131\u017f\u212a"
# an opening set larger than this filters too little to be worth checking
_MAX_OPENING = 128
_CASE_FLAGS = re.I | re.A | re.U
# kinds of characters beyond ASCII that no other character matches under IGNORECASE (punctuation,
# spaces, mathematical signs: the clause markers "⟨" "⟩", quotes, dashes; checked by the tests)
_CASELESS = frozenset({"Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Zs", "Zl", "Zp", "Sm"})


def compile_tuned(parsed: P.SubPattern, flags: int) -> list[int]:
    """The code of `parsed` (as `_compiler._code(parsed, flags)` gives it), tuned as the module
    docstring says."""
    flags = int(parsed.state.flags | flags)
    if flags & re.L or not flags & re.U:     # bytes: the rules' patterns are all text
        return _compiler._code(parsed, flags)
    _tune(parsed, flags)
    code = _compiler._code(parsed, flags)
    return _with_opening(code, parsed, flags)


def _tune(p: P.SubPattern, flags: int) -> None:
    """Rewrites the alternations inside `p` (in place), then inlines plain groups."""
    data = []
    for op, av in p.data:
        if op is C.SUBPATTERN:
            group, add, remove, sub = av
            inner = _compiler._combine_flags(flags, add, remove)
            _tune(sub, inner)
            if group is None and not add and not remove:
                data.extend(sub.data)      # "(?:abc)": the same sequence
                continue
        elif op is C.BRANCH:
            for alt in av[1]:
                _tune(alt, flags)
            av = (av[0], _factored(av[1], p.state, flags))
            if len(av[1]) == 1:
                data.extend(av[1][0].data)
                continue
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            _tune(av[2], flags)
        elif op in (C.ASSERT, C.ASSERT_NOT):
            _tune(av[1], flags)
        elif op is C.ATOMIC_GROUP:
            _tune(av, flags)
        elif op is C.GROUPREF_EXISTS:
            _tune(av[1], flags)
            if av[2] is not None:
                _tune(av[2], flags)
        data.append((op, av))
    p.data = data
    p.width = None


def _key(alt: P.SubPattern, flags: int) -> str | None:
    """The character an alternative must open with, as the key of those it shares a branch with
    (None: not a plain ASCII character, so it keeps its place among its neighbours)."""
    if not alt.data:
        return None
    op, av = alt.data[0]
    if op is not C.LITERAL or av > 127:
        return None
    ch = chr(av)
    return ch.lower() if flags & re.I else ch


def _factored(alts: list[P.SubPattern], state, flags: int) -> list[P.SubPattern]:
    """The alternatives, those opening with the same character among neighbours that all open with
    a plain character gathered into one (its character, then an alternation of their rests, in
    their order)."""
    out: list[P.SubPattern] = []
    run: dict[str, list[P.SubPattern]] = {}

    def close() -> None:
        for members in run.values():
            out.append(members[0] if len(members) == 1 else _shared(members, state, flags))
        run.clear()

    for alt in alts:
        key = _key(alt, flags)
        if key is None:
            close()
            out.append(alt)
        else:
            run.setdefault(key, []).append(alt)
    close()
    return out


def _shared(members: list[P.SubPattern], state, flags: int) -> P.SubPattern:
    first = members[0].data[0]
    rests = [P.SubPattern(state, list(m.data[1:])) for m in members]
    rests = _factored(rests, state, flags)
    if len(rests) == 1:
        tail = list(rests[0].data)
    else:
        branch = P.SubPattern(state, [(C.BRANCH, (None, rests))])
        tail = [(C.SUBPATTERN, (None, 0, 0, branch))]
    return P.SubPattern(state, [first, *tail])


@lru_cache(maxsize=4096)
def _cases(av: int, flags: int) -> frozenset[int] | None:
    """Every character that the literal `av` matches under `flags` (None: unknown, a letter beyond
    ASCII, whose case partners `re`'s table alone knows)."""
    ch = chr(av)
    if not (flags & re.I) or (av < 128 and not ch.isalpha()) or (av >= 128 and unicodedata.category(ch) in _CASELESS):
        return frozenset({av})
    if av >= 128:
        return None
    literal = re.compile(re.escape(ch), flags & _CASE_FLAGS)
    return frozenset(ord(x) for x in {ch.lower(), ch.upper(), *_RARE_CASES} if literal.fullmatch(x))


def _opening(data, flags: int) -> tuple[frozenset[int] | None, bool]:
    """The characters a match of the sequence `data` can open with (None: too many to tell), and
    whether it can match the empty string (then what follows it can open the match too)."""
    found: set[int] = set()
    for op, av in data:
        chars, empty = _item_opening(op, av, flags)
        if chars is None:
            return None, False
        found |= chars
        if not empty:
            return frozenset(found), False
    return frozenset(found), True


def _item_opening(op, av, flags: int) -> tuple[frozenset[int] | None, bool]:
    if op is C.LITERAL:
        return _cases(av, flags), False
    if op is C.IN:
        chars: set[int] = set()
        for kind, value in av:
            if kind is C.LITERAL:
                more = _cases(value, flags)
            elif kind is C.RANGE and value[1] - value[0] < 32:
                more = set()
                for v in range(value[0], value[1] + 1):
                    cased = _cases(v, flags)
                    if cased is None:
                        return None, False
                    more |= cased
            else:
                return None, False      # a negation, a category, a wide range
            if more is None:
                return None, False
            chars |= more
        return frozenset(chars), False
    if op is C.BRANCH:
        chars, empty = set(), False
        for alt in av[1]:
            more, alt_empty = _opening(alt.data, flags)
            if more is None:
                return None, False
            chars |= more
            empty = empty or alt_empty
        return frozenset(chars), empty
    if op is C.SUBPATTERN:
        return _opening(av[3].data, _compiler._combine_flags(flags, av[1], av[2]))
    if op is C.ATOMIC_GROUP:
        return _opening(av.data, flags)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        if av[1] == 0:
            return frozenset(), True
        chars, empty = _opening(av[2].data, flags)
        return chars, empty or av[0] == 0
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return frozenset(), True        # zero-width: the opening character comes after it
    return None, False


def _with_opening(code: list[int], parsed: P.SubPattern, flags: int) -> list[int]:
    """`code` with the characters a match opens with in its info block, when `re` found neither
    a prefix nor such a set and the pattern cannot match the empty string."""
    if code[0] != C.INFO or code[2] != 0 or code[3] == 0:
        return code
    if parsed.data[0] in ((C.AT, C.AT_BEGINNING), (C.AT, C.AT_BEGINNING_STRING)):
        return code     # `re` tries an anchored pattern at the start only
    chars, empty = _opening(parsed.data, flags)
    if chars is None or empty or not chars or len(chars) > _MAX_OPENING:
        return code
    # a bitmap of the first 256 characters, the others one by one (`re`'s map of all 65,536 costs
    # milliseconds to build for the Kelvin sign alone)
    charset, _ = _compiler._optimize_charset([(C.LITERAL, c) for c in sorted(chars) if c < 256])
    charset += [(C.LITERAL, c) for c in sorted(chars) if c >= 256]
    info = [C.INFO, 0, C.SRE_INFO_CHARSET, code[3], code[4]]
    _compiler._compile_charset(charset, flags & ~re.I, info)
    info[1] = len(info) - 1
    return info + code[1 + code[1]:]
