//! `findings.junit.xml` for CI dashboards (GitLab, Jenkins, Azure DevOps): a test suite per
//! workbook, a test case per rule and unit, failing as `--fail-on` does.

use crate::findings::Finding;
use crate::outcome::{InputStatus, Options, WorkbookResult};
use crate::results::Report;
use crate::rules::{self, Scope};
use crate::visible;
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use std::io::Write;
use std::path::{Path, PathBuf};

/// The file name.
pub(crate) const FILE_NAME: &str = "findings.junit.xml";

/// One test case: a rule on a unit, with the findings that fail it.
struct Case<'a> {
    name: String,
    classname: String,
    failures: Vec<&'a Finding>,
    /// The reason an input could not be read (a JUnit error).
    error: Option<String>,
}

/// One test suite: a workbook (or the group rules over the batch).
struct Suite<'a> {
    name: String,
    cases: Vec<Case<'a>>,
}

/// The rules whose findings make a workbook's or the group's test cases.
fn rules_of(scopes: &[Scope], options: &Options) -> Vec<&'static rules::Rule> {
    rules::all()
        .iter()
        .copied()
        .filter(|r| scopes.contains(&r.scope) && options.config.enabled(r))
        .collect()
}

/// The test suite of one workbook: a case for reading it when it failed, then one per
/// workbook rule and unit.
fn workbook_suite<'a>(
    w: &'a WorkbookResult,
    workbook_rules: &[&'static rules::Rule],
    options: &Options,
) -> Suite<'a> {
    let mut cases = Vec::new();
    if w.status == InputStatus::Failed {
        cases.push(Case {
            name: "read".into(),
            classname: visible::name(&w.path).into_owned(),
            failures: Vec::new(),
            error: Some(w.error_sentence(options.lang).unwrap_or_default()),
        });
    }
    // The units, and "" for findings that belong to no unit (a missing sheet).
    let mut units: Vec<&str> = w.units.iter().map(|u| u.unit.as_str()).collect();
    if w.findings.iter().any(|f| f.unit.is_none()) || units.is_empty() {
        units.push("");
    }
    for unit in units {
        for rule in workbook_rules {
            let failures: Vec<&Finding> = w
                .findings
                .iter()
                .filter(|f| f.rule == *rule && f.unit.as_deref().unwrap_or("") == unit)
                .filter(|f| options.fails(f))
                .collect();
            let name = if unit.is_empty() {
                format!("{} {}", rule.code, rule.name)
            } else {
                format!("{} {} ({unit})", rule.code, rule.name)
            };
            cases.push(Case {
                name: visible::name(&name).into_owned(),
                classname: format!("{}.{}", visible::name(&w.path), rule.code),
                failures,
                error: None,
            });
        }
    }
    Suite {
        name: visible::name(&w.path).into_owned(),
        cases,
    }
}

/// The suite of the group rules over the batch.
fn group_suite<'a>(report: &'a Report, options: &Options) -> Suite<'a> {
    let cases = rules_of(&[Scope::Group, Scope::Run], options)
        .into_iter()
        .map(|rule| Case {
            name: format!("{} {}", rule.code, rule.name),
            classname: format!("group.{}", rule.code),
            failures: report
                .group_findings
                .iter()
                .filter(|f| f.rule == rule && options.fails(f))
                .collect(),
            error: None,
        })
        .collect();
    Suite {
        name: "group".into(),
        cases,
    }
}

/// Runs `each` on every suite of a report, in order: the workbooks' (by path), then the
/// group's; each workbook's built from its block as the results stream by.
fn for_each_suite(
    report: &Report,
    options: &Options,
    mut each: impl FnMut(&Suite<'_>) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let workbook_rules = rules_of(&[Scope::Load, Scope::Workbook], options);
    for w in report.try_workbooks() {
        let w = w?;
        each(&workbook_suite(&w, &workbook_rules, options))?;
    }
    each(&group_suite(report, options))
}

/// An element with its attributes, each value fit for XML 1.0 ([`visible::xml_text`]).
fn start<'b>(name: &'b str, attributes: &[(&str, String)]) -> BytesStart<'b> {
    let mut element = BytesStart::new(name);
    for (k, v) in attributes {
        element.push_attribute((*k, visible::xml_text(v).as_ref()));
    }
    element
}

/// A text element's content, fit for XML 1.0.
fn text(content: &str) -> Event<'static> {
    Event::Text(BytesText::new(&visible::xml_text(content)).into_owned())
}

/// The JUnit XML of a report, as bytes.
pub fn to_xml(report: &Report, options: &Options) -> anyhow::Result<Vec<u8>> {
    xml_to(Vec::new(), report, options)
}

/// Writes the JUnit XML of a report to `out` in two passes over the results (the totals of
/// the root element first, then the suites) and returns `out`.
fn xml_to<W: Write>(out: W, report: &Report, options: &Options) -> anyhow::Result<W> {
    let (mut tests, mut failures, mut errors) = (0usize, 0usize, 0usize);
    for_each_suite(report, options, |suite| {
        tests += suite.cases.len();
        failures += suite
            .cases
            .iter()
            .filter(|c| !c.failures.is_empty())
            .count();
        errors += suite.cases.iter().filter(|c| c.error.is_some()).count();
        Ok(())
    })?;
    let mut w = Writer::new_with_indent(out, b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    w.write_event(Event::Start(start(
        "testsuites",
        &[
            ("name", "teamlint".into()),
            ("tests", tests.to_string()),
            ("failures", failures.to_string()),
            ("errors", errors.to_string()),
        ],
    )))?;
    for_each_suite(report, options, |suite| {
        write_suite(&mut w, suite, options)?;
        Ok(())
    })?;
    w.write_event(Event::End(BytesEnd::new("testsuites")))?;
    let mut out = w.into_inner();
    out.write_all(b"\n")?;
    Ok(out)
}

/// One `testsuite` element with its cases.
fn write_suite<W: Write>(
    w: &mut Writer<W>,
    suite: &Suite<'_>,
    options: &Options,
) -> std::io::Result<()> {
    let failures = suite
        .cases
        .iter()
        .filter(|c| !c.failures.is_empty())
        .count();
    let errors = suite.cases.iter().filter(|c| c.error.is_some()).count();
    w.write_event(Event::Start(start(
        "testsuite",
        &[
            ("name", suite.name.clone()),
            ("tests", suite.cases.len().to_string()),
            ("failures", failures.to_string()),
            ("errors", errors.to_string()),
            ("skipped", "0".into()),
        ],
    )))?;
    for case in &suite.cases {
        let element = start(
            "testcase",
            &[
                ("name", case.name.clone()),
                ("classname", case.classname.clone()),
            ],
        );
        if case.failures.is_empty() && case.error.is_none() {
            w.write_event(Event::Empty(element))?;
            continue;
        }
        w.write_event(Event::Start(element))?;
        if let Some(reason) = &case.error {
            w.write_event(Event::Start(start(
                "error",
                &[("message", reason.to_string())],
            )))?;
            w.write_event(text(reason))?;
            w.write_event(Event::End(BytesEnd::new("error")))?;
        }
        if let Some(first) = case.failures.first() {
            let lines: Vec<String> = case
                .failures
                .iter()
                .map(|f| {
                    let at = match (f.sheet(), f.cell()) {
                        (Some(s), Some(c)) => format!("{s}!{c}: "),
                        _ => String::new(),
                    };
                    format!("{at}{}", f.message(options.lang))
                })
                .collect();
            w.write_event(Event::Start(start(
                "failure",
                &[
                    ("message", first.message(options.lang)),
                    ("type", first.severity.as_str().into()),
                ],
            )))?;
            w.write_event(text(&lines.join("\n")))?;
            w.write_event(Event::End(BytesEnd::new("failure")))?;
        }
        w.write_event(Event::End(BytesEnd::new("testcase")))?;
    }
    w.write_event(Event::End(BytesEnd::new("testsuite")))?;
    Ok(())
}

/// Writes `OUT_DIR/findings.junit.xml` (atomically) and returns its path.
pub fn write(out_dir: &Path, report: &Report, options: &Options) -> anyhow::Result<PathBuf> {
    let path = out_dir.join(FILE_NAME);
    crate::paths::write_atomically(&path, |tmp| {
        let file = std::io::BufWriter::new(std::fs::File::create(tmp)?);
        xml_to(file, report, options)?.flush()?;
        Ok(())
    })?;
    Ok(path)
}
