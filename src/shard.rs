//! Which workbooks a run checks: the sorted input list (from paths and `--files-from`), each
//! entry's place in the output order, and the `--shard I/N` share of it, picked by a path hash.

use crate::contract::Lang;
use crate::discover::{self, Input};
use crate::findings::{stable_hash, stable_id};
use std::path::{Path, PathBuf};

/// One share of a run: shard `index` (from 1) of `count`, as in `--shard 2/4`.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
    schemars::JsonSchema,
)]
pub struct Shard {
    /// Which shard, from 1.
    pub index: u32,
    /// How many shards the run is split into.
    pub count: u32,
}

impl Shard {
    /// The whole run as one shard (`1/1`).
    pub const WHOLE: Shard = Shard { index: 1, count: 1 };

    /// Whether the workbook named `name` (its path relative to its input argument, as findings
    /// name it) belongs to this shard.
    pub fn holds(&self, name: &str) -> bool {
        shard_of(name, self.count) == self.index
    }

    /// The file name of this shard's part: `teamlint-part-02-of-16.jsonl.gz` (the index padded
    /// to the digits of the count, so the parts list in order).
    pub fn part_file_name(&self) -> String {
        let width = self.count.to_string().len();
        format!(
            "{PART_PREFIX}{:0width$}-of-{}{PART_SUFFIX}",
            self.index, self.count
        )
    }
}

/// Part files are named `teamlint-part-I-of-N.jsonl.gz`.
pub const PART_PREFIX: &str = "teamlint-part-";
/// The end of a part file's name.
pub const PART_SUFFIX: &str = ".jsonl.gz";

impl std::fmt::Display for Shard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

impl std::str::FromStr for Shard {
    type Err = String;

    /// `I/N` with 1 ≤ I ≤ N, e.g. `3/8`.
    fn from_str(text: &str) -> Result<Shard, String> {
        let bad = || format!("{text:?} is not a shard like 3/8 (shard 3 of 8, counted from 1)");
        let (i, n) = text.trim().split_once('/').ok_or_else(bad)?;
        let index: u32 = i.trim().parse().map_err(|_| bad())?;
        let count: u32 = n.trim().parse().map_err(|_| bad())?;
        if count == 0 || index == 0 || index > count {
            return Err(format!(
                "{text:?}: the shard index counts from 1 to the number of shards (e.g. 1/{} to {}/{})",
                count.max(1),
                count.max(1),
                count.max(1)
            ));
        }
        Ok(Shard { index, count })
    }
}

/// The shard (from 1) of `count` that the workbook named `name` belongs to: FNV-1a 64 of the
/// name, modulo `count`. It depends on nothing but the name, so any machine given the same list
/// puts each workbook in the same shard.
pub fn shard_of(name: &str, count: u32) -> u32 {
    (stable_hash(&[name]) % u64::from(count.max(1))) as u32 + 1
}

/// Reads a `--files-from` list: one path per line (`-` reads standard input); blank lines and
/// lines starting with `#` are skipped, a trailing carriage return is dropped.
pub fn read_list(from: &Path) -> std::io::Result<Vec<String>> {
    use std::io::Read;
    let mut text = String::new();
    if from == Path::new("-") {
        std::io::stdin().read_to_string(&mut text)?;
    } else {
        std::fs::File::open(from)?.read_to_string(&mut text)?;
    }
    Ok(text
        .lines()
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect())
}

/// One entry of the input list: a workbook to check, or a path that could not be searched.
#[derive(Clone, Debug)]
pub(crate) struct Entry {
    /// Its place in the output order of the whole list (sorted by name, then as discovered).
    pub rank: u64,
    /// Its name in findings: the path relative to its input argument, or the path as given.
    pub name: String,
    /// What to do with it.
    pub work: Work,
}

/// What an entry of the input list asks for.
#[derive(Clone, Debug)]
pub(crate) enum Work {
    /// Check this workbook and write its copy to `out`.
    Check {
        /// The workbook.
        input: Input,
        /// Its annotated copy.
        out: PathBuf,
    },
    /// A path that names no workbook (missing, unreadable folder, unknown extension).
    Refused {
        /// The path as given.
        path: PathBuf,
        /// Why, in the run's language.
        reason: String,
    },
}

/// The sorted input list of a run, cut to its shard.
pub(crate) struct InputList {
    /// The entries of the run's shard, in rank order.
    pub entries: Vec<Entry>,
    /// How many entries the whole list has (every shard).
    pub total: u64,
    /// A hash of the whole list's names in order: shards of one run share it.
    pub hash: String,
}

impl InputList {
    /// Discovers the workbooks under `paths` and those `listed` (relative to the working
    /// folder), ranks them, names their copies under `out_dir` over the whole list (so that a
    /// shard names them as one run would), and keeps the entries of `shard`.
    pub fn new(
        paths: &[PathBuf],
        listed: &[String],
        out_dir: &Path,
        shard: Shard,
        lang: Lang,
    ) -> InputList {
        let (mut inputs, mut refused) = discover::discover(paths, out_dir, lang);
        if !listed.is_empty() {
            let (more, failed) = discover::listed(listed, Path::new("."), out_dir, lang);
            inputs.extend(more);
            inputs.sort();
            inputs.dedup_by(|a, b| a.path == b.path);
            refused.extend(failed);
        }
        let outs = crate::pipeline::output_paths(&inputs, out_dir);
        let mut entries: Vec<Entry> = refused
            .into_iter()
            .map(|(path, reason)| Entry {
                rank: 0,
                name: path.display().to_string(),
                work: Work::Refused { path, reason },
            })
            .chain(inputs.into_iter().zip(outs).map(|(input, out)| Entry {
                rank: 0,
                name: input.display(),
                work: Work::Check { input, out },
            }))
            .collect();
        // Stable: two inputs of one name keep their order of discovery.
        entries.sort_by(|a, b| a.name.cmp(&b.name));
        let names: Vec<&str> = entries.iter().map(|e| e.name.as_str()).collect();
        let hash = stable_id(&names);
        let total = entries.len() as u64;
        for (rank, e) in entries.iter_mut().enumerate() {
            e.rank = rank as u64;
        }
        entries.retain(|e| shard.holds(&e.name));
        InputList {
            entries,
            total,
            hash,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shards_parse_and_print() {
        let s: Shard = " 3/8 ".parse().unwrap();
        assert_eq!(s, Shard { index: 3, count: 8 });
        assert_eq!(s.to_string(), "3/8");
        assert_eq!(s.part_file_name(), "teamlint-part-3-of-8.jsonl.gz");
        let s: Shard = "2/16".parse().unwrap();
        assert_eq!(s.part_file_name(), "teamlint-part-02-of-16.jsonl.gz");
        for bad in ["0/4", "5/4", "1/0", "1", "a/b", "1/4/2"] {
            assert!(bad.parse::<Shard>().is_err(), "{bad}");
        }
    }

    #[test]
    fn every_name_has_one_shard_and_the_shards_share_the_list() {
        let names: Vec<String> = (0..400)
            .map(|i| format!("plans/unit-{i:03}.xlsx"))
            .collect();
        let mut sizes = [0usize; 4];
        for n in &names {
            let s = shard_of(n, 4);
            assert!((1..=4).contains(&s));
            assert_eq!(s, shard_of(n, 4), "stable");
            sizes[s as usize - 1] += 1;
        }
        assert!(sizes.iter().all(|&k| k > 60), "{sizes:?}");
        assert_eq!(shard_of("anything.xlsx", 1), 1);
    }
}
