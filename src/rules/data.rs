//! Data (DATA001–DATA004): whether the workbook can be read as the contract says. The reader
//! (`load`) returns typed reading problems; this module turns them into these findings, and
//! holds their registry entries and the one check that needs the whole batch: a unit in two
//! workbooks.

use super::{Fact, Family, Rule, Scope, Target};
use crate::contract::{self, Lang};
use crate::findings::{Facts, Figures, Finding, Severity};
use crate::i18n;
use crate::load::coerce::Invalid;
use crate::load::{Duplicated, LoadError, ReadingProblem, Reference, Shortfall};
use crate::model::Workbook;
use crate::model::key;
use crate::rules::figures::GroupUnit;
use std::collections::HashMap;

/// `reason` of DATA001: a required sheet is missing.
pub(crate) const MISSING_SHEET: &str = "missing-sheet";
/// `reason` of DATA001: a sheet has no header row.
pub(crate) const NO_HEADER_ROW: &str = "no-header-row";
/// `reason` of DATA001: none of the sheets Staff, Allocation, Channels (a canteen menu dropped
/// into the folder).
pub(crate) const NOT_A_PLAN: &str = "not-a-plan";
/// `reason` of DATA001: a required column is missing.
pub(crate) const MISSING_COLUMN: &str = "missing-column";
/// `reason` of DATA001 (the Allocation sheet) and DATA002 (an Allocation row): neither hours
/// nor a share.
pub(crate) const NO_HOURS_OR_SHARE: &str = Invalid::NO_HOURS_OR_SHARE;
/// `reason` of DATA003: a unit that is not on the Units sheet.
pub(crate) const UNKNOWN_UNIT: &str = "unknown-unit";
/// `reason` of DATA003: a deputy given by a name that several people of the unit bear.
pub(crate) const NAME_NOT_UNIQUE: &str = "name-not-unique";
/// `reason` of DATA004: a unit listed twice on the Units sheet.
pub(crate) const TWICE_IN_UNITS: &str = "unit-twice";
/// `reason` of DATA004: a Person ID twice on the Staff sheet.
pub(crate) const TWICE_IN_STAFF: &str = "person-twice";
/// `reason` of DATA004: a channel planned twice for one unit.
pub(crate) const TWICE_IN_CHANNELS: &str = "channel-twice";

/// The rules of this family, in catalogue order (the registry reads them from here).
pub(crate) static RULES: &[&Rule] = &[&DATA001, &DATA002, &DATA003, &DATA004];

/// DATA001 `missing-sheet-or-column`: its entry in the registry.
pub static DATA001: Rule = Rule {
    code: "DATA001",
    name: "missing-sheet-or-column",
    severity: Severity::Error,
    family: Family::Data,
    scope: Scope::Load,
    workbook_check: None,
    group_check: None,
    message: message_data001,
    texts: |t| t.data001(),
};

/// DATA002 `invalid-value`: its entry in the registry.
pub static DATA002: Rule = Rule {
    code: "DATA002",
    name: "invalid-value",
    severity: Severity::Error,
    family: Family::Data,
    scope: Scope::Load,
    workbook_check: None,
    group_check: None,
    message: message_data002,
    texts: |t| t.data002(),
};

/// DATA003 `unknown-reference`: its entry in the registry.
pub static DATA003: Rule = Rule {
    code: "DATA003",
    name: "unknown-reference",
    severity: Severity::Error,
    family: Family::Data,
    scope: Scope::Load,
    workbook_check: None,
    group_check: None,
    message: message_data003,
    texts: |t| t.data003(),
};

/// DATA004 `duplicate-key`: its entry in the registry.
pub static DATA004: Rule = Rule {
    code: "DATA004",
    name: "duplicate-key",
    severity: Severity::Error,
    family: Family::Data,
    scope: Scope::Load,
    workbook_check: None,
    group_check: Some(check_data004_group),
    message: message_data004,
    texts: |t| t.data004(),
};

/// `reason` of DATA004 across the batch: a unit in two workbooks.
const UNIT_IN_WORKBOOKS: &str = "unit-in-workbooks";

/// DATA004 across the batch: every unit whose name (trimmed, case-insensitive) appears in two or
/// more workbooks: one finding for each occurrence, naming the other workbooks.
fn check_data004_group(units: &[GroupUnit], out: &mut Vec<Finding>) {
    let mut by_key: HashMap<String, Vec<&GroupUnit>> = HashMap::new();
    for u in units {
        let k = key(&u.unit);
        if !k.is_empty() {
            by_key.entry(k.into_owned()).or_default().push(u);
        }
    }
    for u in units {
        let Some(same) = by_key.get(key(&u.unit).as_ref()) else {
            continue;
        };
        let mut others: Vec<String> = same
            .iter()
            .filter(|o| o.workbook != u.workbook)
            .map(|o| o.workbook.clone())
            .collect();
        others.sort_unstable();
        others.dedup();
        if others.is_empty() {
            continue;
        }
        out.push(Finding::of(
            &DATA004,
            Target {
                workbook: &u.workbook,
                unit: Some(&u.unit),
                loc: u.unit_loc.clone(),
                subject: &u.unit,
                discriminator: UNIT_IN_WORKBOOKS,
            },
            Duplicate::InWorkbooks {
                unit: u.unit.clone(),
                workbooks: others,
            },
        ));
    }
}

/// DATA001's figures: what of the plan is missing.
pub(crate) enum MissingPart {
    /// None of the plan's sheets was found.
    NotAPlan,
    /// A required `sheet` (its contract name) is missing; the `accepted` names are listed.
    Sheet {
        /// The sheet's contract name.
        sheet: String,
        /// The other names accepted for it.
        accepted: Vec<String>,
        /// The sheets the workbook has, as it names them (none in a part of an older run).
        found: Vec<String>,
    },
    /// The sheet has no header row in its first `rows` rows.
    NoHeaderRow {
        /// The sheet's contract name.
        sheet: String,
        /// How many rows were searched.
        rows: u64,
        /// The columns a header row would name.
        columns: Vec<String>,
    },
    /// A required column is missing.
    Column {
        /// The sheet's contract name.
        sheet: String,
        /// The column's contract header.
        column: String,
        /// The other names accepted for it.
        accepted: Vec<String>,
    },
    /// The Allocation sheet has neither hours nor a share column.
    NoHoursOrShare {
        /// The sheet's contract name.
        sheet: String,
        /// The columns of which each row needs one.
        columns: Vec<String>,
    },
}

impl Figures for MissingPart {
    fn into_facts(self) -> Vec<Fact> {
        match self {
            MissingPart::NotAPlan => vec![Fact::Reason(NOT_A_PLAN)],
            MissingPart::Sheet {
                sheet,
                accepted,
                found,
            } => vec![
                Fact::Reason(MISSING_SHEET),
                Fact::Sheet(sheet),
                Fact::Accepted(accepted),
                Fact::Sheets(found),
            ],
            MissingPart::NoHeaderRow {
                sheet,
                rows,
                columns,
            } => vec![
                Fact::Reason(NO_HEADER_ROW),
                Fact::Sheet(sheet),
                Fact::Count(rows),
                Fact::Columns(columns),
            ],
            MissingPart::Column {
                sheet,
                column,
                accepted,
            } => vec![
                Fact::Reason(MISSING_COLUMN),
                Fact::Sheet(sheet),
                Fact::Column(column),
                Fact::Accepted(accepted),
            ],
            MissingPart::NoHoursOrShare { sheet, columns } => vec![
                Fact::Reason(NO_HOURS_OR_SHARE),
                Fact::Sheet(sheet),
                Fact::Columns(columns),
            ],
        }
    }

    fn from_facts(data: &Facts) -> Option<MissingPart> {
        let sheet = || data.sheet().cloned();
        Some(match *data.reason()? {
            NOT_A_PLAN => MissingPart::NotAPlan,
            MISSING_SHEET => MissingPart::Sheet {
                sheet: sheet()?,
                accepted: data.accepted()?.clone(),
                found: data.sheets().cloned().unwrap_or_default(),
            },
            NO_HEADER_ROW => MissingPart::NoHeaderRow {
                sheet: sheet()?,
                rows: *data.count()?,
                columns: data.columns()?.clone(),
            },
            MISSING_COLUMN => MissingPart::Column {
                sheet: sheet()?,
                column: data.column()?.clone(),
                accepted: data.accepted()?.clone(),
            },
            NO_HOURS_OR_SHARE => MissingPart::NoHoursOrShare {
                sheet: sheet()?,
                columns: data.columns()?.clone(),
            },
            _ => return None,
        })
    }
}

/// DATA002's figures: a cell that cannot be read as its column's type.
pub struct InvalidValue {
    /// The sheet's contract name.
    pub sheet: String,
    /// The column's contract header.
    pub column: String,
    /// Why it is invalid (one of `Invalid`'s words).
    pub reason: &'static str,
    /// The value as written.
    pub value: String,
    /// The unit's currency, when the value is in another one.
    pub currency: Option<String>,
}

impl Figures for InvalidValue {
    fn into_facts(self) -> Vec<Fact> {
        let mut facts = vec![
            Fact::Sheet(self.sheet),
            Fact::Column(self.column),
            Fact::Reason(self.reason),
            Fact::Value(self.value),
        ];
        facts.extend(self.currency.map(Fact::Currency));
        facts
    }

    fn from_facts(data: &Facts) -> Option<InvalidValue> {
        Some(InvalidValue {
            sheet: data.sheet()?.clone(),
            column: data.column()?.clone(),
            reason: data.reason()?,
            value: data.value()?.clone(),
            currency: data.currency().cloned(),
        })
    }
}

/// Whose reference DATA003's unknown Person ID is, to follow it in the message.
pub(crate) enum ReferenceOf {
    /// The deputy of `person`; `namesakes` when the reference is a name several people share.
    DeputyOf {
        /// The person whose deputy it is.
        person: String,
        /// How many people of the unit share the name, when more than one.
        namesakes: Option<u64>,
    },
    /// A person allocated to, or owning, the channel.
    Channel(String),
    /// A coordinator or sponsor of the unit.
    Unit,
}

/// DATA003's figures: a reference to someone, or a unit, that is not there.
pub(crate) enum UnknownReference {
    /// A unit not on the Units sheet.
    Unit {
        /// The unit as written.
        value: String,
    },
    /// A Person ID not on the Staff sheet.
    Person {
        /// The ID as written.
        value: String,
        /// The column's contract header.
        column: String,
        /// Whose reference it is.
        of: ReferenceOf,
    },
}

impl Figures for UnknownReference {
    fn into_facts(self) -> Vec<Fact> {
        match self {
            UnknownReference::Unit { value } => {
                vec![Fact::Reason(UNKNOWN_UNIT), Fact::Value(value)]
            }
            UnknownReference::Person { value, column, of } => {
                let mut facts = vec![Fact::Value(value), Fact::Column(column)];
                match of {
                    ReferenceOf::DeputyOf { person, namesakes } => {
                        facts.push(Fact::Person(person));
                        if let Some(n) = namesakes {
                            facts.extend([Fact::Reason(NAME_NOT_UNIQUE), Fact::Count(n)]);
                        }
                    }
                    ReferenceOf::Channel(channel) => facts.push(Fact::Channel(channel)),
                    ReferenceOf::Unit => {}
                }
                facts
            }
        }
    }

    fn from_facts(data: &Facts) -> Option<UnknownReference> {
        let value = data.value()?.clone();
        if data.reason() == Some(&UNKNOWN_UNIT) {
            return Some(UnknownReference::Unit { value });
        }
        let of = match (data.person(), data.channel()) {
            (Some(person), _) => ReferenceOf::DeputyOf {
                person: person.clone(),
                namesakes: match data.reason() {
                    Some(&NAME_NOT_UNIQUE) => Some(*data.count()?),
                    _ => None,
                },
            },
            (None, Some(channel)) => ReferenceOf::Channel(channel.clone()),
            (None, None) => ReferenceOf::Unit,
        };
        Some(UnknownReference::Person {
            value,
            column: data.column()?.clone(),
            of,
        })
    }
}

/// Where DATA004 found a key twice.
pub(crate) enum TwiceIn {
    /// A unit on the Units sheet.
    Units,
    /// A Person ID on the Staff sheet.
    Staff,
    /// A channel in one unit's plan.
    Channels,
}

/// DATA004's figures: a key that should be unique and is not.
pub(crate) enum Duplicate {
    /// A unit in several workbooks of the batch.
    InWorkbooks {
        /// The unit.
        unit: String,
        /// The other workbooks it is in.
        workbooks: Vec<String>,
    },
    /// A key twice on one sheet.
    Twice {
        /// Which sheet and key.
        within: TwiceIn,
        /// The key as written.
        value: String,
        /// Both rows, as the spreadsheet numbers them.
        rows: Vec<u64>,
    },
}

impl Figures for Duplicate {
    fn into_facts(self) -> Vec<Fact> {
        match self {
            Duplicate::InWorkbooks { unit, workbooks } => vec![
                Fact::Reason(UNIT_IN_WORKBOOKS),
                Fact::Value(unit),
                Fact::Workbooks(workbooks),
            ],
            Duplicate::Twice {
                within,
                value,
                rows,
            } => vec![
                Fact::Reason(match within {
                    TwiceIn::Units => TWICE_IN_UNITS,
                    TwiceIn::Staff => TWICE_IN_STAFF,
                    TwiceIn::Channels => TWICE_IN_CHANNELS,
                }),
                Fact::Value(value),
                Fact::Rows(rows),
            ],
        }
    }

    fn from_facts(data: &Facts) -> Option<Duplicate> {
        let value = data.value()?.clone();
        let within = match *data.reason()? {
            UNIT_IN_WORKBOOKS => {
                return Some(Duplicate::InWorkbooks {
                    unit: value,
                    workbooks: data.workbooks()?.clone(),
                });
            }
            TWICE_IN_UNITS => TwiceIn::Units,
            TWICE_IN_STAFF => TwiceIn::Staff,
            TWICE_IN_CHANNELS => TwiceIn::Channels,
            _ => return None,
        };
        Some(Duplicate::Twice {
            within,
            value,
            rows: data.rows()?.clone(),
        })
    }
}

/// The flagged cell as `Sheet!A1` for a message, or the sheet by its name in the language.
fn where_in(f: &Finding, sheet: &str, lang: Lang) -> String {
    match &f.loc {
        Some(loc) => format!("{}!{}", loc.sheet, loc.a1()),
        None => contract::sheet_name(sheet, lang).to_string(),
    }
}

fn message_data001(f: &Finding, lang: Lang) -> Option<String> {
    let t = i18n::texts(lang);
    // The sheet as the workbook names it where the finding has a cell, else in the language.
    let sheet = |sheet: &str| match &f.loc {
        Some(loc) => loc.sheet.clone(),
        None => contract::sheet_name(sheet, lang).to_string(),
    };
    fn headers(columns: &[String], lang: Lang) -> Vec<&str> {
        columns
            .iter()
            .map(|h| contract::column_header(h, lang))
            .collect()
    }
    Some(match MissingPart::from_facts(&f.data)? {
        MissingPart::NotAPlan => t.data001_not_a_plan(),
        MissingPart::Sheet {
            sheet: s,
            accepted,
            found,
        } => t.data001_missing_sheet(&sheet(&s), &accepted, &found),
        MissingPart::NoHeaderRow {
            sheet: s,
            rows,
            columns,
        } => t.data001_no_header_row(&sheet(&s), rows, &headers(&columns, lang)),
        MissingPart::Column {
            sheet: s,
            column,
            accepted,
        } => {
            let column = contract::column_header(&column, lang);
            t.data001_missing_column(&sheet(&s), column, &accepted)
        }
        MissingPart::NoHoursOrShare { sheet: s, columns } => {
            t.data001_no_hours_or_share(&sheet(&s), &headers(&columns, lang))
        }
    })
}

/// The words a vocabulary column accepts, for a DATA002 message.
fn vocabulary(column: &str, lang: Lang) -> Option<&'static str> {
    let t = i18n::texts(lang);
    Some(match column {
        "Organisation form" => t.vocabulary_org_form(),
        "Status" => t.vocabulary_status(),
        "Employment" => t.vocabulary_employment(),
        _ => return None,
    })
}

/// Why a DATA002 cell is invalid, as a clause of the message (`None` for a value in another
/// currency whose figures do not name the unit's).
fn invalid_because(
    f: &Finding,
    figures: &InvalidValue,
    header: &str,
    lang: Lang,
) -> Option<String> {
    let t = i18n::texts(lang);
    let value = figures.value.as_str();
    Some(match figures.reason {
        Invalid::REQUIRED => t.data002_required(header),
        Invalid::UNIT_NEEDED => t.data002_unit_needed(header),
        NO_HOURS_OR_SHARE => t.data002_no_hours_or_share(),
        Invalid::NEGATIVE => t.data002_negative(value),
        Invalid::NOT_WHOLE => t.data002_not_whole(value),
        Invalid::NOT_A_SHARE => t.data002_not_a_share(value),
        Invalid::NEGATIVE_SHARE => t.data002_negative_share(value),
        Invalid::SHARE_ABOVE_100 => t.data002_share_above_100(value),
        Invalid::NOT_YES_NO => t.data002_not_yes_no(value),
        Invalid::NOT_TEXT => t.data002_not_text(value),
        Invalid::NOT_AN_AMOUNT => t.data002_not_an_amount(value, crate::contract::FREE_WORDS),
        Invalid::OTHER_CURRENCY => t.data002_other_currency(
            value,
            figures.currency.as_deref()?,
            f.unit.as_deref().unwrap_or_default(),
        ),
        Invalid::NOT_A_DATE => t.data002_not_a_date(value),
        Invalid::UNKNOWN_RULE => t.data002_unknown_rule(value),
        Invalid::NOT_IN_VOCABULARY => match vocabulary(&figures.column, lang) {
            Some(words) => t.data002_not_in(value, words),
            None => t.data002_unknown_word(value),
        },
        _ => t.data002_not_a_number(value),
    })
}

fn message_data002(f: &Finding, lang: Lang) -> Option<String> {
    let figures = InvalidValue::from_facts(&f.data)?;
    let header = contract::column_header(&figures.column, lang);
    let why = invalid_because(f, &figures, header, lang)?;
    let at = where_in(f, &figures.sheet, lang);
    Some(i18n::texts(lang).data002_message(header, &at, &why))
}

fn message_data003(f: &Finding, lang: Lang) -> Option<String> {
    let t = i18n::texts(lang);
    let at = where_in(f, "", lang);
    let (value, column, of) = match UnknownReference::from_facts(&f.data)? {
        UnknownReference::Unit { value } => return Some(t.data003_unknown_unit(&value, &at)),
        UnknownReference::Person { value, column, of } => (value, column, of),
    };
    let column = contract::column_header(&column, lang);
    let whose = match of {
        ReferenceOf::DeputyOf {
            person,
            namesakes: Some(n),
        } => return Some(t.data003_name_not_unique(column, &value, &at, &person, n)),
        ReferenceOf::DeputyOf {
            person,
            namesakes: None,
        } => t.data003_deputy_of(&person),
        ReferenceOf::Channel(channel) => t.data003_channel(&channel),
        ReferenceOf::Unit => String::new(),
    };
    Some(t.data003_message(column, &value, &at, &whose))
}

fn message_data004(f: &Finding, lang: Lang) -> Option<String> {
    let t = i18n::texts(lang);
    let sheet = f.sheet().unwrap_or("");
    Some(match Duplicate::from_facts(&f.data)? {
        Duplicate::InWorkbooks { unit, workbooks } => {
            t.data004_unit_in_workbooks(&unit, &workbooks)
        }
        Duplicate::Twice {
            within,
            value,
            rows,
        } => match within {
            TwiceIn::Units => t.data004_twice_in_units(&value, sheet, &rows),
            TwiceIn::Channels => {
                let unit = f.unit.as_deref().unwrap_or("");
                t.data004_twice_in_channels(&value, unit, sheet, &rows)
            }
            TwiceIn::Staff => t.data004_twice_in_staff(&value, sheet, &rows),
        },
    })
}

/// Reads one workbook (`load::load`) and turns its reading problems into DATA findings.
/// `display` is the workbook's path as findings name it.
pub fn load(path: &std::path::Path, display: &str) -> Result<(Workbook, Vec<Finding>), LoadError> {
    let rule_code = |key: &str| super::rule(key).map(|r| r.code);
    let (workbook, problems) = crate::load::load(path, display, &rule_code)?;
    let findings = findings(display, &problems);
    Ok((workbook, findings))
}

/// [`load`] guarded against panics in the readers: a panic becomes `LoadError::Internal` (its
/// message and place after the dash) and prints nothing. The batch guards each workbook's whole
/// work the same way; this is the loader alone, for callers and tests that only read.
pub fn load_guarded(
    path: &std::path::Path,
    display: &str,
) -> Result<(Workbook, Vec<Finding>), LoadError> {
    crate::guard::guarded(|| load(path, display)).unwrap_or_else(|panicked| {
        Err(LoadError::Internal {
            detail: panicked.detail,
        })
    })
}

/// The DATA findings of a workbook's reading problems, in the order the reader met them.
pub fn findings(workbook: &str, problems: &[ReadingProblem]) -> Vec<Finding> {
    problems.iter().map(|p| finding(workbook, p)).collect()
}

/// The finding of one reading problem: its rule, the key that tells it from others, its typed figures.
fn finding(workbook: &str, problem: &ReadingProblem) -> Finding {
    let sheet_name = problem.loc.as_ref().map_or("", |l| l.sheet.as_str());
    let (rule, discriminator, facts): (&'static Rule, String, Vec<Fact>) = match &problem.what {
        Shortfall::NotAPlan => (
            &DATA001,
            NOT_A_PLAN.into(),
            MissingPart::NotAPlan.into_facts(),
        ),
        Shortfall::MissingSheet { sheet, found } => {
            let def = sheet.def();
            let mut accepted = vec![def.name_de.to_string(), def.name_fr.to_string()];
            accepted.extend(def.aliases.iter().map(|a| a.to_string()));
            let figures = MissingPart::Sheet {
                sheet: def.name.to_string(),
                accepted,
                found: found.clone(),
            };
            (&DATA001, "sheet".into(), figures.into_facts())
        }
        Shortfall::NoHeaderRow {
            sheet,
            rows_searched,
        } => {
            let figures = MissingPart::NoHeaderRow {
                sheet: sheet.name().to_string(),
                rows: u64::from(*rows_searched),
                columns: sheet
                    .def()
                    .columns
                    .iter()
                    .filter(|c| c.required)
                    .map(|c| c.header.to_string())
                    .collect(),
            };
            (&DATA001, "header".into(), figures.into_facts())
        }
        Shortfall::MissingColumn { sheet, col } => {
            let column = sheet.def().column(*col).expect("a column of the sheet");
            let mut accepted = vec![column.header_de.to_string()];
            accepted.extend(column.aliases.iter().map(|a| a.to_string()));
            let figures = MissingPart::Column {
                sheet: sheet.name().to_string(),
                column: column.header.to_string(),
                accepted,
            };
            (&DATA001, sheet_name.to_string(), figures.into_facts())
        }
        Shortfall::NoHoursOrShare { sheet } => {
            let figures = MissingPart::NoHoursOrShare {
                sheet: sheet.name().to_string(),
                columns: vec![
                    sheet.header(contract::Col::Hours).to_string(),
                    sheet.header(contract::Col::Share).to_string(),
                ],
            };
            (&DATA001, sheet_name.to_string(), figures.into_facts())
        }
        Shortfall::InvalidValue {
            sheet,
            col,
            reason,
            value,
        } => {
            let figures = InvalidValue {
                sheet: sheet.name().to_string(),
                column: sheet.header(*col).to_string(),
                reason,
                value: value.clone(),
                currency: None,
            };
            (&DATA002, sheet.header(*col).into(), figures.into_facts())
        }
        Shortfall::OtherCurrency {
            sheet,
            col,
            value,
            currency,
        } => {
            let figures = InvalidValue {
                sheet: sheet.name().to_string(),
                column: sheet.header(*col).to_string(),
                reason: Invalid::OTHER_CURRENCY,
                value: value.clone(),
                currency: Some(currency.clone()),
            };
            (&DATA002, sheet.header(*col).into(), figures.into_facts())
        }
        Shortfall::UnknownUnit { row_subject } => {
            let figures = UnknownReference::Unit {
                value: problem.subject.clone(),
            };
            (&DATA003, row_subject.clone(), figures.into_facts())
        }
        Shortfall::UnknownPerson {
            sheet,
            col,
            reference,
        } => {
            let column = sheet.header(*col);
            let (what, of) = match reference {
                Reference::Allocation { channel } => (
                    format!("person (channel {channel})"),
                    ReferenceOf::Channel(channel.clone()),
                ),
                Reference::Deputy { of, namesakes } => (
                    format!("deputy of {of}"),
                    ReferenceOf::DeputyOf {
                        person: of.clone(),
                        namesakes: Some(*namesakes as u64).filter(|&n| n > 1),
                    },
                ),
                Reference::Coordinator => ("coordinator".into(), ReferenceOf::Unit),
                Reference::Sponsor => ("executive sponsor".into(), ReferenceOf::Unit),
                Reference::Owner { channel } => (
                    format!("owner of {channel}"),
                    ReferenceOf::Channel(channel.clone()),
                ),
            };
            let figures = UnknownReference::Person {
                value: problem.subject.clone(),
                column: column.to_string(),
                of,
            };
            (
                &DATA003,
                format!("{}:{column}:{what}", sheet.name()),
                figures.into_facts(),
            )
        }
        Shortfall::Duplicate {
            key,
            first_row,
            second_row,
        } => {
            let (within, discriminator) = match key {
                Duplicated::Unit => (TwiceIn::Units, "unit"),
                Duplicated::Person => (TwiceIn::Staff, "person"),
                Duplicated::Channel => (TwiceIn::Channels, "channel"),
            };
            let figures = Duplicate::Twice {
                within,
                value: problem.subject.clone(),
                rows: vec![u64::from(*first_row) + 1, u64::from(*second_row) + 1],
            };
            (&DATA004, discriminator.into(), figures.into_facts())
        }
    };
    let target = Target {
        workbook,
        unit: problem.unit.as_deref(),
        loc: problem.loc.clone(),
        subject: &problem.subject,
        discriminator: &discriminator,
    };
    Finding::new(rule, target, facts)
}
