//! Which workbooks a run checks: the sorted input list (from paths and `--files-from`), each
//! entry's place in the output order, and the `--shard I/N` share of it, picked by a path hash.

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
    pub(crate) const WHOLE: Shard = Shard { index: 1, count: 1 };

    /// Whether the workbook named `name` (its path relative to its input argument, as findings
    /// name it) belongs to this shard.
    pub fn holds(&self, name: &str) -> bool {
        shard_of(name, self.count) == self.index
    }

    /// The file name of this shard's part: `teamlint-part-02-of-16.jsonl.gz` (the index padded
    /// to the digits of the count, so the parts list in order).
    pub(crate) fn part_file_name(&self) -> String {
        let width = self.count.to_string().len();
        format!(
            "{PART_PREFIX}{:0width$}-of-{}{PART_SUFFIX}",
            self.index, self.count
        )
    }
}

/// Part files are named `teamlint-part-I-of-N.jsonl.gz`.
pub(crate) const PART_PREFIX: &str = "teamlint-part-";
/// The end of a part file's name.
pub(crate) const PART_SUFFIX: &str = ".jsonl.gz";

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

/// One entry of the input list: a workbook to check, or a path that could not be searched
/// (kept small: a run holds one per workbook while it checks them).
#[derive(Clone, Debug)]
pub(crate) struct Entry {
    /// Its place in the output order of the whole list (sorted by name, then as discovered).
    pub rank: u64,
    /// What to do with it.
    pub work: Work,
}

/// What an entry of the input list asks for.
#[derive(Clone, Debug)]
pub(crate) enum Work {
    /// Check this workbook.
    Check {
        /// The workbook.
        path: PathBuf,
        /// Its input argument (an index into `InputList::roots`).
        root: u32,
        /// Which copy of its name it writes (`pipeline::copy_path`).
        copy: u32,
    },
    /// A path that names no workbook (missing, unreadable folder, unknown extension).
    Refused {
        /// The path as given (its name in findings).
        path: PathBuf,
        /// Why.
        reason: crate::problem::Problem,
    },
}

/// The sorted input list of a run, cut to its shard.
pub(crate) struct InputList {
    /// The entries of the run's shard, in rank order.
    pub entries: Vec<Entry>,
    /// The input arguments (and the base of `--files-from`), each once.
    roots: Vec<PathBuf>,
    /// How many entries the whole list has (every shard).
    pub total: u64,
    /// How many of them are workbooks to check (the others are paths refused).
    pub workbooks: u64,
    /// A hash of the whole list's names in order: shards of one run share it.
    pub hash: String,
}

impl InputList {
    /// Discovers the workbooks under `paths` and those `listed` (relative to the working
    /// folder), ranks them, numbers their copies under `out_dir` over the whole list (so that a
    /// shard names them as one run would), and keeps the entries of `shard`.
    pub fn new(paths: &[PathBuf], listed: &[String], out_dir: &Path, shard: Shard) -> InputList {
        let (mut inputs, mut refused) = discover::discover(paths, out_dir);
        if !listed.is_empty() {
            let (more, failed) = discover::listed(listed, Path::new("."), out_dir);
            inputs.extend(more);
            inputs.sort();
            inputs.dedup_by(|a, b| a.path == b.path);
            refused.extend(failed);
        }
        let names: Vec<String> = inputs.iter().map(Input::display).collect();
        let copies = crate::paths::copy_numbers(&names, out_dir);
        let mut roots: Vec<PathBuf> = Vec::new();
        let mut named: Vec<(String, Entry)> = refused
            .into_iter()
            .map(|(path, reason)| {
                let name = path.display().to_string();
                (
                    name,
                    Entry {
                        rank: 0,
                        work: Work::Refused { path, reason },
                    },
                )
            })
            .collect();
        for (input, copy) in inputs.into_iter().zip(copies) {
            let name = input.display();
            let root = match roots.iter().position(|r| *r == input.root) {
                Some(i) => i,
                None => {
                    roots.push(input.root);
                    roots.len() - 1
                }
            } as u32;
            let work = Work::Check {
                path: input.path,
                root,
                copy,
            };
            named.push((name, Entry { rank: 0, work }));
        }
        // Stable: two inputs of one name keep their order of discovery.
        named.sort_by(|a, b| a.0.cmp(&b.0));
        let names: Vec<&str> = named.iter().map(|(n, _)| n.as_str()).collect();
        let hash = stable_id(&names);
        let total = named.len() as u64;
        let workbooks = named
            .iter()
            .filter(|(_, e)| matches!(e.work, Work::Check { .. }))
            .count() as u64;
        let entries = named
            .into_iter()
            .enumerate()
            .filter(|(_, (name, _))| shard.holds(name))
            .map(|(rank, (_, mut e))| {
                e.rank = rank as u64;
                e
            })
            .collect();
        InputList {
            entries,
            roots,
            total,
            workbooks,
            hash,
        }
    }

    /// The workbook of a `Work::Check` entry.
    pub fn input(&self, path: &Path, root: u32) -> Input {
        Input {
            path: path.to_path_buf(),
            root: self.roots[root as usize].clone(),
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
