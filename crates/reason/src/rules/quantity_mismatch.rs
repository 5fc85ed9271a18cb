//! The same measure of the same subject is given numbers that cannot both hold.
//!
//! ## What it flags
//!
//! Two positive claims about the same subject and measure whose quantities,
//! in the same unit after conversion, allow no common value once their
//! qualifiers are taken into account: "14 interceptions" vs "six
//! interceptions", "more than 60" vs "fewer than 40", "1.5 kg" vs "900 g".
//!
//! ## Why it's a conflict
//!
//! Each figure with its qualifier is an interval of values ("at least 2" is
//! 2 to infinity, "about 100" is 90 to 110). When the intervals do not meet,
//! no single true value makes both statements right.
//!
//! ## Example
//!
//! ```yaml
//! - {id: a, subject: the strike, predicate: people killed, object: "12"}
//! - {id: b, subject: the strike, predicate: people killed, object: "about 30"}
//! ```
//!
//! ## What it does not flag
//!
//! - Compatible figures: "about 100" and "98", "at least 2" and "3", "up to
//!   14 hours" and "11 hours", "1.2 kg" and "1,200 g".
//! - Different units that do not convert ("12 trucks" and "14 people").
//! - Different measures or subjects (casualties vs injuries).
//! - Two places in a table ("seventh", "fifth") in one document: a team
//!   moves over a season, and one report telling the move is not
//!   contradicting itself.

use crate::rule::{mid_sentence, same_clause, speaks, Finding, Pair, Rule};
use antinomy_ingest::{Polarity, Value};

/// See the module documentation.
pub struct QuantityMismatch;

impl Rule for QuantityMismatch {
    fn code(&self) -> &'static str {
        "C004"
    }

    fn name(&self) -> &'static str {
        "quantity-mismatch"
    }

    fn check(&self, pair: &Pair<'_>) -> Option<Finding> {
        let (a, b) = (pair.a, pair.b);
        // "amount" is what a figure with no verb of its own measures ("the
        // magnitude was 6.4"); it meets the same measure under any verb.
        let same_measure = a.predicate == b.predicate || &*a.predicate == "amount" || &*b.predicate == "amount";
        if !a.subject.compatible(&b.subject) || !same_measure {
            return None;
        }
        if a.polarity != Polarity::Positive || b.polarity != Polarity::Positive || same_clause(a, b) {
            return None;
        }
        let (Value::Quantity { quantity: x, text: tx }, Value::Quantity { quantity: y, text: ty }) =
            (&a.object, &b.object)
        else {
            return None;
        };
        if x.unit != y.unit {
            return None;
        }
        // A place in a table moves over a season: one report telling how a
        // team went from seventh to fifth is a story, not a contradiction.
        // Two reports of one match disagreeing on the place are.
        if x.unit == "rank" && a.doc == b.doc {
            return None;
        }
        let (xl, xh) = x.interval();
        let (yl, yh) = y.interval();
        if xl <= yh && yl <= xh {
            return None;
        }
        let explanation = format!(
            "{} {} {} as \u{201c}{tx}\u{201d}, {} as \u{201c}{ty}\u{201d}: the ranges {} and {} do not meet",
            speaks(&a.source, "gives", "give"),
            mid_sentence(&a.subject.text),
            a.predicate.replace('-', " "),
            b.source.name,
            range(xl, xh),
            range(yl, yh)
        );
        Some(Finding {
            base_score: 0.9,
            explanation,
            facts: Vec::new(),
        })
    }
}

fn range(lo: f64, hi: f64) -> String {
    // "fewer than 40" is stored as just under 40: shown as "< 40".
    let n = |v: f64| {
        let r = v.round();
        if (v - r).abs() < 1e-6 && v.abs() < 1e15 {
            format!("{r:.0}")
        } else {
            format!("{v:.2}")
        }
    };
    let strict = |v: f64| (v - v.round()).abs() > 0.0 && (v - v.round()).abs() < 1e-6;
    match (lo.is_finite(), hi.is_finite()) {
        (true, true) if (lo - hi).abs() < f64::EPSILON => n(lo),
        (true, true) => format!("[{}, {}]", n(lo), n(hi)),
        (true, false) if strict(lo) => format!("> {}", n(lo)),
        (true, false) => format!("\u{2265} {}", n(lo)),
        (false, true) if strict(hi) => format!("< {}", n(hi)),
        (false, true) => format!("\u{2264} {}", n(hi)),
        (false, false) => "any".into(),
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::check;

    #[test]
    fn incompatible_figures_are_flagged() {
        let got = check(
            "
- {id: a, subject: the strike, predicate: killed, object: '12 people'}
- {id: b, subject: the strike, predicate: killed, object: 'about 30 people'}
",
        );
        assert_eq!(got, ["quantity-mismatch: a <> b"]);
    }

    #[test]
    fn compatible_figures_bounds_and_units_are_clean() {
        let got = check(
            "
- {id: a, subject: the crowd, predicate: size, object: 'about 100'}
- {id: b, subject: the crowd, predicate: size, object: '98'}
- {id: c, subject: the blasts, predicate: count, object: 'at least 2'}
- {id: d, subject: the blasts, predicate: count, object: '3'}
- {id: e, subject: the parcel, predicate: weight, object: '1.2 kg'}
- {id: f, subject: the parcel, predicate: weight, object: '1,200 g'}
",
        );
        assert!(got.is_empty(), "{got:?}");
    }
}
