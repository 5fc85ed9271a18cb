//! The invariants of ARCHITECTURE.md, checked on every fixture under
//! `fixtures/` and on a generated corpus:
//!
//! - spans are valid: inside their document, on character boundaries, and
//!   the slice is the claim's `text`;
//! - nothing is lost: every statement gave claims or is skipped with a
//!   reason, `documents[].statements` says how many there were, and
//!   `claims --verbose` lists every skipped one;
//! - the conflicts do not depend on the order of the inputs or the number
//!   of threads.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use antinomy_ingest::{ingest, sentences::sentences, ClaimGraph, DocKind, Document, Lexicon};

fn fixtures_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures")
}

/// Every fixture's inputs, as documents (inline ones and `files:`), with
/// the lexicon it asks for.
fn fixture_inputs() -> Vec<(PathBuf, Vec<Document>, Lexicon)> {
    let (paths, problems) = antinomy::check::collect_fixtures(&[fixtures_root()]);
    assert!(problems.is_empty(), "{problems:?}");
    assert!(paths.len() > 20, "fixtures found: {}", paths.len());
    paths
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).expect("fixture reads");
            let fx = antinomy_reason::fixture::parse(&text).expect("fixture parses");
            let (docs, lexicon) = antinomy::check::fixture_inputs(&fx, path.parent().expect("parent"))
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            (path, docs, lexicon)
        })
        .collect()
}

fn check_spans(graph: &ClaimGraph) -> Result<(), String> {
    for c in graph.claims() {
        let doc = &graph.document(c.doc).ok_or("no document")?.text;
        if !(c.span.start() <= c.span.end() && c.span.end() <= doc.len()) {
            return Err(format!("{}: span {:?} outside the document", c.id, c.span));
        }
        if !doc.is_char_boundary(c.span.start()) || !doc.is_char_boundary(c.span.end()) {
            return Err(format!("{}: span {:?} not on character boundaries", c.id, c.span));
        }
        if doc[c.span.start()..c.span.end()] != *c.text {
            return Err(format!("{}: text is not the slice at its span", c.id));
        }
    }
    for s in graph.skipped() {
        let doc = &graph.document(s.doc).ok_or("no document")?.text;
        if doc.get(s.span.start()..s.span.end()) != Some(&*s.text) || s.reason.is_empty() {
            return Err(format!("skipped {:?}: bad span, text or reason", s.span));
        }
    }
    Ok(())
}

/// statements = statements that gave claims + skipped statements, per
/// document; for prose, each sentence is checked on its own.
fn check_accounting(graph: &ClaimGraph, docs: &[Document]) -> Result<(), String> {
    for (i, (d, input)) in graph.documents().iter().zip(docs).enumerate() {
        let skipped: Vec<_> = graph.skipped().iter().filter(|s| s.doc.0 as usize == i).collect();
        let claims: Vec<_> = graph.claims().filter(|c| c.doc.0 as usize == i).collect();
        match input.kind {
            DocKind::Prose => {
                let sents = sentences(&d.text);
                let mut claimed = 0;
                for s in &sents {
                    let has_claim = claims
                        .iter()
                        .any(|c| c.span.start() >= s.start() && c.span.end() <= s.end());
                    let skips = skipped.iter().filter(|k| k.span == *s).count();
                    if usize::from(has_claim) + skips != 1 {
                        return Err(format!(
                            "{}: sentence {:?} has claims: {has_claim}, skips: {skips}",
                            d.name,
                            &d.text[s.start()..s.end()]
                        ));
                    }
                    claimed += usize::from(has_claim);
                }
                if d.statements != sents.len() || d.statements != claimed + skipped.len() {
                    return Err(format!(
                        "{}: {} statements, {} sentences, {claimed} claimed, {} skipped",
                        d.name,
                        d.statements,
                        sents.len(),
                        skipped.len()
                    ));
                }
            }
            DocKind::ClaimFile => {
                // Each statement gave claims or a skip: the skips and the
                // statements with a claim account for all of them.
                let statements: BTreeSet<&str> = claims.iter().filter_map(|c| graph.statement_of(c.id)).collect();
                if d.statements < skipped.len() + statements.len().min(1) {
                    return Err(format!(
                        "{}: {} statements but {} skipped and {} with claims",
                        d.name,
                        d.statements,
                        skipped.len(),
                        statements.len()
                    ));
                }
                if claims.is_empty() && d.statements != skipped.len() {
                    return Err(format!("{}: no claims, so every statement must be skipped", d.name));
                }
            }
        }
    }
    Ok(())
}

#[test]
fn every_fixture_has_valid_spans_and_loses_no_statement() {
    let mut failures = Vec::new();
    let mut documents = 0;
    for (path, docs, lexicon) in fixture_inputs() {
        documents += docs.len();
        let ingested = ingest(docs.clone(), &lexicon);
        assert!(ingested.errors.is_empty(), "{}: {:?}", path.display(), ingested.errors);
        if let Err(e) = check_spans(&ingested.graph).and_then(|()| check_accounting(&ingested.graph, &docs)) {
            failures.push(format!("{}: {e}", path.display()));
        }
    }
    assert!(documents > 20);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn antinomy(dir: &Path) -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("antinomy").expect("binary");
    cmd.current_dir(dir).env("NO_COLOR", "1").env_remove("CLICOLOR_FORCE");
    cmd
}

/// Every fixture input as a file of a scratch directory (one folder per
/// fixture), so the binary reads them like a user's.
fn fixture_inputs_on_disk() -> (tempfile::TempDir, usize) {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut n = 0;
    for (i, (_, docs, _)) in fixture_inputs().into_iter().enumerate() {
        for d in docs {
            let path = dir.path().join(format!("f{i:03}")).join(&d.name);
            std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
            std::fs::write(path, d.text).expect("write");
            n += 1;
        }
    }
    (dir, n)
}

#[test]
fn claims_verbose_lists_every_skipped_statement_of_every_fixture() {
    let (dir, n) = fixture_inputs_on_disk();
    let out = antinomy(dir.path())
        .args(["report", "--no-config", "--format", "json", "."])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let documents = report["documents"].as_array().expect("documents");
    assert_eq!(documents.len(), n);
    let claims = report["claims"].as_array().expect("claims");

    let out = antinomy(dir.path())
        .args(["claims", "--no-config", "--verbose", "--format", "json", "."])
        .output()
        .expect("runs");
    let listed: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let skipped = listed["skipped"].as_array().expect("skipped");
    assert_eq!(skipped.len() as u64, listed["skipped_count"].as_u64().expect("count"));

    let mut total_skipped = 0;
    for d in documents {
        let name = d["name"].as_str().expect("name");
        let listed_here = skipped.iter().filter(|s| s["doc"] == name).count();
        assert_eq!(d["skipped"].as_u64(), Some(listed_here as u64), "{name}");
        assert!(skipped
            .iter()
            .filter(|s| s["doc"] == name)
            .all(|s| !s["reason"].as_str().unwrap_or("").is_empty()));
        let claimed = claims.iter().filter(|c| c["doc"] == name).count();
        let statements = d["statements"].as_u64().expect("statements") as usize;
        assert!(
            statements >= listed_here,
            "{name}: {statements} statements, {listed_here} skipped"
        );
        assert!(
            claimed == 0 || statements > listed_here,
            "{name}: claims but every statement skipped"
        );
        total_skipped += listed_here;
    }

    let out = antinomy(dir.path())
        .args(["claims", "--no-config", "--verbose", "."])
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&out.stdout);
    let lines = text.lines().filter(|l| l.starts_with("skipped ")).count();
    assert_eq!(lines, total_skipped);
    assert!(text.contains(&format!("{total_skipped} statements without a claim")));
}

/// A conflict as something independent of ids and input order: its rule
/// and its two sides as (document, span, text), unordered; for a group,
/// every pair it stands for.
fn conflict_set(report: &serde_json::Value) -> BTreeSet<(String, String, String)> {
    let claims: std::collections::BTreeMap<&str, String> = report["claims"]
        .as_array()
        .expect("claims")
        .iter()
        .map(|c| {
            (
                c["id"].as_str().expect("id"),
                format!("{}@{}..{}", c["doc"], c["span"]["start"], c["span"]["end"]),
            )
        })
        .collect();
    let mut out = BTreeSet::new();
    let side = |id: &serde_json::Value| claims.get(id.as_str().unwrap_or("")).cloned().unwrap_or_default();
    for g in report["groups"].as_array().expect("groups") {
        for l in g["left"].as_array().expect("left") {
            for r in g["right"].as_array().expect("right") {
                let (a, b) = (side(l), side(r));
                let (a, b) = if a <= b { (a, b) } else { (b, a) };
                out.insert((g["rule"].as_str().unwrap_or("").to_string(), a, b));
            }
        }
    }
    out
}

#[test]
fn the_same_conflicts_in_any_input_order_and_the_same_bytes_for_any_thread_count() {
    let (articles, _) = antinomy_corpus::generate(&antinomy_corpus::Config {
        seed: 5,
        claims: Some(600),
        bytes: None,
    });
    let dir = tempfile::tempdir().expect("tempdir");
    let mut names = Vec::new();
    for a in &articles {
        let path = dir.path().join(&a.name);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(&path, &a.text).expect("write");
        names.push(a.name.clone());
    }
    names.sort();
    let run = |names: &[String], threads: &str| {
        let out = antinomy(dir.path())
            .env("RAYON_NUM_THREADS", threads)
            .args(["report", "--no-config", "--format", "json"])
            .args(names)
            .output()
            .expect("runs");
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        out.stdout
    };
    let forward = run(&names, "1");
    let mut reversed_names = names.clone();
    reversed_names.reverse();
    let reversed = run(&reversed_names, "1");
    // Output follows the order given (documents, claim ids), so the bytes
    // differ; the conflicts found do not.
    let parse = |b: &[u8]| serde_json::from_slice::<serde_json::Value>(b).expect("JSON");
    let (f, r) = (parse(&forward), parse(&reversed));
    let set = conflict_set(&f);
    assert!(set.len() > 5, "{}", set.len());
    assert_eq!(set, conflict_set(&r), "the conflicts depend on the input order");
    // For one order, the thread count changes nothing, byte for byte.
    assert!(run(&reversed_names, "3") == reversed, "3 threads differ from 1");
}
