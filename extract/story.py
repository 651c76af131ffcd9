"""What a race is, as data: built from the parsed story and lexicon files.

No I/O here: flows/ reads the YAML and hands the mappings in. A bad file
raises StoryError with one line naming the source file and the key.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping


class StoryError(ValueError):
    """A story or lexicon file that cannot be used: 'FILE: KEY: problem'."""


@dataclass(frozen=True)
class Person:
    name: str
    role: str  # "president", "prime minister", "foreign minister", "spokesperson", ...
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Member:
    """A member state and every name that can stand for it in a text."""

    name: str
    aliases: tuple[str, ...] = ()      # "US", "U.S.", "America"
    demonyms: tuple[str, ...] = ()     # "American"
    capitals: tuple[str, ...] = ()     # "Washington"
    people: tuple[Person, ...] = ()    # leaders, ministers, spokespeople of 2023-2024


@dataclass(frozen=True)
class Candidate:
    name: str
    aliases: tuple[str, ...] = ()      # surname, diacritic variants
    state: str | None = None           # the member state the candidate comes from
    roles: tuple[str, ...] = ()        # offices held during the race: "the president" may be the candidate
    pronoun: str | None = None         # "he" or "she": which pronouns can stand for the candidate


@dataclass(frozen=True)
class Post:
    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Organisation:
    name: str
    aliases: tuple[str, ...] = ()
    deciding_body: str = ""
    deciding_body_aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Story:
    id: str
    title: str
    post: Post
    organisation: Organisation
    candidates: tuple[Candidate, ...]
    members: tuple[Member, ...]
    consensus_required: int
    # Phrases that mark another race (the UN secretary-general, EU top jobs ...).
    other_races: tuple[str, ...] = ()
    # Language knowledge (trigger words, cue words), from the lexicon file.
    lexicon: Mapping[str, Any] = field(default_factory=dict)
    # Names of the post's holder the race is to succeed: "took over from Stoltenberg" names the post.
    incumbent: tuple[str, ...] = ()

    def candidate(self, name: str) -> Candidate | None:
        return next((c for c in self.candidates if c.name == name), None)

    def member(self, name: str) -> Member | None:
        return next((m for m in self.members if m.name == name), None)


def _require(data: Mapping[str, Any], key: str, source: str, where: str, kind: type = str) -> Any:
    path = f"{where}.{key}" if where else key
    if not isinstance(data, Mapping) or key not in data or data[key] in (None, ""):
        raise StoryError(f"{source}: {path}: missing")
    value = data[key]
    if not isinstance(value, kind):
        raise StoryError(f"{source}: {path}: expected {kind.__name__}, got {type(value).__name__}")
    return value


def _pronoun(data: Mapping, source: str, where: str) -> str | None:
    value = data.get("pronoun")
    if value is not None and value not in ("he", "she"):
        raise StoryError(f"{source}: {where}.pronoun: expected he or she, got {value!r}")
    return value


def _strings(data: Mapping[str, Any], key: str, source: str, where: str) -> tuple[str, ...]:
    value = data.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise StoryError(f"{source}: {where}.{key}: expected a list of non-empty strings")
    return tuple(value)


def _list(data: Mapping[str, Any], key: str, source: str, where: str = "") -> list:
    value = _require(data, key, source, where, list)
    for i, item in enumerate(value):
        if not isinstance(item, Mapping):
            raise StoryError(f"{source}: {key}[{i}]: expected a mapping")
    return value


def build_story(data: Mapping[str, Any], lexicon: Mapping[str, Any] | None = None,
                source: str = "<story>") -> Story:
    """Validate a parsed story file and return the Story it describes."""
    if not isinstance(data, Mapping):
        raise StoryError(f"{source}: (top level): expected a mapping")
    post = _require(data, "post", source, "", Mapping)
    org = _require(data, "organisation", source, "", Mapping)
    consensus = _require(data, "consensus", source, "", Mapping)
    required = _require(consensus, "required", source, "consensus", int)

    candidates = tuple(
        Candidate(
            name=_require(c, "name", source, f"candidates[{i}]"),
            aliases=_strings(c, "aliases", source, f"candidates[{i}]"),
            state=c.get("state"),
            roles=tuple(r.lower() for r in _strings(c, "roles", source, f"candidates[{i}]")),
            pronoun=_pronoun(c, source, f"candidates[{i}]"),
        )
        for i, c in enumerate(_list(data, "candidates", source))
    )
    members = []
    for i, m in enumerate(_list(data, "members", source)):
        where = f"members[{i}]"
        people = []
        for j, p in enumerate(m.get("people") or []):
            pw = f"{where}.people[{j}]"
            people.append(Person(
                name=_require(p, "name", source, pw),
                role=_require(p, "role", source, pw),
                aliases=_strings(p, "aliases", source, pw),
            ))
        members.append(Member(
            name=_require(m, "name", source, where),
            aliases=_strings(m, "aliases", source, where),
            demonyms=_strings(m, "demonyms", source, where),
            capitals=_strings(m, "capitals", source, where),
            people=tuple(people),
        ))
    names = [m.name for m in members]
    if len(set(names)) != len(names):
        raise StoryError(f"{source}: members: a state is listed twice")
    if required > len(members):
        raise StoryError(f"{source}: consensus.required: {required} is more than the {len(members)} members")
    for i, c in enumerate(candidates):
        if c.state is not None and c.state not in names:
            raise StoryError(f"{source}: candidates[{i}].state: {c.state!r} is not a member")

    incumbent: tuple[str, ...] = ()
    if data.get("incumbent") is not None:
        holder = _require(data, "incumbent", source, "", Mapping)
        incumbent = (_require(holder, "name", source, "incumbent"), *_strings(holder, "aliases", source, "incumbent"))

    return Story(
        id=_require(data, "id", source, ""),
        title=data.get("title") or data["id"],
        post=Post(name=_require(post, "name", source, "post"), aliases=_strings(post, "aliases", source, "post")),
        organisation=Organisation(
            name=_require(org, "name", source, "organisation"),
            aliases=_strings(org, "aliases", source, "organisation"),
            deciding_body=org.get("deciding_body") or "",
            deciding_body_aliases=_strings(org, "deciding_body_aliases", source, "organisation"),
        ),
        candidates=candidates,
        members=tuple(members),
        consensus_required=required,
        other_races=_strings(data, "other_races", source, ""),
        lexicon=dict(lexicon or {}),
        incumbent=incumbent,
    )
