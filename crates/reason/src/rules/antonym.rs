//! Opposite predicates about the same subject: confirmed vs denied, won vs
//! lost, rose vs fell, hailed vs downplayed.
//!
//! ## What it flags
//!
//! Two positive claims about the same subject whose predicates the lexicon
//! lists as an antonym pair (or, for plain verbs the lexicon does not know,
//! that WordNet links with a direct antonym pointer: fold / unfold; or one
//! verb with two particles whose first senses WordNet opposes: "turn on" /
//! "turn off", through "switch on" / "switch off"), with the same value (or
//! none). A value that
//! covers every value ("acquitted of all charges", "lost every match")
//! meets any value of the other side ("convicted of bribery"). Stance verbs
//! count: one party *hailing* the troops and another *downplaying* them take
//! opposite stances towards the same subject. States count too: "the rink
//! is empty" and "the rink is full" ascribe adjectives that WordNet lists
//! as antonyms to one subject, and so do two comparisons against one
//! standard: "the pier is longer than the jetty" and "the pier is shorter
//! than the jetty", or than one setting: "memory use is lower than in 4.1"
//! and "higher in 4.2 than in 4.1".
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
//! - Different values: "convicted of bribery" and "acquitted of the tax
//!   fraud charge" are verdicts on two charges.
//! - Two events told in one clause: "the bridge was closed on Monday and
//!   reopened on Friday" is a sequence, not two accounts of one event.
//! - A predicate that undoes the other (a lexicon group marked `sequence`,
//!   such as reopen / close) unless both sides give the same time:
//!   "the bridge closed" and "the bridge reopened on Thursday" tell a
//!   closure and the reopening after it.
//! - Comparisons against two standards ("lighter than the Tarn 3",
//!   "heavier than the Tarn 2"), or a comparison against a plain state
//!   ("lighter than the Tarn 3", "heavy"): both can hold. So can two
//!   settings against one standard: "faster in 3.1 than in 2.6" and
//!   "slower in 3.0 than in 2.6".

use crate::rule::{opposite_predicates, position, same_clause, Finding, Pair, Rule};
use antinomy_ingest::wordnet::{Antonymy, Pos};
use antinomy_ingest::{Claim, Polarity, Value};

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
        if !a.subject.compatible(&b.subject) {
            return None;
        }
        if a.predicate == b.predicate {
            return opposite_states(a, b, pair);
        }
        // The same object, or one side without one ("the crossing reopened"
        // and "the crossing was closed to trucks").
        let same_object = a.object.compatible(&b.object)
            || a.object.key().is_empty()
            || b.object.key().is_empty()
            || universal(&a.object)
            || universal(&b.object);
        // "The bridge was closed on Monday and reopened on Friday": one
        // clause that tells both is a sequence of events, not two accounts.
        if a.polarity != Polarity::Positive || b.polarity != Polarity::Positive || !same_object || same_clause(a, b) {
            return None;
        }
        // "The bridge closed" and "the bridge reopened on Thursday": the
        // reopening says the closing came first, so unless both sides put
        // them at one time they are a sequence.
        // (A time the reader kept on each subject: a date, a time of day
        // such as "this morning", or a period such as "last year"; two
        // different ones never meet.)
        let one_time = a.subject.when().is_some() && b.subject.when().is_some();
        if !one_time && pair.lexicon.antonyms_in_sequence(&a.predicate, &b.predicate) {
            return None;
        }
        let provenance = opposite_predicates(pair.lexicon, &a.predicate, &b.predicate)?;
        let explanation = format!(
            "{}; {}: {} and {} are opposites \u{2014} {}",
            position(a, pair.lexicon),
            position(b, pair.lexicon),
            crate::rule::verb_head(&a.predicate).replace('-', " "),
            crate::rule::verb_head(&b.predicate).replace('-', " "),
            provenance
        );
        Some(Finding {
            base_score: 0.85,
            explanation,
            facts: vec![provenance.to_string()],
        })
    }
}

/// Verbs that ascribe a state to their subject: "the rink is empty", "the
/// pass remained open".
const STATE_VERBS: &[&str] = &[
    "be", "remain", "stay", "become", "seem", "appear", "look", "lie", "stand",
];

/// "The rink is empty" and "the rink is full (of skaters)": one state verb,
/// and adjectives WordNet lists as antonyms, directly or through a synonym
/// of the first senses. Indirect antonymy through similar adjectives
/// ("torrid" / "cold") is too loose to stake an alarm on.
fn opposite_states(a: &Claim, b: &Claim, pair: &Pair<'_>) -> Option<Finding> {
    if !STATE_VERBS.contains(&&*a.predicate)
        || a.polarity != Polarity::Positive
        || b.polarity != Polarity::Positive
        || same_clause(a, b)
    {
        return None;
    }
    let (
        Value::Entity {
            key: x, modifiers: mx, ..
        },
        Value::Entity {
            key: y, modifiers: my, ..
        },
    ) = (&a.object, &b.object)
    else {
        return None;
    };
    if x.contains(' ') || y.contains(' ') {
        return None;
    }
    let wn = antinomy_ingest::wordnet()?;
    // "Lighter than the Pika 1" and "heavier than the Pika 1" oppose each
    // other as "light" and "heavy" do, but only against one standard:
    // lighter than one model and heavier than another can both be true,
    // and so can "lighter than the Pika 1" and "heavy".
    let standards = |m: &[String]| m.iter().filter(|m| m.starts_with("than:")).cloned().collect::<Vec<_>>();
    let (sx, sy) = (standards(mx), standards(my));
    // "Higher in 4.2 than in 4.1" and "lower in 4.3 than in 4.1" compare
    // two other settings with one standard: both can hold.
    let other_setting = mx.iter().filter_map(|m| m.split_once(':')).any(|(p, v)| {
        p != "than"
            && my
                .iter()
                .filter_map(|m| m.split_once(':'))
                .any(|(q, w)| p == q && v != w)
    });
    if other_setting {
        return None;
    }
    let (written_x, written_y) = (x.as_str(), y.as_str());
    let (x, y) = if sx.is_empty() && sy.is_empty() {
        (written_x, written_y)
    } else {
        let base = |w: &str| comparative_base(&wn, w);
        match (base(x), base(y)) {
            (Some(bx), Some(by)) if sx == sy => (bx, by),
            _ => return None,
        }
    };
    if !wn.is_word(x, Pos::Adj) || !wn.is_word(y, Pos::Adj) {
        return None;
    }
    let kind = match wn.antonymy(x, y, Pos::Adj)? {
        Antonymy::Direct => "antonyms",
        Antonymy::Synonym => "antonyms through a synonym",
        Antonymy::Indirect => return None,
    };
    let fact = format!("WordNet 3.0, {kind}");
    let states = if x == written_x {
        format!("\u{201c}{x}\u{201d} and \u{201c}{y}\u{201d} are opposite states")
    } else {
        let standard = sx[0].trim_start_matches("than:");
        // "Than in 4.1" names a setting, which reads as it was written.
        let setting = standard
            .split_once(' ')
            .is_some_and(|(p, _)| antinomy_ingest::is_preposition(p));
        let standard = if setting {
            standard.to_string()
        } else {
            format!("the same {standard}")
        };
        format!(
            "\u{201c}{written_x}\u{201d} and \u{201c}{written_y}\u{201d} than {standard} are opposite comparisons, as \u{201c}{x}\u{201d} and \u{201c}{y}\u{201d} are opposite states"
        )
    };
    let explanation = format!(
        "{}; {}: {states} \u{2014} {fact}",
        position(a, pair.lexicon),
        position(b, pair.lexicon),
    );
    Some(Finding {
        base_score: 0.8,
        explanation,
        facts: vec![fact],
    })
}

/// The adjective a comparative is formed from ("lighter" -> "light",
/// "better" -> "good"), when WordNet reduces it to another adjective.
fn comparative_base<'w>(wn: &antinomy_ingest::wordnet::WordNet<'w>, word: &str) -> Option<&'w str> {
    let irregular = matches!(word, "better" | "worse" | "more" | "less" | "further" | "farther");
    if !irregular && !word.ends_with("er") {
        return None;
    }
    wn.lemmas(word, Pos::Adj).into_iter().find(|&base| base != word)
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
    fn comparatives_reduce_to_their_adjectives() {
        let Some(wn) = antinomy_ingest::wordnet() else { return };
        assert_eq!(super::comparative_base(&wn, "heavier"), Some("heavy"));
        assert_eq!(super::comparative_base(&wn, "longer"), Some("long"));
        assert_eq!(super::comparative_base(&wn, "better"), Some("good"));
        // A plain adjective, and a word in "-er" that is no comparative.
        assert_eq!(super::comparative_base(&wn, "heavy"), None);
        assert_eq!(super::comparative_base(&wn, "tender"), None);
    }

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
