//! Whether a thing has a feature: "the base model has no noise cancelling",
//! "noise cancelling is included on all models", "there is no HDMI port",
//! "Connections: an HDMI socket and three USB-A sockets".
//!
//! Reviews, specification sheets and requirements say the same fact of
//! presence in many shapes, and the subject of each shape is a different
//! word: the product ("the base model has"), the feature ("is included"),
//! nothing at all ("there is no") or a label ("Ports:"). The clause reader
//! keys a claim by its grammatical subject, so those shapes never met. Here
//! each becomes one claim about the *feature*, keyed `feature:<head>`, with
//! predicate [`PRESENT`] and the thing that has it (when said) as its
//! undergoer modifier (`of:base model`, see [`crate::model::UNDERGOER`]):
//! two owners that are both named must be one, and a side that names none
//! ("there is no HDMI port", "on all models") meets any.
//!
//! The key is what tells features apart:
//! - A word written with capitals inside a sentence, a standard or a brand
//!   ("HDMI", "USB-C", "Bluetooth"), is the feature; a version right after
//!   it is a modifier, so "Wi-Fi 6E" and "Wi-Fi 7" are two features while
//!   "no HDMI port" still denies "an HDMI 2.0 socket".
//! - Otherwise the head noun is the key and the other words modifiers: "no
//!   rear camera" says nothing of "a front camera", and a denial must be at
//!   least as general as what it denies (the negation rule's test).
//!
//! Only these shapes are read, each with a verb that asserts presence: a
//! feature merely mentioned ("the HDMI port is loose") asserts nothing of
//! whether the product has one.

use crate::text::{adverb, verb_like};
use crate::tokens::{Class, Tok};

/// The predicate of every feature claim.
pub const PRESENT: &str = "present";

/// A feature a piece says is (or is not) there.
pub(crate) struct Feature {
    /// The feature's noun phrase, as token indices `[start, end)`.
    pub(crate) phrase: (usize, usize),
    /// What has it, when the piece names one thing (not "all models").
    pub(crate) owner: Option<String>,
    /// "Lacks", "comes without": a denial the negators do not carry.
    pub(crate) lacking: bool,
    /// The words that say it, when not the whole piece: one item of a
    /// specification line's list.
    pub(crate) item: Option<(usize, usize)>,
}

/// Verbs whose object is a feature of their subject.
const HAVING: &[&str] = &[
    "have", "offer", "feature", "include", "provide", "support", "lack", "boast",
];

/// Participles that, after "is", say a feature is there.
/// ("Is fitted with", "is equipped with" make their subject the owner, and
/// "was built in 1998" is a building's age: neither is here.)
const PROVIDED: &[&str] = &["include", "support", "provide", "offer", "available"];

/// The features of one piece `[ps, pe)` of a sentence.
pub(crate) fn features_in(toks: &[Tok<'_>], (ps, pe): (usize, usize), verb: Option<usize>) -> Vec<Feature> {
    let mut found = Vec::new();
    // "There is no HDMI port (on the X2)".
    if let Some(k) = (ps..pe.saturating_sub(1)).find(|&k| toks[k].lower == "there" && toks[k + 1].class == Class::Aux) {
        let mut j = k + 1;
        while j < pe && (toks[j].class == Class::Aux || matches!(toks[j].lower.as_str(), "not" | "still" | "also")) {
            j += 1;
        }
        let be = toks[k + 1..j].iter().any(|t| t.verb() == "be");
        if be {
            if let Some(phrase) = feature_phrase(toks, j, pe) {
                let owner = owner_after(toks, phrase.1, pe);
                found.push(Feature {
                    phrase,
                    owner,
                    lacking: false,
                    item: None,
                });
            }
        }
        return found;
    }
    // "Has" is read as an auxiliary; before a noun phrase ("has no card
    // slot", "does not have a charger", "has Bluetooth") it is the verb. A
    // bare lower-case word after it is too often a participle that is also
    // a noun ("had cut jobs") to be taken for one.
    let having = (ps..pe.saturating_sub(1)).find(|&k| {
        let next = &toks[k + 1];
        toks[k].class == Class::Aux
            && toks[k].verb() == "have"
            && (matches!(next.class, Class::Det | Class::Number)
                || matches!(next.lower.as_str(), "no" | "any")
                || crate::values::number_value(&next.lower).is_some()
                || next.class == Class::Word
                    && next.text.chars().next().is_some_and(char::is_uppercase)
                    && !adverb(next))
    });
    let Some(v) = having.or(verb) else { return found };
    let lemma = toks[v].verb();
    // "The base model has no noise cancelling", "lacks a card slot",
    // "comes with a charger", "comes without a charger".
    let with = matches!(lemma, "come" | "ship")
        && toks
            .get(v + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "with" | "without"));
    let passive = v > ps && toks[v - 1].class == Class::Aux && toks[v - 1].verb() == "be";
    if (HAVING.contains(&lemma) && !passive) || with {
        let from = if with { v + 2 } else { v + 1 };
        let Some(phrase) = feature_phrase(toks, from, pe) else {
            return found;
        };
        let owner = owner_phrase(toks, ps, v);
        found.push(Feature {
            phrase,
            owner,
            lacking: lemma == "lack",
            item: None,
        });
        return found;
    }
    // "Noise cancelling is (not) included on all models", "is available on
    // the Pro".
    let provided = PROVIDED.contains(&lemma) || toks[v].lower == "available";
    let be_before = (ps..v).any(|k| toks[k].class == Class::Aux && toks[k].verb() == "be");
    if provided && be_before {
        let Some(phrase) = feature_phrase(toks, ps, v) else {
            return found;
        };
        let after = v + 1;
        // "Is provided to assist the public" is a purpose, and "the gateway
        // shall be available 99.95 percent of the time" is being up: a
        // feature is there, or available, on or with something.
        let owner = owner_after(toks, after, pe);
        let purpose = toks.get(after).is_some_and(|t| t.lower == "to");
        let up = toks[v].lower == "available" && owner.is_none();
        if !purpose && !up {
            found.push(Feature {
                phrase,
                owner,
                lacking: false,
                item: None,
            });
        }
    }
    found
}

/// Labels of a specification line that lists parts, not figures.
const PART_LISTS: &[&str] = &[
    "ports",
    "connectivity",
    "connections",
    "inputs",
    "outputs",
    "interfaces",
    "features",
    "sensors",
    "extras",
    "slots",
];

/// Heads that make a count a span of time, not a part: "has 14 years'
/// experience", "provides 27 additional hours".
const TIME_WORDS: &[&str] = &[
    "second", "minute", "hour", "day", "week", "month", "year", "decade", "night", "time",
];

/// The items of a specification line's list, "Connections: an HDMI 2.0
/// socket, three USB-A sockets and a card reader": each item that opens with a count
/// or an article is a feature the product has.
pub(crate) fn listed_features(toks: &[Tok<'_>], (cs, ce): (usize, usize)) -> Vec<Feature> {
    // Only a list of parts: "Battery: 72 Wh" and "Weight: 1.2 kg" are
    // figures, read as such.
    let labelled = ce > cs + 2
        && toks[cs].class == Class::Word
        && toks[cs + 1].text == ":"
        && PART_LISTS.contains(&toks[cs].lower.as_str());
    if !labelled {
        return Vec::new();
    }
    let mut found = Vec::new();
    let mut k = cs + 2;
    while k < ce {
        let end = (k..ce)
            .find(|&j| matches!(toks[j].class, Class::Comma | Class::Stop) || toks[j].lower == "and")
            .unwrap_or(ce);
        let counted = toks[k].class == Class::Number
            || matches!(toks[k].lower.as_str(), "a" | "an")
            || crate::values::number_value(&toks[k].lower).is_some();
        if counted {
            if let Some(phrase) = feature_phrase(toks, k, end).filter(|&(_, b)| b == end) {
                found.push(Feature {
                    phrase,
                    owner: None,
                    lacking: false,
                    item: Some((k, end)),
                });
            }
        }
        k = end + 1;
    }
    found
}

/// The noun phrase of a feature from `from`: past determiners, counts and
/// "any", up to a preposition, a verb or the end. `None` when it holds no
/// word, or is a pronoun or a figure of measure ("14-inch panel" is fine,
/// "12 hours" is a figure, not a feature).
fn feature_phrase(toks: &[Tok<'_>], from: usize, end: usize) -> Option<(usize, usize)> {
    let mut a = from;
    while a < end
        && (matches!(toks[a].class, Class::Det | Class::Number | Class::Quote)
            || matches!(toks[a].lower.as_str(), "any" | "no")
            || crate::values::number_value(&toks[a].lower).is_some())
    {
        a += 1;
    }
    let mut b = a;
    while b < end && matches!(toks[b].class, Class::Word | Class::Number) && !stops_phrase(&toks[b]) {
        b += 1;
    }
    let head = toks[a..b].iter().rev().find(|t| t.class == Class::Word)?;
    if TIME_WORDS.contains(&head.noun()) || verb_like(head) {
        return None;
    }
    let words = toks[a..b].iter().filter(|t| t.class == Class::Word).count();
    // "Supports a mains adapter or batteries" says neither for certain.
    let either = toks.get(b).is_some_and(|t| t.lower == "or");
    // "There is no evidence that the virus spread", "no plans to sell",
    // "support for HDR": what the thing is, is in its complement, which is
    // not compared here, and "evidence" alone would meet any evidence of
    // anything the story mentions.
    let specified = toks.get(b).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "that" | "of" | "to" | "about" | "whether" | "for" | "from" | "against"
        )
    });
    (words > 0 && words <= 5 && !either && !specified).then_some((a, b))
}

/// Words that end a feature's phrase: "at all", "so", "either".
fn stops_phrase(t: &Tok<'_>) -> bool {
    matches!(
        t.lower.as_str(),
        "at" | "so" | "either" | "anywhere" | "whatsoever" | "yet" | "now" | "today" | "still"
    )
}

/// The owner named after a feature: "on the X2", "with the base model".
/// "On all models" names every one of them, so none in particular.
fn owner_after(toks: &[Tok<'_>], from: usize, end: usize) -> Option<String> {
    let t = toks.get(from).filter(|_| from < end)?;
    if !matches!(t.lower.as_str(), "on" | "in" | "with" | "for" | "across") {
        return None;
    }
    owner_phrase(toks, from + 1, end)
}

/// The key of the thing that has a feature, from the words `[from, end)`:
/// its capitalised words ("lumo x2") if any, else its words ("base model");
/// `None` for a universal ("all models", "every version") or a pronoun.
fn owner_phrase(toks: &[Tok<'_>], from: usize, end: usize) -> Option<String> {
    let words: Vec<&Tok<'_>> = toks[from..end]
        .iter()
        .take_while(|t| {
            !matches!(
                t.class,
                Class::Aux | Class::Comma | Class::Prep | Class::Stop | Class::Wh
            )
        })
        .collect();
    let first = words.first()?;
    if matches!(first.lower.as_str(), "all" | "every" | "each" | "both" | "any") || first.class == Class::Pron {
        return None;
    }
    // "Korrin 3.1 ships without ...": a model number is part of the name
    // before it, which then counts as a name at the start of a sentence
    // too; else every version of the product was one owner.
    let capital = |t: &Tok<'_>| t.text.chars().next().is_some_and(char::is_uppercase);
    let numbered = |i: usize| {
        i > 0
            && words[i].class == Class::Number
            && capital(words[i - 1])
            && crate::text::version_number(&words[i].lower)
    };
    let named: Vec<&str> = (0..words.len())
        .filter(|&i| {
            (capital(words[i]) && (!words[i].initial || i + 1 < words.len() && numbered(i + 1))) || numbered(i)
        })
        .map(|i| words[i].lower.as_str())
        .collect();
    // A brand's two products are two owners: "the Kestwick dock" is not "the
    // Kestwick speaker", so a common head after the name stays in the key.
    let head = words
        .iter()
        .rev()
        .find(|t| t.class == Class::Word)
        .filter(|t| !t.text.chars().next().is_some_and(char::is_uppercase));
    let key = if named.is_empty() {
        words
            .iter()
            .filter(|t| t.class == Class::Word)
            .map(|t| t.noun())
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        let mut key = named.join(" ");
        if let Some(h) = head {
            key.push(' ');
            key.push_str(h.noun());
        }
        key
    };
    (!key.is_empty()).then_some(key)
}

/// The key and modifiers of a feature's phrase (see the module
/// documentation).
pub(crate) fn feature_key(toks: &[Tok<'_>], (a, b): (usize, usize)) -> (String, Vec<String>) {
    let phrase = &toks[a..b];
    // A unit's symbol is written with capitals too ("a 5,000 mAh battery",
    // "a 120 Hz panel"), but it says how much, not what: the head is the
    // feature.
    let capitalised = |t: &Tok<'_>| {
        t.class == Class::Word
            && (!t.initial || t.text.chars().filter(char::is_ascii_uppercase).count() > 1)
            && t.text.chars().any(|c| c.is_ascii_uppercase())
            && !crate::frames::is_unit_word(&t.lower)
    };
    if let Some(i) = phrase.iter().position(capitalised) {
        let version = phrase[i + 1..]
            .iter()
            .take_while(|t| t.class == Class::Number)
            .map(|t| t.lower.clone())
            .collect();
        return (format!("feature:{}", phrase[i].lower), version);
    }
    let words: Vec<&Tok<'_>> = phrase.iter().filter(|t| t.class == Class::Word).collect();
    let Some((head, rest)) = words.split_last() else {
        return (String::new(), Vec::new());
    };
    let mut modifiers: Vec<String> = rest.iter().map(|t| t.noun().to_string()).collect();
    modifiers.sort();
    modifiers.dedup();
    (format!("feature:{}", head.noun()), modifiers)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Span;
    use crate::tokens::tokenize;

    /// The key, modifiers and owner of each feature the whole sentence
    /// names, read as one piece with no verb found by the reader (so the
    /// "has" and existential shapes are what is tested).
    fn read(s: &str) -> Vec<(String, Vec<String>, Option<String>)> {
        let toks = tokenize(s, Span::new(0, s.len()));
        let end = toks.len();
        let mut found = listed_features(&toks, (0, end));
        if found.is_empty() {
            found = features_in(&toks, (0, end), None);
        }
        found
            .into_iter()
            .map(|f| {
                let (key, modifiers) = feature_key(&toks, f.phrase);
                (key, modifiers, f.owner)
            })
            .collect()
    }

    #[test]
    fn a_capitalised_standard_is_the_feature_and_its_version_a_modifier() {
        assert_eq!(
            read("Connections: an HDMI 2.0 socket and three USB-A sockets."),
            vec![
                ("feature:hdmi".into(), vec!["2.0".into()], None),
                ("feature:usb-a".into(), vec![], None)
            ]
        );
        assert_eq!(
            read("There is no HDMI port on the Lumo X2."),
            vec![("feature:hdmi".into(), vec![], Some("lumo x2".into()))]
        );
    }

    #[test]
    fn a_unit_symbol_is_not_the_feature() {
        assert_eq!(read("The Lumo X2 has a 4,000 mAh battery.")[0].0, "feature:battery");
    }

    #[test]
    fn a_plain_feature_is_keyed_by_its_head_and_owned_by_the_subject() {
        assert_eq!(
            read("The base model has no active noise cancelling."),
            vec![(
                "feature:cancelling".into(),
                vec!["active".into(), "noise".into()],
                Some("base model".into())
            )]
        );
        // A brand's product keeps its common head: the dock is not the stand.
        assert_eq!(
            read("The Vanta dock has two USB-C ports.")[0].2.as_deref(),
            Some("vanta dock")
        );
    }

    #[test]
    fn figures_participles_and_choices_are_not_features() {
        assert!(
            read("Battery: 40 Wh.").is_empty(),
            "a figure's line is not a list of parts"
        );
        assert!(read("The firm had cut jobs.").is_empty(), "a participle after 'had'");
        assert!(
            read("The firm has 14 years of experience.").is_empty(),
            "a span of time"
        );
        assert!(read("The dock comes with a mains adapter or a battery pack.").is_empty());
        assert!(
            read("There is no evidence that the virus spread.").is_empty(),
            "what the evidence is of is not compared"
        );
    }
}
