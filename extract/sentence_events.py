"""One sentence's findings as events, and what the reading of an article carries from sentence to sentence.

_read_events (events.py) asks these: the clauses of a sentence that tell of another race, the organisation's
name used as a modifier of its race, another post's mention that only describes a named candidate; the
sentence's dates (_Dates); a stated count of the field (_Field) and the names opening a sentence; the
candidate in focus (_focus, _staying, _dominant); which of two readings of one key stands (_better); and
the Events a Finding makes (_events). Pure: no I/O."""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from functools import cached_property

from natowatch.extract.dates import DateMention, date_near, find_dates
from natowatch.extract.discourse import Reading
from natowatch.extract.mentions import CANDIDATE, MEMBERS, ORG, OTHER_RACE, POST
from natowatch.extract.lexicon import BE_FORMS, MODAL_AUXILIARIES, field_size
from natowatch.extract.model import ACTOR_TYPES, ENDED, Event
from natowatch.extract.frames import Finding, Grammar, withdrawn_in
from natowatch.extract.story import Story

# appointment names NATO; a candidacy may name the nominating state
_TYPES_WITH_ACTOR = ACTOR_TYPES | {"appointment", "candidacy"}

# another post named as what a person holds: "X, the secretary-general of UNCTAD," (as a label before the name
# it is the sentence's topic: "The OSCE secretary general X was the only candidate")
# (or a participle of that post: "X, re-elected to a second term at UNCTAD, ...", "X, appointed as IAEA chief in 2019,")
_APPOSITION_OPEN = re.compile(r"\s*,\s*(?:(?:the|a|an|now|currently|still|who\s+is|formerly|(?:re-)?[a-z]+ed(?:\s+(?:to|as|at|in|for))?)"
                              r"\s+)?(?:[\w.'’-]+\s+){0,3}$", re.I)
_APPOSITION_CLOSE = re.compile(r"(?:\s+(?:of|at|for|to|as|in)\s+(?:the\s+|a\s+)?[\w.'’-]+(?:\s+[\w.'’-]+){0,4}?)?\s*(?:[,.;)]|$)", re.I)


# where a sentence's clauses of their own meet: a semicolon, a contrast ("while", "whereas"), "meanwhile"
_CLAUSE_JOIN = re.compile(r";|,\s*(?:while|whereas)\b|,?\s*(?:and\s+)?meanwhile\b,?|\bwhile\b", re.I)


def _other_race_clauses(r: Reading, mentions=None) -> tuple[tuple[int, int], ...] | None:
    """The spans of the clauses of a sentence naming another race (and not the post) that tell of it,
    when another clause joined to them names a candidate and no other race ("X will leave the OSCE post,
    while Y takes office"; "Z was elected OAS chief; W, meanwhile, is still running"); None when none does."""
    mentions = r.mentions if mentions is None else mentions
    cuts = [0, *(x for m in _CLAUSE_JOIN.finditer(r.text) for x in (m.start(), m.end())), len(r.text)]
    spans = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2)]
    inside = lambda m, spans: any(a <= m.start < b for a, b in spans)
    other = [(a, b) for a, b in spans if any(m.kind == OTHER_RACE and inside(m, [(a, b)]) for m in mentions)]
    # (by name, and none the other race's clauses name: "X was named EU foreign policy chief; Poland backed her";
    # a pronoun there names no one anew: "Estonia had backed X; now that she has taken the EU job, ...")
    told = {m.value for m in mentions if m.kind == CANDIDATE and m.form != "pronoun" and inside(m, other)}
    named = [m for m in mentions if m.kind == CANDIDATE and not inside(m, other)]
    free = any(m.form != "pronoun" for m in named) and not told & {m.value for m in named}
    return tuple(other) if free and other else None


def _race_modifiers(r: Reading, grammar: Grammar) -> tuple[tuple[int, int], ...]:
    """The organisation's name before a noun of its race ("left the UN race", "is still in the NATO succession
    race"), which the rules read as "the race" (the name is not an actor there)."""
    spans = []
    for m in r.mentions:
        if m.kind in (ORG, MEMBERS) and (race := grammar.org_race.match(r.text, m.end)):
            start = m.start + 4 if r.text[m.start:m.start + 4].lower() == "the " else m.start
            spans.append((start, race.start() + len(race.group()) - len(race.group().lstrip())))
    return tuple(spans)


def _describes_person(m, r: Reading) -> bool:
    """Whether another post's mention only says what a named candidate holds or held (the sentence is still
    about the race, and the other-post scope stays with the predicate's own post slot): in apposition after the
    name, however long ("X, 69, secretary-general of UNCTAD and a former vice-president of Costa Rica, was put
    forward ..."), or in a relative clause on the name that tells no race of its own ("X, who was UN refugee chief
    until 2022, ..."; not "X, who is running for OAS secretary general, ...")."""
    before = [x for x in r.mentions if x.end <= m.start and x.kind == CANDIDATE]
    if not before:
        return False
    name = before[-1]
    if _OTHER_RACE_WORD.search(r.text, name.end, m.start):
        return False    # (the words before the title tell a race of its own: "X, who is running for ...")
    # (the title is inside the aside: the words of its own noun phrase before it open with no preposition: not "backed
    # X, a former minister, for OAS secretary general", "supported the Dutch politician, X, for ...")
    if "," in r.text[name.end:m.start] and _NOUN_ASIDE.match(r.text, r.text.rindex(",", name.end, m.start)) is None:
        return False
    if _APPOSITION_OPEN.fullmatch(r.text, name.end, m.start) and _APPOSITION_CLOSE.match(r.text, m.end):
        return True
    end = _ASIDE_END.search(r.text, m.end)
    if end is None or end.group().strip() not in (",", "", ".") or any(
            x.kind == CANDIDATE and name.end <= x.start < end.start() for x in r.mentions):
        return False    # (an apposition or relative is closed by a comma, or ends the sentence, and names no one else)
    aside = r.text[name.end:end.start()]
    if _RELATIVE_ASIDE.match(aside):     # (a relative clause holds no comma before the title)
        return _OTHER_RACE_WORD.search(aside) is None and r.text.count(",", name.end, m.start) == 1
    return _NOUN_ASIDE.match(aside) is not None and _FINITE_WORD.search(aside) is None


# an aside after a name: a relative clause, or noun phrases (an age, titles joined by commas or "and")
_RELATIVE_ASIDE = re.compile(r"\s*,\s*(?:who|whose)\b", re.I)
_NOUN_ASIDE = re.compile(r"\s*,(?!\s*(?:and|but|or|while|as|after|before|when|since|because|although|if|for|to|in|at|on|by|with|"
                         r"into|from|against|over|under|without|instead|rather|not)\b)", re.I)
# where it ends: the next comma, semicolon, dash, bracket or the sentence's end
_ASIDE_END = re.compile(r"[,;()\u2013\u2014]|\s-\s|\.?\s*$")
# a finite verb makes the words a clause, not an apposition ("X, 69, was appointed OAS chief")
_FINITE_WORD = re.compile(r"\b(?:" + BE_FORMS + r"|has|have|had|" + MODAL_AUXILIARIES + r"|did|does|do|"
                          r"said|says|told|became|becomes|won|wins|who|whom|which|that)\b", re.I)
# words of a race in a relative clause: the person runs for the post named there ("who is running for ...")
_OTHER_RACE_WORD = re.compile(r"\b(?:run|runs|running|ran|seek|seeks|seeking|sought|bid|bids|candidate|candidacy|candidature|"
                              r"campaign\w*|vying|vie|vies|vied|bidding|contend\w*|contest\w*|race|compet\w+|stand|stands|standing|nominat\w+|"
                              r"put\s+forward|enter\w*|elect|election|shortlist\w*|front-?runner|favou?rite)\b", re.I)


def _runs_elsewhere(r: Reading, mentions) -> bool:
    """Whether an aside on a named candidate says they run for another office, which the post of the sentence's
    predicate then is ("X, who is running for president of Chile, was endorsed by S"; "X, a candidate for mayor of
    Lima, ..."): an office's noun after a race word, and no mention of the post in the aside."""
    for x in mentions:
        if x.kind != CANDIDATE or not r.text.startswith(",", x.end) and not r.text.startswith(" ,", x.end):
            continue
        end = _ASIDE_END.search(r.text, r.text.index(",", x.end) + 1)
        stop = end.start() if end is not None else len(r.text)
        goal = _RUNS_FOR.search(r.text, x.end, stop)
        if goal and _OFFICE_GOAL.match(r.text, goal.end(), stop) and not any(
                y.kind == POST and x.end <= y.start < stop for y in mentions):
            return True
    return False


# a race word and what it is for, and an office named there ("for president of Chile", "for a seat in parliament")
_RUNS_FOR = re.compile(r"\b(?:run|runs|running|ran|stand|stands|standing|stood|candidate|candidacy|candidature|bid|"
                       r"seek|seeks|seeking|sought|vying|nominated|nominee)\s+(?:for|as)\s+", re.I)
_OFFICE_GOAL = re.compile(r"(?:(?:the|a|an)\s+)?(?:[\w.'’-]+\s+){0,3}?(?:president|presidency|vice-president|prime\s+minister|premier|"
                          r"minister|mayor|governor|senator|senate|parliament|congress|seat|chancellor|chair|leadership|leader)\b",
                          re.I)


class _Dates:
    """The date expressions of one sentence, found when an event or a check first asks: most
    sentences the rules read yield neither (finding them costs ~40 us a sentence)."""

    def __init__(self, text: str, published: dt.date | None):
        self.text, self.published = text, published

    @cached_property
    def found(self) -> tuple[DateMention, ...]:
        return find_dates(self.text, self.published)

    @cached_property
    def _day(self) -> bool:
        return any(d.precision == "day" and d.date for d in self.found) or bool(
            re.search(r"\b(?:today|tomorrow|tonight)\b", self.text, re.I))

    def has_day(self) -> bool:
        return self._day


def _better(event: Event, held: Event) -> bool:
    """Of two readings of one key in an article: a stance said to have ended is the article's last
    word on it ("Turkey had opposed Rutte ... dropped its objections"); else the more confident."""
    if (event.status == ENDED) != (held.status == ENDED):
        return event.status == ENDED
    return event.confidence > held.confidence


def _dominant(names: list[str]) -> str | None:
    """The candidate the article is mostly about: named at least twice as often as any other."""
    counts = sorted(((count, n) for n, count in Counter(names).items()), reverse=True)
    if not counts or counts[0][0] < 2 or (len(counts) > 1 and counts[0][0] < 2 * counts[1][0]):
        return None
    return counts[0][1]


# the race's organisation named alone after "for" is the race ("three candidates for the UN."), not one of its
# bodies or offices ("for the UN refugee agency", "for NATO's assembly")
_ORG_ITSELF = re.compile(r"\s*(?:[,.;:!?)\"”]|$)|\s+(?:and|but|or|in|on|at|to|since|until|this|last|next|who|which|that|"
                         + BE_FORMS + r"|has|have|had|a|an|the)\b")


class _Field:
    """A count of the race's field the article states ("Four candidates remain.", "The five people vying to
    lead the UN ..."): the candidates named at the opening of the sentences after it, up to that count and
    within twice as many sentences, are its members."""

    def __init__(self, size: int, after: int = 0):
        self.size, self.left, self.seen, self.after = size, 2 * size, set(), after

    @classmethod
    def stated(cls, text: str, grammar, mentions=()) -> "_Field | None":
        m = grammar.counted_field.search(text)
        if m is None:
            return None
        if grammar.aim_elsewhere.match(text, m.end()) and not any(
                x.kind == POST and m.end() <= x.start < m.end() + 50 or x.kind == ORG and m.end() <= x.start < m.end() + 12
                and _ORG_ITSELF.match(text, x.end) for x in mentions):
            return None     # "two rivals for the party leadership", "three candidates for mayor"
        # (a modal before it in its clause: "could face two rivals")
        before = re.split(r"[,;:.!?]", text[max(0, m.start() - 40):m.start()])[-1]
        if grammar.scope.modal(text[m.end():m.end() + 60]) or grammar.scope.modal(before) or grammar.assessing.search(
                text, max(0, m.start() - 30), m.start()) or grammar.scope.negation.search(text, max(0, m.start() - 20), m.start()):
            return None     # "five candidates could emerge", "no five candidates"
        return cls(field_size(m), m.end())

    def listed_in(self, r) -> "_Field":
        """The candidates the stating sentence names after the count are members already ("Three candidates
        have been presented: A, B and C"): a name opening a later sentence beyond them is no member."""
        self.seen.update(x.value for x in r.mentions if x.kind == CANDIDATE and x.start >= self.after
                         and x.form not in _NOT_NAMES)
        return self

    def members(self, r) -> tuple[str, ...]:
        self.left -= 1
        names = _openers(r) if self.left >= 0 else ()
        self.seen.update(names)
        return names if len(self.seen) <= self.size else ()


# what may come before the name opening a sentence: a label of capitalised words ("Former Chilean President")
_OPENING_LABEL = re.compile(r"\W*(?:(?:the\s+)?(?-i:[A-Z])[\w'’.-]*\s+){0,4}")


# a line that is only a list after a short label and its colon: "In order of appearance: X, Y and Z."
_LIST_LABEL = re.compile(r"\W*(?-i:[A-Z])[\w'’ -]{0,40}:\s*")
_LIST_GLUE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
_LIST_END = re.compile(r"\s*[.;]?\s*")


def _openers(r) -> tuple[str, ...]:
    """The candidates named at a sentence's opening, by name, one or two coordinated ("X and Y did ..."), or
    all those of a line that is only their list after a label ("In order of appearance: X, Y and Z.")."""
    people = [m for m in r.mentions if m.kind == CANDIDATE and m.form not in _NOT_NAMES]
    if people and _LIST_LABEL.fullmatch(r.text, 0, people[0].start) and _LIST_END.fullmatch(r.text, people[-1].end) and all(
            _LIST_GLUE.fullmatch(r.text, a.end, b.start) for a, b in zip(people, people[1:])):
        return tuple(dict.fromkeys(m.value for m in people))
    if not people or not _OPENING_LABEL.fullmatch(r.text, 0, people[0].start) or not _CAPITALISED.fullmatch(
            r.text, people[0].start, people[0].end):
        return ()       # (not one named after a lower-case office: "Brazil's ambassador, X,")
    second = people[1] if len(people) > 1 and re.fullmatch(r"\s+and\s+", r.text[people[0].end:people[1].start]) else None
    return (people[0].value,) + ((second.value,) if second is not None and second.value != people[0].value else ())


_CAPITALISED = re.compile(r"(?:(?-i:[A-Z])[\w'’.-]*\s+)*(?-i:[A-Z])[\w'’.-]*")
_NOT_NAMES = frozenset({"pronoun", "possessive-pronoun", "anaphor", "speaker", "descriptor"})


def _staying(shape, named: list[list[str]], i: int, dominant: str | None, grammar, focus: str | None):
    """The candidate in focus of a sentence that says a candidate it names withdrew, and those it says
    withdrew: of the candidates it names, the one it does not say withdrew ("Iohannis pulled out, and Hungary
    dropped its objection to him": to the one still in the race); where it names only those who withdrew,
    the one of the sentences before ("Rutte ... . Iohannis withdrew, and Hungary lifted its veto")."""
    gone = withdrawn_in(shape, grammar)
    if not gone:
        # a view that leaves out an aside naming another ("Panama and, after a call with <Y>, Barbados followed"):
        # the one candidate it names
        view = shape.candidates
        return (next(iter(view)) if focus is None and len(view) == 1 and view < set(named[i]) else focus), set()
    left = set(named[i]) - gone
    if not left:
        before = _focus(named[max(0, i - 2):i], dominant)
        return (before if before not in gone else None), gone
    return (left.pop() if len(left) == 1 else focus), gone


def _still_running(seen: dict[str, None], quit_race: set[str], dominant: str | None) -> str | None:
    """The candidate still in the race of those the article named before: the one named and not said to have
    withdrawn, else the article's dominant candidate where that one did not withdraw."""
    staying = [c for c in seen if c not in quit_race]
    if len(staying) == 1:
        return staying[0]
    return dominant if dominant is not None and dominant not in quit_race and dominant in staying else None


def _focus(previous: list[list[str]], dominant: str | None) -> str | None:
    """The one candidate of the last two sentences, else the article's dominant candidate."""
    recent = {v for names in previous for v in names}
    if len(recent) == 1:
        return recent.pop()
    # of several just named, the one the article is about ("Rutte became the sole contender when
    # Iohannis pulled out. Hungary had come on board in the days before.")
    return dominant if not recent or dominant in recent else None


# the most quotes or spaces before a pronoun that opens its sentence (_object_slot)
_OPENING_ROOM = 8


def _pronoun_against(r: Reading, candidate: str, story: Story, grammar: Grammar) -> bool:
    """Whether the pronouns in a stance's object slot that no mention resolved are all of the other sex than
    `candidate`'s (the story's pronoun), at least one: "Moscow has said it will not support her" after a section on a
    person not in the story is about no candidate in focus who is a "he". Only the object slot's (`_object_slot`):
    a pronoun elsewhere may be anyone's, a speech tag's ("..., its foreign minister said in her address"), a
    possessive of another noun ("her deputy"), a subject ("..., she said")."""
    sex = next((c.pronoun for c in story.candidates if c.name == candidate), None)
    if sex is None:
        return False
    free = [p for p in grammar.sexed_pronoun.finditer(r.text)
            if not any(m.start <= p.start() < m.end for m in r.mentions) and _object_slot(r.text, p, grammar)]
    return bool(free) and all(("she" if p.group("she") else "he") != sex for p in free)


def _object_slot(text: str, p: re.Match, grammar: Grammar) -> bool:
    """Whether the pronoun `p` stands where a stance's candidate does: after a stance's verb or preposition ("backs
    her", "support for him"), before the stance's noun it receives ("given her its backing") or the bid it owns
    ("her bid", "support his candidacy"), or owning the subject that opens the sentence ("Her path is steep")."""
    owned = grammar.pronoun_object_after.match(text, p.end()) is not None
    if owned:
        return True
    possessive = grammar.possessive_pronoun.fullmatch(p.group()) is not None
    if grammar.pronoun_object_before.search(text, max(0, p.start() - 80), p.start()):
        # (a possessive there is the object only alone, "backs her." / "support for her in the race"; not the owner of
        # another noun: "a vote for her party", "backing her deputy's plan")
        return not possessive or grammar.pronoun_alone_after.match(text, p.end()) is not None
    # (only a few characters of quotes or spaces can stand before a pronoun opening the sentence: no slice of a long
    # sentence per pronoun; not one owning its state: "Her country, Mexico, will back ...")
    return p.start() <= _OPENING_ROOM and not text[:p.start()].strip(" \"'“‘(") and possessive \
        and not grammar.state_anaphor_opening.match(text)


def _events(f: Finding, r: Reading, shape, published, story: Story, dates):
    sentence = r.sentence
    marks = tuple(sorted({shape.to_sentence(s, e) for s, e in f.marks}))
    roles = tuple((role, r.text[a:b]) for role, s, e in f.roles for a, b in [shape.to_sentence(s, e)])
    anchor = shape.to_sentence(f.anchor, f.anchor + 1)[0]
    # the finest date of its clause: a day, else a month ("in March"), else a year ("last year")
    within = shape.covered
    if f.date_from:
        start = shape.to_sentence(f.date_from, f.date_from + 1)[0]
        within = [(max(a, start), b) for a, b in within if b > start]
    mention, date = date_near(r.text, anchor, published, within=within, found=dates)
    precision = mention.precision if date is not None else None
    pairs = zip(f.subjects, f.actors) if f.paired else ((s, a) for s in f.subjects for a in f.actors)
    for subject, actor in pairs:
        if f.type in ACTOR_TYPES and (actor is None or actor == story.organisation.name):
            continue    # (the organisation that holds the race chooses, it takes no side: "NATO backs Rutte")
        yield Event(
            type=f.type, subject=subject, actor=actor if f.type in _TYPES_WITH_ACTOR else None,
            status=f.status, date=date, evidence=sentence.text, span=(sentence.start, sentence.end),
            confidence=f.confidence, rule=f.rule, marks=marks, roles=roles, scope=f.scope, precision=precision)
