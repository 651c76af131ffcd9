"""An ended objection or a stance followed whose candidate its sentence leaves unsaid ("Orban lifted his veto on
Tuesday") is on a candidate still in the race: after the article has said the candidate of the last sentences
withdrew, the one it named and did not say withdrew (or its dominant candidate), never the one who left; where
none or several remain, whose objection ended the article does not say. The withdrawal noun is read with its "of"
after a time and before a state's label ("the withdrawal last week of Romania's President X"), and after a verb of
what came after it ("The vote followed the withdrawal of X"). A person's origin between the name and the idiom of
declaring ("President X of Romania has put his name forward") is no state putting the person forward. Invented sentences of both races, about half of them
giving no event beyond the withdrawal (or not the one the mechanism adds)."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import APP, CAND, E, O, WD, event_keys

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
RUTTE, IOHANNIS, KALLAS = "Mark Rutte", "Klaus Iohannis", "Kaja Kallas"
GROSSI, BACHELET, GRYNSPAN = "Rafael Grossi", "Michelle Bachelet", "Rebeca Grynspan"

NATO = [
    # the candidate of the last sentences withdrew earlier: the ended objection is on the one still running
    ("Rutte leads the race. Iohannis pulled out on Thursday. Analysts had long expected it. Hungary lifted its veto "
     "on Tuesday.", {WD(IOHANNIS), O(RUTTE, "Hungary")}),
    ("Rutte leads the race. Iohannis pulled out on Thursday. He had won little support. Slovakia, after weeks of "
     "silence, dropped its objections on Friday.", {WD(IOHANNIS), O(RUTTE, "Slovakia")}),
    ("Rutte leads the race. Iohannis pulled out on Thursday. He had won little support. Slovakia came on board "
     "on Friday.", {WD(IOHANNIS), E(RUTTE, "Slovakia")}),
    # ... not where the one who stays is the one who withdrew, nor where two or none remain
    ("Rutte leads the race. Rutte pulled out on Thursday. Analysts had long expected it. Hungary lifted its veto "
     "on Tuesday.", {WD(RUTTE)}),
    ("Rutte, Kallas and Iohannis are in the race. Iohannis pulled out on Thursday. Analysts had long expected it. "
     "Hungary lifted its veto on Tuesday.", {CAND(RUTTE), CAND(KALLAS), CAND(IOHANNIS), WD(IOHANNIS)}),
    # ... nor an objection whose candidate the sentence names (a pronoun)
    ("Rutte leads the race. Iohannis pulled out on Thursday. Hungary had opposed him for months.", {
        WD(IOHANNIS), O(IOHANNIS, "Hungary")}),
    ("Rutte leads the race. President Iohannis of Romania has put his name forward.", {CAND(IOHANNIS)}),
    ("Rutte leads the race. President Iohannis of Romania may put his name forward.", set()),
    # the withdrawal noun with its "of" after a time, before a state's label, or after "followed"
    ("NATO ambassadors appointed Rutte on Wednesday. The vote followed the withdrawal last week of Romania's "
     "President Klaus Iohannis and the lifting of objections by Hungary.", {APP(RUTTE), WD(IOHANNIS), O(RUTTE, "Hungary")}),
    ("Rutte leads the race. The vote followed the withdrawal of Klaus Iohannis from the race.", {WD(IOHANNIS)}),
    ("Rutte leads the race. Hungary called for the withdrawal of Iohannis from the race.", set()),
    ("Rutte leads the race. The vote followed the withdrawal of Hungary's objections to Iohannis.", {O(IOHANNIS, "Hungary")}),
    # a bare comma between two names, the second the next clause's subject: no list of two
    ("Rutte leads the race. After the withdrawal of Iohannis, Rutte is alone in the race.", {WD(IOHANNIS), CAND(RUTTE)}),
    # ... but a pair opening its sentence is one (a headline's "A, B face off")
    ("Rutte leads the race. Iohannis, Kallas enter the race.", {CAND(IOHANNIS), CAND(KALLAS)}),
]

UN = [
    ("Grossi leads the race. Bachelet withdrew on Monday. Her campaign had never taken off. Washington lifted its "
     "veto a day later.", {WD(BACHELET), O(GROSSI, "United States")}),
    ("Grossi leads the race. Bachelet withdrew on Monday. Her campaign had never taken off. Russia, which had "
     "hesitated, dropped its objection a day later.", {WD(BACHELET), O(GROSSI, "Russia")}),
    ("Bachelet withdrew on Monday. Her campaign had never taken off. Washington lifted its veto a day later.", {
        WD(BACHELET)}),
    ("Grossi and Grynspan lead the race. Bachelet withdrew on Monday. Her campaign had never taken off. Washington "
     "lifted its veto a day later.", {WD(BACHELET)}),
    ("Grossi leads the race. The straw poll followed the exit of Chile's former president Michelle Bachelet from "
     "the race.", {WD(BACHELET)}),
    ("Grossi leads the race. Chile demanded the exit of Bachelet from the race.", set()),
    # a person's origin before "put her name forward": her own declaration; a state before it puts her forward
    ("Grossi leads the race. Michelle Bachelet of Chile has put her name forward.", {CAND(BACHELET)}),
    ("Grossi leads the race. Michelle Bachelet of Chile has not put her name forward.", set()),
    ("Bachelet is popular. Chile has put her name forward.", {CAND(BACHELET), E(BACHELET, "Chile")}),
    ("Grossi leads the race. Chile has put her name forward.", set()),
    ("Grossi leads the race. After the exit of Bachelet, Grynspan is the only woman in the race.", {
        WD(BACHELET), CAND(GRYNSPAN)}),
]


@pytest.mark.parametrize("text,expected", NATO, ids=[c[0][:70] for c in NATO])
def test_nato(story, text, expected):
    assert event_keys(story, NATO_TITLE, text, dt.date(2024, 6, 28)) == expected


@pytest.mark.parametrize("text,expected", UN, ids=[c[0][:70] for c in UN])
def test_un(un_story, text, expected):
    assert event_keys(un_story, UN_TITLE, text, dt.date(2026, 7, 10)) == expected
