//! Part files (`--part`): one shard's results, each workbook's status, unit figures and findings,
//! as gzip-compressed JSON lines behind a manifest; and the checks `merge` makes before using them.
//!
//! A part is `teamlint-part-I-of-N.jsonl.gz`: one gzip stream of JSON lines (`zcat` shows it).
//! The first line is `{"manifest": {...}}` (teamlint version, config hash, language, shard, the
//! input list's size and hash, counts). Then, in the run's output order (by rank), one block per
//! workbook: `{"workbook": {...}}` with the number of lines that follow, its `{"unit": {...}}`
//! lines and its `{"finding": {...}}` lines. Findings keep their typed figures, so a merge
//! renders messages in its own language; nothing in a part depends on the machine or the time
//! it was written on, so a shard run twice writes the same bytes. `schemas/part.schema.json`
//! describes one line.

use crate::config::Config;
use crate::contract::Lang;
use crate::findings::{Finding, Severity};
use crate::pipeline::{InputStatus, WorkbookResult};
use crate::rules::UnitFigures;
use crate::shard::{PART_PREFIX, PART_SUFFIX, Shard};
use serde::{Deserialize, Serialize};
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

/// What the first line of a part calls its format.
pub const FORMAT: &str = "teamlint-part";
/// The version of the part layout; a merge reads only its own.
pub const FORMAT_VERSION: u32 = 1;

/// The first line of a part: what run it belongs to and what it holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// Always `teamlint-part`.
    pub format: String,
    /// The part layout's version (1).
    pub format_version: u32,
    /// The teamlint version that wrote it; a merge takes parts of its own version only.
    pub teamlint: String,
    /// A hash of the effective configuration (thresholds, resolved rule severities, currencies,
    /// waivers); a merge takes parts of its own configuration only.
    pub config: String,
    /// The language of the texts the part holds (reasons an input failed).
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
}

/// The input list of a run, as every shard of it saw it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ListOfInputs {
    /// Entries in the whole list.
    pub count: u64,
    /// FNV-1a 64 of the entries' names in order.
    pub hash: String,
}

/// The first line of a workbook's block.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct WorkbookLine {
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
    pub error: Option<String>,
    /// Why its copy was rebuilt instead of patched, or null.
    pub copy_note: Option<String>,
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
}

/// One line of a part file.
#[derive(Clone, Debug, PartialEq, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase", deny_unknown_fields)]
pub enum Line {
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
pub(crate) fn encode_block(rank: u64, w: &WorkbookResult, out_dir: &Path) -> Vec<u8> {
    let [errors, warnings, infos] = severity_counts(&w.findings);
    let header = WorkbookLine {
        rank,
        path: w.path.clone(),
        source: w.source.to_string_lossy().into_owned(),
        output: w
            .output
            .as_deref()
            .map(|o| crate::pipeline::relative_name(o, out_dir)),
        status: w.status,
        error: w.error.clone(),
        copy_note: w.copy_note.clone(),
        units: w.units.len() as u64,
        findings: w.findings.len() as u64,
        errors,
        warnings,
        infos,
        reading: w.reading.clone(),
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
    pub const HEADERS: Want = Want {
        units: false,
        findings: false,
    };
    /// Units, not findings.
    pub const UNITS: Want = Want {
        units: true,
        findings: false,
    };
    /// Findings, not units.
    pub const FINDINGS: Want = Want {
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
        }
    }
}

/// Reads JSON lines one at a time, counting them (for the line number of a complaint).
pub(crate) struct LineReader<R> {
    inner: R,
    buf: Vec<u8>,
    /// The number of the line last read, from 1.
    pub line: u64,
}

impl<R: BufRead> LineReader<R> {
    /// A reader over `inner`.
    pub fn new(inner: R) -> Self {
        LineReader {
            inner,
            buf: Vec::new(),
            line: 0,
        }
    }

    /// The next line without its newline, or `None` at the end.
    pub fn next_line(&mut self) -> std::io::Result<Option<&[u8]>> {
        self.buf.clear();
        if self.inner.read_until(b'\n', &mut self.buf)? == 0 {
            return Ok(None);
        }
        self.line += 1;
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

/// Why a part cannot be merged; each names the part (or the shard) and says what to do.
#[derive(Debug, thiserror::Error)]
pub enum PartError {
    /// No part file among the paths given.
    #[error("no part files (teamlint-part-*.jsonl.gz) in {0}")]
    NoParts(String),
    /// A path given to the merge does not exist.
    #[error(
        "part {0}: no such file or folder; give the part files, or the folder the shards wrote them to"
    )]
    NotFound(PathBuf),
    /// The file cannot be read.
    #[error("part {0}: cannot read it: check that you may open it — {1}")]
    Unreadable(PathBuf, std::io::Error),
    /// The file is not a teamlint part (or its manifest is damaged).
    #[error("part {0}: not a teamlint part file ({1})")]
    NotAPart(PathBuf, String),
    /// Written by another teamlint version or part format.
    #[error(
        "part {path}: written by teamlint {teamlint} (part format {format}); this is teamlint {ours} (part format {FORMAT_VERSION}): check that shard again with this version"
    )]
    Version {
        /// The part.
        path: PathBuf,
        /// The version that wrote it.
        teamlint: String,
        /// Its part format.
        format: u32,
        /// This version.
        ours: String,
    },
    /// Checked under another configuration.
    #[error(
        "part {path}: checked with another configuration (config hash {theirs}, this merge's is {ours}): run every shard and the merge with the same teamlint.toml"
    )]
    Config {
        /// The part.
        path: PathBuf,
        /// The part's config hash.
        theirs: String,
        /// The merge's config hash.
        ours: String,
    },
    /// Written in another language than the other parts or `--lang`.
    #[error(
        "part {path}: written in --lang {}, but the merge writes --lang {}: run every shard and the merge with the same --lang", lang_code(*theirs), lang_code(*ours)
    )]
    Language {
        /// The part.
        path: PathBuf,
        /// Its language.
        theirs: Lang,
        /// The merge's.
        ours: Lang,
    },
    /// Cut from another input list than the first part.
    #[error(
        "part {path}: cut from another input list ({count} workbooks, hash {hash}) than {first} ({first_count} workbooks, hash {first_hash}): give every shard the same list"
    )]
    Inputs {
        /// The part.
        path: PathBuf,
        /// Its list's size.
        count: u64,
        /// Its list's hash.
        hash: String,
        /// The first part.
        first: PathBuf,
        /// The first part's list size.
        first_count: u64,
        /// The first part's list hash.
        first_hash: String,
    },
    /// Split into another number of shards than the first part.
    #[error(
        "part {path} is shard {shard}, but {first} is shard {first_shard}: every part must come from one split"
    )]
    Split {
        /// The part.
        path: PathBuf,
        /// Its shard.
        shard: Shard,
        /// The first part.
        first: PathBuf,
        /// The first part's shard.
        first_shard: Shard,
    },
    /// A shard has no part.
    #[error("shard {shard} is missing: no {} among the parts given; run that shard (again) before the merge", shard.part_file_name())]
    Missing {
        /// The missing shard.
        shard: Shard,
    },
    /// A shard has two parts.
    #[error("shard {shard} is given twice: {first} and {second}; give each shard's part once")]
    Duplicate {
        /// The shard.
        shard: Shard,
        /// One part.
        first: PathBuf,
        /// The other.
        second: PathBuf,
    },
    /// The part is damaged.
    #[error("part {path} is damaged at line {line}: {reason}; run that shard again")]
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
        let (en, de) = (self.to_string(), self.german());
        match lang {
            Lang::En => en,
            Lang::De => de,
        }
    }

    fn german(&self) -> String {
        match self {
            PartError::NoParts(w) => {
                format!("keine Teildateien (teamlint-part-*.jsonl.gz) in {w}")
            }
            PartError::NotFound(p) => format!(
                "Teildatei {}: Datei oder Ordner nicht gefunden; geben Sie die Teildateien an oder \
                 den Ordner, in den die Teile geschrieben wurden",
                p.display()
            ),
            PartError::Unreadable(p, e) => format!(
                "Teildatei {}: nicht lesbar; prüfen Sie, ob Sie sie öffnen dürfen — {e}",
                p.display()
            ),
            PartError::NotAPart(p, why) => {
                format!(
                    "Teildatei {}: keine Teildatei von teamlint ({why})",
                    p.display()
                )
            }
            PartError::Version {
                path,
                teamlint,
                format,
                ours,
            } => format!(
                "Teildatei {}: von teamlint {teamlint} geschrieben (Teilformat {format}); dies ist teamlint {ours} (Teilformat {FORMAT_VERSION}): prüfen Sie diesen Teil mit dieser Version erneut",
                path.display()
            ),
            PartError::Config { path, theirs, ours } => format!(
                "Teildatei {}: mit einer anderen Konfiguration geprüft (Konfigurations-Hash {theirs}, der dieser Zusammenführung ist {ours}): führen Sie alle Teile und die Zusammenführung mit derselben teamlint.toml aus",
                path.display()
            ),
            PartError::Language { path, theirs, ours } => format!(
                "Teildatei {}: mit --lang {} geschrieben, die Zusammenführung schreibt aber --lang {}: führen Sie alle Teile und die Zusammenführung mit demselben --lang aus",
                path.display(),
                lang_code(*theirs),
                lang_code(*ours)
            ),
            PartError::Inputs {
                path,
                count,
                hash,
                first,
                first_count,
                first_hash,
            } => format!(
                "Teildatei {}: aus einer anderen Eingabeliste ({count} Arbeitsmappen, Hash {hash}) als {} ({first_count} Arbeitsmappen, Hash {first_hash}): geben Sie allen Teilen dieselbe Liste",
                path.display(),
                first.display()
            ),
            PartError::Split {
                path,
                shard,
                first,
                first_shard,
            } => format!(
                "Teildatei {} ist Teil {shard}, {} aber Teil {first_shard}: alle Teile müssen aus derselben Aufteilung stammen",
                path.display(),
                first.display()
            ),
            PartError::Missing { shard } => format!(
                "Teil {shard} fehlt: keine {} unter den angegebenen Teildateien; führen Sie diesen Teil (erneut) vor der Zusammenführung aus",
                shard.part_file_name()
            ),
            PartError::Duplicate {
                shard,
                first,
                second,
            } => format!(
                "Teil {shard} ist doppelt angegeben: {} und {}; geben Sie jeden Teil nur einmal an",
                first.display(),
                second.display()
            ),
            PartError::Damaged { path, line, reason } => format!(
                "Teildatei {} ist in Zeile {line} beschädigt: {reason}; führen Sie diesen Teil erneut aus",
                path.display()
            ),
        }
    }
}

/// A language as `--lang` spells it.
fn lang_code(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en",
        Lang::De => "de",
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
pub fn read_manifest(path: &Path) -> Result<Manifest, PartError> {
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
    match serde_json::from_slice::<Line>(first) {
        Ok(Line::Manifest(m)) if m.format == FORMAT => Ok(m),
        Ok(_) => Err(not_a_part("its first line is no manifest".into())),
        Err(e) => Err(not_a_part(e.to_string())),
    }
}

/// The part files among `paths`: files as given, folders searched (recursively) for
/// `teamlint-part-*.jsonl.gz`; sorted, each once.
pub fn find_parts(paths: &[PathBuf]) -> Result<Vec<PathBuf>, PartError> {
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

/// The parts of one run, checked against each other and against the merge: same teamlint
/// version and part format, same configuration (`config_hash`), same language, same input
/// list, one split with every shard exactly once. Returns each part with its manifest, in
/// shard order.
pub fn check_parts(
    parts: &[PathBuf],
    config_hash: &str,
    lang: Lang,
) -> Result<Vec<(PathBuf, Manifest)>, PartError> {
    let ours = env!("CARGO_PKG_VERSION");
    let mut read: Vec<(PathBuf, Manifest)> = Vec::new();
    for path in parts {
        let m = read_manifest(path)?;
        if m.teamlint != ours || m.format_version != FORMAT_VERSION {
            return Err(PartError::Version {
                path: path.clone(),
                teamlint: m.teamlint,
                format: m.format_version,
                ours: ours.into(),
            });
        }
        if m.config != config_hash {
            return Err(PartError::Config {
                path: path.clone(),
                theirs: m.config,
                ours: config_hash.into(),
            });
        }
        if m.lang != lang {
            return Err(PartError::Language {
                path: path.clone(),
                theirs: m.lang,
                ours: lang,
            });
        }
        if let Some((first, f)) = read.first() {
            if m.inputs != f.inputs {
                return Err(PartError::Inputs {
                    path: path.clone(),
                    count: m.inputs.count,
                    hash: m.inputs.hash,
                    first: first.clone(),
                    first_count: f.inputs.count,
                    first_hash: f.inputs.hash.clone(),
                });
            }
            if m.shard.count != f.shard.count {
                return Err(PartError::Split {
                    path: path.clone(),
                    shard: m.shard,
                    first: first.clone(),
                    first_shard: f.shard,
                });
            }
        }
        if let Some((other, _)) = read.iter().find(|(_, o)| o.shard == m.shard) {
            return Err(PartError::Duplicate {
                shard: m.shard,
                first: other.clone(),
                second: path.clone(),
            });
        }
        read.push((path.clone(), m));
    }
    let count = read.first().map_or(1, |(_, m)| m.shard.count);
    for index in 1..=count {
        if !read.iter().any(|(_, m)| m.shard.index == index) {
            return Err(PartError::Missing {
                shard: Shard { index, count },
            });
        }
    }
    read.sort_by_key(|(_, m)| m.shard);
    Ok(read)
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
    pub fn next_block(&mut self) -> Result<Option<Block>, PartError> {
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

/// Writes a part atomically (a retried shard replaces its part whole): the manifest's line, then
/// each block's bytes as they come, one gzip stream.
pub(crate) fn write_part(
    path: &Path,
    manifest: &Manifest,
    blocks: impl Iterator<Item = std::io::Result<Vec<u8>>>,
) -> anyhow::Result<()> {
    crate::report::write_atomically(path, |tmp| {
        let file = std::io::BufWriter::new(std::fs::File::create(tmp)?);
        let mut gz = flate2::write::GzEncoder::new(file, flate2::Compression::fast());
        gz.write_all(&manifest_line(manifest))?;
        for block in blocks {
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
        let missing = PartError::Missing {
            shard: Shard { index: 3, count: 4 },
        };
        assert_eq!(
            missing.message(Lang::En),
            "shard 3/4 is missing: no teamlint-part-3-of-4.jsonl.gz among the parts given; run that shard (again) before the merge"
        );
        assert_eq!(
            missing.message(Lang::De),
            "Teil 3/4 fehlt: keine teamlint-part-3-of-4.jsonl.gz unter den angegebenen Teildateien; führen Sie diesen Teil (erneut) vor der Zusammenführung aus"
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
