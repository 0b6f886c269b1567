//! The rules' titles, explanations and the message of each finding.
//! One method a sentence; each language's `rules.rs` writes them all.

/// A rule's texts in one language: its title, the one-line summary and the three parts of its
/// explanation, which `teamlint explain` prints and the notes quote (the fix).
#[derive(Clone, Copy, Debug)]
pub struct RuleText {
    /// A short title for outputs a person reads (`Channel depends on one person`); the code
    /// and the kebab name stay the stable ids.
    pub title: &'static str,
    /// One line for `teamlint rules` and the README's table.
    pub summary: &'static str,
    /// What it checks.
    pub what: &'static str,
    /// Why it matters.
    pub why: &'static str,
    /// How to fix it.
    pub fix: &'static str,
}

/// The rules' titles, explanations and the message of each finding. Figures come as numbers
/// and each language writes them its way (`12.5 h/week`, `12,5 Std./Woche`, `12,5 h/semaine`).
pub trait RuleTexts {
    /// The label before what a rule checks in `teamlint explain`, with its colon (`What it checks:`).
    fn explain_what(&self) -> &'static str;
    /// The label before why it matters, with its colon (`Why it matters:`).
    fn explain_why(&self) -> &'static str;
    /// The label before how to fix it, with its colon (`How to fix it:`).
    fn explain_fix(&self) -> &'static str;
    /// The headers of `teamlint rules`: code, name, severity, what it checks.
    fn table_headers(&self) -> [&'static str; 4];
    /// The word for the severity info.
    fn severity_info(&self) -> &'static str;
    /// The word for the severity warning.
    fn severity_warning(&self) -> &'static str;
    /// The word for the severity error.
    fn severity_error(&self) -> &'static str;

    /// Why a person has no valid deputy: none is named.
    fn deputy_none(&self) -> String;
    /// Why a person has no valid deputy: the named `deputy` is not on the Staff sheet.
    fn deputy_unknown(&self, deputy: &str) -> String;
    /// Why a person has no valid deputy: they name themselves.
    fn deputy_themself(&self) -> String;
    /// Why a person has no valid deputy: the `deputy` works in another `unit`.
    fn deputy_other_unit(&self, deputy: &str, unit: &str) -> String;

    /// SPOF001: all `hours` (a week) of `channel` come from `person`, who has no valid deputy
    /// (`why`, one of the `deputy_*` sentences).
    fn spof001_message(&self, channel: &str, hours: f64, person: &str, why: &str) -> String;
    /// SPOF002: `person` holds the key `role` but has no valid deputy (`why`).
    fn spof002_message(&self, person: &str, role: &str, why: &str) -> String;
    /// SPOF003: all `hours` of `channel` come from `person`, whose `deputy` has no time on it.
    fn spof003_message(&self, channel: &str, hours: f64, person: &str, deputy: &str) -> String;
    /// SPOF004: `person` is the deputy of `count` `people`; at most `limit` are allowed.
    fn spof004_message(&self, person: &str, count: u64, people: &[String], limit: u64) -> String;

    /// STAFF001: where the required hours come from: the Required hours column.
    fn staff001_basis_column(&self) -> String;
    /// STAFF001: where the required hours come from: `base` hours + `posts` × `per_post` hours.
    fn staff001_basis_posts(&self, base: f64, posts: f64, per_post: f64) -> String;
    /// STAFF001: `channel` gets `allocated` hours a week of `required` (from `basis`); with the
    /// `tolerance` (a fraction) at least `minimum` are needed.
    fn staff001_message(
        &self,
        channel: &str,
        allocated: f64,
        required: f64,
        basis: &str,
        minimum: f64,
        tolerance: f64,
    ) -> String;
    /// STAFF002: `unit` runs `active` channels, but `hours` a week (`fte` FTE) carry at most
    /// `capacity`.
    fn staff002_message(
        &self,
        unit: &str,
        active: u64,
        hours: f64,
        fte: f64,
        capacity: u64,
    ) -> String;
    /// STAFF003: the social media manager `person` spends `hours` of `weekly` hours (`share`,
    /// a fraction) on social media; at least `minimum` (a fraction) is expected.
    fn staff003_message(
        &self,
        person: &str,
        hours: f64,
        weekly: f64,
        share: f64,
        minimum: f64,
    ) -> String;
    /// STAFF004: the allocations of `person` add up to `hours` a week, above their `weekly`.
    fn staff004_message(&self, person: &str, hours: f64, weekly: f64) -> String;
    /// STAFF005: `hours` a week go to `channel`, which is not in the channel plan of `unit`.
    fn staff005_message(&self, channel: &str, hours: f64, unit: &str) -> String;
    /// STAFF006: `unit` runs `active` channels and nobody is social media manager.
    fn staff006_message(&self, unit: &str, active: u64) -> String;
    /// STAFF007: all `hours` of `channel` are content and advertising.
    fn staff007_message(&self, channel: &str, hours: f64) -> String;
    /// STAFF008: `channel` promises answers within `promise` hours and has no dialogue time.
    fn staff008_no_dialogue(&self, channel: &str, promise: f64) -> String;
    /// STAFF008: `channel` promises answers within `promise` hours and one person carries it.
    fn staff008_one_person(&self, channel: &str, promise: f64) -> String;
    /// STAFF008: `channel` promises answers within `promise` hours, but `dialogue` hours a week
    /// leave up to `wait` hours between two looks.
    fn staff008_too_slow(&self, channel: &str, promise: f64, dialogue: f64, wait: f64) -> String;
    /// STAFF009: the `hours` a week of `unit` come from `count` people (`people`) only; a team
    /// needs `minimum`.
    fn staff009_message(
        &self,
        unit: &str,
        hours: f64,
        count: u64,
        people: &[String],
        minimum: u64,
    ) -> String;

    /// COORD001: the unit's time comes from the `departments` named.
    fn coord001_departments(&self, departments: &[String]) -> String;
    /// COORD001: the unit runs `active` channels.
    fn coord001_channels(&self, active: u64) -> String;
    /// COORD001: `unit` names no coordinator although of the `reasons` (the two sentences above).
    fn coord001_message(&self, unit: &str, reasons: &[String]) -> String;
    /// COORD002: how a person is coordinator: named in the Units sheet for `unit`.
    fn coord002_named(&self, unit: &str) -> String;
    /// COORD002: how a person is coordinator: by their role.
    fn coord002_role(&self) -> String;
    /// COORD002: `person` is coordinator (`how`) but has no allocated time.
    fn coord002_message(&self, person: &str, how: &str) -> String;
    /// COORD003: the batch holds `units` units from the `countries` named.
    fn coord003_countries(&self, units: u64, countries: &[String]) -> String;
    /// COORD003: the `units` named are declared multi-coordinated.
    fn coord003_multi(&self, units: &[String]) -> String;
    /// COORD003: the `reasons` (the two sentences above), but nobody is group coordinator.
    fn coord003_message(&self, reasons: &[String]) -> String;
    /// COORD004: `unit` declares `form` but has `employees`; the form fits below `limit`.
    fn coord004_too_large(&self, unit: &str, form: &str, employees: f64, limit: f64) -> String;
    /// COORD004: `unit` declares `form` but nobody spends `minimum` (a fraction) of their hours
    /// on social media; the highest `share` is given.
    fn coord004_nobody_dedicated(&self, unit: &str, form: &str, minimum: f64, share: f64)
    -> String;
    /// COORD004: `unit` declares `form` but the batch's units are all from `country`.
    fn coord004_one_country(&self, unit: &str, form: &str, country: &str) -> String;
    /// COORD004: `unit` declares `form` but no unit of the batch names a country.
    fn coord004_no_country(&self, unit: &str, form: &str) -> String;
    /// COORD005: `unit` names no executive sponsor.
    fn coord005_message(&self, unit: &str, column: &str) -> String;
    /// COORD006: why there are no guidelines: no Units row declares any.
    fn coord006_no_units_row(&self) -> String;
    /// COORD006: why there are no guidelines: Guidelines is no.
    fn coord006_guidelines_no(&self) -> String;
    /// COORD006: why there are no guidelines: Guidelines is empty.
    fn coord006_guidelines_empty(&self) -> String;
    /// COORD006: `unit` has no social media guidelines (`why`).
    fn coord006_message(&self, unit: &str, why: &str) -> String;
    /// COORD007: the `department` of `unit` has no ambassador.
    fn coord007_message(&self, unit: &str, department: &str) -> String;
    /// COORD008: `count` people of `unit` have time, and the Staff sheet has no Role column.
    fn coord008_no_role_column(&self, unit: &str, count: u64) -> String;
    /// COORD008: `person` spends `hours` a week on social media but has no role.
    fn coord008_message(&self, person: &str, hours: f64) -> String;

    /// COST001: the budget is the `word` meaning free.
    fn cost001_free_word(&self, word: &str) -> String;
    /// COST001: the budget is 0.
    fn cost001_zero(&self) -> String;
    /// COST001: there is no budget.
    fn cost001_no_budget(&self) -> String;
    /// COST001: `channel` has `budget` (the sentence above), but `hours` a week of staff time
    /// cost `cost` in `currency` a year.
    fn cost001_message(
        &self,
        channel: &str,
        budget: &str,
        hours: f64,
        cost: f64,
        currency: &str,
    ) -> String;
    /// COST002: the `budget` of `unit` is below the `cost` of its `hours` a week.
    fn cost002_unit(
        &self,
        unit: &str,
        budget: f64,
        cost: f64,
        hours: f64,
        currency: &str,
    ) -> String;
    /// COST002: the `budget` of `channel` is below the `cost` of its `hours` a week.
    fn cost002_channel(
        &self,
        channel: &str,
        budget: f64,
        cost: f64,
        hours: f64,
        currency: &str,
    ) -> String;

    /// DATA001: `sheet` has no header row in its first `rows` rows (known `columns` listed).
    fn data001_no_header_row(&self, sheet: &str, rows: u64, columns: &[&str]) -> String;
    /// DATA001: `sheet` has no `column` (the `accepted` names listed).
    fn data001_missing_column(&self, sheet: &str, column: &str, accepted: &[String]) -> String;
    /// DATA001: `sheet` has none of the `columns` of which each row needs one.
    fn data001_no_hours_or_share(&self, sheet: &str, columns: &[&str]) -> String;
    /// DATA001: none of the plan's sheets was found.
    fn data001_not_a_plan(&self) -> String;
    /// DATA001: `sheet` is missing (the `accepted` names listed).
    fn data001_missing_sheet(&self, sheet: &str, accepted: &[String], found: &[String]) -> String;
    /// DATA002: the words of the Organisation form column, after "is not" (`an organisation
    /// form (holistic, …)`), as [`RuleTexts::data002_not_in`] puts them.
    fn vocabulary_org_form(&self) -> &'static str;
    /// DATA002: the words of the Status column, likewise.
    fn vocabulary_status(&self) -> &'static str;
    /// DATA002: the words of the Employment column, likewise.
    fn vocabulary_employment(&self) -> &'static str;
    /// DATA002: the required `column` is empty.
    fn data002_required(&self, column: &str) -> String;
    /// DATA002: the Unit `column` is empty and the workbook holds several units.
    fn data002_unit_needed(&self, column: &str) -> String;
    /// DATA002: the row has neither hours nor a share.
    fn data002_no_hours_or_share(&self) -> String;
    /// DATA002: `value` is negative.
    fn data002_negative(&self, value: &str) -> String;
    /// DATA002: `value` is not a whole number.
    fn data002_not_whole(&self, value: &str) -> String;
    /// DATA002: `value` is not a share.
    fn data002_not_a_share(&self, value: &str) -> String;
    /// DATA002: a share of `value` % is negative.
    fn data002_negative_share(&self, value: &str) -> String;
    /// DATA002: a share of `value` % is above 100 %.
    fn data002_share_above_100(&self, value: &str) -> String;
    /// DATA002: `value` is not yes or no.
    fn data002_not_yes_no(&self, value: &str) -> String;
    /// DATA002: `value` is not text.
    fn data002_not_text(&self, value: &str) -> String;
    /// DATA002: `value` is neither an amount nor one of the `free` words.
    fn data002_not_an_amount(&self, value: &str, free: &[&str]) -> String;
    /// DATA002: `value` is in another currency than `currency`, that of `unit`.
    fn data002_other_currency(&self, value: &str, currency: &str, unit: &str) -> String;
    /// DATA002: `value` is not a date.
    fn data002_not_a_date(&self, value: &str) -> String;
    /// DATA002: `value` names no rule.
    fn data002_unknown_rule(&self, value: &str) -> String;
    /// DATA002: `value` is not one of the `words` (a `vocabulary_*` text).
    fn data002_not_in(&self, value: &str, words: &str) -> String;
    /// DATA002: `value` is no word the column knows.
    fn data002_unknown_word(&self, value: &str) -> String;
    /// DATA002: `value` is not a number.
    fn data002_not_a_number(&self, value: &str) -> String;
    /// DATA002: `column` in `at` (a cell or sheet) is invalid: `why` (a sentence above).
    fn data002_message(&self, column: &str, at: &str, why: &str) -> String;
    /// DATA003: the unit `value` in `at` is not on the Units sheet.
    fn data003_unknown_unit(&self, value: &str, at: &str) -> String;
    /// DATA003: the deputy `value` in `column` at `at` (deputy of `person`) is a name `count`
    /// people share.
    fn data003_name_not_unique(
        &self,
        column: &str,
        value: &str,
        at: &str,
        person: &str,
        count: u64,
    ) -> String;
    /// DATA003: who the unknown ID stands in for, to follow it: ` (deputy of P1)`.
    fn data003_deputy_of(&self, person: &str) -> String;
    /// DATA003: which channel the unknown ID works on, to follow it: ` (channel X)`.
    fn data003_channel(&self, channel: &str) -> String;
    /// DATA003: the ID `value` in `column` at `at` (`whose`, one of the two above or empty) is
    /// not on the Staff sheet.
    fn data003_message(&self, column: &str, value: &str, at: &str, whose: &str) -> String;
    /// DATA004: the unit `value` is also in the `workbooks` named.
    fn data004_unit_in_workbooks(&self, value: &str, workbooks: &[String]) -> String;
    /// DATA004: the unit `value` is listed twice on `sheet`, in `rows`.
    fn data004_twice_in_units(&self, value: &str, sheet: &str, rows: &[u64]) -> String;
    /// DATA004: the channel `value` of `unit` is planned twice on `sheet`, in `rows`.
    fn data004_twice_in_channels(
        &self,
        value: &str,
        unit: &str,
        sheet: &str,
        rows: &[u64],
    ) -> String;
    /// DATA004: the Person ID `value` appears twice on `sheet`, in `rows`.
    fn data004_twice_in_staff(&self, value: &str, sheet: &str, rows: &[u64]) -> String;

    /// WAIVE001: the waiver for `what` (of `unit`, if it names one), approved by `approved_by`
    /// until `valid_until`, matches no finding.
    fn waive001_message(
        &self,
        what: &str,
        unit: Option<&str>,
        approved_by: &str,
        valid_until: &str,
    ) -> String;

    // The rules' titles and explanations, one method a rule.

    /// SPOF001 `channel-single-person`: its title, summary and explanation.
    fn spof001(&self) -> RuleText;

    /// SPOF002 `role-without-deputy`: its title, summary and explanation.
    fn spof002(&self) -> RuleText;

    /// SPOF003 `deputy-not-on-channel`: its title, summary and explanation.
    fn spof003(&self) -> RuleText;

    /// SPOF004 `deputy-overloaded`: its title, summary and explanation.
    fn spof004(&self) -> RuleText;

    /// STAFF001 `understaffed-channel`: its title, summary and explanation.
    fn staff001(&self) -> RuleText;

    /// STAFF002 `too-many-channels`: its title, summary and explanation.
    fn staff002(&self) -> RuleText;

    /// STAFF003 `side-job`: its title, summary and explanation.
    fn staff003(&self) -> RuleText;

    /// STAFF004 `over-allocated`: its title, summary and explanation.
    fn staff004(&self) -> RuleText;

    /// STAFF005 `unplanned-channel`: its title, summary and explanation.
    fn staff005(&self) -> RuleText;

    /// STAFF006 `no-social-media-manager`: its title, summary and explanation.
    fn staff006(&self) -> RuleText;

    /// STAFF007 `broadcast-only`: its title, summary and explanation.
    fn staff007(&self) -> RuleText;

    /// STAFF008 `response-time-uncovered`: its title, summary and explanation.
    fn staff008(&self) -> RuleText;

    /// STAFF009 `team-too-small`: its title, summary and explanation.
    fn staff009(&self) -> RuleText;

    /// COORD008 `role-not-written-down`: its title, summary and explanation.
    fn coord008(&self) -> RuleText;

    /// COORD001 `missing-coordinator`: its title, summary and explanation.
    fn coord001(&self) -> RuleText;

    /// COORD002 `coordinator-without-time`: its title, summary and explanation.
    fn coord002(&self) -> RuleText;

    /// COORD003 `no-group-coordination`: its title, summary and explanation.
    fn coord003(&self) -> RuleText;

    /// COORD004 `org-form-mismatch`: its title, summary and explanation.
    fn coord004(&self) -> RuleText;

    /// COORD005 `no-executive-sponsor`: its title, summary and explanation.
    fn coord005(&self) -> RuleText;

    /// COORD006 `no-guidelines`: its title, summary and explanation.
    fn coord006(&self) -> RuleText;

    /// COORD007 `no-multiplier`: its title, summary and explanation.
    fn coord007(&self) -> RuleText;

    /// COST001 `free-platform-fallacy`: its title, summary and explanation.
    fn cost001(&self) -> RuleText;

    /// COST002 `budget-below-staff-cost`: its title, summary and explanation.
    fn cost002(&self) -> RuleText;

    /// DATA001 `missing-sheet-or-column`: its title, summary and explanation.
    fn data001(&self) -> RuleText;

    /// DATA002 `invalid-value`: its title, summary and explanation.
    fn data002(&self) -> RuleText;

    /// DATA003 `unknown-reference`: its title, summary and explanation.
    fn data003(&self) -> RuleText;

    /// DATA004 `duplicate-key`: its title, summary and explanation.
    fn data004(&self) -> RuleText;

    /// WAIVE001 `unused-waiver`: its title, summary and explanation.
    fn waive001(&self) -> RuleText;
}
