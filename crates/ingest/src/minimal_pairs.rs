//! Minimal pairs: two sentences that are word for word the same but for one
//! phrase ("… beside the orange barrier" / "… beside the purple barrier").
//!
//! The clause reader turns a sentence into claims about its subject, and
//! blocks claims by that subject; a phrase deep inside a noun phrase ("the
//! *orange* barrier", "a glass of *sherry*") is a modifier, and two
//! documents that mention "the orange barrier" and "the purple barrier"
//! are, for the reader, talking about two barriers. That is right for a set of documents: nothing
//! says they describe one scene.
//!
//! `antinomy pairs` is different. Its input is NLI-style: the premise and
//! the hypothesis are, by the task's own definition, about one situation.
//! There, a sentence repeated with one phrase swapped says two things about
//! the same slot of the same scene, and whether they conflict depends only
//! on the two phrases: "orange"/"purple" (disjoint colours), "two"/"seven"
//! (different counts), "empty"/"full" (antonyms), "ballroom"/"nursery"
//! (two kinds of room). This module finds such pairs and turns each side
//! into a claim whose subject is the shared *frame* (the sentence with the
//! phrase cut out) and whose value is the phrase, so the decision is made by
//! a rule (`substitution` in antinomy-reason) over the claim graph like every
//! other decision, with the frame quoted in its explanation.
//!
//! What is deliberately not a minimal pair:
//! - a frame that carries a negator ("the porter is *not* carrying a … "): "not
//!   X" and "not Y" are compatible, and "not X" vs "Y" is the reader's job;
//! - a frame shorter than three words, or one that shares less than half of
//!   the longer sentence: the rest of the sentences must be the same, or the
//!   swap is not the only difference;
//! - a phrase of more than four words, or one side empty (an insertion such
//!   as "a *tall* man" vs "a man" narrows, it does not contradict);
//! - a swap of the subject's head noun ("a *man* is sweeping" / "a *woman*
//!   is sweeping"): two nouns name two referents. A swap of a word that
//!   describes the head ("a *white* dog" / "a *brown* dog") is a minimal
//!   pair: the head keeps the referent, as the object's head does.

use crate::lexicon::{Lexicon, TermKind};
use crate::model::{line_of, Claim, ClaimId, DocId, Entity, Modality, Polarity, Source, Span, Value};
use crate::sentences::sentences;
use crate::tokens::{lowercase, scan};

/// The predicate of a minimal-pair claim: the value is the phrase that fills
/// the frame's slot.
pub const VARIANT_PREDICATE: &str = "variant";

/// The prefix of a frame's entity key, so a frame never meets an ordinary
/// subject.
pub const FRAME_KEY_PREFIX: &str = "frame:";

/// Longest swapped phrase, in words.
const MAX_PHRASE: usize = 4;

/// Fewest words the two sentences must share around the phrase.
const MIN_FRAME: usize = 3;

/// A word of a sentence: its lower-case form and where it is.
#[derive(Clone, Debug)]
struct Word {
    lower: String,
    span: Span,
}

/// The words and numbers of `text[span]` as the prose reader tokenizes
/// them (lower-cased, "dark-haired", "don't", "2.5" and "U.S." whole),
/// without punctuation: a swap never hinges on a comma.
fn words(text: &str, span: Span) -> Vec<Word> {
    let s = &text[span.start()..span.end()];
    scan(s)
        .filter(|piece| piece.mark.is_none())
        .map(|piece| Word {
            span: Span::new(span.start() + piece.start, span.start() + piece.end),
            lower: lowercase(&s[piece.start..piece.end]),
        })
        .collect()
}

/// How many words [`words`] finds in `text[span]`, without building them,
/// counted up to `cap`.
fn word_count(text: &str, span: Span, cap: usize) -> usize {
    scan(&text[span.start()..span.end()])
        .filter(|piece| piece.mark.is_none())
        .take(cap)
        .count()
}

/// Whether two sentences of these word counts can [`align`]: each side's
/// phrase is one to [`MAX_PHRASE`] words and the rest is the same length
/// (a word swapped everywhere keeps the lengths equal), so the counts
/// differ by less than `MAX_PHRASE`. Most premises and hypotheses of NLI
/// sets are far apart in length, and their words are then never built.
fn may_align(a: usize, b: usize) -> bool {
    a.abs_diff(b) < MAX_PHRASE
}

/// Articles a swap may carry along ("a red" / "an orange"): they belong to
/// the frame, not to the phrase.
fn is_article(word: &str) -> bool {
    matches!(word, "a" | "an" | "the")
}

/// One side of an aligned pair: the phrase's word range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Slot {
    start: usize,
    end: usize,
    /// The slot's one word is swapped wherever it occurs.
    everywhere: bool,
}

/// Aligns two sentences: the word range of `a` and of `b` that differ, when
/// everything else is the same. A phrase repeated through the sentence
/// ("a black vest and a black hat" / "a green vest and a green hat") counts
/// as one swap at its first place.
fn align(a: &[Word], b: &[Word]) -> Option<(Slot, Slot)> {
    let same = |x: &Word, y: &Word| x.lower == y.lower;
    let prefix = a.iter().zip(b).take_while(|(x, y)| same(x, y)).count();
    if prefix == a.len() && prefix == b.len() {
        return None;
    }
    let max_suffix = a.len().min(b.len()) - prefix;
    let suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take(max_suffix)
        .take_while(|(x, y)| same(x, y))
        .count();
    let (mut sa, mut sb) = (
        Slot {
            start: prefix,
            end: a.len() - suffix,
            everywhere: false,
        },
        Slot {
            start: prefix,
            end: b.len() - suffix,
            everywhere: false,
        },
    );
    if sa.end - sa.start > MAX_PHRASE || sb.end - sb.start > MAX_PHRASE {
        // One word swapped everywhere it occurs.
        let (x, y) = (&a.get(prefix)?.lower, &b.get(prefix)?.lower);
        let swapped: Vec<&str> = a
            .iter()
            .map(|w| if &w.lower == x { y.as_str() } else { w.lower.as_str() })
            .collect();
        if a.len() != b.len() || swapped.iter().zip(b).any(|(s, w)| *s != w.lower) {
            return None;
        }
        sa = Slot {
            start: prefix,
            end: prefix + 1,
            everywhere: true,
        };
        sb = sa;
    }
    // Articles at the front of both phrases go to the frame.
    while sa.end - sa.start > 1
        && sb.end - sb.start > 1
        && is_article(&a[sa.start].lower)
        && is_article(&b[sb.start].lower)
    {
        sa.start += 1;
        sb.start += 1;
    }
    if sa.start == sa.end || sb.start == sb.end {
        return None;
    }
    let frame = a.len() - (sa.end - sa.start);
    let longer = a.len().max(b.len());
    (frame >= MIN_FRAME && 2 * frame >= longer).then_some((sa, sb))
}

/// Whether any word of `words` is a lexicon negator ("not", "never", "no").
fn negated(words: &[Word], lexicon: &Lexicon) -> bool {
    let lower: Vec<&str> = words.iter().map(|w| w.lower.as_str()).collect();
    (0..lower.len()).any(|i| {
        lexicon
            .matches_at(&lower, i)
            .iter()
            .any(|(_, kind)| matches!(kind, TermKind::Negator))
            || lower[i].ends_with("n't")
    })
}

/// The frame of an aligned sentence: its words with the slot as "…", the
/// text a reviewer reads and the key claims are blocked by.
/// A word swapped throughout the sentence ([`align`]) is cut out
/// wherever it occurs.
fn frame_of(words: &[Word], slot: Slot) -> String {
    let single = slot.everywhere.then(|| words[slot.start].lower.as_str());
    let mut parts: Vec<&str> = Vec::with_capacity(words.len());
    for (i, w) in words.iter().enumerate() {
        if i == slot.start || (single == Some(w.lower.as_str()) && i > slot.start) {
            parts.push("\u{2026}");
        } else if i < slot.start || i >= slot.end {
            parts.push(&w.lower);
        }
    }
    parts.join(" ")
}

/// The claims of every minimal pair between document `a` (text `text_a`)
/// and document `b`: for each pair of sentences that differ in one phrase,
/// one claim per side, the side's phrase as the value of the shared frame.
/// Claim ids are placeholders; the graph numbers claims as they join it.
///
/// Every sentence of `a` is aligned with every sentence of `b`, which is
/// fine for the short texts of `antinomy pairs` and the reason this is not
/// run over a whole archive.
pub fn variant_claims(
    (doc_a, name_a, text_a): (DocId, &str, &str),
    (doc_b, name_b, text_b): (DocId, &str, &str),
    lexicon: &Lexicon,
) -> Vec<Claim> {
    // Each sentence with its word count; its words are built only when a
    // sentence of the other text has a count it may align with. The
    // shorter text's sentences are counted in full, the other's only up to
    // MAX_PHRASE words past the longest of them: a longer sentence aligns
    // with none of them, and `may_align` says so of the capped count too.
    let counted = |text: &str, cap: usize| -> Vec<(Span, usize)> {
        sentences(text)
            .into_iter()
            .map(|span| (span, word_count(text, span, cap)))
            .collect()
    };
    let capped = |exact: &[(Span, usize)]| exact.iter().map(|&(_, n)| n).max().unwrap_or(0) + MAX_PHRASE;
    let (counts_a, counts_b) = if text_a.len() <= text_b.len() {
        let a = counted(text_a, usize::MAX);
        let b = counted(text_b, capped(&a));
        (a, b)
    } else {
        let b = counted(text_b, usize::MAX);
        let a = counted(text_a, capped(&b));
        (a, b)
    };
    let read = |text: &str, counts: &[(Span, usize)], other: &[(Span, usize)]| -> Vec<(Span, Vec<Word>)> {
        counts
            .iter()
            .map(|&(span, n)| {
                let wanted = other.iter().any(|&(_, m)| may_align(n, m));
                (span, if wanted { words(text, span) } else { Vec::new() })
            })
            .collect()
    };
    let (left, right) = (read(text_a, &counts_a, &counts_b), read(text_b, &counts_b, &counts_a));
    let mut out = Vec::new();
    for ((span_a, wa), &(_, na)) in left.iter().zip(&counts_a) {
        for ((span_b, wb), &(_, nb)) in right.iter().zip(&counts_b) {
            if !may_align(na, nb) {
                continue;
            }
            let Some((mut sa, mut sb)) = align(wa, wb) else {
                continue;
            };
            // "the fire station" / "the police station": the shared
            // "station" belongs to both phrases when each makes a compound
            // noun with it, so the rule weighs two kinds of station, not
            // "fire" and "police".
            if !sa.everywhere && sa.end < wa.len() && sb.end < wb.len() && sa.end - sa.start < MAX_PHRASE {
                let compound = |w: &[Word], s: Slot| {
                    let joined: Vec<&str> = w[s.start..=s.end].iter().map(|w| w.lower.as_str()).collect();
                    let joined = joined.join(" ");
                    // "an old man" / "a young man": kinds of person are
                    // never weighed as kinds, so the words are compared.
                    crate::wordnet()
                        .is_some_and(|wn| wn.is_word(&joined, crate::wordnet::Pos::Noun) && !wn.is_a(&joined, "person"))
                };
                // A word the lexicon classes ("a white man" / "a black
                // man": colours) is compared as it is.
                let concept = |w: &[Word], s: Slot| {
                    let lower: Vec<&str> = w[s.start..s.end].iter().map(|w| w.lower.as_str()).collect();
                    lexicon.concept_of_phrase(&lower).is_some()
                };
                if !concept(wa, sa) && !concept(wb, sb) && compound(wa, sa) && compound(wb, sb) {
                    sa.end += 1;
                    sb.end += 1;
                }
            }
            // A swap of the subject's head ("a man is sweeping the yard" /
            // "a woman is sweeping the yard") names two referents, each
            // doing the same thing: nothing is said twice about one thing.
            // A swap of a word that describes the head ("a Danish sailor" /
            // "a Chilean sailor", "a grey dog" / "a black dog") keeps the
            // referent: one sailor, one dog, described two ways. A word
            // swapped throughout the sentence may be the head itself ("a
            // red van and a grey van"), so it stays out.
            let subject = crate::text::sentence_subject_span(text_a, *span_a);
            let subject_end = subject.as_ref().map_or(span_a.start(), |s| s.end);
            // Without a head of its own (a sentence that opens with "At
            // the fair a farmer sells ..."), the subject's last word stands in.
            let head = subject
                .and_then(|s| s.head)
                .and_then(|at| wa.iter().position(|w| w.span.start() == at))
                .or_else(|| wa.iter().rposition(|w| w.span.start() < subject_end));
            let describes_head = !sa.everywhere && head.is_some_and(|h| !(sa.start..sa.end).contains(&h));
            if wa[sa.start].span.start() < subject_end && !describes_head {
                continue;
            }
            let frame: Vec<Word> = wa[..sa.start].iter().chain(&wa[sa.end..]).cloned().collect();
            if negated(&frame, lexicon) {
                continue;
            }
            let text = frame_of(wa, sa);
            let key = format!("{FRAME_KEY_PREFIX}{text}");
            let claim = |doc: DocId, name: &str, doc_text: &str, span: Span, words: &[Word], slot: Slot| {
                // The phrase as written at its first place.
                let phrase = Span::new(words[slot.start].span.start(), words[slot.end - 1].span.end());
                Claim {
                    id: ClaimId(0),
                    doc,
                    span,
                    line: line_of(doc_text, span.start()),
                    text: doc_text[span.start()..span.end()].into(),
                    statement: None,
                    source: Source::author(name),
                    subject: Entity::new(text.clone(), key.clone()),
                    predicate: VARIANT_PREDICATE.into(),
                    object: Value::Text {
                        text: doc_text[phrase.start()..phrase.end()].to_string(),
                    },
                    polarity: Polarity::Positive,
                    modality: Modality::Asserted,
                    time: None,
                }
            };
            out.push(claim(doc_a, name_a, text_a, *span_a, wa, sa));
            out.push(claim(doc_b, name_b, text_b, *span_b, wb, sb));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phrases(a: &str, b: &str) -> Vec<String> {
        let lexicon = Lexicon::default_lexicon();
        variant_claims((DocId(0), "a", a), (DocId(1), "b", b), &lexicon)
            .iter()
            .map(|c| format!("{} | {}", c.subject.text, c.object.text()))
            .collect()
    }

    #[test]
    fn one_swapped_phrase_gives_one_claim_per_side() {
        assert_eq!(
            phrases(
                "Two hikers wait by the blue gate.",
                "Two hikers wait by the green gate."
            ),
            [
                "two hikers wait by the \u{2026} gate | blue",
                "two hikers wait by the \u{2026} gate | green"
            ]
        );
    }

    #[test]
    fn articles_stay_in_the_frame_and_repeats_count_once() {
        assert_eq!(
            phrases("She paints an orange kite.", "She paints a brown kite."),
            [
                "she paints an \u{2026} kite | orange",
                "she paints an \u{2026} kite | brown"
            ]
        );
        let got = phrases(
            "A clerk in a grey coat and a grey cap waves at the crowd outside.",
            "A clerk in a white coat and a white cap waves at the crowd outside.",
        );
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(
            got[1],
            "a clerk in a \u{2026} coat and a \u{2026} cap waves at the crowd outside | white"
        );
    }

    #[test]
    fn a_swap_of_the_subjects_head_names_two_subjects() {
        assert!(phrases("A man is sweeping the yard.", "A woman is sweeping the yard.").is_empty());
        assert!(phrases(
            "A red van and a grey van wait at the lights.",
            "A red lorry and a grey lorry wait at the lights."
        )
        .is_empty());
    }

    #[test]
    fn a_swap_of_a_word_describing_the_subjects_head_keeps_one_subject() {
        assert_eq!(
            phrases("A grey dog chases a ball.", "A black dog chases a ball."),
            [
                "a \u{2026} dog chases a ball | grey",
                "a \u{2026} dog chases a ball | black"
            ]
        );
    }

    #[test]
    fn negated_frames_insertions_and_loose_pairs_are_not_minimal_pairs() {
        assert!(phrases("The cook is not cutting leeks.", "The cook is not cutting onions.").is_empty());
        assert!(phrases("A tall man waits.", "A man waits.").is_empty());
        assert!(phrases("A man waits.", "A man waits.").is_empty());
        assert!(phrases("Rain fell.", "Snow fell.").is_empty());
        assert!(phrases(
            "The ferry left the harbour at dawn with forty passengers.",
            "A storm closed every road in the valley at dawn."
        )
        .is_empty());
    }
}
