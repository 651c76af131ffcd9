"""Events as the JSON of `natowatch extract --json`, and as explained text."""
from __future__ import annotations

from natowatch.extract.model import Event, date_iso, date_text, precision
from natowatch.extract.story import Story


def event_to_json(article: str, event: Event, story: Story) -> dict:
    """The fixed contract: article, type, subject, actor, position, status, date (ISO 8601 to its
    precision: 2024-06-18, 2024-06 or 2024), date_precision, evidence, span, confidence, rule, and
    the story's id."""
    return {
        "article": article,
        "type": event.type,
        "subject": event.subject,
        "actor": event.actor,
        "position": story.post.name,
        "status": event.status,
        "date": date_iso(event.date, event.precision),
        "date_precision": precision(event.date, event.precision),
        "evidence": event.evidence,
        "span": [event.span[0], event.span[1]],
        "confidence": event.confidence,
        "rule": event.rule,
        "story": story.id,
    }


def explain(event: Event) -> str:
    """The evidence with each matched part in [[double brackets]], then the frame (the rule, each
    role with its text) and the scope checks of its predicate."""
    text = event.evidence
    out, pos = [], 0
    for start, end in sorted(event.marks):
        if start < pos:
            continue
        out.append(text[pos:start])
        out.append(f"[[{text[start:end]}]]")
        pos = end
    out.append(text[pos:])
    actor = f" by {event.actor}" if event.actor else ""
    frame = "".join(f"\n    {role}: {text}" for role, text in event.roles)
    scope = f"\n  scope: {event.scope}" if event.scope else ""
    date = f", {date_text(event.date, event.precision)}" if event.date else ""
    return (f"{event.type} of {event.subject}{actor} ({event.status}{date}, confidence {event.confidence:.2f})\n"
            f"  {''.join(out)}\n  frame: {event.rule}{frame}{scope}")
