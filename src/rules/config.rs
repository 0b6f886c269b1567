//! Thresholds, per-rule severity overrides and the currency table, read from `teamlint.toml`
//! (or `--config FILE`); the embedded defaults are the contract's and work with no file.

pub use crate::dates::parse_date;
use crate::findings::Severity;
pub use crate::model::Waiver;
use crate::rules::Rule;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The whole configuration file.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// Thresholds of the rules.
    pub thresholds: Thresholds,
    /// Per rule, by code or kebab name in any case (`SPOF001`, `spof001`,
    /// `channel-single-person`): a new severity or `off`.
    pub rules: BTreeMap<String, RuleOverride>,
    /// Currency conversion for the group report.
    pub currency: CurrencyTable,
    /// Findings accepted until a date (`[[waiver]]`): they stay visible but count for no exit
    /// code until the day after `valid_until`.
    #[serde(rename = "waiver")]
    pub waivers: Vec<Waiver>,
    /// `rules` resolved to the registry when the file is read: rule code → setting.
    #[serde(skip)]
    #[schemars(skip)]
    severities: BTreeMap<&'static str, SeveritySetting>,
}

/// Every threshold of the rule catalogue (docs/CONTRACT.md, "Rules" and "Settings"), with its source.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Thresholds {
    /// Hourly cost when none is given (Destatis, labour cost per hour worked, Germany 2024).
    pub default_hourly_cost: f64,
    /// Annual hours of a full-time employee (IAB working-time accounts, 2019).
    pub annual_hours_full_time: f64,
    /// Weekly hours of a full-time employee.
    pub full_time_weekly_hours: f64,
    /// Required hours per week of a channel without "Required hours": the base...
    pub channel_base_hours: f64,
    /// ...plus this many hours per post per week (Kanter's listen/participate/publish budget).
    pub hours_per_post: f64,
    /// Understaffing and budget tolerance, as a fraction (0.10 = 10 %).
    pub tolerance: f64,
    /// Channels one full-time person can carry (about 16 h per channel per week, Cloudspark 2010).
    pub channels_per_fte: f64,
    /// Minimum share of a social media manager's hours spent on social media (0.5 = 50 %).
    pub min_manager_share: f64,
    /// People one deputy may stand in for.
    pub max_deputy_of: u32,
    /// Departments from which a coordinator is required.
    pub coordinator_departments: u32,
    /// Active channels from which a coordinator is required.
    pub coordinator_channels: u32,
    /// Employees from which "holistic" no longer fits (EU SME size classes).
    pub holistic_max_employees: f64,
    /// Employees from which "decentralised" no longer fits (EU SME size classes).
    pub decentralised_max_employees: f64,
    /// Share of weekly hours on social media that makes someone a dedicated social media person.
    pub dedicated_share: f64,
    /// Departments a unit's staff must come from before each needs a multiplier (COORD007).
    pub multiplier_departments: u32,
    /// Hours a week in which a promised response time runs (STAFF008): 40 for five working
    /// days of 8 hours, 168 for round the clock.
    pub service_week_hours: f64,
    /// Dialogue time (community, monitoring, support) that makes one look at a channel (STAFF008).
    pub dialogue_session_hours: f64,
    /// A promise shorter than this cannot rest on one person, who is away on holiday or ill
    /// (STAFF008; the common expectation of an answer within 24 hours).
    pub one_person_promise_hours: f64,
    /// Fewest people a unit's social media time comes from (STAFF009): the manager, a deputy
    /// and at least one helper ("Der Social Media Manager braucht … Ansprechpartner und Helfer
    /// im Team").
    pub min_team_people: u32,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            default_hourly_cost: 43.40,
            annual_hours_full_time: 1640.0,
            full_time_weekly_hours: 38.0,
            channel_base_hours: 5.0,
            hours_per_post: 1.0,
            tolerance: 0.10,
            channels_per_fte: 2.5,
            min_manager_share: 0.50,
            max_deputy_of: 2,
            coordinator_departments: 2,
            coordinator_channels: 3,
            holistic_max_employees: 50.0,
            decentralised_max_employees: 250.0,
            dedicated_share: 0.50,
            multiplier_departments: 2,
            service_week_hours: 40.0,
            dialogue_session_hours: 1.0,
            one_person_promise_hours: 24.0,
            min_team_people: 3,
        }
    }
}

impl Thresholds {
    /// Working weeks per year: annual hours ÷ full-time weekly hours (1,640 / 38).
    pub(crate) fn weeks_per_year(&self) -> f64 {
        self.annual_hours_full_time / self.full_time_weekly_hours
    }
}

/// A per-rule override.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RuleOverride {
    /// The severity the rule's findings get, or `off`.
    pub severity: SeveritySetting,
}

/// A severity, or `off` to turn a rule off.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum SeveritySetting {
    /// Findings are errors (they fail the run by default).
    Error,
    /// Findings are warnings.
    Warning,
    /// Findings are infos.
    Info,
    /// The rule does not run.
    Off,
}

impl SeveritySetting {
    /// The severity, or `None` for `off`.
    pub fn severity(self) -> Option<Severity> {
        match self {
            SeveritySetting::Error => Some(Severity::Error),
            SeveritySetting::Warning => Some(Severity::Warning),
            SeveritySetting::Info => Some(Severity::Info),
            SeveritySetting::Off => None,
        }
    }
}

/// Rates that convert each unit's currency into the group currency.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct CurrencyTable {
    /// The currency of the group report (ISO code).
    pub group: String,
    /// Units of the group currency per unit of each other currency, e.g. `CHF = 1.06`.
    pub rates: BTreeMap<String, f64>,
}

impl Default for CurrencyTable {
    fn default() -> Self {
        CurrencyTable {
            group: "EUR".into(),
            rates: BTreeMap::new(),
        }
    }
}

impl CurrencyTable {
    /// The factor that converts an amount in `currency` to the group currency, if known.
    pub fn rate(&self, currency: &str) -> Option<f64> {
        let c = currency.trim().to_uppercase();
        if c == self.group.trim().to_uppercase() {
            return Some(1.0);
        }
        self.rates
            .iter()
            .find(|(k, _)| k.trim().to_uppercase() == c)
            .map(|(_, v)| *v)
    }
}

/// A configuration problem, naming the file and the key; put in words by
/// [`ConfigError::message`] in the run's language (`Display` is English).
#[derive(Debug)]
pub struct ConfigError {
    /// The config file.
    pub path: String,
    /// What is wrong.
    pub problem: ConfigProblem,
}

/// What is wrong with a config file.
#[derive(Debug, Clone, PartialEq)]
pub enum ConfigProblem {
    /// The file cannot be read, with the system's words for why.
    Unreadable(String),
    /// A key the section does not have: the key as written (`thresholds.tolerence`) and the
    /// keys the section has.
    UnknownKey {
        /// The unknown key, with its section.
        key: String,
        /// The keys the section has.
        known: Vec<String>,
    },
    /// A line that is not valid TOML or whose value has the wrong type: its number and text.
    Syntax {
        /// The line's number, from 1.
        line: u64,
        /// The line as written.
        text: String,
    },
    /// A threshold or rate that must be above zero.
    NotPositive(String, f64),
    /// A threshold that must be zero or more.
    Negative(String, f64),
    /// A threshold that is a fraction from 0 to 1.
    NotFraction(String, f64),
    /// Waiver `n` names no rule.
    WaiverRule(u64, String),
    /// Waiver `n` (of the rule) lacks a reason or who approved it.
    WaiverIncomplete(u64, String),
    /// Waiver `n` (of the rule) has no date in `valid_until`, as written.
    WaiverDate(u64, String, String),
    /// `[rules.KEY]` names no rule.
    UnknownRule(String),
    /// Two keys of `[rules]` name one rule (its code).
    RuleTwice(String, String, String),
}

impl ConfigError {
    fn new(path: &str, problem: ConfigProblem) -> ConfigError {
        ConfigError {
            path: path.to_string(),
            problem,
        }
    }

    /// The sentence in `lang`, naming the file.
    pub fn message(&self, lang: crate::contract::Lang) -> String {
        use ConfigProblem as P;
        let t = crate::i18n::texts(lang);
        let path = self.path.as_str();
        let number = |v: f64| crate::i18n::number(v, 4, lang);
        match &self.problem {
            P::Unreadable(detail) => t.config_unreadable(path, detail),
            P::UnknownKey { key, known } => t.config_unknown_key(path, key, known),
            P::Syntax { line, text } => t.config_syntax(path, *line, text),
            P::NotPositive(key, v) => t.config_not_positive(path, key, &number(*v)),
            P::Negative(key, v) => t.config_negative(path, key, &number(*v)),
            P::NotFraction(key, v) => t.config_not_fraction(path, key, &number(*v)),
            P::WaiverRule(n, rule) => t.config_waiver_rule(path, *n, rule),
            P::WaiverIncomplete(n, rule) => t.config_waiver_incomplete(path, *n, rule),
            P::WaiverDate(n, rule, given) => t.config_waiver_date(path, *n, rule, given),
            P::UnknownRule(key) => t.config_unknown_rule(path, key),
            P::RuleTwice(a, b, code) => t.config_rule_twice(path, a, b, code),
        }
    }
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(crate::contract::Lang::En))
    }
}

impl std::error::Error for ConfigError {}

/// What a TOML parser's error means for the user: an unknown key with the keys its section has
/// (serde's `unknown field `x`, expected one of `a`, `b``), else the line that does not parse.
fn parse_problem(text: &str, error: &toml::de::Error) -> ConfigProblem {
    let message = error.message();
    let line_start = error
        .span()
        .map(|s| text[..s.start.min(text.len())].matches('\n').count());
    if message.starts_with("unknown field `") {
        // The quoted names: the unknown one first, then those the section has.
        let names: Vec<String> = message
            .split('`')
            .skip(1)
            .step_by(2)
            .map(str::to_string)
            .collect();
        let section = line_start.and_then(|line| {
            text.lines()
                .take(line + 1)
                .filter_map(|l| {
                    let l = l.trim();
                    l.strip_prefix('[')
                        .map(|h| h.trim_matches(|c| c == '[' || c == ']').trim().to_string())
                })
                .last()
        });
        if let Some((unknown, known)) = names.split_first() {
            let key = match section {
                Some(section) if !section.is_empty() => format!("{section}.{unknown}"),
                _ => unknown.clone(),
            };
            return ConfigProblem::UnknownKey {
                key,
                known: known.to_vec(),
            };
        }
    }
    let line = line_start.unwrap_or(0);
    ConfigProblem::Syntax {
        line: line as u64 + 1,
        text: text.lines().nth(line).unwrap_or("").trim().to_string(),
    }
}

/// The config file read from the working folder when no `--config` is given.
pub const LOCAL_FILE: &str = "teamlint.toml";

/// The input folder that is, or holds, the working folder, if one is.
fn input_folder_holding_working_folder(input_folders: &[PathBuf]) -> Option<PathBuf> {
    let here = std::env::current_dir().ok()?.canonicalize().ok()?;
    input_folders
        .iter()
        .find(|f| f.canonicalize().is_ok_and(|f| here.starts_with(f)))
        .cloned()
}

/// The folders an input list reads workbooks from: each folder given, and the folder of each
/// file given (the working folder for a bare file name).
pub fn input_folders<P: AsRef<Path>>(paths: &[P]) -> Vec<PathBuf> {
    let folders: std::collections::BTreeSet<PathBuf> = paths
        .iter()
        .map(|p| {
            let p = p.as_ref();
            if p.is_dir() {
                p.to_path_buf()
            } else {
                match p.parent() {
                    Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
                    _ => PathBuf::from("."),
                }
            }
        })
        .collect();
    folders.into_iter().collect()
}

/// [`input_folders`] of a `--files-from` list, looking only at the entries whose folder can
/// hold the working folder: a bare name, `.`, and those with `..` or absolute (a listed
/// `de/berlin.xlsx` lies below it; a list of a million is not looked at one by one).
pub fn listed_input_folders(entries: &[String]) -> Vec<PathBuf> {
    let may_hold = |entry: &&String| {
        let path = Path::new(entry.as_str());
        path.components().count() <= 1
            || path
                .components()
                .any(|c| !matches!(c, std::path::Component::Normal(_)))
    };
    input_folders(&entries.iter().filter(may_hold).collect::<Vec<_>>())
}

impl Config {
    /// Parses a TOML text; `origin` names the file in errors.
    pub fn from_toml(text: &str, origin: &str) -> Result<Config, ConfigError> {
        let mut config: Config =
            toml::from_str(text).map_err(|e| ConfigError::new(origin, parse_problem(text, &e)))?;
        config.validate(origin)?;
        config.resolve_rules(origin)?;
        Ok(config)
    }

    /// Reads a config file.
    pub(crate) fn from_file(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| {
            ConfigError::new(
                &path.display().to_string(),
                ConfigProblem::Unreadable(source.to_string()),
            )
        })?;
        Config::from_toml(&text, &path.display().to_string())
    }

    /// `--config FILE` if given; else `teamlint.toml` in the working folder, unless the working
    /// folder is, or lies inside, one of `input_folders` (a file dropped there must not switch
    /// rules off); else the defaults. With the config, the input folder whose `teamlint.toml`
    /// was left unread, if any.
    pub fn discover(
        explicit: Option<&Path>,
        input_folders: &[PathBuf],
    ) -> Result<(Config, Option<PathBuf>), ConfigError> {
        if let Some(p) = explicit {
            return Ok((Config::from_file(p)?, None));
        }
        let local = Path::new(LOCAL_FILE);
        if !local.is_file() {
            return Ok((Config::default(), None));
        }
        if let Some(folder) = input_folder_holding_working_folder(input_folders) {
            return Ok((Config::default(), Some(folder)));
        }
        Ok((Config::from_file(local)?, None))
    }

    fn validate(&self, origin: &str) -> Result<(), ConfigError> {
        let bad = |problem: ConfigProblem| ConfigError::new(origin, problem);
        let t = &self.thresholds;
        let positive = [
            ("default_hourly_cost", t.default_hourly_cost),
            ("annual_hours_full_time", t.annual_hours_full_time),
            ("full_time_weekly_hours", t.full_time_weekly_hours),
            ("channels_per_fte", t.channels_per_fte),
            ("service_week_hours", t.service_week_hours),
            ("dialogue_session_hours", t.dialogue_session_hours),
        ];
        for (name, v) in positive {
            if !(v.is_finite() && v > 0.0) {
                return Err(bad(ConfigProblem::NotPositive(
                    format!("thresholds.{name}"),
                    v,
                )));
            }
        }
        let non_negative = [
            ("channel_base_hours", t.channel_base_hours),
            ("hours_per_post", t.hours_per_post),
            ("holistic_max_employees", t.holistic_max_employees),
            ("decentralised_max_employees", t.decentralised_max_employees),
            ("one_person_promise_hours", t.one_person_promise_hours),
        ];
        for (name, v) in non_negative {
            if !(v.is_finite() && v >= 0.0) {
                return Err(bad(ConfigProblem::Negative(
                    format!("thresholds.{name}"),
                    v,
                )));
            }
        }
        let fractions = [
            ("tolerance", t.tolerance),
            ("min_manager_share", t.min_manager_share),
            ("dedicated_share", t.dedicated_share),
        ];
        for (name, v) in fractions {
            if !(0.0..=1.0).contains(&v) {
                return Err(bad(ConfigProblem::NotFraction(
                    format!("thresholds.{name}"),
                    v,
                )));
            }
        }
        for (i, w) in self.waivers.iter().enumerate() {
            let n = i as u64 + 1;
            if crate::rules::rule(&w.rule).is_none() {
                return Err(bad(ConfigProblem::WaiverRule(n, w.rule.clone())));
            }
            if w.reason.trim().is_empty() || w.approved_by.trim().is_empty() {
                return Err(bad(ConfigProblem::WaiverIncomplete(n, w.rule.clone())));
            }
            if w.until().is_none() {
                return Err(bad(ConfigProblem::WaiverDate(
                    n,
                    w.rule.clone(),
                    w.valid_until.clone(),
                )));
            }
        }
        for (cur, rate) in &self.currency.rates {
            if !(rate.is_finite() && *rate > 0.0) {
                return Err(bad(ConfigProblem::NotPositive(
                    format!("currency.rates.{cur}"),
                    *rate,
                )));
            }
        }
        Ok(())
    }

    /// Resolves each key of `[rules.KEY]` to a rule of the registry, by code or kebab name in
    /// any case; an unknown key, or two keys for one rule, is an error that names them.
    fn resolve_rules(&mut self, origin: &str) -> Result<(), ConfigError> {
        let mut seen: BTreeMap<&'static str, &str> = BTreeMap::new();
        for (key, setting) in &self.rules {
            let bad = |problem: ConfigProblem| ConfigError::new(origin, problem);
            let rule = crate::rules::rule(key)
                .ok_or_else(|| bad(ConfigProblem::UnknownRule(key.clone())))?;
            if let Some(other) = seen.insert(rule.code, key) {
                return Err(bad(ConfigProblem::RuleTwice(
                    other.to_string(),
                    key.clone(),
                    rule.code.to_string(),
                )));
            }
            self.severities.insert(rule.code, setting.severity);
        }
        Ok(())
    }

    /// Sets a rule's severity, or turns it off, as `[rules.CODE]` would.
    pub fn set_severity(&mut self, rule: &'static Rule, setting: SeveritySetting) {
        self.rules
            .insert(rule.code.to_string(), RuleOverride { severity: setting });
        self.severities.insert(rule.code, setting);
    }

    /// The severity a rule has under this config, or `None` when it is turned off.
    pub(crate) fn severity_of(&self, rule: &Rule) -> Option<Severity> {
        match self.severities.get(rule.code) {
            Some(setting) => setting.severity(),
            None => Some(rule.severity),
        }
    }

    /// Whether a rule runs under this config.
    pub(crate) fn enabled(&self, rule: &Rule) -> bool {
        self.severity_of(rule).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_the_contracts() {
        let c = Config::from_toml("", "teamlint.toml").unwrap();
        assert_eq!(c.thresholds.default_hourly_cost, 43.40);
        assert!((c.thresholds.weeks_per_year() - 1640.0 / 38.0).abs() < 1e-9);
    }

    #[test]
    fn an_unknown_key_is_named_with_the_keys_its_section_has_in_the_runs_language() {
        use crate::contract::Lang;
        let text = "# teamlint\n[thresholds]\ntolerence = 0.2\n";
        let e = Config::from_toml(text, "x.toml").unwrap_err();
        let ConfigProblem::UnknownKey { key, known } = &e.problem else {
            panic!("{e:?}")
        };
        assert_eq!(key, "thresholds.tolerence");
        assert!(known.iter().any(|k| k == "tolerance"), "{known:?}");
        let de = e.message(Lang::De);
        assert!(
            de.starts_with("x.toml: die Einstellung `thresholds.tolerence` gibt es nicht")
                && de.contains("`tolerance`")
                && de.contains(" und `"),
            "{de}"
        );
        let fr = e.message(Lang::Fr);
        assert!(fr.contains("n'existe pas") && fr.contains(" et `"), "{fr}");
        let e = Config::from_toml("[thresholds]\ntolerance = \"zehn\"\n", "x.toml").unwrap_err();
        assert_eq!(
            e.problem,
            ConfigProblem::Syntax {
                line: 2,
                text: "tolerance = \"zehn\"".into()
            }
        );
        assert!(
            e.message(Lang::De).contains("Zeile 2"),
            "{}",
            e.message(Lang::De)
        );
        let e = Config::from_toml("[thresholds]\ntolerance = 5\n", "x.toml").unwrap_err();
        assert!(e.message(Lang::De).contains("ist ein Anteil von 0 bis 1"));
    }

    #[test]
    fn unknown_keys_and_bad_values_are_named() {
        let e = Config::from_toml("[thresholds]\ntolerence = 0.2\n", "x.toml").unwrap_err();
        assert!(e.to_string().contains("tolerence"), "{e}");
        let e = Config::from_toml("[thresholds]\ntolerance = 5\n", "x.toml").unwrap_err();
        assert!(e.to_string().contains("thresholds.tolerance"), "{e}");
        let e = Config::from_toml("[rules.SPOF001]\nseverity = \"loud\"\n", "x.toml").unwrap_err();
        assert!(e.to_string().contains("x.toml"), "{e}");
    }

    #[test]
    fn a_rule_can_be_turned_off() {
        let spof001 = crate::rules::rule("SPOF001").unwrap();
        let spof002 = crate::rules::rule("SPOF002").unwrap();
        for key in [
            "SPOF001",
            "spof001",
            "channel-single-person",
            "Channel-Single-Person",
        ] {
            let text = format!("[rules.{key}]\nseverity = \"off\"\n");
            let c = Config::from_toml(&text, "x.toml").unwrap();
            assert_eq!(c.severity_of(spof001), None, "{key}");
            assert!(!c.enabled(spof001), "{key}");
            assert_eq!(c.severity_of(spof002), Some(Severity::Warning), "{key}");
        }
        let e = Config::from_toml("[rules.spof999]\nseverity = \"off\"\n", "x.toml").unwrap_err();
        assert!(e.to_string().contains("rules.spof999"), "{e}");
        let twice = "[rules.SPOF001]\nseverity = \"off\"\n[rules.channel-single-person]\nseverity = \"info\"\n";
        let e = Config::from_toml(twice, "x.toml").unwrap_err();
        assert!(e.to_string().contains("both name SPOF001"), "{e}");
    }
}
