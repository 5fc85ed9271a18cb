//! `antinomy check`: run fixture files.
//!
//! The test suite runs every fixture through [`run_fixture`] too, so a
//! fixture that passes in `cargo test` passes in CI's `antinomy check`, and
//! the other way round.

use std::path::{Path, PathBuf};

use antinomy_ingest::{ingest, Document, Lexicon};
use antinomy_reason::fixture::{self, Mismatch};
use antinomy_reason::{find_conflicts, Options};

use crate::input::{io_message, read_text, yaml_problem};

/// What running one fixture gave.
#[derive(Debug)]
pub struct FixtureResult {
    /// The fixture file.
    pub path: PathBuf,
    /// Its description, when it could be read.
    pub description: String,
    /// The disagreements (empty: pass), or why the fixture could not run.
    pub outcome: Result<Vec<Mismatch>, String>,
}

impl FixtureResult {
    /// Whether the engine agrees with the fixture.
    pub fn passed(&self) -> bool {
        matches!(&self.outcome, Ok(m) if m.is_empty())
    }
}

/// Every `*.yaml` fixture under the given paths, sorted, plus the paths
/// that could not be read. Symlinked directories are followed once: a link
/// back to a directory on the way down is reported, not walked.
pub fn collect_fixtures(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<String>) {
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for p in paths {
        match std::fs::metadata(p) {
            Ok(m) if m.is_dir() => walk(p, &mut out, &mut problems, &mut Vec::new()),
            Ok(_) => out.push(p.clone()),
            Err(e) => problems.push(format!("{}: {}", p.display(), io_message(&e))),
        }
    }
    out.sort();
    out.dedup();
    (out, problems)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>, problems: &mut Vec<String>, ancestors: &mut Vec<PathBuf>) {
    let real = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    if ancestors.contains(&real) {
        problems.push(format!("{}: symlink loop, not followed", dir.display()));
        return;
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            problems.push(format!("{}: {}", dir.display(), io_message(&e)));
            return;
        }
    };
    ancestors.push(real);
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            walk(&p, out, problems, ancestors);
        } else if p.extension().is_some_and(|x| x == "yaml" || x == "yml") {
            out.push(p);
        }
    }
    ancestors.pop();
}

/// Runs one fixture: reads it, its inline documents and files, ingests them
/// with the default lexicon plus the fixture's packs, finds conflicts and
/// verifies them against `expect` and `forbid`.
pub fn run_fixture(path: &Path) -> FixtureResult {
    let mut result = FixtureResult {
        path: path.to_path_buf(),
        description: String::new(),
        outcome: Err(String::new()),
    };
    result.outcome = (|| {
        let text = read_text(path).map_err(|p| p.0)?;
        let fx = fixture::parse(&text)
            .map_err(|e| yaml_problem(&path.display().to_string(), e.line, e.column, &e.message))?;
        result.description = fx.description.clone();
        let (docs, lexicon) = fixture_inputs(&fx, path.parent().unwrap_or(Path::new(".")))?;
        if docs.is_empty() {
            return Err(format!("{}: fixture has no documents and no files", path.display()));
        }
        let ingested = ingest(docs, &lexicon);
        if let Some(e) = ingested.errors.first() {
            return Err(format!("{}: input {e}", path.display()));
        }
        let conflicts = find_conflicts(&ingested.graph, &lexicon, &Options::default());
        Ok(fixture::verify(&fx, &ingested.graph, &conflicts))
    })();
    result
}

/// A fixture's inputs: its inline documents and its `files:` (read relative
/// to `base`, the fixture's folder), and the default lexicon with the packs
/// it names. A pack that cannot be read, does not parse or contradicts
/// itself is an error, as is a file that cannot be read.
pub fn fixture_inputs(fx: &fixture::Fixture, base: &Path) -> Result<(Vec<Document>, Lexicon), String> {
    let mut lexicon = Lexicon::default_lexicon();
    for pack in &fx.lexicon {
        let p = base.join(pack);
        let t = read_text(&p).map_err(|p| p.0)?;
        lexicon
            .add_pack_str(&t, pack)
            .map_err(|e| format!("{}: {e}", p.display()))?;
        if let Some(problem) = lexicon.problems().first() {
            return Err(format!(
                "{}: {} lexicon: {}",
                p.display(),
                problem.pack,
                problem.message
            ));
        }
    }
    let mut docs: Vec<Document> = fx
        .documents
        .iter()
        .map(|d| Document::from_path_name(d.name.clone(), d.text.clone()))
        .collect();
    for f in &fx.files {
        let p = base.join(f);
        let t = read_text(&p).map_err(|p| p.0)?;
        docs.push(Document::from_path_name(f.clone(), t));
    }
    Ok((docs, lexicon))
}

/// The `check` output for a set of results, and whether all passed.
pub fn render(results: &[FixtureResult], problems: &[String]) -> (String, bool) {
    let mut out = String::new();
    let mut failed = 0;
    for r in results {
        match &r.outcome {
            Ok(m) if m.is_empty() => out.push_str(&format!("ok     {}\n", r.path.display())),
            Ok(m) => {
                failed += 1;
                out.push_str(&format!("FAIL   {}\n", r.path.display()));
                if !r.description.is_empty() {
                    out.push_str(&format!("       {}\n", r.description.trim()));
                }
                for x in m {
                    out.push_str(&format!("       - {x}\n"));
                }
            }
            Err(e) => {
                failed += 1;
                out.push_str(&format!("ERROR  {}\n       {e}\n", r.path.display()));
            }
        }
    }
    let passed = results.len() - failed;
    out.push_str(&format!("\nfixtures: {passed} passed, {failed} failed\n"));
    (out, failed == 0 && problems.is_empty())
}
