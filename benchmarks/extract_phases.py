"""Where the extractor's CPU time goes on a large text: CPU seconds per step, and the counts that explain them.

    .venv/bin/python -m benchmarks.extract_phases              # 1 MB built as extract_speed builds it
    .venv/bin/python -m benchmarks.extract_phases --mb 0.5     # smaller
    .venv/bin/python -m benchmarks.extract_phases --rules 15   # also the 15 rules whose scans and checks cost most

Each step is timed by wrapping its function with time.process_time (CPU seconds: the figure to compare on a
machine others load). Only coarse steps are wrapped, so the wrapping costs little: cProfile and sampling
profilers charge a per-call cost that makes small functions called per sentence look several times dearer than
they are (the cue look-up of each clause view: 8.6 % under cProfile, 3 % by this script). Nested steps are
indented under the step that calls them; the rule scans and checks are the inner loop of events._read_events
(scans: each rule's finditer over a clause view its cues allow; checks: each match's check, scope included).
The wrapped text is read once (after a warm-up read of it, so that one-time builds are not counted) and its
events are compared with an unwrapped read: the figures are of the same work.
"""
from __future__ import annotations

import argparse
import collections
import dataclasses
import sys
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a file: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.extract_speed import TITLE, dev_articles, large_text  # noqa: E402
from benchmarks.floor import STORY_FILE  # noqa: E402
from natowatch.extract.events import extract_article  # noqa: E402
from natowatch.flows.files.storyfile import load_story  # noqa: E402

_cpu = time.process_time
_CUES = "cue look-ups (CueIndex.possible_in: resolver and rules)"
_SCOPE = "  scope (Scope.assess, inside the checks)"
# (label, module, owner attribute path, function name): the label's indentation is its nesting
_STEPS = [
    ("propose (unlisted names)", "natowatch.extract.events", None, "propose"),
    ("resolver (Resolver.read)", "natowatch.extract.discourse", "Resolver", "read"),
    ("  mentions (Gazetteer.mentions_until)", "natowatch.extract.gazetteer", "Gazetteer", "mentions_until"),
    ("  references (Resolver._resolve_sentence)", "natowatch.extract.discourse", "Resolver", "_resolve_sentence"),
    ("    scans (Resolver._references)", "natowatch.extract.discourse", "Resolver", "_references"),
    ("  speech (Speech.read)", "natowatch.extract.speech", "Speech", "read"),
    ("  voice (Voice.read)", "natowatch.extract.voice", "Voice", "read"),
    ("clause views (clause_views)", "natowatch.extract.events", None, "clause_views"),
    ("  inserts (InsertReader.spans)", "natowatch.extract.inserts", "InsertReader", "spans"),
    (_CUES, "natowatch.extract.frames.cues", "CueIndex", "possible_in"),
    (_SCOPE, "natowatch.extract.scope", "Scope", "assess"),
]


def _wrap(acc: collections.Counter, label: str, owner, name: str) -> None:
    f = getattr(owner, name)

    def timed(*args, **kwargs):
        started = _cpu()
        try:
            return f(*args, **kwargs)
        finally:
            acc[label] += _cpu() - started
    setattr(owner, name, timed)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=1.0, help="size of the text in MB (default 1)")
    parser.add_argument("--rules", type=int, default=0, help="list this many rules by the cost of their scans and checks")
    args = parser.parse_args(argv)
    import importlib

    import natowatch.extract.events as events
    from natowatch.extract.frames.grammar import Grammar

    story = load_story(STORY_FILE)
    text = large_text(dev_articles(), int(args.mb * 1_000_000))
    started = _cpu()
    plain = extract_article(TITLE, text, None, story, budget_seconds=None)      # also the warm-up
    unwrapped = _cpu() - started

    acc: collections.Counter = collections.Counter()
    for label, module, owner, name in _STEPS:
        mod = importlib.import_module(module)
        _wrap(acc, label, getattr(mod, owner) if owner else mod, name)
    # the rule scans (a list of each scan's matches, as events._keeping keeps them) and each rule's checks
    per_rule: dict[str, list] = collections.defaultdict(lambda: [0, 0, 0.0, 0, 0, 0.0])  # scans, matches, s, checks, findings, s
    names: dict[int, str] = {}

    def scanning(found, into, k):
        began = _cpu()
        got = list(found)
        spent = _cpu() - began
        row = per_rule[names.get(k, str(k))]
        row[0] += 1
        row[1] += len(got)
        row[2] += spent
        acc["rule scans (finditer per rule and view)"] += spent
        into[k] = got
        return iter(got)

    def timed_check(check):
        def run(rule, m, ctx):
            began = _cpu()
            found = list(check(rule, m, ctx))
            spent = _cpu() - began
            row = per_rule[rule.name]
            row[3] += 1
            row[4] += len(found)
            row[5] += spent
            acc["rule checks (scope included)"] += spent
            return found
        return run

    built = set()
    of = Grammar.of.__func__

    def grammar_of(cls, gazetteer):
        grammar = of(cls, gazetteer)
        if id(grammar) not in built:
            built.add(id(grammar))
            grammar.rules = [dataclasses.replace(r, check=timed_check(r.check)) for r in grammar.rules]
            names.update((k, r.name) for k, r in enumerate(grammar.rules))
        return grammar

    Grammar.of = classmethod(grammar_of)
    events._keeping = scanning
    started = _cpu()
    wrapped = extract_article(TITLE, text, None, story, budget_seconds=None)
    total = _cpu() - started
    if [str(e) for e in wrapped.events] != [str(e) for e in plain.events]:
        print("the wrapped reading gave other events: the figures are not of the same work", file=sys.stderr)
    scans = sum(r[0] for r in per_rule.values())
    if not scans:   # (a text proposing no unlisted name is read once, its scans not kept: events._keeping)
        print("no scan was timed: this text proposes no name, so its reading keeps no matches", file=sys.stderr)
    print(f"{args.mb:g} MB, {len(plain.events)} events: {total:.2f} s CPU wrapped ({unwrapped:.2f} s the first read, one-time builds included)")
    labels = [label for label, *_ in _STEPS]
    at = labels.index(_CUES)
    labels[at:at + 1] = ["rule scans (finditer per rule and view)", "rule checks (scope included)", _SCOPE, _CUES]
    del labels[labels.index(_SCOPE, at + 3)]
    for label in labels:
        print(f"  {label:<56} {acc[label]:6.2f} s {100 * acc[label] / total:5.1f} %")
    # (the cue look-ups are made by the resolver and the rule loop both: not a step of their own)
    rest = total - sum(acc[label] for label in labels if not label.startswith(" ") and label != _CUES)
    print(f"  {'the rest (events._read_events itself, dates, ...)':<56} {rest:6.2f} s {100 * rest / total:5.1f} %")
    print(f"  rule scans {scans}, matches {sum(r[1] for r in per_rule.values())}, checks "
          f"{sum(r[3] for r in per_rule.values())}, findings {sum(r[4] for r in per_rule.values())}")
    for name, row in sorted(per_rule.items(), key=lambda kv: -(kv[1][2] + kv[1][5]))[:args.rules]:
        print(f"    {name:<40} scans {row[0]:6d} matches {row[1]:6d} ({row[2]:.3f} s)  "
              f"findings {row[4]:5d} ({row[5]:.3f} s)")


if __name__ == "__main__":
    main()
