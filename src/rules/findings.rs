//! A finding: one rule's verdict on one subject, pointing at the cell that shows it, with the
//! typed figures that prove it and a stable id; its text is rendered in the reader's language.

use crate::contract::{Lang, OrgForm, Role};
use crate::model::Loc;
use crate::rules::Rule;
use serde::{Deserialize, Serialize};

/// How serious a finding is; ordered so that `Error > Warning > Info`.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth knowing; no action required.
    Info,
    /// A weakness to fix.
    Warning,
    /// A problem that makes the plan unsound.
    Error,
}

impl Severity {
    /// Every severity, worst first.
    pub(crate) const WORST_FIRST: [Severity; 3] =
        [Severity::Error, Severity::Warning, Severity::Info];

    /// The severity as the contract and `findings.json` spell it: `error`, `warning`, `info`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    /// The severity's word in the reader's language.
    pub fn label(self, lang: Lang) -> &'static str {
        let words = crate::i18n::texts(lang);
        match self {
            Severity::Info => words.severity_info(),
            Severity::Warning => words.severity_warning(),
            Severity::Error => words.severity_error(),
        }
    }
}

/// Declares the typed figures a finding can carry: each with its key in `findings.json`'s
/// `data`, its type, a getter on `Facts` and its documentation (which the schema shows).
macro_rules! facts {
    ($( $(#[doc = $doc:literal])+ $variant:ident($ty:ty) = $key:literal, $getter:ident; )+) => {
        /// One typed figure of a finding: what the rule saw (hours, money, people, reasons).
        #[derive(Clone, Debug, PartialEq)]
        pub enum Fact {
            $( $(#[doc = $doc])+ $variant($ty), )+
        }

        impl Fact {
            /// The key of the figure in `findings.json`'s `data`.
            pub fn key(&self) -> &'static str {
                match self { $( Fact::$variant(_) => $key, )+ }
            }

            fn serialize_entry<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
                match self { $( Fact::$variant(v) => map.serialize_entry($key, v), )+ }
            }
        }

        impl Facts {
            $(
                $(#[doc = $doc])+
                pub fn $getter(&self) -> Option<&$ty> {
                    self.0.iter().find_map(|f| match f { Fact::$variant(v) => Some(v), _ => None })
                }
            )+
        }

        impl<'de> Deserialize<'de> for Facts {
            /// Reads `data` back (a part file): each key to its figure, in the order written.
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Facts, D::Error> {
                struct Visit;
                impl<'de> serde::de::Visitor<'de> for Visit {
                    type Value = Facts;
                    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        f.write_str("an object of a finding's figures")
                    }
                    fn visit_map<M: serde::de::MapAccess<'de>>(self, mut map: M) -> Result<Facts, M::Error> {
                        let mut facts = Vec::new();
                        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
                            let fact = match key.as_ref() {
                                $( $key => Fact::$variant(
                                    <$ty as FactValue>::from_raw(map.next_value()?)
                                        .map_err(serde::de::Error::custom)?,
                                ), )+
                                other => return Err(serde::de::Error::unknown_field(other, &[$($key),+])),
                            };
                            facts.push(fact);
                        }
                        Ok(Facts(facts))
                    }
                }
                deserializer.deserialize_map(Visit)
            }
        }

        /// The JSON schema of `data`: an object whose every key is optional.
        fn facts_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
            let mut properties = serde_json::Map::new();
            $(
                let mut schema = generator.subschema_for::<$ty>();
                let doc: &[&str] = &[$($doc),+];
                let doc = doc.iter().map(|l| l.trim()).collect::<Vec<_>>().join(" ");
                schema.insert("description".into(), doc.into());
                properties.insert($key.into(), schema.to_value());
            )+
            schemars::json_schema!({
                "type": "object",
                "description": "The figures that prove the finding, typed, so that scripts never parse the message. Which keys appear depends on the rule.",
                "properties": properties,
                "additionalProperties": false
            })
        }
    };
}

facts! {
    /// The channel the finding is about.
    Channel(String) = "channel", channel;
    /// The person the finding is about (Person ID).
    Person(String) = "person", person;
    /// That person's name, where the Staff sheet gives one.
    PersonName(String) = "person_name", person_name;
    /// The person's deputy (Person ID).
    Deputy(String) = "deputy", deputy;
    /// The deputy's name, where the Staff sheet gives one.
    DeputyName(String) = "deputy_name", deputy_name;
    /// The unit the deputy works in, when it is another unit.
    DeputyUnit(String) = "deputy_unit", deputy_unit;
    /// Why the rule fired, where it fires for several reasons (kebab-case, e.g. `no-deputy`).
    Reason(&'static str) = "reason", reason;
    /// Hours per week allocated (to the channel, by the person, or to the unit).
    Hours(f64) = "hours", hours;
    /// The answer time a channel promises, in hours (Channels, Response time).
    ResponseHours(f64) = "response_hours", response_hours;
    /// Hours per week the channel requires.
    RequiredHours(f64) = "required_hours", required_hours;
    /// The fewest hours per week that pass: required hours less the tolerance.
    MinimumHours(f64) = "minimum_hours", minimum_hours;
    /// The person's weekly hours (Staff).
    WeeklyHours(f64) = "weekly_hours", weekly_hours;
    /// Posts per week of the channel, when its required hours are derived from them.
    PostsPerWeek(f64) = "posts_per_week", posts_per_week;
    /// Base hours per week of a channel (setting `channel_base_hours`).
    BaseHours(f64) = "base_hours", base_hours;
    /// Hours per post (setting `hours_per_post`).
    HoursPerPost(f64) = "hours_per_post", hours_per_post;
    /// A share of the weekly hours, as a fraction (0.25 = 25 %).
    Share(f64) = "share", share;
    /// The threshold the figure was compared with (a fraction for shares and tolerances, else
    /// in the figure's own unit).
    Threshold(f64) = "threshold", threshold;
    /// How many: active channels, people someone stands in for, departments, units.
    Count(u64) = "count", count;
    /// The most that passes: channels the FTE can carry, people one deputy may stand in for.
    Limit(u64) = "limit", limit;
    /// Full-time equivalents of social media time.
    Fte(f64) = "fte", fte;
    /// People concerned (Person IDs).
    People(Vec<String>) = "people", people;
    /// Departments concerned.
    Departments(Vec<String>) = "departments", departments;
    /// A department.
    Department(String) = "department", department;
    /// Countries concerned.
    Countries(Vec<String>) = "countries", countries;
    /// Units concerned.
    Units(Vec<String>) = "units", units;
    /// Workbooks concerned (paths relative to the input argument).
    Workbooks(Vec<String>) = "workbooks", workbooks;
    /// Annual staff cost of the allocated time.
    Cost(f64) = "cost", cost;
    /// The budget a year as written.
    Budget(f64) = "budget", budget;
    /// The word in the Budget cell that means free (`kostenlos`, `free`).
    BudgetWord(String) = "budget_word", budget_word;
    /// ISO code of the currency of `cost` and `budget`.
    Currency(String) = "currency", currency;
    /// Employees of the unit.
    Employees(f64) = "employees", employees;
    /// The person's role.
    Role(Role) = "role", role;
    /// The declared organisation form.
    OrgForm(OrgForm) = "org_form", org_form;
    /// A sheet, by its English contract name (`Staff`).
    Sheet(String) = "sheet", sheet;
    /// A column, by its English contract header (`Weekly hours`).
    Column(String) = "column", column;
    /// The cell's value as written.
    Value(String) = "value", value;
    /// Columns concerned, by their English contract headers.
    Columns(Vec<String>) = "columns", columns;
    /// Row numbers concerned, as the spreadsheet shows them (from 1).
    Rows(Vec<u64>) = "rows", rows;
    /// Who approved a waiver.
    ApprovedBy(String) = "approved_by", approved_by;
    /// The last day a waiver holds, `YYYY-MM-DD`.
    ValidUntil(String) = "valid_until", valid_until;
    /// Other names that are accepted for a sheet or column.
    Accepted(Vec<String>) = "accepted", accepted;
    /// The sheets the workbook has, as it names them.
    Sheets(Vec<String>) = "sheets", sheets;
}

/// How a figure's value is read back from JSON: its owned form, then the figure (a reason is
/// one of the rules' words, kept once for the whole process).
trait FactValue: Sized {
    /// The form serde reads.
    type Raw: serde::de::DeserializeOwned;
    /// The figure from what was read.
    fn from_raw(raw: Self::Raw) -> Result<Self, String>;
}

macro_rules! fact_value_as_is {
    ($($ty:ty),+) => {
        $( impl FactValue for $ty {
            type Raw = $ty;
            fn from_raw(raw: $ty) -> Result<$ty, String> {
                Ok(raw)
            }
        } )+
    };
}

fact_value_as_is!(String, u64, Vec<String>, Vec<u64>, Role, OrgForm);

/// A number written as `null` (not finite) reads back as NaN, which every output shows as empty.
impl FactValue for f64 {
    type Raw = Option<f64>;
    fn from_raw(raw: Option<f64>) -> Result<f64, String> {
        Ok(raw.unwrap_or(f64::NAN))
    }
}

impl FactValue for &'static str {
    type Raw = String;
    fn from_raw(raw: String) -> Result<&'static str, String> {
        intern_reason(&raw)
    }
}

/// A reason word (`no-deputy`) as the `&'static str` a finding carries. The rules' reasons are a
/// few dozen kebab-case words; a file that names more, or other text, is refused.
fn intern_reason(word: &str) -> Result<&'static str, String> {
    use std::collections::HashSet;
    use std::sync::{LazyLock, Mutex};
    static KNOWN: LazyLock<Mutex<HashSet<&'static str>>> = LazyLock::new(Default::default);
    const MOST: usize = 1024;
    let kebab = !word.is_empty()
        && word.len() <= 64
        && word
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if !kebab {
        return Err(format!("{word:?} is not a reason word"));
    }
    let mut known = KNOWN.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(&w) = known.get(word) {
        return Ok(w);
    }
    if known.len() >= MOST {
        return Err(format!("too many reason words ({word:?})"));
    }
    let w: &'static str = Box::leak(word.to_string().into_boxed_str());
    known.insert(w);
    Ok(w)
}

/// Serde for a figure that may not be finite: written as `null` then, read back as NaN (the
/// part files of `--part`; every output shows such a figure as empty).
pub(crate) mod finite {
    use serde::{Deserialize, Deserializer, Serializer};

    /// Writes the number, or `null` when it is not finite.
    pub(crate) fn serialize<S: Serializer>(x: &f64, serializer: S) -> Result<S::Ok, S::Error> {
        if x.is_finite() {
            serializer.serialize_f64(*x)
        } else {
            serializer.serialize_none()
        }
    }

    /// Reads a number, `null` as NaN.
    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<f64, D::Error> {
        Ok(Option::<f64>::deserialize(deserializer)?.unwrap_or(f64::NAN))
    }
}

/// The typed figures of one finding, in the order the rule gave them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Facts(pub Vec<Fact>);

impl Serialize for Facts {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for fact in &self.0 {
            fact.serialize_entry(&mut map)?;
        }
        map.end()
    }
}

impl schemars::JsonSchema for Facts {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "FindingData".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        facts_schema(generator)
    }
}

/// A rule's figures as one typed value, as its check builds it (a figure it forgets does not
/// compile) and its message destructures it; written as the finding's `data`, key by key.
pub trait Figures: Sized {
    /// The figures as the entries of `data`, in the order `findings.json` shows them.
    fn into_facts(self) -> Vec<Fact>;
    /// The figures read back from `data` (a part file, a finding built by hand): `None` when
    /// one they need is missing, never a made-up 0.
    fn from_facts(data: &Facts) -> Option<Self>;
}

/// A person as a finding names them: the Person ID and, where the Staff sheet gives one, the
/// name; written as `person`/`person_name`, or `deputy`/`deputy_name` for a deputy.
#[derive(Clone, Debug, PartialEq)]
pub struct Who {
    /// The Person ID.
    pub id: String,
    /// The name, where the Staff sheet gives one.
    pub name: Option<String>,
}

impl Who {
    /// The person as `person` and `person_name`.
    pub fn person_facts(self) -> Vec<Fact> {
        let mut facts = vec![Fact::Person(self.id)];
        facts.extend(self.name.map(Fact::PersonName));
        facts
    }

    /// The deputy as `deputy` and `deputy_name`.
    pub(crate) fn deputy_facts(self) -> Vec<Fact> {
        let mut facts = vec![Fact::Deputy(self.id)];
        facts.extend(self.name.map(Fact::DeputyName));
        facts
    }

    /// The person of `data` (`person`, `person_name`).
    pub(crate) fn person_of(data: &Facts) -> Option<Who> {
        Some(Who {
            id: data.person()?.clone(),
            name: data.person_name().cloned(),
        })
    }

    /// The deputy of `data` (`deputy`, `deputy_name`).
    pub(crate) fn deputy_of(data: &Facts) -> Option<Who> {
        Some(Who {
            id: data.deputy()?.clone(),
            name: data.deputy_name().cloned(),
        })
    }
}

/// A person for running text: `P1 (Anna Schmidt)`, or the ID alone.
impl std::fmt::Display for Who {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::i18n::person(&self.id, self.name.as_deref()))
    }
}

/// Where a finding points and what it is about: everything but its rule and figures.
#[derive(Clone, Debug)]
pub struct Target<'a> {
    /// The workbook path as findings name it.
    pub workbook: &'a str,
    /// The unit, when the finding belongs to one.
    pub unit: Option<&'a str>,
    /// The flagged cell, when there is one.
    pub loc: Option<Loc>,
    /// What the finding is about: a channel, a person ID, a unit, a missing sheet or column.
    pub subject: &'a str,
    /// Tells apart two findings of one rule on one subject (e.g. the column of an invalid value).
    pub discriminator: &'a str,
}

/// One finding. `loc` is the flagged cell; `None` when the finding has no cell of its own
/// (the annotated copy then points it at the unit's Summary row). Serialised as a part file
/// keeps it (its rule by code, no message: each output renders that).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Finding {
    /// Stable across runs: derived from rule, workbook, unit, subject and discriminator.
    pub id: String,
    /// The rule that raised it.
    #[serde(with = "rule_code")]
    #[schemars(with = "String")]
    pub rule: &'static Rule,
    /// The rule's severity under the run's config.
    pub severity: Severity,
    /// The workbook path relative to the input argument, `/`-separated.
    pub workbook: String,
    /// The unit the finding belongs to.
    pub unit: Option<String>,
    /// The flagged cell.
    pub loc: Option<Loc>,
    /// What the finding is about: a channel, a person ID, a unit, a missing sheet or column.
    pub subject: String,
    /// The figures that prove it.
    pub data: Facts,
    /// Identifies the same problem across runs even when the workbook is renamed: rule, unit,
    /// subject and discriminator, with the workbook only for a unit named after its file.
    pub key: String,
    /// New or unchanged against the baseline of the run (`--baseline`), if it has one.
    pub change: Option<Change>,
    /// The waiver that accepts it, if one does.
    pub waiver: Option<Box<Waived>>,
}

/// A finding's rule as its code (`SPOF001`), read back from the registry.
mod rule_code {
    use crate::rules::Rule;
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    pub(crate) fn serialize<S: Serializer>(
        rule: &&'static Rule,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(rule.code)
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<&'static Rule, D::Error> {
        let code = std::borrow::Cow::<'de, str>::deserialize(deserializer)?;
        crate::rules::all()
            .iter()
            .copied()
            .find(|r| r.code == code)
            .ok_or_else(|| D::Error::custom(format!("unknown rule {code:?}")))
    }
}

/// A finding's waiver: who accepted it, why, until when, and whether that day has passed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Waived {
    /// Why the finding is accepted.
    pub reason: String,
    /// Who approved it.
    pub approved_by: String,
    /// The last day it holds, `YYYY-MM-DD`.
    pub valid_until: String,
    /// Whether the run's day is after `valid_until`: then the finding counts again.
    pub expired: bool,
}

impl Finding {
    /// Whether the finding counts for the exit code: not accepted by a waiver that still holds.
    pub fn counts(&self) -> bool {
        self.waiver.as_ref().is_none_or(|w| w.expired)
    }
}

/// Whether a finding was in the baseline run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Change {
    /// Not in the baseline.
    New,
    /// In the baseline too.
    Unchanged,
}

impl Change {
    /// The word `findings.json` uses.
    pub fn as_str(self) -> &'static str {
        match self {
            Change::New => "new",
            Change::Unchanged => "unchanged",
        }
    }
}

impl Finding {
    /// Builds a finding of `rule` from its typed figures (see [`Finding::new`]).
    pub fn of(rule: &'static Rule, target: Target<'_>, figures: impl Figures) -> Finding {
        Finding::new(rule, target, figures.into_facts())
    }

    /// Builds a finding of `rule` with its default severity; the id is derived from rule,
    /// workbook, unit, subject and discriminator, never from the figures or the row, so
    /// inserting a row above does not change it.
    pub fn new(rule: &'static Rule, target: Target<'_>, facts: Vec<Fact>) -> Finding {
        let subject = target.subject.trim().to_lowercase();
        let id = stable_id(&[
            rule.code,
            target.workbook,
            target.unit.unwrap_or(""),
            &subject,
            target.discriminator,
        ]);
        // A unit the workbook names survives a renamed file; one named after the file does not.
        let stem = target
            .workbook
            .rsplit('/')
            .next()
            .and_then(|f| f.rsplit_once('.').map(|(stem, _)| stem))
            .unwrap_or(target.workbook);
        let key = match target.unit.map(|u| u.trim().to_lowercase()) {
            Some(unit) if !unit.is_empty() && unit != stem.trim().to_lowercase() => {
                stable_id(&[rule.code, "unit", &unit, &subject, target.discriminator])
            }
            _ => stable_id(&[
                rule.code,
                "workbook",
                target.workbook,
                target.unit.unwrap_or(""),
                &subject,
                target.discriminator,
            ]),
        };
        Finding {
            id,
            rule,
            severity: rule.severity,
            workbook: target.workbook.to_string(),
            unit: target.unit.map(str::to_string),
            loc: target.loc,
            subject: target.subject.to_string(),
            data: Facts(facts),
            key,
            change: None,
            waiver: None,
        }
    }

    /// The rule code, e.g. `SPOF001`.
    pub fn code(&self) -> &'static str {
        self.rule.code
    }

    /// What is wrong, in one or two sentences in the reader's language.
    /// A finding whose figures cannot be read back (built by hand without them) says its
    /// rule's summary.
    pub fn message(&self, lang: Lang) -> String {
        let mut text =
            (self.rule.message)(self, lang).unwrap_or_else(|| self.rule.summary(lang).to_string());
        // A sentence that ends in a name ending in a full stop ("Inc.") ends once.
        if text.ends_with("..") {
            text.pop();
        }
        text
    }

    /// The sheet of the flagged cell.
    pub fn sheet(&self) -> Option<&str> {
        self.loc.as_ref().map(|l| l.sheet.as_str())
    }

    /// The flagged cell in A1 notation.
    pub fn cell(&self) -> Option<String> {
        self.loc.as_ref().map(Loc::a1)
    }
}

/// A short hex id from the parts: FNV-1a 64 (stable across runs, platforms and Rust versions).
pub(crate) fn stable_id(parts: &[&str]) -> String {
    format!("{:016x}", stable_hash(parts))
}

/// FNV-1a 64 of the parts, each followed by a unit separator (0x1f), so `["ab", "c"]` and
/// `["a", "bc"]` differ.
pub(crate) fn stable_hash(parts: &[&str]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for byte in part.bytes().chain(std::iter::once(0x1f)) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    hash
}

/// The reading order of findings: workbook, sheet, row, column, rule, subject, id.
pub fn order(a: &Finding, b: &Finding) -> std::cmp::Ordering {
    fn pos(f: &Finding) -> Option<(&str, u32, u32)> {
        f.loc.as_ref().map(|l| (l.sheet.as_str(), l.row, l.col))
    }
    (&a.workbook, pos(a), a.rule.code, &a.subject, &a.id).cmp(&(
        &b.workbook,
        pos(b),
        b.rule.code,
        &b.subject,
        &b.id,
    ))
}

/// Sorts findings into their reading order (see `order`).
pub fn sort(findings: &mut [Finding]) {
    findings.sort_by(order);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_stable_and_distinct() {
        let a = stable_id(&["SPOF001", "a.xlsx", "DE", "facebook", ""]);
        assert_eq!(a, stable_id(&["SPOF001", "a.xlsx", "DE", "facebook", ""]));
        assert_ne!(a, stable_id(&["SPOF001", "a.xlsx", "DE", "instagram", ""]));
        assert_ne!(stable_id(&["ab", "c"]), stable_id(&["a", "bc"]));
        assert_eq!(a.len(), 16);
    }

    #[test]
    fn facts_serialise_as_one_object_by_key() {
        let facts = Facts(vec![
            Fact::Channel("TikTok".into()),
            Fact::Hours(16.0),
            Fact::Reason("no-deputy"),
        ]);
        let json = serde_json::to_value(&facts).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"channel": "TikTok", "hours": 16.0, "reason": "no-deputy"})
        );
        assert_eq!(facts.hours(), Some(&16.0));
        assert_eq!(facts.channel().map(String::as_str), Some("TikTok"));
        assert_eq!(facts.budget(), None);
    }
}
