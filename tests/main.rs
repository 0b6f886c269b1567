//! The integration tests, one module a file of tests/, in one binary: a test build links polars
//! once. Run one file's tests with `cargo test --test main NAME::` (e.g. `readme::`).

// Every allocation of this binary is counted, so that the memory tests can measure a peak; they
// run alone in a child process (`common::peak::alone`), where no other test's bytes count.
#[global_allocator]
static ALLOCATOR: common::peak::Counting = common::peak::Counting;

mod common;

mod baseline;
mod batch;
mod browser;
mod cli;
mod french;
mod german;
mod hostile;
mod html;
mod kill;
mod language;
mod layers;
mod literature;
mod load;
mod memory;
mod mutate;
mod outputs;
mod patch;
mod reading;
mod readme;
mod robust;
mod rules;
mod samples;
mod scaling;
mod schemas;
mod security;
mod serve;
mod shards;
mod silent;
mod template;
mod watch;

/// Cargo builds only this binary from tests/ (`autotests = false`), so a file added there is
/// compiled only once declared above: every `tests/*.rs` is a module of this file.
#[test]
fn every_test_file_is_a_module_of_this_binary() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let this = std::fs::read_to_string(dir.join("main.rs")).unwrap();
    let mut missing = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        if let Some(module) = name.strip_suffix(".rs")
            && module != "main"
            && !this.contains(&format!("\nmod {module};\n"))
        {
            missing.push(name);
        }
    }
    assert!(
        missing.is_empty(),
        "not declared in tests/main.rs: {missing:?}"
    );
}
