//! Printers for `report` and `claims`: text for people, JSON for programs.
//!
//! Both read the claim graph and the conflicts recorded on it; neither
//! decides anything. The JSON shape is a contract (see docs/formats.md):
//! fields are added, never renamed or removed, and `version` changes only if
//! that promise has to be broken.

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use antinomy_ingest::{Claim, ClaimGraph, ClaimId, Modality, Polarity, SourceKind};
use antinomy_reason::{Analysis, Conflict, Group as ConflictGroup};
use serde::Serialize;

/// The JSON report, version 1, written as it is serialised: claims are
/// turned into JSON one at a time, so a million claims never sit in memory
/// twice.
#[derive(Serialize)]
pub struct JsonReport<'a> {
    /// Contract version.
    pub version: u32,
    /// Every claim.
    pub claims: Lazy<'a, JsonClaim<'a>>,
    /// One conflict per group, as pairs of claim ids (`groups` says which
    /// other pairs each stands for).
    pub conflicts: Vec<JsonConflict<'a>>,
    /// Conflicts that repeat each side (copies of one story): the claims on
    /// each side and the conflict shown for them. Added in version 1.
    pub groups: Vec<JsonGroup<'a>>,
    /// The documents read, in order.
    pub documents: Vec<JsonDocument<'a>>,
    /// Inputs that could not be read.
    pub errors: &'a [String],
    /// Inputs skipped on purpose (binary files).
    pub warnings: &'a [String],
    /// With `--verbose`: every statement that gave no claim, with the
    /// reason. Absent otherwise, so the default report stays as small as the
    /// conflicts it carries.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skipped: Option<Vec<JsonSkipped<'a>>>,
}

/// A statement that gave no claim, as `claims --verbose` and
/// `report --verbose` print it in JSON.
#[derive(Serialize)]
pub struct JsonSkipped<'a> {
    /// Document name as given on the command line.
    pub doc: &'a str,
    /// Byte span in the document.
    pub span: JsonSpan,
    /// 1-based line.
    pub line: u32,
    /// The statement as written.
    pub text: &'a str,
    /// Why it gave no claim.
    pub reason: &'a str,
}

/// Every statement of the run that gave no claim, in reading order.
pub fn json_skipped(graph: &ClaimGraph) -> Vec<JsonSkipped<'_>> {
    graph
        .skipped()
        .iter()
        .map(|s| JsonSkipped {
            doc: graph.document(s.doc).map_or("", |d| d.name.as_str()),
            span: JsonSpan {
                start: s.span.start(),
                end: s.span.end(),
            },
            line: s.line,
            text: &s.text,
            reason: &s.reason,
        })
        .collect()
}

/// A sequence serialised from an iterator made on demand.
pub struct Lazy<'a, T>(Box<dyn Fn() -> Box<dyn Iterator<Item = T> + 'a> + 'a>);

impl<T: Serialize> Serialize for Lazy<'_, T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq((self.0)())
    }
}

/// A conflict group in the JSON report.
#[derive(Serialize)]
pub struct JsonGroup<'a> {
    /// "g1", ...; group `gN` is shown as conflict `kN`.
    pub id: &'a str,
    /// Rule name.
    pub rule: &'a str,
    /// Rule code.
    pub code: &'a str,
    /// The conflict shown for the group ("k1").
    pub conflict: &'a str,
    /// Claim ids on one side.
    pub left: Vec<String>,
    /// Claim ids on the other side.
    pub right: Vec<String>,
    /// How many pairs of claims conflict in the group.
    pub pairs: u64,
}

/// A document in the JSON report.
#[derive(Serialize)]
pub struct JsonDocument<'a> {
    /// As given.
    pub name: &'a str,
    /// Claims read from it.
    pub claims: usize,
    /// Statements in it that gave no claim.
    pub skipped: usize,
    /// Statements in it (sentences of prose; statements of a claim file, a
    /// `text` counting its sentences): those that gave claims plus `skipped`.
    pub statements: usize,
}

/// A claim in the JSON report.
#[derive(Serialize)]
pub struct JsonClaim<'a> {
    /// "c1", "c2", ...: printed as the id's `Display` form, so no string is
    /// made for it.
    #[serde(serialize_with = "as_display")]
    pub id: ClaimId,
    /// Document name as given on the command line.
    pub doc: &'a str,
    /// Byte span in the document.
    pub span: JsonSpan,
    /// 1-based line.
    pub line: u32,
    /// The slice of the document at `span`.
    pub text: &'a str,
    /// Who puts it forward.
    pub source: &'a str,
    /// named, anonymous or author.
    pub source_kind: SourceKind,
    /// What it is about, as written.
    pub subject: &'a str,
    /// The key claims meet under.
    pub subject_key: &'a str,
    /// Predicate id or slot.
    pub predicate: &'a str,
    /// The value as written.
    pub object: &'a str,
    /// The typed value.
    pub value: &'a antinomy_ingest::Value,
    /// positive or negative.
    pub polarity: Polarity,
    /// asserted, reported, hedged or denied.
    pub modality: Modality,
    /// The YAML statement id, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub statement: Option<&'a str>,
}

/// A byte span.
#[derive(Serialize)]
pub struct JsonSpan {
    /// First byte.
    pub start: usize,
    /// One past the last.
    pub end: usize,
}

/// A conflict in the JSON report.
#[derive(Serialize)]
pub struct JsonConflict<'a> {
    /// "k1", ...
    pub id: &'a str,
    /// Rule name.
    pub rule: &'a str,
    /// Rule code.
    pub code: &'a str,
    /// Score in [0, 1].
    pub score: f64,
    /// Claim id of one side.
    pub a: String,
    /// Claim id of the other side.
    pub b: String,
    /// Why they clash.
    pub explanation: &'a str,
    /// The kind of conflict (the rule name).
    pub kind: &'a str,
    /// cross-source, self-contradiction or disputed.
    pub relation: &'a str,
    /// The shared subject as written.
    pub subject: &'a str,
    /// Lexicon facts used.
    pub facts: &'a [String],
    /// Other rules that flagged the same two clauses.
    pub also: &'a [&'static str],
}

/// The contract version the JSON report carries.
pub const JSON_VERSION: u32 = 1;

/// Writes the JSON report (pretty-printed, with a final newline); with
/// `verbose`, the statements that gave no claim too.
pub fn write_json_report(
    out: &mut impl std::io::Write,
    graph: &ClaimGraph,
    analysis: &Analysis,
    errors: &[String],
    warnings: &[String],
    verbose: bool,
) -> std::io::Result<()> {
    write_json_claims(out, graph)?;
    write_json_rest(out, graph, analysis, errors, warnings, verbose)
}

/// The first part of [`write_json_report`]: the version and every claim,
/// which need the graph but not the conflicts, so a caller may write them
/// while the conflicts are still being found. [`write_json_rest`] writes
/// the rest.
///
/// The bytes are those of `serde_json::to_writer_pretty` on the whole
/// report (the test `fast_json_is_serde_json` checks them), but the claims,
/// nearly all of the bytes (620 MB for a million claims), are turned into
/// JSON on every core: each on a worker thread by a pretty printer started
/// at the claim's depth (see `pretty_at`), a window of claims at a time
/// so the memory stays bounded, and the windows are written in claim
/// order, so the output is the same for any number of threads.
pub fn write_json_claims(out: &mut impl std::io::Write, graph: &ClaimGraph) -> std::io::Result<()> {
    use rayon::prelude::*;
    /// Claims printed per task, and per window written out.
    const CHUNK: usize = 256;
    const WINDOW: usize = 64 * CHUNK;
    out.write_all(b"{\n  \"version\": ")?;
    write_value(out, &JSON_VERSION, 1)?;
    out.write_all(b",\n  \"claims\": [")?;
    let mut claims = graph.claims();
    let mut first = true;
    loop {
        // Only the claims are gathered here; their JSON shapes (an id
        // string each) are made on the workers too.
        let window: Vec<&Claim> = claims.by_ref().take(WINDOW).collect();
        if window.is_empty() {
            break;
        }
        let printed: Vec<std::io::Result<Vec<u8>>> = window
            .par_chunks(CHUNK)
            .enumerate()
            .map(|(i, chunk)| {
                let mut buf = Vec::with_capacity(chunk.len() * 640);
                for (j, c) in chunk.iter().enumerate() {
                    let very_first = first && i == 0 && j == 0;
                    buf.extend_from_slice(if very_first { b"\n    " } else { b",\n    " });
                    write_claim(&mut buf, &json_claim(graph, c))?;
                }
                Ok(buf)
            })
            .collect();
        for p in printed {
            out.write_all(&p?)?;
        }
        first = false;
    }
    out.write_all(if first { b"]" } else { b"\n  ]" })
}

/// The rest of [`write_json_report`] after [`write_json_claims`]: the
/// conflicts, groups, documents and input problems, and the final newline.
pub fn write_json_rest(
    out: &mut impl std::io::Write,
    graph: &ClaimGraph,
    analysis: &Analysis,
    errors: &[String],
    warnings: &[String],
    verbose: bool,
) -> std::io::Result<()> {
    let report = json_report(graph, analysis, errors, warnings, verbose);
    out.write_all(b",\n  \"conflicts\": ")?;
    write_value(out, &report.conflicts, 1)?;
    out.write_all(b",\n  \"groups\": ")?;
    write_value(out, &report.groups, 1)?;
    out.write_all(b",\n  \"documents\": ")?;
    write_value(out, &report.documents, 1)?;
    out.write_all(b",\n  \"errors\": ")?;
    write_value(out, &report.errors, 1)?;
    out.write_all(b",\n  \"warnings\": ")?;
    write_value(out, &report.warnings, 1)?;
    if let Some(skipped) = &report.skipped {
        out.write_all(b",\n  \"skipped\": ")?;
        write_value(out, skipped, 1)?;
    }
    out.write_all(b"\n}\n")
}

/// The JSON report of a run, claims made on demand.
pub fn json_report<'a>(
    graph: &'a ClaimGraph,
    analysis: &'a Analysis,
    errors: &'a [String],
    warnings: &'a [String],
    verbose: bool,
) -> JsonReport<'a> {
    let mut claims_per_doc = vec![0usize; graph.documents().len()];
    for c in graph.claims() {
        if let Some(n) = claims_per_doc.get_mut(c.doc.0 as usize) {
            *n += 1;
        }
    }
    let mut skipped_per_doc = vec![0usize; graph.documents().len()];
    for s in graph.skipped() {
        if let Some(n) = skipped_per_doc.get_mut(s.doc.0 as usize) {
            *n += 1;
        }
    }
    let documents = graph
        .documents()
        .iter()
        .enumerate()
        .map(|(i, d)| JsonDocument {
            name: &d.name,
            claims: claims_per_doc[i],
            skipped: skipped_per_doc[i],
            statements: d.statements,
        })
        .collect();
    let ids = |v: &[antinomy_ingest::ClaimId]| v.iter().map(ToString::to_string).collect();
    JsonReport {
        version: JSON_VERSION,
        claims: Lazy(Box::new(move || {
            Box::new(graph.claims().map(move |c| json_claim(graph, c)))
        })),
        conflicts: analysis
            .conflicts
            .iter()
            .map(|c| JsonConflict {
                id: &c.id,
                rule: c.rule,
                code: c.code,
                score: c.score,
                a: c.a.to_string(),
                b: c.b.to_string(),
                explanation: &c.explanation,
                kind: c.rule,
                relation: c.relation.as_str(),
                subject: &c.subject,
                facts: &c.facts,
                also: &c.also,
            })
            .collect(),
        groups: analysis
            .groups
            .iter()
            .map(|g| JsonGroup {
                id: &g.id,
                rule: g.rule,
                code: g.code,
                conflict: &g.conflict,
                left: ids(&g.left),
                right: ids(&g.right),
                pairs: g.pairs,
            })
            .collect(),
        documents,
        errors,
        warnings,
        skipped: verbose.then(|| json_skipped(graph)),
    }
}

/// serde_json's pretty printer as it stands `depth` arrays or objects deep
/// in a document, so a value printed with it alone is byte for byte the
/// value as the printer writes it in place, indentation included.
///
/// The printer keeps its depth private; opening `depth` arrays on a sink
/// is how it gets there (its state is the depth and whether the current
/// container has a value yet, and opening a container sets both as the
/// real document's containers left them before a value's first token).
fn pretty_at(depth: usize) -> serde_json::ser::PrettyFormatter<'static> {
    use serde_json::ser::Formatter;
    let mut pretty = serde_json::ser::PrettyFormatter::new();
    for _ in 0..depth {
        // Writing to a sink cannot fail.
        let _ = pretty.begin_array(&mut std::io::sink());
    }
    pretty
}

/// Writes `value` pretty-printed as it stands `depth` levels deep in the
/// report (see [`pretty_at`]).
fn write_value(out: &mut impl std::io::Write, value: &impl Serialize, depth: usize) -> std::io::Result<()> {
    value
        .serialize(&mut serde_json::Serializer::with_formatter(out, pretty_at(depth)))
        .map_err(std::io::Error::from)
}

/// Writes one claim as `write_value(out, claim, 2)` does (a claim stands
/// two levels deep in the report), byte for byte, but its flat fields by
/// hand.
///
/// The claims are nearly all of a report's bytes (620 MB for a million
/// claims), and serde_json's pretty printer spent about 11,000 instructions
/// on each, for about 640 bytes: a call per field for the key, the
/// separator and the indentation, and its string escaping, which looks at
/// one byte at a time ([`write_json_str`] skips eight clean bytes at a
/// time). The keys, separators and indentation here are the constant bytes
/// that printer writes around each field at this depth; the nested values
/// (a quantity's and a date's numbers, see [`write_json_value`]) still go
/// through serde_json at their depth, so their bytes stay its own; the
/// three kinds are their serde names, which `claim_kinds_are_serde_json`
/// checks. The fields are taken apart without
/// `..`, so a field added to [`JsonClaim`] does not compile until it is
/// written here too, and `fast_json_is_serde_json` compares the whole
/// report with serde_json's.
fn write_claim(out: &mut Vec<u8>, claim: &JsonClaim) -> std::io::Result<()> {
    let JsonClaim {
        id,
        doc,
        span: JsonSpan { start, end },
        line,
        text,
        source,
        source_kind,
        subject,
        subject_key,
        predicate,
        object,
        value,
        polarity,
        modality,
        statement,
    } = claim;
    // The id's `Display` form: "c" and its number counted from one.
    out.extend_from_slice(b"{\n      \"id\": \"c");
    write_json_uint(out, u64::from(id.0) + 1);
    out.push(b'"');
    out.extend_from_slice(b",\n      \"doc\": ");
    write_json_str(out, doc);
    out.extend_from_slice(b",\n      \"span\": {\n        \"start\": ");
    write_json_uint(out, *start as u64);
    out.extend_from_slice(b",\n        \"end\": ");
    write_json_uint(out, *end as u64);
    out.extend_from_slice(b"\n      },\n      \"line\": ");
    write_json_uint(out, u64::from(*line));
    out.extend_from_slice(b",\n      \"text\": ");
    write_json_str(out, text);
    out.extend_from_slice(b",\n      \"source\": ");
    write_json_str(out, source);
    out.extend_from_slice(b",\n      \"source_kind\": ");
    out.extend_from_slice(kind_json(*source_kind));
    out.extend_from_slice(b",\n      \"subject\": ");
    write_json_str(out, subject);
    out.extend_from_slice(b",\n      \"subject_key\": ");
    write_json_str(out, subject_key);
    out.extend_from_slice(b",\n      \"predicate\": ");
    write_json_str(out, predicate);
    out.extend_from_slice(b",\n      \"object\": ");
    write_json_str(out, object);
    out.extend_from_slice(b",\n      \"value\": ");
    write_json_value(out, value)?;
    out.extend_from_slice(b",\n      \"polarity\": ");
    out.extend_from_slice(polarity_json(*polarity));
    out.extend_from_slice(b",\n      \"modality\": ");
    out.extend_from_slice(modality_json(*modality));
    if let Some(statement) = statement {
        out.extend_from_slice(b",\n      \"statement\": ");
        write_json_str(out, statement);
    }
    out.extend_from_slice(b"\n    }");
    Ok(())
}

/// A source kind as serde_json writes it (its kebab-case serde name).
fn kind_json(kind: SourceKind) -> &'static [u8] {
    match kind {
        SourceKind::Named => b"\"named\"",
        SourceKind::Anonymous => b"\"anonymous\"",
        SourceKind::Author => b"\"author\"",
    }
}

/// A polarity as serde_json writes it.
fn polarity_json(polarity: Polarity) -> &'static [u8] {
    match polarity {
        Polarity::Positive => b"\"positive\"",
        Polarity::Negative => b"\"negative\"",
    }
}

/// A modality as serde_json writes it.
fn modality_json(modality: Modality) -> &'static [u8] {
    match modality {
        Modality::Asserted => b"\"asserted\"",
        Modality::Reported => b"\"reported\"",
        Modality::Hedged => b"\"hedged\"",
        Modality::Denied => b"\"denied\"",
    }
}

/// A claim's typed value as `write_value(out, value, 3)` writes it (see
/// [`write_claim`]): its tag and strings by hand, and the variants with
/// numbers (a quantity's figures, a date's fields), where serde_json's
/// float printing and its flattening decide the bytes, through serde_json.
fn write_json_value(out: &mut Vec<u8>, value: &antinomy_ingest::Value) -> std::io::Result<()> {
    use antinomy_ingest::Value;
    match value {
        Value::Concept { id, text } => {
            out.extend_from_slice(b"{\n        \"type\": \"concept\",\n        \"id\": ");
            write_json_str(out, id);
            out.extend_from_slice(b",\n        \"text\": ");
            write_json_str(out, text);
        }
        Value::Quantity { .. } | Value::Date { .. } => return write_value(out, value, 3),
        Value::Place { key, text } => {
            out.extend_from_slice(b"{\n        \"type\": \"place\",\n        \"key\": ");
            write_json_str(out, key);
            out.extend_from_slice(b",\n        \"text\": ");
            write_json_str(out, text);
        }
        Value::Entity { key, text, modifiers } => {
            out.extend_from_slice(b"{\n        \"type\": \"entity\",\n        \"key\": ");
            write_json_str(out, key);
            out.extend_from_slice(b",\n        \"text\": ");
            write_json_str(out, text);
            if !modifiers.is_empty() {
                out.extend_from_slice(b",\n        \"modifiers\": [");
                for (i, m) in modifiers.iter().enumerate() {
                    out.extend_from_slice(if i == 0 { b"\n          " } else { b",\n          " });
                    write_json_str(out, m);
                }
                out.extend_from_slice(b"\n        ]");
            }
        }
        Value::None => out.extend_from_slice(b"{\n        \"type\": \"none\""),
        Value::Text { text } => {
            out.extend_from_slice(b"{\n        \"type\": \"text\",\n        \"text\": ");
            write_json_str(out, text);
        }
    }
    out.extend_from_slice(b"\n      }");
    Ok(())
}

/// Writes `n` in decimal, as serde_json writes an unsigned integer; the
/// formatting machinery of `write!` cost about 400 instructions a number.
fn write_json_uint(out: &mut Vec<u8>, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[at..]);
}

/// Writes `s` as a JSON string exactly as serde_json does: `"` and `\`
/// escaped with a backslash, the control bytes below 0x20 as `\b`, `\t`,
/// `\n`, `\f`, `\r` or `\u00xx` (lower-case hex), everything else (DEL
/// and all non-ASCII included) as it is.
///
/// Claim text is nearly all clean, so the scan tests eight bytes at a time
/// for any byte that needs an escape (the usual SWAR tests for a byte below
/// 0x20 and a byte equal to `"` or `\`, which are exact about whether one
/// is present) and copies clean runs whole; only a chunk that has one is
/// looked at byte by byte.
fn write_json_str(out: &mut Vec<u8>, s: &str) {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const HIGH: u64 = u64::from_ne_bytes([0x80; 8]);
    /// Whether any byte of `word` is below 0x20, `"` or `\`.
    fn any_to_escape(word: u64) -> bool {
        let below_space = word.wrapping_sub(ONES * 0x20);
        let quote = word ^ (ONES * u64::from(b'"'));
        let backslash = word ^ (ONES * u64::from(b'\\'));
        let zero_in = |x: u64| x.wrapping_sub(ONES) & !x;
        (below_space | zero_in(quote) | zero_in(backslash)) & !word & HIGH != 0
    }
    let bytes = s.as_bytes();
    out.reserve(bytes.len() + 2);
    out.push(b'"');
    // `bytes[run..at]` is clean and not yet written.
    let mut run = 0;
    let mut at = 0;
    while at < bytes.len() {
        if let Some(chunk) = bytes.get(at..at + 8).and_then(|c| <[u8; 8]>::try_from(c).ok()) {
            if !any_to_escape(u64::from_ne_bytes(chunk)) {
                at += 8;
                continue;
            }
        }
        let b = bytes[at];
        // The letter of a short escape, or none for `\u00xx`.
        let short = match b {
            b'"' | b'\\' => Some(b),
            0x08 => Some(b'b'),
            b'\t' => Some(b't'),
            b'\n' => Some(b'n'),
            0x0c => Some(b'f'),
            b'\r' => Some(b'r'),
            0..=0x1f => None,
            _ => {
                at += 1;
                continue;
            }
        };
        out.extend_from_slice(&bytes[run..at]);
        match short {
            Some(letter) => out.extend_from_slice(&[b'\\', letter]),
            None => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                let (high, low) = (HEX[usize::from(b >> 4)], HEX[usize::from(b & 0xf)]);
                out.extend_from_slice(&[b'\\', b'u', b'0', b'0', high, low]);
            }
        }
        at += 1;
        run = at;
    }
    out.extend_from_slice(&bytes[run..]);
    out.push(b'"');
}

/// Serialises a value as the string of its `Display` form (as a `String`
/// of it would be, without making one).
fn as_display<S: serde::Serializer>(value: &impl std::fmt::Display, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(value)
}

/// One claim as JSON.
pub fn json_claim<'a>(graph: &'a ClaimGraph, c: &'a Claim) -> JsonClaim<'a> {
    JsonClaim {
        id: c.id,
        doc: graph.document(c.doc).map_or("", |d| d.name.as_str()),
        span: JsonSpan {
            start: c.span.start(),
            end: c.span.end(),
        },
        line: c.line,
        text: &c.text,
        source: &c.source.name,
        source_kind: c.source.kind,
        subject: &c.subject.text,
        subject_key: &c.subject.key,
        predicate: &c.predicate,
        object: c.object.text(),
        value: &c.object,
        polarity: c.polarity,
        modality: c.modality,
        statement: c.statement.as_deref(),
    }
}

fn modality_word(m: Modality) -> &'static str {
    match m {
        Modality::Asserted => "asserts",
        Modality::Reported => "reported",
        Modality::Hedged => "hedged",
        Modality::Denied => "denies",
    }
}

/// The text report: a summary line, then conflicts grouped by subject, each
/// with both sides quoted in context and the explanation. A conflict that
/// stands for a group says how many more claims repeat each side.
pub fn text_report(graph: &ClaimGraph, analysis: &Analysis, styled: bool) -> String {
    let renderer = if styled { Renderer::styled() } else { Renderer::plain() };
    let mut out = String::new();
    let mut current_subject: Option<&str> = None;
    let conflicts = &analysis.conflicts;
    for (i, c) in conflicts.iter().enumerate() {
        let (Some(a), Some(b)) = (graph.claim(c.a), graph.claim(c.b)) else {
            continue;
        };
        if current_subject != Some(c.subject_key.as_str()) {
            current_subject = Some(c.subject_key.as_str());
            out.push_str(&format!("\u{2500}\u{2500} {} \u{2500}\u{2500}\n\n", c.subject));
        }
        let relation = if c.relation.as_str() == c.rule {
            String::new()
        } else {
            format!(" \u{00b7} {}", c.relation.as_str())
        };
        let title = format!("{} {}{relation} \u{00b7} score {:.2}", c.id, c.rule, c.score);
        let group = Level::WARNING
            .primary_title(title)
            .id(c.code)
            .elements(side_snippet(graph, a))
            .elements(side_snippet(graph, b));
        let mut notes = vec![Group::with_title(
            Level::NOTE.secondary_title(format!("why: {}", c.explanation)),
        )];
        if !c.also.is_empty() {
            notes.push(Group::with_title(
                Level::NOTE.secondary_title(format!("also flagged by: {}", c.also.join(", "))),
            ));
        }
        if let Some(g) = analysis.groups.get(i).filter(|g| g.conflict == c.id && g.pairs > 1) {
            for line in more_sides(graph, c, g) {
                notes.push(Group::with_title(Level::NOTE.secondary_title(line)));
            }
        }
        let mut report = vec![group];
        report.extend(notes);
        out.push_str(&renderer.render(&report));
        out.push_str("\n\n");
    }
    out.push_str(&summary(graph, analysis));
    out
}

/// "first side and 3 more: c5 (b.txt:3), c9 (c.txt:3), c12 (d.txt:3)": the
/// other claims of a group, a few by place and then a count.
fn more_sides(graph: &ClaimGraph, c: &Conflict, g: &ConflictGroup) -> Vec<String> {
    const SHOWN: usize = 5;
    let (first, second) = if g.left.contains(&c.a) {
        (&g.left, &g.right)
    } else {
        (&g.right, &g.left)
    };
    let mut lines = Vec::new();
    for (name, side, shown) in [("first", first, c.a), ("second", second, c.b)] {
        let others: Vec<_> = side.iter().filter(|&&id| id != shown).collect();
        if others.is_empty() {
            continue;
        }
        let mut places: Vec<String> = others
            .iter()
            .take(SHOWN)
            .filter_map(|&&id| {
                let claim = graph.claim(id)?;
                let doc = graph.document(claim.doc).map_or("", |d| d.name.as_str());
                Some(format!("{id} ({doc}:{})", claim.line))
            })
            .collect();
        if others.len() > SHOWN {
            places.push(format!("\u{2026} {} others", others.len() - SHOWN));
        }
        lines.push(format!("{name} side and {} more: {}", others.len(), places.join(", ")));
    }
    if g.pairs as usize > 1 {
        lines.push(format!("{} conflicting pairs in all", g.pairs));
    }
    lines
}

/// Lines longer than this are not shown whole: annotate-snippets renders
/// all the source it is given, once per side, so a document on one 100 MB
/// line would make the report quadratic. Such a line is cut to
/// [`CONTEXT_BYTES`] around the claim, and its position is printed apart.
const LONG_LINE_BYTES: usize = 16 * 1024;

/// How much of a long line is shown on each side of a claim.
const CONTEXT_BYTES: usize = 512;

fn side_snippet<'a>(graph: &'a ClaimGraph, claim: &'a Claim) -> Vec<annotate_snippets::Element<'a>> {
    let doc = graph.document(claim.doc).map_or("", |d| d.text.as_str());
    let name = graph.document(claim.doc).map_or("", |d| d.name.as_str());
    // Show the lines the claim sits on, not the whole document.
    let line_start = doc[..claim.span.start()].rfind('\n').map_or(0, |i| i + 1);
    let line_end = doc[claim.span.end()..]
        .find('\n')
        .map_or(doc.len(), |i| claim.span.end() + i);
    // On a very long line, only a window around the claim.
    let long = line_end - line_start > LONG_LINE_BYTES;
    let context = if long { CONTEXT_BYTES } else { LONG_LINE_BYTES };
    let mut from = line_start.max(claim.span.start().saturating_sub(context));
    while !doc.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = line_end.min(claim.span.end().saturating_add(context));
    while !doc.is_char_boundary(to) {
        to += 1;
    }
    let source = &doc[from..to];
    let label = format!(
        "{} ({}{})",
        claim.source.name,
        modality_word(claim.modality),
        if claim.source.kind == SourceKind::Anonymous {
            ", anonymous"
        } else {
            ""
        }
    );
    let snippet = Snippet::source(source)
        .line_start(claim.line as usize)
        .fold(true)
        .annotation(
            AnnotationKind::Primary
                .span(claim.span.start() - from..claim.span.end() - from)
                .label(label),
        );
    if from == line_start {
        return vec![snippet.path(name).into()];
    }
    // The window starts inside the line: name the true column ourselves.
    let column = doc[line_start..claim.span.start()].chars().count() + 1;
    vec![
        annotate_snippets::Origin::path(name)
            .line(claim.line as usize)
            .char_column(column)
            .into(),
        snippet.into(),
    ]
}

/// "3 conflicts in 2 documents (41 claims; 12 statements gave no claim)";
/// when conflicts stand for groups, "3 conflicts (40 pairs) in …".
pub fn summary(graph: &ClaimGraph, analysis: &Analysis) -> String {
    let n = analysis.conflicts.len();
    let pairs: u64 = analysis.groups.iter().map(|g| g.pairs).sum();
    let docs = graph.documents().len();
    format!(
        "{} {}{} in {} {} ({} {}; {} {} gave no claim)\n",
        n,
        plural(n, "conflict", "conflicts"),
        if pairs as usize > n {
            format!(" ({pairs} pairs)")
        } else {
            String::new()
        },
        docs,
        plural(docs, "document", "documents"),
        graph.claim_count(),
        plural(graph.claim_count(), "claim", "claims"),
        graph.skipped().len(),
        plural(graph.skipped().len(), "statement", "statements"),
    )
}

fn plural<'s>(n: usize, one: &'s str, many: &'s str) -> &'s str {
    if n == 1 {
        one
    } else {
        many
    }
}

/// The text listing of `claims`: one block per claim, then the skipped
/// statements when asked.
pub fn claims_text(graph: &ClaimGraph, verbose: bool) -> String {
    let mut out = String::new();
    for c in graph.claims() {
        let doc = graph.document(c.doc).map_or("", |d| d.name.as_str());
        let polarity = if c.polarity == Polarity::Negative { "NOT " } else { "" };
        let object = match c.object.text() {
            "" => String::new(),
            v => format!(" = {v}"),
        };
        out.push_str(&format!(
            "{} {doc}:{} [{}] {}: {} / {polarity}{}{object}\n    \u{201c}{}\u{201d}\n",
            c.id,
            c.line,
            modality_word(c.modality),
            c.source.name,
            c.subject.text,
            c.predicate,
            one_line(&c.text, 160)
        ));
    }
    let skipped = graph.skipped().len();
    if verbose {
        out.push_str(&skipped_text(graph));
    }
    out.push_str(&format!(
        "{} {}, {} {} without a claim{}\n",
        graph.claim_count(),
        plural(graph.claim_count(), "claim", "claims"),
        skipped,
        plural(skipped, "statement", "statements"),
        if verbose || skipped == 0 {
            ""
        } else {
            " (--verbose lists them)"
        }
    ));
    out
}

/// Every statement that gave no claim, two lines each: where and why, then
/// the statement (shortened). `claims --verbose` and `report --verbose`.
pub fn skipped_text(graph: &ClaimGraph) -> String {
    let mut out = String::new();
    for s in graph.skipped() {
        let doc = graph.document(s.doc).map_or("", |d| d.name.as_str());
        out.push_str(&format!(
            "skipped {doc}:{}: {}\n    \u{201c}{}\u{201d}\n",
            s.line,
            s.reason,
            one_line(&s.text, 160)
        ));
    }
    out
}

/// Collapses whitespace and shortens to `max` characters.
pub fn one_line(s: &str, max: usize) -> String {
    let flat: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        flat
    } else {
        let cut: String = flat.chars().take(max.saturating_sub(1)).collect();
        format!("{cut}\u{2026}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use antinomy_ingest::{ingest, Document, Lexicon};

    /// The parallel writer gives serde_json's bytes, on a run with claims,
    /// conflicts, groups, escapes and input problems, and on an empty run.
    #[test]
    fn fast_json_is_serde_json() {
        let lexicon = Lexicon::default_lexicon();
        let mut docs: Vec<Document> = (0..300)
            .map(|i| {
                let n = if i % 2 == 0 { 12 } else { 30 };
                let text = format!(
                    "The depot strike killed {n} people, the governor said.\n\"Quoted\" line \\ with a tab\there — é.\n"
                );
                Document::from_path_name(format!("docs/{i}.txt"), text)
            })
            .collect();
        docs.push(Document::from_path_name("empty.txt", ""));
        // Statement ids, a structured claim and odd bytes in every string
        // field a claim file sets.
        docs.push(Document::from_path_name(
            "claims \"q\".yaml",
            "source: \"the \\\"Ministry\\\" \\\\ \\u0001 \\t\"\nstatements:\n  - id: \"s\\u001f1\"\n    text: \"The depot strike killed 7 people.\"\n  - id: s2\n    subject: \"the \\u007f brigade \\u0008\"\n    predicate: role\n    object: \"logistics \\r specialists \\f é\"\n",
        ));
        let ingested = ingest(docs, &lexicon);
        assert!(ingested.graph.claims().any(|c| c.statement.is_some()));
        let analysis = antinomy_reason::analyse(&ingested.graph, &lexicon, &antinomy_reason::Options::default());
        assert!(!analysis.conflicts.is_empty());
        let errors = ["bad: \"x\"\nnext".to_string()];
        let warnings = ["skipped.bin".to_string()];
        let empty = ingest(Vec::new(), &lexicon);
        let none = antinomy_reason::analyse(&empty.graph, &lexicon, &antinomy_reason::Options::default());
        for (graph, analysis, errors, warnings, verbose) in [
            (&ingested.graph, &analysis, &errors[..], &warnings[..], false),
            (&ingested.graph, &analysis, &errors[..], &warnings[..], true),
            (&empty.graph, &none, &[][..], &[][..], true),
        ] {
            let mut fast = Vec::new();
            write_json_report(&mut fast, graph, analysis, errors, warnings, verbose).unwrap();
            let mut plain =
                serde_json::to_vec_pretty(&json_report(graph, analysis, errors, warnings, verbose)).unwrap();
            plain.push(b'\n');
            assert_eq!(String::from_utf8(fast).unwrap(), String::from_utf8(plain).unwrap());
        }
    }

    /// The kinds a claim carries, written by name in [`write_claim`], and
    /// the integers of [`write_json_uint`] are serde_json's bytes.
    #[test]
    fn claim_kinds_are_serde_json() {
        for k in [SourceKind::Named, SourceKind::Anonymous, SourceKind::Author] {
            assert_eq!(kind_json(k), serde_json::to_vec(&k).unwrap());
        }
        for p in [Polarity::Positive, Polarity::Negative] {
            assert_eq!(polarity_json(p), serde_json::to_vec(&p).unwrap());
        }
        for m in [
            Modality::Asserted,
            Modality::Reported,
            Modality::Hedged,
            Modality::Denied,
        ] {
            assert_eq!(modality_json(m), serde_json::to_vec(&m).unwrap());
        }
        for n in [0, 1, 9, 10, 99, 100, 12_345, u64::from(u32::MAX), u64::MAX] {
            let mut out = Vec::new();
            write_json_uint(&mut out, n);
            assert_eq!(out, serde_json::to_vec(&n).unwrap());
        }
    }

    /// Every shape of typed value is written as serde_json writes it at a
    /// claim's depth.
    #[test]
    fn claim_values_are_serde_json() {
        use antinomy_ingest::model::{Date, Qualifier, Quantity, Value};
        let values = [
            Value::Concept {
                id: "combatant".into(),
                text: "the \"fighters\"".into(),
            },
            Value::Quantity {
                quantity: Box::new(Quantity {
                    value: 12.5,
                    unit: "km".into(),
                    qualifier: Qualifier::About,
                    upper: Some(13.0),
                }),
                text: "about 12.5 to 13 km".into(),
            },
            Value::Date {
                date: Date {
                    year: Some(2024),
                    month: Some(4),
                    day: None,
                    weekday: Some(2),
                },
                text: "Tuesday".into(),
            },
            Value::Place {
                key: "dravik".into(),
                text: "in Dravik\t".into(),
            },
            Value::Entity {
                key: "calm".into(),
                text: "calm".into(),
                modifiers: Box::new([]),
            },
            Value::Entity {
                key: "bank".into(),
                text: "the bank".into(),
                modifiers: vec!["as:trader".to_string(), "of:x\\y".to_string()].into(),
            },
            Value::None,
            Value::Text {
                text: "é \u{1}".into()
            },
        ];
        for v in &values {
            let mut fast = Vec::new();
            write_json_value(&mut fast, v).unwrap();
            let mut plain = Vec::new();
            write_value(&mut plain, v, 3).unwrap();
            assert_eq!(String::from_utf8(fast).unwrap(), String::from_utf8(plain).unwrap());
        }
    }

    /// The hand-written string escaping gives serde_json's bytes for every
    /// character up to U+00FF and a few beyond, alone and at every place of
    /// strings long enough for the eight-byte scan to meet it in any lane,
    /// beside other escapes, and for strings with nothing to escape.
    #[test]
    fn json_strings_are_serde_json() {
        let mut chars: Vec<char> = (0u32..=0xff).filter_map(char::from_u32).collect();
        chars.extend(['\u{2028}', '\u{2014}', '\u{fffd}', '\u{1f600}']);
        let mut strings: Vec<String> = vec![String::new(), "plain words only".into(), "x".repeat(64)];
        for &c in &chars {
            strings.push(c.to_string());
            for len in [7, 8, 9, 16, 17, 23] {
                for at in 0..len {
                    let mut s: String = "abcdefghijklmnopqrstuvw"[..len].to_string();
                    s.insert(at, c);
                    strings.push(s.clone());
                    s.insert(0, '"');
                    s.push('\n');
                    strings.push(s);
                }
            }
        }
        for s in &strings {
            let mut fast = Vec::new();
            write_json_str(&mut fast, s);
            assert_eq!(fast, serde_json::to_vec(s).unwrap(), "{s:?}");
        }
    }
}
