//! Builds antinomy's compact WordNet table from the Princeton WordNet 3.0
//! database files (`data.*`, `index.*`, `*.exc`, `cntlist.rev`).
//!
//! The table keeps only what a rule-based contradiction engine asks
//! WordNet: which lemmas exist in which part of speech and how inflected
//! forms reduce to them (morphology), which lemmas are antonyms, which
//! share a synset (synonyms), and, for nouns, what each is a kind of
//! (hypernyms). Glosses, examples, verb frames, lexicographer files and the
//! other pointer types are dropped, which takes WordNet's 28 MB down to a
//! few MB. See the README for the format and the licence notice.
//!
//! The runtime side of the format lives in `crates/ingest/src/wordnet.rs` and is
//! compiled into this crate as [`wordnet`], so the generator and the
//! reader cannot disagree: the generator uses the reader's detachment rules
//! to decide its `K` records, and its tests read the generated table back
//! through the reader.

#[path = "../../../crates/ingest/src/wordnet.rs"]
pub mod wordnet;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fs;
use std::path::Path;

use wordnet::{detachments, normalize, Pos, SynsetId, IS_A_SENSES, MAGIC, SIMILAR_SENSES, SYNONYM_SENSES};

/// The Princeton WordNet 3.0 licence. Its terms require the notice to
/// appear on all copies of the database, so the generator writes it into
/// the header of every table.
pub const LICENCE: &str = include_str!("../LICENSE-WORDNET");

/// How many times more often a lemma must be tagged as itself than its
/// best base form for a `K` record. The counts favour a plural lemma that
/// exists ("troops" is tagged 27 times, "troop" 15, because WordNet has a
/// "troops" synset that the plural tokens were tagged with), so a plain
/// "more often" would keep far too many plurals; twice as often keeps
/// "means" (61 against 10) and "data" (76 against 5) but reduces "troops".
const KEEP_FACTOR: u64 = 2;

/// Words for which a `K` record is written whatever the corpus counts say:
/// the word is far more often itself than an inflection of the listed
/// lemma, but the sense-tagged corpus is too small to show it.
const KEEP_OVERRIDES: &[(Pos, &str)] = &[(Pos::Adj, "outer")];

/// One pointer of a synset (`!`, `@`, `&`, ...), as in a `data.*` line.
#[derive(Clone, Debug)]
struct Pointer {
    symbol: String,
    pos: Pos,
    offset: u32,
    /// 1-based word number in the source synset, 0 for the whole synset.
    source: usize,
    /// 1-based word number in the target synset, 0 for the whole synset.
    target: usize,
}

/// One synset from a `data.*` file, with its words normalised.
#[derive(Clone, Debug)]
struct Synset {
    satellite: bool,
    words: Vec<String>,
    pointers: Vec<Pointer>,
}

/// The parts of the WordNet database the generator reads.
#[derive(Debug, Default)]
pub struct Database {
    synsets: HashMap<(Pos, u32), Synset>,
    /// Per part of speech: lemma → synset offsets, most frequent sense first.
    index: [BTreeMap<String, Vec<u32>>; 4],
    /// Per part of speech: inflected form → base forms, in file order.
    exceptions: [BTreeMap<String, Vec<String>>; 4],
    /// (lemma, part of speech) → occurrences in the sense-tagged corpus.
    frequency: HashMap<(String, Pos), u64>,
}

const FILE_STEMS: [(Pos, &str); 4] = [
    (Pos::Noun, "noun"),
    (Pos::Verb, "verb"),
    (Pos::Adj, "adj"),
    (Pos::Adv, "adv"),
];

fn pos_index(pos: Pos) -> usize {
    match pos {
        Pos::Noun => 0,
        Pos::Verb => 1,
        Pos::Adj => 2,
        Pos::Adv => 3,
    }
}

impl Database {
    /// Reads the database from a WordNet `dict` directory such as
    /// `/usr/share/wordnet`. `cntlist.rev` is optional: without it no
    /// corpus counts are known and only the fixed `K` rules apply.
    pub fn load(dir: &Path) -> Result<Database, String> {
        let mut db = Database::default();
        for (pos, stem) in FILE_STEMS {
            let data = read(&dir.join(format!("data.{stem}")))?;
            for (number, line) in data.lines().enumerate() {
                if line.starts_with("  ") || line.is_empty() {
                    continue; // the licence header
                }
                let (offset, synset) =
                    parse_data_line(line).map_err(|e| format!("data.{stem} line {}: {e}", number + 1))?;
                db.synsets.insert((pos, offset), synset);
            }
            let index = read(&dir.join(format!("index.{stem}")))?;
            for (number, line) in index.lines().enumerate() {
                if line.starts_with("  ") || line.is_empty() {
                    continue;
                }
                let (lemma, offsets) =
                    parse_index_line(line).map_err(|e| format!("index.{stem} line {}: {e}", number + 1))?;
                db.index[pos_index(pos)].insert(lemma, offsets);
            }
            let exceptions = read(&dir.join(format!("{stem}.exc")))?;
            for line in exceptions.lines() {
                let mut words = line.split_whitespace().map(|w| normalize(w).into_owned());
                let Some(inflected) = words.next() else {
                    continue;
                };
                let bases = db.exceptions[pos_index(pos)].entry(inflected).or_default();
                for base in words {
                    if !bases.contains(&base) {
                        bases.push(base);
                    }
                }
            }
        }
        let counts = dir.join("cntlist.rev");
        if counts.exists() {
            for line in read(&counts)?.lines() {
                let mut fields = line.split_whitespace();
                let (Some(key), Some(_sense), Some(count)) = (fields.next(), fields.next(), fields.next()) else {
                    continue;
                };
                let Some((lemma, rest)) = key.split_once('%') else {
                    continue;
                };
                let pos = match rest.as_bytes().first() {
                    Some(b'1') => Pos::Noun,
                    Some(b'2') => Pos::Verb,
                    Some(b'3') | Some(b'5') => Pos::Adj,
                    Some(b'4') => Pos::Adv,
                    _ => continue,
                };
                let count: u64 = count.parse().unwrap_or(0);
                *db.frequency.entry((normalize(lemma).into_owned(), pos)).or_default() += count;
            }
        }
        if db.index.iter().any(BTreeMap::is_empty) {
            return Err(format!("{}: an index file has no lemmas", dir.display()));
        }
        Ok(db)
    }

    fn is_lemma(&self, word: &str, pos: Pos) -> bool {
        self.index[pos_index(pos)].contains_key(word)
    }

    fn frequency(&self, word: &str, pos: Pos) -> u64 {
        self.frequency.get(&(word.to_string(), pos)).copied().unwrap_or(0)
    }

    /// The sense number (0 = most frequent) of `lemma` in the synset at
    /// `offset`, for ordering lemma-level relations by sense.
    fn rank(&self, lemma: &str, pos: Pos, offset: u32) -> usize {
        self.index[pos_index(pos)]
            .get(lemma)
            .and_then(|offsets| offsets.iter().position(|o| *o == offset))
            .unwrap_or(usize::MAX)
    }
}

fn read(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

/// Normalises a word from a `data.*` file: drops the adjective position
/// marker ("galore(ip)", "elect(p)") and writes it like the table does.
fn clean_word(word: &str) -> String {
    let word = match word.find('(') {
        Some(paren) if word.ends_with(')') => word.get(..paren).unwrap_or(word),
        _ => word,
    };
    normalize(word).into_owned()
}

/// Parses one synset line of a `data.*` file (see `wndb(5WN)`):
/// `offset lex_filenum ss_type w_cnt word lex_id ... p_cnt pointers ... | gloss`.
fn parse_data_line(line: &str) -> Result<(u32, Synset), String> {
    let head = line.split(" | ").next().unwrap_or(line);
    let mut tokens = head.split_whitespace();
    let mut next = |what: &str| tokens.next().ok_or_else(|| format!("missing {what}"));
    let offset: u32 = next("offset")?.parse().map_err(|e| format!("offset: {e}"))?;
    next("lexicographer file")?;
    let satellite = next("synset type")? == "s";
    let word_count = usize::from_str_radix(next("word count")?, 16).map_err(|e| format!("word count: {e}"))?;
    let mut words = Vec::with_capacity(word_count);
    for _ in 0..word_count {
        words.push(clean_word(next("word")?));
        next("lex id")?;
    }
    let pointer_count: usize = next("pointer count")?
        .parse()
        .map_err(|e| format!("pointer count: {e}"))?;
    let mut pointers = Vec::with_capacity(pointer_count);
    for _ in 0..pointer_count {
        let symbol = next("pointer symbol")?.to_string();
        let target_offset: u32 = next("pointer offset")?
            .parse()
            .map_err(|e| format!("pointer offset: {e}"))?;
        let pos = Pos::from_letter(next("pointer pos")?).ok_or("bad pointer pos")?;
        let words = next("pointer words")?;
        let parse_hex = |s: &str| usize::from_str_radix(s, 16).map_err(|e| format!("{e}"));
        let source = parse_hex(words.get(..2).ok_or("short pointer words")?)?;
        let target = parse_hex(words.get(2..).ok_or("short pointer words")?)?;
        pointers.push(Pointer {
            symbol,
            pos,
            offset: target_offset,
            source,
            target,
        });
    }
    Ok((
        offset,
        Synset {
            satellite,
            words,
            pointers,
        },
    ))
}

/// Parses one line of an `index.*` file:
/// `lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt offsets...`.
fn parse_index_line(line: &str) -> Result<(String, Vec<u32>), String> {
    let tokens: Vec<&str> = line.split_whitespace().collect();
    let lemma = tokens.first().ok_or("empty line")?;
    let synset_count: usize = tokens
        .get(2)
        .ok_or("missing synset count")?
        .parse()
        .map_err(|e| format!("synset count: {e}"))?;
    let offsets = tokens
        .get(tokens.len().saturating_sub(synset_count)..)
        .ok_or("missing offsets")?
        .iter()
        .map(|o| o.parse::<u32>().map_err(|e| format!("offset: {e}")))
        .collect::<Result<Vec<u32>, String>>()?;
    Ok((normalize(lemma).into_owned(), offsets))
}

/// Lemma-level relation being collected: for each (part of speech, lemma),
/// the related lemmas with the sense rank and order they were found in.
type Relation = BTreeMap<(Pos, String), Vec<(usize, usize, String)>>;

fn add(relation: &mut Relation, pos: Pos, lemma: &str, rank: usize, other: &str) {
    let entry = relation.entry((pos, lemma.to_string())).or_default();
    let order = entry.len();
    entry.push((rank, order, other.to_string()));
}

/// Sorts a collected relation by sense rank then discovery order, drops
/// repeats and the lemma itself.
fn ordered(lemma: &str, mut found: Vec<(usize, usize, String)>) -> Vec<String> {
    found.sort();
    let mut words: Vec<String> = Vec::new();
    for (_, _, word) in found {
        if word != lemma && !words.contains(&word) {
            words.push(word);
        }
    }
    words
}

/// The words a pointer connects: word `number` (1-based) of the synset, or
/// all of them for 0.
fn pointer_words(synset: &Synset, number: usize) -> Vec<&str> {
    if number == 0 {
        synset.words.iter().map(String::as_str).collect()
    } else {
        synset.words.get(number - 1).map(String::as_str).into_iter().collect()
    }
}

/// Reads the database in `dir` and returns the table text.
pub fn generate(dir: &Path) -> Result<String, String> {
    let db = Database::load(dir)?;
    build(&db)
}

/// Builds the table from a loaded database. Deterministic: the records are
/// sorted bytewise and nothing depends on hash order or the clock, so the
/// same input gives a byte-identical table.
pub fn build(db: &Database) -> Result<String, String> {
    let mut records: Vec<String> = Vec::new();

    // Every synset gets an id, numbered in (part of speech, offset) order,
    // because `L` records list every sense.
    let mut all: Vec<(Pos, u32)> = db.synsets.keys().copied().collect();
    all.sort_unstable();
    let mut ids: HashMap<(Pos, u32), SynsetId> = HashMap::new();
    for (number, key) in all.iter().enumerate() {
        let id = u32::try_from(number)
            .ok()
            .and_then(SynsetId::new)
            .ok_or("too many synsets for three-digit ids")?;
        ids.insert(*key, id);
    }
    let synset = |key: &(Pos, u32)| {
        db.synsets
            .get(key)
            .ok_or_else(|| format!("missing synset {}{:08}", key.0, key.1))
    };

    // N, nouns: the first IS_A_SENSES senses of every noun and every
    // hypernym above them, so that `is_a` can walk to the root. Inner nodes
    // (the hypernyms) keep their first word as a label.
    let mut nouns: BTreeSet<(Pos, u32)> = BTreeSet::new();
    let mut instances: BTreeSet<(Pos, u32)> = BTreeSet::new();
    for offsets in db.index[pos_index(Pos::Noun)].values() {
        for offset in offsets.iter().take(IS_A_SENSES) {
            let key = (Pos::Noun, *offset);
            nouns.insert(key);
            if is_instance(synset(&key)?) {
                instances.insert(key);
            }
        }
    }
    // I: the senses above that name one individual (an instance, `@i`,
    // of a kind and a kind of nothing): Hart Crane, the first sense of
    // "crane"; China the country.
    for key in &instances {
        let id = ids.get(key).ok_or("synset without id")?;
        records.push(format!("I\t{id}"));
    }
    let mut inner: BTreeSet<(Pos, u32)> = BTreeSet::new();
    let mut pending: Vec<(Pos, u32)> = nouns.iter().copied().collect();
    while let Some(key) = pending.pop() {
        for pointer in synset(&key)?.pointers.iter().filter(|p| is_hypernym(p)) {
            let parent = (pointer.pos, pointer.offset);
            inner.insert(parent);
            if nouns.insert(parent) {
                pending.push(parent);
            }
        }
    }
    for key in &nouns {
        let entry = synset(key)?;
        let hypernyms = hypernym_codes(entry, &ids, is_hypernym)?;
        let label = match entry.words.first() {
            Some(word) if inner.contains(key) => word.as_str(),
            _ => "",
        };
        if hypernyms.is_empty() && label.is_empty() {
            continue; // a lone leaf: its record would say nothing
        }
        let id = ids.get(key).ok_or("synset without id")?;
        let mut record = format!("N\t{id}\t{}", hypernyms.join(" "));
        if !label.is_empty() {
            record.push('\t');
            record.push_str(label);
        }
        records.push(record);
    }

    // N, other parts of speech: member lists of the first senses that have
    // more than one member, for synonyms; verb senses also keep their
    // direct hypernyms ("slice" → "cut"), for `verb_is_a`, and are written
    // for them even with one member.
    let mut others: BTreeSet<(Pos, u32)> = BTreeSet::new();
    for pos in [Pos::Verb, Pos::Adj, Pos::Adv] {
        let keep = SYNONYM_SENSES[pos_index(pos)];
        for offsets in db.index[pos_index(pos)].values() {
            others.extend(offsets.iter().take(keep).map(|o| (pos, *o)));
        }
    }
    for key in &others {
        let entry = synset(key)?;
        let mut members: Vec<&str> = Vec::new();
        for word in &entry.words {
            if !members.contains(&word.as_str()) {
                members.push(word);
            }
        }
        let hypernyms = hypernym_codes(entry, &ids, is_verb_hypernym)?;
        if members.len() > 1 || !hypernyms.is_empty() {
            let id = ids.get(key).ok_or("synset without id")?;
            let words = if members.len() > 1 {
                members.join("\t")
            } else {
                String::new()
            };
            let mut record = format!("N\t{id}\t{}", hypernyms.join(" "));
            if !words.is_empty() {
                record.push('\t');
                record.push_str(&words);
            }
            records.push(record);
        }
    }

    // L: lemma → every sense, per part of speech, most frequent first.
    let mut lemmas: BTreeSet<&str> = BTreeSet::new();
    for index in &db.index {
        lemmas.extend(index.keys().map(String::as_str));
    }
    for lemma in &lemmas {
        let mut fields: Vec<String> = Vec::with_capacity(4);
        for pos in Pos::ALL {
            let mut codes: Vec<String> = Vec::new();
            for offset in db.index[pos_index(pos)].get(*lemma).into_iter().flatten() {
                let id = ids
                    .get(&(pos, *offset))
                    .ok_or_else(|| format!("index names missing synset {pos}{offset:08}"))?;
                codes.push(id.to_string());
            }
            fields.push(codes.join(" "));
        }
        while fields.last().is_some_and(String::is_empty) {
            fields.pop();
        }
        records.push(format!("L\t{lemma}\t{}", fields.join("\t")));
    }

    // A: direct antonyms, lemma-level, by the source lemma's sense rank.
    // M: satellite adjective → the heads it is similar to, from its first
    // SIMILAR_SENSES senses only.
    let mut antonyms: Relation = BTreeMap::new();
    let mut similar: Relation = BTreeMap::new();
    for key in &all {
        let (pos, offset) = *key;
        let entry = synset(key)?;
        for pointer in entry.pointers.iter().filter(|p| p.symbol == "!") {
            let target = synset(&(pointer.pos, pointer.offset))?;
            for word in pointer_words(entry, pointer.source) {
                let rank = db.rank(word, pos, offset);
                for other in pointer_words(target, pointer.target) {
                    add(&mut antonyms, pos, word, rank, other);
                }
            }
        }
        if !entry.satellite {
            continue;
        }
        for pointer in entry.pointers.iter().filter(|p| p.symbol == "&") {
            let head = synset(&(pointer.pos, pointer.offset))?;
            if head.satellite {
                continue;
            }
            for word in &entry.words {
                let rank = db.rank(word, pos, offset);
                if rank >= SIMILAR_SENSES {
                    continue;
                }
                for head_word in &head.words {
                    add(&mut similar, pos, word, rank, head_word);
                }
            }
        }
    }
    for ((pos, lemma), found) in antonyms {
        let words = ordered(&lemma, found);
        if !words.is_empty() {
            records.push(format!("A\t{pos}\t{lemma}\t{}", words.join("\t")));
        }
    }
    for ((_, lemma), found) in similar {
        let words = ordered(&lemma, found);
        if !words.is_empty() {
            records.push(format!("M\t{lemma}\t{}", words.join("\t")));
        }
    }

    // X: irregular forms, as WordNet lists them.
    for pos in Pos::ALL {
        for (inflected, bases) in &db.exceptions[pos_index(pos)] {
            if !bases.is_empty() {
                records.push(format!("X\t{pos}\t{inflected}\t{}", bases.join("\t")));
            }
        }
    }

    // K: lemmas that should come before their own base forms in `lemma()`.
    for pos in Pos::ALL {
        for lemma in db.index[pos_index(pos)].keys() {
            if keep_itself(db, lemma, pos) {
                records.push(format!("K\t{pos}\t{lemma}"));
            }
        }
    }

    for record in &records {
        if record.contains('\n') || record.contains('\r') {
            return Err(format!("a record would span lines: {record:?}"));
        }
    }
    records.sort_unstable();
    records.dedup();

    let mut per_tag: BTreeMap<char, usize> = BTreeMap::new();
    for record in &records {
        if let Some(tag) = record.chars().next() {
            *per_tag.entry(tag).or_default() += 1;
        }
    }
    let size = records.iter().map(|r| r.len() + 1).sum::<usize>() + 4096;
    let mut table = String::with_capacity(size);
    table.push_str(MAGIC);
    table.push('\n');
    for line in header_text(&per_tag).lines() {
        table.push('#');
        if !line.is_empty() {
            table.push(' ');
            table.push_str(line);
        }
        table.push('\n');
    }
    for record in &records {
        table.push_str(record);
        table.push('\n');
    }
    Ok(table)
}

/// The ids of the synsets `entry` points to with the pointers `keep`
/// picks, each once, in pointer order.
fn hypernym_codes(
    entry: &Synset,
    ids: &HashMap<(Pos, u32), SynsetId>,
    keep: fn(&Pointer) -> bool,
) -> Result<Vec<String>, String> {
    let mut codes: Vec<String> = Vec::new();
    for pointer in entry.pointers.iter().filter(|p| keep(p)) {
        let code = ids
            .get(&(pointer.pos, pointer.offset))
            .ok_or("hypernym without id")?
            .to_string();
        if !codes.contains(&code) {
            codes.push(code);
        }
    }
    Ok(codes)
}

/// A verb's hypernym pointer (`@`, WordNet's "troponym of": to slice is
/// a way to cut).
fn is_verb_hypernym(pointer: &Pointer) -> bool {
    pointer.symbol == "@" && pointer.pos == Pos::Verb
}

/// Whether a noun synset names one individual: an instance (`@i`) of some
/// kind, and a kind (`@`) of nothing.
fn is_instance(entry: &Synset) -> bool {
    entry.pointers.iter().any(|p| p.symbol == "@i") && !entry.pointers.iter().any(|p| p.symbol == "@")
}

fn is_hypernym(pointer: &Pointer) -> bool {
    (pointer.symbol == "@" || pointer.symbol == "@i") && pointer.pos == Pos::Noun
}

/// Whether `lemma` should be its own first reading in `lemma()`, ahead of
/// the base forms the exception list or the detachment rules give for it.
/// The reader's default is base forms first ("troops" → "troop"); a `K`
/// record reverses that when the word is used clearly more often as itself
/// than its base forms are in WordNet's sense-tagged corpus
/// ([`KEEP_FACTOR`]) ("means" is not
/// "mean", "data" is not "datum"), for verbs ending in "ss" that the rules
/// would detach ("canvass" is not "canvas"), and for [`KEEP_OVERRIDES`].
fn keep_itself(db: &Database, lemma: &str, pos: Pos) -> bool {
    let exceptions = db.exceptions[pos_index(pos)].get(lemma);
    if exceptions.is_some_and(|bases| bases.first().is_some_and(|b| b == lemma)) {
        return false; // WordNet already lists the word as its own base first
    }
    let candidates: Vec<String> = match exceptions {
        Some(bases) => bases.clone(),
        None => detachments(lemma, pos),
    };
    let candidates: Vec<String> = candidates
        .into_iter()
        .filter(|c| c != lemma && db.is_lemma(c, pos))
        .collect();
    if candidates.is_empty() {
        return false;
    }
    let own = db.frequency(lemma, pos);
    let best_base = candidates.iter().map(|c| db.frequency(c, pos)).max().unwrap_or(0);
    own > KEEP_FACTOR * best_base
        || (pos == Pos::Verb && exceptions.is_none() && lemma.ends_with("ss"))
        || KEEP_OVERRIDES.contains(&(pos, lemma))
}

/// The comment header written after the magic line: what the file is, the
/// counts, and the WordNet licence notice.
fn header_text(per_tag: &BTreeMap<char, usize>) -> String {
    let count = |tag: char| per_tag.get(&tag).copied().unwrap_or(0);
    format!(
        "WordNet 3.0 lookup table for antinomy, generated by tools/wordnet-gen from\n\
         the Princeton WordNet 3.0 database files. Do not edit: regenerate.\n\
         Format: tools/wordnet-gen/README.md. Records are tab-separated and sorted\n\
         bytewise; the first field is the record type.\n\
         Records: L {} lemmas, N {} synsets, A {} antonyms, M {} similar-to,\n\
         X {} irregular forms, K {} keep-as-is, I {} individuals.\n\
         \n\
         This table is derived from WordNet 3.0 and is distributed under its licence:\n\
         \n{LICENCE}",
        count('L'),
        count('N'),
        count('A'),
        count('M'),
        count('X'),
        count('K'),
        count('I'),
    )
}
