"""Read a YAML config file, turning every failure into one line naming the file."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

# libyaml's parser when PyYAML was built with it: the states and lexicon files are read by every
# command, and the pure-Python parser took ~0.3 s of a one-shot command's CPU for them.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path, what: str, error: type[Exception]) -> Any:
    """The parsed file; `error("FILE: WHERE: problem")` when it is missing, unreadable or not YAML."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise error(f"{path}: (file): {what} not found") from None
    except OSError as exc:
        raise error(f"{path}: (file): cannot read: {exc.strerror or exc}") from None
    return parse_yaml(text, path, error)


def parse_yaml(text: str, path: Path, error: type[Exception]) -> Any:
    """The parsed text of the file `path`; `error("FILE: WHERE: not valid YAML")` when it is not."""
    try:
        return yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise error(f"{path}: {f'line {mark.line + 1}' if mark else '(file)'}: not valid YAML") from None
