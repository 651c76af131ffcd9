"""Code health, session 35 (tidy35): modules split along their seams with no change of output. The grid reads one
sentence per form each moved piece decides, in both races, about half of them near misses giving no event; it passes
before and after the splits (each commit says what moved where):

- frames/withdrawal_time.py (from withdrawal.py): a verb that also leaves an office is a withdrawal by a date alone
  after it ("stepped aside last week"), not with another office ("stepped aside as head of X last week");
- frames/stance_forms.py and frames/stance_agents.py (from stance.py): a state called a supporter ("is a firm
  supporter of X", "S and T, X's earliest backers,", "among the supporters of X", "opponents of X led by S"), not a
  guessed or a denied one ("X's possible backers", "could become a supporter", "are not among the supporters");
- frames/candidacy_field.py (from candidacy_checks.py): names the race sets together ("The race pits A against B",
  "the race is now between A and B", "A's rival in the race, B"), not a debate, a race that would be, or a rival of
  another time;
- frames/candidacy_nominated.py (from candidacy.py): a nomination told around the name ("S's nomination of X", "X,
  whom S nominated in March", "X, nominated by S and T,", "X was nominated by S"), not a possible one or another
  post's;
- discover_forms.py (from discover.py): an unlisted name a state nominates is proposed and kept, one who only speaks
  of the vote is not;
- spans.py (from clauses.py): a dashed aside after a name read as one set off by commas ("X - the only other
  candidate - met Y"), not one naming another office;
- subject_chains.told_they: "A and B both said they are running" is each of them, not "said they would meet".
"""
from __future__ import annotations

from tests.extract.conftest import CAND, E, O, WD, both_races

NATO_CASES = [
    ("The race pits Mark Rutte against Klaus Iohannis.", {CAND("Mark Rutte"), CAND("Klaus Iohannis")}),
    ("The debate pits Mark Rutte against Klaus Iohannis.", set()),
    ("Spain is a firm supporter of Mark Rutte.", {E("Mark Rutte", "Spain")}),
    ("Analysts say Spain could become a supporter of Mark Rutte.", set()),
    ("Poland and Spain, Mark Rutte's earliest backers, welcomed the news.",
     {E("Mark Rutte", "Poland"), E("Mark Rutte", "Spain")}),
    ("Poland and Spain, Mark Rutte's possible backers, stayed silent.", set()),
    ("The Netherlands and Spain are among the supporters of Mark Rutte.",
     {E("Mark Rutte", "Netherlands"), E("Mark Rutte", "Spain")}),
    ("The Netherlands and Spain are not among the supporters of Mark Rutte.", set()),
    ("Opponents of Mark Rutte led by Hungary met in Budapest.", {O("Mark Rutte", "Hungary")}),
    ("Klaus Iohannis stepped aside last week.", {WD("Klaus Iohannis")}),
    ("Klaus Iohannis stepped aside as president last week.", set()),
    ("Romania's nomination of Klaus Iohannis was welcomed in Brussels.",
     {CAND("Klaus Iohannis"), E("Klaus Iohannis", "Romania")}),
    ("Romania's possible nomination of Klaus Iohannis was discussed in Brussels.", set()),
    ("Klaus Iohannis, whom Romania nominated in March, met Mark Rutte.",
     {CAND("Klaus Iohannis"), E("Klaus Iohannis", "Romania")}),
    ("Klaus Iohannis, whom Romania may nominate in March, met Mark Rutte.", set()),
    ("Mark Rutte's rival in the race, Klaus Iohannis, spoke in Brussels.", {CAND("Mark Rutte"), CAND("Klaus Iohannis")}),
    ("Mark Rutte's rival in Dutch politics spoke in Brussels.", set()),
    ("Mark Rutte - the only other candidate - met Klaus Iohannis.", {CAND("Mark Rutte")}),
    ("Mark Rutte - the prime minister - met Klaus Iohannis in Brussels.", set()),
    ("Mark Rutte and Klaus Iohannis both said they are running for NATO secretary general.",
     {CAND("Mark Rutte"), CAND("Klaus Iohannis")}),
    ("Mark Rutte and Klaus Iohannis both said they are not interested in becoming NATO secretary general.", set()),
]

UN_CASES = [
    ("The race for UN Secretary-General is now between Rafael Grossi and Michelle Bachelet.",
     {CAND("Rafael Grossi"), CAND("Michelle Bachelet")}),
    ("A race between Rafael Grossi and Michelle Bachelet would be close.", set()),
    ("Michelle Bachelet, nominated by Chile and Brazil, leads the field.",
     {CAND("Michelle Bachelet"), E("Michelle Bachelet", "Chile"), E("Michelle Bachelet", "Brazil")}),
    ("Michelle Bachelet, nominated by Chile to the UN human rights post in 2018, spoke in Geneva.", set()),
    ("Rafael Grossi was nominated by Argentina in November.", {CAND("Rafael Grossi"), E("Rafael Grossi", "Argentina")}),
    ("Rafael Grossi was nominated to head the IAEA in 2019.", set()),
    ("Rafael Grossi's main rival in the race, Michelle Bachelet, spoke in Geneva.",
     {CAND("Rafael Grossi"), CAND("Michelle Bachelet")}),
    ("Brazil is one of Michelle Bachelet's most vocal backers.", {E("Michelle Bachelet", "Brazil")}),
    ("Brazil is one of Michelle Bachelet's likely backers.", set()),
    ("Rebeca Grynspan stepped aside last week, clearing the way for Rafael Grossi.", {WD("Rebeca Grynspan")}),
    ("Rebeca Grynspan stepped aside as head of UNCTAD last week.", set()),
    ("Ghana nominated Ekow Mensah-Bonsu, a former finance minister, for the post of UN Secretary-General.",
     {CAND("Ekow Mensah-Bonsu"), E("Ekow Mensah-Bonsu", "Ghana")}),
    ("Ghana's former finance minister Ekow Mensah-Bonsu said the vote for UN Secretary-General would be close.", set()),
    ("Michelle Bachelet - the only other candidate - met Rafael Grossi.", {CAND("Michelle Bachelet")}),
    ("Michelle Bachelet - a former president of Chile - met Rafael Grossi.", set()),
    ("Rafael Grossi and Michelle Bachelet have both said they are candidates for UN Secretary-General.",
     {CAND("Rafael Grossi"), CAND("Michelle Bachelet")}),
    ("Rafael Grossi and Michelle Bachelet said they would meet in Geneva.", set()),
]


@both_races(NATO_CASES, UN_CASES)
def test_split_modules_read_as_before(race_keys, race, sentence, expected):
    assert race_keys(race, sentence) == expected
