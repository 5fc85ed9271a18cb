//! One claim affirms what the other negates: same subject, same predicate,
//! same value, opposite polarity.
//!
//! ## What it flags
//!
//! Two claims about the same subject with the same predicate and the same
//! value, one positive and one negative. A negated broader concept also
//! clashes with an affirmed narrower one: "the troops were not combatants"
//! against "the troops were fighters", because a fighter is a combatant;
//! so does a denied object against a narrower one by WordNet's noun
//! hypernyms ("not chewing any fruit" against "chewing a plum").
//! A denial of two joined verbs ("there is no man humming and sewing", "the
//! twins are not skating and waving") meets a side where the subject does
//! both; a denial of one verb meets a subject said to do it and another.
//! Two words for one verb are one predicate here: "there is no clerk
//! speaking" denies "the clerk is talking into the telephone", as "talk"
//! and "speak" share most of their first WordNet senses; so is a denied
//! verb and a way of doing it: "nobody is cooking the fish" denies "a cook
//! is frying the fish" (WordNet's verb hypernyms).
//! A denial about every thing of a kind ("nobody is mending the net", "no
//! other aircraft were hit") meets the one kind of it the run names
//! ("a sailor", "a transport plane"); the reader moves it there, and leaves
//! it alone when two kinds are named.
//! Whether a thing has a feature is one claim however it is said ("Ports:
//! one HDMI 2.0 port", "there is no HDMI port", "noise cancelling is
//! included on all models", "the base model has no noise cancelling"), so
//! those pairs meet here too, when they name one owner or one of them none.
//!
//! ## Why it's a conflict
//!
//! "P" and "not P" cannot both be true of one subject at one time. This is the
//! plainest contradiction there is, and the one reviewers check fastest.
//!
//! ## Example
//!
//! ```yaml
//! - id: a
//!   text: "The ministry confirmed the evacuation."
//! - id: b
//!   text: "The evacuation was not confirmed by the ministry."
//! ```
//!
//! ## What it does not flag
//!
//! - Different subjects ("the convoy was not armed" vs "the escort was armed").
//! - Two times said on both sides: "the ferry was impounded on Monday" and
//!   a denial that it "had been impounded earlier in the month" are two
//!   occasions. A side that names no time meets either.
//! - A negated claim narrower than the affirmed one: "not eating a banana by
//!   the tree" does not deny "eating a banana", and "a pump in the south
//!   shaft is not working" does not deny "a pump is working". Two definite
//!   descriptions are the exception: "the leak in the north tunnel was not
//!   serious" does deny "the leak was serious", since both name the one
//!   leak.
//! - A negated *narrower* concept against an affirmed broader one: "not
//!   fighters" leaves room for other combatants, so it does not contradict
//!   "combatants".
//! - Claims with different predicates, or values the lexicon cannot relate.
//! - A denied way of doing against the plain verb: "nobody is frying the
//!   fish" does not deny "a cook is cooking the fish" (it may be baked).
//! - Two verbs that share only one of their first senses: "there is no
//!   toddler screaming" does not deny "a toddler is crying" (mostly weeping).
//! - A denial of two joined verbs against one of them alone: "there is no
//!   man humming and sewing" does not deny "a man is sewing".
//! - A denied object with words the affirmed one lacks: "no ripe fruit"
//!   does not deny "a plum".
//! - Two versions or two owners of a feature: "has Wi-Fi 6E" and "has no
//!   Wi-Fi 7", "the dock has two USB-C ports" and "the stand has no USB-C
//!   port"; nor "comes with an adapter or a battery" against "does not
//!   come with a battery", since "A or B" says neither for certain.

use crate::rule::{describe, position, related_verbs, with_particle, Finding, Pair, Rule, VerbLink};
use antinomy_ingest::{Polarity, Value};

/// See the module documentation.
pub struct Negation;

impl Rule for Negation {
    fn code(&self) -> &'static str {
        "C001"
    }

    fn name(&self) -> &'static str {
        "negation"
    }

    fn check(&self, pair: &Pair<'_>) -> Option<Finding> {
        let (a, b) = (pair.a, pair.b);
        if a.polarity == b.polarity {
            return None;
        }
        let (pos, neg) = if a.polarity == Polarity::Positive {
            (a, b)
        } else {
            (b, a)
        };
        // "The battery cannot be replaced" denies "the battery can be
        // replaced with a kit": a bare verb, denied without an object, meets
        // the verb with its preposition.
        let bare_denial = neg.object == Value::None && with_particle(&pos.predicate, &neg.predicate);
        // "There is no clerk speaking" denies "the clerk is talking into the
        // telephone": two words WordNet gives mostly the same senses are one
        // verb (see `related_verbs`).
        let synonym = if a.predicate != b.predicate && !bare_denial {
            Some(one_verb(
                &pos.predicate,
                &neg.predicate,
                neg.object == Value::None,
                pair.lexicon,
            )?)
        } else {
            None
        };
        // The negated claim must be at least as general as the affirmed one:
        // "no man is eating" denies "an old man is eating", but "he is not
        // eating a banana by the tree" does not deny "he is eating a banana".
        // Two definite descriptions ("the gap between the groups", "the
        // gap") name one thing, so the denial may describe it more closely.
        let definite = |c: &antinomy_ingest::Claim| c.subject.text.to_lowercase().starts_with("the ");
        let one_thing = definite(pos) && definite(neg) && pos.subject.compatible(&neg.subject);
        if !neg.subject.covers(&pos.subject) && !one_thing {
            return None;
        }
        let mut facts: Vec<String> = synonym.into_iter().collect();
        // A denial without an object denies the predicate whatever its
        // object: "the battery is not replaceable" (cannot be replaced)
        // denies "the battery can be replaced with a kit".
        let exact = neg.object.covers(&pos.object) || neg.object == Value::None;
        if !exact {
            // The negated concept must be the affirmed one or broader.
            let fact = match (&pos.object, &neg.object) {
                (Value::Concept { id: p, .. }, Value::Concept { id: n, .. }) => pair
                    .lexicon
                    .is_a(p, n)
                    .then(|| format!("{p} is a kind of {n} (lexicon is-a)")),
                (
                    Value::Entity {
                        key: p, modifiers: pm, ..
                    },
                    Value::Entity {
                        key: n, modifiers: nm, ..
                    },
                ) => narrower_by_wordnet((p, pm), (n, nm))
                    .then(|| format!("a {p} is a kind of {n} (WordNet 3.0, noun hypernyms)")),
                _ => None,
            };
            facts.push(fact?);
        }
        let stance = pair
            .lexicon
            .predicate(&pos.predicate)
            .is_some_and(|p| p.kind == antinomy_ingest::lexicon::PredicateKind::Stance);
        let what = if stance {
            String::new()
        } else if &*pos.predicate == antinomy_ingest::features::PRESENT {
            format!(
                ": \u{201c}{}\u{201d} is there on one side and not on the other",
                pos.subject.text
            )
        } else {
            format!(
                ": {} is affirmed on one side and negated on the other",
                describe(&pos.predicate, &pos.object)
            )
        };
        let exact = exact && facts.is_empty();
        let explanation = format!(
            "{}; {}{what}{}",
            position(pos, pair.lexicon),
            position(neg, pair.lexicon),
            if exact {
                String::new()
            } else {
                format!(" ({})", facts.join("; "))
            }
        );
        Some(Finding {
            base_score: if exact { 0.95 } else { 0.85 },
            explanation,
            facts,
        })
    }
}

/// Why the affirmed predicate `pos` falls under the denied one `neg`, when
/// they are two words (see [`related_verbs`]): two words for one verb
/// ("talk", "speak"), or the affirmed one a way of doing the denied one
/// ("no one is cutting" denies "a cook is slicing"; not the other way
/// round: "no one is slicing" leaves room for chopping). A preposition or
/// particle the reader kept must be the same on both sides, except that a
/// bare denial without an object ("no clerk speaking") denies the verb
/// with any.
fn one_verb(pos: &str, neg: &str, neg_bare: bool, lexicon: &antinomy_ingest::Lexicon) -> Option<String> {
    let (link, [ph, pr, nh, nr]) = related_verbs(lexicon, pos, neg)?;
    if !(pr == nr || (nr.is_empty() && neg_bare)) {
        return None;
    }
    match link {
        VerbLink::Synonym => Some(format!(
            "\u{201c}{ph}\u{201d} and \u{201c}{nh}\u{201d} are one verb (WordNet 3.0, verb synonyms)"
        )),
        // A broad verb denied without an object ("has not moved") would
        // deny every way of doing it in every sense, and broad verbs are
        // the most polysemous: "raising a complaint" is no moving. A way of
        // doing meets only a denial about the same object.
        VerbLink::FirstNarrower if !neg_bare => Some(format!("to {ph} is a way to {nh} (WordNet 3.0, verb hypernyms)")),
        VerbLink::FirstNarrower => None,
        VerbLink::SecondNarrower => None,
    }
}

/// Whether the affirmed object (`pos`, its key and modifiers) is a kind of
/// the denied one (`neg`), by WordNet: "was not eating any fruit" denies
/// "was eating a plum". The denied object's other words must all be said
/// of the affirmed one ("no ripe fruit" does not deny "a plum", which may
/// be green), and both heads must be plain words WordNet knows, not names
/// or keys the reader made.
fn narrower_by_wordnet((p, pm): (&str, &[String]), (n, nm): (&str, &[String])) -> bool {
    let plain = |k: &str| !k.is_empty() && k.chars().all(|c| c.is_ascii_lowercase());
    if p == n || !plain(p) || !plain(n) || !nm.iter().all(|m| pm.contains(m)) {
        return false;
    }
    antinomy_ingest::wordnet().is_some_and(|wn| wn.is_a(p, n))
}

#[cfg(test)]
mod tests {
    use crate::rules::test_support::check;

    #[test]
    fn flags_affirmed_and_negated_same_value() {
        let got = check(
            "
- {id: a, subject: the convoy, predicate: cargo, object: ammunition}
- {id: b, subject: the convoy, predicate: cargo, object: ammunition, polarity: negative}
",
        );
        assert_eq!(got, ["negation: a <> b"]);
    }

    #[test]
    fn negated_broader_concept_clashes_but_negated_narrower_does_not() {
        let got = check(
            "
- {id: a, subject: the unit, predicate: role, object: fighter}
- {id: b, subject: the unit, predicate: role, object: combatant, polarity: negative}
- {id: c, subject: the squad, predicate: role, object: combatant}
- {id: d, subject: the squad, predicate: role, object: fighter, polarity: negative}
",
        );
        assert_eq!(got, ["negation: a <> b"]);
    }
}
