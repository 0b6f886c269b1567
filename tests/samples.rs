//! Sample tests: every workbook in samples/ loads, and the batch shows what samples/README.md
//! promises: the planted problems per unit, at least 12 distinct rule codes, and one clean unit.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use teamlint::config::Config;
use teamlint::findings::{Finding, Severity};
use teamlint::rules::UnitFigures;

/// The unit that follows every rule.
const CLEAN_UNIT: &str = "Hansa Outdoor Austria GmbH";

/// The rule codes each sample unit shows, as samples/README.md lists them.
const EXPECTED: &[(&str, &str, &[&str])] = &[
    ("at-wien.xlsx", "Hansa Outdoor Austria GmbH", &[]),
    (
        "ch-zuerich.ods",
        "Hansa Outdoor Schweiz AG",
        &["COST001", "SPOF001", "SPOF002", "STAFF008"],
    ),
    (
        "de-holding-hq.xlsx",
        "Hansa Outdoor Holding SE",
        &["COST002", "STAFF003"],
    ),
    (
        "de-regionalgesellschaften.xlsx",
        "Hansa Retail Nord GmbH",
        &["DATA002", "DATA003", "SPOF002"],
    ),
    (
        "de-regionalgesellschaften.xlsx",
        "Hansa Retail Süd GmbH",
        &["COORD004", "COORD007", "COST002", "STAFF009"],
    ),
    (
        "de-regionalgesellschaften.xlsx",
        "Hansa Online GmbH",
        &["COORD001", "STAFF006"],
    ),
    (
        "fr-lyon.xlsx",
        "Hansa Outdoor France SAS",
        &["COORD001", "COORD005", "COORD006"],
    ),
    (
        "pl-poznan.xlsx",
        "Hansa Outdoor Polska sp. z o.o.",
        &["COORD002", "COORD004", "SPOF004"],
    ),
    (
        "uk-manchester.xls",
        "Hansa Outdoor UK Ltd",
        &["COST001", "STAFF001", "STAFF002"],
    ),
    (
        "us-denver.xlsx",
        "Hansa Outdoor Inc.",
        &[
            "COORD008", "SPOF003", "STAFF004", "STAFF005", "STAFF007", "STAFF008",
        ],
    ),
];

fn samples_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("samples")
}

/// Every workbook in samples/, sorted by name.
fn sample_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(samples_dir())
        .expect("samples/ exists")
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let ext = p.extension().map(|e| e.to_string_lossy().to_lowercase());
            matches!(
                ext.as_deref(),
                Some("xlsx" | "xlsm" | "xlsb" | "xls" | "ods")
            )
        })
        .collect();
    files.sort();
    files
}

fn name_of(path: &Path) -> String {
    path.file_name().unwrap().to_string_lossy().into_owned()
}

/// The whole sample batch, checked.
struct Batch {
    /// Each workbook's name and findings.
    workbooks: Vec<(String, Vec<Finding>)>,
    units: Vec<UnitFigures>,
    /// Findings of the group rules over all units.
    group: Vec<Finding>,
}

/// Loads and checks every sample as `teamlint check samples` would.
fn check_batch() -> Batch {
    let config = Config::default();
    let mut workbooks = Vec::new();
    let mut units = Vec::new();
    for path in sample_files() {
        let name = name_of(&path);
        let (wb, load_findings) =
            teamlint::rules::data::load(&path, &name).unwrap_or_else(|e| panic!("{name}: {e}"));
        let (findings, figures) = teamlint::rules::check_workbook(&wb.plan, load_findings, &config);
        units.extend(figures);
        workbooks.push((name, findings));
    }
    let group = teamlint::rules::check_group(&units, &config);
    Batch {
        workbooks,
        units,
        group,
    }
}

#[test]
fn every_sample_loads_without_missing_sheets_or_columns() {
    let files = sample_files();
    assert!(
        files.len() >= 8,
        "at least 8 sample workbooks, found {}",
        files.len()
    );
    let formats: BTreeSet<String> = files
        .iter()
        .map(|p| p.extension().unwrap().to_string_lossy().to_lowercase())
        .collect();
    for f in ["xlsx", "xls", "ods"] {
        assert!(formats.contains(f), "a .{f} sample");
    }
    for path in &files {
        let name = name_of(path);
        let size = std::fs::metadata(path).unwrap().len();
        assert!(
            size < 1024 * 1024,
            "{name} is {size} bytes, samples stay below 1 MB"
        );
        let (wb, findings) = teamlint::rules::data::load(path, &name)
            .unwrap_or_else(|e| panic!("{name} fails to load: {e}"));
        let missing: Vec<_> = findings.iter().filter(|f| f.rule == "DATA001").collect();
        assert!(missing.is_empty(), "{name}: {missing:#?}");
        assert_eq!(wb.plan.layouts.len(), 4, "{name}: all four sheets found");
        assert!(
            !wb.plan.staff.is_empty() && !wb.plan.channels.is_empty(),
            "{name}"
        );
    }
}

#[test]
fn each_unit_appears_once_and_the_batch_spans_several_countries() {
    let Batch { units, .. } = check_batch();
    let mut seen = BTreeSet::new();
    for u in &units {
        assert!(
            seen.insert(u.unit.to_lowercase()),
            "unit {} appears twice",
            u.unit
        );
    }
    let countries: BTreeSet<&str> = units.iter().filter_map(|u| u.country.as_deref()).collect();
    assert!(countries.len() >= 5, "countries: {countries:?}");
    assert!(
        units.iter().any(|u| u.has_group_coordinator),
        "the holding has a group coordinator"
    );
    assert!(
        units
            .iter()
            .filter(|u| u.workbook == "de-regionalgesellschaften.xlsx")
            .count()
            >= 3,
        "one workbook holds several units"
    );
}

#[test]
fn the_batch_shows_at_least_twelve_rule_codes() {
    let Batch {
        workbooks, group, ..
    } = check_batch();
    let codes: BTreeSet<&str> = workbooks
        .iter()
        .flat_map(|(_, f)| f.iter())
        .chain(&group)
        .map(|f| f.code())
        .collect();
    assert!(codes.len() >= 12, "only {} codes: {codes:?}", codes.len());
}

#[test]
fn the_clean_unit_has_no_error_or_warning() {
    let Batch {
        workbooks,
        units,
        group,
    } = check_batch();
    assert!(
        units.iter().any(|u| u.unit == CLEAN_UNIT),
        "{CLEAN_UNIT} is in the batch"
    );
    let serious: Vec<&Finding> = workbooks
        .iter()
        .flat_map(|(_, f)| f.iter())
        .chain(&group)
        .filter(|f| f.unit.as_deref() == Some(CLEAN_UNIT) && f.severity >= Severity::Warning)
        .collect();
    assert!(serious.is_empty(), "{serious:#?}");
    let figures = units.iter().find(|u| u.unit == CLEAN_UNIT).unwrap();
    assert_eq!((figures.errors, figures.warnings), (0, 0));
    assert!(
        figures.coverage.unwrap() >= 1.0,
        "the clean unit covers its channels"
    );
}

#[test]
fn each_sample_unit_shows_the_codes_the_readme_lists() {
    let Batch {
        workbooks, group, ..
    } = check_batch();
    let mut actual: BTreeMap<(String, String), BTreeSet<&str>> = BTreeMap::new();
    for (workbook, findings) in &workbooks {
        for f in findings {
            let unit = f.unit.clone().unwrap_or_default();
            actual
                .entry((workbook.clone(), unit))
                .or_default()
                .insert(f.code());
        }
    }
    for f in &group {
        let unit = f.unit.clone().unwrap_or_default();
        actual
            .entry((f.workbook.clone(), unit))
            .or_default()
            .insert(f.code());
    }
    for (workbook, unit, codes) in EXPECTED {
        let got = actual
            .remove(&(workbook.to_string(), unit.to_string()))
            .unwrap_or_default();
        let want: BTreeSet<&str> = codes.iter().copied().collect();
        assert_eq!(got, want, "{workbook} / {unit}");
    }
    assert!(
        actual.is_empty(),
        "findings on units the README does not list: {actual:#?}"
    );
}

#[test]
fn every_sample_finding_reads_in_french_from_its_figures() {
    use teamlint::contract::Lang;
    let batch = check_batch();
    let all: Vec<&Finding> = batch
        .workbooks
        .iter()
        .flat_map(|(_, f)| f)
        .chain(&batch.group)
        .collect();
    assert!(all.len() > 20, "{} findings", all.len());
    for f in all {
        let message = f.message(Lang::Fr);
        // The figures are read back, from the finding and from a part file alike.
        assert_ne!(
            message,
            f.rule.summary(Lang::Fr),
            "{} figures unread",
            f.code()
        );
        let part: Finding = serde_json::from_str(&serde_json::to_string(f).unwrap()).unwrap();
        assert_eq!(part.message(Lang::Fr), message);
        // French punctuation: a no-break space before the colon, never a breaking one.
        assert!(!message.contains(" :"), "{}: {message}", f.code());
        // Figures written the French way: no `1,234` nor `12.5` between digits.
        let chars: Vec<char> = message.chars().collect();
        for w in chars.windows(3) {
            let foreign = w[0].is_ascii_digit() && w[2].is_ascii_digit() && w[1] == '.';
            assert!(!foreign, "{} {}: {message}", f.code(), f.subject);
        }
    }
}

#[test]
fn the_understaffed_channel_of_manchester_says_its_figures_in_french() {
    use teamlint::contract::Lang;
    let batch = check_batch();
    let (_, findings) = batch
        .workbooks
        .iter()
        .find(|(name, _)| name == "uk-manchester.xls")
        .expect("the Manchester sample");
    let f = findings
        .iter()
        .find(|f| f.code() == "STAFF001")
        .expect("STAFF001 in Manchester");
    assert_eq!(f.subject, "TikTok");
    assert_eq!(f.sheet(), Some("Channels"));
    assert_eq!(f.cell().as_deref(), Some("D6"));
    assert_eq!(
        f.message(Lang::Fr),
        "TikTok\u{a0}: 8 h/semaine réparties, 15 h/semaine requises (colonne Heures requises par semaine)\u{a0}; \
         avec une tolérance de 10\u{a0}%, il en faut au moins 13,5 h/semaine."
    );
    assert_eq!(f.rule.title(Lang::Fr), "Canal en sous-effectif");
    let (_, zurich) = batch
        .workbooks
        .iter()
        .find(|(name, _)| name == "ch-zuerich.ods")
        .expect("the Zurich sample");
    let cost = zurich.iter().find(|f| f.code() == "COST001").unwrap();
    assert_eq!(
        (cost.subject.as_str(), cost.sheet(), cost.cell().as_deref()),
        ("Facebook", Some("Kanäle"), Some("E3"))
    );
    assert_eq!(
        cost.message(Lang::Fr),
        "Facebook\u{a0}: budget «\u{a0}kostenlos\u{a0}», mais 16 h/semaine de temps de travail \
         coûtent 44\u{a0}884 CHF par an."
    );
}
