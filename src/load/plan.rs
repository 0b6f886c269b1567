//! Builds the typed plan from raw sheets: finds the contract sheets and header rows, coerces
//! every known cell, resolves units, and says as typed reading problems where it falls short.

use super::coerce::{self, Invalid, RuleCode};
use super::problem::{Duplicated, ReadingProblem, Reference, Shortfall};
use crate::contract::{
    self, Col, Employment, OrgForm, Role, SheetDef, SheetKind, Status, Task, ValueType,
};
use crate::model::{
    Allocation, Budget, Channel, ColumnChoice, Loc, Person, Plan, RawCell, RawSheet, RawValue,
    Reading, SheetLayout, Unit, WaiverRow, key, same_key,
};
use std::collections::{BTreeMap, HashMap};

/// Rows searched for the header row.
const HEADER_SEARCH_ROWS: u32 = 10;

/// A key given twice within a sheet, in rows `first` and `second` (zero-based).
fn duplicate(key: Duplicated, first: u32, second: u32) -> Shortfall {
    Shortfall::Duplicate {
        key,
        first_row: first,
        second_row: second,
    }
}

/// One data row of a contract sheet: its row index and the non-blank values of its known
/// columns, indexed by column (no allocation per row).
struct Row<'a> {
    row: u32,
    values: [Option<&'a RawValue>; Col::COUNT],
}

impl Row<'_> {
    fn get(&self, col: Col) -> &RawValue {
        self.values[col as usize].unwrap_or(&RawValue::Empty)
    }
}

/// A contract sheet found in the workbook: where it is and its data rows.
struct Found<'a> {
    layout: SheetLayout,
    rows: Vec<Row<'a>>,
}

/// Collects reading problems while the plan is built.
struct Builder<'r> {
    problems: Vec<ReadingProblem>,
    /// The code of a rule a Waivers row names.
    rule_code: RuleCode<'r>,
    /// The one unit of a single-unit workbook, given to rows without a Unit.
    single_unit: Option<String>,
    /// Unit key → the currency its Currency cell on the Units sheet names (upper case).
    currencies: HashMap<String, String>,
}

impl Builder<'_> {
    /// Says a reading problem of this workbook.
    fn push(&mut self, at: At<'_>, what: Shortfall) {
        self.problems.push(ReadingProblem {
            unit: at.unit.map(str::to_string),
            loc: at.loc,
            subject: at.subject.to_string(),
            what,
        });
    }

    /// Reads one cell with `coerce`; an unreadable value is a reading problem and `None`.
    fn read<T>(
        &mut self,
        sheet: &Found,
        row: &Row,
        col: Col,
        unit: Option<&str>,
        subject: &str,
        coerce: impl Fn(&RawValue) -> Result<Option<T>, Invalid>,
    ) -> Result<Option<T>, ()> {
        match coerce(row.get(col)) {
            Ok(v) => Ok(v),
            Err(why) => {
                self.invalid(sheet, row.row, col, unit, subject, why);
                Err(())
            }
        }
    }

    fn invalid(
        &mut self,
        sheet: &Found,
        row: u32,
        col: Col,
        unit: Option<&str>,
        subject: &str,
        why: Invalid,
    ) {
        let at = At {
            unit,
            loc: Some(sheet.layout.cell(row, col)),
            subject,
        };
        let what = Shortfall::InvalidValue {
            sheet: sheet.layout.kind,
            col,
            reason: why.reason,
            value: why.value,
        };
        self.push(at, what);
    }

    fn required_empty(
        &mut self,
        sheet: &Found,
        row: u32,
        col: Col,
        unit: Option<&str>,
        subject: &str,
    ) {
        let why = Invalid {
            reason: Invalid::REQUIRED,
            value: String::new(),
        };
        self.invalid(sheet, row, col, unit, subject, why);
    }

    /// A reading problem when an amount's currency mark (`400 000 zł`) contradicts the Currency its unit
    /// names on the Units sheet; then the amount is not used.
    fn currency_conflict(
        &mut self,
        sheet: &Found,
        row: &Row,
        col: Col,
        unit: Option<&str>,
        subject: &str,
    ) -> bool {
        let Some(unit) = unit else {
            return false;
        };
        let Some(currency) = self.currencies.get(key(unit).as_ref()).cloned() else {
            return false;
        };
        let Some((_, codes)) = coerce::currency_mark(row.get(col)) else {
            return false;
        };
        if codes.contains(&currency.as_str()) {
            return false;
        }
        let at = At {
            unit: Some(unit),
            loc: Some(sheet.layout.cell(row.row, col)),
            subject,
        };
        let what = Shortfall::OtherCurrency {
            sheet: sheet.layout.kind,
            col,
            value: coerce::describe(row.get(col)),
            currency,
        };
        self.push(at, what);
        true
    }

    /// Reads an amount of money: a number, not marked with another currency than its unit's.
    fn money(
        &mut self,
        sheet: &Found,
        row: &Row,
        col: Col,
        unit: Option<&str>,
        subject: &str,
    ) -> Option<f64> {
        if self.currency_conflict(sheet, row, col, unit, subject) {
            return None;
        }
        self.read(sheet, row, col, unit, subject, coerce::number)
            .ok()
            .flatten()
    }

    /// Reads a required key cell (an ID or a name); empty or unreadable is a problem and `None`.
    fn key_cell(
        &mut self,
        sheet: &Found,
        row: &Row,
        col: Col,
        unit: Option<&str>,
        subject: &str,
        coerce: impl Fn(&RawValue) -> Result<Option<String>, Invalid>,
    ) -> Option<String> {
        match coerce(row.get(col)) {
            Ok(Some(v)) => Some(v),
            Ok(None) => {
                self.required_empty(sheet, row.row, col, unit, subject);
                None
            }
            Err(why) => {
                self.invalid(sheet, row.row, col, unit, subject, why);
                None
            }
        }
    }

    /// The unit a row belongs to: its Unit cell, else `fallback`, else the workbook's only unit.
    fn unit_of(
        &mut self,
        sheet: &Found,
        row: &Row,
        fallback: Option<&str>,
        subject: &str,
    ) -> Option<String> {
        match coerce::text(row.get(Col::Unit)) {
            Ok(Some(u)) => return Some(u),
            Ok(None) => {}
            Err(why) => {
                self.invalid(sheet, row.row, Col::Unit, None, subject, why);
                return None;
            }
        }
        if let Some(f) = fallback {
            return Some(f.to_string());
        }
        if let Some(u) = &self.single_unit {
            return Some(u.clone());
        }
        let why = Invalid {
            reason: Invalid::UNIT_NEEDED,
            value: String::new(),
        };
        self.invalid(sheet, row.row, Col::Unit, None, subject, why);
        None
    }
}

impl Builder<'_> {
    /// A person ID at (`row`, `col`) of `sheet` that is not on the Staff sheet; `reference`
    /// says whose it is.
    fn unknown_reference(
        &mut self,
        sheet: &Found,
        (row, col): (u32, Col),
        unit: &str,
        id: &str,
        reference: Reference,
    ) {
        let at = At {
            unit: Some(unit).filter(|u| !u.is_empty()),
            loc: Some(sheet.layout.cell(row, col)),
            subject: id,
        };
        let what = Shortfall::UnknownPerson {
            sheet: sheet.layout.kind,
            col,
            reference,
        };
        self.push(at, what);
    }
}

/// The people of the Staff sheet, found by a reference as people type it: the Person ID (the
/// number 12345 shown as `00012345` and the text `00012345` of an SAP export are one ID).
struct People {
    /// Person ID key → the ID as the Staff sheet writes it.
    by_id: HashMap<String, String>,
    /// An all-digit ID without its leading zeros → the ID as the Staff sheet writes it (`None`
    /// when two IDs of the sheet read alike).
    by_digits: HashMap<String, Option<String>>,
}

/// An all-digit ID without its leading zeros (`00012345` → `12345`); `None` for other IDs.
fn digits_key(id: &str) -> Option<&str> {
    let id = id.trim();
    if id.is_empty() || !id.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let stripped = id.trim_start_matches('0');
    Some(if stripped.is_empty() { "0" } else { stripped })
}

impl People {
    fn new(staff: &[Person]) -> People {
        let mut by_digits: HashMap<String, Option<String>> = HashMap::new();
        for p in staff {
            if let Some(d) = digits_key(&p.id) {
                by_digits
                    .entry(d.to_string())
                    .and_modify(|e| *e = None)
                    .or_insert_with(|| Some(p.id.clone()));
            }
        }
        People {
            by_id: staff
                .iter()
                .map(|p| (key(&p.id).into_owned(), p.id.clone()))
                .collect(),
            by_digits,
        }
    }

    /// The Staff sheet's spelling of a referenced ID, if it names someone there.
    fn id(&self, id: &str) -> Option<&str> {
        if let Some(found) = self.by_id.get(key(id).as_ref()) {
            return Some(found);
        }
        self.by_digits.get(digits_key(id)?)?.as_deref()
    }

    /// A reference as the Staff sheet writes it; unchanged when it names nobody there.
    fn resolve(&self, id: &mut String) {
        if let Some(found) = self.id(id)
            && found != id
        {
            *id = found.to_string();
        }
    }
}

/// Every person reference of the plan written as the Staff sheet writes the ID: the units'
/// coordinators and sponsors, the channels' owners and the deputies; a deputy given by a name
/// that one person of the unit bears is that person.
fn resolve_references(plan: &mut Plan, people: &People) {
    for u in &mut plan.units {
        u.coordinator
            .iter_mut()
            .chain(u.sponsor.iter_mut())
            .for_each(|id| people.resolve(id));
    }
    for c in &mut plan.channels {
        c.owner.iter_mut().for_each(|id| people.resolve(id));
    }
    // (unit, name, ID) of every person, gathered only when a deputy is no ID of the sheet.
    let staff = &plan.staff;
    let mut named: Option<Vec<(&str, &str, &str)>> = None;
    // (person, which of their deputies, the ID as the Staff sheet writes it).
    let mut found = Vec::new();
    for (i, p) in staff.iter().enumerate() {
        for (j, d) in p.deputy.iter().chain(&p.more_deputies).enumerate() {
            let id = match people.id(d) {
                Some(id) => Some(id),
                None => {
                    let named = named.get_or_insert_with(|| {
                        staff
                            .iter()
                            .filter_map(|o| {
                                Some((o.unit.as_str(), o.name.as_deref()?, o.id.as_str()))
                            })
                            .collect()
                    });
                    let mut namesakes = named
                        .iter()
                        .filter(|(unit, name, _)| same_key(unit, &p.unit) && same_key(name, d));
                    match (namesakes.next(), namesakes.next()) {
                        (Some(&(_, _, id)), None) => Some(id),
                        _ => None,
                    }
                }
            };
            if let Some(id) = id.filter(|id| id != d) {
                found.push((i, j, id.to_string()));
            }
        }
    }
    for (i, j, id) in found {
        let p = &mut plan.staff[i];
        match j {
            0 => p.deputy = Some(id),
            j => p.more_deputies[j - 1] = id,
        }
    }
}

/// Where a reading problem points, within the builder's workbook.
struct At<'a> {
    unit: Option<&'a str>,
    loc: Option<Loc>,
    subject: &'a str,
}

/// Builds the plan of one workbook and the problems met while reading it; `rule_code` knows the
/// rules a Waivers sheet may name.
pub fn build_plan(
    workbook: &str,
    sheets: &[RawSheet],
    rule_code: RuleCode<'_>,
) -> (Plan, Vec<ReadingProblem>) {
    let mut b = Builder {
        problems: Vec::new(),
        rule_code,
        single_unit: None,
        currencies: HashMap::new(),
    };
    if !is_a_plan(sheets) {
        let at = At {
            unit: None,
            loc: None,
            subject: "workbook",
        };
        b.push(at, Shortfall::NotAPlan);
        let plan = Plan {
            workbook: workbook.to_string(),
            ..Plan::default()
        };
        return (plan, b.problems);
    }
    let mut found: BTreeMap<SheetKind, Found> = BTreeMap::new();
    let mut reading = Reading::default();
    let mut unusable = Vec::new();
    for kind in SheetKind::ALL {
        let def = kind.def();
        let Some(sheet) = sheets.iter().find(|s| def.matches_name(&s.name)) else {
            if def.required {
                let at = At {
                    unit: None,
                    loc: None,
                    subject: def.name,
                };
                let found = sheets.iter().map(|s| s.name.clone()).collect();
                b.push(at, Shortfall::MissingSheet { sheet: kind, found });
                unusable.push(kind);
            }
            continue;
        };
        match find_sheet(&mut b, kind, sheet, &mut reading) {
            Some(f) => {
                found.insert(kind, f);
            }
            None if def.required => unusable.push(kind),
            None => {}
        }
    }

    let mut plan = Plan {
        workbook: workbook.to_string(),
        ..Plan::default()
    };
    read_units(&mut b, &found, &mut plan);
    read_staff(&mut b, &found, &mut plan);
    read_channels(&mut b, &found, &mut plan);
    let people = People::new(&plan.staff);
    resolve_references(&mut plan, &people);
    // Person ID key → the person's unit ("" when it has none), for the rows that name a person.
    let staff_units: HashMap<String, String> = plan
        .staff
        .iter()
        .map(|p| (key(&p.id).into_owned(), p.unit.clone()))
        .collect();
    read_allocations(&mut b, &found, &mut plan, &staff_units, &people);
    read_waivers(&mut b, &found, &mut plan);
    check_references(&mut b, &found, &plan, &staff_units);
    plan.layouts = found.into_iter().map(|(k, f)| (k, f.layout)).collect();
    plan.unusable = unusable;
    plan.reading = reading;
    (plan, b.problems)
}

/// Whether a workbook is a staffing plan at all: it has a Staff, Allocation or Channels sheet
/// (under any accepted name). A workbook without any (a canteen menu dropped into the folder)
/// gets one DATA001 and no unit, never a unit of zeros.
fn is_a_plan(sheets: &[RawSheet]) -> bool {
    [SheetKind::Staff, SheetKind::Allocation, SheetKind::Channels]
        .iter()
        .any(|kind| sheets.iter().any(|s| kind.def().matches_name(&s.name)))
}

/// One cell as the plan reads it: a cell of the sheet at its own place, or the first cell of a
/// merged range at a place the range covers.
#[derive(Clone, Copy)]
struct Slot<'a> {
    row: u32,
    col: u32,
    cell: &'a RawCell,
}

impl Slot<'_> {
    /// Whether the row itself fills this place: its own cell, not a merged range's value from
    /// above (which never makes a row a heading, a totals row or a row at all).
    fn filled_here(&self) -> bool {
        self.cell.row == self.row && !coerce::is_blank(&self.cell.value)
    }
}

/// The sheet's cells in row-major order, each merged range's value in every row it spans (in
/// its first column; a range across columns only is a title, read once).
fn slots(sheet: &RawSheet) -> Vec<Slot<'_>> {
    let mut slots: Vec<Slot> = sheet
        .cells
        .iter()
        .map(|cell| Slot {
            row: cell.row,
            col: cell.col,
            cell,
        })
        .collect();
    if !slots.is_sorted_by_key(|s| (s.row, s.col)) {
        slots.sort_by_key(|s| (s.row, s.col));
    }
    if sheet.merged.is_empty() {
        return slots;
    }
    let last_row = slots.last().map_or(0, |s| s.row);
    let at = |slots: &[Slot], row: u32, col: u32| {
        slots
            .binary_search_by_key(&(row, col), |s| (s.row, s.col))
            .ok()
    };
    let mut filled = Vec::new();
    for &(r1, c1, r2, _) in &sheet.merged {
        let Some(first) = at(&slots, r1, c1) else {
            continue;
        };
        let cell = slots[first].cell;
        for row in r1 + 1..=r2.min(last_row) {
            if at(&slots, row, c1).is_none() {
                filled.push(Slot { row, col: c1, cell });
            }
        }
    }
    if !filled.is_empty() {
        slots.extend(filled);
        slots.sort_by_key(|s| (s.row, s.col));
    }
    slots
}

/// A sheet's header row: where it is, the position of each known column, and the columns left
/// out where two name one field (field, position read, position left out).
struct HeaderRow {
    row: u32,
    columns: BTreeMap<Col, u32>,
    ignored: Vec<(Col, u32, u32)>,
}

/// The header row of a sheet: the row of the first `HEADER_SEARCH_ROWS` that names the most
/// known columns (at least two; the first such row on a tie), each known column at the cell
/// that names it most closely. Also the columns left out where two name one field.
fn header_row(def: &SheetDef, rows: &[&[Slot<'_>]]) -> Option<HeaderRow> {
    let mut best: Option<HeaderRow> = None;
    for cells in rows.iter().take_while(|c| c[0].row < HEADER_SEARCH_ROWS) {
        let mut columns: BTreeMap<Col, (u32, u8)> = BTreeMap::new();
        let mut ignored = Vec::new();
        for slot in cells.iter() {
            if slot.cell.row != slot.row {
                continue; // A merged range's value below its first row names nothing.
            }
            let RawValue::Text(t) = &slot.cell.value else {
                continue;
            };
            let Some((c, rank)) = def.match_header_ranked(t) else {
                continue;
            };
            match columns.get(&c.col) {
                None => {
                    columns.insert(c.col, (slot.col, rank));
                }
                Some(&(at, r)) if rank < r => {
                    ignored.push((c.col, slot.col, at));
                    columns.insert(c.col, (slot.col, rank));
                }
                Some(&(at, _)) => ignored.push((c.col, at, slot.col)),
            }
        }
        let better = best
            .as_ref()
            .is_none_or(|b| columns.len() > b.columns.len());
        if columns.len() >= 2 && better {
            best = Some(HeaderRow {
                row: cells[0].row,
                columns: columns.into_iter().map(|(c, (at, _))| (c, at)).collect(),
                ignored,
            });
        }
    }
    best
}

/// What a row below the header is, as a controller reading the sheet would take it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum RowKind {
    /// A row of the table.
    Data,
    /// A totals or subtotal row.
    Totals,
    /// A heading, a note or a repeated header row.
    Other,
}

/// Whether a formula totals the rows above: `SUBTOTAL(…)`/`AGGREGATE(…)`, or `SUM(…)` over a
/// range within one column (`SUM(D2:D9)`) or a table column (`SUM(Table1[Hours])`).
fn is_total_formula(formula: &str) -> bool {
    // OpenDocument writes `of:=SUM([.D2:.D9])`: the same once its references are plain.
    let (f, ods) = match formula.strip_prefix("of:") {
        Some(rest) => (rest, true),
        None => (formula, false),
    };
    let f = f.trim_start_matches(['=', '+']).trim_start();
    let f = f.strip_prefix("_xlfn.").unwrap_or(f).to_ascii_uppercase();
    let f = if ods {
        f.replace("[.", "").replace(":.", ":").replace(']', "")
    } else {
        f
    };
    if f.starts_with("SUBTOTAL(") || f.starts_with("AGGREGATE(") {
        return true;
    }
    let Some(args) = f.strip_prefix("SUM(") else {
        return false;
    };
    if args.contains('[') {
        return true;
    }
    // The first range A1:B2 of the arguments: one column, more than one row.
    let range: String = args
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, ':' | '$'))
        .filter(|c| *c != '$')
        .collect();
    let Some((from, to)) = range.split_once(':') else {
        return false;
    };
    let split = |r: &str| {
        let letters: String = r.chars().take_while(char::is_ascii_alphabetic).collect();
        let digits = r[letters.len()..].to_string();
        (letters, digits)
    };
    let ((c1, r1), (c2, r2)) = (split(from), split(to));
    !c1.is_empty() && c1 == c2 && r1 != r2
}

/// A row with one text cell: a heading over a block (`Abteilung Marketing`), a footnote
/// (`* Stand: 01.11.2026`) or a note, when the text could not be the row's one value:
/// it stands outside the table's columns, starts with a footnote mark or ends with a colon, or
/// (on Staff and Allocation, whose rows need two values) it has a blank or no digit.
fn is_heading(kind: SheetKind, cells: &[Slot<'_>], col_of: &[Option<Col>]) -> bool {
    let mut filled = cells.iter().filter(|s| s.filled_here());
    let (Some(only), None) = (filled.next(), filled.next()) else {
        return false;
    };
    let RawValue::Text(t) = &only.cell.value else {
        return false;
    };
    let t = t.trim();
    let outside = !matches!(col_of.get(only.col as usize), Some(Some(_)));
    let note = t.starts_with(['*', '¹', '²', '³', '†', '(']) || t.ends_with(':');
    let needs_two = matches!(kind, SheetKind::Staff | SheetKind::Allocation);
    outside
        || note
        || (needs_two && (t.contains(char::is_whitespace) || !t.contains(char::is_numeric)))
}

/// Whether a row names the sheet's columns again (a second header row under the first, in
/// another language, or a header repeated over a block): two or more of its texts are headers.
/// Such a row holds text only, and no digit (no header name has one), which rules out rows of
/// data before any header is looked up.
fn is_header_again(def: &SheetDef, cells: &[Slot<'_>]) -> bool {
    let words_only = cells.iter().filter(|s| s.filled_here()).all(
        |s| matches!(&s.cell.value, RawValue::Text(t) if !t.bytes().any(|b| b.is_ascii_digit())),
    );
    if !words_only {
        return false;
    }
    let mut texts = cells
        .iter()
        .filter(|s| s.filled_here())
        .filter_map(|s| match &s.cell.value {
            RawValue::Text(t) => Some(t),
            _ => None,
        });
    // The first text decides cheaply for the rows of data.
    let Some(first) = texts.next() else {
        return false;
    };
    def.match_header(first).is_some() && texts.any(|t| def.match_header(t).is_some())
}

/// Whether the first row of a block after blank rows starts a legend (`SMM | Social Media
/// Manager`): at most two cells, all text, and a required value missing or a value that is not
/// of its column's type.
fn is_legend(def: &SheetDef, cells: &[Slot<'_>], values: &[Option<&RawValue>; Col::COUNT]) -> bool {
    let mut filled = cells.iter().filter(|s| s.filled_here());
    let small = filled.clone().count() <= 2;
    if !small || !filled.all(|s| matches!(s.cell.value, RawValue::Text(_))) {
        return false;
    }
    def.columns.iter().any(|c| match values[c.col as usize] {
        None => c.required,
        Some(v) => !fits(c.value_type, v),
    })
}

/// Whether a value can be read as a column's type (its vocabulary, a number, a share).
fn fits(value_type: ValueType, value: &RawValue) -> bool {
    let word = |parse: fn(&str) -> bool| match value {
        RawValue::Text(t) => parse(t),
        _ => false,
    };
    match value_type {
        ValueType::Number | ValueType::Hours | ValueType::Money | ValueType::WholeNumber => {
            coerce::hours(value).is_ok()
        }
        ValueType::Share => coerce::share(value).is_ok(),
        ValueType::YesNo => coerce::yes_no(value).is_ok(),
        ValueType::Status => word(|t| Status::parse(t).is_some()),
        ValueType::OrgForm => word(|t| OrgForm::parse(t).is_some()),
        ValueType::Employment => word(|t| Employment::parse(t).is_some()),
        _ => true,
    }
}

/// What a row below the header is: totals (its first filled cell is a totals word, or a cell
/// totals the rows above by formula), a heading or note, a header again, or data.
fn row_kind(def: &SheetDef, cells: &[Slot<'_>], col_of: &[Option<Col>]) -> RowKind {
    let first = cells.iter().find(|s| s.filled_here());
    let labelled = matches!(first, Some(s) if matches!(&s.cell.value, RawValue::Text(t) if contract::is_total_label(t)));
    let summed = cells
        .iter()
        .any(|s| s.cell.row == s.row && s.cell.formula.as_deref().is_some_and(is_total_formula));
    if labelled || summed {
        RowKind::Totals
    } else if is_heading(def.kind, cells, col_of) || is_header_again(def, cells) {
        RowKind::Other
    } else {
        RowKind::Data
    }
}

/// Finds the header row and the data rows of one contract sheet; raises DATA001 for a missing
/// header row or required column (then the sheet counts as absent). Totals rows, headings,
/// notes, repeated header rows and a legend after the table are left out and counted.
fn find_sheet<'a>(
    b: &mut Builder,
    kind: SheetKind,
    sheet: &'a RawSheet,
    reading: &mut Reading,
) -> Option<Found<'a>> {
    let def = kind.def();
    // Cells in row-major order (merged ranges filled), so each row is one run of cells.
    let ordered = slots(sheet);
    let rows: Vec<&[Slot<'a>]> = ordered.chunk_by(|a, b| a.row == b.row).collect();
    let Some(HeaderRow {
        row: header_row,
        columns,
        ignored,
    }) = header_row(def, &rows)
    else {
        let at = At {
            unit: None,
            loc: Some(Loc::new(sheet.name.clone(), 0, 0)),
            subject: def.name,
        };
        let what = Shortfall::NoHeaderRow {
            sheet: kind,
            rows_searched: HEADER_SEARCH_ROWS,
        };
        b.push(at, what);
        return None;
    };
    let header_text = |col: u32| {
        rows.iter()
            .find(|r| r[0].row == header_row)
            .and_then(|r| r.iter().find(|s| s.col == col))
            .map(|s| coerce::describe(&s.cell.value))
            .unwrap_or_default()
    };
    // (A header is text: it is how the cell was matched to its column.)
    let headers = columns
        .iter()
        .filter_map(|(&c, &at)| {
            let row = rows.iter().find(|r| r[0].row == header_row)?;
            match &row.iter().find(|s| s.col == at)?.cell.value {
                RawValue::Text(text) => Some((c, text.trim().to_string())),
                _ => None,
            }
        })
        .collect();
    let layout = SheetLayout {
        kind,
        name: sheet.name.clone(),
        header_row,
        columns,
        headers,
    };
    for (col, used, left) in ignored {
        reading.columns.push(ColumnChoice {
            sheet: sheet.name.clone(),
            field: kind.header(col).to_string(),
            used: format!(
                "{} {}",
                crate::model::a1(header_row, used),
                header_text(used)
            ),
            ignored: format!(
                "{} {}",
                crate::model::a1(header_row, left),
                header_text(left)
            ),
        });
    }
    let mut missing_required = false;
    for column in def.columns.iter().filter(|c| c.required) {
        if !layout.columns.contains_key(&column.col) {
            missing_required = true;
            let at = At {
                unit: None,
                loc: Some(layout.header_cell(column.col)),
                subject: column.header,
            };
            let what = Shortfall::MissingColumn {
                sheet: kind,
                col: column.col,
            };
            b.push(at, what);
        }
    }
    if kind == SheetKind::Allocation
        && !layout.columns.contains_key(&Col::Hours)
        && !layout.columns.contains_key(&Col::Share)
    {
        missing_required = true;
        let at = At {
            unit: None,
            loc: Some(layout.header_cell(Col::PersonId)),
            subject: kind.header(Col::Hours),
        };
        b.push(at, Shortfall::NoHoursOrShare { sheet: kind });
    }
    if missing_required {
        return None;
    }
    // Sheet column index → contract column.
    let width = layout.columns.values().max().map_or(0, |&c| c as usize + 1);
    let mut col_of: Vec<Option<Col>> = vec![None; width];
    for (&col, &c) in &layout.columns {
        col_of[c as usize] = Some(col);
    }
    // One row of data per row of the sheet at most, reserved at once (a row is a few hundred
    // bytes: growing by doubling copied them again and again).
    let mut data = Vec::with_capacity(rows.len());
    // A gap of blank rows starts a block; a block whose first row is a small table of its own
    // (a legend under the main one) is left out up to the next gap.
    let mut previous = header_row;
    let mut fresh_block = false;
    let mut in_legend = false;
    for cells in rows.iter().filter(|cells| cells[0].row > header_row) {
        let row = cells[0].row;
        let mut values = [None; Col::COUNT];
        let mut any = false;
        for slot in cells.iter() {
            if let Some(Some(col)) = col_of.get(slot.col as usize)
                && !coerce::is_blank(&slot.cell.value)
            {
                values[*col as usize] = Some(&slot.cell.value);
                any = true;
            }
        }
        let filled = cells.iter().any(Slot::filled_here);
        if !filled {
            continue;
        }
        if row > previous + 1 {
            fresh_block = true;
            in_legend = false;
        }
        previous = row;
        if in_legend {
            reading.other_rows += 1;
            continue;
        }
        let kind = if sheet.totals_rows.contains(&row) {
            RowKind::Totals
        } else {
            row_kind(def, cells, &col_of)
        };
        match kind {
            RowKind::Totals => {
                reading.totals_rows += 1;
                continue;
            }
            RowKind::Other => {
                reading.other_rows += 1;
                continue;
            }
            RowKind::Data => {}
        }
        if !any {
            continue;
        }
        if std::mem::take(&mut fresh_block) && !data.is_empty() && is_legend(def, cells, &values) {
            in_legend = true;
            reading.other_rows += 1;
            continue;
        }
        data.push(Row { row, values });
    }
    Some(Found { layout, rows: data })
}

fn read_units(b: &mut Builder, found: &BTreeMap<SheetKind, Found>, plan: &mut Plan) {
    if let Some(sheet) = found.get(&SheetKind::Units) {
        let mut seen: HashMap<String, u32> = HashMap::new();
        for row in &sheet.rows {
            let Some(name) = b.key_cell(sheet, row, Col::Unit, None, "Unit", coerce::text) else {
                continue;
            };
            if let Some(first) = seen.get(key(&name).as_ref()) {
                let at = At {
                    unit: Some(&name),
                    loc: Some(sheet.layout.cell(row.row, Col::Unit)),
                    subject: &name,
                };
                b.push(at, duplicate(Duplicated::Unit, *first, row.row));
                continue;
            }
            seen.insert(key(&name).into_owned(), row.row);
            let u = Some(name.as_str());
            let mut unit = Unit::named(name.clone());
            unit.row = Some(row.row);
            unit.country = b
                .read(sheet, row, Col::Country, u, &name, coerce::text)
                .ok()
                .flatten()
                .map(|c| contract::country_code(&c).map_or(c, str::to_string));
            unit.employees = b
                .read(sheet, row, Col::Employees, u, &name, coerce::whole_number)
                .ok()
                .flatten();
            unit.org_form = b
                .read(sheet, row, Col::OrgForm, u, &name, |v| {
                    vocab(v, OrgForm::parse)
                })
                .ok()
                .flatten();
            unit.coordinator = b
                .read(sheet, row, Col::Coordinator, u, &name, coerce::person_id)
                .ok()
                .flatten();
            unit.sponsor = b
                .read(sheet, row, Col::Sponsor, u, &name, coerce::person_id)
                .ok()
                .flatten();
            unit.guidelines = b
                .read(sheet, row, Col::Guidelines, u, &name, coerce::yes_no)
                .ok()
                .flatten();
            if let Some(c) = b
                .read(sheet, row, Col::Currency, u, &name, coerce::text)
                .ok()
                .flatten()
            {
                unit.currency = c.to_uppercase();
                b.currencies
                    .insert(key(&name).into_owned(), unit.currency.clone());
            }
            unit.hourly_rate = b.money(sheet, row, Col::HourlyRate, u, &name);
            unit.budget = b.money(sheet, row, Col::UnitBudget, u, &name);
            plan.units.push(unit);
        }
    } else {
        // Units come from the Unit columns of the other sheets, else from the file name.
        let mut names: Vec<String> = Vec::new();
        for kind in [SheetKind::Staff, SheetKind::Channels, SheetKind::Allocation] {
            if let Some(sheet) = found.get(&kind) {
                for row in &sheet.rows {
                    if let Ok(Some(n)) = coerce::text(row.get(Col::Unit))
                        && !names.iter().any(|x| key(x) == key(&n))
                    {
                        names.push(n);
                    }
                }
            }
        }
        if names.is_empty() {
            names.push(file_stem(&plan.workbook));
        }
        plan.units = names.into_iter().map(Unit::named).collect();
    }
    if plan.units.len() == 1 {
        b.single_unit = Some(plan.units[0].name.clone());
    }
}

/// The workbook's file name without folders and extension.
fn file_stem(workbook: &str) -> String {
    let name = workbook.rsplit('/').next().unwrap_or(workbook);
    match name.rsplit_once('.') {
        Some((stem, _)) if !stem.is_empty() => stem.to_string(),
        _ => name.to_string(),
    }
}

/// A word of a vocabulary (role, status, organisation form, employment); an unknown word is
/// invalid (the DATA002 message lists the column's words).
fn vocab<T>(value: &RawValue, parse: impl Fn(&str) -> Option<T>) -> Result<Option<T>, Invalid> {
    match coerce::text(value)? {
        None => Ok(None),
        Some(t) => parse(&t).map(Some).ok_or_else(|| Invalid {
            reason: Invalid::NOT_IN_VOCABULARY,
            value: format!("\"{t}\""),
        }),
    }
}

/// The unit's canonical name if the plan knows it; an unknown unit is a reading problem and is
/// added to the plan so its rows are still checked.
fn resolve_unit(
    b: &mut Builder,
    plan: &mut Plan,
    sheet: &Found,
    row: u32,
    name: String,
    subject: &str,
) -> String {
    if let Some(u) = plan.unit(&name) {
        return u.name.clone();
    }
    let at = At {
        unit: Some(&name),
        loc: Some(sheet.layout.cell(row, Col::Unit)),
        subject: &name,
    };
    let what = Shortfall::UnknownUnit {
        row_subject: subject.to_string(),
    };
    b.push(at, what);
    plan.units.push(Unit::named(name.clone()));
    name
}

fn read_staff(b: &mut Builder, found: &BTreeMap<SheetKind, Found>, plan: &mut Plan) {
    let Some(sheet) = found.get(&SheetKind::Staff) else {
        return;
    };
    let mut seen: HashMap<String, u32> = HashMap::with_capacity(sheet.rows.len());
    plan.staff.reserve(sheet.rows.len());
    for row in &sheet.rows {
        let Some(id) = b.key_cell(
            sheet,
            row,
            Col::PersonId,
            None,
            "Person ID",
            coerce::person_id,
        ) else {
            continue;
        };
        let unit = b
            .unit_of(sheet, row, None, &id)
            .map(|u| resolve_unit(b, plan, sheet, row.row, u, &id))
            .unwrap_or_default();
        let u = Some(unit.as_str()).filter(|u| !u.is_empty());
        if let Some(first) = seen.get(key(&id).as_ref()) {
            let at = At {
                unit: u,
                loc: Some(sheet.layout.cell(row.row, Col::PersonId)),
                subject: &id,
            };
            b.push(at, duplicate(Duplicated::Person, *first, row.row));
            continue;
        }
        seen.insert(key(&id).into_owned(), row.row);
        let role_text = coerce::text(row.get(Col::Role)).ok().flatten();
        let weekly_hours = match b.read(sheet, row, Col::WeeklyHours, u, &id, coerce::hours) {
            Ok(Some(h)) => Some(h),
            Ok(None) => {
                b.required_empty(sheet, row.row, Col::WeeklyHours, u, &id);
                None
            }
            Err(()) => None,
        };
        let mut deputies = b
            .read(sheet, row, Col::Deputy, u, &id, |v| {
                coerce::person_ids(v).map(Some)
            })
            .ok()
            .flatten()
            .unwrap_or_default()
            .into_iter();
        let person = Person {
            id: id.clone(),
            row: row.row,
            name: b
                .read(sheet, row, Col::Name, u, &id, coerce::text)
                .ok()
                .flatten(),
            unit: unit.clone(),
            department: b
                .read(sheet, row, Col::Department, u, &id, coerce::text)
                .ok()
                .flatten(),
            role: role_text.as_deref().and_then(Role::parse),
            role_text,
            weekly_hours,
            hourly_cost: b.money(sheet, row, Col::HourlyCost, u, &id),
            annual_cost: b.money(sheet, row, Col::AnnualCost, u, &id),
            deputy: deputies.next(),
            more_deputies: deputies.collect(),
            employment: b
                .read(sheet, row, Col::Employment, u, &id, |v| {
                    vocab(v, Employment::parse)
                })
                .ok()
                .flatten(),
        };
        plan.staff.push(person);
    }
}

/// The workbook's own waivers. A row without rule, reason, approver or a date is a DATA002 on
/// its cell and accepts nothing.
fn read_waivers(b: &mut Builder, found: &BTreeMap<SheetKind, Found>, plan: &mut Plan) {
    let Some(sheet) = found.get(&SheetKind::Waivers) else {
        return;
    };
    for row in &sheet.rows {
        let text = |col| coerce::text(row.get(col)).ok().flatten();
        let (unit, subject, id) = (text(Col::Unit), text(Col::Subject), text(Col::FindingId));
        // Findings about the row name it by what it says: rule, subject or id.
        let rule_text = text(Col::Rule).unwrap_or_default();
        let about = [Some(&rule_text), subject.as_ref(), id.as_ref()]
            .into_iter()
            .flatten()
            .filter(|s| !s.is_empty())
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join(" ");
        let u = unit
            .as_deref()
            .or(b.single_unit.as_deref())
            .map(str::to_string);
        let u = u.as_deref();
        let rule_code = b.rule_code;
        let rule = b.key_cell(sheet, row, Col::Rule, u, &about, |v| {
            coerce::rule(v, rule_code)
        });
        let reason = b.key_cell(sheet, row, Col::Reason, u, &about, coerce::text);
        let approved_by = b.key_cell(sheet, row, Col::ApprovedBy, u, &about, coerce::text);
        let valid_until = match b.read(sheet, row, Col::ValidUntil, u, &about, coerce::date) {
            Ok(Some(date)) => Some(date),
            Ok(None) => {
                b.required_empty(sheet, row.row, Col::ValidUntil, u, &about);
                None
            }
            Err(()) => None,
        };
        let (Some(rule), Some(reason), Some(approved_by), Some(valid_until)) =
            (rule, reason, approved_by, valid_until)
        else {
            continue;
        };
        plan.waivers.push(WaiverRow {
            waiver: crate::model::Waiver {
                rule,
                unit,
                subject,
                id,
                reason,
                approved_by,
                valid_until,
            },
            loc: sheet.layout.cell(row.row, Col::Rule),
        });
    }
}

fn read_channels(b: &mut Builder, found: &BTreeMap<SheetKind, Found>, plan: &mut Plan) {
    let Some(sheet) = found.get(&SheetKind::Channels) else {
        return;
    };
    let mut seen: HashMap<(String, String), u32> = HashMap::with_capacity(sheet.rows.len());
    plan.channels.reserve(sheet.rows.len());
    for row in &sheet.rows {
        let Some(name) = b.key_cell(sheet, row, Col::Channel, None, "Channel", coerce::text) else {
            continue;
        };
        let Some(unit) = b.unit_of(sheet, row, None, &name) else {
            continue;
        };
        let unit = resolve_unit(b, plan, sheet, row.row, unit, &name);
        let u = Some(unit.as_str());
        let k = (key(&unit).into_owned(), key(&name).into_owned());
        if let Some(first) = seen.get(&k) {
            let at = At {
                unit: u,
                loc: Some(sheet.layout.cell(row.row, Col::Channel)),
                subject: &name,
            };
            b.push(at, duplicate(Duplicated::Channel, *first, row.row));
            continue;
        }
        seen.insert(k, row.row);
        let budget = match coerce::budget(row.get(Col::Budget)) {
            _ if b.currency_conflict(sheet, row, Col::Budget, u, &name) => Budget::Invalid,
            Ok(bu) => bu,
            Err(why) => {
                b.invalid(sheet, row.row, Col::Budget, u, &name, why);
                Budget::Invalid
            }
        };
        // A status the reader does not know is a DATA002 and not active (no guessing).
        let status = match b.read(sheet, row, Col::Status, u, &name, |v| {
            vocab(v, Status::parse)
        }) {
            Ok(status) => status.unwrap_or_default(),
            Err(()) => Status::Unknown,
        };
        plan.channels.push(Channel {
            row: row.row,
            unit: unit.clone(),
            name: name.clone(),
            status,
            posts_per_week: b
                .read(sheet, row, Col::Posts, u, &name, coerce::number)
                .ok()
                .flatten(),
            required_hours: b
                .read(sheet, row, Col::RequiredHours, u, &name, coerce::hours)
                .ok()
                .flatten(),
            budget,
            response_time: b
                .read(sheet, row, Col::ResponseTime, u, &name, coerce::hours)
                .ok()
                .flatten(),
            owner: b
                .read(sheet, row, Col::Owner, u, &name, coerce::person_id)
                .ok()
                .flatten(),
        });
    }
}

fn read_allocations(
    b: &mut Builder,
    found: &BTreeMap<SheetKind, Found>,
    plan: &mut Plan,
    staff_units: &HashMap<String, String>,
    people: &People,
) {
    let Some(sheet) = found.get(&SheetKind::Allocation) else {
        return;
    };
    plan.allocations.reserve(sheet.rows.len());
    for row in &sheet.rows {
        let mut invalid = false;
        let Some(mut person) = b.key_cell(
            sheet,
            row,
            Col::PersonId,
            None,
            "Person ID",
            coerce::person_id,
        ) else {
            continue;
        };
        people.resolve(&mut person);
        let known = staff_units.get(key(&person).as_ref());
        let person_unit = known.filter(|u| !u.is_empty()).cloned();
        let Some(channel) = b.key_cell(
            sheet,
            row,
            Col::Channel,
            person_unit.as_deref(),
            &person,
            coerce::text,
        ) else {
            continue;
        };
        let row_unit = coerce::text(row.get(Col::Unit)).ok().flatten();
        if known.is_none()
            && row_unit.is_none()
            && b.single_unit.is_none()
            && found.contains_key(&SheetKind::Staff)
        {
            // Nobody on the Staff sheet and no unit to file the row under: the unknown ID is
            // what is wrong (DATA003 on it), not the empty Unit cell.
            let reference = Reference::Allocation {
                channel: channel.clone(),
            };
            b.unknown_reference(sheet, (row.row, Col::PersonId), "", &person, reference);
            continue;
        }
        let Some(unit) = b.unit_of(sheet, row, person_unit.as_deref(), &channel) else {
            continue;
        };
        let unit = resolve_unit(b, plan, sheet, row.row, unit, &channel);
        let u = Some(unit.as_str());
        let hours = b.read(sheet, row, Col::Hours, u, &channel, coerce::hours);
        let share = b.read(sheet, row, Col::Share, u, &channel, coerce::share);
        invalid |= hours.is_err() || share.is_err();
        let (hours, share) = (hours.ok().flatten(), share.ok().flatten());
        if !invalid && hours.is_none() && share.is_none() {
            invalid = true;
            let col = if sheet.layout.columns.contains_key(&Col::Hours) {
                Col::Hours
            } else {
                Col::Share
            };
            let why = Invalid {
                reason: Invalid::NO_HOURS_OR_SHARE,
                value: String::new(),
            };
            b.invalid(sheet, row.row, col, u, &channel, why);
        }
        if known.is_none() {
            // Raised as DATA003 in check_references; the row cannot be counted.
            invalid = true;
        }
        let task_text = coerce::text(row.get(Col::Task)).ok().flatten();
        plan.allocations.push(Allocation {
            row: row.row,
            person,
            channel,
            unit,
            task: task_text.as_deref().and_then(Task::parse),
            task_text,
            hours,
            share,
            invalid,
        });
    }
}

/// DATA003: every person ID named in Allocation, Deputy, Coordinator, Executive sponsor and Owner
/// must be on the Staff sheet.
fn check_references(
    b: &mut Builder,
    found: &BTreeMap<SheetKind, Found>,
    plan: &Plan,
    staff_units: &HashMap<String, String>,
) {
    if !found.contains_key(&SheetKind::Staff) {
        return; // DATA001 already says the Staff sheet is missing.
    }
    let known = |id: &str| staff_units.contains_key(key(id).as_ref());
    let unknown = |b: &mut Builder,
                   (kind, row, col): (SheetKind, u32, Col),
                   unit: &str,
                   id: &str,
                   reference: Reference| {
        if let Some(sheet) = found.get(&kind) {
            b.unknown_reference(sheet, (row, col), unit, id, reference);
        }
    };
    for a in plan.allocations.iter().filter(|a| !known(&a.person)) {
        unknown(
            b,
            (SheetKind::Allocation, a.row, Col::PersonId),
            &a.unit,
            &a.person,
            Reference::Allocation {
                channel: a.channel.clone(),
            },
        );
    }
    for p in &plan.staff {
        for d in p
            .deputy
            .iter()
            .chain(&p.more_deputies)
            .filter(|d| !known(d))
        {
            let namesakes = plan
                .staff
                .iter()
                .filter(|o| {
                    same_key(&o.unit, &p.unit) && o.name.as_deref().is_some_and(|n| same_key(n, d))
                })
                .count();
            unknown(
                b,
                (SheetKind::Staff, p.row, Col::Deputy),
                &p.unit,
                d,
                Reference::Deputy {
                    of: p.id.clone(),
                    namesakes,
                },
            );
        }
    }
    for u in &plan.units {
        let Some(row) = u.row else { continue };
        if let Some(c) = u.coordinator.as_deref().filter(|c| !known(c)) {
            unknown(
                b,
                (SheetKind::Units, row, Col::Coordinator),
                &u.name,
                c,
                Reference::Coordinator,
            );
        }
        if let Some(s) = u.sponsor.as_deref().filter(|s| !known(s)) {
            unknown(
                b,
                (SheetKind::Units, row, Col::Sponsor),
                &u.name,
                s,
                Reference::Sponsor,
            );
        }
    }
    for c in &plan.channels {
        if let Some(o) = c.owner.as_deref().filter(|o| !known(o)) {
            unknown(
                b,
                (SheetKind::Channels, c.row, Col::Owner),
                &c.unit,
                o,
                Reference::Owner {
                    channel: c.name.clone(),
                },
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contract::Lang;
    use crate::findings::Finding;
    use crate::rules::data::NOT_A_PLAN;

    /// The plan and the DATA findings the rules make of its reading problems.
    fn build_plan(workbook: &str, sheets: &[RawSheet]) -> (Plan, Vec<Finding>) {
        let rule_code = |t: &str| crate::rules::rule(t).map(|r| r.code);
        let (plan, problems) = super::build_plan(workbook, sheets, &rule_code);
        (plan, crate::rules::data::findings(workbook, &problems))
    }

    /// A sheet from rows of cells; `""` is an empty cell, a text that parses as a plain number
    /// is a number cell.
    fn sheet(name: &str, rows: &[&[&str]]) -> RawSheet {
        let mut cells = Vec::new();
        for (r, row) in rows.iter().enumerate() {
            for (c, text) in row.iter().enumerate() {
                if text.is_empty() {
                    continue;
                }
                let value = match text.parse::<f64>() {
                    Ok(n) => RawValue::Number(n),
                    Err(_) => RawValue::Text(text.to_string()),
                };
                cells.push(RawCell {
                    row: r as u32,
                    col: c as u32,
                    value,
                    formula: None,
                });
            }
        }
        RawSheet {
            name: name.into(),
            cells,
            merged: Vec::new(),
            totals_rows: Vec::new(),
        }
    }

    fn codes(findings: &[Finding]) -> Vec<String> {
        findings
            .iter()
            .map(|f| {
                format!(
                    "{} {}",
                    f.rule,
                    f.loc.as_ref().map(|l| l.a1()).unwrap_or_default()
                )
            })
            .collect()
    }

    #[test]
    fn a_currency_mark_that_contradicts_the_units_currency_is_data002() {
        let sheets = [
            sheet("Units", &[&["Unit", "Currency"], &["PL", "EUR"]]),
            sheet(
                "Staff",
                &[
                    &["Person ID", "Name", "Weekly hours", "Unit", "Annual cost"],
                    &["1", "Ada", "40", "PL", "400 000 zł"],
                    &["2", "Ben", "40", "PL", "60.000 €"],
                ],
            ),
            sheet(
                "Channels",
                &[
                    &["Channel", "Unit", "Budget"],
                    &["LinkedIn", "PL", "12 000 PLN"],
                    &["X", "PL", "EUR 500"],
                ],
            ),
        ];
        let (plan, findings) = build_plan("pl.xlsx", &sheets);
        let data002: Vec<&Finding> = findings.iter().filter(|f| f.rule == "DATA002").collect();
        assert_eq!(
            codes(&findings)
                .iter()
                .filter(|c| c.starts_with("DATA002"))
                .count(),
            2
        );
        assert_eq!(data002[0].loc.as_ref().unwrap().a1(), "E2");
        assert_eq!(
            data002[0].message(Lang::En),
            "Annual cost in Staff!E2: \"400 000 zł\" is in another currency than EUR, the \
             Currency of unit 'PL' on the Units sheet."
        );
        assert_eq!(
            data002[0].message(Lang::De),
            "Jahreskosten in Staff!E2: \"400 000 zł\" ist in einer anderen Währung als EUR, der \
             Währung der Einheit 'PL' auf dem Blatt Einheiten."
        );
        assert_eq!(data002[1].loc.as_ref().unwrap().a1(), "C2");
        assert!(
            data002[1]
                .message(Lang::En)
                .contains("\"12 000 PLN\" is in another currency than EUR")
        );
        assert_eq!(plan.staff[0].annual_cost, None);
        assert_eq!(plan.staff[1].annual_cost, Some(60_000.0));
        assert_eq!(plan.channels[0].budget, Budget::Invalid);
        assert_eq!(plan.channels[1].budget, Budget::Amount(500.0));
    }

    #[test]
    fn without_a_currency_on_units_any_currency_mark_is_an_amount() {
        let sheets = [sheet(
            "Channels",
            &[&["Channel", "Budget"], &["LinkedIn", "400 000 zł"]],
        )];
        let (plan, findings) = build_plan("pl.xlsx", &sheets);
        assert!(
            !codes(&findings).iter().any(|c| c.starts_with("DATA002")),
            "{findings:#?}"
        );
        assert_eq!(plan.channels[0].budget, Budget::Amount(400_000.0));
    }

    #[test]
    fn a_deputys_hours_count_though_their_weekly_hours_are_invalid() {
        let sheets = [
            sheet(
                "Staff",
                &[
                    &["Person ID", "Name", "Weekly hours", "Deputy"],
                    &["1", "Ada", "40", "2"],
                    &["2", "Ben", "forty", "1"],
                ],
            ),
            sheet(
                "Allocation",
                &[
                    &["Person ID", "Channel", "Hours per week"],
                    &["1", "LinkedIn", "30"],
                    &["2", "LinkedIn", "10"],
                ],
            ),
            sheet(
                "Channels",
                &[&["Channel", "Posts per week"], &["LinkedIn", "3"]],
            ),
        ];
        let (plan, load) = build_plan("deputy.xlsx", &sheets);
        assert_eq!(codes(&load), ["DATA002 C3"]);
        let (findings, units) =
            crate::rules::check_workbook(&plan, load, &crate::config::Config::default());
        assert!(
            !findings
                .iter()
                .any(|f| f.rule == "SPOF003" || f.rule == "SPOF001"),
            "the deputy has 10 h on LinkedIn: {findings:#?}"
        );
        assert_eq!(units[0].allocated_hours, 40.0);
        assert_eq!(units[0].people, 2);
    }

    #[test]
    fn a_missing_sheet_keeps_the_sheets_the_workbook_has() {
        let sheets = [
            sheet(
                "Mitarbeiter",
                &[&["Personalnummer", "Wochenstunden"], &["P1", "40"]],
            ),
            sheet("Kanäle", &[&["Kanal", "Status"], &["LinkedIn", "aktiv"]]),
        ];
        let (_, findings) = build_plan("x.xlsx", &sheets);
        let missing: Vec<&Finding> = findings.iter().filter(|f| f.rule == "DATA001").collect();
        assert_eq!(missing.len(), 1, "{findings:#?}");
        assert_eq!(missing[0].subject, "Allocation");
        // The sheets it has are among the finding's figures, for the message to name them.
        assert_eq!(
            missing[0].data.sheets().map(Vec::as_slice),
            Some(&["Mitarbeiter".to_string(), "Kanäle".to_string()][..])
        );
    }

    #[test]
    fn a_workbook_without_staff_allocation_or_channels_is_no_plan() {
        let sheets = [sheet("Menu", &[&["Day", "Dish"], &["Monday", "Goulash"]])];
        let (plan, findings) = build_plan("menu.xlsx", &sheets);
        assert_eq!(findings.len(), 1);
        assert_eq!(findings[0].rule, "DATA001");
        assert_eq!(
            findings[0].message(Lang::En),
            "Not a staffing plan: none of the sheets Staff, Allocation, Channels was found."
        );
        assert_eq!(findings[0].data.reason().copied(), Some(NOT_A_PLAN));
        assert!(plan.units.is_empty() && plan.staff.is_empty());
        // One of the three is enough to be a plan (the others are then missing).
        let (_, findings) = build_plan("x.xlsx", &[sheet("Mitarbeiter", &[&["Personalnummer"]])]);
        assert!(
            findings
                .iter()
                .all(|f| f.data.reason().copied() != Some(NOT_A_PLAN))
        );
    }

    #[test]
    fn formulas_that_total_the_rows_above() {
        for f in [
            "SUM(D2:D9)",
            "sum($D$2:$D$9)",
            "SUBTOTAL(109,Table1[Hours])",
            "_xlfn.AGGREGATE(9,5,D2:D9)",
            "SUM(Table1[Hours])",
            "of:=SUM([.D2:.D9])",
            "of:=SUBTOTAL(9;[.D2:.D9])",
        ] {
            assert!(is_total_formula(f), "{f}");
        }
        for f in [
            "SUM(B5:F5)",
            "C5*0.5",
            "SUM(B5,C5)",
            "of:=SUM([.B5:.F5])",
            "D2",
        ] {
            assert!(!is_total_formula(f), "{f}");
        }
    }

    #[test]
    fn the_header_row_is_the_best_match_and_data_ends_at_totals_and_notes() {
        let sheets = [sheet(
            "Staff",
            &[
                &["Gesellschaft:", "ACME", "Bereich:", "Marketing"],
                &["Person ID", "Name", "Weekly hours", "Bereich"],
                &["Personalnummer", "Name", "Wochenstunden", "Abteilung"],
                &["1", "Ada", "40", "Marketing"],
                &["Summe", "", "40", ""],
                &["* Stand: 01.11.2026"],
            ],
        )];
        let (plan, findings) = build_plan("x.xlsx", &sheets);
        assert_eq!(plan.layouts[&SheetKind::Staff].header_row, 1);
        assert_eq!(plan.staff.len(), 1, "{findings:#?}");
        assert_eq!(plan.reading.totals_rows, 1);
        assert_eq!(plan.reading.other_rows, 2);
    }

    #[test]
    fn file_stem_is_the_unit_of_last_resort() {
        assert_eq!(file_stem("de/Plan Berlin.xlsx"), "Plan Berlin");
        assert_eq!(file_stem("x.y.ods"), "x.y");
    }
}
