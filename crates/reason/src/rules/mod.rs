//! The registry of rules.
//!
//! Adding a rule changes exactly: one new file here, one line in [`RULES`]
//! and one in [`RULE_SOURCES`], a fixture folder under `fixtures/`, and the
//! regenerated `docs/rules.md` (`UPDATE_EXPECT=1 cargo test -p antinomy-reason`).

mod antonym;
mod date_mismatch;
mod disjoint_category;
mod disputed;
mod negation;
mod place_mismatch;
mod quantity_mismatch;
mod substitution;

pub use antonym::Antonym;
pub use date_mismatch::DateMismatch;
pub use disjoint_category::DisjointCategory;
pub use disputed::Disputed;
pub use negation::Negation;
pub use place_mismatch::PlaceMismatch;
pub use quantity_mismatch::QuantityMismatch;
pub use substitution::Substitution;

use crate::rule::Rule;

/// Every rule, in code order. When two rules flag the same pair of claims the
/// one with the higher score is kept; on a tie, the one listed first.
pub const RULES: &[&dyn Rule] = &[
    &Negation,
    &DisjointCategory,
    &Antonym,
    &QuantityMismatch,
    &DateMismatch,
    &PlaceMismatch,
    &Disputed,
    &Substitution,
];

/// The source text of every rule file, keyed by code: its `//!` comment is
/// the rule's documentation (`antinomy explain`, `docs/rules.md`).
pub const RULE_SOURCES: &[(&str, &str)] = &[
    ("C001", include_str!("negation.rs")),
    ("C002", include_str!("disjoint_category.rs")),
    ("C003", include_str!("antonym.rs")),
    ("C004", include_str!("quantity_mismatch.rs")),
    ("C005", include_str!("date_mismatch.rs")),
    ("C006", include_str!("place_mismatch.rs")),
    ("C007", include_str!("disputed.rs")),
    ("C008", include_str!("substitution.rs")),
];

/// A rule by code ("C002") or name ("disjoint-category"), case-insensitive.
pub fn find(code_or_name: &str) -> Option<&'static dyn Rule> {
    RULES
        .iter()
        .copied()
        .find(|r| r.code().eq_ignore_ascii_case(code_or_name) || r.name().eq_ignore_ascii_case(code_or_name))
}

/// The documentation of a rule: its file's leading `//!` lines, unindented.
pub fn documentation(code: &str) -> Option<String> {
    let (_, source) = RULE_SOURCES.iter().find(|(c, _)| c.eq_ignore_ascii_case(code))?;
    let doc: Vec<&str> = source
        .lines()
        .take_while(|l| l.starts_with("//!"))
        .map(|l| l.strip_prefix("//! ").unwrap_or(l.strip_prefix("//!").unwrap_or(l)))
        .collect();
    Some(doc.join("\n"))
}

/// The summary of a rule: the first paragraph of its documentation, on one line.
pub fn summary(code: &str) -> String {
    let Some(doc) = documentation(code) else {
        return String::new();
    };
    doc.lines()
        .skip_while(|l| l.trim().is_empty())
        .take_while(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(str::trim)
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
pub(crate) mod test_support {
    //! A tiny harness for rule unit tests: YAML statements in, findings out.
    use crate::engine::{find_conflicts, Options};
    use antinomy_ingest::{ingest, Document, Lexicon};

    /// Runs every rule over a claim file and returns "rule: a <> b" lines,
    /// naming claims by statement id.
    pub fn check(yaml: &str) -> Vec<String> {
        let lexicon = Lexicon::default_lexicon();
        let ingested = ingest(vec![Document::from_path_name("t.yaml", yaml)], &lexicon);
        assert!(ingested.errors.is_empty(), "{:?}", ingested.errors);
        let conflicts = find_conflicts(&ingested.graph, &lexicon, &Options::default());
        conflicts
            .iter()
            .map(|c| {
                let id = |x| ingested.graph.statement_of(x).unwrap_or("?").to_string();
                format!("{}: {} <> {}", c.rule, id(c.a), id(c.b))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_names_are_unique_and_well_formed() {
        let mut codes: Vec<&str> = RULES.iter().map(|r| r.code()).collect();
        let mut names: Vec<&str> = RULES.iter().map(|r| r.name()).collect();
        codes.sort_unstable();
        names.sort_unstable();
        codes.dedup();
        names.dedup();
        assert_eq!(codes.len(), RULES.len());
        assert_eq!(names.len(), RULES.len());
        for r in RULES {
            assert!(r.code().starts_with('C') && r.code().len() == 4, "{}", r.code());
            assert!(
                r.name().chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                "{}",
                r.name()
            );
        }
        let listed: Vec<String> = RULES.iter().map(|r| format!("{} {}", r.code(), r.name())).collect();
        assert_eq!(
            listed,
            [
                "C001 negation",
                "C002 disjoint-category",
                "C003 antonym",
                "C004 quantity-mismatch",
                "C005 date-mismatch",
                "C006 place-mismatch",
                "C007 disputed",
                "C008 substitution",
            ]
        );
    }

    #[test]
    fn every_rule_has_documentation_with_the_fixed_headings() {
        for r in RULES {
            let doc = documentation(r.code()).expect("documented");
            for heading in [
                "## What it flags",
                "## Why it's a conflict",
                "## Example",
                "## What it does not flag",
            ] {
                assert!(doc.contains(heading), "{} lacks {heading}", r.code());
            }
        }
    }
}
