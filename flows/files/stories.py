"""The stories a run follows: those of the settings, or the one `--story ID|PATH` names."""
from __future__ import annotations

from pathlib import Path

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
    for folder in dict.fromkeys(p.parent for p in settings.stories or (settings.story,)):
        if (folder / f"{choice}.yaml").is_file():
            return (load_story(folder / f"{choice}.yaml"),)
    raise StoryError(f"--story: {choice!r} is neither a story of the settings ({', '.join(s.id for s in stories)}) "
                     f"nor a story file")
