//! `docs/rules.md` is generated from the rules' own `//!` documentation.
//!
//! This test renders it and compares it with the committed file, so the
//! documentation can never drift from the code. To regenerate:
//! `UPDATE_EXPECT=1 cargo test -p antinomy-reason --test docs`.

use antinomy_reason::rules::{self, RULES};

fn render() -> String {
    let mut out = String::new();
    out.push_str("# Rules\n\n");
    out.push_str(
        "<!-- Generated from crates/reason/src/rules/*.rs by crates/reason/tests/docs.rs; do not edit by hand.\n     Regenerate with: UPDATE_EXPECT=1 cargo test -p antinomy-reason --test docs -->\n\n",
    );
    out.push_str("Every conflict antinomy reports comes from one of these rules.\n");
    out.push_str("`antinomy rules` lists them and `antinomy explain CODE` prints one of these sections.\n\n");
    out.push_str("| code | name | flags |\n| --- | --- | --- |\n");
    for r in RULES {
        out.push_str(&format!(
            "| {} | [{}](#{}-{}) | {} |\n",
            r.code(),
            r.name(),
            r.code().to_lowercase(),
            r.name(),
            rules::summary(r.code())
        ));
    }
    for r in RULES {
        let doc = rules::documentation(r.code()).expect("every rule is documented");
        out.push_str(&format!("\n## {} {}\n\n", r.code(), r.name()));
        for line in doc.lines() {
            // The rule's own headings sit one level below the rule's title.
            if line.starts_with("## ") {
                out.push('#');
            }
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

#[test]
fn rules_md_is_up_to_date() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/rules.md");
    let expected = render();
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(&path, &expected).expect("write docs/rules.md");
        return;
    }
    let actual = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        actual == expected,
        "docs/rules.md is stale: run `UPDATE_EXPECT=1 cargo test -p antinomy-reason --test docs` and commit it"
    );
}
