//! The antinomy command line: files, printing and exit codes over the
//! `antinomy-ingest` and `antinomy-reason` libraries.
//!
//! Everything that touches the outside world lives here and nowhere else:
//! clap, the file system, stdin/stdout/stderr, colours and exit codes. The
//! libraries return data; this crate decides how to show it.
//!
//! Exit codes, everywhere: 0 success; 1 findings (`report
//! --fail-on-conflict` found a conflict, `check` had a failing fixture);
//! 2 a usage or input error (named on stderr; the good inputs are still
//! processed). A closed stdout (`antinomy report … | head`) is a normal end.

pub mod args;
pub mod check;
pub mod dot;
pub mod input;
pub mod pairs;
mod progress;
pub mod report;

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;

use antinomy_reason::{analyse as find_groups, record, rules, Analysis, Options};

use args::{Cli, ColorChoice, Command, Format};
use input::{load_documents, load_lexicon};

/// Exit code: success.
pub const EXIT_OK: u8 = 0;
/// Exit code: conflicts found with `--fail-on-conflict`, or fixtures failed.
pub const EXIT_FINDINGS: u8 = 1;
/// Exit code: usage or input error.
pub const EXIT_ERROR: u8 = 2;

/// Parses the command line and runs it.
pub fn run() -> ExitCode {
    let cli = Cli::parse();
    ExitCode::from(run_command(cli.command))
}

/// Where a command's output goes, and what went wrong on the way.
struct Outcome {
    stdout: String,
    code: u8,
}

fn run_command(command: Command) -> u8 {
    let color = match &command {
        Command::Report(a) => a.color,
        Command::Check(a) => a.color,
        _ => ColorChoice::Auto,
    };
    let outcome = match command {
        Command::Report(a) => report(a),
        Command::Claims(a) => claims(a),
        Command::Graph(a) => graph(a),
        Command::Check(a) => check_cmd(a),
        Command::Pairs(a) => pairs_cmd(a),
        Command::Rules => Outcome {
            stdout: rules_list(),
            code: EXIT_OK,
        },
        Command::Explain { rule } => explain(&rule),
    };
    match write_stdout(&outcome.stdout, color) {
        Ok(()) => outcome.code,
        // `| head` closed the pipe: the reader has what it wanted.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => outcome.code,
        Err(e) => {
            eprint_error(&format!("cannot write output: {}", input::io_message(&e)));
            EXIT_ERROR
        }
    }
}

fn write_stdout(s: &str, color: ColorChoice) -> std::io::Result<()> {
    let choice = match color {
        ColorChoice::Auto => anstream::ColorChoice::Auto,
        ColorChoice::Always => anstream::ColorChoice::Always,
        ColorChoice::Never => anstream::ColorChoice::Never,
    };
    let mut out = anstream::AutoStream::new(std::io::stdout().lock(), choice);
    out.write_all(s.as_bytes())?;
    out.flush()
}

#[allow(clippy::print_stderr)]
fn eprint_error(message: &str) {
    let _ = writeln!(anstream::stderr(), "error: {message}");
}

#[allow(clippy::print_stderr)]
fn eprint_warning(message: &str) {
    let _ = writeln!(anstream::stderr(), "warning: {message}");
}

/// Whether text output should carry styles: the user's choice, else the
/// terminal and NO_COLOR decide (anstream strips styles when they must go).
fn styled(choice: ColorChoice) -> bool {
    choice != ColorChoice::Never
}

/// What went wrong with the inputs of a run: errors (exit code 2) and
/// warnings (inputs skipped on purpose), as printed on stderr.
#[derive(Debug, Default)]
struct Problems {
    errors: Vec<String>,
    warnings: Vec<String>,
}

/// Reads inputs and lexicon, ingests, finds conflicts; reports every input
/// problem on stderr. Returns the graph, the conflicts (one per group, and
/// the groups) and the problems.
fn analyse(input: &args::InputArgs, min_score: Option<f64>) -> (antinomy_ingest::ClaimGraph, Analysis, Problems) {
    let read = read_inputs(input);
    let mut graph = read.graph;
    read.progress.reasoning(graph.claim_count());
    let analysis = find_groups(&graph, &read.lexicon, &options(min_score));
    record(&mut graph, &analysis.conflicts);
    read.progress.finish();
    (graph, analysis, read.problems)
}

/// What [`read_inputs`] gives: the claim graph before conflicts are found.
struct Read {
    graph: antinomy_ingest::ClaimGraph,
    lexicon: antinomy_ingest::Lexicon,
    problems: Problems,
    progress: progress::Progress,
}

/// The first half of [`analyse`]: reads inputs and lexicon and ingests,
/// reporting every input problem on stderr.
fn read_inputs(input: &args::InputArgs) -> Read {
    // The lexicon loads while the documents are found and read (neither
    // prints anything; their problems are reported below, in this order).
    let ((lexicon, lex_problems), loaded) = rayon::join(
        || load_lexicon(&input.lexicon, !input.no_config),
        || load_documents(&input.paths, input.max_file_size),
    );
    let bytes = loaded.docs.iter().map(|d| d.text.len() as u64).sum();
    let progress = progress::Progress::new(bytes);
    let stories = if input.one_story {
        antinomy_ingest::Stories::One
    } else {
        antinomy_ingest::Stories::Apart
    };
    let ingested = antinomy_ingest::ingest_with(loaded.docs, &lexicon, &|n| progress.read(n), stories);
    let mut errors: Vec<String> = lex_problems.into_iter().chain(loaded.errors).map(|p| p.0).collect();
    errors.extend(ingested.errors.iter().map(ToString::to_string));
    for w in &loaded.warnings {
        eprint_warning(w);
    }
    for p in &errors {
        eprint_error(p);
    }
    Read {
        graph: ingested.graph,
        lexicon,
        problems: Problems {
            errors,
            warnings: loaded.warnings,
        },
        progress,
    }
}

fn options(min_score: Option<f64>) -> Options {
    Options {
        min_score: min_score.unwrap_or(0.0),
    }
}

/// The lines a text output ends with when inputs failed or were skipped,
/// so stdout alone says the run is incomplete.
fn problems_text(p: &Problems) -> String {
    let mut out = String::new();
    for e in &p.errors {
        out.push_str(&format!("input error: {e}\n"));
    }
    for w in &p.warnings {
        out.push_str(&format!("input skipped: {w}\n"));
    }
    out
}

/// The same as DOT comments (`//` lines), put before the graph: valid DOT
/// that `dot` ignores and a reviewer reads.
fn problems_dot(p: &Problems) -> String {
    let mut out = String::new();
    for e in &p.errors {
        out.push_str(&format!("// input error: {}\n", e.replace('\n', " ")));
    }
    for w in &p.warnings {
        out.push_str(&format!("// input skipped: {}\n", w.replace('\n', " ")));
    }
    out
}

fn report(a: args::ReportArgs) -> Outcome {
    if let Some(s) = a.min_score {
        if !(0.0..=1.0).contains(&s) {
            eprint_error(&format!("--min-score must be between 0 and 1, got {s}"));
            return Outcome {
                stdout: String::new(),
                code: EXIT_ERROR,
            };
        }
    }
    let as_dot = match a.format {
        Format::Json => return json_report(&a),
        Format::Text => false,
        Format::Dot => true,
    };
    let (graph, analysis, problems) = analyse(&a.input, a.min_score);
    let stdout = if as_dot {
        problems_dot(&problems) + &dot::to_dot(&graph)
    } else {
        let mut text = report::text_report(&graph, &analysis, styled(a.color));
        if a.verbose {
            text.push_str(&report::skipped_text(&graph));
        }
        text + &problems_text(&problems)
    };
    let code = report_code(&a, &problems, &analysis);
    leave_to_exit(graph, analysis);
    Outcome { stdout, code }
}

/// The exit code of `report`: input errors first, then conflicts when
/// `--fail-on-conflict` asks for them.
fn report_code(a: &args::ReportArgs, problems: &Problems, analysis: &Analysis) -> u8 {
    if !problems.errors.is_empty() {
        EXIT_ERROR
    } else if a.fail_on_conflict && !analysis.conflicts.is_empty() {
        EXIT_FINDINGS
    } else {
        EXIT_OK
    }
}

/// `report --format json`, streamed to stdout: a million claims' JSON is
/// never held in memory.
///
/// The claims come first in the report and do not depend on the
/// conflicts, so they are written while the engine finds the conflicts:
/// the engine is mostly one thread's work (about two seconds at a million
/// claims), and printing the claims fills the other core meanwhile instead
/// of waiting for it. The bytes are the same as writing everything
/// afterwards ([`report::write_json_report`]).
fn json_report(a: &args::ReportArgs) -> Outcome {
    let read = read_inputs(&a.input);
    let mut graph = read.graph;
    let problems = read.problems;
    let options = options(a.min_score);
    read.progress.reasoning(graph.claim_count());
    // The spinner must not draw over JSON printed to the same terminal.
    let mut progress = Some(read.progress);
    if std::io::IsTerminal::is_terminal(&std::io::stdout()) {
        if let Some(p) = progress.take() {
            p.finish();
        }
    }
    // The engine stays on this thread, where the memory the reading
    // phase freed is (mimalloc reuses freed memory on the thread that
    // freed it; an engine on a new thread made the peak about 40 MB
    // larger). The claims go out from a thread of their own, with its own
    // lock and buffer, flushed before the rest is written here.
    let (analysis, claims_written) = std::thread::scope(|s| {
        let claims = s.spawn(|| {
            let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
            report::write_json_claims(&mut out, &graph).and_then(|()| out.flush())
        });
        let analysis = find_groups(&graph, &read.lexicon, &options);
        let written = claims.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (analysis, written)
    });
    record(&mut graph, &analysis.conflicts);
    if let Some(p) = progress {
        p.finish();
    }
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let written = claims_written
        .and_then(|()| {
            report::write_json_rest(
                &mut out,
                &graph,
                &analysis,
                &problems.errors,
                &problems.warnings,
                a.verbose,
            )
        })
        .and_then(|()| out.flush());
    let code = report_code(a, &problems, &analysis);
    leave_to_exit(graph, analysis);
    match written {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
        Err(e) => {
            eprint_error(&format!("cannot write output: {}", input::io_message(&e)));
            return Outcome {
                stdout: String::new(),
                code: EXIT_ERROR,
            };
        }
    }
    Outcome {
        stdout: String::new(),
        code,
    }
}

/// Lets the process exit free the graph and the conflicts instead of
/// dropping them: [`run`] runs one command per process, and nothing is read
/// after the report is written. Dropping a million claims walks every one
/// of their dozen strings once more, about a second on one core at a
/// million claims; the operating system takes the pages back at once.
fn leave_to_exit(graph: antinomy_ingest::ClaimGraph, analysis: Analysis) {
    std::mem::forget(graph);
    std::mem::forget(analysis);
}

fn claims(a: args::ClaimsArgs) -> Outcome {
    let (graph, _, problems) = analyse(&a.input, None);
    let stdout = match a.format {
        args::ClaimsFormat::Text => report::claims_text(&graph, a.verbose) + &problems_text(&problems),
        args::ClaimsFormat::Json => {
            // Streamed, borrowing from the graph: a skipped 100 MB line is
            // not copied into a JSON value and again into a string.
            #[derive(serde::Serialize)]
            struct ClaimsJson<'a> {
                version: u32,
                claims: Vec<report::JsonClaim<'a>>,
                skipped_count: usize,
                skipped: Vec<report::JsonSkipped<'a>>,
                errors: &'a [String],
                warnings: &'a [String],
            }
            let skipped = if a.verbose {
                report::json_skipped(&graph)
            } else {
                Vec::new()
            };
            let v = ClaimsJson {
                version: 1,
                claims: graph.claims().map(|c| report::json_claim(&graph, c)).collect(),
                skipped_count: graph.skipped().len(),
                skipped,
                errors: &problems.errors,
                warnings: &problems.warnings,
            };
            if let Some(failed) = stream_stdout(|out| {
                serde_json::to_writer_pretty(&mut *out, &v)
                    .map_err(std::io::Error::from)
                    .and_then(|()| out.write_all(b"\n"))
            }) {
                return failed;
            }
            String::new()
        }
    };
    Outcome {
        stdout,
        code: if problems.errors.is_empty() {
            EXIT_OK
        } else {
            EXIT_ERROR
        },
    }
}

fn graph(a: args::GraphArgs) -> Outcome {
    let (graph, _, problems) = analyse(&a.input, a.min_score);
    let dot = problems_dot(&problems) + &dot::to_dot(&graph);
    let mut code = if problems.errors.is_empty() {
        EXIT_OK
    } else {
        EXIT_ERROR
    };
    let stdout = match &a.output {
        Some(path) => {
            if let Err(e) = std::fs::write(path, dot) {
                eprint_error(&format!("{}: {}", path.display(), input::io_message(&e)));
                code = EXIT_ERROR;
            }
            String::new()
        }
        None => dot,
    };
    Outcome { stdout, code }
}

fn check_cmd(a: args::CheckArgs) -> Outcome {
    let (paths, problems) = check::collect_fixtures(&a.paths);
    for p in &problems {
        eprint_error(p);
    }
    let results: Vec<check::FixtureResult> = paths.iter().map(|p| check::run_fixture(p)).collect();
    let (stdout, all_passed) = check::render(&results, &problems);
    let code = if !problems.is_empty() || results.iter().any(|r| r.outcome.is_err()) {
        EXIT_ERROR
    } else if all_passed {
        EXIT_OK
    } else {
        EXIT_FINDINGS
    };
    Outcome { stdout, code }
}

fn pairs_cmd(a: args::PairsArgs) -> Outcome {
    let fail = |m: String| {
        eprint_error(&m);
        Outcome {
            stdout: String::new(),
            code: EXIT_ERROR,
        }
    };
    let name = a.file.display().to_string();
    let text = if name == "-" {
        let mut bytes = Vec::new();
        let read = std::io::Read::read_to_end(
            &mut std::io::Read::take(std::io::stdin().lock(), input::DEFAULT_MAX_FILE_SIZE + 1),
            &mut bytes,
        );
        if let Err(e) = read {
            return fail(format!("<stdin>: {}", input::io_message(&e)));
        }
        match input::decode("<stdin>", bytes) {
            Ok(Ok(text)) => text,
            Ok(Err(binary)) => return fail(binary),
            Err(p) => return fail(p.0),
        }
    } else {
        match input::read_text(&a.file) {
            Ok(s) => s,
            Err(p) => return fail(p.0),
        }
    };
    // The lexicon loads while the lines are parsed (neither prints
    // anything); a bad line is still reported before a bad lexicon.
    let (pairs, (lexicon, problems)) =
        rayon::join(|| pairs::parse_lines(&name, &text), || load_lexicon(&a.lexicon, true));
    let pairs = match pairs {
        Ok(p) => p,
        Err(m) => return fail(m),
    };
    if !problems.is_empty() {
        return fail(problems.into_iter().map(|p| p.0).collect::<Vec<_>>().join("\nerror: "));
    }
    let (verdicts, seconds) = pairs::judge_all(&pairs, &lexicon);
    let stdout = if a.score {
        pairs::scorecard(&pairs, &verdicts, seconds)
    } else {
        // Each verdict printed on all threads, then joined in order.
        use rayon::prelude::*;
        let lines: Vec<String> = verdicts
            .par_iter()
            .map(|v| serde_json::to_string(v).unwrap_or_default())
            .collect();
        let mut s = String::with_capacity(lines.iter().map(|l| l.len() + 1).sum());
        for line in &lines {
            s.push_str(line);
            s.push('\n');
        }
        s
    };
    let _ = pairs.first().map(|p| p.line);
    Outcome { stdout, code: EXIT_OK }
}

fn rules_list() -> String {
    let mut out = String::new();
    for r in rules::RULES {
        out.push_str(&format!(
            "{}  {:<18} {}\n",
            r.code(),
            r.name(),
            rules::summary(r.code())
        ));
    }
    out
}

fn explain(rule: &str) -> Outcome {
    match rules::find(rule).and_then(|r| rules::documentation(r.code()).map(|d| (r, d))) {
        Some((r, doc)) => Outcome {
            stdout: format!("# {} {}\n\n{doc}\n", r.code(), r.name()),
            code: EXIT_OK,
        },
        None => {
            eprint_error(&format!("unknown rule '{rule}' (antinomy rules lists them)"));
            Outcome {
                stdout: String::new(),
                code: EXIT_ERROR,
            }
        }
    }
}

/// Writes to stdout through one buffer, for output too large to build as a
/// string first. A closed pipe (`| head`) is a normal end; any other write
/// failure is reported and gives the error outcome to return.
fn stream_stdout(
    write: impl FnOnce(&mut std::io::BufWriter<std::io::StdoutLock<'static>>) -> std::io::Result<()>,
) -> Option<Outcome> {
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    match write(&mut out).and_then(|()| out.flush()) {
        Ok(()) => None,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => None,
        Err(e) => {
            eprint_error(&format!("cannot write output: {}", input::io_message(&e)));
            Some(Outcome {
                stdout: String::new(),
                code: EXIT_ERROR,
            })
        }
    }
}
