"""Read a story file (and the states and lexicon files it names) from disk into a Story."""
from __future__ import annotations

from pathlib import Path

from natowatch.extract.story import Story, StoryError, build_story
from natowatch.flows.files.yamlfile import read_yaml


def load_story(path: str | Path) -> Story:
    """Load and validate a story file; errors name the file and the key."""
    path = Path(path)
    data = read_yaml(path, "story file", StoryError)
    if not isinstance(data, dict):
        raise StoryError(f"{path}: (top level): expected a mapping")
    lexicon = _named_file(path, data, "lexicon", "lexicon file") or {}
    states_path = (path.parent / str(data["states"])).resolve() if data.get("states") else None
    states = _named_file(path, data, "states", "states file")
    return build_story(data, lexicon, source=str(path), states=states, states_source=str(states_path))


def _named_file(story_path: Path, data: dict, key: str, what: str) -> dict | None:
    """The mapping in the file the story names under `key`, relative to the story file."""
    if not data.get(key):
        return None
    named = (story_path.parent / str(data[key])).resolve()
    content = read_yaml(named, what, StoryError)
    if not isinstance(content, dict):
        raise StoryError(f"{named}: (top level): expected a mapping")
    return content
