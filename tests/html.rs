//! `report.html` read back by an independent HTML parser (scraper): every unit and finding of the
//! samples, links to the outputs that exist, German labels, hostile cell text shown as text, and
//! new and resolved findings against a baseline.

use crate::common;

use rust_xlsxwriter::Workbook as XlsxWriter;
use scraper::{ElementRef, Html, Selector};
use std::path::{Path, PathBuf};
use teamlint::contract::Lang;
use teamlint::report::html::{CHART_UNITS, MAX_FINDINGS_SHOWN};
use teamlint::{Options, Report};

fn run(paths: &[PathBuf], out: &Path, lang: Lang) -> (Report, Html) {
    let options = Options {
        out_dir: out.to_path_buf(),
        lang,
        ..Options::default()
    };
    let report = teamlint::check(paths, &options).expect("the batch runs");
    let page = std::fs::read_to_string(out.join("report.html")).expect("report.html is written");
    (report, Html::parse_document(&page))
}

fn select_in<'a>(e: &ElementRef<'a>, css: &str) -> Vec<ElementRef<'a>> {
    e.select(&Selector::parse(css).unwrap()).collect()
}

fn select<'a>(page: &'a Html, css: &str) -> Vec<ElementRef<'a>> {
    page.select(&Selector::parse(css).unwrap()).collect()
}

fn text(e: &ElementRef) -> String {
    e.text().collect::<String>()
}

/// The text of the first element below `e` that `css` selects.
fn text_of(e: &ElementRef, css: &str) -> String {
    text(&e.select(&Selector::parse(css).unwrap()).next().unwrap())
}

/// The errors a row of the units table counts.
fn errors_of(row: &ElementRef) -> u64 {
    text_of(row, "td.errors").parse().unwrap()
}

/// The findings a page or section accounts for: those shown in full and those counted by rule.
fn accounted(e: &ElementRef) -> usize {
    let shown = e.select(&Selector::parse("li[data-rule]").unwrap()).count();
    let counted: usize = e
        .select(&Selector::parse("li[data-rest-rule]").unwrap())
        .map(|li| {
            let n = li.value().attr("data-count").unwrap();
            n.replace([',', '.'], "").parse::<usize>().unwrap()
        })
        .sum();
    shown + counted
}

fn samples() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("samples")
}

#[test]
fn samples_report_shows_every_unit_worst_first_and_every_finding_with_its_cell() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let (report, page) = run(&[samples()], &out, Lang::En);

    // Every unit, one row each, worst first by errors.
    let rows = select(&page, "table.units tbody tr");
    assert_eq!(rows.len(), report.units().count());
    let names: Vec<String> = rows.iter().map(|r| text_of(r, "td.unit")).collect();
    for u in report.units() {
        assert!(names.contains(&u.unit), "{} missing from the table", u.unit);
    }
    let errors: Vec<u64> = rows.iter().map(errors_of).collect();
    assert!(
        errors.windows(2).all(|w| w[0] >= w[1]),
        "worst first: {errors:?}"
    );

    // Every finding once: the worst of each section with its rule code, the rest counted.
    assert_eq!(accounted(&page.root_element()), report.findings().count());
    for s in select(&page, "section.unit") {
        assert!(select_in(&s, "li[data-rule]").len() <= MAX_FINDINGS_SHOWN);
    }

    // A known finding of the samples: SPOF001 on Facebook, Kanäle!A3 of the Swiss workbook.
    let swiss = select(&page, "section.unit")
        .into_iter()
        .find(|s| {
            text(s).contains("Hansa Outdoor Schweiz AG") && text(s).contains("ch-zuerich.ods")
        })
        .expect("the Swiss unit has a section");
    let spof = swiss
        .select(&Selector::parse(r#"li[data-rule="SPOF001"]"#).unwrap())
        .next()
        .expect("SPOF001 in the Swiss section");
    let part = |css: &str| text_of(&spof, css);
    assert_eq!(part(".subject"), "Facebook");
    assert_eq!(part(".sheet"), "Kanäle");
    assert_eq!(part(".cell"), "A3");
    assert_eq!(spof.value().attr("class"), Some("error"));

    // The links go to the annotated copies and the group report beside the page.
    let copy_links: Vec<String> = select(&page, "section.unit a")
        .iter()
        .filter_map(|a| a.value().attr("href").map(str::to_string))
        .collect();
    assert!(!copy_links.is_empty());
    for href in copy_links.iter().chain(
        select(&page, "#download-group-report")
            .iter()
            .filter_map(|a| a.value().attr("href").map(str::to_string))
            .collect::<Vec<_>>()
            .iter(),
    ) {
        let decoded = percent_encoding::percent_decode_str(href)
            .decode_utf8()
            .unwrap();
        assert!(
            out.join(decoded.as_ref()).is_file(),
            "{href} does not exist beside report.html"
        );
    }
    assert!(copy_links.iter().any(|h| h.ends_with(".checked.xlsx")));

    // Self-contained: no script, nothing loaded from elsewhere.
    assert!(select(&page, "script").is_empty());
    let outside: Vec<_> = select(&page, "[src], link[href]")
        .iter()
        .map(|e| format!("{:?}", e.value()))
        .collect();
    assert!(outside.is_empty(), "outside assets: {outside:?}");
    assert!(
        report
            .outputs
            .iter()
            .any(|p| p.file_name().unwrap() == "report.html")
    );
}

#[test]
fn german_report_has_german_labels_and_numbers() {
    let dir = tempfile::tempdir().unwrap();
    let (_, page) = run(
        &[samples().join("de-holding-hq.xlsx")],
        dir.path(),
        Lang::De,
    );
    assert_eq!(select(&page, "html")[0].value().attr("lang"), Some("de"));
    let headers: Vec<String> = select(&page, "table.units th").iter().map(text).collect();
    for h in [
        "Einheit",
        "Land",
        "Soll Std./Woche",
        "Abdeckung",
        "Fehler",
        "Warnungen",
    ] {
        assert!(headers.iter().any(|x| x == h), "{h} not in {headers:?}");
    }
    let all = text(&select(&page, "body")[0]);
    assert!(all.contains("Einheiten, die kritischsten zuerst"));
    assert!(all.contains("Was tun:"));
    // German money: 128.342 EUR.
    let cost = text(&select(&page, "table.units td.staff_cost")[0]);
    assert!(cost.ends_with(" EUR") && cost.contains('.'), "{cost}");
}

/// A one-unit workbook whose person name and channel name are markup.
fn hostile_workbook(path: &Path, name: &str, channel: &str) {
    let mut wb = XlsxWriter::new();
    let staff = wb.add_worksheet();
    staff.set_name("Staff").unwrap();
    for (c, h) in ["Person ID", "Name", "Weekly hours", "Role"]
        .iter()
        .enumerate()
    {
        staff.write_string(0, c as u16, *h).unwrap();
    }
    staff.write_string(1, 0, "P1").unwrap();
    staff.write_string(1, 1, name).unwrap();
    staff.write_number(1, 2, 40.0).unwrap();
    staff.write_string(1, 3, "social media manager").unwrap();
    let alloc = wb.add_worksheet();
    alloc.set_name("Allocation").unwrap();
    for (c, h) in ["Person ID", "Channel", "Hours per week"]
        .iter()
        .enumerate()
    {
        alloc.write_string(0, c as u16, *h).unwrap();
    }
    alloc.write_string(1, 0, "P1").unwrap();
    alloc.write_string(1, 1, channel).unwrap();
    alloc.write_number(1, 2, 30.0).unwrap();
    let channels = wb.add_worksheet();
    channels.set_name("Channels").unwrap();
    for (c, h) in ["Channel", "Posts per week", "Budget"].iter().enumerate() {
        channels.write_string(0, c as u16, *h).unwrap();
    }
    channels.write_string(1, 0, channel).unwrap();
    channels.write_number(1, 1, 3.0).unwrap();
    channels.write_string(1, 2, "free").unwrap();
    wb.save(path).unwrap();
}

#[test]
fn markup_in_cells_shows_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let name = r#"<script>alert("name")</script>"#;
    let channel = r#""><img src=x onerror=alert(1)>"#;
    let input = dir.path().join("in");
    std::fs::create_dir_all(&input).unwrap();
    hostile_workbook(&input.join("<b>plan&amp;.xlsx"), name, channel);
    let (report, page) = run(&[input], &dir.path().join("out"), Lang::En);
    assert!(report.findings().any(|f| f.subject == channel));

    assert!(select(&page, "script").is_empty(), "a script element");
    assert!(select(&page, "img").is_empty(), "an img element");
    assert!(select(&page, "b").is_empty(), "a b element");
    assert!(
        select(&page, "[onerror]").is_empty(),
        "an onerror attribute"
    );
    let shown = text(&select(&page, "body")[0]);
    assert!(shown.contains(name), "the name is shown as text");
    assert!(shown.contains(channel), "the channel is shown as text");
    assert!(
        shown.contains("<b>plan&amp;"),
        "the unit named after the file"
    );
    let subject = select(&page, r#"li[data-rule="COST001"] .subject"#);
    assert_eq!(text(&subject[0]), channel);
}

#[test]
fn baseline_marks_new_findings_and_lists_resolved_ones() {
    let dir = tempfile::tempdir().unwrap();
    let before = dir.path().join("before");
    run(
        &[
            samples().join("at-wien.xlsx"),
            samples().join("fr-lyon.xlsx"),
        ],
        &before,
        Lang::En,
    );
    let options = Options {
        out_dir: dir.path().join("after"),
        baseline: Some(teamlint::baseline::Baseline::load(&before).unwrap()),
        ..Options::default()
    };
    let report = teamlint::check(
        &[
            samples().join("fr-lyon.xlsx"),
            // (Its few findings are all shown: a section shows the worst MAX_FINDINGS_SHOWN.)
            samples().join("de-holding-hq.xlsx"),
        ],
        &options,
    )
    .unwrap();
    let page = Html::parse_document(
        &std::fs::read_to_string(dir.path().join("after/report.html")).unwrap(),
    );
    let new = report
        .findings()
        .filter(|f| f.change == Some(teamlint::findings::Change::New))
        .count();
    assert!(
        new > 0 && new <= teamlint::report::html::MAX_FINDINGS_SHOWN,
        "{new}"
    );
    assert_eq!(select(&page, "li .badge.new").len(), new);
    let resolved = report.resolved.as_ref().unwrap();
    assert!(!resolved.is_empty());
    let rows = select(&page, "table.resolved tbody tr");
    assert_eq!(rows.len(), resolved.len());
    assert!(
        rows.iter()
            .all(|r| text(r).contains("Hansa Outdoor Austria GmbH"))
    );
    let headers: Vec<String> = select(&page, "table.units th").iter().map(text).collect();
    assert_eq!(headers.last().map(String::as_str), Some("New"));
}

/// A workbook of `units` units, each with its own coordinator and one person on Instagram; every
/// third unit has no guidelines and every seventh has its channel 10 hours short, so the units
/// differ in how bad they are.
fn many_units(path: &Path, units: usize) {
    let mut wb = XlsxWriter::new();
    let unit = |i: usize| format!("Unit {i:04}");
    let mut rows: Vec<Vec<String>> = vec![
        ["Unit", "Employees", "Guidelines", "Coordinator"]
            .map(String::from)
            .to_vec(),
    ];
    let mut staff: Vec<Vec<String>> = vec![
        ["Person ID", "Unit", "Role", "Weekly hours", "Deputy"]
            .map(String::from)
            .to_vec(),
    ];
    let mut allocation: Vec<Vec<String>> = vec![
        ["Person ID", "Unit", "Channel", "Hours per week"]
            .map(String::from)
            .to_vec(),
    ];
    let mut channels: Vec<Vec<String>> = vec![
        [
            "Unit",
            "Channel",
            "Status",
            "Required hours per week",
            "Budget",
        ]
        .map(String::from)
        .to_vec(),
    ];
    for i in 0..units {
        let guidelines = if i % 3 == 0 { "no" } else { "yes" };
        let (a, b) = (format!("{}", 2 * i + 1), format!("{}", 2 * i + 2));
        rows.push(vec![unit(i), "40".into(), guidelines.into(), a.clone()]);
        staff.push(vec![
            a.clone(),
            unit(i),
            "coordinator".into(),
            "38".into(),
            b.clone(),
        ]);
        staff.push(vec![
            b.clone(),
            unit(i),
            "community manager".into(),
            "38".into(),
            a.clone(),
        ]);
        let hours = if i % 7 == 0 { "5" } else { "10" };
        allocation.push(vec![a, unit(i), "Instagram".into(), hours.into()]);
        allocation.push(vec![b, unit(i), "Instagram".into(), "10".into()]);
        channels.push(vec![
            unit(i),
            "Instagram".into(),
            "active".into(),
            "20".into(),
            "500000".into(),
        ]);
    }
    for (name, rows) in [
        ("Units", rows),
        ("Staff", staff),
        ("Allocation", allocation),
        ("Channels", channels),
    ] {
        common::text_sheet(&mut wb, name, &rows);
    }
    wb.save(path).unwrap();
}

#[test]
fn a_run_of_thousands_of_units_lists_the_worst_and_details_the_worst_500() {
    use teamlint::report::html::{MAX_DETAILED_UNITS, MAX_LISTED};
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir_all(&input).unwrap();
    many_units(&input.join("many.xlsx"), MAX_LISTED + 100);
    // A workbook without units: its findings have a section of their own.
    let mut wb = XlsxWriter::new();
    wb.add_worksheet().set_name("Notes").unwrap();
    wb.save(input.join("no-plan.xlsx")).unwrap();
    let out = dir.path().join("out");
    let (report, page) = run(&[input], &out, Lang::En);
    assert_eq!(report.units().count(), MAX_LISTED + 100);

    // The table: the 2,000 worst units, worst first.
    let rows = select(&page, "table.units tbody tr");
    assert_eq!(rows.len(), MAX_LISTED);
    assert!(
        rows.windows(2)
            .all(|w| errors_of(&w[0]) >= errors_of(&w[1]))
    );
    let worst = report.units().map(|u| u.errors).max().unwrap() as u64;
    assert_eq!(errors_of(&rows[0]), worst);
    let totals = text(&select(&page, "#totals")[0]);
    assert!(
        totals.contains(
            "The findings of the 500 worst units are shown, the table lists the 2,000 worst"
        ),
        "{totals}"
    );

    // The sections: the 500 worst units in the table's order, each linked from its row.
    let sections = select(&page, "section.unit");
    let unit_ids: Vec<&str> = sections
        .iter()
        .filter_map(|s| s.value().attr("id"))
        .filter(|id| id.starts_with("unit-"))
        .collect();
    let expected: Vec<String> = (1..=MAX_DETAILED_UNITS)
        .map(|i| format!("unit-{i}"))
        .collect();
    assert_eq!(unit_ids, expected);
    let first_link = rows[0]
        .select(&Selector::parse("td.unit a").unwrap())
        .next()
        .unwrap();
    assert_eq!(first_link.value().attr("href"), Some("#unit-1"));
    let first_unit = text(&first_link);
    let first_section = &sections[0];
    assert_eq!(text_of(first_section, "h2"), first_unit);
    // Its findings are that unit's: as many as the table says, each with its rule and cell.
    let items = select_in(first_section, "li[data-rule]");
    let unit = report.units().find(|u| u.unit == first_unit).unwrap();
    assert_eq!(
        accounted(first_section),
        unit.errors + unit.warnings + unit.infos
    );
    assert_eq!(
        items.len(),
        MAX_FINDINGS_SHOWN.min(accounted(first_section))
    );
    // The worst shown first: an error, the unit's, on its cell.
    let li = &items[0];
    assert_eq!(li.value().attr("class"), Some("error"));
    let code = li.value().attr("data-rule").unwrap();
    let cell = text_of(li, ".cell");
    assert!(
        report
            .findings()
            .any(|f| f.unit.as_deref() == Some(first_unit.as_str())
                && f.code() == code
                && f.cell().as_deref() == Some(cell.as_str())),
        "{code} at {cell} is not a finding of {first_unit}"
    );

    // The charts show the worst units and say how many they leave out.
    let hours = select(&page, "#chart-hours svg")[0];
    assert_eq!(select_in(&hours, "g").len(), CHART_UNITS);
    let note = text(&select(&page, "#chart-hours .chart-note")[0]);
    let rest = MAX_LISTED + 100 - CHART_UNITS;
    assert!(
        note.contains(&format!("the other {}", i18n_count(rest))),
        "{note}"
    );

    // The workbook without units shows its findings under its name.
    let no_plan = sections
        .iter()
        .find(|s| text_of(s, "h2") == "no-plan.xlsx")
        .expect("a section for the workbook without units");
    let codes: Vec<&str> = no_plan
        .select(&Selector::parse("li[data-rule]").unwrap())
        .filter_map(|li| li.value().attr("data-rule"))
        .collect();
    let expected: Vec<String> = report
        .findings()
        .filter(|f| f.workbook == "no-plan.xlsx")
        .map(|f| f.code().to_string())
        .collect();
    assert!(!codes.is_empty());
    assert!(codes.iter().all(|c| expected.iter().any(|e| e == c)));
    assert_eq!(accounted(no_plan), expected.len());
}

#[test]
fn a_run_with_thousands_of_unreadable_files_lists_2000_and_counts_the_rest() {
    use teamlint::report::html::MAX_LISTED;
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir_all(&input).unwrap();
    for i in 0..MAX_LISTED + 5 {
        std::fs::write(input.join(format!("broken-{i:04}.xlsx")), b"not a workbook").unwrap();
    }
    // One sound workbook: a run whose every input fails writes no report at all.
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/at-wien.xlsx");
    std::fs::copy(sample, input.join("sound.xlsx")).unwrap();
    let out = dir.path().join("out");
    let (report, page) = run(&[input], &out, Lang::De);
    assert_eq!(report.failed(), MAX_LISTED + 5);
    let rows = select(&page, "table.failed-inputs tbody tr");
    assert_eq!(rows.len(), MAX_LISTED);
    assert_eq!(text_of(&rows[0], "td.failed"), "broken-0000.xlsx");
    assert_eq!(
        text(&rows[0].child_elements().nth(1).unwrap()),
        "keine Arbeitsmappe: eine .xlsx-Datei ist ein ZIP-Archiv, diese Datei nicht; öffnen Sie \
         sie in Excel und speichern Sie sie als .xlsx"
    );
    assert_eq!(
        text(&select(&page, "#failed-more")[0]),
        "5 weitere Eingaben konnten nicht gelesen werden; findings.json nennt alle."
    );
}

/// A count as the English page writes it (`2,085`).
fn i18n_count(n: usize) -> String {
    teamlint::i18n::number(n as f64, 0, Lang::En)
}

/// The texts of an SVG chart, read by an XML parser that refuses markup that is not
/// well-formed; panics naming the chart when it is not.
fn svg_texts(svg: &str) -> Vec<String> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(svg);
    reader.config_mut().check_end_names = true;
    let (mut texts, mut depth, mut current) = (Vec::new(), 0i32, None::<String>);
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) => {
                depth += 1;
                current = (e.local_name().as_ref() == "text").then(String::new);
            }
            Ok(Event::End(_)) => {
                depth -= 1;
                if let Some(raw) = current.take() {
                    texts.push(quick_xml::escape::unescape(&raw).unwrap().into_owned());
                }
            }
            Ok(Event::Text(t)) => {
                if let Some(c) = current.as_mut() {
                    c.push_str(&t.xml10_content());
                }
            }
            Ok(Event::GeneralRef(r)) => {
                if let Some(c) = current.as_mut() {
                    c.push_str(&format!("&{};", r.xml10_content()));
                }
            }
            Ok(Event::Eof) => break,
            Ok(_) => {}
            Err(e) => panic!("a chart that is not well-formed XML: {e}\n{svg}"),
        }
    }
    assert_eq!(depth, 0, "a chart with unclosed elements");
    texts
}

/// Every `<svg>…</svg>` of the page's source, in order.
fn svgs(page: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = page;
    while let Some(start) = rest.find("<svg") {
        let end = rest[start..].find("</svg>").expect("a closed svg") + start + 6;
        out.push(&rest[start..end]);
        rest = &rest[end..];
    }
    out
}

#[test]
fn the_charts_are_well_formed_svg_in_the_page_and_name_each_unit_they_show() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let (report, _) = run(&[samples()], &out, Lang::De);
    let source = std::fs::read_to_string(out.join("report.html")).unwrap();
    let charts = svgs(&source);
    assert_eq!(charts.len(), 3, "hours, money and rules");
    let page = Html::parse_document(&source);
    for id in ["chart-hours", "chart-money", "chart-rules"] {
        assert_eq!(select(&page, &format!("figure#{id} svg")).len(), 1, "{id}");
    }
    // Hours: every unit with hours (the samples have fewer than CHART_UNITS), required and
    // allocated as German numbers.
    let hours = svg_texts(charts[0]);
    let units: Vec<_> = report
        .units()
        .filter(|u| u.required_hours > 0.0 || u.allocated_hours > 0.0)
        .collect();
    assert!(!units.is_empty() && units.len() <= CHART_UNITS);
    for u in &units {
        assert!(hours.contains(&u.unit), "{} not in {hours:?}", u.unit);
        let allocated = teamlint::i18n::number(u.allocated_hours, 1, Lang::De);
        assert!(hours.contains(&allocated), "{allocated} not in {hours:?}");
    }
    assert!(hours.contains(&"Soll Std./Woche".to_string()));
    // Money: every unit whose currency converts to the group currency.
    let money = svg_texts(charts[1]);
    let config = teamlint::config::Config::default();
    let converted: Vec<_> = report
        .units()
        .filter(|u| config.currency.rate(&u.currency).is_some())
        .collect();
    assert!(!converted.is_empty());
    for u in &converted {
        assert!(money.contains(&u.unit), "{} not in {money:?}", u.unit);
    }
    for u in report.units() {
        if config.currency.rate(&u.currency).is_none() {
            assert!(!money.contains(&u.unit), "{} has no rate", u.unit);
        }
    }
    // Rules: each rule with findings, with its count.
    let rules = svg_texts(charts[2]);
    let mut codes: Vec<&str> = report.totals.rules.clone();
    codes.sort();
    for code in codes {
        let n = report.findings().filter(|f| f.code() == code).count();
        let label = rules
            .iter()
            .position(|t| t.starts_with(&format!("{code} ")))
            .unwrap_or_else(|| panic!("{code} not in {rules:?}"));
        assert_eq!(rules[label + 1], n.to_string(), "{code}");
    }
    // The overview's totals in German.
    let units_total = text(&select(&page, "#total-units dd")[0]);
    assert_eq!(units_total, report.units().count().to_string());
    let gap = text(&select(&page, "#gap-meaning")[0]);
    assert!(
        gap.starts_with("Budgetlücke = Personalkosten − Budget"),
        "{gap}"
    );
}
