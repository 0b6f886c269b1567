//! `teamlint watch`: a drop folder. Checks every workbook in it, then each one that appears or
//! changes once it has stopped growing, and rewrites the group outputs after each change.
//!
//! File events (notify, or its poll watcher for network drives) only wake the loop: the folder is
//! listed again and each workbook's size and modification time are compared with what was
//! checked, so a missed or repeated event changes nothing. A workbook is read only when its size
//! and time have held for `settle` and it can be opened; Office lock files (`~$`), hidden and
//! temporary names are never read. Every output is written under a temporary name and renamed,
//! and a stop request is taken between two checks, so stopping leaves no half-written file.
//! Only changes wake it (opening or listing does not: its own listing would wake it again), and
//! a folder that disappears keeps its copies and is watched again when it comes back.

use crate::contract::Lang;
use crate::discover::{self, Input};
use crate::outcome::{Options, WorkbookResult};
use crate::pipeline;
use crate::visible;
use notify::Watcher;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant, SystemTime};

/// How `teamlint watch` runs.
#[derive(Clone, Debug)]
pub struct WatchOptions {
    /// The folder watched (subfolders too).
    pub folder: PathBuf,
    /// How each workbook is checked and where the outputs go (`out_dir`).
    pub check: Options,
    /// Look at the folder every so often instead of waiting for change events (network drives,
    /// where events do not arrive).
    pub poll: Option<Duration>,
    /// How long a workbook's size and modification time must hold before it is read.
    pub settle: Duration,
}

/// What wakes the loop.
#[derive(Debug)]
pub enum Wake {
    /// Something changed under the folder.
    Changed,
    /// Stop (Ctrl-C, SIGTERM, or the caller).
    Stop,
}

/// A workbook's size and modification time: when they hold, nobody is writing it.
type Stamp = (u64, Option<SystemTime>);

fn stamp(path: &Path) -> Option<Stamp> {
    let meta = std::fs::metadata(path).ok()?;
    Some((meta.len(), meta.modified().ok()))
}

/// A workbook seen to change, waiting for its stamp to hold.
struct Pending {
    stamp: Stamp,
    since: Instant,
}

/// Watches until a [`Wake::Stop`] arrives on `wake` (the sender is handed to the file watcher,
/// which sends [`Wake::Changed`]); writes one line per workbook checked to `log`.
pub fn run(
    options: &WatchOptions,
    wake: (mpsc::Sender<Wake>, mpsc::Receiver<Wake>),
    log: &mut dyn Write,
) -> anyhow::Result<()> {
    let (sender, receiver) = wake;
    let texts = crate::i18n::texts(options.check.lang);
    let out_dir = &options.check.out_dir;
    pipeline::prepare_out(out_dir, std::slice::from_ref(&options.folder))?;
    if !options.folder.is_dir() {
        anyhow::bail!(texts.watch_not_a_folder(&visible::path(&options.folder)));
    }
    let mut watch = Watch::first_check(options, sender, log)?;
    writeln!(
        log,
        "{}",
        texts.watch_started(&visible::path(&options.folder), &visible::path(out_dir))
    )?;
    log.flush()?;
    while let Some(woken) = wait(&receiver, watch.pending.is_empty(), options.settle) {
        if woken {
            watch.listed_since_wake = false;
        }
        if !watch.follow_folder(log)? {
            continue;
        }
        let now = Instant::now();
        let (inputs, removed) = watch.look(now);
        let ready = watch.settled(now);
        if ready.is_empty() && removed.is_empty() {
            continue;
        }
        watch.forget(&removed, log)?;
        watch.check_ready(ready, inputs, log)?;
        pipeline::finish(watch.results.values().cloned().collect(), &options.check)?;
    }
    drop(watch);
    writeln!(log, "{}", texts.watch_stopped())?;
    Ok(())
}

/// Waits for the next look at the folder: `Some(true)` after a change event (a burst makes one),
/// `Some(false)` after `tick` (idle: once a second, to see that the folder is still there),
/// `None` on a stop request.
fn wait(receiver: &mpsc::Receiver<Wake>, idle: bool, settle: Duration) -> Option<bool> {
    let tick = settle
        .min(Duration::from_millis(250))
        .max(Duration::from_millis(50));
    let mut woken = match receiver.recv_timeout(if idle { IDLE } else { tick }) {
        Ok(Wake::Stop) | Err(mpsc::RecvTimeoutError::Disconnected) => return None,
        Ok(Wake::Changed) => true,
        Err(mpsc::RecvTimeoutError::Timeout) => false,
    };
    loop {
        match receiver.try_recv() {
            Ok(Wake::Changed) => woken = true,
            Ok(Wake::Stop) | Err(mpsc::TryRecvError::Disconnected) => return None,
            Err(mpsc::TryRecvError::Empty) => return Some(woken),
        }
    }
}

/// What a watch knows between two looks at its folder.
struct Watch<'a> {
    options: &'a WatchOptions,
    /// Where change events are sent (a watcher started again sends there too).
    sender: mpsc::Sender<Wake>,
    /// The folder and the output folder, resolved (events from the output folder are ignored).
    folder_abs: PathBuf,
    out_abs: PathBuf,
    /// The file watcher; `None` while the folder is gone.
    watcher: Option<Box<dyn Watcher>>,
    /// Which folder is watched ([`folder_id`]).
    watched: Option<(u64, u64)>,
    /// Each workbook's stamp when it was checked.
    seen: BTreeMap<PathBuf, Stamp>,
    /// Workbooks seen to change, waiting for their stamp to hold.
    pending: BTreeMap<PathBuf, Pending>,
    /// Each workbook's latest result, for the group outputs.
    results: BTreeMap<PathBuf, WorkbookResult>,
    /// Whether the folder has been listed since the last change event.
    listed_since_wake: bool,
}

impl<'a> Watch<'a> {
    /// Checks every workbook in the folder, prints a line for each, then starts watching.
    fn first_check(
        options: &'a WatchOptions,
        sender: mpsc::Sender<Wake>,
        log: &mut dyn Write,
    ) -> anyhow::Result<Self> {
        let out_abs = std::fs::canonicalize(&options.check.out_dir)?;
        // Stamps before the first check: a workbook that changes during it is checked again.
        let seen: BTreeMap<PathBuf, Stamp> = scan(options)
            .into_iter()
            .filter_map(|i| stamp(&i.path).map(|s| (i.path, s)))
            .collect();
        // An empty drop folder is where a watch starts, not a run that found nothing.
        let report = match pipeline::check(std::slice::from_ref(&options.folder), &options.check) {
            Err(e)
                if matches!(
                    e.downcast_ref::<crate::problem::Refusal>(),
                    Some(crate::problem::Refusal::NothingToCheck { .. })
                ) =>
            {
                crate::results::Report::default()
            }
            other => other?,
        };
        let mut results = BTreeMap::new();
        for w in report.workbooks() {
            writeln!(log, "{}", result_line(&w, options.check.lang))?;
            results.insert(w.source.clone(), w);
        }
        // Watched before the caller's line says so, so that what a reader does next is seen.
        let folder_abs = std::fs::canonicalize(&options.folder)?;
        let watcher = start_watcher(options, &folder_abs, &out_abs, &sender)?;
        Ok(Watch {
            options,
            sender,
            folder_abs,
            out_abs,
            watcher: Some(watcher),
            watched: folder_id(&options.folder),
            seen,
            pending: BTreeMap::new(),
            // Changes before the watcher started are found by a first listing.
            listed_since_wake: false,
            results,
        })
    }

    /// Follows the folder: one moved away or deleted keeps its copies and is waited for (one
    /// replaced by another folder of the same name counts as gone, then back). Whether the
    /// folder is there and watched, so that it can be looked at.
    fn follow_folder(&mut self, log: &mut dyn Write) -> anyhow::Result<bool> {
        let (folder, lang) = (&self.options.folder, self.options.check.lang);
        let here = folder_id(folder);
        match (self.watcher.is_some(), here) {
            (true, Some(_)) if here == self.watched => Ok(true),
            (true, _) => {
                self.watcher = None;
                self.pending.clear();
                writeln!(log, "{}", folder_gone(folder, lang))?;
                log.flush()?;
                Ok(false)
            }
            (false, None) => Ok(false),
            (false, Some(_)) => {
                // (Gone again before it could be watched: the next look tries again.)
                let Ok(started) =
                    start_watcher(self.options, &self.folder_abs, &self.out_abs, &self.sender)
                else {
                    return Ok(false);
                };
                (self.watcher, self.watched) = (Some(started), here);
                self.listed_since_wake = false;
                writeln!(log, "{}", folder_back(folder, lang))?;
                log.flush()?;
                Ok(true)
            }
        }
    }

    /// Lists the folder after a change event (not on every tick): each workbook whose stamp is
    /// new starts to wait. The listing, if there was one, and the checked workbooks now gone.
    fn look(&mut self, now: Instant) -> (Option<Vec<Input>>, Vec<PathBuf>) {
        if self.listed_since_wake {
            return (None, Vec::new());
        }
        self.listed_since_wake = true;
        let inputs = scan(self.options);
        for input in &inputs {
            let Some(s) = stamp(&input.path) else {
                continue;
            };
            let known = self.seen.get(&input.path) == Some(&s)
                || self.pending.get(&input.path).is_some_and(|p| p.stamp == s);
            if !known {
                let waiting = Pending {
                    stamp: s,
                    since: now,
                };
                self.pending.insert(input.path.clone(), waiting);
            }
        }
        let mut removed: Vec<PathBuf> = self
            .results
            .keys()
            .filter(|p| !p.exists())
            .cloned()
            .collect();
        // Not a removal when the whole folder went away meanwhile.
        if !self.options.folder.is_dir() {
            removed.clear();
        }
        (Some(inputs), removed)
    }

    /// The waiting workbooks that are ready: their stamp held for `settle` and they can be
    /// opened. A stamp that moved starts its wait again.
    fn settled(&mut self, now: Instant) -> Vec<PathBuf> {
        let settle = self.options.settle;
        let mut ready = Vec::new();
        self.pending.retain(|path, p| match stamp(path) {
            None => false,
            Some(s) if s != p.stamp => {
                *p = Pending {
                    stamp: s,
                    since: now,
                };
                true
            }
            Some(_)
                if now.duration_since(p.since) >= settle && std::fs::File::open(path).is_ok() =>
            {
                ready.push(path.clone());
                false
            }
            Some(_) => true,
        });
        ready
    }

    /// Forgets the workbooks removed from the folder, and their copies.
    fn forget(&mut self, removed: &[PathBuf], log: &mut dyn Write) -> anyhow::Result<()> {
        let texts = crate::i18n::texts(self.options.check.lang);
        for path in removed {
            if let Some(w) = self.results.remove(path) {
                if let Some(copy) = &w.output {
                    self.remove_copy(copy);
                }
                self.seen.remove(path);
                writeln!(log, "{}", texts.watch_removed(&visible::name(&w.path)))?;
            }
        }
        Ok(())
    }

    /// Checks each ready workbook (`inputs`: the folder's listing, if it was just made) and
    /// prints its line; a workbook that fails now loses the copy of its earlier version.
    fn check_ready(
        &mut self,
        ready: Vec<PathBuf>,
        inputs: Option<Vec<Input>>,
        log: &mut dyn Write,
    ) -> anyhow::Result<()> {
        let check = &self.options.check;
        let inputs = inputs.unwrap_or_else(|| scan(self.options));
        let names: Vec<String> = inputs.iter().map(Input::display).collect();
        let outputs = crate::paths::output_paths(&names, &check.out_dir);
        for path in ready {
            let Some(i) = inputs.iter().position(|i| i.path == path) else {
                continue;
            };
            let Some(s) = stamp(&path) else { continue };
            let result = pipeline::check_input(&inputs[i], &outputs[i], check);
            if result.output.is_none() {
                // It fails now: the copy of an earlier version must not pass for a current one.
                let earlier = self.results.get(&path).and_then(|w| w.output.clone());
                for copy in earlier.iter().chain(std::iter::once(&outputs[i])) {
                    self.remove_copy(copy);
                }
            }
            writeln!(log, "{}", result_line(&result, check.lang))?;
            log.flush()?;
            self.seen.insert(path.clone(), s);
            self.results.insert(path, result);
        }
        Ok(())
    }

    /// Removes a copy, never through a link placed in the output folder since.
    fn remove_copy(&self, copy: &Path) {
        if crate::paths::linked_folder(&self.options.check.out_dir, copy).is_none() {
            let _ = std::fs::remove_file(copy);
        }
    }
}

/// A workbook's line, as `check` prints it.
fn result_line(result: &WorkbookResult, lang: Lang) -> String {
    crate::report::terminal::result_line(result, 0, lang)
}

/// Which folder is at a path (its device and inode on Unix), so that one moved away and
/// replaced by a new folder of the same name is told apart; `None` when no folder is there.
fn folder_id(path: &Path) -> Option<(u64, u64)> {
    let meta = std::fs::metadata(path).ok().filter(|m| m.is_dir())?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        Some((meta.dev(), meta.ino()))
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        Some((0, 0))
    }
}

/// How often an idle watch looks whether its folder is still there.
const IDLE: Duration = Duration::from_secs(1);

/// Whether an event is a change to what is in the folder: a file or folder created, written,
/// removed or renamed. Opening, reading or listing is not (the watch's own listing raises an
/// open event on the folder, which must not wake it again).
fn is_change(event: &notify::Event) -> bool {
    use notify::event::{AccessKind, AccessMode, EventKind, MetadataKind, ModifyKind};
    match event.kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_) => false,
        EventKind::Modify(ModifyKind::Metadata(MetadataKind::AccessTime)) => false,
        _ => true,
    }
}

/// Starts the file watcher (events, or polling) on the folder; each change outside the output
/// folder sends a [`Wake::Changed`].
fn start_watcher(
    options: &WatchOptions,
    folder: &Path,
    out_abs: &Path,
    sender: &mpsc::Sender<Wake>,
) -> anyhow::Result<Box<dyn Watcher>> {
    let (events, out_abs) = (sender.clone(), out_abs.to_path_buf());
    let handler = move |event: notify::Result<notify::Event>| {
        let relevant = match &event {
            Ok(e) => is_change(e) && !e.paths.iter().all(|p| p.starts_with(&out_abs)),
            Err(_) => true,
        };
        if relevant {
            let _ = events.send(Wake::Changed);
        }
    };
    let mut watcher: Box<dyn Watcher> = match options.poll {
        Some(interval) => Box::new(notify::PollWatcher::new(
            handler,
            notify::Config::default().with_poll_interval(interval),
        )?),
        None => Box::new(notify::recommended_watcher(handler)?),
    };
    watcher.watch(folder, notify::RecursiveMode::Recursive)?;
    Ok(watcher)
}

/// The line when the watched folder disappears.
fn folder_gone(folder: &Path, lang: Lang) -> String {
    crate::i18n::texts(lang).watch_folder_gone(&visible::path(folder))
}

/// The line when the watched folder is back.
fn folder_back(folder: &Path, lang: Lang) -> String {
    crate::i18n::texts(lang).watch_folder_back(&visible::path(folder))
}

/// The workbooks in the folder now, as `check` would find them (the output folder skipped).
fn scan(options: &WatchOptions) -> Vec<Input> {
    discover::discover(
        std::slice::from_ref(&options.folder),
        &options.check.out_dir,
    )
    .0
}

/// Runs [`run`] with the process's Ctrl-C and SIGTERM as the stop request.
pub fn run_until_signal(options: &WatchOptions, log: &mut dyn Write) -> anyhow::Result<()> {
    let (sender, receiver) = mpsc::channel();
    let stop = sender.clone();
    ctrlc::set_handler(move || {
        let _ = stop.send(Wake::Stop);
    })?;
    run(options, (sender, receiver), log)
}
