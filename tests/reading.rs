//! The plan as people keep it (issue 24): workbooks in the shapes HR and controlling keep them,
//! written with rust_xlsxwriter (and converted to .ods by LibreOffice), checked by the real run;
//! each test asserts the findings that must appear, with their cells, and those that must not.

use crate::common;

use rust_xlsxwriter::{Format, Formula, Table, TableColumn, Workbook as XlsxWriter};
use std::path::{Path, PathBuf};
use teamlint::contract::Lang;
use teamlint::findings::Finding;

/// A cell to write.
#[derive(Clone)]
enum C {
    /// Text.
    T(&'static str),
    /// A number.
    N(f64),
    /// A formula and its cached result.
    F(&'static str, f64),
    /// Hours as a duration cell (`[h]:mm`).
    D(f64),
    /// A number shown with leading zeros (`00000000`), as SAP exports keep Person IDs.
    Z(f64),
    /// Nothing.
    E,
}
use C::*;

/// A sheet to write: its name, rows from A1, merged ranges (first row, first column, last
/// row, last column, text) and an Excel table with a totals row over (rows, columns).
struct Sheet {
    name: &'static str,
    rows: Vec<Vec<C>>,
    merged: Vec<(u32, u16, u32, u16, &'static str)>,
}

fn sheet(name: &'static str, rows: Vec<Vec<C>>) -> Sheet {
    Sheet {
        name,
        rows,
        merged: Vec::new(),
    }
}

/// Text rows: `""` is an empty cell.
fn text(rows: &[&[&'static str]]) -> Vec<Vec<C>> {
    rows.iter()
        .map(|r| {
            r.iter()
                .map(|t| if t.is_empty() { E } else { T(t) })
                .collect()
        })
        .collect()
}

fn write_cells(ws: &mut rust_xlsxwriter::Worksheet, rows: &[Vec<C>]) {
    let duration = Format::new().set_num_format("[h]:mm");
    let zeros = Format::new().set_num_format("00000000");
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let (r, c) = (r as u32, c as u16);
            match cell {
                T(t) => {
                    ws.write_string(r, c, *t).unwrap();
                }
                N(n) => {
                    ws.write_number(r, c, *n).unwrap();
                }
                F(f, v) => {
                    ws.write_formula(r, c, Formula::new(*f).set_result(v.to_string()))
                        .unwrap();
                }
                D(hours) => {
                    ws.write_number_with_format(r, c, hours / 24.0, &duration)
                        .unwrap();
                }
                Z(n) => {
                    ws.write_number_with_format(r, c, *n, &zeros).unwrap();
                }
                E => {}
            }
        }
    }
}

fn write_book(dir: &Path, file: &str, sheets: Vec<Sheet>) -> PathBuf {
    let mut wb = XlsxWriter::new();
    for s in sheets {
        let ws = wb.add_worksheet();
        ws.set_name(s.name).unwrap();
        write_cells(ws, &s.rows);
        for (r1, c1, r2, c2, t) in s.merged {
            ws.merge_range(r1, c1, r2, c2, t, &Format::new()).unwrap();
        }
    }
    let path = dir.join(file);
    wb.save(&path).unwrap();
    path
}

/// A workbook of the three required sheets, after a Units sheet when one is given.
fn plan_book(
    dir: &Path,
    file: &str,
    units: Option<Vec<Vec<C>>>,
    [staff, allocation, channels]: [Vec<Vec<C>>; 3],
) -> PathBuf {
    let mut sheets: Vec<Sheet> = units.map(|u| sheet("Units", u)).into_iter().collect();
    sheets.extend([
        sheet("Staff", staff),
        sheet("Allocation", allocation),
        sheet("Channels", channels),
    ]);
    write_book(dir, file, sheets)
}

/// A checked run over `inputs`: its findings and its findings.json.
struct Run {
    findings: Vec<Finding>,
    json: serde_json::Value,
    out: tempfile::TempDir,
    units: Vec<teamlint::rules::UnitFigures>,
}

fn run(inputs: &[PathBuf]) -> Run {
    run_in(inputs, Lang::En)
}

fn run_in(inputs: &[PathBuf], lang: Lang) -> Run {
    let out = tempfile::tempdir().unwrap();
    let options = teamlint::Options {
        out_dir: out.path().to_path_buf(),
        lang,
        ..teamlint::Options::default()
    };
    let report = teamlint::check(inputs, &options).unwrap();
    assert_eq!(report.failed(), 0);
    let findings: Vec<Finding> = report.findings().collect();
    let units = report.units().collect();
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.path().join("findings.json")).unwrap()).unwrap();
    Run {
        findings,
        json,
        out,
        units,
    }
}

impl Run {
    /// `code sheet!cell subject` of every finding.
    fn lines(&self) -> Vec<String> {
        self.findings
            .iter()
            .map(|f| {
                format!(
                    "{} {}!{} {}",
                    f.rule.code,
                    f.sheet().unwrap_or("-"),
                    f.cell().unwrap_or_default(),
                    f.subject
                )
            })
            .collect()
    }

    fn has(&self, line: &str) -> bool {
        self.lines().iter().any(|l| l == line)
    }

    fn assert_has(&self, line: &str) {
        assert!(self.has(line), "{line} missing from {:#?}", self.lines());
    }

    fn assert_no_rule(&self, code: &str) {
        let hits: Vec<String> = self
            .lines()
            .into_iter()
            .filter(|l| l.starts_with(code))
            .collect();
        assert!(hits.is_empty(), "no {code} expected: {hits:#?}");
    }

    /// No finding's subject or message names `word`.
    fn assert_never_names(&self, word: &str) {
        for f in &self.findings {
            assert!(
                f.subject != word && !f.message(Lang::En).contains(&format!("'{word}'")),
                "{word} read as data: {} {}",
                f.rule.code,
                f.message(Lang::En)
            );
        }
    }

    /// The `reading` record of the first workbook in findings.json.
    fn reading(&self) -> &serde_json::Value {
        &self.json["workbooks"][0]["reading"]
    }

    /// The texts of column A of the copy's Summary sheet (read back with calamine).
    fn summary_texts(&self) -> Vec<String> {
        self.sheet_texts("Summary")
    }

    /// The texts of column A of a sheet of the copy (read back with calamine).
    fn sheet_texts(&self, name: &str) -> Vec<String> {
        use calamine::{Reader, open_workbook_auto};
        let copy = common::copies_under(self.out.path())
            .into_iter()
            .next()
            .unwrap();
        let mut wb = open_workbook_auto(&copy).unwrap();
        let range = wb.worksheet_range(name).unwrap();
        range
            .rows()
            .filter_map(|r| r.first().map(|c| c.to_string()))
            .collect()
    }
}

fn staff_pair() -> Vec<Vec<C>> {
    vec![
        vec![
            T("Person ID"),
            T("Name"),
            T("Role"),
            T("Weekly hours"),
            T("Deputy"),
        ],
        vec![
            T("P1"),
            T("Ada"),
            T("Social Media Manager"),
            N(40.0),
            T("P2"),
        ],
        vec![T("P2"), T("Ben"), T("Community Manager"), N(40.0), T("P1")],
    ]
}

fn channels_one() -> Vec<Vec<C>> {
    text(&[
        &["Channel", "Required hours per week", "Budget"],
        &["LinkedIn", "30", "12000"],
    ])
}

#[test]
fn totals_and_subtotal_rows_are_not_data_and_are_counted() {
    let dir = tempfile::tempdir().unwrap();
    let mut staff = staff_pair();
    staff.push(vec![T("Summe"), E, E, F("SUM(D2:D3)", 80.0)]);
    let allocation = vec![
        vec![T("Person ID"), T("Channel"), T("Hours per week")],
        vec![T("P1"), T("LinkedIn"), N(20.0)],
        vec![T("P2"), T("LinkedIn"), N(15.0)],
        vec![T("Zwischensumme"), E, F("SUBTOTAL(9,C2:C3)", 35.0)],
        // A row of a sum only: its label is missing, its formula says what it is.
        vec![E, E, F("SUM(C2:C3)", 35.0)],
        vec![T("Gesamt: 35 h/Woche")],
    ];
    let path = dir.path().join("totals.xlsx");
    let mut wb = XlsxWriter::new();
    for (name, rows) in [("Staff", staff), ("Allocation", allocation)] {
        let ws = wb.add_worksheet();
        ws.set_name(name).unwrap();
        write_cells(ws, &rows);
    }
    // The Channels sheet is an Excel table with its own totals row.
    let ws = wb.add_worksheet();
    ws.set_name("Channels").unwrap();
    write_cells(
        ws,
        &[
            vec![],
            vec![T("LinkedIn"), N(30.0), N(12000.0)],
            vec![T("Instagram"), N(5.0), N(8000.0)],
        ],
    );
    // Its label is no totals word and it sums nothing: only the table part says it is totals.
    let columns = [
        TableColumn::new()
            .set_header("Channel")
            .set_total_label("Alle Kanäle"),
        TableColumn::new().set_header("Required hours per week"),
        TableColumn::new().set_header("Budget"),
    ];
    let table = Table::new().set_columns(&columns).set_total_row(true);
    ws.add_table(0, 0, 3, 2, &table).unwrap();
    wb.save(&path).unwrap();

    let r = run(std::slice::from_ref(&path));
    for word in [
        "Summe",
        "Zwischensumme",
        "Gesamt: 35 h/Woche",
        "Alle Kanäle",
    ] {
        r.assert_never_names(word);
    }
    // The people and channels above the totals are read: Instagram has no time.
    r.assert_has("STAFF001 Channels!B3 Instagram");
    assert!(!r.has("STAFF001 Channels!B2 LinkedIn"), "{:#?}", r.lines());
    r.assert_no_rule("DATA");
    assert_eq!(r.reading()["totals_rows"], 5, "{}", r.reading());
    assert!(
        r.summary_texts()
            .contains(&"Rows read as totals or subtotals, not as data: 5.".to_string()),
        "{:#?}",
        r.summary_texts()
    );
    let de = run_in(&[path], Lang::De);
    let said = "Als Summen- oder Zwischensummenzeilen gelesen, nicht als Daten: 5.";
    assert!(
        de.sheet_texts("Übersicht").contains(&said.to_string()),
        "{:#?}",
        de.sheet_texts("Übersicht")
    );
}

#[test]
fn headings_notes_and_a_legend_are_not_data() {
    let dir = tempfile::tempdir().unwrap();
    let staff = text(&[
        &["Person ID", "Name", "Role", "Weekly hours", "Deputy"],
        &["Abteilung Marketing"],
        &["P1", "Ada", "Social Media Manager", "40", "P2"],
        &["P2", "Ben", "Community Manager", "40", "P1"],
        &[""],
        &["Abteilung Vertrieb"],
        &["P3", "Cem", "Social Media Manager", "40", ""],
        &[""],
        // A block whose first person lacks weekly hours is still data (a DATA002), no legend.
        &["P4", "Dan", "Analyst", "", "P3"],
        &[""],
        &["* Stand: 01.11.2026"],
        &[""],
        &[""],
        &["Rolle", "Bedeutung"],
        &["SMM", "Social Media Manager"],
        &["CM", "Community Manager"],
    ]);
    let allocation = text(&[
        &["Person ID", "Channel", "Hours per week"],
        &["P1", "LinkedIn", "20"],
        &["P2", "LinkedIn", "15"],
        &["P3", "LinkedIn", "5"],
    ]);
    let path = plan_book(
        dir.path(),
        "blocks.xlsx",
        None,
        [staff, allocation, channels_one()],
    );
    let r = run(&[path]);
    for word in [
        "Abteilung Marketing",
        "Abteilung Vertrieb",
        "* Stand: 01.11.2026",
        "Rolle",
        "SMM",
        "CM",
    ] {
        r.assert_never_names(word);
    }
    // The second block is data: Cem has no deputy.
    r.assert_has("SPOF002 Staff!E7 P3");
    let data: Vec<String> = r
        .lines()
        .into_iter()
        .filter(|l| l.starts_with("DATA"))
        .collect();
    assert_eq!(data, ["DATA002 Staff!D9 P4"]);
    assert_eq!(r.reading()["other_rows"], 6, "{}", r.reading());
}

/// The Units and Staff sheets of two units, Nord and Süd, each with a social media manager and
/// a community manager who stand in for each other.
fn two_units() -> (Vec<Vec<C>>, Vec<Vec<C>>) {
    let units = text(&[&["Unit", "Country"], &["Nord", "DE"], &["Süd", "DE"]]);
    let staff = text(&[
        &[
            "Person ID",
            "Name",
            "Unit",
            "Role",
            "Weekly hours",
            "Deputy",
        ],
        &["N1", "Ada", "Nord", "Social Media Manager", "40", "N2"],
        &["N2", "Ben", "Nord", "Community Manager", "40", "N1"],
        &["S1", "Cem", "Süd", "Social Media Manager", "40", "S2"],
        &["S2", "Dua", "Süd", "Community Manager", "40", "S1"],
    ]);
    (units, staff)
}

/// A workbook of two units whose Allocation sheet merges the Unit down its block and the
/// Channel down its people.
fn merged_book(dir: &Path) -> PathBuf {
    let (units, staff) = two_units();
    // Nord's block ends in a subtotal row inside its merged Unit.
    let allocation = Sheet {
        name: "Allocation",
        rows: vec![
            vec![T("Unit"), T("Person ID"), T("Channel"), T("Hours per week")],
            vec![E, T("N1"), E, N(20.0)],
            vec![E, T("N2"), E, N(15.0)],
            vec![E, T("Zwischensumme"), E, F("SUM(D2:D3)", 35.0)],
            vec![E, T("S1"), E, N(20.0)],
            vec![E, T("S2"), E, N(15.0)],
        ],
        merged: vec![
            (1, 0, 3, 0, "Nord"),
            (4, 0, 5, 0, "Süd"),
            (1, 2, 2, 2, "LinkedIn"),
            (4, 2, 5, 2, "LinkedIn"),
        ],
    };
    let channels = text(&[
        &["Unit", "Channel", "Required hours per week", "Budget"],
        &["Nord", "LinkedIn", "30", "12000"],
        &["Süd", "LinkedIn", "30", "12000"],
    ]);
    write_book(
        dir,
        "merged.xlsx",
        vec![
            sheet("Units", units),
            sheet("Staff", staff),
            allocation,
            sheet("Channels", channels),
        ],
    )
}

/// Both people of each unit give time to its LinkedIn: no empty Unit or Channel, nobody alone.
fn assert_merged_ranges_read(r: &Run) {
    r.assert_no_rule("DATA");
    r.assert_no_rule("STAFF001");
    r.assert_no_rule("SPOF001");
    r.assert_no_rule("STAFF005");
    let allocated: Vec<f64> = r.units.iter().map(|u| u.allocated_hours).collect();
    assert_eq!(allocated, [35.0, 35.0]);
    assert_eq!(r.reading()["totals_rows"], 1, "{}", r.reading());
    assert_eq!(r.reading()["other_rows"], 0, "{}", r.reading());
}

#[test]
fn merged_cells_hold_for_every_row_of_their_range_in_xlsx_and_ods() {
    let dir = tempfile::tempdir().unwrap();
    let xlsx = merged_book(dir.path());
    assert_merged_ranges_read(&run(std::slice::from_ref(&xlsx)));

    let Some(soffice) = common::soffice() else {
        return;
    };
    let profile = format!(
        "-env:UserInstallation=file://{}",
        dir.path().join("lo-profile").display()
    );
    let converted = std::process::Command::new(soffice)
        .arg(profile)
        .args(["--headless", "--convert-to", "ods", "--outdir"])
        .arg(dir.path().join("ods"))
        .arg(&xlsx)
        .output()
        .unwrap();
    let ods = dir.path().join("ods/merged.ods");
    assert!(
        ods.exists(),
        "LibreOffice wrote no .ods: {}",
        String::from_utf8_lossy(&converted.stderr)
    );
    // The .ods keeps its merged ranges (table:number-rows-spanned).
    let sheets = teamlint::load::read_sheets(&ods).unwrap();
    let allocation = sheets.iter().find(|s| s.name == "Allocation").unwrap();
    assert!(
        allocation.merged.contains(&(1, 0, 3, 0)),
        "{:?}",
        allocation.merged
    );
    assert_merged_ranges_read(&run(&[ods]));
}

#[test]
fn the_best_matching_row_is_the_header_and_a_second_header_row_is_not_data() {
    let dir = tempfile::tempdir().unwrap();
    let units = text(&[
        &["Gesellschaft:", "ACME GmbH", "Bereich:", "Marketing"],
        &[""],
        &["Einheit", "Land", "Koordinator", "Richtlinien"],
        &["Unit", "Country", "Coordinator", "Guidelines"],
        &["Nord", "DE", "P1", "ja"],
    ]);
    let staff = text(&[
        &["Gesellschaft:", "ACME GmbH", "Bereich:", "Marketing"],
        &[
            "Personalnummer",
            "Name",
            "Rolle",
            "Wochenstunden",
            "Vertretung",
        ],
        &["Person ID", "Name", "Role", "Weekly hours", "Deputy"],
        &["P1", "Ada", "Koordinator", "40", "P2"],
        &["P2", "Ben", "Social-Media-Manager", "40", "P1"],
    ]);
    let allocation = text(&[
        &["Personalnummer", "Kanal", "Stunden pro Woche"],
        &["Person ID", "Channel", "Hours per week"],
        &["P1", "LinkedIn", "10"],
        &["P2", "LinkedIn", "25"],
    ]);
    let path = write_book(
        dir.path(),
        "bilingual.xlsx",
        vec![
            sheet("Einheiten", units),
            sheet("Mitarbeiter", staff),
            sheet("Zeitaufteilung", allocation),
            sheet("Kanäle", channels_one()),
        ],
    );
    let r = run(&[path]);
    for word in ["Unit", "Person ID", "ACME GmbH", "Gesellschaft:"] {
        r.assert_never_names(word);
    }
    r.assert_no_rule("DATA");
    assert_eq!(r.units.len(), 1);
    assert_eq!(r.units[0].unit, "Nord");
    assert_eq!(r.units[0].allocated_hours, 35.0);
    assert_eq!(r.reading()["other_rows"], 3, "{}", r.reading());
}

#[test]
fn of_two_columns_for_one_field_the_sheets_own_is_read_and_said() {
    let dir = tempfile::tempdir().unwrap();
    let allocation = text(&[
        &[
            "Person ID",
            "Channel",
            "Wochenstunden (lt. Vertrag)",
            "Std./Woche",
        ],
        &["P1", "LinkedIn", "40", "20"],
        &["P2", "LinkedIn", "40", "15"],
    ]);
    let path = plan_book(
        dir.path(),
        "lookup.xlsx",
        None,
        [staff_pair(), allocation, channels_one()],
    );
    let r = run(&[path]);
    // 20 + 15 hours, not 80 contract hours: nobody is over-allocated, LinkedIn is covered.
    r.assert_no_rule("STAFF004");
    r.assert_no_rule("DATA");
    assert_eq!(r.units[0].allocated_hours, 35.0);
    let columns = &r.reading()["columns"];
    assert_eq!(columns[0]["field"], "Hours per week");
    assert_eq!(columns[0]["used"], "D1 \"Std./Woche\"");
    assert_eq!(columns[0]["ignored"], "C1 \"Wochenstunden (lt. Vertrag)\"");
    let said = "Allocation: two columns name Hours per week; read D1 \"Std./Woche\", not C1 \
                \"Wochenstunden (lt. Vertrag)\".";
    assert!(
        r.summary_texts().contains(&said.to_string()),
        "{:#?}",
        r.summary_texts()
    );
}

#[test]
fn ids_as_people_type_them() {
    let dir = tempfile::tempdir().unwrap();
    let staff = vec![
        vec![
            T("Person ID"),
            T("Name"),
            T("Role"),
            T("Weekly hours"),
            T("Deputy"),
        ],
        // An SAP number shown with leading zeros; the Allocation sheet has the text.
        vec![
            Z(12345.0),
            T("Ada Roth"),
            T("Social Media Manager"),
            N(40.0),
            T("Ben Weber"),
        ],
        vec![
            T("M-201"),
            T("Ben Weber"),
            T("Community Manager"),
            N(40.0),
            T("00012345"),
        ],
        vec![
            T("M-205"),
            T("Anna Schmidt"),
            T("Analyst"),
            N(40.0),
            T("keine"),
        ],
        vec![
            T("M-206"),
            T("Anna Schmidt"),
            T("Analyst"),
            N(40.0),
            T("k. A."),
        ],
        vec![
            T("M-207"),
            T("Cem Kaya"),
            T("Coordinator"),
            N(40.0),
            T("Anna Schmidt"),
        ],
        vec![
            T("M-208"),
            T("Dua Lipa"),
            T("Moderator"),
            N(40.0),
            T("M-201 / M-205"),
        ],
        vec![T("M-209"), T("Eli Berg"), T("Moderator"), N(40.0), T("–")],
        vec![T("M-210"), T("Fay Ott"), T("Moderator"), N(40.0), T("n/a")],
    ];
    let allocation = text(&[
        &["Person ID", "Channel", "Hours per week"],
        &["00012345", "LinkedIn", "20"],
        &["M-201", "LinkedIn", "15"],
    ]);
    let path = plan_book(
        dir.path(),
        "ids.xlsx",
        None,
        [staff, allocation, channels_one()],
    );
    let r = run(&[path]);
    // 00012345 and the number 12345 are one person; Ben Weber is M-201.
    assert!(
        !r.lines().iter().any(|l| l.contains("00012345")),
        "{:#?}",
        r.lines()
    );
    assert!(!r.has("SPOF002 Staff!E2 12345"), "{:#?}", r.lines());
    assert!(!r.has("DATA003 Staff!E2 Ben Weber"), "{:#?}", r.lines());
    // Two Anna Schmidt in the unit: the name was found, not "not on the Staff sheet".
    r.assert_has("DATA003 Staff!E6 Anna Schmidt");
    let f = r
        .findings
        .iter()
        .find(|f| f.subject == "Anna Schmidt")
        .unwrap();
    assert_eq!(
        f.message(Lang::En),
        "Deputy 'Anna Schmidt' in Staff!E6 (deputy of M-207) is a name that 2 people of the \
         unit share on the Staff sheet; write the deputy's Person ID."
    );
    assert!(f.message(Lang::De).contains("ist ein Name, den 2 Personen"));
    // Placeholders mean no deputy (SPOF002 for key roles), never an unknown ID.
    for placeholder in ["keine", "k. A.", "–", "n/a"] {
        r.assert_never_names(placeholder);
    }
    r.assert_has("SPOF002 Staff!E8 M-209");
    r.assert_has("SPOF002 Staff!E9 M-210");
    // Two deputies in one cell are both deputies: M-208 has one, and no unknown ID.
    assert!(!r.has("SPOF002 Staff!E7 M-208"), "{:#?}", r.lines());
    assert!(!r.lines().iter().any(|l| l.contains("M-201 / M-205")));
}

#[test]
fn durations_and_amounts_as_people_write_them() {
    let dir = tempfile::tempdir().unwrap();
    let staff = vec![
        vec![
            T("Person ID"),
            T("Name"),
            T("Role"),
            T("Weekly hours"),
            T("Deputy"),
            T("Hourly cost"),
        ],
        vec![
            T("P1"),
            T("Ada"),
            T("Social Media Manager"),
            D(38.5),
            T("P2"),
            E,
        ],
        vec![
            T("P2"),
            T("Ben"),
            T("Community Manager"),
            T("38:30"),
            T("P1"),
            D(38.5),
        ],
    ];
    let allocation = vec![
        vec![T("Person ID"), T("Channel"), T("Hours per week")],
        vec![T("P1"), T("LinkedIn"), D(20.0)],
        vec![T("P2"), T("LinkedIn"), T("19:30")],
        vec![T("P2"), T("X"), T("1:00")],
    ];
    let channels = text(&[
        &["Channel", "Required hours per week", "Budget"],
        &["LinkedIn", "30", "40.000,- €"],
        &["X", "1", "40.000,–"],
    ]);
    let path = plan_book(
        dir.path(),
        "values.xlsx",
        None,
        [staff, allocation, channels],
    );
    let r = run(&[path]);
    // 38:30 is 38.5 h: 39.5 h allocated to Ben would be over-allocated, 20 h to Ada is not.
    r.assert_no_rule("STAFF004");
    assert_eq!(r.units[0].allocated_hours, 40.5);
    // The only DATA002: an hourly cost typed as a time, shown as the time, not a serial.
    let lines: Vec<String> = r
        .lines()
        .into_iter()
        .filter(|l| l.starts_with("DATA"))
        .collect();
    assert_eq!(lines, ["DATA002 Staff!F3 P2"]);
    let f = r
        .findings
        .iter()
        .find(|f| f.rule.code == "DATA002")
        .unwrap();
    let message = f.message(Lang::En);
    assert!(message.contains("38:30"), "{message}");
    assert!(!message.contains("1.604"), "{message}");
    // Both budgets are amounts: no free-platform fallacy.
    r.assert_no_rule("COST001");
}

#[test]
fn an_unknown_status_is_data002_and_not_active() {
    let dir = tempfile::tempdir().unwrap();
    let channels = text(&[
        &["Channel", "Status", "Required hours per week", "Budget"],
        &["LinkedIn", "aktiv", "30", "12000"],
        &["TikTok", "inaktiv", "30", ""],
    ]);
    let allocation = text(&[
        &["Person ID", "Channel", "Hours per week"],
        &["P1", "LinkedIn", "20"],
        &["P2", "LinkedIn", "15"],
        &["P1", "TikTok", "1"],
    ]);
    let path = plan_book(
        dir.path(),
        "status.xlsx",
        None,
        [staff_pair(), allocation, channels],
    );
    let r = run(&[path]);
    r.assert_has("DATA002 Channels!B3 TikTok");
    for code in ["STAFF001", "SPOF001", "COST001", "SPOF003"] {
        assert!(
            !r.findings
                .iter()
                .any(|f| f.rule.code == code && f.subject == "TikTok"),
            "{code} on a channel of unknown status: {:#?}",
            r.lines()
        );
    }
    assert_eq!(r.units[0].active_channels, 1);
}

#[test]
fn a_missing_sheet_or_column_gives_one_data001_and_no_cascade() {
    let dir = tempfile::tempdir().unwrap();
    let channels = text(&[
        &["Channel", "Required hours per week", "Budget"],
        &["LinkedIn", "10", ""],
        &["Instagram", "10", ""],
        &["X", "10", ""],
    ]);
    // The Allocation sheet renamed: no hours anywhere.
    let renamed = text(&[
        &["Person ID", "Channel", "Hours per week"],
        &["P1", "LinkedIn", "20"],
    ]);
    let path = write_book(
        dir.path(),
        "renamed.xlsx",
        vec![
            sheet("Staff", staff_pair()),
            sheet("Stunden 2026", renamed),
            sheet("Channels", channels.clone()),
        ],
    );
    let r = run(&[path]);
    let lines = r.lines();
    assert_eq!(
        lines.iter().filter(|l| l.starts_with("DATA001")).count(),
        1,
        "{lines:#?}"
    );
    for code in ["STAFF001", "STAFF002", "SPOF001", "COST001", "COORD001"] {
        r.assert_no_rule(code);
    }

    // FTE instead of weekly hours: the Staff sheet cannot be read; no "no social media manager".
    let staff = text(&[
        &["Person ID", "Name", "Role", "FTE"],
        &["P1", "Ada", "Social Media Manager", "1,0"],
    ]);
    let allocation = text(&[
        &["Person ID", "Channel", "Hours per week"],
        &["P1", "LinkedIn", "20"],
    ]);
    let path = plan_book(dir.path(), "fte.xlsx", None, [staff, allocation, channels]);
    let r = run(&[path]);
    r.assert_has("DATA001 Staff!A1 Weekly hours");
    for code in ["STAFF006", "STAFF001", "SPOF002", "COORD005", "DATA003"] {
        r.assert_no_rule(code);
    }
}

#[test]
fn an_unknown_person_without_a_unit_column_is_data003_on_the_id() {
    let dir = tempfile::tempdir().unwrap();
    let (units, staff) = two_units();
    let allocation = text(&[
        &["Person ID", "Channel", "Hours per week"],
        &["N1", "LinkedIn", "20"],
        &["X-99", "LinkedIn", "15"],
    ]);
    let channels = text(&[
        &["Unit", "Channel", "Required hours per week", "Budget"],
        &["Nord", "LinkedIn", "20", "12000"],
    ]);
    let path = plan_book(
        dir.path(),
        "nounit.xlsx",
        Some(units),
        [staff, allocation, channels],
    );
    let r = run(&[path]);
    r.assert_has("DATA003 Allocation!A3 X-99");
    assert!(
        !r.lines().iter().any(|l| l.starts_with("DATA002")),
        "{:#?}",
        r.lines()
    );
    for f in &r.findings {
        for lang in [Lang::En, Lang::De] {
            let m = f.message(lang);
            assert!(
                !m.contains("''") && !m.contains("()") && !m.contains("\"\""),
                "{m}"
            );
        }
    }
}

#[test]
fn countries_are_iso_codes_whatever_language_names_them() {
    let dir = tempfile::tempdir().unwrap();
    let book = |file: &str, units: &[&[&'static str]]| {
        let mut rows: Vec<&[&'static str]> = vec![&["Unit", "Country"]];
        rows.extend_from_slice(units);
        let staff = text(&[
            &["Person ID", "Unit", "Weekly hours"],
            &[
                if file == "fr.xlsx" { "F1" } else { "D1" },
                units[0][0],
                "40",
            ],
        ]);
        write_book(
            dir.path(),
            file,
            vec![
                sheet("Units", text(&rows)),
                sheet("Staff", staff),
                sheet(
                    "Allocation",
                    text(&[&["Person ID", "Channel", "Hours per week"]]),
                ),
                sheet("Channels", text(&[&["Channel", "Unit"]])),
            ],
        )
    };
    let de = book(
        "de.xlsx",
        &[
            &["Berlin", "DE"],
            &["Bonn", "Deutschland"],
            &["Bremen", "Germany"],
            &["Essen", "Allemagne"],
            &["Köln", "Alemania"],
            &["Kiel", "Niemcy"],
            &["Mainz", "Germania"],
            &["Ulm", "Duitsland"],
        ],
    );
    let r = run(std::slice::from_ref(&de));
    r.assert_no_rule("COORD003");
    assert!(r.units.iter().all(|u| u.country.as_deref() == Some("DE")));
    let fr = book("fr.xlsx", &[&["Lyon", "Frankreich"]]);
    let r = run(&[de, fr]);
    let f = r
        .findings
        .iter()
        .find(|f| f.rule.code == "COORD003")
        .unwrap();
    assert!(
        f.message(Lang::En).contains("from 2 countries (DE, FR)"),
        "{}",
        f.message(Lang::En)
    );
}

/// A subsidiary's workbook in its own words: a social media manager without a deputy, a planned
/// channel, guidelines yes, an employment word; the words must read as the English ones do.
fn subsidiary(
    lang: &str,
    manager: &'static str,
    planned: &'static str,
    yes: &'static str,
    employment: &'static str,
) {
    let dir = tempfile::tempdir().unwrap();
    let units = text(&[&["Unit", "Guidelines"], &["Sub", yes]]);
    let staff = text(&[
        &["Person ID", "Role", "Weekly hours", "Employment"],
        &["S1", manager, "40", employment],
    ]);
    let allocation = text(&[
        &["Person ID", "Channel", "Hours per week"],
        &["S1", "LinkedIn", "30"],
    ]);
    let channels = text(&[
        &["Channel", "Status", "Required hours per week", "Budget"],
        &["LinkedIn", "", "30", "1000"],
        &["TikTok", planned, "30", ""],
    ]);
    let path = plan_book(
        dir.path(),
        &format!("{lang}.xlsx"),
        Some(units),
        [staff, allocation, channels],
    );
    let r = run(&[path]);
    assert!(r.has("SPOF002 Staff!A2 S1"), "{lang}: {:#?}", r.lines());
    assert!(
        !r.lines().iter().any(|l| l.starts_with("DATA")),
        "{lang}: {:#?}",
        r.lines()
    );
    assert!(
        !r.lines().iter().any(|l| l.starts_with("COORD006")),
        "{lang}: {:#?}",
        r.lines()
    );
    assert!(
        !r.lines().iter().any(|l| l.contains("TikTok")),
        "{lang}: {:#?}",
        r.lines()
    );
    assert_eq!(r.units[0].active_channels, 1, "{lang}");
}

#[test]
fn french_titles() {
    subsidiary(
        "fr",
        "Responsable réseaux sociaux",
        "prévu",
        "oui",
        "interne",
    );
}

#[test]
fn spanish_titles() {
    subsidiary(
        "es",
        "Gestor de redes sociales",
        "planificado",
        "sí",
        "autónomo",
    );
}

#[test]
fn italian_titles() {
    subsidiary(
        "it",
        "Responsabile social media",
        "pianificato",
        "sì",
        "esterno",
    );
}

#[test]
fn polish_titles() {
    subsidiary(
        "pl",
        "Specjalista ds. social media",
        "planowany",
        "tak",
        "agencja",
    );
}

#[test]
fn dutch_titles() {
    subsidiary("nl", "Social media manager", "gepland", "ja", "extern");
}

/// The generated lists of `docs/READING.md`: the rules of reading in English and German, and
/// the words they name, from `contract`.
fn reading_doc_sections() -> [(&'static str, String); 3] {
    use teamlint::contract::{
        COUNTRIES, PLACEHOLDER_WORDS, READING_RULES, SUBSIDIARY_WORDS, TOTAL_WORDS,
    };
    let rules = |pick: fn(&(&'static str, &'static str, &'static str)) -> &'static str| {
        READING_RULES
            .iter()
            .map(|r| format!("- **{}**: {}\n", r.0, pick(r)))
            .collect::<String>()
    };
    let quoted = |words: &[&str]| {
        words
            .iter()
            .map(|w| format!("`{w}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut words = format!(
        "- Totals words / Summenwörter: {}\n- Placeholders / Platzhalter: {}\n- Countries / Länder:\n",
        quoted(TOTAL_WORDS),
        quoted(PLACEHOLDER_WORDS)
    );
    for (code, names) in COUNTRIES {
        words.push_str(&format!("  - `{code}`: {}\n", quoted(names)));
    }
    words.push_str("- Subsidiaries' words / Wörter der Tochtergesellschaften:\n");
    for (lang, meaning, list) in SUBSIDIARY_WORDS {
        words.push_str(&format!("  - {lang}, {meaning:?}: {}\n", quoted(list)));
    }
    [
        ("en", rules(|r| r.1)),
        ("de", rules(|r| r.2)),
        ("words", words),
    ]
}

#[test]
fn the_reading_doc_lists_every_rule_of_reading_in_both_languages() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/READING.md");
    let mut doc = std::fs::read_to_string(&path).unwrap();
    let mut stale = Vec::new();
    for (name, body) in reading_doc_sections() {
        let (start, end) = (
            format!("<!-- reading:{name}:start -->\n"),
            format!("<!-- reading:{name}:end -->"),
        );
        let a = doc.find(&start).expect("start marker") + start.len();
        let b = doc.find(&end).expect("end marker");
        if doc[a..b] != body {
            stale.push(name);
            doc.replace_range(a..b, &body);
        }
    }
    if std::env::var_os("UPDATE_READING").is_some() {
        std::fs::write(&path, doc).unwrap();
    } else {
        assert!(
            stale.is_empty(),
            "docs/READING.md is stale ({stale:?}): run `UPDATE_READING=1 cargo test --test main reading::`"
        );
    }
}
