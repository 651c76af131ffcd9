"""The words of saying yes, once (code health, prec42; issue 12): an answer to a yes-or-no question
(frames/grammar.answer_yes: "Q: Will Spain back X?" / "A: Yes, we will.") and a reply affirming a report a question
doubted (scope_doubt: "Can anyone verify this? Yes: Warsaw published the letter") read the lexicon's
cues.affirmations, each with its own remainder (cues.affirmative_answers, cues.affirmed_replies); no word is in two
of the lists and no module spells them out. The grids of both readers stay as they were
(tests/extract/entities/test_answered_questions.py, tests/extract/scope/test_precision_our_candidate_and_questions.py);
the cases below check the reply's reading in both races, half near misses.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from natowatch.extract import lexicon
from tests.extract.conftest import LEXICON_FILE, both_races

EXTRACT = Path(lexicon.__file__).resolve().parent


def test_each_word_of_saying_yes_in_one_list():
    cues = yaml.safe_load(LEXICON_FILE.read_text(encoding="utf-8"))["cues"]
    lists = [set(map(str.lower, cues[k])) for k in ("affirmations", "affirmative_answers", "affirmed_replies")]
    assert not lists[0] & lists[1] and not lists[0] & lists[2] and not lists[1] & lists[2]


def test_no_module_spells_them_out():
    for path in EXTRACT.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"yes\|yep|yep\|indeed|\(\?:yes\|", text), path


NATO = [
    ("Some media reported that Turkey had backed Mark Rutte. Can anyone verify this? Yes: Ankara published the letter.",
     {("endorsement", "Mark Rutte", "Turkey")}),
    ("Some media reported that Turkey had backed Mark Rutte. Can anyone verify this? Indeed, Ankara published it.",
     {("endorsement", "Mark Rutte", "Turkey")}),
    ("Some media reported that Turkey had backed Mark Rutte. Can anyone verify this? It is unclear.", set()),
    ("Some media reported that Turkey had backed Mark Rutte. Can anyone verify this? Nobody has.", set()),
]
UN = [
    ("Some media reported that Chile had backed Michelle Bachelet. Can anyone verify this? Yes: Santiago published "
     "the letter.", {("endorsement", "Michelle Bachelet", "Chile")}),
    ("Some media reported that Chile had backed Michelle Bachelet. Can anyone verify this? Confirmed: the ministry "
     "published it.", {("endorsement", "Michelle Bachelet", "Chile")}),
    ("Some media reported that Chile had backed Michelle Bachelet. Can anyone verify this? It is unclear.", set()),
    ("Some media reported that Chile had backed Michelle Bachelet. Can anyone verify this? Not yet.", set()),
]


@both_races(NATO, UN)
def test_reply_affirming_a_doubted_report(race_keys, race, sentence, expected):
    assert {k for k in race_keys(race, sentence) if k[0] in ("endorsement", "opposition")} == expected
