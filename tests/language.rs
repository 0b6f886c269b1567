//! A German run speaks German: every text teamlint writes for the samples under `--lang de`
//! (notes, Findings and Summary sheets, the group report, findings.json, the terminal) is free
//! of English sentences, and money reads in German format.

use calamine::{Data, Reader, Xlsx, open_workbook};
use std::io::Read;
use std::path::{Path, PathBuf};
use teamlint::contract::Lang;

/// English phrases that only an untranslated sentence would bring (matched case-sensitively,
/// after dropping kebab-case rule names such as `role-without-deputy`).
const ENGLISH: &[&str] = &[
    "come from",
    " but ",
    "h/week",
    "deputy",
    "a year",
    "allocated",
    "required",
    "What to do",
    " is not ",
    " has no ",
    "no valid",
    "staff time",
    "per week",
    " and ",
    " the ",
    "Findings",
    "Summary",
    "Unit ",
];

/// The text without identifiers, which are the same in every language: kebab-case rule names
/// and `quoted` config keys.
fn without_identifiers(text: &str) -> String {
    let unquoted: String = text.split('`').step_by(2).collect::<Vec<_>>().join(" ");
    unquoted
        .split_whitespace()
        .filter(|word| {
            let w = word.trim_matches(|c: char| !c.is_ascii_alphanumeric() && c != '-');
            !(w.contains('-') && w.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn assert_german(place: &str, text: &str) {
    let text = without_identifiers(text);
    for phrase in ENGLISH {
        assert!(
            !text.contains(phrase),
            "{place}: English \"{}\" in: {text}",
            phrase.trim()
        );
    }
}

/// Every string cell of the named sheets (all sheets when `names` is empty).
fn sheet_texts(path: &Path, names: &[&str]) -> Vec<(String, String)> {
    let mut book: Xlsx<_> = open_workbook(path).unwrap();
    let mut out = Vec::new();
    for name in book.sheet_names() {
        if !names.is_empty() && !names.contains(&name.as_str()) {
            continue;
        }
        let range = book.worksheet_range(&name).unwrap();
        for (r, c, cell) in range.used_cells() {
            if let Data::String(s) = cell {
                out.push((format!("{}!R{}C{}", name, r + 1, c + 1), s.clone()));
            }
        }
    }
    out
}

/// The text of every note of a workbook: the `<t>` elements of its `xl/comments*.xml` parts.
fn notes(path: &Path) -> Vec<String> {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let names: Vec<String> = zip
        .file_names()
        .map(|n| n.unwrap().into_owned())
        .filter(|n| n.starts_with("xl/comments"))
        .collect();
    names
        .into_iter()
        .flat_map(|n| {
            let mut xml = String::new();
            zip.by_name(&n).unwrap().read_to_string(&mut xml).unwrap();
            xml.split("<t")
                .skip(1)
                .map(|part| {
                    let text = part.split_once('>').map_or("", |(_, t)| t);
                    text.split("</t>").next().unwrap_or("").to_string()
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

/// German money as a controller writes it: `44.884 CHF`, from the figure itself.
fn german_money(value: f64, currency: &str) -> String {
    let digits = format!("{:.0}", value.round());
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push('.');
        }
        out.push(ch);
    }
    format!("{out} {currency}")
}

#[test]
fn a_german_run_over_the_samples_writes_no_english_sentence() {
    let samples = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("samples");
    let out = tempfile::tempdir().unwrap();
    let options = teamlint::Options {
        out_dir: out.path().to_path_buf(),
        lang: Lang::De,
        ..teamlint::Options::default()
    };
    let report = teamlint::check(&[samples], &options).unwrap();
    assert_eq!(report.failed(), 0);
    let mut checked = 0;
    for w in report.workbooks() {
        let copy = w.output.as_ref().expect("a copy");
        for note in notes(copy) {
            assert_german(&format!("{} note", w.path), &note);
            checked += 1;
        }
        for (at, text) in sheet_texts(copy, &["Befunde", "Übersicht"]) {
            assert_german(&format!("{} {at}", w.path), &text);
            checked += 1;
        }
    }
    for (at, text) in sheet_texts(&out.path().join("group-report.xlsx"), &[]) {
        assert_german(&format!("group report {at}"), &text);
        checked += 1;
    }
    for note in notes(&out.path().join("group-report.xlsx")) {
        assert_german("group report note", &note);
    }
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.path().join("findings.json")).unwrap()).unwrap();
    let findings = json["findings"].as_array().unwrap();
    for f in findings {
        assert_german(
            &format!("findings.json {}", f["id"]),
            f["message"].as_str().unwrap(),
        );
        assert!(f["data"].is_object(), "{f}");
    }
    assert_german(
        "terminal",
        &teamlint::report::terminal::summary(&report, Lang::De),
    );
    assert!(checked > 100, "only {checked} texts checked");

    // A known cost reads in German format, from the figure the finding carries.
    let cost001 = findings
        .iter()
        .find(|f| f["rule"] == "COST001" && f["data"]["cost"].as_f64().unwrap_or(0.0) >= 1000.0)
        .expect("a COST001 with a cost in the thousands");
    let money = german_money(
        cost001["data"]["cost"].as_f64().unwrap(),
        cost001["data"]["currency"].as_str().unwrap(),
    );
    let message = cost001["message"].as_str().unwrap();
    assert!(message.contains(&money), "{money} in {message}");
    assert!(
        message.contains("Std./Woche") && message.contains(" im Jahr"),
        "{message}"
    );
}
