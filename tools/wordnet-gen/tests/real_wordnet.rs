//! Runs the generator on the real WordNet 3.0 database, if it is installed
//! (Debian: `apt-get install wordnet-base`, files in /usr/share/wordnet),
//! reads the result back through the runtime module and checks facts a
//! contradiction engine relies on. Without the database every test here
//! passes after saying that it skipped, so the package still builds and
//! tests on a machine without it.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use wordnet_gen::generate;
use wordnet_gen::wordnet::{Antonymy, Pos, WordNet};

/// Where Debian's wordnet-base puts the database; `WORDNET_DIR` overrides.
fn wordnet_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("WORDNET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/share/wordnet"));
    dir.join("data.noun").exists().then_some(dir)
}

/// The generated table, built once for all tests in this file.
fn table() -> Option<&'static str> {
    static TABLE: OnceLock<Option<String>> = OnceLock::new();
    TABLE
        .get_or_init(|| {
            let dir = wordnet_dir()?;
            Some(generate(&dir).expect("generator runs on the real database"))
        })
        .as_deref()
}

fn wordnet() -> Option<WordNet<'static>> {
    let Some(table) = table() else {
        eprintln!("skipped: no WordNet database (apt-get install wordnet-base)");
        return None;
    };
    Some(WordNet::parse(table).expect("generated table parses"))
}

#[test]
fn table_is_valid_small_and_carries_the_licence() {
    let Some(wn) = wordnet() else { return };
    let stats = wn.validate().expect("generated table validates");
    assert!(stats.lemmas > 140_000, "{stats:?}");
    assert!(stats.synsets > 80_000, "{stats:?}");
    assert!(stats.antonyms > 6_000, "{stats:?}");
    let size = table().map_or(0, str::len);
    assert!(size < 6_000_000, "table grew to {size} bytes");
    assert!(wn
        .header()
        .contains("WordNet 3.0 Copyright 2006 by Princeton University."));
    assert!(wn.header().contains("INFRINGE ANY THIRD PARTY PATENTS"));
}

#[test]
fn generation_is_deterministic() {
    let (Some(dir), Some(first)) = (wordnet_dir(), table()) else {
        eprintln!("skipped: no WordNet database");
        return;
    };
    let second = generate(&dir).expect("second run");
    assert!(first == second, "two runs gave different tables");
}

/// A checked-in copy of the table must be what the generator writes now,
/// so a change to the generator cannot leave stale data behind.
#[test]
fn checked_in_tables_are_up_to_date() {
    let Some(generated) = table() else {
        eprintln!("skipped: no WordNet database");
        return;
    };
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    for copy in [here.join("../../crates/ingest/data/wordnet.tsv")] {
        if let Ok(text) = std::fs::read_to_string(&copy) {
            assert!(
                text == generated,
                "{} is stale: regenerate it (see tools/wordnet-gen/README.md)",
                copy.display()
            );
        }
    }
}

#[test]
fn antonyms_the_engine_needs() {
    let Some(wn) = wordnet() else { return };
    assert!(wn.antonyms("increase", Pos::Verb).contains("decrease"));
    assert!(wn.antonyms("decrease", Pos::Verb).contains("increase"));
    assert!(wn.antonyms("increase", Pos::Noun).contains("decrease"));
    assert!(wn.antonyms("win", Pos::Verb).contains("lose"));
    assert!(wn.antonyms("lose", Pos::Verb).contains("win"));
    assert!(wn.antonyms("rise", Pos::Verb).contains("fall"));
    assert!(wn.antonyms("fall", Pos::Verb).contains("rise"));
    assert!(wn.antonyms("alive", Pos::Adj).contains("dead"));
    assert!(wn.antonyms("dead", Pos::Adj).contains("alive"));
    // WordNet has both: "open" is opposed to "closed" and to "shut".
    assert!(wn.antonyms("open", Pos::Adj).contains("closed"));
    assert!(wn.antonyms("open", Pos::Adj).contains("shut"));
    assert!(wn.antonyms("closed", Pos::Adj).contains("open"));
    assert!(wn.antonyms("open", Pos::Verb).contains("close"));
    assert!(wn.antonyms("guilty", Pos::Adj).contains("innocent"));
    assert!(wn.antonyms("approve", Pos::Verb).contains("disapprove"));
    assert!(wn.antonyms("accept", Pos::Verb).contains("reject"));
    assert!(wn.antonyms("buy", Pos::Verb).contains("sell"));
    // The first sense's antonym comes first.
    assert_eq!(wn.antonyms("hot", Pos::Adj).next(), Some("cold"));
    assert_eq!(wn.antonymy("Rise", "fall", Pos::Verb), Some(Antonymy::Direct));
    assert_eq!(wn.antonymy("torrid", "cold", Pos::Adj), Some(Antonymy::Indirect));
    assert!(wn.similar_adjectives("torrid").contains("hot"));
    assert!(wn.indirect_antonyms("torrid").contains(&"cold"));
    assert_eq!(wn.antonymy("hot", "torrid", Pos::Adj), None);
    // Pointers are between words: "enemy" has none, its synonym "foe" has.
    assert!(wn.antonyms("enemy", Pos::Noun).is_empty());
    assert!(wn.antonyms("friend", Pos::Noun).contains("foe"));
    assert_eq!(wn.antonymy("enemy", "friend", Pos::Noun), Some(Antonymy::Synonym));
    assert_eq!(wn.antonymy("enemy", "war", Pos::Noun), None);
    // Gaps worth knowing about: WordNet has no confirm/deny pair.
    assert!(wn.antonyms("confirm", Pos::Verb).is_empty());
}

#[test]
fn morphology_follows_morphy() {
    let Some(wn) = wordnet() else { return };
    assert_eq!(wn.lemma("troops", Pos::Noun), Some("troop"));
    assert!(wn.lemmas("troops", Pos::Noun).contains(&"troops"));
    assert!(wn.lemmas("fell", Pos::Verb).contains(&"fall"));
    assert_eq!(wn.lemma("fell", Pos::Verb), Some("fall"));
    assert_eq!(wn.lemma("mice", Pos::Noun), Some("mouse"));
    assert_eq!(wn.lemma("better", Pos::Adj), Some("good"));
    assert_eq!(wn.lemma("Soldiers", Pos::Noun), Some("soldier"));
    assert_eq!(wn.lemma("running", Pos::Verb), Some("run"));
    assert_eq!(wn.lemma("increased", Pos::Verb), Some("increase"));
    assert_eq!(wn.lemma("larger", Pos::Adj), Some("large"));
    assert_eq!(wn.lemma("went", Pos::Verb), Some("go"));
    assert_eq!(wn.lemma("attorneys general", Pos::Noun), Some("attorney general"));
    // K records and WordNet's self-mapping exceptions keep these whole.
    assert_eq!(wn.lemma("means", Pos::Noun), Some("means"));
    assert_eq!(wn.lemma("gas", Pos::Noun), Some("gas"));
    assert_eq!(wn.lemma("seed", Pos::Verb), Some("seed"));
    assert_eq!(wn.lemma("modest", Pos::Adj), Some("modest"));
    assert_eq!(wn.lemma("outer", Pos::Adj), Some("outer"));
    assert_eq!(wn.lemma("boss", Pos::Noun), Some("boss"));
    assert_eq!(wn.lemma("xyzzies", Pos::Noun), None);
}

#[test]
fn words_and_parts_of_speech() {
    let Some(wn) = wordnet() else { return };
    let red = wn.pos_of("red");
    assert!(red.contains(Pos::Noun) && red.contains(Pos::Adj));
    assert!(!red.contains(Pos::Verb));
    assert!(wn.is_word("armed forces", Pos::Noun));
    assert!(wn.is_word("Armed_Forces", Pos::Noun));
    assert!(wn.is_word("quickly", Pos::Adv));
    assert!(!wn.is_word("mice", Pos::Noun));
    assert!(wn.pos_of("xyzzy").is_empty());
}

#[test]
fn verb_hypernyms_one_step() {
    let Some(wn) = wordnet() else { return };
    assert!(wn.verb_is_a("slice", "cut"));
    assert!(wn.verb_is_a("fry", "cook"));
    assert!(wn.verb_is_a("sprint", "run"));
    assert!(!wn.verb_is_a("cut", "slice"));
    assert!(!wn.verb_is_a("cook", "fry"));
    // Two steps up ("mince" -> "cut up" -> "cut") is too far.
    assert!(!wn.verb_is_a("mince", "cut"));
    assert!(!wn.verb_is_a("xyzzy", "cut"));
}

#[test]
fn hypernyms_and_is_a() {
    let Some(wn) = wordnet() else { return };
    assert!(wn.is_a("soldier", "person"));
    assert!(wn.is_a("soldiers", "serviceman"));
    assert!(!wn.is_a("person", "soldier"));
    assert!(wn.is_a("red", "color")); // the noun: red is a chromatic color
    assert!(wn.is_a("truck", "motor vehicle"));
    assert!(wn.is_a("truck", "vehicle"));
    assert!(wn.is_a("lorry", "truck"));
    assert!(wn.is_a("flour", "food"));
    assert!(wn.is_a("pesticide", "chemical"));
    assert!(wn.is_a("fertilizer", "chemical"));
    assert!(wn.is_a("engineer", "person"));
    assert!(wn.is_a("paris", "city")); // an instance hypernym
    assert!(wn.is_a("car", "auto")); // synonyms share a synset
    assert!(!wn.is_a("truck", "person"));
    assert!(!wn.is_a("flour", "chemical"));
    let chain = wn.hypernym_lemmas("soldier");
    assert_eq!(chain.first().copied(), Some("enlisted person"));
    assert!(chain.contains(&"person"));
    assert!(chain.contains(&"entity"));
    assert!(!wn.hypernym_paths("fighter").is_empty());
}

#[test]
fn synonyms() {
    let Some(wn) = wordnet() else { return };
    assert!(wn.synonyms("buy", Pos::Verb).contains(&"purchase"));
    assert!(wn.synonyms("big", Pos::Adj).contains(&"large"));
    assert!(wn.synonymous("car", "automobile", Pos::Noun));
    assert!(wn.synonymous("buy", "purchase", Pos::Verb));
    assert!(!wn.synonymous("car", "truck", Pos::Noun));
}
