//! A zip package (an `.xlsx` copy) read back with the zip crate and quick-xml: its parts, the
//! relationships, sheets by name, and a cell's format and fill, independent of teamlint's code.

use quick_xml::Reader;
use quick_xml::events::Event;
use std::collections::BTreeMap;
use std::io::{Cursor, Read};
use std::path::Path;

/// A zip package read back: entries by name.
pub struct Package {
    /// The package's bytes.
    pub bytes: Vec<u8>,
}

impl Package {
    pub fn open(path: &Path) -> Package {
        Package {
            bytes: std::fs::read(path).unwrap(),
        }
    }

    pub fn zip(&self) -> zip::ZipArchive<Cursor<&[u8]>> {
        zip::ZipArchive::new(Cursor::new(self.bytes.as_slice())).expect("a zip")
    }

    pub fn names(&self) -> Vec<String> {
        self.zip()
            .file_names()
            .map(|n| n.unwrap().to_string())
            .collect()
    }

    pub fn text(&self, name: &str) -> Option<String> {
        let mut zip = self.zip();
        let mut f = zip.by_name(name).ok()?;
        let mut s = String::new();
        f.read_to_string(&mut s).unwrap();
        Some(s)
    }

    pub fn part(&self, name: &str) -> String {
        self.text(name).unwrap_or_else(|| panic!("no part {name}"))
    }

    /// CRC and compressed bytes of an entry.
    pub fn raw(&self, name: &str) -> (u32, Vec<u8>) {
        let mut zip = self.zip();
        let index = zip.index_for_name(name).unwrap();
        let mut f = zip.by_index_raw(index).unwrap();
        let crc = f.crc32();
        let mut bytes = Vec::new();
        f.read_to_end(&mut bytes).unwrap();
        (crc, bytes)
    }

    /// The relationships of a part: id → (type, target path).
    pub fn rels(&self, part: &str) -> BTreeMap<String, (String, String)> {
        let (dir, file) = part.rsplit_once('/').unwrap_or(("", part));
        let rels = if dir.is_empty() {
            format!("_rels/{file}.rels")
        } else {
            format!("{dir}/_rels/{file}.rels")
        };
        let Some(xml) = self.text(&rels) else {
            return BTreeMap::new();
        };
        elements(&xml, "Relationship")
            .into_iter()
            .map(|r| {
                let target = r["Target"].clone();
                let path = if let Some(abs) = target.strip_prefix('/') {
                    abs.to_string()
                } else {
                    let mut parts: Vec<&str> = dir.split('/').filter(|p| !p.is_empty()).collect();
                    for p in target.split('/') {
                        if p == ".." {
                            parts.pop();
                        } else {
                            parts.push(p);
                        }
                    }
                    parts.join("/")
                };
                (r["Id"].clone(), (r["Type"].clone(), path))
            })
            .collect()
    }

    /// Sheet name → part path, in workbook order.
    pub fn sheets(&self) -> Vec<(String, String)> {
        let rels = self.rels("xl/workbook.xml");
        elements(&self.part("xl/workbook.xml"), "sheet")
            .into_iter()
            .map(|s| (s["name"].clone(), rels[&s["r:id"]].1.clone()))
            .collect()
    }

    pub fn sheet(&self, name: &str) -> String {
        let part = self
            .sheets()
            .into_iter()
            .find(|(n, _)| n == name)
            .unwrap_or_else(|| panic!("no sheet {name}"))
            .1;
        self.part(&part)
    }

    /// The comments part of a sheet.
    pub fn comments(&self, sheet: &str) -> Option<String> {
        let part = self.sheets().into_iter().find(|(n, _)| n == sheet)?.1;
        let (_, target) = self
            .rels(&part)
            .into_values()
            .find(|(t, _)| t.ends_with("/comments"))?;
        self.text(&target)
    }
}

/// Every element named `name` (local name or full name) with its attributes, unescaped.
pub fn elements(xml: &str, name: &str) -> Vec<BTreeMap<String, String>> {
    let mut r = Reader::from_str(xml);
    let mut out = Vec::new();
    loop {
        match r.read_event().expect("well-formed XML") {
            Event::Eof => break,
            Event::Start(e) | Event::Empty(e)
                if e.name().as_ref() == name || e.local_name().as_ref() == name =>
            {
                out.push(
                    e.attributes()
                        .flatten()
                        .map(|a| {
                            (
                                a.key.as_ref().to_string(),
                                quick_xml::escape::unescape(&a.value).unwrap().into_owned(),
                            )
                        })
                        .collect(),
                );
            }
            _ => {}
        }
    }
    out
}

/// The markup of each child of a stylesheet collection (`fonts`, `fills`, `cellXfs`).
pub fn children(styles: &str, list: &str) -> Vec<String> {
    let start = styles.find(&format!("<{list}")).unwrap();
    let body_start = start + styles[start..].find('>').unwrap() + 1;
    let end = styles.find(&format!("</{list}>")).unwrap();
    let body = &styles[body_start..end];
    let child = match list {
        "fonts" => "font",
        "fills" => "fill",
        "borders" => "border",
        _ => "xf",
    };
    body.split(&format!("<{child}"))
        .filter(|s| !s.is_empty())
        .map(|s| format!("<{child}{s}"))
        .collect()
}

/// A cell's attributes (`r`, `s`, `t`...) in a sheet part, if the cell is written.
pub fn cell(sheet_xml: &str, reference: &str) -> Option<BTreeMap<String, String>> {
    elements(sheet_xml, "c")
        .into_iter()
        .find(|c| c.get("r").map(String::as_str) == Some(reference))
}

/// The cell format of a cell: (numFmtId, fontId, fillId, borderId) and the format's markup.
pub fn format_of(
    pkg: &Package,
    sheet: &str,
    reference: &str,
) -> (BTreeMap<String, String>, String) {
    let c = cell(&pkg.sheet(sheet), reference)
        .unwrap_or_else(|| panic!("{sheet}!{reference} is not written"));
    let s: usize = c.get("s").map_or(0, |s| s.parse().unwrap());
    let styles = pkg.part("xl/styles.xml");
    let xf = children(&styles, "cellXfs")[s].clone();
    (elements(&xf, "xf").remove(0), xf)
}

pub fn fill_rgb(pkg: &Package, fill_id: &str) -> Option<String> {
    let styles = pkg.part("xl/styles.xml");
    let fill = &children(&styles, "fills")[fill_id.parse::<usize>().unwrap()];
    elements(fill, "fgColor")
        .first()
        .and_then(|c| c.get("rgb").cloned())
}
