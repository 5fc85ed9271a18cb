//! The same event is placed in two different places.
//!
//! ## What it flags
//!
//! Two positive claims about the same event and predicate that name
//! different places, neither of which the lexicon knows to contain the other.
//!
//! ## Why it's a conflict
//!
//! An event that happened in one town did not happen in another. Where a
//! place lies inside the other (a town inside its district), both can be
//! right, which is why containment is checked first.
//!
//! ## Example
//!
//! ```yaml
//! - {id: a, subject: the treaty signing, predicate: place, object: Genoa}
//! - {id: b, subject: the treaty signing, predicate: place, object: Lisbon}
//! ```
//!
//! ## What it does not flag
//!
//! - The same place under an alias the lexicon knows.
//! - A place and a region containing it, when the lexicon lists the
//!   containment.
//! - Different events, and events of one verb that happened to different
//!   things ("the kettle was made in Tolven", "the lamp was made in Orsk").
//! - Two names of which one is the other with a place noun or a compass
//!   word added ("Hollin" and "the Hollin valley", "Dravik" and "Dravik
//!   North"): the one may be, or lie inside, the other.

use crate::rule::{mid_sentence, same_clause, speaks, Finding, Pair, Rule};
use antinomy_ingest::{Polarity, Value};

/// See the module documentation.
pub struct PlaceMismatch;

impl Rule for PlaceMismatch {
    fn code(&self) -> &'static str {
        "C006"
    }

    fn name(&self) -> &'static str {
        "place-mismatch"
    }

    fn check(&self, pair: &Pair<'_>) -> Option<Finding> {
        let (a, b) = (pair.a, pair.b);
        if !a.subject.compatible(&b.subject) || a.predicate != b.predicate {
            return None;
        }
        if a.polarity != Polarity::Positive || b.polarity != Polarity::Positive || same_clause(a, b) {
            return None;
        }
        let (Value::Place { key: x, text: tx }, Value::Place { key: y, text: ty }) = (&a.object, &b.object) else {
            return None;
        };
        if x == y
            || pair.lexicon.contains_place(x, y)
            || pair.lexicon.contains_place(y, x)
            || names_within(x, y)
            || names_within(y, x)
        {
            return None;
        }
        let explanation = format!(
            "{} {} in \u{201c}{tx}\u{201d}, {} in \u{201c}{ty}\u{201d}; neither place is known to contain the other",
            speaks(&a.source, "places", "place"),
            mid_sentence(&a.subject.text),
            b.source.name
        );
        Some(Finding {
            base_score: 0.8,
            explanation,
            facts: Vec::new(),
        })
    }
}

/// Words that, added to a place's name, name a part of it or the place
/// itself, besides the lexicon's place nouns ("district", "valley", ...):
/// "Dravik North", "Old Hollin".
const PART_WORDS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "upper",
    "lower",
    "greater",
    "old",
    "new",
    "harbour",
    "harbor",
    "municipality",
];

/// Whether the place key `inner` is `outer` without some words of
/// [`PART_WORDS`] or place nouns, in order: "hollin" within "hollin
/// valley".
fn names_within(inner: &str, outer: &str) -> bool {
    let inner: Vec<&str> = inner.split(' ').collect();
    let outer: Vec<&str> = outer.split(' ').collect();
    if inner.len() >= outer.len() {
        return false;
    }
    (0..=outer.len() - inner.len()).any(|at| {
        outer[at..at + inner.len()] == inner[..]
            && outer[..at]
                .iter()
                .chain(&outer[at + inner.len()..])
                .all(|w| PART_WORDS.contains(w) || antinomy_ingest::PLACE_NOUNS.contains(w))
    })
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::check;

    #[test]
    fn different_places_clash_but_aliases_do_not() {
        let got = check(
            "
- {id: a, subject: the signing, predicate: place, object: Genoa}
- {id: b, subject: the signing, predicate: place, object: Lisbon}
- {id: c, subject: the summit, predicate: place, object: Kyiv}
- {id: d, subject: the summit, predicate: place, object: Kiev}
",
        );
        assert_eq!(got, ["place-mismatch: a <> b"]);
    }

    #[test]
    fn a_name_and_the_same_name_with_a_part_word_do_not_clash() {
        let got = check(
            "
- {id: a, subject: the ambush, predicate: place, object: Hollin}
- {id: b, subject: the ambush, predicate: place, object: Hollin Valley}
- {id: c, subject: the vote, predicate: place, object: Dravik North}
- {id: d, subject: the vote, predicate: place, object: Dravik}
- {id: e, subject: the vote, predicate: place, object: Dravik South}
",
        );
        assert_eq!(got, ["place-mismatch: c <> e"]);
    }

    #[test]
    fn names_within_needs_the_whole_name_and_only_part_words() {
        assert!(super::names_within("hollin", "hollin valley"));
        assert!(super::names_within("dravik", "north dravik"));
        assert!(!super::names_within("dravik", "dravik heights"));
        assert!(!super::names_within("hollin valley", "hollin"));
        assert!(!super::names_within("holl", "hollin valley"));
    }
}
