"""Where natowatch's own files are: the checkout's config/, or the copy an installed wheel ships."""
from __future__ import annotations

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
# A checkout (pyproject.toml beside config/) reads its own config/settings.yaml unless told
# otherwise; an installed copy has no settings of its own (`natowatch init DIR` writes some).
IN_CHECKOUT = (REPO_ROOT / "pyproject.toml").is_file() and (REPO_ROOT / "config").is_dir()
DEFAULT_SETTINGS_FILE = REPO_ROOT / "config" / "settings.yaml"


def config_dir() -> Path:
    """config/: the checkout's, or the copy an installed wheel ships as package data
    (natowatch.config: the stories, the states, the lexicon and the files `init` starts from)."""
    if IN_CHECKOUT:
        return REPO_ROOT / "config"
    from importlib.util import find_spec

    # config/ has no __init__.py: importlib.resources.files() would give a MultiplexedPath of
    # this namespace package, the import system's record of its one folder is a plain path.
    spec = find_spec("natowatch.config")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("natowatch is installed without its config/ (package data natowatch.config)")
    return Path(next(iter(spec.submodule_search_locations)))
