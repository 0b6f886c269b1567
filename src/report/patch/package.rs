//! The package around the parts: zip entries, relationships, content types, the workbook's sheet
//! list and `docProps/app.xml`, each changed by splicing new markup into the original.

use super::xml::{
    REL_NS, attr, attr_text, esc, folder, local, ns_prefix, own_namespace, prefix_of, reader,
    rels_path, resolve, spanned, with_attr,
};
use quick_xml::events::Event;
use std::collections::{BTreeSet, HashSet};
use std::fs::File;
use std::io::{BufReader, Read};
use std::path::Path;
use zip::ZipArchive;

/// Relationship type of a worksheet.
pub(crate) const WORKSHEET_REL: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
/// Relationship type of a comments part.
pub(crate) const COMMENTS_REL: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
/// Relationship type of a VML drawing.
pub(crate) const VML_REL: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing";
/// Relationship type of a table.
pub(crate) const TABLE_REL: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";
/// Content type of a worksheet.
pub(crate) const WORKSHEET_TYPE: &str =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
/// Content type of a comments part.
pub(crate) const COMMENTS_TYPE: &str =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml";
/// Content type of a table.
pub(crate) const TABLE_TYPE: &str =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";
/// Content type of VML drawings (by extension).
pub(crate) const VML_TYPE: &str = "application/vnd.openxmlformats-officedocument.vmlDrawing";

/// The UTF-8 byte order mark.
const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// The original package, read entry by entry.
pub(crate) struct Package {
    pub(crate) zip: ZipArchive<BufReader<File>>,
    /// Entry names in the order of the archive.
    pub(crate) names: Vec<String>,
    /// Entry names in lower case, plus the names given to new parts.
    taken: HashSet<String>,
}

impl Package {
    /// Opens the package.
    pub(crate) fn open(path: &Path) -> Result<Package, String> {
        let file = File::open(path).map_err(|e| e.to_string())?;
        let zip = ZipArchive::new(BufReader::new(file)).map_err(|e| e.to_string())?;
        let names: Vec<String> = (0..zip.len())
            .map(|i| {
                zip.name_for_index(i)
                    .map(|n| n.map(|n| n.to_string()).unwrap_or_default())
                    .unwrap_or_default()
            })
            .collect();
        let taken = names.iter().map(|n| n.to_lowercase()).collect();
        Ok(Package { zip, names, taken })
    }

    /// The real name of an entry, matched case-insensitively.
    pub(crate) fn entry(&self, name: &str) -> Option<&str> {
        self.names
            .iter()
            .find(|n| n.eq_ignore_ascii_case(name))
            .map(String::as_str)
    }

    /// An entry's bytes, inflated and without a byte order mark, or `None` when there is no
    /// such entry.
    pub(crate) fn bytes(&mut self, name: &str) -> Result<Option<Vec<u8>>, String> {
        let Some(real) = self.entry(name).map(str::to_string) else {
            return Ok(None);
        };
        let mut file = self.zip.by_name(&real).map_err(|e| e.to_string())?;
        let mut out = Vec::with_capacity(file.size().min(1 << 30) as usize);
        file.read_to_end(&mut out)
            .map_err(|e| format!("{real}: {e}"))?;
        // A byte order mark (as .NET's writers put before the XML declaration) is dropped: the
        // tokenizer skips it without counting it, which would shift every splice by its length.
        if out.starts_with(UTF8_BOM) {
            out.drain(..UTF8_BOM.len());
        }
        Ok(Some(out))
    }

    /// An entry as UTF-8 text.
    pub(crate) fn text(&mut self, name: &str) -> Result<Option<String>, String> {
        match self.bytes(name)? {
            Some(b) => String::from_utf8(b)
                .map(Some)
                .map_err(|_| format!("{name} is not UTF-8")),
            None => Ok(None),
        }
    }

    /// A new part name `make(n)` for the first n ≥ 1 no entry or earlier new part uses.
    pub(crate) fn fresh(&mut self, make: impl Fn(usize) -> String) -> String {
        let mut n = 1;
        loop {
            let name = make(n);
            if self.taken.insert(name.to_lowercase()) {
                return name;
            }
            n += 1;
        }
    }

    /// The relationships of a part (empty when it has none).
    pub(crate) fn rels_of(&mut self, part: &str) -> Result<(Option<String>, Vec<Rel>), String> {
        let path = rels_path(part);
        match self.text(&path)? {
            Some(xml) => {
                let rels = parse_rels(&xml, folder(part))?;
                Ok((Some(xml), rels))
            }
            None => Ok((None, Vec::new())),
        }
    }
}

/// One relationship of a part.
#[derive(Clone, Debug)]
pub(crate) struct Rel {
    pub(crate) id: String,
    pub(crate) kind: String,
    /// The target as a package path (resolved), or as written when external.
    pub(crate) target: String,
    pub(crate) external: bool,
}

/// The relationships of a part in folder `dir`.
pub(crate) fn parse_rels(xml: &str, dir: &str) -> Result<Vec<Rel>, String> {
    let mut out = Vec::new();
    let mut r = reader(xml.as_bytes());
    loop {
        match r.read_event().map_err(|e| e.to_string())? {
            Event::Eof => break,
            Event::Start(e) | Event::Empty(e) if local(&e) == "Relationship" => {
                let external = attr(&e, "TargetMode").is_some_and(|m| m == "External");
                let target = attr_text(&e, "Target").unwrap_or_default();
                out.push(Rel {
                    id: attr_text(&e, "Id").unwrap_or_default(),
                    kind: attr_text(&e, "Type").unwrap_or_default(),
                    target: if external {
                        target
                    } else {
                        resolve(dir, &target)
                    },
                    external,
                });
            }
            _ => {}
        }
    }
    Ok(out)
}

/// Relationship ids not used by `rels` (nor handed out before): `rIdN` counting up.
pub(crate) struct RelIds(BTreeSet<String>);

impl RelIds {
    pub(crate) fn new(rels: &[Rel]) -> Self {
        RelIds(rels.iter().map(|r| r.id.clone()).collect())
    }

    pub(crate) fn fresh(&mut self) -> String {
        let mut n = 1;
        loop {
            let id = format!("rId{n}");
            if self.0.insert(id.clone()) {
                return id;
            }
            n += 1;
        }
    }
}

/// A relationships part with `new` (id, type, target as written) added at its end; a new part
/// when `xml` is `None`.
pub(crate) fn add_rels(
    xml: Option<&str>,
    new: &[(String, &str, String)],
) -> Result<String, String> {
    let Some(xml) = xml else {
        let mut out = String::from(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">",
        );
        for (id, kind, target) in new {
            out.push_str(&format!(
                "<Relationship Id=\"{id}\" Type=\"{kind}\" Target=\"{}\"/>",
                esc(target)
            ));
        }
        out.push_str("</Relationships>");
        return Ok(out);
    };
    append_children(xml, "Relationships", |p| {
        new.iter()
            .map(|(id, kind, target)| {
                format!(
                    "<{p}Relationship Id=\"{id}\" Type=\"{kind}\" Target=\"{}\"/>",
                    esc(target)
                )
            })
            .collect()
    })
}

/// `xml` with markup (made for the root's element prefix) inserted before the end tag of the
/// first element named `parent`; an empty `<parent/>` is opened up.
pub(crate) fn append_children(
    xml: &str,
    parent: &str,
    markup: impl FnOnce(&str) -> String,
) -> Result<String, String> {
    let mut r = reader(xml.as_bytes());
    let mut prefix = None;
    loop {
        let (event, before, after) = spanned(&mut r)?;
        match &event {
            Event::Eof => return Err(format!("no {parent} element")),
            Event::Start(e) | Event::Empty(e) => {
                if prefix.is_none() {
                    prefix = Some(prefix_of(e));
                }
                if local(e) == parent && matches!(event, Event::Empty(_)) {
                    let p = prefix_of(e);
                    let name = e.name().as_ref().to_string();
                    let children = markup(&p);
                    return Ok(format!(
                        "{}{}{children}</{name}>{}",
                        &xml[..before],
                        with_attr(e, false, &[]),
                        &xml[after..]
                    ));
                }
            }
            Event::End(e) if e.local_name().as_ref() == parent => {
                let p = e
                    .name()
                    .prefix()
                    .map(|p| format!("{}:", p.as_ref()))
                    .unwrap_or_default();
                let children = markup(&p);
                return Ok(format!("{}{children}{}", &xml[..before], &xml[before..]));
            }
            _ => {}
        }
    }
}

/// `[Content_Types].xml` with overrides for new parts and, when missing, the VML default.
pub(crate) fn content_types(
    xml: &str,
    overrides: &[(String, &str)],
    vml: bool,
) -> Result<String, String> {
    let lower = xml.to_lowercase();
    let needs_vml =
        vml && !lower.contains("extension=\"vml\"") && !lower.contains("extension='vml'");
    append_children(xml, "Types", |p| {
        let mut out = String::new();
        if needs_vml {
            out.push_str(&format!(
                "<{p}Default Extension=\"vml\" ContentType=\"{VML_TYPE}\"/>"
            ));
        }
        for (part, kind) in overrides {
            out.push_str(&format!(
                "<{p}Override PartName=\"/{}\" ContentType=\"{kind}\"/>",
                esc(part)
            ));
        }
        out
    })
}

/// A sheet listed in `workbook.xml`.
#[derive(Clone, Debug)]
pub(crate) struct BookSheet {
    pub(crate) name: String,
    pub(crate) sheet_id: u32,
    pub(crate) rel_id: String,
}

/// What `workbook.xml` says: its sheets, whether it is Strict OOXML, the relationships prefix.
pub(crate) struct BookInfo {
    pub(crate) sheets: Vec<BookSheet>,
    pub(crate) strict: bool,
    pub(crate) rel_prefix: Option<String>,
}

/// Reads the sheet list of `workbook.xml`.
pub(crate) fn book_info(xml: &str) -> Result<BookInfo, String> {
    let mut r = reader(xml.as_bytes());
    let mut info = BookInfo {
        sheets: Vec::new(),
        strict: false,
        rel_prefix: None,
    };
    let mut root = true;
    loop {
        match r.read_event().map_err(|e| e.to_string())? {
            Event::Eof => break,
            Event::Start(e) | Event::Empty(e) => {
                if root {
                    root = false;
                    let ns = own_namespace(&e).unwrap_or_default();
                    info.strict = ns.contains("purl.oclc.org");
                    info.rel_prefix = ns_prefix(&e, REL_NS);
                    if local(&e) != "workbook" {
                        return Err(format!("root element {}", local(&e)));
                    }
                } else if local(&e) == "sheet" {
                    let key = info.rel_prefix.as_deref().map(|p| format!("{p}id"));
                    info.sheets.push(BookSheet {
                        name: attr_text(&e, "name").unwrap_or_default(),
                        sheet_id: attr(&e, "sheetId")
                            .and_then(|v| v.parse().ok())
                            .unwrap_or(0),
                        rel_id: key.and_then(|k| attr_text(&e, &k)).unwrap_or_default(),
                    });
                }
            }
            _ => {}
        }
    }
    Ok(info)
}

/// `workbook.xml` with new sheets (name, sheetId, relationship id) at the end of its list.
pub(crate) fn add_sheets(
    xml: &str,
    info: &BookInfo,
    new: &[(String, u32, String)],
) -> Result<String, String> {
    append_children(xml, "sheets", |p| {
        new.iter()
            .map(|(name, id, rid)| match &info.rel_prefix {
                Some(rp) => format!(
                    "<{p}sheet name=\"{}\" sheetId=\"{id}\" {rp}id=\"{rid}\"/>",
                    esc(name)
                ),
                None => format!(
                    "<{p}sheet xmlns:r=\"{REL_NS}\" name=\"{}\" sheetId=\"{id}\" r:id=\"{rid}\"/>",
                    esc(name)
                ),
            })
            .collect()
    })
}

/// `docProps/app.xml` with the new sheets' names after the workbook's worksheet titles and the
/// counts raised; `None` when its lists are not the usual ones (it is then kept as it is).
pub(crate) fn app_xml(xml: &str, sheet_names: &[String], new: &[String]) -> Option<String> {
    // HeadingPairs: (name, count, span of the count's text); TitlesOfParts: titles with the
    // position after each, and the span of its vector's start tag.
    let mut r = reader(xml.as_bytes());
    let mut section = String::new();
    let mut pairs: Vec<(String, u32, (usize, usize))> = Vec::new();
    let mut titles: Vec<(String, usize)> = Vec::new();
    let mut titles_vector: Option<(usize, usize)> = None;
    let mut current = String::new();
    let mut text = String::new();
    let mut text_span = (0, 0);
    loop {
        let (event, before, after) = spanned(&mut r).ok()?;
        match &event {
            Event::Eof => break,
            Event::Start(e) => {
                let name = local(e);
                if name == "HeadingPairs" || name == "TitlesOfParts" {
                    section = name.to_string();
                } else if name == "vector" && section == "TitlesOfParts" {
                    titles_vector = Some((before, after));
                }
                current = name.to_string();
                text.clear();
                text_span = (after, after);
            }
            Event::Text(t) => {
                text.push_str(&t.xml10_content());
                text_span.1 = after;
            }
            Event::GeneralRef(g) => {
                let name = g.as_ref().to_string();
                text.push_str(&quick_xml::escape::unescape(&format!("&{name};")).ok()?);
                text_span.1 = after;
            }
            Event::End(e) => {
                let name = e.local_name().as_ref().to_string();
                if name == "HeadingPairs" || name == "TitlesOfParts" {
                    section.clear();
                } else if section == "HeadingPairs" && current == "lpstr" && name == "lpstr" {
                    pairs.push((text.clone(), 0, (0, 0)));
                } else if section == "HeadingPairs" && current == "i4" && name == "i4" {
                    let last = pairs.last_mut()?;
                    last.1 = text.trim().parse().ok()?;
                    last.2 = text_span;
                } else if section == "TitlesOfParts" && name == "lpstr" {
                    titles.push((text.clone(), after));
                }
                current.clear();
            }
            _ => {}
        }
    }
    let (vector_from, vector_to) = titles_vector?;
    // The first group whose titles are all sheets of the workbook: the worksheets.
    let mut offset = 0usize;
    for (_, count, span) in &pairs {
        let count = *count as usize;
        let group = titles.get(offset..offset + count)?;
        if count > 0 && group.iter().all(|(t, _)| sheet_names.contains(t)) {
            let insert_at = group.last()?.1;
            let prefix = {
                let tag = &xml[vector_from..vector_to];
                tag.strip_prefix('<')?.split_once("vector")?.0.to_string()
            };
            let mut r = reader(&xml.as_bytes()[vector_from..vector_to]);
            let Ok(Event::Start(v)) = r.read_event() else {
                return None;
            };
            let size = (titles.len() + new.len()).to_string();
            let vector_tag = with_attr(&v, false, &[("size", Some(&size))]);
            let added: String = new
                .iter()
                .map(|n| format!("<{prefix}lpstr>{}</{prefix}lpstr>", esc(n)))
                .collect();
            let mut edits = [
                (span.0, span.1, (count + new.len()).to_string()),
                (vector_from, vector_to, vector_tag),
                (insert_at, insert_at, added),
            ];
            edits.sort_by_key(|e| e.0);
            let mut out = String::with_capacity(xml.len() + 256);
            let mut copied = 0;
            for (at, until, t) in edits {
                out.push_str(&xml[copied..at]);
                out.push_str(&t);
                copied = until;
            }
            out.push_str(&xml[copied..]);
            return Some(out);
        }
        offset += count;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn app_xml_lists_new_sheets_after_the_worksheets() {
        let xml = r#"<Properties xmlns:vt="v"><HeadingPairs><vt:vector size="4" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>2</vt:i4></vt:variant><vt:variant><vt:lpstr>Named Ranges</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="3" baseType="lpstr"><vt:lpstr>Staff</vt:lpstr><vt:lpstr>R&amp;D</vt:lpstr><vt:lpstr>Staff!Print_Titles</vt:lpstr></vt:vector></TitlesOfParts></Properties>"#;
        let names = vec!["Staff".to_string(), "R&D".to_string()];
        let out = app_xml(xml, &names, &["Findings".into(), "Summary".into()]).unwrap();
        assert!(out.contains("<vt:i4>4</vt:i4>"), "{out}");
        assert!(
            out.contains(r#"<vt:vector size="5" baseType="lpstr">"#),
            "{out}"
        );
        assert!(out.contains("<vt:lpstr>R&amp;D</vt:lpstr><vt:lpstr>Findings</vt:lpstr><vt:lpstr>Summary</vt:lpstr><vt:lpstr>Staff!Print_Titles"), "{out}");
    }

    #[test]
    fn children_are_appended_with_the_parts_prefix() {
        let xml = r#"<x:workbook xmlns:x="m" xmlns:r="rel"><x:sheets><x:sheet name="A" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>"#;
        let info = BookInfo {
            sheets: vec![],
            strict: false,
            rel_prefix: Some("r:".into()),
        };
        let out = add_sheets(xml, &info, &[("B&C".into(), 2, "rId9".into())]).unwrap();
        assert!(
            out.contains(r#"<x:sheet name="B&amp;C" sheetId="2" r:id="rId9"/></x:sheets>"#),
            "{out}"
        );
        let types = content_types(
            r#"<Types xmlns="t"/>"#,
            &[("xl/comments1.xml".into(), COMMENTS_TYPE)],
            true,
        )
        .unwrap();
        assert!(
            types.starts_with(r#"<Types xmlns="t"><Default Extension="vml""#),
            "{types}"
        );
        assert!(types.ends_with("</Types>"));
    }
}
