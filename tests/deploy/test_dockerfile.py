"""Dockerfile and .dockerignore: the image installs the project and runs it unprivileged."""
from __future__ import annotations

import fnmatch
import tomllib
from importlib.metadata import version
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from deployfiles import REPO, dockerfile_env


def keyword(instructions, name):
    return [instruction for instruction in instructions if instruction.keyword == name]


def index_of(instructions, predicate) -> int:
    return next(i for i, instruction in enumerate(instructions) if predicate(instruction))


def copy_sources(instructions) -> list[str]:
    """The build-context paths of every COPY (all words but the last, options skipped)."""
    sources = []
    for instruction in keyword(instructions, "COPY"):
        words = [word for word in instruction.words() if not word.startswith("--")]
        sources += words[:-1]
    return sources


def is_project_install(instruction) -> bool:
    words = instruction.words()
    return instruction.keyword == "RUN" and "install" in words and "." in words[words.index("install"):]


def test_base_image_is_python_311_slim(dockerfile):
    assert dockerfile[0].keyword == "FROM"
    assert dockerfile[0].arguments == "python:3.11-slim"


def test_pip_is_upgraded_before_the_project_is_installed(dockerfile):
    upgrade = index_of(dockerfile, lambda i: i.keyword == "RUN" and "pip install --upgrade pip" in i.arguments)
    install = index_of(dockerfile, is_project_install)
    assert upgrade < install


def test_everything_the_install_needs_is_copied_before_it(dockerfile):
    install = index_of(dockerfile, is_project_install)
    copied = {source.rstrip("/") for source in copy_sources(dockerfile[:install])}
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    folders = set(project["tool"]["setuptools"]["package-dir"].values())
    needed = {"pyproject.toml", project["project"]["readme"]} | folders
    assert needed - copied == set()


def test_installs_the_prefect_release_of_this_environment(dockerfile):
    [install] = [i for i in dockerfile if is_project_install(i)]
    assert "prefect==${PREFECT_VERSION}" in install.words()
    [argument] = [i.arguments for i in keyword(dockerfile, "ARG") if i.arguments.startswith("PREFECT_VERSION=")]
    assert argument == f"PREFECT_VERSION={version('prefect')}"


def test_config_and_seeds_are_in_the_image(dockerfile):
    copied = {source.rstrip("/") for source in copy_sources(dockerfile)}
    assert {"config", "seeds"} <= copied


def test_every_copied_path_exists_and_is_not_ignored(dockerfile):
    ignored = [
        line.strip()
        for line in (REPO / ".dockerignore").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    for source in copy_sources(dockerfile):
        assert (REPO / source).exists(), f"COPY {source}: not in the repository"
        path = source.rstrip("/")
        excluded = [pattern for pattern in ignored if fnmatch.fnmatch(path, pattern)]
        assert not excluded, f"COPY {source}: excluded from the build context by {excluded}"


def test_secrets_and_local_state_stay_out_of_the_build_context():
    ignored = set((REPO / ".dockerignore").read_text(encoding="utf-8").split())
    assert {".env", ".git", ".venv", "data"} <= ignored


def test_works_in_app(dockerfile):
    assert [i.arguments for i in keyword(dockerfile, "WORKDIR")] == ["/app"]


def test_runs_as_a_non_root_user(dockerfile):
    users = keyword(dockerfile, "USER")
    assert users, "no USER: the container would run as root"
    assert users[-1].arguments not in ("root", "0", "0:0")
    # The user must exist: it is created by a RUN before it is switched to.
    created = index_of(dockerfile, lambda i: i.keyword == "RUN" and "useradd" in i.arguments and users[-1].arguments in i.words())
    assert created < dockerfile.index(users[-1])


def test_runs_natowatch_serve(dockerfile):
    assert keyword(dockerfile, "CMD")[-1].exec_form() == ["natowatch", "serve"]


def test_defaults_point_at_files_in_the_image(dockerfile):
    env = dockerfile_env(dockerfile)
    workdir = keyword(dockerfile, "WORKDIR")[-1].arguments
    for name in ("NATOWATCH_CONFIG", "NATOWATCH_FEEDS"):
        in_image = PurePosixPath(env[name]).relative_to(workdir)
        assert (REPO / in_image).is_file(), f"{name}={env[name]}: {in_image} is not in the repository"
    assert env["NATOWATCH_DATA_DIR"].startswith(workdir)
    assert env["NATOWATCH_HOME"] == workdir


def test_health_check_asks_the_runner_web_server_prefect_starts(dockerfile, monkeypatch):
    env = dockerfile_env(dockerfile)
    for name, value in env.items():
        if name.startswith("PREFECT_"):
            monkeypatch.setenv(name, value)
    from prefect.settings import Settings

    runner_server = Settings().runner.server
    assert runner_server.enable is True
    assert runner_server.host in ("localhost", "127.0.0.1", "0.0.0.0")
    [healthcheck] = keyword(dockerfile, "HEALTHCHECK")
    probe = " ".join(healthcheck.exec_form())
    url = urlsplit(probe[probe.index("http://") :].split("'")[0])
    assert (url.hostname, url.port, url.path) == ("localhost", runner_server.port, "/health")
