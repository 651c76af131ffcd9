"""Whether apprise can use an alert URL, asked when the settings load.

apprise loads every one of its plugins to parse one URL (~22 MB of modules and 0.2 s of CPU,
benchmarks/README.md): a one-shot command checks here, since it sends its alerts with the same
plugins moments later; a process that lives long (a poll, whose worker processes run beside
it) can ask a short-lived child process instead, so that the plugins never load into it before
it sends an alert. Either way the answer comes before the command does anything.

URLs go to the child on stdin (never on its command line, which other users can read) and only
True/False comes back; its log lines, which may quote a URL, are thrown away. If the child
cannot answer, the URLs are checked here: the same answer, only the memory is not saved.
"""
from __future__ import annotations

import json
import logging
import subprocess
import sys
from typing import Sequence

# A child that has not answered in this time (a machine swapping) is given up for the check here.
CHILD_TIMEOUT_SECONDS = 120

# URLs found usable in this process: a command loads its settings more than once.
_usable: set[str] = set()


def usable(urls: Sequence[str], *, apart: bool = False) -> dict[str, bool]:
    """url -> whether apprise can use it. `apart`: ask a child process, unless apprise is loaded
    here already (nothing left to save)."""
    todo = [url for url in dict.fromkeys(urls) if url not in _usable]
    answers: dict[str, bool] = {}
    if todo:
        found = _ask_child(todo) if apart and "apprise" not in sys.modules else None
        answers = found if found is not None else _check_here(todo)
        _usable.update(url for url, ok in answers.items() if ok)
    return {url: answers.get(url, True) for url in urls}


def _check(urls: Sequence[str]) -> dict[str, bool]:
    import apprise

    return {url: apprise.Apprise.instantiate(url, suppress_exceptions=True) is not None for url in urls}


def _check_here(urls: Sequence[str]) -> dict[str, bool]:
    from natowatch.flows.settings.redact import quiet_apprise

    with quiet_apprise():
        return _check(urls)


def _ask_child(urls: list[str]) -> dict[str, bool] | None:
    """The child's answers, or None when it gave none that can be trusted."""
    if not sys.executable:
        return None
    try:
        done = subprocess.run([sys.executable, "-m", __name__], input=json.dumps(urls), capture_output=True,
                              text=True, timeout=CHILD_TIMEOUT_SECONDS, check=False)
        answers = json.loads(done.stdout) if done.returncode == 0 else None
    except (OSError, subprocess.SubprocessError, ValueError):
        return None
    if not isinstance(answers, list) or len(answers) != len(urls) or not all(isinstance(a, bool) for a in answers):
        return None
    return dict(zip(urls, answers))


def _child() -> None:
    logging.disable(logging.CRITICAL)
    urls = json.loads(sys.stdin.read())
    answers = _check(urls)
    sys.stdout.write(json.dumps([answers[url] for url in urls]))


if __name__ == "__main__":
    _child()
