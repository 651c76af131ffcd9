"""Candidacy stated (session 26, candidacy26): readers of a stated bid widened for a whole family of forms, tested as a
grid of invented sentences (forms x inserts x both races), about half of them near-misses that must give no event.

- a candidate's campaign as the actor of a clause: any verb of a report, an opinion or a speaker ("His campaign
  argues that ...", "her campaign insists"), and a participle set off after the noun ("Rutte's campaign, launched last
  autumn, has picked up steam"); not a noun after it ("her campaign promises were criticised"), another post's
  campaign, nor, for a name the story does not list, a sentence that does not name the post;
- being in the race by any race noun after "the" or "this" ("is in this contest to win", "remains in the competition");
- running with no object but what the candidate runs on ("is running on the pitch that ...", "campaigning on her
  record"; not "running on time", "on the board of");
- keeping one's bid in a lasting state ("had kept his candidacy alive for three months", "kept her bid afloat"; not
  another office's bid, nor "kept hopes alive");
- telling someone of one's bid ("informed allies of his bid", "notified Washington of her candidacy"; not of another's);
- a denial inside a relative clause of another contest erases nothing ("an election campaign in which X is not
  standing"); a denial of the race does.
"""
from __future__ import annotations

import pytest

from tests.extract.conftest import CAND

RACES = {
    "nato": dict(x="Mark Rutte", y="Klaus Iohannis", he="he", his="his", him="him", state="Hungary", capital="Budapest",
                 post="NATO secretary general", other="prime minister"),
    "un": dict(x="Rebeca Grynspan", y="Rafael Grossi", he="she", his="her", him="her", state="France", capital="Paris",
               post="UN secretary-general", other="head of UNCTAD"),
}
# what a reporter sets after the subject: nothing, an apposition, an aside of time
INSERTS = {"none": "", "apposition": ", a former minister,", "time": ", on Monday evening,"}
# what a reporter sets after a campaign's noun: nothing, a participle, a relative clause
CAMPAIGN_INSERTS = {"none": "", "participle": ", launched last autumn,", "relative": ", which began in May,"}

# forms that state the candidacy of {x}; {ins} after the subject
STATED = {
    "campaign_argues": "{x}'s campaign{ins} argues that {state} will not stand in {his} way.",
    "campaign_insists": "{x}'s campaign{ins} insists that {he} can win in the first round.",
    "campaign_contends": "{x}'s campaign{ins} contends that the numbers are there.",
    "campaign_stresses": "{x}'s campaign{ins} stresses that {he} has visited every region.",
    "campaign_launched": "{x}'s campaign, launched last autumn, has picked up steam.",
    "campaign_begun": "{x}'s campaign, first announced in May, gained momentum in the summer.",
    "in_this_contest": "{x}{ins} is in this contest to win.",
    "in_the_competition": "{x}{ins} remains in the competition despite the setbacks.",
    "running_on_pitch": "{x}{ins} is running on the pitch that the region deserves a turn.",
    "running_on_record": "{x}{ins} is campaigning on {his} record in government.",
    "running_on_promise": "{x}, who is running on a promise of reform, met the envoy of {state}.",
    "kept_alive": "{x}{ins} had kept {his} candidacy alive for more than three months.",
    "kept_afloat": "{x}{ins} kept {his} bid afloat against the odds.",
    "kept_going": "{x}{ins} is keeping {his} campaign going.",
    "informed": "{x}{ins} informed allies of {his} bid.",
    "notified": "{x}{ins} notified {capital} of {his} candidacy.",
    "told_about": "{x}{ins} told diplomats about {his} candidacy.",
}
# the same words stating nothing of {x}'s candidacy
NEAR = {
    "campaign_promises": "{x}'s campaign promises were criticised by the press.",
    "campaign_pledges": "{x}'s campaign pledges on debt drew praise.",
    "campaign_other_post": "{x}'s campaign for re-election as {other} argues that {he} is needed.",
    "tipped": "{x}{ins} is tipped to run for {post}.",
    "could_be": "{x}{ins} could be a candidate for {post}.",
    "running_on_time": "{x}{ins} is running on time for the meeting.",
    "running_on_board": "{x}{ins} is running on the board of a national bank.",
    "kept_hopes": "{x}{ins} kept hopes alive for a ceasefire.",
    "kept_other_bid": "{x}{ins} kept {his} presidential bid alive for months.",
    "informed_other": "{x}{ins} informed allies of {y}'s bid.",
    "informed_plans": "{x}{ins} informed allies of {his} plans for the summit.",
}


def _inserts(template: str) -> dict[str, str]:
    return CAMPAIGN_INSERTS if "campaign{ins}" in template else INSERTS


def _cells(forms):
    out = []
    for race in RACES:
        for name, text in forms.items():
            for ins in (_inserts(text) if "{ins}" in text else {"none": ""}):
                out.append((race, name, ins))
    return out


def _text(race: str, template: str, ins: str) -> str:
    return template.format(ins=_inserts(template)[ins], **RACES[race])


@pytest.mark.parametrize("race,form,ins", _cells(STATED), ids=["-".join(c) for c in _cells(STATED)])
def test_stated_candidacy(race_keys, race, form, ins):
    assert CAND(RACES[race]["x"]) in race_keys(race, _text(race, STATED[form], ins))


@pytest.mark.parametrize("race,form,ins", _cells(NEAR), ids=["-".join(c) for c in _cells(NEAR)])
def test_near_misses_state_no_candidacy(race_keys, race, form, ins):
    assert CAND(RACES[race]["x"]) not in race_keys(race, _text(race, NEAR[form], ins))


# the campaign speaking after the candidate was named by a pronoun
@pytest.mark.parametrize("race", RACES)
def test_pronoun_campaign_speaks(race_keys, race):
    r = RACES[race]
    text = f"{r['x']} toured the region last week. {r['his'].capitalize()} campaign argues that {r['state']} will come round."
    assert CAND(r["x"]) in race_keys(race, text)


# a name the story does not list: its campaign states it only in a sentence naming the post
@pytest.mark.parametrize("race", RACES)
def test_unlisted_campaign_needs_the_post(race_keys, race):
    post = RACES[race]["post"]
    assert ("candidacy", "Anton Stavrev", None) not in race_keys(race, "Anton Stavrev's campaign insists he can win.")
    assert ("candidacy", "Anton Stavrev", None) in race_keys(race, f"Anton Stavrev's campaign for {post} insists he can win.")


DENIALS = {
    # (second sentence, whether the first sentence's candidacy stands)
    "relative_other_contest": ("The news came in the middle of an election campaign in which {x} is not standing.", True),
    "relative_other_vote": ("It comes before a general election, in which {x} will not run.", True),
    "after_other_contest": ("{x} is not standing in the national election.", True),
    "denied_race": ("Later {x} said {he} is not a candidate.", False),
    "denied_bare": ("{x} is not standing.", False),
}


@pytest.mark.parametrize("race,case", [(r, c) for r in RACES for c in DENIALS])
def test_denial_of_another_contest_erases_nothing(race_keys, race, case):
    r = RACES[race]
    second, stands = DENIALS[case]
    text = f"{r['x']} said {r['he']} would like to become {r['post']}. " + second.format(**r)
    assert (CAND(r["x"]) in race_keys(race, text)) is stands


# ---------------------------------------------------------------- appointment and taking office (second slice)
# - a participle of choosing in the name's apposition, after a label and before a time ("X, the Dutchman chosen on
#   Wednesday by the alliance's ambassadors, ..."), not by another body nor to chair something else;
# - the post named by the organisation's helm or reins ("took NATO's helm", "to take the alliance's reins"), taken;
# - a fronted time clause of the taking ("A month after taking office, X ..."; not "before", nor "as prime minister");
# - the organisation's command handed to the candidate in the passive ("Control of NATO was passed to X on Tuesday").
OFFICE_RACES = {
    "nato": dict(x="Mark Rutte", label="the Dutchman", org="NATO", orgs="the alliance's", body="NATO allies",
                 other="the Dutch army", day="October 1"),
    "un": dict(x="Rebeca Grynspan", label="the Costa Rican", org="the UN", orgs="the UN's", body="the General Assembly",
               other="the national bank", day="January 1"),
}
APPOINTED = {
    "label_time_by": "{x}, {label} chosen on Wednesday by {body}, arrived in New York.",
    "time_by": "{x}, chosen last month by {body}, arrived in New York.",
    "label_by": "{x}, {label} appointed by {body}, arrived in New York.",
}
NOT_APPOINTED = {
    "other_body": "{x}, {label} chosen on Wednesday by {his_party}, arrived in New York.",
    "to_chair": "{x}, {label} named by {body} to chair the panel, arrived in New York.",
    "expected": "{x}, {label} {body} are expected to choose, arrived in New York.",
}
TAKEN = {
    "helm_possessive": "{x} took {orgs} helm on Tuesday.",
    "reins_future_day": "{x} will take {orgs} reins on {day}.",
    "fronted_after": "A month after taking office, {x} paid a first visit to Kyiv.",
    "fronted_since": "Since taking over in October, {x} has visited twelve capitals.",
    "command_passed": "Control of {org} was formally passed to {x} on Tuesday.",
}
NOT_TAKEN = {
    "helm_could": "{x} could take {orgs} helm next year.",
    "fronted_before": "Before taking office, {x} met the envoys.",
    "fronted_other_office": "After taking office as prime minister in 2010, {x} reformed the pensions.",
    "letter_handed": "A letter from {org} was handed to {x} on Tuesday.",
    "command_other": "Command of {other} was handed to {x} in 2010.",
    "command_could": "Command of {org} could be handed to {x} next year.",
}


def _office_text(race: str, template: str) -> str:
    r = OFFICE_RACES[race]
    return template.format(his_party=f"{RACES[race]['his']} party", **r)


def _office_cells(forms):
    return [(race, name) for race in OFFICE_RACES for name in forms]


@pytest.mark.parametrize("race,form", _office_cells(APPOINTED), ids=["-".join(c) for c in _office_cells(APPOINTED)])
def test_appointed_in_apposition(race_keys, race, form):
    assert ("appointment", OFFICE_RACES[race]["x"], None) in race_keys(race, _office_text(race, APPOINTED[form]))


@pytest.mark.parametrize("race,form", _office_cells(NOT_APPOINTED), ids=["-".join(c) for c in _office_cells(NOT_APPOINTED)])
def test_not_appointed_in_apposition(race_keys, race, form):
    assert ("appointment", OFFICE_RACES[race]["x"], None) not in race_keys(race, _office_text(race, NOT_APPOINTED[form]))


@pytest.mark.parametrize("race,form", _office_cells(TAKEN), ids=["-".join(c) for c in _office_cells(TAKEN)])
def test_office_taken(race_keys, race, form):
    assert ("takes_office", OFFICE_RACES[race]["x"], None) in race_keys(race, _office_text(race, TAKEN[form]))


@pytest.mark.parametrize("race,form", _office_cells(NOT_TAKEN), ids=["-".join(c) for c in _office_cells(NOT_TAKEN)])
def test_office_not_taken(race_keys, race, form):
    assert ("takes_office", OFFICE_RACES[race]["x"], None) not in race_keys(race, _office_text(race, NOT_TAKEN[form]))


# a headline without its article: "X to take NATO helm on October 1"
@pytest.mark.parametrize("race", OFFICE_RACES)
def test_headline_takes_owned_helm(race, story, un_story):
    from tests.extract.conftest import event_keys, RACE_ARTICLE
    r = OFFICE_RACES[race]
    org = r["org"].removeprefix("the ")
    keys = event_keys({"nato": story, "un": un_story}[race], f"{r['x'].split()[-1]} to take {org} helm on {r['day']}",
                      "Diplomats met on Monday.", RACE_ARTICLE[race][1])
    assert ("takes_office", r["x"], None) in keys


# ---------------------------------------------------------------- ended and switched stances (third slice)
# - a support ended now or before ("is no longer backing X", "stopped supporting X", "has ceased to support X") states
#   the earlier endorsement, ended; decided for later it is a refusal ("will no longer support X", "said it would no
#   longer back X": opposition);
# - a stance noun on the candidate withdrawn in the passive ("Kenya's objection to X was never withdrawn", "Backing for
#   X was withdrawn") is no withdrawal of X's bid (nor, negated, a candidacy);
# - switching idioms: "has gone over to X", "crossed over to X", "defected to X", "switched allegiance to X".
STANCE_RACES = {
    "nato": dict(x="Mark Rutte", state="Hungary", other="Turkey"),
    "un": dict(x="Michelle Bachelet", state="Chile", other="Kenya"),
}
ENDED_SUPPORT = {
    "no_longer_progressive": "{state} is no longer backing {x}.",
    "no_longer_present": "{state} no longer supports {x}, its foreign minister said.",
    "stopped": "{state} stopped backing {x} in March.",
    "ceased": "{state} has ceased to support {x}.",
    "no_longer_adverb": "{state} is no longer publicly backing {x}.",
}
REFUSED_SUPPORT = {
    "will_no_longer": "{state} will no longer support {x}.",
    "would_no_longer": "{state} said it would no longer back {x}.",
}
NO_WITHDRAWAL = {
    "objection_never_withdrawn": "{other}'s objection to {x} was never formally withdrawn.",
    "backing_withdrawn": "Backing for {x} was withdrawn on Monday by {state}.",
    "veto_not_withdrawn": "The threat of a veto against {x} has not been withdrawn.",
}
SWITCHED = {
    "gone_over": "{state} has gone over to {x}.",
    "crossed_over": "{state} crossed over to {x} on Monday.",
    "defected": "{state} defected to {x} after the summit.",
    "allegiance": "{state} switched allegiance to {x}.",
}
NOT_SWITCHED = {
    "gone_over_report": "{state} has gone over the report on {x}.",
    "crossed_border": "{state} crossed over to the border with {x}'s delegation.",
}


def _stance_cells(forms):
    return [(race, name) for race in STANCE_RACES for name in forms]


def _stance_text(race, template):
    return template.format(**STANCE_RACES[race])


@pytest.mark.parametrize("race,form", _stance_cells(ENDED_SUPPORT), ids=["-".join(c) for c in _stance_cells(ENDED_SUPPORT)])
def test_support_ended_is_the_earlier_endorsement(race_keys, race, form):
    r = STANCE_RACES[race]
    keys = race_keys(race, _stance_text(race, ENDED_SUPPORT[form]))
    assert ("endorsement", r["x"], r["state"]) in keys and ("opposition", r["x"], r["state"]) not in keys


@pytest.mark.parametrize("race,form", _stance_cells(REFUSED_SUPPORT), ids=["-".join(c) for c in _stance_cells(REFUSED_SUPPORT)])
def test_support_ended_for_later_is_a_refusal(race_keys, race, form):
    r = STANCE_RACES[race]
    keys = race_keys(race, _stance_text(race, REFUSED_SUPPORT[form]))
    assert ("opposition", r["x"], r["state"]) in keys and ("endorsement", r["x"], r["state"]) not in keys


@pytest.mark.parametrize("race,form", _stance_cells(NO_WITHDRAWAL), ids=["-".join(c) for c in _stance_cells(NO_WITHDRAWAL)])
def test_stance_withdrawn_is_no_withdrawal(race_keys, race, form):
    r = STANCE_RACES[race]
    keys = race_keys(race, _stance_text(race, NO_WITHDRAWAL[form]))
    assert ("withdrawal", r["x"], None) not in keys and ("candidacy", r["x"], None) not in keys


@pytest.mark.parametrize("race", STANCE_RACES)
def test_bid_withdrawn_in_the_passive_is_still_one(race_keys, race):
    r = STANCE_RACES[race]
    assert ("withdrawal", r["x"], None) in race_keys(race, f"The candidacy of {r['x']} was withdrawn on Monday.")


@pytest.mark.parametrize("race,form", _stance_cells(SWITCHED), ids=["-".join(c) for c in _stance_cells(SWITCHED)])
def test_switched_to(race_keys, race, form):
    r = STANCE_RACES[race]
    assert ("endorsement", r["x"], r["state"]) in race_keys(race, _stance_text(race, SWITCHED[form]))


@pytest.mark.parametrize("race,form", _stance_cells(NOT_SWITCHED), ids=["-".join(c) for c in _stance_cells(NOT_SWITCHED)])
def test_not_switched(race_keys, race, form):
    r = STANCE_RACES[race]
    assert ("endorsement", r["x"], r["state"]) not in race_keys(race, _stance_text(race, NOT_SWITCHED[form]))
