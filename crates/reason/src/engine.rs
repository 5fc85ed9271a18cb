//! Which claims meet, and what the rules make of them.
//!
//! Comparing every claim with every other is quadratic and, worse, invites
//! false alarms between claims that have nothing to do with each other. So
//! the engine *blocks*: claims are grouped by what they are about (their
//! subject key), and rules only ever see pairs inside a block. The one link
//! across blocks that a rule needs — a rebuttal aimed at a source's account
//! ("X's claim was rejected") — gets its own block keyed by that source.
//!
//! After the rules run, the engine keeps one conflict per pair of claims
//! (the highest score; on a tie the first rule in [`crate::rules::RULES`]),
//! then one per pair of *clauses*, so a reviewer never reads the same two
//! quotes twice. Scores are weighed by how firmly each side is put forward,
//! and the output is sorted, so the same inputs always give the same report.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use antinomy_ingest::{Claim, ClaimGraph, ClaimId, ConflictLabel, Lexicon};

use crate::rule::{Finding, Pair};
use crate::rules::RULES;

/// How two conflicting claims relate to their sources.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Relation {
    /// Two different sources disagree.
    CrossSource,
    /// One source contradicts itself.
    SelfContradiction,
    /// One party rejects a position another put forward.
    Disputed,
}

impl Relation {
    /// Kebab-case name, as printed and serialised.
    pub fn as_str(self) -> &'static str {
        match self {
            Relation::CrossSource => "cross-source",
            Relation::SelfContradiction => "self-contradiction",
            Relation::Disputed => "disputed",
        }
    }
}

/// A pair of claims that cannot both be true, with the evidence.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    /// Position in the report ("k1").
    pub id: String,
    /// Rule code ("C002").
    pub code: &'static str,
    /// Rule name ("disjoint-category").
    pub rule: &'static str,
    /// Score in [0, 1]: the rule's confidence weighed by both modalities.
    pub score: f64,
    /// The earlier claim.
    pub a: ClaimId,
    /// The later claim.
    pub b: ClaimId,
    /// One sentence naming the facts used.
    pub explanation: String,
    /// Lexicon facts used.
    pub facts: Vec<String>,
    /// Cross-source, self-contradiction or disputed.
    pub relation: Relation,
    /// The subject as written on the first side, for grouping.
    pub subject: String,
    /// The subject key both sides share.
    pub subject_key: String,
    /// Other rules that flagged the same two clauses.
    pub also: Vec<&'static str>,
}

/// Knobs of a run.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Conflicts scoring below this are dropped.
    pub min_score: f64,
}

/// Runs every rule over every block of the graph.
pub fn find_conflicts(graph: &ClaimGraph, lexicon: &Lexicon, options: &Options) -> Vec<Conflict> {
    let claims: Vec<&Claim> = graph.claims().collect();
    let mut found: BTreeMap<(ClaimId, ClaimId), (usize, Finding)> = BTreeMap::new();
    for block in blocks(&claims) {
        for (i, &x) in block.iter().enumerate() {
            for &y in &block[i + 1..] {
                let (a, b) = if claims[x].id <= claims[y].id {
                    (claims[x], claims[y])
                } else {
                    (claims[y], claims[x])
                };
                if found.contains_key(&(a.id, b.id)) {
                    continue;
                }
                if let Some(best) = best_finding(a, b, lexicon) {
                    found.insert((a.id, b.id), best);
                }
            }
        }
    }
    let mut conflicts: Vec<Conflict> = found
        .into_iter()
        .map(|((a, b), (rule_index, finding))| make_conflict(&claims, a, b, rule_index, finding))
        .filter(|c| c.score >= options.min_score)
        .collect();
    conflicts = merge_same_clauses(&claims, conflicts);
    conflicts.sort_by(|x, y| {
        (&x.subject_key, x.a, x.b, x.code)
            .partial_cmp(&(&y.subject_key, y.a, y.b, y.code))
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    for (i, c) in conflicts.iter_mut().enumerate() {
        c.id = format!("k{}", i + 1);
    }
    conflicts
}

/// Records conflicts as edges of the graph, so the graph stays the single
/// source of truth for every printer.
pub fn record(graph: &mut ClaimGraph, conflicts: &[Conflict]) {
    for c in conflicts {
        graph.add_conflict(
            c.a,
            c.b,
            ConflictLabel {
                id: c.id.clone(),
                code: c.code.to_string(),
                rule: c.rule.to_string(),
                score: c.score,
            },
        );
    }
}

/// Groups of claim indexes that should be compared, each sorted.
fn blocks(claims: &[&Claim]) -> Vec<Vec<usize>> {
    let mut by_key: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut disputed_sources: BTreeSet<&str> = BTreeSet::new();
    for (i, c) in claims.iter().enumerate() {
        by_key.entry(c.subject.key.as_str()).or_default().push(i);
        if let Some(target) = c.subject.key.strip_prefix("account-of:") {
            disputed_sources.insert(target);
        }
    }
    let mut out: Vec<Vec<usize>> = by_key.into_values().filter(|v| v.len() > 1).collect();
    for source in disputed_sources {
        let account = format!("account-of:{source}");
        let block: Vec<usize> = claims
            .iter()
            .enumerate()
            .filter(|(_, c)| c.source.key == source || c.subject.key == account)
            .map(|(i, _)| i)
            .collect();
        if block.len() > 1 {
            out.push(block);
        }
    }
    out.sort();
    out
}

fn best_finding(a: &Claim, b: &Claim, lexicon: &Lexicon) -> Option<(usize, Finding)> {
    let pair = Pair { a, b, lexicon };
    let mut best: Option<(usize, Finding)> = None;
    for (i, rule) in RULES.iter().enumerate() {
        if let Some(f) = rule.check(&pair) {
            if best.as_ref().is_none_or(|(_, b)| f.base_score > b.base_score) {
                best = Some((i, f));
            }
        }
    }
    best
}

fn make_conflict(claims: &[&Claim], a: ClaimId, b: ClaimId, rule_index: usize, finding: Finding) -> Conflict {
    let (ca, cb) = (claims[a.0 as usize], claims[b.0 as usize]);
    let rule = RULES[rule_index];
    let score = (finding.base_score * ca.modality.weight() * cb.modality.weight()).clamp(0.0, 1.0);
    let relation = if rule.name() == "disputed" {
        Relation::Disputed
    } else if ca.source.key == cb.source.key {
        Relation::SelfContradiction
    } else {
        Relation::CrossSource
    };
    Conflict {
        id: String::new(),
        code: rule.code(),
        rule: rule.name(),
        score: (score * 1000.0).round() / 1000.0,
        a,
        b,
        explanation: finding.explanation,
        facts: finding.facts,
        relation,
        subject: ca.subject.text.clone(),
        subject_key: ca.subject.key.clone(),
        also: Vec::new(),
    }
}

/// Keeps one conflict per pair of clauses (document and span on each side):
/// the highest score wins, the others are named in `also`.
fn merge_same_clauses(claims: &[&Claim], conflicts: Vec<Conflict>) -> Vec<Conflict> {
    let mut by_clauses: BTreeMap<_, Conflict> = BTreeMap::new();
    for c in conflicts {
        let (ca, cb) = (claims[c.a.0 as usize], claims[c.b.0 as usize]);
        let mut key = [(ca.doc, ca.span), (cb.doc, cb.span)];
        key.sort();
        match by_clauses.get_mut(&key) {
            None => {
                by_clauses.insert(key, c);
            }
            Some(kept) => {
                let better = c.score > kept.score;
                let (winner, loser) = if better { (c, kept.clone()) } else { (kept.clone(), c) };
                let mut winner = winner;
                for r in std::iter::once(loser.rule).chain(loser.also) {
                    if r != winner.rule && !winner.also.contains(&r) {
                        winner.also.push(r);
                    }
                }
                winner.also.sort_unstable();
                *kept = winner;
            }
        }
    }
    by_clauses.into_values().collect()
}
