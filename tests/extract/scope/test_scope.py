"""Negation, modality, condition and status of one match."""
from __future__ import annotations

import pytest

from natowatch.extract.lexicon import Lexicon
from natowatch.extract.scope import Scope


@pytest.fixture(scope="module")
def scope(story):
    return Scope.of(Lexicon.of(story))


@pytest.mark.parametrize("left,gap,right,support,expected", [
    ("", " could ", " him if he apologises", True, ("condition", False)),
    ("", " could ", " him", True, ("modality", False)),
    ("", " will ", " him if he apologises", True, ("condition", False)),
    ("If ", " ", "", True, ("condition", False)),
    ("", " is likely to be ", "", False, ("modality", False)),
    ("", " is expected to be ", "", False, ("modality", False)),
    ("", " may ", "", False, ("modality", False)),
    ("", " has not announced its ", "", True, ("negation", False)),
    ("", " have not officially ", "", True, ("negation", False)),
    ("", " has not yet ", "", True, ("negation", False)),
    ("", " certainly cannot ", "", True, (None, True)),
    ("", " publicly refused to ", "", True, (None, True)),
    ("", " did not ", "", True, (None, True)),
    ("", " could not ", "", True, (None, True)),
    ("", " indicated on June 18, they would ", "", True, (None, False)),
    ("", " said it would ", "", True, (None, False)),
    ("", " denied reports that it would ", "", True, ("doubt", False)),
    ("", " is ready to ", "", True, (None, False)),
    ("", " quickly ", "", True, (None, False)),
    ("", " agreed with allies to ", "", False, ("infinitive", False)),
    ("", " withdrew in May and ", "", False, (None, False)),
])
def test_assess(scope, left, gap, right, support, expected):
    verdict = scope.assess(left + gap + right, left, gap, right, support=support)
    assert (verdict.blocked, verdict.refusal) == expected


@pytest.mark.parametrize("left,gap,right,status", [
    ("", " is ready to ", " Rutte", "tentative"),
    ("", " is leaning towards ", " Rutte", "tentative"),
    ("", " can ", " his ambition", "tentative"),
    ("According to Reuters, ", " ", " Rutte", "reported"),
    ("", " reportedly ", " Rutte", "reported"),
    ("", " ", " Rutte, Reuters reported", "reported"),
    ("", " ", " Rutte", "confirmed"),
    # attribution is scoped to its own clause, and a state speaking for itself is no report
    ("Turkey reportedly dropped its objections, and ", " ", " Rutte", "confirmed"),
    ("", " ", " Rutte, the ⟨S3⟩ foreign minister wrote", "confirmed"),
])
def test_status(scope, left, gap, right, status):
    assert scope.assess(left + "⟨S0⟩" + gap + "supports" + right, left, gap, right, support=True).status == status


def test_status_of_a_that_clause_follows_its_report(scope):
    lead = "Dutch media reported that "
    assert scope.assess(lead + "⟨S0⟩ backs ⟨C1⟩", "", " ", "", lead=lead).status == "reported"


def test_modal_in_the_lead_governs_a_that_clause(scope):
    verdict = scope.assess("Supporters insist that he becomes chief", "", " ", "", lead="Supporters insist that ")
    assert verdict.blocked == "modality"
    verdict = scope.assess("He announced that he would run", "", " would ", "", lead="He announced that ")
    assert verdict.blocked is None


def test_clause_boundaries(scope):
    text = "Rutte is in a strong position after he received the backing of the US"
    assert text[scope.clause_left(text, text.index("received")):].startswith(" he received")
