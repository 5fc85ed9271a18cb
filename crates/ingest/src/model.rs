//! The claim model: plain data that every other part of antinomy reads.
//!
//! A [`Claim`] is one thing one source puts forward about one subject. The
//! fields mirror the questions an analyst asks of a statement before deciding
//! whether two statements clash: *who* says it ([`Source`]), *how* they say it
//! ([`Modality`], [`Polarity`]), *about what* ([`Entity`] subject plus a slot),
//! *what* is asserted ([`Value`]) and *where* it was read ([`Span`], line,
//! document). Rules in `antinomy-reason` never look at raw text: if a fact
//! matters for a conflict, it has to be a field here.

use serde::Serialize;
use std::fmt;
use std::sync::Arc;

/// Index of a document in the order the documents were given to ingest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct DocId(pub u32);

/// Stable identifier of a claim: its position in the graph's claim order.
///
/// Claim order is document order, then byte order inside a document, so ids
/// are deterministic for the same inputs given in the same order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct ClaimId(pub u32);

impl fmt::Display for ClaimId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "c{}", self.0 + 1)
    }
}

/// A half-open byte range `[start, end)` in a document's text.
///
/// The offsets are kept as `u32` (8 bytes instead of 16 in every claim and
/// skipped statement): `ingest` refuses a document of 4 GiB or more, so an
/// offset into a document always fits.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    start: u32,
    end: u32,
}

/// The largest document, in bytes, whose offsets a [`Span`] can hold.
pub const MAX_DOCUMENT_LEN: usize = u32::MAX as usize;

impl Span {
    /// Builds a span; callers guarantee `start <= end <= MAX_DOCUMENT_LEN`
    /// (offsets into a document `ingest` accepted). A larger offset is a
    /// bug: it panics in debug builds and saturates in release builds.
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(end <= MAX_DOCUMENT_LEN, "span offset {end} past 4 GiB");
        let narrow = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        Span {
            start: narrow(start),
            end: narrow(end),
        }
    }

    /// First byte.
    pub fn start(&self) -> usize {
        self.start as usize
    }

    /// One past the last byte.
    pub fn end(&self) -> usize {
        self.end as usize
    }

    /// The byte range, for slicing the document's text.
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start()..self.end()
    }

    /// Whether the two ranges share at least one byte.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// What kind of input a document is; decides which reader ingests it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DocKind {
    /// Plain text or Markdown: sentences become claims.
    Prose,
    /// A YAML claim file: a list of free-text or structured statements.
    ClaimFile,
}

/// One input document, already read into memory by the caller.
#[derive(Clone, Debug)]
pub struct Document {
    /// The name as the user gave it (path on the command line, fixture name).
    pub name: String,
    /// The full text; spans index into it.
    pub text: String,
    /// Which reader to use.
    pub kind: DocKind,
}

impl Document {
    /// Picks the reader from the file extension: `.yaml`/`.yml` are claim
    /// files, everything else is prose.
    pub fn from_path_name(name: impl Into<String>, text: impl Into<String>) -> Document {
        let name = name.into();
        let lower = name.to_ascii_lowercase();
        let kind = if lower.ends_with(".yaml") || lower.ends_with(".yml") {
            DocKind::ClaimFile
        } else {
            DocKind::Prose
        };
        Document {
            name,
            text: text.into(),
            kind,
        }
    }

    /// 1-based line number of a byte offset.
    pub fn line_of(&self, offset: usize) -> u32 {
        line_of(&self.text, offset)
    }
}

/// 1-based line number of a byte offset in `text`.
pub fn line_of(text: &str, offset: usize) -> u32 {
    let end = offset.min(text.len());
    let newlines = text.as_bytes()[..end].iter().filter(|&&b| b == b'\n').count();
    u32::try_from(newlines + 1).unwrap_or(u32::MAX)
}

/// Whether the source of a claim is named, anonymous, or the document itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SourceKind {
    /// A named person or body ("Kim Jong Un", "the health ministry").
    Named,
    /// An unnamed source ("insiders", "a source speaking on condition of anonymity").
    Anonymous,
    /// The document's own voice: nobody else is credited.
    Author,
}

/// Who puts a claim forward.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
///
/// The name and key are shared strings: every claim of a sentence, and
/// every claim a document makes in its own voice, carries a copy of its
/// source, and a copy is then a reference count instead of two strings
/// (the author's name and key each hold the document's path).
pub struct Source {
    /// As written, trimmed ("a high-ranking source within the army").
    pub name: Arc<str>,
    /// Normalised form used to decide whether two claims share a source.
    pub key: Arc<str>,
    /// Named, anonymous or the author.
    pub kind: SourceKind,
}

impl Source {
    /// The voice of the document `doc_name` itself.
    pub fn author(doc_name: &str) -> Source {
        Source {
            name: format!("{doc_name} (author)").into(),
            key: format!("author:{doc_name}").into(),
            kind: SourceKind::Author,
        }
    }
}

/// Whether the claim affirms or negates its content.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Polarity {
    /// "X is Y".
    Positive,
    /// "X is not Y".
    Negative,
}

impl Polarity {
    /// The opposite polarity.
    pub fn flip(self) -> Polarity {
        match self {
            Polarity::Positive => Polarity::Negative,
            Polarity::Negative => Polarity::Positive,
        }
    }
}

/// How firmly the source commits to the claim.
///
/// This is what lets antinomy tell a reported or rebutted position from the
/// author's own: the modality lowers the score of a conflict, and a claim
/// that is only reported is never mistaken for the reporter's assertion.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Modality {
    /// The source states it as fact.
    Asserted,
    /// The document relays what the source said ("X said", "according to X").
    Reported,
    /// Hedged: reportedly, allegedly, may, suggested.
    Hedged,
    /// The source denies it; polarity is already flipped to what the source holds.
    Denied,
}

impl Modality {
    /// How much a conflict involving such a claim should be trusted.
    pub fn weight(self) -> f64 {
        match self {
            Modality::Asserted => 1.0,
            Modality::Denied => 0.95,
            Modality::Reported => 0.9,
            Modality::Hedged => 0.7,
        }
    }
}

/// What a claim is about, normalised so that mentions of one thing meet.
///
/// The key is the head ("military-personnel" for "the North Korean
/// troops", the full name for a named person); the other words are kept as
/// modifiers. Two mentions refer to the same thing when their keys are equal
/// and one's modifiers include the other's: "a boy" meets "the young boys",
/// "North Korean forces" meets "the North Korean troops", but "the red car"
/// never meets "the blue car".
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Entity {
    /// As written ("the North Korean troops"); boxed, as it never grows
    /// (8 bytes less in every claim's subject).
    pub text: Box<str>,
    /// Normalised head key ("military-personnel"): claims are blocked by it.
    pub key: String,
    /// Other normalised words ("north", "korean"), sorted.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub modifiers: Vec<String>,
    /// The key is a proper name ("gregor haldt"): a shorter form of it in
    /// another document ("Haldt") is the same entity when unambiguous.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub name: bool,
}

impl Entity {
    /// An entity with a key and no modifiers.
    pub fn new(text: impl Into<String>, key: impl Into<String>) -> Entity {
        Entity {
            text: text.into().into_boxed_str(),
            key: key.into(),
            modifiers: Vec::new(),
            name: false,
        }
    }

    /// Whether this mention is at least as general as `other`: same key and
    /// no modifier `other` lacks ("a man" covers "an old man"). The
    /// undergoer is not a narrowing but an identity: "the base model has no
    /// card slot" covers "a card slot is included" (which names no owner)
    /// as much as "the base model has a card slot", and not "the Pro has
    /// one".
    ///
    /// A conjunct ([`CONJUNCT`]) narrows a denial only: "there is no man
    /// humming and sewing" covers "a man is sewing" only when that man hums
    /// too, while "a man sewing" of any kind is covered by "no man is
    /// sewing".
    pub fn covers(&self, other: &Entity) -> bool {
        self.key == other.key
            && agree_when_both_said(self.undergoer(), other.undergoer())
            && agree_when_both_said(self.when(), other.when())
            && self.described_by().all(|m| other.modifiers.contains(m))
            && self.conjuncts().all(|m| other.modifiers.contains(m))
    }

    /// Whether the two mentions can refer to the same thing: same key, the
    /// modifiers of one include the other's, and they do not name two
    /// different undergoers (see [`UNDERGOER`]) or two different times
    /// (see [`WHEN`]).
    pub fn compatible(&self, other: &Entity) -> bool {
        if self.key != other.key
            || !agree_when_both_said(self.undergoer(), other.undergoer())
            || !agree_when_both_said(self.when(), other.when())
        {
            return false;
        }
        let subset = |a: &Entity, b: &Entity| a.described_by().all(|m| b.modifiers.contains(m));
        subset(self, other) || subset(other, self)
    }

    /// What an event happened to, when its modifiers say (see
    /// [`UNDERGOER`]).
    pub fn undergoer(&self) -> Option<&str> {
        self.modifiers.iter().find_map(|m| m.strip_prefix(UNDERGOER))
    }

    /// When the subject did what its claim tells, when its modifiers say
    /// (see [`WHEN`]).
    pub fn when(&self) -> Option<&str> {
        self.modifiers.iter().find_map(|m| m.strip_prefix(WHEN))
    }

    /// The modifiers compared by inclusion: all but the undergoer, the
    /// time and the conjuncts.
    pub fn described_by(&self) -> impl Iterator<Item = &String> {
        self.modifiers
            .iter()
            .filter(|m| !m.starts_with(UNDERGOER) && !m.starts_with(WHEN) && !m.starts_with(CONJUNCT))
    }

    /// The other verbs this subject is said to do in the same clause (see
    /// [`CONJUNCT`]).
    pub fn conjuncts(&self) -> impl Iterator<Item = &String> {
        self.modifiers.iter().filter(|m| m.starts_with(CONJUNCT))
    }
}

/// The prefix of a modifier that names another verb the subject does in the
/// same clause: "a man is humming and sewing a hem" makes "man / sew" with
/// `and:hum` (and "man / hum" with `and:sew`). Two things it is for:
/// - a denial of the pair ("there is no man humming and sewing", "the
///   twins are not skating and waving") denies neither verb alone, so its
///   claims carry the conjunct and cover only a subject said to do both
///   ([`Entity::covers`]); when the other verb has an object, a second
///   modifier says what it is done to ("and:sew:entity:hem"), so "no man
///   humming and sewing a hem" does not cover a man humming and sewing a
///   sleeve;
/// - it never tells two subjects apart: "a man is sewing" and "a man is
///   humming and sewing" may be one man, so [`Entity::compatible`] and the
///   engine's blocking leave it out ([`Entity::described_by`]).
///
/// A second subject joined by "and" is carried the same way, as
/// `and:with:S`: "a tug and a barge are leaving" makes "tug / leave" with
/// `and:with:barge`, and "there is no tug and barge leaving" denies the
/// leaving only of a tug with a barge beside it.
pub const CONJUNCT: &str = "and:";

/// The prefix of a modifier that says when a subject did what its claim
/// tells: "the bridge closed on Monday" makes "bridge / close" with
/// `when:Mon`. Like any modifier, one side without it stays compatible
/// with the other; two different moments tell the two claims apart, so
/// "closed on Monday" and "reopened on Thursday" are a sequence, not a
/// conflict.
pub const WHEN: &str = "when:";

/// The prefix of the modifier that names what an event happened to:
/// "event:rob" with "of:bank" is a robbery of a bank. Unlike the other
/// modifiers, which one side may add to the other's ("the strike" and "the
/// Ostrava strike"), two events that name different undergoers are two
/// events: the bank robbed on Friday is not the museum robbed on Thursday.
/// A side that names none stays compatible with either.
pub const UNDERGOER: &str = "of:";

/// Whether two things said of a claim that one side may leave unsaid can
/// be one: equal, or one not given (two undergoers, two stories).
pub fn agree_when_both_said<T: PartialEq>(a: Option<T>, b: Option<T>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    }
}

/// How a number was qualified.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Qualifier {
    /// A plain number.
    Exact,
    /// About, around, roughly, some, nearly.
    About,
    /// At least.
    AtLeast,
    /// More than, over.
    MoreThan,
    /// Up to, at most.
    AtMost,
    /// Fewer than, less than, under.
    LessThan,
}

/// A number with its unit and qualifier.
#[derive(Clone, Debug, PartialEq, PartialOrd, Serialize)]
pub struct Quantity {
    /// The value in the canonical unit of its dimension.
    pub value: f64,
    /// The canonical unit ("" for plain counts).
    pub unit: String,
    /// How the number was qualified.
    pub qualifier: Qualifier,
    /// Upper end when a range was given ("between 10 and 12").
    pub upper: Option<f64>,
}

impl Quantity {
    /// The closed interval of values this quantity allows, as `(low, high)`.
    ///
    /// "About" allows ten percent either way; a plain number is exact up to
    /// rounding of its last digit being asserted, which we do not model: an
    /// exact figure is an exact point.
    pub fn interval(&self) -> (f64, f64) {
        let v = self.value;
        match self.qualifier {
            Qualifier::Exact => (v, self.upper.unwrap_or(v)),
            Qualifier::About => {
                let hi = self.upper.unwrap_or(v);
                let slack = (v.abs().max(hi.abs()) * 0.1).max(1.0);
                (v - slack, hi + slack)
            }
            Qualifier::AtLeast => (v, f64::INFINITY),
            Qualifier::MoreThan => (v + f64::EPSILON.max(v.abs() * 1e-9), f64::INFINITY),
            Qualifier::AtMost => (f64::NEG_INFINITY, v),
            Qualifier::LessThan => (f64::NEG_INFINITY, v - f64::EPSILON.max(v.abs() * 1e-9)),
        }
    }
}

/// A calendar date, as precise as the text made it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Date {
    /// Year, when stated or resolved.
    pub year: Option<i32>,
    /// Month 1-12.
    pub month: Option<u8>,
    /// Day of month.
    pub day: Option<u8>,
    /// Day of the week, 1 (Monday) to 7 (Sunday), when the text names it
    /// ("on Tuesday", "Wednesday's earthquake", "Tuesday, 4 February").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub weekday: Option<u8>,
}

/// English names of the days of the week, Monday first.
pub const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

impl Date {
    /// Two dates clash when some field both give differs. A weekday meets
    /// a full date through the calendar ("Tuesday" and 4 February 2025,
    /// a Tuesday); without a year the weekday of a date is unknown.
    pub fn incompatible(&self, other: &Date) -> bool {
        fn differ<T: PartialEq>(a: Option<T>, b: Option<T>) -> bool {
            matches!((a, b), (Some(x), Some(y)) if x != y)
        }
        differ(self.year, other.year)
            || differ(self.month, other.month)
            || (differ(self.day, other.day) && !differ(self.month, other.month))
            || differ(
                self.weekday.or_else(|| self.calendar_weekday()),
                other.weekday.or_else(|| other.calendar_weekday()),
            )
    }

    /// The weekday of a full date (Sakamoto's method), 1 = Monday.
    pub fn calendar_weekday(&self) -> Option<u8> {
        let (y, m, d) = (self.year?, self.month?, self.day?);
        const T: [i32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
        let y = if m < 3 { y - 1 } else { y };
        let t = T.get(usize::from(m).checked_sub(1)?)?;
        let sunday_first = (y + y / 4 - y / 100 + y / 400 + t + i32::from(d)).rem_euclid(7);
        // 0 = Sunday in Sakamoto's numbering.
        u8::try_from(if sunday_first == 0 { 7 } else { sunday_first }).ok()
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.year, self.month, self.day) {
            (Some(y), Some(m), Some(d)) => write!(f, "{y:04}-{m:02}-{d:02}"),
            (Some(y), Some(m), None) => write!(f, "{y:04}-{m:02}"),
            (Some(y), None, _) => write!(f, "{y:04}"),
            (None, Some(m), Some(d)) => write!(f, "--{m:02}-{d:02}"),
            (None, Some(m), None) => write!(f, "--{m:02}"),
            (None, None, _) if self.weekday.is_none() => write!(f, "?"),
            (None, None, _) => Ok(()),
        }?;
        if let Some(w) = self.weekday.and_then(|w| WEEKDAYS.get(usize::from(w).checked_sub(1)?)) {
            if self.year.is_some() || self.month.is_some() {
                write!(f, " ")?;
            }
            write!(f, "{w}")?;
        }
        Ok(())
    }
}

/// What a claim asserts about its subject.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Value {
    /// A lexicon concept ("combatant", "support-personnel").
    Concept {
        /// Concept id in the lexicon.
        id: String,
        /// The words that matched.
        text: String,
    },
    /// A number with unit and qualifier.
    Quantity {
        /// The parsed quantity, boxed: it is the largest variant's payload
        /// (56 bytes), and every claim holds a `Value`.
        #[serde(flatten)]
        quantity: Box<Quantity>,
        /// The words that matched.
        text: String,
    },
    /// A date.
    Date {
        /// The parsed date.
        date: Date,
        /// The words that matched.
        text: String,
    },
    /// A place.
    Place {
        /// Normalised place key.
        key: String,
        /// The words that matched.
        text: String,
    },
    /// Another entity, or a state ("empty", "closed") after a copula.
    Entity {
        /// Normalised entity key (head, with any names).
        key: String,
        /// The words that matched.
        text: String,
        /// Other normalised words, compared by inclusion (see [`Entity`]);
        /// a boxed slice, as they never grow once read (8 bytes less in
        /// every `Value`).
        #[serde(skip_serializing_if = "<[String]>::is_empty")]
        modifiers: Box<[String]>,
    },
    /// Nothing more specific than the predicate itself ("X was thwarted").
    None,
    /// Free text that matched nothing in the lexicon.
    Text {
        /// The words.
        text: String,
    },
}

impl Value {
    /// The words of the value as written, for explanations.
    pub fn text(&self) -> &str {
        match self {
            Value::Concept { text, .. }
            | Value::Quantity { text, .. }
            | Value::Date { text, .. }
            | Value::Place { text, .. }
            | Value::Entity { text, .. }
            | Value::Text { text } => text,
            Value::None => "",
        }
    }

    /// Whether two values can be the same: equal keys, and for entities, the
    /// modifiers of one include the other's ("a motorbike" and "a red
    /// motorbike" can be the same thing; "a red car" and "a blue car" not).
    pub fn compatible(&self, other: &Value) -> bool {
        match (self, other) {
            (
                Value::Entity {
                    key: a, modifiers: ma, ..
                },
                Value::Entity {
                    key: b, modifiers: mb, ..
                },
            ) => {
                let subset = |x: &[String], y: &[String]| x.iter().all(|m| y.contains(m));
                a == b && (subset(ma, mb) || subset(mb, ma))
            }
            _ => self.key() == other.key(),
        }
    }

    /// Whether this value is at least as general as `other` (see
    /// [`Entity::covers`]); other kinds of value must be equal.
    pub fn covers(&self, other: &Value) -> bool {
        match (self, other) {
            (
                Value::Entity {
                    key: a, modifiers: ma, ..
                },
                Value::Entity {
                    key: b, modifiers: mb, ..
                },
            ) => a == b && ma.iter().all(|m| mb.contains(m)),
            _ => self.key() == other.key(),
        }
    }

    /// A key under which equal values compare equal ("" for [`Value::None`]).
    pub fn key(&self) -> String {
        match self {
            Value::Concept { id, .. } => format!("concept:{id}"),
            Value::Quantity { quantity, .. } => format!("qty:{}{}", quantity.value, quantity.unit),
            Value::Date { date, .. } => format!("date:{date}"),
            Value::Place { key, .. } => format!("place:{key}"),
            Value::Entity { key, .. } => format!("entity:{key}"),
            Value::Text { text } => format!("text:{}", text.to_lowercase()),
            Value::None => String::new(),
        }
    }
}

/// One thing one source puts forward about one subject.
#[derive(Clone, Debug, Serialize)]
pub struct Claim {
    /// Position in the graph's claim order.
    pub id: ClaimId,
    /// The document it was read from.
    pub doc: DocId,
    /// Byte range of the smallest sentence or clause that carries it.
    pub span: Span,
    /// 1-based line of `span.start`.
    pub line: u32,
    /// The slice `span` of the document. A boxed `str` rather than a
    /// `String` (this field and the next never grow): 16 bytes less a
    /// claim, which puts a claim in the allocator's 320-byte class instead
    /// of the 384-byte one.
    pub text: Box<str>,
    /// The `id` of the YAML statement it came from, if any.
    pub statement: Option<Box<str>>,
    /// Who puts it forward.
    pub source: Source,
    /// What it is about.
    pub subject: Entity,
    /// The canonical predicate ("role", "confirm", "killed", "date-of");
    /// boxed, as it never grows.
    pub predicate: Box<str>,
    /// What is asserted of the subject.
    pub object: Value,
    /// Affirmed or negated.
    pub polarity: Polarity,
    /// How firmly.
    pub modality: Modality,
    /// When the claim holds, if the statement says; boxed, as few claims
    /// have one (8 bytes instead of 16 in every claim).
    pub time: Option<Box<Date>>,
}

/// A statement that yielded no claim, and why: nothing is dropped silently.
#[derive(Clone, Debug, Serialize)]
pub struct Skipped {
    /// The document.
    pub doc: DocId,
    /// Byte range of the statement.
    pub span: Span,
    /// 1-based line.
    pub line: u32,
    /// The statement text (shortened for display by the printer); boxed,
    /// as it never grows.
    pub text: Box<str>,
    /// Why no claim came out of it.
    pub reason: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn claims_stay_in_the_allocators_256_byte_class() {
        // A million claims are boxed one by one: 257 bytes would put each
        // in mimalloc's 320-byte class, 64 bytes more a claim.
        // 304 bytes before the Span, Value, Entity, predicate and time
        // fields shrank.
        assert!(std::mem::size_of::<Claim>() <= 256);
        assert!(std::mem::size_of::<Value>() <= 64);
        assert!(std::mem::size_of::<Span>() <= 8);
    }

    #[test]
    fn a_conjunct_narrows_a_denial_but_never_tells_subjects_apart() {
        let with = |mods: &[&str]| Entity {
            modifiers: mods.iter().map(|m| m.to_string()).collect(),
            ..Entity::new("a clerk", "clerk")
        };
        let (plain, whistling, filing) = (with(&[]), with(&["and:whistle"]), with(&["and:file"]));
        // "No clerk is stamping" covers a clerk who also whistles ...
        assert!(plain.covers(&whistling));
        // ... and "no clerk whistling and stamping" covers only such a clerk.
        assert!(whistling.covers(&whistling));
        assert!(!whistling.covers(&plain));
        assert!(!whistling.covers(&filing));
        // Two clerks doing other things as well may still be one clerk.
        assert!(whistling.compatible(&filing));
        assert!(plain.compatible(&whistling));
        assert_eq!(whistling.described_by().count(), 0);
    }

    #[test]
    fn weekdays_meet_dates_through_the_calendar() {
        let full = |y, m, d| Date {
            year: Some(y),
            month: Some(m),
            day: Some(d),
            weekday: None,
        };
        assert_eq!(full(2025, 3, 5).calendar_weekday(), Some(3));
        assert_eq!(full(2024, 2, 29).calendar_weekday(), Some(4));
        assert_eq!(full(2000, 1, 2).calendar_weekday(), Some(7));
        let wednesday = Date {
            weekday: Some(3),
            ..Date::default()
        };
        assert!(!wednesday.incompatible(&full(2025, 3, 5)));
        assert!(wednesday.incompatible(&full(2025, 3, 4)));
        let no_year = Date {
            year: None,
            ..full(2025, 3, 4)
        };
        assert!(!wednesday.incompatible(&no_year));
    }

    #[test]
    fn an_undergoer_must_match_when_both_sides_name_one() {
        let event = |modifiers: &[&str]| Entity {
            text: "rob".into(),
            key: "event:rob".into(),
            modifiers: modifiers.iter().map(|m| m.to_string()).collect(),
            name: false,
        };
        let bank = event(&["of:bank"]);
        let museum = event(&["of:museum"]);
        let unsaid = event(&[]);
        let named = event(&["dunmore"]);
        assert!(bank.compatible(&bank));
        assert!(!bank.compatible(&museum));
        assert!(bank.compatible(&unsaid) && unsaid.compatible(&museum));
        // The names compare by inclusion, apart from the undergoer: one side
        // naming a town and the other the bank may be one robbery.
        assert!(named.compatible(&bank) && bank.compatible(&named));
        assert!(event(&["dunmore", "of:bank"]).compatible(&bank));
        assert!(!event(&["dunmore", "of:bank"]).compatible(&event(&["of:museum", "vantry"])));
        assert!(!event(&["dunmore"]).compatible(&event(&["vantry"])));
    }
}
