"""docker-compose.yml: the services are wired to each other and to files that exist."""
from __future__ import annotations

import re
from importlib.metadata import version
from pathlib import PurePosixPath
from urllib.parse import urlsplit

import pytest

from deployfiles import REPO, interpolate, service_environment, service_mounts

APP_SERVICES = ("natowatch", "migrate", "web")
# What flows/settings/ and Prefect read in the app containers (docs/architecture.md).
APP_VARIABLES = (
    "NATOWATCH_DATABASE_URL",
    "PREFECT_API_URL",
    "NATOWATCH_ALERT_URLS",
    "NATOWATCH_CONFIG",
    "NATOWATCH_FEEDS",
)
# Unset (the documented dev defaults) and fully overridden, so a URL that only
# happens to repeat the default credentials fails the second case.
HOST_ENVIRONMENTS = {
    "defaults": {},
    "overridden": {"POSTGRES_USER": "watcher", "POSTGRES_PASSWORD": "s3cret-x", "POSTGRES_DB": "watchdb"},
}


def resolved(compose: dict, service: str, host_env: dict[str, str]) -> dict:
    return interpolate(compose["services"][service], host_env)


def test_the_stack_has_its_services(compose):
    assert set(compose["services"]) == {"postgres", "prefect-server", "migrate", "natowatch", "web", "mailpit"}


@pytest.mark.parametrize("service", APP_SERVICES)
def test_app_services_set_every_variable_the_app_reads(compose, service):
    environment = service_environment(compose["services"][service])
    missing = [name for name in APP_VARIABLES if name not in environment]
    assert not missing, f"{service} does not set {missing}"


def test_every_natowatch_variable_named_in_the_code_is_set(compose):
    """A new NATOWATCH_* setting in flows/ or storage/ must reach the containers too."""
    named = set()
    for package in ("flows", "storage"):
        for path in (REPO / package).rglob("*.py"):
            named |= set(re.findall(r"\bNATOWATCH_[A-Z_]+\b", path.read_text(encoding="utf-8")))
    environment = service_environment(compose["services"]["natowatch"])
    assert named - set(environment) == set()


def test_alert_urls_come_from_the_host_and_default_to_none(compose):
    raw = service_environment(compose["services"]["natowatch"])["NATOWATCH_ALERT_URLS"]
    assert interpolate(raw, {}) == ""
    assert interpolate(raw, {"NATOWATCH_ALERT_URLS": "json://hooks.example.org"}) == "json://hooks.example.org"


@pytest.mark.parametrize("host_env", HOST_ENVIRONMENTS.values(), ids=HOST_ENVIRONMENTS.keys())
@pytest.mark.parametrize("service", APP_SERVICES)
def test_database_url_reaches_postgres_with_its_credentials(compose, service, host_env):
    postgres = service_environment(resolved(compose, "postgres", host_env))
    url = urlsplit(service_environment(resolved(compose, service, host_env))["NATOWATCH_DATABASE_URL"])
    assert url.scheme == "postgresql"
    assert (url.hostname, url.port) == ("postgres", 5432)
    assert (url.username, url.password) == (postgres["POSTGRES_USER"], postgres["POSTGRES_PASSWORD"])
    assert url.path == "/" + postgres["POSTGRES_DB"]


def test_prefect_server_is_the_official_image_of_the_installed_release(compose):
    image = resolved(compose, "prefect-server", {})["image"]
    repository, _, tag = image.partition(":")
    assert repository == "prefecthq/prefect"
    # A server older than its clients rejects their requests: keep both on one release.
    assert tag == f"{version('prefect')}-python3.11"


def test_prefect_server_listens_on_all_interfaces(compose):
    command = compose["services"]["prefect-server"]["command"]
    words = command.split() if isinstance(command, str) else command
    assert words[:3] == ["prefect", "server", "start"]
    assert words[words.index("--host") + 1] == "0.0.0.0"


@pytest.mark.parametrize("host_env", HOST_ENVIRONMENTS.values(), ids=HOST_ENVIRONMENTS.keys())
def test_prefect_server_stores_in_its_own_postgres_database(compose, host_env):
    postgres = service_environment(resolved(compose, "postgres", host_env))
    environment = service_environment(resolved(compose, "prefect-server", host_env))
    url = urlsplit(environment["PREFECT_API_DATABASE_CONNECTION_URL"])
    assert url.scheme == "postgresql+asyncpg"
    assert (url.hostname, url.port) == ("postgres", 5432)
    assert (url.username, url.password) == (postgres["POSTGRES_USER"], postgres["POSTGRES_PASSWORD"])
    database = url.path.lstrip("/")
    assert database != postgres["POSTGRES_DB"], "Prefect's tables would share natowatch's database"
    assert database in databases_created_at_init(compose)


def databases_created_at_init(compose: dict) -> set[str]:
    """Databases the SQL files mounted into the postgres init folder create."""
    created = set()
    for mount in service_mounts(compose["services"]["postgres"]):
        if mount.target.startswith("/docker-entrypoint-initdb.d/") and mount.source.endswith(".sql"):
            sql = (REPO / mount.source).read_text(encoding="utf-8")
            created |= set(re.findall(r"CREATE DATABASE\s+\"?(\w+)", sql, flags=re.IGNORECASE))
    return created


def test_app_talks_to_the_prefect_server_service(compose):
    url = urlsplit(service_environment(compose["services"]["natowatch"])["PREFECT_API_URL"])
    assert (url.scheme, url.hostname, url.port, url.path) == ("http", "prefect-server", 4200, "/api")


@pytest.mark.parametrize(
    ("service", "expected"),
    [
        ("prefect-server", {"postgres": "service_healthy"}),
        ("migrate", {"postgres": "service_healthy"}),
        (
            "natowatch",
            {
                "postgres": "service_healthy",
                "prefect-server": "service_healthy",
                "migrate": "service_completed_successfully",
            },
        ),
        ("web", {"postgres": "service_healthy", "migrate": "service_completed_successfully"}),
    ],
)
def test_services_wait_for_what_they_need(compose, service, expected):
    depends_on = compose["services"][service]["depends_on"]
    assert {name: rule["condition"] for name, rule in depends_on.items()} == expected


def test_services_waited_on_as_healthy_have_a_health_check(compose):
    services = compose["services"]
    for service in services.values():
        for name, rule in (service.get("depends_on") or {}).items():
            if rule.get("condition") == "service_healthy":
                healthcheck = services[name].get("healthcheck") or {}
                assert healthcheck.get("test") and not healthcheck.get("disable"), name


def test_every_health_check_has_a_test_command(compose):
    for name, service in compose["services"].items():
        healthcheck = service.get("healthcheck")
        if healthcheck is None or healthcheck.get("disable"):
            continue
        test = healthcheck.get("test")
        assert isinstance(test, list) and test[0] in ("CMD", "CMD-SHELL") and len(test) > 1, name


def test_health_checks_probe_the_right_thing(compose):
    postgres_test = " ".join(compose["services"]["postgres"]["healthcheck"]["test"])
    assert "pg_isready" in postgres_test
    # $$ reaches the container as $: the check reads the container's own variables.
    assert "$${POSTGRES_USER}" in postgres_test
    prefect_test = " ".join(compose["services"]["prefect-server"]["healthcheck"]["test"])
    assert "http://localhost:4200/api/health" in prefect_test


def test_the_migration_is_a_one_shot_job(compose):
    migrate = compose["services"]["migrate"]
    assert migrate["command"] == ["natowatch", "db", "upgrade"]
    assert migrate["restart"] == "no"
    assert migrate["healthcheck"] == {"disable": True}


def test_natowatch_serves_and_restarts(compose):
    natowatch = compose["services"]["natowatch"]
    assert natowatch["command"] == ["natowatch", "serve"]
    assert natowatch["restart"] == "unless-stopped"


def published_container_ports(service: dict) -> set[int]:
    return {int(str(entry).rsplit(":", 1)[-1].split("/")[0]) for entry in service.get("ports") or []}


def test_ports(compose):
    services = compose["services"]
    assert published_container_ports(services["prefect-server"]) == {4200}
    assert published_container_ports(services["mailpit"]) == {8025, 1025}
    assert published_container_ports(services["web"]) == {8000}
    # A fixed host port would stop `--scale natowatch=N`.
    assert "ports" not in services["natowatch"]


@pytest.mark.parametrize("host_env", [{}, {"NATOWATCH_WEB_PORT": "9100"}], ids=["default", "overridden"])
def test_the_dashboard_is_published_on_the_hosts_loopback_only(compose, host_env):
    web = resolved(compose, "web", host_env)
    [published] = web["ports"]
    host_ip, host_port, container_port = published.split(":")
    assert host_ip == "127.0.0.1"
    assert host_port == host_env.get("NATOWATCH_WEB_PORT", "8000") and container_port == "8000"
    words = web["command"]
    # In the container it must listen beyond its own loopback, on the port that is published.
    assert words[words.index("--host") + 1] == "0.0.0.0" and words[words.index("--port") + 1] == container_port
    assert f"localhost:{container_port}/api/stories" in " ".join(web["healthcheck"]["test"])
    assert web["restart"] == "unless-stopped"
def test_published_ports_are_on_loopback_only(compose):
    """The Prefect UI/API has no authentication and mailpit shows every mail: the host
    publishes them on 127.0.0.1, never on every interface (compose's default)."""
    published = [(name, str(entry)) for name, service in compose["services"].items()
                 for entry in service.get("ports") or []]
    assert published, "the stack publishes the Prefect and mailpit ports"
    for name, entry in published:
        host_ip = entry.split(":")[0] if entry.count(":") >= 2 else None
        assert host_ip == "127.0.0.1", f"{name}: port {entry!r} is published on every interface"


def test_prefect_telemetry_is_off(compose):
    for name in ("prefect-server", *APP_SERVICES):
        environment = service_environment(compose["services"][name])
        assert environment.get("PREFECT_SERVER_ANALYTICS_ENABLED") == "false", name


def test_env_example_lists_what_compose_reads(compose):
    """.env.example names every variable the compose file interpolates from the host, with no
    real secret in it, and .env itself is never committed nor sent to the build."""
    text = (REPO / "docker-compose.yml").read_text(encoding="utf-8")
    used = {m.group("name") for m in re.finditer(r"\$\{(?P<name>[A-Za-z_][A-Za-z0-9_]*)", text)}
    example = (REPO / ".env.example").read_text(encoding="utf-8")
    listed = dict(line.split("=", 1) for line in example.splitlines() if line and not line.startswith("#"))
    assert used == set(listed)
    assert listed["NATOWATCH_ALERT_URLS"] == "" and listed["POSTGRES_PASSWORD"] == "change-me"
    assert ".env" in (REPO / ".gitignore").read_text().split()
    assert ".env" in (REPO / ".dockerignore").read_text().split()


def test_mailpit_is_optional(compose):
    assert compose["services"]["mailpit"]["profiles"] == ["mail"]


def test_named_volumes_are_declared(compose):
    declared = set(compose.get("volumes") or {})
    for name, service in compose["services"].items():
        for mount in service_mounts(service):
            if not mount.is_bind:
                assert mount.source in declared, f"{name}: volume {mount.source} not declared"


def test_bind_mounted_files_exist(compose):
    for name, service in compose["services"].items():
        for mount in service_mounts(service):
            if mount.is_bind:
                assert (REPO / mount.source).exists(), f"{name}: {mount.source} does not exist"


@pytest.mark.parametrize("variable", ["NATOWATCH_CONFIG", "NATOWATCH_FEEDS"])
def test_config_files_are_mounted_and_exist(compose, variable):
    natowatch = compose["services"]["natowatch"]
    container_path = PurePosixPath(service_environment(natowatch)[variable])
    for mount in service_mounts(natowatch):
        if mount.is_bind and container_path.is_relative_to(mount.target):
            host_path = REPO / mount.source / container_path.relative_to(mount.target)
            assert host_path.is_file(), f"{variable}={container_path} is {host_path}, which does not exist"
            return
    pytest.fail(f"{variable}={container_path} is not inside a bind mount")


def test_the_build_is_this_repository(compose):
    for service in APP_SERVICES:
        assert compose["services"][service]["build"]["context"] == "."
    assert (REPO / "Dockerfile").is_file()


@pytest.mark.parametrize("host_env", [{}, {"PREFECT_VERSION": "3.8.9"}], ids=["default", "overridden"])
def test_image_and_server_run_one_prefect_release(compose, host_env):
    build_release = resolved(compose, "natowatch", host_env)["build"]["args"]["PREFECT_VERSION"]
    server_tag = resolved(compose, "prefect-server", host_env)["image"].partition(":")[2]
    assert server_tag == f"{build_release}-python3.11"


def test_the_cli_has_the_commands_compose_runs(compose):
    from typer.main import get_command

    from natowatch.flows.cli import app

    command = get_command(app)
    for service in APP_SERVICES:
        words = compose["services"][service]["command"]
        assert words[0] == "natowatch"
        group = command
        for word in words[1:]:
            if word.startswith("--"):
                options = {name for param in group.params for name in param.opts}
                assert word in options, f"{service}: `{' '.join(words)}`: no option {word!r}"
                continue
            if not hasattr(group, "commands"):
                continue   # an option's value
            assert word in group.commands, f"{service}: `{' '.join(words)}`: no command {word!r}"
            group = group.commands[word]
