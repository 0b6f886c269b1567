//! `teamlint watch` as a user runs it (the binary, a real folder): what is there is checked, a
//! new and a changed workbook are picked up and the group outputs rewritten, a half-copied file
//! is not read early, lock files are skipped, a bad file is reported, and SIGTERM stops cleanly.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::common::sample;

/// Generous: a debug build on a busy machine.
const PATIENCE: Duration = Duration::from_secs(120);

struct Watching {
    child: Child,
    lines: mpsc::Receiver<String>,
    seen: Vec<String>,
}

impl Watching {
    fn start(folder: &Path, out: &Path, extra: &[&str]) -> Watching {
        let mut child = Command::new(env!("CARGO_BIN_EXE_teamlint"))
            .arg("watch")
            .arg(folder)
            .arg("--out")
            .arg(out)
            .args(extra)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("teamlint watch starts");
        let stdout = child.stdout.take().unwrap();
        let (sender, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if sender.send(line).is_err() {
                    break;
                }
            }
        });
        let mut watching = Watching {
            child,
            lines,
            seen: Vec::new(),
        };
        watching.wait_for(|l| l.starts_with("watching ") || l.starts_with("beobachte "));
        watching
    }

    /// Waits (bounded) for a line the predicate accepts and returns it.
    fn wait_for(&mut self, wanted: impl Fn(&str) -> bool) -> String {
        let end = Instant::now() + PATIENCE;
        loop {
            let left = end.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) => {
                    self.seen.push(line.clone());
                    if wanted(&line) {
                        return line;
                    }
                }
                Err(_) => panic!("no such line; the lines so far: {:#?}", self.seen),
            }
        }
    }

    /// Stops with SIGTERM and returns every line printed.
    fn stop(mut self) -> Vec<String> {
        let status = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
        let exit = self.child.wait().unwrap();
        while let Ok(line) = self.lines.recv_timeout(Duration::from_secs(5)) {
            self.seen.push(line);
        }
        assert!(exit.success(), "watch ended with {exit}: {:#?}", self.seen);
        std::mem::take(&mut self.seen)
    }
}

impl Drop for Watching {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Waits (bounded) until `findings.json` names the unit for the workbook.
fn wait_for_unit(out: &Path, workbook: &str, unit: &str) -> serde_json::Value {
    let end = Instant::now() + PATIENCE;
    loop {
        if let Ok(text) = std::fs::read_to_string(out.join("findings.json")) {
            let json: serde_json::Value = serde_json::from_str(&text).unwrap();
            let found = json["units"]
                .as_array()
                .unwrap()
                .iter()
                .any(|u| u["workbook"] == workbook && u["unit"] == unit);
            if found {
                return json;
            }
        }
        assert!(
            Instant::now() < end,
            "findings.json never named {unit} for {workbook}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Waits (bounded) until the file's text is what the predicate wants.
fn wait_for_text(path: &Path, wanted: impl Fn(&str) -> bool) {
    let end = Instant::now() + PATIENCE;
    while !std::fs::read_to_string(path).is_ok_and(|t| wanted(&t)) {
        assert!(Instant::now() < end, "{} never held it", path.display());
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn temporaries(dir: &Path) -> Vec<PathBuf> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .map(|e| e.path().to_path_buf())
        .collect()
}

#[test]
fn a_new_and_a_changed_workbook_are_checked_and_the_reports_rewritten() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("drop");
    std::fs::create_dir_all(&folder).unwrap();
    // The outputs inside the watched folder must not set the watch off again.
    let out = folder.join("results");
    std::fs::copy(sample("at-wien.xlsx"), folder.join("at-wien.xlsx")).unwrap();
    let mut watching = Watching::start(&folder, &out, &["--settle", "1.5"]);
    assert!(
        watching.seen[0].starts_with("ok") && watching.seen[0].contains("at-wien.xlsx"),
        "{:?}",
        watching.seen
    );
    wait_for_unit(&out, "at-wien.xlsx", "Hansa Outdoor Austria GmbH");

    // A new workbook, and an Office lock file beside it.
    std::fs::write(folder.join("~$fr-lyon.xlsx"), b"lock").unwrap();
    std::fs::copy(sample("fr-lyon.xlsx"), folder.join("fr-lyon.xlsx")).unwrap();
    let line = watching.wait_for(|l| l.contains("fr-lyon.xlsx"));
    assert!(line.starts_with("ok"), "{line}");
    assert!(out.join("fr-lyon.checked.xlsx").is_file());
    wait_for_unit(&out, "fr-lyon.xlsx", "Hansa Outdoor France SAS");

    // A changed workbook: its copy and the reports follow.
    let before = std::fs::read(out.join("at-wien.checked.xlsx")).unwrap();
    std::fs::copy(sample("us-denver.xlsx"), folder.join("at-wien.xlsx")).unwrap();
    let line = watching.wait_for(|l| l.contains("at-wien.xlsx"));
    assert!(line.starts_with("ok"), "{line}");
    let json = wait_for_unit(&out, "at-wien.xlsx", "Hansa Outdoor Inc.");
    assert!(
        json["units"]
            .as_array()
            .unwrap()
            .iter()
            .all(|u| u["unit"] != "Hansa Outdoor Austria GmbH")
    );
    assert_ne!(
        std::fs::read(out.join("at-wien.checked.xlsx")).unwrap(),
        before
    );
    // report.html is written after findings.json.
    wait_for_text(&out.join("report.html"), |html| {
        html.contains("Hansa Outdoor Inc.") && html.contains("Hansa Outdoor France SAS")
    });
    let group = teamlint::load::read_sheets(&out.join("group-report.xlsx")).unwrap();
    assert!(!group.is_empty());

    // A file copied in two steps is read once, complete.
    let bytes = std::fs::read(sample("pl-poznan.xlsx")).unwrap();
    let half = folder.join("half.xlsx");
    let mut file = std::fs::File::create(&half).unwrap();
    file.write_all(&bytes[..bytes.len() / 3]).unwrap();
    file.flush().unwrap();
    std::thread::sleep(Duration::from_millis(500));
    file.write_all(&bytes[bytes.len() / 3..]).unwrap();
    drop(file);
    let line = watching.wait_for(|l| l.contains("half.xlsx"));
    assert!(line.starts_with("ok"), "{line}");

    // A bad file is reported and skipped; the watch goes on.
    std::fs::write(folder.join("broken.xlsx"), b"not a workbook").unwrap();
    let line = watching.wait_for(|l| l.contains("broken.xlsx"));
    assert!(line.starts_with("UNREADABLE"), "{line}");
    std::fs::copy(sample("de-holding-hq.xlsx"), folder.join("hq.xlsx")).unwrap();
    let line = watching.wait_for(|l| l.contains("hq.xlsx"));
    assert!(line.starts_with("ok"), "{line}");
    wait_for_unit(&out, "hq.xlsx", "Hansa Outdoor Holding SE");

    let lines = watching.stop();
    assert_eq!(lines.last().map(String::as_str), Some("stopped"));
    let count = |name: &str| lines.iter().filter(|l| l.contains(name)).count();
    assert_eq!(count("at-wien.xlsx"), 2, "{lines:#?}");
    assert_eq!(count("fr-lyon.xlsx"), 1, "{lines:#?}");
    assert_eq!(count("half.xlsx"), 1, "read once, complete: {lines:#?}");
    assert_eq!(count("~$"), 0, "{lines:#?}");
    assert!(temporaries(dir.path()).is_empty());
}

#[test]
fn poll_mode_picks_up_a_new_workbook_and_german_lines() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("share");
    std::fs::create_dir_all(&folder).unwrap();
    let out = dir.path().join("out");
    let mut watching = Watching::start(
        &folder,
        &out,
        &["--poll", "0.5", "--settle", "1", "--lang", "de"],
    );
    std::fs::copy(sample("pl-poznan.xlsx"), folder.join("pl-poznan.xlsx")).unwrap();
    let line = watching.wait_for(|l| l.contains("pl-poznan.xlsx"));
    assert!(line.contains("1 Einheit"), "{line}");
    wait_for_unit(&out, "pl-poznan.xlsx", "Hansa Outdoor Polska sp. z o.o.");
    let html = std::fs::read_to_string(out.join("report.html")).unwrap();
    assert!(html.contains("lang=\"de\""));
    std::fs::remove_file(folder.join("pl-poznan.xlsx")).unwrap();
    let line = watching.wait_for(|l| l.contains("pl-poznan.xlsx"));
    assert!(line.starts_with("entfernt"), "{line}");
    assert!(!out.join("pl-poznan.checked.xlsx").exists());
    let lines = watching.stop();
    assert_eq!(lines.last().map(String::as_str), Some("beendet"));
}

/// The CPU time (user and system) a process has used so far, from `/proc/PID/stat`.
fn cpu_time(pid: u32) -> Duration {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    // The fields after the command name, which is in parentheses and may hold spaces.
    let fields: Vec<&str> = stat[stat.rfind(')').unwrap() + 2..].split(' ').collect();
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name.
    let ticks: u64 = fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap();
    let per_second: u64 = Command::new("getconf")
        .arg("CLK_TCK")
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .and_then(|t| t.trim().parse().ok())
        .unwrap_or(100);
    Duration::from_secs_f64(ticks as f64 / per_second as f64)
}

#[test]
fn an_idle_watch_uses_almost_no_cpu() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("drop");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::copy(sample("at-wien.xlsx"), folder.join("at-wien.xlsx")).unwrap();
    // The outputs inside the watched folder, as a drop folder often has them.
    let out = folder.join("results");
    let watching = Watching::start(&folder, &out, &["--settle", "0.2"]);
    wait_for_unit(&out, "at-wien.xlsx", "Hansa Outdoor Austria GmbH");
    // Anything still settling after the first check has had its time.
    std::thread::sleep(Duration::from_secs(1));
    let pid = watching.child.id();
    let (cpu_before, wall_before) = (cpu_time(pid), Instant::now());
    std::thread::sleep(Duration::from_secs(4));
    let used = cpu_time(pid) - cpu_before;
    let wall = wall_before.elapsed();
    // Idle is near 0 %; a watch woken by its own listing used about 70 % of a core.
    assert!(
        used.as_secs_f64() < 0.1 * wall.as_secs_f64(),
        "the idle watch used {used:?} of CPU in {wall:?}"
    );
    let lines = watching.stop();
    assert_eq!(
        lines.iter().filter(|l| l.contains("at-wien.xlsx")).count(),
        1,
        "{lines:#?}"
    );
}

#[test]
fn a_folder_moved_away_keeps_its_copies_and_is_watched_again_when_back() {
    for lang in ["en", "de"] {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("drop");
        let away = dir.path().join("elsewhere");
        std::fs::create_dir_all(&folder).unwrap();
        std::fs::copy(sample("at-wien.xlsx"), folder.join("at-wien.xlsx")).unwrap();
        let out = dir.path().join("out");
        let mut watching = Watching::start(&folder, &out, &["--settle", "0.3", "--lang", lang]);
        let copy = out.join("at-wien.checked.xlsx");
        assert!(copy.is_file());

        std::fs::rename(&folder, &away).unwrap();
        let gone = watching.wait_for(|l| l.contains("drop"));
        let expected = match lang {
            "en" => "is gone; the copies are kept",
            _ => "ist nicht mehr da; die Kopien bleiben",
        };
        assert!(gone.contains(expected), "{gone}");
        assert!(copy.is_file(), "the copy was deleted with the folder gone");

        std::fs::rename(&away, &folder).unwrap();
        let back = watching.wait_for(|l| l.contains("drop"));
        let expected = match lang {
            "en" => "is back",
            _ => "ist wieder da",
        };
        assert!(back.contains(expected), "{back}");
        // Watched again: a new workbook is checked.
        std::fs::copy(sample("fr-lyon.xlsx"), folder.join("fr-lyon.xlsx")).unwrap();
        let line = watching.wait_for(|l| l.contains("fr-lyon.xlsx"));
        assert!(line.starts_with("ok"), "{line}");
        wait_for_unit(&out, "fr-lyon.xlsx", "Hansa Outdoor France SAS");
        let lines = watching.stop();
        assert!(copy.is_file());
        // The unchanged workbook is not checked again, nor reported removed.
        assert_eq!(
            lines.iter().filter(|l| l.contains("at-wien.xlsx")).count(),
            1,
            "{lines:#?}"
        );
    }
}

#[cfg(unix)]
#[test]
fn a_removed_workbook_never_deletes_through_a_link_placed_in_out() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("drop");
    std::fs::create_dir_all(folder.join("sub")).unwrap();
    std::fs::copy(sample("at-wien.xlsx"), folder.join("sub/at-wien.xlsx")).unwrap();
    let out = dir.path().join("out");
    let mut watching = Watching::start(&folder, &out, &["--settle", "0.3"]);
    assert!(out.join("sub/at-wien.checked.xlsx").is_file());

    // The copy's folder swapped for a link to a folder holding a file of the same name.
    let elsewhere = dir.path().join("elsewhere");
    std::fs::create_dir_all(&elsewhere).unwrap();
    std::fs::write(elsewhere.join("at-wien.checked.xlsx"), b"someone else's").unwrap();
    std::fs::rename(out.join("sub"), dir.path().join("sub-moved")).unwrap();
    std::os::unix::fs::symlink(&elsewhere, out.join("sub")).unwrap();

    std::fs::remove_file(folder.join("sub/at-wien.xlsx")).unwrap();
    let line = watching.wait_for(|l| l.contains("sub/at-wien.xlsx"));
    assert!(line.starts_with("removed"), "{line}");
    assert_eq!(
        std::fs::read(elsewhere.join("at-wien.checked.xlsx")).unwrap(),
        b"someone else's"
    );
    watching.stop();
}

#[test]
fn a_folder_replaced_by_a_new_one_of_the_same_name_is_watched_in_its_place() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("drop");
    std::fs::create_dir_all(&folder).unwrap();
    let out = dir.path().join("out");
    let mut watching = Watching::start(&folder, &out, &["--settle", "0.3"]);
    // A new folder renamed over the (empty) watched one, in one step, as a sync tool does: a
    // watch on the old folder would see nothing of the new one.
    let new = dir.path().join("new");
    std::fs::create_dir(&new).unwrap();
    std::fs::copy(sample("fr-lyon.xlsx"), new.join("fr-lyon.xlsx")).unwrap();
    std::fs::rename(&new, &folder).unwrap();
    let line = watching.wait_for(|l| l.contains("fr-lyon.xlsx"));
    assert!(line.starts_with("ok"), "{line}");
    let lines = watching.stop();
    assert!(
        lines
            .iter()
            .any(|l| l.ends_with("is back; watching it again")),
        "{lines:#?}"
    );
}

/// Issue 25: a workbook replaced by a broken file loses its copy, so the results never show the
/// copy of an earlier version as current.
#[test]
fn a_workbook_that_now_fails_loses_its_old_copy() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("drop");
    std::fs::create_dir_all(&folder).unwrap();
    let out = dir.path().join("results");
    std::fs::copy(sample("at-wien.xlsx"), folder.join("at-wien.xlsx")).unwrap();
    std::fs::copy(sample("fr-lyon.xlsx"), folder.join("fr-lyon.xlsx")).unwrap();
    let mut watching = Watching::start(&folder, &out, &["--settle", "1"]);
    wait_for_unit(&out, "fr-lyon.xlsx", "Hansa Outdoor France SAS");
    assert!(out.join("fr-lyon.checked.xlsx").is_file());

    std::fs::write(folder.join("fr-lyon.xlsx"), b"this is no longer a workbook").unwrap();
    let line = watching.wait_for(|l| l.contains("fr-lyon.xlsx") && !l.starts_with("ok"));
    assert!(!out.join("fr-lyon.checked.xlsx").exists(), "{line}");
    assert!(
        out.join("at-wien.checked.xlsx").is_file(),
        "the other copy stays"
    );
    watching.stop();
}
