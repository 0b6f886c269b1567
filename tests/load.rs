//! Reader tests: workbooks written with rust_xlsxwriter into a temporary folder, loaded back,
//! with one assertion per contract case on the typed plan or the DATA finding (code, subject, cell).

use rust_xlsxwriter::{Formula, Workbook as XlsxWriter};
use std::path::{Path, PathBuf};
use std::time::Instant;
use teamlint::contract::Lang;
use teamlint::findings::Finding;
use teamlint::model::{Budget, Workbook};

/// A cell to write: text, number, or a formula with its cached result.
#[derive(Clone)]
enum C {
    S(&'static str),
    N(f64),
    F(&'static str, &'static str),
    E,
}
use C::*;

fn write_workbook(dir: &Path, file: &str, sheets: &[(&str, Vec<Vec<C>>)]) -> PathBuf {
    let mut wb = XlsxWriter::new();
    for (name, rows) in sheets {
        let ws = wb.add_worksheet();
        ws.set_name(*name).unwrap();
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let (r, c) = (r as u32, c as u16);
                match cell {
                    S(t) => {
                        ws.write_string(r, c, *t).unwrap();
                    }
                    N(n) => {
                        ws.write_number(r, c, *n).unwrap();
                    }
                    F(f, v) => {
                        ws.write_formula(r, c, Formula::new(*f).set_result(*v))
                            .unwrap();
                    }
                    E => {}
                }
            }
        }
    }
    let path = dir.join(file);
    wb.save(&path).unwrap();
    path
}

fn staff() -> (&'static str, Vec<Vec<C>>) {
    (
        "Staff",
        vec![
            vec![
                S("Person ID"),
                S("Name"),
                S("Department"),
                S("Role"),
                S("Weekly hours"),
                S("Deputy"),
            ],
            vec![
                N(1001.0),
                S("Ada"),
                S("Marketing"),
                S("Social Media Manager"),
                N(40.0),
                S("1002"),
            ],
            vec![
                S("1002"),
                S("Ben"),
                S("Marketing"),
                S("Community Manager"),
                N(20.0),
                N(1001.0),
            ],
        ],
    )
}

fn allocation() -> (&'static str, Vec<Vec<C>>) {
    (
        "Allocation",
        vec![
            vec![
                S("Person ID"),
                S("Channel"),
                S("Hours per week"),
                S("Share"),
            ],
            vec![N(1001.0), S("LinkedIn"), F("2*4", "8"), E],
            vec![S("1002"), S("linkedin "), E, S("50%")],
        ],
    )
}

fn channels() -> (&'static str, Vec<Vec<C>>) {
    (
        "Channels",
        vec![
            vec![S("Channel"), S("Status"), S("Posts per week"), S("Budget")],
            vec![S("LinkedIn"), S("active"), N(3.0), N(5000.0)],
        ],
    )
}

fn load_ok(path: &Path) -> (Workbook, Vec<Finding>) {
    teamlint::rules::data::load(path, &path.file_name().unwrap().to_string_lossy())
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn only(findings: &[Finding], rule: &str) -> Vec<(String, Option<String>, Option<String>)> {
    findings
        .iter()
        .filter(|f| f.rule == rule)
        .map(|f| (f.subject.clone(), f.sheet().map(str::to_string), f.cell()))
        .collect()
}

#[test]
fn an_english_workbook_loads_into_a_typed_plan() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_workbook(
        dir.path(),
        "Acme UK.xlsx",
        &[staff(), allocation(), channels()],
    );
    let (wb, findings) = load_ok(&path);
    assert!(findings.is_empty(), "{findings:#?}");
    let plan = &wb.plan;
    assert_eq!(plan.units.len(), 1);
    assert_eq!(
        plan.units[0].name, "Acme UK",
        "without a Unit column the file name is the unit"
    );
    assert_eq!(
        plan.staff[0].id, "1001",
        "a numeric 1001 is the ID \"1001\""
    );
    assert_eq!(plan.staff[1].deputy.as_deref(), Some("1001"));
    assert_eq!(
        plan.allocations[0].hours,
        Some(8.0),
        "a formula counts with its cached value"
    );
    assert_eq!(plan.allocations[1].share, Some(0.5));
    assert!(!plan.allocations.iter().any(|a| a.invalid));
    assert_eq!(plan.channels[0].budget, Budget::Amount(5000.0));
    let formula = wb.sheets[1]
        .cells
        .iter()
        .find(|c| c.formula.is_some())
        .unwrap();
    assert_eq!(formula.formula.as_deref(), Some("2*4"));
}

#[test]
fn a_german_workbook_with_title_rows_and_text_numbers_loads_without_data002() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_workbook(
        dir.path(),
        "Deutschland.xlsx",
        &[
            (
                "Einheiten",
                vec![
                    vec![S("Social-Media-Planung 2026")],
                    vec![],
                    vec![
                        S("Einheit"),
                        S("Land"),
                        S("Mitarbeiterzahl"),
                        S("Organisationsform"),
                        S("Richtlinien"),
                        S("Jahresbudget"),
                    ],
                    vec![
                        S("Deutschland"),
                        S("DE"),
                        S("1.000"),
                        S("koordiniert"),
                        S("ja"),
                        S("40.000 €"),
                    ],
                ],
            ),
            (
                "Mitarbeiter",
                vec![
                    vec![S("Personal Social Media")],
                    vec![
                        S("Pers.-Nr."),
                        S("Mitarbeiter"),
                        S("Rolle"),
                        S("Wochenstunden"),
                        S("Stundensatz"),
                        S("Vertretung"),
                    ],
                    vec![
                        S("1001"),
                        S("Anna"),
                        S("Social-Media-Manager(in)"),
                        S("38,5"),
                        S("48,50"),
                        S("1002"),
                    ],
                    vec![
                        S("1002"),
                        S("Bernd"),
                        S("Redakteur*in"),
                        S("19,25 Std"),
                        S("1.234,5"),
                        S("1001"),
                    ],
                ],
            ),
            (
                "Zeitaufteilung",
                vec![
                    vec![S("Zeitplanung")],
                    vec![
                        S("Pers.-Nr."),
                        S("Kanal"),
                        S("Aufgabe"),
                        S("Std./Woche"),
                        S("Anteil"),
                    ],
                    vec![S("1001"), S("Instagram"), S("Inhalte"), S("12 Std"), E],
                    vec![S("1002"), S("Instagram"), S("Moderation"), E, S("87,5 %")],
                ],
            ),
            (
                "Kanäle",
                vec![
                    vec![S("Kanalplan")],
                    vec![
                        S("Kanal"),
                        S("Status"),
                        S("Beiträge pro Woche"),
                        S("Jahresbudget"),
                    ],
                    vec![S("Instagram"), S("aktiv"), S("5"), S("kostenlos")],
                ],
            ),
        ],
    );
    let (wb, findings) = load_ok(&path);
    assert!(findings.is_empty(), "{findings:#?}");
    let plan = &wb.plan;
    let unit = &plan.units[0];
    assert_eq!(unit.employees, Some(1000.0));
    assert_eq!(unit.budget, Some(40_000.0));
    assert_eq!(unit.guidelines, Some(true));
    assert_eq!(
        unit.org_form,
        Some(teamlint::contract::OrgForm::Coordinated)
    );
    assert_eq!(plan.staff[0].weekly_hours, Some(38.5));
    assert_eq!(plan.staff[0].hourly_cost, Some(48.5));
    assert_eq!(
        plan.staff[0].role,
        Some(teamlint::contract::Role::SocialMediaManager)
    );
    assert_eq!(
        plan.staff[1].role,
        Some(teamlint::contract::Role::ContentCreator)
    );
    assert_eq!(plan.staff[1].weekly_hours, Some(19.25));
    assert_eq!(plan.staff[1].hourly_cost, Some(1234.5));
    assert_eq!(plan.allocations[0].hours, Some(12.0));
    assert_eq!(plan.allocations[1].share, Some(0.875));
    assert_eq!(plan.channels[0].budget, Budget::Free("kostenlos".into()));
    assert_eq!(
        plan.layout(teamlint::contract::SheetKind::Staff)
            .unwrap()
            .header_row,
        1
    );
}

#[test]
fn data001_a_missing_sheet_names_the_sheet() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_workbook(dir.path(), "x.xlsx", &[staff(), allocation()]);
    let (_, findings) = load_ok(&path);
    assert_eq!(
        only(&findings, "DATA001"),
        vec![("Channels".to_string(), None, None)]
    );
    // The message names the sheets the workbook has, and its other accepted names without the
    // one it shows (issue 25), in each language.
    let f = findings.iter().find(|f| f.rule.code == "DATA001").unwrap();
    assert_eq!(
        f.message(teamlint::contract::Lang::En),
        "The sheet 'Channels' is missing (also accepted: Kanäle, Canaux, Channel plan, \
         Kanalplan); the workbook has the sheets 'Staff', 'Allocation'."
    );
    let de = f.message(teamlint::contract::Lang::De);
    assert!(
        de.starts_with("Das Blatt 'Kanäle' fehlt")
            && de.ends_with("die Arbeitsmappe hat die Blätter 'Staff', 'Allocation'."),
        "{de}"
    );
    let fr = f.message(teamlint::contract::Lang::Fr);
    assert!(fr.contains("le classeur a les feuilles"), "{fr}");
}

#[test]
fn data001_a_missing_required_column_points_at_the_header_row() {
    let dir = tempfile::tempdir().unwrap();
    let staff = (
        "Staff",
        vec![
            vec![S("Title")],
            vec![S("Person ID"), S("Name"), S("Role")],
            vec![N(1001.0), S("Ada"), S("helper")],
        ],
    );
    let path = write_workbook(dir.path(), "x.xlsx", &[staff, allocation(), channels()]);
    let (_, findings) = load_ok(&path);
    let data001 = only(&findings, "DATA001");
    assert_eq!(
        data001,
        vec![(
            "Weekly hours".to_string(),
            Some("Staff".to_string()),
            Some("A2".to_string())
        )]
    );
}

#[test]
fn data002_an_unreadable_number_points_at_its_cell() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = staff();
    s.1[2][4] = S("zwanzig");
    let path = write_workbook(dir.path(), "x.xlsx", &[s, allocation(), channels()]);
    let (wb, findings) = load_ok(&path);
    assert_eq!(
        only(&findings, "DATA002"),
        vec![(
            "1002".to_string(),
            Some("Staff".to_string()),
            Some("E3".to_string())
        )]
    );
    assert!(
        findings[0].message(Lang::En).contains("zwanzig"),
        "{}",
        findings[0].message(Lang::En)
    );
    assert_eq!(
        wb.plan.staff[1].weekly_hours, None,
        "an invalid value is left out, never guessed"
    );
}

#[test]
fn data002_a_share_above_100_percent_is_invalid_and_left_out_of_the_sums() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = allocation();
    a.1[2][3] = S("150 %");
    let path = write_workbook(dir.path(), "x.xlsx", &[staff(), a, channels()]);
    let (wb, findings) = load_ok(&path);
    assert_eq!(
        only(&findings, "DATA002"),
        vec![(
            "linkedin".to_string(),
            Some("Allocation".to_string()),
            Some("D3".to_string())
        )]
    );
    assert!(wb.plan.allocations[1].invalid);
}

#[test]
fn data002_a_negative_number_is_invalid() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = channels();
    c.1[1][2] = N(-3.0);
    let path = write_workbook(dir.path(), "x.xlsx", &[staff(), allocation(), c]);
    let (_, findings) = load_ok(&path);
    assert_eq!(
        only(&findings, "DATA002"),
        vec![(
            "LinkedIn".to_string(),
            Some("Channels".to_string()),
            Some("C2".to_string())
        )]
    );
}

#[test]
fn data003_unknown_person_ids_in_allocation_and_deputy() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = staff();
    s.1[1][5] = S("9999");
    let mut a = allocation();
    a.1[2][0] = N(4711.0);
    let path = write_workbook(dir.path(), "x.xlsx", &[s, a, channels()]);
    let (wb, findings) = load_ok(&path);
    let mut data003 = only(&findings, "DATA003");
    data003.sort();
    assert_eq!(
        data003,
        vec![
            (
                "4711".to_string(),
                Some("Allocation".to_string()),
                Some("A3".to_string())
            ),
            (
                "9999".to_string(),
                Some("Staff".to_string()),
                Some("F2".to_string())
            ),
        ]
    );
    assert!(
        wb.plan.allocations[1].invalid,
        "hours of an unknown person are not counted"
    );
}

#[test]
fn data004_duplicate_person_and_duplicate_channel() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = staff();
    s.1.push(vec![S("1001"), S("Ada again"), E, E, N(10.0)]);
    let mut c = channels();
    c.1.push(vec![S(" linkedin"), S("planned")]);
    let path = write_workbook(dir.path(), "x.xlsx", &[s, allocation(), c]);
    let (wb, findings) = load_ok(&path);
    let mut data004 = only(&findings, "DATA004");
    data004.sort();
    assert_eq!(
        data004,
        vec![
            (
                "1001".to_string(),
                Some("Staff".to_string()),
                Some("A4".to_string())
            ),
            (
                "linkedin".to_string(),
                Some("Channels".to_string()),
                Some("A3".to_string())
            ),
        ]
    );
    assert_eq!(wb.plan.staff.len(), 2);
    assert_eq!(wb.plan.channels.len(), 1);
}

#[test]
fn a_multi_unit_workbook_needs_the_unit_on_staff_rows() {
    let dir = tempfile::tempdir().unwrap();
    let units = (
        "Units",
        vec![
            vec![S("Unit"), S("Country")],
            vec![S("North"), S("DE")],
            vec![S("South"), S("AT")],
        ],
    );
    let s = (
        "Staff",
        vec![
            vec![S("Person ID"), S("Unit"), S("Weekly hours")],
            vec![N(1.0), S("north"), N(40.0)],
            vec![N(2.0), E, N(40.0)],
        ],
    );
    let c = (
        "Channels",
        vec![vec![S("Unit"), S("Channel")], vec![S("South"), S("X")]],
    );
    let a = (
        "Allocation",
        vec![
            vec![S("Person ID"), S("Channel"), S("Hours per week")],
            vec![N(1.0), S("X"), N(2.0)],
        ],
    );
    let path = write_workbook(dir.path(), "group.xlsx", &[units, s, a, c]);
    let (wb, findings) = load_ok(&path);
    assert_eq!(
        only(&findings, "DATA002"),
        vec![(
            "2".to_string(),
            Some("Staff".to_string()),
            Some("B3".to_string())
        )]
    );
    assert_eq!(
        wb.plan.staff[0].unit, "North",
        "units match case-insensitively"
    );
    assert_eq!(
        wb.plan.allocations[0].unit, "North",
        "an allocation defaults to the person's unit"
    );
}

#[test]
fn a_stray_cell_at_xfd1048576_loads_quickly_and_sparsely() {
    let dir = tempfile::tempdir().unwrap();
    let mut wb = XlsxWriter::new();
    for (name, rows) in [staff(), allocation(), channels()] {
        let ws = wb.add_worksheet();
        ws.set_name(name).unwrap();
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                match cell {
                    S(t) => ws.write_string(r as u32, c as u16, *t).map(|_| ()).unwrap(),
                    N(n) => ws.write_number(r as u32, c as u16, *n).map(|_| ()).unwrap(),
                    F(f, v) => ws
                        .write_formula(r as u32, c as u16, Formula::new(*f).set_result(*v))
                        .map(|_| ())
                        .unwrap(),
                    E => {}
                }
            }
        }
        ws.write_string(1_048_575, 16_383, "stray").unwrap();
    }
    let path = dir.path().join("far.xlsx");
    wb.save(&path).unwrap();
    let start = Instant::now();
    let (loaded, findings) = load_ok(&path);
    // Not a timing test: a bounding-box read would allocate 17 billion cells and never get here.
    let _ = start.elapsed();
    assert!(findings.is_empty(), "{findings:#?}");
    let far = loaded.sheets[0].cells.last().unwrap();
    assert_eq!((far.row, far.col), (1_048_575, 16_383));
    assert_eq!(loaded.plan.staff.len(), 2);
}

#[test]
fn a_truncated_xlsx_fails_with_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_workbook(
        dir.path(),
        "full.xlsx",
        &[staff(), allocation(), channels()],
    );
    let bytes = std::fs::read(&path).unwrap();
    let cut = dir.path().join("cut.xlsx");
    std::fs::write(&cut, &bytes[..bytes.len() / 2]).unwrap();
    let err = teamlint::rules::data::load(&cut, "cut.xlsx").unwrap_err();
    assert!(err.to_string().contains("truncated"), "{err}");
    assert!(!err.to_string().contains('\n'));
}

#[test]
fn random_bytes_fail_with_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("noise.xlsx");
    let bytes: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    std::fs::write(&path, bytes).unwrap();
    let err = teamlint::rules::data::load(&path, "noise.xlsx").unwrap_err();
    assert!(err.to_string().contains("not a workbook"), "{err}");
    let xls = dir.path().join("noise.xls");
    std::fs::write(&xls, b"hello, this is not an OLE2 file").unwrap();
    assert!(
        teamlint::rules::data::load(&xls, "noise.xls")
            .unwrap_err()
            .to_string()
            .contains("not a workbook")
    );
}

#[test]
fn an_encrypted_looking_xlsx_is_named_password_protected() {
    // An OLE2 container with the streams Excel writes for a password to open.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("secret.xlsx");
    {
        use std::io::Write;
        let mut cf = cfb::create(&path).unwrap();
        cf.create_stream("/EncryptionInfo")
            .unwrap()
            .write_all(&[4, 0, 4, 0, 0x40, 0, 0, 0])
            .unwrap();
        cf.create_stream("/EncryptedPackage")
            .unwrap()
            .write_all(&[0u8; 4096])
            .unwrap();
        cf.flush().unwrap();
    }
    let err = teamlint::rules::data::load(&path, "secret.xlsx").unwrap_err();
    assert_eq!(
        err.to_string(),
        "password-protected: open it in Excel, remove the password to open, save, and run again"
    );
    // Zeros after the OLE2 signature are no compound file at all: damaged, not a password.
    let zeros = dir.path().join("zeros.xlsx");
    let mut bytes = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    bytes.resize(2048, 0);
    std::fs::write(&zeros, bytes).unwrap();
    let err = teamlint::rules::data::load(&zeros, "zeros.xlsx").unwrap_err();
    assert!(err.to_string().starts_with("damaged"), "{err}");
}
