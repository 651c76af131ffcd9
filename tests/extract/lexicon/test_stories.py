"""Story files share one list of states (config/states.yaml): the NATO story names its 32
allies from it, the UN story takes every member state; each adds who speaks for a state.
A file that cannot be used is one line naming the file and the key."""
from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest
import yaml

from natowatch.extract.story import StoryError, build_story
from natowatch.flows.files.storyfile import load_story

ROOT = Path(__file__).resolve().parents[3]
STATES_FILE = ROOT / "config" / "states.yaml"
STORIES = ROOT / "config" / "stories"
P5 = ("China", "France", "Russia", "United Kingdom", "United States")


@pytest.fixture(scope="module")
def states():
    return yaml.safe_load(STATES_FILE.read_text(encoding="utf-8"))["states"]


@pytest.fixture(scope="module")
def un_story():
    return load_story(STORIES / "un-secretary-general-2026.yaml")


def test_the_shared_list_has_the_193_member_states_and_two_observers(states):
    names = [s["name"] for s in states]
    assert len(names) == len(set(names)) == 195
    assert sorted(s["name"] for s in states if s.get("un") == "observer") == ["Holy See", "Palestine"]
    assert {"Russia", "China", "South Korea", "North Korea", "Ivory Coast", "Tuvalu", "South Sudan"} <= set(names)


def test_no_name_stands_for_two_states(states):
    owner: dict[str, str] = {}
    for state in states:
        for word in (state["name"], *state["aliases"], *state["demonyms"], *state["capitals"]):
            assert owner.setdefault(word, state["name"]) == state["name"], word


def test_nato_members_come_from_the_shared_list_with_their_people(story, states):
    shared = {s["name"]: s for s in states}
    assert len(story.members) == story.consensus_required == 32
    for member in story.members:
        entry = shared[member.name]
        assert (member.aliases, member.demonyms, member.capitals) == (
            tuple(entry["aliases"]), tuple(entry["demonyms"]), tuple(entry["capitals"]))
    hungary = story.member("Hungary")
    assert "Viktor Orbán" in [p.name for p in hungary.people] and "Budapest" in hungary.capitals
    assert story.consensus_rule == "unanimity" and story.voters == tuple(m.name for m in story.members)
    assert story.veto_holders == () and story.observers == ()


def test_the_un_story(un_story):
    assert un_story.id == "un-secretary-general-2026" and un_story.post.name == "UN Secretary-General"
    assert len(un_story.members) == 193
    # the observer states, then the organisations that take sides as states do (never members)
    assert [o.name for o in un_story.observers][:3] == ["Holy See", "Palestine", "African Union"]
    assert "African Union" not in un_story.voters
    assert un_story.incumbent[0] == "António Guterres" and un_story.incumbent_until == dt.date(2026, 12, 31)
    # the candidates declared in 2025: the later ones are to be discovered
    assert [(c.name, c.state) for c in un_story.candidates] == [("Rafael Grossi", "Argentina"),
                                                                ("Michelle Bachelet", "Chile"),
                                                                ("Rebeca Grynspan", "Costa Rica")]
    council = un_story.body("Security Council")
    assert len(council.members) == 15 and council.permanent == P5
    assert len(un_story.body("General Assembly").members) == 193
    assert (un_story.consensus_rule, un_story.consensus_body, un_story.consensus_required) == (
        "security_council", "Security Council", 9)
    assert un_story.voters == council.members and un_story.veto_holders == P5
    assert "Sergei Lavrov" in [p.name for p in un_story.member("Russia").people]
    assert un_story.member("Russia").capitals == ("Moscow", "Kremlin")


def _write(tmp_path: Path, story: str, states: str | None = None) -> Path:
    if states is not None:
        (tmp_path / "states.yaml").write_text(states, encoding="utf-8")
    path = tmp_path / "story.yaml"
    path.write_text(story, encoding="utf-8")
    return path


STATES = textwrap.dedent("""\
    states:
      - {name: Ruritania, aliases: [Kingdom of Ruritania], demonyms: [Ruritanian], capitals: [Strelsau]}
      - {name: Elbonia, aliases: [], demonyms: [Elbonian], capitals: [Elbo]}
      - {name: Freedonia, aliases: [], demonyms: [Freedonian], capitals: []}
      - {name: Vaticano, un: observer}
    """)
STORY = textwrap.dedent("""\
    id: x
    post: {name: Chief}
    organisation: {name: Org}
    consensus: {rule: unanimity, required: 2}
    candidates: [{name: Ann Smith, state: Elbonia}]
    states: states.yaml
    """)


def test_a_member_entry_may_replace_what_the_shared_list_says(tmp_path):
    story = load_story(_write(tmp_path, STORY + textwrap.dedent("""\
    members:
      - {name: Ruritania, capitals: [], people: [{name: Rudolf Rassendyll, role: king}]}
      - {name: Elbonia}
    """), STATES))
    ruritania, elbonia = story.members
    assert ruritania.aliases == ("Kingdom of Ruritania",) and ruritania.capitals == ()
    assert ruritania.people[0].name == "Rudolf Rassendyll"
    assert elbonia.capitals == ("Elbo",)


def test_a_group_of_states_and_people_by_state(tmp_path):
    story = load_story(_write(tmp_path, STORY + textwrap.dedent("""\
    members: un_members
    observers: un_observers
    people:
      Freedonia: [{name: Rufus T. Firefly, role: president, aliases: [Firefly]}]
    """), STATES))
    assert [m.name for m in story.members] == ["Ruritania", "Elbonia", "Freedonia"]
    assert [o.name for o in story.observers] == ["Vaticano"]
    assert story.member("Freedonia").people[0].aliases == ("Firefly",)


@pytest.mark.parametrize("extra, message", [
    ("members: [{name: Atlantis}]", r"story.yaml: members\[0\].name: 'Atlantis' is not in .*states.yaml$"),
    ("members: everyone", r"story.yaml: members: 'everyone' is not a group of states \(groups: un_members, un_observers\)$"),
    ("members: un_members\npeople: {Atlantis: []}", r"story.yaml: people: 'Atlantis' is not a member or observer$"),
    ("members: [{name: Elbonia}, {name: Elbonia}]", r"story.yaml: members: a state is listed twice$"),
    ("members: [{name: Elbonia}]\nobservers: [{name: Elbonia}]",
     r"story.yaml: observers: a state is both a member and an observer$"),
    ("members: un_members\norganisations: {name: AU}", r"story.yaml: organisations: expected list"),
    ("members: un_members\nrace_opened: soon", r"story.yaml: race_opened: expected a date \(YYYY-MM-DD\)$"),
])
def test_bad_members_are_one_line(tmp_path, extra, message):
    with pytest.raises(StoryError, match=message):
        load_story(_write(tmp_path, STORY + extra + "\n", STATES))


def test_a_bad_states_file_is_one_line(tmp_path):
    with pytest.raises(StoryError, match=r"states.yaml: states\[1\].un: expected member or observer, got 'maybe'$"):
        load_story(_write(tmp_path, STORY + "members: un_members\n",
                          "states:\n  - {name: A}\n  - {name: B, un: maybe}\n"))
    (tmp_path / "states.yaml").unlink()
    with pytest.raises(StoryError, match=r"states.yaml: \(file\): states file not found$"):
        load_story(tmp_path / "story.yaml")


def test_a_story_is_read_again_only_when_one_of_its_files_reads_differently(tmp_path):
    """A command loads the settings' stories more than once (to check them, to extract, to send
    alerts): unchanged files give the same Story, a change to the story or a file it names a new one."""
    path = _write(tmp_path, STORY + "members: un_members\n", STATES)
    first = load_story(path)
    assert load_story(path) is first
    _write(tmp_path, STORY + "members: un_members\n", STATES.replace("capitals: [Elbo]", "capitals: [Elbopolis]"))
    second = load_story(path)
    assert second is not first and second.member("Elbonia").capitals == ("Elbopolis",)
    _write(tmp_path, STORY + "members: [{name: Elbonia}, {name: Freedonia}]\n")
    assert [m.name for m in load_story(path).members] == ["Elbonia", "Freedonia"]
    (tmp_path / "states.yaml").unlink()
    with pytest.raises(StoryError, match=r"states.yaml: \(file\): states file not found$"):
        load_story(path)


COUNCIL = {"id": "x", "post": {"name": "Chief"}, "candidates": [{"name": "Ann Smith"}],
           "members": [{"name": n} for n in ("A", "B", "C", "D")]}


def _council(consensus, bodies):
    return build_story({**COUNCIL, "consensus": consensus, "organisation": {"name": "Org", "bodies": bodies}},
                       source="s.yaml")


def test_the_security_council_rule():
    story = _council({"rule": "security_council", "body": "Council", "required": 2},
                     [{"name": "Council", "members": ["A", "B", "C"], "permanent": ["A"]},
                      {"name": "Assembly", "members": "all"}])
    assert story.voters == ("A", "B", "C") and story.veto_holders == ("A",)
    assert story.body("Assembly").members == ("A", "B", "C", "D")


@pytest.mark.parametrize("consensus, bodies, message", [
    ({"rule": "majority", "required": 1}, [], r"s.yaml: consensus.rule: expected one of unanimity, security_council, got 'majority'$"),
    ({"rule": "security_council", "required": 1}, [], r"s.yaml: consensus.body: expected the name of one of organisation.bodies$"),
    ({"rule": "security_council", "body": "C", "required": 1}, [{"name": "C", "members": ["A"]}],
     r"s.yaml: consensus.body: 'C' has no permanent members$"),
    ({"rule": "security_council", "body": "C", "required": 3}, [{"name": "C", "members": ["A", "B"], "permanent": ["A"]}],
     r"s.yaml: consensus.required: 3 is more than the 2 members of C$"),
    ({"required": 1}, [{"name": "C", "members": ["A", "Z"]}], r"s.yaml: organisation.bodies\[0\].members: 'Z' is not a member$"),
    ({"required": 1}, [{"name": "C", "members": ["A"], "permanent": ["B"]}],
     r"s.yaml: organisation.bodies\[0\].permanent: every permanent member must be among its members$"),
])
def test_bad_consensus_is_one_line(consensus, bodies, message):
    with pytest.raises(StoryError, match=message):
        _council(consensus, bodies)
