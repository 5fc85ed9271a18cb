//! A person's post, as news copy names it beside the person's name.
//!
//! Reports rarely say "Bram Toller is the chief executive". They write the
//! post into the name's phrase ("chief executive Bram Toller said") or set
//! it off after the name ("Lena Sorvik, Nimbra's chief financial officer,
//! told analysts"). Both are the writer's own description of the person,
//! made in passing, wherever in the sentence the name stands: inside what a
//! speaker is quoted as saying, or in the phrase that credits the speaker.
//! So they are read here, over the whole sentence, as claims the document's
//! own voice makes, of the person, in the `post` slot: two documents that
//! give one person two posts the lexicon keeps apart then meet in the
//! disjoint-category rule.
//!
//! A post that is not the person's now is no claim about their post:
//! "former chief executive", "acting finance chief", "deputy chief
//! executive", "adviser to the chief executive". A copula or "as" inside a
//! clause ("Toller is the chief financial officer", "served as chief
//! executive") is read with the clause's other claims, not here.

use super::{entity_of, Mention, NameRegistry, RawClaim};
use crate::lexicon::{Lexicon, TermKind};
use crate::model::{Modality, Polarity, Source, Span, Value};
use crate::tokens::{Class, Tok};

/// The slot the lexicon's posts fill ("chief executive", "finance
/// director").
pub(super) const POST: &str = "post";

/// Words before a post that make it someone else's, or not the person's
/// now.
const NOT_THE_POST_NOW: &[&str] = &[
    "former",
    "ex",
    "ex-",
    "then",
    "then-",
    "outgoing",
    "incoming",
    "interim",
    "acting",
    "deputy",
    "assistant",
    "associate",
    "retired",
    "future",
    "onetime",
    "one-time",
    "erstwhile",
    "previous",
    "late",
    "new",
    "next",
    "designate",
    "elect",
];

/// The claims of the posts named beside names in a sentence, `toks`, whose
/// term mentions are `mentions`: one for each post written before a name
/// ("finance director Paul Renner") or in an appositive after one ("Lena
/// Sorvik, Nimbra's chief executive,"). `source` is the document's own
/// voice; `base` places the tokens in the document.
pub(super) fn post_claims(
    toks: &[Tok<'_>],
    mentions: &[Mention],
    base: usize,
    lex: &Lexicon,
    names: &mut NameRegistry,
    source: &Source,
) -> Vec<RawClaim> {
    let mut out = Vec::new();
    for m in mentions.iter().filter(|m| is_post(m, lex)) {
        let TermKind::Concept(id) = &m.kind else { continue };
        let end = m.at + m.len;
        // "Finance director Paul Renner", "chief executive Bram Toller's
        // plan": the title opens the name's phrase.
        let before_name = name_run(toks, end).filter(|_| current_post(toks, m.at, None));
        // "Lena Sorvik, Nimbra's vice president of infrastructure, said".
        let appositive = || {
            let opening = appositive_opening(toks, m.at).filter(|_| closed_after(toks, end))?;
            let name = name_ending_at(toks, opening.checked_sub(2)?)?;
            current_post(toks, m.at, Some(opening)).then_some(name)
        };
        let Some((a, b)) = before_name.or_else(appositive) else {
            continue;
        };
        let person = entity_of(&toks[a..b], lex, names);
        if person.key.is_empty() {
            continue;
        }
        let (first, last) = (a.min(m.at), (b - 1).max(end - 1));
        out.push(RawClaim {
            span: Span::new(base + toks[first].start, base + toks[last].end),
            source: source.clone(),
            subject: person,
            predicate: POST.into(),
            object: Value::Concept {
                id: id.clone(),
                text: m.text.clone().unwrap_or_else(|| super::join_text(&toks[m.at..end])),
            },
            polarity: Polarity::Positive,
            modality: Modality::Asserted,
        });
    }
    out
}

/// Whether a mention names one of the lexicon's posts.
pub(super) fn is_post(m: &Mention, lex: &Lexicon) -> bool {
    matches!(&m.kind, TermKind::Concept(id) if lex.concept(id).and_then(|c| c.slot.as_deref()) == Some(POST))
}

/// Whether a word inside the sentence may be part of a name: capitalised
/// where a capital says so (not the sentence's first word), and not a date.
fn name_word(t: &Tok<'_>) -> bool {
    !t.initial && super::capitalised_name_word(t)
}

/// The run of name words that starts at `at`, as a token range.
fn name_run(toks: &[Tok<'_>], at: usize) -> Option<(usize, usize)> {
    let end = (at..toks.len()).find(|&j| !name_word(&toks[j])).unwrap_or(toks.len());
    (end > at).then_some((at, end))
}

/// The run of name words that ends at token `last` (inclusive), as a
/// token range. The capitalised words before the last are part of it, the
/// sentence's first word ("Bram Toller, Halcyra's ...") and a title ("Ms")
/// too, as [`super::age_of`] reads the name before an age.
fn name_ending_at(toks: &[Tok<'_>], last: usize) -> Option<(usize, usize)> {
    if !name_word(toks.get(last)?) || toks[last].lower.ends_with("'s") {
        return None;
    }
    let mut start = last;
    while start > 0 && super::capitalised_name_word(&toks[start - 1]) {
        start -= 1;
    }
    Some((start, last + 1))
}

/// Where the appositive that holds the post at `at` opens: the token
/// after the comma that sets it off, when only a determiner, an owner
/// ("Nimbra's") and modifiers stand between the comma and the post.
fn appositive_opening(toks: &[Tok<'_>], at: usize) -> Option<usize> {
    let mut k = at;
    while k > 0 && at - k < 5 {
        let t = &toks[k - 1];
        let modifier = t.class == Class::Det || (t.class == Class::Word && !super::verb_like(t));
        if !modifier {
            break;
        }
        k -= 1;
    }
    (k > 0 && toks[k - 1].class == Class::Comma).then_some(k)
}

/// Whether the appositive that ends with the post whose words end before
/// `end` is closed there: by a comma or the sentence's end, after an
/// optional "of" phrase ("vice president of infrastructure,").
fn closed_after(toks: &[Tok<'_>], end: usize) -> bool {
    let mut k = end;
    if toks.get(k).is_some_and(|t| t.lower == "of") {
        k += 1;
        while toks
            .get(k)
            .is_some_and(|t| matches!(t.class, Class::Word | Class::Det) && !super::verb_like(t))
        {
            k += 1;
        }
    }
    toks.get(k)
        .is_none_or(|t| matches!(t.class, Class::Comma | Class::Stop))
}

/// Whether a post that a clause gives its subject, read with the clause's
/// other claims ("Toller is the finance director", "served as chief
/// executive", "Renner, a former chief executive, ..."), is the person's
/// now: as [`current_post`], and with no past form of "be" or "have"
/// before it in the clause's piece (`piece_start` on): "was finance
/// director until 2019" tells of a post held before.
pub(super) fn current_in_clause(toks: &[Tok<'_>], piece_start: usize, at: usize) -> bool {
    current_post(toks, at, None)
        && !toks[piece_start..at].iter().any(|t| {
            matches!(
                t.lower.as_str(),
                "was" | "were" | "had" | "formerly" | "previously" | "once"
            )
        })
}

/// Whether the post at `at` is the person's now: no word of
/// [`NOT_THE_POST_NOW`] and no preposition but "as" ("adviser to the
/// chief executive"; "served as chief executive" is the post) among the
/// words that open its phrase, from `opening` (or up to three words back).
fn current_post(toks: &[Tok<'_>], at: usize, opening: Option<usize>) -> bool {
    let from = opening.unwrap_or(at.saturating_sub(3));
    toks[from..at]
        .iter()
        .all(|t| (t.class != Class::Prep || t.lower == "as") && !NOT_THE_POST_NOW.contains(&t.lower.as_str()))
}

#[cfg(test)]
mod tests {
    use super::POST;
    use crate::model::Value;
    use crate::text::tests::claims_with;

    /// The (person, post) pairs read from `text`.
    fn posts(text: &str) -> Vec<(String, String)> {
        claims_with(text, POST)
            .filter_map(|c| match c.object {
                Value::Concept { id, .. } => Some((c.subject.key, id)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_post_before_a_name_or_set_off_after_it_is_the_persons() {
        let want = |who: &str, id: &str| vec![(who.to_string(), id.to_string())];
        assert_eq!(
            posts("\"It went well,\" said Orvane chief executive Tilde Moss."),
            want("tilde moss", "chief-executive")
        );
        assert_eq!(
            posts("Tilde Moss, Orvane's finance director, told analysts that sales grew."),
            want("tilde moss", "chief-financial-officer")
        );
        assert_eq!(
            posts("The letter was signed by Ms Tilde Moss, vice president of sales."),
            want("ms tilde moss", "vice-president")
        );
    }

    #[test]
    fn a_post_in_what_a_speaker_goes_on_to_say_is_the_writers() {
        let text =
            "The company denied that the plant was closed, saying its chief executive Tilde Moss had visited it.";
        let claims: Vec<_> = claims_with(text, POST).collect();
        assert_eq!(claims.len(), 1, "{claims:?}");
        assert_eq!(claims[0].source.kind, crate::model::SourceKind::Author, "{claims:?}");
    }

    #[test]
    fn a_post_not_held_now_or_someone_elses_is_no_claim() {
        for text in [
            "Former chief executive Tilde Moss spoke.",
            "Deputy chief executive Tilde Moss spoke.",
            "Tilde Moss, adviser to the chief executive, spoke.",
            "Tilde Moss, an outgoing finance director, spoke.",
            "Tilde Moss was chief financial officer until 2019.",
            "On Monday, the chief executive resigned.",
        ] {
            assert_eq!(posts(text), [], "{text}");
        }
    }
}
