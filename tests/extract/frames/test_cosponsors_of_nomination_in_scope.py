"""Co-sponsors of the nomination told just before, their candidate left out (frames/nomination_objects.py), session 40
(issue 12): invented sentences in both races, none a corpus sentence.

- "S nominated X in March. T and U co-signed the letter." (co-signing, countersigning, adding one's name to the text
  that carries the nomination), "The co-sponsors were T and U.", "Its sponsoring states are T and U.", "Co-sponsors: T
  and U.", "T and U are co-sponsors.": each state backs the candidate whose nomination by a state the sentence or the two
  before told (the candidate in focus);
- "T and U have informed S of their decision to co-sponsor X's candidacy": the decision the tellers' own, each of them
  backs X (not one decision of a state named in the possessive: "of V's decision");
- "A and B have been formally presented by their governments", "... by their respective governments": each candidate's
  candidacy and the backing of each one's own state (the story's), paired;
- near misses: no nomination told before ("X spoke in March. The co-sponsors were T and U."), a refusal or a modal
  ("refused to co-sign the letter", "may co-sign", "could be T and U"), a negation ("are not co-sponsors"), a letter
  about another matter ("co-signed the letter on climate"), a passive of the own governments to come ("may be presented
  by their governments").
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import grid_keys

RACES = {
    "nato": dict(X="Klaus Iohannis", x="Iohannis", S="Romania", T="Bulgaria", U="Poland"),
    "un": dict(X="Rebeca Grynspan", x="Grynspan", S="Costa Rica", T="Panama", U="Ecuador"),
}
NOMINATED = "{S} nominated {x} in March. "
OTHER = "{x} spoke at length in March. "
# (sentence, the states beyond S whose backing of X it states)
CASES = [
    (NOMINATED + "{T} and {U} co-signed the letter.", {"T", "U"}),
    (NOMINATED + "On Monday {T} countersigned the letter.", {"T"}),
    (NOMINATED + "{T} and {U} added their names to the letter.", {"T", "U"}),
    (NOMINATED + "The co-sponsors were {T} and {U}.", {"T", "U"}),
    (NOMINATED + "Its sponsoring states are {T} and {U}.", {"T", "U"}),
    (NOMINATED + "Co-sponsors: {T} and {U}.", {"T", "U"}),
    (NOMINATED + "{T} and {U} are co-sponsors.", {"T", "U"}),
    (NOMINATED + "{T} is also among the co-sponsors of the nomination.", {"T"}),
    # telling the nominating state of the tellers' own decision: each teller co-sponsors
    (NOMINATED + "{T} and {U} have informed {S} of their decision to co-sponsor {x}'s candidacy.", {"T", "U"}),
    (NOMINATED + "{T} and {U} have informed {S} of their decision not to co-sponsor {x}'s candidacy.", set()),
    (NOMINATED + "{T} and {U} may inform {S} of their decision to co-sponsor {x}'s candidacy.", set()),
    # near misses
    (OTHER + "{T} and {U} co-signed the letter.", set()),
    (OTHER + "The co-sponsors were {T} and {U}.", set()),
    (NOMINATED + "{T} refused to co-sign the letter.", set()),
    (NOMINATED + "{T} may co-sign the letter.", set()),
    (NOMINATED + "The co-sponsors could be {T} and {U}.", set()),
    (NOMINATED + "{T} and {U} are not co-sponsors.", set()),
    (NOMINATED + "{T} and {U} co-signed the letter on climate.", set()),
    (NOMINATED + "{T} and {U} signed a letter to the council about fisheries.", set()),
]


def _cases():
    for race, p in RACES.items():
        for text, backers in CASES:
            yield race, text.format(**p), {p[k] for k in backers}


@pytest.mark.parametrize("race,text,backers", list(_cases()), ids=lambda x: x if isinstance(x, str) else None)
def test_cosponsors_of_nomination_in_scope(request, race, text, backers):
    p = RACES[race]
    keys = grid_keys(request, race, text)
    assert {k[2] for k in keys if k[0] == "endorsement" and k[1] == p["X"] and k[2] != p["S"]} == backers


OWN = {
    "nato": dict(A="Mark Rutte", B="Klaus Iohannis", a="Rutte", b="Iohannis", SA="Netherlands", SB="Romania"),
    "un": dict(A="Michelle Bachelet", B="Rafael Grossi", a="Bachelet", b="Grossi", SA="Chile", SB="Argentina"),
}
# (sentence, whether it states both nominations by their own states)
OWN_CASES = [
    ("{a} and {b} have been formally presented by their governments.", True),
    ("{a} and {b} were nominated by their respective governments in March.", True),
    ("Both {a} and {b} have been put forward by their own governments.", True),
    # near misses
    ("{a} and {b} may be presented by their governments.", False),
    ("{a} and {b} have not yet been nominated by their governments.", False),
    ("{a} and {b} were criticised by their governments.", False),
    ("{a} and {b} were nominated by their governments for a prize.", False),
]


@pytest.mark.parametrize("race,text,stated", [(r, t.format(**p), s) for r, p in OWN.items() for t, s in OWN_CASES],
                         ids=lambda x: x if isinstance(x, str) else None)
def test_nominated_by_own_states(request, race, text, stated):
    p = OWN[race]
    keys = grid_keys(request, race, text)
    expected = {("endorsement", p["A"], p["SA"]), ("endorsement", p["B"], p["SB"]),
                ("candidacy", p["A"], None), ("candidacy", p["B"], None)}
    if stated:
        assert expected <= keys
    else:
        assert not {k for k in keys if k[0] == "endorsement"}
