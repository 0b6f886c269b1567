//! A workbook in French (sheet names, headers, roles, statuses, tasks, forms, yes/no) is read as
//! its English twin: both are written here from one sample's cells, and give the same findings.

use calamine::{Data, Reader, open_workbook_auto};
use rust_xlsxwriter::Workbook;
use std::path::{Path, PathBuf};
use teamlint::contract::{
    Employment, Lang, Meaning, OrgForm, Role, SHEETS, SheetDef, Status, Task, french_word,
    yes_no_word,
};

/// A cell's text in French, for a cell of `sheet`: a header becomes the French header, a word
/// of a vocabulary the French word; anything else stays as it is.
fn in_french(sheet: &SheetDef, text: &str) -> String {
    let own = |h: &str| h.eq_ignore_ascii_case(text.trim());
    if let Some(column) = sheet
        .columns
        .iter()
        .find(|c| own(c.header) || own(c.header_de))
    {
        return column.header_fr.to_string();
    }
    let meaning = Role::parse(text)
        .map(Meaning::Role)
        .or_else(|| Status::parse(text).map(Meaning::Status))
        .or_else(|| Employment::parse(text).map(Meaning::Employment))
        .or_else(|| Task::parse(text).map(Meaning::Task))
        .or_else(|| OrgForm::parse(text).map(Meaning::OrgForm));
    if let Some(word) = meaning.and_then(french_word) {
        return word.to_string();
    }
    match (text.trim().to_lowercase().as_str(), yes_no_word(text)) {
        ("yes" | "ja", Some(true)) => "oui".into(),
        ("no" | "nein", Some(false)) => "non".into(),
        _ => text.to_string(),
    }
}

/// Writes the cells of every sheet of `sample` to `dir/file`, in French when `french`: the
/// contract's sheets under their French names, their texts through [`in_french`].
fn twin(sample: &Path, dir: &Path, french: bool) -> PathBuf {
    let mut source = open_workbook_auto(sample).unwrap();
    let mut book = Workbook::new();
    for name in source.sheet_names() {
        let range = source.worksheet_range(&name).unwrap();
        let def = SHEETS.iter().find(|s| s.matches_name(&name));
        let sheet = book.add_worksheet();
        match def {
            Some(def) if french => sheet.set_name(def.name_fr).unwrap(),
            _ => sheet.set_name(&name).unwrap(),
        };
        let (top, left) = range.start().unwrap_or((0, 0));
        for (r, row) in range.rows().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let (r, c) = (top + r as u32, (left as usize + c) as u16);
                match cell {
                    Data::Empty => {}
                    Data::Float(n) => drop(sheet.write_number(r, c, *n).unwrap()),
                    Data::Int(n) => drop(sheet.write_number(r, c, *n as f64).unwrap()),
                    Data::Bool(b) => drop(sheet.write_boolean(r, c, *b).unwrap()),
                    Data::DateTime(d) => drop(sheet.write_number(r, c, d.as_f64()).unwrap()),
                    Data::String(t) => {
                        let t = match def {
                            Some(def) if french => in_french(def, t),
                            _ => t.clone(),
                        };
                        sheet.write_string(r, c, t).unwrap();
                    }
                    other => drop(sheet.write_string(r, c, other.to_string()).unwrap()),
                }
            }
        }
    }
    let path = dir.join(sample.file_name().unwrap()).with_extension("xlsx");
    book.save(&path).unwrap();
    path
}

/// `code sheet!cell subject` of every finding of one workbook, the sheet by its English name.
fn findings(path: &Path) -> Vec<String> {
    let out = tempfile::tempdir().unwrap();
    let options = teamlint::Options {
        out_dir: out.path().to_path_buf(),
        lang: Lang::En,
        ..teamlint::Options::default()
    };
    let report = teamlint::check(&[path.to_path_buf()], &options).unwrap();
    assert_eq!(report.failed(), 0, "{}", path.display());
    let english = |sheet: &str| {
        SHEETS
            .iter()
            .find(|s| s.matches_name(sheet))
            .map_or(sheet.to_string(), |s| s.name.to_string())
    };
    let mut lines: Vec<String> = report
        .findings()
        .map(|f| {
            format!(
                "{} {}!{} {}",
                f.rule.code,
                f.sheet().map(english).unwrap_or("-".into()),
                f.cell().unwrap_or_default(),
                f.subject
            )
        })
        .collect();
    lines.sort();
    lines
}

#[test]
fn a_french_workbook_gives_the_findings_of_its_english_twin() {
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    for sample in ["us-denver.xlsx", "fr-lyon.xlsx", "de-holding-hq.xlsx"] {
        let (en, fr) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        let english = twin(&samples.join(sample), en.path(), false);
        let french = twin(&samples.join(sample), fr.path(), true);
        // The twin is French indeed: its sheets and headers are the contract's French ones.
        let mut written = open_workbook_auto(&french).unwrap();
        let names = written.sheet_names();
        assert!(
            names.iter().any(|n| n == "Personnel"),
            "{sample}: {names:?}"
        );
        assert!(
            names.iter().any(|n| n == "Répartition"),
            "{sample}: {names:?}"
        );
        assert!(names.iter().any(|n| n == "Canaux"), "{sample}: {names:?}");
        let staff = written.worksheet_range("Personnel").unwrap();
        let texts: Vec<String> = staff.cells().map(|(_, _, d)| d.to_string()).collect();
        assert!(
            texts.iter().any(|t| t == "Heures hebdomadaires"),
            "{sample}"
        );
        assert!(texts.iter().any(|t| t == "Matricule"), "{sample}");
        let (en_findings, fr_findings) = (findings(&english), findings(&french));
        assert!(!en_findings.is_empty(), "{sample}");
        assert_eq!(fr_findings, en_findings, "{sample}");
    }
}

#[test]
fn french_words_read_with_and_without_accents() {
    let staff = SHEETS.iter().find(|s| s.name == "Staff").unwrap();
    for header in [
        "Heures hebdomadaires",
        "heures hebdomadaires",
        "Suppléant",
        "Suppleant",
    ] {
        assert!(staff.match_header(header).is_some(), "{header}");
    }
    assert_eq!(
        staff.match_header("Coût horaire").map(|c| c.header),
        Some("Hourly cost")
    );
    assert_eq!(
        staff.match_header("Cout horaire").map(|c| c.header),
        Some("Hourly cost")
    );
    let allocation = SHEETS.iter().find(|s| s.name == "Allocation").unwrap();
    assert!(allocation.matches_name("Répartition") && allocation.matches_name("repartition"));
    let units = SHEETS.iter().find(|s| s.name == "Units").unwrap();
    assert!(units.matches_name("Unités") && units.matches_name("UNITES"));
    assert_eq!(
        units.match_header("Forme d’organisation").map(|c| c.header),
        Some("Organisation form")
    );
    assert_eq!(Status::parse("prévu"), Some(Status::Planned));
    assert_eq!(Status::parse("prevu"), Some(Status::Planned));
    assert_eq!(Status::parse("en pause"), Some(Status::Paused));
    assert_eq!(Status::parse("actif"), Some(Status::Active));
    assert_eq!(
        Role::parse("responsable des reseaux sociaux"),
        Some(Role::SocialMediaManager)
    );
    assert_eq!(
        Role::parse("community manager"),
        Some(Role::CommunityManager)
    );
    assert_eq!(
        Role::parse("Coordinateur groupe"),
        Some(Role::GroupCoordinator)
    );
    assert_eq!(Task::parse("Veille"), Some(Task::Monitoring));
    assert_eq!(Task::parse("publicite"), Some(Task::Advertising));
    assert_eq!(
        OrgForm::parse("Décentralisée"),
        Some(OrgForm::Decentralised)
    );
    assert_eq!(
        Employment::parse("Indépendante"),
        Some(Employment::Freelance)
    );
    assert_eq!(
        (yes_no_word("Oui"), yes_no_word("NON")),
        (Some(true), Some(false))
    );
    assert_eq!(Role::Coordinator.label(Lang::Fr), "coordinateur");
    assert_eq!(OrgForm::Centralised.label(Lang::Fr), "centralisée");
}

#[test]
fn every_sheet_and_column_has_a_french_name_that_reads_as_itself() {
    for sheet in SHEETS {
        assert!(
            sheet.matches_name(sheet.name_in(Lang::Fr)),
            "{}",
            sheet.name
        );
        for column in sheet.columns {
            let fr = column.header_in(Lang::Fr);
            assert!(!fr.is_empty() && !column.hint_in(Lang::Fr).is_empty());
            assert_eq!(
                sheet.match_header(fr).map(|c| c.col),
                Some(column.col),
                "{fr} on {}",
                sheet.name
            );
            assert_ne!(column.hint_in(Lang::Fr), column.hint_in(Lang::En), "{fr}");
        }
    }
}

/// A French run writes French outputs, read back by independent readers: calamine for the group
/// report and a patched copy (sheet names, headers, a note in French with a French number), the
/// page as text (lang="fr", French headings, no English phrase of a list).
#[test]
fn a_french_run_writes_every_output_in_french() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    let options = teamlint::Options {
        out_dir: out.clone(),
        lang: Lang::Fr,
        ..teamlint::Options::default()
    };
    teamlint::check(&[samples], &options).expect("the run");

    let group: calamine::Xlsx<_> = calamine::open_workbook(out.join("group-report.xlsx")).unwrap();
    let names = group.sheet_names();
    for name in ["Entités", "Entrées", "Constats du groupe"] {
        assert!(names.iter().any(|n| n == name), "{name} in {names:?}");
    }

    let mut copy: calamine::Xlsx<_> =
        calamine::open_workbook(out.join("uk-manchester.checked.xlsx")).unwrap();
    let names = copy.sheet_names();
    assert!(names.iter().any(|n| n == "Constats"), "{names:?}");
    assert!(names.iter().any(|n| n == "Synthèse"), "{names:?}");
    let findings = copy.worksheet_range("Constats").unwrap();
    let header: Vec<String> = findings
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    for column in [
        "Gravité",
        "Entité",
        "Feuille",
        "Cellule",
        "Message",
        "Que faire",
    ] {
        assert!(header.iter().any(|h| h == column), "{column} in {header:?}");
    }
    // Each row names its rule by its French title, not by the kebab id of findings.json.
    let (code, title) = (
        header
            .iter()
            .position(|h| h == "Code")
            .expect("a Code column"),
        header
            .iter()
            .position(|h| h == "Nom")
            .expect("a Nom column"),
    );
    let mut titled = 0;
    for row in findings.rows().skip(1) {
        let rule = teamlint::rules::rule(&row[code].to_string()).expect("a rule code");
        assert_eq!(
            row[title].to_string(),
            rule.title(Lang::Fr),
            "{}",
            rule.code
        );
        assert_ne!(rule.title(Lang::Fr), rule.name);
        titled += 1;
    }
    assert!(titled > 0);
    // A message with a French number: a no-break space between thousands or a decimal comma.
    let messages: Vec<String> = findings
        .rows()
        .skip(1)
        .filter_map(|r| {
            let i = header.iter().position(|h| h == "Message")?;
            Some(r.get(i)?.to_string())
        })
        .collect();
    assert!(!messages.is_empty());
    assert!(
        messages
            .iter()
            .any(|m| m.contains(" €") || m.contains("h/semaine")),
        "{messages:#?}"
    );

    let page = std::fs::read_to_string(out.join("report.html")).unwrap();
    assert!(page.contains("<html lang=\"fr\""), "lang=fr");
    for french in ["Vue d’ensemble", "Constats", "Rapport de groupe (Excel)"] {
        assert!(page.contains(french), "{french}");
    }
    let visible: String = {
        // The page's text without tags and attribute values.
        let mut text = String::new();
        let mut in_tag = false;
        for c in page.chars() {
            match c {
                '<' => in_tag = true,
                '>' => {
                    in_tag = false;
                    text.push(' ');
                }
                _ if !in_tag => text.push(c),
                _ => {}
            }
        }
        text
    };
    for english in [
        "Findings",
        "Summary",
        "What to do",
        " hours",
        "workbooks",
        "Overview",
        "Group report",
        "Download",
    ] {
        assert!(
            !visible.contains(english),
            "English {english:?} in the French page"
        );
    }
}
