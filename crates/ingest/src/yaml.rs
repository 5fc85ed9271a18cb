//! YAML claim files, read with serde-saphyr.
//!
//! serde-saphyr is used for two reasons: it does not panic on malformed input
//! (antinomy runs unattended in CI), and its `Spanned` wrapper gives every
//! scalar its line and byte offset, so a claim read from a YAML file can be
//! reported by position just like a sentence of prose.
//!
//! A claim file is either a list of statements or a mapping with document
//! defaults and a `statements` list:
//!
//! ```yaml
//! source: Ministry of Defence     # default source of every statement
//! date: 2024-04-26                # default date
//! statements:
//!   - id: s1
//!     text: "The convoy carried ammunition."
//!   - id: s2
//!     subject: the convoy
//!     predicate: cargo
//!     object: food aid
//!     polarity: negative
//! ```

use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::lexicon::{Lexicon, TermKind};
use crate::model::{Modality, Polarity, Source, SourceKind, Span, Value};
use crate::text::{self, ProseContext, RawClaim, RawSkip};

/// A YAML error with its position (0 when unknown).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YamlError {
    /// 1-based line, 0 if unknown.
    pub line: u64,
    /// 1-based column, 0 if unknown.
    pub column: u64,
    /// What went wrong, in lower case.
    pub message: String,
}

/// Budgets that keep a hostile YAML file (exploding aliases, deep nesting)
/// from exhausting memory; generous for any real claim file.
///
/// serde-saphyr's defaults already cap alias replay, anchors, nesting depth
/// (64) and expanded scalar text (64 MiB). Its caps on events and nodes
/// (1,000,000 and 250,000) would refuse a large but honest claim file, so
/// they grow with the input: without aliases a node costs at least a byte
/// or two of text, so a cap of one per byte only ever stops expansion.
fn options(input_len: usize) -> serde_saphyr::Options {
    let mut options = serde_saphyr::Options::default();
    let mut budget = serde_saphyr::Budget::default();
    budget.max_events = budget.max_events.max(input_len);
    budget.max_nodes = budget.max_nodes.max(input_len);
    options.budget = Some(budget);
    options.duplicate_keys = serde_saphyr::DuplicateKeyPolicy::Error;
    options
}

/// Deserializes YAML with antinomy's options, keeping the error position.
pub fn from_str<T: DeserializeOwned>(yaml: &str) -> Result<T, YamlError> {
    serde_saphyr::from_str_with_options(yaml, options(yaml.len())).map_err(|e| {
        let (line, column) = e.location().map_or((0, 0), |l| (l.line(), l.column()));
        let message = clean_message(&e.to_string());
        YamlError { line, column, message }
    })
}

/// serde-saphyr's message in antinomy's style: its first line, without the
/// `error: line N column M:` prefix (we print our own position), lower
/// case, no trailing period, and in the terms of a claim file rather than
/// of the library's API.
fn clean_message(s: &str) -> String {
    let mut line = s.lines().next().unwrap_or("").trim();
    loop {
        let before = line;
        if let Some(rest) = line.strip_prefix("error:") {
            line = rest.trim_start();
        }
        if line.starts_with("line ") {
            if let Some(i) = line.find(": ") {
                if line[..i].contains("column") {
                    line = &line[i + 2..];
                }
            }
        }
        if line == before {
            break;
        }
    }
    let line = line.trim_end_matches('.');
    if let Some(key) = line.strip_prefix("duplicate mapping key: ") {
        let key = key.split(", set DuplicateKeyPolicy").next().unwrap_or(key);
        return format!("duplicate key `{key}`");
    }
    if line.starts_with("multiple YAML documents detected") {
        return "more than one YAML document (`---`); a file holds one".into();
    }
    if let Some(what) = line.strip_prefix("budget breached: ") {
        let kind = what.split([' ', '{']).next().unwrap_or(what);
        let why = match kind {
            "Depth" | "Nesting" => "nested too deeply",
            "ScalarBytes" => "more than 64 MiB of text once aliases are expanded",
            "Aliases" | "AliasReplay" | "ReplayedEvents" => "too many alias expansions",
            "Anchors" => "too many anchors",
            "Events" | "Nodes" => "too many YAML nodes once aliases are expanded",
            _ => "too large once aliases are expanded",
        };
        return format!("refused: {why} (YAML budget {kind})");
    }
    if line == "recursion limit exceeded" {
        return "nested too deeply (more than 64 levels)".into();
    }
    let line = match line {
        "expected string scalar" => "expected a string",
        "expected mapping start" => "expected a mapping (`key: value`)",
        "expected sequence start" => "expected a list",
        other => other,
    };
    let mut c = line.chars();
    match c.next() {
        Some(f) if !line.starts_with("YAML") => f.to_lowercase().collect::<String>() + c.as_str(),
        _ => line.to_string(),
    }
}

/// Position of a spanned value in its document.
pub(crate) fn byte_range<T>(s: &Spanned<T>) -> Option<(usize, usize)> {
    let span = s.referenced.span();
    let start = usize::try_from(span.byte_offset()?).ok()?;
    let len = usize::try_from(span.byte_len()?).ok()?;
    Some((start, start + len))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ClaimFile {
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    statements: Vec<StatementDef>,
}

/// One statement of a claim file: free text or structured.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatementDef {
    /// Optional id, used by fixtures and shown in reports.
    #[serde(default)]
    pub id: Option<String>,
    /// Free text, read like prose.
    #[serde(default)]
    pub text: Option<Spanned<String>>,
    /// Structured: what the claim is about.
    #[serde(default)]
    pub subject: Option<Spanned<String>>,
    /// Structured: the predicate or slot ("role", "confirm", "date").
    #[serde(default)]
    pub predicate: Option<Spanned<String>>,
    /// Structured: the value (concept, number with unit, date, place, text).
    #[serde(default)]
    pub object: Option<Spanned<ScalarText>>,
    /// Structured: `positive` (default) or `negative`.
    #[serde(default)]
    pub polarity: Option<Polarity2>,
    /// Structured: `asserted` (default), `reported`, `hedged` or `denied`.
    #[serde(default)]
    pub modality: Option<Modality2>,
    /// Who says it; defaults to the file's `source`, then the file itself.
    #[serde(default)]
    pub source: Option<String>,
    /// When; defaults to the file's `date`.
    #[serde(default)]
    pub date: Option<String>,
}

/// Scalars as text: YAML numbers and dates in `object:` stay as written.
#[derive(Debug)]
pub struct ScalarText(pub String);

impl<'de> Deserialize<'de> for ScalarText {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = ScalarText;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a string or number")
            }
            fn visit_str<E>(self, v: &str) -> Result<ScalarText, E> {
                Ok(ScalarText(v.to_string()))
            }
            fn visit_i64<E>(self, v: i64) -> Result<ScalarText, E> {
                Ok(ScalarText(v.to_string()))
            }
            fn visit_u64<E>(self, v: u64) -> Result<ScalarText, E> {
                Ok(ScalarText(v.to_string()))
            }
            fn visit_f64<E>(self, v: f64) -> Result<ScalarText, E> {
                Ok(ScalarText(v.to_string()))
            }
            fn visit_bool<E>(self, v: bool) -> Result<ScalarText, E> {
                Ok(ScalarText(v.to_string()))
            }
        }
        d.deserialize_any(V)
    }
}

/// Polarity as written in YAML.
#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Polarity2 {
    /// Affirmed.
    Positive,
    /// Negated.
    Negative,
}

/// Modality as written in YAML.
#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Modality2 {
    /// Stated as fact.
    Asserted,
    /// Relayed.
    Reported,
    /// Hedged.
    Hedged,
    /// Denied.
    Denied,
}

/// Claims of one YAML statement, with the statement id attached.
pub struct StatementClaims {
    /// The statement's `id`.
    pub statement: Option<String>,
    /// Its claims.
    pub claims: Vec<RawClaim>,
    /// The sentences of a `text` statement that gave no claim, each with
    /// why (all of them, not only when the whole statement gave none); for
    /// a structured statement, empty.
    pub skips: Vec<RawSkip>,
    /// How many statements this is, for the accounting of
    /// [`crate::DocInfo::statements`]: 1 for a structured statement, the
    /// number of sentences of a `text` (at least 1).
    pub units: usize,
}

/// Reads a claim file. `doc_name` names the author voice.
pub fn read_claim_file(doc_name: &str, yaml: &str, lexicon: &Lexicon) -> Result<Vec<StatementClaims>, YamlError> {
    let file = parse_claim_file(yaml)?;
    let file_source = file.source.clone();
    let mut out = Vec::new();
    let mut names = text::NameRegistry::default();
    for st in file.statements {
        let source = match st.source.as_ref().or(file_source.as_ref()) {
            Some(name) => named_source(name, lexicon),
            None => Source::author(doc_name),
        };
        let _date = st.date.as_ref().or(file.date.as_ref());
        out.push(read_statement(yaml, st, source, lexicon, &mut names)?);
    }
    Ok(out)
}

fn parse_claim_file(yaml: &str) -> Result<ClaimFile, YamlError> {
    let first = yaml
        .lines()
        .map(str::trim_start)
        .find(|l| !l.is_empty() && !l.starts_with('#') && !l.starts_with("---"))
        .unwrap_or("");
    if first.starts_with('-') {
        let statements: Vec<StatementDef> = from_str(yaml)?;
        Ok(ClaimFile {
            source: None,
            date: None,
            statements,
        })
    } else if first.is_empty() {
        Ok(ClaimFile {
            source: None,
            date: None,
            statements: Vec::new(),
        })
    } else {
        from_str(yaml)
    }
}

/// A named or anonymous source from a YAML `source:` value.
pub fn named_source(name: &str, lexicon: &Lexicon) -> Source {
    let lower = name.trim().to_lowercase();
    let head = lower.split_whitespace().last().unwrap_or("");
    let head = head.strip_suffix('s').unwrap_or(head);
    let has_proper = name
        .split_whitespace()
        .any(|w| w.chars().next().is_some_and(char::is_uppercase));
    let kind = if lexicon.is_anonymous_source_noun(head) && !has_proper {
        SourceKind::Anonymous
    } else {
        SourceKind::Named
    };
    Source {
        name: name.trim().into(),
        key: lower.into(),
        kind,
    }
}

fn read_statement(
    yaml: &str,
    st: StatementDef,
    source: Source,
    lexicon: &Lexicon,
    names: &mut text::NameRegistry,
) -> Result<StatementClaims, YamlError> {
    if let Some(text) = &st.text {
        let (start, end) = byte_range(text).unwrap_or((0, 0));
        let slice = yaml.get(start..end).unwrap_or("");
        // When the scalar is written plainly, the claim spans point into the
        // YAML file itself; otherwise (escapes, folding) the whole scalar is
        // the span of every claim in it.
        let inner = slice.trim_matches(|c| c == '"' || c == '\'');
        let inner_start = start + slice.find(inner).unwrap_or(0);
        let exact = inner == text.value;
        let ctx = ProseContext {
            lexicon,
            default_source: source,
        };
        let (mut claims, skips) = if exact {
            text::extract_with(&text.value, inner_start, &ctx, names)
        } else {
            let (mut c, mut s) = text::extract_with(&text.value, 0, &ctx, names);
            for x in &mut c {
                x.span = Span::new(start, end);
            }
            for x in &mut s {
                x.span = Span::new(start, end);
            }
            (c, s)
        };
        if let Some(m) = st.modality {
            for c in &mut claims {
                c.modality = modality(m);
            }
        }
        // Every sentence that gave nothing is recorded, also beside
        // sentences that gave claims (they used to be dropped silently).
        let mut skips = skips;
        if claims.is_empty() && skips.is_empty() {
            skips.push(RawSkip {
                span: Span::new(start, end),
                reason: "empty text".into(),
            });
        }
        let units = crate::sentences::sentences(&text.value).len().max(1);
        return Ok(StatementClaims {
            statement: st.id,
            claims,
            skips,
            units,
        });
    }
    let (Some(subject), Some(predicate)) = (&st.subject, &st.predicate) else {
        let at = st.subject.as_ref().or(st.predicate.as_ref());
        let (line, column) = at.map_or((0, 0), |s| (s.referenced.line(), s.referenced.column()));
        return Err(YamlError {
            line,
            column,
            message: format!(
                "statement {}needs either `text` or both `subject` and `predicate`",
                st.id.as_deref().map(|i| format!("'{i}' ")).unwrap_or_default()
            ),
        });
    };
    let mut ranges: Vec<(usize, usize)> = [byte_range(subject), byte_range(predicate)]
        .into_iter()
        .flatten()
        .collect();
    if let Some(o) = &st.object {
        ranges.extend(byte_range(o));
    }
    let start = ranges.iter().map(|r| r.0).min().unwrap_or(0);
    let end = ranges.iter().map(|r| r.1).max().unwrap_or(0);
    let object = st.object.as_ref().map_or(Value::None, |o| {
        if is_place_predicate(&predicate.value) {
            let t = o.value.0.trim();
            Value::Place {
                key: entity_key(t, lexicon),
                text: t.to_string(),
            }
        } else {
            parse_value(&o.value.0, lexicon)
        }
    });
    let subject_entity = text::entity_from_phrase(&subject.value, lexicon);
    let predicate_id = canonical_predicate(&predicate.value, lexicon);
    let claim = RawClaim {
        span: Span::new(start, end),
        source,
        subject: subject_entity,
        predicate: predicate_id,
        object,
        polarity: match st.polarity {
            Some(Polarity2::Negative) => Polarity::Negative,
            _ => Polarity::Positive,
        },
        modality: st.modality.map_or(Modality::Asserted, modality),
    };
    Ok(StatementClaims {
        statement: st.id,
        claims: vec![claim],
        skips: Vec::new(),
        units: 1,
    })
}

/// Predicates whose object is a place ("place", "location", "held in").
fn is_place_predicate(p: &str) -> bool {
    let lower = p.trim().to_lowercase();
    ["place", "location", "where", "venue"]
        .iter()
        .any(|w| lower == *w || lower.starts_with(&format!("{w} ")))
        || lower.ends_with(" in")
        || lower.ends_with(" at")
}

fn modality(m: Modality2) -> Modality {
    match m {
        Modality2::Asserted => Modality::Asserted,
        Modality2::Reported => Modality::Reported,
        Modality2::Hedged => Modality::Hedged,
        Modality2::Denied => Modality::Denied,
    }
}

/// The key of a structured subject: lowercased words without determiners,
/// aliases resolved.
pub fn entity_key(subject: &str, lexicon: &Lexicon) -> String {
    let lower = subject.trim().to_lowercase();
    let words: Vec<&str> = lower
        .split_whitespace()
        .filter(|w| !matches!(*w, "the" | "a" | "an" | "this" | "that" | "these" | "those"))
        .collect();
    let joined = words.join(" ");
    if let Some(c) = lexicon.canonical_alias(&joined) {
        return c.to_string();
    }
    joined
}

/// The predicate id for a structured statement: a lexicon predicate when one
/// of its terms matches, else the text itself (a slot name like "role").
pub fn canonical_predicate(p: &str, lexicon: &Lexicon) -> String {
    let lower = p.trim().to_lowercase();
    let words: Vec<&str> = text::words(&lower).collect();
    if let Some((n, TermKind::Predicate(id))) = lexicon.match_at(&words, 0) {
        if n == words.len() {
            return id.clone();
        }
    }
    lower
}

/// Parses an object: a date, a number with unit and qualifier, a lexicon
/// concept, or plain text (in that order).
pub fn parse_value(s: &str, lexicon: &Lexicon) -> Value {
    let t = s.trim();
    if let Some(date) = crate::values::parse_date(t) {
        return Value::Date {
            date,
            text: t.to_string(),
        };
    }
    if let Some(q) = crate::values::parse_quantity(t) {
        return Value::Quantity {
            quantity: Box::new(q),
            text: t.to_string(),
        };
    }
    let lower = t.to_lowercase();
    let words: Vec<&str> = text::words(&lower).collect();
    if let Some((n, TermKind::Concept(id))) = lexicon.match_at(&words, 0) {
        if n == words.len() {
            return Value::Concept {
                id: id.clone(),
                text: t.to_string(),
            };
        }
    }
    Value::Text { text: t.to_string() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_node_and_event_budgets_grow_with_the_file() {
        // 23,000 statements of 5 fields are 253,000 nodes, which
        // serde-saphyr's default budget (250,000 nodes) refuses; parsing one
        // takes seconds in a debug build, so the budget itself is checked.
        let default = serde_saphyr::Budget::default();
        let budget = options(10_000_000).budget.expect("a budget");
        assert!(budget.max_nodes >= 10_000_000 && budget.max_events >= 10_000_000);
        assert_eq!(budget.max_depth, default.max_depth);
        assert_eq!(budget.max_aliases, default.max_aliases);
        assert_eq!(budget.max_total_scalar_bytes, default.max_total_scalar_bytes);
        let small = options(100).budget.expect("a budget");
        assert_eq!(small.max_nodes, default.max_nodes);
    }

    #[test]
    fn messages_lose_the_library_prefix_and_advice() {
        let e = from_str::<Vec<std::collections::BTreeMap<String, String>>>("- {a: 1, a: 2}\n").unwrap_err();
        assert_eq!(e.message, "duplicate key `a`");
        assert_eq!((e.line, e.column), (1, 10));
        let e = from_str::<Vec<String>>("- a\n---\n- b\n").unwrap_err();
        assert_eq!(e.message, "more than one YAML document (`---`); a file holds one");
    }
}
