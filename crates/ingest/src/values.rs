//! Numbers and dates as written in English, parsed into comparable values.
//!
//! Figures are where reports most often disagree, and where a naive engine
//! raises the most false alarms: "about 100" and "98" agree, "at least two"
//! and "three" agree, "1.2 kg" and "1,200 g" agree. So a quantity keeps its
//! qualifier and is converted to a canonical unit, and the rule compares
//! intervals, not strings.

use crate::model::{Date, Qualifier, Quantity};

const MONTHS: &[(&str, u8)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

/// Whether a month name starts with each ASCII byte (either case), and the
/// lengths of the shortest and longest name: [`month_of`] tells most words
/// apart by these before it looks them up.
const MONTH_STARTS: [bool; 128] = {
    let mut starts = [false; 128];
    let mut i = 0;
    while i < MONTHS.len() {
        let first = MONTHS[i].0.as_bytes()[0];
        starts[first as usize] = true;
        starts[first.to_ascii_uppercase() as usize] = true;
        i += 1;
    }
    starts
};
const MONTH_LENGTHS: (usize, usize) = {
    let (mut shortest, mut longest) = (usize::MAX, 0);
    let mut i = 0;
    while i < MONTHS.len() {
        let len = MONTHS[i].0.len();
        if len < shortest {
            shortest = len;
        }
        if len > longest {
            longest = len;
        }
        i += 1;
    }
    (shortest, longest)
};

/// The month number of a month name or abbreviation.
pub fn month_of(word: &str) -> Option<u8> {
    let w = word.trim_end_matches('.');
    // Asked of nearly every word of every clause. The month names are
    // lower-case ASCII, so an ASCII word matches one exactly when its ASCII
    // lower case does: that is made on the stack (no name is longer than
    // nine letters, so a longer word is none) and looked up in a map.
    if w.is_ascii() {
        // A word of another length than every name, or whose first letter
        // starts none, is none: most words end here, without the lookup
        // (an ASCII word that is a name has its length and first letter).
        let first = *w.as_bytes().first()?;
        if !(MONTH_LENGTHS.0..=MONTH_LENGTHS.1).contains(&w.len()) || !MONTH_STARTS[usize::from(first)] {
            return None;
        }
        static NUMBERS: std::sync::OnceLock<std::collections::HashMap<&[u8], u8, rustc_hash::FxBuildHasher>> =
            std::sync::OnceLock::new();
        let numbers = NUMBERS.get_or_init(|| MONTHS.iter().map(|(n, m)| (n.as_bytes(), *m)).collect());
        let mut buf = [0u8; 9];
        let lower = buf.get_mut(..w.len())?;
        lower.copy_from_slice(w.as_bytes());
        lower.make_ascii_lowercase();
        return numbers.get(&*lower).copied();
    }
    let w = w.to_lowercase();
    MONTHS.iter().find(|(n, _)| *n == w).map(|(_, m)| *m)
}

/// Parses "2024-04-26", "26 April 2024", "April 26, 2024", "April 26",
/// "26 April", "April 2024" and "2024". Returns `None` for anything else,
/// including impossible days.
pub fn parse_date(s: &str) -> Option<Date> {
    let t = s.trim().trim_start_matches("on ").trim();
    // ISO.
    let parts: Vec<&str> = t.split('-').collect();
    if parts.len() == 3
        && parts[0].len() == 4
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
    {
        let y: i32 = parts[0].parse().ok()?;
        let m: u8 = parts[1].parse().ok()?;
        let d: u8 = parts[2].parse().ok()?;
        return valid(Some(y), Some(m), Some(d));
    }
    let words: Vec<&str> = t
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let num = |w: &str| -> Option<u32> {
        let w = w
            .trim_end_matches("st")
            .trim_end_matches("nd")
            .trim_end_matches("rd")
            .trim_end_matches("th");
        if w.is_empty() || !w.chars().all(|c| c.is_ascii_digit()) || w.len() > 4 {
            return None;
        }
        w.parse().ok()
    };
    match words.as_slice() {
        [y] if y.len() == 4 => {
            let y = num(y)?;
            (1000..=2999).contains(&y).then(|| Date {
                year: i32::try_from(y).ok(),
                month: None,
                day: None,
                weekday: None,
            })
        }
        [a, b] => {
            if let Some(m) = month_of(a) {
                let n = num(b)?;
                if n > 31 {
                    valid(i32::try_from(n).ok(), Some(m), None)
                } else {
                    valid(None, Some(m), u8::try_from(n).ok())
                }
            } else {
                let m = month_of(b)?;
                valid(None, Some(m), u8::try_from(num(a)?).ok())
            }
        }
        [a, b, c] => {
            if let Some(m) = month_of(a) {
                valid(i32::try_from(num(c)?).ok(), Some(m), u8::try_from(num(b)?).ok())
            } else {
                let m = month_of(b)?;
                valid(i32::try_from(num(c)?).ok(), Some(m), u8::try_from(num(a)?).ok())
            }
        }
        _ => None,
    }
}

fn valid(year: Option<i32>, month: Option<u8>, day: Option<u8>) -> Option<Date> {
    if let Some(m) = month {
        if !(1..=12).contains(&m) {
            return None;
        }
    }
    if let Some(d) = day {
        let max = match month {
            Some(2) => 29,
            Some(4 | 6 | 9 | 11) => 30,
            _ => 31,
        };
        if d == 0 || d > max {
            return None;
        }
    }
    Some(Date {
        year,
        month,
        day,
        weekday: None,
    })
}

const NUMBER_WORDS: &[(&str, f64)] = &[
    ("zero", 0.0),
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
    ("hundred", 100.0),
    ("dozen", 12.0),
];

const SCALES: &[(&str, f64)] = &[
    ("hundred", 1e2),
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
    ("bn", 1e9),
    ("m", 1e6),
    ("k", 1e3),
];

/// Units and their canonical form: (written, canonical, factor to canonical).
const UNITS: &[(&str, &str, f64)] = &[
    ("%", "%", 1.0),
    ("percent", "%", 1.0),
    ("per cent", "%", 1.0),
    ("g", "g", 1.0),
    ("gram", "g", 1.0),
    ("grams", "g", 1.0),
    ("kg", "g", 1e3),
    ("kilogram", "g", 1e3),
    ("kilograms", "g", 1e3),
    ("tonne", "g", 1e6),
    ("tonnes", "g", 1e6),
    ("ton", "g", 1e6),
    ("tons", "g", 1e6),
    ("m", "m", 1.0),
    ("metre", "m", 1.0),
    ("metres", "m", 1.0),
    ("meter", "m", 1.0),
    ("meters", "m", 1.0),
    ("km", "m", 1e3),
    ("kilometre", "m", 1e3),
    ("kilometres", "m", 1e3),
    ("kilometer", "m", 1e3),
    ("kilometers", "m", 1e3),
    ("mile", "m", 1609.344),
    ("miles", "m", 1609.344),
    ("s", "s", 1.0),
    ("second", "s", 1.0),
    ("seconds", "s", 1.0),
    ("min", "s", 60.0),
    ("minute", "s", 60.0),
    ("minutes", "s", 60.0),
    ("h", "s", 3600.0),
    ("hour", "s", 3600.0),
    ("hours", "s", 3600.0),
    ("day", "s", 86400.0),
    ("days", "s", 86400.0),
    ("wh", "wh", 1.0),
    ("kwh", "wh", 1e3),
    ("mah", "mah", 1.0),
    ("gb", "byte", 1e9),
    ("tb", "byte", 1e12),
    ("mb", "byte", 1e6),
    ("usd", "usd", 1.0),
    ("$", "usd", 1.0),
    ("dollar", "usd", 1.0),
    ("dollars", "usd", 1.0),
    ("eur", "eur", 1.0),
    ("€", "eur", 1.0),
    ("euro", "eur", 1.0),
    ("euros", "eur", 1.0),
    ("£", "gbp", 1.0),
    ("pound", "gbp", 1.0),
    ("pounds", "gbp", 1.0),
];

/// The value of a number token: digits with thousands separators and
/// decimals ("1,200", "27.5") or a number word ("twelve").
pub fn number_value(word: &str) -> Option<f64> {
    let w = word.trim();
    if w.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        let cleaned: String = w.chars().filter(|c| *c != ',').collect();
        return cleaned.parse::<f64>().ok().filter(|v| v.is_finite());
    }
    // Asked of many words of every phrase (is a qualifier followed by a
    // number?): an ASCII word is lower-cased on the stack (no number word
    // is longer than nine letters) and looked up in a map, as `month_of`
    // does, instead of copied and compared with each number word.
    // "Eighty-six", "twenty-two": a ten and a unit joined by a hyphen.
    if let Some((tens, unit)) = w.split_once('-') {
        let tens = number_value(tens).filter(|t| (20.0..=90.0).contains(t) && t % 10.0 == 0.0);
        let unit = number_value(unit).filter(|u| (1.0..=9.0).contains(u) && u.fract() == 0.0);
        return tens.zip(unit).map(|(t, u)| t + u);
    }
    if w.is_ascii() {
        static VALUES: std::sync::OnceLock<std::collections::HashMap<&[u8], f64, rustc_hash::FxBuildHasher>> =
            std::sync::OnceLock::new();
        let values = VALUES.get_or_init(|| {
            let mut values = std::collections::HashMap::default();
            for (n, v) in NUMBER_WORDS {
                values.entry(n.as_bytes()).or_insert(*v);
            }
            values
        });
        let mut buf = [0u8; 9];
        let lower = buf.get_mut(..w.len())?;
        lower.copy_from_slice(w.as_bytes());
        lower.make_ascii_lowercase();
        return values.get(&*lower).copied();
    }
    let lower = w.to_lowercase();
    NUMBER_WORDS.iter().find(|(n, _)| *n == lower).map(|(_, v)| *v)
}

/// The rank an ordinal names: "third" -> 3, "30th" -> 30, "1st" -> 1
/// (the reader's own list, shared with the rules).
pub fn ordinal_value(word: &str) -> Option<f64> {
    crate::frames::ordinal_value(word)
}

/// Parses a figure: optional qualifier, optional currency sign, a number (or
/// a range "10-12" / "between 10 and 12"), an optional scale word and an
/// optional unit. Returns `None` when the text is not a figure.
pub fn parse_quantity(s: &str) -> Option<Quantity> {
    let lower = s.trim().to_lowercase();
    let (qualifier, rest) = strip_qualifier(&lower);
    let mut rest = rest.trim();
    let mut unit: Option<(String, f64)> = None;
    for sign in ["$", "€", "£", "us$"] {
        if let Some(r) = rest.strip_prefix(sign) {
            unit = UNITS
                .iter()
                .find(|(w, _, _)| *w == sign.trim_start_matches("us"))
                .map(|(_, c, f)| (c.to_string(), *f));
            rest = r.trim_start();
        }
    }
    let (low, high, after) = if let Some(r) = rest.strip_prefix("between ") {
        let (a, r) = split_number(r)?;
        let r = r.trim_start().strip_prefix("and ")?;
        let (b, r) = split_number(r)?;
        (a, Some(b), r)
    } else {
        let (a, r) = split_number(rest)?;
        if let Some(r2) = r
            .strip_prefix('-')
            .or_else(|| r.strip_prefix(" to "))
            .or_else(|| r.strip_prefix('–'))
        {
            let (b, r3) = split_number(r2.trim_start())?;
            (a, Some(b), r3)
        } else {
            (a, None, r)
        }
    };
    let mut after = after.trim();
    let mut scale = 1.0;
    for (w, f) in SCALES {
        if let Some(r) = after.strip_prefix(w) {
            if r.is_empty() || r.starts_with(' ') {
                scale = *f;
                after = r.trim_start();
                break;
            }
        }
    }
    if !after.is_empty() {
        match UNITS
            .iter()
            .find(|(w, _, _)| after == *w || after.starts_with(&format!("{w} ")))
        {
            Some((_, c, f)) if unit.is_none() => unit = Some((c.to_string(), *f)),
            Some(_) => {}
            None if unit.is_some() => {}
            None => {
                // A counted noun ("12 people") is the unit of a count, so
                // twelve people and fourteen trucks never compare.
                let noun = after.split_whitespace().next().unwrap_or("");
                if !noun.chars().all(char::is_alphabetic) {
                    return None;
                }
                unit = Some((count_unit(noun), 1.0));
            }
        }
    }
    let (canonical, factor) = unit.unwrap_or((String::new(), 1.0));
    Some(Quantity {
        value: low * scale * factor,
        unit: canonical,
        qualifier,
        upper: high.map(|h| h * scale * factor),
    })
}

/// The unit of a count: the counted noun, singular ("people" stays as is).
pub fn count_unit(noun: &str) -> String {
    let n = noun.to_lowercase();
    if n.len() > 3 && n.ends_with('s') && !n.ends_with("ss") {
        n[..n.len() - 1].to_string()
    } else {
        n
    }
}

/// Splits a leading qualifier off a lowercased figure.
pub fn strip_qualifier(lower: &str) -> (Qualifier, &str) {
    const QUALIFIERS: &[(&str, Qualifier)] = &[
        // "Just over 12,000" is more than 12,000 but not much more: about
        // it, which allows the ten percent above as well as (more than the
        // truth) below. "Over 12,000" alone meets 18,400; "just over" must
        // not.
        ("just over ", Qualifier::About),
        ("a little over ", Qualifier::About),
        ("slightly over ", Qualifier::About),
        ("a little more than ", Qualifier::About),
        ("slightly more than ", Qualifier::About),
        ("just under ", Qualifier::About),
        ("a little under ", Qualifier::About),
        ("slightly under ", Qualifier::About),
        ("a little less than ", Qualifier::About),
        ("slightly less than ", Qualifier::About),
        ("just short of ", Qualifier::About),
        ("at least ", Qualifier::AtLeast),
        ("no fewer than ", Qualifier::AtLeast),
        ("no less than ", Qualifier::AtLeast),
        ("a minimum of ", Qualifier::AtLeast),
        ("more than ", Qualifier::MoreThan),
        ("over ", Qualifier::MoreThan),
        ("upwards of ", Qualifier::MoreThan),
        ("in excess of ", Qualifier::MoreThan),
        ("up to ", Qualifier::AtMost),
        ("at most ", Qualifier::AtMost),
        ("no more than ", Qualifier::AtMost),
        ("a maximum of ", Qualifier::AtMost),
        ("fewer than ", Qualifier::LessThan),
        ("less than ", Qualifier::LessThan),
        ("under ", Qualifier::LessThan),
        ("about ", Qualifier::About),
        ("around ", Qualifier::About),
        ("roughly ", Qualifier::About),
        ("approximately ", Qualifier::About),
        ("some ", Qualifier::About),
        ("nearly ", Qualifier::About),
        ("almost ", Qualifier::About),
        ("an estimated ", Qualifier::About),
        ("estimated ", Qualifier::About),
        ("close to ", Qualifier::About),
    ];
    for (w, q) in QUALIFIERS {
        if let Some(r) = lower.strip_prefix(w) {
            return (*q, r);
        }
    }
    (Qualifier::Exact, lower)
}

fn split_number(s: &str) -> Option<(f64, &str)> {
    let s = s.trim_start();
    let end = s
        .char_indices()
        .find(|(_, c)| !(c.is_ascii_digit() || *c == '.' || *c == ','))
        .map_or(s.len(), |(i, _)| i);
    if end > 0 {
        let num = s[..end].trim_end_matches([',', '.']);
        return Some((number_value(num)?, &s[num.len()..]));
    }
    let word_end = s.find(|c: char| !c.is_alphabetic()).unwrap_or(s.len());
    let v = number_value(&s[..word_end])?;
    Some((v, &s[word_end..]))
}

#[cfg(test)]
mod tests {
    /// The length and first-letter filter of `month_of` turns away no name:
    /// it answers as a plain search of the names does, for every name in
    /// several cases and with a full stop, and every word of up to three
    /// letters and some longer ones.
    #[test]
    fn month_of_is_the_plain_search() {
        let plain = |word: &str| {
            let w = word.trim_end_matches('.').to_lowercase();
            MONTHS.iter().find(|(n, _)| *n == w).map(|(_, m)| *m)
        };
        let mut words: Vec<String> = vec![
            String::new(),
            ".".into(),
            "Mayday".into(),
            "Septembers".into(),
            "MAY.".into(),
        ];
        for (name, _) in MONTHS {
            let title = name[..1].to_uppercase() + &name[1..];
            for w in [name.to_string(), name.to_uppercase(), title] {
                words.push(format!("{w}."));
                words.push(w[..w.len() - 1].to_string());
                words.push(format!("{w}s"));
                words.push(w);
            }
        }
        let letters: Vec<char> = ('a'..='z').chain('A'..='Z').chain(['.', '1', 'é']).collect();
        for a in &letters {
            words.push(a.to_string());
            for b in &letters {
                words.push(format!("{a}{b}"));
                for c in ['a', 'e', 'n', 'p', 'r', 't', 'v', 'y', 'C', 'N', '.'] {
                    words.push(format!("{a}{b}{c}"));
                }
            }
        }
        for w in &words {
            assert_eq!(month_of(w), plain(w), "{w:?}");
        }
    }

    use super::*;

    #[test]
    fn dates_in_common_forms() {
        let d = |y: Option<i32>, m: u8, day: Option<u8>| Date {
            year: y,
            month: Some(m),
            day,
            weekday: None,
        };
        assert_eq!(parse_date("2024-04-26"), Some(d(Some(2024), 4, Some(26))));
        assert_eq!(parse_date("26 April 2024"), Some(d(Some(2024), 4, Some(26))));
        assert_eq!(parse_date("April 26, 2024"), Some(d(Some(2024), 4, Some(26))));
        assert_eq!(parse_date("April 26"), Some(d(None, 4, Some(26))));
        assert_eq!(parse_date("March 2024"), Some(d(Some(2024), 3, None)));
        assert_eq!(parse_date("31 April"), None);
        assert_eq!(parse_date("the convoy"), None);
    }

    #[test]
    fn quantities_keep_qualifier_and_canonical_unit() {
        let q = parse_quantity("about 100").expect("qty");
        assert_eq!((q.value, q.qualifier), (100.0, Qualifier::About));
        let q = parse_quantity("1.2 kg").expect("qty");
        assert_eq!((q.value, q.unit.as_str()), (1200.0, "g"));
        let q = parse_quantity("1,200 g").expect("qty");
        assert_eq!((q.value, q.unit.as_str()), (1200.0, "g"));
        let q = parse_quantity("$27.5 billion").expect("qty");
        assert_eq!((q.value, q.unit.as_str()), (27.5e9, "usd"));
        let q = parse_quantity("at least two").expect("qty");
        assert_eq!((q.value, q.qualifier), (2.0, Qualifier::AtLeast));
        let q = parse_quantity("just over 12,000").expect("qty");
        assert_eq!(
            (q.value, q.qualifier),
            (12000.0, Qualifier::About),
            "not much more than"
        );
        let q = parse_quantity("between 10 and 12").expect("qty");
        assert_eq!((q.value, q.upper), (10.0, Some(12.0)));
        assert!(parse_quantity("the convoy").is_none());
        let q = parse_quantity("12 bananas").expect("qty");
        assert_eq!(
            (q.value, q.unit.as_str()),
            (12.0, "banana"),
            "a counted noun is the unit"
        );
    }
}
