//! Tokens: words, numbers and punctuation with byte offsets and a closed
//! word class.
//!
//! There is no part-of-speech model here: closed classes (determiners,
//! prepositions, auxiliaries, conjunctions, pronouns, wh-words) are listed,
//! and everything else is a `Word` whose role the clause reader works out
//! from its position.

use crate::model::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    Word,
    Number,
    Det,
    Prep,
    Aux,
    Conj,
    Pron,
    Wh,
    Comma,
    Stop,
    Quote,
}

#[derive(Clone, Debug)]
pub(crate) struct Tok<'t> {
    pub(crate) text: &'t str,
    /// The word in lower case. Changed only through [`Tok::set_lower`],
    /// which forgets the base forms found for the old word.
    pub(crate) lower: String,
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) class: Class,
    /// The first word of its sentence: its capital says nothing about
    /// whether it is a name.
    pub(crate) initial: bool,
    forms: Forms,
}

/// The base forms of a token's `lower`, found the first time the reader
/// asks for each. The reader asks for the noun and verb form of the same
/// token many times per sentence (event nouns, agreement, heads, keys);
/// the per-thread memos in `morph` answer each time, but a hash lookup and
/// a new string per question cost more than reading a field.
#[derive(Debug, Default)]
struct Forms {
    noun: std::cell::OnceCell<std::rc::Rc<str>>,
    verb: std::cell::OnceCell<std::rc::Rc<str>>,
    verb_like: std::cell::OnceCell<bool>,
    phrase: std::cell::Cell<Option<PhraseMemo>>,
}

/// The last noun phrase the reader found starting at a token (see
/// [`Tok::noun_phrase_by`]): the question (the token's index, the length of
/// the token run it was asked in, the limit) and the answer.
#[derive(Clone, Copy, Debug)]
struct PhraseMemo {
    at: usize,
    len: usize,
    limit: usize,
    phrase: Option<(usize, usize)>,
}

/// A copy keeps the base forms but not the remembered noun phrase, which
/// depends on the tokens around this one; a copy may sit among others.
impl Clone for Forms {
    fn clone(&self) -> Forms {
        Forms {
            noun: self.noun.clone(),
            verb: self.verb.clone(),
            verb_like: self.verb_like.clone(),
            phrase: std::cell::Cell::new(None),
        }
    }
}

impl Tok<'_> {
    /// A word written with a capital first letter ("Lisk", "The", "Fire").
    pub(crate) fn capitalised(&self) -> bool {
        self.class == Class::Word && self.text.starts_with(char::is_uppercase)
    }

    /// [`crate::morph::noun`] of this token's `lower`, found once.
    pub(crate) fn noun(&self) -> &str {
        self.forms.noun.get_or_init(|| crate::morph::noun_shared(&self.lower))
    }

    /// [`crate::morph::verb`] of this token's `lower`, found once.
    pub(crate) fn verb(&self) -> &str {
        self.forms.verb.get_or_init(|| crate::morph::verb_shared(&self.lower))
    }

    /// `find(self)`, found once: the reader's `verb_like` test, which depends
    /// on the token's text and lower-case form alone and is asked of the
    /// same token from most steps of the clause reader.
    pub(crate) fn verb_like_by(&self, find: impl FnOnce(&Self) -> bool) -> bool {
        *self.forms.verb_like.get_or_init(|| find(self))
    }

    /// `find()`, remembered for the last question: the reader's noun phrase
    /// starting at this token, the token at index `at` of a run of `len`
    /// tokens, read up to `limit`. The subject finder, the clause reader and
    /// the verb finders ask for the same phrase of the same piece several
    /// times each.
    ///
    /// The answer depends on the tokens around this one, so it may be
    /// remembered only while they do not change: the reader changes tokens
    /// ([`Tok::set_lower`], removing one) before it reads any phrase. The
    /// index and the length pin down which run of tokens was asked (the
    /// token is at `at` in it): a token moved to another index, or a run of
    /// another length, asks again, and a copy of the token forgets the
    /// answer.
    pub(crate) fn noun_phrase_by(
        &self,
        (at, len, limit): (usize, usize, usize),
        find: impl FnOnce() -> Option<(usize, usize)>,
    ) -> Option<(usize, usize)> {
        match self.forms.phrase.get() {
            Some(memo) if (memo.at, memo.len, memo.limit) == (at, len, limit) => memo.phrase,
            _ => {
                let phrase = find();
                self.forms.phrase.set(Some(PhraseMemo { at, len, limit, phrase }));
                phrase
            }
        }
    }

    /// Gives the token another lower-case form ("until" read as "in"),
    /// forgetting the base forms of the old one.
    pub(crate) fn set_lower(&mut self, lower: String) {
        self.lower = lower;
        self.forms = Forms::default();
    }
}

/// A comma the text does not have, of no width, at byte `at`: the reader
/// brackets a relative clause with two ("the lawyer who acted for the
/// family said" is read as "the lawyer, who acted for the family, said"),
/// so one reading of relative clauses serves both forms.
pub(crate) fn virtual_comma(at: usize) -> Tok<'static> {
    Tok {
        text: ",",
        lower: ",".to_string(),
        start: at,
        end: at,
        class: Class::Comma,
        initial: false,
        forms: Forms::default(),
    }
}

/// A closed list of lower-case words, asked "does it contain this word?"
/// for nearly every token: the list is kept as written, and the first
/// question builds a hash set of it.
pub(crate) struct WordSet {
    words: &'static [&'static str],
    set: std::sync::OnceLock<std::collections::HashSet<&'static str, crate::wordnet::KeyHash>>,
}

impl WordSet {
    const fn new(words: &'static [&'static str]) -> WordSet {
        WordSet {
            words,
            set: std::sync::OnceLock::new(),
        }
    }

    /// Whether `word` is one of the words (the argument is a reference, as
    /// for a slice's `contains`).
    pub(crate) fn contains(&self, word: &&str) -> bool {
        self.set
            .get_or_init(|| self.words.iter().copied().collect())
            .contains(*word)
    }
}

pub(crate) static DETERMINERS: WordSet = WordSet::new(&[
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "some",
    "any", "each", "every", "all", "both", "several", "many", "few", "such", "another", "other", "one",
]);
pub(crate) static PREPOSITIONS: WordSet = WordSet::new(&[
    "of",
    "in",
    "on",
    "at",
    "by",
    "for",
    "with",
    "from",
    "to",
    "into",
    "onto",
    "over",
    "under",
    "about",
    "after",
    "before",
    "during",
    "near",
    "across",
    "against",
    "along",
    "among",
    "around",
    "behind",
    "beyond",
    "between",
    "through",
    "toward",
    "towards",
    "upon",
    "within",
    "via",
    "per",
    "than",
    "as",
    "despite",
    "amid",
    "since",
    "beneath",
    "underneath",
    "beside",
    "throughout",
]);
pub(crate) static AUXILIARIES: WordSet = WordSet::new(&[
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
    "will",
    "would",
    "shall",
    "should",
    "can",
    "could",
    "may",
    "might",
    "must",
    "remains",
    "remain",
    "remained",
    "continue",
    "continues",
    "continued",
    "seem",
    "seems",
    "seemed",
    "appear",
    "appears",
    "appeared",
    "become",
    "became",
]);
pub(crate) static CONJUNCTIONS: WordSet = WordSet::new(&[
    "and",
    "or",
    "but",
    "nor",
    "yet",
    "so",
    "while",
    "whereas",
    "although",
    "though",
    "because",
    "if",
    "unless",
    "however",
    "also",
    "still",
    "already",
    "now",
    "ever",
    "only",
    "just",
    "even",
    "very",
    "officially",
    "publicly",
    "then",
    "not",
    "never",
]);
/// Common irregular past forms: they end a noun phrase like an "-ed" verb does.
pub(crate) static IRREGULAR_PAST: WordSet = WordSet::new(&[
    "struck",
    "hit",
    "cut",
    "said",
    "told",
    "took",
    "made",
    "gave",
    "saw",
    "came",
    "went",
    "began",
    "brought",
    "held",
    "kept",
    "left",
    "led",
    "met",
    "sent",
    "shot",
    "won",
    "lost",
    "fell",
    "rose",
    "found",
    "fought",
    "put",
    "ran",
    "sold",
    "spent",
    "stood",
    "thought",
    "wrote",
    "broke",
    "built",
    "caught",
    "chose",
    "drove",
    "flew",
    "fled",
    "got",
    "grew",
    "heard",
    "hid",
    "knew",
    "paid",
    "rode",
    "sank",
    "shrank",
    "sprang",
    "swam",
    "drank",
    "slid",
    "bent",
    "bled",
    "fed",
    "lent",
    "swung",
    "stuck",
    "strove",
    "undertook",
    "overtook",
    "forbade",
    "upheld",
    "withheld",
    "overcame",
    "sought",
    "shook",
    "spoke",
    "stole",
    "threw",
    "understood",
    "wore",
    "withdrew",
    "overran",
    "beat",
    "bought",
    "dealt",
    "drew",
    "ate",
    "felt",
    "blew",
    "blown",
    "thrown",
    "tore",
    "torn",
    "forgave",
    "froze",
    "hung",
    "lay",
    "lit",
    "meant",
    "learnt",
    "rang",
    "sang",
    "slept",
    "swore",
    "swept",
    "taught",
    "tore",
    "woke",
    "won",
    "carries",
    "carry",
    "says",
    "tells",
    "shows",
    "showed",
    "shown",
]);
pub(crate) static PRONOUNS: WordSet = WordSet::new(&[
    "he", "she", "it", "they", "we", "i", "you", "him", "them", "us", "me", "there",
]);
pub(crate) static WH: WordSet = WordSet::new(&[
    "that", "which", "who", "whom", "whose", "when", "where", "what", "how", "why",
]);

/// One token of a sentence as [`scan`] finds it: where it is in the
/// scanned text, and for a punctuation mark its class (`None` for a word or
/// number).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Piece {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) mark: Option<Class>,
}

/// Signs that are words of a figure ("61%", "$5", "€40", "£3"): tokens
/// of their own, never punctuation.
const UNIT_SIGNS: [char; 4] = ['%', '$', '€', '£'];

/// Whether a token is one of [`UNIT_SIGNS`], which names nothing on its own.
pub(crate) fn is_unit_sign(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(|c| UNIT_SIGNS.contains(&c)) && chars.next().is_none()
}

/// Whether the point after `word` only marks it as shortened: a title
/// before a name ("Dr. Brook", "St. Aldwin"), a month before its day ("Jan.
/// 3"), "No." before a number ("Gate No. 5") or a firm's suffix inside the
/// sentence ("Dalvik Corp. said"). `next` is the two bytes
/// after the point. Such a point is no token at all, so "Dr. Brook said"
/// reads as "Dr Brook said"; as a full stop it ended the clause before the
/// name, and the sentence gave no claim. (The sentence splitter already
/// does not cut there.)
fn abbreviation_point(word: &[u8], next: Option<&[u8]>) -> bool {
    use crate::sentences::{FIRM_SUFFIXES, SHORT_MONTHS, TITLES};
    let Some(&[gap, after]) = next else { return false };
    let is = |list: &[&str]| list.iter().any(|w| w.as_bytes().eq_ignore_ascii_case(word));
    // Capitalised as a title is ("Dr.", not "dr." ending a sentence).
    if !word.first().is_some_and(u8::is_ascii_uppercase) {
        return false;
    }
    // A firm's suffix with more of the sentence after it ("Dalvik Corp.
    // fell 12%", "Orne Ltd., the operator, said"). "Bros." too, which the
    // splitter does not count among the shortenings, so that a sentence
    // may still end with it.
    if is(FIRM_SUFFIXES) || is(&["bros"]) {
        return matches!(gap, b' ' | b',');
    }
    gap == b' '
        && ((after.is_ascii_uppercase() && is(TITLES))
            || (after.is_ascii_digit() && (is(SHORT_MONTHS) || is(&["no", "nos"]))))
}

/// The tokens of `s` without their lower-case forms and word classes: the
/// cut into words and punctuation that [`tokenize`] makes, for a reader
/// that needs only where the words are (the minimal-pair reader counts the
/// words of a sentence before it asks for them).
pub(crate) fn scan(s: &str) -> impl Iterator<Item = Piece> + '_ {
    // The text is walked by byte offset, an ASCII byte read as its char
    // directly and only other bytes decoded: news prose is nearly all
    // ASCII, and this loop sees every character of every sentence.
    let bytes = s.as_bytes();
    let char_at = move |at: usize| match bytes.get(at) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => s[at..].chars().next(),
        None => None,
    };
    let mut i = 0;
    std::iter::from_fn(move || loop {
        let c = char_at(i)?;
        let start = i;
        if c.is_alphanumeric() {
            let mut end = i + c.len_utf8();
            loop {
                // The letters of an ASCII word first, a byte at a time; the
                // rest (a join, a non-ASCII letter, the end) below.
                while bytes.get(end).is_some_and(u8::is_ascii_alphanumeric) {
                    end += 1;
                }
                let Some(d) = char_at(end) else { break };
                let j = end;
                let joins = matches!(d, '\'' | '’' | '-' | '.' | ',');
                if d.is_alphanumeric() {
                    end = j + d.len_utf8();
                } else if joins {
                    // Keep "U.S.", "27.5", "1,200", "don't", "so-called" whole,
                    // but not a word followed by a comma or a final period.
                    let after = char_at(j + d.len_utf8());
                    let digit_join =
                        (d == '.' || d == ',') && c.is_ascii_digit() && after.is_some_and(|a| a.is_ascii_digit());
                    let word_join = matches!(d, '\'' | '’' | '-') && after.is_some_and(char::is_alphanumeric);
                    // "U.S.", and the lower-case "p.m.", "a.m.", "e.g.": a
                    // letter and its point before another letter and point.
                    let next_point = after.and_then(|a| char_at(j + d.len_utf8() + a.len_utf8())) == Some('.');
                    let dotted = d == '.'
                        && end - i == 1
                        && after.is_some_and(|a| a.is_uppercase() || (a.is_alphabetic() && next_point));
                    if digit_join || word_join || dotted {
                        end = j + d.len_utf8();
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            // "U.S.", "p.m.": a dotted abbreviation keeps its last point, which
            // ends no clause ("the U.S. navy said", "at 9 p.m. on Friday");
            // whether it also ends the sentence is the splitter's question.
            let dotted_word = end - start >= 3
                && bytes[start..end].iter().enumerate().all(|(k, &b)| {
                    if k % 2 == 0 {
                        b.is_ascii_alphabetic()
                    } else {
                        b == b'.'
                    }
                });
            if dotted_word && bytes.get(end) == Some(&b'.') {
                end += 1;
            }
            i = end;
            if bytes.get(end) == Some(&b'.') && abbreviation_point(&bytes[start..end], bytes.get(end + 1..end + 3)) {
                i = end + 1;
            }
            return Some(Piece { start, end, mark: None });
        }
        i += c.len_utf8();
        // "The 06:55 service", "at 07:42": the colon of a clock time (or a
        // ratio) between two digits does not end a clause; it is part of
        // the figure, which `frames` reads whole.
        let between_digits =
            c == ':' && start > 0 && bytes[start - 1].is_ascii_digit() && bytes.get(i).is_some_and(u8::is_ascii_digit);
        // "61%", "$5 million", "€40": a unit's sign is a word of the figure
        // (`frames` reads it as "percent", "dollars", "euros"); skipped,
        // "61%" was a bare 61 that never met "58 percent".
        if UNIT_SIGNS.contains(&c) {
            return Some(Piece {
                start,
                end: i,
                mark: None,
            });
        }
        let class = match c {
            ':' if between_digits => Class::Number,
            ',' => Class::Comma,
            ';' | ':' | '—' | '–' | '(' | ')' => Class::Stop,
            '"' | '“' | '”' | '‘' | '’' | '\'' => Class::Quote,
            '.' | '!' | '?' => Class::Stop,
            _ => continue,
        };
        return Some(Piece {
            start,
            end: i,
            mark: Some(class),
        });
    })
}

pub(crate) fn tokenize(text: &str, span: Span) -> Vec<Tok<'_>> {
    let s = &text[span.start()..span.end()];
    // About one token per five bytes of news prose: sized once, not grown.
    let mut out = Vec::with_capacity(s.len() / 4 + 4);
    // Whether a token other than a quote or a stop has been seen: the next
    // word is then not the first of its sentence.
    let mut begun = false;
    for piece in scan(s) {
        let word = &s[piece.start..piece.end];
        let (lower, class, initial) = match piece.mark {
            None => {
                let lower = lowercase(word);
                // "May" with a capital inside a sentence is the month ("sank
                // on 9 May"), not the modal, which would take the clause's
                // verb for itself.
                let class = if begun && word == "May" {
                    Class::Word
                } else {
                    classify(&lower, word)
                };
                (lower, class, !begun)
            }
            Some(class) => (word.to_string(), class, false),
        };
        begun |= class != Class::Quote && class != Class::Stop;
        out.push(Tok {
            text: word,
            lower,
            start: span.start() + piece.start,
            end: span.start() + piece.end,
            class,
            initial,
            forms: Forms::default(),
        });
    }
    out
}

/// `word` without the possessive "'s" at its end (every one, as
/// `trim_end_matches("'s")` would), compared in place: the reader asks this
/// of most words of every noun phrase, and `trim_end_matches` builds a
/// substring searcher each time.
pub(crate) fn strip_possessive(mut word: &str) -> &str {
    while let Some(rest) = word.strip_suffix("'s") {
        word = rest;
    }
    word
}

/// A word in lower case, with the typographic apostrophe as a plain one.
pub(crate) fn lowercase(word: &str) -> String {
    if !word.bytes().any(|b| b.is_ascii_uppercase() || b >= 0x80) {
        return word.to_string();
    }
    // An ASCII word ("Navy", "U.S.") lower-cases byte by byte, as
    // `to_lowercase` would, without its Unicode tables.
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    let lower = word.to_lowercase();
    if lower.contains('’') {
        lower.replace('’', "'")
    } else {
        lower
    }
}

/// "isn't", "didn't", "won't", "can't": an auxiliary with its negation.
pub(crate) fn negated_auxiliary(lower: &str) -> bool {
    match lower.strip_suffix("n't") {
        Some("wo" | "ca" | "sha") => true,
        Some(stem) => AUXILIARIES.contains(&stem),
        None => lower == "cannot",
    }
}

pub(crate) fn classify(lower: &str, word: &str) -> Class {
    if word.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        return Class::Number;
    }
    // The lists are asked in this order: determiner, wh-word, preposition,
    // auxiliary (or a negated one), conjunction, pronoun.
    match listed_class(lower) {
        Some(class @ (Class::Det | Class::Wh | Class::Prep | Class::Aux)) => class,
        _ if negated_auxiliary(lower) => Class::Aux,
        Some(class) => class,
        None => Class::Word,
    }
}

/// The class of a word of the closed lists, as the first list in
/// [`classify`]'s order that has it says ("that" is a determiner before it
/// is a wh-word): one hash lookup for every token instead of one per list.
fn listed_class(lower: &str) -> Option<Class> {
    type Classes = std::collections::HashMap<&'static str, Class, crate::wordnet::KeyHash>;
    static CLASSES: std::sync::OnceLock<Classes> = std::sync::OnceLock::new();
    let classes = CLASSES.get_or_init(|| {
        let lists = [
            (&DETERMINERS, Class::Det),
            (&WH, Class::Wh),
            (&PREPOSITIONS, Class::Prep),
            (&AUXILIARIES, Class::Aux),
            (&CONJUNCTIONS, Class::Conj),
            (&PRONOUNS, Class::Pron),
        ];
        let mut classes = Classes::default();
        for (list, class) in lists {
            for &word in list.words {
                classes.entry(word).or_insert(class);
            }
        }
        classes
    });
    classes.get(lower).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        tokenize(s, Span::new(0, s.len())).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn a_shortening_point_is_no_token() {
        assert_eq!(texts("Dr. Varn said no."), ["Dr", "Varn", "said", "no", "."]);
        assert_eq!(texts("on Feb. 9"), ["on", "Feb", "9"]);
        assert_eq!(texts("Pier No. 4"), ["Pier", "No", "4"]);
        // A point before a lower-case word, or at the end, is a stop.
        assert_eq!(texts("the Dr. said"), ["the", "Dr", ".", "said"]);
        assert_eq!(texts("led by Gen."), ["led", "by", "Gen", "."]);
        assert_eq!(
            texts("Orne Ltd., the operator"),
            ["Orne", "Ltd", ",", "the", "operator"]
        );
        assert_eq!(texts("bought by Orne Ltd."), ["bought", "by", "Orne", "Ltd", "."]);
    }

    #[test]
    fn a_units_sign_is_a_word_of_its_figure() {
        assert_eq!(texts("61% of $5 and €4"), ["61", "%", "of", "$", "5", "and", "€", "4"]);
    }
}
