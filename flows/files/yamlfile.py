"""Read a YAML config file, turning every failure into one line naming the file."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml


def read_yaml(path: Path, what: str, error: type[Exception]) -> Any:
    """The parsed file; `error("FILE: WHERE: problem")` when it is missing, unreadable or not YAML."""
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise error(f"{path}: (file): {what} not found") from None
    except OSError as exc:
        raise error(f"{path}: (file): cannot read: {exc.strerror or exc}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise error(f"{path}: {f'line {mark.line + 1}' if mark else '(file)'}: not valid YAML") from None
