#!/usr/bin/env python3
"""Which layer each missed gold event of a corpus fails at (entity, lexicon or frame/scope).

usage: python tests/corpora/diagnose.py SETDIR TAG [--show] [--only A,B,C,D] [--pred-dir DIR]

SETDIR holds nato/ and un/ (each a manifest.json and gold.json), as the blind sets do; the predictions are
`DIR/<set>-<race>-TAG.jsonl` (DIR /tmp by default: the files `/work/notes/score12.sh` and `predict.py` write).
Each gold key (type, subject[, actor]) the predictions lack is read again, the article with the candidates the
extractor would propose for it (discover.py), and put in one class:

  A  no sentence resolves the subject (a name form the gazetteer does not know, an unlisted name not proposed);
  B  the subject is resolved somewhere, but never in a sentence that also resolves the actor (a pronoun, a
     possessive, a label or a role noun the resolver left open in the actor's sentence);
  C  both are resolved in one sentence, but none of those sentences holds a word of the type's lexicon section;
  D  both, and a word of the type, in one sentence: no rule's shape matched or a scope check refused (frames/scope).

It prints the count per class and per (type, class); `--show` prints each miss with its sentences: for A the
sentences naming the subject's surname as written, for B the sentences resolving the subject and those resolving
the actor (with the mentions found there), for C and D the sentences holding both.
"""
from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path
from typing import Any, Iterator, Mapping

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "dev"))

import json  # noqa: E402

import score  # noqa: E402  (tests/corpora/dev/score.py: the keys the scores compare)
from predict import load_corpus  # noqa: E402

from natowatch.extract.events import read_article  # noqa: E402
from natowatch.extract.lexicon import Lexicon  # noqa: E402
from natowatch.extract.provisional import propose, with_candidates  # noqa: E402
from natowatch.extract.text import article_text, fold  # noqa: E402
from natowatch.flows.files.storyfile import load_story  # noqa: E402

ROOT = HERE.parents[1]
STORIES = {"nato": ROOT / "config/stories/nato-secretary-general.yaml",
           "un": ROOT / "config/stories/un-secretary-general-2026.yaml"}
TYPES = ("candidacy", "endorsement", "opposition", "withdrawal", "appointment", "takes_office")
ACTOR_KINDS = ("S", "O", "M")
CLASSES = {"A": "no sentence resolves the subject",
           "B": "subject resolved, actor never in a sentence with it",
           "C": "both resolved, no word of the type's lexicon there",
           "D": "both + a word of the type in one sentence (frame/scope)"}


def _lists(node: Any, path: tuple[str, ...]) -> Iterator[tuple[str, ...]]:
    if isinstance(node, list) and all(isinstance(w, str) for w in node):
        yield path
    elif isinstance(node, Mapping):
        for k, v in node.items():
            yield from _lists(v, (*path, str(k)))


def type_pattern(lex: Lexicon, kind: str) -> re.Pattern:
    """Every word form of the type's lexicon section (verbs inflected, nouns pluralised by the project's loader)."""
    forms: set[str] = set()
    for path in _lists(lex.data.get(kind, {}), (kind,)):
        try:
            words = lex.words(*path)
        except Exception:  # (a list the loader reads otherwise: taken as written)
            words = lex._entries(path)
        for w in words:
            w = w.lstrip("=").replace("+", "").replace("one's", "its").lower().strip()
            if len(w) >= 3 and "@" not in w:
                forms.add(w)
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, forms), key=len, reverse=True)) + r")\b")


def readings(item: dict, story) -> list:
    """The article's sentences with resolved mentions, read as the extractor reads it: with the names it proposes."""
    states: dict[str, str] = {}
    names = propose(item["title"], item["text"], story, None, None, states)
    read_as = with_candidates(story, names, states) if names else story
    return read_article(item["title"], item["text"], read_as)


def classify(reads: list, key: tuple, patterns: dict) -> tuple[str, list, list]:
    t, subj = key[0], key[1]
    actor = key[2] if len(key) > 2 else None
    rows = []
    for r in reads:
        cands = {score.person_key(m.value) for m in r.mentions if m.kind == "C"}
        acts = {score.actor_key(m.value) for m in r.mentions if m.kind in ACTOR_KINDS}
        rows.append((cands, acts, r))
    withs = [x for x in rows if subj in x[0]]
    if not withs:
        return "A", [], []
    both = [x for x in withs if actor is None or actor in x[1]]
    if not both:
        return "B", withs, [x for x in rows if actor in x[1]]
    if not any(patterns[t].search(x[2].text) for x in both):
        return "C", both, []
    return "D", both, []


def _line(r, mark: str = "") -> str:
    ms = ", ".join(f"{m.kind}:{m.value}({m.form})" for m in r.mentions)
    return f"    {mark}{r.sentence.text.strip()[:300]}\n       [{ms}]"


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("setdir", type=Path)
    ap.add_argument("tag")
    ap.add_argument("--show", action="store_true", help="print each miss with its sentences")
    ap.add_argument("--only", default="ABCD", help="classes to show (e.g. AB)")
    ap.add_argument("--pred-dir", type=Path, default=Path("/tmp"))
    a = ap.parse_args(argv)
    only = set(a.only.replace(",", ""))
    cats: collections.Counter = collections.Counter()
    bytype: collections.Counter = collections.Counter()
    for race, story_path in STORIES.items():
        if not (a.setdir / race / "gold.json").exists():
            continue
        story = load_story(story_path)
        lex = Lexicon.of(story)
        patterns = {t: type_pattern(lex, t) for t in TYPES}
        gold = json.loads((a.setdir / race / "gold.json").read_text())
        pred = score.load_pred(a.pred_dir / f"{a.setdir.name}-{race}-{a.tag}.jsonl")
        for item in load_corpus(a.setdir / race / "manifest.json"):
            keys = {score.key(e): e for e in gold.get(item["id"], [])}
            missed = [k for k in keys if k not in pred.get(item["id"], set())]
            if not missed:
                continue
            reads = readings(item, story)
            for k in missed:
                c, subj_rows, actor_rows = classify(reads, k, patterns)
                cats[c] += 1
                bytype[(k[0], c)] += 1
                if not a.show or c not in only:
                    continue
                note = keys[k].get("note", "")
                print(f"{c} {item['id']} {k}\n  gold: {note[:300]}")
                if c == "A":
                    surname = k[1]
                    for r in reads:
                        if surname in fold(r.sentence.text).lower():
                            print(_line(r))
                elif c == "B":
                    for x in subj_rows[:4]:
                        print(_line(x[2], "subj> "))
                    for x in actor_rows[:4]:
                        i = reads.index(x[2])
                        for before in reads[max(0, i - 2):i]:
                            print(_line(before, "prev> "))
                        print(_line(x[2], "actr> "))
                else:
                    for x in subj_rows[:3]:
                        print(_line(x[2]))
    for c in sorted(cats):
        print(f"{cats[c]:4d}  {c} {CLASSES[c]}")
    print("by type:", {f"{t}/{c}": n for (t, c), n in sorted(bytype.items())})


if __name__ == "__main__":
    main(sys.argv[1:])
