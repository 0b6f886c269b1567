//! The patched copy of `.xlsx`/`.xlsm` inputs, read back from its XML with the zip crate: every
//! feature of the user's workbook survives, flagged cells keep their formats, untouched entries
//! are byte-identical, macros stay, and LibreOffice and openpyxl open every copy.

use crate::common;
use crate::common::bomb;

use common::package::{Package, cell, children, elements, fill_rgb, format_of};

use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;
use std::path::{Path, PathBuf};
use teamlint::contract::Lang;
use teamlint::findings::Severity;
use teamlint::report::annotated::{ERROR_FILL, INFO_FILL, WARNING_FILL};
use teamlint::{Options, Report, WorkbookResult};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn run(paths: &[PathBuf], out: &Path, lang: Lang) -> Report {
    let options = Options {
        out_dir: out.to_path_buf(),
        lang,
        ..Options::default()
    };
    teamlint::check(paths, &options).expect("the batch runs")
}

fn only(report: &Report) -> WorkbookResult {
    let mut workbooks: Vec<WorkbookResult> = report.workbooks().collect();
    assert_eq!(workbooks.len(), 1);
    let w = workbooks.remove(0);
    assert_eq!(w.error, None);
    w
}

fn severity_rgb(s: Severity) -> String {
    format!(
        "FF{:06X}",
        match s {
            Severity::Error => ERROR_FILL,
            Severity::Warning => WARNING_FILL,
            Severity::Info => INFO_FILL,
        }
    )
}

/// The worst severity on each flagged cell of a workbook result: (sheet, A1) → severity.
fn flagged_cells(w: &WorkbookResult) -> BTreeMap<(String, String), Severity> {
    let mut out: BTreeMap<(String, String), Severity> = BTreeMap::new();
    for f in &w.findings {
        if let (Some(sheet), Some(cell)) = (f.sheet(), f.cell()) {
            let e = out.entry((sheet.to_string(), cell)).or_insert(f.severity);
            *e = (*e).max(f.severity);
        }
    }
    out
}

#[test]
fn a_formatted_plan_keeps_every_feature_and_each_flagged_cell_keeps_its_format() {
    let dir = tempfile::tempdir().unwrap();
    let input = fixture("formatted.xlsx");
    let report = run(std::slice::from_ref(&input), dir.path(), Lang::En);
    let w = only(&report);
    assert_eq!(w.copy_note, None, "the copy is patched, not rebuilt");
    let out = w.output.clone().unwrap();
    assert_eq!(out.file_name().unwrap(), "formatted.checked.xlsx");
    let copy = Package::open(&out);
    let original = Package::open(&input);

    // Sheets in their order, then the two report sheets; the active sheet stays Staff.
    let names: Vec<String> = copy.sheets().into_iter().map(|(n, _)| n).collect();
    assert_eq!(
        names,
        [
            "Units",
            "Staff",
            "Allocation",
            "Channels",
            "Dashboard",
            "Findings",
            "Summary"
        ]
    );
    let book = copy.part("xl/workbook.xml");
    assert_eq!(elements(&book, "workbookView")[0]["activeTab"], "1");
    let ids: BTreeSet<String> = elements(&book, "sheet")
        .iter()
        .map(|s| s["sheetId"].clone())
        .collect();
    assert_eq!(ids.len(), 7, "sheet ids are distinct");
    // The defined name, the autofilter's and the print titles.
    let defined: Vec<_> = elements(&book, "definedName");
    assert!(defined.iter().any(|d| d["name"] == "HourlyCosts"));
    assert!(defined.iter().any(|d| d["name"] == "_xlnm.Print_Titles"));
    assert!(book.contains("Staff!$G$3:$G$10"));
    // The added sheets print their header row on every page (sheets 5 and 6, from 0).
    for (sheet, at) in [("Findings", "5"), ("Summary", "6")] {
        assert!(
            defined
                .iter()
                .any(|d| d["name"] == "_xlnm.Print_Titles" && d["localSheetId"] == at),
            "{sheet}: {defined:?}"
        );
        assert!(book.contains(&format!("'{sheet}'!$1:$1")), "{sheet}");
    }

    let staff = copy.sheet("Staff");
    // Bold merged title, frozen panes, widths, hidden column, drop-down, conditional format,
    // autofilter.
    assert!(
        elements(&staff, "mergeCell")
            .iter()
            .any(|m| m["ref"] == "A1:H1")
    );
    let pane = &elements(&staff, "pane")[0];
    assert_eq!(
        (pane["state"].as_str(), pane["topLeftCell"].as_str()),
        ("frozen", "A3")
    );
    let cols = elements(&staff, "col");
    assert!(
        cols.iter()
            .any(|c| c["min"] == "4" && c.get("hidden").map(String::as_str) == Some("1"))
    );
    assert!(cols.iter().any(|c| c["min"] == "2" && c["width"] == "18"));
    let validation = &elements(&staff, "dataValidation")[0];
    assert_eq!(validation["type"], "list");
    assert!(staff.contains("social media manager,community manager"));
    assert!(
        elements(&staff, "cfRule")
            .iter()
            .any(|r| r["operator"] == "greaterThan")
    );
    assert_eq!(elements(&staff, "autoFilter")[0]["ref"], "A2:H10");
    let (title_xf, _) = format_of(&copy, "Staff", "A1");
    let fonts = children(&copy.part("xl/styles.xml"), "fonts");
    let title_font = &fonts[title_xf["fontId"].parse::<usize>().unwrap()];
    assert!(
        title_font.contains("<b") && title_font.contains("val=\"14\""),
        "{title_font}"
    );
    // White on blue header.
    let (header_xf, _) = format_of(&copy, "Staff", "B2");
    let header_font = &fonts[header_xf["fontId"].parse::<usize>().unwrap()];
    assert!(header_font.contains("FFFFFFFF"), "{header_font}");
    assert_eq!(
        fill_rgb(&copy, &header_xf["fillId"]).as_deref(),
        Some("FF1F4E79")
    );
    // The EUR number format.
    let styles = copy.part("xl/styles.xml");
    let eur = elements(&styles, "numFmt")
        .into_iter()
        .find(|n| n["formatCode"] == "#,##0.00 \"EUR\"")
        .expect("the EUR format");
    let (cost_xf, _) = format_of(&copy, "Staff", "G3");
    assert_eq!(cost_xf["numFmtId"], eur["numFmtId"]);
    // The chart on the Dashboard sheet: its sheet, drawing and chart parts are the original's.
    let dashboard = copy.sheet("Dashboard");
    assert!(dashboard.contains("<drawing"));
    for part in ["xl/drawings/drawing1.xml", "xl/charts/chart1.xml"] {
        assert_eq!(copy.raw(part), original.raw(part), "{part}");
    }

    // Every flagged cell: its severity's fill, and its own font, number format, border and
    // alignment as in the original.
    let flagged = flagged_cells(&w);
    assert!(flagged.len() >= 5, "{flagged:?}");
    for ((sheet, reference), severity) in &flagged {
        let (xf, markup) = format_of(&copy, sheet, reference);
        assert_eq!(
            fill_rgb(&copy, &xf["fillId"]),
            Some(severity_rgb(*severity)),
            "{sheet}!{reference} is filled by its worst finding"
        );
        assert_eq!(xf.get("applyFill").map(String::as_str), Some("1"));
        let original_xml = original.sheet(sheet);
        if cell(&original_xml, reference).is_some() {
            let (before, before_markup) = format_of(&original, sheet, reference);
            for key in ["numFmtId", "fontId", "borderId"] {
                assert_eq!(xf.get(key), before.get(key), "{sheet}!{reference} {key}");
            }
            assert_eq!(
                before_markup.contains("<alignment"),
                markup.contains("<alignment"),
                "{sheet}!{reference} alignment"
            );
        }
    }
    // The flagged Staff!G-column cost (if any) and the planted cells.
    assert!(
        flagged.contains_key(&("Staff".into(), "H5".into())),
        "{flagged:?}"
    );
    // The SE unit's coordinator is empty and not in the original's XML: it is inserted.
    assert!(cell(&original.sheet("Units"), "E3").is_none());
    assert!(
        flagged.contains_key(&("Units".into(), "E3".into())),
        "{flagged:?}"
    );
    assert!(cell(&copy.sheet("Units"), "E3").is_some());

    // Notes: the user's own note on H5 keeps its text with the finding below it; the note on
    // B3 (no finding) is unchanged; every flagged cell has a note naming its codes.
    let notes = copy.comments("Staff").expect("the Staff notes");
    let h5 = &notes[notes.find("<comment ref=\"H5\"").unwrap()..];
    let h5 = &h5[..h5.find("</comment>").unwrap()];
    assert!(h5.contains("Check with HR: Cees"), "{h5}");
    assert!(h5.contains("DATA003"), "{h5}");
    assert!(h5.find("Check with HR").unwrap() < h5.find("DATA003").unwrap());
    assert!(notes.contains("Team lead since 2024."));
    for f in &w.findings {
        if let (Some(sheet), Some(reference)) = (f.sheet(), f.cell()) {
            let notes = copy
                .comments(sheet)
                .unwrap_or_else(|| panic!("notes on {sheet}"));
            let at = notes
                .find(&format!("<comment ref=\"{reference}\""))
                .unwrap_or_else(|| panic!("no note on {sheet}!{reference}"));
            let note = &notes[at..at + notes[at..].find("</comment>").unwrap()];
            assert!(
                note.contains(f.rule.code),
                "{sheet}!{reference} names {}",
                f.rule.code
            );
        }
    }
    // The Staff sheet keeps one legacyDrawing, extended; VML shape ids are unique in the copy.
    assert_eq!(staff.matches("legacyDrawing").count(), 1);
    let mut shape_ids = BTreeSet::new();
    let mut blocks = BTreeSet::new();
    for name in copy.names().into_iter().filter(|n| n.ends_with(".vml")) {
        let vml = copy.part(&name);
        for (i, _) in vml.match_indices("_x0000_s") {
            let id: String = vml[i + 8..]
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            assert!(shape_ids.insert(id.clone()), "shape id {id} twice ({name})");
        }
        let at = vml.find(":idmap").unwrap();
        let data = &vml[at..];
        let data = &data[data.find("data=\"").unwrap() + 6..];
        for b in data[..data.find('"').unwrap()].split(',') {
            assert!(
                blocks.insert(b.to_string()),
                "idmap block {b} twice ({name})"
            );
        }
    }

    // The Findings table and links, the Summary.
    let findings_sheet = copy.sheet("Findings");
    let links = elements(&findings_sheet, "hyperlink");
    assert_eq!(links.len(), w.findings.len());
    assert!(links.iter().any(|l| l["location"] == "'Staff'!H5"));
    assert!(findings_sheet.contains("t=\"inlineStr\""));
    assert!(
        !findings_sheet.contains("t=\"s\""),
        "no shared strings in the new sheets"
    );
    let tables: Vec<String> = copy
        .names()
        .into_iter()
        .filter(|n| n.starts_with("xl/tables/"))
        .collect();
    assert_eq!(tables.len(), 1);
    assert_eq!(
        elements(&copy.part(&tables[0]), "table")[0]["name"],
        "teamlint_Findings"
    );
    let summary = copy.sheet("Summary");
    assert!(summary.contains("Legend"));
    assert!(!summary.contains("tabSelected"));
    // docProps/app.xml lists the new sheets.
    let app = copy.part("docProps/app.xml");
    if original.part("docProps/app.xml").contains("TitlesOfParts") {
        assert!(app.contains(">Findings<"));
    }
}

#[test]
fn entries_the_patch_does_not_own_are_byte_identical() {
    let dir = tempfile::tempdir().unwrap();
    let input = fixture("formatted.xlsx");
    let report = run(std::slice::from_ref(&input), dir.path(), Lang::En);
    let w = only(&report);
    let copy = Package::open(w.output.as_ref().unwrap());
    let original = Package::open(&input);
    // What the patch owns: the workbook, its relationships, styles, content types, app.xml and
    // each flagged sheet with its relationships, notes and drawing.
    let mut owned: BTreeSet<String> = [
        "xl/workbook.xml",
        "xl/_rels/workbook.xml.rels",
        "xl/styles.xml",
        "[Content_Types].xml",
        "docProps/app.xml",
    ]
    .map(str::to_string)
    .into();
    let sheets: BTreeMap<String, String> = original.sheets().into_iter().collect();
    for (sheet, _) in flagged_cells(&w).keys() {
        let part = &sheets[sheet];
        owned.insert(part.clone());
        let (dir, file) = part.rsplit_once('/').unwrap();
        owned.insert(format!("{dir}/_rels/{file}.rels"));
        for (kind, target) in original.rels(part).into_values() {
            if kind.ends_with("/comments") || kind.ends_with("/vmlDrawing") {
                owned.insert(target);
            }
        }
    }
    let copy_names: BTreeSet<String> = copy.names().into_iter().collect();
    let mut identical = 0;
    for name in original.names() {
        assert!(copy_names.contains(&name), "{name} is kept");
        if owned.contains(&name) {
            continue;
        }
        assert_eq!(
            copy.raw(&name),
            original.raw(&name),
            "{name}: same CRC and bytes"
        );
        identical += 1;
    }
    // theme, core, Allocation, Dashboard, drawing, drawing rels, chart, Dashboard rels at least.
    assert!(identical >= 8, "{identical} identical entries");
    // A second run gives the same bytes.
    let again = tempfile::tempdir().unwrap();
    let report2 = run(&[input], again.path(), Lang::En);
    assert_eq!(
        std::fs::read(w.output.as_ref().unwrap()).unwrap(),
        std::fs::read(only(&report2).output.as_ref().unwrap()).unwrap(),
        "deterministic copy"
    );
}

#[test]
fn a_macro_workbook_comes_back_as_xlsm_with_its_vba_project() {
    let dir = tempfile::tempdir().unwrap();
    let input = fixture("formatted.xlsm");
    let report = run(std::slice::from_ref(&input), dir.path(), Lang::En);
    let w = only(&report);
    assert_eq!(w.copy_note, None);
    let out = w.output.clone().unwrap();
    assert_eq!(out.file_name().unwrap(), "formatted.checked.xlsm");
    let copy = Package::open(&out);
    let original = Package::open(&input);
    assert_eq!(
        copy.raw("xl/vbaProject.bin"),
        original.raw("xl/vbaProject.bin")
    );
    let types = copy.part("[Content_Types].xml");
    assert!(types.contains("application/vnd.ms-excel.sheet.macroEnabled.main+xml"));
    assert!(types.contains("application/vnd.ms-office.vbaProject"));
    assert!(
        copy.rels("xl/workbook.xml")
            .values()
            .any(|(t, p)| t.ends_with("/vbaProject") && p == "xl/vbaProject.bin")
    );
    // Flagged and noted as the xlsx.
    let flagged = flagged_cells(&w);
    for ((sheet, reference), severity) in &flagged {
        let (xf, _) = format_of(&copy, sheet, reference);
        assert_eq!(
            fill_rgb(&copy, &xf["fillId"]),
            Some(severity_rgb(*severity))
        );
    }
    assert!(copy.sheets().iter().any(|(n, _)| n == "Findings"));
}

#[test]
fn german_copy_of_a_patched_plan_has_german_sheets_and_notes() {
    let dir = tempfile::tempdir().unwrap();
    let report = run(&[fixture("formatted.xlsx")], dir.path(), Lang::De);
    let w = only(&report);
    let copy = Package::open(w.output.as_ref().unwrap());
    let names: Vec<String> = copy.sheets().into_iter().map(|(n, _)| n).collect();
    assert!(
        names.ends_with(&["Befunde".to_string(), "Übersicht".to_string()]),
        "{names:?}"
    );
    let notes = copy.comments("Staff").unwrap();
    assert!(notes.contains("FEHLER DATA003"), "{notes}");
    assert!(notes.contains("Was tun:"));
}

#[test]
fn a_strict_package_is_rebuilt_and_says_so() {
    // Strict Open XML, declared by the main relationship's type: calamine reads the cells, the
    // patch does not touch such a package.
    let dir = tempfile::tempdir().unwrap();
    let original = Package::open(&fixture("formatted.xlsx"));
    let strict = dir.path().join("strict.xlsx");
    {
        let mut zip = original.zip();
        let mut out = zip::ZipWriter::new(std::fs::File::create(&strict).unwrap());
        for i in 0..zip.len() {
            let mut f = zip.by_index(i).unwrap();
            let name = f.name().unwrap().to_string();
            let mut body = Vec::new();
            f.read_to_end(&mut body).unwrap();
            if name == "_rels/.rels" {
                body = String::from_utf8(body)
                    .unwrap()
                    .replace(
                        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
                        "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument",
                    )
                    .into_bytes();
            }
            out.start_file(name, zip::write::SimpleFileOptions::default())
                .unwrap();
            std::io::Write::write_all(&mut out, &body).unwrap();
        }
        out.finish().unwrap();
    }
    for (lang, start) in [(Lang::En, "rebuilt: "), (Lang::De, "neu aufgebaut: ")] {
        let out = dir.path().join(format!("out-{start}"));
        let report = run(std::slice::from_ref(&strict), &out, lang);
        let w = only(&report);
        let note = w
            .copy_note_sentence(lang)
            .expect("the copy says it was rebuilt");
        assert!(note.starts_with(start), "{note}");
        assert!(note.contains("Strict Open XML"), "{note}");
        // The terminal line and findings.json say it too.
        assert!(teamlint::report::terminal::summary(&report, lang).contains(&note));
        let json = std::fs::read_to_string(out.join("findings.json")).unwrap();
        let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(
            doc["workbooks"][0]["copy_note"],
            serde_json::Value::String(note.clone())
        );
        // So does the group report's Inputs sheet, in the workbook's row.
        let mut group: calamine::Xlsx<_> =
            calamine::open_workbook(out.join("group-report.xlsx")).unwrap();
        let inputs = tr_inputs(lang);
        let range = calamine::Reader::worksheet_range(&mut group, inputs).unwrap();
        let row = range
            .rows()
            .find(|r| r[0] == "strict.xlsx")
            .expect("the workbook's row");
        assert_eq!(row[2].to_string(), note);
        // The rebuilt copy has the flags but not the user's formats; its merged title is merged
        // again, as the reader reads merged ranges (issue 24).
        let copy = Package::open(w.output.as_ref().unwrap());
        assert!(copy.sheet("Staff").contains("mergeCell"));
        assert!(copy.comments("Staff").unwrap().contains("DATA003"));
    }
}

/// The name of the group report's Inputs sheet.
fn tr_inputs(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Inputs",
        Lang::De => "Eingaben",
        Lang::Fr => "Entrées",
    }
}

#[test]
fn every_copy_of_the_fixtures_and_samples_opens_in_openpyxl_and_libreoffice() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    let inputs: Vec<PathBuf> = [
        "english.xlsx",
        "german.xlsx",
        "libre.ods",
        "legacy.xls",
        "macro.xlsm",
        "formatted.xlsx",
        "formatted.xlsm",
    ]
    .iter()
    .map(|n| fixture(n))
    .collect();
    let report = run(&inputs, &dir.path().join("fixtures"), Lang::En);
    for w in report.workbooks() {
        assert_eq!(w.error, None, "{}", w.path);
        if w.path.ends_with(".xlsx") || w.path.ends_with(".xlsm") {
            assert_eq!(w.copy_note, None, "{} is patched", w.path);
        }
    }
    let samples = run(
        &[root.join("samples")],
        &dir.path().join("samples"),
        Lang::De,
    );
    for w in samples.workbooks() {
        if w.path.ends_with(".xlsx") {
            assert_eq!(w.copy_note, None, "{} is patched", w.path);
        }
    }
    let copies = common::copies_under(dir.path());
    assert!(copies.len() >= 7 + 8, "{copies:?}");
    common::assert_open_in_openpyxl_and_libreoffice(&copies);
}

/// Every part of a copy that should be XML, parsed by an independent parser (roxmltree);
/// panics naming the copy, the part and the error.
fn assert_every_part_well_formed(copy: &Path) {
    let pkg = Package::open(copy);
    let mut zip = pkg.zip();
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).unwrap();
        let name = entry.name().unwrap().to_string();
        let lower = name.to_lowercase();
        if !(lower.ends_with(".xml") || lower.ends_with(".rels")) {
            continue;
        }
        let mut bytes = Vec::new();
        entry
            .read_to_end(&mut bytes)
            .unwrap_or_else(|e| panic!("{}: {name}: {e}", copy.display()));
        let text = String::from_utf8(bytes).expect("UTF-8");
        let text = text.strip_prefix('\u{FEFF}').unwrap_or(&text);
        if let Err(e) = roxmltree::Document::parse(text) {
            panic!("{}: {name} is not well-formed: {e}", copy.display());
        }
    }
}

/// The samples and the fidelity fixtures, their XML re-spelled as other writers spell it (one
/// way at a time, then all at once): each is patched (not rebuilt), with the findings of the
/// original on the same cells, every part of every copy is well-formed, and openpyxl reads the
/// severity's fill on each flagged cell both in the copy and in LibreOffice's re-save of it.
#[test]
fn packages_spelled_as_other_writers_spell_them_are_patched_into_well_formed_copies() {
    use common::variants::{ALL, Spelling, respell_package};
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut originals: Vec<PathBuf> = std::fs::read_dir(root.join("samples"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "xlsx"))
        .collect();
    originals.sort();
    originals.extend([fixture("formatted.xlsx"), fixture("formatted.xlsm")]);
    let dir = tempfile::tempdir().unwrap();
    // The findings of the originals, by file name: (rule, sheet, cell).
    let expected_of = |report: &Report| -> BTreeMap<String, BTreeSet<(String, String, String)>> {
        report
            .workbooks()
            .map(|w| {
                let name = Path::new(&w.path)
                    .file_name()
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                let found = w
                    .findings
                    .iter()
                    .map(|f| {
                        (
                            f.rule.code.to_string(),
                            f.sheet().unwrap_or_default().to_string(),
                            f.cell().unwrap_or_default(),
                        )
                    })
                    .collect();
                (name, found)
            })
            .collect()
    };
    let plain = run(&originals, &dir.path().join("plain"), Lang::En);
    let expected = expected_of(&plain);
    let mut variants: Vec<Vec<Spelling>> = ALL.iter().map(|s| vec![*s]).collect();
    variants.push(ALL.to_vec());
    let mut copies = Vec::new();
    // (copy, sheet, cell, ARGB) for openpyxl.
    let mut fills: Vec<(PathBuf, String, String, String)> = Vec::new();
    for (k, spellings) in variants.iter().enumerate() {
        let input_dir = dir.path().join(format!("in-{k}"));
        std::fs::create_dir_all(&input_dir).unwrap();
        let inputs: Vec<PathBuf> = originals
            .iter()
            .map(|o| {
                let path = input_dir.join(o.file_name().unwrap());
                let bytes = respell_package(&std::fs::read(o).unwrap(), spellings);
                std::fs::write(&path, bytes).unwrap();
                path
            })
            .collect();
        let report = run(&inputs, &dir.path().join(format!("out-{k}")), Lang::En);
        assert_eq!(
            expected_of(&report),
            expected,
            "{spellings:?}: same findings"
        );
        for w in report.workbooks() {
            assert_eq!(w.error, None, "{spellings:?} {}", w.path);
            assert_eq!(w.copy_note, None, "{spellings:?} {} is patched", w.path);
            let copy = w.output.clone().unwrap();
            assert_every_part_well_formed(&copy);
            for ((sheet, cell), severity) in flagged_cells(&w) {
                fills.push((copy.clone(), sheet, cell, severity_rgb(severity)));
            }
            copies.push(copy);
        }
    }
    assert_eq!(copies.len(), variants.len() * originals.len());
    assert!(fills.len() > 100, "{} flagged cells", fills.len());
    let Some(python) = common::python_with_openpyxl() else {
        return;
    };
    // LibreOffice re-saves every copy as xlsx: what it saw is what it writes back.
    let mut resaved: Vec<(PathBuf, PathBuf)> = Vec::new();
    if let Some(soffice) = common::soffice() {
        let lo_dir = dir.path().join("libreoffice");
        // One process a variant: the copies of one variant have distinct names.
        for (k, chunk) in copies.chunks(originals.len()).enumerate() {
            let out = lo_dir.join(k.to_string());
            common::convert_all(&soffice, chunk, "xlsx", &out)
                .unwrap_or_else(|e| panic!("LibreOffice cannot open the copies: {e}"));
            for c in chunk {
                let stem = c.file_stem().unwrap().to_string_lossy();
                resaved.push((c.clone(), out.join(format!("{stem}.xlsx"))));
            }
        }
    }
    // Every file is opened; a line with a cell also checks its fill.
    let mut lines = String::new();
    for (copy, lo) in copies
        .iter()
        .map(|c| (c, resaved.iter().find(|(k, _)| k == c)))
    {
        lines.push_str(&format!("{}\t\t\t\n", copy.display()));
        if let Some((_, lo)) = lo {
            lines.push_str(&format!("{}\t\t\t\n", lo.display()));
        }
    }
    for (copy, sheet, cell, rgb) in &fills {
        lines.push_str(&format!("{}\t{sheet}\t{cell}\t{rgb}\n", copy.display()));
        if let Some((_, lo)) = resaved.iter().find(|(c, _)| c == copy) {
            lines.push_str(&format!("{}\t{sheet}\t{cell}\t{rgb}\n", lo.display()));
        }
    }
    let list = dir.path().join("fills.tsv");
    std::fs::write(&list, lines).unwrap();
    let script = r#"
import sys, openpyxl
books = {}
bad = []
for line in open(sys.argv[1], encoding='utf-8'):
    path, sheet, cell, rgb = line.rstrip('\n').split('\t')
    if path not in books:
        books[path] = openpyxl.load_workbook(path, keep_vba=path.endswith('.xlsm'))
    if not sheet:
        continue
    ws = books[path][sheet]
    for r in ws.merged_cells.ranges:
        if cell in r:
            cell = r.start_cell.coordinate
    got = ws[cell].fill.fgColor.rgb
    if str(got).upper() != rgb.upper():
        bad.append(f'{path} {sheet}!{cell}: {got} instead of {rgb}')
print(len(books))
if bad:
    sys.exit('\n'.join(bad[:20]))
"#;
    let out = std::process::Command::new(&python)
        .arg("-c")
        .arg(script)
        .arg(&list)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let opened: usize = String::from_utf8_lossy(&out.stdout).trim().parse().unwrap();
    assert_eq!(opened, copies.len() + resaved.len());
}

/// An entry of the original whose checksum is wrong (its data sound) is not copied raw: the copy
/// carries the same content with the right checksum, and says so in one sentence.
#[test]
fn an_entry_with_a_wrong_checksum_is_written_anew_with_the_right_one() {
    let input = fixture("formatted.xlsx");
    let dir = tempfile::tempdir().unwrap();
    let damaged_part = "docProps/core.xml";
    let mut src = zip::ZipArchive::new(std::fs::File::open(&input).unwrap()).unwrap();
    let mut raw = bomb::RawZip::new();
    let mut content = Vec::new();
    for i in 0..src.len() {
        let mut f = src.by_index(i).unwrap();
        let name = f.name().unwrap().to_string();
        let mut data = Vec::new();
        f.read_to_end(&mut data).unwrap();
        let mut h = crc32fast::Hasher::new();
        h.update(&data);
        let crc = h.finalize();
        if name == damaged_part {
            content = data.clone();
        }
        let crc = if name == damaged_part { !crc } else { crc };
        raw.add(&name, &bomb::deflate(&data), crc, data.len() as u32);
    }
    let damaged = dir.path().join("damaged.xlsx");
    std::fs::write(&damaged, raw.finish()).unwrap();
    for (lang, sentence) in [
        (
            Lang::En,
            "repaired: in the original, docProps/core.xml had a wrong checksum; the copy carries the same content with the right one.",
        ),
        (
            Lang::De,
            "repariert: Im Original hatte docProps/core.xml eine falsche Prüfsumme; die Kopie enthält denselben Inhalt mit der richtigen.",
        ),
    ] {
        let report = run(
            std::slice::from_ref(&damaged),
            &dir.path().join(format!("{lang:?}")),
            lang,
        );
        let w = only(&report);
        assert_eq!(w.copy_note_sentence(lang).as_deref(), Some(sentence));
        let copy = w.output.clone().unwrap();
        // The zip crate checks each entry's checksum as it reads it to the end.
        let pkg = Package::open(&copy);
        let mut zip = pkg.zip();
        for i in 0..zip.len() {
            let mut f = zip.by_index(i).unwrap();
            let name = f.name().unwrap().to_string();
            let mut data = Vec::new();
            f.read_to_end(&mut data)
                .unwrap_or_else(|e| panic!("{name}: {e}"));
            if name == damaged_part {
                assert_eq!(data, content, "the same content");
            }
        }
        // The sheets are still patched, not rebuilt: the merged title of Staff is there.
        assert!(pkg.sheet("Staff").contains("mergeCell"));
        common::assert_open_in_openpyxl_and_libreoffice(&[copy]);
    }
}

/// The Findings and Summary sheets the patch writes itself (issue 31) hold what the rebuilt
/// copy's hold, written by rust_xlsxwriter from the same findings: read back with calamine,
/// the same sheet names and every cell the same; the notes on the Summary say the same; the
/// formats are the same (a severity's fill, the header's bold); every part is well-formed XML,
/// and openpyxl and LibreOffice open each copy.
#[test]
fn the_report_sheets_the_patch_writes_read_back_like_the_rebuilt_copys() {
    use calamine::Reader;
    let dir = tempfile::tempdir().unwrap();
    let mut summary_notes = 0;
    let mut patched_copies = Vec::new();
    // A plan without its Channels sheet (a finding without a cell: a note on the Summary),
    // whose unit and people's names need escaping.
    let hostile = dir.path().join("hostile.xlsx");
    let mut wb = rust_xlsxwriter::Workbook::new();
    let unit = " R&D <Süd> \"A\" 'B'";
    common::text_sheet(
        &mut wb,
        "Units",
        &[vec!["Unit", "Country"], vec![unit, "DE"]],
    );
    common::text_sheet(
        &mut wb,
        "Staff",
        &[
            vec![
                "Person ID",
                "Name",
                "Weekly hours",
                "Deputy",
                "Role",
                "Unit",
            ],
            vec!["P1", "Anna <&>", "40", "P9", "social media manager", unit],
            vec!["P2", "Ben\u{1}", "400", "P1", "coordinator", unit],
        ],
    );
    common::text_sheet(
        &mut wb,
        "Allocation",
        &[
            vec!["Person ID", "Channel", "Hours per week"],
            vec!["P1", "Linked<In>", "10"],
            vec!["P2", "Linked<In>", "10"],
        ],
    );
    wb.save(&hostile).unwrap();
    for (input, lang) in [
        (fixture("formatted.xlsx"), Lang::En),
        (fixture("german.xlsx"), Lang::De),
        (fixture("english.xlsx"), Lang::Fr),
        (fixture("../../samples/de-holding-hq.xlsx"), Lang::De),
        (fixture("../../samples/fr-lyon.xlsx"), Lang::Fr),
        (hostile.clone(), Lang::En),
    ] {
        let name = input.file_name().unwrap().to_str().unwrap();
        let config = teamlint::config::Config::default();
        let check = || {
            let (workbook, load_findings) = teamlint::rules::data::load(&input, name).unwrap();
            let (findings, units) =
                teamlint::rules::check_workbook(&workbook.plan, load_findings, &config);
            (workbook, findings, units)
        };
        let (workbook, findings, units) = check();
        assert!(!findings.is_empty(), "{name} has findings");
        let patched = dir.path().join(format!("patched-{name}"));
        let copy = teamlint::report::patch::write_copy(
            &input, &patched, workbook, &findings, &units, lang,
        )
        .unwrap();
        assert!(copy.note.is_none(), "{name} is patched: {:?}", copy.note);
        let (workbook, _, _) = check();
        let rebuilt = dir.path().join(format!("rebuilt-{name}"));
        teamlint::report::annotated::write(&rebuilt, workbook, &findings, &units, lang).unwrap();
        assert_every_part_well_formed(&patched);

        let mut ours: calamine::Xlsx<_> = calamine::open_workbook(&patched).unwrap();
        let mut theirs: calamine::Xlsx<_> = calamine::open_workbook(&rebuilt).unwrap();
        let names = ours.sheet_names();
        assert_eq!(names, theirs.sheet_names(), "{name}");
        let (findings_name, summary_name) = (&names[names.len() - 2], &names[names.len() - 1]);
        for sheet in [findings_name, summary_name] {
            let a = ours.worksheet_range(sheet).unwrap();
            let b = theirs.worksheet_range(sheet).unwrap();
            assert_eq!(a.start(), b.start(), "{name} {sheet}");
            assert_eq!(a.end(), b.end(), "{name} {sheet}");
            let cells_a: Vec<_> = a.cells().collect();
            let cells_b: Vec<_> = b.cells().collect();
            assert_eq!(cells_a, cells_b, "{name} {sheet}");
        }
        // The first row is a worst finding's: its rule code, subject and cell.
        let range = ours.worksheet_range(findings_name).unwrap();
        let row: Vec<String> = (0..range.width() as u32)
            .map(|c| {
                range
                    .get_value((1, c))
                    .map(|v| v.to_string())
                    .unwrap_or_default()
            })
            .collect();
        let worst = findings.iter().map(|f| f.severity).max().unwrap();
        let first = findings
            .iter()
            .find(|f| {
                f.severity == worst
                    && row.contains(&f.code().to_string())
                    && row.contains(&f.subject)
                    && f.cell().is_none_or(|c| row.contains(&c))
            })
            .unwrap_or_else(|| panic!("{name}: {row:?} is no worst finding's row"));
        // Formats: the severity column's fill and the Summary header's bold, as rebuilt.
        let pkg = Package::open(&patched);
        let (xf, _) = format_of(&pkg, findings_name, "A2");
        assert_eq!(
            fill_rgb(&pkg, &xf["fillId"]).as_deref(),
            Some(severity_rgb(first.severity).as_str()),
            "{name}"
        );
        let (xf, _) = format_of(&pkg, summary_name, "A1");
        let fonts = children(&pkg.part("xl/styles.xml"), "fonts");
        assert!(
            fonts[xf["fontId"].parse::<usize>().unwrap()].contains("<b/>"),
            "{name}: the Summary header is bold"
        );
        // The Summary's notes (findings without a cell of their own) say what the rebuilt
        // copy's say.
        let rebuilt_pkg = Package::open(&rebuilt);
        let texts = |p: &Package, sheet: &str| -> Vec<String> {
            p.comments(sheet)
                .map(|c| {
                    elements(&c, "comment")
                        .iter()
                        .map(|e| e["ref"].clone())
                        .collect()
                })
                .unwrap_or_default()
        };
        let ours_notes = texts(&pkg, summary_name);
        assert_eq!(ours_notes, texts(&rebuilt_pkg, summary_name), "{name}");
        if !ours_notes.is_empty() {
            let (a, b) = (
                pkg.comments(summary_name).unwrap(),
                rebuilt_pkg.comments(summary_name).unwrap(),
            );
            let words = |xml: &str| {
                let doc = roxmltree::Document::parse(xml).unwrap();
                doc.descendants()
                    .filter(|n| n.is_text() && n.ancestors().any(|a| a.has_tag_name("text")))
                    .map(|n| n.text().unwrap_or_default())
                    .collect::<String>()
            };
            assert_eq!(words(&a), words(&b), "{name}");
        }
        summary_notes += ours_notes.len();
        patched_copies.push(patched);
    }
    assert!(summary_notes > 0, "some finding has no cell of its own");
    common::assert_open_in_openpyxl_and_libreoffice(&patched_copies);
}
