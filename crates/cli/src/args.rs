//! Command-line arguments (clap derive).

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

/// Find statements that cannot all be true, and say who said each side and why they clash.
#[derive(Debug, Parser)]
#[command(name = "antinomy", version, about, long_about = None, propagate_version = true)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the conflicting claims, grouped by subject.
    Report(ReportArgs),
    /// Print what the engine understood: every claim, and with --verbose every statement that gave none.
    Claims(ClaimsArgs),
    /// Export the claim graph as Graphviz DOT.
    Graph(GraphArgs),
    /// Run fixture files and compare the conflicts found with those expected.
    Check(CheckArgs),
    /// Score sentence pairs (JSON lines with id, a, b): one verdict line per pair.
    Pairs(PairsArgs),
    /// List the rules.
    Rules,
    /// Print one rule's documentation.
    Explain {
        /// Rule code (C002) or name (disjoint-category).
        rule: String,
    },
}

/// Inputs shared by the commands that read documents.
#[derive(Debug, clap::Args)]
pub struct InputArgs {
    /// Files or directories (walked recursively, sorted); `-` reads stdin as prose.
    #[arg(required = true, value_name = "PATHS")]
    pub paths: Vec<PathBuf>,
    /// Extra lexicon pack(s), merged after the default one and antinomy.yaml's.
    #[arg(long, value_name = "FILE")]
    pub lexicon: Vec<PathBuf>,
    /// Do not look for antinomy.yaml in the working directory and its parents.
    #[arg(long)]
    pub no_config: bool,
    /// Skip (as an error) any input larger than this: bytes, or with K, M or G (powers of 1024).
    #[arg(long, value_name = "SIZE", default_value = "256MiB", value_parser = crate::input::parse_size)]
    pub max_file_size: u64,
    /// Read every input as one story: claims about plain things ("the
    /// fire", "four people") meet across documents that share no name.
    /// Without it, documents are kept apart unless a name links them.
    #[arg(long)]
    pub one_story: bool,
}

/// `report`.
#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    #[command(flatten)]
    /// Inputs.
    pub input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Drop conflicts that score below this (0 to 1).
    #[arg(long, value_name = "SCORE")]
    pub min_score: Option<f64>,
    /// Exit with code 1 when any conflict is reported.
    #[arg(long)]
    pub fail_on_conflict: bool,
    /// When to use colour.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Also list every statement that yielded no claim, with the reason
    /// (text: after the summary; JSON: a `skipped` array; DOT: unchanged).
    #[arg(short, long)]
    pub verbose: bool,
}

/// `claims`.
#[derive(Debug, clap::Args)]
pub struct ClaimsArgs {
    #[command(flatten)]
    /// Inputs.
    pub input: InputArgs,
    /// Output format (text or json).
    #[arg(long, value_enum, default_value_t = ClaimsFormat::Text)]
    pub format: ClaimsFormat,
    /// Also list every statement that yielded no claim, with the reason.
    #[arg(short, long)]
    pub verbose: bool,
}

/// `graph`.
#[derive(Debug, clap::Args)]
pub struct GraphArgs {
    #[command(flatten)]
    /// Inputs.
    pub input: InputArgs,
    /// Write the DOT to this file instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Drop conflicts that score below this (0 to 1).
    #[arg(long, value_name = "SCORE")]
    pub min_score: Option<f64>,
}

/// `check`.
#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Fixture files or directories of them (`*.yaml`, walked recursively).
    #[arg(required = true, value_name = "FIXTURES")]
    pub paths: Vec<PathBuf>,
    /// When to use colour.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

/// `pairs`.
#[derive(Debug, clap::Args)]
pub struct PairsArgs {
    /// A JSON-lines file; `-` reads stdin.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Read `label` and print a scorecard (precision, recall, F1) instead of verdicts.
    #[arg(long)]
    pub score: bool,
    /// Extra lexicon pack(s).
    #[arg(long, value_name = "FILE")]
    pub lexicon: Vec<PathBuf>,
}

/// `report --format`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// For people.
    Text,
    /// For programs (the versioned contract in docs/formats.md).
    Json,
    /// Graphviz DOT of the claim graph.
    Dot,
}

/// `claims --format`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ClaimsFormat {
    /// For people.
    Text,
    /// For programs.
    Json,
}

/// `--color`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colour when stdout is a terminal and NO_COLOR is unset.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}
