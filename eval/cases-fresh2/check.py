#!/usr/bin/env python3
"""Sanity check for eval/cases-fresh2: quotes are exact substrings, files are ASCII,
documents have 5-12 non-empty lines, each case has 6 conflicts (exactly one disputed)
and 4 traps."""
import os, re, sys, collections

ROOT = os.path.dirname(os.path.abspath(__file__))
try:
    import yaml
except ImportError:
    yaml = None

QUOTE_RE = re.compile(r'\{doc:\s*([^,]+?),\s*quote:\s*"((?:[^"\\]|\\.)*)"\}')

def load(path):
    text = open(path, encoding="ascii").read()
    if yaml:
        return yaml.safe_load(text)
    # fallback: minimal parse of the fixed format
    data = {"conflicts": [], "traps": []}
    section, cur = None, None
    for line in text.splitlines():
        s = line.strip()
        if s in ("conflicts:", "traps:"):
            section = s[:-1]; continue
        if s.startswith("- "):
            cur = {}; data[section].append(cur); s = s[2:]
        m = re.match(r'(\w+):\s*(.*)', s)
        if not m or cur is None: continue
        k, v = m.groups()
        qm = QUOTE_RE.match(v)
        if qm:
            cur[k] = {"doc": qm.group(1), "quote": qm.group(2).replace('\\"', '"')}
        else:
            cur[k] = v.strip('"')
    return data

errors = []
kinds = collections.Counter()
ntraps = 0
for case in sorted(d for d in os.listdir(ROOT) if d.startswith("fresh2-")):
    cdir = os.path.join(ROOT, case)
    docs = {}
    for fn in sorted(os.listdir(cdir)):
        p = os.path.join(cdir, fn)
        raw = open(p, "rb").read()
        try:
            raw.decode("ascii")
        except UnicodeDecodeError:
            errors.append(f"{case}/{fn}: not ASCII")
        if fn.endswith(".txt"):
            text = raw.decode("ascii", "replace")
            docs[fn] = text
            n = len([l for l in text.splitlines() if l.strip()])
            if not 5 <= n <= 12:
                errors.append(f"{case}/{fn}: {n} lines (want 5-12)")
    if not 2 <= len(docs) <= 3:
        errors.append(f"{case}: {len(docs)} documents")
    g = load(os.path.join(cdir, "gold.yaml"))
    conf, traps = g.get("conflicts") or [], g.get("traps") or []
    if len(conf) != 6: errors.append(f"{case}: {len(conf)} conflicts")
    if len(traps) != 4: errors.append(f"{case}: {len(traps)} traps")
    nd = sum(1 for c in conf if c.get("kind") == "disputed")
    if nd != 1: errors.append(f"{case}: {nd} disputed conflicts")
    for c in conf: kinds[c.get("kind")] += 1
    ntraps += len(traps)
    for label, items in (("conflict", conf), ("trap", traps)):
        for i, it in enumerate(items):
            for side in ("a", "b"):
                ref = it.get(side) or {}
                doc, q = ref.get("doc"), ref.get("quote")
                if doc not in docs:
                    errors.append(f"{case} {label} {i} {side}: unknown doc {doc}")
                elif not q or q not in docs[doc]:
                    errors.append(f"{case} {label} {i} {side}: quote not found in {doc}: {q!r}")
            if label == "conflict" and it.get("kind") in ("self", "disputed"):
                if it["a"]["doc"] != it["b"]["doc"]:
                    errors.append(f"{case} conflict {i}: {it['kind']} spans two docs")

print("conflicts by kind:", dict(sorted(kinds.items())), "total", sum(kinds.values()))
print("traps:", ntraps)
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
