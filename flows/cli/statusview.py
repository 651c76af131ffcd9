"""`natowatch status` as lines of text: per candidate, where the states stand and what
consensus still needs, by the story's rule (unanimity of members, or the Security Council's:
its votes, with the permanent members apart since one against blocks)."""
from __future__ import annotations

import datetime as dt
from typing import Mapping, Sequence

from natowatch.extract.model import date_text, timeline_order
from natowatch.extract.story import Story
from natowatch.storage import CandidateView, EventView, Stance

_OUTCOMES = {"withdrawal": "withdrew", "appointment": "appointed", "takes_office": "took office"}


def status_states(story: Story) -> list[str]:
    """The states whose stances the tally keeps (members and observers, not organisations)."""
    return [m.name for m in (*story.members, *story.observers)]


def status_lines(story: Story, tally: Mapping[str, Stance], events: Sequence[EventView],
                 day: dt.date | None = None, found: Sequence[CandidateView] = ()) -> list[str]:
    """The status of one story; `found`: its candidates found in articles (rejected ones are
    named at the end only: their events are out of the tally)."""
    rejected = {c.name for c in found if c.state == "rejected"}
    events = [e for e in events if e.subject not in rejected]
    outcome: dict[str, list[str]] = {}
    for c in found:
        if c.state != "rejected":
            outcome[c.name] = [f"found in articles, {c.state}"]
    for event in sorted(events, key=timeline_order):
        if event.type in _OUTCOMES:
            when = f" {date_text(event.date, event.date_precision) if event.date else event.when.isoformat()}" \
                if event.when else ""
            outcome.setdefault(event.subject, []).append(f"{_OUTCOMES[event.type]}{when}")
    # One candidate gets the post: the latest appointment decides it, else the latest taking of office.
    deciding = [e for e in events if e.type == "appointment"] or [e for e in events if e.type == "takes_office"]
    decided = {max(deciding, key=lambda e: (e.when or dt.date.min, e.id)).subject} if deciding else set()
    voters = story.voters
    names = list(dict.fromkeys([*tally, *(c.name for c in story.candidates)]))
    # The decided candidate first, then the front-runners.
    names.sort(key=lambda name: (name not in decided,
                                 -len(set(tally[name].backing) & set(voters)) if name in tally else 0))
    when = f" as of {day.isoformat()}" if day else ""
    council = story.consensus_rule == "security_council"
    if council:
        lines = [f"{story.title}{when}: the {story.consensus_body} decides with {story.consensus_required} of its "
                 f"{len(voters)} votes and no permanent member against."]
    else:
        lines = [f"{story.title}{when}: consensus needs {story.consensus_required} of {len(voters)} allies."]
    for name in names:
        stance = tally.get(name) or Stance(name, (), ())
        note = f" ({'; '.join(outcome[name])})" if name in outcome else ""
        lines += (_council_lines if council else _unanimity_lines)(story, name, note, stance, name in decided)
    return lines + _found_lines(found)


def _found_lines(found: Sequence[CandidateView]) -> list[str]:
    if not found:
        return []
    lines = ["", "Found in articles, not in the story file (`natowatch candidates --accept/--reject NAME`):"]
    for c in found:
        when = c.first_article_published.isoformat() if c.first_article_published else "undated"
        lines.append(f"  {c.name}: {c.state}; first seen {when} in \"{c.first_article_title}\"")
    return lines


def _tentative(stance: Stance) -> list[str]:
    if not (stance.tentative_backing or stance.tentative_opposing):
        return []
    leaning = [f"{s} (backing)" for s in stance.tentative_backing]
    leaning += [f"{s} (opposing)" for s in stance.tentative_opposing]
    return [f"  tentative, not counted: {', '.join(sorted(leaning))}"]


def _declared(stance: Stance) -> set[str]:
    return set(stance.backing) | set(stance.opposing) | set(stance.tentative_backing) | set(stance.tentative_opposing)


def _unanimity_lines(story: Story, name: str, note: str, stance: Stance, decided: bool) -> list[str]:
    members, backing, opposing = story.voters, stance.backing, stance.opposing
    lines = ["", f"{name}{note}: {'decided, ' if decided else ''}{len(backing)} of {len(members)} back",
             f"  backing:  {', '.join(backing) or '-'}", f"  opposing: {', '.join(opposing) or '-'}",
             *_tentative(stance)]
    if decided:
        return lines  # the race is over for this post: no one is "missing" any more
    still = max(story.consensus_required - len(backing), 0)
    declared = _declared(stance)
    undeclared = [m for m in sorted(members) if m not in declared]
    listed = "-" if not still else "every member" if not declared else (
        ", ".join(undeclared) + (f" (and opposing: {', '.join(opposing)})" if opposing else ""))
    return lines + [f"  missing for consensus ({still}): {listed}"]


def _council_lines(story: Story, name: str, note: str, stance: Stance, decided: bool) -> list[str]:
    voters, body, backing, opposing = story.voters, story.consensus_body, stance.backing, stance.opposing
    votes = [v for v in voters if v in backing]

    def stand(state: str) -> str:
        return "backs" if state in backing else "opposes" if state in opposing else (
            "leans" if state in stance.tentative_backing or state in stance.tentative_opposing else "-")
    lines = ["", f"{name}{note}: {'decided, ' if decided else ''}{len(votes)} of {len(voters)} {body} members back "
                 f"({len(backing)} states in all)",
             f"  permanent members: {', '.join(f'{p} {stand(p)}' for p in story.veto_holders)}",
             f"  elected members backing: {', '.join(v for v in votes if v not in story.veto_holders) or '-'}",
             f"  backing:  {', '.join(backing) or '-'}", f"  opposing: {', '.join(opposing) or '-'}",
             *_tentative(stance)]
    if decided:
        return lines
    vetoes = [p for p in story.veto_holders if p in opposing]
    if vetoes:
        return lines + [f"  blocked: {', '.join(vetoes)} {'opposes' if len(vetoes) == 1 else 'oppose'} "
                        f"(a permanent member)"]
    still = max(story.consensus_required - len(votes), 0)
    undecided = [v for v in voters if v not in backing]
    return lines + [f"  votes still needed in the {body}: "
                    + (f"{still} more, of: {', '.join(undecided)}" if still else "none")]
