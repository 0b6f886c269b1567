//! `findings.junit.xml` for CI dashboards (GitLab, Jenkins, Azure DevOps): a test suite per
//! workbook, a test case per rule and unit, failing as `--fail-on` does.

use crate::findings::Finding;
use crate::pipeline::{InputStatus, Options, Report};
use crate::rules::{self, Scope};
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use std::io::Write;
use std::path::{Path, PathBuf};

/// The file name.
pub const FILE_NAME: &str = "findings.junit.xml";

/// One test case: a rule on a unit, with the findings that fail it.
struct Case<'a> {
    name: String,
    classname: String,
    failures: Vec<&'a Finding>,
    /// The reason an input could not be read (a JUnit error).
    error: Option<&'a str>,
}

/// One test suite: a workbook (or the group rules over the batch).
struct Suite<'a> {
    name: String,
    cases: Vec<Case<'a>>,
}

fn suites<'a>(report: &'a Report, options: &Options) -> Vec<Suite<'a>> {
    let rules_of = |scopes: &[Scope]| -> Vec<&'static rules::Rule> {
        rules::all()
            .iter()
            .copied()
            .filter(|r| scopes.contains(&r.scope) && options.config.enabled(r))
            .collect()
    };
    let workbook_rules = rules_of(&[Scope::Load, Scope::Workbook]);
    let mut workbooks: Vec<_> = report.workbooks.iter().collect();
    workbooks.sort_by(|a, b| a.path.cmp(&b.path));
    let mut out = Vec::new();
    for w in workbooks {
        let mut cases = Vec::new();
        if w.status == InputStatus::Failed {
            cases.push(Case {
                name: "read".into(),
                classname: w.path.clone(),
                failures: Vec::new(),
                error: Some(w.error.as_deref().unwrap_or("")),
            });
        }
        // The units, and "" for findings that belong to no unit (a missing sheet).
        let mut units: Vec<&str> = w.units.iter().map(|u| u.unit.as_str()).collect();
        if w.findings.iter().any(|f| f.unit.is_none()) || units.is_empty() {
            units.push("");
        }
        for unit in units {
            for rule in &workbook_rules {
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
                    name,
                    classname: format!("{}.{}", w.path, rule.code),
                    failures,
                    error: None,
                });
            }
        }
        out.push(Suite {
            name: w.path.clone(),
            cases,
        });
    }
    let group_rules = rules_of(&[Scope::Group, Scope::Run]);
    let cases = group_rules
        .iter()
        .map(|rule| Case {
            name: format!("{} {}", rule.code, rule.name),
            classname: format!("group.{}", rule.code),
            failures: report
                .group_findings
                .iter()
                .filter(|f| f.rule == *rule && options.fails(f))
                .collect(),
            error: None,
        })
        .collect();
    out.push(Suite {
        name: "group".into(),
        cases,
    });
    out
}

fn start<'b>(name: &'b str, attributes: &[(&str, String)]) -> BytesStart<'b> {
    let mut element = BytesStart::new(name);
    for (k, v) in attributes {
        element.push_attribute((*k, v.as_str()));
    }
    element
}

/// The JUnit XML of a report, as bytes.
pub fn to_xml(report: &Report, options: &Options) -> std::io::Result<Vec<u8>> {
    let suites = suites(report, options);
    let count = |f: &dyn Fn(&Case) -> bool| -> usize {
        suites
            .iter()
            .flat_map(|s| &s.cases)
            .filter(|c| f(c))
            .count()
    };
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    w.write_event(Event::Start(start(
        "testsuites",
        &[
            ("name", "teamlint".into()),
            ("tests", count(&|_| true).to_string()),
            ("failures", count(&|c| !c.failures.is_empty()).to_string()),
            ("errors", count(&|c| c.error.is_some()).to_string()),
        ],
    )))?;
    for suite in &suites {
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
            if let Some(reason) = case.error {
                w.write_event(Event::Start(start(
                    "error",
                    &[("message", reason.to_string())],
                )))?;
                w.write_event(Event::Text(BytesText::new(reason)))?;
                w.write_event(Event::End(BytesEnd::new("error")))?;
            }
            if let Some(first) = case.failures.first() {
                let text: Vec<String> = case
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
                w.write_event(Event::Text(BytesText::new(&text.join("\n"))))?;
                w.write_event(Event::End(BytesEnd::new("failure")))?;
            }
            w.write_event(Event::End(BytesEnd::new("testcase")))?;
        }
        w.write_event(Event::End(BytesEnd::new("testsuite")))?;
    }
    w.write_event(Event::End(BytesEnd::new("testsuites")))?;
    let mut bytes = w.into_inner();
    bytes.push(b'\n');
    Ok(bytes)
}

/// Writes `OUT_DIR/findings.junit.xml` (atomically) and returns its path.
pub fn write(out_dir: &Path, report: &Report, options: &Options) -> anyhow::Result<PathBuf> {
    let path = out_dir.join(FILE_NAME);
    let bytes = to_xml(report, options)?;
    super::write_atomically(&path, |tmp| {
        let mut file = std::fs::File::create(tmp)?;
        file.write_all(&bytes)?;
        file.flush()?;
        Ok(())
    })?;
    Ok(path)
}
