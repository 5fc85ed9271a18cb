//! Lookups over antinomy's compact WordNet 3.0 table.
//!
//! The table is a UTF-8 text file written by `tools/wordnet-gen` from the
//! Princeton WordNet 3.0 database (see that tool's README for the format
//! and the licence notice, which must travel with the data). It is meant to
//! be compiled into the binary with `include_str!`, so this module is built
//! around one constraint: **opening the table must cost nothing**, because
//! it happens at every process start. [`WordNet::parse`] therefore does not
//! build any map. It checks the header, remembers where the records start
//! and returns; every lookup is a binary search over the sorted lines of the
//! `&str` itself, about 18 line comparisons for the ~270k records, which is
//! a few hundred nanoseconds. Everything a lookup returns borrows from the
//! table (`&'t str`), so nothing is copied either.
//!
//! The generator sorts the whole record section bytewise, and every record
//! begins with its tag and key fields, so the lines that share a key prefix
//! (`L\tsoldier`) are contiguous and a lower-bound search finds them. The
//! tab (0x09) sorts below every byte a lemma can contain, which is why a key
//! is always found before any longer key it is a prefix of ("ab" before
//! "ab c"), and why the search never needs to know about section borders.
//!
//! The module is standalone (std only, no `unsafe`) and never panics on any
//! input, including a malformed table: every slice is taken with `get` and
//! every failure is an `Option` or a `Result`. A table that is not sorted
//! makes lookups miss, not crash; [`WordNet::validate`] checks the order and
//! the shape of every record when that matters (tests, the generator).
//!
//! Words passed in are normalised the way the table is written: trimmed,
//! lowercased, runs of whitespace and WordNet's underscores turned into a
//! single space ("Armed_Forces" → "armed forces").

use std::borrow::Cow;
use std::fmt;

/// The first line of every table this module understands. The number is the
/// format version; a table of another version is refused by
/// [`WordNet::parse`] rather than misread.
pub const MAGIC: &str = "#antinomy-wordnet 1";

/// Part of speech, WordNet's four open classes.
///
/// Adjective satellites ("torrid", which WordNet files as similar to "hot")
/// are plain [`Pos::Adj`] here: the head/satellite split is kept only in the
/// similarity records ([`WordNet::similar_adjectives`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Pos {
    /// Nouns (`n`).
    Noun,
    /// Verbs (`v`).
    Verb,
    /// Adjectives, heads and satellites (`a`).
    Adj,
    /// Adverbs (`r`, WordNet's letter).
    Adv,
}

impl Pos {
    /// All four, in the order of the `L` record's fields.
    pub const ALL: [Pos; 4] = [Pos::Noun, Pos::Verb, Pos::Adj, Pos::Adv];

    /// The one-letter code used in the table (`n`, `v`, `a`, `r`).
    pub fn letter(self) -> &'static str {
        match self {
            Pos::Noun => "n",
            Pos::Verb => "v",
            Pos::Adj => "a",
            Pos::Adv => "r",
        }
    }

    /// The inverse of [`Pos::letter`]. WordNet's satellite code `s` is
    /// accepted as an adjective.
    pub fn from_letter(letter: &str) -> Option<Pos> {
        match letter {
            "n" => Some(Pos::Noun),
            "v" => Some(Pos::Verb),
            "a" | "s" => Some(Pos::Adj),
            "r" => Some(Pos::Adv),
            _ => None,
        }
    }

    /// Position in [`Pos::ALL`] and in the `L` record.
    fn index(self) -> usize {
        match self {
            Pos::Noun => 0,
            Pos::Verb => 1,
            Pos::Adj => 2,
            Pos::Adv => 3,
        }
    }

    /// WordNet's detachment rules for this part of speech (the table in
    /// `morph.c` and in `morphy(7WN)`): when a word ends with the first
    /// string, replacing it with the second may give the base form. The
    /// order is WordNet's, and it matters: the first valid result is
    /// preferred ("flies": "flie" is not a noun, "fly" is).
    pub fn detachment_rules(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Pos::Noun => &[
                ("s", ""),
                ("ses", "s"),
                ("xes", "x"),
                ("zes", "z"),
                ("ches", "ch"),
                ("shes", "sh"),
                ("men", "man"),
                ("ies", "y"),
            ],
            Pos::Verb => &[
                ("s", ""),
                ("ies", "y"),
                ("es", "e"),
                ("es", ""),
                ("ed", "e"),
                ("ed", ""),
                ("ing", "e"),
                ("ing", ""),
            ],
            Pos::Adj => &[("er", ""), ("est", ""), ("er", "e"), ("est", "e")],
            Pos::Adv => &[],
        }
    }
}

impl fmt::Display for Pos {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.letter())
    }
}

/// A set of parts of speech, as a 4-bit mask.
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct PosSet(u8);

impl PosSet {
    /// No part of speech: the answer for a word WordNet does not have.
    pub const EMPTY: PosSet = PosSet(0);

    /// Whether `pos` is in the set.
    pub fn contains(self, pos: Pos) -> bool {
        self.0 & (1 << pos.index()) != 0
    }

    /// Adds `pos`.
    pub fn insert(&mut self, pos: Pos) {
        self.0 |= 1 << pos.index();
    }

    /// Whether the set is empty (the word is unknown).
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// How many parts of speech are in the set.
    pub fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    /// The members, in [`Pos::ALL`] order.
    pub fn iter(self) -> impl Iterator<Item = Pos> {
        Pos::ALL.into_iter().filter(move |p| self.contains(*p))
    }
}

impl fmt::Debug for PosSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("PosSet(")?;
        for pos in self.iter() {
            f.write_str(pos.letter())?;
        }
        f.write_str(")")
    }
}

/// A synset, renumbered densely by the generator.
///
/// In the table an id is written as exactly three base-62 digits from the
/// alphabet `0-9A-Za-z`. That alphabet is in ASCII order, so the bytewise
/// order of the codes is their numeric order and `N` records can be binary
/// searched like every other record; three digits cover 238,328 synsets,
/// more than WordNet's 117,659, and are a byte shorter per reference than
/// four base-36 digits (there are ~400k references). Ids are only
/// meaningful within one table: regenerate, and they may change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SynsetId(u32);

const BASE62: &[u8; 62] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

impl SynsetId {
    /// Digits in a written id.
    pub const WIDTH: usize = 3;
    /// One more than the largest id that can be written.
    pub const LIMIT: u32 = 62 * 62 * 62;

    /// The id with this number, if it can be written in [`SynsetId::WIDTH`]
    /// digits.
    pub fn new(number: u32) -> Option<SynsetId> {
        (number < Self::LIMIT).then_some(SynsetId(number))
    }

    /// The number behind the id.
    pub fn number(self) -> u32 {
        self.0
    }

    /// Reads a written id ("0Az"); `None` unless it is exactly three digits
    /// of the alphabet.
    pub fn parse(code: &str) -> Option<SynsetId> {
        Self::parse_bytes(code.as_bytes())
    }

    /// [`SynsetId::parse`] of the bytes of a code.
    fn parse_bytes(code: &[u8]) -> Option<SynsetId> {
        if code.len() != Self::WIDTH {
            return None;
        }
        let mut n: u32 = 0;
        for &b in code {
            let digit = match b {
                b'0'..=b'9' => b - b'0',
                b'A'..=b'Z' => b - b'A' + 10,
                b'a'..=b'z' => b - b'a' + 36,
                _ => return None,
            };
            n = n * 62 + u32::from(digit);
        }
        Some(SynsetId(n))
    }

    /// The written form, three ASCII bytes.
    pub fn code(self) -> [u8; 3] {
        let n = self.0 % Self::LIMIT;
        let digit = |i: u32| BASE62.get(i as usize).copied().unwrap_or(b'0');
        [digit(n / 3844), digit(n / 62 % 62), digit(n % 62)]
    }
}

impl fmt::Display for SynsetId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for b in self.code() {
            fmt::Write::write_char(f, char::from(b))?;
        }
        Ok(())
    }
}

/// Tab-separated words from one record, borrowed from the table.
///
/// Lookups such as [`WordNet::antonyms`] return this instead of a slice so
/// that nothing is allocated: the record's tail is split lazily. It is
/// `Clone`, so it can be walked more than once, and [`Words::contains`]
/// answers the usual question directly.
#[derive(Clone, Debug, Default)]
pub struct Words<'t> {
    rest: Option<&'t str>,
}

impl<'t> Words<'t> {
    /// No words.
    pub fn empty() -> Words<'t> {
        Words { rest: None }
    }

    fn new(fields: &'t str) -> Words<'t> {
        Words {
            rest: (!fields.is_empty()).then_some(fields),
        }
    }

    /// Whether `word` (already normalised: lowercase, spaces) is one of the
    /// words.
    pub fn contains(&self, word: &str) -> bool {
        self.clone().any(|w| w == word)
    }

    /// Whether there are no words.
    pub fn is_empty(&self) -> bool {
        self.clone().next().is_none()
    }
}

impl<'t> Iterator for Words<'t> {
    type Item = &'t str;

    fn next(&mut self) -> Option<&'t str> {
        loop {
            let rest = self.rest?;
            let (word, tail) = match rest.split_once('\t') {
                Some((word, tail)) => (word, Some(tail)),
                None => (rest, None),
            };
            self.rest = tail;
            if !word.is_empty() {
                return Some(word);
            }
        }
    }
}

/// One synset record (`N`): its hypernyms (nouns) and its words.
///
/// What "its words" are depends on the part of speech, to keep the table
/// small: a verb, adjective or adverb synset has all its members (that is
/// what [`WordNet::synonyms`] lists), a noun synset has only its first
/// member as a readable label, and only when the synset is the hypernym of
/// some other noun (an inner node such as "person" or "motor vehicle"),
/// because that is where a label is needed: in a hypernym chain, the
/// starting sense is the caller's own word. Noun synonymy is answered from
/// sense ids instead ([`WordNet::synonymous`], [`WordNet::is_a`]).
#[derive(Clone, Copy, Debug)]
pub struct Synset<'t> {
    id: SynsetId,
    hypernyms: &'t str,
    words: &'t str,
}

impl<'t> Synset<'t> {
    /// The synset's id.
    pub fn id(&self) -> SynsetId {
        self.id
    }

    /// The words the record keeps, in WordNet's order: every member for a
    /// verb, adjective or adverb synset, the label alone (or nothing, for a
    /// leaf) for a noun synset. See [`Synset`].
    pub fn words(&self) -> Words<'t> {
        Words::new(self.words)
    }

    /// The first word, a readable name for the synset ("person", "motor
    /// vehicle"); "" when the record keeps none (a noun leaf).
    pub fn label(&self) -> &'t str {
        self.words().next().unwrap_or("")
    }

    /// Direct hypernyms: for a noun synset both class (`@`) and instance
    /// (`@i`) links, for a verb synset the verb it is a way of doing ("cut
    /// into slices" → "cut"). Adjective and adverb synsets have none.
    pub fn hypernyms(&self) -> impl Iterator<Item = SynsetId> + 't {
        self.hypernyms.split(' ').filter_map(SynsetId::parse)
    }
}

/// How two words are opposed, see [`WordNet::antonymy`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Antonymy {
    /// WordNet links the two lemmas with an antonym pointer (`!`), in some
    /// sense of each: "rise"/"fall", "alive"/"dead".
    Direct,
    /// One word is a synonym of a direct antonym of the other: "enemy" and
    /// "friend", because WordNet's pointer runs between "friend" and "foe",
    /// and "enemy" shares its first sense with "foe". Antonym pointers are
    /// between words, not synsets, so without this step most synonyms of
    /// an opposed pair look unrelated. Synonymy here is
    /// [`WordNet::synonymous`], limited to the first senses.
    Synonym,
    /// Adjectives only: one or both words are satellites whose head
    /// adjectives are direct antonyms ("torrid" is similar to "hot", which
    /// is the antonym of "cold"). Noisier than [`Antonymy::Direct`]: a
    /// satellite link holds for one sense of a word, this is lemma-level.
    Indirect,
}

/// Of paths as [`WordNet::hypernym_paths`] gives them, those that start
/// at the first sense: a leading run, since the paths come sense by sense.
/// For a caller that has the paths already.
pub fn first_sense_of(paths: &[Vec<SynsetId>]) -> &[Vec<SynsetId>] {
    let first = paths.first().and_then(|p| p.first());
    let run = paths.iter().take_while(|p| p.first() == first).count();
    &paths[..run]
}

/// Counts reported by [`WordNet::validate`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TableStats {
    /// Lemma records (`L`).
    pub lemmas: usize,
    /// Synset records (`N`).
    pub synsets: usize,
    /// Direct antonym records (`A`).
    pub antonyms: usize,
    /// Adjective similarity records (`M`).
    pub similar: usize,
    /// Irregular form records (`X`).
    pub exceptions: usize,
    /// Keep-the-word-itself records (`K`).
    pub keeps: usize,
    /// Individual records (`I`): noun senses that name one person, place
    /// or thing, not a kind.
    pub individuals: usize,
}

/// How many of a noun's senses, most frequent first, [`WordNet::is_a`] and
/// the hypernym walks start from. The generator keeps hypernym records for
/// everything above these senses, so it reads this constant too. More
/// senses find more true kinds but also more accidental ones ("person" is
/// also a grammatical category, "fighter" also an aircraft).
pub const IS_A_SENSES: usize = 2;

/// How many senses, per part of speech in [`Pos::ALL`] order, contribute
/// to [`WordNet::synonyms`] and [`WordNet::synonymous`]. Nouns have none
/// listed: the table keeps no member lists for noun synsets.
pub const SYNONYM_SENSES: [usize; 4] = [0, 3, 3, 2];

/// How many of an adjective's senses, most frequent first, contribute
/// similar-to links (`M` records, [`WordNet::similar_adjectives`]) and so
/// indirect antonymy. Lemma-level over all senses was far too noisy: "hot"
/// has 21 senses, most of them satellites of other heads, and would be an
/// indirect antonym of "legal", "slow" and "salty"; "open" of "quiet".
pub const SIMILAR_SENSES: usize = 3;

/// Upper bound on the synsets one hypernym walk visits. A real closure has
/// at most a few dozen; the bound only keeps a damaged table cheap.
const MAX_HYPERNYM_WALK: usize = 512;
/// Upper bound on the paths [`WordNet::hypernym_paths`] returns, so that a
/// damaged table with a cycle, or a very tangled entry, stays cheap.
const MAX_PATHS: usize = 64;
/// Upper bound on the length of one hypernym path (WordNet's deepest noun
/// is 20 links from "entity").
const MAX_DEPTH: usize = 64;
/// Multi-word inputs longer than this are not morphed word by word.
const MAX_COLLOCATION_WORDS: usize = 8;

/// The WordNet table, opened for lookups. Cheap to copy: it is only the
/// borrowed text.
#[derive(Clone, Copy, Debug)]
pub struct WordNet<'t> {
    /// The licence notice and other comment lines at the top.
    header: &'t str,
    /// The sorted records, from the first non-comment line to the end.
    records: &'t str,
    /// Whether lookups are remembered ([`WordNet::remembering`]).
    remember: bool,
    /// Where each record starts ([`WordNet::line_starts`]), when the
    /// opener keeps that index: the binary search then compares records
    /// directly instead of looking for line ends.
    lines: Option<&'t [u32]>,
    /// Where each synset record starts ([`WordNet::synset_starts`]), when
    /// the opener keeps that index: [`WordNet::synset`] then reads the
    /// record at once instead of searching for it.
    synsets: Option<&'t [u32]>,
}

impl WordNet<'static> {
    /// The same table, remembering the answer to every lookup on each
    /// thread that makes it (up to a bound), so that asking again about a
    /// word costs a hash lookup instead of a binary search. Only for a table
    /// that lives as long as the program (the embedded one): the memo knows
    /// the table by its address.
    pub fn remembering(self) -> WordNet<'static> {
        WordNet { remember: true, ..self }
    }
}

impl<'t> WordNet<'t> {
    /// The byte offset, in the records, of the start of every record, in
    /// order: the index [`WordNet::indexed`] takes. One pass over the table
    /// with the `memchr` crate's vectorised search (about a millisecond;
    /// `str::match_indices` took an eighth of the instructions of a whole
    /// `antinomy pairs` run on rte3-dev); 4 bytes a record.
    pub fn line_starts(&self) -> Vec<u32> {
        let len = self.records.len();
        let mut starts = Vec::with_capacity(len / 16);
        if len > 0 && u32::try_from(len).is_ok() {
            starts.push(0);
            starts.extend(
                memchr::memchr_iter(b'\n', self.records.as_bytes())
                    .map(|i| i + 1)
                    .filter(|&next| next < len)
                    .filter_map(|next| u32::try_from(next).ok()),
            );
        }
        starts
    }

    /// The same table, searching with `lines`, which must be this table's
    /// [`WordNet::line_starts`].
    pub fn indexed(self, lines: &'t [u32]) -> WordNet<'t> {
        WordNet {
            lines: Some(lines),
            ..self
        }
    }

    /// Where the record of each synset starts, by synset number: the byte
    /// offset in the records plus one, 0 for a number the table has no
    /// record for. The index [`WordNet::with_synsets`] takes; `lines` must
    /// be this table's [`WordNet::line_starts`]. One pass over the `N`
    /// records, which sit together in id order (92,000 of them in the
    /// embedded table: about 7 million instructions, once per process),
    /// reading only the few bytes of each that hold its code; 4 bytes a
    /// number up to the largest (about 470 KB).
    ///
    /// The hypernym walks ask for a synset at every step (the kind pass of
    /// one sentence pair asks for dozens), and each question was a hash
    /// lookup of a joined key in the per-thread memo, a table far larger
    /// than the caches, or a binary search without it.
    pub fn synset_starts(&self, lines: &[u32]) -> Vec<u32> {
        let bytes = self.records.as_bytes();
        let first = self.lower_bound(b"N\t");
        let from = lines.partition_point(|&start| (start as usize) < first);
        let mut index = vec![0u32; SynsetId::LIMIT as usize];
        for &start in lines.get(from..).unwrap_or(&[]) {
            let Some(rest) = bytes.get(start as usize..) else { break };
            let Some(rest) = rest.strip_prefix(b"N\t") else { break };
            // The code field as the search compares it: up to the next tab
            // or the line's end (a '\r' before the newline left out). A
            // code is three digits; any other field is no id.
            let (code, after) = rest.split_at(rest.len().min(SynsetId::WIDTH));
            let whole = matches!(after, [] | [b'\t' | b'\n', ..] | [b'\r'] | [b'\r', b'\n', ..]);
            let (Some(id), Some(at)) = (SynsetId::parse_bytes(code).filter(|_| whole), start.checked_add(1)) else {
                continue;
            };
            let slot = &mut index[id.number() as usize];
            // The first record of a number is the one the search finds.
            if *slot == 0 {
                *slot = at;
            }
        }
        let used = index.iter().rposition(|&at| at != 0).map_or(0, |last| last + 1);
        index.truncate(used);
        index.shrink_to_fit();
        index
    }

    /// The same table, reading synset records through `synsets`, which
    /// must be this table's [`WordNet::synset_starts`].
    pub fn with_synsets(self, synsets: &'t [u32]) -> WordNet<'t> {
        WordNet {
            synsets: Some(synsets),
            ..self
        }
    }
}

impl<'t> WordNet<'t> {
    /// Opens a table. Checks the magic first line, skips the comment header
    /// and makes sure there is at least one lemma record; it does not read
    /// the rest, so it takes microseconds whatever the table's size. Use
    /// [`WordNet::validate`] to check a table fully.
    pub fn parse(table: &'t str) -> Result<WordNet<'t>, String> {
        let first = table.lines().next().unwrap_or("");
        if first.trim_end_matches('\r') != MAGIC {
            return Err(format!(
                "not an antinomy WordNet table: the first line should be {MAGIC:?}"
            ));
        }
        let mut start = 0;
        while let Some(rest) = table.get(start..) {
            if !rest.starts_with('#') {
                break;
            }
            start = match rest.find('\n') {
                Some(newline) => start + newline + 1,
                None => table.len(),
            };
        }
        let header = table.get(..start).unwrap_or("");
        let records = table.get(start..).unwrap_or("");
        let wordnet = WordNet {
            header,
            records,
            remember: false,
            lines: None,
            synsets: None,
        };
        let first_lemma = wordnet.lower_bound(b"L");
        let has_lemmas = wordnet.line_at(first_lemma).is_some_and(|line| line.starts_with("L\t"));
        if !has_lemmas {
            return Err("WordNet table has no lemma (L) records".to_string());
        }
        Ok(wordnet)
    }

    /// The comment lines at the top of the table, which include the
    /// Princeton WordNet licence notice.
    pub fn header(&self) -> &'t str {
        self.header
    }

    /// Checks every record: known tag, the right number of key fields,
    /// well-formed ids and part-of-speech letters, and strictly increasing
    /// keys (sorted, no duplicates), which the binary search depends on.
    /// Linear in the table's size; meant for tests and the generator, not
    /// for every start.
    pub fn validate(&self) -> Result<TableStats, String> {
        let mut stats = TableStats::default();
        let mut previous: Option<&str> = None;
        let body = self.records.strip_suffix('\n').unwrap_or(self.records);
        for (number, raw) in body.split('\n').enumerate() {
            let line = raw.strip_suffix('\r').unwrap_or(raw);
            if line.is_empty() {
                return Err(format!("record {}: empty line", number + 1));
            }
            let fail = |what: &str| Err(format!("record {}: {what}: {line:?}", number + 1));
            let fields: Vec<&str> = line.split('\t').collect();
            let tag = fields.first().copied().unwrap_or("");
            let key_fields = match tag {
                "A" | "K" | "X" => 2,
                "I" | "L" | "M" | "N" => 1,
                _ => return fail("unknown record tag"),
            };
            let min_fields = if matches!(tag, "K" | "I") {
                key_fields + 1
            } else {
                key_fields + 2
            };
            if fields.len() < min_fields {
                return fail("too few fields");
            }
            if fields.iter().skip(1).take(key_fields).any(|f| f.is_empty()) {
                return fail("empty key field");
            }
            if matches!(tag, "A" | "K" | "X") && fields.get(1).and_then(|letter| Pos::from_letter(letter)).is_none() {
                return fail("bad part of speech");
            }
            match tag {
                "L" => {
                    if fields.len() > 6 || fields.iter().skip(2).all(|f| f.is_empty()) {
                        return fail("lemma record needs one to four sense fields");
                    }
                    let ids_ok = fields
                        .iter()
                        .skip(2)
                        .filter(|f| !f.is_empty())
                        .flat_map(|f| f.split(' '))
                        .all(|code| SynsetId::parse(code).is_some());
                    if !ids_ok {
                        return fail("bad synset id");
                    }
                    stats.lemmas += 1;
                }
                "N" => {
                    let id_ok = fields.get(1).and_then(|c| SynsetId::parse(c)).is_some();
                    let hypernyms = fields.get(2).copied().unwrap_or("");
                    let hypernyms_ok =
                        hypernyms.is_empty() || hypernyms.split(' ').all(|code| SynsetId::parse(code).is_some());
                    let empty = hypernyms.is_empty() && fields.len() < 4;
                    if !id_ok || !hypernyms_ok || empty {
                        return fail("bad synset record");
                    }
                    stats.synsets += 1;
                }
                "A" => stats.antonyms += 1,
                "M" => stats.similar += 1,
                "X" => stats.exceptions += 1,
                "I" => {
                    if fields.len() != 2 || SynsetId::parse(fields[1]).is_none() {
                        return fail("bad individual record");
                    }
                    stats.individuals += 1;
                }
                _ => stats.keeps += 1,
            }
            let key_len = fields.iter().take(key_fields + 1).map(|f| f.len() + 1).sum::<usize>() - 1;
            let key = line.get(..key_len).unwrap_or(line);
            if let Some(previous) = previous {
                if key.as_bytes() <= previous.as_bytes() {
                    return fail("out of order or duplicate key");
                }
            }
            previous = Some(key);
        }
        if stats.lemmas == 0 {
            return Err("no lemma records".to_string());
        }
        Ok(stats)
    }

    // ----- morphology ---------------------------------------------------

    /// The preferred base form of `word` as a `pos`, or `None` if neither
    /// the word nor any base form of it is in WordNet. The result borrows
    /// from the table. See [`WordNet::lemmas`] for the rules and the order;
    /// this is its first answer.
    ///
    /// "troops" → "troop", "fell" (verb) → "fall", "mice" → "mouse",
    /// "better" (adjective) → "good", "soldier" → "soldier".
    pub fn lemma(&self, word: &str, pos: Pos) -> Option<&'t str> {
        self.lemmas(word, pos).into_iter().next()
    }

    /// Every base form of `word` as a `pos` that WordNet has, best first.
    ///
    /// This is WordNet's morphy: the exception list for the part of speech
    /// (irregular forms: "mice" → "mouse", "fell" → "fall"), otherwise the
    /// detachment rules ([`Pos::detachment_rules`], with morphy's guards:
    /// nouns ending in "ss" or of two letters or less are not detached, and
    /// "-ful" nouns are detached before the suffix: "boxesful" → "boxful").
    /// Every candidate is kept only if it is a lemma of `pos`.
    ///
    /// The word itself, when it is a lemma, comes *after* its base forms,
    /// because for a contradiction engine "troops" should meet "troop"
    /// ("troops" is also a WordNet lemma, for "soldiers collectively").
    /// The generator marks the words for which that order is wrong with `K`
    /// records, and for those the word itself comes first: it is marked when
    /// the word is used more often as itself than as an inflection in
    /// WordNet's sense-tagged corpus ("means" is not "mean", "data" is not
    /// "datum", "modest" is not "mod"), and for verbs ending in "ss"
    /// ("canvass" is not "canvas"). WordNet's own exception lists already
    /// pin some of these ("gas", "seed" and "feed" map to themselves).
    ///
    /// A multi-word input that is not a lemma as it stands is also tried
    /// with each of its words reduced ("attorneys general" → "attorney
    /// general", "armed forces" → "armed force"), then with only the last
    /// word, then only the first, keeping what is a lemma.
    pub fn lemmas(&self, word: &str, pos: Pos) -> Vec<&'t str> {
        let word = normalize(word);
        if !self.remember || word.is_empty() {
            return self.search_lemmas(&word, pos);
        }
        let table = (self.records.as_ptr() as usize, self.records.len());
        let cached = LOOKUPS.with(|cache| cache.borrow_mut().lemmas(table, pos, &word));
        let ranges = match cached {
            Some(ranges) => ranges,
            None => {
                let mut key = Vec::with_capacity(word.len() + 1);
                key.extend_from_slice(pos.letter().as_bytes());
                key.extend_from_slice(word.as_bytes());
                let base = self.records.as_ptr() as usize;
                let ranges: Vec<(usize, usize)> = self
                    .search_lemmas(&word, pos)
                    .into_iter()
                    .map(|lemma| (lemma.as_ptr() as usize - base, lemma.len()))
                    .collect();
                LOOKUPS.with(|cache| cache.borrow_mut().insert_lemmas(table, key, ranges.clone()));
                ranges
            }
        };
        ranges
            .into_iter()
            .filter_map(|(start, len)| self.records.get(start..start + len))
            .collect()
    }

    /// [`WordNet::lemmas`] without the memo, for a normalised word.
    fn search_lemmas(&self, word: &str, pos: Pos) -> Vec<&'t str> {
        let mut found = Vec::new();
        if word.is_empty() {
            return found;
        }
        self.single_lemmas(word, pos, &mut found);
        if found.is_empty() && word.contains(' ') {
            self.collocation_lemmas(word, pos, &mut found);
        }
        found
    }

    fn single_lemmas(&self, word: &str, pos: Pos, found: &mut Vec<&'t str>) {
        let itself = self.lemma_entry(word, pos);
        let keep_itself = self.find(&["K", pos.letter(), word]).is_some();
        if keep_itself {
            push_unique(found, itself);
        }
        let before = found.len();
        if let Some(bases) = self.find(&["X", pos.letter(), word]) {
            for base in Words::new(bases) {
                push_unique(found, self.lemma_entry(base, pos));
            }
        }
        if found.len() == before {
            for candidate in detachments(word, pos) {
                push_unique(found, self.lemma_entry(&candidate, pos));
            }
        }
        push_unique(found, itself);
    }

    fn collocation_lemmas(&self, word: &str, pos: Pos, found: &mut Vec<&'t str>) {
        let parts: Vec<&str> = word.split(' ').collect();
        if parts.len() > MAX_COLLOCATION_WORDS {
            return;
        }
        let reduce = |part: &str| -> String {
            let mut bases = Vec::new();
            self.single_lemmas(part, pos, &mut bases);
            bases
                .into_iter()
                .next()
                .map_or_else(|| part.to_string(), str::to_string)
        };
        let last = parts.len().saturating_sub(1);
        let all: Vec<String> = parts.iter().map(|p| reduce(p)).collect();
        let only = |i: usize| -> Vec<String> {
            parts
                .iter()
                .enumerate()
                .map(|(j, p)| if i == j { reduce(p) } else { p.to_string() })
                .collect()
        };
        for attempt in [all, only(last), only(0)] {
            push_unique(found, self.lemma_entry(&attempt.join(" "), pos));
        }
    }

    /// Whether `lemma` is a WordNet lemma of `pos`. No morphology: "troops"
    /// is a noun lemma, "mice" is not (use [`WordNet::lemma`] first).
    pub fn is_word(&self, lemma: &str, pos: Pos) -> bool {
        self.lemma_entry(&normalize(lemma), pos).is_some()
    }

    /// The parts of speech `lemma` has in WordNet; empty if it is not a
    /// lemma at all. No morphology.
    pub fn pos_of(&self, lemma: &str) -> PosSet {
        let mut set = PosSet::EMPTY;
        if let Some(fields) = self.find(&["L", &normalize(lemma)]) {
            for (pos, field) in Pos::ALL.into_iter().zip(fields.split('\t')) {
                if !field.is_empty() {
                    set.insert(pos);
                }
            }
        }
        set
    }

    /// The table's copy of `lemma` if it is a lemma of `pos`.
    fn lemma_entry(&self, lemma: &str, pos: Pos) -> Option<&'t str> {
        let line = self.find_line(&["L", lemma])?;
        let key = tab_field(line, 1)?;
        let senses = tab_field(line, 2 + pos.index())?;
        (!senses.is_empty()).then_some(key)
    }

    // ----- antonyms and similarity -------------------------------------

    /// Direct antonyms of `lemma` as a `pos`: the lemmas at the other end
    /// of WordNet's antonym pointers (`!`) from any sense of `lemma`,
    /// ordered by the sense they come from (most frequent sense first).
    /// Lemma-level, so a rare sense can contribute ("fall" is an antonym of
    /// "rise" through several senses). No morphology: pass a lemma.
    pub fn antonyms(&self, lemma: &str, pos: Pos) -> Words<'t> {
        self.words(&["A", pos.letter(), &normalize(lemma)])
    }

    /// Indirect antonyms of an adjective: for each head adjective `lemma`
    /// is a satellite of ([`WordNet::similar_adjectives`]), that head's
    /// direct antonyms ("torrid" → "cold", through "hot"), without `lemma`'s
    /// own direct antonyms or repeats. Computed from the `M` and `A`
    /// records, so it costs a few lookups. Noisier than
    /// [`WordNet::antonyms`] (a satellite link is about one sense, this is
    /// lemma-level); kept apart so a caller can weigh it differently.
    pub fn indirect_antonyms(&self, lemma: &str) -> Vec<&'t str> {
        let lemma = normalize(lemma);
        let direct = self.antonyms(&lemma, Pos::Adj);
        let mut found = Vec::new();
        for head in self.similar_adjectives(&lemma) {
            for antonym in self.antonyms(head, Pos::Adj) {
                if antonym != lemma && !direct.contains(antonym) {
                    push_unique(&mut found, Some(antonym));
                }
            }
        }
        found
    }

    /// The head adjectives `lemma` is a satellite of (WordNet's similar-to
    /// pointer `&`, from satellite to head): "torrid" → "hot". Heads
    /// themselves have no entry. Only satellite senses among `lemma`'s
    /// first [`SIMILAR_SENSES`] adjective senses count, most frequent sense
    /// first. This is the table's
    /// only source of indirect antonymy, kept as its own record type (`M`)
    /// because it is noisier than the direct pointers.
    pub fn similar_adjectives(&self, lemma: &str) -> Words<'t> {
        self.words(&["M", &normalize(lemma)])
    }

    /// Whether WordNet opposes `a` and `b` as `pos`, and how, strongest
    /// evidence first: directly (an antonym pointer either way), through a
    /// synonym of a direct antonym ("enemy"/"friend" through "foe"), or,
    /// for adjectives, indirectly (the heads the words are satellites of
    /// are direct antonyms: "torrid"/"frigid" through "hot"/"cold"). No
    /// morphology: pass lemmas.
    pub fn antonymy(&self, a: &str, b: &str, pos: Pos) -> Option<Antonymy> {
        let (a, b) = (normalize(a), normalize(b));
        if a == b {
            return None;
        }
        if self.antonyms(&a, pos).contains(&b) || self.antonyms(&b, pos).contains(&a) {
            return Some(Antonymy::Direct);
        }
        let through_synonym = |x: &str, y: &str| self.antonyms(y, pos).any(|antonym| self.synonymous(x, antonym, pos));
        if through_synonym(&a, &b) || through_synonym(&b, &a) {
            return Some(Antonymy::Synonym);
        }
        if pos != Pos::Adj {
            return None;
        }
        let heads_a: Vec<&str> = std::iter::once(&*a).chain(self.similar_adjectives(&a)).collect();
        let heads_b: Vec<&str> = std::iter::once(&*b).chain(self.similar_adjectives(&b)).collect();
        let opposed = heads_a.iter().any(|head_a| {
            let antonyms = self.antonyms(head_a, Pos::Adj);
            heads_b.iter().any(|head_b| antonyms.contains(head_b))
        });
        opposed.then_some(Antonymy::Indirect)
    }

    // ----- senses, synonyms, hypernyms ---------------------------------

    /// Every sense of `lemma` as a `pos`, as synset ids, most frequent
    /// first (WordNet's sense order). Empty if `lemma` is not a lemma of
    /// `pos`. No morphology.
    pub fn senses(&self, lemma: &str, pos: Pos) -> Vec<SynsetId> {
        self.senses_of(&normalize(lemma), pos)
    }

    fn senses_of(&self, lemma: &str, pos: Pos) -> Vec<SynsetId> {
        self.find(&["L", lemma])
            .and_then(|fields| fields.split('\t').nth(pos.index()))
            .map(|field| field.split(' ').filter_map(SynsetId::parse).collect())
            .unwrap_or_default()
    }

    /// Verbs, adjectives and adverbs: the lemmas that share a synset with
    /// one of the first senses of `lemma` ([`SYNONYM_SENSES`]: 3 for verbs
    /// and adjectives, 2 for adverbs), in sense order then WordNet's member
    /// order, without `lemma` itself or repeats. "buy" → "purchase", "big"
    /// → "large". Always empty for nouns, whose synsets keep no member
    /// lists (see [`Synset`]); test noun synonymy with
    /// [`WordNet::synonymous`]. No morphology.
    pub fn synonyms(&self, lemma: &str, pos: Pos) -> Vec<&'t str> {
        let lemma = normalize(lemma);
        let keep = SYNONYM_SENSES.get(pos.index()).copied().unwrap_or(0);
        let mut found = Vec::new();
        if pos == Pos::Noun {
            return found;
        }
        for id in self.senses_of(&lemma, pos).into_iter().take(keep) {
            if let Some(synset) = self.synset(id) {
                for word in synset.words() {
                    if word != lemma {
                        push_unique(&mut found, Some(word));
                    }
                }
            }
        }
        found
    }

    /// Whether `a` and `b` share a synset as `pos`, counting only the first
    /// senses of at least one of them (the first 2 for nouns,
    /// [`SYNONYM_SENSES`] otherwise), so that two words that share only a
    /// rare sense each are not called synonyms. "car"/"auto",
    /// "buy"/"purchase". No morphology.
    pub fn synonymous(&self, a: &str, b: &str, pos: Pos) -> bool {
        let keep = match pos {
            Pos::Noun => IS_A_SENSES,
            _ => SYNONYM_SENSES.get(pos.index()).copied().unwrap_or(0),
        };
        let a = self.senses(a, pos);
        let b = self.senses(b, pos);
        a.iter().take(keep).any(|id| b.contains(id)) || b.iter().take(keep).any(|id| a.contains(id))
    }

    /// Whether to do `specific` is a way to do `general` by WordNet's verb
    /// hypernyms: one of the first [`SYNONYM_SENSES`] senses of `specific`
    /// has as its direct hypernym one of the first senses of `general`.
    /// "slice"/"cut", "fry"/"cook", "shout"/"speak"; not "cut"/"slice",
    /// and not two steps up ("mince" → "cut up" → "cut"), where the verbs
    /// above grow too general to stake an alarm on. No morphology.
    pub fn verb_is_a(&self, specific: &str, general: &str) -> bool {
        let keep = SYNONYM_SENSES.get(Pos::Verb.index()).copied().unwrap_or(0);
        let general: Vec<SynsetId> = self.senses(general, Pos::Verb).into_iter().take(keep).collect();
        if general.is_empty() {
            return false;
        }
        self.senses(specific, Pos::Verb)
            .into_iter()
            .take(keep)
            .filter_map(|id| self.synset(id))
            .any(|s| s.hypernyms().any(|h| general.contains(&h)))
    }

    /// The synset record for `id`, if the table has one (noun leaves without
    /// hypernyms and single-word synsets of the other parts of speech have
    /// none: they would carry no information).
    pub fn synset(&self, id: SynsetId) -> Option<Synset<'t>> {
        let fields = match self.synsets {
            Some(index) => {
                let start = index.get(id.number() as usize)?.checked_sub(1)?;
                let line = self.line_at(start as usize)?;
                // What `find` gives: the fields after "N", tab, the code.
                line.get(2 + SynsetId::WIDTH + 1..).unwrap_or("")
            }
            None => {
                let code = id.code();
                let code = std::str::from_utf8(&code).ok()?;
                self.find(&["N", code])?
            }
        };
        let (hypernyms, words) = fields.split_once('\t').unwrap_or((fields, ""));
        Some(Synset { id, hypernyms, words })
    }

    /// All hypernyms of the first noun senses of `noun` ([`IS_A_SENSES`]),
    /// transitively, nearest first (breadth-first), without repeats and
    /// without the senses themselves. Follows class (`@`) and instance
    /// (`@i`) links, so "paris" reaches "national capital" and "city".
    /// `noun` is reduced with [`WordNet::lemma`] first if it is not a noun
    /// lemma itself.
    pub fn hypernyms(&self, noun: &str) -> Vec<SynsetId> {
        let senses = self.noun_senses(noun);
        let mut closure = self.closure(&senses);
        closure.retain(|id| !senses.contains(id));
        closure
    }

    /// The label of every synset in [`WordNet::hypernyms`], nearest first:
    /// "soldier" → "enlisted person", "serviceman", "skilled worker", ...,
    /// "person", ..., "entity". Repeats are dropped.
    pub fn hypernym_lemmas(&self, noun: &str) -> Vec<&'t str> {
        let mut found = Vec::new();
        for id in self.hypernyms(noun) {
            push_unique(&mut found, self.synset(id).map(|s| s.label()));
        }
        found.retain(|label| !label.is_empty());
        found
    }

    /// Every path from one of the first noun senses of `noun` up to a root
    /// ("entity"), each starting with the sense itself (whose label may be
    /// empty: it is the caller's word). Multiple inheritance gives several
    /// paths per sense. At most 64 paths of at most 64 synsets.
    ///
    /// A table opened with [`WordNet::remembering`] remembers the paths per
    /// thread (`LookupCache`): `antinomy pairs` asks for the paths of
    /// every plain subject of every pair (the kind pass of
    /// `coref::unify_kinds`), and one walk costs dozens of synset lookups.
    pub fn hypernym_paths(&self, noun: &str) -> Vec<Vec<SynsetId>> {
        if !self.remember {
            return self.walk_hypernym_paths(noun);
        }
        let table = (self.records.as_ptr() as usize, self.records.len());
        if let Some(paths) = LOOKUPS.with(|cache| cache.borrow_mut().paths(table, noun.as_bytes())) {
            return paths;
        }
        let paths = self.walk_hypernym_paths(noun);
        LOOKUPS.with(|cache| {
            cache
                .borrow_mut()
                .insert_paths(table, noun.as_bytes().to_vec(), paths.clone())
        });
        paths
    }

    /// [`WordNet::hypernym_paths`] without the memo.
    fn walk_hypernym_paths(&self, noun: &str) -> Vec<Vec<SynsetId>> {
        let mut paths = Vec::new();
        for sense in self.noun_senses(noun) {
            let mut path = vec![sense];
            self.extend_paths(&mut path, &mut paths);
        }
        paths
    }

    /// The [`WordNet::hypernym_paths`] of the first noun sense of `noun`
    /// only. WordNet orders senses by frequency, so this is the noun's most
    /// likely reading: "tanker" is first a ship, though a later sense is a
    /// tank crewman; "china" is first the country, not the porcelain.
    pub fn first_sense_paths(&self, noun: &str) -> Vec<Vec<SynsetId>> {
        let mut paths = self.hypernym_paths(noun);
        let first = first_sense_of(&paths).len();
        paths.truncate(first);
        paths
    }

    /// The paths of the first sense among `paths` (of one noun's
    /// [`WordNet::hypernym_paths`]), or none when that sense names an
    /// individual, not a kind: "crane" is first the poet Hart Crane in
    /// WordNet, but a crane in a report is a machine or a bird, and no kind
    /// of person. For the kind of person or animal a common noun names;
    /// not for what a sentence is about, where "the sun" is the one star.
    pub fn first_kind_sense_of<'p>(&self, paths: &'p [Vec<SynsetId>]) -> &'p [Vec<SynsetId>] {
        let first = first_sense_of(paths);
        match first.first().and_then(|p| p.first()) {
            Some(&id) if self.is_individual(id) => &[],
            _ => first,
        }
    }

    fn extend_paths(&self, path: &mut Vec<SynsetId>, paths: &mut Vec<Vec<SynsetId>>) {
        if paths.len() >= MAX_PATHS {
            return;
        }
        let parents: Vec<SynsetId> = path
            .last()
            .and_then(|id| self.synset(*id))
            .map(|synset| synset.hypernyms().collect())
            .unwrap_or_default();
        let parents: Vec<SynsetId> = parents.into_iter().filter(|parent| !path.contains(parent)).collect();
        if parents.is_empty() || path.len() >= MAX_DEPTH {
            paths.push(path.clone());
            return;
        }
        for parent in parents {
            path.push(parent);
            self.extend_paths(path, paths);
            path.pop();
        }
    }

    /// Whether `noun_a` is a kind or an instance of `noun_b`: some synset
    /// reached from the first noun senses of `noun_a` ([`IS_A_SENSES`]) by
    /// hypernym links, the senses themselves included, is a sense (any
    /// sense) of `noun_b`. So synonyms count ("auto" is a "car"), "soldier"
    /// is a "person", "paris" is a "city", and "person" is not a
    /// "soldier". Both words are reduced with [`WordNet::lemma`] first if
    /// they are not noun lemmas ("soldiers", "people").
    pub fn is_a(&self, noun_a: &str, noun_b: &str) -> bool {
        let kinds = self.noun_senses_all(noun_b);
        if kinds.is_empty() {
            return false;
        }
        let senses = self.noun_senses(noun_a);
        self.closure(&senses).into_iter().any(|id| kinds.contains(&id))
    }

    /// The first [`IS_A_SENSES`] noun senses of `noun`, reducing it to a
    /// lemma if needed.
    fn noun_senses(&self, noun: &str) -> Vec<SynsetId> {
        let mut senses = self.noun_senses_all(noun);
        senses.truncate(IS_A_SENSES);
        senses
    }

    /// Whether a noun sense names one individual, not a kind: Hart Crane
    /// among the senses of "crane", China the country among those of
    /// "china" (an `I` record; see the generator's README).
    pub fn is_individual(&self, id: SynsetId) -> bool {
        let code = id.code();
        std::str::from_utf8(&code).is_ok_and(|code| self.find(&["I", code]).is_some())
    }

    /// Every noun sense of `noun`, reducing it to a lemma if needed.
    fn noun_senses_all(&self, noun: &str) -> Vec<SynsetId> {
        let noun = normalize(noun);
        let senses = self.senses_of(&noun, Pos::Noun);
        if !senses.is_empty() {
            return senses;
        }
        match self.lemma(&noun, Pos::Noun) {
            Some(lemma) => self.senses_of(lemma, Pos::Noun),
            None => Vec::new(),
        }
    }

    /// Breadth-first closure of `start` under hypernym links, `start`
    /// included, capped so that a damaged table cannot loop.
    fn closure(&self, start: &[SynsetId]) -> Vec<SynsetId> {
        let mut seen: Vec<SynsetId> = Vec::new();
        for id in start {
            if !seen.contains(id) {
                seen.push(*id);
            }
        }
        let mut next = 0;
        while let Some(id) = seen.get(next).copied() {
            next += 1;
            if seen.len() >= MAX_HYPERNYM_WALK {
                break;
            }
            if let Some(synset) = self.synset(id) {
                for parent in synset.hypernyms() {
                    if !seen.contains(&parent) {
                        seen.push(parent);
                    }
                }
            }
        }
        seen
    }

    // ----- the sorted-lines search -------------------------------------

    /// The words after the key of the record with this key, or none.
    fn words(&self, key: &[&str]) -> Words<'t> {
        self.find(key).map(Words::new).unwrap_or_default()
    }

    /// The fields after the key of the record whose key fields are `key`
    /// (tag first), or `None`. "" when the record has nothing after its key.
    fn find(&self, key: &[&str]) -> Option<&'t str> {
        let line = self.find_line(key)?;
        let key_len = key_len(key);
        Some(line.get(key_len + 1..).unwrap_or(""))
    }

    /// The whole record whose key fields are `key`, or `None`.
    ///
    /// A table opened with [`WordNet::remembering`] remembers the answers
    /// per thread ([`LookupCache`]): a reader asks about the same few
    /// thousand words over and over, and a hash lookup is much cheaper than
    /// the binary search.
    fn find_line(&self, key: &[&str]) -> Option<&'t str> {
        if !self.remember {
            let (start, len) = self.search_line(&join_key(key))?;
            return self.records.get(start..start + len);
        }
        let table = (self.records.as_ptr() as usize, self.records.len());
        let cached = LOOKUPS.with(|cache| cache.borrow_mut().get(table, key));
        let found = match cached {
            Some(found) => found,
            None => {
                let joined = join_key(key);
                let found = self.search_line(&joined);
                LOOKUPS.with(|cache| cache.borrow_mut().insert(table, joined, found));
                found
            }
        };
        let (start, len) = found?;
        self.records.get(start..start + len)
    }

    /// The binary search behind [`WordNet::find_line`]: the byte range of
    /// the record whose key fields, joined by tabs, are `joined`.
    fn search_line(&self, joined: &[u8]) -> Option<(usize, usize)> {
        let start = self.lower_bound(joined);
        let line = self.line_at(start)?;
        let bytes = line.as_bytes();
        let prefix = bytes.get(..joined.len())?;
        let whole_field = matches!(bytes.get(joined.len()), None | Some(b'\t'));
        (whole_field && prefix == joined).then_some((start, line.len()))
    }

    /// The record starting at byte `start`, without its line ending.
    fn line_at(&self, start: usize) -> Option<&'t str> {
        let rest = self.records.get(start..)?;
        if rest.is_empty() {
            return None;
        }
        let line = rest.split('\n').next().unwrap_or("");
        Some(line.strip_suffix('\r').unwrap_or(line))
    }

    /// Byte offset of the first record that is not less than `key` (the key
    /// fields joined by tabs), or the length of the records if there is
    /// none. `lo` and `hi` are always line starts; each step takes the first
    /// line that starts at or after the midpoint (or the line at `lo` when
    /// none does) and moves past it or down to it, so the loop ends after
    /// about log2(records) steps. Lines are found by searching forward for
    /// newlines (memchr), and compared with the joined key as plain bytes:
    /// this search is the reader's innermost loop.
    fn lower_bound(&self, key: &[u8]) -> usize {
        if let Some(lines) = self.lines {
            return self.indexed_lower_bound(lines, key);
        }
        let records = self.records;
        let bytes = records.as_bytes();
        // The first newline at or after `from`; `str::find` searches with
        // memchr, and a newline is ASCII, so moving to a char boundary first
        // skips nothing.
        let newline_from = |mut from: usize| {
            while from < records.len() && !records.is_char_boundary(from) {
                from += 1;
            }
            records.get(from..).and_then(|rest| rest.find('\n')).map(|n| from + n)
        };
        let (mut lo, mut hi) = (0, bytes.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let mut start = if mid == lo {
                lo
            } else {
                newline_from(mid - 1).map_or(hi, |newline| newline + 1)
            };
            if start >= hi {
                start = lo;
            }
            let end = newline_from(start).unwrap_or(bytes.len());
            let line = bytes.get(start..end).unwrap_or(&[]);
            if line < key {
                lo = (end + 1).min(hi);
            } else {
                hi = start;
            }
        }
        lo
    }
}

/// Most keys one thread's [`LookupCache`] holds; past this it starts over,
/// so memory stays bounded on any input.
const LOOKUP_CACHE_LIMIT: usize = 1 << 17;

thread_local! {
    static LOOKUPS: std::cell::RefCell<LookupCache> = std::cell::RefCell::new(LookupCache::default());
}

/// The answers of [`WordNet::find_line`] on this thread: for each joined
/// key, the byte range of its record in the records section, or `None` for
/// a key the table does not have. It belongs to one table at a time
/// (identified by the address and length of its records) and is emptied
/// when another table is searched. A pure memo: the table never changes, so
/// a remembered answer is the answer the search would give.
///
/// It also remembers [`WordNet::lemmas`], keyed by the part of speech's
/// letter followed by the normalised word, as the byte ranges of the lemmas
/// found: one base form costs up to a dozen record lookups; and
/// [`WordNet::hypernym_paths`], keyed by the noun as asked, bounded by
/// [`PATHS_CACHE_LIMIT`] nouns since one answer can hold up to
/// [`MAX_PATHS`] paths.
#[derive(Default)]
struct LookupCache {
    table: (usize, usize),
    found: Bounded<Option<(usize, usize)>>,
    lemmas: Bounded<Vec<(usize, usize)>>,
    paths: Bounded<Vec<Vec<SynsetId>>>,
    /// The key being looked up, joined here rather than in a new vector:
    /// most lookups are answered from the memo and need no key of their own.
    scratch: Vec<u8>,
}

/// Most nouns whose hypernym paths one thread remembers: a few hundred
/// bytes each on real words, at most 16 KiB ([`MAX_PATHS`] of
/// [`MAX_DEPTH`]), so at most 64 MiB per thread on any input.
const PATHS_CACHE_LIMIT: usize = 1 << 12;

/// rustc's Fx hash (the `rustc-hash` crate): keys are short words, for
/// which it is several times cheaper than the standard SipHash. The keys
/// come from the text being read, and a hostile text can at worst make its
/// own lookups slower.
pub(crate) type KeyHash = rustc_hash::FxBuildHasher;

/// A map from joined keys that starts over past [`LOOKUP_CACHE_LIMIT`]
/// keys, so memory stays bounded on any input.
struct Bounded<V>(std::collections::HashMap<Box<[u8]>, V, KeyHash>);

impl<V> Default for Bounded<V> {
    fn default() -> Self {
        Bounded(std::collections::HashMap::default())
    }
}

impl<V: Clone> Bounded<V> {
    fn get(&self, key: &[u8]) -> Option<V> {
        self.0.get(key).cloned()
    }

    fn insert(&mut self, key: Vec<u8>, value: V) {
        self.insert_within(LOOKUP_CACHE_LIMIT, key, value);
    }

    /// [`Bounded::insert`], starting over past `limit` keys.
    fn insert_within(&mut self, limit: usize, key: Vec<u8>, value: V) {
        if self.0.len() >= limit {
            self.0.clear();
        }
        self.0.insert(key.into_boxed_slice(), value);
    }
}

impl LookupCache {
    /// Makes the cache belong to `table`, emptying it if it belonged to
    /// another one.
    fn switch(&mut self, table: (usize, usize)) {
        if self.table != table {
            self.table = table;
            self.found.0.clear();
            self.lemmas.0.clear();
            self.paths.0.clear();
        }
    }

    fn get(&mut self, table: (usize, usize), key: &[&str]) -> Option<Option<(usize, usize)>> {
        self.switch(table);
        self.scratch.clear();
        join_into(&mut self.scratch, key);
        self.found.get(&self.scratch)
    }

    fn insert(&mut self, table: (usize, usize), key: Vec<u8>, found: Option<(usize, usize)>) {
        self.switch(table);
        self.found.insert(key, found);
    }

    /// The remembered lemmas of `word` as a `pos`, keyed by the part of
    /// speech's letter followed by the word.
    fn lemmas(&mut self, table: (usize, usize), pos: Pos, word: &str) -> Option<Vec<(usize, usize)>> {
        self.switch(table);
        self.scratch.clear();
        self.scratch.extend_from_slice(pos.letter().as_bytes());
        self.scratch.extend_from_slice(word.as_bytes());
        self.lemmas.get(&self.scratch)
    }

    fn insert_lemmas(&mut self, table: (usize, usize), key: Vec<u8>, ranges: Vec<(usize, usize)>) {
        self.switch(table);
        self.lemmas.insert(key, ranges);
    }

    fn paths(&mut self, table: (usize, usize), noun: &[u8]) -> Option<Vec<Vec<SynsetId>>> {
        self.switch(table);
        self.paths.get(noun)
    }

    fn insert_paths(&mut self, table: (usize, usize), noun: Vec<u8>, paths: Vec<Vec<SynsetId>>) {
        self.switch(table);
        self.paths.insert_within(PATHS_CACHE_LIMIT, noun, paths);
    }
}

impl WordNet<'_> {
    /// [`WordNet::lower_bound`] over the line index: the start of the first
    /// record not less than `key`, or the length of the records. A record
    /// is compared up to (not including) its newline, as the plain search
    /// does, so both give the same answer on a sorted table.
    fn indexed_lower_bound(&self, lines: &[u32], key: &[u8]) -> usize {
        let bytes = self.records.as_bytes();
        let end_of = |i: usize| match lines.get(i + 1) {
            Some(&next) => next as usize - 1,
            None => bytes.len() - usize::from(bytes.last() == Some(&b'\n')),
        };
        let (mut lo, mut hi) = (0, lines.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let start = lines.get(mid).map_or(bytes.len(), |&s| s as usize);
            let line = bytes.get(start..end_of(mid)).unwrap_or(&[]);
            if line < key {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lines.get(lo).map_or(bytes.len(), |&s| s as usize)
    }
}

/// Field `n` (from 0) of a tab-separated record, or `None` when it has
/// fewer fields: what `line.split('\t').nth(n)` gives. The tabs are found
/// with `memchr` rather than through `str::split`'s char searcher, whose
/// set-up cost more than the short fields it stepped over: every base form
/// asks this of up to a dozen records.
fn tab_field(line: &str, n: usize) -> Option<&str> {
    let bytes = line.as_bytes();
    let mut start = 0;
    for _ in 0..n {
        start += memchr::memchr(b'\t', bytes.get(start..)?)? + 1;
    }
    let end = memchr::memchr(b'\t', bytes.get(start..)?).map_or(bytes.len(), |e| start + e);
    line.get(start..end)
}

/// Length in bytes of the key fields joined by tabs.
fn key_len(key: &[&str]) -> usize {
    key.iter().map(|field| field.len()).sum::<usize>() + key.len().saturating_sub(1)
}

/// The key fields joined by tabs, as the records write them.
fn join_key(key: &[&str]) -> Vec<u8> {
    let mut joined = Vec::with_capacity(key.iter().map(|f| f.len() + 1).sum());
    join_into(&mut joined, key);
    joined
}

/// [`join_key`] appended to `out`.
fn join_into(out: &mut Vec<u8>, key: &[&str]) {
    for (i, field) in key.iter().enumerate() {
        if i > 0 {
            out.push(b'\t');
        }
        out.extend_from_slice(field.as_bytes());
    }
}

fn push_unique<'t>(found: &mut Vec<&'t str>, word: Option<&'t str>) {
    if let Some(word) = word {
        if !found.contains(&word) {
            found.push(word);
        }
    }
}

/// Writes a word the way the table does: trimmed, lowercase, with
/// underscores and runs of whitespace as one space. Borrows when the word
/// is already in that form, which is the common case.
pub fn normalize(word: &str) -> Cow<'_, str> {
    let word = word.trim();
    // One pass over the bytes: this runs for every word looked up, and a
    // substring search for the double space cost more than the rest.
    let bytes = word.as_bytes();
    let clean = !bytes.iter().enumerate().any(|(i, &b)| {
        b.is_ascii_uppercase()
            || b == b'_'
            || b == b'\t'
            || b == b'\n'
            || b == b'\r'
            || b >= 0x80
            || (b == b' ' && bytes.get(i + 1) == Some(&b' '))
    });
    if clean {
        return Cow::Borrowed(word);
    }
    let lower = word.to_lowercase().replace('_', " ");
    Cow::Owned(lower.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// The candidate base forms WordNet's detachment rules give for `word`
/// (already normalised) as a `pos`, in rule order, before checking which
/// are lemmas. Includes morphy's special cases: nouns ending in "ss" or of
/// two letters or fewer are left alone, and a noun ending in "ful" is
/// detached before the suffix ("boxesful" → "boxful"). Public so that the
/// generator decides its `K` records with exactly the rules used here.
pub fn detachments(word: &str, pos: Pos) -> Vec<String> {
    let mut candidates: Vec<String> = Vec::new();
    let (stem, suffix) = match word.strip_suffix("ful") {
        Some(stem) if pos == Pos::Noun && !stem.is_empty() => (stem, "ful"),
        _ => (word, ""),
    };
    if pos == Pos::Noun && suffix.is_empty() && (word.ends_with("ss") || word.len() <= 2) {
        return candidates;
    }
    for (ending, replacement) in pos.detachment_rules() {
        if let Some(base) = stem.strip_suffix(ending) {
            if base.is_empty() {
                continue;
            }
            let candidate = format!("{base}{replacement}{suffix}");
            if candidate != word && !candidates.contains(&candidate) {
                candidates.push(candidate);
            }
        }
    }
    candidates
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A hand-written table in the generator's format, with ids chosen by
    /// hand: a tiny noun hierarchy (entity > person > soldier; entity >
    /// city > paris, an instance), some verbs, adjectives with a satellite,
    /// exceptions and a keep record. The records must stay sorted.
    const TABLE: &str = concat!(
        "#antinomy-wordnet 1\n",
        "# a test table\n",
        "A\ta\talive\tdead\n",
        "A\ta\tcold\thot\n",
        "A\ta\tdead\talive\n",
        "A\ta\thot\tcold\n",
        "A\tv\tfall\trise\n",
        "A\tv\trise\tfall\tset\n",
        "K\tn\tmeans\n",
        "L\tabraham lincoln\t00Q\n",
        "L\talive\t\t\t00A\n",
        "L\tarmed force\t00C\n",
        "L\tattorney\t00P\n",
        "L\tattorney general\t00D\n",
        "L\tauto\t005\n",
        "L\tcar\t005 00R\n",
        "L\tcity\t006\n",
        "L\tcold\t\t\t00B\n",
        "L\tdead\t\t\t00E\n",
        "L\tdescend\t\t009\n",
        "L\tentity\t000\n",
        "L\tfall\t\t009\n",
        "L\tfell\t\t00F\n",
        "L\tgood\t\t\t00G\n",
        "L\thot\t\t\t00H\n",
        "L\tindividual\t001\n",
        "L\tmean\t00I\n",
        "L\tmeans\t00J\n",
        "L\tmouse\t00K\n",
        "L\tparis\t007\n",
        "L\tperson\t001 00S\n",
        "L\trise\t\t00L\n",
        "L\tsoldier\t002\n",
        "L\ttorrid\t\t\t00M\n",
        "L\ttroop\t003 004\n",
        "L\ttroops\t00N\n",
        "L\tvehicle\t00O\n",
        "M\ttorrid\thot\n",
        "N\t000\t\tentity\n",
        "N\t001\t000\tperson\n",
        "N\t002\t001\n",
        "N\t005\t00O\n",
        "N\t006\t000\tcity\n",
        "N\t007\t006\n",
        "N\t009\t\tfall\tdescend\n",
        "N\t00O\t000\tvehicle\n",
        "X\ta\tbetter\tgood\twell\n",
        "X\tn\tmice\tmouse\n",
        "X\tv\tfell\tfall\n",
    );

    fn wordnet() -> WordNet<'static> {
        WordNet::parse(TABLE).expect("test table parses")
    }

    #[test]
    fn test_table_is_valid() {
        let stats = wordnet().validate().expect("valid");
        assert_eq!(stats.lemmas, 28);
        assert_eq!(stats.synsets, 8);
        assert_eq!(stats.antonyms, 6);
        assert_eq!(stats.keeps, 1);
        assert_eq!(stats.exceptions, 3);
    }

    #[test]
    fn parse_refuses_other_files() {
        assert!(WordNet::parse("").is_err());
        assert!(WordNet::parse("hello\n").is_err());
        assert!(WordNet::parse("#antinomy-wordnet 2\nL\ta\t000\n").is_err());
        assert!(WordNet::parse("#antinomy-wordnet 1\n# only a header\n").is_err());
        assert!(WordNet::parse("#antinomy-wordnet 1\nX\tn\tmice\tmouse\n").is_err());
        assert!(WordNet::parse("#antinomy-wordnet 1\nL\ta\t000").is_ok());
        assert!(WordNet::parse("#antinomy-wordnet 1\r\nL\ta\t000\r\n").is_ok());
    }

    #[test]
    fn validate_catches_disorder_and_bad_records() {
        let unsorted = "#antinomy-wordnet 1\nL\tb\t000\nL\ta\t000\n";
        assert!(WordNet::parse(unsorted).unwrap().validate().is_err());
        let duplicate = "#antinomy-wordnet 1\nL\ta\t000\nL\ta\t001\n";
        assert!(WordNet::parse(duplicate).unwrap().validate().is_err());
        let bad_id = "#antinomy-wordnet 1\nL\ta\t0!0\n";
        assert!(WordNet::parse(bad_id).unwrap().validate().is_err());
        let bad_tag = "#antinomy-wordnet 1\nL\ta\t000\nQ\tx\ty\n";
        assert!(WordNet::parse(bad_tag).unwrap().validate().is_err());
    }

    #[test]
    fn lemma_uses_exceptions_rules_and_keeps() {
        let wn = wordnet();
        assert_eq!(wn.lemma("troops", Pos::Noun), Some("troop"));
        assert_eq!(wn.lemmas("troops", Pos::Noun), vec!["troop", "troops"]);
        assert_eq!(wn.lemma("mice", Pos::Noun), Some("mouse"));
        assert_eq!(wn.lemmas("fell", Pos::Verb), vec!["fall", "fell"]);
        assert_eq!(wn.lemma("better", Pos::Adj), Some("good"));
        assert_eq!(wn.lemmas("means", Pos::Noun), vec!["means", "mean"]);
        assert_eq!(wn.lemma("Soldiers", Pos::Noun), Some("soldier"));
        assert_eq!(wn.lemma("rises", Pos::Verb), Some("rise"));
        assert_eq!(wn.lemma("rising", Pos::Verb), Some("rise"));
        assert_eq!(wn.lemma("soldier", Pos::Verb), None);
        assert_eq!(wn.lemma("", Pos::Noun), None);
        assert_eq!(wn.lemma("unknownwords", Pos::Noun), None);
    }

    #[test]
    fn lemma_handles_collocations() {
        let wn = wordnet();
        assert_eq!(wn.lemma("Armed_Forces", Pos::Noun), Some("armed force"));
        assert_eq!(wn.lemma("attorneys  general", Pos::Noun), Some("attorney general"));
        assert_eq!(wn.lemma("abraham lincoln", Pos::Noun), Some("abraham lincoln"));
    }

    #[test]
    fn detachment_rules_follow_morphy() {
        assert_eq!(detachments("flies", Pos::Noun), vec!["flie", "fly"]);
        assert!(detachments("boss", Pos::Noun).is_empty());
        assert!(detachments("as", Pos::Noun).is_empty());
        assert_eq!(detachments("boxesful", Pos::Noun), vec!["boxeful", "boxful"]);
        assert_eq!(
            detachments("hoped", Pos::Verb),
            vec!["hope", "hop"] // "ed" -> "e", then "ed" -> ""
        );
        assert_eq!(detachments("larger", Pos::Adj), vec!["larg", "large"]);
        assert!(detachments("quickly", Pos::Adv).is_empty());
    }

    #[test]
    fn words_and_parts_of_speech() {
        let wn = wordnet();
        assert!(wn.is_word("soldier", Pos::Noun));
        assert!(wn.is_word("Abraham_Lincoln", Pos::Noun));
        assert!(!wn.is_word("soldier", Pos::Verb));
        assert!(!wn.is_word("mice", Pos::Noun));
        let hot = wn.pos_of("hot");
        assert!(hot.contains(Pos::Adj) && !hot.contains(Pos::Noun));
        assert_eq!(hot.len(), 1);
        assert!(wn.pos_of("nothing-here").is_empty());
        assert_eq!(format!("{:?}", wn.pos_of("fall")), "PosSet(v)");
    }

    #[test]
    fn antonyms_direct_and_indirect() {
        let wn = wordnet();
        assert!(wn.antonyms("rise", Pos::Verb).contains("fall"));
        assert_eq!(wn.antonyms("rise", Pos::Verb).collect::<Vec<_>>(), ["fall", "set"]);
        // "descend" shares its sense with "fall", the antonym of "rise".
        assert_eq!(wn.antonymy("descend", "rise", Pos::Verb), Some(Antonymy::Synonym));
        assert_eq!(wn.antonymy("rise", "descend", Pos::Verb), Some(Antonymy::Synonym));
        assert!(wn.antonyms("rise", Pos::Noun).is_empty());
        assert!(wn.antonyms("Alive", Pos::Adj).contains("dead"));
        assert_eq!(wn.indirect_antonyms("torrid"), ["cold"]);
        assert!(wn.indirect_antonyms("hot").is_empty());
        assert_eq!(wn.similar_adjectives("torrid").collect::<Vec<_>>(), ["hot"]);
        assert_eq!(wn.antonymy("cold", "hot", Pos::Adj), Some(Antonymy::Direct));
        assert_eq!(wn.antonymy("cold", "torrid", Pos::Adj), Some(Antonymy::Indirect));
        assert_eq!(wn.antonymy("torrid", "cold", Pos::Adj), Some(Antonymy::Indirect));
        assert_eq!(wn.antonymy("hot", "torrid", Pos::Adj), None);
        assert_eq!(wn.antonymy("hot", "hot", Pos::Adj), None);
        assert_eq!(wn.antonymy("set", "rise", Pos::Verb), Some(Antonymy::Direct));
    }

    #[test]
    fn synonyms_and_senses() {
        let wn = wordnet();
        assert_eq!(wn.synonyms("fall", Pos::Verb), ["descend"]);
        assert!(wn.synonyms("car", Pos::Noun).is_empty());
        assert!(wn.synonymous("car", "auto", Pos::Noun));
        assert!(wn.synonymous("Auto", "car", Pos::Noun));
        assert!(!wn.synonymous("car", "vehicle", Pos::Noun));
        assert!(wn.synonymous("descend", "fall", Pos::Verb));
        assert_eq!(wn.senses("troop", Pos::Noun).len(), 2);
        assert_eq!(wn.senses("troop", Pos::Verb).len(), 0);
    }

    #[test]
    fn hypernyms_and_is_a() {
        let wn = wordnet();
        assert_eq!(wn.hypernym_lemmas("soldier"), vec!["person", "entity"]);
        assert_eq!(wn.hypernym_lemmas("soldiers"), vec!["person", "entity"]);
        assert_eq!(wn.hypernym_lemmas("paris"), vec!["city", "entity"]);
        let paths = wn.hypernym_paths("soldier");
        assert_eq!(paths.len(), 1);
        let labels: Vec<&str> = paths[0]
            .iter()
            .map(|id| wn.synset(*id).map_or("", |s| s.label()))
            .collect();
        assert_eq!(labels, ["", "person", "entity"]);
        assert!(wn.is_a("soldier", "person"));
        assert!(wn.is_a("soldiers", "individual"));
        assert!(wn.is_a("soldier", "soldier"));
        assert!(wn.is_a("auto", "car"));
        assert!(wn.is_a("car", "vehicle"));
        assert!(!wn.is_a("vehicle", "car"));
        assert!(wn.is_a("paris", "city"));
        assert!(!wn.is_a("person", "soldier"));
        assert!(!wn.is_a("soldier", "city"));
        assert!(!wn.is_a("nothing", "entity"));
        assert!(!wn.is_a("soldier", "nothing"));
    }

    #[test]
    fn tab_fields_are_those_split_gives() {
        for line in [
            "",
            "L",
            "L\tword",
            "L\tword\t\t01a\t",
            "\t\t",
            "L\tcafé\tx y\t\tz",
            "a\tb\tc\td\te\tf",
        ] {
            for n in 0..8 {
                assert_eq!(tab_field(line, n), line.split('\t').nth(n), "{line:?} {n}");
            }
        }
    }

    #[test]
    fn synset_ids_round_trip() {
        for n in [0, 1, 61, 62, 3843, 3844, 117_658, SynsetId::LIMIT - 1] {
            let id = SynsetId::new(n).unwrap();
            assert_eq!(SynsetId::parse(&id.to_string()), Some(id));
        }
        assert_eq!(SynsetId::new(SynsetId::LIMIT), None);
        assert_eq!(SynsetId::new(0).unwrap().to_string(), "000");
        assert_eq!(SynsetId::new(61).unwrap().to_string(), "00z");
        assert_eq!(SynsetId::parse("00"), None);
        assert_eq!(SynsetId::parse("0-0"), None);
        assert_eq!(SynsetId::parse("ééé"), None);
        // Bytewise order of the codes is numeric order.
        let codes: Vec<String> = (0..200).map(|n| SynsetId::new(n * 997).unwrap().to_string()).collect();
        assert!(codes.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn normalize_writes_words_like_the_table() {
        assert!(matches!(normalize("troop"), Cow::Borrowed("troop")));
        assert_eq!(normalize("  Armed_Forces "), "armed forces");
        assert_eq!(normalize("a \t b"), "a b");
        assert_eq!(normalize("ÉLAN"), "élan");
    }

    /// A damaged table (cycles, missing records, garbage ids) must give
    /// answers, not panics or endless loops.
    #[test]
    fn damaged_table_does_not_panic() {
        let table = concat!(
            "#antinomy-wordnet 1\n",
            "L\ta\t000 z! !!!\n",
            "L\tb\t001\n",
            "N\t000\t001\ta\n",
            "N\t001\t000 002\tb\n",
            "N\t002\t002\n",
        );
        let wn = WordNet::parse(table).unwrap();
        assert!(wn.is_a("a", "b"));
        assert!(!wn.is_a("a", "c"));
        assert!(wn.hypernym_paths("a").len() <= MAX_PATHS);
        assert_eq!(wn.senses("a", Pos::Noun).len(), 1);
        assert_eq!(wn.synset(SynsetId::new(2).unwrap()).unwrap().label(), "");
    }

    /// Random tables and random queries: every entry point must return.
    /// A small xorshift generator keeps the test deterministic and std-only.
    #[test]
    fn random_tables_do_not_panic() {
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let alphabet: Vec<char> = "LANXKIM\t\n\r #ab0zé_ ".chars().collect();
        for _ in 0..300 {
            let mut table = String::from(MAGIC);
            table.push('\n');
            let len = (next() % 200) as usize;
            for _ in 0..len {
                table.push(alphabet[(next() % alphabet.len() as u64) as usize]);
            }
            let word: String = (0..(next() % 4))
                .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
                .collect();
            if let Ok(wn) = WordNet::parse(&table) {
                let lines = wn.line_starts();
                let indexed = wn.indexed(&lines);
                for pos in Pos::ALL {
                    assert_eq!(indexed.lemmas(&word, pos), wn.lemmas(&word, pos), "{table:?} {word:?}");
                }
                let _ = wn.validate();
                for pos in Pos::ALL {
                    let _ = wn.lemmas(&word, pos);
                    let _ = wn.is_word(&word, pos);
                    let _ = wn.antonyms(&word, pos).count();
                    let _ = wn.synonyms(&word, pos);
                    let _ = wn.antonymy(&word, "a", pos);
                }
                let _ = wn.pos_of(&word);
                let _ = wn.hypernym_paths(&word);
                let _ = wn.hypernym_lemmas(&word);
                let _ = wn.is_a(&word, "a");
                let _ = wn.indirect_antonyms(&word).len();
                let _ = wn.synonymous(&word, "a", Pos::Noun);
            }
        }
    }

    // Reads antinomy's embedded table: not in the generator's build.
    #[cfg(not(wordnet_gen))]
    #[test]
    fn the_line_index_finds_what_the_plain_search_finds() {
        for table in [TABLE, crate::WORDNET_TABLE] {
            let plain = WordNet::parse(table).expect("table parses");
            let lines = plain.line_starts();
            let indexed = plain.indexed(&lines);
            let records: Vec<&str> = plain.records.lines().collect();
            assert_eq!(lines.len(), records.len());
            let step = (records.len() / 2000).max(1);
            for record in records.iter().step_by(step) {
                let key = record.split('\t').take(2).collect::<Vec<_>>().join("\t");
                for probe in [key.clone(), format!("{key}a"), key[..key.len() - 1].to_string()] {
                    let probe = probe.as_bytes();
                    assert_eq!(indexed.lower_bound(probe), plain.lower_bound(probe), "{record:?}");
                }
            }
            for probe in ["", "A", "Z", "L\tzzzz", "\u{7f}"] {
                assert_eq!(
                    indexed.lower_bound(probe.as_bytes()),
                    plain.lower_bound(probe.as_bytes())
                );
            }
        }
    }

    /// Every synset as `synset` reads it, through the index and through the
    /// search, for every number a code can write.
    fn synsets_both_ways(table: &str) {
        let plain = WordNet::parse(table).expect("table parses");
        let lines = plain.line_starts();
        let index = plain.synset_starts(&lines);
        let indexed = plain.indexed(&lines).with_synsets(&index);
        fn record<'t>(wn: &WordNet<'t>, id: SynsetId) -> Option<(SynsetId, &'t str, &'t str)> {
            wn.synset(id).map(|s| (s.id, s.hypernyms, s.words))
        }
        let mut found = 0;
        for number in 0..SynsetId::LIMIT {
            let id = SynsetId::new(number).expect("a writable id");
            let (searched, read) = (record(&plain, id), record(&indexed, id));
            assert_eq!(read, searched, "{id}");
            found += usize::from(read.is_some());
        }
        assert!(found > 0);
    }

    // Reads antinomy's embedded table: not in the generator's build.
    #[cfg(not(wordnet_gen))]
    #[test]
    fn the_synset_index_finds_what_the_search_finds() {
        synsets_both_ways(TABLE);
        synsets_both_ways(crate::WORDNET_TABLE);
        // Line ends with a '\r' (which the search leaves out) and a code of
        // two digits (which it never finds); sorted, with a record after
        // the synsets.
        synsets_both_ways(concat!(
            "#antinomy-wordnet 1\n",
            "L\tx\t001\n",
            "N\t000\t\tentity\n",
            "N\t001\t000\r\n",
            "N\t002\r\n",
            "N\t00A\n",
            "N\t0B\t000\n",
            "N\t0C0\t000\tthing\r\n",
            "X\tn\tmice\tmouse\n",
        ));
    }

    // Reads antinomy's embedded table: not in the generator's build.
    #[cfg(not(wordnet_gen))]
    #[test]
    fn verb_hypernyms_are_one_step_and_one_way() {
        let wn = crate::wordnet().expect("embedded table opens");
        assert!(wn.verb_is_a("slice", "cut"));
        assert!(wn.verb_is_a("fry", "cook"));
        assert!(!wn.verb_is_a("cut", "slice"));
        assert!(!wn.verb_is_a("mince", "cut"));
        assert!(!wn.verb_is_a("slice", "xyzzy"));
    }

    // Reads antinomy's embedded table: not in the generator's build.
    #[cfg(not(wordnet_gen))]
    #[test]
    fn individuals_are_marked_and_kinds_are_not() {
        let wn = crate::wordnet().expect("embedded table opens");
        let first = |noun: &str| wn.senses(noun, Pos::Noun)[0];
        assert!(wn.is_individual(first("crane")));
        assert!(wn.is_individual(first("china")));
        assert!(!wn.is_individual(first("mayor")));
        assert!(!wn.is_individual(first("bridge")));
        let paths = wn.hypernym_paths("crane");
        assert!(!paths.is_empty());
        assert!(wn.first_kind_sense_of(&paths).is_empty());
        let paths = wn.hypernym_paths("mayor");
        assert_eq!(wn.first_kind_sense_of(&paths), crate::wordnet::first_sense_of(&paths));
    }

    // Reads antinomy's embedded table: not in the generator's build.
    #[cfg(not(wordnet_gen))]
    #[test]
    fn the_embedded_table_gives_the_same_answers_remembered_or_not() {
        let plain = WordNet::parse(crate::WORDNET_TABLE).expect("table parses");
        let opened = crate::wordnet().expect("embedded table opens");
        for word in [
            "troops",
            "fell",
            "mice",
            "better",
            "armed forces",
            "means",
            "Soldiers",
            "xyzzy",
            "",
        ] {
            for pos in Pos::ALL {
                for _ in 0..2 {
                    assert_eq!(opened.lemmas(word, pos), plain.lemmas(word, pos), "{word} {pos}");
                    assert_eq!(opened.is_word(word, pos), plain.is_word(word, pos), "{word} {pos}");
                }
            }
            assert_eq!(opened.pos_of(word), plain.pos_of(word));
        }
    }
}
