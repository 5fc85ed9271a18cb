//! Property tests: ingest never panics, whatever the input, and what it
//! gives keeps the invariants of ARCHITECTURE.md (spans inside their
//! document, on character boundaries, quoting it exactly; every statement
//! either gave claims or is among the skipped).
//!
//! This stands in for fuzzing: cargo-fuzz needs a nightly toolchain, which
//! CI does not have (see ARCHITECTURE.md). 256 cases per property by
//! default; `PROPTEST_CASES=5000 cargo test -p antinomy-ingest --test props`
//! searches harder.

use std::sync::OnceLock;

use antinomy_ingest::{ingest, sentences::sentences, ClaimGraph, Document, Lexicon};
use proptest::prelude::*;

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(Lexicon::default_lexicon)
}

/// Every claim and skipped statement of the graph points at a valid slice
/// of its document and quotes it exactly.
fn assert_spans_valid(graph: &ClaimGraph) -> Result<(), TestCaseError> {
    for c in graph.claims() {
        let doc = &graph.document(c.doc).expect("claim's document").text;
        prop_assert!(
            c.span.start() <= c.span.end() && c.span.end() <= doc.len(),
            "{:?} outside {}",
            c.span,
            doc.len()
        );
        prop_assert!(doc.is_char_boundary(c.span.start()) && doc.is_char_boundary(c.span.end()));
        prop_assert_eq!(&doc[c.span.start()..c.span.end()], &*c.text);
    }
    for s in graph.skipped() {
        let doc = &graph.document(s.doc).expect("skip's document").text;
        prop_assert!(s.span.start() <= s.span.end() && s.span.end() <= doc.len());
        prop_assert!(doc.is_char_boundary(s.span.start()) && doc.is_char_boundary(s.span.end()));
        prop_assert_eq!(&doc[s.span.start()..s.span.end()], &*s.text);
        prop_assert!(!s.reason.is_empty());
    }
    Ok(())
}

/// For a prose document: each sentence gave claims (inside it) or exactly
/// one skip (equal to it), never both, and the count says so.
fn assert_prose_accounting(graph: &ClaimGraph) -> Result<(), TestCaseError> {
    for (i, d) in graph.documents().iter().enumerate() {
        let sents = sentences(&d.text);
        prop_assert_eq!(d.statements, sents.len());
        let skipped: Vec<_> = graph.skipped().iter().filter(|s| s.doc.0 as usize == i).collect();
        let mut claimed = 0;
        for s in &sents {
            let has_claim = graph
                .claims()
                .any(|c| c.doc.0 as usize == i && c.span.start() >= s.start() && c.span.end() <= s.end());
            let skips = skipped.iter().filter(|k| k.span == *s).count();
            prop_assert!(
                usize::from(has_claim) + skips == 1,
                "sentence {:?}: claims {} skips {}",
                s,
                has_claim,
                skips
            );
            claimed += usize::from(has_claim);
        }
        prop_assert_eq!(d.statements, claimed + skipped.len());
    }
    Ok(())
}

fn check_prose(text: String) -> Result<(), TestCaseError> {
    let ingested = ingest(vec![Document::from_path_name("p.txt", text)], lexicon());
    prop_assert!(ingested.errors.is_empty());
    assert_spans_valid(&ingested.graph)?;
    assert_prose_accounting(&ingested.graph)
}

/// Text that looks like news often enough to reach the deep parts of the
/// reader: words from the lexicon, names, figures, dates, quotes,
/// punctuation, line breaks of every kind, and odd characters.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("The convoy".to_string()),
        Just("the ministry said".to_string()),
        Just("was not armed".to_string()),
        Just("According to officials,".to_string()),
        Just("fighters".to_string()),
        Just("medics".to_string()),
        Just("reportedly".to_string()),
        Just("denied that".to_string()),
        Just("praised".to_string()),
        Just("about 12 people".to_string()),
        Just("on 26 April 2024".to_string()),
        Just("in Kursk Oblast".to_string()),
        Just("$27.5 billion".to_string()),
        Just("between 10 and 12".to_string()),
        Just("Mr. Haldt".to_string()),
        Just("\u{201c}".to_string()),
        Just("\u{201d}".to_string()),
        Just("'".to_string()),
        Just("\"".to_string()),
        Just(".".to_string()),
        Just(". ".to_string()),
        Just("?!".to_string()),
        Just(",".to_string()),
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just("\n\n".to_string()),
        Just("# ".to_string()),
        Just("- ".to_string()),
        Just("\t".to_string()),
        Just("\u{feff}".to_string()),
        Just("\u{0301}".to_string()),
        Just("\u{1F600}".to_string()),
        Just("İ".to_string()),
        Just("ß".to_string()),
        "[a-zA-Z]{1,12}",
        any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.join(" "))
}

/// YAML-shaped text: the claim-file vocabulary, flow and block syntax,
/// anchors, aliases, tags and stray characters, in any order.
fn yamlish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("- ".to_string()),
        Just("\n".to_string()),
        Just("\n  ".to_string()),
        Just("{".to_string()),
        Just("}".to_string()),
        Just("[".to_string()),
        Just("]".to_string()),
        Just(", ".to_string()),
        Just(": ".to_string()),
        Just("id".to_string()),
        Just("text".to_string()),
        Just("subject".to_string()),
        Just("predicate".to_string()),
        Just("object".to_string()),
        Just("polarity".to_string()),
        Just("negative".to_string()),
        Just("modality".to_string()),
        Just("hedged".to_string()),
        Just("source".to_string()),
        Just("statements".to_string()),
        Just("the unit".to_string()),
        Just("role".to_string()),
        Just("fighters".to_string()),
        Just("\"The convoy was not armed, the ministry said.\"".to_string()),
        Just("'it''s'".to_string()),
        Just("\"a\\u00e9\\n\"".to_string()),
        Just("&a ".to_string()),
        Just("*a".to_string()),
        Just("!!str ".to_string()),
        Just("<<: ".to_string()),
        Just("|\n  ".to_string()),
        Just(">-\n  ".to_string()),
        Just("---\n".to_string()),
        Just("# c\n".to_string()),
        Just("~".to_string()),
        Just("12".to_string()),
        Just("2024-04-26".to_string()),
        "[a-z ]{1,8}",
        any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

/// A well-formed claim file with arbitrary values: every statement is
/// structured or free text, with strings that need quoting.
fn claim_file() -> impl Strategy<Value = String> {
    let value = prop_oneof![
        any::<String>(),
        newsy(),
        Just(String::new()),
        Just("fighters".to_string()),
        Just("about 100".to_string()),
    ];
    let statement = (
        prop::option::of("[a-z0-9]{1,4}"),
        any::<bool>(),
        value.clone(),
        value.clone(),
        prop::option::of(value),
        prop::option::of(prop_oneof![Just("positive"), Just("negative")]),
        prop::option::of(prop_oneof![
            Just("asserted"),
            Just("reported"),
            Just("hedged"),
            Just("denied")
        ]),
    )
        .prop_map(|(id, is_text, a, b, object, polarity, modality)| {
            // JSON strings are YAML double-quoted scalars.
            let q = |s: &str| serde_json::to_string(s).unwrap_or_default();
            let mut fields = Vec::new();
            if let Some(id) = id {
                fields.push(format!("id: {}", q(&id)));
            }
            if is_text {
                fields.push(format!("text: {}", q(&a)));
            } else {
                fields.push(format!("subject: {}", q(&a)));
                fields.push(format!("predicate: {}", q(&b)));
                if let Some(o) = object {
                    fields.push(format!("object: {}", q(&o)));
                }
                if let Some(p) = polarity {
                    fields.push(format!("polarity: {p}"));
                }
            }
            if let Some(m) = modality {
                fields.push(format!("modality: {m}"));
            }
            format!("- {{{}}}\n", fields.join(", "))
        });
    prop::collection::vec(statement, 0..5).prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn prose_from_arbitrary_bytes_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        check_prose(String::from_utf8_lossy(&bytes).into_owned())?;
    }

    #[test]
    fn prose_from_arbitrary_unicode_never_panics(text in any::<String>()) {
        check_prose(text)?;
    }

    #[test]
    fn newsy_prose_keeps_spans_and_accounting(text in newsy()) {
        check_prose(text)?;
    }

    #[test]
    fn yaml_shaped_text_never_panics(text in yamlish()) {
        let ingested = ingest(vec![Document::from_path_name("c.yaml", text)], lexicon());
        for e in &ingested.errors {
            prop_assert!(!e.message.is_empty());
            prop_assert!(!e.message.ends_with('.'), "{}", e.message);
        }
        assert_spans_valid(&ingested.graph)?;
    }

    #[test]
    fn claim_files_with_arbitrary_values_read_and_keep_spans(text in claim_file()) {
        let ingested = ingest(vec![Document::from_path_name("c.yaml", text.clone())], lexicon());
        // A structured statement with an empty subject or predicate may be
        // refused; the file is still never a panic, and what is read is sound.
        assert_spans_valid(&ingested.graph)?;
        if ingested.errors.is_empty() {
            let d = &ingested.graph.documents()[0];
            prop_assert!(d.statements >= ingested.graph.skipped().len());
            prop_assert!(d.statements >= text.lines().count().min(1));
        }
    }
}
