//! The typed plan of one workbook (units, staff, allocations, channels) and the raw sheets kept
//! for the annotated copy; every typed value knows the sheet and cell it came from.

use crate::contract::{Col, Employment, OrgForm, Role, SheetKind, Status, Task};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::BTreeMap;

/// A cell position: the sheet name as written in the file and the zero-based row and column.
#[derive(
    Clone,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    serde::Deserialize,
    schemars::JsonSchema,
)]
pub struct Loc {
    /// The sheet's name as written in the file.
    pub sheet: String,
    /// Zero-based row.
    pub row: u32,
    /// Zero-based column.
    pub col: u32,
}

impl Loc {
    /// A cell of a sheet, zero-based.
    pub fn new(sheet: impl Into<String>, row: u32, col: u32) -> Self {
        Loc {
            sheet: sheet.into(),
            row,
            col,
        }
    }

    /// The cell in A1 notation, e.g. `C7`.
    pub fn a1(&self) -> String {
        a1(self.row, self.col)
    }
}

/// Zero-based row and column to A1 notation.
pub fn a1(row: u32, col: u32) -> String {
    let mut out = String::with_capacity(12);
    push_a1(&mut out, row, col);
    out
}

/// Appends the A1 notation of a zero-based row and column to `out`.
pub fn push_a1(out: &mut String, row: u32, col: u32) {
    // At most 7 letters for a u32 column; written from the last.
    let mut letters = [0u8; 7];
    let mut n = 0;
    let mut c = col as u64 + 1;
    while c > 0 {
        letters[letters.len() - 1 - n] = b'A' + ((c - 1) % 26) as u8;
        c = (c - 1) / 26;
        n += 1;
    }
    out.push_str(std::str::from_utf8(&letters[letters.len() - n..]).expect("ASCII"));
    let _ = std::fmt::Write::write_fmt(out, format_args!("{}", row as u64 + 1));
}

/// A raw cell value as read from the workbook, kept for the annotated copy.
#[derive(Clone, Debug, PartialEq)]
pub enum RawValue {
    /// A number.
    Number(f64),
    /// A text.
    Text(String),
    /// TRUE or FALSE.
    Bool(bool),
    /// An Excel serial date-time; `is_duration` when the cell is a time span.
    DateTime {
        /// Days since Excel's epoch, with the time as the fraction.
        serial: f64,
        /// Whether the cell is a time span rather than a point in time.
        is_duration: bool,
    },
    /// An Excel error such as `#REF!`.
    Error(String),
    /// No value.
    Empty,
}

/// One non-empty cell of a sheet, with its formula text (without `=`) when it has one.
#[derive(Clone, Debug, PartialEq)]
pub struct RawCell {
    /// Zero-based row.
    pub row: u32,
    /// Zero-based column.
    pub col: u32,
    /// The value (a formula's cached result).
    pub value: RawValue,
    /// The formula without `=`, when the cell has one.
    pub formula: Option<String>,
}

/// One sheet as read: its name as written and its non-empty cells in row-major order.
#[derive(Clone, Debug, Default)]
pub struct RawSheet {
    /// The sheet's name as written.
    pub name: String,
    /// Its non-empty cells in row-major order.
    pub cells: Vec<RawCell>,
    /// Merged ranges as (first row, first column, last row, last column), zero-based (`.xls`,
    /// `.xlsx`, `.xlsm`, `.ods`): the plan reads a range's value in each of its rows, and the
    /// rebuilt copy merges them again.
    pub merged: Vec<(u32, u32, u32, u32)>,
    /// Zero-based rows an Excel table of the sheet marks as its totals row (`.xlsx`, `.xlsm`).
    pub totals_rows: Vec<u32>,
}

impl RawSheet {
    /// The used rows and columns (one past the last), or (0, 0) for an empty sheet.
    pub fn extent(&self) -> (u32, u32) {
        self.cells.iter().fold((0, 0), |(r, c), cell| {
            (r.max(cell.row + 1), c.max(cell.col + 1))
        })
    }
}

/// Where one contract sheet was found: its name, header row and the position of each known column.
#[derive(Clone, Debug)]
pub struct SheetLayout {
    /// Which contract sheet it is.
    pub kind: SheetKind,
    /// The sheet's name as written.
    pub name: String,
    /// Zero-based row of the header.
    pub header_row: u32,
    /// Each known column and its zero-based position.
    pub columns: BTreeMap<Col, u32>,
    /// Each known column's header as the workbook writes it (`Vorstandssponsor`): what a
    /// message that names the column shows.
    pub headers: BTreeMap<Col, String>,
}

impl SheetLayout {
    /// The cell of `col` in `row`; when the column is missing, the first cell of the row.
    pub fn cell(&self, row: u32, col: Col) -> Loc {
        let c = self.columns.get(&col).copied().unwrap_or(0);
        Loc::new(self.name.clone(), row, c)
    }

    /// The header cell of a column, or the first header cell.
    pub(crate) fn header_cell(&self, col: Col) -> Loc {
        self.cell(self.header_row, col)
    }
}

/// A channel budget as written: empty, a word meaning free, or an amount.
#[derive(Clone, Debug, PartialEq)]
pub enum Budget {
    /// The cell is empty: no budget given.
    Empty,
    /// A word meaning free (`free`, `kostenlos`, `gratuit`), as written.
    Free(String),
    /// An amount in the unit's currency.
    Amount(f64),
    /// The cell could not be read; a DATA002 finding was raised.
    Invalid,
}

/// A unit (business unit or subsidiary).
#[derive(Clone, Debug)]
pub struct Unit {
    /// The unit's name as the sheets write it; sheets refer to the unit by it.
    pub name: String,
    /// The unit's row on the Units sheet, if there is one.
    pub row: Option<u32>,
    /// The country column, as written.
    pub country: Option<String>,
    /// The unit's head count, if given.
    pub employees: Option<f64>,
    /// How the unit organises social media (holistic, decentralised, coordinated, …).
    pub org_form: Option<OrgForm>,
    /// The person named as coordinator (an ID or a name), as written.
    pub coordinator: Option<String>,
    /// The executive sponsor, as written.
    pub sponsor: Option<String>,
    /// `None` when empty or unreadable.
    pub guidelines: Option<bool>,
    /// The currency of the unit's amounts (ISO code; EUR when the sheet gives none).
    pub currency: String,
    /// The hourly rate a person without an hourly cost of their own is costed at.
    pub hourly_rate: Option<f64>,
    /// The unit's social media budget a year, in its currency.
    pub budget: Option<f64>,
}

impl Unit {
    /// A unit with a name and nothing else known.
    pub fn named(name: impl Into<String>) -> Self {
        Unit {
            name: name.into(),
            row: None,
            country: None,
            employees: None,
            org_form: None,
            coordinator: None,
            sponsor: None,
            guidelines: None,
            currency: "EUR".into(),
            hourly_rate: None,
            budget: None,
        }
    }
}

/// A person on the Staff sheet.
#[derive(Clone, Debug)]
pub struct Person {
    /// The person's ID, which the Allocation sheet and deputies refer to.
    pub id: String,
    /// The zero-based row of the person on the Staff sheet.
    pub row: u32,
    /// The name, as written.
    pub name: Option<String>,
    /// The unit the person belongs to.
    pub unit: String,
    /// The department, as written.
    pub department: Option<String>,
    /// The role, when the cell holds one of the contract's roles.
    pub role: Option<Role>,
    /// The role as written (also when it is free text).
    pub role_text: Option<String>,
    /// `None` when missing or invalid (flagged); such a person adds no hours.
    pub weekly_hours: Option<f64>,
    /// The cost of one hour of the person, in the unit's currency.
    pub hourly_cost: Option<f64>,
    /// The cost of the person for a year, in the unit's currency.
    pub annual_cost: Option<f64>,
    /// Deputy (the first, when a cell names two).
    pub deputy: Option<String>,
    /// Further deputies named in the same cell (`M-201 / M-205`).
    pub more_deputies: Vec<String>,
    /// Employed, external, agency or freelance.
    pub employment: Option<Employment>,
}

/// A row of the Allocation sheet.
#[derive(Clone, Debug)]
pub struct Allocation {
    /// The zero-based row on the Allocation sheet.
    pub row: u32,
    /// The ID of the person the hours are of.
    pub person: String,
    /// The channel the hours go to, as written.
    pub channel: String,
    /// The unit of the channel.
    pub unit: String,
    /// The task, when the cell holds one of the contract's tasks.
    pub task: Option<Task>,
    /// The task as written (also when it is free text).
    pub task_text: Option<String>,
    /// Hours per week as written; wins over the share.
    pub hours: Option<f64>,
    /// Share of the person's weekly hours as a fraction (0.5 = 50 %).
    pub share: Option<f64>,
    /// True when the row had an invalid value and must stay out of the sums.
    pub invalid: bool,
}

/// A row of the Channels sheet.
#[derive(Clone, Debug)]
pub struct Channel {
    /// The zero-based row on the Channels sheet.
    pub row: u32,
    /// The unit that runs the channel.
    pub unit: String,
    /// The channel's name, as written (`Instagram`, `LinkedIn DE`).
    pub name: String,
    /// Active, planned or paused.
    pub status: Status,
    /// The posts planned a week.
    pub posts_per_week: Option<f64>,
    /// The hours a week the channel needs, as the plan says.
    pub required_hours: Option<f64>,
    /// The channel's budget, as written (empty, free or an amount).
    pub budget: Budget,
    /// The promised response time, in hours.
    pub response_time: Option<f64>,
    /// The person responsible for the channel (an ID or a name), as written.
    pub owner: Option<String>,
}

/// A finding accepted until a date, with its reason and who approved it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Waiver {
    /// The rule, by code or name (`SPOF001`, `channel-single-person`).
    pub rule: String,
    /// The unit it is for; empty or missing: any unit.
    #[serde(default)]
    pub unit: Option<String>,
    /// What it is about (the finding's subject: a channel, a person ID, a unit); missing: any.
    #[serde(default)]
    pub subject: Option<String>,
    /// Or exactly one finding, by its `id` or `key` in findings.json.
    #[serde(default)]
    pub id: Option<String>,
    /// Why the finding is accepted.
    pub reason: String,
    /// Who approved it.
    pub approved_by: String,
    /// The last day it holds, `YYYY-MM-DD`.
    pub valid_until: String,
}

impl Waiver {
    /// The last day it holds as (year, month, day), if `valid_until` is a date.
    pub fn until(&self) -> Option<(u16, u8, u8)> {
        crate::dates::parse_date(&self.valid_until)
    }
}

/// A row of a workbook's Waivers sheet: a waiver for that workbook's findings, and where it is
/// written (the row's Rule cell), so that an unused one can point at it.
#[derive(Clone, Debug)]
pub struct WaiverRow {
    /// The waiver, with its date as `YYYY-MM-DD`.
    pub waiver: Waiver,
    /// The row's Rule cell.
    pub loc: Loc,
}

/// How the reader read a workbook's sheets beyond their cells: the rows it did not take for
/// data, and the columns it chose where two name one field (`docs/READING.md`).
#[derive(
    Clone, Debug, Default, PartialEq, Eq, Serialize, serde::Deserialize, schemars::JsonSchema,
)]
pub struct Reading {
    /// Rows read as totals or subtotals (`Summe`, `Total`, an Excel table's totals row, a row of
    /// `SUM`/`SUBTOTAL` formulas over the rows above): never a person, channel, unit or
    /// allocation.
    pub totals_rows: u64,
    /// Rows read as headings, notes, legends or repeated header rows: not data.
    pub other_rows: u64,
    /// Where two columns of a sheet name one field: which one was read.
    pub columns: Vec<ColumnChoice>,
}

/// Two columns of a sheet that name one field, and the one the reader took.
#[derive(
    Clone, Debug, Default, PartialEq, Eq, Serialize, serde::Deserialize, schemars::JsonSchema,
)]
pub struct ColumnChoice {
    /// The sheet's name as written.
    pub sheet: String,
    /// The field (its English contract header).
    pub field: String,
    /// The header cell read (A1) and its text.
    pub used: String,
    /// The header cell left out (A1) and its text.
    pub ignored: String,
}

impl Reading {
    /// What the reader left out and chose, one sentence each (the copy's Summary sheet shows
    /// them, so that a wrong skip can be seen).
    pub fn sentences(&self, lang: crate::contract::Lang) -> Vec<String> {
        let t = crate::i18n::texts(lang);
        let mut out = vec![
            t.totals_rows_note(self.totals_rows),
            t.other_rows_note(self.other_rows),
        ];
        for c in &self.columns {
            let field = crate::contract::column_header(&c.field, lang);
            out.push(t.column_choice_note(&c.sheet, field, &c.used, &c.ignored));
        }
        out
    }
}

/// The typed content of one workbook.
#[derive(Clone, Debug, Default)]
pub struct Plan {
    /// The workbook's path relative to the input argument, with `/` separators.
    pub workbook: String,
    /// The rows of the Units sheet (or the units the other sheets name, when it has none).
    pub units: Vec<Unit>,
    /// The rows of the Staff sheet that are people (not headings, blanks or totals).
    pub staff: Vec<Person>,
    /// The rows of the Allocation sheet that are data.
    pub allocations: Vec<Allocation>,
    /// The rows of the Channels sheet that are data.
    pub channels: Vec<Channel>,
    /// The workbook's own waivers (its Waivers sheet), for its findings only.
    pub waivers: Vec<WaiverRow>,
    /// The contract sheets found, by kind.
    pub layouts: BTreeMap<SheetKind, SheetLayout>,
    /// The required sheets that are missing or cannot be read (a DATA001 says why): the rules
    /// that need one of them do not run on this workbook.
    pub unusable: Vec<SheetKind>,
    /// The rows not read as data and the columns chosen.
    pub reading: Reading,
}

/// Case- and blank-insensitive key for IDs, units and channel names (borrowed when the text is
/// ASCII and already lower case, as most IDs are: no allocation per lookup).
pub fn key(text: &str) -> Cow<'_, str> {
    let t = text.trim();
    if !t.is_ascii() {
        // Unchanged only when every char lower-cases to itself (title-case letters such as ǅ
        // and Σ do not, so str::to_lowercase's word-final ς is covered too).
        let unchanged = |c: char| {
            let mut lower = c.to_lowercase();
            lower.next() == Some(c) && lower.next().is_none()
        };
        if t.chars().all(unchanged) {
            Cow::Borrowed(t)
        } else {
            Cow::Owned(t.to_lowercase())
        }
    } else if t.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(t.to_ascii_lowercase())
    } else {
        Cow::Borrowed(t)
    }
}

/// Whether two IDs or names have the same [`key`]; ASCII text is compared without allocating.
pub(crate) fn same_key(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim(), b.trim());
    if a.is_ascii() && b.is_ascii() {
        a.eq_ignore_ascii_case(b)
    } else {
        key(a) == key(b)
    }
}

impl Plan {
    /// Where a contract sheet was found, if it was.
    pub fn layout(&self, kind: SheetKind) -> Option<&SheetLayout> {
        self.layouts.get(&kind)
    }

    /// The cell of `col` in `row` of a contract sheet (None when the sheet is absent).
    pub fn cell(&self, kind: SheetKind, row: u32, col: Col) -> Option<Loc> {
        self.layout(kind).map(|l| l.cell(row, col))
    }

    /// The person with this ID (the first row naming it).
    pub fn person(&self, id: &str) -> Option<&Person> {
        self.staff.iter().find(|p| same_key(&p.id, id))
    }

    /// The unit with this name (case-insensitive).
    pub fn unit(&self, name: &str) -> Option<&Unit> {
        self.units.iter().find(|u| same_key(&u.name, name))
    }

    /// Where a unit-level finding points: the unit's row on the Units sheet, if any.
    pub(crate) fn unit_cell(&self, unit: &str, col: Col) -> Option<Loc> {
        let row = self.unit(unit)?.row?;
        self.cell(SheetKind::Units, row, col)
    }
}

/// A loaded workbook: its raw sheets (for the copy) and its typed plan.
#[derive(Debug, Default)]
pub struct Workbook {
    /// Every sheet as read, cell by cell (what the copy and the reading rules look at).
    pub sheets: Vec<RawSheet>,
    /// What the sheets say, typed.
    pub plan: Plan,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a1_notation() {
        assert_eq!(a1(0, 0), "A1");
        assert_eq!(a1(6, 2), "C7");
        assert_eq!(a1(0, 25), "Z1");
        assert_eq!(a1(0, 26), "AA1");
        assert_eq!(a1(1_048_575, 16_383), "XFD1048576");
    }

    #[test]
    fn same_key_agrees_with_key() {
        let pairs = [
            ("P-1001", " p-1001 "),
            ("Instagram", "instagram"),
            ("DE-0001 Berlin", "de-0001 berlin"),
            ("Müller", "MÜLLER"),
            ("ΟΔΟΣ", "οδος"),
            ("ǅemal", "ǆemal"),
            ("P-1001", "P-1002"),
            ("Straße", "STRASSE"),
        ];
        for (a, b) in pairs {
            assert_eq!(same_key(a, b), key(a) == key(b), "{a} / {b}");
        }
        assert!(same_key("ΟΔΟΣ", "οδος"));
        assert!(!same_key("P-1001", "P-1002"));
        assert!(matches!(key("p-1001"), Cow::Borrowed("p-1001")));
        assert!(matches!(key(" köln "), Cow::Borrowed("köln")));
        assert_eq!(key("ΟΔΟΣ"), "οδος");
        assert_eq!(key("ǅemal"), "ǆemal");
        assert_eq!(key(" Instagram "), "instagram");
    }
}
