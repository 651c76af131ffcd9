"""Read a story file (and the lexicon it names) from disk into a Story."""
from __future__ import annotations

from pathlib import Path

from extract.story import Story, StoryError, build_story
from flows.yamlfile import read_yaml


def load_story(path: str | Path) -> Story:
    """Load and validate a story file; errors name the file and the key."""
    path = Path(path)
    data = read_yaml(path, "story file", StoryError)
    if not isinstance(data, dict):
        raise StoryError(f"{path}: (top level): expected a mapping")
    lexicon = {}
    if data.get("lexicon"):
        lexicon_path = (path.parent / str(data["lexicon"])).resolve()
        lexicon = read_yaml(lexicon_path, "lexicon file", StoryError)
        if not isinstance(lexicon, dict):
            raise StoryError(f"{lexicon_path}: (top level): expected a mapping")
    return build_story(data, lexicon, source=str(path))
