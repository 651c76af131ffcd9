"""prefect.yaml: the work-pool deployments point at real flows and run on a schedule."""
from __future__ import annotations

from importlib.metadata import version
from pathlib import PurePosixPath

import pytest

from deployfiles import REPO, dockerfile_env, flow_functions

EXPECTED = {
    "poll-feeds": ("flows/pipelines/prefect_flows.py:poll_feeds", 300),
    "dispatch-alerts": ("flows/pipelines/prefect_flows.py:dispatch_alerts", 60),
}


def deployments(prefect_project) -> dict[str, dict]:
    return {deployment["name"]: deployment for deployment in prefect_project["deployments"]}


def test_targets_the_installed_prefect_release(prefect_project):
    assert prefect_project["prefect-version"] == version("prefect")


def test_deploys_the_poll_and_dispatch_flows(prefect_project):
    found = {name: d["entrypoint"] for name, d in deployments(prefect_project).items()}
    assert found == {name: entrypoint for name, (entrypoint, _) in EXPECTED.items()}


@pytest.mark.parametrize("name", EXPECTED)
def test_entrypoint_is_a_prefect_flow(prefect_project, name):
    path, _, function = deployments(prefect_project)[name]["entrypoint"].partition(":")
    source = REPO / path
    assert source.is_file(), f"{name}: {path} does not exist"
    assert function in flow_functions(source), f"{name}: {path} has no @flow function {function}"


@pytest.mark.parametrize("name", EXPECTED)
def test_runs_on_the_natowatch_process_pool_on_schedule(prefect_project, name):
    deployment = deployments(prefect_project)[name]
    assert deployment["work_pool"]["name"] == "natowatch"
    assert [schedule["interval"] for schedule in deployment["schedules"]] == [EXPECTED[name][1]]


def test_workers_find_the_flows_where_the_image_keeps_them(prefect_project, dockerfile):
    [step] = prefect_project["pull"]
    directory = step["prefect.deployments.steps.set_working_directory"]["directory"]
    assert directory == "{{ $NATOWATCH_HOME }}"
    home = PurePosixPath(dockerfile_env(dockerfile)["NATOWATCH_HOME"])
    workdir = PurePosixPath([i.arguments for i in dockerfile if i.keyword == "WORKDIR"][-1])
    in_image = set()
    for instruction in dockerfile:
        if instruction.keyword == "COPY":
            *sources, destination = instruction.words()
            for source in sources:
                # A directory's contents land in the destination; a file lands inside a "dir/".
                if (REPO / source).is_dir() or not destination.endswith("/"):
                    in_image.add(workdir / destination)
                else:
                    in_image.add(workdir / destination / PurePosixPath(source).name)
    for name, (entrypoint, _) in EXPECTED.items():
        folder = entrypoint.partition(":")[0].split("/")[0]
        assert home / folder in in_image, f"{name}: {folder}/ is not copied to {home}"
