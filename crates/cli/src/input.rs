//! Reading inputs: paths, directories, stdin, lexicon packs and antinomy.yaml.
//!
//! This is the only place (with the printers) that touches the file system.
//! A bad input never stops the run: it becomes an [`InputProblem`] printed on
//! stderr, the other inputs go on, and the process ends with exit code 2.

use std::io::Read;
use std::path::{Path, PathBuf};

use antinomy_ingest::{Document, Lexicon};
use serde::Deserialize;

/// A problem with one input, already formatted as `path[:line[:col]]: message`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputProblem(pub String);

/// Extensions read when walking a directory.
const KNOWN_EXTENSIONS: &[&str] = &["txt", "md", "markdown", "text", "yaml", "yml"];

/// Reads every path: files as given, directories walked recursively in
/// sorted order (only known extensions), `-` as stdin (prose).
pub fn load_documents(paths: &[PathBuf]) -> (Vec<Document>, Vec<InputProblem>) {
    let mut docs = Vec::new();
    let mut problems = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            let mut buf = Vec::new();
            match std::io::stdin().read_to_end(&mut buf) {
                Ok(_) => push_bytes(&mut docs, &mut problems, "<stdin>".into(), buf),
                Err(e) => problems.push(InputProblem(format!("<stdin>: {}", lower(&e.to_string())))),
            }
            continue;
        }
        match std::fs::metadata(path) {
            Ok(m) if m.is_dir() => {
                let mut files = Vec::new();
                walk(path, &mut files, &mut problems, 0);
                files.sort();
                read_files(&files, &mut docs, &mut problems);
            }
            Ok(_) => read_file(path, &mut docs, &mut problems),
            Err(e) => problems.push(InputProblem(format!("{}: {}", path.display(), io_message(&e)))),
        }
    }
    (docs, problems)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>, problems: &mut Vec<InputProblem>, depth: usize) {
    if depth > 64 {
        problems.push(InputProblem(format!(
            "{}: directory nesting deeper than 64 levels (symlink loop?)",
            dir.display()
        )));
        return;
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            problems.push(InputProblem(format!("{}: {}", dir.display(), io_message(&e))));
            return;
        }
    };
    // The entry's own type needs no system call; only a symlink is followed
    // with `metadata` to see what it points to.
    let mut paths: Vec<(PathBuf, Option<std::fs::FileType>)> = entries
        .filter_map(|e| {
            e.ok()
                .map(|e| (e.path(), e.file_type().ok().filter(|t| !t.is_symlink())))
        })
        .collect();
    paths.sort_by(|a, b| a.0.cmp(&b.0));
    for (p, file_type) in paths {
        let is_dir = match file_type {
            Some(t) => Ok(t.is_dir()),
            None => std::fs::metadata(&p).map(|m| m.is_dir()),
        };
        // Symlinked directories are followed, bounded by the depth limit.
        match is_dir {
            Ok(true) => walk(&p, out, problems, depth + 1),
            Ok(_) => {
                let ext = p
                    .extension()
                    .and_then(|e| e.to_str())
                    .map(str::to_ascii_lowercase)
                    .unwrap_or_default();
                if KNOWN_EXTENSIONS.contains(&ext.as_str()) {
                    out.push(p);
                }
            }
            Err(e) => problems.push(InputProblem(format!("{}: {}", p.display(), io_message(&e)))),
        }
    }
}

/// Reads the files of a directory in parallel (the system calls and UTF-8
/// checks of a hundred thousand small files add up), keeping their order.
fn read_files(paths: &[PathBuf], docs: &mut Vec<Document>, problems: &mut Vec<InputProblem>) {
    use rayon::prelude::*;
    let read: Vec<(Vec<Document>, Vec<InputProblem>)> = paths
        .par_iter()
        .map(|path| {
            let (mut docs, mut problems) = (Vec::new(), Vec::new());
            read_file(path, &mut docs, &mut problems);
            (docs, problems)
        })
        .collect();
    for (d, p) in read {
        docs.extend(d);
        problems.extend(p);
    }
}

fn read_file(path: &Path, docs: &mut Vec<Document>, problems: &mut Vec<InputProblem>) {
    match std::fs::read(path) {
        Ok(bytes) => push_bytes(docs, problems, path.display().to_string(), bytes),
        Err(e) => problems.push(InputProblem(format!("{}: {}", path.display(), io_message(&e)))),
    }
}

/// Turns bytes into a document: binary files (a NUL byte) are refused, a
/// UTF-8 byte order mark is dropped, invalid UTF-8 is an error that names
/// the line and column of the first bad byte.
fn push_bytes(docs: &mut Vec<Document>, problems: &mut Vec<InputProblem>, name: String, mut bytes: Vec<u8>) {
    if bytes.contains(&0) {
        problems.push(InputProblem(format!(
            "{name}: binary file (contains a NUL byte), skipped"
        )));
        return;
    }
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    }
    match String::from_utf8(bytes) {
        Ok(text) => docs.push(Document::from_path_name(name, text)),
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let bytes = e.as_bytes();
            let line = bytes[..valid].iter().filter(|&&b| b == b'\n').count() + 1;
            let line_start = bytes[..valid].iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
            let column = String::from_utf8_lossy(&bytes[line_start..valid]).chars().count() + 1;
            problems.push(InputProblem(format!("{name}:{line}:{column}: invalid UTF-8")));
        }
    }
}

/// The project configuration, `antinomy.yaml`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Config {
    /// Lexicon packs, relative to the config file.
    #[serde(default)]
    lexicon: Vec<PathBuf>,
}

/// Finds `antinomy.yaml` in the working directory or the nearest parent.
pub fn find_config() -> Option<PathBuf> {
    let mut dir = std::env::current_dir().ok()?;
    loop {
        let candidate = dir.join("antinomy.yaml");
        if candidate.is_file() {
            return Some(candidate);
        }
        if !dir.pop() {
            return None;
        }
    }
}

/// The default lexicon, then antinomy.yaml's packs, then `--lexicon` packs.
/// Errors in a pack are problems; inconsistencies inside a pack (a concept
/// disjoint with its own parent) are warnings.
pub fn load_lexicon(extra: &[PathBuf], use_config: bool) -> (Lexicon, Vec<InputProblem>, Vec<String>) {
    let mut lexicon = Lexicon::default_lexicon();
    let mut problems = Vec::new();
    let mut packs: Vec<PathBuf> = Vec::new();
    if use_config {
        if let Some(config_path) = find_config() {
            match std::fs::read_to_string(&config_path) {
                Ok(text) => match antinomy_ingest::yaml::from_str::<Config>(&text) {
                    Ok(config) => {
                        let base = config_path.parent().map(Path::to_path_buf).unwrap_or_default();
                        packs.extend(config.lexicon.into_iter().map(|p| base.join(p)));
                    }
                    Err(e) => problems.push(InputProblem(yaml_problem(
                        &config_path.display().to_string(),
                        e.line,
                        e.column,
                        &e.message,
                    ))),
                },
                Err(e) => problems.push(InputProblem(format!("{}: {}", config_path.display(), io_message(&e)))),
            }
        }
    }
    packs.extend(extra.iter().cloned());
    for pack in packs {
        let name = pack.display().to_string();
        match std::fs::read_to_string(&pack) {
            Ok(text) => {
                let fallback = pack.file_stem().and_then(|s| s.to_str()).unwrap_or("user").to_string();
                if let Err(antinomy_ingest::lexicon::LexiconError::Yaml { line, column, message }) =
                    lexicon.add_pack_str(&text, &fallback)
                {
                    problems.push(InputProblem(yaml_problem(&name, line, column, &message)));
                }
            }
            Err(e) => problems.push(InputProblem(format!("{name}: {}", io_message(&e)))),
        }
    }
    let warnings = lexicon
        .problems()
        .iter()
        .map(|p| format!("{} lexicon: {}", p.pack, p.message))
        .collect();
    (lexicon, problems, warnings)
}

/// `path:line:col: message`, leaving out what is unknown.
pub fn yaml_problem(name: &str, line: u64, column: u64, message: &str) -> String {
    match (line, column) {
        (0, _) => format!("{name}: {message}"),
        (l, 0) => format!("{name}:{l}: {message}"),
        (l, c) => format!("{name}:{l}:{c}: {message}"),
    }
}

/// An I/O error in our message style: lower case, no trailing period, no
/// "(os error N)" noise.
pub fn io_message(e: &std::io::Error) -> String {
    let s = match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string(),
    };
    let s = match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    };
    lower(&s)
}

fn lower(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().collect::<String>() + c.as_str().trim_end_matches('.'),
        None => String::new(),
    }
}
