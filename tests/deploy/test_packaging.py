"""pyproject.toml installs flows/, extract/ and storage/ as natowatch.flows, natowatch.extract and
natowatch.storage (no generic top-level names), ships every package and the web's templates and
static files (a non-editable install, as the Dockerfile does, gets only what is listed), and no
code of the repository imports the bare names any more."""
from __future__ import annotations

import ast
import fnmatch
import re
import tomllib

from deployfiles import REPO

TOPS = ("flows", "extract", "storage")


def setuptools_table() -> dict:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def test_the_folders_install_under_the_natowatch_namespace():
    table = setuptools_table()
    assert table["package-dir"] == {f"natowatch.{top}": top for top in (*TOPS, "config")}
    assert all(name.startswith("natowatch.") for name in table["packages"])
    scripts = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert scripts == {"natowatch": "natowatch.flows.cli:app"}


def test_every_package_folder_is_listed():
    listed = set(setuptools_table()["packages"])
    for top in TOPS:
        for init in (REPO / top).rglob("__init__.py"):
            package = "natowatch." + ".".join(init.parent.relative_to(REPO).parts)
            assert package in listed, f"{package} is not in [tool.setuptools] packages"


def test_templates_and_static_files_are_package_data():
    data = setuptools_table()["package-data"]
    web = REPO / "flows" / "web"
    shipped = [path for folder in ("templates", "static") for path in (web / folder).rglob("*") if path.is_file()]
    assert shipped
    for path in shipped:
        package = "natowatch." + ".".join(path.parent.relative_to(REPO).parts)
        patterns = data.get(package, [])
        assert any(fnmatch.fnmatch(path.name, pattern) for pattern in patterns), path.relative_to(REPO)


def bare_imports(path) -> list[str]:
    """Imports of flows/extract/storage by their bare name in one Python file, as FILE:LINE: NAME."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        else:
            continue
        found += [f"{path.relative_to(REPO)}:{node.lineno}: {name}" for name in names if name.split(".")[0] in TOPS]
    return found


def test_nothing_imports_the_bare_top_level_names():
    skipped = (".venv", ".git", "build", "dist")
    files = [path for path in REPO.rglob("*.py") if not path.relative_to(REPO).parts[0] in skipped]
    assert len(files) > 100
    found = [line for path in files for line in bare_imports(path)]
    assert found == [], "import natowatch.<name> instead:\n" + "\n".join(found)


# Code in strings (`python -c "from natowatch.storage import Store"`), dotted names given to importers
# (`"natowatch.flows.cli:app"`, mock.patch targets) and the docs' examples: none of them with a bare name.
BARE_IN_TEXT = re.compile(r"(?<![\w.])from (?:flows|extract|storage)(?:\.\w+)* import\b"
                          r"|[\"'](?:flows|extract|storage)\.\w+")


def test_no_code_in_strings_or_docs_names_the_bare_packages():
    texts = [*REPO.glob("*.md"), *REPO.glob("docs/*.md"), REPO / "prefect.yaml", REPO / "pyproject.toml",
             REPO / "Dockerfile", *REPO.glob("scripts/*"),
             *(path for path in REPO.rglob("*.py") if path.relative_to(REPO).parts[0] not in (".venv", "build"))]
    found = [f"{path.relative_to(REPO)}: {match.group(0)}" for path in texts if path.is_file()
             and path.name not in ("namespace_imports.py", "test_packaging.py")
             for match in BARE_IN_TEXT.finditer(path.read_text(encoding="utf-8"))]
    assert found == []
