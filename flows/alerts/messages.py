"""Alert messages: what an alert says, per channel, and its delivery through apprise.

An alert announces an event, or a story-level moment (a state reversing its stance, a
candidate reaching consensus or one ally short of it). Several alerts of a digest route
go as one message.

Everything that comes from an article (the evidence sentence, the outlet) is hostile
input: Slack gets it escaped with mentions neutralised, the console gets it without
markup interpretation, email and other channels get plain text.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from typing import Any, Callable, Mapping, Sequence

from natowatch.extract.model import date_text
from natowatch.extract.story import Story
from natowatch.flows.alerts.payloads import JSON_SCHEMES, alert_data, email_html, json_body, post_json
from natowatch.flows.alerts.proxy import requests_through
from natowatch.flows.settings import quiet_apprise, redact
from natowatch.storage.records import AlertView, EventView, Stance, StoryFacts

# Missing states named in the tally line before "and N more".
MAX_NAMED_MISSING = 10
_SLACK_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
# "@here", "@channel", "@U024BE7LH": a zero-width space after the @ keeps the text readable
# and stops Slack from reading it as a mention.
_MENTION = re.compile(r"@(?=\w)")
_SLACK_SCHEMES = {"slack"}
_EMAIL_SCHEMES = {"mailto", "mailtos", "email", "emails"}


class DeliveryError(RuntimeError):
    """A delivery that failed; the message is redacted (no URL, token or password).

    `unreachable`: every URL that failed did so without a receiver taking a look at the
    message (no answer, a timeout, 5xx, 408 or 429): an outage, which ends by itself. False
    when some receiver rejected the message (another 4xx): sending it again will not help."""

    def __init__(self, message: str, unreachable: bool = False):
        super().__init__(message)
        self.unreachable = unreachable


# What a URL answers when its receiver is not there (or cannot take anything now): ours
# ('no answer: ...', 'HTTP 503') and apprise's ('A Connection error occurred ...',
# '... Service Unavailable - error=503.', 'Connection error while submitting email').
_UNREACHABLE = re.compile(r"^no answer:|error=(?:5\d\d|408|429)\b|connection error|timed out|timeout",
                          re.IGNORECASE)
_OUR_STATUS = re.compile(r"^HTTP (\d{3})\b")
_NOT_THERE_STATUSES = {408, 429}


def is_unreachable(answer: str) -> bool:
    """Whether a URL's failure answer (send_to) means its receiver was not reachable."""
    status = _OUR_STATUS.match(answer)
    if status:  # the receiver's own words after the status may say anything
        code = int(status.group(1))
        return code >= 500 or code in _NOT_THERE_STATUSES
    return bool(_UNREACHABLE.search(answer))


@dataclass(frozen=True)
class AlertMessage:
    """The parts of an alert, channel-neutral."""

    headline: str
    event_type: str
    status: str
    date: dt.date | None
    evidence: str
    outlet: str
    link: str | None       # the article URL when it is a web link
    source_ref: str        # the article URL as stored (also 'seed:<name>')
    tally: str | None
    reported: dt.date | None = None   # when the news first told it (`date`: when it happened)
    background: bool = False          # happened well before it was first reported
    # The structured fields (natowatch.flows.alerts.payloads.alert_data): JSON webhooks get them as they are.
    data: Mapping[str, Any] = field(default_factory=dict, compare=False)
    date_precision: str | None = None  # of `date`: 'day', 'month' ("in June") or 'year'

    @property
    def is_confirmed(self) -> bool:
        return self.status == "confirmed"


def headline(event: EventView | None = None, *, event_type: str | None = None, subject: str = "",
             actor: str | None = None, post: str = "") -> str:
    """'Hungary opposes Mark Rutte for NATO Secretary General', 'Mark Rutte appointed ...'."""
    if event is not None:
        event_type, subject, actor = event.type, event.subject, event.actor
    who = actor or "A member state"
    return {
        "candidacy": f"{subject} enters the race for {post}",
        "endorsement": f"{who} endorses {subject} for {post}",
        "opposition": f"{who} opposes {subject} for {post}",
        "withdrawal": f"{subject} withdraws from the race for {post}",
        "appointment": f"{subject} appointed {post}",
        "takes_office": f"{subject} takes office as {post}",
    }.get(event_type or "", f"{subject}: {event_type} ({post})")


def tally_line(candidate: str, stance: Stance | None, story: Story) -> str:
    """'29 of 32 allies back Mark Rutte (tentative: Slovakia); opposed by: Hungary; missing: Romania'.

    Tentative stances are named apart and not counted; a state opposing (or tentatively
    taking a side) is not also listed as missing. Under the Security Council rule only the
    Council's votes count, and a permanent member against blocks."""
    stance = stance or Stance(candidate, (), ())
    members = list(story.voters)
    backing = set(stance.backing) & set(members)
    line = f"{len(backing)} of {len(members)} {voters_noun(story)} back {candidate}"
    if stance.tentative_backing:
        line += f" (tentative: {', '.join(stance.tentative_backing)})"
    if stance.opposing:
        line += f"; opposed by: {', '.join(stance.opposing)}"
    if stance.tentative_opposing:
        line += f"; tentatively opposed by: {', '.join(stance.tentative_opposing)}"
    declared = backing.union(stance.opposing, stance.tentative_backing, stance.tentative_opposing)
    missing = sorted(name for name in members if name not in declared)
    vetoed = set(stance.opposing) & set(story.veto_holders)
    if vetoed:
        return line + f"; blocked by a permanent member: {', '.join(sorted(vetoed))}"
    if len(backing) >= story.consensus_required:
        return line + "; consensus reached"
    if missing:
        named = ", ".join(missing[:MAX_NAMED_MISSING])
        more = len(missing) - MAX_NAMED_MISSING
        line += f"; missing: {named}" + (f" and {more} more" if more > 0 else "")
    return line


def voters_noun(story: Story) -> str:
    """What the states that decide are called: 'allies' (a unanimity alliance), else the body's members."""
    return f"{story.consensus_body} members" if story.consensus_body else "allies"


def story_facts(story: Story, background_days: int | None = None) -> StoryFacts:
    """What Store.ingest needs to derive consensus moments (the members, the threshold and, under
    the Security Council rule, the voters and the permanent members) and to tell background from
    news (settings' timeline.background_days; default 14)."""
    voters = frozenset(story.voters)
    members = frozenset(m.name for m in story.members)
    facts = StoryFacts(members=members, consensus_required=story.consensus_required,
                       voters=None if voters == members else voters, vetoes=frozenset(story.veto_holders))
    return facts if background_days is None else replace(facts, background_days=background_days)


_STANCE_VERB = {"endorsement": "backs", "opposition": "opposes"}
_STANCE_PAST = {"endorsement": "backed", "opposition": "opposed"}


_STANCE_NOUN = {"endorsement": "backing of", "opposition": "opposition to"}


def _day(value: str | None) -> str:
    """A date of an alert's detail (ISO 8601 to its precision: 2024-06-18, 2024-06, 2024) for people."""
    if not value:
        return "date not given"
    if len(value) == 7:     # a month: June 2024, not 2024-06
        return date_text(dt.date(int(value[:4]), int(value[5:]), 1), "month")
    return value


def update_headline(alert: AlertView, story: Story) -> str:
    """What a stronger later report changed, from the detail stored when it was queued:
    'Hungary now confirms its backing of Mark Rutte for NATO Secretary General (was: tentative,
    2024-05-18)'; 'Turkey no longer opposes Mark Rutte for ... (ended 2024-04-29)'."""
    d, event, post = alert.detail, alert.event, story.post.name
    if d.get("change") == "ended":
        if event.type in _STANCE_VERB:
            what = f"{event.actor or 'A member state'} no longer {_STANCE_VERB[event.type]} {event.subject} for {post}"
        else:
            what = f"No longer so: {headline(event, post=post)}"
        return f"{what} (ended {_day(d.get('ended_on'))})"
    was = f"(was: {d['status_before']}, {_day(d.get('date_before'))})"
    if d.get("status") == d.get("status_before"):  # only its date changed
        return f"{headline(event, post=post)}: dated {_day(d.get('date'))} (was: {_day(d.get('date_before'))})"
    if event.type in _STANCE_NOUN and d.get("status") == "confirmed":
        return f"{event.actor or 'A member state'} now confirms its {_STANCE_NOUN[event.type]} {event.subject} {was}"
    return f"{headline(event, post=post)}: now {d['status']}, {_day(d.get('date'))} {was}"


def correction_headline(alert: AlertView, story: Story) -> str:
    """'Correction: "Hungary endorses Mark Rutte ..." was retracted: misread the quote',
    'Restored: ...', 'Reported again by Reuters after its retraction: ...'."""
    d, told = alert.detail, headline(alert.event, post=story.post.name)
    if d.get("action") == "restored":
        return f"Restored: {told} (its retraction is withdrawn)"
    if d.get("action") == "reinstated":
        return f"Reported again by {d.get('outlet')} after its retraction: {told}"
    return f"Correction: \"{told}\" was retracted: {d.get('why')}"


def story_headline(alert: AlertView, story: Story) -> str:
    """The headline of a story-level alert, from the detail stored when it was queued.

    'Hungary now backs Mark Rutte for NATO Secretary General; it opposed the bid on 2024-03-06',
    'Mark Rutte has the backing of all 32 allies for ...', 'Romania is the last ally not backing ...',
    'New candidate for UN Secretary-General: María Fernanda Espinosa (not in the story file; ...)';
    updates and corrections (update_headline, correction_headline).
    """
    if alert.kind == "update":
        return update_headline(alert, story)
    if alert.kind == "correction":
        return correction_headline(alert, story)
    d, post = alert.detail, story.post.name
    if alert.kind == "new_candidate":
        return (f"New candidate for {post}: {d['subject']} (not in the story file; "
                f"`natowatch candidates --accept/--reject` decides)")
    if alert.kind == "stance_change":
        before = d.get("before_date")
        # a day is "on 2024-03-06", a month or a year "in March 2024", "in 2023"
        when = f"{'on' if len(before) == 10 else 'in'} {_day(before)}" if before else "earlier"
        return (f"{d['actor']} now {_STANCE_VERB[d['stance']]} {d['subject']} for {post}; "
                f"it {_STANCE_PAST[d['before']]} the bid {when}")
    if d.get("moment") == "last_holdout":
        note = " (it opposes the bid)" if d.get("holdout_opposes") else ""
        return f"{d['holdout']} is the last ally not backing {d['subject']} for {post}{note}"
    noun = voters_noun(story)
    if d["backing"] >= d["members"]:
        return f"{d['subject']} has the backing of all {d['members']} {noun} for {post}"
    return (f"{d['subject']} has the backing of {d['backing']} of {d['members']} {noun} for {post}: "
            f"consensus ({d['required']} needed)")


def alert_headline(alert: AlertView, story: Story) -> str:
    """The headline an outbox row announces (for listings): its key when its event is gone."""
    if alert.kind != "event":
        return story_headline(alert, story)
    return headline(alert.event, post=story.post.name) if alert.event else alert.key


def render_alert(alert: AlertView, story: Story, tally: dict[str, Stance] | None) -> AlertMessage:
    """The message of an outbox row: its event's, with the story-level headline for the other kinds
    (their evidence and source are those of the event that caused them)."""
    if alert.event is None:
        raise DeliveryError(f"alert {alert.key!r} has no event to announce")
    message = render(alert.event, story, tally)
    if alert.kind == "event":
        return message
    title = story_headline(alert, story)
    return replace(message, headline=title, data=alert_data(alert.event, story, kind=alert.kind, headline=title,
                                                            detail=alert.detail))


def render(event: EventView, story: Story, tally: dict[str, Stance] | None) -> AlertMessage:
    """The alert for a stored event; `tally` is Store.tally(story.id, event.id, ...)."""
    evidence = event.first_evidence
    is_candidate = story.candidate(event.subject) is not None or (tally is not None and event.subject in tally)
    title = ("Background: " if event.background else "") + headline(event, post=story.post.name)
    return AlertMessage(
        headline=title,
        event_type=event.type,
        status=event.status,
        date=event.date,
        evidence=_one_line(evidence.sentence),
        outlet=evidence.article_outlet,
        link=evidence.article_url if evidence.article_url.startswith(("http://", "https://")) else None,
        source_ref=evidence.article_url,
        tally=tally_line(event.subject, (tally or {}).get(event.subject), story) if is_candidate else None,
        reported=event.reported, background=event.background,
        data=alert_data(event, story, headline=title), date_precision=event.date_precision,
    )


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _when(message: AlertMessage) -> str:
    when = f"{message.status}, {date_text(message.date, message.date_precision) or 'date not given'}"
    if message.background and message.reported:
        when += f" (background: first reported {message.reported.isoformat()})"
    return when


def plain_text(message: AlertMessage) -> str:
    """The body for email and every channel without its own format (the title is separate)."""
    lines = [f"Status: {_when(message)}", f"Evidence: \"{message.evidence}\"",
             f"Source: {message.outlet} ({message.link or message.source_ref})"]
    if message.tally:
        lines.append(f"Tally: {message.tally}")
    return "\n".join(lines)


def email_subject(message: AlertMessage) -> str:
    return f"[natowatch] {message.headline}" + ("" if message.is_confirmed else f" ({message.status})")


def slack_escape(text: str) -> str:
    """Slack's three escapes, then mentions neutralised: '<!channel>' becomes '&lt;!channel&gt;'
    and '@here' an inert '@\u200bhere'."""
    escaped = re.sub(r"[&<>]", lambda m: _SLACK_ESCAPES[m.group()], text)
    return _MENTION.sub("@\u200b", escaped)


def slack_text(message: AlertMessage) -> str:
    """Slack message text: the headline, who, the status, the evidence quoted and the source
    linked. Only our own link is markup; all article text (and a correction's reason in the
    headline) is escaped here, mentions neutralised. Plain lines, not mrkdwn: apprise's mrkdwn
    mode turns escaped mentions back into live ones."""
    source = slack_escape(message.outlet)
    if message.link and not re.search(r"[\s<>|]", message.link):
        source = f"<{message.link.replace('&', '&amp;')}|{source}>"
    else:
        source += f" ({slack_escape(message.source_ref)})"
    who = [f"{label}: {slack_escape(message.data[key])}" for label, key in (("Candidate", "subject"),
                                                                             ("Actor", "actor"))
           if message.data.get(key)]
    lines = [slack_escape(message.headline)] + ([" | ".join(who)] if who else []) + [
        f"Status: {_when(message)}", f"\u201c{slack_escape(message.evidence)}\u201d", f"Source: {source}"]
    if message.tally:
        lines.append(f"Tally: {slack_escape(message.tally)}")
    return "\n".join(lines)


def print_to_console(message: AlertMessage, route: str, console=None) -> None:
    """The alert on the terminal; rich markup in article text is shown, never interpreted."""
    from rich.console import Console
    from rich.text import Text

    console = console or Console(highlight=False)
    title = Text(f"[{route}] ", style="dim")
    title.append(message.headline, style="bold")
    console.print(title)
    console.print(Text(f"  {_when(message)} | {message.outlet} | {message.link or message.source_ref}", style="dim"))
    console.print(Text(f"  \"{message.evidence}\""))
    if message.tally:
        console.print(Text(f"  {message.tally}", style="cyan"))


def _channel(plugin) -> str:
    names = set()
    for attribute in ("protocol", "secure_protocol"):
        value = getattr(plugin, attribute, None) or ()
        names.update([value] if isinstance(value, str) else value)
    if names & _SLACK_SCHEMES:
        return "slack"
    if names & _EMAIL_SCHEMES:
        return "email"
    if names & JSON_SCHEMES:
        return "json"
    return "text"


def _digest_title(messages: Sequence[AlertMessage]) -> str:
    more = len(messages) - 1
    return f"{len(messages)} alerts: {messages[0].headline}" + (f" and {more} more" if more else "")


def _with_headline(message: AlertMessage) -> str:
    return f"{message.headline}\n{plain_text(message)}"


def _compose(channel: str, messages: Sequence[AlertMessage]) -> tuple[str, str]:
    """(title, body) of one message carrying `messages` (a digest when more than one).

    Email bodies are HTML (apprise adds the plain-text part from it)."""
    if channel == "email":
        title = email_subject(messages[0]) if len(messages) == 1 else f"[natowatch] {_digest_title(messages)}"
        return title, email_html([_html_part(m) for m in messages])
    if len(messages) == 1:
        [message] = messages
        return ("", slack_text(message)) if channel == "slack" else (message.headline, plain_text(message))
    if channel == "slack":
        return "", f"natowatch: {len(messages)} alerts\n\n" + "\n\n".join(slack_text(m) for m in messages)
    return _digest_title(messages), "\n\n".join(_with_headline(m) for m in messages)


def _html_part(message: AlertMessage) -> dict[str, Any]:
    return {"headline": message.headline, "subject": message.data.get("subject"),
            "actor": message.data.get("actor"), "when": _when(message), "evidence": message.evidence,
            "outlet": message.outlet, "link": message.link, "source_ref": message.source_ref,
            "tally": message.tally}


def deliver(urls: Sequence[str], messages: AlertMessage | Sequence[AlertMessage], *, route: str = "console",
            console=None, needs: Callable[[str], Sequence[int]] | None = None,
            on_delivered: Callable[[str, Sequence[int]], None] | None = None, proxy: str | None = None) -> str:
    """Send the message(s) to every apprise URL, as one message per URL (a digest when there are
    several); with no URL, print them on the console.

    `needs(url)` gives the indexes of the messages that URL still needs (default: all; none:
    the URL is skipped); `on_delivered(url, indexes)` is called as soon as a URL accepted them,
    so that a failure elsewhere does not send them to it again. `proxy`: Settings.alert_proxy.
    Returns where it went ('console' or 'N URL(s)'). Raises DeliveryError (redacted, naming
    the failed URLs by position and scheme) if any URL failed.
    """
    messages = [messages] if isinstance(messages, AlertMessage) else list(messages)
    if not urls:
        for message in messages:
            print_to_console(message, route, console)
        return "console"
    failures, reached, unreachable = [], 0, True
    for position, url in enumerate(urls, start=1):
        indexes = list(range(len(messages))) if needs is None else list(needs(url))
        if not indexes:
            continue
        ok, answer = send_to(url, [messages[i] for i in indexes], proxy)
        if not ok:
            failures.append(f"URL {position} ({url.split('://', 1)[0]}): {answer}")
            unreachable = unreachable and is_unreachable(answer)
            continue
        reached += 1
        if on_delivered is not None:
            on_delivered(url, indexes)
    if failures:
        raise DeliveryError(redact("; ".join(failures), urls), unreachable=unreachable)
    return f"{reached} URL{'s' if reached != 1 else ''}"


@dataclass(frozen=True)
class UrlAnswer:
    """What one URL of a route answered to `natowatch alerts test` (redacted)."""

    route: str
    position: int      # 1-based, as in the settings; 0 for the console
    scheme: str
    ok: bool
    answer: str


def probe_message(story: Story, route: str) -> AlertMessage:
    """A message that says it is a test, shaped like a real alert (same fields, same channels)."""
    title = f"natowatch test alert (route {route})"
    today = dt.datetime.now(dt.timezone.utc).date()
    text = f"A test of route {route!r} for {story.title}: if you read this, alerts reach you here."
    data = {"story": story.id, "position": story.post.name, "alert_kind": "test", "headline": title,
            "type": "test", "subject": None, "actor": None, "status": "confirmed", "date": None,
            "reported": today.isoformat(), "evidence": text, "sources": []}
    return AlertMessage(headline=title, event_type="test", status="confirmed", date=None, evidence=text,
                        outlet="natowatch", link=None, source_ref="natowatch alerts test", tally=None, data=data)


def probe_route(route: str, urls: Sequence[str], message: AlertMessage, console=None,
                proxy: str | None = None) -> list[UrlAnswer]:
    """Send `message` to each URL of a route on its own; a route without URLs prints it."""
    if not urls:
        print_to_console(message, route, console)
        return [UrlAnswer(route, 0, "console", True, "printed")]
    answers = []
    for position, url in enumerate(urls, start=1):
        ok, answer = send_to(url, [message], proxy)
        answers.append(UrlAnswer(route, position, url.split("://", 1)[0], ok, redact(answer, urls)))
    return answers


def send_to(url: str, messages: Sequence[AlertMessage], proxy: str | None = None) -> tuple[bool, str]:
    """One message (a digest when several) to one apprise URL: (accepted, what it answered).

    The answer is not yet redacted: it may name the URL's host or token."""
    import apprise

    with quiet_apprise():
        plugin = apprise.Apprise.instantiate(url, asset=apprise.AppriseAsset(app_id="natowatch"),
                                             suppress_exceptions=True)
    if plugin is None:
        return False, "not a usable apprise URL"
    channel = _channel(plugin)
    title, body = _compose(channel, messages)
    if channel == "json":
        with quiet_apprise():
            ok, answer = post_json(plugin, json_body(title, body, [m.data for m in messages]), proxy)
        return ok, _last_words(answer)
    # We format the body ourselves; apprise must not convert or re-escape it.
    body_format = apprise.NotifyFormat.HTML if channel == "email" else apprise.NotifyFormat.TEXT
    plugin.notify_format = body_format
    sender = apprise.Apprise()
    sender.add(plugin)
    with requests_through(proxy):
        ok, log_text = _notify_quietly(sender, title, body, body_format)
    if not ok:
        return False, _last_words(" ".join(log_text.split()) or "apprise reported a failure")
    return True, "accepted"


def _notify_quietly(sender, title: str, body: str, body_format) -> tuple[bool, str]:
    """Notify, keeping apprise's log lines (they may name hosts, with exception chains) out of
    the application's logs: they come back as text, to be redacted by the caller."""
    with quiet_apprise() as captured:
        ok = sender.notify(body=body, title=title, body_format=body_format)
    return bool(ok), captured.getvalue()


def _last_words(log_text: str, limit: int = 300) -> str:
    """Apprise's log lines start with a timestamp and level: keep the messages, briefly."""
    text = re.sub(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d+ - [A-Z]+ - ", "", log_text).strip()
    return text if len(text) <= limit else text[:limit - 3] + "..."
