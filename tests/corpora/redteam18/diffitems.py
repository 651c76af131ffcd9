import re, sys
def parse(f):
    d = {}; cur = None
    for line in open(f):
        m = re.match(r"--- (\S+) \[(\S+)\]", line)
        if m: cur = m.group(1); d[cur] = {"FN": "", "FP": ""}; continue
        m = re.match(r"  (FN|FP) (.*)", line)
        if m and cur: d[cur][m.group(1)] = m.group(2)
    return d
b, a = parse(sys.argv[1]), parse(sys.argv[2])
fixed = sorted(set(b) - set(a)); broken = sorted(set(a) - set(b))
changed = sorted(k for k in set(a) & set(b) if a[k] != b[k])
print("fixed", len(fixed), fixed); print("broken", len(broken), broken)
for k in changed: print("changed", k, "before", b[k], "after", a[k])
for k in broken: print("broken", k, a[k])
