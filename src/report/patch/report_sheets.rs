//! The Findings and Summary sheets of a patched copy: written by the copy's one writer into a
//! small workbook, then moved into the package with inline strings and remapped formats.

use super::notes::{VmlIds, renumber};
use super::package::{
    COMMENTS_REL, COMMENTS_TYPE, Package, TABLE_REL, TABLE_TYPE, VML_REL, WORKSHEET_TYPE, add_rels,
    parse_rels,
};
use super::styles::Styles;
use super::xml::{attr, attr_text, folder, local, reader, relative, rels_path, spanned, with_attr};
use quick_xml::events::Event;
use std::collections::HashSet;
use std::io::{Cursor, Read};

/// A part the patch adds to the package.
pub(crate) struct NewPart {
    pub(crate) name: String,
    pub(crate) bytes: Vec<u8>,
    /// Its content type override, when it needs one (VML parts go by extension).
    pub(crate) content_type: Option<&'static str>,
}

/// The report sheets moved into the package: their parts and the sheet parts in order.
pub(crate) struct Moved {
    pub(crate) parts: Vec<NewPart>,
    pub(crate) sheets: Vec<String>,
    /// Whether a VML drawing was added.
    pub(crate) vml: bool,
}

/// Moves the sheets of `small` (an xlsx in memory holding only the report sheets) into the
/// package: new part names, formats merged into `styles`, shared strings made inline, table ids
/// and names no table or defined name of the package uses, VML shapes renumbered.
pub(crate) fn move_in(
    small: Vec<u8>,
    pkg: &mut Package,
    styles: &mut Styles,
    vml_ids: &mut VmlIds,
    used_table_ids: &mut HashSet<u32>,
    used_table_names: &mut HashSet<String>,
) -> Result<Moved, String> {
    let mut zip = zip::ZipArchive::new(Cursor::new(small)).map_err(|e| e.to_string())?;
    let mut read = |name: &str| -> Result<String, String> {
        let mut f = zip.by_name(name).map_err(|e| format!("{name}: {e}"))?;
        let mut s = String::new();
        f.read_to_string(&mut s).map_err(|e| e.to_string())?;
        Ok(s)
    };
    let book = read("xl/workbook.xml")?;
    if book.contains("<definedName") {
        return Err("the report sheets define names".into());
    }
    let book_rels = parse_rels(&read("xl/_rels/workbook.xml.rels")?, "xl")?;
    let xf_map = styles.merge(&read("xl/styles.xml")?)?;
    let strings = shared_strings(&read("xl/sharedStrings.xml").unwrap_or_default())?;
    let mut sheet_parts = Vec::new();
    {
        let mut r = reader(book.as_bytes());
        loop {
            match r.read_event().map_err(|e| e.to_string())? {
                Event::Eof => break,
                Event::Empty(e) | Event::Start(e) if local(&e) == "sheet" => {
                    let rid = attr_text(&e, "r:id").unwrap_or_default();
                    let rel = book_rels
                        .iter()
                        .find(|r| r.id == rid)
                        .ok_or("a sheet without part")?;
                    sheet_parts.push(rel.target.clone());
                }
                _ => {}
            }
        }
    }
    let mut moved = Moved {
        parts: Vec::new(),
        sheets: Vec::new(),
        vml: false,
    };
    for part in sheet_parts {
        let name = pkg.fresh(|n| format!("xl/worksheets/sheet{n}.xml"));
        let xml = inline(&read(&part)?, &strings, &xf_map)?;
        let rels_name = rels_path(&part);
        if let Ok(rels_xml) = read(&rels_name) {
            let mut new_rels = Vec::new();
            for rel in parse_rels(&rels_xml, folder(&part))? {
                let (new_name, bytes, content_type) = match rel.kind.as_str() {
                    TABLE_REL => {
                        let table = read(&rel.target)?;
                        let new = pkg.fresh(|n| format!("xl/tables/table{n}.xml"));
                        let id = (1..).find(|i| used_table_ids.insert(*i)).unwrap_or(1);
                        (
                            new,
                            renamed_table(&table, id, used_table_names)?,
                            Some(TABLE_TYPE),
                        )
                    }
                    COMMENTS_REL => {
                        let new = pkg.fresh(|n| format!("xl/comments{n}.xml"));
                        (new, read(&rel.target)?, Some(COMMENTS_TYPE))
                    }
                    VML_REL => {
                        let new = pkg.fresh(|n| format!("xl/drawings/vmlDrawing{n}.vml"));
                        moved.vml = true;
                        (new, renumber(&read(&rel.target)?, vml_ids), None)
                    }
                    other => return Err(format!("a report sheet relationship {other}")),
                };
                new_rels.push((
                    rel.id.clone(),
                    leak_kind(&rel.kind),
                    relative("xl/worksheets", &new_name),
                ));
                moved.parts.push(NewPart {
                    name: new_name,
                    bytes: bytes.into_bytes(),
                    content_type,
                });
            }
            moved.parts.push(NewPart {
                name: rels_path(&name),
                bytes: add_rels(None, &new_rels)?.into_bytes(),
                content_type: None,
            });
        }
        moved.parts.push(NewPart {
            name: name.clone(),
            bytes: xml.into_bytes(),
            content_type: Some(WORKSHEET_TYPE),
        });
        moved.sheets.push(name);
    }
    Ok(moved)
}

/// The static name of a relationship type the report sheets use.
fn leak_kind(kind: &str) -> &'static str {
    match kind {
        TABLE_REL => TABLE_REL,
        COMMENTS_REL => COMMENTS_REL,
        _ => VML_REL,
    }
}

/// The inner markup of each shared string (`<t>…</t>` or runs).
fn shared_strings(xml: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    let mut r = reader(xml.as_bytes());
    let mut start = None;
    loop {
        let (event, before, after) = spanned(&mut r)?;
        match &event {
            Event::Eof => break,
            Event::Start(e) if local(e) == "si" => start = Some(after),
            Event::Empty(e) if local(e) == "si" => out.push(String::new()),
            Event::End(e) if e.local_name().as_ref() == "si" => {
                out.push(xml[start.take().ok_or("an unopened si")?..before].to_string());
            }
            _ => {}
        }
    }
    Ok(out)
}

/// A report sheet with shared strings written inline, formats remapped and no tab selected
/// (the workbook's own active sheet stays the one shown).
fn inline(xml: &str, strings: &[String], xf_map: &[usize]) -> Result<String, String> {
    let mut out = String::with_capacity(xml.len() + xml.len() / 2);
    let mut r = reader(xml.as_bytes());
    let mut copied = 0usize;
    let mut shared = false;
    let mut value_start = None;
    let mut value = String::new();
    let remap = |v: Option<String>| -> Option<String> {
        v.and_then(|s| s.parse::<usize>().ok())
            .map(|s| xf_map.get(s).copied().unwrap_or(0).to_string())
    };
    loop {
        let (event, before, after) = spanned(&mut r)?;
        let mut replace: Option<String> = None;
        match &event {
            Event::Eof => break,
            Event::Start(e) | Event::Empty(e) => {
                let empty = matches!(event, Event::Empty(_));
                match local(e) {
                    "c" => {
                        shared = !empty && attr(e, "t").as_deref() == Some("s");
                        let s = remap(attr(e, "s"));
                        let t = if shared { Some("inlineStr") } else { None };
                        let mut changes: Vec<(&str, Option<&str>)> = Vec::new();
                        if let Some(s) = &s {
                            changes.push(("s", Some(s)));
                        }
                        if t.is_some() {
                            changes.push(("t", t));
                        }
                        if !changes.is_empty() {
                            replace = Some(with_attr(e, empty, &changes));
                        }
                    }
                    "row" => {
                        if let Some(s) = remap(attr(e, "s")) {
                            replace = Some(with_attr(e, empty, &[("s", Some(&s))]));
                        }
                    }
                    "col" => {
                        if let Some(s) = remap(attr(e, "style")) {
                            replace = Some(with_attr(e, empty, &[("style", Some(&s))]));
                        }
                    }
                    "sheetView" if attr(e, "tabSelected").is_some() => {
                        replace = Some(with_attr(e, empty, &[("tabSelected", None)]));
                    }
                    "v" if shared && !empty => {
                        value_start = Some(before);
                        value.clear();
                    }
                    _ => {}
                }
            }
            Event::Text(t) if value_start.is_some() => value.push_str(&t.xml10_content()),
            Event::End(e) if e.local_name().as_ref() == "v" => {
                if let Some(start) = value_start.take() {
                    let i: usize = value
                        .trim()
                        .parse()
                        .map_err(|_| "a bad shared string index")?;
                    let si = strings.get(i).ok_or("a shared string out of range")?;
                    out.push_str(&xml[copied..start]);
                    out.push_str(&format!("<is>{si}</is>"));
                    copied = after;
                }
            }
            Event::End(e) if e.local_name().as_ref() == "c" => shared = false,
            _ => {}
        }
        if let Some(text) = replace {
            out.push_str(&xml[copied..before]);
            out.push_str(&text);
            copied = after;
        }
    }
    out.push_str(&xml[copied..]);
    Ok(out)
}

/// A table part with a new id and, when its name is taken, a numbered name.
fn renamed_table(xml: &str, id: u32, used: &mut HashSet<String>) -> Result<String, String> {
    let mut r = reader(xml.as_bytes());
    loop {
        let (event, before, after) = spanned(&mut r)?;
        match &event {
            Event::Eof => return Err("a table without its element".into()),
            Event::Start(e) | Event::Empty(e) if local(e) == "table" => {
                let base = attr(e, "name").unwrap_or_else(|| "teamlint".into());
                let mut name = base.clone();
                let mut n = 2;
                while !used.insert(name.to_lowercase()) {
                    name = format!("{base}_{n}");
                    n += 1;
                }
                let id = id.to_string();
                let tag = with_attr(
                    e,
                    matches!(event, Event::Empty(_)),
                    &[
                        ("id", Some(&id)),
                        ("name", Some(&name)),
                        ("displayName", Some(&name)),
                    ],
                );
                return Ok(format!("{}{tag}{}", &xml[..before], &xml[after..]));
            }
            _ => {}
        }
    }
}

/// The ids and names (lower case) of the package's tables, and its defined names.
pub(crate) fn used_table_ids_and_names(
    pkg: &mut Package,
    book_xml: &str,
) -> Result<(HashSet<u32>, HashSet<String>), String> {
    let mut ids = HashSet::new();
    let mut names = HashSet::new();
    let tables: Vec<String> = pkg
        .names
        .iter()
        .filter(|n| n.to_lowercase().contains("tables/") && n.to_lowercase().ends_with(".xml"))
        .cloned()
        .collect();
    for t in tables {
        let Some(bytes) = pkg.bytes(&t)? else {
            continue;
        };
        let mut r = reader(&bytes);
        loop {
            match r.read_event() {
                Ok(Event::Start(e) | Event::Empty(e)) => {
                    if local(&e) == "table" {
                        if let Some(id) = attr(&e, "id").and_then(|v| v.parse().ok()) {
                            ids.insert(id);
                        }
                        for key in ["name", "displayName"] {
                            if let Some(n) = attr_text(&e, key) {
                                names.insert(n.to_lowercase());
                            }
                        }
                    }
                    break;
                }
                Ok(Event::Eof) | Err(_) => break,
                _ => {}
            }
        }
    }
    let mut r = reader(book_xml.as_bytes());
    loop {
        match r.read_event().map_err(|e| e.to_string())? {
            Event::Eof => break,
            Event::Start(e) | Event::Empty(e) if local(&e) == "definedName" => {
                if let Some(n) = attr_text(&e, "name") {
                    names.insert(n.to_lowercase());
                }
            }
            _ => {}
        }
    }
    Ok((ids, names))
}

/// The workbook part with print titles for the named sheets (their first row repeated on every
/// printed page): a `_xlnm.Print_Titles` defined name each, scoped to the sheet's position among
/// the workbook's sheets. The part comes back as it was when its shape is not the usual one.
pub(crate) fn with_print_titles(book_xml: &str, sheets: &[&str]) -> String {
    let mut r = reader(book_xml.as_bytes());
    let mut names: Vec<String> = Vec::new();
    let mut prefix = String::new();
    // Where the defined names go: before `</definedNames>`, or after the elements that precede
    // them (`</sheets>`, `</externalReferences>`) in a new `definedNames`.
    let (mut inside, mut after) = (None, None);
    loop {
        let Ok((event, before, end)) = spanned(&mut r) else {
            return book_xml.to_string();
        };
        match &event {
            Event::Eof => break,
            Event::Start(e) | Event::Empty(e) if local(e) == "sheet" => {
                names.push(attr_text(e, "name").unwrap_or_default());
            }
            Event::End(e) => match e.local_name().as_ref() {
                "sheets" | "externalReferences" => {
                    let name = e.name().into_inner().to_string();
                    prefix = name.split_once(':').map_or("", |(p, _)| p).to_string();
                    if !prefix.is_empty() {
                        prefix.push(':');
                    }
                    after = Some(end);
                }
                "definedNames" => inside = Some(before),
                _ => {}
            },
            _ => {}
        }
    }
    let titles: String = sheets
        .iter()
        .filter_map(|sheet| {
            let i = names.iter().position(|n| n == sheet)?;
            Some(format!(
                "<{prefix}definedName name=\"_xlnm.Print_Titles\" localSheetId=\"{i}\">{}!$1:$1</{prefix}definedName>",
                quick_xml::escape::partial_escape(super::super::annotated::quote_sheet(sheet))
            ))
        })
        .collect();
    match (inside, after) {
        (Some(at), _) => format!("{}{titles}{}", &book_xml[..at], &book_xml[at..]),
        (None, Some(at)) => format!(
            "{}<{prefix}definedNames>{titles}</{prefix}definedNames>{}",
            &book_xml[..at],
            &book_xml[at..]
        ),
        (None, None) => book_xml.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn print_titles_join_the_defined_names_or_come_after_the_sheets() {
        let plain = r#"<workbook><sheets><sheet name="Staff"/><sheet name="Befunde"/></sheets><calcPr/></workbook>"#;
        assert_eq!(
            with_print_titles(plain, &["Befunde"]),
            r#"<workbook><sheets><sheet name="Staff"/><sheet name="Befunde"/></sheets><definedNames><definedName name="_xlnm.Print_Titles" localSheetId="1">'Befunde'!$1:$1</definedName></definedNames><calcPr/></workbook>"#
        );
        let named = r#"<x:workbook><x:sheets><x:sheet name="A"/><x:sheet name="B&amp;C"/></x:sheets><x:definedNames><x:definedName name="n">A!$A$1</x:definedName></x:definedNames></x:workbook>"#;
        let out = with_print_titles(named, &["B&C"]);
        assert!(
            out.contains(r#"<x:definedName name="n">A!$A$1</x:definedName><x:definedName name="_xlnm.Print_Titles" localSheetId="1">'B&amp;C'!$1:$1</x:definedName></x:definedNames>"#),
            "{out}"
        );
    }
}
