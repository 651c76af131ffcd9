"""Read the deployment files as data: compose interpolation, Dockerfile instructions."""
from __future__ import annotations

import ast
import re
import shlex
from dataclasses import dataclass
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[2]

# Compose interpolation: $$ (a literal $), ${VAR}, ${VAR:-default}, ${VAR-default}.
_INTERPOLATION = re.compile(r"\$\$|\$\{(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?:(?P<op>:?-)(?P<default>[^}]*))?\}")


def interpolate(value, env: dict[str, str]):
    """Resolve compose variables in `value` (and nested lists/dicts) as compose would with `env`."""
    if isinstance(value, dict):
        return {key: interpolate(item, env) for key, item in value.items()}
    if isinstance(value, list):
        return [interpolate(item, env) for item in value]
    if not isinstance(value, str):
        return value

    def substitute(match: re.Match) -> str:
        if match.group(0) == "$$":
            return "$"
        name, op, default = match.group("name", "op", "default")
        if op == ":-":
            return env.get(name) or default
        if op == "-":
            return env.get(name, default)
        return env.get(name, "")

    return _INTERPOLATION.sub(substitute, value)


@dataclass(frozen=True)
class Instruction:
    keyword: str  # upper case: FROM, RUN, COPY, ...
    arguments: str  # continuation lines joined

    def exec_form(self) -> list[str] | None:
        """The JSON array of CMD/ENTRYPOINT/HEALTHCHECK CMD, or None for the shell form."""
        text = self.arguments
        if self.keyword == "HEALTHCHECK":
            text = text.split("CMD", 1)[1]
        text = text.strip()
        if not text.startswith("["):
            return None
        return yaml.safe_load(text)  # a JSON array is valid YAML

    def words(self) -> list[str]:
        return shlex.split(self.arguments)


def parse_dockerfile(text: str) -> list[Instruction]:
    instructions: list[Instruction] = []
    pending = ""
    for raw_line in text.splitlines():
        line = raw_line.strip()
        if not pending and (not line or line.startswith("#")):
            continue
        if line.startswith("#"):
            continue  # a comment inside a continued instruction
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        pending += line
        keyword, _, arguments = pending.partition(" ")
        instructions.append(Instruction(keyword.upper(), " ".join(arguments.split())))
        pending = ""
    return instructions


def dockerfile_env(instructions: list[Instruction]) -> dict[str, str]:
    env: dict[str, str] = {}
    for instruction in instructions:
        if instruction.keyword == "ENV":
            for word in instruction.words():
                name, _, value = word.partition("=")
                env[name] = value
    return env


def service_environment(service: dict) -> dict[str, str]:
    """A service's environment as a mapping, whichever of compose's two forms it uses."""
    environment = service.get("environment") or {}
    if isinstance(environment, list):
        return dict(item.partition("=")[::2] for item in environment)
    return {name: "" if value is None else str(value) for name, value in environment.items()}


@dataclass(frozen=True)
class Mount:
    source: str
    target: str

    @property
    def is_bind(self) -> bool:
        return self.source.startswith((".", "/", "~"))


def service_mounts(service: dict) -> list[Mount]:
    """Short-syntax volumes (SOURCE:TARGET[:MODE]) of a service."""
    mounts = []
    for entry in service.get("volumes") or []:
        if isinstance(entry, dict):
            mounts.append(Mount(entry["source"], entry["target"]))
        else:
            source, target = entry.split(":")[:2]
            mounts.append(Mount(source, target))
    return mounts


def flow_functions(path: Path) -> set[str]:
    """Names of the top-level functions in a Python file decorated with Prefect's @flow."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names = set()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            if any(_is_flow_decorator(decorator) for decorator in node.decorator_list):
                names.add(node.name)
    return names


def _is_flow_decorator(decorator: ast.expr) -> bool:
    if isinstance(decorator, ast.Call):  # @flow(name=...)
        decorator = decorator.func
    if isinstance(decorator, ast.Name):  # @flow
        return decorator.id == "flow"
    if isinstance(decorator, ast.Attribute):  # @prefect.flow
        return decorator.attr == "flow"
    return False
