//! The outputs (CONTRACT §4) read back with independent readers: calamine for values and sheet
//! names, the xlsx XML (via zip) for notes, fills, links, tables and charts, serde_json for
//! findings.json, csv and polars for the BI exports.

use calamine::{Data, Reader, Xlsx, open_workbook};
use std::io::Read;
use std::path::{Path, PathBuf};
use teamlint::config::Config;
use teamlint::contract::{Lang, OrgForm, Role};
use teamlint::findings::{Fact, Finding, Severity, Target};
use teamlint::model::{Loc, Plan, RawCell, RawSheet, RawValue, Workbook};
use teamlint::report::{annotated, group, json, terminal};
use teamlint::rules::UnitFigures;
use teamlint::{InputStatus, Report, WorkbookResult};

// ---------------------------------------------------------------- fixtures

fn cell(row: u32, col: u32, value: RawValue) -> RawCell {
    RawCell {
        row,
        col,
        value,
        formula: None,
    }
}

fn text(row: u32, col: u32, t: &str) -> RawCell {
    cell(row, col, RawValue::Text(t.into()))
}

fn num(row: u32, col: u32, x: f64) -> RawCell {
    cell(row, col, RawValue::Number(x))
}

/// A workbook with a Staff sheet (a formula with cached result 42 in D2, a date in E2, a text
/// that looks like a formula in B3) and a Channels sheet.
fn workbook() -> Workbook {
    let staff = RawSheet {
        name: "Staff".into(),
        cells: vec![
            text(0, 0, "Person ID"),
            text(0, 1, "Name"),
            text(0, 2, "Deputy"),
            text(0, 3, "Weekly hours"),
            text(0, 4, "Start"),
            num(1, 0, 1001.0),
            text(1, 1, "Anna Example"),
            text(1, 2, "9999"),
            RawCell {
                row: 1,
                col: 3,
                value: RawValue::Number(42.0),
                formula: Some("40+2".into()),
            },
            cell(
                1,
                4,
                RawValue::DateTime {
                    serial: 45292.0,
                    is_duration: false,
                },
            ),
            num(2, 0, 1002.0),
            text(2, 1, "=HYPERLINK(\"http://evil.example\",\"click\")"),
            cell(2, 2, RawValue::Bool(true)),
            cell(2, 3, RawValue::Error("#REF!".into())),
        ],
        merged: Vec::new(),
        totals_rows: Vec::new(),
    };
    let channels = RawSheet {
        name: "Channels".into(),
        cells: vec![
            text(0, 0, "Channel"),
            text(0, 1, "Budget"),
            text(1, 0, "Facebook"),
            text(1, 1, "free"),
            text(2, 0, "Instagram"),
        ],
        merged: Vec::new(),
        totals_rows: Vec::new(),
    };
    Workbook {
        sheets: vec![staff, channels],
        plan: Plan::default(),
    }
}

const WB: &str = "sales/de.xlsx";

/// A finding of a registered rule with a chosen severity, in the workbook `WB`, unit DE.
fn finding(
    code: &str,
    severity: Severity,
    loc: Option<Loc>,
    subject: &str,
    facts: Vec<Fact>,
) -> Finding {
    let rule = teamlint::rules::rule(code).unwrap();
    let target = Target {
        workbook: WB,
        unit: Some("DE"),
        loc,
        subject,
        discriminator: "",
    };
    let mut f = Finding::new(rule, target, facts);
    f.severity = severity;
    f
}

fn findings() -> Vec<Finding> {
    vec![
        finding(
            "DATA003",
            Severity::Error,
            Some(Loc::new("Staff", 1, 2)),
            "9999",
            vec![
                Fact::Value("9999".into()),
                Fact::Column("Deputy".into()),
                Fact::Person("1001".into()),
            ],
        ),
        // A warning on the same cell: one note names both codes, the error fill wins.
        finding(
            "SPOF002",
            Severity::Warning,
            Some(Loc::new("Staff", 1, 2)),
            "1001",
            vec![
                Fact::Person("1001".into()),
                Fact::PersonName("Anna Example".into()),
                Fact::Role(Role::SocialMediaManager),
                Fact::Reason("no-deputy"),
            ],
        ),
        finding(
            "COST001",
            Severity::Error,
            Some(Loc::new("Channels", 1, 1)),
            "Facebook",
            vec![
                Fact::Channel("Facebook".into()),
                Fact::Hours(5.0),
                Fact::Cost(11_200.0),
                Fact::Currency("EUR".into()),
                Fact::Reason("budget-free"),
                Fact::BudgetWord("kostenlos".into()),
            ],
        ),
        // A flagged empty cell: it still gets its fill and note.
        finding(
            "STAFF001",
            Severity::Info,
            Some(Loc::new("Channels", 2, 1)),
            "Instagram",
            vec![
                Fact::Channel("=cmd|' /C calc'!A0 Instagram".into()),
                Fact::Hours(0.0),
                Fact::RequiredHours(6.0),
                Fact::MinimumHours(5.4),
                Fact::Threshold(0.1),
            ],
        ),
        // No cell of its own: links to the unit's Summary row.
        finding(
            "COORD001",
            Severity::Error,
            None,
            "DE",
            vec![Fact::Count(3)],
        ),
    ]
}

/// An over-allocated person of the CH workbook.
fn over_allocated(person: &str, row: u32, hours: f64, weekly: f64) -> Finding {
    let target = Target {
        workbook: "ch.xlsx",
        unit: Some("CH"),
        loc: Some(Loc::new("Allocation", row, 4)),
        subject: person,
        discriminator: "",
    };
    let facts = vec![
        Fact::Person(person.into()),
        Fact::Hours(hours),
        Fact::WeeklyHours(weekly),
    ];
    Finding::new(teamlint::rules::rule("STAFF004").unwrap(), target, facts)
}

fn unit(workbook: &str, name: &str, currency: &str) -> UnitFigures {
    UnitFigures {
        workbook: workbook.into(),
        unit: name.into(),
        unit_loc: None,
        country: Some("DE".into()),
        employees: Some(120.0),
        org_form: Some(OrgForm::Coordinated),
        currency: currency.into(),
        people: 2,
        fte: 0.5,
        active_channels: 2,
        required_hours: 24.0,
        allocated_hours: 19.0,
        coverage: Some(19.0 / 24.0),
        staff_cost: 35_000.0,
        budget: Some(20_000.0),
        budget_gap: 15_000.0,
        has_group_coordinator: false,
        errors: 3,
        warnings: 1,
        infos: 1,
    }
}

/// The workbooks of the report below: a German unit with five findings, a broken file and a
/// Swiss unit with two.
fn workbooks() -> Vec<WorkbookResult> {
    let fs = findings();
    let ch = vec![
        over_allocated("2001", 3, 45.0, 40.0),
        over_allocated("2002", 5, 41.0, 38.0),
    ];
    let mut ch_unit = unit("ch.xlsx", "CH", "CHF");
    ch_unit.country = Some("CH".into());
    ch_unit.errors = 2;
    vec![
        WorkbookResult {
            path: WB.into(),
            source: PathBuf::from("in/sales/de.xlsx"),
            output: Some(PathBuf::from("out/sales/de.checked.xlsx")),
            status: InputStatus::Ok,
            error: None,
            copy_note: None,
            units: vec![unit(WB, "DE", "EUR")],
            findings: fs,
            reading: Default::default(),
        },
        WorkbookResult {
            path: "broken.xlsx".into(),
            source: PathBuf::from("in/broken.xlsx"),
            output: None,
            status: InputStatus::Failed,
            error: Some("not a workbook: the zip archive is truncated".into()),
            copy_note: None,
            units: vec![],
            findings: vec![],
            reading: Default::default(),
        },
        WorkbookResult {
            path: "ch.xlsx".into(),
            source: PathBuf::from("in/ch.xlsx"),
            output: Some(PathBuf::from("out/ch.checked.xlsx")),
            status: InputStatus::Ok,
            error: None,
            copy_note: None,
            units: vec![ch_unit],
            findings: ch,
            reading: Default::default(),
        },
    ]
}

/// The group finding of the report below: COORD003 about the batch.
fn group_findings() -> Vec<Finding> {
    vec![Finding::new(
        teamlint::rules::rule("COORD003").unwrap(),
        Target {
            workbook: "",
            unit: None,
            loc: None,
            subject: "group",
            discriminator: "",
        },
        vec![
            Fact::Count(2),
            Fact::Countries(vec!["CH".into(), "DE".into()]),
        ],
    )]
}

/// A report of three workbooks (one failed) and a group finding, built in memory.
fn report() -> Report {
    let mut report = Report::new(workbooks(), group_findings());
    report.outputs = vec![PathBuf::from("out/group-report.xlsx")];
    report
}

// ---------------------------------------------------------------- readers

fn zip_entry(path: &Path, name: &str) -> Option<String> {
    let file = std::fs::File::open(path).unwrap();
    let mut archive = zip::ZipArchive::new(file).unwrap();
    let mut entry = archive.by_name(name).ok()?;
    let mut text = String::new();
    entry.read_to_string(&mut text).unwrap();
    Some(text)
}

fn zip_names(path: &Path) -> Vec<String> {
    let file = std::fs::File::open(path).unwrap();
    let archive = zip::ZipArchive::new(file).unwrap();
    archive
        .file_names()
        .map(|n| n.unwrap().into_owned())
        .collect()
}

/// The `<c r="REF" ...>...</c>` element of a cell in sheet XML.
fn cell_xml(sheet_xml: &str, reference: &str) -> Option<String> {
    let start = sheet_xml.find(&format!("<c r=\"{reference}\""))?;
    let rest = &sheet_xml[start..];
    let end_tag = rest.find("</c>");
    let self_close = rest.find("/>");
    let end = match (end_tag, self_close) {
        (Some(a), Some(b)) if b < a && !rest[..b].contains('>') => b + 2,
        (Some(a), _) => a + 4,
        (None, Some(b)) => b + 2,
        (None, None) => rest.len(),
    };
    Some(rest[..end].to_string())
}

fn attr(element: &str, name: &str) -> Option<String> {
    let pat = format!(" {name}=\"");
    let start = element.find(&pat)? + pat.len();
    let end = element[start..].find('"')? + start;
    Some(element[start..end].to_string())
}

/// The fill colour (ARGB) of the cell's style, from styles.xml.
fn cell_fill(book: &Path, sheet_file: &str, reference: &str) -> Option<String> {
    let sheet = zip_entry(book, sheet_file).unwrap();
    let c = cell_xml(&sheet, reference)?;
    let xf_index: usize = attr(&c, "s")?.parse().ok()?;
    let styles = zip_entry(book, "xl/styles.xml").unwrap();
    let xfs_start = styles.find("<cellXfs")?;
    let xfs_end = styles[xfs_start..].find("</cellXfs>")? + xfs_start;
    let xfs: Vec<&str> = styles[xfs_start..xfs_end].split("<xf ").skip(1).collect();
    let fill_id: usize = attr(&format!(" {}", xfs.get(xf_index)?), "fillId")?
        .parse()
        .ok()?;
    let fills_start = styles.find("<fills")?;
    let fills_end = styles[fills_start..].find("</fills>")? + fills_start;
    let fills: Vec<&str> = styles[fills_start..fills_end]
        .split("<fill>")
        .skip(1)
        .collect();
    let fill = fills.get(fill_id)?;
    let fg = fill.find("<fgColor")?;
    attr(&fill[fg..], "rgb")
}

fn range(path: &Path, sheet: &str) -> calamine::Range<Data> {
    let mut book: Xlsx<_> = open_workbook(path).unwrap();
    book.worksheet_range(sheet).unwrap()
}

fn value(range: &calamine::Range<Data>, row: u32, col: u32) -> Data {
    range.get_value((row, col)).cloned().unwrap_or(Data::Empty)
}

fn write_copy(dir: &Path, lang: Lang) -> PathBuf {
    let out = dir.join("de.checked.xlsx");
    let units = vec![unit(WB, "DE", "EUR")];
    annotated::write(&out, workbook(), &findings(), &units, lang).unwrap();
    out
}

// ---------------------------------------------------------------- annotated copy

#[test]
fn annotated_copy_keeps_sheets_values_and_dates() {
    let dir = tempfile::tempdir().unwrap();
    let out = write_copy(dir.path(), Lang::En);
    let book: Xlsx<_> = open_workbook(&out).unwrap();
    assert_eq!(
        book.sheet_names(),
        vec!["Staff", "Channels", "Findings", "Summary"]
    );
    let staff = range(&out, "Staff");
    assert_eq!(value(&staff, 0, 0), Data::String("Person ID".into()));
    assert_eq!(value(&staff, 1, 0), Data::Float(1001.0));
    assert_eq!(value(&staff, 1, 1), Data::String("Anna Example".into()));
    assert_eq!(value(&staff, 2, 2), Data::Bool(true));
    assert_eq!(value(&staff, 2, 3), Data::String("#REF!".into()));
    match value(&staff, 1, 4) {
        Data::DateTime(d) => {
            assert!(d.is_datetime());
            assert_eq!(d.as_f64(), 45292.0);
        }
        other => panic!("the date came back as {other:?}"),
    }
    // No temporary file is left behind.
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(left, vec!["de.checked.xlsx"]);
}

#[test]
fn annotated_copy_keeps_formula_with_cached_result() {
    let dir = tempfile::tempdir().unwrap();
    let out = write_copy(dir.path(), Lang::En);
    let staff = range(&out, "Staff");
    assert_eq!(value(&staff, 1, 3), Data::Float(42.0));
    let xml = zip_entry(&out, "xl/worksheets/sheet1.xml").unwrap();
    let d2 = cell_xml(&xml, "D2").unwrap();
    assert!(d2.contains("<f>40+2</f>"), "{d2}");
    assert!(d2.contains("<v>42</v>"), "{d2}");
    let mut book: Xlsx<_> = open_workbook(&out).unwrap();
    let formulas = book.worksheet_formula("Staff").unwrap();
    assert_eq!(formulas.get_value((1, 3)).map(String::as_str), Some("40+2"));
}

#[test]
fn text_that_looks_like_a_formula_stays_text() {
    let dir = tempfile::tempdir().unwrap();
    let out = write_copy(dir.path(), Lang::En);
    let staff = range(&out, "Staff");
    assert_eq!(
        value(&staff, 2, 1),
        Data::String("=HYPERLINK(\"http://evil.example\",\"click\")".into())
    );
    let xml = zip_entry(&out, "xl/worksheets/sheet1.xml").unwrap();
    let b3 = cell_xml(&xml, "B3").unwrap();
    assert!(!b3.contains("<f>"), "{b3}");
    assert!(!xml.contains("<f>HYPERLINK"));
    // The message that starts with "=" on the Findings sheet is text too.
    let findings_xml = zip_entry(&out, "xl/worksheets/sheet3.xml").unwrap();
    assert!(!findings_xml.contains("<f>cmd"));
    assert!(
        !findings_xml.contains("<f>"),
        "no formula on the Findings sheet"
    );
}

#[test]
fn flagged_cells_are_filled_by_worst_severity() {
    let dir = tempfile::tempdir().unwrap();
    let out = write_copy(dir.path(), Lang::En);
    // C2 has an error and a warning: red wins.
    assert_eq!(
        cell_fill(&out, "xl/worksheets/sheet1.xml", "C2").as_deref(),
        Some("FFFFC7CE")
    );
    // B2 on Channels: an error.
    assert_eq!(
        cell_fill(&out, "xl/worksheets/sheet2.xml", "B2").as_deref(),
        Some("FFFFC7CE")
    );
    // B3 on Channels is empty in the input and flagged with an info: blue blank cell.
    assert_eq!(
        cell_fill(&out, "xl/worksheets/sheet2.xml", "B3").as_deref(),
        Some(format!("FF{:06X}", annotated::INFO_FILL).as_str())
    );
    // An unflagged cell has no fill.
    assert_eq!(cell_fill(&out, "xl/worksheets/sheet1.xml", "B2"), None);
}

#[test]
fn flagged_cells_get_one_note_naming_every_code() {
    let dir = tempfile::tempdir().unwrap();
    let out = write_copy(dir.path(), Lang::En);
    let names = zip_names(&out);
    let comments: Vec<&String> = names
        .iter()
        .filter(|n| n.starts_with("xl/comments"))
        .collect();
    assert_eq!(
        comments.len(),
        3,
        "Staff, Channels and Summary have notes: {names:?}"
    );
    let staff_rels = zip_entry(&out, "xl/worksheets/_rels/sheet1.xml.rels").unwrap();
    let target = staff_rels
        .split("Target=\"")
        .skip(1)
        .map(|t| t.split('"').next().unwrap())
        .find(|t| t.contains("comments"))
        .unwrap();
    let staff_notes = zip_entry(&out, &format!("xl/{}", target.trim_start_matches("../"))).unwrap();
    assert_eq!(
        staff_notes.matches("<comment ").count(),
        1,
        "one note per cell"
    );
    assert!(staff_notes.contains("ref=\"C2\""));
    assert!(staff_notes.contains("DATA003"));
    assert!(staff_notes.contains("SPOF002"));
    assert!(staff_notes.contains("9999"));
    assert!(staff_notes.contains("is not on the Staff sheet."));
    assert!(staff_notes.contains("What to do:"));
    // The fix line is the rule's "how to fix" text.
    let fix = teamlint::rules::rule("DATA003").unwrap().fix(Lang::En);
    let fragment: String = fix
        .chars()
        .take_while(|c| !"&<>\"'".contains(*c))
        .take(30)
        .collect();
    assert!(fragment.len() >= 10, "{fix}");
    assert!(staff_notes.contains(&fragment), "{fix}");
    // The error is named before the warning.
    assert!(staff_notes.find("DATA003") < staff_notes.find("SPOF002"));
    // The empty flagged cell has its note too.
    let all: String = comments
        .iter()
        .map(|c| zip_entry(&out, c).unwrap())
        .collect();
    assert!(all.contains("ref=\"B3\"") && all.contains("STAFF001"));
    // The finding without a cell is noted on the unit's Summary row.
    assert!(all.contains("COORD001"));
}

#[test]
fn findings_sheet_is_a_table_linking_to_flagged_cells() {
    let dir = tempfile::tempdir().unwrap();
    let out = write_copy(dir.path(), Lang::En);
    let table = zip_entry(&out, "xl/tables/table1.xml").unwrap();
    assert!(table.contains("ref=\"A1:I6\""), "{table}");
    assert!(table.contains("<autoFilter"));
    for header in [
        "Severity",
        "Code",
        "Name",
        "Unit",
        "Sheet",
        "Cell",
        "Subject",
        "Message",
        "What to do",
    ] {
        assert!(table.contains(&format!("name=\"{header}\"")), "{header}");
    }
    // Printed landscape, one page wide, the header row on every page.
    let book = zip_entry(&out, "xl/workbook.xml").unwrap();
    assert!(
        book.contains("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"2\">Findings!$1:$1</definedName>"),
        "{book}"
    );
    let sheet = zip_entry(&out, "xl/worksheets/sheet3.xml").unwrap();
    assert!(sheet.contains("<pane ") && sheet.contains("state=\"frozen\""));
    assert!(sheet.contains("orientation=\"landscape\"") && sheet.contains("fitToHeight=\"0\""));
    assert!(sheet.contains("location=\"'Staff'!C2\""), "{sheet}");
    assert!(sheet.contains("location=\"'Channels'!B2\""));
    // COORD001 has no cell: it links to DE's row on the Summary sheet.
    assert!(sheet.contains("location=\"'Summary'!A2\""));

    let rows = range(&out, "Findings");
    assert_eq!(value(&rows, 0, 0), Data::String("Severity".into()));
    // Errors first.
    assert_eq!(value(&rows, 1, 0), Data::String("error".into()));
    assert_eq!(value(&rows, 5, 0), Data::String("info".into()));
    let codes: Vec<Data> = (1..=5).map(|r| value(&rows, r, 1)).collect();
    assert!(codes.contains(&Data::String("SPOF002".into())));
    let data003 = (1..=5)
        .find(|&r| value(&rows, r, 1) == Data::String("DATA003".into()))
        .unwrap();
    assert_eq!(value(&rows, data003, 3), Data::String("DE".into()));
    assert_eq!(value(&rows, data003, 4), Data::String("Staff".into()));
    assert_eq!(value(&rows, data003, 5), Data::String("C2".into()));
    let fix = teamlint::rules::rule("DATA003").unwrap().fix(Lang::En);
    assert_eq!(value(&rows, data003, 8), Data::String(fix.into()));
    assert_eq!(value(&rows, data003, 6), Data::String("9999".into()));
}

#[test]
fn summary_has_unit_figures_and_legend() {
    let dir = tempfile::tempdir().unwrap();
    let out = write_copy(dir.path(), Lang::En);
    let s = range(&out, "Summary");
    assert_eq!(value(&s, 0, 0), Data::String("Unit".into()));
    assert_eq!(value(&s, 1, 0), Data::String("DE".into()));
    assert_eq!(value(&s, 1, 2), Data::Float(2.0));
    assert_eq!(value(&s, 1, 7), Data::Float(19.0 / 24.0));
    assert_eq!(value(&s, 1, 9), Data::Float(35_000.0));
    assert_eq!(value(&s, 1, 12), Data::Float(3.0));
    let all: Vec<String> = s
        .rows()
        .flat_map(|r| r.iter().map(|d| d.to_string()))
        .collect();
    assert!(all.contains(&"Legend".to_string()));
    assert!(all.contains(&"COST001".to_string()));
    assert!(
        all.contains(&"Free platform fallacy".to_string()),
        "the rule by its title"
    );
}

#[test]
fn rebuilt_copy_merges_the_ranges_the_reader_exposes() {
    // An .xls input's merged title (A1:C1) comes back merged, with its value.
    let dir = tempfile::tempdir().unwrap();
    let mut wb = workbook();
    wb.sheets[0].merged = vec![(0, 0, 0, 2), (5, 5, 5, 5)];
    let out = dir.path().join("merged.checked.xlsx");
    annotated::write(&out, wb, &findings(), &[], Lang::En).unwrap();
    let xml = zip_entry(&out, "xl/worksheets/sheet1.xml").unwrap();
    assert!(xml.contains(r#"<mergeCell ref="A1:C1"/>"#), "{xml}");
    assert_eq!(
        xml.matches("<mergeCell ").count(),
        1,
        "a one-cell range is no merge"
    );
    assert_eq!(
        value(&range(&out, "Staff"), 0, 0),
        Data::String("Person ID".into())
    );
}

#[test]
fn german_copy_has_german_sheet_names() {
    let dir = tempfile::tempdir().unwrap();
    let out = write_copy(dir.path(), Lang::De);
    let book: Xlsx<_> = open_workbook(&out).unwrap();
    assert_eq!(
        book.sheet_names(),
        vec!["Staff", "Channels", "Befunde", "Übersicht"]
    );
    let rows = range(&out, "Befunde");
    assert_eq!(value(&rows, 1, 0), Data::String("Fehler".into()));
    let sheet = zip_entry(&out, "xl/worksheets/sheet3.xml").unwrap();
    assert!(sheet.contains("location=\"'Übersicht'!A2\""));
}

#[test]
fn maximal_texts_fit() {
    let dir = tempfile::tempdir().unwrap();
    let whole = "x".repeat(32_767);
    let wb = Workbook {
        sheets: vec![RawSheet {
            name: "Staff".into(),
            cells: vec![
                text(0, 0, &whole),
                text(1, 0, &"é".repeat(40_000)),
                text(2, 0, &"😀".repeat(20_000)),
            ],
            merged: Vec::new(),
            totals_rows: Vec::new(),
        }],
        plan: Plan::default(),
    };
    // A note too long for Excel is cut, not refused.
    let huge = finding(
        "DATA002",
        Severity::Error,
        Some(Loc::new("Staff", 0, 0)),
        "x",
        vec![
            Fact::Column("Weekly hours".into()),
            Fact::Reason("not-a-number"),
            Fact::Value("y".repeat(40_000)),
        ],
    );
    let out = dir.path().join("long.checked.xlsx");
    annotated::write(&out, wb, &[huge], &[], Lang::En).unwrap();
    let staff = range(&out, "Staff");
    assert_eq!(value(&staff, 0, 0), Data::String(whole));
    let units = |d: Data| match d {
        Data::String(s) => (s.encode_utf16().count(), s.ends_with('…')),
        other => panic!("{other:?}"),
    };
    assert_eq!(units(value(&staff, 1, 0)), (32_767, true));
    let (n, cut) = units(value(&staff, 2, 0));
    assert!(cut && (32_765..=32_767).contains(&n), "{n}");
}

#[test]
fn notes_quote_each_rules_fix_in_the_readers_language() {
    let f = &findings()[0];
    for lang in [Lang::En, Lang::De] {
        let note = annotated::note_text(&[f], lang);
        assert!(note.contains(f.rule.fix(lang)), "{note}");
        assert!(note.contains(&f.message(lang)), "{note}");
    }
    let de = annotated::note_text(&[f], Lang::De);
    // The rule by its German title, not its kebab id (issue 25).
    assert!(
        de.starts_with("FEHLER DATA003 (Unbekannte Personalnummer)"),
        "{de}"
    );
    assert!(de.contains("Was tun: "), "{de}");
    assert!(de.contains("steht nicht im Blatt Mitarbeiter"), "{de}");
}

#[test]
fn input_sheets_named_like_ours_keep_their_names() {
    let dir = tempfile::tempdir().unwrap();
    let mut wb = workbook();
    wb.sheets[1].name = "Findings".into();
    wb.sheets.push(RawSheet {
        name: "it's summary".into(),
        cells: vec![text(0, 0, "x")],
        merged: Vec::new(),
        totals_rows: Vec::new(),
    });
    let mut fs = findings();
    for f in &mut fs {
        if let Some(loc) = f.loc.as_mut().filter(|l| l.sheet == "Channels") {
            loc.sheet = "Findings".into();
        }
    }
    fs.push(finding(
        "DATA002",
        Severity::Warning,
        Some(Loc::new("it's summary", 0, 0)),
        "x",
        vec![Fact::Reason("not-a-number"), Fact::Value("odd".into())],
    ));
    let out = dir.path().join("x.checked.xlsx");
    annotated::write(&out, wb, &fs, &[unit(WB, "DE", "EUR")], Lang::En).unwrap();
    let book: Xlsx<_> = open_workbook(&out).unwrap();
    assert_eq!(
        book.sheet_names(),
        vec![
            "Staff",
            "Findings",
            "it's summary",
            "Findings (teamlint)",
            "Summary"
        ]
    );
    let ours = zip_entry(&out, "xl/worksheets/sheet4.xml").unwrap();
    assert!(ours.contains("location=\"'Findings'!B2\""), "{ours}");
    assert!(ours.contains("location=\"'it''s summary'!A1\""), "{ours}");
}

#[test]
fn annotated_copy_without_findings_or_units_is_still_valid() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("clean.checked.xlsx");
    annotated::write(&out, workbook(), &[], &[], Lang::En).unwrap();
    let book: Xlsx<_> = open_workbook(&out).unwrap();
    assert_eq!(book.sheet_names().len(), 4);
    assert!(zip_entry(&out, "xl/tables/table1.xml").is_some());
    assert!(!zip_names(&out).iter().any(|n| n.starts_with("xl/comments")));
}

// ---------------------------------------------------------------- group report

#[test]
fn group_report_has_sheets_charts_and_formatting() {
    let dir = tempfile::tempdir().unwrap();
    let mut config = Config::default();
    config.currency.group = "EUR".into();
    let path = group::write(dir.path(), &report(), &config, Lang::En).unwrap();
    assert_eq!(path, dir.path().join("group-report.xlsx"));
    let book: Xlsx<_> = open_workbook(&path).unwrap();
    assert_eq!(
        book.sheet_names(),
        vec![
            "Units",
            "Charts",
            "Findings per unit",
            "Group findings",
            "Inputs"
        ]
    );
    let chart1 = zip_entry(&path, "xl/charts/chart1.xml").expect("chart1");
    let chart2 = zip_entry(&path, "xl/charts/chart2.xml").expect("chart2");
    assert!(chart1.contains("<c:barChart>") && chart1.contains("<c:barDir val=\"col\"/>"));
    assert!(chart1.contains("<c:grouping val=\"clustered\"/>"));
    assert!(chart1.contains("Units!$I$2:$I$3") && chart1.contains("Units!$J$2:$J$3"));
    assert!(chart2.contains("Units!$P$2:$P$3") && chart2.contains("Units!$Q$2:$Q$3"));

    // Printed landscape, one page wide, every table's header row on each page.
    let workbook = zip_entry(&path, "xl/workbook.xml").unwrap();
    for (sheet, at) in [
        ("Units", 0),
        ("'Findings per unit'", 2),
        ("'Group findings'", 3),
        ("Inputs", 4),
    ] {
        assert!(
            workbook.contains(&format!(
                "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"{at}\">{sheet}!$1:$1</definedName>"
            )),
            "{sheet}: {workbook}"
        );
    }
    let units_xml = zip_entry(&path, "xl/worksheets/sheet1.xml").unwrap();
    assert!(units_xml.contains("<colorScale>"));
    assert!(units_xml.contains("sqref=\"K2:K3\""));
    assert!(units_xml.contains("sqref=\"S2:S3\""));

    let units = range(&path, "Units");
    // Sorted by workbook: ch.xlsx before sales/de.xlsx.
    assert_eq!(value(&units, 1, 0), Data::String("CH".into()));
    assert_eq!(value(&units, 2, 0), Data::String("DE".into()));
    assert_eq!(value(&units, 2, 2), Data::String(WB.into()));
    assert_eq!(value(&units, 2, 4), Data::String("coordinated".into()));
    assert_eq!(value(&units, 2, 10), Data::Float(19.0 / 24.0));
    // EUR converts at 1; CHF has no rate: left empty, with a note saying so.
    assert_eq!(value(&units, 2, 15), Data::Float(35_000.0));
    assert_eq!(value(&units, 1, 15), Data::Empty);
    let notes: String = zip_names(&path)
        .iter()
        .filter(|n| n.starts_with("xl/comments"))
        .map(|n| zip_entry(&path, n).unwrap())
        .collect();
    assert!(notes.contains("No exchange rate from CHF to EUR"));

    let inputs = range(&path, "Inputs");
    assert_eq!(value(&inputs, 1, 0), Data::String("broken.xlsx".into()));
    assert_eq!(value(&inputs, 1, 1), Data::String("failed".into()));
    assert_eq!(
        value(&inputs, 1, 2),
        Data::String("not a workbook: the zip archive is truncated".into())
    );

    let group_findings = range(&path, "Group findings");
    assert_eq!(
        value(&group_findings, 1, 1),
        Data::String("COORD003".into())
    );
    assert_eq!(value(&group_findings, 1, 6), Data::Empty, "no cell");
    assert_eq!(
        value(&group_findings, 1, 8),
        Data::String(
            "2 units from 2 countries (CH, DE) are checked together, but nobody in the workbooks checked has the group coordinator role.".into()
        )
    );
}

#[test]
fn group_report_converts_with_known_rates() {
    let dir = tempfile::tempdir().unwrap();
    let mut config = Config::default();
    config.currency.rates.insert("CHF".into(), 1.5);
    let path = group::write(dir.path(), &report(), &config, Lang::En).unwrap();
    let units = range(&path, "Units");
    assert_eq!(value(&units, 1, 15), Data::Float(52_500.0));
    assert_eq!(value(&units, 1, 16), Data::Float(30_000.0));
}

#[test]
fn finding_counts_per_unit_and_rule() {
    let dir = tempfile::tempdir().unwrap();
    let path = group::write(dir.path(), &report(), &Config::default(), Lang::En).unwrap();
    let sheet = range(&path, "Findings per unit");
    let header: Vec<String> = (0..sheet.width() as u32)
        .map(|c| value(&sheet, 0, c).to_string())
        .collect();
    // A column per rule with findings, in the catalogue's order.
    assert_eq!(
        header,
        [
            "Workbook", "Unit", "SPOF002", "STAFF001", "STAFF004", "COORD001", "COORD003",
            "COST001", "DATA003", "Total"
        ]
    );
    let staff004 = header.iter().position(|h| h == "STAFF004").unwrap() as u32;
    let total = header.iter().position(|h| h == "Total").unwrap() as u32;
    assert_eq!(value(&sheet, 1, 0), Data::String("ch.xlsx".into()));
    assert_eq!(value(&sheet, 1, 1), Data::String("CH".into()));
    assert_eq!(value(&sheet, 1, staff004), Data::Float(2.0));
    assert_eq!(value(&sheet, 1, total), Data::Float(2.0));
    assert_eq!(value(&sheet, 2, 1), Data::String("DE".into()));
    assert_eq!(value(&sheet, 2, staff004), Data::Float(0.0));
    assert_eq!(value(&sheet, 2, total), Data::Float(5.0));
    // The group finding (no unit) has its own row.
    assert_eq!(value(&sheet, 3, 0), Data::String("(group)".into()));
    assert_eq!(value(&sheet, 3, 1), Data::String("(no unit)".into()));
    assert_eq!(value(&sheet, 3, total), Data::Float(1.0));
    assert_eq!(sheet.height(), 4, "no other rows");
}

#[test]
fn german_group_report() {
    let dir = tempfile::tempdir().unwrap();
    let path = group::write(dir.path(), &report(), &Config::default(), Lang::De).unwrap();
    let book: Xlsx<_> = open_workbook(&path).unwrap();
    assert_eq!(
        book.sheet_names(),
        vec![
            "Einheiten",
            "Diagramme",
            "Befunde je Einheit",
            "Konzernbefunde",
            "Eingaben"
        ]
    );
    let units = range(&path, "Einheiten");
    assert_eq!(value(&units, 0, 0), Data::String("Einheit".into()));
    assert_eq!(value(&units, 2, 4), Data::String("koordiniert".into()));
}

#[test]
fn empty_group_report_is_valid() {
    let dir = tempfile::tempdir().unwrap();
    let path = group::write(dir.path(), &Report::default(), &Config::default(), Lang::En).unwrap();
    let book: Xlsx<_> = open_workbook(&path).unwrap();
    assert_eq!(book.sheet_names().len(), 5);
    assert!(zip_entry(&path, "xl/charts/chart2.xml").is_some());
}

// ---------------------------------------------------------------- findings.json, csv, parquet

#[test]
fn findings_json_has_the_contract_fields() {
    let dir = tempfile::tempdir().unwrap();
    let path = json::write_json(dir.path(), &report(), Lang::En).unwrap();
    assert_eq!(path, dir.path().join("findings.json"));
    let doc: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(doc["version"], 1);
    let workbooks = doc["workbooks"].as_array().unwrap();
    assert_eq!(workbooks.len(), 3);
    assert_eq!(workbooks[0]["path"], "broken.xlsx");
    assert_eq!(workbooks[0]["status"], "failed");
    assert_eq!(
        workbooks[0]["error"],
        "not a workbook: the zip archive is truncated"
    );
    assert_eq!(workbooks[2]["status"], "ok");
    assert!(workbooks[2]["error"].is_null());
    let units = doc["units"].as_array().unwrap();
    assert_eq!(units.len(), 2);
    assert_eq!(units[1]["unit"], "DE");
    assert_eq!(units[1]["org_form"], "coordinated");
    assert_eq!(units[1]["staff_cost"], 35000.0);
    let findings = doc["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 8);
    for f in findings {
        for field in [
            "id", "rule", "name", "severity", "workbook", "unit", "sheet", "cell", "subject",
            "message", "data",
        ] {
            assert!(f.get(field).is_some(), "{field} missing in {f}");
        }
    }
    let cost001 = findings.iter().find(|f| f["rule"] == "COST001").unwrap();
    assert_eq!(cost001["data"]["cost"], 11200.0);
    assert_eq!(cost001["data"]["currency"], "EUR");
    assert_eq!(cost001["data"]["budget_word"], "kostenlos");
    assert_eq!(
        cost001["message"],
        "Facebook: budget \"kostenlos\", but 5 h/week of staff time cost 11,200 EUR a year."
    );
    let data003 = findings.iter().find(|f| f["rule"] == "DATA003").unwrap();
    assert_eq!(data003["name"], "unknown-reference");
    assert_eq!(data003["severity"], "error");
    assert_eq!(data003["workbook"], WB);
    assert_eq!(data003["unit"], "DE");
    assert_eq!(data003["sheet"], "Staff");
    assert_eq!(data003["cell"], "C2");
    assert_eq!(data003["subject"], "9999");
    let coord001 = findings.iter().find(|f| f["rule"] == "COORD001").unwrap();
    assert!(coord001["cell"].is_null() && coord001["sheet"].is_null());
    // Group findings come last.
    assert_eq!(findings.last().unwrap()["rule"], "COORD003");
    assert!(findings.last().unwrap()["unit"].is_null());
}

#[test]
fn findings_json_is_deterministic() {
    let a = json::to_json(&report(), Lang::En);
    let mut workbooks = workbooks();
    workbooks.reverse();
    for w in &mut workbooks {
        w.findings.reverse();
    }
    let shuffled = Report::new(workbooks, group_findings());
    assert_eq!(a, json::to_json(&shuffled, Lang::En));
    let dir = tempfile::tempdir().unwrap();
    let p1 = json::write_json(dir.path(), &report(), Lang::En).unwrap();
    let first = std::fs::read(&p1).unwrap();
    let p2 = json::write_json(dir.path(), &shuffled, Lang::En).unwrap();
    assert_eq!(first, std::fs::read(p2).unwrap());
}

#[test]
fn committed_schema_is_current() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas/findings.schema.json");
    let current = json::schema_json();
    if std::env::var_os("UPDATE_SCHEMAS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &current).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == current,
        "schemas/findings.schema.json is stale; regenerate it with `UPDATE_SCHEMAS=1 cargo test --test main outputs::committed_schema_is_current`"
    );
    // The schema names the contract's fields.
    let schema: serde_json::Value = serde_json::from_str(&current).unwrap();
    let text = schema.to_string();
    for field in [
        "version",
        "workbooks",
        "units",
        "findings",
        "subject",
        "cell",
    ] {
        assert!(text.contains(&format!("\"{field}\"")), "{field}");
    }
}

#[test]
fn csv_neutralises_formulas() {
    let mut workbooks = workbooks();
    workbooks[0].findings[0].subject = "=HYPERLINK(\"http://evil.example\",\"x\")".into();
    workbooks[0].findings[1].subject = "+1+1".into();
    workbooks[0].findings[2].subject = "@SUM(A1)".into();
    workbooks[0].findings[3].subject = "-2".into();
    let r = Report::new(workbooks, group_findings());
    let dir = tempfile::tempdir().unwrap();
    let path = json::write_csv(dir.path(), &r, Lang::En).unwrap();
    let mut reader = csv::Reader::from_path(&path).unwrap();
    let headers: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(headers, json::csv_header());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 8);
    let at = headers.iter().position(|h| h == "subject").unwrap();
    let subjects: Vec<&str> = rows.iter().map(|r| &r[at]).collect();
    assert!(subjects.contains(&"'=HYPERLINK(\"http://evil.example\",\"x\")"));
    assert!(subjects.contains(&"'+1+1"));
    assert!(subjects.contains(&"'@SUM(A1)"));
    assert!(subjects.contains(&"'-2"));
    for row in &rows {
        for field in row.iter() {
            assert!(
                !field.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{field}"
            );
        }
    }
    assert_eq!(json::neutralise("Facebook"), "Facebook");
    assert_eq!(json::neutralise("\tx"), "'\tx");
}

#[test]
fn parquet_holds_every_finding() {
    use polars::prelude::{ParquetReader, SerReader};
    let dir = tempfile::tempdir().unwrap();
    let path = json::write_parquet(dir.path(), &report(), Lang::En).unwrap();
    let bytes = std::fs::read(&path).unwrap();
    assert!(bytes.len() > 100 && bytes.starts_with(b"PAR1"));
    let frame = ParquetReader::new(std::fs::File::open(&path).unwrap())
        .finish()
        .unwrap();
    assert_eq!(frame.height(), 8);
    let names: Vec<String> = frame
        .get_column_names()
        .iter()
        .map(|n| n.to_string())
        .collect();
    assert_eq!(names, json::csv_header());
    let rules = frame.column("rule").unwrap().str().unwrap().clone();
    assert_eq!(rules.get(7), Some("COORD003"));
    let cells = frame.column("cell").unwrap().str().unwrap().clone();
    assert_eq!(cells.get(7), None);
}

// ---------------------------------------------------------------- terminal

#[test]
fn terminal_summary_lists_workbooks_and_totals() {
    let text = terminal::summary(&report(), Lang::En);
    let lines: Vec<&str> = text.lines().collect();
    // An unreadable file has a word of its own, not the severity's (issue 25).
    assert!(lines[0].starts_with("UNREADABLE") && lines[0].contains("broken.xlsx"));
    assert!(lines[0].contains("the zip archive is truncated"));
    assert!(lines[1].contains("ch.xlsx") && lines[1].contains("2 errors, 0 warnings, 0 infos"));
    assert!(lines[2].contains("sales/de.xlsx") && lines[2].contains("3 errors, 1 warning, 1 info"));
    assert!(
        text.contains("Total: 3 workbooks (1 failed), 2 units: 6 errors, 1 warning, 1 info"),
        "{text}"
    );
    assert!(
        text.contains("Written to out: 2 annotated copies, group-report.xlsx"),
        "{text}"
    );
    assert!(!text.contains('\u{1b}'), "no terminal escapes");
    // The group's finding on a line of its own, so the workbooks' lines add up (issue 25).
    assert!(
        text.contains("\n  of which 1 error across workbooks: COORD003\n"),
        "{text}"
    );
    let de = terminal::summary(&report(), Lang::De);
    assert!(de.contains("Gesamt: 3 Arbeitsmappen"), "{de}");
    assert!(
        de.contains("  davon 1 Fehler arbeitsmappenübergreifend: COORD003"),
        "{de}"
    );
    assert!(de.starts_with("NICHT LESBAR  broken.xlsx"), "{de}");
    let fr = terminal::summary(&report(), Lang::Fr);
    assert!(
        fr.contains("Total\u{a0}: 3 classeurs (1 illisible), 2 entités\u{a0}: 6 erreurs"),
        "{fr}"
    );
    assert!(
        fr.contains("Écrit dans out\u{a0}: 2 copies annotées"),
        "{fr}"
    );
    assert!(fr.starts_with("ILLISIBLE  broken.xlsx"), "{fr}");
    assert!(
        fr.contains("\n  dont 1 erreur entre classeurs\u{a0}: COORD003\n"),
        "{fr}"
    );
}

#[test]
fn terminal_summary_fits_one_screen() {
    let mut bulk = Vec::new();
    for i in 0..100 {
        let mut w = workbooks()[0].clone();
        w.path = format!("bulk/{i:03}.xlsx");
        if i == 57 {
            w.findings.extend(w.findings.clone());
        }
        if i == 77 {
            w.status = InputStatus::Failed;
            w.error = Some("encrypted".into());
            w.findings.clear();
        }
        if i % 2 == 0 && i != 57 {
            w.findings.clear();
        }
        bulk.push(w);
    }
    let r = Report::new(bulk, Vec::new());
    let text = terminal::summary(&r, Lang::En);
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        lines.len() <= terminal::MAX_LINES + 4,
        "{} lines",
        lines.len()
    );
    assert!(lines[0].contains("bulk/077.xlsx") && lines[0].contains("encrypted"));
    assert!(lines[1].contains("bulk/057.xlsx"));
    assert!(text.contains("more workbooks"));
    assert!(!text.contains("bulk/000.xlsx"));
}
