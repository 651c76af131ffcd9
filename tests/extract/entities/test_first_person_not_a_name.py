"""A speaker's own opening words are no name, session 35 (prec35, issue 12): "So I'm withdrawing" proposed the
unlisted candidate "So I'm" (two capitalised words with a lower-case letter each), who then withdrew or ran. The
contracted first person ("I'm", "I've", "I'll", "I'd") and "So" are among the lexicon's discovery.not_name_words,
as "I" was. Real unlisted names beside them are still proposed. Invented sentences of both races.
"""
from __future__ import annotations

from tests.extract.conftest import both_races

NATO = [
    ('"So I\'m withdrawing," he said.', set()),
    ('"So I\'ve withdrawn," he told reporters.', set()),
    ('"So I\'m running," he said of the NATO job.', set()),
    ('"So I\'m withdrawing, and I wish Jens well," Iohannis said.', {("withdrawal", "Klaus Iohannis", None)}),
    ('Latvia nominated Karlis Ozols for the post. "So I\'m running," Ozols said.',
     {("candidacy", "Karlis Ozols", None), ("endorsement", "Karlis Ozols", "Latvia")}),
]
UN = [
    ('"So I\'m withdrawing," she said.', set()),
    ('"So I\'ve withdrawn," she said on Monday.', set()),
    ('"So I\'m in the race," she said.', set()),
    ('"So I\'m withdrawing," Bachelet said.', {("withdrawal", "Michelle Bachelet", None)}),
    ('Bulgaria nominated Anton Stavrev for the post. "So I\'m running," Stavrev said.',
     {("candidacy", "Anton Stavrev", None), ("endorsement", "Anton Stavrev", "Bulgaria")}),
]


@both_races(NATO, UN)
def test_contracted_first_person_is_no_name(race_keys, race, sentence, expected):
    assert race_keys(race, sentence) == expected
