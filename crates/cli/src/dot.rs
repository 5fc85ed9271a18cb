//! Graphviz DOT export of the claim graph, written by hand.
//!
//! petgraph's `Dot` is documented as debug output: no clusters, no label
//! escaping, and its format may change. A reviewer's rendering is a promise,
//! so we write DOT ourselves: one cluster per source holding its claims, one
//! node per entity and per concept, "about" and "is-a" edges in grey, and
//! conflicts as bold red edges labelled with the rule. Every label goes
//! through [`escape`], so quotes, backslashes and control characters in the
//! text can never break the file.

use std::collections::BTreeMap;
use std::fmt::Write;

use antinomy_ingest::{ClaimGraph, Edge, Node, NodeId, SourceKind};

/// Renders the graph as DOT.
pub fn to_dot(graph: &ClaimGraph) -> String {
    let mut out = String::new();
    out.push_str("digraph antinomy {\n");
    out.push_str("  graph [rankdir=LR, fontname=\"Helvetica\", fontsize=11, label=\"antinomy claim graph\", labelloc=t, compound=true];\n");
    out.push_str("  node [fontname=\"Helvetica\", fontsize=10];\n");
    out.push_str("  edge [fontname=\"Helvetica\", fontsize=9];\n");
    let id = |n: NodeId| {
        format!(
            "n{}",
            format!("{n:?}").trim_start_matches("NodeId(").trim_end_matches(')')
        )
    };
    // Which source asserts each claim.
    let mut claims_of: BTreeMap<NodeId, Vec<NodeId>> = BTreeMap::new();
    for (from, to, e) in graph.edges() {
        if *e == Edge::Asserts {
            claims_of.entry(from).or_default().push(to);
        }
    }
    let nodes: BTreeMap<NodeId, &Node> = graph.nodes().collect();
    for (i, (source, claims)) in claims_of.iter().enumerate() {
        let Some(Node::Source(s)) = nodes.get(source) else {
            continue;
        };
        let _ = writeln!(out, "  subgraph cluster_{i} {{");
        let _ = writeln!(
            out,
            "    label=\"{}\"; style=\"rounded,filled\"; fillcolor=\"#f5f5f5\"; color=\"#999999\";",
            escape(&format!("{} ({})", s.name, kind_word(s.kind)))
        );
        for c in claims {
            if let Some(Node::Claim(claim)) = nodes.get(c) {
                let doc = graph.document(claim.doc).map_or("", |d| d.name.as_str());
                let label = format!("{}  {}:{}\n{}", claim.id, doc, claim.line, wrap(&claim.text, 48, 6));
                let _ = writeln!(
                    out,
                    "    {} [shape=box, style=\"rounded,filled\", fillcolor=white, label=\"{}\"];",
                    id(*c),
                    escape(&label)
                );
            }
        }
        out.push_str("  }\n");
    }
    for (n, node) in &nodes {
        match node {
            Node::Entity(e) => {
                let _ = writeln!(
                    out,
                    "  {} [shape=ellipse, style=filled, fillcolor=\"#dde8f5\", label=\"{}\"];",
                    id(*n),
                    escape(&wrap(&e.text, 32, 3))
                );
            }
            Node::Concept(concept) => {
                let (label, cid) = (&concept.label, &concept.id);
                let shape = if cid.starts_with("predicate:") { "cds" } else { "note" };
                let _ = writeln!(
                    out,
                    "  {} [shape={shape}, style=filled, fillcolor=\"#fff4d6\", label=\"{}\"];",
                    id(*n),
                    escape(label)
                );
            }
            _ => {}
        }
    }
    for (from, to, e) in graph.edges() {
        let (f, t) = (id(from), id(to));
        let _ = match e {
            Edge::Asserts => Ok(()),
            Edge::About => writeln!(out, "  {f} -> {t} [color=\"#8aa6c8\", label=\"about\"];"),
            Edge::HasValue => writeln!(out, "  {f} -> {t} [color=\"#c8b88a\", style=dashed, label=\"value\"];"),
            Edge::IsA => writeln!(out, "  {f} -> {t} [color=\"#aaaaaa\", label=\"is-a\"];"),
            Edge::DisjointWith(why) => writeln!(
                out,
                "  {f} -> {t} [color=\"#cc8800\", style=dotted, dir=both, label=\"{}\"];",
                escape(&format!("disjoint ({why})"))
            ),
            Edge::AntonymOf(why) => writeln!(
                out,
                "  {f} -> {t} [color=\"#cc8800\", style=dotted, dir=both, label=\"{}\"];",
                escape(&format!("antonym ({why})"))
            ),
            Edge::Conflict(c) => writeln!(
                out,
                "  {f} -> {t} [color=red, fontcolor=red, penwidth=2.5, dir=both, constraint=false, label=\"{}\"];",
                escape(&format!("{} {} {} ({:.2})", c.id, c.code, c.rule, c.score))
            ),
        };
    }
    out.push_str("}\n");
    out
}

fn kind_word(kind: SourceKind) -> &'static str {
    match kind {
        SourceKind::Named => "named",
        SourceKind::Anonymous => "anonymous",
        SourceKind::Author => "author",
    }
}

/// Escapes a label for a double-quoted DOT string. Backslashes and quotes are
/// escaped; newlines become DOT's centred line break `\n`; other control
/// characters are dropped.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Wraps text at word boundaries, at most `lines` lines of about `width` characters.
fn wrap(s: &str, width: usize, lines: usize) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in s.split_whitespace() {
        if !line.is_empty() && line.chars().count() + word.chars().count() + 1 > width {
            out.push(std::mem::take(&mut line));
            if out.len() == lines {
                if let Some(last) = out.last_mut() {
                    last.push('\u{2026}');
                }
                return out.join("\n");
            }
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        out.push(line);
    }
    out.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_handles_quotes_backslashes_and_controls() {
        assert_eq!(escape("a \"b\" \\c\nd\u{7}"), "a \\\"b\\\" \\\\c\\nd");
    }

    #[test]
    fn wrap_limits_lines() {
        assert_eq!(wrap("one two three four", 8, 2), "one two\nthree\u{2026}");
    }
}
