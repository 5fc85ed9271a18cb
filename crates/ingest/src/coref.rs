//! Names across documents: "Haldt" in one report is "Gregor Haldt" in
//! another.
//!
//! Within a document the prose reader already maps a surname back to the
//! full name it saw first. Across documents there is no reading order, so
//! this pass looks at every name the run produced: a name whose words are
//! the last words of exactly one longer name becomes that name. When two
//! longer names share the short one ("Haldt" with both "Gregor Haldt" and
//! "Mira Haldt"), nothing is merged: a wrong merge would invent conflicts,
//! a missed one only loses them.

use std::collections::{BTreeMap, BTreeSet};

use crate::model::Claim;

/// Rewrites short name keys to the one longer name they abbreviate.
pub fn unify_names<C: std::borrow::BorrowMut<Claim>>(claims: &mut [C]) {
    let names: BTreeSet<String> = claims
        .iter()
        .map(|c| c.borrow())
        .filter(|c| c.subject.name)
        .map(|c| c.subject.key.clone())
        .collect();
    let mut canonical: BTreeMap<String, String> = BTreeMap::new();
    for short in &names {
        let longer: Vec<&String> = names
            .iter()
            .filter(|long| long.len() > short.len() && long.ends_with(&format!(" {short}")))
            .collect();
        // The longest of a chain ("haldt" < "gregor haldt" < "judge gregor
        // haldt") when the chain is a single line.
        let Some(longest) = longer.iter().max_by_key(|l| l.len()) else {
            continue;
        };
        if longer.iter().all(|l| longest.ends_with(l.as_str())) {
            canonical.insert(short.clone(), (*longest).clone());
        }
    }
    if canonical.is_empty() {
        return;
    }
    for c in claims.iter_mut() {
        let c = c.borrow_mut();
        if c.subject.name {
            if let Some(full) = canonical.get(&c.subject.key) {
                c.subject.key.clone_from(full);
            }
        }
        // A measure owned by a name: "measure:year|vorn" (her sentence).
        if let Some((measure, owner)) = c.subject.key.split_once('|') {
            if let Some(full) = canonical.get(owner) {
                c.subject.key = format!("{measure}|{full}");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ClaimId, DocId, Entity, Modality, Polarity, Source, Span, Value};

    fn claim(key: &str) -> Claim {
        let mut subject = Entity::new(key, key);
        subject.name = true;
        Claim {
            id: ClaimId(0),
            doc: DocId(0),
            span: Span::new(0, 0),
            line: 1,
            text: String::new(),
            statement: None,
            source: Source::author("x"),
            subject,
            predicate: "p".into(),
            object: Value::None,
            polarity: Polarity::Positive,
            modality: Modality::Asserted,
            time: None,
        }
    }

    #[test]
    fn a_surname_becomes_the_one_full_name() {
        let mut claims = vec![claim("haldt"), claim("gregor haldt"), claim("judge gregor haldt")];
        unify_names(&mut claims);
        let keys: Vec<&str> = claims.iter().map(|c| c.subject.key.as_str()).collect();
        assert_eq!(keys, ["judge gregor haldt"; 3]);
    }

    #[test]
    fn an_ambiguous_surname_is_left_alone() {
        let mut claims = vec![claim("haldt"), claim("gregor haldt"), claim("mira haldt")];
        unify_names(&mut claims);
        assert_eq!(claims[0].subject.key, "haldt");
    }
}
