"""Structured alert payloads: the data of an alert, the JSON webhook body, the HTML email part.

Every channel that can carry structure gets it: a JSON webhook receives the alert's fields
(`alert_data`), an email an HTML part beside its text part (`email_html`). Article text in
them is hostile: JSON carries it as data (the receiver's to escape), HTML gets it escaped.

JSON webhooks (apprise `json://` / `jsons://` URLs) are posted here rather than by apprise:
apprise's JSON body has a fixed shape whose `type` field is its own notification level, and
the alert's `type` (endorsement, opposition, ...) must be a top-level field. Apprise still
parses the URL (host, port, path, credentials, `+Header`, `-param`, `:key=value`), so every
URL that worked before works the same, with the alert's fields added.
"""
from __future__ import annotations

import html
import json
from typing import TYPE_CHECKING, Any, Mapping, Sequence

from natowatch.extract.model import date_iso, precision
from natowatch.extract.story import Story
from natowatch.flows.alerts.proxy import httpx_options
from natowatch.storage.records import EventView

if TYPE_CHECKING:
    import httpx

JSON_SCHEMES = {"json", "jsons"}
# Bytes of a webhook's answer kept for the report (`alerts test`): enough for a short reason.
ANSWER_BYTES = 200


def alert_data(event: EventView, story: Story, *, kind: str = "event", headline: str,
               detail: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The alert's fields, the same for every channel that takes data.

    `date` is when the event happens or happened as the text says (null when it does not say);
    `reported` the day the news first told it (the timeline's, else the earliest publication
    date of its articles); `background` whether it happened well before that; `sources` one
    entry per article, oldest evidence first.
    """
    seen: dict[int, dict[str, Any]] = {}
    for evidence in event.evidence:
        seen.setdefault(evidence.article_id, {
            "outlet": evidence.article_outlet, "url": evidence.article_url,
            "published": evidence.article_published.isoformat() if evidence.article_published else None})
    published = [e.article_published for e in event.evidence if e.article_published]
    reported = event.reported or (min(published) if published else event.created_at.date())
    data = {
        "story": story.id, "position": story.post.name, "alert_kind": kind, "headline": headline,
        "type": event.type, "subject": event.subject, "actor": event.actor, "status": event.status,
        "date": date_iso(event.date, event.date_precision), "date_precision": precision(event.date, event.date_precision),
        "reported": reported.isoformat(),
        "background": event.background,
        "evidence": " ".join(event.first_evidence.sentence.split()), "sources": list(seen.values()),
    }
    if detail:
        data["detail"] = dict(detail)
    return data


def json_body(title: str, message: str, alerts: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """One alert: its fields at the top level (with `title` and `message`, the text other
    channels get). A digest: `alert_kind` 'digest' and its alerts in `alerts`."""
    if len(alerts) == 1:
        return {"title": title, "message": message, **alerts[0]}
    return {"title": title, "message": message, "alert_kind": "digest", "alerts": list(alerts)}


def post_json(plugin, body: dict[str, Any], proxy: str | None = None) -> tuple[bool, str]:
    """POST `body` to the URL an apprise JSON plugin was made from: (accepted, what it answered).

    Same deadlines as apprise (its connect and read timeouts), no redirects, the answer's
    first bytes only; through `proxy` (flows/alerts/proxy.py)."""
    payload = _with_extras(body, getattr(plugin, "payload_extras", {}) or {})
    url = f"{'https' if plugin.secure else 'http'}://{plugin.host}"
    if isinstance(plugin.port, int):
        url += f":{plugin.port}"
    url += plugin.fullpath or "/"
    headers = {"User-Agent": "natowatch", "Content-Type": "application/json", **(plugin.headers or {})}
    auth = (plugin.user, plugin.password or "") if plugin.user else None
    import httpx  # here: a poll's worker processes import this module (through flows.ingest), never post

    timeout = httpx.Timeout(plugin.socket_read_timeout, connect=plugin.socket_connect_timeout)
    try:
        with httpx.Client(timeout=timeout, verify=plugin.verify_certificate, follow_redirects=False,
                          **httpx_options(proxy)) as client:
            with client.stream(plugin.method, url, content=json.dumps(payload, ensure_ascii=False).encode(),
                               params=plugin.params or None, headers=headers, auth=auth) as response:
                answer = _first_bytes(response)
    except httpx.HTTPError as exc:
        return False, f"no answer: {type(exc).__name__}: {' '.join(str(exc).split()) or 'connection failed'}"
    text = f"HTTP {response.status_code}" + (f": {answer}" if answer else "")
    return 200 <= response.status_code < 300, text


def _first_bytes(response: httpx.Response) -> str:
    kept = b""
    for chunk in response.iter_bytes():
        kept += chunk
        if len(kept) >= ANSWER_BYTES:
            break
    return " ".join(kept[:ANSWER_BYTES].decode("utf-8", "replace").split())


def _with_extras(payload: dict[str, Any], extras: Mapping[str, str]) -> dict[str, Any]:
    """apprise's `:key=value` URL arguments: rename a field (empty value: drop it) or add one."""
    payload = dict(payload)
    for key, value in extras.items():
        if key in payload:
            moved = payload.pop(key)
            if value:
                payload[value] = moved
        else:
            payload[key] = value
    return payload


def email_html(parts: Sequence[Mapping[str, Any]]) -> str:
    """The HTML part of an alert email (one section per alert of a digest); all text escaped.

    Each part: headline, status line, evidence, outlet, link (or None), source_ref, tally."""
    sections = []
    for part in parts:
        esc = {key: html.escape(str(value)) if value is not None else None for key, value in part.items()}
        source = esc["outlet"]
        if part.get("link"):
            source = f'<a href="{esc["link"]}">{esc["outlet"]}</a> ({esc["link"]})'
        elif part.get("source_ref"):
            source += f" ({esc['source_ref']})"
        facts = [f"<b>{label}:</b> {esc[key]}" for label, key in (("Candidate", "subject"), ("Actor", "actor"),
                                                                   ("Status", "when")) if part.get(key)]
        rows = [f"<h2>{esc['headline']}</h2>", "<p>" + "<br>".join(facts) + "</p>"]
        rows.append(f"<blockquote>&ldquo;{esc['evidence']}&rdquo;</blockquote>")
        rows.append(f"<p>Source: {source}</p>")
        if part.get("tally"):
            rows.append(f"<p>Tally: {esc['tally']}</p>")
        sections.append("\n".join(rows))
    return "<html><body>\n" + "\n<hr>\n".join(sections) + "\n</body></html>"
