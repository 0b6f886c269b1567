//! docs/SCALING.md's recipes work: the Kubernetes Indexed Job's, the Slurm array's and the AWS
//! Batch array job's worker and merge commands, run as each scheduler runs them (its index in
//! its variable, in the run folder), give the findings.json of one run; the manifests parse.

use std::path::{Path, PathBuf};
use std::process::Command;

fn doc() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/SCALING.md")).unwrap()
}

/// The code blocks of the doc with this info string, in order.
fn blocks(lang: &str) -> Vec<String> {
    let text = doc();
    let fence = format!("```{lang}\n");
    let mut out = Vec::new();
    let mut rest = text.as_str();
    while let Some(start) = rest.find(&fence) {
        let body = &rest[start + fence.len()..];
        let end = body.find("```").unwrap();
        out.push(body[..end].to_string());
        rest = &body[end..];
    }
    out
}

/// A run folder as the doc lays it out: the samples under `in/` and `list.txt`.
fn run_folder(dir: &Path) -> PathBuf {
    let run = dir.join("run");
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    let mut listed = Vec::new();
    for entry in std::fs::read_dir(&samples).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if teamlint::discover::is_candidate(&name) {
            let country = name.split('-').next().unwrap();
            std::fs::create_dir_all(run.join("in").join(country)).unwrap();
            std::fs::copy(&path, run.join("in").join(country).join(&name)).unwrap();
            listed.push(format!("in/{country}/{name}"));
        }
    }
    listed.sort();
    assert!(listed.len() >= 8);
    std::fs::write(run.join("list.txt"), listed.join("\n") + "\n").unwrap();
    run
}

/// A shell in the run folder with teamlint on its PATH and these variables set.
fn shell(program: &str, run: &Path, vars: &[(&str, String)]) -> Command {
    let bin = Path::new(env!("CARGO_BIN_EXE_teamlint")).parent().unwrap();
    let path = std::env::join_paths(std::iter::once(bin.to_path_buf()).chain(
        std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()),
    ))
    .unwrap();
    let mut cmd = Command::new(program);
    cmd.current_dir(run).env("PATH", path);
    for (k, v) in vars {
        cmd.env(k, v);
    }
    cmd
}

fn succeeds(cmd: &mut Command, what: &str) {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{what}: {}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The findings.json of one run over the run folder's list.
fn one_run(run: &Path) -> Vec<u8> {
    let out = shell("sh", run, &[])
        .args([
            "-c",
            "teamlint check --files-from list.txt --quiet --out single",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "the samples have errors");
    std::fs::read(run.join("single/findings.json")).unwrap()
}

/// After the recipe: every part is there, and the merged findings are one run's.
fn merged_is_one_run(run: &Path, shards: u32) {
    for i in 1..=shards {
        assert!(
            run.join(format!("out/teamlint-part-{i}-of-{shards}.jsonl.gz"))
                .is_file(),
            "part {i}"
        );
    }
    assert!(
        std::fs::read(run.join("out/findings.json")).unwrap() == one_run(run),
        "the recipe's merge is one run, byte for byte"
    );
    assert!(run.join("out/group-report.xlsx").is_file());
}

/// The item of a YAML list under `key:` (the line after it, `- ...`).
fn yaml_list_item<'a>(yaml: &'a str, key: &str) -> &'a str {
    let mut lines = yaml.lines().skip_while(|l| l.trim() != key);
    lines.next().unwrap();
    lines.next().unwrap().trim().strip_prefix("- ").unwrap()
}

fn yaml_value<'a>(yaml: &'a str, key: &str) -> &'a str {
    yaml.lines()
        .find_map(|l| l.trim().strip_prefix(key))
        .unwrap_or_else(|| panic!("no {key}"))
        .trim()
}

#[test]
fn the_kubernetes_indexed_job_and_its_merge_job() {
    let yaml = blocks("yaml");
    let (job, merge) = (&yaml[0], &yaml[1]);
    assert_eq!(yaml_value(job, "completionMode:"), "Indexed");
    assert_eq!(yaml_value(job, "restartPolicy:"), "Never");
    let n: u32 = yaml_value(job, "completions:").parse().unwrap();
    assert_eq!(yaml_value(job, "parallelism:"), n.to_string());
    // Parsed by a YAML reader where one is at hand: the structure Kubernetes reads.
    let check = "import sys, yaml\nfor doc in sys.argv[1:]:\n    job = yaml.safe_load(doc)\n    assert job['apiVersion'] == 'batch/v1' and job['kind'] == 'Job', job\n    pod = job['spec']['template']['spec']\n    c = pod['containers'][0]\n    assert c['workingDir'] == '/shared/run-42' and c['command'] == ['sh', '-c'], c\n    assert c['volumeMounts'][0]['name'] == pod['volumes'][0]['name']\n";
    match Command::new("python3")
        .args(["-c", check, job, merge])
        .output()
    {
        Ok(out) if out.status.success() => {}
        Ok(out) if String::from_utf8_lossy(&out.stderr).contains("No module named 'yaml'") => {
            println!("skipped the YAML reader: python3 has no yaml module")
        }
        Ok(out) => panic!("{}", String::from_utf8_lossy(&out.stderr)),
        Err(e) => println!("skipped the YAML reader: {e}"),
    }

    let dir = tempfile::tempdir().unwrap();
    let run = run_folder(dir.path());
    let worker = yaml_list_item(job, "args:");
    for index in 0..n {
        succeeds(
            shell("sh", &run, &[("JOB_COMPLETION_INDEX", index.to_string())]).args(["-c", worker]),
            &format!("pod {index}"),
        );
    }
    // The pods ran in any order; index 2 ran twice (a retry): the same part.
    let part = run.join(format!("out/teamlint-part-3-of-{n}.jsonl.gz"));
    let before = std::fs::read(&part).unwrap();
    succeeds(
        shell("sh", &run, &[("JOB_COMPLETION_INDEX", "2".into())]).args(["-c", worker]),
        "retried pod 2",
    );
    assert!(before == std::fs::read(&part).unwrap());
    succeeds(
        shell("sh", &run, &[]).args(["-c", yaml_list_item(merge, "args:")]),
        "merge job",
    );
    merged_is_one_run(&run, n);
}

#[test]
fn the_slurm_array_and_its_merge() {
    let bash = blocks("bash");
    let (shards, merge) = (&bash[0], &bash[1]);
    let array = shards
        .lines()
        .find_map(|l| l.strip_prefix("#SBATCH --array=1-"))
        .unwrap();
    let n: u32 = array.trim().parse().unwrap();
    assert!(shards.contains(&format!("SHARDS=\"${{SHARDS:-{n}}}\"")));
    let dir = tempfile::tempdir().unwrap();
    let run = run_folder(dir.path());
    let scripts = dir.path().join("scripts");
    std::fs::create_dir_all(&scripts).unwrap();
    std::fs::write(scripts.join("teamlint-shards.sbatch"), shards).unwrap();
    std::fs::write(scripts.join("teamlint-merge.sbatch"), merge).unwrap();
    let run_var = ("RUN", run.to_string_lossy().into_owned());
    for task in (1..=n).rev() {
        succeeds(
            shell("bash", dir.path(), std::slice::from_ref(&run_var))
                .env("SLURM_ARRAY_TASK_ID", task.to_string())
                .env("SLURM_CPUS_PER_TASK", "2")
                .arg(scripts.join("teamlint-shards.sbatch")),
            &format!("array task {task}"),
        );
    }
    succeeds(
        shell("bash", dir.path(), &[run_var]).arg(scripts.join("teamlint-merge.sbatch")),
        "merge",
    );
    merged_is_one_run(&run, n);
}

#[test]
fn the_aws_batch_array_job_and_its_merge() {
    let json = blocks("json");
    let shard: serde_json::Value = serde_json::from_str(&json[1]).unwrap();
    let merge: serde_json::Value = serde_json::from_str(&json[2]).unwrap();
    assert_eq!(shard["type"], "container");
    assert_eq!(shard["platformCapabilities"][0], "FARGATE");
    assert!(shard["retryStrategy"]["attempts"].as_u64().unwrap() > 1);
    let container = &shard["containerProperties"];
    let env = |name: &str| {
        container["environment"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["name"] == name)
            .unwrap()["value"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let n: u32 = env("SHARDS").parse().unwrap();
    assert_eq!(
        container["mountPoints"][0]["sourceVolume"],
        container["volumes"][0]["name"]
    );
    let command = |def: &serde_json::Value| -> Vec<String> {
        def["command"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c.as_str().unwrap().to_string())
            .collect()
    };
    let worker = command(container);
    let merger = command(&merge);
    assert_eq!(worker[..2], ["sh", "-c"]);

    let dir = tempfile::tempdir().unwrap();
    let run = run_folder(dir.path());
    let vars = |index: Option<u32>| {
        let mut v = vec![
            ("RUN", run.to_string_lossy().into_owned()),
            ("SHARDS", n.to_string()),
        ];
        if let Some(i) = index {
            v.push(("AWS_BATCH_JOB_ARRAY_INDEX", i.to_string()));
        }
        v
    };
    for index in 0..n {
        succeeds(
            shell(&worker[0], dir.path(), &vars(Some(index))).args(&worker[1..]),
            &format!("child {index}"),
        );
    }
    succeeds(
        shell(&merger[0], dir.path(), &vars(None)).args(&merger[1..]),
        "merge job",
    );
    merged_is_one_run(&run, n);
}

#[test]
fn a_merge_job_fails_on_a_missing_shard_and_says_why() {
    let json = blocks("json");
    let merge: serde_json::Value = serde_json::from_str(&json[2]).unwrap();
    let script = merge["command"][2].as_str().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let run = run_folder(dir.path());
    for i in [1, 2] {
        succeeds(
            shell("sh", &run, &[]).args([
                "-c",
                &format!("teamlint check --files-from list.txt --shard {i}/3 --part --out out"),
            ]),
            "shard",
        );
    }
    let out = shell(
        "sh",
        dir.path(),
        &[("RUN", run.to_string_lossy().into_owned())],
    )
    .args(["-c", script])
    .output()
    .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("shard 3/3 is missing"), "{stderr}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("teamlint merge exit 2"));
}

/// What a shell run gave: its exit code and its standard error.
fn outcome(cmd: &mut Command) -> (i32, String) {
    let out = cmd.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The part files in the run folder's `out/`, by name.
fn parts_in(run: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(run.join("out"))
        .map(|d| {
            d.filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.starts_with("teamlint-part-"))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// Each recipe's worker, with its scheduler's index variable unset, at its lowest and highest
/// value, and one past it: unset fails naming the variable (no part: never a silent shard 1),
/// the ends check the first and last shard, one past is refused by teamlint.
#[test]
fn the_workers_fail_without_their_index_and_take_its_whole_range() {
    let yaml = blocks("yaml");
    let bash = blocks("bash");
    let json = blocks("json");
    let k8s_n: u32 = yaml_value(&yaml[0], "completions:").parse().unwrap();
    let aws: serde_json::Value = serde_json::from_str(&json[1]).unwrap();
    let aws_command: Vec<String> = aws["containerProperties"]["command"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap().to_string())
        .collect();
    let dir = tempfile::tempdir().unwrap();
    let run = run_folder(dir.path());
    let sbatch = dir.path().join("teamlint-shards.sbatch");
    std::fs::write(&sbatch, &bash[0]).unwrap();
    let run_var = ("RUN", run.to_string_lossy().into_owned());

    // (scheduler, its variable, lowest index, highest index, shards, how to start a worker)
    type Start<'a> = Box<dyn Fn(Option<u32>) -> Command + 'a>;
    let k8s: Start = Box::new(|i| {
        let mut c = shell("sh", &run, &[]);
        if let Some(i) = i {
            c.env("JOB_COMPLETION_INDEX", i.to_string());
        }
        c.args(["-c", yaml_list_item(&yaml[0], "args:")]);
        c
    });
    let slurm: Start = Box::new(|i| {
        let mut c = shell("bash", dir.path(), std::slice::from_ref(&run_var));
        if let Some(i) = i {
            c.env("SLURM_ARRAY_TASK_ID", i.to_string());
        }
        c.arg(&sbatch);
        c
    });
    let batch: Start = Box::new(|i| {
        let mut c = shell(
            &aws_command[0],
            dir.path(),
            &[run_var.clone(), ("SHARDS", "8".into())],
        );
        if let Some(i) = i {
            c.env("AWS_BATCH_JOB_ARRAY_INDEX", i.to_string());
        }
        c.args(&aws_command[1..]);
        c
    });
    let cases = [
        ("JOB_COMPLETION_INDEX", 0, k8s_n - 1, k8s_n, &k8s),
        ("SLURM_ARRAY_TASK_ID", 1, 8, 8, &slurm),
        ("AWS_BATCH_JOB_ARRAY_INDEX", 0, 7, 8, &batch),
    ];
    for (var, low, high, n, start) in cases {
        let _ = std::fs::remove_dir_all(run.join("out"));
        let (code, stderr) = outcome(&mut start(None));
        assert_ne!(code, 0, "{var} unset");
        assert!(
            stderr.contains(&format!("{var}: not set")),
            "{var} unset: {stderr}"
        );
        assert!(parts_in(&run).is_empty(), "{var} unset wrote a part");
        // The lowest index is shard 1, the highest shard N.
        for (i, shard) in [(low, 1), (high, n)] {
            let (code, stderr) = outcome(&mut start(Some(i)));
            assert_eq!(code, 0, "{var}={i}: {stderr}");
            assert!(
                parts_in(&run).contains(&format!("teamlint-part-{shard}-of-{n}.jsonl.gz")),
                "{var}={i}: {:?}",
                parts_in(&run)
            );
        }
        // One past either end is refused by teamlint with exit 2.
        let below = low.checked_sub(1);
        for i in below.into_iter().chain([high + 1]) {
            let (code, stderr) = outcome(&mut start(Some(i)));
            assert_eq!(code, 2, "{var}={i}: {stderr}");
            assert!(
                stderr.contains("the shard index counts from 1 to the number of shards"),
                "{var}={i}: {stderr}"
            );
        }
        assert_eq!(parts_in(&run).len(), 2, "{var}");
    }
}

/// Writes an executable shell script `name` into `bin`.
fn fake(bin: &Path, name: &str, script: &str) {
    use std::os::unix::fs::PermissionsExt;
    let path = bin.join(name);
    std::fs::write(&path, script).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
}

/// The Kubernetes wait for `complete` or `failed`, against a fake `kubectl` whose Job is
/// complete or failed: it applies the merge or stops at once with exit 1 (no 24-hour timeout).
#[test]
fn the_kubernetes_wait_ends_on_complete_and_on_failed() {
    let script = &blocks("sh")[0];
    let dir = tempfile::tempdir().unwrap();
    let bin = dir.path().join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    fake(
        &bin,
        "kubectl",
        "#!/bin/sh\necho \"$*\" >> \"$LOG\"\ncase \"$1 $2\" in\n  \"wait --for=condition=$STATE\") exit 0 ;;\n  wait*) exit 1 ;;\n  apply*) exit 0 ;;\nesac\nexit 3\n",
    );
    let path = std::env::join_paths(std::iter::once(bin.clone()).chain(std::env::split_paths(
        &std::env::var_os("PATH").unwrap_or_default(),
    )))
    .unwrap();
    for (state, code) in [("complete", 0), ("failed", 1)] {
        let log = dir.path().join(format!("{state}.log"));
        let (got, stderr) = outcome(
            Command::new("sh")
                .args(["-c", script])
                .env("PATH", &path)
                .env("STATE", state)
                .env("LOG", &log),
        );
        assert_eq!(got, code, "{state}: {stderr}");
        let calls = std::fs::read_to_string(&log).unwrap();
        assert_eq!(
            calls.contains("apply -f merge.yaml"),
            state == "complete",
            "{calls}"
        );
        if state == "failed" {
            assert!(stderr.contains("teamlint-run-42 failed"), "{stderr}");
        }
    }
}

/// Slurm: tasks 3 and 5 failed; the doc's re-run (a fake `sbatch` that runs each task of
/// `--array` at once, a fake `scontrol` that records the new dependency) checks them, and the
/// merge is then one run.
#[test]
fn the_slurm_rerun_of_failed_tasks_gets_the_merge_going() {
    let bash = blocks("bash");
    let (shards, merge) = (&bash[0], &bash[1]);
    let rerun = bash
        .iter()
        .find(|b| b.contains("--array=3,5"))
        .expect("the re-run block");
    let dir = tempfile::tempdir().unwrap();
    let run = run_folder(dir.path());
    let scripts = dir.path().join("scripts");
    let bin = dir.path().join("bin");
    std::fs::create_dir_all(&scripts).unwrap();
    std::fs::create_dir_all(&bin).unwrap();
    std::fs::write(scripts.join("teamlint-shards.sbatch"), shards).unwrap();
    std::fs::write(scripts.join("teamlint-merge.sbatch"), merge).unwrap();
    fake(
        &bin,
        "sbatch",
        "#!/bin/bash\nset -e\nfor a in \"$@\"; do case \"$a\" in --array=*) array=\"${a#--array=}\" ;; --*) ;; *) script=\"$a\" ;; esac; done\nfor i in ${array//,/ }; do SLURM_ARRAY_TASK_ID=$i bash \"$script\" >&2; done\necho 4243\n",
    );
    fake(&bin, "scontrol", "#!/bin/sh\necho \"$*\" >> \"$LOG\"\n");
    let run_var = ("RUN", run.to_string_lossy().into_owned());
    // The first array: every task but 3 and 5 succeeded.
    for task in [1, 2, 4, 6, 7, 8] {
        succeeds(
            shell("bash", &scripts, std::slice::from_ref(&run_var))
                .env("SLURM_ARRAY_TASK_ID", task.to_string())
                .arg("teamlint-shards.sbatch"),
            &format!("task {task}"),
        );
    }
    let (code, stderr) = outcome(
        shell("bash", &scripts, std::slice::from_ref(&run_var)).arg("teamlint-merge.sbatch"),
    );
    assert_ne!(code, 0);
    assert!(stderr.contains("shards 3/8, 5/8 are missing"), "{stderr}");
    // The re-run, with the fakes first on PATH.
    let log = dir.path().join("scontrol.log");
    let teamlint_dir = Path::new(env!("CARGO_BIN_EXE_teamlint")).parent().unwrap();
    let path = std::env::join_paths(
        [bin.clone(), teamlint_dir.to_path_buf()]
            .into_iter()
            .chain(std::env::split_paths(&std::env::var_os("PATH").unwrap())),
    )
    .unwrap();
    let script = format!("merge=4242\n{rerun}");
    succeeds(
        shell("bash", &scripts, std::slice::from_ref(&run_var))
            .env("PATH", path)
            .env("LOG", &log)
            .args(["-c", &script]),
        "re-run",
    );
    assert_eq!(
        std::fs::read_to_string(&log).unwrap().trim(),
        "update JobId=4242 Dependency=afterok:4243"
    );
    succeeds(
        shell("bash", &scripts, &[run_var]).arg("teamlint-merge.sbatch"),
        "merge",
    );
    merged_is_one_run(&run, 8);
}

/// AWS Batch: the merge's job definition retries only a lost host, never a refusal.
#[test]
fn the_aws_batch_merge_does_not_retry_a_refusal() {
    let merge: serde_json::Value = serde_json::from_str(&blocks("json")[2]).unwrap();
    let rules = merge["retryStrategy"]["evaluateOnExit"].as_array().unwrap();
    assert_eq!(rules[0]["action"], "RETRY");
    assert!(
        rules[0]["onStatusReason"]
            .as_str()
            .unwrap()
            .starts_with("Host EC2")
    );
    let last = rules.last().unwrap();
    assert_eq!(
        (&last["onReason"], &last["action"]),
        (&"*".into(), &"EXIT".into())
    );
}
