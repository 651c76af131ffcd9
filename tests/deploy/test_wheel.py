"""The wheel a user installs (issue 18, item 8): built from this checkout without warnings,
installed into a fresh venv and run from a folder outside the checkout. It installs only the
`natowatch` namespace, finds its stories, states and lexicon as package data, and `init`,
`extract` and `replay` work there.

No network: the build uses this environment's setuptools (--no-build-isolation) and the fresh
venv reuses this environment's installed dependencies through a .pth line (their folder, not
this checkout's editable install, which a plain path line does not activate).
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from deployfiles import REPO

# Replay starts Prefect (a temporary server) in the installed copy.
pytestmark = pytest.mark.prefect

SEED = "003_2f614e97bf582ec3"
# What the build copies: the files a wheel is made of (never build/ or egg-info in the checkout).
SOURCES = ("pyproject.toml", "README.md", "flows", "extract", "storage", "config")


def run(args, cwd, env=None, timeout=300) -> subprocess.CompletedProcess:
    return subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("build")
    source = root / "source"
    source.mkdir()
    for name in SOURCES:
        if (REPO / name).is_dir():
            shutil.copytree(REPO / name, source / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(REPO / name, source / name)
    built = run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-v",
                 "-w", root / "dist", source], cwd=root)
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    warnings = [line for line in (built.stdout + built.stderr).splitlines() if "Warning" in line]
    assert warnings == [], "\n".join(warnings)
    [found] = (root / "dist").glob("natowatch-*.whl")
    return found


@pytest.fixture(scope="module")
def venv(wheel, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("venv") / "fresh"
    made = run([sys._base_executable, "-m", "venv", "--without-pip", folder], cwd=folder.parent)
    assert made.returncode == 0, made.stderr
    site = Path(run([folder / "bin" / "python", "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                    cwd=folder.parent).stdout.strip())
    (site / "natowatch-test-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    installed = run([sys.executable, "-m", "pip", "--python", folder / "bin" / "python", "install", "--no-deps",
                     "--no-index", wheel], cwd=folder.parent)
    assert installed.returncode == 0, installed.stdout[-3000:] + installed.stderr[-3000:]
    return folder


@pytest.fixture
def outside(tmp_path) -> tuple[Path, dict]:
    """A working folder away from the checkout and an environment naming no settings."""
    env = {key: value for key, value in os.environ.items()
           if not key.startswith("NATOWATCH_") and key not in ("PYTHONPATH", "VIRTUAL_ENV")}
    work = tmp_path / "work"
    work.mkdir()
    return work, env


def test_the_wheel_holds_the_namespace_and_the_package_data(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    tops = {name.split("/")[0] for name in names if not name.startswith("natowatch-")}
    assert tops == {"natowatch"}
    for data in ("natowatch/config/stories/nato-secretary-general.yaml", "natowatch/config/states.yaml",
                 "natowatch/config/lexicon/en.yaml", "natowatch/config/settings.yaml", "natowatch/config/feeds.yaml",
                 "natowatch/flows/web/templates/base.html", "natowatch/storage/migrations/script.py.mako"):
        assert data in names


def test_only_the_namespace_is_importable(venv, outside):
    work, env = outside
    script = ("import importlib, natowatch.flows.cli, natowatch.extract, natowatch.storage\n"
              "print(natowatch.flows.cli.__file__)\n"
              "for bare in ('flows', 'extract', 'storage'):\n"
              "    try:\n        importlib.import_module(bare)\n    except ImportError:\n        print('no', bare)\n")
    done = run([venv / "bin" / "python", "-c", script], cwd=work, env=env)
    assert done.returncode == 0, done.stderr
    first, *rest = done.stdout.splitlines()
    assert Path(first).is_relative_to(venv) and not Path(first).is_relative_to(REPO)
    assert rest == ["no flows", "no extract", "no storage"]


def test_version_init_extract_and_replay_outside_the_checkout(venv, outside):
    work, env = outside
    natowatch = venv / "bin" / "natowatch"
    version = run([natowatch, "--version"], cwd=work, env=env)
    assert version.returncode == 0 and version.stdout.strip() == "natowatch 0.1.0", version.stderr

    # No settings anywhere: the story shipped with natowatch.
    extracted = run([natowatch, "extract", "--json", REPO / "seeds" / f"{SEED}.txt"], cwd=work, env=env)
    assert extracted.returncode == 0, extracted.stderr
    assert {json.loads(line)["subject"] for line in extracted.stdout.splitlines()} >= {"Mark Rutte"}

    init = run([natowatch, "init", "site"], cwd=work, env=env)
    assert init.returncode == 0, init.stderr
    assert (work / "site" / "settings.yaml").is_file() and (work / "site" / "feeds.yaml").is_file()

    articles = work / "articles"
    articles.mkdir()
    shutil.copy2(REPO / "seeds" / f"{SEED}.txt", articles)
    manifest = json.loads((REPO / "seeds" / "manifest.json").read_text(encoding="utf-8"))
    entries = manifest["articles"] if isinstance(manifest, dict) else manifest
    (articles / "manifest.json").write_text(json.dumps([e for e in entries if e["file"] == f"{SEED}.txt"]),
                                            encoding="utf-8")
    env = {**env, "NATOWATCH_CONFIG": str(work / "site" / "settings.yaml")}
    replayed = run([natowatch, "replay", "articles"], cwd=work, env=env, timeout=600)
    assert replayed.returncode == 0, replayed.stdout[-3000:] + replayed.stderr[-3000:]
    assert "Replayed 1 articles from articles" in replayed.stdout
    assert "Mark Rutte" in replayed.stdout
    assert (work / "site" / "data" / "natowatch.db").is_file()
