#!/usr/bin/env python3
"""A red team's two scripts, shared by every redteamNN folder instead of a copy in each.

usage:
  redteam_tools.py gen DIR N --prefix rt24
      builds DIR/probes-batchN.yaml from DIR/itemsN.py unless it exists (a written batch is frozen), then
      DIR/probes.yaml = every probes-batch*.yaml in name order. Items are tuples
      (class, story, published, title, text, [(type, subject, actor, status), ...]); ids PREFIX-mNN-MM.
  redteam_tools.py compare DIR BEFORE AFTER --prefix rt24 [--batch2-from m04]
      compares two `score_constructions.py --misses` outputs: per class, per commit (DIR/commit_map.json maps
      "mNN" to the commit a class probes), per batch; items fixed and broken; new false events and misses.
"""
from __future__ import annotations

import argparse
import ast
import importlib
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

import yaml


def gen(folder: Path, batch: str, prefix: str) -> None:
    sys.path.insert(0, str(folder))
    path = folder / f"probes-batch{batch}.yaml"
    if path.exists():
        print(f"{path.name} is frozen; not rewriting")
    else:
        out, counts = [], defaultdict(int)
        for cls, story, pub, title, text, exp in importlib.import_module(f"items{batch}").ITEMS:
            mnum = cls.split("-")[0]
            counts[mnum] += 1
            out.append({"id": f"{prefix}-{mnum}-{counts[mnum]:02d}", "story": story, "class": cls, "published": pub,
                        "title": title, "text": text,
                        "expect": [{"type": t, "subject": s, "actor": a, "status": st, "date": None}
                                   for t, s, a, st in exp]})
        path.write_text(yaml.safe_dump(out, sort_keys=False, allow_unicode=True, width=120))
        print(f"wrote {path.name}")
    parts = sorted(folder.glob("probes-batch*.yaml"))
    text = "".join(p.read_text() for p in parts)
    (folder / "probes.yaml").write_text(text)
    print("probes.yaml =", " + ".join(p.name for p in parts), len(yaml.safe_load(text)), "items")


def _parse(path: Path) -> tuple[dict, dict]:
    items: dict[str, dict[str, list]] = {}
    classes: dict[str, tuple] = {}
    current = None
    for line in path.read_text().splitlines():
        if m := re.match(r"--- (\S+) \[(\S+)\]", line):
            current = m.group(1)
            items[current] = {"FN": [], "FP": []}
        elif (m := re.match(r"\s+(FN|FP) (\[.*\])$", line)) and current:
            items[current][m.group(1)] = ast.literal_eval(m.group(2))
        elif m := re.match(r"^(m\d+-\S+)\s+([\d.]+) tp=(\d+) fp=(\d+) fn=(\d+)", line):
            classes[m.group(1)] = (float(m.group(2)), int(m.group(3)), int(m.group(4)), int(m.group(5)))
    return items, classes


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _prf(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 0
    r = tp / (tp + fn) if tp + fn else 0
    return f"P {p:.3f} R {r:.3f} F1 {_f1(tp, fp, fn):.3f} {tp}/{fp}/{fn}"


def compare(folder: Path, before: Path, after: Path, prefix: str, batch2_from: str | None) -> None:
    commit = json.loads((folder / "commit_map.json").read_text())
    bi, bc = _parse(before)
    ai, ac = _parse(after)
    probes = yaml.safe_load((folder / "probes.yaml").read_text())
    events = defaultdict(int)
    for p in probes:
        events[p["class"]] += len(p["expect"])
    number = lambda k: int(k[1:3])  # noqa: E731 - "m04-..." -> 4
    print("| id | commit | ev | before F1 tp/fp/fn | after F1 tp/fp/fn | items wrong b->a |\n|---|---|---|---|---|---|")
    for k in sorted(ac, key=number):
        b, a = bc[k], ac[k]
        wrong_b = sum(1 for i in bi if i.startswith(f"{prefix}-{k[:3]}-"))
        wrong_a = sum(1 for i in ai if i.startswith(f"{prefix}-{k[:3]}-"))
        print(f"| {k} | {commit[k[:3]]} | {events[k]} | {b[0]:.2f} {b[1]}/{b[2]}/{b[3]} | "
              f"{a[0]:.2f} {a[1]}/{a[2]}/{a[3]} | {wrong_b} -> {wrong_a} |")
    per_commit: dict[str, list[int]] = defaultdict(lambda: [0] * 6)
    for k in ac:
        for j in range(3):
            per_commit[commit[k[:3]]][j] += bc[k][j + 1]
            per_commit[commit[k[:3]]][j + 3] += ac[k][j + 1]
    print("\n| commit | classes | before F1 tp/fp/fn | after F1 tp/fp/fn |\n|---|---|---|---|")
    for cm in sorted(per_commit, key=lambda c: min(number(k) for k in ac if commit[k[:3]] == c)):
        ks = sorted(k[:3] for k in ac if commit[k[:3]] == cm)
        x = per_commit[cm]
        print(f"| {cm} | {ks[0]}-{ks[-1]} | {_f1(*x[:3]):.3f} {x[0]}/{x[1]}/{x[2]} | "
              f"{_f1(*x[3:]):.3f} {x[3]}/{x[4]}/{x[5]} |")
    fixed, broken = sorted(set(bi) - set(ai)), sorted(set(ai) - set(bi))
    print(f"\nwrong items: before {len(bi)}, after {len(ai)} of {len(probes)}; fixed {len(fixed)}; broken {len(broken)}")
    print("broken:", " ".join(broken))
    for kind, label in (("FP", "new false events"), ("FN", "new misses")):
        new = [(i, [x for x in d[kind] if x not in bi.get(i, {kind: []})[kind]]) for i, d in ai.items()]
        new = [(i, x) for i, x in new if x]
        print(f"{label}:", len(new))
        for i, x in new:
            print(" ", i, x)
    first2 = number(batch2_from) if batch2_from else None
    print("\n| batch | before P R F1 tp/fp/fn | after P R F1 tp/fp/fn |\n|---|---|---|")
    for bn in ("1", "2") if first2 else ("1",):
        x = [0] * 6
        for k in ac:
            if first2 and (bn == "2") != (number(k) >= first2):
                continue
            for j in range(3):
                x[j] += bc[k][j + 1]
                x[j + 3] += ac[k][j + 1]
        print(f"| {bn} | {_prf(*x[:3])} | {_prf(*x[3:])} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    g = sub.add_parser("gen")
    g.add_argument("folder", type=Path)
    g.add_argument("batch")
    g.add_argument("--prefix", required=True)
    c = sub.add_parser("compare")
    c.add_argument("folder", type=Path)
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    c.add_argument("--prefix", required=True)
    c.add_argument("--batch2-from")
    args = parser.parse_args()
    if args.command == "gen":
        gen(args.folder, args.batch, args.prefix)
    else:
        compare(args.folder, args.before, args.after, args.prefix, args.batch2_from)


if __name__ == "__main__":
    main()
