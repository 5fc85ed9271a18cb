//! The lexicon: what antinomy knows about words, written as YAML packs.
//!
//! Every conflict antinomy reports rests on a fact a person can check: "a
//! combatant and a support specialist are disjoint roles", "hailed and
//! downplayed are opposite stances". Those facts live here, not in code, so a
//! team can read them, argue about them and add its own pack with
//! `--lexicon FILE`. Each fact remembers the pack and the group it came from;
//! explanations quote that provenance ("default lexicon, military roles").
//!
//! A pack is plain data (see `docs/formats.md`). Packs merge: later packs add
//! terms, concepts, groups and aliases to earlier ones. Nothing is removed.

use rustc_hash::FxHashMap;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};

use crate::text::LemmaCandidates;

/// The default pack, compiled into the binary.
pub const DEFAULT_LEXICON: &str = include_str!("../lexicon/default.yaml");

/// One lexicon pack as written in YAML.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pack {
    /// Name used in explanations ("default" gives "default lexicon").
    #[serde(default)]
    pub name: Option<String>,
    /// Concepts: categories things can be put in.
    #[serde(default)]
    pub concepts: Vec<ConceptDef>,
    /// Groups of concepts no one thing can belong to two of.
    #[serde(default)]
    pub disjoint: Vec<GroupDef>,
    /// Predicates: verbs and states claims can be built on.
    #[serde(default)]
    pub predicates: Vec<PredicateDef>,
    /// Pairs of predicates that cannot both hold of one subject.
    #[serde(default)]
    pub antonyms: Vec<AntonymDef>,
    /// Verbs that attribute speech, with the stance they express.
    #[serde(default)]
    pub reporting_verbs: Vec<ReportingVerbDef>,
    /// Words that weaken a claim (reportedly, allegedly, may).
    #[serde(default)]
    pub hedges: Vec<String>,
    /// Words that negate (not, never, no).
    #[serde(default)]
    pub negators: Vec<String>,
    /// Nouns that make an otherwise unnamed source anonymous (insiders).
    #[serde(default)]
    pub anonymous_sources: Vec<String>,
    /// Entities and the other names they go by.
    #[serde(default)]
    pub entities: Vec<EntityDef>,
    /// Places and the places inside them.
    #[serde(default)]
    pub places: Vec<PlaceDef>,
    /// Verbs that put a subject in a slot ("carry" for cargo).
    #[serde(default)]
    pub slots: Vec<SlotDef>,
    /// Describing verbs ("call", "describe") and the evaluative words that
    /// turn "X called Y Z" into a stance of X towards Y.
    #[serde(default)]
    pub evaluations: Option<EvaluationDef>,
}

/// Evaluative descriptions, in YAML.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EvaluationDef {
    /// Verbs in base form that describe ("call", "describe", "term").
    #[serde(default)]
    pub verbs: Vec<String>,
    /// Stance predicate id -> words that express it (`praise: [historic]`).
    #[serde(default)]
    pub words: BTreeMap<String, Vec<String>>,
}

/// A slot and the verbs that fill it, in YAML.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SlotDef {
    /// Slot name ("cargo").
    pub name: String,
    /// Verbs in base form ("carry", "transport").
    pub verbs: Vec<String>,
}

/// A place and what lies inside it, in YAML.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlaceDef {
    /// The place ("Kursk Oblast").
    pub name: String,
    /// Places inside it ("Sudzha").
    #[serde(default)]
    pub contains: Vec<String>,
    /// Other names ("Kursk region").
    #[serde(default)]
    pub aliases: Vec<String>,
}

/// A concept in YAML.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConceptDef {
    /// Stable id ("combatant").
    pub id: String,
    /// Words and phrases that name it, in base form ("combat troop").
    #[serde(default)]
    pub terms: Vec<String>,
    /// Broader concepts.
    #[serde(default)]
    pub is_a: Vec<String>,
    /// The slot a mention fills when it describes a subject ("role", "cargo").
    #[serde(default)]
    pub slot: Option<String>,
    /// The mention names what a group of people or things *is* (troops,
    /// forces): as the head of a noun phrase it names the subject, not a value.
    #[serde(default)]
    pub generic: bool,
}

/// A disjoint group in YAML.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GroupDef {
    /// Name quoted in explanations ("military roles").
    pub name: String,
    /// Concept ids; any two of them (and their narrower concepts) are disjoint.
    pub members: Vec<String>,
}

/// A predicate in YAML.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PredicateDef {
    /// Stable id ("confirm").
    pub id: String,
    /// Verb forms and phrases ("corroborate", "play down").
    pub terms: Vec<String>,
    /// `event` (the grammatical subject is what the claim is about) or
    /// `stance` (the agent is the source and the object is the subject).
    #[serde(default)]
    pub kind: PredicateKind,
    /// For events: what the claim is about in an active sentence. `object`
    /// for verbs that happen *to* something ("the court convicted the
    /// captain" is about the captain, like "the captain was acquitted").
    #[serde(default)]
    pub about: About,
}

/// What an event claim is about in an active sentence.
#[derive(Clone, Copy, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum About {
    /// The grammatical subject ("the team won").
    #[default]
    Subject,
    /// The object ("the court convicted the captain": the captain).
    Object,
}

/// How a predicate relates agent, source and subject.
#[derive(Clone, Copy, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum PredicateKind {
    /// "The attempt was thwarted": the subject is what the predicate is about.
    #[default]
    Event,
    /// "X hailed the troops": X is the source, the troops are the subject.
    Stance,
}

/// An antonym group in YAML.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AntonymDef {
    /// Name quoted in explanations ("outcomes").
    pub name: String,
    /// Predicate id pairs that cannot both hold.
    pub pairs: Vec<[String; 2]>,
    /// The first predicate of each pair undoes the second ("reopen" /
    /// "close"): it says the second came before, so told without a time the
    /// two are a sequence ("the bridge closed", "the bridge reopened on
    /// Thursday"). Such pairs meet only when both sides give the same time.
    #[serde(default)]
    pub sequence: bool,
}

/// A reporting verb in YAML.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportingVerbDef {
    /// Forms ("say", "said", "says", "told").
    pub terms: Vec<String>,
    /// What attributing a statement with this verb tells about it.
    pub stance: Stance,
}

/// The stance a reporting verb gives its source towards the content.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum Stance {
    /// Plain attribution: say, state, tell.
    Assert,
    /// Hedged attribution: suggest, allege, speculate.
    Hedge,
    /// The source holds the opposite: deny, reject.
    Deny,
}

/// An entity in YAML.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntityDef {
    /// Canonical name.
    pub name: String,
    /// Other names.
    #[serde(default)]
    pub aliases: Vec<String>,
}

/// Where a lexicon fact came from, for explanations.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Provenance {
    /// Pack name ("default").
    pub pack: String,
    /// Group name ("military roles").
    pub group: String,
}

impl std::fmt::Display for Provenance {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} lexicon, {}", self.pack, self.group)
    }
}

/// A compiled concept.
#[derive(Clone, Debug)]
pub struct Concept {
    /// Stable id.
    pub id: String,
    /// Broader concepts.
    pub parents: Vec<String>,
    /// Slot filled, inherited from the nearest ancestor that names one.
    pub slot: Option<String>,
    /// Names a kind of group rather than a value (see [`ConceptDef::generic`]).
    pub generic: bool,
    /// First term, for explanations.
    pub label: String,
}

/// A compiled predicate.
#[derive(Clone, Debug)]
pub struct Predicate {
    /// Stable id.
    pub id: String,
    /// Event or stance.
    pub kind: PredicateKind,
    /// Subject or object, for events.
    pub about: About,
}

/// What a phrase in the text turned out to be.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TermKind {
    /// A concept id.
    Concept(String),
    /// A predicate id.
    Predicate(String),
    /// A reporting verb.
    Reporting(Stance),
    /// A hedge.
    Hedge,
    /// A negator.
    Negator,
}

/// A lexicon problem: reported, never looped on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexiconProblem {
    /// The pack.
    pub pack: String,
    /// What is wrong.
    pub message: String,
}

/// The merged, compiled lexicon.
#[derive(Clone, Debug, Default)]
pub struct Lexicon {
    concepts: BTreeMap<String, Concept>,
    predicates: BTreeMap<String, Predicate>,
    /// First lemma of a term -> (term lemmas, what it is), longest first.
    /// Asked for nearly every word read, never iterated: Fx hashing rather
    /// than SipHash (the same for the aliases).
    terms: FxHashMap<String, Vec<(Vec<String>, TermKind)>>,
    /// Concept id -> the disjoint groups it is a direct member of.
    disjoint: BTreeMap<String, Vec<(usize, Provenance)>>,
    /// Unordered predicate pair -> provenance.
    antonyms: BTreeMap<(String, String), Provenance>,
    /// The antonym pairs of groups marked `sequence` (see [`AntonymDef`]).
    sequences: BTreeSet<(String, String)>,
    /// Lowercased alias -> canonical lowercased name.
    aliases: FxHashMap<String, String>,
    anonymous: BTreeSet<String>,
    /// Lowercased place -> places directly inside it.
    contains: BTreeMap<String, BTreeSet<String>>,
    /// Slot -> verbs that fill it.
    slot_verbs: BTreeMap<String, BTreeSet<String>>,
    /// Describing verbs.
    describing: BTreeSet<String>,
    /// Evaluative word -> stance predicate id.
    evaluative: BTreeMap<String, String>,
    problems: Vec<LexiconProblem>,
}

/// Errors from reading a pack.
#[derive(Debug, thiserror::Error)]
pub enum LexiconError {
    /// The YAML did not parse or did not fit the schema.
    #[error("{line}:{column}: {message}")]
    Yaml {
        /// 1-based line, 0 if unknown.
        line: u64,
        /// 1-based column, 0 if unknown.
        column: u64,
        /// What went wrong.
        message: String,
    },
}

impl Lexicon {
    /// The default lexicon alone.
    pub fn default_lexicon() -> Lexicon {
        let mut lexicon = Lexicon::default();
        // The embedded pack is tested; failing to parse it is a build defect,
        // but we still surface it as a problem rather than panic.
        if let Err(e) = lexicon.add_pack_str(DEFAULT_LEXICON, "default") {
            lexicon.problems.push(LexiconProblem {
                pack: "default".into(),
                message: e.to_string(),
            });
        }
        lexicon
    }

    /// Parses a YAML pack and merges it. `fallback_name` names the pack in
    /// explanations when it has no `name:`.
    pub fn add_pack_str(&mut self, yaml: &str, fallback_name: &str) -> Result<(), LexiconError> {
        let pack: Pack = crate::yaml::from_str(yaml).map_err(|e| LexiconError::Yaml {
            line: e.line,
            column: e.column,
            message: e.message,
        })?;
        self.add_pack(pack, fallback_name);
        Ok(())
    }

    /// Merges a parsed pack.
    pub fn add_pack(&mut self, pack: Pack, fallback_name: &str) {
        let pack_name = pack.name.clone().unwrap_or_else(|| fallback_name.to_string());
        for c in pack.concepts {
            let label = c.terms.first().cloned().unwrap_or_else(|| c.id.replace('-', " "));
            let entry = self.concepts.entry(c.id.clone()).or_insert_with(|| Concept {
                id: c.id.clone(),
                parents: Vec::new(),
                slot: None,
                generic: false,
                label,
            });
            for p in c.is_a {
                if !entry.parents.contains(&p) {
                    entry.parents.push(p);
                }
            }
            if c.slot.is_some() {
                entry.slot = c.slot;
            }
            entry.generic |= c.generic;
            for t in &c.terms {
                self.add_term(t, TermKind::Concept(c.id.clone()));
            }
        }
        for p in pack.predicates {
            self.predicates.insert(
                p.id.clone(),
                Predicate {
                    id: p.id.clone(),
                    kind: p.kind,
                    about: p.about,
                },
            );
            for t in &p.terms {
                self.add_term(t, TermKind::Predicate(p.id.clone()));
            }
        }
        let base = self.disjoint.values().flatten().map(|(g, _)| g + 1).max().unwrap_or(0);
        for (i, g) in pack.disjoint.iter().enumerate() {
            let prov = Provenance {
                pack: pack_name.clone(),
                group: g.name.clone(),
            };
            for m in &g.members {
                if !self.concepts.contains_key(m) {
                    self.problems.push(LexiconProblem {
                        pack: pack_name.clone(),
                        message: format!("disjoint group '{}' names unknown concept '{m}'", g.name),
                    });
                }
                self.disjoint
                    .entry(m.clone())
                    .or_default()
                    .push((base + i, prov.clone()));
            }
        }
        for a in pack.antonyms {
            for [x, y] in a.pairs {
                for id in [&x, &y] {
                    if !self.predicates.contains_key(id) {
                        self.problems.push(LexiconProblem {
                            pack: pack_name.clone(),
                            message: format!("antonym group '{}' names unknown predicate '{id}'", a.name),
                        });
                    }
                }
                let key = ordered(&x, &y);
                if a.sequence {
                    self.sequences.insert(key.clone());
                }
                self.antonyms.insert(
                    key,
                    Provenance {
                        pack: pack_name.clone(),
                        group: a.name.clone(),
                    },
                );
            }
        }
        for r in pack.reporting_verbs {
            for t in &r.terms {
                self.add_term(t, TermKind::Reporting(r.stance));
            }
        }
        for h in &pack.hedges {
            self.add_term(h, TermKind::Hedge);
        }
        for n in &pack.negators {
            self.add_term(n, TermKind::Negator);
        }
        for a in pack.anonymous_sources {
            self.anonymous.insert(a.to_lowercase());
        }
        for e in pack.entities {
            let canonical = e.name.to_lowercase();
            for a in e.aliases {
                self.aliases.insert(a.to_lowercase(), canonical.clone());
            }
        }
        if let Some(ev) = pack.evaluations {
            self.describing.extend(ev.verbs.into_iter().map(|v| v.to_lowercase()));
            for (stance, words) in ev.words {
                if !self.predicates.contains_key(&stance) {
                    self.problems.push(LexiconProblem {
                        pack: pack_name.clone(),
                        message: format!("evaluations name unknown predicate '{stance}'"),
                    });
                }
                for w in words {
                    self.evaluative.insert(w.to_lowercase(), stance.clone());
                }
            }
        }
        for s in pack.slots {
            self.slot_verbs
                .entry(s.name)
                .or_default()
                .extend(s.verbs.into_iter().map(|v| v.to_lowercase()));
        }
        for p in pack.places {
            let name = p.name.to_lowercase();
            for a in p.aliases {
                self.aliases.insert(a.to_lowercase(), name.clone());
            }
            let inside = self.contains.entry(name).or_default();
            inside.extend(p.contains.iter().map(|c| c.to_lowercase()));
        }
        self.resolve_slots();
        self.check_consistency(&pack_name);
    }

    fn add_term(&mut self, term: &str, kind: TermKind) {
        let words: Vec<String> = crate::text::words(term).map(|w| w.to_lowercase()).collect();
        let Some(first) = words.first().cloned() else {
            return;
        };
        let list = self.terms.entry(first).or_default();
        if !list.iter().any(|(w, k)| *w == words && *k == kind) {
            list.push((words, kind));
            // Longest match first, then a stable order.
            list.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
        }
    }

    /// Slots are inherited: a concept without one takes its nearest ancestor's.
    fn resolve_slots(&mut self) {
        let ids: Vec<String> = self.concepts.keys().cloned().collect();
        for id in ids {
            if self.concepts.get(&id).is_some_and(|c| c.slot.is_some()) {
                continue;
            }
            let slot = self
                .ancestors(&id)
                .into_iter()
                .find_map(|a| self.concepts.get(&a).and_then(|c| c.slot.clone()));
            if let Some(c) = self.concepts.get_mut(&id) {
                c.slot = slot;
            }
        }
    }

    /// Reports a concept that is disjoint with one of its own ancestors, and
    /// is-a cycles. Both make every answer about the concept meaningless.
    fn check_consistency(&mut self, pack: &str) {
        let mut found = Vec::new();
        for id in self.concepts.keys() {
            if self.concepts[id]
                .parents
                .iter()
                .any(|p| self.ancestors(p).contains(id) || p == id)
            {
                found.push(format!("concept '{id}' is its own ancestor (is-a cycle)"));
            }
            for a in self.ancestors(id) {
                if a != *id && self.disjoint_fact(id, &a).is_some() {
                    found.push(format!("concept '{id}' is disjoint with its own ancestor '{a}'"));
                }
            }
        }
        // A problem found again after a later pack belongs to the pack
        // that made it: report it once.
        for message in found {
            if !self.problems.iter().any(|q| q.message == message) {
                self.problems.push(LexiconProblem {
                    pack: pack.to_string(),
                    message,
                });
            }
        }
    }

    /// Problems found while merging packs (unknown ids, cycles, concepts
    /// disjoint with their own parents).
    pub fn problems(&self) -> &[LexiconProblem] {
        &self.problems
    }

    /// A concept by id.
    pub fn concept(&self, id: &str) -> Option<&Concept> {
        self.concepts.get(id)
    }

    /// All concepts in id order.
    pub fn concepts(&self) -> impl Iterator<Item = &Concept> {
        self.concepts.values()
    }

    /// A predicate by id.
    pub fn predicate(&self, id: &str) -> Option<&Predicate> {
        self.predicates.get(id)
    }

    /// The concept and its ancestors, nearest first, each once. Cycles in a
    /// user's pack end the walk instead of looping.
    pub fn ancestors(&self, id: &str) -> Vec<String> {
        let mut out = vec![id.to_string()];
        let mut i = 0;
        while i < out.len() {
            if let Some(c) = self.concepts.get(&out[i]) {
                for p in &c.parents {
                    if !out.contains(p) {
                        out.push(p.clone());
                    }
                }
            }
            i += 1;
        }
        out
    }

    /// Whether `a` is `b` or narrower than it.
    pub fn is_a(&self, a: &str, b: &str) -> bool {
        self.ancestors(a).iter().any(|x| x == b)
    }

    /// Why `a` and `b` are disjoint, if they are: the two ancestors that sit
    /// in one disjoint group, and the group's provenance.
    pub fn disjoint_fact(&self, a: &str, b: &str) -> Option<DisjointFact> {
        let anc_b = self.ancestors(b);
        for x in self.ancestors(a) {
            let Some(groups_x) = self.disjoint.get(&x) else {
                continue;
            };
            for y in &anc_b {
                if *y == x {
                    continue;
                }
                let Some(groups_y) = self.disjoint.get(y) else {
                    continue;
                };
                for (gx, prov) in groups_x {
                    if groups_y.iter().any(|(gy, _)| gy == gx) {
                        return Some(DisjointFact {
                            a: x.clone(),
                            b: y.clone(),
                            provenance: prov.clone(),
                        });
                    }
                }
            }
        }
        None
    }

    /// Why predicates `a` and `b` are antonyms, if they are.
    pub fn antonym_fact(&self, a: &str, b: &str) -> Option<&Provenance> {
        self.antonyms.get(&ordered(a, b))
    }

    /// Whether antonyms `a` and `b` are one that undoes the other, which
    /// meet only at one stated time (see [`AntonymDef::sequence`]).
    pub fn antonyms_in_sequence(&self, a: &str, b: &str) -> bool {
        self.sequences.contains(&ordered(a, b))
    }

    /// The canonical name of an entity alias, if the lexicon knows one.
    pub fn canonical_alias(&self, name: &str) -> Option<&str> {
        self.aliases.get(name).map(String::as_str)
    }

    /// Whether place `outer` contains place `inner` (both lowercased keys),
    /// directly or through places in between.
    pub fn contains_place(&self, outer: &str, inner: &str) -> bool {
        let mut stack = vec![outer.to_string()];
        let mut seen = BTreeSet::new();
        while let Some(p) = stack.pop() {
            if !seen.insert(p.clone()) {
                continue;
            }
            if let Some(inside) = self.contains.get(&p) {
                if inside.contains(inner) {
                    return true;
                }
                stack.extend(inside.iter().cloned());
            }
        }
        false
    }

    /// Whether `verb` (base form) describes ("call", "describe").
    pub fn is_describing_verb(&self, verb: &str) -> bool {
        self.describing.contains(verb)
    }

    /// The stance an evaluative word expresses ("historic" -> "praise").
    pub fn evaluation(&self, word: &str) -> Option<&str> {
        self.evaluative.get(word).map(String::as_str)
    }

    /// Whether the lexicon lists `verb` (base form) as filling `slot`.
    pub fn slot_verb(&self, slot: &str, verb: &str) -> bool {
        self.slot_verbs.get(slot).is_some_and(|v| v.contains(verb))
    }

    /// Whether a (lowercased, singular) noun marks an unnamed source.
    pub fn is_anonymous_source_noun(&self, noun: &str) -> bool {
        self.anonymous.contains(noun)
    }

    /// The longest lexicon term starting at `words[i]`: how many words it
    /// spans and what it is. Words are matched through their lemma
    /// candidates, so "troops" meets the term "troop" and "thwarted" meets
    /// "thwart".
    pub fn match_at(&self, words: &[&str], i: usize) -> Option<(usize, &TermKind)> {
        self.matches_at(words, i).into_iter().next()
    }

    /// The concept whose term is the whole of `words` ("light blue",
    /// "Danish"), if one is: what a swapped phrase is, for the minimal-pair
    /// reader and the substitution rule alike.
    pub fn concept_of_phrase(&self, words: &[&str]) -> Option<&str> {
        self.matches_at(words, 0)
            .into_iter()
            .find_map(|(len, kind)| match kind {
                TermKind::Concept(id) if len == words.len() => Some(id.as_str()),
                _ => None,
            })
    }

    /// All terms starting at `words[i]`, longest first.
    ///
    /// A word meets a term's word when one of its lemma candidates
    /// ([`crate::text::lemma_candidates`]) is that word. The first word's candidates are
    /// looked up in the term map in their order (which decides the order of
    /// terms of equal length); the candidates are made on the stack
    /// (`text::LemmaCandidates`) and only those with a suffix are written out,
    /// into a buffer on the stack, to be looked up.
    pub fn matches_at(&self, words: &[&str], i: usize) -> Vec<(usize, &TermKind)> {
        let first = normal_form(words.get(i).copied().unwrap_or(""));
        let firsts = LemmaCandidates::of(&first);
        let mut seen = Vec::new();
        let mut out = Vec::new();
        let mut buffer = [0u8; 32];
        for (stem, suffix) in firsts.iter() {
            let list = match joined_in(&mut buffer, stem, suffix) {
                Some(c) => self.terms.get(c),
                None => self.terms.get(&format!("{stem}{suffix}")),
            };
            if let Some(list) = list {
                for (term, kind) in list {
                    if seen.contains(&(term, kind)) {
                        continue;
                    }
                    if term.len() + i <= words.len()
                        && term
                            .iter()
                            .zip(&words[i..])
                            .all(|(t, w)| LemmaCandidates::of(&normal_form(w)).contains(t))
                    {
                        seen.push((term, kind));
                        // "medical supply" and "medical supplies" are two
                        // spellings of one concept's term: the same words
                        // meet both, and they must make one mention, not
                        // two claims. (A predicate met twice, "died" as
                        // "die" and as "died", is read twice on purpose:
                        // once as the clause's verb, once as the event.)
                        if !(matches!(kind, TermKind::Concept(_)) && out.contains(&(term.len(), kind))) {
                            out.push((term.len(), kind));
                        }
                    }
                }
            }
        }
        out.sort_by_key(|m| std::cmp::Reverse(m.0));
        out
    }
}

/// A word as [`crate::text::lemma_candidates`] reads it: lower case, with the
/// typographic apostrophe as a plain one. Borrowed when it is already so,
/// which a word without ASCII capitals and without other than ASCII bytes
/// always is (the tokens' lower-case forms nearly always).
fn normal_form(word: &str) -> std::borrow::Cow<'_, str> {
    if word.bytes().any(|b| b.is_ascii_uppercase() || b >= 0x80) {
        std::borrow::Cow::Owned(word.to_lowercase().replace('’', "'"))
    } else {
        std::borrow::Cow::Borrowed(word)
    }
}

/// `stem` followed by `suffix`, written into `buffer` when it fits: the
/// stem itself when there is no suffix, `None` when it does not fit.
fn joined_in<'a>(buffer: &'a mut [u8], stem: &'a str, suffix: &str) -> Option<&'a str> {
    if suffix.is_empty() {
        return Some(stem);
    }
    let len = stem.len() + suffix.len();
    let out = buffer.get_mut(..len)?;
    out[..stem.len()].copy_from_slice(stem.as_bytes());
    out[stem.len()..].copy_from_slice(suffix.as_bytes());
    std::str::from_utf8(out).ok()
}

/// The evidence that two concepts are disjoint.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DisjointFact {
    /// The ancestor of the first concept that sits in the group.
    pub a: String,
    /// The ancestor of the second concept that sits in the group.
    pub b: String,
    /// Which pack and group said so.
    pub provenance: Provenance,
}

fn ordered(a: &str, b: &str) -> (String, String) {
    if a <= b {
        (a.to_string(), b.to_string())
    } else {
        (b.to_string(), a.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_lexicon_parses_without_problems() {
        let lex = Lexicon::default_lexicon();
        assert_eq!(lex.problems(), &[] as &[LexiconProblem]);
        assert!(lex.concept("combatant").is_some());
    }

    #[test]
    fn combatants_and_support_specialists_are_disjoint() {
        let lex = Lexicon::default_lexicon();
        let fact = lex.disjoint_fact("fighter", "logistics-specialist").expect("disjoint");
        assert_eq!(fact.provenance.to_string(), "default lexicon, military roles");
        assert!(lex.disjoint_fact("fighter", "combatant").is_none());
    }

    #[test]
    fn a_concept_disjoint_with_its_parent_is_reported_not_looped_on() {
        let mut lex = Lexicon::default();
        let yaml = "
name: broken
concepts:
  - {id: animal, terms: [animal]}
  - {id: dog, terms: [dog], is_a: [animal, dog]}
disjoint:
  - {name: nonsense, members: [animal, dog]}
";
        lex.add_pack_str(yaml, "x").expect("parses");
        let messages: Vec<_> = lex.problems().iter().map(|p| p.message.as_str()).collect();
        assert!(
            messages.iter().any(|m| m.contains("disjoint with its own ancestor")),
            "{messages:?}"
        );
        assert!(messages.iter().any(|m| m.contains("cycle")), "{messages:?}");
    }

    #[test]
    fn terms_match_through_lemmas_and_prefer_the_longest() {
        let lex = Lexicon::default_lexicon();
        let words = ["combat", "troops", "arrived"];
        let (len, kind) = lex.match_at(&words, 0).expect("match");
        assert_eq!(len, 2);
        assert_eq!(kind, &TermKind::Concept("combatant".into()));
    }
}
