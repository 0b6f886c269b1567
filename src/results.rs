//! Where a run keeps each workbook's results between its check and the outputs: a temporary
//! spool file (a run), part files (a merge) or memory (a report built by hand), read back in order.
//!
//! Every output streams the results back one workbook at a time, in the run's output order
//! (workbooks sorted by path), so a run's memory follows its largest workbook, not its size.
//! Findings come back marked for the run that reads them: waivers judged on its day, changes
//! against its baseline.

use crate::config::Waiver;
use crate::findings::{self, Finding, Severity};
use crate::outcome::WorkbookResult;
use crate::outcome::{InputStatus, Totals};
use crate::part::{Block, LineReader, Manifest, PartError, PartReader, Want};
use crate::rules::UnitFigures;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// What a run's findings are marked with when they are read back: the config's waivers on the
/// run's day (a waiver's expiry judged again on it) and the run's baseline.
#[derive(Clone, Debug)]
pub(crate) struct Marks {
    /// The config's waivers.
    pub waivers: Vec<Waiver>,
    /// The day waivers are judged on.
    pub day: (u16, u8, u8),
    /// The baseline, if the run has one.
    pub baseline: Option<crate::baseline::Baseline>,
}

impl Marks {
    /// Marks findings read back from a spool or a part.
    pub fn apply(&self, findings: &mut [Finding]) {
        for f in findings.iter_mut() {
            if let Some(w) = f.waiver.as_mut() {
                w.expired =
                    crate::config::parse_date(&w.valid_until).is_some_and(|until| self.day > until);
            }
        }
        crate::rules::waivers::apply(findings, &self.waivers, self.day);
        match &self.baseline {
            Some(b) => b.mark(findings),
            None => findings.iter_mut().for_each(|f| f.change = None),
        }
    }
}

/// The results of a run's workbooks (cheap to clone: shared).
#[derive(Clone, Default)]
pub(crate) struct Results(Arc<Store>);

impl std::fmt::Debug for Results {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &*self.0 {
            Store::Memory(w) => write!(f, "Results::Memory({} workbooks)", w.len()),
            Store::Spool { spool, .. } => {
                write!(f, "Results::Spool({} workbooks)", spool.index.len())
            }
            Store::Parts { parts, .. } => write!(f, "Results::Parts({} parts)", parts.len()),
        }
    }
}

enum Store {
    /// Held in memory, sorted by path.
    Memory(Vec<WorkbookResult>),
    /// In a run's temporary spool file.
    Spool {
        spool: Spool,
        out_dir: PathBuf,
        marks: Marks,
    },
    /// In checked part files (a merge); each part's copies lie in its own folder.
    Parts {
        parts: Vec<(PathBuf, Manifest)>,
        marks: Marks,
    },
}

impl Default for Store {
    fn default() -> Self {
        Store::Memory(Vec::new())
    }
}

/// An iterator over blocks, in output order.
pub(crate) type Blocks<'a> = Box<dyn Iterator<Item = anyhow::Result<Block>> + Send + 'a>;

impl Results {
    /// Results held in memory (sorted here by path, then by error, as outputs list them).
    pub fn memory(mut workbooks: Vec<WorkbookResult>) -> Results {
        workbooks.sort_by(|a, b| (&a.path, &a.error).cmp(&(&b.path, &b.error)));
        Results(Arc::new(Store::Memory(workbooks)))
    }

    /// Results in a finished spool; `out_dir` is the folder the copies' paths are relative to.
    pub(crate) fn spool(spool: Spool, out_dir: &Path, marks: Marks) -> Results {
        Results(Arc::new(Store::Spool {
            spool,
            out_dir: out_dir.into(),
            marks,
        }))
    }

    /// Results in checked parts (see `part::check_parts`). A workbook's annotated copy is found
    /// in the folder of its part, where the shard wrote both.
    pub fn parts(parts: Vec<(PathBuf, Manifest)>, marks: Marks) -> Results {
        Results(Arc::new(Store::Parts { parts, marks }))
    }

    /// The spool, when the results are a run's.
    pub(crate) fn spool_of_run(&self) -> Option<&Spool> {
        match &*self.0 {
            Store::Spool { spool, .. } => Some(spool),
            _ => None,
        }
    }

    /// How many units the results hold (known before they are read: a run counts them as they
    /// come, a part's manifest says).
    pub(crate) fn unit_count(&self) -> usize {
        match &*self.0 {
            Store::Memory(workbooks) => workbooks.iter().map(|w| w.units.len()).sum(),
            Store::Spool { spool, .. } => spool.units as usize,
            Store::Parts { parts, .. } => parts.iter().map(|(_, m)| m.units as usize).sum(),
        }
    }

    /// Every workbook's block in output order, with what `want` asks for.
    pub fn blocks(&self, want: Want) -> Blocks<'_> {
        match &*self.0 {
            Store::Memory(workbooks) => Box::new(
                workbooks
                    .iter()
                    .enumerate()
                    .map(move |(i, w)| Ok(Block::of(i as u64, w, want))),
            ),
            Store::Spool {
                spool,
                out_dir,
                marks,
            } => {
                let read = move |&(_, offset, len): &(u64, u64, u32)| -> anyhow::Result<Block> {
                    let bytes = spool.file.read((offset, len))?;
                    let mut lines = LineReader::new(bytes.as_slice());
                    let mut block = match crate::part::read_block(&mut lines, want, out_dir) {
                        Ok(Some(b)) => b,
                        Ok(None) => anyhow::bail!("the run's temporary results end early"),
                        Err(e) => anyhow::bail!("the run's temporary results are damaged: {e}"),
                    };
                    marks.apply(&mut block.result.findings);
                    Ok(block)
                };
                // On a run's threads (the group stage), a few blocks ahead are read in parallel:
                // a core left idle by the other output, or by the group stage's first pass,
                // parses the next ones. Elsewhere (a library user's loop) one block at a time.
                if rayon::current_thread_index().is_none() {
                    return Box::new(spool.index.iter().map(read));
                }
                Box::new(read_ahead(&spool.index).flat_map(move |batch| {
                    use rayon::prelude::*;
                    batch.par_iter().map(read).collect::<Vec<_>>()
                }))
            }
            Store::Parts { parts, marks } => Box::new(Merged::new(parts, want, marks)),
        }
    }
}

/// At most this many blocks are read ahead at once, and no more once they pass this many bytes
/// (a large workbook's block ends its batch: memory still follows the largest workbook).
const READ_AHEAD_BLOCKS: usize = 4;
const READ_AHEAD_BYTES: u64 = 256 << 10;

/// The spool's index cut into batches read ahead together, in order.
fn read_ahead(index: &[(u64, u64, u32)]) -> impl Iterator<Item = &[(u64, u64, u32)]> + Send {
    let mut rest = index;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let mut bytes = 0u64;
        let mut n = 0;
        while n < rest.len() && n < READ_AHEAD_BLOCKS && (n == 0 || bytes < READ_AHEAD_BYTES) {
            bytes += u64::from(rest[n].2);
            n += 1;
        }
        let (batch, tail) = rest.split_at(n);
        rest = tail;
        Some(batch)
    })
}

/// The blocks of several parts in output order: each part is in rank order, so the smallest
/// head of all parts comes next (a k-way merge; one block per part in memory).
struct Merged<'a> {
    readers: Vec<PartReader>,
    heads: Vec<Option<Block>>,
    marks: &'a Marks,
    started: bool,
    parts: &'a [(PathBuf, Manifest)],
    want: Want,
}

impl<'a> Merged<'a> {
    fn new(parts: &'a [(PathBuf, Manifest)], want: Want, marks: &'a Marks) -> Self {
        Merged {
            readers: Vec::new(),
            heads: Vec::new(),
            marks,
            started: false,
            parts,
            want,
        }
    }

    fn start(&mut self) -> Result<(), PartError> {
        for (path, manifest) in self.parts {
            let folder = path.parent().unwrap_or(Path::new(""));
            let mut reader = PartReader::open(path, manifest, self.want, folder)?;
            self.heads.push(reader.next_block()?);
            self.readers.push(reader);
        }
        Ok(())
    }
}

impl Iterator for Merged<'_> {
    type Item = anyhow::Result<Block>;

    fn next(&mut self) -> Option<anyhow::Result<Block>> {
        if !self.started {
            self.started = true;
            if let Err(e) = self.start() {
                self.heads.clear();
                return Some(Err(e.into()));
            }
        }
        let (i, _) = self
            .heads
            .iter()
            .enumerate()
            .filter_map(|(i, h)| h.as_ref().map(|b| (i, b.rank)))
            .min_by_key(|&(_, rank)| rank)?;
        let next = match self.readers[i].next_block() {
            Ok(b) => b,
            Err(e) => {
                self.heads.clear();
                return Some(Err(e.into()));
            }
        };
        let mut block = std::mem::replace(&mut self.heads[i], next)?;
        self.marks.apply(&mut block.result.findings);
        Some(Ok(block))
    }
}

/// A run's temporary results: each workbook's block appended as it finishes (in any order) to
/// an unnamed temporary file in the output folder, with an index to read them back in order.
pub(crate) struct Spool {
    file: BlocksFile,
    /// (rank, offset, length) of each block, sorted by rank once the spool is finished.
    index: Vec<(u64, u64, u32)>,
    /// How many units the blocks hold.
    units: u64,
}

/// Blocks of bytes appended to an unnamed temporary file (nothing is left behind, even if the
/// process is killed), each found again by its place: the run's spool, report.html's sections.
pub(crate) struct TempBlocks {
    out: std::io::BufWriter<std::fs::File>,
    at: u64,
}

/// The file of finished `TempBlocks`, read back by place.
pub(crate) struct BlocksFile(std::fs::File);

impl TempBlocks {
    /// An empty file in `dir`, written through a buffer of `buffer` bytes.
    pub fn create(dir: &Path, buffer: usize) -> std::io::Result<TempBlocks> {
        Ok(TempBlocks {
            out: std::io::BufWriter::with_capacity(buffer, tempfile::tempfile_in(dir)?),
            at: 0,
        })
    }

    /// Appends a block and returns its place: (offset, length).
    pub fn append(&mut self, bytes: &[u8]) -> std::io::Result<(u64, u32)> {
        use std::io::Write;
        let len = u32::try_from(bytes.len())
            .map_err(|_| std::io::Error::other("a block of results exceeds 4 GB"))?;
        self.out.write_all(bytes)?;
        let at = self.at;
        self.at += u64::from(len);
        Ok((at, len))
    }

    /// Every block written: the file to read them back from.
    pub fn finish(self) -> std::io::Result<BlocksFile> {
        Ok(BlocksFile(
            self.out.into_inner().map_err(|e| e.into_error())?,
        ))
    }
}

impl BlocksFile {
    /// The block at a place `TempBlocks::append` returned, into `buf` (resized to it).
    pub(crate) fn read_into(
        &self,
        (offset, len): (u64, u32),
        buf: &mut Vec<u8>,
    ) -> std::io::Result<()> {
        buf.resize(len as usize, 0);
        read_at(&self.0, buf, offset)
    }

    /// The block at a place `TempBlocks::append` returned.
    pub fn read(&self, place: (u64, u32)) -> std::io::Result<Vec<u8>> {
        let mut buf = Vec::new();
        self.read_into(place, &mut buf)?;
        Ok(buf)
    }
}

/// A spool being written by the workers of a run.
pub(crate) struct SpoolWriter {
    state: Mutex<SpoolState>,
    out_dir: PathBuf,
}

struct SpoolState {
    blocks: TempBlocks,
    index: Vec<(u64, u64, u32)>,
    units: u64,
}

impl SpoolWriter {
    /// A new spool in `out_dir` (an unnamed file: nothing is left behind, even if the run is
    /// killed) for `workbooks` results.
    pub fn create(out_dir: &Path, workbooks: usize) -> std::io::Result<SpoolWriter> {
        Ok(SpoolWriter {
            state: Mutex::new(SpoolState {
                blocks: TempBlocks::create(out_dir, 256 * 1024)?,
                index: Vec::with_capacity(workbooks),
                units: 0,
            }),
            out_dir: out_dir.into(),
        })
    }

    /// Appends a workbook's result at its rank (encoded outside the lock), with its input's
    /// stamp when it was read.
    pub fn append(
        &self,
        rank: u64,
        result: &WorkbookResult,
        read: Option<crate::part::Stamp>,
    ) -> std::io::Result<()> {
        let bytes = crate::part::encode_block(rank, result, &self.out_dir, read);
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        let (at, len) = state.blocks.append(&bytes)?;
        state.index.push((rank, at, len));
        state.units += result.units.len() as u64;
        Ok(())
    }

    /// The finished spool, its index in rank order.
    pub fn finish(self) -> std::io::Result<Spool> {
        let state = self.state.into_inner().unwrap_or_else(|e| e.into_inner());
        let file = state.blocks.finish()?;
        let mut index = state.index;
        index.sort_unstable_by_key(|&(rank, _, _)| rank);
        index.shrink_to_fit();
        Ok(Spool {
            file,
            index,
            units: state.units,
        })
    }
}

impl Spool {
    /// The blocks' bytes in rank order (to copy into a part).
    pub(crate) fn raw_blocks(&self) -> impl Iterator<Item = std::io::Result<Vec<u8>>> + '_ {
        self.index
            .iter()
            .map(|&(_, offset, len)| self.file.read((offset, len)))
    }
}

/// Reads `buf.len()` bytes of `file` at `offset` (without moving a shared cursor).
#[cfg(unix)]
fn read_at(file: &std::fs::File, buf: &mut [u8], offset: u64) -> std::io::Result<()> {
    std::os::unix::fs::FileExt::read_exact_at(file, buf, offset)
}

/// Reads `buf.len()` bytes of `file` at `offset` (without moving a shared cursor).
#[cfg(windows)]
fn read_at(file: &std::fs::File, mut buf: &mut [u8], mut offset: u64) -> std::io::Result<()> {
    while !buf.is_empty() {
        match std::os::windows::fs::FileExt::seek_read(file, buf, offset)? {
            0 => return Err(std::io::ErrorKind::UnexpectedEof.into()),
            n => {
                buf = &mut buf[n..];
                offset += n as u64;
            }
        }
    }
    Ok(())
}

/// The result of a whole run: counts, the group's findings and the files written. Each
/// workbook's result (its units and findings) is not held here but streamed back on request
/// (`workbooks`, `findings`, `units`) from where the run keeps it: a temporary spool that lives
/// as long as the report, the parts of a merge, or memory for a report built with `new`.
#[derive(Clone, Debug, Default)]
pub struct Report {
    /// Findings about units of several workbooks (COORD003, DATA004 across workbooks, WAIVE001
    /// of the config's waivers).
    pub group_findings: Vec<Finding>,
    /// Files written besides the annotated copies (group report, findings.json, a part, ...).
    pub outputs: Vec<PathBuf>,
    /// With a baseline: its findings that this run no longer has, as the baseline wrote them.
    pub resolved: Option<Vec<serde_json::Value>>,
    /// Counts over the run.
    pub totals: Totals,
    /// Whether the report merges the parts of a sharded run (`merge`): its annotated copies were
    /// written by the shards, each beside its part.
    pub merged: bool,
    /// Whether the group outputs were left unwritten because no input could be read: the
    /// reports of an earlier run in the output folder stay as they were.
    pub reports_kept: bool,
    /// Where each workbook's result is kept.
    pub(crate) results: Results,
}

impl Report {
    /// A report of results held in memory (a library user's or a test's): workbooks and group
    /// findings as given, counts worked out from them (`failing` stays 0: no run judged them).
    pub fn new(workbooks: Vec<WorkbookResult>, group_findings: Vec<Finding>) -> Report {
        let results = Results::memory(workbooks);
        let mut totals = Totals::default();
        for block in results.blocks(Want::FINDINGS) {
            totals.add_block(&block.expect("results in memory read back"));
        }
        for f in &group_findings {
            totals.add_group(f);
        }
        Report {
            group_findings,
            outputs: Vec::new(),
            resolved: None,
            totals,
            merged: false,
            reports_kept: false,
            results,
        }
    }

    /// Every workbook's block in output order (by path), with what `want` asks for.
    pub(crate) fn blocks(&self, want: Want) -> crate::results::Blocks<'_> {
        self.results.blocks(want)
    }

    /// Every input, read or not, sorted by path, each with its units and findings (read back
    /// one at a time: the report holds none of them), or the error that stopped reading them.
    pub fn try_workbooks(&self) -> impl Iterator<Item = anyhow::Result<WorkbookResult>> + '_ {
        self.blocks(Want::ALL).map(|b| b.map(|b| b.result))
    }

    /// Every input, sorted by path, each with its units and findings. Panics if the run's
    /// results cannot be read back (use `try_workbooks` to handle that).
    pub fn workbooks(&self) -> impl Iterator<Item = WorkbookResult> + '_ {
        self.try_workbooks().map(read_back)
    }

    /// Every finding in output order: each workbook's in reading order (workbooks by path),
    /// then the group's; or the error that stopped reading them.
    pub(crate) fn try_findings(&self) -> impl Iterator<Item = anyhow::Result<Finding>> + '_ {
        let mut group: Vec<&Finding> = self.group_findings.iter().collect();
        group.sort_by(|a, b| findings::order(a, b));
        self.blocks(Want::FINDINGS)
            .flat_map(|b| -> Box<dyn Iterator<Item = anyhow::Result<Finding>>> {
                match b {
                    Ok(b) => {
                        let mut found = b.result.findings;
                        findings::sort(&mut found);
                        Box::new(found.into_iter().map(Ok))
                    }
                    Err(e) => Box::new(std::iter::once(Err(e))),
                }
            })
            .chain(group.into_iter().cloned().map(Ok))
    }

    /// Every finding in output order (see `try_findings`). Panics if the run's results cannot
    /// be read back.
    pub fn findings(&self) -> impl Iterator<Item = Finding> + '_ {
        self.try_findings().map(read_back)
    }

    /// Every unit of every workbook, workbooks by path. Panics if the run's results cannot be
    /// read back.
    pub fn units(&self) -> impl Iterator<Item = UnitFigures> + '_ {
        self.blocks(Want::UNITS)
            .map(read_back)
            .flat_map(|b| b.result.units)
    }

    /// How many findings of a severity the run has.
    pub fn count(&self, severity: Severity) -> usize {
        match severity {
            Severity::Error => self.totals.errors,
            Severity::Warning => self.totals.warnings,
            Severity::Info => self.totals.infos,
        }
    }

    /// How many inputs could not be read.
    pub fn failed(&self) -> usize {
        self.totals.failed
    }
}

/// A result read back, or a panic naming why it could not be.
fn read_back<T>(result: anyhow::Result<T>) -> T {
    result.unwrap_or_else(|e| panic!("teamlint: the run's results could not be read back: {e:#}"))
}

impl Totals {
    /// Adds a workbook's block: its counts from its `workbook` line, and each finding read
    /// with it.
    pub(crate) fn add_block(&mut self, block: &crate::part::Block) {
        let w = &block.result;
        self.workbooks += 1;
        self.failed += usize::from(w.status == InputStatus::Failed);
        self.units += block.units as usize;
        self.copies += usize::from(w.output.is_some());
        self.errors += block.counts[0] as usize;
        self.warnings += block.counts[1] as usize;
        self.infos += block.counts[2] as usize;
        for f in &w.findings {
            self.note(f);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Batches keep the spool's order, hold at most `READ_AHEAD_BLOCKS` blocks, stop once they
    /// pass `READ_AHEAD_BYTES`, so a block larger than that ends its batch.
    #[test]
    fn read_ahead_batches_are_in_order_and_bounded() {
        let small = 100u32;
        let big = (READ_AHEAD_BYTES * 2) as u32;
        let mut index: Vec<(u64, u64, u32)> = (0..40).map(|i| (i, i * 100, small)).collect();
        index.insert(20, (99, 0, big));
        let batches: Vec<&[(u64, u64, u32)]> = read_ahead(&index).collect();
        let flat: Vec<_> = batches.iter().flat_map(|b| b.iter().copied()).collect();
        assert_eq!(flat, index, "every block once, in order");
        assert!(batches.iter().all(|b| b.len() <= READ_AHEAD_BLOCKS));
        assert_eq!(batches[0].len(), READ_AHEAD_BLOCKS);
        let with_big = batches
            .iter()
            .find(|b| b.iter().any(|e| e.2 == big))
            .unwrap();
        assert_eq!(
            with_big.last().unwrap().2,
            big,
            "nothing more after passing the bound"
        );
        assert!(read_ahead(&[]).next().is_none());
    }
}
