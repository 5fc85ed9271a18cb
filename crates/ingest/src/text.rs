//! Prose to claims.
//!
//! There is no parser and no model here, on purpose: antinomy must run
//! offline, in one binary, at the speed of reading text. The reader is a
//! pipeline of small, predictable steps, each of which a person can follow
//! when an explanation looks wrong:
//!
//! 1. **Sentences**: split at terminal punctuation, except after known
//!    abbreviations, initials and inside numbers; every line break that ends a
//!    heading or a paragraph is a boundary too.
//! 2. **Tokens**: words, numbers and punctuation with their byte offsets, each
//!    tagged with its closed word class (determiner, preposition, auxiliary…)
//!    and with the lexicon terms that start there.
//! 3. **Attribution**: who speaks ("according to X", "X said that", ", X
//!    said", ", claiming that") and with what stance (plain, hedged, denial).
//!    What the attribution covers is the *content*; everything in it is
//!    credited to that source, not to the document.
//! 4. **Pieces**: the content is cut at commas, semicolons and dashes into
//!    pieces. A claim's span is the piece that carries it, which keeps spans at
//!    clause size.
//! 5. **Claims**: lexicon concepts with a slot become "subject has value"
//!    claims; lexicon predicates become event or stance claims. Negators open
//!    a scope that runs to the end of the piece or to "but"; hedges lower the
//!    modality.
//!
//! Anything that yields no claim is returned as a [`RawSkip`] with the reason.

use crate::lexicon::{Lexicon, PredicateKind, Stance, TermKind};
use crate::model::{Entity, Modality, Polarity, Qualifier, Quantity, Source, SourceKind, Span, Value};
pub use crate::sentences::sentences;
use crate::tokens::{strip_possessive, tokenize, Class, Tok, IRREGULAR_PAST};

mod posts;

/// Splits a term or phrase into words the way the tokenizer does.
pub fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-' || c == '.'))
        .map(|w| w.trim_matches(|c| c == '.' || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
}

/// The forms under which a word may be listed in the lexicon: itself,
/// lowercased, and its likely base forms (plural and verb endings removed).
///
/// This is a deliberately small morphology: it over-generates candidates
/// (so "sees" gives "see" and "se"), which costs nothing because a candidate
/// only matters when the lexicon lists it. The forms are those of
/// `LemmaCandidates`, joined.
pub fn lemma_candidates(word: &str) -> Vec<String> {
    let w = word.to_lowercase().replace('’', "'");
    LemmaCandidates::of(&w)
        .iter()
        .map(|(stem, suffix)| format!("{stem}{suffix}"))
        .collect()
}

/// Most forms a word has in [`LemmaCandidates`]: the word itself and the
/// four of an ending in "d" ("-ied" as "-y", "-ed" dropped, "-ed" as "-e", a
/// doubled letter undone); the rules for "s" (three forms) and "g" (three)
/// ask for other last letters, so no word meets two of the three groups.
const MAX_LEMMA_CANDIDATES: usize = 5;

/// The lemma candidates of a word already in lower case, each as the length
/// of a stem (a prefix of the word) and a suffix to put after it
/// ("carried" gives "carried", "carr" + "y", "carri", "carri" + "e"), in
/// the order [`lemma_candidates`] gives them and without repeats.
///
/// Term matching (`Lexicon::matches_at`) asks for the candidates of nearly
/// every word it reads. Built as strings they cost several allocations a
/// word, and the per-thread memo that spared those cost a hash lookup into
/// a table of every word read so far, which mostly missed the processor's
/// caches; made here they cost a few compares of the word's last bytes, and
/// only a candidate with a suffix that the matcher looks up is ever written
/// out (on the stack).
#[derive(Clone, Copy, Debug)]
pub(crate) struct LemmaCandidates<'w> {
    word: &'w str,
    forms: [(usize, &'static str); MAX_LEMMA_CANDIDATES],
    len: usize,
}

impl<'w> LemmaCandidates<'w> {
    /// The candidates of `w`, which must be lower case with plain
    /// apostrophes (what [`lemma_candidates`] makes of a word first).
    pub(crate) fn of(w: &'w str) -> LemmaCandidates<'w> {
        // The word itself always comes first, even when it is empty.
        let mut out = LemmaCandidates {
            word: w,
            forms: [(w.len(), ""); MAX_LEMMA_CANDIDATES],
            len: 1,
        };
        let n = w.len();
        if w.ends_with('s') {
            if w.ends_with("ies") {
                out.push(n - 3, "y");
            }
            if w.ends_with("es") {
                out.push(n - 2, "");
            }
            if !w.ends_with("ss") {
                out.push(n - 1, "");
            }
        } else if w.ends_with('d') {
            if w.ends_with("ied") {
                out.push(n - 3, "y");
            }
            if let Some(stem) = w.strip_suffix("ed") {
                out.push(n - 2, "");
                out.push(n - 2, "e");
                if doubled_last_letter(stem) {
                    out.push(n - 3, "");
                }
            }
        } else if let Some(stem) = w.strip_suffix("ing") {
            out.push(n - 3, "");
            out.push(n - 3, "e");
            if doubled_last_letter(stem) {
                out.push(n - 4, "");
            }
        }
        out
    }

    /// Adds the word's first `stem` bytes followed by `suffix`, unless that
    /// is empty or already there. Every stem is cut before an ASCII ending
    /// (or inside a doubled ASCII letter), so at a character boundary. Two
    /// forms are the same string only when they have the same stem and
    /// suffix: within one ending's group they differ in length or in their
    /// last letter ("-ies" as "-y" against "-ies" less "es", which ends in
    /// "i"), and every other form is shorter than the word.
    fn push(&mut self, stem: usize, suffix: &'static str) {
        if stem == 0 && suffix.is_empty() {
            return;
        }
        if self.forms[..self.len].iter().any(|&(s, x)| s == stem && x == suffix) {
            return;
        }
        debug_assert!(self.len < MAX_LEMMA_CANDIDATES);
        if let Some(slot) = self.forms.get_mut(self.len) {
            *slot = (stem, suffix);
            self.len += 1;
        }
    }

    /// The candidates as (stem, suffix), in order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (&'w str, &'static str)> + '_ {
        let word = self.word;
        self.forms[..self.len]
            .iter()
            .map(move |&(stem, suffix)| (word.get(..stem).unwrap_or(""), suffix))
    }

    /// Whether `form` is one of the candidates.
    pub(crate) fn contains(&self, form: &str) -> bool {
        let form = form.as_bytes();
        self.iter().any(|(stem, suffix)| {
            form.len() == stem.len() + suffix.len()
                && form.starts_with(stem.as_bytes())
                && form.ends_with(suffix.as_bytes())
        })
    }
}

/// Whether a stem ends in a doubled ASCII letter ("stopp" of "stopped"), so
/// dropping one letter is a cut at a character boundary. Comparing the last
/// two bytes alone also matched the tail of a three-byte character whose
/// last two bytes are equal, and slicing there panicked.
pub(crate) fn doubled_last_letter(stem: &str) -> bool {
    let b = stem.as_bytes();
    b.len() >= 2 && b[b.len() - 1].is_ascii_alphabetic() && b[b.len() - 1] == b[b.len() - 2]
}

/// A claim as the prose reader found it, before it gets an id and a graph node.
#[derive(Clone, Debug)]
pub struct RawClaim {
    /// Byte span in the document.
    pub span: Span,
    /// Who.
    pub source: Source,
    /// About what.
    pub subject: Entity,
    /// Predicate id or slot.
    pub predicate: String,
    /// The value.
    pub object: Value,
    /// Affirmed or negated.
    pub polarity: Polarity,
    /// How firmly.
    pub modality: Modality,
}

/// A sentence that gave nothing, and why.
#[derive(Clone, Debug)]
pub struct RawSkip {
    /// Byte span in the document.
    pub span: Span,
    /// Why.
    pub reason: String,
}

/// Everything the prose reader needs besides the text.
pub struct ProseContext<'a> {
    /// The lexicon.
    pub lexicon: &'a Lexicon,
    /// Who speaks when nobody is credited: the document's author, or a YAML
    /// statement's `source`.
    pub default_source: Source,
}

/// Sentences longer than this are skipped (with that reason) rather than
/// read: reading a sentence costs more than linear time in its length, and
/// no news sentence is 4 KiB long; a longer one is a table, a dump or an
/// attack (a megabyte without a full stop).
pub const MAX_SENTENCE_BYTES: usize = 4 * 1024;

/// Reads `text` (which starts at byte `base` of its document) into claims.
pub fn extract(text: &str, base: usize, ctx: &ProseContext<'_>) -> (Vec<RawClaim>, Vec<RawSkip>) {
    extract_with(text, base, ctx, &mut NameRegistry::default())
}

/// Like [`extract`], sharing the names seen so far in the same document
/// (YAML statements of one file are read one by one).
pub fn extract_with(
    text: &str,
    base: usize,
    ctx: &ProseContext<'_>,
    names: &mut NameRegistry,
) -> (Vec<RawClaim>, Vec<RawSkip>) {
    extract_sentences(text, &sentences(text), base, ctx, names)
}

/// [`extract_with`] over the sentences `sentences(text)` gave, for a
/// caller that needs them too (a prose document counts its statements):
/// splitting a text into sentences again costs another pass over it.
pub(crate) fn extract_sentences(
    text: &str,
    sentences: &[Span],
    base: usize,
    ctx: &ProseContext<'_>,
    names: &mut NameRegistry,
) -> (Vec<RawClaim>, Vec<RawSkip>) {
    let mut claims = Vec::new();
    let mut skips = Vec::new();
    // A YAML statement is read on its own: its first pronoun does not
    // point back into the statement before it.
    names.previous_sentence_claims = 0..0;
    for &sentence in sentences {
        if sentence.end() - sentence.start() > MAX_SENTENCE_BYTES {
            skips.push(RawSkip {
                span: Span::new(base + sentence.start(), base + sentence.end()),
                reason: format!("sentence longer than {MAX_SENTENCE_BYTES} bytes, not read"),
            });
            continue;
        }
        let before = claims.len();
        let reason = read_sentence(text, sentence, base, ctx, names, &mut claims);
        spec_line_states(text, sentence, base, ctx, &mut claims);
        with_abilities(&mut claims, before);
        names.previous_sentence_claims = before..claims.len();
        if claims.len() == before {
            skips.push(RawSkip {
                span: Span::new(base + sentence.start(), base + sentence.end()),
                reason: reason.unwrap_or_else(|| "no lexicon concept, predicate or figure in it".into()),
            });
        }
    }
    definite_kinds_as_names(&mut claims);
    (claims, skips)
}

/// "The Petrel is a charter yacht. ... When it was boarded, the yacht was
/// in the channel": a definite common noun after a document has said what one
/// named thing is stands for that thing, when the document names no other
/// thing of that kind. The noun may be the kind itself ("the boat") or a
/// more general one WordNet files it under ("the vessel"). Without this the
/// second sentence is about "the yacht", which no other report's "the
/// Petrel" ever meets. A name is said to be a kind by a linking verb ("is
/// a charter yacht") or by a classifying phrase the lexicon reads
/// ("described the Petrel as a patrol craft"). Only claims after the first
/// such statement are moved, and only plain one-word subjects: with two
/// ferries named, "the ferry" stays "the ferry".
fn definite_kinds_as_names(claims: &mut [RawClaim]) {
    // (claim index, kind noun, name key) for every statement of what a name is.
    let mut declared: Vec<(usize, String, String)> = Vec::new();
    for (i, c) in claims.iter().enumerate() {
        if !c.subject.name || c.polarity != Polarity::Positive {
            continue;
        }
        let kind = match &c.object {
            Value::Entity { key, .. } if c.predicate == "be" => key.clone(),
            Value::Concept { text, .. } if c.predicate == "kind" => {
                text.rsplit(' ').next().map(crate::morph::noun).unwrap_or_default()
            }
            _ => continue,
        };
        if !kind.is_empty() && !kind.contains(' ') {
            declared.push((i, kind, c.subject.key.clone()));
        }
    }
    if declared.is_empty() {
        return;
    }
    let Some(wn) = crate::wordnet() else { return };
    let from = declared[0].0 + 1;
    for (i, claim) in claims.iter_mut().enumerate().skip(from) {
        let general = &claim.subject.key;
        let plain =
            !claim.subject.name && !general.is_empty() && general.chars().all(|c| c.is_ascii_lowercase() || c == '-');
        if !plain {
            continue;
        }
        // The statements of a kind the noun stands for, in claim order.
        let kinds: Vec<&(usize, String, String)> = declared
            .iter()
            .filter(|(_, kind, _)| kind == general || wn.is_a(kind, general))
            .collect();
        let Some(&&(first, ..)) = kinds.first() else { continue };
        let mut named: Vec<&str> = kinds.iter().map(|(_, _, name)| name.as_str()).collect();
        named.sort_unstable();
        named.dedup();
        if let [only] = named[..] {
            if first < i {
                claim.subject.key = only.to_string();
                claim.subject.name = true;
            }
        }
    }
}

/// A specification line states what its label is: "Battery: 6000 mAh,
/// glued to the frame and not replaceable" says the battery is not
/// replaceable. Each comma- or "and"-separated item after the colon that is
/// one adjective, with or without "not", is a state of the label (figures
/// are read by the clause reader, which knows the label too). Longer items
/// ("glued to the frame") are left alone: they are not states.
fn spec_line_states(text: &str, sentence: Span, base: usize, ctx: &ProseContext<'_>, claims: &mut Vec<RawClaim>) {
    // Most sentences are not specification lines: look for "Word:" in the
    // text before tokenizing the sentence a second time.
    let head = &text[sentence.start()..sentence.end()];
    let label_end = head
        .find(|c: char| !(c.is_alphanumeric() || c == '-'))
        .unwrap_or(head.len());
    if label_end == 0 || !head[label_end..].starts_with(':') {
        return;
    }
    let toks = tokenize(text, sentence);
    let (Some(label), Some(colon)) = (toks.first(), toks.get(1)) else {
        return;
    };
    if label.class != Class::Word || colon.text != ":" {
        return;
    }
    let Some(wn) = crate::wordnet() else { return };
    let subject = Entity::new(label.text.to_string(), label.noun());
    let span = Span::new(base + sentence.start(), base + sentence.end());
    let mut item: Vec<&Tok<'_>> = Vec::new();
    let mut flush = |item: &mut Vec<&Tok<'_>>| {
        let (negative, words) = match item.as_slice() {
            [not, rest @ ..] if matches!(not.lower.as_str(), "not" | "never") => (true, rest),
            rest => (false, rest),
        };
        if let [adjective] = words {
            let w = adjective.lower.as_str();
            let plain_adjective = adjective.class == Class::Word
                && wn.is_word(w, crate::wordnet::Pos::Adj)
                && !wn.is_word(w, crate::wordnet::Pos::Noun)
                && !w.ends_with("ed");
            if plain_adjective || able_verb(w).is_some() {
                claims.push(RawClaim {
                    span,
                    source: ctx.default_source.clone(),
                    subject: subject.clone(),
                    predicate: "be".into(),
                    object: Value::Entity {
                        key: w.to_string(),
                        text: adjective.text.to_string(),
                        modifiers: Box::default(),
                    },
                    polarity: if negative {
                        Polarity::Negative
                    } else {
                        Polarity::Positive
                    },
                    modality: Modality::Asserted,
                });
            }
        }
        item.clear();
    };
    for t in &toks[2..] {
        if matches!(t.class, Class::Comma | Class::Stop) || t.lower == "and" {
            flush(&mut item);
        } else {
            item.push(t);
        }
    }
    flush(&mut item);
}

/// "-able" adjectives whose meaning is not "can be V-ed": "a considerable
/// sum" is not one that can be considered.
const LEXICALISED_ABLE: &[&str] = &[
    "available",
    "capable",
    "comfortable",
    "considerable",
    "fashionable",
    "favourable",
    "favorable",
    "honourable",
    "honorable",
    "knowledgeable",
    "miserable",
    "notable",
    "probable",
    "profitable",
    "reasonable",
    "remarkable",
    "respectable",
    "responsible",
    "sensible",
    "suitable",
    "terrible",
    "horrible",
    "valuable",
    "vulnerable",
    "agreeable",
    "comparable",
    "possible",
    "visible",
    "table",
    "vegetable",
    "liable",
    "amiable",
    "sociable",
];

/// The verb an "-able" / "-ible" adjective is formed from, when it means
/// "can be V-ed": "replaceable" → "replace", "washable" →
/// "wash", "removable" → "remove", "forgettable" → "forget".
pub(crate) fn able_verb(adjective: &str) -> Option<String> {
    if LEXICALISED_ABLE.contains(&adjective) || adjective.len() < 7 {
        return None;
    }
    let stem = adjective
        .strip_suffix("able")
        .or_else(|| adjective.strip_suffix("ible"))?;
    let wn = crate::wordnet()?;
    let mut candidates = vec![stem.to_string(), format!("{stem}e")];
    if stem.len() > 2 && doubled_last_letter(stem) {
        candidates.push(stem[..stem.len() - 1].to_string());
    }
    candidates
        .into_iter()
        .find(|v| v.len() >= 3 && wn.is_word(v, crate::wordnet::Pos::Verb))
}

/// "The battery is not replaceable" also says the battery cannot be
/// replaced: for each state claim from `from` on whose adjective is an
/// "-able" form of a verb, a claim with that verb as its predicate, so it
/// meets "the battery can be replaced with a kit".
fn with_abilities(claims: &mut Vec<RawClaim>, from: usize) {
    let derived: Vec<RawClaim> = claims[from..]
        .iter()
        .filter(|c| c.predicate == "be")
        .filter_map(|c| {
            let Value::Entity { key, .. } = &c.object else {
                return None;
            };
            let verb = able_verb(key)?;
            Some(RawClaim {
                predicate: verb,
                object: Value::None,
                ..c.clone()
            })
        })
        .collect();
    claims.extend(derived);
}

/// Lexicon terms found in a token list: (first token, length, kind).
#[derive(Clone, Debug)]
struct Mention {
    at: usize,
    len: usize,
    kind: TermKind,
    /// The words as they should be quoted, when not simply `at..at + len`
    /// ("logistical specialists" read out of "logistical and engineering
    /// specialists").
    text: Option<String>,
}

fn find_mentions(toks: &[Tok<'_>], lex: &Lexicon) -> Vec<Mention> {
    let words: Vec<&str> = toks.iter().map(|t| t.lower.as_str()).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !matches!(
            toks[i].class,
            Class::Word | Class::Aux | Class::Conj | Class::Prep | Class::Det
        ) {
            i += 1;
            continue;
        }
        let found: Vec<(usize, TermKind)> = lex
            .matches_at(&words, i)
            .into_iter()
            .map(|(n, k)| (n, k.clone()))
            .collect();
        // "declined to say", "declines to comment": a refusal, not a fall.
        let refusal = words.get(i + 1) == Some(&"to") && words[i].starts_with("declin");
        if refusal {
            i += 1;
            continue;
        }
        if let Some(&(len, _)) = found.first() {
            for (n, kind) in found.into_iter().filter(|(n, _)| *n == len) {
                out.push(Mention {
                    at: i,
                    len: n,
                    kind,
                    text: None,
                });
            }
            i += len;
            continue;
        }
        // "logistical and engineering specialists": try "logistical specialists".
        if let Some(m) = coordinated_mention(toks, &words, i, lex) {
            out.push(m);
        }
        i += 1;
    }
    out
}

/// In "A and B N", the modifier A also applies to N: if "A N" is a concept,
/// report it at A's position.
fn coordinated_mention(toks: &[Tok<'_>], words: &[&str], i: usize, lex: &Lexicon) -> Option<Mention> {
    if toks.get(i + 1).map(|t| t.lower.as_str()) != Some("and")
        && toks.get(i + 1).map(|t| t.lower.as_str()) != Some("or")
    {
        return None;
    }
    for head in (i + 3)..(i + 6).min(toks.len()) {
        let phrase = [words[i], words[head]];
        if let Some((2, TermKind::Concept(id))) = lex.match_at(&phrase, 0) {
            return Some(Mention {
                at: i,
                len: 1,
                kind: TermKind::Concept(id.clone()),
                text: Some(format!("{} \u{2026} {}", toks[i].text, toks[head].text)),
            });
        }
    }
    None
}

// ---------------------------------------------------------------------------
// Sentences to claims
// ---------------------------------------------------------------------------

/// "The randomised, placebo-controlled study enrolled 842 adults": a comma
/// between two modifiers of one noun lists them; it does not end the
/// phrase. Read as a break, it cut the subject off its determiner and the
/// clause lost its subject ("placebo-controlled study" began a piece of
/// its own). The comma is dropped when it follows a determiner and a word
/// that WordNet has as an adjective and not as a noun (or an "-ed" form it
/// does not have at all), and two lower-case words follow it, the second
/// of them the phrase's next modifier or its head. "The minister, Ana
/// Berg," keeps its comma: "minister" is a noun.
fn listed_adjectives(toks: &mut Vec<Tok<'_>>) {
    let Some(wn) = crate::wordnet() else { return };
    let lower_word = |t: &Tok<'_>| t.class == Class::Word && !t.text.starts_with(char::is_uppercase);
    let mut i = 2;
    while i + 2 < toks.len() {
        let listed = toks[i].class == Class::Comma
            && (toks[i - 2].class == Class::Det || toks[i - 2].lower.ends_with("'s"))
            && (lower_word(&toks[i - 1]) || (toks[i - 1].class == Class::Word && toks[i - 1].initial))
            && lower_word(&toks[i + 1])
            && lower_word(&toks[i + 2])
            && {
                let w = toks[i - 1].lower.as_str();
                let pos = wn.pos_of(w);
                (pos.contains(crate::wordnet::Pos::Adj) && !pos.contains(crate::wordnet::Pos::Noun))
                    || (pos.is_empty() && w.ends_with("ed"))
            };
        if listed {
            toks.remove(i);
        } else {
            i += 1;
        }
    }
}

/// "The mill will not open until June" says it opens in June: the negation belongs to "until", not to the verb. The negator
/// of such a clause is dropped ("not", "never") or its auxiliary made
/// positive ("won't" reads as "will"), and "until" reads as "in", so the
/// clause and its date are read as affirmed. Only a negator with no comma between it and an "until" (or
/// "till") that a month, a weekday, a day number or a year follows.
fn not_until(toks: &mut Vec<Tok<'_>>) {
    let dated = |t: &Tok<'_>| {
        crate::values::month_of(&t.lower).is_some()
            || crate::frames::is_weekday(&t.lower)
            || (t.class == Class::Number && t.lower.len() <= 4)
    };
    let Some(u) = (0..toks.len())
        .find(|&u| matches!(toks[u].lower.as_str(), "until" | "till") && toks[u + 1..].iter().take(3).any(&dated))
    else {
        return;
    };
    let Some(n) = (0..u)
        .rev()
        .take_while(|&k| toks[k].class != Class::Comma)
        .find(|&k| matches!(toks[k].lower.as_str(), "not" | "never") || toks[k].lower.ends_with("n't"))
    else {
        return;
    };
    // The date is then the time of the event: "until January" reads as
    // "in January". "Would" before the negator is the future seen from the
    // report ("said the plant would not begin until January"), a firm date,
    // not a condition: it reads as "will". A real condition ("if ...")
    // still makes the clause hypothetical.
    toks[u].set_lower("in".to_string());
    if n > 0 && toks[n - 1].lower == "would" {
        toks[n - 1].set_lower("will".to_string());
    }
    if matches!(toks[n].lower.as_str(), "not" | "never") {
        toks.remove(n);
    } else {
        let stem = toks[n].lower.trim_end_matches("n't").to_string();
        toks[n].set_lower(match stem.as_str() {
            "wo" => "will".to_string(),
            "ca" => "can".to_string(),
            "sha" => "shall".to_string(),
            _ => stem,
        });
    }
}

/// "The strike is believed to have ended on Friday", "the suspect is
/// thought to be hiding in Velm", "the closure is expected to last until
/// May": a passive verb of belief or report before "to" hedges the clause
/// after it, whose subject is the sentence's. It is read as the hedge
/// "reportedly" before that clause's verb ("the strike reportedly ended on
/// Friday"), so the claim is made, hedged, and its dates and places are the
/// clause's. Without this the sentence's verb was "believe" or "expect"
/// and its dates were asserted as the author's. A negated form ("is not
/// believed to") is left alone: the reader cannot tell what it denies.
fn raised_hedge(toks: &mut Vec<Tok<'_>>) {
    const RAISING: &[&str] = &[
        "believed",
        "thought",
        "said",
        "expected",
        "reported",
        "understood",
        "rumoured",
        "rumored",
        "alleged",
        "feared",
        "presumed",
        "suspected",
    ];
    let Some(k) = (0..toks.len().saturating_sub(3)).find(|&k| {
        toks[k].class == Class::Aux
            && crate::morph::verb(&toks[k].lower) == "be"
            && RAISING.contains(&toks[k + 1].lower.as_str())
            && toks[k + 2].lower == "to"
            && matches!(toks[k + 3].class, Class::Word | Class::Aux)
    }) else {
        return;
    };
    // Only the sentence's own verb group: in "firefighters are battling
    // winds that are expected to gust on Wednesday" the hedge is the
    // relative clause's, and the battle is neither hedged nor on Wednesday.
    let first_verb = toks[..k]
        .iter()
        .any(|t| matches!(t.class, Class::Aux | Class::Wh) || t.lower == "that" || verb_like(t) || progressive(t));
    if first_verb {
        return;
    }
    toks[k + 1].set_lower("reportedly".to_string());
    toks[k + 1].class = Class::Word;
    // "To have ended" is the past: the participle reads as the past verb.
    // "To be hiding" keeps its "be". A bare verb ("to reopen") keeps the
    // auxiliary as "do", so the verb after it is read as finite.
    let perfect = toks[k + 3].lower == "have" && toks.get(k + 4).is_some_and(|t| t.class == Class::Word);
    if perfect {
        toks.remove(k + 3);
    }
    toks.remove(k + 2);
    if perfect || toks[k + 2].class == Class::Aux {
        toks.remove(k);
    } else {
        let emphatic = match toks[k].lower.as_str() {
            "is" => "does",
            "are" => "do",
            _ => "did",
        };
        toks[k].set_lower(emphatic.to_string());
    }
}

/// "Sources close to the talks said a deal was reached": "close to" after
/// a noun for people is where they stand, not the verb "close" (which made
/// the sources close the talks, and lost what they said). It reads as
/// "within", which a source's phrase may hold ("a source within the
/// army").
fn close_to<'t>(toks: &mut Vec<Tok<'t>>, text: &'t str) {
    const PEOPLE: &[&str] = &[
        "source",
        "sources",
        "people",
        "person",
        "those",
        "someone",
        "insider",
        "insiders",
        "official",
        "officials",
        "aide",
        "aides",
        "figure",
        "figures",
    ];
    let Some(k) = (1..toks.len().saturating_sub(2)).find(|&k| {
        toks[k].lower == "close" && toks[k + 1].lower == "to" && PEOPLE.contains(&toks[k - 1].lower.as_str())
    }) else {
        return;
    };
    // One token for both words, quoted as written ("sources close to the
    // talks").
    let (start, end) = (toks[k].start, toks[k + 1].end);
    toks[k].text = &text[start..end];
    toks[k].end = end;
    toks[k].set_lower("within".to_string());
    toks[k].class = Class::Prep;
    toks.remove(k + 1);
}

/// "The rocket failed to reach orbit", "the ministry declined to confirm
/// the deal", "Brey has refused to concede": a verb of failing or refusing
/// before "to" denies the verb after it. It is read as "did not reach",
/// "has not concede(d)", so the clause is the plain negation it means.
/// Before, "declined to confirm the deal" gave the deal confirmed, the
/// opposite of what was said, and "failed to reach" gave an object
/// "reach".
///
/// "The ministry has yet to confirm the deaths", "the figure is yet to be
/// verified": "yet to" after an auxiliary says it has not happened, and
/// reads as "has not confirm(ed)", "is not verified". Before, the deaths
/// were read as confirmed.
fn failed_to(toks: &mut Vec<Tok<'_>>) {
    let Some(k) = (1..toks.len().saturating_sub(2)).find(|&k| {
        let yet = toks[k].lower == "yet" && toks[k - 1].class == Class::Aux;
        (yet || matches!(toks[k].verb(), "fail" | "refuse" | "decline" | "neglect"))
            && !toks[k].lower.ends_with("ing")
            && toks[k - 1].class != Class::Det
            && toks[k + 1].lower == "to"
            && ((toks[k + 2].class == Class::Word && toks[k + 2].verb() == toks[k + 2].lower)
                || (yet && toks[k + 2].lower == "be"))
    }) else {
        return;
    };
    let not = crate::tokens::classify("not", "not");
    // "Has refused to concede" keeps its auxiliary: the refusal reads as
    // "not". "Did not fail to deliver" becomes "did not not deliver", whose
    // negators cancel, as they should.
    if toks[k - 1].class == Class::Aux || toks[k - 1].lower == "not" {
        toks[k].set_lower("not".to_string());
        toks[k].class = not;
        // "Is yet to be verified" reads as "has not been verified": the
        // passive's "be" is kept as the perfect's "been".
        if toks[k + 2].lower == "be" && toks[k].lower == "not" && toks[k - 1].class == Class::Aux {
            let perfect = if toks[k - 1].lower == "are" { "have" } else { "has" };
            toks[k - 1].set_lower(perfect.to_string());
            toks[k + 2].set_lower("been".to_string());
        }
        toks.remove(k + 1);
    } else {
        toks[k].set_lower("did".to_string());
        toks[k].class = Class::Aux;
        toks[k + 1].set_lower("not".to_string());
        toks[k + 1].class = not;
    }
}

/// "The ferry neither sank nor lost its cargo": "neither" before a verb
/// denies it, as "not" does; the verb after "nor" is denied too, as a
/// verb phrase of its own (`verb_phrase_conjunct_at`). Before, "neither"
/// joined the subject ("the ferry neither") and the second verb became the
/// first one's object ("sink = lost").
fn neither_before_verb(toks: &mut [Tok<'_>]) {
    let verb_form = |t: &Tok<'_>| t.class == Class::Word && (verb_like(t) || present_form(t));
    let Some(i) = (1..toks.len().saturating_sub(1)).find(|&i| toks[i].lower == "neither" && verb_form(&toks[i + 1]))
    else {
        return;
    };
    let nor = (i + 2..toks.len().saturating_sub(1)).find(|&j| toks[j].lower == "nor");
    if nor.is_some_and(|j| verb_form(&toks[j + 1])) {
        toks[i].set_lower("not".to_string());
        toks[i].class = crate::tokens::classify("not", "not");
    }
}

/// "Rescuers were unable to reach the village", "the firm was not able to
/// pay its staff": a form of "be" with "unable to" (or "not able to")
/// before a verb's bare form denies that verb, and reads as "did not
/// reach", "did not pay". Before, the clause was a state ("rescuers are
/// unable") and the verb after it was lost.
fn unable_to(toks: &mut Vec<Tok<'_>>) {
    let Some(k) = (1..toks.len().saturating_sub(2)).find(|&k| {
        matches!(toks[k - 1].lower.as_str(), "is" | "are" | "was" | "were")
            && (toks[k].lower == "unable" || (toks[k].lower == "not" && toks[k + 1].lower == "able"))
    }) else {
        return;
    };
    // The words that stand for "not": "unable", or "not able".
    let negator_len = if toks[k].lower == "unable" { 1 } else { 2 };
    let to = k + negator_len;
    let bare = toks
        .get(to + 1)
        .is_some_and(|t| t.class == Class::Word && t.verb() == t.lower);
    if toks.get(to).is_none_or(|t| t.lower != "to") || !bare {
        return;
    }
    let past = matches!(toks[k - 1].lower.as_str(), "was" | "were");
    let third = toks[k - 1].lower == "is";
    toks[k - 1].set_lower(
        if past {
            "did"
        } else if third {
            "does"
        } else {
            "do"
        }
        .to_string(),
    );
    toks[k].set_lower("not".to_string());
    toks[k].class = crate::tokens::classify("not", "not");
    toks.drain(k + 1..=to);
}

/// "The lawyer who acted for the family said ...", "the tremor that
/// shook the plain measured 5.2": a relative clause right after the
/// sentence's subject, with its verb right after the pronoun, is bracketed
/// with commas, as if the writer had set it off. The rest of the reader
/// then reads it as it reads "the lawyer, who acted for the family, said":
/// the clause is about the noun before it, and the sentence's own verb
/// ("said", "measured") is found after it. Without the commas the verb of
/// the relative clause was taken for the sentence's, and the sentence
/// either lost its speaker or its claim.
///
/// The clause ends before the first verb that cannot belong to it: an
/// auxiliary, or a finite verb that no determiner, preposition or "and"
/// comes right before ("the man who was hit by a stolen car died": not
/// "stolen"). Nothing changes when no such verb is found before the end
/// of the sentence or the next stop, or when the pronoun is "that" after a
/// noun that takes a content clause ("the claim that troops had crossed"
/// has no verb right after "that" and is not touched anyway).
fn bracket_subject_relative(toks: &mut Vec<Tok<'_>>) {
    let mut k = 0;
    while k < toks.len() && matches!(toks[k].class, Class::Quote | Class::Conj) {
        k += 1;
    }
    let k = after_fronted_phrase(toks, k, toks.len());
    let Some((a, b)) = noun_phrase_at(toks, k, toks.len()) else {
        return;
    };
    // "A drug developed by Orvane Labs cut the risk": a participle and its
    // agent between the subject and the sentence's verb are a relative
    // clause without its pronoun, bracketed the same way. Without this the
    // participle was the sentence's verb, and "cut the risk" lost its
    // subject and its figures.
    let reduced = b > a
        && b + 2 < toks.len()
        && toks[b - 1].class == Class::Word
        && (is_participle(&toks[b]) || strong_participle(&toks[b]))
        && toks[b + 1].lower == "by";
    if reduced {
        if let Some((_, e)) = noun_phrase_at(toks, b + 2, toks.len()) {
            let verb_after = toks
                .get(e)
                .is_some_and(|t| t.class == Class::Aux || (t.class == Class::Word && verb_like(t)));
            if verb_after {
                let at = toks[e].start;
                toks.insert(e, crate::tokens::virtual_comma(at));
                let at = toks[b].start;
                toks.insert(b, crate::tokens::virtual_comma(at));
            }
        }
        return;
    }
    let opens = b > a
        && b + 2 < toks.len()
        && matches!(toks[b].lower.as_str(), "who" | "that" | "which")
        && toks[b - 1].class == Class::Word
        && (toks[b + 1].class == Class::Aux || verb_like(&toks[b + 1]));
    if !opens {
        return;
    }
    // Past the relative clause's own verb group.
    let mut j = b + 1;
    while j < toks.len() && (toks[j].class == Class::Aux || adverb(&toks[j])) {
        j += 1;
    }
    if j >= toks.len() || toks[j].class != Class::Word {
        return;
    }
    let mut close = None;
    for m in j + 1..toks.len() {
        let t = &toks[m];
        if t.class == Class::Stop || t.class == Class::Wh {
            return;
        }
        if t.class == Class::Comma {
            break;
        }
        let prev = &toks[m - 1];
        let free = !matches!(prev.class, Class::Det | Class::Prep | Class::Conj);
        if t.class == Class::Aux || (free && verb_like(t)) || present_verb(toks, j + 1, m) {
            close = Some(m);
            break;
        }
    }
    // A comma already closes the clause ("the man who fled the scene,
    // police said, ..."), or the verb found closes it; with neither the
    // clause runs to the end and nothing is changed.
    let closed_by_comma = close.is_none() && toks[j + 1..].iter().any(|t| t.class == Class::Comma);
    if close.is_none() && !closed_by_comma {
        return;
    }
    if toks[b].lower == "that" {
        toks[b].set_lower("which".to_string());
    }
    if let Some(m) = close {
        let at = toks[m].start;
        toks.insert(m, crate::tokens::virtual_comma(at));
    }
    let at = toks[b].start;
    toks.insert(b, crate::tokens::virtual_comma(at));
}

/// Remembers full names seen in one document, so "Kadyrov" later in the text
/// meets "Ramzan Kadyrov" earlier: a last-name coreference, nothing more.
#[derive(Default)]
pub struct NameRegistry {
    full: Vec<(Vec<String>, String)>,
    last_named: Option<Source>,
    /// The last source, named or not, credited with a claim: whom "that
    /// claim", "those reports" and "That is untrue" answer (see
    /// [`account_reference`]).
    last_speaker: Option<Source>,
    /// "a convoy of trucks": the trucks are the convoy's (member noun,
    /// group noun), for the rest of the document; `None` once a second
    /// group claims the same members ("a column of trucks" too).
    collectives: Vec<(String, Option<String>)>,
    /// Capitalised words read inside sentences (see
    /// [`NameRegistry::note_story_words`]); `None` when nobody asked.
    story_words: Option<Vec<String>>,
    /// The claims the last sentence gave (their range in the document's
    /// claims): what they were about is what "it", "he", "she" or "they"
    /// opening the next sentence may stand for (see
    /// [`referent_of_opening_pronoun`]). Empty after a sentence that gave
    /// no claim, whose subject nobody knows. A range, not the entities:
    /// few sentences open with a pronoun, and copying every sentence's
    /// subjects would cost every sentence.
    previous_sentence_claims: std::ops::Range<usize>,
}

impl NameRegistry {
    /// Notes the capitalised words inside the sentence (not its first):
    /// the document's story words (see [`crate::stories`]).
    fn note_story_words(&mut self, toks: &[Tok<'_>]) {
        let Some(story_words) = self.story_words.as_mut() else {
            return;
        };
        for t in toks {
            if t.class != Class::Word || t.initial || !t.text.starts_with(|c: char| c.is_uppercase()) {
                continue;
            }
            // Names repeat: a word already noted is not judged again.
            let bare = strip_possessive(&t.lower);
            if story_words.iter().any(|w| w == bare) {
                continue;
            }
            if let Some(word) = crate::stories::story_word(bare) {
                story_words.push(word.to_string());
            }
        }
    }

    /// A registry that also notes the document's story words.
    pub(crate) fn noting_story_words() -> NameRegistry {
        NameRegistry {
            story_words: Some(Vec::new()),
            ..NameRegistry::default()
        }
    }

    /// The story words noted so far, taken out.
    pub(crate) fn take_story_words(&mut self) -> Vec<String> {
        self.story_words.take().unwrap_or_default()
    }

    /// Notes every "N of Ms" in a sentence where N is a group of things
    /// (a convoy, a fleet, a column): later, "the Ms" of the document are
    /// that group. Groups of people ("a team of doctors", "a crowd of
    /// fans") are left out, as people are never merged by kind.
    fn note_collectives(&mut self, toks: &[Tok<'_>]) {
        let Some(wn) = crate::wordnet() else { return };
        for k in 1..toks.len().saturating_sub(1) {
            let (group, of, member) = (&toks[k - 1], &toks[k], &toks[k + 1]);
            if of.lower != "of" || group.class != Class::Word || member.class != Class::Word {
                continue;
            }
            let singular = member.noun().to_string();
            if singular == member.lower || !wn.is_word(&singular, crate::wordnet::Pos::Noun) {
                continue;
            }
            let group_noun = group.noun().to_string();
            let labels: Vec<&str> = wn
                .first_sense_paths(&group_noun)
                .iter()
                .flatten()
                .filter_map(|id| wn.synset(*id).map(|s| s.label()))
                .collect();
            let of_things = labels.contains(&"group")
                && !labels
                    .iter()
                    .any(|l| matches!(*l, "social group" | "people" | "person" | "animal"));
            if !of_things || wn.is_a(&singular, "person") || wn.is_a(&singular, "animal") {
                continue;
            }
            match self.collectives.iter_mut().find(|(m, _)| *m == singular) {
                Some((_, g)) if g.as_deref() != Some(group_noun.as_str()) => *g = None,
                Some(_) => {}
                None => self.collectives.push((singular, Some(group_noun))),
            }
        }
    }

    /// The group a plural noun's members make in this document, if one.
    fn collective_of(&self, member: &str) -> Option<&str> {
        self.collectives
            .iter()
            .find(|(m, _)| m == member)
            .and_then(|(_, g)| g.as_deref())
    }

    fn resolve(&mut self, words: &[String]) -> String {
        let key = words.join(" ");
        if words.len() >= 2 {
            if !self.full.iter().any(|(_, k)| *k == key) {
                self.full.push((words.to_vec(), key.clone()));
            }
            return key;
        }
        for (full, k) in self.full.iter().rev() {
            if full.ends_with(words) {
                return k.clone();
            }
        }
        key
    }
}

struct Attribution {
    source: Source,
    stance: Stance,
    /// Token range of the content the source is credited with.
    content: (usize, usize),
}

fn read_sentence(
    text: &str,
    sentence: Span,
    base: usize,
    ctx: &ProseContext<'_>,
    names: &mut NameRegistry,
    claims: &mut Vec<RawClaim>,
) -> Option<String> {
    let mut toks = tokenize(text, sentence);
    // "DUNMERE, 2 June (Coastline News) — The navy said ...": the dateline
    // names where and when the story was filed, not when anything happened.
    if let Some(after) = dateline_end(text, &toks) {
        toks.drain(..after);
    }
    // "RQ-4: The kiosk shall be available ...": an identifier and its colon
    // number the sentence, which starts after them. Read with them, the
    // identifier was taken for a specification line's label (what the
    // figures measure) and the capital after the colon for a name's. A
    // label with no digit ("Battery: 72 Wh") is the line's subject, and
    // stays.
    let numbered = toks.len() > 3
        && toks[0].class == Class::Word
        && toks[0].lower.bytes().any(|b| b.is_ascii_digit())
        && toks[1].text == ":";
    if numbered {
        toks.drain(..2);
        toks[0].initial = true;
    }
    not_until(&mut toks);
    listed_adjectives(&mut toks);
    close_to(&mut toks, text);
    bracket_subject_relative(&mut toks);
    raised_hedge(&mut toks);
    failed_to(&mut toks);
    unable_to(&mut toks);
    neither_before_verb(&mut toks);
    names.note_collectives(&toks);
    // A heading (no closing punctuation) names a story; its figures, dates
    // and places are the story's filing details, not claims to compare.
    let heading = !text[sentence.start()..sentence.end()]
        .trim_end()
        .ends_with(['.', '!', '?', '"', '\'', '\u{201d}', '\u{2019}']);
    if !heading {
        names.note_story_words(&toks);
    }
    if toks
        .iter()
        .filter(|t| t.class != Class::Stop && t.class != Class::Comma && t.class != Class::Quote)
        .count()
        < 3
        // "It wasn't." is short, but a verdict on what was said before.
        && falsity_verdict(&toks, (0, toks.len())).is_none()
    {
        return Some("too short to carry a claim".into());
    }
    if toks.last().is_some_and(|t| t.text == "?") {
        return Some("a question asserts nothing".into());
    }
    let mentions = find_mentions(&toks, ctx.lexicon);
    let attribution = find_attribution(&toks, &mentions, ctx, names);
    let (source, stance, content) = match &attribution {
        Some(a) => (a.source.clone(), a.stance, a.content),
        None => (ctx.default_source.clone(), Stance::Assert, (0, toks.len())),
    };
    if content.0 >= content.1 {
        return Some("attribution without content".into());
    }
    // "did not say how long the crossing would stay closed", "declined to
    // say whether": what follows an unanswered question is not asserted.
    let content = match indirect_question_at(&toks, content) {
        Some(q) if q <= content.0 => return Some("an indirect question asserts nothing".into()),
        Some(q) => (content.0, q),
        None => content,
    };
    // "The board dismissed those reports, saying P": the act before the
    // participle is a claim of its own, read before the content so that
    // "those reports" still points at whoever spoke before the board.
    let head_made = attribution
        .as_ref()
        .and_then(|a| stance_before_participle(&toks, &mentions, a, ctx.lexicon))
        .is_some_and(|c| {
            read_sentence(text, Span::new(toks[0].start, toks[c].start), base, ctx, names, claims).is_none()
        });
    let first_claim = claims.len();
    // "That is simply untrue: ...": a verdict on what was last said.
    if let Some((start, end)) = falsity_verdict(&toks, content) {
        if let Some(target) = names.last_speaker.clone().filter(|t| t.key != source.key) {
            let span = piece_span(&toks, start, end, base);
            claims.push(RawClaim {
                span,
                source: source.clone(),
                subject: Entity::new(join_text(&toks[start..end]), format!("account-of:{}", target.key)),
                predicate: "deny".into(),
                object: Value::None,
                polarity: Polarity::Positive,
                modality: match (&attribution, stance) {
                    (None, _) => Modality::Asserted,
                    (Some(_), Stance::Hedge) => Modality::Hedged,
                    (Some(_), _) => Modality::Reported,
                },
            });
            // What backs the verdict, after its colon or dash, is read as a
            // sentence of its own.
            if content.1 == toks.len() && end + 3 < toks.len() {
                read_sentence(
                    text,
                    Span::new(toks[end + 1].start, sentence.end()),
                    base,
                    ctx,
                    names,
                    claims,
                );
            }
            return None;
        }
    }
    // "The Union Party claimed that P, but the Herald found no evidence":
    // the speaker's content ends where another party speaks or judges; that
    // clause is read as a sentence of its own.
    let rebuttal = attribution
        .as_ref()
        .filter(|a| a.content.0 > 0 && a.content.1 == toks.len())
        .and_then(|_| voiced_contrast_at(&toks, &mentions, content, ctx.lexicon));
    // So does a sentence with no attribution found: "The board named the
    // pipe as the cause, but engineers in the town said the tests were
    // clean", "the well was the source, officials said, but engineers said
    // ...". Each half is read as a sentence of its own, so the first finds
    // its own speaker (or is the author's) and the second is the other
    // party's; read whole, the second was lost and the first given to the
    // author.
    if attribution.is_none() && content == (0, toks.len()) {
        if let Some(k) = voiced_contrast_at(&toks, &mentions, content, ctx.lexicon) {
            let head = Span::new(toks[0].start, toks[k].start);
            let tail = Span::new(toks[k + 2].start, sentence.end());
            let first = read_sentence(text, head, base, ctx, names, claims);
            let second = read_sentence(text, tail, base, ctx, names, claims);
            return first.and(second);
        }
    }
    let content = match rebuttal {
        Some(k) => (content.0, k),
        None => content,
    };
    // "The company denied that the vessel was held, saying it had left on
    // Monday": what the speaker goes on to say after a reporting participle
    // is its own account, not more of what it denied; it is read after the
    // content as a sentence the speaker asserts.
    let trailing = attribution
        .as_ref()
        .filter(|a| a.content.0 > 0 && rebuttal.is_none())
        .and_then(|_| trailing_report_at(&toks, &mentions, content));
    let content = match trailing {
        Some((comma, _)) => (content.0, comma),
        None => content,
    };
    let attributed = attribution.is_some();
    let pieces = pieces(&toks, content);
    // "May" with a capital inside a sentence is the month, not the modal.
    let hedge_at = |k: usize| {
        let t = &toks[k];
        !(t.lower == "may" && !t.initial && t.text.starts_with('M'))
            && mentions.iter().any(|m| m.at == k && m.kind == TermKind::Hedge)
    };
    // A hedge inside a relative clause set off by commas ("..., which the
    // minister said could ruin the port") hedges that clause only: the
    // sentence's own claims stay as firm as its own words.
    let hedged_pieces: Vec<bool> = pieces.iter().map(|&(ps, pe)| (ps..pe).any(hedge_at)).collect();
    let relative_piece = |&(ps, pe): &(usize, usize)| {
        toks[ps..pe]
            .iter()
            .find(|t| !matches!(t.class, Class::Comma | Class::Quote))
            .is_some_and(|t| matches!(t.lower.as_str(), "which" | "who" | "whose"))
    };
    let sentence_hedged = pieces
        .iter()
        .zip(&hedged_pieces)
        .any(|(piece, &hedged)| hedged && !relative_piece(piece))
        || (content.0..content.1).any(hedge_at) && pieces.is_empty();
    let base_modality = match stance {
        Stance::Hedge => Modality::Hedged,
        Stance::Deny => Modality::Denied,
        Stance::Assert if sentence_hedged => Modality::Hedged,
        Stance::Assert if attributed => Modality::Reported,
        Stance::Assert => Modality::Asserted,
    };
    let sentence_modality = base_modality;
    let subject = speaker_of_gerund(&toks, content, attribution.as_ref(), ctx.lexicon, names)
        .or_else(|| sentence_subject(&toks, content, ctx.lexicon, names))
        .or_else(|| {
            attribution
                .as_ref()
                .and_then(|a| possessor_of_evidence(&toks, a.content, ctx.lexicon, names))
        })
        .map(|s| (s, false))
        .or_else(|| speaker_of_pronoun(&toks, content, attribution.as_ref(), ctx.lexicon, names).map(|s| (s, true)))
        .or_else(|| {
            let previous = claims.get(names.previous_sentence_claims.clone()).unwrap_or_default();
            referent_of_opening_pronoun(&toks, content, attribution.as_ref(), previous).map(|s| (s, true))
        });
    // Where the pronoun that stands for the speaker is, when it does
    // ("the bank denied that it had ..."): the clause is read from the word
    // after it, with the speaker as its subject.
    let speaker_pronoun = subject
        .as_ref()
        .is_some_and(|&(_, speaker)| speaker)
        .then(|| skip_introduction(&toks, content));
    let subject = subject.map(|(s, _)| s);
    let mut possessor: Option<Entity> = None;
    // The subject of the last piece's clause: a verb phrase joined by "and"
    // ("a girl is skating and a boy is waving and laughing") is said of it,
    // not of the sentence's first subject.
    let mut last_clause_subject: Option<Entity> = None;
    // The place a copula clause put its subject at ("is on the pier"), for
    // a verb phrase joined to it (see below).
    let mut last_clause_place: Option<(String, Value)> = None;
    let mut last_clause_negative = false;
    // The clause claims of this piece (a range of `claims`), which a
    // verb-phrase conjunct after it ties to its own (`model::CONJUNCT`).
    let mut clause_claims = (0, 0);
    let mut made_any = head_made;
    for (pi, &(ps, pe)) in pieces.iter().enumerate() {
        let base_modality = hedged_if(sentence_modality, hedged_pieces[pi]);
        // "..., whose fighters were ...": the fighters belong to the last
        // noun phrase of the previous piece.
        let whose = toks.get(ps).is_some_and(|t| t.lower == "whose");
        if whose && pi > 0 {
            let (qs, qe) = pieces[pi - 1];
            possessor = last_noun_phrase(&toks, qs, qe).map(|(a, b)| entity_of(&toks[a..b], ctx.lexicon, names));
        }
        // "..., the old footbridge, which was pulled down by ...": the relative
        // clause is about the last noun phrase before it, not the
        // sentence's subject.
        let antecedent = (pi > 0 && relative_clause_at(&toks, ps, pe))
            .then(|| {
                let (qs, qe) = pieces[pi - 1];
                // "A red tug passed us, then another one, which was
                // green,": "another one" (or "the other one") is a second
                // thing of the subject's kind, set apart as
                // `set_apart_other_referents` sets apart "another tug", so
                // the green is not said of the red tug.
                if qe >= qs + 2
                    && toks[qe - 1].lower == "one"
                    && matches!(toks[qe - 2].lower.as_str(), "another" | "other")
                {
                    let mut other = subject.clone()?;
                    other.key = format!("{}#other@{}", other.key, base + toks[qe - 2].start);
                    return Some(other);
                }
                let (mut a, mut b) = last_noun_phrase(&toks, qs, qe)?;
                // "the footbridge north of the mill, which ...": the
                // bridge, which the compass phrase places.
                let mut p = a;
                while p > qs && toks[p - 1].class == Class::Det {
                    p -= 1;
                }
                if p >= qs + 2 && compass_of(&toks, p - 2) {
                    (a, b) = last_noun_phrase(&toks, qs, p - 2)?;
                }
                Some(entity_of(&toks[a..b], ctx.lexicon, names))
            })
            .flatten();
        let piece_subject = if whose {
            possessor.clone()
        } else if antecedent.is_some() {
            antecedent.clone()
        } else {
            own_subject(&toks, ps, pe, ctx.lexicon, names).or_else(|| subject.clone())
        };
        let span = piece_span(&toks, ps, pe, base);
        // "(A man is humming) and sewing a hem": a verb phrase that shares
        // the last piece's subject (see `verb_phrase_conjunct_at`).
        let vp_conjunct = pi > 0
            && matches!(toks[ps - 1].lower.as_str(), "and" | "but" | "nor")
            && verb_phrase_conjunct_at(&toks, pieces[pi - 1].0, ps - 1, content.1);
        // "(The ferry did not sink) but reached the island": a verb phrase
        // in contrast with the one before, so neither its denial nor its
        // pairing (`tie_conjuncts`) carries over. "(Neither sank) nor lost
        // its cargo" is denied on its own (`neither_before_verb`).
        let nor_conjunct = vp_conjunct && toks[ps - 1].lower == "nor";
        let contrast = vp_conjunct && (toks[ps - 1].lower == "but" || nor_conjunct);
        // "(The twins are not skating) and waving": a bare "-ing" conjunct,
        // denied with the clause it joins.
        let bare_ing_conjunct = vp_conjunct && !contrast && progressive(&toks[ps]);
        let last_clause_claims = std::mem::take(&mut clause_claims);
        // The clause claim: who does what to what. A lexicon predicate on its
        // verb names it ("hailed" -> praise); the event claim below is then
        // made here, with the object, instead of without it.
        // "..., outside X": a bare phrase of place, read with the piece
        // before it (see `whereabouts`).
        let bare_outside = toks[ps].lower == "outside" && !toks[ps..pe].iter().any(|t| t.class == Class::Aux);
        let clause = if whose || bare_outside {
            None
        } else if let Some(a) = antecedent.as_ref() {
            clause_of(&toks, ps + 1, pe, Some(a), ctx.lexicon, names)
        } else {
            let fallback = last_clause_subject
                .as_ref()
                .filter(|_| vp_conjunct)
                .or(subject.as_ref());
            // "(denies) having insulted the referee": read from the
            // participle, as "insulted the referee".
            let having = toks[ps].lower == "having" && gerund_after(&toks, ps) && ps + 1 < pe;
            let from = if speaker_pronoun == Some(ps) || having {
                ps + 1
            } else {
                ps
            };
            let mut clause = clause_of(&toks, from, pe, fallback, ctx.lexicon, names);
            if let Some(c) = clause.as_mut().filter(|_| nor_conjunct) {
                c.negative = true;
            }
            if let Some(c) = clause.as_mut().filter(|_| bare_ing_conjunct) {
                c.negative ^= last_clause_negative;
            }
            // "A juggler is on the pier and is singing": the subject is
            // where the first clause puts it while it does the second, so
            // the singing is on the pier (and meets "there is no juggler
            // singing on the pier"). Only a verb with nothing after it, and
            // only a place the first clause asserts.
            if let (Some(c), Some((prep, place))) = (clause.as_mut().filter(|_| vp_conjunct), last_clause_place.take())
            {
                if c.verb_at.is_some() && !c.negative {
                    // The subject is at the place too, as "there is no
                    // juggler on the pier singing" says of its juggler
                    // (`adjuncts_before_progressive`): the place joins the
                    // subject's modifiers in that shape ("on:pier"), so
                    // that denial meets the sentence too.
                    // The place's own key, not `Value::key` ("entity:quay"),
                    // which made "on:entity:quay" and met nothing.
                    let head = match &place {
                        Value::Entity { key, .. } => key.rsplit(' ').next().unwrap_or_default().to_string(),
                        _ => String::new(),
                    };
                    if let Value::Entity { modifiers, .. } = &place {
                        if !prep.contains(' ') && !head.is_empty() {
                            c.subject.modifiers.push(format!("{prep}:{head}"));
                            for m in modifiers.iter().filter(|m| !m.contains(':')) {
                                c.subject.modifiers.push(format!("{prep}:{head}:{m}"));
                            }
                            c.subject.modifiers.sort();
                            c.subject.modifiers.dedup();
                        }
                    }
                    match &mut c.object {
                        Value::None if !c.predicate.contains(' ') => {
                            c.predicate = format!("{} {prep}", c.predicate);
                            c.object = place;
                        }
                        // "... and is mending a net": mended on the quay,
                        // an adjunct of the object as "mending a net on
                        // the quay" gives.
                        Value::Entity { modifiers, .. } => {
                            let mut all: Vec<String> = modifiers.to_vec();
                            all.push(format!("{}:{head}", prep.replace(' ', "-")));
                            all.sort();
                            all.dedup();
                            *modifiers = all.into();
                        }
                        _ => {}
                    }
                }
            }
            clause
        };
        last_clause_place = clause.as_ref().and_then(|c| {
            let prep = c.predicate.strip_prefix("be ")?;
            let place = PLACE_PREPOSITIONS.contains(&prep)
                || matches!(prep, "on top of" | "in front of" | "next to" | "close to");
            (place && !c.negative && matches!(c.object, Value::Entity { .. }))
                .then(|| (prep.to_string(), c.object.clone()))
        });
        // Where the subject of "there is (no) X ..." ends: at its verb, or
        // at the end of the piece when it has none.
        let existential_until =
            opens_existential(&toks, ps).then(|| clause.as_ref().and_then(|c| c.verb_at).unwrap_or(pe));
        // Both conjuncts under one denial: "there is no man humming and
        // sewing".
        let shared_denial = bare_ing_conjunct && last_clause_negative;
        last_clause_subject = clause.as_ref().map(|c| c.subject.clone());
        last_clause_negative = clause.as_ref().is_some_and(|c| c.negative);
        let mut clause_verb_mention: Option<usize> = None;
        // "X called the accord 'a historic turning point'": a describing
        // verb with an evaluative word after its object is a stance of X
        // towards the object.
        // "... said her players had been sharper and called the umpiring
        // 'sloppy'": a describing verb coordinated after the clause's
        // own verb is read the same way, its agent the clause's speaker.
        // A copula's clause has no verb token: the search starts at the piece.
        let coordinated_description = clause
            .as_ref()
            .map(|c| c.verb_at.unwrap_or(ps))
            .filter(|&v| !ctx.lexicon.is_describing_verb(toks[v].verb()))
            .and_then(|v| coordinated_describing_verb(&toks, v, pe, ctx.lexicon))
            .and_then(|d| {
                let (a, b) = noun_phrase_at(&toks, d + 1, pe).filter(|&(a, _)| a == d + 1)?;
                let entity = entity_of(&toks[a..b], ctx.lexicon, names);
                Some((d, entity))
            });
        let described = clause
            .as_ref()
            .and_then(|c| match (c.verb_at, &c.object) {
                (Some(v), Value::Entity { key, text, modifiers }) => {
                    Some((v, object_entity(key, text, modifiers), c.negative))
                }
                _ => None,
            })
            .filter(|(v, ..)| ctx.lexicon.is_describing_verb(toks[*v].verb()))
            .or_else(|| coordinated_description.map(|(d, e)| (d, e, false)));
        // "Called the umpiring poor": without quotes the evaluative word
        // closes the object phrase, and is the stance, not part of what the
        // stance is on.
        let described = described.map(|(v, target, negative)| {
            let evaluated_tail = noun_phrase_at(&toks, v + 1, pe)
                .filter(|&(a, b)| a == v + 1 && b > a + 1 && ctx.lexicon.evaluation(&toks[b - 1].lower).is_some());
            match evaluated_tail {
                Some((a, b)) => (v, entity_of(&toks[a..b - 1], ctx.lexicon, names), negative),
                None => (v, target, negative),
            }
        });
        if let Some((v, target, negative)) = described {
            let stop = (v..toks.len())
                .find(|&j| toks[j].class == Class::Stop)
                .unwrap_or(toks.len());
            // "Called the company's account false": a verdict on what the
            // company said, as "that is false" after it is.
            let verdict = target.key.starts_with("account-of:")
                && toks[v + 1..stop]
                    .iter()
                    .any(|t| FALSE_WORDS.contains(&t.lower.as_str()));
            let evaluation = if verdict {
                Some("deny")
            } else {
                toks[v + 1..stop].iter().find_map(|t| ctx.lexicon.evaluation(&t.lower))
            };
            if let Some(stance_id) = evaluation {
                let agent = match shared_subject_agent(&toks, content, v, attribution.as_ref(), ctx.lexicon, names) {
                    Some(shared) => Some(shared),
                    None => agent_before(&toks, content.0, v).map(|(a, b)| source_of(&toks[a..b], ctx.lexicon, names)),
                };
                let polarity = if negative {
                    Polarity::Negative
                } else {
                    Polarity::Positive
                };
                claims.push(stance_claim(
                    span,
                    agent,
                    &source,
                    base_modality,
                    target,
                    stance_id.to_string(),
                    polarity,
                ));
                made_any = true;
            }
        }
        if let Some(c) = clause {
            let verb_mention = c
                .verb_at
                .and_then(|v| mentions.iter().position(|m| v >= m.at && v < m.at + m.len));
            let kind = verb_mention.map(|i| &mentions[i].kind);
            let predicate = match kind {
                // "The stoker jumped onto the tender", "the goat climbs up
                // the quarry face": a person or an animal that jumps or
                // climbs moves its body; it does not rise as a price rises.
                // Read as the lexicon's rise, the verb lost its preposition,
                // so a jump onto a thing met a denial of a jump into it.
                Some(TermKind::Predicate(id)) if bodily_motion(id, &c.subject) => Some(c.predicate.clone()),
                // "Tessera 4.2 drops support for", "declined the offer",
                // "the firm increased its prices": with a thing as its
                // object a verb of rising or falling makes or refuses
                // something; only what rises or falls of itself does
                // ("sales fell 5 percent", "rose to a record": a
                // preposition's object). Nor is a thing that "was dropped"
                // one that fell.
                Some(TermKind::Predicate(id))
                    if matches!(id.as_str(), "rise" | "fall")
                        && ((matches!(c.object, Value::Entity { .. }) && !c.predicate.contains(' '))
                            || (c.passive && c.verb_at.is_some_and(|v| toks[v].verb() == "drop"))) =>
                {
                    // The mention is the clause's verb, read as it is: it
                    // makes no claim of its own below.
                    clause_verb_mention = verb_mention;
                    Some(c.predicate.clone())
                }
                Some(TermKind::Predicate(id))
                    if ctx
                        .lexicon
                        .predicate(id)
                        .is_some_and(|p| p.kind == PredicateKind::Event) =>
                {
                    clause_verb_mention = verb_mention;
                    Some(id.clone())
                }
                // "The photo shows a harbour": a verb of evidence that
                // reports no clause is a plain verb.
                Some(TermKind::Reporting(_))
                    if attribution.is_none()
                        && c.verb_at
                            .is_some_and(|v| evidence_verb(&toks[v]) || plain_report(&toks, v, pe)) =>
                {
                    Some(c.predicate.clone())
                }
                // "The fans were celebrating": a verb of stance with no
                // one to take it towards is the plain verb.
                Some(TermKind::Predicate(id))
                    if (c.object == Value::None || c.predicate.contains(' '))
                        && c.verb_at.is_some_and(|v| toks[v].lower.ends_with("ing"))
                        && ctx
                            .lexicon
                            .predicate(id)
                            .is_some_and(|p| p.kind == PredicateKind::Stance) =>
                {
                    Some(c.predicate.clone())
                }
                // Stances and attributions are read elsewhere.
                Some(TermKind::Predicate(_)) | Some(TermKind::Reporting(_)) => None,
                // "The assembly passed the amendment": passing a proposal
                // approves it.
                _ if c.predicate == "pass"
                    && matches!(&c.object, Value::Entity { key, .. } if is_proposal_key(key)) =>
                {
                    Some("approve".to_string())
                }
                // "The bridge is down": a copula and its particle, with no
                // verb for a mention to sit on, may still be a lexicon
                // predicate ("be down").
                _ if c.verb_at.is_none() => {
                    Some(copula_predicate(ctx.lexicon, &c.predicate).unwrap_or_else(|| c.predicate.clone()))
                }
                // "The inspection is continuing", "talks are continuing":
                // with nothing after it, work not yet done, as "ongoing"
                // is. The lexicon cannot list "continue" ("continued to
                // trade", "continuing talks" are not unfinished work).
                _ if c.predicate == "continue"
                    && c.object == Value::None
                    && c.verb_at.is_some_and(|v| {
                        toks[v].lower == "continuing"
                            && toks
                                .get(v + 1)
                                .is_none_or(|t| matches!(t.class, Class::Stop | Class::Comma | Class::Conj))
                    }) =>
                {
                    Some(UNFINISHED.to_string())
                }
                _ => Some(c.predicate.clone()),
            };
            if let Some(predicate) = predicate {
                // A clause's polarity, turned over when the speaker denies it.
                let polarity_of = |negative: bool| {
                    let p = if negative {
                        Polarity::Negative
                    } else {
                        Polarity::Positive
                    };
                    if stance == Stance::Deny {
                        p.flip()
                    } else {
                        p
                    }
                };
                // "The dock was in use and not safe": a second state joined by "and" / "but"
                // shares the subject of a copula.
                let states = if c.predicate == "be"
                    || c.predicate.starts_with("be ")
                    || LINKING_VERBS.contains(&c.predicate.as_str())
                {
                    coordinated_states(&toks, c.verb_at.unwrap_or(ps), pe)
                } else {
                    Vec::new()
                };
                // "The court convicted the captain" is about the captain,
                // as "the captain was acquitted" is.
                let about_object = ctx
                    .lexicon
                    .predicate(&predicate)
                    .is_some_and(|p| p.about == crate::lexicon::About::Object);
                // An about-object verb's object is the claim's subject, with
                // the verdict's charge (if any) as its object.
                let about = about_object && !c.passive;
                let charge = c.charge.clone().unwrap_or(Value::None);
                let parts = |subject: Entity, object: Value| match (&object, about) {
                    (Value::Entity { key, text, modifiers }, true) => {
                        (object_entity(key, text, modifiers), charge.clone())
                    }
                    _ => (subject, object),
                };
                let described_subject = c.described.map(|d| (c.subject.clone(), d));
                // "The hull was scraped by a deckhand", also as "a deckhand
                // scraped the hull" (an about-object verb is already read as
                // what it did to its object). A lexicon event keeps its id.
                let active_claim = c
                    .active
                    .filter(|_| !about_object)
                    .map(|(agent, verb, patient, negative)| RawClaim {
                        span,
                        source: source.clone(),
                        subject: agent,
                        predicate: if predicate == c.predicate {
                            verb
                        } else {
                            predicate.clone()
                        },
                        object: patient,
                        polarity: polarity_of(negative),
                        modality: base_modality,
                    });
                let (subject, object) = parts(c.subject, c.object);
                let state_subject = (!states.is_empty()).then(|| subject.clone());
                let claim = |subject: Entity, object: Value| RawClaim {
                    span,
                    source: source.clone(),
                    subject,
                    predicate: predicate.clone(),
                    object,
                    polarity: polarity_of(c.negative),
                    modality: base_modality,
                };
                // "Neither patients nor doctors knew": denied of each.
                let nor_claim = c
                    .nor
                    .filter(|_| !about_object || c.passive)
                    .map(|second| claim(second, object.clone()));
                // "Supports encryption and guest networks": said of each.
                let also_claim = c.also.map(|second| {
                    let (s, o) = parts(subject.clone(), second);
                    claim(s, o)
                });
                let clause_from = claims.len();
                claims.push(RawClaim {
                    span,
                    source: source.clone(),
                    subject,
                    predicate,
                    object,
                    polarity: polarity_of(c.negative),
                    modality: base_modality,
                });
                claims.extend(nor_claim);
                claims.extend(also_claim);
                // "A dog wearing a collar is (not) barking": the wearing is
                // asserted too, of the dog and whatever its barking.
                let described_claim = described_subject.map(|(subject, (verb, object))| RawClaim {
                    span,
                    source: source.clone(),
                    subject,
                    predicate: verb,
                    object,
                    polarity: Polarity::Positive,
                    modality: base_modality,
                });
                // An about-object verb's claim is about its object, which
                // does not do the verb: no conjunct is tied to it.
                if !about {
                    clause_claims = (clause_from, claims.len());
                }
                let last = claims.len() - 1;
                claims.extend(whereabouts(&toks, &pieces, pi, base, &claims[last], ctx.lexicon, names));
                if let Some(subject) = state_subject {
                    for (adjective, negative) in states {
                        claims.push(RawClaim {
                            span,
                            source: source.clone(),
                            subject: subject.clone(),
                            predicate: "be".into(),
                            object: Value::Entity {
                                key: adjective.clone(),
                                text: adjective,
                                modifiers: Box::default(),
                            },
                            polarity: polarity_of(negative || c.negative),
                            modality: base_modality,
                        });
                    }
                }
                claims.extend(described_claim);
                claims.extend(active_claim);
                made_any = true;
            }
        }
        if vp_conjunct && !contrast {
            tie_conjuncts(claims, last_clause_claims, clause_claims, shared_denial);
        }
        for (mi, m) in mentions.iter().enumerate().filter(|(_, m)| m.at >= ps && m.at < pe) {
            if Some(mi) == clause_verb_mention {
                continue;
            }
            let polarity = polarity_at(&toks, &mentions, ps, m.at);
            let flip = |p: Polarity| if stance == Stance::Deny { p.flip() } else { p };
            match &m.kind {
                TermKind::Concept(id) => {
                    let Some(concept) = ctx.lexicon.concept(id) else {
                        continue;
                    };
                    if concept.generic {
                        continue;
                    }
                    let Some(slot) = concept.slot.clone() else { continue };
                    if slot == posts::POST && !posts::current_in_clause(&toks, ps, m.at) {
                        continue;
                    }
                    // "Veltrin, the company's fertilizer, ...": an appositive
                    // classifies the name it follows.
                    let appositive = (!whose)
                        .then(|| classified_by_apposition(&toks, &pieces, pi, m, ctx.lexicon, names))
                        .flatten();
                    // "The coastguard described the ship, the Petrel, as a
                    // survey craft": the describer classifies the object.
                    let described = (!whose && appositive.is_none())
                        .then(|| described_as(&toks, content.0, m.at, ctx.lexicon, names))
                        .flatten();
                    let (subj, claim_source, claim_modality) = if let Some(named) = appositive {
                        (named, source.clone(), base_modality)
                    } else if let Some((object, describer)) = described {
                        let modality = match (&describer, base_modality) {
                            (Some(_), Modality::Asserted) => Modality::Reported,
                            (_, m) => m,
                        };
                        (object, describer.unwrap_or_else(|| source.clone()), modality)
                    } else {
                        let Some(subj) = piece_subject.clone() else { continue };
                        // A concept inside the subject phrase names the
                        // subject, unless the subject is a possessor ("whose
                        // fighters").
                        if !whose && subject_contains(&toks, ps, pe, m.at) {
                            continue;
                        }
                        // "(Two cooks are busy) and there is no man
                        // washing up": the existential names its own
                        // subject, up to its verb.
                        if existential_until.is_some_and(|v| m.at < v) {
                            continue;
                        }
                        // Only a classifying context puts the subject in a
                        // category: "were fighters", "served as medics",
                        // "carried shells" (a verb the lexicon ties to the
                        // slot).
                        if !whose && !slot_licensed(&toks, ps, m.at, &slot, ctx.lexicon) {
                            continue;
                        }
                        if slot == "colour" && !colour_of_subject(&toks, (m.at, m.at + m.len), pe, ctx.lexicon) {
                            continue;
                        }
                        (subj, source.clone(), base_modality)
                    };
                    claims.push(RawClaim {
                        span,
                        source: claim_source,
                        subject: subj,
                        predicate: slot,
                        object: Value::Concept {
                            id: id.clone(),
                            text: m.text.clone().unwrap_or_else(|| join_text(&toks[m.at..m.at + m.len])),
                        },
                        polarity: flip(polarity),
                        modality: claim_modality,
                    });
                    made_any = true;
                }
                TermKind::Predicate(id) => {
                    let Some(pred) = ctx.lexicon.predicate(id) else {
                        continue;
                    };
                    if !verb_use(&toks, m) {
                        continue;
                    }
                    let verb_end = m.at + m.len;
                    match pred.kind {
                        PredicateKind::Stance => {
                            // Passive: "(was) confirmed by X" -> X is the agent,
                            // the piece's subject is the target. Active: "X
                            // hailed Y" -> the noun phrase before is the agent.
                            let by_agent = toks
                                .get(verb_end)
                                .filter(|t| t.lower == "by")
                                .and_then(|_| noun_phrase_at(&toks, verb_end + 1, content.1));
                            // "Twelve homes have been confirmed destroyed":
                            // passive with no agent; the subject is the target.
                            // "Was not confirmed" too: the negator between
                            // the two belongs to the claim.
                            // Not a progressive: "the fans were celebrating".
                            let passive = after_be(&toks, content.0, m.at, true) && !toks[m.at].lower.ends_with("ing");
                            // "The firm was disappointed by the ruling": a
                            // feeling whose term ends in its preposition is
                            // the subject's stance on what follows.
                            let feeling = passive
                                && verb_end > 0
                                && matches!(toks[verb_end - 1].lower.as_str(), "by" | "with" | "at");
                            let (agent, target) = if feeling {
                                // The agent stands before "was" and any adverb.
                                let mut be = m.at;
                                while be > content.0 && (adverb(&toks[be - 1]) || toks[be - 1].class == Class::Aux) {
                                    be -= 1;
                                }
                                let agent = agent_before(&toks, content.0, be)
                                    .filter(|&(a, _)| !names_nobody(&toks[a]))
                                    .map(|(a, b)| source_of(&toks[a..b], ctx.lexicon, names));
                                let target = noun_phrase_at(&toks, verb_end, content.1)
                                    .map(|(a, b)| entity_of(&toks[a..b], ctx.lexicon, names));
                                (agent, target)
                            } else if let Some((a, b)) = by_agent {
                                (
                                    Some(source_of(&toks[a..b], ctx.lexicon, names)),
                                    piece_subject.clone().or_else(|| subject.clone()),
                                )
                            } else if passive {
                                (None, piece_subject.clone().or_else(|| subject.clone()))
                            } else {
                                // "no laboratory had confirmed": nobody did;
                                // the speaker stays the source (the negator
                                // is already counted in the polarity).
                                let shared = shared_subject_agent(
                                    &toks,
                                    content,
                                    m.at,
                                    attribution.as_ref(),
                                    ctx.lexicon,
                                    names,
                                );
                                let agent_range = agent_before(&toks, content.0, m.at).filter(|_| shared.is_none());
                                let nobody = agent_range.is_some_and(|(a, _)| names_nobody(&toks[a]));
                                let agent = shared.or_else(|| {
                                    agent_range
                                        .filter(|_| !nobody)
                                        .map(|(a, b)| source_of(&toks[a..b], ctx.lexicon, names))
                                });
                                // "The army has not confirmed that Dalvik
                                // was captured": what is (not) confirmed is
                                // the clause, not the phrase "that Dalvik".
                                // ("Confirmed that figure" names a thing.)
                                let clause = (id == "confirm" && toks.get(verb_end).is_some_and(|t| t.lower == "that"))
                                    .then(|| confirmed_clause(&toks, verb_end + 1, content.1, ctx.lexicon, names))
                                    .flatten();
                                let target = clause.or_else(|| {
                                    noun_phrase_at(&toks, verb_end, content.1)
                                        .map(|(a, b)| entity_of(&toks[a..b], ctx.lexicon, names))
                                });
                                (agent, target)
                            };
                            let Some(target) = target else { continue };
                            // "The council rejected the plan" is a decision
                            // on a proposal, not a stance on a claim: it is
                            // the opposite of approving the plan, and the
                            // sentence's own source reports it.
                            if id == "deny" && is_proposal_key(&target.key) {
                                claims.push(RawClaim {
                                    span,
                                    source: source.clone(),
                                    subject: target,
                                    predicate: "reject-proposal".into(),
                                    object: Value::None,
                                    polarity: flip(polarity),
                                    modality: base_modality,
                                });
                                made_any = true;
                                continue;
                            }
                            claims.push(stance_claim(
                                span,
                                agent,
                                &source,
                                base_modality,
                                target,
                                id.clone(),
                                flip(polarity),
                            ));
                            made_any = true;
                        }
                        PredicateKind::Event => {
                            // "(Guards searched the barge and) arrested the
                            // crew": a verb about its object ("arrest",
                            // "convict") is about the phrase after it, unless
                            // it is passive ("the skipper was arrested").
                            let passive =
                                m.at > ps && toks[m.at - 1].class == Class::Aux && toks[m.at - 1].verb() == "be";
                            let object = (pred.about == crate::lexicon::About::Object && !passive)
                                .then(|| noun_phrase_at(&toks, verb_end, pe))
                                .flatten()
                                .filter(|&(a, _)| a == verb_end)
                                .map(|(a, b)| entity_of(&toks[a..b], ctx.lexicon, names));
                            // "The firm expects profits to fall": the
                            // profits would fall, not the firm.
                            if object.is_none()
                                && (infinitive_after_object(&toks, ps, m.at) || in_object_relative(&toks, ps, m.at))
                            {
                                continue;
                            }
                            let Some(subj) = object.or_else(|| piece_subject.clone()) else {
                                continue;
                            };
                            // "The goat climbs the quarry face" is the clause's
                            // climbing, not a rise (`bodily_motion`).
                            if bodily_motion(id, &subj) {
                                continue;
                            }
                            claims.push(RawClaim {
                                span,
                                source: source.clone(),
                                subject: subj,
                                predicate: id.clone(),
                                object: Value::None,
                                polarity: flip(polarity),
                                modality: base_modality,
                            });
                            made_any = true;
                        }
                    }
                }
                _ => {}
            }
        }
    }
    // "A senior officer confirmed that Dalvik had been captured" is also the
    // officer's confirmation of that clause, which "the army has not
    // confirmed that Dalvik was captured" withholds (`confirmed_clause`):
    // the status of one claim in two reports.
    if let Some(a) = attribution
        .as_ref()
        .filter(|a| a.stance == Stance::Assert && a.content.0 > 0)
    {
        let verb = (0..a.content.0).rev().find(|&k| {
            mentions
                .iter()
                .any(|m| m.at == k && matches!(m.kind, TermKind::Reporting(_)))
        });
        let confirms = verb.is_some_and(|v| {
            matches!(toks[v].verb(), "confirm" | "corroborate" | "verify")
                && polarity_at(&toks, &mentions, 0, v) == Polarity::Positive
        });
        if confirms {
            if let Some(target) = confirmed_clause(&toks, a.content.0, a.content.1, ctx.lexicon, names) {
                claims.push(RawClaim {
                    span: piece_span(&toks, a.content.0, a.content.1, base),
                    source: a.source.clone(),
                    subject: target,
                    predicate: "confirm".into(),
                    object: Value::None,
                    polarity: Polarity::Positive,
                    modality: sentence_modality,
                });
                made_any = true;
            }
        }
    }
    // Figures, dates and places, attached to the events of their piece (or
    // of the nearest piece before it that names one).
    let framed = !heading && !crate::frames::earlier_report(&toks);
    // "The forum reported that the line would close in June": a past verb
    // of saying, outside the content, turns the speaker's "will" into
    // "would".
    let backshifted = attributed
        && mentions.iter().any(|m| {
            (m.at < content.0 || m.at >= content.1)
                && matches!(m.kind, TermKind::Reporting(_))
                && past_tense(&toks[m.at])
        });
    // A relative clause's own change or hypothesis ("..., which could
    // close the port") leaves the sentence's figures as settled as they are;
    // the figures, dates and places of that clause are then not read.
    let unsettled_relatives: Vec<bool> = pieces
        .iter()
        .map(|piece @ &(ps, pe)| relative_piece(piece) && crate::frames::unsettled(&toks[ps..pe], backshifted))
        .collect();
    let settled = if unsettled_relatives.contains(&true) {
        let own: Vec<Tok<'_>> = pieces
            .iter()
            .filter(|p| !relative_piece(p))
            .flat_map(|&(ps, pe)| toks[ps..pe].iter().cloned())
            .collect();
        !crate::frames::unsettled(&own, backshifted)
    } else {
        !crate::frames::unsettled(&toks[content.0..content.1], backshifted)
    };
    if framed && !settled {
        // "Brisco expects sales of 2 billion": not a fact of the year,
        // but the firm's forecast, which it may state twice apart.
        made_any |= forecast_claims(&toks, content, base, &source, base_modality, claims);
    }
    if framed && settled {
        // "The agency has confirmed 87 deaths": the figures are the
        // agency's, as "the agency said 87 people died" would make them;
        // two agencies confirming two tolls are two sources, not a
        // document contradicting itself.
        let confirmer = (!attributed)
            .then(|| confirming_agent(&toks, &mentions, content, ctx.lexicon, names))
            .flatten();
        let (frame_source, frame_modality) = match &confirmer {
            Some(agent) => (agent, credited(base_modality)),
            None => (&source, base_modality),
        };
        // Where each piece's verb is, asked by the figures, dates and places
        // and by the features alike.
        let verb_at: Vec<Option<usize>> = pieces.iter().map(|&(ps, pe)| verb_index(&toks, ps, pe)).collect();
        let frame = FrameContext {
            toks: &toks,
            pieces: &pieces,
            verb_at: &verb_at,
            mentions: &mentions,
            base,
            source: frame_source,
            modality: frame_modality,
            hedged_pieces: &hedged_pieces,
            unsettled_pieces: &unsettled_relatives,
            deny: stance == Stance::Deny,
            subject: subject.as_ref(),
            lexicon: ctx.lexicon,
            first_claim,
        };
        made_any |= frame_claims(&frame, content, claims);
        made_any |= feature_claims(&frame, content, claims);
    }
    evaluated_states(ctx.lexicon, claims, first_claim);
    performers_as_targets(ctx.lexicon, claims, first_claim);
    if made_any {
        set_apart_other_referents(&toks, &pieces, base, &mut claims[first_claim..]);
    }
    if made_any {
        if let Some(a) = attribution {
            if a.source.kind != SourceKind::Author {
                names.last_speaker = Some(a.source.clone());
            }
            if a.source.kind == SourceKind::Named {
                names.last_named = Some(a.source);
            }
        }
    }
    // The posts written beside names ("chief executive Bram Toller"),
    // which are the writer's own words wherever they stand (see `posts`).
    // A post the clauses already read ("Toller, Halcyra's chief executive,
    // said ...") gives no second claim, nor does a part of the sentence
    // read again on its own below (a rebuttal, a trailing report, whose
    // own voice is another speaker's): the writer's claim is made first.
    if mentions.iter().any(|m| posts::is_post(m, ctx.lexicon)) {
        let sentence_start = base + sentence.start();
        for post in posts::post_claims(&toks, &mentions, base, ctx.lexicon, names, &ctx.default_source) {
            let read = claims
                .iter()
                .rev()
                .take_while(|c| c.span.start() >= sentence_start)
                .any(|c| c.predicate == post.predicate && c.subject.key == post.subject.key && c.object == post.object);
            if !read {
                claims.push(post);
                made_any = true;
            }
        }
    }
    if let Some(k) = rebuttal {
        let tail = Span::new(toks[k + 2].start, sentence.end());
        made_any |= read_sentence(text, tail, base, ctx, names, claims).is_none();
    }
    if let Some((_, from)) = trailing {
        let tail = Span::new(toks[from].start, sentence.end());
        let speaker = ProseContext {
            lexicon: ctx.lexicon,
            default_source: source.clone(),
        };
        made_any |= read_sentence(text, tail, base, &speaker, names, claims).is_none();
    }
    // A claim whose subject has no key ("all of those hurt were combat
    // troops", when no head is found) is about nothing the reader could
    // name, and would meet every other such claim of the run.
    if claims[first_claim..].iter().any(|c| c.subject.key.is_empty()) {
        let tail = claims.split_off(first_claim);
        claims.extend(tail.into_iter().filter(|c| !c.subject.key.is_empty()));
        made_any = head_made || claims.len() > first_claim;
    }
    if made_any {
        None
    } else {
        Some("no lexicon concept or predicate about an identifiable subject".into())
    }
}

/// Marks the clause claims of two verb-phrase conjuncts (`first` and
/// `second`, ranges of `claims`) with each other's verb, as
/// [`crate::model::CONJUNCT`] modifiers of their subjects. A positive claim
/// always carries it: the subject is said to do both. A negative one only
/// when the denial is shared (`shared_denial`): "the guard is not standing
/// and is checking passes" denies the standing outright, while "there is
/// no guard standing and checking passes" denies only the two together.
fn tie_conjuncts(claims: &mut [RawClaim], first: (usize, usize), second: (usize, usize), shared_denial: bool) {
    if first.0 >= first.1 || second.0 >= second.1 {
        return;
    }
    let verb_of = |c: &RawClaim| c.predicate.split(' ').next().unwrap_or_default().to_string();
    // What the other verb is done to or where, when the clause says:
    // "there is no woman humming and sewing a hem" denies the pair only of
    // a woman who sews a hem, not of one who hums and sews a sleeve. A
    // side that says it ("humming and sewing a hem") still meets a denial
    // that does not ("no woman humming and sewing"), as it carries both.
    let detail_of = |c: &RawClaim| {
        let object = c.object.key();
        (!object.is_empty()).then(|| format!("{}:{object}", c.predicate.replace(' ', ":")))
    };
    let (first_verb, second_verb) = (verb_of(&claims[first.0]), verb_of(&claims[second.0]));
    let (first_detail, second_detail) = (detail_of(&claims[first.0]), detail_of(&claims[second.0]));
    let mut tie = |range: (usize, usize), other: &str, detail: &Option<String>| {
        for c in &mut claims[range.0..range.1] {
            if c.polarity == Polarity::Positive || shared_denial {
                c.subject.modifiers.push(format!("{}{other}", crate::model::CONJUNCT));
                if let Some(d) = detail {
                    c.subject.modifiers.push(format!("{}{d}", crate::model::CONJUNCT));
                }
                c.subject.modifiers.sort();
                c.subject.modifiers.dedup();
            }
        }
    };
    tie(first, &second_verb, &second_detail);
    tie(second, &first_verb, &first_detail);
}

/// The agent of a verb that shares the subject of the clause before it:
/// "The coach said the draw was unlucky for her forwards but praised the
/// linesman" (the coach praised, not her forwards), "The minister toured
/// the port and praised the crews". A verb right after "and" / "but" has
/// no subject of its own; the phrase before the conjunction ends the
/// previous clause. Its agent is the speaker of a leading "X said", else
/// the sentence's first noun phrase. `None` when the verb is not such a
/// verb.
fn shared_subject_agent(
    toks: &[Tok<'_>],
    content: (usize, usize),
    verb: usize,
    attribution: Option<&Attribution>,
    lex: &Lexicon,
    names: &mut NameRegistry,
) -> Option<Source> {
    let mut k = verb;
    while k > content.0 && (toks[k - 1].class == Class::Aux || adverb(&toks[k - 1])) {
        k -= 1;
    }
    let coordinated = k > content.0 + 1
        && matches!(toks[k - 1].lower.as_str(), "and" | "but")
        && matches!(toks[k - 2].class, Class::Word | Class::Number | Class::Quote);
    if !coordinated {
        return None;
    }
    match attribution {
        Some(a) if a.content.0 > 0 => Some(a.source.clone()),
        Some(_) => None,
        None => {
            let (a, b) = first_noun_phrase(toks, skip_introduction(toks, content), k - 1)?;
            Some(source_of(&toks[a..b], lex, names))
        }
    }
}

/// The agent of an active "confirm" verb with a plain object ("The
/// agency has confirmed 87 deaths"), when a phrase before the verb names
/// one ("no laboratory confirmed" names nobody).
fn confirming_agent(
    toks: &[Tok<'_>],
    mentions: &[Mention],
    content: (usize, usize),
    lex: &Lexicon,
    names: &mut NameRegistry,
) -> Option<Source> {
    let m = mentions.iter().find(|m| {
        m.at >= content.0
            && m.at < content.1
            && matches!(&m.kind, TermKind::Predicate(id) if id == "confirm")
            && verb_use(toks, m)
            && toks
                .get(m.at + m.len)
                .is_some_and(|t| t.lower != "by" && t.lower != "that")
    })?;
    // "Twelve homes have been confirmed destroyed": a passive confirm has
    // no agent before it, only what was confirmed.
    if after_be(toks, content.0, m.at, false) {
        return None;
    }
    let (a, b) = agent_before(toks, content.0, m.at)?;
    if names_nobody(&toks[a]) {
        return None;
    }
    Some(source_of(&toks[a..b], lex, names))
}

/// Whether the word before `at` (from `floor` on), past adverbs, is a
/// form of "be", so the verb at `at` is a passive participle: "have been
/// confirmed", "was reported". With `past_negators`, "not" and "never"
/// are passed over too ("was not reported").
fn after_be(toks: &[Tok<'_>], floor: usize, at: usize, past_negators: bool) -> bool {
    toks[floor..at]
        .iter()
        .rev()
        .find(|t| {
            let negator = past_negators && matches!(t.lower.as_str(), "not" | "never");
            !(adverb(t) || negator)
        })
        .is_some_and(|t| t.class == Class::Aux && crate::morph::verb(&t.lower) == "be")
}

/// A verb of evidence ("records show", "the data indicate"): a reporting
/// verb only when a clause follows it.
fn evidence_verb(t: &Tok<'_>) -> bool {
    matches!(t.verb(), "show" | "indicate")
}

/// A reporting verb that reports nothing: "the clerk is writing a note",
/// "a man is thinking". With no attribution found, a verb of saying or
/// thinking followed by a plain noun phrase that ends the piece (or, in its
/// "-ing" form, by nothing at all) is a plain verb, as "the photo shows a
/// harbour" is.
/// Not before "that", a quote, a name or a pronoun ("told reporters", "told
/// him"), which a report of what was said may follow.
fn plain_report(toks: &[Tok<'_>], v: usize, end: usize) -> bool {
    let Some(next) = toks.get(v + 1).filter(|_| v + 1 < end) else {
        return toks[v].lower.ends_with("ing");
    };
    // "Announced new sanctions on the exporters", "reported record
    // profits": a bare phrase is an object too, when nothing in it is a
    // figure (a figure after the verb is the speaker's count: "police
    // reported 12 deaths") and the verb is no plain "say" or "tell".
    let bare = next.class == Class::Word
        && !matches!(toks[v].verb(), "say" | "tell")
        && !toks[v + 1..end].iter().any(figure_word);
    if next.class != Class::Det && !bare {
        return false;
    }
    // The phrase ends the piece, or only adjuncts follow it ("on the
    // exporters", "in March"): no verb of a clause of its own.
    noun_phrase_at(toks, v + 1, end).is_some_and(|(a, b)| {
        a == v + 1
            && (b == end
                || toks[b].class == Class::Prep && toks[b..end].iter().all(|t| t.class != Class::Aux && !verb_like(t)))
    })
}

/// Whether an agent phrase opening with this word names nobody: "no
/// laboratory", "nobody", "none of the agencies", "neither ministry".
fn names_nobody(first: &Tok<'_>) -> bool {
    matches!(first.lower.as_str(), "no" | "nobody" | "none" | "neither")
}

/// The modality of a stance or figure credited to an agent the sentence
/// names: what the document asserts of someone's act is that someone's
/// report; a hedged or denied sentence stays so.
fn credited(base: Modality) -> Modality {
    if base == Modality::Asserted {
        Modality::Reported
    } else {
        base
    }
}

/// Whether the piece `start..end` is a relative clause with its verb
/// right after the pronoun: "which was blown up", "who fled on Monday".
/// "Which" after a preposition ("in which") or before a noun ("which
/// route") is not one.
fn relative_clause_at(toks: &[Tok<'_>], start: usize, end: usize) -> bool {
    let mut k = start;
    while k < end && matches!(toks[k].class, Class::Quote | Class::Comma) {
        k += 1;
    }
    k + 1 < end
        && matches!(toks[k].lower.as_str(), "which" | "who")
        && (toks[k + 1].class == Class::Aux || verb_like(&toks[k + 1]) || present_form(&toks[k + 1]))
}

/// Where the run of capitalised words that ends just before `end` starts,
/// no earlier than `floor`; `end` when the word before it is not
/// capitalised.
fn capitalised_run_start(toks: &[Tok<'_>], floor: usize, end: usize) -> usize {
    let mut start = end;
    while start > floor && toks[start - 1].capitalised() {
        start -= 1;
    }
    start
}

/// A capitalised word that may be part of a name ("Ms", "Velsen", the
/// sentence's first word too), but not a date ("Monday", "June").
fn capitalised_name_word(t: &Tok<'_>) -> bool {
    t.class == Class::Word
        && t.text.starts_with(char::is_uppercase)
        && !crate::frames::is_date_word(strip_possessive(&t.lower))
}

/// The person whose age a bare figure gives, as the surname and the given
/// names (which tell two people of one surname apart and are compared by
/// inclusion; titles are left out): "Quell, 58, won", "Ms Quell, who is
/// 61, took", "Brey, aged 44, said". The figure is a whole number a
/// person's age can be, set off by commas, after a name that is
/// capitalised words only: "the mayor, 58," names no one, and "Lot 58"
/// has no comma.
fn age_of(toks: &[Tok<'_>], at: usize, end: usize, quantity: &Quantity) -> Option<(String, Vec<String>)> {
    let whole = quantity.value.fract() == 0.0 && (1.0..=120.0).contains(&quantity.value);
    if !whole || !quantity.unit.is_empty() || quantity.qualifier != Qualifier::Exact || quantity.upper.is_some() {
        return None;
    }
    if end != at + 1
        || !toks
            .get(end)
            .is_some_and(|t| matches!(t.class, Class::Comma | Class::Stop))
    {
        return None;
    }
    let lower = |k: usize| toks[k].lower.as_str();
    let comma = match at {
        a if a >= 2 && toks[a - 1].class == Class::Comma => a - 1,
        a if a >= 3 && lower(a - 1) == "aged" && toks[a - 2].class == Class::Comma => a - 2,
        a if a >= 4
            && matches!(lower(a - 1), "is" | "was")
            && lower(a - 2) == "who"
            && toks[a - 3].class == Class::Comma =>
        {
            a - 3
        }
        _ => return None,
    };
    let mut start = comma;
    while start > 0 && capitalised_name_word(&toks[start - 1]) {
        start -= 1;
    }
    // "In Velm, 58 ...": a place after its preposition is no person.
    if start == comma || (start > 0 && toks[start - 1].class == Class::Prep) {
        return None;
    }
    let surname = toks[comma - 1].lower.clone();
    // Titles say nothing of which person: "Ms Quell" is "Dara Quell".
    const TITLES: &[&str] = &["mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame"];
    let mut given: Vec<String> = toks[start..comma - 1]
        .iter()
        .map(|t| t.lower.trim_end_matches('.').to_string())
        .filter(|w| !TITLES.contains(&w.as_str()))
        .collect();
    given.sort();
    given.dedup();
    Some((surname, given))
}

/// Whether a counted noun counts people: "people", "staff", or a kind of
/// person in WordNet ("workers", "employees", "nurses").
fn counts_people(measure: &str) -> bool {
    matches!(measure, "people" | "staff" | "personnel" | "workforce")
        || crate::wordnet().is_some_and(|wn| wn.is_a(measure, "person"))
}

/// "Employs", "lives": a present-tense verb after "which" or "who" ("which
/// employs about 450 people"), known to WordNet as a form of another base.
fn present_form(t: &Tok<'_>) -> bool {
    t.class == Class::Word
        && t.lower.ends_with('s')
        && t.verb() != t.lower
        && crate::wordnet().is_some_and(|wn| wn.is_word(t.verb(), crate::wordnet::Pos::Verb))
}

/// Where ", but" opens a clause in which a party of its own speaks or
/// judges: "(claimed that P), but the Herald found no evidence to support
/// that claim", "(said that P), but the ministry denied it", "(...), but
/// officials said ...". Any other clause after ", but" ("..., but it
/// needed funding", "..., but Russia kept its troops there") may still be
/// the speaker's words, so it does not end the content.
fn voiced_contrast_at(toks: &[Tok<'_>], mentions: &[Mention], content: (usize, usize), lex: &Lexicon) -> Option<usize> {
    (content.0..content.1.saturating_sub(3)).find(|&k| {
        if toks[k].class != Class::Comma || toks[k + 1].lower != "but" {
            return false;
        }
        let Some((a, b)) = noun_phrase_at(toks, k + 2, content.1) else {
            return false;
        };
        // Past an auxiliary and adverbs: "the ministry has since denied",
        // and the phrases of a qualified party: "engineers in the town said".
        let mut v = past_subject_qualifiers(toks, b, content.1);
        while v < content.1 && (toks[v].class == Class::Aux || adverb(&toks[v])) {
            v += 1;
        }
        let judges = mentions.iter().any(|m| {
            m.at == v
                && match &m.kind {
                    TermKind::Reporting(_) => true,
                    TermKind::Predicate(id) => lex.predicate(id).is_some_and(|p| p.kind == PredicateKind::Stance),
                    _ => false,
                }
        });
        a == k + 2 && toks[a].class != Class::Pron && judges
    })
}

/// An object phrase as the subject of a claim about it ("the court
/// convicted the captain" is about the captain): its text and key, and its
/// plain modifiers without the adjuncts ("by:stove") it had as an object.
/// Where a clause puts its subject, said as being in a region: "crossed
/// into X" and "entered X" end in X; "was outside X" is not being in X;
/// and "was in Y, outside X" adds the second. Two reports of one boat
/// "crossed into the bay" and "was outside the bay" then meet as being in
/// the bay and not, which is what a reader compares.
fn whereabouts(
    toks: &[Tok<'_>],
    pieces: &[(usize, usize)],
    pi: usize,
    base: usize,
    claim: &RawClaim,
    lex: &Lexicon,
    names: &mut NameRegistry,
) -> Vec<RawClaim> {
    let in_region = |object: Value, polarity: Polarity| RawClaim {
        predicate: "be in".into(),
        object,
        polarity,
        ..claim.clone()
    };
    // The claim that joins a second piece spans both.
    let spanning = |mut c: RawClaim, (_, ne): (usize, usize)| {
        c.span = Span::new(c.span.start(), piece_span(toks, pieces[pi].0, ne, base).end());
        c
    };
    let flipped = claim.polarity.flip();
    let mut out = Vec::new();
    if !matches!(claim.object, Value::Entity { .. }) {
        return out;
    }
    // The noun phrase right after "outside", before the piece's end.
    let mut outside = |(s, e): (usize, usize)| -> Option<Value> {
        let at = (s..e).find(|&k| toks[k].lower == "outside")?;
        let mut end = e;
        while end > at + 1 && matches!(toks[end - 1].class, Class::Stop | Class::Quote) {
            end -= 1;
        }
        // The phrase, without a time adjunct after it ("all morning").
        let (a, b) = noun_phrase_at(toks, at + 1, end).filter(|&(a, _)| a == at + 1)?;
        let phrase = &toks[a..b];
        let words: Vec<Tok<'_>> = phrase.iter().filter(|t| t.class != Class::Det).cloned().collect();
        let e = entity_of(&words, lex, names);
        Some(entity_value(e))
    };
    match claim.predicate.as_str() {
        "cross into" | "enter" | "stray into" | "sail into" | "move into" => {
            out.push(in_region(claim.object.clone(), claim.polarity));
        }
        // "The boat was outside X."
        "be" => {
            let starts_outside = matches!(&claim.object, Value::Entity { text, .. } if text.starts_with("outside "));
            if let Some(object) = pieces.get(pi).filter(|_| starts_outside).and_then(|&p| outside(p)) {
                out.push(in_region(object, flipped));
            }
        }
        // "The boat was in Y, outside X": the next piece, a bare phrase
        // of place.
        "be in" => {
            let Some(&next) = pieces.get(pi + 1).filter(|&&(ns, _)| toks[ns].lower == "outside") else {
                return out;
            };
            if let Some(object) = outside(next) {
                out.push(spanning(in_region(object, flipped), next));
            }
        }
        _ => {}
    }
    out
}

/// "The train's data recorder shows it was travelling at 94 km/h": a
/// thing's own record speaks of the thing, so "it" at the head of what the
/// record says is the possessor. Only "it", only when the speaker phrase
/// before the content holds a possessive, and only for a possessor that is
/// not a person's name ("Ana's lawyer says it was ..." leaves "it" alone:
/// people's speakers speak of many things).
fn possessor_of_evidence(
    toks: &[Tok<'_>],
    content: (usize, usize),
    lex: &Lexicon,
    names: &mut NameRegistry,
) -> Option<Entity> {
    // The content starts past any "that" (`skip_that`).
    if toks.get(content.0).is_none_or(|t| t.lower != "it") || content.0 == 0 {
        return None;
    }
    let owner = (0..content.0).find(|&j| toks[j].class == Class::Word && toks[j].lower.ends_with("'s"))?;
    if toks[owner].text.chars().next().is_some_and(char::is_uppercase) && !toks[owner].initial {
        return None;
    }
    let start = (0..owner)
        .rev()
        .take_while(|&j| toks[j].class == Class::Word)
        .last()
        .unwrap_or(owner);
    Some(entity_of(&toks[start..=owner], lex, names))
}

/// A stance of `agent` (credited to it, so the claim is reported) on
/// `subject`; with no agent, of the sentence's own speaker.
/// What a confirmation of the clause at `start..end` is about, as one
/// target that "confirmed that P" and "has not confirmed that P" both
/// name: the clause's subject, marked with its predicate and its object
/// (`that:capture`, `that-object:port`), so that a confirmation that the
/// port was seized does not meet one that the bridge was. Its text is
/// the clause, as the explanation quotes it. `None` for a negated clause
/// ("confirmed that no one was hurt" confirms a denial, which the clause's
/// own claims carry) or one the reader cannot read.
fn confirmed_clause(
    toks: &[Tok<'_>],
    start: usize,
    end: usize,
    lex: &Lexicon,
    names: &mut NameRegistry,
) -> Option<Entity> {
    let clause = clause_of(toks, start, end, None, lex, names)?;
    if clause.negative || clause.predicate.is_empty() {
        return None;
    }
    let mut target = clause.subject;
    target
        .modifiers
        .push(format!("that:{}", clause.predicate.replace(' ', "-")));
    if let Value::Entity { key, .. } = &clause.object {
        target.modifiers.push(format!("that-object:{key}"));
    }
    target.modifiers.sort();
    target.modifiers.dedup();
    let last = (start..end)
        .rev()
        .find(|&k| toks[k].class != Class::Stop)
        .unwrap_or(start);
    target.text = format!("that {}", join_text(&toks[start..=last])).into();
    Some(target)
}

fn stance_claim(
    span: Span,
    agent: Option<Source>,
    speaker: &Source,
    base: Modality,
    subject: Entity,
    predicate: String,
    polarity: Polarity,
) -> RawClaim {
    let (source, modality) = match agent {
        Some(a) => (a, credited(base)),
        None => (speaker.clone(), base),
    };
    RawClaim {
        span,
        source,
        subject,
        predicate,
        object: Value::None,
        polarity,
        modality,
    }
}

/// A describing verb ("called", "described") joined by "and" or "but" to
/// the clause's verb at `v`, before `end`: "had been sharper and called
/// ...". Only a past form is taken: the speaker's act is told in the
/// reporting verb's tense.
fn coordinated_describing_verb(toks: &[Tok<'_>], v: usize, end: usize, lex: &Lexicon) -> Option<usize> {
    let k = (v + 1..end).find(|&j| matches!(toks[j].lower.as_str(), "and" | "but"))?;
    let mut d = k + 1;
    while d < end && adverb(&toks[d]) {
        d += 1;
    }
    let t = toks.get(d).filter(|_| d < end)?;
    let past = t.lower.ends_with("ed") || t.verb() != t.lower && !t.lower.ends_with('s');
    (t.class == Class::Word && past && lex.is_describing_verb(t.verb())).then_some(d)
}

fn object_entity(key: &str, text: &str, modifiers: &[String]) -> Entity {
    Entity {
        text: text.into(),
        key: key.to_string(),
        modifiers: modifiers.iter().filter(|m| !m.contains(':')).cloned().collect(),
        name: false,
    }
}

/// The event key of an outbreak's index case (see [`first_case`]).
const FIRST_CASE: &str = "first case";

/// Whether a piece says when an outbreak's first case appeared: "its first
/// case was identified", "the outbreak's first patients had been admitted",
/// "the first infection was confirmed". The first case and the first
/// patient are one person, so two dates for it from two sources clash
/// whichever of these verbs each uses. Only verbs of a case's appearing
/// count: "the first patient was discharged on 30 May" dates something
/// else. A phrase narrowed by a place or group ("the first case in the
/// capital", "the first patient among the staff") is another first case
/// and is left out; "with the illness" / "of the outbreak" narrows
/// nothing.
fn first_case(toks: &[Tok<'_>], (ps, pe): (usize, usize)) -> bool {
    const APPEARING: &[&str] = &[
        "record", "identify", "confirm", "report", "detect", "diagnose", "arrive", "admit", "appear", "emerge",
        "register", "notice", "find",
    ];
    // The verb after the phrase, past its "with the illness": the first
    // finite verb of the piece after it.
    let appears = |from: usize| {
        toks[from..pe]
            .iter()
            .find(|t| t.class == Class::Word && verb_like(t))
            .is_some_and(|t| APPEARING.contains(&t.verb()))
    };
    (ps..pe.saturating_sub(1)).any(|k| {
        let noun = toks[k + 1].noun();
        let index_case = toks[k].lower == "first" && matches!(noun, "case" | "patient" | "infection");
        let narrowed = toks.get(k + 2).filter(|_| k + 2 < pe).is_some_and(|t| {
            t.class == Class::Prep
                && !(matches!(t.lower.as_str(), "with" | "of")
                    && toks[k + 3..pe].iter().take(3).any(|w| {
                        matches!(
                            w.noun(),
                            "illness" | "disease" | "virus" | "outbreak" | "infection" | "fever" | "strain"
                        )
                    }))
        });
        index_case && !narrowed && appears(k + 2)
    })
}

/// The lexicon's event predicate whose term is the whole of a copula
/// predicate ("be down"), if one is.
fn copula_predicate(lex: &Lexicon, predicate: &str) -> Option<String> {
    let words: Vec<&str> = predicate.split(' ').collect();
    if words.len() < 2 {
        return None;
    }
    lex.matches_at(&words, 0)
        .into_iter()
        .find_map(|(len, kind)| match kind {
            TermKind::Predicate(id)
                if len == words.len() && lex.predicate(id).is_some_and(|p| p.kind == PredicateKind::Event) =>
            {
                Some(id.clone())
            }
            _ => None,
        })
}

/// "The mayor said the response had been slow", "the case feels flimsy":
/// a state that is an evaluative word of the lexicon is also the source's
/// stance towards the subject, as "called the response slow" is, so it
/// meets "the minister praised the response as swift". Only the lexicon's
/// evaluative words count, not every adjective: "the bridge is narrow"
/// judges nothing.
/// "Criticised the refereeing" and "praised the referee" are two stances
/// on one person: a stance on a performance named by the "-ing" form of a
/// word that names the person doing it (refereeing, umpiring, nursing) is
/// keyed on that person, as WordNet files them. Other "-ing" nouns (the
/// shooting, the bombing) name events and keep their key.
fn performers_as_targets(lex: &Lexicon, claims: &mut [RawClaim], from: usize) {
    for c in &mut claims[from..] {
        let stance = lex
            .predicate(&c.predicate)
            .is_some_and(|p| p.kind == PredicateKind::Stance);
        if !stance || !c.subject.key.ends_with("ing") {
            continue;
        }
        if let Some(person) = performer_of(&c.subject.key) {
            c.subject.key = person;
        }
    }
}

/// The person noun whose "-ing" form `key` is ("umpiring" -> "umpire"),
/// when WordNet files that noun under person.
fn performer_of(key: &str) -> Option<String> {
    let stem = key.strip_suffix("ing").filter(|s| s.len() >= 3 && !s.contains(' '))?;
    let wn = crate::wordnet()?;
    [stem.to_string(), format!("{stem}e")]
        .into_iter()
        .find(|c| wn.is_word(c, crate::wordnet::Pos::Noun) && wn.is_a(c, "person"))
}

fn evaluated_states(lex: &Lexicon, claims: &mut Vec<RawClaim>, from: usize) {
    let end = claims.len();
    for i in from..end {
        let c = &claims[i];
        let linking = c.predicate == "be" || LINKING_VERBS.contains(&c.predicate.as_str());
        let Value::Entity { key, .. } = &c.object else { continue };
        let Some(stance) = lex.evaluation(key).filter(|_| linking) else {
            continue;
        };
        let claim = RawClaim {
            predicate: stance.to_string(),
            object: Value::None,
            ..c.clone()
        };
        claims.push(claim);
    }
}

/// Words that, opening a subject, say it is not the one named elsewhere:
/// "another attack", "a second convoy", "a smaller earthquake of magnitude
/// 5.2", "an earlier estimate". "New" and "fresh" are not among them: "a new
/// law" is as often the first mention of the law another report denies;
/// nor are "third", "fourth", ..., which rank ("a third runner is not
/// tired" against "a fifth runner ...") more often than they set apart
/// ("second" is read as "another", as the figures do).
const OTHER_REFERENT_WORDS: &[&str] = &[
    "another",
    "second",
    "separate",
    "different",
    "further",
    "earlier",
    "previous",
    "prior",
    "later",
    "subsequent",
    "smaller",
    "larger",
    "bigger",
    "stronger",
    "weaker",
    "lesser",
];

/// Claims whose piece opens with "another ...", "a second ...", "a smaller
/// ..." are about a thing the writer sets apart from the one already
/// talked about: two earthquakes of two magnitudes on two dates are not one
/// earthquake dated twice. Their subject keys get a suffix of their own
/// (the cue word's byte offset), so they meet no claim of another sentence,
/// in this document or another. Losing a match costs recall; making one
/// earthquake out of two cost two false alarms.
fn set_apart_other_referents(toks: &[Tok<'_>], pieces: &[(usize, usize)], base: usize, claims: &mut [RawClaim]) {
    for &(ps, pe) in pieces {
        let mut k = ps;
        while k < pe && matches!(toks[k].class, Class::Quote | Class::Conj | Class::Comma) {
            k += 1;
        }
        if k < pe && toks[k].class == Class::Det && toks[k].lower != "another" {
            k += 1;
        }
        let Some(cue) = toks
            .get(k)
            .filter(|t| k < pe && OTHER_REFERENT_WORDS.contains(&t.lower.as_str()))
        else {
            continue;
        };
        // The cue opens a noun phrase: "a second convoy", not "a second
        // later" or "earlier, the ministry said".
        if !toks
            .get(k + 1)
            .is_some_and(|n| k + 1 < pe && n.class == Class::Word && !verb_like(n))
        {
            continue;
        }
        let at = base + cue.start;
        let span = piece_span(toks, ps, pe, base);
        for c in claims.iter_mut() {
            if c.span.start() <= at && at < c.span.end() || c.span == span {
                c.subject.key = format!("{}#other@{at}", c.subject.key);
            }
        }
    }
}

/// The end of a dateline at the start of a sentence: an upper-case place,
/// a comma, a date, optionally a parenthesis, then a dash.
fn dateline_end(text: &str, toks: &[Tok<'_>]) -> Option<usize> {
    let first = toks.first()?;
    let shouting = first.text.len() > 1 && first.text.chars().all(|c| !c.is_lowercase());
    if !shouting || toks.get(1).is_none_or(|t| t.class != Class::Comma) {
        return None;
    }
    let dash = toks
        .iter()
        .take(16)
        .position(|t| matches!(t.text, "\u{2014}" | "\u{2013}" | "-"));
    // A hyphen between spaces ("VELDEN, 24 October - Marrowgate ...") is
    // no token: it is in the gap between two.
    let gap = || {
        toks.windows(2)
            .take(16)
            .position(|w| text.get(w[0].end..w[1].start).is_some_and(|g| g.contains('-')))
            .map(|k| (k + 1, k + 1))
    };
    let (date_end, content) = dash.map(|d| (d, d + 1)).or_else(gap)?;
    crate::frames::dates(&toks[..date_end]).first()?;
    Some(content)
}

struct FrameContext<'a, 't> {
    toks: &'a [Tok<'t>],
    pieces: &'a [(usize, usize)],
    /// Each piece's verb ([`verb_index`]), found once.
    verb_at: &'a [Option<usize>],
    mentions: &'a [Mention],
    base: usize,
    source: &'a Source,
    modality: Modality,
    /// Which pieces carry a hedge of their own: a relative clause's hedge
    /// ("..., which could ...") hedges its claims, not the sentence's.
    hedged_pieces: &'a [bool],
    /// Which pieces tell a change or a hypothesis of their own in a settled
    /// sentence (a relative clause: "..., which would reopen in May"): their
    /// figures, dates and places are not read.
    unsettled_pieces: &'a [bool],
    deny: bool,
    subject: Option<&'a Entity>,
    lexicon: &'a Lexicon,
    /// Where this statement's claims begin in the claim list: the claims
    /// its clauses made, read for what each piece's event happened to.
    first_claim: usize,
}

impl FrameContext<'_, '_> {
    /// The modality of a claim of piece `p` (see [`hedged_if`]).
    fn piece_modality(&self, p: usize) -> Modality {
        hedged_if(self.modality, self.hedged_pieces.get(p).copied().unwrap_or(false))
    }
}

/// The modality of a claim of a piece that has a hedge of its own
/// (`hedged`) in a statement of modality `m`: a relative clause's hedge
/// ("..., which could ...") hedges its claims however firm the sentence
/// is; a denial or a hedge of the whole statement stays as it is.
fn hedged_if(m: Modality, hedged: bool) -> Modality {
    match m {
        Modality::Asserted | Modality::Reported if hedged => Modality::Hedged,
        m => m,
    }
}

/// The reporting period a clause names, as a modifier: "third-quarter",
/// "the third quarter" and "Q3" are `period:q3`; "first-half" is
/// `period:h1`; "full-year" and "annual" are `period:year`. Two sums of two
/// periods are two sums; a side that names none meets either.
fn period_of(toks: &[Tok<'_>]) -> Option<String> {
    let ordinal = |w: &str| match w {
        "first" | "1st" => Some('1'),
        "second" | "2nd" => Some('2'),
        "third" | "3rd" => Some('3'),
        "fourth" | "4th" => Some('4'),
        _ => None,
    };
    for (k, t) in toks.iter().enumerate() {
        let w = t.lower.as_str();
        if matches!(w, "q1" | "q2" | "q3" | "q4") {
            return Some(format!("period:{w}"));
        }
        if matches!(w, "full-year" | "annual" | "full-year's") {
            return Some("period:year".into());
        }
        let (first, second) = match w.split_once('-') {
            Some((a, b)) => (a, b),
            None => (w, toks.get(k + 1).map_or("", |n| n.lower.as_str())),
        };
        if let Some(n) = ordinal(first) {
            match second {
                "quarter" => return Some(format!("period:q{n}")),
                "half" => return Some(format!("period:h{n}")),
                _ => {}
            }
        }
        if first == "full" && second == "year" {
            return Some("period:year".into());
        }
    }
    None
}

/// Words that make a sum of money a forecast: "expects revenue of", "its
/// revenue forecast of", "guidance of".
const FORECAST_WORDS: &[&str] = &[
    "expect",
    "expects",
    "expected",
    "forecast",
    "forecasts",
    "guidance",
    "outlook",
    "projects",
    "projected",
    "predicts",
];

/// A firm's forecast of a sum ("Brisco expects annual sales of 2.1
/// billion crowns", "the board kept its sales forecast of 1.9
/// billion"), keyed `measure:forecast|sale`, so two forecasts of one
/// sum meet and never the sum itself (the quarter's actual revenue). Its
/// period words ("full-year", "third-quarter", "Q3") are modifiers: two
/// periods are two forecasts.
///
/// Only a forecast the sentence's subject makes of itself: what analysts,
/// economists or "the market" expect is another party's view, and a
/// figure a forecast is changed from ("raised it from 1.4 billion") or by
/// is no longer, or never was, the forecast. Hypotheses ("could", "may")
/// are left alone.
fn forecast_claims(
    toks: &[Tok<'_>],
    content: (usize, usize),
    base: usize,
    source: &Source,
    modality: Modality,
    claims: &mut Vec<RawClaim>,
) -> bool {
    let words = &toks[content.0..content.1];
    if !words.iter().any(|t| FORECAST_WORDS.contains(&t.lower.as_str())) {
        return false;
    }
    let other = words.iter().any(|t| {
        matches!(
            t.noun(),
            "analyst" | "economist" | "consensus" | "investor" | "market" | "observer" | "expert" | "trader"
        ) || matches!(
            t.lower.as_str(),
            "would" | "could" | "might" | "may" | "if" | "unless" | "whether" | "hopes" | "hope" | "aims" | "target"
        )
    });
    if other {
        return false;
    }
    let dates = crate::frames::dates(words);
    let period = period_of(words);
    let mut made = false;
    for fig in crate::frames::figures(words, &dates) {
        let measure = fig.measure.as_deref().unwrap_or("");
        if !is_money(&fig.quantity.unit, measure) {
            continue;
        }
        let at = fig.at + content.0;
        let before = at.checked_sub(1).map(|k| toks[k].lower.as_str());
        // "Reported revenue of 410 million, in line with forecasts" is the
        // sum itself: the forecast's word comes first.
        let foretold = toks[content.0..at]
            .iter()
            .any(|t| FORECAST_WORDS.contains(&t.lower.as_str()));
        if !foretold || matches!(before, Some("from" | "by")) {
            continue;
        }
        // "Revenue of", or "its revenue forecast of": the noun before the
        // forecast's own word.
        let Some(mut of) = sum_of(toks, at) else { continue };
        if matches!(of.as_str(), "forecast" | "guidance" | "outlook") {
            let k = (content.0..at)
                .rev()
                .find(|&k| matches!(toks[k].lower.as_str(), "forecast" | "guidance" | "outlook"));
            let Some(noun) = k
                .and_then(|k| k.checked_sub(1))
                .map(|k| &toks[k])
                .filter(|t| t.class == Class::Word && !verb_like(t))
            else {
                continue;
            };
            of = noun.noun().to_string();
        }
        let modifiers: Vec<String> = period.iter().cloned().collect();
        claims.push(RawClaim {
            span: piece_span(toks, content.0, content.1, base),
            source: source.clone(),
            subject: Entity {
                text: format!("{of} forecast").into(),
                key: format!("measure:forecast|{of}"),
                modifiers,
                name: false,
            },
            predicate: "amount".into(),
            object: fig.value(fig.quantity.clone()),
            polarity: Polarity::Positive,
            modality,
        });
        made = true;
    }
    made
}

/// Claims that a thing has, or lacks, a feature (see [`crate::features`]):
/// one per feature a piece of the content names with a verb of presence,
/// and one per counted item of a specification line's list.
fn feature_claims(f: &FrameContext<'_, '_>, content: (usize, usize), claims: &mut Vec<RawClaim>) -> bool {
    use crate::features;
    // Each feature with the piece that says it (its index, when it is one
    // of the pieces, and its tokens).
    let first_piece = f.pieces.iter().position(|&(ps, _)| ps == content.0);
    let listed_in = first_piece.map_or(content, |p| f.pieces[p]);
    let mut found: Vec<(Option<usize>, (usize, usize), features::Feature)> = features::listed_features(f.toks, content)
        .into_iter()
        .map(|x| (first_piece, listed_in, x))
        .collect();
    if found.is_empty() {
        for (p, (&(ps, pe), &verb)) in f.pieces.iter().zip(f.verb_at).enumerate() {
            if ps >= content.0 && pe <= content.1 {
                found.extend(
                    features::features_in(f.toks, (ps, pe), verb)
                        .into_iter()
                        .map(|x| (Some(p), (ps, pe), x)),
                );
            }
        }
    }
    let made = !found.is_empty();
    for (piece, (ps, pe), feature) in found {
        let (key, mut modifiers) = features::feature_key(f.toks, feature.phrase);
        if let Some(owner) = feature.owner {
            modifiers.push(format!("{}{owner}", crate::model::UNDERGOER));
            modifiers.sort();
        }
        let (a, b) = feature.phrase;
        let mut polarity = polarity_at(f.toks, f.mentions, ps, a);
        if feature.lacking {
            polarity = polarity.flip();
        }
        let (ss, se) = feature.item.unwrap_or((ps, pe));
        claims.push(RawClaim {
            span: piece_span(f.toks, ss, se, f.base),
            source: f.source.clone(),
            subject: Entity {
                text: join_text(&f.toks[a..b]).into(),
                key,
                modifiers,
                name: false,
            },
            predicate: features::PRESENT.into(),
            object: Value::None,
            polarity: if f.deny { polarity.flip() } else { polarity },
            modality: piece.map_or(f.modality, |p| f.piece_modality(p)),
        });
    }
    made
}

/// Marks when the event a clause tells took place on the clause claim's
/// subject (a [`crate::model::WHEN`] modifier), where its piece has one date
/// after its verb, or no date and a time of day ("this morning", see
/// [`time_of_day`]) or a period ("last year", "in the first quarter", see
/// [`period_phrase`]): "the bridge closed on Monday" and "the bridge reopened
/// on Thursday" are then two moments of one bridge, not opposite accounts
/// of one event, while "the bridge closed" stays comparable with both. The
/// lexicon's events are marked (opening, closing, rising, winning,
/// arresting, ...), whose opposites the antonym and negation rules compare,
/// and so is any clause claim of a verb of its own: "was grounded on
/// Sunday" and a denial that it "had been grounded earlier in the month"
/// are two groundings. Figures, events and places carry their own times,
/// and a copula tells a state, not an occasion. A piece with two dates
/// ("was closed on Monday and reopened on Thursday") cannot say which is
/// whose, and is left as it is.
fn mark_event_times(
    f: &FrameContext<'_, '_>,
    dates: &[crate::frames::DateMention],
    offset: usize,
    claims: &mut [RawClaim],
) {
    for (p, &(ps, pe)) in f.pieces.iter().enumerate() {
        // With no clause read ("cargo volumes through Kessary rose ..."),
        // the piece's first past verb.
        let Some(v) = f.verb_at[p].or_else(|| (ps..pe).find(|&j| verb_like(&f.toks[j]))) else {
            continue;
        };
        let mut in_piece = dates.iter().filter(|d| d.at + offset >= ps && d.at + offset < pe);
        let moment = match (in_piece.next(), in_piece.next()) {
            (Some(d), None) if d.at + offset > v => d.date.to_string(),
            (None, _) => match time_of_day(f.toks, v + 1, pe).or_else(|| period_phrase(f.toks, v + 1, pe)) {
                Some(t) => t,
                None => continue,
            },
            _ => continue,
        };
        let span = piece_span(f.toks, ps, pe, f.base);
        let when = format!("{}{moment}", crate::model::WHEN);
        for c in claims[f.first_claim..].iter_mut().filter(|c| c.span == span) {
            let event = f
                .lexicon
                .predicate(&c.predicate)
                .is_some_and(|pr| pr.kind == PredicateKind::Event)
                || !c.subject.key.contains(':') && !matches!(c.predicate.as_str(), "be" | "date" | "place");
            if event && !c.subject.modifiers.contains(&when) {
                c.subject.modifiers.push(when.clone());
                c.subject.modifiers.sort();
            }
        }
    }
}

/// A time of the day the piece `from..end` tells its event at, when it
/// names no date: "reopened this morning", "was shut at noon", "closed
/// overnight". The words as written ("this morning", "noon"), so the same
/// words on two sides are one moment and any other words another.
fn time_of_day(toks: &[Tok<'_>], from: usize, end: usize) -> Option<String> {
    const TIMES: &[&str] = &[
        "morning",
        "afternoon",
        "evening",
        "night",
        "tonight",
        "today",
        "yesterday",
        "noon",
        "midday",
        "midnight",
        "overnight",
    ];
    let j = (from..end).find(|&j| TIMES.contains(&toks[j].lower.as_str()))?;
    let word = toks[j].lower.as_str();
    match j.checked_sub(1).map(|k| toks[k].lower.as_str()) {
        Some(before @ ("this" | "last" | "yesterday" | "tomorrow")) if j > from => Some(format!("{before} {word}")),
        _ => Some(word.to_string()),
    }
}

/// The moment a running total is told as of, anywhere in the piece
/// `from..end`: "the fire has now burned 4,800 hectares" ("now", as do "so
/// far" and "to date"), "by Tuesday morning it had burned 3,000" ("by
/// tuesday morning"). A total grows: the same count told as of two moments
/// is two counts, not two accounts of one. "By" counts only before a word
/// of time ("by Friday", "by the evening"), not before an agent ("by the
/// crews").
fn running_total_as_of(toks: &[Tok<'_>], from: usize, end: usize) -> Option<String> {
    for k in from..end {
        let w = toks[k].lower.as_str();
        let next = toks.get(k + 1).filter(|_| k + 1 < end).map(|t| t.lower.as_str());
        if w == "now" || (w == "so" && next == Some("far")) || (w == "to" && next == Some("date")) {
            return Some("now".to_string());
        }
        if w == "by" {
            let mut j = k + 1;
            while j < end && j < k + 4 && matches!(toks[j].class, Class::Det | Class::Word | Class::Number) {
                j += 1;
                if names_a_time(&toks[j - 1]) && !toks.get(j).is_some_and(|t| j < end && names_a_time(t)) {
                    return Some(join_text(&toks[k..j]).to_lowercase());
                }
            }
        }
    }
    None
}

/// The period the piece `from..end` tells its event or figure over, when it
/// names no date and no time of day: "rose 8 percent last year", "fell in
/// the first quarter of this year", "rose in the third quarter", "sold
/// 900,000 units in its first three months", "rose by nearly three metres
/// over the whole weekend", "scored 61 goals across six seasons". The words
/// from the period's first describing word on, so the same words on two
/// sides are one period and any other words another. "For three days" is
/// not one: after "for" the span is usually the figure itself.
fn period_phrase(toks: &[Tok<'_>], from: usize, end: usize) -> Option<String> {
    const UNITS: &[&str] = &[
        "year",
        "years",
        "month",
        "months",
        "week",
        "weeks",
        "weekend",
        "day",
        "days",
        "hour",
        "hours",
        "quarter",
        "half",
        "season",
        "seasons",
        "quarters",
        "decade",
        "decades",
        "term",
        "terms",
        "semester",
        "semesters",
    ];
    const SHIFTERS: &[&str] = &["last", "this", "next", "past"];
    const DESCRIBING: &[&str] = &[
        "first", "second", "third", "fourth", "last", "past", "next", "whole", "entire", "opening", "final", "spring",
        "summer", "autumn", "winter",
    ];
    let lower = |k: usize| toks.get(k).filter(|_| k < end).map_or("", |t| t.lower.as_str());
    for j in from..end {
        // "last year", "this quarter".
        if SHIFTERS.contains(&lower(j)) && UNITS.contains(&lower(j + 1)) {
            return Some(format!("{} {}", lower(j), lower(j + 1)));
        }
        // "earlier in the month", "later this year": a part of a period,
        // not the period itself.
        if matches!(lower(j), "earlier" | "later") {
            let k = j + 1 + usize::from(lower(j + 1) == "in");
            let unit = k + usize::from(matches!(lower(k), "the" | "this"));
            if unit > j + 1 && UNITS.contains(&lower(unit)) {
                return Some((j..=unit).map(|i| toks[i].lower.as_str()).collect::<Vec<_>>().join(" "));
            }
        }
        if !matches!(lower(j), "in" | "during" | "over" | "within" | "across" | "throughout") {
            continue;
        }
        // "Revenue was 5 million in 2023": a sum of one year is not a sum
        // of another.
        if j + 1 < end && crate::frames::year_alone(toks, j + 1).is_some() {
            return Some(lower(j + 1).to_string());
        }
        let mut k = j + 1;
        if matches!(lower(k), "the" | "its" | "their" | "a") {
            k += 1;
        }
        let start = k;
        if DESCRIBING.contains(&lower(k)) {
            k += 1;
        }
        if figure_word(&toks[k.min(end.saturating_sub(1))]) && k < end {
            k += 1;
        }
        if k == start || !UNITS.contains(&lower(k)) {
            continue;
        }
        let mut words: Vec<&str> = (start..=k).map(|i| toks[i].lower.as_str()).collect();
        // "the first quarter of this year".
        if lower(k + 1) == "of" && SHIFTERS.contains(&lower(k + 2)) && UNITS.contains(&lower(k + 3)) {
            words.extend([lower(k + 2), lower(k + 3)]);
        }
        return Some(words.join(" "));
    }
    None
}

/// Claims for the figures, dates and places of the content. Returns whether
/// any was made.
fn frame_claims(f: &FrameContext<'_, '_>, content: (usize, usize), claims: &mut Vec<RawClaim>) -> bool {
    use crate::frames;
    use crate::frames::Lived;
    let toks = &f.toks[content.0..content.1];
    let offset = content.0;
    let dates = frames::dates(toks);
    let figures = frames::figures(toks, &dates);
    let piece_of = |at: usize| f.pieces.iter().position(|&(s, e)| at + offset >= s && at + offset < e);
    // Events per piece, inherited from the nearest earlier piece when a piece
    // names none ("It struck at 03:17 on Wednesday, 5 February").
    let mut events: Vec<Vec<String>> = Vec::new();
    let mut verbs: Vec<Option<String>> = Vec::new();
    // Where each piece's verb is: asked below for the figures' verbs, the
    // names before the verb and the places after it. A piece with no verb
    // may be a line with no subject ("Designed in Tamsin"): its opening
    // participle is its verb.
    let mut fragment = vec![false; f.pieces.len()];
    let verb_at: Vec<Option<usize>> = f
        .pieces
        .iter()
        .zip(f.verb_at)
        .zip(fragment.iter_mut())
        .map(|((&(ps, pe), &verb), frag)| {
            verb.or_else(|| {
                let v = fragment_verb(f.toks, ps, pe);
                *frag = v.is_some();
                v
            })
        })
        .collect();
    // The period a piece's figures are told of, after its verb ("in its
    // first year", "in 2023"): a figure over one period is not a figure
    // over another (see `period_phrase`).
    let period_after_verb = |p: usize| {
        let (ps, pe) = f.pieces[p];
        period_phrase(f.toks, verb_at[p].map_or(ps, |v| v + 1), pe)
    };
    // What the figures of a piece count is done by its verb in the
    // lexicon's words, so "shot down 14" meets "intercepted six" and "12
    // were killed" meets "12 died".
    let figure_verbs: Vec<Option<String>> = verb_at
        .iter()
        .map(|&at| {
            let at = at?;
            f.mentions.iter().find_map(|m| match &m.kind {
                TermKind::Predicate(id)
                    if m.at <= at
                        && at < m.at + m.len
                        && f.lexicon.predicate(id).is_some_and(|p| p.kind == PredicateKind::Event) =>
                {
                    Some(id.clone())
                }
                _ => None,
            })
        })
        .collect();
    for (pi, &(ps, pe)) in f.pieces.iter().enumerate() {
        let (verb, state) = match verb_at[pi] {
            Some(k) if fragment[pi] => (Some(f.toks[k].verb().to_string()), false),
            _ => main_verb_or_state(f.toks, ps, pe),
        };
        // A describing word after a copula ("was mild") is no event.
        let event_verb = verb.as_deref().filter(|_| !state);
        let mut keys = frames::event_keys(&f.toks[ps..pe], event_verb);
        // "The trial, which opened on 12 January, ...": a relative clause
        // dates the event its antecedent names, as well as its own verb.
        let relative = f.toks[ps..pe]
            .iter()
            .find(|t| !matches!(t.class, Class::Comma | Class::Quote))
            .is_some_and(|t| matches!(t.lower.as_str(), "which" | "that"));
        if relative && pi > 0 {
            let (qs, qe) = f.pieces[pi - 1];
            for k in frames::event_keys(&f.toks[qs..qe], None) {
                if !keys.contains(&k) {
                    keys.push(k);
                }
            }
        }
        if keys.is_empty() {
            keys = events.last().cloned().unwrap_or_default();
        }
        events.push(keys);
        verbs.push(verb);
    }
    // A specification line names what its figures measure: "Battery: 72 Wh".
    let label = match (f.toks.first(), f.toks.get(1)) {
        (Some(l), Some(colon)) if l.class == Class::Word && colon.text == ":" => Some(l.noun().to_string()),
        _ => None,
    };
    // "On 5 June, boats attacked a depot", "in the early hours of Sunday,
    // the dam gave way": a fronted time phrase is a piece with no verb and
    // no event of its own. It dates the clause it opens, whose claims it
    // shares: span, polarity and events.
    let fronted = f.pieces.len() > 1
        && verb_at[0].is_none()
        && verb_at[1].is_some()
        && events[0].is_empty()
        && f.toks[f.pieces[0].0..f.pieces[0].1]
            .iter()
            .find(|t| t.class != Class::Quote)
            .is_some_and(|t| t.class == Class::Prep || TIME_WORDS.contains(&t.lower.as_str()))
        // Set off by its comma, and a time: "around 40 sailors who stayed"
        // opens with a preposition too.
        && f.toks.get(f.pieces[0].1).is_some_and(|t| t.class == Class::Comma)
        && (dates.iter().any(|d| piece_of(d.at) == Some(0))
            || f.toks[f.pieces[0].0..f.pieces[0].1]
                .iter()
                .any(|t| TIME_WORDS.contains(&t.lower.as_str())));
    if fronted {
        events[0] = events[1].clone();
        verbs[0] = verbs[1].clone();
    }
    let mut made = false;
    let mut push = |claims: &mut Vec<RawClaim>, at: usize, subject: Entity, predicate: String, object: Value| {
        let Some(p) = piece_of(at) else { return };
        if f.unsettled_pieces.get(p).copied().unwrap_or(false) {
            return;
        }
        let (ps, pe) = f.pieces[p];
        let polarity = match verb_at.get(1).copied().flatten() {
            Some(v) if fronted && p == 0 => polarity_at(f.toks, f.mentions, f.pieces[1].0, v + 1),
            _ => polarity_at(f.toks, f.mentions, ps, at + offset),
        };
        let pe = if fronted && p == 0 { f.pieces[1].1 } else { pe };
        claims.push(RawClaim {
            span: piece_span(f.toks, ps, pe, f.base),
            source: f.source.clone(),
            subject,
            predicate,
            object,
            polarity: if f.deny { polarity.flip() } else { polarity },
            modality: f.piece_modality(p),
        });
        made = true;
    };
    // Names in the words before a piece's verb tell events apart ("the Lenz
    // flood" and "the Corvo flood", "the ambush near Brisca"). They are
    // modifiers: a side that names nothing stays compatible with one that does.
    let piece_names: Vec<Vec<String>> = f
        .pieces
        .iter()
        .zip(&verb_at)
        .map(|(&(ps, pe), &at)| {
            let until = at.unwrap_or(pe);
            let mut names: Vec<String> = f.toks[ps..until]
                .iter()
                // Months and weekdays are dates, read as such; as names
                // they would tell "payable on 28 November" from any event
                // that names its undergoer.
                .filter(|t| {
                    t.class == Class::Word
                        && !t.initial
                        && t.text.chars().next().is_some_and(char::is_uppercase)
                        && !crate::frames::is_date_word(strip_possessive(&t.lower))
                })
                .map(|t| {
                    f.lexicon
                        .canonical_alias(&t.lower)
                        .map_or_else(|| t.lower.clone(), str::to_string)
                })
                .collect();
            names.sort();
            names.dedup();
            names
        })
        .collect();
    // What an aspect verb's phase belongs to: the head of the piece's
    // opening noun phrase, before any prepositional phrase ("the new plant
    // in Oster had started" -> "plant"). A relative clause ("which opened
    // on 3 February") has none of its own: the piece before names what it
    // is about; else the sentence's subject.
    let head_of = |p: usize| -> Option<String> {
        let (ps, pe) = f.pieces[p];
        let v = verb_at[p].unwrap_or(pe);
        let mut k = ps;
        while k < v && matches!(f.toks[k].class, Class::Quote | Class::Comma) {
            k += 1;
        }
        if f.toks.get(k).is_some_and(|t| t.class == Class::Wh) {
            return None;
        }
        while k < v
            && (matches!(f.toks[k].class, Class::Quote | Class::Conj | Class::Comma)
                || matches!(
                    f.toks[k].lower.as_str(),
                    "since" | "after" | "before" | "until" | "once" | "as" | "because" | "although" | "if"
                ))
        {
            k += 1;
        }
        let (a, b) = noun_phrase_at(f.toks, k, v)?;
        let until = (a..b).find(|&j| f.toks[j].class == Class::Prep).unwrap_or(b);
        f.toks[a..until]
            .iter()
            .rev()
            .find(|t| t.class == Class::Word)
            .map(|t| t.noun().to_string())
    };
    // Found only for the pieces whose event is a verb of aspect.
    let phase_of = |p: usize| -> Option<String> {
        head_of(p)
            .or_else(|| p.checked_sub(1).and_then(head_of))
            .or_else(|| f.subject.map(|s| s.key.clone()))
    };
    // What each piece's own verb happened to, read from the claim its clause
    // made: the bank that was robbed, the town that was visited.
    let undergoers: Vec<Option<String>> = (0..f.pieces.len())
        .map(|p| {
            let (ps, pe) = f.pieces[p];
            let passive = verb_at[p].is_some_and(|v| after_be(f.toks, ps, v, true));
            undergoer(
                &claims[f.first_claim..],
                piece_span(f.toks, ps, pe, f.base),
                verbs[p].as_deref()?,
                passive,
                verb_at[p].is_some_and(|v| without_object(f.toks, v, pe)),
            )
        })
        .collect();
    // `near`: what a verb other than the piece's own happened to, when the
    // words before it say (see `passive_patient`).
    let event_entity = |e: &str, p: usize, near: Option<&str>| {
        let verb = event_verb(e);
        // "Began", "ended", "opened" name a phase of something, not an event
        // of their own: the inquiry beginning on 10 February and the hearing
        // beginning on 2 April are two beginnings. Their subject joins the key.
        let phase = aspect_of(e).or_else(|| aspect_of(&verb)).zip(phase_of(p));
        let mut modifiers = piece_names[p].clone();
        // An event of the piece's own verb is told apart by what it happened
        // to: a bank robbed on Friday and a museum robbed on Thursday are two
        // robberies, in an archive of many stories above all. A side that
        // does not say (an event noun, "the raid took place on Friday") stays
        // compatible with both, as modifiers do.
        let own = undergoers[p]
            .as_deref()
            .filter(|_| phase.is_none() && verbs[p].as_deref() == Some(e));
        if let Some(of) = near.or(own) {
            modifiers.push(format!("{}{of}", crate::model::UNDERGOER));
            modifiers.sort();
        }
        let key = match phase {
            Some((phase, of)) => format!("event:{phase}|{of}"),
            None => format!("event:{verb}"),
        };
        Entity {
            text: e.into(),
            key,
            modifiers,
            name: false,
        }
    };
    mark_event_times(f, &dates, offset, claims);
    for d in &dates {
        let Some(p) = piece_of(d.at) else { continue };
        // "Brisco sold 900 cars in 2023": a bare year after a figure of the
        // piece's verb is the period the figure is over (the figure's claim
        // keeps it, see `period_phrase`), not the day of one event. Sales of
        // two years are two counts, not two dates of one sale.
        let year_only = d.date.month.is_none() && d.date.day.is_none() && d.date.weekday.is_none();
        let counted_over = verb_at[p].is_some_and(|v| {
            figures
                .iter()
                .any(|fig| fig.at + offset > v && fig.at < d.at && piece_of(fig.at) == Some(p))
        });
        if year_only && counted_over {
            continue;
        }
        // The verb a date follows is its event too: "the barge hit on
        // the evening of 2 May was carrying ..." dates the hit.
        let mut keys = events[p].clone();
        let (ps, _) = f.pieces[p];
        // Not a participle that describes the noun after it ("the armed
        // forces on Monday confirmed"): that names no event.
        let describes = |j: usize| {
            f.toks[j].lower.ends_with("ed")
                && (j == ps || f.toks[j - 1].class == Class::Det || f.toks[j - 1].lower.ends_with("'s"))
                && f.toks
                    .get(j + 1)
                    .is_some_and(|n| n.class == Class::Word && !verb_like(n))
        };
        let near = (ps..d.at + offset)
            .rev()
            .find(|&j| f.toks[j].class == Class::Word && verb_like(&f.toks[j]) && !describes(j))
            .map(|j| (j, f.toks[j].verb().to_string()))
            .filter(|(_, v)| !crate::frames::GENERIC_VERBS.contains(&v.as_str()));
        // The near verb is not the piece's own, so no clause claim says what
        // it happened to; a passive one says it just before ("after a bank
        // in Dunmore was robbed on Friday").
        let mut near_of = None;
        if let Some((j, v)) = near {
            // "The bridge was closed on Monday and reopened on Friday": a
            // verb joined by "and" after the piece's own takes the dates
            // after it, which no longer date the first.
            let mut c = j;
            while c > ps && (adverb(&f.toks[c - 1]) || f.toks[c - 1].class == Class::Aux) {
                c -= 1;
            }
            let coordinated = c > ps && f.toks[c - 1].lower == "and" && verb_at[p].is_some_and(|vp| vp < c - 1);
            if coordinated {
                keys.clear();
            }
            if !keys.contains(&v) {
                near_of = passive_patient(f.toks, ps, j).map(|of| (v.clone(), of));
                keys.push(v);
            }
        }
        // "Its first case was identified on 2 May", "the epidemic took hold
        // on 2 May, when its first case was identified", "the first
        // patients had been admitted on 27 April": all date the index case.
        let when_after = p + 1 < f.pieces.len() && opens_with(f.toks, f.pieces[p + 1], &["when"]);
        if first_case(f.toks, f.pieces[p]) || (when_after && first_case(f.toks, f.pieces[p + 1])) {
            keys.push(FIRST_CASE.to_string());
        }
        // "Two deckhands were injured when the crane toppled on Monday": a
        // "when" or "while" clause happens at the time of the clause it
        // follows, so its date dates that clause's events too, unless that
        // clause has a date of its own.
        let mut dated = vec![(p, keys)];
        if p > 0
            && opens_with(f.toks, f.pieces[p], &["when", "while"])
            && !dates.iter().any(|o| piece_of(o.at) == Some(p - 1))
        {
            dated.push((p - 1, events[p - 1].clone()));
        }
        for (p, keys) in dated {
            for e in &keys {
                let near = near_of.as_ref().filter(|(v, _)| v == e).map(|(_, of)| of.as_str());
                let subject = event_entity(e, p, near);
                push(
                    claims,
                    d.at,
                    subject,
                    "date".into(),
                    Value::Date {
                        date: d.date,
                        text: d.text.clone(),
                    },
                );
            }
        }
    }
    for pl in frames::places(toks) {
        let at = pl.at;
        let Some(p) = piece_of(at) else { continue };
        // "The hospital in Corrin has treated ...": a place inside the
        // subject phrase locates the subject, not the event.
        if verb_at[p].is_none_or(|v| at + offset < v) {
            continue;
        }
        let key = f
            .lexicon
            .canonical_alias(&pl.key)
            .map_or_else(|| pl.key.clone(), str::to_string);
        // "Designed in Tamsin and assembled in Kestwick": in a line with no
        // subject, each place is where its own participle happened.
        let (ps, _) = f.pieces[p];
        let own = fragment[p]
            .then(|| {
                (ps..at + offset)
                    .rev()
                    .find(|&j| is_participle(&f.toks[j]))
                    .map(|j| vec![f.toks[j].verb().to_string()])
            })
            .flatten();
        for e in own.as_ref().unwrap_or(&events[p]) {
            let subject = event_entity(e, p, None);
            push(
                claims,
                at,
                subject,
                "place".into(),
                Value::Place {
                    key: key.clone(),
                    text: pl.text.clone(),
                },
            );
        }
    }
    // "The last big flood in the valley destroyed 20 barns", "the previous
    // owner paid 2 million": a figure told of another occurrence than the
    // story's is history, which the story's own figure does not contradict.
    // Asked once of the sentence's subject, before its first verb.
    let subject_end = verb_at.iter().flatten().next().copied().unwrap_or(0);
    let another_occurrence = f.toks[..subject_end]
        .windows(2)
        .any(|w| w[0].class == Class::Det && matches!(w[1].lower.as_str(), "last" | "previous" | "prior" | "earlier"));
    let mut places_of: Vec<Option<Vec<String>>> = vec![None; f.pieces.len()];
    for fig in &figures {
        let Some(p) = piece_of(fig.at) else { continue };
        // "nine of the twelve drones": twelve is the whole the nine are
        // taken from, not a count of what the verb did.
        // So is "five" in "three of the mill's five lines", and "three" in
        // "one of our three servers" or "each of its four engines".
        let mut of = fig.at;
        while of > 0
            && (matches!(
                toks[of - 1].lower.as_str(),
                "the" | "its" | "their" | "our" | "my" | "your" | "his" | "her" | "these" | "those"
            ) || toks[of - 1].lower.ends_with("'s"))
        {
            of -= 1;
        }
        let part_word = |k: usize| {
            matches!(
                toks[k].lower.as_str(),
                "one" | "some" | "most" | "all" | "none" | "each" | "many" | "several" | "both" | "any" | "few"
            )
        };
        let whole_of_part = of < fig.at
            && of >= 2
            && toks[of - 1].lower == "of"
            && (figures.iter().any(|g| g.end == of - 1) || part_word(of - 2));
        if whole_of_part {
            continue;
        }
        // "The 184-kilometre stage", "a 3-hour delay": the figure is the
        // size of the noun it describes, whatever the verb does with it.
        let attributive = fig.end == fig.at + 1
            && !fig.quantity.unit.is_empty()
            && fig.text.contains('-')
            && fig.text.starts_with(|c: char| c.is_ascii_digit());
        if attributive {
            let described = toks
                .get(fig.end)
                .filter(|t| t.class == Class::Word && !t.text.starts_with(char::is_uppercase))
                .map(|t| t.noun().to_string());
            if let Some(noun) = described {
                let subject = Entity {
                    text: fig.quantity.unit.as_str().into(),
                    key: format!("measure:{}|{noun}", fig.quantity.unit),
                    modifiers: piece_names[p].clone(),
                    name: false,
                };
                push(
                    claims,
                    fig.at,
                    subject,
                    "amount".into(),
                    fig.value(fig.quantity.clone()),
                );
            }
            continue;
        }
        // "Quell, 58, won", "Ms Quell, who is 61, took", "Brey, aged 44,":
        // a person's age, which another report of the same person may give
        // otherwise.
        if let Some((surname, given)) = age_of(f.toks, fig.at + offset, fig.end + offset, &fig.quantity) {
            let mut quantity = fig.quantity.clone();
            quantity.unit = "year".into();
            let subject = Entity {
                text: "age".into(),
                key: format!("measure:age|{surname}"),
                modifiers: given,
                name: false,
            };
            push(claims, fig.at, subject, "amount".into(), fig.value(quantity));
            continue;
        }
        if another_occurrence {
            continue;
        }
        // "Went ahead on 38 minutes": a match clock's reading is when
        // something happened, not a span anything lasted.
        let clock = fig.at > 0 && toks[fig.at - 1].lower == "on" && fig.quantity.unit == "s";
        if clock {
            continue;
        }
        // Asked of the whole sentence: the idle thing may be in the subject
        // ("idle visitor accounts stay active ...").
        let (at, end) = (fig.at + offset, fig.end + offset);
        if let Some((measure, object)) = frames::lifetime_at(f.toks, at, end, &fig.quantity, fig.measure.is_some()) {
            let owner = match object {
                Lived::Object(o) => Some(f.toks[o].noun().to_string()),
                Lived::Subject(guess) => f
                    .subject
                    .map(|s| s.key.clone())
                    .or_else(|| guess.map(|g| f.toks[g].noun().to_string())),
            };
            if let Some(owner) = owner {
                let subject = Entity {
                    text: measure.into(),
                    key: format!("measure:{measure}|{owner}"),
                    modifiers: Vec::new(),
                    name: false,
                };
                let object = fig.value(fig.quantity.clone());
                push(claims, fig.at, subject, "amount".into(), object);
                continue;
            }
        }
        // What the figure measures: its counted noun or measure noun, else
        // the physical dimension of its unit ("weighed 1.5 kg": grams).
        let unit_only = fig.measure.is_none() && !fig.quantity.unit.is_empty();
        let magnitude = quake_magnitude(toks, fig);
        let measure = match &fig.measure {
            Some(_) if magnitude => "magnitude".to_string(),
            Some(m) => m.clone(),
            None if unit_only => fig.quantity.unit.clone(),
            None if magnitude => "magnitude".to_string(),
            // "Requests are limited to 100 per minute": a bare limit counts
            // its subject.
            None => match limit_of_subject(f, fig.at + offset) {
                Some(counted) => counted,
                None => continue,
            },
        };
        let measure = &measure;
        // The size of a crowd is the attendance of what it watched: "the
        // attendance was 9,300", "a crowd of 6,100 saw the match" and "just
        // over 5,000 fans were in the ground" give one number, whichever verb
        // brings it and whatever it is said to be of (a story tells of one
        // match; names before the verb still tell two grounds apart).
        if is_crowd_size(
            f.toks,
            f.pieces[p],
            fig.at + offset,
            verbs[p].as_deref(),
            measure,
            &fig.quantity,
        ) {
            let subject = Entity {
                text: "crowd".into(),
                key: "measure:crowd".into(),
                modifiers: piece_names[p].clone(),
                name: false,
            };
            let mut quantity = fig.quantity.clone();
            quantity.unit = String::new();
            push(claims, fig.at, subject, "amount".into(), fig.value(quantity));
            continue;
        }
        // A participle right after the figure is its own verb ("12 people
        // killed"); otherwise the piece's main verb.
        let own = toks
            .get(fig.end)
            .filter(|t| t.class == Class::Word && verb_like(t))
            .map(|t| t.verb().to_string());
        // "Five drones took part in the raid" and "the raid involved three
        // drones" count one thing, the drones taking part: one predicate
        // for both ("take" alone is too general to count anything).
        let taking_part = || {
            let (ps, pe) = f.pieces[p];
            let part = f.toks[ps..pe]
                .windows(2)
                .any(|w| w[0].verb() == "take" && w[1].lower == "part");
            part || matches!(verbs[p].as_deref(), Some("involve" | "participate"))
        };
        // "Was cautioned before the break but played the whole 90 minutes":
        // a figure after a verb-phrase conjunct is counted by the conjunct's
        // verb, not the piece's first.
        let conjunct = verb_at[p].and_then(|v| {
            (v + 2..fig.at + offset)
                .rev()
                .find(|&j| {
                    matches!(f.toks[j - 1].lower.as_str(), "and" | "but")
                        && f.toks[j].class == Class::Word
                        && verb_like(&f.toks[j])
                        && past_tense(&f.toks[j])
                })
                .map(|j| f.toks[j].verb().to_string())
        });
        // "Eight barns have been confirmed destroyed", "three were
        // reported killed": the participle after a stance verb's is what
        // the figure counts; the stance only says how it is known.
        let stacked = verb_at[p]
            .filter(|&v| matches!(f.toks[v].verb(), "confirm" | "report" | "believe" | "fear" | "presume"))
            .and_then(|v| f.toks.get(v + 1))
            .filter(|t| t.class == Class::Word && is_participle(t))
            .map(|t| t.verb().to_string());
        let verb = taking_part()
            .then(|| "take part".to_string())
            .or(own)
            .or(stacked)
            .or(conjunct)
            .or_else(|| figure_verbs[p].clone())
            .or_else(|| verbs[p].clone())
            .filter(|v| !crate::frames::GENERIC_VERBS.contains(&v.as_str()));
        // The subject a copula gives the figure to ("the rate limit is 100
        // requests per minute"), if any.
        let copula_owner = copula_count(f, fig.at + offset);
        // "87 deaths", "the death toll stood at 87", "the strike killed 12
        // people" and "12 people were killed" all count the people who
        // died, whatever the verb.
        let (measure, predicate, casualties) = match casualty_count(measure) {
            Some(event) => ("people".to_string(), event.to_string(), true),
            None => {
                // A protection grade is what the thing is rated, whichever
                // verb gives it ("is rated IP67", "carries an IPX5 rating").
                let grade = measure.ends_with(" rating");
                let predicate = match verb {
                    Some(_) if grade => "amount".to_string(),
                    Some(v) => v,
                    // A sum of money is its amount with no verb too: "Brisco
                    // reported revenue of 2.1 billion crowns" leaves the
                    // reported content verbless.
                    None if crate::frames::MEASURE_NOUNS.contains(&measure.as_str())
                        || fig.quantity.unit.is_empty()
                        || unit_only
                        || is_money(&fig.quantity.unit, measure) && sum_of(f.toks, fig.at + offset).is_some() =>
                    {
                        "amount".to_string()
                    }
                    // "The rate limit is 100 requests per minute": a count
                    // a copula gives its subject is that subject's amount.
                    None if copula_owner.is_some() => "amount".to_string(),
                    // A plain count with no verb ("214 cases") says too little to compare.
                    None => continue,
                };
                if measure == "people" && predicate == "kill" {
                    ("people".to_string(), "die".to_string(), true)
                } else if predicate == "employ" && counts_people(measure) {
                    // "Employs about 450 people" and "employs roughly 600
                    // staff" count one thing, the employees, whatever noun
                    // counts them.
                    ("employee".to_string(), predicate, false)
                } else {
                    (measure.clone(), predicate, false)
                }
            }
        };
        // "40 litres per minute", "100 requests an hour": a rate, which
        // never meets a plain count or a rate over another span.
        let measure = &match rate_after(f.toks, fig.end + offset) {
            Some(span) => format!("{measure} per {span}"),
            None => measure.clone(),
        };
        let mut quantity = fig.quantity.clone();
        if casualties {
            quantity.unit = "people".into();
        }
        if measure == "employee" {
            quantity.unit = "employee".into();
        }
        if magnitude {
            quantity.unit = String::new();
        }
        // A measure ("magnitude", "price") belongs to something: the event
        // or thing the sentence is about, so an aftershock's magnitude never
        // meets the main quake's.
        // A sum of money is revenue, a profit, a cost or a price: what it is
        // of decides what it measures, never its currency alone (a firm's
        // revenue and its profit are both in crowns).
        let money = is_money(&fig.quantity.unit, measure);
        if money {
            // "Revenue rose to 1.48 billion", "reported revenue of 1.84
            // billion", "profit was 95 million": the sum itself, whichever
            // verb brings it; "rose by 3 million" is a change, kept apart.
            let at = fig.at + offset;
            let level = at.checked_sub(1).map(|k| f.toks[k].lower.as_str()).is_some_and(|w| {
                matches!(
                    w,
                    "to" | "of" | "at" | "was" | "were" | "is" | "are" | "totalled" | "totaled" | "reached"
                )
            });
            let sum_predicate = if level { "amount".to_string() } else { predicate.clone() };
            // With no such noun ("it cost 30 million crowns", or a subject
            // the reader took for the currency) the sum is keyed by its
            // currency, as any count is by its noun.
            let of = sum_of(f.toks, at)
                .or_else(|| f.subject.map(|s| s.key.clone()))
                .filter(|o| {
                    o != measure && !o.contains(':') && !matches!(o.as_str(), "it" | "they" | "he" | "she" | "we")
                });
            // "Revenue from the cloud division" is a part of the revenue,
            // which a sum of the whole would wrongly meet.
            let (ps, pe) = f.pieces[p];
            let part = f.toks[ps..pe]
                .windows(2)
                .any(|w| of.as_deref() == Some(w[0].noun()) && w[1].lower == "from");
            if part {
                continue;
            }
            if let Some(of) = of {
                // A quarter's revenue is not the year's, nor another
                // quarter's.
                let mut modifiers = piece_names[p].clone();
                modifiers.extend(period_of(&f.toks[ps..pe]));
                modifiers.extend(period_after_verb(p).map(|words| format!("{}{words}", crate::model::WHEN)));
                modifiers.sort();
                let subject = Entity {
                    text: of.as_str().into(),
                    key: format!("measure:money|{of}"),
                    modifiers,
                    name: false,
                };
                push(claims, fig.at, subject, sum_predicate, fig.value(quantity.clone()));
                continue;
            }
        }
        let owner = if crate::frames::MEASURE_NOUNS.contains(&measure.as_str()) || unit_only {
            let event = toks
                .iter()
                .filter(|t| t.class == Class::Word)
                .map(|t| t.noun())
                .find(|n| crate::morph::is_event_noun(n))
                .and_then(crate::morph::event_verb_of);
            // A named subject owns its measures ("Brandt was given four
            // years ... when the judgment was read"): the sentence is his, and
            // an event named in a later clause only dates it.
            // Only when the subject undergoes or is described ("was
            // sentenced", "are fourth"): an agent ("the Service measured
            // the quake at 6.4") measures something else.
            let (ps, _) = f.pieces[p];
            let undergoes = f.toks[ps..fig.at + offset]
                .iter()
                .any(|t| t.class == Class::Aux && t.verb() == "be");
            let named = f.subject.filter(|s| s.name && undergoes).map(|s| s.key.clone());
            // A place in a table belongs to the team or runner named just
            // before it ("lifts Dunmore Athletic to fifth"); with no name,
            // to what any other figure would belong to.
            let ranked = (fig.quantity.unit == "rank" && fig.measure.is_none())
                .then(|| name_before(f.toks, ps, fig.at + offset, f.lexicon));
            if let Some(owner) = ranked.and_then(|o| o.or_else(|| named.clone())) {
                // "A month ago they were ninth": a place at another time
                // says nothing about the place now.
                let (_, pe) = f.pieces[p];
                let elsewhen = f.toks[ps..pe].iter().any(|t| {
                    matches!(
                        t.lower.as_str(),
                        "ago" | "before" | "previously" | "earlier" | "last" | "until" | "since" | "formerly" | "once"
                    )
                });
                if elsewhen {
                    continue;
                }
                push(
                    claims,
                    fig.at,
                    Entity::new("rank", format!("measure:rank|{owner}")),
                    "amount".into(),
                    fig.value(fig.quantity.clone()),
                );
                continue;
            }
            // "About 8 percent of sign-in attempts failed": a share that is
            // its sentence's subject belongs to what it is a share of. A
            // subject of its own comes first: "Velm receives 45 percent of
            // the flow" is Velm's share, which another town's does not meet.
            let share_of = (fig.quantity.unit == "%" && toks.get(fig.end).is_some_and(|t| t.lower == "of"))
                .then(|| noun_phrase_at(toks, fig.end + 1, toks.len()))
                .flatten()
                .and_then(|(a, b)| toks[a..b].iter().rev().find(|t| t.class == Class::Word))
                .map(|t| t.noun().to_string());
            // A subject with no words of its own owns nothing: "measure:%|"
            // would meet every share of anything.
            match label
                .clone()
                .or(named)
                .or(event)
                .or_else(|| {
                    f.subject
                        .map(|s| s.key.clone())
                        .filter(|o| !matches!(o.as_str(), "" | "percent" | "cent" | "%"))
                })
                .or(share_of)
                .filter(|o| !o.is_empty())
            {
                Some(o) => format!("|{o}"),
                None => continue,
            }
        } else if predicate == "amount" {
            copula_owner.map_or_else(String::new, |o| format!("|{o}"))
        } else {
            String::new()
        };
        let mut modifiers = piece_names[p].clone();
        // "The carmaker cut 120 jobs" and "the factory cut 300 jobs" count
        // what two different agents did: a count in the object of an active
        // verb carries its plain-noun subject as the agent. A passive ("300
        // jobs were cut") names none and meets either; names already tell
        // agents apart (`piece_names`), and casualties are counted whoever
        // caused them.
        let plain_count = !casualties && owner.is_empty();
        let active_object =
            verb_at[p].is_some_and(|v| v < fig.at + offset && !after_be(f.toks, f.pieces[p].0, v, true));
        let agent = f
            .subject
            .filter(|_| plain_count && active_object)
            .filter(|s| !s.name && !s.key.is_empty() && !s.key.contains([':', ' ']));
        if let Some(s) = agent {
            modifiers.push(format!("by:{}", s.key));
            modifiers.sort();
        }
        // The subject's own words tell its measures apart: the rate limit's
        // count is not the burst limit's.
        let counted_by_copula = predicate == "amount" && copula_owner.is_some();
        if unit_only || counted_by_copula {
            if let Some(s) = f.subject {
                modifiers.extend(s.modifiers.iter().cloned());
                modifiers.sort();
                modifiers.dedup();
            }
        }
        // A figure over one period is not a figure over another: "sold 2.1
        // million in its first year" and "900,000 in its first three
        // months" both hold (see `period_phrase`). Not when the period is
        // the figure itself ("lasted three days").
        let (ps, pe) = f.pieces[p];
        let period = period_after_verb(p)
            .or_else(|| running_total_as_of(f.toks, ps, pe))
            .filter(|words| !words.contains(&fig.text.to_lowercase()));
        if let Some(words) = period {
            modifiers.push(format!("{}{words}", crate::model::WHEN));
            modifiers.sort();
        }
        // "Twelve boats in the harbour sank" and "twenty boats sank on the
        // lake" count the boats of two places. (Found once per piece: a
        // piece may give several figures.)
        if !casualties {
            let places = places_of[p].get_or_insert_with(|| count_places(f.toks, ps, pe));
            modifiers.extend(places.iter().cloned());
            modifiers.sort();
            modifiers.dedup();
        }
        let subject = Entity {
            text: measure.as_str().into(),
            key: format!("measure:{measure}{owner}"),
            modifiers,
            name: false,
        };
        push(claims, fig.at, subject, predicate, fig.value(quantity));
    }
    made
}

/// The places a piece's count is said to be at, by common nouns of place:
/// "in the harbour", "near the pier", "on the lake" give `in:harbour`,
/// `in:pier`, `in:lake` (one prefix for every preposition of place, so
/// "at the port" and "in the port" agree). Two counts of two places never
/// meet; a count that names no place still meets either, as names do.
///
/// Only nouns WordNet files under a place, a structure, a body of water or
/// a way: "died in the attack" and "sold in the first week" name no place,
/// and "12 killed in the raid" must still meet "20 killed in the attack".
/// Names are left to the names of the piece and to place claims.
fn count_places(toks: &[Tok<'_>], start: usize, end: usize) -> Vec<String> {
    const PLACE_PREPS: &[&str] = &["in", "at", "on", "near", "inside", "outside", "beside", "behind"];
    const PLACE_KINDS: &[&str] = &["location", "structure", "body of water", "way"];
    let Some(wn) = crate::wordnet() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for k in start..end.saturating_sub(1) {
        if toks[k].class != Class::Prep || !PLACE_PREPS.contains(&toks[k].lower.as_str()) {
            continue;
        }
        let Some((a, b)) = noun_phrase_at(toks, k + 1, end).filter(|&(a, _)| a == k + 1) else {
            continue;
        };
        let Some(head) = toks[a..b].iter().rev().find(|t| t.class == Class::Word) else {
            continue;
        };
        let noun = head.noun();
        let plain = head.text.starts_with(char::is_lowercase)
            && !TIME_WORDS.contains(&head.lower.as_str())
            && !crate::frames::is_date_word(&head.lower)
            && !crate::morph::is_event_noun(noun);
        if plain && PLACE_KINDS.iter().any(|kind| wn.is_a(noun, kind)) {
            out.push(format!("in:{noun}"));
        }
    }
    out
}

/// What a bare figure after a verb of limiting counts: the subject's head
/// noun ("requests are limited to 100 per minute", "entries are capped at
/// 40"). `None` for any other verb, or a subject that is a measure or an
/// event.
fn limit_of_subject(f: &FrameContext<'_, '_>, at: usize) -> Option<String> {
    let (prep, verb) = (f.toks.get(at.checked_sub(1)?)?, f.toks.get(at.checked_sub(2)?)?);
    if !matches!(prep.lower.as_str(), "to" | "at") || !matches!(verb.verb(), "limit" | "cap" | "restrict") {
        return None;
    }
    let key = plain_subject_key(f)?;
    Some(key.rsplit(' ').next().unwrap_or(key).to_string())
}

/// The subject key a count right after its copula belongs to: "the rate
/// limit is 100 requests per minute", "the fleet was 12 ships". Only a
/// plain subject of the sentence (no measure or event of its own).
fn copula_count<'f>(f: &FrameContext<'f, '_>, at: usize) -> Option<&'f str> {
    let be = at.checked_sub(1).map(|k| &f.toks[k])?;
    if be.class != Class::Aux || be.verb() != "be" {
        return None;
    }
    plain_subject_key(f)
}

/// The sentence subject's key, when it is a plain thing: not empty, and no
/// measure, event or owned key of its own (`:` or `|`).
fn plain_subject_key<'f>(f: &FrameContext<'f, '_>) -> Option<&'f str> {
    f.subject
        .map(|s| s.key.as_str())
        .filter(|k| !k.is_empty() && !k.contains([':', '|']))
}

/// The span of time a rate is counted over, when the words at `k` give one:
/// "per minute", "an hour", "each night" ("minute", "hour", "night").
fn rate_after(toks: &[Tok<'_>], k: usize) -> Option<&'static str> {
    const SPANS: &[&str] = &["second", "minute", "hour", "day", "night", "week", "month", "year"];
    let (per, span) = (toks.get(k)?, toks.get(k + 1)?);
    if !matches!(per.lower.as_str(), "per" | "a" | "an" | "each" | "every") {
        return None;
    }
    let noun = span.noun();
    SPANS.iter().copied().find(|s| *s == noun)
}

/// What the event of a piece's verb happened to, from the claim the piece's
/// clause made with that verb: the subject of a passive ("the bank was
/// robbed", "the kettle was made in Tolven"), or a direct object that is a
/// name ("visited Orsk"). The last word of the key, so "gregor haldt" and
/// "haldt" agree.
///
/// Only those two, as they rarely have a second name in another report of
/// the same story: a common noun as object is named in many ways ("signed
/// an agreement", "the text was signed"), and the subject of an active verb
/// is more often the doer than what the event was about. `None` also when
/// the clause made no such claim or its participant is a pronoun or a
/// measure, event or empty key: the event is then told apart by nothing,
/// which keeps it comparable with any other.
fn undergoer(claims: &[RawClaim], span: Span, verb: &str, passive: bool, intransitive: bool) -> Option<String> {
    let claim = claims
        .iter()
        .find(|c| c.span == span && c.predicate.split(' ').next() == Some(verb) && !c.subject.key.contains(':'))?;
    // A name is kept whole: "Edna Fowke" and her brother "Walter Fowke"
    // are two people, and a surname alone in another report is made the
    // full name by the name pass (`coref::unify_names`).
    if intransitive && !passive {
        return participant(&claim.subject.key, claim.subject.name);
    }
    let key = match &claim.object {
        _ if passive => claim.subject.key.as_str(),
        Value::Entity { key, text, .. } if !claim.predicate.contains(' ') && is_name_text(text) => key.as_str(),
        _ => return None,
    };
    participant(key, false)
}

/// Whether the verb at `v` takes no object: what follows it, past its
/// adverbs, is a phrase of time or place, a comma or the end of the piece
/// ("the ferry sank on 4 March", "she died suddenly in Leeds"). A particle
/// ("gave up the town") is the verb's own and brings its object.
fn without_object(toks: &[Tok<'_>], v: usize, end: usize) -> bool {
    let mut k = v + 1;
    while k < end && adverb(&toks[k]) {
        k += 1;
    }
    let Some(next) = toks[..end].get(k) else { return true };
    match next.class {
        Class::Comma | Class::Stop | Class::Quote => true,
        Class::Prep => !particle_not_in(&next.lower),
        _ => false,
    }
}

/// The key an undergoer is kept by: the last word of a common noun's key
/// ("bank" of "savings bank"), a name whole. `None` for a pronoun and for
/// a measure, event or empty key.
fn participant(key: &str, name: bool) -> Option<String> {
    let head = key.rsplit(' ').next().unwrap_or(key);
    let pronoun = matches!(
        head,
        "" | "it"
            | "they"
            | "them"
            | "he"
            | "she"
            | "him"
            | "her"
            | "this"
            | "that"
            | "these"
            | "those"
            | "we"
            | "i"
            | "you"
            | "one"
    );
    (!pronoun && !key.contains(':')).then(|| if name { key } else { head }.to_string())
}

/// Whether every word of a phrase but a leading "the" is capitalised:
/// "Orsk", "the Serrin River", not "an agreement in Genevra".
fn is_name_text(text: &str) -> bool {
    let mut words = text.split_whitespace().peekable();
    if words.peek().is_some_and(|w| w.eq_ignore_ascii_case("the")) {
        words.next();
    }
    let mut any = false;
    for w in words {
        if !w.chars().next().is_some_and(char::is_uppercase) {
            return false;
        }
        any = true;
    }
    any
}

/// The forms of "be" a passive's subject stands before.
const BE_FORMS: &[&str] = &["was", "were", "is", "are", "been", "be", "being"];

/// The head noun a passive verb at `v` is said of, found in the words just
/// before it: "a bank in Dunmore was robbed" -> "bank". A place phrase
/// between them is stepped over. `None` unless the verb follows a form of
/// "be" and a lower-case noun comes before that, inside the piece from
/// `start`.
fn passive_patient(toks: &[Tok<'_>], start: usize, v: usize) -> Option<String> {
    if v == 0 || !after_be(toks, start, v, true) {
        return None;
    }
    let mut k = v - 1;
    while k > start
        && (BE_FORMS.contains(&toks[k].lower.as_str())
            || matches!(toks[k].lower.as_str(), "has" | "have" | "had" | "not" | "never")
            || adverb(&toks[k]))
    {
        k -= 1;
    }
    // "a bank in Dunmore": back over the capitalised place and its "in".
    let mut j = k;
    while j > start && toks[j].class == Class::Word && toks[j].text.chars().next().is_some_and(char::is_uppercase) {
        j -= 1;
    }
    if j < k && j > start && matches!(toks[j].lower.as_str(), "in" | "at" | "near" | "outside") {
        k = j - 1;
    }
    let t = &toks[k];
    let common_noun = t.class == Class::Word
        && t.text.chars().next().is_some_and(char::is_lowercase)
        && !matches!(
            t.lower.as_str(),
            "it" | "they" | "this" | "that" | "which" | "who" | "has" | "have" | "had"
        );
    (k >= start && common_noun).then(|| t.noun().to_string())
}

/// Whether a figure is the size of a crowd: what a crowd or an attendance
/// stood at, or how many fans, spectators or supporters watched, attended
/// or were in the ground. A change ("attendance fell by 900") or a share
/// ("12% of the crowd") is not the size.
///
/// People in the crowd count only with a verb of watching: "30 fans were
/// hurt in the stands" counts the hurt, and "4,000 people marched" a march
/// that may have had many more onlookers.
fn is_crowd_size(
    toks: &[Tok<'_>],
    (ps, pe): (usize, usize),
    at: usize,
    verb: Option<&str>,
    measure: &str,
    quantity: &crate::model::Quantity,
) -> bool {
    let counted = quantity.unit.is_empty() || quantity.unit == crate::values::count_unit(measure);
    let change = at.checked_sub(1).is_some_and(|k| toks[k].lower == "by");
    if !counted || change || quantity.upper.is_some() {
        return false;
    }
    if matches!(measure, "attendance" | "crowd") {
        return true;
    }
    let watching = matches!(verb, Some("watch" | "attend" | "see" | "witness" | "pack" | "fill"));
    let watcher = matches!(measure, "fan" | "spectator" | "supporter" | "onlooker");
    if !(watcher || measure == "people" && watching) {
        return false;
    }
    // "5,000 fans were in the ground": being in the stands is watching.
    // ("Were inside the stadium" reads "inside" as the verb.)
    let in_the_ground = toks[ps..pe].windows(3).any(|w| {
        matches!(w[0].lower.as_str(), "in" | "inside" | "at")
            && w[1].class == Class::Det
            && matches!(w[2].noun(), "ground" | "stadium" | "arena" | "stand" | "venue")
            && verb.is_none_or(|v| v == "be" || v == w[0].lower)
    });
    watching || in_the_ground
}

/// Whether a figure is a sum of money: its unit is a currency, or what it
/// counts is one ("1.84 billion crowns": WordNet's monetary units, and the
/// crown, the English name of the Nordic and Czech currencies, whose first
/// WordNet senses are the headgear and the monarch).
fn is_money(unit: &str, measure: &str) -> bool {
    matches!(unit, "usd" | "eur" | "gbp")
        || matches!(measure, "crown" | "krone" | "krona" | "koruna")
        || crate::wordnet().is_some_and(|wn| wn.is_a(measure, "monetary unit"))
}

/// The noun a sum is "of", just before the figure: "revenue of 1.84
/// billion crowns", "a profit of about 95 million" -> "revenue", "profit".
fn sum_of(toks: &[Tok<'_>], at: usize) -> Option<String> {
    let mut k = at.checked_sub(1)?;
    while k > 0
        && matches!(
            toks[k].lower.as_str(),
            "about" | "around" | "nearly" | "almost" | "some" | "over" | "roughly" | "between"
        )
    {
        k -= 1;
    }
    let noun = toks.get(k.checked_sub(1)?)?;
    (toks[k].lower == "of" && noun.class == Class::Word && !verb_like(noun)).then(|| noun.noun().to_string())
}

/// "The quake measured 6.9", "the tremor registered 5.2", "a 6.1 quake":
/// a bare figure of an earthquake, said by a verb of measure or set
/// between an article and the quake's noun, is its magnitude on the usual
/// scales (below ten), not a count of quakes ("two quakes struck" still
/// counts them). Any other bare figure ("the tremor killed 12") names
/// nothing it counts and is left alone.
fn quake_magnitude(toks: &[Tok<'_>], fig: &crate::frames::Figure) -> bool {
    let quake =
        |t: &Tok<'_>| t.class == Class::Word && crate::morph::event_verb_of(t.noun()).as_deref() == Some("earthquake");
    let value = fig.quantity.value;
    // A counted noun is the figure's unit ("5.1 quake" counts quakes) until
    // it is read as a magnitude here.
    let unitless = fig.quantity.unit.is_empty() || fig.measure.is_some();
    let on_scale = unitless && fig.quantity.upper.is_none() && (1.0..10.0).contains(&value);
    let measured =
        fig.at > 0 && matches!(toks[fig.at - 1].verb(), "measure" | "register") && toks[..fig.at].iter().any(quake);
    // The quake's noun is the figure's last word ("5.1 quake"), the
    // counted noun it would otherwise be.
    let before_noun = fig.at > 0
        && fig.end > fig.at + 1
        && matches!(toks[fig.at - 1].lower.as_str(), "a" | "an" | "the")
        && quake(&toks[fig.end - 1])
        && toks[fig.end - 1].noun() == toks[fig.end - 1].lower;
    on_scale && (measured || before_noun)
}

/// Where a piece's verb group starts: past leading quotes, conjunctions
/// and pronouns, a fronted phrase ("On our scale"), and the subject phrase
/// with any time adjunct after it. [`verb_index`] and [`main_verb`] both
/// start here.
fn past_subject(toks: &[Tok<'_>], start: usize, end: usize) -> usize {
    let mut k = start;
    while k < end
        && matches!(
            toks[k].class,
            Class::Quote | Class::Conj | Class::Comma | Class::Wh | Class::Pron
        )
    {
        k += 1;
    }
    k = after_fronted_phrase(toks, k, end);
    // "Armed drones attacked", "the armed forces on Friday confirmed": a
    // participle that opens a noun phrase with a verb after it describes
    // the subject; it is not the piece's verb.
    let describing = toks.get(k).is_some_and(|t| t.lower.ends_with("ed"))
        && subject_phrase_end(toks, k, end).is_some_and(|b| {
            let v = after_time_adjunct(toks, b, end);
            b > k + 1 && v < end && (toks[v].class == Class::Aux || verb_like(&toks[v]))
        });
    // "Which employs 450 people": the relative pronoun was the subject.
    let relative_present =
        k > start && matches!(toks[k - 1].lower.as_str(), "which" | "who") && toks.get(k).is_some_and(present_form);
    if !(toks.get(k).is_some_and(verb_like) || relative_present) || describing {
        if let Some(b) = subject_phrase_end(toks, k, end) {
            k = past_subject_qualifiers(toks, after_time_adjunct(toks, b, end), end);
        }
    }
    k
}

/// The participle that opens a piece with no subject: "Designed in Tamsin
/// and assembled in Kestwick.", "Made in Vanta." A product sheet's lines say
/// where and when the thing was made without naming it; the participle is
/// the event, so its places and dates are read as any verb's are. Only
/// before a preposition ("Based in Oslo"), and only a word WordNet knows as
/// a verb whose base form differs ("United Nations" is a name).
fn fragment_verb(toks: &[Tok<'_>], start: usize, end: usize) -> Option<usize> {
    let mut k = start;
    while k < end && matches!(toks[k].class, Class::Conj | Class::Comma) {
        k += 1;
    }
    let t = toks.get(k).filter(|_| k + 1 < end)?;
    // "Released 14 February 2026": a date may follow the participle at
    // once, as release notes write it.
    let dated = crate::frames::is_date_word(&toks[k + 1].lower)
        || (toks[k + 1].class == Class::Number
            && toks
                .get(k + 2)
                .is_some_and(|m| k + 2 < end && crate::values::month_of(&m.lower).is_some()));
    (is_participle(t) && (toks[k + 1].class == Class::Prep || dated)).then_some(k)
}

/// A past form of a verb, irregular ones included ("taken", "fed",
/// "dismissed"): a lower-case word whose base form as a verb differs, not
/// a plural or an "-ing" form.
fn verb_form(t: &Tok<'_>) -> bool {
    t.class == Class::Word
        && t.text.chars().next().is_some_and(char::is_lowercase)
        && (verb_like(t) || (!t.lower.ends_with('s') && !t.lower.ends_with("ing") && t.verb() != t.lower))
}

/// A past form of a verb, whatever its capital: its base form differs.
pub(crate) fn is_participle(t: &Tok<'_>) -> bool {
    t.class == Class::Word
        && (t.lower.ends_with("ed") || IRREGULAR_PAST.contains(&t.lower.as_str()))
        && t.verb() != t.lower
}

/// The token index of the main verb of a piece (see [`main_verb`]).
fn verb_index(toks: &[Tok<'_>], start: usize, end: usize) -> Option<usize> {
    let mut k = past_subject(toks, start, end);
    let first_aux = (k < end && toks[k].class == Class::Aux).then_some(k);
    while k < end && (matches!(toks[k].class, Class::Aux | Class::Conj) || adverb(&toks[k])) {
        k += 1;
    }
    match toks.get(k) {
        Some(t) if k < end && t.class == Class::Word => Some(k),
        _ => first_aux,
    }
}

/// Where the subject phrase starting at `k` ends, coordinated phrases
/// included: "two barges and a crane were damaged".
fn subject_phrase_end(toks: &[Tok<'_>], k: usize, end: usize) -> Option<usize> {
    let (_, mut b) = noun_phrase_at(toks, k, end)?;
    while b + 1 < end && matches!(toks[b].lower.as_str(), "and" | "or" | "nor") {
        match noun_phrase_at(toks, b + 1, end) {
            Some((_, nb)) => b = nb,
            None => break,
        }
    }
    Some(b)
}

/// Verbs whose past participle is their base form ("was set up", "were
/// hurt", "is shut"), besides those of `IRREGULAR_PAST` ("hit", "cut",
/// "put"): after a form of "be" they are a passive, not a describing word.
const SAME_FORM_PARTICIPLES: &[&str] = &[
    "set",
    "hurt",
    "shut",
    "spread",
    "cast",
    "cost",
    "let",
    "quit",
    "burst",
    "split",
    "upset",
    "shed",
    "bet",
    "broadcast",
    "forecast",
    "thrust",
    "read",
    "rid",
    "bid",
    "run",
    "come",
    "become",
    "overcome",
    "fit",
    "knit",
    "slit",
    "spit",
];

/// The main verb of a piece, in base form: the first word after the piece's
/// opening noun phrase and any auxiliaries and adverbs ("the trucks were
/// hit" -> "hit"); an auxiliary alone gives "be" or "have".
///
/// Also whether that verb is a word a copula describes its subject with
/// ("the weather was mild", "the sea was calm"): a base form after a form
/// of "be" is no passive (a participle is "closed", or one of the verbs
/// whose participle is their base form, "was set up", "were hurt"). Such a
/// word is still the piece's verb for its figures ("four people are
/// absent" counts the absent), but it names no event: read as one, two
/// days of mild weather dated "mild" twice, and met as a date mismatch.
fn main_verb_or_state(toks: &[Tok<'_>], start: usize, end: usize) -> (Option<String>, bool) {
    let mut k = past_subject(toks, start, end);
    let mut aux: Option<&str> = None;
    while k < end && (matches!(toks[k].class, Class::Aux | Class::Conj) || adverb(&toks[k])) {
        if toks[k].class == Class::Aux {
            aux = Some(toks[k].lower.as_str());
        }
        k += 1;
    }
    let state = |t: &Tok<'_>| {
        aux.is_some_and(|a| crate::morph::verb(a) == "be")
            && !verb_like(t)
            && t.verb() == t.lower
            && !IRREGULAR_PAST.contains(&t.lower.as_str())
            && !SAME_FORM_PARTICIPLES.contains(&t.lower.as_str())
            && !t.lower.ends_with("ing")
    };
    // "Eleven patients had serious side effects": after a form of "have",
    // a word that is no verb's inflected form is what they had, and "have"
    // is the verb.
    let had = |t: &Tok<'_>| {
        aux.is_some_and(|a| crate::morph::verb(a) == "have")
            && !verb_like(t)
            && !SAME_FORM_PARTICIPLES.contains(&t.lower.as_str())
            && crate::wordnet()
                .and_then(|wn| wn.lemma(&t.lower, crate::wordnet::Pos::Verb))
                .is_none_or(|base| base == t.lower)
    };
    match toks.get(k) {
        Some(t) if k < end && t.class == Class::Word && had(t) => (Some("have".to_string()), false),
        Some(t) if k < end && t.class == Class::Word && (aux.is_some() || verb_like(t) || t.lower.ends_with('s')) => {
            (Some(t.verb().to_string()), state(t))
        }
        Some(t) if k < end && aux.is_none() && plural_present(toks, start, k) => (Some(t.verb().to_string()), false),
        _ => (aux.map(crate::morph::verb), false),
    }
}

/// "Ten hikers venture out", "the turbines start on 20 May": a verb in its
/// base form after a plural subject is the present tense. The word must be
/// a WordNet verb in that form, and the word before it a plural noun (its
/// base form differs), so "the two men" is not read as a verb.
fn plural_present(toks: &[Tok<'_>], start: usize, k: usize) -> bool {
    let (Some(t), Some(prev)) = (toks.get(k), k.checked_sub(1).and_then(|p| toks.get(p))) else {
        return false;
    };
    if k <= start || t.class != Class::Word || prev.class != Class::Word {
        return false;
    }
    let Some(wn) = crate::wordnet() else { return false };
    wn.lemma(&t.lower, crate::wordnet::Pos::Verb) == Some(t.lower.as_str())
        && prev.lower.ends_with('s')
        && prev.noun() != prev.lower
}

/// Words of a time phrase: never a subject or an object.
const TIME_WORDS: &[&str] = &[
    "later",
    "earlier",
    "yesterday",
    "today",
    "tonight",
    "meanwhile",
    "then",
    "last",
    "next",
    "morning",
    "evening",
    "night",
    "afternoon",
    "noon",
    "midday",
    "midnight",
    "overnight",
    "week",
    "weekend",
    "month",
    "year",
    "day",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "hour",
    "minute",
    "now",
];

/// Whether a time counted from another moment starts at `k`: a number
/// (or "an"), a unit of time and "later", "earlier", "into", "after",
/// "before" or "ago", with "about", "some" or "nearly" before it: "ten
/// minutes into the flight", "about an hour later", "two days before the
/// vote".
fn offset_time_at(toks: &[Tok<'_>], k: usize, end: usize) -> bool {
    let mut j = k;
    if toks
        .get(j)
        .is_some_and(|t| matches!(t.lower.as_str(), "about" | "some" | "nearly" | "around" | "roughly"))
    {
        j += 1;
    }
    // Asked of every word after a verb: the cheap tests first.
    j + 2 < end
        && crate::frames::counts_from_a_moment(&toks[j + 2].lower)
        && crate::frames::OFFSET_UNITS.contains(&toks[j + 1].noun())
        && (toks[j].class == Class::Number
            || matches!(toks[j].lower.as_str(), "an" | "a")
            || crate::values::number_value(&toks[j].lower).is_some())
}

/// Nouns for a stretch of time that are not in [`TIME_WORDS`], as they
/// also open other phrases ("period costume", "a quarter of the town"):
/// read as time only as the noun of a phrase after a preposition.
const SPANS_OF_TIME: &[&str] = &[
    "period",
    "decade",
    "quarter",
    "fortnight",
    "century",
    "season",
    "semester",
];

/// A colour word names the subject's colour only when it ends the
/// complement: "the van was white", "she wore red". "Wearing a red
/// jacket" gives the jacket's colour, and "a red and white strip" is two
/// colours of one thing, neither of them *the* colour.
fn colour_of_subject(toks: &[Tok<'_>], (at, after): (usize, usize), end: usize, lex: &Lexicon) -> bool {
    let is_colour = |i: usize| {
        let words: Vec<&str> = toks[i..end.min(toks.len())].iter().map(|t| t.lower.as_str()).collect();
        lex.match_at(&words, 0).is_some_and(|(_, kind)| {
            matches!(kind, TermKind::Concept(id) if lex.concept(id).is_some_and(|c| c.slot.as_deref() == Some("colour")))
        })
    };
    let coordinated = |i: usize| toks.get(i).is_some_and(|t| matches!(t.lower.as_str(), "and" | "or"));
    if at >= 2 && coordinated(at - 1) && is_colour(at - 2) {
        return false;
    }
    match toks.get(after).filter(|_| after < end) {
        None => true,
        Some(next) if next.class == Class::Word => false,
        Some(_) if coordinated(after) && after + 1 < end => !is_colour(after + 1),
        Some(_) => true,
    }
}

/// Whether the words before a concept mention in its piece put the subject
/// in the concept's slot: a form of "be", "as", or a verb the lexicon lists
/// for the slot.
fn slot_licensed(toks: &[Tok<'_>], piece_start: usize, at: usize, slot: &str, lex: &Lexicon) -> bool {
    let before = &toks[piece_start..at];
    if before.iter().rev().take(3).any(|t| t.lower == "as") {
        return true;
    }
    // The words between the licensing verb and the mention must be the
    // start of its complement (determiners, adjectives, negators): "were
    // fighters", "is not red", "carried artillery shells" — not "is near the
    // red ball" or "is spanking a man".
    for (i, t) in before.iter().enumerate().rev() {
        let copula = matches!(
            t.lower.as_str(),
            "is" | "are" | "was" | "were" | "be" | "been" | "being"
        );
        let slot_verb = t.class == Class::Word && lex.slot_verb(slot, t.verb());
        // "Is wearing a coat which is grey": a copula after "which" right
        // behind a noun, with no comma, is a relative clause's, and what it
        // says is said of that noun (`described_by_relative`), not of the
        // piece's subject. "The ferry, which is white," keeps its comma and
        // its colour.
        let relative = copula
            && i >= 2
            && matches!(before[i - 1].lower.as_str(), "which" | "that")
            && before[i - 2].class == Class::Word;
        if relative {
            return false;
        }
        if copula || slot_verb {
            // "armed with", "loaded with", "made of", "built from", "cast
            // in": the verb's complement starts after the preposition.
            let from = if slot_verb
                && before
                    .get(i + 1)
                    .is_some_and(|x| matches!(x.lower.as_str(), "with" | "of" | "from" | "in"))
            {
                i + 2
            } else {
                i + 1
            };
            // "is drinking water": after a copula, a concept that opens with
            // a verb in "-ing" is the verb phrase, not a classification.
            if copula && from == before.len() && progressive(&toks[at]) {
                return false;
            }
            let complement = &before[from..];
            // "carried tinned beans, sleeping bags and medicine": a list's
            // commas belong to the complement when the mention is its
            // last item (after "and" / "or"); an item may start with a
            // word in "-ing" that modifies a noun ("sleeping bags"), not one
            // that starts a clause ("flour, leaving the weapons").
            let listed = complement.last().is_some_and(|x| x.class == Class::Conj)
                && complement.iter().any(|x| x.class == Class::Comma);
            return complement.iter().enumerate().all(|(j, x)| {
                let item_start = j > 0 && complement[j - 1].class == Class::Comma;
                let noun_modifier = item_start && complement.get(j + 1).is_some_and(|n| n.class == Class::Word);
                (matches!(
                    x.class,
                    Class::Det | Class::Word | Class::Conj | Class::Number | Class::Quote
                ) || (listed && x.class == Class::Comma))
                    && (!progressive(x) || (listed && noun_modifier))
            });
        }
    }
    false
}

/// An adverb in "-ly" ("reportedly", "sharply"): never part of a noun
/// phrase. Adjectives in "-ly" ("early", "elderly", "daily") are not adverbs.
pub(crate) fn adverb(t: &Tok<'_>) -> bool {
    t.class == Class::Word
        && t.lower.ends_with("ly")
        && t.text.chars().next().is_some_and(char::is_lowercase)
        && crate::wordnet().is_some_and(|wn| {
            wn.is_word(&t.lower, crate::wordnet::Pos::Adv)
                && !wn.is_word(&t.lower, crate::wordnet::Pos::Adj)
                && !wn.is_word(&t.lower, crate::wordnet::Pos::Noun)
        })
}

/// A lower-case word WordNet knows as an adverb and not as a verb:
/// "outdoors", "nearby", "quickly", "here". For a participle's adverb in a
/// reduced relative ("located nearby is empty").
fn adverb_of_place_or_manner(t: &Tok<'_>) -> bool {
    t.class == Class::Word
        && t.text.chars().next().is_some_and(char::is_lowercase)
        && crate::wordnet().is_some_and(|wn| {
            wn.is_word(&t.lower, crate::wordnet::Pos::Adv) && !wn.is_word(&t.lower, crate::wordnet::Pos::Verb)
        })
}

/// A verb's "-ing" form ("sawing", "playing"): it ends a noun phrase that
/// already has a noun ("a man sawing logs"), but a noun like "engineering"
/// at the start of a phrase stays.
fn progressive(t: &Tok<'_>) -> bool {
    // Five letters are enough for "doing", "using" and "going"; "being" is
    // an auxiliary's form ("is being cut"), never a progressive of its own.
    t.class == Class::Word
        && t.lower.len() > 4
        && t.lower != "being"
        && t.lower.ends_with("ing")
        && t.text.chars().next().is_some_and(char::is_lowercase)
        && crate::wordnet().is_some_and(|wn| {
            wn.lemma(&t.lower, crate::wordnet::Pos::Verb)
                .is_some_and(|l| l != t.lower)
        })
}

/// The general claim of a clause: who does what to what, with polarity.
struct Clause {
    subject: Entity,
    /// Token of the main verb, when there is one.
    verb_at: Option<usize>,
    predicate: String,
    object: Value,
    negative: bool,
    /// "was seized", "were killed": the subject undergoes the verb.
    passive: bool,
    /// What a verdict is about ("found Brandt guilty of fraud": fraud),
    /// which stays the claim's object when the defendant becomes its
    /// subject.
    charge: Option<Value>,
    /// The second subject of "neither X nor Y", of whom the clause is
    /// denied too.
    nor: Option<Entity>,
    /// A second object joined by "and" ("supports encryption and guest
    /// networks"; under a negation also by "or"), of which the clause is
    /// said too.
    also: Option<Value>,
    /// What a participle before the auxiliary says the subject does ("a
    /// dog wearing a collar is barking": wear, a collar), which the
    /// sentence asserts whatever it says of the barking.
    described: Option<(String, Value)>,
    /// A passive with its agent, in the active voice: "the hull is being
    /// scraped by a deckhand" is also "a deckhand / scrape / the hull", so
    /// it meets "there is no deckhand scraping a hull" as well as "the hull
    /// was not scraped".
    /// The last field is its negation: "by nobody" denies it.
    active: Option<(Entity, String, Value, bool)>,
}

/// Particles that belong to the verb ("shot down", "stood up").
const PARTICLES: &[&str] = &["up", "down", "out", "off", "away", "back", "over", "in"];

/// A particle other than "in", which after a verb more often opens a phrase
/// of place ("died in Leeds", "seemed in good spirits") than belongs to it.
fn particle_not_in(word: &str) -> bool {
    word != "in" && PARTICLES.contains(&word)
}
/// Multi-word prepositions ("in front of").
const COMPLEX_PREPOSITIONS: &[&[&str]] = &[
    &["in", "front", "of"],
    &["next", "to"],
    &["close", "to"],
    &["on", "top", "of"],
    &["out", "of"],
    &["far", "from"],
    &["far", "away", "from"],
    &["away", "from"],
    &["instead", "of"],
];
/// Pronoun subjects that stand for any person.
const PERSON_WORDS: &[&str] = &["someone", "somebody", "everyone", "everybody", "anyone", "anybody"];

/// Reads the clause of a piece: subject (its own, or `fallback` when the
/// piece opens with a verb), the verb group with its negators, and the
/// object or complement. "There is no X V-ing", "Nobody V", "No X V",
/// "None of the X V" and "X has no Y" are negative.
fn clause_of(
    toks: &[Tok<'_>],
    start: usize,
    end: usize,
    fallback: Option<&Entity>,
    lex: &Lexicon,
    names: &mut NameRegistry,
) -> Option<Clause> {
    let mut k = start;
    while k < end && matches!(toks[k].class, Class::Quote | Class::Comma) {
        k += 1;
    }
    while k < end && toks[k].class == Class::Conj && !matches!(toks[k].lower.as_str(), "not" | "never") {
        k += 1;
    }
    k = after_complementizer(toks, k, end);
    // "On 3 May the assembly passed ...": a fronted time adjunct.
    k = after_time_adjunct(toks, k, end);
    k = after_fronted_phrase(toks, k, end);
    let mut negative = false;
    let person = || Entity::new("someone", "person");
    let subject: Entity;
    let mut after: usize;
    let mut verb_from_subject: Option<usize> = None;
    let mut nor = None;
    let mut described = None;
    // The auxiliary of "there is (no) X <place>", which is then the verb.
    let mut existential_be: Option<usize> = None;
    let lower = |i: usize| toks.get(i).map_or("", |t| t.lower.as_str());
    if opens_existential(toks, k) {
        // "There is no biker jumping": the biker is the subject.
        negative ^= crate::tokens::negated_auxiliary(lower(k + 1));
        let k_aux = k + 1;
        k += 2;
        if matches!(lower(k), "no" | "not" | "never") {
            negative = !negative;
            k += 1;
        }
        while matches!(lower(k), "a" | "an" | "any") {
            k += 1;
        }
        // "There is no one loading the cart", "there is nobody here": a
        // person, whoever it is.
        let nobody = matches!(lower(k), "nobody" | "noone");
        // "There is no person boiling rice" is "there is no one": any
        // person, not one particular person.
        let someone = (negative && matches!(lower(k), "one" | "person")) || nobody || PERSON_WORDS.contains(&lower(k));
        negative ^= nobody;
        let (b, mut s) = if someone {
            (k + 1, person())
        } else {
            let (a, b) = noun_phrase_at(toks, k, end)?;
            // "There is no baker deep frying dough": the phrase finder took
            // the adverb for the last word of the baker's phrase.
            let adverb_at_end = b > a + 1 && adverb_before_progressive(toks, b - 1, end);
            let phrase_end = if adverb_at_end { b - 1 } else { b };
            let mut s = entity_of(&toks[a..phrase_end], lex, names);
            // "There is no heron on the pier" denies every heron, as "no
            // heron is on the pier" does: the subject's text keeps its "no",
            // which is how the kind passes know a denial about every thing of
            // a kind (`coref::no_kind_covers_its_member`).
            if a > 0 && a == k && lower(a - 1) == "no" {
                s.text = join_text(&toks[a - 1..phrase_end]).into();
            }
            // "There is no tug and barge leaving the quay": a denial of the
            // two together, read as a denial about the first that covers
            // only a side where the second is with it (`co_subject`).
            let b = match co_subject(toks, b, end, lex, names) {
                Some((d, with)) => {
                    s.modifiers.push(with);
                    s.modifiers.sort();
                    d
                }
                None => b,
            };
            (b, s)
        };
        after = b;
        // "There is no courier in a yellow vest waiting at the gate": the
        // courier's prepositional phrases narrow it, and what it does is
        // wait.
        let (pp_end, pp) = adjuncts_before_progressive(toks, b, end);
        // "There is no porter with a red cap on the quay": the "with" phrase
        // describes the porter, and the place after it is the existential's
        // own "be", as in "there is no porter on the quay".
        let (pp_end, pp) = if pp_end > b {
            (pp_end, pp)
        } else {
            described_before_place(toks, b, end)
        };
        let b = if pp_end > b {
            s.modifiers.extend(pp);
            s.modifiers.sort();
            s.modifiers.dedup();
            after = pp_end;
            pp_end
        } else {
            b
        };
        // "There is no porter carrying crates standing by the crane": the
        // porter is the one carrying crates, and what is denied is standing.
        let participle =
            participle_object(toks, b, end).filter(|&(e, _)| toks.get(e).is_some_and(|t| e < end && progressive(t)));
        if let Some((_, m)) = &participle {
            s.modifiers.push(m.clone());
            s.modifiers.sort();
            s.modifiers.dedup();
        }
        // "There is no skier on the red slope airborne" says what "no skier
        // on the red slope is airborne" says: the phrases narrow the skier,
        // and the describing word that ends the clause is what is denied.
        // Read as a place, the word had become part of the slope.
        let trailing_word = participle
            .is_none()
            .then(|| describing_word_after_phrases(toks, b, end))
            .flatten();
        if let Some((_, pp)) = &trailing_word {
            s.modifiers.extend(pp.iter().cloned());
            s.modifiers.sort();
            s.modifiers.dedup();
        }
        subject = s;
        // "There is no porter who is carrying a crate": a relative clause
        // in the progressive says what the denied porter does, as "there is
        // no porter carrying a crate" does.
        let relative = matches!(lower(b), "who" | "which" | "that")
            && b + 2 < end
            && toks[b + 1].class == Class::Aux
            && crate::morph::verb(&toks[b + 1].lower) == "be"
            && progressive(&toks[b + 2]);
        // "There is no clerk who is being helped by a porter": in the
        // passive the relative clause's whole verb group is read, from its
        // "is", so the clerk is the one helped and the porter the helper,
        // as in "a clerk is being helped by a porter". Before, the clause
        // gave no claim but the clerk's absence.
        let participle_at = |p: usize| {
            toks.get(p).is_some_and(|t| {
                p < end
                    && t.class == Class::Word
                    && (verb_like(t) || strong_participle(t) || IRREGULAR_PAST.contains(&t.lower.as_str()))
            })
        };
        let relative_passive = matches!(lower(b), "who" | "which" | "that")
            && b + 2 < end
            && toks[b + 1].class == Class::Aux
            && crate::morph::verb(&toks[b + 1].lower) == "be"
            && (participle_at(b + 2) || (lower(b + 2) == "being" && participle_at(b + 3)));
        if relative {
            verb_from_subject = Some(b + 2);
        } else if relative_passive {
            verb_from_subject = Some(b + 1);
        } else if let Some((e, _)) = participle {
            verb_from_subject = Some(e);
        } else if toks.get(b).is_some_and(|t| t.class == Class::Word && b < end) {
            verb_from_subject = Some(b);
            // "There is no guard dressed in grey holding a torch": the
            // guard is the one dressed in grey, and what the guard does is hold.
            let reduced = verb_like(&toks[b])
                && toks
                    .get(b + 1)
                    .is_some_and(|t| t.class == Class::Prep && t.lower != "to");
            if reduced {
                let doing = (b + 2..end)
                    .take_while(|&j| !matches!(toks[j].class, Class::Comma | Class::Stop | Class::Aux))
                    .find(|&j| progressive(&toks[j]));
                if let Some(j) = doing {
                    verb_from_subject = Some(j);
                }
            }
        }
        // "There is no courier at the gate" says what "no courier is at the
        // gate" says: with no verb after the subject, a phrase of place is
        // the existential's own "be". Not "of", "for", "to", "about",
        // "with" or "from", which complete or describe the noun ("no sign
        // of", "no reason for", "no girl with a red bag").
        let place = toks.get(b).is_some_and(|t| {
            b < end
                && t.class == Class::Prep
                && !matches!(
                    t.lower.as_str(),
                    "of" | "for" | "to" | "about" | "with" | "from" | "than" | "as"
                )
        });
        if let Some((e, _)) = trailing_word {
            existential_be = Some(k_aux);
            after = e;
        } else if place {
            existential_be = Some(k_aux);
        }
    } else if matches!(lower(k), "nobody" | "noone" | "nothing") || (lower(k) == "no" && lower(k + 1) == "one") {
        negative = true;
        subject = person();
        after = if lower(k) == "no" { k + 2 } else { k + 1 };
    } else if lower(k) == "neither"
        && toks
            .get(k + 1)
            .is_some_and(|t| matches!(t.class, Class::Word | Class::Det))
    {
        // "Neither patients nor doctors knew": a denial of each, read
        // like "no patients knew" (the first phrase is the subject, as
        // with "and").
        negative = true;
        let (a, b) = noun_phrase_at(toks, k + 1, end)?;
        subject = entity_of(&toks[a..b], lex, names);
        after = subject_phrase_end(toks, k + 1, end).unwrap_or(b);
        if lower(b) == "nor" {
            nor = noun_phrase_at(toks, b + 1, after).map(|(c, d)| entity_of(&toks[c..d], lex, names));
        }
    } else if lower(k) == "none" && lower(k + 1) == "of" {
        negative = true;
        let (a, b) = noun_phrase_at(toks, k + 2, end)?;
        subject = entity_of(&toks[a..b], lex, names);
        after = b;
    } else if PERSON_WORDS.contains(&lower(k)) {
        subject = person();
        after = k + 1;
    } else if lower(k) == "no"
        && (toks.get(k + 1).is_some_and(|t| t.class == Class::Word)
            || matches!(lower(k + 1), "other" | "further") && toks.get(k + 2).is_some_and(|t| t.class == Class::Word))
    {
        negative = true;
        let (a, b) = noun_phrase_at(toks, k + 1, end)?;
        let mut s = entity_of(&toks[a..b], lex, names);
        // "No aircraft were damaged" denies it of every aircraft: the text
        // keeps its "no", which `coref::no_kind_covers_its_member` reads.
        // "No other aircraft" leaves out the kinds named before it in the
        // sentence ("two helicopters were destroyed, and no other ...").
        s.text = join_text(&toks[k..b]).into();
        if matches!(lower(k + 1), "other" | "further") {
            s.modifiers.extend(
                toks[..k]
                    .iter()
                    .filter(|t| t.class == Class::Word)
                    .map(|t| format!("except:{}", t.noun())),
            );
            s.modifiers.sort();
            s.modifiers.dedup();
        }
        // "No boats in the harbour sank": the place phrase narrows the
        // boats, as after any subject, and the verb comes after it.
        let (pp_end, pp) = subject_adjuncts(toks, b, end);
        if pp_end > b {
            s.modifiers.extend(pp);
            s.modifiers.sort();
            s.modifiers.dedup();
        }
        subject = s;
        after = pp_end;
    } else if toks.get(k).is_some_and(|t| {
        t.class == Class::Aux
            || (t.class == Class::Word && verb_like(t) && !opens_described_subject(toks, k, end))
            // "(is sewing a hem) and humming": a bare "-ing" conjunct
            // (see `verb_phrase_conjunct_at`).
            || (progressive(t) && k > 0 && matches!(toks[k - 1].lower.as_str(), "and" | "but"))
            // "(The bank denied) losing the files": the speaker's gerund.
            || (k > 0 && gerund_after(toks, k))
            // "(The mill,) which employs 450 people": its antecedent is the
            // fallback.
            || (k > 0 && matches!(toks[k - 1].lower.as_str(), "which" | "who") && present_form(t))
    }) {
        subject = fallback?.clone();
        after = k;
    } else {
        let (a, b) = noun_phrase_at(toks, k, end)?;
        let mut s = entity_of(&toks[a..b], lex, names);
        after = subject_phrase_end(toks, k, end).unwrap_or(b);
        // "A tug and a barge are leaving the quay": the claim is the tug's,
        // told with the barge beside it.
        if let Some((_, with)) = co_subject(toks, b, after, lex, names) {
            s.modifiers.push(with);
            s.modifiers.sort();
        }
        // "The boy with a green cap is ...", "girls in judo suits
        // are ...": prepositional phrases between the subject and its
        // auxiliary narrow the subject.
        let (pp_end, pp) = subject_adjuncts(toks, after, end);
        if pp_end > after {
            s.modifiers.extend(pp);
            s.modifiers.sort();
            s.modifiers.dedup();
            after = pp_end;
        }
        // "A porter carrying crates is standing by the crane": a participle and
        // its object before the auxiliary describe the subject.
        if let Some((e, m)) = participle_object(toks, after, end)
            .filter(|&(e, _)| toks.get(e).is_some_and(|t| e < end && t.class == Class::Aux))
        {
            let object = entity_of(&toks[after + 1..e], lex, names);
            described = Some((toks[after].verb().to_string(), entity_value(object)));
            s.modifiers.push(m);
            s.modifiers.sort();
            s.modifiers.dedup();
            after = e;
        }
        // "The bowling hall located nearby is empty": a participle and an
        // adverb right before an auxiliary are a reduced relative; the hall
        // is what is empty, not what "located nearby". The two words
        // describe the subject ("locate:nearby"), so a hall located
        // downtown is another hall.
        if after + 2 < end
            && verb_like(&toks[after])
            && adverb_of_place_or_manner(&toks[after + 1])
            && toks[after + 2].class == Class::Aux
        {
            s.modifiers
                .push(format!("{}:{}", toks[after].verb(), toks[after + 1].lower));
            s.modifiers.sort();
            s.modifiers.dedup();
            after += 2;
        }
        subject = s;
        // "A court in Varn on 2 June found ...": a time adjunct between the
        // subject and its verb.
        after = after_time_adjunct(toks, after, end);
        // "A tanker parked near the gate was damaged": a participle and its
        // preposition before a later auxiliary are a reduced relative clause
        // of the subject, as in `own_subject`.
        // ("Every ticket bought directly from us will be refunded": an
        // adverb may come between the participle and its preposition.)
        let prep_at = if toks.get(after + 1).is_some_and(|t| after + 1 < end && adverb(t)) {
            after + 2
        } else {
            after + 1
        };
        if after < end
            && verb_like(&toks[after])
            && toks
                .get(prep_at)
                .is_some_and(|t| t.class == Class::Prep && t.lower != "to")
        {
            let stop = (after + 1..end).find(|&j| matches!(toks[j].class, Class::Aux | Class::Comma | Class::Stop));
            if let Some(j) = stop.filter(|&j| toks[j].class == Class::Aux) {
                after = j;
            }
        }
    }
    // Verb group: auxiliaries, negators and adverbs, then the main verb.
    let mut aux: Option<&str> = existential_be.map(|a| toks[a].lower.as_str());
    let mut j = verb_from_subject.unwrap_or(after);
    while j < end {
        let t = &toks[j];
        if t.class == Class::Aux {
            aux = Some(t.lower.as_str());
            negative ^= crate::tokens::negated_auxiliary(&t.lower);
        } else if matches!(t.lower.as_str(), "not" | "never") {
            negative = !negative;
        } else if t.lower == "in" && toks.get(j + 1).is_some_and(|n| j + 1 < end && n.lower == "fact") {
            // "the ferry is in fact docked": an adverb, not a place.
            j += 1;
        } else if t.lower == "far" && toks.get(j + 1).is_some_and(|n| j + 1 < end && n.lower == "from") {
            // "The outbreak is far from contained": it is not.
            negative = !negative;
            j += 1;
        } else if adverb(t) {
        } else if aux.is_some() && adverb_before_progressive(toks, j, end) {
            // "Is always carrying crates", "is now stamping forms", "is
            // deep frying dough": an adverb without "-ly" between the
            // auxiliary and the verb.
        } else if aux.is_some() && matches!(t.lower.as_str(), "earlier" | "later" | "since" | "once" | "first") {
            // "had earlier been acquitted", "was later released", "has
            // since reopened": time adverbs inside the verb group, which
            // the "-ly" test does not see.
        } else if t.class != Class::Conj || matches!(t.lower.as_str(), "and" | "or" | "but") {
            break;
        }
        j += 1;
    }
    let is_be = aux.is_some_and(|a| matches!(crate::morph::verb(a).as_str(), "be"));
    let mut verb_at = None;
    // "Nobody was hurt": a participle the same as its base form, which the
    // lexicon knows after this form of "be" ("was hurt"), is the verb.
    // A word already read as a participle (an "-ed" or listed past form)
    // needs neither test: asked of every copula, the lexicon lookup is not
    // free.
    let participle_verb = is_be
        && toks.get(j).is_some_and(|t| {
            j < end
                && t.class == Class::Word
                && !(verb_like(t) || IRREGULAR_PAST.contains(&t.lower.as_str()))
                && (participle_before_by(toks, j, end)
                    || matches!(
                        lex.match_at(&[aux.unwrap_or_default(), t.lower.as_str()], 0),
                        Some((2, TermKind::Predicate(_)))
                    ))
        });
    let passive = is_be
        && toks.get(j).is_some_and(|t| {
            j < end
                && t.class == Class::Word
                && (verb_like(t) || IRREGULAR_PAST.contains(&t.lower.as_str()) || strong_participle(t))
        })
        || participle_verb;
    let describes_a_possession =
        aux.is_some_and(|a| crate::morph::verb(a) == "have") && possessed_description(toks, j, end);
    let mut predicate = match toks.get(j) {
        Some(t)
            if j < end
                && t.class == Class::Word
                && !describes_a_possession
                && (participle_verb || is_verb_here(t, aux.is_some(), is_be)) =>
        {
            verb_at = Some(j);
            j += 1;
            t.verb().to_string()
        }
        _ => match aux {
            Some(a) if matches!(crate::morph::verb(a).as_str(), "be" | "have") => crate::morph::verb(a),
            // "The case seems flimsy", "the crew remain in custody": a
            // linking verb without a main verb states what "be" would. Not
            // before a particle: "questions remain over the deal" does not
            // say the questions are over.
            Some(a)
                if matches!(crate::morph::verb(a).as_str(), "seem" | "appear" | "remain" | "become")
                    && !particle_not_in(lower(j)) =>
            {
                "be".into()
            }
            _ => return None,
        },
    };
    after = j;
    // "The ambush took place at the port": "take place" is "happen", not a
    // taking of a place.
    if predicate == "take" && lower(after) == "place" && after < end {
        predicate = "happen".into();
        after += 1;
    }
    if toks.get(after).is_some_and(|t| PARTICLES.contains(&t.lower.as_str())) && after < end {
        let next_is_prep = toks.get(after + 1).is_some_and(|t| t.class == Class::Prep);
        if !(toks[after].lower == "in" || next_is_prep && toks[after].lower == "over") {
            predicate = format!("{predicate} {}", toks[after].lower);
            after += 1;
        }
    }
    // A preposition joins the predicate ("jump into", "be in front of").
    if let Some(words) = COMPLEX_PREPOSITIONS
        .iter()
        .find(|p| p.iter().enumerate().all(|(i, w)| lower(after + i) == *w))
    {
        predicate = format!("{predicate} {}", words.join(" "));
        after += words.len();
    } else if lower(after) == "at" && matches!(lower(after + 1), "least" | "most") {
        // "Shall process at least 1,200 transactions": a figure's
        // qualifier, not the verb's preposition. The figure's own claim
        // keeps the bound; the object is what is counted.
        after += 2;
    } else if toks.get(after).is_some_and(|t| t.class == Class::Prep) && after < end {
        predicate = format!("{predicate} {}", toks[after].lower);
        after += 1;
    }
    if lower(after) == "no" {
        negative = !negative;
        after += 1;
    }
    // Adverbs and time phrases are not objects ("rose sharply", "reopened
    // this morning").
    while after < end
        && toks[after].class == Class::Word
        && toks[after].lower.ends_with("ly")
        && toks[after].lower.len() > 4
    {
        after += 1;
    }
    // A stretch of time after a preposition is when, not what: "rose over
    // the same period", "fell during the last decade". Only after a
    // preposition, so "served two terms" and "the third quarter's figures"
    // keep their nouns.
    let after_prep = after > 0 && toks[after - 1].class == Class::Prep;
    // "Declared an emergency ten minutes into the flight", "saw the ship
    // an hour later": a stretch of time counted from another moment says
    // when, and ends the object before it.
    let offset_limit = (after..end).find(|&k| offset_time_at(toks, k, end)).unwrap_or(end);
    let time_phrase = noun_phrase_at(toks, after, offset_limit).is_some_and(|(a, b)| {
        toks[a..b]
            .iter()
            .rev()
            .find(|t| t.class == Class::Word)
            .is_some_and(|t| {
                TIME_WORDS.contains(&t.lower.as_str())
                    || crate::values::month_of(&t.lower).is_some()
                    || after_prep && (SPANS_OF_TIME.contains(&t.noun()) || TIME_WORDS.contains(&t.noun()))
            })
    });
    // "The court found Brandt guilty of fraud": a verdict whose defendant
    // sits between the verb and "guilty". It is the lexicon's "find guilty"
    // (or "find not guilty"), about the defendant.
    let verdict = (predicate == "find")
        .then(|| (after..end.min(after + 10)).find(|&g| toks[g].lower == "guilty"))
        .flatten()
        .filter(|&g| {
            g > after
                && toks[after..g]
                    .iter()
                    .all(|t| matches!(t.class, Class::Word | Class::Det) || t.lower == "not")
        });
    let mut np_limit = offset_limit;
    let mut charge = None;
    if let Some(g) = verdict {
        let not = toks[g - 1].lower == "not";
        let term = if not { "find not guilty" } else { "find guilty" };
        let words: Vec<&str> = term.split(' ').collect();
        if let Some((_, TermKind::Predicate(id))) = lex.match_at(&words, 0) {
            predicate = id.clone();
            np_limit = if not { g - 1 } else { g };
            charge = (lower(g + 1) == "of")
                .then(|| charge_at(toks, g + 2, end, lex, names))
                .flatten();
        }
    }
    // "The court acquitted Marsh of bribery": the defendant, then the
    // charge. Without this the charge joins the defendant's phrase as its
    // "of"-complement ("Marsh of bribery"), and the verdict loses its charge.
    if verdict.is_none() && !passive {
        let verdict_verb = matches!(
            lex.match_at(&[predicate.as_str()], 0),
            Some((_, TermKind::Predicate(id))) if id == "convict" || id == "acquit"
        );
        let of = (after + 1..end.min(after + 8)).find(|&g| toks[g].lower == "of");
        if let Some(g) = of.filter(|_| verdict_verb) {
            np_limit = g;
            charge = charge_at(toks, g + 1, end, lex, names);
        }
    }
    let mut also = None;
    // "The hull is being scraped by a deckhand": the agent after "by" is
    // the subject of the active clause ("a deckhand is scraping the hull"), read
    // so that the two voices meet; "by nobody" denies it of anyone.
    let by_agent = passive && predicate.ends_with(" by") && lower(after) != "no";
    let mut agent = None;
    let by_nobody = by_agent && matches!(lower(after), "nobody" | "noone");
    // "Were detained and taken to the port", "is allowed on the first
    // ground and dismissed on the second": a second verb after "and" is a
    // conjunct of the verb, not its object.
    let conjunct_verb = matches!(lower(after), "and" | "or" | "but") && toks.get(after + 1).is_some_and(verb_form);
    let object = match noun_phrase_at(toks, after, np_limit).filter(|_| !time_phrase && !conjunct_verb) {
        Some((a, b)) => {
            let b = object_phrase_end(toks, a, b, np_limit);
            also = coordinated_object(toks, b, np_limit, negative)
                .map(|(c, d)| entity_value(entity_of(&toks[c..d], lex, names)));
            let mut e = entity_of(&toks[a..b], lex, names);
            // Adjuncts after the object narrow the claim ("peeling an orange
            // by the stove"): they join the object's modifiers as "by:stove", so
            // a negated claim with an adjunct the other side lacks is not
            // its plain negation.
            let mut modifiers = std::mem::take(&mut e.modifiers);
            let mut j = b;
            // "Is holding a loaf which is warm" is "is holding a warm loaf":
            // the describing words join the object's own.
            if let Some((after_relative, described)) = described_by_relative(toks, b, np_limit) {
                modifiers.extend(
                    described
                        .into_iter()
                        .map(|w| lex.canonical_alias(&w).map_or_else(|| w.clone(), str::to_string)),
                );
                j = after_relative;
            }
            while j + 1 < end && toks[j].class == Class::Prep {
                // "Lower than in 4.1": the standard of a comparison may be a
                // setting, named with its own preposition.
                let than_in = toks[j].lower == "than" && toks[j + 1].class == Class::Prep;
                // ("Higher in 4.2 than in 4.1": a bare number after a
                // preposition is a version or a year, named as it is.)
                let np = j + 1 + usize::from(than_in);
                let bare_number = (than_in || toks[j].lower != "than") && np < end && toks[np].class == Class::Number;
                let Some((pa, pb)) = noun_phrase_at(toks, np, end).or_else(|| bare_number.then_some((np, np + 1)))
                else {
                    break;
                };
                let head = toks[pa..pb].iter().rev().find(|t| t.class == Class::Word);
                if toks[j].lower == "than" {
                    // What a comparison is made with is named in full: "lighter
                    // than the Pika 1" is not "lighter than the Pika 3".
                    let standard = entity_of(&toks[pa..pb], lex, names);
                    let setting = if than_in {
                        format!("{} ", toks[j + 1].lower)
                    } else {
                        String::new()
                    };
                    modifiers.push(format!("than:{setting}{}", standard.key));
                } else if let Some(h) = head {
                    modifiers.push(format!("{}:{}", toks[j].lower, h.noun()));
                } else if bare_number {
                    modifiers.push(format!("{}:{}", toks[j].lower, toks[pa].lower));
                }
                j = pb;
            }
            modifiers.sort();
            modifiers.dedup();
            // "Is not cooking anything", "is cooking something": a pronoun
            // that names no thing leaves the verb without an object, so the
            // denial denies the cooking whatever is cooked, and the
            // affirmation affirms it of nothing in particular.
            if by_agent && also.is_none() && !e.key.is_empty() {
                // The adjuncts after the agent narrow the act, which in
                // the active voice they tell of the object.
                let (own, adjuncts) = modifiers.iter().cloned().partition(|m| !m.contains(':'));
                let agent_entity = if by_nobody && b == a + 1 {
                    person()
                } else {
                    Entity {
                        modifiers: own,
                        ..e.clone()
                    }
                };
                agent = Some((agent_entity, adjuncts));
            }
            // An object the reader found no key for ("one of our three
            // servers") names nothing it could compare: read as none, it
            // can never meet another keyless object.
            if e.key.is_empty() || b == a + 1 && modifiers.is_empty() && VAGUE_OBJECTS.contains(&toks[a].lower.as_str())
            {
                Value::None
            } else {
                Value::Entity {
                    key: e.key,
                    text: e.text.into(),
                    modifiers: modifiers.into(),
                }
            }
        }
        None => Value::None,
    };
    let active = agent.map(|(agent, adjuncts)| {
        let mut patient = subject.clone();
        patient.modifiers.extend(adjuncts);
        patient.modifiers.sort();
        patient.modifiers.dedup();
        let verb = predicate.strip_suffix(" by").unwrap_or(&predicate).to_string();
        (agent, verb, entity_value(patient), negative != by_nobody)
    });
    // "Is being beaten by nobody": not beaten, by anyone.
    let (predicate, object) = match (&active, by_nobody) {
        (Some((_, verb, _, _)), true) => {
            negative = !negative;
            (verb.clone(), Value::None)
        }
        _ => (predicate, object),
    };
    if subject.key.is_empty() || (predicate == "be" && object == Value::None) {
        return None;
    }
    Some(Clause {
        subject,
        verb_at,
        predicate,
        object,
        negative,
        passive,
        active,
        charge,
        nor,
        also,
        described,
    })
}

/// Whether a lexicon event of the direction of change (rise, fall) is
/// said of a person or an animal, by WordNet's first senses of the
/// subject's head. The lexicon's words for rising and falling ("jump",
/// "climb", "drop", "plunge") are about amounts: "shares jumped", "the
/// toll climbed to 40". Of a climber, a child or a dog they are movements,
/// each with its own preposition ("jump off", "climb up", "jump onto"),
/// and the plain verb keeps it. "The crowd grew" is unchanged: a crowd is
/// a group, not a person.
fn bodily_motion(id: &str, subject: &Entity) -> bool {
    let living =
        |k: &str| k == "person" || crate::wordnet().is_some_and(|wn| wn.is_a(k, "person") || wn.is_a(k, "animal"));
    matches!(id, "rise" | "fall") && !subject.name && !subject.key.contains(' ') && living(&subject.key)
}

/// The describing words of a relative clause right after a noun, with no
/// comma between them: "a loaf which is warm", "a sail that is torn and
/// grey", "a lamp which is very old". Such a clause only describes the
/// noun, as the same words before it would ("a warm loaf"), so the object
/// takes them as its modifiers: a denial of holding "a warm loaf" meets
/// the holding of "a loaf which is warm". Before, the words were left out of
/// the object, and a colour among them was read as the colour of the
/// sentence's subject ("a clerk is wearing a coat which is grey" made the
/// clerk grey). Only adjectives WordNet knows are taken, and only when the
/// clause stops after them (its end, a comma or a preposition): "a fan that is moving" (a verb),
/// "a loaf that is on the shelf" (a place) and "a van which is not red"
/// (a denial) stay as they were. "Who" is left out: after a worn thing it
/// is the wearer's ("a porter wearing boots who is asleep"). Returns where
/// the clause ends and its words.
fn described_by_relative(toks: &[Tok<'_>], at: usize, end: usize) -> Option<(usize, Vec<String>)> {
    let word = |i: usize| toks.get(i).filter(|_| i < end);
    let opens = word(at).is_some_and(|t| matches!(t.lower.as_str(), "which" | "that"))
        && word(at + 1).is_some_and(|t| matches!(t.lower.as_str(), "is" | "are"))
        && at > 0
        && toks[at - 1].class == Class::Word;
    if !opens {
        return None;
    }
    let wn = crate::wordnet()?;
    let mut words = Vec::new();
    let mut j = at + 2;
    while let Some(t) = word(j) {
        if t.lower == "very" || (adverb(t) && !words.is_empty() && word(j + 1).is_some_and(|n| n.class == Class::Word))
        {
            j += 1;
            continue;
        }
        let adjective = t.class == Class::Word
            && !progressive(t)
            && !verb_like(t)
            && wn.is_word(&t.lower, crate::wordnet::Pos::Adj)
            && t.text.chars().next().is_some_and(char::is_lowercase);
        if !adjective {
            break;
        }
        words.push(t.lower.clone());
        j += 1;
        // "torn and grey": one more describing word after "and".
        if word(j).is_some_and(|t| t.lower == "and")
            && word(j + 1).is_some_and(|n| n.class == Class::Word && wn.is_word(&n.lower, crate::wordnet::Pos::Adj))
        {
            j += 1;
        }
    }
    let ends = word(j).is_none_or(|t| matches!(t.class, Class::Stop | Class::Comma | Class::Prep));
    (!words.is_empty() && ends).then_some((j, words))
}

/// The second object of a clause, when "and" (or, under a negation, "or")
/// right after the first joins another noun phrase that ends the clause
/// or its phrase: "makes cars and trucks", "does not support Wi-Fi or
/// Bluetooth". A phrase with a verb after it opens a clause of its own
/// ("carried cars and the crew waved"), and a positive "A or B" says
/// neither of them for certain, so neither gives an object.
fn coordinated_object(toks: &[Tok<'_>], b: usize, limit: usize, negative: bool) -> Option<(usize, usize)> {
    let joins = toks
        .get(b)
        .is_some_and(|t| b < limit && (t.lower == "and" || (negative && t.lower == "or")) && t.class == Class::Conj);
    // "And dismissed on the second": a verb after "and" is a conjunct of
    // the verb, not a second object.
    if !joins || toks.get(b + 1).is_some_and(|t| t.class == Class::Pron || verb_form(t)) {
        return None;
    }
    let (c, d) = noun_phrase_at(toks, b + 1, limit)?;
    let d = object_phrase_end(toks, c, d, limit);
    let ends = toks
        .get(d)
        .is_none_or(|t| d >= limit || matches!(t.class, Class::Stop | Class::Comma | Class::Prep | Class::Quote));
    (c > b && ends && toks[c..d].iter().any(|t| t.class == Class::Word)).then_some((c, d))
}

/// Where an object phrase ends. The phrase finder, which does not know
/// where a phrase stands, ends a phrase before a present-tense verb or an
/// "-ing" form ("the price rises.", "a man sawing logs"). After the verb
/// of a clause a last word with nothing of its own after it (the end of
/// the clause, a comma, "and" / "or") cannot be another verb: "supports
/// guest networks.", "does not support multipoint pairing." keep their
/// heads.
fn object_phrase_end(toks: &[Tok<'_>], a: usize, b: usize, limit: usize) -> usize {
    let Some(t) = toks.get(b).filter(|t| b < limit && b > a && t.class == Class::Word) else {
        return b;
    };
    let next = toks.get(b + 1).filter(|_| b + 1 < limit);
    let last =
        next.is_none_or(|n| matches!(n.class, Class::Stop | Class::Comma) || matches!(n.lower.as_str(), "and" | "or"));
    if verb_like(t) {
        return b;
    }
    if t.lower.ends_with("ing") && progressive(t) {
        // An "-ing" head with no object of its own: WordNet's noun that is
        // no adjective ("multipoint pairing"), or any "-ing" word after a
        // describing word ("wireless charging with two pads"). "Called the
        // results disappointing" and "saw a man standing by the door" keep
        // theirs.
        let Some(wn) = crate::wordnet() else { return b };
        use crate::wordnet::Pos;
        let prev = &toks[b - 1];
        let noun = wn.is_word(&t.lower, Pos::Noun) && !wn.is_word(&t.lower, Pos::Adj);
        let after_modifier = prev.class == Class::Word
            && (wn.is_word(&prev.lower, Pos::Adj)
                || (!wn.is_word(prev.noun(), Pos::Noun)
                    && [Pos::Verb, Pos::Adj, Pos::Adv]
                        .iter()
                        .all(|&p| !wn.is_word(&prev.lower, p))));
        let bare = last || next.is_some_and(|n| n.class == Class::Prep && n.lower != "of");
        return if bare && (noun || after_modifier) { b + 1 } else { b };
    }
    if last && present_verb(toks, a, b) {
        b + 1
    } else {
        b
    }
}

/// The charge of a verdict, the noun phrase at `from` after its "of"
/// ("found guilty of fraud", "acquitted Marsh of bribery").
fn charge_at(toks: &[Tok<'_>], from: usize, end: usize, lex: &Lexicon, names: &mut NameRegistry) -> Option<Value> {
    let (a, b) = noun_phrase_at(toks, from, end)?;
    Some(entity_value(entity_of(&toks[a..b], lex, names)))
}

/// Whether a word right after the subject and auxiliaries is the main verb:
/// after "be", only participles ("is playing", "was seized") are verbs, so
/// "is empty" stays a copula; elsewhere any word WordNet knows as a verb is.
fn is_verb_here(t: &Tok<'_>, has_aux: bool, after_be: bool) -> bool {
    let participle = t.lower.ends_with("ing") || verb_like(t) || IRREGULAR_PAST.contains(&t.lower.as_str());
    if after_be {
        return participle || strong_participle(t);
    }
    if participle {
        return true;
    }
    let base = t.verb();
    let known_verb = crate::wordnet().is_some_and(|wn| wn.is_word(base, crate::wordnet::Pos::Verb));
    known_verb && (has_aux || t.lower.ends_with('s') || base == t.lower)
}

/// A second subject joined to the first by "and" ("a tug and a barge are
/// leaving", "there is no tug and barge leaving"), as a conjunct modifier
/// of the first subject (`model::CONJUNCT`, "and:with:barge"): the reader
/// makes the clause's claim about the first subject only, and the
/// modifier says who is with it. A conjunct narrows a denial only
/// (`Entity::covers`), so "there is no tug and barge leaving the quay"
/// meets "a tug and a barge are leaving the quay", but not "a tug is
/// leaving the quay", where no barge need be; a plain denial ("there is no
/// tug leaving the quay") still meets both. Before, the existential with
/// two subjects gave no claim at all. Returns where the second phrase ends
/// and the modifier; only a plain second phrase, with a verb after it in
/// the existential (`limit` is where the subject ends otherwise), counts.
fn co_subject(
    toks: &[Tok<'_>],
    b: usize,
    limit: usize,
    lex: &Lexicon,
    names: &mut NameRegistry,
) -> Option<(usize, String)> {
    if b + 1 >= limit || toks[b].lower != "and" {
        return None;
    }
    let (c, d) = noun_phrase_at(toks, b + 1, limit)?;
    let second = entity_of(&toks[c..d], lex, names);
    if second.key.is_empty() || second.name || c <= b {
        return None;
    }
    // In the existential the second phrase is followed by what the two do.
    let then_verb = toks
        .get(d)
        .is_some_and(|t| d < limit && (progressive(t) || verb_like(t)));
    let ends_subject = d == limit || toks.get(d).is_some_and(|t| t.class == Class::Aux);
    (then_verb || ends_subject).then(|| (d, format!("{}with:{}", crate::model::CONJUNCT, second.key)))
}

/// Whether the word at `j` is an adverb without "-ly" right before a verb
/// in "-ing": "the porter is always carrying crates", "the clerk is now
/// stamping forms", "the baker is deep frying dough". The "-ly" test
/// (`adverb`) does not see these, so the clause had "be" for its verb and
/// the adverb for its state ("the porter is always"), or gave no claim.
/// WordNet must know the word as an adverb; an adjective that is no adverb
/// ("is busy kneading dough") keeps its reading.
fn adverb_before_progressive(toks: &[Tok<'_>], j: usize, end: usize) -> bool {
    let (Some(t), Some(next)) = (toks.get(j), toks.get(j + 1)) else {
        return false;
    };
    j + 1 < end
        && t.class == Class::Word
        && t.text.chars().next().is_some_and(char::is_lowercase)
        && progressive(next)
        && !progressive(t)
        && crate::wordnet().is_some_and(|wn| wn.is_word(&t.lower, crate::wordnet::Pos::Adv))
}

/// Whether the word at `j`, right after a form of "have", describes what
/// is had rather than being a perfect's participle: "the clerk has black
/// hair", "the mare has white socks". WordNet also files "black" and
/// "white" as verbs, so the words were read as "has blacked hair", and the
/// clerk's claim was a verb "black" with the hair as its object. A word
/// with a participle's form ("has stamped", "has taken", "has cut" as
/// WordNet's form of "cut") stays the verb; the describing word must be an
/// adjective WordNet knows, with a noun after it, and no participle.
fn possessed_description(toks: &[Tok<'_>], j: usize, end: usize) -> bool {
    let (Some(t), Some(next)) = (toks.get(j), toks.get(j + 1)) else {
        return false;
    };
    let participle_form =
        t.lower.ends_with("ing") || verb_like(t) || IRREGULAR_PAST.contains(&t.lower.as_str()) || strong_participle(t);
    j + 1 < end
        && t.class == Class::Word
        && next.class == Class::Word
        && !participle_form
        && t.text.chars().next().is_some_and(char::is_lowercase)
        && crate::wordnet().is_some_and(|wn| {
            use crate::wordnet::Pos;
            wn.is_word(&t.lower, Pos::Adj) && wn.lemma(&next.lower, Pos::Noun).is_some()
        })
}

/// A strong verb's past participle ("taken", "given", "shown", "done",
/// "begun"), which `verb_like` leaves out since it is never finite: after a
/// form of "be" it makes the passive ("the sailors were not taken to the
/// port"). WordNet must know it as a form of another base.
fn strong_participle(t: &Tok<'_>) -> bool {
    let w = t.lower.as_str();
    t.class == Class::Word
        && t.text.chars().next().is_some_and(char::is_lowercase)
        && ["en", "wn", "rn", "ne", "un"].iter().any(|e| w.ends_with(e))
        && crate::wordnet()
            .and_then(|wn| wn.lemma(w, crate::wordnet::Pos::Verb))
            .is_some_and(|base| base != w)
}

/// Whether the word at `j`, after a form of "be", is a participle with
/// its agent after it: "is being beaten by", "was cut by", "was drunk by a
/// calf". WordNet knows the irregular forms ("beaten" is "beat"); a form
/// the same as its base ("cut") counts only after "being" or "been", and
/// "by" before a time ("was drunk by noon") is no agent.
fn participle_before_by(toks: &[Tok<'_>], j: usize, end: usize) -> bool {
    let (Some(t), Some(by)) = (toks.get(j), toks.get(j + 1)) else {
        return false;
    };
    if j + 2 >= end || by.lower != "by" || t.class != Class::Word || t.lower.ends_with("ing") {
        return false;
    }
    let after = toks[j + 2].lower.as_str();
    if TIME_WORDS.contains(&after)
        || crate::values::month_of(after).is_some()
        || after.starts_with(|c: char| c.is_ascii_digit())
    {
        return false;
    }
    let Some(wn) = crate::wordnet() else { return false };
    let Some(base) = wn.lemma(&t.lower, crate::wordnet::Pos::Verb) else {
        return false;
    };
    base != t.lower
        || j.checked_sub(1)
            .is_some_and(|p| matches!(toks[p].lower.as_str(), "being" | "been"))
}

/// Whether a predicate term is used as a verb, not as a noun ("the
/// challenges", "a desperate retreat"): an inflected form ("retreated",
/// "rises", "won") is a verb; a bare form must follow an auxiliary, "to", a
/// negator or a pronoun.
/// Whether the verb at `at` is an infinitive whose subject is the object
/// of the verb before it: "expects profits to fall", "asked the army to
/// leave", "ordered the firm to pay". Said of the clause's subject, such a
/// verb told what the subject did ("the firm / fall"); the reader makes no
/// claim of it.
fn infinitive_after_object(toks: &[Tok<'_>], start: usize, at: usize) -> bool {
    if at < start + 3 || toks[at - 1].lower != "to" {
        return false;
    }
    let verb_form = |t: &Tok<'_>| t.class == Class::Word && (verb_like(t) || present_form(t) || bare_verb(t));
    (start + 1..at - 1).any(|j| verb_form(&toks[j - 1]) && noun_phrase_at(toks, j, at - 1) == Some((j, at - 1)))
}

/// Whether the word at `at` sits in a relative clause on the object of
/// an earlier verb: "painted 60 works that are known to survive" tells
/// of the works surviving, not the painter. ("The boat that sank", a
/// relative clause on the subject, has no verb before it.)
fn in_object_relative(toks: &[Tok<'_>], start: usize, at: usize) -> bool {
    (start + 2..at).any(|j| {
        matches!(toks[j].lower.as_str(), "that" | "which" | "who")
            && toks[j - 1].class == Class::Word
            && (start..j - 1).any(|v| toks[v].class == Class::Word && verb_like(&toks[v]))
    })
}

fn verb_use(toks: &[Tok<'_>], m: &Mention) -> bool {
    let first = &toks[m.at];
    let prev = m.at.checked_sub(1).map(|p| &toks[p]);
    if prev.is_some_and(|p| p.class == Class::Det || p.lower.ends_with("'s")) {
        return false;
    }
    // "Confirmed deaths stand at 26": a participle opening the sentence
    // before a noun is an adjective.
    if first.initial
        && toks
            .get(m.at + m.len)
            .is_some_and(|n| n.class == Class::Word && !verb_like(n))
    {
        return false;
    }
    let lower = first.lower.as_str();
    // "demolished by advancing crews": an "-ing" word between a
    // preposition and its noun describes the noun.
    let describes_noun = lower.ends_with("ing")
        && prev.is_some_and(|p| p.class == Class::Prep)
        && toks
            .get(m.at + m.len)
            .is_some_and(|n| n.class == Class::Word && !verb_like(n) && !n.lower.ends_with("ing"));
    if describes_noun {
        return false;
    }
    // "Had treated 98 wounded sailors", "the number of injured": an
    // "-ed" word after a figure or a preposition, before a noun or
    // nothing, names people or things, not an event.
    let names_a_kind = lower.ends_with("ed")
        && m.len == 1
        && prev.is_some_and(|p| p.class == Class::Number || (p.class == Class::Prep && p.lower != "by"))
        && toks.get(m.at + 1).is_none_or(|n| {
            matches!(n.class, Class::Stop | Class::Comma | Class::Prep) || (n.class == Class::Word && !verb_like(n))
        });
    if names_a_kind {
        return false;
    }
    let inflected = lower.ends_with("ed") || lower.ends_with("ing") || (lower.ends_with('s') && !lower.ends_with("ss"));
    let irregular = !lemma_candidates(lower).iter().skip(1).any(|c| c.len() > 2) && IRREGULAR_PAST.contains(&lower);
    let listed_form = matches!(
        lower,
        "won" | "lost" | "rose" | "fell" | "grew" | "shrank" | "withdrew" | "risen" | "fallen"
    );
    if inflected || irregular || listed_form {
        return true;
    }
    // "The hall is still incomplete", "the pier is now fully intact": an
    // adverb of time or degree between the auxiliary and the state.
    let mut before = m.at;
    while before > 0 && (STATE_ADVERBS.contains(&toks[before - 1].lower.as_str()) || adverb(&toks[before - 1])) {
        before -= 1;
    }
    before.checked_sub(1).map(|p| &toks[p]).is_some_and(|p| {
        matches!(p.class, Class::Aux | Class::Pron) || matches!(p.lower.as_str(), "to" | "not" | "never" | "n't")
    })
}

/// Adverbs without "-ly" that stand between "is" and a state: "is still
/// intact", "is now complete", "is not yet finished".
const STATE_ADVERBS: &[&str] = &["still", "now", "yet", "already", "also", "again"];

/// Polarity of a mention: negative when a negator earlier in the piece is
/// still in scope. Scope ends at "but" and "rather"; two negators cancel.
fn polarity_at(toks: &[Tok<'_>], mentions: &[Mention], piece_start: usize, at: usize) -> Polarity {
    let mut negative = false;
    let mut neither = false;
    for (k, t) in toks.iter().enumerate().take(at).skip(piece_start) {
        let is_neg = t.lower.ends_with("n't") || mentions.iter().any(|m| m.at == k && m.kind == TermKind::Negator);
        // "Neither the mayor nor the police confirmed": one denial, whose
        // two words must not cancel out.
        let second_half = neither && t.lower == "nor";
        neither |= t.lower == "neither";
        if is_neg && !second_half {
            negative = !negative;
        }
        if matches!(t.lower.as_str(), "but" | "rather" | "instead") {
            negative = false;
        }
    }
    if negative {
        Polarity::Negative
    } else {
        Polarity::Positive
    }
}

/// Finds who speaks, if anyone is credited.
fn find_attribution(
    toks: &[Tok<'_>],
    mentions: &[Mention],
    ctx: &ProseContext<'_>,
    names: &mut NameRegistry,
) -> Option<Attribution> {
    let n = toks.len();
    // "According to X, content." / "content, according to X."
    if let Some(k) = (0..n.saturating_sub(1)).find(|&k| toks[k].lower == "according" && toks[k + 1].lower == "to") {
        let np_end = (k + 2..n)
            .find(|&j| matches!(toks[j].class, Class::Comma | Class::Stop))
            .unwrap_or(n);
        let source_toks = &toks[k + 2..np_end];
        if !source_toks.is_empty() {
            // The whole phrase names the source ("officers who attended
            // the briefings"); source_of keys it by its head.
            let source = source_of(source_toks, ctx.lexicon, names);
            let content = if k == 0 { (np_end, n) } else { (0, k) };
            return Some(Attribution {
                source,
                stance: Stance::Assert,
                content,
            });
        }
    }
    let reporting: Vec<&Mention> = mentions
        .iter()
        .filter(|m| matches!(m.kind, TermKind::Reporting(_)))
        .collect();
    for m in reporting {
        let TermKind::Reporting(stance) = m.kind else { continue };
        // "the report", "a claim", "the navy's claim": a noun, not an
        // attribution.
        // "146 confirmed cases": after a figure, a participle describes.
        if m.at > 0
            && (matches!(toks[m.at - 1].class, Class::Det | Class::Number) || toks[m.at - 1].lower.ends_with("'s"))
        {
            continue;
        }
        let after = m.at + m.len;
        // "Online reports have claimed ...", "media reports claimed ...": a
        // plural noun before a verb, not a verb of its own.
        if toks[m.at].lower.ends_with('s')
            && m.len == 1
            && toks.get(after).is_some_and(|t| {
                t.class == Class::Aux
                    || mentions
                        .iter()
                        .any(|o| o.at == after && matches!(o.kind, TermKind::Reporting(_)))
            })
        {
            continue;
        }
        // "The firm rejected that claim": "that" opens the noun phrase of
        // what is rejected, not a clause of what the firm says.
        if demonstrative_account_at(toks, after) {
            continue;
        }
        // "The ministry confirmed the evacuation": a verb that is also a
        // stance, with a plain object and no "that" or clause after it, is
        // the stance itself, not an attribution.
        let stance_verb = mentions
            .iter()
            .any(|o| o.at == m.at && matches!(o.kind, TermKind::Predicate(_)));
        // "The bank denied losing the files": a gerund after a verb of
        // denial or admission is what the speaker denies or admits doing
        // (see `speaker_of_gerund`).
        let gerund_follows = after < n && gerund_after(toks, after);
        let clause_follows = toks.get(after).is_some_and(|t| t.lower == "that")
            || gerund_follows
            || toks[after.min(n)..]
                .iter()
                .any(|t| t.class == Class::Aux || verb_like(t));
        // "(not) confirmed by X": a passive stance, not an attribution.
        if (stance_verb && !clause_follows) || toks.get(after).is_some_and(|t| t.lower == "by") {
            continue;
        }
        // "Records show the inspection took place in December": evidence
        // that shows a clause reports it; "the photo shows a harbour"
        // reports nothing.
        if evidence_verb(&toks[m.at]) && !clause_follows {
            continue;
        }
        // "Twelve homes have been confirmed destroyed", "the strike was
        // reported on Friday": a passive without "that" names no speaker;
        // its subject is what was confirmed or reported. "It was reported
        // that ..." still reports.
        if after_be(toks, 0, m.at, true) && toks.get(after).is_none_or(|t| t.lower != "that") {
            continue;
        }
        // ", claiming that X": the sentence subject speaks. What follows
        // must be a clause ("that ...", a quote, or a noun phrase and its
        // verb): ", warning of floods" and ", conceding a late goal" say
        // nothing the subject is credited with.
        let reports_clause = toks
            .get(after)
            .is_some_and(|t| t.lower == "that" || t.class == Class::Quote)
            || phrase_then_verb_at(toks, after, n);
        let participle = m.at > 0 && toks[m.at - 1].class == Class::Comma && toks[m.at].lower.ends_with("ing");
        if participle && !reports_clause {
            continue;
        }
        if participle {
            let subject = first_noun_phrase(toks, skip_introduction(toks, (0, m.at)), m.at)?;
            let source = source_of(&toks[subject.0..subject.1], ctx.lexicon, names);
            let start = skip_that(toks, after);
            return Some(Attribution {
                source,
                stance,
                content: (start, n),
            });
        }
        // "X said (that) content": X must be the sentence's first phrase
        // (after any introduction), or the verb would belong to a
        // subordinate clause. "People familiar with the matter said", "An
        // official speaking on condition of anonymity said": everything from
        // the start is the source when no finite verb stands in between.
        let intro = skip_introduction(toks, (0, m.at));
        let run: Vec<Tok<'_>> = if m.at > intro {
            without_parentheticals(&toks[intro..m.at])
        } else {
            Vec::new()
        };
        // A lone pronoun ("She said ...") is the last named speaker.
        let pronoun = run.len() == 1 && run[0].class == Class::Pron;
        let whole_run = !run.is_empty()
            && (pronoun
                || run.iter().all(|t| {
                    matches!(
                        t.class,
                        Class::Det | Class::Word | Class::Prep | Class::Number | Class::Quote
                    ) && (!verb_like(t) || t.lower.ends_with("ing"))
                        && !mentions
                            .iter()
                            .any(|o| toks[o.at].start == t.start && matches!(o.kind, TermKind::Predicate(_)))
                }));
        // "The ministry announced new sanctions", "the inspector noted
        // cracks in the bridge": a verb of saying with a plain object and no
        // clause after it is the act itself, read as any verb is. Not with a
        // figure after it ("police reported 12 deaths" gives the police's
        // toll), and never for "say" and "tell". A time counted from a
        // moment ("declared an emergency ten minutes into the flight") is
        // no figure of what was said.
        // (The figure is looked for up to the comma: "rejected those claims,
        // insisting that ... by 4 March" has its figure in what it goes on
        // to say.)
        let object_end = (after..n)
            .find(|&j| matches!(toks[j].class, Class::Comma | Class::Stop))
            .unwrap_or(n);
        // ("Found that" carries its own "that": what follows is a clause,
        // even when an appositive stands between its subject and verb.)
        let plain_object = !reports_clause
            && !gerund_follows
            && toks[after - 1].lower != "that"
            && skip_that(toks, after) == after
            && !matches!(toks[m.at].verb(), "say" | "tell")
            && !(after..object_end).any(|j| figure_word(&toks[j]) && !offset_time_at(toks, j, n))
            && noun_phrase_at(toks, after, n).is_some_and(|(a, _)| a == after);
        if plain_object {
            continue;
        }
        if whole_run {
            let start = skip_that(toks, after);
            let source = source_of(&run, ctx.lexicon, names);
            if start < n && !source.name.is_empty() {
                return Some(Attribution {
                    source,
                    stance,
                    content: (start, n),
                });
            }
        }
        if let Some((a, b)) = agent_before(toks, 0, m.at) {
            if (is_first_phrase(toks, a) || a == intro) && no_verb_between(toks, mentions, b, m.at) {
                let source = source_of(&toks[a..b], ctx.lexicon, names);
                let start = skip_that(toks, after);
                if start < n {
                    return Some(Attribution {
                        source,
                        stance,
                        content: (start, n),
                    });
                }
            }
        }
        // "content, X said." at the end of the sentence, possibly with a
        // short adjunct ("..., the staff said on Tuesday.").
        let tail = &toks[m.at + m.len..];
        let words_after = tail
            .iter()
            .filter(|t| !matches!(t.class, Class::Stop | Class::Quote))
            .count();
        // "..., the staff said on Tuesday." / "..., he told reporters."
        // "..., the anglers said later.", "..., police said yesterday."
        let adjunct = (tail
            .first()
            .is_some_and(|t| t.class == Class::Prep || TIME_WORDS.contains(&t.lower.as_str()))
            || matches!(toks[m.at].lower.as_str(), "told" | "tell" | "tells"))
            && words_after <= 4;
        // "content, the mayor of Rusk, Tomas Varen, said." / "content,
        // said Tomas Varen, the mayor of Rusk.": a source with an
        // appositive, before or after the verb.
        if let Some(a) = source_with_appositive(toks, m.at, m.at + m.len, ctx.lexicon, names) {
            return Some(Attribution {
                source: a.0,
                stance,
                content: (0, a.1),
            });
        }
        if m.at + m.len + 1 >= n || words_after == 0 || adjunct {
            let comma = (0..m.at).rev().find(|&j| toks[j].class == Class::Comma)?;
            let source = source_of(trim_source(&toks[comma + 1..m.at]), ctx.lexicon, names);
            if source.name.is_empty() {
                continue;
            }
            return Some(Attribution {
                source,
                stance,
                content: (0, comma),
            });
        }
    }
    attitude_attribution(toks, ctx, names)
}

/// "The coach hoped on Sunday that the pitch would be dry", "the board knew
/// that the plant was failing": a verb the lexicon does not list as one of
/// saying, with a clause after its "that", still credits that clause to the
/// sentence's subject. Read any other way the subject takes the clause's
/// predicate ("the coach is dry"), or the clause is the author's own, and a
/// coach who feared an injury is read as injured.
///
/// Verbs of knowing and conceding ("knew", "accepted", "ruled") give the
/// clause as the subject's assertion; "doubted" as the subject's denial;
/// every other verb (hope, fear, expect, feel, demand) as the subject's
/// hedged view, which lowers its score and keeps it off the author.
fn attitude_attribution(toks: &[Tok<'_>], ctx: &ProseContext<'_>, names: &mut NameRegistry) -> Option<Attribution> {
    const KNOWING: &[&str] = &[
        "accept",
        "acknowledge",
        "admit",
        "agree",
        "concede",
        "decide",
        "demonstrate",
        "discover",
        "hold",
        "know",
        "learn",
        "notice",
        "prove",
        "realise",
        "realize",
        "recall",
        "recognise",
        "recognize",
        "remember",
        "reveal",
        "rule",
        "understand",
        "warn",
    ];
    // "The Gazette understands that", "the club fears that": a present
    // tense too, of a verb of knowing or of one of these, whose "-s" form
    // is no plural noun before "that".
    const HOLDING: &[&str] = &["believe", "expect", "fear", "feel", "hope", "suspect", "think"];
    let present = |t: &Tok<'_>| present_form(t) && (KNOWING.contains(&t.verb()) || HOLDING.contains(&t.verb()));
    let n = toks.len();
    let intro = skip_introduction(toks, (0, n));
    // A name's phrase starts after its determiner ("The Gazette").
    let opens = |a: usize| a == intro || (a == intro + 1 && toks[intro].class == Class::Det);
    let (a, mut b) = first_noun_phrase(toks, intro, n).filter(|&(a, _)| opens(a))?;
    // "The Gazette learnt that": the phrase finder takes a lower-case word
    // after a name for part of it ("Orra phones"); before "that" it is the
    // verb.
    if b > a + 1 && toks.get(b).is_some_and(|t| t.lower == "that") && (verb_like(&toks[b - 1]) || present(&toks[b - 1]))
    {
        b -= 1;
    }
    // Auxiliaries and adverbs may stand before the verb ("had long feared").
    let mut v = b;
    while v < n && (toks[v].class == Class::Aux || adverb(&toks[v])) && toks[v].lower != "not" {
        v += 1;
    }
    let verb = toks
        .get(v)
        .filter(|t| t.class == Class::Word && (verb_like(t) || present(t)))?;
    // A short adjunct may stand between the verb and "that" ("accepted
    // after the match that"); a word after a determiner there is a noun.
    let that = (v + 1..(v + 6).min(n)).find(|&j| toks[j].lower == "that")?;
    let adjunct = toks[v + 1..that].iter().enumerate().all(|(i, t)| {
        matches!(t.class, Class::Prep | Class::Det | Class::Word | Class::Number)
            && (!verb_like(t) || toks[v + i].class == Class::Det)
    });
    if !adjunct || !phrase_then_verb_at(toks, that + 1, n) {
        return None;
    }
    let negated = toks[b..v]
        .iter()
        .any(|t| crate::tokens::negated_auxiliary(&t.lower) || t.lower == "not");
    let base = verb.verb();
    let stance = if base == "doubt" {
        Stance::Deny
    } else if KNOWING.contains(&base) && !negated {
        Stance::Assert
    } else {
        Stance::Hedge
    };
    let source = source_of(&toks[a..b], ctx.lexicon, names);
    (!source.name.is_empty()).then(|| Attribution {
        source,
        stance,
        content: (that + 1, n),
    })
}

/// A trailing source set off by commas with its appositive, and where the
/// content ends: "content, the mayor of Rusk, Tomas Varen, said." (the verb
/// at `verb`, its last token before `after`) or "content, said Tomas
/// Varen, the mayor of Rusk." The source is the phrase with a name in it,
/// else the first. Each phrase is short and has no verb, so a clause
/// between commas ("..., which the army denied, said") is not taken for a
/// source.
fn source_with_appositive(
    toks: &[Tok<'_>],
    verb: usize,
    after: usize,
    lex: &Lexicon,
    names: &mut NameRegistry,
) -> Option<(Source, usize)> {
    let n = toks.len();
    let only_stops = |from: usize| {
        toks[from..]
            .iter()
            .all(|t| matches!(t.class, Class::Stop | Class::Quote))
    };
    let phrase_ok = |(a, b): (usize, usize)| {
        b > a
            && b - a <= 8
            && toks[a..b]
                .iter()
                .all(|t| matches!(t.class, Class::Det | Class::Word | Class::Prep | Class::Quote) && !verb_like(t))
    };
    if verb == 0 || toks[verb - 1].class != Class::Comma {
        return None;
    }
    let (phrases, content_end) = if only_stops(after) {
        // ", X, Y, said." The verb's comma closes the appositive.
        let c2 = (0..verb - 1).rev().find(|&j| toks[j].class == Class::Comma)?;
        let c1 = (0..c2).rev().find(|&j| toks[j].class == Class::Comma)?;
        ([(c1 + 1, c2), (c2 + 1, verb - 1)], c1)
    } else {
        // ", said X, Y." to the end of the sentence.
        let stop = (after..n).find(|&j| toks[j].class == Class::Stop).unwrap_or(n);
        if !only_stops(stop) {
            return None;
        }
        // ", said police on Monday.": the time phrase is not the source.
        let end = (after..stop)
            .find(|&j| {
                toks[j].class == Class::Prep
                    && toks.get(j + 1).is_some_and(|t| {
                        TIME_WORDS.contains(&t.lower.as_str()) || crate::values::month_of(&t.lower).is_some()
                    })
            })
            .unwrap_or(stop);
        // ", said the mayor." has one phrase: it stands for both.
        let c = (after..end).find(|&j| toks[j].class == Class::Comma);
        (
            c.map_or([(after, end), (after, end)], |c| [(after, c), (c + 1, end)]),
            verb - 1,
        )
    };
    if content_end == 0 || !phrases.iter().all(|&p| phrase_ok(p)) {
        return None;
    }
    // "the mayor of Rusk, Tomas Varen": the bare name is who spoke.
    let bare_name =
        |(a, _): (usize, usize)| toks[a].class == Class::Word && toks[a].text.starts_with(char::is_uppercase);
    let pick = if !bare_name(phrases[0]) && bare_name(phrases[1]) {
        phrases[1]
    } else {
        phrases[0]
    };
    let source = source_of(&toks[pick.0..pick.1], lex, names);
    (!source.name.is_empty()).then_some((source, content_end))
}

fn is_first_phrase(toks: &[Tok<'_>], a: usize) -> bool {
    toks[..a].iter().all(|t| matches!(t.class, Class::Quote)) || a == 0
}

fn no_verb_between(toks: &[Tok<'_>], mentions: &[Mention], from: usize, to: usize) -> bool {
    // Appositives between commas ("X, the head of Y, said") are allowed;
    // a predicate or auxiliary outside them is not, except the auxiliaries
    // of the reporting verb itself ("has established", "had said").
    let mut to = to;
    while to > from && matches!(toks[to - 1].class, Class::Aux) {
        to -= 1;
    }
    let mut depth = 0;
    for (k, t) in toks.iter().enumerate().take(to).skip(from) {
        if t.class == Class::Comma {
            depth = 1 - depth;
            continue;
        }
        if depth == 0
            && (t.class == Class::Aux
                || mentions
                    .iter()
                    .any(|m| m.at == k && matches!(m.kind, TermKind::Predicate(_))))
        {
            return false;
        }
    }
    true
}

fn skip_that(toks: &[Tok<'_>], mut k: usize) -> usize {
    // "told us the battery can be ...", "told reporters the bridge was
    // closed": without "that", the addressee of "tell" (an object pronoun,
    // or one word before the complement's determiner) is not the content.
    let telling = k > 0 && matches!(toks[k - 1].lower.as_str(), "tell" | "told" | "tells" | "telling");
    if telling {
        let object_pronoun = toks
            .get(k)
            .is_some_and(|t| matches!(t.lower.as_str(), "us" | "me" | "him" | "her" | "them" | "you"));
        let one_word = toks.get(k).is_some_and(|t| t.class == Class::Word && t.lower != "that")
            && toks.get(k + 1).is_some_and(|t| t.class == Class::Det);
        // "told the inspector the oven had been a hazard": a determiner and
        // its noun, then the complement's own determiner.
        let det_noun = toks.get(k).is_some_and(|t| t.class == Class::Det)
            && toks.get(k + 1).is_some_and(|t| t.class == Class::Word && !verb_like(t))
            && toks.get(k + 2).is_some_and(|t| t.class == Class::Det);
        if object_pronoun || one_word {
            k += 1;
        } else if det_noun {
            k += 2;
        }
    }
    // "said on Wednesday that ...", "told reporters that ...": a short
    // adjunct or addressee before "that" belongs to the attribution.
    if let Some(that) = (k..(k + 6).min(toks.len())).find(|&j| toks[j].lower == "that") {
        // Not past a participle of its own ("rejected those claims,
        // saying that ..."): its "that" is the participle's.
        let between_is_adjunct = toks[k..that].iter().enumerate().all(|(i, t)| {
            matches!(
                t.class,
                Class::Prep | Class::Det | Class::Word | Class::Comma | Class::Pron
            ) && !verb_like(t)
                && !(t.lower.ends_with("ing") && i > 0 && toks[k + i - 1].class == Class::Comma)
        });
        if that > k && between_is_adjunct {
            k = that;
        }
    }
    while k < toks.len() && (toks[k].lower == "that" || toks[k].class == Class::Comma || toks[k].class == Class::Quote)
    {
        k += 1;
    }
    k
}

/// The tokens with comma-delimited parentheticals removed: "A spokesman,
/// asked about the base, said" reads as "A spokesman said".
fn without_parentheticals<'t>(toks: &[Tok<'t>]) -> Vec<Tok<'t>> {
    let mut out = Vec::new();
    let mut inside = false;
    for (i, t) in toks.iter().enumerate() {
        if t.class == Class::Comma {
            // A parenthetical opens at a comma and closes at the next one.
            let closes = toks[i + 1..].iter().any(|x| x.class == Class::Comma);
            inside = !inside && closes;
            continue;
        }
        if !inside {
            out.push(t.clone());
        }
    }
    out
}

fn trim_source<'a, 't>(toks: &'a [Tok<'t>]) -> &'a [Tok<'t>] {
    let end = toks
        .iter()
        .position(|t| matches!(t.class, Class::Comma | Class::Stop | Class::Wh))
        .unwrap_or(toks.len());
    &toks[..end]
}

/// The noun phrase that acts just before token `at`: skips auxiliaries,
/// adverbs, "to" and appositives set off by commas.
fn agent_before(toks: &[Tok<'_>], floor: usize, at: usize) -> Option<(usize, usize)> {
    let mut k = at;
    while k > floor
        && (matches!(toks[k - 1].class, Class::Aux | Class::Conj | Class::Quote) || toks[k - 1].lower == "to")
    {
        k -= 1;
    }
    // "The council on Monday rejected": a time adjunct between the agent
    // and its verb is not the agent.
    k = before_time_adjunct(toks, floor, k);
    // "X, in a rare address, hailed": skip back over one parenthetical.
    if k > floor && toks[k - 1].class == Class::Comma {
        let open = (floor..k - 1).rev().find(|&j| toks[j].class == Class::Comma)?;
        k = open;
    }
    let end = k;
    let mut start = end;
    while start > floor
        && matches!(toks[start - 1].class, Class::Word | Class::Number | Class::Det)
        && !verb_like(&toks[start - 1])
    {
        start -= 1;
    }
    if toks[start..end].iter().any(|t| t.class == Class::Word) {
        Some((start, end))
    } else {
        None
    }
}

/// A word that may stand in a time adjunct: a number, a word of time, a
/// month, or "this" / "early" / "late" / "the".
fn in_time_adjunct(t: &Tok<'_>) -> bool {
    t.class == Class::Number
        || TIME_WORDS.contains(&t.lower.as_str())
        || crate::values::month_of(&t.lower).is_some()
        || matches!(t.lower.as_str(), "this" | "early" | "late" | "the")
}

/// A word of an adjunct that alone makes it about time: "Monday", "week",
/// "May"; not a number, nor "this", "last" or "late", which also open
/// other phrases ("this account", "the last convoy").
fn names_a_time(t: &Tok<'_>) -> bool {
    t.class != Class::Number
        && in_time_adjunct(t)
        && !matches!(
            t.lower.as_str(),
            "the" | "on" | "this" | "early" | "late" | "last" | "next" | "then" | "now"
        )
}

/// Where a time adjunct that ends just before `at` starts ("on Monday", "on
/// 3 May", "last week", "yesterday"), or `at` when there is none. Only words
/// of time, months, numbers and "this" / "last" / "early" / "late" may
/// follow the preposition, so "on the border" is left alone.
fn before_time_adjunct(toks: &[Tok<'_>], floor: usize, at: usize) -> usize {
    let mut k = at;
    let mut saw_time = false;
    while k > floor && k + 5 > at && in_time_adjunct(&toks[k - 1]) {
        saw_time |= names_a_time(&toks[k - 1]);
        k -= 1;
    }
    if !saw_time || k == at {
        return at;
    }
    let bare = matches!(
        toks[k].lower.as_str(),
        "yesterday" | "today" | "last" | "this" | "earlier" | "later"
    );
    if k > floor && toks[k - 1].class == Class::Prep && matches!(toks[k - 1].lower.as_str(), "on" | "in" | "at") {
        k - 1
    } else if bare && k > floor {
        k
    } else {
        at
    }
}

/// Prepositional phrases that follow a subject up to its auxiliary ("with
/// a green cap", "in judo suits", "on the trays"): where they end and
/// the modifiers they add ("with:shirt"), the same form as an object's
/// adjuncts. Nothing is taken unless an auxiliary follows the last phrase,
/// so a verb's own complement is never read as the subject's.
fn subject_adjuncts(toks: &[Tok<'_>], at: usize, end: usize) -> (usize, Vec<String>) {
    let mut k = at;
    let mut found = Vec::new();
    while k < end && ((toks[k].class == Class::Prep && toks[k].lower != "by") || compass_of(toks, k)) {
        // "north of the lighthouse": the compass point and its "of" are one
        // preposition. "In", "across", "throughout" and "within" a place
        // say the same thing about where the subject is.
        let (prep, mut item): (std::borrow::Cow<'_, str>, usize) = if compass_of(toks, k) {
            (format!("{} of", toks[k].lower).into(), k + 2)
        } else {
            let p = match toks[k].lower.as_str() {
                "across" | "throughout" | "within" | "inside" => "in",
                p => p,
            };
            (p.into(), k + 1)
        };
        // The preposition governs every item of a list after it: "with a
        // cap and a lantern", "in grey, green and white".
        let before = k;
        while let Some((a, b)) = noun_phrase_at(toks, item, end) {
            let Some(head) = toks[a..b].iter().rev().find(|t| t.class == Class::Word) else {
                break;
            };
            found.extend(adjunct_modifiers(&prep, &toks[a..b], head));
            k = b;
            let joins = |t: &Tok<'_>| t.class == Class::Comma || matches!(t.lower.as_str(), "and" | "or");
            if !(k + 1 < end && joins(&toks[k])) {
                break;
            }
            item = if toks[k].class == Class::Comma && matches!(toks[k + 1].lower.as_str(), "and" | "or") {
                k + 2
            } else {
                k + 1
            };
        }
        if k == before {
            break;
        }
    }
    let mut v = k;
    while v < end && adverb(&toks[v]) {
        v += 1;
    }
    // "The man in the grey coat fled", "a bus from the depot crashed": a
    // past verb after the phrase is the subject's own as an auxiliary is.
    if k > at
        && toks
            .get(v)
            .is_some_and(|t| v < end && (t.class == Class::Aux || is_participle(t)))
    {
        (k, found)
    } else {
        (at, Vec::new())
    }
}

/// The modifiers a prepositional phrase adds to its subject: the
/// preposition with the head noun ("in:vest"), and one more per describing
/// word before the head ("in:vest:yellow"). So "no courier in a vest"
/// covers "a courier in a yellow vest", and "no courier in a yellow vest"
/// does not cover "a courier in a blue vest".
///
/// "With no" is an absence, not a "with": "the porter with no cap" is
/// written "without:cap", which never meets "with:cap", so he is not the
/// porter with a cap of another sentence. (Read as "with:cap", the "no"
/// was lost and the two porters were one.)
fn adjunct_modifiers(prep: &str, np: &[Tok<'_>], head: &Tok<'_>) -> Vec<String> {
    let noun = head.noun();
    let absent = prep == "with" && np.first().is_some_and(|t| t.lower == "no");
    // "Talks between the union and the port", "talks with the union": the
    // same talks, whichever way the other party is named.
    let prep = match prep {
        _ if absent => "without",
        "between" => "with",
        _ => prep,
    };
    let mut out = vec![format!("{prep}:{noun}")];
    for t in np {
        if t.class == Class::Word
            && t.start < head.start
            && t.lower != "no"
            && !VAGUE_MODIFIERS.contains(&t.lower.as_str())
        {
            out.push(format!("{prep}:{noun}:{}", t.lower));
        }
    }
    out
}

/// A mention as the value of a claim's object.
fn entity_value(e: Entity) -> Value {
    Value::Entity {
        key: e.key,
        text: e.text.into(),
        modifiers: e.modifiers.into(),
    }
}

/// An "-ing" participle at `at` and the noun phrase right after it, which
/// describe the noun before them ("a porter | carrying crates | is standing"):
/// where the phrase ends, and the modifier it gives that noun
/// ("carry:crate"). The caller says what must come next.
fn participle_object(toks: &[Tok<'_>], at: usize, end: usize) -> Option<(usize, String)> {
    let t = toks
        .get(at)
        .filter(|t| at < end && t.class == Class::Word && progressive(t))?;
    let (a, b) = noun_phrase_at(toks, at + 1, end).filter(|&(a, _)| a == at + 1)?;
    let head = toks[a..b].iter().rev().find(|h| h.class == Class::Word)?;
    Some((b, format!("{}:{}", t.verb(), head.noun())))
}

/// Objects that name nothing in particular (see `clause_of`).
const VAGUE_OBJECTS: &[&str] = &["something", "anything", "someone", "anyone", "somebody", "anybody"];

/// Prepositions that open a phrase of place after the noun of an
/// existential ("there is no porter with a red cap on the quay").
const PLACE_PREPOSITIONS: &[&str] = &[
    "on", "in", "at", "inside", "outside", "near", "beside", "behind", "under", "above", "below",
];

/// A "with" phrase after the noun of an existential, kept only when a
/// phrase of place comes next ("no porter with a red cap | on the quay"):
/// where it ends and the modifiers it gives the noun, or `(at, [])`.
/// "With" alone: "no sign of damage at the pier" is a sign of something,
/// and "of" would make "damage" the thing that is not at the pier.
fn described_before_place(toks: &[Tok<'_>], at: usize, end: usize) -> (usize, Vec<String>) {
    let none = (at, Vec::new());
    if toks.get(at).is_none_or(|t| at >= end || t.lower != "with") {
        return none;
    }
    let Some((a, b)) = noun_phrase_at(toks, at + 1, end) else {
        return none;
    };
    let Some(head) = toks[a..b].iter().rev().find(|t| t.class == Class::Word) else {
        return none;
    };
    let place_next = toks
        .get(b)
        .is_some_and(|t| b < end && t.class == Class::Prep && PLACE_PREPOSITIONS.contains(&t.lower.as_str()));
    if place_next {
        (b, adjunct_modifiers("with", &toks[a..b], head))
    } else {
        none
    }
}

/// "(There is no skier) on the red slope airborne": up to three
/// prepositional phrases from `at`, then one word that ends the clause and
/// that WordNet knows only as an adjective ("airborne", "afloat", "naked";
/// not "nearby", also an adverb, nor "empty", also a noun and a verb).
/// Gives the word's index and the phrases as the subject's modifiers, or
/// `None`. The phrases must be of place or company, not "of", "for", "to"
/// and the like, which complete the noun.
fn describing_word_after_phrases(toks: &[Tok<'_>], at: usize, end: usize) -> Option<(usize, Vec<String>)> {
    let e = (at..end).rev().find(|&i| toks[i].class == Class::Word)?;
    if toks[e + 1..end]
        .iter()
        .any(|t| !matches!(t.class, Class::Stop | Class::Quote))
    {
        return None;
    }
    let wn = crate::wordnet()?;
    let pos = wn.pos_of(&toks[e].lower);
    if pos.len() != 1 || !pos.contains(crate::wordnet::Pos::Adj) {
        return None;
    }
    let mut k = at;
    let mut found = Vec::new();
    while k < e && found.len() < 3 {
        let t = &toks[k];
        if t.class != Class::Prep
            || matches!(
                t.lower.as_str(),
                "of" | "for" | "to" | "about" | "from" | "than" | "as" | "by"
            )
        {
            return None;
        }
        let (a, b) = noun_phrase_at(toks, k + 1, e)?;
        let head = toks[a..b].iter().rev().find(|t| t.class == Class::Word)?;
        found.extend(adjunct_modifiers(&t.lower, &toks[a..b], head));
        k = b;
    }
    (k == e && !found.is_empty()).then_some((e, found))
}

/// Like [`subject_adjuncts`], for a noun phrase that a progressive verb
/// follows instead of an auxiliary ("no courier in a vest waiting"): up to
/// three prepositional phrases, kept only when an "-ing" verb comes next.
fn adjuncts_before_progressive(toks: &[Tok<'_>], at: usize, end: usize) -> (usize, Vec<String>) {
    let mut k = at;
    let mut found = Vec::new();
    while k < end && found.len() < 3 && toks[k].class == Class::Prep && toks[k].lower != "by" {
        let Some((a, b)) = noun_phrase_at(toks, k + 1, end) else {
            break;
        };
        let Some(head) = toks[a..b].iter().rev().find(|t| t.class == Class::Word) else {
            break;
        };
        found.extend(adjunct_modifiers(&toks[k].lower, &toks[a..b], head));
        k = b;
    }
    if k > at && toks.get(k).is_some_and(|t| k < end && progressive(t)) {
        (k, found)
    } else {
        (at, Vec::new())
    }
}

/// Where a time adjunct that starts at `at` ends ("on 2 June", "on
/// Wednesday", "last week", "late on Tuesday"), or `at` when none starts
/// there. The adjunct must be followed by a word, so a clause-final date is
/// left to the date reader.
fn after_time_adjunct(toks: &[Tok<'_>], at: usize, end: usize) -> usize {
    let mut k = at;
    let prep = k < end && matches!(toks[k].lower.as_str(), "on" | "in" | "at" | "late" | "early");
    // "In 2028 the share rose", "Since 2028 the proportion has fallen": a
    // year alone after the preposition, then the subject's determiner.
    let year = |j: usize| {
        toks.get(j).is_some_and(|t| {
            t.class == Class::Number
                && t.lower.len() == 4
                && t.lower.parse::<u16>().is_ok_and(|y| (1800..=2199).contains(&y))
        })
    };
    let year_opens = k + 2 < end
        && matches!(toks[k].lower.as_str(), "in" | "since" | "during" | "by" | "until")
        && year(k + 1)
        && toks[k + 2].class == Class::Det;
    if year_opens {
        return k + 2;
    }
    if prep {
        k += 1;
    } else if !toks
        .get(k)
        .is_some_and(|t| matches!(t.lower.as_str(), "yesterday" | "today" | "tonight" | "last" | "this"))
    {
        // "The night crossing attempt": without a preposition only a word
        // that can only be time opens an adjunct.
        return at;
    }
    let from = k;
    let mut saw_time = false;
    // "on the night of 4 May", "on the morning of 9 April": "of"
    // joins two time words.
    let joins_times = |k: usize| {
        toks[k].lower == "of" && k > from && names_a_time(&toks[k - 1]) && toks.get(k + 1).is_some_and(in_time_adjunct)
    };
    while k < end && k < from + 5 && (in_time_adjunct(&toks[k]) || toks[k].lower == "on" || joins_times(k)) {
        saw_time |= names_a_time(&toks[k]);
        k += 1;
    }
    let followed = toks
        .get(k)
        .is_some_and(|t| k < end && matches!(t.class, Class::Word | Class::Aux));
    if saw_time && followed && k > from {
        k
    } else {
        at
    }
}

/// Past a fronted prepositional phrase without a comma, when a determiner
/// then opens the subject and a verb follows it: "On our scale each earbud
/// weighs 7 grams", "In daily use the catalogue feels slow". Without the
/// determiner ("In Kolsk residents said") where the phrase ends is a guess,
/// so nothing is skipped.
fn after_fronted_phrase(toks: &[Tok<'_>], at: usize, end: usize) -> usize {
    let opens = toks
        .get(at)
        .is_some_and(|t| at < end && t.class == Class::Prep && t.lower != "of");
    if !opens {
        return at;
    }
    let Some((a, b)) = noun_phrase_at(toks, at + 1, end) else {
        return at;
    };
    let subject_opens = a == at + 1
        && toks
            .get(b)
            .is_some_and(|t| b < end && t.class == Class::Det && !t.lower.contains('\''));
    if !subject_opens {
        return at;
    }
    let Some((c, d)) = noun_phrase_at(toks, b, end) else {
        return at;
    };
    let verb = toks
        .get(d)
        .is_some_and(|t| d < end && (t.class == Class::Aux || verb_like(t)))
        || (d < end && present_verb(toks, c, d));
    if c == b && verb {
        b
    } else {
        at
    }
}

/// The event a casualty noun counts: a death is a person who died, an
/// injury a person injured. Counts of them meet counts of "people killed"
/// and "people injured".
fn casualty_count(measure: &str) -> Option<&'static str> {
    match measure {
        "death" | "fatality" => Some("die"),
        "injury" => Some("injure"),
        _ => None,
    }
}

/// The lexicon's predicate of work not yet done ("in progress",
/// "ongoing").
const UNFINISHED: &str = "unfinished";

/// Verbs that link a subject to a description of it, as "be" does: "the
/// case feels flimsy" describes the case as "the case is flimsy" does.
const LINKING_VERBS: &[&str] = &[
    "seem", "feel", "look", "sound", "appear", "remain", "become", "prove", "stay",
];

/// Whether the clause has no verb after the word at `k` (up to the next
/// comma or stop), so that the word, if it can be one, must be the
/// clause's verb: in "the router supports guest networks" and "the firm
/// makes cars and trucks" nothing after "supports" / "makes" can be a
/// verb, while in "the market stands were empty" and "the bridge repairs
/// take three weeks" a later word is ("were", and "take" before a figure).
/// A later base form counts as a verb only before a determiner, a figure
/// or a preposition ("take three weeks"), so "guest" in "supports guest
/// networks" does not. A word must follow: the verb needs an object here.
fn lone_verb(toks: &[Tok<'_>], k: usize) -> bool {
    if !toks.get(k + 1).is_some_and(|n| n.class == Class::Word) {
        return false;
    }
    let Some(wn) = crate::wordnet() else { return false };
    for m in k + 1..toks.len() {
        let t = &toks[m];
        // "The kiosk logs out an account": a particle right after the word
        // is the word's own ("log out"), not a verb before the object.
        if m == k + 1 && PARTICLES.contains(&t.lower.as_str()) {
            continue;
        }
        match t.class {
            Class::Stop | Class::Comma => break,
            Class::Aux | Class::Wh => return false,
            Class::Word if verb_like(t) => return false,
            Class::Word => {
                let before_argument = toks.get(m + 1).is_some_and(|n| {
                    matches!(n.class, Class::Det | Class::Number | Class::Prep)
                        || crate::values::number_value(&n.lower).is_some()
                });
                // Not inside an object the word has already opened with its
                // determiner: in "logs out an idle visitor account after 5
                // minutes", "account" is the object's head.
                let in_object = toks[k + 1..m].iter().any(|o| o.class == Class::Det);
                if before_argument
                    && !in_object
                    && wn.lemma(&t.lower, crate::wordnet::Pos::Verb) == Some(t.lower.as_str())
                {
                    return false;
                }
                // "Visitor accounts stay active": a linking verb in its base
                // form before a describing word is the verb, and the plural
                // before it the subject's head.
                let linking = LINKING_VERBS.contains(&t.lower.as_str())
                    && toks
                        .get(m + 1)
                        .is_some_and(|n| n.class == Class::Word && wn.is_word(&n.lower, crate::wordnet::Pos::Adj));
                if linking {
                    return false;
                }
            }
            _ => {}
        }
    }
    true
}

/// Whether a number reads as a model's or a release's number: a whole
/// number ("Orra 5"), or digits, one point and a digit or two ("Tessera
/// 4.2"). Not a figure such as "1.25" or "3.14159".
pub(crate) fn version_number(number: &str) -> bool {
    match number.split_once('.') {
        None => number.bytes().all(|b| b.is_ascii_digit()),
        Some((major, minor)) => {
            !major.is_empty()
                && major.bytes().all(|b| b.is_ascii_digit())
                && (1..=2).contains(&minor.len())
                && minor.bytes().all(|b| b.is_ascii_digit())
        }
    }
}

/// Whether the word at `k`, after a noun, is a verb in the present tense
/// that ends the noun phrase: "a man holds a rope", "several porters wait
/// on a quay", "the price rises." Agreement decides: "-s" after a
/// singular noun, the bare form after a plural one, and only when a
/// determiner, preposition or the end of the clause follows ("the market
/// stands were empty" keeps its noun). `start` is where the phrase began.
fn present_verb(toks: &[Tok<'_>], start: usize, k: usize) -> bool {
    let t = &toks[k];
    if t.class != Class::Word || !t.text.chars().next().is_some_and(char::is_lowercase) || k == 0 {
        return false;
    }
    let prev = &toks[k - 1];
    // "the North Korean troops": after a determiner, a capitalised word is
    // a modifier ("Kim visits" has no determiner).
    // A model name with a digit ("the Q7 supports") is a name, not a
    // modifier.
    let capitalised_prev = prev.text.chars().next().is_some_and(char::is_uppercase);
    // "The Pixel 7 weighs", "every Orra 5 ships": a model number after its
    // capitalised name is the name's, and the word after it its verb.
    let numbered_model = prev.class == Class::Number
        && k >= 2
        && toks[k - 2].class == Class::Word
        && toks[k - 2].text.starts_with(char::is_uppercase)
        && !crate::frames::is_date_word(&toks[k - 2].lower)
        && version_number(&prev.lower)
        && t.lower.ends_with('s');
    let model_name = prev.text.bytes().any(|b| b.is_ascii_digit()) && (prev.class == Class::Word || numbered_model);
    // "The Association supports the decision", "the Gazette knows that":
    // an "-s" form of a verb with a determiner or "that" after it is the
    // verb, though a determiner opens the name ("the North Korean troops"
    // have no object after them).
    let verb_before_object = || {
        t.lower.ends_with('s')
            && toks
                .get(k + 1)
                .is_some_and(|n| (n.class == Class::Det && !n.lower.contains('\'')) || n.lower == "that")
            && crate::wordnet()
                .and_then(|wn| wn.lemma(&t.lower, crate::wordnet::Pos::Verb))
                .is_some_and(|base| base != t.lower)
    };
    if capitalised_prev
        && !model_name
        && toks.get(start).is_some_and(|s| s.class == Class::Det)
        && !verb_before_object()
    {
        return false;
    }
    // A capitalised word inside a verb's object or an "outside" phrase
    // describes ("sailed into Ostrian waters before ...", "outside Ostrian
    // waters all morning"): the word after it is no present verb of a
    // subject named by it, as in "Kim visits".
    let after_preposition = start >= 2 && toks[start - 1].class == Class::Prep;
    let object_of_verb = after_preposition && (toks[start - 2].class == Class::Aux || verb_like(&toks[start - 2]));
    let outside = toks[start].lower == "outside" || (start >= 1 && toks[start - 1].lower == "outside");
    if capitalised_prev && !model_name && (object_of_verb || outside) {
        return false;
    }
    if (prev.class != Class::Word && !numbered_model)
        || prev.lower.ends_with("'s")
        || prev.lower.ends_with("ing")
        || (crate::values::number_value(&prev.lower).is_some() && !numbered_model)
    {
        return false;
    }
    // "the foreign ministers of": a noun after an adjective, and "of"
    // after a noun ("blood levels of"), are not verbs.
    // A figure follows a verb of measure: "each earbud weighs 5.2 grams",
    // "the pass costs about 40 euros".
    // A linking verb before a describing word: "the charging case feels
    // flimsy", "the plan seems sound"; not before a particle ("a clerk looks
    // out the window").
    let linked = || {
        LINKING_VERBS.contains(&t.verb())
            && toks.get(k + 1).is_some_and(|n| {
                n.class == Class::Word
                    && !PARTICLES.contains(&n.lower.as_str())
                    && crate::wordnet().is_some_and(|wn| wn.is_word(&n.lower, crate::wordnet::Pos::Adj))
            })
    };
    // After a model name any object may follow: "the Q7 supports
    // multipoint pairing".
    let follows = model_name
        || linked()
        || toks.get(k + 1).is_none_or(|n| {
            (matches!(
                n.class,
                Class::Det | Class::Prep | Class::Stop | Class::Comma | Class::Number
            ) || adverb(n)
                || matches!(
                    n.lower.as_str(),
                    "about" | "around" | "nearly" | "almost" | "roughly" | "just" | "only"
                ))
                && n.lower != "of"
        })
        || lone_verb(toks, k);
    // A word WordNet does not know at all ("earbud", "dashcam") is taken
    // for the noun it most likely is: newer nouns are what it lacks.
    let prev_noun = || {
        crate::wordnet().is_some_and(|wn| {
            use crate::wordnet::Pos;
            wn.is_word(prev.noun(), Pos::Noun)
                || (prev.lower.bytes().all(|b| b.is_ascii_lowercase())
                    && ![Pos::Verb, Pos::Adj, Pos::Adv]
                        .iter()
                        .any(|&p| wn.is_word(&prev.lower, p)))
        })
    };
    // (WordNet is asked only when the next token allows a verb here: this
    // runs for every word after a phrase's first noun.)
    if !follows || !(model_name || prev_noun()) {
        return false;
    }
    // "Estorian territorial waters", "the annual military drills": after
    // an adjective, a plural that is also a noun is the head, not a verb.
    // Verbs of saying stay verbs ("the senior official says"), and so does
    // a verb a figure follows: "the firm employs 1,200 staff", where
    // "firm" may be an adjective but a plural head does not take a count
    // after it.
    let figure_next = toks
        .get(k + 1)
        .is_some_and(|n| n.class == Class::Number || figure_qualifier_at(toks, k + 1) > 0);
    let after_adjective = t.lower.ends_with('s')
        && !numbered_model
        && !figure_next
        && !matches!(
            t.verb(),
            "say" | "report" | "claim" | "state" | "tell" | "add" | "insist" | "warn" | "note" | "argue"
        )
        && crate::wordnet().is_some_and(|wn| {
            wn.is_word(&prev.lower, crate::wordnet::Pos::Adj)
                && wn.is_word(t.noun(), crate::wordnet::Pos::Noun)
                && t.noun() != t.lower
        });
    if after_adjective {
        return false;
    }
    let plural_prev = prev.lower == "people" || (!prev.lower.ends_with("ss") && prev.noun() != prev.lower);
    let base = t.verb();
    let before_comma = toks.get(k + 1).is_some_and(|n| n.class == Class::Comma);
    let agrees = if t.lower.ends_with('s') && !t.lower.ends_with("ss") {
        !plural_prev && base != t.lower
    } else {
        plural_prev && base == t.lower && !before_comma
    };
    agrees && crate::wordnet().is_some_and(|wn| wn.is_word(base, crate::wordnet::Pos::Verb))
}

/// Whether a token reads as a finite verb once a noun phrase has started:
/// an irregular past form or a lower-case word ending in "-ed". Remembered
/// on the token.
pub(crate) fn verb_like(t: &Tok<'_>) -> bool {
    t.verb_like_by(find_verb_like)
}

fn find_verb_like(t: &Tok<'_>) -> bool {
    let lower_initial = t.text.chars().next().is_some_and(char::is_lowercase);
    if !lower_initial {
        return false;
    }
    let w = t.lower.as_str();
    if IRREGULAR_PAST.contains(&w) {
        return true;
    }
    if !w.ends_with("ed") {
        return false;
    }
    // WordNet knows "died" is a form of "die" and "bed" is not a form of
    // anything; unknown words fall back to their length.
    match crate::wordnet().and_then(|wn| wn.lemma(w, crate::wordnet::Pos::Verb)) {
        Some(base) => base != w,
        None => w.len() > 4,
    }
}

/// The noun phrase starting at or right after `from` (skipping determiners
/// and quotes), extended over "of"-complements. Remembered on the token at
/// `from` ([`Tok::noun_phrase_by`]): the subject, clause and verb finders
/// ask for the same phrases, and this was a tenth of the reader.
fn noun_phrase_at(toks: &[Tok<'_>], from: usize, limit: usize) -> Option<(usize, usize)> {
    match toks.get(from) {
        Some(t) => t.noun_phrase_by((from, toks.len(), limit), || find_noun_phrase_at(toks, from, limit)),
        None => find_noun_phrase_at(toks, from, limit),
    }
}

/// How many words of a figure's qualifier stand at `k` before the figure
/// they qualify ("about 30", "at least 63", "more than 50"); 0 when none
/// does.
fn figure_qualifier_at(toks: &[Tok<'_>], k: usize) -> usize {
    const QUALIFIERS: &[&[&str]] = &[
        &["about"],
        &["around"],
        &["nearly"],
        &["almost"],
        &["over"],
        &["some"],
        &["at", "least"],
        &["more", "than"],
        &["fewer", "than"],
        &["less", "than"],
        &["up", "to"],
        &["at", "most"],
        &["only"],
    ];
    QUALIFIERS
        .iter()
        .find(|q| {
            q.iter()
                .enumerate()
                .all(|(i, w)| toks.get(k + i).is_some_and(|t| t.lower == *w))
                && toks.get(k + q.len()).is_some_and(figure_word)
        })
        .map_or(0, |q| q.len())
}

/// [`noun_phrase_at`], found.
fn find_noun_phrase_at(toks: &[Tok<'_>], from: usize, limit: usize) -> Option<(usize, usize)> {
    let mut k = from;
    while k < limit && matches!(toks[k].class, Class::Quote | Class::Conj) {
        k += 1;
    }
    let start = k;
    // A figure's qualifier opens the phrase: "About 30 people", "At least
    // 63 soldiers", "More than 50 deputies".
    k += figure_qualifier_at(toks, k);
    let mut nouns = 0;
    // "a grey and white cat", "a red or blue flag": two describing words
    // joined before one head belong to one phrase.
    let joined_adjectives = |k: usize| {
        let adjective = |t: Option<&Tok<'_>>| {
            t.is_some_and(|t| {
                t.class == Class::Word
                    && crate::wordnet().is_some_and(|wn| wn.is_word(&t.lower, crate::wordnet::Pos::Adj))
            })
        };
        k > start
            && k + 2 < limit
            && matches!(toks[k].lower.as_str(), "and" | "or")
            && adjective(toks.get(k - 1))
            && adjective(toks.get(k + 1))
            && toks[k + 2].class == Class::Word
    };
    while k < limit
        && (matches!(toks[k].class, Class::Det | Class::Word | Class::Number | Class::Quote) || joined_adjectives(k))
    {
        // "-ing" ends the phrase ("a man sawing logs") unless it modifies a
        // head that a verb follows ("the night crossing attempt failed").
        // (A closure, asked only of a progressive after a noun: the loop
        // visits every word of every phrase, and `verb_like` asks WordNet.)
        let verb_at = |i: usize| toks.get(i).is_some_and(|n| n.class == Class::Aux || verb_like(n));
        // "A porter carrying crates is ...", "a dog chasing birds was ...": after
        // a person or an animal the "-ing" word is what it does, and the
        // bare noun after it its object, not the head.
        let agent_before = || {
            toks[k - 1].class == Class::Word
                && crate::wordnet().is_some_and(|wn| {
                    // Not "a Japanese wrestling match": a word that is
                    // also an adjective describes the head to come.
                    let n = toks[k - 1].noun();
                    !wn.is_word(&toks[k - 1].lower, crate::wordnet::Pos::Adj)
                        && (wn.is_a(n, "person") || wn.is_a(n, "animal"))
                })
        };
        // "Emergency planning officer Gareth Pell", "average waiting times
        // in the department": an "-ing" word that WordNet files as a noun,
        // before another lower-case noun that no determiner or pronoun
        // follows, names a kind of that noun.
        let compound_head = || {
            let noun = |t: &Tok<'_>, w: &str| {
                t.class == Class::Word
                    && t.text.starts_with(char::is_lowercase)
                    && crate::wordnet().is_some_and(|wn| wn.is_word(w, crate::wordnet::Pos::Noun))
            };
            // The phrase goes on after the noun ("people drinking beer."
            // is people drinking).
            let goes_on = toks.get(k + 2).is_some_and(|n| {
                k + 2 < limit
                    && !matches!(
                        n.class,
                        Class::Det | Class::Pron | Class::Number | Class::Stop | Class::Comma
                    )
            });
            noun(&toks[k], &toks[k].lower)
                && toks.get(k + 1).is_some_and(|n| k + 1 < limit && noun(n, n.noun()))
                && goes_on
        };
        let noun_modifier = || {
            !agent_before()
                && (verb_at(k + 1)
                    || compound_head()
                    || (toks.get(k + 1).is_some_and(|n| n.class == Class::Word)
                        && (verb_at(k + 2) || toks.get(k + 2).is_some_and(|n| n.class == Class::Comma))))
        };
        // An "-ed" word inside the phrase, before a noun, may describe
        // that noun rather than be the verb.
        let ed_before_noun = k > start
            && toks[k].lower.ends_with("ed")
            && toks
                .get(k + 1)
                .is_some_and(|n| k + 1 < limit && n.class == Class::Word && !verb_like(n));
        // "Oduria's armed forces": a participle after a possessive, before
        // the noun it describes, is an adjective of the phrase.
        let after_possessive = || toks[k - 1].lower.ends_with("'s");
        // "The broad shouldered porter is ...", "a grey bearded sailor was ...": a
        // compound adjective of a determiner's phrase. The auxiliary or the
        // "-ing" verb after the noun, or a preposition before the phrase,
        // is what tells it from "the poor wanted food".
        let compound = || {
            k >= 2
                && (toks[k - 2].class == Class::Det || toks[k - 2].lower == "no")
                && toks[k - 1].class == Class::Word
                && !verb_like(&toks[k - 1])
                && (toks.get(k + 2).is_some_and(|n| n.class == Class::Aux || progressive(n))
                    // "with a long tailed coat": no verb follows a
                    // preposition's determiner and adjective.
                    || (k >= 3 && toks[k - 3].class == Class::Prep))
        };
        // "The randomised placebo-controlled study enrolled ...": two
        // participles after a determiner, before the noun a verb follows,
        // both describe it.
        let participles = || {
            k >= 2
                && toks[k - 2].class == Class::Det
                && toks[k - 1].lower.ends_with("ed")
                && toks.get(k + 2).is_some_and(|n| n.class == Class::Aux || verb_like(n))
        };
        let describing = ed_before_noun && (after_possessive() || compound() || participles());
        if nouns > 0
            && !describing
            && (verb_like(&toks[k]) || (progressive(&toks[k]) && !noun_modifier()) || adverb(&toks[k]))
        {
            break;
        }
        if nouns > 0 && present_verb(toks, start, k) {
            break;
        }
        // "Veltrix today unveiled the Orra 5": a day adverb after the head
        // dates the verb; it is not the head.
        if nouns > 0 && matches!(toks[k].lower.as_str(), "today" | "yesterday" | "tonight") {
            break;
        }
        // "the jetty north of the lighthouse": a compass point before "of"
        // places the head; it is not the head.
        if nouns > 0 && compass_of(toks, k) {
            break;
        }
        // After the head, a determiner or a quote opens a new phrase: "called
        // the accord 'a historic turning point'".
        if nouns > 0 && matches!(toks[k].class, Class::Det | Class::Quote) && !toks[k].lower.contains('\'') {
            break;
        }
        if toks[k].class == Class::Word {
            nouns += 1;
        }
        k += 1;
    }
    while k > start && toks[k - 1].class == Class::Quote {
        k -= 1;
    }
    // "the involvement of North Korean forces", "a source within the army",
    // and place names that narrow the phrase: "the hospital in Kolsk", "the
    // ambush near Brisca".
    loop {
        let named_place = |i: usize| {
            toks.get(i + 1).is_some_and(|t| {
                t.class == Class::Word
                    && t.text.chars().next().is_some_and(char::is_uppercase)
                    && !t.lower.ends_with("'s")
            })
        };
        let extends = k + 1 < limit
            && ((matches!(toks[k].lower.as_str(), "of" | "within" | "from")
                && matches!(toks[k + 1].class, Class::Det | Class::Word))
                || (matches!(toks[k].lower.as_str(), "on" | "to")
                    && k > start
                    && WORK_HEADS.contains(&toks[k - 1].lower.as_str())
                    && matches!(toks[k + 1].class, Class::Det | Class::Word))
                || (matches!(toks[k].lower.as_str(), "in" | "at" | "near" | "outside") && named_place(k)));
        if !extends {
            break;
        }
        k += 1;
        let mut inner = 0;
        while k < limit && matches!(toks[k].class, Class::Det | Class::Word | Class::Number) {
            // "a group of people standing together": the "-ing" verb ends
            // the inner phrase as it ends the outer one.
            if inner > 0 && (verb_like(&toks[k]) || adverb(&toks[k]) || progressive(&toks[k])) {
                break;
            }
            if toks[k].class == Class::Word {
                inner += 1;
            }
            k += 1;
        }
    }
    // A unit's sign is a word of its figure, not of a phrase: "9.1%" alone
    // names nothing, as "9.1" does not.
    if toks[start..k]
        .iter()
        .any(|t| t.class == Class::Word && !crate::tokens::is_unit_sign(t.text))
    {
        Some((start, k))
    } else {
        None
    }
}

fn first_noun_phrase(toks: &[Tok<'_>], from: usize, limit: usize) -> Option<(usize, usize)> {
    let mut k = from;
    while k < limit {
        if matches!(toks[k].class, Class::Word | Class::Det) {
            let (a, b) = noun_phrase_at(toks, k, limit)?;
            return Some((a, b));
        }
        k += 1;
    }
    None
}

fn last_noun_phrase(toks: &[Tok<'_>], from: usize, to: usize) -> Option<(usize, usize)> {
    let mut end = to;
    while end > from && !matches!(toks[end - 1].class, Class::Word) {
        end -= 1;
    }
    let mut start = end;
    while start > from && matches!(toks[start - 1].class, Class::Word | Class::Number) {
        start -= 1;
    }
    (start < end).then_some((start, end))
}

/// The subject of the content: the first noun phrase followed (possibly after
/// an appositive) by an auxiliary or a verb. Introductory phrases ("On April
/// 30,", "In a statement,") are skipped.
/// The speaker a subject pronoun opening the reported content points back
/// at: "the bank denied that it had lost the files", "the mayor said she
/// would not close the bridge", "officials said they had found no
/// survivors". The speaker must open the sentence, as a noun phrase, and
/// agree with the pronoun (`pronoun_agrees`); a pronoun that cannot be the
/// speaker ("the minister said it would rain") is left unresolved, and
/// the statement gives no claim, as before.
fn speaker_of_pronoun(
    toks: &[Tok<'_>],
    content: (usize, usize),
    attribution: Option<&Attribution>,
    lex: &Lexicon,
    names: &mut NameRegistry,
) -> Option<Entity> {
    let a = attribution?;
    if a.content.0 == 0 {
        return None;
    }
    let (_, pronoun) = opening_pronoun(toks, content)?;
    let speaker = speaker_phrase(toks, a.content.0, lex, names)?;
    pronoun_agrees(pronoun, &speaker).then_some(speaker)
}

/// The subject pronoun that opens the content (after an introductory
/// phrase), with its token: one of [`SUBJECT_PRONOUNS`], and the clause's
/// subject, as a verb comes next.
fn opening_pronoun<'a>(toks: &'a [Tok<'_>], content: (usize, usize)) -> Option<(usize, &'a str)> {
    let k = skip_introduction(toks, content);
    let pronoun = toks.get(k).filter(|_| k < content.1)?.lower.as_str();
    let verb_next = toks
        .get(k + 1)
        .is_some_and(|t| k + 1 < content.1 && (t.class == Class::Aux || verb_like(t) || present_form(t)));
    (SUBJECT_PRONOUNS.contains(&pronoun) && verb_next).then_some((k, pronoun))
}

/// The speaker of a gerund right after a verb of denial or admission: in
/// "the bank denied losing the files" (or "having lost the files") the
/// bank is who lost them, or denies it. Read as a noun phrase, the gerund
/// was the subject ("losing the files"), or the denial's plain object.
fn speaker_of_gerund(
    toks: &[Tok<'_>],
    content: (usize, usize),
    attribution: Option<&Attribution>,
    lex: &Lexicon,
    names: &mut NameRegistry,
) -> Option<Entity> {
    let a = attribution?;
    let k = content.0;
    if a.content.0 == 0 || k == 0 || k >= content.1 || !gerund_after(toks, k) {
        return None;
    }
    speaker_phrase(toks, k, lex, names)
}

/// The speaker of content that starts at `content_start`, as a subject:
/// the noun phrase that opens the sentence and runs right up to the verb
/// of saying before the content (and its "that"). Anything between them
/// ("a spokesman, asked about the base, said it ...") leaves it unknown:
/// the pronoun may be the thing asked about.
fn speaker_phrase(toks: &[Tok<'_>], content_start: usize, lex: &Lexicon, names: &mut NameRegistry) -> Option<Entity> {
    let mut verb = content_start.checked_sub(1)?;
    if toks[verb].lower == "that" {
        verb = verb.checked_sub(1)?;
    }
    // "Made (it) clear he ...": the verb of saying is two or three words.
    if toks[verb].lower == "clear" {
        verb = verb.checked_sub(1)?;
        if toks[verb].lower == "it" {
            verb = verb.checked_sub(1)?;
        }
    }
    // "Gregor Paske, speaking to reporters on Tuesday, said he ...": a
    // participle's phrase between the speaker and the verb.
    if verb > 0 && toks[verb - 1].class == Class::Comma {
        let open = (0..verb - 1).rev().find(|&j| toks[j].class == Class::Comma);
        if let Some(open) = open.filter(|&j| toks.get(j + 1).is_some_and(progressive)) {
            verb = open;
        }
    }
    let start = skip_introduction(toks, (0, verb));
    // "After training, manager Gregor Paske said he ...": a post in lower
    // case before the name is the name's; the name is the speaker a
    // pronoun agrees with.
    let name = capitalised_run_start(toks, start, verb);
    let post = &toks[start..name];
    // ("Albion manager Gregor Paske": the post may name its organisation.)
    let titled = name < verb
        && post.len() <= 3
        && post.last().is_some_and(|t| t.text.starts_with(char::is_lowercase))
        && post.iter().all(|t| t.class == Class::Word && !verb_like(t));
    if titled {
        return Some(entity_of(&toks[name..verb], lex, names));
    }
    let (a, b) = noun_phrase_at(toks, start, verb)?;
    (a == start && b == verb).then(|| entity_of(&toks[a..b], lex, names))
}

/// Whether the token at `k` is a gerund right after a verb that denies or
/// admits a deed ("denied losing", "admits having lied", "acknowledged
/// taking").
fn gerund_after(toks: &[Tok<'_>], k: usize) -> bool {
    k > 0
        && matches!(toks[k - 1].verb(), "deny" | "admit" | "acknowledge" | "confess")
        && toks[k - 1].class == Class::Word
        && (progressive(&toks[k]) || toks[k].lower == "having")
}

/// The one thing the sentence before was about that a subject pronoun
/// opening this sentence can stand for: "The Tallis Star left Port Elvin
/// on Sunday. It capsized shortly after 7 p.m." News copy names a thing
/// once and goes on with "it"; without this the second sentence, which
/// holds the fact, gives no claim.
///
/// Deliberately narrow, as a wrong referent puts a fact on the wrong
/// thing:
/// - only the sentence right before counts, and only what its claims were
///   about (their subjects and the things they named as objects), so a
///   sentence that gave no claim leaves the pronoun unresolved;
/// - exactly one of those must agree with the pronoun (`pronoun_agrees`),
///   and it must have been a subject: after "The coast guard found the
///   ferry", "it" could be either, and stays unresolved; after "The tug
///   Orrin towed the lighter", where the name may be a person's, "it" is
///   not taken to be the lighter;
/// - the pronoun opens the sentence (after an introductory phrase) and a
///   verb follows it; a pronoun after a verb of saying is the speaker's
///   (`speaker_of_pronoun`), and one inside a quotation is the speaker's
///   business;
/// - an "it" that stands for nothing ("It is unclear whether", "It
///   emerged that", "It took rescuers six hours") is left alone
///   (`expletive_it`), and so is "it" before a linking verb and a noun
///   phrase ("It was the club's second win"), which as often names an
///   event or a situation as the thing before it.
fn referent_of_opening_pronoun(
    toks: &[Tok<'_>],
    content: (usize, usize),
    attribution: Option<&Attribution>,
    previous_sentence_claims: &[RawClaim],
) -> Option<Entity> {
    if attribution.is_some_and(|a| a.content.0 > 0) || previous_sentence_claims.is_empty() {
        return None;
    }
    let (k, pronoun) = opening_pronoun(toks, content)?;
    if pronoun == "it" && expletive_it(toks, k, content.1) {
        return None;
    }
    let referents = referents(previous_sentence_claims);
    let mut agreeing = referents.into_iter().filter(|(e, _)| pronoun_agrees(pronoun, e));
    let (one, subject) = agreeing.next()?;
    (subject && agreeing.next().is_none()).then_some(one)
}

/// Whether the "it" at `k` stands for nothing, or for something no noun
/// phrase names: "It is unclear whether ...", "It was reported that ...",
/// "It emerged that ...", "It took crews six hours to ...", and "it"
/// before a linking verb and a noun phrase or an adjective ("It was the
/// second win", "It is too early").
fn expletive_it(toks: &[Tok<'_>], k: usize, end: usize) -> bool {
    const EMPTY_SUBJECT_VERBS: &[&str] = &[
        "seem", "appear", "remain", "take", "emerge", "happen", "follow", "mean", "matter", "look", "sound", "feel",
        "become", "rain", "snow", "cost", "turn", "come", "make",
    ];
    let mut j = k + 1;
    let mut be = false;
    while j < end
        && (toks[j].class == Class::Aux
            || matches!(toks[j].lower.as_str(), "not" | "n't" | "never")
            || adverb(&toks[j]))
    {
        be |= BE_FORMS.contains(&toks[j].lower.as_str()) || toks[j].lower == "'s";
        j += 1;
    }
    let Some(t) = toks.get(j).filter(|_| j < end) else {
        return true;
    };
    if EMPTY_SUBJECT_VERBS.contains(&t.verb()) {
        return true;
    }
    // "It is said that", "it was unclear whether", "it is time to".
    let clause_after = toks[j + 1..end.min(j + 4)].iter().any(|t| {
        matches!(
            t.lower.as_str(),
            "that" | "whether" | "if" | "to" | "how" | "why" | "when" | "who"
        )
    });
    be && (clause_after || !is_participle(t))
}

/// What a sentence's claims were about, for a pronoun opening the next
/// (see [`referent_of_opening_pronoun`]): their subjects and the things
/// they named as objects, each once. Events, measures and other keys the
/// reader built (with `:`, `|` or `#`) are no thing a pronoun names.
fn referents(claims: &[RawClaim]) -> Vec<(Entity, bool)> {
    let mut out: Vec<(Entity, bool)> = Vec::new();
    let built = |key: &str| key.contains([':', '|', '#']);
    let time_noun =
        |key: &str| TIME_WORDS.contains(&key) || matches!(key, "dawn" | "dusk" | "daybreak" | "sunrise" | "sunset");
    for c in claims {
        let object = match &c.object {
            // "sailed at dawn": a time is no thing "it" stands for.
            Value::Entity { key, text, modifiers } if !built(key) && !time_noun(key) => {
                Some(object_entity(key, text, modifiers))
            }
            _ => None,
        };
        let subject = (!built(&c.subject.key)).then(|| (c.subject.clone(), true));
        for (e, is_subject) in subject.into_iter().chain(object.map(|o| (o, false))) {
            match out.iter_mut().find(|(o, _)| o.key == e.key) {
                Some((_, was_subject)) => *was_subject |= is_subject,
                None => out.push((e, is_subject)),
            }
        }
    }
    out
}

/// The subject pronouns the reader points back at a phrase before them.
const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "it", "they"];

/// Whether a subject pronoun can point back at `e`: "he" and "she" at one
/// person (a person noun, or a name whose last word is no common noun:
/// "Marta Velsen"), "it" at one thing that is no person ("the ministry",
/// "the Kessary Port Authority"), "they" at several ("officials", "the
/// police") or at an organisation. Anything else stays unresolved.
fn pronoun_agrees(pronoun: &str, e: &Entity) -> bool {
    if !SUBJECT_PRONOUNS.contains(&pronoun) || e.key.contains([':', '|', '#']) {
        return false;
    }
    let head_key = e.key.rsplit(' ').next().unwrap_or(&e.key);
    let head_text = e.text.rsplit(' ').next().unwrap_or(&e.text).to_lowercase();
    let common = crate::wordnet().is_some_and(|wn| wn.is_word(head_key, crate::wordnet::Pos::Noun));
    let plural = (head_text != head_key && head_text.ends_with('s')) || matches!(head_key, "police" | "people");
    // "the Orra 5", "Flight CV 318": nobody's name ends in a figure.
    let numbered = head_key.starts_with(|c: char| c.is_ascii_digit());
    // "Ilse Marrow": a name of two or more words whose first is no common
    // noun and whose last is no made thing, place, group or substance is a
    // person's, though "marrow" is a common noun; "Ellery Terminals" and
    // "Kestrel & Finch" are not.
    let given_name = || {
        let words: Vec<&str> = e.key.split(' ').collect();
        words.len() >= 2
            && !e.text.contains('&')
            && !words.contains(&"and")
            && crate::wordnet().is_some_and(|wn| !wn.is_word(words[0], crate::wordnet::Pos::Noun))
            && !crate::coref::thing_noun(head_key)
    };
    let person = if e.name {
        (!common && !numbered) || crate::coref::person_noun(head_key) || (!numbered && given_name())
    } else {
        common && crate::coref::person_noun(head_key)
    };
    match pronoun {
        "he" | "she" => person && !plural,
        "it" => !person && !plural && (common || numbered),
        _ => plural || (!person && common),
    }
}

fn sentence_subject(
    toks: &[Tok<'_>],
    content: (usize, usize),
    lex: &Lexicon,
    names: &mut NameRegistry,
) -> Option<Entity> {
    let k = skip_introduction(toks, content);
    own_subject(toks, k, content.1, lex, names)
}

/// Skips an introductory phrase ("On April 30,", "Adding to the confusion,").
fn skip_introduction(toks: &[Tok<'_>], content: (usize, usize)) -> usize {
    let (mut k, end) = content;
    // "However, a filing shows ...": a sentence adverb and its comma.
    const LINKING: &[&str] = &[
        "however",
        "meanwhile",
        "nevertheless",
        "nonetheless",
        "moreover",
        "furthermore",
        "still",
        "separately",
        "instead",
        "indeed",
        "yet",
        "also",
    ];
    if k + 2 < end && LINKING.contains(&toks[k].lower.as_str()) && toks[k + 1].class == Class::Comma {
        k += 2;
    }
    // A fronted time phrase without a comma: "Later that evening the ...".
    let start = k;
    let mut last_time = None;
    while k < end {
        let w = toks[k].lower.as_str();
        if TIME_WORDS.contains(&w) {
            last_time = Some(k);
        } else if !(k > start && matches!(w, "that" | "this" | "the" | "same" | "early" | "late" | "on")) {
            break;
        }
        k += 1;
    }
    k = last_time.map_or(start, |t| t + 1);
    let opens = toks
        .get(k)
        .is_some_and(|t| t.class == Class::Prep || t.lower.ends_with("ing"));
    // "At least 63 soldiers were killed, ...": a figure's qualifier, not an
    // introductory phrase.
    let qualifier = toks
        .get(k + 1)
        .is_some_and(|t| matches!(t.lower.as_str(), "least" | "most" | "than"))
        || toks.get(k + 1).is_some_and(|t| t.class == Class::Number);
    if opens && !qualifier {
        if let Some(c) = (k..end).find(|&j| toks[j].class == Class::Comma) {
            // An introduction has no verb of its own before the comma.
            let verb_inside = toks[k + 1..c].iter().any(|t| t.class == Class::Aux || verb_like(t));
            if !verb_inside && c - k <= 8 {
                return c + 1;
            }
        }
    }
    k
}

/// The piece's own subject, when it opens with a noun phrase and a verb.
fn own_subject(toks: &[Tok<'_>], start: usize, end: usize, lex: &Lexicon, names: &mut NameRegistry) -> Option<Entity> {
    let mut k = start;
    while k < end && matches!(toks[k].class, Class::Quote | Class::Conj | Class::Comma | Class::Wh) {
        k += 1;
    }
    k = after_complementizer(toks, k, end);
    k = after_subordinator(toks, k, end);
    k = after_time_adjunct(toks, k, end);
    k = after_fronted_phrase(toks, k, end);
    let (a, mut b) = noun_phrase_at(toks, k, end)?;
    let head_end = b;
    // "the detainees held at the Orlo checkpoint were ...": a participle
    // right after the head, followed later by an auxiliary, opens a reduced
    // relative clause that belongs to the subject.
    // ("Every ticket bought directly from us will be refunded": an adverb
    // may stand between the participle and its preposition.)
    let prep_after = |k: usize| {
        let k = if toks.get(k).is_some_and(|t| k < end && adverb(t)) {
            k + 1
        } else {
            k
        };
        toks.get(k).is_some_and(|t| t.class == Class::Prep)
    };
    if b < end && verb_like(&toks[b]) && prep_after(b + 1) {
        let aux = (b + 1..end).find(|&j| matches!(toks[j].class, Class::Aux | Class::Comma | Class::Stop));
        if let Some(j) = aux.filter(|&j| toks[j].class == Class::Aux) {
            b = j;
        }
    }
    let mut after = after_time_adjunct(toks, b, end);
    let (pp_end, mut pp) = subject_adjuncts(toks, after, end);
    after = pp_end;
    // The reduced relative's own phrases ("held at the Orlo checkpoint")
    // tell its subject apart from another ("held at Fenn camp"), as the
    // subject's own prepositional phrases do.
    // Its time phrases ("stopped on the evening of 9 April") date an event;
    // they do not describe the subject.
    if b > head_end {
        pp.extend(subject_adjuncts(toks, after_time_adjunct(toks, head_end + 1, end), end).1);
    }
    // "The detachment reportedly carried ...": adverbs sit between subject
    // and verb.
    while after < end && adverb(&toks[after]) {
        after += 1;
    }
    // "an attempt to cross the river was foiled": skip the infinitive.
    if after < end && toks[after].lower == "to" {
        if let Some(v) = (after + 1..end).find(|&j| toks[j].class == Class::Aux) {
            after = v;
        }
    }
    let mut appositive = None;
    if after < end && toks[after].class == Class::Comma {
        // Skip an appositive: "X, the head of Y, said".
        let close = (after + 1..end).find(|&j| toks[j].class == Class::Comma);
        appositive = close.map(|c| (after + 1, c));
        after = close.map_or(end, |j| j + 1);
        // News copy gives a person's age and role as two of them ("Marta
        // Velsen, 64, a baker from Tolby, died"); the role, which names
        // what the person is, is the appositive kept. One with a verb of
        // its own is no appositive but a clause of the sentence.
        if let Some((_, e)) = appositive.filter(|&(s, e)| e == s + 1 && toks[s].class == Class::Number) {
            let close = (e + 1..end).find(|&j| toks[j].class == Class::Comma);
            let describes = close.is_some_and(|c| {
                !toks[e + 1..c].iter().any(|t| t.class == Class::Aux || verb_like(t))
                    && noun_phrase_at(toks, e + 1, c).is_some()
            });
            if let Some(c) = close.filter(|_| describes) {
                appositive = Some((e + 1, c));
                after = c + 1;
            }
        }
    }
    // "Each earbud weighs 5 grams": a verb in the present tense too.
    let verbish = toks
        .get(after)
        .is_some_and(|t| t.class == Class::Aux || verb_like(t) || t.class == Class::Conj)
        || (after < end && after > a && present_verb(toks, a, after));
    if !verbish && b < end {
        return None;
    }
    // The reduced relative describes the subject; it does not name it: "the
    // convoy stopped on the night of 4 May" is the convoy, not May.
    let np = &toks[a..head_end];
    let with_adjuncts = |mut e: Entity| {
        // "No homes in the town were destroyed": the "no" is the claim's
        // polarity, not a kind of home (as a modifier it kept the denial
        // from covering "four homes in the town"). Only of the subject: in
        // an object ("left with no choice") it is all that says none.
        e.modifiers.retain(|m| m != "no");
        e.modifiers.extend(pp.iter().cloned());
        e.modifiers.sort();
        e.modifiers.dedup();
        e
    };
    // "Brandt's partner, harbour agent Lise Ormo, was ...": when
    // the phrase only describes and the appositive names, the name is who
    // the clause is about, and what other documents will call them.
    if let Some(named) = appositive.and_then(|(s, e)| appositive_name(toks, s, e, lex, names)) {
        if !has_name(np) {
            return Some(named);
        }
    }
    Some(with_adjuncts(entity_of(np, lex, names)))
}

/// The key of the name that ends closest before token `at` in the piece
/// starting at `start`: a run of capitalised words, but not a lone
/// sentence-initial word, which may be any word.
fn name_before(toks: &[Tok<'_>], start: usize, at: usize, lex: &Lexicon) -> Option<String> {
    let end = (start..at).rev().find(|&j| toks[j].capitalised())? + 1;
    let begin = capitalised_run_start(toks, start, end);
    let words: Vec<&Tok<'_>> = toks[begin..end].iter().collect();
    if words.is_empty() || (words.len() == 1 && words[0].initial) {
        return None;
    }
    let key = words
        .iter()
        .map(|t| strip_possessive(&t.lower))
        .collect::<Vec<_>>()
        .join(" ");
    Some(lex.canonical_alias(&key).map_or(key.clone(), str::to_string))
}

/// The name an appositive classifies: the mention `m` heads piece `pi`, a
/// bare noun phrase ("the pesticide", "a fishing boat", "the company's
/// nitrogen fertilizer") set off by a comma after a name ("Veltrin, the
/// pesticide that ...", "Sales of Veltrin, the company's fertilizer, grew").
fn classified_by_apposition(
    toks: &[Tok<'_>],
    pieces: &[(usize, usize)],
    pi: usize,
    m: &Mention,
    lex: &Lexicon,
    names: &mut NameRegistry,
) -> Option<Entity> {
    let (ps, pe) = pieces[pi];
    let prev = pieces.get(pi.checked_sub(1)?)?;
    if !toks
        .get(ps)
        .is_some_and(|t| t.class == Class::Det || t.lower.ends_with("'s"))
    {
        return None;
    }
    // The mention is the head: the phrase ends with it, or a relative
    // clause follows it ("the pesticide that accounts for ...").
    let (a, b) = noun_phrase_at(toks, ps, pe)?;
    let head_end = m.at + m.len;
    let relative_after = toks
        .get(b)
        .is_some_and(|t| matches!(t.lower.as_str(), "that" | "which"));
    if a != ps || b != head_end || !(b == pe || relative_after) {
        return None;
    }
    // The previous piece ends with a name of capitalised words.
    let end = prev.1;
    let start = capitalised_run_start(toks, prev.0, end);
    if start == end || (end - start == 1 && toks[start].initial && start + 1 == end && is_common_initial(&toks[start]))
    {
        return None;
    }
    let mut e = entity_of(&toks[start..end], lex, names);
    e.name = true;
    Some(e)
}

/// A sentence-initial capitalised word that WordNet knows as an ordinary
/// word ("Sales", "Officials"): not a name on its own.
fn is_common_initial(t: &Tok<'_>) -> bool {
    crate::wordnet().is_some_and(|wn| {
        wn.lemma(&t.lower, crate::wordnet::Pos::Noun).is_some()
            || wn.lemma(&t.lower, crate::wordnet::Pos::Adj).is_some()
    })
}

/// "X described Y as Z", "X called Y a Z": the object Y (or the name in its
/// appositive, "the vessel, the Petrel,") is what `Z` classifies, and X,
/// when there is one, is who classifies it. `at` is the mention of Z; the
/// verb must be one of the lexicon's describing verbs.
fn described_as(
    toks: &[Tok<'_>],
    floor: usize,
    at: usize,
    lex: &Lexicon,
    names: &mut NameRegistry,
) -> Option<(Entity, Option<Source>)> {
    let as_at = (at.saturating_sub(3).max(floor)..at)
        .rev()
        .find(|&j| toks[j].lower == "as")?;
    let mut end = as_at;
    let mut apposition = None;
    if end > floor && toks[end - 1].class == Class::Comma {
        let open = (floor..end - 1).rev().find(|&j| toks[j].class == Class::Comma)?;
        apposition = Some((open + 1, end - 1));
        end = open;
    }
    let v = (floor..end)
        .rev()
        .find(|&j| toks[j].class == Class::Word && lex.is_describing_verb(toks[j].verb()))?;
    let (a, b) = noun_phrase_at(toks, v + 1, end)?;
    if a != v + 1 || b != end {
        return None;
    }
    let object = match apposition {
        Some((s, e)) if noun_phrase_at(toks, s, e) == Some((s, e)) && has_name(&toks[s..e]) => {
            let mut named = entity_of(&toks[s..e], lex, names);
            named.name = true;
            named
        }
        _ => entity_of(&toks[a..b], lex, names),
    };
    let describer = agent_before(toks, floor, v).map(|(s, e)| source_of(&toks[s..e], lex, names));
    Some((object, describer))
}

/// States coordinated after a copula's complement: "... and not
/// statistically significant", "... but empty". Each is an adjective that
/// closes the piece (or precedes a comma), with whether "not" negates it.
/// Only the part after the verb at `from` is searched, up to `end`.
fn coordinated_states(toks: &[Tok<'_>], from: usize, end: usize) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    let mut k = from + 1;
    while k < end {
        if !matches!(toks[k].lower.as_str(), "and" | "but") {
            k += 1;
            continue;
        }
        let mut j = k + 1;
        let negative = toks.get(j).is_some_and(|t| t.lower == "not");
        if negative {
            j += 1;
        }
        while j < end && adverb(&toks[j]) {
            j += 1;
        }
        let closes = toks
            .get(j + 1)
            .is_none_or(|t| j + 1 >= end || matches!(t.class, Class::Stop | Class::Comma));
        let adjective = toks.get(j).filter(|t| {
            j < end
                && t.class == Class::Word
                && crate::wordnet().is_some_and(|wn| wn.is_word(&t.lower, crate::wordnet::Pos::Adj))
        });
        if let (Some(t), true) = (adjective, closes) {
            out.push((t.lower.clone(), negative));
        }
        k = j + 1;
    }
    out
}

/// Things that are put to a decision, beyond what WordNet files under
/// proposal, agreement, plan, offer and request.
const PROPOSAL_NOUNS: &[&str] = &[
    "bill",
    "motion",
    "amendment",
    "resolution",
    "bid",
    "merger",
    "takeover",
    "settlement",
    "ceasefire",
    "truce",
];

/// Whether an entity's key names something one approves or rejects (a
/// plan, a deal, a bill) rather than something one believes or doubts (a
/// claim, a report).
fn is_proposal_key(key: &str) -> bool {
    let head = key.rsplit(' ').next().unwrap_or("");
    PROPOSAL_NOUNS.contains(&head)
        || crate::wordnet().is_some_and(|wn| {
            ["proposal", "agreement", "plan", "offer", "request"]
                .iter()
                .any(|parent| wn.is_a(head, parent))
        })
}

/// Whether a phrase holds a capitalised word that is not merely the first
/// of its sentence: a name, or part of one.
fn has_name(np: &[Tok<'_>]) -> bool {
    np.iter()
        .any(|t| t.class == Class::Word && !t.initial && t.text.chars().next().is_some_and(char::is_uppercase))
}

/// The entity of an appositive that is one noun phrase ending in a name of
/// two or more capitalised words ("shipping executive Nils Vorne", "the
/// Petrel" is not enough: one word could be a ship or a title).
fn appositive_name(
    toks: &[Tok<'_>],
    start: usize,
    end: usize,
    lex: &Lexicon,
    names: &mut NameRegistry,
) -> Option<Entity> {
    let (a, b) = noun_phrase_at(toks, start, end)?;
    if a != start || b != end {
        return None;
    }
    let capitalised = toks[a..b].iter().rev().take_while(|t| t.capitalised()).count();
    (capitalised >= 2).then(|| entity_of(&toks[a..b], lex, names))
}

/// Past the "that" that opens a second reported clause: "(said that the
/// town had fallen) and that the bridge was intact". Only before an article,
/// so "that bridge was intact" keeps its demonstrative.
fn after_complementizer(toks: &[Tok<'_>], k: usize, end: usize) -> usize {
    let opens = toks[k..end].first().is_some_and(|t| t.lower == "that")
        && toks.get(k + 1).is_some_and(|t| k + 1 < end && t.class == Class::Det);
    if opens {
        k + 1
    } else {
        k
    }
}

/// Whether the piece `(ps, pe)` opens, after any commas, with one of
/// `words`, or was cut off right after one (a subordinating word is
/// dropped with the cut, see [`subordinate_clause_at`]).
fn opens_with(toks: &[Tok<'_>], (ps, pe): (usize, usize), words: &[&str]) -> bool {
    let is = |t: &Tok<'_>| words.contains(&t.lower.as_str());
    toks[ps..pe].iter().find(|t| t.class != Class::Comma).is_some_and(is)
        || ps.checked_sub(1).and_then(|k| toks.get(k)).is_some_and(is)
}

/// Past a subordinating word that opens a piece with its own subject and
/// verb: ", after the reservoir rose to the crest". The clause's subject is
/// its own, not the sentence's.
fn after_subordinator(toks: &[Tok<'_>], k: usize, end: usize) -> usize {
    let opens = toks[k..end].first().is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "after" | "before" | "because" | "since" | "until" | "although" | "though" | "once" | "when" | "while"
        )
    }) && phrase_then_verb_at(toks, k + 1, end);
    if opens {
        k + 1
    } else {
        k
    }
}

fn subject_contains(toks: &[Tok<'_>], start: usize, end: usize, at: usize) -> bool {
    let mut k = start;
    while k < end && matches!(toks[k].class, Class::Quote | Class::Conj | Class::Comma | Class::Wh) {
        k += 1;
    }
    k = after_complementizer(toks, k, end);
    match noun_phrase_at(toks, k, end) {
        Some((a, b)) => at >= a && at < b && toks.get(b).is_some_and(|t| t.class == Class::Aux),
        None => false,
    }
}

/// Where an indirect question starts in `content`: a wh-word right after a
/// verb of saying or knowing ("say", "told reporters", "know") that is
/// negated or refused ("did not say how", "declined to say when", "would
/// not confirm if"), or any "whether" after such a verb ("asked whether").
/// A plain "said when the police arrived, ..." is reported content, not a
/// question, and is left alone.
fn indirect_question_at(toks: &[Tok<'_>], content: (usize, usize)) -> Option<usize> {
    const SAYING: &[&str] = &[
        "say",
        "said",
        "says",
        "tell",
        "told",
        "disclose",
        "disclosed",
        "reveal",
        "revealed",
        "specify",
        "specified",
        "explain",
        "explained",
        "know",
        "knew",
        "known",
        "confirm",
        "confirmed",
        "comment",
        "indicate",
        "indicated",
        "ask",
        "asked",
        "asking",
        "unclear",
        "decide",
        "decided",
        "clear",
    ];
    const WH: &[&str] = &["how", "whether", "if", "why", "when", "where", "what", "which"];
    for q in content.0..content.1 {
        if !WH.contains(&toks[q].lower.as_str()) {
            continue;
        }
        // The verb, with at most two words in between ("told reporters",
        // "say exactly").
        let Some(v) = (q.saturating_sub(3)..q)
            .rev()
            .find(|&j| SAYING.contains(&toks[j].lower.as_str()))
        else {
            continue;
        };
        let refused = (v.saturating_sub(4)..v).any(|j| {
            matches!(
                toks[j].lower.as_str(),
                "not" | "n't" | "never" | "declined" | "refused" | "declines" | "refuses" | "unable" | "no"
            ) || toks[j].lower.ends_with("n't")
        });
        let asking = matches!(toks[v].lower.as_str(), "ask" | "asked" | "asking" | "unclear");
        if toks[q].lower == "whether" || refused || asking {
            return Some(q);
        }
    }
    None
}

/// Cuts the content into pieces at commas, semicolons, dashes and "whose".
fn pieces(toks: &[Tok<'_>], content: (usize, usize)) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = content.0;
    for k in content.0..content.1 {
        let cut = (matches!(toks[k].class, Class::Comma | Class::Stop) && !is_list_comma(toks, k))
            || second_clause_at(toks, start, k, content.1)
            || subordinate_clause_at(toks, start, k, content.1);
        if cut {
            if start < k {
                out.push((start, k));
            }
            start = k + 1;
        }
    }
    if start < content.1 {
        out.push((start, content.1));
    }
    // "(did not say how long ...,) nor whether it would open a second
    // route": an indirect question asserts nothing.
    out.retain(|&(ps, pe)| {
        let first = (ps..pe).find(|&k| toks[k].class != Class::Conj);
        first.is_none_or(|k| toks[k].lower != "whether")
    });
    out
}

/// The verb that keys an event: of the one-word members of the verb's
/// first WordNet sense, the first in alphabetical order, so that synonyms in
/// that sense key one event ("started production" and "would not begin
/// production until autumn" both date the event "begin"; "commence"
/// too). A verb WordNet does not know keys itself. Remembered per thread:
/// every event claim asks, and the answer costs a sense list and a synset.
fn event_verb(verb: &str) -> std::borrow::Cow<'_, str> {
    thread_local! {
        static LABELS: crate::morph::Memo<Option<String>> = crate::morph::Memo::default();
    }
    let label = crate::morph::remembered(&LABELS, 1 << 16, verb, |verb| {
        crate::wordnet().and_then(|wn| {
            let first = *wn.senses(verb, crate::wordnet::Pos::Verb).first()?;
            wn.synset(first)?
                .words()
                .filter(|w| !w.contains(' '))
                .min()
                .map(str::to_string)
        })
    });
    match label {
        Some(l) if l != verb => std::borrow::Cow::Owned(l),
        _ => std::borrow::Cow::Borrowed(verb),
    }
}

/// The phase a verb of aspect dates: they date a phase of their subject
/// ("the talks began", "the inquiry opened"), so two of them meet only
/// about one subject; "opened" and "began" of one inquiry are one start.
fn aspect_of(verb: &str) -> Option<&'static str> {
    Some(match verb {
        "begin" | "start" | "commence" | "open" => "begin",
        "end" | "finish" | "complete" | "conclude" | "close" => "end",
        "stop" => "stop",
        "reopen" => "reopen",
        "happen" | "occur" => "happen",
        // A launch is the launch of the thing named: tickets going on sale
        // and a phone going on sale are two launches.
        "go on sale" => "go on sale",
        _ => return None,
    })
}

/// "north of", "east of": a compass point that locates what comes before.
fn compass_of(toks: &[Tok<'_>], k: usize) -> bool {
    matches!(
        toks[k].lower.as_str(),
        "north" | "south" | "east" | "west" | "northeast" | "northwest" | "southeast" | "southwest"
    ) && toks.get(k + 1).is_some_and(|t| t.lower == "of")
}

/// Whether a subordinating word at `k` opens a clause of its own, with its
/// subject and verb, after a piece that has its verb: "services were
/// suspended after high winds damaged the pier", "the bridge reopened
/// because crews had finished early". Read as one piece, the clause's verb
/// was told of the sentence's subject (the services were damaged). The word
/// itself is dropped with the cut, as "and" is; a condition ("if") is not
/// one of them, since its clause is asserted by no one, nor are "when" and
/// "while", whose clause says when the sentence's own event happened
/// ("two deckhands were injured when the crane toppled") and stays with it.
fn subordinate_clause_at(toks: &[Tok<'_>], start: usize, k: usize, end: usize) -> bool {
    matches!(
        toks[k].lower.as_str(),
        "after" | "before" | "because" | "since" | "until" | "although" | "though" | "once" | "when" | "while"
    ) && k > start
        && toks[start..k].iter().any(|t| t.class == Class::Aux || verb_like(t))
        && phrase_then_verb_at(toks, k + 1, end)
        // "Walked free after a jury acquitted him": a pronoun in the clause
        // points back at the sentence's subject, which the reader does not
        // resolve; read whole, the piece keeps that subject.
        && !toks[k + 1..end]
            .iter()
            .take_while(|t| t.class != Class::Comma)
            .any(|t| matches!(t.lower.as_str(), "him" | "her" | "them" | "it" | "he" | "she" | "they"))
}

/// Whether "and" at `k` joins two clauses, each with its subject and verb:
/// "two people are boxing and the spectators are not watching", "said that
/// the town had fallen and that the bridge was intact". The piece so far
/// must have its auxiliary, so "a porter and a guard were waiting" (one
/// subject of two people) stays whole.
fn second_clause_at(toks: &[Tok<'_>], start: usize, k: usize, end: usize) -> bool {
    if !matches!(toks[k].lower.as_str(), "and" | "but" | "nor") {
        return false;
    }
    if verb_phrase_conjunct_at(toks, start, k, end) {
        return true;
    }
    if toks[k].lower == "nor" {
        return false;
    }
    if !toks[start..k].iter().any(|t| t.class == Class::Aux) {
        return false;
    }
    // "Two boys are racing and there is no dog in sight": an existential
    // clause of its own, whose "no" must not reach back into the first.
    if k + 2 < end && opens_existential(toks, k + 1) {
        return true;
    }
    if toks.get(k + 1).is_some_and(|t| t.lower == "that") {
        return true;
    }
    let Some((a, b)) = noun_phrase_at(toks, k + 1, end) else {
        return false;
    };
    a == k + 1 && toks.get(b).is_some_and(|t| b < end && t.class == Class::Aux)
}

/// Whether "and" at `k` joins a second verb phrase to the clause before
/// it, which shares that clause's subject: "the guard is standing at the
/// gate and is checking passes", "the mayor resigned on Friday and left the
/// city", "a woman is sewing a hem and humming". Each conjunct is an
/// assertion of its own; read as one piece, the second verb became the
/// first one's object ("sew = humming") or was lost.
///
/// The conjunct is one of:
/// - an auxiliary and its verb ("and is checking", "and was stopped",
///   "and will reopen"), after any clause;
/// - a bare "-ing" form after a progressive ("is sewing ... and humming");
/// - a bare past form after an active past verb, followed by what a verb
///   takes (a determiner, pronoun, preposition, number or particle): "left
///   the city", but not "trained staff" in "thanked the police and trained
///   staff", where the participle describes a noun.
///
/// A bare "-ing" conjunct shares the negation of the clause before: "the
/// twins are not skating and waving", "there is no man humming and
/// sewing" deny both (`read_sentence` carries the polarity over). A bare
/// past form after a negated clause is left joined ("did not resign and
/// left"? the reader cannot tell), and so is one after a passive ("was
/// arrested and charged with fraud"): the conjunct is passive too, which a
/// piece of its own would lose.
fn verb_phrase_conjunct_at(toks: &[Tok<'_>], start: usize, k: usize, end: usize) -> bool {
    let mut j = k + 1;
    while j < end && adverb(&toks[j]) {
        j += 1;
    }
    let Some(next) = toks.get(j).filter(|_| j < end) else {
        return false;
    };
    // The verb of the clause before: its last verb form.
    let first = &toks[start..k];
    let first_verb = (0..first.len()).rev().find(|&i| {
        let t = &first[i];
        t.class == Class::Word && (progressive(t) || verb_like(t)) && i > 0
    });
    // A present verb counts too: "requires a visa and will not accept ...".
    let has_verb =
        first_verb.is_some() || first.iter().any(|t| t.class == Class::Aux) || first.iter().skip(1).any(present_form);
    if !has_verb {
        return false;
    }
    // "Has not resigned and remains in office", "was closed in May and
    // remains shut": a verb of state after "and", with nothing of a verb
    // after it, is a clause of its own in its own tense.
    if next.class == Class::Aux
        && toks[k].lower == "and"
        && matches!(
            next.lower.as_str(),
            "remains" | "remained" | "seems" | "seemed" | "appears" | "appeared"
        )
        && first_verb.is_some()
    {
        // "Found bones and remains near the wreck": after a bare plural,
        // "remains" is a second noun.
        let bare_plural = toks[k - 1].class == Class::Word
            && toks[k - 1].lower.ends_with('s')
            && toks[k - 2].class != Class::Det
            && crate::morph::noun(&toks[k - 1].lower) != toks[k - 1].lower;
        return !bare_plural && toks.get(j + 1).is_some_and(|t| j + 1 < end && t.class != Class::Stop);
    }
    if next.class == Class::Aux && next.lower != "there" {
        let mut v = j + 1;
        while v < end && (adverb(&toks[v]) || matches!(toks[v].lower.as_str(), "not" | "never")) {
            v += 1;
        }
        // "and did not reach the island", "but would not sign the card":
        // "do" and the modals take the verb's bare form.
        let bare = takes_bare_verb(next);
        return toks.get(v).is_some_and(|t| {
            v < end
                && ((t.class == Class::Word
                    && (progressive(t) || verb_like(t) || t.lower == "being" || (bare && bare_verb(t))))
                    || (bare && t.lower == "be"))
        });
    }
    if next.class != Class::Word {
        return false;
    }
    let takes = |t: &Tok<'_>| {
        matches!(t.class, Class::Det | Class::Pron | Class::Prep | Class::Number)
            || PARTICLES.contains(&t.lower.as_str())
    };
    let Some(fv) = first_verb else {
        // "did not sink but reached the island": a bare verb after "do" or
        // a modal, then a past verb in contrast.
        return toks[k].lower == "but"
            && first.iter().any(takes_bare_verb)
            && verb_like(next)
            && toks.get(j + 1).is_some_and(|t| j + 1 < end && takes(t));
    };
    if progressive(next) {
        // "is sewing", "is not sewing", "there is no tailor sewing".
        let be = first[..fv]
            .iter()
            .any(|t| t.class == Class::Aux && crate::morph::verb(&t.lower) == "be");
        return progressive(&first[fv]) && be;
    }
    // After "but" the second verb is not in the first one's denial: "did
    // not sink but reached the island".
    let negated = first
        .iter()
        .any(|t| matches!(t.lower.as_str(), "not" | "never" | "no" | "nobody") || t.lower.ends_with("n't"));
    if negated && !matches!(toks[k].lower.as_str(), "but" | "nor") {
        return false;
    }
    // What stands before the past verb, adverbs aside: an auxiliary makes
    // it a passive or perfect participle.
    let mut b = fv - 1;
    while b > 0 && adverb(&first[b]) {
        b -= 1;
    }
    let before = &first[b];
    // After "nor" a verb may end the clause: "has neither resigned nor
    // apologised" ("and" needs more: "thanked the police and trained
    // staff" joins two nouns).
    let ends = toks[k].lower == "nor" && toks.get(j + 1).is_none_or(|t| j + 1 >= end || t.class == Class::Stop);
    verb_like(next)
        && !progressive(&first[fv])
        && before.class != Class::Aux
        && (ends || toks.get(j + 1).is_some_and(|t| j + 1 < end && takes(t)))
}

/// Whether an auxiliary takes a verb's bare form after it: "do" and the
/// modals ("did not reach", "will open", "cannot accept").
fn takes_bare_verb(aux: &Tok<'_>) -> bool {
    let lower = aux.lower.as_str();
    let stem = lower.strip_suffix("n't").unwrap_or(lower);
    matches!(
        stem,
        "do" | "does"
            | "did"
            | "will"
            | "wo"
            | "would"
            | "can"
            | "ca"
            | "cannot"
            | "could"
            | "shall"
            | "sha"
            | "should"
            | "may"
            | "might"
            | "must"
    )
}

/// Whether a word is a verb in its bare form, as WordNet lists it
/// ("reach", "accept"; not "reached", nor a word it knows no verb for).
fn bare_verb(t: &Tok<'_>) -> bool {
    t.text.chars().next().is_some_and(char::is_lowercase)
        && crate::wordnet().is_some_and(|wn| wn.is_word(&t.lower, crate::wordnet::Pos::Verb))
}

/// Whether "there" and an auxiliary open an existential at `k`: "there is
/// no courier at the gate", "there were two ships".
fn opens_existential(toks: &[Tok<'_>], k: usize) -> bool {
    toks.get(k).is_some_and(|t| t.lower == "there") && toks.get(k + 1).is_some_and(|t| t.class == Class::Aux)
}

/// A comma inside a list of nouns ("flour, oil and salt") does not end a piece.
fn is_list_comma(toks: &[Tok<'_>], k: usize) -> bool {
    let prev_word = k > 0 && toks[k - 1].class == Class::Word;
    let next_word = toks.get(k + 1).is_some_and(|t| t.class == Class::Word);
    let later_and = toks[k + 1..]
        .iter()
        .take(4)
        .any(|t| t.lower == "and" || t.lower == "or");
    prev_word && next_word && later_and && !toks[k + 1].text.chars().next().is_some_and(char::is_uppercase)
}

fn piece_span(toks: &[Tok<'_>], start: usize, end: usize, base: usize) -> Span {
    let mut s = start;
    let mut e = end;
    while s < e && matches!(toks[s].class, Class::Quote) {
        s += 1;
    }
    while e > s && matches!(toks[e - 1].class, Class::Quote | Class::Stop) {
        e -= 1;
    }
    if s >= e {
        return Span::new(base + toks[start].start, base + toks[end - 1].end);
    }
    Span::new(base + toks[s].start, base + toks[e - 1].end)
}

/// The words of a token run as written: no space where the text had none,
/// surrounding quote marks dropped.
///
/// The result is never longer than the text from the first word to the
/// last (each gap becomes at most one space), so it is sized once: it
/// becomes an entity's `Box<str>` text, and growing it a word at a time
/// was a tenth of `entity_of`.
fn join_text(toks: &[Tok<'_>]) -> String {
    let mut words = toks.iter().filter(|t| t.class != Class::Quote);
    let size = words.next().map_or(0, |first| {
        let last = words.last().unwrap_or(first);
        last.end.saturating_sub(first.start)
    });
    let mut out = String::with_capacity(size);
    let mut prev_end: Option<usize> = None;
    for t in toks.iter().filter(|t| t.class != Class::Quote) {
        if prev_end.is_some_and(|e| e != t.start) {
            out.push(' ');
        }
        out.push_str(t.text);
        prev_end = Some(t.end);
    }
    out
}

/// Nouns of work done on a thing, before "on", "to" or "of" and the thing:
/// "work on the wall", "repairs to the pier", "the renovation of the hall".
const WORK_HEADS: &[&str] = &[
    "work",
    "works",
    "repair",
    "repairs",
    "renovation",
    "renovations",
    "refurbishment",
    "restoration",
    "upgrade",
    "upgrades",
    "maintenance",
];

/// Nouns that stand for what they relate to: "the involvement of X" is about X.
const RELATIONAL_HEADS: &[&str] = &[
    "case",
    "involvement",
    "role",
    "presence",
    "participation",
    "deployment",
    "use",
    "contribution",
];
/// Nouns that stand for what someone said: "Kadyrov's account" is about Kadyrov's claims.
const ACCOUNT_HEADS: &[&str] = &[
    "account",
    "accounts",
    "claim",
    "claims",
    "statement",
    "statements",
    "assertion",
    "assertions",
    "version",
    "report",
    "reports",
    "allegation",
    "allegations",
    "narrative",
    "rumour",
    "rumours",
    "rumor",
    "rumors",
    "suggestion",
    "suggestions",
];
/// Account nouns that name nothing but something said, so that "the" before
/// them points back as "that" does: "the claims" is what was just claimed,
/// while "the report" may be a document of its own.
const SAID_ONLY_HEADS: &[&str] = &[
    "claim",
    "claims",
    "allegation",
    "allegations",
    "assertion",
    "assertions",
    "rumour",
    "rumours",
    "rumor",
    "rumors",
];

/// Whether a verb of saying is in the past tense: "said", "told",
/// "reported", "wrote".
fn past_tense(t: &Tok<'_>) -> bool {
    t.lower.ends_with("ed") || matches!(t.lower.as_str(), "said" | "told" | "wrote" | "thought")
}

/// Words that call what was said false.
const FALSE_WORDS: &[&str] = &[
    "untrue",
    "false",
    "wrong",
    "incorrect",
    "inaccurate",
    "baseless",
    "unfounded",
    "groundless",
    "nonsense",
    "fabricated",
];

/// Where a verdict that what was last said is false starts and ends: "That is simply
/// untrue", "This is not correct", "That was not the case", at the start
/// of the content and followed by the end of the clause (a colon, a dash,
/// a comma or the sentence's end). "That is not true of every ferry" goes
/// on, so it is not a verdict; nor is a verdict on anything but "that" or
/// "this", which would need to know what the phrase names.
fn falsity_verdict(toks: &[Tok<'_>], content: (usize, usize)) -> Option<(usize, usize)> {
    const DEGREE: &[&str] = &[
        "simply",
        "just",
        "completely",
        "entirely",
        "totally",
        "plainly",
        "absolutely",
        "categorically",
        "quite",
        "strictly",
        "also",
    ];
    let (mut start, end) = content;
    while start < end && toks[start].class == Class::Quote {
        start += 1;
    }
    let word = |k: usize| toks.get(k).filter(|_| k < end).map(|t| t.lower.as_str());
    // "That is", "This was", and "That's" as one token.
    let mut k = match (word(start), word(start + 1)) {
        (Some("that's" | "that’s"), _) => start + 1,
        (Some("that" | "this"), Some("is" | "was" | "'s")) => start + 2,
        // "That never happened", "This did not happen": the event told
        // was none.
        (Some("that" | "this"), _) => {
            let never_happened = happened_not(&[1, 2, 3].map(|d| word(start + d).unwrap_or("")));
            let after = start + 1 + never_happened;
            return (never_happened > 0 && ellipsis_closes(toks, after, end)).then_some((start, after));
        }
        // "It did not: the pumps stopped at midnight": the claim's verb
        // phrase left out after a pronoun and its auxiliary, denied.
        (Some("it" | "they" | "he" | "she"), Some(aux)) => {
            const ELLIPTIC: &[&str] = &["did", "does", "do", "was", "were", "had", "has", "have"];
            let contracted = aux.strip_suffix("n't").or_else(|| aux.strip_suffix("n’t"));
            let after = match contracted {
                Some(stem) if ELLIPTIC.contains(&stem) => start + 2,
                None if ELLIPTIC.contains(&aux) && matches!(word(start + 2), Some("not")) => start + 3,
                _ => return None,
            };
            return ellipsis_closes(toks, after, end).then_some((start, after));
        }
        _ => return None,
    };
    let skip_degree = |mut k: usize| {
        while word(k).is_some_and(|w| DEGREE.contains(&w)) {
            k += 1;
        }
        k
    };
    k = skip_degree(k);
    let after = if word(k).is_some_and(|w| FALSE_WORDS.contains(&w)) {
        k + 1
    } else if matches!(word(k), Some("not" | "n't")) {
        k = skip_degree(k + 1);
        match (word(k), word(k + 1)) {
            (Some("true" | "correct" | "accurate" | "so"), _) => k + 1,
            (Some("the"), Some("case")) => k + 2,
            _ => return None,
        }
    } else {
        return None;
    };
    let closes = after >= end
        || matches!(toks[after].class, Class::Stop | Class::Comma | Class::Quote)
        || toks[after].lower == "and";
    closes.then_some((start, after))
}

/// How many of `w` (the words after "that") say it never happened:
/// "never happened" (2), "did not happen" and "didn't happen" (3 and 2);
/// else 0.
fn happened_not(w: &[&str; 3]) -> usize {
    match w {
        ["never", "happened", _] => 2,
        ["did", "not", "happen"] => 3,
        ["didn't" | "didn’t", "happen", _] => 2,
        _ => 0,
    }
}

/// Whether an elliptical denial ("it did not") ends at `after`: at the end
/// of the content, or at a colon, dash or full stop that closes it. A comma
/// or "and" may go on with the verb after all ("it did not, at first,
/// stop"), and anything else is a verb phrase of its own ("it did not
/// stop").
fn ellipsis_closes(toks: &[Tok<'_>], after: usize, end: usize) -> bool {
    after >= end || toks[after].class == Class::Stop
}

/// Whether a noun phrase starts at `at` (before `limit`) and a verb or an
/// auxiliary follows it: the shape of a clause after a verb of saying
/// ("said the bridge was closed"), as against a plain object ("noted cracks").
///
/// The subject may carry up to two prepositional phrases before its verb
/// ("admitted the pier near the mill had been a mistake", "claimed the pump
/// on Mill Lane ran all night"); read as a plain object, such a clause was
/// the act itself and its content was lost. After them the verb must be
/// finite or an auxiliary: in "confirmed the evacuation of residents living
/// near the river" the participle describes the residents, and the
/// evacuation stays the plain object it is.
fn phrase_then_verb_at(toks: &[Tok<'_>], at: usize, limit: usize) -> bool {
    noun_phrase_at(toks, at, limit).is_some_and(|(a, b)| {
        a == at
            && (toks.get(b).is_some_and(|t| t.class == Class::Aux || verb_like(t))
                || past_subject_qualifiers(toks, b, limit) > b)
    })
}

/// Where the verb of a subject qualified by prepositional phrases stands:
/// "twelve boats in the harbour sank", "the pump on Mill Lane ran". Up to
/// two phrases are skipped from `b`, the end of the subject's noun phrase,
/// when an auxiliary or a finite verb comes after them; else `b` itself.
/// Not past a participle ("the evacuation of residents living near the
/// river"), which describes the noun before it.
fn past_subject_qualifiers(toks: &[Tok<'_>], b: usize, limit: usize) -> usize {
    let mut k = b;
    for _ in 0..2 {
        // "To" opens a place only before a determiner or a name ("the boat
        // to the island", "the ferry to Rill"); else it may be an
        // infinitive ("the plan to close").
        let place_after_to = |n: &Tok<'_>| n.class == Class::Det || n.text.starts_with(char::is_uppercase);
        let opens = k + 1 < limit.min(toks.len())
            && toks[k].class == Class::Prep
            && toks[k].lower != "that"
            && (toks[k].lower != "to" || place_after_to(&toks[k + 1]));
        if !opens {
            break;
        }
        match noun_phrase_at(toks, k + 1, limit) {
            Some((c, d)) if c == k + 1 => k = d,
            _ => break,
        }
    }
    let verb = toks
        .get(k)
        .is_some_and(|t| k < limit && (t.class == Class::Aux || (verb_like(t) && !t.lower.ends_with("ing"))));
    if k > b && verb {
        k
    } else {
        b
    }
}

/// Whether a token is a figure: digits, or a number word ("twelve").
fn figure_word(t: &Tok<'_>) -> bool {
    t.class == Class::Number || crate::values::number_value(&t.lower).is_some()
}

/// Where the content of an attribution gives way to a reporting
/// participle of the same speaker: "denied that P, saying Q", "said P,
/// adding that Q". Returns the comma and where Q starts (after "that").
/// Only a participle of a verb of saying that a clause follows: "that", a
/// quote, or a noun phrase and its verb.
fn trailing_report_at(toks: &[Tok<'_>], mentions: &[Mention], content: (usize, usize)) -> Option<(usize, usize)> {
    let (start, end) = content;
    let comma = (start + 1..end.saturating_sub(3)).find(|&c| {
        toks[c].class == Class::Comma
            && toks[c + 1].lower.ends_with("ing")
            && mentions
                .iter()
                .any(|m| m.at == c + 1 && m.len == 1 && matches!(m.kind, TermKind::Reporting(_)))
    })?;
    let from = skip_that(toks, comma + 2);
    let verb = |j: usize| {
        toks.get(j)
            .is_some_and(|t| j < end && (t.class == Class::Aux || verb_like(t)))
    };
    let clause = toks
        .get(comma + 2)
        .is_some_and(|t| t.lower == "that" || t.class == Class::Quote)
        || (toks[from].class == Class::Pron && verb(from + 1))
        || phrase_then_verb_at(toks, from, end);
    (clause && from < end).then_some((comma, from))
}

/// Where a stance taken before a reporting participle ends: "The board
/// dismissed those reports, saying ...", "X rejected the union's claim,
/// adding ...". The comma before the participle is returned when the words
/// before it hold a stance verb ("dismiss", "question"), so that the
/// stance is read as a sentence of its own; any other act before the
/// participle ("the mayor visited the site, saying ...") is left as the
/// attribution's preamble, as before.
fn stance_before_participle(
    toks: &[Tok<'_>],
    mentions: &[Mention],
    attribution: &Attribution,
    lex: &Lexicon,
) -> Option<usize> {
    let comma = (1..attribution.content.0)
        .rev()
        .find(|&c| toks[c].class == Class::Comma && toks.get(c + 1).is_some_and(|t| t.lower.ends_with("ing")))?;
    let reporting = mentions
        .iter()
        .any(|m| m.at == comma + 1 && matches!(m.kind, TermKind::Reporting(_)));
    let stance = mentions.iter().any(|m| {
        m.at < comma
            && matches!(&m.kind, TermKind::Predicate(id) if lex.predicate(id).is_some_and(|p| p.kind == PredicateKind::Stance))
    });
    (reporting && stance).then_some(comma)
}

/// Whether the participle at `k` opens a subject it describes rather than
/// a verb phrase: "Armed drones attacked a depot", "In the early hours,
/// armed drones attacked a depot". It must end in "-ed", open the sentence
/// or follow a fronted phrase with no verb (a piece after a verb is a verb
/// phrase: "..., issued on 2 May, listed two batches"), and stand before a
/// noun (not a number) that a verb or an auxiliary follows.
fn opens_described_subject(toks: &[Tok<'_>], k: usize, end: usize) -> bool {
    let t = &toks[k];
    if !t.lower.ends_with("ed") {
        return false;
    }
    let opening = toks[..k].iter().all(|p| p.class == Class::Quote)
        || (toks[k - 1].class == Class::Comma
            && toks.first().is_some_and(|f| f.class == Class::Prep)
            && !toks[..k - 1]
                .iter()
                .any(|p| (p.class == Class::Aux || verb_like(p)) && !p.text.starts_with(char::is_uppercase)));
    if !opening {
        return false;
    }
    let noun = |j: usize| {
        toks.get(j).is_some_and(|n| {
            j < end && n.class == Class::Word && !verb_like(n) && crate::values::number_value(&n.lower).is_none()
        })
    };
    let verb = |j: usize| {
        toks.get(j)
            .is_some_and(|n| j < end && (n.class == Class::Aux || verb_like(n)))
    };
    noun(k + 1) && (verb(k + 2) || (noun(k + 2) && verb(k + 3)))
}

/// Whether a demonstrative account phrase ("that claim", "that report of
/// a strike") starts at `k`: the phrase's head, an account noun, is one of
/// the next three words and nothing verb-like comes before it.
fn demonstrative_account_at(toks: &[Tok<'_>], k: usize) -> bool {
    if toks.get(k).is_none_or(|t| !matches!(t.lower.as_str(), "that" | "this")) {
        return false;
    }
    let end = (k + 1..toks.len().min(k + 4))
        .take_while(|&j| toks[j].class == Class::Word)
        .find(|&j| ACCOUNT_HEADS.contains(&toks[j].lower.as_str()));
    end.is_some_and(|e| {
        toks.get(e + 1)
            .is_none_or(|t| !matches!(t.class, Class::Word | Class::Aux) || t.lower == "and")
            && account_reference(&toks[k..=e])
    })
}

/// Whether `np` points back at what was last said: a demonstrative or
/// "such" before an account noun ("that claim", "those media reports",
/// "such allegations"), or "the" before a noun that can only be something
/// said ("the claims"). At most two words stand between, so "that report
/// on the harbour's finances" is not read as one.
fn account_reference(np: &[Tok<'_>]) -> bool {
    let Some((head, rest)) = np.split_last() else {
        return false;
    };
    let Some((first, between)) = rest.split_first() else {
        return false;
    };
    let head = head.lower.as_str();
    let pointing = match first.lower.as_str() {
        "that" | "this" | "these" | "those" | "such" => ACCOUNT_HEADS.contains(&head),
        "the" => SAID_ONLY_HEADS.contains(&head),
        _ => false,
    };
    pointing && between.len() <= 2 && between.iter().all(|t| t.class == Class::Word && !verb_like(t))
}

/// Whether a noun names a portion or what holds it, so that "a bowl of
/// rice", "two bottles of water" and "a piece of bread" are about the
/// rice, the water and the bread: eating a bowl of rice is eating rice.
/// WordNet's first sense decides: a container ("bowl", "crate"), a part
/// ("piece", "strip") or an indefinite quantity ("pack").
fn portion_noun(t: &Tok<'_>) -> bool {
    let Some(wn) = crate::wordnet() else { return false };
    let noun = t.noun();
    wn.first_sense_paths(noun).first().is_some_and(|path| {
        path.iter().enumerate().any(|(depth, id)| {
            wn.synset(*id).is_some_and(|s| match s.label() {
                "container" | "indefinite quantity" => true,
                "part" => depth == 1,
                _ => false,
            })
        })
    })
}

/// Normalises a noun phrase into an entity key: determiners dropped, words
/// lowercased and singular, a generic head ("troops", "forces") replaced by
/// its concept, aliases resolved, "the X of Y" reduced to Y for relational
/// heads, and "Z's account" turned into a reference to Z's claims.
fn entity_of(np: &[Tok<'_>], lex: &Lexicon, names: &mut NameRegistry) -> Entity {
    // "At least 210 homes", "more than 40 crew": a figure's qualifier opens
    // the phrase (see `figure_qualifier_at`) but says nothing of what the
    // phrase names; read with it, "at" ended the phrase before its head.
    // Only the two-word qualifiers are taken off.
    let qualifier = figure_qualifier_at(np, 0);
    if qualifier == 2 {
        let mut e = entity_of(&np[qualifier..], lex, names);
        e.text = join_text(np).into();
        return e;
    }
    let text = join_text(np);
    let words: Vec<&Tok<'_>> = np
        .iter()
        .filter(|t| matches!(t.class, Class::Word | Class::Number | Class::Prep))
        .collect();
    // Work on a thing: "construction of the wing" is the wing coming to
    // be, so it is about the wing ("the wing was completed"). "Work on the
    // wall" and "repairs to the wall" are one task however it is named,
    // but not the wall itself: a wall built in 1990 is repaired in 2021.
    if let [head, prep, rest @ ..] = words.as_slice() {
        let on = matches!(prep.lower.as_str(), "of" | "on" | "to");
        if on && !rest.is_empty() && np.last().is_some_and(|t| t.class != Class::Pron) {
            let construction = prep.lower == "of" && matches!(head.lower.as_str(), "construction" | "building");
            if construction || WORK_HEADS.contains(&head.lower.as_str()) {
                let after: Vec<Tok<'_>> = np.iter().skip_while(|t| t.start <= prep.start).cloned().collect();
                let inner = entity_of(&after, lex, names);
                let key = if construction {
                    inner.key
                } else {
                    format!("work-on:{}", inner.key)
                };
                return Entity {
                    text: text.into(),
                    key,
                    ..inner
                };
            }
        }
    }
    // Relational heads: "(the) involvement of X". A part of a group is
    // about the group too: "two of the drones", "some of the crews".
    if let Some(of) = words.iter().position(|t| t.lower == "of") {
        let partitive = of == 1
            && (crate::values::number_value(&words[0].lower).is_some()
                || matches!(
                    words[0].lower.as_str(),
                    "some" | "several" | "many" | "most" | "both" | "each" | "none"
                ))
            && words.len() > 2
            && np.last().is_some_and(|t| t.class != Class::Pron);
        if partitive
            || (of > 0 && RELATIONAL_HEADS.contains(&words[of - 1].lower.as_str()))
            || ((of == 1 || (of == 2 && crate::values::number_value(&words[0].lower).is_some()))
                && words.len() > of + 1
                && portion_noun(words[of - 1]))
        {
            let rest: Vec<Tok<'_>> = np.iter().skip_while(|t| t.lower != "of").skip(1).cloned().collect();
            let inner = entity_of(&rest, lex, names);
            return Entity {
                text: text.into(),
                ..inner
            };
        }
    }
    // Possessive account: "Kadyrov's account".
    if let Some(last) = words.last() {
        if ACCOUNT_HEADS.contains(&last.lower.as_str()) {
            // The owner is every word up to the possessive: "Kadyrov's",
            // "the customs chief's", "the navy's". Its key is made the way
            // source_of makes a source's key, so the two meet.
            if let Some(owner_end) = words.iter().position(|t| t.lower.ends_with("'s")) {
                let owner: Vec<&Tok<'_>> = words[..=owner_end]
                    .iter()
                    .copied()
                    .filter(|t| t.class == Class::Word)
                    .collect();
                let owner_words: Vec<String> = owner.iter().map(|t| strip_possessive(&t.lower).to_string()).collect();
                let proper = owner
                    .iter()
                    .any(|t| t.text.chars().next().is_some_and(char::is_uppercase) && !t.initial);
                let key = if proper || owner_words.len() == 1 {
                    names.resolve(&owner_words)
                } else {
                    owner_words.join(" ")
                };
                return Entity::new(text, format!("account-of:{key}"));
            }
            // "that claim", "those reports": the account of whoever was
            // last credited with a claim.
            if let Some(last) = names.last_speaker.as_ref().filter(|_| account_reference(np)) {
                return Entity::new(text, format!("account-of:{}", last.key));
            }
        }
    }
    let content: Vec<&Tok<'_>> = words.iter().copied().take_while(|t| t.class != Class::Prep).collect();
    // The whole phrase as the alias table writes it; a one-word phrase (most
    // of them) is looked up as it is, without joining.
    let alias = match content.as_slice() {
        [one] => lex.canonical_alias(&one.lower),
        _ => lex.canonical_alias(&content.iter().map(|t| t.lower.as_str()).collect::<Vec<_>>().join(" ")),
    };
    if let Some(canonical) = alias {
        return Entity::new(text, canonical);
    }
    // A lone capitalised word at the start of a sentence is a name only if
    // it is not an ordinary noun ("Sales of Veltrin grew" vs "Putin said").
    let initial_common = content.len() == 1 && content[0].initial && is_common_initial(content[0]);
    let all_proper = !content.is_empty()
        && !initial_common
        && content
            .iter()
            .all(|t| t.text.chars().next().is_some_and(char::is_uppercase));
    // "Tessera 4.2 was released", "Orra 5 ships": capitalised words and the
    // model number after them name one product, at the start of a sentence
    // too, where a capital alone makes no name. Keyed by the number alone,
    // every product's version 4 was one thing.
    let model_number = content.len() >= 2
        && content
            .last()
            .is_some_and(|t| t.class == Class::Number && !t.lower.contains(','))
        && content[..content.len() - 1].iter().all(|t| {
            t.class == Class::Word
                && t.text.starts_with(char::is_uppercase)
                && !crate::frames::is_date_word(strip_possessive(&t.lower))
        });
    if all_proper || model_number {
        let words: Vec<String> = content.iter().map(|t| strip_possessive(&t.lower).to_string()).collect();
        let mut e = Entity::new(text, names.resolve(&words));
        e.name = true;
        return e;
    }
    let Some((head, mods)) = content.split_last() else {
        return Entity::new(text, String::new());
    };
    let head_key = match lex.match_at(&[head.lower.as_str()], 0) {
        Some((1, TermKind::Concept(id))) if lex.concept(id).is_some_and(|c| c.generic) => id.clone(),
        // "people" is the plural of "person" here ("nobody" is "no
        // person"), though WordNet also files it as a noun of its own.
        _ if head.lower == "people" => "person".to_string(),
        _ => {
            // "the six trucks" after "a convoy of trucks" are the convoy,
            // which another report names as such; one truck is not.
            let noun = head.noun();
            match names.collective_of(noun) {
                Some(group) if noun != head.lower => group.to_string(),
                _ => noun.to_string(),
            }
        }
    };
    // Names narrow a phrase to one thing ("North Korean troops", "sales of
    // Veltrin"): they are part of the key and must match exactly. Other
    // words are modifiers, compared by inclusion.
    // A day or a month narrows like any other word ("Wednesday's
    // decision" is the decision, on Wednesday), not like a name.
    // A unit's symbol is no name either: "the 90 Hz panel" is a panel,
    // and "a 256 GB model" a model.
    let is_name = |t: &Tok<'_>| {
        let bare = strip_possessive(&t.lower);
        !t.initial
            && t.text.chars().next().is_some_and(char::is_uppercase)
            && !crate::frames::is_date_word(bare)
            && !unit_symbol(bare)
    };
    let normal = |t: &Tok<'_>| {
        let lower = strip_possessive(&t.lower);
        lex.canonical_alias(lower)
            .map_or_else(|| lower.to_string(), str::to_string)
    };
    let mut names_in: Vec<String> = mods
        .iter()
        .filter(|t| t.class == Class::Word && is_name(t))
        .map(|t| normal(t))
        .collect();
    // Names in a complement are part of the key too, after a locative
    // preposition as after "of": "the count in Dravik North" does not meet
    // "the count" of another report. Making the place a modifier would let
    // them meet, and with them the plain "the school" of every story in an
    // archive would meet "the school in X" of every other.
    // Not after a person's name: "cardiologist Mira Solt at Kelden
    // Hospital" is Mira Solt, wherever she works.
    if !is_name(head) {
        let complement = words.iter().copied().skip_while(|t| t.class != Class::Prep).skip(1);
        names_in.extend(complement.filter(|t| t.class == Class::Word && is_name(t)).map(normal));
    }
    // Joined by hand rather than with `format!`: this runs for most
    // subjects and objects, and the formatting machinery costs more than
    // the two copies.
    let key = if names_in.is_empty() {
        head_key
    } else {
        let mut key = names_in.join(" ");
        key.push(' ');
        key.push_str(&head_key);
        key
    };
    // A word that describes the head, kept as a modifier.
    let describing_word =
        |t: &Tok<'_>| t.class == Class::Word && !is_name(t) && !VAGUE_MODIFIERS.contains(&t.lower.as_str());
    let mut modifiers: Vec<String> = mods.iter().filter(|t| describing_word(t)).map(|t| normal(t)).collect();
    // "The 07:15 service" is not "the 08:15 service": a clock time before
    // the head names which one, as a timetable does.
    modifiers.extend(mods.windows(3).filter_map(|w| {
        let clock = w[1].text == ":" && w[0].class == Class::Number && w[2].class == Class::Number;
        clock.then(|| format!("{}:{}", w[0].lower, w[2].lower))
    }));
    // "water from the tap", "a source within the ministry": where a thing
    // comes from narrows it as an adjunct does ("from:tap"), so "not
    // drinking water from the tap" does not deny drinking water from a
    // bowl.
    let first_prep = words.iter().position(|t| t.class == Class::Prep);
    if let Some(p) = first_prep.filter(|&p| matches!(words[p].lower.as_str(), "from" | "within")) {
        if let Some(h) = words[p + 1..].iter().take_while(|t| t.class != Class::Prep).last() {
            if h.class == Class::Word && !is_name(h) {
                modifiers.push(format!("{}:{}", words[p].lower, h.noun()));
            }
        }
    }
    // "The roof of the east wing" is not "the roof of the west wing": the
    // words that describe the noun after "of" tell two of its kind apart
    // ("of:wing:east"). The noun itself is not kept, so "the roof" and
    // "the roof of the wing" still meet either, as before.
    if let Some(p) = first_prep.filter(|&p| words[p].lower == "of") {
        let complement: Vec<&Tok<'_>> = words[p + 1..]
            .iter()
            .copied()
            .take_while(|t| t.class != Class::Prep)
            .collect();
        if let Some((h, describing)) = complement
            .split_last()
            .filter(|(h, _)| h.class == Class::Word && !is_name(h))
        {
            let noun = h.noun();
            modifiers.extend(
                describing
                    .iter()
                    .filter(|t| describing_word(t))
                    .map(|t| format!("of:{noun}:{}", normal(t))),
            );
        }
    }
    modifiers.sort();
    modifiers.dedup();
    Entity {
        text: text.into(),
        key,
        modifiers,
        name: false,
    }
}

/// Whether a word is a unit's symbol ("hz", "gb", "mah"). Those written
/// with capitals are all of four letters or fewer, so longer words are not
/// looked up: every capitalised word of a phrase asks.
fn unit_symbol(word: &str) -> bool {
    word.len() <= 4 && crate::frames::is_unit_word(word)
}

/// The entity a short phrase names ("the North Korean troops"), normalised
/// exactly as the prose reader normalises subjects, so structured YAML
/// statements and prose meet.
pub fn entity_from_phrase(phrase: &str, lexicon: &Lexicon) -> Entity {
    let toks = tokenize(phrase, Span::new(0, phrase.len()));
    let np: Vec<Tok<'_>> = toks.into_iter().filter(|t| t.class != Class::Det).collect();
    let mut names = NameRegistry::default();
    let mut e = entity_of(&np, lexicon, &mut names);
    e.text = phrase.trim().into();
    if e.key.is_empty() {
        e.key = phrase.trim().to_lowercase();
    }
    e
}

/// Words that do not narrow what a phrase refers to.
const VAGUE_MODIFIERS: &[&str] = &[
    "several", "many", "few", "other", "various", "numerous", "certain", "such", "own", "same", "very",
];

fn singular(word: &str) -> String {
    if word.ends_with("ss") || word.len() < 4 {
        return word.to_string();
    }
    if let Some(stem) = word.strip_suffix("ies") {
        return format!("{stem}y");
    }
    word.strip_suffix('s').map_or_else(|| word.to_string(), str::to_string)
}

/// A source from a noun phrase: anonymous when no word is capitalised and
/// the head is a source noun ("insiders", "a source"), named otherwise.
fn source_of(np: &[Tok<'_>], lex: &Lexicon, names: &mut NameRegistry) -> Source {
    // "the governor himself" is the governor.
    let np: Vec<&Tok<'_>> = np
        .iter()
        .filter(|t| !matches!(t.class, Class::Quote))
        .filter(|t| !matches!(t.lower.as_str(), "himself" | "herself" | "itself" | "themselves"))
        .collect();
    // "Brisco Foods today reported ...": the day is when, not who.
    let np: Vec<&Tok<'_>> = match np.split_last() {
        Some((last, rest)) if !rest.is_empty() && matches!(last.lower.as_str(), "today" | "yesterday" | "tonight") => {
            rest.to_vec()
        }
        _ => np,
    };
    let owned: Vec<Tok<'_>> = np.iter().map(|t| (*t).clone()).collect();
    let name = join_text(&owned);
    if np.len() == 1 && np[0].class == Class::Pron {
        if let Some(last) = &names.last_named {
            return last.clone();
        }
    }
    let content: Vec<&&Tok<'_>> = np.iter().filter(|t| t.class == Class::Word).collect();
    // The head ends before a post-modifier: "people familiar with the
    // matter", "an official speaking on condition of anonymity".
    let head_end = np
        .iter()
        .enumerate()
        .position(|(i, t)| {
            matches!(t.class, Class::Prep | Class::Wh | Class::Comma)
                || (i > 0 && (progressive(t) || t.lower == "familiar"))
        })
        .unwrap_or(np.len());
    let head = np[..head_end]
        .iter()
        .rev()
        .find(|t| t.class == Class::Word)
        .map(|t| singular(&t.lower));
    let has_proper = np[..head_end].iter().any(|t| t.capitalised());
    let anonymous = head.as_deref().is_some_and(|h| lex.is_anonymous_source_noun(h)) && !has_proper;
    let key_words: Vec<String> = content.iter().map(|t| strip_possessive(&t.lower).to_string()).collect();
    let key = if has_proper && !anonymous {
        let proper: Vec<String> = np[..head_end]
            .iter()
            .filter(|t| t.class == Class::Word)
            .map(|t| strip_possessive(&t.lower).to_string())
            .collect();
        names.resolve(&proper)
    } else {
        key_words.join(" ")
    };
    Source {
        name: name.into(),
        key: key.into(),
        kind: if anonymous {
            SourceKind::Anonymous
        } else {
            SourceKind::Named
        },
    }
}

/// The subject of the sentence `text[span]`, as byte offsets: where its
/// head noun starts and where the subject ends. `None` when the sentence
/// does not open with a noun phrase. Used by `minimal_pairs`, which must
/// know whether a swapped phrase names the subject, describes it, or says
/// something about it.
///
/// The end is that of the leading noun phrase (coordinated phrases
/// included), as the clause reader finds it. The head is the last word of
/// the subject's opening run of determiners, numbers and words, before any
/// preposition, conjunction or comma ("a *man* in a red shirt", "two
/// football *players* are", "*row* of campers drinking cider"); `None` when
/// the run has no word. A swap of the head names another referent, a swap
/// of any other word of the subject describes the same one; a head found
/// too early ("a *grey* and white cat") only keeps a pair out.
pub(crate) struct SentenceSubject {
    pub(crate) head: Option<usize>,
    pub(crate) end: usize,
}

pub(crate) fn sentence_subject_span(text: &str, span: Span) -> Option<SentenceSubject> {
    let toks = tokenize(text, span);
    let k = toks
        .iter()
        .position(|t| !matches!(t.class, Class::Quote | Class::Conj | Class::Comma))?;
    let end = subject_phrase_end(&toks, k, toks.len())?;
    let mut head = None;
    for t in &toks[k..end] {
        match t.class {
            Class::Word => head = Some(t.start),
            Class::Det | Class::Number => {}
            _ => break,
        }
    }
    Some(SentenceSubject {
        head,
        end: toks.get(end).map_or(span.end(), |t| t.start),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|s| &text[s.start()..s.end()]).collect()
    }

    #[test]
    fn sentences_survive_abbreviations_initials_and_decimals() {
        let text = "Mr. Smith met Dr. J. Doe on Jan. 3 in the U.S. capital. Prices rose 2.5 percent. Done!";
        assert_eq!(
            split(text),
            vec![
                "Mr. Smith met Dr. J. Doe on Jan. 3 in the U.S. capital.",
                "Prices rose 2.5 percent.",
                "Done!"
            ]
        );
    }

    #[test]
    fn headings_and_paragraphs_are_boundaries_but_wrapped_lines_are_not() {
        let text = "# Heading\nThe army said the\nconvoy was hit. Next one\n\nNew paragraph";
        assert_eq!(
            split(text),
            vec![
                "# Heading",
                "The army said the\nconvoy was hit.",
                "Next one",
                "New paragraph"
            ]
        );
    }

    #[test]
    fn lemma_candidates_cover_common_endings() {
        assert!(lemma_candidates("troops").contains(&"troop".to_string()));
        assert!(lemma_candidates("thwarted").contains(&"thwart".to_string()));
        assert!(lemma_candidates("embedded").contains(&"embed".to_string()));
        assert!(lemma_candidates("corroborated").contains(&"corroborate".to_string()));
        assert!(lemma_candidates("specialties").contains(&"specialty".to_string()));
    }

    /// `lemma_candidates` as it was written before `LemmaCandidates`: every
    /// form built as a string, repeats dropped by comparing strings.
    fn lemma_candidates_as_strings(word: &str) -> Vec<String> {
        let w = word.to_lowercase().replace('’', "'");
        let mut out = vec![w.clone()];
        let mut push = |s: String| {
            if !s.is_empty() && !out.contains(&s) {
                out.push(s);
            }
        };
        if let Some(stem) = w.strip_suffix("ies") {
            push(format!("{stem}y"));
        }
        if let Some(stem) = w.strip_suffix("es") {
            push(stem.to_string());
        }
        if let Some(stem) = w.strip_suffix('s') {
            if !w.ends_with("ss") {
                push(stem.to_string());
            }
        }
        if let Some(stem) = w.strip_suffix("ied") {
            push(format!("{stem}y"));
        }
        if let Some(stem) = w.strip_suffix("ed") {
            push(stem.to_string());
            push(format!("{stem}e"));
            if doubled_last_letter(stem) {
                push(stem[..stem.len() - 1].to_string());
            }
        }
        if let Some(stem) = w.strip_suffix("ing") {
            push(stem.to_string());
            push(format!("{stem}e"));
            if doubled_last_letter(stem) {
                push(stem[..stem.len() - 1].to_string());
            }
        }
        out
    }

    #[test]
    fn lemma_candidates_are_the_forms_built_as_strings() {
        // Every word of up to five letters over the letters the endings
        // use (and one three-byte character), and some real words.
        let letters = ["s", "e", "i", "d", "n", "g", "y", "p", "\u{aaaa}", "’", "S"];
        let mut words = crate::every_joining(&letters, 5);
        for w in [
            "troops",
            "stopped",
            "carried",
            "specialties",
            "sees",
            "Running",
            "ies",
            "ied",
            "ss",
            "ing",
        ] {
            words.push(w.to_string());
        }
        for w in &words {
            let expected = lemma_candidates_as_strings(w);
            assert_eq!(lemma_candidates(w), expected, "{w:?}");
            let normal = w.to_lowercase().replace('’', "'");
            let found = LemmaCandidates::of(&normal);
            for form in &expected {
                assert!(found.contains(form), "{w:?} {form:?}");
            }
            for other in [format!("{normal}x"), normal.chars().skip(1).collect()] {
                assert_eq!(found.contains(&other), expected.contains(&other), "{w:?} {other:?}");
            }
        }
    }

    #[test]
    fn a_doubled_ending_is_undone_only_for_ascii_letters() {
        assert!(lemma_candidates("stopped").contains(&"stop".to_string()));
        // U+AAAA is three bytes whose last two are equal: no cut inside it.
        for w in ["\u{aaaa}ed", "\u{aaaa}\u{aaaa}ing", "x\u{aaaa}able"] {
            let _ = lemma_candidates(w);
            let _ = crate::morph::verb(w);
        }
    }

    pub(super) fn claims_of(text: &str) -> Vec<RawClaim> {
        let lex = Lexicon::default_lexicon();
        let ctx = ProseContext {
            lexicon: &lex,
            default_source: Source::author("t.txt"),
        };
        extract(text, 0, &ctx).0
    }

    /// The claims of `text` whose predicate is `predicate`.
    pub(super) fn claims_with(text: &str, predicate: &str) -> impl Iterator<Item = RawClaim> {
        let predicate = predicate.to_string();
        claims_of(text).into_iter().filter(move |c| c.predicate == predicate)
    }

    #[test]
    fn a_pronoun_opening_a_sentence_stands_for_the_one_subject_before() {
        let subjects_of_sinking =
            |text: &str| -> Vec<String> { claims_with(text, "sink").map(|c| c.subject.key).collect() };
        assert_eq!(
            subjects_of_sinking("The Tallis Star sailed at dawn. It sank two hours later."),
            ["tallis star"]
        );
        // Chained: the resolved subject is the next sentence's referent.
        assert_eq!(
            subjects_of_sinking("The ferry sailed at dawn. It listed badly. It sank two hours later."),
            ["ferry"]
        );
        for text in [
            // Two things "it" could be; the only one it agrees with is no subject.
            "The coast guard boat towed the ferry. It sank two hours later.",
            "The tug Orrin towed the lighter. It sank two hours later.",
            // Nothing before, or a sentence that gave no claim.
            "It sank two hours later.",
            "Why? It sank two hours later.",
            // The pronoun of a quotation, and an "it" that stands for nothing.
            "The ferry sailed at dawn. 'It sank two hours later,' a deckhand said.",
            "The ferry sailed at dawn. It is unclear whether the dinghy sank.",
        ] {
            assert_eq!(subjects_of_sinking(text), Vec::<String>::new(), "{text}");
        }
    }

    #[test]
    fn a_comma_between_two_modifiers_does_not_end_the_phrase() {
        let subjects =
            |text: &str| -> Vec<String> { claims_with(text, "cross").map(|c| c.subject.text.to_string()).collect() };
        assert_eq!(
            subjects("A long, narrow bridge crossed the river."),
            ["A long narrow bridge"]
        );
        // After a noun the comma sets off an appositive, as before.
        let minister = claims_of("The minister, Ana Berg, crossed the river.");
        assert!(
            minister.iter().all(|c| !c.subject.text.contains("minister Ana")),
            "{minister:?}"
        );
    }

    #[test]
    fn a_plural_after_an_adjective_is_a_noun_but_saying_verbs_stay_verbs() {
        let preds = |text: &str| -> Vec<String> { claims_of(text).into_iter().map(|c| c.predicate).collect() };
        let waters = preds("The trawler was in the Corran Strait, outside Belvish territorial waters.");
        assert!(!waters.iter().any(|p| p.contains("water")), "{waters:?}");
        let says = claims_of("The senior official says the talks failed.");
        assert!(
            says.iter().any(|c| *c.source.name == *"The senior official"),
            "{says:?}"
        );
    }

    /// What follows a clause's verb: a conjunct verb ("detained and taken
    /// to the port") is no object, "beneath" is a preposition, "at least"
    /// qualifies a figure, and a strong participle after "were" makes a
    /// passive. Each was read wrongly before: the object "taken", the object
    /// "beneath", the predicate "process at", and "the sailors be taken".
    #[test]
    fn what_follows_the_verb_of_a_clause() {
        let read = |text: &str| -> Vec<(String, String, String)> {
            claims_of(text)
                .into_iter()
                .filter(|c| !c.subject.key.starts_with("measure:") && !c.subject.key.starts_with("event:"))
                .map(|c| (c.subject.key.clone(), c.predicate, c.object.text().to_string()))
                .collect()
        };
        let cases = [
            (
                "Three sailors were detained and taken to the port of Velm.",
                ("sailor", "arrest", ""),
            ),
            (
                "The epicentre was beneath the village of Orm.",
                ("epicentre", "be beneath", "the village of Orm"),
            ),
            (
                "The pump shall process at least 300 litres per minute.",
                ("pump", "process", "300 litres"),
            ),
            (
                "The sailors were not taken to the port of Velm.",
                ("sailor", "take to", "the port of Velm"),
            ),
        ];
        for (text, (subject, predicate, object)) in cases {
            let want = vec![(subject.to_string(), predicate.to_string(), object.to_string())];
            assert_eq!(read(text), want, "{text}");
        }
        let appeal = read("The appeal is allowed on the first ground and dismissed on the second.");
        assert!(!appeal.iter().any(|(_, _, o)| o == "dismissed"), "{appeal:?}");
    }

    /// "Three of the mill's five lines": three lines are counted, and five
    /// is the whole they are taken from (it was a second count before).
    #[test]
    fn a_part_of_a_possessed_whole_is_counted_once() {
        let counts: Vec<(String, f64, String)> = claims_of("Three of the mill's five production lines were damaged.")
            .into_iter()
            .filter_map(|c| match c.object {
                Value::Quantity { quantity, .. } => Some((c.subject.key.clone(), quantity.value, quantity.unit)),
                _ => None,
            })
            .collect();
        assert_eq!(counts, vec![("measure:line".to_string(), 3.0, "line".to_string())]);
    }

    #[test]
    fn not_as_x_but_as_y_negates_x_and_affirms_y() {
        let claims: Vec<RawClaim> =
            claims_of("A source said the brigade was deployed not as combatants but as logistics specialists.")
                .into_iter()
                .filter(|c| c.predicate == "role")
                .collect();
        let got: Vec<(String, Polarity, String)> = claims
            .iter()
            .map(|c| (c.object.text().to_string(), c.polarity, c.source.name.to_string()))
            .collect();
        assert_eq!(
            got,
            vec![
                ("combatants".into(), Polarity::Negative, "A source".into()),
                ("logistics specialists".into(), Polarity::Positive, "A source".into()),
            ]
        );
        assert_eq!(claims[0].source.kind, SourceKind::Anonymous);
        assert_eq!(claims[0].subject.key, "brigade");
    }

    #[test]
    fn according_to_credits_the_source_and_marks_the_claim_reported() {
        let claims = claims_of("According to officials, the convoy carried ammunition.");
        // The cargo claim and the clause claim (convoy / carry / ammunition).
        let got: Vec<(&str, &str)> = claims
            .iter()
            .map(|c| (c.predicate.as_str(), c.subject.key.as_str()))
            .collect();
        assert_eq!(got, vec![("carry", "convoy"), ("cargo", "convoy")]);
        assert!(claims
            .iter()
            .all(|c| *c.source.name == *"officials" && c.modality == Modality::Reported));
    }

    #[test]
    fn a_time_of_day_is_no_object() {
        for text in ["The depot was hit overnight.", "The depot was shelled at midday."] {
            let claims = claims_of(text);
            assert!(
                claims.iter().all(
                    |c| !matches!(&c.object, Value::Entity { key, .. } if key.contains("night") || key.contains("day"))
                ),
                "{text}: {claims:?}"
            );
        }
    }

    #[test]
    fn a_portion_is_about_what_it_holds() {
        let object_of = |text: &str| match &claims_of(text)[0].object {
            Value::Entity { key, .. } => key.clone(),
            other => panic!("{other:?}"),
        };
        assert_eq!(object_of("The cook ate a bowl of rice."), "rice");
        assert_eq!(object_of("The porter carried two crates of apples."), "apple");
        assert_eq!(object_of("The cook ate a piece of bread."), "bread");
        // Not a portion: a picture of a harbour is a picture.
        assert_eq!(object_of("The boy drew a picture of a harbour."), "picture");
    }

    #[test]
    fn a_passive_with_its_agent_is_read_in_both_voices() {
        let facts = |text: &str| -> Vec<(String, String, String, Polarity)> {
            claims_of(text)
                .into_iter()
                .map(|c| {
                    let object = match c.object {
                        Value::Entity { key, .. } => key,
                        _ => String::new(),
                    };
                    (c.subject.key, c.predicate, object, c.polarity)
                })
                .collect()
        };
        let both = facts("The kettle was mended by a tinker.");
        assert!(both.contains(&("tinker".into(), "mend".into(), "kettle".into(), Polarity::Positive)));
        assert!(both.iter().any(|f| f.0 == "kettle" && f.1 == "mend by"));
        // "By nobody": not mended, by anyone.
        let nobody = facts("The kettle was mended by nobody.");
        assert!(nobody.contains(&("kettle".into(), "mend".into(), String::new(), Polarity::Negative)));
        // "By noon" is a time, not an agent: "drunk" stays an adjective.
        assert!(facts("The sailor was drunk by noon.").iter().all(|f| f.1 != "drink"));
    }

    #[test]
    fn passive_stance_takes_its_agent_from_by() {
        let claims =
            claims_of("The report, though not confirmed by the ministry, was corroborated by a senior officer.");
        let got: Vec<(&str, Polarity, &str)> = claims
            .iter()
            .map(|c| (c.predicate.as_str(), c.polarity, &*c.source.name))
            .collect();
        assert_eq!(
            got,
            vec![
                ("confirm", Polarity::Negative, "the ministry"),
                ("confirm", Polarity::Positive, "a senior officer")
            ]
        );
        assert!(claims.iter().all(|c| c.subject.key == "report"));
    }

    #[test]
    fn a_trailing_source_with_an_appositive_is_the_speaker() {
        let source_of =
            |text: &str| -> Vec<String> { claims_of(text).into_iter().map(|c| c.source.name.to_string()).collect() };
        for text in [
            "The quay reopened on Monday, the harbour master, Wenna Brand, said.",
            "The quay reopened on Monday, Wenna Brand, the harbour master, said.",
            "The quay reopened on Monday, said Wenna Brand, the harbour master.",
        ] {
            let got = source_of(text);
            assert!(
                !got.is_empty() && got.iter().all(|s| s == "Wenna Brand"),
                "{text}: {got:?}"
            );
        }
        let got = source_of("The quay reopened, said the harbour master on Tuesday.");
        assert!(got.iter().all(|s| s == "the harbour master"), "{got:?}");
        // After a figure a participle describes: "212 confirmed bookings"
        // is no one's statement.
        let got = source_of("By Tuesday, 212 confirmed bookings had been cancelled.");
        assert!(got.iter().all(|s| s == "t.txt (author)"), "{got:?}");
    }

    #[test]
    fn the_figures_an_agent_confirms_are_the_agents() {
        let claims = claims_of("The relief agency has confirmed 31 deaths.");
        let figure = claims
            .iter()
            .find(|c| c.subject.key.starts_with("measure:"))
            .expect("a figure");
        assert_eq!(&*figure.source.name, "The relief agency");
        assert_eq!(figure.modality, Modality::Reported);
        // Nobody confirmed these: the document speaks.
        let claims = claims_of("No laboratory has confirmed 40 deaths.");
        assert!(claims.iter().all(|c| c.source.name.contains("author")), "{claims:?}");
    }

    #[test]
    fn in_fact_is_an_adverb_and_relative_clauses_have_their_antecedent() {
        let claims = claims_of("Photos show that the ferry is in fact docked.");
        assert!(claims.iter().all(|c| !c.predicate.contains("in")), "{claims:?}");
        let claims = claims_of("Crews inspected the jetty south of the mill, which was blown up by advancing troops.");
        let blown = claims
            .iter()
            .find(|c| c.predicate == "destroy")
            .expect("a claim of the relative clause");
        assert_eq!(blown.subject.key, "jetty");
        assert!(claims.iter().all(|c| c.predicate != "advance"), "{claims:?}");
    }

    #[test]
    fn a_verb_after_and_or_but_shares_the_subject_of_the_clause_before() {
        let source_of_praise =
            |text: &str| -> Vec<String> { claims_with(text, "praise").map(|c| c.source.name.to_string()).collect() };
        assert_eq!(
            source_of_praise("Coach Mira Lund said the draw was unlucky for her forwards but praised the linesman."),
            ["Coach Mira Lund"]
        );
        assert_eq!(
            source_of_praise("The minister toured the port and praised the crews."),
            ["The minister"]
        );
    }

    #[test]
    fn a_performance_names_its_performer_but_an_event_does_not() {
        assert_eq!(super::performer_of("refereeing").as_deref(), Some("referee"));
        assert_eq!(super::performer_of("umpiring").as_deref(), Some("umpire"));
        for event in ["shelling", "bombing", "king", "meeting", "spring"] {
            assert_eq!(super::performer_of(event), None, "{event}");
        }
    }

    #[test]
    fn a_linking_verb_states_be_but_not_before_a_particle() {
        let preds = |text: &str| -> Vec<String> { claims_of(text).into_iter().map(|c| c.predicate).collect() };
        assert!(preds("The crew remain in custody.").contains(&"be in".to_string()));
        assert!(preds("The case seems flimsy.").contains(&"be".to_string()));
        // A headline shape that a generated archive repeats with tens of
        // thousands of places: read as "be over X", it filled one subject
        // and predicate with as many distinct values (docs/performance.md).
        assert!(!preds("Questions remain over the harbour levy.")
            .iter()
            .any(|p| p.starts_with("be")));
    }

    #[test]
    fn questions_yield_nothing() {
        assert!(claims_of("Were the troops combatants?").is_empty());
    }

    /// The subject keys of the claims that reject an account, with the
    /// source each points at.
    fn rebuttals(text: &str) -> Vec<String> {
        claims_of(text)
            .into_iter()
            .filter(|c| c.subject.key.starts_with("account-of:") && c.predicate == "deny")
            .map(|c| c.subject.key)
            .collect()
    }

    #[test]
    fn verdicts_point_at_the_last_speaker_and_stop_where_the_clause_does() {
        let said = "Local anglers said that the weir had collapsed. ";
        for verdict in [
            "That is simply untrue: the weir stands.",
            "This is not correct.",
            "\"That was not the case,\" the river trust said.",
            "That's false, and the trust has photographs.",
            "That never happened.",
            "This did not happen: the weir stands.",
            "It did not: the weir stands.",
            "It hadn't.",
        ] {
            assert_eq!(
                rebuttals(&format!("{said}{verdict}")),
                ["account-of:local anglers"],
                "{verdict}"
            );
        }
        for not_a_verdict in [
            "This is not true of every weir on the river.",
            "That is not the only weir.",
            // The left-out verb phrase is said after all.
            "It did not collapse entirely.",
            "It had not, at first, been clear.",
            "That never happened before.",
            // A source's verdict on its own account disputes nothing.
            "That was wrong, the local anglers said later.",
        ] {
            assert!(
                rebuttals(&format!("{said}{not_a_verdict}")).is_empty(),
                "{not_a_verdict}"
            );
        }
        // Nobody spoke before: a verdict on nothing is no claim.
        assert!(rebuttals("That is untrue.").is_empty());
    }

    #[test]
    fn account_references_need_a_pointing_word_before_an_account_noun() {
        let said = "Unnamed officials said that the weir had collapsed. ";
        for pointing in [
            "The trust rejected that claim.",
            "The trust dismissed those reports.",
            "The trust denied such allegations.",
            "The trust denied the claims.",
        ] {
            assert_eq!(
                rebuttals(&format!("{said}{pointing}")),
                ["account-of:unnamed officials"],
                "{pointing}"
            );
        }
        // "The report" may be a document of its own.
        assert!(rebuttals(&format!("{said}The trust rejected the report.")).is_empty());
    }

    #[test]
    fn a_running_total_is_told_as_of_now_or_of_a_named_moment() {
        let as_of = |text: &str| {
            let toks = tokenize(text, Span::new(0, text.len()));
            running_total_as_of(&toks, 0, toks.len())
        };
        assert_eq!(as_of("The fire has now burned 4,100 hectares").as_deref(), Some("now"));
        assert_eq!(as_of("It has burned 6,000 hectares so far").as_deref(), Some("now"));
        assert_eq!(
            as_of("By Monday evening the fire had burned 2,500 hectares").as_deref(),
            Some("by monday evening")
        );
        // "By" before an agent names no moment.
        assert_eq!(as_of("2,500 hectares were burned by the fire"), None);
    }

    #[test]
    fn a_when_clause_has_its_own_subject_and_dates_the_clause_before() {
        let subjects = |text: &str, predicate: &str| -> Vec<String> {
            claims_with(text, predicate).map(|c| c.subject.key).collect()
        };
        let text = "The sluice gates opened when the river rose on Monday.";
        assert_eq!(subjects(text, "rise"), ["river"]);
        let dated: Vec<String> = claims_with(text, "date").map(|c| c.subject.key).collect();
        // Opening is a phase of the gates ("event:begin|gate").
        assert!(dated.iter().any(|k| k.ends_with("|gate")), "{dated:?}");
    }

    #[test]
    fn a_clock_time_colon_is_part_of_its_figure() {
        let toks = tokenize("The 07:15 ferry left at 9:05: it was late.", Span::new(0, 42));
        let classes: Vec<_> = toks.iter().map(|t| (t.text, t.class)).collect();
        assert!(classes.contains(&(":", Class::Number)));
        // The colon after "9:05" ends the clause as any colon does.
        assert_eq!(
            classes.iter().filter(|(t, c)| *t == ":" && *c == Class::Stop).count(),
            1
        );
    }
}
