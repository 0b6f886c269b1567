//! One column table per record: a finding row and a unit's figures. Each column has its machine
//! key, its header in each language, its shape and its value; every sheet and file uses them.

use super::sink::{Sink, Style};
use crate::contract::Lang;
use crate::findings::Finding;
use crate::i18n::outputs::{Label, label};
use crate::rules::UnitFigures;
use std::borrow::Cow;

/// What a column holds, which decides its cell format and its JSON and Parquet type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Shape {
    /// Text.
    Text,
    /// A whole number.
    Count,
    /// Hours per week (one decimal in a sheet).
    Hours,
    /// Full-time equivalents (two decimals).
    Fte,
    /// A fraction shown as a percentage.
    Percent,
    /// Money in whole units with thousands separators.
    Money,
    /// A severity (its fill in a sheet).
    Severity,
    /// A change against the baseline (its word in the reader's language in a sheet).
    Change,
}

impl Shape {
    /// The Excel number format of the shape, if it has one.
    pub(crate) fn num_format(self) -> Option<&'static str> {
        match self {
            Shape::Hours => Some("0.0"),
            Shape::Fte => Some("0.00"),
            Shape::Percent => Some("0%"),
            Shape::Money => Some("#,##0"),
            _ => None,
        }
    }

    /// Whether the shape is a number.
    pub(crate) fn is_number(self) -> bool {
        !matches!(self, Shape::Text | Shape::Severity | Shape::Change)
    }
}

/// One value of a record's column.
#[derive(Clone, Debug, PartialEq)]
pub enum Value<'a> {
    /// Text (a severity as its `findings.json` word).
    Text(Cow<'a, str>),
    /// A number.
    Number(f64),
    /// Nothing (null in JSON, empty in a sheet or CSV).
    Null,
}

impl Value<'_> {
    /// The value as CSV text: numbers as Rust writes them, null as empty.
    pub fn csv(&self) -> Cow<'_, str> {
        match self {
            Value::Text(t) => Cow::Borrowed(t.as_ref()),
            Value::Number(n) => Cow::Owned(format!("{n}")),
            Value::Null => Cow::Borrowed(""),
        }
    }
}

fn text(t: &str) -> Value<'_> {
    Value::Text(Cow::Borrowed(t))
}

fn opt_text(t: Option<&str>) -> Value<'_> {
    t.map_or(Value::Null, text)
}

fn num(x: f64) -> Value<'static> {
    if x.is_finite() {
        Value::Number(x)
    } else {
        Value::Null
    }
}

fn opt_num(x: Option<f64>) -> Value<'static> {
    x.map_or(Value::Null, num)
}

/// One column of a record `R`.
pub struct Column<R> {
    /// The machine key: the JSON field, the CSV and Parquet column.
    pub key: &'static str,
    /// The header in English and German.
    pub header: Label,
    /// What it holds.
    pub shape: Shape,
    /// Whether the value may be null.
    pub nullable: bool,
    /// What it means (the schema's description).
    pub doc: &'static str,
    /// The value of a record, in a language (only the message depends on it).
    pub value: for<'a> fn(&'a R, Lang) -> Value<'a>,
}

impl<R> Column<R> {
    /// The header in a language.
    pub fn title(&self, lang: Lang) -> &'static str {
        label(lang, self.header)
    }
}

/// The columns of a table with these keys, in this order (a view of the table).
pub fn pick<R>(table: &'static [Column<R>], keys: &[&str]) -> Vec<&'static Column<R>> {
    keys.iter()
        .map(|k| {
            table
                .iter()
                .find(|c| c.key == *k)
                .unwrap_or_else(|| panic!("no column {k}"))
        })
        .collect()
}

/// A finding row: what the Findings sheets, the group report, `findings.json`, CSV and Parquet
/// show of each finding (JSON adds the typed `data`).
pub(crate) static FINDING_COLUMNS: &[Column<Finding>] = &[
    Column {
        key: "id",
        header: Label::Id,
        shape: Shape::Text,
        nullable: false,
        doc: "Stable across runs for the same problem.",
        value: |f, _| text(&f.id),
    },
    Column {
        key: "key",
        header: Label::Key,
        shape: Shape::Text,
        nullable: false,
        doc: "Identifies the same problem across runs even when its workbook is renamed (rule, \
              unit, subject); the baseline matches on it.",
        value: |f, _| text(&f.key),
    },
    Column {
        key: "change",
        header: Label::Change,
        shape: Shape::Change,
        nullable: true,
        doc: "With --baseline: `new` (not in the baseline) or `unchanged`; null without one.",
        value: |f, _| f.change.map_or(Value::Null, |c| text(c.as_str())),
    },
    Column {
        key: "waiver",
        header: Label::Waiver,
        shape: Shape::Text,
        nullable: true,
        doc: "`active` when a waiver accepts the finding (it counts for no exit code), `expired` \
              when its day has passed (it counts again), null when no waiver matches.",
        value: |f, _| match &f.waiver {
            None => Value::Null,
            Some(w) if w.expired => text("expired"),
            Some(_) => text("active"),
        },
    },
    Column {
        key: "waiver_reason",
        header: Label::WaiverReason,
        shape: Shape::Text,
        nullable: true,
        doc: "Why the waiver accepts the finding, or null.",
        value: |f, _| opt_text(f.waiver.as_ref().map(|w| w.reason.as_str())),
    },
    Column {
        key: "waiver_approved_by",
        header: Label::ApprovedBy,
        shape: Shape::Text,
        nullable: true,
        doc: "Who approved the waiver, or null.",
        value: |f, _| opt_text(f.waiver.as_ref().map(|w| w.approved_by.as_str())),
    },
    Column {
        key: "waiver_valid_until",
        header: Label::ValidUntil,
        shape: Shape::Text,
        nullable: true,
        doc: "The waiver's last day (YYYY-MM-DD), or null.",
        value: |f, _| opt_text(f.waiver.as_ref().map(|w| w.valid_until.as_str())),
    },
    Column {
        key: "rule",
        header: Label::Code,
        shape: Shape::Text,
        nullable: false,
        doc: "The rule code, e.g. `SPOF001`.",
        value: |f, _| text(f.rule.code),
    },
    Column {
        key: "name",
        header: Label::Name,
        shape: Shape::Text,
        nullable: false,
        doc: "The rule's kebab-case name, e.g. `channel-single-person`.",
        value: |f, _| text(f.rule.name),
    },
    Column {
        key: "severity",
        header: Label::Severity,
        shape: Shape::Severity,
        nullable: false,
        doc: "error, warning or info, after the config's overrides.",
        value: |f, _| text(f.severity.as_str()),
    },
    Column {
        key: "workbook",
        header: Label::Workbook,
        shape: Shape::Text,
        nullable: false,
        doc: "The workbook path relative to the input argument.",
        value: |f, _| text(&f.workbook),
    },
    Column {
        key: "unit",
        header: Label::Unit,
        shape: Shape::Text,
        nullable: true,
        doc: "The unit the finding belongs to, or null.",
        value: |f, _| opt_text(f.unit.as_deref()),
    },
    Column {
        key: "sheet",
        header: Label::Sheet,
        shape: Shape::Text,
        nullable: true,
        doc: "The sheet of the flagged cell, or null.",
        value: |f, _| opt_text(f.sheet()),
    },
    Column {
        key: "cell",
        header: Label::Cell,
        shape: Shape::Text,
        nullable: true,
        doc: "The flagged cell in A1 notation, or null.",
        value: |f, _| f.cell().map_or(Value::Null, |c| Value::Text(c.into())),
    },
    Column {
        key: "subject",
        header: Label::Subject,
        shape: Shape::Text,
        nullable: false,
        doc: "What the finding is about: a channel, a person ID, a unit, a missing sheet or column.",
        value: |f, _| text(&f.subject),
    },
    Column {
        key: "message",
        header: Label::Message,
        shape: Shape::Text,
        nullable: false,
        doc: "What is wrong, in the run's language (`--lang`); scripts read `data` instead.",
        value: |f, lang| Value::Text(f.message(lang).into()),
    },
];

/// What a sheet a person reads shows of a finding besides [`FINDING_COLUMNS`]: the rule's title
/// in the run's language (the kebab name stays the stable id of the files for scripts) and what
/// to do about it. The Findings sheets pick from both tables ([`pick_for_sheet`]).
pub(crate) static SHEET_COLUMNS: &[Column<Finding>] = &[
    Column {
        key: "title",
        header: Label::Name,
        shape: Shape::Text,
        nullable: false,
        doc: "The rule's title in the run's language.",
        value: |f, lang| text(f.rule.title(lang)),
    },
    Column {
        key: "fix",
        header: Label::WhatToDoColumn,
        shape: Shape::Text,
        nullable: false,
        doc: "What to do about the finding, in the run's language.",
        value: |f, lang| text(f.rule.fix(lang)),
    },
];

/// The columns of a Findings sheet with these keys, in this order, from [`FINDING_COLUMNS`]
/// and [`SHEET_COLUMNS`].
pub(crate) fn pick_for_sheet(keys: &[&str]) -> Vec<&'static Column<Finding>> {
    keys.iter()
        .map(|k| {
            FINDING_COLUMNS
                .iter()
                .chain(SHEET_COLUMNS)
                .find(|c| c.key == *k)
                .unwrap_or_else(|| panic!("no column {k}"))
        })
        .collect()
}

/// A unit's figures: what the Summary sheet, the group report's Units sheet and
/// `findings.json`'s units show of each unit.
pub(crate) static UNIT_COLUMNS: &[Column<UnitFigures>] = &[
    Column {
        key: "workbook",
        header: Label::Workbook,
        shape: Shape::Text,
        nullable: false,
        doc: "The workbook the unit comes from (path relative to the input argument).",
        value: |u, _| text(&u.workbook),
    },
    Column {
        key: "unit",
        header: Label::Unit,
        shape: Shape::Text,
        nullable: false,
        doc: "The unit's name.",
        value: |u, _| text(&u.unit),
    },
    Column {
        key: "sheet",
        header: Label::Sheet,
        shape: Shape::Text,
        nullable: true,
        doc: "The sheet where the unit is defined (its Units row), or null.",
        value: |u, _| opt_text(u.unit_loc.as_ref().map(|l| l.sheet.as_str())),
    },
    Column {
        key: "cell",
        header: Label::Cell,
        shape: Shape::Text,
        nullable: true,
        doc: "The cell where the unit is defined, or null.",
        value: |u, _| {
            u.unit_loc
                .as_ref()
                .map_or(Value::Null, |l| Value::Text(l.a1().into()))
        },
    },
    Column {
        key: "country",
        header: Label::Country,
        shape: Shape::Text,
        nullable: true,
        doc: "The unit's country as written, or null.",
        value: |u, _| opt_text(u.country.as_deref()),
    },
    Column {
        key: "employees",
        header: Label::Employees,
        shape: Shape::Count,
        nullable: true,
        doc: "Employees of the unit, or null.",
        value: |u, _| opt_num(u.employees),
    },
    Column {
        key: "org_form",
        header: Label::OrganisationForm,
        shape: Shape::Text,
        nullable: true,
        doc: "Declared organisation form (holistic, decentralised, coordinated, centralised, \
              multi-coordinated; in a sheet in its language), or null.",
        value: |u, lang| match (u.org_form, lang) {
            (None, _) => Value::Null,
            (Some(o), Lang::En) => text(o.key()),
            (Some(o), _) => text(o.label(lang)),
        },
    },
    Column {
        key: "people",
        header: Label::PeopleOnSocialMedia,
        shape: Shape::Count,
        nullable: false,
        doc: "People with allocated time on social media.",
        value: |u, _| num(u.people as f64),
    },
    Column {
        key: "fte",
        header: Label::SocialMediaFTE,
        shape: Shape::Fte,
        nullable: false,
        doc: "Allocated hours per week divided by full-time weekly hours.",
        value: |u, _| num(u.fte),
    },
    Column {
        key: "active_channels",
        header: Label::ActiveChannels,
        shape: Shape::Count,
        nullable: false,
        doc: "Active channels of the channel plan.",
        value: |u, _| num(u.active_channels as f64),
    },
    Column {
        key: "required_hours",
        header: Label::RequiredHWeek,
        shape: Shape::Hours,
        nullable: false,
        doc: "Required hours per week of the active channels.",
        value: |u, _| num(u.required_hours),
    },
    Column {
        key: "allocated_hours",
        header: Label::AllocatedHWeek,
        shape: Shape::Hours,
        nullable: false,
        doc: "Allocated hours per week of the active channels.",
        value: |u, _| num(u.allocated_hours),
    },
    Column {
        key: "coverage",
        header: Label::Coverage,
        shape: Shape::Percent,
        nullable: true,
        doc: "Allocated divided by required hours (1.0 = 100 %); null when nothing is required.",
        value: |u, _| opt_num(u.coverage),
    },
    Column {
        key: "currency",
        header: Label::Currency,
        shape: Shape::Text,
        nullable: false,
        doc: "ISO currency code of the money figures.",
        value: |u, _| text(&u.currency),
    },
    Column {
        key: "staff_cost",
        header: Label::AnnualStaffCost,
        shape: Shape::Money,
        nullable: false,
        doc: "Annual staff cost of all allocated time, in `currency`.",
        value: |u, _| num(u.staff_cost),
    },
    Column {
        key: "budget",
        header: Label::Budget,
        shape: Shape::Money,
        nullable: true,
        doc: "The unit's budget (its Budget, else the sum of its channels' budgets), or null.",
        value: |u, _| opt_num(u.budget),
    },
    Column {
        key: "budget_gap",
        header: Label::BudgetGap,
        shape: Shape::Money,
        nullable: false,
        doc: "Staff cost minus budget: positive when the time costs more than the budget says.",
        value: |u, _| num(u.budget_gap),
    },
    Column {
        key: "errors",
        header: Label::Errors,
        shape: Shape::Count,
        nullable: false,
        doc: "Findings of severity error about the unit.",
        value: |u, _| num(u.errors as f64),
    },
    Column {
        key: "warnings",
        header: Label::Warnings,
        shape: Shape::Count,
        nullable: false,
        doc: "Findings of severity warning about the unit.",
        value: |u, _| num(u.warnings as f64),
    },
    Column {
        key: "infos",
        header: Label::Infos,
        shape: Shape::Count,
        nullable: false,
        doc: "Findings of severity info about the unit.",
        value: |u, _| num(u.infos as f64),
    },
];

/// Rounds for `findings.json` (money to cents, other figures to four decimals), so the file
/// carries no floating-point noise; -0 becomes 0.
pub fn round(x: f64, decimals: i32) -> f64 {
    if !x.is_finite() {
        return x;
    }
    let f = 10f64.powi(decimals);
    let r = (x * f).round() / f;
    if r == 0.0 { 0.0 } else { r }
}

/// A record as a JSON object of the columns' keys, plus at most one extra entry (a finding's
/// `data`): the same record as the sheets and CSV show.
pub struct Record<'a, R: 'static, E: serde::Serialize = ()> {
    /// The columns.
    pub columns: &'a [&'static Column<R>],
    /// The record.
    pub record: &'a R,
    /// The language of language-dependent values (the message).
    pub lang: Lang,
    /// An extra entry after the columns.
    pub extra: Option<(&'static str, &'a E)>,
}

impl<R, E: serde::Serialize> serde::Serialize for Record<'_, R, E> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(self.columns.len() + 1))?;
        for c in self.columns {
            match (c.value)(self.record, self.lang) {
                Value::Text(t) => map.serialize_entry(c.key, t.as_ref())?,
                Value::Number(n) if c.shape == Shape::Count => {
                    map.serialize_entry(c.key, &(n as i64))?
                }
                Value::Number(n) if c.shape == Shape::Money => {
                    map.serialize_entry(c.key, &round(n, 2))?
                }
                Value::Number(n) => map.serialize_entry(c.key, &round(n, 4))?,
                Value::Null => map.serialize_entry(c.key, &())?,
            }
        }
        if let Some((key, value)) = self.extra {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// The JSON schema of a record of these columns: an object with every key required.
pub(crate) fn record_schema<R>(
    columns: &[&Column<R>],
    title: &str,
    extra: Option<(&str, serde_json::Value)>,
) -> serde_json::Value {
    let mut properties = serde_json::Map::new();
    let mut required: Vec<serde_json::Value> = Vec::new();
    for c in columns {
        let kind = match c.shape {
            Shape::Count => "integer",
            s if s.is_number() => "number",
            _ => "string",
        };
        let kind = if c.nullable {
            serde_json::json!([kind, "null"])
        } else {
            serde_json::json!(kind)
        };
        let mut schema = serde_json::json!({ "type": kind, "description": c.doc });
        if c.shape == Shape::Severity {
            schema["enum"] = serde_json::json!(["error", "warning", "info"]);
        }
        if c.shape == Shape::Change {
            schema["enum"] = serde_json::json!(["new", "unchanged", null]);
        }
        properties.insert(c.key.into(), schema);
        required.push(c.key.into());
    }
    if let Some((key, schema)) = extra {
        properties.insert(key.into(), schema);
        required.push(key.into());
    }
    serde_json::json!({
        "type": "object",
        "description": title,
        "properties": properties,
        "required": required,
        "additionalProperties": false
    })
}

/// Writes tables into sheets: headers, values with their shape's format, and column widths.
#[derive(Default)]
pub(crate) struct SheetWriter {
    /// The widths seen so far, applied by `finish`.
    pub(crate) widths: super::annotated::Widths,
}

impl SheetWriter {
    /// Writes the headers of `columns` into `row`, from `first_col`, in the header format.
    pub(crate) fn header<R, S: Sink + ?Sized>(
        &mut self,
        sheet: &mut S,
        row: u32,
        first_col: u16,
        columns: &[&Column<R>],
        lang: Lang,
        max_width: usize,
    ) -> Result<(), rust_xlsxwriter::XlsxError> {
        for (i, c) in columns.iter().enumerate() {
            let col = first_col + i as u16;
            let title = c.title(lang);
            sheet.text(row, col, title, Style::Header)?;
            self.widths.see(col, title.chars().count().min(max_width));
        }
        Ok(())
    }

    /// Writes one record's values into `row`: numbers with their shape's format, severities as
    /// their word in `lang` on their fill, texts cut to what a cell holds.
    pub(crate) fn row<R, S: Sink + ?Sized>(
        &mut self,
        sheet: &mut S,
        row: u32,
        first_col: u16,
        columns: &[&Column<R>],
        record: &R,
        lang: Lang,
    ) -> Result<(), rust_xlsxwriter::XlsxError> {
        use crate::findings::Severity;
        for (i, c) in columns.iter().enumerate() {
            let col = first_col + i as u16;
            match ((c.value)(record, lang), c.shape) {
                (Value::Null, _) => {}
                (Value::Text(t), Shape::Severity) => {
                    let severity = Severity::WORST_FIRST
                        .into_iter()
                        .find(|s| s.as_str() == t)
                        .unwrap_or(Severity::Info);
                    let label = severity.label(lang);
                    sheet.text(row, col, label, Style::Severity(severity))?;
                    self.widths.see_text(col, label);
                }
                (Value::Text(t), Shape::Change) => {
                    let word = match t.as_ref() {
                        "new" => label(lang, Label::NewPage),
                        "unchanged" => label(lang, Label::UnchangedWord),
                        other => other,
                    };
                    sheet.text(row, col, word, Style::Plain)?;
                    self.widths.see_text(col, word);
                }
                (Value::Text(t), _) => {
                    sheet.text(row, col, &super::annotated::fit(&t), Style::Plain)?;
                    self.widths.see_text(col, &t);
                }
                (Value::Number(n), shape) => {
                    sheet.number(row, col, n, Style::number(shape))?;
                    self.widths
                        .see(col, if shape == Shape::Money { 12 } else { 6 });
                }
            }
        }
        Ok(())
    }

    /// Sets the column widths seen.
    pub(crate) fn finish<S: Sink + ?Sized>(
        &self,
        sheet: &mut S,
    ) -> Result<(), rust_xlsxwriter::XlsxError> {
        self.widths.apply(sheet)
    }
}
