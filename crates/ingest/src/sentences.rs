//! Sentence boundaries.
//!
//! A sentence ends at terminal punctuation followed by a capital, a digit,
//! a quote or a bullet, except after a known abbreviation or an initial
//! ("Mr.", "Jan.", "U.S.", "J."). Line breaks end a sentence after a heading,
//! at a blank line, and when the next line starts like a sentence; wrapped
//! prose (the next line starts in lower case) continues.

use crate::model::Span;

/// Shortened words whose point ends no sentence, in the groups the
/// tokenizer also reads (`tokens::abbreviation_point`): titles before a
/// name, months before a day, firms' suffixes, and the rest.
pub(crate) const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "maj", "cpl", "adm", "st", "gov", "sen", "rep",
    "rev", "mt", "ft",
];
pub(crate) const SHORT_MONTHS: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];
pub(crate) const FIRM_SUFFIXES: &[&str] = &["inc", "ltd", "co", "corp"];
const OTHER_ABBREVIATIONS: &[&str] = &[
    "sr", "jr", "no", "nos", "vs", "etc", "dept", "fig", "approx", "est", "vol", "p", "pp", "u.s", "u.k", "u.n", "e.g",
    "i.e", "a.m", "p.m",
];
const ABBREVIATIONS: [&[&str]; 4] = [TITLES, SHORT_MONTHS, FIRM_SUFFIXES, OTHER_ABBREVIATIONS];

/// Byte ranges of the sentences of `text`, trimmed, in order.
pub fn sentences(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut cuts = Cuts::new(text);
    let mut i = 0;
    // Only a newline or a terminal ('.', '!', '?') can end a sentence, and
    // every other byte is stepped over; the next of each is found with
    // `memchr` (whole words at a time) and found again only once the scan
    // has passed it, instead of testing every byte in turn.
    let mut next_newline = memchr::memchr(b'\n', bytes).unwrap_or(bytes.len());
    let mut next_terminal = memchr::memchr3(b'.', b'!', b'?', bytes).unwrap_or(bytes.len());
    while i < bytes.len() {
        if next_newline < i {
            next_newline = memchr::memchr(b'\n', &bytes[i..]).map_or(bytes.len(), |n| i + n);
        }
        if next_terminal < i {
            next_terminal = memchr::memchr3(b'.', b'!', b'?', &bytes[i..]).map_or(bytes.len(), |n| i + n);
        }
        i = next_newline.min(next_terminal);
        if i >= bytes.len() {
            break;
        }
        i = cuts.at(i);
    }
    cuts.finish()
}

/// The sentences cut so far, and where the open one starts.
struct Cuts<'t> {
    text: &'t str,
    out: Vec<Span>,
    start: usize,
}

impl<'t> Cuts<'t> {
    fn new(text: &'t str) -> Cuts<'t> {
        Cuts {
            text,
            out: Vec::new(),
            start: 0,
        }
    }

    /// Ends the open sentence at `e`, trimmed (nothing when it is blank).
    fn cut(&mut self, e: usize) {
        let s = self.start;
        let slice = &self.text[s..e];
        let lead = slice.len() - slice.trim_start().len();
        let trail = slice.len() - slice.trim_end().len();
        if s + lead < e - trail {
            self.out.push(Span::new(s + lead, e - trail));
        }
    }

    /// Decides at a newline or a terminal at `i` whether a sentence ends
    /// there, and returns where to read on.
    fn at(&mut self, i: usize) -> usize {
        let (text, bytes) = (self.text, self.text.as_bytes());
        let b = bytes[i];
        if b == b'\n' {
            if line_break_ends_sentence(text, self.start, i) {
                self.cut(i);
                self.start = i + 1;
            }
            return i + 1;
        }
        // Swallow runs of terminal punctuation and closing quotes.
        let mut j = i + 1;
        while j < bytes.len() {
            if matches!(bytes[j], b'.' | b'!' | b'?' | b'"' | b'\'' | b')') {
                j += 1;
            } else if text[j..].starts_with('’') || text[j..].starts_with('”') {
                j += 3;
            } else {
                break;
            }
        }
        let at_end = j >= bytes.len();
        let next_is_space =
            !at_end && (bytes[j] == b' ' || bytes[j] == b'\n' || bytes[j] == b'\t' || bytes[j] == b'\r');
        if (at_end || next_is_space) && !(b == b'.' && is_abbreviation_before(text, i)) && next_starts_sentence(text, j)
        {
            self.cut(j);
            self.start = j;
        }
        j
    }

    /// The sentences, the last one closed at the end of the text.
    fn finish(mut self) -> Vec<Span> {
        self.cut(self.text.len());
        self.out
    }
}

fn is_abbreviation_before(text: &str, dot: usize) -> bool {
    let head = &text[..dot];
    let word_start = head
        .char_indices()
        .rev()
        .find(|(_, c)| !(c.is_alphanumeric() || *c == '.'))
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0);
    let word = &head[word_start..];
    if word.is_empty() {
        return false;
    }
    // Single initials ("J. Smith") and dotted abbreviations ("U.S.").
    if word.chars().count() == 1 && word.chars().all(|c| c.is_uppercase()) {
        return true;
    }
    // Every period asks this: an ASCII word (nearly all of them) is
    // compared without a lower-case copy, as `month_of` does.
    if word.is_ascii() {
        return ABBREVIATIONS
            .iter()
            .flat_map(|g| g.iter())
            .any(|a| a.eq_ignore_ascii_case(word));
    }
    let lower = word.to_lowercase();
    ABBREVIATIONS.iter().any(|g| g.contains(&lower.as_str()))
}

fn next_starts_sentence(text: &str, from: usize) -> bool {
    let rest = text[from..].trim_start();
    match rest.chars().next() {
        None => true,
        Some(c) => {
            c.is_uppercase()
                || c.is_ascii_digit()
                || matches!(c, '"' | '\'' | '“' | '‘' | '(' | '[' | '-' | '*' | '#' | '•')
        }
    }
}

/// A line break ends a sentence at a blank line, after a heading or a
/// bullet, or when the next line starts like a new sentence. Wrapped prose
/// (next line starts in lower case) continues.
fn line_break_ends_sentence(text: &str, line_start: usize, nl: usize) -> bool {
    let rest = &text[nl + 1..];
    let next_line = rest.split('\n').next().unwrap_or("");
    let this_line = text[line_start..nl].trim();
    if this_line.is_empty() || next_line.trim().is_empty() {
        return true;
    }
    if this_line.starts_with('#') {
        return true;
    }
    let next = next_line.trim_start();
    !next.chars().next().is_some_and(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `sentences` as it was written before the `memchr` scan: every byte
    /// tested in turn, each newline and terminal judged as the scan judges
    /// it. What the test checks is that the scan's skipping misses none.
    fn sentences_byte_by_byte(text: &str) -> Vec<Span> {
        let bytes = text.as_bytes();
        let mut cuts = Cuts::new(text);
        let mut i = 0;
        while i < bytes.len() {
            i = if matches!(bytes[i], b'\n' | b'.' | b'!' | b'?') {
                cuts.at(i)
            } else {
                i + 1
            };
        }
        cuts.finish()
    }

    #[test]
    fn the_memchr_scan_cuts_where_the_byte_loop_did() {
        let pieces = [
            "The", " ", "army", ".", "!", "?", "\n", "\n\n", "’", "”", "\"", ")", "'", "U.S.", "Dr.", "J.", "# Head",
            "- item", "é", "\t", "\r\n", "said", "A", "3.5",
        ];
        // Every text of up to four pieces, and a deterministic run of longer
        // ones.
        let mut texts = crate::every_joining(&pieces, 4);
        let mut seed = 1u64;
        for _ in 0..2000 {
            let mut t = String::new();
            for _ in 0..40 {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                t.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            texts.push(t);
        }
        for t in &texts {
            assert_eq!(sentences(t), sentences_byte_by_byte(t), "{t:?}");
        }
    }
}
