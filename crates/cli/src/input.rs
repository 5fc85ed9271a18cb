//! Reading inputs: paths, directories, stdin, lexicon packs and antinomy.yaml.
//!
//! This is the only place (with the printers) that touches the file system.
//! A bad input never stops the run: it becomes an [`InputProblem`] printed on
//! stderr, the other inputs go on, and the process ends with exit code 2.

use std::collections::BTreeSet;
use std::io::Read;
use std::path::{Path, PathBuf};

use antinomy_ingest::{Document, Lexicon};
use serde::Deserialize;

/// A problem with one input, already formatted as `path[:line[:col]]: message`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputProblem(pub String);

/// Extensions read when walking a directory.
const KNOWN_EXTENSIONS: &[&str] = &["txt", "md", "markdown", "text", "yaml", "yml"];

/// The default of `--max-file-size`: 256 MiB.
pub const DEFAULT_MAX_FILE_SIZE: u64 = 256 * 1024 * 1024;

/// Parses a size: bytes, or a number with `K`, `M` or `G` (powers of 1024,
/// an optional `iB` or `B` after the letter): `1000`, `64K`, `256MiB`.
pub fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let digits = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (number, unit) = t.split_at(digits);
    let n: u64 = number
        .parse()
        .map_err(|_| format!("'{s}' is not a size (bytes, or a number with K, M or G)"))?;
    let factor: u64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" | "kib" => 1 << 10,
        "m" | "mb" | "mib" => 1 << 20,
        "g" | "gb" | "gib" => 1 << 30,
        _ => return Err(format!("'{s}' is not a size (bytes, or a number with K, M or G)")),
    };
    n.checked_mul(factor).ok_or_else(|| format!("'{s}' is too large"))
}

/// What reading the inputs gave.
#[derive(Debug, Default)]
pub struct Loaded {
    /// The documents read, in the order given (directories in sorted order).
    pub docs: Vec<Document>,
    /// Inputs that could not be read: printed as `error:`, exit code 2.
    pub errors: Vec<InputProblem>,
    /// Inputs skipped on purpose (binary files): printed as `warning:`.
    pub warnings: Vec<String>,
}

/// Reads every path: files as given, directories walked recursively in
/// sorted order (only known extensions), `-` as stdin (prose). No file
/// larger than `max_file_size` bytes is read.
pub fn load_documents(paths: &[PathBuf], max_file_size: u64) -> Loaded {
    let mut out = Loaded::default();
    for path in paths {
        if path.as_os_str() == "-" {
            let mut buf = Vec::new();
            match std::io::stdin()
                .lock()
                .take(max_file_size.saturating_add(1))
                .read_to_end(&mut buf)
            {
                Ok(n) if n as u64 > max_file_size => out.errors.push(too_large("<stdin>", max_file_size)),
                Ok(_) => push_bytes(&mut out, "<stdin>".into(), buf),
                Err(e) => out.errors.push(InputProblem(format!("<stdin>: {}", io_message(&e)))),
            }
            continue;
        }
        match std::fs::metadata(path) {
            Ok(m) if m.is_dir() => {
                let mut files = Vec::new();
                let mut seen = BTreeSet::new();
                walk(path, &mut files, &mut out.errors, &mut Vec::new(), &mut seen);
                // Files are read in parallel and joined in walk order, so
                // the output does not depend on the thread count.
                use rayon::prelude::*;
                let read: Vec<Loaded> = files
                    .par_iter()
                    .map(|f| {
                        let mut one = Loaded::default();
                        read_file(f, max_file_size, &mut one);
                        one
                    })
                    .collect();
                for one in read {
                    out.docs.extend(one.docs);
                    out.errors.extend(one.errors);
                    out.warnings.extend(one.warnings);
                }
            }
            Ok(_) => read_file(path, max_file_size, &mut out),
            Err(e) => out
                .errors
                .push(InputProblem(format!("{}: {}", path.display(), io_message(&e)))),
        }
    }
    out
}

fn too_large(name: &str, max: u64) -> InputProblem {
    InputProblem(format!("{name}: larger than --max-file-size ({max} bytes), skipped"))
}

/// Walks `dir` in sorted order. Symlinked directories are followed, but a
/// directory already on the way down (a symlink loop) or already walked
/// (two links to one place) is not entered again, so no walk repeats or
/// explodes.
fn walk(
    dir: &Path,
    out: &mut Vec<PathBuf>,
    problems: &mut Vec<InputProblem>,
    ancestors: &mut Vec<PathBuf>,
    seen: &mut BTreeSet<PathBuf>,
) {
    let real = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    if ancestors.contains(&real) {
        problems.push(InputProblem(format!(
            "{}: symlink loop (leads back to {}), not followed",
            dir.display(),
            real.display()
        )));
        return;
    }
    if !seen.insert(real.clone()) {
        return;
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            problems.push(InputProblem(format!("{}: {}", dir.display(), io_message(&e))));
            return;
        }
    };
    // Every path is `dir` joined with one entry's name, so paths compare
    // as their names do: sorting by the names the listing gives skips
    // splitting both whole paths into components at every comparison (a
    // thousand-file folder took about 11 million instructions to sort).
    let mut paths: Vec<(std::ffi::OsString, PathBuf, Option<std::fs::FileType>)> = entries
        .filter_map(|e| e.ok().map(|e| (e.file_name(), e.path(), e.file_type().ok())))
        .collect();
    paths.sort_by(|a, b| a.0.cmp(&b.0));
    ancestors.push(real);
    for (_, p, listed) in paths {
        let known = p
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .is_some_and(|ext| KNOWN_EXTENSIONS.contains(&ext.as_str()));
        // The listing says what an entry is (Linux's `d_type`), which is
        // what `metadata` would say for anything but a symlink: only links
        // (and entries the listing cannot type) are looked up, to follow
        // them. A `stat` per file was a tenth of a million system calls at
        // a million claims, on a machine where each costs several µs.
        let kind = match listed {
            Some(t) if !t.is_symlink() => Ok(t.is_dir()),
            _ => std::fs::metadata(&p).map(|m| m.is_dir()),
        };
        match kind {
            Ok(true) => walk(&p, out, problems, ancestors, seen),
            Ok(false) if known => out.push(p),
            Ok(false) => {}
            // A broken link or a file-level symlink loop: an error only for
            // a file the walk would have read.
            Err(e) if known => problems.push(InputProblem(format!("{}: {}", p.display(), io_message(&e)))),
            Err(_) => {}
        }
    }
    ancestors.pop();
}

fn read_file(path: &Path, max_file_size: u64, out: &mut Loaded) {
    let name = path.display().to_string();
    let read = std::fs::File::open(path).and_then(|f| {
        let meta = f.metadata().ok();
        if meta.as_ref().is_some_and(std::fs::Metadata::is_dir) {
            return Err(std::io::Error::from(std::io::ErrorKind::IsADirectory));
        }
        // Room for the whole file and one byte more, so `read_to_end` ends
        // after two reads (the file, then nothing) instead of growing its
        // buffer from a 32-byte probe: about six reads a small file before.
        // The size is only a hint; a file that grows is still read to its
        // end, and never past `max_file_size` + 1.
        let hint = meta.map_or(0, |m| m.len()).min(max_file_size).saturating_add(1);
        let mut buf = Vec::with_capacity(usize::try_from(hint).unwrap_or(0));
        // `take` also bounds what cannot be measured first: /dev/zero, a FIFO.
        f.take(max_file_size.saturating_add(1)).read_to_end(&mut buf)?;
        Ok(buf)
    });
    match read {
        Ok(bytes) if bytes.len() as u64 > max_file_size => out.errors.push(too_large(&name, max_file_size)),
        Ok(bytes) => push_bytes(out, name, bytes),
        Err(e) => out.errors.push(InputProblem(format!("{name}: {}", io_message(&e)))),
    }
}

/// Turns bytes into a document, or says why not.
///
/// - A NUL byte marks a binary file: skipped with a warning (as ripgrep
///   does), not an error. UTF-16 (its byte order mark) is an error.
/// - A UTF-8 byte order mark is dropped; spans count from after it.
/// - Invalid UTF-8 is an error naming the line and column of the first bad
///   byte (not read lossily: a claim must quote its document exactly).
/// - A lone CR (old Mac line ending) becomes LF, byte for byte, so line
///   numbers count it and every span still indexes the file; CRLF is kept.
pub fn decode(name: &str, mut bytes: Vec<u8>) -> Result<Result<String, String>, InputProblem> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(InputProblem(format!(
            "{name}: UTF-16 text is not supported (convert it to UTF-8)"
        )));
    }
    if bytes.contains(&0) {
        return Ok(Err(format!("{name}: binary file (contains a NUL byte), skipped")));
    }
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    }
    for i in 0..bytes.len() {
        if bytes[i] == b'\r' && bytes.get(i + 1) != Some(&b'\n') {
            bytes[i] = b'\n';
        }
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Ok(text)),
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let bytes = e.as_bytes();
            let line = bytes[..valid].iter().filter(|&&b| b == b'\n').count() + 1;
            let line_start = bytes[..valid].iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
            let column = String::from_utf8_lossy(&bytes[line_start..valid]).chars().count() + 1;
            Err(InputProblem(format!(
                "{name}:{line}:{column}: invalid UTF-8 (byte 0x{:02x})",
                bytes[valid]
            )))
        }
    }
}

fn push_bytes(out: &mut Loaded, name: String, bytes: Vec<u8>) {
    match decode(&name, bytes) {
        Ok(Ok(text)) => out.docs.push(Document::from_path_name(name, text)),
        Ok(Err(warning)) => out.warnings.push(warning),
        Err(problem) => out.errors.push(problem),
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
/// Every problem is an error naming the pack's file: one that cannot be
/// read or parsed, and one that contradicts itself (a concept disjoint with
/// its own ancestor, an is-a cycle), which the lexicon detects without
/// looping. The other packs are still merged.
pub fn load_lexicon(extra: &[PathBuf], use_config: bool) -> (Lexicon, Vec<InputProblem>) {
    let mut lexicon = Lexicon::default_lexicon();
    let mut problems: Vec<InputProblem> = lexicon
        .problems()
        .iter()
        .map(|p| InputProblem(format!("{} lexicon: {}", p.pack, p.message)))
        .collect();
    let mut packs: Vec<PathBuf> = Vec::new();
    if use_config {
        if let Some(config_path) = find_config() {
            match read_text(&config_path) {
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
                Err(p) => problems.push(p),
            }
        }
    }
    packs.extend(extra.iter().cloned());
    for pack in packs {
        let name = pack.display().to_string();
        match read_text(&pack) {
            Ok(text) => {
                let fallback = pack.file_stem().and_then(|s| s.to_str()).unwrap_or("user").to_string();
                let known = lexicon.problems().len();
                if let Err(antinomy_ingest::lexicon::LexiconError::Yaml { line, column, message }) =
                    lexicon.add_pack_str(&text, &fallback)
                {
                    problems.push(InputProblem(yaml_problem(&name, line, column, &message)));
                }
                for p in lexicon.problems().iter().skip(known) {
                    problems.push(InputProblem(format!("{name}: {} lexicon: {}", p.pack, p.message)));
                }
            }
            Err(p) => problems.push(p),
        }
    }
    (lexicon, problems)
}

/// A whole file that must be text (a lexicon pack, a config, a pairs
/// file): a directory, a file over `DEFAULT_MAX_FILE_SIZE` and bad UTF-8
/// are problems naming it.
pub fn read_text(path: &Path) -> Result<String, InputProblem> {
    let name = path.display().to_string();
    let io = |e: &std::io::Error| InputProblem(format!("{name}: {}", io_message(e)));
    let meta = std::fs::metadata(path).map_err(|e| io(&e))?;
    if meta.is_dir() {
        return Err(InputProblem(format!("{name}: is a directory, expected a file")));
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(DEFAULT_MAX_FILE_SIZE + 1).read_to_end(&mut bytes))
        .map_err(|e| io(&e))?;
    if bytes.len() as u64 > DEFAULT_MAX_FILE_SIZE {
        return Err(too_large(&name, DEFAULT_MAX_FILE_SIZE));
    }
    match decode(&name, bytes)? {
        Ok(text) => Ok(text),
        Err(binary) => Err(InputProblem(binary)),
    }
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
        std::io::ErrorKind::IsADirectory => "is a directory, expected a file".to_string(),
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn sizes_parse_with_binary_units() {
        assert_eq!(parse_size("1000"), Ok(1000));
        assert_eq!(parse_size("64K"), Ok(64 << 10));
        assert_eq!(parse_size("256MiB"), Ok(256 << 20));
        assert_eq!(parse_size("2g"), Ok(2 << 30));
        assert!(parse_size("lots").is_err());
        assert!(parse_size("-1").is_err());
        assert!(parse_size("99999999999G").is_err());
    }

    #[test]
    fn lone_cr_becomes_lf_and_crlf_stays() {
        assert_eq!(decode("x", b"a\rb\r\nc\r".to_vec()), Ok(Ok("a\nb\r\nc\n".to_string())));
        assert_eq!(
            decode("x", b"ok\n\r\xff".to_vec()),
            Err(InputProblem("x:3:1: invalid UTF-8 (byte 0xff)".into()))
        );
    }

    proptest! {
        /// Decoding never panics, and what it accepts keeps every byte
        /// offset of the file (after a BOM): spans index the file.
        #[test]
        fn decoding_arbitrary_bytes_never_panics_and_keeps_offsets(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
            let bom = bytes.starts_with(&[0xEF, 0xBB, 0xBF]);
            match decode("x", bytes.clone()) {
                Ok(Ok(text)) => {
                    prop_assert_eq!(text.len(), bytes.len() - if bom { 3 } else { 0 });
                    prop_assert!(!text.contains('\r') || text.matches('\r').count() == text.matches("\r\n").count());
                }
                Ok(Err(warning)) => prop_assert!(bytes.contains(&0) && warning.contains("binary")),
                Err(problem) => prop_assert!(problem.0.starts_with("x")),
            }
        }
    }
}
