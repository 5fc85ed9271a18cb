//! The same event is dated differently.
//!
//! ## What it flags
//!
//! Two positive claims about the same event and predicate whose dates differ
//! in a field both state: "11 March" vs "13 March", "2023" vs "2024".
//!
//! ## Why it's a conflict
//!
//! One event happens once. If one source dates it to the 11th and another to
//! the 13th, at least one is wrong, and a reviewer should know before quoting
//! either.
//!
//! ## Example
//!
//! ```yaml
//! - {id: a, subject: the convoy strike, predicate: date, object: "11 March 2024"}
//! - {id: b, subject: the convoy strike, predicate: date, object: "13 March 2024"}
//! ```
//!
//! ## What it does not flag
//!
//! - A date and a refinement of it: "March 2024" and "13 March 2024".
//! - Different events, even with similar names (the announcement vs the
//!   signing).
//! - Events of one verb that happened to different things: "a bank in
//!   Dunmore was robbed on Friday" and "the museum in Vantry was robbed on
//!   Thursday" (the subject of a passive, or a name as object: "visited
//!   Orsk" and "visited Tolven").
//! - Dates stated by only one side.

use crate::rule::{mid_sentence, same_clause, speaks, Finding, Pair, Rule};
use antinomy_ingest::{Polarity, Value};

/// See the module documentation.
pub struct DateMismatch;

impl Rule for DateMismatch {
    fn code(&self) -> &'static str {
        "C005"
    }

    fn name(&self) -> &'static str {
        "date-mismatch"
    }

    fn check(&self, pair: &Pair<'_>) -> Option<Finding> {
        let (a, b) = (pair.a, pair.b);
        if !a.subject.compatible(&b.subject) || a.predicate != b.predicate {
            return None;
        }
        if a.polarity != Polarity::Positive || b.polarity != Polarity::Positive || same_clause(a, b) {
            return None;
        }
        let (Value::Date { date: x, text: tx }, Value::Date { date: y, text: ty }) = (&a.object, &b.object) else {
            return None;
        };
        if !x.incompatible(y) {
            return None;
        }
        let explanation = format!(
            "{} {} to \u{201c}{tx}\u{201d} ({x}), {} to \u{201c}{ty}\u{201d} ({y})",
            speaks(&a.source, "dates", "date"),
            mid_sentence(&a.subject.text),
            b.source.name
        );
        Some(Finding {
            base_score: 0.85,
            explanation,
            facts: Vec::new(),
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::check;

    #[test]
    fn different_days_clash_but_a_refinement_does_not() {
        let got = check(
            "
- {id: a, subject: the strike, predicate: date, object: '11 March 2024'}
- {id: b, subject: the strike, predicate: date, object: '13 March 2024'}
- {id: c, subject: the talks, predicate: date, object: 'March 2024'}
- {id: d, subject: the talks, predicate: date, object: '13 March 2024'}
",
        );
        assert_eq!(got, ["date-mismatch: a <> b"]);
    }
}
