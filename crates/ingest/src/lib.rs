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

pub mod coref;
pub mod features;
mod frames;
pub mod graph;
pub mod lexicon;
pub mod minimal_pairs;
pub mod model;
pub mod morph;
pub mod sentences;
pub mod stories;
pub mod text;
mod tokens;
pub mod values;
pub mod wordnet;
pub mod yaml;

/// The embedded WordNet 3.0 table (see `tools/wordnet-gen` and
/// `data/LICENSE-WORDNET`).
pub const WORDNET_TABLE: &str = include_str!("../data/wordnet.tsv");

/// The WordNet reader over the embedded table. Opening it checks the header
/// and searches for the first lemma, which is cheap once but not once per
/// word (it was a quarter of the reading time), so it is opened on first use
/// and copied out after that. The opened table keeps an index of where its
/// records start (about a millisecond to build, 1 MB) and one of where each
/// synset's record starts (about as cheap, 0.5 MB), and remembers its
/// lookups per thread: reading spends most of its time asking WordNet.
pub fn wordnet() -> Option<wordnet::WordNet<'static>> {
    static OPENED: std::sync::OnceLock<Option<wordnet::WordNet<'static>>> = std::sync::OnceLock::new();
    static LINES: std::sync::OnceLock<Vec<u32>> = std::sync::OnceLock::new();
    static SYNSETS: std::sync::OnceLock<Vec<u32>> = std::sync::OnceLock::new();
    *OPENED.get_or_init(|| {
        let table = wordnet::WordNet::parse(WORDNET_TABLE).ok()?;
        let lines = LINES.get_or_init(|| table.line_starts());
        let synsets = SYNSETS.get_or_init(|| table.synset_starts(lines));
        let table = table.indexed(lines).with_synsets(synsets);
        Some(table.remembering())
    })
}

pub use frames::PLACE_NOUNS;

/// Whether `word` (lowercase) is one of the reader's prepositions. The
/// reasoning crate asks it of a comparison's standard: the reader names a
/// setting ("than in 4.1") by its preposition, and the explanation quotes
/// it as written rather than as "the same" thing.
pub fn is_preposition(word: &str) -> bool {
    tokens::PREPOSITIONS.contains(&word)
}
pub use graph::{ClaimGraph, ConceptNode, ConflictLabel, DocInfo, Edge, Node, NodeId};
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
    /// Statements read: sentences of prose, statements (sentences of a
    /// `text`) of a claim file. Each gave claims or one skip.
    statements: usize,
    /// The capitalised words of prose (see [`stories`]).
    story_words: Vec<String>,
}

/// Reads every document into one claim graph.
///
/// Documents are independent, so they are read in parallel (rayon's global
/// pool: `RAYON_NUM_THREADS` sets its size); their claims join the graph in
/// the order the documents were given, so ids and output are the same for
/// any number of threads. A document that fails (a YAML syntax error) is
/// reported in [`Ingested::errors`] and contributes nothing; the others are
/// unaffected.
pub fn ingest(docs: Vec<Document>, lexicon: &Lexicon) -> Ingested {
    ingest_observed(docs, lexicon, &|_| {})
}

/// [`ingest`], calling `progress` with the size in bytes of each document
/// once it is read (from any thread, in no particular order), so a caller
/// can show how far it got.
pub fn ingest_observed(docs: Vec<Document>, lexicon: &Lexicon, progress: &(dyn Fn(u64) + Sync)) -> Ingested {
    ingest_with(docs, lexicon, progress, Stories::Apart)
}

/// Whether documents are told apart by the stories they tell (see
/// [`stories`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stories {
    /// Documents that share no name are two stories: an archive.
    Apart,
    /// Every document tells one story: a sentence pair, or inputs the user
    /// knows are about one thing. The story words are not even looked for.
    One,
}

/// [`ingest_observed`], with the documents' stories told apart or not.
pub fn ingest_with(
    docs: Vec<Document>,
    lexicon: &Lexicon,
    progress: &(dyn Fn(u64) + Sync),
    stories: Stories,
) -> Ingested {
    use rayon::prelude::*;
    let read: Vec<(Document, Result<ReadDocument, InputError>)> = docs
        .into_par_iter()
        .enumerate()
        .map(|(i, doc)| {
            let doc_id = DocId(u32::try_from(i).unwrap_or(u32::MAX));
            let outcome = read_document(&doc, lexicon, stories).map(|o| {
                let mut read = finish_document(doc_id, &doc.text, o);
                if stories == Stories::Apart && doc.kind == DocKind::Prose {
                    crate::stories::add_claim_story_words(&read.claims, &mut read.story_words);
                }
                read
            });
            progress(doc.text.len() as u64);
            (doc, outcome)
        })
        .collect();
    let mut read = read;
    // Names across documents ("Haldt" is "Gregor Haldt"): one pass over
    // every claim of the run, before the claims join the graph. The claims
    // are boxed, so this list and the graph hold pointers, and each claim
    // exists once in memory.
    let mut all: Vec<Box<Claim>> = read
        .iter_mut()
        .filter_map(|(_, o)| o.as_mut().ok())
        .flat_map(|r| std::mem::take(&mut r.claims))
        .collect();
    coref::unify_names(&mut all);
    coref::unify_kinds(&mut all);
    coref::nobody_covers_the_one_person(&mut all);
    coref::no_kind_covers_its_member(&mut all);
    // Which documents tell one story (see `stories`): a read that failed
    // names nothing.
    let words: Vec<Vec<String>> = read
        .iter_mut()
        .map(|(_, o)| {
            o.as_mut()
                .map(|r| std::mem::take(&mut r.story_words))
                .unwrap_or_default()
        })
        .collect();
    let story_of = crate::stories::stories(&words);
    drop(words);
    let mut all = all.into_iter();
    let mut graph = ClaimGraph::default();
    graph.reserve(all.len(), read.len());
    let mut errors = Vec::new();
    for ((doc, outcome), story) in read.into_iter().zip(story_of) {
        let doc_id = graph.add_document(doc.name, doc.text);
        graph.set_story(doc_id, story);
        match outcome {
            Ok(read) => {
                graph.set_statements(doc_id, read.statements);
                for c in all.by_ref().take(read.claim_count) {
                    debug_assert_eq!(c.doc, doc_id);
                    graph.add_boxed_claim(c, lexicon);
                }
                for s in read.skips {
                    graph.add_skipped(s);
                }
            }
            Err(e) => errors.push(e),
        }
    }
    Ingested { graph, errors }
}

/// A document's claims and skipped statements, ready to join the graph.
struct ReadDocument {
    /// Boxed on the reading thread: the graph keeps claims boxed, so
    /// joining it moves a pointer instead of copying the claim.
    #[allow(clippy::vec_box, reason = "the graph stores Box<Claim>; boxing here saves a copy")]
    claims: Vec<Box<Claim>>,
    /// How many claims the document gave (kept while the claims are away
    /// in the cross-document name pass).
    claim_count: usize,
    skips: Vec<Skipped>,
    statements: usize,
    /// The words that tie the document to others of its story (see
    /// [`stories`]); empty for a claim file.
    story_words: Vec<String>,
}

/// Turns what a reader gave into claims: spans clamped, lines numbered,
/// quotes cut out of the text.
fn finish_document(doc_id: DocId, text: &str, outcome: DocOutcome) -> ReadDocument {
    let lines = LineIndex::new(text);
    let mut claims: Vec<Box<Claim>> = outcome
        .claims
        .into_iter()
        .map(|(statement, raw)| {
            let span = clamp(raw.span, text);
            Box::new(Claim {
                id: ClaimId(0),
                doc: doc_id,
                span,
                line: lines.line_of(span.start()),
                text: text[span.start()..span.end()].into(),
                statement: statement.map(String::into_boxed_str),
                source: raw.source,
                subject: raw.subject,
                predicate: raw.predicate.into_boxed_str(),
                object: raw.object,
                polarity: raw.polarity,
                modality: raw.modality,
                time: None,
            })
        })
        .collect();
    // `collect` reuses the reader's buffer of raw claims (about 300 bytes
    // each) for the boxes (8 bytes each), and every document kept that
    // buffer until its claims left for the graph: about 280 MB at a
    // million claims, the largest part of the reading phase's peak.
    claims.shrink_to_fit();
    let skips = outcome
        .skips
        .into_iter()
        .map(|s| {
            let span = clamp(s.span, text);
            Skipped {
                doc: doc_id,
                span,
                line: lines.line_of(span.start()),
                text: text[span.start()..span.end()].into(),
                reason: s.reason,
            }
        })
        .collect();
    let claim_count = claims.len();
    ReadDocument {
        claims,
        claim_count,
        skips,
        statements: outcome.statements,
        story_words: outcome.story_words,
    }
}

/// Where each line of a text starts, so a line number costs a binary search
/// rather than a count of every newline before it (which made long
/// documents quadratic).
struct LineIndex {
    newlines: Vec<usize>,
}

impl LineIndex {
    fn new(text: &str) -> LineIndex {
        let newlines = text
            .bytes()
            .enumerate()
            .filter(|&(_, b)| b == b'\n')
            .map(|(i, _)| i)
            .collect();
        LineIndex { newlines }
    }

    /// 1-based line of a byte offset; the same as [`model::line_of`].
    fn line_of(&self, offset: usize) -> u32 {
        let before = self.newlines.partition_point(|&n| n < offset);
        u32::try_from(before + 1).unwrap_or(u32::MAX)
    }
}

/// Refuses a document whose byte offsets would not fit a [`Span`]'s
/// 32 bits (4 GiB or more; the CLI's `--max-file-size` is 256 MiB unless
/// raised), rather than wrapping them.
fn check_len(name: &str, len: usize) -> Result<(), InputError> {
    if len > model::MAX_DOCUMENT_LEN {
        return Err(InputError {
            doc: name.to_string(),
            line: 0,
            column: 0,
            message: format!("{len} bytes, larger than antinomy reads in one document (4 GiB), skipped"),
        });
    }
    Ok(())
}

/// Keeps a span inside its text and on character boundaries, whatever a
/// reader computed: a span that points outside its document is a bug we
/// refuse to propagate into reports.
fn clamp(span: Span, text: &str) -> Span {
    let mut start = span.start().min(text.len());
    let mut end = span.end().min(text.len()).max(start);
    while start > 0 && !text.is_char_boundary(start) {
        start -= 1;
    }
    while end < text.len() && !text.is_char_boundary(end) {
        end += 1;
    }
    Span::new(start, end)
}

fn read_document(doc: &Document, lexicon: &Lexicon, stories: Stories) -> Result<DocOutcome, InputError> {
    check_len(&doc.name, doc.text.len())?;
    match doc.kind {
        DocKind::Prose => {
            let ctx = ProseContext {
                lexicon,
                default_source: Source::author(&doc.name),
            };
            let sentences = sentences::sentences(&doc.text);
            let mut names = match stories {
                Stories::Apart => text::NameRegistry::noting_story_words(),
                Stories::One => text::NameRegistry::default(),
            };
            let (claims, skips) = text::extract_sentences(&doc.text, &sentences, 0, &ctx, &mut names);
            Ok(DocOutcome {
                claims: claims.into_iter().map(|c| (None, c)).collect(),
                skips,
                statements: sentences.len(),
                story_words: names.take_story_words(),
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
                statements: 0,
                story_words: Vec::new(),
            };
            for st in statements {
                for c in st.claims {
                    out.claims.push((st.statement.clone(), c));
                }
                out.skips.extend(st.skips);
                out.statements += st.units;
            }
            Ok(out)
        }
    }
}

/// Every string of at most `up_to` of `pieces` joined, the empty one
/// first: exhaustive inputs for tests that compare a rewritten function
/// with the one it replaced.
#[cfg(test)]
pub(crate) fn every_joining(pieces: &[&str], up_to: usize) -> Vec<String> {
    let mut all = vec![String::new()];
    let mut last = vec![String::new()];
    for _ in 0..up_to {
        let next: Vec<String> = last
            .iter()
            .flat_map(|t| pieces.iter().map(move |p| format!("{t}{p}")))
            .collect();
        all.extend(next.iter().cloned());
        last = next;
    }
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_past_32_bit_offsets_are_refused() {
        assert!(check_len("big.txt", model::MAX_DOCUMENT_LEN).is_ok());
        let e = check_len("big.txt", model::MAX_DOCUMENT_LEN + 1).unwrap_err();
        assert_eq!(
            e.to_string(),
            "big.txt: 4294967296 bytes, larger than antinomy reads in one document (4 GiB), skipped"
        );
    }

    fn documents() -> Vec<Document> {
        let prose = [
            "The defence ministry said the raid was thwarted.\nAccording to a senior officer, the raid succeeded.\n",
            "Governor Ann Lee said that the troops were fighters.\n\nOne source said the troops were logistics specialists.\n",
            "The convoy reportedly carried ammunition. Officials said the convoy carried humanitarian aid.\n",
            "The strike killed 12 people, the health ministry said.\nWitnesses said the strike killed about 40 people.\n",
        ];
        let mut docs: Vec<Document> = (0..24)
            .map(|i| Document::from_path_name(format!("d{i}.txt"), prose[i % prose.len()].repeat(1 + i % 3)))
            .collect();
        docs.push(Document::from_path_name(
            "c.yaml",
            "- {id: a, subject: the raid, predicate: thwarted}\n",
        ));
        docs.push(Document::from_path_name("bad.yaml", "- {id: [\n"));
        docs
    }

    fn run(threads: usize) -> (String, Vec<InputError>) {
        let lexicon = Lexicon::default_lexicon();
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .expect("pool");
        let ingested = pool.install(|| ingest(documents(), &lexicon));
        let claims: Vec<String> = ingested.graph.claims().map(|c| format!("{c:?}")).collect();
        let skipped: Vec<String> = ingested.graph.skipped().iter().map(|s| format!("{s:?}")).collect();
        (format!("{claims:#?}\n{skipped:#?}"), ingested.errors)
    }

    #[test]
    fn the_same_graph_for_one_or_several_threads() {
        let one = run(1);
        assert!(one.0.contains("raid"), "{}", one.0);
        assert_eq!(one.1.len(), 1);
        assert_eq!(run(2), one);
        assert_eq!(run(3), one);
    }

    #[test]
    fn line_index_agrees_with_counting_newlines() {
        let text = "a\nbb\n\nccc\n";
        let index = LineIndex::new(text);
        for offset in 0..=text.len() + 2 {
            assert_eq!(index.line_of(offset), model::line_of(text, offset), "{offset}");
        }
    }
}
