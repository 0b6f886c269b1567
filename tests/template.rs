//! Template tests: the workbook `teamlint template` writes loads without a DATA finding, checks
//! cleanly, carries the contract's headers, drop-down lists and hints, and still loads after a
//! user filled it in another program (openpyxl, when Python has it).

use std::collections::BTreeSet;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;
use teamlint::config::Config;
use teamlint::contract::{Lang, SHEETS, SheetKind};
use teamlint::findings::{Finding, Severity};
use teamlint::model::{RawValue, Workbook};
use teamlint::template::write_template;

fn write(dir: &Path, lang: Lang) -> PathBuf {
    let path = dir.join(match lang {
        Lang::En => "template.xlsx",
        Lang::De => "vorlage.xlsx",
        Lang::Fr => "modele.xlsx",
    });
    write_template(&path, lang).expect("the template is written");
    path
}

fn load(path: &Path) -> (Workbook, Vec<Finding>) {
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    teamlint::rules::data::load(path, &name).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn data_findings(findings: &[Finding]) -> Vec<&Finding> {
    findings
        .iter()
        .filter(|f| f.code().starts_with("DATA"))
        .collect()
}

/// The workbook's entries of a zip archive, by name.
fn zip_entries(path: &Path) -> Vec<(String, String)> {
    let file = std::fs::File::open(path).unwrap();
    let mut archive = zip::ZipArchive::new(file).unwrap();
    let mut out = Vec::new();
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).unwrap();
        let mut text = String::new();
        if entry.read_to_string(&mut text).is_ok() {
            let name = entry.name().map(|n| n.into_owned()).unwrap_or_default();
            out.push((name, text));
        }
    }
    out
}

fn entry<'a>(entries: &'a [(String, String)], name: &str) -> &'a str {
    entries
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, t)| t.as_str())
        .unwrap_or_else(|| panic!("no {name} in the archive"))
}

fn template_loads_and_checks_cleanly(lang: Lang) {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), lang);
    // Written under a temporary name and renamed: nothing else is left in the folder.
    let files: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(files.len(), 1, "only the template is in the folder");

    let (wb, findings) = load(&path);
    assert!(data_findings(&findings).is_empty(), "{findings:#?}");
    for kind in SheetKind::ALL {
        assert!(wb.plan.layouts.contains_key(&kind), "{kind:?} sheet found");
    }
    let plan = &wb.plan;
    assert_eq!(plan.units.len(), 1);
    assert_eq!(plan.staff.len(), 4);
    assert_eq!(plan.allocations.len(), 3);
    assert_eq!(plan.channels.len(), 2);
    assert!(plan.staff.iter().all(|p| p.weekly_hours.is_some()));
    assert!(
        plan.staff.iter().all(|p| p.role.is_some()),
        "example roles are contract roles"
    );
    assert!(
        plan.allocations
            .iter()
            .all(|a| a.task.is_some() && !a.invalid)
    );
    assert_eq!(plan.allocations[1].share, Some(0.6));

    // The example rows make a unit that follows every rule.
    let config = Config::default();
    let (findings, units) = teamlint::rules::check_workbook(plan, findings, &config);
    let group = teamlint::rules::check_group(&units, &config);
    let serious: Vec<_> = findings
        .iter()
        .chain(&group)
        .filter(|f| f.severity >= Severity::Warning)
        .collect();
    assert!(
        serious.is_empty(),
        "the filled template checks cleanly: {serious:#?}"
    );
}

#[test]
fn english_template_loads_without_data_findings_and_checks_cleanly() {
    template_loads_and_checks_cleanly(Lang::En);
}

#[test]
fn german_template_loads_without_data_findings_and_checks_cleanly() {
    template_loads_and_checks_cleanly(Lang::De);
}

#[test]
fn french_template_loads_without_data_findings_and_checks_cleanly() {
    template_loads_and_checks_cleanly(Lang::Fr);
}

#[test]
fn sheets_and_headers_come_from_the_contract() {
    let dir = tempfile::tempdir().unwrap();
    for lang in [Lang::En, Lang::De, Lang::Fr] {
        let path = write(dir.path(), lang);
        let sheets = teamlint::load::read_sheets(&path).unwrap();
        let names: Vec<&str> = sheets.iter().map(|s| s.name.as_str()).collect();
        let mut expected = vec![match lang {
            Lang::En => "Instructions",
            Lang::De => "Anleitung",
            Lang::Fr => "Mode d'emploi",
        }];
        expected.extend(
            SHEETS
                .iter()
                .map(|d| teamlint::template::sheet_name(d, lang)),
        );
        assert_eq!(
            names, expected,
            "Instructions first, then the contract sheets"
        );
        for def in SHEETS {
            let sheet = sheets
                .iter()
                .find(|s| s.name == teamlint::template::sheet_name(def, lang))
                .unwrap();
            let headers: Vec<String> = sheet
                .cells
                .iter()
                .filter(|c| c.row == 0)
                .map(|c| match &c.value {
                    RawValue::Text(t) => t.clone(),
                    other => panic!("header {other:?}"),
                })
                .collect();
            let contract: Vec<&str> = def
                .columns
                .iter()
                .map(|c| teamlint::template::header(c, lang))
                .collect();
            assert_eq!(headers, contract, "{} headers", def.name);
        }
    }
}

#[test]
fn sheets_carry_drop_downs_hints_frozen_bold_headers() {
    let dir = tempfile::tempdir().unwrap();
    for lang in [Lang::En, Lang::De, Lang::Fr] {
        let path = write(dir.path(), lang);
        let entries = zip_entries(&path);
        // Sheet 1 is the Instructions sheet; sheets 2 to 6 are Units, Staff, Allocation, Channels,
        // Waivers.
        for (i, def) in SHEETS.iter().enumerate() {
            let xml = entry(&entries, &format!("xl/worksheets/sheet{}.xml", i + 2));
            let validations = xml.matches("<dataValidation ").count();
            assert_eq!(
                validations,
                def.columns.len(),
                "{}: one data validation per column",
                def.name
            );
            assert!(
                xml.contains("sqref=\"A2:A1000\""),
                "{}: rows 2 to 1000",
                def.name
            );
            assert!(
                xml.contains("state=\"frozen\""),
                "{}: header row frozen",
                def.name
            );
            assert!(xml.contains("<cols>"), "{}: column widths", def.name);
            assert!(xml.contains("promptTitle="), "{}: input hints", def.name);
        }
        let staff = entry(&entries, "xl/worksheets/sheet3.xml");
        let alloc = entry(&entries, "xl/worksheets/sheet4.xml");
        let channels = entry(&entries, "xl/worksheets/sheet5.xml");
        let units = entry(&entries, "xl/worksheets/sheet2.xml");
        let (role, task, status, org, yes) = match lang {
            Lang::En => (
                "social media manager,coordinator,group coordinator",
                "content,community,monitoring",
                "active,planned,paused",
                "holistic,decentralised,coordinated",
                "yes,no",
            ),
            Lang::De => (
                "Social-Media-Manager,Koordinator,Konzernkoordinator",
                "Inhalte,Moderation,Monitoring",
                "aktiv,geplant,pausiert",
                "holistisch,dezentral,koordiniert",
                "ja,nein",
            ),
            Lang::Fr => (
                "responsable des réseaux sociaux,coordinateur,coordinateur groupe",
                "contenu,animation,veille",
                "actif,prévu,en pause",
                "holistique,décentralisée,coordonnée",
                "oui,non",
            ),
        };
        assert!(staff.contains(role), "{lang:?} role list");
        assert!(alloc.contains(task), "{lang:?} task list");
        assert!(channels.contains(status), "{lang:?} status list");
        assert!(units.contains(org), "{lang:?} organisation form list");
        assert!(units.contains(yes), "{lang:?} yes/no list");
        let employment = match lang {
            Lang::En => "internal,external,agency,freelance",
            Lang::De => "intern,extern,Agentur,freiberuflich",
            Lang::Fr => "interne,externe,agence,indépendant",
        };
        assert!(staff.contains(employment), "{lang:?} employment list");
        // The Waivers sheet offers every rule's code.
        let waivers = entry(&entries, "xl/worksheets/sheet6.xml");
        let codes: Vec<&str> = teamlint::rules::all().iter().map(|r| r.code).collect();
        assert!(waivers.contains(&codes.join(",")), "{lang:?} rule list");
        // Person IDs and channels are offered from the sheets that define them.
        let staff_name = SheetKind::Staff.def();
        let staff_name = teamlint::template::sheet_name(staff_name, lang);
        assert!(alloc.contains(&format!("'{staff_name}'!$A$2:$A$1000")));

        // The header hints are notes: every hint of the contract is in a comments part.
        let comments: String = entries
            .iter()
            .filter(|(n, _)| n.starts_with("xl/comments"))
            .map(|(_, t)| t.as_str())
            .collect();
        for def in SHEETS {
            for col in def.columns {
                let hint = teamlint::template::hint(col, lang);
                let escaped = hint
                    .replace('&', "&amp;")
                    .replace('\'', "&apos;")
                    .replace('"', "&quot;");
                assert!(
                    comments.contains(hint) || comments.contains(&escaped),
                    "note for {} / {}",
                    def.name,
                    col.header
                );
            }
        }
        // Bold header row.
        let styles = entry(&entries, "xl/styles.xml");
        assert!(styles.contains("<b/>"), "a bold font for the headers");
    }
}

#[test]
fn the_instructions_list_every_rule_of_the_registry_in_the_templates_language() {
    let dir = tempfile::tempdir().unwrap();
    for lang in [Lang::En, Lang::De, Lang::Fr] {
        let path = write(dir.path(), lang);
        let sheets = teamlint::load::read_sheets(&path).unwrap();
        let instructions = &sheets[0];
        let text = |row: u32, col: u32| {
            instructions
                .cells
                .iter()
                .find(|c| c.row == row && c.col == col)
                .and_then(|c| match &c.value {
                    teamlint::model::RawValue::Text(t) => Some(t.clone()),
                    _ => None,
                })
        };
        for rule in teamlint::rules::all() {
            let row = instructions
                .cells
                .iter()
                .find(|c| {
                    c.col == 0 && c.value == teamlint::model::RawValue::Text(rule.code.into())
                })
                .unwrap_or_else(|| panic!("{lang:?}: {} not in the legend", rule.code))
                .row;
            assert_eq!(text(row, 1).as_deref(), Some(rule.name));
            assert_eq!(text(row, 2).as_deref(), Some(rule.severity.label(lang)));
            assert_eq!(text(row, 3).as_deref(), Some(rule.summary(lang)));
        }
    }
}

#[test]
fn writing_over_an_existing_template_replaces_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.xlsx");
    std::fs::write(&path, b"old").unwrap();
    write_template(&path, Lang::En).unwrap();
    assert!(std::fs::metadata(&path).unwrap().len() > 1000);
    let names: BTreeSet<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, BTreeSet::from(["t.xlsx".to_string()]));
}

#[test]
fn writing_into_a_missing_folder_creates_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new").join("t.xlsx");
    write_template(&path, Lang::De).unwrap();
    assert!(path.exists());
}

/// Whether `python3` can import openpyxl.
fn python_with_openpyxl() -> bool {
    Command::new("python3")
        .args(["-c", "import openpyxl"])
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false)
}

#[test]
fn a_template_filled_with_openpyxl_loads_without_data_findings() {
    if !python_with_openpyxl() {
        println!("skipped: python3 cannot import openpyxl");
        return;
    }
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fill_template.py");
    let dir = tempfile::tempdir().unwrap();
    for lang in [Lang::En, Lang::De] {
        let template = write(dir.path(), lang);
        let filled = dir.path().join(format!("filled-{lang:?}.xlsx"));
        let out = Command::new("python3")
            .arg(&script)
            .arg(&template)
            .arg(&filled)
            .output()
            .expect("python3 runs");
        assert!(
            out.status.success(),
            "fill_template.py failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let (wb, findings) = load(&filled);
        assert!(
            data_findings(&findings).is_empty(),
            "{lang:?}: {findings:#?}"
        );
        let plan = &wb.plan;
        assert_eq!(plan.staff.len(), 5, "{lang:?}: the added person");
        assert_eq!(plan.allocations.len(), 5, "{lang:?}: the added allocations");
        assert_eq!(plan.channels.len(), 3, "{lang:?}: the added channel");
        let added = plan.person("1005").expect("person 1005");
        assert_eq!(added.weekly_hours, Some(19.5));
        assert_eq!(added.hourly_cost, Some(39.5));
        assert_eq!(plan.allocations[4].hours, Some(2.5));
        assert_eq!(plan.allocations[3].share, Some(0.5));

        let config = Config::default();
        let (findings, _) = teamlint::rules::check_workbook(plan, findings, &config);
        let serious: Vec<_> = findings
            .iter()
            .filter(|f| f.severity >= Severity::Warning)
            .collect();
        assert!(serious.is_empty(), "{lang:?}: still clean: {serious:#?}");
    }
}

/// `teamlint template ARGS` run in `dir`: exit code, standard output, standard error.
fn run_template(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_teamlint"))
        .arg("template")
        .args(args)
        .current_dir(dir)
        .env_remove("LANG")
        .output()
        .expect("teamlint runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn template_refuses_an_existing_file_unless_force_and_leaves_it_byte_identical() {
    let dir = tempfile::tempdir().unwrap();
    let filled = dir.path().join("meinplan.xlsx");
    let bytes = b"PK a filled plan, not to be lost".to_vec();
    std::fs::write(&filled, &bytes).unwrap();
    for (lang, words) in [
        ("en", "already exists"),
        ("de", "gibt es schon"),
        ("fr", "existe déjà"),
    ] {
        let (code, stdout, stderr) = run_template(dir.path(), &["meinplan.xlsx", "--lang", lang]);
        assert_eq!(code, 2, "{lang}: {stderr}");
        assert!(stdout.is_empty(), "{lang}: {stdout}");
        assert_eq!(stderr.lines().count(), 1, "{lang}: one sentence: {stderr}");
        assert!(
            stderr.contains("meinplan.xlsx")
                && stderr.contains(words)
                && stderr.contains("--force"),
            "{lang}: {stderr}"
        );
        assert_eq!(std::fs::read(&filled).unwrap(), bytes, "{lang}: untouched");
    }
    let names: BTreeSet<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, BTreeSet::from(["meinplan.xlsx".to_string()]));

    let (code, stdout, stderr) = run_template(dir.path(), &["meinplan.xlsx", "--force"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("meinplan.xlsx"), "{stdout}");
    let (wb, findings) = load(&filled);
    assert!(data_findings(&findings).is_empty(), "{findings:#?}");
    assert_eq!(wb.plan.staff.len(), 4, "the template replaced the file");
}

#[test]
fn template_refuses_a_name_that_is_not_xlsx_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    for (name, lang, words) in [
        ("plan.ods", "en", ".xlsx only"),
        ("plan.ods", "de", "nur als .xlsx"),
        ("plan.ods", "fr", "uniquement en .xlsx"),
        ("plan", "en", "without an extension"),
        ("plan.xls", "de", "Endung .xls"),
    ] {
        let (code, stdout, stderr) = run_template(dir.path(), &[name, "--lang", lang]);
        assert_eq!(code, 2, "{name} {lang}: {stderr}");
        assert!(stdout.is_empty(), "{stdout}");
        assert_eq!(stderr.lines().count(), 1, "one sentence: {stderr}");
        assert!(
            stderr.contains(name) && stderr.contains(words),
            "{name} {lang}: {stderr}"
        );
    }
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn template_says_what_it_wrote_in_the_runs_language() {
    let dir = tempfile::tempdir().unwrap();
    for (name, lang, line) in [
        ("a.xlsx", "en", "wrote the template a.xlsx"),
        ("b.xlsx", "de", "Vorlage b.xlsx geschrieben"),
        ("c.XLSX", "fr", "modèle c.XLSX écrit"),
    ] {
        let (code, stdout, stderr) = run_template(dir.path(), &[name, "--lang", lang]);
        assert_eq!(code, 0, "{stderr}");
        assert_eq!(stdout.trim_end(), line);
        assert!(dir.path().join(name).is_file());
    }
}
