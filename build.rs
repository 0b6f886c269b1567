//! Build identity: a hash of the source the binary is built from (src/**, templates/**,
//! Cargo.toml, Cargo.lock), so that parts of different builds of one version are told apart.

use std::path::{Path, PathBuf};

fn main() {
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    let mut files = Vec::new();
    for dir in ["src", "templates"] {
        collect(&root.join(dir), &mut files);
        println!("cargo:rerun-if-changed={dir}");
    }
    for file in ["Cargo.toml", "Cargo.lock"] {
        files.push(root.join(file));
        println!("cargo:rerun-if-changed={file}");
    }
    // Sorted by their `/`-separated relative names: the same on every machine and system.
    let mut named: Vec<(String, PathBuf)> = files
        .into_iter()
        .map(|f| {
            let name = f.strip_prefix(&root).unwrap_or(&f).to_string_lossy();
            (name.replace('\\', "/"), f)
        })
        .collect();
    named.sort();
    // FNV-1a 64 of each name and its bytes (line ends as LF: a Windows checkout hashes alike).
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for &b in bytes {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    };
    for (name, path) in &named {
        let bytes = std::fs::read(path).unwrap_or_default();
        eat(name.as_bytes());
        eat(&[0x1f]);
        let text: Vec<u8> = bytes
            .iter()
            .enumerate()
            .filter(|&(i, &b)| !(b == b'\r' && bytes.get(i + 1) == Some(&b'\n')))
            .map(|(_, &b)| b)
            .collect();
        eat(&text);
        eat(&[0x1e]);
    }
    println!("cargo:rustc-env=TEAMLINT_BUILD={hash:016x}");
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else {
            out.push(path);
        }
    }
}
