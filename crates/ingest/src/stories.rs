//! Which documents tell one story.
//!
//! An archive holds many stories, and most of what a story says is said in
//! common nouns: "the fire started on Sunday", "four people were injured",
//! "profit rose 12%". Two fires, two elections or two earnings reports of
//! an archive say such things with other dates and figures, and are not in
//! conflict. What ties the documents of one story together is the names
//! they share: the town, the firm, the people, the product.
//!
//! So each prose document is given its *story words*: the capitalised words
//! of its running text that are not a sentence's first word (nor a heading's,
//! a month's or a weekday's), and the words of its claims' subjects and
//! objects that WordNet does not know (a coined name written in lower case,
//! "the velarin trial"). Documents that share a story word are in one story,
//! and so are documents linked through a chain of them (connected
//! components: the order the documents come in does not matter). A document
//! with no story word, and every claim file, is in no story of its own and
//! meets every story.
//!
//! The engine keeps claims of two stories apart only when their subjects are
//! plain (see `antinomy_reason`): a claim about a named thing carries its
//! name in its key and meets that name wherever it is said.
//!
//! This only ever removes comparisons: documents of one story are compared
//! as before. In a large archive a few widely shared names (a country, a
//! news agency) join most documents into one story, which is the old
//! behaviour, never a wrong merge.

use std::collections::HashMap;

use crate::model::{Claim, Value};

/// Function words that are capitalised inside a sentence only for a reason
/// other than being a name (after a quote or a colon, "I").
const NOT_NAMES: &[&str] = &[
    "i", "a", "an", "the", "he", "she", "it", "we", "they", "you", "his", "her", "its", "our", "their", "this", "that",
    "these", "those", "in", "on", "at", "of", "for", "to", "from", "by", "with", "and", "but", "or", "not", "no", "if",
    "as", "mr", "mrs", "ms", "dr",
];

/// The story word a capitalised word inside a sentence gives, from its
/// lower-case form: the word without a possessive, unless it is a month,
/// a weekday ("Saturdays" too) or a function word.
pub(crate) fn story_word(lower: &str) -> Option<&str> {
    let name = crate::tokens::strip_possessive(lower);
    let dated = crate::frames::is_date_word(name) || name.strip_suffix('s').is_some_and(crate::frames::is_weekday);
    (name.len() > 1 && !dated && !NOT_NAMES.contains(&name)).then_some(name)
}

/// The story words of a document's claims: the words of subjects the
/// reader took for names, and the lower-case words of the other subjects
/// and objects that WordNet does not know, five letters or more (a coined
/// name, "velarin", that no capital marks), added to the document's
/// `words` once each.
pub fn add_claim_story_words<'c>(claims: &'c [Box<Claim>], words: &mut Vec<String>) {
    fn add(words: &mut Vec<String>, word: &str) {
        if !words.iter().any(|w| w == word) {
            words.push(word.to_string());
        }
    }
    let mut candidates: Vec<&'c str> = Vec::new();
    for c in claims {
        // A name the reader found: also when it opens every sentence it is
        // in, where no capital tells it.
        if c.subject.name {
            for w in c.subject.key.split(' ').filter(|w| w.len() > 1) {
                add(words, w);
            }
            continue;
        }
        // Measures and events are keyed by words other claims have as
        // their subjects.
        let key = if c.subject.key.contains(':') {
            ""
        } else {
            c.subject.key.as_str()
        };
        let object = match &c.object {
            Value::Entity { key, .. } => key.as_str(),
            _ => "",
        };
        let mut consider = |w: &'c str| {
            if w.len() >= 5 && w.bytes().all(|b| b.is_ascii_lowercase()) {
                candidates.push(w);
            }
        };
        for phrase in [key, object] {
            // Most keys are one word.
            if phrase.contains(' ') {
                phrase.split(' ').for_each(&mut consider);
            } else {
                consider(phrase);
            }
        }
        c.subject.modifiers.iter().for_each(|m| consider(m));
    }
    candidates.sort_unstable();
    candidates.dedup();
    // A name already read with its capital needs no WordNet look-up.
    candidates.retain(|c| !words.iter().any(|w| w == c));
    // Each distinct word asked of WordNet once.
    if let Some(wn) = crate::wordnet() {
        // Remembered per thread: the same common nouns come back in every
        // document, and two WordNet look-ups cost more than one memo's.
        thread_local! {
            static COINED: crate::morph::Memo<bool> = crate::morph::Memo::default();
        }
        let coined = |w: &&str| {
            crate::morph::remembered(&COINED, 1 << 16, w, |w| {
                wn.pos_of(w).is_empty() && wn.pos_of(&crate::morph::noun(w)).is_empty()
            })
        };
        for w in candidates.into_iter().filter(coined) {
            add(words, w);
        }
    }
}

/// The story of each document: documents that share a story word, directly
/// or through others, get one number (the smallest index among them, so the
/// numbers do not depend on hashing); a document with no story word gets
/// `None`.
pub fn stories(words: &[Vec<String>]) -> Vec<Option<u32>> {
    let mut parent: Vec<usize> = (0..words.len()).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    let mut first_with: HashMap<&str, usize> = HashMap::new();
    for (doc, ws) in words.iter().enumerate() {
        for w in ws {
            match first_with.get(w.as_str()) {
                Some(&other) => {
                    let (a, b) = (root(&mut parent, doc), root(&mut parent, other));
                    // The smaller index is the root, so a story's number is
                    // its first document.
                    let (lo, hi) = if a < b { (a, b) } else { (b, a) };
                    parent[hi] = lo;
                }
                None => {
                    first_with.insert(w, doc);
                }
            }
        }
    }
    (0..words.len())
        .map(|doc| (!words[doc].is_empty()).then(|| u32::try_from(root(&mut parent, doc)).unwrap_or(u32::MAX)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_inside_sentences_are_story_words_and_link_documents() {
        let lexicon = crate::Lexicon::default_lexicon();
        let docs = [
            // Headings, sentence openers, months, weekdays and "We" after a
            // quote are no story words; "Torvik" and "Brand" are.
            "What We Know About Torvik\n\nThe fire in Torvik started on Sunday. Mayor Tove Brand said: \"We will rebuild.\"",
            "Rebuilding will take until March, Brand said.",
            "A storm hit Vellin on Saturdays in May.",
            "The fire started on Sunday.",
            "Officials in the velarin trial said the velarin dose was small.",
            "The velarin trial enrolled 400 adults.",
        ];
        let docs = docs
            .iter()
            .enumerate()
            .map(|(i, t)| crate::Document::from_path_name(format!("d{i}.txt"), t.to_string()))
            .collect();
        let g = crate::ingest(docs, &lexicon).graph;
        let story = |i: u32| g.story(crate::DocId(i));
        assert_eq!(story(0), Some(0));
        assert_eq!(story(1), Some(0));
        assert_eq!(story(2), Some(2));
        assert_eq!(story(3), None);
        assert_eq!(story(4), Some(4));
        assert_eq!(story(5), Some(4));
    }

    #[test]
    fn documents_sharing_a_name_directly_or_through_others_are_one_story() {
        let w = |ws: &[&str]| ws.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let words = vec![
            w(&["kelso"]),
            w(&["brenna"]),
            w(&["kelso", "dunmore"]),
            w(&[]),
            w(&["dunmore"]),
            w(&["brenna", "tolven"]),
        ];
        assert_eq!(stories(&words), [Some(0), Some(1), Some(0), None, Some(0), Some(1)]);
    }
}
