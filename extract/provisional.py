"""Provisional candidates: the names discover.py proposes, spelled as the article spells them, and
the story with them added for the extractor's second reading, plus the two questions that reading asks
of a sentence (does it speak of the race, does it name the post). Pure: no I/O.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Callable

from natowatch.extract.discover import Proposer
from natowatch.extract.gazetteer import Gazetteer
from natowatch.extract.story import Candidate, Story
from natowatch.extract.text import article_text, fold


def propose(title: str, text: str, story: Story, stop: Callable[[], bool] | None = None,
            folded: str | None = None, states: dict[str, str] | None = None, stances: bool = False) -> dict[str, str]:
    """Person names the article may state as new candidates (checked later by the rules), with the
    pronoun that can stand for each (see Proposer.names for `stop` and `states`; `folded` is
    fold(article_text(title, text)) when the caller has it)."""
    full = article_text(title, text)
    folded = fold(full) if folded is None else folded
    names = Proposer.of(story).names(folded, Gazetteer.of(story), stop, states, stances)
    if full.isascii():
        return names
    # each name as the article spells it ("Tomáš Hrdlička", read as "Tomas Hrdlicka"): fold keeps offsets
    spelled = {}
    for name, pronoun in names.items():
        at = folded.find(name)
        original = full[at:at + len(name)] if at >= 0 else name
        spelled[original] = pronoun
        if states is not None and original != name and name in states:
            states[original] = states.pop(name)
    return spelled



_extended: dict = {}


def in_race_sentence(sentence: str, story: Story) -> bool:
    """The sentence names the post, a bid or a candidacy: a stance on a new name there is one on a
    candidate ("Jamaica endorsed Rebeca Grynspan for secretary-general")."""
    return Proposer.of(story).race.search(sentence) is not None


def tells_stance(text: str, story: Story) -> bool:
    """The text holds a verb or noun of a state's support or refusal ("threw its weight behind", "will not back")."""
    return Proposer.of(story).stance.search(text) is not None


def names_post(sentence: str, story: Story) -> bool:
    """The sentence names the post itself: taking an office there is taking this one."""
    return Proposer.of(story).post.search(sentence) is not None


def with_candidates(story: Story, names: dict[str, str], states: dict[str, str] | None = None) -> Story:
    """The story with provisional candidates added (the surname as an alias; the state the article
    gives them, from `states`), built once per set. A name with no pronoun seen is stood for by none
    ("they" never agrees with "he" or "she")."""
    states = states or {}
    key = (id(story), tuple(names.items()), tuple(sorted(states.items())))
    hit = _extended.get(key)
    if hit is not None and hit[0] is story:
        return hit[1]
    # (a name of three words or more may go by its second last: "Ana Velasquez Roca" as "Velasquez", a first
    # surname; "Mia Amor Mottley" by its last)
    extra = tuple(Candidate(name=n, aliases=tuple(dict.fromkeys(n.split()[-2:] if len(n.split()) > 2 else n.split()[-1:])),
                            pronoun=p or None, state=states.get(n), provisional=True)
                  for n, p in names.items())
    built = replace(story, candidates=story.candidates + extra)
    if len(_extended) > 64:
        _extended.clear()
    _extended[key] = (story, built)
    return built
