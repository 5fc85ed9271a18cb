//! `antinomy pairs` through the real binary, on the labelled pair files
//! under `fixtures/pairs/` (sentences written for this project).
//!
//! Each line holds its input and its expected result: `label`
//! (`contradiction` or anything else) and, for contradictions, optionally
//! the `rule` that must decide it. Every line must agree; the explanations
//! of the whole file are also a snapshot, so a change in wording is seen.

use std::path::Path;

use serde_json::Value;

fn pair_files() -> Vec<std::path::PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/pairs");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("fixtures/pairs")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no pair files in {}", dir.display());
    files
}

fn run_pairs(path: &Path) -> String {
    let out = assert_cmd::Command::cargo_bin("antinomy")
        .expect("binary")
        .arg("pairs")
        .arg(path)
        .output()
        .expect("runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("utf-8")
}

#[test]
fn every_labelled_pair_gets_its_verdict() {
    let mut failures = Vec::new();
    for path in pair_files() {
        let text = std::fs::read_to_string(&path).expect("readable");
        let stdout = run_pairs(&path);
        let verdicts: Vec<&str> = stdout.lines().collect();
        let gold: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
        assert_eq!(verdicts.len(), gold.len(), "{}: one verdict per line", path.display());
        for (g, v) in gold.iter().zip(&verdicts) {
            let g: Value = serde_json::from_str(g).expect("gold line");
            let v: Value = serde_json::from_str(v).expect("verdict line");
            let expected = g["label"] == "contradiction";
            let rule_ok = g.get("rule").is_none_or(|r| *r == v["rule"]);
            if v["conflict"] != expected || !rule_ok {
                failures.push(format!(
                    "{}: {}: expected {} ({}), got {} ({}): {}",
                    path.file_name().unwrap_or_default().to_string_lossy(),
                    g["id"],
                    if expected { "a conflict" } else { "no conflict" },
                    g.get("rule").unwrap_or(&Value::Null),
                    v["conflict"],
                    v["rule"],
                    v["explanation"]
                ));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn minimal_pair_explanations() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/pairs/minimal-pairs.jsonl");
    let explained: Vec<String> = run_pairs(&path)
        .lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l).expect("verdict line");
            format!(
                "{}: {}",
                v["id"].as_str().unwrap_or("?"),
                v["explanation"].as_str().unwrap_or("(no conflict)")
            )
        })
        .collect();
    insta::assert_snapshot!("minimal_pair_explanations", explained.join("\n"));
}
