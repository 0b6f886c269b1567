//! The bundled samples as a user runs them: an international batch whose annotated copies are
//! read back from their XML: every flagged cell is filled and noted with its code, every
//! Findings row links to its cell, and the batch shows at least twelve different rule codes.

use crate::common;

use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;
use std::path::Path;

struct Xlsx {
    zip: zip::ZipArchive<std::fs::File>,
}

impl Xlsx {
    fn open(path: &Path) -> Self {
        Xlsx {
            zip: zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap(),
        }
    }

    fn part(&mut self, name: &str) -> Option<String> {
        let mut text = String::new();
        self.zip
            .by_name(name)
            .ok()?
            .read_to_string(&mut text)
            .unwrap();
        Some(text)
    }

    /// Sheet name → worksheet part path.
    fn sheets(&mut self) -> BTreeMap<String, String> {
        let workbook = self.part("xl/workbook.xml").unwrap();
        let rels = self.part("xl/_rels/workbook.xml.rels").unwrap();
        elements(&workbook, "sheet")
            .into_iter()
            .map(|s| {
                let id = attr(&s, "r:id").unwrap();
                let rel = elements(&rels, "Relationship")
                    .into_iter()
                    .find(|r| attr(r, "Id").as_deref() == Some(id.as_str()))
                    .unwrap();
                (
                    unescape(&attr(&s, "name").unwrap()),
                    format!("xl/{}", attr(&rel, "Target").unwrap()),
                )
            })
            .collect()
    }

    /// The comments part of a worksheet, if it has notes.
    fn comments_of(&mut self, sheet_part: &str) -> Option<String> {
        let file = sheet_part.rsplit('/').next().unwrap();
        let rels = self.part(&format!("xl/worksheets/_rels/{file}.rels"))?;
        let target = elements(&rels, "Relationship")
            .into_iter()
            .find(|r| attr(r, "Type").is_some_and(|t| t.ends_with("/comments")))
            .and_then(|r| attr(&r, "Target"))?;
        self.part(&format!("xl/{}", target.trim_start_matches("../")))
    }
}

/// The opening tags `<name ...>` of every element `name` in `xml` (attributes only).
fn elements(xml: &str, name: &str) -> Vec<String> {
    let open = format!("<{name} ");
    let mut out = Vec::new();
    let mut rest = xml;
    while let Some(i) = rest.find(&open) {
        let end = rest[i..].find('>').unwrap();
        out.push(rest[i..i + end].to_string());
        rest = &rest[i + end..];
    }
    out
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let key = format!(" {name}=\"");
    let i = tag.find(&key)? + key.len();
    Some(tag[i..i + tag[i..].find('"')?].to_string())
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// The solid fill colour of style index `s`, if the style has one.
fn fill_of(styles: &str, s: usize) -> Option<String> {
    let xfs = &styles[styles.find("<cellXfs")?..];
    let xf = elements(xfs, "xf").into_iter().nth(s)?;
    let fill_id: usize = attr(&xf, "fillId")?.parse().ok()?;
    let fills = &styles[styles.find("<fills")?..styles.find("</fills>")?];
    let fill = fills.split("<fill>").nth(fill_id + 1)?;
    if !fill.contains("patternType=\"solid\"") {
        return None;
    }
    attr(&elements(fill, "fgColor").into_iter().next()?, "rgb")
}

#[test]
fn the_samples_annotated_copies_flag_note_and_link_every_finding() {
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    let out = tempfile::tempdir().unwrap();
    let options = teamlint::Options {
        out_dir: out.path().to_path_buf(),
        ..teamlint::Options::default()
    };
    let report = teamlint::check(&[samples], &options).unwrap();
    let workbooks: Vec<teamlint::WorkbookResult> = report.workbooks().collect();
    assert!(workbooks.len() >= 8, "{} workbooks", workbooks.len());
    assert_eq!(
        report.failed(),
        0,
        "{:#?}",
        workbooks.iter().map(|w| &w.error).collect::<Vec<_>>()
    );
    let countries: BTreeSet<_> = report.units().filter_map(|u| u.country.clone()).collect();
    assert!(countries.len() >= 4, "{countries:?}");
    let codes: BTreeSet<_> = report.findings().map(|f| f.rule).collect();
    assert!(codes.len() >= 12, "only {} codes: {codes:?}", codes.len());

    let mut colours: BTreeMap<teamlint::findings::Severity, BTreeSet<String>> = BTreeMap::new();
    let mut checked_cells = 0;
    for w in &workbooks {
        let mut x = Xlsx::open(w.output.as_ref().unwrap());
        let sheets = x.sheets();
        let styles = x.part("xl/styles.xml").unwrap();
        let mut parts = BTreeMap::new();
        for f in &w.findings {
            let (Some(sheet), Some(cell)) = (f.sheet(), f.cell()) else {
                continue;
            };
            let part = sheets
                .get(sheet)
                .unwrap_or_else(|| panic!("{}: no sheet {sheet}", w.path))
                .clone();
            let (sheet_xml, comments) = parts
                .entry(part.clone())
                .or_insert_with(|| {
                    (
                        x.part(&part).unwrap(),
                        x.comments_of(&part).unwrap_or_default(),
                    )
                })
                .clone();
            let c = elements(&sheet_xml, "c")
                .into_iter()
                .find(|c| attr(c, "r").as_deref() == Some(cell.as_str()))
                .unwrap_or_else(|| {
                    panic!("{} {sheet}!{cell}: the flagged cell is not written", w.path)
                });
            let s: usize = attr(&c, "s").expect("a styled cell").parse().unwrap();
            let colour =
                fill_of(&styles, s).unwrap_or_else(|| panic!("{} {sheet}!{cell}: no fill", w.path));
            // The fill shows the most serious finding on the cell.
            let worst = w
                .findings
                .iter()
                .filter(|g| g.sheet() == Some(sheet) && g.cell().as_deref() == Some(cell.as_str()))
                .map(|g| g.severity)
                .max()
                .unwrap();
            colours.entry(worst).or_default().insert(colour);
            let note_start = comments
                .find(&format!("<comment ref=\"{cell}\""))
                .unwrap_or_else(|| panic!("{} {sheet}!{cell}: no note", w.path));
            let note = &comments
                [note_start..note_start + comments[note_start..].find("</comment>").unwrap()];
            assert!(
                note.contains(f.code()),
                "{} {sheet}!{cell}: the note names {}",
                w.path,
                f.rule
            );
            checked_cells += 1;
        }
        // The Findings sheet: one link per finding, each to a real sheet of the copy.
        let findings_part = sheets.get("Findings").expect("a Findings sheet").clone();
        let xml = x.part(&findings_part).unwrap();
        let links = elements(&xml, "hyperlink");
        assert_eq!(
            links.len(),
            w.findings.len(),
            "{}: one link per finding",
            w.path
        );
        for link in links {
            let location = unescape(&attr(&link, "location").expect("an internal link"));
            let (sheet, cell) = location.rsplit_once('!').unwrap();
            let sheet = sheet.trim_matches('\'').replace("''", "'");
            assert!(
                sheets.contains_key(&sheet),
                "{}: link to unknown sheet {sheet}",
                w.path
            );
            assert!(
                cell.chars().next().unwrap().is_ascii_uppercase(),
                "{location}"
            );
        }
    }
    assert!(checked_cells >= 15, "{checked_cells} flagged cells checked");
    let error = colours.get(&teamlint::findings::Severity::Error).unwrap();
    let warning = colours.get(&teamlint::findings::Severity::Warning).unwrap();
    assert!(
        error.is_disjoint(warning) || error.len() > 1,
        "errors and warnings look different: {colours:?}"
    );
}

/// LibreOffice renders the annotated copies and the group report, charts included. Skipped with
/// a message where LibreOffice is not installed (`scripts/render-pictures.sh` installs it).
#[test]
fn libreoffice_renders_the_copies_and_the_group_report() {
    let Some(soffice) = common::soffice() else {
        return;
    };
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    let out = tempfile::tempdir().unwrap();
    let options = teamlint::Options {
        out_dir: out.path().join("out"),
        ..teamlint::Options::default()
    };
    teamlint::check(&[samples], &options).unwrap();
    for file in ["uk-manchester.checked.xlsx", "group-report.xlsx"] {
        let bytes =
            common::convert_to_pdf(&soffice, &out.path().join("out").join(file), out.path())
                .unwrap_or_else(|e| panic!("{file}: {e}"));
        let pages = bytes
            .windows(10)
            .filter(|w| w == b"/Type/Page" || w == b"/Type /Pag")
            .count();
        assert!(pages >= 2, "{file}: {pages} pages");
    }
}
