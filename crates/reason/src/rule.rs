//! The contract between the engine and a rule.

use antinomy_ingest::{Claim, Lexicon};

/// What a rule sees: two claims the engine decided should meet (they share a
/// subject, or one speaks about the other's source) and the lexicon.
pub struct Pair<'a> {
    /// The claim that comes first in claim order.
    pub a: &'a Claim,
    /// The claim that comes second.
    pub b: &'a Claim,
    /// The merged lexicon, for is-a, disjoint and antonym facts.
    pub lexicon: &'a Lexicon,
}

/// What a rule found: the evidence, not the verdict's presentation.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    /// How sure the rule is before the claims' modalities are weighed, in [0, 1].
    pub base_score: f64,
    /// One sentence a reviewer can check against the two quotes.
    pub explanation: String,
    /// The lexicon facts used, as `"<pack> lexicon, <group>"` strings.
    pub facts: Vec<String>,
}

/// A conflict rule: a unit struct in its own file under `rules/`, listed in
/// [`crate::rules::RULES`].
///
/// Rules never see the whole graph: the engine hands them candidate pairs,
/// so blocking and scale live in one place (the engine) and a rule is a pure
/// function of two claims and the lexicon.
pub trait Rule: Sync {
    /// Stable short code ("C001"); never reused.
    fn code(&self) -> &'static str;
    /// Kebab-case name of the conflict pattern ("disjoint-category").
    fn name(&self) -> &'static str;
    /// The conflict between `pair.a` and `pair.b`, if this rule sees one.
    fn check(&self, pair: &Pair<'_>) -> Option<Finding>;
}

/// "is fighter", "confirm", "cargo ammunition": a predicate with its value, for
/// explanations.
pub fn describe(predicate: &str, object: &antinomy_ingest::Value) -> String {
    let p = predicate.replace('-', " ");
    match object.text() {
        "" => p,
        v => format!("{p} \u{201c}{v}\u{201d}"),
    }
}

/// How a claim reads in an explanation. Stances read as what the source does
/// ("Kim Jong Un praises the troops", "the ministry does not confirm the
/// report"); everything else quotes the clause, so a reviewer can check the
/// explanation against the text word for word.
pub fn position(claim: &antinomy_ingest::Claim, lexicon: &antinomy_ingest::Lexicon) -> String {
    use antinomy_ingest::lexicon::PredicateKind;
    use antinomy_ingest::Polarity;
    let stance = lexicon
        .predicate(&claim.predicate)
        .is_some_and(|p| p.kind == PredicateKind::Stance);
    if stance {
        let verb = claim.predicate.replace('-', " ");
        let (singular, plural) = if claim.polarity == Polarity::Negative {
            (format!("does not {verb}"), format!("do not {verb}"))
        } else {
            (third_person(&verb), verb)
        };
        return format!(
            "{} {}",
            speaks(&claim.source, &singular, &plural),
            mid_sentence(&claim.subject.text)
        );
    }
    // A denied claim quotes what was denied ("the bank denies “it had
    // lost the files”"): "says" would put the denied words in its mouth.
    let (singular, plural) = if claim.modality == antinomy_ingest::Modality::Denied {
        ("denies", "deny")
    } else {
        ("says", "say")
    };
    format!(
        "{} \u{201c}{}\u{201d}",
        speaks(&claim.source, singular, plural),
        short(&claim.text, 90)
    )
}

/// Why two predicates are opposites, as a citation: the lexicon's antonym
/// pair ("default lexicon, verdicts"), or else WordNet's direct antonym
/// pointer between two verbs ("put on" / "take off"). Only direct pointers
/// between verbs both known to WordNet count: verbs are too polysemous for
/// antonymy through synonyms of any sense. The one exception is one verb
/// with two particles, both known to WordNet as verbs, whose first senses
/// (WordNet's most frequent) are opposed: "turn on" and "turn off" have no
/// pointer of their own, but their first senses are those of "switch on"
/// and "switch off", which have one. There the particles carry the
/// meaning; two different verbs ("ride", first "sit", against "stand") are
/// left to their own pointers.
pub fn opposite_predicates(lexicon: &antinomy_ingest::Lexicon, p: &str, q: &str) -> Option<String> {
    use antinomy_ingest::wordnet::{Antonymy, Pos};
    if let Some(fact) = lexicon.antonym_fact(p, q) {
        return Some(fact.to_string());
    }
    // Lexicon predicates are ids, not verbs; only plain verbs go to WordNet.
    if lexicon.predicate(p).is_some() || lexicon.predicate(q).is_some() {
        return None;
    }
    let wn = antinomy_ingest::wordnet()?;
    let verb = |v: &str| wn.is_word(v, Pos::Verb);
    let (p, q) = (verb_head(p), verb_head(q));
    if p == q || !verb(p) || !verb(q) {
        return None;
    }
    if wn.antonymy(p, q, Pos::Verb) == Some(Antonymy::Direct) {
        return Some("WordNet 3.0, verb antonyms".to_string());
    }
    let one_verb = match (p.split_once(' '), q.split_once(' ')) {
        (Some((x, _)), Some((y, _))) => x == y,
        _ => false,
    };
    (one_verb && first_senses_opposed(&wn, p, q))
        .then(|| "WordNet 3.0, verb antonyms of their first senses".to_string())
}

/// Whether a word of the first verb sense of `p` and a word of the first
/// verb sense of `q` are direct antonyms ("turn on" is first "switch on",
/// "turn off" first "switch off"). See [`opposite_predicates`].
fn first_senses_opposed(wn: &antinomy_ingest::wordnet::WordNet<'_>, p: &str, q: &str) -> bool {
    use antinomy_ingest::wordnet::Pos;
    let first = |v: &str| {
        wn.senses(v, Pos::Verb)
            .first()
            .and_then(|id| wn.synset(*id))
            .map(|s| s.words())
    };
    // A synset of one member keeps no word list: the verb itself is it.
    let ps: Vec<&str> = first(p).into_iter().flatten().chain(std::iter::once(p)).collect();
    let qs: Vec<&str> = first(q).into_iter().flatten().chain(std::iter::once(q)).collect();
    ps.iter().any(|x| wn.antonyms(x, Pos::Verb).any(|y| qs.contains(&y)))
}

/// How two predicates are one verb, by WordNet (see [`related_verbs`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VerbLink {
    /// Two words for one verb: "talk" and "speak".
    Synonym,
    /// The first is a way of doing the second: "slice" and "cut".
    FirstNarrower,
    /// The second is a way of doing the first: "cut" and "slice".
    SecondNarrower,
}

/// Two predicates that are two words for one verb ("talk into" and
/// "speak"), or one a way of doing the other ("slice" and "cut"), by
/// WordNet. Returns how, with the two heads and the preposition or
/// particle the reader kept after each (empty when none): `[p_head,
/// p_rest, q_head, q_rest]`. A predicate WordNet knows whole is tried both
/// whole and split, since the reader cannot tell "talk into" (persuade)
/// from "talk into (the telephone)".
///
/// Verbs are polysemous, so for synonyms one shared synset is not enough:
/// "cry" (weep) and "scream" share only "utter a loud cry". The two must
/// share at least two of their first three senses each (WordNet's most
/// frequent ones): most of what either usually means. A way of doing is
/// [`WordNet::verb_is_a`](antinomy_ingest::wordnet::WordNet::verb_is_a):
/// one step up from a first sense to a first sense. The heads must be
/// different words: "climb" and "climb up" are one verb with and without
/// a direction, which says more, not the same. Lexicon predicates are ids,
/// not verbs, and stay out.
pub fn related_verbs<'p>(
    lexicon: &antinomy_ingest::Lexicon,
    p: &'p str,
    q: &'p str,
) -> Option<(VerbLink, [&'p str; 4])> {
    use antinomy_ingest::wordnet::{Pos, WordNet};
    const FIRST: usize = 3;
    /// The predicate whole (when WordNet knows it as a verb) and split at
    /// its one preposition or particle.
    fn readings<'p>(wn: &WordNet<'_>, p: &'p str) -> [Option<(&'p str, &'p str)>; 2] {
        let whole = wn.is_word(p, Pos::Verb).then_some((p, ""));
        let split = p.split_once(' ').filter(|(_, rest)| !rest.contains(' '));
        [whole, split]
    }
    if p == q || lexicon.predicate(p).is_some() || lexicon.predicate(q).is_some() {
        return None;
    }
    let plain = |v: &str| !v.is_empty() && v.chars().all(|c| c.is_ascii_lowercase() || c == ' ');
    if !plain(p) || !plain(q) || p.split(' ').next() == q.split(' ').next() {
        return None;
    }
    let wn = antinomy_ingest::wordnet()?;
    for (ph, pr) in readings(&wn, p).into_iter().flatten() {
        let p_senses = wn.senses(ph, Pos::Verb);
        for (qh, qr) in readings(&wn, q).into_iter().flatten() {
            let q_senses = wn.senses(qh, Pos::Verb);
            let shared = p_senses
                .iter()
                .take(FIRST)
                .filter(|s| q_senses.iter().take(FIRST).any(|t| t == *s))
                .count();
            let link = if shared >= 2 {
                VerbLink::Synonym
            } else if wn.verb_is_a(ph, qh) {
                VerbLink::FirstNarrower
            } else if wn.verb_is_a(qh, ph) {
                VerbLink::SecondNarrower
            } else {
                continue;
            };
            return Some((link, [ph, pr, qh, qr]));
        }
    }
    None
}

/// A plain predicate without the one preposition or particle the reader
/// kept from what follows ("widen to" -> "widen"), unless WordNet knows the
/// two words as one verb ("shut down"): "widened to 9.1%" and "narrowed in
/// the second quarter" oppose their verbs.
pub fn verb_head(p: &str) -> &str {
    let whole = antinomy_ingest::wordnet().is_some_and(|wn| wn.is_word(p, antinomy_ingest::wordnet::Pos::Verb));
    match p.split_once(' ') {
        Some((h, rest)) if !rest.contains(' ') && !whole => h,
        _ => p,
    }
}

/// Whether one predicate is the other followed by a particle or a
/// preposition: "replace" and "replace with", "cross" and "cross into".
/// The reader keeps the preposition of a verb's object in its predicate; a
/// denial of the bare verb ("cannot be replaced") still meets it.
pub fn bare_verb_of(p: &str, q: &str) -> bool {
    with_particle(p, q) || with_particle(q, p)
}

/// Whether `long` is `short` followed by one particle or preposition
/// ("replace with" of "replace"): [`bare_verb_of`] in one direction.
pub fn with_particle(long: &str, short: &str) -> bool {
    !short.is_empty()
        && long
            .strip_prefix(short)
            .and_then(|rest| rest.strip_prefix(' '))
            .is_some_and(|rest| !rest.is_empty() && !rest.contains(' '))
}

/// A source's name followed by a verb that agrees with it: "the ministry
/// says", "Western intelligence agencies say".
pub fn speaks(source: &antinomy_ingest::Source, singular: &str, plural: &str) -> String {
    let verb = if plural_name(&source.name) { plural } else { singular };
    format!("{} {verb}", source.name)
}

/// Whether a source's name is a plural noun phrase: its head (the last
/// word before a post-modifier such as "with", "within", "of") is a
/// lower-case plural ("insiders", "official channels", "agencies"). Names
/// ("Reuters", "Kadyrov") and "-ss" words ("the press") are singular.
fn plural_name(name: &str) -> bool {
    const POST: &[&str] = &[
        "of", "with", "within", "from", "in", "at", "on", "who", "that", "close", "familiar", "speaking",
    ];
    let head = name
        .split_whitespace()
        .take_while(|w| !POST.contains(w))
        .last()
        .unwrap_or("");
    // A capitalised head is a name, unless it opens the sentence as a
    // plural common noun WordNet knows ("Officials said ...", "Engineers
    // warn ..."): "Reuters" is no plural of anything.
    let lower_initial = head.chars().next().is_some_and(char::is_lowercase);
    let capitalised_plural = !lower_initial && name.split_whitespace().count() == 1 && {
        let lower = head.to_lowercase();
        antinomy_ingest::wordnet().is_some_and(|wn| {
            let noun = antinomy_ingest::wordnet::Pos::Noun;
            !wn.is_word(&lower, noun)
                && wn
                    .lemma(&lower, noun)
                    .is_some_and(|lemma| lemma != lower && wn.is_word(lemma, noun))
        }) && lower.ends_with('s')
    };
    (lower_initial || capitalised_plural)
        && head.len() > 3
        && !head.ends_with("ss")
        && !head.ends_with("'s")
        && !head.ends_with("us")
        && !head.ends_with("is")
        && (head.ends_with('s') || matches!(head, "people" | "police" | "media"))
}

/// A phrase placed inside a sentence: a leading capitalised determiner
/// ("This account", "The troops") is lowered; names are left alone.
pub fn mid_sentence(phrase: &str) -> String {
    const DETERMINERS: &[&str] = &[
        "The", "This", "That", "These", "Those", "A", "An", "Its", "Their", "Our",
    ];
    match phrase.split_once(' ') {
        Some((first, rest)) if DETERMINERS.contains(&first) => format!("{} {rest}", first.to_lowercase()),
        _ => phrase.to_string(),
    }
}

/// "praise" -> "praises", "deny" -> "denies", "play down" -> "plays down".
fn third_person(verb: &str) -> String {
    let (first, rest) = verb.split_once(' ').map_or((verb, ""), |(f, r)| (f, r));
    let consonant_y =
        first.len() > 1 && first.ends_with('y') && !first[..first.len() - 1].ends_with(['a', 'e', 'i', 'o', 'u']);
    let inflected = if consonant_y {
        format!("{}ies", &first[..first.len() - 1])
    } else if first.ends_with('s') || first.ends_with("sh") || first.ends_with("ch") {
        format!("{first}es")
    } else {
        format!("{first}s")
    };
    if rest.is_empty() {
        inflected
    } else {
        format!("{inflected} {rest}")
    }
}

/// Collapses whitespace and shortens to `max` characters.
pub fn short(s: &str, max: usize) -> String {
    let flat: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        flat
    } else {
        let cut: String = flat.chars().take(max.saturating_sub(1)).collect();
        format!("{cut}\u{2026}")
    }
}

/// Whether two claims come from the same clause of the same document: a
/// clause that gives a range or two figures ("from 2 June to 20 June") does
/// not contradict itself.
pub fn same_clause(a: &antinomy_ingest::Claim, b: &antinomy_ingest::Claim) -> bool {
    a.doc == b.doc && a.span == b.span
}

#[cfg(test)]
mod agreement_tests {
    use super::plural_name;

    #[test]
    fn plural_sources_take_plural_verbs() {
        for name in [
            "Western intelligence agencies",
            "official Russian channels",
            "insiders with access to briefings",
            "people familiar with the matter",
            "Officials",
            "Engineers",
        ] {
            assert!(plural_name(name), "{name}");
        }
        for name in [
            "the ministry",
            "Reuters",
            "the press",
            "Ramzan Kadyrov",
            "a senior officer of the army",
            "the census",
            "Ministry",
        ] {
            assert!(!plural_name(name), "{name}");
        }
    }
}
