//! Names across documents: "Haldt" in one report is "Gregor Haldt" in
//! another.
//!
//! Within a document the prose reader already maps a surname back to the
//! full name it saw first. Across documents there is no reading order, so
//! this pass looks at every name the run produced: a name whose words are
//! the last words of exactly one longer name becomes that name. When two
//! longer names share the short one ("Haldt" with both "Gregor Haldt" and
//! "Mira Haldt"), nothing is merged: a wrong merge would invent conflicts,
//! a missed one only loses them.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::OnceLock;

use crate::wordnet::{first_sense_of, Pos, SynsetId};

use crate::model::{Claim, UNDERGOER};

/// Rewrites short name keys to the one longer name they abbreviate.
pub fn unify_names<C: std::borrow::BorrowMut<Claim>>(claims: &mut [C]) {
    // Sorted and without repeats, as a set would hold them, but borrowed
    // and sorted once: a million claims give a million name keys.
    let mut names: Vec<&str> = claims
        .iter()
        .map(|c| c.borrow())
        .filter(|c| c.subject.name)
        .map(|c| c.subject.key.as_str())
        .collect();
    names.sort_unstable();
    names.dedup();
    // The names that end in " X", for every X: each name filed under each
    // of its word-boundary suffixes, in the set's order. Looking a short
    // name up here gives the same list, in the same order, as scanning every
    // name for `ends_with(" short")`, which was quadratic in the names of
    // the run (1.5 s at a million claims).
    let mut by_suffix: HashMap<&str, Vec<&str>> = HashMap::new();
    for &long in &names {
        for (i, _) in long.match_indices(' ') {
            by_suffix.entry(&long[i + 1..]).or_default().push(long);
        }
    }
    let mut canonical: BTreeMap<String, String> = BTreeMap::new();
    for &short in &names {
        let longer: &[&str] = by_suffix.get(short).map_or(&[], Vec::as_slice);
        // The longest of a chain ("haldt" < "gregor haldt" < "judge gregor
        // haldt") when the chain is a single line.
        let Some(longest) = longer.iter().max_by_key(|l| l.len()) else {
            continue;
        };
        if longer.iter().all(|l| longest.ends_with(l)) {
            canonical.insert(short.to_string(), longest.to_string());
        }
    }
    if canonical.is_empty() {
        return;
    }
    for c in claims.iter_mut() {
        let c = c.borrow_mut();
        if c.subject.name {
            if let Some(full) = canonical.get(&c.subject.key) {
                c.subject.key.clone_from(full);
            }
        }
        // What an event happened to, kept as a name whole: "Haldt died
        // on 3 May" in one report is Gregor Haldt's death of another.
        if let Some(at) = c.subject.modifiers.iter().position(|m| m.starts_with(UNDERGOER)) {
            if let Some(full) = canonical.get(&c.subject.modifiers[at][UNDERGOER.len()..]) {
                c.subject.modifiers[at] = format!("{UNDERGOER}{full}");
                c.subject.modifiers.sort();
            }
        }
        // A measure owned by a name: "measure:year|vorn" (her sentence).
        if let Some((measure, owner)) = c.subject.key.split_once('|') {
            if let Some(full) = canonical.get(owner) {
                c.subject.key = format!("{measure}|{full}");
            }
        }
    }
}

/// How many is-a steps a general noun may sit above the specific one it
/// stands for: "the vessel" for "the boat" (one), "the gap" for "the
/// difference" (three, through disparity and inequality).
const KIND_DEPTH: usize = 3;

/// Rewrites a general subject to the one specific kind it can stand for:
/// "the vessel" in one report is "the boat" of another, "the agreement" is
/// "the deal", when the run's subjects hold exactly one noun that WordNet
/// files within three is-a steps under the general one.
///
/// Only plain one-word keys take part (no names, no measures or events),
/// so "the Petrel" and "measure:year|haldt" are untouched. As with names,
/// a general noun with two candidates ("the vessel" beside both "boat" and
/// "tanker") is left alone: in an archive of many stories the general words
/// meet many specific ones and nothing merges, which is the safe side.
pub fn unify_kinds<C: std::borrow::BorrowMut<Claim>>(claims: &mut [C]) {
    let Some(wn) = crate::wordnet() else { return };
    // People and animals are told apart by their nouns ("a girl" is not
    // "the woman", "the person" may be anyone): they never merge.
    // Judged on the first sense only: "tanker" is first a ship, though one
    // of its senses is a tank crewman.
    // The hypernym paths of each plain key, looked up once: both passes
    // below walk them.
    // The walks are independent, and an archive of varied prose may name
    // tens of thousands of plain nouns, so many are shared out over the
    // threads (the table is only read; each thread remembers its own
    // walks). A sentence pair has a handful, walked where they are:
    // handing them out would cost more. (The generated 1M corpus has only
    // a few: its subjects are mostly names.)
    let plain_keys: Vec<&str> = distinct(
        claims
            .iter()
            .map(|c| c.borrow())
            .filter(|c| plain(c))
            .map(|c| c.subject.key.as_str()),
    )
    .into_iter()
    .collect();
    let walked: Vec<Vec<Vec<SynsetId>>> = if plain_keys.len() >= PARALLEL_KEYS {
        use rayon::prelude::*;
        plain_keys.par_iter().map(|k| wn.hypernym_paths(k)).collect()
    } else {
        plain_keys.iter().map(|k| wn.hypernym_paths(k)).collect()
    };
    let paths: BTreeMap<&str, Vec<Vec<SynsetId>>> = plain_keys.into_iter().zip(walked).collect();
    static LIVING: OnceLock<Vec<SynsetId>> = OnceLock::new();
    let living_kinds = LIVING.get_or_init(|| labelled(&wn, &["person", "animal"]));
    let living = |key: &str| first_sense_under(&wn, &paths[key], living_kinds);
    // Nor do measures ("revenue" is a kind of "income" in WordNet, but a
    // firm's net income is not its revenue): a figure is compared only with
    // a figure of the same measure, and its subject follows that rule.
    let keys: BTreeSet<&str> = paths
        .keys()
        .copied()
        .filter(|k| !living(k) && !crate::frames::MEASURE_NOUNS.contains(k))
        .collect();
    // One plain key can only meet a named thing (below); with none, there
    // is nothing to merge.
    let named_key = |c: &Claim| !c.subject.name && c.subject.key.contains(' ') && !c.subject.key.contains([':', '|']);
    if keys.is_empty() || (keys.len() < 2 && !claims.iter().any(|c| named_key(c.borrow()))) {
        return;
    }
    // Each noun sense of each key, pointing back at the key.
    let mut by_sense: HashMap<SynsetId, Vec<&str>> = HashMap::new();
    for &key in &keys {
        for sense in wn.senses(key, Pos::Noun) {
            by_sense.entry(sense).or_default().push(key);
        }
    }
    // For each general key, the specific keys under it.
    let mut under: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for &specific in &keys {
        for path in &paths[specific] {
            for id in path.iter().skip(1).take(KIND_DEPTH) {
                for &general in by_sense.get(id).into_iter().flatten() {
                    if general != specific {
                        under.entry(general).or_default().insert(specific);
                    }
                }
            }
        }
    }
    let mut canonical: BTreeMap<String, String> = BTreeMap::new();
    for (general, specifics) in &under {
        let [specific] = specifics.iter().collect::<Vec<_>>()[..] else {
            continue;
        };
        // Two nouns each under the other (senses that cross) say nothing.
        if under.get(*specific).is_some_and(|s| s.contains(general)) {
            continue;
        }
        canonical.insert((*general).to_string(), (*specific).to_string());
    }
    // A plain noun and the one named thing of a more general kind: "the
    // deal" in one report is "the Ostvik land agreement" of another when
    // that is the run's only named agreement and nothing else plain falls
    // under it. Keys of named things are their names and head ("ostvik
    // agreement"); the head decides the kind.
    let named = distinct(
        claims
            .iter()
            .map(|c| c.borrow())
            .filter(|c| named_key(c))
            .map(|c| c.subject.key.as_str()),
    );
    let mut by_head: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for &key in &named {
        if let Some((_, head)) = key.rsplit_once(' ') {
            by_head.entry(head).or_default().push(key);
        }
    }
    let mut to_named: BTreeMap<String, String> = BTreeMap::new();
    for &plain_key in keys.iter().filter(|_| !by_head.is_empty()) {
        // The same noun is not enough: a firm's "exports" are not its
        // "Norrel exports". A more specific noun is ("the deal" and the
        // named agreement).
        let mut heads: BTreeSet<&str> = BTreeSet::new();
        for path in &paths[plain_key] {
            for id in path.iter().skip(1).take(KIND_DEPTH) {
                for &general in by_sense.get(id).into_iter().flatten() {
                    if by_head.contains_key(general) {
                        heads.insert(general);
                    }
                }
                if let Some(label) = wn.synset(*id).map(|s| s.label()) {
                    if by_head.contains_key(label) {
                        heads.insert(label);
                    }
                }
            }
        }
        let candidates: Vec<&str> = heads.iter().flat_map(|h| by_head[h].iter().copied()).collect();
        let [only] = candidates[..] else { continue };
        // Another plain noun of the same kind ("the treaty" beside "the
        // deal") makes the match ambiguous.
        let rivals = heads
            .iter()
            .any(|h| under.get(h).is_some_and(|s| s.iter().any(|k| *k != plain_key)));
        if !rivals && !canonical.contains_key(plain_key) {
            to_named.insert(plain_key.to_string(), only.to_string());
        }
    }
    canonical.extend(to_named);
    if canonical.is_empty() {
        return;
    }
    // Follow a chain ("craft" -> "vessel" -> "boat") to its end.
    let specific_of = |general: &str| -> Option<String> {
        let mut key = canonical.get(general)?.clone();
        for _ in 1..KIND_DEPTH {
            match canonical.get(&key) {
                Some(next) => key.clone_from(next),
                None => break,
            }
        }
        Some(key)
    };
    for c in claims.iter_mut() {
        let c = c.borrow_mut();
        // What an event happened to is named the way its subject was:
        // "the vessel was seized on 3 May" is the boat's seizure, and the
        // boat's last word is what the reader keeps as the undergoer.
        if let Some(at) = c.subject.modifiers.iter().position(|m| m.starts_with(UNDERGOER)) {
            if let Some(key) = specific_of(&c.subject.modifiers[at][UNDERGOER.len()..]) {
                let head = key.rsplit(' ').next().unwrap_or(&key);
                c.subject.modifiers[at] = format!("{UNDERGOER}{head}");
                c.subject.modifiers.sort();
            }
            continue;
        }
        // "A magnitude 6.4 earthquake struck ..." brings in a thing of its
        // own; only a definite or bare general noun ("the vessel") points
        // back at the specific one ("the boat"). An indefinite earthquake
        // beside an aftershock is not the aftershock.
        if plain(c) && !indefinite(&c.subject.text) && !universal(c) {
            // Most keys are no general noun at all: they are only looked
            // up, not copied.
            if let Some(key) = specific_of(&c.subject.key) {
                c.subject.key = key;
            }
        }
    }
}

/// The distinct keys of `keys`, sorted. A million claims give a million
/// keys but far fewer distinct ones (the generated 1M corpus: about
/// 100,000 subject keys in all, a handful of them plain nouns): a hash set
/// drops the repeats first, so only the distinct keys are sorted.
/// Collecting every key into a `BTreeSet` sorted all million (most of the
/// kind pass's second at a million claims, comparing strings).
fn distinct<'a>(keys: impl Iterator<Item = &'a str>) -> BTreeSet<&'a str> {
    keys.collect::<rustc_hash::FxHashSet<&str>>().into_iter().collect()
}

/// From this many distinct keys on, their hypernym paths are walked on all
/// threads.
const PARALLEL_KEYS: usize = 1024;

/// A subject the kind passes may move: a one-word common noun, not a name,
/// a measure ("measure:year|haldt"), an event or a thing set apart
/// ("earthquake#other@72").
fn plain(c: &Claim) -> bool {
    !c.subject.name && !c.subject.key.is_empty() && !c.subject.key.contains([' ', ':', '|', '#'])
}

/// "No aircraft were damaged": a denial about every thing of a kind. The
/// reader keeps the "no" in the subject's text for this.
fn universal(c: &Claim) -> bool {
    c.polarity == crate::model::Polarity::Negative
        && c.subject.text.get(..3).is_some_and(|t| t.eq_ignore_ascii_case("no "))
}

/// "No other aircraft were hit" denies "a transport plane was damaged"
/// when the plane is the one kind of aircraft the run names apart from
/// those the sentence set aside ("two helicopters were destroyed, and no
/// other aircraft ..."): claims only meet within their subject's block, so
/// the denial is moved to the member's key, as [`nobody_covers_the_one_person`]
/// does for people. With two candidate kinds nothing moves, and other
/// claims about the kind itself keep it where it is. The sentence's
/// exceptions (`except:` modifiers) are used here and then dropped: they
/// are no narrowing of the denial.
pub fn no_kind_covers_its_member<C: std::borrow::BorrowMut<Claim>>(claims: &mut [C]) {
    if !claims.iter().any(|c| universal(c.borrow())) {
        return;
    }
    let Some(wn) = crate::wordnet() else {
        strip_exceptions(claims);
        return;
    };
    let keys = distinct(
        claims
            .iter()
            .map(|c| c.borrow())
            .filter(|c| plain(c) && !universal(c))
            .map(|c| c.subject.key.as_str()),
    );
    // Each key filed under the synsets its first sense sits below (up to
    // three is-a steps), once: a kind's members are then looked up, not
    // searched for, and the pass stays linear in the run's keys.
    let mut below: HashMap<SynsetId, BTreeSet<&str>> = HashMap::new();
    for &k in &keys {
        for path in first_sense_of(&wn.hypernym_paths(k)) {
            for id in path.iter().skip(1).take(KIND_DEPTH) {
                below.entry(*id).or_default().insert(k);
            }
        }
    }
    let mut moves: Vec<(usize, String)> = Vec::new();
    for (i, c) in claims.iter().enumerate() {
        let c = c.borrow();
        if !universal(c) || !plain(c) || keys.contains(c.subject.key.as_str()) {
            continue;
        }
        let except: Vec<&str> = c
            .subject
            .modifiers
            .iter()
            .filter_map(|m| m.strip_prefix("except:"))
            .collect();
        let members: BTreeSet<&str> = wn
            .senses(&c.subject.key, Pos::Noun)
            .iter()
            .filter_map(|s| below.get(s))
            .flatten()
            .copied()
            .filter(|k| !except.contains(k))
            .collect();
        if let [only] = members.iter().collect::<Vec<_>>()[..] {
            moves.push((i, (*only).to_string()));
        }
    }
    for (i, key) in moves {
        claims[i].borrow_mut().subject.key = key;
    }
    strip_exceptions(claims);
}

fn strip_exceptions<C: std::borrow::BorrowMut<Claim>>(claims: &mut [C]) {
    for c in claims.iter_mut() {
        let c = c.borrow_mut();
        if c.subject.modifiers.iter().any(|m| m.starts_with("except:")) {
            c.subject.modifiers.retain(|m| !m.starts_with("except:"));
        }
    }
}

/// Whether a subject as written opens with "a" or "an".
fn indefinite(text: &str) -> bool {
    let first = text.split_whitespace().next().unwrap_or("");
    first.eq_ignore_ascii_case("a") || first.eq_ignore_ascii_case("an")
}

/// The noun synsets labelled one of `labels` ("person", "animal"), for
/// [`first_sense_under`].
///
/// A synset's label is its first word, so a noun synset labelled "person"
/// is one of the noun senses of "person" (the test
/// `labelled_synsets_are_senses_of_their_label` checks it on the embedded
/// table for the labels asked here): a handful of records read once per
/// process (the passes keep the answer in a `OnceLock`, as the table is
/// the embedded one and never changes), instead of the record of every
/// synset on every first-sense path of every plain key, which was about a
/// quarter of the kind pass in `pairs` (one pass per sentence pair).
fn labelled(wn: &crate::wordnet::WordNet<'_>, labels: &[&str]) -> Vec<SynsetId> {
    labels
        .iter()
        .flat_map(|label| wn.senses(label, Pos::Noun))
        .filter(|id| wn.synset(*id).is_some_and(|s| labels.contains(&s.label())))
        .collect()
}

/// Whether a noun's first WordNet sense is a person ("mayor", "spokesman";
/// not "ministry", "bank", "police"). The reader asks it of a speaker a
/// pronoun may point back at ("the mayor said she ...").
pub(crate) fn person_noun(noun: &str) -> bool {
    let Some(wn) = crate::wordnet() else { return false };
    static PERSON: OnceLock<Vec<SynsetId>> = OnceLock::new();
    let person = PERSON.get_or_init(|| labelled(&wn, &["person"]));
    first_sense_under(&wn, &wn.hypernym_paths(noun), person)
}

/// Whether a noun's first WordNet sense is a made thing, a place, a group
/// or a substance ("terminal", "water", "group"; not "marrow", "smith").
/// A name that ends in such a word is a firm's or a place's more often
/// than a person's ("Ellery Terminals", "Ambry Water"); one that ends in
/// another common noun may still be a person's ("Ilse Marrow").
pub(crate) fn thing_noun(noun: &str) -> bool {
    let Some(wn) = crate::wordnet() else { return false };
    static THINGS: OnceLock<Vec<SynsetId>> = OnceLock::new();
    let things = THINGS.get_or_init(|| labelled(&wn, &["artifact", "location", "group", "substance"]));
    first_sense_under(&wn, &wn.hypernym_paths(noun), things)
}

/// Whether the first sense of a noun (of its hypernym `paths`) falls under
/// one of the synsets `under` (see [`labelled`]); never when that sense
/// names an individual (see [`crate::wordnet::WordNet::first_kind_sense_of`]).
fn first_sense_under(wn: &crate::wordnet::WordNet<'_>, paths: &[Vec<SynsetId>], under: &[SynsetId]) -> bool {
    wn.first_kind_sense_of(paths)
        .iter()
        .any(|p| p.iter().any(|id| under.contains(id)))
}

/// "Nobody is mending the net" denies "a sailor is mending the net": a denial
/// about any person ("nobody", "no one", "there is no one") covers every
/// kind of person. Claims only meet within their subject's block, so when
/// the run's subjects name exactly one kind of person (a plain key whose
/// first WordNet sense is a person: "man", "porter"), the *negative*
/// claims about "person" are rewritten to it, unless other claims of the
/// run are about "person" too (they meet the denial as it is). Affirmations
/// about "someone" are left alone: "someone is rinsing" does not say who, and must not
/// become the man another report denies. With two kinds of person in the
/// run nothing is rewritten.
pub fn nobody_covers_the_one_person<C: std::borrow::BorrowMut<Claim>>(claims: &mut [C]) {
    let Some(wn) = crate::wordnet() else { return };
    // The reader writes any person as "someone" ("nobody", "no one");
    // "the person is not riding" is one person, and stays as it is.
    let denies_anyone = |c: &Claim| {
        c.subject.key == "person"
            && &*c.subject.text == "someone"
            && c.polarity == crate::model::Polarity::Negative
            // The other verb of a joined denial ("nobody is humming and
            // sewing") says what the person does, not who they are: it
            // narrows nothing about which person is meant.
            && c.subject.described_by().next().is_none()
    };
    if !claims.iter().any(|c| denies_anyone(c.borrow())) {
        return;
    }
    // Other claims about "person" ("two people are swimming") already meet
    // the denial; moving it would lose them.
    if claims
        .iter()
        .any(|c| c.borrow().subject.key == "person" && !denies_anyone(c.borrow()))
    {
        return;
    }
    // Each plain key once, then WordNet: a run repeats its subjects.
    let plain_keys = distinct(
        claims
            .iter()
            .map(|c| c.borrow())
            .filter(|c| plain(c) && c.subject.key != "person")
            .map(|c| c.subject.key.as_str()),
    );
    static PERSON: OnceLock<Vec<SynsetId>> = OnceLock::new();
    let person = PERSON.get_or_init(|| labelled(&wn, &["person"]));
    let people: Vec<&str> = plain_keys
        .into_iter()
        .filter(|k| first_sense_under(&wn, &wn.hypernym_paths(k), person))
        .collect();
    let [only] = people[..] else {
        return;
    };
    let only = only.to_string();
    for c in claims.iter_mut() {
        let c = c.borrow_mut();
        if denies_anyone(c) {
            c.subject.key.clone_from(&only);
        }
    }
}

#[cfg(test)]
mod tests {
    /// "Crane" is first the poet Hart Crane in WordNet, "heron" first Hero
    /// of Alexandria: individuals, which name no kind of person.
    #[test]
    fn a_noun_first_listed_as_an_individual_names_no_kind_of_person() {
        assert!(super::person_noun("mayor"));
        assert!(super::person_noun("rigger"));
        assert!(!super::person_noun("crane"));
        assert!(!super::person_noun("heron"));
        assert!(!super::person_noun("ministry"));
    }

    #[test]
    fn things_places_groups_and_substances_are_told_from_other_nouns() {
        assert!(super::thing_noun("terminal"));
        assert!(super::thing_noun("water"));
        assert!(super::thing_noun("group"));
        assert!(!super::thing_noun("marrow"));
        assert!(!super::thing_noun("mayor"));
    }

    /// What `labelled` rests on: on the embedded table, every synset
    /// labelled "person" or "animal" is a noun sense of that word, or is on
    /// no noun's hypernym path (it has no hypernyms and is no synset's
    /// hypernym: an adjective's synset, kept for its words).
    #[test]
    fn labelled_synsets_are_senses_of_their_label() {
        use crate::wordnet::{Pos, SynsetId};
        let wn = crate::wordnet().unwrap();
        let synsets: Vec<_> = (0..SynsetId::LIMIT)
            .filter_map(SynsetId::new)
            .filter_map(|id| wn.synset(id).map(|s| (id, s)))
            .collect();
        let hypernyms: std::collections::HashSet<SynsetId> = synsets.iter().flat_map(|(_, s)| s.hypernyms()).collect();
        let mut seen = 0;
        for label in ["person", "animal"] {
            let senses = wn.senses(label, Pos::Noun);
            for (id, s) in synsets.iter().filter(|(_, s)| s.label() == label) {
                seen += 1;
                let off_paths = s.hypernyms().next().is_none() && !hypernyms.contains(id);
                assert!(senses.contains(id) || off_paths, "{label}: {id:?}");
            }
            assert_eq!(
                super::labelled(&wn, &[label]).len(),
                senses
                    .iter()
                    .filter(|id| wn.synset(**id).is_some_and(|s| s.label() == label))
                    .count()
            );
        }
        assert!(seen >= 3);
    }

    use super::*;
    use crate::model::{ClaimId, DocId, Entity, Modality, Polarity, Source, Span, Value};

    fn claim(key: &str) -> Claim {
        let mut subject = Entity::new(key, key);
        subject.name = true;
        Claim {
            id: ClaimId(0),
            doc: DocId(0),
            span: Span::new(0, 0),
            line: 1,
            text: "".into(),
            statement: None,
            source: Source::author("x"),
            subject,
            predicate: "p".into(),
            object: Value::None,
            polarity: Polarity::Positive,
            modality: Modality::Asserted,
            time: None,
        }
    }

    #[test]
    fn a_surname_becomes_the_one_full_name() {
        let mut claims = vec![claim("haldt"), claim("gregor haldt"), claim("judge gregor haldt")];
        unify_names(&mut claims);
        let keys: Vec<&str> = claims.iter().map(|c| c.subject.key.as_str()).collect();
        assert_eq!(keys, ["judge gregor haldt"; 3]);
    }

    #[test]
    fn an_ambiguous_surname_is_left_alone() {
        let mut claims = vec![claim("haldt"), claim("gregor haldt"), claim("mira haldt")];
        unify_names(&mut claims);
        assert_eq!(claims[0].subject.key, "haldt");
    }
}
