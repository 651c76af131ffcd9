"""The sentence's subject over a list of other candidates named after it (issue 12): invented names and sentences in
both races, none a corpus sentence.

"S nominated X in January, making her one of four candidates - with A, B and C." / "She joins a field of three: A, B
and C.": the list names whom X is set among; the pronouns of X's sex after it go on standing for X, not for the list's
last (discourse.Resolver._subject_over_list, Salience.keep_subject). The near misses: a pronoun of the other sex (the
list's one of that sex), a list the subject opens ("X, A, B and C spoke": the last named as before), a list of two
(not read), and stances not stated (modal, not yet).
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import grid_keys

RACES = {
    # X: unlisted, nominated by S; A, B, C: listed candidates, C of X's sex named last, M the list's one of the other sex
    "un": dict(X="Amara Nkosi", S="Namibia", T="Botswana", A="Rafael Grossi", B="Michelle Bachelet",
               C="Rebeca Grynspan", M="Rafael Grossi", P="her", Q="him", Pc="She", x="Nkosi"),
    "nato": dict(X="Lauri Tamm", S="Estonia", T="Latvia", A="Kaja Kallas", B="Mark Rutte", C="Klaus Iohannis",
                 M="Kaja Kallas", P="him", Q="her", Pc="He", x="Tamm"),
}
# (text, whom T's stance is about: "X", "C", "M", or None for no stance by T)
CASES = [
    ("{S} nominated {X} in January, making {P} one of four candidates - with {A}, {B} and {C}. {T} has backed {P}.", "X"),
    ("{S} nominated {X} in January. {Pc} joins a field of three: {A}, {B} and {C}. {T} has backed {P}.", "X"),
    ("{S} nominated {X} in January, making {P} one of four candidates, with {A}, {B} and {C}. {T} said on Monday it "
     "supports {P}.", "X"),
    ("{S} nominated {X} in January. {x} now faces {A}, {B} and {C}. {T} backs {P}.", "X"),
    ("{S} nominated {X} in January. {Pc} joins a field of three: {A}, {B} and {C}. {T} threw its weight behind {P}.",
     "X"),
    # near misses: the other sex's pronoun, a list the subject opens, no stance stated
    ("{S} nominated {X} in January. {Pc} joins a field of three: {A}, {B} and {C}. {T} backs {Q}.", "M"),
    ("{S} nominated {X} in January. {B}, {X}, {A} and {C} spoke to the members in April. {T} backs {P}.", "C"),
    ("{S} nominated {X} in January, making {P} one of four candidates - with {A}, {B} and {C}. {T} may back {P} "
     "later.", None),
    ("{S} nominated {X} in January. {Pc} joins a field of three: {A}, {B} and {C}. {T} has not yet decided whether to "
     "back {P}.", None),
    ("{S} nominated {X} in January. {A}, {B} and {C} are also running. {T} has yet to back {P}.", None),
]


def _cases():
    for race, p in RACES.items():
        for text, backed in CASES:
            yield race, text.format(**p), backed


@pytest.mark.parametrize("race,text,backed", list(_cases()), ids=lambda x: x if isinstance(x, str) else None)
def test_pronoun_subject_over_list(request, race, text, backed):
    p = RACES[race]
    keys = grid_keys(request, race, text)
    by_t = {k[1] for k in keys if k[0] in ("endorsement", "opposition") and k[2] == p["T"]}
    assert by_t == ({p[backed]} if backed else set()), keys
    assert ("endorsement", p["X"], p["S"]) in keys, keys
