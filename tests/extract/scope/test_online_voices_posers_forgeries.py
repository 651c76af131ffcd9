"""Online voices, accounts that pose as a speaker, documents that purport to be one, and a reporter's hearsay
(verify40, issue 12): invented grids in both races, each no-event form beside a twin that is an event.

- Online voices that *say* it, named by no one, state no fact as those that claim it do ("Social media users say
  ...", "Posts said ...", "Rumours on Telegram say ..."); officials who say it, or a ministry's own post, still do.
- A parody, spoof or impostor account, or one "posing as" or "impersonating" a ministry, is no source.
- A document that "purported to show" a stance, a forged letter, a doctored screenshot tells no fact.
- A reporter's "I'm hearing that ..." is hearsay; a state heard at a hearing is not touched.
(cues.doubt)
"""
from __future__ import annotations

from tests.extract.conftest import both_races

E_RUTTE, E_IOH = ("endorsement", "Mark Rutte", "Germany"), ("endorsement", "Klaus Iohannis", "Slovakia")
E_GRYN, E_BACH = ("endorsement", "Rebeca Grynspan", "France"), ("endorsement", "Michelle Bachelet", "Brazil")
WD_IOH, WD_BACH = ("withdrawal", "Klaus Iohannis", None), ("withdrawal", "Michelle Bachelet", None)

NATO = [
    ("Social media users say Slovakia backed Iohannis on Tuesday.", set()),
    ("Slovak officials say Slovakia backed Iohannis on Tuesday.", {E_IOH}),
    ("Rumours on Telegram say Germany has backed Rutte.", set()),
    ("Germany has backed Rutte, the chancellery said on Telegram.", {E_RUTTE}),
    ("A parody account posing as the German foreign ministry posted that Germany backs Rutte.", set()),
    ("An account impersonating Chancellor Olaf Scholz wrote that Berlin supports Rutte.", set()),
    ("The German foreign ministry posted that Germany backs Rutte.", {E_RUTTE}),
    ("The letter, which purported to show Romania withdrawing Iohannis, circulated on Monday.", set()),
    ("A forged letter shows Slovakia endorsing Iohannis.", set()),
    ("A letter published on Monday shows Slovakia endorsing Iohannis.", {E_IOH}),
    ("I'm hearing that Germany will formally back Rutte on Monday.", set()),
    ("Germany will formally back Rutte on Monday, the chancellor told a hearing in the Bundestag.", {E_RUTTE}),
]
UN = [
    ("Posts said France had endorsed Grynspan.", set()),
    ("French diplomats said France had endorsed Grynspan.", {E_GRYN}),
    ("Several accounts say Brazil backs Bachelet.", set()),
    ("Rumours circulating in New York say Brazil backs Bachelet.", set()),
    ("Brazil backs Bachelet, its mission in New York said.", {E_BACH}),
    ("A spoof account of the Quai d'Orsay announced that France supports Grynspan.", set()),
    ("The Quai d'Orsay announced that France supports Grynspan.", {E_GRYN}),
    ("A doctored screenshot appeared to show Brazil endorsing Bachelet.", set()),
    ("The letter, purporting to be from Chile, announced that Bachelet had withdrawn.", set()),
    ("Chile announced on Monday that Bachelet had withdrawn from the race.", {WD_BACH}),
    ("We are hearing that Bachelet will withdraw this week.", set()),
]


@both_races(NATO, UN)
def test_online_voices_posers_forgeries(race_keys, race, sentence, expected):
    assert race_keys(race, sentence) == expected
