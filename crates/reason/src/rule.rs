//! The contract between the engine and a rule.

use antinomy_ingest::{Claim, Lexicon};

/// What a rule sees: two claims the engine decided should meet (they share a
/// subject, or one speaks about the other's source) and the lexicon.
pub struct Pair<'a> {
    /// The claim that comes first in claim order.
    pub a: &'a Claim,
    /// The claim that comes second.
    pub b: &'a Claim,
    /// The merged lexicon, for is-a, disjoint and antonym facts.
    pub lexicon: &'a Lexicon,
}

/// What a rule found: the evidence, not the verdict's presentation.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    /// How sure the rule is before the claims' modalities are weighed, in [0, 1].
    pub base_score: f64,
    /// One sentence a reviewer can check against the two quotes.
    pub explanation: String,
    /// The lexicon facts used, as "<pack> lexicon, <group>" strings.
    pub facts: Vec<String>,
}

/// A conflict rule: a unit struct in its own file under `rules/`, listed in
/// [`crate::rules::RULES`].
///
/// Rules never see the whole graph: the engine hands them candidate pairs,
/// so blocking and scale live in one place (the engine) and a rule is a pure
/// function of two claims and the lexicon.
pub trait Rule: Sync {
    /// Stable short code ("C001"); never reused.
    fn code(&self) -> &'static str;
    /// Kebab-case name of the conflict pattern ("disjoint-category").
    fn name(&self) -> &'static str;
    /// The conflict between `pair.a` and `pair.b`, if this rule sees one.
    fn check(&self, pair: &Pair<'_>) -> Option<Finding>;
}

/// "is fighter", "confirm", "cargo ammunition": a predicate with its value, for
/// explanations.
pub fn describe(predicate: &str, object: &antinomy_ingest::Value) -> String {
    let p = predicate.replace('-', " ");
    match object.text() {
        "" => p,
        v => format!("{p} \u{201c}{v}\u{201d}"),
    }
}
