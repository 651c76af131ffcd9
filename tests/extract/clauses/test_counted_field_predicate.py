"""Two mends of session 26's lead, each at its reader.

The own predicate of a counted field ("Three candidates have been presented and will each appear"): it ends at its
first coordinated verb or comma, but "and since ..." continues it (a time, not a second verb). The pattern once held a
backspace where the word boundary after "since" was meant, so every "and since" ended the predicate.

A time with its year is one insert ("in the summer of 2024"): read as "in the summer" alone before "of 2024", it was
left out between two words of a lexicon phrase ("made up of"), and "X gave up in the summer of 2024" read "X gave up
of 2024", a leaving with an object: no withdrawal."""
import pytest

from natowatch.extract.frames.candidacy_roles import _FIRST_PREDICATE
from tests.extract.conftest import both_races

LEAVERS = ["gave up", "pulled out", "dropped out", "bowed out", "quit the race"]
TIMES = ["in the summer of {y}", "in the autumn of {y}", "in June of {y}", "in the spring"]


def _cases(name, full, year):
    return [(f"{name} {verb} {time.format(y=year)}.", {("withdrawal", full, None)}) for verb in LEAVERS for time in TIMES]


NATO = _cases("Iohannis", "Klaus Iohannis", 2024) + [("Iohannis pulled out of the talks in the summer of 2024.", set())]
UN = _cases("Grynspan", "Rebeca Grynspan", 2026) + [("Grynspan gave up her seat in the autumn of 2026.", set())]


@both_races(NATO, UN)
def test_a_time_with_its_year_is_one_insert(race_keys, race, sentence, expected):
    assert race_keys(race, sentence) == expected


def own(tail: str) -> str:
    return _FIRST_PREDICATE.match(tail).group()


def test_a_coordinated_verb_or_a_comma_ends_the_predicate():
    assert own("have been presented and will each appear") == "have been presented"
    assert own("have been presented, and will each appear") == "have been presented"
    assert own("have declared and sincerely hope to win") == "have declared"


def test_and_since_continues_the_predicate():
    assert own("have declared and since March campaigned, and will appear") == "have declared and since March campaigned"
