"""Rosters of the race's field and stances listed for a candidate (session 13), each tested with invented
sentences of both races (none from a corpus), about half of them cases that give no event:

- a roster after a colon, its items glossed in parentheses ("The four contenders are: X (nominated by A and
  B), Y (C) and Z (D)."): each item's candidacy; a gloss saying who nominated, and a bare state's gloss in a
  roster whose glosses say so, the nominating states' backing; a bare state's gloss in a roster with no
  nomination in it is only where the person is from; a gloss that is not states gives nothing more;
- a roster whose count follows its verb ("The contenders are now three: besides X, there are Y and Z"), items
  with a label before the name, set off or not ("a former premier, X, and the head of the agency, Y");
- one of the race ranked with those already in it ("X is the third European in the race, alongside A and B");
- a statement over the set a roster just listed ("Each has been nominated by their government"): each
  member's candidacy and the backing of the state the story gives them; not after a roster of possible
  candidates, nor one state's nomination said of them all, nor a modal one;
- a counted field with the post between count and noun ("All four NATO hopefuls spoke"), and its members
  listed after a label's colon on the next line ("In order of appearance: X, Y and Z."), an unlisted one too;
- an explainer's labelled lines under a candidate's heading ("Backers: A, B and C (all since May)",
  "Against: D"): the stances on that candidate; none where no state follows ("Against: none declared",
  "Backers: unclear"), nor outside a heading's section;
- states coordinated across the kind of the next ones ("Italy and the Baltic states Estonia and Latvia");
- in an explainer, an interest "in" a month ("expressed interest in January") and "put herself forward in May"
  are candidacies (not "forward as a mediator"), and a definite descriptor opening the sentence after a
  heading line ("The former defence secretary ...") is the heading's person when the offices fit; "declared" with
  only the day after it ("declared on 12 March.") is the bid, not "declared on Tuesday that ...".

Property checks: swapping names, states or order changes the output accordingly; a parenthetical or an
adverbial inserted changes nothing.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import CAND as cand, E as endorse, O as oppose
from tests.extract.conftest import event_keys

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
RUTTE, IOHANNIS, KARINS, KALLAS, WALLACE = "Mark Rutte", "Klaus Iohannis", "Krisjanis Karins", "Kaja Kallas", "Ben Wallace"
GROSSI, BACHELET = "Rafael Grossi", "Michelle Bachelet"
NATO_DAY, UN_DAY = dt.date(2024, 5, 16), dt.date(2026, 3, 10)

NATO = [
    # a colon roster with glosses
    ("The three contenders are: Rutte (put forward by the Netherlands and Belgium), Iohannis (Romania) and Karins "
     "(Latvia).", {cand(RUTTE), cand(IOHANNIS), cand(KARINS), endorse(RUTTE, "Netherlands"), endorse(RUTTE, "Belgium"),
                   endorse(IOHANNIS, "Romania"), endorse(KARINS, "Latvia")}),
    ("The two contenders are: Rutte (Netherlands) and Iohannis (Romania).", {cand(RUTTE), cand(IOHANNIS)}),
    ("The two contenders are: Rutte (a liberal) and Iohannis (a conservative).", {cand(RUTTE), cand(IOHANNIS)}),
    ("Names floated so far: Rutte (Netherlands) and Kallas (Estonia).", set()),
    ("The possible contenders are: Rutte (nominated by Belgium) and Kallas (Estonia).", set()),
    ("Not running: Kallas (Estonia) and Wallace (United Kingdom).", set()),
    # the count after the verb, labels before the items
    ("The contenders are now three: besides Rutte, there are the Romanian president Klaus Iohannis and the former "
     "Latvian premier Krisjanis Karins.", {cand(RUTTE), cand(IOHANNIS), cand(KARINS)}),
    ("His rivals include a sitting head of state, Klaus Iohannis, and the former Latvian premier, Krisjanis Karins.", {
        cand(IOHANNIS), cand(KARINS)}),
    ("Possible rivals could include a sitting head of state, Klaus Iohannis, and a former premier, Krisjanis Karins.", set()),
    ("The ministers are now three: besides Rutte, there are Iohannis and Karins.", set()),
    # ranked with those in the race
    ("Karins is the third Balt in the race, alongside Latvia's Edgars Rinkevics and Estonia's Kaja Kallas.", {
        cand("Edgars Rinkevics"), cand(KALLAS)}),
    ("Karins was the third Balt in the room, alongside Latvia's Edgars Rinkevics and Estonia's Kaja Kallas.", set()),
    # a statement over the set just listed
    ("The declared contenders are Mark Rutte and Klaus Iohannis. Both are seasoned politicians. Each has been formally "
     "nominated by their government.", {cand(RUTTE), cand(IOHANNIS), endorse(RUTTE, "Netherlands"),
                                        endorse(IOHANNIS, "Romania")}),
    ("The possible contenders are Mark Rutte and Klaus Iohannis. Each has been formally nominated by their government.",
     set()),
    ("The declared contenders are Mark Rutte and Klaus Iohannis. Each would have to be nominated by their government.",
     {cand(RUTTE), cand(IOHANNIS)}),
    ("Mark Rutte met Klaus Iohannis in Brussels. Each has been formally nominated by their government.", set()),
    # a counted field and its list on the next line
    ("All three NATO hopefuls spoke to ambassadors on Monday. In order of appearance: Mark Rutte, Klaus Iohannis and "
     "Krisjanis Karins.", {cand(RUTTE), cand(IOHANNIS), cand(KARINS)}),
    ("All three NATO ambassadors spoke on Monday. In order of appearance: Mark Rutte, Klaus Iohannis and Krisjanis Karins.",
     set()),
    ("All three possible hopefuls were discussed on Monday. In order of mention: Mark Rutte, Klaus Iohannis and Kaja Kallas.",
     set()),
    # an explainer's labelled lines
    ("Who backs whom.\n\nKlaus Iohannis (Romania).\nRomania's president since 2014.\nBackers: Romania and Bulgaria "
     "(both since March).\nAgainst: Hungary.", {endorse(IOHANNIS, "Romania"), endorse(IOHANNIS, "Bulgaria"),
                                                oppose(IOHANNIS, "Hungary")}),
    ("Who backs whom.\n\nKlaus Iohannis (Romania).\nRomania's president since 2014.\nBackers: unclear.\nAgainst: none "
     "declared.", set()),
    ("Mark Rutte met Klaus Iohannis in Bucharest on Monday. Backers: Poland and Spain.", set()),
    # an interest "in" a month: when, in an article about the race
    ("Who backs whom.\n\nKrisjanis Karins (Latvia).\nThe former prime minister expressed interest in January.", {
        ("candidacy", KARINS, None)}),
    ("Who backs whom.\n\nKrisjanis Karins (Latvia).\nThe former prime minister expressed interest in Brussels.", set()),
    # a definite descriptor opening a heading's section is the heading's person, when the offices fit
    ("Who backs whom.\n\nBen Wallace (United Kingdom).\nThe former defence secretary wanted the job in 2023.", {
        cand(WALLACE)}),
    ("Who backs whom.\n\nBen Wallace (United Kingdom).\nThe former foreign minister wanted the job in 2023.", set()),
    ("Kaja Kallas put herself forward in May.", {cand(KALLAS)}),
    ("Kaja Kallas put herself forward as a mediator in May.", set()),
    # declaring with only the day after it
    ("Who backs whom.\n\nKlaus Iohannis (Romania).\nRomania's president declared on 12 March.", {cand(IOHANNIS)}),
    ("Klaus Iohannis declared on Tuesday that he would visit Ankara.", set()),
    # states coordinated across their kind
    ("Italy and the Baltic states Estonia and Lithuania said on Monday that they support Rutte.", {
        endorse(RUTTE, "Italy"), endorse(RUTTE, "Estonia"), endorse(RUTTE, "Lithuania")}),
    ("Italy and the Baltic states said on Monday that they support Rutte.", {endorse(RUTTE, "Italy")}),
]

UN = [
    ("The candidates are: Bachelet (nominated by Brazil and Peru), Grossi (Argentina) and Lucia Ferro (Uruguay).", {
        cand(BACHELET), cand(GROSSI), cand("Lucia Ferro"), endorse(BACHELET, "Brazil"), endorse(BACHELET, "Peru"),
        endorse(GROSSI, "Argentina"), endorse("Lucia Ferro", "Uruguay")}),
    ("The two candidates are: Bachelet (Chile) and Grossi (Argentina).", {cand(BACHELET), cand(GROSSI)}),
    ("Names in the mix: Bachelet (nominated by Brazil) and Grossi (Argentina).", set()),
    ("The candidates for the IAEA board are: Grossi (nominated by Argentina) and Bachelet (Chile).", set()),
    ("The candidates are now three: besides Grossi, there are the former Chilean president Michelle Bachelet and the "
     "Uruguayan diplomat Lucia Ferro.", {cand(GROSSI), cand(BACHELET), cand("Lucia Ferro")}),
    ("Her rivals include a former president, Michelle Bachelet, and the head of the IAEA, Rafael Grossi.", {
        cand(BACHELET), cand(GROSSI)}),
    ("Her friends include a former president, Michelle Bachelet, and the head of the IAEA, Rafael Grossi.", set()),
    ("Grossi is the second South American in the race, alongside Chile's Michelle Bachelet.", {cand(BACHELET)}),
    ("Grossi is the second South American in the hall, alongside Chile's Michelle Bachelet.", set()),
    ("The declared candidates are Michelle Bachelet of Chile and Rafael Grossi of Argentina. All are serious people. "
     "Each has been formally nominated by their government.", {
         cand(BACHELET), cand(GROSSI), endorse(BACHELET, "Chile"), endorse(GROSSI, "Argentina")}),
    ("The declared candidates are Michelle Bachelet and Rafael Grossi. Each has been formally nominated by Peru.", {
        cand(BACHELET), cand(GROSSI)}),
    ("Names in the mix are Michelle Bachelet and Rafael Grossi. Each has been formally nominated by their government.",
     set()),
    ("The declared candidates are Michelle Bachelet and Rafael Grossi. Each has been nominated by their government for "
     "a human rights prize.", {cand(BACHELET), cand(GROSSI)}),
    ("In 2016 the candidates were: Grossi (nominated by Argentina), Bachelet (Chile) and Lucia Ferro (Uruguay).", set()),
    ("The candidates in the Chilean presidential election are: Bachelet (nominated by the Socialist Party) and Grossi "
     "(Argentina).", set()),
    ("Who is running.\n\nRafael Grossi (Argentina).\nHead of the IAEA since 2019.\nBachelet, his rival, met him.\n"
     "Backers: Chile.", set()),
    ("All four secretary-general hopefuls sat for their dialogues in April. In order of appearance: Rafael Grossi, "
     "Lucia Ferro, Michelle Bachelet and Tomas Rivera.", {cand(GROSSI), cand("Lucia Ferro"), cand(BACHELET),
                                                         cand("Tomas Rivera")}),
    ("All four UNESCO board members sat for their dialogues in April. In order of appearance: Rafael Grossi, Lucia "
     "Ferro, Michelle Bachelet and Tomas Rivera.", set()),
    ("Who is running.\n\nRafael Grossi (Argentina).\nHead of the IAEA since 2019.\nBackers: Argentina, Paraguay and "
     "Italy.\nAgainst: Iran.", {endorse(GROSSI, "Argentina"), endorse(GROSSI, "Paraguay"),
                                endorse(GROSSI, "Italy"), oppose(GROSSI, "Iran")}),
    ("Who is running.\n\nRafael Grossi (Argentina).\nHead of the IAEA since 2019.\nBackers: to be confirmed.", set()),
    ("Who is running.\n\nLucia Ferro (Uruguay).\nThe former deputy foreign minister put herself forward in May.", {
        cand("Lucia Ferro")}),
    ("Who is running.\n\nLucia Ferro (Uruguay).\nThe former deputy foreign minister put herself forward as a mediator "
     "in May.", set()),
    ("Rafael Grossi declared in October.", {cand(GROSSI)}),
    ("Rafael Grossi declared a state of alert at the plant on Monday.", set()),
    # (second reading) a statement over the set for another aim; an item a relative clause denies; a sheet
    # line glossed with another matter
    ("The declared candidates are Michelle Bachelet and Rafael Grossi. Both have been nominated by their governments "
     "in the past for other posts.", {cand(BACHELET), cand(GROSSI)}),
    ("Her rivals include a former president, Michelle Bachelet, and the head of the IAEA, Rafael Grossi, who has not "
     "yet declared.", {cand(BACHELET)}),
    ("Who is running.\n\nRafael Grossi (Argentina).\nHead of the IAEA since 2019.\nSupport: Ukraine (for his mission "
     "to Zaporizhzhia).", set()),
    ("Who is running.\n\nRafael Grossi (Argentina).\nHead of the IAEA since 2019.\nSupport: Ukraine.",
     {endorse(GROSSI, "Ukraine")}),
]


@pytest.mark.parametrize("text,expected", NATO, ids=[c[0][:50] for c in NATO])
def test_rosters_nato(story, text, expected):
    assert event_keys(story, NATO_TITLE, text, NATO_DAY) == expected


@pytest.mark.parametrize("text,expected", UN, ids=[c[0][:50] for c in UN])
def test_rosters_un(un_story, text, expected):
    assert event_keys(un_story, UN_TITLE, text, UN_DAY) == expected


# ---- properties

ROSTER = "The three contenders are: {a} (nominated by {s} and {t}), {b} ({u}) and {c} ({v})."


@pytest.mark.parametrize("a,b,c", [("Rutte", "Iohannis", "Karins"), ("Karins", "Rutte", "Iohannis"),
                                   ("Iohannis", "Karins", "Rutte")])
def test_roster_order_and_names_follow_the_text(story, a, b, c):
    """The nominating states go with the item whose gloss names them, whatever the order of the items."""
    full = {"Rutte": RUTTE, "Iohannis": IOHANNIS, "Karins": KARINS}
    text = ROSTER.format(a=a, b=b, c=c, s="Poland", t="Spain", u="Italy", v="Norway")
    assert event_keys(story, NATO_TITLE, text, NATO_DAY) == {
        cand(RUTTE), cand(IOHANNIS), cand(KARINS), endorse(full[a], "Poland"), endorse(full[a], "Spain"),
        endorse(full[b], "Italy"), endorse(full[c], "Norway")}


@pytest.mark.parametrize("s,t,u", [("Poland", "Spain", "Italy"), ("Greece", "Portugal", "Canada")])
def test_roster_states_follow_the_text(story, s, t, u):
    text = ROSTER.format(a="Rutte", b="Iohannis", c="Karins", s=s, t=t, u=u, v="Norway")
    assert event_keys(story, NATO_TITLE, text, NATO_DAY) == {
        cand(RUTTE), cand(IOHANNIS), cand(KARINS), endorse(RUTTE, s), endorse(RUTTE, t), endorse(IOHANNIS, u),
        endorse(KARINS, "Norway")}


@pytest.mark.parametrize("text", [
    "The three contenders are currently: Rutte (nominated by Poland and Spain), Iohannis (Italy) and Karins (Norway).",
    "The three contenders (so far) are: Rutte (nominated by Poland and Spain), Iohannis (Italy) and Karins (Norway).",
    "The three contenders are: Rutte (formally nominated by Poland and Spain), Iohannis (Italy) and Karins (Norway).",
])
def test_roster_asides_change_nothing(story, text):
    plain = ROSTER.format(a="Rutte", b="Iohannis", c="Karins", s="Poland", t="Spain", u="Italy", v="Norway")
    assert event_keys(story, NATO_TITLE, text, NATO_DAY) == event_keys(story, NATO_TITLE, plain, NATO_DAY)


SHEET = "Who backs whom.\n\n{name} ({own}).\nA seasoned politician.\nBackers: {a} and {b}.\nAgainst: {c}."


@pytest.mark.parametrize("name,own,a,b,c", [(IOHANNIS, "Romania", "Poland", "Bulgaria", "Hungary"),
                                            (RUTTE, "Netherlands", "Hungary", "Spain", "Poland")])
def test_sheet_follows_its_heading_and_labels(story, name, own, a, b, c):
    text = SHEET.format(name=name, own=own, a=a, b=b, c=c)
    assert event_keys(story, NATO_TITLE, text, NATO_DAY) == {endorse(name, a), endorse(name, b), oppose(name, c)}


def test_sheet_aside_changes_nothing(story):
    plain = SHEET.format(name=IOHANNIS, own="Romania", a="Poland", b="Bulgaria", c="Hungary")
    text = plain.replace("Bulgaria.", "Bulgaria (both since March).")
    assert event_keys(story, NATO_TITLE, text, NATO_DAY) == event_keys(story, NATO_TITLE, plain, NATO_DAY)
