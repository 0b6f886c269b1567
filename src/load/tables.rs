//! The totals rows of an xlsx's Excel tables (`totalsRowCount` in a table part): rows the
//! workbook itself marks as totals, which the plan never reads as data.

use quick_xml::Reader as XmlReader;
use quick_xml::events::Event;
use std::collections::HashMap;
use std::io::{Read, Seek};
use std::path::Path;

/// Largest part read for the table map (real ones are a few KB).
const MAX_PART_BYTES: u64 = 4 * 1024 * 1024;

/// The zero-based totals rows of the Excel tables on each worksheet, by sheet name; empty when
/// the workbook has no table or its parts cannot be read (the rows are then judged by their
/// labels and formulas alone).
pub(crate) fn totals_rows(path: &Path) -> HashMap<String, Vec<u32>> {
    let Ok(file) = std::fs::File::open(path) else {
        return HashMap::new();
    };
    let Ok(mut zip) = zip::ZipArchive::new(std::io::BufReader::new(file)) else {
        return HashMap::new();
    };
    if !zip
        .file_names()
        .any(|n| n.is_ok_and(|n| n.starts_with("xl/tables/")))
    {
        return HashMap::new();
    }
    read_map(&mut zip).unwrap_or_default()
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

/// Zero-based (first row, last row) of an A1 range such as `A1:C9`.
fn range_rows(reference: &str) -> Option<(u32, u32)> {
    let row = |cell: &str| -> Option<u32> {
        let digits: String = cell.chars().filter(char::is_ascii_digit).collect();
        digits.parse::<u32>().ok()?.checked_sub(1)
    };
    let (from, to) = reference.split_once(':')?;
    Some((row(from)?, row(to)?))
}

fn read_map<R: Read + Seek>(zip: &mut zip::ZipArchive<R>) -> Option<HashMap<String, Vec<u32>>> {
    let sheets = elements(zip, "xl/workbook.xml", "sheet")?;
    let targets: HashMap<String, String> =
        elements(zip, "xl/_rels/workbook.xml.rels", "Relationship")?
            .into_iter()
            .filter_map(|mut r| Some((r.remove("Id")?, r.remove("Target")?)))
            .collect();
    let mut map = HashMap::new();
    for sheet in sheets {
        let (Some(name), Some(target)) = (
            sheet.get("name"),
            sheet.get("id").and_then(|id| targets.get(id)),
        ) else {
            continue;
        };
        let part = part_name("xl/", target);
        let (folder, file) = part.rsplit_once('/').unwrap_or(("", &part));
        let rels = format!("{folder}/_rels/{file}.rels");
        let Some(relationships) = elements(zip, &rels, "Relationship") else {
            continue;
        };
        let mut rows = Vec::new();
        for r in relationships {
            let is_table = r.get("Type").is_some_and(|t| t.ends_with("/table"));
            let Some(target) = r.get("Target").filter(|_| is_table) else {
                continue;
            };
            let table = part_name(&format!("{folder}/"), target);
            let Some(attrs) = elements(zip, &table, "table").and_then(|t| t.into_iter().next())
            else {
                continue;
            };
            let count: u32 = attrs
                .get("totalsRowCount")
                .and_then(|c| c.parse().ok())
                .unwrap_or(0);
            if let Some((first, last)) = attrs.get("ref").and_then(|r| range_rows(r))
                && count > 0
            {
                let from = last.saturating_sub(count - 1).max(first);
                rows.extend(from..=last);
            }
        }
        if !rows.is_empty() {
            map.insert(name.clone(), rows);
        }
    }
    Some(map)
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
        assert_eq!(range_rows("A1:C9"), Some((0, 8)));
        assert_eq!(range_rows("$B$3:$D$12"), Some((2, 11)));
        assert_eq!(range_rows("A1"), None);
    }
}
