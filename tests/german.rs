//! A German workbook with one planted problem of each kind, read by the real reader and checked
//! by the real rules: every code of the catalogue appears on the subject and cell it was planted at.

use rust_xlsxwriter::Workbook as XlsxWriter;
use std::path::Path;
use teamlint::config::Config;
use teamlint::contract::Lang;
use teamlint::findings::Finding;

/// Writes rows of text cells (numbers as German text, as HR types them) under a title row.
fn sheet(wb: &mut XlsxWriter, name: &str, rows: &[&[&str]]) {
    let ws = wb.add_worksheet();
    ws.set_name(name).unwrap();
    ws.write_string(0, 0, format!("{name} – Planung 2026"))
        .unwrap();
    for (r, row) in rows.iter().enumerate() {
        for (c, text) in row.iter().enumerate() {
            if !text.is_empty() {
                ws.write_string(r as u32 + 2, c as u16, *text).unwrap();
            }
        }
    }
}

fn planted(dir: &Path) -> std::path::PathBuf {
    let mut wb = XlsxWriter::new();
    sheet(
        &mut wb,
        "Einheiten",
        &[
            &[
                "Einheit",
                "Land",
                "Mitarbeiterzahl",
                "Organisationsform",
                "Koordinator",
                "Vorstandssponsor",
                "Richtlinien",
                "Jahresbudget",
            ],
            // Nord: holistic at 400 (COORD004), no coordinator (COORD001), no sponsor (COORD005),
            // no guidelines (COORD006), a budget far below its staff cost (COST002).
            &["Nord", "DE", "400", "holistisch", "", "", "nein", "1.000 €"],
            // Süd: its named coordinator S1 has no time (COORD002); Austria makes two countries
            // with no group coordinator (COORD003).
            &["Süd", "AT", "30", "", "S1", "S2", "ja", "90.000 €"],
        ],
    );
    sheet(
        &mut wb,
        "Mitarbeiter",
        &[
            &[
                "Pers.-Nr.",
                "Name",
                "Einheit",
                "Abteilung",
                "Rolle",
                "Wochenstunden",
                "Stundensatz",
                "Vertretung",
            ],
            // N1: social media manager, no deputy (SPOF002), 8 of 40 h on social media (STAFF003).
            &[
                "N1",
                "Anna",
                "Nord",
                "Marketing",
                "Social-Media-Manager(in)",
                "40",
                "50,00",
                "",
            ],
            &[
                "N2",
                "Bernd",
                "Nord",
                "Vertrieb",
                "Redakteur*in",
                "20",
                "40,00",
                "N3",
            ],
            // N3: 12 h allocated on a 10 h contract (STAFF004).
            &[
                "N3",
                "Clara",
                "Nord",
                "Marketing",
                "Redakteur*in",
                "10",
                "40,00",
                "N2",
            ],
            // N4: deputy N9 is not on the Staff sheet (DATA003).
            &[
                "N4",
                "Dora",
                "Nord",
                "Marketing",
                "Helfer",
                "40",
                "35,00",
                "N9",
            ],
            // N5 stands in for N6, N7 and N8: three people (SPOF004).
            &[
                "N5",
                "Emil",
                "Nord",
                "Marketing",
                "Helfer",
                "40",
                "35,00",
                "N4",
            ],
            &[
                "N6",
                "Frieda",
                "Nord",
                "Marketing",
                "Helfer",
                "40",
                "35,00",
                "N5",
            ],
            &[
                "N7",
                "Gustav",
                "Nord",
                "Marketing",
                "Helfer",
                "40",
                "35,00",
                "N5",
            ],
            // N8: weekly hours that are not a number (DATA002).
            &[
                "N8",
                "Hanna",
                "Nord",
                "Marketing",
                "Helfer",
                "viel",
                "35,00",
                "N5",
            ],
            // N7 twice (DATA004).
            &[
                "N7",
                "Gustav B.",
                "Nord",
                "Marketing",
                "Helfer",
                "40",
                "35,00",
                "",
            ],
            &[
                "S1",
                "Sepp",
                "Süd",
                "Kommunikation",
                "Koordinator",
                "40",
                "45,00",
                "S2",
            ],
            &[
                "S2",
                "Susi",
                "Süd",
                "Kommunikation",
                "Community-Manager",
                "40",
                "45,00",
                "S1",
            ],
            &[
                "S3",
                "Toni",
                "Süd",
                "Kommunikation",
                "Redakteur",
                "20",
                "45,00",
                "S2",
            ],
        ],
    );
    sheet(
        &mut wb,
        "Zeitaufteilung",
        &[
            &["Pers.-Nr.", "Kanal", "Aufgabe", "Std./Woche", "Anteil"],
            // Instagram: Anna alone (SPOF001), 8 of 10 h (STAFF001), budget "kostenlos" (COST001).
            &["N1", "Instagram", "Inhalte", "8 Std", ""],
            // Facebook: Bernd alone; his deputy Clara has no time on it (SPOF003).
            &["N2", "Facebook", "Inhalte", "5", ""],
            &["N3", "LinkedIn", "Inhalte", "12 Std", ""],
            &["N4", "LinkedIn", "Moderation", "", "5 %"],
            // Xing is not in the channel plan (STAFF005).
            &["N4", "Xing", "Inhalte", "1,5", ""],
            &["S2", "YouTube", "Dialog", "", "20 %"],
            &["S3", "YouTube", "Inhalte", "", "50 %"],
        ],
    );
    sheet(
        &mut wb,
        "Kanäle",
        &[
            &[
                "Einheit",
                "Kanal",
                "Status",
                "Beiträge pro Woche",
                "Soll-Stunden",
                "Jahresbudget",
            ],
            &["Nord", "Instagram", "aktiv", "5", "10", "kostenlos"],
            // Facebook: a budget far below the staff cost of 5 h a week (COST002).
            &["Nord", "Facebook", "aktiv", "2", "5", "500 €"],
            &["Nord", "LinkedIn", "aktiv", "1", "4", "5.000 €"],
            // TikTok: planned at 3 posts a week (8 h required), nobody allocated (STAFF001); with
            // four active channels on 28 h, Nord runs too many channels (STAFF002).
            &["Nord", "TikTok", "aktiv", "3", "", "2.000 €"],
            // Facebook twice in one unit's plan (DATA004).
            &["Nord", "facebook", "geplant", "", "", ""],
            &["Süd", "YouTube", "aktiv", "2", "16", "40.000 €"],
        ],
    );
    let path = dir.join("Planung Nord-Süd.xlsx");
    wb.save(&path).unwrap();
    path
}

fn check(path: &Path) -> Vec<Finding> {
    let (wb, load_findings) = teamlint::rules::data::load(path, "Planung Nord-Süd.xlsx").unwrap();
    let config = Config::default();
    let (mut findings, units) = teamlint::rules::check_workbook(&wb.plan, load_findings, &config);
    findings.extend(teamlint::rules::check_group(&units, &config));
    findings
}

fn has(findings: &[Finding], rule: &str, subject: &str, cell: Option<&str>) {
    let hit = findings
        .iter()
        .find(|f| f.rule == rule && f.subject == subject)
        .unwrap_or_else(|| {
            let got: Vec<_> = findings
                .iter()
                .map(|f| format!("{} {} {:?}", f.rule, f.subject, f.cell()))
                .collect();
            panic!("no {rule} on {subject}; got {got:#?}")
        });
    if let Some(cell) = cell {
        assert_eq!(
            hit.cell().as_deref(),
            Some(cell),
            "{rule} {subject}: {}",
            hit.message(Lang::En)
        );
    }
}

#[test]
fn each_planted_problem_yields_its_code_on_its_subject_and_cell() {
    let dir = tempfile::tempdir().unwrap();
    let findings = check(&planted(dir.path()));
    // Einheiten: header on row 3, Nord on row 4; Mitarbeiter N1 on row 4; Kanäle Instagram row 4.
    has(&findings, "SPOF001", "Instagram", Some("B4"));
    has(&findings, "SPOF002", "N1", Some("H4"));
    has(&findings, "SPOF003", "Facebook", None);
    has(&findings, "SPOF004", "N5", None);
    has(&findings, "STAFF001", "Instagram", Some("E4"));
    has(&findings, "STAFF001", "TikTok", None);
    has(&findings, "STAFF002", "Nord", None);
    has(&findings, "STAFF003", "N1", None);
    has(&findings, "STAFF004", "N3", Some("F6"));
    has(&findings, "STAFF005", "Xing", Some("B8"));
    has(&findings, "COORD001", "Nord", Some("E4"));
    has(&findings, "COORD002", "S1", None);
    has(&findings, "COORD003", "Nord", None);
    has(&findings, "COORD004", "Nord", Some("D4"));
    has(&findings, "COORD005", "Nord", Some("F4"));
    // A message that names a column names it as the workbook writes it (issue 25), whatever
    // the reader's language.
    let sponsor = findings
        .iter()
        .find(|f| f.rule == "COORD005" && f.subject == "Nord")
        .unwrap();
    assert_eq!(
        sponsor.message(Lang::De),
        "Nord: kein Sponsor in der Geschäftsleitung (die Spalte Vorstandssponsor ist leer, und \
         niemand hat die Rolle Sponsor)."
    );
    assert!(
        sponsor
            .message(Lang::En)
            .contains("(the Vorstandssponsor column is empty"),
        "{}",
        sponsor.message(Lang::En)
    );
    has(&findings, "COORD006", "Nord", Some("G4"));
    has(&findings, "COST001", "Instagram", Some("F4"));
    has(&findings, "COST002", "Facebook", Some("F5"));
    has(&findings, "COST002", "Nord", None);
    has(&findings, "DATA002", "N8", Some("F11"));
    has(&findings, "DATA003", "N9", Some("H7"));
    has(&findings, "DATA004", "N7", Some("A12"));
    has(&findings, "DATA004", "facebook", Some("B8"));
    let cost001 = findings.iter().find(|f| f.rule == "COST001").unwrap();
    assert!(
        cost001.message(Lang::En).contains("kostenlos")
            && cost001.message(Lang::En).contains("EUR"),
        "the message states the real cost: {}",
        cost001.message(Lang::En)
    );
    // Süd follows the rules apart from its idle coordinator and its team of two (S2 and S3,
    // no helper): nothing else fires there.
    has(&findings, "STAFF009", "Süd", Some("A5"));
    let sud: Vec<_> = findings
        .iter()
        .filter(|f| {
            f.unit.as_deref() == Some("Süd") && f.rule != "COORD002" && f.rule != "STAFF009"
        })
        .map(|f| format!("{} {} {}", f.rule, f.subject, f.message(Lang::En)))
        .collect();
    assert!(sud.is_empty(), "{sud:#?}");
}

#[test]
fn a_german_workbook_without_a_channel_plan_gets_data001() {
    let dir = tempfile::tempdir().unwrap();
    let mut wb = XlsxWriter::new();
    sheet(
        &mut wb,
        "Personal",
        &[&["Personalnummer", "Wochenstunden"], &["1", "40"]],
    );
    sheet(
        &mut wb,
        "Zuordnung",
        &[
            &["Personalnummer", "Kanal", "Stunden pro Woche"],
            &["1", "Xing", "2"],
        ],
    );
    let path = dir.path().join("ohne Kanalplan.xlsx");
    wb.save(&path).unwrap();
    let findings = check(&path);
    has(&findings, "DATA001", "Channels", None);
}
