"""The extractor's compiled rules, kept in a file under the data directory between processes.

A process that reads articles builds its lexicon's grammar first: ~0.6-0.9 s of CPU, most of it
`re` compiling the rules' patterns and frames/cues.py reading their cue sets, paid again by every
`replay`, `poll --once` and poll worker. extract/compiled.py keeps that work in memory, keyed by
each pattern's text and flags (so a changed lexicon or story only misses, and never gets another
text's code); this module reads it from `<data_dir>/cache/compiled-rules.bin` before the work
and writes it back after, when something new was built (~0.01 s to load instead of the build).

The file is used only by the code that wrote it: its version is a hash of the extractor's source
files (cue sets come from frames/cues.py's reading) and of the Python build (`re`'s compiled code
is that build's). Another version is not an error: the file is written again. A file that cannot
be read, or whose checksum does not match, is ignored with one warning line; a folder that cannot
be written loses only the saving (one warning line, once per process).
"""
from __future__ import annotations

import hashlib
import logging
import marshal
import os
import sys
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterator

import _sre

try:
    import fcntl
except ImportError:  # not POSIX
    fcntl = None  # type: ignore[assignment]

from natowatch.extract import compiled

FILE_NAME = "compiled-rules.bin"
LOCK_NAME = "compiled-rules.lock"
_MAGIC = b"natowatch compiled rules 1\n"
_warned: set[tuple[str, str]] = set()
_loaded: set[str] = set()      # the files this process has loaded (a worker process starts with none)


@lru_cache(maxsize=1)
def code_version() -> str:
    """A hash of what the kept entries depend on besides their keys: the extractor's code and the
    Python build that compiled them."""
    digest = hashlib.sha256(f"{sys.version}|{sys.byteorder}|{_sre.MAGIC}|{_sre.CODESIZE}".encode())
    package = Path(compiled.__file__).parent
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


@dataclass(frozen=True)
class RulesCache:
    """The compiled-rules file of one data directory. Picklable: a poll's worker processes get one."""

    data_dir: Path

    @property
    def path(self) -> Path:
        return Path(self.data_dir) / "cache" / FILE_NAME

    def load(self) -> int:
        """Hand the file's entries to the extractor (once per process and file); returns how many
        were taken: 0 when there is no file, or one of another version or not readable."""
        if str(self.path) in _loaded:
            return 0
        _loaded.add(str(self.path))
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return 0
        except OSError as exc:
            _warn(self.path, f"ignoring the compiled rules in {self.path} ({exc.strerror or exc}); "
                             "the rules are built again")
            return 0
        try:
            entries = _parse(data)
        except ValueError as exc:
            _warn(self.path, f"ignoring the compiled rules in {self.path} ({exc}); the rules are built again")
            return 0
        return compiled.load(entries) if entries is not None else 0

    def save(self) -> bool:
        """Write the extractor's entries when this process built something it was not handed,
        together with what the file holds now: a poll's worker processes each build part of the
        rules, and the last to write must not drop what the others wrote. Returns whether the file
        was written."""
        if not compiled.changed():
            return False
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with _exclusive(self.path.parent / LOCK_NAME):
                self._take_written()
                payload = marshal.dumps(compiled.export())
                data = (_MAGIC + code_version().encode() + b"\n" + hashlib.sha256(payload).hexdigest().encode()
                        + b"\n" + payload)
                # a whole file or none: a reader in another process never sees half of one
                fd, temporary = tempfile.mkstemp(prefix=".compiled-rules-", dir=self.path.parent)
                try:
                    with os.fdopen(fd, "wb") as out:
                        out.write(data)
                    os.replace(temporary, self.path)
                except BaseException:
                    Path(temporary).unlink(missing_ok=True)
                    raise
        except OSError as exc:
            _warn(self.path, f"cannot keep the compiled rules in {self.path} ({exc.strerror or exc}); "
                             "each run builds them again (~0.7 s)")
            return False
        compiled.saved()
        return True


    def _take_written(self) -> None:
        """Take what another process wrote since this one loaded the file (nothing when it is
        missing, damaged or of another version: `load` has said so, or the file is replaced)."""
        try:
            entries = _parse(self.path.read_bytes())
        except (OSError, ValueError):
            return
        if entries is not None:
            compiled.load(entries)


@contextmanager
def _exclusive(lock: Path) -> Iterator[None]:
    """One writer at a time among a poll's processes (read, merge, replace); where `fcntl` does
    not exist, writers may race and the loser's rules are built again next run."""
    with open(lock, "a+b") as handle:
        if fcntl is not None:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            if fcntl is not None:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _parse(data: bytes) -> dict | None:
    """The entries of a file's bytes; None for a file of another version; ValueError when damaged."""
    if not data.startswith(_MAGIC):
        raise ValueError("not a compiled-rules file")
    version, checksum, payload = (data[len(_MAGIC):].split(b"\n", 2) + [b"", b""])[:3]
    if version.decode("ascii", "replace") != code_version():
        return None
    if hashlib.sha256(payload).hexdigest().encode() != checksum:
        raise ValueError("its checksum does not match: damaged or cut short")
    try:
        entries = marshal.loads(payload)
    except (EOFError, ValueError, TypeError) as exc:
        raise ValueError(f"unreadable: {exc}") from None
    if not isinstance(entries, dict):
        raise ValueError("unreadable: not a table")
    return entries


def _warn(path: Path, message: str) -> None:
    """One line per file and kind of trouble per process (a poll would repeat it every cycle)."""
    key = (str(path), message.split(" ", 1)[0])
    if key not in _warned:
        _warned.add(key)
        logging.getLogger("natowatch").warning("%s", message)
