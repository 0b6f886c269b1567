//! Part files (`--part`): one shard's results, each workbook's status, unit figures and findings,
//! as gzip-compressed JSON lines behind a manifest; and the checks `merge` makes before using them.
//!
//! A part is `teamlint-part-I-of-N.jsonl.gz`: one gzip stream of JSON lines (`zcat` shows it).
//! The first line is `{"manifest": {...}}` (teamlint version and build, the shard's command,
//! config hash, the `--lang` it was run with, shard, the input list's size and hash, counts, the SHA-256 of the
//! lines after it). Then, in the run's output order (by rank), one block per
//! workbook: `{"workbook": {...}}` with the number of lines that follow, its `{"unit": {...}}`
//! lines and its `{"finding": {...}}` lines. Findings keep their typed figures and a failed
//! input its typed reason, so a merge renders every text in its own language; each `workbook` line keeps its input's size and time
//! when read. Nothing depends on the machine or the time the part was written, so a shard run
//! twice over the same files writes the same bytes. `schemas/part.schema.json`
//! describes one line.

use crate::config::Config;
use crate::contract::Lang;
use crate::findings::{Finding, Severity};
use crate::outcome::{InputStatus, WorkbookResult};
use crate::problem::{CopyNote, Problem};
use crate::rules::UnitFigures;
use crate::shard::{PART_PREFIX, PART_SUFFIX, Shard};
use serde::{Deserialize, Serialize};
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

/// What the first line of a part calls its format.
pub const FORMAT: &str = "teamlint-part";
/// The version of the part layout; a merge reads only its own.
pub(crate) const FORMAT_VERSION: u32 = 3;
/// The build of this binary: a hash of the source it was built from (see `build.rs`).
pub(crate) const BUILD: &str = env!("TEAMLINT_BUILD");

/// The first line of a part: what run it belongs to and what it holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct Manifest {
    /// Always `teamlint-part`.
    pub format: String,
    /// The part layout's version (1).
    pub format_version: u32,
    /// The teamlint version that wrote it; a merge takes parts of its own version only.
    pub teamlint: String,
    /// The build that wrote it (a hash of the binary's source): a merge takes parts of its own
    /// build only.
    pub build: String,
    /// The command line of the shard after `teamlint`, without `--shard`: how to run a missing
    /// shard again.
    pub command: Vec<String>,
    /// A hash of the effective configuration (thresholds, resolved rule severities, currencies,
    /// waivers); a merge takes parts of its own configuration only.
    pub config: String,
    /// The `--lang` the shard was run with: what a merge without `--lang` writes. The part holds
    /// no text in it (reasons and notes are kept typed), so a merge writes any language.
    pub lang: Lang,
    /// Which shard of how many.
    pub shard: Shard,
    /// The whole input list the run was cut from (every shard's).
    pub inputs: ListOfInputs,
    /// Workbooks in this part (read or not).
    pub workbooks: u64,
    /// Of those, the ones that could not be read.
    pub failed: u64,
    /// Units in this part.
    pub units: u64,
    /// Findings in this part.
    pub findings: u64,
    /// `sha256:` and the SHA-256 of every line after the manifest as written (uncompressed,
    /// newlines included): `zcat PART | tail -n +2 | sha256sum`.
    pub digest: String,
}

/// What a shard read of an input: its size and modification time, to tell later whether the
/// file has changed since.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct Stamp {
    /// Its size in bytes.
    pub size: u64,
    /// Its modification time: seconds since 1970-01-01 UTC, a dot, nanoseconds.
    pub modified: String,
}

impl Stamp {
    /// The stamp of the file at `path` now, or `None` if it cannot be looked at.
    pub fn of(path: &Path) -> Option<Stamp> {
        let meta = std::fs::metadata(path).ok()?;
        let since = meta
            .modified()
            .ok()?
            .duration_since(std::time::UNIX_EPOCH)
            .ok()?;
        Some(Stamp {
            size: meta.len(),
            modified: format!("{}.{:09}", since.as_secs(), since.subsec_nanos()),
        })
    }
}

/// The input list of a run, as every shard of it saw it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct ListOfInputs {
    /// Entries in the whole list.
    pub count: u64,
    /// FNV-1a 64 of the entries' names in order.
    pub hash: String,
}

/// The first line of a workbook's block.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct WorkbookLine {
    /// Its place in the output order of the whole input list.
    pub rank: u64,
    /// Path relative to the input argument (the `workbook` of its findings).
    pub path: String,
    /// The file as the run found it.
    pub source: String,
    /// Its annotated copy, relative to the output folder (`/`-separated), if one was written.
    pub output: Option<String>,
    /// Whether it could be read.
    pub status: InputStatus,
    /// Why it could not be read or written, or null.
    pub error: Option<Problem>,
    /// Why its copy was rebuilt instead of patched, or what of it was repaired, or null.
    pub copy_note: Option<CopyNote>,
    /// `unit` lines that follow.
    pub units: u64,
    /// `finding` lines that follow the units.
    pub findings: u64,
    /// Findings of severity error.
    pub errors: u64,
    /// Findings of severity warning.
    pub warnings: u64,
    /// Findings of severity info.
    pub infos: u64,
    /// The rows its reader did not take for data, and the columns it chose.
    #[serde(default)]
    pub reading: crate::model::Reading,
    /// The input's size and time when the shard read it, or null (no file).
    pub read: Option<Stamp>,
}

/// One line of a part file.
#[derive(Clone, Debug, PartialEq, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase", deny_unknown_fields)]
pub(crate) enum Line {
    /// The first line.
    Manifest(Manifest),
    /// The first line of a workbook's block.
    Workbook(WorkbookLine),
    /// One unit of the workbook.
    Unit(UnitFigures),
    /// One finding of the workbook.
    Finding(Finding),
}

/// A line to write.
#[derive(Serialize)]
#[serde(rename_all = "lowercase")]
enum LineRef<'a> {
    Manifest(&'a Manifest),
    Workbook(&'a WorkbookLine),
    Unit(&'a UnitFigures),
    Finding(&'a Finding),
}

fn write_line(out: &mut Vec<u8>, line: &LineRef<'_>) {
    serde_json::to_writer(&mut *out, line).expect("a part line serialises");
    out.push(b'\n');
}

/// The manifest's line, with its newline.
pub(crate) fn manifest_line(manifest: &Manifest) -> Vec<u8> {
    let mut out = Vec::new();
    write_line(&mut out, &LineRef::Manifest(manifest));
    out
}

/// A workbook's block: its `workbook` line, its units and its findings, one JSON line each.
/// `out_dir` is the output folder its copy's path is written relative to.
/// `read` is the input's stamp when it was read.
pub(crate) fn encode_block(
    rank: u64,
    w: &WorkbookResult,
    out_dir: &Path,
    read: Option<Stamp>,
) -> Vec<u8> {
    let [errors, warnings, infos] = severity_counts(&w.findings);
    let header = WorkbookLine {
        rank,
        path: w.path.clone(),
        source: w.source.to_string_lossy().into_owned(),
        output: w
            .output
            .as_deref()
            .map(|o| crate::paths::relative_name(o, out_dir)),
        status: w.status,
        error: w.error.clone(),
        copy_note: w.copy_note.clone(),
        units: w.units.len() as u64,
        findings: w.findings.len() as u64,
        errors,
        warnings,
        infos,
        reading: w.reading.clone(),
        read,
    };
    let mut out = Vec::with_capacity(512 + 400 * w.findings.len());
    write_line(&mut out, &LineRef::Workbook(&header));
    for u in &w.units {
        write_line(&mut out, &LineRef::Unit(u));
    }
    for f in &w.findings {
        write_line(&mut out, &LineRef::Finding(f));
    }
    out
}

/// How many of `findings` are errors, warnings and infos (a block's `counts`).
fn severity_counts(findings: &[Finding]) -> [u64; 3] {
    let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count() as u64;
    [
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Info),
    ]
}

/// What a reader of blocks needs from each: the `workbook` line always; units and findings only
/// when asked for (the other lines are skipped unparsed).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Want {
    /// Parse the `unit` lines.
    pub units: bool,
    /// Parse the `finding` lines.
    pub findings: bool,
}

impl Want {
    /// The `workbook` line only.
    pub(crate) const HEADERS: Want = Want {
        units: false,
        findings: false,
    };
    /// Units, not findings.
    pub(crate) const UNITS: Want = Want {
        units: true,
        findings: false,
    };
    /// Findings, not units.
    pub(crate) const FINDINGS: Want = Want {
        units: false,
        findings: true,
    };
    /// Everything.
    pub const ALL: Want = Want {
        units: true,
        findings: true,
    };
}

/// One workbook's block as read back: its result (with the units and findings asked for) and
/// the counts of its `workbook` line.
#[derive(Clone, Debug)]
pub(crate) struct Block {
    /// Its place in the output order.
    pub rank: u64,
    /// The workbook's result.
    pub result: WorkbookResult,
    /// How many units it has (also when they were not read).
    pub units: u64,
    /// Its findings of severity error, warning and info.
    pub counts: [u64; 3],
    /// The input's stamp when it was read, if the block records one.
    pub read: Option<Stamp>,
}

impl Block {
    /// The block of a result kept in memory, with what `want` asks for.
    pub fn of(rank: u64, w: &WorkbookResult, want: Want) -> Block {
        Block {
            rank,
            result: WorkbookResult {
                path: w.path.clone(),
                source: w.source.clone(),
                output: w.output.clone(),
                status: w.status,
                error: w.error.clone(),
                copy_note: w.copy_note.clone(),
                reading: w.reading.clone(),
                units: if want.units {
                    w.units.clone()
                } else {
                    Vec::new()
                },
                findings: if want.findings {
                    w.findings.clone()
                } else {
                    Vec::new()
                },
            },
            units: w.units.len() as u64,
            counts: severity_counts(&w.findings),
            read: None,
        }
    }
}

/// Reads JSON lines one at a time, counting them (for the line number of a complaint).
pub(crate) struct LineReader<R> {
    inner: R,
    buf: Vec<u8>,
    /// The number of the line last read, from 1.
    pub line: u64,
    /// When set, the SHA-256 of every line read since (newlines included).
    digest: Option<sha2::Sha256>,
}

impl<R: BufRead> LineReader<R> {
    /// A reader over `inner`.
    pub fn new(inner: R) -> Self {
        LineReader {
            inner,
            buf: Vec::new(),
            line: 0,
            digest: None,
        }
    }

    /// From now on, keeps the SHA-256 of the lines read.
    pub(crate) fn start_digest(&mut self) {
        self.digest = Some(sha2::Digest::new());
    }

    /// `sha256:` and the hex SHA-256 of the lines read since `start_digest`.
    pub fn digest(&self) -> Option<String> {
        self.digest
            .clone()
            .map(|d| sha256_text(&sha2::Digest::finalize(d)))
    }

    /// The next line without its newline, or `None` at the end.
    pub(crate) fn next_line(&mut self) -> std::io::Result<Option<&[u8]>> {
        self.buf.clear();
        if self.inner.read_until(b'\n', &mut self.buf)? == 0 {
            return Ok(None);
        }
        self.line += 1;
        if let Some(d) = self.digest.as_mut() {
            sha2::Digest::update(d, &self.buf);
        }
        if self.buf.last() == Some(&b'\n') {
            self.buf.pop();
        }
        Ok(Some(&self.buf))
    }
}

/// Why a block could not be read: an I/O error, or what is wrong with a line.
#[derive(Debug)]
pub(crate) enum BlockError {
    /// Reading (or inflating) failed.
    Io(std::io::Error),
    /// A line is not what it should be.
    Bad(String),
}

impl std::fmt::Display for BlockError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BlockError::Io(e) => write!(f, "{e}"),
            BlockError::Bad(why) => f.write_str(why),
        }
    }
}

impl From<std::io::Error> for BlockError {
    fn from(e: std::io::Error) -> Self {
        BlockError::Io(e)
    }
}

/// Reads the `count` lines of one kind that follow a `workbook` line: parsed (each must be
/// `kind`, which `pick` takes out of it) when `parse`, else skipped.
fn read_lines<R: BufRead, T>(
    lines: &mut LineReader<R>,
    count: u64,
    parse: bool,
    kind: &str,
    pick: fn(Line) -> Option<T>,
) -> Result<Vec<T>, BlockError> {
    let mut out = Vec::new();
    for _ in 0..count {
        let line = lines
            .next_line()?
            .ok_or_else(|| BlockError::Bad("the file ends inside a workbook's block".into()))?;
        if parse {
            let line =
                serde_json::from_slice::<Line>(line).map_err(|e| BlockError::Bad(e.to_string()))?;
            out.push(pick(line).ok_or_else(|| BlockError::Bad(format!("expected a {kind} line")))?);
        }
    }
    Ok(out)
}

/// Reads the next block from `lines`, or `None` at the end. The copy's path is put back below
/// `out_dir`.
pub(crate) fn read_block<R: BufRead>(
    lines: &mut LineReader<R>,
    want: Want,
    out_dir: &Path,
) -> Result<Option<Block>, BlockError> {
    let Some(first) = lines.next_line()? else {
        return Ok(None);
    };
    let header = match serde_json::from_slice::<Line>(first) {
        Ok(Line::Workbook(h)) => h,
        Ok(_) => return Err(BlockError::Bad("expected a workbook line".into())),
        Err(e) => return Err(BlockError::Bad(e.to_string())),
    };
    let units = read_lines(lines, header.units, want.units, "unit", |l| match l {
        Line::Unit(u) => Some(u),
        _ => None,
    })?;
    let findings = read_lines(
        lines,
        header.findings,
        want.findings,
        "finding",
        |l| match l {
            Line::Finding(f) => Some(f),
            _ => None,
        },
    )?;
    Ok(Some(Block {
        rank: header.rank,
        units: header.units,
        counts: [header.errors, header.warnings, header.infos],
        read: header.read,
        result: WorkbookResult {
            path: header.path,
            source: PathBuf::from(header.source),
            output: header.output.map(|o| out_dir.join(o)),
            status: header.status,
            error: header.error,
            copy_note: header.copy_note,
            reading: header.reading,
            units,
            findings,
        },
    }))
}

pub use crate::i18n::commands::Setting;

/// One part that is older than its inputs: which, and what changed.
#[derive(Clone, Debug)]
pub struct StalePart {
    /// The part.
    pub path: PathBuf,
    /// Its shard.
    pub shard: Shard,
    /// An input it lists that has changed since (or is gone).
    pub input: String,
    /// How many of its inputs have changed.
    pub changed: usize,
}

/// Why a part cannot be merged; each names the part (or the shard) and says what to do.
#[derive(Debug)]
pub enum PartError {
    /// No part file among the paths given.
    NoParts(String),
    /// A path given to the merge does not exist.
    NotFound(PathBuf),
    /// The file cannot be read.
    Unreadable(PathBuf, std::io::Error),
    /// The file is not a teamlint part (or its manifest is damaged).
    NotAPart(PathBuf, String),
    /// Written in another part format.
    Version {
        /// The part.
        path: PathBuf,
        /// The version that wrote it.
        teamlint: String,
        /// Its part format.
        format: u32,
    },
    /// Parts that differ from the others (or the merge) in a setting they must share.
    Mismatch {
        /// The setting.
        setting: Setting,
        /// The parts that differ from the most, with their value; empty when only the merge
        /// differs.
        odd: Vec<(PathBuf, String)>,
        /// The value most parts share.
        usual: String,
        /// How many parts share it.
        agreeing: usize,
        /// The merge's own value, when it differs from `usual`.
        ours: Option<String>,
    },
    /// Shards without a part.
    Missing {
        /// The missing shards.
        shards: Vec<Shard>,
        /// How the other shards ran (`Manifest::command`).
        command: Vec<String>,
    },
    /// A shard has two parts.
    Duplicate {
        /// The shard.
        shard: Shard,
        /// One part.
        first: PathBuf,
        /// The other.
        second: PathBuf,
    },
    /// The parts' workbooks do not add up to their input list.
    Incomplete {
        /// Workbooks in the parts' manifests.
        held: u64,
        /// Entries of the input list.
        count: u64,
    },
    /// A part's contents are not what its manifest's digest says.
    Digest {
        /// The part.
        path: PathBuf,
        /// Its shard.
        shard: Shard,
        /// The digest its manifest records.
        recorded: String,
        /// The digest of what it holds.
        actual: String,
    },
    /// Parts older than their inputs.
    Stale {
        /// The parts, each with an input that changed.
        parts: Vec<StalePart>,
        /// How the shards ran (`Manifest::command`).
        command: Vec<String>,
    },
    /// The part is damaged.
    Damaged {
        /// The part.
        path: PathBuf,
        /// The line (from 1), 0 for the file as a whole.
        line: u64,
        /// What is wrong.
        reason: String,
    },
}

impl PartError {
    /// The reason in a language, one line, for the terminal.
    pub fn message(&self, lang: Lang) -> String {
        let t = crate::i18n::texts(lang);
        let show = |p: &PathBuf| p.display().to_string();
        match self {
            PartError::NoParts(paths) => t.part_none(paths),
            PartError::NotFound(p) => t.part_not_found(&show(p)),
            PartError::Unreadable(p, e) => t.part_unreadable(&show(p), &e.to_string()),
            PartError::NotAPart(p, why) => t.part_not_a_part(&show(p), why),
            PartError::Version {
                path,
                teamlint,
                format,
            } => t.part_version(
                &show(path),
                teamlint,
                u64::from(*format),
                &build_identity(),
                u64::from(FORMAT_VERSION),
            ),
            PartError::Mismatch {
                setting,
                odd,
                usual,
                agreeing,
                ours,
            } => {
                let value = |v: &str| t.setting_value(*setting, v);
                let agreeing = *agreeing as u64;
                if odd.is_empty() {
                    let ours = ours.as_deref().unwrap_or_default();
                    return t.merge_differs(*setting, agreeing, &value(usual), &value(ours));
                }
                let listed: Vec<String> = odd
                    .iter()
                    .map(|(p, v)| format!("{} ({})", p.display(), value(v)))
                    .collect();
                t.parts_differ(
                    *setting,
                    &listed.join(", "),
                    odd.len() as u64,
                    agreeing,
                    &value(usual),
                    ours.as_deref().map(value).as_deref(),
                    usual,
                )
            }
            PartError::Missing { shards, command } => {
                let names: Vec<String> = shards.iter().map(Shard::part_file_name).collect();
                let which: Vec<String> = shards.iter().map(Shard::to_string).collect();
                t.part_missing(
                    &which.join(", "),
                    shards.len() as u64,
                    &names.join(", "),
                    &rerun_command(command, shards),
                )
            }
            PartError::Stale { parts, command } => {
                let listed: Vec<String> = parts
                    .iter()
                    .map(|p| {
                        t.part_stale_entry(
                            &show(&p.path),
                            &p.shard.to_string(),
                            &p.input,
                            p.changed.saturating_sub(1) as u64,
                        )
                    })
                    .collect();
                let shards: Vec<Shard> = parts.iter().map(|p| p.shard).collect();
                t.part_stale(
                    &listed.join(", "),
                    parts.len() as u64,
                    &rerun_command(command, &shards),
                )
            }
            PartError::Duplicate {
                shard,
                first,
                second,
            } => t.part_duplicate(&shard.to_string(), &show(first), &show(second)),
            PartError::Incomplete { held, count } => t.part_incomplete(*held, *count),
            PartError::Digest {
                path,
                shard,
                recorded,
                actual,
            } => t.part_digest(&show(path), &shard.to_string(), recorded, actual),
            PartError::Damaged { path, line, reason } => t.part_damaged(&show(path), *line, reason),
        }
    }
}

impl std::fmt::Display for PartError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for PartError {}

/// This binary as parts name their writer: `0.1.0 build 1a2b3c4d5e6f7a8b`.
pub(crate) fn build_identity() -> String {
    format!("{} build {BUILD}", env!("CARGO_PKG_VERSION"))
}

/// `sha256:` and a digest in hex.
fn sha256_text(digest: &[u8]) -> String {
    let mut text = String::from("sha256:");
    for b in digest {
        text.push_str(&format!("{b:02x}"));
    }
    text
}

/// The command that runs `shards` again as the other shards ran (`command`, their arguments
/// after `teamlint` without `--shard`): one command, or a shell loop over the indexes.
fn rerun_command(command: &[String], shards: &[Shard]) -> String {
    let count = shards.first().map_or(1, |s| s.count);
    let words = |shard: &str| {
        let mut words: Vec<String> = command.iter().map(|w| shell_word(w)).collect();
        if words.is_empty() {
            words = vec!["check".into(), "…".into(), "--part".into()];
        }
        let at = usize::from(words[0] == "check");
        words.insert(at, format!("--shard {shard}"));
        format!("teamlint {}", words.join(" "))
    };
    match shards {
        [one] => words(&one.to_string()),
        _ => {
            let indexes: Vec<String> = shards.iter().map(|s| s.index.to_string()).collect();
            format!(
                "for i in {}; do {}; done",
                indexes.join(" "),
                words(&format!("\"$i/{count}\""))
            )
        }
    }
}

/// A word as a POSIX shell reads it back: as is when plain, else in single quotes.
fn shell_word(word: &str) -> String {
    let plain = !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "_./:=@%+,-".contains(c));
    if plain {
        word.into()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}

/// A hash of the effective configuration, as parts record it: its thresholds, each rule's
/// resolved severity (however the file spelled the rule), currencies and waivers.
pub fn config_hash(config: &Config) -> String {
    let resolved: std::collections::BTreeMap<&str, Option<Severity>> = crate::rules::all()
        .iter()
        .map(|r| (r.code, config.severity_of(r)))
        .collect();
    let text = serde_json::to_string(&(
        &config.thresholds,
        resolved,
        &config.currency,
        &config.waivers,
    ))
    .expect("a config serialises");
    crate::findings::stable_id(&[&text])
}

/// Opens a part for reading: a line reader over the inflated stream.
fn open(path: &Path) -> Result<LineReader<impl BufRead>, PartError> {
    let file = std::fs::File::open(path).map_err(|e| PartError::Unreadable(path.into(), e))?;
    let gz = flate2::bufread::MultiGzDecoder::new(std::io::BufReader::new(file));
    Ok(LineReader::new(std::io::BufReader::with_capacity(
        64 * 1024,
        gz,
    )))
}

/// Reads a part's manifest (its first line).
pub(crate) fn read_manifest(path: &Path) -> Result<Manifest, PartError> {
    let not_a_part = |why: String| PartError::NotAPart(path.into(), why);
    let mut magic = [0u8; 2];
    let gzip = std::fs::File::open(path)
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut magic))
        .is_ok()
        && magic == [0x1f, 0x8b];
    if !gzip {
        return Err(not_a_part("it is not gzip-compressed".into()));
    }
    let mut lines = open(path)?;
    let first = lines.next_line().map_err(|e| PartError::Damaged {
        path: path.into(),
        line: 1,
        reason: e.to_string(),
    })?;
    let first = first.ok_or_else(|| not_a_part("it is empty".into()))?;
    // The format's version first: another format's manifest has other fields.
    let loose: serde_json::Value =
        serde_json::from_slice(first).map_err(|e| not_a_part(e.to_string()))?;
    let m = &loose["manifest"];
    if m["format"] != FORMAT {
        return Err(not_a_part("its first line is no manifest".into()));
    }
    if m["format_version"] != FORMAT_VERSION {
        return Err(PartError::Version {
            path: path.into(),
            teamlint: m["teamlint"].as_str().unwrap_or("?").into(),
            format: m["format_version"].as_u64().unwrap_or(0) as u32,
        });
    }
    match serde_json::from_slice::<Line>(first) {
        Ok(Line::Manifest(m)) => Ok(m),
        Ok(_) => Err(not_a_part("its first line is no manifest".into())),
        Err(e) => Err(not_a_part(e.to_string())),
    }
}

/// The part files among `paths`: files as given, folders searched (recursively) for
/// `teamlint-part-*.jsonl.gz`; sorted, each once.
pub(crate) fn find_parts(paths: &[PathBuf]) -> Result<Vec<PathBuf>, PartError> {
    let mut parts = Vec::new();
    for path in paths {
        if path.is_dir() {
            for entry in walkdir::WalkDir::new(path)
                .sort_by_file_name()
                .into_iter()
                .filter_map(Result::ok)
            {
                let name = entry.file_name().to_string_lossy();
                if entry.file_type().is_file()
                    && name.starts_with(PART_PREFIX)
                    && name.ends_with(PART_SUFFIX)
                {
                    parts.push(entry.path().to_path_buf());
                }
            }
        } else if path.exists() {
            parts.push(path.clone());
        } else {
            return Err(PartError::NotFound(path.clone()));
        }
    }
    parts.sort();
    parts.dedup();
    if parts.is_empty() {
        let given: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        return Err(PartError::NoParts(given.join(", ")));
    }
    Ok(parts)
}

/// The value most of `values` share; a tie goes to `prefer`, else to the first seen.
fn majority<T: PartialEq + Clone>(values: &[T], prefer: Option<&T>) -> Option<T> {
    let mut best: Option<(&T, usize)> = None;
    for v in values {
        let n = values.iter().filter(|o| *o == v).count();
        let better = match best {
            None => true,
            Some((b, m)) => n > m || n == m && Some(v) == prefer && Some(b) != prefer,
        };
        if better {
            best = Some((v, n));
        }
    }
    best.map(|(v, _)| v.clone())
}

/// The language most of the parts at `paths` are written in (what a merge writes without
/// `--lang`), if any can be read.
pub fn usual_lang(paths: &[PathBuf]) -> Option<Lang> {
    let langs: Vec<Lang> = find_parts(paths)
        .ok()?
        .iter()
        .filter_map(|p| read_manifest(p).ok())
        .map(|m| m.lang)
        .collect();
    majority(&langs, None)
}

/// Refuses parts that differ from most of the others in `setting` (naming them), or that all
/// differ from the merge's own value `ours`.
fn agree(
    read: &[(PathBuf, Manifest)],
    setting: Setting,
    value: impl Fn(&Manifest) -> String,
    ours: Option<String>,
) -> Result<(), PartError> {
    let values: Vec<String> = read.iter().map(|(_, m)| value(m)).collect();
    let Some(usual) = majority(&values, ours.as_ref()) else {
        return Ok(());
    };
    let odd: Vec<(PathBuf, String)> = read
        .iter()
        .zip(&values)
        .filter(|(_, v)| **v != usual)
        .map(|((p, _), v)| (p.clone(), v.clone()))
        .collect();
    let ours = ours.filter(|o| *o != usual);
    if odd.is_empty() && ours.is_none() {
        return Ok(());
    }
    Err(PartError::Mismatch {
        setting,
        agreeing: values.len() - odd.len(),
        odd,
        usual,
        ours,
    })
}

/// The command most parts record (how to run a shard again).
fn usual_command(read: &[(PathBuf, Manifest)]) -> Vec<String> {
    let commands: Vec<Vec<String>> = read.iter().map(|(_, m)| m.command.clone()).collect();
    majority(&commands, None).unwrap_or_default()
}

/// The parts of one run, checked against each other and against the merge: the same teamlint
/// build and part format, configuration (`config_hash`), input list and split (each
/// compared with most parts, the odd ones named), every shard exactly once (every missing one
/// named), and their workbooks adding up to the list. Returns each part with its manifest, in
/// shard order.
pub(crate) fn check_parts(
    parts: &[PathBuf],
    config_hash: &str,
) -> Result<Vec<(PathBuf, Manifest)>, PartError> {
    let mut read: Vec<(PathBuf, Manifest)> = Vec::new();
    for path in parts {
        read.push((path.clone(), read_manifest(path)?));
    }
    let build = |m: &Manifest| format!("{} build {}", m.teamlint, m.build);
    agree(&read, Setting::Build, build, Some(build_identity()))?;
    agree(
        &read,
        Setting::Config,
        |m| m.config.clone(),
        Some(config_hash.into()),
    )?;
    let list = |m: &Manifest| format!("{} {}", m.inputs.count, m.inputs.hash);
    agree(&read, Setting::Inputs, list, None)?;
    agree(&read, Setting::Split, |m| m.shard.count.to_string(), None)?;
    for (i, (path, m)) in read.iter().enumerate() {
        if let Some((other, _)) = read[..i].iter().find(|(_, o)| o.shard == m.shard) {
            return Err(PartError::Duplicate {
                shard: m.shard,
                first: other.clone(),
                second: path.clone(),
            });
        }
    }
    let count = read.first().map_or(1, |(_, m)| m.shard.count);
    let missing: Vec<Shard> = (1..=count)
        .filter(|&index| !read.iter().any(|(_, m)| m.shard.index == index))
        .map(|index| Shard { index, count })
        .collect();
    if !missing.is_empty() {
        return Err(PartError::Missing {
            shards: missing,
            command: usual_command(&read),
        });
    }
    let held: u64 = read.iter().map(|(_, m)| m.workbooks).sum();
    let listed = read.first().map_or(0, |(_, m)| m.inputs.count);
    if held != listed {
        return Err(PartError::Incomplete {
            held,
            count: listed,
        });
    }
    read.sort_by_key(|(_, m)| m.shard);
    Ok(read)
}

/// Reads every checked part whole before a merge uses it: each part's digest, counts, order
/// and shard (`PartReader`), then whether the inputs it read have changed since (their size
/// and time now against its stamps). Inputs are looked for from the merge's working folder;
/// when none of them is there (a merge on another machine), that check is left out. The parts
/// are read side by side on the current rayon pool.
pub(crate) fn verify(parts: &[(PathBuf, Manifest)]) -> Result<(), PartError> {
    use rayon::prelude::*;
    // Per part: (inputs found, inputs changed or gone, the first such input).
    let seen: Vec<(usize, usize, Option<String>)> = parts
        .par_iter()
        .map(|(path, manifest)| {
            let folder = path.parent().unwrap_or(Path::new(""));
            let mut reader = PartReader::open(path, manifest, Want::HEADERS, folder)?;
            let (mut found, mut changed, mut first) = (0, 0, None);
            while let Some(block) = reader.next_block()? {
                let Some(then) = block.read else { continue };
                let now = Stamp::of(&block.result.source);
                found += usize::from(now.is_some());
                if now.as_ref() != Some(&then) {
                    changed += 1;
                    first.get_or_insert(block.result.path);
                }
            }
            Ok((found, changed, first))
        })
        .collect::<Result<_, PartError>>()?;
    if seen.iter().all(|(found, _, _)| *found == 0) {
        return Ok(());
    }
    let stale: Vec<StalePart> = parts
        .iter()
        .zip(seen)
        .filter_map(|((path, m), (_, changed, first))| {
            Some(StalePart {
                path: path.clone(),
                shard: m.shard,
                input: first?,
                changed,
            })
        })
        .collect();
    if stale.is_empty() {
        return Ok(());
    }
    Err(PartError::Stale {
        parts: stale,
        command: usual_command(parts),
    })
}

/// The blocks of one part, in its order, each checked: in the part's shard, ranks rising, and
/// at the end as many as the manifest says.
pub(crate) struct PartReader {
    path: PathBuf,
    manifest: Manifest,
    lines: LineReader<Box<dyn BufRead + Send>>,
    out_dir: PathBuf,
    want: Want,
    last_rank: Option<u64>,
    seen: [u64; 3],
}

impl PartReader {
    /// Opens a part whose manifest was checked, past its manifest.
    pub fn open(
        path: &Path,
        manifest: &Manifest,
        want: Want,
        out_dir: &Path,
    ) -> Result<PartReader, PartError> {
        let file = std::fs::File::open(path).map_err(|e| PartError::Unreadable(path.into(), e))?;
        let gz = flate2::bufread::MultiGzDecoder::new(std::io::BufReader::new(file));
        let inner: Box<dyn BufRead + Send> =
            Box::new(std::io::BufReader::with_capacity(64 * 1024, gz));
        let mut reader = PartReader {
            path: path.into(),
            manifest: manifest.clone(),
            lines: LineReader::new(inner),
            out_dir: out_dir.into(),
            want,
            last_rank: None,
            seen: [0; 3],
        };
        if let Err(e) = reader.lines.next_line() {
            return Err(reader.damaged(e.to_string()));
        }
        reader.lines.start_digest();
        Ok(reader)
    }

    fn damaged(&self, reason: String) -> PartError {
        PartError::Damaged {
            path: self.path.clone(),
            line: self.lines.line,
            reason,
        }
    }

    /// The next block, or `None` at the end of the part.
    pub(crate) fn next_block(&mut self) -> Result<Option<Block>, PartError> {
        let block = match read_block(&mut self.lines, self.want, &self.out_dir) {
            Ok(b) => b,
            Err(BlockError::Io(e)) => return Err(self.damaged(e.to_string())),
            Err(BlockError::Bad(why)) => return Err(self.damaged(why)),
        };
        let Some(block) = block else {
            let m = &self.manifest;
            let [workbooks, units, findings] = self.seen;
            if [workbooks, units, findings] != [m.workbooks, m.units, m.findings] {
                return Err(self.damaged(format!(
                    "the manifest counts {} workbooks, {} units and {} findings, the part holds {workbooks}, {units} and {findings}",
                    m.workbooks, m.units, m.findings
                )));
            }
            let actual = self.lines.digest().unwrap_or_default();
            if actual != m.digest {
                return Err(PartError::Digest {
                    path: self.path.clone(),
                    shard: m.shard,
                    recorded: m.digest.clone(),
                    actual,
                });
            }
            return Ok(None);
        };
        if self.last_rank.is_some_and(|r| block.rank <= r)
            || block.rank >= self.manifest.inputs.count
        {
            return Err(self.damaged(format!("workbook {} is out of order", block.result.path)));
        }
        if !self.manifest.shard.holds(&block.result.path) {
            return Err(self.damaged(format!(
                "workbook {} belongs to shard {}/{}, not {}",
                block.result.path,
                crate::shard::shard_of(&block.result.path, self.manifest.shard.count),
                self.manifest.shard.count,
                self.manifest.shard
            )));
        }
        self.last_rank = Some(block.rank);
        self.seen[0] += 1;
        self.seen[1] += block.units;
        self.seen[2] += block.counts.iter().sum::<u64>();
        Ok(Some(block))
    }
}

/// Writes a part atomically (a retried shard replaces its part whole): the manifest's line with
/// the digest of the blocks, then each block's bytes as they come, one gzip stream. `blocks`
/// gives the blocks twice: once for the digest, once to write them.
pub(crate) fn write_part<I: Iterator<Item = std::io::Result<Vec<u8>>>>(
    path: &Path,
    mut manifest: Manifest,
    blocks: impl Fn() -> I,
) -> anyhow::Result<()> {
    let mut digest: sha2::Sha256 = sha2::Digest::new();
    for block in blocks() {
        sha2::Digest::update(&mut digest, &block?);
    }
    manifest.digest = sha256_text(&sha2::Digest::finalize(digest));
    crate::paths::write_atomically(path, |tmp| {
        let file = std::io::BufWriter::new(std::fs::File::create(tmp)?);
        let mut gz = flate2::write::GzEncoder::new(file, flate2::Compression::fast());
        gz.write_all(&manifest_line(&manifest))?;
        for block in blocks() {
            gz.write_all(&block?)?;
        }
        let mut file = gz.finish()?;
        file.flush()?;
        file.get_ref().sync_all()?;
        Ok(())
    })
}

/// The JSON schema of one line of a part file, pretty-printed with a trailing newline (the text
/// of `schemas/part.schema.json`).
pub fn schema_json() -> String {
    let mut schema = serde_json::to_value(schemars::schema_for!(Line)).expect("serialises");
    schema["title"] = "teamlint part file line".into();
    schema["description"] = "One line of a part file (teamlint-part-I-of-N.jsonl.gz, gzip-compressed JSON lines): the manifest first, then per workbook its `workbook` line, its `unit` lines and its `finding` lines.".into();
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema serialises");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refusals_read_in_english_and_german() {
        let command: Vec<String> = [
            "check",
            "--files-from",
            "my list.txt",
            "--part",
            "--out",
            "out",
        ]
        .map(String::from)
        .to_vec();
        let missing = PartError::Missing {
            shards: vec![Shard { index: 3, count: 4 }],
            command: command.clone(),
        };
        assert_eq!(
            missing.message(Lang::En),
            "shard 3/4 is missing: no teamlint-part-3-of-4.jsonl.gz among the parts given; run that shard (again) before the merge: teamlint check --shard 3/4 --files-from 'my list.txt' --part --out out"
        );
        assert_eq!(
            missing.message(Lang::De),
            "Teil 3/4 fehlt: keine teamlint-part-3-of-4.jsonl.gz unter den angegebenen Teildateien; führen Sie diesen Teil (erneut) vor der Zusammenführung aus: teamlint check --shard 3/4 --files-from 'my list.txt' --part --out out"
        );
        let two = PartError::Missing {
            shards: vec![Shard { index: 3, count: 8 }, Shard { index: 5, count: 8 }],
            command,
        };
        assert!(two.message(Lang::En).ends_with(
            "run them (again) before the merge: for i in 3 5; do teamlint check --shard \"$i/8\" --files-from 'my list.txt' --part --out out; done"
        ));
        let stale = PartError::Stale {
            parts: vec![StalePart {
                path: "out/teamlint-part-2-of-4.jsonl.gz".into(),
                shard: Shard { index: 2, count: 4 },
                input: "in/de/berlin.xlsx".into(),
                changed: 3,
            }],
            command: vec!["check".into(), "--files-from".into(), "list.txt".into()],
        };
        assert_eq!(
            stale.message(Lang::De),
            "Teildatei out/teamlint-part-2-of-4.jsonl.gz (Teil 2/4: in/de/berlin.xlsx und 2 weitere seither geändert) ist älter als ihre Eingaben; führen Sie diesen Teil vor der Zusammenführung erneut aus: teamlint check --shard 2/4 --files-from list.txt"
        );
        assert_eq!(
            PartError::Incomplete { held: 9, count: 10 }.message(Lang::De),
            "die Teile enthalten 9 Arbeitsmappen, ihre Eingabeliste aber 10: ein Teil wurde nach dem Schreiben verändert; führen Sie alle Teile erneut aus"
        );
        let twice = PartError::Duplicate {
            shard: Shard { index: 2, count: 4 },
            first: "a/teamlint-part-2-of-4.jsonl.gz".into(),
            second: "b/teamlint-part-2-of-4.jsonl.gz".into(),
        };
        assert!(
            twice
                .message(Lang::De)
                .starts_with("Teil 2/4 ist doppelt angegeben: a/")
        );
    }

    #[test]
    fn the_config_hash_follows_the_effective_config_not_its_spelling() {
        let a = Config::from_toml("[rules.SPOF001]\nseverity = \"off\"\n", "a").unwrap();
        let b =
            Config::from_toml("[rules.channel-single-person]\nseverity = \"off\"\n", "b").unwrap();
        assert_eq!(config_hash(&a), config_hash(&b));
        assert_ne!(config_hash(&a), config_hash(&Config::default()));
        let c = Config::from_toml("[thresholds]\ntolerance = 0.2\n", "c").unwrap();
        assert_ne!(config_hash(&c), config_hash(&Config::default()));
    }
}
