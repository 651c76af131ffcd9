"""The lexicon by lemma: one list per concept, word forms generated (extract/lexicon.py)."""
from __future__ import annotations

import pytest

from natowatch.extract.lexicon import Lexicon, expand, list_kind, noun_forms, verb_forms

IRREGULAR = {"throw": ["threw", "thrown"], "take": ["took", "taken"], "begin": ["began", "begun", "beginning"]}


@pytest.mark.parametrize("lemma,forms", [
    ("back", ["back", "backs", "backed", "backing"]),
    ("endorse", ["endorse", "endorses", "endorsed", "endorsing"]),
    ("veto", ["veto", "vetoes", "vetoed", "vetoing"]),
    ("rally", ["rally", "rallies", "rallied", "rallying"]),
    ("drop", ["drop", "drops", "dropped", "dropping"]),
    ("quit", ["quit", "quits", "quitted", "quitting"]),
    ("favour", ["favour", "favours", "favoured", "favouring"]),
    ("pledge", ["pledge", "pledges", "pledged", "pledging"]),
    ("take", ["take", "takes", "took", "taken", "taking"]),
    ("begin", ["begin", "begins", "began", "begun", "beginning"]),
    ("be", ["be", "is", "are", "am", "was", "were", "been", "being"]),
])
def test_verb_forms(lemma, forms):
    assert verb_forms(lemma, IRREGULAR) == forms


def test_the_shipped_lexicon_spells_its_final_stress_and_have_forms(lexicon_mapping):
    """"submit" doubles its t (stress on the last syllable: the lexicon says so), "have" is "has"."""
    irregular = lexicon_mapping["irregular_verbs"]
    assert "submitted" in verb_forms("submit", irregular) and "submited" not in verb_forms("submit", irregular)
    assert verb_forms("have", irregular)[:3] == ["have", "has", "had"]


def test_multiword_verbs_inflect_their_head_and_take_any_possessive():
    forms = expand("throw one's weight behind", "verb", IRREGULAR)
    assert "threw its weight behind" in forms and "throwing their weight behind" in forms
    assert "thrown her weight behind" in forms and "throws his weight behind" in forms
    assert expand("formally +endorse", "verb") == ["formally endorse", "formally endorses", "formally endorsed",
                                                   "formally endorsing"]
    assert expand("=has been", "verb") == ["has been"]


def test_nouns_get_plurals_unless_kept_as_written():
    assert noun_forms("candidacy") == ["candidacy", "candidacies"]
    assert noun_forms("bid") == ["bid", "bids"]
    assert noun_forms("candidates") == ["candidates"]
    assert expand("+objection to", "noun") == ["objection to", "objections to"]
    assert expand("=support", "noun") == ["support"]


def test_list_kind_is_read_from_the_key():
    assert list_kind(("endorsement", "verbs")) == "verb"
    assert list_kind(("candidacy", "bid_nouns")) == "noun"
    assert list_kind(("following_phrases",)) == "phrase"


def test_the_shipped_lexicon_generates_every_tense(lexicon_mapping):
    lex = Lexicon(lexicon_mapping)
    support = lex.words("endorsement", "verbs")
    for form in ("backs", "backed", "backing", "threw its weight behind", "came out in support of",
                 "lining up behind", "lends its support to"):
        assert form in support
    assert {"assume his duties", "assumes her functions", "took the reins", "taking up his post"} <= set(
        lex.words("takes_office", "verbs"))
    assert {"handing the reins", "passes the baton"} <= set(lex.words("takes_office", "handover_verbs"))
    assert {"candidacies", "bids"} <= set(lex.words("candidacy", "bid_nouns"))


@pytest.mark.parametrize("sentence,expected", [
    # each tense of one lemma, and multiword predicates in forms no list spells out
    ("Germany is backing Rutte.", {("endorsement", "Mark Rutte", "Germany")}),
    ("Germany has been throwing its weight behind Rutte.", {("endorsement", "Mark Rutte", "Germany")}),
    ("Poland lined up behind Rutte on Tuesday.", {("endorsement", "Mark Rutte", "Poland")}),
    ("Spain is lending its support to Rutte.", {("endorsement", "Mark Rutte", "Spain")}),
    ("Rutte will assume his duties as secretary general on Tuesday, October 1.", {("takes_office", "Mark Rutte", None)}),
    ("Stoltenberg stepped down on Tuesday, handing the reins to Mark Rutte.", {("takes_office", "Mark Rutte", None)}),
    ("Hungary came out against Rutte's candidacy on Monday.", {("opposition", "Mark Rutte", "Hungary")}),
    ("Hungary declined to endorse Rutte.", {("opposition", "Mark Rutte", "Hungary")}),
    # the same words where they state nothing
    ("Germany might be backing Rutte.", set()),
    ("Hungary has not yet come out against Rutte.", set()),
    ("Rutte will assume his duties as prime minister.", set()),
])
def test_generated_forms_reach_the_rules(triples, sentence, expected):
    assert triples(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    # exceptions: the excepted states state nothing
    ("All allies except Hungary back Rutte.", set()),
    ("Every member apart from Turkey and Hungary has endorsed Rutte.", set()),
    ("All allies other than Slovakia support Rutte, diplomats said on Tuesday.", set()),
    # passives from the lexicon's participles, with or without their auxiliary
    ("Rutte is opposed by Hungary.", {("opposition", "Mark Rutte", "Hungary")}),
    ("Rutte's bid was vetoed by Turkey on Monday.", {("opposition", "Mark Rutte", "Turkey")}),
    ("Rutte, backed by Poland and Spain, is the favourite.",
     {("endorsement", "Mark Rutte", "Poland"), ("endorsement", "Mark Rutte", "Spain")}),
    # (the participle with its agent is the noun's aside: the clause left, "Rutte's candidacy gained ground", states
    # the bid as it does without the aside; session 26)
    ("Rutte's candidacy, endorsed by France, gained ground.", {("endorsement", "Mark Rutte", "France"),
                                                                ("candidacy", "Mark Rutte", None)}),
    ("Rutte is not opposed by Hungary.", set()),
    ("Rutte, supported by most allies, is the favourite.", set()),
    # entity forms: the seat of a government, a demonym before the name, the post as head + organisation
    ("The government in Budapest will not support Rutte for this position.", {("opposition", "Mark Rutte", "Hungary")}),
    ("Ankara will not back Dutch Mark Rutte for the post.", {("opposition", "Mark Rutte", "Turkey")}),
    ("Officials in Brussels said Rutte was the favourite.", set()),
    ("On Wednesday NATO said Rutte, 57, was formally confirmed as head of the alliance.",
     {("appointment", "Mark Rutte", None)}),
])
def test_exceptions_passives_and_entity_forms(triples, sentence, expected):
    assert triples(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    # refusal and pseudo-negation cues bound to the predicate
    ("Budapest decided against backing Rutte.", {("opposition", "Mark Rutte", "Hungary")}),
    ("Orban ruled out supporting Rutte.", {("opposition", "Mark Rutte", "Hungary")}),
    ("France did not hesitate to back Rutte.", {("endorsement", "Mark Rutte", "France")}),
    ("Romania stopped short of endorsing Rutte.", set()),
    ("Hungary did not rule out backing Rutte.", set()),
    # nomination = candidacy + endorsement by the nominating state, in any voice and status
    ("Latvia nominated Karins on Tuesday.",
     {("candidacy", "Krisjanis Karins", None), ("endorsement", "Krisjanis Karins", "Latvia")}),
    ("Karins was nominated by Latvia.",
     {("candidacy", "Krisjanis Karins", None), ("endorsement", "Krisjanis Karins", "Latvia")}),
    # an ended stance states the earlier refusal
    ("On Friday, Slovakia dropped its objections to Rutte.", {("opposition", "Mark Rutte", "Slovakia")}),
])
def test_scope_cues_nominations_and_ended_stances(triples, sentence, expected):
    assert triples(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    # a phrasal verb split by its object, a declared candidacy of someone else, two rivals at once
    ("Latvia put Karins forward for the post.",
     {("candidacy", "Krisjanis Karins", None), ("endorsement", "Krisjanis Karins", "Latvia")}),
    ("Latvia put Karins's name forward for NATO secretary general on Monday.",
     {("candidacy", "Krisjanis Karins", None), ("endorsement", "Krisjanis Karins", "Latvia")}),
    ("The Latvian government formally registered the candidacy of Krisjanis Karins for NATO secretary general.",
     {("candidacy", "Krisjanis Karins", None), ("endorsement", "Krisjanis Karins", "Latvia")}),
    ("Kallas competes with Rutte for the post.", {("candidacy", "Kaja Kallas", None), ("candidacy", "Mark Rutte", None)}),
    ("Latvia put Karins forward for a UN job.", set()),
    ("Latvia may put Karins forward for the post.", set()),
    ("Kallas competed with Rutte in a debate on Ukraine.", set()),
])
def test_nominations_in_other_shapes_and_rivals(triples, sentence, expected):
    assert triples(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Slovakia and, more cautiously, Hungary have said they will not support Rutte.",
     {("opposition", "Mark Rutte", "Slovakia"), ("opposition", "Mark Rutte", "Hungary")}),
    ("Neither Germany nor France has backed Kallas.", set()),
    ("Apart from Turkey, every ally has by now signalled support for Mark Rutte.", set()),
    ("Romania is prepared to support Rutte should Iohannis withdraw.", set()),
    ("Germany intends to back Rutte, a government spokesman said.", {("endorsement", "Mark Rutte", "Germany")}),
    ("Iohannis finally threw in the towel.", {("withdrawal", "Klaus Iohannis", None)}),
    ("Kallas took herself out of contention.", {("withdrawal", "Kaja Kallas", None)}),
    ("Germany put its full weight behind Rutte's bid.", {("endorsement", "Mark Rutte", "Germany")}),
])
def test_asides_in_lists_neither_nor_inverted_conditions_and_idioms(triples, sentence, expected):
    assert triples(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    # a candidate in office acts for their state (the guide); not when they are the object of someone else
    ("Kallas left the race in June, and now she has backed Rutte for the job.",
     {("endorsement", "Mark Rutte", "Estonia"), ("withdrawal", "Kaja Kallas", None)}),
    ("Iohannis said on Thursday that he would not support Rutte.", {("opposition", "Mark Rutte", "Romania")}),
    ("Hungary criticised Rutte and backed Iohannis.", {("endorsement", "Klaus Iohannis", "Hungary")}),
    # the label before the name; not hedged, not only what was withdrawn
    ("Another rival candidate, Romanian President Klaus Iohannis, met allies on Monday.",
     {("candidacy", "Klaus Iohannis", None)}),
    ("A possible candidate, Kaja Kallas, met allies on Monday.", set()),
    ("The last remaining candidate, Klaus Iohannis, withdrew on Thursday.", {("withdrawal", "Klaus Iohannis", None)}),
    # the withdrawal announced as a noun; a goal in a gerund takes no office
    ("Iohannis announced the withdrawal of his candidacy for NATO chief.", {("withdrawal", "Klaus Iohannis", None)}),
    ("Kallas expressed interest in becoming NATO Secretary General.", {("candidacy", "Kaja Kallas", None)}),
    ("Top NATO powers on Thursday backed Rutte to succeed Stoltenberg.", set()),
])
def test_candidates_acting_for_their_state_labels_and_nominal_withdrawals(triples, sentence, expected):
    assert triples(sentence) == expected
