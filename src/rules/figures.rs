//! The figures the rules and reports share: allocated and required hours, FTE, staff cost,
//! valid deputies, per unit of one workbook.

use crate::contract::OrgForm;
use crate::model::Loc;

/// One unit's figures, kept after its workbook's cells are dropped (Summary and group report).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct UnitFigures {
    pub workbook: String,
    pub unit: String,
    /// Where the unit is defined (its row on the Units sheet), if anywhere.
    pub unit_loc: Option<Loc>,
    pub country: Option<String>,
    pub employees: Option<f64>,
    pub org_form: Option<OrgForm>,
    pub currency: String,
    /// People with allocated time on social media.
    pub people: usize,
    /// Allocated hours per week ÷ full-time weekly hours.
    pub fte: f64,
    pub active_channels: usize,
    pub required_hours: f64,
    pub allocated_hours: f64,
    /// Allocated ÷ required hours (None when nothing is required).
    pub coverage: Option<f64>,
    /// Annual staff cost of all allocated time, in the unit's currency.
    pub staff_cost: f64,
    /// The unit's Budget, else the sum of its channels' budgets (None when neither is given).
    pub budget: Option<f64>,
    /// Staff cost minus budget (positive: the time costs more than the budget says).
    pub budget_gap: f64,
    /// Someone in this unit has the group coordinator role (COORD003).
    pub has_group_coordinator: bool,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}
