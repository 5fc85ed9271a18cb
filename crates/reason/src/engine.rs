//! Which claims meet, and what the rules make of them.
//!
//! Comparing every claim with every other is quadratic and, worse, invites
//! false alarms between claims that have nothing to do with each other. So
//! the engine *blocks*, in three steps, and each step rests on one line of
//! the contract below:
//!
//! 1. Claims are grouped by what they are about (their subject key), and
//!    inside that by predicate. Two predicates of one subject meet when they
//!    are equal, antonyms in the lexicon, one is the other with a particle
//!    or preposition ("replace" / "replace with"), two words WordNet files
//!    as one verb ("talk" / "speak") or one as a way of doing the other
//!    ("slice" / "cut"), or one of them is `amount` and both values are
//!    quantities. Nothing else is ever compared.
//! 2. Claims that agree on everything a verdict can depend on (subject key
//!    and modifiers, predicate, value, polarity, time) form a *class*. The
//!    rules run once per pair of classes, on one representative pair, and the
//!    verdict holds for every pair of members. A thousand syndicated copies of
//!    one sentence therefore cost one comparison, not half a million.
//! 3. What a class cannot decide is judged pair by pair: two claims of one
//!    clause (a clause that gives a range does not contradict itself), and a
//!    rebuttal aimed at a source's account ("X's claim was rejected") against
//!    that source's claims in the same document.
//!
//! The contract that makes this exact — the same conflicts as comparing
//! every claim with every other, which [`find_conflicts_naive`] does and the
//! tests check on fixtures and generated corpora — is:
//!
//! - every rule but `disputed` fires only for claims with the same subject
//!   key whose predicates meet as in step 1;
//! - whether such a rule fires, and its base score, depend only on the class
//!   of each side and on whether both come from one clause, not on the order
//!   of the two claims;
//! - `disputed` fires only between a claim whose subject is `account-of:S`
//!   and a claim by source `S` in the same document;
//! - two claims whose plain subjects are bound to two different stories
//!   never meet (see `story_of`), nor do two events that name different
//!   undergoers: both are part of a class, so a class pair decides them.
//!
//! After the rules run, the engine keeps one conflict per pair of claims
//! (the highest score; on a tie the first rule in [`crate::rules::RULES`]),
//! then one per pair of *clauses*, so a reviewer never reads the same two
//! quotes twice. Scores are weighed by how firmly each side is put forward,
//! and the output is sorted, so the same inputs always give the same report.
//!
//! Finally, [`analyse`] folds conflicts whose sides are interchangeable (the
//! same rule between the same two classes: twenty outlets quoting one
//! minister against ten quoting another) into one [`Group`] with a
//! representative [`Conflict`], so the output grows with the number of
//! distinct disagreements, not with the number of copies. Pairs that do not
//! conflict are never enumerated. Conflicting pairs are listed one by one
//! only for small class pairs, and for class pairs whose pairs the
//! same-clause merge or a pair judged alone could touch; a big class pair
//! that nothing else can touch (see `Neighbourhoods`) is folded whole from
//! its members' modalities, so two thousand copies against two thousand
//! cost four thousand steps, not four million hits.

use std::collections::{BTreeMap, HashMap, HashSet};

/// The engine's hash maps: keyed by short strings and small ids, for which
/// rustc's Fx hash is several times cheaper than the standard SipHash. No output
/// depends on their order (the invariant in ARCHITECTURE.md), so the hasher
/// is free to choose.
type FastMap<K, V> = HashMap<K, V, rustc_hash::FxBuildHasher>;
/// A set with the same hasher as [`FastMap`].
type FastSet<T> = HashSet<T, rustc_hash::FxBuildHasher>;

use antinomy_ingest::model::agree_when_both_said;
use antinomy_ingest::{Claim, ClaimGraph, ClaimId, ConflictLabel, Date, Lexicon, Polarity, Qualifier, Value};

use crate::rule::{same_clause, Finding, Pair};
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

/// Conflicts that differ only in which copy of each side they quote: every
/// claim of `left` conflicts with the claims of `right` by the same rule for
/// the same reason. [`Group::conflict`] names the one shown in full.
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    /// Position in the report ("g1"); group `gN` has representative `kN`.
    pub id: String,
    /// Rule code.
    pub code: &'static str,
    /// Rule name.
    pub rule: &'static str,
    /// Id of the representative conflict ("k1").
    pub conflict: String,
    /// The claims on one side, in id order.
    pub left: Vec<ClaimId>,
    /// The claims on the other side, in id order.
    pub right: Vec<ClaimId>,
    /// How many pairs of claims the group stands for (at most
    /// `left.len() * right.len()`).
    pub pairs: u64,
}

/// What [`analyse`] finds: one representative conflict per group, and the
/// groups, both in report order (`groups[i].conflict == conflicts[i].id`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Analysis {
    /// One conflict per group, shown in full.
    pub conflicts: Vec<Conflict>,
    /// The groups.
    pub groups: Vec<Group>,
}

/// Knobs of a run.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Conflicts scoring below this are dropped.
    pub min_score: f64,
}

/// Finds the conflicts of a graph and folds interchangeable ones into
/// groups: the output stays proportional to the distinct disagreements.
pub fn analyse(graph: &ClaimGraph, lexicon: &Lexicon, options: &Options) -> Analysis {
    analyse_with(graph, lexicon, options, CLASS_LEVEL_PAIRS)
}

/// Class pairs that stand for at least this many pairs of claims are folded
/// without listing their pairs, when [`Neighbourhoods::isolated`] allows
/// it. Below it the pairs are listed: cheap, and the path every fixture
/// exercises. Both paths give the same [`Analysis`] (tested with a bound of
/// 0, which folds every class pair that may be folded).
const CLASS_LEVEL_PAIRS: u64 = 4096;

/// From this many pairs judged alone on, they are judged on all threads;
/// below it, as in every fixture and sentence pair, one thread is quicker.
const PARALLEL_PAIRS: usize = 4096;

/// [`analyse`] with the bound of [`CLASS_LEVEL_PAIRS`] as a parameter
/// (`u64::MAX`: every pair listed, as [`find_conflicts`] does).
fn analyse_with(graph: &ClaimGraph, lexicon: &Lexicon, options: &Options, class_level: u64) -> Analysis {
    let claims: Vec<&Claim> = graph.claims().collect();
    let classes = Classes::new(&claims, graph);
    let (hits, class_hits) = hits(&claims, &classes, lexicon, options, class_level);
    let mut groups: Vec<Accumulator> = Vec::new();
    // A group holds pairs of one relation: a source contradicting itself is
    // a finding of its own, and folded into a group of two sources
    // disagreeing it would be shown, labelled and counted as theirs.
    let mut index: FastMap<(u8, u32, u32, Relation), usize> = FastMap::default();
    for (i, h) in hits.iter().enumerate() {
        let (ka, kb) = (classes.of[h.a as usize], classes.of[h.b as usize]);
        let kind = relation(h.rule as usize, claims[h.a as usize], claims[h.b as usize]);
        let (key, left, right) = if ka <= kb {
            ((h.rule, ka, kb, kind), h.a, h.b)
        } else {
            ((h.rule, kb, ka, kind), h.b, h.a)
        };
        let g = *index.entry(key).or_insert_with(|| {
            groups.push(Accumulator {
                best: i,
                left: Vec::new(),
                right: Vec::new(),
                pairs: 0,
            });
            groups.len() - 1
        });
        let acc = &mut groups[g];
        acc.left.push(left);
        acc.right.push(right);
        acc.pairs += 1;
        // Hits come in (a, b) order, so the first of the best scores is kept.
        if h.score > hits[acc.best].score {
            acc.best = i;
        }
    }
    let mut out: Vec<(Conflict, Group)> = Vec::with_capacity(groups.len());
    let mut hits: Vec<Option<Hit>> = hits.into_iter().map(Some).collect();
    for acc in groups {
        let Some(hit) = hits[acc.best].take() else { continue };
        let Some(conflict) = materialise(&claims, lexicon, hit) else {
            continue;
        };
        let ids = |mut v: Vec<u32>| {
            v.sort_unstable();
            v.dedup();
            v.into_iter().map(ClaimId).collect()
        };
        let group = Group {
            id: String::new(),
            code: conflict.code,
            rule: conflict.rule,
            conflict: String::new(),
            left: ids(acc.left),
            right: ids(acc.right),
            pairs: acc.pairs,
        };
        out.push((conflict, group));
    }
    for ch in &class_hits {
        let Some((hit, left, right, pairs)) = class_group(&claims, &classes, ch, options) else {
            continue;
        };
        let Some(conflict) = materialise(&claims, lexicon, hit) else {
            continue;
        };
        let ids = |v: Vec<u32>| v.into_iter().map(ClaimId).collect();
        let group = Group {
            id: String::new(),
            code: conflict.code,
            rule: conflict.rule,
            conflict: String::new(),
            left: ids(left),
            right: ids(right),
            pairs,
        };
        out.push((conflict, group));
    }
    out.sort_by(|(x, _), (y, _)| report_order(x, y));
    let mut analysis = Analysis::default();
    for (i, (mut c, mut g)) in out.into_iter().enumerate() {
        c.id = format!("k{}", i + 1);
        g.id = format!("g{}", i + 1);
        g.conflict.clone_from(&c.id);
        analysis.conflicts.push(c);
        analysis.groups.push(g);
    }
    analysis
}

/// Every conflicting pair of claims, one [`Conflict`] each, in report
/// order. The output can be quadratic when many copies conflict; reports
/// use [`analyse`], and this serves fixtures and sentence pairs.
pub fn find_conflicts(graph: &ClaimGraph, lexicon: &Lexicon, options: &Options) -> Vec<Conflict> {
    let claims: Vec<&Claim> = graph.claims().collect();
    let classes = Classes::new(&claims, graph);
    let conflicts = hits(&claims, &classes, lexicon, options, u64::MAX)
        .0
        .into_iter()
        .filter_map(|h| materialise(&claims, lexicon, h))
        .collect();
    in_report_order(conflicts)
}

/// The reference [`find_conflicts`] is tested against: every rule on every
/// pair of claims, no blocking. Quadratic; for tests and benchmarks.
pub fn find_conflicts_naive(graph: &ClaimGraph, lexicon: &Lexicon, options: &Options) -> Vec<Conflict> {
    let claims: Vec<&Claim> = graph.claims().collect();
    let mut found = Vec::new();
    for (i, a) in claims.iter().enumerate() {
        for b in &claims[i + 1..] {
            if !agree_when_both_said(story_of(graph, a), story_of(graph, b)) {
                continue;
            }
            if let Some((rule, finding)) = best_finding(a, b, lexicon, None) {
                let score = score(finding.base_score, a, b);
                if score >= options.min_score {
                    found.push(make_conflict(a, b, rule, finding, score));
                }
            }
        }
    }
    let mut by_clauses: BTreeMap<_, Conflict> = BTreeMap::new();
    for c in found {
        let (ca, cb) = (claims[c.a.0 as usize], claims[c.b.0 as usize]);
        let mut key = [(ca.doc, ca.span), (cb.doc, cb.span)];
        key.sort();
        match by_clauses.get_mut(&key) {
            None => {
                by_clauses.insert(key, c);
            }
            Some(kept) => {
                let (mut winner, loser) = if c.score > kept.score {
                    (c, kept.clone())
                } else {
                    (kept.clone(), c)
                };
                absorb(winner.rule, &mut winner.also, loser.rule, &loser.also);
                *kept = winner;
            }
        }
    }
    in_report_order(by_clauses.into_values().collect())
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

/// A conflicting pair before it is written out: claim indexes (`a < b`),
/// the winning rule and, when the pair was judged on its own, its finding.
struct Hit {
    a: u32,
    b: u32,
    rule: u8,
    score: f64,
    finding: Option<Box<Finding>>,
    also: Vec<&'static str>,
}

struct Accumulator {
    best: usize,
    left: Vec<u32>,
    right: Vec<u32>,
    pairs: u64,
}

/// A class pair whose conflicts are folded without listing its pairs of
/// claims: every pair of members (`k` against `l`, or two members of `k`
/// when they are equal) conflicts by `rule` with base score `base`, and no
/// other hit shares a pair of clauses with any of them (see
/// [`Neighbourhoods::isolated`]).
struct ClassHit {
    k: u32,
    l: u32,
    rule: u8,
    base: f64,
}

/// Every conflicting pair, after the clause merge, sorted by (a, b); except
/// that class pairs of at least `class_level` pairs of claims that are
/// [`Neighbourhoods::isolated`] come back whole, as [`ClassHit`]s, with
/// none of their pairs among the hits.
fn hits(
    claims: &[&Claim],
    classes: &Classes<'_>,
    lexicon: &Lexicon,
    options: &Options,
    class_level: u64,
) -> (Vec<Hit>, Vec<ClassHit>) {
    let disputed = RULES.iter().position(|r| r.name() == "disputed");
    let mut out = Vec::new();

    // Step 3 first: the pairs a class cannot decide.
    let alone = pairs_judged_alone(claims);
    let mut flagged = vec![false; claims.len()];
    for &(a, b) in &alone {
        flagged[a as usize] = true;
        flagged[b as usize] = true;
    }
    let judge = |&(a, b): &(u32, u32)| -> Option<Hit> {
        let (ca, cb) = (claims[a as usize], claims[b as usize]);
        let (rule, finding) = best_finding(ca, cb, lexicon, None)?;
        let score = score(finding.base_score, ca, cb);
        (score >= options.min_score).then(|| Hit {
            a,
            b,
            rule: rule as u8,
            score,
            finding: Some(Box::new(finding)),
            also: Vec::new(),
        })
    };
    // Each pair is judged on its own (the rules are pure), so the pairs
    // are shared out over the threads when there are many, about one per
    // clause of a large run; the hits keep the order of `alone` either way.
    if alone.len() >= PARALLEL_PAIRS {
        use rayon::prelude::*;
        out.par_extend(alone.par_iter().filter_map(judge));
    } else {
        out.extend(alone.iter().filter_map(judge));
    }
    let alone: FastSet<(u32, u32)> = alone.into_iter().collect();

    // Steps 1 and 2: subject, then predicates that meet, then classes.
    // Blocks: the classes of each (subject key, predicate), visited by
    // subject key, then by predicate, in sorted order. Gathered in a hash
    // map and sorted once (the keys are distinct, so the order is that of
    // nested sorted maps) instead of inserted one by one into sorted maps,
    // which compared a few dozen strings per class at a million claims.
    let mut by_key: FastMap<(&str, &str), Vec<u32>> = FastMap::default();
    for (k, members) in classes.members.iter().enumerate() {
        let c = claims[members[0] as usize];
        by_key
            .entry((c.subject.key.as_str(), &*c.predicate))
            .or_default()
            .push(k as u32);
    }
    let mut keyed: Vec<((&str, &str), Vec<u32>)> = by_key.into_iter().collect();
    keyed.sort_unstable_by_key(|(key, _)| *key);
    let mut antonyms: FastMap<(&str, &str), bool> = FastMap::default();
    let mut synonyms: FastMap<(&str, &str), bool> = FastMap::default();
    let mut verdicts = Vec::new();
    for block in keyed.chunk_by(|((s, _), _), ((t, _), _)| s == t) {
        let predicates: Vec<(&str, &Vec<u32>)> = block.iter().map(|((_, p), k)| (*p, k)).collect();
        for (i, &(p, ks)) in predicates.iter().enumerate() {
            for &(q, ls) in &predicates[i..] {
                let same = p == q;
                let opposite = !same
                    && *antonyms
                        .entry((p, q))
                        .or_insert_with(|| crate::rule::opposite_predicates(lexicon, p, q).is_some());
                let amount = !same && (p == "amount" || q == "amount");
                let particle = !same && crate::rule::bare_verb_of(p, q);
                let synonym = !same
                    && !opposite
                    && !particle
                    && *synonyms
                        .entry((p, q))
                        .or_insert_with(|| crate::rule::related_verbs(lexicon, p, q).is_some());
                if !(same || opposite || amount || particle || synonym) {
                    continue;
                }
                for (k, l) in compatible_pairs(ks, ls, same, classes) {
                    let quantities = || is_quantity(claims, classes, k) && is_quantity(claims, classes, l);
                    if !(same || opposite || particle || synonym || quantities()) {
                        continue;
                    }
                    let (km, lm) = (&classes.members[k as usize], &classes.members[l as usize]);
                    let Some((rule, base)) = class_verdict(claims, km, lm, k == l, lexicon, disputed) else {
                        continue;
                    };
                    verdicts.push(ClassHit { k, l, rule, base });
                }
            }
        }
    }
    let mut whole = Vec::new();
    let mut near = Neighbourhoods::new(claims, classes, &alone, &verdicts, class_level);
    for v in verdicts {
        let (km, lm) = (&classes.members[v.k as usize], &classes.members[v.l as usize]);
        if near.big(&v) && near.isolated(v.k, v.l) {
            whole.push(v);
            continue;
        }
        expand(
            claims,
            km,
            lm,
            v.k == v.l,
            (v.rule, v.base),
            &alone,
            &flagged,
            options,
            &mut out,
        );
    }
    out.sort_unstable_by_key(|h| (h.a, h.b));
    (merge_same_clauses(claims, out), whole)
}

/// What decides whether a class pair can be folded whole: for each class,
/// whether its members sit in clauses of their own, and the classes of the
/// other claims of those clauses.
///
/// Folding a class pair without listing its pairs of claims is exact when
/// nothing but its own verdict acts on those pairs. Two things can act on a
/// pair of claims `(x, y)` besides the verdict of their classes:
///
/// - the pairs judged alone: a pair of `K × L` may be one (and is then left
///   out of the class pair), and a conflict found on such a pair between
///   the clauses of `x` and `y` would take part in the same-clause merge;
/// - the same-clause merge itself, which keeps one hit per pair of clauses:
///   it touches `(x, y)` only when another hit `(x', y')` joins the clause
///   of `x` to the clause of `y`. Then `x'` shares a clause with `x` (or is
///   `x`) and `y'` with `y` (or the other way round), so the classes of `x'`
///   and `y'` are `K` or a class found beside `K`'s members, and `L` or a
///   class found beside `L`'s members, and they have a verdict of their own.
///
/// So a class pair is [`isolated`](Neighbourhoods::isolated), and folded
/// whole, when no member of either class shares a clause with another member
/// of the two (then no pair of `K × L` is a same-clause pair, and no two of
/// them share a pair of clauses), no member's clause holds a claim of a
/// pair judged alone across clauses (a `disputed` candidate), and no other
/// pair of classes, one beside `K` and one beside `L`, has a verdict. This
/// is the common case of syndicated copies: a clause gives a clause claim
/// and a measure claim ("the strike killed 12 people": `strike` and
/// `measure:people`), the measure claims conflict across thousands of
/// copies, and the clause claims do not. When the test fails the pairs are
/// listed as before: slower, never wrong.
struct Neighbourhoods<'c> {
    claims: &'c [&'c Claim],
    classes: &'c Classes<'c>,
    /// Claims of each clause, built only when some class pair is big enough.
    clauses: FastMap<(antinomy_ingest::DocId, antinomy_ingest::Span), Vec<u32>>,
    /// Claims in a pair judged alone whose two claims are of different clauses.
    across: Vec<bool>,
    /// Pairs of classes with a verdict, the smaller class first, and how
    /// many verdicts each has (one; checked rather than assumed).
    verdicts: FastMap<(u32, u32), u32>,
    /// Per class: `None` when two members share a clause or a member's clause
    /// holds a claim of `across`; else the classes found beside the members,
    /// the class itself included, sorted.
    near: FastMap<u32, Option<Vec<u32>>>,
    /// Fewest pairs of claims for a class pair to be folded whole.
    class_level: u64,
}

impl<'c> Neighbourhoods<'c> {
    fn new(
        claims: &'c [&'c Claim],
        classes: &'c Classes<'c>,
        alone: &FastSet<(u32, u32)>,
        verdicts: &[ClassHit],
        class_level: u64,
    ) -> Neighbourhoods<'c> {
        let mut near = Neighbourhoods {
            claims,
            classes,
            clauses: FastMap::default(),
            across: Vec::new(),
            verdicts: FastMap::default(),
            near: FastMap::default(),
            class_level: u64::MAX,
        };
        near.class_level = class_level;
        if !verdicts.iter().any(|v| near.big(v)) {
            return near;
        }
        for (i, c) in claims.iter().enumerate() {
            near.clauses.entry((c.doc, c.span)).or_default().push(i as u32);
        }
        near.across = vec![false; claims.len()];
        for &(a, b) in alone {
            if !same_clause(claims[a as usize], claims[b as usize]) {
                near.across[a as usize] = true;
                near.across[b as usize] = true;
            }
        }
        for v in verdicts {
            *near.verdicts.entry((v.k.min(v.l), v.k.max(v.l))).or_default() += 1;
        }
        near
    }

    fn of(&mut self, k: u32) -> Option<&[u32]> {
        let (claims, classes, clauses, across) = (self.claims, self.classes, &self.clauses, &self.across);
        self.near
            .entry(k)
            .or_insert_with(|| {
                let mut found = vec![k];
                for &x in &classes.members[k as usize] {
                    let c = claims[x as usize];
                    for &y in &clauses[&(c.doc, c.span)] {
                        if across[y as usize] || (y != x && classes.of[y as usize] == k) {
                            return None;
                        }
                        found.push(classes.of[y as usize]);
                    }
                }
                found.sort_unstable();
                found.dedup();
                Some(found)
            })
            .as_deref()
    }

    /// Whether a source has a claim in class `k` and another in class `l`
    /// (two claims in class `k`, when `k == l`).
    fn shared_source(&self, k: u32, l: u32) -> bool {
        let source = |x: &u32| &*self.claims[*x as usize].source.key;
        let mut seen: FastSet<&str> = FastSet::default();
        if k == l {
            return !self.classes.members[k as usize].iter().all(|x| seen.insert(source(x)));
        }
        seen.extend(self.classes.members[k as usize].iter().map(source));
        self.classes.members[l as usize]
            .iter()
            .any(|x| seen.contains(source(x)))
    }

    /// Whether a class pair stands for enough pairs of claims to be folded
    /// whole (`u64::MAX`: never).
    fn big(&self, v: &ClassHit) -> bool {
        let (n, m) = (
            self.classes.members[v.k as usize].len() as u64,
            self.classes.members[v.l as usize].len() as u64,
        );
        let pairs = if v.k == v.l { n * n.saturating_sub(1) / 2 } else { n * m };
        self.class_level != u64::MAX && pairs >= self.class_level
    }

    /// Whether the class pair `(k, l)` can be folded whole (see above).
    fn isolated(&mut self, k: u32, l: u32) -> bool {
        // A source on both sides makes some pairs self-contradictions, which
        // group apart from the rest (see `analyse_with`): listed, they are.
        if self.shared_source(k, l) {
            return false;
        }
        let Some(nk) = self.of(k).map(<[u32]>::to_vec) else {
            return false;
        };
        let Some(nl) = self.of(l).map(<[u32]>::to_vec) else {
            return false;
        };
        if k != l && nk.binary_search(&l).is_ok() {
            return false;
        }
        if (nk.len() as u64) * (nl.len() as u64) > 1 << 16 {
            return false;
        }
        let own = (k.min(l), k.max(l));
        if self.verdicts.get(&own) != Some(&1) {
            return false;
        }
        !nk.iter().any(|&a| {
            nl.iter().any(|&b| {
                let pair = (a.min(b), a.max(b));
                pair != own && self.verdicts.contains_key(&pair)
            })
        })
    }
}

/// The group of a class pair folded whole: its best pair as a hit, the
/// claims of each side, and the number of pairs, from the members sorted
/// into their modalities. A pair's score depends on the two modalities and
/// on which claim comes first (the weights are multiplied in claim order),
/// so the pairs fall into a handful of runs — claims of modality `p` of one
/// class before claims of modality `q` of the other — whose counts, first
/// pairs and members are read off the sorted lists. Work: linear in the
/// members, times the square of the number of modalities.
fn class_group(
    claims: &[&Claim],
    classes: &Classes<'_>,
    ch: &ClassHit,
    options: &Options,
) -> Option<(Hit, Vec<u32>, Vec<u32>, u64)> {
    let buckets = |k: u32| {
        let mut by: Vec<(f64, Vec<u32>)> = Vec::new();
        for &x in &classes.members[k as usize] {
            let w = claims[x as usize].modality.weight();
            match by.iter_mut().find(|(v, _)| v.to_bits() == w.to_bits()) {
                Some((_, list)) => list.push(x),
                None => by.push((w, vec![x])),
            }
        }
        by
    };
    let bk = buckets(ch.k);
    let bl = if ch.k == ch.l { Vec::new() } else { buckets(ch.l) };
    // Runs: (earlier claims and their weight, later claims and their
    // weight, whether the earlier claims go to the left side).
    type Side<'s> = (&'s [u32], f64);
    let mut runs: Vec<(Side<'_>, Side<'_>, bool)> = Vec::new();
    if ch.k == ch.l {
        for (wa, a) in &bk {
            for (wb, b) in &bk {
                runs.push(((a, *wa), (b, *wb), true));
            }
        }
    } else {
        let k_left = ch.k < ch.l;
        for (wa, a) in &bk {
            for (wb, b) in &bl {
                runs.push(((a, *wa), (b, *wb), k_left));
                runs.push(((b, *wb), (a, *wa), !k_left));
            }
        }
    }
    let mut best: Option<(f64, u32, u32)> = None;
    let (mut left, mut right) = (Vec::new(), Vec::new());
    let mut pairs = 0u64;
    for ((a, wa), (b, wb), a_left) in runs {
        let score = score_weights(ch.base, wa, wb);
        // As for listed pairs, so that a NaN bound keeps nothing either.
        let kept = score >= options.min_score;
        if !kept {
            continue;
        }
        // Pairs x < y with x in a and y in b.
        let mut count = 0u64;
        let mut i = 0;
        for &y in b {
            while i < a.len() && a[i] < y {
                i += 1;
            }
            count += i as u64;
        }
        if count == 0 {
            continue;
        }
        pairs += count;
        let x = a[0];
        let y = b[b.partition_point(|&y| y <= x)];
        if best.is_none_or(|(s, bx, by)| score > s || (score == s && (x, y) < (bx, by))) {
            best = Some((score, x, y));
        }
        // Earlier claims with a later one, later claims with an earlier one.
        let last = b[b.len() - 1];
        let earlier = &a[..a.partition_point(|&z| z < last)];
        let later = &b[b.partition_point(|&z| z <= x)..];
        let (l, r) = if a_left { (earlier, later) } else { (later, earlier) };
        left.extend_from_slice(l);
        right.extend_from_slice(r);
    }
    let (score, a, b) = best?;
    for side in [&mut left, &mut right] {
        side.sort_unstable();
        side.dedup();
    }
    let hit = Hit {
        a,
        b,
        rule: ch.rule,
        score,
        finding: None,
        also: Vec::new(),
    };
    Some((hit, left, right, pairs))
}

/// Claims that agree on everything a verdict may depend on.
struct Classes<'a> {
    /// Class of each claim.
    of: Vec<u32>,
    /// Members of each class, in claim order; classes in order of first member.
    members: Vec<Vec<u32>>,
    /// The subject modifiers of each class but its undergoer, sorted and
    /// without repeats.
    modifiers: Vec<Vec<&'a str>>,
    /// What each class's event happened to, when it says.
    undergoers: Vec<Option<&'a str>>,
    /// When each class's subject did what it is said to (`model::WHEN`).
    whens: Vec<Option<&'a str>>,
    /// The story of each class, when its subject is bound to one (see
    /// [`story_of`]).
    stories: Vec<Option<u32>>,
}

impl<'a> Classes<'a> {
    fn new(claims: &[&'a Claim], graph: &ClaimGraph) -> Classes<'a> {
        use std::hash::BuildHasher;
        // The index holds class numbers only and finds a class by the
        // signature of its first member: a map keyed by the signatures
        // themselves (over a hundred bytes each, room made for a quarter of
        // the claims) took about 60 MB at a million claims.
        //
        // Each class's hash is kept beside it: when the table grows, it
        // rehashes every class, and hashing a signature again reads the
        // strings of its first member, scattered over the heap (over a
        // quarter of this pass on a corpus of 300,000 claims).
        let hasher = rustc_hash::FxBuildHasher;
        let mut index: hashbrown::HashTable<u32> = hashbrown::HashTable::new();
        let mut of = Vec::with_capacity(claims.len());
        let mut members: Vec<Vec<u32>> = Vec::new();
        let mut modifiers: Vec<Vec<&str>> = Vec::new();
        let mut undergoers: Vec<Option<&str>> = Vec::new();
        let mut whens: Vec<Option<&str>> = Vec::new();
        let mut stories: Vec<Option<u32>> = Vec::new();
        let mut hashes: Vec<u64> = Vec::new();
        let signature_of = |c: &'a Claim| Signature::of(c, story_of(graph, c));
        let first = |members: &[Vec<u32>], k: u32| signature_of(claims[members[k as usize][0] as usize]);
        for (i, &c) in claims.iter().enumerate() {
            let signature = signature_of(c);
            let hash = hasher.hash_one(&signature);
            let k = match index.find(hash, |&k| hashes[k as usize] == hash && first(&members, k) == signature) {
                Some(&k) => {
                    members[k as usize].push(i as u32);
                    k
                }
                None => {
                    let k = members.len() as u32;
                    members.push(vec![i as u32]);
                    let mut set: Vec<&str> = c.subject.described_by().map(String::as_str).collect();
                    set.sort_unstable();
                    set.dedup();
                    modifiers.push(set);
                    undergoers.push(c.subject.undergoer());
                    whens.push(c.subject.when());
                    stories.push(signature.story);
                    hashes.push(hash);
                    index.insert_unique(hash, k, |&k| hashes[k as usize]);
                    k
                }
            };
            of.push(k);
        }
        Classes {
            of,
            members,
            modifiers,
            undergoers,
            whens,
            stories,
        }
    }
}

/// Everything but the clause and the source that a rule other than
/// `disputed` may read to decide whether it fires.
#[derive(PartialEq, Eq, Hash)]
struct Signature<'a> {
    story: Option<u32>,
    subject_key: &'a str,
    subject_modifiers: &'a [String],
    predicate: &'a str,
    object: ObjectKey<'a>,
    polarity: Polarity,
    time: Option<Date>,
}

#[derive(PartialEq, Eq, Hash)]
enum ObjectKey<'a> {
    Concept(&'a str),
    Quantity {
        value: u64,
        unit: &'a str,
        qualifier: Qualifier,
        upper: Option<u64>,
    },
    Date(Date),
    Place(&'a str),
    Entity(&'a str, &'a [String]),
    None,
    Text(&'a str),
}

impl<'a> Signature<'a> {
    fn of(c: &'a Claim, story: Option<u32>) -> Signature<'a> {
        let object = match &c.object {
            Value::Concept { id, .. } => ObjectKey::Concept(id),
            Value::Quantity { quantity: q, .. } => ObjectKey::Quantity {
                value: q.value.to_bits(),
                unit: &q.unit,
                qualifier: q.qualifier,
                upper: q.upper.map(f64::to_bits),
            },
            Value::Date { date, .. } => ObjectKey::Date(*date),
            Value::Place { key, .. } => ObjectKey::Place(key),
            Value::Entity { key, modifiers, .. } => ObjectKey::Entity(key, modifiers),
            Value::None => ObjectKey::None,
            Value::Text { text } => ObjectKey::Text(text),
        };
        Signature {
            story,
            subject_key: &c.subject.key,
            subject_modifiers: &c.subject.modifiers,
            predicate: &c.predicate,
            object,
            polarity: c.polarity,
            time: c.time.as_deref().copied(),
        }
    }
}

/// The story a claim is bound to: its document's (see
/// `antinomy_ingest::stories`), when its subject is plain. A subject that
/// is a name or holds one ("gregor haldt", "torvik raid") meets that name
/// in any story: whoever says something of Haldt says it of Haldt. A plain
/// one ("the fire", "event:rob", "measure:people") is what every story of
/// an archive says in its own way, so claims about it meet only in one
/// story.
fn story_of(graph: &ClaimGraph, c: &Claim) -> Option<u32> {
    let plain = !c.subject.name && !c.subject.key.contains(' ');
    plain.then(|| graph.story(c.doc)).flatten()
}

fn is_quantity(claims: &[&Claim], classes: &Classes<'_>, k: u32) -> bool {
    let first = classes.members[k as usize][0];
    matches!(claims[first as usize].object, Value::Quantity { .. })
}

/// Pairs of classes, one from `ks` and one from `ls` (unordered, and each
/// class with itself, when the two lists are one), whose subjects can be the
/// same thing: the modifiers of one include the other's ("the strike" meets
/// "the Ostrava strike", which never meets "the Brest strike"). Each class
/// looks up the subsets of its modifiers, so a subject key shared by
/// thousands of stories costs thousands of look-ups, not millions of pairs.
fn compatible_pairs<'a>(ks: &[u32], ls: &[u32], same: bool, classes: &'a Classes<'a>) -> Vec<(u32, u32)> {
    let modifiers = &classes.modifiers;
    let agree = |k: u32, l: u32| {
        let (k, l) = (k as usize, l as usize);
        agree_when_both_said(classes.undergoers[k], classes.undergoers[l])
            && agree_when_both_said(classes.whens[k], classes.whens[l])
            && agree_when_both_said(classes.stories[k], classes.stories[l])
    };
    let by_set = |list: &[u32]| {
        let mut map: FastMap<&'a [&'a str], Vec<u32>> = FastMap::default();
        for &k in list {
            map.entry(modifiers[k as usize].as_slice()).or_default().push(k);
        }
        map
    };
    let mut out = Vec::new();
    let ls_by_set = by_set(ls);
    // The other side's modifiers are a subset of (or equal to) this side's.
    for &k in ks {
        let mk = &modifiers[k as usize];
        each_subset(mk, &ls_by_set, |set, found| {
            for &l in found {
                if (!same || set.len() < mk.len() || l >= k) && agree(k, l) {
                    out.push((k, l));
                }
            }
        });
    }
    if !same {
        // This side's modifiers are a strict subset of the other side's.
        let ks_by_set = by_set(ks);
        for &l in ls {
            let ml = &modifiers[l as usize];
            each_subset(ml, &ks_by_set, |set, found| {
                if set.len() < ml.len() {
                    out.extend(found.iter().filter(|&&k| agree(k, l)).map(|&k| (k, l)));
                }
            });
        }
    }
    out
}

/// Calls `f` with every subset of `set` (kept in order) that is a key of
/// `map`, and its entry. Past a dozen modifiers the subsets are too many
/// to list, and the keys are checked one by one instead.
fn each_subset<'a, 'm>(
    set: &[&'a str],
    map: &'m FastMap<&'m [&'a str], Vec<u32>>,
    mut f: impl FnMut(&[&'a str], &'m [u32]),
) {
    if set.len() > 12 {
        for (key, found) in map {
            if key.iter().all(|m| set.contains(m)) {
                f(key, found);
            }
        }
        return;
    }
    let mut subset: Vec<&'a str> = Vec::with_capacity(set.len());
    for mask in 0u32..(1 << set.len()) {
        subset.clear();
        subset.extend(
            set.iter()
                .enumerate()
                .filter(|(i, _)| mask & (1 << i) != 0)
                .map(|(_, m)| *m),
        );
        if let Some(found) = map.get(subset.as_slice()) {
            f(&subset, found);
        }
    }
}

/// Pairs judged one by one, sorted: two claims of one clause, and a
/// rebuttal of `account-of:S` against the claims of `S` in its document.
fn pairs_judged_alone(claims: &[&Claim]) -> Vec<(u32, u32)> {
    // The claims of each clause, in claim order, found by sorting (document,
    // span, claim) triples: a map from clause to claims held a small vector
    // for each of the hundreds of thousands of clauses of a large run, and
    // the pairs are sorted below whatever order the clauses come in.
    let mut by_clause: Vec<_> = claims
        .iter()
        .enumerate()
        .map(|(i, c)| (c.doc, c.span, i as u32))
        .collect();
    by_clause.sort_unstable();
    let mut out = Vec::new();
    for members in by_clause.chunk_by(|x, y| (x.0, x.1) == (y.0, y.1)) {
        for (i, &(_, _, a)) in members.iter().enumerate() {
            out.extend(members[i + 1..].iter().map(|&(_, _, b)| (a, b)));
        }
    }
    drop(by_clause);
    // The claims of the sources an "account-of" claim names, per document:
    // only those are looked up, so only those are gathered.
    let named: FastSet<_> = claims
        .iter()
        .filter_map(|c| Some((c.doc, c.subject.key.strip_prefix("account-of:")?)))
        .collect();
    let mut by_source: FastMap<_, Vec<u32>> = FastMap::default();
    for (i, c) in claims.iter().enumerate().filter(|_| !named.is_empty()) {
        let key = (c.doc, &*c.source.key);
        if named.contains(&key) {
            by_source.entry(key).or_default().push(i as u32);
        }
    }
    for (i, c) in claims.iter().enumerate() {
        let Some(target) = c.subject.key.strip_prefix("account-of:") else {
            continue;
        };
        for &j in by_source.get(&(c.doc, target)).into_iter().flatten() {
            let i = i as u32;
            if i != j {
                out.push((i.min(j), i.max(j)));
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The rule and base score that hold for every pair of members of two
/// classes (or two members of one class) from different clauses, judged on
/// the first such pair. `disputed` is left to the pairs judged alone.
fn class_verdict(
    claims: &[&Claim],
    k: &[u32],
    l: &[u32],
    same_class: bool,
    lexicon: &Lexicon,
    disputed: Option<usize>,
) -> Option<(u8, f64)> {
    let clause_apart = |x: u32, y: u32| !same_clause(claims[x as usize], claims[y as usize]);
    let (x, y) = if same_class {
        let x = k[0];
        (x, *k[1..].iter().find(|&&y| clause_apart(x, y))?)
    } else if let Some(&y) = l.iter().find(|&&y| clause_apart(k[0], y)) {
        (k[0], y)
    } else {
        (*k.iter().find(|&&x| clause_apart(x, l[0]))?, l[0])
    };
    let (a, b) = (claims[x.min(y) as usize], claims[x.max(y) as usize]);
    best_finding(a, b, lexicon, disputed).map(|(rule, f)| (rule as u8, f.base_score))
}

/// Adds a hit for every pair of members of two classes that conflict,
/// except the pairs judged alone.
#[allow(clippy::too_many_arguments)]
fn expand(
    claims: &[&Claim],
    k: &[u32],
    l: &[u32],
    same_class: bool,
    (rule, base): (u8, f64),
    alone: &FastSet<(u32, u32)>,
    flagged: &[bool],
    options: &Options,
    out: &mut Vec<Hit>,
) {
    for (i, &x) in k.iter().enumerate() {
        let others = if same_class { &k[i + 1..] } else { l };
        for &y in others {
            let (a, b) = (x.min(y), x.max(y));
            if flagged[a as usize] && flagged[b as usize] && alone.contains(&(a, b)) {
                continue;
            }
            let score = score(base, claims[a as usize], claims[b as usize]);
            if score >= options.min_score {
                out.push(Hit {
                    a,
                    b,
                    rule,
                    score,
                    finding: None,
                    also: Vec::new(),
                });
            }
        }
    }
}

/// Keeps one hit per pair of clauses (document and span on each side): the
/// highest score wins, the others are named in `also`. Expects hits sorted
/// by (a, b), so that on a tie the first pair wins.
fn merge_same_clauses(claims: &[&Claim], hits: Vec<Hit>) -> Vec<Hit> {
    let mut kept: Vec<Hit> = Vec::with_capacity(hits.len());
    let mut by_clauses: FastMap<_, usize> = FastMap::with_capacity_and_hasher(hits.len(), Default::default());
    for h in hits {
        let (ca, cb) = (claims[h.a as usize], claims[h.b as usize]);
        let mut key = [(ca.doc, ca.span), (cb.doc, cb.span)];
        key.sort();
        match by_clauses.get(&key) {
            None => {
                by_clauses.insert(key, kept.len());
                kept.push(h);
            }
            Some(&i) => {
                let old = &mut kept[i];
                if h.score > old.score {
                    let loser = std::mem::replace(old, h);
                    absorb(
                        RULES[old.rule as usize].name(),
                        &mut old.also,
                        RULES[loser.rule as usize].name(),
                        &loser.also,
                    );
                } else {
                    absorb(
                        RULES[old.rule as usize].name(),
                        &mut old.also,
                        RULES[h.rule as usize].name(),
                        &h.also,
                    );
                }
            }
        }
    }
    kept.sort_unstable_by_key(|h| (h.a, h.b));
    kept
}

/// Adds a losing rule (and the rules it had absorbed) to the winner's list.
fn absorb(winner: &'static str, also: &mut Vec<&'static str>, loser: &'static str, loser_also: &[&'static str]) {
    for &r in std::iter::once(&loser).chain(loser_also) {
        if r != winner && !also.contains(&r) {
            also.push(r);
        }
    }
    also.sort_unstable();
}

/// The best finding over every rule (but `skip`): the highest base score,
/// on a tie the first rule.
fn best_finding(a: &Claim, b: &Claim, lexicon: &Lexicon, skip: Option<usize>) -> Option<(usize, Finding)> {
    let pair = Pair { a, b, lexicon };
    let mut best: Option<(usize, Finding)> = None;
    for (i, rule) in RULES.iter().enumerate() {
        if Some(i) == skip {
            continue;
        }
        if let Some(f) = rule.check(&pair) {
            if best.as_ref().is_none_or(|(_, b)| f.base_score > b.base_score) {
                best = Some((i, f));
            }
        }
    }
    best
}

/// A rule's base score weighed by how firmly each side is put forward,
/// rounded to three decimals.
fn score(base: f64, a: &Claim, b: &Claim) -> f64 {
    score_weights(base, a.modality.weight(), b.modality.weight())
}

/// [`score`] from the two weights, in claim order.
fn score_weights(base: f64, wa: f64, wb: f64) -> f64 {
    let score = (base * wa * wb).clamp(0.0, 1.0);
    (score * 1000.0).round() / 1000.0
}

/// The full conflict of a hit: the winning rule's finding on this very pair.
fn materialise(claims: &[&Claim], lexicon: &Lexicon, hit: Hit) -> Option<Conflict> {
    let (a, b) = (claims[hit.a as usize], claims[hit.b as usize]);
    let rule = hit.rule as usize;
    let finding = match hit.finding {
        Some(f) => *f,
        None => RULES[rule].check(&Pair { a, b, lexicon })?,
    };
    let mut c = make_conflict(a, b, rule, finding, hit.score);
    c.also = hit.also;
    Some(c)
}

/// How the two claims of a conflict found by rule `rule_index` relate to
/// their sources. Groups are keyed by it too (see `analyse_with`).
fn relation(rule_index: usize, ca: &Claim, cb: &Claim) -> Relation {
    if RULES[rule_index].name() == "disputed" {
        Relation::Disputed
    } else if ca.source.key == cb.source.key {
        Relation::SelfContradiction
    } else {
        Relation::CrossSource
    }
}

fn make_conflict(ca: &Claim, cb: &Claim, rule_index: usize, finding: Finding, score: f64) -> Conflict {
    let rule = RULES[rule_index];
    let relation = relation(rule_index, ca, cb);
    Conflict {
        id: String::new(),
        code: rule.code(),
        rule: rule.name(),
        score,
        a: ca.id,
        b: cb.id,
        explanation: finding.explanation,
        facts: finding.facts,
        relation,
        subject: ca.subject.text.to_string(),
        subject_key: ca.subject.key.clone(),
        also: Vec::new(),
    }
}

fn report_order(x: &Conflict, y: &Conflict) -> std::cmp::Ordering {
    (&x.subject_key, x.a, x.b, x.code).cmp(&(&y.subject_key, y.a, y.b, y.code))
}

fn in_report_order(mut conflicts: Vec<Conflict>) -> Vec<Conflict> {
    conflicts.sort_by(report_order);
    for (i, c) in conflicts.iter_mut().enumerate() {
        c.id = format!("k{}", i + 1);
    }
    conflicts
}

#[cfg(test)]
mod tests {
    use super::*;
    use antinomy_ingest::{ingest, Document};

    fn graph(docs: &[(&str, &str)]) -> (ClaimGraph, Lexicon) {
        let lexicon = Lexicon::default_lexicon();
        let docs = docs.iter().map(|(n, t)| Document::from_path_name(*n, *t)).collect();
        let ingested = ingest(docs, &lexicon);
        assert!(ingested.errors.is_empty(), "{:?}", ingested.errors);
        (ingested.graph, lexicon)
    }

    #[test]
    fn copies_of_each_side_fold_into_one_group() {
        let mut docs = Vec::new();
        for i in 0..4 {
            docs.push(format!(
                "- {{id: p{i}, source: outlet {i}, subject: the raid, predicate: thwarted}}\n"
            ));
        }
        for i in 0..3 {
            docs.push(format!(
                "- {{id: q{i}, source: agency {i}, subject: the raid, predicate: succeeded}}\n"
            ));
        }
        let names: Vec<String> = (0..docs.len()).map(|i| format!("d{i}.yaml")).collect();
        let pairs: Vec<(&str, &str)> = names
            .iter()
            .map(String::as_str)
            .zip(docs.iter().map(String::as_str))
            .collect();
        let (g, lexicon) = graph(&pairs);
        let options = Options::default();
        assert_eq!(
            find_conflicts(&g, &lexicon, &options),
            find_conflicts_naive(&g, &lexicon, &options)
        );
        assert_eq!(find_conflicts(&g, &lexicon, &options).len(), 12);
        let analysis = analyse(&g, &lexicon, &options);
        assert_eq!(analysis.conflicts.len(), 1);
        let group = &analysis.groups[0];
        assert_eq!((group.left.len(), group.right.len(), group.pairs), (4, 3, 12));
        assert_eq!((group.id.as_str(), group.conflict.as_str()), ("g1", "k1"));
        assert_eq!(analysis.conflicts[0].id, "k1");
    }

    /// A source that gives both sides contradicts itself; another source
    /// repeating one side disagrees with it. Folded together, the second
    /// would be shown and counted as a self-contradiction (or the first as
    /// a disagreement): they are two groups, whether the pairs are listed
    /// or the class pair would be big enough to fold whole.
    #[test]
    fn a_self_contradiction_groups_apart_from_a_disagreement() {
        let yaml = "
- {id: a, source: spec, subject: the voucher, predicate: lifetime, object: '14 days'}
- {id: b, source: spec, subject: the voucher, predicate: lifetime, object: '30 days'}
- {id: c, source: design, subject: the voucher, predicate: lifetime, object: '14 days'}
";
        let (g, lexicon) = graph(&[("d.yaml", yaml)]);
        let options = Options::default();
        let listed = analyse_with(&g, &lexicon, &options, u64::MAX);
        assert_eq!(analyse_with(&g, &lexicon, &options, 0), listed);
        let relations: Vec<(Relation, usize, usize)> = listed
            .conflicts
            .iter()
            .zip(&listed.groups)
            .map(|(c, g)| (c.relation, g.left.len(), g.right.len()))
            .collect();
        assert_eq!(
            relations,
            [(Relation::SelfContradiction, 1, 1), (Relation::CrossSource, 1, 1)]
        );
        check_groups_cover(&g, &lexicon, &options, &find_conflicts(&g, &lexicon, &options));
    }

    /// The classes found through the table of class numbers (which keeps
    /// each class's hash for its growth) are those of a plain map keyed by
    /// the signatures, numbered in order of first member: enough distinct
    /// claims that the table grows several times.
    #[test]
    fn classes_are_those_of_a_map_of_signatures() {
        let docs: Vec<(String, String)> = (0..400)
            .map(|i| {
                let text = format!(
                    "The strike killed {} people, the governor said. The fire destroyed {} homes.\n",
                    i % 297,
                    i % 53
                );
                (format!("d{i}.txt"), text)
            })
            .collect();
        let pairs: Vec<(&str, &str)> = docs.iter().map(|(n, t)| (n.as_str(), t.as_str())).collect();
        let (g, _) = graph(&pairs);
        let claims: Vec<&Claim> = g.claims().collect();
        let classes = Classes::new(&claims, &g);
        let mut plain: std::collections::HashMap<Signature, u32> = std::collections::HashMap::new();
        let mut members: Vec<Vec<u32>> = Vec::new();
        for (i, c) in claims.iter().enumerate() {
            let next = plain.len() as u32;
            let k = *plain.entry(Signature::of(c, story_of(&g, c))).or_insert(next);
            if k == next {
                members.push(Vec::new());
            }
            members[k as usize].push(i as u32);
            assert_eq!(classes.of[i], k, "claim {i}");
        }
        assert!(plain.len() > 150, "{} classes", plain.len());
        assert_eq!(classes.members, members);
    }

    /// Syndicated copies of two sides, in several modalities and mixed
    /// order, with a clause claim beside each measure claim: folded whole,
    /// they give the analysis of listing every pair.
    #[test]
    fn class_pairs_folded_whole_match_listed_pairs() {
        let sides = [
            "The depot strike killed 12 people, the governor said.",
            "The depot strike killed 30 people, the mayor said.",
            "The depot strike reportedly killed 30 people.",
            "The depot strike killed 30 people.",
            "The depot strike killed 12 people.",
            "The depot strike allegedly killed 12 people.",
        ];
        let mut docs = Vec::new();
        for i in 0..150 {
            docs.push((format!("d{i}.txt"), sides[(i * 7 + i / 5) % sides.len()].to_string()));
        }
        let pairs: Vec<(&str, &str)> = docs.iter().map(|(n, t)| (n.as_str(), t.as_str())).collect();
        let (g, lexicon) = graph(&pairs);
        let claims: Vec<&Claim> = g.claims().collect();
        let classes = Classes::new(&claims, &g);
        for min_score in [0.0, 0.5, 0.65, 0.7, 0.8, 0.9] {
            let options = Options { min_score };
            let (_, whole) = hits(&claims, &classes, &lexicon, &options, 0);
            assert!(!whole.is_empty(), "no class pair folded whole");
            let listed = analyse_with(&g, &lexicon, &options, u64::MAX);
            assert_eq!(analyse_with(&g, &lexicon, &options, 0), listed, "min score {min_score}");
            assert_eq!(analyse(&g, &lexicon, &options), listed);
            let pairs = find_conflicts(&g, &lexicon, &options);
            check_groups_cover(&g, &lexicon, &options, &pairs);
        }
    }

    #[test]
    fn blocked_and_naive_agree_on_mixed_claims() {
        let yaml = "
- {id: a, source: one, subject: the unit, predicate: role, object: fighter}
- {id: b, source: two, subject: the unit, predicate: role, object: medic}
- {id: c, source: two, subject: the unit, predicate: role, object: fighter, polarity: negative}
- {id: d, source: one, subject: the strike, predicate: killed, object: '12 people'}
- {id: e, source: two, subject: the strike, predicate: amount, object: 'about 30 people'}
- {id: f, source: one, subject: the strike, predicate: date, object: '11 March 2024'}
- {id: g, source: three, subject: the strike, predicate: date, object: '13 March 2024'}
- {id: h, source: three, subject: the raid, predicate: thwarted}
- {id: i, source: one, subject: the raid, predicate: succeeded}
- {id: j, source: one, subject: the raid, predicate: succeeded, modality: hedged}
- {id: m, source: one, subject: the red parcel, predicate: weight, object: '2 kg'}
- {id: n, source: two, subject: the parcel, predicate: weight, object: '3 kg'}
- {id: o, source: three, subject: the blue parcel, predicate: weight, object: '4 kg'}
- {id: p, source: one, subject: the old red parcel, predicate: weight, object: '5 kg'}
- {id: q, source: two, subject: the old red parcel, predicate: weight, object: '6 kg'}
- id: k
  text: \"Governor Ann Lee said that the raid was thwarted.\"
- id: l
  text: \"Lee's account was met with skepticism by observers.\"
";
        let (g, lexicon) = graph(&[("t.yaml", yaml), ("u.yaml", yaml)]);
        for min_score in [0.0, 0.7] {
            let options = Options { min_score };
            let blocked = find_conflicts(&g, &lexicon, &options);
            assert!(blocked.len() > 20, "{}", blocked.len());
            assert!(blocked.iter().any(|c| c.subject_key == "parcel"));
            assert_eq!(blocked, find_conflicts_naive(&g, &lexicon, &options));
            check_groups_cover(&g, &lexicon, &options, &blocked);
        }
    }

    /// Every conflicting pair belongs to exactly one group, by the same rule.
    pub(super) fn check_groups_cover(g: &ClaimGraph, lexicon: &Lexicon, options: &Options, pairs: &[Conflict]) {
        let analysis = analyse(g, lexicon, options);
        // Class pairs folded whole or listed pair by pair: one analysis.
        assert_eq!(analyse_with(g, lexicon, options, 0), analysis);
        assert_eq!(analyse_with(g, lexicon, options, u64::MAX), analysis);
        assert_eq!(analysis.conflicts.len(), analysis.groups.len());
        let total: u64 = analysis.groups.iter().map(|g| g.pairs).sum();
        assert_eq!(total as usize, pairs.len());
        for c in pairs {
            let holding = analysis
                .groups
                .iter()
                .filter(|g| {
                    g.rule == c.rule
                        && ((g.left.contains(&c.a) && g.right.contains(&c.b))
                            || (g.left.contains(&c.b) && g.right.contains(&c.a)))
                })
                .count();
            assert!(holding >= 1, "{c:?} is in no group");
        }
        for (c, g) in analysis.conflicts.iter().zip(&analysis.groups) {
            assert_eq!(c.id, g.conflict);
            assert!(pairs.iter().any(|p| p.a == c.a && p.b == c.b && p.rule == c.rule));
        }
    }

    /// Every fixture's documents, each fixture on its own and all of them
    /// (those without extra lexicon packs) in one graph.
    #[test]
    fn blocked_and_naive_agree_on_every_fixture() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures");
        let mut files = Vec::new();
        let mut stack = vec![root];
        while let Some(dir) = stack.pop() {
            for e in std::fs::read_dir(&dir).expect("fixtures").flatten() {
                let p = e.path();
                if p.is_dir() {
                    stack.push(p);
                } else if p.extension().is_some_and(|x| x == "yaml") {
                    files.push(p);
                }
            }
        }
        files.sort();
        assert!(files.len() > 10);
        let mut all = Vec::new();
        let options = Options::default();
        for path in files {
            let Ok(fx) = crate::fixture::parse(&std::fs::read_to_string(&path).expect("read")) else {
                continue;
            };
            let base = path.parent().expect("parent");
            let mut lexicon = Lexicon::default_lexicon();
            for pack in &fx.lexicon {
                let text = std::fs::read_to_string(base.join(pack)).expect("pack");
                lexicon.add_pack_str(&text, pack).expect("pack parses");
            }
            let mut docs: Vec<Document> = fx
                .documents
                .iter()
                .map(|d| Document::from_path_name(d.name.clone(), d.text.clone()))
                .collect();
            for f in &fx.files {
                let text = std::fs::read_to_string(base.join(f)).expect("file");
                docs.push(Document::from_path_name(f.clone(), text));
            }
            if fx.lexicon.is_empty() {
                all.extend(docs.iter().cloned());
            }
            let g = ingest(docs, &lexicon).graph;
            let blocked = find_conflicts(&g, &lexicon, &options);
            assert_eq!(
                blocked,
                find_conflicts_naive(&g, &lexicon, &options),
                "{}",
                path.display()
            );
            check_groups_cover(&g, &lexicon, &options, &blocked);
        }
        let lexicon = Lexicon::default_lexicon();
        let g = ingest(all, &lexicon).graph;
        let blocked = find_conflicts(&g, &lexicon, &options);
        assert_eq!(blocked, find_conflicts_naive(&g, &lexicon, &options));
        check_groups_cover(&g, &lexicon, &options, &blocked);
    }

    /// Generated news corpora (crates/corpus): copies, planted conflicts
    /// of every kind, shared subject keys told apart by modifiers.
    #[test]
    fn blocked_and_naive_agree_on_generated_corpora() {
        let lexicon = Lexicon::default_lexicon();
        for seed in [1, 2] {
            let (articles, planted) = antinomy_corpus::generate(&antinomy_corpus::Config {
                seed,
                claims: Some(700),
                bytes: None,
            });
            assert!(!planted.is_empty());
            let docs = articles
                .into_iter()
                .map(|a| Document::from_path_name(a.name, a.text))
                .collect();
            let g = ingest(docs, &lexicon).graph;
            for min_score in [0.0, 0.6] {
                let options = Options { min_score };
                let blocked = find_conflicts(&g, &lexicon, &options);
                assert!(!blocked.is_empty());
                assert_eq!(blocked, find_conflicts_naive(&g, &lexicon, &options), "seed {seed}");
                check_groups_cover(&g, &lexicon, &options, &blocked);
            }
        }
    }
}
