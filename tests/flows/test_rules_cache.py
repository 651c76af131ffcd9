"""The extractor's compiled rules kept under the data directory (flows/rules_cache.py,
extract/compiled.py): each case runs in a new process, as a one-shot command does, against a real
file: a hit builds nothing, a changed lexicon or incumbent builds only what changed (and its new
words work), a damaged file is ignored with one line, a read-only folder loses only the saving."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from natowatch.flows.rules_cache import FILE_NAME

# A new process: load the cache, read two invented sentences with the real story (its lexicon or
# incumbent changed on request), report what was built and found, save.
CHILD = r"""
import copy, dataclasses, datetime as dt, json, logging, sys
from pathlib import Path
from natowatch.extract import compiled
from natowatch.extract.events import extract_events
from natowatch.extract.frames.grammar import Grammar
from natowatch.extract.gazetteer import Gazetteer
from natowatch.flows.files.storyfile import load_story
from natowatch.flows.rules_cache import RulesCache

logging.basicConfig(format="natowatch: %(message)s", level=logging.WARNING)
data_dir, change = Path(sys.argv[1]), sys.argv[2]
story = load_story(Path(sys.argv[3]))
if change == "lexicon":
    lexicon = copy.deepcopy(dict(story.lexicon))
    lexicon["endorsement"]["verbs"] = [*lexicon["endorsement"]["verbs"], "=tipped its hat to"]
    story = dataclasses.replace(story, lexicon=lexicon)
elif change == "incumbent":
    story = dataclasses.replace(story, incumbent=("Anna Lindqvist", "Lindqvist"))
cache = RulesCache(data_dir)
taken = cache.load()
held = set(compiled._PATTERNS)
day = dt.date(2024, 3, 1)
found = [[e.type, e.subject, e.actor] for text in (
    "Denmark tipped its hat to Mark Rutte for NATO Secretary General on Tuesday.",
    "Norway said it would decide in the autumn.") for e in extract_events("NATO race", text, day, story)]
grammar = Grammar.of(Gazetteer.of(story))
# the kept code is the code compiling the text now gives
equal = all(r.pattern == compiled.built(r.pattern.pattern, r.pattern.flags) for r in grammar.rules)
built, changed = compiled._built, compiled.changed()
if len(sys.argv) > 4:  # another process wrote the file after this one loaded it
    cache.path.parent.mkdir(parents=True, exist_ok=True)
    cache.path.write_bytes(Path(sys.argv[4]).read_bytes())
print(json.dumps({"taken": taken, "built": built, "changed": changed, "saved": cache.save(),
                  "saved_again": cache.save(), "equal": equal, "found": found,
                  "texts": sorted(r.pattern.pattern for r in grammar.rules),
                  "built_texts": sorted(text for text, _ in set(compiled._PATTERNS) - held)}))
"""


def run(repo_root: Path, data_dir: Path, change: str = "none", written: Path | None = None) -> tuple[dict, str]:
    """`written`: a file put in place between the child's loading and its saving."""
    done = subprocess.run([sys.executable, "-c", CHILD, str(data_dir), change,
                           str(repo_root / "config" / "stories" / "nato-secretary-general.yaml"),
                           *([str(written)] if written else [])],
                          cwd=repo_root, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1]), done.stderr


ENDORSED = ["endorsement", "Mark Rutte", "Denmark"]


@pytest.fixture(scope="module")
def first_run(repo_root, tmp_path_factory) -> tuple[dict, str, bytes]:
    """The real story's rules built by a process with no file yet: its report, stderr and file."""
    data_dir = tmp_path_factory.mktemp("first")
    first, err = run(repo_root, data_dir)
    return first, err, (data_dir / "cache" / FILE_NAME).read_bytes()


def kept(tmp_path: Path, data: bytes) -> Path:
    """The first run's file in a data directory of the test's own."""
    path = tmp_path / "cache" / FILE_NAME
    path.parent.mkdir()
    path.write_bytes(data)
    return path


def test_a_second_process_builds_nothing_and_gets_the_same_patterns(repo_root, tmp_path, first_run):
    first, err, data = first_run
    assert (first["taken"], first["changed"], first["saved"], first["saved_again"]) == (0, True, True, False), first
    assert first["built"] > 50 and first["equal"] and err == ""
    assert first["found"] == []     # the invented verb is not in the real lexicon
    path = kept(tmp_path, data)
    second, err = run(repo_root, tmp_path)
    assert second["taken"] > 100 and second["built"] == 0 and not second["changed"], second
    assert second["saved"] is False and err == ""
    assert second["equal"] and second["texts"] == first["texts"] and second["found"] == first["found"]
    assert path.read_bytes() == data


def test_a_changed_lexicon_misses_only_its_changed_rules_and_reads_its_new_words(repo_root, tmp_path, first_run):
    plain, _, data = first_run
    kept(tmp_path, data)
    changed, err = run(repo_root, tmp_path, "lexicon")
    assert changed["found"] == [ENDORSED] and err == ""
    assert 0 < changed["built"] < plain["built"] and changed["equal"] and changed["saved"], changed
    assert changed["texts"] != plain["texts"]
    again, _ = run(repo_root, tmp_path, "lexicon")       # both lexicons' rules are kept now
    back, _ = run(repo_root, tmp_path)
    assert (again["built"], back["built"], again["found"], back["found"]) == (0, 0, [ENDORSED], []), (again, back)


def test_a_process_saving_after_another_keeps_what_both_built(repo_root, tmp_path):
    """Two poll workers start with no file and build different rules; the second to save writes
    them beside the first's (a new lexicon's rules and a new incumbent's), so the next process
    builds neither."""
    lexicon_dir, both_dir = tmp_path / "lexicon", tmp_path / "both"
    run(repo_root, lexicon_dir, "lexicon")
    second, _ = run(repo_root, both_dir, "incumbent", written=lexicon_dir / "cache" / FILE_NAME)
    assert second["taken"] == 0 and second["saved"] is True, second
    for change in ("lexicon", "incumbent"):
        after, err = run(repo_root, both_dir, change)
        assert after["built"] == 0 and after["saved"] is False and err == "", (change, after)


def test_a_changed_incumbent_misses_only_the_rules_naming_it(repo_root, tmp_path, first_run):
    plain, _, data = first_run
    kept(tmp_path, data)
    other, err = run(repo_root, tmp_path, "incumbent")
    # (the rules' patterns naming the holder, and the gazetteer's: the names it reads, "X's successor")
    assert 0 < other["built"] <= 6 and other["equal"] and err == "", other
    assert all("lindqvist" in text.lower() for text in other["built_texts"]), other["built_texts"]
    assert any("Lindqvist" in text for text in other["texts"])
    assert not any("Lindqvist" in text for text in plain["texts"])


@pytest.mark.parametrize("damage", ["garbage", "flipped byte", "cut short", "empty"])
def test_a_damaged_file_is_ignored_with_one_line_and_written_again(repo_root, tmp_path, first_run, damage):
    data = first_run[2]
    path = kept(tmp_path, data)
    path.write_bytes({"garbage": b"\x00\xffnot a cache" * 50, "flipped byte": data[:-100] + bytes([data[-100] ^ 1]) + data[-99:],
                      "cut short": data[: len(data) // 2], "empty": b""}[damage])
    result, err = run(repo_root, tmp_path)
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"natowatch: ignoring the compiled rules in {path} ("), err
    assert lines[0].endswith("); the rules are built again"), err
    assert result["taken"] == 0 and result["built"] > 50 and result["equal"] and result["saved"], result
    assert path.read_bytes() != b"" and run(repo_root, tmp_path)[0]["built"] == 0


def test_a_file_of_another_extractor_version_is_replaced_silently(repo_root, tmp_path, first_run):
    path = kept(tmp_path, first_run[2])
    magic, version, rest = first_run[2].split(b"\n", 2)
    path.write_bytes(magic + b"\n" + b"0" * len(version) + b"\n" + rest)
    result, err = run(repo_root, tmp_path)
    assert (result["taken"], err, result["saved"]) == (0, "", True) and result["built"] > 50, (result, err)
    assert run(repo_root, tmp_path)[0]["built"] == 0


@pytest.fixture
def read_only_dir(tmp_path):
    """A real read-only file system (a small tmpfs remounted read-only: root only, as
    tests/storage/test_resources.py does); permissions alone do not stop root."""
    mount_point = tmp_path / "ro"
    mount_point.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount_point)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {mounted.stderr.strip() or mounted.returncode}")
    try:
        (mount_point / "cache").mkdir()
        subprocess.run(["mount", "-o", "remount,ro", str(mount_point)], check=True)
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def test_a_read_only_folder_loses_only_the_saving_with_one_line(repo_root, read_only_dir):
    result, err = run(repo_root, read_only_dir, "lexicon")
    lines = err.strip().splitlines()
    path = read_only_dir / "cache" / FILE_NAME
    assert len(lines) == 1 and lines[0].startswith(f"natowatch: cannot keep the compiled rules in {path} ("), err
    assert lines[0].endswith("each run builds them again (~0.7 s)"), err
    # the events are read all the same; a second save in the process says nothing more
    assert result["found"] == [ENDORSED] and result["equal"] and (result["saved"], result["saved_again"]) == (False, False)
    assert list((read_only_dir / "cache").iterdir()) == []
