//! What calamine's cell reader leaves out of an xlsx sheet and the plan needs: its merged
//! ranges and the totals rows of its Excel tables (`totalsRowCount` in a table part).
//!
//! Merged ranges stand after the cells of a sheet's part: its bytes are searched for
//! `mergeCell` (never parsed again as XML), and only the short tail from there is parsed.

use quick_xml::Reader as XmlReader;
use quick_xml::events::Event;
use std::collections::HashMap;
use std::io::{Read, Seek};
use std::path::Path;

/// Largest part parsed here (relationships and tables are a few KB; merged ranges a few MB).
const MAX_PART_BYTES: u64 = 4 * 1024 * 1024;

/// What the plan needs of one worksheet beyond its cells.
#[derive(Default)]
pub(crate) struct SheetExtras {
    /// Merged ranges (first row, first column, last row, last column), zero-based.
    pub(crate) merged: Vec<(u32, u32, u32, u32)>,
    /// Zero-based rows its Excel tables mark as totals.
    pub(crate) totals_rows: Vec<u32>,
}

/// The merged ranges and tables' totals rows of the worksheets named by `wanted` (by sheet
/// name); a sheet whose parts cannot be read has none (its rows are then judged by their cells
/// alone).
pub(crate) fn read(path: &Path, wanted: impl Fn(&str) -> bool) -> HashMap<String, SheetExtras> {
    let Ok(file) = std::fs::File::open(path) else {
        return HashMap::new();
    };
    let Ok(mut zip) = zip::ZipArchive::new(std::io::BufReader::new(file)) else {
        return HashMap::new();
    };
    let mut extras = HashMap::new();
    for (name, part) in sheet_parts(&mut zip).unwrap_or_default() {
        if !wanted(&name) {
            continue;
        }
        let sheet = SheetExtras {
            merged: merged_ranges(&mut zip, &part).unwrap_or_default(),
            totals_rows: table_totals(&mut zip, &part).unwrap_or_default(),
        };
        extras.insert(name, sheet);
    }
    extras
}

/// Every worksheet's name and part (`xl/worksheets/sheet1.xml`).
fn sheet_parts<R: Read + Seek>(zip: &mut zip::ZipArchive<R>) -> Option<Vec<(String, String)>> {
    let sheets = elements(zip, "xl/workbook.xml", "sheet")?;
    let targets: HashMap<String, String> =
        elements(zip, "xl/_rels/workbook.xml.rels", "Relationship")?
            .into_iter()
            .filter_map(|mut r| Some((r.remove("Id")?, r.remove("Target")?)))
            .collect();
    Some(
        sheets
            .into_iter()
            .filter_map(|mut s| {
                let part = part_name("xl/", targets.get(&s.remove("id")?)?);
                Some((s.remove("name")?, part))
            })
            .collect(),
    )
}

/// The merged ranges of a sheet's part: its bytes are read in blocks and searched for
/// `mergeCell`; from there on (the end of the part) they are parsed.
fn merged_ranges<R: Read + Seek>(
    zip: &mut zip::ZipArchive<R>,
    part: &str,
) -> Option<Vec<(u32, u32, u32, u32)>> {
    const MARK: &[u8] = b"mergeCell";
    let finder = memchr::memmem::Finder::new(MARK);
    let mut entry = zip.by_name(part).ok()?;
    let mut block = vec![0u8; 16 * 1024];
    // The end of the previous block, so a mark across two blocks is found.
    let mut carry: Vec<u8> = Vec::new();
    let mut tail: Option<Vec<u8>> = None;
    loop {
        let n = entry.read(&mut block).ok()?;
        if n == 0 {
            break;
        }
        if let Some(t) = tail.as_mut() {
            t.extend_from_slice(&block[..n]);
            if t.len() as u64 > MAX_PART_BYTES {
                break;
            }
            continue;
        }
        carry.extend_from_slice(&block[..n]);
        if let Some(at) = finder.find(&carry) {
            let start = carry[..at].iter().rposition(|&b| b == b'<').unwrap_or(at);
            tail = Some(carry[start..].to_vec());
        } else {
            let keep = carry.len().saturating_sub(MARK.len() + 16);
            carry.drain(..keep);
        }
    }
    let tail = tail?;
    let text = String::from_utf8_lossy(&tail);
    let mut xml = XmlReader::from_str(&text);
    let mut ranges = Vec::new();
    loop {
        match xml.read_event() {
            Ok(Event::Start(e) | Event::Empty(e)) if e.local_name().as_ref() == "mergeCell" => {
                let range = e
                    .attributes()
                    .with_checks(false)
                    .filter_map(Result::ok)
                    .find(|a| a.key.local_name().as_ref() == "ref")
                    .and_then(|a| range_of(&a.value));
                ranges.extend(range);
            }
            Ok(Event::End(e)) if e.local_name().as_ref() == "mergeCells" => break,
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
    }
    Some(ranges)
}

/// One XML part's elements named `name` with their attributes (local names), in order.
fn elements<R: Read + Seek>(
    zip: &mut zip::ZipArchive<R>,
    part: &str,
    name: &str,
) -> Option<Vec<HashMap<String, String>>> {
    let mut text = String::new();
    zip.by_name(part)
        .ok()?
        .take(MAX_PART_BYTES)
        .read_to_string(&mut text)
        .ok()?;
    let mut xml = XmlReader::from_str(&text);
    let mut found = Vec::new();
    loop {
        match xml.read_event().ok()? {
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == name => {
                let attrs = e
                    .attributes()
                    .with_checks(false)
                    .filter_map(Result::ok)
                    .filter_map(|a| {
                        let key = a.key.local_name().as_ref().to_string();
                        let value = a
                            .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                            .ok()?
                            .into_owned();
                        Some((key, value))
                    })
                    .collect();
                found.push(attrs);
            }
            Event::Eof => return Some(found),
            _ => {}
        }
    }
}

/// A relationship's target as a part name: relative to `base` (a folder with a trailing `/`),
/// or absolute from the package root.
fn part_name(base: &str, target: &str) -> String {
    let mut parts: Vec<&str> = match target.strip_prefix('/') {
        Some(_) => Vec::new(),
        None => base.split('/').filter(|p| !p.is_empty()).collect(),
    };
    for piece in target.trim_start_matches('/').split('/') {
        match piece {
            ".." => {
                parts.pop();
            }
            "." | "" => {}
            p => parts.push(p),
        }
    }
    parts.join("/")
}

/// Zero-based (row, column) of an A1 cell such as `$B$3`.
fn cell_of(cell: &str) -> Option<(u32, u32)> {
    let cell = cell.trim().replace('$', "");
    let letters = cell.chars().take_while(char::is_ascii_alphabetic).count();
    let (col, row) = cell.split_at(letters);
    let col = col.bytes().try_fold(0u32, |n, b| {
        n.checked_mul(26)?
            .checked_add(u32::from(b.to_ascii_uppercase().checked_sub(b'A')?) + 1)
    })?;
    Some((
        row.parse::<u32>().ok()?.checked_sub(1)?,
        col.checked_sub(1)?,
    ))
}

/// Zero-based (first row, first column, last row, last column) of an A1 range such as `A1:C9`.
fn range_of(reference: &str) -> Option<(u32, u32, u32, u32)> {
    let (from, to) = reference.split_once(':')?;
    let ((r1, c1), (r2, c2)) = (cell_of(from)?, cell_of(to)?);
    Some((r1, c1, r2, c2))
}

/// The rows the Excel tables of a sheet's part mark as their totals rows.
fn table_totals<R: Read + Seek>(zip: &mut zip::ZipArchive<R>, part: &str) -> Option<Vec<u32>> {
    let (folder, file) = part.rsplit_once('/').unwrap_or(("", part));
    let rels = format!("{folder}/_rels/{file}.rels");
    if zip.index_for_name(&rels).is_none() {
        return Some(Vec::new());
    }
    let mut rows = Vec::new();
    for r in elements(zip, &rels, "Relationship")? {
        let is_table = r.get("Type").is_some_and(|t| t.ends_with("/table"));
        let Some(target) = r.get("Target").filter(|_| is_table) else {
            continue;
        };
        let table = part_name(&format!("{folder}/"), target);
        let Some(attrs) = elements(zip, &table, "table").and_then(|t| t.into_iter().next()) else {
            continue;
        };
        let count: u32 = attrs
            .get("totalsRowCount")
            .and_then(|c| c.parse().ok())
            .unwrap_or(0);
        if let Some((first, _, last, _)) = attrs.get("ref").and_then(|r| range_of(r))
            && count > 0
        {
            let from = last.saturating_sub(count - 1).max(first);
            rows.extend(from..=last);
        }
    }
    Some(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relationship_targets_become_part_names() {
        assert_eq!(
            part_name("xl/worksheets/", "../tables/table1.xml"),
            "xl/tables/table1.xml"
        );
        assert_eq!(
            part_name("xl/", "worksheets/sheet1.xml"),
            "xl/worksheets/sheet1.xml"
        );
        assert_eq!(
            part_name("xl/", "/xl/worksheets/s.xml"),
            "xl/worksheets/s.xml"
        );
        assert_eq!(range_of("A1:C9"), Some((0, 0, 8, 2)));
        assert_eq!(range_of("$B$3:$AA$12"), Some((2, 1, 11, 26)));
        assert_eq!(range_of("A1"), None);
    }
}
