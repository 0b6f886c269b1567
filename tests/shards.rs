//! Beyond one machine (issue 18): a run split into shards by `--shard I/N --part`, merged by
//! `teamlint merge`, gives the findings files of one run over the same inputs, byte for byte,
//! group findings across shards included; a merge refuses parts that do not belong together;
//! shards run on different "machines" (separate folders) agree.

use crate::common;

use assert_cmd::Command;
use common::text_sheet as sheet;
use rust_xlsxwriter::Workbook as XlsxWriter;
use std::io::{BufRead, Read, Write};
use std::path::{Path, PathBuf};
use teamlint::shard::shard_of;

fn teamlint() -> Command {
    Command::cargo_bin("teamlint").unwrap()
}

/// A plan of one unit (`country` may be empty) with two people who stand in for each other on
/// one channel; `understaffed` leaves the channel 10 hours short (STAFF001).
fn plan(path: &Path, unit: &str, country: &str, understaffed: bool) {
    let mut wb = XlsxWriter::new();
    sheet(
        &mut wb,
        "Units",
        &[
            &["Unit", "Country", "Employees", "Guidelines", "Coordinator"],
            &[unit, country, "40", "yes", "1"],
        ],
    );
    sheet(
        &mut wb,
        "Staff",
        &[
            &["Person ID", "Department", "Role", "Weekly hours", "Deputy"],
            &["1", "Marketing", "coordinator", "38", "2"],
            &["2", "Marketing", "community manager", "38", "1"],
        ],
    );
    let hours = if understaffed { "5" } else { "10" };
    sheet(
        &mut wb,
        "Allocation",
        &[
            &["Person ID", "Channel", "Task", "Hours per week"],
            &["1", "Instagram", "content", hours],
            &["2", "Instagram", "community", "10"],
        ],
    );
    sheet(
        &mut wb,
        "Channels",
        &[
            &["Channel", "Status", "Required hours per week", "Budget"],
            &["Instagram", "active", "20", "500000"],
        ],
    );
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).unwrap();
    }
    wb.save(path).unwrap();
}

/// The batch, its workbooks named by their path below `in/`.
struct Batch {
    /// Every workbook's path as findings name it.
    names: Vec<String>,
    /// The German and the French unit: COORD003 needs both.
    countries: (String, String),
    /// The two workbooks that both hold the unit "Nordic" (DATA004).
    nordic: (String, String),
}

/// Picks names whose shards of 4 separate the workbooks each group finding needs, so that no
/// shard alone could raise it, and writes the batch under `dir`: the German and the French unit
/// (the only units with a country: COORD003, nobody is group coordinator), the unit "Nordic" in
/// two workbooks (DATA004), six more plans (one understaffed), and a file that is no workbook.
fn batch(dir: &Path) -> Batch {
    let name = |i: usize| format!("region-{}/plan-{i:02}.xlsx", i % 3);
    let shard = |i: usize| shard_of(&name(i), 4);
    let de = 0;
    let fr = (1..).find(|&i| shard(i) != shard(de)).unwrap();
    let nordic_a = (1..).find(|&i| i != fr).unwrap();
    let nordic_b = (nordic_a + 1..)
        .find(|&i| i != fr && shard(i) != shard(nordic_a))
        .unwrap();
    let mut names = Vec::new();
    for i in 0..=nordic_b.max(fr).max(9) {
        let path = dir.join(name(i));
        match i {
            _ if i == de => plan(&path, "Germany Sales", "DE", false),
            _ if i == fr => plan(&path, "France Sales", "FR", false),
            _ if i == nordic_a || i == nordic_b => plan(&path, "Nordic", "", false),
            _ => plan(&path, &format!("Unit {i:02}"), "", i % 4 == 1),
        }
        names.push(name(i));
    }
    std::fs::write(dir.join("region-0/notes.xlsx"), b"this is not a workbook").unwrap();
    names.push("region-0/notes.xlsx".into());
    names.sort();
    Batch {
        names,
        countries: (name(de), name(fr)),
        nordic: (name(nordic_a), name(nordic_b)),
    }
}

/// Every line of a part, read with flate2 and serde_json (not teamlint's reader).
fn part_lines(path: &Path) -> Vec<serde_json::Value> {
    let mut text = String::new();
    flate2::read::MultiGzDecoder::new(std::fs::File::open(path).unwrap())
        .read_to_string(&mut text)
        .unwrap();
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// The workbooks a part holds, by path.
fn workbooks_in(part: &Path) -> Vec<String> {
    part_lines(part)
        .iter()
        .filter_map(|l| l.get("workbook"))
        .map(|w| w["path"].as_str().unwrap().to_string())
        .collect()
}

fn run(cmd: &mut Command) -> (i32, String) {
    let out = cmd.output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    (out.status.code().unwrap(), stderr)
}

/// One run over `input` into `out` (no shards), with `extra` arguments.
fn one_run(input: &Path, out: &Path, extra: &[&str]) -> (i32, String) {
    run(teamlint()
        .arg("check")
        .arg(input)
        .args(["--quiet", "--out"])
        .arg(out)
        .args(extra))
}

fn part_path(dir: &Path, i: u32, n: u32) -> PathBuf {
    dir.join(format!("teamlint-part-{i}-of-{n}.jsonl.gz"))
}

/// Runs the shards `which` of `n` over `input` into `out`, each a separate process.
fn shards(input: &Path, out: &Path, n: u32, which: &[u32], extra: &[&str]) {
    for i in which {
        let (code, stderr) = run(teamlint()
            .arg("check")
            .arg(input)
            .args(["--shard", &format!("{i}/{n}"), "--part", "--quiet", "--out"])
            .arg(out)
            .args(extra));
        assert_eq!(code, 0, "shard {i}/{n}: {stderr}");
    }
}

#[test]
fn four_shards_and_a_merge_give_the_findings_of_one_run_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    let b = batch(&input);
    let formats = [
        "--format", "csv", "--format", "junit", "--format", "parquet",
    ];

    let single = dir.path().join("single");
    let (single_code, stderr) = one_run(&input, &single, &formats);
    assert_eq!(
        single_code, 2,
        "the file that is no workbook fails: {stderr}"
    );

    let shared = dir.path().join("shared");
    shards(&input, &shared, 4, &[1, 2, 3, 4], &formats);
    // Each part holds its shard's workbooks: those that hash to it, nothing else.
    let mut seen = Vec::new();
    for i in 1..=4 {
        let part = part_path(&shared, i, 4);
        let held = workbooks_in(&part);
        for w in &held {
            assert_eq!(shard_of(w, 4), i, "{w} in part {i}");
        }
        seen.extend(held);
    }
    seen.sort();
    assert_eq!(seen, b.names, "every workbook in exactly one part");
    // The group findings need workbooks of different shards.
    let holder = |w: &str| {
        (1..=4)
            .find(|&i| workbooks_in(&part_path(&shared, i, 4)).contains(&w.to_string()))
            .unwrap()
    };
    assert_ne!(holder(&b.countries.0), holder(&b.countries.1));
    assert_ne!(holder(&b.nordic.0), holder(&b.nordic.1));
    // No group outputs from a shard.
    assert!(!shared.join("findings.json").exists());

    let (merge_code, stderr) = run(teamlint()
        .args(["merge", "--quiet", "--out"])
        .arg(&shared)
        .arg(&shared)
        .args(formats));
    assert_eq!(merge_code, single_code, "{stderr}");
    for file in [
        "findings.json",
        "findings.csv",
        "findings.junit.xml",
        "findings.parquet",
    ] {
        assert!(
            std::fs::read(single.join(file)).unwrap() == std::fs::read(shared.join(file)).unwrap(),
            "{file} differs between one run and four shards plus merge"
        );
    }

    // What the merged findings.json says, read with serde_json.
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(shared.join("findings.json")).unwrap()).unwrap();
    let findings = json["findings"].as_array().unwrap();
    let coord003: Vec<_> = findings
        .iter()
        .filter(|f| f["rule"] == "COORD003")
        .collect();
    assert_eq!(coord003.len(), 1, "{coord003:#?}");
    assert_eq!(coord003[0]["workbook"], b.countries.0);
    assert_eq!(coord003[0]["subject"], "Germany Sales");
    assert_eq!(coord003[0]["sheet"], "Units");
    assert_eq!(coord003[0]["cell"], "A2");
    assert_eq!(
        coord003[0]["data"]["countries"],
        serde_json::json!(["DE", "FR"])
    );
    let mut data004: Vec<_> = findings
        .iter()
        .filter(|f| f["rule"] == "DATA004" && f["subject"] == "Nordic")
        .map(|f| (f["workbook"].as_str().unwrap(), f["cell"].as_str().unwrap()))
        .collect();
    data004.sort();
    assert_eq!(
        data004,
        [(b.nordic.0.as_str(), "A2"), (b.nordic.1.as_str(), "A2")]
    );
    let workbooks = json["workbooks"].as_array().unwrap();
    assert_eq!(workbooks.len(), b.names.len());
    let notes = workbooks
        .iter()
        .find(|w| w["path"] == "region-0/notes.xlsx")
        .unwrap();
    assert_eq!(notes["status"], "failed");

    // The group report of the merge shows every unit and the cross-shard findings.
    use calamine::Reader;
    let mut report: calamine::Xlsx<_> =
        calamine::open_workbook(shared.join("group-report.xlsx")).unwrap();
    let units = report.worksheet_range("Units").unwrap();
    let names: Vec<String> = units.rows().skip(1).map(|r| r[0].to_string()).collect();
    assert!(names.contains(&"France Sales".to_string()), "{names:?}");
    assert_eq!(names.iter().filter(|n| *n == "Nordic").count(), 2);
    let group = report.worksheet_range("Group findings").unwrap();
    let codes: Vec<String> = group.rows().skip(1).map(|r| r[1].to_string()).collect();
    assert!(codes.contains(&"COORD003".to_string()), "{codes:?}");
    assert_eq!(codes.iter().filter(|c| *c == "DATA004").count(), 2);
}

#[test]
fn merge_refuses_a_missing_or_repeated_shard_and_parts_of_another_config() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    batch(&input);
    let parts = dir.path().join("parts");
    shards(&input, &parts, 4, &[1, 2, 4], &[]);

    // Shard 3 is missing.
    let out = dir.path().join("merged");
    let (code, stderr) = run(teamlint().arg("merge").arg(&parts).arg("--out").arg(&out));
    assert_eq!(code, 2, "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "one line: {stderr}");
    assert!(
        stderr.contains("shard 3/4 is missing") && stderr.contains("teamlint-part-3-of-4.jsonl.gz"),
        "{stderr}"
    );
    assert!(!out.join("findings.json").exists(), "nothing written");
    // In German (parts run in English go into a German merge: they hold no text).
    let (code, german) = run(teamlint()
        .arg("merge")
        .arg(&parts)
        .args(["--lang", "de", "--out"])
        .arg(&out));
    assert_eq!(code, 2);
    assert_eq!(german.lines().count(), 1, "one line: {german}");
    assert!(
        german.contains("3/4")
            && german.contains("teamlint-part-3-of-4.jsonl.gz")
            && !german.contains("is missing"),
        "{german}"
    );

    // Shard 3 run with another config: refused, naming its part.
    let config = dir.path().join("strict.toml");
    std::fs::write(&config, "[thresholds]\ntolerance = 0.2\n").unwrap();
    let config_arg = config.to_string_lossy().into_owned();
    shards(&input, &parts, 4, &[3], &["--config", &config_arg]);
    let (code, stderr) = run(teamlint().arg("merge").arg(&parts).arg("--out").arg(&out));
    assert_eq!(code, 2, "{stderr}");
    let part3 = part_path(&parts, 3, 4);
    assert!(
        stderr.contains(&format!("part {} (config hash ", part3.display()))
            && stderr.contains("differs in configuration from the other 3 parts (config hash ")
            && stderr.contains("run that shard again with the same teamlint.toml as the others"),
        "{stderr}"
    );
    // ... and accepted by a merge with that config? No: the other parts then differ.
    let (code, stderr) = run(teamlint()
        .arg("merge")
        .arg(&parts)
        .args(["--config", &config_arg, "--out"])
        .arg(&out));
    assert_eq!(code, 2);
    // Shard 3 is still the odd one (the other three agree), and the merge differs from them too.
    assert!(
        stderr.contains(&format!("part {} (config hash ", part3.display()))
            && stderr.contains(", and this merge has config hash "),
        "{stderr}"
    );

    // Rerun shard 3 with the run's config: it replaces its part, and the merge goes through.
    shards(&input, &parts, 4, &[3], &[]);
    let (code, stderr) = run(teamlint()
        .arg("merge")
        .arg(&parts)
        .args(["--fail-on", "never", "--out"])
        .arg(&out));
    assert_eq!(code, 2, "the run has a file that is no workbook: {stderr}");
    assert!(out.join("findings.json").is_file());
    let leftovers: Vec<_> = std::fs::read_dir(&parts)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");

    // A shard given twice.
    let copy = dir.path().join("again");
    std::fs::create_dir_all(&copy).unwrap();
    std::fs::copy(part_path(&parts, 2, 4), part_path(&copy, 2, 4)).unwrap();
    let (code, stderr) = run(teamlint()
        .arg("merge")
        .arg(&parts)
        .arg(&copy)
        .arg("--out")
        .arg(&out));
    assert_eq!(code, 2);
    assert!(
        stderr.contains("shard 2/4 is given twice")
            && stderr.contains(&part_path(&copy, 2, 4).display().to_string()),
        "{stderr}"
    );
}

/// Rewrites a part's lines through `edit` (each a JSON value) and gzips it again.
fn rewrite_part(path: &Path, edit: impl Fn(usize, &mut serde_json::Value)) {
    let mut lines = part_lines(path);
    for (i, line) in lines.iter_mut().enumerate() {
        edit(i, line);
    }
    let mut gz = flate2::write::GzEncoder::new(
        std::fs::File::create(path).unwrap(),
        flate2::Compression::default(),
    );
    for line in &lines {
        writeln!(gz, "{line}").unwrap();
    }
    gz.finish().unwrap();
}

#[test]
fn merge_refuses_a_damaged_part_or_one_of_another_version_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    batch(&input);
    let parts = dir.path().join("parts");
    shards(&input, &parts, 2, &[1, 2], &[]);
    let out = dir.path().join("merged");
    let merge = || run(teamlint().arg("merge").arg(&parts).arg("--out").arg(&out));
    let part1 = part_path(&parts, 1, 2);
    let pristine = std::fs::read(&part1).unwrap();
    let name = part1.display().to_string();

    // Another teamlint version.
    rewrite_part(&part1, |i, line| {
        if i == 0 {
            line["manifest"]["teamlint"] = "0.0.9".into();
        }
    });
    let (code, stderr) = merge();
    assert_eq!(code, 2);
    assert!(
        stderr.contains(&format!("part {name} (teamlint 0.0.9 build "))
            && stderr.contains("differs in the teamlint build from the other part (teamlint "),
        "{stderr}"
    );

    // Cut short: the gzip stream ends in the middle.
    std::fs::write(&part1, &pristine[..pristine.len() / 2]).unwrap();
    let (code, stderr) = merge();
    assert_eq!(code, 2);
    assert!(
        stderr.contains(&name) && stderr.contains("damaged"),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "{stderr}");

    // A finding line that is not one, the digest made to fit.
    std::fs::write(&part1, &pristine).unwrap();
    rewrite_part(&part1, |i, line| {
        if i > 0 && line.get("finding").is_some() {
            line["finding"]["rule"] = "NOPE001".into();
        }
    });
    reseal(&part1);
    let (code, stderr) = merge();
    assert_eq!(code, 2);
    assert!(
        stderr.contains(&name) && stderr.contains("line ") && stderr.contains("NOPE001"),
        "{stderr}"
    );

    // Not a part at all.
    std::fs::write(&part1, b"hello").unwrap();
    let (code, stderr) = merge();
    assert_eq!(code, 2);
    assert!(
        stderr.contains(&name) && stderr.contains("not a teamlint part"),
        "{stderr}"
    );

    // Restored, it merges.
    std::fs::write(&part1, &pristine).unwrap();
    let (code, stderr) = merge();
    assert_eq!(code, 2, "{stderr}");
    assert!(out.join("findings.json").is_file(), "{stderr}");
}

#[test]
fn shards_of_one_list_on_separate_machines_agree() {
    let dir = tempfile::tempdir().unwrap();
    // Two "machines": each its own folder with its own copy of the inputs and of the list.
    let machines = [dir.path().join("a"), dir.path().join("b")];
    let mut list = String::from("# the run's workbooks, relative to the working folder\n");
    let b = batch(&machines[0].join("in"));
    for n in &b.names {
        list.push_str(&format!("in/{n}\n"));
    }
    for m in &machines {
        // The same files on each machine, copied with their times (cp -p, rsync -t): a part
        // records each input's size and time.
        for name in &b.names {
            let copy = m.join("in").join(name);
            if !copy.exists() {
                std::fs::create_dir_all(copy.parent().unwrap()).unwrap();
                std::fs::copy(machines[0].join("in").join(name), &copy).unwrap();
            }
            same_time(&copy);
        }
        std::fs::write(m.join("list.txt"), &list).unwrap();
    }
    let shard_on = |m: &Path, i: u32| {
        let (code, stderr) = run(teamlint().current_dir(m).args([
            "check",
            "--files-from",
            "list.txt",
            "--shard",
            &format!("{i}/2"),
            "--part",
            "--quiet",
            "--out",
            "out",
        ]));
        assert_eq!(code, 0, "{stderr}");
        std::fs::read(part_path(&m.join("out"), i, 2)).unwrap()
    };
    // Each machine runs each shard: the parts are the same bytes.
    for i in 1..=2 {
        assert!(
            shard_on(&machines[0], i) == shard_on(&machines[1], i),
            "shard {i}/2 differs between the machines"
        );
    }
    // Shard 1 from machine a, shard 2 from machine b, merged: one run's findings over the list
    // (read from standard input, as `find ... | teamlint check --files-from -` gives it).
    let parts = dir.path().join("parts");
    std::fs::create_dir_all(&parts).unwrap();
    for (i, m) in [(1, &machines[0]), (2, &machines[1])] {
        std::fs::copy(part_path(&m.join("out"), i, 2), part_path(&parts, i, 2)).unwrap();
    }
    // (From a folder without a teamlint.toml, as the shards: the config is part of the run.)
    let merged = dir.path().join("merged");
    let (code, stderr) = run(teamlint()
        .current_dir(dir.path())
        .arg("merge")
        .arg(&parts)
        .args(["--quiet", "--out"])
        .arg(&merged));
    assert_eq!(code, 2, "{stderr}");
    let (code, stderr) = run(teamlint()
        .current_dir(&machines[0])
        .args(["check", "--files-from", "-", "--quiet", "--out", "single"])
        .write_stdin(list.clone()));
    assert_eq!(code, 2, "{stderr}");
    assert!(
        std::fs::read(machines[0].join("single/findings.json")).unwrap()
            == std::fs::read(merged.join("findings.json")).unwrap(),
        "the merge of both machines' shards is the one run"
    );
    // Findings name each workbook as listed.
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(merged.join("findings.json")).unwrap()).unwrap();
    let first = json["workbooks"][0]["path"].as_str().unwrap();
    assert!(first.starts_with("in/region-0/"), "{first}");
}

#[test]
fn a_part_is_gzip_json_lines_behind_a_manifest_and_a_rerun_writes_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    let b = batch(&input);
    let out = dir.path().join("out");
    shards(&input, &out, 3, &[2], &[]);
    let part = part_path(&out, 2, 3);
    let first = std::fs::read(&part).unwrap();
    shards(&input, &out, 3, &[2], &[]);
    assert!(
        first == std::fs::read(&part).unwrap(),
        "a rerun replaces it with the same bytes"
    );

    let lines = part_lines(&part);
    let manifest = &lines[0]["manifest"];
    assert_eq!(manifest["format"], "teamlint-part");
    assert_eq!(manifest["teamlint"], env!("CARGO_PKG_VERSION"));
    assert_eq!(
        manifest["shard"],
        serde_json::json!({"index": 2, "count": 3})
    );
    assert_eq!(manifest["inputs"]["count"], b.names.len());
    assert_eq!(manifest["config"].as_str().unwrap().len(), 16);
    let mine: Vec<&String> = b.names.iter().filter(|n| shard_of(n, 3) == 2).collect();
    assert_eq!(manifest["workbooks"], mine.len());
    let count = |kind: &str| lines.iter().filter(|l| l.get(kind).is_some()).count();
    assert_eq!(count("workbook"), mine.len());
    assert_eq!(manifest["units"], count("unit"));
    assert_eq!(manifest["findings"], count("finding"));
    // Each block: the workbook line, then as many unit and finding lines as it says.
    let mut i = 1;
    while i < lines.len() {
        let w = &lines[i]["workbook"];
        let (units, findings) = (
            w["units"].as_u64().unwrap(),
            w["findings"].as_u64().unwrap(),
        );
        for k in 0..units {
            assert!(lines[i + 1 + k as usize].get("unit").is_some());
        }
        for k in 0..findings {
            let f = &lines[i + 1 + (units + k) as usize]["finding"];
            assert_eq!(f["workbook"], w["path"]);
            assert!(f["data"].is_object() && f.get("message").is_none(), "{f}");
        }
        i += 1 + (units + findings) as usize;
    }
    // It validates against the committed schema, line by line.
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas/part.schema.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    for line in &lines {
        let errors: Vec<String> = validator.iter_errors(line).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{line}: {errors:?}");
    }
    // zcat shows it: one gzip stream of text lines.
    let reader = std::io::BufReader::new(flate2::read::GzDecoder::new(
        std::fs::File::open(&part).unwrap(),
    ));
    assert_eq!(reader.lines().count(), lines.len());
}

#[test]
fn usage_errors_of_sharding_exit_2_with_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    let (code, stderr) = run(teamlint().args(["check", "x", "--shard", "5/4", "--part"]));
    assert_eq!(code, 2);
    assert!(stderr.contains("5/4"), "{stderr}");
    let (code, stderr) = run(teamlint().args(["check", "x", "--shard", "1/4"]));
    assert_eq!(code, 2);
    assert!(stderr.contains("--part"), "{stderr}");
    let (code, stderr) = run(teamlint()
        .args(["check", "--files-from"])
        .arg(dir.path().join("missing.txt")));
    assert_eq!(code, 2);
    assert!(stderr.contains("missing.txt"), "{stderr}");
    let (code, stderr) = run(teamlint().arg("merge").arg(dir.path()));
    assert_eq!(code, 2);
    assert!(stderr.contains("no part files"), "{stderr}");
    // --help teaches sharding with examples.
    let help = teamlint().args(["check", "--help"]).output().unwrap();
    let help = String::from_utf8_lossy(&help.stdout);
    assert!(
        help.contains("--shard 3/8 --part") && help.contains("--files-from -"),
        "{help}"
    );
    let help = teamlint().args(["merge", "--help"]).output().unwrap();
    assert!(String::from_utf8_lossy(&help.stdout).contains("teamlint merge /shared/run-42"));

    // A merge of a folder that is not there, or holds no part, says so in one line.
    let nowhere = dir.path().join("nowhere");
    let out = dir.path().join("out");
    let (code, stderr) = run(teamlint().arg("merge").arg(&nowhere).arg("--out").arg(&out));
    assert_eq!(code, 2);
    assert_eq!(
        stderr.trim(),
        format!(
            "teamlint: part {}: no such file or folder; give the part files, or the folder the \
             shards wrote them to",
            nowhere.display()
        )
    );
    let (code, stderr) = run(teamlint()
        .arg("merge")
        .arg(dir.path())
        .args(["--lang", "de", "--out"])
        .arg(&out));
    assert_eq!(code, 2);
    assert_eq!(
        stderr.trim(),
        format!(
            "teamlint: keine Teildateien (teamlint-part-*.jsonl.gz) in {}",
            dir.path().display()
        )
    );
}

#[test]
fn a_merge_with_a_baseline_marks_new_and_resolved_findings_as_one_run_does() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    let b = batch(&input);
    // Last month: one run over the batch.
    let before = dir.path().join("before");
    let (code, stderr) = one_run(&input, &before, &[]);
    assert_eq!(code, 2, "{stderr}");

    // This month: one plan becomes understaffed, one understaffed plan is fixed.
    let plain = |i: usize| format!("region-{}/plan-{i:02}.xlsx", i % 3);
    let special =
        |n: &String| [&b.countries.0, &b.countries.1, &b.nordic.0, &b.nordic.1].contains(&n);
    let ordinary: Vec<usize> = (0..10).filter(|&i| !special(&plain(i))).collect();
    let broken = *ordinary.iter().find(|&&i| i % 4 != 1).unwrap();
    let fixed = *ordinary.iter().find(|&&i| i % 4 == 1).unwrap();
    plan(
        &input.join(plain(broken)),
        &format!("Unit {broken:02}"),
        "",
        true,
    );
    plan(
        &input.join(plain(fixed)),
        &format!("Unit {fixed:02}"),
        "",
        false,
    );

    let baseline = before.to_string_lossy().into_owned();
    let single = dir.path().join("single");
    let (single_code, stderr) = one_run(
        &input,
        &single,
        &["--fail-on", "warning", "--baseline", &baseline],
    );
    assert_eq!(single_code, 2, "{stderr}");
    let shared = dir.path().join("shared");
    shards(&input, &shared, 4, &[1, 2, 3, 4], &[]);
    let (merge_code, stderr) = run(teamlint()
        .args([
            "merge",
            "--quiet",
            "--fail-on",
            "warning",
            "--baseline",
            &baseline,
            "--out",
        ])
        .arg(&shared)
        .arg(&shared));
    assert_eq!(merge_code, single_code, "{stderr}");
    for file in ["findings.json", "report.html"] {
        assert!(
            std::fs::read(single.join(file)).unwrap() == std::fs::read(shared.join(file)).unwrap(),
            "{file} differs between one run and four shards plus merge"
        );
    }

    // What the merge marked, read with serde_json: the broken plan's finding is new, the fixed
    // plan's is resolved, and nothing else changed.
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(shared.join("findings.json")).unwrap()).unwrap();
    let new: Vec<_> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["change"] == "new")
        .map(|f| (f["rule"].as_str().unwrap(), f["workbook"].as_str().unwrap()))
        .collect();
    assert_eq!(new, [("STAFF001", plain(broken).as_str())], "{json:#}");
    let resolved: Vec<_> = json["resolved"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["rule"].as_str().unwrap(), f["workbook"].as_str().unwrap()))
        .collect();
    assert_eq!(resolved, [("STAFF001", plain(fixed).as_str())], "{json:#}");
    let html = std::fs::read_to_string(shared.join("report.html")).unwrap();
    assert!(
        html.contains(&plain(broken)),
        "the page names the new finding's workbook"
    );
}

#[test]
fn a_merge_into_another_folder_links_the_copies_the_shards_wrote() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    let b = batch(&input);
    let shared = dir.path().join("shared");
    shards(&input, &shared, 2, &[1, 2], &[]);
    let report = dir.path().join("report");
    let (code, stderr) = run(teamlint()
        .arg("merge")
        .arg(&shared)
        .args(["--quiet", "--out"])
        .arg(&report));
    assert_eq!(code, 2, "{stderr}");
    assert!(
        !report.join("region-0").exists(),
        "no copies in the merge's folder"
    );

    // report.html links each copy where its shard wrote it, relative to the page.
    let page = std::fs::read_to_string(report.join("report.html")).unwrap();
    let links: Vec<&str> = page
        .split("href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .filter(|href| href.ends_with(".checked.xlsx"))
        .collect();
    assert!(!links.is_empty());
    for href in &links {
        assert!(href.starts_with("../shared/"), "{href}");
        let target = percent_encoding::percent_decode_str(href)
            .decode_utf8()
            .unwrap();
        assert!(
            report.join(target.as_ref()).is_file(),
            "{href} leads nowhere"
        );
    }

    // The group report's inputs sheet names each copy where it is.
    use calamine::Reader;
    let mut book: calamine::Xlsx<_> =
        calamine::open_workbook(report.join("group-report.xlsx")).unwrap();
    let inputs = book.worksheet_range("Inputs").unwrap();
    let copies: Vec<String> = inputs
        .rows()
        .skip(1)
        .map(|r| r[7].to_string())
        .filter(|c| !c.is_empty())
        .collect();
    assert_eq!(
        copies.len(),
        b.names.len() - 1,
        "all but the file that is no workbook"
    );
    for c in &copies {
        assert!(
            Path::new(c).starts_with(&shared) && Path::new(c).is_file(),
            "{c}"
        );
    }
}

/// Sets a file's modification time to a fixed moment (2026-12-01 00:00 UTC).
fn same_time(path: &Path) {
    let at = std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_796_083_200);
    std::fs::File::options()
        .write(true)
        .open(path)
        .unwrap()
        .set_modified(at)
        .unwrap();
}

/// A part's manifest line and the bytes of its body (every line after it), inflated.
fn split_part(path: &Path) -> (serde_json::Value, Vec<u8>) {
    let mut bytes = Vec::new();
    flate2::read::MultiGzDecoder::new(std::fs::File::open(path).unwrap())
        .read_to_end(&mut bytes)
        .unwrap();
    let end = bytes.iter().position(|&b| b == b'\n').unwrap() + 1;
    let manifest = serde_json::from_slice(&bytes[..end]).unwrap();
    (manifest, bytes[end..].to_vec())
}

/// Writes a part of a manifest and a body, gzipped.
fn join_part(path: &Path, manifest: &serde_json::Value, body: &[u8]) {
    let mut gz = flate2::write::GzEncoder::new(
        std::fs::File::create(path).unwrap(),
        flate2::Compression::default(),
    );
    writeln!(gz, "{manifest}").unwrap();
    gz.write_all(body).unwrap();
    gz.finish().unwrap();
}

/// `sha256:` and the SHA-256 of `bytes` in hex (as `sha256sum` prints it).
fn sha256(bytes: &[u8]) -> String {
    let digest = <sha2::Sha256 as sha2::Digest>::digest(bytes);
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    format!("sha256:{hex}")
}

/// Edits a part's manifest, its body left byte for byte.
fn edit_manifest(path: &Path, edit: impl Fn(&mut serde_json::Value)) {
    let (mut manifest, body) = split_part(path);
    edit(&mut manifest["manifest"]);
    join_part(path, &manifest, &body);
}

/// Gives a part's manifest the digest of the body it now holds (a forger's last step).
fn reseal(path: &Path) {
    let (mut manifest, body) = split_part(path);
    manifest["manifest"]["digest"] = sha256(&body).into();
    join_part(path, &manifest, &body);
}

/// teamlint's own folder on PATH, for a command a refusal prints.
fn shell_with_teamlint(script: &str) -> (i32, String) {
    let bin = Path::new(env!("CARGO_BIN_EXE_teamlint")).parent().unwrap();
    let path = std::env::join_paths(std::iter::once(bin.to_path_buf()).chain(
        std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()),
    ))
    .unwrap();
    let out = std::process::Command::new("sh")
        .args(["-c", script])
        .env("PATH", path)
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The batch without its file that is no workbook: a run of it exits 0 with --fail-on never.
fn readable_batch(dir: &Path) -> Batch {
    let mut b = batch(dir);
    std::fs::remove_file(dir.join("region-0/notes.xlsx")).unwrap();
    b.names.retain(|n| n != "region-0/notes.xlsx");
    b
}

/// A batch under a new temporary folder, split into `n` shards (`which` of them run) into
/// `parts`; `out` is where a merge writes. Without the file that is no workbook when `readable`.
struct Sharded {
    dir: tempfile::TempDir,
    input: PathBuf,
    batch: Batch,
    parts: PathBuf,
    out: PathBuf,
}

fn sharded(n: u32, which: &[u32], readable: bool) -> Sharded {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    let batch = if readable {
        readable_batch(&input)
    } else {
        batch(&input)
    };
    let parts = dir.path().join("parts");
    shards(&input, &parts, n, which, &[]);
    let out = dir.path().join("merged");
    Sharded {
        dir,
        input,
        batch,
        parts,
        out,
    }
}

fn merge_of(parts: &Path, out: &Path, extra: &[&str]) -> (i32, String) {
    run(teamlint()
        .arg("merge")
        .arg(parts)
        .args(["--quiet", "--fail-on", "never", "--out"])
        .arg(out)
        .args(extra))
}

/// Issue 27, case 1: a part of another build (same version) is refused, named, against the
/// majority; parts all of another build than the merge blame the merge.
#[test]
fn a_part_of_another_build_is_refused_by_name() {
    let Sharded {
        dir: _dir,
        input: _,
        batch: _,
        parts,
        out,
    } = sharded(4, &[1, 2, 3, 4], false);
    let (manifest, _) = split_part(&part_path(&parts, 1, 4));
    let build = manifest["manifest"]["build"].as_str().unwrap().to_string();
    assert_eq!(build.len(), 16, "{manifest}");
    let version = env!("CARGO_PKG_VERSION");

    let part3 = part_path(&parts, 3, 4);
    edit_manifest(&part3, |m| m["build"] = "0000000000000000".into());
    let (code, stderr) = merge_of(&parts, &out, &[]);
    assert_eq!(code, 2);
    assert_eq!(
        stderr.trim(),
        format!(
            "teamlint: part {} (teamlint {version} build 0000000000000000) differs in the teamlint build from the other 3 parts (teamlint {version} build {build}): run that shard again with the others' teamlint (pin the image by its digest)",
            part3.display()
        )
    );
    assert!(!out.join("findings.json").exists(), "nothing written");

    // Every part of another build than the merge: the merge is the odd one.
    for i in [1, 2, 4] {
        edit_manifest(&part_path(&parts, i, 4), |m| {
            m["build"] = "0000000000000000".into()
        });
    }
    let (code, stderr) = merge_of(&parts, &out, &["--lang", "de"]);
    assert_eq!(code, 2);
    assert_eq!(
        stderr.trim(),
        format!(
            "teamlint: alle 4 Teile wurden von teamlint {version} build 0000000000000000 geschrieben, diese Zusammenführung ist teamlint {version} build {build}: führen Sie sie mit dem teamlint der Teile aus (demselben Image) oder alle Teile erneut mit diesem"
        )
    );
}

/// Issue 27, case 2: a finding edited by hand breaks the part's digest; a workbook's block
/// taken out with the counts and digest made to fit leaves the parts short of their list.
#[test]
fn a_part_is_checked_against_its_digest_and_the_parts_against_their_list() {
    let Sharded {
        dir: _dir,
        input: _,
        batch: b,
        parts,
        out,
    } = sharded(4, &[1, 2, 3, 4], true);
    let part2 = part_path(&parts, 2, 4);
    let pristine = std::fs::read(&part2).unwrap();

    // The digest is the SHA-256 of the body, as `zcat | tail -n +2 | sha256sum` gives it.
    let (manifest, body) = split_part(&part2);
    let recorded = manifest["manifest"]["digest"].as_str().unwrap().to_string();
    assert_eq!(recorded, sha256(&body));

    // A finding's severity edited by hand (the rest of the line as it was).
    let text = String::from_utf8(body).unwrap();
    let edited = [("warning", "info"), ("error", "info"), ("info", "error")]
        .iter()
        .map(|(from, to)| {
            text.replacen(
                &format!("\"severity\":\"{from}\""),
                &format!("\"severity\":\"{to}\""),
                1,
            )
        })
        .find(|t| *t != text)
        .unwrap();
    assert_ne!(edited, text, "part 2 holds a finding");
    join_part(&part2, &manifest, edited.as_bytes());
    let (code, stderr) = merge_of(&parts, &out, &[]);
    assert_eq!(code, 2);
    assert_eq!(
        stderr.trim(),
        format!(
            "teamlint: part {} (shard 2/4) was changed after it was written: its contents' digest is {}, its manifest says {recorded}; run that shard again",
            part2.display(),
            sha256(edited.as_bytes())
        )
    );
    assert!(!out.join("findings.json").exists(), "nothing written");

    // A workbook's block taken out, the manifest's counts and digest made to fit.
    std::fs::write(&part2, &pristine).unwrap();
    let lines = part_lines(&part2);
    let first = lines
        .iter()
        .position(|l| l.get("workbook").is_some())
        .unwrap();
    let w = &lines[first]["workbook"];
    let (units, findings) = (
        w["units"].as_u64().unwrap(),
        w["findings"].as_u64().unwrap(),
    );
    let kept: Vec<&serde_json::Value> = lines
        .iter()
        .enumerate()
        .filter(|(i, _)| *i == 0 || *i < first || *i > first + (units + findings) as usize)
        .map(|(_, l)| l)
        .collect();
    let (mut manifest, body) = split_part(&part2);
    let body_lines: Vec<&str> = std::str::from_utf8(&body).unwrap().lines().collect();
    let mut short = String::new();
    for (i, line) in body_lines.iter().enumerate() {
        if i + 1 < first || i + 1 > first + (units + findings) as usize {
            short.push_str(line);
            short.push('\n');
        }
    }
    assert_eq!(short.lines().count() + 1, kept.len());
    let m = &mut manifest["manifest"];
    for (key, less) in [("workbooks", 1), ("units", units), ("findings", findings)] {
        m[key] = (m[key].as_u64().unwrap() - less).into();
    }
    join_part(&part2, &manifest, short.as_bytes());
    reseal(&part2);
    let (code, english) = merge_of(&parts, &out, &[]);
    assert_eq!(code, 2);
    assert_eq!(
        english.trim(),
        format!(
            "teamlint: the parts hold {} workbooks, but their input list has {}: a part was changed after it was written; run every shard again",
            b.names.len() - 1,
            b.names.len()
        )
    );
}

/// Issue 27, case 3: a part older than an input it read is refused, named with the input and
/// the command that runs that shard again; run, the merge goes through.
#[test]
fn a_part_older_than_its_inputs_is_refused_with_the_command_to_run_it_again() {
    let Sharded {
        dir: _dir,
        input,
        batch: b,
        parts,
        out,
    } = sharded(4, &[1, 2, 3, 4], true);
    let (code, stderr) = merge_of(&parts, &out, &[]);
    assert_eq!(code, 0, "{stderr}");

    // This week one plan changed; its shard was not run again.
    let changed = &b.nordic.0;
    plan(&input.join(changed), "Nordic", "", true);
    let shard = shard_of(changed, 4);
    let part = part_path(&parts, shard, 4);
    let (code, stderr) = merge_of(&parts, &out, &[]);
    assert_eq!(code, 2);
    let again = format!(
        "teamlint check --shard {shard}/4 {} --part --quiet --out {}",
        input.display(),
        parts.display()
    );
    assert_eq!(
        stderr.trim(),
        format!(
            "teamlint: part {} (shard {shard}/4: {changed} changed since) is older than its inputs; run that shard again before the merge: {again}",
            part.display()
        )
    );
    // The command it names runs the shard again, and the merge goes through.
    let (code, stderr) = shell_with_teamlint(&again);
    assert_eq!(code, 0, "{stderr}");
    let (code, stderr) = merge_of(&parts, &out, &[]);
    assert_eq!(code, 0, "{stderr}");
}

/// Issue 27, case 4: every missing shard is named with the command to run them; one part run
/// with another --lang is merged with the others (parts hold no text); a merge whose own config
/// differs from every part says so.
#[test]
fn refusals_name_every_missing_shard_and_the_odd_part_out() {
    let Sharded {
        dir,
        input,
        batch: _,
        parts,
        out,
    } = sharded(6, &[1, 2, 4, 6], true);
    let (code, stderr) = merge_of(&parts, &out, &[]);
    assert_eq!(code, 2);
    let again = format!(
        "for i in 3 5; do teamlint check --shard \"$i/6\" {} --part --quiet --out {}; done",
        input.display(),
        parts.display()
    );
    assert_eq!(
        stderr.trim(),
        format!(
            "teamlint: shards 3/6, 5/6 are missing: no teamlint-part-3-of-6.jsonl.gz, teamlint-part-5-of-6.jsonl.gz among the parts given; run them (again) before the merge: {again}"
        )
    );
    let (code, stderr) = shell_with_teamlint(&again);
    assert_eq!(code, 0, "{stderr}");
    let (code, stderr) = merge_of(&parts, &out, &[]);
    assert_eq!(code, 0, "{stderr}");

    // Shard 2 run with --lang de: merged with the others, in English (most shards' --lang).
    shards(&input, &parts, 6, &[2], &["--lang", "de"]);
    let (code, stderr) = merge_of(&parts, &out, &[]);
    assert_eq!(code, 0, "{stderr}");
    let json = std::fs::read_to_string(out.join("findings.json")).unwrap();
    assert!(
        !json.contains("Befund") && !json.contains("nicht lesbar"),
        "English throughout"
    );
    shards(&input, &parts, 6, &[2], &[]);

    // The merge's own config differs from every part: the merge is named, not part 1.
    let config = dir.path().join("strict.toml");
    std::fs::write(&config, "[thresholds]\ntolerance = 0.2\n").unwrap();
    let (code, stderr) = merge_of(&parts, &out, &["--config", config.to_str().unwrap()]);
    assert_eq!(code, 2);
    let (manifest, _) = split_part(&part_path(&parts, 2, 6));
    let theirs = manifest["manifest"]["config"].as_str().unwrap();
    let ours = teamlint::part::config_hash(
        &teamlint::config::Config::discover(Some(&config), &[])
            .unwrap()
            .0,
    );
    assert_eq!(
        stderr.trim(),
        format!(
            "teamlint: all 6 parts were checked with config hash {theirs}, this merge's is config hash {ours}: run the merge with the shards' teamlint.toml (in their folder, or --config), or every shard again with this one"
        )
    );
}

/// Issue 27, case 5: half-written temporary files of teamlint's naming that a killed run left
/// in the folders a run writes to are removed at its start; a live writer's (written lately),
/// and other files, stay.
#[test]
fn a_run_removes_the_half_written_files_a_killed_run_left() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    batch(&input);
    let out = dir.path().join("out");
    let folder = out.join("region-0");
    std::fs::create_dir_all(&folder).unwrap();
    let hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    let old = |name: &str| {
        let path = folder.join(name);
        std::fs::write(&path, b"PK half a zip").unwrap();
        std::fs::File::options()
            .write(true)
            .open(&path)
            .unwrap()
            .set_modified(hour_ago)
            .unwrap();
        path
    };
    let copy = old(".plan-00.checked.xlsx.14390.207.tmp");
    let report = old(".findings.json.14390.3.tmp");
    let theirs = old(".draft.tmp");
    let plain = old("budget.1.2.tmp");
    let live = folder.join(".plan-03.checked.xlsx.777.1.tmp");
    std::fs::write(&live, b"PK").unwrap();

    let (code, stderr) = run(teamlint().arg("check").arg(&input).arg("--out").arg(&out));
    assert_eq!(code, 2, "the file that is no workbook: {stderr}");
    assert_eq!(
        stderr.trim(),
        format!(
            "teamlint: removed half-written temporary files an interrupted run left: {}, {}",
            report.display(),
            copy.display()
        )
    );
    assert!(!copy.exists() && !report.exists());
    assert!(theirs.exists() && plain.exists() && live.exists());
    // The run's own temporary files are gone too: only the live writer's is left.
    let left: Vec<String> = std::fs::read_dir(&folder)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert_eq!(left.len(), 3, "{left:?}");

    // A shard run cleans where it writes too, in German.
    let old_part = out.join(".teamlint-part-1-of-2.jsonl.gz.4242.0.tmp");
    std::fs::write(&old_part, b"").unwrap();
    std::fs::File::options()
        .write(true)
        .open(&old_part)
        .unwrap()
        .set_modified(hour_ago)
        .unwrap();
    let (code, stderr) = run(teamlint()
        .arg("check")
        .arg(&input)
        .args(["--shard", "1/2", "--part", "--lang", "de", "--out"])
        .arg(&out));
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(
        stderr.trim(),
        format!(
            "teamlint: halb geschriebene temporäre Dateien eines abgebrochenen Laufs entfernt: {}",
            old_part.display()
        )
    );
}

/// Issue 28: parts hold no text, so `merge --lang de` over parts run with `--lang en` writes
/// the German outputs one German run writes, byte for byte, the reason a file failed included.
#[test]
fn a_german_merge_of_english_parts_writes_what_one_german_run_writes() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    batch(&input);
    let single = dir.path().join("single");
    let (code, stderr) = one_run(&input, &single, &["--lang", "de", "--format", "csv"]);
    assert_eq!(code, 2, "the file that is no workbook fails: {stderr}");
    let parts = dir.path().join("parts");
    shards(
        &input,
        &parts,
        3,
        &[1, 2, 3],
        &["--lang", "en", "--format", "csv"],
    );
    let merged = dir.path().join("merged");
    let (code, stderr) = merge_of(&parts, &merged, &["--lang", "de", "--format", "csv"]);
    assert_eq!(code, 2, "{stderr}");
    for file in ["findings.json", "findings.csv"] {
        let one = std::fs::read(single.join(file)).unwrap();
        let two = std::fs::read(merged.join(file)).unwrap();
        assert!(
            one == two,
            "{file} differs between the German run and the German merge"
        );
    }
    // The reason the file failed, read back by serde_json: in German, from an English part.
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(merged.join("findings.json")).unwrap()).unwrap();
    let failed = json["workbooks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|w| w["path"] == "region-0/notes.xlsx")
        .expect("the file that is no workbook is listed");
    let reason = failed["error"].as_str().unwrap();
    assert!(
        reason.contains("Datei") && !reason.contains("the file"),
        "a German reason: {reason}"
    );
    // And the group report's sheets are the German ones (calamine reads them).
    let book: calamine::Xlsx<_> =
        calamine::open_workbook(merged.join("group-report.xlsx")).unwrap();
    let names = calamine::Reader::sheet_names(&book);
    assert!(names.iter().any(|n| n == "Eingaben"), "{names:?}");
}
