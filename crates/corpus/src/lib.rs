//! antinomy-corpus: news-style corpora with known conflicts, from a seed.
//!
//! A benchmark that only measures speed can be won by reading nothing, so
//! every corpus made here carries its answer key. The generator writes
//! *stories*: each story has a name of its own ("Karovel") and a few facts
//! (the Karovel raid was thwarted; the Karovel convoy carried shells). Each
//! story is told by a handful of articles, each article quoting different
//! sources in the ways news reports do ("X said", "according to X", an
//! insider who "suggested"), and an article may be syndicated: copied word
//! for word under another outlet's name. Some facts are *planted
//! conflicts*: some articles tell one side, others the other. The planted
//! conflicts, with the documents on each side, are the answer key
//! ([`Planted`]), so a run at any scale also measures recall.
//!
//! Everything is decided by a small xorshift generator seeded by the
//! caller, so a seed and a size always give the same bytes. Sentences use
//! the words of antinomy's default lexicon and forms its prose reader
//! understands; the crate's tests read a sample with antinomy itself and
//! check that every planted conflict is found.
//!
//! Story names are distinct by construction (the story number written in a
//! base of syllables), so facts of different stories never meet: the
//! conflicts found are the planted ones, whatever the size.

#![warn(missing_docs)]

use std::collections::VecDeque;

use serde::{Deserialize, Serialize};

/// How much to generate: articles are written until either limit is met.
#[derive(Clone, Debug)]
pub struct Config {
    /// The seed; the same seed and limits give the same corpus.
    pub seed: u64,
    /// Stop after about this many claims (estimated from the templates).
    pub claims: Option<u64>,
    /// Stop after about this many bytes of text.
    pub bytes: Option<u64>,
}

/// One generated article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Article {
    /// Relative path, `NNN/NNNNNNN.txt` (a thousand articles per folder).
    pub name: String,
    /// The text.
    pub text: String,
}

/// A planted conflict: the documents that tell each side.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Planted {
    /// "p1", "p2", ...
    pub id: String,
    /// The rule expected to flag it (`antonym`, `disjoint-category`, ...).
    pub rule: String,
    /// The kind of fact ("raid", "role", ...).
    pub kind: String,
    /// The subject as written ("the Karovel raid").
    pub subject: String,
    /// Articles that tell one side.
    pub a: Vec<String>,
    /// Articles that tell the other.
    pub b: Vec<String>,
}

/// Writes articles one at a time (it is an iterator), keeping only the
/// answer key in memory, so corpora of any size stream to disk.
pub struct Generator {
    rng: Rng,
    claims_limit: u64,
    bytes_limit: u64,
    claims: u64,
    bytes: u64,
    stories: u64,
    articles: u64,
    queue: VecDeque<Article>,
    planted: Vec<Planted>,
}

impl Generator {
    /// A generator for `config`. With neither limit, it writes about 10,000
    /// claims.
    pub fn new(config: &Config) -> Generator {
        let (claims_limit, bytes_limit) = match (config.claims, config.bytes) {
            (None, None) => (10_000, u64::MAX),
            (c, b) => (c.unwrap_or(u64::MAX), b.unwrap_or(u64::MAX)),
        };
        Generator {
            rng: Rng::new(config.seed),
            claims_limit,
            bytes_limit,
            claims: 0,
            bytes: 0,
            stories: 0,
            articles: 0,
            queue: VecDeque::new(),
            planted: Vec::new(),
        }
    }

    /// The planted conflicts of the articles written so far.
    pub fn planted(&self) -> &[Planted] {
        &self.planted
    }

    /// Claims the prose reader is expected to find in the articles written
    /// so far (an estimate from the templates).
    pub fn estimated_claims(&self) -> u64 {
        self.claims
    }

    /// Bytes written so far.
    pub fn bytes(&self) -> u64 {
        self.bytes
    }

    /// Writes one story's articles into the queue.
    fn story(&mut self) {
        let s = self.stories;
        self.stories += 1;
        let name = story_name(s);
        let rng = &mut self.rng;

        let n_facts = 2 + rng.below(3) as usize;
        let mut kinds: Vec<usize> = (0..KINDS.len()).collect();
        rng.shuffle(&mut kinds);
        kinds.truncate(n_facts);
        kinds.sort_unstable();
        let base = 1 + rng.below(4) as usize;
        let facts: Vec<Fact> = kinds
            .iter()
            .map(|&k| {
                let kind = &KINDS[k];
                Fact {
                    kind: k,
                    planted: rng.chance(35),
                    a: rng.below(kind.a.len() as u64) as usize,
                    b: rng.below(kind.b.len() as u64) as usize,
                }
            })
            .collect();

        // Which side of each fact each base article tells: the first article
        // tells side a, the second side b, the others either.
        let mut sides: Vec<Vec<Vec<bool>>> = Vec::with_capacity(base);
        for j in 0..base {
            let per_fact = facts
                .iter()
                .map(|f| match (f.planted, base, j) {
                    (false, _, _) => vec![false],
                    (true, 1, _) => vec![false, true],
                    (true, _, 0) => vec![false],
                    (true, _, 1) => vec![true],
                    (true, _, _) => vec![rng.chance(50)],
                })
                .collect();
            sides.push(per_fact);
        }

        let mut planted: Vec<Planted> = facts
            .iter()
            .map(|f| Planted {
                id: String::new(),
                rule: KINDS[f.kind].rule.to_string(),
                kind: KINDS[f.kind].name.to_string(),
                subject: subject_of(KINDS[f.kind].name, &name),
                a: Vec::new(),
                b: Vec::new(),
            })
            .collect();

        for per_fact in sides {
            let text = self.article(&name, &facts, &per_fact);
            let copies = 1 + self.copies();
            let mut estimate = 0;
            for (f, fact_sides) in facts.iter().zip(&per_fact) {
                for &side in fact_sides {
                    estimate += KINDS[f.kind].claims(side);
                }
            }
            estimate += FILLER_CLAIMS * text.matches(FILLER_MARK).count() as u64;
            let text = text.replace(FILLER_MARK, "");
            for _ in 0..copies {
                let n = self.articles;
                self.articles += 1;
                let article = Article {
                    name: format!("{:03}/{n:07}.txt", n / 1000),
                    text: text.clone(),
                };
                for (p, fact_sides) in planted.iter_mut().zip(&per_fact) {
                    for &side in fact_sides {
                        let list = if side { &mut p.b } else { &mut p.a };
                        if list.last() != Some(&article.name) {
                            list.push(article.name.clone());
                        }
                    }
                }
                self.claims += estimate;
                self.bytes += article.text.len() as u64;
                self.queue.push_back(article);
            }
        }
        for (p, f) in planted.into_iter().zip(&facts) {
            if f.planted {
                let id = format!("p{}", self.planted.len() + 1);
                self.planted.push(Planted { id, ..p });
            }
        }
    }

    /// How many extra copies a syndicated article gets: most none, a few
    /// many (one wire story picked up by thirty outlets).
    fn copies(&mut self) -> u64 {
        match self.rng.below(100) {
            0..=59 => 0,
            60..=84 => 1 + self.rng.below(3),
            85..=96 => 4 + self.rng.below(7),
            _ => 11 + self.rng.below(20),
        }
    }

    fn article(&mut self, name: &str, facts: &[Fact], sides: &[Vec<bool>]) -> String {
        let rng = &mut self.rng;
        let mut out = format!(
            "{}\n\n",
            HEADLINES[rng.below(HEADLINES.len() as u64) as usize].replace("{N}", name)
        );
        let mut paragraph = Vec::new();
        paragraph.push(filler(rng, name));
        for (f, fact_sides) in facts.iter().zip(sides) {
            let kind = &KINDS[f.kind];
            for &side in fact_sides {
                let (forms, variant) = if side { (kind.b, f.b) } else { (kind.a, f.a) };
                let core = forms[variant].replace("{N}", name);
                paragraph.push(attribute(rng, kind, &core));
                if rng.chance(50) {
                    out.push_str(&paragraph.join(" "));
                    out.push_str("\n\n");
                    paragraph.clear();
                }
            }
        }
        for _ in 0..1 + rng.below(3) {
            paragraph.push(filler(rng, name));
        }
        out.push_str(&paragraph.join(" "));
        out.push('\n');
        out
    }
}

impl Iterator for Generator {
    type Item = Article;

    fn next(&mut self) -> Option<Article> {
        while self.queue.is_empty() {
            if self.claims >= self.claims_limit || self.bytes >= self.bytes_limit {
                return None;
            }
            self.story();
        }
        self.queue.pop_front()
    }
}

/// Generates a whole corpus in memory: the articles and the answer key.
pub fn generate(config: &Config) -> (Vec<Article>, Vec<Planted>) {
    let mut generator = Generator::new(config);
    let articles: Vec<Article> = generator.by_ref().collect();
    (articles, generator.planted().to_vec())
}

/// How well a report found the planted conflicts.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Recall {
    /// Planted conflicts.
    pub planted: usize,
    /// Planted conflicts some group links (one side's document to the other's).
    pub found: usize,
    /// Ids of the planted conflicts not found, in order.
    pub missed: Vec<String>,
    /// Groups in the report that link no planted conflict.
    pub unplanted_groups: usize,
    /// Groups in the report.
    pub groups: usize,
    /// Claims in the report (for benchmarks: bytes and time per claim).
    pub claims: usize,
}

/// The part of `antinomy report --format json` that recall needs.
#[derive(Debug, Deserialize)]
pub struct ReportView {
    /// Claim id and document of every claim.
    pub claims: Vec<ClaimView>,
    /// The conflicts shown in full.
    pub conflicts: Vec<ConflictView>,
    /// The conflict groups.
    #[serde(default)]
    pub groups: Vec<GroupView>,
}

/// A claim of the report: only where it comes from.
#[derive(Debug, Deserialize)]
pub struct ClaimView {
    /// "c1".
    pub id: String,
    /// Document name as given.
    pub doc: String,
}

/// A conflict of the report: its rule and the rules merged into it.
#[derive(Debug, Deserialize)]
pub struct ConflictView {
    /// "k1".
    pub id: String,
    /// Rule name.
    pub rule: String,
    /// Other rules that flagged the same clauses.
    #[serde(default)]
    pub also: Vec<String>,
}

/// A group of the report.
#[derive(Debug, Deserialize)]
pub struct GroupView {
    /// Rule name.
    pub rule: String,
    /// The representative conflict.
    pub conflict: String,
    /// Claim ids on one side.
    pub left: Vec<String>,
    /// Claim ids on the other.
    pub right: Vec<String>,
}

/// Which planted conflicts a report found. A planted conflict is found
/// when a group of its rule (or one whose representative also names its
/// rule) has a claim from a side-a document on one side and a claim from a
/// side-b document on the other. Documents are matched by the end of their
/// name, so reports may name them by any path prefix.
pub fn recall(planted: &[Planted], report: &ReportView) -> Recall {
    use std::collections::{HashMap, HashSet};
    let article = |doc: &str| -> String {
        // Keep the last two path components: "NNN/NNNNNNN.txt".
        let parts: Vec<&str> = doc.rsplitn(3, ['/', '\\']).collect();
        match parts.as_slice() {
            [file, dir, ..] => format!("{dir}/{file}"),
            _ => doc.to_string(),
        }
    };
    let doc_of: HashMap<&str, String> = report.claims.iter().map(|c| (c.id.as_str(), article(&c.doc))).collect();
    let also: HashMap<&str, &ConflictView> = report.conflicts.iter().map(|c| (c.id.as_str(), c)).collect();
    // For each (rule, document, document) a group links, in both orders.
    let mut links: HashSet<(&str, &str, &str)> = HashSet::new();
    let mut group_links: Vec<Vec<(String, String)>> = Vec::new();
    for g in &report.groups {
        let mut rules: Vec<&str> = vec![g.rule.as_str()];
        if let Some(c) = also.get(g.conflict.as_str()) {
            rules.extend(c.also.iter().map(String::as_str));
        }
        let docs = |side: &[String]| -> Vec<&str> {
            let mut v: Vec<&str> = side
                .iter()
                .filter_map(|id| doc_of.get(id.as_str()).map(String::as_str))
                .collect();
            v.sort_unstable();
            v.dedup();
            v
        };
        let (left, right) = (docs(&g.left), docs(&g.right));
        let mut pairs = Vec::new();
        for &l in &left {
            for &r in &right {
                for &rule in &rules {
                    links.insert((rule, l, r));
                    links.insert((rule, r, l));
                }
                pairs.push((l.to_string(), r.to_string()));
            }
        }
        group_links.push(pairs);
    }
    let mut out = Recall {
        planted: planted.len(),
        groups: report.groups.len(),
        claims: report.claims.len(),
        ..Recall::default()
    };
    let mut planted_docs: HashSet<(String, String)> = HashSet::new();
    for p in planted {
        let hit = p.a.iter().any(|a| {
            p.b.iter()
                .any(|b| links.contains(&(p.rule.as_str(), a.as_str(), b.as_str())))
        });
        if hit {
            out.found += 1;
        } else {
            out.missed.push(p.id.clone());
        }
        for a in &p.a {
            for b in &p.b {
                planted_docs.insert((a.clone(), b.clone()));
                planted_docs.insert((b.clone(), a.clone()));
            }
        }
    }
    out.unplanted_groups = group_links
        .iter()
        .filter(|pairs| !pairs.iter().any(|pair| planted_docs.contains(pair)))
        .count();
    out
}

struct Fact {
    kind: usize,
    planted: bool,
    a: usize,
    b: usize,
}

/// A kind of fact: the rule that flags its conflict and the clause forms of
/// each side. `{N}` is the story's name.
struct Kind {
    name: &'static str,
    rule: &'static str,
    /// Forms of side a.
    a: &'static [&'static str],
    /// Forms of side b.
    b: &'static [&'static str],
    /// Whether the clause can take an attribution ("X said").
    attributed: bool,
    /// Claims the reader finds in one sentence of side a and of side b.
    estimate: (u64, u64),
}

impl Kind {
    fn claims(&self, side: bool) -> u64 {
        if side {
            self.estimate.1
        } else {
            self.estimate.0
        }
    }
}

const KINDS: &[Kind] = &[
    Kind {
        name: "raid",
        rule: "antonym",
        a: &["the {N} raid was thwarted", "the {N} raid was foiled"],
        b: &["the {N} raid succeeded"],
        attributed: true,
        estimate: (1, 1),
    },
    Kind {
        name: "role",
        rule: "disjoint-category",
        a: &[
            "the {N} brigade troops were fighters",
            "the {N} brigade troops were combatants",
        ],
        b: &[
            "the {N} brigade troops were logistics specialists",
            "the {N} brigade troops were medics",
            "the {N} brigade troops were sent as engineering specialists",
        ],
        attributed: true,
        estimate: (2, 2),
    },
    Kind {
        name: "stance",
        rule: "antonym",
        a: &[
            "The Dessan leader praised the {N} brigade in a televised speech.",
            "The regional governor hailed the {N} brigade.",
        ],
        b: &[
            "The Ostrel defence ministry played down the {N} brigade.",
            "State media downplayed the {N} brigade.",
        ],
        attributed: false,
        estimate: (1, 2),
    },
    Kind {
        name: "report",
        rule: "negation",
        a: &[
            "The Ostrel foreign ministry confirmed the {N} report.",
            "Interior Minister Dana Voss confirmed the {N} report.",
        ],
        b: &[
            "The Dessan interior ministry did not confirm the {N} report.",
            "The provincial police did not confirm the {N} report.",
        ],
        attributed: false,
        estimate: (1, 1),
    },
    Kind {
        name: "cargo",
        rule: "disjoint-category",
        a: &[
            "the {N} convoy carried artillery shells",
            "the {N} convoy carried ammunition",
            "the {N} convoy carried rifles",
        ],
        b: &[
            "the {N} convoy carried medical supplies",
            "the {N} convoy carried humanitarian aid",
            "the {N} convoy carried food aid",
        ],
        attributed: true,
        estimate: (2, 2),
    },
    Kind {
        name: "final",
        rule: "antonym",
        a: &["{N} FC won the final"],
        b: &["{N} FC lost the final"],
        attributed: true,
        estimate: (1, 1),
    },
    Kind {
        name: "bridge",
        rule: "antonym",
        // A reopening says a closure came first, so the two clash only at
        // one stated time (the lexicon's "sequence" antonyms).
        a: &[
            "the {N} bridge reopened on Monday",
            "the {N} bridge was reopened on Monday",
        ],
        b: &[
            "the {N} bridge was closed on Monday",
            "the {N} bridge was shut on Monday",
        ],
        attributed: true,
        estimate: (1, 1),
    },
    Kind {
        name: "custody",
        rule: "antonym",
        a: &["police arrested Mirela {N}", "police detained Mirela {N}"],
        b: &["Mirela {N} was released", "Mirela {N} was freed"],
        attributed: true,
        estimate: (1, 1),
    },
    Kind {
        name: "front",
        rule: "antonym",
        a: &["the {N} battalion advanced", "the {N} battalion gained ground"],
        b: &["the {N} battalion retreated", "the {N} battalion withdrew"],
        attributed: true,
        estimate: (1, 1),
    },
    Kind {
        name: "toll",
        rule: "quantity-mismatch",
        a: &["the {N} strike killed 12 people", "the {N} strike killed 14 people"],
        b: &["the {N} strike killed 40 people", "the {N} strike killed 75 people"],
        attributed: true,
        estimate: (2, 2),
    },
    Kind {
        name: "ambush",
        rule: "date-mismatch",
        a: &["the convoy ambush near {N} took place on 11 March 2024"],
        b: &["the convoy ambush near {N} took place on 13 March 2024"],
        attributed: true,
        estimate: (2, 2),
    },
    Kind {
        name: "accord",
        rule: "place-mismatch",
        a: &["the {N} water accord was signed in Varnholm"],
        b: &[
            "the {N} water accord was signed in Brisca",
            "the {N} water accord was signed in Lenz",
        ],
        attributed: true,
        estimate: (2, 2),
    },
    Kind {
        name: "plan",
        rule: "antonym",
        a: &["the {N} council approved the {N} plan"],
        b: &["the {N} council voted down the {N} plan"],
        attributed: true,
        estimate: (1, 2),
    },
];

/// The subject of a kind of fact, as the answer key names it.
fn subject_of(kind: &str, name: &str) -> String {
    match kind {
        "role" | "stance" => format!("the {name} brigade"),
        "report" => format!("the {name} report"),
        "final" => format!("{name} FC"),
        "custody" => format!("Mirela {name}"),
        "front" => format!("the {name} battalion"),
        "toll" => format!("the {name} strike"),
        "ambush" => format!("the convoy ambush near {name}"),
        "accord" => format!("the {name} water accord"),
        "plan" => format!("the {name} plan"),
        other => format!("the {name} {other}"),
    }
}

/// Who says it, and how. Named sources, an anonymous insider, a hedge.
fn attribute(rng: &mut Rng, kind: &Kind, core: &str) -> String {
    if !kind.attributed {
        return core.to_string();
    }
    const NAMED: &[&str] = &[
        "the Ostrel defence ministry",
        "Radio Brisca",
        "the provincial police",
        "a senior officer",
        "officials",
        "witnesses",
        "the health ministry",
        "the regional governor",
        "a military spokesman",
        "the Velmar Courier",
        "Interior Minister Dana Voss",
        "the Dessan foreign ministry",
    ];
    const ANONYMOUS: &[&str] = &[
        "One insider",
        "People familiar with the matter",
        "One source, who asked not to be named,",
        "A diplomat, speaking on condition of anonymity,",
    ];
    let source = NAMED[rng.below(NAMED.len() as u64) as usize];
    match rng.below(8) {
        0 | 1 => format!("{}, {source} said.", capitalise(core)),
        2 => format!("According to {source}, {core}."),
        3 => format!("{} said that {core}.", capitalise(source)),
        4 => format!("{}, according to {source}.", capitalise(core)),
        5 => format!("{} told reporters that {core}.", capitalise(source)),
        6 => format!(
            "{} suggested that {core}.",
            ANONYMOUS[rng.below(ANONYMOUS.len() as u64) as usize]
        ),
        _ => format!("{} said {core}.", ANONYMOUS[rng.below(ANONYMOUS.len() as u64) as usize]),
    }
}

/// Marks a filler sentence until the article is finished, so its claims
/// can be counted; removed before the article is written out.
const FILLER_MARK: &str = "\u{1}";
/// Claims the reader finds in a filler sentence, on average.
const FILLER_CLAIMS: u64 = 1;

/// Sentences every report has: scene, reactions, what comes next. They
/// give the reader work and no conflict.
fn filler(rng: &mut Rng, name: &str) -> String {
    const FILLER: &[&str] = &[
        "Talks on the {N} accord will continue next week, a spokesman said.",
        "The weather in the region was mild on Tuesday.",
        "Markets were calm as traders awaited the decision.",
        "Officials declined to comment further.",
        "Residents of {N} described a tense night.",
        "The {N} mayor is expected to visit the area on Thursday.",
        "More details are expected in the coming days.",
        "The {N} region has seen several incidents this year.",
        "Schools in {N} remained open throughout the week.",
        "The {N} market reopened after a short delay, traders said.",
    ];
    let s = FILLER[rng.below(FILLER.len() as u64) as usize].replace("{N}", name);
    format!("{s}{FILLER_MARK}")
}

const HEADLINES: &[&str] = &[
    "Conflicting Accounts From {N}",
    "What We Know About {N}",
    "{N}: Officials Give Their Version",
    "Questions Remain Over {N}",
];

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A distinct, pronounceable, capitalised name for story `n`: `n` (offset)
/// written in base 24 with syllables as digits, at least three of them, so no two
/// stories share a name and no name is an English word the reader knows.
pub fn story_name(n: u64) -> String {
    const SYLLABLES: &[&str] = &[
        "ka", "ro", "vel", "dra", "mun", "tes", "bri", "lo", "zan", "per", "gu", "shi", "ven", "tor", "al", "ix",
        "mar", "qu", "sel", "bo", "nid", "rha", "ult", "sko",
    ];
    let base = SYLLABLES.len() as u64;
    let mut digits = Vec::new();
    // Offset so that the first stories do not all start alike.
    let mut x = n + 7_919;
    loop {
        digits.push((x % base) as usize);
        x /= base;
        if x == 0 && digits.len() >= 3 {
            break;
        }
    }
    capitalise(&digits.iter().rev().map(|&d| SYLLABLES[d]).collect::<String>())
}

/// xorshift64*: tiny, fast and good enough to pick templates; the same seed
/// always gives the same sequence.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        // splitmix64 of the seed, so that nearby seeds diverge at once and
        // zero is a valid seed.
        let mut z = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        Rng((z ^ (z >> 31)) | 1)
    }

    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n` (`n > 0`).
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    /// True with the given percentage.
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = self.below(i as u64 + 1) as usize;
            v.swap(i, j);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_corpus() {
        let config = Config {
            seed: 7,
            claims: Some(2_000),
            bytes: None,
        };
        let (a, pa) = generate(&config);
        let (b, pb) = generate(&config);
        assert_eq!(a, b);
        assert_eq!(pa, pb);
        assert!(!pa.is_empty());
        let other = generate(&Config { seed: 8, ..config }).0;
        assert_ne!(a, other);
    }

    #[test]
    fn limits_are_met_roughly() {
        let (articles, _) = generate(&Config {
            seed: 1,
            claims: None,
            bytes: Some(200_000),
        });
        let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
        assert!((200_000..260_000).contains(&bytes), "{bytes}");
    }

    #[test]
    fn story_names_are_distinct() {
        let names: std::collections::HashSet<String> = (0..20_000).map(story_name).collect();
        assert_eq!(names.len(), 20_000);
    }
}
