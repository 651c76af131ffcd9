"""Nominations, round 35 (issue 12): two general gaps of the nomination frames.

- The agent of a nominating passive or participle may carry its leader's title or be that leader's government ("was
  nominated by President X's government", "put forward by the government of Prime Minister X", "X, nominated by
  President Y,"), as the stance passives' agents already could (frames/base.TITLE): the candidacy and the state's
  endorsement.
- A candidate's role set off after the name that holds a name of the post or of a body ("X, the head of UN Trade and
  Development, whom S put forward ..."): the role is the candidate's descriptor, the longer mention, also where a name
  of the post ("the head of the UN") starts at the same place (references._on_role), so the relative clause after it
  is about the candidate.

Near misses: the same agents nominating for another aim (an award), a verb that is no nomination (praised, invited,
sent), a modal."""
from __future__ import annotations

from tests.extract.conftest import CAND, E, both_races

IOHANNIS, RUTTE = "Klaus Iohannis", "Mark Rutte"
GROSSI, GRYNSPAN = "Rafael Grossi", "Rebeca Grynspan"

NATO_CASES = [
    ("Klaus Iohannis was put forward by the government of Prime Minister Marcel Ciolacu on Tuesday.",
     {CAND(IOHANNIS), E(IOHANNIS, "Romania")}),
    ("Klaus Iohannis, who was nominated by Prime Minister Marcel Ciolacu's government in March, faces a long road.",
     {CAND(IOHANNIS), E(IOHANNIS, "Romania")}),
    ("Klaus Iohannis, nominated by Prime Minister Marcel Ciolacu, faces a long road.",
     {CAND(IOHANNIS), E(IOHANNIS, "Romania")}),
    ("Mark Rutte was formally proposed by the government of Prime Minister Evika Silina for the post of NATO "
     "secretary general.", {CAND(RUTTE), E(RUTTE, "Latvia")}),
    ("Mark Rutte, who was put forward by Chancellor Olaf Scholz's government, faces a long road.",
     {CAND(RUTTE), E(RUTTE, "Germany")}),
    # near misses
    ("Klaus Iohannis was nominated by Prime Minister Marcel Ciolacu's government for a national award.", set()),
    ("Klaus Iohannis, who was invited by Prime Minister Marcel Ciolacu's government in March, spoke at length.", set()),
    ("Mark Rutte, who was praised by the government of Prime Minister Evika Silina, spoke at length.", set()),
    ("Klaus Iohannis could be put forward by the government of Prime Minister Marcel Ciolacu.", set()),
    ("Mark Rutte was thanked by Chancellor Olaf Scholz's government on Tuesday.", set()),
]

UN_CASES = [
    ("Rebeca Grynspan, the head of UN Trade and Development, whom Costa Rica put forward in September, is popular.",
     {CAND(GRYNSPAN), E(GRYNSPAN, "Costa Rica")}),
    ("Rebeca Grynspan, the head of UN Trade and Development, who was nominated by Costa Rica in September, is popular.",
     {CAND(GRYNSPAN), E(GRYNSPAN, "Costa Rica")}),
    ("Rafael Grossi, the head of the IAEA, who was nominated by President Javier Milei's government in November, is "
     "popular.", {CAND(GROSSI), E(GROSSI, "Argentina")}),
    ("Rafael Grossi was put forward by the government of President Javier Milei on Monday.",
     {CAND(GROSSI), E(GROSSI, "Argentina")}),
    ("Rafael Grossi, nominated by President Javier Milei, is popular.", {CAND(GROSSI), E(GROSSI, "Argentina")}),
    # near misses
    ("Rebeca Grynspan, the head of UN Trade and Development, whom Costa Rica praised in September, spoke at length.",
     set()),
    ("Rafael Grossi was nominated by President Javier Milei for a national award.", set()),
    ("Rafael Grossi, the head of the IAEA, who was invited by President Javier Milei's government in November, spoke.",
     set()),
    ("Rebeca Grynspan, the head of UN Trade and Development, whom Costa Rica sent to Geneva in 2021, spoke at length.",
     set()),
    ("Rafael Grossi might be nominated by the government of President Javier Milei later this year.", set()),
]


@both_races(NATO_CASES, UN_CASES)
def test_nomination_agents_and_roles(race_keys, race, sentence, expected):
    assert race_keys(race, sentence) == expected
