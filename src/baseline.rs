//! The previous run a run is compared with (`--baseline`): which findings are new, which are
//! unchanged, and which of the baseline's findings are gone (resolved).

use crate::contract::Lang;
use crate::findings::{Change, Finding};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Why a baseline cannot be used; the run stops before it checks anything.
#[derive(Debug, thiserror::Error)]
pub enum BaselineError {
    /// Neither a `findings.json` nor a folder holding one.
    #[error("{0}: no findings.json there")]
    Missing(PathBuf),
    /// The file cannot be read.
    #[error("{0}: cannot read it: {1}")]
    Unreadable(PathBuf, std::io::Error),
    /// The file is not a teamlint `findings.json`.
    #[error("{0}: not a teamlint findings.json ({1})")]
    NotFindings(PathBuf, String),
}

impl BaselineError {
    /// The reason in a language, for the terminal.
    pub fn message(&self, lang: Lang) -> String {
        let t = crate::i18n::texts(lang);
        match self {
            BaselineError::Missing(p) => t.baseline_missing(&p.display().to_string()),
            BaselineError::Unreadable(p, e) => {
                t.baseline_unreadable(&p.display().to_string(), &e.to_string())
            }
            BaselineError::NotFindings(p, why) => {
                t.baseline_not_findings(&p.display().to_string(), why)
            }
        }
    }
}

/// The findings of a previous run, as its `findings.json` wrote them (shared: a clone is cheap,
/// so a report can keep marking the findings it streams back).
#[derive(Debug, Clone)]
pub struct Baseline {
    /// The baseline's findings, each as written.
    records: Arc<Vec<serde_json::Value>>,
    /// Each key (or id, for a file written before keys existed) and its place among `keys`.
    keys: Arc<HashMap<String, usize>>,
}

/// What a record is matched on: its `key`, else (an older file) its `id`.
fn key_of(record: &serde_json::Value) -> Option<&str> {
    record
        .get("key")
        .or_else(|| record.get("id"))
        .and_then(|k| k.as_str())
}

impl Baseline {
    /// Reads a previous `--out` folder's `findings.json`, or that file itself.
    pub fn load(path: &Path) -> Result<Baseline, BaselineError> {
        let file = if path.is_dir() {
            path.join("findings.json")
        } else {
            path.to_path_buf()
        };
        if !file.is_file() {
            return Err(BaselineError::Missing(path.to_path_buf()));
        }
        let text = std::fs::read(&file).map_err(|e| BaselineError::Unreadable(file.clone(), e))?;
        let doc: serde_json::Value = serde_json::from_slice(&text)
            .map_err(|e| BaselineError::NotFindings(file.clone(), e.to_string()))?;
        let records = doc
            .get("findings")
            .and_then(|f| f.as_array())
            .cloned()
            .ok_or_else(|| BaselineError::NotFindings(file.clone(), "no findings list".into()))?;
        let mut keys = HashMap::new();
        for k in records.iter().filter_map(key_of) {
            let next = keys.len();
            keys.entry(k.to_string()).or_insert(next);
        }
        Ok(Baseline {
            records: Arc::new(records),
            keys: Arc::new(keys),
        })
    }

    /// Marks each finding new or unchanged: unchanged when the baseline has its key (or, for
    /// an older baseline, its id).
    pub fn mark(&self, findings: &mut [Finding]) {
        for f in findings {
            let known = self.keys.contains_key(&f.key) || self.keys.contains_key(&f.id);
            f.change = Some(if known {
                Change::Unchanged
            } else {
                Change::New
            });
        }
    }

    /// The baseline's findings that no current finding matches, as the baseline wrote them.
    pub fn resolved<'a>(
        &self,
        current: impl Iterator<Item = &'a Finding>,
    ) -> Vec<serde_json::Value> {
        let mut resolution = self.resolution();
        for f in current {
            resolution.see(f);
        }
        resolution.resolved()
    }

    /// Starts telling which of the baseline's findings the run still has, one current finding
    /// at a time (memory follows the baseline, not the run).
    pub(crate) fn resolution(&self) -> Resolution<'_> {
        Resolution {
            baseline: self,
            seen: vec![false; self.keys.len()],
        }
    }
}

/// The baseline's keys that current findings have matched so far (see `Baseline::resolution`).
pub(crate) struct Resolution<'a> {
    baseline: &'a Baseline,
    seen: Vec<bool>,
}

impl Resolution<'_> {
    /// Notes a current finding: the baseline's findings with its key or id are not resolved.
    pub fn see(&mut self, f: &Finding) {
        for k in [&f.key, &f.id] {
            if let Some(&i) = self.baseline.keys.get(k.as_str()) {
                self.seen[i] = true;
            }
        }
    }

    /// The baseline's findings no current finding matched, as the baseline wrote them.
    pub fn resolved(self) -> Vec<serde_json::Value> {
        let keys = &self.baseline.keys;
        self.baseline
            .records
            .iter()
            .filter(|r| key_of(r).is_none_or(|k| keys.get(k).is_none_or(|&i| !self.seen[i])))
            .cloned()
            .collect()
    }
}
