//! French as a contrôleur de gestion reads it: every rule's title, explanation and message in
//! French, with no English word left and figures written `1 234,5`.

use super::*;
use crate::model::Loc;

/// English words that must not appear in a French text (with their spaces, as they stand in a
/// sentence; the column and sheet names of the contract are the reader's, and come as written).
const ENGLISH: &[&str] = &[
    " the ",
    "hours",
    "allocated",
    "channel ",
    "deputy",
    "required",
    " and ",
    " but ",
    " has ",
    " is ",
    " of ",
    " no ",
    " week",
    " year",
    "staff ",
    "named",
    "people",
    "person ",
    "nobody",
    "answer",
    "support requests",
    "workbook",
    "waiver",
    "finding",
];

/// The English or German way of writing a thousand or a decimal (`1,234`, `1.234`, `12.5`):
/// a digit, `,` or `.`, then three digits, or a point between digits.
fn foreign_number(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    for i in 1..chars.len().saturating_sub(1) {
        let (before, sep, after) = (chars[i - 1], chars[i], chars[i + 1]);
        if !before.is_ascii_digit() || !after.is_ascii_digit() {
            continue;
        }
        let digits_after = chars[i + 1..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        if sep == '.' || (sep == ',' && digits_after == 3) {
            return Some(
                chars[i.saturating_sub(6)..(i + 5).min(chars.len())]
                    .iter()
                    .collect(),
            );
        }
    }
    None
}

/// The first English word of the list in a French text; settings in backticks
/// (`max_deputy_of`) are names, not words.
fn english_in(text: &str) -> Option<&'static str> {
    let words: String = text.split('`').step_by(2).collect::<Vec<_>>().join(" ");
    let padded = format!(" {} ", words.to_lowercase());
    ENGLISH.iter().copied().find(|w| padded.contains(w))
}

/// One finding of `rule` for the unit `Lyon` with the figures given.
fn finding(rule: &'static Rule, facts: Vec<Fact>) -> Finding {
    Finding::new(
        rule,
        Target {
            workbook: "fr-lyon.xlsx",
            unit: Some("Lyon"),
            loc: Some(Loc {
                sheet: "Personnel".into(),
                row: 4,
                col: 2,
            }),
            subject: "Instagram",
            discriminator: "",
        },
        facts,
    )
}

/// A finding of every message each rule can give, with figures above a thousand where the
/// message shows a number, so that its grouping shows.
fn every_message() -> Vec<Finding> {
    use Fact::*;
    let s = |t: &str| t.to_string();
    let person = || vec![Person(s("P1")), PersonName(s("Anne Martin"))];
    let mut all = Vec::new();
    for reason in [
        "no-deputy",
        "deputy-unknown",
        "deputy-is-themself",
        "deputy-in-other-unit",
    ] {
        let mut facts = vec![Channel(s("Instagram")), Hours(1234.5)];
        facts.extend(person());
        facts.push(Reason(reason));
        facts.extend([Deputy(s("P9")), DeputyUnit(s("Paris"))]);
        all.push(finding(&spof::SPOF001, facts.clone()));
        let mut key = person();
        key.push(Role(crate::contract::Role::Coordinator));
        key.push(Reason(reason));
        key.extend([Deputy(s("P9")), DeputyUnit(s("Paris"))]);
        all.push(finding(&spof::SPOF002, key));
    }
    let mut spof003 = vec![Channel(s("Instagram")), Hours(1234.5)];
    spof003.extend(person());
    spof003.extend([Deputy(s("P2")), DeputyName(s("Paul Durand"))]);
    all.push(finding(&spof::SPOF003, spof003));
    let mut spof004 = person();
    spof004.extend([Count(3), Limit(2), People(vec![s("P2"), s("P3"), s("P4")])]);
    all.push(finding(&spof::SPOF004, spof004));
    let staff001 = vec![
        Channel(s("Instagram")),
        Hours(1000.25),
        RequiredHours(1500.0),
        MinimumHours(1350.0),
        Threshold(0.1),
    ];
    all.push(finding(&staffing::STAFF001, staff001.clone()));
    let mut derived = staff001;
    derived.extend([PostsPerWeek(1200.5), BaseHours(5.0), HoursPerPost(1.5)]);
    all.push(finding(&staffing::STAFF001, derived));
    all.push(finding(
        &staffing::STAFF002,
        vec![Count(4), Limit(2), Hours(1234.5), Fte(1.5)],
    ));
    let mut staff003 = person();
    staff003.extend([
        Hours(1234.5),
        WeeklyHours(2000.0),
        Share(0.25),
        Threshold(0.5),
    ]);
    all.push(finding(&staffing::STAFF003, staff003));
    let mut staff004 = person();
    staff004.extend([Hours(2234.5), WeeklyHours(1000.0)]);
    all.push(finding(&staffing::STAFF004, staff004));
    all.push(finding(
        &staffing::STAFF005,
        vec![Channel(s("Instagram")), Hours(1234.5)],
    ));
    all.push(finding(&staffing::STAFF006, vec![Count(3)]));
    all.push(finding(
        &staffing::STAFF007,
        vec![Channel(s("Instagram")), Hours(1234.5)],
    ));
    for reason in ["no-dialogue", "one-person", "too-few-looks"] {
        all.push(finding(
            &staffing::STAFF008,
            vec![
                Channel(s("Instagram")),
                Reason(reason),
                ResponseHours(1234.5),
                Hours(1000.5),
                Count(1),
                Threshold(1500.25),
            ],
        ));
    }
    for people in [vec![s("P1")], vec![s("P1"), s("P2")]] {
        all.push(finding(
            &staffing::STAFF009,
            vec![
                Count(people.len() as u64),
                Limit(3),
                People(people),
                Hours(1234.5),
            ],
        ));
    }
    all.push(finding(
        &coordination::COORD001,
        vec![Departments(vec![s("Ventes"), s("RH")]), Count(3)],
    ));
    for reason in ["named-coordinator", "coordinator-role"] {
        let mut facts = person();
        facts.push(Reason(reason));
        all.push(finding(&coordination::COORD002, facts));
    }
    all.push(finding(
        &coordination::COORD003,
        vec![
            Count(1200),
            Countries(vec![s("FR"), s("DE")]),
            Units(vec![s("Lyon")]),
        ],
    ));
    all.push(finding(
        &coordination::COORD003,
        vec![Units(vec![s("Lyon"), s("Paris")])],
    ));
    for (reason, form) in [
        ("holistic-too-large", crate::contract::OrgForm::Holistic),
        ("nobody-dedicated", crate::contract::OrgForm::Coordinated),
        ("one-country", crate::contract::OrgForm::MultiCoordinated),
        ("no-country", crate::contract::OrgForm::MultiCoordinated),
    ] {
        all.push(finding(
            &coordination::COORD004,
            vec![
                Reason(reason),
                OrgForm(form),
                Employees(1250.0),
                Threshold(if reason == "nobody-dedicated" {
                    0.5
                } else {
                    1000.0
                }),
                Share(0.25),
                Countries(vec![s("FR")]),
            ],
        ));
    }
    all.push(finding(&coordination::COORD005, vec![]));
    for reason in ["no-units-row", "guidelines-no", "guidelines-empty"] {
        all.push(finding(&coordination::COORD006, vec![Reason(reason)]));
    }
    all.push(finding(
        &coordination::COORD007,
        vec![Department(s("Ventes")), Count(2)],
    ));
    all.push(finding(
        &coordination::COORD008,
        vec![Reason("no-role-column"), Count(4)],
    ));
    let mut coord008 = person();
    coord008.push(Hours(1234.5));
    all.push(finding(&coordination::COORD008, coord008));
    for reason in ["no-budget", "budget-free", "budget-zero"] {
        all.push(finding(
            &cost::COST001,
            vec![
                Channel(s("Instagram")),
                Hours(1234.5),
                Cost(12_345.5),
                Currency(s("EUR")),
                Reason(reason),
                BudgetWord(s("gratuit")),
            ],
        ));
    }
    for reason in ["channel-budget", "unit-budget"] {
        all.push(finding(
            &cost::COST002,
            vec![
                Channel(s("Instagram")),
                Reason(reason),
                Hours(1234.5),
                Budget(10_000.0),
                Cost(12_345.5),
                Currency(s("EUR")),
            ],
        ));
    }
    // The reader's findings: the names of sheets and columns are the reader's words.
    for reason in [
        "missing-sheet",
        "no-header-row",
        "missing-column",
        "no-hours-or-share",
        "not-a-plan",
    ] {
        all.push(finding(
            &data::DATA001,
            vec![
                Reason(reason),
                Sheet(s("Staff")),
                Column(s("Budget")),
                Count(10),
                Columns(vec![s("Budget"), s("Status")]),
                Accepted(vec![s("Personnel"), s("Effectif")]),
            ],
        ));
    }
    for reason in [
        "required",
        "unit-needed",
        "no-hours-or-share",
        "negative",
        "not-whole",
        "not-a-share",
        "negative-share",
        "share-above-100",
        "not-yes-no",
        "not-text",
        "not-an-amount",
        "other-currency",
        "not-a-date",
        "unknown-rule",
        "not-in-vocabulary",
        "not-a-number",
    ] {
        for column in ["Budget", "Status"] {
            all.push(finding(
                &data::DATA002,
                vec![
                    Reason(reason),
                    Sheet(s("Channels")),
                    Column(s(column)),
                    Value(s("abc")),
                    Currency(s("EUR")),
                ],
            ));
        }
    }
    for facts in [
        vec![Reason("unknown-unit"), Value(s("Paris"))],
        vec![
            Reason("name-not-unique"),
            Value(s("Martin")),
            Column(s("Budget")),
            Person(s("P1")),
            Count(2),
        ],
        vec![Value(s("P9")), Column(s("Budget")), Person(s("P1"))],
        vec![Value(s("P9")), Column(s("Budget")), Channel(s("Instagram"))],
    ] {
        all.push(finding(&data::DATA003, facts));
    }
    for reason in [
        "unit-in-workbooks",
        "unit-twice",
        "channel-twice",
        "person-twice",
    ] {
        all.push(finding(
            &data::DATA004,
            vec![
                Reason(reason),
                Value(s("P1")),
                Rows(vec![12, 40]),
                Workbooks(vec![s("fr-paris.xlsx")]),
            ],
        ));
    }
    all.push(finding(
        &waivers::WAIVE001,
        vec![
            Value(s("SPOF001 Instagram")),
            ApprovedBy(s("Claire Petit")),
            ValidUntil(s("2026-12-31")),
        ],
    ));
    all
}

/// Every text a person reads of one finding: its message, and its rule's title and explanation.
fn texts_of(f: &Finding) -> Vec<String> {
    let text = f.rule.text(Lang::Fr);
    vec![
        f.message(Lang::Fr),
        text.title.to_string(),
        text.summary.to_string(),
        f.rule.explain(Lang::Fr),
    ]
}

#[test]
fn every_rule_and_every_message_reads_in_french() {
    let findings = every_message();
    let covered: std::collections::BTreeSet<&str> = findings.iter().map(|f| f.code()).collect();
    let codes: std::collections::BTreeSet<&str> = all().iter().map(|r| r.code).collect();
    assert_eq!(covered, codes, "a finding of every rule");
    for f in &findings {
        for text in texts_of(f) {
            assert!(
                english_in(&text).is_none(),
                "{} {:?}: {:?} in {text}",
                f.code(),
                f.data.reason(),
                english_in(&text)
            );
        }
        let message = f.message(Lang::Fr);
        assert_ne!(message, f.message(Lang::En), "{}", f.code());
        assert_ne!(
            message,
            f.rule.summary(Lang::Fr),
            "{} figures unread",
            f.code()
        );
        if let Some(number) = foreign_number(&message) {
            panic!("{}: {number:?} in {message}", f.code());
        }
        // A figure above a thousand is grouped with a no-break space, decimals after a comma.
        if message.contains("1234") || message.contains("1 234") || message.contains("1,234") {
            panic!("{}: 1234 written ungrouped in {message}", f.code());
        }
        for punctuation in [" :", " ;", " %", "« ", " »"] {
            assert!(
                !message.contains(punctuation),
                "{}: a breaking space in {punctuation:?}: {message}",
                f.code()
            );
        }
    }
    let with_hours = findings
        .iter()
        .filter(|f| f.data.hours() == Some(&1234.5))
        .map(|f| f.message(Lang::Fr))
        .collect::<Vec<_>>();
    assert!(with_hours.len() > 10);
    for message in with_hours {
        assert!(message.contains("1\u{a0}234,5"), "{message}");
    }
}

#[test]
fn cost001_says_in_french_what_the_free_channel_costs() {
    let f = Finding::new(
        &cost::COST001,
        Target {
            workbook: "fr-lyon.xlsx",
            unit: Some("Hansa Outdoor France SAS"),
            loc: Some(Loc {
                sheet: "Canaux".into(),
                row: 3,
                col: 5,
            }),
            subject: "TikTok",
            discriminator: "",
        },
        vec![
            Fact::Channel("TikTok".into()),
            Fact::Hours(12.5),
            Fact::Cost(24_312.4),
            Fact::Currency("EUR".into()),
            Fact::Reason("budget-free"),
            Fact::BudgetWord("gratuit".into()),
        ],
    );
    assert_eq!(f.code(), "COST001");
    assert_eq!(f.subject, "TikTok");
    assert_eq!(f.cell().as_deref(), Some("F4"));
    assert_eq!(
        f.message(Lang::Fr),
        "TikTok\u{a0}: budget «\u{a0}gratuit\u{a0}», mais 12,5 h/semaine de temps de travail \
         coûtent 24\u{a0}312 € par an."
    );
    assert_eq!(f.rule.title(Lang::Fr), "Illusion de la plateforme gratuite");
    assert_eq!(
        f.rule.title(Lang::De),
        "Trugschluss der kostenlosen Plattform"
    );
    assert_eq!(f.rule.name, "free-platform-fallacy");
    assert!(
        f.rule
            .explain(Lang::Fr)
            .starts_with("Ce qui est vérifié\u{a0}: Chaque canal actif")
    );
}

#[test]
fn rules_lists_the_rules_in_french() {
    let table = text_table(Lang::Fr);
    let first = table.lines().next().unwrap();
    assert!(
        first.starts_with("CODE") && first.contains("GRAVITÉ"),
        "{first}"
    );
    let spof001 = table.lines().find(|l| l.starts_with("SPOF001")).unwrap();
    assert!(spof001.contains("erreur"), "{spof001}");
    assert!(spof001.contains("suppléant"), "{spof001}");
}
