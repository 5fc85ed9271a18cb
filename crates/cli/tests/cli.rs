#![allow(clippy::print_stderr)] // a test may say on stderr what it could not check
//! The `antinomy` binary, driven as a user drives it: arguments in, stdout,
//! stderr and exit code out.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use assert_cmd::cargo::CommandCargoExt;
use predicates::prelude::*;

/// A scratch directory with the given files, removed on drop.
struct Scratch(PathBuf);

impl Scratch {
    fn new(files: &[(&str, &str)]) -> Scratch {
        static COUNTER: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let dir = std::env::temp_dir().join(format!("antinomy-cli-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("scratch dir");
        for (name, text) in files {
            let path = dir.join(name);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).expect("parent dir");
            }
            std::fs::write(path, text).expect("write file");
        }
        Scratch(dir)
    }

    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn antinomy(dir: &Path) -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("antinomy").expect("binary");
    cmd.current_dir(dir).env("NO_COLOR", "1").env_remove("CLICOLOR_FORCE");
    cmd
}

const DISPATCH: &str = "\
Border Offensive Ends With Help From Abroad

According to people familiar with closed-door briefings, the offensive relied on close cooperation with Zembrian forces, whose fighters were embedded in assault units.

This account, though not confirmed by the defence ministry, was corroborated by a senior officer of the Zembrian army.

The Zembrian leader praised the Zembrian troops in a televised speech.

While the defence ministry continues to play down the involvement of Zembrian forces, other insiders have told a different story.

One source, who asked not to be named, suggested that the Zembrian troops were sent not as combatants but as logistics and engineering specialists.
";

fn json_report(dir: &Path, args: &[&str]) -> serde_json::Value {
    let out = antinomy(dir)
        .arg("report")
        .arg("--format")
        .arg("json")
        .args(args)
        .output()
        .expect("runs");
    serde_json::from_slice(&out.stdout).expect("stdout is JSON")
}

#[test]
fn text_report_shows_both_sides_sources_and_the_explanation() {
    let s = Scratch::new(&[("dispatch.txt", DISPATCH)]);
    let out = antinomy(s.path())
        .args(["report", "--color", "never", "dispatch.txt"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    insta::assert_snapshot!("report_text_dispatch", String::from_utf8_lossy(&out.stdout));
}

#[test]
fn json_report_follows_the_contract() {
    let s = Scratch::new(&[("dispatch.txt", DISPATCH)]);
    let v = json_report(s.path(), &["dispatch.txt"]);
    assert_eq!(v["version"], 1);
    let claims = v["claims"].as_array().expect("claims");
    for c in claims {
        for field in [
            "id",
            "doc",
            "span",
            "line",
            "text",
            "source",
            "subject",
            "predicate",
            "object",
            "polarity",
            "modality",
        ] {
            assert!(c.get(field).is_some(), "claim lacks {field}: {c}");
        }
        let (start, end) = (
            c["span"]["start"].as_u64().unwrap() as usize,
            c["span"]["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            &DISPATCH[start..end],
            c["text"].as_str().unwrap(),
            "text is the span's slice"
        );
        assert_eq!(c["doc"], "dispatch.txt", "doc is the path as given");
    }
    let conflicts = v["conflicts"].as_array().expect("conflicts");
    for k in conflicts {
        for field in ["id", "rule", "code", "score", "a", "b", "explanation"] {
            assert!(k.get(field).is_some(), "conflict lacks {field}: {k}");
        }
        let score = k["score"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&score));
    }
    let text_of = |id: &serde_json::Value| {
        claims
            .iter()
            .find(|c| c["id"] == *id)
            .map(|c| c["text"].as_str().unwrap().to_string())
            .unwrap()
    };
    let role = conflicts
        .iter()
        .find(|k| k["rule"] == "disjoint-category")
        .expect("role conflict");
    let sides = [text_of(&role["a"]), text_of(&role["b"])];
    assert!(sides.iter().any(|t| t.contains("fighters were embedded")), "{sides:?}");
    assert!(sides.iter().any(|t| t.contains("not as combatants")), "{sides:?}");
    assert!(role["explanation"]
        .as_str()
        .unwrap()
        .contains("default lexicon, military roles"));
}

#[test]
fn fail_on_conflict_exits_1_and_plain_report_exits_0() {
    let s = Scratch::new(&[
        ("dispatch.txt", DISPATCH),
        ("calm.txt", "The weather was mild all week.\n"),
    ]);
    antinomy(s.path()).args(["report", "dispatch.txt"]).assert().code(0);
    antinomy(s.path())
        .args(["report", "--fail-on-conflict", "dispatch.txt"])
        .assert()
        .code(1);
    antinomy(s.path())
        .args(["report", "--fail-on-conflict", "calm.txt"])
        .assert()
        .code(0);
}

#[test]
fn one_story_lets_documents_that_share_no_name_meet() {
    // Two short reports that name only the towns they disagree on: by
    // default two stories (two fires in two towns), with --one-story one.
    let s = Scratch::new(&[
        (
            "first.txt",
            "The fire started in Kelso on Sunday.\nFour people were injured.\n",
        ),
        (
            "second.txt",
            "The fire started in Brenna on Sunday.\nNine people were injured.\n",
        ),
    ]);
    let count = |args: &[&str]| json_report(s.path(), args)["conflicts"].as_array().map_or(0, Vec::len);
    assert_eq!(count(&["first.txt", "second.txt"]), 0);
    assert_eq!(count(&["--one-story", "first.txt", "second.txt"]), 2);
}

#[test]
fn a_missing_file_is_named_exits_2_and_the_good_inputs_are_still_reported() {
    let s = Scratch::new(&[("dispatch.txt", DISPATCH)]);
    let out = antinomy(s.path())
        .args(["report", "--format", "json", "nope.txt", "dispatch.txt"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("error: nope.txt: no such file or directory"),
        "{stderr}"
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("stdout stays valid JSON");
    assert!(!v["conflicts"].as_array().unwrap().is_empty());
    assert_eq!(v["errors"][0], "nope.txt: no such file or directory");
}

#[test]
fn yaml_errors_name_file_line_and_column() {
    let s = Scratch::new(&[
        ("bad.yaml", "- id: a\n  text: [unclosed\n"),
        ("unknown.yaml", "- {id: a, txt: hello}\n"),
    ]);
    let out = antinomy(s.path())
        .args(["claims", "bad.yaml", "unknown.yaml"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr
            .lines()
            .any(|l| l.starts_with("error: bad.yaml:") && l.matches(':').count() >= 3),
        "{stderr}"
    );
    assert!(stderr.contains("unknown.yaml:1:"), "{stderr}");
    assert!(stderr.contains("txt"), "unknown field is named: {stderr}");
}

#[test]
fn claims_verbose_lists_statements_without_a_claim_with_the_reason() {
    let s = Scratch::new(&[("dispatch.txt", DISPATCH)]);
    let out = antinomy(s.path())
        .args(["claims", "--verbose", "dispatch.txt"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("skipped dispatch.txt:1:"), "{stdout}");
    let v: serde_json::Value = {
        let out = antinomy(s.path())
            .args(["claims", "--verbose", "--format", "json", "dispatch.txt"])
            .output()
            .expect("runs");
        serde_json::from_slice(&out.stdout).expect("json")
    };
    let skipped = v["skipped"].as_array().unwrap();
    assert_eq!(skipped.len() as u64, v["skipped_count"].as_u64().unwrap());
    assert!(skipped.iter().all(|s| !s["reason"].as_str().unwrap().is_empty()));
}

#[test]
fn report_verbose_lists_the_statements_the_summary_counts() {
    let s = Scratch::new(&[("dispatch.txt", DISPATCH)]);
    let plain = antinomy(s.path())
        .args(["report", "dispatch.txt"])
        .output()
        .expect("runs");
    let verbose = antinomy(s.path())
        .args(["report", "-v", "dispatch.txt"])
        .output()
        .expect("runs");
    assert_eq!(verbose.status.code(), Some(0));
    let plain = String::from_utf8_lossy(&plain.stdout).into_owned();
    let verbose = String::from_utf8_lossy(&verbose.stdout).into_owned();
    // The report is the same, followed by one block per skipped statement.
    let rest = verbose
        .strip_prefix(plain.as_str())
        .expect("the plain report comes first");
    assert!(rest.starts_with("skipped dispatch.txt:1:"), "{rest}");
    let json = |args: &[&str]| -> serde_json::Value {
        let out = antinomy(s.path()).args(args).output().expect("runs");
        serde_json::from_slice(&out.stdout).expect("json")
    };
    let v = json(&["report", "--verbose", "--format", "json", "dispatch.txt"]);
    let skipped = v["skipped"].as_array().expect("a skipped array with --verbose");
    let counted: u64 = v["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["skipped"].as_u64().unwrap())
        .sum();
    assert_eq!(skipped.len() as u64, counted);
    assert_eq!(rest.matches("skipped ").count(), skipped.len());
    assert!(json(&["report", "--format", "json", "dispatch.txt"])
        .get("skipped")
        .is_none());
}
#[test]
fn stdin_is_read_as_prose() {
    let s = Scratch::new(&[]);
    antinomy(s.path())
        .args(["report", "--format", "json", "-"])
        .write_stdin(DISPATCH)
        .assert()
        .code(0)
        .stdout(predicate::str::contains("\"doc\": \"<stdin>\""));
}

#[test]
fn check_passes_then_fails_with_a_clear_diff_when_an_expectation_changes() {
    let fixture = "\
description: two outlets disagree on a unit's role
documents:
  - name: claims.yaml
    text: |
      - {id: a, source: one outlet, subject: the unit, predicate: role, object: fighters}
      - {id: b, source: another outlet, subject: the unit, predicate: role, object: medics}
expect:
  - {rule: disjoint-category, a: a, b: b}
";
    let s = Scratch::new(&[("good.yaml", fixture)]);
    antinomy(s.path())
        .args(["check", "good.yaml"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("ok     good.yaml"))
        .stdout(predicate::str::contains("1 passed, 0 failed"));
    let changed = fixture.replace("rule: disjoint-category", "rule: negation");
    std::fs::write(s.path().join("good.yaml"), changed).expect("write");
    let out = antinomy(s.path()).args(["check", "good.yaml"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(1));
    insta::assert_snapshot!("check_failure_diff", String::from_utf8_lossy(&out.stdout));
}

#[test]
fn check_names_a_quote_that_is_not_in_the_inputs() {
    let fixture = "\
description: a side that names nothing
documents:
  - name: a.txt
    text: The convoy was not armed.
expect:
  - {rule: negation, a: \"this sentence is nowhere\", b: \"The convoy\"}
";
    let s = Scratch::new(&[("f.yaml", fixture)]);
    antinomy(s.path())
        .args(["check", "f.yaml"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "“this sentence is nowhere” is neither a statement id nor a quote",
        ));
}

#[test]
fn rules_and_explain() {
    let s = Scratch::new(&[]);
    let out = antinomy(s.path()).arg("rules").output().expect("runs");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).lines().count(),
        antinomy_reason::RULES.len()
    );
    antinomy(s.path())
        .args(["explain", "disjoint-category"])
        .assert()
        .code(0)
        .stdout(
            predicate::str::contains("# C002 disjoint-category")
                .and(predicate::str::contains("## What it does not flag")),
        );
    antinomy(s.path())
        .args(["explain", "C999"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown rule 'C999'"));
}

#[test]
fn usage_errors_exit_2() {
    let s = Scratch::new(&[]);
    antinomy(s.path()).args(["report"]).assert().code(2);
    antinomy(s.path())
        .args(["report", "--min-score", "3", "x.txt"])
        .assert()
        .code(2);
    antinomy(s.path()).args(["frobnicate"]).assert().code(2);
}

#[test]
fn graph_escapes_quotes_and_backslashes_and_renders_with_graphviz() {
    let tricky = "- {id: a, source: \"the \\\"quoted\\\" desk\", subject: 'the unit \\ north', predicate: role, object: fighters}\n\
                  - {id: b, source: 'another desk', subject: 'the unit \\ north', predicate: role, object: medics}\n";
    let s = Scratch::new(&[("tricky.yaml", tricky), ("dispatch.txt", DISPATCH)]);
    let out = antinomy(s.path())
        .args(["graph", "tricky.yaml", "dispatch.txt"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let dot = String::from_utf8(out.stdout).expect("utf-8");
    assert!(dot.starts_with("digraph antinomy {") && dot.trim_end().ends_with('}'));
    assert!(dot.contains("subgraph cluster_"), "one cluster per source");
    assert!(dot.contains("color=red"), "conflict edges are red");
    assert!(dot.contains("\\\"quoted\\\""), "quotes are escaped");
    assert!(dot.contains("unit \\\\ north"), "backslashes are escaped");
    let have_dot = Command::new("dot").arg("-V").output().is_ok();
    if !have_dot {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must install graphviz for this test"
        );
        eprintln!("note: graphviz not installed; DOT syntax checked, rendering skipped");
        return;
    }
    let mut child = Command::new("dot")
        .args(["-Tsvg", "-o", "/dev/null"])
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("dot runs");
    std::io::Write::write_all(child.stdin.as_mut().unwrap(), dot.as_bytes()).expect("feed dot");
    let result = child.wait_with_output().expect("dot finishes");
    assert!(result.status.success());
    assert_eq!(
        String::from_utf8_lossy(&result.stderr),
        "",
        "dot renders without warnings"
    );
}

#[test]
fn graph_writes_to_a_file_with_o() {
    let s = Scratch::new(&[("dispatch.txt", DISPATCH)]);
    antinomy(s.path())
        .args(["graph", "dispatch.txt", "-o", "out.dot"])
        .assert()
        .code(0)
        .stdout("");
    let dot = std::fs::read_to_string(s.path().join("out.dot")).expect("written");
    assert!(dot.starts_with("digraph antinomy {"));
}

#[test]
fn a_closed_stdout_is_a_normal_exit() {
    // Enough conflicts that the report is larger than a pipe buffer.
    let mut yaml = String::new();
    for i in 0..1500 {
        yaml.push_str(&format!(
            "- {{id: a{i}, source: desk {i}, subject: unit {i}, predicate: role, object: fighters}}\n"
        ));
        yaml.push_str(&format!(
            "- {{id: b{i}, source: post {i}, subject: unit {i}, predicate: role, object: medics}}\n"
        ));
    }
    let s = Scratch::new(&[("many.yaml", &yaml)]);
    let mut child = Command::cargo_bin("antinomy")
        .expect("binary")
        .current_dir(s.path())
        .args(["report", "--color", "never", "many.yaml"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut first = [0u8; 64];
    child
        .stdout
        .as_mut()
        .unwrap()
        .read_exact(&mut first)
        .expect("some output");
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("exit");
    assert_eq!(
        out.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "no panic message: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A generated corpus (crates/corpus) as files in a scratch directory, with
/// its answer key.
fn generated_corpus(claims: u64) -> (Scratch, Vec<antinomy_corpus::Planted>) {
    let (articles, planted) = antinomy_corpus::generate(&antinomy_corpus::Config {
        seed: 11,
        claims: Some(claims),
        bytes: None,
    });
    let files: Vec<(String, String)> = articles
        .into_iter()
        .map(|a| (format!("docs/{}", a.name), a.text))
        .collect();
    let refs: Vec<(&str, &str)> = files.iter().map(|(n, t)| (n.as_str(), t.as_str())).collect();
    (Scratch::new(&refs), planted)
}

// See: issue 4 (parallel ingest merges in a deterministic order).
#[test]
fn the_same_json_for_one_or_two_threads_and_nothing_on_stderr() {
    let (s, planted) = generated_corpus(1_500);
    let run = |threads: &str| {
        antinomy(s.path())
            .env("RAYON_NUM_THREADS", threads)
            .args(["report", "--format", "json", "docs"])
            .output()
            .expect("runs")
    };
    let one = run("1");
    let two = run("2");
    assert!(one.status.success());
    assert!(one.stderr.is_empty(), "{}", String::from_utf8_lossy(&one.stderr));
    assert!(two.stderr.is_empty(), "{}", String::from_utf8_lossy(&two.stderr));
    assert!(one.stdout == two.stdout, "the JSON differs between 1 and 2 threads");

    // Every planted conflict is found, and copies fold into groups.
    let view: antinomy_corpus::ReportView = serde_json::from_slice(&one.stdout).expect("JSON");
    let recall = antinomy_corpus::recall(&planted, &view);
    assert!(recall.planted > 10, "{recall:?}");
    assert!(recall.found * 10 >= recall.planted * 9, "{recall:?}");
    let v: serde_json::Value = serde_json::from_slice(&one.stdout).expect("JSON");
    let groups = v["groups"].as_array().expect("groups");
    let conflicts = v["conflicts"].as_array().expect("conflicts");
    assert_eq!(groups.len(), conflicts.len());
    for (g, c) in groups.iter().zip(conflicts) {
        assert_eq!(g["conflict"], c["id"]);
        assert_eq!(g["rule"], c["rule"]);
        let sides = g["left"].as_array().map_or(0, Vec::len) * g["right"].as_array().map_or(0, Vec::len);
        assert!(
            g["pairs"].as_u64().is_some_and(|p| p >= 1 && p as usize <= sides),
            "{g}"
        );
    }
    assert!(groups.iter().any(|g| g["pairs"].as_u64() > Some(1)));
}

/// The README's 30-second example is the real output of the command it
/// shows, run from the repository root: a change that alters the report
/// must update the README too.
#[test]
fn readme_example_is_the_real_output() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let readme = std::fs::read_to_string(root.join("README.md")).expect("README.md");
    let command = "$ antinomy report examples/border-offensive.txt\n";
    let start = readme.find(command).expect("README shows the example command") + command.len();
    let end = start + readme[start..].find("```").expect("the example block ends");
    let expected = &readme[start..end];
    let out = antinomy(&root)
        .args(["report", "--color", "never", "examples/border-offensive.txt"])
        .output()
        .expect("run antinomy");
    assert_eq!(String::from_utf8_lossy(&out.stdout), expected);
}
