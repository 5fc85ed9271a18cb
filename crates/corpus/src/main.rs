//! `antinomy-corpus`: write a generated corpus to disk, or score a report
//! against a corpus's planted conflicts.
//!
//! ```text
//! antinomy-corpus generate --seed 1 --claims 100000 --out target/corpus/100k
//! antinomy report --format json target/corpus/100k/docs > report.json
//! antinomy-corpus recall target/corpus/100k/planted.json report.json
//! ```

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use antinomy_corpus::{recall, Config, Generator, ReportView};

/// Generated news corpora with planted conflicts, for antinomy's benchmarks.
#[derive(Parser)]
#[command(name = "antinomy-corpus")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Write articles to OUT/docs and the planted conflicts to OUT/planted.json.
    Generate {
        /// Seed; the same seed and size give the same bytes.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// About this many claims (as the templates estimate them).
        #[arg(long)]
        claims: Option<u64>,
        /// About this much text: a number with an optional k, M or G suffix (powers of 1000).
        #[arg(long, value_parser = parse_size)]
        bytes: Option<u64>,
        /// Output folder (created; must not already hold a corpus).
        #[arg(long)]
        out: PathBuf,
    },
    /// Score a JSON report against planted conflicts: prints one line, or JSON with --json.
    Recall {
        /// OUT/planted.json of a generated corpus.
        planted: PathBuf,
        /// The output of `antinomy report --format json` over OUT/docs.
        report: PathBuf,
        /// Print the result as JSON.
        #[arg(long)]
        json: bool,
    },
}

fn main() -> ExitCode {
    let result = match Cli::parse().command {
        Command::Generate {
            seed,
            claims,
            bytes,
            out,
        } => generate(&Config { seed, claims, bytes }, &out),
        Command::Recall { planted, report, json } => score(&planted, &report, json),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            #[allow(clippy::print_stderr)]
            {
                eprintln!("error: {message}");
            }
            ExitCode::from(2)
        }
    }
}

fn generate(config: &Config, out: &Path) -> Result<(), String> {
    let docs = out.join("docs");
    if docs.exists() {
        return Err(format!("{} already exists", docs.display()));
    }
    let mut generator = Generator::new(config);
    let mut articles = 0u64;
    for article in generator.by_ref() {
        let path = docs.join(&article.name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        std::fs::write(&path, &article.text).map_err(|e| format!("{}: {e}", path.display()))?;
        articles += 1;
    }
    let planted = serde_json::to_string_pretty(generator.planted()).map_err(|e| e.to_string())?;
    let key = out.join("planted.json");
    std::fs::write(&key, planted + "\n").map_err(|e| format!("{}: {e}", key.display()))?;
    let line = format!(
        "{articles} articles, {} bytes, about {} claims, {} planted conflicts in {}\n",
        generator.bytes(),
        generator.estimated_claims(),
        generator.planted().len(),
        out.display()
    );
    std::io::stderr().write_all(line.as_bytes()).map_err(|e| e.to_string())
}

fn score(planted: &Path, report: &Path, json: bool) -> Result<(), String> {
    let read = |p: &Path| std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()));
    let planted: Vec<antinomy_corpus::Planted> =
        serde_json::from_str(&read(planted)?).map_err(|e| format!("{}: {e}", planted.display()))?;
    let view: ReportView = serde_json::from_str(&read(report)?).map_err(|e| format!("{}: {e}", report.display()))?;
    let r = recall(&planted, &view);
    let line = if json {
        serde_json::to_string(&r).map_err(|e| e.to_string())?
    } else {
        let missed: Vec<&str> = r.missed.iter().take(10).map(String::as_str).collect();
        format!(
            "recall {}/{} ({:.1}%), {} groups, {} not planted, {} claims{}",
            r.found,
            r.planted,
            100.0 * r.found as f64 / r.planted.max(1) as f64,
            r.groups,
            r.unplanted_groups,
            r.claims,
            if missed.is_empty() {
                String::new()
            } else {
                format!("; missed {}", missed.join(", "))
            }
        )
    };
    std::io::stdout()
        .write_all(format!("{line}\n").as_bytes())
        .map_err(|e| e.to_string())
}

/// "1000", "500k", "10M", "1G" (powers of 1000).
fn parse_size(s: &str) -> Result<u64, String> {
    let s = s.trim();
    let (digits, factor) = match s.chars().last() {
        Some('k' | 'K') => (&s[..s.len() - 1], 1_000),
        Some('m' | 'M') => (&s[..s.len() - 1], 1_000_000),
        Some('g' | 'G') => (&s[..s.len() - 1], 1_000_000_000),
        _ => (s, 1),
    };
    let digits = digits.trim_end_matches(['b', 'B']);
    digits
        .trim()
        .parse::<u64>()
        .map(|n| n * factor)
        .map_err(|_| format!("not a size: {s} (try 1000, 500k, 10M or 1G)"))
}
