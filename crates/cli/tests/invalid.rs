//! Runs every hostile-input case under `fixtures/invalid/` through the real
//! binary, one named test per case.
//!
//! A case is a `.case` file (YAML, but not named `.yaml`, so `antinomy check
//! fixtures/` and the fixture harness never take it for a fixture):
//!
//! ```yaml
//! description: what the case shows
//! files:                              # written into a fresh scratch directory
//!   good.txt: "plain UTF-8 text"
//!   bad.txt: {bytes: "caf\xe9\n"}      # one byte per character (U+0000 to U+00FF)
//!   big.txt: {repeat: "word ", times: 1000}
//!   bomb.yaml: {parts: ["head", {repeat: "- *a\n", times: 10}, "tail"]}
//!   link.txt: {symlink: elsewhere.txt}
//!   empty-dir: {dir: true}
//! stdin: "text fed on stdin"          # or `closed` (fd 0 closed), default empty
//! run: [report, --format, json, bad.txt, good.txt]   # the arguments, in the scratch dir
//! exit: 2
//! stderr:                             # every line, exactly, in order
//!   - "error: bad.txt:1:4: invalid UTF-8 (byte 0xe9)"
//! stdout:
//!   json: true                        # parses as JSON; its `errors` equal the error lines
//!   dot: true                         # a complete DOT graph
//!   contains: ["good.txt"]            # substrings
//!   lacks: ["panicked"]
//! ```
//!
//! In `stderr`, `{scratch}` stands for the scratch directory's real path.
//! `cargo test --test invalid -- utf8` runs the cases whose name has `utf8`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use libtest_mimic::{Arguments, Failed, Trial};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    description: String,
    #[serde(default)]
    files: BTreeMap<String, Content>,
    #[serde(default)]
    stdin: Option<String>,
    run: Vec<String>,
    exit: i32,
    #[serde(default)]
    stderr: Vec<String>,
    #[serde(default)]
    stdout: StdoutCheck,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Content {
    Text(String),
    Spec(Spec),
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Spec {
    #[serde(default)]
    bytes: Option<String>,
    #[serde(default)]
    repeat: Option<String>,
    #[serde(default)]
    times: Option<usize>,
    #[serde(default)]
    parts: Option<Vec<Part>>,
    #[serde(default)]
    symlink: Option<String>,
    #[serde(default)]
    dir: bool,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Part {
    Text(String),
    Repeat { repeat: String, times: usize },
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct StdoutCheck {
    #[serde(default)]
    json: bool,
    #[serde(default)]
    dot: bool,
    #[serde(default)]
    contains: Vec<String>,
    #[serde(default)]
    lacks: Vec<String>,
}

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/invalid");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&root)
        .expect("fixtures/invalid exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "case"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no cases under {}", root.display());
    let trials = paths
        .into_iter()
        .map(|p| {
            let name = p
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            Trial::test(format!("invalid/{name}"), move || run_case(&p))
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}

fn write_files(dir: &Path, files: &BTreeMap<String, Content>) -> Result<(), Failed> {
    let fail = |e: std::io::Error| Failed::from(format!("writing the case's files: {e}"));
    for (name, content) in files {
        let path = dir.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(fail)?;
        }
        match content {
            Content::Text(t) => std::fs::write(&path, t).map_err(fail)?,
            Content::Spec(s) if s.dir => std::fs::create_dir_all(&path).map_err(fail)?,
            Content::Spec(Spec {
                symlink: Some(target), ..
            }) => std::os::unix::fs::symlink(target, &path).map_err(fail)?,
            Content::Spec(Spec { bytes: Some(b), .. }) => {
                let bytes: Result<Vec<u8>, _> = b.chars().map(|c| u8::try_from(u32::from(c))).collect();
                let bytes = bytes.map_err(|_| Failed::from(format!("{name}: `bytes` takes U+0000 to U+00FF only")))?;
                std::fs::write(&path, bytes).map_err(fail)?;
            }
            Content::Spec(Spec {
                repeat: Some(r),
                times: Some(n),
                ..
            }) => std::fs::write(&path, r.repeat(*n)).map_err(fail)?,
            Content::Spec(Spec { parts: Some(parts), .. }) => {
                let text: String = parts
                    .iter()
                    .map(|p| match p {
                        Part::Text(t) => t.clone(),
                        Part::Repeat { repeat, times } => repeat.repeat(*times),
                    })
                    .collect();
                std::fs::write(&path, text).map_err(fail)?;
            }
            Content::Spec(other) => return Err(Failed::from(format!("{name}: cannot make a file of {other:?}"))),
        }
    }
    Ok(())
}

fn run_case(path: &Path) -> Result<(), Failed> {
    let text = std::fs::read_to_string(path).map_err(|e| Failed::from(e.to_string()))?;
    let case: Case = antinomy_ingest::yaml::from_str(&text)
        .map_err(|e| Failed::from(format!("{}:{}:{}: {}", path.display(), e.line, e.column, e.message)))?;
    let scratch = tempfile::tempdir().map_err(|e| Failed::from(e.to_string()))?;
    write_files(scratch.path(), &case.files)?;
    let bin = assert_cmd::cargo::cargo_bin("antinomy");
    let mut cmd = if case.stdin.as_deref() == Some("closed") {
        // A closed descriptor 0 (not an empty one): only a shell can hand
        // that over without unsafe code.
        let mut c = Command::new("sh");
        c.arg("-c").arg("exec \"$0\" \"$@\" <&-").arg(&bin).args(&case.run);
        c.stdin(Stdio::null());
        c
    } else {
        let mut c = Command::new(&bin);
        c.args(&case.run).stdin(Stdio::piped());
        c
    };
    cmd.current_dir(scratch.path())
        .env("NO_COLOR", "1")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("RAYON_NUM_THREADS")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().map_err(|e| Failed::from(e.to_string()))?;
    if let Some(mut stdin) = child.stdin.take() {
        let feed = case.stdin.clone().unwrap_or_default();
        // The binary may stop reading early; a broken pipe here is fine.
        let _ = std::io::Write::write_all(&mut stdin, feed.as_bytes());
    }
    let out = child.wait_with_output().map_err(|e| Failed::from(e.to_string()))?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    let real = std::fs::canonicalize(scratch.path()).unwrap_or_else(|_| scratch.path().to_path_buf());
    let stderr = String::from_utf8_lossy(&out.stderr).replace(&real.display().to_string(), "{scratch}");
    let mut problems = Vec::new();
    if out.status.code() != Some(case.exit) {
        problems.push(format!("exit code {:?}, expected {}", out.status.code(), case.exit));
    }
    let lines: Vec<&str> = stderr.lines().collect();
    if lines != case.stderr.iter().map(String::as_str).collect::<Vec<_>>() {
        problems.push(format!(
            "stderr differs\n  expected:\n    {}\n  got:\n    {}",
            case.stderr.join("\n    "),
            lines.join("\n    ")
        ));
    }
    for line in &lines {
        // "error: path[:line[:col]]: message": the message must start in
        // lower case (an acronym such as UTF-16 is fine) and end without a period.
        let rest = line.split_once(": ").map_or("", |(_, m)| m);
        let message = rest.split_once(": ").map_or(rest, |(_, m)| m);
        let first_word = message.split([' ', ':']).next().unwrap_or("");
        let acronym = first_word.len() > 1 && !first_word.chars().any(char::is_lowercase);
        if message.ends_with('.') || (!acronym && message.chars().next().is_some_and(char::is_uppercase)) {
            problems.push(format!("not in the error style (lower case, no final period): {line}"));
        }
    }
    if stderr.contains("panicked") || stdout.contains("panicked") {
        problems.push("a panic message".into());
    }
    if case.stdout.json {
        match serde_json::from_str::<serde_json::Value>(&stdout) {
            Ok(v) => {
                let errors: Vec<String> = lines
                    .iter()
                    .filter_map(|l| l.strip_prefix("error: "))
                    .map(|l| l.replace("{scratch}", &real.display().to_string()))
                    .collect();
                let listed: Vec<String> = v["errors"]
                    .as_array()
                    .map(|a| a.iter().filter_map(|e| e.as_str().map(str::to_string)).collect())
                    .unwrap_or_default();
                if listed != errors {
                    problems.push(format!("JSON errors {listed:?} are not the error lines {errors:?}"));
                }
            }
            Err(e) => problems.push(format!("stdout is not JSON: {e}")),
        }
    }
    if case.stdout.dot {
        let body: Vec<&str> = stdout.lines().filter(|l| !l.starts_with("//")).collect();
        if body.first() != Some(&"digraph antinomy {") || body.last() != Some(&"}") {
            problems.push("stdout is not a complete DOT graph".into());
        }
    }
    for want in &case.stdout.contains {
        if !stdout.contains(want.as_str()) {
            problems.push(format!("stdout lacks {want:?}"));
        }
    }
    for unwanted in &case.stdout.lacks {
        if stdout.contains(unwanted.as_str()) {
            problems.push(format!("stdout has {unwanted:?}"));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Failed::from(format!(
            "{}\n{}\n--- stdout (first 2000 bytes) ---\n{}",
            case.description.trim(),
            problems.join("\n"),
            stdout.chars().take(2000).collect::<String>()
        )))
    }
}
