//! The zip package of an xlsx/xlsm/xlsb as calamine should see it: the file itself, or an
//! in-memory copy whose workbook relationships are rewritten where calamine would fail.
//!
//! calamine refuses a workbook with an Excel 4 macro sheet (relationship type `xlMacrosheet`,
//! or a target under `macrosheets/` in xlsb) and panics on an xlsb whose relationships carry a
//! namespace prefix (`<x:Relationship>`). The copy lists macro sheets as dialog sheets (which
//! teamlint skips like every sheet that is no worksheet, so calamine never opens them) and drops
//! the prefix; every other entry is copied raw (neither inflated nor deflated).

use super::LoadError;
use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader as XmlReader, Writer as XmlWriter};
use std::fs::File;
use std::io::{BufReader, Cursor, Read, Seek, SeekFrom};
use std::path::Path;

/// Largest file rewritten in memory; a larger one is handed to calamine as it is.
const MAX_REWRITE_BYTES: u64 = 64 * 1024 * 1024;
/// Largest relationships part read (real ones are a few KB).
const MAX_RELS_BYTES: u64 = 4 * 1024 * 1024;

const DIALOG_SHEET: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/dialogsheet";

/// A workbook package: the file, or a corrected copy in memory.
pub(crate) enum Package {
    /// The file as it is.
    File(BufReader<File>),
    /// A copy with corrected workbook relationships.
    Memory(Cursor<Vec<u8>>),
}

impl Read for Package {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        match self {
            Package::File(f) => f.read(buf),
            Package::Memory(m) => m.read(buf),
        }
    }
}

impl Seek for Package {
    fn seek(&mut self, pos: SeekFrom) -> std::io::Result<u64> {
        match self {
            Package::File(f) => f.seek(pos),
            Package::Memory(m) => m.seek(pos),
        }
    }
}

/// Opens the package at `path` for calamine; `xlsb` selects the binary workbook's parts.
pub(crate) fn open(path: &Path, xlsb: bool) -> Result<Package, LoadError> {
    let rels_name = if xlsb {
        "xl/_rels/workbook.bin.rels"
    } else {
        "xl/_rels/workbook.xml.rels"
    };
    let file = || File::open(path).map(BufReader::new).map_err(LoadError::io);
    let size = std::fs::metadata(path).map_err(LoadError::io)?.len();
    if size > MAX_REWRITE_BYTES {
        return Ok(Package::File(file()?));
    }
    let mut zip = zip::ZipArchive::new(file()?).map_err(LoadError::from_zip)?;
    let rels = match zip.by_name(rels_name) {
        Ok(entry) => {
            let mut text = Vec::new();
            entry
                .take(MAX_RELS_BYTES)
                .read_to_end(&mut text)
                .map_err(LoadError::from_io)?;
            text
        }
        Err(_) => return Ok(Package::File(file()?)),
    };
    let Some(fixed) = fixed_relationships(&rels, xlsb)? else {
        return Ok(Package::File(file()?));
    };
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::with_capacity(size as usize + 4096)));
    for i in 0..zip.len() {
        let entry = zip.by_index_raw(i).map_err(LoadError::from_zip)?;
        if entry.name().is_ok_and(|n| n == rels_name) {
            drop(entry);
            out.start_file(rels_name, zip::write::SimpleFileOptions::default())
                .map_err(LoadError::from_zip)?;
            std::io::Write::write_all(&mut out, &fixed).map_err(LoadError::from_io)?;
        } else {
            out.raw_copy_file(entry).map_err(LoadError::from_zip)?;
        }
    }
    let mut cursor = out.finish().map_err(LoadError::from_zip)?;
    cursor.set_position(0);
    Ok(Package::Memory(cursor))
}

/// The relationships part with macro sheets listed as dialog sheets and element prefixes
/// dropped, or `None` when it needs neither.
fn fixed_relationships(rels: &[u8], xlsb: bool) -> Result<Option<Vec<u8>>, LoadError> {
    let mut reader = XmlReader::from_reader(rels);
    let mut writer = XmlWriter::new(Vec::with_capacity(rels.len() + 256));
    let mut changed = false;
    let damaged =
        |e: &dyn std::fmt::Display| LoadError::damaged(format!("workbook relationships: {e}"));
    loop {
        let event = match reader.read_event().map_err(|e| damaged(&e))? {
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == "Relationship" => {
                let (fixed, did) = fixed_relationship(&e, xlsb).map_err(|e| damaged(&e))?;
                changed |= did;
                Event::Empty(fixed)
            }
            // (Its start was written as an empty element.)
            Event::End(e) if e.local_name().as_ref() == "Relationship" => continue,
            Event::Eof => break,
            other => other,
        };
        writer.write_event(event).map_err(|e| damaged(&e))?;
    }
    Ok(changed.then(|| writer.into_inner()))
}

/// One relationship without its prefix, a macro sheet's as a dialog sheet's; whether it changed.
fn fixed_relationship(
    e: &BytesStart<'_>,
    xlsb: bool,
) -> Result<(BytesStart<'static>, bool), quick_xml::events::attributes::AttrError> {
    let mut changed = e.name().as_ref() != "Relationship";
    let mut out = BytesStart::new("Relationship");
    let mut is_macro = false;
    let mut attrs = Vec::new();
    for attr in e.attributes() {
        let attr = attr?;
        let key = attr.key.as_ref().to_string();
        let value = attr.value.into_owned();
        if key == "Type"
            && (value.ends_with("/xlMacrosheet") || value.ends_with("/xlIntlMacrosheet"))
        {
            is_macro = true;
        }
        attrs.push((key, value));
    }
    for (key, value) in &mut attrs {
        if is_macro && key == "Type" {
            *value = DIALOG_SHEET.to_string();
            changed = true;
        }
        // calamine's xlsb reader names a sheet's kind by the folder of its target.
        if is_macro && xlsb && key == "Target" {
            let target = value
                .trim_start_matches('/')
                .trim_start_matches("xl/")
                .to_string();
            *value = format!("dialogsheets/../{target}");
            changed = true;
        }
    }
    for (key, value) in &attrs {
        out.push_attribute((key.as_str(), value.as_str()));
    }
    Ok((out, changed))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn macro_sheets_become_dialog_sheets_and_prefixes_go() {
        let rels = br#"<?xml version="1.0"?><x:Relationships xmlns:x="http://schemas.openxmlformats.org/package/2006/relationships"><x:Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.bin"/><x:Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2006/relationships/xlMacrosheet" Target="macrosheets/sheet1.bin"/></x:Relationships>"#;
        let fixed = String::from_utf8(fixed_relationships(rels, true).unwrap().unwrap()).unwrap();
        assert!(fixed.contains(r#"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.bin"/>"#), "{fixed}");
        assert!(fixed.contains(r#"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/dialogsheet" Target="dialogsheets/../macrosheets/sheet1.bin"/>"#), "{fixed}");
        let plain = br#"<Relationships><Relationship Id="rId1" Type="t/worksheet" Target="a"/></Relationships>"#;
        assert_eq!(fixed_relationships(plain, false).unwrap(), None);
    }
}
