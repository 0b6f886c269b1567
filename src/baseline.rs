//! The previous run a run is compared with (`--baseline`): which findings are new, which are
//! unchanged, and which of the baseline's findings are gone (resolved).

use crate::contract::Lang;
use crate::findings::{Change, Finding};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

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
        match (self, lang) {
            (_, Lang::En) => format!("baseline {self}"),
            (BaselineError::Missing(p), Lang::De) => {
                format!(
                    "Vergleichslauf {}: dort liegt keine findings.json",
                    p.display()
                )
            }
            (BaselineError::Unreadable(p, e), Lang::De) => {
                format!("Vergleichslauf {}: nicht lesbar: {e}", p.display())
            }
            (BaselineError::NotFindings(p, why), Lang::De) => format!(
                "Vergleichslauf {}: keine findings.json von teamlint ({why})",
                p.display()
            ),
        }
    }
}

/// The findings of a previous run, as its `findings.json` wrote them.
#[derive(Debug, Clone)]
pub struct Baseline {
    /// The baseline's findings, each as written.
    records: Vec<serde_json::Value>,
    /// Their keys (or ids, for a file written before keys existed).
    keys: HashSet<String>,
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
        let keys = records
            .iter()
            .filter_map(key_of)
            .map(str::to_string)
            .collect();
        Ok(Baseline { records, keys })
    }

    /// Marks each finding new or unchanged: unchanged when the baseline has its key (or, for
    /// an older baseline, its id).
    pub fn mark(&self, findings: &mut [Finding]) {
        for f in findings {
            let known = self.keys.contains(&f.key) || self.keys.contains(&f.id);
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
        let mut seen: HashSet<&str> = HashSet::new();
        for f in current {
            seen.insert(&f.key);
            seen.insert(&f.id);
        }
        self.records
            .iter()
            .filter(|r| key_of(r).is_none_or(|k| !seen.contains(k)))
            .cloned()
            .collect()
    }
}
