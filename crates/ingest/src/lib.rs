//! antinomy-ingest: statements in, claim graph out.
//!
//! The one design decision everything else follows from: **a claim is data,
//! and the graph of claims is the single source of truth.** Prose and YAML
//! claim files are read into the same [`Claim`] shape (who, how, about what,
//! what, where in which document), and every claim becomes a node of a
//! [`ClaimGraph`] linked to its source, its subject and the lexicon concepts
//! it names. Rules (in `antinomy-reason`) only ever read this graph; printers
//! (in the CLI) only ever read this graph plus the conflicts recorded on it.
//!
//! This crate knows nothing about rules, does no file I/O (callers hand it
//! [`Document`]s) and never prints.
//!
//! Entry point: [`ingest`].

#![warn(missing_docs)]

mod frames;
pub mod graph;
pub mod lexicon;
pub mod model;
pub mod morph;
pub mod sentences;
pub mod text;
mod tokens;
pub mod values;
pub mod wordnet;
pub mod yaml;

/// The embedded WordNet 3.0 table (see `tools/wordnet-gen` and
/// `data/LICENSE-WORDNET`).
pub const WORDNET_TABLE: &str = include_str!("../data/wordnet.tsv");

/// The WordNet reader over the embedded table. Opening it costs nothing
/// (lookups binary-search the table text), so this is a plain function.
pub fn wordnet() -> Option<wordnet::WordNet<'static>> {
    wordnet::WordNet::parse(WORDNET_TABLE).ok()
}

pub use graph::{ClaimGraph, ConflictLabel, DocInfo, Edge, Node, NodeId};
pub use lexicon::{Lexicon, LexiconProblem, Provenance};
pub use model::{
    Claim, ClaimId, Date, DocId, DocKind, Document, Entity, Modality, Polarity, Qualifier, Quantity, Skipped, Source,
    SourceKind, Span, Value,
};

use text::{ProseContext, RawClaim, RawSkip};

/// A problem with one input: it is reported, and the other inputs go on.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{doc}{}: {message}", position(*line, *column))]
pub struct InputError {
    /// The document name as given.
    pub doc: String,
    /// 1-based line, 0 when unknown.
    pub line: u64,
    /// 1-based column, 0 when unknown.
    pub column: u64,
    /// What is wrong, lower case, no trailing period.
    pub message: String,
}

fn position(line: u64, column: u64) -> String {
    match (line, column) {
        (0, _) => String::new(),
        (l, 0) => format!(":{l}"),
        (l, c) => format!(":{l}:{c}"),
    }
}

/// The result of ingesting a set of documents.
#[derive(Debug)]
pub struct Ingested {
    /// Every claim of every document that could be read.
    pub graph: ClaimGraph,
    /// Documents that could not be read, one error each.
    pub errors: Vec<InputError>,
}

/// What one document gave, before it joins the graph.
struct DocOutcome {
    claims: Vec<(Option<String>, RawClaim)>,
    skips: Vec<RawSkip>,
}

/// Reads every document into one claim graph.
///
/// Documents are independent; their claims join the graph in the order the
/// documents were given, so ids are deterministic. A document that fails
/// (a YAML syntax error) is reported in [`Ingested::errors`] and contributes
/// nothing; the others are unaffected.
pub fn ingest(docs: Vec<Document>, lexicon: &Lexicon) -> Ingested {
    let mut graph = ClaimGraph::default();
    let mut errors = Vec::new();
    for doc in docs {
        let outcome = read_document(&doc, lexicon);
        let doc_id = graph.add_document(doc.name.clone(), doc.text);
        let text = &graph.documents()[doc_id.0 as usize].text;
        match outcome {
            Ok(outcome) => {
                let mut claims = Vec::with_capacity(outcome.claims.len());
                for (statement, raw) in outcome.claims {
                    let span = clamp(raw.span, text);
                    claims.push(Claim {
                        id: ClaimId(0),
                        doc: doc_id,
                        span,
                        line: model::line_of(text, span.start),
                        text: text[span.start..span.end].to_string(),
                        statement,
                        source: raw.source,
                        subject: raw.subject,
                        predicate: raw.predicate,
                        object: raw.object,
                        polarity: raw.polarity,
                        modality: raw.modality,
                        time: None,
                    });
                }
                let skips: Vec<Skipped> = outcome
                    .skips
                    .into_iter()
                    .map(|s| {
                        let span = clamp(s.span, text);
                        Skipped {
                            doc: doc_id,
                            span,
                            line: model::line_of(text, span.start),
                            text: text[span.start..span.end].to_string(),
                            reason: s.reason,
                        }
                    })
                    .collect();
                for c in claims {
                    graph.add_claim(c, lexicon);
                }
                for s in skips {
                    graph.add_skipped(s);
                }
            }
            Err(e) => errors.push(e),
        }
    }
    Ingested { graph, errors }
}

/// Keeps a span inside its text and on character boundaries, whatever a
/// reader computed: a span that points outside its document is a bug we
/// refuse to propagate into reports.
fn clamp(span: Span, text: &str) -> Span {
    let mut start = span.start.min(text.len());
    let mut end = span.end.min(text.len()).max(start);
    while start > 0 && !text.is_char_boundary(start) {
        start -= 1;
    }
    while end < text.len() && !text.is_char_boundary(end) {
        end += 1;
    }
    Span::new(start, end)
}

fn read_document(doc: &Document, lexicon: &Lexicon) -> Result<DocOutcome, InputError> {
    match doc.kind {
        DocKind::Prose => {
            let ctx = ProseContext {
                lexicon,
                default_source: Source::author(&doc.name),
            };
            let (claims, skips) = text::extract(&doc.text, 0, &ctx);
            Ok(DocOutcome {
                claims: claims.into_iter().map(|c| (None, c)).collect(),
                skips,
            })
        }
        DocKind::ClaimFile => {
            let statements = yaml::read_claim_file(&doc.name, &doc.text, lexicon).map_err(|e| InputError {
                doc: doc.name.clone(),
                line: e.line,
                column: e.column,
                message: e.message,
            })?;
            let mut out = DocOutcome {
                claims: Vec::new(),
                skips: Vec::new(),
            };
            for st in statements {
                for c in st.claims {
                    out.claims.push((st.statement.clone(), c));
                }
                out.skips.extend(st.skip);
            }
            Ok(out)
        }
    }
}
