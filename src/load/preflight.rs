//! Looks inside a zip-based workbook before calamine opens it, refusing zip bombs and truncated
//! archives with a clear reason, so memory follows the real data, never what a file claims.
//!
//! The sizes declared in the archive's directory are what counts: the zip reader that calamine
//! uses stops any part at its declared size, so a part whose header lies fails there (as a
//! damaged file) instead of inflating without bound, and nothing is inflated twice.

use super::LoadError;
use std::fs::File;
use std::io::BufReader;
use std::path::Path;

/// Largest uncompressed size of one part of a workbook.
pub(crate) const MAX_PART_BYTES: u64 = 256 * 1024 * 1024;
/// Largest compression ratio of a large part (real sheets compress 5 to 30 times).
pub(crate) const MAX_RATIO: u64 = 200;
/// Parts smaller than this are never judged by their ratio.
const RATIO_FLOOR_BYTES: u64 = 16 * 1024 * 1024;
/// Largest uncompressed shared-strings part: calamine holds every shared string at once (a
/// short one costs about 40 bytes), so this keeps them near 100 MB whatever the file holds.
pub(crate) const MAX_SHARED_STRINGS_BYTES: u64 = 48 * 1024 * 1024;
/// Most parts a workbook may have.
const MAX_PARTS: usize = 20_000;
/// The most all parts of a workbook may unpack to together, whatever the file's size.
pub(crate) const MAX_TOTAL_BYTES: u64 = 1024 * 1024 * 1024;
/// The most all parts may unpack to, as a multiple of the file's size (above `TOTAL_FLOOR_BYTES`).
pub(crate) const MAX_TOTAL_RATIO: u64 = 64;
/// Packages that unpack to less than this are never judged by their total's ratio.
const TOTAL_FLOOR_BYTES: u64 = 64 * 1024 * 1024;
/// Largest relationships part read for the check of shared parts.
const MAX_RELS_BYTES: u64 = 4 * 1024 * 1024;

/// Checks the archive's directory: how many parts, their declared sizes and compression ratios.
pub(crate) fn check_zip(path: &Path) -> Result<(), LoadError> {
    check_zip_with(path, MAX_PART_BYTES)
}

/// `check_zip` with a chosen size limit per part (tests use a small one).
fn check_zip_with(path: &Path, max_part_bytes: u64) -> Result<(), LoadError> {
    let file = File::open(path).map_err(LoadError::io)?;
    // The file starts with a zip header (the caller checked): an archive whose directory cannot
    // be found or read ends early.
    let mut zip = zip::ZipArchive::new(BufReader::new(file)).map_err(|e| match e {
        zip::result::ZipError::InvalidArchive(_) => LoadError::Truncated,
        other => LoadError::from_zip(other),
    })?;
    if zip.len() > MAX_PARTS {
        return Err(LoadError::TooManyParts { count: zip.len() });
    }
    let file_bytes = std::fs::metadata(path).map_err(LoadError::io)?.len();
    let total_limit = MAX_TOTAL_BYTES.min(
        file_bytes
            .saturating_mul(MAX_TOTAL_RATIO)
            .max(TOTAL_FLOOR_BYTES),
    );
    let mut total = 0u64;
    // Each entry's record in the file (local header to the end of its data), with its name.
    let mut records: Vec<(u64, u64, String)> = Vec::with_capacity(zip.len());
    for i in 0..zip.len() {
        let entry = zip.by_index_raw(i).map_err(LoadError::from_zip)?;
        let name = entry
            .name()
            .map(|n| n.into_owned())
            .unwrap_or_else(|_| "?".into());
        let start = entry.header_start();
        let data = entry.data_start().unwrap_or(start);
        records.push((
            start,
            data.saturating_add(entry.compressed_size()),
            name.clone(),
        ));
        let size = entry.size();
        let packed = entry.compressed_size().max(1);
        if size > max_part_bytes {
            return Err(bomb(&name, size, max_part_bytes));
        }
        let shared_strings = name.eq_ignore_ascii_case("xl/sharedStrings.xml")
            || name.eq_ignore_ascii_case("xl/sharedStrings.bin");
        if shared_strings && size > MAX_SHARED_STRINGS_BYTES.min(max_part_bytes) {
            return Err(bomb(&name, size, MAX_SHARED_STRINGS_BYTES));
        }
        if size > RATIO_FLOOR_BYTES && size / packed > MAX_RATIO {
            // (A part may unpack to MAX_RATIO times its packed size.)
            return Err(bomb(&name, size, packed.saturating_mul(MAX_RATIO)));
        }
        total = total.saturating_add(size);
    }
    // Two entries whose records intersect are one piece of data counted twice (or more): a
    // package that lists one blob under thousands of names.
    records.sort_unstable();
    for pair in records.windows(2) {
        if pair[1].0 < pair[0].1 {
            return Err(LoadError::OverlappingParts {
                first: pair[0].2.clone(),
                second: pair[1].2.clone(),
            });
        }
    }
    drop(records);
    if total > total_limit {
        return Err(LoadError::TooMuchData {
            bytes: total,
            limit: total_limit,
        });
    }
    shared_sheet_parts(&mut zip)
}

/// Refuses a workbook whose relationships name one part for several sheets (each would be read,
/// checked and patched again): every internal target of the workbook's relationships is its own.
fn shared_sheet_parts<R: std::io::Read + std::io::Seek>(
    zip: &mut zip::ZipArchive<R>,
) -> Result<(), LoadError> {
    use quick_xml::events::Event;
    use std::io::Read;
    let names = ["xl/_rels/workbook.xml.rels", "xl/_rels/workbook.bin.rels"];
    let Some(rels) = names.iter().find_map(|n| {
        let mut text = Vec::new();
        let entry = zip.by_name(n).ok()?;
        entry.take(MAX_RELS_BYTES).read_to_end(&mut text).ok()?;
        Some(text)
    }) else {
        return Ok(());
    };
    let mut reader = quick_xml::Reader::from_reader(rels.as_slice());
    let mut targets: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    // (A relationships part that does not parse is judged by the reader, not here.)
    while let Ok(event) = reader.read_event() {
        match event {
            Event::Eof => break,
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == "Relationship" => {
                let value = |key: &str| {
                    e.attributes()
                        .flatten()
                        .find(|a| a.key.as_ref() == key)
                        .map(|a| a.value.into_owned())
                };
                if value("TargetMode").is_some_and(|m| m == "External") {
                    continue;
                }
                if let Some(target) = value("Target") {
                    let target = target.trim_start_matches('/').trim_start_matches("xl/");
                    *targets.entry(target.to_string()).or_default() += 1;
                }
            }
            _ => {}
        }
    }
    match targets
        .into_iter()
        .filter(|(_, n)| *n > 1)
        .max_by_key(|(_, n)| *n)
    {
        Some((part, count)) => Err(LoadError::SharedPart { part, count }),
        None => Ok(()),
    }
}

fn bomb(name: &str, size: u64, limit: u64) -> LoadError {
    LoadError::ZipBomb {
        part: name.to_string(),
        bytes: size,
        limit,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn zip_with(parts: &[(&str, Vec<u8>)]) -> tempfile::NamedTempFile {
        let tmp = tempfile::Builder::new().suffix(".xlsx").tempfile().unwrap();
        let mut w = zip::ZipWriter::new(tmp.reopen().unwrap());
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for (name, data) in parts {
            w.start_file(*name, opts).unwrap();
            w.write_all(data).unwrap();
        }
        w.finish().unwrap();
        tmp
    }

    #[test]
    fn a_part_that_inflates_too_far_is_refused() {
        let big = vec![b'a'; 2 * 1024 * 1024 + 10];
        let tmp = zip_with(&[("xl/sharedStrings.xml", big)]);
        let err = check_zip_with(tmp.path(), 2 * 1024 * 1024).unwrap_err();
        assert!(matches!(err, LoadError::ZipBomb { .. }), "{err}");
        assert!(err.to_string().contains("zip bomb"), "{err}");
    }

    #[test]
    fn a_truncated_archive_is_named_as_such() {
        let tmp = zip_with(&[("xl/workbook.xml", b"<workbook/>".repeat(1000))]);
        let bytes = std::fs::read(tmp.path()).unwrap();
        std::fs::write(tmp.path(), &bytes[..bytes.len() / 2]).unwrap();
        let err = check_zip(tmp.path()).unwrap_err();
        assert!(matches!(err, LoadError::Truncated), "{err}");
    }
}
