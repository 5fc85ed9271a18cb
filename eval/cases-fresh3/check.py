#!/usr/bin/env python3
"""Validate the fresh3 evaluation set."""
import os, sys, glob
from collections import Counter
try:
    import yaml
except ImportError:
    sys.exit("PyYAML missing: pip install pyyaml")

ROOT = os.path.dirname(os.path.abspath(__file__))
errors = []
kinds = Counter()
ntraps = 0
cases = sorted(d for d in glob.glob(os.path.join(ROOT, "fresh3-*")) if os.path.isdir(d))
if len(cases) != 8:
    errors.append("expected 8 cases, found %d" % len(cases))

for case in cases:
    name = os.path.basename(case)
    docs = {}
    for fn in sorted(os.listdir(case)):
        raw = open(os.path.join(case, fn), "rb").read()
        try:
            raw.decode("ascii")
        except UnicodeDecodeError:
            errors.append("%s/%s: non-ASCII content" % (name, fn))
        if fn.endswith(".txt"):
            text = raw.decode("ascii", "replace")
            docs[fn] = text
            n = sum(1 for l in text.splitlines() if l.strip())
            if not 8 <= n <= 12:
                errors.append("%s/%s: %d non-empty lines (need 8-12)" % (name, fn, n))
    if not ({"a.txt", "b.txt"} <= set(docs) and set(docs) <= {"a.txt", "b.txt", "c.txt"}):
        errors.append("%s: unexpected doc set %s" % (name, sorted(docs)))
    gpath = os.path.join(case, "gold.yaml")
    if not os.path.exists(gpath):
        errors.append("%s: gold.yaml missing" % name)
        continue
    gold = yaml.safe_load(open(gpath))
    conflicts = gold.get("conflicts") or []
    traps = gold.get("traps") or []
    if len(conflicts) != 5:
        errors.append("%s: %d conflicts (need 5)" % (name, len(conflicts)))
    if len(traps) != 4:
        errors.append("%s: %d traps (need 4)" % (name, len(traps)))
    nd = sum(1 for c in conflicts if c.get("kind") == "disputed")
    if nd != 1:
        errors.append("%s: %d disputed conflicts (need exactly 1)" % (name, nd))
    for label, items in (("conflict", conflicts), ("trap", traps)):
        for i, item in enumerate(items, 1):
            if label == "conflict":
                kinds[item.get("kind")] += 1
                if item.get("kind") in ("self", "disputed") and item["a"]["doc"] != item["b"]["doc"]:
                    errors.append("%s %s %d: %s must be within one doc" % (name, label, i, item["kind"]))
            if not item.get("note"):
                errors.append("%s %s %d: missing note" % (name, label, i))
            for side in ("a", "b"):
                ref = item.get(side) or {}
                d, q = ref.get("doc"), ref.get("quote")
                if d not in docs:
                    errors.append("%s %s %d%s: unknown doc %r" % (name, label, i, side, d))
                elif not q or q not in docs[d]:
                    errors.append("%s %s %d%s: quote not found in %s: %r" % (name, label, i, side, d, q))
            if item["a"] == item["b"]:
                errors.append("%s %s %d: identical sides" % (name, label, i))
    if label == "trap":
        ntraps += len(traps)

print("cases: %d" % len(cases))
print("conflicts by kind:")
for k, v in sorted(kinds.items()):
    print("  %-9s %d" % (k, v))
print("  total     %d" % sum(kinds.values()))
print("traps: %d" % ntraps)
if errors:
    print("\nFAIL (%d problems):" % len(errors))
    for e in errors:
        print("  - " + e)
    sys.exit(1)
print("\nPASS")
