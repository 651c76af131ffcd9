"""The candidacy of a person named with an honorific after "of" (prec39, issue 12), invented grids in both races,
about half near misses.

"The President of the Republic, X, has decided to present the candidacy of Madame Y": the bid after "of" is Y's, its
honorific of address ("Madame", "Mrs", "Mr.", "H.E.") before the name included (`candidacy_checks._OWNER_AFTER`
reads frames.base.ADJ); the presenter is no candidate. A person presenting their own bid stays a candidate.
"""
from __future__ import annotations

from tests.extract.conftest import both_races

NATO = [
    ("Latvia's president, Edgars Rinkevics, has decided to present the candidacy of Mr. Krisjanis Karins for the post "
     "of NATO secretary general.", "Edgars Rinkevics"),
    ("Romania's prime minister, Marcel Ciolacu, presented the candidacy of President Klaus Iohannis on Monday.",
     "Marcel Ciolacu"),
    ("Klaus Iohannis presented his candidacy on Monday.", None),
    ("Iohannis announced his candidacy for NATO secretary general on Monday.", None),
    ("Kaja Kallas declared her candidacy on Tuesday.", None),
]
UN = [
    ("The President of the Republic, Ahmed Kante, has decided to present the candidacy of Madame Rebeca Grynspan for "
     "the post of Secretary-General.", "Ahmed Kante"),
    ("The Foreign Minister, Tomas Ribeiro, presented the candidacy of Mrs Rebeca Grynspan on Monday.", "Tomas Ribeiro"),
    ("The minister, Joao Alves, submitted the candidacy of H.E. Mr. Rafael Grossi to the President of the Assembly.",
     "Joao Alves"),
    ("Rebeca Grynspan presented her candidacy on Monday.", None),
    ("Grynspan announced her candidacy for Secretary-General on Monday.", None),
]


@both_races(NATO, UN)
def test_candidacy_of_honoured_name(race_keys, race, sentence, expected):
    """The presenter is never read as a candidate; the person who presents their own bid is one."""
    keys, presenter = race_keys(race, sentence), expected
    assert not any(k[0] == "candidacy" and k[1] == presenter for k in keys)
    if presenter is None:
        assert any(k[0] == "candidacy" for k in keys)
