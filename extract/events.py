"""Article -> events: sentences, mentions, shapes, rules, one Event per key."""
from __future__ import annotations

import datetime as dt
import re
import time
from dataclasses import dataclass, field, replace
from typing import Callable, Iterator

from natowatch.extract.asked import asked_answered
from natowatch.extract.budget import (
    DEFAULT_BUDGET_SECONDS, PROPOSING_SHARE, READING_SHARE, Budget, cycles_collected_after,
)
from natowatch.extract.clauses import clause_views
from natowatch.extract.compiled import built
from natowatch.extract.discourse import Reading, Resolver
from natowatch.extract.discover import Proposer
from natowatch.extract.provisional import in_race_sentence, names_post, propose, with_candidates
from natowatch.extract.gazetteer import Gazetteer
from natowatch.extract.lexicon import BUILDING
from natowatch.extract.mentions import CANDIDATE, ORG, OTHER_RACE, POST, STATE
from natowatch.extract.model import ACTOR_TYPES, ENDED, Event, finer, last_day
from natowatch.extract.frames import Context, Grammar, denied_candidacies
from natowatch.extract.race_article import (
    SHORT_ITEM, _names_story, _race_article, _short_bid_item, _short_race_item, _short_stance_item,
)
from natowatch.extract.sentence_events import (
    _Dates, _Field, _better, _describes_person, _dominant, _events, _focus, _other_race_clauses, _pronoun_against,
    _race_modifiers, _runs_elsewhere, _staying, _still_running,
)
from natowatch.extract.story import Story
from natowatch.extract.tables import table_events
from natowatch.extract.strangers import candidate_heading, is_caps_heading
from natowatch.extract.comments import comments_closed
from natowatch.extract.text import article_text, fold, iter_sentences, split_sentences

# events that state their subject was in the race: they make a discovered name a candidate
_IN_THE_RACE = frozenset({"candidacy", "withdrawal", "appointment", "takes_office"})


def is_about_story(title: str, text: str, story: Story) -> bool:
    """Does the article name the post or the organisation (by any alias)? A short item (SHORT_ITEM) that
    names neither but a candidate is about the story when it states an event of it: "Hungary says no to
    Rutte" is, "Rutte watched the derby" is not."""
    folded = fold(article_text(title, text))
    named = _names_story(Gazetteer.of(story), folded)
    if named and len(folded) <= SHORT_ITEM and not _names_story(Gazetteer.of(story), folded, short=False):
        return bool(extract_events(title, text, None, story))
    return named


def read_article(title: str, text: str, story: Story, folded: str | None = None,
                 stop: Callable[[], bool] | None = None) -> list[Reading]:
    """The sentences of `article_text(title, text)` with resolved mentions (those before `stop()`
    said so, when given: see Resolver.read)."""
    full = article_text(title, text)
    folded = folded if folded is not None else fold(full)
    sentences = split_sentences(full, len((title or "").strip()))
    return Resolver.of(Gazetteer.of(story)).read(full, folded, sentences, stop)


@dataclass(frozen=True)
class Extraction:
    """The events of an article; `truncated` when the time budget ran out before its last sentence."""

    events: list[Event]
    truncated: bool = False
    # the article is about the race (see _race_article): names it does not list may enter it
    race_article: bool = field(default=True, compare=False)
    # the candidates a finding states in the race by a name, not only by a pronoun (however its event's evidence
    # was chosen among the findings of its key: _extract_within)
    named_in_race: frozenset = field(default=frozenset(), compare=False)


def extract_events(title: str, text: str, published: dt.date | None, story: Story, *,
                   budget_seconds: float | None = DEFAULT_BUDGET_SECONDS) -> list[Event]:
    """Every event of the story stated in the article, one per key (best evidence), in text order
    (those of the sentences read within `budget_seconds`: see extract_article)."""
    return extract_article(title, text, published, story, budget_seconds=budget_seconds).events


@cycles_collected_after
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
    budget = None if budget_seconds is None else Budget(budget_seconds, clock)
    building = BUILDING.set(budget.exclude if budget is not None else None)
    try:
        return _extract_within(title, text, published, story, budget)
    finally:
        BUILDING.reset(building)


def _extract_within(title: str, text: str, published: dt.date | None, story: Story,
                    budget: Budget | None) -> Extraction:
    # the story's compiled patterns are built once per story, not per article: not part of the budget
    _excluded(budget, lambda: (Proposer.of(story), Grammar.of(Gazetteer.of(story)), Resolver.of(Gazetteer.of(story))))
    proposing = None if budget is None else budget.passed(PROPOSING_SHARE)
    text = comments_closed(text or "", story)
    full = article_text(title, text)
    folded = fold(full)
    states: dict[str, str] = {}
    gazetteer = Gazetteer.of(story)
    # (a short item that names no race and tells a stance: its stance sentences propose too, and a stance there states
    # its name in the race)
    stances = _short_stance_item(gazetteer, folded)
    names = propose(title, text, story, proposing, folded, states, stances) \
        if stances or _names_story(gazetteer, folded) or _short_bid_item(gazetteer, folded) else {}
    read_as = with_candidates(story, names, states) if names else story
    _excluded(budget, lambda: (Grammar.of(Gazetteer.of(read_as)), Resolver.of(Gazetteer.of(read_as))))
    # (a second reading, without a name stated only by a pronoun, takes what it can of the first: _Reread)
    reread = _Reread() if names else None
    found = _read_events(full, folded, len((title or "").strip()), published, read_as, budget, reread)
    truncated = found.truncated or (proposing is not None and proposing.fired)
    if not names:
        return Extraction(found.events, truncated)
    stating = _stating(found, names, story, read_as, stances)
    # a name of unknown sex stated only by a pronoun ("put her name forward", after "... under Jose Maria Figueres"): the
    # pronoun is as likely the candidate the article goes on about; read again without the name
    by_pronoun = {n for n, events in stating.items() if not names[n] and all(_by_pronoun(e) for e in events)
                  and n not in found.named_in_race}
    if by_pronoun and found.race_article:
        names = {n: p for n, p in names.items() if n not in by_pronoun}
        read_as = with_candidates(story, names, states) if names else story
        reread.taking = True
        found = _read_events(full, folded, len((title or "").strip()), published, read_as, budget, reread)
        truncated = truncated or found.truncated
        stating = _stating(found, names, story, read_as, stances)
    # names of an article about another race ("Berset elected Council of Europe secretary general") stay out
    stated = set(stating) if found.race_article else set()
    return Extraction([e for e in found.events if e.subject not in names or e.subject in stated], truncated)


def _stating(found: Extraction, names: dict[str, str], story: Story, read_as: Story,
             stances: bool = False) -> dict[str, list[Event]]:
    """The events that state each proposed name to be in the race (the names with none left out); `stances`: in a short
    stance item (race_article._short_stance_item) a stance states its name too, in any of its sentences."""
    grammar = Grammar.of(Gazetteer.of(read_as))
    focus_rules, weak_rules = grammar.focus_rules, grammar.weak_rules
    out: dict[str, list[Event]] = {}
    for e in found.events:
        # (a fact sheet's "Nominated by Peru." under the person's heading is the one candidacy read from the focus)
        # (taking an office only where the sentence names the post: "X, elected president on Sunday, takes office on
        # March 11", "Y, named to head the agency, takes office on July 1" take another office)
        if e.rule in weak_rules and not names_post(e.evidence, story):
            continue
        if e.subject in names and (e.rule not in focus_rules or e.type == "candidacy") and (
                e.type in _IN_THE_RACE and e.type != "takes_office" or e.type in ACTOR_TYPES and (stances or e.status != ENDED
                and in_race_sentence(e.evidence, story)) or e.type == "takes_office" and names_post(e.evidence, story)):
            out.setdefault(e.subject, []).append(e)
    return out


# the candidate's role filled by a third-person pronoun alone ("her", "his", "her name")
_PRONOUN_ROLE = re.compile(r"(?:he|she|him|her|his|hers|they|them|their)(?:\s+name)?", re.I)


def _by_pronoun(e: Event) -> bool:
    """The event's candidate was read from a pronoun (as --explain shows its roles)."""
    return any(role == "candidate" and _PRONOUN_ROLE.fullmatch(text.strip()) for role, text in e.roles)


def _answered_yes(readings: list[Reading], i: int, grammar: Grammar) -> bool:
    """Is the i-th sentence a yes-or-no question the next sentence answers yes ("Q: Will Spain back X?" / "A: Yes, we
    will.")? Then it is read as told."""
    return i + 1 < len(readings) and grammar.yes_no.match(readings[i].text) is not None \
        and grammar.answer_yes.match(readings[i + 1].text) is not None


def _told(question: str) -> str:
    """A question answered yes, as told: its last question mark a full stop (the same length, so offsets hold)."""
    at = question.rfind("?")
    return question[:at] + "." + question[at + 1:]


def _excluded(budget: Budget | None, build: Callable[[], object]) -> None:
    if budget is None:
        build()
    else:
        budget.exclude(build)

# "had refused to back", "had long backed": a stance told as background to the news
_PLUPERFECT = re.compile(r"\bhad\s+(?:[\w-]+\s+){0,3}$", re.I)
# the words of a negation, one of which a sentence saying a state takes no stance has
_NEGATING = built(r"\bnot\b|n['’]t\b|\bnever\b|\bno(?:body|ne|[\s-]one)\b|\bneither\b|\bno\s+candidate", re.I)
# how many sentences after a stance one saying its state takes none contradicts it
_CONTRADICTED_WITHIN = 4


def _no_stance(r: Reading, grammar: Grammar) -> list[tuple[int, str, str | None]]:
    """(where, state, the stance it takes none of; None: neither) of each state the sentence says takes no stance
    towards anyone ("France has not announced its support for any candidate", "Turkey, however, has not vetoed
    anyone", "Madrid has not said whom it supports")."""
    if not _NEGATING.search(r.text):
        return []
    found = []
    for m in r.mentions:
        if m.kind in (STATE, ORG) and m.actor and (x := grammar.no_stance_taken.match(r.text, m.end)
                                                   or grammar.no_one_backed.match(r.text, m.end)) is not None:
            found.append((m.start, m.value, "endorsement" if x.group("support") else "opposition" if x.group("refusal") else None))
    return found


def _told_otherwise(unstated: list[list[tuple[int, str, str | None]]], i: int, at: int, event: Event) -> bool:
    """The stance `event` (read at `at` of sentence `i`) is one its state is said to take towards no one later in
    the sentence or in the next four (a paragraph): the article contradicts the stance it told (a report it corrects)."""
    return any(v == event.actor and kind in (None, event.type) and (j > i or where > at)
               for j in range(i, min(len(unstated), i + _CONTRADICTED_WITHIN + 1)) for where, v, kind in unstated[j])


class _Reread:
    """What a reading of an article again (without a proposed name stated only by a pronoun: _extract_within) takes
    from the first: per sentence, its clause views when the sentence, its mentions and the spans left unread are the
    same, and per view the rules its cues allow and each rule's matches (pure work on an identical text). The
    checks run again (they read the sentences before and the context)."""

    def __init__(self) -> None:
        self.taking = False     # the first reading keeps, a later one takes
        # sentence number -> (what its views were read from, the views, per view: the rules possible, their matches)
        self.sentences: dict[int, tuple[tuple, list, list[list]]] = {}

    def views(self, i: int, key: tuple, read: Callable[[], list]) -> tuple[list, list[list]]:
        if self.taking:
            kept = self.sentences.get(i)
            if kept is not None and kept[0] == key:
                return kept[1], kept[2]
            views = read()
            return views, [[None, {}] for _ in views]
        views = read()
        per_view: list[list] = [[None, {}] for _ in views]
        self.sentences[i] = (key, views, per_view)
        return views, per_view


def _keeping(found: Iterator[re.Match], into: dict[int, list[re.Match]], k: int) -> Iterator[re.Match]:
    """`found`, kept in `into` under `k` once read to its end (a reading cut by the budget keeps nothing)."""
    got = []
    for m in found:
        got.append(m)
        yield m
    into[k] = got


def _read_events(full: str, folded: str, title_end: int, published: dt.date | None, story: Story,
                 budget: Budget | None, reread: _Reread | None = None) -> Extraction:
    """The events of `full` (article_text of the title, `title_end` long, and the text; `folded` is
    its fold); `reread` keeps (or, read again, takes) the views and matches of its sentences."""
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
    # (sentence, type, candidate, actor, told as background) of each stance, candidacy and appointment found
    stances: list[tuple[int, str, str, str, bool]] = []
    running: set[str] = set()       # the candidates whose candidacy was found so far
    quit_race: set[str] = set()     # the candidates whose withdrawal was found so far
    named_in_race: set[str] = set()     # the candidates a finding states in the race by a name (Extraction.named_in_race)
    excluded: dict[tuple, bool] = {}    # per withdrawal: whether every reading was someone ruling themselves out
    listed: list[tuple[int, str]] = []      # (sentence, candidate) of each roster's member found
    listed_from = 0     # where its members of the last three sentences start (read on from there, not from the first)
    # the states each sentence says take no stance towards anyone, and the stances told just before that they
    # contradict ("The report said France had endorsed Grossi; France has not announced its support for any candidate")
    unstated = [_no_stance(r, grammar) for r in readings]
    contradicted: set[tuple] = set()
    held: set[tuple] = set()
    other_post_last = False     # the post last named before this sentence is another body's
    section = None              # the candidate whose heading line opened the section ("Rafael Grossi (Argentina), 64")
    counted = None              # the counted field of the race the article stated last
    other_race_told = False     # whether a sentence so far named another race
    sheet = None                # the heading's candidate while the sentences after it name no one else
    sheet_caps = False          # whether that heading was set in capitals
    seen: dict[str, None] = {}  # the candidates named before this sentence, in order
    for i, r in enumerate(readings):
        if i:
            seen.update(dict.fromkeys(named[i - 1]))
        heading = candidate_heading(r)
        section = heading or section
        # (a heading in capitals of anything else, "X" of a name not proposed, "THE COUNT", ends a section a heading
        # in capitals opened; one in mixed case has sub-headings in capitals, "PUBLIC BACKERS", inside it)
        sheet = heading or (sheet if all(v == sheet for v in named[i]) and not (
            sheet_caps and is_caps_heading(r.text)) else None)
        sheet_caps = is_caps_heading(r.text) if heading else sheet_caps
        members = counted.members(r) if counted is not None else ()
        # (another post's title that only describes a candidate tells of no other race: the clause's views read
        # it as words, and the other-post scope is left to the predicate's own post slot)
        described = [m for m in r.mentions if m.kind == OTHER_RACE and race and _describes_person(m, r)]
        mentions = [m for m in r.mentions if m not in described] if described else r.mentions
        other_race_told = other_race_told or any(m.kind == OTHER_RACE for m in mentions)
        if race and not other_race_told:
            # (not in an article that told of another race first: its "three candidates were shortlisted")
            stated = _Field.stated(r.text, grammar, mentions)
            counted = stated.listed_in(r) if stated is not None else counted
        if over is not None and over():
            truncated = True
            break
        named_posts = [m for m in mentions if m.kind == OTHER_RACE or m.kind == POST and m.form != "reference"]
        if named_posts:
            other_post_last = max(named_posts, key=lambda m: m.start).kind == OTHER_RACE
        unread: tuple[tuple[int, int], ...] = ()
        if race and not any(m.kind == POST and m.form != "reference" for m in mentions) and _runs_elsewhere(r, mentions):
            continue    # "X, who is running for president of Chile, was endorsed by S": of that race
        if named_posts and not any(m.kind == POST for m in r.mentions):
            # "The OAS secretary general, X, was the only candidate": a sentence of another race; a clause of
            # its own beside it may still tell of this one ("X leaves the OSCE post, while Y takes office")
            unread = _other_race_clauses(r, mentions)
            if unread is None:
                continue
        # every event names a candidate, or a state standing for its own candidate, or is about the one in focus
        own_state = any(m.value in gazetteer.states_with_candidates for m in r.mentions)
        focus = body = None
        if focused and any(m.kind == STATE and m.actor for m in r.mentions):
            # the one candidate named here, else the one of the last sentences
            focus = _focus([named[i]], None) if named[i] else _focus(named[max(0, i - 2):i], dominant)
            if focus is not None and not named[i] and _pronoun_against(r, focus, story, grammar):
                focus = None    # "... will not support her": not a candidate in focus who is a "he"
        elif focused and not named[i] and any(m.kind == ORG and m.actor for m in r.mentions):
            # the organisation or its body alone: read only by the rules of a decision sealed ("the council made it
            # official": frames/ellipsis.py)
            body = _focus(named[max(0, i - 2):i], dominant)
        # (or a statement over the roster listed in the last three sentences: "Each has been nominated by their government")
        while listed_from < len(listed) and listed[listed_from][0] < i - 3:
            listed_from += 1        # (`listed` is in sentence order: those of the last three sentences end it)
        recent = tuple(dict.fromkeys(v for _, v in listed[listed_from:]))
        # (or a count of the race's people told of those named before: "All four candidates said ...")
        before = tuple(seen) if seen and race and grammar.counted_back.search(r.text) else ()
        # (or a state's stance elided after stances told in the last two sentences, on whichever candidate they were:
        # "A said it would now back X, as Y left the race. B did the same a few hours later" - read only by the rules of
        # a stance followed or elided, which take their candidate from the stance before)
        follower = focus is None and focused and any(m.kind == STATE and m.actor for m in r.mentions) and any(
            i - 2 <= n < i and t in ACTOR_TYPES for n, t, *_ in stances[-12:])
        # (a question's answer is looked at only for a question: the yes-or-no openers are question openers)
        question = grammar.question.match(r.text) is not None
        answered = question and _answered_yes(readings, i, grammar)
        if not named[i] and not own_state and focus is None and body is None and not recent and sheet is None \
                and not before and not follower or question and not answered:
            continue
        if answered:
            r = replace(r, text=_told(r.text))
        # (a question reported with its answer: "Asked whether S would back X, the minister said it would", extract/asked.py)
        asked = asked_answered(r.text, gazetteer.lexicon) if not question else None
        if asked is not None:
            r = replace(r, text=asked)
        dates = _Dates(r.text, published)
        denial = grammar.scope.denial_opening(readings[i + 1].text, r.text) if i + 1 < len(readings) else ""
        if denial and i + 2 < len(readings) and grammar.scope.answered_yes(denial, readings[i + 2].text):
            denial = ""     # "Really? Yes, his office confirmed it": the question the next words answer doubts nothing
        if not denial and i:    # (or the verdict told before the claim: "Our verdict: False. The post claims ...")
            denial = grammar.scope.verdict_before(readings[i - 1].text, r.text)
        skipped = unread + _race_modifiers(r, grammar)
        sole = gazetteer.sole_fronted(r.text, mentions)
        if reread is None:
            views, kept = clause_views(r.text, mentions, skipped, sole, grammar.inserts), None
        else:
            views, kept = reread.views(i, (r.sentence.start, r.text, tuple(mentions), skipped, sole, grammar),
                                       lambda: clause_views(r.text, mentions, skipped, sole, grammar.inserts))
        for v, shape in enumerate(views):
            denied |= denied_candidacies(shape, grammar)
            view_focus, gone = focus, set()
            if focused and named[i] and "⟨S" in shape.text:
                view_focus, gone = _staying(shape, named, i, dominant, grammar, focus)
            elif focus in quit_race and not named[i]:
                # the same when the candidate in focus withdrew in a sentence before ("Iohannis pulled out on Thursday.
                # ... Orban lifted his veto on Tuesday"): on the one still in the race
                view_focus = _still_running(seen, quit_race, dominant)
            ctx = Context(shape, r.sentence.is_title, race, gazetteer, grammar.scope, dates.has_day, focus or body,
                          sentence=r.text, stances=stances, index=i, grammar=grammar,
                          reference_is_post=not other_post_last, running=running, section=section,
                          field_members=members, listed=recent, sheet=sheet, denied_next=denial, named_before=before)
            # (an ended objection or a stance followed beside a withdrawal is on the candidate still in the race;
            # any other may be on the one who withdrew: "withdrew after a veto from Washington", "after Chile
            # withdrew its support")
            staying = replace(ctx, focus=view_focus) if view_focus != focus else None
            has_actor = "⟨S" in shape.text or "⟨O" in shape.text or "⟨M" in shape.text
            if kept is None:
                possible, matched = grammar.cues.possible_in(shape.text), None
            else:
                possible, matched = kept[v]
                if possible is None:
                    possible = kept[v][0] = grammar.cues.possible_in(shape.text)
            for k in possible:
                rule = grammar.rules[k]
                rctx = staying if staying is not None and ("follows" in rule.traits or "joins" in rule.traits or (
                    "ended" in rule.traits and rule.type == "opposition")) else ctx
                left = gone if rctx is staying else set()
                if (rule.needs_actor and not has_actor) or (body is not None and "body" not in rule.traits) or (
                        # (a stance elided takes its candidate from the stance before, not from the focus: its check
                        # weighs the candidates this sentence names)
                        "focus" in rule.traits and "follows" not in rule.traits and (
                            rctx.focus is None or "⟨C" in shape.text and rctx.focus not in
                                                    shape.candidates and not shape.candidates <= left)) or (
                        "focus" not in rule.traits and not named[i] and not own_state and not (
                            recent and "over_listed" in rule.traits) and not (sheet and "sheet" in rule.traits) and not (
                            before and "over_named" in rule.traits)):
                    continue
                matches = rule.pattern.finditer(shape.text) if matched is None else matched.get(k)
                if matches is None:
                    # (kept for a reading again when all are read: a list of those read so far while reading)
                    matches = _keeping(rule.pattern.finditer(shape.text), matched, k)
                for m in matches:
                    if over is not None and over():
                        break       # a sentence of megabytes is cut too: the budget is asked per match
                    for finding in rule.check(rule, m, rctx):
                        finding.scope = rctx.verdict.explained if rctx.verdict is not None else ""
                        for event in _events(finding, r, shape, published, story, dates.found):
                            key = event.key
                            if event.type in ACTOR_TYPES:
                                stances.append((i, event.type, event.subject, event.actor,
                                                _PLUPERFECT.search(shape.text, max(0, finding.anchor - 40), finding.anchor) is not None))
                                at = shape.to_sentence(finding.anchor, finding.anchor + 1)[0]
                                (contradicted if _told_otherwise(unstated, i, at, event) else held).add(key)
                            elif event.type == "appointment":
                                stances.append((i, event.type, event.subject, event.actor, False))
                            elif event.type == "withdrawal":
                                excluded[key] = excluded.get(key, True) and finding.needs_candidacy
                                quit_race.add(event.subject)
                            elif event.type == "candidacy":
                                running.add(event.subject)
                                stances.append((i, event.type, event.subject, event.actor, False))
                                if event.rule in grammar.roster_rules:
                                    listed.append((i, event.subject))
                            if event.type in _IN_THE_RACE and event.type != "takes_office" and not _by_pronoun(event):
                                named_in_race.add(event.subject)
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
    # tables, headed lists and labelled lines, each cell or item in the role its header names (extract/tables.py)
    for event in table_events(full, readings, published, gazetteer) if race and not truncated else ():
        running.update((event.subject,) if event.type == "candidacy" else ())
        named_in_race.update((event.subject,) if event.type in _IN_THE_RACE and event.type != "takes_office" else ())
        if event.key not in best or _better(event, best[event.key]):
            best[event.key] = event
        if event.date is not None and event.span[0] >= title_end and (
                (slot := (event.key, False)) not in dated or finer(event.precision, dated[slot].precision)):
            dated[slot] = event
    # a person who says they are not a candidate is not one in this article; a headline seldom
    # dates what it states, the body's sentence of the same event does
    best = {k: replace(e, date=dated[d].date, precision=dated[d].precision) if (d := (k, e.status == ENDED)) in dated
            and (e.date is None or e.span[0] < title_end or finer(dated[d].precision, e.precision)) else e
            for k, e in best.items() if not (e.type == "candidacy" and e.subject in denied)
            and not (k in contradicted and k not in held)
            # (ruling oneself out withdraws only someone the article puts in the race, before or after)
            and not (excluded.get(k) and e.subject not in running)}
    if story.race_opened is not None:    # events of an earlier race: "was a candidate in 2016"
        best = {k: e for k, e in best.items() if e.date is None or last_day(e.date, e.precision) >= story.race_opened}
    return Extraction(sorted(best.values(), key=lambda e: (e.span[0], e.type, e.subject, e.actor or "")), truncated, race,
                      frozenset(named_in_race))
