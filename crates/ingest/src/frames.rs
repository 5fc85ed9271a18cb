//! Figures, dates and places in a clause, and the events they belong to.
//!
//! Most disagreements between reports are about numbers, days and places:
//! how many died, when the strike happened, where the treaty was signed. A
//! figure is only comparable with another figure of the *same* measure, so
//! each figure is read together with what it counts ("12 people", "14 of the
//! 20 missiles", "the death toll rose to 27"), and each date or place is
//! attached to the events of its clause (the verb, and an event noun such as
//! "strike" or "meeting" in the subject). Rules then compare like with like.
//!
//! Precision first: a clause that reports a change ("moved to", "revised",
//! "originally") or a hypothetical ("could", "if") gives no figure, date or
//! place claims, because its values are not meant to hold at the same time
//! as the others.

use crate::model::{Date, Qualifier, Quantity};
use crate::morph;
use crate::tokens::{strip_possessive, Class, Tok, IRREGULAR_PAST};
use crate::values::{count_unit, month_of, number_value, strip_qualifier};

/// A figure with what it measures.
#[derive(Clone, Debug)]
pub(crate) struct Figure {
    /// First and one-past-last token.
    pub(crate) at: usize,
    pub(crate) end: usize,
    pub(crate) quantity: Quantity,
    /// The measured noun, singular ("person", "missile", "magnitude").
    pub(crate) measure: Option<String>,
    /// As written.
    pub(crate) text: String,
}

impl Figure {
    /// The figure as a claim's value: `quantity` is its own, or the one the
    /// reader gave a unit of its own ("12 people killed" counts people),
    /// and the text is as written.
    pub(crate) fn value(&self, quantity: Quantity) -> crate::model::Value {
        crate::model::Value::Quantity {
            quantity: Box::new(quantity),
            text: self.text.clone(),
        }
    }
}

/// A date mention.
#[derive(Clone, Debug)]
pub(crate) struct DateMention {
    pub(crate) at: usize,
    pub(crate) end: usize,
    pub(crate) date: Date,
    pub(crate) text: String,
}

/// A place mention after "in" or "at".
#[derive(Clone, Debug)]
pub(crate) struct PlaceMention {
    /// Token of the preposition.
    pub(crate) at: usize,
    pub(crate) key: String,
    pub(crate) text: String,
}

/// Words that say a value has changed or is superseded: such clauses do not
/// give comparable values.
const CHANGE_WORDS: &[&str] = &[
    "moved",
    "postponed",
    "rescheduled",
    "delayed",
    "revised",
    "corrected",
    "updated",
    // "now puts the toll at 41, correcting the figure of its first notice".
    "revising",
    "correcting",
    "updating",
    "amending",
    "correction",
    "revision",
    "originally",
    "initially",
    "previously",
    "earlier",
    "brought",
    "pushed",
    "replaced",
    "superseded",
    "adjusted",
    "amended",
    "instead",
    // A later phase of an event is not its start: "the hearing, which
    // resumed on 4 May" does not date the hearing's opening.
    "resumed",
    "adjourned",
    "reconvened",
    "suspended",
];

/// Words that make a clause hypothetical or conditional.
const HYPOTHETICAL_WORDS: &[&str] = &[
    "if",
    "could",
    "would",
    "might",
    "may",
    "fear",
    "fears",
    "feared",
    "unless",
    "whether",
    "expects",
    "expect",
    "expected",
    "forecast",
    "forecasts",
    "plans",
    "planned",
    "hopes",
    "hope",
    "target",
    "aims",
    "should",
];

/// Nouns that stand for a count of something else: "the death toll" counts
/// deaths, "the number of cases" counts cases.
const COUNT_HEADS: &[&str] = &["toll", "number", "count", "total", "tally", "figure", "amount"];

/// Nouns that name a measure rather than a counted thing.
pub(crate) const MEASURE_NOUNS: &[&str] = &[
    "magnitude",
    // A bound is a measure of its own: "62 km/h, within the 80 km/h
    // limit" gives a speed and a limit, not two speeds.
    "limit",
    "cap",
    "ceiling",
    "threshold",
    "dust rating",
    "water rating",
    "temperature",
    "price",
    "rate",
    "score",
    "speed",
    "height",
    "depth",
    "weight",
    "length",
    "distance",
    "capacity",
    "resolution",
    "revenue",
    "profit",
    "loss",
    "sales",
    "turnout",
    "margin",
    "share",
    "battery",
    "memory",
    "storage",
    "budget",
    "fine",
    "sentence",
    "age",
    "population",
    "attendance",
    "crowd",
    "duration",
    "timeout",
];

/// Verbs that carry no event of their own: "reported", "said", "stood at".
pub(crate) const GENERIC_VERBS: &[&str] = &[
    "be",
    "have",
    "say",
    "tell",
    "report",
    "add",
    "make",
    "take",
    "do",
    "get",
    "go",
    "come",
    "give",
    "put",
    "stand",
    "reach",
    "record",
    "total",
    "measure",
    "register",
    "show",
    "include",
    "remain",
    "become",
    "seem",
    "appear",
    "describe",
    "call",
    "note",
    "state",
    "announce",
    "confirm",
    "claim",
    "according",
    "continue",
    "keep",
    "believe",
    "find",
    "see",
    "know",
    "think",
    "want",
    "need",
    "use",
    "hold",
];

/// Whether the clause reports a change or a hypothesis. A cause after
/// "because" or "due to" is another matter: "will not begin until January
/// because of delayed deliveries" delays the deliveries, and dates the start
/// firmly.
///
/// `backshifted` says the clause is the content of a past verb of saying
/// ("the firm said the line would close in June"): there "would" is the
/// reported "will", as settled as the firm's own "the line will close in
/// June", unless "have" follows ("would have closed", a counterfactual).
pub(crate) fn unsettled(toks: &[Tok<'_>], backshifted: bool) -> bool {
    let cause = (0..toks.len())
        .find(|&k| {
            toks[k].lower == "because" || (toks[k].lower == "due" && toks.get(k + 1).is_some_and(|n| n.lower == "to"))
        })
        .unwrap_or(toks.len());
    toks[..cause].iter().enumerate().any(|(k, t)| {
        let month = t.lower == "may" && t.text.starts_with('M') && !t.initial;
        // "Up 12% from a year earlier" compares the figure with another
        // period's; it does not say the figure was changed.
        let baseline = t.lower == "earlier"
            && k.checked_sub(1)
                .is_some_and(|p| matches!(toks[p].lower.as_str(), "year" | "quarter" | "month" | "week" | "day"));
        // "Grounded earlier in the month", "earlier this year": a time
        // within a period, not a figure given before.
        let within_period = matches!(t.lower.as_str(), "earlier" | "later") && {
            let mut j = k + 1;
            if toks.get(j).is_some_and(|n| n.lower == "in") {
                j += 1;
            }
            if toks
                .get(j)
                .is_some_and(|n| matches!(n.lower.as_str(), "the" | "this" | "that"))
            {
                j += 1;
            }
            j > k + 1
                && toks
                    .get(j)
                    .is_some_and(|n| matches!(n.lower.as_str(), "year" | "month" | "week" | "day" | "season"))
        };
        let reported_will = backshifted
            && t.lower == "would"
            && toks
                .get(k + 1)
                .is_none_or(|n| !matches!(n.lower.as_str(), "have" | "'ve"));
        (CHANGE_WORDS.contains(&t.lower.as_str()) && !baseline && !within_period)
            || (HYPOTHETICAL_WORDS.contains(&t.lower.as_str()) && !month && !reported_will)
    })
}

/// "The county office had reported 12 deaths", "the ministry had put
/// the toll at 40": the past perfect of a verb of reporting tells a figure
/// given before the one the story now gives, as "initially" does. Asked of
/// the whole sentence: the verb is often the attribution, outside the
/// content.
pub(crate) fn earlier_report(toks: &[Tok<'_>]) -> bool {
    toks.windows(2).any(|w| {
        w[0].lower == "had"
            && matches!(
                w[1].lower.as_str(),
                "reported" | "put" | "given" | "estimated" | "said" | "counted" | "announced" | "recorded" | "listed"
            )
    })
}

/// All figures in `toks`, skipping numbers that are parts of dates, times,
/// scores, years, ordinals and identifiers ("HDMI 2.1", "REQ-101").
pub(crate) fn figures(toks: &[Tok<'_>], dates: &[DateMention]) -> Vec<Figure> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if dates.iter().any(|d| i >= d.at && i < d.end) {
            i += 1;
            continue;
        }
        if let Some(end) = clock_time_at(toks, i) {
            i = end;
            continue;
        }
        let codes = ip_code_at(toks, i);
        if !codes.is_empty() {
            out.extend(codes);
            i += 1;
            continue;
        }
        match figure_at(toks, i) {
            Some(f) if setting_number(toks, &f) || offset_from_a_moment(toks, &f) => i = f.end,
            Some(f) => {
                i = f.end;
                out.push(f);
            }
            None => i += 1,
        }
    }
    merge_compound_durations(toks, out)
}

/// "Memory use is higher in 4.2 than in 4.1": a bare number after "in",
/// with no unit and nothing counted after it, names a version or a setting
/// in which something holds, not a figure of the clause. Read as figures,
/// two release notes comparing one version with others disagreed on how
/// much the memory was "lower".
fn setting_number(toks: &[Tok<'_>], f: &Figure) -> bool {
    f.at > 0
        && toks[f.at - 1].lower == "in"
        && f.end == f.at + 1
        && f.quantity.unit.is_empty()
        && !toks
            .get(f.end)
            .is_some_and(|n| matches!(n.class, Class::Word | Class::Number))
}

/// "Declared an emergency ten minutes into the flight", "an hour later",
/// "two days before the vote": a stretch of time counted from another
/// moment says when something happened, not how long anything took or how
/// much of it there was. Read as a figure, it made "the crew declared an
/// emergency ten minutes later" a report of an amount of ten minutes.
/// "Jailed for four years after the trial" keeps its term: after "for",
/// "to", "of" or "by" the span is the figure itself.
fn offset_from_a_moment(toks: &[Tok<'_>], f: &Figure) -> bool {
    let Some(next) = toks.get(f.end) else { return false };
    let unit = f.end > f.at && OFFSET_UNITS.contains(&toks[f.end - 1].noun());
    let counted = f.at > 0 && matches!(toks[f.at - 1].lower.as_str(), "for" | "to" | "of" | "by");
    unit && match next.lower.as_str() {
        "after" | "before" => !counted,
        w => counts_from_a_moment(w),
    }
}

/// Units of a stretch of time counted from another moment (see
/// [`offset_from_a_moment`]); the reader's clauses ask the same.
pub(crate) const OFFSET_UNITS: &[&str] = &["second", "minute", "hour", "day", "week", "month", "year", "decade"];

/// Whether the word after a stretch of time ("ten minutes *later*", "two
/// hours *into* the search", "three days *before* the vote") counts it from
/// another moment.
pub(crate) fn counts_from_a_moment(word: &str) -> bool {
    matches!(word, "later" | "earlier" | "into" | "after" | "before" | "ago")
}

/// What [`lifetime_at`] found lives for the span.
pub(crate) enum Lived {
    /// The token heading the ending verb's object.
    Object(usize),
    /// The clause's subject; the token is the last word before the verb, a
    /// guess for when the reader found no subject.
    Subject(Option<usize>),
}

/// The last word in `toks[start..end]`, past auxiliaries ("the session is").
fn word_before(toks: &[Tok<'_>], start: usize, end: usize) -> Option<usize> {
    (start..end).rev().find(|&j| toks[j].class == Class::Word)
}

/// What a span of time after which something ends, or for which it stays
/// open, is the lifetime of.
///
/// "The kiosk logs out an idle account after 5 minutes", "idle tokens
/// expire after 10 minutes" and "idle accounts stay active for 10 minutes"
/// all set one figure, how long an idle thing lives, whatever the verb; and
/// "the offer expires after 30 days" and "the offer remains valid for 60
/// days" set how long the offer lives. Read as plain durations of their
/// verbs ("log out", "expire", "active") they never meet, and two documents
/// that disagree on the timeout go unnoticed.
///
/// Returns the measure ("idle timeout" when the clause speaks of
/// inactivity, else "lifetime") and what lives that long: the head of the
/// ending verb's object ("logs out a visitor's account": the account), or
/// else the clause's subject ("tokens expire"), with the last word before
/// the verb as a guess for a reader that found no subject.
///
/// Being retained, stored or archived "for" a time is a lifetime too ("logs
/// are retained for 90 days" meets "logs are deleted after 30 days").
/// Staying open or active is a lifetime only for an idle thing: "the shop
/// stays open for 12 hours" gives opening hours, not how long the shop
/// lasts. Any other duration ("walked for 15 minutes") is not one.
/// `at..end` are the figure's tokens in `toks`; `measured` says it names a
/// measure noun of its own, which then is what it measures.
pub(crate) fn lifetime_at(
    toks: &[Tok<'_>],
    at: usize,
    end: usize,
    quantity: &Quantity,
    measured: bool,
) -> Option<(&'static str, Lived)> {
    const ENDING: &[&str] = &[
        "end",
        "expire",
        "terminate",
        "close",
        "lock",
        "time",
        "log",
        "sign",
        "disconnect",
        "delete",
        "purge",
        "invalidate",
        "revoke",
        "lapse",
    ];
    if quantity.unit != "s" || measured || at == 0 || !matches!(toks[at - 1].lower.as_str(), "after" | "for") {
        return None;
    }
    let clause_start = toks[..at]
        .iter()
        .rposition(|t| matches!(t.class, Class::Comma | Class::Stop))
        .map_or(0, |c| c + 1);
    let clause_end = toks[end.min(toks.len())..]
        .iter()
        .position(|t| matches!(t.class, Class::Comma | Class::Stop))
        .map_or(toks.len(), |c| c + end);
    let idle = toks[clause_start..clause_end]
        .iter()
        .any(|t| matches!(t.lower.as_str(), "inactivity" | "inactive" | "idle" | "idleness"));
    let measure = if idle { "idle timeout" } else { "lifetime" };
    let before = &toks[clause_start..at - 1];
    match toks[at - 1].lower.as_str() {
        "after" => {
            let v = before
                .iter()
                .rposition(|t| t.class == Class::Word && ENDING.contains(&t.verb()))?;
            // "time out", "log out", "sign out" end only with their particle.
            let verb = &before[v];
            if matches!(verb.verb(), "time" | "log" | "sign") && before.get(v + 1).is_none_or(|n| n.lower != "out") {
                return None;
            }
            // The object is the noun run right after the verb ("a visitor's
            // account", "idle tokens"); its last word is its head.
            let run = before[v + 1..]
                .iter()
                .take_while(|t| matches!(t.class, Class::Word | Class::Det))
                .count();
            let object = before[v + 1..v + 1 + run]
                .iter()
                .rposition(|t| t.class == Class::Word && t.lower != "out")
                .map(|o| clause_start + v + 1 + o);
            let lived = match object {
                Some(o) => Lived::Object(o),
                None => Lived::Subject(word_before(toks, clause_start, clause_start + v)),
            };
            Some((measure, lived))
        }
        "for" => {
            // "Logs are retained for 90 days": how long data is kept is
            // how long it lives, so it meets "deleted after 30 days".
            if before
                .last()
                .is_some_and(|t| matches!(t.verb(), "retain" | "store" | "archive"))
            {
                let v = clause_start + before.len() - 1;
                return Some((measure, Lived::Subject(word_before(toks, clause_start, v))));
            }
            let stays = before
                .iter()
                .rev()
                .take(3)
                .position(|t| matches!(t.verb(), "remain" | "stay"))
                .map(|back| clause_start + before.len() - 1 - back);
            let state = before.last()?.lower.as_str();
            let lives = match state {
                "valid" => true,
                "open" | "active" | "alive" => idle,
                _ => false,
            };
            let stays = stays.filter(|_| lives)?;
            Some((measure, Lived::Subject(word_before(toks, clause_start, stays))))
        }
        _ => None,
    }
}

/// "IP67", "IPX4", "IP5X": an ingress protection code (IEC 60529) grades
/// protection against dust (the first digit, 0-6) and water (the second,
/// 0-9); "X" means that one was not graded. Each grade given is a figure
/// of its own, so "rated IP67" meets "an IPX5 rating" on water (7 against
/// 5) and says nothing against "IP6X". A word of the same shape that is
/// not a code ("IPA") has no digit and is not read.
fn ip_code_at(toks: &[Tok<'_>], i: usize) -> Vec<Figure> {
    let t = &toks[i];
    let code = t.text.as_bytes();
    let grade = |b: u8, max: u8| match b {
        b'X' | b'x' => Some(None),
        b'0'..=b'9' if b - b'0' <= max => Some(Some(f64::from(b - b'0'))),
        _ => None,
    };
    if code.len() != 4 || !code.starts_with(b"IP") {
        return Vec::new();
    }
    let (Some(dust), Some(water)) = (grade(code[2], 6), grade(code[3], 9)) else {
        return Vec::new();
    };
    [("dust rating", dust), ("water rating", water)]
        .into_iter()
        .filter_map(|(measure, grade)| {
            Some(Figure {
                at: i,
                end: i + 1,
                quantity: Quantity {
                    value: grade?,
                    unit: String::new(),
                    qualifier: Qualifier::Exact,
                    upper: None,
                },
                measure: Some(measure.to_string()),
                text: t.text.to_string(),
            })
        })
        .collect()
}

/// The end of a clock time at `i` ("03:42", "11:15"), which the tokenizer
/// splits at its colon: hours and minutes are not counts of anything, and
/// read as figures they made "03" the magnitude of an earthquake.
fn clock_time_at(toks: &[Tok<'_>], i: usize) -> Option<usize> {
    let digits = |t: &Tok<'_>, lens: std::ops::RangeInclusive<usize>| {
        t.class == Class::Number && lens.contains(&t.lower.len()) && t.lower.bytes().all(|b| b.is_ascii_digit())
    };
    // "At 9 p.m.", "by 6 am": the hour of a twelve-hour clock. Read as a
    // figure, "p" was its unit, and two things done at 9 p.m. and at 3 p.m.
    // met as two amounts of "p".
    let half_day = |t: &Tok<'_>| {
        let w = t.lower.as_str();
        w.starts_with("a.m") || w.starts_with("p.m") || w == "am" || w == "pm"
    };
    let h = toks.get(i)?;
    if digits(h, 1..=2) && toks.get(i + 1).is_some_and(half_day) {
        return Some(i + 2);
    }
    let (colon, m) = (toks.get(i + 1)?, toks.get(i + 2)?);
    (digits(h, 1..=2) && colon.text == ":" && h.end == colon.start && colon.end == m.start && digits(m, 2..=2))
        .then_some(i + 3)
}

/// "11 hours and 20 minutes" is one duration, not two figures.
fn merge_compound_durations(toks: &[Tok<'_>], figures: Vec<Figure>) -> Vec<Figure> {
    let mut out: Vec<Figure> = Vec::with_capacity(figures.len());
    for f in figures {
        if let Some(prev) = out.last_mut() {
            // A figure's qualifier may reach back before the previous
            // figure's end ("3 to 4 at most"): then they are not joined.
            let joined = toks
                .get(prev.end..f.at)
                .is_some_and(|between| between.iter().all(|t| t.lower == "and" || t.class == Class::Comma));
            if joined && f.at > prev.end && prev.quantity.unit == f.quantity.unit && prev.quantity.unit == "s" {
                prev.quantity.value += f.quantity.value;
                prev.end = f.end;
                prev.text = join(&toks[prev.at..f.end]);
                continue;
            }
        }
        out.push(f);
    }
    out
}

fn is_number_token(t: &Tok<'_>) -> bool {
    if t.class == Class::Number {
        return number_value(&t.lower).is_some();
    }
    // "Eighty-six homes".
    if t.lower.contains('-') && !t.lower.starts_with(|c: char| c.is_ascii_digit()) {
        return number_value(&t.lower).is_some();
    }
    matches!(
        t.lower.as_str(),
        "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "ten"
            | "eleven"
            | "twelve"
            | "thirteen"
            | "fourteen"
            | "fifteen"
            | "sixteen"
            | "seventeen"
            | "eighteen"
            | "nineteen"
            | "twenty"
            | "thirty"
            | "forty"
            | "fifty"
            | "sixty"
            | "seventy"
            | "eighty"
            | "ninety"
            | "hundred"
            | "dozen"
    )
}

/// The rank an ordinal names: "third" -> 3, "30th" -> 30, "1st" -> 1.
pub(crate) fn ordinal_value(word: &str) -> Option<f64> {
    const WORDS: &[(&str, f64)] = &[
        ("first", 1.0),
        ("second", 2.0),
        ("third", 3.0),
        ("fourth", 4.0),
        ("fifth", 5.0),
        ("sixth", 6.0),
        ("seventh", 7.0),
        ("eighth", 8.0),
        ("ninth", 9.0),
        ("tenth", 10.0),
        ("eleventh", 11.0),
        ("twelfth", 12.0),
        ("thirteenth", 13.0),
        ("fourteenth", 14.0),
        ("fifteenth", 15.0),
        ("twentieth", 20.0),
    ];
    if let Some((_, v)) = WORDS.iter().find(|(w, _)| *w == word) {
        return Some(*v);
    }
    let digits = word
        .strip_suffix("st")
        .or_else(|| word.strip_suffix("nd"))
        .or_else(|| word.strip_suffix("rd"))
        .or_else(|| word.strip_suffix("th"))?;
    (!digits.is_empty() && digits.len() <= 4 && digits.chars().all(|c| c.is_ascii_digit()))
        .then(|| digits.parse::<f64>().ok())
        .flatten()
}

/// An ordinal as a figure: "third in the table", "the 30th minute", "a
/// fourth person". Its unit is "rank"; what it ranks is the noun after it,
/// when there is one. "Second" as in "a second attack" (another) and
/// ordinals that are parts of dates are left out.
fn ordinal_at(toks: &[Tok<'_>], i: usize) -> Option<Figure> {
    let t = &toks[i];
    let value = ordinal_value(&t.lower)?;
    if t.lower == "first" || t.lower == "second" {
        // "for the first time", "a second strike": too often not a rank.
        return None;
    }
    let next = toks.get(i + 1);
    // "A third of voters", "two fifths of the budget": a fraction, not a
    // place in a table.
    let fraction = i > 0
        && (matches!(toks[i - 1].lower.as_str(), "a" | "one") || number_value(&toks[i - 1].lower).is_some())
        && next.is_some_and(|n| n.lower == "of");
    if fraction {
        return None;
    }
    // "In the third quarter", "the fourth half-year": a reporting period,
    // read as one by the figures it dates, not a place in a table.
    if next.is_some_and(|n| matches!(n.lower.as_str(), "quarter" | "half" | "quarters")) {
        return None;
    }
    let measure = next
        .filter(|n| n.class == Class::Word && !n.text.chars().next().is_some_and(char::is_uppercase))
        .map(|n| n.noun())
        .filter(|n| crate::wordnet().is_some_and(|wn| wn.is_word(n, crate::wordnet::Pos::Noun)))
        .map(str::to_string);
    let end = if measure.is_some() { i + 2 } else { i + 1 };
    Some(Figure {
        at: i,
        end,
        quantity: Quantity {
            value,
            unit: "rank".to_string(),
            qualifier: Qualifier::Exact,
            upper: None,
        },
        measure,
        text: join(&toks[i..end]),
    })
}

/// The qualifier one word is on its own ("roughly", "nearly"), or `Exact`.
fn word_qualifier(word: &str) -> Qualifier {
    let phrase = format!("{word} ");
    match strip_qualifier(&phrase) {
        (q, "") => q,
        _ => Qualifier::Exact,
    }
}

fn figure_at(toks: &[Tok<'_>], i: usize) -> Option<Figure> {
    let t = &toks[i];
    // "The 184-kilometre stage", "a 3-hour delay": a figure and its unit
    // joined before the noun they describe.
    if let Some((number, unit_word)) = t.lower.split_once('-').filter(|_| t.class == Class::Number) {
        if let (Some(value), Some(&(_, unit, factor))) = (
            number_value(number).filter(|_| !number.contains(':')),
            UNIT_WORDS.iter().find(|(u, _, _)| *u == unit_word && *u != "per"),
        ) {
            // "Its roughly 6.7-inch screen": the qualifier before it.
            let qualifier = i
                .checked_sub(1)
                .map_or(Qualifier::Exact, |p| word_qualifier(&toks[p].lower));
            return Some(Figure {
                at: i,
                end: i + 1,
                quantity: Quantity {
                    value: value * factor,
                    unit: unit.to_string(),
                    qualifier,
                    upper: None,
                },
                measure: None,
                text: t.text.to_string(),
            });
        }
    }
    if !is_number_token(t) {
        return ordinal_at(toks, i);
    }
    // Identifiers and model numbers: "HDMI 2.1", "Release 2.3", "REQ-101".
    if t.class == Class::Number {
        if t.lower.contains('-') || t.lower.contains(':') || t.lower.chars().any(|c| c.is_ascii_alphabetic()) {
            return None;
        }
        if let Some(prev) = i.checked_sub(1).map(|p| &toks[p]) {
            // Not a qualifier that opens the sentence: "Nearly 30 people
            // died" is a count, as "nearly 30 people" is.
            let qualifier = word_qualifier(&prev.lower) != Qualifier::Exact;
            let prev_is_name = prev.class == Class::Word
                && prev.text.chars().next().is_some_and(char::is_uppercase)
                && !(prev.initial && qualifier);
            if prev_is_name && prev.end + 1 >= t.start {
                return None;
            }
        }
        // A bare year is a date, not a count.
        if t.lower.len() == 4 && t.lower.starts_with(['1', '2']) && !t.lower.contains([',', '.']) {
            let next_is_noun = toks
                .get(i + 1)
                .is_some_and(|n| n.class == Class::Word && !is_unit_word(&n.lower));
            if !next_is_noun {
                return None;
            }
        }
        // Scores ("2-1") were excluded above; a number followed by "th" etc.
        // is an ordinal and compared elsewhere.
    }
    // Qualifier: up to three words before the number.
    let mut qualifier = Qualifier::Exact;
    let mut q_start = i;
    for back in 1..=3 {
        if back > i {
            break;
        }
        let phrase = toks[i - back..i]
            .iter()
            .map(|t| t.lower.as_str())
            .collect::<Vec<_>>()
            .join(" ")
            + " ";
        let (q, rest) = strip_qualifier(&phrase);
        if q != Qualifier::Exact && rest.is_empty() {
            qualifier = q;
            q_start = i - back;
        }
    }
    if toks
        .get(i.wrapping_sub(1))
        .is_some_and(|p| p.lower == "only" || p.lower == "just")
        && qualifier == Qualifier::Exact
    {
        q_start = i - 1;
    }
    let mut value = number_value(&t.lower)?;
    let mut k = i + 1;
    let scaled = toks.get(k).and_then(|n| scale_of(&n.lower));
    if let Some(s) = scaled {
        value *= s;
        k += 1;
    }
    // Ranges: "between 4.2 and 4.5", "4.2 to 4.5".
    let mut upper = None;
    if toks.get(k).is_some_and(|n| n.lower == "and" || n.lower == "to")
        && toks.get(i.wrapping_sub(1)).is_some_and(|p| p.lower == "between")
    {
        if let Some(u) = toks.get(k + 1).and_then(|n| number_value(&n.lower)) {
            upper = Some(u);
            k += 2;
            // "Between 4.2 and 4.5 billion": the scale after the second
            // number is the first's too, or the range would run from 4.2 to
            // 4.5 billion.
            let scale = toks
                .get(k)
                .and_then(|n| scale_of(&n.lower))
                .filter(|_| scaled.is_none());
            if let Some(s) = scale {
                value *= s;
                upper = Some(u * s);
                k += 1;
            }
            if q_start == i {
                q_start = i - 1;
            }
        }
    }
    // Unit or counted noun.
    let mut unit = String::new();
    let mut factor = 1.0;
    let mut measure = None;
    // "A magnitude 6.4 earthquake", "a Category 4 storm": the noun right
    // before the number is what it measures, and the noun after it is the
    // thing measured, not counted (6.4 earthquakes).
    let measured_before = i
        .checked_sub(1)
        .map(|p| &toks[p])
        .filter(|p| p.class == Class::Word && p.end + 1 >= t.start)
        .map(|p| p.noun().to_string())
        .filter(|n| MEASURE_NOUNS.contains(&n.as_str()));
    if let Some(noun) = measured_before {
        measure = Some(noun);
    } else if let Some(n) = toks.get(k) {
        if let Some((canonical, f, len)) = unit_at(toks, k) {
            unit = canonical.to_string();
            factor = f;
            k += len;
            // "72 Wh battery": the measure is the noun after the unit.
            if let Some(after) = toks.get(k).filter(|a| a.class == Class::Word) {
                if MEASURE_NOUNS.contains(&after.noun()) {
                    measure = Some(after.noun().to_string());
                }
            }
        } else if n.lower == "of" {
            // "14 of the 20 missiles": count the missiles.
            let mut j = k + 1;
            while toks
                .get(j)
                .is_some_and(|x| matches!(x.class, Class::Det | Class::Number))
            {
                j += 1;
            }
            if let Some(head) = noun_run_head(toks, j) {
                measure = Some(toks[head].noun().to_string());
                // Counted in the noun's own unit, as "five drones" is: "nine
                // of the twelve drones" meets "ten drones".
                if unit.is_empty() {
                    unit = count_unit(toks[head].noun());
                }
            }
        } else if matches!(n.class, Class::Word) {
            if let Some(head) = noun_run_head(toks, k) {
                let noun = toks[head].noun();
                unit = count_unit(noun);
                measure = Some(noun.to_string());
                k = head + 1;
            }
        }
    }
    // "$5 million", "€40,000": a currency's sign before the figure counts
    // it in that currency, as "5 million dollars" and "40,000 euros" do.
    let sign = (unit.is_empty() && measure.is_none())
        .then(|| i.checked_sub(1).map(|p| &toks[p]))
        .flatten()
        .filter(|p| p.end == t.start)
        .and_then(|p| match p.text {
            "$" => Some("dollar"),
            "€" => Some("euro"),
            "£" => Some("pound"),
            _ => None,
        });
    if let Some(currency) = sign {
        unit = currency.to_string();
        measure = Some(currency.to_string());
        if q_start == i {
            q_start = i - 1;
        }
    }
    if measure.is_none() {
        measure = measure_before(toks, i);
    }
    let scale_factor = factor;
    let mut text = join(&toks[q_start..k.min(toks.len())]);
    // The slash the tokens lost.
    if unit == "km/h" && text.contains("km h") {
        text = text.replacen("km h", "km/h", 1);
    }
    Some(Figure {
        at: q_start,
        end: k.max(i + 1),
        quantity: Quantity {
            value: value * scale_factor,
            unit,
            qualifier,
            upper: upper.map(|u| u * scale_factor),
        },
        measure,
        text,
    })
}

/// The factor of a scale word: "million" is 1e6.
fn scale_of(word: &str) -> Option<f64> {
    match word {
        "hundred" => Some(1e2),
        "thousand" => Some(1e3),
        "million" | "m" => Some(1e6),
        "billion" | "bn" => Some(1e9),
        "trillion" => Some(1e12),
        _ => None,
    }
}

/// Whether `w` names a unit ("hz", "percent", "kilometres"). The symbols
/// that are written with capitals, and so could pass for names, are all
/// of four letters or fewer ("Hz", "GB", "mAh", "kWh").
pub(crate) fn is_unit_word(w: &str) -> bool {
    UNIT_WORDS.iter().any(|(u, _, _)| *u == w)
}

const UNIT_WORDS: &[(&str, &str, f64)] = &[
    ("%", "%", 1.0),
    ("percent", "%", 1.0),
    ("per", "%", 1.0),
    ("g", "g", 1.0),
    ("gram", "g", 1.0),
    ("grams", "g", 1.0),
    ("kg", "g", 1e3),
    ("kilogram", "g", 1e3),
    ("kilograms", "g", 1e3),
    ("tonne", "g", 1e6),
    ("tonnes", "g", 1e6),
    ("tons", "g", 1e6),
    ("km", "m", 1e3),
    ("kilometre", "m", 1e3),
    ("kilometres", "m", 1e3),
    ("kilometer", "m", 1e3),
    ("kilometers", "m", 1e3),
    ("metre", "m", 1.0),
    ("metres", "m", 1.0),
    ("meter", "m", 1.0),
    ("meters", "m", 1.0),
    ("mile", "m", 1609.344),
    ("miles", "m", 1609.344),
    ("minute", "s", 60.0),
    ("minutes", "s", 60.0),
    ("hour", "s", 3600.0),
    ("hours", "s", 3600.0),
    ("day", "s", 86400.0),
    ("days", "s", 86400.0),
    ("week", "s", 604800.0),
    ("weeks", "s", 604800.0),
    ("year", "year", 1.0),
    ("years", "year", 1.0),
    ("month", "month", 1.0),
    ("months", "month", 1.0),
    ("wh", "wh", 1.0),
    ("kwh", "wh", 1e3),
    ("mah", "mah", 1.0),
    ("gb", "byte", 1e9),
    ("tb", "byte", 1e12),
    ("mb", "byte", 1e6),
    ("hz", "hz", 1.0),
    ("ghz", "hz", 1e9),
    ("mhz", "hz", 1e6),
    ("inch", "inch", 1.0),
    ("inches", "inch", 1.0),
    ("characters", "character", 1.0),
    ("character", "character", 1.0),
];

/// A unit at `k`: (canonical unit, factor, tokens used).
fn unit_at(toks: &[Tok<'_>], k: usize) -> Option<(&'static str, f64, usize)> {
    let w = toks.get(k)?.lower.as_str();
    if w == "per" {
        return (toks.get(k + 1)?.lower == "cent").then_some(("%", 1.0, 2));
    }
    // "62 km/h": the slash is not a token, so "km" with "h" one byte
    // later is a speed, in kilometres an hour (miles an hour converted).
    let per_hour = toks
        .get(k + 1)
        .is_some_and(|h| h.lower == "h" && h.start == toks[k].end + 1);
    if w == "km" && per_hour {
        return Some(("km/h", 1.0, 2));
    }
    if w == "mph" {
        return Some(("km/h", 1.609_344, 1));
    }
    UNIT_WORDS.iter().find(|(u, _, _)| *u == w).map(|(_, c, f)| (*c, *f, 1))
}

/// The head of the noun run starting at `k`: the last Word before a
/// non-word ("incoming missiles" -> "missiles"). Capitalised names are not
/// counted nouns.
fn noun_run_head(toks: &[Tok<'_>], k: usize) -> Option<usize> {
    let mut j = k;
    // A verb ends the run, "-ed" or irregular: "5.2 struck the coast" counts
    // nothing ("struck" is not a unit). So does an adverb before the verb:
    // "five sailors reportedly died" counts sailors.
    while toks.get(j).is_some_and(|t| {
        let verb = t.lower.ends_with("ed") || IRREGULAR_PAST.contains(&t.lower.as_str());
        // "11,900 operations last year": a time phrase after the noun is
        // not part of it.
        let time = j > k
            && matches!(
                t.lower.as_str(),
                "last" | "this" | "next" | "yesterday" | "today" | "tonight" | "ago" | "earlier" | "later"
            );
        let ends = verb || time || (j > k && crate::text::adverb(t));
        t.class == Class::Word && !ends || t.lower == "-"
    }) {
        j += 1;
    }
    if j == k {
        return None;
    }
    let head = j - 1;
    let t = &toks[head];
    if t.text.chars().next().is_some_and(char::is_uppercase) && head > 0 {
        return None;
    }
    Some(head)
}

/// "magnitude 6.4", "the death toll rose to 27", "stand at 26": the measure
/// named before the number in the same clause.
fn measure_before(toks: &[Tok<'_>], i: usize) -> Option<String> {
    for j in (0..i).rev() {
        let t = &toks[j];
        if matches!(t.class, Class::Comma | Class::Stop) {
            break;
        }
        if t.class != Class::Word {
            continue;
        }
        let noun = t.noun();
        if COUNT_HEADS.contains(&noun) {
            // "death toll": the modifier; "number of deaths": the complement.
            if j > 0 && toks[j - 1].class == Class::Word {
                return Some(toks[j - 1].noun().to_string());
            }
            if toks.get(j + 1).is_some_and(|n| n.lower == "of") {
                if let Some(h) = noun_run_head(toks, j + 2) {
                    return Some(toks[h].noun().to_string());
                }
            }
            return Some(noun.to_string());
        }
        if MEASURE_NOUNS.contains(&noun) {
            return Some(noun.to_string());
        }
    }
    // "Confirmed deaths stand at 26": the plural noun the figure is a level
    // of, when a verb of level stands in between.
    let level_verb = toks[..i]
        .iter()
        .rev()
        .take(3)
        .any(|t| matches!(t.verb(), "stand" | "reach" | "total" | "rise" | "climb" | "fall"));
    if level_verb {
        for t in toks[..i].iter().rev() {
            if matches!(t.class, Class::Comma | Class::Stop) {
                break;
            }
            if t.class == Class::Word && t.lower.ends_with('s') && !t.lower.ends_with("ss") && t.noun() != t.lower {
                return Some(t.noun().to_string());
            }
        }
    }
    None
}

/// Dates: "11 March", "March 11", "11 March 2024", "Tuesday, 4 February",
/// "on 2 August". Weekdays alone are not dates (they need a week).
/// A date written year first with hyphens, "2025-06-14" (ISO 8601's
/// calendar date), as one token.
fn iso_date(t: &Tok<'_>) -> Option<Date> {
    let b = t.lower.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if t.class != Class::Number || b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    if !(digits(0..4) && digits(5..7) && digits(8..10)) {
        return None;
    }
    let year = t.lower[..4].parse().ok()?;
    let month = t.lower[5..7].parse().ok().filter(|m| (1..=12).contains(m))?;
    let day = t.lower[8..10].parse().ok().filter(|d| (1..=31).contains(d))?;
    Some(Date {
        year: Some(year),
        month: Some(month),
        day: Some(day),
        weekday: None,
    })
}

/// A year alone as the time of an event: "opened in 1998", "during 2024,".
/// Only after "in" or "during", which make it a time: "since 1998" and
/// "by 2030" bound a stretch, and a four-digit figure elsewhere is more
/// often a count or a model number. Not when a word follows, which makes
/// the figure a count of it ("in 1500 homes").
pub(crate) fn year_alone(toks: &[Tok<'_>], i: usize) -> Option<i32> {
    let t = &toks[i];
    if t.class != Class::Number || t.lower.len() != 4 || i == 0 {
        return None;
    }
    if !matches!(toks[i - 1].lower.as_str(), "in" | "during") {
        return None;
    }
    if toks
        .get(i + 1)
        .is_some_and(|n| matches!(n.class, Class::Word | Class::Number))
    {
        return None;
    }
    t.lower.parse::<i32>().ok().filter(|y| (1000..=2199).contains(y))
}

pub(crate) fn dates(toks: &[Tok<'_>]) -> Vec<DateMention> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let day_num = |t: &Tok<'_>| -> Option<u8> {
            // `trim_end_matches` with a two-letter pattern, without
            // building a substring searcher for every token.
            fn trim<'w>(mut w: &'w str, suffix: &str) -> &'w str {
                while let Some(rest) = w.strip_suffix(suffix) {
                    w = rest;
                }
                w
            }
            let w = trim(trim(trim(trim(&t.lower, "st"), "nd"), "rd"), "th");
            if t.class == Class::Number && w.len() <= 2 {
                w.parse::<u8>().ok().filter(|d| (1..=31).contains(d))
            } else {
                None
            }
        };
        let year = |t: Option<&Tok<'_>>| -> Option<i32> {
            let t = t?;
            (t.class == Class::Number && t.lower.len() == 4)
                .then(|| t.lower.parse::<i32>().ok())
                .flatten()
        };
        let mut found = None;
        // Each form below tests its cheap part first (a day number, a
        // capital) and asks `month_of` only where a month could stand: this
        // loop sees every token of every clause.
        // "Tuesday, 4 February", "on Tuesday", "Wednesday's earthquake".
        if let Some(w) = weekday_of(&toks[i]) {
            let date_at = if toks.get(i + 1).is_some_and(|t| t.class == Class::Comma) {
                i + 2
            } else {
                i + 1
            };
            let rest = dates(
                toks.get(date_at..date_at + 4)
                    .unwrap_or(toks.get(date_at..).unwrap_or(&[])),
            );
            match rest.first().filter(|d| d.at == 0 && d.date.weekday.is_none()) {
                Some(d) => {
                    let mut date = d.date;
                    date.weekday = Some(w);
                    found = Some((i, date_at + d.end, date));
                }
                None => {
                    let possessive = toks[i].lower.ends_with("'s");
                    let after_on = i > 0 && toks[i - 1].lower == "on";
                    if possessive || after_on {
                        found = Some((
                            i,
                            i + 1,
                            Date {
                                weekday: Some(w),
                                ..Date::default()
                            },
                        ));
                    }
                }
            }
        } else if let Some(y) = year_alone(toks, i) {
            found = Some((
                i,
                i + 1,
                Date {
                    year: Some(y),
                    ..Date::default()
                },
            ));
        } else if let Some(date) = iso_date(&toks[i]) {
            // "2025-06-14", as reports and requirements write it.
            found = Some((i, i + 1, date));
        } else if let Some((d, m, month_at)) = day_num(&toks[i]).and_then(|d| {
            // "11 March (2024)", and "the 12th of May (2025)": an ordinal
            // day of a month is its date, not a rank.
            let of = toks[i].lower.ends_with(['h', 't', 'd']) && toks.get(i + 1).is_some_and(|t| t.lower == "of");
            let month_at = if of { i + 2 } else { i + 1 };
            Some((d, toks.get(month_at).and_then(|t| month_of(&t.lower))?, month_at))
        }) {
            let y = year(toks.get(month_at + 1));
            found = Some((
                i,
                month_at + 1 + usize::from(y.is_some()),
                Date {
                    year: y,
                    month: Some(m),
                    day: Some(d),
                    weekday: None,
                },
            ));
        } else if let Some(m) = toks[i]
            .text
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
            .then(|| month_of(&toks[i].lower))
            .flatten()
        {
            // "March 11(, 2024)" or "March 2024"; "may" the verb is lower case.
            if let Some(d) = toks.get(i + 1).and_then(day_num) {
                let (y, used) = match (toks.get(i + 2), year(toks.get(i + 3))) {
                    (Some(c), Some(y)) if c.class == Class::Comma => (Some(y), 4),
                    _ => (year(toks.get(i + 2)), 2 + usize::from(year(toks.get(i + 2)).is_some())),
                };
                found = Some((
                    i,
                    i + used,
                    Date {
                        year: y,
                        month: Some(m),
                        day: Some(d),
                        weekday: None,
                    },
                ));
            } else if let Some(y) = year(toks.get(i + 1)) {
                found = Some((
                    i,
                    i + 2,
                    Date {
                        year: Some(y),
                        month: Some(m),
                        day: None,
                        weekday: None,
                    },
                ));
            } else if i > 0 && matches!(toks[i - 1].lower.as_str(), "in" | "during" | "early" | "late" | "mid") {
                // "started in September": a month alone, after a word that
                // makes it the time of the event. "Since January" and
                // "until June" bound a stretch of time; they date nothing.
                found = Some((
                    i,
                    i + 1,
                    Date {
                        year: None,
                        month: Some(m),
                        day: None,
                        weekday: None,
                    },
                ));
            }
        }
        match found {
            Some((a, b, date)) if b <= toks.len() => {
                out.push(DateMention {
                    at: a,
                    end: b,
                    date,
                    text: join(&toks[a..b]),
                });
                i = b;
            }
            _ => i += 1,
        }
    }
    // Dates in parentheses are filing dates ("(Daily Courier, 5 March)"),
    // and the two ends of a range ("from 2 June to 20 June") are not two
    // dates of one event.
    let in_parens = |at: usize| {
        let open = toks[..at].iter().rposition(|t| t.text == "(");
        let close = toks[..at].iter().rposition(|t| t.text == ")");
        open.is_some_and(|o| close.is_none_or(|c| c < o))
    };
    let mut keep = vec![true; out.len()];
    for (k, d) in out.iter().enumerate() {
        if in_parens(d.at) {
            keep[k] = false;
        }
        if let Some(next) = out.get(k + 1) {
            let between: Vec<&str> = toks[d.end..next.at].iter().map(|t| t.lower.as_str()).collect();
            let before = d.at.checked_sub(1).map(|p| toks[p].lower.as_str());
            if matches!(between.as_slice(), ["to"] | ["and"] | ["until"] | ["through"])
                && matches!(before, Some("from" | "between"))
            {
                keep[k] = false;
                keep[k + 1] = false;
            }
        }
    }
    out.into_iter().zip(keep).filter(|(_, k)| *k).map(|(d, _)| d).collect()
}

/// Nouns that end a place name written in lower case ("Kessary district").
/// The place rule reads them too: "Hollin" and "the Hollin valley" may be
/// one place.
pub const PLACE_NOUNS: &[&str] = &[
    "district",
    "province",
    "region",
    "oblast",
    "county",
    "city",
    "town",
    "village",
    "valley",
    "hills",
    "strait",
    "river",
    "lake",
    "mountains",
    "state",
    "port",
    "square",
    "street",
    "island",
    "islands",
    "bay",
    "pass",
];

/// Places after "in" or "at": a run of capitalised words, optionally with a
/// place noun ("in Lake Ostra", "in Kessary district"). Months, weekdays and
/// sentence-initial capitals are not places.
pub(crate) fn places(toks: &[Tok<'_>]) -> Vec<PlaceMention> {
    let mut out = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        if !matches!(t.lower.as_str(), "in" | "at") {
            continue;
        }
        let mut j = i + 1;
        if toks.get(j).is_some_and(|t| t.lower == "the") {
            j += 1;
            // "in the village of Kell", "at the port of Ilvik": the name
            // after a place noun's "of" is the place.
            let place_of = toks.get(j).is_some_and(|t| PLACE_NOUNS.contains(&t.lower.as_str()))
                && toks.get(j + 1).is_some_and(|t| t.lower == "of");
            if place_of {
                j += 2;
            }
        }
        let start = j;
        while toks.get(j).is_some_and(|t| {
            t.class == Class::Word
                && t.text.chars().next().is_some_and(char::is_uppercase)
                && !t.lower.ends_with("'s")
                && month_of(&t.lower).is_none()
                && !is_weekday(&t.lower)
        }) {
            j += 1;
        }
        if j == start {
            continue;
        }
        if toks.get(j).is_some_and(|t| PLACE_NOUNS.contains(&t.lower.as_str())) {
            j += 1;
        } else if toks.get(j).is_some_and(modified_noun) {
            // "in Tamil areas", "in Chinese restaurants": the capitalised
            // words modify a common noun, and the place is not named.
            continue;
        }
        let words: Vec<String> = toks[start..j].iter().map(|t| t.lower.clone()).collect();
        out.push(PlaceMention {
            at: i,
            key: words.join(" "),
            text: join(&toks[start..j]),
        });
    }
    out
}

/// A lower-case common noun that a capitalised word before it can modify:
/// a plural noun ("camps", "waters") or a word WordNet knows only as a
/// noun ("clothing"), so not "yesterday", "last" or "killed".
fn modified_noun(t: &Tok<'_>) -> bool {
    use crate::wordnet::Pos;
    if t.class != Class::Word || !t.text.chars().next().is_some_and(char::is_lowercase) || t.lower.ends_with("ed") {
        return false;
    }
    crate::wordnet().is_some_and(|wn| {
        let lemma = t.noun();
        let pos = wn.pos_of(lemma);
        let plural = lemma != t.lower && !t.lower.ends_with("ss");
        // A plural form is a noun whatever else its lemma can be ("camps").
        pos.contains(Pos::Noun)
            && (plural || !(pos.contains(Pos::Adj) || pos.contains(Pos::Adv) || pos.contains(Pos::Verb)))
    })
}

/// The day of the week a capitalised token names ("Tuesday",
/// "Wednesday's"), 1 = Monday.
fn weekday_of(t: &Tok<'_>) -> Option<u8> {
    if t.class != Class::Word || !t.text.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let word = strip_possessive(&t.lower);
    let at = crate::model::WEEKDAYS
        .iter()
        .position(|d| d.eq_ignore_ascii_case(word))?;
    u8::try_from(at + 1).ok()
}

/// Whether a lower-case word, possessive stripped, is a month or a day
/// of the week: a date, never a name, though it is written with a capital.
pub(crate) fn is_date_word(w: &str) -> bool {
    crate::values::month_of(w).is_some() || is_weekday(w)
}

/// Whether a lower-case word names a day of the week.
pub(crate) fn is_weekday(w: &str) -> bool {
    matches!(
        w,
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
    )
}

/// The event lemmas of a clause: its main verb (unless generic) and event
/// nouns among its words ("strike", "meeting", "vote").
pub(crate) fn event_keys(toks: &[Tok<'_>], verb: Option<&str>) -> Vec<String> {
    let mut out = Vec::new();
    // A conviction and an acquittal are both the verdict ("found guilty on
    // 8 June" and "the court gave its verdict on 7 June" date one event).
    let guilty = toks.iter().any(|t| t.lower == "guilty");
    // "Goes on sale on 4 May", "went on sale in March": the launch of what
    // the subject names, not a going anywhere.
    let on_sale = toks.windows(2).any(|w| w[0].lower == "on" && w[1].lower == "sale");
    match verb {
        Some("go") if on_sale => out.push("go on sale".to_string()),
        Some("convict" | "acquit") => out.push("verdict".to_string()),
        Some("find") if guilty => out.push("verdict".to_string()),
        Some(v) if !GENERIC_VERBS.contains(&v) => out.push(v.to_string()),
        _ => {}
    }
    // "Rescuers drilled on Friday to reach miners trapped by a roof
    // collapse": an event named after a participle and "by" is what
    // befell the noun before it, at a time of its own; the clause's date
    // is its verb's. (With no verb of the clause's own, the named events
    // are all there is to date.)
    let own_verb = out.len();
    let nested_from = (own_verb > 0)
        .then(|| {
            toks.windows(3)
                .position(|w| w[0].class == Class::Word && crate::text::is_participle(&w[1]) && w[2].lower == "by")
        })
        .flatten()
        .map_or(toks.len(), |i| i + 3);
    for (i, t) in toks[..nested_from]
        .iter()
        .enumerate()
        .filter(|(_, t)| t.class == Class::Word)
    {
        // "A dividend of 2 crowns, payable on 3 May": the payment's date.
        if t.lower == "payable" && !out.iter().any(|k| k == "pay") {
            out.push("pay".to_string());
        }
        // Asked only of an event noun: the tests below look at the words
        // around it, and most words of a piece are no event.
        let noun = t.noun();
        if !morph::is_event_noun(noun) {
            continue;
        }
        // "The Fire and Rescue Service", "fire chiefs", "flood defences": a
        // word of a name, or a noun that describes the plural noun after
        // it, names no event; the fire the service was called to is dated
        // by the clause that names it.
        let in_name = t.capitalised() && (i > 0 || toks.get(1).is_some_and(Tok::capitalised));
        let describes = toks.get(i + 1).is_some_and(|n| {
            n.class == Class::Word
                && n.text.starts_with(char::is_lowercase)
                && n.lower.ends_with('s')
                && n.noun() != n.lower
        });
        // "Will hold an open meeting on 20 October": an event a verb's
        // object introduces with "a" is one more, not the one another
        // account dates. (As the subject, "an air strike killed 12 people
        // on 11 March", it is the story's event, named for the first time.)
        let mut d = i;
        while d > 0 && d + 3 > i && toks[d - 1].class == Class::Word {
            d -= 1;
        }
        let introduced = d > 0
            && matches!(toks[d - 1].lower.as_str(), "a" | "an" | "another")
            && toks[..d - 1]
                .iter()
                .any(|t| t.class == Class::Aux || crate::text::verb_like(t));
        if in_name || describes || introduced {
            continue;
        }
        let key = morph::event_verb_of(noun).unwrap_or_else(|| noun.to_string());
        if !out.contains(&key) {
            out.push(key);
        }
    }
    out
}

fn join(toks: &[Tok<'_>]) -> String {
    let mut out = String::new();
    let mut prev_end: Option<usize> = None;
    for t in toks {
        if prev_end.is_some_and(|e| e != t.start) {
            out.push(' ');
        }
        out.push_str(t.text);
        prev_end = Some(t.end);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Span;
    use crate::tokens::tokenize;

    fn toks(s: &str) -> Vec<Tok<'_>> {
        tokenize(s, Span::new(0, s.len()))
    }

    #[test]
    fn iso_dates_and_ordinal_days_of_a_month_are_dates() {
        let read = |s: &str| {
            dates(&toks(s))
                .into_iter()
                .map(|d| (d.date.year, d.date.month, d.date.day))
                .collect::<Vec<_>>()
        };
        assert_eq!(read("published on 2026-03-14"), [(Some(2026), Some(3), Some(14))]);
        assert_eq!(
            read("sailed on the 12th of June 2025"),
            [(Some(2025), Some(6), Some(12))]
        );
        // Not a calendar date: month 13, and an ordinal of something else.
        assert!(read("code 2026-13-01").is_empty());
        assert!(read("the 3rd of the heats").is_empty());
    }

    #[test]
    fn protection_codes_grade_dust_and_water() {
        let grades = |s: &str| -> Vec<(String, f64)> {
            let t = toks(s);
            figures(&t, &dates(&t))
                .into_iter()
                .filter_map(|f| Some((f.measure?, f.quantity.value)))
                .collect()
        };
        assert_eq!(
            grades("It is rated IP67."),
            vec![("dust rating".into(), 6.0), ("water rating".into(), 7.0)]
        );
        assert_eq!(grades("It is rated IPX4."), vec![("water rating".into(), 4.0)]);
        assert_eq!(grades("It is rated IP6X."), vec![("dust rating".into(), 6.0)]);
        // No dust grade above 6; not a code at all.
        assert!(grades("It is rated IP75.").is_empty());
        assert!(grades("They poured an IPA.").is_empty());
    }

    /// The values of the figures read in `s`.
    fn figure_values(s: &str) -> Vec<f64> {
        let t = toks(s);
        figures(&t, &dates(&t)).iter().map(|f| f.quantity.value).collect()
    }

    #[test]
    fn a_bare_number_after_in_is_a_setting_not_a_figure() {
        let values = figure_values;
        assert!(values("Memory use is lower in 4.3 than in 4.1.").is_empty());
        // A count after "in", a unit, or a figure after another word stay.
        assert_eq!(values("Mould was found in 1500 homes."), vec![1500.0]);
        assert_eq!(values("The ferry crossed in 2 hours."), vec![7200.0]);
        assert_eq!(values("Memory use is lower than 4.1."), vec![4.1]);
    }

    #[test]
    fn a_time_counted_from_another_moment_is_no_figure() {
        let values = figure_values;
        assert!(values("The crew saw the ship 10 minutes later.").is_empty());
        assert!(values("The vote came 3 days after the debate.").is_empty());
        // A term after "for" is the figure itself.
        assert_eq!(values("He was jailed for 4 years after the trial.").len(), 1);
    }

    #[test]
    fn a_time_within_a_period_is_no_change() {
        assert!(!unsettled(
            &toks("The ferry was impounded earlier in the month."),
            false
        ));
        assert!(!unsettled(&toks("The plant reopened later this year."), false));
        // A figure given before is still one.
        assert!(unsettled(&toks("The earlier figure of 12 deaths was wrong."), false));
    }

    #[test]
    fn spans_after_which_a_thing_ends_are_its_lifetime() {
        // (measure, what lives that long) for each duration of the sentence.
        let lifetimes = |s: &str| -> Vec<(&'static str, String)> {
            let t = toks(s);
            figures(&t, &dates(&t))
                .iter()
                .filter_map(|f| lifetime_at(&t, f.at, f.end, &f.quantity, f.measure.is_some()))
                .map(|(m, lived)| {
                    let at = match lived {
                        Lived::Object(o) => Some(o),
                        Lived::Subject(guess) => guess,
                    };
                    (m, at.map_or_else(String::new, |o| t[o].noun().to_string()))
                })
                .collect()
        };
        assert_eq!(
            lifetimes("The kiosk logs out a visitor's account after 5 minutes of inactivity."),
            [("idle timeout", "account".to_string())]
        );
        assert_eq!(
            lifetimes("Idle tokens expire after 10 minutes."),
            [("idle timeout", "token".to_string())]
        );
        assert_eq!(
            lifetimes("The voucher remains valid for 30 days."),
            [("lifetime", "voucher".to_string())]
        );
        // Opening hours, a walk, a particle-less "log": no lifetime.
        assert!(lifetimes("The shop stays open for 12 hours.").is_empty());
        assert!(lifetimes("The patrol walked for 20 minutes.").is_empty());
        assert!(lifetimes("Guests log every visit after 5 minutes.").is_empty());
        // Nothing before the figure but punctuation.
        assert!(lifetimes(", 15 minutes").is_empty());
    }

    #[test]
    fn figures_with_counted_nouns_qualifiers_and_units() {
        let t =
            toks("An air strike killed 12 people and at least 3 trucks burned; about 1,500 people fled 15 kilometres.");
        let f = figures(&t, &dates(&t));
        let got: Vec<(f64, Qualifier, String, Option<String>)> = f
            .iter()
            .map(|f| {
                (
                    f.quantity.value,
                    f.quantity.qualifier,
                    f.quantity.unit.clone(),
                    f.measure.clone(),
                )
            })
            .collect();
        assert_eq!(
            got,
            vec![
                (12.0, Qualifier::Exact, "people".into(), Some("people".into())),
                (3.0, Qualifier::AtLeast, "truck".into(), Some("truck".into())),
                (1500.0, Qualifier::About, "people".into(), Some("people".into())),
                (15000.0, Qualifier::Exact, "m".into(), None),
            ]
        );
    }

    #[test]
    fn of_the_counts_the_complement_and_toll_counts_its_modifier() {
        let t = toks("Gunners shot down 9 of the 15 approaching drones.");
        let f = figures(&t, &[]);
        assert_eq!(f[0].measure.as_deref(), Some("drone"));
        let t = toks("The death toll rose to 27 on Thursday.");
        let f = figures(&t, &dates(&t));
        assert_eq!((f[0].quantity.value, f[0].measure.as_deref()), (27.0, Some("death")));
    }

    #[test]
    fn identifiers_years_and_dates_are_not_figures() {
        let t = toks("It has one HDMI 2.1 port, shipped in 2021 and on 3 May.");
        let d = dates(&t);
        let f = figures(&t, &d);
        let values: Vec<f64> = f.iter().map(|f| f.quantity.value).collect();
        assert_eq!(values, Vec::<f64>::new(), "{f:?}");
        // "In 2021" is a date of its own now, as "on 3 May" is.
        assert_eq!(d.len(), 2);
    }

    #[test]
    fn overlapping_figures_do_not_panic() {
        // A qualifier ("up to") that starts inside the previous figure's
        // range once made the merge step slice backwards.
        for s in [
            "He saw 2 trucks nearly 30 times.",
            "It lasted 3 hours up to 4 hours.",
            "Between 2 and up to 5 more than 6 at least 7 hours and 20 minutes.",
            "Four cooks stand by the stove and one cook holds a pan",
        ] {
            let t = toks(s);
            let _ = figures(&t, &dates(&t));
        }
    }

    #[test]
    fn dates_in_common_forms() {
        let t = toks("It struck on Wednesday, 5 February 2025, not on March 3, 2024 or in June 2023.");
        let d: Vec<String> = dates(&t).iter().map(|d| d.date.to_string()).collect();
        assert_eq!(d, vec!["2025-02-05 Wednesday", "2024-03-03", "2023-06"]);
    }

    #[test]
    fn a_month_alone_dates_after_in_but_not_after_since() {
        let t = toks("Work began in September and has run since January, until May.");
        let d: Vec<String> = dates(&t).iter().map(|d| d.date.to_string()).collect();
        assert_eq!(d, vec!["--09"]);
    }

    #[test]
    fn a_year_alone_dates_after_in_but_not_before_a_noun() {
        let t = toks("The mill opened in 1998, traded since 2001 and powered homes in 1500 streets by 2030.");
        let d: Vec<String> = dates(&t).iter().map(|d| d.date.to_string()).collect();
        assert_eq!(d, vec!["1998"]);
    }

    #[test]
    fn places_after_in_and_at() {
        let t = toks("The lease was signed at a dinner in Port Vell and filed in Marrow county on Monday.");
        let p: Vec<String> = places(&t).into_iter().map(|p| p.key).collect();
        assert_eq!(p, vec!["port vell", "marrow county"]);
    }
}
