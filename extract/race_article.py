"""Whether an article, or a short item, speaks of the story's race.

The tests extract_article and the reading of its sentences ask before any rule: the post or the
organisation named by a name of its own, or a short item (SHORT_ITEM) naming a listed candidate, by name
or by their state, with no word of the race used for another aim (other_aims); a short item speaking of
a bid with no aim of its own; an article whose post is named in its headline or more often than other
races. Pure: no I/O."""
from __future__ import annotations

import re

from natowatch.extract.discourse import Reading
from natowatch.extract.provisional import in_race_sentence, tells_stance
from natowatch.extract.frames import Grammar
from natowatch.extract.frames.base import ADJ
from natowatch.extract.gazetteer import Gazetteer
from natowatch.extract.mentions import CANDIDATE, MEMBERS, ORG, OTHER_RACE, POST, STATE
from natowatch.extract.lexicon import bounded, built_once, phrase_pattern, trie_pattern
from natowatch.extract.story import Story


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
    if _names_a_race(gazetteer, folded):
        return False    # (the story's own names are _names_story's to judge; "the job" is no name)
    return other_aims(gazetteer).search(folded) is None and _aim_named(gazetteer).search(folded) is None


def _short_stance_item(gazetteer: Gazetteer, folded: str) -> bool:
    """A short item (SHORT_ITEM) that names no race at all and tells a stance: "Jamaica threw its weight behind Mia
    Mottley", "Russia will not back Maria Fernanda Espinosa, its envoy said". As in a short bid item, its people are
    proposed as the race's, and a state's stance on one of them (the rules still decide) states them in it; not one
    with an aim of its own ("for a second term", "as party leader", "in the election")."""
    if len(folded) > SHORT_ITEM or not tells_stance(folded, gazetteer.story) or _names_a_race(gazetteer, folded):
        return False
    return other_aims(gazetteer).search(folded) is None and _aim_named(gazetteer).search(folded) is None \
        and _stance_aim(gazetteer).search(folded) is None


def _names_a_race(gazetteer: Gazetteer, folded: str) -> bool:
    """The text names another race, the post or the organisation by a name of its own ("the job" is no name)."""
    return any((hit := gazetteer.lookup(m.group())) and (hit[0] == OTHER_RACE or hit[0] in (POST, ORG, MEMBERS)
                                                         and hit[2] != "reference") for m in gazetteer.iter_names(folded))


_STANCE_AIM: dict = {}


def _stance_aim(gazetteer: Gazetteer) -> re.Pattern:
    """A stance's own aim after a name: "for" or "as" anything but a reference to a post ("backs X for a second
    term", "endorsed X as party leader"; not "for the job"), or another election named ("in the Barbados election")."""
    return built_once(_STANCE_AIM, gazetteer.lexicon, lambda lex: re.compile(
        r"(?-i:[A-Z])[\w'’-]*[a-z]\s+(?:for|as)\s+(?!(?:the\s+)?" + bounded(lex.words("post_references")) + r")"
        r"|" + bounded(lex.words("cues", "other_elections")), re.I))


_AIM_NAMED: dict = {}


def _aim_named(gazetteer: Gazetteer) -> re.Pattern:
    """A word of a race followed by the post it is for, "for" anything but a reference to a post or a
    length of time ("running for governor", "her bid for the presidency"; not "for the job", "for weeks")."""
    return built_once(_AIM_NAMED, gazetteer.lexicon, lambda lex: re.compile(
        bounded(lex.words("candidacy", "bid_nouns") + lex.words("candidacy", "candidate_nouns")
                + [w[:-4] for w in lex.words("candidacy", "running_verbs") if w.endswith(" for")])
        + r"\s+for\s+(?!" + bounded(lex.words("post_references"))
        + r"|(?:(?:the|a|an|" + lex.numbers(2, 5) + r"|several|many|some|\d+)\s+)?(?:days?|weeks?|months?|years?)\b)", re.I))


def _names_by_state(gazetteer: Gazetteer, folded: str, states: list[tuple[re.Match, tuple]]) -> bool:
    """A candidate the story lists named by their state, as a short item may name them: by a demonym for one
    person ("the Dutchman", "the Romanian said", "the Dutch prime minister": Gazetteer.person_by_demonym,
    of the state's names found, `states`), or by a demonym and an office of theirs that the story gives
    ("the former Chilean president"). discourse.py decides whom it stands for."""
    if any(hit[1] in gazetteer.states_with_candidates and gazetteer.person_by_demonym(folded, m.start(), m.end(), hit[2])
           for m, hit in states):
        return True
    described = built_once(_DESCRIBED, gazetteer.story, _descriptions)
    if described is not None and described.search(folded) is not None:
        return True
    # "Romania, while still backing its own head of state, ...": a role of the state's candidate it owns (Resolver.owned_role)
    owned = built_once(_OWNED, gazetteer.story, _owned_roles) if " its " in folded or " their " in folded else None
    for m, hit in states if owned is not None else ():
        roles = {r.lower() for c in gazetteer.story.candidates if c.state == hit[1] and not c.provisional for r in c.roles}
        x = owned.search(folded, m.end(), m.end() + 200) if roles else None
        if x is not None and x.group("role").lower() in roles:
            return True
    return False


# a pattern per story: a state's own office held by one of the story's candidates, after "its" ("its own president")
_OWNED: dict = {}


def _owned_roles(story: Story) -> re.Pattern | None:
    roles = sorted({r for c in story.candidates if not c.provisional for r in c.roles})
    return re.compile(r"(?<![\w'’])(?:its|their)\s+(?:own\s+)?(?:(?:outgoing|incumbent|current|sitting)\s+)?(?P<role>"
                      + phrase_pattern(roles) + r")(?![\w-])", re.I) if roles else None


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
    return built_once(_OTHER_AIMS, gazetteer, _other_aims)


def _other_aims(gazetteer: Gazetteer) -> re.Pattern:
    lex = gazetteer.lexicon
    # (a bid "of" one of the story's own candidates is the race's: "kept its nomination of X", not "of Ciolacu")
    names = [n for c in gazetteer.story.candidates for n in (c.name, *c.aliases) if n]
    # (an honorific or a title may come first: "the candidacy of Mr. X", "of President X", "of His Excellency X")
    listed = r"(?!" + ADJ + trie_pattern(names) + r"(?![\w-]))" if names else ""
    words = (lex.words("candidacy", "bid_nouns") + lex.words("candidacy", "candidate_nouns") + lex.words("candidacy", "race_nouns")
             + lex.words("candidacy", "nomination_nouns") + lex.words("post_race_nouns") + lex.words("race_cue_words"))
    # (not the race's own ballot: "Grossi's bid in the first straw poll")
    elsewhere = (r"\s+to\s+(?!(?:lead|head|become|succeed|replace|be|run|take|serve)\b)[a-z]+|\s+(?:for|in|at)\s+"
                 r"(?:(?:the|a|an|next|this|that)\s+)?(?!(?:[\w-]+\s+){0,2}?" + lex.alt("candidacy", "ballot_nouns") + r"(?![\w-]))"
                 r"(?:[\w-]+\s+){0,2}?" + lex.alt("cues", "other_contests")
                 + r"|\s+of\s+" + listed + r"(?-i:[A-Z])|\s+(?:at|as)\s")
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
