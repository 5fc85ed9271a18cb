//! `antinomy pairs`: NLI-style sentence pairs, for benchmarking.
//!
//! Each line `{"id", "a", "b"}` is read as two one-document inputs; the
//! verdict is "conflict" when at least one conflict links a claim of `a` to a
//! claim of `b`. Conflicts inside one side do not count: the question is
//! whether the two texts contradict each other.

use std::collections::BTreeMap;
use std::time::Instant;

use antinomy_ingest::minimal_pairs::variant_claims;
use antinomy_ingest::{ingest_with, DocId, Document, Lexicon, Stories};
use antinomy_reason::{find_conflicts, Conflict, Options};
use serde::Serialize;
use serde_json::Value;

/// A verdict line.
#[derive(Serialize)]
pub struct Verdict {
    /// The input id, as given (string or number).
    pub id: Value,
    /// Whether a and b conflict.
    pub conflict: bool,
    /// The best conflict's score, 0 when none.
    pub score: f64,
    /// The best conflict's rule, if any.
    pub rule: Option<&'static str>,
    /// The best conflict's explanation, if any.
    pub explanation: Option<String>,
}

/// One parsed input line.
pub struct PairLine {
    /// 1-based line number.
    pub line: usize,
    /// Id.
    pub id: Value,
    /// First text.
    pub a: String,
    /// Second text.
    pub b: String,
    /// Gold label, if any.
    pub label: Option<String>,
    /// Category, if any.
    pub category: Option<String>,
}

/// Parses the JSON lines; a bad line is an error naming its line and column
/// (the first bad line, when there are several).
///
/// The lines are parsed on all threads: this runs before any pair is
/// judged, and on one thread it was a tenth of the wall time of 20,000
/// pairs on two cores.
pub fn parse_lines(name: &str, text: &str) -> Result<Vec<PairLine>, String> {
    use rayon::prelude::*;
    let lines: Vec<&str> = text.lines().collect();
    let parsed: Vec<Option<Result<PairLine, String>>> = lines
        .par_iter()
        .enumerate()
        .map(|(i, line)| (!line.trim().is_empty()).then(|| parse_line(name, i + 1, line)))
        .collect();
    parsed.into_iter().flatten().collect()
}

/// One non-blank line, numbered `number` from 1.
fn parse_line(name: &str, number: usize, line: &str) -> Result<PairLine, String> {
    let v: Value = serde_json::from_str(line).map_err(|e| {
        // serde_json counts lines within the one line it was given: drop
        // its position and give ours.
        let message = e.to_string();
        let message = message.split(" at line ").next().unwrap_or(&message);
        let message = message.replace("EOF", "end of line");
        format!("{name}:{number}:{}: {message}", e.column())
    })?;
    let field = |k: &str| v.get(k).and_then(Value::as_str).map(str::to_string);
    let (Some(a), Some(b)) = (field("a"), field("b")) else {
        return Err(format!(
            "{name}:{number}: each line needs string fields \"a\" and \"b\""
        ));
    };
    Ok(PairLine {
        line: number,
        id: v.get("id").cloned().unwrap_or(Value::Null),
        a,
        b,
        label: field("label"),
        category: field("category"),
    })
}

/// The verdict for one pair.
pub fn judge(pair: &PairLine, lexicon: &Lexicon) -> Verdict {
    let docs = vec![
        Document::from_path_name("a.txt", pair.a.clone()),
        Document::from_path_name("b.txt", pair.b.clone()),
    ];
    // The two texts describe one situation, whatever names they share (an
    // archive's documents are kept apart by story; these never are).
    let mut ingested = ingest_with(docs, lexicon, &|_| {}, Stories::One);
    // A sentence they share but for one phrase is also read as a minimal
    // pair (see `minimal_pairs`).
    let variants = {
        let text = |i: u32| ingested.graph.document(DocId(i)).map_or("", |d| d.text.as_str());
        variant_claims((DocId(0), "a.txt", text(0)), (DocId(1), "b.txt", text(1)), lexicon)
    };
    for claim in variants {
        ingested.graph.add_claim(claim, lexicon);
    }
    let conflicts = find_conflicts(&ingested.graph, lexicon, &Options::default());
    let doc_of = |id| ingested.graph.claim(id).map(|c| c.doc);
    let across: Vec<&Conflict> = conflicts
        .iter()
        .filter(|c| {
            doc_of(c.a) != doc_of(c.b) && doc_of(c.a).is_some() && [doc_of(c.a), doc_of(c.b)].contains(&Some(DocId(1)))
        })
        .collect();
    let best = across
        .iter()
        .max_by(|x, y| x.score.partial_cmp(&y.score).unwrap_or(std::cmp::Ordering::Equal));
    Verdict {
        id: pair.id.clone(),
        conflict: best.is_some(),
        score: best.map_or(0.0, |c| c.score),
        rule: best.map(|c| c.rule),
        explanation: best.map(|c| c.explanation.clone()),
    }
}

/// Precision, recall and F1 over the pairs, overall and per category.
pub fn scorecard(pairs: &[PairLine], verdicts: &[Verdict], seconds: f64) -> String {
    #[derive(Default, Clone, Copy)]
    struct Counts {
        n: usize,
        tp: usize,
        fp: usize,
        fn_: usize,
    }
    let mut all = Counts::default();
    let mut per: BTreeMap<String, Counts> = BTreeMap::new();
    for (p, v) in pairs.iter().zip(verdicts) {
        let gold = p.label.as_deref() == Some("contradiction");
        for c in std::iter::once(&mut all).chain(p.category.as_ref().map(|k| per.entry(k.clone()).or_default())) {
            c.n += 1;
            c.tp += usize::from(gold && v.conflict);
            c.fp += usize::from(!gold && v.conflict);
            c.fn_ += usize::from(gold && !v.conflict);
        }
    }
    let row = |name: &str, c: Counts| {
        let p = if c.tp + c.fp > 0 {
            c.tp as f64 / (c.tp + c.fp) as f64
        } else {
            0.0
        };
        let r = if c.tp + c.fn_ > 0 {
            c.tp as f64 / (c.tp + c.fn_) as f64
        } else {
            0.0
        };
        let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
        format!(
            "{name:<24} {:>6} {:>5} {:>5} {:>5} {:>6.3} {:>6.3} {:>6.3}\n",
            c.n, c.tp, c.fp, c.fn_, p, r, f
        )
    };
    let mut out = format!(
        "{:<24} {:>6} {:>5} {:>5} {:>5} {:>6} {:>6} {:>6}\n",
        "set", "pairs", "tp", "fp", "fn", "P", "R", "F1"
    );
    out.push_str(&row("all", all));
    for (k, c) in &per {
        out.push_str(&row(&format!("  {k}"), *c));
    }
    let rate = if seconds > 0.0 {
        pairs.len() as f64 / seconds
    } else {
        0.0
    };
    out.push_str(&format!(
        "{} pairs in {:.2} s ({:.0} pairs/s)\n",
        pairs.len(),
        seconds,
        rate
    ));
    out
}

/// Judges every pair, timing the run. Pairs are independent, so they are
/// judged in parallel (rayon's global pool); the verdicts keep the input
/// order.
pub fn judge_all(pairs: &[PairLine], lexicon: &Lexicon) -> (Vec<Verdict>, f64) {
    use rayon::prelude::*;
    let start = Instant::now();
    let verdicts = pairs.par_iter().map(|p| judge(p, lexicon)).collect();
    (verdicts, start.elapsed().as_secs_f64())
}
