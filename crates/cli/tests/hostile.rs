#![allow(clippy::print_stderr)] // a test says on stderr what it could not check
//! Hostile inputs that cannot live in `fixtures/invalid/`: big ones made at
//! run time, odd file names and permissions, pipes closed early.
//!
//! The big cases run here in a small size every time; the full sizes (a
//! 100 MB line, 100,000 files) are `#[ignore]`d here and run on the release
//! binary by `.ci/run`, which also bounds their time and memory:
//! `cargo test -p antinomy --test hostile -- --ignored` runs them here too.

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use assert_cmd::cargo::CommandCargoExt;

fn antinomy(dir: &Path) -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("antinomy").expect("binary");
    cmd.current_dir(dir).env("NO_COLOR", "1").env_remove("CLICOLOR_FORCE");
    cmd
}

fn json(out: &std::process::Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).expect("stdout is JSON")
}

/// One line of `bytes` bytes: words and commas, no full stop, no newline.
fn one_line_without_a_stop(bytes: usize) -> String {
    let words = "the convoy was not armed and the troops, the ministry said ";
    let mut s = String::with_capacity(bytes + words.len());
    s.push_str("The ministry said ");
    while s.len() < bytes {
        s.push_str(words);
    }
    s
}

fn single_line_file(bytes: usize, budget: Duration) {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("line.txt"), one_line_without_a_stop(bytes)).expect("write");
    std::fs::write(dir.path().join("good.txt"), "The convoy was armed, officials said.\n").expect("write");
    let start = Instant::now();
    let out = antinomy(dir.path())
        .args([
            "claims",
            "--no-config",
            "--format",
            "json",
            "--verbose",
            "line.txt",
            "good.txt",
        ])
        .output()
        .expect("runs");
    let took = start.elapsed();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let v = json(&out);
    let skipped = v["skipped"].as_array().expect("skipped");
    assert_eq!(skipped.len(), 1);
    assert!(skipped[0]["reason"]
        .as_str()
        .is_some_and(|r| r.starts_with("sentence longer than 4096 bytes")));
    assert_eq!(v["claims"].as_array().map(Vec::len), Some(1), "the good file is read");
    assert!(took < budget, "{bytes} bytes on one line took {took:?}");
}

#[test]
fn an_8_mb_line_without_a_newline_is_one_skipped_statement() {
    single_line_file(8 << 20, Duration::from_secs(20));
}

#[test]
#[ignore = "100 MB: run by .ci/run on the release binary, or with --ignored"]
fn a_100_mb_line_without_a_newline_is_one_skipped_statement() {
    single_line_file(100 << 20, Duration::from_secs(120));
}

#[test]
fn a_1_mb_sentence_is_skipped_quickly_and_the_next_one_is_read() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut text = one_line_without_a_stop(1 << 20);
    text.push_str("today. The convoy was not armed, the ministry said.\n");
    std::fs::write(dir.path().join("s.txt"), text).expect("write");
    let start = Instant::now();
    let out = antinomy(dir.path())
        .args(["claims", "--no-config", "--verbose", "s.txt"])
        .output()
        .expect("runs");
    assert!(start.elapsed() < Duration::from_secs(10), "{:?}", start.elapsed());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("skipped s.txt:1: sentence longer than 4096 bytes, not read"));
    assert!(stdout.contains("1 claim, 1 statement without a claim"), "{stdout}");
}

/// A line of many short sentences that conflict: the text report shows a
/// window of the line (it used to hand the whole line to the renderer once
/// per side) and still names the true column.
#[test]
fn a_long_line_of_sentences_reports_quickly_with_true_columns() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut line = String::new();
    let mut i = 0;
    while line.len() < 100_000 {
        line.push_str(&format!("Note {i} was filed on time. "));
        i += 1;
    }
    line.push_str("The Zembrian troops were fighters, officials said. ");
    line.push_str("One source said that the Zembrian troops were medics.");
    std::fs::write(dir.path().join("long.txt"), &line).expect("write");
    let start = Instant::now();
    let out = antinomy(dir.path())
        .args(["report", "--no-config", "--color", "never", "long.txt"])
        .output()
        .expect("runs");
    assert!(start.elapsed() < Duration::from_secs(20), "{:?}", start.elapsed());
    let text = String::from_utf8_lossy(&out.stdout);
    let at = line.find("The Zembrian troops were fighters").expect("planted");
    let column = line[..at].chars().count() + 1;
    assert!(
        text.contains(&format!("long.txt:1:{column}")),
        "column {column} in\n{text}"
    );
    assert!(text.contains("1 conflict in 1 document"), "{text}");
}

fn tiny_files(n: usize, budget: Duration) {
    let dir = tempfile::tempdir().expect("tempdir");
    let name = |mut i: usize| {
        let mut s = String::new();
        for _ in 0..4 {
            s.push(char::from(b'a' + (i % 26) as u8));
            i /= 26;
        }
        let mut c = s.chars();
        c.next().map(|f| f.to_ascii_uppercase().to_string()).unwrap_or_default() + c.as_str()
    };
    for i in 0..n {
        let sub = dir.path().join(format!("d{:03}", i / 1000));
        if i % 1000 == 0 {
            std::fs::create_dir_all(&sub).expect("mkdir");
        }
        std::fs::write(
            sub.join(format!("{i}.txt")),
            format!("The {} brigade was not armed, the ministry said.\n", name(i)),
        )
        .expect("write");
    }
    let start = Instant::now();
    let out = antinomy(dir.path())
        .args(["report", "--no-config", "--format", "json", "."])
        .output()
        .expect("runs");
    let took = start.elapsed();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let v = json(&out);
    let docs = v["documents"].as_array().expect("documents");
    assert_eq!(docs.len(), n);
    // Each file's one sentence gave claims (a name that is also a word
    // can make it 0 or 2) or is skipped: none is lost.
    for d in docs {
        assert_eq!(d["statements"], 1, "{d}");
        assert!((d["claims"].as_u64() > Some(0)) != (d["skipped"] == 1), "{d}");
    }
    assert!(took < budget, "{n} files took {took:?}");
}

#[test]
fn two_thousand_tiny_files_are_all_read() {
    tiny_files(2_000, Duration::from_secs(30));
}

#[test]
#[ignore = "100,000 files: run by .ci/run on the release binary, or with --ignored"]
fn a_hundred_thousand_tiny_files_are_all_read() {
    tiny_files(100_000, Duration::from_secs(300));
}

#[test]
fn a_file_name_that_is_not_utf8_is_read_and_shown_lossily() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let name = std::ffi::OsStr::from_bytes(b"caf\xe9.txt");
    std::fs::write(dir.path().join(name), "The convoy was not armed, the ministry said.\n").expect("write");
    let out = antinomy(dir.path())
        .args(["claims", "--no-config", "."])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("caf\u{fffd}.txt:1"));
    let out = antinomy(dir.path())
        .arg("report")
        .arg("--no-config")
        .arg("--format")
        .arg("json")
        .arg(name)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(json(&out)["documents"][0]["name"], "caf\u{fffd}.txt");
}

#[test]
fn an_unreadable_file_is_named_and_the_others_are_read() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let locked = dir.path().join("locked.txt");
    std::fs::write(&locked, "The convoy was armed.\n").expect("write");
    std::fs::write(
        dir.path().join("good.txt"),
        "The convoy was not armed, the ministry said.\n",
    )
    .expect("write");
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    if std::fs::read(&locked).is_ok() {
        // root (as in CI here) reads through mode 000.
        eprintln!("note: running with privileges that ignore file modes; unreadable-file case skipped");
        return;
    }
    let out = antinomy(dir.path())
        .args(["report", "--no-config", "--format", "json", "locked.txt", "good.txt"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr).trim(),
        "error: locked.txt: permission denied"
    );
    assert_eq!(json(&out)["documents"][0]["name"], "good.txt");
}

#[test]
fn a_bad_max_file_size_is_a_usage_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = antinomy(dir.path())
        .args(["report", "--max-file-size", "lots", "x.txt"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("'lots' is not a size"));
}

/// Many conflicts, so every output is larger than a pipe buffer.
fn many_conflicts(dir: &Path) {
    let mut yaml = String::new();
    for i in 0..500 {
        yaml.push_str(&format!(
            "- {{id: a{i}, source: desk {i}, subject: unit {i}, predicate: role, object: fighters}}\n"
        ));
        yaml.push_str(&format!(
            "- {{id: b{i}, source: post {i}, subject: unit {i}, predicate: role, object: medics}}\n"
        ));
    }
    std::fs::write(dir.join("many.yaml"), yaml).expect("write");
}

#[test]
fn a_stdout_closed_early_ends_every_format_normally() {
    let dir = tempfile::tempdir().expect("tempdir");
    many_conflicts(dir.path());
    for args in [
        &["report", "--format", "json", "many.yaml"][..],
        &["report", "--format", "dot", "many.yaml"],
        &["graph", "many.yaml"],
        &["claims", "--format", "json", "many.yaml"],
    ] {
        let mut child = Command::cargo_bin("antinomy")
            .expect("binary")
            .current_dir(dir.path())
            .arg(args[0])
            .arg("--no-config")
            .args(&args[1..])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn");
        let mut first = [0u8; 64];
        child
            .stdout
            .as_mut()
            .expect("stdout")
            .read_exact(&mut first)
            .expect("some output");
        drop(child.stdout.take());
        let out = child.wait_with_output().expect("exit");
        assert_eq!(out.status.code(), Some(0), "{args:?}: {:?}", out.status);
        assert!(
            out.stderr.is_empty(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// `| head` in a shell: the process is not killed by SIGPIPE (exit 141)
/// and exits with the code it would have had.
#[test]
fn sigpipe_from_head_is_not_a_crash() {
    let dir = tempfile::tempdir().expect("tempdir");
    many_conflicts(dir.path());
    std::fs::write(dir.path().join("bad.yaml"), "- {id: [\n").expect("write");
    let bin = assert_cmd::cargo::cargo_bin("antinomy");
    let script = r#"set -o pipefail
"$0" report --no-config --color never many.yaml | head -n 3 >/dev/null; echo "text $?"
"$0" report --no-config --format json many.yaml bad.yaml 2>/dev/null | head -c 100 >/dev/null; echo "json $?"
"$0" graph --no-config many.yaml | head -n 1 >/dev/null; echo "dot $?""#;
    let out = Command::new("bash")
        .arg("-c")
        .arg(script)
        .arg(&bin)
        .current_dir(dir.path())
        .env("NO_COLOR", "1")
        .output()
        .expect("bash runs");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "text 0\njson 2\ndot 0\n");
}
