//! The figures the rules and reports share: allocated and required hours, FTE, staff cost,
//! valid deputies, per unit of one workbook. `Computed` works them out once per workbook; every
//! check reads them from there, and `UnitFigures` keeps the per-unit totals for the reports.

use crate::config::Thresholds;
use crate::contract::{Col, OrgForm, Role, SheetKind, Status};
use crate::findings::Fact;
use crate::model::{Allocation, Channel, Loc, Person, Plan, Unit, key, same_key};
use std::borrow::Cow;
use std::collections::HashMap;

/// One unit's figures, kept after its workbook's cells are dropped (Summary and group report).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
pub struct UnitFigures {
    /// Workbook.
    pub workbook: String,
    /// Unit.
    pub unit: String,
    /// Where the unit is defined (its row on the Units sheet), if anywhere.
    pub unit_loc: Option<Loc>,
    /// Country.
    pub country: Option<String>,
    /// Employees.
    pub employees: Option<f64>,
    /// Org form.
    pub org_form: Option<OrgForm>,
    /// Currency.
    pub currency: String,
    /// People with allocated time on social media.
    pub people: usize,
    /// All hours per week the unit's allocations give to social media (every channel, planned or
    /// not, whatever its status) ÷ full-time weekly hours.
    #[serde(with = "crate::findings::finite")]
    #[schemars(with = "Option<f64>")]
    pub fte: f64,
    /// Active channels.
    pub active_channels: usize,
    /// Required hours per week over the active channels of the plan.
    #[serde(with = "crate::findings::finite")]
    #[schemars(with = "Option<f64>")]
    pub required_hours: f64,
    /// Allocated hours per week over the active channels of the plan.
    #[serde(with = "crate::findings::finite")]
    #[schemars(with = "Option<f64>")]
    pub allocated_hours: f64,
    /// Allocated ÷ required hours (None when nothing is required).
    pub coverage: Option<f64>,
    /// Annual staff cost of all allocated time, in the unit's currency.
    #[serde(with = "crate::findings::finite")]
    #[schemars(with = "Option<f64>")]
    pub staff_cost: f64,
    /// The unit's Budget, else the sum of its channels' budgets (None when neither is given).
    pub budget: Option<f64>,
    /// Staff cost minus budget (positive: the time costs more than the budget says).
    #[serde(with = "crate::findings::finite")]
    #[schemars(with = "Option<f64>")]
    pub budget_gap: f64,
    /// Someone in this unit has the group coordinator role (COORD003).
    pub has_group_coordinator: bool,
    /// Errors.
    pub errors: usize,
    /// Warnings.
    pub warnings: usize,
    /// Infos.
    pub infos: usize,
}

/// What the group rules read of a unit: where it is defined, its country, declared form and
/// whether it has a group coordinator. A run keeps one per unit until the group rules have run,
/// so it is a small slice of `UnitFigures`.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupUnit {
    /// Workbook.
    pub workbook: String,
    /// Unit.
    pub unit: String,
    /// Where the unit is defined (its row on the Units sheet), if anywhere.
    pub unit_loc: Option<Loc>,
    /// Country.
    pub country: Option<String>,
    /// Org form.
    pub org_form: Option<OrgForm>,
    /// Someone in this unit has the group coordinator role (COORD003).
    pub has_group_coordinator: bool,
}

impl From<UnitFigures> for GroupUnit {
    fn from(u: UnitFigures) -> GroupUnit {
        GroupUnit {
            workbook: u.workbook,
            unit: u.unit,
            unit_loc: u.unit_loc,
            country: u.country,
            org_form: u.org_form,
            has_group_coordinator: u.has_group_coordinator,
        }
    }
}

/// Required hours per week of a channel: its "Required hours", else the base plus hours per
/// post times posts per week (just the base without posts).
pub fn required_hours(channel: &Channel, t: &Thresholds) -> f64 {
    match channel.required_hours {
        Some(h) if h.is_finite() => h,
        _ => {
            let posts = channel
                .posts_per_week
                .filter(|p| p.is_finite() && *p >= 0.0)
                .unwrap_or(0.0);
            t.channel_base_hours + t.hours_per_post * posts
        }
    }
}

/// Where a person's hourly cost came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CostSource {
    /// Staff "Hourly cost".
    HourlyCost,
    /// Staff "Annual cost" ÷ (weekly hours × working weeks).
    AnnualCost,
    /// The unit's "Hourly rate".
    UnitRate,
    /// The configured default (Destatis).
    Default,
}

/// A person's cost per hour worked: Staff hourly cost, else annual cost ÷ (weekly hours × 1,640 /
/// 38), else the unit's hourly rate, else the default. Only positive figures count; a zero cost
/// per hour is no real cost, so the next source is used.
pub fn hourly_cost(person: &Person, unit_rate: Option<f64>, t: &Thresholds) -> (f64, CostSource) {
    let positive = |v: Option<f64>| v.filter(|x| x.is_finite() && *x > 0.0);
    if let Some(c) = positive(person.hourly_cost) {
        return (c, CostSource::HourlyCost);
    }
    if let (Some(annual), Some(weekly)) =
        (positive(person.annual_cost), positive(person.weekly_hours))
    {
        return (
            annual / (weekly * t.weeks_per_year()),
            CostSource::AnnualCost,
        );
    }
    if let Some(rate) = positive(unit_rate) {
        return (rate, CostSource::UnitRate);
    }
    (t.default_hourly_cost, CostSource::Default)
}

/// Why a person has no valid deputy (SPOF002).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DeputyProblem {
    /// The Deputy cell is empty.
    NoneNamed,
    /// The deputy (this ID) is not on the Staff sheet.
    Unknown(String),
    /// The person names themself.
    Themself,
    /// The deputy works in another unit.
    OtherUnit {
        /// The deputy's Person ID.
        deputy: String,
        /// The deputy's unit.
        unit: String,
    },
}

impl DeputyProblem {
    /// `reason` of a person with no deputy named.
    pub(crate) const NONE_NAMED: &'static str = "no-deputy";
    /// `reason` of a deputy who is not on the Staff sheet.
    pub(crate) const UNKNOWN: &'static str = "deputy-unknown";
    /// `reason` of a person who names themself as deputy.
    pub(crate) const THEMSELF: &'static str = "deputy-is-themself";
    /// `reason` of a deputy in another unit.
    pub(crate) const OTHER_UNIT: &'static str = "deputy-in-other-unit";
}

/// The problem as a finding's figures: its reason, and the deputy and their unit.
impl crate::findings::Figures for DeputyProblem {
    fn into_facts(self) -> Vec<Fact> {
        match self {
            DeputyProblem::NoneNamed => vec![Fact::Reason(Self::NONE_NAMED)],
            DeputyProblem::Unknown(id) => vec![Fact::Reason(Self::UNKNOWN), Fact::Deputy(id)],
            DeputyProblem::Themself => vec![Fact::Reason(Self::THEMSELF)],
            DeputyProblem::OtherUnit { deputy, unit } => vec![
                Fact::Reason(Self::OTHER_UNIT),
                Fact::Deputy(deputy),
                Fact::DeputyUnit(unit),
            ],
        }
    }

    fn from_facts(data: &crate::findings::Facts) -> Option<DeputyProblem> {
        Some(match *data.reason()? {
            Self::NONE_NAMED => DeputyProblem::NoneNamed,
            Self::UNKNOWN => DeputyProblem::Unknown(data.deputy()?.clone()),
            Self::THEMSELF => DeputyProblem::Themself,
            Self::OTHER_UNIT => DeputyProblem::OtherUnit {
                deputy: data.deputy()?.clone(),
                unit: data.deputy_unit()?.clone(),
            },
            _ => return None,
        })
    }
}

/// One allocation row, worked out.
#[derive(Clone, Debug)]
pub struct AllocFigures {
    /// Index into `Computed::units`.
    pub unit: usize,
    /// Index into `plan.staff` (the first row with that ID).
    pub person: Option<usize>,
    /// Index into `Computed::units[unit].channels`.
    pub channel: Option<usize>,
    /// Hours per week: explicit hours, else share × the person's weekly hours.
    pub hours: f64,
    /// False when the row stays out of the sums: invalid, unknown person, no weekly hours, or
    /// neither hours nor share.
    pub counted: bool,
    /// Annual staff cost of the row.
    pub cost: f64,
}

/// One person, worked out.
#[derive(Clone, Debug)]
pub struct PersonFigures {
    /// Index into `Computed::units`.
    pub unit: usize,
    /// False for a repeated Person ID (the reader raised DATA004; the first row counts).
    pub primary: bool,
    /// Allocated hours per week over all their allocation rows.
    pub hours: f64,
    /// Allocation rows of theirs left out of the sums (invalid, or no weekly hours).
    pub uncounted_rows: usize,
    /// Hourly cost.
    pub hourly_cost: f64,
    /// Cost source.
    pub cost_source: CostSource,
    /// The valid deputy (index into `plan.staff`) or why there is none.
    pub deputy: Result<usize, DeputyProblem>,
}

/// One channel of a unit: a row of its channel plan, or a channel that only the Allocation sheet
/// names (unplanned, STAFF005).
#[derive(Clone, Debug)]
pub struct ChannelFigures {
    /// The name as first written.
    pub name: String,
    /// Index into `plan.channels` (the first row of that name in the unit's plan).
    pub planned: Option<usize>,
    /// The first allocation row (index into `plan.allocations`) naming the channel.
    pub first_alloc: Option<usize>,
    /// Planned with status active, or unplanned (time is spent on it, so it runs).
    pub active: bool,
    /// Required hours per week (0 for an unplanned channel).
    pub required: f64,
    /// The hours a week allocated to it, all people together.
    pub allocated: f64,
    /// Annual staff cost of the time allocated to it.
    pub cost: f64,
    /// Hours per person (index into `plan.staff`), in order of first allocation; only
    /// persons whose hours add up to more than zero.
    pub people: Vec<(usize, f64)>,
}

impl ChannelFigures {
    /// A channel only allocation rows name (no plan row): active, nothing required, nothing
    /// counted yet.
    fn unplanned(name: &str) -> Self {
        ChannelFigures {
            name: name.trim().to_string(),
            planned: None,
            first_alloc: None,
            active: true,
            required: 0.0,
            allocated: 0.0,
            cost: 0.0,
            people: Vec::new(),
        }
    }

    /// Hours the person (index into `plan.staff`) gives the channel.
    pub(crate) fn hours_of(&self, person: usize) -> f64 {
        self.people
            .iter()
            .find(|(p, _)| *p == person)
            .map_or(0.0, |(_, h)| *h)
    }
}

/// One unit, worked out.
#[derive(Clone, Debug)]
pub struct UnitCalc<'a> {
    /// The unit as the plan has it, or a bare one when only other sheets name it.
    pub unit: Cow<'a, Unit>,
    /// Planned channels in plan order, then unplanned ones in order of first allocation.
    pub channels: Vec<ChannelFigures>,
    /// Staff (indices into `plan.staff`, primary rows only) of the unit.
    pub staff: Vec<usize>,
    /// Distinct departments of people with allocated time in the unit, as first written.
    pub departments: Vec<String>,
    /// Distinct people with allocated time in the unit.
    pub people: usize,
    /// All allocated hours per week in the unit.
    pub total_hours: f64,
    /// Annual staff cost of all allocated time in the unit.
    pub staff_cost: f64,
}

impl UnitCalc<'_> {
    /// The unit's name.
    pub fn name(&self) -> &str {
        &self.unit.name
    }

    /// The unit's active channels that are in its channel plan.
    pub(crate) fn active_planned(&self) -> impl Iterator<Item = &ChannelFigures> {
        self.channels
            .iter()
            .filter(|c| c.planned.is_some() && c.active)
    }
}

/// Every figure of one workbook, computed once and shared by the checks.
#[derive(Debug)]
pub struct Computed<'a> {
    /// Plan.
    pub plan: &'a Plan,
    /// Thresholds.
    pub thresholds: &'a Thresholds,
    /// Units.
    pub units: Vec<UnitCalc<'a>>,
    /// Per `plan.staff` row.
    pub persons: Vec<PersonFigures>,
    /// Per `plan.allocations` row.
    pub allocs: Vec<AllocFigures>,
}

impl<'a> Computed<'a> {
    /// Works out every figure of a plan once: its units, its people (the first row of each
    /// ID), its channel plans, then its allocations, counted into each.
    pub fn new(plan: &'a Plan, t: &'a Thresholds) -> Computed<'a> {
        let mut figures = Tally::new(plan, t);
        figures.staff();
        figures.channel_plans();
        for (i, a) in plan.allocations.iter().enumerate() {
            figures.allocation(i, a);
        }
        figures.people_and_departments();
        Computed {
            plan,
            thresholds: t,
            units: figures.units,
            persons: figures.persons,
            allocs: figures.allocs,
        }
    }

    /// The unit a person belongs to.
    pub fn unit_of_person(&self, person: usize) -> &UnitCalc<'a> {
        &self.units[self.persons[person].unit]
    }

    /// A person's share of their weekly hours spent on social media (None without weekly hours).
    pub(crate) fn share_of(&self, person: usize) -> Option<f64> {
        let weekly = self.plan.staff[person].weekly_hours.filter(|w| *w > 0.0)?;
        Some(self.persons[person].hours / weekly)
    }

    /// A person as a finding's figures: their ID and, where Staff gives one, their name.
    pub fn person_facts(&self, person: usize) -> Vec<Fact> {
        self.who(person).person_facts()
    }

    /// A person as a finding names them: their ID and, where Staff gives one, their name.
    pub fn who(&self, person: usize) -> crate::findings::Who {
        let p = &self.plan.staff[person];
        crate::findings::Who {
            id: p.id.clone(),
            name: p
                .name
                .as_deref()
                .map(str::trim)
                .filter(|n| !n.is_empty())
                .map(str::to_string),
        }
    }

    /// A column's header as the workbook writes it (`Vorstandssponsor`), when its sheet has it:
    /// what a message that names the column shows, so the reader finds the column they wrote.
    pub(crate) fn header_as_written(&self, sheet: SheetKind, col: Col) -> Option<String> {
        let layout = self.plan.layout(sheet)?;
        layout.headers.get(&col).filter(|h| !h.is_empty()).cloned()
    }

    /// Where a finding about a whole unit points: the unit's cell in `col` of its Units row
    /// (its Summary row when there is none), with the unit as subject.
    pub(crate) fn unit_target<'u>(
        &'u self,
        unit: &'u str,
        col: Col,
    ) -> crate::findings::Target<'u> {
        crate::findings::Target {
            workbook: &self.plan.workbook,
            unit: Some(unit),
            loc: self.plan.unit_cell(unit, col),
            subject: unit,
            discriminator: "",
        }
    }

    /// Where a finding about a person points: their cell in `col` on the Staff sheet, with their
    /// unit and their Person ID as subject.
    pub(crate) fn person_target(&self, person: usize, col: Col) -> crate::findings::Target<'_> {
        let p = &self.plan.staff[person];
        crate::findings::Target {
            workbook: &self.plan.workbook,
            unit: Some(&p.unit),
            loc: self.person_cell(person, col),
            subject: &p.id,
            discriminator: "",
        }
    }

    /// The cell of a channel: on its plan row, or (unplanned) the first allocation row naming it.
    pub(crate) fn channel_cell(&self, ch: &ChannelFigures, col: Col) -> Option<Loc> {
        use crate::contract::SheetKind;
        match (ch.planned, ch.first_alloc) {
            (Some(i), _) => self
                .plan
                .cell(SheetKind::Channels, self.plan.channels[i].row, col),
            (None, Some(a)) => self.plan.cell(
                SheetKind::Allocation,
                self.plan.allocations[a].row,
                Col::Channel,
            ),
            (None, None) => None,
        }
    }

    /// The cell of a person's column on the Staff sheet.
    pub(crate) fn person_cell(&self, person: usize, col: Col) -> Option<Loc> {
        self.plan.cell(
            crate::contract::SheetKind::Staff,
            self.plan.staff[person].row,
            col,
        )
    }

    /// The primary staff index of a person ID.
    pub(crate) fn person_index(&self, id: &str) -> Option<usize> {
        self.plan
            .staff
            .iter()
            .enumerate()
            .find(|(i, p)| self.persons[*i].primary && same_key(&p.id, id))
            .map(|(i, _)| i)
    }

    /// Whether someone of the unit has the role.
    pub(crate) fn unit_has_role(&self, unit: &UnitCalc<'_>, role: Role) -> bool {
        unit.staff
            .iter()
            .any(|&p| self.plan.staff[p].role == Some(role))
    }

    /// The figures each unit keeps for the reports (finding counts are filled in later).
    pub(crate) fn unit_figures(&self) -> Vec<UnitFigures> {
        let t = self.thresholds;
        self.units
            .iter()
            .map(|u| {
                let active: Vec<&ChannelFigures> = u.active_planned().collect();
                let required: f64 = active.iter().map(|c| c.required).sum();
                let allocated: f64 = active.iter().map(|c| c.allocated).sum();
                let channel_budgets: Vec<f64> = u
                    .channels
                    .iter()
                    .filter_map(|c| c.planned)
                    .filter_map(|i| match self.plan.channels[i].budget {
                        crate::model::Budget::Amount(a) if a.is_finite() => Some(a),
                        _ => None,
                    })
                    .collect();
                let budget = u.unit.budget.or(if channel_budgets.is_empty() {
                    None
                } else {
                    Some(channel_budgets.iter().sum())
                });
                UnitFigures {
                    workbook: self.plan.workbook.clone(),
                    unit: u.unit.name.clone(),
                    unit_loc: self.plan.unit_cell(&u.unit.name, Col::Unit),
                    country: u.unit.country.clone(),
                    employees: u.unit.employees,
                    org_form: u.unit.org_form,
                    currency: u.unit.currency.clone(),
                    people: u.people,
                    fte: u.total_hours / t.full_time_weekly_hours,
                    active_channels: active.len(),
                    required_hours: required,
                    allocated_hours: allocated,
                    coverage: (required > 0.0).then(|| allocated / required),
                    staff_cost: u.staff_cost,
                    budget,
                    budget_gap: u.staff_cost - budget.unwrap_or(0.0),
                    has_group_coordinator: self.unit_has_role(u, Role::GroupCoordinator),
                    errors: 0,
                    warnings: 0,
                    infos: 0,
                }
            })
            .collect()
    }
}

/// The figures of a plan while [`Computed::new`] counts them, with the lookups it counts by.
struct Tally<'a> {
    plan: &'a Plan,
    t: &'a Thresholds,
    units: Vec<UnitCalc<'a>>,
    persons: Vec<PersonFigures>,
    allocs: Vec<AllocFigures>,
    /// Unit key → index in `units`.
    unit_index: HashMap<String, usize>,
    /// Rows name their unit the same way again and again: the last name and its index.
    last_unit: Option<(&'a str, usize)>,
    /// Person ID key → the first `plan.staff` row with it.
    person_index: HashMap<String, usize>,
    /// Unit index → channel key → index in the unit's channels.
    channel_index: HashMap<usize, HashMap<String, usize>>,
    /// (unit, channel as the row writes it) → channel: rows spell a channel the same way again
    /// and again, so most need no case-folded key.
    channel_as_written: HashMap<(usize, &'a str), usize>,
    /// Per unit, the people with counted hours in it.
    unit_people: Vec<Vec<usize>>,
}

impl<'a> Tally<'a> {
    /// The units of the Units sheet, in its order.
    fn new(plan: &'a Plan, t: &'a Thresholds) -> Self {
        let mut tally = Tally {
            plan,
            t,
            units: Vec::new(),
            persons: Vec::with_capacity(plan.staff.len()),
            allocs: Vec::with_capacity(plan.allocations.len()),
            unit_index: HashMap::new(),
            last_unit: None,
            person_index: HashMap::new(),
            channel_index: HashMap::new(),
            channel_as_written: HashMap::new(),
            unit_people: Vec::new(),
        };
        for u in &plan.units {
            tally.unit_of(&u.name);
        }
        tally
    }

    /// The index of the unit a row names; a unit only other sheets name is added bare.
    fn unit_of(&mut self, name: &'a str) -> usize {
        if let Some((last, i)) = self.last_unit
            && last == name
        {
            return i;
        }
        let k = key(name);
        let i = match self.unit_index.get(k.as_ref()) {
            Some(&i) => i,
            None => {
                let unit = match self.plan.unit(name) {
                    Some(u) => Cow::Borrowed(u),
                    None => Cow::Owned(Unit::named(name.trim())),
                };
                self.units.push(UnitCalc {
                    unit,
                    channels: Vec::new(),
                    staff: Vec::new(),
                    departments: Vec::new(),
                    people: 0,
                    total_hours: 0.0,
                    staff_cost: 0.0,
                });
                self.unit_index.insert(k.into_owned(), self.units.len() - 1);
                self.units.len() - 1
            }
        };
        self.last_unit = Some((name, i));
        i
    }

    /// Staff: the first row of each ID is the person; repeats are left out. Each person's
    /// hourly cost, and whether their deputy is valid.
    fn staff(&mut self) {
        let plan = self.plan;
        for (i, p) in plan.staff.iter().enumerate() {
            let unit = self.unit_of(&p.unit);
            let primary = match self.person_index.entry(key(&p.id).into_owned()) {
                std::collections::hash_map::Entry::Vacant(v) => {
                    v.insert(i);
                    true
                }
                std::collections::hash_map::Entry::Occupied(_) => false,
            };
            if primary {
                self.units[unit].staff.push(i);
            }
            let (hourly_cost, cost_source) =
                hourly_cost(p, self.units[unit].unit.hourly_rate, self.t);
            self.persons.push(PersonFigures {
                unit,
                primary,
                hours: 0.0,
                uncounted_rows: 0,
                hourly_cost,
                cost_source,
                deputy: Err(DeputyProblem::NoneNamed),
            });
        }
        for (i, p) in plan.staff.iter().enumerate() {
            self.persons[i].deputy = valid_deputy(plan, p, &self.person_index);
        }
    }

    /// The channel plans, each channel once per unit (a repeat raised DATA004 when read).
    fn channel_plans(&mut self) {
        for (i, c) in self.plan.channels.iter().enumerate() {
            let unit = self.unit_of(&c.unit);
            let k = key(&c.name);
            let of_unit = self.channel_index.entry(unit).or_default();
            if k.is_empty() || of_unit.contains_key(k.as_ref()) {
                continue;
            }
            of_unit.insert(k.into_owned(), self.units[unit].channels.len());
            let mut channel = ChannelFigures::unplanned(&c.name);
            channel.planned = Some(i);
            channel.active = c.status == Status::Active;
            channel.required = required_hours(c, self.t);
            self.units[unit].channels.push(channel);
        }
    }

    /// The channel an allocation row names, in its unit: a channel no plan has is added as
    /// unplanned; `None` when the row names none.
    fn channel_of(&mut self, unit: usize, channel: &'a str) -> Option<usize> {
        if let Some(&ch) = self.channel_as_written.get(&(unit, channel)) {
            return Some(ch);
        }
        let ck = key(channel);
        if ck.is_empty() {
            return None;
        }
        let of_unit = self.channel_index.entry(unit).or_default();
        let ch = match of_unit.get(ck.as_ref()) {
            Some(&ch) => ch,
            None => {
                of_unit.insert(ck.into_owned(), self.units[unit].channels.len());
                let channels = &mut self.units[unit].channels;
                channels.push(ChannelFigures::unplanned(channel));
                channels.len() - 1
            }
        };
        self.channel_as_written.insert((unit, channel), ch);
        Some(ch)
    }

    /// One allocation row (`i`): its unit (as written, else its person's, else the first),
    /// channel, hours and cost, counted into its person, unit and channel.
    fn allocation(&mut self, i: usize, a: &'a Allocation) {
        let plan = self.plan;
        let person = self.person_index.get(key(&a.person).as_ref()).copied();
        let unit_name: &str = if !a.unit.trim().is_empty() {
            &a.unit
        } else if let Some(p) = person {
            &plan.staff[p].unit
        } else {
            plan.units.first().map_or("", |u| u.name.as_str())
        };
        let unit = self.unit_of(unit_name);
        let channel = self.channel_of(unit, &a.channel);
        if let Some(ch) = channel {
            self.units[unit].channels[ch].first_alloc.get_or_insert(i);
        }
        let hours = match person {
            Some(p) if !a.invalid => allocated_hours(a, plan.staff[p].weekly_hours),
            _ => None,
        };
        let counted = hours.is_some();
        let hours = hours.unwrap_or(0.0);
        let weeks = self.t.weeks_per_year();
        let cost = person.map_or(0.0, |p| hours * weeks * self.persons[p].hourly_cost);
        if let Some(p) = person {
            match counted {
                true => self.persons[p].hours += hours,
                false => self.persons[p].uncounted_rows += 1,
            }
            if counted && hours > 0.0 {
                self.count(unit, channel, p, hours, cost);
            }
        }
        self.allocs.push(AllocFigures {
            unit,
            person,
            channel,
            hours,
            counted,
            cost,
        });
    }

    /// Counts hours and cost of person `p` into their unit and channel.
    fn count(&mut self, unit: usize, channel: Option<usize>, p: usize, hours: f64, cost: f64) {
        let u = &mut self.units[unit];
        u.total_hours += hours;
        u.staff_cost += cost;
        if let Some(ch) = channel {
            let cf = &mut u.channels[ch];
            cf.allocated += hours;
            cf.cost += cost;
            match cf.people.iter_mut().find(|(q, _)| *q == p) {
                Some((_, h)) => *h += hours,
                None => cf.people.push((p, hours)),
            }
        }
        if self.unit_people.len() <= unit {
            self.unit_people.resize(unit + 1, Vec::new());
        }
        if !self.unit_people[unit].contains(&p) {
            self.unit_people[unit].push(p);
        }
    }

    /// Per unit: how many people have counted hours, and their departments, each once.
    fn people_and_departments(&mut self) {
        for (u, people) in std::mem::take(&mut self.unit_people)
            .into_iter()
            .enumerate()
        {
            self.units[u].people = people.len();
            let mut seen: Vec<String> = Vec::new();
            for p in people {
                if let Some(d) = self.plan.staff[p].department.as_deref() {
                    let k = key(d).into_owned();
                    if !k.is_empty() && !seen.contains(&k) {
                        seen.push(k);
                        self.units[u].departments.push(d.trim().to_string());
                    }
                }
            }
        }
    }
}

/// The hours a week an allocation row gives its person: its hours as given, else its share of
/// the person's weekly hours; `None` when neither can be had. (Issue 15: a deputy whose Weekly
/// hours cell is invalid still has their 10 h on a channel, given as hours.)
fn allocated_hours(a: &Allocation, weekly: Option<f64>) -> Option<f64> {
    let valid = |v: Option<f64>| v.filter(|x| x.is_finite() && *x >= 0.0);
    match (valid(a.hours), valid(a.share), valid(weekly)) {
        (Some(h), _, _) => Some(h),
        (None, Some(s), Some(w)) => Some(s * w),
        _ => None,
    }
}

/// A person's valid deputy: named, in Staff, not themself, in the same unit; of two named in
/// one cell, the first valid one (else the first one's problem).
fn valid_deputy(
    plan: &Plan,
    person: &Person,
    index: &HashMap<String, usize>,
) -> Result<usize, DeputyProblem> {
    let mut first_problem = None;
    for named in person.deputy.iter().chain(&person.more_deputies) {
        match named_deputy(plan, person, named, index) {
            Ok(d) => return Ok(d),
            Err(problem) => {
                first_problem.get_or_insert(problem);
            }
        }
    }
    Err(first_problem.unwrap_or(DeputyProblem::NoneNamed))
}

/// Whether `named` is a valid deputy of `person`: in Staff, not themself, in the same unit.
fn named_deputy(
    plan: &Plan,
    person: &Person,
    named: &str,
    index: &HashMap<String, usize>,
) -> Result<usize, DeputyProblem> {
    let named = Some(named.trim())
        .filter(|d| !d.is_empty())
        .ok_or(DeputyProblem::NoneNamed)?;
    if same_key(named, &person.id) {
        return Err(DeputyProblem::Themself);
    }
    let d = *index
        .get(key(named).as_ref())
        .ok_or_else(|| DeputyProblem::Unknown(named.to_string()))?;
    let deputy = &plan.staff[d];
    if !same_key(&deputy.unit, &person.unit) {
        return Err(DeputyProblem::OtherUnit {
            deputy: deputy.id.clone(),
            unit: deputy.unit.clone(),
        });
    }
    Ok(d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Allocation, Budget};

    fn person(id: &str, weekly: Option<f64>) -> Person {
        Person {
            id: id.into(),
            row: 1,
            name: None,
            unit: "DE".into(),
            department: None,
            role: None,
            role_text: None,
            weekly_hours: weekly,
            hourly_cost: None,
            annual_cost: None,
            deputy: None,
            more_deputies: Vec::new(),
            employment: None,
        }
    }

    fn channel(posts: Option<f64>, required: Option<f64>) -> Channel {
        Channel {
            row: 1,
            unit: "DE".into(),
            name: "Instagram".into(),
            status: Status::Active,
            posts_per_week: posts,
            required_hours: required,
            budget: Budget::Empty,
            response_time: None,
            owner: None,
        }
    }

    fn alloc(person: &str, hours: Option<f64>, share: Option<f64>) -> Allocation {
        Allocation {
            row: 1,
            person: person.into(),
            channel: "Instagram".into(),
            unit: "DE".into(),
            task: None,
            task_text: None,
            hours,
            share,
            invalid: false,
        }
    }

    #[test]
    fn hourly_cost_falls_back_from_staff_to_annual_to_unit_to_default() {
        let t = Thresholds::default();
        let mut p = person("P1", Some(38.0));
        p.hourly_cost = Some(50.0);
        p.annual_cost = Some(90_000.0);
        assert_eq!(
            hourly_cost(&p, Some(60.0), &t),
            (50.0, CostSource::HourlyCost)
        );
        p.hourly_cost = None;
        let (c, s) = hourly_cost(&p, Some(60.0), &t);
        assert_eq!(s, CostSource::AnnualCost);
        assert!((c - 90_000.0 / 1640.0).abs() < 1e-9, "{c}");
        p.weekly_hours = Some(19.0);
        let (c, _) = hourly_cost(&p, None, &t);
        assert!((c - 90_000.0 / 820.0).abs() < 1e-9, "{c}");
        p.annual_cost = None;
        assert_eq!(
            hourly_cost(&p, Some(60.0), &t),
            (60.0, CostSource::UnitRate)
        );
        assert_eq!(hourly_cost(&p, None, &t), (43.40, CostSource::Default));
        // Annual cost without weekly hours cannot be turned into an hourly cost.
        p.annual_cost = Some(90_000.0);
        p.weekly_hours = None;
        assert_eq!(hourly_cost(&p, None, &t), (43.40, CostSource::Default));
        // Zero is not a cost per hour worked.
        p.hourly_cost = Some(0.0);
        assert_eq!(hourly_cost(&p, Some(0.0), &t).1, CostSource::Default);
    }

    #[test]
    fn required_hours_default_to_base_plus_posts() {
        let t = Thresholds::default();
        assert_eq!(required_hours(&channel(None, None), &t), 5.0);
        assert_eq!(required_hours(&channel(Some(7.0), None), &t), 12.0);
        assert_eq!(required_hours(&channel(Some(7.0), Some(3.0)), &t), 3.0);
        let t2 = Thresholds {
            channel_base_hours: 2.0,
            hours_per_post: 0.5,
            ..Thresholds::default()
        };
        assert_eq!(required_hours(&channel(Some(4.0), None), &t2), 4.0);
    }

    #[test]
    fn allocations_count_hours_before_share_and_skip_what_cannot_be_summed() {
        let t = Thresholds::default();
        let mut plan = Plan {
            units: vec![Unit::named("DE")],
            staff: vec![person("P1", Some(40.0)), person("P2", None)],
            channels: vec![channel(None, None)],
            ..Plan::default()
        };
        plan.allocations = vec![
            alloc("P1", Some(4.0), Some(0.5)),
            alloc("P1", None, Some(0.25)),
            alloc("P2", None, Some(0.5)),
            alloc("P9", Some(3.0), None),
            Allocation {
                invalid: true,
                ..alloc("P1", Some(8.0), None)
            },
        ];
        let c = Computed::new(&plan, &t);
        let hours: Vec<f64> = c.allocs.iter().map(|a| a.hours).collect();
        assert_eq!(hours, vec![4.0, 10.0, 0.0, 0.0, 0.0]);
        assert_eq!(c.persons[0].hours, 14.0);
        assert_eq!(c.persons[0].uncounted_rows, 1);
        assert_eq!(c.persons[1].uncounted_rows, 1);
        let u = &c.units[0];
        assert_eq!(u.channels[0].allocated, 14.0);
        assert_eq!(u.people, 1);
        let cost = 14.0 * 1640.0 / 38.0 * 43.40;
        assert!((u.staff_cost - cost).abs() < 1e-6);
        let f = &c.unit_figures()[0];
        assert_eq!(f.required_hours, 5.0);
        assert!((f.coverage.unwrap() - 14.0 / 5.0).abs() < 1e-12);
        assert!((f.fte - 14.0 / 38.0).abs() < 1e-12);
        assert_eq!(f.budget, None);
        assert!((f.budget_gap - cost).abs() < 1e-6);
    }

    #[test]
    fn deputies_must_exist_differ_and_share_the_unit() {
        let t = Thresholds::default();
        let mut a = person("P1", Some(38.0));
        let mut b = person("P2", Some(38.0));
        let mut c = person("P3", Some(38.0));
        c.unit = "AT".into();
        a.deputy = Some(" p2 ".into());
        b.deputy = Some("P2".into());
        c.deputy = Some("P1".into());
        let mut d = person("P4", Some(38.0));
        d.deputy = Some("P9".into());
        let plan = Plan {
            staff: vec![a, b, c, d],
            ..Plan::default()
        };
        let comp = Computed::new(&plan, &t);
        assert_eq!(comp.persons[0].deputy, Ok(1));
        assert_eq!(comp.persons[1].deputy, Err(DeputyProblem::Themself));
        assert!(matches!(
            comp.persons[2].deputy,
            Err(DeputyProblem::OtherUnit { .. })
        ));
        assert_eq!(
            comp.persons[3].deputy,
            Err(DeputyProblem::Unknown("P9".into()))
        );
    }

    #[test]
    fn budget_is_the_units_else_the_channels_sum() {
        let t = Thresholds::default();
        let mut ch1 = channel(None, None);
        ch1.budget = Budget::Amount(1000.0);
        let mut ch2 = channel(None, None);
        ch2.name = "Facebook".into();
        ch2.budget = Budget::Free("free".into());
        let mut plan = Plan {
            units: vec![Unit::named("DE")],
            channels: vec![ch1, ch2],
            ..Plan::default()
        };
        assert_eq!(
            Computed::new(&plan, &t).unit_figures()[0].budget,
            Some(1000.0)
        );
        plan.units[0].budget = Some(5000.0);
        assert_eq!(
            Computed::new(&plan, &t).unit_figures()[0].budget,
            Some(5000.0)
        );
        plan.units[0].budget = None;
        plan.channels[0].budget = Budget::Empty;
        assert_eq!(Computed::new(&plan, &t).unit_figures()[0].budget, None);
    }
}
