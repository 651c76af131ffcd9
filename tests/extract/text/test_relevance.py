"""natowatch.extract.judge_relevance: whether an article is about a story and, when it is not, why."""
from __future__ import annotations

from pathlib import Path

from natowatch.extract import Relevance, is_about_story, judge_relevance
from natowatch.extract.relevance import MAX_NAMED

CORPORA = Path(__file__).resolve().parents[2] / "corpora"
MISSING = ("names neither the post (NATO Secretary General or an alias) nor the organisation (NATO or an alias)")


def test_an_article_naming_the_post_or_the_organisation_is_about_the_story(story):
    assert judge_relevance("Rutte takes over as NATO secretary general", "", story) == Relevance(True, None)
    assert judge_relevance("", "The alliance met in Brussels.", story) == Relevance(True, None)


# a match report longer than a short item (extract/race_article.py SHORT_ITEM)
DERBY = ("Mark Rutte watched the derby with Hungary's Viktor Orban; Rutte left early. Ajax took the lead after ten "
         "minutes through a header from a corner, and PSV equalised before the break with a penalty. The winner came "
         "late: a long shot deflected off a defender and looped over the goalkeeper. The crowd of 55,000 stayed long "
         "after the final whistle.")


def test_the_reason_says_what_was_missing_and_names_what_was_there_in_order(story):
    judged = judge_relevance("Ajax beat PSV", DERBY, story)
    assert judged == Relevance(False, MISSING + "; it names Mark Rutte (candidate), Hungary (member state)")
    assert judge_relevance("Dutch cabinet sworn in", "Schoof leads the new coalition.", story).why_not == (
        MISSING + "; it names Netherlands (member state)")   # 'Dutch cabinet': the demonym with a government noun


def test_a_short_item_naming_a_candidate_is_about_the_story_unless_of_another_aim(story):
    """A headline or a feed's summary names the candidate and what happened, not always the post."""
    assert judge_relevance("Hungary says no to Rutte", "", story) == Relevance(True, None)
    # (one that states no event of the race is not: "Rutte watched the derby")
    assert not judge_relevance("Ajax beat PSV", "Mark Rutte watched the derby with Hungary's Viktor Orban.", story).about
    judged = judge_relevance("Rutte's bid to form a fifth cabinet fails", "", story)
    assert judged == Relevance(False, MISSING + "; it names Mark Rutte (candidate)")
    assert not judge_relevance("Dutch politics", DERBY, story).about     # a longer text needs a word of the race


def test_another_race_is_named_as_such(story):
    judged = judge_relevance("Who will be the next UN secretary-general?", "The race is open.", story)
    assert not judged.about and judged.why_not == MISSING + "; it names UN secretary-general (another race)"


def test_a_long_list_of_names_is_cut_with_a_count(story):
    states = ["France", "Germany", "Italy", "Spain", "Poland", "Greece", "Portugal"]
    judged = judge_relevance("Europe's football", " ".join(f"{s} played." for s in states), story)
    assert judged.why_not == MISSING + "; it names " + ", ".join(f"{s} (member state)" for s in states[:MAX_NAMED]) \
        + f" and {len(states) - MAX_NAMED} more"


def test_the_judgement_is_the_extractors_decision_on_every_corpus_article(story):
    """The reason is given exactly when is_about_story says no (real articles, both kinds)."""
    paths = sorted(CORPORA.glob("*/articles/*.txt"))
    assert len(paths) > 100
    rejected = 0
    for path in paths:
        title, _, text = path.read_text(encoding="utf-8").partition("\n")
        judged = judge_relevance(title, text, story)
        assert judged.about == is_about_story(title, text, story), path
        assert (judged.why_not is None) == judged.about, path
        rejected += not judged.about
    assert rejected > 0   # the corpora hold articles not about the race
