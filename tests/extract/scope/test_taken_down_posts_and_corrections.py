"""Posts taken down or disowned, satirical or anonymous outlets, unverified messages and a correction's earlier
headline (verify40, issue 12): invented grids in both races, each no-event form beside an event twin.

- A message's "-ing" verb takes its clause without "that" too, so a post said to be deleted or taken down after it
  is withdrawn ("A post saying S backs X was deleted"; scope_doubt.report_that); one published or read out stands.
- A message said to be posted "in error" or "by mistake" after its clause is withdrawn (cues.false_words).
- "since-deleted", "posted in error", a satirical website, an anonymous channel, an unverified video or screenshot,
  an earlier headline and "this story previously said" tell no fact (cues.doubt).
"""
from __future__ import annotations

from tests.extract.conftest import both_races

E_RUTTE, O_RUTTE = ("endorsement", "Mark Rutte", "Hungary"), ("opposition", "Mark Rutte", "Turkey")
E_GRYN, O_GROSSI = ("endorsement", "Rebeca Grynspan", "France"), ("opposition", "Rafael Grossi", "Russia")

NATO = [
    ("A post on the government's account saying Hungary backs Rutte was deleted on Monday.", set()),
    ("A post on the government's account saying Hungary backs Rutte was published on Monday.", {E_RUTTE}),
    ("In a since-deleted post, the account claimed that Hungary backs Rutte.", set()),
    ("In a post on Monday, the Hungarian government said that Hungary backs Rutte.", {E_RUTTE}),
    ("A satirical website reported that Turkey had blocked Rutte.", set()),
    ("A Turkish news agency reported that Turkey had blocked Rutte.", {O_RUTTE}),
    ("An unverified video shows the envoy saying Hungary backs Rutte.", set()),
    ("Editor's note: an earlier headline said Turkey had blocked Rutte.", set()),
]
UN = [
    ("A message saying France supports Grynspan was taken down hours later.", set()),
    ("A message saying France supports Grynspan was read out at the meeting.", {E_GRYN}),
    ("A post stating that France supports Grynspan was posted in error, the ministry said.", set()),
    ("According to an anonymous Telegram channel, Russia has vetoed Grossi.", set()),
    ("According to its mission in New York, Russia has vetoed Grossi.", {O_GROSSI}),
    ("Unverified screenshots appear to show Russia vetoing Grossi.", set()),
    ("This story was corrected on May 2. This story previously said Russia had vetoed Grossi.", set()),
]


@both_races(NATO, UN)
def test_taken_down_posts_and_corrections(race_keys, race, sentence, expected):
    assert race_keys(race, sentence) == expected
