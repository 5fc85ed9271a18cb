#!/usr/bin/env python3
"""Validator for a blind evaluation set of eight three-document cases
(eval/cases-fresh4/, eval/cases-fresh5/): python3 eval/check_set.py DIR.
Each set's own check.py runs it on its folder."""
import os
import re
import sys
from collections import Counter

ROOT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.getcwd()
# "cases-fresh5" holds fresh5-01 ... fresh5-08.
PREFIX = os.path.basename(ROOT).replace("cases-", "")
CASES = ["%s-%02d" % (PREFIX, i) for i in range(1, 9)]
DOCS = ["a.txt", "b.txt", "c.txt"]
SAME_DOC_KINDS = {"self", "disputed"}
EXPECTED = {"negation": 4, "quantity": 4, "date": 4, "antonym": 3,
            "location": 3, "category": 3, "role": 3, "status": 3,
            "stance": 3, "self": 2, "disputed": 8}

try:
    import yaml

    def load_yaml(path):
        with open(path) as f:
            return yaml.safe_load(f)
except ImportError:  # tiny parser for the fixed gold.yaml layout
    SIDE = re.compile(r'^\s+(a|b): \{doc: (\S+), quote: "(.*)"\}\s*$')

    def load_yaml(path):
        data = {"conflicts": [], "traps": []}
        section, item = None, None
        for line in open(path):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if line.startswith("conflicts:") or line.startswith("traps:"):
                section = line.split(":")[0]
                continue
            m = SIDE.match(line)
            if line.strip().startswith("- "):
                item = {}
                data[section].append(item)
                line = line.replace("- ", "  ", 1)
                m = SIDE.match(line)
            if m:
                item[m.group(1)] = {"doc": m.group(2), "quote": m.group(3)}
                continue
            key, _, val = line.strip().partition(": ")
            if val.startswith('"') and val.endswith('"'):
                val = val[1:-1]
            item[key] = val
        return data

errors = []


def err(msg):
    errors.append(msg)


def check_ascii(path):
    data = open(path, "rb").read()
    try:
        data.decode("ascii")
    except UnicodeDecodeError as e:
        err("%s: non-ASCII byte at offset %d" % (path, e.start))


for dirpath, _, files in os.walk(ROOT):
    for name in files:
        if name.endswith((".txt", ".yaml", ".md", ".py")):
            check_ascii(os.path.join(dirpath, name))

kinds = Counter()
by_case = {}
for case in CASES:
    cdir = os.path.join(ROOT, case)
    lines = {}
    texts = {}
    for d in DOCS:
        p = os.path.join(cdir, d)
        if not os.path.exists(p):
            err("%s/%s missing" % (case, d))
            continue
        texts[d] = open(p).read()
        nonempty = [l.strip() for l in texts[d].splitlines() if l.strip()]
        lines[d] = set(nonempty)
        if not 8 <= len(nonempty) <= 12:
            err("%s/%s has %d non-empty lines" % (case, d, len(nonempty)))
        for l in nonempty:
            if '"' in l:
                err("%s/%s contains a double quote: %s" % (case, d, l))
    gpath = os.path.join(cdir, "gold.yaml")
    if not os.path.exists(gpath):
        err("%s/gold.yaml missing" % case)
        continue
    if not open(gpath).readline().startswith("#"):
        err("%s/gold.yaml does not start with a one-line comment" % case)
    gold = load_yaml(gpath)
    conflicts = gold.get("conflicts") or []
    traps = gold.get("traps") or []
    if len(conflicts) != 5:
        err("%s: %d conflicts (want 5)" % (case, len(conflicts)))
    if len(traps) != 4:
        err("%s: %d traps (want 4)" % (case, len(traps)))
    case_kinds = [c.get("kind") for c in conflicts]
    if case_kinds.count("disputed") != 1:
        err("%s: %d disputed conflicts (want 1)" % (case, case_kinds.count("disputed")))
    by_case[case] = case_kinds
    seen_pairs = set()
    for label, items in (("conflict", conflicts), ("trap", traps)):
        for i, it in enumerate(items):
            tag = "%s %s #%d" % (case, label, i + 1)
            if not it.get("note"):
                err("%s: missing note" % tag)
            sides = []
            for s in ("a", "b"):
                side = it.get(s)
                if not side:
                    err("%s: missing side %s" % (tag, s))
                    continue
                d, q = side.get("doc"), side.get("quote", "")
                if d not in texts:
                    err("%s: unknown doc %r" % (tag, d))
                    continue
                if '"' in q:
                    err("%s: quote contains a double quote" % tag)
                if q not in texts[d]:
                    err("%s: quote %s not a substring of %s: %s" % (tag, s, d, q))
                elif q.strip() not in lines[d] or q != q.strip():
                    err("%s: quote %s is not a whole line of %s: %s" % (tag, s, d, q))
                sides.append((d, q))
            if len(sides) == 2:
                if sides[0] == sides[1]:
                    err("%s: both sides identical" % tag)
                pair = frozenset(sides)
                if pair in seen_pairs:
                    err("%s: duplicate pair" % tag)
                seen_pairs.add(pair)
                if label == "conflict":
                    k = it.get("kind")
                    if k not in EXPECTED:
                        err("%s: unknown kind %r" % (tag, k))
                    kinds[k] += 1
                    same = sides[0][0] == sides[1][0]
                    if k in SAME_DOC_KINDS and not same:
                        err("%s: kind %s must use one document" % (tag, k))
                    if k not in SAME_DOC_KINDS and same:
                        err("%s: kind %s must use two different documents" % (tag, k))
                elif "kind" in it:
                    err("%s: traps carry no kind" % tag)

print("Counts by kind:")
for k in EXPECTED:
    flag = "" if kinds[k] == EXPECTED[k] else "   <-- expected %d" % EXPECTED[k]
    print("  %-9s %d%s" % (k, kinds[k], flag))
    if kinds[k] != EXPECTED[k]:
        err("kind %s: %d (expected %d)" % (k, kinds[k], EXPECTED[k]))
print("  total     %d conflicts" % sum(kinds.values()))
print("Conflicts by case:")
for case in CASES:
    print("  %s: %s" % (case, ", ".join(by_case.get(case, []))))
if errors:
    print("\nFAILED with %d error(s):" % len(errors))
    for e in errors:
        print("  - " + e)
    sys.exit(1)
print("\nOK: %d cases, %d conflicts, %d traps, all checks passed."
      % (len(CASES), sum(kinds.values()), 4 * len(CASES)))
