//! The claim graph: the single source of truth of a run.
//!
//! Sources, claims, entities and concepts are nodes; who asserts what, what a
//! claim is about, which concept it names, the lexicon's is-a, disjoint-with
//! and antonym-of facts, and finally the conflicts found, are edges. The
//! report, the JSON output and the Graphviz export are all read from this one
//! structure, so they cannot disagree.
//!
//! petgraph stays behind this API: callers see [`ClaimId`] and [`NodeId`],
//! never a `NodeIndex`, so the storage can change without touching `reason`
//! or the CLI.

use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::EdgeRef;
use rustc_hash::FxHashMap;
use std::collections::BTreeMap;

use crate::lexicon::Lexicon;
use crate::model::{Claim, ClaimId, DocId, Entity, Skipped, Source, Value};

/// Opaque id of a graph node, stable for one graph.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NodeId(u32);

/// What a node is.
///
/// Every variant holds one box, so a node with petgraph's edge links is 24
/// bytes; with a `Source` (56 bytes) or an `Entity` (80) inline it was 88,
/// for the million claim nodes of a large run as much as for the few
/// sources, entities and concepts.
#[derive(Clone, Debug)]
pub enum Node {
    /// Someone who puts claims forward.
    Source(Box<Source>),
    /// A claim.
    Claim(Box<Claim>),
    /// Something claims are about.
    Entity(Box<Entity>),
    /// A lexicon concept or predicate.
    Concept(Box<ConceptNode>),
}

/// A lexicon concept or predicate node (`id` of the concept, or
/// `predicate:ID`).
#[derive(Clone, Debug)]
pub struct ConceptNode {
    /// Concept id, or `predicate:` and a predicate id.
    pub id: String,
    /// Human label.
    pub label: String,
}

/// What an edge means.
///
/// The lexicon facts are boxed `String`s (a thin pointer) so that an edge
/// is 16 bytes and petgraph's edge 32 instead of 48: a large run has two
/// or three edges a claim, and only a handful of these facts.
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::box_collection, reason = "a thin box keeps every edge at 16 bytes")]
pub enum Edge {
    /// Source -> claim.
    Asserts,
    /// Claim -> entity.
    About,
    /// Claim -> concept.
    HasValue,
    /// Concept -> broader concept.
    IsA,
    /// Concept -> concept, with the lexicon group that says so.
    DisjointWith(Box<String>),
    /// Predicate -> predicate, with the lexicon group that says so.
    AntonymOf(Box<String>),
    /// Claim -> claim: a conflict found by a rule.
    Conflict(Box<ConflictLabel>),
}

/// What a conflict edge carries: enough to draw and to look it up.
#[derive(Clone, Debug, PartialEq)]
pub struct ConflictLabel {
    /// Conflict id in the report ("k1").
    pub id: String,
    /// Rule code ("C002").
    pub code: String,
    /// Rule name ("disjoint-category").
    pub rule: String,
    /// Score in [0, 1].
    pub score: f64,
}

/// Name and size of an ingested document.
#[derive(Clone, Debug)]
pub struct DocInfo {
    /// As the user gave it.
    pub name: String,
    /// The text, kept so reports can quote and spans can be checked.
    pub text: String,
    /// Statements read from it (sentences of prose, statements of a claim
    /// file, a `text` counting its sentences): each gave claims or is
    /// among the skipped, so nothing is lost unseen.
    pub statements: usize,
    /// The story the document tells (see [`crate::stories`]): documents of
    /// one story share a number; `None` for a document that names nothing,
    /// or a claim file, which meets every story.
    pub story: Option<u32>,
}

/// The claim graph.
#[derive(Debug, Default)]
pub struct ClaimGraph {
    graph: DiGraph<Node, Edge>,
    docs: Vec<DocInfo>,
    claims: Vec<NodeIndex>,
    /// Source key -> its node. Only looked up, never iterated (node order
    /// is the order of first use), so a hash map: a sorted map compared
    /// about forty strings per claim at a million claims.
    sources: FxHashMap<std::sync::Arc<str>, NodeIndex>,
    /// Entity key -> its node; a hash map for the same reason.
    entities: FxHashMap<String, NodeIndex>,
    concepts: BTreeMap<String, NodeIndex>,
    /// Predicate id -> its node (named `predicate:ID`).
    predicates: BTreeMap<String, NodeIndex>,
    /// A claim's predicate as written -> the node of the lexicon predicate
    /// it names, if any (see [`ClaimGraph::lexicon_predicate_node`]), for
    /// the lexicon at `predicate_lexicon` (its address).
    predicate_nodes: FxHashMap<Box<str>, Option<NodeIndex>>,
    predicate_lexicon: usize,
    skipped: Vec<Skipped>,
}

impl ClaimGraph {
    /// Makes room for about `claims` claims and `docs` documents at once,
    /// so the node, edge and claim vectors are not copied each time they
    /// outgrow themselves while a large run joins the graph. A guess that
    /// is too large costs address space only: pages never written are
    /// never given memory.
    pub fn reserve(&mut self, claims: usize, docs: usize) {
        self.graph.reserve_nodes(claims + claims / 2);
        self.graph.reserve_edges(claims * 3);
        self.claims.reserve(claims);
        self.docs.reserve(docs);
    }

    /// Registers a document and returns its id.
    pub fn add_document(&mut self, name: String, text: String) -> DocId {
        let id = DocId(u32::try_from(self.docs.len()).unwrap_or(u32::MAX));
        self.docs.push(DocInfo {
            name,
            text,
            statements: 0,
            story: None,
        });
        id
    }

    /// Sets the story a document tells.
    pub fn set_story(&mut self, id: DocId, story: Option<u32>) {
        if let Some(d) = self.docs.get_mut(id.0 as usize) {
            d.story = story;
        }
    }

    /// The story of a document (see [`DocInfo::story`]).
    pub fn story(&self, id: DocId) -> Option<u32> {
        self.docs.get(id.0 as usize).and_then(|d| d.story)
    }

    /// Records how many statements a document had.
    pub fn set_statements(&mut self, id: DocId, statements: usize) {
        if let Some(d) = self.docs.get_mut(id.0 as usize) {
            d.statements = statements;
        }
    }

    /// The documents, in id order.
    pub fn documents(&self) -> &[DocInfo] {
        &self.docs
    }

    /// A document by id.
    pub fn document(&self, id: DocId) -> Option<&DocInfo> {
        self.docs.get(id.0 as usize)
    }

    /// Adds a claim with its source, subject and value nodes. The claim's id
    /// is overwritten with its position, which keeps ids dense and ordered.
    pub fn add_claim(&mut self, claim: Claim, lexicon: &Lexicon) -> ClaimId {
        self.add_boxed_claim(Box::new(claim), lexicon)
    }

    /// [`ClaimGraph::add_claim`] for a claim already on the heap, which
    /// the graph keeps as it is: ingest boxes claims on the reading threads,
    /// so joining the graph moves a pointer, not the claim.
    pub fn add_boxed_claim(&mut self, mut claim: Box<Claim>, lexicon: &Lexicon) -> ClaimId {
        let id = ClaimId(u32::try_from(self.claims.len()).unwrap_or(u32::MAX));
        claim.id = id;
        let source = self.source_node(&claim.source);
        let entity = self.entity_node(&claim.subject);
        let value = match &claim.object {
            Value::Concept { id, .. } => Some(self.concept_node(id, lexicon)),
            _ => None,
        };
        let predicate = self.lexicon_predicate_node(&claim.predicate, lexicon);
        let node = self.graph.add_node(Node::Claim(claim));
        self.graph.add_edge(source, node, Edge::Asserts);
        self.graph.add_edge(node, entity, Edge::About);
        if let Some(v) = value {
            self.graph.add_edge(node, v, Edge::HasValue);
        }
        if let Some(p) = predicate {
            self.graph.add_edge(node, p, Edge::HasValue);
        }
        self.claims.push(node);
        id
    }

    /// Records a statement that gave no claim.
    pub fn add_skipped(&mut self, skipped: Skipped) {
        self.skipped.push(skipped);
    }

    /// Statements that gave no claim, in document order.
    pub fn skipped(&self) -> &[Skipped] {
        &self.skipped
    }

    /// Number of claims.
    pub fn claim_count(&self) -> usize {
        self.claims.len()
    }

    /// A claim by id.
    pub fn claim(&self, id: ClaimId) -> Option<&Claim> {
        let node = *self.claims.get(id.0 as usize)?;
        match &self.graph[node] {
            Node::Claim(c) => Some(c),
            _ => None,
        }
    }

    /// All claims in id order.
    pub fn claims(&self) -> impl Iterator<Item = &Claim> + '_ {
        self.claims.iter().filter_map(|&n| match &self.graph[n] {
            Node::Claim(c) => Some(&**c),
            _ => None,
        })
    }

    /// Adds a conflict edge between two claims.
    pub fn add_conflict(&mut self, a: ClaimId, b: ClaimId, label: ConflictLabel) {
        if let (Some(&na), Some(&nb)) = (self.claims.get(a.0 as usize), self.claims.get(b.0 as usize)) {
            self.graph.add_edge(na, nb, Edge::Conflict(Box::new(label)));
        }
    }

    /// Every node with its id, in insertion order.
    pub fn nodes(&self) -> impl Iterator<Item = (NodeId, &Node)> + '_ {
        self.graph
            .node_indices()
            .map(|i| (NodeId(u32::try_from(i.index()).unwrap_or(u32::MAX)), &self.graph[i]))
    }

    /// Every edge as (from, to, kind), in insertion order.
    pub fn edges(&self) -> impl Iterator<Item = (NodeId, NodeId, &Edge)> + '_ {
        self.graph.edge_references().map(|e| {
            let id = |i: NodeIndex| NodeId(u32::try_from(i.index()).unwrap_or(u32::MAX));
            (id(e.source()), id(e.target()), e.weight())
        })
    }

    /// The node of a claim.
    pub fn claim_node(&self, id: ClaimId) -> Option<NodeId> {
        self.claims
            .get(id.0 as usize)
            .map(|i| NodeId(u32::try_from(i.index()).unwrap_or(u32::MAX)))
    }

    /// The number of nodes, for sizing.
    pub fn node_count(&self) -> usize {
        self.graph.node_count()
    }

    fn source_node(&mut self, s: &Source) -> NodeIndex {
        if let Some(&n) = self.sources.get(&s.key) {
            return n;
        }
        let n = self.graph.add_node(Node::Source(Box::new(s.clone())));
        self.sources.insert(s.key.clone(), n);
        n
    }

    fn entity_node(&mut self, e: &Entity) -> NodeIndex {
        if let Some(&n) = self.entities.get(&e.key) {
            return n;
        }
        let n = self.graph.add_node(Node::Entity(Box::new(e.clone())));
        self.entities.insert(e.key.clone(), n);
        n
    }

    /// The concept's node, adding it, its ancestors (with is-a edges) and
    /// disjoint-with edges to concepts already present.
    fn concept_node(&mut self, id: &str, lexicon: &Lexicon) -> NodeIndex {
        if let Some(&n) = self.concepts.get(id) {
            return n;
        }
        let label = lexicon.concept(id).map_or_else(|| id.to_string(), |c| c.label.clone());
        let n = self.graph.add_node(Node::Concept(Box::new(ConceptNode {
            id: id.to_string(),
            label,
        })));
        self.concepts.insert(id.to_string(), n);
        let parents = lexicon.concept(id).map(|c| c.parents.clone()).unwrap_or_default();
        for p in parents {
            if lexicon.concept(&p).is_some() {
                let pn = self.concept_node(&p, lexicon);
                self.graph.add_edge(n, pn, Edge::IsA);
            }
        }
        let others: Vec<(String, NodeIndex)> = self
            .concepts
            .iter()
            .filter(|(k, _)| k.as_str() != id)
            .map(|(k, v)| (k.clone(), *v))
            .collect();
        for (other, on) in others {
            if let Some(fact) = lexicon.disjoint_fact(id, &other) {
                if fact.a == id && fact.b == other {
                    self.graph
                        .add_edge(n, on, Edge::DisjointWith(Box::new(fact.provenance.to_string())));
                }
            }
        }
        n
    }

    /// The node of the lexicon predicate that a claim's `predicate` names,
    /// if it names one, remembered per predicate string.
    ///
    /// Every claim joining the graph asks, on the one thread that joins
    /// them: the lexicon's predicates and the graph's predicate nodes are
    /// sorted maps, about ten string compares a claim between them, and a
    /// run says the same few thousand predicates over and over. The answer
    /// depends on the lexicon only (the node is made the first time, as
    /// before), so the memo starts over when the graph is joined with
    /// another lexicon than the last (a run joins with its own throughout).
    fn lexicon_predicate_node(&mut self, predicate: &str, lexicon: &Lexicon) -> Option<NodeIndex> {
        let lexicon_at = std::ptr::from_ref(lexicon) as usize;
        if self.predicate_lexicon != lexicon_at {
            self.predicate_nodes.clear();
            self.predicate_lexicon = lexicon_at;
        }
        if let Some(&node) = self.predicate_nodes.get(predicate) {
            return node;
        }
        let node = lexicon
            .predicate(predicate)
            .map(|p| self.predicate_node(&p.id, lexicon));
        self.predicate_nodes.insert(predicate.into(), node);
        node
    }

    fn predicate_node(&mut self, id: &str, lexicon: &Lexicon) -> NodeIndex {
        if let Some(&n) = self.predicates.get(id) {
            return n;
        }
        let n = self.graph.add_node(Node::Concept(Box::new(ConceptNode {
            id: format!("predicate:{id}"),
            label: id.replace('-', " "),
        })));
        let antonyms: Vec<(NodeIndex, String)> = self
            .predicates
            .iter()
            .filter_map(|(other, &on)| lexicon.antonym_fact(id, other).map(|p| (on, p.to_string())))
            .collect();
        self.predicates.insert(id.to_string(), n);
        for (on, provenance) in antonyms {
            self.graph.add_edge(n, on, Edge::AntonymOf(Box::new(provenance)));
        }
        n
    }

    /// The statement id a claim came from, if any.
    pub fn statement_of(&self, id: ClaimId) -> Option<&str> {
        self.claim(id).and_then(|c| c.statement.as_deref())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The sizes the doc comments of `Node` and `Edge` promise (a large run
    /// holds one node per claim and two or three edges).
    #[test]
    fn nodes_and_edges_stay_small() {
        assert!(std::mem::size_of::<Node>() <= 16);
        assert!(std::mem::size_of::<Edge>() <= 16);
    }
}
