"""Semi-structured text read by its header (extract/tables.py): a table whose header row names its columns' roles, a
heading line over list items, a line that labels its own parts. Each cell or item takes the role its label names in
the lexicon's words (support, opposition, nominating, withdrawal, appointment; a nominating column is a candidacy
and each state's endorsement), and a status cell that is wholly a status word states it of the row's candidate.

Near misses: a header naming no role ("Candidate | Country | Age"), a hedged or negated heading ("Possible
candidates", "Undecided", "Endorsements (unconfirmed)"), cells or items that are no names ("?", "none so far", a
clause), status words that assess ("front-runner", "possible"), a straw poll's counts, a modal heading ("Who could
run"). Invented forms; the property test sets a table's columns in every order.
"""
from __future__ import annotations

from itertools import permutations

import pytest

from tests.extract.conftest import CAND, E, O, WD, both_races

RUTTE, IOHANNIS, KALLAS, WALLACE = "Mark Rutte", "Klaus Iohannis", "Kaja Kallas", "Ben Wallace"
GROSSI, BACHELET, GRYNSPAN = "Rafael Grossi", "Michelle Bachelet", "Rebeca Grynspan"

NATO = [
    ("Candidate\tBacked by\tStatus\nMark Rutte\tUnited States, Germany\tdeclared\nKlaus Iohannis\tRomania\twithdrawn",
     {CAND(RUTTE), E(RUTTE, "United States"), E(RUTTE, "Germany"), E(IOHANNIS, "Romania"), WD(IOHANNIS)}),
    ("| Ally | Supports | Opposes |\n|---|---|---|\n| Hungary | Klaus Iohannis | Mark Rutte |\n| Poland | Mark Rutte | - |",
     {E(IOHANNIS, "Hungary"), O(RUTTE, "Hungary"), E(RUTTE, "Poland")}),
    ("Candidate      Opposed by\nMark Rutte     Hungary, Slovakia",
     {O(RUTTE, "Hungary"), O(RUTTE, "Slovakia")}),
    ("Who backs whom\n- Rutte - United States, United Kingdom, Canada\n- Iohannis - Romania",
     {E(RUTTE, "United States"), E(RUTTE, "United Kingdom"), E(RUTTE, "Canada"), E(IOHANNIS, "Romania")}),
    ("Against:\n* Hungary (Rutte)\n* Turkey (Rutte)", {O(RUTTE, "Hungary"), O(RUTTE, "Turkey")}),
    ("Out of the race:\n- Klaus Iohannis", {WD(IOHANNIS)}),
    ("Rutte: Canada, Italy (backing); Hungary (against)", {E(RUTTE, "Canada"), E(RUTTE, "Italy"), O(RUTTE, "Hungary")}),
    ("Backers of Kallas: Estonia, Latvia and Lithuania.", {E(KALLAS, "Estonia"), E(KALLAS, "Latvia"), E(KALLAS, "Lithuania")}),
    ("Declared candidates:\n1. Klaus Iohannis (Romania)\n2. Mark Rutte (Netherlands)", {CAND(IOHANNIS), CAND(RUTTE)}),
    ("Candidate | Nominating government | Notes\nKlaus Iohannis | Romania | the outgoing president",
     {CAND(IOHANNIS), E(IOHANNIS, "Romania")}),
    # ("backed" of "back out" is no withdrawal label: a "Backed" header is support alone)
    ("Candidate | Backed | Status\nMark Rutte | Canada, Norway | declared",
     {CAND(RUTTE), E(RUTTE, "Canada"), E(RUTTE, "Norway")}),
    ("Backed:\n* Rutte: Canada, Norway", {E(RUTTE, "Canada"), E(RUTTE, "Norway")}),
    ("Withdrew:\n- Klaus Iohannis", {WD(IOHANNIS)}),
    ("For Rutte: United States, Germany. Against: Hungary.", {E(RUTTE, "United States"), E(RUTTE, "Germany"), O(RUTTE, "Hungary")}),
    ("Mark Rutte (Netherlands) - backed by: Canada, Norway; opposed by: Hungary",
     {E(RUTTE, "Canada"), E(RUTTE, "Norway"), O(RUTTE, "Hungary")}),
    ("Status: Iohannis - withdrew; Rutte - declared", {WD(IOHANNIS), CAND(RUTTE)}),
    ("Mark Rutte (Netherlands)\nBorn: 1967\nBacked by: United States, France\nOpposed by: Hungary",
     {E(RUTTE, "United States"), E(RUTTE, "France"), O(RUTTE, "Hungary")}),
    # near misses
    ("Candidate | Country | Age\nMark Rutte | Netherlands | 57\nKlaus Iohannis | Romania | 64", set()),
    ("Candidate | Backed by | Status\nMark Rutte | undecided | front-runner\nKaja Kallas | ? | possible", set()),
    ("Possible candidates:\n- Kaja Kallas (Estonia)\n- Ben Wallace (United Kingdom)", set()),
    ("Undecided:\n- Hungary (Rutte)\n- Turkey (Rutte)", set()),
    ("Rutte: Hungary, Slovakia (undecided)", set()),
    ("Ally | Leaning | Notes\nHungary | Mark Rutte | could still come round", set()),
    ("Who could run:\n- Kaja Kallas\n- Ben Wallace", set()),
    ("Endorsements:\n* Rutte: Hungary is said to be reconsidering its position", set()),
    ("Two allies are left: Hungary and Slovakia.", set()),
    ("Mark Rutte\nStatus: front-runner\nBacked by: undecided", set()),
    ("Candidate | Backed by\nMark Rutte | none so far", set()),
    ("Candidate | Backed | Status\nMark Rutte | ? | front-runner", set()),
    ("Backed:\n* Rutte: Canada would, if asked", set()),
    ("For now: Hungary says it will wait.", set()),
    ("Rutte - declared favourite; Iohannis - not out yet", set()),
    ("Bottom line: Rutte is the man to beat.", set()),
]

UN = [
    ("Candidate | Nominated by | Status\nRebeca Grynspan | Costa Rica | declared\n"
     "Michelle Bachelet | Chile, Brazil and Mexico | in the race",
     {CAND(GRYNSPAN), E(GRYNSPAN, "Costa Rica"), CAND(BACHELET), E(BACHELET, "Chile"), E(BACHELET, "Brazil"),
      E(BACHELET, "Mexico")}),
    ("| Candidate | Supporters | Opposed by |\n|:--|:--|:--|\n| Rafael Grossi | Argentina, Italy | - |\n"
     "| Michelle Bachelet | Mexico | Russia |",
     {E(GROSSI, "Argentina"), E(GROSSI, "Italy"), E(BACHELET, "Mexico"), O(BACHELET, "Russia")}),
    ("Endorsements:\n* Grynspan: Spain, Portugal\n* Bachelet: Brazil",
     {E(GRYNSPAN, "Spain"), E(GRYNSPAN, "Portugal"), E(BACHELET, "Brazil")}),
    ("Withdrawn:\n- Michelle Bachelet (Chile)", {WD(BACHELET)}),
    ("Who backs whom: Grynspan - Spain, Portugal; Bachelet - Brazil.",
     {E(GRYNSPAN, "Spain"), E(GRYNSPAN, "Portugal"), E(BACHELET, "Brazil")}),
    ("Grossi: France, Italy (backing); China (against)", {E(GROSSI, "France"), E(GROSSI, "Italy"), O(GROSSI, "China")}),
    ("Backers of Grynspan: Spain, Portugal and Ecuador.", {E(GRYNSPAN, "Spain"), E(GRYNSPAN, "Portugal"),
                                                          E(GRYNSPAN, "Ecuador")}),
    ("Opposed by:\n- Russia (Bachelet)\n- China (Bachelet)", {O(BACHELET, "Russia"), O(BACHELET, "China")}),
    ("Candidate\tStatus\nRafael Grossi\tnominated 12 March\nMichelle Bachelet\tout", {CAND(GROSSI), WD(BACHELET)}),
    ("State | Backs\nSpain | Rebeca Grynspan\nBrazil | Michelle Bachelet", {E(GRYNSPAN, "Spain"), E(BACHELET, "Brazil")}),
    # ("put" of "put an end to" is no withdrawal label: "Put forward by" nominates)
    ("Put forward by:\n- Costa Rica (Grynspan)\n- Chile (Bachelet)",
     {CAND(GRYNSPAN), E(GRYNSPAN, "Costa Rica"), CAND(BACHELET), E(BACHELET, "Chile")}),
    ("Candidate | Status\nMichelle Bachelet | pulled out\nRafael Grossi | withdrew", {WD(BACHELET), WD(GROSSI)}),
    ("Grossi: declared; Bachelet: out", {CAND(GROSSI), WD(BACHELET)}),
    ("Nominated: Rebeca Grynspan (Costa Rica), Rafael Grossi (Argentina)", {CAND(GRYNSPAN), CAND(GROSSI)}),
    ("Against Bachelet: Russia. For Bachelet: Brazil, Mexico.",
     {O(BACHELET, "Russia"), E(BACHELET, "Brazil"), E(BACHELET, "Mexico")}),
    # near misses
    ("Candidate | Country | Languages\nRebeca Grynspan | Costa Rica | Spanish, English", set()),
    ("Candidate | Encourage | Discourage\nRafael Grossi | 10 | 3\nRebeca Grynspan | 8 | 5", set()),
    ("Potential contenders:\n- Rebeca Grynspan (Costa Rica)\n- Rafael Grossi (Argentina)", set()),
    ("Endorsements (unconfirmed):\n* Grynspan: Spain, Portugal", set()),
    ("Grynspan: Spain, Portugal (leaning?)", set()),
    ("Backers of Grynspan: none so far.", set()),
    ("Grossi: ten encourage votes, three discourage votes", set()),
    ("Candidate | Status\nRebeca Grynspan | tipped\nRafael Grossi | front-runner", set()),
    ("Supporters:\n* Grynspan: Spain would back her if asked", set()),
    ("State | Position\nSpain | Rebeca Grynspan\nBrazil | Michelle Bachelet", set()),
    ("Candidate | Put forward by\nRebeca Grynspan | not yet", set()),
    ("Grossi: out of step with Washington on Iran", set()),
    ("Possible entrants: Grynspan (Costa Rica); Bachelet (Chile)", set()),
    ("Grynspan: Spain and Portugal, diplomats expect, will back her", set()),
    ("Rebeca Grynspan (Costa Rica)\nBorn: 1955\nSupporters: unknown\nOpponents: none declared", set()),
]


@both_races(NATO, UN)
def test_tables_by_header(race_keys, race, sentence, expected):
    assert race_keys(race, sentence) == expected


TABLES = [("nato", text, keys) for text, keys in NATO if "|" in text and keys] + [
    ("un", text, keys) for text, keys in UN if "|" in text and keys]


@pytest.mark.parametrize("race,text,expected", TABLES, ids=[f"{r}|{t[:40]}" for r, t, _ in TABLES])
def test_column_order_changes_nothing(race_keys, race, text, expected):
    """The same table with its columns in every order gives the same events."""
    rows = [line for line in text.split("\n")]
    cells = [[c.strip() for c in line.strip().strip("|").split("|")] for line in rows]
    width = len(cells[0])
    for order in permutations(range(width)):
        lines = ["| " + " | ".join(row[k] for k in order) + " |" if len(row) == width else rows[n]
                 for n, row in enumerate(cells)]
        assert race_keys(race, "\n".join(lines)) == expected, order
