#!/usr/bin/env python3
"""Measure antinomy on the public labelled data in ../shared/eval/.

    scripts/eval.py [--bin PATH] [--quick N] [--check BASELINE] [--write BASELINE]

Runs `antinomy pairs --score`-equivalent scoring over every file in
../shared/eval/pairs/ and `score.py cases` over ../shared/eval/cases-dev/
and the repository's own eval/cases-own/, eval/cases-fresh/, eval/cases-fresh2/, eval/cases-fresh3/, eval/cases-fresh4/ and eval/cases-fresh5/ (and counts the
conflicts flagged in eval/archive-own/, reports of unrelated stories),
all through the public CLI exactly as the project is judged, and prints one
table. With --quick N only the first N pairs of each set are scored (CI).
With --check FILE it fails (exit 1) when precision or recall on rte3-dev,
cases-dev or cases-own falls more than 0.05 below the figures recorded in FILE.
With --write FILE it records the figures of this run.

The data is never copied into the repository: when ../shared/eval is absent
the script says so and exits 0, so the repository's own tests do not depend
on it.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
EVAL = os.path.normpath(os.path.join(ROOT, "..", "shared", "eval"))
GUARDED = ("rte3-dev", "cases-dev", "cases-own")
# The project's own multi-document cases (eval/cases-own/README.md): written
# for the project, never tuned on before they were scored the first time.
OWN_CASES = os.path.join(ROOT, "eval", "cases-own")
# A second set of our own (eval/cases-fresh/README.md), written by someone who
# had read neither the evaluation data nor the engine. Scored but not guarded:
# with a handful of conflicts found, a drop of 0.05 is not yet a signal.
FRESH_CASES = os.path.join(ROOT, "eval", "cases-fresh")
# A third (eval/cases-fresh2/README.md), written the same way a stop later.
FRESH2_CASES = os.path.join(ROOT, "eval", "cases-fresh2")
# A fourth (eval/cases-fresh3/README.md), written the same way at stop 25.
FRESH3_CASES = os.path.join(ROOT, "eval", "cases-fresh3")
# A fifth (eval/cases-fresh4/README.md), written the same way at stop 27.
FRESH4_CASES = os.path.join(ROOT, "eval", "cases-fresh4")
# A sixth (eval/cases-fresh5/README.md), written the same way at stop 28.
FRESH5_CASES = os.path.join(ROOT, "eval", "cases-fresh5")
# Unrelated stories of our own (eval/archive-own/README.md): every conflict
# flagged there is a false alarm.
ARCHIVE = os.path.join(ROOT, "eval", "archive-own")
TOLERANCE = 0.05


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score_pairs(binary, path, limit):
    rows = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    if limit:
        rows = rows[:limit]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r) + "\n")
        tmp = f.name
    t0 = time.time()
    out = subprocess.run([binary, "pairs", tmp], capture_output=True, text=True, timeout=1800)
    dt = time.time() - t0
    os.unlink(tmp)
    if out.returncode != 0:
        sys.exit(f"{path}: pairs exited {out.returncode}: {out.stderr[-500:]}")
    pred = [json.loads(l) for l in out.stdout.splitlines() if l.strip()]
    if len(pred) != len(rows):
        sys.exit(f"{path}: expected {len(rows)} verdicts, got {len(pred)}")
    tp = fp = fn = 0
    for r, p in zip(rows, pred):
        if str(p.get("id")) != str(r["id"]):
            sys.exit(f"{path}: id mismatch {p.get('id')} vs {r['id']}")
        gold = r["label"] == "contradiction"
        got = bool(p.get("conflict"))
        tp += gold and got
        fp += got and not gold
        fn += gold and not got
    p, r, f1 = prf(tp, fp, fn)
    return {"n": len(rows), "tp": tp, "fp": fp, "fn": fn, "P": p, "R": r, "F1": f1,
            "pairs_per_s": len(rows) / dt if dt else 0.0}


def score_cases(binary, root):
    out = subprocess.run([sys.executable, os.path.join(EVAL, "score.py"), "cases", binary, root],
                         capture_output=True, text=True, timeout=1800)
    if out.returncode != 0:
        sys.exit(f"cases: score.py exited {out.returncode}: {out.stdout[-300:]} {out.stderr[-500:]}")
    res = json.loads(out.stdout.strip().splitlines()[-1])
    return {"n": len([d for d in os.listdir(root) if os.path.isdir(os.path.join(root, d))]),
            "tp": res["tp"], "fp": res["fp"], "fn": res["fn"], "P": res["P"], "R": res["R"],
            "F1": res["F1"], "trap_hits": res["trap_hits"], "per_kind": res["per_kind"]}


def count_archive(binary, root):
    docs = sorted(os.path.join(root, f) for f in os.listdir(root) if f.endswith(".txt"))
    out = subprocess.run([binary, "report", "--format", "json", *docs], capture_output=True, text=True, timeout=600)
    if out.returncode not in (0, 1):
        sys.exit(f"archive: antinomy exited {out.returncode}: {out.stderr[-500:]}")
    return len(docs), len(json.loads(out.stdout)["conflicts"])


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "antinomy"))
    ap.add_argument("--quick", type=int, default=0, metavar="N", help="score only the first N pairs of each set")
    ap.add_argument("--check", metavar="BASELINE", help="fail on a drop of more than 0.05 in P or R on guarded sets")
    ap.add_argument("--write", metavar="BASELINE", help="record this run's figures")
    args = ap.parse_args()
    if not os.path.isdir(EVAL):
        print(f"eval: {EVAL} not present; nothing measured")
        return 0
    if not os.path.exists(args.bin):
        sys.exit(f"eval: {args.bin} not found; run `cargo build --release` first")
    results = {}
    pairs_dir = os.path.join(EVAL, "pairs")
    for name in sorted(os.listdir(pairs_dir)):
        if name.endswith(".jsonl"):
            results[name[:-6]] = score_pairs(args.bin, os.path.join(pairs_dir, name), args.quick)
    cases = os.path.join(EVAL, "cases-dev")
    if os.path.isdir(cases):
        results["cases-dev"] = score_cases(args.bin, cases)
    if os.path.isdir(OWN_CASES):
        results["cases-own"] = score_cases(args.bin, OWN_CASES)
    if os.path.isdir(FRESH_CASES):
        results["cases-fresh"] = score_cases(args.bin, FRESH_CASES)
    if os.path.isdir(FRESH2_CASES):
        results["cases-fresh2"] = score_cases(args.bin, FRESH2_CASES)
    if os.path.isdir(FRESH3_CASES):
        results["cases-fresh3"] = score_cases(args.bin, FRESH3_CASES)
    if os.path.isdir(FRESH4_CASES):
        results["cases-fresh4"] = score_cases(args.bin, FRESH4_CASES)
    if os.path.isdir(FRESH5_CASES):
        results["cases-fresh5"] = score_cases(args.bin, FRESH5_CASES)

    mode = f"first {args.quick} pairs of each set" if args.quick else "all pairs"
    print(f"antinomy evaluation ({mode}; binary {os.path.relpath(args.bin, ROOT)})")
    print(f"{'set':<20} {'n':>6} {'tp':>5} {'fp':>5} {'fn':>5} {'P':>6} {'R':>6} {'F1':>6} {'pairs/s':>9}")
    for name, r in results.items():
        rate = f"{r['pairs_per_s']:>9.0f}" if "pairs_per_s" in r else f"{'':>9}"
        extra = f"  traps hit: {r['trap_hits']}" if "trap_hits" in r else ""
        print(f"{name:<20} {r['n']:>6} {r['tp']:>5} {r['fp']:>5} {r['fn']:>5} "
              f"{r['P']:>6.3f} {r['R']:>6.3f} {r['F1']:>6.3f} {rate}{extra}")
    if os.path.isdir(ARCHIVE):
        docs, flagged = count_archive(args.bin, ARCHIVE)
        print(f"archive-own: {docs} reports of unrelated stories, {flagged} conflict{'' if flagged == 1 else 's'} flagged (each a false alarm)")
    for name in ("cases-dev", "cases-own", "cases-fresh", "cases-fresh2", "cases-fresh3", "cases-fresh4", "cases-fresh5"):
        if name in results:
            kinds = results[name]["per_kind"]
            print(f"{name} recall per kind: " + ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(kinds.items())))

    if args.write:
        record = {k: {m: round(v[m], 4) for m in ("P", "R", "F1")} for k, v in results.items()}
        record["_mode"] = mode
        with open(args.write, "w", encoding="utf-8") as f:
            json.dump(record, f, indent=2, sort_keys=True)
            f.write("\n")
        print(f"recorded in {os.path.relpath(args.write, ROOT)}")

    if args.check:
        baseline = json.load(open(args.check, encoding="utf-8"))
        failures = []
        for name in GUARDED:
            if name not in results or name not in baseline:
                continue
            for m in ("P", "R"):
                now, then = results[name][m], baseline[name][m]
                if now < then - TOLERANCE:
                    failures.append(f"{name} {m} fell from {then:.3f} to {now:.3f}")
        if failures:
            print("regression: " + "; ".join(failures))
            return 1
        print(f"no regression beyond {TOLERANCE} on {', '.join(GUARDED)} against {os.path.relpath(args.check, ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
