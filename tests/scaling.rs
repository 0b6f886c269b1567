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
