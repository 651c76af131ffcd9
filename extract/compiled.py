"""The rules' compiled form, kept from one process to the next by the caller.

Building a lexicon's grammar costs ~0.6-0.9 s of CPU, most of it `re` parsing and compiling the
rules' patterns and cues.py reading their cue sets: every one-shot command and every poll worker
paid it again, and the lexicon's other readers (scope, speech, the resolver, the gazetteer's and the
proposer's lexicon patterns, ~200 of them) another ~0.15-0.2 s. Patterns that change with the
candidates an article adds are compiled by `re` and not kept (an entry per article would grow the
store and rewrite it after every job). `pattern(text, flags)` compiles as `re.compile` does (tuned to be
tried at fewer places: extract/tuned.py) and keeps the result's code; `CUE_SETS` holds cues.py's readings. extract/ does no I/O: a caller (flows/rules_cache.py) hands
in what an earlier process built (`load`) and takes what is worth keeping (`export`, `changed`).

Entries are keyed by what they are computed from (a pattern's text and flags), so an entry of
another lexicon or story is never used for this one. Cue sets also depend on cues.py's code, and
compiled code on the Python build: the caller keys its whole store by both.
"""
from __future__ import annotations

import array
import marshal
import re
import weakref
import zlib
from re import _parser
from typing import Any

import _sre

from natowatch.extract.tuned import compile_tuned

# (pattern text, flags) -> the compiled form, packed (zlib: ~25 KB of code per rule packs to ~2 KB)
_PATTERNS: dict[tuple[str, int], bytes] = {}
# (pattern text, flags) -> its cue sets (frames/cues.py reads and fills it)
CUE_SETS: dict[tuple[str, int], tuple[frozenset[str], ...]] = {}
_built = 0                              # patterns compiled here since the last load or save
_kept_cues: set[tuple[str, int]] = set()  # the keys of CUE_SETS handed in or kept since
_MAX_ENTRIES = 4096                     # many lexicons' patterns: start again rather than grow
# (pattern text, flags) -> the pattern, while something holds it: a gazetteer built for an article's
# proposed candidates (extract/gazetteer.py) shares its lexicon patterns with the others alive instead
# of holding copies (~1 MB each; a poll worker keeps up to ~30 such gazetteers)
_LIVE: "weakref.WeakValueDictionary[tuple[str, int], re.Pattern]" = weakref.WeakValueDictionary()


def pattern(text: str, flags: int = 0) -> re.Pattern:
    """re.compile(text, flags), tuned (see `built`), from the kept code when there is some for this
    text and flags."""
    key = (text, int(flags))
    live = _LIVE.get(key)
    if live is None:
        live = _LIVE[key] = _kept_or_built(key)
    return live


def _kept_or_built(key: tuple[str, int]) -> re.Pattern:
    global _built
    text, flags = key
    packed = _PATTERNS.get(key)
    if packed is not None:
        try:
            return _unpack(text, packed)
        except (ValueError, TypeError, EOFError, RuntimeError, OverflowError):   # not code this build accepts
            del _PATTERNS[key]
    compiled, form = _build(text, flags)
    if len(_PATTERNS) >= _MAX_ENTRIES:
        _PATTERNS.clear()
    _built += 1
    _PATTERNS[key] = zlib.compress(marshal.dumps(form), 1)
    return compiled


def built(text: str, flags: int = 0) -> re.Pattern:
    """re.compile(text, flags), with the code tuned to be tried at fewer places (extract/tuned.py:
    the same matches), built now and not kept."""
    return _build(text, flags)[0]


def _build(text: str, flags: int) -> tuple[re.Pattern, tuple]:
    parsed = _parser.parse(text, flags)
    code = compile_tuned(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, number in groupindex.items():
        indexgroup[number] = name
    # plain ints: `re`'s flags and opcodes are int subclasses, which marshal refuses
    form = (int(flags | parsed.state.flags), array.array("I", code).tobytes(), int(parsed.state.groups - 1),
            {name: int(number) for name, number in groupindex.items()}, tuple(indexgroup))
    return _sre.compile(text, form[0], code, form[2], groupindex, form[4]), form


def _unpack(text: str, packed: bytes) -> re.Pattern:
    flags, code, groups, groupindex, indexgroup = marshal.loads(zlib.decompress(packed))
    words = array.array("I")
    words.frombytes(code)
    # _sre checks the code it is given (an invalid program raises RuntimeError)
    return _sre.compile(text, flags, words.tolist(), groups, groupindex, indexgroup)


def load(entries: dict[str, dict]) -> int:
    """Take the entries an earlier process exported; returns how many were taken. Entries of the
    wrong shape are left out (the caller checks its file as a whole; this checks each entry)."""
    taken = 0
    patterns, cue_sets = entries.get("patterns", {}), entries.get("cue_sets", {})
    for key, packed in patterns.items() if isinstance(patterns, dict) else ():
        if _is_key(key) and isinstance(packed, bytes):
            _PATTERNS.setdefault(key, packed)
            taken += 1
    for key, sets in cue_sets.items() if isinstance(cue_sets, dict) else ():
        if _is_key(key) and isinstance(sets, tuple) and all(
                isinstance(s, frozenset) and all(isinstance(x, str) for x in s) for s in sets):
            CUE_SETS.setdefault(key, sets)
            _kept_cues.add(key)
            taken += 1
    return taken


def _is_key(key: Any) -> bool:
    return isinstance(key, tuple) and len(key) == 2 and isinstance(key[0], str) and type(key[1]) is int


def changed() -> bool:
    """Whether this process built something it was not handed since it last `saved` (then `export`
    is worth keeping)."""
    return _built > 0 or any(key not in _kept_cues for key in CUE_SETS)


def export() -> dict[str, dict]:
    """Everything held now: what was handed in and what was built here (marshal-able values)."""
    return {"patterns": dict(_PATTERNS), "cue_sets": dict(CUE_SETS)}


def saved() -> None:
    """What is held now is kept by the caller (`changed` is False until something new is built)."""
    global _built
    _built = 0
    _kept_cues.update(CUE_SETS)
