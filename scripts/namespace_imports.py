"""Move a checkout onto the `natowatch` namespace and the flows/ sub-packages (issue 18, items 8 and 11).

    python scripts/namespace_imports.py [CHECKOUT]        # default: the current directory

Idempotent, and safe on any branch: run it on yours before rebasing over the commit that made
the move, so that your new files and import lines match main's and the rebase only has your
own changes left to merge. It

1. moves each file of MOVES that still exists at its old place (`git mv` in a git checkout),
   and writes the new sub-packages' `__init__.py` (the same text main has);
2. rewrites, in every .py, Markdown, YAML, TOML, Dockerfile and script file (not the corpora):
   - imports: `from extract.x import` -> `from natowatch.extract.x import`, moved modules to
     their new name (`from flows.clikit import` -> `from natowatch.flows.cli.options import`);
   - dotted names in strings (`"flows.cli:app"`, `mock.patch("flows.poll.fetch")`) and known
     module names in prose and comments (`flows.feeds.load_feeds`);
   - paths of moved files (`flows/poll.py:poll_feeds` -> `flows/pipelines/poll.py:poll_feeds`);
   - pyproject.toml's [tool.setuptools] tables, generated from the package folders found.

The folders flows/, extract/ and storage/ stay at the top of the checkout; pyproject.toml installs
them as natowatch.flows, natowatch.extract and natowatch.storage (package-dir).
Prints one line per file changed; a second run prints nothing.
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

TOPS = ("flows", "extract", "storage")
# Data only, shipped as natowatch.config (stories, states, lexicon, the files `natowatch init` starts from).
DATA_TOPS = ("config",)
NAMESPACE = "natowatch"

# Whole-file moves (old path -> new path). A file split later keeps its first place here.
MOVES = {
    "flows/cli.py": "flows/cli/__init__.py",
    "flows/clikit.py": "flows/cli/options.py",
    "flows/cli_feeds.py": "flows/cli/feeds.py",
    "flows/statusview.py": "flows/cli/statusview.py",
    "flows/interrupt.py": "flows/cli/interrupt.py",
    "flows/fetch.py": "flows/reader/fetch.py",
    "flows/netguard.py": "flows/reader/netguard.py",
    "flows/limits.py": "flows/reader/limits.py",
    "flows/feeds.py": "flows/reader/feeds.py",
    "flows/feedadmin.py": "flows/reader/feedadmin.py",
    "flows/feedtest.py": "flows/reader/feedtest.py",
    "flows/alerts.py": "flows/alerts/messages.py",
    "flows/payloads.py": "flows/alerts/payloads.py",
    "flows/poll.py": "flows/pipelines/poll.py",
    "flows/replay.py": "flows/pipelines/replay.py",
    "flows/dispatch.py": "flows/pipelines/dispatch.py",
    "flows/serve.py": "flows/pipelines/serve.py",
    "flows/prefect_env.py": "flows/pipelines/prefect_env.py",
    "flows/articles.py": "flows/files/articles.py",
    "flows/yamlfile.py": "flows/files/yamlfile.py",
    "flows/storyfile.py": "flows/files/storyfile.py",
    "flows/stories.py": "flows/files/stories.py",
    "flows/matching.py": "flows/ingest.py",
}

NEW_PACKAGES = {
    "flows/reader/__init__.py": '"""flows/reader/: reading strangers\' feeds and pages, within limits.\n\n'
                                "fetch (bounded, polite GETs), netguard (reach, time and size of a connection), limits,\n"
                                "feeds (the feeds file, feed documents as items), feedadmin (editing the feeds file),\n"
                                'feedtest (`natowatch feeds test`)."""\n',
    "flows/alerts/__init__.py": '"""flows/alerts/: what an alert says per channel (messages), its structured data\n'
                                '(payloads) and its delivery through apprise."""\n',
    "flows/pipelines/__init__.py": '"""flows/pipelines/: the Prefect flows (poll, replay, dispatch) and `natowatch serve`.\n\n'
                                   "prefect_env sets Prefect's defaults; natowatch.flows sets them on import, before any\n"
                                   'module here imports Prefect."""\n',
    "flows/files/__init__.py": '"""flows/files/: the user\'s files on disk: YAML config files, story files, the stories a run\n'
                               'follows, article files and their manifest."""\n',
}

SUFFIXES = {".py", ".md", ".toml", ".yaml", ".yml", ".sh", ".cfg", ".ini", ".mako", ".txt"}
NAMES = {"Dockerfile", "run"}
SKIP_DIRS = ("tests/corpora/", "tests/gold/", "seeds/", ".venv/", "build/", "dist/")
SELF = "scripts/namespace_imports.py"


def module_of(path: str) -> str:
    parts = path[:-len(".py")].split("/")
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


MODULES = {module_of(old): module_of(new) for old, new in MOVES.items()}
PATHS = {old: (new[:-len("__init__.py")] if new.endswith("/__init__.py") else new) for old, new in MOVES.items()}


def new_dotted(dotted: str) -> str:
    """`flows.clikit.fail` -> `natowatch.flows.cli.options.fail` (the longest moved prefix wins)."""
    parts = dotted.split(".")
    for i in range(len(parts), 0, -1):
        head = ".".join(parts[:i])
        if head in MODULES:
            return f"{NAMESPACE}." + ".".join([MODULES[head], *parts[i:]])
    return f"{NAMESPACE}.{dotted}"


DOTTED = r"(?:" + "|".join(TOPS) + r")(?:\.\w+)*"
# Anywhere on a line: code in strings (`python -c "from storage import Store"`) counts too.
IMPORT_FROM = re.compile(r"(?<![\w.])(from\s+)(" + DOTTED + r")(\s+import\b)")
IMPORT = re.compile(r"(?<![\w.])(import\s+)(" + DOTTED + r")(\s+as\s+\w+)")
BARE_IMPORT = re.compile(r"^\s*import\s+(" + DOTTED + r")\s*(?:#.*)?$", re.M)
QUOTED = re.compile(r"""(?<=["'])(""" + "|".join(TOPS) + r""")(\.\w+)+""")


def known_modules(root: Path) -> set[str]:
    """Old and current module names below the three folders: what prose may name."""
    found = set(MODULES)
    for top in TOPS:
        for path in (root / top).rglob("*.py") if (root / top).is_dir() else ():
            found.add(module_of(path.relative_to(root).as_posix()))
    return {name for name in found if "." in name}


def rewrite_text(text: str, known: set[str]) -> str:
    text = IMPORT_FROM.sub(lambda m: m.group(1) + new_dotted(m.group(2)) + m.group(3), text)
    text = IMPORT.sub(lambda m: m.group(1) + new_dotted(m.group(2)) + m.group(3), text)
    text = QUOTED.sub(lambda m: new_dotted(m.group(0)), text)
    # Prose and comments: only names that are modules (so `extract.py` or a variable stays).
    prose = re.compile(r"(?<![\w.\-/])((?:" + "|".join(TOPS) + r")(?:\.\w+)+)")

    def dotted_in_prose(m: re.Match) -> str:
        name = m.group(1)
        parts = name.split(".")
        if any(".".join(parts[:i]) in known for i in range(2, len(parts) + 1)):
            return new_dotted(name)
        return name

    text = prose.sub(dotted_in_prose, text)
    for old, new in PATHS.items():
        text = re.sub(r"(?<![\w.\-/])" + re.escape(old) + r"(?![\w])", new, text)
    return text


# Package data besides the data folders (a folder without __init__.py ships whole).
PACKAGE_DATA = {"natowatch.storage.migrations": ["script.py.mako"]}


def package_folders(root: Path) -> list[tuple[str, bool]]:
    """(dotted name, has __init__.py) of every folder below the three that holds files."""
    found = []
    for top in (*TOPS, *DATA_TOPS):
        for folder in [root / top, *sorted((root / top).rglob("*"))] if (root / top).is_dir() else ():
            relative = folder.relative_to(root)
            if not folder.is_dir() or any(part.startswith((".", "__pycache__")) for part in relative.parts):
                continue
            if any(child.is_file() for child in folder.iterdir()):
                found.append((f"{NAMESPACE}." + ".".join(relative.parts), (folder / "__init__.py").is_file()))
    return sorted(found)


def setuptools_tables(root: Path) -> str:
    folders = package_folders(root)
    lines = ["[tool.setuptools]",
             "# The folders stay at the top of the checkout and install under one namespace (no generic",
             "# top-level names). Auto-discovery cannot follow package-dir mappings: every package and data",
             "# folder is listed (generated by scripts/namespace_imports.py; tests/deploy/test_packaging.py).",
             "package-dir = { " + ", ".join(f'"{NAMESPACE}.{top}" = "{top}"' for top in (*TOPS, *DATA_TOPS)) + " }",
             "packages = ["]
    lines += [f'    "{name}",' for name, _ in folders]
    lines += ["]", "", "[tool.setuptools.package-data]"]
    data = dict(PACKAGE_DATA, **{name: ["*"] for name, is_package in folders if not is_package})
    lines += [f'"{name}" = [' + ", ".join(f'"{p}"' for p in patterns) + "]" for name, patterns in sorted(data.items())]
    return "\n".join(lines) + "\n"


def rewrite_pyproject(text: str, root: Path) -> str:
    """Replace the [tool.setuptools] tables (however they look) by the generated ones."""
    table = re.compile(r"^\[tool\.setuptools(?:\.[\w-]+)?\]\n(?:(?!\[).*\n|\n)*", re.M)
    spans = [m.span() for m in table.finditer(text)]
    if not spans:
        return text
    start, end = spans[0][0], spans[-1][1]
    return text[:start] + setuptools_tables(root) + "\n" + text[end:].lstrip("\n")


def in_git(root: Path) -> bool:
    return subprocess.run(["git", "-C", str(root), "rev-parse", "--git-dir"], capture_output=True).returncode == 0


def move_files(root: Path, git: bool) -> None:
    for old, new in MOVES.items():
        source, target = root / old, root / new
        if not source.exists() or target.exists():
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        tracked = git and subprocess.run(["git", "-C", str(root), "ls-files", "--error-unmatch", old],
                                         capture_output=True).returncode == 0
        if tracked:
            subprocess.run(["git", "-C", str(root), "mv", old, new], check=True)
        else:
            source.rename(target)
        print(f"moved {old} -> {new}")
    for path, text in NEW_PACKAGES.items():
        target = root / path
        if target.parent.is_dir() and not target.exists():
            target.write_text(text, encoding="utf-8")
            if git:
                subprocess.run(["git", "-C", str(root), "add", path], check=True)
            print(f"wrote {path}")


def files_to_rewrite(root: Path, git: bool) -> list[Path]:
    if git:
        listed = subprocess.run(["git", "-C", str(root), "ls-files", "--cached", "--others", "--exclude-standard"],
                                capture_output=True, text=True, check=True).stdout.splitlines()
        candidates = sorted({root / name for name in listed})
    else:
        candidates = sorted(p for p in root.rglob("*") if p.is_file())
    chosen = []
    for path in candidates:
        relative = path.relative_to(root).as_posix()
        if not path.is_file() or relative == SELF or relative.startswith(".venv/"):
            continue
        if path.suffix == ".py":  # code everywhere, even among the corpora
            chosen.append(path)
        elif relative.startswith(SKIP_DIRS) or ("/." in "/" + relative and not relative.startswith(".ci/")):
            continue
        elif path.suffix in SUFFIXES or path.name in NAMES or relative.startswith("scripts/"):
            chosen.append(path)
    return chosen


def main(argv: list[str]) -> int:
    root = Path(argv[1] if len(argv) > 1 else ".").resolve()
    if not (root / "pyproject.toml").is_file() or not (root / "flows").is_dir():
        print(f"{root}: not a natowatch checkout (no pyproject.toml or flows/)", file=sys.stderr)
        return 2
    git = in_git(root)
    move_files(root, git)
    known = known_modules(root)
    problems = []
    for path in files_to_rewrite(root, git):
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        new = rewrite_text(text, known)
        if path.relative_to(root).as_posix() == "pyproject.toml":
            new = rewrite_pyproject(new, root)
        if path.suffix == ".py":
            problems += [f"{path.relative_to(root)}: `import {m.group(1)}` binds a bare name: "
                         f"write `from natowatch... import ...`" for m in BARE_IMPORT.finditer(new)]
        if new != text:
            path.write_text(new, encoding="utf-8")
            print(f"rewrote {path.relative_to(root)}")
    for line in problems:
        print(line, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
