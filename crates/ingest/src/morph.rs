//! Word forms: the base form of nouns and verbs, and which nouns name events.
//!
//! Two reports meet only if their words meet: "struck" must meet "strike",
//! "deaths" must meet "death", "the quake" must meet "the earthquake". This
//! module is the one place that decides base forms, so every reader and rule
//! agrees on them.

use crate::tokens::strip_possessive;
use crate::wordnet::Pos;
use std::rc::Rc;

/// Irregular noun plurals that suffix rules get wrong.
const IRREGULAR_NOUNS: &[(&str, &str)] = &[
    ("men", "man"),
    ("women", "woman"),
    ("children", "child"),
    ("people", "people"),
    ("mice", "mouse"),
    ("feet", "foot"),
    ("teeth", "tooth"),
    ("geese", "goose"),
    ("data", "data"),
    ("media", "media"),
    ("criteria", "criterion"),
    ("analyses", "analysis"),
    ("crises", "crisis"),
    ("series", "series"),
    ("species", "species"),
    ("news", "news"),
    ("sales", "sales"),
    ("talks", "talks"),
    ("arms", "arms"),
    ("forces", "force"),
    ("troops", "troop"),
    ("casualties", "casualty"),
    ("deaths", "death"),
    ("lives", "life"),
    ("wives", "wife"),
    ("knives", "knife"),
    ("leaves", "leaf"),
    ("thieves", "thief"),
];

/// Irregular verb forms.
const IRREGULAR_VERBS: &[(&str, &str)] = &[
    ("was", "be"),
    ("were", "be"),
    ("is", "be"),
    ("are", "be"),
    ("been", "be"),
    ("has", "have"),
    ("had", "have"),
    ("did", "do"),
    ("does", "do"),
    ("done", "do"),
    ("struck", "strike"),
    ("stricken", "strike"),
    ("hit", "hit"),
    ("said", "say"),
    ("told", "tell"),
    ("took", "take"),
    ("taken", "take"),
    ("made", "make"),
    ("gave", "give"),
    ("given", "give"),
    ("saw", "see"),
    ("seen", "see"),
    ("came", "come"),
    ("went", "go"),
    ("gone", "go"),
    ("began", "begin"),
    ("begun", "begin"),
    ("brought", "bring"),
    ("held", "hold"),
    ("kept", "keep"),
    ("left", "leave"),
    ("led", "lead"),
    ("met", "meet"),
    ("sent", "send"),
    ("shot", "shoot"),
    ("won", "win"),
    ("lost", "lose"),
    ("fell", "fall"),
    ("fallen", "fall"),
    ("rose", "rise"),
    ("risen", "rise"),
    ("found", "find"),
    ("fought", "fight"),
    ("put", "put"),
    ("ran", "run"),
    ("sold", "sell"),
    ("spent", "spend"),
    ("stood", "stand"),
    ("thought", "think"),
    ("wrote", "write"),
    ("written", "write"),
    ("broke", "break"),
    ("broken", "break"),
    ("built", "build"),
    ("caught", "catch"),
    ("chose", "choose"),
    ("drove", "drive"),
    ("driven", "drive"),
    ("flew", "fly"),
    ("flown", "fly"),
    ("fled", "flee"),
    ("got", "get"),
    ("grew", "grow"),
    ("grown", "grow"),
    ("heard", "hear"),
    ("knew", "know"),
    ("known", "know"),
    ("paid", "pay"),
    ("sank", "sink"),
    ("sunk", "sink"),
    ("sought", "seek"),
    ("spoke", "speak"),
    ("spoken", "speak"),
    ("stole", "steal"),
    ("threw", "throw"),
    ("thrown", "throw"),
    ("withdrew", "withdraw"),
    ("withdrawn", "withdraw"),
    ("beat", "beat"),
    ("beaten", "beat"),
    ("bought", "buy"),
    ("drew", "draw"),
    ("felt", "feel"),
    ("froze", "freeze"),
    ("laid", "lay"),
    ("lay", "lie"),
    ("meant", "mean"),
    ("shut", "shut"),
    ("set", "set"),
    ("cut", "cut"),
    ("let", "let"),
    ("dealt", "deal"),
    ("overran", "overrun"),
    ("undertook", "undertake"),
    ("shrank", "shrink"),
    ("swore", "swear"),
    ("taught", "teach"),
    ("understood", "understand"),
    ("woke", "wake"),
    ("wore", "wear"),
    ("won't", "will"),
];

/// The singular base form of a noun, lowercased. WordNet's morphology
/// decides where it knows the word; suffix rules cover the rest (names,
/// new words). Remembered per thread.
pub fn noun(word: &str) -> String {
    noun_shared(word).to_string()
}

/// [`noun`] as the memo holds it, shared rather than copied: a token keeps
/// its base forms (`Tok::noun`), and a copy per token was an allocation.
pub(crate) fn noun_shared(word: &str) -> Rc<str> {
    remembered(&NOUNS, MEMO_LIMIT, word, |w| find_noun(w).into())
}

fn find_noun(word: &str) -> String {
    let w = word.to_lowercase().replace('’', "'");
    let w = strip_possessive(&w).to_string();
    if let Some((_, base)) = IRREGULAR_NOUNS.iter().find(|(f, _)| *f == w) {
        return (*base).to_string();
    }
    if let Some(base) = crate::wordnet().and_then(|wn| wn.lemma(&w, Pos::Noun)) {
        return base.to_string();
    }
    if w.len() <= 3 || w.ends_with("ss") || w.ends_with("us") || w.ends_with("is") {
        return w;
    }
    if let Some(stem) = w.strip_suffix("ies") {
        return format!("{stem}y");
    }
    for suffix in ["ches", "shes", "xes", "sses", "zes"] {
        if w.ends_with(suffix) {
            return w[..w.len() - 2].to_string();
        }
    }
    match w.strip_suffix('s') {
        Some(stem) => stem.to_string(),
        None => w,
    }
}

/// The base form of a verb, lowercased ("struck" -> "strike",
/// "confirmed" -> "confirm", "stopped" -> "stop", "closed" -> "close").
/// Remembered per thread.
pub fn verb(word: &str) -> String {
    verb_shared(word).to_string()
}

/// [`verb`] as the memo holds it, shared rather than copied (see
/// [`noun_shared`]).
pub(crate) fn verb_shared(word: &str) -> Rc<str> {
    remembered(&VERBS, MEMO_LIMIT, word, |w| find_verb(w).into())
}

/// Most words one thread remembers the base form of, per part of speech;
/// past this it starts over, so memory stays bounded on any input.
const MEMO_LIMIT: usize = 1 << 16;

/// A per-thread memo of answers that depend on a word alone.
pub(crate) type Memo<V> = std::cell::RefCell<std::collections::HashMap<MemoKey, V, crate::wordnet::KeyHash>>;

thread_local! {
    static NOUNS: Memo<Rc<str>> = Memo::default();
    static VERBS: Memo<Rc<str>> = Memo::default();
}

/// Longest word a [`MemoKey`] holds in place.
const INLINE_KEY: usize = 23;

/// The word a memo entry answers for, held in the table's own slot when it
/// is short (nearly every word is), on the heap otherwise.
///
/// The reader asks the memos about nearly every token, and the tables hold
/// every word read so far, far more than the processor's caches: with the
/// word on the heap each hit first loaded the slot and then, to compare the
/// words, a second line from elsewhere. Held in place, the slot the hash
/// leads to is all the compare reads. Hashed and compared as the word's
/// bytes (the map is looked up with `&[u8]`), so both forms meet.
#[derive(Clone, Debug)]
pub(crate) enum MemoKey {
    Inline { len: u8, bytes: [u8; INLINE_KEY] },
    Heap(Box<[u8]>),
}

impl MemoKey {
    fn new(word: &str) -> MemoKey {
        let word = word.as_bytes();
        match u8::try_from(word.len()) {
            Ok(len) if word.len() <= INLINE_KEY => {
                let mut bytes = [0; INLINE_KEY];
                bytes[..word.len()].copy_from_slice(word);
                MemoKey::Inline { len, bytes }
            }
            _ => MemoKey::Heap(word.into()),
        }
    }

    fn as_bytes(&self) -> &[u8] {
        match self {
            MemoKey::Inline { len, bytes } => &bytes[..usize::from(*len)],
            MemoKey::Heap(word) => word,
        }
    }
}

impl std::borrow::Borrow<[u8]> for MemoKey {
    fn borrow(&self) -> &[u8] {
        self.as_bytes()
    }
}

impl PartialEq for MemoKey {
    fn eq(&self, other: &MemoKey) -> bool {
        self.as_bytes() == other.as_bytes()
    }
}

impl Eq for MemoKey {}

impl std::hash::Hash for MemoKey {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_bytes().hash(state);
    }
}

/// `find(word)`, remembered in `memo`, which starts over past `limit`
/// words so memory stays bounded on any input. Only for pure functions of
/// the word: base forms (the WordNet table is the embedded one and never
/// changes) and lemma candidates, which a reader asks for the same few
/// thousand words again and again, each answer costing several table
/// lookups and allocations.
pub(crate) fn remembered<V: Clone>(
    memo: &'static std::thread::LocalKey<Memo<V>>,
    limit: usize,
    word: &str,
    find: impl FnOnce(&str) -> V,
) -> V {
    if let Some(found) = memo.with(|m| m.borrow().get(word.as_bytes()).cloned()) {
        return found;
    }
    let found = find(word);
    memo.with(|m| {
        let mut m = m.borrow_mut();
        if m.len() >= limit {
            m.clear();
        }
        m.insert(MemoKey::new(word), found.clone());
    });
    found
}

fn find_verb(word: &str) -> String {
    let w = word.to_lowercase().replace('’', "'");
    if let Some((_, base)) = IRREGULAR_VERBS.iter().find(|(f, _)| *f == w) {
        return (*base).to_string();
    }
    if let Some(base) = crate::wordnet().and_then(|wn| wn.lemma(&w, Pos::Verb)) {
        return base.to_string();
    }
    if w.len() <= 3 {
        return w;
    }
    if let Some(stem) = w.strip_suffix("ied") {
        return format!("{stem}y");
    }
    if let Some(stem) = w.strip_suffix("ies") {
        return format!("{stem}y");
    }
    if let Some(stem) = w.strip_suffix("ed").or_else(|| w.strip_suffix("ing")) {
        return restore_stem(stem);
    }
    if w.ends_with("ss") {
        return w;
    }
    for suffix in ["ches", "shes", "xes", "sses", "zes", "oes"] {
        if w.ends_with(suffix) {
            return w[..w.len() - 2].to_string();
        }
    }
    match w.strip_suffix('s') {
        Some(stem) => stem.to_string(),
        None => w,
    }
}

/// Undoes the spelling changes of "-ed"/"-ing": a doubled final consonant
/// ("stopp" -> "stop") and a dropped silent "e" ("clos" -> "close").
fn restore_stem(stem: &str) -> String {
    let b = stem.as_bytes();
    let n = b.len();
    if n >= 3
        && crate::text::doubled_last_letter(stem)
        && !matches!(b[n - 1], b'l' | b's' | b'z' | b'f')
        && !is_vowel(b[n - 1])
    {
        return stem[..n - 1].to_string();
    }
    // consonant-vowel-consonant endings that usually drop an "e":
    // "clos", "us", "captur", "releas", "approv", "reduc", "declin".
    let e_endings = [
        "as", "us", "os", "is", "ur", "ov", "uc", "ac", "ic", "in", "at", "it", "iv", "ag", "ang", "ar", "iz", "ys",
        "ut", "ud", "id", "ad", "od", "uir", "ir", "av", "ev", "ir", "rg", "rs", "ns", "rc", "lv", "dg", "ng",
    ];
    let keep = [
        "visit",
        "edit",
        "limit",
        "exhibit",
        "credit",
        "benefit",
        "profit",
        "vomit",
        "audit",
        "claim",
        "attack",
        "retain",
        "remain",
        "maintain",
        "contain",
        "obtain",
        "explain",
        "gain",
        "train",
        "rain",
        "join",
        "ruin",
        "begin",
        "sing",
        "bring",
        "bang",
        "hang",
        "clang",
        "wing",
        "ring",
        "swing",
        "string",
        "cling",
        "sting",
        "ban",
        "appear",
        "clear",
        "fear",
        "hear",
        "near",
        "wear",
        "tear",
        "bear",
        "swear",
        "gather",
        "shar",
        "star",
        "scar",
        "war",
        "bar",
        "stop",
        "shop",
        "boost",
        "heat",
        "seat",
        "treat",
        "beat",
        "defeat",
        "repeat",
        "eat",
        "cheat",
        "float",
        "boat",
        "goat",
        "coat",
        "toast",
        "roast",
        "boast",
        "wait",
        "bait",
        "await",
        "exit",
        "resid",
        "avoid",
        "void",
        "deposit",
        "posit",
        "inhabit",
        "inherit",
        "merit",
        "spirit",
        "sit",
        "fit",
        "hit",
        "kit",
        "knit",
        "quit",
        "split",
        "spit",
        "submit",
        "admit",
        "commit",
        "emit",
        "omit",
        "permit",
        "transmit",
        "remit",
        "fold",
        "hold",
        "mold",
        "scold",
        "weld",
        "yield",
        "shield",
        "field",
        "build",
        "guild",
        "end",
        "send",
        "lend",
        "mend",
        "bend",
        "tend",
        "spend",
        "blend",
        "defend",
        "depend",
        "extend",
        "intend",
        "pretend",
        "attend",
        "suspend",
        "recommend",
        "pass",
        "focus",
        "bias",
    ];
    if keep.contains(&stem) {
        return stem.to_string();
    }
    if e_endings.iter().any(|e| stem.ends_with(e))
        && !stem.ends_with("ain")
        && !stem.ends_with("ear")
        && !stem.ends_with("oin")
    {
        return format!("{stem}e");
    }
    stem.to_string()
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// Nouns that name an event: a date or place in the same clause is the
/// event's date or place.
const EVENT_NOUNS: &[(&str, &str)] = &[
    ("strike", "strike"),
    ("airstrike", "strike"),
    ("attack", "attack"),
    ("raid", "raid"),
    ("bombing", "bomb"),
    ("shelling", "shell"),
    ("shooting", "shoot"),
    ("explosion", "explode"),
    ("blast", "explode"),
    ("earthquake", "earthquake"),
    ("quake", "earthquake"),
    ("tremor", "earthquake"),
    ("outbreak", "outbreak"),
    ("meeting", "meet"),
    ("summit", "summit"),
    ("vote", "vote"),
    ("election", "election"),
    ("referendum", "referendum"),
    ("signing", "sign"),
    ("ceremony", "ceremony"),
    ("verdict", "verdict"),
    ("ruling", "rule"),
    ("sentencing", "sentence"),
    ("trial", "trial"),
    ("hearing", "hearing"),
    ("match", "match"),
    ("launch", "launch"),
    ("release", "release"),
    ("seizure", "seize"),
    ("capture", "capture"),
    ("arrest", "arrest"),
    ("offensive", "offensive"),
    ("evacuation", "evacuate"),
    ("infiltration", "infiltrate"),
    ("incursion", "incursion"),
    ("crash", "crash"),
    ("collision", "collide"),
    ("fire", "fire"),
    ("flood", "flood"),
    ("landslide", "landslide"),
    ("storm", "storm"),
    ("protest", "protest"),
    ("visit", "visit"),
    ("battle", "battle"),
    ("assault", "assault"),
    ("ambush", "ambush"),
    ("invasion", "invade"),
    ("handover", "handover"),
    ("announcement", "announce"),
    ("publication", "publish"),
    // Acts that are dated as events in reports and records ("the last
    // inspection took place in December", "the robbery on Friday").
    ("inspection", "inspect"),
    ("derailment", "derail"),
    ("robbery", "rob"),
    ("kidnapping", "kidnap"),
    ("abduction", "abduct"),
    ("assassination", "assassinate"),
    ("eruption", "erupt"),
    ("collapse", "collapse"),
    ("sinking", "sink"),
    ("resignation", "resign"),
    ("inauguration", "inaugurate"),
    ("merger", "merge"),
];

/// Whether a (base-form) noun names an event.
pub fn is_event_noun(noun: &str) -> bool {
    event_keys().contains_key(noun)
}

/// The event key of an event noun ("quake" -> "earthquake", "signing" ->
/// "sign"), shared with the verb where there is one.
pub fn event_verb_of(noun: &str) -> Option<String> {
    event_keys().get(noun).map(|v| (*v).to_string())
}

/// [`EVENT_NOUNS`] as a map (the first entry of a noun wins, as a search
/// of the list would find it): both questions are asked of every word of
/// every clause, and the list has seventy nouns.
fn event_keys() -> &'static std::collections::HashMap<&'static str, &'static str, crate::wordnet::KeyHash> {
    static KEYS: std::sync::OnceLock<std::collections::HashMap<&'static str, &'static str, crate::wordnet::KeyHash>> =
        std::sync::OnceLock::new();
    KEYS.get_or_init(|| {
        let mut keys = std::collections::HashMap::default();
        for &(noun, key) in EVENT_NOUNS {
            keys.entry(noun).or_insert(key);
        }
        keys
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nouns() {
        for (w, base) in [
            ("troops", "troop"),
            ("casualties", "casualty"),
            ("missiles", "missile"),
            ("boxes", "box"),
            ("people", "people"),
            ("crisis", "crisis"),
            ("bus", "bus"),
            ("Kadyrov's", "kadyrov"),
        ] {
            assert_eq!(noun(w), base, "{w}");
        }
    }

    #[test]
    fn verbs() {
        for (w, base) in [
            ("struck", "strike"),
            ("confirmed", "confirm"),
            ("stopped", "stop"),
            ("closed", "close"),
            ("approved", "approve"),
            ("rejected", "reject"),
            ("released", "release"),
            ("carried", "carry"),
            ("killed", "kill"),
            ("rises", "rise"),
            ("falls", "fall"),
            ("intercepted", "intercept"),
            ("signed", "sign"),
            ("visited", "visit"),
            ("dying", "die"),
            ("lying", "lie"),
        ] {
            assert_eq!(verb(w), base, "{w}");
        }
    }
}
