"""The stories a run follows: those of the settings, or the one `--story ID|PATH` names."""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

from natowatch.extract.story import Story, StoryError
from natowatch.flows.settings import Settings, SettingsError
from natowatch.flows.files.storyfile import load_story


def load_stories(settings: Settings) -> tuple[Story, ...]:
    """Every story of the settings, checked: ids unique, every route's `stories` known."""
    stories = tuple(load_story(path) for path in settings.stories or (settings.story,))
    ids = [s.id for s in stories]
    for i, story_id in enumerate(ids):
        if story_id in ids[:i]:
            raise SettingsError(f"{settings.source}: stories: two story files have the id {story_id!r}")
    for i, route in enumerate(settings.alerts.routes):
        for story_id in route.stories or ():
            if story_id not in ids:
                raise SettingsError(f"{settings.source}: alerts.routes[{i}].stories: {story_id!r} is not the id of "
                                    f"a story of the settings ({', '.join(ids)})")
    return stories


def select_stories(settings: Settings, choice: str | None) -> tuple[Story, ...]:
    """All the settings' stories (`choice` None), the one whose id is `choice`, or the story
    file at the path `choice`, else a story file `<choice>.yaml` beside the settings' stories."""
    stories = load_stories(settings)
    if choice is None:
        return stories
    for story in stories:
        if story.id == choice:
            return (story,)
    path = Path(choice).expanduser()
    if path.suffix in (".yaml", ".yml") or path.is_file():
        return (load_story(path),)
    beside = _story_beside(settings, choice)
    if beside is not None:
        return (beside,)
    raise StoryError(f"--story: {choice!r} is neither a story of the settings ({', '.join(s.id for s in stories)}) "
                     f"nor a story file")


def _story_beside(settings: Settings, story_id: str) -> Story | None:
    """The story file `<story_id>.yaml` beside the settings' stories, when it holds that story."""
    for folder in dict.fromkeys(p.parent for p in settings.stories or (settings.story,)):
        path = folder / f"{story_id}.yaml"
        if path.is_file():
            story = load_story(path)
            if story.id == story_id:
                return story
    return None


def story_of_id(settings: Settings, stories: Sequence[Story], story_id: str) -> Story | None:
    """The story an event or alert was stored under: one of `stories` (those followed), else a
    story file of that id beside them (a story no longer followed), else None: never another
    story, whose post and members would tell it wrongly."""
    found = next((s for s in stories if s.id == story_id), None)
    if found is not None or not story_id:
        return found
    try:
        return _story_beside(settings, story_id)
    except StoryError:
        return None


def not_configured(story_id: str) -> str:
    """What is said of an event or alert whose story is not in the settings."""
    return f"story {story_id!r} is not in the settings (stories:)"
