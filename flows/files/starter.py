"""`natowatch init DIR`: a starter settings.yaml and feeds.yaml in a folder of the user's choice.

Both are natowatch's own config files (config/settings.yaml and config/feeds.yaml, every key
commented, shipped with the package), with the lines that only make sense in a checkout rewritten
for a folder of its own: the data folder inside it, stories named (the ones shipped with natowatch)
rather than given by path, and the feeds file beside the settings.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from natowatch.flows.settings import config_dir

# (line of config/settings.yaml, the starter's line): each must be found, so that a change to
# the shipped file cannot leave a starter pointing into natowatch's own folder.
SETTINGS_EDITS = (
    ("data_dir: ../data", "data_dir: data"),
    ("#   - stories/nato-secretary-general.yaml", "#   - nato-secretary-general"),
    ("#   - stories/un-secretary-general-2026.yaml", "#   - un-secretary-general-2026"),
    ("story: stories/nato-secretary-general.yaml", "story: nato-secretary-general"),
    ("# feeds_file: feeds.yaml", "feeds_file: feeds.yaml"),
)
FILES = ("settings.yaml", "feeds.yaml")


class StarterError(RuntimeError):
    """One line naming the file: what `init` could not write."""


@dataclass(frozen=True)
class Starter:
    settings: Path
    feeds: Path


def starter_settings() -> str:
    text = (config_dir() / "settings.yaml").read_text(encoding="utf-8")
    lines = text.splitlines()
    for old, new in SETTINGS_EDITS:
        if old not in lines:
            raise StarterError(f"{config_dir() / 'settings.yaml'}: no line {old!r} to adapt for a starter")
        lines[lines.index(old)] = new
    return "\n".join(lines) + "\n"


def write_starter(folder: Path, force: bool = False) -> Starter:
    """Write settings.yaml and feeds.yaml into `folder` (made if missing); existing files are kept
    unless `force`."""
    targets = [folder / name for name in FILES]
    existing = [path for path in targets if path.exists()]
    if existing and not force:
        raise StarterError(f"{existing[0]}: already exists (--force overwrites it)")
    texts = (starter_settings(), (config_dir() / "feeds.yaml").read_text(encoding="utf-8"))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for path, text in zip(targets, texts):
            path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise StarterError(f"{folder}: cannot write the starter files: {exc.strerror or exc}") from None
    return Starter(settings=targets[0], feeds=targets[1])
