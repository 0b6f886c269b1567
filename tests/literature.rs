//! The rules from the practice literature (STAFF006 no manager, COORD007 no multiplier,
//! STAFF007 broadcast only, STAFF008 response time, STAFF009 a team too small, COORD008 a role not
//! written down), each planted in a workbook read by the real reader, and each just inside its
//! threshold, where it stays quiet.

use crate::common;

use common::text_sheet as sheet;
use rust_xlsxwriter::Workbook as XlsxWriter;
use std::path::{Path, PathBuf};
use teamlint::config::Config;
use teamlint::contract::Lang;
use teamlint::findings::Finding;

/// One person: id, department, role, weekly hours, deputy.
type Person<'a> = (&'a str, &'a str, &'a str, &'a str, &'a str);
/// One allocation: person, channel, task, hours.
type Alloc<'a> = (&'a str, &'a str, &'a str, &'a str);
/// One channel: name, required hours, budget, response time (h).
type Chan<'a> = (&'a str, &'a str, &'a str, &'a str);

/// A one-unit workbook "Nord" with a coordinator-free Units row, the people, allocations and
/// channels given, written to `dir/name.xlsx`.
fn workbook(
    dir: &Path,
    name: &str,
    people: &[Person],
    allocs: &[Alloc],
    channels: &[Chan],
) -> PathBuf {
    let mut wb = XlsxWriter::new();
    sheet(
        &mut wb,
        "Units",
        &[
            vec![
                "Unit",
                "Country",
                "Employees",
                "Executive sponsor",
                "Guidelines",
            ],
            vec!["Nord", "DE", "120", "", "yes"],
        ],
    );
    let mut staff = vec![vec![
        "Person ID",
        "Department",
        "Role",
        "Weekly hours",
        "Deputy",
    ]];
    staff.extend(people.iter().map(|p| vec![p.0, p.1, p.2, p.3, p.4]));
    sheet(&mut wb, "Staff", &staff);
    let mut rows = vec![vec!["Person ID", "Channel", "Task", "Hours per week"]];
    rows.extend(allocs.iter().map(|a| vec![a.0, a.1, a.2, a.3]));
    sheet(&mut wb, "Allocation", &rows);
    let mut plan = vec![vec![
        "Channel",
        "Required hours per week",
        "Budget",
        "Response time (h)",
    ]];
    plan.extend(channels.iter().map(|c| vec![c.0, c.1, c.2, c.3]));
    sheet(&mut wb, "Channels", &plan);
    let path = dir.join(format!("{name}.xlsx"));
    wb.save(&path).unwrap();
    path
}

fn check(path: &Path) -> Vec<Finding> {
    let display = path.file_name().unwrap().to_string_lossy().into_owned();
    let (wb, load_findings) = teamlint::rules::data::load(path, &display).unwrap();
    let (findings, _) =
        teamlint::rules::check_workbook(&wb.plan, load_findings, &Config::default());
    findings
}

fn of<'a>(findings: &'a [Finding], code: &str) -> Vec<&'a Finding> {
    findings.iter().filter(|f| f.rule == code).collect()
}

/// Two people who deputise each other, both on Instagram with content and community time.
const TEAM: &[Person] = &[
    ("1", "Kommunikation", "social media manager", "38", "2"),
    ("2", "Kommunikation", "community manager", "38", "1"),
];
const SHARED: &[Alloc] = &[
    ("1", "Instagram", "content", "10"),
    ("2", "Instagram", "community", "10"),
];

#[test]
fn staff006_fires_without_a_manager_and_not_with_a_coordinator() {
    let dir = tempfile::tempdir().unwrap();
    let people: &[Person] = &[
        ("1", "Vertrieb", "Redakteur", "38", "2"),
        ("2", "Vertrieb", "Redakteur", "38", "1"),
    ];
    let chans: &[Chan] = &[("Instagram", "20", "50000", "")];
    let path = workbook(dir.path(), "no-manager", people, SHARED, chans);
    let findings = check(&path);
    let hit = of(&findings, "STAFF006");
    assert_eq!(hit.len(), 1, "{findings:#?}");
    assert_eq!(hit[0].subject, "Nord");
    assert_eq!(hit[0].sheet(), Some("Units"));
    assert_eq!(hit[0].cell().as_deref(), Some("A2"));
    assert!(hit[0].message(Lang::De).contains("Social-Media-Manager"));
    // Just inside: a coordinator holds the manager's tasks.
    let people: &[Person] = &[
        ("1", "Vertrieb", "Koordinatorin", "38", "2"),
        ("2", "Vertrieb", "Redakteur", "38", "1"),
    ];
    let path = workbook(dir.path(), "coordinator", people, SHARED, chans);
    assert!(of(&check(&path), "STAFF006").is_empty());
}

#[test]
fn coord007_names_each_department_without_a_multiplier() {
    let dir = tempfile::tempdir().unwrap();
    let mut people = TEAM.to_vec();
    people.push(("3", "Vertrieb", "Redakteur", "38", ""));
    people.push(("4", "Personal", "Multiplikatorin", "38", ""));
    people.push(("5", "Personal", "", "38", ""));
    let chans: &[Chan] = &[("Instagram", "20", "50000", "")];
    let path = workbook(dir.path(), "departments", &people, SHARED, chans);
    let findings = check(&path);
    let hit = of(&findings, "COORD007");
    assert_eq!(hit.len(), 1, "{hit:#?}");
    assert_eq!(hit[0].subject, "Vertrieb");
    assert_eq!(hit[0].sheet(), Some("Staff"));
    assert_eq!(
        hit[0].cell().as_deref(),
        Some("B4"),
        "person 3's Department cell"
    );
    assert_eq!(hit[0].severity, teamlint::findings::Severity::Info);
    // Just inside: one department only (the social media team's) needs no multiplier.
    let path = workbook(dir.path(), "one-department", TEAM, SHARED, chans);
    assert!(of(&check(&path), "COORD007").is_empty());
    // An ambassador in Vertrieb covers it.
    people[2].2 = "ambassador";
    let path = workbook(dir.path(), "covered", &people, SHARED, chans);
    assert!(of(&check(&path), "COORD007").is_empty());
}

#[test]
fn staff007_fires_on_a_channel_that_only_publishes() {
    let dir = tempfile::tempdir().unwrap();
    let allocs: &[Alloc] = &[
        ("1", "Instagram", "Inhalte", "10"),
        ("2", "Instagram", "Werbung", "10"),
    ];
    let chans: &[Chan] = &[("Instagram", "20", "50000", "")];
    let path = workbook(dir.path(), "broadcast", TEAM, allocs, chans);
    let findings = check(&path);
    let hit = of(&findings, "STAFF007");
    assert_eq!(hit.len(), 1, "{findings:#?}");
    assert_eq!(hit[0].subject, "Instagram");
    assert_eq!(hit[0].sheet(), Some("Channels"));
    assert_eq!(hit[0].cell().as_deref(), Some("A2"));
    assert_eq!(hit[0].data.hours(), Some(&20.0));
    // Just inside: one hour of monitoring.
    let allocs: &[Alloc] = &[
        ("1", "Instagram", "Inhalte", "10"),
        ("2", "Instagram", "Werbung", "9"),
        ("2", "Instagram", "Monitoring", "1"),
    ];
    let path = workbook(dir.path(), "listening", TEAM, allocs, chans);
    assert!(of(&check(&path), "STAFF007").is_empty());
    // Rows without a task are not judged.
    let allocs: &[Alloc] = &[
        ("1", "Instagram", "Inhalte", "10"),
        ("2", "Instagram", "", "10"),
    ];
    let path = workbook(dir.path(), "unknown", TEAM, allocs, chans);
    assert!(of(&check(&path), "STAFF007").is_empty());
}

#[test]
fn staff008_fires_on_a_promise_the_staffing_cannot_keep() {
    let dir = tempfile::tempdir().unwrap();
    // Two people with 2 h of dialogue a week: two looks in a 40-hour service week, so up to
    // 20 h between them. A 12 h promise breaks; a 20 h one is kept.
    let allocs: &[Alloc] = &[
        ("1", "Facebook", "content", "8"),
        ("1", "Facebook", "community", "1"),
        ("2", "Facebook", "support", "1"),
    ];
    let chans: &[Chan] = &[("Facebook", "10", "50000", "12")];
    let path = workbook(dir.path(), "promise", TEAM, allocs, chans);
    let findings = check(&path);
    let hit = of(&findings, "STAFF008");
    assert_eq!(hit.len(), 1, "{findings:#?}");
    assert_eq!(hit[0].subject, "Facebook");
    assert_eq!(
        hit[0].cell().as_deref(),
        Some("D2"),
        "the Response time cell"
    );
    assert_eq!(hit[0].data.response_hours(), Some(&12.0));
    assert_eq!(hit[0].data.hours(), Some(&2.0));
    assert_eq!(hit[0].data.threshold(), Some(&20.0));
    assert!(
        hit[0]
            .message(Lang::En)
            .contains("up to 20 h between two looks")
    );
    assert!(
        hit[0]
            .message(Lang::De)
            .contains("bis zu 20 Std. zwischen zwei Blicken")
    );
    let chans: &[Chan] = &[("Facebook", "10", "50000", "20")];
    let path = workbook(dir.path(), "kept", TEAM, allocs, chans);
    assert!(of(&check(&path), "STAFF008").is_empty());

    // One person with plenty of time: a promise under 24 h rests on them alone; 24 h is kept.
    let solo: &[Person] = &[("1", "Kommunikation", "social media manager", "38", "")];
    let allocs: &[Alloc] = &[("1", "Facebook", "community", "10")];
    let chans: &[Chan] = &[("Facebook", "10", "50000", "12")];
    let path = workbook(dir.path(), "solo", solo, allocs, chans);
    let findings = check(&path);
    let hit = of(&findings, "STAFF008");
    assert_eq!(hit.len(), 1, "{findings:#?}");
    assert_eq!(hit[0].data.reason(), Some(&"one-person"));
    let chans: &[Chan] = &[("Facebook", "10", "50000", "24")];
    let path = workbook(dir.path(), "solo-kept", solo, allocs, chans);
    assert!(of(&check(&path), "STAFF008").is_empty());

    // A promise with no dialogue time at all.
    let allocs: &[Alloc] = &[
        ("1", "Facebook", "content", "8"),
        ("1", "Facebook", "coordination", "2"),
    ];
    let chans: &[Chan] = &[("Facebook", "10", "50000", "72")];
    let path = workbook(dir.path(), "no-dialogue", solo, allocs, chans);
    let findings = check(&path);
    let hit = of(&findings, "STAFF008");
    assert_eq!(hit.len(), 1);
    assert_eq!(hit[0].data.reason(), Some(&"no-dialogue"));
    assert_eq!(hit[0].data.threshold(), None);
    // A channel that only publishes is STAFF007's: one problem, one finding.
    let allocs: &[Alloc] = &[("1", "Facebook", "content", "10")];
    let path = workbook(dir.path(), "broadcast-promise", solo, allocs, chans);
    let findings = check(&path);
    assert!(of(&findings, "STAFF008").is_empty());
    assert_eq!(of(&findings, "STAFF007").len(), 1);
}

#[test]
fn the_new_rules_are_listed_and_explained_in_both_languages() {
    for code in [
        "STAFF006", "STAFF007", "STAFF008", "COORD007", "STAFF009", "COORD008",
    ] {
        let rule = teamlint::rules::rule(code).unwrap_or_else(|| panic!("{code} registered"));
        assert!(teamlint::rules::text_table(Lang::En).contains(code));
        assert!(teamlint::rules::text_table(Lang::De).contains(code));
        assert!(rule.explain(Lang::En).starts_with("What it checks: "));
        assert!(rule.explain(Lang::De).starts_with("Was geprüft wird: "));
    }
}

#[test]
fn staff009_fires_for_a_team_of_two_and_not_with_a_helper() {
    let dir = tempfile::tempdir().unwrap();
    let chans: &[Chan] = &[("Instagram", "20", "50000", "")];
    let path = workbook(dir.path(), "two", TEAM, SHARED, chans);
    let findings = check(&path);
    let hit = of(&findings, "STAFF009");
    assert_eq!(hit.len(), 1, "{findings:#?}");
    assert_eq!(hit[0].subject, "Nord");
    assert_eq!(hit[0].sheet(), Some("Units"));
    assert_eq!(hit[0].cell().as_deref(), Some("A2"));
    assert_eq!(
        hit[0].message(Lang::De),
        "Nord: Die 20 Std./Woche Social Media kommen von 2 Personen (1 und 2); ein Team braucht mindestens 3: den Manager, eine Vertretung und mindestens einen Helfer, der Inhalte oder Ideen liefert oder Supportanfragen übernimmt."
    );
    // Just inside: a helper who supplies content makes three.
    let mut people = TEAM.to_vec();
    people.push(("3", "Kommunikation", "Helferin", "38", ""));
    let mut allocs = SHARED.to_vec();
    allocs.push(("3", "Instagram", "content", "2"));
    let path = workbook(dir.path(), "three", &people, &allocs, chans);
    assert!(of(&check(&path), "STAFF009").is_empty());
}

#[test]
fn coord008_fires_on_the_empty_role_cell_of_someone_with_time_only() {
    let dir = tempfile::tempdir().unwrap();
    let mut people = TEAM.to_vec();
    people.push(("3", "Kommunikation", "", "38", ""));
    people.push(("4", "Kommunikation", "", "38", ""));
    let mut allocs = SHARED.to_vec();
    allocs.push(("3", "Instagram", "content", "2"));
    let chans: &[Chan] = &[("Instagram", "20", "50000", "")];
    let path = workbook(dir.path(), "no-role", &people, &allocs, chans);
    let findings = check(&path);
    let hit = of(&findings, "COORD008");
    // Person 3 has time and no role; person 4 has no time, so no role is missing in the team.
    assert_eq!(hit.len(), 1, "{hit:#?}");
    assert_eq!(hit[0].subject, "3");
    assert_eq!(hit[0].sheet(), Some("Staff"));
    assert_eq!(hit[0].cell().as_deref(), Some("C4"), "person 3's Role cell");
    assert_eq!(hit[0].severity, teamlint::findings::Severity::Info);
    // Just inside: a role in the user's own words is written down.
    people[2].2 = "Praktikant";
    let path = workbook(dir.path(), "own-words", &people, &allocs, chans);
    assert!(of(&check(&path), "COORD008").is_empty());
}
