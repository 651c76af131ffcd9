#!/usr/bin/env python3
"""Build probes-batchN.yaml from itemsN.py and probes.yaml = all frozen batches concatenated.

usage: gen.py N        (N = 1a, 1b, 2: writes probes-batchN.yaml if it does not exist yet, then rebuilds probes.yaml)
Items are tuples: (class, story, published, title, text, [(type, subject, actor, status), ...]).
"""
import importlib, sys, yaml
from pathlib import Path

HERE = Path(__file__).parent


def build(n):
    mod = importlib.import_module(f"items{n}")
    out, counts = [], {}
    for cls, story, pub, title, text, exp in mod.ITEMS:
        mnum = cls.split("-")[0]
        counts[mnum] = counts.get(mnum, 0) + 1
        out.append({
            "id": f"rt23-{mnum}-{counts[mnum]:02d}",
            "story": story, "class": cls, "published": pub, "title": title, "text": text,
            "expect": [{"type": t, "subject": s, "actor": a, "status": st, "date": None} for t, s, a, st in exp],
        })
    return out


def main():
    n = sys.argv[1]
    sys.path.insert(0, str(HERE))
    path = HERE / f"probes-batch{n}.yaml"
    if path.exists():
        print(f"{path.name} is frozen; not rewriting")
    else:
        path.write_text(yaml.safe_dump(build(n), sort_keys=False, allow_unicode=True, width=120))
        print(f"wrote {path.name}")
    parts = sorted(HERE.glob("probes-batch*.yaml"))
    text = "".join(p.read_text() for p in parts)
    (HERE / "probes.yaml").write_text(text)
    print("probes.yaml =", " + ".join(p.name for p in parts), len(yaml.safe_load(text)), "items")


if __name__ == "__main__":
    main()
