"""Read a story file (and the states and lexicon files it names) from disk into a Story."""
from __future__ import annotations

from pathlib import Path

from natowatch.extract.story import Story, StoryError, build_story
from natowatch.flows.files.yamlfile import parse_yaml, read_yaml


# The stories loaded in this process, by path: the texts of the story file and of the files it
# names, and the Story they made. A one-shot `replay` loads the settings' stories three times (to
# check them, to extract, to dispatch); parsing their YAML costs ~35 ms each time. A story is
# loaded again whenever one of its files reads differently.
_LOADED: dict[Path, tuple[tuple[tuple[Path, str], ...], Story]] = {}


def load_story(path: str | Path) -> Story:
    """Load and validate a story file; errors name the file and the key."""
    path = Path(path)
    hit = _LOADED.get(path)
    if hit is not None and all(_text(file) == text for file, text in hit[0]):
        return hit[1]
    read: list[tuple[Path, str]] = []
    data = _read(path, "story file", read)
    if not isinstance(data, dict):
        raise StoryError(f"{path}: (top level): expected a mapping")
    lexicon = _named_file(path, data, "lexicon", "lexicon file", read) or {}
    states_path = (path.parent / str(data["states"])).resolve() if data.get("states") else None
    states = _named_file(path, data, "states", "states file", read)
    story = build_story(data, lexicon, source=str(path), states=states, states_source=str(states_path))
    if len(_LOADED) > 32:
        _LOADED.clear()
    _LOADED[path] = (tuple(read), story)
    return story


def _text(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def _read(path: Path, what: str, read: list[tuple[Path, str]]):
    """The parsed file, its text added to `read`."""
    text = _text(path)
    data = read_yaml(path, what, StoryError) if text is None else parse_yaml(text, path, StoryError)
    read.append((path, text))
    return data


def _named_file(story_path: Path, data: dict, key: str, what: str, read: list[tuple[Path, str]]) -> dict | None:
    """The mapping in the file the story names under `key`, relative to the story file."""
    if not data.get(key):
        return None
    named = (story_path.parent / str(data[key])).resolve()
    content = _read(named, what, read)
    if not isinstance(content, dict):
        raise StoryError(f"{named}: (top level): expected a mapping")
    return content
