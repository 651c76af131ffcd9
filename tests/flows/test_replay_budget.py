"""The extraction's time budget in replay (settings' extract.budget_seconds): an article cut short
keeps the events of the part read and adds one line naming it to the batch's problems."""
from __future__ import annotations

from natowatch.flows.pipelines.replay import read_and_extract
from tests.extract.speed.test_budget import Jumping


def test_an_article_cut_short_is_one_problem_line_naming_it(tmp_path, story):
    (tmp_path / "a.txt").write_text("The race for NATO secretary general\n\nGermany backs Mark Rutte. "
                                    "Poland backs Mark Rutte. Italy backs Mark Rutte.", encoding="utf-8")
    whole = Jumping()
    batch = read_and_extract(tmp_path, story, budget_seconds=2.5, clock=whole)
    assert batch.problems == () and len(batch.articles[0].read.found[0].events) == 3
    # the rules read the clock last: before each sentence and each rule match (two a sentence); the
    # clock jumps an hour before Poland's
    cut = read_and_extract(tmp_path, story, budget_seconds=2.5, clock=Jumping(whole.reads - 6))
    assert [(e.subject, e.actor) for e in cut.articles[0].read.found[0].events] == [("Mark Rutte", "Germany")]
    assert cut.problems == (f"{tmp_path / 'a.txt'}: extraction stopped at its time budget (2.5 s): "
                            "the rest of the article was not read",)


def test_no_budget_reads_every_article_whole(tmp_path, story):
    (tmp_path / "a.txt").write_text("The race for NATO secretary general\n\nGermany backs Mark Rutte.", encoding="utf-8")
    batch = read_and_extract(tmp_path, story, budget_seconds=None, clock=Jumping(0))
    assert batch.problems == () and len(batch.articles[0].read.found[0].events) == 1
