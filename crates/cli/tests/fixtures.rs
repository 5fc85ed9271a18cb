//! Runs every fixture under `fixtures/` as its own named test, through the
//! same function as `antinomy check` (so the two cannot disagree).
//!
//! `cargo test --test fixtures -- conflicts/negation` runs a subset by name.

use std::path::{Path, PathBuf};

use libtest_mimic::{Arguments, Failed, Trial};

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures");
    let (paths, problems) = antinomy::check::collect_fixtures(std::slice::from_ref(&root));
    assert!(problems.is_empty(), "{problems:?}");
    assert!(!paths.is_empty(), "no fixtures found under {}", root.display());
    let mut trials: Vec<Trial> = paths.into_iter().map(|p| trial(&root, p)).collect();
    trials.push(Trial::test(
        "smoke: an inline fixture to paste a failing case into",
        smoke,
    ));
    libtest_mimic::run(&args, trials).exit();
}

fn trial(root: &Path, path: PathBuf) -> Trial {
    let name = path
        .strip_prefix(root)
        .unwrap_or(&path)
        .with_extension("")
        .display()
        .to_string();
    Trial::test(name, move || {
        let result = antinomy::check::run_fixture(&path);
        let (text, passed) = antinomy::check::render(std::slice::from_ref(&result), &[]);
        if passed {
            Ok(())
        } else {
            Err(Failed::from(text))
        }
    })
}

/// Paste a failing case here to iterate on it without creating a file.
fn smoke() -> Result<(), Failed> {
    let dir = std::env::temp_dir().join(format!("antinomy-smoke-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| Failed::from(e.to_string()))?;
    let path = dir.join("smoke.yaml");
    std::fs::write(
        &path,
        r#"
description: the smallest cross-source role conflict
documents:
  - name: claims.yaml
    text: |
      - {id: a, source: one outlet, subject: the unit, predicate: role, object: fighters}
      - {id: b, source: another outlet, subject: the unit, predicate: role, object: medics}
expect:
  - {rule: disjoint-category, a: a, b: b}
"#,
    )
    .map_err(|e| Failed::from(e.to_string()))?;
    let result = antinomy::check::run_fixture(&path);
    let _ = std::fs::remove_dir_all(&dir);
    let (text, passed) = antinomy::check::render(std::slice::from_ref(&result), &[]);
    if passed {
        Ok(())
    } else {
        Err(Failed::from(text))
    }
}
