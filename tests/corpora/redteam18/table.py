import re, sys, yaml
from collections import Counter
def parse(f):
    d = {}
    for line in open(f):
        m = re.match(r"(m\d\d-\S+)\s+(\S+) tp=(\d+) fp=(\d+) fn=(\d+)", line)
        if m: d[m.group(1)] = (float(m.group(2)), *map(int, m.group(3, 4, 5)))
    return d
b, a = parse(sys.argv[1]), parse(sys.argv[2])
items = yaml.safe_load(open("probes.yaml")); ev = Counter(); pos = Counter()
for it in items: ev[it["class"]] += len(it["expect"])
commit = {}
for k in sorted(a):
    n = int(k[1:3]); commit[k] = "49e7e3a" if n <= 3 else "a3116f2" if n <= 7 else "79944b5" if n <= 23 else {24:"b6cdebf",25:"b6cdebf",26:"1e686f0",27:"6fcf3c6",28:"284ffde",29:"1befb6d",30:"c992716",31:"9c06c71",32:"2813022"}.get(n,"711b7a2")
    f = lambda x: f"{x[0]:.2f} {x[1]}/{x[2]}/{x[3]}".replace("0.", ".", 1) if x[0] < 1 else f"1.00 {x[1]}/{x[2]}/{x[3]}"
    print(f"| {k} | {commit[k]} | {ev[k]} | {f(b[k])} | {f(a[k])} |")
def tot(d, ks):
    t = [sum(d[k][i] for k in ks) for i in (1, 2, 3)]; tp, fp, fn = t
    return f"F1 {2*tp/max(1,2*tp+fp+fn):.3f} (P {tp/max(1,tp+fp):.3f} R {tp/max(1,tp+fn):.3f}, {tp}/{fp}/{fn})"
for c in ("49e7e3a", "a3116f2", "79944b5", "b6cdebf", "1e686f0", "6fcf3c6", "284ffde", "1befb6d", "c992716", "9c06c71", "2813022", "711b7a2"):
    ks = [k for k in a if commit[k] == c]; print(c, tot(b, ks), "->", tot(a, ks))
