"""Read a story file (and the lexicon it names) from disk into a Story."""
from __future__ import annotations

from pathlib import Path

import yaml

from extract.story import Story, StoryError, build_story


def _read_yaml(path: Path, what: str):
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise StoryError(f"{path}: (file): {what} not found") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark else "(file)"
        raise StoryError(f"{path}: {where}: not valid YAML") from None


def load_story(path: str | Path) -> Story:
    """Load and validate a story file; errors name the file and the key."""
    path = Path(path)
    data = _read_yaml(path, "story file")
    if not isinstance(data, dict):
        raise StoryError(f"{path}: (top level): expected a mapping")
    lexicon = {}
    if data.get("lexicon"):
        lexicon_path = (path.parent / str(data["lexicon"])).resolve()
        lexicon = _read_yaml(lexicon_path, "lexicon file")
        if not isinstance(lexicon, dict):
            raise StoryError(f"{lexicon_path}: (top level): expected a mapping")
    return build_story(data, lexicon, source=str(path))
