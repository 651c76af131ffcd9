"""Precision on fresh text, session 34 (prec34, issue 12): invented grids in both races (forms x near misses), none a
corpus sentence. Read from the false events of the read sets (blind32b's who's-who guide).

- a stance with no candidate named, read as about the candidate the article is mostly about (the dominant one),
  is not about them when the sentence's own pronoun is of the other sex ("Moscow will not support her" in the section
  on a person the story does not list, in an article mostly about a man): sentence_events._pronoun_against;
- a section heading in capitals with its bracket in mixed case ("REBECA GRYNSPAN (Costa Rica)") names the candidate
  the section is about, as "GROSSI" and "Rebeca Grynspan (Costa Rica)" do: strangers.caps_heading_mentions.
"""
from __future__ import annotations

import pytest

# the article of each race: a man it is mostly about, a state, a stranger's section after him
RACES = {
    "nato": dict(C="Mark Rutte", c="Rutte", S="Hungary", Sc="Budapest", T="Poland", W="Kaja Kallas", w="KAJA KALLAS",
                 Ws="Estonia"),
    "un": dict(C="Rafael Grossi", c="Grossi", S="Russia", Sc="Moscow", T="Mexico", W="Rebeca Grynspan",
               w="REBECA GRYNSPAN", Ws="Costa Rica"),
}

DOMINANT = "{C} leads the field. {c} has toured the region. {c} is confident of a quick decision. "
STRANGER = ("The newest name is a former foreign minister of Moldova who later ran a regional bureau. "
            "She argues that rotation is a custom, not a rule. ")

# a stance with no candidate named, the sentence's pronoun the other sex's: not the man in focus
OTHER_SEX = ["{S} announced its support in October, and {T} has also said it backs her.",
             "Her path is steep given {S}'s veto.",
             "{T} has given her its backing.",
             "{T} announced its support for her campaign in October."]
# the same with the man's pronoun (the dominant candidate stays in focus)
SAME_SEX = [("{S} announced its support in October, and {T} has also said it backs him.", "endorsement"),
            ("His path is steep given {S}'s veto.", "opposition"),
            ("{T} has given him its backing.", "endorsement"),
            ("{T} announced its support for his campaign in October.", "endorsement"),
            ("{T} lent its support on Monday, his office said.", "endorsement"),
            ("{S} withheld its support, he said.", "opposition")]


def _cases():
    out = []
    for race in RACES:
        out += [(race, s, None) for s in OTHER_SEX]
        out += [(race, s, t) for s, t in SAME_SEX]
    return out


@pytest.mark.parametrize("race,sentence,expected", _cases(), ids=[f"{r}|{s[:40]}|{t}" for r, s, t in _cases()])
def test_pronoun_of_the_other_sex_is_not_the_dominant_candidate(race_keys, race, sentence, expected):
    p = RACES[race]
    text = DOMINANT.format(**p) + STRANGER + sentence.format(**p)
    keys = race_keys(race, text)
    actor = p["S"] if "{S}" in sentence and (expected != "endorsement" or "{T}" not in sentence) else p["T"]
    told = {k for k in keys if k[0] in ("endorsement", "opposition") and k[1] == p["C"] and k[2] == actor}
    if expected is None:
        assert not {k for k in keys if k[0] in ("endorsement", "opposition") and k[1] == p["C"]}, (text, keys)
    else:
        assert (expected, p["C"], actor) in keys, (text, keys)


# review34 finding 1 (mendB): only a pronoun in the stance's object slot tells whom it is about; one elsewhere may be
# anyone's - a speech tag's, a possessive of another noun ("her deputy", "her colleagues"), a subject ("she said") - and
# the stance stays the dominant candidate's (the last two were near misses of prec34's grid: a speech tag's pronoun
# tells whose words, not whose bid, as in the first four)
OTHER_PERSON = [("{T} will back the candidacy, its foreign minister said in her address.", "endorsement", "T"),
                ("{T} will back the candidacy, its ambassador told her colleagues.", "endorsement", "T"),
                ("{T} will back the candidacy, according to its foreign minister and her deputy.", "endorsement", "T"),
                ("{T} announced its support in October, its foreign minister said in her speech.", "endorsement", "T"),
                ("{T} lent its support on Monday, her office said.", "endorsement", "T"),
                ("{S} withheld its support, she said.", "opposition", "S")]


@pytest.mark.parametrize("race,sentence,expected,actor,stranger",
                         [(r, s, t, a, x) for r in RACES for s, t, a in OTHER_PERSON for x in (False, True)],
                         ids=[f"{r}|{s[:40]}|{x}" for r in RACES for s, _, _ in OTHER_PERSON for x in (False, True)])
def test_pronoun_outside_the_object_slot_keeps_the_dominant_candidate(race_keys, race, sentence, expected, actor, stranger):
    p = RACES[race]
    text = DOMINANT.format(**p) + (STRANGER if stranger else "") + sentence.format(**p)
    assert (expected, p["C"], p[actor]) in race_keys(race, text), text


# ---------------------------------------------------------------- a heading in capitals with a bracket

HEADED = ["{w} ({Ws})\n\n{T} backs her.",
          "{w} ({Ws})\n\n{T} announced its support for her in October.",
          "{w} ({Ws}):\n\n{T} has said it will back her.",
          "{w} ({Ws})\n\nA former minister. {T} backs her.",
          "{w} (nominated by {Ws})\n\n{T} backs her."]
# no candidate's heading: a stranger's, a heading of no one, two names, words before the name
NOT_HEADED = ["{C} leads the field.\n\nILINCA VOINESCU (Moldova)\n\n{T} backs her.",
              "THE FIELD (Latin America)\n\n{T} backs her.",
              "THE OTHERS ({Ws})\n\n{T} backs her.",
              "WHY NOT {w} ({Ws})\n\n{T} backs her.",
              "{w} AND ILINCA VOINESCU (Latin America)\n\n{T} backs her."]


@pytest.mark.parametrize("race,text,headed", [(r, t, True) for r in RACES for t in HEADED]
                         + [(r, t, False) for r in RACES for t in NOT_HEADED],
                         ids=[f"{r}|{t[:30]}" for r in RACES for t in HEADED] + [f"{r}|{t[:30]}" for r in RACES for t in NOT_HEADED])
def test_caps_heading_with_a_bracket_names_the_section(race_keys, race, text, headed):
    p = RACES[race]
    keys = race_keys(race, text.format(**p))
    assert (("endorsement", p["W"], p["T"]) in keys) is headed, keys
