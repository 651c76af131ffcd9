"""Withdrawals and declared interest, round 12, each tested with invented sentences of both races (none
from a corpus), each with cases that must give an event and cases that must not:

- a second reported clause ("told X that A and that B") is judged by its own words: a modal of the first
  ("the job was not going to happen") does not govern the second ("he had pulled out of the race");
- a bid no longer kept up ("was no longer pursuing the post", "is no longer seeking the job") is a withdrawal,
  its object the race or the post (not "no longer pursuing her interest in another post");
- a bare "withdrew" followed only by when ("soon after", "shortly afterwards", "following the vote",
  "two weeks later") is a withdrawal in an article about the race (not "withdrew its troops", "withdrew
  from the coalition talks");
- a candidate already in the race saying they will not seek the post, or "it" (the post just named), any
  more withdraws ("would not seek it"); someone never in the race only denies;
- declared interest: "was open about wanting the job", "said she is interested" with nothing after it,
  "interest in the same post", and "it" for the post just named ("said the top job would be demanding and
  that he would like to do it"); not "interested in the outcome", "would like it to", "would like to see
  a woman in the job", another post;
- a second verb sharing a relative clause's subject across the first verb's object ("who has governed
  Chile twice and is running for ..."), dated by its own words; "running to succeed" the incumbent named
  with his state ("to succeed Portugal's Guterres").
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import CAND as cand, WD as withdraw
from tests.extract.conftest import event_keys

NATO_TITLE, UN_TITLE = "The race to lead NATO", "The race for UN Secretary-General"
RUTTE, IOHANNIS, KALLAS, WALLACE = "Mark Rutte", "Klaus Iohannis", "Kaja Kallas", "Ben Wallace"
GROSSI, BACHELET = "Rafael Grossi", "Michelle Bachelet"

NATO = [
    # a second reported clause has its own modality
    ("Wallace told a radio station on Friday that the NATO post was 'never going to be his' and that he had "
     "pulled out of the race.", {withdraw(WALLACE)}),
    ("Wallace told a radio station that the NATO post could go to Rutte and that he might pull out of the race.",
     set()),
    # a bid no longer kept up
    ("Kallas told reporters in January that she was no longer pursuing the NATO job.", {withdraw(KALLAS)}),
    ("Iohannis is no longer seeking the post of NATO secretary general, his office said.", {withdraw(IOHANNIS)}),
    ("Kallas said she was no longer pursuing her interest in a Brussels post.", set()),
    ("Kallas said Estonia was no longer pursuing the matter of NATO secretary general.", set()),
    # a bare withdrawal dated by what follows
    ("Iohannis entered the race for NATO secretary general in March. He withdrew shortly afterwards.", {
        cand(IOHANNIS), withdraw(IOHANNIS)}),
    ("Wallace wanted the NATO job. Wallace withdrew two weeks later.", {cand(WALLACE), withdraw(WALLACE)}),
    ("Wallace withdrew his troops from the exercise soon after, a NATO secretary general spokesman said.", set()),
    ("Iohannis withdrew from the coalition talks on NATO secretary general soon after.", set()),
    # a candidate declining to go on, and someone never in the race
    ("Wallace made no secret of wanting the NATO job, but in August he said he would not seek it any more.", {
        cand(WALLACE), withdraw(WALLACE)}),
    ("Kallas said in May that she would not seek the NATO post.", set()),
    ("Rutte is running for NATO secretary general. Kallas said she would not seek it either.", {cand(RUTTE)}),
    ("Rutte wants the NATO job, but he would not seek a second term as prime minister.", {cand(RUTTE)}),
    # declared interest
    ("Wallace was open about wanting the NATO job last year.", {cand(WALLACE)}),
    ("Karins told Latvian radio in March that he is interested.", {cand("Krisjanis Karins")}),
    ("Kallas, who once voiced interest in the same post, backed Rutte.", {cand(KALLAS), ("endorsement", RUTTE, "Estonia")}),
    ("Rutte told a talk show that the NATO job would be demanding and that he would like to do it.", {cand(RUTTE)}),
    ("Questioned about the NATO post in an interview, Wallace replied that it was a fine job and that he would "
     "like it.", {cand(WALLACE)}),
    ("Wallace said he is interested in the outcome of the NATO summit.", set()),
    ("Kallas said she would like to see a woman in the NATO job.", set()),
    ("Rutte said Hungary's plan for the NATO summit was sound and that he would like it to pass.", set()),
    ("Kallas would not rule it out, analysts say, and is interested, they add.", set()),
    # a second verb of a relative clause; the incumbent named with his state
    ("Rutte, who has governed the Netherlands since 2010 and is now running for NATO secretary general, spoke in Oslo.",
     {cand(RUTTE)}),
    ("Rutte, who has governed the Netherlands since 2010 and is running for re-election, spoke in Oslo.", set()),
    ("Iohannis, 64, who is running to succeed Norway's Stoltenberg, met Biden.", {cand(IOHANNIS)}),
]

UN = [
    ("Grossi told the BBC on Sunday that the UN post 'was never going to happen' and that he had pulled out of "
     "the race.", {withdraw(GROSSI)}),
    ("Bachelet said in a statement that she was no longer pursuing the post of UN Secretary-General.", {
        withdraw(BACHELET)}),
    ("Bachelet said she was no longer pursuing her interest in the human rights post.", set()),
    ("Bachelet entered the race for UN Secretary-General in September. She withdrew following the second straw poll.",
     {cand(BACHELET), withdraw(BACHELET)}),
    ("Grossi withdrew his inspectors from the plant soon after, the UN Secretary-General said.", set()),
    ("Bachelet was open about wanting the UN job, but she said in March that she would not seek it after a poor "
     "straw poll.", {cand(BACHELET), withdraw(BACHELET)}),
    ("Grossi said on Monday that he would not seek the post of UN Secretary-General.", set()),
    ("Grossi told a newspaper that the UN job would be a challenge and that he would like to take it on.", {cand(GROSSI)}),
    ("Bachelet said she is interested in the outcome of the UN Secretary-General selection.", set()),
    ("Grossi said he would like to see a woman as UN Secretary-General.", set()),
    ("Bachelet, who has governed Chile twice and is running for UN Secretary-General, spoke in Geneva.", {cand(BACHELET)}),
    ("Grossi, 64, who is running to succeed Portugal's Guterres, met the Council.", {cand(GROSSI)}),
]


@pytest.mark.parametrize("text,expected", NATO, ids=[c[0][:50] for c in NATO])
def test_round12_ended_nato(story, text, expected):
    assert event_keys(story, NATO_TITLE, text, dt.date(2024, 5, 16)) == expected


@pytest.mark.parametrize("text,expected", UN, ids=[c[0][:50] for c in UN])
def test_round12_ended_un(un_story, text, expected):
    assert event_keys(un_story, UN_TITLE, text, dt.date(2026, 3, 10)) == expected
