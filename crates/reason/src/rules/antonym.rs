//! Opposite predicates about the same subject: confirmed vs denied, won vs
//! lost, rose vs fell, hailed vs downplayed.
//!
//! ## What it flags
//!
//! Two positive claims about the same subject whose predicates the lexicon
//! lists as an antonym pair, with the same value (or none). A value that
//! covers every value ("acquitted of all charges", "lost every match")
//! meets any value of the other side ("convicted of bribery"). Stance verbs
//! count: one party *hailing* the troops and another *downplaying* them take
//! opposite stances towards the same subject.
//!
//! ## Why it's a conflict
//!
//! An antonym pair names outcomes that exclude each other: an attempt that
//! was thwarted did not succeed; a figure that rose did not fall over the
//! same period. For stances, two sources cannot both be right about whether
//! the thing deserves praise or dismissal; the reader has to pick a side.
//!
//! ## Example
//!
//! ```yaml
//! - id: a
//!   source: the governor
//!   text: "The crossing attempt was thwarted."
//! - id: b
//!   source: the opposition
//!   text: "The crossing attempt succeeded."
//! ```
//!
//! ## What it does not flag
//!
//! - Negated claims: "did not win" and "did not lose" can both hold (a draw).
//! - Different subjects ("prices rose", "wages fell").
//! - The same predicate twice (that is agreement, or a `negation`).
//! - Different values: "convicted of bribery" and "acquitted on a separate
//!   charge of money laundering" are verdicts on two charges.

use crate::rule::{position, Finding, Pair, Rule};
use antinomy_ingest::{Polarity, Value};

/// See the module documentation.
pub struct Antonym;

impl Rule for Antonym {
    fn code(&self) -> &'static str {
        "C003"
    }

    fn name(&self) -> &'static str {
        "antonym"
    }

    fn check(&self, pair: &Pair<'_>) -> Option<Finding> {
        let (a, b) = (pair.a, pair.b);
        if !a.subject.compatible(&b.subject) || a.predicate == b.predicate {
            return None;
        }
        // The same object, or one side without one ("the crossing reopened"
        // and "the crossing was closed to trucks").
        let same_object = a.object.compatible(&b.object)
            || a.object.key().is_empty()
            || b.object.key().is_empty()
            || universal(&a.object)
            || universal(&b.object);
        if a.polarity != Polarity::Positive || b.polarity != Polarity::Positive || !same_object {
            return None;
        }
        let provenance = pair.lexicon.antonym_fact(&a.predicate, &b.predicate)?;
        let explanation = format!(
            "{}; {}: {} and {} are opposites \u{2014} {}",
            position(a, pair.lexicon),
            position(b, pair.lexicon),
            a.predicate.replace('-', " "),
            b.predicate.replace('-', " "),
            provenance
        );
        Some(Finding {
            base_score: 0.85,
            explanation,
            facts: vec![provenance.to_string()],
        })
    }
}

/// A value quantified over everything of its kind: "all charges", "every
/// match", "all of the proposals".
fn universal(v: &Value) -> bool {
    let Value::Entity { text, .. } = v else {
        return false;
    };
    let lower = text.to_lowercase();
    lower.starts_with("all ") || lower.starts_with("every ")
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::check;

    #[test]
    fn flags_opposite_outcomes_and_stances() {
        let got = check(
            "
- {id: a, subject: the raid, predicate: thwarted}
- {id: b, subject: the raid, predicate: succeeded}
- {id: c, subject: the troops, predicate: hailed, source: the leader}
- {id: d, subject: the troops, predicate: downplayed, source: state media}
",
        );
        // Output is ordered by subject key ("military-personnel" < "raid").
        assert_eq!(got, ["antonym: c <> d", "antonym: a <> b"]);
    }

    #[test]
    fn negated_opposites_are_not_a_conflict() {
        let got = check(
            "
- {id: a, subject: the team, predicate: won, polarity: negative}
- {id: b, subject: the team, predicate: lost, polarity: negative}
",
        );
        assert!(got.is_empty(), "{got:?}");
    }
}
