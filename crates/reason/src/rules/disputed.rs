//! One party rejects or doubts what another party claimed.
//!
//! ## What it flags
//!
//! A claim that denies, doubts or rejects *another source's account*
//! ("Kadyrov's account was met with skepticism", "the ministry rejected the
//! navy's claim"), paired with the claims that source made in the same
//! document before the rebuttal. The account may also be named by pointing
//! back at whoever was last credited with a claim: "the board dismissed
//! those reports", "the firm rejected that claim", or a verdict of the
//! article or a speaker, "That is simply untrue", "This is not correct",
//! or one that leaves the denied verb phrase out: "It did not: the pumps
//! stopped at midnight", "It wasn't.", "That never happened."
//!
//! ## Why it's a conflict
//!
//! The rebuttal is aimed at a specific position. The reader must see both
//! the position and who disputes it; neither is the document's own verdict,
//! so the pair is reported as *disputed*, not as a self-contradiction of the
//! article that relays both.
//!
//! ## Example
//!
//! ```yaml
//! - id: a
//!   text: "The governor said that the raid was thwarted."
//! - id: b
//!   text: "The governor's account was met with skepticism by observers."
//! ```
//!
//! ## What it does not flag
//!
//! - Doubt about a source that made no claim antinomy understood.
//! - Doubt expressed by the source about its own account.
//! - An account left unconfirmed ("not confirmed by the ministry"): that
//!   is a missing confirmation, not a rebuttal.
//! - Claims of the disputed source in other documents: an account is
//!   disputed where it is reported.
//! - Claims the source makes only after the rebuttal: what is disputed
//!   was said before.
//! - "That is not true of every ferry": a verdict that goes on is about
//!   something else; and "the report" alone, which may be a document of
//!   its own, does not point back (only "the claims", "the allegations").
//!   Nor is "It did not stop until dawn": the verb phrase is said.

use crate::rule::{short, speaks, Finding, Pair, Rule};
use antinomy_ingest::{Claim, Polarity};

/// See the module documentation.
pub struct Disputed;

/// Predicates that reject whatever they are aimed at.
const REJECTING: &[&str] = &["doubt", "deny"];

/// The source whose account `claim` rejects. Withholding a confirmation
/// ("this account, though not confirmed by the ministry") is not
/// rejecting: the account stays open, and the negation rule sets it
/// against a confirmation elsewhere.
fn rejection_of(claim: &Claim) -> Option<&str> {
    let target = claim.subject.key.strip_prefix("account-of:")?;
    let rejects = claim.polarity == Polarity::Positive && REJECTING.contains(&&*claim.predicate);
    rejects.then_some(target)
}

impl Rule for Disputed {
    fn code(&self) -> &'static str {
        "C007"
    }

    fn name(&self) -> &'static str {
        "disputed"
    }

    fn check(&self, pair: &Pair<'_>) -> Option<Finding> {
        let (rebuttal, claim) = match (rejection_of(pair.a), rejection_of(pair.b)) {
            (Some(t), _) if *pair.b.source.key == *t => (pair.a, pair.b),
            (_, Some(t)) if *pair.a.source.key == *t => (pair.b, pair.a),
            _ => return None,
        };
        if rebuttal.doc != claim.doc
            || rebuttal.source.key == claim.source.key
            || claim.span.start() >= rebuttal.span.end()
        {
            return None;
        }
        // A verdict ("That is untrue") is its own subject: "it" then
        // stands for the account, and the quote says which verdict.
        let target = if *rebuttal.subject.text == *rebuttal.text {
            "it"
        } else {
            &rebuttal.subject.text
        };
        let explanation = format!(
            "{} \u{201c}{}\u{201d}; {} {target}: \u{201c}{}\u{201d}",
            speaks(&claim.source, "puts forward", "put forward"),
            short(&claim.text, 90),
            speaks(&rebuttal.source, "rejects or doubts", "reject or doubt"),
            short(&rebuttal.text, 90)
        );
        Some(Finding {
            base_score: 0.7,
            explanation,
            facts: Vec::new(),
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::check;

    #[test]
    fn a_rebuttal_disputes_the_claims_of_the_named_source() {
        let got = check(
            "
- id: a
  text: \"Governor Ann Lee said that the raid was thwarted.\"
- id: b
  text: \"Lee's account was met with skepticism by observers.\"
",
        );
        assert_eq!(got, ["disputed: a <> b"]);
    }
}
