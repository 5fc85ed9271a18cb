//! The same subject is put in two categories that exclude each other.
//!
//! ## What it flags
//!
//! Two positive claims that fill the same slot of the same subject (its role,
//! its cargo, its colour) with concepts the lexicon declares disjoint, after
//! following is-a links upward: "fighters" (a kind of combatant) and
//! "logistics specialists" (a kind of support personnel) are disjoint
//! because the default lexicon's *military roles* group says combatants and
//! support personnel are.
//!
//! A person's post is such a slot too: "finance director Ada Quist" in one
//! report and "Ada Quist, Brennholt's chief executive," in another give one
//! person two of an organisation's chief offices, which the default
//! lexicon's *an organisation's chief offices* group keeps apart.
//!
//! ## Why it's a conflict
//!
//! A disjoint group is a promise that nothing is both: one body of troops
//! cannot be, at the same time and as a whole, front-line combatants and rear
//! support staff. The explanation names the group, so a reviewer who
//! disagrees knows exactly which lexicon fact to challenge.
//!
//! ## Example
//!
//! ```yaml
//! - id: a
//!   source: insiders
//!   text: "The brigade's fighters were embedded in assault units."
//! - id: b
//!   source: a defence official
//!   text: "The brigade served as logistics specialists."
//! ```
//!
//! ## What it does not flag
//!
//! - Different subjects, or different slots of one subject.
//! - Concepts in an is-a line ("fighter" and "combatant").
//! - Concepts the lexicon does not declare disjoint: silence is not conflict.
//! - Negated claims ("not combatants" and "not medics" agree).
//! - A post not held now ("former chief executive", "deputy chief
//!   executive", "adviser to the chief executive", "was finance director
//!   until 2019"): the reader makes no post claim of it. Nor posts one
//!   person commonly holds together ("president and chief executive"):
//!   the lexicon does not declare them disjoint.

use crate::rule::{Finding, Pair, Rule};
use antinomy_ingest::{Polarity, Value};

/// See the module documentation.
pub struct DisjointCategory;

impl Rule for DisjointCategory {
    fn code(&self) -> &'static str {
        "C002"
    }

    fn name(&self) -> &'static str {
        "disjoint-category"
    }

    fn check(&self, pair: &Pair<'_>) -> Option<Finding> {
        let (a, b) = (pair.a, pair.b);
        if !a.subject.compatible(&b.subject) || a.predicate != b.predicate {
            return None;
        }
        if a.polarity != Polarity::Positive || b.polarity != Polarity::Positive {
            return None;
        }
        let (Value::Concept { id: x, text: tx }, Value::Concept { id: y, text: ty }) = (&a.object, &b.object) else {
            return None;
        };
        let fact = pair.lexicon.disjoint_fact(x, y)?;
        let label = |id: &str| {
            pair.lexicon
                .concept(id)
                .map_or_else(|| id.replace('-', " "), |c| c.label.clone())
        };
        let explanation = format!(
            "{}: \u{201c}{tx}\u{201d} according to {}, \u{201c}{ty}\u{201d} according to {}; {} and {} are disjoint \u{2014} {}",
            a.subject.text,
            a.source.name,
            b.source.name,
            label(&fact.a),
            label(&fact.b),
            fact.provenance
        );
        Some(Finding {
            base_score: 0.9,
            explanation,
            facts: vec![fact.provenance.to_string()],
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::check;

    #[test]
    fn flags_disjoint_roles_through_is_a() {
        let got = check(
            "
- {id: a, subject: the brigade, predicate: role, object: fighter}
- {id: b, subject: the brigade, predicate: role, object: logistics specialist}
- {id: c, subject: the brigade, predicate: role, object: combatant}
",
        );
        assert_eq!(got, ["disjoint-category: a <> b", "disjoint-category: b <> c"]);
    }

    #[test]
    fn different_subjects_and_negated_claims_are_clean() {
        let got = check(
            "
- {id: a, subject: the brigade, predicate: role, object: fighter}
- {id: b, subject: the battalion, predicate: role, object: logistics specialist}
- {id: c, subject: the brigade, predicate: role, object: medic, polarity: negative}
",
        );
        assert!(got.is_empty(), "{got:?}");
    }
}
