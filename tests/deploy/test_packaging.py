"""pyproject.toml ships every package and the web's templates and static files (a non-editable
install, as the Dockerfile does, gets only what is listed)."""
from __future__ import annotations

import fnmatch
import tomllib

from deployfiles import REPO


def setuptools_table() -> dict:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def test_every_package_folder_is_listed():
    listed = set(setuptools_table()["packages"])
    for top in ("flows", "extract", "storage"):
        for init in (REPO / top).rglob("__init__.py"):
            package = ".".join(init.parent.relative_to(REPO).parts)
            assert package in listed, f"{package} is not in [tool.setuptools] packages"


def test_templates_and_static_files_are_package_data():
    patterns = setuptools_table()["package-data"]["flows.web"]
    web = REPO / "flows" / "web"
    shipped = [path for folder in ("templates", "static") for path in (web / folder).rglob("*") if path.is_file()]
    assert shipped
    for path in shipped:
        relative = path.relative_to(web).as_posix()
        assert any(fnmatch.fnmatch(relative, pattern) for pattern in patterns), relative
