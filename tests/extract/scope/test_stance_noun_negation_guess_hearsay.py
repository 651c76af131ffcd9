"""Four scope cues bound to their clause, session 35 (prec35, issue 12). Invented grids in both races, none a corpus
sentence; about half are near misses that give no event.

1. A possessed stance noun after a giving verb that carries its own negation or refusal and no auxiliary ("stopped
   short of pledging Hungary's vote to X", "refused to pledge S's vote to X", "without announcing S's backing for X"):
   the giving verb's words govern the noun (`Scope.giving_group`), as they did only after an auxiliary ("cannot give
   our support to X"). Before, the noun frame ("S's vote to X") read no negation and gave an endorsement.
2. A guess noun as the label opening the sentence, before its colon ("Here's my prediction: X withdraws", "My guess:
   S backs X", "Our forecast for the autumn: ..."): a forecast, no event (`Reporting.guess_lead`), as "My guess is that
   ..." already was. Other labels ("The news:", "Update:", "Bottom line:") state what follows.
3. Hearsay told as its "that" clause ("There is chatter in New York that S quietly prefers X", "whispers among
   diplomats that S will back X"): no fact (`Scope.hearsay_that`, the lexicon's cues.hearsay_nouns), as "rumours
   that" already was; a stance set off from the hearsay by a comma or a clause of its own stands.
4. A "no" determining the stance noun phrase ("There will be no Hungarian support for X", "will give no support to X",
   "gave no backing to X"): the noun negated, a refusal where a future or a modal comes before it (as "will not
   support"), else no event (`Scope.assess`'s _NO_DETERMINER, stance_checks' _NO_AFTER_GIVE, `endorse_noun_for` reading
   no "no" among its modifiers). Before, each was an endorsement.
5. A report denied after its clause, its outlet named in up to five words before "that" ("A report on a small
   regional news site that S had promised to back X was dismissed by S"; `Doubt.report_that` read three).
"""
from __future__ import annotations

import pytest

RACES = {
    "nato": dict(C="Mark Rutte", c="Rutte", S="Hungary", Sc="Budapest", city="Brussels", D="Hungarian", W="Iohannis",
                 Wn="Klaus Iohannis"),
    "un": dict(C="Rebeca Grynspan", c="Grynspan", S="Brazil", Sc="Brasilia", city="New York", D="Brazilian", W="Bachelet",
               Wn="Michelle Bachelet"),
}

# (sentence, the stance of S on C, or None)
GIVING = [
    ("{S} stopped short of pledging {S}'s vote to {C}.", None),
    ("{S}'s foreign minister stopped short of pledging his country's vote to {c}.", None),
    ("{S} has yet to pledge {S}'s support to {C}.", None),
    ("The cabinet in {Sc} met on Monday without announcing {S}'s backing for {C}.", None),
    ("{Sc} stopped short of giving {S}'s endorsement to {c} on Tuesday.", None),
    ("{S} pledged {S}'s vote to {C} on Tuesday.", "endorsement"),
    ("{S} refused to pledge {S}'s vote to {C}.", "opposition"),
    ("{S} declined to give {S}'s support to {C}.", "opposition"),
    ("{S}'s foreign minister confirmed {S}'s support for {C}.", "endorsement"),
    ("{S} not only pledged {S}'s vote to {C} but also praised the choice.", "endorsement"),
]

GUESS_LABELS = [
    ("Here's my prediction: {S} backs {C}.", None),
    ("My guess: {S} endorses {c} before the summer.", None),
    ("Our forecast for the autumn: {S} backs {C}.", None),
    ("The bet in {city}: {S} endorses {C}.", None),
    ("Prediction: {Sc} comes out for {c}.", None),
    ("The news: {S} backs {C}.", "endorsement"),
    ("Update: {S} has endorsed {C}.", "endorsement"),
    ("Bottom line: {S} backs {C}.", "endorsement"),
    ("The surprise of the week: {S} backs {C}.", "endorsement"),
    ("My guess was wrong: {S} has endorsed {C}.", "endorsement"),
    # (after a transcript's speaker label, with an aside before the colon)
    ("HOST: Here's my prediction, and you can hold me to it: {S} backs {C}.", None),
    ("HOST: Here's the news, and it is big: {S} backs {C}.", "endorsement"),
]

HEARSAY = [
    ("There is chatter in {city} that {S} quietly prefers {C}.", None),
    ("There are whispers among diplomats that {S} will back {C}.", None),
    ("Gossip in the corridors that {S} backs {C} has grown louder.", None),
    ("Speculation that {S} has endorsed {C} is rife.", None),
    ("There were murmurs in {city} that {Sc} had come out for {c}.", None),
    ("Despite the chatter, {S} backs {C}.", "endorsement"),
    ("{S} dismissed the gossip and said it backs {C}.", "endorsement"),
    ("{S} ended the chatter on Monday: it backs {C}.", "endorsement"),
    ("{S} said on Monday that it backs {C}.", "endorsement"),
    ("After weeks of chatter in {city}, {S} endorsed {C} on Monday.", "endorsement"),
    # talks with someone are no hearsay, and the hearsay's clause ends at "and" with a verb of its own (review35 finding 6)
    ("Its president said after talks with {C} on Friday that {S} would back {c}.", "endorsement"),
    ("Diplomats dismissed the speculation that {S} would stay neutral and said {S} backs {C}.", "endorsement"),
]

NO_DETERMINER = [
    ("There is no {D} support for {C}.", None),
    ("{S} gave no support to {C}.", None),
    ("No {D} backing for {c}, the minister says", None),
    ("{S} has given {c} no support so far.", None),
    ("There will be no {D} veto of {C}.", None),
    ("There will be no {D} support for {C}, the foreign minister said on Wednesday.", "opposition"),
    ("{S} will give no support to {C}.", "opposition"),
    ("The minister said there would be no {D} backing for {c}.", "opposition"),
    ("{S} will give its full support to {C}.", "endorsement"),
    ("{D} support for {C} is assured.", "endorsement"),
]

# a report denied after its clause, its outlet named in up to five words ("A report on a Romanian news site that ...
# was dismissed by S"; Doubt.report_that read three)
REPORTS = [
    ("A report on a small regional news site that {S} had promised to back {C} was dismissed by {Sc}.", None),
    ("A claim in a popular weekly opposition paper that {S} backs {C} was denied by {Sc}.", None),
    ("A report in a local paper that {S} backs {C} was rejected by its foreign ministry.", None),
    ("A report on a small regional news site that {S} had promised to back {C} was confirmed by {Sc}.", "endorsement"),
    ("A report on a small regional news site said {S} had backed {C}, and {Sc} confirmed it.", "endorsement"),
    ("{S} has backed {C}, a report on a small regional news site said.", "endorsement"),
]

# the withdrawal under a guess label: none; told as news: kept
WITHDRAWALS = [
    ("Here's my prediction: {W} withdraws before the first vote.", False),
    ("GUEST: Here's my prediction, and you can hold me to it: {W} withdraws before October.", False),
    ("My bold prediction: {W} pulls out in June.", False),
    ("The news: {W} withdraws from the race.", True),
    ("Breaking: {W} pulls out of the race.", True),
]


GRIDS = {"giving": GIVING, "guess_label": GUESS_LABELS, "hearsay": HEARSAY, "no_determiner": NO_DETERMINER,
         "report": REPORTS}
STANCE_CASES = [(r, s, e) for name, grid in GRIDS.items() for r in RACES for s, e in grid]
STANCE_IDS = [f"{name}|{r}|{s[:50]}" for name, grid in GRIDS.items() for r in RACES for s, _ in grid]


@pytest.mark.parametrize("race,sentence,expected", STANCE_CASES, ids=STANCE_IDS)
def test_scope_cue_of_the_stance(race_keys, race, sentence, expected):
    p = RACES[race]
    keys = race_keys(race, sentence.format(**p))
    stances = {k for k in keys if k[0] in ("endorsement", "opposition")}
    assert stances == (set() if expected is None else {(expected, p["C"], p["S"])}), keys


@pytest.mark.parametrize("race,sentence,expected", [(r, s, e) for r in RACES for s, e in WITHDRAWALS],
                         ids=[f"{r}|{s[:50]}" for r in RACES for s, _ in WITHDRAWALS])
def test_guess_label_withdrawal(race_keys, race, sentence, expected):
    p = RACES[race]
    keys = race_keys(race, sentence.format(**p))
    assert (("withdrawal", p["Wn"], None) in keys) is expected, keys
