//! Fixtures: inputs plus the conflicts expected and forbidden, in one file.
//!
//! `antinomy check` and the test suite both call [`verify`], so CI and
//! `cargo test` cannot drift apart. A fixture is strict: every conflict the
//! engine reports must be expected, so a new false alarm fails the build
//! just like a missed conflict does.

use serde::Deserialize;

use antinomy_ingest::yaml::YamlError;
use antinomy_ingest::{Claim, ClaimGraph, ClaimId};

use crate::engine::Conflict;
use crate::rules;

/// A fixture file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fixture {
    /// What the fixture shows, one or two sentences.
    pub description: String,
    /// Inline documents; the name's extension picks the reader.
    #[serde(default)]
    pub documents: Vec<InlineDocument>,
    /// Paths of further inputs, relative to the fixture file.
    #[serde(default)]
    pub files: Vec<String>,
    /// Extra lexicon packs, relative to the fixture file.
    #[serde(default)]
    pub lexicon: Vec<String>,
    /// Conflicts that must be reported.
    #[serde(default)]
    pub expect: Vec<Expected>,
    /// Pairs that must not be reported.
    #[serde(default)]
    pub forbid: Vec<Forbidden>,
}

/// A document written inside the fixture.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InlineDocument {
    /// Name, e.g. `wire.txt` or `claims.yaml`.
    pub name: String,
    /// Full text.
    pub text: String,
}

/// An expected conflict.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expected {
    /// Rule code or name.
    pub rule: String,
    /// One side: a statement id or a quote found in an input.
    pub a: String,
    /// The other side.
    pub b: String,
}

/// A pair that must not be flagged.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Forbidden {
    /// Only this rule is forbidden, if given; any rule otherwise.
    #[serde(default)]
    pub rule: Option<String>,
    /// One side.
    pub a: String,
    /// The other side.
    pub b: String,
    /// Why it must stay clean (for the reader).
    #[serde(default)]
    pub why: Option<String>,
}

/// Parses a fixture.
pub fn parse(yaml: &str) -> Result<Fixture, YamlError> {
    antinomy_ingest::yaml::from_str(yaml)
}

/// A disagreement between the engine and a fixture.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mismatch {
    /// An expected conflict was not reported.
    Missing {
        /// Rule.
        rule: String,
        /// Side a as written.
        a: String,
        /// Side b as written.
        b: String,
    },
    /// A conflict was reported that the fixture does not expect.
    Unexpected {
        /// Rule name.
        rule: String,
        /// Quote of side a.
        a: String,
        /// Quote of side b.
        b: String,
    },
    /// A forbidden pair was reported.
    Forbidden {
        /// Rule name.
        rule: String,
        /// Side a as written.
        a: String,
        /// Side b as written.
        b: String,
    },
    /// A side names neither a statement id nor a quote of any input.
    UnknownSide {
        /// The reference as written.
        side: String,
    },
    /// A rule named in the fixture does not exist.
    UnknownRule {
        /// The name as written.
        rule: String,
    },
}

impl std::fmt::Display for Mismatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Mismatch::Missing { rule, a, b } => write!(f, "missing {rule}: \u{201c}{a}\u{201d} <> \u{201c}{b}\u{201d}"),
            Mismatch::Unexpected { rule, a, b } => {
                write!(f, "unexpected {rule}: \u{201c}{a}\u{201d} <> \u{201c}{b}\u{201d}")
            }
            Mismatch::Forbidden { rule, a, b } => {
                write!(f, "forbidden {rule}: \u{201c}{a}\u{201d} <> \u{201c}{b}\u{201d}")
            }
            Mismatch::UnknownSide { side } => {
                write!(
                    f,
                    "\u{201c}{side}\u{201d} is neither a statement id nor a quote found in the inputs"
                )
            }
            Mismatch::UnknownRule { rule } => write!(f, "unknown rule '{rule}'"),
        }
    }
}

/// Compares what the engine found with what the fixture expects.
pub fn verify(fixture: &Fixture, graph: &ClaimGraph, conflicts: &[Conflict]) -> Vec<Mismatch> {
    let mut out = Vec::new();
    let mut matched = vec![false; conflicts.len()];
    for e in &fixture.expect {
        let Some(rule) = rules::find(&e.rule) else {
            out.push(Mismatch::UnknownRule { rule: e.rule.clone() });
            continue;
        };
        let (Some(sa), Some(sb)) = (side(graph, &e.a, &mut out), side(graph, &e.b, &mut out)) else {
            continue;
        };
        let hits: Vec<usize> = conflicts
            .iter()
            .enumerate()
            .filter(|(_, c)| (c.rule == rule.name() || c.also.contains(&rule.name())) && links(c, &sa, &sb))
            .map(|(i, _)| i)
            .collect();
        if hits.is_empty() {
            out.push(Mismatch::Missing {
                rule: rule.name().to_string(),
                a: e.a.clone(),
                b: e.b.clone(),
            });
        }
        for i in hits {
            matched[i] = true;
        }
    }
    for f in &fixture.forbid {
        let rule = match &f.rule {
            Some(r) => match rules::find(r) {
                Some(rule) => Some(rule.name()),
                None => {
                    out.push(Mismatch::UnknownRule { rule: r.clone() });
                    continue;
                }
            },
            None => None,
        };
        let (Some(sa), Some(sb)) = (side(graph, &f.a, &mut out), side(graph, &f.b, &mut out)) else {
            continue;
        };
        for c in conflicts {
            if rule.is_none_or(|r| r == c.rule) && links(c, &sa, &sb) {
                out.push(Mismatch::Forbidden {
                    rule: c.rule.to_string(),
                    a: f.a.clone(),
                    b: f.b.clone(),
                });
            }
        }
    }
    for (c, m) in conflicts.iter().zip(matched) {
        if !m {
            // Name a side by its statement id when it has one: that is what
            // the fixture author writes in `expect`.
            let quote = |id: ClaimId| {
                graph
                    .statement_of(id)
                    .map(str::to_string)
                    .or_else(|| graph.claim(id).map(|c: &Claim| c.text.to_string()))
                    .unwrap_or_default()
            };
            out.push(Mismatch::Unexpected {
                rule: c.rule.to_string(),
                a: quote(c.a),
                b: quote(c.b),
            });
        }
    }
    out
}

fn links(c: &Conflict, sa: &[ClaimId], sb: &[ClaimId]) -> bool {
    (sa.contains(&c.a) && sb.contains(&c.b)) || (sa.contains(&c.b) && sb.contains(&c.a))
}

/// The claims a side refers to: those of a statement with that id, else
/// those whose span overlaps an occurrence of the quote in their document.
fn side(graph: &ClaimGraph, reference: &str, problems: &mut Vec<Mismatch>) -> Option<Vec<ClaimId>> {
    let by_id: Vec<ClaimId> = graph
        .claims()
        .filter(|c| graph.statement_of(c.id) == Some(reference))
        .map(|c| c.id)
        .collect();
    if !by_id.is_empty() {
        return Some(by_id);
    }
    let mut found_quote = false;
    let mut ids = Vec::new();
    for (d, doc) in graph.documents().iter().enumerate() {
        for (start, _) in doc.text.match_indices(reference) {
            found_quote = true;
            let span = antinomy_ingest::Span::new(start, start + reference.len());
            ids.extend(
                graph
                    .claims()
                    .filter(|c| c.doc.0 as usize == d && c.span.overlaps(&span))
                    .map(|c| c.id),
            );
        }
    }
    if !found_quote {
        let p = Mismatch::UnknownSide {
            side: reference.to_string(),
        };
        if !problems.contains(&p) {
            problems.push(p);
        }
        return None;
    }
    Some(ids)
}
