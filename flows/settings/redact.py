"""Secrets kept out of logs, errors and Prefect: redact(), quiet_apprise(), flow_database()."""
from __future__ import annotations

import io
import logging
import os
import re
from contextlib import contextmanager
from typing import Iterator
from urllib.parse import parse_qsl, unquote, urlsplit

_URL_IN_TEXT = re.compile(r"\b([A-Za-z][A-Za-z0-9+.\-]*)://[^\s'\"<>]+")
_SECRET_ASSIGNMENT = re.compile(
    r"(?i)\b(password|passwd|pass|pwd|token|secret|apikey|api_key|key|webhook)(\s*[=:]\s*)([^\s&,;'\"]+)")
# Pieces of a configured URL shorter than this are left alone by redact(): too common to hide.
_MIN_SECRET_LENGTH = 4
DATABASE_ENV = "NATOWATCH_DATABASE_URL"


def redact(text: str, urls: tuple[str, ...] | list[str] = ()) -> str:
    """Text safe for logs: every URL cut down to its scheme, secrets after password=/token=
    hidden, and every user, password, host path part or query value of `urls` (the
    configured apprise URLs) replaced by ***, wherever it appears."""
    for piece in sorted(_secret_pieces(urls), key=len, reverse=True):
        text = text.replace(piece, "***")
    text = _URL_IN_TEXT.sub(lambda m: f"{m.group(1)}://***", text)
    return _SECRET_ASSIGNMENT.sub(lambda m: f"{m.group(1)}{m.group(2)}***", text)


# apprise logs the URLs it loads (a password masked, tokens and hosts not; a URL it cannot load
# in full), and urllib3/requests (httpx/httpcore for JSON webhooks, flows/alerts/payloads.py) log
# request URLs: a webhook's path is often its token.
_CHATTY_LOGGERS = ("apprise", "urllib3", "requests", "httpx", "httpcore")


@contextmanager
def quiet_apprise() -> Iterator[io.StringIO]:
    """While apprise runs, its log records (and those of the HTTP libraries under it) reach no
    handler of the application, whoever attached it: its warnings and errors are collected in
    the yielded buffer instead, for the caller to redact and report."""
    captured = io.StringIO()
    handler = logging.StreamHandler(captured)
    handler.setLevel(logging.WARNING)
    loggers = [logging.getLogger(name) for name in _CHATTY_LOGGERS]
    saved = [(lg.propagate, lg.level, lg.handlers) for lg in loggers]
    for lg in loggers:
        lg.propagate, lg.handlers = False, []
    apprise_logger = loggers[0]
    apprise_logger.handlers = [handler]
    if apprise_logger.getEffectiveLevel() > logging.WARNING:
        apprise_logger.setLevel(logging.WARNING)
    try:
        yield captured
    finally:
        for lg, (propagate, level, handlers) in zip(loggers, saved):
            lg.propagate, lg.level, lg.handlers = propagate, level, handlers


def _secret_pieces(urls) -> set[str]:
    pieces: set[str] = set()
    for url in urls:
        pieces.add(url)
        try:
            parts = urlsplit(url)
            candidates = [parts.username, parts.password, parts.hostname, *parts.path.split("/"),
                          *(value for _, value in parse_qsl(parts.query))]
        except ValueError:
            continue
        for piece in candidates:
            if piece and len(piece) >= _MIN_SECRET_LENGTH:
                pieces.update({piece, unquote(piece)})
    return pieces


@contextmanager
def flow_database(url: str | None) -> Iterator[str | None]:
    """The database argument to give a Prefect flow for `url`.

    Prefect keeps a flow run's parameters in its own database and serves them through its API
    (unauthenticated by default), so a URL with a password is never one: for the time of the
    block it is put in NATOWATCH_DATABASE_URL instead, which the flow reads through its settings
    (in this process, or in a process the block starts), and None is given."""
    if not url or not _has_password(url):
        yield url
        return
    saved = os.environ.get(DATABASE_ENV)
    os.environ[DATABASE_ENV] = url
    try:
        yield None
    finally:
        if saved is None:
            os.environ.pop(DATABASE_ENV, None)
        else:
            os.environ[DATABASE_ENV] = saved


def _has_password(url: str) -> bool:
    try:
        parts = urlsplit(url)
        return bool(parts.password) or any(k.lower() in ("password", "pass", "pwd")
                                           for k, _ in parse_qsl(parts.query))
    except ValueError:  # unreadable: treat it as secret
        return True
