#!/usr/bin/env python3
"""Build probes.yaml from items*.py (each defines ITEMS: list of tuples)."""
import datetime as dt, importlib.util, sys
from pathlib import Path
import yaml
here = Path(__file__).parent
out = []
for f in sorted(here.glob("items*.py")):
    spec = importlib.util.spec_from_file_location(f.stem, f); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    count = {}
    for (cls, story, pub, title, text, expect) in m.ITEMS:
        n = int(cls[1:3]); count[n] = count.get(n, 0) + 1
        ev = []
        for e in expect:
            t, s, a = (list(e) + [None, None])[:3] if len(e) < 3 else e[:3]
            st = e[3] if len(e) > 3 else "confirmed"
            ev.append({"type": t, "subject": s, "actor": a, "status": st, "date": None})
        out.append({"id": f"rt18-m{n:02d}-{count[n]:02d}", "story": story, "class": cls,
                    "published": dt.date.fromisoformat(pub), "title": title, "text": text, "expect": ev})
ids = [o["id"] for o in out]; assert len(ids) == len(set(ids))
(here / "probes.yaml").write_text(yaml.safe_dump(out, sort_keys=False, allow_unicode=True, width=120))
print(len(out), "items", sum(len(o["expect"]) for o in out), "events")
