//! What the reader found wrong in a workbook it could read: typed reading problems with their
//! sheet and cell, no text and no rule (`rules::data` turns each into its DATA finding).

use crate::contract::{Col, SheetKind};
use crate::model::Loc;

/// One reading problem: where it is, whose it is, what it is about, and what is wrong.
#[derive(Clone, Debug, PartialEq)]
pub struct ReadingProblem {
    /// The unit the problem belongs to, when the reader knows it.
    pub unit: Option<String>,
    /// The cell it points at (the workbook's own sheet name), if any.
    pub loc: Option<Loc>,
    /// What it is about: the ID, channel, unit, sheet or column a person looks for.
    pub subject: String,
    /// What is wrong.
    pub what: Shortfall,
}

/// Where a workbook falls short of the contract, with the figures that say it.
#[derive(Clone, Debug, PartialEq)]
pub enum Shortfall {
    /// None of the sheets Staff, Allocation, Channels (under any accepted name): no plan at all.
    NotAPlan,
    /// A required sheet is missing.
    MissingSheet {
        /// The sheet.
        sheet: SheetKind,
        /// The worksheets the workbook has, as it names them.
        found: Vec<String>,
    },
    /// A sheet has no header row among its first `rows_searched` rows.
    NoHeaderRow {
        /// The sheet.
        sheet: SheetKind,
        /// How many rows were searched.
        rows_searched: u32,
    },
    /// A required column is missing (`loc` is where it was looked for).
    MissingColumn {
        /// The sheet.
        sheet: SheetKind,
        /// The column.
        col: Col,
    },
    /// The Allocation sheet has neither an Hours per week nor a Share column.
    NoHoursOrShare {
        /// The sheet.
        sheet: SheetKind,
    },
    /// A cell that cannot be read as its column's type, or a required one that is empty.
    InvalidValue {
        /// The sheet.
        sheet: SheetKind,
        /// The column.
        col: Col,
        /// Why, one of the reasons of [`super::coerce::Invalid`].
        reason: &'static str,
        /// The value as found (empty for an empty cell).
        value: String,
    },
    /// An amount marked with another currency than the one its unit names on the Units sheet.
    OtherCurrency {
        /// The sheet.
        sheet: SheetKind,
        /// The column.
        col: Col,
        /// The amount as written.
        value: String,
        /// The unit's currency.
        currency: String,
    },
    /// A unit that is not on the Units sheet (the subject); `row_subject` names the row's own
    /// subject (its ID or channel).
    UnknownUnit {
        /// What the row is about.
        row_subject: String,
    },
    /// A person ID (the subject) at `col` of `sheet` that is not on the Staff sheet.
    UnknownPerson {
        /// The sheet.
        sheet: SheetKind,
        /// The column.
        col: Col,
        /// Whose reference it is.
        reference: Reference,
    },
    /// A key given twice (the subject); rows are zero-based.
    Duplicate {
        /// Which key.
        key: Duplicated,
        /// The row that gives it first.
        first_row: u32,
        /// The row that gives it again.
        second_row: u32,
    },
}

/// Whose person reference names nobody on the Staff sheet.
#[derive(Clone, Debug, PartialEq)]
pub enum Reference {
    /// An Allocation row's person, for this channel.
    Allocation {
        /// The channel.
        channel: String,
    },
    /// A deputy of this person; `namesakes` people of the unit bear the name it gives (a
    /// name two bear names nobody).
    Deputy {
        /// The person's ID.
        of: String,
        /// How many of the unit bear the name given.
        namesakes: usize,
    },
    /// A unit's coordinator.
    Coordinator,
    /// A unit's executive sponsor.
    Sponsor,
    /// A channel's owner.
    Owner {
        /// The channel.
        channel: String,
    },
}

/// A key that must be unique.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Duplicated {
    /// A unit on the Units sheet.
    Unit,
    /// A Person ID on the Staff sheet.
    Person,
    /// A channel in one unit's plan.
    Channel,
}
