"""What a race is, as data: built from the parsed story, states and lexicon files.

No I/O here: flows/ reads the YAML and hands the mappings in. A bad file
raises StoryError with one line naming the source file and the key.

A story names its member states from the shared list of states (config/states.yaml,
`states:`): by name (`members: [{name: Hungary, people: [...]}]`) or as a group
(`members: un_members`); the story adds who speaks for each state. A member entry may
still spell out aliases, demonyms, capitals or kinds, which then replace the shared ones.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
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
    # Words that, just before one of its names, make another place: "Latin America" is not the
    # United States, "New Mexico" not Mexico. Its demonyms too: "Latin American".
    not_after: tuple[str, ...] = ()
    # Words that describe it before "state", "country", "nation": "the Baltic state", "the island nation"
    kinds: tuple[str, ...] = ()


@dataclass(frozen=True)
class Candidate:
    name: str
    aliases: tuple[str, ...] = ()      # surname, diacritic variants
    state: str | None = None           # the member state the candidate comes from
    roles: tuple[str, ...] = ()        # offices held during the race: "the president" may be the candidate
    pronoun: str | None = None         # "he" or "she": which pronouns can stand for the candidate
    provisional: bool = False          # a name an article proposes (extract/discover.py), not the story file's


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
class Body:
    """A body that decides the race (the Security Council, the General Assembly)."""

    name: str
    aliases: tuple[str, ...] = ()
    members: tuple[str, ...] = ()      # state names; empty when not given
    permanent: tuple[str, ...] = ()    # members whose vote against blocks a decision


# How the deciding body decides: every member backs the candidate (NATO), or the
# Security Council's way: `required` votes of its members and no permanent member against.
CONSENSUS_RULES = ("unanimity", "security_council")
# Groups of the shared list of states a story can take as its members or observers.
STATE_GROUPS = {"un_members": "member", "un_observers": "observer"}


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
    # The last day of the incumbent's term, when the story file gives it.
    incumbent_until: dt.date | None = None
    # when the race opened: an event dated wholly before it is of an earlier race ("was a candidate in 2016")
    race_opened: dt.date | None = None
    # States that can speak in the race without being members (UN observer states).
    observers: tuple[Member, ...] = ()
    bodies: tuple[Body, ...] = ()
    consensus_rule: str = "unanimity"
    # The body whose votes `consensus_required` counts (security_council); None: the members.
    consensus_body: str | None = None

    @property
    def voters(self) -> tuple[str, ...]:
        """The states whose backing counts toward consensus."""
        body = self.body(self.consensus_body) if self.consensus_body else None
        return body.members if body else tuple(m.name for m in self.members)

    @property
    def veto_holders(self) -> tuple[str, ...]:
        """The states any one of which blocks the decision by opposing (the permanent members)."""
        body = self.body(self.consensus_body) if self.consensus_body else None
        return body.permanent if body and self.consensus_rule == "security_council" else ()

    def body(self, name: str) -> Body | None:
        return next((b for b in self.bodies if b.name == name), None)

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


def _person(p: Any, source: str, where: str) -> Person:
    return Person(name=_require(p, "name", source, where), role=_require(p, "role", source, where),
                  aliases=_strings(p, "aliases", source, where))


def _shared_states(states: Any, source: str) -> dict[str, tuple[Member, str]]:
    """The shared list of states by name: (Member without people, 'member' | 'observer')."""
    if not isinstance(states, Mapping) or not isinstance(states.get("states"), list):
        raise StoryError(f"{source}: states: expected a list of states")
    kinds = _kinds(states, source)
    found: dict[str, tuple[Member, str]] = {}
    for i, entry in enumerate(states["states"]):
        where = f"states[{i}]"
        if not isinstance(entry, Mapping):
            raise StoryError(f"{source}: {where}: expected a mapping")
        name = _require(entry, "name", source, where)
        standing = entry.get("un", "member")
        if standing not in STATE_GROUPS.values():
            raise StoryError(f"{source}: {where}.un: expected member or observer, got {standing!r}")
        if name in found:
            raise StoryError(f"{source}: {where}.name: {name!r} is listed twice")
        found[name] = (Member(name=name, aliases=_strings(entry, "aliases", source, where),
                              demonyms=_strings(entry, "demonyms", source, where),
                              capitals=_strings(entry, "capitals", source, where),
                              not_after=_strings(entry, "not_after", source, where),
                              kinds=kinds.pop(name, ())), standing)
    if kinds:
        raise StoryError(f"{source}: kinds: {sorted(kinds)[0]!r} is not a state of the list")
    return _inner_names_placed(found)


def _inner_names_placed(found: dict[str, tuple[Member, str]]) -> dict[str, tuple[Member, str]]:
    """The shared list with each state's `not_after` taking the words another state's name or capital puts before
    its name ("Port of Spain", Trinidad and Tobago's capital, ends in "Spain": "Port of" is Spain's; "South Sudan":
    "South" is Sudan's), so the longer name wins even in a story whose gazetteer does not hold it (a NATO story has no
    Trinidad and Tobago, and "the embassy in Port of Spain" is no Spanish one)."""
    own = {name: {name, *m.aliases} for name, (m, _) in found.items()}
    placed: dict[str, list[str]] = {}
    for other, (m, _) in found.items():
        for longer in (m.name, *m.aliases, *m.capitals):
            for name, names in own.items():
                if name == other:
                    continue
                for inner in names:
                    if longer.endswith(" " + inner) and longer[:-len(inner)].strip():
                        placed.setdefault(name, []).append(longer[:-len(inner)].strip())
    return {name: (replace(m, not_after=tuple(dict.fromkeys((*m.not_after, *placed[name])))) if name in placed else m,
                   standing) for name, (m, standing) in found.items()}


def _kinds(states: Mapping[str, Any], source: str) -> dict[str, tuple[str, ...]]:
    """The `kinds` table of the shared list (kind -> states) read the other way: state -> kinds."""
    table = states.get("kinds") or {}
    if not isinstance(table, Mapping):
        raise StoryError(f"{source}: kinds: expected a mapping of a word to the states it describes")
    by_state: dict[str, tuple[str, ...]] = {}
    for kind, names in table.items():
        if not isinstance(kind, str) or not kind.strip() or not isinstance(names, list) \
                or not all(isinstance(n, str) for n in names):
            raise StoryError(f"{source}: kinds.{kind}: expected a list of state names")
        for name in names:
            by_state[name] = by_state.get(name, ()) + (kind,)
    return by_state


def _state_entries(data: Mapping[str, Any], key: str, shared: dict | None, source: str) -> list:
    """A story's `members` or `observers`: a list of entries, or the name of a group of the
    shared list (every state in it, in its order, as an entry naming the state)."""
    value = data.get(key)
    if isinstance(value, str):
        if shared is None or value not in STATE_GROUPS:
            groups = ", ".join(STATE_GROUPS) if shared is not None else "none without `states:`"
            raise StoryError(f"{source}: {key}: {value!r} is not a group of states (groups: {groups})")
        return [{"name": name} for name, (_, standing) in shared.items() if standing == STATE_GROUPS[value]]
    if value is None and key == "observers":
        return []
    return _list(data, key, source)


def _members(data: Mapping[str, Any], key: str, shared: dict | None, source: str,
             states_source: str) -> tuple[Member, ...]:
    people_by_state = data.get("people") or {}
    if not isinstance(people_by_state, Mapping):
        raise StoryError(f"{source}: people: expected a mapping of state name to people")
    members = []
    for i, m in enumerate(_state_entries(data, key, shared, source)):
        where = f"{key}[{i}]"
        name = _require(m, "name", source, where)
        base = Member(name=name)
        if shared is not None:
            if name not in shared:
                raise StoryError(f"{source}: {where}.name: {name!r} is not in {states_source}")
            base = shared[name][0]
        people = [_person(p, source, f"{where}.people[{j}]") for j, p in enumerate(m.get("people") or [])]
        extra = people_by_state.get(name) or []
        if not isinstance(extra, list):
            raise StoryError(f"{source}: people.{name}: expected a list of people")
        people += [_person(p, source, f"people.{name}[{j}]") for j, p in enumerate(extra)]
        members.append(Member(
            name=name,
            aliases=_strings(m, "aliases", source, where) if "aliases" in m else base.aliases,
            demonyms=_strings(m, "demonyms", source, where) if "demonyms" in m else base.demonyms,
            capitals=_strings(m, "capitals", source, where) if "capitals" in m else base.capitals,
            people=tuple(people),
            not_after=_strings(m, "not_after", source, where) if "not_after" in m else base.not_after,
            kinds=_strings(m, "kinds", source, where) if "kinds" in m else base.kinds,
        ))
    names = [m.name for m in members]
    if len(set(names)) != len(names):
        raise StoryError(f"{source}: {key}: a state is listed twice")
    return tuple(members)


def _bodies(org: Mapping[str, Any], states: list[str], source: str) -> tuple[Body, ...]:
    value = org.get("bodies") or []
    if not isinstance(value, list):
        raise StoryError(f"{source}: organisation.bodies: expected a list")
    bodies = []
    for i, b in enumerate(value):
        where = f"organisation.bodies[{i}]"
        if not isinstance(b, Mapping):
            raise StoryError(f"{source}: {where}: expected a mapping")
        members = b.get("members") or []
        if members == "all":  # every member of the organisation (the General Assembly)
            members = list(states)
        elif not isinstance(members, list) or not all(isinstance(v, str) for v in members):
            raise StoryError(f"{source}: {where}.members: expected a list of state names or 'all'")
        permanent = _strings(b, "permanent", source, where)
        for key, names in (("members", members), ("permanent", permanent)):
            for name in names:
                if name not in states:
                    raise StoryError(f"{source}: {where}.{key}: {name!r} is not a member")
        if not set(permanent) <= set(members):
            raise StoryError(f"{source}: {where}.permanent: every permanent member must be among its members")
        bodies.append(Body(name=_require(b, "name", source, where), aliases=_strings(b, "aliases", source, where),
                           members=tuple(members), permanent=permanent))
    return tuple(bodies)


def _consensus(consensus: Mapping[str, Any], members: tuple[Member, ...], bodies: tuple[Body, ...],
               source: str) -> tuple[int, str, str | None]:
    required = _require(consensus, "required", source, "consensus", int)
    rule = consensus.get("rule") or "unanimity"
    if rule not in CONSENSUS_RULES:
        raise StoryError(f"{source}: consensus.rule: expected one of {', '.join(CONSENSUS_RULES)}, got {rule!r}")
    body_name = consensus.get("body")
    voters = len(members)
    if rule == "security_council" or body_name is not None:
        body = next((b for b in bodies if b.name == body_name), None)
        if body is None:
            raise StoryError(f"{source}: consensus.body: expected the name of one of organisation.bodies")
        if rule == "security_council" and not body.permanent:
            raise StoryError(f"{source}: consensus.body: {body.name!r} has no permanent members")
        voters = len(body.members)
    if required > voters:
        raise StoryError(f"{source}: consensus.required: {required} is more than the {voters} "
                         f"{'members' if body_name is None else 'members of ' + body_name}")
    return required, rule, body_name


def _incumbent(data: Mapping[str, Any], source: str) -> tuple[tuple[str, ...], dt.date | None]:
    if data.get("incumbent") is None:
        return (), None
    holder = _require(data, "incumbent", source, "", Mapping)
    names = (_require(holder, "name", source, "incumbent"), *_strings(holder, "aliases", source, "incumbent"))
    until = holder.get("until")
    if until is not None and not isinstance(until, dt.date):
        raise StoryError(f"{source}: incumbent.until: expected a date (YYYY-MM-DD)")
    return names, until


def build_story(data: Mapping[str, Any], lexicon: Mapping[str, Any] | None = None,
                source: str = "<story>", states: Mapping[str, Any] | None = None,
                states_source: str = "<states>") -> Story:
    """Validate a parsed story file and return the Story it describes. `states` is the parsed
    shared list of states the story names as `states:` (None: the story spells its members out)."""
    if not isinstance(data, Mapping):
        raise StoryError(f"{source}: (top level): expected a mapping")
    post = _require(data, "post", source, "", Mapping)
    org = _require(data, "organisation", source, "", Mapping)
    consensus = _require(data, "consensus", source, "", Mapping)
    shared = _shared_states(states, states_source) if states is not None else None

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
    members = _members(data, "members", shared, source, states_source)
    # organisations that take sides as a state does ("the African Union endorsed his bid"): actors,
    # never members, so they count toward no consensus
    observers = _members(data, "observers", shared, source, states_source) + tuple(
        Member(name=_require(o, "name", source, f"organisations[{i}]"),
               aliases=_strings(o, "aliases", source, f"organisations[{i}]"),
               kinds=_strings(o, "kinds", source, f"organisations[{i}]"))
        for i, o in enumerate(_list(data, "organisations", source) if "organisations" in data else ()))
    names = [m.name for m in members]
    if set(names) & {o.name for o in observers}:
        raise StoryError(f"{source}: observers: a state is both a member and an observer")
    unknown = set(data.get("people") or {}) - set(names) - {o.name for o in observers}
    if unknown:
        raise StoryError(f"{source}: people: {sorted(unknown)[0]!r} is not a member or observer")
    bodies = _bodies(org, names, source)
    required, rule, body = _consensus(consensus, members, bodies, source)
    for i, c in enumerate(candidates):
        if c.state is not None and c.state not in names:
            raise StoryError(f"{source}: candidates[{i}].state: {c.state!r} is not a member")
    incumbent, until = _incumbent(data, source)
    opened = data.get("race_opened")
    if opened is not None and not isinstance(opened, dt.date):
        raise StoryError(f"{source}: race_opened: expected a date (YYYY-MM-DD)")

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
        members=members,
        consensus_required=required,
        other_races=_strings(data, "other_races", source, ""),
        lexicon=dict(lexicon or {}),
        incumbent=incumbent,
        incumbent_until=until,
        race_opened=opened,
        observers=observers,
        bodies=bodies,
        consensus_rule=rule,
        consensus_body=body,
    )
