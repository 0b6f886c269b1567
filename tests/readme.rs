//! The README's rule table is the registry's: regenerate with `UPDATE_README=1 cargo test --test main readme::`.

use std::path::Path;

#[test]
fn the_readme_rule_table_is_current() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let readme = std::fs::read_to_string(&path).unwrap();
    let (start, end) = ("<!-- rules:start -->\n", "<!-- rules:end -->");
    let a = readme.find(start).expect("rules:start marker") + start.len();
    let b = readme.find(end).expect("rules:end marker");
    let current = teamlint::rules::markdown_table();
    if std::env::var_os("UPDATE_README").is_some() {
        std::fs::write(
            &path,
            format!("{}{}{}", &readme[..a], current, &readme[b..]),
        )
        .unwrap();
        return;
    }
    assert!(
        readme[a..b] == current,
        "README rule table is stale: run `UPDATE_README=1 cargo test --test main readme::`"
    );
    assert_eq!(
        current.lines().count(),
        2 + teamlint::rules::all().len(),
        "a header, a rule line and a line per registered rule"
    );
}

#[test]
fn the_readme_starts_with_the_two_newcomer_commands() {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let first_block = readme.split("```").nth(1).expect("a code block");
    assert!(
        first_block.contains("cargo run --release -- check samples"),
        "{first_block}"
    );
    assert!(first_block.contains("cargo test"), "{first_block}");
}
