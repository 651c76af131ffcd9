"""The lexicon file compiled once into regular expressions.

The lexicon (config/lexicon/en.yaml) holds one list per concept. A list whose key
ends in `verbs` holds lemmas: each entry's verb ("back", "throw one's weight
behind", "formally +endorse") is inflected here (back/backs/backed/backing, with
the file's `irregular_verbs` replacing the generated past forms, PETRARCH-style);
a list whose key ends in `nouns` holds nouns whose head gets its plural. An entry
written "=as is" is kept as written; a word "@name" stands for each phrase of the lexicon's slot list
`slots.name` ("go the extra mile @for": the idiom before every preposition of support), an entry ending in one
read as its forms before the slot's alternation (Lexicon.alt). Every list becomes one case-insensitive
alternation, longest phrase first, so that "has withdrawn" wins over "withdrawn".
No other module builds word forms.
"""
from __future__ import annotations

import re
from contextvars import ContextVar
from typing import Any, Callable, Iterable, Mapping

from natowatch.extract.compiled import pattern as compiled_pattern
from natowatch.extract.story import Story, StoryError
from natowatch.extract.text import fold


def phrase_pattern(phrases: Iterable[str]) -> str:
    """One regex alternation for plain phrases (any whitespace between words), shaped as a trie (see
    `trie_pattern`). What a reporter sets inside a multiword phrase ("came out strongly for", "threw its full
    weight last Friday behind") is no part of it: the clause views leave such inserts out (extract/inserts.py)."""
    # longest first; ties in text order, so that every process builds the same text (a set's order
    # changes with the hash seed, and the compiled rules are kept by their text: extract/compiled.py)
    uniq = sorted({fold(p).strip() for p in phrases if p and p.strip()}, key=lambda p: (-len(p), p))
    # as a trie: the same matches in the same order (phrases matching at one place are prefixes
    # of one another, and both shapes try the longer first), without trying every phrase at
    # every place a rule's gap could end
    return _known("(?:" + trie_pattern(uniq) + ")") if uniq else "(?!)"


# The alternations built by phrase_pattern, by text (each one group, "(?:...)"). The frames' rules
# inline the same few dozen of them into ~90 patterns, four fifths of their text: cues.py reads
# each of them once (see `fragments`) instead of once per rule.
_FRAGMENTS: dict[str, None] = {}
_FRAGMENT_MIN = 40      # a shorter alternation costs less to read again than to look for


def _known(group: str) -> str:
    if len(group) >= _FRAGMENT_MIN and group not in _FRAGMENTS:
        if len(_FRAGMENTS) > 4096:      # many lexicons: start again rather than grow
            _FRAGMENTS.clear()
        _FRAGMENTS[group] = None
    return group


def fragments() -> list[str]:
    """The word alternations built so far (each a whole group, "(?:...)"), longest first."""
    return sorted(_FRAGMENTS, key=len, reverse=True)


def trie_pattern(phrases: Iterable[str], literal: bool = False) -> str:
    """An alternation shaped as a character trie: one pass, no backtracking over
    hundreds of names; a longer name wins over its prefix ("NATO chief" over "NATO").
    A space stands for any whitespace, unless `literal` (every character as written)."""
    return _trie_regex(_trie(phrases, literal), literal)


def _trie(phrases: Iterable[str], literal: bool = False) -> dict:
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for ch in phrase if literal else " ".join(phrase.split()):
            node = node.setdefault(ch, {})
        node[""] = {}
    return trie


def word_trie_pattern(phrases: Iterable[str]) -> str:
    """trie_pattern(phrases) between word boundaries (no word character just before or after),
    written so that `re` can skip to where a phrase may start: the check before is made after the
    first character ("R(?<![\\w]R)utte"), so each branch opens with its character and a search
    knows them all (a pattern opening with a lookbehind is tried at every position of the text)."""
    trie = _trie(phrases)
    if "" in trie or " " in trie:
        return r"(?<![\w])" + _trie_regex(trie) + r"(?![\w])"
    branches = [f"{re.escape(ch)}(?<![\\w]{re.escape(ch)}){_trie_regex(trie[ch])}" for ch in sorted(trie)]
    return "(?:" + "|".join(branches) + r")(?![\w])" if branches else "(?!)"


def _trie_regex(node: dict, literal: bool = False) -> str:
    ends = "" in node
    branches = []
    for ch in sorted(k for k in node if k):
        atom = r"\s+" if ch == " " and not literal else re.escape(ch)
        branches.append(atom + _trie_regex(node[ch], literal))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body


# the numbers written out, cardinal and ordinal, in order from one: the one list of each in code (a pattern reads the
# range it counts with: cardinals(2, 10) "two|three|...|ten"; Lexicon.numbers the same range as a trie)
CARDINAL_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                  "thirteen", "fourteen", "fifteen")
ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                 "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                 "eighteenth", "nineteenth")


def cardinals(low: int, high: int) -> str:
    """The cardinal number words from `low` to `high` (cardinals(1, 3) "one|two|three"), as a plain alternation
    for a pattern to group."""
    return "|".join(CARDINAL_WORDS[low - 1:high])


def ordinals(low: int, high: int) -> str:
    """The ordinal number words from `low` to `high` (ordinals(1, 5) "first|...|fifth"), as cardinals()."""
    return "|".join(ORDINAL_WORDS[low - 1:high])


# a count of the race's field, "two" to "ten", by its value
_COUNTS = {word: n for n, word in enumerate(CARDINAL_WORDS[:10], start=1) if n >= 2}


def counted_field(lex: "Lexicon") -> re.Pattern:
    """A count of the race's field ("Four candidates remain", "the five people vying"): group `n` the count
    (see field_size), not after a word that only assesses ("five possible candidates" has no such head)."""
    # the post's name may come between, hyphenated or capitalised ("the five secretary-general hopefuls", "four UN
    # candidates"), not a word that assesses ("five would-be candidates")
    post = r"(?:(?!" + lex.alt("candidacy", "assessing_words") + r"|would-be)(?:[\w]+-[\w-]+|(?-i:[A-Z])[\w-]*)\s+)?"
    # (a candidate's rivals are the rest of the field: "Her two rival candidates are ...", "His two remaining rivals
    # are formidable", "the two other contenders")
    return compiled_pattern(r"(?<![\w-])(?P<n>" + "|".join(_COUNTS) + r"|[2-9])\s+(?:(?:remaining|declared|official|"
                            r"registered|nominated|rival|other)\s+){0,2}" + post + r"(?:"
                            + lex.alt("candidacy", "counted_field_heads") + "|" + lex.alt("candidacy", "rival_nouns")
                            + r")(?![\w-])", re.I)


def counted_back(lex: "Lexicon") -> str:
    """A definite count of the race's people, told of those the article has named ("All four declared candidates
    have now spoken", "both contenders", "the three hopefuls"): group `n` the count (none for "both"), `words` the
    words before the noun (the check judges them: "all four possible candidates" states nothing)."""
    return (r"(?<![\w-])(?P<trig>(?:all\s+(?:the\s+)?|the\s+)(?P<n>" + "|".join(_COUNTS) + r"|[2-9])|both(?:\s+the)?)\s+"
            r"(?P<words>(?:(?!(?:of|in|to|for|and|or|but|who|that|which)\b)[\w-]+\s+){0,2}?)(?P<noun>"
            + lex.alt("candidacy", "counted_field_heads") + r")(?![\w-])")


def field_size(m: re.Match) -> int:
    n = m.group("n").lower()
    return _COUNTS.get(n) or int(n)


# where a word list's entry may start: at a word's start, or at a contraction's clitic inside its word (the entry
# "n't" of "hasn't", "n't rule out" of "don't rule out", as "not" and "do not rule out" are read)
WORD_START = r"(?:(?<![\w'])|(?=n['’]t(?!\w)))"


def bounded(phrases: Iterable[str]) -> str:
    """The alternation between word boundaries (phrases may end in punctuation)."""
    return WORD_START + phrase_pattern(phrases) + r"(?![\w])"



# How a build made during an extraction is run: an extraction's time budget sets it so that the first
# article a process reads after starting is not cut short by patterns built on first use (budget.Budget)
BUILDING: ContextVar[Callable[[Callable[[], Any]], Any] | None] = ContextVar("building", default=None)


def built_once(cache: dict, source: Any, build: Callable[[Any], Any]) -> Any:
    """`build(source)`, made once per source object (by identity, so an unhashable mapping
    or a dataclass works) and kept in `cache`; compiling a story's patterns costs ~100 ms."""
    hit = cache.get(id(source))
    if hit is not None and hit[0] is source:
        return hit[1]
    run = BUILDING.get()
    built = run(lambda: build(source)) if run is not None else build(source)
    if len(cache) > 32:
        cache.clear()
    cache[id(source)] = (source, built)
    return built


_VOWEL_GROUPS = re.compile(r"[aeiouy]+")
# possessive slot of a multiword lemma: "throw one's weight behind" -> its/his/her/their/our/my
POSSESSIVES = ("its", "his", "her", "their", "our", "my")
# the possessives of the third person as an alternation, the owner before a noun whoever it is ("gave its backing
# to X", "gave their backing to X", "withdrew his bid"); a pattern that takes only a state's ("its|their") or only a
# person's ("his|her") writes that pair
THIRD_PERSON_POSSESSIVES = "its|their|his|her"
# the modal auxiliaries, the finite forms of do, have and be, and all of them, as alternations for a pattern (an
# auxiliary a clause's predicate stands after: "will not back", "did not back", "has backed"); the one list of the
# auxiliaries in code: a pattern that takes some of them names its part here
MODAL_AUXILIARIES = "will|would|shall|should|can|could|may|might|must"
DO_FORMS = "did|does|do"
HAVE_FORMS = "has|have|had"
BE_FORMS = "is|are|was|were"
FINITE_AUXILIARIES = "|".join((MODAL_AUXILIARIES, DO_FORMS, HAVE_FORMS, BE_FORMS))
# the finite forms of "remain", and the copula a state's or a person's standing is told with: be or remain ("Spain is
# firmly behind X", "Chile remained among her backers"); a rule that takes more of them ("stays", "became", "stood")
# names them after it
REMAIN_FORMS = "remains?|remained"
COPULA_FORMS = BE_FORMS + "|" + REMAIN_FORMS
# the link verbs of one subject that name what it is ("X is Berlin's pick", "Berlin's pick remains X")
LINKING_FORMS = "is|was|remains|remained"


def auxiliaries(without: tuple[str, ...] = ()) -> str:
    """FINITE_AUXILIARIES but the words `without`, as an alternation: a pattern that takes only some of the
    auxiliaries says here which it leaves out (and, where it is read, why)."""
    return "|".join(word for word in FINITE_AUXILIARIES.split("|") if word not in without)
# adverb particles of phrasal verbs: their object may stand between verb and particle
_PARTICLES = ("forward", "up", "out", "down", "off", "in", "back", "aside", "over")


def _doubles(word: str) -> bool:
    """One syllable ending consonant-vowel-consonant doubles its last letter: drop -> dropped."""
    core = "q" + word[2:] if word.startswith("qu") else word     # the u of "qu" is no vowel: quit -> quitting
    return len(_VOWEL_GROUPS.findall(core)) == 1 and re.search(r"[^aeiou][aeiou][^aeiouwxy]$", core) is not None


def verb_forms(lemma: str, irregular: Mapping[str, list[str]] | None = None) -> list[str]:
    """base, 3rd person, past, past participle and gerund of one verb (irregulars from the lexicon:
    [past, participle] or [past, participle, gerund])."""
    irregular = irregular or {}
    if lemma == "be":
        return ["be", "is", "are", "am", "was", "were", "been", "being"]
    if lemma == "have":
        third = "has"
    elif re.search(r"(?:s|x|z|ch|sh|o)$", lemma):
        third = lemma + "es"
    elif re.search(r"[^aeiou]y$", lemma):
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    stem = lemma + lemma[-1] if _doubles(lemma) else lemma
    if lemma.endswith("ie"):
        gerund = lemma[:-2] + "ying"
    elif lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")) and lemma != "be":
        gerund = lemma[:-1] + "ing"
    else:
        gerund = stem + "ing"
    if lemma.endswith("e"):
        past = lemma + "d"
    elif re.search(r"[^aeiou]y$", lemma):
        past = lemma[:-1] + "ied"
    else:
        past = stem + "ed"
    forms = [lemma, third, past, past, gerund]
    if lemma in irregular:
        given = irregular[lemma]
        forms[2:2 + len(given)] = given[:3]
    return list(dict.fromkeys(forms))


def participle(lemma: str, irregular: Mapping[str, list[str]] | None = None) -> str:
    """The past participle of one verb ("back" -> "backed", "withhold" -> "withheld")."""
    given = (irregular or {}).get(lemma)
    return given[1] if given and len(given) > 1 else verb_forms(lemma)[2]


def noun_forms(noun: str) -> list[str]:
    """A noun and its plural (a word already ending in s is left as it is)."""
    if noun.endswith("s"):
        return [noun]
    if re.search(r"(?:x|z|ch|sh)$", noun):
        return [noun, noun + "es"]
    if re.search(r"[^aeiou]y$", noun):
        return [noun, noun[:-1] + "ies"]
    return [noun, noun + "s"]


def expand(entry: str, kind: str, irregular: Mapping[str, list[str]] | None = None,
           slots: Mapping[str, list[str]] | None = None, *, owners: bool = True) -> list[str]:
    """Every surface form of one lexicon entry. `kind` is "verb", "noun" or "phrase" (as written).
    The word marked "+" inflects (default: a verb's first word, a noun's last); "one's" stands for
    any possessive; a word "@name" for each phrase of the lexicon's slot list `name` ("go the extra mile
    @for": the idiom before every preposition of support, "for", "behind", "alongside", ...). `owners`: "one's"
    before a noun the entry writes is also "their" before its plural (not before a slot's filler, which `Lexicon.alt`
    reads as its list: "throw their weight behind", no "weights")."""
    if entry.startswith("="):
        return [entry[1:]]
    slotted = [w for w in entry.split() if w.startswith("@")]
    if slotted:
        name = slotted[0][1:]
        if not slots or name not in slots:
            raise StoryError(f"lexicon entry {entry!r}: no slot list {name!r}")
        return list(dict.fromkeys(form for filler in slots[name]
                                  for form in expand(" ".join(filler if w == slotted[0] else w for w in entry.split()),
                                                     kind, irregular, slots, owners=False)))
    words = entry.split()
    if kind == "phrase" or not words:
        heads = [(-1, [entry])]
    else:
        marked = [i for i, w in enumerate(words) if w.startswith("+")]
        at = marked[0] if marked else (0 if kind == "verb" else len(words) - 1)
        head = words[at].lstrip("+")
        heads = [(at, verb_forms(head, irregular) if kind == "verb" else noun_forms(head))]
    out = []
    for at, forms in heads:
        for form in forms:
            ws = [w.lstrip("+") for w in words] if at >= 0 else entry.split()
            if at >= 0:
                ws[at] = form
            variants = [ws]
            if "one's" in ws:
                variants = [[p if w == "one's" else w for w in ws] for p in POSSESSIVES]
                # several owners, each theirs: "A and B have thrown their hats in the ring", "put their names forward"
                at_own = ws.index("one's")
                if owners and at_own + 1 < len(ws) and not ws[at_own + 1].endswith("s"):
                    variants.append([("their" if i == at_own else noun_forms(w)[-1] if i == at_own + 1 else w)
                                     for i, w in enumerate(ws)])
            out += [" ".join(v) for v in variants]
    return list(dict.fromkeys(out))


def first_person(forms: list[str]) -> list[str]:
    """The forms of a list, each reflexive one also in the first person, right after it: a candidate's own words
    ("put herself forward": '"I am putting myself forward," she said', where the speaker's "I" is the candidate)."""
    return [f for form in forms for f in ((form, _REFLEXIVE.sub("myself", form)) if _REFLEXIVE.search(form) else (form,))]


_REFLEXIVE = re.compile(r"(?<![\w'’])herself(?![\w'’])")


def list_kind(path: tuple[str, ...]) -> str:
    """Lists under a key ending in `verbs` hold verb lemmas, in `nouns` nouns; the rest phrases."""
    last = path[-1] if path else ""
    return "verb" if last.endswith("verbs") else "noun" if last.endswith("nouns") else "phrase"


class Lexicon:
    """Word lists of one lexicon mapping, as strings and compiled patterns."""

    _cache: dict[int, tuple[Mapping, "Lexicon"]] = {}
    _read: list["Lexicon"] = []     # the distinct lexicons made so far, to find one of equal data

    def __init__(self, data: Mapping[str, Any], source: str = "<lexicon>"):
        self.data = data
        self.source = source

    @classmethod
    def of(cls, story: Story) -> "Lexicon":
        """The story's lexicon, one per lexicon data: stories whose lexicon files read the same (each
        story file parses its lexicon file, and each Story holds its own copy) share one Lexicon,
        and so everything built once per Lexicon (the grammar, the scope's patterns)."""
        return built_once(cls._cache, story.lexicon, lambda data: cls._equal_or_new(data, story.id))

    @classmethod
    def _equal_or_new(cls, data: Mapping[str, Any], story_id: str) -> "Lexicon":
        for lex in cls._read:
            if lex.data == data:
                return lex
        if len(cls._read) > 32:
            cls._read.clear()
        lex = cls(data, f"lexicon of {story_id}")
        cls._read.append(lex)
        return lex

    def _entries(self, path: tuple[str, ...], seen: tuple[tuple[str, ...], ...] = ()) -> list[str]:
        """The entries of one list as written, an entry "<section.list" replaced by that list's entries (a list that is
        part of another concept is included, not copied: `endorsement.verbs` holds "<cues.tentative_verbs")."""
        node: Any = self.data
        for key in path:
            if not isinstance(node, Mapping) or key not in node:
                raise StoryError(f"{self.source}: {'.'.join(path)}: missing")
            node = node[key]
        if not isinstance(node, list) or not all(isinstance(w, str) for w in node):
            raise StoryError(f"{self.source}: {'.'.join(path)}: expected a list of strings")
        if not any(e.startswith("<") for e in node):
            return node
        out = []
        for entry in node:
            if entry.startswith("<"):
                included = tuple(entry[1:].split("."))
                if included in seen or included == path:
                    raise StoryError(f"{self.source}: {'.'.join(path)}: includes itself through {entry!r}")
                out += self._entries(included, (*seen, path))
            else:
                out.append(entry)
        return out

    def words(self, *path: str) -> list[str]:
        node = self._entries(path)
        kind = list_kind(path)
        if kind == "phrase":
            # (a phrase is kept as written, a slot word in it filled by each phrase of its list: expand)
            slots = self.data.get("slots") or {}
            return first_person([f for e in node for f in (expand(e, kind, None, slots) if "@" in e else [e])])
        irregular = self.data.get("irregular_verbs") or {}
        slots = self.data.get("slots") or {}
        return first_person([form for entry in node for form in expand(entry, kind, irregular, slots)])

    def participles(self, *path: str) -> list[str]:
        """Past participles of the one-word lemmas of a verb list: the passive ("is backed by")."""
        irregular = self.data.get("irregular_verbs") or {}
        node = self._entries(path)
        return [participle(e, irregular) for e in node if " " not in e and not e.startswith("=")]

    def pasts(self, *path: str) -> list[str]:
        """The past tense of the first word of each lemma of a verb list ("pull out" -> "pulled", "withdraw" ->
        "withdrew"): what a verb reads as right after its subject ("the Bulgarian pulled out")."""
        irregular = self.data.get("irregular_verbs") or {}
        node = self._entries(path)
        lemmas = [e.split()[0] for e in node if not e.startswith(("=", "@")) and re.fullmatch(r"[a-z]+", e.split()[0])]
        return list(dict.fromkeys(irregular[v][0] if v in irregular else verb_forms(v)[2]
                                  for v in lemmas if v not in ("be", "have", "do")))

    def phrase_participles(self, *path: str) -> list[str]:
        """`participles` plus the two-word phrasal lemmas ("put forward" -> "put forward",
        "make official" -> "made official"): a passive whose verb keeps its particle."""
        irregular = self.data.get("irregular_verbs") or {}
        node = self._entries(path)
        two = [e.split() for e in node if not e.startswith("=") and len(e.split()) == 2 and "'" not in e]
        return self.participles(*path) + [f"{participle(verb, irregular)} {rest}" for verb, tail in two
                                          for rest in self._filled(tail)]

    def _filled(self, word: str) -> list[str]:
        """A word of an entry, or each phrase of its slot list where it is a slot ("@forward")."""
        if not word.startswith("@"):
            return [word]
        slots = self.data.get("slots") or {}
        if word[1:] not in slots:
            raise StoryError(f"{self.source}: no slot list {word[1:]!r}")
        return list(slots[word[1:]])

    def phrasal(self, *path: str) -> tuple[list[str], list[str]]:
        """The verb forms and particles of the two-word phrasal lemmas of a verb list ("put forward", or a verb and
        a slot of such words, "put @forward"), for the split order with the object between them ("put Karins
        forward", "put Rutte's name on the table")."""
        irregular = self.data.get("irregular_verbs") or {}
        node = self._entries(path)
        # (a slot stands for its phrases: "put @forward", "put X's name on the table")
        pairs = [e.split() for e in node if not e.startswith("=") and len(e.split()) == 2
                 and (e.split()[1] in _PARTICLES or e.split()[1].startswith("@"))]
        return ([f for verb, _ in pairs for f in verb_forms(verb, irregular)],
                list(dict.fromkeys(p for _, tail in pairs for p in self._filled(tail))))

    def mapping(self, *path: str) -> dict[str, list[str]]:
        """A mapping of word lists ("succeed" -> ["succeeded", "succeeds"])."""
        node: Any = self.data
        for key in path:
            if not isinstance(node, Mapping) or key not in node:
                raise StoryError(f"{self.source}: {'.'.join(path)}: missing")
            node = node[key]
        if not isinstance(node, Mapping) or not all(
                isinstance(v, list) and all(isinstance(w, str) for w in v) for v in node.values()):
            raise StoryError(f"{self.source}: {'.'.join(path)}: expected a mapping of word lists")
        return {str(k).lower(): v for k, v in node.items()}

    def opposition_nouns(self) -> str:
        """The stance nouns of opposing, not where they name the political opposition
        ("Hungary's opposition leader", "Slovakia's opposition Progressive Slovakia party", "the Hungarian
        opposition backs him": a subject of support), and nouns of support reversed ("a discourage vote")."""
        party = (r"(?!\s+(?:(?-i:[A-Z])[\w-]*\s+){0,3}" + self.alt("opposition", "party_words")
                 + r"|\s+(?:(?:also|now|still|openly)\s+)?" + self.alt("endorsement", "verbs") + r")")
        return (r"(?:" + self.alt("opposition", "nouns") + party + "|"
                + self.alt("opposition", "reversing_modifiers") + r"[\"”’']?\s+(?:" + self.alt("endorsement", "nouns") + "|"
                + self.alt("opposition", "reversed_ballot_nouns") + ")|" + self.refused_support() + ")")

    def refused_support(self) -> str:
        """A noun of refusing before a support noun, the whole one opposition noun: "a refusal of support",
        "rejection of any backing" (the lexicon's refusing_nouns)."""
        return (self.alt("opposition", "refusing_nouns") + r"\s+of\s+(?:(?:its|their|his|her|any|the|all|formal|official|"
                r"public)\s+){0,2}" + self.alt("endorsement", "nouns"))

    def support_nouns(self) -> str:
        """The stance nouns of support, not where a modifier reverses them ("a discourage vote")."""
        # (the modifier may be quoted, 'received "discourage" votes', its quotation marks blanked in the shape)
        reversed_before = "".join(rf"(?<!{re.escape(w)}\s)(?<!{re.escape(w)}[\"”’'\s]\s)"
                                  for w in self.words("opposition", "reversing_modifiers"))
        # nor one a refusal governs ("a refusal of support": refused_support)
        reversed_before += "".join(rf"(?<!{re.escape(w)}\sof\s)(?<!{re.escape(w)}\sof\sany\s)"
                                   for w in self.words("opposition", "refusing_nouns"))
        return reversed_before + self.alt("endorsement", "nouns")

    def alt(self, *path: str) -> str:
        """Bounded alternation of a word list. The entries with a slot ("go the extra mile @for", "throw one's @weight
        behind") are read as the forms of their words before it, the slot list's alternation and the words after it,
        one group for all the entries of one slot and one ending: the same matches as their forms written out, in a
        fraction of the pattern's text."""
        node = self._entries(path)
        slotted: dict[tuple[str, str], list[str]] = {}
        plain = []
        for entry in node:
            words = entry.split() if not entry.startswith("=") else []
            at = [i for i, w in enumerate(words) if w.startswith("@")]
            if len(at) == 1 and at[0] > 0 and not any(w.startswith("+") for w in words[at[0]:]):
                slotted.setdefault((words[at[0]][1:], " ".join(words[at[0] + 1:])), []).append(" ".join(words[:at[0]]))
            else:
                plain.append(entry)
        if not slotted:
            return bounded(self.words(*path))
        slots = self.data.get("slots") or {}
        irregular = self.data.get("irregular_verbs") or {}
        kind = list_kind(path)
        parts = []
        for (name, after), cores in sorted(slotted.items()):
            if name not in slots:
                raise StoryError(f"{self.source}: {'.'.join(path)}: no slot list {name!r}")
            forms = [f for core in cores for f in (expand(core, kind, irregular, slots) if kind != "phrase" else [core])]
            after_forms = expand(after, "phrase") if kind != "phrase" else [after]
            tail = r"\s+" + phrase_pattern(after_forms) if after else ""
            parts.append(phrase_pattern(forms) + r"\s+" + phrase_pattern(slots[name]) + tail)
        rest = [f for e in plain for f in expand(e, kind, irregular, slots)] if kind != "phrase" else plain
        return WORD_START + r"(?:" + "|".join(parts + [phrase_pattern(rest)]) + r")(?![\w])"


    def numbers(self, low: int, high: int) -> str:
        """The number words from `low` to `high` ("two" .. "ten": CARDINAL_WORDS) as one alternation (unbounded: the
        caller's pattern says what comes around it)."""
        return phrase_pattern(CARDINAL_WORDS[low - 1:high])

    def regex(self, *path: str) -> re.Pattern:
        return compiled_pattern(self.alt(*path), re.I)
