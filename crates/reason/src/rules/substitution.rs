//! One sentence, two texts, one phrase swapped for an incompatible one.
//!
//! ## What it flags
//!
//! `antinomy pairs` only: its two texts describe one situation (the NLI
//! premise), so a sentence that appears in both, word for word but for one
//! phrase, says two things about the same slot of the same scene (see
//! `antinomy_ingest::minimal_pairs`). The two phrases conflict when they
//! cannot both fill it:
//!
//! - **different numbers** ("two dogs" / "five dogs") or **different ranks**
//!   ("finished first" / "finished ninth");
//! - **disjoint lexicon concepts** (the colours, the days of the week, the
//!   sexes of a person: any disjoint group of any loaded pack);
//! - **WordNet antonyms**, directly or through a synonym of the first
//!   senses, between one content word of each phrase, the other words being
//!   equal or function words ("near" / "far away from", "empty" / "full");
//!   for adjectives also through a similar adjective ("torrid" / "cold"),
//!   with a lower score; two "-ing" forms after a form of "be" ("are
//!   floating" / "are sinking") are verbs of a progressive, compared as verbs
//!   only;
//! - **two kinds of one thing** in WordNet's noun hierarchy (co-hyponyms):
//!   the first sense of each noun reaches a common hypernym within three
//!   steps, that hypernym is specific (at least five steps below
//!   "entity"), and neither noun is a kind of the other ("ballroom" /
//!   "nursery" are both rooms, "sherry" / "cognac" both alcoholic drinks).
//!
//! ## Why it's a conflict
//!
//! In one scene a slot holds one thing: the barrier the cyclists wait by is
//! orange or purple, the porter keeps a ballroom's key or a nursery's, two
//! tents are not seven.
//! The explanation quotes the frame and names the fact that makes the two
//! phrases exclusive (the lexicon group, WordNet's antonym pointer or the
//! shared hypernym), so a reviewer can check both in seconds.
//!
//! ## Example
//!
//! `antinomy pairs` over one line:
//!
//! ```json
//! {"id": 1, "a": "Two hikers wait by the blue gate.", "b": "Two hikers wait by the green gate."}
//! ```
//!
//! ## What it does not flag
//!
//! - Anything in `antinomy report` or `check`: a set of documents does not
//!   promise one scene, so "the blue gate" and "the green gate" are two gates.
//! - Synonyms and more general words ("sofa" / "couch", "an oboe" / "an
//!   instrument", "a ballroom" / "a room"), the same number written two ways
//!   ("two" / "2", "third" / "3rd").
//! - Nouns whose nearest shared kind is too general to exclude anything
//!   ("stone" and "gate" are both physical objects).
//! - Two actions, each with its own object ("packing a violin" / "playing a
//!   harp"): the objects do not fill one slot. One action on two objects
//!   ("cutting an onion" / "slicing a carrot", since to slice is to cut) is
//!   a swap.
//! - Frames with a negator ("is not holding a …"), insertions ("a tall man"
//!   / "a man") and sentences that differ in more than one place.
//! - A swap of the subject's head noun ("a man is sweeping" / "a woman is
//!   sweeping"): two referents. A word describing the head ("a grey dog" /
//!   "a black dog") is flagged: one dog, two colours.
//! - Vague quantities ("some" / "a few" / "several"): compatible with one
//!   another, whatever WordNet's adjective opposites say of "few".

use crate::rule::{Finding, Pair, Rule};
use antinomy_ingest::minimal_pairs::VARIANT_PREDICATE;
use antinomy_ingest::values::{number_value, ordinal_value};
use antinomy_ingest::wordnet::{Antonymy, Pos, SynsetId, WordNet};
use antinomy_ingest::{Lexicon, Value};

/// See the module documentation.
pub struct Substitution;

impl Rule for Substitution {
    fn code(&self) -> &'static str {
        "C008"
    }

    fn name(&self) -> &'static str {
        "substitution"
    }

    fn check(&self, pair: &Pair<'_>) -> Option<Finding> {
        let (a, b) = (pair.a, pair.b);
        if &*a.predicate != VARIANT_PREDICATE
            || &*b.predicate != VARIANT_PREDICATE
            || a.subject.key != b.subject.key
            || a.doc == b.doc
        {
            return None;
        }
        let (Value::Text { text: x }, Value::Text { text: y }) = (&a.object, &b.object) else {
            return None;
        };
        let why = exclusive(x, y, &a.subject.text, pair.lexicon)?;
        let explanation = format!(
            "{} and {} give the same sentence, \u{201c}{}\u{201d}, with \u{201c}{x}\u{201d} and with \u{201c}{y}\u{201d}; {} \u{2014} {}",
            a.source.name, b.source.name, a.subject.text, why.reason, why.provenance
        );
        Some(Finding {
            base_score: why.score,
            explanation,
            facts: vec![why.provenance],
        })
    }
}

/// Why two phrases cannot fill one slot.
struct Exclusion {
    reason: String,
    provenance: String,
    score: f64,
}

/// Function words a phrase may carry around its content word ("far away
/// from", "close to").
const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "the", "to", "from", "of", "away", "at", "in", "on", "by", "with", "for", "into", "onto", "very",
];

/// The lower-case words of a phrase.
fn words(phrase: &str) -> Vec<String> {
    phrase
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Whether the two phrases exclude each other in the slot of `frame` (the
/// shared sentence with the slot as "…"), and by which fact.
fn exclusive(x: &str, y: &str, frame: &str, lexicon: &Lexicon) -> Option<Exclusion> {
    let (wx, wy) = (words(x), words(y));
    if wx.is_empty() || wy.is_empty() || wx == wy {
        return None;
    }
    if let Some(e) = different_numbers(&wx, &wy) {
        return Some(e);
    }
    if let Some(e) = disjoint_concepts(&wx, &wy, lexicon) {
        return Some(e);
    }
    let wn = antinomy_ingest::wordnet()?;
    antonyms(&wx, &wy, after_be(frame), &wn).or_else(|| co_hyponyms(&wx, &wy, &wn))
}

/// A count ("two", "5", "a") or a rank ("third", "3rd") on each side, the
/// same noun (by lemma) after it if any.
fn different_numbers(wx: &[String], wy: &[String]) -> Option<Exclusion> {
    let (nx, ny) = match (wx, wy) {
        ([n], [m]) => (n, m),
        ([n, p], [m, q]) if antinomy_ingest::morph::noun(p) == antinomy_ingest::morph::noun(q) => (n, m),
        _ => return None,
    };
    let count = |w: &str| match w {
        "a" | "an" | "one" => Some(1.0),
        _ => number_value(w),
    };
    if let (Some(u), Some(v)) = (count(nx), count(ny)) {
        return (u != v).then(|| Exclusion {
            reason: format!("{} and {} are different counts", show(u), show(v)),
            provenance: "arithmetic".to_string(),
            score: 0.85,
        });
    }
    let (u, v) = (ordinal_value(nx)?, ordinal_value(ny)?);
    (u != v).then(|| Exclusion {
        reason: format!("ranks {} and {} differ", show(u), show(v)),
        provenance: "arithmetic".to_string(),
        score: 0.85,
    })
}

fn show(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

/// Both phrases, whole, are lexicon terms for concepts in one disjoint group.
fn disjoint_concepts(wx: &[String], wy: &[String], lexicon: &Lexicon) -> Option<Exclusion> {
    let concept = |w: &[String]| {
        let refs: Vec<&str> = w.iter().map(String::as_str).collect();
        lexicon.concept_of_phrase(&refs)
    };
    let (cx, cy) = (concept(wx)?, concept(wy)?);
    let fact = lexicon.disjoint_fact(cx, cy)?;
    let label = |id: &str| {
        lexicon
            .concept(id)
            .map_or_else(|| id.replace('-', " "), |c| c.label.clone())
    };
    Some(Exclusion {
        reason: format!("{} and {} are disjoint", label(&fact.a), label(&fact.b)),
        provenance: fact.provenance.to_string(),
        score: 0.9,
    })
}

/// The content words of a phrase: what is left without function words.
fn content(w: &[String]) -> Vec<&str> {
    w.iter()
        .map(String::as_str)
        .filter(|w| !FUNCTION_WORDS.contains(w))
        .collect()
}

/// Quantities too vague to exclude one another: "a few" is not "few" (it
/// means some, as "a little" does), and "some" or "several" people are
/// compatible with "a few", "many" or "most" of them. WordNet files "few"
/// and "some" as adjectives with opposites, which would make "some children"
/// and "a few children" contradict.
fn vague_quantity(w: &[String]) -> bool {
    matches!(
        w.iter().map(String::as_str).collect::<Vec<_>>()[..],
        ["a", "few" | "little" | "couple" | "number" | "lot" | "bit"] | ["some" | "several" | "various" | "lots"]
    )
}

/// Whether the slot of a frame follows a form of "be" ("the twins are …
/// on the pier").
fn after_be(frame: &str) -> bool {
    frame
        .split('\u{2026}')
        .next()
        .and_then(|before| before.split_whitespace().last())
        .is_some_and(|w| antinomy_ingest::morph::verb(&w.to_lowercase()) == "be")
}

/// Whether a word is the "-ing" form of a verb WordNet knows ("floating",
/// "sinking").
fn ing_form(w: &str, wn: &WordNet<'static>) -> bool {
    w.ends_with("ing") && wn.lemma(w, Pos::Verb).is_some()
}

/// One content word on each side, WordNet antonyms in some part of speech.
/// Two "-ing" forms after a form of "be" (`progressive`: "the twins are
/// floating" / "the twins are sinking") are the verbs of a progressive and
/// are compared as verbs only: WordNet's adjectives of the same spelling
/// are other words ("running" water that flows, "standing" water that does
/// not, "sitting" as opposed to "standing" for a vote or an ovation), and
/// their opposition says nothing of what the subject is doing.
fn antonyms(wx: &[String], wy: &[String], progressive: bool, wn: &WordNet<'static>) -> Option<Exclusion> {
    if vague_quantity(wx) || vague_quantity(wy) {
        return None;
    }
    let (cx, cy) = (content(wx), content(wy));
    let ([u], [v]) = (cx.as_slice(), cy.as_slice()) else {
        return None;
    };
    let verbs_only = progressive && ing_form(u, wn) && ing_form(v, wn);
    let all = [Pos::Adj, Pos::Adv, Pos::Noun, Pos::Verb];
    let parts: &[Pos] = if verbs_only { &[Pos::Verb] } else { &all };
    for &pos in parts {
        let lemma = |w: &str| wn.lemma(w, pos).map(str::to_string);
        let (Some(lu), Some(lv)) = (lemma(u), lemma(v)) else {
            continue;
        };
        match wn.antonymy(&lu, &lv, pos) {
            Some(Antonymy::Direct | Antonymy::Synonym) => {
                return Some(Exclusion {
                    reason: format!("\u{201c}{lu}\u{201d} and \u{201c}{lv}\u{201d} are opposites"),
                    provenance: format!("WordNet 3.0, {} antonyms", pos_name(pos)),
                    score: 0.85,
                });
            }
            // "torrid" / "frigid": through similar adjectives ("torrid" is
            // similar to "hot", "frigid" to "cold"). Too loose for two
            // claims that merely share a subject (the antonym rule leaves
            // it out), it is enough when everything else in the sentence
            // is the same; the score says it is weaker.
            Some(Antonymy::Indirect) => {
                return Some(Exclusion {
                    reason: format!(
                        "\u{201c}{lu}\u{201d} and \u{201c}{lv}\u{201d} are opposites through a similar adjective"
                    ),
                    provenance: "WordNet 3.0, adjective antonyms and similar adjectives".to_string(),
                    score: 0.7,
                });
            }
            None => {}
        }
    }
    None
}

fn pos_name(pos: Pos) -> &'static str {
    match pos {
        Pos::Noun => "noun",
        Pos::Verb => "verb",
        Pos::Adj => "adjective",
        Pos::Adv => "adverb",
    }
}

/// How far above a noun the shared kind may be: "sherry" reaches
/// "alcohol" in three steps (fortified wine, wine, alcohol), as "cognac"
/// does (brandy, liquor, alcohol).
const MAX_STEPS: usize = 3;

/// How far below "entity" the shared kind must be: above this depth the
/// kinds ("physical object", "artifact", "whole") exclude nothing.
const MIN_DEPTH: usize = 5;

/// A noun's lemma, trying the whole phrase first ("prison cell", "french
/// horn"), then its last word.
fn noun_lemma(w: &[&str], wn: &WordNet<'static>) -> Option<String> {
    let whole = w.join(" ");
    if w.len() > 1 && wn.is_word(&whole, Pos::Noun) {
        return Some(whole);
    }
    wn.lemma(w.last()?, Pos::Noun).map(str::to_string)
}

/// Two nouns whose first senses are two kinds of one specific thing.
/// Whether the two phrases are each a verb with its object ("packing a
/// violin" / "playing a harp": an "-ing" form, then "a", "an" or "the")
/// and the verbs name two actions: not one verb, not synonyms, and
/// neither a way of doing the other by WordNet. Then the objects are no
/// two fillers of one slot but what two different actions are done to,
/// and a man who packs one instrument may play another. "Cutting an
/// onion" / "slicing a carrot" is one action (to slice is to cut) on two
/// things, and stays a swap; "living room" / "dining room", with no
/// determiner, is no verb at all.
fn two_actions(wx: &[String], wy: &[String], wn: &WordNet<'static>) -> bool {
    let verb = |w: &[String]| match w {
        [v, det, _, ..] if v.ends_with("ing") && matches!(det.as_str(), "a" | "an" | "the") => wn.lemma(v, Pos::Verb),
        _ => None,
    };
    let (Some(vx), Some(vy)) = (verb(wx), verb(wy)) else {
        return false;
    };
    vx != vy && !wn.synonymous(vx, vy, Pos::Verb) && !wn.verb_is_a(vx, vy) && !wn.verb_is_a(vy, vx)
}

fn co_hyponyms(wx: &[String], wy: &[String], wn: &WordNet<'static>) -> Option<Exclusion> {
    let (cx, cy) = (content(wx), content(wy));
    if cx.is_empty() || cy.is_empty() || cx.len() > 2 || cy.len() > 2 {
        return None;
    }
    // "filing" / "stamping": verb forms, whatever noun senses they have.
    let verb_form = |w: &[&str]| {
        w.last()
            .is_some_and(|l| (l.ends_with("ing") || l.ends_with("ed")) && wn.lemma(l, Pos::Verb).is_some())
    };
    if verb_form(&cx) || verb_form(&cy) {
        return None;
    }
    if two_actions(wx, wy, wn) {
        return None;
    }
    let (nx, ny) = (noun_lemma(&cx, wn)?, noun_lemma(&cy, wn)?);
    // People are sorted along crossing lines (age, sex, trade, role): two
    // kinds of person rarely exclude each other ("boy" / "kid"). The
    // lexicon's sexes of a person cover the case that does.
    if wn.is_a(&nx, "person") || wn.is_a(&ny, "person") {
        return None;
    }
    if nx == ny || wn.synonymous(&nx, &ny, Pos::Noun) || wn.is_a(&nx, &ny) || wn.is_a(&ny, &nx) {
        return None;
    }
    // The first sense only: a later sense ("china" the porcelain) would
    // make kinds of anything.
    let (px, py) = (wn.first_sense_paths(&nx), wn.first_sense_paths(&ny));
    let mut best: Option<(usize, SynsetId)> = None;
    for a in &px {
        for b in &py {
            for (i, s) in a.iter().enumerate().take(MAX_STEPS + 1) {
                let Some(j) = b.iter().take(MAX_STEPS + 1).position(|t| t == s) else {
                    continue;
                };
                let depth = a.len() - 1 - i;
                if depth >= MIN_DEPTH && best.is_none_or(|(steps, _)| i + j < steps) {
                    best = Some((i + j, *s));
                }
            }
        }
    }
    let (_, kind) = best?;
    let label = wn.synset(kind).map(|s| s.label().to_string()).unwrap_or_default();
    if label.is_empty() {
        return None;
    }
    Some(Exclusion {
        reason: format!(
            "\u{201c}{nx}\u{201d} and \u{201c}{ny}\u{201d} are both filed under \u{201c}{label}\u{201d}, and neither is a kind of the other"
        ),
        provenance: "WordNet 3.0, noun hypernyms".to_string(),
        score: 0.75,
    })
}

#[cfg(test)]
mod tests {
    use super::exclusive;
    use antinomy_ingest::Lexicon;

    fn reason(x: &str, y: &str) -> Option<String> {
        exclusive(x, y, "the \u{2026} gate", &Lexicon::default_lexicon())
            .map(|e| format!("{}; {}", e.reason, e.provenance))
    }

    #[test]
    fn numbers_ranks_and_lexicon_groups() {
        assert_eq!(
            reason("two", "5").as_deref(),
            Some("2 and 5 are different counts; arithmetic")
        );
        assert_eq!(reason("two", "2"), None);
        assert_eq!(reason("third", "3rd"), None);
        assert!(reason("third", "tenth").is_some());
        assert!(
            reason("blue", "green").is_some_and(|r| r.contains("colours")),
            "{:?}",
            reason("blue", "green")
        );
    }

    #[test]
    fn antonyms_and_kinds_but_not_synonyms_or_hypernyms() {
        assert!(reason("empty", "full").is_some_and(|r| r.contains("antonyms")));
        assert!(reason("ballroom", "nursery").is_some_and(|r| r.contains("hypernyms")));
        assert!(reason("sherry", "cognac").is_some_and(|r| r.contains("alcohol")));
        assert_eq!(reason("sofa", "couch"), None);
        assert_eq!(reason("oboe", "instrument"), None);
        assert_eq!(reason("ballroom", "room"), None);
    }

    #[test]
    fn progressive_forms_are_compared_as_verbs() {
        let why = |x, y, frame| exclusive(x, y, frame, &Lexicon::default_lexicon()).map(|e| e.provenance);
        assert_eq!(why("running", "standing", "two otters are \u{2026} together"), None);
        assert_eq!(
            why("sitting", "standing", "the guard is \u{2026} by the door").as_deref(),
            Some("WordNet 3.0, verb antonyms")
        );
        assert!(why("running", "standing", "a pond of \u{2026} water").is_some());
    }

    #[test]
    fn vague_quantities_are_not_opposites() {
        assert_eq!(reason("some", "a few"), None);
        assert_eq!(reason("a few", "several"), None);
        assert!(reason("many", "few").is_some());
    }
}
