"""The extractor on the dev and seed corpora, scored by the shared scorer."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
DEV = ROOT / "tests" / "corpora" / "dev"
SEEDS_GOLD = ROOT / "tests" / "gold" / "seeds.json"
SEEDS_MANIFEST = ROOT / "seeds" / "manifest.json"
HELDOUT = ROOT / "tests" / "corpora" / "heldout"
HELDOUT2 = ROOT / "tests" / "corpora" / "heldout2"
HELDOUT3 = ROOT / "tests" / "corpora" / "heldout3"
HELDOUT4 = ROOT / "tests" / "corpora" / "heldout4"
HELDOUT5 = ROOT / "tests" / "corpora" / "heldout5"
ARTICLES4 = ROOT / "tests" / "corpora" / "articles4-{}"


def _module(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


predict = _module(ROOT / "tests" / "corpora" / "predict.py", "corpus_predict")
score = _module(DEV / "score.py", "corpus_score")


def _f1(gold_path: Path, rows: list[dict], tmp_path: Path) -> float:
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return score.main([str(gold_path), str(pred)])


def test_dev_f1_and_nothing_from_unrelated_articles(story, tmp_path):
    """All 32 dev articles (20 added blind at F1 0.687: P 0.917 R 0.550; 0.941 then 0.964 after the
    general mechanisms of two sessions); its six unrelated articles give nothing."""
    rows, _ = predict.predict(DEV / "manifest.json", story)
    assert _f1(DEV / "gold.json", rows, tmp_path) >= 0.95
    assert not [r for r in rows if r["article"] in ("h31", "h34", "n08", "n35", "n42", "n44")]


def test_seed_f1(story, tmp_path):
    if not SEEDS_GOLD.exists():
        pytest.skip("tests/gold/seeds.json is not there yet")
    rows, _ = predict.predict(SEEDS_MANIFEST, story)
    assert _f1(SEEDS_GOLD, rows, tmp_path) >= 0.95


def _precision_recall(corpus: Path, rows: list[dict]) -> tuple[float, float]:
    gold = {a: {score.key(e) for e in evs} for a, evs in json.loads((corpus / "gold.json").read_text()).items()}
    pred: dict[str, set] = {}
    for r in rows:
        pred.setdefault(r["article"], set()).add(score.key(r))
    tp = sum(len(pred.get(a, set()) & g) for a, g in gold.items())
    fp = sum(len(pred.get(a, set()) - g) for a, g in gold.items())
    fn = sum(len(g - pred.get(a, set())) for a, g in gold.items())
    return tp / (tp + fp), tp / (tp + fn)


def test_heldout_recall_gain_without_losing_precision(story):
    """Articles written by an independent evaluator in other outlets' styles: never tuned on,
    the floors protect what general rules reached (P 1.000, R 1.000 when written)."""
    rows, _ = predict.predict(HELDOUT / "manifest.json", story)
    precision, recall = _precision_recall(HELDOUT, rows)
    assert precision >= 0.95 and recall >= 0.97, (precision, recall)
    assert not [r for r in rows if r["article"] in ("ho16", "ho17", "ho18", "ho19", "ho20")]


def test_second_heldout_floor(story):
    """A second blind set, read only through diagnoses of the patterns missed (P 1.000 R 0.634 before,
    P 1.000 R 0.902 after the general fixes, 0.951 later); its unrelated articles give nothing."""
    rows, _ = predict.predict(HELDOUT2 / "manifest.json", story)
    precision, recall = _precision_recall(HELDOUT2, rows)
    assert precision >= 0.95 and recall >= 0.93, (precision, recall)
    assert not [r for r in rows if r["article"] in ("hb11", "hb12", "hb13", "hb14")]


def test_third_heldout_floor(story):
    """A third blind set (16 articles of text kinds the others lack: feature, column, Q&A, timeline,
    transcript, newsletter, live blog): P 0.926 R 0.633 on first sight, P 0.958 R 0.861 after the
    general fixes its diagnosis pointed to; its four unrelated articles give nothing."""
    rows, _ = predict.predict(HELDOUT3 / "manifest.json", story)
    precision, recall = _precision_recall(HELDOUT3, rows)
    assert precision >= 0.94 and recall >= 0.83, (precision, recall)
    assert not [r for r in rows if r["article"] in ("ht13", "ht14", "ht15", "ht16")]


def test_fourth_heldout_floor(story):
    """A fourth blind set (18 articles in the house styles of real outlets), scored once blind at
    P 0.983 R 0.731, P 1.000 R 0.923 after the general fixes its diagnosis pointed to."""
    rows, _ = predict.predict(HELDOUT4 / "manifest.json", story)
    precision, recall = _precision_recall(HELDOUT4, rows)
    assert precision >= 0.97 and recall >= 0.9, (precision, recall)
    assert not [r for r in rows if r["article"] in ("hq15", "hq16", "hq17", "hq18")]


def test_fifth_heldout_floor(story):
    """A fifth blind set (18 texts: official statements, transcripts, a fact-check, round-ups, a
    year-in-review), scored once blind at P 0.918 R 0.634, P 0.952 R 0.845 after the general fixes."""
    rows, _ = predict.predict(HELDOUT5 / "manifest.json", story)
    precision, recall = _precision_recall(HELDOUT5, rows)
    assert precision >= 0.93 and recall >= 0.82, (precision, recall)
    assert not [r for r in rows if r["article"] in ("hv15", "hv16", "hv17", "hv18")]


def test_un_dev_floor(tmp_path):
    """The UN race's dev articles, read through its own story file (blind F1 0.625; 0.706, then 1.000
    on its 11 events after the nomination mechanisms: several states, nouns, performatives)."""
    un = ROOT / "tests" / "corpora" / "un"
    rows, _ = predict.predict(un / "manifest.json", predict.load_story(ROOT / "config" / "stories" /
                                                                       "un-secretary-general-2026.yaml"))
    assert _f1(un / "gold.json", rows, tmp_path) >= 0.9


@pytest.mark.parametrize("race,story_file,floor", [
    ("nato", "nato-secretary-general.yaml", (0.92, 0.73)),
    ("un", "un-secretary-general-2026.yaml", (0.9, 0.64)),
])
def test_articles4_floor(race, story_file, floor):
    """Blind set 4 (40 invented articles of both races, nine genres): scored once blind at NATO P 0.932
    R 0.667, UN P 0.912 R 0.521; NATO P 0.939 R 0.755, UN P 0.918 R 0.655 after the general fixes its
    diagnosis pointed to. Its articles with no event give none (the UN one names a candidacy of the
    2016 selection: before the story's race_opened)."""
    corpus = Path(str(ARTICLES4).format(race))
    rows, _ = predict.predict(corpus / "manifest.json", predict.load_story(ROOT / "config" / "stories" / story_file))
    precision, recall = _precision_recall(corpus, rows)
    assert precision >= floor[0] and recall >= floor[1], (precision, recall)
    assert not [r for r in rows if r["article"] in ("n20", "u20")]
