"""The steps that keep a long sentence linear give the answers of the plain scans they replace
(random texts built from the words those scans react to), and a sentence twice as long costs
about twice the work: counted in calls of the scans that were quadratic, never in seconds
(benchmarks/extract_speed.py measures time)."""
from __future__ import annotations

import cProfile
import datetime as dt
import pstats
import random
import re

from natowatch.extract import dates
from natowatch.extract.clauses import _kept
from natowatch.extract.events import extract_article
from natowatch.extract.scope_bounds import _CLAUSE_BREAK
from natowatch.extract.text import Matches

PUBLISHED = dt.date(2024, 6, 20)


def _old_last_end(pattern, text, end):
    start = 0
    for m in pattern.finditer(text, 0, end):
        start = m.end()
    return start


def test_matches_answer_as_the_scans_they_replace():
    words = ["but", "that", "thatch", ",", ", ", ",   ", "   ", " - ", ";", ": ", "(", ")", "and", "band", "when",
             "x", "\n", "however", " -- ", "on Monday", "will"]
    rng = random.Random(1)
    for _ in range(400):
        text = "".join(rng.choice(words) + rng.choice(["", " "]) for _ in range(rng.randint(0, 60)))
        for pattern in (_CLAUSE_BREAK, dates._CLAUSE_START):
            matches = Matches(pattern, text)
            for at in range(len(text) + 1):
                assert matches.last_end(at) == _old_last_end(pattern, text, at), (text, at)
                found = pattern.search(text, at)
                assert matches.next_start(at) == (found.start() if found else None), (text, at)


def _old_date_near(text, position, within, found):
    """Every usable date scanned: one without a comma between it and the event first, then the
    finest, then the nearest (of two as near, the first); a month or a year across a comma only
    alone between its commas."""
    best = None
    for d in found:
        if d.date is None or d.occasion or within is not None and not any(s <= d.start and d.end <= e
                                                                           for s, e in within):
            continue
        distance = 0 if d.start <= position < d.end else min(abs(d.start - position), abs(d.end - position))
        across = distance > 0 and "," in text[min(position, d.end):max(position, d.start)] or \
            distance > 0 and ";" in text[min(position, d.end):max(position, d.start)]
        stretch = re.split("[,;]", text[:d.start])[-1] + re.split("[,;]", text[d.end:])[0]
        if across and d.precision != "day" and not re.fullmatch(r"\W*(?:and|but|then|also)?\W*", stretch, re.I):
            continue
        key = (across, ("day", "month", "year").index(d.precision), distance, d.start)
        if best is None or key < best[0]:
            best = (key, d)
    return (best[1], best[1].date) if best else (None, None)


def test_date_near_answers_as_the_scan_of_every_date():
    parts = ["on Monday", "on Tuesday,", "last week", "in March", "June 26", "2024-06-01", "on 1 October", ",",
             "Rutte", "backed", "and", "yesterday", "next month", "in May 2024", "in 2023", "spring", "last year",
             ";", "ahead of the summit in July", "Last month,"]
    rng = random.Random(3)
    for _ in range(400):
        text = " ".join(rng.choice(parts) for _ in range(rng.randint(0, 25)))
        found = dates.find_dates(text, PUBLISHED)
        for position in range(0, len(text) + 1, 2):
            cuts = sorted(rng.sample(range(len(text) + 1), min(len(text) + 1, rng.choice([2, 4, 6]))))
            within = rng.choice([None, [], [(0, len(text))], [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2)]])
            assert dates.date_near(text, position, PUBLISHED, within, found) == \
                _old_date_near(text, position, within, found), (text, position, within)


def _old_kept(start, end, skip):
    ranges = [(start, end)]
    for s, e in skip:
        ranges = [piece for a, b in ranges for piece in ((a, min(b, s)), (max(a, e), b)) if piece[0] < piece[1]]
    return ranges


def test_kept_ranges_are_the_range_minus_the_skipped_spans():
    rng = random.Random(5)
    for _ in range(5000):
        length = rng.randint(0, 40)
        skip = []
        for _ in range(rng.randint(0, 6)):
            a = rng.randint(0, length)
            skip.append((a, rng.randint(a, min(length, a + rng.choice([0, 1, 3, 10])))))
        assert _kept(0, length, skip) == _old_kept(0, length, skip), skip


PIECE = ("Germany backs Mark Rutte on Monday, and Poland, which said on Tuesday that it would back him, "
         "is the Dutch candidate's ally while Hungary opposed Klaus Iohannis, the Romanian candidate; Rutte is "
         "the candidate")


def _calls(story, repeats: int) -> int:
    """Function calls (Python's and the C methods it calls: each match read is one) made to read
    one sentence of `repeats` pieces: a count of work that does not depend on the machine's load."""
    text = "The race for NATO secretary general. " + ", and ".join([PIECE] * repeats) + "."
    extract_article("NATO chief race", PIECE, PUBLISHED, story)        # patterns built before counting
    profile = cProfile.Profile()
    result = profile.runcall(extract_article, "NATO chief race", text, PUBLISHED, story, budget_seconds=None)
    assert ("endorsement", "Mark Rutte", "Germany") in {(e.type, e.subject, e.actor) for e in result.events}
    return pstats.Stats(profile).total_calls


def test_a_sentence_twice_as_long_costs_about_twice_the_calls(story):
    # clause breaks, dates, coordinated groups, asides and names were each re-read from the
    # sentence's start (or over all of its spans) once per event, date or name: x4 here
    once, twice = _calls(story, 30), _calls(story, 60)
    assert twice <= 2.3 * once, (once, twice)
