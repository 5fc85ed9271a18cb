//! `wordnet-gen`: writes antinomy's compact WordNet table.
//!
//! ```text
//! wordnet-gen WORDNET_DIR [-o TABLE]   write the table (stdout without -o)
//! wordnet-gen --bench-parse TABLE      time opening the table and lookups
//! wordnet-gen --samples TABLE          print sample lookups
//! ```

use std::hint::black_box;
use std::path::Path;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use wordnet_gen::generate;
use wordnet_gen::wordnet::{Pos, WordNet};

const USAGE: &str = "usage: wordnet-gen WORDNET_DIR [-o TABLE]
       wordnet-gen --bench-parse TABLE
       wordnet-gen --samples TABLE

WORDNET_DIR is a WordNet 3.0 dict directory (Debian: /usr/share/wordnet,
package wordnet-base). The table goes to stdout unless -o names a file.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["--bench-parse", table] => read_table(table).and_then(|t| bench(&t)),
        ["--samples", table] => read_table(table).and_then(|t| samples(&t)),
        ["-h"] | ["--help"] => {
            println!("{USAGE}");
            Ok(())
        }
        [dir] => write(dir, None),
        [dir, "-o", out] => write(dir, Some(out)),
        _ => Err(USAGE.to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("wordnet-gen: {message}");
            ExitCode::FAILURE
        }
    }
}

fn write(dir: &str, out: Option<&str>) -> Result<(), String> {
    let table = generate(Path::new(dir))?;
    let stats = WordNet::parse(&table)?.validate()?;
    match out {
        Some(path) => std::fs::write(path, &table).map_err(|e| format!("{path}: {e}"))?,
        None => {
            use std::io::Write;
            std::io::stdout()
                .lock()
                .write_all(table.as_bytes())
                .map_err(|e| format!("stdout: {e}"))?;
        }
    }
    eprintln!(
        "wordnet-gen: {} bytes; {} lemmas, {} synsets, {} antonym, {} similar, {} irregular, {} keep, {} individual records",
        table.len(),
        stats.lemmas,
        stats.synsets,
        stats.antonyms,
        stats.similar,
        stats.exceptions,
        stats.keeps,
        stats.individuals
    );
    Ok(())
}

fn read_table(path: &str) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))
}

/// Times what happens at process start (opening the table) and typical
/// lookups, on the table as it would be embedded (already in memory).
fn bench(table: &str) -> Result<(), String> {
    let per = |total: Duration, n: u32| total.as_secs_f64() * 1e6 / f64::from(n);

    let n = 10_000;
    let start = Instant::now();
    for _ in 0..n {
        black_box(WordNet::parse(black_box(table))?);
    }
    println!("parse (open):   {:8.3} µs", per(start.elapsed(), n));

    let wn = WordNet::parse(table)?;
    let start = Instant::now();
    let stats = wn.validate()?;
    println!(
        "validate (full scan of {} bytes, {} lemmas): {:.1} ms",
        table.len(),
        stats.lemmas,
        start.elapsed().as_secs_f64() * 1e3
    );

    let words = [
        "troops",
        "soldiers",
        "increase",
        "fell",
        "mice",
        "better",
        "running",
        "armed forces",
        "cats",
        "quickly",
        "xyzzy",
        "went",
        "glasses",
        "data",
        "largest",
    ];
    let n = 2_000;
    let time = |name: &str, f: &dyn Fn()| {
        let start = Instant::now();
        for _ in 0..n {
            f();
        }
        let calls = n * words.len() as u32;
        println!("{name:15} {:8.3} µs per call", per(start.elapsed(), calls));
    };
    time("lemma:", &|| {
        for w in words {
            black_box(wn.lemma(black_box(w), Pos::Noun));
        }
    });
    time("is_word:", &|| {
        for w in words {
            black_box(wn.is_word(black_box(w), Pos::Verb));
        }
    });
    time("antonyms:", &|| {
        for w in words {
            black_box(wn.antonyms(black_box(w), Pos::Verb).count());
        }
    });
    time("synonyms:", &|| {
        for w in words {
            black_box(wn.synonyms(black_box(w), Pos::Verb));
        }
    });
    time("is_a:", &|| {
        for w in words {
            black_box(wn.is_a(black_box(w), "person"));
        }
    });
    time("hypernyms:", &|| {
        for w in words {
            black_box(wn.hypernyms(black_box(w)));
        }
    });
    Ok(())
}

/// Prints the lookups the README quotes, from the real table.
fn samples(table: &str) -> Result<(), String> {
    let wn = WordNet::parse(table)?;
    println!("== antonyms (direct; indirect for adjectives in [])");
    for word in [
        "increase", "win", "rise", "open", "closed", "shut", "alive", "dead", "guilty", "innocent", "approve",
        "accept", "confirm", "deny", "true", "false", "hot", "torrid", "allow", "forbid", "permit", "attack", "defend",
        "support", "oppose", "success", "victory", "defeat", "lose", "present", "absent", "legal", "illegal", "male",
        "female", "buy", "sell", "start", "stop", "arrive", "depart",
    ] {
        let mut line = format!("{word:10}");
        for pos in wn.pos_of(word).iter() {
            let direct: Vec<&str> = wn.antonyms(word, pos).collect();
            let indirect: Vec<&str> = if pos == Pos::Adj {
                wn.indirect_antonyms(word)
            } else {
                Vec::new()
            };
            if direct.is_empty() && indirect.is_empty() {
                continue;
            }
            line.push_str(&format!("  {pos}: {}", direct.join(", ")));
            if !indirect.is_empty() {
                line.push_str(&format!(" [{}]", indirect.join(", ")));
            }
        }
        println!("{line}");
    }
    println!("\n== hypernym paths (first two noun senses)");
    for word in [
        "soldier",
        "fighter",
        "engineer",
        "truck",
        "flour",
        "pesticide",
        "fertilizer",
        "red",
        "paris",
    ] {
        for path in wn.hypernym_paths(word) {
            let heads: Vec<&str> = path
                .iter()
                .map(|id| {
                    let label = wn.synset(*id).map_or("", |s| s.label());
                    if label.is_empty() {
                        word
                    } else {
                        label
                    }
                })
                .collect();
            println!("{word:10}  {}", heads.join(" > "));
        }
    }
    println!("\n== lemma()");
    for (word, pos) in [
        ("troops", Pos::Noun),
        ("fell", Pos::Verb),
        ("mice", Pos::Noun),
        ("better", Pos::Adj),
        ("means", Pos::Noun),
        ("data", Pos::Noun),
        ("larger", Pos::Adj),
        ("armed forces", Pos::Noun),
        ("attorneys general", Pos::Noun),
        ("seed", Pos::Verb),
        ("running", Pos::Verb),
    ] {
        println!("{word:18} {pos}  {:?}", wn.lemmas(word, pos));
    }
    println!("\n== synonyms");
    for (word, pos) in [
        ("buy", Pos::Verb),
        ("big", Pos::Adj),
        ("deny", Pos::Verb),
        ("increase", Pos::Verb),
        ("open", Pos::Adj),
    ] {
        println!("{word:10} {pos}  {:?}", wn.synonyms(word, pos));
    }
    for (a, b) in [("car", "auto"), ("truck", "lorry"), ("soldier", "troop")] {
        println!("synonymous({a}, {b}, n) = {}", wn.synonymous(a, b, Pos::Noun));
    }
    Ok(())
}
