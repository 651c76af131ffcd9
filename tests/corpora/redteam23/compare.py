#!/usr/bin/env python3
"""Compare two score_constructions --misses outputs: per-class table, per-commit table, fixed/broken items, new FPs."""
import re, sys, ast, yaml
from collections import defaultdict
before, after = sys.argv[1], sys.argv[2]
COMMIT = {}
COMMIT.update(dict(__import__("json").load(open("commit_map.json"))) if __import__("os").path.exists("commit_map.json") else {})

def parse(path):
    items, cls = {}, {}
    cur = None
    for line in open(path):
        m = re.match(r"--- (\S+) \[(\S+)\]", line)
        if m:
            cur = m.group(1); items[cur] = {"FN": [], "FP": []}; continue
        m = re.match(r"\s+(FN|FP) (\[.*\])$", line)
        if m and cur:
            items[cur][m.group(1)] = ast.literal_eval(m.group(2)); continue
        m = re.match(r"^(m\d+-\S+)\s+([\d.]+) tp=(\d+) fp=(\d+) fn=(\d+)", line)
        if m:
            cls[m.group(1)] = (float(m.group(2)), int(m.group(3)), int(m.group(4)), int(m.group(5)))
    return items, cls

bi, bc = parse(before); ai, ac = parse(after)
probes = yaml.safe_load(open("probes.yaml"))
ev = defaultdict(int); nitems = defaultdict(int)
for p in probes:
    ev[p["class"]] += len(p["expect"]); nitems[p["class"]] += 1
print("| id | commit | ev | before F1 tp/fp/fn | after F1 tp/fp/fn | items wrong b->a |")
print("|---|---|---|---|---|---|")
for k in sorted(ac, key=lambda s: int(s[1:3])):
    b, a = bc[k], ac[k]
    wb = sum(1 for i in bi if i.startswith(f"rt23-{k[:3]}-")); wa = sum(1 for i in ai if i.startswith(f"rt23-{k[:3]}-"))
    print(f"| {k} | {COMMIT[k[:3]]} | {ev[k]} | {b[0]:.2f} {b[1]}/{b[2]}/{b[3]} | {a[0]:.2f} {a[1]}/{a[2]}/{a[3]} | {wb} -> {wa} |")
print()
agg = defaultdict(lambda: [0]*6); order = []
for k in ac:
    cm = COMMIT[k[:3]]
    if cm not in order: order.append(cm)
    for j in range(3): agg[cm][j] += bc[k][j+1]; agg[cm][j+3] += ac[k][j+1]
def f1(tp, fp, fn): return 2*tp/(2*tp+fp+fn) if tp else 0.0
print("| commit | classes | before F1 tp/fp/fn | after F1 tp/fp/fn |"); print("|---|---|---|---|")
for cm in sorted(order, key=lambda c: min(int(k[1:3]) for k in ac if COMMIT[k[:3]] == c)):
    ks = sorted(k[:3] for k in ac if COMMIT[k[:3]] == cm); x = agg[cm]
    print(f"| {cm} | {ks[0]}-{ks[-1]} | {f1(*x[:3]):.3f} {x[0]}/{x[1]}/{x[2]} | {f1(*x[3:]):.3f} {x[3]}/{x[4]}/{x[5]} |")
print()
fixed = sorted(set(bi) - set(ai)); broken = sorted(set(ai) - set(bi))
print(f"wrong items: before {len(bi)}, after {len(ai)} of {len(probes)}; fixed {len(fixed)}; broken {len(broken)}")
print("broken:", " ".join(broken))
newfp = []
for i, d in ai.items():
    prev = set(bi.get(i, {"FP": []})["FP"])
    extra = [x for x in d["FP"] if x not in prev]
    if extra: newfp.append((i, extra))
print("new false events:", len(newfp))
for i, x in newfp: print(" ", i, x)
newfn = []
for i, d in ai.items():
    prev = set(bi.get(i, {"FN": []})["FN"])
    extra = [x for x in d["FN"] if x not in prev]
    if extra: newfn.append((i, extra))
print("new misses:", len(newfn))
for i, x in newfn: print(" ", i, x)
print()
BATCH = {k: ("1" if int(k[1:3]) <= 3 else "2") for k in COMMIT}
print("| batch | before P R F1 tp/fp/fn | after P R F1 tp/fp/fn |"); print("|---|---|---|")
for bn in ("1", "2"):
    x = [0]*6
    for k in ac:
        if BATCH[k[:3]] != bn: continue
        for j in range(3): x[j] += bc[k][j+1]; x[j+3] += ac[k][j+1]
    def pr(tp, fp, fn):
        P = tp/(tp+fp) if tp+fp else 0; R = tp/(tp+fn) if tp+fn else 0
        return f"P {P:.3f} R {R:.3f} F1 {f1(tp,fp,fn):.3f} {tp}/{fp}/{fn}"
    print(f"| {bn} | {pr(*x[:3])} | {pr(*x[3:])} |")
