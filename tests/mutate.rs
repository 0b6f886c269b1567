//! Mutated copies of the fixtures through the loader (issue 15): bit flips in the file and in
//! its parts, truncations, swapped and duplicated zip entries, lying sizes. No panic escapes (the
//! guarded loader turns one into a refusal), none comes from teamlint's own code (only calamine
//! may still panic, on xlsb), none takes more than 512 MB, every refusal is one line.
//!
//! CI runs a fixed-seed slice (`TEAMLINT_FUZZ_CASES`, default 400); `just fuzz` runs more with
//! a seed of its choice (`TEAMLINT_FUZZ_SEED`).

use crate::common::peak;

use std::io::{Read, Write};
use std::path::Path;

/// The bound of issue 15 for any single workbook.
const MAX_PEAK_BYTES: usize = 512 * 1024 * 1024;

/// The fixtures mutated: every format teamlint reads, and the chart and macro sheet variants.
const CORPUS: &[&str] = &[
    "english.xlsx",
    "german.xlsx",
    "macro.xlsm",
    "libre.ods",
    "legacy.xls",
    "sheets/chart-sheet.xlsx",
    "sheets/macro-sheet.xlsm",
    "ods/pretty.ods",
    "panic/plan.xlsb",
];

/// splitmix64: a small, fixed, seedable generator (the cases must be the same on every run).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// A zip's entries (name, uncompressed bytes), or `None` for a file that is no zip.
fn entries(bytes: &[u8]) -> Option<Vec<(String, Vec<u8>)>> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).ok()?;
    let mut out = Vec::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).ok()?;
        let mut data = Vec::new();
        f.read_to_end(&mut data).ok()?;
        out.push((f.name().ok()?.to_string(), data));
    }
    Some(out)
}

/// Writes entries as a zip; a name given twice is written under a placeholder of the same
/// length and patched afterwards, since the zip writer refuses duplicates.
fn zip_of(entries: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    let mut seen = std::collections::HashSet::new();
    let mut patches = Vec::new();
    for (i, (name, data)) in entries.iter().enumerate() {
        let written = if seen.insert(name.clone()) {
            name.clone()
        } else {
            let tag = format!("~{i:03}");
            let placeholder = format!("{}{tag}", &name[..name.len().saturating_sub(tag.len())]);
            patches.push((placeholder.clone(), name.clone()));
            placeholder
        };
        w.start_file(written, opts).unwrap();
        w.write_all(data).unwrap();
    }
    let mut bytes = w.finish().unwrap().into_inner();
    for (placeholder, name) in patches {
        if placeholder.len() != name.len() {
            continue;
        }
        let (p, n) = (placeholder.as_bytes(), name.as_bytes());
        let mut at = 0;
        while let Some(i) = bytes[at..].windows(p.len()).position(|w| w == p) {
            bytes[at + i..at + i + n.len()].copy_from_slice(n);
            at += i + n.len();
        }
    }
    bytes
}

/// One mutation of `original`; returns the bytes and what was done.
fn mutate(original: &[u8], rng: &mut Rng) -> (Vec<u8>, String) {
    let zipped = entries(original);
    let kinds = if zipped.is_some() { 8 } else { 4 };
    match rng.below(kinds) {
        0 | 1 => {
            let mut b = original.to_vec();
            let flips = 1 + rng.below(8);
            for _ in 0..flips {
                let i = rng.below(b.len());
                b[i] ^= 1 << rng.below(8);
            }
            (b, format!("{flips} bit flips in the file"))
        }
        2 => {
            let cut = rng.below(original.len());
            (original[..cut].to_vec(), format!("truncated at {cut}"))
        }
        3 => {
            // Header region: the first sector of a compound file, or a zip's local header.
            let mut b = original.to_vec();
            let i = rng.below(b.len().min(512));
            b[i] = rng.next() as u8;
            (b, format!("byte {i} of the header replaced"))
        }
        4 => {
            let mut e = zipped.unwrap();
            let i = rng.below(e.len());
            let part = &mut e[i].1;
            let flips = 1 + rng.below(6);
            for _ in 0..flips {
                if !part.is_empty() {
                    let at = rng.below(part.len());
                    part[at] ^= 1 << rng.below(8);
                }
            }
            let what = format!("{flips} bit flips in part {}", e[i].0);
            (zip_of(&e), what)
        }
        5 => {
            let mut e = zipped.unwrap();
            let (i, j) = (rng.below(e.len()), rng.below(e.len()));
            let (a, b) = (e[i].1.clone(), e[j].1.clone());
            e[i].1 = b;
            e[j].1 = a;
            let what = format!("parts {} and {} swapped", e[i].0, e[j].0);
            (zip_of(&e), what)
        }
        6 => {
            let mut e = zipped.unwrap();
            let i = rng.below(e.len());
            let mut copy = e[i].clone();
            if rng.below(2) == 0 && !copy.1.is_empty() {
                let cut = rng.below(copy.1.len());
                copy.1.truncate(cut);
            }
            let what = format!("part {} duplicated", copy.0);
            let at = rng.below(e.len() + 1);
            e.insert(at, copy);
            (zip_of(&e), what)
        }
        _ => {
            // Lying sizes: a central directory record's sizes replaced.
            let mut b = original.to_vec();
            let records: Vec<usize> = b
                .windows(4)
                .enumerate()
                .filter(|(_, w)| *w == b"PK\x01\x02")
                .map(|(i, _)| i)
                .collect();
            let at = records[rng.below(records.len())];
            let field = if rng.below(2) == 0 { 20 } else { 24 };
            let value: u32 = match rng.below(3) {
                0 => 0,
                1 => rng.next() as u32,
                _ => u32::MAX,
            };
            if at + field + 4 <= b.len() {
                b[at + field..at + field + 4].copy_from_slice(&value.to_le_bytes());
            }
            (
                b,
                format!("central directory size at {} set to {value}", at + field),
            )
        }
    }
}

#[test]
fn mutated_fixtures_never_panic_and_stay_under_512_mb() {
    if !peak::alone("mutate::mutated_fixtures_never_panic_and_stay_under_512_mb") {
        return;
    }
    let cases: usize = std::env::var("TEAMLINT_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(400);
    let seed: u64 = std::env::var("TEAMLINT_FUZZ_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(15);
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let originals: Vec<(&str, Vec<u8>)> = CORPUS
        .iter()
        .map(|f| (*f, std::fs::read(root.join(f)).unwrap()))
        .collect();
    let dir = tempfile::tempdir().unwrap();
    let mut rng = Rng(seed);
    let (mut read, mut refused, mut largest) = (0, 0, (0usize, String::new()));
    let mut calamine_panics = Vec::new();
    let mut failures = Vec::new();
    for case in 0..cases {
        let (name, original) = &originals[case % originals.len()];
        let (bytes, what) = mutate(original, &mut rng);
        let ext = Path::new(name).extension().unwrap().to_string_lossy();
        let path = dir.path().join(format!("case{case}.{ext}"));
        std::fs::write(&path, &bytes).unwrap();
        let label = format!("case {case} (seed {seed}): {name}, {what}");
        let (outcome, peak) = peak::peak_of(|| {
            std::panic::catch_unwind(|| {
                teamlint::rules::data::load_guarded(&path, name).map(|_| ())
            })
        });
        match outcome {
            Ok(Ok(())) => read += 1,
            Ok(Err(teamlint::load::LoadError::Internal { detail })) => {
                refused += 1;
                // Only calamine's own code may still panic; teamlint's readers never.
                if detail.contains("/calamine-") {
                    calamine_panics.push(format!("{label}: {detail}"));
                } else {
                    failures.push(format!("{label}: panic in teamlint: {detail}"));
                }
            }
            Ok(Err(e)) => {
                refused += 1;
                let reason = e.to_string();
                if reason.contains('\n') || reason.is_empty() {
                    failures.push(format!("{label}: reason not one line: {reason:?}"));
                }
            }
            Err(_) => failures.push(format!("{label}: a panic escaped the guarded loader")),
        }
        if peak >= MAX_PEAK_BYTES {
            failures.push(format!("{label}: {} MB", peak >> 20));
        }
        if peak > largest.0 {
            largest = (peak, label);
        }
        let _ = std::fs::remove_file(&path);
    }
    println!(
        "{cases} cases: {read} read, {refused} refused ({} of them calamine panics, caught); \
         largest peak {:.1} MB ({})",
        calamine_panics.len(),
        largest.0 as f64 / 1_048_576.0,
        largest.1
    );
    for p in calamine_panics.iter().take(10) {
        println!("  caught: {p}");
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
