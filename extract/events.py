"""Article -> events: sentences, mentions, shapes, rules, one Event per key."""
from __future__ import annotations

import datetime as dt
import gc
import re
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cached_property, wraps
from typing import Callable

from natowatch.extract.clauses import clause_views
from natowatch.extract.dates import DateMention, date_near, find_dates
from natowatch.extract.discourse import Reading, Resolver
from natowatch.extract.discover import Proposer, in_race_sentence, names_post, propose, with_candidates
from natowatch.extract.gazetteer import CANDIDATE, MEMBERS, ORG, OTHER_RACE, POST, STATE, Gazetteer
from natowatch.extract.lexicon import bounded, built_once, field_size
from natowatch.extract.model import ACTOR_TYPES, ENDED, Event, finer, last_day
from natowatch.extract.frames import Context, Finding, Grammar, denied_candidacies, withdrawn_in
from natowatch.extract.story import Story
from natowatch.extract.strangers import candidate_heading
from natowatch.extract.text import article_text, fold, iter_sentences, split_sentences

# events that state their subject was in the race: they make a discovered name a candidate
_IN_THE_RACE = frozenset({"candidacy", "withdrawal", "appointment", "takes_office"})
# appointment names NATO; a candidacy may name the nominating state
_TYPES_WITH_ACTOR = ACTOR_TYPES | {"appointment", "candidacy"}


def is_about_story(title: str, text: str, story: Story) -> bool:
    """Does the article name the post or the organisation (by any alias)? A short item (SHORT_ITEM) that
    names neither but a candidate is about the story when it states an event of it: "Hungary says no to
    Rutte" is, "Rutte watched the derby" is not."""
    folded = fold(article_text(title, text))
    named = _names_story(Gazetteer.of(story), folded)
    if named and len(folded) <= SHORT_ITEM and not _names_story(Gazetteer.of(story), folded, short=False):
        return bool(extract_events(title, text, None, story))
    return named


# A headline, a feed's summary or a sentence alone (title and text together, characters): one that names a
# candidate the story lists may be about the race without naming the post (is_about_story asks the rules
# whether it states an event). A longer text must name the post or the organisation: an article about the
# IAEA names its director general, a candidate, with words of a race ("nominate a new director general").
SHORT_ITEM = 300


def _names_story(gazetteer: Gazetteer, folded: str, short: bool = True) -> bool:
    """The post or the organisation by a name of its own; or, unless `short` is False, a short item
    (SHORT_ITEM) naming a candidate the story lists and no other race, with no word of the race used for
    another aim ("Washington says no to Bachelet", not "Rutte's bid to form a cabinet fails")."""
    candidate = other = False
    states = []     # the states named, which may name a candidate: "the Dutchman"
    for m in gazetteer.iter_names(folded):
        hit = gazetteer.lookup(m.group())
        if hit and hit[0] in (POST, ORG, MEMBERS) and hit[2] != "reference":
            return True
        candidate = candidate or bool(hit) and hit[0] == CANDIDATE
        other = other or bool(hit) and hit[0] == OTHER_RACE
        if hit and hit[0] == STATE:
            states.append((m, hit))
    if not short or other or len(folded) > SHORT_ITEM:
        return False
    return (candidate or _names_by_state(gazetteer, folded, states)) and other_aims(gazetteer).search(folded) is None


def _short_bid_item(gazetteer: Gazetteer, folded: str) -> bool:
    """A short item (SHORT_ITEM) that names no race at all and speaks of a bid with no aim of its own: "Kenyan
    diplomat X became the first African candidate", "X confirmed that she is a candidate", "X said he was
    running". Its people are proposed as the race's (the rules still decide who is in it); not "X announced
    her candidacy for mayor", "a candidate in the presidential election", "Y's bid to form a cabinet"."""
    if len(folded) > SHORT_ITEM or not in_race_sentence(folded, gazetteer.story):
        return False
    if any((hit := gazetteer.lookup(m.group())) and (hit[0] == OTHER_RACE or hit[0] in (POST, ORG, MEMBERS)
                                                      and hit[2] != "reference") for m in gazetteer.iter_names(folded)):
        return False    # (the story's own names are _names_story's to judge; "the job" is no name)
    return other_aims(gazetteer).search(folded) is None and _aim_named(gazetteer).search(folded) is None


_AIM_NAMED: dict = {}


def _aim_named(gazetteer: Gazetteer) -> re.Pattern:
    """A word of a race followed by the post it is for, "for" anything but a reference to a post or a
    length of time ("running for governor", "her bid for the presidency"; not "for the job", "for weeks")."""
    return built_once(_AIM_NAMED, gazetteer.lexicon, lambda lex: re.compile(
        bounded(lex.words("candidacy", "bid_nouns") + lex.words("candidacy", "candidate_nouns")
                + [w[:-4] for w in lex.words("candidacy", "running_verbs") if w.endswith(" for")])
        + r"\s+for\s+(?!" + bounded(lex.words("post_references"))
        + r"|(?:(?:the|a|an|two|three|four|five|several|many|some|\d+)\s+)?(?:days?|weeks?|months?|years?)\b)", re.I))


def _names_by_state(gazetteer: Gazetteer, folded: str, states: list[tuple[re.Match, tuple]]) -> bool:
    """A candidate the story lists named by their state, as a short item may name them: by a demonym for one
    person ("the Dutchman", "the Romanian said", "the Dutch prime minister": Gazetteer.person_by_demonym,
    of the state's names found, `states`), or by a demonym and an office of theirs that the story gives
    ("the former Chilean president"). discourse.py decides whom it stands for."""
    if any(hit[1] in gazetteer.states_with_candidates and gazetteer.person_by_demonym(folded, m.start(), m.end(), hit[2])
           for m, hit in states):
        return True
    described = built_once(_DESCRIBED, gazetteer.story, _descriptions)
    return described is not None and described.search(folded) is not None


# a pattern per story: its listed candidates' offices after their states' demonyms
_DESCRIBED: dict = {}


def _descriptions(story: Story) -> re.Pattern | None:
    demonyms = {m.name: m.demonyms for m in (*story.members, *story.observers)}
    phrases = set()
    for c in story.candidates:
        for demonym in demonyms.get(c.state or "", ()) if not c.provisional else ():
            for role in c.roles:
                former, _, office = role.rpartition("former ")
                phrases.add(f"{former}former {demonym} {office}" if _ else f"{demonym} {role}")
    return re.compile(bounded(sorted(phrases)), re.I) if phrases else None


_OTHER_AIMS: dict = {}


def other_aims(gazetteer: Gazetteer) -> re.Pattern:
    """A word of a race used for another aim: "bid to form a cabinet", "race to rearm", "nomination of
    Ciolacu", "successor at the rights office", "candidate in the presidential election"."""
    return built_once(_OTHER_AIMS, gazetteer.lexicon, _other_aims)


def _other_aims(lex) -> re.Pattern:
    words = (lex.words("candidacy", "bid_nouns") + lex.words("candidacy", "candidate_nouns") + lex.words("candidacy", "race_nouns")
             + lex.words("candidacy", "nomination_nouns") + lex.words("post_race_nouns") + lex.words("race_cue_words"))
    elsewhere = (r"\s+to\s+(?!(?:lead|head|become|succeed|replace|be|run|take|serve)\b)[a-z]+|\s+(?:for|in|at)\s+"
                 r"(?:(?:the|a|an|next|this|that)\s+)?(?:[\w-]+\s+){0,2}?" + lex.alt("cues", "other_contests")
                 + r"|\s+of\s+(?-i:[A-Z])|\s+(?:at|as)\s")
    return re.compile(bounded(words) + r"(?![\w-])(?=" + elsewhere + r")", re.I)


def _race_article(readings: list[Reading], grammar: Grammar, gazetteer: Gazetteer) -> bool:
    """The post is named in the headline, or more often than other races; or, with no other race, the
    organisation and two of the race's people are named (a feature that never spells out the post), or a
    short item names a candidate.
    The organisation's race or a candidate's bid for it names the post ("the NATO race", "Grossi's UN bid")."""
    named = [(r, m) for r in readings for m in r.mentions if m.kind == POST and m.form != "reference" or
             m.kind == ORG and _names_race(r, m, grammar)]
    posts = len(named)
    others = sum(1 for r in readings for m in r.mentions if m.kind == OTHER_RACE)
    headline = any(r.sentence.is_title for r, _ in named)
    if posts:
        return posts >= others or headline     # a headline about the race outweighs background races
    if others:
        return False
    people = {m.value for r in readings for m in r.mentions if m.kind == CANDIDATE}
    org = any(m.kind == ORG for r in readings for m in r.mentions)
    # (or a short item that names a candidate and not the organisation: not "Sweden's NATO bid")
    return len(people) >= 2 and org or bool(people) and not org and sum(len(r.text) for r in readings) <= SHORT_ITEM \
        and not any(other_aims(gazetteer).search(r.text) for r in readings)


def _short_race_item(readings: list[Reading], grammar: Grammar, gazetteer: Gazetteer) -> bool:
    """A short item that names one of the race's people and the organisation only as itself, and no other race:
    "Rutte's NATO start date", "Council formally appoints Rutte" (not "Sweden's NATO bid", "NATO membership",
    "NATO headquarters"). Its sentences that name the candidate are read as the race's; one that names no one
    is not read as about the candidate ("Lima and the UN: ... Peru has not withdrawn its support")."""
    mentions = [m for r in readings for m in r.mentions]
    return any(m.kind == CANDIDATE for m in mentions) and any(m.kind == ORG for m in mentions) \
        and not any(m.kind == OTHER_RACE for m in mentions) and sum(len(r.text) for r in readings) <= SHORT_ITEM \
        and not any(other_aims(gazetteer).search(r.text) or _org_not_itself(r, gazetteer)
                    or grammar.other_matter.search(r.text) for r in readings)


_ORG_PLACE: dict = {}


def _org_not_itself(r: Reading, gazetteer: Gazetteer) -> bool:
    """The organisation named as a state's ("Sweden's NATO bid", "Finnish NATO membership") or as a place
    ("NATO headquarters")."""
    place = built_once(_ORG_PLACE, gazetteer.lexicon, lambda lex: re.compile(r"['’]?s?\s+" + lex.alt("cues", "org_place_nouns"), re.I))
    return any(m.kind == ORG and place.match(r.text, m.end) for m in r.mentions) or any(
        m.kind == ORG and prev.kind == STATE and re.fullmatch(r"(?:['’]s?)?\s+", r.text[prev.end:m.start])
        for prev, m in zip(r.mentions, r.mentions[1:]))


def _names_race(r: Reading, m, grammar: Grammar) -> bool:
    """The organisation's mention `m` followed by its race, or by a bid a candidate's possessive owns."""
    if grammar.org_race.match(r.text, m.end):
        return True
    before = [x for x in r.mentions if x.end <= m.start]
    return bool(grammar.org_bid.match(r.text, m.end) and before and before[-1].kind == CANDIDATE
                and re.fullmatch(r"['’]s?\s+", r.text[before[-1].end:m.start]))


def read_article(title: str, text: str, story: Story, folded: str | None = None,
                 stop: Callable[[], bool] | None = None) -> list[Reading]:
    """The sentences of `article_text(title, text)` with resolved mentions (those before `stop()`
    said so, when given: see Resolver.read)."""
    full = article_text(title, text)
    folded = folded if folded is not None else fold(full)
    sentences = split_sentences(full, len((title or "").strip()))
    return Resolver.of(Gazetteer.of(story)).read(full, folded, sentences, stop)


# How long extract_events reads an article before it returns what it has (seconds).
DEFAULT_BUDGET_SECONDS = 2.0
# The share of the budget by which each step of the reading stops: proposing unlisted names, reading
# the sentences' mentions; resolving those mentions takes about as long again, and the rules have the
# rest for the sentences read (a text of megabytes yields the events of its first part, not none:
# with 0.4 and 0.7, 5 MB under load gave none). An article of the dev set reads in well under a tenth.
PROPOSING_SHARE, READING_SHARE = 0.2, 0.45


@dataclass(frozen=True)
class Extraction:
    """The events of an article; `truncated` when the time budget ran out before its last sentence."""

    events: list[Event]
    truncated: bool = False
    # the article is about the race (see _race_article): names it does not list may enter it
    race_article: bool = field(default=True, compare=False)


class _Budget:
    """The time an extraction may take, by `clock`, from its start; the story's patterns, built
    once per story, do not count."""

    def __init__(self, seconds: float, clock: Callable[[], float]):
        self.clock, self.seconds, self.start = clock, seconds, clock()

    def exclude(self, build: Callable[[], object]) -> None:
        started = self.clock()
        build()
        self.start += self.clock() - started

    def passed(self, share: float = 1.0) -> "_Share":
        return _Share(self, share)


class _Share:
    """Has `share` of the budget passed? Asked before each sentence of a step, and inside a long
    one (per name, mention or match), so one sentence of megabytes is cut too; `fired` once it has."""

    def __init__(self, budget: _Budget, share: float):
        self.budget, self.share, self.fired = budget, share, False

    def __call__(self) -> bool:
        b = self.budget
        self.fired = self.fired or b.clock() > b.start + self.share * b.seconds
        return self.fired


def extract_events(title: str, text: str, published: dt.date | None, story: Story, *,
                   budget_seconds: float | None = DEFAULT_BUDGET_SECONDS) -> list[Event]:
    """Every event of the story stated in the article, one per key (best evidence), in text order
    (those of the sentences read within `budget_seconds`: see extract_article)."""
    return extract_article(title, text, published, story, budget_seconds=budget_seconds).events


def _cycles_collected_after(extract: Callable[..., Extraction]) -> Callable[..., Extraction]:
    """`extract` with the cyclic garbage collector paused while it runs. Reading an article allocates
    objects that live until it ends (sentences, mentions, matches) and frees almost no cycles; each
    full collection traverses all of them again, so the cost grows with the text: 1 % of reading
    1 MB, ~4 % of 5 MB (benchmarks/README.md). Paused, the collector runs at the next allocations
    after the call; reference counting frees everything else as before. A caller that paused it keeps
    it paused (of two threads reading at once, the first to end lets it run again)."""
    @wraps(extract)
    def paused(*args, **kwargs) -> Extraction:
        if not gc.isenabled():
            return extract(*args, **kwargs)
        gc.disable()
        try:
            return extract(*args, **kwargs)
        finally:
            gc.enable()
    return paused


@_cycles_collected_after
def extract_article(title: str, text: str, published: dt.date | None, story: Story, *,
                    budget_seconds: float | None = DEFAULT_BUDGET_SECONDS,
                    clock: Callable[[], float] = time.monotonic) -> Extraction:
    """extract_events, saying whether the article was read to its end. `budget_seconds` (by `clock`,
    from this call on) bounds the whole extraction: unlisted names are proposed from the sentences
    read within its first PROPOSING_SHARE, mentions are read within READING_SHARE of it, and the
    rules stop at its end; past any of these the events found so far are returned, truncated (the
    events of the first part of a huge text, in about the budget). None reads the whole
    article however long it takes.

    People the story file does not list are read as provisional candidates (extract/discover.py);
    their events are kept only when the article states them to be in the race (a candidacy, or a
    withdrawal from it, an appointment to the post, or taking it up in a sentence naming it)."""
    budget = None if budget_seconds is None else _Budget(budget_seconds, clock)
    # the story's compiled patterns are built once per story, not per article: not part of the budget
    _excluded(budget, lambda: (Proposer.of(story), Grammar.of(Gazetteer.of(story)), Resolver.of(Gazetteer.of(story))))
    proposing = None if budget is None else budget.passed(PROPOSING_SHARE)
    full = article_text(title, text)
    folded = fold(full)
    states: dict[str, str] = {}
    gazetteer = Gazetteer.of(story)
    names = propose(title, text, story, proposing, folded, states) \
        if _names_story(gazetteer, folded) or _short_bid_item(gazetteer, folded) else {}
    read_as = with_candidates(story, names, states) if names else story
    _excluded(budget, lambda: (Grammar.of(Gazetteer.of(read_as)), Resolver.of(Gazetteer.of(read_as))))
    found = _read_events(full, folded, len((title or "").strip()), published, read_as, budget)
    truncated = found.truncated or (proposing is not None and proposing.fired)
    if not names:
        return Extraction(found.events, truncated)
    focus_rules = Grammar.of(Gazetteer.of(read_as)).focus_rules
    # (a fact sheet's "Nominated by Peru." under the person's heading is the one candidacy read from the focus)
    # (taking an office only where the sentence names the post: "X, elected president on Sunday, takes office on
    # March 11", "Y, named to head the agency, takes office on July 1" take another office)
    stated = {e.subject for e in found.events if e.subject in names and (e.rule not in focus_rules or e.type == "candidacy") and (
        e.type in _IN_THE_RACE and e.type != "takes_office" or e.type in ACTOR_TYPES and e.status != ENDED
        and in_race_sentence(e.evidence, story) or e.type == "takes_office" and names_post(e.evidence, story))}
    # names of an article about another race ("Berset elected Council of Europe secretary general") stay out
    stated = stated if found.race_article else set()
    return Extraction([e for e in found.events if e.subject not in names or e.subject in stated], truncated)


def _excluded(budget: _Budget | None, build: Callable[[], object]) -> None:
    if budget is None:
        build()
    else:
        budget.exclude(build)


def _read_events(full: str, folded: str, title_end: int, published: dt.date | None, story: Story,
                 budget: _Budget | None) -> Extraction:
    """The events of `full` (article_text of the title, `title_end` long, and the text; `folded` is
    its fold)."""
    gazetteer = Gazetteer.of(story)
    if not _names_story(gazetteer, folded):
        return Extraction([])
    grammar = Grammar.of(gazetteer)
    reading = None if budget is None else budget.passed(READING_SHARE)
    # split as read: a reading stopped at its share of the budget splits no further
    readings = Resolver.of(gazetteer).read(full, folded, iter_sentences(full, title_end), reading)
    truncated = reading is not None and reading.fired
    over = None if budget is None else budget.passed()
    race = _race_article(readings, grammar, gazetteer)
    # (a short item about the race by its organisation alone: no candidate in focus for a sentence naming none)
    race, focused = race or _short_race_item(readings, grammar, gazetteer), race
    best: dict[tuple, Event] = {}
    named = [[m.value for m in r.mentions if m.kind == CANDIDATE] for r in readings]
    dominant = _dominant([v for names in named for v in names])
    denied: set[str] = set()
    # the date of each event (and its end): the finest the body gives, of those the first
    dated: dict[tuple, Event] = {}
    # (sentence, type, candidate, actor, told as background) of each stance found
    stances: list[tuple[int, str, str, str, bool]] = []
    running: set[str] = set()       # the candidates whose candidacy was found so far
    excluded: dict[tuple, bool] = {}    # per withdrawal: whether every reading was someone ruling themselves out
    listed: list[tuple[int, str]] = []      # (sentence, candidate) of each roster's member found
    other_post_last = False     # the post last named before this sentence is another body's
    section = None              # the candidate whose heading line opened the section ("Rafael Grossi (Argentina), 64")
    counted = None              # the counted field of the race the article stated last
    other_race_told = False     # whether a sentence so far named another race
    sheet = None                # the heading's candidate while the sentences after it name no one else
    for i, r in enumerate(readings):
        heading = candidate_heading(r)
        section = heading or section
        sheet = heading or (sheet if all(v == sheet for v in named[i]) else None)
        members = counted.members(r) if counted is not None else ()
        other_race_told = other_race_told or any(m.kind == OTHER_RACE for m in r.mentions)
        if race and not other_race_told:
            # (not in an article that told of another race first: its "three candidates were shortlisted")
            counted = _Field.stated(r.text, grammar) or counted
        if over is not None and over():
            truncated = True
            break
        named_posts = [m for m in r.mentions if m.kind == OTHER_RACE and not (race and _describes_person(m, r)) or
                       m.kind == POST and m.form != "reference"]
        if named_posts:
            other_post_last = max(named_posts, key=lambda m: m.start).kind == OTHER_RACE
        unread: tuple[tuple[int, int], ...] = ()
        if named_posts and not any(m.kind == POST for m in r.mentions):
            # "The OAS secretary general, X, was the only candidate": a sentence of another race; a clause of
            # its own beside it may still tell of this one ("X leaves the OSCE post, while Y takes office")
            unread = _other_race_clauses(r)
            if unread is None:
                continue
        # every event names a candidate, or a state standing for its own candidate, or is about the one in focus
        own_state = any(m.value in gazetteer.states_with_candidates for m in r.mentions)
        focus = None
        if focused and any(m.kind == STATE and m.actor for m in r.mentions):
            # the one candidate named here, else the one of the last sentences
            focus = _focus([named[i]], None) if named[i] else _focus(named[max(0, i - 2):i], dominant)
        # (or a statement over the roster listed in the last three sentences: "Each has been nominated by their government")
        recent = tuple(dict.fromkeys(v for j, v in listed if j >= i - 3))
        if not named[i] and not own_state and focus is None and not recent and sheet is None or grammar.question.match(r.text):
            continue
        dates = _Dates(r.text, published)
        denial = grammar.scope.denial_opening(readings[i + 1].text) if i + 1 < len(readings) else ""
        if denial and i + 2 < len(readings) and grammar.scope.answered_yes(denial, readings[i + 2].text):
            denial = ""     # "Really? Yes, his office confirmed it": the question the next words answer doubts nothing
        for shape in clause_views(r.text, r.mentions, unread + _race_modifiers(r, grammar),
                                  gazetteer.sole_fronted(r.text, r.mentions)):
            denied |= denied_candidacies(shape, grammar)
            view_focus, gone = focus, set()
            if focused and named[i] and "⟨S" in shape.text:
                view_focus, gone = _staying(shape, named, i, dominant, grammar, focus)
            ctx = Context(shape, r.sentence.is_title, race, gazetteer, grammar.scope, dates.has_day, focus,
                          sentence=r.text, stances=stances, index=i, grammar=grammar,
                          reference_is_post=not other_post_last, running=running, section=section,
                          field_members=members, listed=recent, sheet=sheet, denied_next=denial)
            # (an ended objection or a stance followed beside a withdrawal is on the candidate still in the race;
            # any other may be on the one who withdrew: "withdrew after a veto from Washington", "after Chile
            # withdrew its support")
            staying = replace(ctx, focus=view_focus) if view_focus != focus else None
            has_actor = "⟨S" in shape.text or "⟨O" in shape.text or "⟨M" in shape.text
            cues = grammar.cues.present(shape.text)
            for k in grammar.cues.possible(cues):
                rule = grammar.rules[k]
                rctx = staying if staying is not None and ("follows" in rule.traits or "ended" in rule.traits and (
                    rule.type == "opposition")) else ctx
                left = gone if rctx is staying else set()
                if (rule.needs_actor and not has_actor) or (
                        "focus" in rule.traits and (rctx.focus is None or "⟨C" in shape.text and rctx.focus not in
                                                    shape.candidates and not shape.candidates <= left)) or (
                        "focus" not in rule.traits and not named[i] and not own_state and not (
                            recent and "over_listed" in rule.traits) and not (sheet and "sheet" in rule.traits)):
                    continue
                for m in rule.pattern.finditer(shape.text):
                    if over is not None and over():
                        break       # a sentence of megabytes is cut too: the budget is asked per match
                    for finding in rule.check(rule, m, rctx):
                        finding.scope = rctx.verdict.explained if rctx.verdict is not None else ""
                        for event in _events(finding, r, shape, published, story, dates.found):
                            key = event.key
                            if event.type in ACTOR_TYPES:
                                stances.append((i, event.type, event.subject, event.actor,
                                                _PLUPERFECT.search(shape.text, max(0, finding.anchor - 40), finding.anchor) is not None))
                            elif event.type == "withdrawal":
                                excluded[key] = excluded.get(key, True) and finding.needs_candidacy
                            elif event.type == "candidacy":
                                running.add(event.subject)
                                if event.rule in grammar.roster_rules:
                                    listed.append((i, event.subject))
                            if key not in best or _better(event, best[key]):
                                best[key] = event
                            # an ended stance is dated by a sentence that tells it ended, not by one of the stance
                            slot = (key, event.status == ENDED)
                            if event.date is not None and event.span[0] >= title_end and (
                                    slot not in dated or finer(event.precision, dated[slot].precision)):
                                dated[slot] = event
                if over is not None and over.fired:
                    break
            if over is not None and over.fired:
                break
    truncated = truncated or over is not None and over.fired
    # a person who says they are not a candidate is not one in this article; a headline seldom
    # dates what it states, the body's sentence of the same event does
    best = {k: replace(e, date=dated[d].date, precision=dated[d].precision) if (d := (k, e.status == ENDED)) in dated
            and (e.date is None or e.span[0] < title_end or finer(dated[d].precision, e.precision)) else e
            for k, e in best.items() if not (e.type == "candidacy" and e.subject in denied)
            # (ruling oneself out withdraws only someone the article puts in the race, before or after)
            and not (excluded.get(k) and e.subject not in running)}
    if story.race_opened is not None:    # events of an earlier race: "was a candidate in 2016"
        best = {k: e for k, e in best.items() if e.date is None or last_day(e.date, e.precision) >= story.race_opened}
    return Extraction(sorted(best.values(), key=lambda e: (e.span[0], e.type, e.subject, e.actor or "")), truncated, race)


# another post named as what a person holds: "X, the secretary-general of UNCTAD," (as a label before the name
# it is the sentence's topic: "The OSCE secretary general X was the only candidate")
# "had refused to back", "had long backed": a stance told as background to the news
_PLUPERFECT = re.compile(r"\bhad\s+(?:[\w-]+\s+){0,3}$", re.I)
# (or a participle of that post: "X, re-elected to a second term at UNCTAD, ...", "X, appointed as IAEA chief in 2019,")
_APPOSITION_OPEN = re.compile(r"\s*,\s*(?:(?:the|a|an|now|currently|still|who\s+is|formerly|(?:re-)?[a-z]+ed(?:\s+(?:to|as|at|in|for))?)"
                              r"\s+)?(?:[\w.'’-]+\s+){0,3}$", re.I)
_APPOSITION_CLOSE = re.compile(r"(?:\s+(?:of|at|for|to|as|in)\s+(?:the\s+|a\s+)?[\w.'’-]+(?:\s+[\w.'’-]+){0,4}?)?\s*(?:[,.;)]|$)", re.I)


# where a sentence's clauses of their own meet: a semicolon, a contrast ("while", "whereas"), "meanwhile"
_CLAUSE_JOIN = re.compile(r";|,\s*(?:while|whereas)\b|,?\s*(?:and\s+)?meanwhile\b,?|\bwhile\b", re.I)


def _other_race_clauses(r: Reading) -> tuple[tuple[int, int], ...] | None:
    """The spans of the clauses of a sentence naming another race (and not the post) that tell of it,
    when another clause joined to them names a candidate and no other race ("X will leave the OSCE post,
    while Y takes office"; "Z was elected OAS chief; W, meanwhile, is still running"); None when none does."""
    cuts = [0, *(x for m in _CLAUSE_JOIN.finditer(r.text) for x in (m.start(), m.end())), len(r.text)]
    spans = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2)]
    inside = lambda m, spans: any(a <= m.start < b for a, b in spans)
    other = [(a, b) for a, b in spans if any(m.kind == OTHER_RACE and inside(m, [(a, b)]) for m in r.mentions)]
    # (by name, and none the other race's clauses name: "X was named EU foreign policy chief; Poland backed her")
    told = {m.value for m in r.mentions if m.kind == CANDIDATE and inside(m, other)}
    named = [m for m in r.mentions if m.kind == CANDIDATE and not inside(m, other)]
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
    """Whether another post's mention only says what a named candidate holds (the sentence is still
    about the race), in apposition after the name."""
    before = [x for x in r.mentions if x.end <= m.start and x.kind == CANDIDATE]
    return bool(before and _APPOSITION_OPEN.fullmatch(r.text, before[-1].end, m.start) and _APPOSITION_CLOSE.match(r.text, m.end))


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


class _Field:
    """A count of the race's field the article states ("Four candidates remain.", "The five people vying to
    lead the UN ..."): the candidates named at the opening of the sentences after it, up to that count and
    within twice as many sentences, are its members."""

    def __init__(self, size: int):
        self.size, self.left, self.seen = size, 2 * size, set()

    @classmethod
    def stated(cls, text: str, grammar) -> "_Field | None":
        m = grammar.counted_field.search(text)
        if m is None or grammar.scope.modal(text[m.end():m.end() + 60]) or grammar.assessing.search(
                text, max(0, m.start() - 30), m.start()) or grammar.scope.negation.search(text, max(0, m.start() - 20), m.start()):
            return None     # "five candidates could emerge", "no five candidates"
        return cls(field_size(m))

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
        return focus, set()
    left = set(named[i]) - gone
    if not left:
        before = _focus(named[max(0, i - 2):i], dominant)
        return (before if before not in gone else None), gone
    return (left.pop() if len(left) == 1 else focus), gone


def _focus(previous: list[list[str]], dominant: str | None) -> str | None:
    """The one candidate of the last two sentences, else the article's dominant candidate."""
    recent = {v for names in previous for v in names}
    if len(recent) == 1:
        return recent.pop()
    # of several just named, the one the article is about ("Rutte became the sole contender when
    # Iohannis pulled out. Hungary had come on board in the days before.")
    return dominant if not recent or dominant in recent else None


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
    for subject in f.subjects:
        for actor in f.actors:
            if f.type in ACTOR_TYPES and (actor is None or actor == story.organisation.name):
                continue    # (the organisation that holds the race chooses, it takes no side: "NATO backs Rutte")
            yield Event(
                type=f.type, subject=subject, actor=actor if f.type in _TYPES_WITH_ACTOR else None,
                status=f.status, date=date, evidence=sentence.text, span=(sentence.start, sentence.end),
                confidence=f.confidence, rule=f.rule, marks=marks, roles=roles, scope=f.scope, precision=precision)
