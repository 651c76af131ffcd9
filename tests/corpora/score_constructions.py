#!/usr/bin/env python3
"""Score a construction set (or probe file) per class, as tests/extract/sets/test_constructions.py compares.

usage (from the checkout): .venv/bin/python tests/corpora/score_constructions.py YAML [--misses] [--class C]

Keys are (type, subject, actor) for stances and (type, subject) otherwise; dates and statuses are not
compared. --misses prints every item whose events differ, with its text."""
import datetime as dt, sys
from collections import Counter
from pathlib import Path
import yaml
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from natowatch.extract import extract_events
from natowatch.extract.model import ACTOR_TYPES
from natowatch.flows.files.storyfile import load_story
S = {"nato": load_story(Path(__file__).resolve().parents[2] / "config/stories/nato-secretary-general.yaml"),
     "un": load_story(Path(__file__).resolve().parents[2] / "config/stories/un-secretary-general-2026.yaml")}
def key(t, s, a): return (t, s, a) if t in ACTOR_TYPES else (t, s)
args = sys.argv[1:]; misses = "--misses" in args
only = args[args.index("--class")+1] if "--class" in args else None
per = {}
for e in yaml.safe_load(Path(args[0]).read_text()):
    if only and e["class"] != only: continue
    p = e["published"]; p = p if isinstance(p, dt.date) else dt.date.fromisoformat(str(p))
    g = {key(x["type"], x["subject"], x.get("actor")) for x in e["expect"] or []}
    f = {key(x.type, x.subject, x.actor) for x in extract_events(e["title"], e["text"], p, S[e.get("story", "nato")])}
    c = per.setdefault(e["class"], Counter())
    c["tp"] += len(g & f); c["fp"] += len(f - g); c["fn"] += len(g - f)
    if misses and (f != g):
        print(f"--- {e['id']} [{e['class']}] {e['title']}\n  {e['text']}\n  FN {sorted(g-f)}\n  FP {sorted(f-g)}")
def f1(c): return 2*c["tp"]/(2*c["tp"]+c["fp"]+c["fn"]) if c["tp"] else 0.0
for n, c in sorted(per.items(), key=lambda x: f1(x[1])):
    print(f"{n:32s} {f1(c):.2f} tp={c['tp']} fp={c['fp']} fn={c['fn']}")
t = sum(per.values(), Counter()); P = t["tp"]/max(1,t["tp"]+t["fp"]); R = t["tp"]/max(1,t["tp"]+t["fn"])
print(f"TOTAL P={P:.3f} R={R:.3f} F1={f1(t):.3f} tp={t['tp']} fp={t['fp']} fn={t['fn']}")
